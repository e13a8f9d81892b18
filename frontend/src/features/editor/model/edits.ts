/**
 * Graph edits as pure functions: each takes a graph and returns a new one (unchanged parts shared),
 * so the store can keep every version for undo and the canvas re-renders only what changed.
 */
import {
  exitStyle,
  freeNodeId,
  freeVariable,
  newNode,
  nodeIds,
  TERMINAL_KINDS,
  UNCONNECTED,
  type AnswerOption,
  type EditorGraph,
  type EditorNode,
  type NodeKind,
  type Position,
} from "./graph";

export function findNode(graph: EditorGraph, id: string): EditorNode | undefined {
  return graph.nodes.find((node) => node.id === id);
}

function mapNode(graph: EditorGraph, id: string, change: (node: EditorNode) => EditorNode): EditorGraph {
  const index = graph.nodes.findIndex((node) => node.id === id);
  const node = graph.nodes[index];
  if (!node) return graph;
  const next = change(node);
  if (next === node) return graph;
  const nodes = [...graph.nodes];
  nodes[index] = next;
  return { ...graph, nodes };
}

/** About the room a card takes on the canvas, for placing new cards where none is. */
const CARD_ROOM = { width: 260, height: 110 };

/** `at`, or the first place to its right where no card is. */
export function freeSpot(graph: EditorGraph, at: Position): Position {
  const placed = graph.nodes.flatMap((node) => (node.position ? [node.position] : []));
  let spot = at;
  while (placed.some((other) => Math.abs(other.x - spot.x) < CARD_ROOM.width && Math.abs(other.y - spot.y) < CARD_ROOM.height)) {
    spot = { x: spot.x + CARD_ROOM.width, y: spot.y };
  }
  return spot;
}

export function addNode(graph: EditorGraph, kind: NodeKind, position: Position | null): { graph: EditorGraph; id: string } {
  const id = freeNodeId(kind, nodeIds(graph));
  return { graph: { ...graph, nodes: [...graph.nodes, newNode(kind, id, position, graph)] }, id };
}

/** Fields of one node; the id and kind change through their own edits. */
export type NodePatch = Partial<Omit<EditorNode, "id" | "kind">>;

export function updateNode(graph: EditorGraph, id: string, patch: NodePatch): EditorGraph {
  return mapNode(graph, id, (node) => ({ ...node, ...patch }));
}

function outgoingTargets(graph: EditorGraph, id: string): string[] {
  return [...new Set(graph.edges.filter((edge) => edge.source === id).map((edge) => edge.target))];
}

/**
 * Another kind for a node, keeping its way forward where the new kind allows it: edges become
 * answers of a question and answers become edges of an action; an end node keeps neither.
 */
export function changeKind(graph: EditorGraph, id: string, kind: NodeKind): EditorGraph {
  const node = findNode(graph, id);
  if (!node || node.kind === kind) return graph;
  const from = exitStyle(node.kind);
  const to = exitStyle(kind);
  let edges = graph.edges;
  let answers = node.answers;
  if (from === "edge" && to === "answers") {
    answers = outgoingTargets(graph, id).map((target, index) => ({ label: index === 0 ? "Continue" : `Answer ${index + 1}`, target }));
    edges = edges.filter((edge) => edge.source !== id);
  } else if (from === "answers" && to === "edge") {
    const first = node.answers.find((answer) => answer.target !== UNCONNECTED);
    answers = [];
    edges = first ? [...edges, { source: id, target: first.target }] : edges;
  } else if (to === "none") {
    answers = [];
    edges = edges.filter((edge) => edge.source !== id);
  }
  const input = kind === "input" ? (node.input ?? newNode("input", id, null, graph).input) : null;
  return {
    ...graph,
    edges,
    nodes: graph.nodes.map((other) => (other.id === id ? { ...other, kind, answers, input } : other)),
  };
}

/** Removes nodes with their edges; answers that led to them are left unconnected. */
export function deleteNodes(graph: EditorGraph, ids: ReadonlySet<string>): EditorGraph {
  if (!graph.nodes.some((node) => ids.has(node.id))) return graph;
  return {
    ...graph,
    nodes: graph.nodes
      .filter((node) => !ids.has(node.id))
      .map((node) =>
        node.answers.some((answer) => ids.has(answer.target))
          ? { ...node, answers: node.answers.map((answer) => (ids.has(answer.target) ? { ...answer, target: UNCONNECTED } : answer)) }
          : node,
      ),
    edges: graph.edges.filter((edge) => !ids.has(edge.source) && !ids.has(edge.target)),
  };
}

export function moveNodes(graph: EditorGraph, positions: ReadonlyMap<string, Position>): EditorGraph {
  if (positions.size === 0) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((node) => {
      const position = positions.get(node.id);
      return position ? { ...node, position: { x: position.x, y: position.y } } : node;
    }),
  };
}

export function setStart(graph: EditorGraph, id: string): EditorGraph {
  return graph.start === id ? graph : { ...graph, start: id };
}

// --- connections ---------------------------------------------------------------------------

/** Source handle ids on the canvas: one per answer, one for a new answer, one edge out. */
export const OUT_HANDLE = "out";
export const NEW_ANSWER_HANDLE = "new-answer";
export const answerHandle = (index: number) => `answer-${index}`;

export function answerIndexOf(handle: string | null | undefined): number | null {
  const match = /^answer-(\d+)$/.exec(handle ?? "");
  return match ? Number(match[1]) : null;
}

function freeAnswerLabel(answers: AnswerOption[]): string {
  const taken = new Set(answers.map((answer) => answer.label.trim().toLowerCase()));
  for (let n = answers.length + 1; ; n += 1) {
    if (!taken.has(`answer ${n}`)) return `Answer ${n}`;
  }
}

/**
 * A connection dragged on the canvas. From an answer: that answer now leads to `target`; from
 * the "new answer" handle: a new answer; from an action or input: its one way forward (an
 * earlier edge is replaced, since those kinds lead to exactly one next step).
 */
export function connect(graph: EditorGraph, source: string, handle: string | null | undefined, target: string): EditorGraph {
  const node = findNode(graph, source);
  if (!node || !findNode(graph, target) || TERMINAL_KINDS.has(node.kind)) return graph;
  if (node.kind === "question") {
    const index = answerIndexOf(handle);
    if (index !== null) return setAnswer(graph, source, index, { target });
    return addAnswer(graph, source, target);
  }
  const exits = graph.edges.filter((edge) => edge.source === source);
  if (exits.length === 1 && exits[0]?.target === target) return graph;
  return { ...graph, edges: [...graph.edges.filter((edge) => edge.source !== source), { source, target }] };
}

/** The one way forward of an action or input node: `target`, or none (null). */
export function setNext(graph: EditorGraph, source: string, target: string | null): EditorGraph {
  if (target !== null) return connect(graph, source, OUT_HANDLE, target);
  const edges = graph.edges.filter((edge) => edge.source !== source);
  return edges.length === graph.edges.length ? graph : { ...graph, edges };
}

export function removeEdge(graph: EditorGraph, source: string, target: string): EditorGraph {
  const edges = graph.edges.filter((edge) => edge.source !== source || edge.target !== target);
  return edges.length === graph.edges.length ? graph : { ...graph, edges };
}

export function addAnswer(graph: EditorGraph, id: string, target: string = UNCONNECTED): EditorGraph {
  return mapNode(graph, id, (node) => ({ ...node, answers: [...node.answers, { label: freeAnswerLabel(node.answers), target }] }));
}

export function setAnswer(graph: EditorGraph, id: string, index: number, patch: Partial<AnswerOption>): EditorGraph {
  return mapNode(graph, id, (node) => {
    const answer = node.answers[index];
    if (!answer) return node;
    return { ...node, answers: node.answers.map((other, i) => (i === index ? { ...answer, ...patch } : other)) };
  });
}

export function removeAnswer(graph: EditorGraph, id: string, index: number): EditorGraph {
  return mapNode(graph, id, (node) => ({ ...node, answers: node.answers.filter((_, i) => i !== index) }));
}

/** Moves an item of a list by `delta` places (clamped); the same array when it cannot move. */
export function moveItem<T>(items: readonly T[], index: number, delta: number): T[] {
  const to = Math.max(0, Math.min(items.length - 1, index + delta));
  const item = items[index];
  if (to === index || item === undefined) return [...items];
  const rest = items.filter((_, i) => i !== index);
  rest.splice(to, 0, item);
  return rest;
}

export function moveAnswer(graph: EditorGraph, id: string, index: number, delta: number): EditorGraph {
  return mapNode(graph, id, (node) => ({ ...node, answers: moveItem(node.answers, index, delta) }));
}

// --- procedural flows: node order and sections ---------------------------------------------

/**
 * Moves a node among the nodes of its section, in the graph's node order (the checklist order of
 * procedural flows): it swaps places with the previous or next node of the same section.
 */
export function moveWithinSection(graph: EditorGraph, id: string, delta: -1 | 1): EditorGraph {
  const index = graph.nodes.findIndex((node) => node.id === id);
  const node = graph.nodes[index];
  if (!node) return graph;
  const sameSection = graph.nodes.flatMap((other, i) => (other.section === node.section ? [i] : []));
  const other = sameSection[sameSection.indexOf(index) + delta];
  if (other === undefined) return graph;
  const nodes = [...graph.nodes];
  nodes[index] = graph.nodes[other] as EditorNode;
  nodes[other] = node;
  return { ...graph, nodes };
}

export function renameSection(graph: EditorGraph, from: string, to: string): EditorGraph {
  const name = to.trim();
  if (!name || name === from) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((node) => (node.section === from ? { ...node, section: name } : node)),
    sections: graph.sections.map((section) => (section.name === from ? { ...section, name } : section)),
  };
}

/** Checklist setting of a section: sequential steps wait for the ones before them. */
export function setSectionSequential(graph: EditorGraph, name: string, sequential: boolean): EditorGraph {
  const others = graph.sections.filter((section) => section.name !== name);
  return { ...graph, sections: sequential ? [...others, { name, sequential: true }] : others };
}

/**
 * A new action at the end of a section (in node order; a new section goes after the last node),
 * wired after the node before it when that one leads on through a single edge: the new step takes
 * over where it led.
 */
export function addStepToSection(graph: EditorGraph, section: string | null): { graph: EditorGraph; id: string } {
  const sectionEnd = graph.nodes.findLastIndex((node) => node.section === section);
  const lastIndex = sectionEnd >= 0 ? sectionEnd : graph.nodes.length - 1;
  const last = graph.nodes[lastIndex];
  const id = freeNodeId("action", nodeIds(graph));
  const position = last?.position ? freeSpot(graph, { x: last.position.x, y: last.position.y + 140 }) : null;
  const node = { ...newNode("action", id, position, graph), section };
  const nodes = [...graph.nodes];
  nodes.splice(lastIndex + 1, 0, node);
  let edges = graph.edges;
  if (last && exitStyle(last.kind) === "edge") {
    const exits = edges.filter((edge) => edge.source === last.id);
    if (exits.length <= 1) {
      edges = [...edges.filter((edge) => edge.source !== last.id), { source: last.id, target: id }];
      if (exits[0]) edges.push({ source: id, target: exits[0].target });
    }
  }
  return { graph: { ...graph, nodes, edges }, id };
}

// --- fragments: copy, paste, duplicate -------------------------------------------------------

/** A piece of a graph on the clipboard: nodes with their edges (between flows too). */
export interface GraphFragment {
  nodes: EditorNode[];
  edges: { source: string; target: string }[];
}

export function copyFragment(graph: EditorGraph, ids: ReadonlySet<string>): GraphFragment | null {
  const nodes = graph.nodes.filter((node) => ids.has(node.id));
  if (nodes.length === 0) return null;
  return { nodes, edges: graph.edges.filter((edge) => ids.has(edge.source)) };
}

const VARIABLE_REFERENCE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

function renameReferences(text: string, renamed: ReadonlyMap<string, string>): string {
  if (renamed.size === 0 || !text.includes("{{")) return text;
  return text.replace(VARIABLE_REFERENCE, (whole, name: string) => {
    const to = renamed.get(name);
    return to ? `{{${to}}}` : whole;
  });
}

function topLeft(nodes: readonly EditorNode[]): Position {
  const placed = nodes.flatMap((node) => (node.position ? [node.position] : []));
  if (placed.length === 0) return { x: 0, y: 0 };
  return { x: Math.min(...placed.map((p) => p.x)), y: Math.min(...placed.map((p) => p.y)) };
}

/**
 * Adds a fragment with fresh node ids. Links inside the fragment follow the new ids; links to
 * nodes outside it stay when the graph has such a node (pasting into the same flow) and are
 * dropped (answers left unconnected) otherwise. Input variables that the graph already captures
 * get a new name, and the pasted texts that use them follow. The fragment's top-left corner lands
 * at `at`.
 */
export function pasteFragment(graph: EditorGraph, fragment: GraphFragment, at: Position): { graph: EditorGraph; ids: string[] } {
  const existing = nodeIds(graph);
  const taken = new Set(existing);
  const idMap = new Map<string, string>();
  for (const node of fragment.nodes) {
    const id = freeNodeId(node.kind, taken);
    taken.add(id);
    idMap.set(node.id, id);
  }
  const working: EditorGraph = { ...graph, nodes: [...graph.nodes] };
  const renamed = new Map<string, string>();
  for (const node of fragment.nodes) {
    if (node.input) {
      const variable = freeVariable(node.input.variable, working);
      if (variable !== node.input.variable) renamed.set(node.input.variable, variable);
      working.nodes.push({ ...node, input: { ...node.input, variable } });
    }
  }
  const relink = (target: string): string | null => idMap.get(target) ?? (existing.has(target) ? target : null);
  const origin = topLeft(fragment.nodes);
  const pasted = fragment.nodes.map((node, index): EditorNode => {
    const variable = node.input ? (renamed.get(node.input.variable) ?? node.input.variable) : null;
    return {
      ...node,
      id: idMap.get(node.id) ?? node.id,
      title: renameReferences(node.title, renamed),
      body: renameReferences(node.body, renamed),
      commands: node.commands.map((command) => ({ ...command, text: renameReferences(command.text, renamed) })),
      expected_result: node.expected_result === null ? null : renameReferences(node.expected_result, renamed),
      answers: node.answers.map((answer) => ({ ...answer, target: relink(answer.target) ?? UNCONNECTED })),
      input: node.input && variable ? { ...node.input, variable } : null,
      position: {
        x: at.x + (node.position ? node.position.x - origin.x : index * 40),
        y: at.y + (node.position ? node.position.y - origin.y : index * 40),
      },
    };
  });
  const edges = fragment.edges.flatMap((edge) => {
    const source = idMap.get(edge.source);
    const target = relink(edge.target);
    return source && target ? [{ source, target }] : [];
  });
  return {
    graph: { ...graph, nodes: [...graph.nodes, ...pasted], edges: [...graph.edges, ...edges] },
    ids: pasted.map((node) => node.id),
  };
}

export const DUPLICATE_OFFSET = 40;

export function duplicateNodes(graph: EditorGraph, ids: ReadonlySet<string>): { graph: EditorGraph; ids: string[] } {
  const fragment = copyFragment(graph, ids);
  if (!fragment) return { graph, ids: [] };
  const origin = topLeft(fragment.nodes);
  return pasteFragment(graph, fragment, { x: origin.x + DUPLICATE_OFFSET, y: origin.y + DUPLICATE_OFFSET });
}
