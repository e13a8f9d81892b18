import { ApiError } from "@/api/errors";
import { cx, EmptyState, ErrorState, SkeletonList } from "@/components/ui";

import { useFlowInsights, type FlowInsights, type NodeInsight } from "./api";

/** A median time for people: "43 s", "2 min 5 s", "1 h 12 min". */
function formatSeconds(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return whole % 60 ? `${minutes} min ${whole % 60} s` : `${minutes} min`;
  return minutes % 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${Math.floor(minutes / 60)} h`;
}

function percent(share: number | null): string {
  return share === null ? "–" : `${Math.round(share * 100)}%`;
}

const OUTCOMES = [
  { key: "resolved", label: "Resolved", bar: "bg-success" },
  { key: "escalated", label: "Escalated", bar: "bg-warning" },
  { key: "unresolved", label: "Unresolved", bar: "bg-danger" },
  { key: "abandoned", label: "Abandoned", bar: "bg-fg-muted" },
] as const;

/**
 * How the sessions on a published version went: outcomes, per step figures, where sessions were
 * abandoned. `version` null: the flow has only a draft.
 */
export function InsightsPanel({ flowId, version }: { flowId: string; version: number | null }) {
  const query = useFlowInsights(flowId, version);
  const insights = query.data;
  if (version === null || (query.error instanceof ApiError && query.error.code === "flow_not_published")) {
    return <EmptyState title="No insights yet" description="Insights come from sessions, which run on published versions." />;
  }
  if (query.isError) return <ErrorState error={query.error} title="The insights could not be loaded" onRetry={() => void query.refetch()} />;
  if (!insights) return <SkeletonList lines={4} label="Loading insights" />;
  if (insights.outcomes.sessions === 0) {
    return <EmptyState title="No sessions yet" description={`Nobody has run version ${insights.version} yet.`} />;
  }
  return (
    <div className="flex flex-col gap-6">
      <Outcomes insights={insights} />
      <NodeTable nodes={insights.nodes.filter((node) => node.visits > 0)} />
      <Abandonment insights={insights} />
    </div>
  );
}

function Outcomes({ insights }: { insights: FlowInsights }) {
  const { outcomes } = insights;
  return (
    <section aria-labelledby="insights-outcomes" className="flex flex-col gap-3">
      <h3 id="insights-outcomes" className="text-sm font-semibold text-fg">
        Outcomes of {outcomes.sessions} session{outcomes.sessions === 1 ? "" : "s"} on version {insights.version}
      </h3>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {OUTCOMES.map((outcome) => (
          <div key={outcome.key} className="rounded-md bg-surface-raised p-3">
            <dt className="text-xs text-fg-muted">{outcome.label}</dt>
            <dd className="text-xl font-semibold text-fg">
              {percent(outcomes[`${outcome.key}_rate`])} <span className="text-sm font-normal text-fg-muted">({outcomes[outcome.key]})</span>
            </dd>
          </div>
        ))}
        <div className="rounded-md bg-surface-raised p-3">
          <dt className="text-xs text-fg-muted">Still open</dt>
          <dd className="text-xl font-semibold text-fg">{outcomes.open}</dd>
        </div>
      </dl>
      {outcomes.closed > 0 && (
        <div aria-hidden="true" className="flex h-2 overflow-hidden rounded-full bg-surface-raised">
          {OUTCOMES.map((outcome) => (
            <div key={outcome.key} className={outcome.bar} style={{ width: `${(outcomes[`${outcome.key}_rate`] ?? 0) * 100}%` }} />
          ))}
        </div>
      )}
      <p className="text-xs text-fg-muted">Rates are of the {outcomes.closed} closed sessions.</p>
    </section>
  );
}

function NodeFigures({ node }: { node: NodeInsight }) {
  if (node.answers.length) {
    return (
      <ul className="flex flex-col gap-1">
        {node.answers.map((answer) => (
          <li key={answer.index} className="flex flex-col gap-0.5">
            <span>
              {answer.label} <span className="text-fg-muted">— {answer.chosen} ({percent(answer.share)})</span>
            </span>
            <span aria-hidden="true" className="h-1 rounded-full bg-surface-raised">
              <span className="block h-1 rounded-full bg-accent" style={{ width: `${(answer.share ?? 0) * 100}%` }} />
            </span>
          </li>
        ))}
      </ul>
    );
  }
  if (node.results) {
    const { done, failed, skipped } = node.results;
    return (
      <span>
        {done} done, {failed} failed, {skipped} skipped
      </span>
    );
  }
  const ended = Object.entries(node.ended_here).filter(([, count]) => count > 0);
  return ended.length ? <span>Ended here: {ended.map(([outcome, count]) => `${count} ${outcome}`).join(", ")}</span> : null;
}

function NodeTable({ nodes }: { nodes: NodeInsight[] }) {
  return (
    <section aria-labelledby="insights-steps" className="flex flex-col gap-2">
      <h3 id="insights-steps" className="text-sm font-semibold text-fg">
        Per step
      </h3>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-border text-left text-xs text-fg-muted">
              <th scope="col" className="py-2 pr-3 font-medium">Step</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">Visits</th>
              <th scope="col" className="py-2 pr-3 text-right font-medium">Median time</th>
              <th scope="col" className="py-2 font-medium">Answers and results</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((node) => (
              <tr key={node.node_id} className="border-b border-border align-top last:border-0">
                <th scope="row" className="py-2 pr-3 text-left font-medium text-fg">
                  {node.title ?? node.node_id}
                </th>
                <td className="py-2 pr-3 text-right tabular-nums">{node.visits}</td>
                <td className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">
                  {node.median_seconds === null ? "–" : formatSeconds(node.median_seconds)}
                </td>
                <td className="min-w-56 py-2 text-fg">
                  <NodeFigures node={node} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Abandonment({ insights }: { insights: FlowInsights }) {
  return (
    <section aria-labelledby="insights-abandoned" className="flex flex-col gap-2">
      <h3 id="insights-abandoned" className="text-sm font-semibold text-fg">
        Where sessions were abandoned
      </h3>
      {insights.abandoned_at.length === 0 ? (
        <p className="text-sm text-fg-muted">No session of this version was abandoned.</p>
      ) : (
        <ol className="flex flex-col gap-1 text-sm">
          {insights.abandoned_at.map((point, index) => (
            <li key={point.node_id} className={cx("flex justify-between gap-3", index === 0 && "font-medium")}>
              <span>{point.title ?? point.node_id}</span>
              <span className="text-fg-muted tabular-nums">
                {point.sessions} ({percent(point.share)})
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
