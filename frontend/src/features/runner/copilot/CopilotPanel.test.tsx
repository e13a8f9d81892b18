import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";

import type { SessionState } from "@/lib/sessions";
import { useSessionStore } from "@/session/store";
import { OFFLINE_PROVIDER, sseEvent as sse, sseResponse } from "@/test/copilot";
import { ENGINEER, fakeApi, json, resetSession, tokens } from "@/test/fake-api";
import { renderApp } from "@/test/render";

import type { CurrentNode } from "../types";
import type { Suggestion } from "./api";

const ID = "5e0c2b7a-1d2f-4c3b-8a9e-0f1e2d3c0001";
const SUGGEST = `POST /api/v1/sessions/${ID}/copilot/suggest`;
const DECISION = `POST /api/v1/sessions/${ID}/copilot/decision`;
const EVENTS = `POST /api/v1/sessions/${ID}/events`;
const AT = "2026-11-23T10:00:00Z";

const ASK: CurrentNode = {
  id: "ask",
  kind: "question",
  title: "Does Outlook start in safe mode?",
  body: "",
  commands: [],
  expected_result: null,
  section: null,
  input: null,
  answers: [
    { index: 0, label: "Yes", target: "addins" },
    { index: 1, label: "No", target: "profile" },
  ],
};
const ADDINS: CurrentNode = { ...ASK, id: "addins", kind: "action", title: "Disable COM add-ins", answers: [] };

function sessionAt(current: CurrentNode, lastSeq: number, status: SessionState["status"] = "active"): SessionState {
  const step = { node_id: current.id, title: current.title, kind: current.kind, entered_seq: lastSeq, left_seq: null, answer: null, result: null, variable: null, value: null };
  return {
    id: ID,
    flow: { id: "5e0c2b7a-1d2f-4c3b-8a9e-0f1e2d3c0002", version: 1, title: "Outlook won't start" },
    owner_id: ENGINEER.id,
    owner_name: ENGINEER.full_name,
    ticket_id: null,
    ticket_verified: null,
    client_name: null,
    target: null,
    status,
    current_node: current.id,
    last_seq: lastSeq,
    started_at: AT,
    last_event_at: AT,
    ended_at: null,
    mode: "path",
    progress: null,
    current,
    path: [step],
    variables: {},
    summary: null,
    escalation: null,
    checklist: null,
  };
}

const RATIONALE = "In 4 of 5 past sessions at this step the team answered “Yes”, 4 of them in sessions that were resolved.";

const SUGGESTION: Suggestion = {
  session_id: ID,
  node_id: "ask",
  node_title: ASK.title,
  action: "answer",
  answer: { index: 0, label: "Yes", target: "addins", target_title: "Disable COM add-ins" },
  rationale: RATIONALE,
  confidence: 0.78,
  alternatives: [{ answer: { index: 1, label: "No", target: "profile", target_title: "Rebuild the profile" }, share: 0.2, why: "Chosen in 1 of 5 past sessions here." }],
  loop_warning: "You are at “Does Outlook start in safe mode?” for the 3rd time.",
  history_sessions: 5,
  sources: [{ n: 1, type: "session", id: "5e0c2b7a-1d2f-4c3b-8a9e-0f1e2d3c0009", title: "Outlook won't start (Contoso)", link: "/sessions/5e0c2b7a-1d2f-4c3b-8a9e-0f1e2d3c0009", snippet: "Disabled the Teams add-in." }],
  suggestion_seq: 3,
  last_seq: 3,
  provider: OFFLINE_PROVIDER,
};

/** A streamed response whose events the test sends one by one. */
function liveStream() {
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
  });
  return {
    response: new Response(body, { headers: { "Content-Type": "text/event-stream" } }),
    send: (text: string) => controller?.enqueue(new TextEncoder().encode(text)),
    close: () => controller?.close(),
  };
}

function finishedStream(suggestion: Suggestion = SUGGESTION): Response {
  const half = suggestion.rationale.length / 2;
  return sseResponse(
    sse("meta", { planned: "fast", model: "offline" }),
    sse("delta", { text: suggestion.rationale.slice(0, half) }),
    sse("delta", { text: suggestion.rationale.slice(half) }),
    sse("suggestion", suggestion),
    sse("done", {}),
  );
}

function openRunner(state: SessionState, routes: Record<string, (request: Request) => Response | Promise<Response>>) {
  const server = fakeApi({
    [`GET /api/v1/sessions/${ID}`]: () => json(state),
    [`GET /api/v1/sessions/${ID}/events`]: () => json([]),
    [`GET /api/v1/sessions/${ID}/document/preview`]: () => json({ format: "md", content: "# Session", redactions: 0 }),
    "GET /api/v1/copilot/status": () => json({ provider: "offline", fast_model: "claude-haiku-5-5", deep_model: "claude-sonnet-5-5", budget: OFFLINE_PROVIDER.budget }),
    ...routes,
  });
  renderApp(`/sessions/${ID}/run`);
  return server;
}

async function panel() {
  await screen.findByRole("heading", { name: ASK.title }, { timeout: 5000 });
  return screen.getByRole("complementary", { name: "FlowPilot copilot" });
}

async function bodiesOf(server: ReturnType<typeof fakeApi>, route: string) {
  const requests = server.requests.filter((request) => `${request.method} ${new URL(request.url).pathname}` === route);
  return Promise.all(requests.map((request) => request.json() as Promise<unknown>));
}

beforeEach(() => {
  resetSession();
  sessionStorage.clear();
  useSessionStore.getState().signedIn(tokens("access-1"));
});

test("S streams the rationale as it arrives, then shows the suggestion, its confidence and the offline label", async () => {
  const stream = liveStream();
  openRunner(sessionAt(ASK, 2), { [SUGGEST]: () => stream.response });
  const copilot = await panel();
  expect(await within(copilot).findByText(/No AI provider is configured/)).toBeInTheDocument();

  await userEvent.keyboard("s");
  stream.send(sse("meta", { planned: "fast", model: "offline" }) + sse("delta", { text: "In 4 of 5 past sessions " }));

  expect(await within(copilot).findByText("In 4 of 5 past sessions")).toBeInTheDocument();
  expect(within(copilot).getByText("Thinking…")).toBeInTheDocument();

  stream.send(sse("delta", { text: RATIONALE.slice("In 4 of 5 past sessions ".length) }) + sse("suggestion", SUGGESTION) + sse("done", {}));
  stream.close();

  expect(await within(copilot).findByText("Answer “Yes”")).toBeInTheDocument();
  expect(within(copilot).getByText("Next: Disable COM add-ins")).toBeInTheDocument();
  expect(within(copilot).getByRole("progressbar", { name: "Confidence 78 %, high" })).toBeInTheDocument();
  expect(within(copilot).getByRole("alert")).toHaveTextContent("for the 3rd time");
  expect(within(copilot).getByText("“No”")).toBeInTheDocument();
  expect(within(copilot).getByRole("link", { name: "[1] Outlook won't start (Contoso)" })).toHaveAttribute("href", "/sessions/5e0c2b7a-1d2f-4c3b-8a9e-0f1e2d3c0009");
  expect(within(copilot).getByText("Offline")).toBeInTheDocument();
  expect(within(copilot).queryByText("Thinking…")).not.toBeInTheDocument();
});

test("accepting logs the decision, then takes the step with the seq after both copilot events", async () => {
  const server = openRunner(sessionAt(ASK, 2), {
    [SUGGEST]: () => finishedStream(),
    [DECISION]: () => json({ seq: 4, last_seq: 4 }, 201),
    [EVENTS]: () => json({ event: { seq: 5, type: "answered", at: AT, author_id: ENGINEER.id, payload: { type: "answered", node_id: "ask", answer: 0, label: "Yes" } }, session: sessionAt(ADDINS, 5) }, 201),
  });
  const copilot = await panel();

  await userEvent.click(within(copilot).getByRole("button", { name: /Suggest next step/ }));
  await userEvent.click(await within(copilot).findByRole("button", { name: "Accept: “Yes”" }));

  expect(await screen.findByRole("heading", { name: "Disable COM add-ins" })).toBeInTheDocument();
  expect(await bodiesOf(server, DECISION)).toEqual([{ suggestion_seq: 3, decision: "accepted" }]);
  expect(await bodiesOf(server, EVENTS)).toEqual([{ expected_seq: 4, event: { type: "answered", node_id: "ask", answer: 0 } }]);
  // The seq followed the copilot's events without reading the session again.
  expect(server.calls(`GET /api/v1/sessions/${ID}`)).toBe(1);
  // A new step: the panel asks afresh.
  expect(within(copilot).getByRole("button", { name: /Suggest next step/ })).toBeInTheDocument();
});

test("dismissing logs it and offers to ask again; a failed decision says why", async () => {
  let decisions = 0;
  const server = openRunner(sessionAt(ASK, 2), {
    [SUGGEST]: () => finishedStream(),
    [DECISION]: () => {
      decisions += 1;
      return decisions === 1
        ? json({ detail: "suggestion_already_decided", message: "This suggestion was already accepted or dismissed." }, 409)
        : json({ seq: 4, last_seq: 4 }, 201);
    },
  });
  const copilot = await panel();
  await userEvent.keyboard("s");

  await userEvent.click(await within(copilot).findByRole("button", { name: "Dismiss" }));
  expect(await within(copilot).findByText("This suggestion was already accepted or dismissed.")).toBeInTheDocument();
  await userEvent.click(within(copilot).getByRole("button", { name: "Dismiss" }));

  expect(await within(copilot).findByText("Dismissed.")).toBeInTheDocument();
  expect(within(copilot).getByRole("button", { name: /Ask again/ })).toBeInTheDocument();
  expect(await bodiesOf(server, DECISION)).toEqual([
    { suggestion_seq: 3, decision: "dismissed" },
    { suggestion_seq: 3, decision: "dismissed" },
  ]);
  expect(server.calls(EVENTS)).toBe(0);
});

test("a refusal is explained with a way to try again; Stop cancels a stream", async () => {
  const stream = liveStream();
  let asked = 0;
  openRunner(sessionAt(ASK, 2), {
    [SUGGEST]: () => {
      asked += 1;
      return asked === 1 ? json({ detail: "session_ended", message: "The session has ended." }, 409) : stream.response;
    },
  });
  const copilot = await panel();

  await userEvent.keyboard("s");
  expect(await within(copilot).findByText("The session has ended.")).toBeInTheDocument();
  await userEvent.click(within(copilot).getByRole("button", { name: /Try again/ }));
  stream.send(sse("delta", { text: "Looking at " }));
  expect(await within(copilot).findByText("Looking at")).toBeInTheDocument();

  await userEvent.click(within(copilot).getByRole("button", { name: "Stop" }));

  expect(await within(copilot).findByText("Stopped. Nothing was suggested.")).toBeInTheDocument();
  expect(asked).toBe(2);
});

test("S does nothing while typing in a field", async () => {
  const server = openRunner(sessionAt(ASK, 2), { [SUGGEST]: () => finishedStream() });
  await panel();
  await userEvent.click(screen.getByLabelText("Note"));
  await userEvent.keyboard("s");
  expect(screen.getByLabelText("Note")).toHaveValue("s");
  expect(server.calls(SUGGEST)).toBe(0);
});

test("a paused session says to resume first", async () => {
  openRunner(sessionAt(ASK, 2, "paused"), {});
  const copilot = await panel();
  await waitFor(() => {
    expect(within(copilot).getByText("Resume the session to ask FlowPilot.")).toBeInTheDocument();
  });
  expect(within(copilot).queryByRole("button", { name: /Suggest next step/ })).not.toBeInTheDocument();
});
