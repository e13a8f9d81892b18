/**
 * What the maintenance pages and the dashboard share about runs: query keys and how a run's state
 * reads. Keys start with the API resource (`/maintenance/runs`) and the run's id, so invalidating
 * `runKeys.detail(id)` refreshes the run and its matrix, and `runKeys.all` every list as well.
 */
import type { Schema } from "@/api/types";

export type RunSummary = Schema<"RunSummaryOut">;
export type RunStatusFilter = "open" | "completed" | "overdue";

export interface RunListFilters {
  status?: RunStatusFilter;
  mine?: boolean;
}

export const runKeys = {
  all: ["maintenance", "runs"] as const,
  list: (filters: RunListFilters) => ["maintenance", "runs", "list", filters] as const,
  /** My open runs, overdue first (the dashboard). */
  due: ["maintenance", "runs", "list", "due"] as const,
  detail: (runId: string) => ["maintenance", "runs", runId] as const,
  matrix: (runId: string, outcome: string) => ["maintenance", "runs", runId, "matrix", outcome] as const,
};

export type RunState = "open" | "overdue" | "completed";

/** One word for a run: completed, overdue (open past its deadline) or open. */
export function runState(run: Pick<RunSummary, "status" | "overdue">): RunState {
  if (run.status === "completed") return "completed";
  return run.overdue ? "overdue" : "open";
}

export const RUN_STATE_LABELS: Record<RunState, string> = { open: "Open", overdue: "Overdue", completed: "Completed" };

/** Overdue runs first (the longest overdue first), then the others by deadline. */
export function overdueFirst(runs: RunSummary[]): RunSummary[] {
  return [...runs].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || Date.parse(a.deadline_at) - Date.parse(b.deadline_at),
  );
}
