import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, expect, test } from "vitest";

import { useSessionStore } from "@/session/store";
import { OFFLINE_PROVIDER as OFFLINE, sseEvent as sse, sseResponse } from "@/test/copilot";
import { fakeApi, json, resetSession, tokens } from "@/test/fake-api";
import { renderApp } from "@/test/render";

import type { ChatAnswer, ChatMessage, Conversation } from "./api";

const CONVERSATION = "3c6f0a8e-0000-4000-8000-00000000c001";
const OLDER = "3c6f0a8e-0000-4000-8000-00000000c002";
const FLOW_ID = "3c6f0a8e-0000-4000-8000-00000000f001";
const AT = "2026-11-23T10:00:00Z";
const QUESTION = "Outlook keeps asking for the password";
const ANSWER_TEXT = "Start with the flow “Outlook keeps prompting for a password” [1]: it checks the sign-in logs first.";

function message(role: ChatMessage["role"], content: string, changes: Partial<ChatMessage> = {}): ChatMessage {
  return { id: `${role}-${content.length}`, role, content, citations: [], provider: role === "assistant" ? "offline" : null, created_at: AT, ...changes };
}

const CITED = message("assistant", ANSWER_TEXT, {
  citations: [{ n: 1, type: "flow", id: FLOW_ID, title: "Outlook keeps prompting for a password", link: `/flows/${FLOW_ID}`, snippet: "Check the sign-in logs." }],
});

function conversation(id: string, title: string, messages: ChatMessage[]): Conversation {
  return { id, title, created_at: AT, updated_at: AT, messages };
}

function streamed(answer: ChatAnswer): Response {
  const text = answer.message.content;
  return sseResponse(
    sse("meta", { conversation_id: answer.conversation_id, planned: "fast" }),
    sse("delta", { text: text.slice(0, 20) }),
    sse("delta", { text: text.slice(20) }),
    sse("answer", answer),
    sse("done", {}),
  );
}

beforeEach(() => {
  resetSession();
  useSessionStore.getState().signedIn(tokens("access-1"));
});

test("a new question streams its answer into a new conversation, with sources that link into the app", { timeout: 15_000 }, async () => {
  let stored = false;
  const server = fakeApi({
    "GET /api/v1/copilot/conversations": () => json(stored ? [{ id: CONVERSATION, title: QUESTION, created_at: AT, updated_at: AT }] : []),
    [`GET /api/v1/copilot/conversations/${CONVERSATION}`]: () => json(conversation(CONVERSATION, QUESTION, [message("user", QUESTION), CITED])),
    "POST /api/v1/copilot/chat": () => {
      stored = true;
      return streamed({ conversation_id: CONVERSATION, message: CITED, known: true, provider: OFFLINE });
    },
    [`GET /api/v1/flows/${FLOW_ID}`]: () => json({ detail: "flow_not_found", message: "No such flow." }, 404),
  });
  const { router } = renderApp("/assistant");
  expect(await screen.findByText("Ask about a problem", {}, { timeout: 5000 })).toBeInTheDocument();
  expect(await screen.findByText("No conversations yet.")).toBeInTheDocument();

  const box = screen.getByRole("textbox", { name: "Your question" });
  await userEvent.type(box, "Outlook keeps asking{Shift>}{Enter}{/Shift}for the password");
  expect(box).toHaveValue("Outlook keeps asking\nfor the password");
  await userEvent.clear(box);
  await userEvent.type(box, `${QUESTION}{Enter}`);

  const thread = await screen.findByRole("list", { name: "Messages" });
  expect(await within(thread).findByRole("link", { name: "[1] Outlook keeps prompting for a password" })).toHaveAttribute("href", `/flows/${FLOW_ID}`);
  expect(within(thread).getByText(QUESTION)).toBeInTheDocument();
  expect(router.state.location.pathname).toBe(`/assistant/${CONVERSATION}`);
  expect(await within(screen.getByRole("navigation", { name: "Conversations" })).findByRole("link", { name: new RegExp(QUESTION) })).toHaveAttribute("aria-current", "page");
  expect(screen.getByText(/No AI provider is configured/)).toBeInTheDocument();
  expect(box).toHaveValue("");
  expect(await server.requests.find((request) => request.url.endsWith("/copilot/chat"))?.json()).toEqual({ message: QUESTION, conversation_id: null });

  // The [1] in the text is a link too, and it stays in the app.
  await userEvent.click(within(thread).getByRole("link", { name: "[1]" }));
  await waitFor(() => {
    expect(router.state.location.pathname).toBe(`/flows/${FLOW_ID}`);
  });
});

test("an open conversation continues; an answer without sources is shown as not known", async () => {
  const unknown = message("assistant", "I don't know: nothing in the team's flows, library steps or resolved sessions matches this question.", { id: "a2" });
  const stored = [message("user", "Printer offline", { id: "q1" }), CITED];
  const server = fakeApi({
    "GET /api/v1/copilot/conversations": () => json([{ id: OLDER, title: "Printer offline", created_at: AT, updated_at: AT }]),
    [`GET /api/v1/copilot/conversations/${OLDER}`]: () => json(conversation(OLDER, "Printer offline", stored)),
    "POST /api/v1/copilot/chat": () => {
      stored.push(message("user", "And on a Mac?", { id: "q2" }), unknown);
      return streamed({ conversation_id: OLDER, message: unknown, known: false, provider: OFFLINE });
    },
  });
  renderApp(`/assistant/${OLDER}`);
  const thread = await screen.findByRole("list", { name: "Messages" }, { timeout: 5000 });
  expect(within(thread).getByText("Printer offline")).toBeInTheDocument();

  await userEvent.type(screen.getByRole("textbox", { name: "Your question" }), "And on a Mac?{Enter}");

  expect(await within(thread).findByText(/I don't know/)).toBeInTheDocument();
  expect(within(thread).getByText("Not in the team's knowledge")).toBeInTheDocument();
  expect(within(thread).getByText("And on a Mac?")).toBeInTheDocument();
  expect(await server.requests.find((request) => request.url.endsWith("/copilot/chat"))?.json()).toEqual({ message: "And on a Mac?", conversation_id: OLDER });
});

test("a failed answer says why and tries again; a conversation is deleted after confirming", async () => {
  let attempts = 0;
  const stored: ChatMessage[] = [];
  const server = fakeApi({
    "GET /api/v1/copilot/conversations": () => json([{ id: OLDER, title: "Printer offline", created_at: AT, updated_at: AT }]),
    [`GET /api/v1/copilot/conversations/${OLDER}`]: () => json(conversation(OLDER, "Printer offline", stored)),
    [`DELETE /api/v1/copilot/conversations/${OLDER}`]: () => new Response(null, { status: 204 }),
    "POST /api/v1/copilot/chat": () => {
      attempts += 1;
      // The question is stored before the answer streams; only the second answer completes.
      stored.push(message("user", "Spooler?", { id: `q${attempts}` }));
      if (attempts === 2) stored.push(CITED);
      return attempts === 1
        ? sseResponse(sse("meta", { conversation_id: OLDER, planned: "fast" }), sse("delta", { text: "Check the " }))
        : streamed({ conversation_id: OLDER, message: CITED, known: true, provider: OFFLINE });
    },
  });
  const { router } = renderApp(`/assistant/${OLDER}`);
  await userEvent.type(await screen.findByRole("textbox", { name: "Your question" }, { timeout: 5000 }), "Spooler?{Enter}");

  expect(await screen.findByText("The answer stopped before it was complete. Try again.")).toBeInTheDocument();
  await userEvent.click(screen.getByRole("button", { name: "Try again" }));
  expect(await screen.findByRole("link", { name: "[1] Outlook keeps prompting for a password" })).toBeInTheDocument();
  expect(attempts).toBe(2);

  await userEvent.click(screen.getByRole("button", { name: "Delete “Printer offline”" }));
  await userEvent.click(within(screen.getByRole("dialog", { name: "Delete this conversation?" })).getByRole("button", { name: "Delete" }));

  await waitFor(() => {
    expect(router.state.location.pathname).toBe("/assistant");
  });
  expect(server.calls(`DELETE /api/v1/copilot/conversations/${OLDER}`)).toBe(1);
});
