import { useState } from "react";
import { useNavigate } from "react-router";

import { toast } from "@/components/ui";
import { STATUS_LABELS } from "@/lib/sessions";

import type { Outcome } from "./EndSessionDialog";
import type { SessionAppender } from "./use-appender";

/**
 * Ending a session from a runner: `endingAs` opens the end dialog with that outcome; `end` sends
 * the `ended` event, then forgets what was typed (`forget`), says so and opens the session's page.
 * `what` names the session in the toast ("Session", "Checklist").
 */
export function useEndSession(sessionId: string, appender: SessionAppender, what: string, forget: () => void) {
  const navigate = useNavigate();
  const [endingAs, setEndingAs] = useState<Outcome | null>(null);
  const end = (outcome: Outcome, summary: string) => {
    appender.send({ type: "ended", outcome, summary }, () => {
      forget();
      setEndingAs(null);
      toast.success(`${what} ${STATUS_LABELS[outcome].toLowerCase()}`, "The ticket note is ready to export.");
      void navigate(`/sessions/${sessionId}`);
    });
  };
  return { endingAs, setEndingAs, end };
}
