import { useEffect, useRef } from "react";
import { Link, useParams } from "react-router";

import { buttonClasses, EmptyState, ErrorState, PageHeader, SkeletonList } from "@/components/ui";

import { useConversation } from "./api";
import { ChatComposer } from "./ChatComposer";
import { ChatThread, type PendingAnswer } from "./ChatThread";
import { ConversationList } from "./ConversationList";
import { useAsk } from "./use-ask";

const SCROLL_MARGIN_PX = 16;

/**
 * The assistant: questions answered from the team's flows, library steps and resolved sessions,
 * every source cited with a link, "I don't know" when nothing matches. Conversations are the
 * signed-in user's own.
 */
export function AssistantPage() {
  const { conversationId } = useParams();
  const asking = useAsk(conversationId);
  return (
    <>
      <PageHeader
        title="Assistant"
        description="Answers from your team's flows, library steps and resolved sessions, with the sources it used."
        actions={
          <Link to="/assistant" className={buttonClasses("secondary")}>
            New conversation
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <ConversationList activeId={conversationId} />
        <ConversationPane conversationId={conversationId} asking={asking} />
      </div>
    </>
  );
}

function ConversationPane({ conversationId, asking }: { conversationId: string | undefined; asking: ReturnType<typeof useAsk> }) {
  const conversation = useConversation(conversationId);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const { stream, turn } = asking;
  const here = turn !== null && turn.conversationId === (conversationId ?? null);
  const messages = conversation.data?.messages ?? [];
  const pending: PendingAnswer | null =
    here && stream.status !== "idle" && stream.status !== "done"
      ? // A new conversation's question is in no conversation until the API names it.
        { question: conversationId ? null : turn.question, text: stream.text, status: stream.status, error: stream.error }
      : null;
  const answeredBy = here && stream.status === "done" ? (stream.result?.provider ?? null) : null;

  // The latest question at the top of the view: its answer reads downwards from it as it streams.
  const shownQuestions = messages.length + (pending?.question ? 1 : 0);
  useEffect(() => {
    const scroller = scrollerRef.current;
    const questions = scroller?.querySelectorAll<HTMLElement>("[data-question]");
    const latest = questions?.[questions.length - 1];
    if (scroller && latest) scroller.scrollTop = latest.offsetTop - SCROLL_MARGIN_PX;
  }, [shownQuestions]);

  const thread = () => {
    if (conversationId && conversation.isPending) return <SkeletonList lines={3} label="Loading the conversation" />;
    if (conversationId && conversation.isError) {
      return <ErrorState error={conversation.error} title="This conversation could not be opened" onRetry={() => void conversation.refetch()} />;
    }
    if (messages.length === 0 && !pending) {
      return (
        <EmptyState
          title="Ask about a problem"
          description="The assistant searches your team's flows, library steps and resolved sessions, links every source it used, and says so when it finds nothing."
        />
      );
    }
    return <ChatThread messages={messages} pending={pending} answeredBy={answeredBy} onRetry={asking.retry} />;
  };

  return (
    <section aria-label={conversation.data?.title ?? "New conversation"} className="flex min-w-0 flex-col gap-4">
      <div ref={scrollerRef} className="relative max-h-[calc(100vh-22rem)] min-h-48 overflow-y-auto rounded-lg border border-border bg-canvas p-4">
        {thread()}
      </div>
      <ChatComposer
        streaming={stream.status === "streaming"}
        onSend={(question) => {
          asking.ask(question);
        }}
        onStop={asking.stop}
      />
    </section>
  );
}
