import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { ApiError, unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";
import { sessionKeys, type SessionState } from "@/lib/sessions";

export type EventIn = Schema<"AppendIn">["event"];
export type AppendOut = Schema<"AppendOut">;
export type PreviewFormat = "md" | "psa";

/** One append as sent: a retry sends the very same request, key included. */
export interface AppendRequest {
  event: EventIn;
  /** The last seq this client saw; the API answers 409 `stale_seq` when the log moved on. */
  expectedSeq: number;
  idempotencyKey: string;
}

const AUTO_RETRIES = 2;
const RETRY_DELAY_MS = 400;

/** 128 random bits as hex (crypto.randomUUID needs a secure context; this does not). */
export function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The request may not have arrived, or the server failed: sending it again with its key is safe. */
export function isTransient(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof ApiError && error.status >= 500);
}

/** The session as it is now, from a 409 `stale_seq` (its `current`). */
export function staleSessionOf(error: unknown): SessionState | null {
  if (error instanceof ApiError && error.code === "stale_seq" && typeof error.body.current === "object") {
    return error.body.current as SessionState;
  }
  return null;
}

function postEvent(sessionId: string, { event, expectedSeq, idempotencyKey }: AppendRequest): Promise<AppendOut> {
  return unwrap(
    api.POST("/api/v1/sessions/{session_id}/events", {
      params: { path: { session_id: sessionId }, header: { "Idempotency-Key": idempotencyKey } },
      body: { expected_seq: expectedSeq, event },
    }),
  );
}

/**
 * Appends one event. Network errors and server failures are retried with the same request (and
 * so the same Idempotency-Key: an append that did go through is not repeated). The cached session
 * becomes the answer's, or on `stale_seq` the error's `current`.
 */
export function useAppendEvent(sessionId: string) {
  const queryClient = useQueryClient();
  const settle = (session: SessionState) => {
    queryClient.setQueryData(sessionKeys.detail(sessionId), session);
    void queryClient.invalidateQueries({ queryKey: sessionKeys.events(sessionId) });
    void queryClient.invalidateQueries({ queryKey: [...sessionKeys.detail(sessionId), "document"] });
    void queryClient.invalidateQueries({ queryKey: sessionKeys.lists() });
  };
  return useMutation({
    mutationFn: (request: AppendRequest) => postEvent(sessionId, request),
    retry: (failures, error) => failures < AUTO_RETRIES && isTransient(error),
    retryDelay: (attempt) => RETRY_DELAY_MS * 2 ** attempt,
    onSuccess: (out) => {
      settle(out.session);
    },
    onError: (error) => {
      const current = staleSessionOf(error);
      if (current) {
        settle(current);
      } else if (error instanceof ApiError && error.status === 409) {
        // Ended, escalated or paused meanwhile: read the session again.
        void queryClient.invalidateQueries({ queryKey: sessionKeys.detail(sessionId), exact: true });
      }
    },
  });
}

/** The ticket note as the export would be now (redacted), refreshed after every append. */
export function useDocumentPreview(sessionId: string, format: PreviewFormat) {
  return useQuery({
    queryKey: sessionKeys.preview(sessionId, format),
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/sessions/{session_id}/document/preview", {
          params: { path: { session_id: sessionId }, query: { format } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
