"""Teams: list, create (super_admin), read and rename."""

import uuid

from sqlalchemy import select

from app.teams.models import Invitation, Team
from tests.factories import Factory, auth_headers
from tests.teams.helpers import API, accept, invitation_token


async def test_list_teams_shows_only_the_callers_team(client, factory: Factory) -> None:
    member = await factory.member(role="viewer")
    other = await factory.team("Someone Else")

    response = await client.get(f"{API}/teams", headers=await auth_headers(client, member))

    assert response.status_code == 200
    teams = response.json()
    assert [team["id"] for team in teams] == [str(member.team.id)]
    assert str(other.id) not in response.text


async def test_list_teams_shows_every_team_to_a_super_admin(client, factory: Factory) -> None:
    operator = await factory.member(role="engineer", super_admin=True)
    team_a = await factory.team("Alpha")
    team_b = await factory.team("Bravo")
    await factory.member(team_a, role="team_admin")

    response = await client.get(f"{API}/teams", headers=await auth_headers(client, operator))

    assert response.status_code == 200
    by_id = {team["id"]: team for team in response.json()}
    assert {str(team_a.id), str(team_b.id), str(operator.team.id)} <= set(by_id)
    assert by_id[str(team_a.id)]["member_count"] == 1
    assert by_id[str(team_b.id)]["member_count"] == 0


async def test_super_admin_creates_team_and_invites_its_first_admin(client, factory: Factory, db, mailbox) -> None:
    operator = await factory.member(role="engineer", super_admin=True)

    response = await client.post(
        f"{API}/teams",
        json={"name": "Contoso Support", "admin_email": "Boss@Contoso.example"},
        headers=await auth_headers(client, operator),
    )

    assert response.status_code == 201, response.text
    team = response.json()
    assert team["name"] == "Contoso Support"
    assert team["member_count"] == 0
    invitation = (await db.execute(select(Invitation.role, Invitation.team_id, Invitation.email))).one()
    assert tuple(invitation) == ("team_admin", uuid.UUID(team["id"]), "boss@contoso.example")

    token = invitation_token(mailbox, "boss@contoso.example")
    accepted = await accept(client, token, "a-brand-new-passphrase", full_name="Boss")
    assert accepted.status_code == 200, accepted.text
    assert accepted.json()["user"]["team"]["id"] == team["id"]
    assert accepted.json()["user"]["role"] == "team_admin"


async def test_only_a_super_admin_may_create_a_team(client, factory: Factory, db, mailbox) -> None:
    admin = await factory.member(role="team_admin")

    response = await client.post(
        f"{API}/teams",
        json={"name": "Rogue Team", "admin_email": "x@example.com"},
        headers=await auth_headers(client, admin),
    )

    assert response.status_code == 403
    assert response.json()["detail"] == "insufficient_role"
    assert (await db.execute(select(Team.id).where(Team.name == "Rogue Team"))).first() is None
    assert mailbox.messages == []


async def test_teams_need_a_login(client) -> None:
    response = await client.get(f"{API}/teams")
    assert response.status_code == 401
    assert response.json()["detail"] == "invalid_token"
    assert response.headers["www-authenticate"] == "Bearer"


async def test_read_team_by_current_and_by_own_id(client, factory: Factory) -> None:
    member = await factory.member(role="viewer")
    headers = await auth_headers(client, member)

    by_current = await client.get(f"{API}/teams/current", headers=headers)
    by_id = await client.get(f"{API}/teams/{member.team.id}", headers=headers)

    assert by_current.status_code == by_id.status_code == 200
    assert by_current.json() == by_id.json()
    assert by_id.json()["id"] == str(member.team.id)
    assert by_id.json()["member_count"] == 1


async def test_team_ref_that_is_neither_current_nor_a_uuid_is_404(client, factory: Factory) -> None:
    member = await factory.member(role="team_admin")
    response = await client.get(f"{API}/teams/not-a-team", headers=await auth_headers(client, member))
    assert response.status_code == 404
    assert response.json()["detail"] == "team_not_found"


async def test_unknown_team_id_is_404_even_for_a_super_admin(client, factory: Factory) -> None:
    operator = await factory.member(role="engineer", super_admin=True)
    response = await client.get(f"{API}/teams/{uuid.uuid4()}", headers=await auth_headers(client, operator))
    assert response.status_code == 404
    assert response.json()["detail"] == "team_not_found"


async def test_team_admin_renames_the_team(client, factory: Factory, db) -> None:
    admin = await factory.member(role="team_admin")

    response = await client.patch(
        f"{API}/teams/current", json={"name": "  Renamed Team  "}, headers=await auth_headers(client, admin)
    )

    assert response.status_code == 200, response.text
    assert response.json()["name"] == "Renamed Team"
    assert (await db.execute(select(Team.name).where(Team.id == admin.team.id))).scalar_one() == "Renamed Team"


async def test_super_admin_reads_and_manages_another_team_by_id(client, factory: Factory, db, mailbox) -> None:
    operator = await factory.member(role="viewer", super_admin=True)
    team = await factory.team("Managed")
    admin = await factory.member(team, role="team_admin")
    engineer = await factory.member(team, role="engineer")
    headers = await auth_headers(client, operator)
    base = f"{API}/teams/{team.id}"

    assert (await client.get(base, headers=headers)).json()["name"] == "Managed"
    renamed = await client.patch(base, json={"name": "Managed Renamed"}, headers=headers)
    assert renamed.status_code == 200
    assert renamed.json()["name"] == "Managed Renamed"

    members = await client.get(f"{base}/members", headers=headers)
    assert {m["user_id"] for m in members.json()} == {str(admin.user.id), str(engineer.user.id)}

    changed = await client.patch(f"{base}/members/{engineer.user.id}", json={"role": "viewer"}, headers=headers)
    assert changed.status_code == 200
    assert changed.json()["role"] == "viewer"

    invited = await client.post(
        f"{base}/invitations", json={"email": "new@example.com", "role": "engineer"}, headers=headers
    )
    assert invited.status_code == 201
    assert invitation_token(mailbox, "new@example.com")
    listed = await client.get(f"{base}/invitations", headers=headers)
    assert [i["email"] for i in listed.json()] == ["new@example.com"]
    revoked = await client.delete(f"{base}/invitations/{invited.json()['id']}", headers=headers)
    assert revoked.status_code == 204

    removed = await client.delete(f"{base}/members/{engineer.user.id}", headers=headers)
    assert removed.status_code == 204
    # The operator's own team is untouched by all of this.
    own = await client.get(f"{API}/teams/current", headers=headers)
    assert own.json()["id"] == str(operator.team.id)
    assert own.json()["name"] != "Managed Renamed"
