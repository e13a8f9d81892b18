/**
 * The canvas's nodes and edges, derived from the graph. A node or edge object is reused while
 * nothing it shows has changed, so with hundreds of nodes an edit re-renders only what it touched.
 */
import type { Edge, Node } from "@xyflow/react";

import { answerHandle, OUT_HANDLE } from "../model/edits";
import { exitStyle, isConnected, KIND_LABELS, type EditorGraph, type EditorNode, type Position } from "../model/graph";
import type { NodeProblems } from "../model/problems";
import { answerEdgeId, plainEdgeId, type LayoutDirection } from "../model/store";

/** How a node differs between two compared versions. */
export type DiffMark = "added" | "removed" | "changed";

export interface CardData extends Record<string, unknown> {
  node: EditorNode;
  isStart: boolean;
  problems: NodeProblems | undefined;
  direction: LayoutDirection;
  mark: DiffMark | null;
  readOnly: boolean;
  /** Edges out of a question or an end node: an error, drawn so that they can be removed. */
  strayEdges: boolean;
}

export type CardNode = Node<CardData, "card">;

export interface NodeInputs {
  graph: EditorGraph;
  selected: ReadonlySet<string>;
  dragPositions: ReadonlyMap<string, Position> | null;
  measured: ReadonlyMap<string, { width: number; height: number }>;
  problems: ReadonlyMap<string, NodeProblems>;
  marks: ReadonlyMap<string, DiffMark>;
  direction: LayoutDirection;
  readOnly: boolean;
}

const ORIGIN: Position = { x: 0, y: 0 };

function sameCard(a: CardNode, b: CardNode): boolean {
  const x = a.data;
  const y = b.data;
  return (
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.selected === b.selected &&
    a.measured === b.measured &&
    x.node === y.node &&
    x.isStart === y.isStart &&
    x.problems === y.problems &&
    x.direction === y.direction &&
    x.mark === y.mark &&
    x.readOnly === y.readOnly &&
    x.strayEdges === y.strayEdges
  );
}

/** Canvas nodes for the graph, reusing `cache` entries that did not change (the cache is updated). */
function canvasNodes(input: NodeInputs, cache: Map<string, CardNode>): CardNode[] {
  const { graph } = input;
  const stray = new Set(graph.edges.map((edge) => edge.source));
  const seen = new Set<string>();
  const nodes: CardNode[] = [];
  for (const node of graph.nodes) {
    if (seen.has(node.id)) continue; // a duplicate id (a validation error) is drawn once
    seen.add(node.id);
    const card: CardNode = {
      id: node.id,
      type: "card",
      position: input.dragPositions?.get(node.id) ?? node.position ?? ORIGIN,
      selected: input.selected.has(node.id),
      measured: input.measured.get(node.id),
      ariaLabel: `${KIND_LABELS[node.kind]}: ${node.title}`,
      draggable: !input.readOnly,
      connectable: !input.readOnly,
      deletable: false,
      data: {
        node,
        isStart: graph.start === node.id,
        problems: input.problems.get(node.id),
        direction: input.direction,
        mark: input.marks.get(node.id) ?? null,
        readOnly: input.readOnly,
        strayEdges: exitStyle(node.kind) !== "edge" && stray.has(node.id),
      },
    };
    const cached = cache.get(node.id);
    nodes.push(cached && sameCard(cached, card) ? cached : card);
  }
  cache.clear();
  for (const node of nodes) cache.set(node.id, node);
  return nodes;
}

export interface EdgeInputs {
  graph: EditorGraph;
  selected: ReadonlySet<string>;
  readOnly: boolean;
}

/** Canvas edges: one per connected answer (from its handle) and one per edge of the graph. */
function canvasEdges(input: EdgeInputs, cache: Map<string, Edge>): Edge[] {
  const ids = new Set(input.graph.nodes.map((node) => node.id));
  const edges: Edge[] = [];
  const add = (edge: Edge) => {
    const cached = cache.get(edge.id);
    const same =
      cached?.source === edge.source &&
      cached.target === edge.target &&
      cached.sourceHandle === edge.sourceHandle &&
      cached.selected === edge.selected &&
      cached.selectable === edge.selectable;
    edges.push(same ? cached : edge);
  };
  for (const node of input.graph.nodes) {
    node.answers.forEach((answer, index) => {
      if (!isConnected(answer) || !ids.has(answer.target)) return;
      const id = answerEdgeId(node.id, index);
      add({ id, source: node.id, sourceHandle: answerHandle(index), target: answer.target, selected: input.selected.has(id), selectable: !input.readOnly });
    });
  }
  const seen = new Set<string>();
  for (const edge of input.graph.edges) {
    const id = plainEdgeId(edge.source, edge.target);
    if (seen.has(id) || !ids.has(edge.source) || !ids.has(edge.target)) continue;
    seen.add(id);
    add({ id, source: edge.source, sourceHandle: OUT_HANDLE, target: edge.target, selected: input.selected.has(id), selectable: !input.readOnly });
  }
  cache.clear();
  for (const edge of edges) cache.set(edge.id, edge);
  return edges;
}

/** A function from inputs to canvas nodes that remembers the last nodes it made (one per canvas). */
export function nodeBuilder(): (input: NodeInputs) => CardNode[] {
  const cache = new Map<string, CardNode>();
  return (input) => canvasNodes(input, cache);
}

/** A function from inputs to canvas edges that remembers the last edges it made (one per canvas). */
export function edgeBuilder(): (input: EdgeInputs) => Edge[] {
  const cache = new Map<string, Edge>();
  return (input) => canvasEdges(input, cache);
}
