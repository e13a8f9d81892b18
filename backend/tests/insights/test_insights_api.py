"""Flow insights from hand-made sessions: visits, answers, medians, outcomes, abandonment, access."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest

from app.core.clock import travel
from tests.factories import Factory, Member, auth_headers
from tests.sessions.helpers import (
    FLOWS,
    SESSIONS,
    Json,
    answer,
    captured,
    completed,
    done,
    ended,
    outlook_graph,
    published_flow,
    published_project,
    send,
    start,
)


class Clock:
    """Moves "now" forward by whole seconds for the events of one session."""

    def __init__(self) -> None:
        self.offset = 0

    @contextmanager
    def after(self, seconds: int) -> Iterator[None]:
        self.offset += seconds
        with travel(timedelta(seconds=self.offset)):
            yield


async def run(client: Any, headers: dict[str, str], flow_id: str, steps: list[tuple[int, Json | str]]) -> Json:
    """Start a session now and send each (seconds after the previous step, event) in turn.

    The event "escalate" goes to the escalation endpoint (team queue)."""
    clock = Clock()
    session = await start(client, headers, flow_id)
    for seconds, event in steps:
        with clock.after(seconds):
            if event == "escalate":
                url = f"{SESSIONS}/{session['id']}/escalate"
                response = await client.post(url, json={"reason": "Needs Exchange rights"}, headers=headers)
                assert response.status_code == 200, response.text
                session = response.json()["session"]
            else:
                assert isinstance(event, dict)
                session = await send(client, headers, session, event)
    return session


async def insights(client: Any, headers: dict[str, str], flow_id: str, query: str = "") -> Json:
    response = await client.get(f"{FLOWS}/{flow_id}/insights{query}", headers=headers)
    assert response.status_code == 200, response.text
    result: Json = response.json()
    return result


def by_node(result: Json) -> dict[str, Json]:
    return {node["node_id"]: node for node in result["nodes"]}


@pytest.fixture
async def engineer(factory: Factory) -> Member:
    return await factory.member(role="engineer")


@pytest.fixture
async def headers(client, engineer: Member) -> dict[str, str]:
    return await auth_headers(client, engineer)


@pytest.fixture
async def flow(client, headers: dict[str, str]) -> Json:
    return await published_flow(client, headers)


# ask -Yes-> addins -> works -Yes-> fixed | -No-> ask;  ask -No-> code (input) -> profile -> handover
SESSIONS_OF_FIVE: list[list[tuple[int, Json | str]]] = [
    # resolved: ask 60 s, addins 120 s, works 30 s, fixed 10 s
    [(60, answer("ask", 0)), (120, done("addins")), (30, answer("works", 0)), (10, ended())],
    # abandoned at profile, after a loop back to ask
    [
        (90, answer("ask", 0)),
        (240, done("addins", "failed")),
        (30, answer("works", 1)),
        (20, answer("ask", 1)),
        (15, captured("code", "error_code", "0x8004010F")),
        (50, ended("abandoned", "User went home.")),
    ],
    # escalated: 1,000 s paused on code (not counted), handed over at handover
    [
        (30, answer("ask", 1)),
        (5, {"type": "paused", "reason": "Waiting for the user"}),
        (1000, {"type": "resumed"}),
        (40, captured("code", "error_code", "0x80040115")),
        (300, done("profile")),
        (20, "escalate"),
    ],
    # unresolved at ask, after going back from addins
    [(120, answer("ask", 0)), (10, {"type": "went_back"}), (70, ended("unresolved", "Needs a reinstall."))],
    # still open at ask
    [],
]


async def test_counts_answers_medians_outcomes_and_abandonment(client, headers: dict[str, str], flow: Json) -> None:
    for steps in SESSIONS_OF_FIVE:
        await run(client, headers, flow["id"], steps)

    result = await insights(client, headers, flow["id"])

    assert (result["flow_id"], result["version"], result["latest_version"]) == (flow["id"], 1, 1)
    assert result["outcomes"] == {
        "sessions": 5,
        "open": 1,
        "closed": 4,
        "resolved": 1,
        "escalated": 1,
        "unresolved": 1,
        "abandoned": 1,
        "resolved_rate": 0.25,
        "escalated_rate": 0.25,
        "unresolved_rate": 0.25,
        "abandoned_rate": 0.25,
    }
    nodes = by_node(result)
    assert [node["node_id"] for node in result["nodes"]] == [node["id"] for node in outlook_graph()["nodes"]]
    visits = {node_id: (node["visits"], node["sessions"]) for node_id, node in nodes.items()}
    assert visits == {
        "ask": (7, 5),  # five starts, the loop back from works, the went_back
        "addins": (3, 3),
        "works": (2, 2),
        "code": (2, 2),
        "profile": (2, 2),
        "fixed": (1, 1),
        "handover": (1, 1),
    }
    # ask: 60, 90, 20, 30, 120, 70 (the open session's visit has no end)
    assert nodes["ask"]["timed_visits"] == 6
    assert nodes["ask"]["median_seconds"] == pytest.approx(65, abs=1)
    assert nodes["addins"]["median_seconds"] == pytest.approx(120, abs=1)  # 120, 240, 10
    assert nodes["code"]["median_seconds"] == pytest.approx(30, abs=1)  # 15, and 1,045 minus the 1,000 paused
    assert nodes["handover"]["median_seconds"] == pytest.approx(20, abs=1)  # until the escalation
    assert nodes["fixed"]["median_seconds"] == pytest.approx(10, abs=1)
    assert [(a["label"], a["target"], a["chosen"], a["share"]) for a in nodes["ask"]["answers"]] == [
        ("Yes", "addins", 3, 0.6),
        ("No", "code", 2, 0.4),
    ]
    assert [a["chosen"] for a in nodes["works"]["answers"]] == [1, 1]
    assert nodes["addins"]["results"] == {"done": 1, "failed": 1, "skipped": 0}
    assert nodes["profile"]["results"] == {"done": 1, "failed": 0, "skipped": 0}
    assert nodes["ask"]["results"] is None
    assert nodes["addins"]["answers"] == []
    assert nodes["fixed"]["ended_here"] == {"resolved": 1, "escalated": 0, "unresolved": 0, "abandoned": 0}
    assert nodes["handover"]["ended_here"]["escalated"] == 1
    assert nodes["ask"]["ended_here"]["unresolved"] == 1
    assert result["abandoned_at"] == [
        {"node_id": "profile", "title": nodes["profile"]["title"], "sessions": 1, "share": 1.0}
    ]


async def test_checklist_steps_count_their_completions_results_and_answers(client, headers: dict[str, str]) -> None:
    project = await published_project(client, headers)
    await run(client, headers, project["id"], [(30, completed("backup")), (60, completed("where", answer=1))])
    await run(
        client,
        headers,
        project["id"],
        [(20, completed("backup", "failed")), (5, completed("where", answer=0)), (90, completed("ad", "skipped"))],
    )

    nodes = by_node(await insights(client, headers, project["id"]))

    assert (nodes["backup"]["visits"], nodes["backup"]["sessions"]) == (2, 2)
    assert nodes["backup"]["results"] == {"done": 1, "failed": 1, "skipped": 0}
    assert [(a["label"], a["chosen"]) for a in nodes["where"]["answers"]] == [("On-prem", 1), ("Cloud", 1)]
    assert nodes["where"]["results"] is None
    assert nodes["ad"]["results"] == {"done": 0, "failed": 0, "skipped": 1}
    assert (nodes["licence"]["visits"], nodes["backup"]["median_seconds"]) == (0, None)


async def test_a_flow_without_sessions_has_zeros(client, headers: dict[str, str], flow: Json) -> None:
    result = await insights(client, headers, flow["id"])

    assert result["outcomes"]["sessions"] == 0
    assert result["outcomes"]["resolved_rate"] is None
    assert all(node["visits"] == 0 and node["median_seconds"] is None for node in result["nodes"])
    assert result["abandoned_at"] == []


async def test_a_taken_over_session_continues_the_visit_without_counting_the_wait(
    client, factory: Factory, engineer: Member, headers: dict[str, str], flow: Json
) -> None:
    session = await run(
        client,
        headers,
        flow["id"],
        [
            (10, answer("ask", 1)),
            (10, captured("code", "error_code", "0x8004010F")),
            (10, done("profile")),
            (20, "escalate"),
        ],
    )
    colleague = await factory.member(engineer.team, "engineer")
    other = await auth_headers(client, colleague)
    with travel(timedelta(seconds=550)):
        response = await client.post(f"{SESSIONS}/{session['id']}/take-over", headers=other)
        assert response.status_code == 200, response.text
    with travel(timedelta(seconds=575)):
        await send(client, other, response.json()["session"], ended())

    result = await insights(client, headers, flow["id"])

    handover = by_node(result)["handover"]
    assert (handover["visits"], handover["timed_visits"]) == (1, 2)
    assert handover["median_seconds"] == pytest.approx(22.5, abs=1)  # 20 before, 25 after the take-over
    assert handover["ended_here"]["resolved"] == 1
    assert (result["outcomes"]["resolved"], result["outcomes"]["escalated"]) == (1, 0)


async def test_version_defaults_to_the_latest_and_can_be_chosen(client, headers: dict[str, str], flow: Json) -> None:
    await run(client, headers, flow["id"], [(5, answer("ask", 0))])
    graph = outlook_graph()
    graph["nodes"][0]["title"] = "Does Outlook start in safe mode (outlook.exe /safe)?"
    saved = await client.put(
        f"{FLOWS}/{flow['id']}/draft", json={"revision": flow["draft_revision"], "graph": graph}, headers=headers
    )
    assert saved.status_code == 200, saved.text
    published = await client.post(f"{FLOWS}/{flow['id']}/publish", json={}, headers=headers)
    assert published.status_code == 201, published.text
    await run(client, headers, flow["id"], [])
    await run(client, headers, flow["id"], [])

    latest = await insights(client, headers, flow["id"])
    first = await insights(client, headers, flow["id"], "?version=1")

    assert (latest["version"], latest["latest_version"], latest["outcomes"]["sessions"]) == (2, 2, 2)
    assert by_node(latest)["ask"]["title"].endswith("(outlook.exe /safe)?")
    assert (first["version"], first["latest_version"], first["outcomes"]["sessions"]) == (1, 2, 1)
    assert by_node(first)["addins"]["visits"] == 1


async def test_unknown_versions_and_bad_input_are_refused(client, headers: dict[str, str], flow: Json) -> None:
    url = f"{FLOWS}/{flow['id']}/insights"
    missing = await client.get(f"{url}?version=9", headers=headers)
    assert (missing.status_code, missing.json()["detail"]) == (404, "version_not_found")
    for bad in ("0", "-1", "latest"):
        assert (await client.get(f"{url}?version={bad}", headers=headers)).status_code == 422
    assert (await client.get(f"{FLOWS}/not-a-uuid/insights", headers=headers)).status_code == 422
    unknown = await client.get(f"{FLOWS}/00000000-0000-4000-8000-000000000000/insights", headers=headers)
    assert (unknown.status_code, unknown.json()["detail"]) == (404, "flow_not_found")


async def test_a_draft_only_flow_has_no_insights_yet(client, headers: dict[str, str]) -> None:
    from tests.flows.test_flows_api import create as create_flow

    draft = await create_flow(client, headers, graph=outlook_graph())
    response = await client.get(f"{FLOWS}/{draft['id']}/insights", headers=headers)
    assert (response.status_code, response.json()["detail"]) == (409, "flow_not_published")


async def test_every_member_reads_insights_other_teams_get_404(
    client, factory: Factory, engineer: Member, headers: dict[str, str], flow: Json
) -> None:
    await run(client, headers, flow["id"], [(5, answer("ask", 0))])
    for role in ("viewer", "engineer", "team_admin"):
        member = await factory.member(engineer.team, role)
        result = await insights(client, await auth_headers(client, member), flow["id"])
        assert result["outcomes"]["sessions"] == 1, role

    stranger = await factory.member(role="team_admin")
    response = await client.get(f"{FLOWS}/{flow['id']}/insights", headers=await auth_headers(client, stranger))
    assert (response.status_code, response.json()["detail"]) == (404, "flow_not_found")
    assert (await client.get(f"{FLOWS}/{flow['id']}/insights")).status_code == 401


async def test_sessions_of_another_team_never_count(
    client, factory: Factory, headers: dict[str, str], flow: Json
) -> None:
    """Two teams' sessions on equal flows: each team's insights see only its own."""
    await run(client, headers, flow["id"], [(5, answer("ask", 0))])
    other = await auth_headers(client, await factory.member(role="engineer"))
    other_flow = await published_flow(client, other)
    for _ in range(3):
        await run(client, other, other_flow["id"], [(5, answer("ask", 1))])

    mine = await insights(client, headers, flow["id"])
    theirs = await insights(client, other, other_flow["id"])

    assert (mine["outcomes"]["sessions"], by_node(mine)["addins"]["visits"], by_node(mine)["code"]["visits"]) == (
        1,
        1,
        0,
    )
    assert (theirs["outcomes"]["sessions"], by_node(theirs)["code"]["visits"]) == (3, 3)
