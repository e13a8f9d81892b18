import type { ValidationReport } from "../api";
import { diffGraphs } from "./diff";
import { connect } from "./edits";
import { fromApiGraph, UNCONNECTED } from "./graph";
import { problemMessage, problemsByNode } from "./problems";
import { savedTroubleshooting } from "./test-graphs";

describe("validation problems", () => {
  it("explains an answer the editor has not connected yet", () => {
    const message = problemMessage({
      code: "answer_target_missing",
      node_id: "q1",
      message: `Answer 'Maybe' of 'q1' leads to '${UNCONNECTED}', which is not a node.`,
      related: [UNCONNECTED],
    });
    expect(message).toBe("Answer 'Maybe' is not connected: drag from its handle to the next step.");
  });

  it("groups errors and warnings by node; problems without a node stay in the list only", () => {
    const report: ValidationReport = {
      valid: false,
      errors: [
        { code: "dead_end", node_id: "a1", message: "'a1' has no way forward.", related: [] },
        { code: "unreachable_node", node_id: "a1", message: "'a1' cannot be reached.", related: [] },
        { code: "start_missing", node_id: null, message: "No start.", related: [] },
      ],
      warnings: [{ code: "loop", node_id: "q1", message: "Loop.", related: [] }],
    };
    const byNode = problemsByNode(report);
    expect(byNode.get("a1")).toEqual({ errors: ["'a1' has no way forward.", "'a1' cannot be reached."], warnings: [] });
    expect(byNode.get("q1")).toEqual({ errors: [], warnings: ["Loop."] });
    expect(byNode.size).toBe(2);
  });
});

describe("diff of two graphs", () => {
  it("names added, removed and changed nodes; rewiring changes the source node", () => {
    const base = fromApiGraph(savedTroubleshooting());
    const target = connect({ ...base, nodes: base.nodes.filter((node) => node.id !== "i1") }, "a1", "out", "e1");
    expect(diffGraphs(base, target)).toEqual({ added: [], removed: ["i1"], changed: [{ id: "a1", fields: ["edges"] }], startChanged: false });
  });
});
