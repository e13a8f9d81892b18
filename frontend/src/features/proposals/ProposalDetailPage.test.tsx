import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";

import { useSessionStore } from "@/session/store";
import { ENGINEER, fakeApi, json, resetSession, tokens } from "@/test/fake-api";
import { renderApp } from "@/test/render";

import type { Proposal } from "./api";
import { FLOW_ID, proposal, SESSION_ID } from "./test-proposals";

const PENDING = proposal();
const DETAIL = `GET /api/v1/proposals/${PENDING.id}`;
const ACCEPT = `POST /api/v1/proposals/${PENDING.id}/accept`;
const REJECT = `POST /api/v1/proposals/${PENDING.id}/reject`;
const TEAM_ADMIN = { ...ENGINEER, role: "team_admin" };
// The first render of a route imports its lazy modules: slow on a busy machine.
const LAZY = { timeout: 4000 };

const FLOW = {
  id: FLOW_ID,
  title: "Outlook won't start",
  graph: { start: "ask", nodes: [{ id: "ask", kind: "question", title: "Does Outlook start in safe mode?" }] },
};

function serve(extra: Record<string, (request: Request) => Response | Promise<Response>> = {}) {
  return fakeApi({ [DETAIL]: () => json(PENDING), [`GET /api/v1/flows/${FLOW_ID}`]: () => json(FLOW), ...extra });
}

beforeEach(() => {
  resetSession();
});

test("a proposal shows its steps and its evidence, each session a link", async () => {
  useSessionStore.getState().signedIn(tokens("access-1", ENGINEER));
  serve();
  renderApp(`/proposals/${PENDING.id}`);

  expect(await screen.findByRole("heading", { level: 1, name: PENDING.title }, LAZY)).toBeInTheDocument();
  expect(await screen.findByText(/A new answer at the question “Does Outlook start in safe mode\?” of/)).toBeInTheDocument();
  expect(screen.getByRole("link", { name: "Outlook won't start" })).toHaveAttribute("href", `/flows/${FLOW_ID}`);

  const steps = within(screen.getByRole("list", { name: "Proposed steps" })).getAllByRole("listitem");
  expect(steps.map((step) => step.textContent)).toEqual([
    "1Does the case match: teams, locked?Question",
    "2Check: OST file locked by the Teams add-inActionQuit Teams, then open Outlook.",
  ]);
  const evidence = within(screen.getByRole("list", { name: "Evidence" })).getAllByRole("listitem");
  expect(evidence).toHaveLength(3);
  expect(screen.getAllByRole("link", { name: /Outlook won't start, ended/ })[0]).toHaveAttribute("href", `/sessions/${SESSION_ID}`);
  expect(evidence[0]).toHaveTextContent("Unresolved");
  expect(evidence[0]).toHaveTextContent("OST file locked by the Teams add-in again (case 0).");
  // An engineer reads it; a team admin decides.
  expect(screen.getByText("Waiting for a team admin to accept or reject it.")).toBeInTheDocument();
  expect(screen.queryByRole("button", { name: "Accept" })).not.toBeInTheDocument();
});

test("a team admin accepts a proposal and gets a link to the draft in the editor", async () => {
  useSessionStore.getState().signedIn(tokens("access-1", TEAM_ADMIN));
  const accepted: Proposal = { ...PENDING, status: "accepted", decided_at: "2026-11-23T11:00:00Z", result_flow_id: FLOW_ID };
  const server = serve({ [ACCEPT]: () => json(accepted) });
  renderApp(`/proposals/${PENDING.id}`);

  expect(await screen.findByText(/adds the proposed steps as a new answer in the draft of “Outlook won't start”/, {}, LAZY)).toBeInTheDocument();
  await userEvent.click(screen.getByRole("button", { name: "Accept" }));

  expect(await screen.findByRole("link", { name: "Open the draft in the editor" })).toHaveAttribute("href", `/flows/${FLOW_ID}/edit`);
  expect(screen.getByText(/It became a new branch in the flow's draft/)).toBeInTheDocument();
  expect(server.calls(ACCEPT)).toBe(1);
});

test("rejecting needs a reason, which is sent and then shown", async () => {
  useSessionStore.getState().signedIn(tokens("access-1", TEAM_ADMIN));
  const server = serve({
    [REJECT]: async (request) => {
      const { reason } = (await request.json()) as { reason: string };
      return json({ ...PENDING, status: "rejected", decided_at: "2026-11-23T11:00:00Z", reject_reason: reason });
    },
  });
  renderApp(`/proposals/${PENDING.id}`);

  await userEvent.click(await screen.findByRole("button", { name: "Reject…" }, LAZY));
  const dialog = screen.getByRole("dialog", { name: "Reject this proposal?" });
  await userEvent.click(within(dialog).getByRole("button", { name: "Reject proposal" }));
  expect(within(dialog).getByLabelText("Reason")).toHaveAccessibleDescription(/Say why/);
  expect(server.calls(REJECT)).toBe(0);

  await userEvent.type(within(dialog).getByLabelText("Reason"), "  Covered by the Teams flow ");
  await userEvent.click(within(dialog).getByRole("button", { name: "Reject proposal" }));

  await waitFor(() => {
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
  expect(await server.requests.find((request) => request.method === "POST")?.json()).toEqual({ reason: "Covered by the Teams flow" });
  expect(screen.getByText("Covered by the Teams flow")).toBeInTheDocument();
});

test("a decision the API refuses is explained", async () => {
  useSessionStore.getState().signedIn(tokens("access-1", TEAM_ADMIN));
  serve({
    [ACCEPT]: () =>
      json({ detail: "proposal_flow_gone", message: "The flow this branch was proposed for is gone or archived; reject the proposal." }, 409),
  });
  renderApp(`/proposals/${PENDING.id}`);

  await userEvent.click(await screen.findByRole("button", { name: "Accept" }, LAZY));

  expect(await screen.findByRole("alert")).toHaveTextContent("gone or archived; reject the proposal.");
});
