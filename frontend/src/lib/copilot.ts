/**
 * What the FlowPilot pages share: the copilot's query keys (every key starts with "copilot", so
 * invalidating `copilotKeys.all` refreshes the status, the usage and the budget), the provider
 * status, and how a provider reads.
 */
import { useQuery } from "@tanstack/react-query";

import { api } from "@/api/client";
import { unwrap } from "@/api/errors";
import type { Schema } from "@/api/types";

export type ProviderName = Schema<"ProviderOut">["provider"];
export type CopilotStatus = Schema<"CopilotStatusOut">;
export type CopilotBudget = Schema<"BudgetOut">;

export const copilotKeys = {
  all: ["copilot"] as const,
  status: ["copilot", "status"] as const,
  usage: ["copilot", "usage"] as const,
};

/** Which provider answers (a model or offline), the model per tier, and the team's budget state. */
export function useCopilotStatus() {
  return useQuery({
    queryKey: copilotKeys.status,
    queryFn: () => unwrap(api.GET("/api/v1/copilot/status")),
    staleTime: 60_000,
  });
}

/** "Offline", or the model that answered ("Anthropic" when it is not known). */
export function providerLabel(provider: ProviderName, model?: string): string {
  if (provider === "offline") return "Offline";
  return model ?? "Anthropic";
}
