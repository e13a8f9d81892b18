import { Link } from "react-router";

import { SessionStatusBadge } from "@/components/SessionStatusBadge";
import { Button, buttonClasses } from "@/components/ui";
import type { SessionState } from "@/lib/sessions";

import type { EventIn } from "./api";

interface RunnerHeaderProps {
  session: SessionState;
  /** The owner of an open session: pause, resume and end are theirs. */
  canControl: boolean;
  sending: EventIn["type"] | null;
  onSend: (event: EventIn) => void;
  onEnd: () => void;
}

/** The flow and the ticket being worked on, the status, and pause/resume/end. */
export function RunnerHeader({ session, canControl, sending, onSend, onEnd }: RunnerHeaderProps) {
  const context = [
    session.ticket_id && `Ticket #${session.ticket_id}`,
    session.client_name,
    session.target,
  ].filter(Boolean);
  return (
    <header className="flex flex-wrap items-start justify-between gap-4">
      <div className="min-w-0">
        <h1 className="flex flex-wrap items-center gap-2 text-xl font-semibold tracking-tight text-fg">
          <span className="truncate">{session.flow.title}</span>
          {session.flow.version !== null && <span className="text-sm font-normal text-fg-muted">v{session.flow.version}</span>}
          <SessionStatusBadge status={session.status} />
        </h1>
        <p className="mt-1 text-sm text-fg-muted">
          {context.length > 0 ? context.join(" · ") : "No ticket"} · {session.owner_name}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {canControl && session.status === "active" && (
          <Button variant="secondary" size="sm" busy={sending === "paused"} disabled={sending !== null} onClick={() => { onSend({ type: "paused" }); }}>
            Pause
          </Button>
        )}
        {canControl && session.status === "paused" && (
          <Button size="sm" busy={sending === "resumed"} disabled={sending !== null} onClick={() => { onSend({ type: "resumed" }); }}>
            Resume
          </Button>
        )}
        {canControl && (
          <Button variant="secondary" size="sm" disabled={sending !== null} onClick={onEnd}>
            End session…
          </Button>
        )}
        <Link to={`/sessions/${session.id}`} className={buttonClasses("ghost", "sm")}>
          Details
        </Link>
      </div>
    </header>
  );
}
