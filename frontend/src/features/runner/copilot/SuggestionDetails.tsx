import { CitationList } from "@/components/CitationList";
import { CopilotAnsweredBy } from "@/components/CopilotAnsweredBy";
import { Alert, Button, ProgressBar } from "@/components/ui";

import type { Decision, Suggestion } from "./api";

interface SuggestionDetailsProps {
  suggestion: Suggestion;
  /** What the engineer decided, once it is logged. */
  decided: Decision | null;
  /** The decision being sent. */
  busy: Decision | null;
  /** False while the runner sends another step. */
  canAct: boolean;
  onDecide: (decision: Decision) => void;
}

/** FlowPilot's suggestion for the current step: what to do, how sure, why, and what else. */
export function SuggestionDetails({ suggestion, decided, busy, canAct, onDecide }: SuggestionDetailsProps) {
  return (
    <div className="flex flex-col gap-3">
      {suggestion.loop_warning && (
        <Alert tone="warning" title="Going in circles?">
          {suggestion.loop_warning}
        </Alert>
      )}
      <SuggestedStep suggestion={suggestion} />
      <ConfidenceMeter confidence={suggestion.confidence} />
      {decided ? (
        <p role="status" className="text-sm text-fg-muted">
          {decided === "accepted" ? acceptedNote(suggestion) : "Dismissed."}
        </p>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button size="sm" busy={busy === "accepted"} disabled={busy !== null || !canAct} onClick={() => { onDecide("accepted"); }}>
            {acceptLabel(suggestion)}
          </Button>
          <Button variant="secondary" size="sm" busy={busy === "dismissed"} disabled={busy !== null} onClick={() => { onDecide("dismissed"); }}>
            Dismiss
          </Button>
        </div>
      )}
      <p className="text-sm whitespace-pre-wrap text-fg">{suggestion.rationale}</p>
      <p className="text-xs text-fg-muted">
        {suggestion.history_sessions === 0
          ? "No past session of the team reached this step."
          : `From ${suggestion.history_sessions} past ${suggestion.history_sessions === 1 ? "session" : "sessions"} of the team at this step.`}
      </p>
      {suggestion.alternatives.length > 0 && <Alternatives alternatives={suggestion.alternatives} />}
      {suggestion.sources.length > 0 && (
        <section className="flex flex-col gap-1">
          <h3 className="text-xs font-semibold text-fg">Similar resolved sessions</h3>
          <CitationList citations={suggestion.sources} label="Similar resolved sessions" snippets={false} />
        </section>
      )}
      <CopilotAnsweredBy provider={suggestion.provider} />
    </div>
  );
}

const ACTION_TITLES: Record<Suggestion["action"], string> = {
  answer: "Answer",
  do_action: "Do this step and mark it done",
  capture_input: "Capture the value this step asks for",
  end_resolved: "End the session as resolved",
  escalate: "Escalate the session",
};

function SuggestedStep({ suggestion }: { suggestion: Suggestion }) {
  const { answer } = suggestion;
  return (
    <div className="rounded-md border border-accent bg-accent-soft px-3 py-2">
      <p className="text-xs font-medium tracking-wide text-fg-muted uppercase">Suggested</p>
      <p className="mt-0.5 font-semibold text-fg">
        {answer ? `${ACTION_TITLES.answer} “${answer.label}”` : ACTION_TITLES[suggestion.action]}
      </p>
      {answer && <p className="text-sm text-fg-muted">Next: {answer.target_title}</p>}
    </div>
  );
}

function ConfidenceMeter({ confidence }: { confidence: number }) {
  const percent = Math.round(confidence * 100);
  const label = confidence >= 0.7 ? "high" : confidence >= 0.4 ? "medium" : "low";
  return (
    <div className="flex items-center gap-3 text-xs text-fg-muted">
      <span className="shrink-0">Confidence</span>
      <ProgressBar percent={percent} label={`Confidence ${percent} %, ${label}`} tone={confidence >= 0.4 ? "accent" : "warning"} />
      <span className="shrink-0 font-medium text-fg">
        {percent} % <span className="font-normal text-fg-muted">{label}</span>
      </span>
    </div>
  );
}

function Alternatives({ alternatives }: { alternatives: Suggestion["alternatives"] }) {
  return (
    <section className="flex flex-col gap-1">
      <h3 className="text-xs font-semibold text-fg">Alternatives</h3>
      <ul className="flex flex-col gap-1 text-sm">
        {alternatives.map(({ answer, share, why }) => (
          <li key={answer.index}>
            <span className="font-medium text-fg">“{answer.label}”</span>
            <span className="text-fg-muted">
              {" "}
              → {answer.target_title}
              {share !== null && ` · ${Math.round(share * 100)} %`} · {why}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function acceptLabel(suggestion: Suggestion): string {
  switch (suggestion.action) {
    case "answer":
      return suggestion.answer ? `Accept: “${suggestion.answer.label}”` : "Accept";
    case "do_action":
      return "Accept: mark done";
    case "end_resolved":
      return "Accept: end as resolved…";
    case "escalate":
      return "Accept: escalate…";
    case "capture_input":
      return "Accept";
  }
}

function acceptedNote(suggestion: Suggestion): string {
  return suggestion.action === "capture_input" ? "Accepted: type the value into the step's field." : "Accepted.";
}
