import { Link } from "react-router";

import { SessionStatusBadge } from "@/components/SessionStatusBadge";
import { formatDateTime, formatDuration } from "@/lib/format";

import type { SessionSummary } from "./api";

/** Sessions as rows: flow, ticket and client, engineer, status, start and duration. */
export function SessionTable({ sessions }: { sessions: SessionSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-border text-xs text-fg-muted uppercase">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">Flow</th>
            <th scope="col" className="px-4 py-3 font-medium">Ticket · client</th>
            <th scope="col" className="px-4 py-3 font-medium">Engineer</th>
            <th scope="col" className="px-4 py-3 font-medium">Status</th>
            <th scope="col" className="px-4 py-3 font-medium">Started</th>
            <th scope="col" className="px-4 py-3 font-medium">Duration</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {sessions.map((session) => (
            <tr key={session.id} className="hover:bg-surface-raised">
              <td className="max-w-72 px-4 py-3">
                <Link to={`/sessions/${session.id}`} className="font-medium text-fg hover:text-accent-text hover:underline">
                  {session.flow.title}
                </Link>
                {session.target && <p className="truncate text-xs text-fg-muted">{session.target}</p>}
              </td>
              <td className="px-4 py-3 text-fg">
                {[session.ticket_id && `#${session.ticket_id}`, session.client_name].filter(Boolean).join(" · ") || (
                  <span className="text-fg-muted">—</span>
                )}
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-fg">{session.owner_name}</td>
              <td className="px-4 py-3">
                <SessionStatusBadge status={session.status} />
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-fg">{formatDateTime(session.started_at)}</td>
              <td className="px-4 py-3 whitespace-nowrap text-fg-muted">
                {formatDuration(session.started_at, session.ended_at ?? session.last_event_at)}
                {!session.ended_at && " so far"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
