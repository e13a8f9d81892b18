/**
 * Automatic layout with dagre, top to bottom or left to right. dagre is loaded when a layout is
 * first asked for, so opening the editor does not wait for it.
 */
import { isConnected, type EditorGraph, type Position } from "./graph";
import type { LayoutDirection } from "./store";

export interface Size {
  width: number;
  height: number;
}

/** The size of a node card before the canvas has measured it. */
export const DEFAULT_NODE_SIZE: Size = { width: 240, height: 96 };

export function linksOf(graph: EditorGraph): { source: string; target: string }[] {
  return [
    ...graph.nodes.flatMap((node) =>
      node.answers.filter(isConnected).map((answer) => ({ source: node.id, target: answer.target })),
    ),
    ...graph.edges,
  ];
}

/** Top-left positions of every node, laid out in `direction`. */
export async function layoutPositions(
  graph: EditorGraph,
  direction: LayoutDirection,
  sizeOf: (id: string) => Size | undefined,
): Promise<Map<string, Position>> {
  const { default: dagre } = await import("@dagrejs/dagre");
  const layout = new dagre.graphlib.Graph({ multigraph: true });
  layout.setGraph({ rankdir: direction, nodesep: direction === "TB" ? 48 : 32, ranksep: direction === "TB" ? 72 : 96, marginx: 20, marginy: 20 });
  layout.setDefaultEdgeLabel(() => ({}));
  const ids = new Set<string>();
  for (const node of graph.nodes) {
    if (ids.has(node.id)) continue; // a duplicate id (a validation error) is placed once
    ids.add(node.id);
    const size = sizeOf(node.id) ?? DEFAULT_NODE_SIZE;
    layout.setNode(node.id, { width: size.width, height: size.height });
  }
  linksOf(graph).forEach((link, index) => {
    if (ids.has(link.source) && ids.has(link.target)) layout.setEdge(link.source, link.target, {}, String(index));
  });
  dagre.layout(layout);
  const positions = new Map<string, Position>();
  for (const id of ids) {
    const placed = layout.node(id) as { x: number; y: number; width: number; height: number };
    positions.set(id, { x: Math.round(placed.x - placed.width / 2), y: Math.round(placed.y - placed.height / 2) });
  }
  return positions;
}

/** The direction a graph was laid out in, guessed from where its links go (down or right). */
export function guessDirection(graph: EditorGraph): LayoutDirection {
  const at = new Map(graph.nodes.flatMap((node) => (node.position ? [[node.id, node.position] as const] : [])));
  let down = 0;
  let right = 0;
  for (const link of linksOf(graph)) {
    const from = at.get(link.source);
    const to = at.get(link.target);
    if (!from || !to) continue;
    // Signed: a tree's branches spread both ways across the direction it grows in, and cancel out.
    down += to.y - from.y;
    right += to.x - from.x;
  }
  return right > down ? "LR" : "TB";
}

/** Whether the draft needs a layout before it can be shown: nodes without a position, or all in one spot. */
export function needsLayout(graph: EditorGraph): boolean {
  if (graph.nodes.some((node) => node.position === null)) return true;
  if (graph.nodes.length < 2) return false;
  const spots = new Set(graph.nodes.map((node) => `${node.position?.x},${node.position?.y}`));
  return spots.size === 1;
}
