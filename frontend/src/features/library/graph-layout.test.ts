import { expect, test } from "vitest";

import type { Graph } from "./api";
import { layoutGraph, NODE_HEIGHT, wrapText } from "./graph-layout";

const node = (id: string, kind: Graph["nodes"][number]["kind"] = "action", answers: [string, string][] = []) => ({
  id,
  kind,
  title: id,
  body: "",
  commands: [],
  answers: answers.map(([label, target]) => ({ label, target })),
});

// ask → (yes) fix → check → (no) fix (a retry loop), (yes) done; ask → (no) escalate
const GRAPH: Graph = {
  start: "ask",
  nodes: [
    node("ask", "question", [["Yes", "fix"], ["No", "escalate"]]),
    node("fix"),
    node("check", "question", [["Works", "done"], ["Still broken", "fix"]]),
    node("done", "resolution"),
    node("escalate", "escalation"),
  ],
  edges: [{ source: "fix", target: "check" }],
  sections: [],
};

test("nodes sit one layer below the deepest node leading to them; loops do not push layers", () => {
  const layout = layoutGraph(GRAPH);
  const layer = Object.fromEntries(layout.nodes.map((placed) => [placed.id, placed.layer]));

  expect(layer).toEqual({ ask: 0, fix: 1, escalate: 1, check: 2, done: 3 });
  const back = layout.links.filter((link) => link.back).map((link) => `${link.source}→${link.target}`);
  expect(back).toEqual(["check→fix"]);
});

test("answers label their links; an edge has none", () => {
  const links = layoutGraph(GRAPH).links;

  expect(links.find((link) => link.target === "escalate")?.answers).toEqual([{ index: 1, label: "No" }]);
  expect(links.find((link) => link.source === "fix")?.answers).toEqual([]);
});

test("a link that skips layers runs down through a lane, never across a node", () => {
  const graph: Graph = {
    start: "a",
    nodes: [node("a", "question", [["Long way", "b"], ["Short cut", "d"]]), node("b"), node("c"), node("d", "resolution")],
    edges: [
      { source: "b", target: "c" },
      { source: "c", target: "d" },
    ],
    sections: [],
  };
  const layout = layoutGraph(graph);
  const shortcut = layout.links.find((link) => link.answers[0]?.label === "Short cut");
  const c = layout.nodes.find((placed) => placed.id === "c");

  // a (0) → d (3): two lanes, each a curve in and a straight piece through the layer
  expect(shortcut?.curves).toHaveLength(5);
  const laneX = shortcut?.curves[1]?.[0][0] ?? 0;
  expect(c && (laneX < c.x || laneX > c.x + 200)).toBe(true);
  expect(layout.height).toBe(2 * 24 + 4 * NODE_HEIGHT + 3 * 80);
});

test("unreachable nodes and answers to missing nodes do not break the layout", () => {
  const graph: Graph = {
    start: "a",
    nodes: [node("a", "question", [["Gone", "missing"]]), node("orphan")],
    edges: [],
    sections: [],
  };
  const layout = layoutGraph(graph);

  expect(layout.nodes.map((placed) => placed.id).sort()).toEqual(["a", "orphan"]);
  expect(layout.links).toEqual([]);
});

test("titles wrap to at most two lines, the rest cut with an ellipsis", () => {
  expect(wrapText("Check Microsoft 365 service health", 28, 2)).toEqual(["Check Microsoft 365 service", "health"]);
  expect(wrapText("Are legacy overrides present (EnableADAL = 0, DisableAADWAM = 1)?", 28, 2)).toEqual([
    "Are legacy overrides present",
    "(EnableADAL = 0,…",
  ]);
  expect(wrapText("Supercalifragilisticexpialidocious", 10, 1)).toEqual(["Supercali…"]);
});
