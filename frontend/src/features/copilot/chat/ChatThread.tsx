import { useMemo, type MouseEvent, type ReactNode } from "react";
import { useNavigate } from "react-router";

import type { Schema } from "@/api/types";
import { describeError } from "@/api/errors";
import { CitationList } from "@/components/CitationList";
import { CopilotAnsweredBy } from "@/components/CopilotAnsweredBy";
import { CopilotProviderBadge } from "@/components/CopilotProviderBadge";
import { Markdown } from "@/components/Markdown";
import { Alert, Badge, Button, Spinner } from "@/components/ui";
import type { StreamStatus } from "@/lib/copilot-stream";

import type { ChatMessage } from "./api";
import { linkCitations } from "./cited-markdown";

/** An answer not finished yet: streaming, stopped or failed. */
export interface PendingAnswer {
  /** The question, when it is not in the conversation yet (a new one). */
  question: string | null;
  text: string;
  status: StreamStatus;
  error: unknown;
}

interface ChatThreadProps {
  messages: ChatMessage[];
  pending: PendingAnswer | null;
  /** Who wrote the answer just received (model and tier, or offline and why). */
  answeredBy: Schema<"ProviderOut"> | null;
  onRetry: () => void;
}

/** The conversation: questions, answers with their sources, and the answer on its way. */
export function ChatThread({ messages, pending, answeredBy, onRetry }: ChatThreadProps) {
  return (
    <div className="flex flex-col gap-3">
      <ol aria-label="Messages" className="flex flex-col gap-4">
        {messages.map((message) => (
          <li key={message.id}>
            {message.role === "user" ? <Question text={message.content} /> : <Answer message={message} />}
          </li>
        ))}
        {pending?.question && (
          <li>
            <Question text={pending.question} />
          </li>
        )}
        {pending && (
          <li>
            <UnfinishedAnswer pending={pending} onRetry={onRetry} />
          </li>
        )}
      </ol>
      {answeredBy && <CopilotAnsweredBy provider={answeredBy} />}
    </div>
  );
}

function Question({ text }: { text: string }) {
  return (
    <div data-question className="ml-auto w-fit max-w-[85%] rounded-lg bg-accent-soft px-4 py-2 text-sm whitespace-pre-wrap text-fg">
      <span className="sr-only">You asked: </span>
      {text}
    </div>
  );
}

function AnswerFrame({ badges, children }: { badges?: ReactNode; children: ReactNode }) {
  return (
    <div className="rounded-lg border border-border bg-surface px-4 py-3">
      <p className="mb-2 flex flex-wrap items-center gap-2 text-xs font-medium text-fg-muted">
        FlowPilot {badges}
      </p>
      {children}
    </div>
  );
}

/** A stored answer. Without sources it is the assistant saying that the team's knowledge has nothing on it. */
function Answer({ message }: { message: ChatMessage }) {
  const known = message.citations.length > 0;
  return (
    <AnswerFrame
      badges={
        <>
          {message.provider === "offline" && <CopilotProviderBadge provider="offline" />}
          {!known && <Badge tone="warning">Not in the team's knowledge</Badge>}
        </>
      }
    >
      <CitedMarkdown source={message.content} citations={message.citations} />
      {known && (
        <div className="mt-3 border-t border-border pt-3">
          <h3 className="mb-1 text-xs font-semibold text-fg">Sources</h3>
          <CitationList citations={message.citations} />
        </div>
      )}
    </AnswerFrame>
  );
}

function UnfinishedAnswer({ pending, onRetry }: { pending: PendingAnswer; onRetry: () => void }) {
  const streaming = pending.status === "streaming";
  return (
    <AnswerFrame badges={streaming && <Spinner label="Answering" />}>
      <div aria-live="polite" aria-busy={streaming}>
        {pending.text ? <Markdown source={pending.text} /> : streaming && <p className="text-sm text-fg-muted">Looking through the team's knowledge…</p>}
      </div>
      {pending.status === "stopped" && <p className="mt-2 text-xs text-fg-muted">Stopped: this answer was not saved.</p>}
      {pending.status === "failed" && (
        <div className="mt-2 flex flex-col items-start gap-2">
          <Alert tone="danger" title="No answer">
            {describeError(pending.error).message}
          </Alert>
          <Button variant="secondary" size="sm" onClick={onRetry}>
            Try again
          </Button>
        </div>
      )}
    </AnswerFrame>
  );
}

/** The answer's Markdown with its [n] linked to the sources; those links stay in the app. */
function CitedMarkdown({ source, citations }: { source: string; citations: ChatMessage["citations"] }) {
  const navigate = useNavigate();
  const linked = useMemo(() => linkCitations(source, citations), [source, citations]);
  const followInApp = (event: MouseEvent<HTMLDivElement>) => {
    const href = event.target instanceof Element ? event.target.closest("a")?.getAttribute("href") : null;
    if (!href?.startsWith("/") || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void navigate(href);
  };
  // Links inside the rendered Markdown are plain <a>s: a click on one is routed here instead of reloading the page.
  return (
    <div onClick={followInApp}>
      <Markdown source={linked} />
    </div>
  );
}
