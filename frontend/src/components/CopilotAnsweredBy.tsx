import { CopilotProviderBadge } from "@/components/CopilotProviderBadge";
import type { Schema } from "@/api/types";
import type { CopilotStatus } from "@/lib/copilot";

type ProviderOut = Schema<"ProviderOut">;

const NO_KEY = "No AI provider is configured: FlowPilot answers from the team's own flows and past sessions.";

/** Why an answer is offline, in words (the API's `reason`: backend/app/copilot/service.py). */
function offlineReason(reason: string): string {
  if (reason.startsWith("no API key")) return NO_KEY;
  if (reason.startsWith("fallback:")) return "The AI provider failed, so this answer comes from the team's own data.";
  if (reason === "monthly AI budget used up") return "The team's monthly AI budget is used up: this answer comes from the team's own data.";
  return `Answered from the team's own data: ${reason}.`;
}

/**
 * Who answered: the model and its tier, or offline and why (no key, the budget used up, the
 * provider failing); with the budget warning from 80 %.
 */
export function CopilotAnsweredBy({ provider }: { provider: ProviderOut }) {
  // Offline, the notice (budget used up, fallback) is the explanation itself.
  const explanation = provider.offline ? (provider.notice ?? offlineReason(provider.reason)) : `${provider.tier} tier: ${provider.route_reason}`;
  const warning = provider.offline ? null : provider.notice;
  return (
    <div className="flex flex-col gap-1.5 text-xs">
      <p className="flex flex-wrap items-center gap-2 text-fg-muted">
        <CopilotProviderBadge provider={provider.provider} model={provider.offline ? undefined : provider.model} />
        <span>{explanation}</span>
      </p>
      {warning && <p className="rounded bg-warning-soft px-2 py-1 text-warning">{warning}</p>}
    </div>
  );
}

/** Before asking: whether FlowPilot will answer offline, and the budget's warning or end. */
export function CopilotStatusNote({ status }: { status: CopilotStatus }) {
  const { budget } = status;
  if (status.provider === "offline") {
    return (
      <p className="flex flex-wrap items-center gap-2 text-xs text-fg-muted">
        <CopilotProviderBadge provider="offline" />
        <span>{NO_KEY}</span>
      </p>
    );
  }
  if (budget.state === "exhausted") {
    return (
      <p className="rounded bg-warning-soft px-2 py-1 text-xs text-warning">
        The team's monthly AI budget is used up: FlowPilot answers offline, from the team's own data, until the month ends.
      </p>
    );
  }
  if (budget.state === "warning" && budget.share !== null) {
    return (
      <p className="rounded bg-warning-soft px-2 py-1 text-xs text-warning">
        {Math.round(budget.share * 100)} % of the team's monthly AI budget is used; at 100 % FlowPilot answers offline.
      </p>
    );
  }
  return null;
}
