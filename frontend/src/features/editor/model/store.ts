/**
 * The editor's state: the graph being edited (with undo and redo through zundo), the selection,
 * node positions while a drag is under way, and the layout direction. One editor is open at a
 * time; `loadGraph` resets everything for the next flow.
 *
 * Only the graph is in the history, and only a change of the graph adds a step: selecting or
 * dragging does not (a drag is one step when it ends). Typing into one field of one node adds one
 * step per pause, not one per key (`coalesce`).
 */
import { temporal } from "zundo";
import { create, useStore } from "zustand";

import * as edits from "./edits";
import type { GraphFragment, NodePatch } from "./edits";
import { LIMITS, UNCONNECTED, type EditorGraph, type NodeKind, type Position } from "./graph";

export const HISTORY_LIMIT = 100;
/** Edits of one field closer together than this are one undo step. */
export const COALESCE_MS = 1500;

export type LayoutDirection = "TB" | "LR";

export interface EditorState {
  graph: EditorGraph;
  selectedNodes: readonly string[];
  selectedEdges: readonly string[];
  /** Where dragged nodes are while the drag is under way (committed to the graph when it ends). */
  dragPositions: ReadonlyMap<string, Position> | null;
  direction: LayoutDirection;
}

const EMPTY_GRAPH: EditorGraph = { start: "", nodes: [], edges: [], sections: [] };

export const useEditorStore = create<EditorState>()(
  temporal(
    (): EditorState => ({
      graph: EMPTY_GRAPH,
      selectedNodes: [],
      selectedEdges: [],
      dragPositions: null,
      direction: "TB",
    }),
    {
      limit: HISTORY_LIMIT,
      partialize: (state) => ({ graph: state.graph }),
      equality: (past, current) => past.graph === current.graph,
    },
  ),
);

/** Whether there is something to undo or redo (for buttons). */
export function useHistoryState(): { canUndo: boolean; canRedo: boolean } {
  const canUndo = useStore(useEditorStore.temporal, (state) => state.pastStates.length > 0);
  const canRedo = useStore(useEditorStore.temporal, (state) => state.futureStates.length > 0);
  return { canUndo, canRedo };
}

const get = () => useEditorStore.getState();
let lastCoalesce: { key: string; at: number } | null = null;

/**
 * Replaces the graph as one undo step; with `coalesce`, a change right after another one with the
 * same key joins its step (typing a title).
 */
export function commit(next: EditorGraph, coalesce?: string): void {
  if (next === get().graph) return;
  const now = Date.now();
  const join = coalesce !== undefined && lastCoalesce?.key === coalesce && now - lastCoalesce.at < COALESCE_MS;
  lastCoalesce = coalesce === undefined ? null : { key: coalesce, at: now };
  const history = useEditorStore.temporal.getState();
  if (join) history.pause();
  useEditorStore.setState({ graph: next });
  if (join) history.resume();
}

/** A new graph with no history: a flow was opened. */
export function loadGraph(graph: EditorGraph, direction: LayoutDirection = "TB"): void {
  const history = useEditorStore.temporal.getState();
  history.pause();
  useEditorStore.setState({
    graph,
    selectedNodes: [],
    selectedEdges: [],
    dragPositions: null,
    direction,
  });
  history.resume();
  history.clear();
  lastCoalesce = null;
}

export function undo(): void {
  lastCoalesce = null;
  useEditorStore.temporal.getState().undo();
}

export function redo(): void {
  lastCoalesce = null;
  useEditorStore.temporal.getState().redo();
}

// --- selection -------------------------------------------------------------------------------

export function select(nodes: readonly string[], edgeIds: readonly string[] = []): void {
  useEditorStore.setState({ selectedNodes: nodes, selectedEdges: edgeIds });
}

export function selectAll(): void {
  select(get().graph.nodes.map((node) => node.id));
}

function selectedSet(): Set<string> {
  return new Set(get().selectedNodes);
}

// --- edits of the graph ----------------------------------------------------------------------

export function addNode(kind: NodeKind, position: Position | null): string | null {
  const { graph } = get();
  if (graph.nodes.length >= LIMITS.nodes) return null;
  const result = edits.addNode(graph, kind, position);
  commit(result.graph);
  select([result.id]);
  return result.id;
}

/** A new step at the end of a section of a procedural flow (see `edits.addStepToSection`). */
export function addSectionStep(section: string | null): void {
  if (get().graph.nodes.length >= LIMITS.nodes) return;
  const result = edits.addStepToSection(get().graph, section);
  commit(result.graph);
  select([result.id]);
}

export function updateNode(id: string, patch: NodePatch, field?: string): void {
  commit(edits.updateNode(get().graph, id, patch), field === undefined ? undefined : `${id}:${field}`);
}

export function applyEdit(change: (graph: EditorGraph) => EditorGraph, coalesce?: string): void {
  commit(change(get().graph), coalesce);
}

export function deleteSelection(): void {
  const { graph, selectedNodes, selectedEdges } = get();
  let next = edits.deleteNodes(graph, new Set(selectedNodes));
  for (const edgeId of selectedEdges) next = disconnectEdge(next, edgeId);
  commit(next);
  select([]);
}

export function duplicateSelection(): void {
  const result = edits.duplicateNodes(get().graph, selectedSet());
  commit(result.graph);
  select(result.ids);
}

// Canvas edge ids: `answer:<node>:<index>` for answers, `edge:<source>:<target>` for edges.
export const answerEdgeId = (source: string, index: number) => `answer:${source}:${index}`;
export const plainEdgeId = (source: string, target: string) => `edge:${source}:${target}`;

function disconnectEdge(graph: EditorGraph, edgeId: string): EditorGraph {
  const [type, source = "", rest = ""] = edgeId.split(":");
  if (type === "answer") return edits.setAnswer(graph, source, Number(rest), { target: UNCONNECTED });
  if (type === "edge") return edits.removeEdge(graph, source, rest);
  return graph;
}

export function connect(source: string, handle: string | null | undefined, target: string): void {
  commit(edits.connect(get().graph, source, handle, target));
}

// --- dragging ----------------------------------------------------------------------------------

export function dragTo(positions: ReadonlyMap<string, Position>): void {
  const current = get().dragPositions;
  useEditorStore.setState({ dragPositions: new Map([...(current ?? []), ...positions]) });
}

/** A drag ended: its final positions become one undo step. */
export function endDrag(finalPositions: ReadonlyMap<string, Position>): void {
  const positions = new Map([...(get().dragPositions ?? []), ...finalPositions]);
  useEditorStore.setState({ dragPositions: null });
  commit(edits.moveNodes(get().graph, positions));
}

export function setDirection(direction: LayoutDirection): void {
  useEditorStore.setState({ direction });
}

// --- clipboard: graph fragments, between flows too ------------------------------------------

const CLIPBOARD_KEY = "resolutionflow.editor.clipboard";
const CLIPBOARD_FORMAT = "resolutionflow/graph-fragment@1";

export function copySelection(): number {
  const fragment = edits.copyFragment(get().graph, selectedSet());
  if (!fragment) return 0;
  localStorage.setItem(CLIPBOARD_KEY, JSON.stringify({ format: CLIPBOARD_FORMAT, fragment }));
  return fragment.nodes.length;
}

export function readClipboard(): GraphFragment | null {
  try {
    const stored = JSON.parse(localStorage.getItem(CLIPBOARD_KEY) ?? "null") as { format?: unknown; fragment?: GraphFragment } | null;
    if (stored?.format !== CLIPBOARD_FORMAT || !Array.isArray(stored.fragment?.nodes)) return null;
    return stored.fragment;
  } catch {
    return null;
  }
}

/** Pastes the clipboard with its top-left corner at `at`; the pasted nodes become the selection. */
export function paste(at: Position): number {
  const fragment = readClipboard();
  const { graph } = get();
  if (!fragment || graph.nodes.length + fragment.nodes.length > LIMITS.nodes) return 0;
  const result = edits.pasteFragment(graph, fragment, at);
  commit(result.graph);
  select(result.ids);
  return result.ids.length;
}
