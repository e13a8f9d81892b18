import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";

import { fetchSession, sessionKeys, type SessionEvent } from "@/lib/sessions";

import type { EventIn } from "../api";

/** Several engineers work one checklist: how often an open one is read again. */
export const POLL_MS = 5000;

export type StepEventIn = Extract<EventIn, { node_id: string }>;
export type StepResult = Extract<EventIn, { type: "step_completed" }>["result"];

/**
 * Reads the session again every few seconds while `live` (the tab visible), so that what others do
 * appears; when its log has moved on, the log and the ticket note are read again too.
 */
export function useLiveChecklist(sessionId: string, lastSeq: number, live: boolean) {
  const queryClient = useQueryClient();
  useQuery({
    queryKey: sessionKeys.detail(sessionId),
    queryFn: () => fetchSession(sessionId),
    refetchInterval: live ? POLL_MS : false,
  });

  useEffect(() => {
    const events = sessionKeys.events(sessionId);
    const seen = queryClient.getQueryData<SessionEvent[]>(events)?.at(-1)?.seq ?? 0;
    // Our own appends refresh them already (useAppendEvent).
    if (seen >= lastSeq || queryClient.isFetching({ queryKey: events }) > 0) return;
    void queryClient.invalidateQueries({ queryKey: events });
    void queryClient.invalidateQueries({ queryKey: [...sessionKeys.detail(sessionId), "document"] });
  }, [queryClient, sessionId, lastSeq]);
}
