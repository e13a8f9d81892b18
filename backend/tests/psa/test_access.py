"""Every PSA endpoint: who may call it, and another team's admin never reaches a team's PSA data.

A new endpoint in app/psa/router.py makes `test_catalogue_covers_every_psa_endpoint` fail until it
is listed here, and listing it puts it into both matrices.
"""

from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.psa.router import pushes_router, router
from tests.factories import Factory, auth_headers
from tests.fakes.connectwise import FakeConnectWise
from tests.psa.conftest import TICKET, PsaTeam, connection_body, psa_team

RANK = {"viewer": 0, "engineer": 1, "team_admin": 2}


@dataclass(frozen=True)
class Endpoint:
    method: str
    route: str  # as declared, prefix included
    min_role: str
    body: dict[str, Any] | None = None

    @property
    def name(self) -> str:
        return f"{self.method} {self.route}"

    def url(self, session_id: Any = None, user_id: Any = None) -> str:
        return "/api/v1" + self.route.format(session_id=session_id, user_id=user_id, ticket_id=TICKET)


ENDPOINTS = [
    Endpoint("GET", "/psa/connectwise", "team_admin"),
    Endpoint("PUT", "/psa/connectwise", "team_admin", {"site": "https://attacker.example", "company_id": "x"}),
    Endpoint("DELETE", "/psa/connectwise", "team_admin"),
    Endpoint("POST", "/psa/connectwise/test", "team_admin"),
    Endpoint("GET", "/psa/connectwise/members", "team_admin"),
    Endpoint("GET", "/psa/connectwise/member-mappings", "team_admin"),
    Endpoint("POST", "/psa/connectwise/member-mappings/auto-match", "team_admin"),
    Endpoint("PUT", "/psa/connectwise/member-mappings/{user_id}", "team_admin", {"member_id": 1}),
    Endpoint("DELETE", "/psa/connectwise/member-mappings/{user_id}", "team_admin"),
    Endpoint("GET", "/psa/tickets/{ticket_id}", "viewer"),
    Endpoint("POST", "/sessions/{session_id}/psa-push", "engineer"),
    Endpoint("GET", "/sessions/{session_id}/psa-pushes", "viewer"),
]


def test_catalogue_covers_every_psa_endpoint() -> None:
    declared = {
        f"{method} {route.path}"  # type: ignore[attr-defined]
        for route in [*router.routes, *pushes_router.routes]
        for method in route.methods  # type: ignore[attr-defined]
    }
    assert declared == {endpoint.name for endpoint in ENDPOINTS}


async def _snapshot(db: AsyncSession) -> str:
    rows = await db.execute(
        text(
            "SELECT coalesce((SELECT string_agg(to_jsonb(c)::text, '' ORDER BY team_id) FROM psa_connections c), '') "
            "|| coalesce((SELECT string_agg(to_jsonb(l)::text, '' ORDER BY user_id) FROM psa_member_links l), '') "
            "|| coalesce((SELECT string_agg(to_jsonb(p)::text, '' ORDER BY id) FROM psa_pushes p), '')"
        )
    )
    return str(rows.scalar_one())


@pytest.fixture
async def pushed(t: PsaTeam, cw: FakeConnectWise) -> dict[str, Any]:
    cw.add_member(2, "eng", t.engineer.email)
    await t.client.post("/api/v1/psa/connectwise/member-mappings/auto-match", headers=t.admin_headers)
    session = await t.session()
    assert (await t.push(session)).status_code == 201
    return session


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
async def test_roles_below_the_minimum_are_refused(
    t: PsaTeam, cw: FakeConnectWise, factory: Factory, pushed: dict[str, Any], endpoint: Endpoint
) -> None:
    url = endpoint.url(session_id=pushed["id"], user_id=t.engineer.user.id)
    anonymous = await t.client.request(endpoint.method, url, json=endpoint.body)
    assert (anonymous.status_code, anonymous.json()["detail"]) == (401, "invalid_token")
    calls = len(cw.requests)
    for role, rank in RANK.items():
        if rank >= RANK[endpoint.min_role]:
            continue
        headers = await auth_headers(t.client, await factory.member(t.team, role))
        response = await t.client.request(endpoint.method, url, json=endpoint.body, headers=headers)
        assert (response.status_code, response.json()["detail"]) == (403, "insufficient_role"), role
    assert len(cw.requests) == calls


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: e.name)
async def test_another_teams_admin_never_reaches_a_teams_psa(
    t: PsaTeam,
    cw: FakeConnectWise,
    client: Any,
    factory: Factory,
    db: AsyncSession,
    pushed: dict[str, Any],
    endpoint: Endpoint,
) -> None:
    other = await psa_team(client, factory, cw, connected=False)
    before = await _snapshot(db)
    calls = len(cw.requests)
    body = connection_body(cw) if endpoint.name == "PUT /psa/connectwise" else endpoint.body
    url = endpoint.url(session_id=pushed["id"], user_id=t.engineer.user.id)

    response = await client.request(endpoint.method, url, json=body, headers=other.admin_headers)

    if endpoint.name == "PUT /psa/connectwise":  # creates B's own connection, nothing of A's
        assert response.status_code == 200
        assert await _snapshot(db) != before
        return
    assert response.status_code in (204, 404, 409), response.text
    if response.status_code != 204:
        assert response.json()["detail"] in {"session_not_found", "member_not_found", "psa_not_connected"}
    for secret in (str(t.engineer.user.id), t.engineer.email, str(pushed["id"]), cw.site, "Outlook won't start"):
        assert secret not in response.text
    assert await _snapshot(db) == before
    assert len(cw.requests) == calls
