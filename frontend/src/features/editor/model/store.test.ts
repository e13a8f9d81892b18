import { fromApiGraph, toApiGraph } from "./graph";
import {
  addNode,
  connect,
  copySelection,
  deleteSelection,
  dragTo,
  endDrag,
  HISTORY_LIMIT,
  loadGraph,
  paste,
  redo,
  select,
  undo,
  updateNode,
  useEditorStore,
} from "./store";
import { savedProcedural, savedTroubleshooting } from "./test-graphs";

const graph = () => useEditorStore.getState().graph;
const history = () => useEditorStore.temporal.getState();
const titleOf = (id: string) => graph().nodes.find((node) => node.id === id)?.title;

beforeEach(() => {
  localStorage.clear();
  loadGraph(fromApiGraph(savedTroubleshooting()));
});

afterEach(() => {
  vi.useRealTimers();
});

describe("the editor store", () => {
  it("opens a flow with an empty history", () => {
    expect(history().pastStates).toHaveLength(0);
    expect(toApiGraph(graph())).toStrictEqual(savedTroubleshooting());
  });

  it("undoes and redoes every kind of edit, in order", () => {
    const id = addNode("resolution", { x: 0, y: 0 });
    connect("a1", "out", id ?? "");
    select(["e1"]);
    deleteSelection();
    expect(graph().nodes.map((node) => node.id)).toEqual(["q1", "a1", "i1", "r1", "resolution-6"]);

    undo();
    expect(graph().nodes.some((node) => node.id === "e1")).toBe(true);
    undo();
    expect(graph().edges).toContainEqual({ source: "a1", target: "r1" });
    undo();
    expect(toApiGraph(graph())).toStrictEqual(savedTroubleshooting());
    undo(); // nothing left: no change
    expect(toApiGraph(graph())).toStrictEqual(savedTroubleshooting());

    redo();
    redo();
    redo();
    expect(graph().nodes.some((node) => node.id === "e1")).toBe(false);
    expect(graph().edges).toContainEqual({ source: "a1", target: "resolution-6" });
  });

  it("a new edit after undo drops the redo steps", () => {
    updateNode("a1", { title: "One" });
    undo();
    updateNode("a1", { title: "Two" });
    expect(history().futureStates).toHaveLength(0);
    redo();
    expect(titleOf("a1")).toBe("Two");
  });

  it("does not put selection changes into the history", () => {
    select(["q1", "a1"]);
    select([]);
    expect(history().pastStates).toHaveLength(0);
  });

  it("makes typing into one field one undo step, and a pause starts the next", () => {
    vi.useFakeTimers();
    for (const title of ["R", "Re", "Res", "Rest"]) {
      updateNode("a1", { title }, "title");
      vi.advanceTimersByTime(200);
    }
    vi.advanceTimersByTime(2000);
    updateNode("a1", { title: "Restart" }, "title");
    expect(history().pastStates).toHaveLength(2);
    undo();
    expect(titleOf("a1")).toBe("Rest");
    undo();
    expect(titleOf("a1")).toBe("Restart the spooler");
  });

  it("makes a drag one undo step, committed when it ends", () => {
    dragTo(new Map([["q1", { x: 10, y: 10 }]]));
    dragTo(new Map([["q1", { x: 20, y: 20 }]]));
    expect(graph().nodes[0]?.position).toEqual({ x: 0, y: 0 });
    endDrag(new Map([["q1", { x: 30, y: 30 }]]));
    expect(graph().nodes[0]?.position).toEqual({ x: 30, y: 30 });
    expect(useEditorStore.getState().dragPositions).toBeNull();
    expect(history().pastStates).toHaveLength(1);
    undo();
    expect(graph().nodes[0]?.position).toEqual({ x: 0, y: 0 });
  });

  it("keeps a bounded history", () => {
    for (let i = 0; i < HISTORY_LIMIT + 20; i += 1) updateNode("a1", { title: `Title ${i}` });
    expect(history().pastStates).toHaveLength(HISTORY_LIMIT);
    for (let i = 0; i < HISTORY_LIMIT + 20; i += 1) undo();
    expect(titleOf("a1")).toBe("Title 19");
  });

  it("copies a selection and pastes it into another flow with new ids", () => {
    select(["q1", "a1"]);
    expect(copySelection()).toBe(2);

    loadGraph(fromApiGraph(savedProcedural()));
    expect(paste({ x: 100, y: 100 })).toBe(2);
    const ids = useEditorStore.getState().selectedNodes;
    expect(ids).toEqual(["question-5", "action-6"]);
    const question = graph().nodes.find((node) => node.id === "question-5");
    expect(question?.answers).toEqual([
      { label: "Yes", target: "action-6" },
      { label: "No", target: "__unconnected__" },
    ]);
    undo();
    expect(toApiGraph(graph())).toStrictEqual(savedProcedural());
  });

  it("pastes nothing when the clipboard holds something else", () => {
    localStorage.setItem("resolutionflow.editor.clipboard", JSON.stringify({ format: "other", fragment: {} }));
    expect(paste({ x: 0, y: 0 })).toBe(0);
    expect(history().pastStates).toHaveLength(0);
  });
});
