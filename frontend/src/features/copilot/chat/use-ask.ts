import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";

import { useCopilotStream } from "@/lib/copilot-stream";

import { CHAT_PATH, chatKeys, type ChatAnswer, type ChatMessage, type Conversation } from "./api";

/** The question being answered, and its conversation (null until a new one has its id). */
export interface Turn {
  question: string;
  conversationId: string | null;
}

/** The question as shown until the server's copy is read (the server stores it before answering). */
function shownQuestion(question: string): ChatMessage {
  const now = new Date().toISOString();
  return { id: `asked-${now}`, role: "user", content: question, citations: [], provider: null, created_at: now };
}

/**
 * Asking the assistant: the question shows at once, the answer streams in, and both end up in
 * the conversation's cache; a new conversation gets its address as soon as the API names it.
 */
export function useAsk(conversationId: string | undefined) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const stream = useCopilotStream<ChatAnswer>();
  const [turn, setTurn] = useState<Turn | null>(null);

  const addMessage = (id: string, message: ChatMessage) => {
    queryClient.setQueryData<Conversation>(
      chatKeys.detail(id),
      (conversation) => conversation && { ...conversation, messages: [...conversation.messages, message] },
    );
  };
  const reread = (id: string | null) => {
    if (id) void queryClient.invalidateQueries({ queryKey: chatKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: chatKeys.list() });
  };

  const ask = (question: string, into: string | null = conversationId ?? null) => {
    let asked: Turn = { question, conversationId: into };
    setTurn(asked);
    if (into) addMessage(into, shownQuestion(question));
    stream.start(
      CHAT_PATH,
      { message: question, conversation_id: into },
      {
        onMeta: ({ conversation_id: id }) => {
          if (into !== null || !id) return;
          const now = new Date().toISOString();
          queryClient.setQueryData<Conversation>(chatKeys.detail(id), {
            id,
            title: question,
            created_at: now,
            updated_at: now,
            messages: [shownQuestion(question)],
          });
          asked = { question, conversationId: id };
          setTurn(asked);
          void navigate(`/assistant/${id}`, { replace: true });
          reread(null);
        },
        onResult: (answer) => {
          addMessage(answer.conversation_id, answer.message);
          // The stored question's id and the list's order are the server's.
          reread(answer.conversation_id);
        },
        onUnfinished: () => {
          reread(asked.conversationId);
        },
      },
    );
  };

  return {
    ask,
    /** The same question again, in the conversation it went to. */
    retry: () => {
      if (turn) ask(turn.question, turn.conversationId);
    },
    stop: stream.stop,
    turn,
    stream,
  };
}
