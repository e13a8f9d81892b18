import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";

import { useSessionStore } from "@/session/store";
import { OFFLINE_PROVIDER as ROUTE } from "@/test/copilot";
import { fakeApi, json, resetSession, tokens } from "@/test/fake-api";
import { renderWithProviders } from "@/test/render";

import { TicketSummaryCard } from "./TicketSummaryCard";
import type { TicketSummary } from "./ticket-summary-api";

const ID = "9a1b2c3d-0000-4000-8000-000000000001";
const SUMMARY = `/api/v1/sessions/${ID}/copilot/summary`;
const GENERATED = "Slow PC (Contoso, PC-0042). Checked: When is it slow: All the time. Outcome: Resolved.";

function summary(changes: Partial<TicketSummary> = {}): TicketSummary {
  return {
    session_id: ID,
    text: GENERATED,
    generated_text: GENERATED,
    edited: false,
    stale: false,
    source_seq: 7,
    provider: "offline",
    model: "offline",
    updated_at: "2026-11-23T10:00:00Z",
    route: null,
    ...changes,
  };
}

const NOT_YET = () => json({ detail: "summary_not_found", message: "No summary was generated for this session yet." }, 404);

beforeEach(() => {
  resetSession();
  useSessionStore.getState().signedIn(tokens("access-1"));
});

test("generate, read who wrote it, edit and save", async () => {
  const server = fakeApi({
    [`GET ${SUMMARY}`]: NOT_YET,
    [`POST ${SUMMARY}`]: () => json(summary({ route: ROUTE })),
    [`PUT ${SUMMARY}`]: async (request) => {
      const { text } = (await request.json()) as { text: string };
      return json(summary({ text, edited: true }));
    },
  });
  renderWithProviders(<TicketSummaryCard sessionId={ID} canEdit />);
  const card = await screen.findByRole("region", { name: "Ticket summary" });

  await userEvent.click(await within(card).findByRole("button", { name: "Generate summary" }));

  expect(await within(card).findByText(GENERATED)).toBeInTheDocument();
  expect(within(card).getByText("Offline")).toBeInTheDocument();
  expect(within(card).getByText(/No AI provider is configured/)).toBeInTheDocument();

  await userEvent.click(within(card).getByRole("button", { name: "Edit" }));
  const field = within(card).getByRole("textbox", { name: "Summary text" });
  expect(field).toHaveFocus();
  await userEvent.clear(field);
  await userEvent.click(within(card).getByRole("button", { name: "Save" }));
  expect(within(card).getByText("Write the summary, or cancel.")).toBeInTheDocument();

  await userEvent.type(field, "PC slow all the time; SFC repaired system files.");
  await userEvent.click(within(card).getByRole("button", { name: "Save" }));

  expect(await within(card).findByText("PC slow all the time; SFC repaired system files.")).toBeInTheDocument();
  expect(within(card).getByText("Edited")).toBeInTheDocument();
  const put = server.requests.find((request) => request.method === "PUT");
  expect(await put?.json()).toEqual({ text: "PC slow all the time; SFC repaired system files." });
});

test("an edited summary the log outgrew says so, and regenerating asks before replacing the edits", async () => {
  const server = fakeApi({
    [`GET ${SUMMARY}`]: () => json(summary({ text: "My own words", edited: true, stale: true })),
    [`POST ${SUMMARY}`]: () => json(summary({ route: ROUTE })),
  });
  renderWithProviders(<TicketSummaryCard sessionId={ID} canEdit />);
  const card = await screen.findByRole("region", { name: "Ticket summary" });

  expect(await within(card).findByText("Stale: the log grew since")).toBeInTheDocument();
  expect(within(card).getByText("Edited")).toBeInTheDocument();

  await userEvent.click(within(card).getByRole("button", { name: "Regenerate" }));
  const dialog = screen.getByRole("dialog", { name: "Regenerate the summary?" });
  await userEvent.click(within(dialog).getByRole("button", { name: "Keep my edits" }));
  expect(server.calls(`POST ${SUMMARY}`)).toBe(0);

  await userEvent.click(within(card).getByRole("button", { name: "Regenerate" }));
  await userEvent.click(within(screen.getByRole("dialog", { name: "Regenerate the summary?" })).getByRole("button", { name: "Regenerate" }));

  expect(await within(card).findByText(GENERATED)).toBeInTheDocument();
  expect(within(card).queryByText("Stale: the log grew since")).not.toBeInTheDocument();
  expect(server.calls(`POST ${SUMMARY}`)).toBe(1);
});

test("a viewer reads the summary without the controls; a failed generation says why", async () => {
  fakeApi({ [`GET ${SUMMARY}`]: () => json(summary()) });
  const view = renderWithProviders(<TicketSummaryCard sessionId={ID} canEdit={false} />);
  expect(await screen.findByText(GENERATED)).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Edit" })).not.toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Regenerate" })).not.toBeInTheDocument();
  view.unmount();

  fakeApi({
    [`GET ${SUMMARY}`]: NOT_YET,
    [`POST ${SUMMARY}`]: () => json({ detail: "session_not_found", message: "No such session." }, 404),
  });
  renderWithProviders(<TicketSummaryCard sessionId={ID} canEdit />);
  await userEvent.click(await screen.findByRole("button", { name: "Generate summary" }));
  expect(await screen.findByText("No such session.")).toBeInTheDocument();
});
