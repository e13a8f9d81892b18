import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";
import type { Citation } from "@/components/CitationList";
import { sessionKeys, type SessionState } from "@/lib/sessions";

export type Decision = Schema<"SuggestionDecisionIn">["decision"];

interface AnswerRef {
  /** What an `answered` event sends as `answer`. */
  index: number;
  label: string;
  target: string;
  target_title: string;
}

/**
 * The stream's `suggestion` event (backend/app/copilot/schemas.py SuggestionOut; a stream's
 * events are not in the OpenAPI document, so the type is written out here).
 */
export interface Suggestion {
  session_id: string;
  node_id: string;
  node_title: string;
  action: "answer" | "do_action" | "capture_input" | "end_resolved" | "escalate";
  /** For a question: the suggested answer (always one of the node's). */
  answer: AnswerRef | null;
  rationale: string;
  confidence: number;
  alternatives: { answer: AnswerRef; share: number | null; why: string }[];
  loop_warning: string | null;
  /** Past sessions of the team that reached this step. */
  history_sessions: number;
  sources: Citation[];
  /** The `copilot_suggested` event: accepting or dismissing refers to it. */
  suggestion_seq: number;
  last_seq: number;
  provider: Schema<"ProviderOut">;
}

export function suggestPath(sessionId: string): string {
  return `/api/v1/sessions/${sessionId}/copilot/suggest`;
}

/**
 * FlowPilot logged an event (a suggestion, a decision) with `seq`. The runner's appends send the
 * cached `last_seq`, so it has to follow: when nothing else was written in between, only the seq
 * moved (copilot events change nothing else); otherwise the session is read again.
 */
export async function followCopilotEvent(queryClient: QueryClient, sessionId: string, seq: number): Promise<void> {
  void queryClient.invalidateQueries({ queryKey: sessionKeys.events(sessionId) });
  const cached = queryClient.getQueryData<SessionState>(sessionKeys.detail(sessionId));
  if (cached?.last_seq === seq - 1) {
    queryClient.setQueryData<SessionState>(sessionKeys.detail(sessionId), { ...cached, last_seq: seq });
    return;
  }
  await queryClient.refetchQueries({ queryKey: sessionKeys.detail(sessionId), exact: true });
}

/** Accept or dismiss a suggestion (logged as `copilot_accepted`); resolves once the cache follows. */
export function useDecideSuggestion(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ suggestionSeq, decision }: { suggestionSeq: number; decision: Decision }) => {
      const out = await unwrap(
        api.POST("/api/v1/sessions/{session_id}/copilot/decision", {
          params: { path: { session_id: sessionId } },
          body: { suggestion_seq: suggestionSeq, decision },
        }),
      );
      await followCopilotEvent(queryClient, sessionId, out.seq);
      return out;
    },
  });
}
