/**
 * Server-Sent Events over `fetch`: EventSource cannot POST a body nor carry the access token, so
 * the API's streams (FlowPilot's suggestions and chat) are read from the response body here. The
 * request goes through `authFetch`, so an expired access token is refreshed once as for any call.
 */
import { API_BASE_URL } from "@/api/public-client";
import { ApiError, errorBodyOf, readErrorBody, type ApiErrorBody } from "@/api/errors";
import { authFetch } from "@/session/auth-fetch";

/** One event as the stream carried it (`data` lines joined with "\n"). */
export interface SseMessage {
  event: string;
  data: string;
  /** The last `id:` seen so far in the stream, or null. */
  id: string | null;
}

/**
 * Turns text, in pieces of any size, into events, by the rules of the HTML standard: lines end in
 * CRLF, LF or CR (a CRLF may be split across pieces), `:` starts a comment (heartbeats), a blank
 * line ends an event, an event without `data` is dropped.
 */
export class SseParser {
  private partial = "";
  private lastWasCR = false;
  private eventName = "";
  private dataLines: string[] = [];
  private lastId: string | null = null;

  feed(text: string): SseMessage[] {
    const messages: SseMessage[] = [];
    let start = this.lastWasCR && text.startsWith("\n") ? 1 : 0;
    this.lastWasCR = false;
    for (let i = start; i < text.length; i++) {
      const char = text[i];
      if (char !== "\n" && char !== "\r") continue;
      this.line(this.partial + text.slice(start, i), messages);
      this.partial = "";
      if (char === "\r") {
        if (i + 1 === text.length) this.lastWasCR = true;
        else if (text[i + 1] === "\n") i++;
      }
      start = i + 1;
    }
    this.partial += text.slice(start);
    return messages;
  }

  private line(line: string, messages: SseMessage[]): void {
    if (line === "") {
      if (this.dataLines.length > 0) {
        messages.push({ event: this.eventName || "message", data: this.dataLines.join("\n"), id: this.lastId });
      }
      this.eventName = "";
      this.dataLines = [];
      return;
    }
    if (line.startsWith(":")) return;
    const colon = line.indexOf(":");
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") this.eventName = value;
    else if (field === "data") this.dataLines.push(value);
    else if (field === "id" && !value.includes("\0")) this.lastId = value;
    // `retry` and unknown fields: nothing to do (these streams are not reconnected).
  }
}

/** The events of a response body as they arrive; a UTF-8 character split across chunks is kept whole. */
export async function* readSse(body: ReadableStream<Uint8Array>, signal?: AbortSignal): AsyncGenerator<SseMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();
  // Whatever fetch does with the signal, an abort ends the reading here.
  const stop = () => {
    reader.cancel().catch(() => undefined);
  };
  signal?.addEventListener("abort", stop, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* parser.feed(decoder.decode(value, { stream: true }));
    }
    // Whatever is left is an event not ended by a blank line: incomplete, dropped as the standard says.
  } finally {
    signal?.removeEventListener("abort", stop);
    // Stops the download when the reader leaves early (an error event, a consumer's throw).
    stop();
  }
}

/** The server reported a failure inside a stream that had started (the request itself was fine). */
export class SseErrorEvent extends ApiError {
  constructor(body: ApiErrorBody) {
    super(200, body);
    this.name = "SseErrorEvent";
  }
}

/** The stream broke off before its last event, or carried something that is not JSON. */
export class SseStreamError extends Error {
  constructor(message = "The answer stopped before it was complete. Try again.") {
    super(message);
    this.name = "SseStreamError";
  }
}

/** Whether `error` is the rejection of an aborted request or read (the user cancelled). */
export function isAbortError(error: unknown): boolean {
  // By name: the DOMException may come from another realm (the fetch implementation's).
  return typeof error === "object" && error !== null && "name" in error && error.name === "AbortError";
}

/** A handler per event name, each given that event's JSON data. */
export type SseHandlers<Events> = { [Name in keyof Events]?: (data: Events[Name]) => void };

interface PostSseOptions<Events> {
  /** Sent as JSON; none when undefined. */
  body?: unknown;
  on: SseHandlers<Events>;
  /** The event that ends a complete stream: ending without it is an `SseStreamError`. */
  until: keyof Events & string;
  signal?: AbortSignal;
}

function parseData(message: SseMessage): unknown {
  try {
    return JSON.parse(message.data) as unknown;
  } catch {
    throw new SseStreamError("The server sent something that could not be read. Try again.");
  }
}

/**
 * POSTs `body` as JSON to `path` and calls `on[event]` with each event's JSON data until `until`.
 * Throws `ApiError` when the request is refused (the API's JSON error), `SseErrorEvent` for an
 * `error` event, `SseStreamError` when the stream ends early, and the abort error after `signal`.
 */
export async function postSse<Events extends object>(path: string, options: PostSseOptions<Events>): Promise<void> {
  const { body, on, until, signal } = options;
  const json = body === undefined ? null : JSON.stringify(body);
  const request = new Request(new URL(path, API_BASE_URL), {
    method: "POST",
    headers: json === null ? { Accept: "text/event-stream" } : { "Content-Type": "application/json", Accept: "text/event-stream" },
    body: json,
    credentials: "same-origin",
    signal,
  });
  const response = await authFetch(request);
  if (!response.ok) throw new ApiError(response.status, await readErrorBody(response));
  if (!response.body) throw new SseStreamError();
  for await (const message of readSse(response.body, signal)) {
    signal?.throwIfAborted();
    const data = parseData(message);
    if (message.event === "error") throw new SseErrorEvent(errorBodyOf(data));
    const handler = (on as Record<string, ((data: unknown) => void) | undefined>)[message.event];
    handler?.(data);
    if (message.event === until) return;
  }
  signal?.throwIfAborted();
  throw new SseStreamError();
}
