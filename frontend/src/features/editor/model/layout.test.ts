import { moveNodes } from "./edits";
import { fromApiGraph } from "./graph";
import { guessDirection, layoutPositions, needsLayout } from "./layout";
import { savedTroubleshooting } from "./test-graphs";

describe("automatic layout", () => {
  it("puts what follows below (top to bottom) or to the right (left to right)", async () => {
    const graph = fromApiGraph(savedTroubleshooting());
    const down = await layoutPositions(graph, "TB", () => undefined);
    expect(down.get("a1")?.y).toBeGreaterThan(down.get("q1")?.y ?? Infinity);
    expect(down.get("r1")?.y).toBeGreaterThan(down.get("a1")?.y ?? Infinity);
    expect(guessDirection(moveNodes(graph, down))).toBe("TB");

    const right = await layoutPositions(graph, "LR", () => ({ width: 200, height: 80 }));
    expect(right.get("a1")?.x).toBeGreaterThan(right.get("q1")?.x ?? Infinity);
    expect(guessDirection(moveNodes(graph, right))).toBe("LR");
    expect(right.size).toBe(graph.nodes.length);
  });

  it("is needed when nodes have no place (imported or AI-built drafts)", () => {
    const graph = fromApiGraph(savedTroubleshooting());
    expect(needsLayout(graph)).toBe(false);
    expect(needsLayout({ ...graph, nodes: graph.nodes.map((node) => ({ ...node, position: null })) })).toBe(true);
    expect(needsLayout({ ...graph, nodes: graph.nodes.map((node) => ({ ...node, position: { x: 0, y: 0 } })) })).toBe(true);
  });
});
