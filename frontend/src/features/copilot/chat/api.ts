import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";

export type Conversation = Schema<"ConversationOut">;
export type ConversationSummary = Schema<"ConversationSummaryOut">;
export type ChatMessage = Schema<"MessageOut">;

/**
 * The stream's `answer` event (backend/app/copilot/schemas.py ChatAnswerOut; a stream's events
 * are not in the OpenAPI document). `known` is false when the team's knowledge had nothing on it.
 */
export interface ChatAnswer {
  conversation_id: string;
  message: ChatMessage;
  known: boolean;
  provider: Schema<"ProviderOut">;
}

export const CHAT_PATH = "/api/v1/copilot/chat";
/** The API's limit on a question (backend/app/copilot/schemas.py Message). */
export const MAX_QUESTION_CHARS = 4000;

export const chatKeys = {
  all: ["copilot", "conversations"] as const,
  list: () => ["copilot", "conversations", "list"] as const,
  detail: (conversationId: string) => ["copilot", "conversations", conversationId] as const,
};

/** My conversations, latest first (the API's maximum: 100). */
export function useConversations() {
  return useQuery({
    queryKey: chatKeys.list(),
    queryFn: () => unwrap(api.GET("/api/v1/copilot/conversations", { params: { query: { limit: 100 } } })),
  });
}

export function useConversation(conversationId: string | undefined) {
  return useQuery({
    queryKey: chatKeys.detail(conversationId ?? ""),
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/copilot/conversations/{conversation_id}", {
          params: { path: { conversation_id: conversationId ?? "" } },
        }),
      ),
    enabled: conversationId !== undefined,
  });
}

export function useDeleteConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (conversationId: string) =>
      unwrap(
        api.DELETE("/api/v1/copilot/conversations/{conversation_id}", {
          params: { path: { conversation_id: conversationId } },
        }),
      ),
    onSuccess: (_, conversationId) => {
      queryClient.removeQueries({ queryKey: chatKeys.detail(conversationId) });
      void queryClient.invalidateQueries({ queryKey: chatKeys.list() });
    },
  });
}
