import { fromApiGraph, toApiGraph, type ApiGraph } from "./graph";
import { savedProcedural, savedTroubleshooting } from "./test-graphs";

describe("the editor's graph and the API's", () => {
  it("round-trips a saved draft unchanged", () => {
    for (const saved of [savedTroubleshooting(), savedProcedural()]) {
      expect(toApiGraph(fromApiGraph(saved))).toStrictEqual(saved);
    }
  });

  it("fills in what the API leaves out, as the API itself stores it", () => {
    const sparse: ApiGraph = {
      start: "a",
      nodes: [
        { id: "a", kind: "input", title: "Name", body: "", input: { variable: "name", type: "text", required: true } },
        { id: "b", kind: "resolution", title: "Done", body: "" },
      ],
    };
    expect(toApiGraph(fromApiGraph(sparse))).toStrictEqual({
      start: "a",
      nodes: [
        {
          id: "a",
          kind: "input",
          title: "Name",
          body: "",
          commands: [],
          expected_result: null,
          answers: [],
          input: { variable: "name", type: "text", required: true, pattern: null, choices: null },
          section: null,
          position: null,
        },
        { id: "b", kind: "resolution", title: "Done", body: "", commands: [], expected_result: null, answers: [], input: null, section: null, position: null },
      ],
      edges: [],
      sections: [],
    });
  });

  it("gives the request a copy: editing the body later does not change the editor's graph", () => {
    const graph = fromApiGraph(savedTroubleshooting());
    const body = toApiGraph(graph);
    body.nodes[0]?.answers?.push({ label: "Maybe", target: "r1" });
    expect(graph.nodes[0]?.answers).toHaveLength(2);
  });
});
