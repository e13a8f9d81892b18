/**
 * What the runner, the start-session dialog, the session pages and the admin pages share about the
 * team's PSA (ConnectWise): query keys, the ticket context query, note types, and how a PSA answer
 * reads. Only team admins may read the connection itself; everyone else learns whether there is one
 * from the ticket endpoint (409 `psa_not_connected`).
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { ApiError, unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";

export type TicketContext = Schema<"TicketContextOut">;
export type NoteType = Schema<"NoteType">;
export type PsaPush = Schema<"PsaPushOut">;
export type PsaPushRequest = Schema<"PsaPushIn">;

export const psaKeys = {
  all: ["psa"] as const,
  connection: ["psa", "connectwise"] as const,
  members: ["psa", "connectwise", "members"] as const,
  mappings: ["psa", "connectwise", "member-mappings"] as const,
  ticket: (ticketId: string) => ["psa", "tickets", ticketId] as const,
  /** A session's pushes belong to the session: invalidating the session refreshes them. */
  pushes: (sessionId: string) => ["sessions", sessionId, "psa-pushes"] as const,
};

export const NOTE_TYPE_LABELS: Record<NoteType, string> = {
  internal_analysis: "Internal analysis",
  detail_description: "Detail description",
  resolution: "Resolution",
};

export const NOTE_TYPES = Object.keys(NOTE_TYPE_LABELS) as NoteType[];

/** The API caches a ticket per team for a minute; asking again sooner shows the same. */
const TICKET_FRESH_MS = 60_000;

export function fetchTicketContext(ticketId: string, signal?: AbortSignal): Promise<TicketContext> {
  return unwrap(api.GET("/api/v1/psa/tickets/{ticket_id}", { params: { path: { ticket_id: ticketId } }, signal }));
}

/** The ticket as the PSA has it now (redacted); off while `ticketId` is blank. */
export function useTicketContext(ticketId: string | null | undefined) {
  const id = ticketId?.trim() ?? "";
  return useQuery({
    queryKey: psaKeys.ticket(id),
    queryFn: ({ signal }) => fetchTicketContext(id, signal),
    enabled: id !== "",
    staleTime: TICKET_FRESH_MS,
    // A PSA that failed already waited out its timeout: the person retries, not the page.
    retry: false,
  });
}

/** The team has no PSA connection (nothing to show, nothing to push). */
export function isNotConnected(error: unknown): boolean {
  return error instanceof ApiError && error.code === "psa_not_connected";
}

/** The PSA does not have this ticket (any more), or the id cannot be one of its tickets. */
export function isUnknownTicket(error: unknown): boolean {
  return error instanceof ApiError && (error.code === "psa_ticket_not_found" || error.code === "psa_ticket_id_invalid");
}

// --- pushes of a session's documentation to its ticket ----------------------------------------

/** While a push is pending the background worker retries it; its status is read this often. */
const PENDING_POLL_MS = 5_000;

export function usePsaPushes(sessionId: string) {
  return useQuery({
    queryKey: psaKeys.pushes(sessionId),
    queryFn: () => unwrap(api.GET("/api/v1/sessions/{session_id}/psa-pushes", { params: { path: { session_id: sessionId } } })),
    refetchInterval: (query) => (query.state.data?.some((push) => push.status === "pending") ? PENDING_POLL_MS : false),
  });
}

/** Posts the documentation as a note: answers the new push, or the existing one when nothing changed (`reused`). */
export function usePushToPsa(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PsaPushRequest) =>
      unwrap(api.POST("/api/v1/sessions/{session_id}/psa-push", { params: { path: { session_id: sessionId } }, body })),
    // A refused push is recorded as failed: the list changes either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: psaKeys.pushes(sessionId) }),
  });
}
