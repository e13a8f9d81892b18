/**
 * What the runner and the session pages share about a troubleshooting session: its query keys,
 * the query that reads it, and how its status reads. Keys start with the resource and its id, so
 * invalidating `sessionKeys.detail(id)` refreshes everything about one session.
 */
import { useQuery } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";

export type SessionState = Schema<"SessionOut">;
export type SessionStatus = Schema<"SessionStatus">;
export type DocumentFormat = "md" | "txt" | "html" | "psa";

export const sessionKeys = {
  all: ["sessions"] as const,
  lists: () => ["sessions", "list"] as const,
  list: (filters: object) => ["sessions", "list", filters] as const,
  detail: (sessionId: string) => ["sessions", sessionId] as const,
  events: (sessionId: string) => ["sessions", sessionId, "events"] as const,
  preview: (sessionId: string, format: DocumentFormat) => ["sessions", sessionId, "document", format] as const,
  shares: (sessionId: string) => ["sessions", sessionId, "shares"] as const,
};

export function fetchSession(sessionId: string): Promise<SessionState> {
  return unwrap(api.GET("/api/v1/sessions/{session_id}", { params: { path: { session_id: sessionId } } }));
}

export function useSession(sessionId: string) {
  return useQuery({ queryKey: sessionKeys.detail(sessionId), queryFn: () => fetchSession(sessionId) });
}

export type SessionEvent = Schema<"EventOut">;

const EVENTS_PAGE = 1000;

/** The whole log, in order (page after page of the API's maximum). */
async function fetchAllEvents(sessionId: string): Promise<SessionEvent[]> {
  const events: SessionEvent[] = [];
  for (;;) {
    const page = await unwrap(
      api.GET("/api/v1/sessions/{session_id}/events", {
        params: { path: { session_id: sessionId }, query: { after: events.at(-1)?.seq ?? 0, limit: EVENTS_PAGE } },
      }),
    );
    events.push(...page);
    if (page.length < EVENTS_PAGE) return events;
  }
}

export function useSessionEvents(sessionId: string) {
  return useQuery({ queryKey: sessionKeys.events(sessionId), queryFn: () => fetchAllEvents(sessionId) });
}

export const STATUS_LABELS: Record<SessionStatus, string> = {
  active: "Active",
  paused: "Paused",
  resolved: "Resolved",
  escalated: "Escalated",
  unresolved: "Unresolved",
  abandoned: "Abandoned",
};

/** The owner can still work the session (answer, note, pause, end). */
export function isOpen(status: SessionStatus): boolean {
  return status === "active" || status === "paused";
}
