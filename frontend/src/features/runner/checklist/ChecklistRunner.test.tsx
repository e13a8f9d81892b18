import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, expect, test, vi } from "vitest";

import type { Me } from "@/api/types";
import { useToastStore } from "@/components/ui/toast-store";
import type { SessionEvent, SessionState } from "@/lib/sessions";
import { useSessionStore } from "@/session/store";
import { ENGINEER, fakeApi, json, resetSession, tokens } from "@/test/fake-api";
import { renderApp } from "@/test/render";

import { useDraftStore } from "../drafts";
import { POLL_MS } from "./api";
import type { Checklist, ChecklistStep, FlowNode, Progress } from "./model";
import { useStepDraftStore } from "./step-drafts";
import { checklistStep } from "./test-fixtures";

const ID = "0b6f1a52-3c1e-4f4e-9a39-7d1f2f7c0101";
const FLOW_ID = "0b6f1a52-3c1e-4f4e-9a39-7d1f2f7c0102";
const SAM = "0b6f1a52-3c1e-4f4e-9a39-7d1f2f7c0103";
const VIEWER_ID = "0b6f1a52-3c1e-4f4e-9a39-7d1f2f7c0104";
const EVENTS = `POST /api/v1/sessions/${ID}/events`;
const AT = "2026-11-23T10:00:00Z";

const NODES: FlowNode[] = [
  { id: "capture-server", kind: "input", title: "Server name", body: "", input: { variable: "server_name", type: "text", required: true, pattern: "^[A-Z0-9-]+$", choices: null }, section: "Preparation" },
  {
    id: "check-backup",
    kind: "action",
    title: "Confirm a backup of {{server_name}}",
    body: "Open the **backup console**.",
    commands: [{ label: "Last backup", shell: "powershell", text: "Get-WBSummary -Computer {{server_name}}" }],
    expected_result: "A successful job in the last 24 hours.",
    section: "Preparation",
  },
  { id: "backup-ok", kind: "question", title: "Is there a good backup?", body: "", answers: [{ label: "Yes", target: "reboot" }, { label: "No", target: "stop" }], section: "Preparation" },
  { id: "reboot", kind: "action", title: "Reboot and wait", body: "", section: "Reboot and verify" },
  { id: "post-checks", kind: "action", title: "Post-patch checks", body: "", section: "Reboot and verify" },
];

function step(node: FlowNode, changes: Partial<ChecklistStep> = {}): ChecklistStep {
  return checklistStep(node.id, { title: node.title, kind: node.kind as ChecklistStep["kind"], ...changes });
}

function progress(done: number, open: number): Progress {
  const applicable = done + open;
  return { percent: applicable ? Math.floor((done * 100) / applicable) : 100, applicable, open, done, failed: 0, skipped: 0, not_applicable: 0 };
}

const [CAPTURE, BACKUP, QUESTION, REBOOT, POST] = NODES as [FlowNode, FlowNode, FlowNode, FlowNode, FlowNode];

function checklist(): Checklist {
  return {
    progress: progress(1, 4),
    sections: [
      {
        name: "Preparation",
        sequential: false,
        progress: progress(1, 2),
        steps: [
          step(CAPTURE, { status: "done", variable: "server_name", value: "SRV-01", by_id: SAM, at: AT, seq: 2 }),
          step(BACKUP, { assignee_id: SAM, due_at: "2026-11-20T22:59:59Z", overdue: true, notes: 1 }),
          step(QUESTION),
        ],
      },
      { name: "Reboot and verify", sequential: true, progress: progress(0, 2), steps: [step(REBOOT), step(POST, { waiting_for: ["reboot"] })] },
    ],
  };
}

function session(lastSeq = 4, changes: Partial<SessionState> = {}): SessionState {
  return {
    id: ID,
    flow: { id: FLOW_ID, version: 2, title: "Windows Server patching" },
    owner_id: ENGINEER.id,
    owner_name: ENGINEER.full_name,
    ticket_id: "48213",
    ticket_verified: null,
    client_name: "Contoso",
    target: "SRV-01",
    status: "active",
    current_node: "check-backup",
    last_seq: lastSeq,
    started_at: AT,
    last_event_at: AT,
    ended_at: null,
    mode: "checklist",
    progress: progress(1, 4),
    current: null,
    path: [],
    variables: { server_name: "SRV-01" },
    summary: null,
    escalation: null,
    checklist: checklist(),
    ...changes,
  };
}

/** `state` with one step changed (as another engineer's write would). */
function withStep(state: SessionState, nodeId: string, changes: Partial<ChecklistStep>): SessionState {
  const current = state.checklist ?? checklist();
  const sections = current.sections.map((section) => ({
    ...section,
    steps: section.steps.map((item) => (item.node_id === nodeId ? { ...item, ...changes } : item)),
  }));
  return { ...state, checklist: { ...current, sections } };
}

const LOG: SessionEvent[] = [
  { seq: 3, type: "step_noted", at: AT, author_id: SAM, payload: { type: "step_noted", node_id: "check-backup", text: "Console **slow** today", output: "Job 42: Success", late: false } },
];

const MEMBERS = [
  { user_id: ENGINEER.id, email: ENGINEER.email, full_name: ENGINEER.full_name, role: "engineer", disabled: false, email_verified: true, joined_at: AT },
  { user_id: SAM, email: "sam@demo.local", full_name: "Sam Senior", role: "team_admin", disabled: false, email_verified: true, joined_at: AT },
  { user_id: VIEWER_ID, email: "viv@demo.local", full_name: "Viv Viewer", role: "viewer", disabled: false, email_verified: true, joined_at: AT },
];

function appended(state: SessionState) {
  return json({ event: { seq: state.last_seq, type: "step_noted", at: AT, author_id: ENGINEER.id, payload: { type: "step_noted", node_id: "reboot", text: "x", output: null, late: false } }, session: state }, 201);
}

/** The runner on `state`; POSTs to the log go to `onAppend`, reads of the session to `onRead`. */
function openChecklist(
  state: SessionState,
  { onAppend = () => appended(state), onRead = () => json(state), log = LOG }: { onAppend?: (request: Request) => Response | Promise<Response>; onRead?: () => Response; log?: SessionEvent[] } = {},
) {
  const server = fakeApi({
    [`GET /api/v1/sessions/${ID}`]: onRead,
    [`GET /api/v1/sessions/${ID}/events`]: () => json(log),
    [`GET /api/v1/sessions/${ID}/document/preview`]: () => json({ format: "md", content: "# Session documentation", redactions: 0 }),
    [`GET /api/v1/flows/${FLOW_ID}`]: () => json({ id: FLOW_ID, kind: "procedural", title: "Windows Server patching", graph: { start: "capture-server", nodes: NODES, edges: [], sections: [{ name: "Reboot and verify", sequential: true }] }, version: 2 }),
    "GET /api/v1/teams/current/members": () => json(MEMBERS),
    [EVENTS]: onAppend,
  });
  renderApp(`/sessions/${ID}/run`);
  return server;
}

async function sentBodies(server: ReturnType<typeof fakeApi>) {
  const posts = server.requests.filter((request) => request.method === "POST");
  return Promise.all(posts.map(async (request) => ({ key: request.headers.get("Idempotency-Key"), body: (await request.json()) as unknown })));
}

/** The page is a lazy chunk: the first render waits for it. */
async function findStep(title: string) {
  const heading = await screen.findByText(title, { selector: "[id$='-title']" }, { timeout: 10000 });
  const item = heading.closest("li");
  if (!item) throw new Error(`no step ${title}`);
  return item;
}

async function expand(title: string) {
  const item = await findStep(title);
  await userEvent.click(within(item).getByRole("button", { expanded: false }));
  return item;
}

function signIn(user: Me = ENGINEER) {
  useSessionStore.getState().signedIn(tokens("access-1", user));
}

beforeEach(() => {
  resetSession();
  sessionStorage.clear();
  useDraftStore.setState({ sessions: {} });
  useStepDraftStore.setState({ drafts: {} });
  signIn();
});

afterEach(() => {
  vi.useRealTimers();
});

test("shows sections with their progress, what a step waits for, and the whole checklist's percentage", async () => {
  openChecklist(session());
  const waiting = await findStep("Post-patch checks");

  expect(screen.getByRole("progressbar", { name: "Checklist progress" })).toHaveAttribute("aria-valuenow", "20");
  expect(screen.getByText("20%")).toBeInTheDocument();
  expect(screen.getByRole("heading", { name: /Reboot and verify/ })).toHaveTextContent("In order");
  expect(screen.getByRole("progressbar", { name: "Progress of Preparation" })).toHaveAttribute("aria-valuenow", "33");
  expect(within(waiting).getByText(/done in order/)).toHaveTextContent("first: Reboot and wait");
  const backup = await findStep("Confirm a backup of SRV-01");
  expect(within(backup).getByText("Overdue")).toBeInTheDocument();
  expect(within(backup).getByText("Sam Senior")).toBeInTheDocument();
  expect(within(backup).getByText("1 note")).toBeInTheDocument();
  expect(within(await findStep("Server name")).getByText(/server_name = SRV-01 · by Sam Senior/)).toBeInTheDocument();

  await expand("Post-patch checks");
  expect(within(waiting).getByRole("button", { name: /Done/ })).toBeDisabled();
  // The step it waits for is one click away.
  await userEvent.click(within(waiting).getByRole("button", { name: "Reboot and wait" }));
  expect(await findStep("Reboot and wait")).toHaveFocus();
});

test("an expanded step shows its text, commands and notes, and completes with the seq last seen", async () => {
  const server = openChecklist(session());
  const item = await expand("Confirm a backup of SRV-01");

  expect(within(item).getByText("backup console")).toBeInTheDocument();
  expect(within(item).getByText("Get-WBSummary -Computer SRV-01")).toBeInTheDocument();
  expect(within(item).getByRole("button", { name: "Copy Last backup" })).toBeInTheDocument();
  expect(within(item).getByText("A successful job in the last 24 hours.")).toBeInTheDocument();
  expect(await within(item).findByText("Job 42: Success")).toBeInTheDocument();
  expect(within(item).getByText("slow")).toBeInTheDocument();

  await userEvent.click(within(item).getByRole("button", { name: "It failed" }));

  await waitFor(() => {
    expect(server.calls(EVENTS)).toBe(1);
  });
  const [sent] = await sentBodies(server);
  expect(sent?.body).toEqual({ expected_seq: 4, event: { type: "step_completed", node_id: "check-backup", result: "failed" } });
  expect(sent?.key).toMatch(/^[0-9a-f]{32}$/);
});

test("questions are answered inline and inputs are checked before they are sent", async () => {
  const state = session(4, {
    checklist: { progress: progress(0, 2), sections: [{ name: "Preparation", sequential: false, progress: progress(0, 2), steps: [step(CAPTURE), step(QUESTION)] }] },
  });
  const server = openChecklist(state);

  const question = await expand("Is there a good backup?");
  await userEvent.click(within(question).getByRole("button", { name: /No/ }));
  await waitFor(() => {
    expect(server.calls(EVENTS)).toBe(1);
  });

  const input = await expand("Server name");
  const field = within(input).getByLabelText("server_name");
  await userEvent.type(field, "srv 01{Enter}");
  expect(field).toHaveAccessibleDescription(/Does not match the expected format/);
  await userEvent.clear(field);
  await userEvent.type(field, "SRV-01{Enter}");
  await waitFor(() => {
    expect(server.calls(EVENTS)).toBe(2);
  });

  const sent = await sentBodies(server);
  expect(sent.map((request) => request.body)).toEqual([
    { expected_seq: 4, event: { type: "step_completed", node_id: "backup-ok", result: "done", answer: 1 } },
    { expected_seq: 4, event: { type: "step_completed", node_id: "capture-server", result: "done", value: "SRV-01" } },
  ]);
});

test("the keys move between steps and work the selected one; none fire while typing", async () => {
  const server = openChecklist(session());
  await findStep("Confirm a backup of SRV-01");

  // The first open step is selected: J moves to the question, J again to the reboot.
  await userEvent.keyboard("jj");
  expect(await findStep("Reboot and wait")).toHaveFocus();
  await userEvent.keyboard("x");
  await waitFor(() => {
    expect(server.calls(EVENTS)).toBe(1);
  });
  await userEvent.keyboard("k");
  expect(await findStep("Is there a good backup?")).toHaveFocus();
  await userEvent.keyboard("1");
  await waitFor(() => {
    expect(server.calls(EVENTS)).toBe(2);
  });
  await userEvent.keyboard("a");
  await waitFor(() => {
    expect(server.calls(EVENTS)).toBe(3);
  });

  await userEvent.keyboard("n");
  const note = within(await findStep("Is there a good backup?")).getByLabelText("Note");
  expect(note).toHaveFocus();
  await userEvent.keyboard("jxfs");
  expect(note).toHaveValue("jxfs");
  expect(server.calls(EVENTS)).toBe(3);

  const sent = await sentBodies(server);
  expect(sent.map((request) => (request.body as { event: unknown }).event)).toEqual([
    { type: "step_completed", node_id: "reboot", result: "done" },
    { type: "step_completed", node_id: "backup-ok", result: "done", answer: 0 },
    { type: "step_assigned", node_id: "backup-ok", assignee_id: ENGINEER.id, due_at: null },
  ]);
  expect(new Set(sent.map((request) => request.key)).size).toBe(3);
});

test("a step that waits is not completed by a key; the reason is told", async () => {
  const server = openChecklist(session());
  await findStep("Post-patch checks");
  await userEvent.keyboard("jjjj"); // the last step
  expect(await findStep("Post-patch checks")).toHaveFocus();

  await userEvent.keyboard("x");

  expect(useToastStore.getState().toasts.at(-1)).toMatchObject({
    title: "“Post-patch checks” cannot be changed now",
    description: "This section is done in order: first Reboot and wait.",
  });
  expect(server.calls(EVENTS)).toBe(0);
});

test("? shows the keys", async () => {
  openChecklist(session());
  await findStep("Reboot and wait");
  await userEvent.keyboard("?");
  const dialog = screen.getByRole("dialog", { name: "Keyboard" });
  expect(dialog).toHaveTextContent("Assign the step to me");
});

test("assignment: engineers and admins to choose from, and a due date keeps the assignee", async () => {
  const server = openChecklist(session());
  const item = await expand("Confirm a backup of SRV-01");
  const assignee = within(item).getByLabelText("Assignee");
  await waitFor(() => {
    expect(within(assignee).getAllByRole("option").map((option) => option.textContent)).toEqual(["Nobody", "Erin Engineer", "Sam Senior"]);
  });
  expect(assignee).toHaveValue(SAM);

  fireEvent.change(within(item).getByLabelText("Due date"), { target: { value: "2026-12-01" } });
  await userEvent.click(within(item).getByRole("button", { name: "Set due date" }));
  await waitFor(() => {
    expect(server.calls(EVENTS)).toBe(1);
  });
  const [sent] = await sentBodies(server);
  expect(sent?.body).toMatchObject({ event: { type: "step_assigned", node_id: "check-backup", assignee_id: SAM } });
  const dueAt = new Date((sent?.body as { event: { due_at: string } }).event.due_at);
  expect([dueAt.getFullYear(), dueAt.getMonth(), dueAt.getDate(), dueAt.getHours()]).toEqual([2026, 11, 1, 23]);
});

test("a note with evidence goes to its step and is a draft until the server has it", async () => {
  const server = openChecklist(session());
  const item = await expand("Reboot and wait");
  await userEvent.type(within(item).getByLabelText("Note"), "Rebooted at 22:00");
  await userEvent.type(within(item).getByLabelText("Evidence (pasted output)"), "LastBootUpTime 22:03");
  expect(JSON.parse(sessionStorage.getItem("rf-checklist-drafts") ?? "{}")).toMatchObject({
    state: { drafts: { [`${ID} reboot`]: { note: "Rebooted at 22:00", output: "LastBootUpTime 22:03" } } },
  });

  await userEvent.click(within(item).getByRole("button", { name: "Add to step" }));

  await waitFor(() => {
    expect(within(item).getByLabelText("Note")).toHaveValue("");
  });
  const [sent] = await sentBodies(server);
  expect(sent?.body).toEqual({
    expected_seq: 4,
    event: { type: "step_noted", node_id: "reboot", text: "Rebooted at 22:00", output: "LastBootUpTime 22:03" },
  });
  expect(server.calls(EVENTS)).toBe(1);
});

test("filters: mine and overdue", async () => {
  openChecklist(withStep(session(), "reboot", { assignee_id: ENGINEER.id }));
  await findStep("Reboot and wait");

  await userEvent.click(screen.getByRole("button", { name: "Mine (1)" }));
  expect(screen.getByRole("button", { name: "Mine (1)" })).toHaveAttribute("aria-pressed", "true");
  expect(screen.queryByText("Confirm a backup of SRV-01")).not.toBeInTheDocument();
  expect(screen.getByText("Reboot and wait")).toBeInTheDocument();

  await userEvent.click(screen.getByRole("button", { name: "Overdue (1)" }));
  expect(screen.getByText("Confirm a backup of SRV-01")).toBeInTheDocument();
  expect(screen.queryByText("Reboot and wait")).not.toBeInTheDocument();
});

test("a stale write shows the checklist as it is now and says someone else changed it", async () => {
  const moved = withStep(session(9), "reboot", { status: "done", by_id: SAM });
  const server = openChecklist(session(), {
    onAppend: () => json({ detail: "stale_seq", message: "The session changed since you last saw it.", current: moved }, 409),
  });
  const item = await expand("Reboot and wait");

  await userEvent.click(within(item).getByRole("button", { name: /Done/ }));

  expect(await screen.findByText("Someone else changed this session")).toBeInTheDocument();
  expect(screen.getByText(/Someone else changed this checklist/)).toBeInTheDocument();
  await waitFor(() => {
    expect(within(item).getByText(/Done · by Sam Senior/)).toBeInTheDocument();
  });
  expect(server.calls(EVENTS)).toBe(1);
});

test("the session is read again every few seconds, and the log when it moved on", async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  let reads = 0;
  const later = withStep(session(6), "reboot", { status: "done" });
  const server = openChecklist(session(), {
    onRead: () => {
      reads += 1;
      return json(reads === 1 ? session() : later);
    },
  });
  await findStep("Reboot and wait");
  const logReads = server.calls(`GET /api/v1/sessions/${ID}/events`);

  await act(async () => {
    await vi.advanceTimersByTimeAsync(POLL_MS + 100);
  });

  await waitFor(() => {
    expect(screen.getByText("Reboot and wait", { selector: "[id$='-title']" }).closest("li")).toHaveAttribute("data-status", "done");
  });
  await waitFor(() => {
    expect(server.calls(`GET /api/v1/sessions/${ID}/events`)).toBeGreaterThan(logReads);
  });
});

test("a viewer follows the checklist without controls", async () => {
  signIn({ ...ENGINEER, id: VIEWER_ID, role: "viewer" });
  const server = openChecklist(session());
  const item = await expand("Reboot and wait");

  expect(screen.getByText("You are following this checklist")).toBeInTheDocument();
  expect(within(item).queryByRole("button", { name: /Done/ })).not.toBeInTheDocument();
  expect(within(item).queryByLabelText("Note")).not.toBeInTheDocument();
  expect(within(item).getByLabelText("Assignee")).toBeDisabled();
  expect(screen.queryByRole("button", { name: "End session…" })).not.toBeInTheDocument();
  await userEvent.keyboard("xa");
  expect(server.calls(EVENTS)).toBe(0);
});

test("ending the checklist suggests its outcome and goes to the session's details", async () => {
  const server = openChecklist(session());
  await findStep("Reboot and wait");
  await userEvent.click(screen.getByRole("button", { name: "End session…" }));
  const dialog = screen.getByRole("dialog", { name: "End the session" });
  expect(within(dialog).getByRole("radio", { name: /Unresolved/ })).toBeChecked();

  await userEvent.type(within(dialog).getByLabelText("Summary"), "Patched; reboot pending the client's window.");
  await userEvent.click(within(dialog).getByRole("button", { name: "End session" }));

  await waitFor(() => {
    expect(server.calls(EVENTS)).toBe(1);
  });
  const [sent] = await sentBodies(server);
  expect(sent?.body).toEqual({ expected_seq: 4, event: { type: "ended", outcome: "unresolved", summary: "Patched; reboot pending the client's window." } });
});
