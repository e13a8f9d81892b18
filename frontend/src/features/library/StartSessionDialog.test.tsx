import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router";
import { expect, test, vi } from "vitest";

import { fakeApi, json } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import { StartSessionDialog } from "./StartSessionDialog";

const FLOW_ID = "06fbe430-25b4-4128-a545-cb778f85c28c";
const SESSION_ID = "d2df5051-ba4c-4806-8f0b-a92b2c4bd601";

function renderDialog() {
  renderWithProviders(
    <Routes>
      <Route path="/flows/:flowId" element={<StartSessionDialog open onClose={vi.fn()} flowId={FLOW_ID} flowTitle="Outlook keeps prompting" version={3} />} />
      <Route path="/sessions/:sessionId/run" element={<p>runner</p>} />
    </Routes>,
    { path: `/flows/${FLOW_ID}` },
  );
}

test("over-long fields are named and nothing is sent", async () => {
  const server = fakeApi({});
  renderDialog();

  await userEvent.click(screen.getByLabelText("Ticket"));
  await userEvent.paste("T".repeat(65));
  await userEvent.click(screen.getByLabelText("Target"));
  await userEvent.paste("x".repeat(201));
  await userEvent.click(screen.getByRole("button", { name: "Start session" }));

  expect(screen.getByLabelText("Ticket")).toHaveAttribute("aria-invalid", "true");
  expect(screen.getByLabelText("Ticket")).toHaveAccessibleDescription(/at most 64 characters/);
  expect(screen.getByLabelText("Target")).toHaveAccessibleDescription(/At most 200 characters/);
  expect(screen.getByLabelText("Client")).toHaveAttribute("aria-invalid", "false");
  expect(server.requests).toHaveLength(0);
});

test("a ticket the PSA does not know is shown at the ticket field", async () => {
  fakeApi({
    "POST /api/v1/sessions": () => json({ detail: "psa_ticket_not_found", message: "The PSA has no ticket 99999." }, 404),
  });
  renderDialog();

  await userEvent.type(screen.getByLabelText("Ticket"), "99999");
  await userEvent.click(screen.getByRole("button", { name: "Start session" }));

  expect(await screen.findByText("The PSA has no ticket 99999.")).toBeInTheDocument();
  expect(screen.getByLabelText("Ticket")).toHaveAttribute("aria-invalid", "true");
});

test("the API's field errors land at their fields", async () => {
  fakeApi({
    "POST /api/v1/sessions": () =>
      json({ detail: "validation_error", message: "Invalid request.", errors: [{ loc: ["body", "client_name"], msg: "Too long." }] }, 422),
  });
  renderDialog();

  await userEvent.type(screen.getByLabelText("Client"), "Contoso");
  await userEvent.click(screen.getByRole("button", { name: "Start session" }));

  expect(await screen.findByText("Too long.")).toBeInTheDocument();
  expect(screen.getByLabelText("Client")).toHaveAccessibleDescription("Too long.");
});

test("a started session opens in the runner; blank fields are sent as null", async () => {
  const server = fakeApi({ "POST /api/v1/sessions": () => json({ id: SESSION_ID }, 201) });
  renderDialog();

  await userEvent.type(screen.getByLabelText("Ticket"), " 12345 ");
  await userEvent.type(screen.getByLabelText("Client"), "Contoso Dental");
  await userEvent.click(screen.getByRole("button", { name: "Start session" }));

  expect(await screen.findByText("runner")).toBeInTheDocument();
  // The ticket may have been looked up meanwhile (use-ticket-lookup.tsx): the start is the POST.
  const post = server.requests.find((request) => request.method === "POST");
  expect(await post?.json()).toEqual({ flow_id: FLOW_ID, ticket_id: "12345", client_name: "Contoso Dental", target: null });
});
