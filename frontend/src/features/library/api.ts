import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";
import { flowKeys, type FlowListFilters } from "@/lib/flows";
import { sessionKeys } from "@/lib/sessions";

export type FlowSummary = Schema<"FlowSummaryOut">;
export type Flow = Schema<"FlowOut">;
type FlowPage = Schema<"FlowPageOut">;
export type FlowInsights = Schema<"FlowInsightsOut">;
export type NodeInsight = Schema<"NodeInsightOut">;
export type Graph = Schema<"Graph">;
export type SearchHit = Schema<"SearchHit">;
export type HitType = SearchHit["type"];
export type Folder = Schema<"FolderOut">;
type SessionStart = Schema<"SessionStartIn">;

export const searchKeys = {
  query: (q: string, type: HitType | null, limit: number) => ["search", { q, type, limit }] as const,
};

export const taxonomyKeys = {
  categories: ["categories"] as const,
  folders: ["folders"] as const,
  tags: ["tags"] as const,
};

const FLOW_PAGE_SIZE = 24;

export function useFlowList(filters: FlowListFilters) {
  return useInfiniteQuery({
    queryKey: flowKeys.list(filters),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET("/api/v1/flows", { params: { query: { ...filters, limit: FLOW_PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Hybrid search; nothing is asked for a blank query. */
export function useSearch(q: string, type: HitType | null, limit: number) {
  const query = q.trim();
  return useQuery({
    queryKey: searchKeys.query(query, type, limit),
    queryFn: ({ signal }) =>
      unwrap(api.GET("/api/v1/search", { params: { query: { q: query, kind: type, limit } }, signal })),
    enabled: query.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useCategories() {
  return useQuery({ queryKey: taxonomyKeys.categories, queryFn: () => unwrap(api.GET("/api/v1/categories")) });
}

export function useFolders() {
  return useQuery({ queryKey: taxonomyKeys.folders, queryFn: () => unwrap(api.GET("/api/v1/folders")) });
}

export function useTags() {
  return useQuery({ queryKey: taxonomyKeys.tags, queryFn: () => unwrap(api.GET("/api/v1/tags")) });
}

/** The flow with the graph of `version`, or of its draft (`null`). */
export function useFlowVersion(flowId: string, version: number | null) {
  return useQuery({
    queryKey: flowKeys.version(flowId, version),
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/flows/{flow_id}", {
          params: { path: { flow_id: flowId }, query: version === null ? {} : { version } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useFlowVersions(flowId: string) {
  return useQuery({
    queryKey: flowKeys.versions(flowId),
    queryFn: () => unwrap(api.GET("/api/v1/flows/{flow_id}/versions", { params: { path: { flow_id: flowId } } })),
  });
}

/** Insights of a published version; nothing is asked for a draft (`null`). */
export function useFlowInsights(flowId: string, version: number | null) {
  return useQuery({
    queryKey: flowKeys.insights(flowId, version ?? 0),
    queryFn: () =>
      unwrap(
        api.GET("/api/v1/flows/{flow_id}/insights", {
          params: { path: { flow_id: flowId }, query: { version: version ?? undefined } },
        }),
      ),
    enabled: version !== null,
  });
}

/** Every cached flow, list page and search of one flow with `favourite` set (optimistic update). */
function setCachedFavourite(queryClient: QueryClient, flowId: string, favourite: boolean) {
  const patch = <T extends FlowSummary>(flow: T): T => (flow.id === flowId ? { ...flow, favourite } : flow);
  const patchPage = (page: FlowPage): FlowPage => ({ ...page, items: page.items.map(patch) });
  // Under ["flows"]: lists (paged or one page), flows (with a graph), versions and insights.
  queryClient.setQueriesData({ queryKey: flowKeys.all }, (data: unknown) => {
    if (typeof data !== "object" || data === null) return data;
    if ("pages" in data) {
      const lists = data as InfiniteData<FlowPage>;
      return { ...lists, pages: lists.pages.map(patchPage) };
    }
    if ("items" in data) return patchPage(data as FlowPage);
    return "graph" in data ? patch(data as Flow) : data;
  });
}

export function useToggleFavourite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ flowId, favourite }: { flowId: string; favourite: boolean }) => {
      const path = { params: { path: { flow_id: flowId } } };
      await unwrap(favourite ? api.PUT("/api/v1/flows/{flow_id}/favourite", path) : api.DELETE("/api/v1/flows/{flow_id}/favourite", path));
    },
    onMutate: async ({ flowId, favourite }) => {
      await queryClient.cancelQueries({ queryKey: flowKeys.all });
      setCachedFavourite(queryClient, flowId, favourite);
    },
    onError: (_error, { flowId, favourite }) => {
      setCachedFavourite(queryClient, flowId, !favourite);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: flowKeys.all }),
  });
}

export function useStartSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionStart) => unwrap(api.POST("/api/v1/sessions", { body })),
    onSuccess: (session) => {
      queryClient.setQueryData(sessionKeys.detail(session.id), session);
      void queryClient.invalidateQueries({ queryKey: sessionKeys.lists() });
    },
  });
}
