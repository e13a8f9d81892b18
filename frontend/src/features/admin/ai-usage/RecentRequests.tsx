import { Badge, Card, CardHeader } from "@/components/ui";
import { formatDateTime } from "@/lib/format";

import type { UsageEntry } from "./api";
import { FEATURE_LABELS, formatCount, formatUsd, labelOf, OUTCOME_LABELS, TIER_LABELS } from "./labels";

const OUTCOME_TONES: Record<string, "success" | "neutral" | "warning" | "danger" | undefined> = {
  ok: "success",
  offline: "neutral",
  fallback: "warning",
  budget_exhausted: "danger",
};

function formatLatency(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** How many entries had each outcome, most frequent first. */
function outcomeCounts(entries: UsageEntry[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.outcome, (counts.get(entry.outcome) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** The latest ledger entries (the API keeps 50 here): model, latency and outcome of each, with their average and counts. */
export function RecentRequests({ entries }: { entries: UsageEntry[] }) {
  if (entries.length === 0) return null;
  const averageLatency = Math.round(entries.reduce((sum, entry) => sum + entry.latency_ms, 0) / entries.length);
  return (
    <Card>
      <CardHeader
        title={`Latest ${entries.length === 1 ? "request" : `${entries.length} requests`}`}
        description={
          <>
            Average latency {formatLatency(averageLatency)} ·{" "}
            {outcomeCounts(entries)
              .map(([outcome, count]) => `${labelOf(OUTCOME_LABELS, outcome)} ${formatCount(count)}`)
              .join(" · ")}
          </>
        }
      />
      <div className="-mx-5 -mb-5 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">The latest FlowPilot requests</caption>
          <thead className="border-y border-border text-xs text-fg-muted uppercase">
            <tr>
              <th scope="col" className="px-4 py-3 font-medium">When</th>
              <th scope="col" className="px-4 py-3 font-medium">Feature · model</th>
              <th scope="col" className="px-4 py-3 text-right font-medium">Tokens · cost</th>
              <th scope="col" className="px-4 py-3 text-right font-medium">Latency</th>
              <th scope="col" className="px-4 py-3 font-medium">Outcome</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {entries.map((entry, index) => (
              <tr key={index}>
                <td className="px-4 py-3 whitespace-nowrap">{formatDateTime(entry.created_at)}</td>
                <td className="px-4 py-3 whitespace-nowrap">
                  {labelOf(FEATURE_LABELS, entry.feature)}
                  <span className="block text-xs text-fg-muted">
                    {labelOf(TIER_LABELS, entry.tier)} · <span className="font-mono">{entry.model}</span>
                  </span>
                </td>
                <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums">
                  {formatCount(entry.input_tokens)} / {formatCount(entry.output_tokens)}
                  <span className="block text-xs text-fg-muted">{formatUsd(entry.cost_usd)}</span>
                </td>
                <td className="px-4 py-3 text-right whitespace-nowrap tabular-nums">{formatLatency(entry.latency_ms)}</td>
                <td className="min-w-56 px-4 py-3">
                  <Badge tone={OUTCOME_TONES[entry.outcome] ?? "neutral"}>{labelOf(OUTCOME_LABELS, entry.outcome)}</Badge>
                  {/* Offline without a key always has the same reason; the others say what happened. */}
                  {entry.outcome !== "offline" && entry.reason && <span className="mt-0.5 block text-xs text-fg-muted">{entry.reason}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
