import { useParams, useSearchParams } from "react-router";

import { hasRole } from "@/api/types";
import { EmptyState, ErrorState, PageHeader, SkeletonList } from "@/components/ui";
import { useSessionStore } from "@/session/store";

import { MaintenanceTabs } from "../MaintenanceTabs";
import { SegmentedControl } from "../schedules/SegmentedControl";
import { useMatrix, useRun, type Outcome, type Run } from "./api";
import { RunMatrix } from "./matrix/RunMatrix";
import { ReportButtons } from "./ReportButtons";
import { RunSummaryCard } from "./RunSummaryCard";

type OutcomeFilter = Outcome | "all";

const OUTCOMES: { value: OutcomeFilter; label: string }[] = [
  { value: "all", label: "All targets" },
  { value: "failed", label: "Failed" },
  { value: "open", label: "Not finished" },
  { value: "done", label: "Done" },
];

function readOutcome(params: URLSearchParams): OutcomeFilter {
  return OUTCOMES.find((option) => option.value === params.get("outcome"))?.value ?? "all";
}

/** The matrix of one run, its rows a page at a time, filtered by outcome (in the URL). */
function RunMatrixSection({ run, canBulk }: { run: Run; canBulk: boolean }) {
  const [params, setParams] = useSearchParams();
  const outcome = readOutcome(params);
  const matrix = useMatrix(run.id, outcome);
  const rows = matrix.data?.pages.flatMap((page) => page.rows) ?? [];
  const knownTotal = outcome === "all" ? run.target_count : matrix.hasNextPage ? -1 : rows.length;

  let content;
  if (matrix.isPending) content = <SkeletonList lines={6} label="Loading the matrix" />;
  // A page after the first that fails keeps the rows read so far (the matrix says why below).
  else if (!matrix.data) content = <ErrorState error={matrix.error} onRetry={() => void matrix.refetch()} />;
  else if (rows.length === 0) {
    content = (
      <EmptyState
        title={outcome === "all" ? "This run has no targets" : "No targets with this outcome"}
        description={outcome === "all" ? undefined : "Show all targets to see the others."}
      />
    );
  } else {
    content = (
      <RunMatrix
        // Another filter is another list of rows: a selection of the last one means nothing there.
        key={outcome}
        runId={run.id}
        columns={run.columns}
        rows={rows}
        totalRows={knownTotal}
        canBulk={canBulk}
        pages={matrix}
      />
    );
  }

  return (
    <>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-lg font-semibold text-fg">Targets by steps</h2>
        <SegmentedControl
          label="Show targets"
          hideLabel
          options={OUTCOMES}
          value={outcome}
          onChange={(value) => {
            setParams(value === "all" ? {} : { outcome: value }, { replace: true });
          }}
        />
      </div>
      {!canBulk && <p className="mb-3 text-sm text-fg-muted">You can read this run; engineers and admins mark its steps.</p>}
      {content}
    </>
  );
}

/** A maintenance run: where it stands, its report, and its targets × steps to work in bulk. */
export function RunPage() {
  const { runId = "" } = useParams();
  const user = useSessionStore((state) => state.user);
  const run = useRun(runId);
  const canBulk = user !== null && hasRole(user, "engineer");

  return (
    <>
      <MaintenanceTabs />
      {run.isPending && <SkeletonList lines={4} label="Loading the run" />}
      {run.isError && <ErrorState error={run.error} title="This run could not be loaded" onRetry={() => void run.refetch()} />}
      {run.isSuccess && (
        <>
          <PageHeader
            title={run.data.title}
            description={`${run.data.flow.title}${run.data.flow.version ? ` · version ${run.data.flow.version}` : ""}`}
            actions={<ReportButtons run={run.data} />}
          />
          <RunSummaryCard run={run.data} />
          <RunMatrixSection run={run.data} canBulk={canBulk} />
        </>
      )}
    </>
  );
}
