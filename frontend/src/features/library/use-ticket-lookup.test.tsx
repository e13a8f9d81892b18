import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";

import { fakeApi, json } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import { StartSessionDialog } from "./StartSessionDialog";

const FLOW_ID = "06fbe430-25b4-4128-a545-cb778f85c28c";
const TICKET = "GET /api/v1/psa/tickets/4711";

function renderDialog() {
  renderWithProviders(<StartSessionDialog open onClose={vi.fn()} flowId={FLOW_ID} flowTitle="Outlook keeps prompting" version={3} />);
}

test("the typed ticket is looked up once typing pauses, and its summary shown", async () => {
  const server = fakeApi({
    [TICKET]: () => json({ id: 4711, summary: "Outlook won't start", company: { id: 250, name: "Contoso Ltd", identifier: "Contoso" } }),
  });
  renderDialog();

  await userEvent.type(screen.getByLabelText("Ticket"), "4711");

  expect(await screen.findByText("Outlook won't start")).toBeInTheDocument();
  expect(screen.getByLabelText("Ticket")).toHaveAccessibleDescription("Outlook won't start · Contoso Ltd");
  expect(server.calls(TICKET)).toBe(1);
});

test("a ticket the PSA does not have is shown at the field before starting", async () => {
  fakeApi({ [TICKET]: () => json({ detail: "psa_ticket_not_found", message: "The PSA has no ticket 4711." }, 404) });
  renderDialog();

  await userEvent.type(screen.getByLabelText("Ticket"), "4711");

  expect(await screen.findByText("The PSA has no ticket 4711.")).toBeInTheDocument();
  expect(screen.getByLabelText("Ticket")).toHaveAttribute("aria-invalid", "true");
});

test("an unreachable PSA does not stop the start: the session is marked unverified", async () => {
  fakeApi({ [TICKET]: () => json({ detail: "psa_unreachable", message: "Could not connect to https://na.myconnectwise.net." }, 503) });
  renderDialog();

  await userEvent.type(screen.getByLabelText("Ticket"), "4711");

  expect(await screen.findByText(/ConnectWise could not be reached \(Could not connect to https:\/\/na\.myconnectwise\.net\.\)/)).toBeInTheDocument();
  expect(screen.getByLabelText("Ticket")).toHaveAccessibleDescription(/You can still start: the session is then marked unverified/);
  expect(screen.getByLabelText("Ticket")).toHaveAttribute("aria-invalid", "false");
  expect(screen.getByRole("button", { name: "Start session" })).toBeEnabled();
});

test("without a PSA connection a ticket id stays free text", async () => {
  const server = fakeApi({ [TICKET]: () => json({ detail: "psa_not_connected", message: "No PSA." }, 409) });
  renderDialog();

  await userEvent.type(screen.getByLabelText("Ticket"), "4711");

  // Debounced, then answered: wait for both rather than for the request alone.
  await vi.waitFor(
    () => {
      expect(server.calls(TICKET)).toBe(1);
      expect(screen.getByLabelText("Ticket")).toHaveAccessibleDescription("The PSA ticket you are working on, e.g. 12345.");
    },
    { timeout: 5_000 },
  );
});
