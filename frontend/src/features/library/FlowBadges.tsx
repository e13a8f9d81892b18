import { Badge } from "@/components/ui";
import { FLOW_KIND_LABELS } from "@/lib/flows";

import type { FlowSummary } from "./api";

const STATUS = {
  published: { tone: "success", label: "Published" },
  draft: { tone: "warning", label: "Draft" },
  archived: { tone: "neutral", label: "Archived" },
} as const satisfies Record<FlowSummary["status"], { tone: string; label: string }>;

/** Kind, status and latest version of a flow, as small badges. */
export function FlowBadges({ flow }: { flow: Pick<FlowSummary, "kind" | "status" | "latest_version"> }) {
  const status = STATUS[flow.status];
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      <Badge tone="accent">{FLOW_KIND_LABELS[flow.kind]}</Badge>
      <Badge tone={status.tone}>{status.label}</Badge>
      <Badge>{flow.latest_version > 0 ? `Version ${flow.latest_version}` : "Not published"}</Badge>
    </span>
  );
}
