import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";
import { flowKeys } from "@/lib/flows";

export type FlowOut = Schema<"FlowOut">;
export type ValidationReport = Schema<"ValidationReport">;
export type Problem = Schema<"Problem">;
export type VersionOut = Schema<"VersionOut">;
export type FlowDiff = Schema<"FlowDiffOut">;
export type StepSummary = Schema<"StepSummaryOut">;

/** The editor's own queries, under the shared keys of their resource (`flowKeys` for the rest). */
export const editorKeys = {
  /** The draft as the editor opened it: the editor holds it from then on (a refetch is not applied). */
  draft: (flowId: string) => [...flowKeys.flow(flowId), "editor-draft"] as const,
  diff: (flowId: string, from: number, to: number | null) => [...flowKeys.flow(flowId), "diff", from, to ?? "draft"] as const,
  stepSearch: (text: string) => ["steps", "editor-search", text] as const,
};

const path = (flowId: string) => ({ params: { path: { flow_id: flowId } } });

export function useFlowDraft(flowId: string) {
  return useQuery({
    queryKey: editorKeys.draft(flowId),
    queryFn: () => unwrap(api.GET("/api/v1/flows/{flow_id}", path(flowId))),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export function useFlowVersions(flowId: string) {
  return useQuery({
    queryKey: flowKeys.versions(flowId),
    queryFn: () => unwrap(api.GET("/api/v1/flows/{flow_id}/versions", path(flowId))),
  });
}

/** A published version's graph (immutable, so it never goes stale). */
export function useFlowVersion(flowId: string, number: number | null) {
  return useQuery({
    queryKey: flowKeys.version(flowId, number),
    queryFn: () =>
      unwrap(api.GET("/api/v1/flows/{flow_id}", { params: { path: { flow_id: flowId }, query: { version: number ?? 1 } } })),
    enabled: number !== null,
    staleTime: Infinity,
  });
}

/** What changed from version `from` to version `to` (null: the draft). */
export function useVersionDiff(flowId: string, from: number, to: number | null) {
  return useQuery({
    queryKey: editorKeys.diff(flowId, from, to),
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/flows/{flow_id}/diff", {
          params: { path: { flow_id: flowId }, query: to === null ? { from } : { from, to } },
        }),
      ),
    staleTime: to === null ? 0 : Infinity,
  });
}

export function useStepSearch(text: string) {
  return useQuery({
    queryKey: editorKeys.stepSearch(text),
    queryFn: () => unwrap(api.GET("/api/v1/steps", { params: { query: { q: text || undefined, limit: 20 } } })),
    placeholderData: keepPreviousData,
  });
}

export function saveDraft(flowId: string, revision: number, graph: Schema<"Graph">): Promise<FlowOut> {
  return unwrap(api.PUT("/api/v1/flows/{flow_id}/draft", { ...path(flowId), body: { revision, graph } }));
}

export function validateDraft(flowId: string): Promise<ValidationReport> {
  return unwrap(api.POST("/api/v1/flows/{flow_id}/validate", path(flowId)));
}

export function insertStep(stepId: string, body: Schema<"StepInsertIn">): Promise<FlowOut> {
  return unwrap(api.POST("/api/v1/steps/{step_id}/insert", { params: { path: { step_id: stepId } }, body }));
}

export function useCreateFlow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schema<"FlowCreateIn">) => unwrap(api.POST("/api/v1/flows", { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: flowKeys.all }),
  });
}

export function usePublish(flowId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changeNote: string) =>
      unwrap(api.POST("/api/v1/flows/{flow_id}/publish", { ...path(flowId), body: { change_note: changeNote } })),
    // The library, the flow's detail and its versions show the new version.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: flowKeys.all }),
  });
}

export function useStartSession() {
  return useMutation({
    mutationFn: (flowId: string) => unwrap(api.POST("/api/v1/sessions", { body: { flow_id: flowId } })),
  });
}
