"""Two teams full of data, built once through the API, for the access-control matrix and the secrets test.

Team A ("Alpha") has one member per role, a published flow with a category, a folder and tags, a library
step with a rating, an active session with a note, an escalated session in the team queue, a public and a
team share link, a pending invitation and e-mailed tokens (reset, verification), each valid, expired and
used. Team B has a team_admin only; the operator's team S has the super_admin. Everything that belongs to
A carries MARKER in its text, so a foreign caller's answer can be searched for leaks.
"""

import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import TokenPurpose, UserToken
from app.copilot.models import Proposal
from app.core.clock import utcnow
from app.core.security import hash_token
from app.teams.models import Invitation
from tests.factories import PASSWORD, Factory, Member, bearer
from tests.maintenance.helpers import maintenance_graph
from tests.sessions.helpers import outlook_graph

API = "/api/v1"
MARKER = "alphasecret"

# Who calls: the matrix's columns.
CALLERS = ("anonymous", "viewer", "engineer", "team_admin", "team_admin_b", "super_admin")
# Callers that are not members of team A.
FOREIGN = ("team_admin_b", "super_admin")

SCHEDULE = {"recurrence": {"kind": "monthly", "day": 1, "time": "08:00"}, "timezone": "Europe/Amsterdam"}

# Which of A's objects a path parameter names by default.
PARAMS = {
    "team_ref": "team_a",
    "flow_id": "flow",
    "category_id": "category",
    "folder_id": "folder",
    "step_id": "step",
    "session_id": "session",
    "share_id": "share",
    "login_id": "engineer_login",
    "user_id": "engineer2_user",
    "invitation_id": "invitation",
    "token": "share_public",
    "conversation_id": "conversation",
    "proposal_id": "proposal",
    "schedule_id": "schedule",
    "target_id": "target",
    "run_id": "run",
}


@dataclass
class World:
    members: dict[str, Member]
    headers: dict[str, dict[str, str]]
    ids: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def team_a_id(self) -> str:
        return self.ids["team_a"]


async def _ok(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    if status == 204:
        return {}
    body: dict[str, Any] = response.json()
    return body


async def _user_token(db: AsyncSession, user_id: uuid.UUID, purpose: TokenPurpose, *, state: str) -> str:
    raw = f"{purpose.value}-{state}-{uuid.uuid4().hex}"
    now = utcnow()
    db.add(
        UserToken(
            token_hash=hash_token(raw),
            user_id=user_id,
            purpose=purpose.value,
            expires_at=now - timedelta(minutes=1) if state == "expired" else now + timedelta(hours=1),
            used_at=now - timedelta(minutes=5) if state == "used" else None,
        )
    )
    await db.commit()
    return raw


async def _invitation(db: AsyncSession, team_id: uuid.UUID, invited_by: uuid.UUID, *, state: str) -> tuple[str, str]:
    raw = f"invitation-{state}-{uuid.uuid4().hex}"
    now = utcnow()
    invitation = Invitation(
        id=uuid.uuid4(),
        team_id=team_id,
        email=f"invitee-{state}-{uuid.uuid4().hex[:6]}@example.com",
        role="engineer",
        token_hash=hash_token(raw),
        created_at=now - timedelta(days=8) if state == "expired" else now,
        expires_at=now - timedelta(days=1) if state == "expired" else now + timedelta(days=7),
        invited_by_id=invited_by,
        revoked_at=now if state == "revoked" else None,
    )
    db.add(invitation)
    await db.commit()
    return raw, str(invitation.id)


async def build_world(client: httpx.AsyncClient, db: AsyncSession, factory: Factory) -> World:
    team_a = await factory.team("Alpha Team")
    team_b = await factory.team("Bravo Team")
    team_s = await factory.team("Operators")
    members = {
        "viewer": await factory.member(team_a, "viewer"),
        "engineer": await factory.member(team_a, "engineer"),
        "team_admin": await factory.member(team_a, "team_admin"),
        "engineer2": await factory.member(team_a, "engineer"),
        "team_admin_b": await factory.member(team_b, "team_admin"),
        "super_admin": await factory.member(team_s, "team_admin", super_admin=True),
        "unverified": await factory.member(team_a, "viewer", verified=False),
    }
    headers: dict[str, dict[str, str]] = {"anonymous": {}}
    for name, member in members.items():
        response = await client.post(f"{API}/auth/login", json={"email": member.email, "password": PASSWORD})
        headers[name] = bearer((await _ok(response, 200))["access_token"])
    world = World(members, headers)
    ids = world.ids
    ids["team_a"], ids["team_b"] = str(team_a.id), str(team_b.id)
    ids["engineer2_user"] = str(members["engineer2"].user.id)
    eng, adm = headers["engineer"], headers["team_admin"]

    # A second login of the engineer: its id for DELETE /auth/sessions/{id}, its refresh token for /refresh.
    response = await client.post(
        f"{API}/auth/token", data={"username": members["engineer"].email, "password": PASSWORD}
    )
    world.tokens["refresh"] = (await _ok(response, 200))["refresh_token"]
    logins = await _ok(await client.get(f"{API}/auth/sessions", headers=eng), 200)
    ids["engineer_login"] = str(logins[0]["id"])  # type: ignore[index]

    category = await _ok(await client.post(f"{API}/categories", json={"name": f"{MARKER} cat"}, headers=adm), 201)
    folder = await _ok(await client.post(f"{API}/folders", json={"name": f"{MARKER} folder"}, headers=adm), 201)
    ids["category"], ids["folder"] = category["id"], folder["id"]
    flow = await _ok(
        await client.post(
            f"{API}/flows",
            json={
                "kind": "troubleshooting",
                "title": f"Outlook {MARKER} flow",
                "description": f"{MARKER} description",
                "category_id": category["id"],
                "folder_id": folder["id"],
                "tags": [MARKER],
                "graph": outlook_graph(),
            },
            headers=eng,
        ),
        201,
    )
    ids["flow"] = flow["id"]
    await _ok(await client.post(f"{API}/flows/{flow['id']}/publish", json={"change_note": MARKER}, headers=eng), 201)
    draft = await _ok(await client.get(f"{API}/flows/{flow['id']}", headers=eng), 200)
    world.values["draft_revision"] = draft["draft_revision"] if "draft_revision" in draft else draft["revision"]

    spare = await _ok(
        await client.post(f"{API}/flows", json={"kind": "troubleshooting", "title": f"Spare {MARKER}"}, headers=eng),
        201,
    )
    ids["spare_flow"] = spare["id"]

    step = await _ok(
        await client.post(f"{API}/steps", json={"title": f"Flush DNS {MARKER}", "body": MARKER}, headers=eng), 201
    )
    ids["step"] = step["id"]
    await _ok(
        await client.put(f"{API}/steps/{step['id']}/rating", json={"rating": 4, "review": MARKER}, headers=eng), 200
    )

    session = await _ok(
        await client.post(f"{API}/sessions", json={"flow_id": flow["id"], "ticket_id": "T-1"}, headers=eng), 201
    )
    ids["session"] = session["id"]
    appended = await _ok(
        await client.post(
            f"{API}/sessions/{session['id']}/events",
            json={"expected_seq": session["last_seq"], "event": {"type": "note", "text": f"{MARKER} note"}},
            headers=eng,
        ),
        201,
    )
    world.values["session_seq"] = appended["session"]["last_seq"]
    # FlowPilot: a suggestion (logged in the session), a summary, a conversation, a proposal.
    suggested = await client.post(f"{API}/sessions/{session['id']}/copilot/suggest", headers=eng)
    assert suggested.status_code == 200, suggested.text
    world.values["suggestion_seq"] = world.values["session_seq"] = appended["session"]["last_seq"] + 1
    await _ok(await client.post(f"{API}/sessions/{session['id']}/copilot/summary", headers=eng), 200)
    chat = await client.post(f"{API}/copilot/chat", json={"message": f"Outlook {MARKER}"}, headers=eng)
    assert chat.status_code == 200, chat.text
    conversations = await _ok(await client.get(f"{API}/copilot/conversations", headers=eng), 200)
    ids["conversation"] = str(conversations[0]["id"])  # type: ignore[index]
    proposal = Proposal(
        id=uuid.uuid4(), team_id=team_a.id, kind="new_flow", status="pending", title=f"{MARKER} proposal",
        description=MARKER, evidence=[], steps=[{"kind": "action", "title": MARKER, "body": ""}], provider="offline",
        created_at=utcnow(),
    )  # fmt: skip
    db.add(proposal)
    await db.commit()
    ids["proposal"] = str(proposal.id)

    queued = await _ok(
        await client.post(f"{API}/sessions", json={"flow_id": flow["id"]}, headers=headers["engineer2"]), 201
    )
    await _ok(
        await client.post(
            f"{API}/sessions/{queued['id']}/escalate",
            json={"reason": f"{MARKER} needs Exchange", "urgency": "high"},
            headers=headers["engineer2"],
        ),
        200,
    )
    ids["escalated_session"] = queued["id"]

    public = await _ok(
        await client.post(f"{API}/sessions/{session['id']}/shares", json={"scope": "public"}, headers=eng), 201
    )
    team_share = await _ok(
        await client.post(f"{API}/sessions/{session['id']}/shares", json={"scope": "team"}, headers=eng), 201
    )
    revoked = await _ok(
        await client.post(f"{API}/sessions/{session['id']}/shares", json={"scope": "public"}, headers=eng), 201
    )
    await _ok(await client.delete(f"{API}/sessions/{session['id']}/shares/{revoked['id']}", headers=eng), 204)
    ids["share"] = public["id"]
    world.tokens |= {
        "share_public": public["token"],
        "share_team": team_share["token"],
        "share_revoked": revoked["token"],
    }
    expired = await _ok(
        await client.post(f"{API}/sessions/{session['id']}/shares", json={"scope": "public"}, headers=eng), 201
    )
    await db.execute(
        text(
            "UPDATE session_shares SET created_at = now() - interval '3 hours', "
            "expires_at = now() - interval '1 hour' WHERE id = :id"
        ),
        {"id": expired["id"]},
    )
    await db.commit()
    world.tokens["share_expired"] = expired["token"]

    admin_id = members["team_admin"].user.id
    for state in ("valid", "expired", "revoked"):
        world.tokens[f"invitation_{state}"], ids[f"invitation_{state}"] = await _invitation(
            db, team_a.id, admin_id, state=state
        )
    viewer_id = members["viewer"].user.id
    for state in ("valid", "expired", "used"):
        world.tokens[f"reset_{state}"] = await _user_token(db, viewer_id, TokenPurpose.PASSWORD_RESET, state=state)
        world.tokens[f"verify_{state}"] = await _user_token(
            db, members["unverified"].user.id, TokenPurpose.EMAIL_VERIFICATION, state=state
        )
    ids["invitation"] = ids["invitation_valid"]
    await _maintenance(client, world)
    return world


async def _maintenance(client: httpx.AsyncClient, world: World) -> None:
    """A published maintenance flow; a schedule with a target; a run (of a second schedule) and its session."""
    eng, ids = world.headers["engineer"], world.ids
    body = {"kind": "maintenance", "title": f"{MARKER} server check", "graph": maintenance_graph()}
    flow = await _ok(await client.post(f"{API}/flows", json=body, headers=eng), 201)
    await _ok(await client.post(f"{API}/flows/{flow['id']}/publish", json={}, headers=eng), 201)
    ids["maintenance_flow"] = flow["id"]
    schedules = []
    for name in ("monthly", "weekly"):
        body = {**SCHEDULE, "flow_id": flow["id"], "name": f"{MARKER} {name}"}
        schedule = await _ok(await client.post(f"{API}/maintenance/schedules", json=body, headers=eng), 201)
        target = {"client": f"{MARKER} client", "device": "DC01"}
        url = f"{API}/maintenance/schedules/{schedule['id']}/targets"
        schedules.append((schedule, await _ok(await client.post(url, json=target, headers=eng), 201)))
    ids["schedule"], ids["target"] = schedules[0][0]["id"], schedules[0][1]["id"]
    run = await _ok(await client.post(f"{API}/maintenance/schedules/{schedules[1][0]['id']}/runs", headers=eng), 201)
    matrix = await _ok(await client.get(f"{API}/maintenance/runs/{run['id']}/matrix", headers=eng), 200)
    ids["run"], ids["run_session"] = run["id"], matrix["rows"][0]["session_id"]


SNAPSHOT_SQL = text(
    """
    SELECT md5(concat_ws('|',
      (SELECT t::text FROM teams t WHERE t.id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM memberships x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM invitations x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM flows x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM flow_versions x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM flow_categories x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM flow_folders x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM steps x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM step_ratings x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM sessions x WHERE x.team_id = :team),
      (SELECT string_agg(e::text, ',' ORDER BY e.session_id, e.seq) FROM session_events e
         JOIN sessions s ON s.id = e.session_id WHERE s.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM session_shares x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM maintenance_schedules x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM maintenance_targets x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM maintenance_runs x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM redaction_rules x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM redaction_settings x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM refresh_families x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM copilot_proposals x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM copilot_conversations x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM copilot_documents x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x::text) FROM copilot_settings x WHERE x.team_id = :team),
      (SELECT string_agg(x::text, ',' ORDER BY x.id) FROM users x
         WHERE x.id IN (SELECT user_id FROM memberships WHERE team_id = :team))
    ))
    """
)


async def snapshot(db: AsyncSession, team_id: str) -> str:
    """A fingerprint of everything team A owns (and its members' accounts)."""
    value = (await db.execute(SNAPSHOT_SQL, {"team": team_id})).scalar_one()
    await db.commit()
    return str(value)
