import { Link } from "react-router";

import { Alert } from "@/components/ui";
import { STATUS_LABELS, type SessionState } from "@/lib/sessions";

/** Why steps cannot be worked right now (a viewer, paused, ended), if so. */
export function ChecklistNotice({ session, canWrite }: { session: SessionState; canWrite: boolean }) {
  if (!canWrite) {
    return (
      <Alert tone="info" title="You are following this checklist">
        Viewers see the steps as they are worked; engineers and admins work them.
      </Alert>
    );
  }
  switch (session.status) {
    case "active":
    case "escalated": // checklists are never escalated (the API refuses it)
      return null;
    case "paused":
      return (
        <Alert tone="info" title="Checklist paused">
          Resume it to complete steps. Steps can still be assigned and given notes.
        </Alert>
      );
    default:
      return (
        <Alert tone="info" title={`Checklist ${STATUS_LABELS[session.status].toLowerCase()}`}>
          It has ended; notes can still be added to its steps.{" "}
          <Link to={`/sessions/${session.id}`} className="font-medium text-accent-text underline">
            Open the session's details
          </Link>
        </Alert>
      );
  }
}
