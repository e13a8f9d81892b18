import { Link } from "react-router";

import type { Schema } from "@/api/types";
import { RunDeadline, RunProgress, RunStatusBadge } from "@/components/MaintenanceRun";
import { cx } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import type { RunSummary } from "@/lib/maintenance";

import { useRunSchedules } from "./api";

type Schedule = Schema<"ScheduleOut">;

/** Who works a schedule's runs: its assignees by name, or its owner when it has none (as the API mails them). */
function assigneesOf(schedule: Schedule | undefined, names: Map<string, string>): string {
  if (!schedule) return "—";
  if (schedule.assignee_ids.length === 0) return schedule.owner_name;
  return schedule.assignee_ids.map((id) => names.get(id) ?? "A former member").join(", ");
}

interface RunsTableProps {
  runs: RunSummary[];
  /** Member names by user id. */
  names: Map<string, string>;
}

/** Runs as rows: run and flow, due and deadline, status, progress, who works it. Overdue rows stand out. */
export function RunsTable({ runs, names }: RunsTableProps) {
  const schedules = useRunSchedules(runs.flatMap((run) => (run.schedule_id ? [run.schedule_id] : [])));
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-border text-xs text-fg-muted uppercase">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">Run</th>
            <th scope="col" className="px-4 py-3 font-medium">Due</th>
            <th scope="col" className="px-4 py-3 font-medium">Status</th>
            <th scope="col" className="px-4 py-3 font-medium">Progress</th>
            <th scope="col" className="px-4 py-3 font-medium">Assignees</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {runs.map((run) => (
            <tr key={run.id} className={cx("hover:bg-surface-raised", run.overdue && "bg-danger-soft/40")}>
              <td className={cx("max-w-80 px-4 py-3", run.overdue && "border-l-4 border-danger")}>
                <Link to={`/maintenance/runs/${run.id}`} className="font-medium text-fg hover:text-accent-text hover:underline">
                  {run.title}
                </Link>
                <p className="truncate text-xs text-fg-muted">
                  {run.flow.title} · {run.target_count} {run.target_count === 1 ? "target" : "targets"}
                </p>
              </td>
              <td className="px-4 py-3 whitespace-nowrap">
                <span className="block text-fg">{formatDateTime(run.due_at)}</span>
                <RunDeadline run={run} />
              </td>
              <td className="px-4 py-3">
                <RunStatusBadge run={run} />
              </td>
              <td className="min-w-44 px-4 py-3">
                <RunProgress run={run} label={`Progress of ${run.title}`} />
                <span className="mt-1 block text-xs text-fg-muted">
                  {run.progress.targets_done} done · {run.progress.targets_failed} failed · {run.progress.targets_open} open
                </span>
              </td>
              <td className="max-w-56 px-4 py-3 text-fg">{run.schedule_id ? assigneesOf(schedules.get(run.schedule_id), names) : "Schedule deleted"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
