/**
 * Reading one FlowPilot answer as it streams (the runner's suggestion, the assistant's answer).
 * A stream is `meta`, `delta`s of text, maybe `fallback` (the model failed: the offline answer
 * follows from the start), the result (`suggestion` or `answer`) and `done`
 * (backend/app/copilot/router.py).
 */
import { useCallback, useEffect, useRef, useState } from "react";

import type { Schema } from "@/api/types";

import { isAbortError, postSse, SseStreamError } from "./sse";

/** The first event: the tier planned and, for the assistant, the conversation. */
export interface StreamMeta {
  planned: Schema<"ProviderOut">["tier"];
  model?: string;
  conversation_id?: string;
}

/** Every stream's events; one of `suggestion` and `answer` carries the result. */
interface CopilotStreamEvents<Result> {
  meta: StreamMeta;
  delta: { text: string };
  fallback: { reason: string };
  suggestion: Result;
  answer: Result;
  done: Record<string, never>;
}

export type StreamStatus = "idle" | "streaming" | "done" | "stopped" | "failed";

export interface CopilotStreamState<Result> {
  status: StreamStatus;
  /** The text so far (the rationale, the answer). */
  text: string;
  /** Set when `status` is `done`. */
  result: Result | null;
  /** Set when `status` is `failed`. */
  error: unknown;
}

export interface StreamCallbacks<Result> {
  onMeta?: (meta: StreamMeta) => void;
  /** The result arrived: what it changed on the server can go into the cache before `done` shows. */
  onResult?: (result: Result) => void | Promise<void>;
  /** It failed or was stopped part-way: what it changed on the server meanwhile is worth reading again. */
  onUnfinished?: () => void;
}

const IDLE = { status: "idle", text: "", result: null, error: null } as const;

/**
 * One streamed FlowPilot answer at a time: `start` POSTs and follows the stream, `stop` cancels
 * it (the text so far stays), `reset` forgets it. Unmounting cancels the request.
 */
export function useCopilotStream<Result>() {
  const [state, setState] = useState<CopilotStreamState<Result>>(IDLE);
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(
    () => () => {
      controllerRef.current?.abort();
    },
    [],
  );

  const start = useCallback((path: string, body: unknown, callbacks: StreamCallbacks<Result> = {}) => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    const current = () => controllerRef.current === controller;
    setState({ ...IDLE, status: "streaming" });

    let result: Result | null = null;
    const keep = (data: Result) => {
      result = data;
    };
    const follow = async (): Promise<Result> => {
      await postSse<CopilotStreamEvents<Result>>(path, {
        body,
        signal: controller.signal,
        until: "done",
        on: {
          meta: callbacks.onMeta,
          delta: ({ text }) => {
            setState((state) => ({ ...state, text: state.text + text }));
          },
          fallback: () => {
            setState((state) => ({ ...state, text: "" }));
          },
          suggestion: keep,
          answer: keep,
        },
      });
      if (result === null) throw new SseStreamError();
      await callbacks.onResult?.(result);
      return result;
    };
    follow().then(
      (done) => {
        if (current()) setState((state) => ({ ...state, status: "done", result: done }));
      },
      (error: unknown) => {
        if (!current()) return;
        callbacks.onUnfinished?.();
        setState((state) => (isAbortError(error) ? { ...state, status: "stopped" } : { ...state, status: "failed", error }));
      },
    );
  }, []);

  const stop = useCallback(() => {
    controllerRef.current?.abort();
  }, []);

  const reset = useCallback(() => {
    controllerRef.current?.abort();
    controllerRef.current = null;
    setState(IDLE);
  }, []);

  return { ...state, start, stop, reset };
}
