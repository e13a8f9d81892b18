/**
 * A layered layout of a flow graph for the read-only preview: the start on top, every node one
 * layer below the deepest node leading to it; loops are drawn as back links on the right and do
 * not push layers. A link that skips layers runs through a lane (a placeholder) in each layer it
 * crosses, so it never cuts through a node. Nodes and lanes within a layer sit under the mean
 * position of their parents. Pure, so it is tested alone.
 */
import type { Graph } from "./api";

export const NODE_WIDTH = 200;
export const NODE_HEIGHT = 60;
const LANE_WIDTH = 16;
const GAP_X = 40;
const GAP_Y = 80;
const MARGIN = 24;
/** Back links run this far right of the nodes they pass, a little further for each one. */
const BACK_OFFSET = 20;
const BACK_SPACING = 10;
/** Where on a link's first curve its answer label sits (0 = source, 1 = next layer). */
const LABEL_AT = 0.65;

export type NodeKind = Graph["nodes"][number]["kind"];
export type Point = [number, number];
/** A cubic Bézier curve: start, two control points, end. */
export type Curve = [Point, Point, Point, Point];

export interface PlacedNode {
  id: string;
  kind: NodeKind;
  title: string;
  layer: number;
  x: number;
  y: number;
}

export interface PlacedLink {
  source: string;
  target: string;
  /** Answer labels (question nodes); several answers to one target share a link. */
  answers: { index: number; label: string }[];
  /** Leads back up (a loop, e.g. a retry path). */
  back: boolean;
  /** The drawn route. */
  curves: Curve[];
  /** Where the answer label goes. */
  labelAt: Point;
}

export interface GraphLayout {
  nodes: PlacedNode[];
  links: PlacedLink[];
  width: number;
  height: number;
}

type Link = Pick<PlacedLink, "source" | "target" | "answers" | "back">;

function linksOf(graph: Graph): Link[] {
  const known = new Set(graph.nodes.map((node) => node.id));
  const byPair = new Map<string, Link>();
  const add = (source: string, target: string, answer?: { index: number; label: string }) => {
    if (!known.has(source) || !known.has(target)) return;
    const key = `${source}\u0000${target}`;
    let link = byPair.get(key);
    if (!link) {
      link = { source, target, answers: [], back: false };
      byPair.set(key, link);
    }
    if (answer) link.answers.push(answer);
  };
  for (const node of graph.nodes) {
    node.answers?.forEach((answer, index) => {
      add(node.id, answer.target, { index, label: answer.label });
    });
  }
  for (const edge of graph.edges ?? []) add(edge.source, edge.target);
  return [...byPair.values()];
}

/** Depth-first from the start (then from anything unreachable), marking back links; a topological order. */
function orderAndMarkLoops(graph: Graph, links: Link[]): string[] {
  const outgoing = new Map<string, Link[]>(graph.nodes.map((node) => [node.id, []]));
  for (const link of links) outgoing.get(link.source)?.push(link);
  const state = new Map<string, "open" | "done">();
  const postOrder: string[] = [];
  const visit = (root: string) => {
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, "open");
    for (let frame = stack.at(-1); frame; frame = stack.at(-1)) {
      const link = outgoing.get(frame.id)?.[frame.next];
      if (link) {
        frame.next += 1;
        const seen = state.get(link.target);
        if (seen === "open") link.back = true;
        else if (!seen) {
          state.set(link.target, "open");
          stack.push({ id: link.target, next: 0 });
        }
      } else {
        state.set(frame.id, "done");
        postOrder.push(frame.id);
        stack.pop();
      }
    }
  };
  const known = new Set(graph.nodes.map((node) => node.id));
  for (const id of [graph.start, ...graph.nodes.map((node) => node.id)]) {
    if (known.has(id) && !state.has(id)) visit(id);
  }
  return postOrder.reverse();
}

function bezierPoint([p0, p1, p2, p3]: Curve, t: number): Point {
  const u = 1 - t;
  const at = (i: 0 | 1) => u * u * u * p0[i] + 3 * u * u * t * p1[i] + 3 * u * t * t * p2[i] + t * t * t * p3[i];
  return [at(0), at(1)];
}

/** A curve leaving `from` downwards and arriving at `to` from above. */
function downCurve(from: Point, to: Point): Curve {
  const bend = (to[1] - from[1]) / 2;
  return [from, [from[0], from[1] + bend], [to[0], to[1] - bend], to];
}

export function layoutGraph(graph: Graph): GraphLayout {
  const links = linksOf(graph);
  const topological = orderAndMarkLoops(graph, links);

  // Longest-path layering over forward links.
  const layerOf = new Map<string, number>(topological.map((id) => [id, 0]));
  const forward = links.filter((link) => !link.back);
  for (const id of topological) {
    for (const link of forward) {
      if (link.source === id) layerOf.set(link.target, Math.max(layerOf.get(link.target) ?? 0, (layerOf.get(id) ?? 0) + 1));
    }
  }

  // Rows of slots: nodes, and a lane for each layer a link skips. `parents` of a slot are the
  // slots above it that lead to it.
  const rows: string[][] = [];
  const lanes = new Map<Link, string[]>();
  const parents = new Map<string, string[]>();
  const place = (slot: string, layer: number) => (rows[layer] ??= []).push(slot);
  const linkUp = (child: string, parent: string) => parents.set(child, [...(parents.get(child) ?? []), parent]);
  for (const id of topological) place(id, layerOf.get(id) ?? 0);
  forward.forEach((link, linkIndex) => {
    const from = layerOf.get(link.source) ?? 0;
    const to = layerOf.get(link.target) ?? 0;
    let above = link.source;
    const path: string[] = [];
    for (let layer = from + 1; layer < to; layer++) {
      const lane = `lane:${linkIndex}:${layer}`;
      place(lane, layer);
      linkUp(lane, above);
      path.push(lane);
      above = lane;
    }
    linkUp(link.target, above);
    lanes.set(link, path);
  });

  // Order each row under the mean position of its parents (two passes settle most crossings).
  const position = new Map<string, number>();
  const index = () => {
    for (const row of rows) row.forEach((slot, i) => position.set(slot, i));
  };
  index();
  for (let pass = 0; pass < 2; pass++) {
    for (const row of rows.slice(1)) {
      const weight = new Map(
        row.map((slot) => {
          const above = parents.get(slot) ?? [];
          const mean = above.length ? above.reduce((sum, parent) => sum + (position.get(parent) ?? 0), 0) / above.length : (position.get(slot) ?? 0);
          return [slot, mean];
        }),
      );
      row.sort((a, b) => (weight.get(a) ?? 0) - (weight.get(b) ?? 0));
      row.forEach((slot, i) => position.set(slot, i));
    }
  }

  // Coordinates: each row centred on the widest.
  const slotWidth = (slot: string) => (slot.startsWith("lane:") ? LANE_WIDTH : NODE_WIDTH);
  const rowWidth = (row: string[]) => row.reduce((sum, slot) => sum + slotWidth(slot), 0) + Math.max(0, row.length - 1) * GAP_X;
  const widest = Math.max(NODE_WIDTH, ...rows.map(rowWidth));
  const left = new Map<string, number>();
  rows.forEach((row) => {
    let x = MARGIN + (widest - rowWidth(row)) / 2;
    for (const slot of row) {
      left.set(slot, x);
      x += slotWidth(slot) + GAP_X;
    }
  });
  const top = (layer: number) => MARGIN + layer * (NODE_HEIGHT + GAP_Y);
  const centreX = (slot: string) => (left.get(slot) ?? 0) + slotWidth(slot) / 2;

  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const nodes: PlacedNode[] = topological.flatMap((id) => {
    const node = byId.get(id);
    const layer = layerOf.get(id) ?? 0;
    return node ? [{ id, kind: node.kind, title: node.title, layer, x: left.get(id) ?? 0, y: top(layer) }] : [];
  });

  // Routes: down through the lanes; loops out to the right of every node they pass, and back in.
  const rightEdge = (layer: number) => Math.max(0, ...(rows[layer] ?? []).map((slot) => (left.get(slot) ?? 0) + slotWidth(slot)));
  let backLinks = 0;
  let farthest = MARGIN + widest;
  const placedLinks: PlacedLink[] = links.map((link) => {
    const sourceLayer = layerOf.get(link.source) ?? 0;
    const targetLayer = layerOf.get(link.target) ?? 0;
    if (link.back) {
      const low = Math.min(sourceLayer, targetLayer);
      const high = Math.max(sourceLayer, targetLayer);
      let out = 0;
      for (let layer = low; layer <= high; layer++) out = Math.max(out, rightEdge(layer));
      out += BACK_OFFSET + BACK_SPACING * backLinks++;
      farthest = Math.max(farthest, out);
      const from: Point = [(left.get(link.source) ?? 0) + NODE_WIDTH, top(sourceLayer) + NODE_HEIGHT / 2];
      const to: Point = [(left.get(link.target) ?? 0) + NODE_WIDTH, top(targetLayer) + NODE_HEIGHT / 2];
      const curve: Curve = [from, [out, from[1]], [out, to[1]], to];
      return { ...link, curves: [curve], labelAt: [out, (from[1] + to[1]) / 2] };
    }
    const slots = [link.source, ...(lanes.get(link) ?? []), link.target];
    const curves: Curve[] = [];
    slots.slice(1).forEach((slot, i) => {
      const above = slots[i] ?? link.source;
      const from: Point = [centreX(above), top(sourceLayer + i) + NODE_HEIGHT];
      const to: Point = [centreX(slot), top(sourceLayer + i + 1)];
      curves.push(downCurve(from, to));
      // through the lane's layer, straight down
      if (slot !== link.target) curves.push([to, to, [to[0], to[1] + NODE_HEIGHT], [to[0], to[1] + NODE_HEIGHT]]);
    });
    const first = curves[0] ?? downCurve([0, 0], [0, 0]);
    return { ...link, curves, labelAt: bezierPoint(first, LABEL_AT) };
  });

  return {
    nodes,
    links: placedLinks,
    width: farthest + MARGIN,
    height: MARGIN * 2 + rows.length * NODE_HEIGHT + Math.max(0, rows.length - 1) * GAP_Y,
  };
}

/** Up to `maxLines` lines of at most about `maxChars` characters, the last one cut with "…". */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const cut = (value: string) => `${value.slice(0, maxChars - 1).trimEnd()}…`;
  const kept = lines.slice(0, maxLines).map((value) => (value.length > maxChars ? cut(value) : value));
  const last = kept[kept.length - 1];
  if (lines.length > maxLines && last !== undefined && !last.endsWith("…")) {
    kept[kept.length - 1] = last.length < maxChars ? `${last}…` : cut(last);
  }
  return kept;
}
