import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import { ApiError, describeError } from "@/api/errors";
import { sessionKeys, STATUS_LABELS, type SessionState } from "@/lib/sessions";

import { isTransient, newIdempotencyKey, staleSessionOf, useAppendEvent, type AppendOut, type AppendRequest, type EventIn } from "./api";

/** Why the last append did not land, as the runner shows it. */
export type AppendProblem =
  /** Someone (or another tab) wrote first: the session shown is now the server's. */
  | { kind: "conflict"; message: string }
  /** The request may not have arrived: `retry` sends it again with the same Idempotency-Key. */
  | { kind: "unreachable"; message: string; retry: () => void }
  /** The API refused it: `code` (and `rule` for `invalid_input_value`). */
  | { kind: "refused"; code: string; message: string; rule?: string };

function conflictMessage(current: SessionState): string {
  const where = current.current ? `It is now at “${current.current.title}”` : "It has changed";
  const status = current.status === "active" ? "" : ` and ${STATUS_LABELS[current.status].toLowerCase()}`;
  return `Someone else changed this session (or you did in another tab). ${where}${status}. Nothing you typed was lost: check the step and try again.`;
}

function problemOf(error: unknown, retry: () => void): AppendProblem {
  const current = staleSessionOf(error);
  if (current) return { kind: "conflict", message: conflictMessage(current) };
  const { code, message } = describeError(error);
  if (isTransient(error)) {
    return { kind: "unreachable", message: `${message} Nothing was lost: try again when you are back online.`, retry };
  }
  const rule = error instanceof ApiError && typeof error.body.rule === "string" ? error.body.rule : undefined;
  return { kind: "refused", code, message, rule };
}

/**
 * Sends the runner's events: each with the seq last seen and a fresh Idempotency-Key, and keeps
 * what went wrong for the page to show (a retry of an unreachable send reuses its key).
 */
export function useSessionAppender(sessionId: string) {
  const queryClient = useQueryClient();
  const mutation = useAppendEvent(sessionId);
  const [problem, setProblem] = useState<AppendProblem | null>(null);

  const run = (request: AppendRequest, onDone?: (out: AppendOut) => void) => {
    setProblem(null);
    mutation.mutate(request, {
      onSuccess: (out) => onDone?.(out),
      onError: (error) => {
        setProblem(
          problemOf(error, () => {
            run(request, onDone);
          }),
        );
      },
    });
  };

  const send = (event: EventIn, onDone?: (out: AppendOut) => void) => {
    const session = queryClient.getQueryData<SessionState>(sessionKeys.detail(sessionId));
    if (!session || mutation.isPending) return;
    run({ event, expectedSeq: session.last_seq, idempotencyKey: newIdempotencyKey() }, onDone);
  };

  return {
    send,
    pending: mutation.isPending,
    /** The type of the event being sent (or last sent), to show a spinner on its button. */
    sending: mutation.isPending ? mutation.variables.event.type : null,
    /** The event being sent, e.g. to tell which checklist step it is for. */
    pendingEvent: mutation.isPending ? mutation.variables.event : null,
    problem,
    dismissProblem: () => {
      setProblem(null);
    },
  };
}

export type SessionAppender = ReturnType<typeof useSessionAppender>;
