import { useId, useState } from "react";

import { describeError } from "@/api/errors";
import { Badge, Button, Card, SkeletonList } from "@/components/ui";
import { formatDateTime, formatTime } from "@/lib/format";
import { isNotConnected, isUnknownTicket, useTicketContext, type TicketContext } from "@/lib/psa";
import type { SessionState } from "@/lib/sessions";

type TicketNote = TicketContext["notes"][number];

/** The session's PSA ticket as ConnectWise has it now (redacted), beside the runner's steps. */
export function TicketContextCard({ session }: { session: Pick<SessionState, "ticket_id" | "ticket_verified"> }) {
  const ticket = useTicketContext(session.ticket_id);
  const titleId = useId();
  if (!session.ticket_id) return null;

  return (
    <Card role="region" aria-labelledby={titleId}>
      <div className="mb-3 flex items-start justify-between gap-3">
        <h2 id={titleId} className="text-base font-semibold text-fg">
          Ticket #{session.ticket_id.replace(/^#/, "")}
        </h2>
        {ticket.data?.url && (
          <a href={ticket.data.url} target="_blank" rel="noreferrer" className="shrink-0 text-sm font-medium text-accent-text underline-offset-2 hover:underline">
            Open in ConnectWise
          </a>
        )}
      </div>
      {session.ticket_verified === false && (
        <p className="mb-3 flex flex-col items-start gap-1 text-xs text-fg-muted">
          <Badge tone="warning">Unverified</Badge>
          ConnectWise could not be reached when the session started, so this ticket id was not checked.
        </p>
      )}
      {ticket.isPending && <SkeletonList lines={3} label="Loading the ticket" />}
      {ticket.isError && <TicketProblem error={ticket.error} ticketId={session.ticket_id} retrying={ticket.isFetching} onRetry={() => void ticket.refetch()} />}
      {ticket.data && <TicketDetails ticket={ticket.data} />}
    </Card>
  );
}

interface TicketProblemProps {
  error: unknown;
  ticketId: string;
  retrying: boolean;
  onRetry: () => void;
}

/** Not an alert: the card loads by itself, and the session goes on without it. */
function TicketProblem({ error, ticketId, retrying, onRetry }: TicketProblemProps) {
  if (isNotConnected(error)) {
    return <p className="text-sm text-fg-muted">The ticket's details show here once a team admin connects ConnectWise.</p>;
  }
  if (isUnknownTicket(error)) {
    return (
      <p className="text-sm text-fg">
        {describeError(error).message} It may have been deleted or merged; the session keeps the id {ticketId}.
      </p>
    );
  }
  return (
    <div className="flex flex-col items-start gap-2 text-sm">
      <p className="font-medium text-fg">ConnectWise could not be reached</p>
      <p className="text-fg-muted">{describeError(error).message}</p>
      {/* Named apart from the runner's own "Try again" (a step that was not saved). */}
      <Button variant="secondary" size="sm" busy={retrying} onClick={onRetry}>
        Ask ConnectWise again
      </Button>
    </div>
  );
}

function TicketDetails({ ticket }: { ticket: TicketContext }) {
  const facts = [
    ["Company", ticket.company?.name],
    ["Contact", ticket.contact?.name],
    ["Board", ticket.board?.name],
    ["Status", ticket.status?.name],
    ["Priority", ticket.priority?.name],
  ].filter((fact): fact is [string, string] => Boolean(fact[1]));

  return (
    <div className="flex flex-col gap-3 text-sm">
      <p className="font-medium text-fg">{ticket.summary}</p>
      <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-fg-muted">{label}</dt>
            <dd className="break-words text-fg">{value}</dd>
          </div>
        ))}
      </dl>
      {ticket.initial_description && (
        <div>
          <h3 className="mb-1 text-xs font-semibold tracking-wide text-fg-muted uppercase">Initial description</h3>
          <p className="max-h-40 overflow-y-auto rounded-md bg-canvas p-2 whitespace-pre-wrap text-fg">{ticket.initial_description}</p>
        </div>
      )}
      <TicketNotes notes={ticket.notes} />
      <p className="text-xs text-fg-muted">
        As of {formatTime(ticket.fetched_at)}
        {ticket.redactions > 0 && ` · ${ticket.redactions} ${ticket.redactions === 1 ? "secret" : "secrets"} hidden`}
      </p>
    </div>
  );
}

/** The last notes, newest first, folded away until asked for. */
function TicketNotes({ notes }: { notes: TicketNote[] }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (notes.length === 0) return <p className="text-fg-muted">No notes on the ticket yet.</p>;
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        className="flex items-center gap-1 text-sm font-medium text-accent-text hover:underline"
      >
        <span aria-hidden="true">{open ? "▾" : "▸"}</span>
        {open ? "Hide" : "Show"} the last {notes.length === 1 ? "note" : `${notes.length} notes`}
      </button>
      {open && (
        <ol id={listId} aria-label="Ticket notes, newest first" className="mt-2 flex max-h-80 flex-col gap-2 overflow-y-auto">
          {notes.map((note) => (
            <li key={note.id} className="rounded-md bg-canvas p-2">
              <p className="mb-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-fg-muted">
                <span>{note.created_by ?? "Unknown"}</span>
                {note.created_at && <span>{formatDateTime(note.created_at)}</span>}
                <NoteFlags note={note} />
              </p>
              <p className="whitespace-pre-wrap text-fg">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function NoteFlags({ note }: { note: TicketNote }) {
  return (
    <>
      {note.internal && <Badge>Internal</Badge>}
      {note.detail && <Badge>Detail</Badge>}
      {note.resolution && <Badge tone="success">Resolution</Badge>}
    </>
  );
}
