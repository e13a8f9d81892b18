/**
 * What several pages share about flows: query keys and how a kind reads. Keys start with the
 * resource and its id, so invalidating `flowKeys.all` refreshes every list and flow, and
 * `flowKeys.flow(id)` everything about one flow (its versions, insights, each version's graph).
 */
import { useQuery } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";

export type FlowKind = Schema<"FlowKind">;

export interface FlowListFilters {
  kind?: FlowKind;
  category_id?: string;
  folder_id?: string;
  tag?: string;
  favourite?: boolean;
}

export const flowKeys = {
  all: ["flows"] as const,
  list: (filters: FlowListFilters) => ["flows", "list", filters] as const,
  /** The first page of the user's favourites (the dashboard). */
  favourites: ["flows", "favourites"] as const,
  flow: (flowId: string) => ["flows", flowId] as const,
  /** A version's flow and graph; `null`: the draft. */
  version: (flowId: string, version: number | null) => ["flows", flowId, "version", version] as const,
  versions: (flowId: string) => ["flows", flowId, "versions"] as const,
  insights: (flowId: string, version: number) => ["flows", flowId, "insights", version] as const,
};

export const FLOW_KIND_LABELS: Record<FlowKind, string> = {
  troubleshooting: "Troubleshooting",
  procedural: "Procedural",
  maintenance: "Maintenance",
};

/**
 * The flow of a session with the graph of the version it runs on (a published version never
 * changes); nothing is asked when the flow was deleted (`id` null).
 */
export function useSessionFlowVersion(flow: Schema<"FlowRefOut">) {
  const { id: flowId, version } = flow;
  return useQuery({
    queryKey: flowKeys.version(flowId ?? "", version),
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/flows/{flow_id}", {
          params: { path: { flow_id: flowId ?? "" }, query: version === null ? {} : { version } },
        }),
      ),
    enabled: flowId !== null,
    staleTime: Infinity,
  });
}
