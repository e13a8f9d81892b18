import { Background, BackgroundVariant, Controls, ReactFlow, ReactFlowProvider } from "@xyflow/react";
import { useEffect, useMemo, useState } from "react";

import { Button, ErrorState, Skeleton } from "@/components/ui";

import { useFlowVersion, useVersionDiff, type FlowDiff } from "../api";
import { edgeBuilder, nodeBuilder, type DiffMark } from "../canvas/canvas-elements";
import { DEFAULT_EDGE_OPTIONS, FIT_VIEW_OPTIONS, NODE_TYPES, PRO_OPTIONS } from "../canvas/config";
import { moveNodes } from "../model/edits";
import { fromApiGraph, type EditorGraph } from "../model/graph";
import { guessDirection, layoutPositions, needsLayout } from "../model/layout";
import { useEditorStore } from "../model/store";
import type { CompareSide, Comparison } from "./VersionsPanel";

const NOTHING = new Set<string>();
const NO_SIZES = new Map<string, { width: number; height: number }>();
const NO_PROBLEMS = new Map();

/** The graph of one side, laid out when it has no positions (e.g. an imported version). */
function usePlacedGraph(graph: EditorGraph | null): EditorGraph | null {
  const [placed, setPlaced] = useState<{ source: EditorGraph; graph: EditorGraph } | null>(null);
  useEffect(() => {
    if (!graph || !needsLayout(graph)) return;
    let current = true;
    void layoutPositions(graph, "TB", () => undefined).then((positions) => {
      if (current) setPlaced({ source: graph, graph: moveNodes(graph, positions) });
    });
    return () => {
      current = false;
    };
  }, [graph]);
  if (!graph) return null;
  if (!needsLayout(graph)) return graph;
  return placed?.source === graph ? placed.graph : null;
}

function ReadOnlyCanvas({ graph, marks, label }: { graph: EditorGraph; marks: ReadonlyMap<string, DiffMark>; label: string }) {
  const [buildNodes] = useState(nodeBuilder);
  const [buildEdges] = useState(edgeBuilder);
  const direction = useMemo(() => guessDirection(graph), [graph]);
  const nodes = useMemo(
    () => buildNodes({ graph, selected: NOTHING, dragPositions: null, measured: NO_SIZES, problems: NO_PROBLEMS, marks, direction, readOnly: true }),
    [buildNodes, graph, marks, direction],
  );
  const edges = useMemo(() => buildEdges({ graph, selected: NOTHING, readOnly: true }), [buildEdges, graph]);
  return (
    <ReactFlowProvider>
      <ReactFlow
        className="flow-canvas"
        aria-label={label}
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.1}
        proOptions={PRO_OPTIONS}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1.5} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </ReactFlowProvider>
  );
}

const sideLabel = (side: CompareSide) => (side === "draft" ? "Draft" : `Version ${side}`);

/** The diff asked of the API, which compares a version with a later version or the draft. */
function useComparisonDiff(flowId: string, { from, to }: Comparison) {
  const reversed = from === "draft";
  const base = reversed ? (to as number) : from;
  const query = useVersionDiff(flowId, base, reversed || to === "draft" ? null : to);
  const diff = useMemo((): FlowDiff | undefined => {
    if (!query.data || !reversed) return query.data;
    return { ...query.data, added: query.data.removed, removed: query.data.added };
  }, [query.data, reversed]);
  return { ...query, diff };
}

function useSideGraph(flowId: string, side: CompareSide) {
  const version = useFlowVersion(flowId, side === "draft" ? null : side);
  const draft = useEditorStore((state) => state.graph);
  const graph = useMemo(() => (side === "draft" ? draft : version.data ? fromApiGraph(version.data.graph) : null), [side, draft, version.data]);
  return { graph: usePlacedGraph(graph), error: version.error, retry: () => void version.refetch() };
}

function Legend() {
  const item = (className: string, text: string) => (
    <span className="flex items-center gap-1.5">
      <span aria-hidden="true" className={`size-3 rounded-sm border-2 ${className}`} />
      {text}
    </span>
  );
  return (
    <p className="flex gap-4 text-xs text-fg-muted">
      {item("border-success", "Added")}
      {item("border-warning", "Changed")}
      {item("border-danger", "Removed")}
    </p>
  );
}

/** Two versions side by side, what changed marked on both canvases. */
export function VersionCompare({ flowId, comparison, onClose }: { flowId: string; comparison: Comparison; onClose: () => void }) {
  const left = useSideGraph(flowId, comparison.from);
  const right = useSideGraph(flowId, comparison.to);
  const { diff, error, refetch } = useComparisonDiff(flowId, comparison);
  const marks = useMemo(() => {
    const before = new Map<string, DiffMark>();
    const after = new Map<string, DiffMark>();
    for (const id of diff?.removed ?? []) before.set(id, "removed");
    for (const id of diff?.added ?? []) after.set(id, "added");
    for (const change of diff?.changed ?? []) {
      before.set(change.id, "changed");
      after.set(change.id, "changed");
    }
    return { before, after };
  }, [diff]);
  const failure = error ?? left.error ?? right.error;

  const summary = diff
    ? `${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed${diff.start_changed ? ", start moved" : ""}`
    : "Comparing…";
  return (
    <section aria-label="Compare versions" className="flex h-full flex-col">
      <div className="flex flex-wrap items-center gap-4 border-b border-border bg-surface px-4 py-2">
        <h2 className="font-semibold text-fg">
          {sideLabel(comparison.from)} → {sideLabel(comparison.to)}
        </h2>
        <p className="text-sm text-fg-muted" role="status">
          {summary}
        </p>
        <Legend />
        <Button size="sm" variant="secondary" className="ml-auto" onClick={onClose}>
          Back to editing
        </Button>
      </div>
      {failure ? (
        <div className="p-4">
          <ErrorState
            error={failure}
            onRetry={() => {
              void refetch();
              left.retry();
              right.retry();
            }}
          />
        </div>
      ) : (
        <div className="grid min-h-0 flex-1 grid-cols-2 divide-x divide-border">
          {[
            { side: comparison.from, graph: left.graph, marks: marks.before },
            { side: comparison.to, graph: right.graph, marks: marks.after },
          ].map(({ side, graph, marks: sideMarks }) => (
            <div key={sideLabel(side)} className="relative min-h-0">
              <p className="absolute top-2 left-2 z-10 rounded bg-surface px-2 py-1 text-xs font-semibold text-fg shadow">{sideLabel(side)}</p>
              {graph ? <ReadOnlyCanvas graph={graph} marks={sideMarks} label={`${sideLabel(side)} of the flow`} /> : <Skeleton className="size-full rounded-none" />}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
