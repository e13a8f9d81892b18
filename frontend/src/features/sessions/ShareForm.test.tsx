import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";

import { fakeApi, json } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import { ShareForm } from "./ShareForm";

const ID = "0b6f1a52-3c1e-4f4e-9a39-7d1f2f7c0001";
const SHARES = `POST /api/v1/sessions/${ID}/shares`;
const TOKEN = "I_yxeatvSLhWHoSwYa03UNYaQddRA_RE1C5onoWbHpg";

function created(body: { scope: string; expires_in_hours: number }) {
  return json(
    {
      id: "0b6f1a52-3c1e-4f4e-9a39-7d1f2f7c0003",
      session_id: ID,
      scope: body.scope,
      created_by: "u",
      created_by_name: "Erin Engineer",
      created_at: "2026-11-23T10:00:00Z",
      expires_at: "2026-11-24T10:00:00Z",
      revoked_at: null,
      view_count: 0,
      last_viewed_at: null,
      token: TOKEN,
      url: `http://elsewhere.example/shared/${TOKEN}`,
      api_path: `/api/v1/shared/${TOKEN}`,
    },
    201,
  );
}

test("a public link for one day is created, shown once with this app's address, and copied", async () => {
  const writeText = vi.fn(() => Promise.resolve());
  Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  const server = fakeApi({ [SHARES]: async (request) => created((await request.json()) as { scope: string; expires_in_hours: number }) });
  renderWithProviders(<ShareForm sessionId={ID} />);

  expect(screen.getByRole("radio", { name: /Team/ })).toBeChecked();
  expect(screen.getByLabelText("Expires after")).toHaveValue("168");
  await userEvent.click(screen.getByRole("radio", { name: /Public/ }));
  await userEvent.selectOptions(screen.getByLabelText("Expires after"), "1 day");
  await userEvent.click(screen.getByRole("button", { name: "Create link" }));

  const link = await screen.findByRole("textbox", { name: "New share link" });
  expect(link).toHaveValue(`${location.origin}/shared/${TOKEN}`);
  expect(screen.getByText("Link created: copy it now")).toBeInTheDocument();
  expect(await server.requests[0]?.json()).toEqual({ scope: "public", expires_in_hours: 24 });

  await userEvent.click(screen.getByRole("button", { name: "Copy link" }));
  expect(writeText).toHaveBeenCalledWith(`${location.origin}/shared/${TOKEN}`);
  await waitFor(() => {
    expect(screen.getByRole("button", { name: "Copy link" })).toHaveTextContent("Copied");
  });
});

test("the API's refusal is shown and no link appears", async () => {
  fakeApi({ [SHARES]: () => json({ detail: "validation_error", message: "The request is not valid.", errors: [] }, 422) });
  renderWithProviders(<ShareForm sessionId={ID} />);

  await userEvent.click(screen.getByRole("button", { name: "Create link" }));

  expect(await screen.findByRole("alert")).toHaveTextContent("The request is not valid.");
  expect(screen.queryByRole("textbox", { name: "New share link" })).not.toBeInTheDocument();
});
