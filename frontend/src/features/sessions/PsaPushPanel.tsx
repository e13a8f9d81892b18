import { useId, useState } from "react";

import { describeError } from "@/api/errors";
import { NoteTypeOptions } from "@/components/NoteTypeOptions";
import { Alert, Badge, Button, Card, CardHeader, ErrorState, Field, Select, SkeletonList } from "@/components/ui";
import { formatDateTime, formatTime } from "@/lib/format";
import { isNotConnected, NOTE_TYPE_LABELS, usePsaPushes, usePushToPsa, useTicketContext, type NoteType, type PsaPush } from "@/lib/psa";
import type { SessionState } from "@/lib/sessions";

const STATUS = {
  posted: { label: "Posted", tone: "success" },
  pending: { label: "Pending", tone: "warning" },
  failed: { label: "Failed", tone: "danger" },
} as const satisfies Record<PsaPush["status"], { label: string; tone: string }>;

/**
 * "Push to ConnectWise": the session's documentation as a note on its ticket, and every push so far.
 * Shown for sessions with a ticket when the team has a connection (or pushed before it was removed).
 */
export function PsaPushPanel({ session, canPush }: { session: Pick<SessionState, "id" | "ticket_id">; canPush: boolean }) {
  // Only team admins may read the connection; the ticket's answer says whether there is one.
  const ticket = useTicketContext(session.ticket_id);
  const pushes = usePsaPushes(session.id);
  const connected = !(ticket.isError && isNotConnected(ticket.error));
  if (!session.ticket_id || (!connected && !pushes.data?.length)) return null;

  return (
    <Card>
      <CardHeader
        title="Push to ConnectWise"
        description={`The documentation, redacted, as a note on ticket #${session.ticket_id.replace(/^#/, "")}. Pushing again after new steps adds an update; unchanged content is never posted twice.`}
      />
      {!connected && <p className="mb-3 text-sm text-fg-muted">The team's ConnectWise connection was removed: nothing can be pushed until it is set up again.</p>}
      {connected && canPush && <PushForm sessionId={session.id} />}
      {connected && !canPush && <p className="mb-3 text-sm text-fg-muted">Engineers and team admins can push the documentation.</p>}
      <div className="mt-4 border-t border-border pt-3">
        {pushes.isPending && <SkeletonList lines={2} label="Loading the pushes" />}
        {pushes.isError && <ErrorState error={pushes.error} onRetry={() => void pushes.refetch()} />}
        {pushes.data?.length === 0 && <p className="text-sm text-fg-muted">Not pushed yet.</p>}
        {pushes.data && pushes.data.length > 0 && (
          <ol aria-label="Pushes to ConnectWise" className="flex flex-col gap-3">
            {pushes.data.map((push) => (
              <PushItem key={push.id} push={push} />
            ))}
          </ol>
        )}
      </div>
    </Card>
  );
}

const TEAM_DEFAULT = "";

function PushForm({ sessionId }: { sessionId: string }) {
  const push = usePushToPsa(sessionId);
  const [noteType, setNoteType] = useState<NoteType | typeof TEAM_DEFAULT>(TEAM_DEFAULT);
  const [resolution, setResolution] = useState(false);
  const resolutionId = useId();

  return (
    <div className="flex flex-col gap-3">
      <Field label="Note type">
        {(control) => (
          <Select {...control} value={noteType} onChange={(event) => setNoteType(event.target.value as NoteType | typeof TEAM_DEFAULT)}>
            <option value={TEAM_DEFAULT}>The team's default</option>
            <NoteTypeOptions />
          </Select>
        )}
      </Field>
      <label htmlFor={resolutionId} className="flex items-start gap-2 text-sm text-fg">
        <input id={resolutionId} type="checkbox" className="mt-0.5 size-4 accent-accent" checked={resolution} onChange={(event) => setResolution(event.target.checked)} />
        Also mark it as the ticket's resolution
      </label>
      <Button
        className="self-start"
        busy={push.isPending}
        onClick={() => {
          push.mutate({ note_type: noteType || null, include_resolution: resolution });
        }}
      >
        Push to ConnectWise
      </Button>
      <div aria-live="polite">
        {push.isError && <Alert tone="danger" title="Not pushed">{describeError(push.error).message}</Alert>}
        {push.data && <PushOutcome push={push.data} />}
      </div>
    </div>
  );
}

function PushOutcome({ push }: { push: PsaPush }) {
  if (push.reused) {
    return (
      <Alert title="Already pushed">
        Nothing changed since {push.is_update ? `update ${push.number}` : "the first note"}
        {push.note_id !== null ? ` (note #${push.note_id})` : ""}: no new note was posted.
      </Alert>
    );
  }
  if (push.status === "posted") {
    return <Alert tone="success" title={`Posted as note #${push.note_id ?? "?"}`}>{push.is_update ? "An update to the earlier note." : "The ticket has the session's documentation."}</Alert>;
  }
  return <Alert title="Not through yet">ConnectWise did not confirm the note; it is retried in the background and never posted twice. The list below follows it.</Alert>;
}

function PushItem({ push }: { push: PsaPush }) {
  const status = STATUS[push.status];
  return (
    <li className="flex flex-col gap-1 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium text-fg">{push.is_update ? `Update ${push.number}` : "Note 1"}</span>
        <Badge tone={status.tone}>{status.label}</Badge>
        <span className="text-xs text-fg-muted">
          {NOTE_TYPE_LABELS[push.note_type]}
          {push.include_resolution && " · resolution"}
        </span>
      </p>
      {push.status === "posted" && (
        <p className="text-fg-muted">
          {push.ticket_url ? (
            <a href={push.ticket_url} target="_blank" rel="noreferrer" className="font-medium text-accent-text hover:underline">
              Note #{push.note_id} on ticket #{push.ticket_id}
            </a>
          ) : (
            <span className="text-fg">
              Note #{push.note_id} on ticket #{push.ticket_id}
            </span>
          )}
          {push.posted_at && ` · ${formatDateTime(push.posted_at)}`}
          {push.found_by_marker && " · found on the ticket after an unclear answer"}
        </p>
      )}
      {push.status === "pending" && (
        <p className="text-fg-muted">
          {push.attempts === 0 ? "Being posted" : `Attempt ${push.attempts} did not go through`}
          {push.next_attempt_at && `; next try at ${formatTime(push.next_attempt_at)}`}.
        </p>
      )}
      {push.last_error && push.status !== "posted" && <p className={push.status === "failed" ? "text-danger" : "text-fg-muted"}>{errorText(push.last_error)}</p>}
      {push.status === "failed" && <p className="text-xs text-fg-muted">Push again to retry: if the note did arrive, it is found, not posted twice.</p>}
    </li>
  );
}

/** `last_error` is `<code>: <message>`; people read the message. */
function errorText(lastError: string): string {
  const separator = lastError.indexOf(": ");
  return separator === -1 ? lastError : lastError.slice(separator + 2);
}
