import { Card, CardHeader, cx, EmptyState } from "@/components/ui";
import type { CopilotStatus } from "@/lib/copilot";

import type { UsageLine } from "./api";
import { FEATURE_LABELS, formatCount, formatUsd, labelOf, TIER_LABELS } from "./labels";

const NUMBER_CELL = "px-4 py-3 text-right tabular-nums whitespace-nowrap";

/** This month per feature and tier: requests (by the model or offline, also as bars), tokens and estimated cost. */
export function UsageByFeature({ lines, month, status }: { lines: UsageLine[]; month: string; status: CopilotStatus }) {
  const most = Math.max(1, ...lines.map((line) => line.requests));
  const total = (pick: (line: UsageLine) => number) => lines.reduce((sum, line) => sum + pick(line), 0);
  const models: Record<string, string | undefined> = { fast: status.fast_model, deep: status.deep_model };

  return (
    <Card>
      <CardHeader title={`Usage in ${monthName(month)}`} description="Every FlowPilot answer by feature and tier, offline ones included (at no cost)." />
      {lines.length === 0 ? (
        <EmptyState title="No FlowPilot requests this month" description="Suggestions, summaries, chats, built flows and flywheel runs show up here." />
      ) : (
        <div className="-mx-5 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">FlowPilot usage this month by feature and tier</caption>
            <thead className="border-y border-border text-xs text-fg-muted uppercase">
              <tr>
                <th scope="col" className="px-4 py-3 font-medium">Feature</th>
                <th scope="col" className="px-4 py-3 font-medium">Tier</th>
                <th scope="col" className="px-4 py-3 font-medium">Requests</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Input tokens</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Output tokens</th>
                <th scope="col" className="px-4 py-3 text-right font-medium">Est. cost</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {lines.map((line) => (
                <tr key={`${line.feature}-${line.tier}`}>
                  <th scope="row" className="px-4 py-3 font-medium whitespace-nowrap text-fg">
                    {labelOf(FEATURE_LABELS, line.feature)}
                  </th>
                  <td className="px-4 py-3 whitespace-nowrap">
                    {labelOf(TIER_LABELS, line.tier)}
                    {line.requests > line.offline && models[line.tier] && <span className="block text-xs text-fg-muted">{models[line.tier]}</span>}
                  </td>
                  <td className="min-w-44 px-4 py-3">
                    <RequestsCount model={line.requests - line.offline} offline={line.offline} />
                    <RequestsBar line={line} most={most} />
                  </td>
                  <td className={NUMBER_CELL}>{formatCount(line.input_tokens)}</td>
                  <td className={NUMBER_CELL}>{formatCount(line.output_tokens)}</td>
                  <td className={NUMBER_CELL}>{formatUsd(line.cost_usd)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot className="border-t border-border font-semibold">
              <tr>
                <th scope="row" colSpan={2} className="px-4 py-3 text-left">
                  Total
                </th>
                <td className="px-4 py-3">
                  <RequestsCount model={total((line) => line.requests - line.offline)} offline={total((line) => line.offline)} />
                </td>
                <td className={NUMBER_CELL}>{formatCount(total((line) => line.input_tokens))}</td>
                <td className={NUMBER_CELL}>{formatCount(total((line) => line.output_tokens))}</td>
                <td className={NUMBER_CELL}>{formatUsd(total((line) => line.cost_usd))}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {lines.length > 0 && (
        <p className="mt-4 flex items-center gap-4 text-xs text-fg-muted">
          <LegendItem swatch="bg-accent">By the model</LegendItem>
          <LegendItem swatch="bg-fg-muted">Offline</LegendItem>
        </p>
      )}
    </Card>
  );
}

function RequestsCount({ model, offline }: { model: number; offline: number }) {
  return (
    <span className="tabular-nums whitespace-nowrap">
      {formatCount(model + offline)}
      <span className="font-normal text-fg-muted">
        {" "}
        ({formatCount(model)} model, {formatCount(offline)} offline)
      </span>
    </span>
  );
}

/** The line's requests against the busiest line's, split into model and offline answers. */
function RequestsBar({ line, most }: { line: UsageLine; most: number }) {
  const width = (count: number) => `${(count / most) * 100}%`;
  return (
    <span aria-hidden="true" className="mt-1 flex h-1.5 w-full overflow-hidden rounded-full bg-surface-raised">
      <span className="h-full bg-accent" style={{ width: width(line.requests - line.offline) }} />
      <span className="h-full bg-fg-muted" style={{ width: width(line.offline) }} />
    </span>
  );
}

function LegendItem({ swatch, children }: { swatch: string; children: string }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span aria-hidden="true" className={cx("inline-block size-2.5 rounded-sm", swatch)} />
      {children}
    </span>
  );
}

const MONTH = new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric", timeZone: "UTC" });

/** "2026-11" as "November 2026". */
function monthName(month: string): string {
  return MONTH.format(new Date(`${month}-01T00:00:00Z`));
}
