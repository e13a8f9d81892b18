"""Share links: create (token once, stored hashed), list, revoke; opening public and team links,
expiry and revocation (410), view counts, redaction of shared views, rate limiting, roles and teams."""

import hashlib
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.core.clock import travel
from app.shares import service
from app.shares.models import SessionShare
from tests.factories import Factory, auth_headers
from tests.sessions.documented import ADDRESS, SECRET_PASSWORD, SECRET_TOKEN, DocTeam, doc_team, resolved_session
from tests.sessions.helpers import SESSIONS, Json, events

SHARED = "/api/v1/shared"


@pytest.fixture
async def team(client, factory: Factory) -> DocTeam:
    return await doc_team(client, factory)


@pytest.fixture
async def session(client, team: DocTeam) -> Json:
    return await resolved_session(client, team.headers["owner"])


async def create(client, headers: dict[str, str], session_id: str, **body: object) -> Json:
    response = await client.post(f"{SESSIONS}/{session_id}/shares", json=body, headers=headers)
    assert response.status_code == 201, response.text
    created: Json = response.json()
    return created


async def test_the_token_is_shown_once_and_stored_hashed(client, db, team: DocTeam, session: Json) -> None:
    created = await create(client, team.headers["owner"], session["id"], scope="public")

    token = created["token"]
    assert len(token) >= 43  # 32 random bytes, url-safe base64
    assert created["url"].endswith(f"/shared/{token}")
    assert created["api_path"] == f"{SHARED}/{token}"
    assert (created["scope"], created["view_count"], created["revoked_at"]) == ("public", 0, None)
    assert created["created_by"] == str(team.owner.user.id)
    row = (await db.execute(select(SessionShare).where(SessionShare.id == created["id"]))).scalar_one()
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in {str(value) for value in row.__dict__.values()}

    listed = (await client.get(f"{SESSIONS}/{session['id']}/shares", headers=team.headers["viewer"])).json()
    assert [share["id"] for share in listed] == [created["id"]]
    assert "token" not in listed[0]
    assert token not in str(listed)
    assert set(listed[0]) >= {
        "id", "scope", "created_by", "created_at", "expires_at", "revoked_at", "view_count", "last_viewed_at"
    }  # fmt: skip


async def test_expiry_defaults_to_seven_days_and_must_be_between_an_hour_and_90_days(
    client, team: DocTeam, session: Json
) -> None:
    headers = team.headers["owner"]
    created = await create(client, headers, session["id"])
    assert created["scope"] == "team"
    lifetime = datetime.fromisoformat(created["expires_at"]) - datetime.fromisoformat(created["created_at"])
    assert lifetime == timedelta(days=7)
    assert (await create(client, headers, session["id"], expires_in_hours=1))["scope"] == "team"
    await create(client, headers, session["id"], expires_in_hours=90 * 24)
    for bad in (0, -5, 90 * 24 + 1, "soon"):
        response = await client.post(
            f"{SESSIONS}/{session['id']}/shares", json={"expires_in_hours": bad}, headers=headers
        )
        assert (response.status_code, response.json()["detail"]) == (422, "validation_error"), bad
    response = await client.post(f"{SESSIONS}/{session['id']}/shares", json={"scope": "world"}, headers=headers)
    assert response.status_code == 422


async def test_a_public_link_shows_the_redacted_document_without_login_and_counts_views(
    client, team: DocTeam, session: Json
) -> None:
    token = (await create(client, team.headers["owner"], session["id"], scope="public"))["token"]

    first = await client.get(f"{SHARED}/{token}")
    second = await client.get(f"{SHARED}/{token}", params={"format": "md"})

    assert first.status_code == 200, first.text
    assert first.headers["cache-control"] == "no-store"
    assert first.headers["referrer-policy"] == "no-referrer"
    page = first.json()
    assert (page["format"], page["scope"]) == ("html", "public")
    assert page["content"].startswith("<!DOCTYPE html>")
    assert "<script" not in page["content"]
    md = second.json()
    assert md["format"] == "md"
    assert "- **Ticket:** T-77" in md["content"]
    for body in (page, md):
        assert body["redactions"] > 0
        for secret in (SECRET_PASSWORD, SECRET_TOKEN, ADDRESS):
            assert secret not in body["content"]
    # The stored log keeps the original.
    assert SECRET_PASSWORD in str(await events(client, team.headers["owner"], session["id"]))
    [listed] = (await client.get(f"{SESSIONS}/{session['id']}/shares", headers=team.headers["owner"])).json()
    assert listed["view_count"] == 2
    assert listed["last_viewed_at"] is not None


async def test_a_team_link_needs_a_login_of_the_same_team(
    client, factory: Factory, team: DocTeam, session: Json
) -> None:
    token = (await create(client, team.headers["owner"], session["id"], scope="team"))["token"]
    stranger = await auth_headers(client, await factory.member(role="team_admin"))

    anonymous = await client.get(f"{SHARED}/{token}")
    other_team = await client.get(f"{SHARED}/{token}", headers=stranger)
    member = await client.get(f"{SHARED}/{token}", headers=team.headers["viewer"])

    assert anonymous.status_code == 401
    assert (other_team.status_code, other_team.json()["detail"]) == (404, "share_not_found")
    assert member.status_code == 200
    assert member.json()["scope"] == "team"
    [listed] = (await client.get(f"{SESSIONS}/{session['id']}/shares", headers=team.headers["owner"])).json()
    assert listed["view_count"] == 1  # refused views do not count


async def test_revoked_and_expired_links_answer_410_and_unknown_ones_404(client, team: DocTeam, session: Json) -> None:
    headers = team.headers["owner"]
    revoked = await create(client, headers, session["id"], scope="public")
    expiring = await create(client, headers, session["id"], scope="public", expires_in_hours=1)

    response = await client.delete(f"{SESSIONS}/{session['id']}/shares/{revoked['id']}", headers=headers)
    assert response.status_code == 204
    again = await client.delete(f"{SESSIONS}/{session['id']}/shares/{revoked['id']}", headers=headers)
    assert again.status_code == 204  # revoking twice changes nothing

    response = await client.get(f"{SHARED}/{revoked['token']}")
    assert (response.status_code, response.json()["detail"]) == (410, "share_revoked")
    assert (await client.get(f"{SHARED}/{expiring['token']}")).status_code == 200
    with travel(timedelta(hours=1, seconds=1)):
        response = await client.get(f"{SHARED}/{expiring['token']}")
    assert (response.status_code, response.json()["detail"]) == (410, "share_expired")
    response = await client.get(f"{SHARED}/{revoked['token']}x")
    assert (response.status_code, response.json()["detail"]) == (404, "share_not_found")

    listed = {s["id"]: s for s in (await client.get(f"{SESSIONS}/{session['id']}/shares", headers=headers)).json()}
    assert listed[revoked["id"]]["revoked_at"] is not None
    assert listed[expiring["id"]]["revoked_at"] is None


async def test_views_are_rate_limited_per_client_ip(
    client, team: DocTeam, session: Json, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(service, "SHARE_VIEW_LIMIT", 3)
    token = (await create(client, team.headers["owner"], session["id"], scope="public"))["token"]

    answers = [await client.get(f"{SHARED}/{token}") for _ in range(2)]
    answers.append(await client.get(f"{SHARED}/not-a-token"))  # guesses count too
    limited = await client.get(f"{SHARED}/{token}")

    assert [a.status_code for a in answers] == [200, 200, 404]
    assert (limited.status_code, limited.json()["detail"]) == (429, "rate_limited")
    assert 1 <= int(limited.headers["retry-after"]) <= 60
    with travel(timedelta(seconds=61)):  # a new window
        assert (await client.get(f"{SHARED}/{token}")).status_code == 200


async def test_viewers_cannot_create_or_revoke_and_other_teams_see_nothing(
    client, factory: Factory, team: DocTeam, session: Json
) -> None:
    url = f"{SESSIONS}/{session['id']}/shares"
    created = await create(client, team.headers["owner"], session["id"])
    stranger = await auth_headers(client, await factory.member(role="team_admin"))

    response = await client.post(url, json={}, headers=team.headers["viewer"])
    assert (response.status_code, response.json()["detail"]) == (403, "insufficient_role")
    response = await client.delete(f"{url}/{created['id']}", headers=team.headers["viewer"])
    assert response.status_code == 403
    for method, path in (("post", url), ("get", url)):
        response = await client.request(method, path, json={} if method == "post" else None, headers=stranger)
        assert (response.status_code, response.json()["detail"]) == (404, "session_not_found"), method
    response = await client.delete(f"{url}/{created['id']}", headers=stranger)
    assert (response.status_code, response.json()["detail"]) == (404, "share_not_found")
    # Team admins and other engineers of the team may revoke.
    response = await client.delete(f"{url}/{created['id']}", headers=team.headers["admin"])
    assert response.status_code == 204
