import { Badge } from "@/components/ui";

import { STEP_STATUS_LABELS, type StepStatus } from "./model";

const TONES = {
  open: "neutral",
  done: "success",
  failed: "danger",
  skipped: "warning",
  not_applicable: "neutral",
} as const satisfies Record<StepStatus, string>;

export function StepStatusBadge({ status }: { status: StepStatus }) {
  return <Badge tone={TONES[status]}>{STEP_STATUS_LABELS[status]}</Badge>;
}
