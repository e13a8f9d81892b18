/** Graphs for the editor's tests, shaped as the API returns a saved draft (every field present). */
import type { ApiGraph } from "./graph";

const defaults = { body: "", commands: [], expected_result: null, answers: [], input: null, section: null, position: null };

/** q1 asks; "Yes" leads to the restart (which leads to the fix), "No" to the escalation. */
export function savedTroubleshooting(): ApiGraph {
  return {
    start: "q1",
    nodes: [
      {
        ...defaults,
        id: "q1",
        kind: "question",
        title: "Is the printer on?",
        body: "Look at the **power light**.",
        answers: [
          { label: "Yes", target: "a1" },
          { label: "No", target: "e1" },
        ],
        position: { x: 0, y: 0 },
      },
      {
        ...defaults,
        id: "a1",
        kind: "action",
        title: "Restart the spooler",
        commands: [{ label: "Restart", shell: "powershell", text: "Restart-Service Spooler" }],
        expected_result: "The queue empties.",
        position: { x: -150, y: 160 },
      },
      {
        ...defaults,
        id: "i1",
        kind: "input",
        title: "Error code",
        input: { variable: "error_code", type: "text", required: true, pattern: "^0x[0-9a-f]+$", choices: null },
        position: { x: 150, y: 320 },
      },
      { ...defaults, id: "r1", kind: "resolution", title: "Printing works", position: { x: -150, y: 320 } },
      { ...defaults, id: "e1", kind: "escalation", title: "Send a technician", position: { x: 150, y: 160 } },
    ],
    edges: [
      { source: "a1", target: "r1" },
      { source: "i1", target: "r1" },
    ],
    sections: [],
  };
}

/** A procedural flow: two sections, a chain of steps, the first section sequential. */
export function savedProcedural(): ApiGraph {
  return {
    start: "s1",
    nodes: [
      { ...defaults, id: "s1", kind: "action", title: "Create the account", section: "Accounts", position: { x: 0, y: 0 } },
      { ...defaults, id: "s2", kind: "action", title: "Assign a licence", section: "Accounts", position: { x: 0, y: 140 } },
      { ...defaults, id: "s3", kind: "action", title: "Set up the laptop", section: "Hardware", position: { x: 0, y: 280 } },
      { ...defaults, id: "done", kind: "resolution", title: "Onboarded", section: "Hardware", position: { x: 0, y: 420 } },
    ],
    edges: [
      { source: "s1", target: "s2" },
      { source: "s2", target: "s3" },
      { source: "s3", target: "done" },
    ],
    sections: [{ name: "Accounts", sequential: true }],
  };
}
