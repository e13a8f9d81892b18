import { Link } from "react-router";

import { SessionStatusBadge } from "@/components/SessionStatusBadge";
import { buttonClasses, Card, CardHeader, EmptyState, ErrorState, SkeletonList } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

import { useOpenSessions, useRecentSessions, type SessionSummary } from "./api";

function sessionContext(session: SessionSummary): string {
  return [session.ticket_id && `Ticket ${session.ticket_id}`, session.client_name, session.target].filter(Boolean).join(" · ");
}

/** My active and paused sessions, each with a way back into the runner. */
export function OpenSessions() {
  const sessions = useOpenSessions();
  let content;
  if (sessions.isPending) content = <SkeletonList lines={2} label="Loading your open sessions" />;
  else if (sessions.isError) content = <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />;
  else if (sessions.data.items.length === 0) {
    content = (
      <EmptyState
        title="No open sessions"
        description="Start one from a flow in the library."
        action={
          <Link to="/library" className={buttonClasses("secondary", "sm")}>
            Open the library
          </Link>
        }
      />
    );
  } else {
    content = (
      <ul className="flex flex-col divide-y divide-border">
        {sessions.data.items.map((session) => (
          <li key={session.id} className="flex items-center justify-between gap-3 py-3 first:pt-0 last:pb-0">
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-medium text-fg">{session.flow.title}</span>
                <SessionStatusBadge status={session.status} />
              </p>
              <p className="truncate text-sm text-fg-muted">{sessionContext(session) || "No ticket"}</p>
              <p className="text-xs text-fg-muted">Last step {formatDateTime(session.last_event_at)}</p>
            </div>
            <Link
              to={`/sessions/${session.id}/run`}
              className={buttonClasses("primary", "sm")}
              aria-label={`Continue ${session.flow.title}${session.ticket_id ? ` (ticket ${session.ticket_id})` : ""}`}
            >
              Continue
            </Link>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Card>
      <CardHeader title="Open sessions" description="Active and paused, yours." />
      {content}
    </Card>
  );
}

/** My latest sessions, whatever became of them. */
export function RecentSessions() {
  const sessions = useRecentSessions();
  let content;
  if (sessions.isPending) content = <SkeletonList lines={3} label="Loading your recent sessions" />;
  else if (sessions.isError) content = <ErrorState error={sessions.error} onRetry={() => void sessions.refetch()} />;
  else if (sessions.data.items.length === 0) content = <EmptyState title="No sessions yet" description="Sessions you run show up here." />;
  else {
    content = (
      <ul className="flex flex-col divide-y divide-border">
        {sessions.data.items.map((session) => (
          <li key={session.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2.5 first:pt-0 last:pb-0">
            <div className="min-w-0">
              <Link to={`/sessions/${session.id}`} className="font-medium text-fg hover:text-accent-text hover:underline">
                {session.flow.title}
              </Link>
              <p className="truncate text-sm text-fg-muted">{sessionContext(session) || "No ticket"}</p>
            </div>
            <div className="flex items-center gap-3">
              <span className="text-xs text-fg-muted">{formatDateTime(session.started_at)}</span>
              <SessionStatusBadge status={session.status} />
            </div>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Card>
      <CardHeader
        title="Recent sessions"
        actions={
          <Link to="/sessions" className="text-sm text-accent-text hover:underline">
            All sessions
          </Link>
        }
      />
      {content}
    </Card>
  );
}
