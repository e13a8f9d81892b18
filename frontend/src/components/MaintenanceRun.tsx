/** How a maintenance run reads wherever it is listed: its state, its deadline, its progress. */
import { Badge, cx, ProgressBar } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { RUN_STATE_LABELS, runState, type RunSummary } from "@/lib/maintenance";

const TONES = { open: "accent", overdue: "danger", completed: "success" } as const;

/** Open, Overdue or Completed. */
export function RunStatusBadge({ run }: { run: Pick<RunSummary, "status" | "overdue"> }) {
  const state = runState(run);
  return <Badge tone={TONES[state]}>{RUN_STATE_LABELS[state]}</Badge>;
}

/** "Deadline …", or "Overdue since …" in the danger colour (words, not colour alone). */
export function RunDeadline({ run }: { run: Pick<RunSummary, "overdue" | "deadline_at"> }) {
  return (
    <span className={cx("block text-xs", run.overdue ? "font-medium text-danger" : "text-fg-muted")}>
      {run.overdue ? "Overdue since" : "Deadline"} {formatDateTime(run.deadline_at)}
    </span>
  );
}

/** The share of closed steps as a bar and a number; red while overdue. */
export function RunProgress({ run, label }: { run: Pick<RunSummary, "overdue" | "progress">; label: string }) {
  return (
    <span className="flex items-center gap-2">
      <ProgressBar percent={run.progress.percent} label={label} tone={run.overdue ? "danger" : "accent"} className="max-w-40" />
      <span className="w-12 text-right text-sm whitespace-nowrap tabular-nums text-fg">{run.progress.percent} %</span>
    </span>
  );
}
