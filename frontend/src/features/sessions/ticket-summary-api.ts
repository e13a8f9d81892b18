import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { ApiError, unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";
import { sessionKeys } from "@/lib/sessions";

export type TicketSummary = Schema<"SummaryOut">;

/** Under the session's key: refreshing the session refreshes whether its summary is stale. */
export const ticketSummaryKeys = {
  detail: (sessionId: string) => [...sessionKeys.detail(sessionId), "copilot", "summary"] as const,
};

/** The session's ticket summary as generated or edited; null before one was generated. */
export function useTicketSummary(sessionId: string) {
  return useQuery({
    queryKey: ticketSummaryKeys.detail(sessionId),
    queryFn: async (): Promise<TicketSummary | null> => {
      try {
        return await unwrap(api.GET("/api/v1/sessions/{session_id}/copilot/summary", { params: { path: { session_id: sessionId } } }));
      } catch (error) {
        if (error instanceof ApiError && error.code === "summary_not_found") return null;
        throw error;
      }
    },
  });
}

/** The summary goes into the session's documentation: its previews follow. */
function useSummaryChanged(sessionId: string) {
  const queryClient = useQueryClient();
  return (summary: TicketSummary) => {
    queryClient.setQueryData(ticketSummaryKeys.detail(sessionId), summary);
    void queryClient.invalidateQueries({ queryKey: [...sessionKeys.detail(sessionId), "document"] });
  };
}

/** FlowPilot writes the summary from the log (again: it replaces the earlier one, edits included). */
export function useGenerateSummary(sessionId: string) {
  const changed = useSummaryChanged(sessionId);
  return useMutation({
    mutationFn: () =>
      unwrap(api.POST("/api/v1/sessions/{session_id}/copilot/summary", { params: { path: { session_id: sessionId } } })),
    onSuccess: changed,
  });
}

export function useSaveSummary(sessionId: string) {
  const changed = useSummaryChanged(sessionId);
  return useMutation({
    mutationFn: (text: string) =>
      unwrap(api.PUT("/api/v1/sessions/{session_id}/copilot/summary", { params: { path: { session_id: sessionId } }, body: { text } })),
    onSuccess: changed,
  });
}
