import { CopilotProviderBadge } from "@/components/CopilotProviderBadge";
import { Badge, Card, CardHeader, Skeleton } from "@/components/ui";
import type { CopilotStatus } from "@/lib/copilot";

import { useEmbeddingStatus, type EmbeddingStatus } from "./api";
import { formatCount } from "./labels";

/** Which provider answers (the server's configuration: keys are never shown), the model per tier, and embeddings. */
export function ProviderStatusCard({ status }: { status: CopilotStatus }) {
  const offline = status.provider === "offline";
  return (
    <Card>
      <CardHeader title="Providers" description="Set by whoever runs ResolutionFlow (ANTHROPIC_API_KEY, VOYAGE_API_KEY)." />
      <dl className="flex flex-col gap-4 text-sm">
        <div className="flex flex-col gap-1">
          <dt className="text-fg-muted">Language model</dt>
          <dd className="flex flex-col items-start gap-1">
            <CopilotProviderBadge provider={status.provider} />
            <span className="text-fg">
              {offline
                ? "No key is configured: FlowPilot answers from your team's own flows, steps and past sessions, and labels every answer offline."
                : "Anthropic answers; FlowPilot falls back to offline when the provider fails or the budget is used up."}
            </span>
          </dd>
        </div>
        <div className="flex flex-col gap-1">
          <dt className="text-fg-muted">{offline ? "Models once a key is set" : "Models"}</dt>
          <dd className="text-fg">
            <p>
              Fast tier: <code className="font-mono">{status.fast_model}</code> (simple, confident steps and short summaries)
            </p>
            <p>
              Deep tier: <code className="font-mono">{status.deep_model}</code> (hard decisions, flow building, briefings)
            </p>
          </dd>
        </div>
        <div className="flex flex-col gap-1">
          <dt className="text-fg-muted">Embeddings (search, assistant, flywheel)</dt>
          <dd>
            <Embeddings />
          </dd>
        </div>
      </dl>
    </Card>
  );
}

function Embeddings() {
  const embeddings = useEmbeddingStatus();
  if (embeddings.isPending) return <Skeleton className="h-5 w-48" />;
  if (embeddings.isError) return <span className="text-fg-muted">Unknown (the embedding status could not be loaded).</span>;
  return <EmbeddingModel status={embeddings.data} />;
}

function EmbeddingModel({ status }: { status: EmbeddingStatus }) {
  const voyage = status.model.startsWith("voyage/");
  return (
    <div className="flex flex-col items-start gap-1">
      <Badge tone={voyage ? "accent" : "neutral"}>{voyage ? "Voyage AI" : "Local model"}</Badge>
      <span className="text-fg">
        <code className="font-mono">{status.model}</code>
        {voyage ? "" : ", on this server, with no network"} · {formatCount(status.embedded)} of {formatCount(status.documents)} library
        documents embedded
      </span>
    </div>
  );
}
