import { useState, type SubmitEvent } from "react";

import { Alert, Button, Dialog, Field, Textarea } from "@/components/ui";

import type { EventIn } from "./api";
import { useDraftStore, useSessionDrafts } from "./drafts";
import type { AppendProblem } from "./use-appender";

export type Outcome = Extract<EventIn, { type: "ended" }>["outcome"];

const OUTCOMES: { outcome: Outcome; label: string; hint: string }[] = [
  { outcome: "resolved", label: "Resolved", hint: "The problem is fixed." },
  { outcome: "unresolved", label: "Unresolved", hint: "Not fixed; the summary says what is next." },
  { outcome: "abandoned", label: "Abandoned", hint: "Stopped: duplicate ticket, user gone, …" },
];

interface EndSessionDialogProps {
  sessionId: string;
  open: boolean;
  initialOutcome: Outcome;
  busy: boolean;
  problem: AppendProblem | null;
  onClose: () => void;
  onEnd: (outcome: Outcome, summary: string) => void;
}

/** Ends the session with an outcome and a resolution summary (kept as a draft until sent). */
export function EndSessionDialog({ sessionId, open, initialOutcome, busy, problem, onClose, onEnd }: EndSessionDialogProps) {
  const { summary } = useSessionDrafts(sessionId);
  const setText = useDraftStore((state) => state.setText);
  const [outcome, setOutcome] = useState<Outcome>(initialOutcome);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (!summary.trim()) {
      setError("Write a short summary: what was wrong and what fixed it (or what is next).");
      return;
    }
    onEnd(outcome, summary.trim());
  };

  return (
    <Dialog open={open} onClose={onClose} title="End the session">
      <form id="end-session" onSubmit={submit} className="flex flex-col gap-4">
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">Outcome</legend>
          {OUTCOMES.map((option) => (
            <label key={option.outcome} className="flex cursor-pointer items-start gap-2">
              <input
                type="radio"
                name="outcome"
                value={option.outcome}
                checked={outcome === option.outcome}
                onChange={() => {
                  setOutcome(option.outcome);
                }}
                className="mt-1 accent-accent"
              />
              <span>
                <span className="font-medium">{option.label}</span>
                <span className="block text-xs text-fg-muted">{option.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <Field label="Summary" hint="Markdown; goes into the ticket note." error={error}>
          {(control) => (
            <Textarea
              {...control}
              value={summary}
              onChange={(event) => {
                setError(null);
                setText(sessionId, "summary", event.target.value);
              }}
            />
          )}
        </Field>
        {problem && problem.kind !== "refused" && <Alert tone="warning">{problem.message}</Alert>}
        {problem?.kind === "refused" && <Alert tone="danger">{problem.message}</Alert>}
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" busy={busy}>
            End session
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
