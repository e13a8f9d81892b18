import {
  addNode,
  addStepToSection,
  changeKind,
  connect,
  copyFragment,
  deleteNodes,
  duplicateNodes,
  moveWithinSection,
  NEW_ANSWER_HANDLE,
  OUT_HANDLE,
  pasteFragment,
  renameSection,
  setNext,
  setSectionSequential,
  updateNode,
} from "./edits";
import { fromApiGraph, UNCONNECTED, type EditorGraph } from "./graph";
import { savedProcedural, savedTroubleshooting } from "./test-graphs";

const troubleshooting = () => fromApiGraph(savedTroubleshooting());
const node = (graph: EditorGraph, id: string) => graph.nodes.find((candidate) => candidate.id === id);

describe("graph edits", () => {
  it("adds nodes with readable ids that are not taken", () => {
    const graph = troubleshooting();
    const first = addNode(graph, "action", { x: 10, y: 20 });
    const second = addNode(first.graph, "action", null);
    expect(first.id).toBe("action-6");
    expect(second.id).toBe("action-7");
    expect(node(second.graph, "action-6")).toMatchObject({ kind: "action", title: "New action", position: { x: 10, y: 20 } });
    expect(graph.nodes).toHaveLength(5); // the original is untouched
  });

  it("gives a new input node a variable no other input captures", () => {
    const { graph, id } = addNode(troubleshooting(), "input", null);
    const again = addNode(graph, "input", null);
    expect(node(graph, id)?.input?.variable).toBe("value");
    expect(node(again.graph, again.id)?.input?.variable).toBe("value_2");
  });

  it("shares the nodes an edit did not touch", () => {
    const graph = troubleshooting();
    const next = updateNode(graph, "a1", { title: "Restart it" });
    expect(next.nodes[0]).toBe(graph.nodes[0]);
    expect(next.nodes[1]).not.toBe(graph.nodes[1]);
    expect(updateNode(graph, "missing", { title: "x" })).toBe(graph);
  });

  it("connects an answer handle, the new-answer handle and the single way out of an action", () => {
    let graph = troubleshooting();
    graph = connect(graph, "q1", "answer-1", "r1");
    expect(node(graph, "q1")?.answers[1]).toEqual({ label: "No", target: "r1" });
    graph = connect(graph, "q1", NEW_ANSWER_HANDLE, "e1");
    expect(node(graph, "q1")?.answers[2]).toEqual({ label: "Answer 3", target: "e1" });
    graph = connect(graph, "a1", OUT_HANDLE, "e1");
    expect(graph.edges.filter((edge) => edge.source === "a1")).toEqual([{ source: "a1", target: "e1" }]);
    expect(connect(graph, "r1", OUT_HANDLE, "a1")).toBe(graph); // an end node leads nowhere
    graph = setNext(graph, "a1", null);
    expect(graph.edges.some((edge) => edge.source === "a1")).toBe(false);
    graph = setNext(graph, "a1", "r1");
    expect(graph.edges).toContainEqual({ source: "a1", target: "r1" });
  });

  it("deletes nodes with their edges and leaves the answers that led to them unconnected", () => {
    const graph = deleteNodes(troubleshooting(), new Set(["a1", "e1"]));
    expect(graph.nodes.map((candidate) => candidate.id)).toEqual(["q1", "i1", "r1"]);
    expect(graph.edges).toEqual([{ source: "i1", target: "r1" }]);
    expect(node(graph, "q1")?.answers.map((answer) => answer.target)).toEqual([UNCONNECTED, UNCONNECTED]);
  });

  it("changes kinds and keeps the way forward where the new kind can have it", () => {
    let graph = changeKind(troubleshooting(), "a1", "question");
    expect(node(graph, "a1")?.answers).toEqual([{ label: "Continue", target: "r1" }]);
    expect(graph.edges.some((edge) => edge.source === "a1")).toBe(false);
    graph = changeKind(graph, "q1", "action");
    expect(node(graph, "q1")?.answers).toEqual([]);
    expect(graph.edges).toContainEqual({ source: "q1", target: "a1" });
    graph = changeKind(graph, "q1", "input");
    expect(node(graph, "q1")?.input?.variable).toBe("value");
    graph = changeKind(graph, "q1", "resolution");
    expect(node(graph, "q1")).toMatchObject({ input: null, answers: [] });
    expect(graph.edges.some((edge) => edge.source === "q1")).toBe(false);
  });
});

describe("copy and paste of fragments", () => {
  it("pastes into the same flow with new ids, links inside the fragment follow, links out stay", () => {
    const graph = troubleshooting();
    const fragment = copyFragment(graph, new Set(["q1", "a1"]));
    if (!fragment) throw new Error("nothing copied");
    const { graph: pasted, ids } = pasteFragment(graph, fragment, { x: 500, y: 500 });
    expect(ids).toEqual(["question-6", "action-7"]);
    const question = node(pasted, "question-6");
    // "Yes" led to a1, which was copied too: it now leads to the copy; "No" still leads to e1.
    expect(question?.answers).toEqual([
      { label: "Yes", target: "action-7" },
      { label: "No", target: "e1" },
    ]);
    expect(pasted.edges).toContainEqual({ source: "action-7", target: "r1" });
    // The fragment keeps its shape, its top-left corner at the paste point.
    expect(question?.position).toEqual({ x: 650, y: 500 });
    expect(node(pasted, "action-7")?.position).toEqual({ x: 500, y: 660 });
    expect(pasted.nodes).toHaveLength(7);
  });

  it("pastes into another flow: links to nodes that flow lacks are dropped", () => {
    const fragment = copyFragment(troubleshooting(), new Set(["q1", "a1"]));
    if (!fragment) throw new Error("nothing copied");
    const other = fromApiGraph(savedProcedural());
    const { graph, ids } = pasteFragment(other, fragment, { x: 0, y: 0 });
    expect(ids).toEqual(["question-5", "action-6"]);
    expect(node(graph, "question-5")?.answers).toEqual([
      { label: "Yes", target: "action-6" },
      { label: "No", target: UNCONNECTED },
    ]);
    expect(graph.edges.filter((edge) => edge.source === "action-6")).toEqual([]);
  });

  it("renames a pasted input's variable when it is taken, and the texts that use it", () => {
    let graph = troubleshooting();
    graph = updateNode(graph, "i1", { body: "Note {{ error_code }} and {{other}}." });
    const fragment = copyFragment(graph, new Set(["i1"]));
    if (!fragment) throw new Error("nothing copied");
    const { graph: pasted, ids } = pasteFragment(graph, fragment, { x: 0, y: 0 });
    const copy = node(pasted, ids[0] ?? "");
    expect(copy?.input?.variable).toBe("error_code_2");
    expect(copy?.body).toBe("Note {{error_code_2}} and {{other}}.");
    expect(node(pasted, "i1")?.input?.variable).toBe("error_code");
  });

  it("duplicates next to the original", () => {
    const { graph, ids } = duplicateNodes(troubleshooting(), new Set(["r1"]));
    expect(ids).toEqual(["resolution-6"]);
    expect(node(graph, "resolution-6")).toMatchObject({ title: "Printing works", position: { x: -110, y: 360 } });
  });
});

describe("procedural flows", () => {
  const procedural = () => fromApiGraph(savedProcedural());

  it("moves a step among the steps of its section only", () => {
    const graph = procedural();
    const moved = moveWithinSection(graph, "s2", -1);
    expect(moved.nodes.map((candidate) => candidate.id)).toEqual(["s2", "s1", "s3", "done"]);
    expect(moveWithinSection(graph, "s3", -1)).toBe(graph); // first of its section
  });

  it("adds a step at the end of a section, wired into the chain", () => {
    const { graph, id } = addStepToSection(procedural(), "Accounts");
    expect(graph.nodes.map((candidate) => candidate.id)).toEqual(["s1", "s2", id, "s3", "done"]);
    expect(node(graph, id)).toMatchObject({ section: "Accounts", position: { x: 260, y: 280 } }); // beside "Set up the laptop"
    expect(graph.edges).toContainEqual({ source: "s2", target: id });
    expect(graph.edges).toContainEqual({ source: id, target: "s3" });
    expect(graph.edges).not.toContainEqual({ source: "s2", target: "s3" });
  });

  it("renames a section on its nodes and its checklist settings", () => {
    const graph = renameSection(procedural(), "Accounts", "Identity");
    expect(graph.nodes.filter((candidate) => candidate.section === "Identity")).toHaveLength(2);
    expect(graph.sections).toEqual([{ name: "Identity", sequential: true }]);
  });

  it("keeps settings only for sequential sections", () => {
    let graph = setSectionSequential(procedural(), "Hardware", true);
    expect(graph.sections).toEqual([
      { name: "Accounts", sequential: true },
      { name: "Hardware", sequential: true },
    ]);
    graph = setSectionSequential(graph, "Accounts", false);
    expect(graph.sections).toEqual([{ name: "Hardware", sequential: true }]);
  });
});
