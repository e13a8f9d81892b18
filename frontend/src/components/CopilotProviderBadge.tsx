import { Badge } from "@/components/ui";
import { providerLabel, type ProviderName } from "@/lib/copilot";

/** Who wrote a FlowPilot answer: offline (the team's own data, no model) or a model. */
export function CopilotProviderBadge({ provider, model }: { provider: ProviderName; model?: string }) {
  return <Badge tone={provider === "offline" ? "neutral" : "accent"}>{providerLabel(provider, model)}</Badge>;
}
