import { keepPreviousData, skipToken, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";
import { flowKeys } from "@/lib/flows";
import { runKeys } from "@/lib/maintenance";

export type Schedule = Schema<"ScheduleOut">;
export type ScheduleInput = Schema<"ScheduleIn">;
export type Recurrence = ScheduleInput["recurrence"];
export type Weekday = Schema<"Weekly">["days"][number];
export type RecurrencePreview = Schema<"RecurrencePreviewOut">;
export type Target = Schema<"TargetOut">;
export type TargetInput = Schema<"TargetIn">;
export type ImportMode = Schema<"TargetImportIn">["mode"];
export type ImportResult = Schema<"app__maintenance__schemas__ImportOut">;

export interface PreviewRequest {
  recurrence: Recurrence;
  timezone: string;
}

/** `active`: undefined lists all schedules. */
export interface ScheduleListFilters {
  active?: boolean;
}

/** Keys start with the API's resource (`/maintenance/schedules`), then the schedule's id. */
export const scheduleKeys = {
  all: ["maintenance", "schedules"] as const,
  lists: () => ["maintenance", "schedules", "list"] as const,
  list: (filters: ScheduleListFilters) => ["maintenance", "schedules", "list", filters] as const,
  schedule: (scheduleId: string) => ["maintenance", "schedules", scheduleId] as const,
  targets: (scheduleId: string) => ["maintenance", "schedules", scheduleId, "targets"] as const,
  preview: (request: PreviewRequest | null) => ["maintenance", "recurrence", "preview", request] as const,
};

const PAGE_SIZE = 25;
const TARGET_PAGE_SIZE = 100;

export function useScheduleList(filters: ScheduleListFilters) {
  return useInfiniteQuery({
    queryKey: scheduleKeys.list(filters),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET("/api/v1/maintenance/schedules", { params: { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next_cursor,
  });
}

export function useSchedule(scheduleId: string) {
  return useQuery({
    queryKey: scheduleKeys.schedule(scheduleId),
    queryFn: () => unwrap(api.GET("/api/v1/maintenance/schedules/{schedule_id}", { params: { path: { schedule_id: scheduleId } } })),
  });
}

/** Published maintenance flows by title: what a schedule can run. */
export function useMaintenanceFlows() {
  return useQuery({
    queryKey: [...flowKeys.all, "maintenance", "published"],
    queryFn: () =>
      unwrap(api.GET("/api/v1/flows", { params: { query: { kind: "maintenance", status: "published", sort: "title", limit: 100 } } })),
    select: (page) => page.items.map((flow) => ({ id: flow.id, title: flow.title })),
  });
}

/** The next due times of a recurrence; `request` null (not complete yet) asks nothing. */
export function useRecurrencePreview(request: PreviewRequest | null) {
  return useQuery({
    queryKey: scheduleKeys.preview(request),
    queryFn: request ? () => unwrap(api.POST("/api/v1/maintenance/recurrence/preview", { body: { ...request, count: 5 } })) : skipToken,
    placeholderData: keepPreviousData,
    // "Next" moves with the clock: a preview a minute old may already list a time that has passed.
    staleTime: 60_000,
  });
}

export function useSaveSchedule(scheduleId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ScheduleInput) =>
      unwrap(
        scheduleId
          ? api.PUT("/api/v1/maintenance/schedules/{schedule_id}", { params: { path: { schedule_id: scheduleId } }, body })
          : api.POST("/api/v1/maintenance/schedules", { body }),
      ),
    onSuccess: (schedule) => {
      queryClient.setQueryData(scheduleKeys.schedule(schedule.id), schedule);
      void queryClient.invalidateQueries({ queryKey: scheduleKeys.lists() });
    },
  });
}

export function useDeleteSchedule(scheduleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE("/api/v1/maintenance/schedules/{schedule_id}", { params: { path: { schedule_id: scheduleId } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: scheduleKeys.schedule(scheduleId) });
      void queryClient.invalidateQueries({ queryKey: scheduleKeys.lists() });
    },
  });
}

export function useRunNow(scheduleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST("/api/v1/maintenance/schedules/{schedule_id}/runs", { params: { path: { schedule_id: scheduleId } } })),
    // The run started shows up in the runs lists and the dashboard.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: runKeys.all }),
  });
}

// --- targets ----------------------------------------------------------------------------------

export function useTargets(scheduleId: string) {
  return useInfiniteQuery({
    queryKey: scheduleKeys.targets(scheduleId),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/v1/maintenance/schedules/{schedule_id}/targets", {
          params: { path: { schedule_id: scheduleId }, query: { limit: TARGET_PAGE_SIZE, cursor: pageParam } },
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next_cursor,
  });
}

/** After targets change: the list and the schedule's target count (here and in the lists). */
function useTargetsChanged(scheduleId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: scheduleKeys.targets(scheduleId) }),
      queryClient.invalidateQueries({ queryKey: scheduleKeys.schedule(scheduleId), exact: true }),
      queryClient.invalidateQueries({ queryKey: scheduleKeys.lists() }),
    ]);
}

/** Adds a target (`targetId` null) or replaces one. */
export function useSaveTarget(scheduleId: string, targetId: string | null) {
  const changed = useTargetsChanged(scheduleId);
  return useMutation({
    mutationFn: (body: TargetInput) =>
      unwrap(
        targetId
          ? api.PUT("/api/v1/maintenance/schedules/{schedule_id}/targets/{target_id}", {
              params: { path: { schedule_id: scheduleId, target_id: targetId } },
              body,
            })
          : api.POST("/api/v1/maintenance/schedules/{schedule_id}/targets", { params: { path: { schedule_id: scheduleId } }, body }),
      ),
    onSuccess: changed,
  });
}

export function useDeleteTarget(scheduleId: string) {
  const changed = useTargetsChanged(scheduleId);
  return useMutation({
    mutationFn: (targetId: string) =>
      unwrap(
        api.DELETE("/api/v1/maintenance/schedules/{schedule_id}/targets/{target_id}", {
          params: { path: { schedule_id: scheduleId, target_id: targetId } },
        }),
      ),
    onSuccess: changed,
  });
}

export function useImportTargets(scheduleId: string) {
  const changed = useTargetsChanged(scheduleId);
  return useMutation({
    mutationFn: (body: { csv: string; mode: ImportMode; dry_run: boolean }) =>
      unwrap(api.POST("/api/v1/maintenance/schedules/{schedule_id}/targets/import", { params: { path: { schedule_id: scheduleId } }, body })),
    onSuccess: (result) => (result.dry_run ? undefined : changed()),
  });
}
