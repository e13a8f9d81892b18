"""Member mapping: ConnectWise's active members, auto-match by e-mail, manual overrides, unmatched."""

from typing import Any

import pytest
from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import utcnow
from app.teams.models import Membership
from tests.factories import Factory, auth_headers
from tests.fakes.connectwise import FakeConnectWise
from tests.psa.conftest import CONNECTWISE, PsaTeam, connect, psa_team

MEMBERS = f"{CONNECTWISE}/members"
MAPPINGS = f"{CONNECTWISE}/member-mappings"


def by_user(body: dict[str, Any]) -> dict[str, Any]:
    return {item["email"]: item for item in body["items"]}


async def test_members_are_paged_from_connectwise_active_only(t: PsaTeam, cw: FakeConnectWise) -> None:
    for n in range(130):
        cw.add_member(100 + n, f"m{n:03d}", f"m{n}@example.com", inactive=n % 10 == 0)

    first = await t.client.get(MEMBERS, params={"page": 1, "page_size": 50}, headers=t.admin_headers)
    last = await t.client.get(MEMBERS, params={"page": 3, "page_size": 50}, headers=t.admin_headers)
    too_big = await t.client.get(MEMBERS, params={"page_size": 1001}, headers=t.admin_headers)

    assert first.status_code == 200, first.text
    assert (len(first.json()["items"]), first.json()["has_more"]) == (50, True)
    assert (len(last.json()["items"]), last.json()["has_more"]) == (17, False)
    assert first.json()["items"][0] == {
        "id": 101,
        "identifier": "m001",
        "name": "M001 Member",
        "email": "m1@example.com",
    }
    assert (too_big.status_code, too_big.json()["detail"]) == (422, "validation_error")


async def test_auto_match_by_email_ignoring_case_keeps_manual_links_and_lists_the_unmatched(
    t: PsaTeam, cw: FakeConnectWise, factory: Factory, db: AsyncSession
) -> None:
    viewer = await factory.member(t.team, "viewer")
    gone = await factory.member(t.team, "engineer")
    await db.execute(update(Membership).where(Membership.user_id == gone.user.id).values(disabled_at=utcnow()))
    await db.commit()
    cw.add_member(1, "admin", t.admin.email.upper())
    cw.add_member(2, "eng", f"  {t.engineer.email.title()}")
    cw.add_member(3, "viewer-old", viewer.email, inactive=True)
    cw.add_member(4, "gone", gone.email)
    cw.add_member(5, "nobody", "nobody@example.com")
    cw.add_member(6, "twin-a", "twin@example.com")
    cw.add_member(7, "twin-b", "TWIN@example.com")
    manual = await t.client.put(f"{MAPPINGS}/{t.admin.user.id}", json={"member_id": 5}, headers=t.admin_headers)

    response = await t.client.post(f"{MAPPINGS}/auto-match", headers=t.admin_headers)

    assert manual.status_code == 200, manual.text
    assert response.status_code == 200, response.text
    body = response.json()
    mapped = by_user(body)
    assert body["matched"] == 1
    assert (mapped[t.engineer.email]["member"]["id"], mapped[t.engineer.email]["source"]) == (2, "auto")
    assert (mapped[t.admin.email]["member"]["id"], mapped[t.admin.email]["source"]) == (5, "manual")
    assert mapped[viewer.email]["member"] is None  # the matching member is inactive
    assert gone.email not in mapped  # disabled members are not listed
    assert [item["email"] for item in body["unmatched"]] == [viewer.email]
    assert {member["id"] for member in body["unmatched_members"]} == {1, 4, 6, 7}
    assert (await t.client.get(MAPPINGS, headers=t.admin_headers)).json()["items"] == body["items"]


async def test_manual_none_prevents_auto_matching_until_the_mapping_is_dropped(t: PsaTeam, cw: FakeConnectWise) -> None:
    cw.add_member(2, "eng", t.engineer.email)
    never = await t.client.put(f"{MAPPINGS}/{t.engineer.user.id}", json={"member_id": None}, headers=t.admin_headers)
    kept_unmapped = (await t.client.post(f"{MAPPINGS}/auto-match", headers=t.admin_headers)).json()
    dropped = await t.client.delete(f"{MAPPINGS}/{t.engineer.user.id}", headers=t.admin_headers)
    rematched = (await t.client.post(f"{MAPPINGS}/auto-match", headers=t.admin_headers)).json()

    assert (never.json()["member"], never.json()["source"]) == (None, "manual")
    assert by_user(kept_unmapped)[t.engineer.email]["member"] is None
    assert dropped.status_code == 204
    assert by_user(rematched)[t.engineer.email]["member"]["id"] == 2


async def test_a_manual_link_needs_an_active_member_and_a_member_of_the_team(
    t: PsaTeam, cw: FakeConnectWise, client: Any, factory: Factory
) -> None:
    cw.add_member(8, "retired", "retired@example.com", inactive=True)
    other = await psa_team(client, factory, cw)

    inactive = await t.client.put(f"{MAPPINGS}/{t.engineer.user.id}", json={"member_id": 8}, headers=t.admin_headers)
    unknown = await t.client.put(f"{MAPPINGS}/{t.engineer.user.id}", json={"member_id": 999}, headers=t.admin_headers)
    foreign = await t.client.put(
        f"{MAPPINGS}/{other.engineer.user.id}", json={"member_id": None}, headers=t.admin_headers
    )
    foreign_drop = await t.client.delete(f"{MAPPINGS}/{other.engineer.user.id}", headers=t.admin_headers)
    zero = await t.client.put(f"{MAPPINGS}/{t.engineer.user.id}", json={"member_id": 0}, headers=t.admin_headers)
    missing = await t.client.put(f"{MAPPINGS}/{t.engineer.user.id}", json={}, headers=t.admin_headers)

    assert (inactive.status_code, inactive.json()["detail"]) == (422, "psa_member_not_found")
    assert (unknown.status_code, unknown.json()["detail"]) == (422, "psa_member_not_found")
    assert (foreign.status_code, foreign.json()["detail"]) == (404, "member_not_found")
    assert (foreign_drop.status_code, foreign_drop.json()["detail"]) == (404, "member_not_found")
    assert (zero.status_code, zero.json()["detail"]) == (422, "validation_error")
    assert (missing.status_code, missing.json()["detail"]) == (422, "validation_error")
    listed = (await other.client.get(MAPPINGS, headers=other.admin_headers)).json()
    assert {item["email"] for item in listed["items"]} == {other.admin.email, other.engineer.email}


async def test_another_site_drops_the_mapping(t: PsaTeam, cw: FakeConnectWise) -> None:
    cw.add_member(2, "eng", t.engineer.email)
    await t.client.post(f"{MAPPINGS}/auto-match", headers=t.admin_headers)

    await connect(t.client, t.admin_headers, cw, default_note_type="resolution")  # same site: kept
    kept = by_user((await t.client.get(MAPPINGS, headers=t.admin_headers)).json())
    await connect(t.client, t.admin_headers, cw, company_id="fabrikam")
    dropped = by_user((await t.client.get(MAPPINGS, headers=t.admin_headers)).json())

    assert kept[t.engineer.email]["member"]["id"] == 2
    assert dropped[t.engineer.email]["member"] is None


@pytest.mark.parametrize("role", ["engineer", "viewer"])
async def test_mapping_is_for_team_admins(t: PsaTeam, factory: Factory, role: str) -> None:
    headers = await auth_headers(t.client, await factory.member(t.team, role))

    for method, path, body in [
        ("GET", MEMBERS, None),
        ("GET", MAPPINGS, None),
        ("POST", f"{MAPPINGS}/auto-match", None),
        ("PUT", f"{MAPPINGS}/{t.engineer.user.id}", {"member_id": 1}),
        ("DELETE", f"{MAPPINGS}/{t.engineer.user.id}", None),
    ]:
        response = await t.client.request(method, path, json=body, headers=headers)
        assert (response.status_code, response.json()["detail"]) == (403, "insufficient_role"), (method, path)


async def test_without_a_connection_there_is_nothing_to_map(client: Any, factory: Factory, cw: FakeConnectWise) -> None:
    unconnected = await psa_team(client, factory, cw, connected=False)

    for method, path in [("GET", MEMBERS), ("GET", MAPPINGS), ("POST", f"{MAPPINGS}/auto-match")]:
        response = await client.request(method, path, headers=unconnected.admin_headers)
        assert (response.status_code, response.json()["detail"]) == (409, "psa_not_connected")
