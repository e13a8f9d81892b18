import { Badge } from "@/components/ui";
import { STATUS_LABELS, type SessionStatus } from "@/lib/sessions";

const TONES = {
  active: "accent",
  paused: "warning",
  resolved: "success",
  escalated: "warning",
  unresolved: "danger",
  abandoned: "neutral",
} as const satisfies Record<SessionStatus, string>;

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  return <Badge tone={TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
