import { Link } from "react-router";

import { Alert, Button } from "@/components/ui";
import { STATUS_LABELS, type SessionState } from "@/lib/sessions";

import type { AppendProblem } from "./use-appender";

/** Why the session cannot be worked right now (paused, ended, someone else's), if so. */
export function SessionStateNotice({ session, isOwner }: { session: SessionState; isOwner: boolean }) {
  const details = (
    <Link to={`/sessions/${session.id}`} className="font-medium text-accent-text underline">
      Open the session's details
    </Link>
  );
  if (!isOwner) {
    return (
      <Alert tone="info" title={`${session.owner_name} is working this session`}>
        You can follow it here; only its owner can answer, add notes or end it. {details}
      </Alert>
    );
  }
  switch (session.status) {
    case "active":
      return null;
    case "paused":
      return (
        <Alert tone="info" title="Session paused">
          Resume it to continue with the step. Notes can still be added.
        </Alert>
      );
    case "escalated":
      return (
        <Alert tone="info" title="Escalated">
          The session waits for someone to take it over. {details}
        </Alert>
      );
    default:
      return (
        <Alert tone="info" title={`Session ${STATUS_LABELS[session.status].toLowerCase()}`}>
          It has ended; you can still add late notes. {details}
        </Alert>
      );
  }
}

/** What went wrong with the last step sent (an input's own refusal shows at its field). */
export function AppendProblemNotice({ problem, onDismiss }: { problem: AppendProblem | null; onDismiss: () => void }) {
  if (!problem || (problem.kind === "refused" && problem.code === "invalid_input_value")) return null;
  switch (problem.kind) {
    case "conflict":
      return (
        <Alert tone="warning" title="Someone else changed this session">
          <p>{problem.message}</p>
          <Button variant="ghost" size="sm" className="mt-2" onClick={onDismiss}>
            Got it
          </Button>
        </Alert>
      );
    case "unreachable":
      return (
        <Alert tone="danger" title="Not saved yet">
          <p>{problem.message}</p>
          <Button variant="secondary" size="sm" className="mt-2" onClick={problem.retry}>
            Try again
          </Button>
        </Alert>
      );
    case "refused":
      return (
        <Alert tone="danger" title="The step was not accepted">
          <p>{problem.message}</p>
          <Button variant="ghost" size="sm" className="mt-2" onClick={onDismiss}>
            Dismiss
          </Button>
        </Alert>
      );
  }
}
