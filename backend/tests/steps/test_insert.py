"""Inserting a library step into a flow's draft: wiring, generated ids, use count, optimistic concurrency."""

from typing import Any

import pytest

from tests.factories import Factory, Member, auth_headers
from tests.flows.test_flows_api import create as create_flow
from tests.steps.test_steps_api import STEPS, create_step

FLOWS = "/api/v1/flows"


def chain_graph() -> dict[str, Any]:
    """check -> fixed (resolution), with canvas positions."""
    return {
        "start": "check",
        "nodes": [
            {"id": "check", "kind": "action", "title": "Check the printer is on", "position": {"x": 0, "y": 0}},
            {"id": "fixed", "kind": "resolution", "title": "Printing works", "position": {"x": 0, "y": 300}},
        ],
        "edges": [{"source": "check", "target": "fixed"}],
    }


@pytest.fixture
async def engineer(factory: Factory) -> Member:
    return await factory.member(role="engineer")


async def insert(client: Any, headers: dict[str, str], step_id: str, **body: Any) -> Any:
    return await client.post(f"{STEPS}/{step_id}/insert", json=body, headers=headers)


async def use_count(client: Any, headers: dict[str, str], step_id: str) -> int:
    count: int = (await client.get(f"{STEPS}/{step_id}", headers=headers)).json()["use_count"]
    return count


def node(flow: dict[str, Any], node_id: str) -> dict[str, Any]:
    [found] = [n for n in flow["graph"]["nodes"] if n["id"] == node_id]
    return found


def edges(flow: dict[str, Any]) -> set[tuple[str, str]]:
    return {(e["source"], e["target"]) for e in flow["graph"]["edges"]}


async def test_insert_wires_the_step_after_a_node_and_counts_the_use(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    flow = await create_flow(client, headers, graph=chain_graph())

    response = await insert(client, headers, step["id"], flow_id=flow["id"], revision=1, after_node_id="check")
    assert response.status_code == 200, response.text
    updated = response.json()
    assert updated["id"] == flow["id"]
    assert updated["draft_revision"] == 2
    assert updated["version"] is None
    new = node(updated, "step-restart-the-print-spooler")
    assert (new["kind"], new["title"], new["body"], new["commands"]) == (
        "action",
        step["title"],
        step["body"],
        step["commands"],
    )
    assert new["position"] == {"x": 0, "y": 150}  # just below the node it follows
    assert edges(updated) == {("check", new["id"]), (new["id"], "fixed")}
    assert await use_count(client, headers, step["id"]) == 1

    stored = (await client.get(f"{FLOWS}/{flow['id']}", headers=headers)).json()
    assert stored["graph"] == updated["graph"]
    report = (await client.post(f"{FLOWS}/{flow['id']}/validate", headers=headers)).json()
    assert report["valid"] is True, report


async def test_inserting_twice_generates_a_fresh_node_id(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    flow = await create_flow(client, headers, graph=chain_graph())
    first = (await insert(client, headers, step["id"], flow_id=flow["id"], revision=1, after_node_id="check")).json()
    second = await insert(client, headers, step["id"], flow_id=flow["id"], revision=2, after_node_id="check")
    assert second.status_code == 200
    graph = second.json()
    ids = [n["id"] for n in graph["graph"]["nodes"]]
    assert ids == ["check", "fixed", "step-restart-the-print-spooler", "step-restart-the-print-spooler-2"]
    assert edges(graph) == {
        ("check", "step-restart-the-print-spooler-2"),
        ("step-restart-the-print-spooler-2", "step-restart-the-print-spooler"),
        ("step-restart-the-print-spooler", "fixed"),
    }
    assert first["draft_revision"] == 2
    assert graph["draft_revision"] == 3
    assert await use_count(client, headers, step["id"]) == 2


async def test_a_node_without_an_exit_gets_an_edge_to_the_step(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    flow = await create_flow(client, headers, kind="procedural", graph=None)  # one node, "start", no edges
    response = await insert(client, headers, step["id"], flow_id=flow["id"], revision=1, after_node_id="start")
    assert response.status_code == 200
    assert edges(response.json()) == {("start", "step-restart-the-print-spooler")}


async def test_without_after_node_the_step_is_added_unconnected_with_my_id(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    flow = await create_flow(client, headers, graph=chain_graph())
    response = await insert(
        client, headers, step["id"], flow_id=flow["id"], revision=1, node_id="spooler", position={"x": 400, "y": 20}
    )
    assert response.status_code == 200
    updated = response.json()
    assert node(updated, "spooler")["position"] == {"x": 400, "y": 20}
    assert edges(updated) == {("check", "fixed")}
    assert await use_count(client, headers, step["id"]) == 1


async def test_question_and_input_steps_become_valid_nodes_of_their_kind(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    question = await create_step(client, headers, title="Is it one user or many?", kind_hint="question", commands=[])
    record = await create_step(client, headers, title="Record the exact error message", kind_hint="input", commands=[])
    flow = await create_flow(client, headers, graph=chain_graph())

    first = await insert(client, headers, question["id"], flow_id=flow["id"], revision=1, after_node_id="check")
    asked = node(first.json(), "step-is-it-one-user-or-many")
    assert asked["kind"] == "question"
    assert asked["answers"] == [{"label": "Continue", "target": "fixed"}]
    assert edges(first.json()) == {("check", "step-is-it-one-user-or-many")}  # a question leads on by answers

    second = await insert(client, headers, record["id"], flow_id=flow["id"], revision=2, after_node_id="fixed")
    assert second.json()["detail"] == "invalid_insert_point"
    third = await insert(client, headers, record["id"], flow_id=flow["id"], revision=2)
    recorded = node(third.json(), "step-record-the-exact-error-message")
    assert recorded["kind"] == "input"
    assert recorded["input"]["variable"] == "record_the_exact_error_message"
    fourth = await insert(client, headers, record["id"], flow_id=flow["id"], revision=3, after_node_id="check")
    again = node(fourth.json(), "step-record-the-exact-error-message-2")
    assert again["input"]["variable"] == "record_the_exact_error_message_2"
    assert edges(fourth.json()) == {
        ("check", again["id"]),
        (again["id"], "step-is-it-one-user-or-many"),
    }

    report = (await client.post(f"{FLOWS}/{flow['id']}/validate", headers=headers)).json()
    # Only the unconnected input node (inserted without after_node_id) is a problem.
    assert {(p["code"], p["node_id"]) for p in report["errors"]} == {
        ("unreachable_node", "step-record-the-exact-error-message"),
        ("dead_end", "step-record-the-exact-error-message"),
    }


async def test_a_stale_revision_is_a_draft_conflict_and_counts_no_use(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    flow = await create_flow(client, headers, graph=chain_graph())
    saved = await client.put(
        f"{FLOWS}/{flow['id']}/draft", json={"revision": 1, "graph": chain_graph()}, headers=headers
    )
    assert saved.json()["draft_revision"] == 2

    stale = await insert(client, headers, step["id"], flow_id=flow["id"], revision=1, after_node_id="check")
    assert stale.status_code == 409
    assert stale.json()["detail"] == "draft_conflict"
    assert stale.json()["current"]["draft_revision"] == 2
    assert [n["id"] for n in stale.json()["current"]["graph"]["nodes"]] == ["check", "fixed"]
    assert await use_count(client, headers, step["id"]) == 0
    after = (await client.get(f"{FLOWS}/{flow['id']}", headers=headers)).json()
    assert (after["draft_revision"], len(after["graph"]["nodes"])) == (2, 2)


@pytest.mark.parametrize(
    ("body", "status", "code"),
    [
        ({"after_node_id": "nowhere"}, 422, "after_node_missing"),
        ({"after_node_id": "fixed"}, 422, "invalid_insert_point"),  # a resolution ends the flow
        ({"node_id": "check"}, 409, "node_id_taken"),
        ({"node_id": "bad id!"}, 422, "validation_error"),
        ({"after_node_id": "x" * 65}, 422, "validation_error"),
        ({"revision": 0}, 422, "validation_error"),
        ({"flow_id": "not-a-uuid"}, 422, "validation_error"),
        ({"flow_id": None}, 422, "validation_error"),
        ({"position": {"x": 1}}, 422, "validation_error"),
        ({"kind": "resolution"}, 422, "validation_error"),
    ],
)
async def test_bad_inserts_change_nothing(
    client, engineer: Member, body: dict[str, Any], status: int, code: str
) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    flow = await create_flow(client, headers, graph=chain_graph())
    response = await insert(client, headers, step["id"], **{"flow_id": flow["id"], "revision": 1, **body})
    assert response.status_code == status, response.text
    assert response.json()["detail"] == code
    assert await use_count(client, headers, step["id"]) == 0
    assert (await client.get(f"{FLOWS}/{flow['id']}", headers=headers)).json()["draft_revision"] == 1


async def test_insert_on_one_answer_of_a_question(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    flow = await create_flow(client, headers)  # "ask" is a question with two answers
    before = node(flow, "ask")["answers"]
    response = await insert(
        client, headers, step["id"], flow_id=flow["id"], revision=1, after_node_id="ask", after_answer=1, node_id="new"
    )
    assert response.status_code == 200, response.text
    answers = node(response.json(), "ask")["answers"]
    assert [a["target"] for a in answers] == [before[0]["target"], "new"]
    assert ("new", before[1]["target"]) in edges(response.json())
    assert await use_count(client, headers, step["id"]) == 1


async def test_no_insert_after_a_question_without_an_answer_or_a_node_with_several_exits(
    client, engineer: Member
) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    flow = await create_flow(client, headers)  # "ask" is a question with two answers
    for extra in ({}, {"after_answer": 2}):
        response = await insert(
            client, headers, step["id"], flow_id=flow["id"], revision=1, after_node_id="ask", **extra
        )
        assert response.status_code == 422
        assert response.json()["detail"] == "invalid_insert_point"
    chain = await create_flow(client, headers, graph=chain_graph())
    for misplaced in ({"after_node_id": "check", "after_answer": 0}, {"after_answer": 0}):
        response = await insert(client, headers, step["id"], flow_id=chain["id"], revision=1, **misplaced)
        assert response.status_code == 422
        assert response.json()["detail"] == "invalid_insert_point"

    forked = chain_graph()
    forked["nodes"].append({"id": "other", "kind": "escalation", "title": "Escalate"})
    forked["edges"].append({"source": "check", "target": "other"})
    second = await create_flow(client, headers, graph=forked)
    response = await insert(client, headers, step["id"], flow_id=second["id"], revision=1, after_node_id="check")
    assert response.status_code == 422
    assert response.json()["detail"] == "invalid_insert_point"
    assert await use_count(client, headers, step["id"]) == 0


async def test_a_full_draft_takes_no_more_nodes(client, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    full = {
        "start": "n0",
        "nodes": [{"id": f"n{i}", "kind": "action", "title": "t"} for i in range(500)],
        "edges": [],
    }
    flow = await create_flow(client, headers, graph=full)
    response = await insert(client, headers, step["id"], flow_id=flow["id"], revision=1)
    assert response.status_code == 422
    assert response.json()["detail"] == "too_many_nodes"
    assert await use_count(client, headers, step["id"]) == 0


async def test_the_flow_must_be_one_of_my_teams(client, factory: Factory, engineer: Member) -> None:
    headers = await auth_headers(client, engineer)
    step = await create_step(client, headers)
    stranger = await auth_headers(client, await factory.member(role="team_admin"))
    foreign = await create_flow(client, stranger, graph=chain_graph())

    response = await insert(client, headers, step["id"], flow_id=foreign["id"], revision=1, after_node_id="check")
    assert response.status_code == 404
    assert response.json()["detail"] == "flow_not_found"
    assert await use_count(client, headers, step["id"]) == 0
    untouched = (await client.get(f"{FLOWS}/{foreign['id']}", headers=stranger)).json()
    assert (untouched["draft_revision"], len(untouched["graph"]["nodes"])) == (1, 2)
