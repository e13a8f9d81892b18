/**
 * The editor's model of a flow graph: the API's graph (backend/app/flows/graph.py) with every
 * optional field present, as the API returns a saved draft. `fromApiGraph` fills the defaults,
 * `toApiGraph` gives the request body back; a graph read from the API survives the round trip
 * unchanged.
 */
import type { Schema } from "@/api/types";

export type ApiGraph = Schema<"Graph">;
export type ApiNode = Schema<"Node">;
export type NodeKind = ApiNode["kind"];
export type Command = Schema<"Command">;
export type AnswerOption = Schema<"AnswerOption">;
export type InputSpec = Schema<"InputSpec">;
export type Position = Schema<"Position">;
export type GraphEdge = Schema<"Edge">;
export type SectionSettings = Schema<"SectionSettings">;

export interface EditorNode {
  id: string;
  kind: NodeKind;
  title: string;
  body: string;
  commands: Command[];
  expected_result: string | null;
  answers: AnswerOption[];
  input: InputSpec | null;
  section: string | null;
  position: Position | null;
}

export interface EditorGraph {
  start: string;
  nodes: EditorNode[];
  edges: GraphEdge[];
  sections: SectionSettings[];
}

export const NODE_KINDS: readonly NodeKind[] = ["question", "action", "input", "resolution", "escalation"];
export const TERMINAL_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>(["resolution", "escalation"]);

/** Limits of the API's graph schema (graph.py), checked before a value goes into the graph. */
export const LIMITS = {
  nodes: 500,
  answers: 50,
  commands: 20,
  title: 200,
  body: 64 * 1024,
  section: 120,
  expectedResult: 4000,
  commandText: 8000,
  commandLabel: 120,
  pattern: 500,
} as const;

export const VARIABLE_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Where an answer leads before it is connected. The API needs a node id in every answer; this one
 * is never a node the editor creates, so validation reports the answer as leading nowhere.
 */
export const UNCONNECTED = "__unconnected__";

export function isConnected(answer: AnswerOption): boolean {
  return answer.target !== UNCONNECTED;
}

function fromApiNode(node: ApiNode): EditorNode {
  return {
    id: node.id,
    kind: node.kind,
    title: node.title,
    body: node.body,
    commands: (node.commands ?? []).map((command) => ({ label: command.label, shell: command.shell, text: command.text })),
    expected_result: node.expected_result ?? null,
    answers: (node.answers ?? []).map((answer) => ({ label: answer.label, target: answer.target })),
    input: node.input
      ? {
          variable: node.input.variable,
          type: node.input.type,
          required: node.input.required,
          pattern: node.input.pattern ?? null,
          choices: node.input.choices ?? null,
        }
      : null,
    section: node.section ?? null,
    position: node.position ? { x: node.position.x, y: node.position.y } : null,
  };
}

export function fromApiGraph(graph: ApiGraph): EditorGraph {
  return {
    start: graph.start,
    nodes: graph.nodes.map(fromApiNode),
    edges: (graph.edges ?? []).map((edge) => ({ source: edge.source, target: edge.target })),
    sections: (graph.sections ?? []).map((section) => ({ name: section.name, sequential: section.sequential })),
  };
}

/** The request body of a draft save: the same fields, in the API's order. */
export function toApiGraph(graph: EditorGraph): ApiGraph {
  return {
    start: graph.start,
    nodes: graph.nodes.map((node) => ({
      id: node.id,
      kind: node.kind,
      title: node.title,
      body: node.body,
      commands: node.commands.map((command) => ({ ...command })),
      expected_result: node.expected_result,
      answers: node.answers.map((answer) => ({ ...answer })),
      input: node.input ? { ...node.input, choices: node.input.choices ? [...node.input.choices] : null } : null,
      section: node.section,
      position: node.position ? { ...node.position } : null,
    })),
    edges: graph.edges.map((edge) => ({ ...edge })),
    sections: graph.sections.map((section) => ({ ...section })),
  };
}

export const KIND_LABELS: Record<NodeKind, string> = {
  question: "Question",
  action: "Action",
  input: "Input",
  resolution: "Resolution",
  escalation: "Escalation",
};

export const KIND_DESCRIPTIONS: Record<NodeKind, string> = {
  question: "Ask, and branch on the answer",
  action: "An instruction, with commands",
  input: "Capture a named value",
  resolution: "End: solved",
  escalation: "End: hand over",
};

const DEFAULT_TITLES: Record<NodeKind, string> = {
  question: "New question",
  action: "New action",
  input: "New input",
  resolution: "Resolved",
  escalation: "Escalate",
};

/** A node id not used in `taken`: `<kind>-<n>`, readable in validation messages. */
export function freeNodeId(kind: string, taken: ReadonlySet<string>): string {
  for (let n = taken.size + 1; ; n += 1) {
    const id = `${kind}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** A variable name not captured by another input node of the graph. */
export function freeVariable(base: string, graph: EditorGraph): string {
  const taken = new Set(graph.nodes.flatMap((node) => (node.input ? [node.input.variable] : [])));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    if (!taken.has(`${base}_${n}`)) return `${base}_${n}`;
  }
}

export function newNode(kind: NodeKind, id: string, position: Position | null, graph: EditorGraph): EditorNode {
  return {
    id,
    kind,
    title: DEFAULT_TITLES[kind],
    body: "",
    commands: [],
    expected_result: null,
    answers: [],
    input: kind === "input" ? { variable: freeVariable("value", graph), type: "text", required: true, pattern: null, choices: null } : null,
    section: null,
    position,
  };
}

export function nodeIds(graph: EditorGraph): Set<string> {
  return new Set(graph.nodes.map((node) => node.id));
}

/** Whether a kind leads on through one edge (action, input), answers (question) or nothing. */
export function exitStyle(kind: NodeKind): "edge" | "answers" | "none" {
  if (kind === "question") return "answers";
  return TERMINAL_KINDS.has(kind) ? "none" : "edge";
}
