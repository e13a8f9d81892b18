"""Sessions worth documenting, and a team with redaction rules, for the documentation and share tests."""

from dataclasses import dataclass

import httpx

from tests.factories import Factory, Member, auth_headers
from tests.sessions.helpers import SESSIONS, Json, answer, captured, done, ended, note, published_flow, send, start

SECRET_PASSWORD = "Hunter2-Secret!"
SECRET_TOKEN = "sk-live-4f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c"
ADDRESS = "10.20.30.40"
# Redacted by the team's own rule (the input node only takes 0x + 8 hex digits).
ERROR_CODE = "0x8004DEAD"
RULES = {"categories": ["ipv4"], "rules": [{"name": "error-code", "pattern": "0x8004DEAD"}]}


@dataclass
class DocTeam:
    owner: Member
    receiver: Member
    admin: Member
    viewer: Member
    headers: dict[str, dict[str, str]]


async def doc_team(client: httpx.AsyncClient, factory: Factory) -> DocTeam:
    owner = await factory.member(role="engineer")
    members = {
        "owner": owner,
        "receiver": await factory.member(owner.team, "engineer"),
        "admin": await factory.member(owner.team, "team_admin"),
        "viewer": await factory.member(owner.team, "viewer"),
    }
    headers = {name: await auth_headers(client, member) for name, member in members.items()}
    response = await client.put("/api/v1/teams/current/redaction-rules", json=RULES, headers=headers["admin"])
    assert response.status_code == 200, response.text
    return DocTeam(**members, headers=headers)


async def resolved_session(client: httpx.AsyncClient, headers: dict[str, str]) -> Json:
    """ask -Yes-> addins (failed, output with a password) -> works -No-> ask, went back, works -Yes->
    fixed; a note (an IP, a token, a <script>, Markdown), pasted output; resolved; a late note."""
    flow = await published_flow(client, headers)
    session = await start(client, headers, flow["id"], ticket_id="T-77", client_name="Fabrikam", target="PC-7")
    for event in (
        answer("ask", 0),
        done("addins", "failed", output=f"Access denied\nretrying with password={SECRET_PASSWORD}"),
        answer("works", 1),
        {"type": "went_back"},
        answer("works", 0),
        note(f"Server {ADDRESS} was **rebooted**; token: {SECRET_TOKEN}\n\n<script>alert('x')</script>"),
        {"type": "output_pasted", "output": f"Reply from {ADDRESS}: bytes=32 time<1ms", "command": f"ping {ADDRESS}"},
        ended("resolved", "Disabled the *faulty* add-in."),
        note(f"Called back later: all good (checked from {ADDRESS})."),
    ):
        session = await send(client, headers, session, event)
    return session


async def escalated_session(client: httpx.AsyncClient, team: DocTeam) -> Json:
    """ask -No-> code (captures the error code) -> profile (its title uses the code), escalated."""
    headers = team.headers["owner"]
    flow = await published_flow(client, headers)
    session = await start(client, headers, flow["id"], ticket_id="T-78")
    for event in (answer("ask", 1), captured("code", "error_code", ERROR_CODE)):
        session = await send(client, headers, session, event)
    response = await client.post(
        f"{SESSIONS}/{session['id']}/escalate",
        json={"reason": "Needs Exchange rights", "to_user_id": str(team.receiver.user.id), "urgency": "high"},
        headers=headers,
    )
    assert response.status_code == 200, response.text
    result: Json = response.json()["session"]
    return result
