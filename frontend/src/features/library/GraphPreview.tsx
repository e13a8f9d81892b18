import { useEffect, useId, useMemo, useRef } from "react";

import { cx } from "@/components/ui";

import type { Graph, NodeInsight } from "./api";
import { layoutGraph, NODE_HEIGHT, NODE_WIDTH, wrapText, type NodeKind, type PlacedLink, type PlacedNode } from "./graph-layout";

const NODE_KINDS: Record<NodeKind, { label: string; box: string; swatch: string }> = {
  question: { label: "Question", box: "fill-accent-soft stroke-accent", swatch: "bg-accent-soft border-accent" },
  action: { label: "Action", box: "fill-surface-raised stroke-control-border", swatch: "bg-surface-raised border-control-border" },
  input: { label: "Input", box: "fill-warning-soft stroke-warning", swatch: "bg-warning-soft border-warning" },
  resolution: { label: "Resolution", box: "fill-success-soft stroke-success", swatch: "bg-success-soft border-success" },
  escalation: { label: "Escalation", box: "fill-danger-soft stroke-danger", swatch: "bg-danger-soft border-danger" },
};

const LABEL_CHARS = 22;
const CHAR_WIDTH = 6.1; // of the 11 px label font, for the label's backdrop

interface GraphPreviewProps {
  graph: Graph;
  /** Per node figures of the shown version (visits on nodes, answer shares on links). */
  insights?: NodeInsight[];
}

function percent(share: number | null | undefined): string | null {
  return share === null || share === undefined ? null : `${Math.round(share * 100)}%`;
}

/** A read-only drawing of the flow: nodes coloured by kind, answers labelled on their links. */
export function GraphPreview({ graph, insights }: GraphPreviewProps) {
  const layout = useMemo(() => layoutGraph(graph), [graph]);
  const markerId = useId();
  const titleId = useId();
  const byNode = new Map(insights?.map((node) => [node.node_id, node]));
  const labels = linkLabels(layout.links, byNode);
  const viewport = useRef<HTMLDivElement>(null);
  const start = layout.nodes.find((node) => node.id === graph.start);

  // A graph wider than the page opens scrolled to its start.
  useEffect(() => {
    const element = viewport.current;
    if (element && start) element.scrollLeft = start.x + NODE_WIDTH / 2 - element.clientWidth / 2;
  }, [start]);

  return (
    <div className="flex flex-col gap-3">
      <div ref={viewport} className="max-h-[36rem] overflow-auto rounded-md border border-border bg-canvas" tabIndex={0} aria-labelledby={titleId} role="region">
        <svg
          role="img"
          aria-labelledby={titleId}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          className="mx-auto block text-[11px]"
        >
          <title id={titleId}>{`Flow graph: ${graph.nodes.length} steps; the steps are also listed below.`}</title>
          <defs>
            <marker id={markerId} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0 10 5 0 10z" className="fill-fg-muted" />
            </marker>
          </defs>
          {layout.links.map((link) => (
            <GraphLink key={`${link.source}-${link.target}`} link={link} marker={markerId} />
          ))}
          {labels.map((label, index) => label && <GraphLinkLabel key={index} label={label} />)}
          {layout.nodes.map((node) => (
            <GraphNode key={node.id} node={node} start={node.id === graph.start} visits={byNode.get(node.id)?.visits} />
          ))}
        </svg>
      </div>
      <ul aria-label="Node kinds" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted">
        {Object.entries(NODE_KINDS).map(([kind, style]) => (
          <li key={kind} className="flex items-center gap-1.5">
            <span aria-hidden="true" className={cx("inline-block size-3 rounded-sm border", style.swatch)} />
            {style.label}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block w-5 border-t border-dashed border-fg-muted" />
          Loop back
        </li>
      </ul>
      <GraphOutline nodes={layout.nodes} links={layout.links} />
    </div>
  );
}

/** The same graph as nested lists: for screen readers, and for reading it step by step. */
function GraphOutline({ nodes, links }: { nodes: PlacedNode[]; links: PlacedLink[] }) {
  const titles = new Map(nodes.map((node) => [node.id, node.title]));
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-fg-muted hover:text-fg">The steps as a list</summary>
      <ol className="mt-2 flex flex-col gap-2 pl-1">
        {nodes.map((node) => {
          const exits = links.filter((link) => link.source === node.id);
          return (
            <li key={node.id}>
              <span className="font-medium text-fg">{node.title}</span> <span className="text-fg-muted">({NODE_KINDS[node.kind].label})</span>
              {exits.length > 0 && (
                <ul className="mt-0.5 pl-5 text-fg-muted">
                  {exits.flatMap((link) =>
                    (link.answers.length ? link.answers.map((answer) => `“${answer.label}” → `) : ["then → "]).map((lead) => (
                      <li key={`${link.target}-${lead}`}>
                        {lead}
                        {titles.get(link.target)}
                      </li>
                    )),
                  )}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}

function GraphNode({ node, start, visits }: { node: PlacedNode; start: boolean; visits: number | undefined }) {
  const lines = wrapText(node.title, 28, 2);
  const style = NODE_KINDS[node.kind];
  const footer = [style.label, visits === undefined ? null : `${visits} visit${visits === 1 ? "" : "s"}`].filter(Boolean).join(" · ");
  return (
    <g transform={`translate(${node.x} ${node.y})`}>
      <title>{`${style.label}: ${node.title}${visits === undefined ? "" : ` (${visits} visits)`}`}</title>
      <rect width={NODE_WIDTH} height={NODE_HEIGHT} rx={8} className={style.box} strokeWidth={start ? 3 : 1.5} />
      {start && (
        <text x={0} y={-6} className="fill-accent-text text-[10px] font-semibold tracking-wide uppercase">
          Start
        </text>
      )}
      <text x={10} y={lines.length > 1 ? 18 : 24} className="fill-fg text-[12px] font-medium">
        {lines.map((line, index) => (
          <tspan key={index} x={10} dy={index === 0 ? 0 : 15}>
            {line}
          </tspan>
        ))}
      </text>
      <text x={10} y={NODE_HEIGHT - 8} className="fill-fg-muted text-[10px]">
        {footer}
      </text>
    </g>
  );
}

interface LinkLabel {
  text: string;
  full: string;
  x: number;
  y: number;
  width: number;
}

/** Answer labels (with their share when known), nudged right where two on one row would overlap. */
function linkLabels(links: PlacedLink[], byNode: Map<string, NodeInsight>): (LinkLabel | null)[] {
  const labels = links.map((link) => {
    const shares = byNode.get(link.source)?.answers;
    const answers = link.answers.map((answer) => ({
      label: answer.label,
      share: percent(shares?.find((figure) => figure.index === answer.index)?.share),
    }));
    if (!answers.length) return null;
    const full = answers.map(({ label, share }) => (share ? `${label} · ${share}` : label)).join(" / ");
    // a long label is cut, its share never
    const [first] = answers;
    const text =
      answers.length === 1 && first?.share
        ? `${wrapText(first.label, LABEL_CHARS - first.share.length - 3, 1)[0] ?? ""} · ${first.share}`
        : (wrapText(full, LABEL_CHARS, 1)[0] ?? "");
    const width = text.length * CHAR_WIDTH + 10;
    return { text, full, width, x: link.labelAt[0] - width / 2, y: link.labelAt[1] - 9 };
  });
  const rows = new Map<number, LinkLabel[]>();
  for (const label of labels) if (label) rows.set(Math.round(label.y), [...(rows.get(Math.round(label.y)) ?? []), label]);
  for (const row of rows.values()) {
    row.sort((a, b) => a.x - b.x);
    row.forEach((label, index) => {
      const before = row[index - 1];
      if (before && label.x < before.x + before.width + 4) label.x = before.x + before.width + 4;
    });
  }
  return labels;
}

function GraphLink({ link, marker }: { link: PlacedLink; marker: string }) {
  const path = link.curves.map(([p0, p1, p2, p3]) => `M${p0[0]} ${p0[1]} C${p1[0]} ${p1[1]} ${p2[0]} ${p2[1]} ${p3[0]} ${p3[1]}`).join(" ");
  return <path d={path} fill="none" className="stroke-fg-muted" strokeWidth={1.3} strokeDasharray={link.back ? "5 4" : undefined} markerEnd={`url(#${marker})`} />;
}

function GraphLinkLabel({ label }: { label: LinkLabel }) {
  return (
    <g transform={`translate(${label.x} ${label.y})`}>
      <title>{label.full}</title>
      <rect width={label.width} height={18} rx={4} className="fill-surface stroke-border" />
      <text x={5} y={12.5} className="fill-fg">
        {label.text}
      </text>
    </g>
  );
}
