"""The redaction endpoints: reading, replacing (all or nothing) and previewing a team's rules; roles,
team isolation, machine-readable refusals, and `redactor_for_team` for the other modules."""

import asyncio
import uuid
from typing import Any

import pytest
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from app.redaction.engine import MAX_CUSTOM_RULES, Builtin
from app.redaction.models import RedactionRule, RedactionSettings
from app.redaction.service import redactor_for_team
from tests.conftest import LiveApp
from tests.factories import Factory, Member, auth_headers

API = "/api/v1/teams"
RULES = {
    "categories": ["email", "ipv4"],
    "rules": [
        {"name": "ticket", "pattern": r"TCK-\d{5}"},
        {"name": "client-code", "pattern": r"(?i)\bacme-[a-z]{3}\b", "enabled": False},
    ],
}


def rules_url(team_ref: str = "current") -> str:
    return f"{API}/{team_ref}/redaction-rules"


def preview_url(team_ref: str = "current") -> str:
    return f"{API}/{team_ref}/redaction/preview"


async def put_rules(client: Any, headers: dict[str, str], body: dict[str, Any], team_ref: str = "current") -> Any:
    return await client.put(rules_url(team_ref), json=body, headers=headers)


async def saved_state(db: Any, team_id: uuid.UUID) -> tuple[Any, list[Any]]:
    """The rows as stored, read with column queries (no stale ORM state)."""
    settings = (
        await db.execute(
            select(RedactionSettings.categories, RedactionSettings.updated_at).where(
                RedactionSettings.team_id == team_id
            )
        )
    ).one_or_none()
    rules = (
        await db.execute(
            select(RedactionRule.position, RedactionRule.name, RedactionRule.pattern, RedactionRule.enabled)
            .where(RedactionRule.team_id == team_id)
            .order_by(RedactionRule.position)
        )
    ).all()
    await db.commit()  # end this session's savepoint; the app's own sessions share the connection
    return (tuple(settings) if settings else None), [tuple(rule) for rule in rules]


@pytest.fixture
async def admin(factory: Factory) -> Member:
    return await factory.member(role="team_admin")


@pytest.fixture
async def admin_headers(client: Any, admin: Member) -> dict[str, str]:
    return await auth_headers(client, admin)


# --- reading and replacing ---------------------------------------------------------------------


async def test_a_new_team_has_only_the_builtins(client, admin: Member, admin_headers) -> None:
    for ref in ("current", str(admin.team.id)):
        response = await client.get(rules_url(ref), headers=admin_headers)

        assert response.status_code == 200, response.text
        assert response.json() == {
            "builtins": [kind.value for kind in Builtin],
            "categories": [],
            "rules": [],
            "max_rules": MAX_CUSTOM_RULES,
            "updated_at": None,
            "updated_by_id": None,
        }


async def test_team_admin_replaces_the_rules_and_every_member_reads_them(
    client, factory: Factory, admin: Member, admin_headers
) -> None:
    response = await put_rules(client, admin_headers, {**RULES, "categories": ["ipv4", "email", "ipv4"]})

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["categories"] == ["ipv4", "email"]  # canonical order, no duplicates
    assert body["rules"] == [
        {"name": "ticket", "pattern": r"TCK-\d{5}", "enabled": True},
        {"name": "client-code", "pattern": r"(?i)\bacme-[a-z]{3}\b", "enabled": False},
    ]
    assert body["updated_by_id"] == str(admin.user.id)
    assert body["updated_at"] is not None
    viewer = await factory.member(admin.team, role="viewer")
    assert (await client.get(rules_url(), headers=await auth_headers(client, viewer))).json() == body


async def test_a_put_replaces_the_whole_set(client, db, admin: Member, admin_headers) -> None:
    await put_rules(client, admin_headers, RULES)

    response = await put_rules(client, admin_headers, {"rules": [{"name": "host", "pattern": "srv-[0-9]+"}]})

    assert response.status_code == 200, response.text
    settings, rules = await saved_state(db, admin.team.id)
    assert settings is not None
    assert settings[0] == []
    assert rules == [(0, "host", "srv-[0-9]+", True)]


async def test_fifty_rules_fit_and_the_database_refuses_a_fifty_first(client, db, admin: Member, admin_headers) -> None:
    many = [{"name": f"rule-{i}", "pattern": f"secret-{i}-[0-9]+"} for i in range(MAX_CUSTOM_RULES)]
    assert (await put_rules(client, admin_headers, {"rules": many})).status_code == 200

    with pytest.raises(IntegrityError):
        await db.execute(
            insert(RedactionRule).values(
                team_id=admin.team.id, position=MAX_CUSTOM_RULES, name="extra", pattern="x", enabled=True
            )
        )
    await db.rollback()


# --- refusals ----------------------------------------------------------------------------------


async def test_bad_rules_are_all_reported_by_index_and_nothing_is_written(
    client, db, admin: Member, admin_headers
) -> None:
    await put_rules(client, admin_headers, RULES)
    before = await saved_state(db, admin.team.id)

    response = await put_rules(
        client,
        admin_headers,
        {
            "categories": ["phone"],
            "rules": [
                {"name": "fine", "pattern": "ok-[0-9]+"},
                {"name": "broken", "pattern": "(unclosed"},
                {"name": "empty", "pattern": "a*"},
                {"name": "long", "pattern": "x" * 501},
                {"name": "lookahead", "pattern": "foo(?=bar)", "enabled": False},
            ],
        },
    )

    assert response.status_code == 422, response.text
    body = response.json()
    assert body["detail"] == "invalid_redaction_rules"
    assert [(e["index"], e["code"]) for e in body["errors"]] == [
        (1, "pattern_invalid"),
        (2, "pattern_matches_empty"),
        (3, "pattern_too_long"),
        (4, "pattern_invalid"),
    ]
    assert all(e["message"] for e in body["errors"])
    assert await saved_state(db, admin.team.id) == before


async def test_more_than_fifty_rules_are_refused(client, db, admin: Member, admin_headers) -> None:
    many = [{"name": f"rule-{i}", "pattern": f"x{i}y"} for i in range(MAX_CUSTOM_RULES + 1)]

    response = await put_rules(client, admin_headers, {"rules": many})

    assert response.status_code == 422
    assert response.json()["detail"] == "too_many_redaction_rules"
    assert await saved_state(db, admin.team.id) == (None, [])


@pytest.mark.parametrize(
    ("body", "location"),
    [
        ({"categories": ["ssn"]}, ["body", "categories", 0]),
        ({"rules": [{"name": "Bad Name", "pattern": "x"}]}, ["body", "rules", 0, "name"]),
        ({"rules": [{"pattern": "x"}]}, ["body", "rules", 0, "name"]),
        ({"rules": [], "surprise": True}, ["body", "surprise"]),
    ],
)
async def test_malformed_bodies_are_validation_errors(client, admin_headers, body: Any, location: list[Any]) -> None:
    response = await put_rules(client, admin_headers, body)

    assert response.status_code == 422
    assert response.json()["detail"] == "validation_error"
    assert location in [error["loc"] for error in response.json()["errors"]]


@pytest.mark.parametrize("role", ["viewer", "engineer"])
async def test_only_team_admins_replace_rules(client, factory: Factory, db, admin: Member, admin_headers, role) -> None:
    await put_rules(client, admin_headers, RULES)
    before = await saved_state(db, admin.team.id)
    caller = await factory.member(admin.team, role=role)

    response = await put_rules(client, await auth_headers(client, caller), {"categories": [], "rules": []})

    assert response.status_code == 403
    assert response.json()["detail"] == "insufficient_role"
    assert await saved_state(db, admin.team.id) == before


async def test_another_teams_rules_are_404_and_untouched(
    client, factory: Factory, db, admin: Member, admin_headers
) -> None:
    await put_rules(client, admin_headers, RULES)
    before = await saved_state(db, admin.team.id)
    other_admin = await factory.member(role="team_admin")
    headers = await auth_headers(client, other_admin)
    ref = str(admin.team.id)

    responses = [
        await client.get(rules_url(ref), headers=headers),
        await put_rules(client, headers, {"rules": []}, team_ref=ref),
        await client.post(preview_url(ref), json={"text": "TCK-12345"}, headers=headers),
    ]

    for response in responses:
        assert response.status_code == 404, response.text
        assert response.json()["detail"] == "team_not_found"
        assert "TCK" not in response.text
    assert await saved_state(db, admin.team.id) == before
    # `current` is the caller's own team, with its own (empty) rules.
    own = await client.post(preview_url(), json={"text": "TCK-12345"}, headers=headers)
    assert own.json()["text"] == "TCK-12345"


async def test_a_super_admin_reads_and_changes_any_team(client, factory: Factory, admin: Member) -> None:
    root = await factory.member(role="team_admin", super_admin=True)
    headers = await auth_headers(client, root)

    response = await put_rules(client, headers, RULES, team_ref=str(admin.team.id))

    assert response.status_code == 200
    own = await client.get(rules_url(), headers=await auth_headers(client, admin))
    assert own.json()["rules"][0]["name"] == "ticket"


# --- preview -----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["viewer", "engineer", "team_admin"])
async def test_every_member_previews_with_the_saved_rules(
    client, factory: Factory, admin: Member, admin_headers, role: str
) -> None:
    await put_rules(client, admin_headers, RULES)
    caller = await factory.member(admin.team, role=role)
    text = "TCK-12345 from 10.0.0.1 for ACME-NYC: password=hunter2"

    response = await client.post(preview_url(), json={"text": text}, headers=await auth_headers(client, caller))

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["text"] == "[REDACTED:ticket] from [IP-1] for ACME-NYC: password=[REDACTED:password]"
    assert [(text[s["start"] : s["end"]], s["category"], s["replacement"]) for s in body["spans"]] == [
        ("TCK-12345", "custom", "[REDACTED:ticket]"),
        ("10.0.0.1", "ipv4", "[IP-1]"),
        ("hunter2", "password", "[REDACTED:password]"),
    ]


async def test_a_draft_is_tried_without_being_saved(client, db, admin: Member, admin_headers) -> None:
    await put_rules(client, admin_headers, RULES)
    before = await saved_state(db, admin.team.id)

    response = await client.post(
        preview_url(),
        json={
            "text": "TCK-12345 and SRV-42 on 10.0.0.1, call 555-010-1234",
            "draft": {"categories": ["phone"], "rules": [{"name": "server", "pattern": "SRV-[0-9]+"}]},
        },
        headers=admin_headers,
    )

    assert response.status_code == 200, response.text
    assert response.json()["text"] == "TCK-12345 and [REDACTED:server] on 10.0.0.1, call [PHONE-1]"
    assert await saved_state(db, admin.team.id) == before


async def test_a_bad_draft_is_refused_like_a_bad_save(client, admin_headers) -> None:
    response = await client.post(
        preview_url(),
        json={"text": "x", "draft": {"rules": [{"name": "ok", "pattern": "x+"}, {"name": "bad", "pattern": "(a)\\1"}]}},
        headers=admin_headers,
    )

    assert response.status_code == 422
    assert response.json()["detail"] == "invalid_redaction_rules"
    assert [(e["index"], e["code"]) for e in response.json()["errors"]] == [(1, "pattern_invalid")]


async def test_preview_offsets_count_code_points(client, admin_headers) -> None:
    text = "🙂 héllo password=wörld"
    body = (await client.post(preview_url(), json={"text": text}, headers=admin_headers)).json()
    [span] = body["spans"]
    assert text[span["start"] : span["end"]] == "wörld"


async def test_preview_needs_a_login(client) -> None:
    response = await client.post(preview_url(), json={"text": "x"})
    assert response.status_code == 401


# --- for the other modules ---------------------------------------------------------------------


async def test_redactor_for_team_applies_that_teams_saved_rules_only(
    client, db, factory: Factory, admin: Member, admin_headers
) -> None:
    await put_rules(client, admin_headers, RULES)
    other = await factory.team()
    text = "TCK-12345 ACME-NYC a@x.io 10.0.0.1 token=abc123"

    mine = (await redactor_for_team(db, admin.team.id)).redact(text)
    theirs = (await redactor_for_team(db, other.id)).redact(text)

    assert mine.text == "[REDACTED:ticket] ACME-NYC [EMAIL-1] [IP-1] token=[REDACTED:token]"
    assert theirs.text == "TCK-12345 ACME-NYC a@x.io 10.0.0.1 token=[REDACTED:token]"


async def test_concurrent_replacements_leave_one_whole_set(live: LiveApp) -> None:
    headers = await auth_headers(live.client, live.members["team_admin"])
    sets = [
        {"categories": ["ipv4"], "rules": [{"name": f"set{n}-{i}", "pattern": f"s{n}x{i}"} for i in range(10 + n)]}
        for n in range(4)
    ]

    responses = await asyncio.gather(*(put_rules(live.client, headers, body) for body in sets))

    assert {r.status_code for r in responses} == {200}
    saved = (await live.client.get(rules_url(), headers=headers)).json()
    assert {"categories": saved["categories"], "rules": [{**r, "enabled": True} for r in saved["rules"]]} in [
        {"categories": s["categories"], "rules": [{**r, "enabled": True} for r in s["rules"]]} for s in sets
    ]
