/**
 * What changed between two graphs in the editor (the server's `GET /flows/{id}/diff` compares
 * stored versions; the conflict dialog compares the editor's own graph, which is not stored yet).
 * Same rules as the server's `diff_graphs`: nodes by id, a node's outgoing edges count as part of it.
 */
import type { EditorGraph, EditorNode } from "./graph";

export interface GraphDiff {
  added: string[];
  removed: string[];
  changed: { id: string; fields: string[] }[];
  startChanged: boolean;
}

type Comparable = Record<string, unknown>;

function byId(graph: EditorGraph): Map<string, Comparable> {
  const exits = new Map<string, string[]>();
  for (const edge of graph.edges) exits.set(edge.source, [...(exits.get(edge.source) ?? []), edge.target]);
  return new Map(graph.nodes.map((node: EditorNode) => [node.id, { ...node, edges: [...(exits.get(node.id) ?? [])].sort() }]));
}

export function diffGraphs(base: EditorGraph, target: EditorGraph): GraphDiff {
  const before = byId(base);
  const after = byId(target);
  const changed: GraphDiff["changed"] = [];
  for (const [id, node] of after) {
    const old = before.get(id);
    if (!old) continue;
    const fields = Object.keys(node).filter((key) => JSON.stringify(node[key]) !== JSON.stringify(old[key]));
    if (fields.length > 0) changed.push({ id, fields: fields.sort() });
  }
  return {
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
    changed,
    startChanged: base.start !== target.start,
  };
}

export function isEmptyDiff(diff: GraphDiff): boolean {
  return diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0 && !diff.startChanged;
}
