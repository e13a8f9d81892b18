import { beforeEach, describe, expect, test, vi } from "vitest";

import { ApiError } from "@/api/errors";
import { useSessionStore } from "@/session/store";
import { fakeApi, json, resetSession, tokens } from "@/test/fake-api";

import { isAbortError, postSse, readSse, SseErrorEvent, SseParser, SseStreamError, type SseMessage } from "./sse";

const encoder = new TextEncoder();

/** A body that delivers `chunks` (text or raw bytes) one read at a time; open: it never ends. */
function bodyOf(chunks: (string | Uint8Array)[], { open = false } = {}): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
      if (!open) controller.close();
    },
  });
}

function streamResponse(chunks: (string | Uint8Array)[], options?: { open?: boolean }): Response {
  return new Response(bodyOf(chunks, options), { headers: { "Content-Type": "text/event-stream" } });
}

async function readAll(body: ReadableStream<Uint8Array>): Promise<SseMessage[]> {
  const messages: SseMessage[] = [];
  for await (const message of readSse(body)) messages.push(message);
  return messages;
}

/** Every way of cutting `text` in two, each fed to a fresh parser. */
function everySplit(text: string): SseMessage[][] {
  return Array.from({ length: text.length + 1 }, (_, at) => {
    const parser = new SseParser();
    return [...parser.feed(text.slice(0, at)), ...parser.feed(text.slice(at))];
  });
}

describe("SseParser", () => {
  test("reads named events and defaults the name to `message`", () => {
    const parser = new SseParser();
    expect(parser.feed('event: delta\ndata: {"text":"Hi"}\n\ndata: plain\n\n')).toEqual([
      { event: "delta", data: '{"text":"Hi"}', id: null },
      { event: "message", data: "plain", id: null },
    ]);
  });

  test("joins multi-line data with newlines and strips only one leading space", () => {
    const parser = new SseParser();
    expect(parser.feed("data: one\ndata:  two\ndata:three\ndata\n\n")).toEqual([
      { event: "message", data: "one\n two\nthree\n", id: null },
    ]);
  });

  test("ignores comments (heartbeats), unknown fields and retry; drops events without data", () => {
    const parser = new SseParser();
    expect(parser.feed(": ping\n\nretry: 1000\nfoo: bar\n\nevent: meta\n\n: keep-alive\nevent: done\ndata: {}\n\n")).toEqual([
      { event: "done", data: "{}", id: null },
    ]);
  });

  test("keeps the last id for the events after it, and refuses an id with NUL", () => {
    const parser = new SseParser();
    const messages = parser.feed("id: 7\ndata: a\n\ndata: b\n\nid: 8\0\ndata: c\n\nid\ndata: d\n\n");
    expect(messages.map((message) => message.id)).toEqual(["7", "7", "7", ""]);
  });

  test("accepts CRLF, CR and LF line ends, mixed", () => {
    const parser = new SseParser();
    expect(parser.feed("event: a\r\ndata: 1\r\n\r\nevent: b\rdata: 2\r\revent: c\ndata: 3\n\n")).toEqual([
      { event: "a", data: "1", id: null },
      { event: "b", data: "2", id: null },
      { event: "c", data: "3", id: null },
    ]);
  });

  test("gives the same events wherever a chunk ends: mid-line, mid-field, between CR and LF", () => {
    const text = 'event: delta\r\ndata: {"text":"a"}\r\n\r\n: hb\r\nevent: done\r\ndata: {}\r\n\r\n';
    const whole = new SseParser().feed(text);
    expect(whole).toHaveLength(2);
    for (const split of everySplit(text)) expect(split).toEqual(whole);
  });

  test("does not see a blank line in a CRLF cut between chunks (nor a CR that ends a chunk and an event)", () => {
    const parser = new SseParser();
    expect(parser.feed("data: x\r")).toEqual([]);
    expect(parser.feed("\ndata: y\r")).toEqual([]);
    expect(parser.feed("\r")).toEqual([{ event: "message", data: "x\ny", id: null }]);
    expect(parser.feed("\ndata: z\n\n")).toEqual([{ event: "message", data: "z", id: null }]);
  });

  test("one character at a time", () => {
    const parser = new SseParser();
    const text = "event: delta\ndata: {\"text\":\"ok\"}\n\n";
    const messages = Array.from({ length: text.length }, (_, at) => parser.feed(text.charAt(at))).flat();
    expect(messages).toEqual([{ event: "delta", data: '{"text":"ok"}', id: null }]);
  });
});

describe("readSse", () => {
  test("keeps UTF-8 characters whole when their bytes arrive in different chunks", async () => {
    const bytes = encoder.encode('event: delta\ndata: {"text":"Café 🚀 naïve"}\n\n');
    // Cut inside "é" (2 bytes) and inside the rocket (4 bytes): every byte its own chunk.
    const messages = await readAll(bodyOf(Array.from(bytes, (byte) => Uint8Array.of(byte))));
    expect(messages).toEqual([{ event: "delta", data: '{"text":"Café 🚀 naïve"}', id: null }]);
  });

  test("drops an event the stream did not end with a blank line", async () => {
    expect(await readAll(bodyOf(["data: complete\n\n", "data: cut off\n"]))).toEqual([
      { event: "message", data: "complete", id: null },
    ]);
  });

  test("stops reading when the signal aborts", async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const message of readSse(bodyOf(["data: first\n\n"], { open: true }), controller.signal)) {
      seen.push(message.data);
      controller.abort();
    }
    expect(seen).toEqual(["first"]);
  });
});

describe("postSse", () => {
  const PATH = "/api/v1/copilot/chat";
  interface Events {
    meta: { conversation_id: string };
    delta: { text: string };
    answer: { text: string };
    done: Record<string, never>;
  }

  beforeEach(() => {
    resetSession();
    useSessionStore.getState().signedIn(tokens("access-1"));
  });

  test("POSTs JSON with the token and hands each event's data to its handler until the last one", async () => {
    const server = fakeApi({
      [`POST ${PATH}`]: () =>
        streamResponse([
          'event: meta\ndata: {"conversation_id":"c1"}\n\n: heartbeat\n\nevent: delta\ndata: {"text":"Hel',
          'lo"}\n\nevent: delta\ndata: {"text":" world"}\n\nevent: answer\ndata: {"text":"Hello world"}\n\n',
          "event: done\ndata: {}\n\n",
        ]),
    });
    const onMeta = vi.fn();
    let text = "";
    const onAnswer = vi.fn();

    await postSse<Events>(PATH, {
      body: { message: "Outlook asks for a password" },
      until: "done",
      on: { meta: onMeta, delta: ({ text: piece }) => (text += piece), answer: onAnswer },
    });

    expect(onMeta).toHaveBeenCalledWith({ conversation_id: "c1" });
    expect(text).toBe("Hello world");
    expect(onAnswer).toHaveBeenCalledWith({ text: "Hello world" });
    const [request] = server.requests;
    expect(request?.headers.get("Authorization")).toBe("Bearer access-1");
    expect(request?.headers.get("Accept")).toBe("text/event-stream");
    expect(await request?.json()).toEqual({ message: "Outlook asks for a password" });
  });

  test("a refusal before the stream is the API's error", async () => {
    fakeApi({ [`POST ${PATH}`]: () => json({ detail: "wrong_session_mode", message: "A checklist has no next step." }, 422) });

    const error = await postSse<Events>(PATH, { body: {}, until: "done", on: {} }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: "wrong_session_mode", message: "A checklist has no next step." });
  });

  test("an `error` event is an SseErrorEvent with the server's code and message", async () => {
    fakeApi({
      [`POST ${PATH}`]: () =>
        streamResponse(['event: meta\ndata: {}\n\nevent: error\ndata: {"detail":"session_ended","message":"The session has ended."}\n\n']),
    });

    const error = await postSse<Events>(PATH, { body: {}, until: "done", on: {} }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(SseErrorEvent);
    expect(error).toMatchObject({ code: "session_ended", message: "The session has ended." });
  });

  test("a stream that ends before its last event, or sends what is not JSON, is an SseStreamError", async () => {
    fakeApi({ [`POST ${PATH}`]: () => streamResponse(['event: delta\ndata: {"text":"Hal"}\n\n']) });
    await expect(postSse<Events>(PATH, { body: {}, until: "done", on: {} })).rejects.toBeInstanceOf(SseStreamError);

    fakeApi({ [`POST ${PATH}`]: () => streamResponse(["event: delta\ndata: {not json\n\n"]) });
    await expect(postSse<Events>(PATH, { body: {}, until: "done", on: {} })).rejects.toThrow(/could not be read/);
  });

  test("an abort while streaming rejects with an abort error and calls no handler after it", async () => {
    fakeApi({ [`POST ${PATH}`]: () => streamResponse(['event: delta\ndata: {"text":"a"}\n\nevent: delta\ndata: {"text":"b"}\n\n'], { open: true }) });
    const controller = new AbortController();
    const pieces: string[] = [];

    const error = await postSse<Events>(PATH, {
      body: {},
      until: "done",
      signal: controller.signal,
      on: {
        delta: ({ text }) => {
          pieces.push(text);
          controller.abort();
        },
      },
    }).catch((caught: unknown) => caught);

    expect(isAbortError(error)).toBe(true);
    expect(pieces).toEqual(["a"]);
  });

  test("an expired token is refreshed once and the same request streamed", async () => {
    const server = fakeApi({
      [`POST ${PATH}`]: (request) =>
        request.headers.get("Authorization") === "Bearer fresh"
          ? streamResponse(['event: delta\ndata: {"text":"ok"}\n\nevent: done\ndata: {}\n\n'])
          : json({ detail: "token_expired", message: "The access token has expired; refresh it." }, 401),
      "POST /api/v1/auth/refresh": () => json(tokens("fresh")),
    });
    let text = "";

    await postSse<Events>(PATH, { body: { message: "again" }, until: "done", on: { delta: ({ text: piece }) => (text += piece) } });

    expect(text).toBe("ok");
    expect(server.calls("POST /api/v1/auth/refresh")).toBe(1);
    const sent = server.requests.filter((request) => request.url.endsWith(PATH));
    expect(sent).toHaveLength(2);
    expect(await sent[1]?.json()).toEqual({ message: "again" });
  });
});
