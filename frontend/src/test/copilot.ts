import type { Schema } from "@/api/types";

/** Who answered when no API key is configured (FlowPilot's offline provider). */
export const OFFLINE_PROVIDER: Schema<"ProviderOut"> = {
  provider: "offline",
  offline: true,
  tier: "fast",
  model: "offline",
  reason: "no API key configured: answered from the team's own data",
  route_reason: "simple, confident step",
  notice: null,
  budget: { state: "unlimited", limit_usd: null, spent_usd: 0, share: null, resets_at: "2026-12-01T00:00:00Z" },
};

/** One Server-Sent Event as the API writes it. */
export function sseEvent(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A `text/event-stream` response of `events`, complete. */
export function sseResponse(...events: string[]): Response {
  return new Response(events.join(""), { headers: { "Content-Type": "text/event-stream" } });
}
