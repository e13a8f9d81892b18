"""Real concurrent requests on a committed database: the races the rules must survive."""

import asyncio

from tests.conftest import LiveApp
from tests.factories import PASSWORD, login

AUTH = "/api/v1/auth"


async def test_two_refreshes_with_one_token_let_exactly_one_through_then_end_the_login(live: LiveApp) -> None:
    tokens = await live.client.post(
        f"{AUTH}/token", data={"username": live.members["engineer"].email, "password": PASSWORD}
    )
    refresh_token = tokens.json()["refresh_token"]

    first, second = await asyncio.gather(
        *(live.client.post(f"{AUTH}/refresh", json={"refresh_token": refresh_token}) for _ in range(2))
    )

    statuses = sorted([first.status_code, second.status_code])
    assert statuses == [200, 401]
    loser = first if first.status_code == 401 else second
    winner = first if first.status_code == 200 else second
    assert loser.json()["detail"] == "session_revoked"
    # The replay revoked the whole family, including the token the winner just received.
    again = await live.client.post(f"{AUTH}/refresh", json={"refresh_token": winner.json()["refresh_token"]})
    assert again.status_code == 401
    assert again.json()["detail"] == "session_revoked"


async def test_concurrent_registrations_of_one_address_create_one_account(live: LiveApp) -> None:
    body = {"email": "race@example.com", "password": "a-Long-unusual-pass-9", "full_name": "Race", "team_name": "R"}
    responses = await asyncio.gather(*(live.client.post(f"{AUTH}/register", json=body) for _ in range(3)))

    assert sorted(r.status_code for r in responses) == [201, 409, 409]
    assert {r.json()["detail"] for r in responses if r.status_code == 409} == {"email_taken"}


async def test_two_admins_demoting_each_other_at_once_leave_one_admin(live: LiveApp) -> None:
    first = live.members["team_admin"]
    second = await live.factory.member(live.team, "team_admin")
    first_headers = {"Authorization": f"Bearer {(await login(live.client, first))['access_token']}"}
    second_headers = {"Authorization": f"Bearer {(await login(live.client, second))['access_token']}"}
    members = "/api/v1/teams/current/members"

    responses = await asyncio.gather(
        live.client.patch(f"{members}/{second.user.id}", json={"role": "engineer"}, headers=first_headers),
        live.client.patch(f"{members}/{first.user.id}", json={"role": "engineer"}, headers=second_headers),
    )

    # The loser either passed the role check first and hit the lock (409) or was already demoted (403).
    assert sorted(r.status_code for r in responses) in ([200, 403], [200, 409])
    listing = await live.client.get(
        members, headers=first_headers if responses[0].status_code == 200 else second_headers
    )
    admins = [m for m in listing.json() if m["role"] == "team_admin" and not m["disabled"]]
    assert len(admins) == 1


async def test_two_folders_moved_under_each_other_at_once_make_no_cycle(live: LiveApp) -> None:
    headers = {"Authorization": f"Bearer {(await login(live.client, live.members['team_admin']))['access_token']}"}
    folders = "/api/v1/folders"
    first = (await live.client.post(folders, json={"name": "A"}, headers=headers)).json()["id"]
    second = (await live.client.post(folders, json={"name": "B"}, headers=headers)).json()["id"]

    responses = await asyncio.gather(
        live.client.patch(f"{folders}/{first}", json={"parent_id": second}, headers=headers),
        live.client.patch(f"{folders}/{second}", json={"parent_id": first}, headers=headers),
    )

    assert sorted(r.status_code for r in responses) == [200, 422]
    parents = {f["id"]: f["parent_id"] for f in (await live.client.get(folders, headers=headers)).json()}
    assert None in (parents[first], parents[second])
