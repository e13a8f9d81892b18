"""Semantic validation of flow graphs: one test per problem code, plus property tests."""

import random
import time
from collections import deque
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.flows.graph import MAX_BODY_BYTES, Graph
from app.flows.validation import ERROR_CODES, WARNING_CODES, Problem, ValidationReport, validate_graph

Json = dict[str, Any]


def node(node_id: str, kind: str, **fields: Any) -> Json:
    return {"id": node_id, "kind": kind, "title": fields.pop("title", f"Step {node_id}"), **fields}


def answer(label: str, target: str) -> Json:
    return {"label": label, "target": target}


def edge(source: str, target: str) -> Json:
    return {"source": source, "target": target}


def make_graph(nodes: list[Json], edges: list[Json] | None = None, start: str | None = None) -> Graph:
    return Graph.model_validate({"start": start or nodes[0]["id"], "nodes": nodes, "edges": edges or []})


def problems(report: ValidationReport) -> list[tuple[str, str | None]]:
    return [(p.code, p.node_id) for p in report.errors]


def only(report: ValidationReport, code: str) -> list[Problem]:
    return [p for p in report.errors + report.warnings if p.code == code]


def outlook_flow() -> list[Json]:
    """A small, valid troubleshooting flow with an input, a variable and a retry loop."""
    return [
        node(
            "start",
            "question",
            title="Does Outlook keep prompting for a password?",
            answers=[answer("Yes", "error"), answer("No", "done")],
        ),
        node("error", "input", title="Error code", input={"variable": "error_code", "pattern": r"^0x[0-9A-Fa-f]+$"}),
        node(
            "clear",
            "action",
            title="Clear cached credentials for {{ error_code }}",
            body="Run the command, then restart Outlook. Error was {{error_code}}.",
            commands=[{"shell": "cmd", "text": "cmdkey /list | findstr {{error_code}}"}],
            expected_result="No more prompts for {{ error_code }}.",
        ),
        node(
            "fixed",
            "question",
            title="Fixed?",
            answers=[answer("Yes", "done"), answer("No", "retry"), answer("Give up", "esc")],
        ),
        node("retry", "action", title="Wait five minutes and retry"),
        node("done", "resolution", title="Solved"),
        node("esc", "escalation", title="Hand over to tier 2 with {{error_code}}"),
    ]


def outlook_edges() -> list[Json]:
    return [edge("error", "clear"), edge("clear", "fixed"), edge("retry", "clear")]


# ---------------------------------------------------------------- valid graphs


def test_a_valid_flow_has_no_errors_and_reports_its_retry_loop() -> None:
    report = validate_graph(make_graph(outlook_flow(), outlook_edges()))

    assert report.valid
    assert report.errors == []
    assert [(w.code, w.node_id, sorted(w.related)) for w in report.warnings] == [
        ("loop", "clear", ["clear", "fixed", "retry"])
    ]


def test_a_single_resolution_node_is_a_valid_flow() -> None:
    report = validate_graph(make_graph([node("only", "resolution")]))

    assert report == ValidationReport(valid=True, errors=[], warnings=[])


def test_the_report_serialises_for_the_api() -> None:
    report = validate_graph(make_graph([node("a", "action"), node("b", "resolution")], [edge("a", "c")]))

    data = report.model_dump(mode="json")
    assert data["valid"] is False
    assert set(data["errors"][0]) == {"code", "node_id", "message", "related"}
    assert ValidationReport.model_validate(data) == report


# ---------------------------------------------------------------- one test per code


def test_duplicate_node_id() -> None:
    graph = make_graph([node("a", "action"), node("b", "resolution"), node("a", "resolution")], [edge("a", "b")])

    report = validate_graph(graph)

    assert problems(report) == [("duplicate_node_id", "a")]
    assert "#1 and #3" in report.errors[0].message


def test_start_missing() -> None:
    report = validate_graph(make_graph([node("a", "resolution")], start="nowhere"))

    assert problems(report) == [("start_missing", None)]
    assert report.errors[0].related == ["nowhere"]
    assert "nowhere" in report.errors[0].message


def test_edge_source_missing() -> None:
    graph = make_graph([node("a", "action"), node("b", "resolution")], [edge("a", "b"), edge("ghost", "b")])

    report = validate_graph(graph)

    assert problems(report) == [("edge_source_missing", None)]
    assert report.errors[0].related == ["ghost", "b"]


def test_edge_target_missing() -> None:
    graph = make_graph([node("a", "action"), node("b", "resolution")], [edge("a", "ghost")])

    report = validate_graph(graph)

    assert ("edge_target_missing", "a") in problems(report)
    assert only(report, "edge_target_missing")[0].related == ["ghost"]


def test_answer_target_missing() -> None:
    graph = make_graph(
        [node("q", "question", answers=[answer("Yes", "r"), answer("No", "ghost")]), node("r", "resolution")]
    )

    report = validate_graph(graph)

    assert problems(report) == [("answer_target_missing", "q")]
    assert report.errors[0].related == ["ghost"]
    assert "'No'" in report.errors[0].message


def test_question_has_edges() -> None:
    graph = make_graph([node("q", "question", answers=[answer("Yes", "r")]), node("r", "resolution")], [edge("q", "r")])

    report = validate_graph(graph)

    assert problems(report) == [("question_has_edges", "q")]
    assert report.errors[0].related == ["r"]


def test_question_without_answers() -> None:
    report = validate_graph(make_graph([node("q", "question")]))

    assert problems(report) == [("question_without_answers", "q")]


def test_duplicate_answer_label_is_case_insensitive_and_trimmed() -> None:
    graph = make_graph(
        [
            node("q", "question", answers=[answer("Yes", "r"), answer("No", "e"), answer(" YES ", "e")]),
            node("r", "resolution"),
            node("e", "escalation"),
        ]
    )

    report = validate_graph(graph)

    assert problems(report) == [("duplicate_answer_label", "q")]
    assert report.errors[0].related == ["r", "e"]


def test_answers_on_non_question() -> None:
    graph = make_graph([node("a", "action", answers=[answer("Next", "r")]), node("r", "resolution")], [edge("a", "r")])

    report = validate_graph(graph)

    assert problems(report) == [("answers_on_non_question", "a")]
    assert report.errors[0].related == ["r"]


@pytest.mark.parametrize("kind", ["resolution", "escalation"])
def test_terminal_has_exits(kind: str) -> None:
    graph = make_graph(
        [
            node("a", "action"),
            node("t", kind, answers=[answer("Again", "a")]),
            node("u", kind),
        ],
        [edge("a", "t"), edge("t", "u")],
    )

    report = validate_graph(graph)

    assert problems(report) == [("terminal_has_exits", "t")]
    assert report.errors[0].related == ["a", "u"]
    assert "answers and edges" in report.errors[0].message


@pytest.mark.parametrize("kind", ["action", "input"])
def test_dead_end(kind: str) -> None:
    extra = {"input": {"variable": "x"}} if kind == "input" else {}
    report = validate_graph(make_graph([node("a", kind, **extra)]))

    assert problems(report) == [("dead_end", "a")]


def test_multiple_exits() -> None:
    graph = make_graph(
        [node("a", "action"), node("r", "resolution"), node("e", "escalation")],
        [edge("a", "r"), edge("a", "e"), edge("a", "r")],
    )

    report = validate_graph(graph)

    assert problems(report) == [("multiple_exits", "a")]
    assert report.errors[0].related == ["r", "e"]


def test_the_same_edge_twice_is_not_ambiguous() -> None:
    graph = make_graph([node("a", "action"), node("r", "resolution")], [edge("a", "r"), edge("a", "r")])

    assert validate_graph(graph).valid


def test_unreachable_node() -> None:
    graph = make_graph(
        [node("a", "action"), node("r", "resolution"), node("island", "action"), node("r2", "resolution")],
        [edge("a", "r"), edge("island", "r2")],
    )

    report = validate_graph(graph)

    assert problems(report) == [("unreachable_node", "island"), ("unreachable_node", "r2")]


def test_input_spec_missing() -> None:
    graph = make_graph([node("i", "input"), node("r", "resolution")], [edge("i", "r")])

    assert problems(validate_graph(graph)) == [("input_spec_missing", "i")]


def test_input_spec_on_non_input() -> None:
    graph = make_graph([node("a", "action", input={"variable": "x"}), node("r", "resolution")], [edge("a", "r")])

    assert problems(validate_graph(graph)) == [("input_spec_on_non_input", "a")]


def test_duplicate_variable() -> None:
    graph = make_graph(
        [
            node("i1", "input", input={"variable": "host"}),
            node("i2", "input", input={"variable": "host"}),
            node("r", "resolution"),
        ],
        [edge("i1", "i2"), edge("i2", "r")],
    )

    report = validate_graph(graph)

    assert problems(report) == [("duplicate_variable", "i2")]
    assert report.errors[0].related == ["i1"]


@pytest.mark.parametrize("choices", [None, []])
def test_choices_missing(choices: list[str] | None) -> None:
    graph = make_graph(
        [node("i", "input", input={"variable": "os", "type": "choice", "choices": choices}), node("r", "resolution")],
        [edge("i", "r")],
    )

    assert problems(validate_graph(graph)) == [("choices_missing", "i")]


@pytest.mark.parametrize("pattern", ["(", "[a-", "a{2,1}", "*x", "(?P<n>a)(?P<n>b)"])
def test_invalid_pattern(pattern: str) -> None:
    graph = make_graph(
        [node("i", "input", input={"variable": "code", "pattern": pattern}), node("r", "resolution")],
        [edge("i", "r")],
    )

    report = validate_graph(graph)

    assert problems(report) == [("invalid_pattern", "i")]


def test_undefined_variable_when_one_path_skips_the_input() -> None:
    graph = make_graph(
        [
            node("q", "question", answers=[answer("Known", "i"), answer("Unknown", "use")]),
            node("i", "input", input={"variable": "host"}),
            node("use", "action", title="Ping {{ host }}", commands=[{"text": "ping {{host}} {{ count }}"}]),
            node("r", "resolution"),
        ],
        [edge("i", "use"), edge("use", "r")],
    )

    report = validate_graph(graph)

    assert problems(report) == [("undefined_variable", "use"), ("undefined_variable", "use")]
    assert [p.related for p in report.errors] == [["host"], ["count"]]
    assert "every path" in report.errors[0].message
    assert "no reachable input" in report.errors[1].message


def test_a_nodes_own_input_is_not_defined_for_its_own_text() -> None:
    graph = make_graph(
        [node("i", "input", title="Enter {{host}}", input={"variable": "host"}), node("r", "resolution")],
        [edge("i", "r")],
    )

    assert problems(validate_graph(graph)) == [("undefined_variable", "i")]


@pytest.mark.parametrize("field", ["title", "body", "expected_result", "command"])
def test_undefined_variable_is_found_in_every_text(field: str) -> None:
    ref = "see {{  ticket_id }}"
    extra = {"commands": [{"text": ref}]} if field == "command" else {field: ref}
    graph = make_graph([node("a", "action", **extra), node("r", "resolution")], [edge("a", "r")])

    report = validate_graph(graph)

    assert problems(report) == [("undefined_variable", "a")]
    assert report.errors[0].related == ["ticket_id"]


def test_variables_stay_defined_around_a_loop() -> None:
    graph = make_graph(
        [
            node("i", "input", input={"variable": "host"}),
            node("ping", "action", title="Ping {{host}}"),
            node("ok", "question", title="Reply from {{host}}?", answers=[answer("Yes", "r"), answer("No", "ping")]),
            node("r", "resolution", body="{{host}} answers."),
        ],
        [edge("i", "ping"), edge("ping", "ok")],
    )

    report = validate_graph(graph)

    assert report.valid
    assert [w.code for w in report.warnings] == ["loop"]


def test_a_loop_back_to_before_the_input_does_not_define_it() -> None:
    graph = make_graph(
        [
            node("a", "action", title="Check {{x}}"),
            node("i", "input", input={"variable": "x"}),
            node("q", "question", answers=[answer("Again", "a"), answer("Done", "r")]),
            node("r", "resolution"),
        ],
        [edge("a", "i"), edge("i", "q")],
    )

    assert problems(validate_graph(graph)) == [("undefined_variable", "a")]


def test_body_too_large_counts_utf8_bytes() -> None:
    euros = "€" * (MAX_BODY_BYTES // 3 + 1)  # fewer characters than the limit, more bytes
    small = "€" * (MAX_BODY_BYTES // 3)
    graph = make_graph(
        [node("a", "action", body=small), node("b", "action", body=euros), node("r", "resolution")],
        [edge("a", "b"), edge("b", "r")],
    )

    report = validate_graph(graph)

    assert problems(report) == [("body_too_large", "b")]


def test_loop_warning_per_component_at_its_entry() -> None:
    graph = make_graph(
        [
            node("q", "question", answers=[answer("A", "a1"), answer("B", "b1"), answer("C", "self")]),
            node("a2", "action"),
            node("a1", "action"),
            node("b1", "action"),
            node("b2", "question", answers=[answer("Again", "b1"), answer("Stop", "r")]),
            node("self", "question", answers=[answer("Again", "self"), answer("Stop", "r")]),
            node("r", "resolution"),
            node("spin", "action"),
        ],
        [edge("a1", "a2"), edge("a2", "a1"), edge("b1", "b2"), edge("spin", "spin")],
    )

    report = validate_graph(graph)

    assert problems(report) == [("unreachable_node", "spin")]  # its self-loop is not reachable: no warning
    assert [(w.code, w.node_id, w.related) for w in report.warnings] == [
        ("loop", "a1", ["a2", "a1"]),
        ("loop", "b1", ["b1", "b2"]),
        ("loop", "self", ["self"]),
    ]
    assert "no way out" in report.warnings[0].message  # a1 <-> a2 never reaches an end
    assert "no way out" not in report.warnings[1].message


def test_a_loop_through_the_start_is_entered_at_the_start() -> None:
    graph = make_graph(
        [
            node("z", "action"),
            node("start", "question", answers=[answer("Retry", "z"), answer("Done", "r")]),
            node("r", "resolution"),
        ],
        [edge("z", "start")],
        start="start",
    )

    report = validate_graph(graph)

    assert report.valid
    assert [(w.node_id, w.related) for w in report.warnings] == [("start", ["z", "start"])]


def test_every_problem_is_collected_in_node_order_then_code() -> None:
    graph = make_graph(
        [
            node("q", "question", answers=[answer("x", "ghost"), answer("X", "r")]),
            node("r", "resolution", input={"variable": "v"}),
            node("lost", "input", title="{{nope}}"),
            node("r", "escalation"),
        ],
        [edge("r", "q"), edge("ghost", "r")],
    )

    report = validate_graph(graph)

    assert problems(report) == [
        ("answer_target_missing", "q"),
        ("duplicate_answer_label", "q"),
        ("input_spec_on_non_input", "r"),
        ("terminal_has_exits", "r"),
        ("dead_end", "lost"),
        ("input_spec_missing", "lost"),
        ("unreachable_node", "lost"),
        ("duplicate_node_id", "r"),
        ("edge_source_missing", None),
    ]
    assert not report.valid


def test_a_deep_chain_needs_no_recursion() -> None:
    count = 500
    nodes = [node(f"n{i}", "action", title=f"Step {i} {{{{v}}}}") for i in range(count - 1)]
    nodes[0] = node("n0", "input", input={"variable": "v"})
    nodes.append(node(f"n{count - 1}", "resolution"))
    edges = [edge(f"n{i}", f"n{i + 1}") for i in range(count - 1)]
    edges.append(edge(f"n{count - 2}", "n1"))  # and one long loop

    report = validate_graph(make_graph(nodes, edges))

    assert problems(report) == [("multiple_exits", f"n{count - 2}")]
    assert len(report.warnings) == 1
    assert len(report.warnings[0].related) == count - 2


def test_section_settings_are_one_per_name_and_for_a_section_in_use() -> None:
    nodes = [
        node("a", "action", section="Prepare"),
        node("b", "action", section="Patch"),
        node("done", "resolution", section="Patch"),
    ]
    edges = [edge("a", "b"), edge("b", "done")]
    sections = [{"name": "Patch", "sequential": True}, {"name": "Patch"}, {"name": "Renamed"}]
    graph = Graph.model_validate({"start": "a", "nodes": nodes, "edges": edges, "sections": sections})
    report = validate_graph(graph)

    assert [(p.code, p.node_id, p.related) for p in only(report, "duplicate_section")] == [
        ("duplicate_section", None, ["Patch"])
    ]
    assert [(p.code, p.related) for p in report.warnings] == [("section_unused", ["Renamed"])]
    assert validate_graph(make_graph(nodes, edges)).valid


def test_every_code_is_covered_by_this_file() -> None:
    with open(__file__, encoding="utf-8") as source:
        text = source.read()
    for code in ERROR_CODES + WARNING_CODES:
        assert f'"{code}"' in text, code


# ---------------------------------------------------------------- properties

ID_POOL = ["a", "b", "c", "d", "e", "f"]
VARIABLES = ["host", "code", "user"]


@st.composite
def valid_dags(draw: st.DrawFn, max_nodes: int = 25) -> Graph:
    """A random acyclic flow built outwards from the start: every node reachable, every way forward
    in order, leaves terminal. Optionally the start captures `ticket`, which every later node may use."""
    count = draw(st.integers(1, max_nodes))
    start_input = count >= 3 and draw(st.booleans())
    children: list[list[int]] = [[] for _ in range(count)]
    for i in range(1, count):
        parent = 0 if (start_input and i == 1) else draw(st.integers(1 if start_input else 0, i - 1))
        children[parent].append(i)
    nodes: list[Json] = []
    edges: list[Json] = []
    for i in range(count):
        uses = start_input and i > 0 and draw(st.booleans())
        title = f"Step {i}" + (" for {{ ticket }}" if uses else "")
        kids = children[i]
        if start_input and i == 0:
            nodes.append(node("n0", "input", title="Ticket", input={"variable": "ticket"}))
            edges.append(edge("n0", "n1"))
        elif not kids:
            nodes.append(node(f"n{i}", draw(st.sampled_from(["resolution", "escalation"])), title=title))
        elif len(kids) == 1 and draw(st.booleans()):
            kind = draw(st.sampled_from(["action", "input"]))
            extra = {"input": {"variable": f"v{i}"}} if kind == "input" else {}
            nodes.append(node(f"n{i}", kind, title=title, **extra))
            edges.append(edge(f"n{i}", f"n{kids[0]}"))
        else:
            later = draw(st.lists(st.integers(i + 1, count - 1), max_size=3))
            targets = list(dict.fromkeys(kids + later))
            answers = [answer(f"Option {k}", f"n{t}") for k, t in enumerate(targets)]
            nodes.append(node(f"n{i}", "question", title=title, answers=answers))
    order = draw(st.permutations(range(count)))
    return make_graph([nodes[i] for i in order], edges, start="n0")


@given(valid_dags())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_random_dags_from_the_start_are_valid(graph: Graph) -> None:
    report = validate_graph(graph)

    assert report.valid, report.errors
    assert report.warnings == []


@given(valid_dags(), st.sampled_from(["action", "input", "question", "resolution", "escalation"]), st.data())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_an_added_unreachable_node_is_its_only_error(graph: Graph, kind: str, data: st.DataObject) -> None:
    target = data.draw(st.sampled_from([n.id for n in graph.nodes]))
    extra: Json = {}
    edges = [e.model_dump() for e in graph.edges]
    if kind in {"action", "input"}:
        edges.append(edge("island", target))  # it even leads into the flow
        if kind == "input":
            extra["input"] = {"variable": "island_var"}
    elif kind == "question":
        extra["answers"] = [answer("Go", target)]
    position = data.draw(st.integers(0, len(graph.nodes)))
    nodes = [n.model_dump() for n in graph.nodes]
    nodes.insert(position, node("island", kind, title="Island {{island_var}}", **extra))
    before = validate_graph(graph)

    report = validate_graph(make_graph(nodes, edges, start=graph.start))

    assert problems(report) == [("unreachable_node", "island")]
    assert report.warnings == before.warnings


texts = st.sampled_from(["Plain", "Use {{host}}", "{{ code }} and {{user}}", "{{ not valid }}", "{{x}}"])
maybe_ids = st.sampled_from([*ID_POOL, "ghost"])  # "ghost" is never a node
input_specs = st.fixed_dictionaries(
    {
        "variable": st.sampled_from(VARIABLES),
        "type": st.sampled_from(["text", "number", "boolean", "choice"]),
        "pattern": st.sampled_from([None, "", "^a+$", "(", "[z-a]", "a{3}"]),
        "choices": st.none() | st.lists(st.sampled_from(["x", "y"]), max_size=2),
    }
)
any_nodes = st.builds(
    node,
    st.sampled_from(ID_POOL),
    st.sampled_from(["question", "action", "input", "resolution", "escalation"]),
    title=texts,
    body=texts,
    commands=st.lists(st.builds(lambda text: {"text": text}, texts), max_size=2),
    expected_result=st.none() | texts,
    answers=st.lists(st.builds(answer, st.sampled_from(["Yes", "yes ", "No", "Maybe"]), maybe_ids), max_size=4),
    input=st.none() | input_specs,
)
any_graphs = st.builds(
    lambda nodes, edges, start: make_graph(nodes, edges, start=start),
    st.lists(any_nodes, min_size=1, max_size=10),
    st.lists(st.builds(edge, maybe_ids, maybe_ids), max_size=20),
    maybe_ids,
)


@given(any_graphs)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_graph_gets_a_well_formed_deterministic_report(graph: Graph) -> None:
    report = validate_graph(graph)

    ids = {n.id for n in graph.nodes}
    assert report.valid == (not report.errors)
    assert all(p.code in ERROR_CODES for p in report.errors)
    assert all(p.code in WARNING_CODES for p in report.warnings)
    assert all(p.node_id is None or p.node_id in ids for p in report.errors + report.warnings)
    assert all(p.message for p in report.errors + report.warnings)
    assert validate_graph(graph) == report
    # Ordered by node, then code (a repeated id's problems may sit at any of its nodes: left out).
    position = {n.id: i for i, n in enumerate(graph.nodes)}
    repeated = {n.id for i, n in enumerate(graph.nodes) if position[n.id] != i}
    keys = [
        (len(graph.nodes) if p.node_id is None else position[p.node_id], p.code)
        for p in report.errors
        if p.node_id not in repeated
    ]
    assert keys == sorted(keys)


def reachable_from(start: str, successors: dict[str, set[str]], blocked: frozenset[str] = frozenset()) -> set[str]:
    """Nodes reached from `start` on paths that do not pass *through* a blocked node."""
    seen = {start}
    queue = deque([start])
    while queue:
        current = queue.popleft()
        if current in blocked:
            continue
        for nxt in successors[current]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


@st.composite
def small_graphs(draw: st.DrawFn) -> Graph:
    """Arbitrary wiring of action and input nodes (many errors, which the oracles ignore)."""
    count = draw(st.integers(1, 8))
    ids = [f"n{i}" for i in range(count)]
    nodes = []
    for i in ids:
        refs = draw(st.lists(st.sampled_from(VARIABLES), max_size=2))
        title = " ".join(f"{{{{{r}}}}}" for r in refs) or "Step"
        if draw(st.booleans()):
            nodes.append(node(i, "input", title=title, input={"variable": draw(st.sampled_from(VARIABLES))}))
        else:
            nodes.append(node(i, "action", title=title))
    pairs = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=3 * count))
    return make_graph(nodes, [edge(s, t) for s, t in pairs], start=draw(st.sampled_from(ids)))


def successor_map(graph: Graph) -> dict[str, set[str]]:
    successors: dict[str, set[str]] = {n.id: set() for n in graph.nodes}
    for e in graph.edges:
        successors[e.source].add(e.target)
    return successors


@given(small_graphs())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_undefined_variables_match_a_path_search(graph: Graph) -> None:
    successors = successor_map(graph)
    reachable = reachable_from(graph.start, successors)
    expected = set()
    for variable in VARIABLES:
        captured_by = frozenset(n.id for n in graph.nodes if n.input and n.input.variable == variable)
        # Undefined at n if some path start..n passes no capturing node before n.
        exposed = reachable_from(graph.start, successors, blocked=captured_by)
        for n in graph.nodes:
            if n.id in reachable and n.id in exposed and f"{{{{{variable}}}}}" in n.title:
                expected.add((n.id, variable))

    report = validate_graph(graph)

    assert {(p.node_id, p.related[0]) for p in only(report, "undefined_variable")} == expected


@given(small_graphs())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_loop_warnings_match_mutual_reachability(graph: Graph) -> None:
    successors = successor_map(graph)
    reachable = reachable_from(graph.start, successors)
    reaches = {n: reachable_from(n, successors) for n in reachable}
    expected = set()
    for n in reachable:
        component = frozenset(m for m in reachable if m in reaches[n] and n in reaches[m])
        if len(component) > 1 or n in successors[n]:
            expected.add(component)

    warnings = validate_graph(graph).warnings

    assert {frozenset(w.related) for w in warnings} == expected
    assert len(warnings) == len(expected)  # each loop once
    for w in warnings:
        assert w.node_id in w.related
        entered_from_outside = any(w.node_id in successors[p] for p in reachable if p not in w.related)
        assert w.node_id == graph.start or entered_from_outside


# ---------------------------------------------------------------- speed

MARKDOWN = (
    "## Check\n\nOpen **Event Viewer** on {{ host }} and look for errors from the last hour. "
    "If the service restarted, note the time. See the runbook for details.\n\n"
    "- Windows Logs > System\n- Filter on *Error* and *Critical*\n"
) * 3


def realistic_graph(count: int = 500, links: int = 2000, seed: int = 7) -> Graph:
    """A valid 500-node flow with 2,000 links (answers and edges), retry loops and Markdown bodies."""
    rng = random.Random(seed)
    terminals = count - 10
    questions = sum(1 for i in range(1, terminals) if i % 4 in {2, 3})
    per_question, spare = divmod(links - (terminals - questions), questions)  # the rest are single edges
    nodes = [node("n0", "input", title="Host name", input={"variable": "host", "pattern": r"^[A-Za-z0-9.-]+$"})]
    edges = [edge("n0", "n1")]
    for i in range(1, terminals):
        if i % 4 == 0:
            nodes.append(node(f"n{i}", "input", title=f"Reading {i}", body=MARKDOWN, input={"variable": f"v{i}"}))
            edges.append(edge(f"n{i}", f"n{i + 1}"))
        elif i % 4 == 1:
            command = {"shell": "powershell", "text": "Test-NetConnection {{host}} -Port 443"}
            nodes.append(node(f"n{i}", "action", title=f"Step {i}", body=MARKDOWN, commands=[command]))
            edges.append(edge(f"n{i}", f"n{i + 1}"))
        else:
            targets = {
                f"n{i + 1}",
                f"n{rng.randrange(max(1, i - 20), i)}",  # retry: back to an earlier step
                f"n{rng.randrange(terminals, count)}",
            }
            wanted = per_question + (1 if spare > 0 else 0)
            spare -= 1
            while len(targets) < wanted:
                targets.add(f"n{rng.randrange(i + 1, count)}")
            answers = [answer(f"Option {k}", t) for k, t in enumerate(sorted(targets))]
            nodes.append(
                node(f"n{i}", "question", title=f"Does {{{{host}}}} answer {i}?", body=MARKDOWN, answers=answers)
            )
    nodes += [node(f"n{i}", "resolution" if i % 2 else "escalation", title=f"End {i}") for i in range(terminals, count)]
    return make_graph(nodes, edges)


def stress_graph(count: int = 500, edge_count: int = 2000, seed: int = 7) -> Graph:
    """500 nodes and the maximum 2,000 edges wired at random: hundreds of problems to report."""
    rng = random.Random(seed)
    nodes = [node("n0", "input", input={"variable": "host"})]
    for i in range(1, count):
        kind = rng.choice(["action", "action", "input", "question", "resolution"])
        extra: Json = {"body": f"Check {{{{host}}}} and {{{{ v{rng.randrange(count)} }}}}.\n" * 20}
        if kind == "input":
            extra["input"] = {"variable": f"v{i}", "pattern": r"^\d+$"}
        if kind == "question":
            extra["answers"] = [answer(f"A{k}", f"n{rng.randrange(count)}") for k in range(rng.randint(2, 6))]
        nodes.append(node(f"n{i}", kind, **extra))
    edges = [edge(f"n{i}", f"n{i + 1}") for i in range(count - 1)]
    edges += [edge(f"n{rng.randrange(count)}", f"n{rng.randrange(count)}") for _ in range(edge_count - len(edges))]
    return make_graph(nodes, edges)


def best_time(graph: Graph, runs: int = 5) -> tuple[float, ValidationReport]:
    report = validate_graph(graph)  # warm up (regular expression caches)
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        validate_graph(graph)
        best = min(best, time.perf_counter() - began)
    return best, report


def test_a_valid_500_node_flow_with_2000_links_validates_fast() -> None:
    graph = realistic_graph()
    links = len(graph.edges) + sum(len(n.answers) for n in graph.nodes)
    assert (len(graph.nodes), links) == (500, 2000)

    elapsed, report = best_time(graph)

    assert report.valid, report.errors[:3]
    assert report.warnings
    assert elapsed < 0.2, f"{elapsed * 1000:.1f} ms"


def test_a_500_node_2000_edge_random_graph_validates_fast() -> None:
    graph = stress_graph()
    assert (len(graph.nodes), len(graph.edges)) == (500, 2000)

    elapsed, report = best_time(graph)

    assert len(report.errors) > 500
    assert report.warnings
    assert elapsed < 0.2, f"{elapsed * 1000:.1f} ms"
