"""The demo library content (app/flows/demo): every flow parses, passes validation and is realistic in size;
the step library has enough rated steps. Pure file checks, no database."""

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.flows.graph import TERMINAL_KINDS, Command, Graph

DEMO_DIR = Path(__file__).resolve().parents[2] / "app" / "flows" / "demo"
FLOW_FILES = sorted((DEMO_DIR / "flows").glob("*.json"))
KINDS = {"troubleshooting", "procedural", "maintenance"}
VARIABLE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _flows() -> dict[str, dict[str, Any]]:
    return {path.name: _load(path) for path in FLOW_FILES}


def _steps() -> list[dict[str, Any]]:
    steps = _load(DEMO_DIR / "steps.json")
    assert isinstance(steps, list)
    return steps


def test_library_has_the_required_flows() -> None:
    flows = _flows()
    kinds = Counter(flow["kind"] for flow in flows.values())
    assert set(kinds) <= KINDS
    assert kinds["troubleshooting"] >= 15
    assert kinds["procedural"] >= 4
    assert kinds["maintenance"] >= 3
    titles = [flow["title"] for flow in flows.values()]
    assert len(set(titles)) == len(titles), "flow titles must be unique"
    outlook = [title for title in titles if "outlook" in title.lower()]
    assert any("password" in title.lower() and "prompt" in title.lower() for title in outlook)


@pytest.mark.parametrize("path", FLOW_FILES, ids=lambda path: path.stem)
def test_flow_metadata_and_graph(path: Path) -> None:
    flow = _load(path)
    assert set(flow) == {"kind", "title", "description", "category", "tags", "folder", "graph"}
    assert flow["kind"] in KINDS
    assert flow["title"].strip()
    assert flow["description"].strip()
    assert flow["category"].strip()
    assert flow["folder"].strip()
    assert flow["tags"]
    assert all(isinstance(tag, str) and tag.strip() for tag in flow["tags"])

    graph = Graph.model_validate(flow["graph"])
    assert 8 <= len(graph.nodes) <= 40
    ids = {node.id for node in graph.nodes}
    assert graph.start in ids
    assert any(node.kind in TERMINAL_KINDS for node in graph.nodes)
    assert all(node.position is not None for node in graph.nodes)
    assert any(node.commands for node in graph.nodes), "every flow carries real commands"
    if flow["kind"] == "troubleshooting":
        assert any(node.kind == "question" and len(node.answers) >= 2 for node in graph.nodes)
    else:
        assert all(node.section for node in graph.nodes), "procedural/maintenance nodes are grouped in sections"
        assert any(node.kind == "input" for node in graph.nodes)


@pytest.mark.parametrize("path", FLOW_FILES, ids=lambda path: path.stem)
def test_flow_passes_validation(path: Path) -> None:
    from app.flows.validation import validate_graph

    report = validate_graph(Graph.model_validate(_load(path)["graph"]))
    assert report.errors == [], [(problem.code, problem.node_id, problem.message) for problem in report.errors]
    assert report.valid


@pytest.mark.parametrize("path", FLOW_FILES, ids=lambda path: path.stem)
def test_referenced_variables_are_captured(path: Path) -> None:
    graph = Graph.model_validate(_load(path)["graph"])
    captured = {node.input.variable for node in graph.nodes if node.input is not None}
    for node in graph.nodes:
        texts = [node.title, node.body, node.expected_result or "", *(command.text for command in node.commands)]
        for text in texts:
            assert set(VARIABLE.findall(text)) <= captured, node.id


def test_step_library() -> None:
    steps = _steps()
    assert len(steps) >= 30
    titles = [step["title"] for step in steps]
    assert len(set(titles)) == len(titles), "step titles must be unique"
    for step in steps:
        assert set(step) == {"title", "body", "commands", "tags", "kind_hint", "ratings"}
        assert step["title"].strip()
        assert step["body"].strip()
        assert step["tags"]
        assert step["kind_hint"] in {"action", "question", "input"}
        for command in step["commands"]:
            Command.model_validate(command)
        assert 2 <= len(step["ratings"]) <= 5, step["title"]
        for rating in step["ratings"]:
            assert isinstance(rating["rating"], int)
            assert 1 <= rating["rating"] <= 5
            assert rating["review"].strip()
    assert sum(1 for step in steps if step["commands"]) >= 30
