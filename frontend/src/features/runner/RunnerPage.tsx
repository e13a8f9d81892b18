import { useRef } from "react";
import { useParams } from "react-router";

import { Alert, ErrorState, PageHeader, Skeleton, SkeletonList } from "@/components/ui";
import { isOpen, useSession, useSessionEvents, type SessionState } from "@/lib/sessions";
import { useSessionStore } from "@/session/store";

import type { EventIn } from "./api";
import { ChecklistRunner } from "./checklist";
import { CopilotPanel } from "./copilot/CopilotPanel";
import { CurrentStepCard } from "./CurrentStepCard";
import { useDraftStore, useSessionDrafts } from "./drafts";
import { EndSessionDialog } from "./EndSessionDialog";
import { Kbd } from "./Kbd";
import { NotesComposer } from "./NotesComposer";
import { PathBreadcrumb } from "./PathBreadcrumb";
import { RunnerHeader } from "./RunnerHeader";
import { AppendProblemNotice, SessionStateNotice } from "./RunnerNotices";
import { TicketContextCard } from "./TicketContextCard";
import { TicketNotePreview } from "./TicketNotePreview";
import { useSessionAppender } from "./use-appender";
import { useEndSession } from "./use-end-session";
import { useRunnerShortcuts } from "./use-shortcuts";

/** The session runner: the screen engineers work a session in. State always comes from the API
 *  (a reload continues where it was); typed text lives in the session's drafts. */
export function RunnerPage() {
  const { sessionId = "" } = useParams();
  const session = useSession(sessionId);

  if (session.isPending) {
    return (
      <div className="flex flex-col gap-4" aria-busy="true">
        <Skeleton className="h-8 w-80" />
        <SkeletonList lines={5} label="Loading the session" />
      </div>
    );
  }
  if (session.isError) {
    return (
      <>
        <PageHeader title="Session" />
        <ErrorState error={session.error} title="This session could not be opened" onRetry={() => void session.refetch()} />
      </>
    );
  }
  // Checklist sessions (procedural and maintenance flows) get a view of their own.
  return session.data.mode === "checklist" ? <ChecklistRunner session={session.data} /> : <PathRunner session={session.data} />;
}

/** A troubleshooting session: one step at a time along a path. */
function PathRunner({ session }: { session: SessionState }) {
  const user = useSessionStore((state) => state.user);
  const appender = useSessionAppender(session.id);
  const events = useSessionEvents(session.id);
  const drafts = useSessionDrafts(session.id);
  const setInput = useDraftStore((state) => state.setInput);
  const clearInput = useDraftStore((state) => state.clearInput);
  const forgetDrafts = useDraftStore((state) => state.forget);
  const notesRef = useRef<HTMLTextAreaElement>(null);
  const { endingAs, setEndingAs, end } = useEndSession(session.id, appender, "Session", () => {
    forgetDrafts(session.id);
  });

  const isOwner = user?.id === session.owner_id;
  const canWork = isOwner && session.status === "active";
  const canGoBack = session.path.length > 1;
  const node = session.current;
  const visit = session.path.at(-1)?.entered_seq ?? 0;

  const sendStep = (event: EventIn) => {
    appender.send(event, () => {
      if (event.type === "input_captured") clearInput(session.id, event.node_id);
    });
  };


  useRunnerShortcuts(
    {
      answer:
        canWork && node?.kind === "question"
          ? (position) => {
              const answer = node.answers[position];
              if (answer) sendStep({ type: "answered", node_id: node.id, answer: answer.index });
            }
          : undefined,
      done: canWork && node?.kind === "action" ? () => { sendStep({ type: "action_done", node_id: node.id, result: "done" }); } : undefined,
      back: canWork && canGoBack ? () => { sendStep({ type: "went_back" }); } : undefined,
      focusNotes: () => notesRef.current?.focus(),
    },
    isOwner,
  );

  return (
    <div className="flex flex-col gap-4">
      <RunnerHeader
        session={session}
        canControl={isOwner && isOpen(session.status)}
        sending={appender.sending}
        onSend={sendStep}
        onEnd={() => {
          setEndingAs(node?.kind === "resolution" ? "resolved" : "unresolved");
        }}
      />
      <PathBreadcrumb path={session.path} events={events.data ?? []} />
      <SessionStateNotice session={session} isOwner={isOwner} />
      <AppendProblemNotice problem={endingAs ? null : appender.problem} onDismiss={appender.dismissProblem} />

      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex min-w-0 flex-col gap-4">
          {node ? (
            <CurrentStepCard
              sessionId={session.id}
              node={node}
              visit={visit}
              canWork={canWork}
              canGoBack={canGoBack}
              sending={appender.sending}
              problem={appender.problem}
              inputDraft={drafts.inputs[node.id] ?? ""}
              onInputDraftChange={(value) => {
                setInput(session.id, node.id, value);
              }}
              onSend={sendStep}
              onEnd={setEndingAs}
            />
          ) : (
            <Alert tone="warning" title="The flow was deleted">
              The steps of this session are gone; its log is kept. You can still add notes and end it.
            </Alert>
          )}
          {isOwner && (
            <NotesComposer
              sessionId={session.id}
              notesRef={notesRef}
              canPasteOutput={canWork}
              late={!isOpen(session.status)}
              sending={appender.sending}
              onSend={appender.send}
            />
          )}
          {isOwner && <ShortcutLegend />}
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <TicketContextCard session={session} />
          <CopilotPanel session={session} canWork={canWork} appender={appender} onEnd={setEndingAs} />
          <TicketNotePreview sessionId={session.id} />
        </div>
      </div>

      {endingAs && (
        <EndSessionDialog
          sessionId={session.id}
          open
          initialOutcome={endingAs}
          busy={appender.sending === "ended"}
          problem={appender.problem}
          onClose={() => {
            setEndingAs(null);
          }}
          onEnd={end}
        />
      )}
    </div>
  );
}

function ShortcutLegend() {
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-fg-muted">
      <span>
        <Kbd>1</Kbd>–<Kbd>9</Kbd> answer
      </span>
      <span>
        <Kbd>Enter</Kbd> done
      </span>
      <span>
        <Kbd>B</Kbd> back
      </span>
      <span>
        <Kbd>N</Kbd> note
      </span>
      <span>
        <Kbd>S</Kbd> suggest
      </span>
      <span>
        <Kbd>Esc</Kbd> leave a field (keys do nothing while you type)
      </span>
    </p>
  );
}
