import type { ReactNode } from "react";
import { Link } from "react-router";

import { RunDeadline, RunProgress, RunStatusBadge } from "@/components/MaintenanceRun";
import { Card, cx } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

import type { Run } from "./api";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-fg-muted uppercase">{label}</dt>
      <dd className="mt-1 text-sm text-fg">{children}</dd>
    </div>
  );
}

/** Where the run stands: status, due and deadline, progress of steps and targets. */
export function RunSummaryCard({ run }: { run: Run }) {
  const { progress } = run;
  const applicable = progress.steps_closed + progress.steps_open;
  return (
    <Card className={cx("mb-6", run.overdue && "border-danger")}>
      <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-4">
        <Fact label="Status">
          <span className="flex flex-wrap items-center gap-2">
            <RunStatusBadge run={run} />
            <span className="text-fg-muted">{run.trigger === "manual" ? "Started by hand" : "Scheduled"}</span>
          </span>
        </Fact>
        <Fact label="Due">
          <span className="block">{formatDateTime(run.due_at)}</span>
          <RunDeadline run={run} />
        </Fact>
        <Fact label="Progress">
          <RunProgress run={run} label="Progress of the run" />
          <span className="mt-1 block text-xs text-fg-muted">
            {progress.steps_closed} of {applicable} steps closed{progress.steps_failed > 0 && `, ${progress.steps_failed} failed`}
          </span>
        </Fact>
        <Fact label="Targets">
          <span className="block">
            <span className="text-success">{progress.targets_done} done</span> ·{" "}
            <span className={cx(progress.targets_failed > 0 && "text-danger")}>{progress.targets_failed} failed</span> ·{" "}
            {progress.targets_open} open
          </span>
          <span className="block text-xs text-fg-muted">of {run.target_count}</span>
        </Fact>
      </dl>
      {(run.missed > 0 || run.schedule_id) && (
        <p className="mt-4 border-t border-border pt-3 text-xs text-fg-muted">
          {run.schedule_id && (
            <Link to={`/maintenance/schedules/${run.schedule_id}`} className="text-accent-text hover:underline">
              Its schedule
            </Link>
          )}
          {run.schedule_id && run.missed > 0 && " · "}
          {run.missed > 0 &&
            `Created when the scheduler caught up after a downtime: ${run.missed} earlier due ${run.missed === 1 ? "time was" : "times were"} passed over.`}
        </p>
      )}
    </Card>
  );
}
