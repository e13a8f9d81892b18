import { useState, type SubmitEvent } from "react";

import { ApiError, describeError } from "@/api/errors";
import { CopilotAnsweredBy } from "@/components/CopilotAnsweredBy";
import { CopilotProviderBadge } from "@/components/CopilotProviderBadge";
import { CopyButton } from "@/components/CopyButton";
import { Alert, Badge, Button, Card, CardHeader, Dialog, ErrorState, Field, SkeletonList, Textarea, toast } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

import { useGenerateSummary, useSaveSummary, useTicketSummary, type TicketSummary } from "./ticket-summary-api";

/** The API's limit (backend/app/copilot/schemas.py SummaryIn). */
const MAX_SUMMARY_CHARS = 20_000;

/**
 * FlowPilot's ticket summary of the session: generated from the log, edited before it goes to the
 * ticket, marked when edited and when the log grew since it was written.
 */
export function TicketSummaryCard({ sessionId, canEdit }: { sessionId: string; canEdit: boolean }) {
  const summary = useTicketSummary(sessionId);
  const generate = useGenerateSummary(sessionId);
  const [editing, setEditing] = useState(false);

  const body = () => {
    if (summary.isPending) return <SkeletonList lines={2} label="Loading the ticket summary" />;
    if (summary.isError) return <ErrorState error={summary.error} title="The ticket summary could not be loaded" onRetry={() => void summary.refetch()} />;
    if (summary.data === null) {
      return (
        <div className="flex flex-col items-start gap-2">
          <p className="text-sm text-fg-muted">No summary yet. FlowPilot writes one from the session's log.</p>
          {canEdit && (
            <Button busy={generate.isPending} onClick={() => { generate.mutate(); }}>
              Generate summary
            </Button>
          )}
        </div>
      );
    }
    if (editing) {
      return (
        <SummaryEditor
          sessionId={sessionId}
          summary={summary.data}
          onDone={() => {
            setEditing(false);
          }}
        />
      );
    }
    return (
      <SummaryView
        summary={summary.data}
        canEdit={canEdit}
        regenerating={generate.isPending}
        onEdit={() => {
          setEditing(true);
        }}
        onRegenerate={() => {
          generate.mutate();
        }}
      />
    );
  };

  return (
    <Card role="region" aria-label="Ticket summary">
      <CardHeader title="Ticket summary" description="Short and factual, for the ticket. Check it, edit it, then push it." />
      <div className="flex flex-col gap-3">
        {body()}
        {generate.isError && (
          <Alert tone="danger" title="No summary was generated">
            {describeError(generate.error).message}
          </Alert>
        )}
      </div>
    </Card>
  );
}

interface SummaryViewProps {
  summary: TicketSummary;
  canEdit: boolean;
  regenerating: boolean;
  onEdit: () => void;
  onRegenerate: () => void;
}

function SummaryView({ summary, canEdit, regenerating, onEdit, onRegenerate }: SummaryViewProps) {
  const [confirming, setConfirming] = useState(false);
  // Regenerating replaces the text, edits included: ask first when there are edits to lose.
  const regenerate = () => {
    if (summary.edited) setConfirming(true);
    else onRegenerate();
  };
  return (
    <>
      {(summary.edited || summary.stale) && (
        <p className="flex flex-wrap gap-2">
          {summary.edited && <Badge tone="accent">Edited</Badge>}
          {summary.stale && <Badge tone="warning">Stale: the log grew since</Badge>}
        </p>
      )}
      <p className="text-sm whitespace-pre-wrap text-fg">{summary.text}</p>
      {summary.route ? (
        <CopilotAnsweredBy provider={summary.route} />
      ) : (
        <p className="flex flex-wrap items-center gap-2 text-xs text-fg-muted">
          <CopilotProviderBadge provider={summary.provider} model={summary.provider === "offline" ? undefined : summary.model} />
          <span>
            {summary.edited ? "Edited" : "Written"} {formatDateTime(summary.updated_at)}
          </span>
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {canEdit && (
          <>
            <Button variant="secondary" size="sm" onClick={onEdit}>
              Edit
            </Button>
            <Button variant={summary.stale ? "primary" : "secondary"} size="sm" busy={regenerating} onClick={regenerate}>
              Regenerate
            </Button>
          </>
        )}
        <CopyButton text={summary.text} what="the ticket summary" />
      </div>
      <Dialog
        open={confirming}
        onClose={() => {
          setConfirming(false);
        }}
        title="Regenerate the summary?"
        actions={
          <>
            <Button variant="secondary" onClick={() => { setConfirming(false); }}>
              Keep my edits
            </Button>
            <Button
              onClick={() => {
                setConfirming(false);
                onRegenerate();
              }}
            >
              Regenerate
            </Button>
          </>
        }
      >
        FlowPilot writes a new summary from the log as it is now; your edits are replaced.
      </Dialog>
    </>
  );
}

function SummaryEditor({ sessionId, summary, onDone }: { sessionId: string; summary: TicketSummary; onDone: () => void }) {
  const save = useSaveSummary(sessionId);
  const [text, setText] = useState(summary.text);
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) {
      setProblem("Write the summary, or cancel.");
      return;
    }
    if (trimmed.length > MAX_SUMMARY_CHARS) {
      setProblem(`At most ${MAX_SUMMARY_CHARS.toLocaleString()} characters.`);
      return;
    }
    setProblem(null);
    save.mutate(trimmed, {
      onSuccess: () => {
        toast.success("Ticket summary saved");
        onDone();
      },
    });
  };

  const serverProblem =
    save.error instanceof ApiError && save.error.status === 422 ? (save.error.fieldErrors.text ?? describeError(save.error).message) : null;
  return (
    <form className="flex flex-col gap-3" onSubmit={submit} noValidate>
      <Field label="Summary text" error={problem ?? serverProblem}>
        {(control) => (
          <Textarea
            {...control}
            rows={8}
            value={text}
            autoFocus
            onChange={(event) => {
              setText(event.target.value);
            }}
          />
        )}
      </Field>
      {save.isError && !serverProblem && (
        <Alert tone="danger" title="Not saved">
          {describeError(save.error).message}
        </Alert>
      )}
      <div className="flex gap-2">
        <Button type="submit" size="sm" busy={save.isPending}>
          Save
        </Button>
        <Button variant="secondary" size="sm" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
