"""Semantic validation of a flow graph (the checks that publishing and `POST .../validate` run).

`validate_graph` is pure and runs in linear time (plus a short fixed-point loop for variables), with
iterative graph algorithms only, so a 500-node graph never meets a recursion limit.

Conventions:
- Every problem names the node the editor should mark (`node_id`), or `None` when no node of the
  graph can be blamed (a missing start, an edge from a node that does not exist).
- When an id is used by more than one node, the later nodes get `duplicate_node_id` and are checked
  on their own content only (answers, input spec, body); edges and the graph analyses (reachability,
  ways forward, variables, loops) attach to the first node with that id.
- Reachability, variables and loops follow every link that points at an existing node, including
  links that are errors themselves (edges out of a question, answers on an action), so that one
  mistake does not cascade into a page of follow-up problems.
- Output order is deterministic: by the node's position in `graph.nodes` (problems without a node
  last), then by code, then in the order the problems were found.
"""

import re
from collections.abc import Iterable, Sequence

from pydantic import BaseModel, Field

from app.flows.graph import MAX_BODY_BYTES, TERMINAL_KINDS, Graph, Node

# Error codes.
DUPLICATE_NODE_ID = "duplicate_node_id"
START_MISSING = "start_missing"
EDGE_SOURCE_MISSING = "edge_source_missing"
EDGE_TARGET_MISSING = "edge_target_missing"
ANSWER_TARGET_MISSING = "answer_target_missing"
QUESTION_HAS_EDGES = "question_has_edges"
QUESTION_WITHOUT_ANSWERS = "question_without_answers"
DUPLICATE_ANSWER_LABEL = "duplicate_answer_label"
ANSWERS_ON_NON_QUESTION = "answers_on_non_question"
TERMINAL_HAS_EXITS = "terminal_has_exits"
DEAD_END = "dead_end"
MULTIPLE_EXITS = "multiple_exits"
UNREACHABLE_NODE = "unreachable_node"
INPUT_SPEC_MISSING = "input_spec_missing"
INPUT_SPEC_ON_NON_INPUT = "input_spec_on_non_input"
DUPLICATE_VARIABLE = "duplicate_variable"
CHOICES_MISSING = "choices_missing"
INVALID_PATTERN = "invalid_pattern"
UNDEFINED_VARIABLE = "undefined_variable"
BODY_TOO_LARGE = "body_too_large"
DUPLICATE_SECTION = "duplicate_section"
# Warning codes.
LOOP = "loop"
SECTION_UNUSED = "section_unused"

ERROR_CODES: tuple[str, ...] = (
    DUPLICATE_NODE_ID,
    START_MISSING,
    EDGE_SOURCE_MISSING,
    EDGE_TARGET_MISSING,
    ANSWER_TARGET_MISSING,
    QUESTION_HAS_EDGES,
    QUESTION_WITHOUT_ANSWERS,
    DUPLICATE_ANSWER_LABEL,
    ANSWERS_ON_NON_QUESTION,
    TERMINAL_HAS_EXITS,
    DEAD_END,
    MULTIPLE_EXITS,
    UNREACHABLE_NODE,
    INPUT_SPEC_MISSING,
    INPUT_SPEC_ON_NON_INPUT,
    DUPLICATE_VARIABLE,
    CHOICES_MISSING,
    INVALID_PATTERN,
    UNDEFINED_VARIABLE,
    BODY_TOO_LARGE,
    DUPLICATE_SECTION,
)
WARNING_CODES: tuple[str, ...] = (LOOP, SECTION_UNUSED)

# `{{name}}`, whitespace allowed inside the braces: `{{ name }}`.
VARIABLE_REFERENCE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


class Problem(BaseModel):
    code: str = Field(description="Machine-readable problem code, e.g. `dead_end`.")
    node_id: str | None = Field(description="The node to mark in the editor; null when no node can be blamed.")
    message: str = Field(description="Human-readable explanation.")
    related: list[str] = Field(
        default_factory=list,
        description="Other ids involved: answer or edge targets, the nodes of a loop, the variable name.",
    )


class ValidationReport(BaseModel):
    valid: bool = Field(description="True when there are no errors (warnings do not block publishing).")
    errors: list[Problem] = Field(default_factory=list)
    warnings: list[Problem] = Field(default_factory=list)


class _Problems:
    """Collects problems with their sort position (node index; problems without a node last)."""

    def __init__(self, last: int) -> None:
        self._last = last
        self._items: list[tuple[int, Problem]] = []

    def add(self, at: int | None, code: str, node_id: str | None, message: str, related: Iterable[str] = ()) -> None:
        position = self._last if at is None else at
        self._items.append((position, Problem(code=code, node_id=node_id, message=message, related=list(related))))

    def sorted(self) -> list[Problem]:
        # `sort` is stable: problems with the same node and code keep the order they were found in.
        self._items.sort(key=lambda item: (item[0], item[1].code))
        return [problem for _, problem in self._items]


def _distinct(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _quoted(values: Sequence[str], limit: int = 8) -> str:
    shown = ", ".join(f"'{value}'" for value in values[:limit])
    return shown if len(values) <= limit else f"{shown} and {len(values) - limit} more"


def _pattern_error(pattern: str) -> str | None:
    try:
        re.compile(pattern)
    except re.error as exc:
        return str(exc)
    except (OverflowError, RecursionError, ValueError) as exc:  # pathological repeat counts or nesting
        return type(exc).__name__
    return None


def _body_bytes(body: str) -> int:
    """The UTF-8 size, without encoding bodies that are surely within the limit."""
    if len(body) * 4 <= MAX_BODY_BYTES:  # at most 4 bytes per character
        return len(body)  # a lower bound, under the limit either way
    return len(body.encode("utf-8", "surrogatepass"))


def _references(node: Node) -> list[str]:
    """Variable names referenced in the node's texts, distinct, in order of first appearance."""
    find = VARIABLE_REFERENCE.findall
    found: list[str] = []
    for text in (node.title, node.body):
        if "{{" in text:
            found += find(text)
    for command in node.commands:
        if "{{" in command.text:
            found += find(command.text)
    if node.expected_result and "{{" in node.expected_result:
        found += find(node.expected_result)
    return list(dict.fromkeys(found))


def _tarjan(root: int, successors: list[list[int]]) -> tuple[list[list[int]], list[int]]:
    """Strongly connected components reachable from `root` (reverse topological order) and the DFS
    postorder of the nodes visited. Iterative: no recursion limit."""
    size = len(successors)
    index = [-1] * size
    low = [0] * size
    position = [0] * size  # per node on the call stack: the next successor to look at
    on_stack = [False] * size
    stack: list[int] = []
    components: list[list[int]] = []
    postorder: list[int] = []

    index[root] = low[root] = 0
    counter = 1
    stack.append(root)
    on_stack[root] = True
    calls = [root]
    while calls:
        node = calls[-1]
        children = successors[node]
        at = position[node]
        while at < len(children):
            child = children[at]
            at += 1
            if index[child] == -1:
                position[node] = at
                index[child] = low[child] = counter
                counter += 1
                stack.append(child)
                on_stack[child] = True
                calls.append(child)
                break
            if on_stack[child] and index[child] < low[node]:
                low[node] = index[child]
        else:
            calls.pop()
            postorder.append(node)
            if calls:
                parent = calls[-1]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component: list[int] = []
                while True:
                    member = stack.pop()
                    on_stack[member] = False
                    component.append(member)
                    if member == node:
                        break
                components.append(component)
    return components, postorder


def validate_graph(graph: Graph) -> ValidationReport:
    """Check a flow graph and return every error and warning found (never stops at the first)."""
    return _Validator(graph).run()


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


class _Validator:
    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self.nodes = graph.nodes
        count = len(self.nodes)
        self.errors = _Problems(count)
        self.warnings = _Problems(count)
        self.first: dict[str, int] = {}  # node id -> index of the first node with it (which owns the id)
        self.edge_targets: list[list[str]] = [[] for _ in range(count)]  # every edge target, existing or not
        self.successors: list[list[int]] = [[] for _ in range(count)]  # links to existing nodes
        self.variables: dict[str, int] = {}  # input variable -> first input node that captures it

    def run(self) -> ValidationReport:
        self.check_ids()
        start = self.first.get(self.graph.start)
        if start is None:
            self.errors.add(
                None, START_MISSING, None, f"The start node '{self.graph.start}' does not exist.", [self.graph.start]
            )
        self.check_edges()
        for i, node in enumerate(self.nodes):
            owner = self.first[node.id] == i
            self.check_answers(i, node, owner)
            if node.kind == "question":
                self.check_question(i, node)
            elif node.kind in TERMINAL_KINDS:
                self.check_terminal(i, node)
            else:
                self.check_forward(i, node, owner)
            self.check_input(i, node)
            self.check_body(i, node)
        if start is not None:
            self.check_graph(start)
        self.check_sections()
        errors = self.errors.sorted()
        return ValidationReport(valid=not errors, errors=errors, warnings=self.warnings.sorted())

    def check_ids(self) -> None:
        for i, node in enumerate(self.nodes):
            if node.id in self.first:
                self.errors.add(
                    i,
                    DUPLICATE_NODE_ID,
                    node.id,
                    f"Node id '{node.id}' is used by more than one node "
                    f"(nodes #{self.first[node.id] + 1} and #{i + 1}).",
                )
            else:
                self.first[node.id] = i

    def check_edges(self) -> None:
        """Edge endpoints; edges attach to the first node with the source id."""
        for edge in self.graph.edges:
            source = self.first.get(edge.source)
            target = self.first.get(edge.target)
            if source is None:
                self.errors.add(
                    None,
                    EDGE_SOURCE_MISSING,
                    None,
                    f"An edge starts at '{edge.source}', which is not a node (edge to '{edge.target}').",
                    [edge.source, edge.target],
                )
            if target is None:
                self.errors.add(
                    source,
                    EDGE_TARGET_MISSING,
                    None if source is None else edge.source,
                    f"An edge from '{edge.source}' leads to '{edge.target}', which is not a node.",
                    [edge.target],
                )
            if source is not None:
                self.edge_targets[source].append(edge.target)
                if target is not None:
                    self.successors[source].append(target)

    def check_answers(self, i: int, node: Node, owner: bool) -> None:
        """Answer targets; the first node with an id also links onwards through its answers."""
        links = self.successors[i]
        for answer in node.answers:
            target = self.first.get(answer.target)
            if target is not None:
                if owner:
                    links.append(target)
            else:
                self.errors.add(
                    i,
                    ANSWER_TARGET_MISSING,
                    node.id,
                    f"Answer '{answer.label}' of '{node.id}' leads to '{answer.target}', which is not a node.",
                    [answer.target],
                )

    def check_question(self, i: int, node: Node) -> None:
        if not node.answers:
            self.errors.add(
                i, QUESTION_WITHOUT_ANSWERS, node.id, f"Question '{node.id}' has no answers to choose from."
            )
        if exits := self.edge_targets[i]:
            self.errors.add(
                i,
                QUESTION_HAS_EDGES,
                node.id,
                f"Question '{node.id}' has outgoing edges; a question leads on through its answers only.",
                _distinct(exits),
            )
        keys = [answer.label.strip().casefold() for answer in node.answers]
        if len(set(keys)) == len(keys):
            return
        labels: dict[str, list[str]] = {}
        for key, answer in zip(keys, node.answers, strict=True):
            labels.setdefault(key, []).append(answer.target)
        for key, answer in zip(keys, node.answers, strict=True):
            targets = labels.pop(key, [])
            if len(targets) > 1:
                self.errors.add(
                    i,
                    DUPLICATE_ANSWER_LABEL,
                    node.id,
                    f"Question '{node.id}' offers the answer '{answer.label}' {len(targets)} times.",
                    _distinct(targets),
                )

    def check_terminal(self, i: int, node: Node) -> None:
        exits = [*(answer.target for answer in node.answers), *self.edge_targets[i]]
        if exits:
            what = " and ".join(
                word for word, present in (("answers", node.answers), ("edges", self.edge_targets[i])) if present
            )
            self.errors.add(
                i,
                TERMINAL_HAS_EXITS,
                node.id,
                f"'{node.id}' is {_a(node.kind)} node, which ends the flow, but it has {what}.",
                _distinct(exits),
            )

    def check_forward(self, i: int, node: Node, owner: bool) -> None:
        """Action and input nodes: no answers, exactly one edge forward."""
        if node.answers:
            self.errors.add(
                i,
                ANSWERS_ON_NON_QUESTION,
                node.id,
                f"'{node.id}' is {_a(node.kind)} node; only questions have answers (use an edge instead).",
                _distinct(answer.target for answer in node.answers),
            )
        if not owner:  # a later duplicate: edges belong to the first node with the id
            return
        exits = _distinct(self.edge_targets[i])
        if not exits:
            self.errors.add(i, DEAD_END, node.id, f"'{node.id}' has no way forward: add an edge to the next step.")
        elif len(exits) > 1:
            self.errors.add(
                i,
                MULTIPLE_EXITS,
                node.id,
                f"'{node.id}' has {len(exits)} outgoing edges ({_quoted(exits)}); "
                f"{_a(node.kind)} node leads to exactly one next step (use a question to branch).",
                exits,
            )

    def check_input(self, i: int, node: Node) -> None:
        spec = node.input
        if node.kind != "input":
            if spec is not None:
                self.errors.add(
                    i,
                    INPUT_SPEC_ON_NON_INPUT,
                    node.id,
                    f"'{node.id}' is {_a(node.kind)} node but has an input spec; only input nodes capture values.",
                )
            return
        if spec is None:
            self.errors.add(i, INPUT_SPEC_MISSING, node.id, f"Input node '{node.id}' does not say what to capture.")
            return
        if spec.variable in self.variables:
            other = self.nodes[self.variables[spec.variable]].id
            self.errors.add(
                i,
                DUPLICATE_VARIABLE,
                node.id,
                f"Variable '{spec.variable}' is already captured by '{other}'.",
                [other],
            )
        else:
            self.variables[spec.variable] = i
        if spec.type == "choice" and not spec.choices:
            self.errors.add(i, CHOICES_MISSING, node.id, f"Input '{spec.variable}' is a choice but lists no choices.")
        if spec.pattern is not None and (problem := _pattern_error(spec.pattern)) is not None:
            self.errors.add(
                i,
                INVALID_PATTERN,
                node.id,
                f"The pattern for '{spec.variable}' is not a valid regular expression: {problem}.",
            )

    def check_body(self, i: int, node: Node) -> None:
        size = _body_bytes(node.body)
        if size > MAX_BODY_BYTES:
            self.errors.add(
                i,
                BODY_TOO_LARGE,
                node.id,
                f"The body of '{node.id}' is {size} bytes; the limit is {MAX_BODY_BYTES} bytes (64 KiB).",
            )

    def check_sections(self) -> None:
        """Section settings (checklists): one entry per name, for a section some node is in."""
        used = {node.section for node in self.nodes if node.section}
        seen: set[str] = set()
        for settings in self.graph.sections:
            name = settings.name
            if name in seen:
                self.errors.add(None, DUPLICATE_SECTION, None, f"Section '{name}' has settings more than once.", [name])
                continue
            seen.add(name)
            if name not in used:
                self.warnings.add(
                    None, SECTION_UNUSED, None, f"Section '{name}' has settings but no node is in it.", [name]
                )

    def check_graph(self, start: int) -> None:
        """Reachability, variables and loops, over every link to an existing node."""
        count = len(self.nodes)
        successors = self.successors  # repeated links are harmless below
        components, postorder = _tarjan(start, successors)
        reachable = [False] * count
        for i in postorder:
            reachable[i] = True
        for i, node in enumerate(self.nodes):
            if not reachable[i] and self.first[node.id] == i:
                self.errors.add(
                    i,
                    UNREACHABLE_NODE,
                    node.id,
                    f"'{node.id}' cannot be reached from the start node '{self.graph.start}'.",
                )
        predecessors: list[list[int]] = [[] for _ in range(count)]
        for i in postorder:  # reachable nodes only: unreachable ones bring no paths from the start
            for j in successors[i]:
                predecessors[j].append(i)
        _check_variables(self.nodes, start, postorder, predecessors, self.errors)
        _report_loops(self.nodes, start, components, successors, predecessors, self.warnings)


def _check_variables(
    nodes: list[Node],
    start: int,
    postorder: list[int],
    predecessors: list[list[int]],
    errors: _Problems,
) -> None:
    """`undefined_variable`: forward "must be defined" data flow over the reachable graph.

    defined_in(start) = {}; defined_in(n) = intersection of defined_out(p) over n's predecessors;
    defined_out(n) = defined_in(n) + the variable n captures. Sets are int bitmasks, iterated to a
    fixed point in reverse postorder (a few passes, however many loops)."""
    references = {i: refs for i in postorder if (refs := _references(nodes[i]))}
    if not references:
        return

    # Bits only for variables that are both used and captured somewhere reachable.
    used = {name for names in references.values() for name in names}
    bits: dict[str, int] = {}
    captures = [0] * len(nodes)
    for i in postorder:
        spec = nodes[i].input
        if spec is not None and spec.variable in used and nodes[i].kind == "input":
            captures[i] = 1 << bits.setdefault(spec.variable, len(bits))
    defined_in = [0] * len(nodes)
    if bits:
        everything = (1 << len(bits)) - 1
        defined_in = [everything] * len(nodes)
        defined_out = [everything] * len(nodes)
        defined_in[start] = 0
        defined_out[start] = captures[start]
        order = [(i, predecessors[i], captures[i]) for i in reversed(postorder) if i != start]
        changed = True
        while changed:
            changed = False
            for i, incoming_from, captured in order:
                incoming = everything
                for p in incoming_from:
                    incoming &= defined_out[p]
                if incoming != defined_in[i]:
                    defined_in[i] = incoming
                    changed = True
                defined_out[i] = incoming | captured

    for i in sorted(references):
        node = nodes[i]
        for name in references[i]:
            bit = bits.get(name)
            if bit is not None and defined_in[i] >> bit & 1:
                continue
            why = (
                "no reachable input node captures it"
                if bit is None
                else "it is not captured on every path from the start to this node"
            )
            errors.add(i, UNDEFINED_VARIABLE, node.id, f"'{node.id}' uses {{{{{name}}}}} but {why}.", [name])


def _report_loops(
    nodes: list[Node],
    start: int,
    components: list[list[int]],
    successors: list[list[int]],
    predecessors: list[list[int]],
    warnings: _Problems,
) -> None:
    """One `loop` warning per strongly connected component with a cycle, marked at its entry node."""
    for component in components:
        if len(component) == 1 and component[0] not in successors[component[0]]:
            continue
        members = set(component)
        entries = [i for i in component if i == start or any(p not in members for p in predecessors[i])]
        entry = min(entries)
        ordered = sorted(component)
        ids = [nodes[i].id for i in ordered]
        leaves = any(j not in members for i in component for j in successors[i]) or any(
            nodes[i].kind in TERMINAL_KINDS for i in component
        )
        way_out = "" if leaves else " It has no way out: a session that enters it can never finish."
        warnings.add(
            entry,
            LOOP,
            nodes[entry].id,
            f"Loop through {_quoted(ids)} ({len(ids)} node{'s' if len(ids) > 1 else ''}), entered at "
            f"'{nodes[entry].id}'. Loops are allowed (retry paths).{way_out}",
            ids,
        )
