import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";
import { copilotKeys } from "@/lib/copilot";

export type Usage = Schema<"UsageOut">;
export type UsageLine = Schema<"UsageLineOut">;
export type UsageEntry = Schema<"UsageEntryOut">;
export type EmbeddingStatus = Schema<"EmbeddingStatusOut">;

export const embeddingKeys = {
  status: ["search", "embeddings"] as const,
};

/** This month's usage per feature and tier, the latest entries and the budget (team admins). */
export function useCopilotUsage() {
  return useQuery({ queryKey: copilotKeys.usage, queryFn: () => unwrap(api.GET("/api/v1/copilot/usage")), staleTime: 0 });
}

/** Which model embeds the library (Voyage AI or the local one), and how far it got. */
export function useEmbeddingStatus() {
  return useQuery({ queryKey: embeddingKeys.status, queryFn: () => unwrap(api.GET("/api/v1/search/embeddings")) });
}

/** `null` clears the team's budget: the installation's default applies (maybe no limit). */
export function useSetBudget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (monthlyBudgetUsd: number | null) =>
      unwrap(api.PUT("/api/v1/copilot/budget", { body: { monthly_budget_usd: monthlyBudgetUsd } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: copilotKeys.all }),
  });
}
