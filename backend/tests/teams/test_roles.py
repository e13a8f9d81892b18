"""Roles: viewer and engineer are refused (403) on every team_admin endpoint, and change nothing."""

from typing import Any

import pytest

from tests.factories import Factory, auth_headers
from tests.teams.endpoints import ENDPOINTS, ROLE_RANK, Endpoint, add_pending_invitation
from tests.teams.helpers import team_snapshot

ADMIN_ENDPOINTS = [e for e in ENDPOINTS if ROLE_RANK[e.min_role] >= ROLE_RANK["team_admin"]]
READ_ENDPOINTS = [e for e in ENDPOINTS if e.min_role == "viewer"]


def _cases(endpoints: list[Endpoint], roles: list[str]) -> list[Any]:
    return [pytest.param(e, role, id=f"{role}: {e.name}") for e in endpoints for role in roles]


@pytest.fixture
async def own_team(factory: Factory, db) -> dict[str, Any]:
    admin = await factory.member(role="team_admin")
    engineer = await factory.member(admin.team, role="engineer")
    invitation = await add_pending_invitation(db, admin.team, admin.user, "invitee@example.com")
    return {"team": admin.team, "admin": admin, "engineer": engineer, "invitation": invitation}


@pytest.mark.parametrize(("endpoint", "role"), _cases(ADMIN_ENDPOINTS, ["viewer", "engineer"]))
async def test_lower_roles_get_403_on_admin_endpoints(
    client, factory: Factory, db, mailbox, own_team: dict[str, Any], endpoint: Endpoint, role: str
) -> None:
    caller = await factory.member(own_team["team"], role=role)
    headers = await auth_headers(client, caller)
    before = await team_snapshot(db, own_team["team"].id)

    response = await client.request(
        endpoint.method,
        endpoint.url("current", own_team["engineer"].user.id, own_team["invitation"].id),
        json=endpoint.body,
        headers=headers,
    )

    assert response.status_code == 403, response.text
    assert response.json()["detail"] == "insufficient_role"
    assert await team_snapshot(db, own_team["team"].id) == before
    assert mailbox.messages == []


@pytest.mark.parametrize(("endpoint", "role"), _cases(ADMIN_ENDPOINTS, ["team_admin"]))
async def test_team_admin_passes_the_role_check_on_admin_endpoints(
    client, own_team: dict[str, Any], endpoint: Endpoint, role: str
) -> None:
    """Control for the 403 matrix: the same requests are not refused for a team_admin (except POST /teams)."""
    response = await client.request(
        endpoint.method,
        endpoint.url("current", own_team["engineer"].user.id, own_team["invitation"].id),
        json=endpoint.body,
        headers=await auth_headers(client, own_team["admin"]),
    )
    if endpoint.min_role == "super_admin":
        assert response.status_code == 403
    else:
        assert response.status_code < 300, response.text


@pytest.mark.parametrize(("endpoint", "role"), _cases(READ_ENDPOINTS, ["viewer"]))
async def test_viewer_may_read_own_team(
    client, factory: Factory, own_team: dict[str, Any], endpoint: Endpoint, role: str
) -> None:
    caller = await factory.member(own_team["team"], role=role)
    response = await client.request(
        endpoint.method, endpoint.url("current"), headers=await auth_headers(client, caller)
    )
    assert response.status_code == 200, response.text
