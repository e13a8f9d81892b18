"""Escalation with a briefing, the escalation queues, and take-over."""

from dataclasses import dataclass

import pytest

from tests.factories import Factory, Member, auth_headers
from tests.sessions.helpers import (
    ESCALATIONS,
    SESSIONS,
    Json,
    answer,
    captured,
    done,
    ended,
    events,
    note,
    post_event,
    published_flow,
    send,
    start,
)


@dataclass
class Team:
    owner: Member
    receiver: Member
    colleague: Member
    admin: Member
    viewer: Member
    headers: dict[str, dict[str, str]]


@pytest.fixture
async def team(client, factory: Factory) -> Team:
    owner = await factory.member(role="engineer")
    members = {
        "owner": owner,
        "receiver": await factory.member(owner.team, "engineer"),
        "colleague": await factory.member(owner.team, "engineer"),
        "admin": await factory.member(owner.team, "team_admin"),
        "viewer": await factory.member(owner.team, "viewer"),
    }
    headers = {name: await auth_headers(client, member) for name, member in members.items()}
    return Team(**members, headers=headers)


async def worked_session(client, team: Team) -> Json:
    """ask -Yes-> addins (failed, with output) -> works -No-> ask -No-> code (captured) -> profile, with notes."""
    headers = team.headers["owner"]
    flow = await published_flow(client, headers)
    session = await start(client, headers, flow["id"], ticket_id="T-77", client_name="Fabrikam", target="PC-7")
    for event in (
        answer("ask", 0),
        done("addins", "failed", output="Access denied"),
        answer("works", 1),
        {"type": "went_back"},
        answer("works", 1),
        answer("ask", 1),
        captured("code", "error_code", "0x8004010F"),
        note("User says it started after the **last update**."),
        {"type": "output_pasted", "output": "Profile: corrupt", "command": "Get-Profile"},
    ):
        session = await send(client, headers, session, event)
    return session


async def escalate(client, headers: dict[str, str], session: Json, **body: object) -> Json:
    response = await client.post(
        f"{SESSIONS}/{session['id']}/escalate", json={"reason": "Needs Exchange rights", **body}, headers=headers
    )
    assert response.status_code == 200, response.text
    result: Json = response.json()
    return result


async def test_escalating_ends_the_owners_turn_with_a_briefing(client, team: Team) -> None:
    session = await worked_session(client, team)
    result = await escalate(
        client, team.headers["owner"], session, to_user_id=str(team.receiver.user.id), urgency="high"
    )

    assert result["event"]["type"] == "escalated"
    assert result["event"]["payload"] == {
        "type": "escalated",
        "node_id": "profile",
        "to_user_id": str(team.receiver.user.id),
        "reason": "Needs Exchange rights",
        "urgency": "high",
    }
    escalated = result["session"]
    assert (escalated["status"], escalated["owner_id"]) == ("escalated", str(team.owner.user.id))
    assert escalated["escalation"]["to_user_id"] == str(team.receiver.user.id)
    assert escalated["ended_at"] == escalated["escalation"]["at"]

    briefing = result["briefing"]
    assert (briefing["ticket_id"], briefing["client_name"], briefing["target"]) == ("T-77", "Fabrikam", "PC-7")
    assert briefing["escalation"]["reason"] == "Needs Exchange rights"
    assert [(s["type"], s["node_id"], s["detail"]) for s in briefing["tried"]] == [
        ("answered", "ask", "Yes"),
        ("action_done", "addins", "failed"),
        ("answered", "works", "No"),
        ("went_back", "ask", "back to Does Outlook start now?"),
        ("answered", "works", "No"),
        ("answered", "ask", "No"),
        ("input_captured", "code", "error_code = 0x8004010F"),
    ]
    assert [(f["type"], f["text"]) for f in briefing["found"]] == [
        ("action_done", "Access denied"),
        ("note", "User says it started after the **last update**."),
        ("output_pasted", "Profile: corrupt"),
    ]
    assert briefing["inputs"] == {"error_code": "0x8004010F"}
    assert briefing["open_questions"] == [
        "Not done yet: Rebuild the profile (0x8004010F)",
        "Failed: Disable COM add-ins",
    ]

    refused = await post_event(client, team.headers["owner"], escalated, done("profile"))
    assert (refused.status_code, refused.json()["detail"]) == (409, "session_escalated")
    late = await post_event(client, team.headers["owner"], escalated, note("Left a voicemail for the user."))
    assert (late.status_code, late.json()["event"]["payload"]["late"]) == (201, True)


async def test_the_receiver_sees_it_in_their_queue_and_takes_it_over(client, team: Team) -> None:
    session = await worked_session(client, team)
    await escalate(client, team.headers["owner"], session, to_user_id=str(team.receiver.user.id))

    mine = (await client.get(ESCALATIONS, params={"queue": "mine"}, headers=team.headers["receiver"])).json()
    assert [item["session"]["id"] for item in mine["items"]] == [session["id"]]
    assert mine["items"][0]["briefing"]["inputs"] == {"error_code": "0x8004010F"}
    assert (await client.get(ESCALATIONS, params={"queue": "team"}, headers=team.headers["receiver"])).json()[
        "items"
    ] == []
    assert (await client.get(ESCALATIONS, headers=team.headers["colleague"])).json()["items"] == []

    refused = await client.post(f"{SESSIONS}/{session['id']}/take-over", headers=team.headers["colleague"])
    assert (refused.status_code, refused.json()["detail"]) == (403, "not_escalation_receiver")
    taken = await client.post(f"{SESSIONS}/{session['id']}/take-over", headers=team.headers["receiver"])
    assert taken.status_code == 200, taken.text
    after = taken.json()["session"]
    assert (after["status"], after["owner_id"], after["owner_name"]) == (
        "active",
        str(team.receiver.user.id),
        team.receiver.user.full_name,
    )
    assert (after["escalation"], after["ended_at"], after["current"]["id"]) == (None, None, "profile")
    assert taken.json()["event"]["payload"] == {"type": "taken_over", "from_user_id": str(team.owner.user.id)}
    assert taken.json()["event"]["author_id"] == str(team.receiver.user.id)

    # The same session continues, now the receiver's.
    after = await send(client, team.headers["receiver"], after, done("profile"))
    assert after["current"]["kind"] == "escalation"
    refused = await post_event(client, team.headers["owner"], after, note("still mine?"))
    assert (refused.status_code, refused.json()["detail"]) == (403, "not_session_owner")
    again = await client.post(f"{SESSIONS}/{session['id']}/take-over", headers=team.headers["receiver"])
    assert (again.status_code, again.json()["detail"]) == (409, "session_not_escalated")
    assert (await client.get(ESCALATIONS, headers=team.headers["receiver"])).json()["items"] == []
    log = await events(client, team.headers["viewer"], session["id"])
    assert [e["type"] for e in log][-3:] == ["escalated", "taken_over", "action_done"]


async def test_the_team_queue_is_anyones_and_an_admin_may_take_any(client, team: Team) -> None:
    headers = team.headers["owner"]
    flow = await published_flow(client, headers)
    queued = await start(client, headers, flow["id"])
    handed = await start(client, headers, flow["id"])
    await escalate(client, headers, queued, urgency="low")
    await escalate(client, headers, handed, to_user_id=str(team.receiver.user.id))

    team_queue = (await client.get(ESCALATIONS, params={"queue": "team"}, headers=team.headers["colleague"])).json()
    assert [item["session"]["id"] for item in team_queue["items"]] == [queued["id"]]
    both = (await client.get(ESCALATIONS, headers=team.headers["receiver"])).json()
    assert [item["session"]["id"] for item in both["items"]] == [queued["id"], handed["id"]]  # oldest first
    first_page = (await client.get(ESCALATIONS, params={"limit": 1}, headers=team.headers["receiver"])).json()
    second_page = (
        await client.get(
            ESCALATIONS, params={"limit": 1, "cursor": first_page["next_cursor"]}, headers=team.headers["receiver"]
        )
    ).json()
    assert [i["session"]["id"] for i in first_page["items"] + second_page["items"]] == [queued["id"], handed["id"]]
    assert second_page["next_cursor"] is None

    taken = await client.post(f"{SESSIONS}/{queued['id']}/take-over", headers=team.headers["colleague"])
    assert taken.json()["session"]["owner_id"] == str(team.colleague.user.id)
    taken = await client.post(f"{SESSIONS}/{handed['id']}/take-over", headers=team.headers["admin"])
    assert taken.json()["session"]["owner_id"] == str(team.admin.user.id)


async def test_escalation_targets_and_states_are_checked(client, factory: Factory, team: Team) -> None:
    headers = team.headers["owner"]
    flow = await published_flow(client, headers)
    session = await start(client, headers, flow["id"])
    outsider = await factory.member(role="engineer")
    url = f"{SESSIONS}/{session['id']}/escalate"
    for target in (team.viewer.user.id, team.owner.user.id, outsider.user.id):
        response = await client.post(url, json={"reason": "x", "to_user_id": str(target)}, headers=headers)
        assert (response.status_code, response.json()["detail"]) == (422, "invalid_escalation_target")
    response = await client.post(url, json={"reason": "x", "urgency": "whenever"}, headers=headers)
    assert response.status_code == 422
    response = await client.post(url, json={"reason": "mine now"}, headers=team.headers["colleague"])
    assert (response.status_code, response.json()["detail"]) == (403, "not_session_owner")
    take = await client.post(f"{SESSIONS}/{session['id']}/take-over", headers=team.headers["colleague"])
    assert (take.status_code, take.json()["detail"]) == (409, "session_not_escalated")
    assert len(await events(client, headers, session["id"])) == 1

    finished = await send(client, headers, session, ended())
    response = await client.post(url, json={"reason": "too late"}, headers=headers)
    assert (response.status_code, response.json()["detail"]) == (409, "session_ended")
    assert finished["status"] == "resolved"


async def test_the_owner_can_close_an_escalation_nobody_took(client, team: Team) -> None:
    headers = team.headers["owner"]
    flow = await published_flow(client, headers)
    session = (await escalate(client, headers, await start(client, headers, flow["id"])))["session"]
    closed = await send(client, headers, session, ended("unresolved", "Client cancelled the ticket."))
    assert (closed["status"], closed["escalation"]) == ("unresolved", None)
    assert (await client.get(ESCALATIONS, headers=team.headers["colleague"])).json()["items"] == []


async def test_another_teams_escalations_stay_out_of_sight(client, factory: Factory, team: Team) -> None:
    headers = team.headers["owner"]
    flow = await published_flow(client, headers)
    session = await start(client, headers, flow["id"])
    await escalate(client, headers, session)
    stranger = await auth_headers(client, await factory.member(role="team_admin"))

    assert (await client.get(ESCALATIONS, headers=stranger)).json()["items"] == []
    taken = await client.post(f"{SESSIONS}/{session['id']}/take-over", headers=stranger)
    assert (taken.status_code, taken.json()["detail"]) == (404, "session_not_found")
    queue = (await client.get(ESCALATIONS, headers=team.headers["colleague"])).json()["items"]
    assert [item["session"]["owner_id"] for item in queue] == [str(team.owner.user.id)]
