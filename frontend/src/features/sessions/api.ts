import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";
import { downloadFrom } from "@/lib/download";
import { flowKeys } from "@/lib/flows";
import { sessionKeys, type SessionStatus } from "@/lib/sessions";

export type SessionSummary = Schema<"SessionSummaryOut">;
export type Share = Schema<"ShareOut">;
export type ShareCreated = Schema<"ShareCreatedOut">;
export type ShareCreateIn = Schema<"ShareCreateIn">;
export type EscalateIn = Schema<"EscalatedIn">;
export type EscalateOut = Schema<"EscalateOut">;
export type Briefing = Schema<"Briefing">;
export type ExportFormat = "md" | "txt" | "html";

/** The history's filters as the API takes them (dates already turned into instants). */
export interface SessionListFilters {
  mine?: boolean;
  status?: SessionStatus[];
  flow_id?: string;
  engineer_id?: string;
  ticket_id?: string;
  started_from?: string;
  started_to?: string;
}

const PAGE_SIZE = 25;


export function useSessionList(filters: SessionListFilters) {
  return useInfiniteQuery({
    queryKey: sessionKeys.list(filters),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET("/api/v1/sessions", { params: { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next_cursor,
  });
}

/** Flow titles for the history's filter (the team's first 100 by title). */
export function useFlowTitles() {
  return useQuery({
    queryKey: [...flowKeys.all, "titles"],
    queryFn: () => unwrap(api.GET("/api/v1/flows", { params: { query: { sort: "title", limit: 100 } } })),
    select: (page) => page.items.map((flow) => ({ id: flow.id, title: flow.title })),
    staleTime: 5 * 60_000,
  });
}

/** The team's members (names for the timeline, engineers for filters and escalation). */
export function useShares(sessionId: string) {
  return useQuery({
    queryKey: sessionKeys.shares(sessionId),
    queryFn: () =>
      unwrap(api.GET("/api/v1/sessions/{session_id}/shares", { params: { path: { session_id: sessionId } } })),
  });
}

export function useCreateShare(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ShareCreateIn) =>
      unwrap(api.POST("/api/v1/sessions/{session_id}/shares", { params: { path: { session_id: sessionId } }, body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionKeys.shares(sessionId) }),
  });
}

export function useRevokeShare(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (shareId: string) =>
      unwrap(
        api.DELETE("/api/v1/sessions/{session_id}/shares/{share_id}", {
          params: { path: { session_id: sessionId, share_id: shareId } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionKeys.shares(sessionId) }),
  });
}

/** After escalating or taking over: the answer's session, a fresh log and lists. */
function useSessionChanged(sessionId: string) {
  const queryClient = useQueryClient();
  return (session: Schema<"SessionOut">) => {
    queryClient.setQueryData(sessionKeys.detail(sessionId), session);
    void queryClient.invalidateQueries({ queryKey: sessionKeys.events(sessionId) });
    void queryClient.invalidateQueries({ queryKey: sessionKeys.lists() });
  };
}

export function useEscalate(sessionId: string) {
  const changed = useSessionChanged(sessionId);
  return useMutation({
    mutationFn: (body: EscalateIn) =>
      unwrap(api.POST("/api/v1/sessions/{session_id}/escalate", { params: { path: { session_id: sessionId } }, body })),
    onSuccess: (out) => {
      changed(out.session);
    },
  });
}

export function useTakeOver(sessionId: string) {
  const changed = useSessionChanged(sessionId);
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST("/api/v1/sessions/{session_id}/take-over", { params: { path: { session_id: sessionId } } })),
    onSuccess: (out) => {
      changed(out.session);
    },
  });
}

/** Downloads the session's documentation (redacted by the API) as a file; the file's name. */
export function downloadDocument(sessionId: string, format: ExportFormat): Promise<string> {
  const call = api.GET("/api/v1/sessions/{session_id}/document", {
    params: { path: { session_id: sessionId }, query: { format } },
    parseAs: "blob",
  });
  return downloadFrom(call, `session.${format}`);
}

/** The briefing of an escalated session, from the escalation queues (mine and the team's). */
export function useWaitingBriefing(sessionId: string, enabled: boolean) {
  return useQuery({
    queryKey: ["escalations", sessionId],
    queryFn: () => unwrap(api.GET("/api/v1/escalations", { params: { query: { limit: 100 } } })),
    enabled,
    select: (page) => page.items.find((item) => item.session.id === sessionId)?.briefing ?? null,
  });
}
