import { Link } from "react-router";

import { RunDeadline, RunProgress, RunStatusBadge } from "@/components/MaintenanceRun";
import { Card, CardHeader, cx, EmptyState, ErrorState, SkeletonList } from "@/components/ui";

import { useMaintenanceDue } from "./api";

const SHOWN = 5;

/** My due and overdue maintenance runs, overdue first, each a link to its matrix. */
export function MaintenanceDue() {
  const runs = useMaintenanceDue();
  let content;
  if (runs.isPending) content = <SkeletonList lines={2} label="Loading your maintenance" />;
  else if (runs.isError) content = <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />;
  else if (runs.data.length === 0) {
    content = <EmptyState title="Nothing due" description="Open runs of schedules you own or are assigned to show up here." />;
  } else {
    content = (
      <ul aria-label="Maintenance due" className="flex flex-col divide-y divide-border">
        {runs.data.slice(0, SHOWN).map((run) => (
          <li key={run.id} className={cx("py-3 first:pt-0 last:pb-0", run.overdue && "border-l-4 border-l-danger pl-3")}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <Link to={`/maintenance/runs/${run.id}`} className="font-medium text-fg hover:text-accent-text hover:underline">
                {run.title}
              </Link>
              <RunStatusBadge run={run} />
            </div>
            <RunDeadline run={run} />
            <div className="mt-1.5">
              <RunProgress run={run} label={`Progress of ${run.title}`} />
            </div>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Card>
      <CardHeader
        title="Maintenance due"
        description="Your open runs, overdue first."
        actions={
          <Link to="/maintenance/runs?status=open&mine=1" className="text-sm whitespace-nowrap text-accent-text hover:underline">
            All my runs
          </Link>
        }
      />
      {content}
    </Card>
  );
}
