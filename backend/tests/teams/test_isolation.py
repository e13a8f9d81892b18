"""Team isolation: another team's ids answer 404 (never 403, never data) on every teams endpoint,
and the other team's data stays exactly as it was."""

from dataclasses import dataclass
from typing import Any

import pytest

from app.teams.models import Invitation, Team
from app.teams.router import invitations_router, router
from tests.factories import Factory, Member, auth_headers, login
from tests.teams.endpoints import ENDPOINTS, Endpoint, add_pending_invitation
from tests.teams.helpers import API, team_snapshot


def test_catalogue_covers_every_teams_endpoint() -> None:
    declared = {
        f"{method} {route.path}"  # type: ignore[attr-defined]
        for route in [*router.routes, *invitations_router.routes]
        for method in route.methods  # type: ignore[attr-defined]
    }
    assert declared == {endpoint.name for endpoint in ENDPOINTS}


@dataclass
class TwoTeams:
    team_a: Team
    admin_a: Member
    engineer_a: Member
    invitation_a: Invitation
    admin_b: Member


@pytest.fixture
async def two_teams(client, factory: Factory, db) -> TwoTeams:
    team_a = await factory.team("Alpha Secret Team")
    admin_a = await factory.member(team_a, role="team_admin", email="alpha-admin@example.com")
    engineer_a = await factory.member(team_a, role="engineer", email="alpha-engineer@example.com")
    invitation_a = await add_pending_invitation(db, team_a, admin_a.user, "alpha-invitee@example.com")
    await login(client, engineer_a)  # a live login in team A that a foreign request must not end
    admin_b = await factory.member(role="team_admin")
    return TwoTeams(team_a, admin_a, engineer_a, invitation_a, admin_b)


def _isolation_cases() -> list[Any]:
    """(endpoint, which team the path names): A's id, or `current` (= B) with A's member/invitation id."""
    cases = []
    for endpoint in ENDPOINTS:
        if not endpoint.team_scoped:
            continue
        cases.append(pytest.param(endpoint, "team_a_id", id=f"{endpoint.name} [A's team id]"))
        if endpoint.has_child_id:
            cases.append(pytest.param(endpoint, "current", id=f"{endpoint.name} [current + A's child id]"))
    return cases


@pytest.mark.parametrize(("endpoint", "team_ref"), _isolation_cases())
async def test_team_admin_of_b_gets_404_for_team_a_ids(
    client, db, two_teams: TwoTeams, endpoint: Endpoint, team_ref: str
) -> None:
    t = two_teams
    headers = await auth_headers(client, t.admin_b)
    before = await team_snapshot(db, t.team_a.id)
    url = endpoint.url(
        team_ref=str(t.team_a.id) if team_ref == "team_a_id" else "current",
        user_id=t.engineer_a.user.id,
        invitation_id=t.invitation_a.id,
    )

    response = await client.request(endpoint.method, url, json=endpoint.body, headers=headers)

    assert response.status_code == 404, response.text
    assert response.json()["detail"] in {"team_not_found", "member_not_found", "invitation_not_found"}
    for secret in ("Alpha Secret Team", "alpha-", str(t.engineer_a.user.id), str(t.invitation_a.id)):
        assert secret not in response.text
    assert await team_snapshot(db, t.team_a.id) == before


async def test_team_list_of_b_does_not_show_team_a(client, two_teams: TwoTeams) -> None:
    response = await client.get(f"{API}/teams", headers=await auth_headers(client, two_teams.admin_b))
    assert response.status_code == 200
    assert [team["id"] for team in response.json()] == [str(two_teams.admin_b.team.id)]
    assert "Alpha Secret Team" not in response.text


async def test_team_admin_of_b_cannot_create_teams(client, db, two_teams: TwoTeams) -> None:
    response = await client.post(
        f"{API}/teams",
        json={"name": "Intruder Team", "admin_email": "alpha-admin@example.com"},
        headers=await auth_headers(client, two_teams.admin_b),
    )
    assert response.status_code == 403


@pytest.mark.parametrize("role", ["viewer", "engineer"])
async def test_foreign_team_id_is_404_not_403_for_lower_roles_too(
    client, factory: Factory, db, two_teams: TwoTeams, role: str
) -> None:
    """The team is resolved before the role is checked, so a role refusal cannot confirm a team exists."""
    caller = await factory.member(role=role)
    headers = await auth_headers(client, caller)
    before = await team_snapshot(db, two_teams.team_a.id)

    for endpoint in ENDPOINTS:
        if not endpoint.team_scoped:
            continue
        url = endpoint.url(str(two_teams.team_a.id), two_teams.engineer_a.user.id, two_teams.invitation_a.id)
        response = await client.request(endpoint.method, url, json=endpoint.body, headers=headers)
        assert response.status_code == 404, (endpoint.name, response.text)
        assert response.json()["detail"] == "team_not_found"
    assert await team_snapshot(db, two_teams.team_a.id) == before


async def test_member_of_both_teams_acts_only_in_the_team_of_their_login(
    client, factory: Factory, db, two_teams: TwoTeams
) -> None:
    """Team admin in B and engineer in A: logged in to B, A's id is still foreign."""
    t = two_teams
    await factory.join(t.admin_b, t.team_a, role="engineer")
    headers = await auth_headers(client, t.admin_b)  # oldest membership: B
    before = await team_snapshot(db, t.team_a.id)

    response = await client.patch(
        f"{API}/teams/{t.team_a.id}/members/{t.engineer_a.user.id}", json={"role": "viewer"}, headers=headers
    )

    assert response.status_code == 404
    assert await team_snapshot(db, t.team_a.id) == before
