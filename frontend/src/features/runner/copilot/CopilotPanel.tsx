import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";

import { describeError } from "@/api/errors";
import { CopilotStatusNote } from "@/components/CopilotAnsweredBy";
import { Alert, Button, Card, CardHeader, Spinner } from "@/components/ui";
import { useCopilotStatus } from "@/lib/copilot";
import { useCopilotStream } from "@/lib/copilot-stream";
import type { SessionState } from "@/lib/sessions";

import { Kbd } from "../Kbd";
import type { SessionAppender } from "../use-appender";
import { useRunnerShortcuts } from "../use-shortcuts";
import { followCopilotEvent, suggestPath, useDecideSuggestion, type Decision, type Suggestion } from "./api";
import { SuggestionDetails } from "./SuggestionDetails";

interface CopilotPanelProps {
  session: SessionState;
  /** The owner, on an active session: the only one the API suggests to. */
  canWork: boolean;
  /** The runner's appender: an accepted step goes out like a clicked one (expected_seq, idempotency). */
  appender: SessionAppender;
  onEnd: (outcome: "resolved") => void;
}

/**
 * FlowPilot in the runner: asked (button or S) for the current step, it streams its rationale,
 * then shows the suggested answer or action with a confidence, alternatives and a loop warning,
 * to accept (the step is then taken) or dismiss. It does not ask by itself: every suggestion is
 * logged in the session and, with a model, spends the team's budget.
 */
export function CopilotPanel({ session, canWork, appender, onEnd }: CopilotPanelProps) {
  const node = session.current;
  const visit = session.path.at(-1)?.entered_seq ?? 0;
  return (
    <Card data-slot="copilot" aria-label="FlowPilot copilot" role="complementary" className="flex flex-col gap-3">
      <CardHeader title="FlowPilot" description="Suggests the next step from the team's past sessions." />
      {node && canWork ? (
        // A new step (or a new visit of one) starts afresh: a suggestion is for the step it was asked on.
        <StepSuggestion key={`${node.id}:${visit}`} session={session} appender={appender} onEnd={onEnd} />
      ) : (
        <p className="text-sm text-fg-muted">{unavailableReason(session, node !== null)}</p>
      )}
    </Card>
  );
}

function unavailableReason(session: SessionState, hasStep: boolean): string {
  if (!hasStep) return "The flow of this session was deleted: there is no next step to suggest.";
  if (session.status === "paused") return "Resume the session to ask FlowPilot.";
  if (session.status === "active") return "FlowPilot suggests steps to the engineer working the session.";
  return "The session is no longer active.";
}

interface StepSuggestionProps {
  session: SessionState;
  appender: SessionAppender;
  onEnd: (outcome: "resolved") => void;
}

function StepSuggestion({ session, appender, onEnd }: StepSuggestionProps) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const stream = useCopilotStream<Suggestion>();
  const decide = useDecideSuggestion(session.id);
  const status = useCopilotStatus();
  const [decided, setDecided] = useState<Decision | null>(null);
  const streaming = stream.status === "streaming";

  const ask = () => {
    setDecided(null);
    decide.reset();
    stream.start(suggestPath(session.id), undefined, {
      // The suggestion is logged: the runner's next append must know its seq.
      onResult: (suggestion) => followCopilotEvent(queryClient, session.id, suggestion.suggestion_seq),
    });
  };

  useRunnerShortcuts({ suggest: streaming ? undefined : ask }, true);

  // The accepted step goes through the runner's appender, as if its button had been pressed.
  const takeStep = (suggestion: Suggestion) => {
    const { action, node_id: nodeId, answer } = suggestion;
    if (action === "answer" && answer) appender.send({ type: "answered", node_id: nodeId, answer: answer.index });
    else if (action === "do_action") appender.send({ type: "action_done", node_id: nodeId, result: "done" });
    else if (action === "end_resolved") onEnd("resolved");
    else if (action === "escalate") void navigate(`/sessions/${session.id}?escalate=1`);
    // capture_input: the value is the engineer's to type.
  };

  const decideOn = (suggestion: Suggestion, decision: Decision) => {
    decide.mutate(
      { suggestionSeq: suggestion.suggestion_seq, decision },
      {
        onSuccess: () => {
          setDecided(decision);
          if (decision === "accepted") takeStep(suggestion);
        },
      },
    );
  };

  if (stream.status === "idle") {
    return (
      <div className="flex flex-col items-start gap-2">
        {status.data && <CopilotStatusNote status={status.data} />}
        <Button onClick={ask}>
          Suggest next step <Kbd>S</Kbd>
        </Button>
        <p className="text-xs text-fg-muted">A suggested answer or action for this step, with its reasons.</p>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      {stream.status === "done" && stream.result ? (
        <SuggestionDetails
          suggestion={stream.result}
          decided={decided}
          busy={decide.isPending ? (decide.variables.decision) : null}
          canAct={!appender.pending}
          onDecide={(decision) => {
            if (stream.result) decideOn(stream.result, decision);
          }}
        />
      ) : (
        <StreamedRationale text={stream.text} streaming={streaming} />
      )}
      {decide.isError && (
        <Alert tone="danger" title="The decision was not saved">
          {describeError(decide.error).message}
        </Alert>
      )}
      {stream.status === "failed" && (
        <Alert tone="danger" title="FlowPilot could not suggest a step">
          {describeError(stream.error).message}
        </Alert>
      )}
      {stream.status === "stopped" && <p className="text-xs text-fg-muted">Stopped. Nothing was suggested.</p>}
      <div className="flex flex-wrap items-center gap-2">
        {streaming ? (
          <Button variant="secondary" size="sm" onClick={stream.stop}>
            Stop
          </Button>
        ) : (
          (stream.status !== "done" || decided === "dismissed") && (
            <Button variant="secondary" size="sm" onClick={ask}>
              {stream.status === "failed" ? "Try again" : "Ask again"} <Kbd>S</Kbd>
            </Button>
          )
        )}
      </div>
    </div>
  );
}

/** The rationale as it arrives; announced once complete (aria-busy holds it back meanwhile). */
function StreamedRationale({ text, streaming }: { text: string; streaming: boolean }) {
  return (
    <div aria-live="polite" aria-busy={streaming} className="flex flex-col gap-2">
      {streaming && (
        <p className="flex items-center gap-2 text-xs text-fg-muted">
          <Spinner label="FlowPilot is thinking" /> Thinking…
        </p>
      )}
      {text && <p className="text-sm whitespace-pre-wrap text-fg">{text}</p>}
    </div>
  );
}
