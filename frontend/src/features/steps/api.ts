import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";

export type StepSummary = Schema<"StepSummaryOut">;
export type Step = Schema<"app__steps__schemas__StepOut">;
export type StepKind = Schema<"StepKind">;
export type StepInput = Schema<"StepCreateIn">;
export type Command = Schema<"Command">;
export type Rating = Schema<"RatingOut">;
type RatingInput = Schema<"RatingIn">;
export type StepSort = "rating" | "use" | "newest";

export interface StepListFilters {
  q?: string;
  tag?: string;
  kind_hint?: StepKind;
  sort: StepSort;
}

export const stepKeys = {
  all: ["steps"] as const,
  list: (filters: StepListFilters) => ["steps", "list", filters] as const,
  step: (stepId: string) => ["steps", stepId] as const,
  ratings: (stepId: string) => ["steps", stepId, "ratings"] as const,
};

const PAGE_SIZE = 25;

export function useStepList(filters: StepListFilters) {
  return useInfiniteQuery({
    queryKey: stepKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      unwrap(api.GET("/api/v1/steps", { params: { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam } }, signal })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useStep(stepId: string) {
  return useQuery({
    queryKey: stepKeys.step(stepId),
    queryFn: () => unwrap(api.GET("/api/v1/steps/{step_id}", { params: { path: { step_id: stepId } } })),
  });
}

export function useStepRatings(stepId: string) {
  return useQuery({
    queryKey: stepKeys.ratings(stepId),
    queryFn: () => unwrap(api.GET("/api/v1/steps/{step_id}/ratings", { params: { path: { step_id: stepId } } })),
  });
}

/** After a rating changes: the step (average, my rating), its reviews and the lists' order. */
function useRefreshSteps() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: stepKeys.all });
}

export function useRateStep(stepId: string) {
  const refresh = useRefreshSteps();
  return useMutation({
    mutationFn: (body: RatingInput) => unwrap(api.PUT("/api/v1/steps/{step_id}/rating", { params: { path: { step_id: stepId } }, body })),
    onSuccess: refresh,
  });
}

export function useWithdrawRating(stepId: string) {
  const refresh = useRefreshSteps();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE("/api/v1/steps/{step_id}/rating", { params: { path: { step_id: stepId } } })),
    onSuccess: refresh,
  });
}

export function useSaveStep(stepId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StepInput) =>
      unwrap(
        stepId
          ? api.PATCH("/api/v1/steps/{step_id}", { params: { path: { step_id: stepId } }, body })
          : api.POST("/api/v1/steps", { body }),
      ),
    onSuccess: (step) => {
      queryClient.setQueryData(stepKeys.step(step.id), step);
      void queryClient.invalidateQueries({ queryKey: ["steps", "list"] });
    },
  });
}

export function useDeleteStep(stepId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE("/api/v1/steps/{step_id}", { params: { path: { step_id: stepId } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: stepKeys.step(stepId) });
      void queryClient.invalidateQueries({ queryKey: ["steps", "list"] });
    },
  });
}
