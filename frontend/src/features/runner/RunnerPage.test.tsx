import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";

import type { SessionState } from "@/lib/sessions";
import { useSessionStore } from "@/session/store";
import { ENGINEER, fakeApi, json, resetSession, tokens } from "@/test/fake-api";
import { renderApp } from "@/test/render";

import { useDraftStore } from "./drafts";
import type { CurrentNode } from "./types";

const ID = "0b6f1a52-3c1e-4f4e-9a39-7d1f2f7c0001";
const EVENTS = `POST /api/v1/sessions/${ID}/events`;
const AT = "2026-11-23T10:00:00Z";

const QUESTION: CurrentNode = {
  id: "slow-when",
  kind: "question",
  title: "When is it slow?",
  body: "Ask the user.",
  commands: [],
  expected_result: null,
  section: null,
  input: null,
  answers: [
    { index: 0, label: "All the time", target: "check-resources" },
    { index: 1, label: "At startup", target: "check-startup" },
  ],
};

const ACTION: CurrentNode = {
  ...QUESTION,
  id: "check-resources",
  kind: "action",
  title: "Measure CPU, memory and disk",
  body: "Run while the user sees the slowness.",
  commands: [{ label: "Top processes", shell: "powershell", text: "Get-Process | Sort-Object CPU -Descending" }],
  answers: [],
};

const INPUT: CurrentNode = {
  ...QUESTION,
  id: "capture-hostname",
  kind: "input",
  title: "Computer name",
  body: "",
  answers: [],
  input: { variable: "hostname", type: "text", required: true, pattern: "^[A-Za-z0-9-]{1,15}$", choices: null },
};

function step(node: CurrentNode, enteredSeq: number) {
  return { node_id: node.id, title: node.title, kind: node.kind, entered_seq: enteredSeq, left_seq: null, answer: null, result: null, variable: null, value: null };
}

function session(current: CurrentNode, lastSeq = 2, changes: Partial<SessionState> = {}): SessionState {
  return {
    id: ID,
    flow: { id: "0b6f1a52-3c1e-4f4e-9a39-7d1f2f7c0002", version: 1, title: "Slow PC" },
    owner_id: ENGINEER.id,
    owner_name: ENGINEER.full_name,
    ticket_id: "48213",
    ticket_verified: null,
    client_name: "Contoso",
    target: "PC-0042",
    status: "active",
    current_node: current.id,
    last_seq: lastSeq,
    started_at: AT,
    last_event_at: AT,
    ended_at: null,
    mode: "path",
    progress: null,
    current,
    path: [{ ...step(INPUT, 1), left_seq: 2, variable: "hostname", value: "PC-0042" }, step(current, 2)],
    variables: { hostname: "PC-0042" },
    summary: null,
    escalation: null,
    checklist: null,
    ...changes,
  };
}

function appended(state: SessionState) {
  return json({ event: { seq: state.last_seq, type: "note", at: AT, author_id: ENGINEER.id, payload: { type: "note", text: "x", late: false } }, session: state }, 201);
}

/** The runner on `state`; POSTs to the log go to `onAppend`. */
function openRunner(state: SessionState, onAppend: (request: Request) => Response | Promise<Response> = () => appended(state)) {
  const server = fakeApi({
    [`GET /api/v1/sessions/${ID}`]: () => json(state),
    [`GET /api/v1/sessions/${ID}/events`]: () => json([]),
    [`GET /api/v1/sessions/${ID}/document/preview`]: () => json({ format: "md", content: "# Session documentation", redactions: 0 }),
    [EVENTS]: onAppend,
  });
  renderApp(`/sessions/${ID}/run`);
  return server;
}

/** The page is a lazy chunk: the first render in a run waits for it. */
function findStep(title: string) {
  return screen.findByRole("heading", { name: title }, { timeout: 5000 });
}

async function sentBodies(server: ReturnType<typeof fakeApi>) {
  const posts = server.requests.filter((request) => request.method === "POST");
  return Promise.all(posts.map(async (request) => ({ key: request.headers.get("Idempotency-Key"), body: (await request.json()) as unknown })));
}

beforeEach(() => {
  resetSession();
  sessionStorage.clear();
  useDraftStore.setState({ sessions: {} });
  useSessionStore.getState().signedIn(tokens("access-1"));
});

test("number keys answer the question, with the seq last seen and an idempotency key", async () => {
  const server = openRunner(session(QUESTION), () => appended(session(ACTION, 3)));
  expect(await findStep("When is it slow?")).toBeInTheDocument();

  await userEvent.keyboard("2");

  expect(await screen.findByRole("heading", { name: "Measure CPU, memory and disk" })).toBeInTheDocument();
  const [sent] = await sentBodies(server);
  expect(sent?.body).toEqual({ expected_seq: 2, event: { type: "answered", node_id: "slow-when", answer: 1 } });
  expect(sent?.key).toMatch(/^[0-9a-f]{32}$/);
});

test("Enter marks an action done, B goes back, N moves to the notes", async () => {
  const server = openRunner(session(ACTION));
  expect(await findStep("Measure CPU, memory and disk")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Copy Top processes" })).toBeInTheDocument();

  await userEvent.keyboard("{Enter}");
  await waitFor(() => {
    expect(server.calls(EVENTS)).toBe(1);
  });
  await userEvent.keyboard("b");
  await waitFor(() => {
    expect(server.calls(EVENTS)).toBe(2);
  });
  await userEvent.keyboard("n");

  expect(screen.getByLabelText("Note")).toHaveFocus();
  expect(screen.getByLabelText("Note")).toHaveValue("");
  const sent = await sentBodies(server);
  expect(sent.map((request) => request.body)).toEqual([
    { expected_seq: 2, event: { type: "action_done", node_id: "check-resources", result: "done" } },
    { expected_seq: 2, event: { type: "went_back" } },
  ]);
  expect(sent[0]?.key).not.toBe(sent[1]?.key);
});

test("shortcuts do nothing while typing in a field", async () => {
  const server = openRunner(session(QUESTION));
  await findStep("When is it slow?");
  const note = screen.getByLabelText("Note");

  await userEvent.click(note);
  await userEvent.keyboard("1 b n{Enter}2");

  expect(note).toHaveValue("1 b n\n2");
  expect(note).toHaveFocus();
  expect(server.calls(EVENTS)).toBe(0);

  // Escape leaves the field; then the keys work.
  await userEvent.keyboard("{Escape}2");
  expect(note).not.toHaveFocus();
  await waitFor(() => {
    expect(server.calls(EVENTS)).toBe(1);
  });
});

test("a stale write refreshes the session, says so, and keeps the typed note", async () => {
  const moved = session(ACTION, 5);
  const server = openRunner(session(QUESTION), () =>
    json({ detail: "stale_seq", message: "The session changed since you last saw it.", current: moved }, 409),
  );
  await findStep("When is it slow?");
  const note = screen.getByLabelText("Note");
  await userEvent.type(note, "User says it is slow since Monday");

  await userEvent.click(screen.getByRole("button", { name: "Add note" }));

  expect(await screen.findByText("Someone else changed this session")).toBeInTheDocument();
  expect(screen.getByRole("alert")).toHaveTextContent("It is now at “Measure CPU, memory and disk”");
  expect(await screen.findByRole("heading", { name: "Measure CPU, memory and disk" })).toBeInTheDocument();
  expect(screen.getByLabelText("Note")).toHaveValue("User says it is slow since Monday");
  expect(useDraftStore.getState().sessions[ID]?.note).toBe("User says it is slow since Monday");

  // The next try carries the seq of the refreshed state.
  await userEvent.click(screen.getByRole("button", { name: "Add note" }));
  await waitFor(() => {
    expect(server.calls(EVENTS)).toBe(2);
  });
  const sent = await sentBodies(server);
  expect(sent[1]?.body).toMatchObject({ expected_seq: 5, event: { type: "note" } });
});

test("a typed note is kept in the tab's storage until the server has it", async () => {
  openRunner(session(QUESTION));
  await findStep("When is it slow?");
  await userEvent.type(screen.getByLabelText("Note"), "Checked the event log");
  expect(JSON.parse(sessionStorage.getItem("rf-runner-drafts") ?? "{}")).toMatchObject({
    state: { sessions: { [ID]: { note: "Checked the event log" } } },
  });

  await userEvent.click(screen.getByRole("button", { name: "Add note" }));

  await waitFor(() => {
    expect(screen.getByLabelText("Note")).toHaveValue("");
  });
});

test("after a network error the retry reuses the idempotency key", async () => {
  let attempts = 0;
  const server = openRunner(session(QUESTION), () => {
    attempts += 1;
    if (attempts <= 3) throw new TypeError("Failed to fetch");
    return appended(session(ACTION, 3));
  });
  await findStep("When is it slow?");

  await userEvent.keyboard("1");
  // Two automatic retries, then the page offers one.
  const retry = await screen.findByRole("button", { name: "Try again" }, { timeout: 4000 });
  expect(screen.getByText("Not saved yet")).toBeInTheDocument();
  await userEvent.click(retry);

  expect(await screen.findByRole("heading", { name: "Measure CPU, memory and disk" })).toBeInTheDocument();
  const sent = await sentBodies(server);
  expect(sent).toHaveLength(4);
  expect(new Set(sent.map((request) => request.key)).size).toBe(1);
  expect(new Set(sent.map((request) => JSON.stringify(request.body))).size).toBe(1);
});

test("an input is checked like the API checks it, and the API's refusal shows at the field", async () => {
  const server = openRunner(session(INPUT, 1, { path: [step(INPUT, 1)] }), () =>
    json({ detail: "invalid_input_value", message: "'hostname' does not match the expected format.", rule: "pattern" }, 422),
  );
  await findStep("Computer name");
  const field = screen.getByLabelText("hostname");
  expect(field).toHaveFocus();

  await userEvent.keyboard("{Enter}");
  expect(field).toHaveAccessibleDescription(/This value is required\./);

  await userEvent.type(field, "not a hostname!{Enter}");
  expect(field).toHaveAccessibleDescription(/Does not match the expected format/);
  expect(server.calls(EVENTS)).toBe(0);

  await userEvent.clear(field);
  await userEvent.type(field, "PC-0042{Enter}");
  await waitFor(() => {
    expect(field).toHaveAccessibleDescription(/'hostname' does not match the expected format\./);
  });
  const [sent] = await sentBodies(server);
  expect(sent?.body).toEqual({
    expected_seq: 1,
    event: { type: "input_captured", node_id: "capture-hostname", variable: "hostname", value: "PC-0042" },
  });
  expect(field).toHaveValue("PC-0042");
});

test("someone else's session is shown without controls or shortcuts", async () => {
  const server = openRunner(session(QUESTION, 2, { owner_id: "someone-else", owner_name: "Sam Senior" }));
  await findStep("When is it slow?");
  expect(screen.getByText("Sam Senior is working this session")).toBeInTheDocument();

  await act(async () => {
    await userEvent.keyboard("1");
  });

  expect(screen.getByRole("button", { name: /All the time/ })).toBeDisabled();
  expect(screen.queryByLabelText("Note")).not.toBeInTheDocument();
  expect(server.calls(EVENTS)).toBe(0);
});
