import { useInfiniteQuery, useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";
import { downloadFrom } from "@/lib/download";
import { runKeys, type RunListFilters } from "@/lib/maintenance";

import { scheduleKeys } from "../schedules/api";
import { reportFilename, type ReportFormat } from "./report-file";

export type Run = Schema<"RunOut">;
export type Column = Schema<"ColumnOut">;
export type MatrixRow = Schema<"MatrixRowOut">;
export type MatrixCell = Schema<"CellOut">;
export type BulkIn = Schema<"BulkIn">;
export type BulkResult = BulkIn["result"];
export type Outcome = MatrixRow["outcome"];

const RUNS_PAGE = 25;
/** The matrix a page at a time: the first 100 rows come with the run, more as the grid scrolls. */
export const MATRIX_PAGE = 100;

export function useRunList(filters: RunListFilters) {
  return useInfiniteQuery({
    queryKey: runKeys.list(filters),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET("/api/v1/maintenance/runs", { params: { query: { ...filters, limit: RUNS_PAGE, cursor: pageParam } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next_cursor,
  });
}

/**
 * The schedules of these runs (their owner and assignees), one request per schedule, cached with
 * the schedule pages' key. A run whose schedule was deleted has none.
 */
export function useRunSchedules(scheduleIds: string[]) {
  return useQueries({
    queries: [...new Set(scheduleIds)].map((scheduleId) => ({
      queryKey: scheduleKeys.schedule(scheduleId),
      queryFn: () =>
        unwrap(api.GET("/api/v1/maintenance/schedules/{schedule_id}", { params: { path: { schedule_id: scheduleId } } })),
      staleTime: 5 * 60_000,
    })),
    combine: (results) => new Map(results.flatMap((result) => (result.data ? [[result.data.id, result.data] as const] : []))),
  });
}

export function useRun(runId: string) {
  return useQuery({
    queryKey: runKeys.detail(runId),
    queryFn: () => unwrap(api.GET("/api/v1/maintenance/runs/{run_id}", { params: { path: { run_id: runId } } })),
  });
}

/** The run's rows (targets) page by page; `outcome` "all" or only the targets with that outcome. */
export function useMatrix(runId: string, outcome: Outcome | "all") {
  return useInfiniteQuery({
    queryKey: runKeys.matrix(runId, outcome),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/v1/maintenance/runs/{run_id}/matrix", {
          params: {
            path: { run_id: runId },
            query: { limit: MATRIX_PAGE, cursor: pageParam, outcome: outcome === "all" ? undefined : outcome },
          },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next_cursor,
  });
}

/** One POST for the whole selection: every cell or none. Afterwards the run, its matrix and the lists are read again. */
export function useBulkComplete(runId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkIn) =>
      unwrap(api.POST("/api/v1/maintenance/runs/{run_id}/bulk", { params: { path: { run_id: runId } }, body })),
    onSuccess: (out) => {
      queryClient.setQueryData<Run>(runKeys.detail(runId), (run) => (run ? { ...run, ...out.run } : run));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: runKeys.all }),
  });
}

/** Downloads the run's report (redacted by the API) as a file; the file's name. */
export function downloadReport(run: Pick<Run, "id" | "title" | "due_at">, format: ReportFormat): Promise<string> {
  const call = api.GET("/api/v1/maintenance/runs/{run_id}/report", {
    params: { path: { run_id: run.id }, query: { format } },
    parseAs: "blob",
  });
  return downloadFrom(call, reportFilename(run, format));
}
