"""Access-control matrix: every route of the OpenAPI document x every kind of caller, from one table.

The routes come from the app's OpenAPI document, so a new route is in the matrix at once and fails
until `TABLE` says who may call it. Each route is called, in a world of two teams (tests/security/world.py),
as anonymous, viewer, engineer and team_admin of team A, team_admin of team B and super_admin (member of an
operator team), always on team A's objects. The expected answer comes from the route's `Rule`:

- members of A: the success status when their role is at least `min_role`, else 403;
- anonymous: 401 unless the route is public;
- team B's admin and the super_admin: 404 when the path (or body) names A's objects, except that the
  super_admin reaches teams by id (`/teams/{team_ref}`); on routes naming nothing they act in their own
  team and must not see A's data;
- `overrides` for what the role alone does not decide (owner-only writes, someone else's login).

Every refused call must leave team A exactly as it was, and no foreign caller's answer may contain A's
marker text. Token routes are checked separately with valid, wrong, expired and used/revoked tokens.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from app.main import openapi_schema
from tests.factories import PASSWORD
from tests.report import report
from tests.security.world import CALLERS, FOREIGN, MARKER, PARAMS, SCHEDULE, World, snapshot

RANK = {"viewer": 0, "engineer": 1, "team_admin": 2, "super_admin": 3}
CALLER_ROLE = {"viewer": "viewer", "engineer": "engineer", "team_admin": "team_admin"}
CALLER_ROLE |= {"team_admin_b": "team_admin", "super_admin": "super_admin"}

Body = Callable[[World], Any]


@dataclass(frozen=True)
class Rule:
    min_role: str  # "public", "viewer", "engineer", "team_admin" or "super_admin"
    ok: int  # the success status
    body: Body | None = None
    query: dict[str, Any] = field(default_factory=dict)
    form: Body | None = None
    params: dict[str, str] = field(default_factory=dict)  # path parameter -> key of World.ids/tokens
    names_a_in_body: bool = False  # the body names A's objects: foreign callers get 404
    overrides: dict[str, int] = field(default_factory=dict)


GRAPH = {
    "start": "a",
    "nodes": [{"id": "a", "kind": "resolution", "title": "Done"}],
    "edges": [],
}
NOT_OWNER = {"viewer": 403, "team_admin": 403}  # owner-only session writes: the engineer owns the session
OWN_LOGIN = {"viewer": 404, "team_admin": 404}  # someone else's login id is not found


def _export_document(w: World) -> dict[str, Any]:
    entry = {"kind": "troubleshooting", "title": "Imported", "graph": GRAPH}
    return {"format": "resolutionflow.flows", "version": 1, "flows": [entry]}


def _schedule(w: World) -> dict[str, Any]:
    return {**SCHEDULE, "flow_id": w.ids["maintenance_flow"], "name": "Another schedule"}


TABLE: dict[str, Rule] = {
    # auth: public entry points, and the caller's own account
    "POST /api/v1/auth/register": Rule(
        "public",
        201,
        body=lambda w: {
            "email": "new-user@example.com",
            "password": PASSWORD + "x",
            "full_name": "N",
            "team_name": "Delta",
        },
    ),
    "POST /api/v1/auth/login": Rule(
        "public", 200, body=lambda w: {"email": w.members["viewer"].email, "password": PASSWORD}
    ),
    "POST /api/v1/auth/token": Rule(
        "public", 200, form=lambda w: {"username": w.members["viewer"].email, "password": PASSWORD}
    ),
    "POST /api/v1/auth/refresh": Rule("public", 200, body=lambda w: {"refresh_token": w.tokens["refresh"]}),
    "POST /api/v1/auth/logout": Rule("public", 204),
    "GET /api/v1/auth/me": Rule("viewer", 200),
    "POST /api/v1/auth/password/change": Rule(
        "viewer", 204, body=lambda w: {"current_password": PASSWORD, "new_password": "a-new-password-77"}
    ),
    "POST /api/v1/auth/password/forgot": Rule("public", 202, body=lambda w: {"email": w.members["viewer"].email}),
    "POST /api/v1/auth/password/reset": Rule(
        "public", 204, body=lambda w: {"token": w.tokens["reset_valid"], "new_password": "a-new-password-77"}
    ),
    "POST /api/v1/auth/verify-email": Rule("public", 204, body=lambda w: {"token": w.tokens["verify_valid"]}),
    # Every caller here is verified: 409 email_already_verified (202 for the unverified: test below).
    "POST /api/v1/auth/verify-email/resend": Rule("viewer", 409),
    "GET /api/v1/auth/sessions": Rule("viewer", 200),
    "DELETE /api/v1/auth/sessions/{login_id}": Rule("viewer", 204, overrides=OWN_LOGIN),
    # teams
    "GET /api/v1/teams": Rule("viewer", 200),
    "POST /api/v1/teams": Rule(
        "super_admin", 201, body=lambda w: {"name": "Charlie", "admin_email": "charlie-admin@example.com"}
    ),
    "GET /api/v1/teams/{team_ref}": Rule("viewer", 200),
    "PATCH /api/v1/teams/{team_ref}": Rule("team_admin", 200, body=lambda w: {"name": "Alpha Renamed"}),
    "GET /api/v1/teams/{team_ref}/session-policy": Rule("viewer", 200),
    "PUT /api/v1/teams/{team_ref}/session-policy": Rule(
        "team_admin", 200, body=lambda w: {"idle_timeout_minutes": 30, "absolute_lifetime_hours": 8}
    ),
    "GET /api/v1/teams/{team_ref}/members": Rule("viewer", 200),
    "PATCH /api/v1/teams/{team_ref}/members/{user_id}": Rule("team_admin", 200, body=lambda w: {"role": "viewer"}),
    "DELETE /api/v1/teams/{team_ref}/members/{user_id}": Rule("team_admin", 204),
    "POST /api/v1/teams/{team_ref}/invitations": Rule(
        "team_admin", 201, body=lambda w: {"email": "someone-new@example.com", "role": "engineer"}
    ),
    "GET /api/v1/teams/{team_ref}/invitations": Rule("team_admin", 200),
    "DELETE /api/v1/teams/{team_ref}/invitations/{invitation_id}": Rule("team_admin", 204),
    "POST /api/v1/invitations/accept": Rule(
        "public",
        200,
        body=lambda w: {"token": w.tokens["invitation_valid"], "password": "a-new-password-77", "full_name": "New"},
    ),
    "POST /api/v1/invitations/preview": Rule("public", 200, body=lambda w: {"token": w.tokens["invitation_valid"]}),
    # redaction
    "GET /api/v1/teams/{team_ref}/redaction-rules": Rule("viewer", 200),
    "PUT /api/v1/teams/{team_ref}/redaction-rules": Rule(
        "team_admin", 200, body=lambda w: {"categories": ["ipv4"], "rules": []}
    ),
    "POST /api/v1/teams/{team_ref}/redaction/preview": Rule("viewer", 200, body=lambda w: {"text": "10.0.0.1"}),
    # flows
    "GET /api/v1/flows": Rule("viewer", 200),
    "POST /api/v1/flows": Rule("engineer", 201, body=lambda w: {"kind": "troubleshooting", "title": "New flow"}),
    "POST /api/v1/flows/export": Rule(
        "viewer", 200, body=lambda w: {"flow_ids": [w.ids["flow"]]}, names_a_in_body=True
    ),
    "POST /api/v1/flows/import": Rule("engineer", 201, body=_export_document),
    "GET /api/v1/flows/{flow_id}/export": Rule("viewer", 200),
    "GET /api/v1/flows/{flow_id}": Rule("viewer", 200),
    "PATCH /api/v1/flows/{flow_id}": Rule("engineer", 200, body=lambda w: {"title": "Renamed"}),
    # A flow that sessions use cannot be deleted (409 flow_in_use): delete the spare one.
    "DELETE /api/v1/flows/{flow_id}": Rule("team_admin", 204, params={"flow_id": "spare_flow"}),
    "PUT /api/v1/flows/{flow_id}/draft": Rule(
        "engineer", 200, body=lambda w: {"revision": w.values["draft_revision"], "graph": GRAPH}
    ),
    "DELETE /api/v1/flows/{flow_id}/draft": Rule("engineer", 200),
    "POST /api/v1/flows/{flow_id}/validate": Rule("viewer", 200),
    "POST /api/v1/flows/{flow_id}/publish": Rule("engineer", 201, body=lambda w: {"change_note": "again"}),
    "GET /api/v1/flows/{flow_id}/versions": Rule("viewer", 200),
    "GET /api/v1/flows/{flow_id}/diff": Rule("viewer", 200, query={"from": 1}),
    "POST /api/v1/flows/{flow_id}/duplicate": Rule("engineer", 201),
    "POST /api/v1/flows/{flow_id}/archive": Rule("engineer", 200),
    "POST /api/v1/flows/{flow_id}/unarchive": Rule("engineer", 200),
    "PUT /api/v1/flows/{flow_id}/favourite": Rule("viewer", 204),
    "DELETE /api/v1/flows/{flow_id}/favourite": Rule("viewer", 204),
    "GET /api/v1/flows/{flow_id}/insights": Rule("viewer", 200),
    # library taxonomy
    "GET /api/v1/categories": Rule("viewer", 200),
    "POST /api/v1/categories": Rule("team_admin", 201, body=lambda w: {"name": "Printers"}),
    "PATCH /api/v1/categories/{category_id}": Rule("team_admin", 200, body=lambda w: {"name": "Renamed"}),
    "DELETE /api/v1/categories/{category_id}": Rule("team_admin", 204),
    "GET /api/v1/folders": Rule("viewer", 200),
    "POST /api/v1/folders": Rule("team_admin", 201, body=lambda w: {"name": "Network"}),
    "PATCH /api/v1/folders/{folder_id}": Rule("team_admin", 200, body=lambda w: {"name": "Renamed"}),
    "DELETE /api/v1/folders/{folder_id}": Rule("team_admin", 204),
    "GET /api/v1/tags": Rule("viewer", 200),
    # steps
    "GET /api/v1/steps": Rule("viewer", 200),
    "POST /api/v1/steps": Rule("engineer", 201, body=lambda w: {"title": "Restart the spooler"}),
    "GET /api/v1/steps/{step_id}": Rule("viewer", 200),
    "PATCH /api/v1/steps/{step_id}": Rule("engineer", 200, body=lambda w: {"title": "Renamed"}),
    "DELETE /api/v1/steps/{step_id}": Rule("team_admin", 204),
    "PUT /api/v1/steps/{step_id}/rating": Rule("engineer", 200, body=lambda w: {"rating": 5}),
    "DELETE /api/v1/steps/{step_id}/rating": Rule("engineer", 204),
    "GET /api/v1/steps/{step_id}/ratings": Rule("viewer", 200),
    "POST /api/v1/steps/{step_id}/insert": Rule(
        "engineer",
        200,
        body=lambda w: {"flow_id": w.ids["flow"], "revision": w.values["draft_revision"], "after_node_id": "addins"},
    ),
    # search
    "GET /api/v1/search": Rule("viewer", 200, query={"q": MARKER}),
    "GET /api/v1/search/embeddings": Rule("viewer", 200),
    # sessions
    "POST /api/v1/sessions": Rule("engineer", 201, body=lambda w: {"flow_id": w.ids["flow"]}, names_a_in_body=True),
    "GET /api/v1/sessions": Rule("viewer", 200),
    "GET /api/v1/sessions/{session_id}": Rule("viewer", 200),
    "GET /api/v1/sessions/{session_id}/events": Rule("viewer", 200),
    "POST /api/v1/sessions/{session_id}/events": Rule(
        "engineer",
        201,
        body=lambda w: {"expected_seq": w.values["session_seq"], "event": {"type": "note", "text": "more"}},
        overrides=NOT_OWNER,
    ),
    "GET /api/v1/sessions/{session_id}/document": Rule("viewer", 200),
    "GET /api/v1/sessions/{session_id}/document/preview": Rule("viewer", 200),
    "POST /api/v1/sessions/{session_id}/escalate": Rule(
        "engineer", 200, body=lambda w: {"reason": "Needs the Exchange team"}, overrides=NOT_OWNER
    ),
    "POST /api/v1/sessions/{session_id}/take-over": Rule("engineer", 200, params={"session_id": "escalated_session"}),
    "GET /api/v1/escalations": Rule("viewer", 200),
    # shares
    "POST /api/v1/sessions/{session_id}/shares": Rule("engineer", 201, body=lambda w: {"scope": "public"}),
    "GET /api/v1/sessions/{session_id}/shares": Rule("viewer", 200),
    "DELETE /api/v1/sessions/{session_id}/shares/{share_id}": Rule("engineer", 204),
    "GET /api/v1/shared/{token}": Rule("public", 200),
    # FlowPilot: in a session, the owner writes; reading is the team's
    "POST /api/v1/sessions/{session_id}/copilot/suggest": Rule("engineer", 200, overrides=NOT_OWNER),
    "POST /api/v1/sessions/{session_id}/copilot/decision": Rule(
        "engineer",
        201,
        body=lambda w: {"suggestion_seq": w.values["suggestion_seq"], "decision": "accepted"},
        overrides=NOT_OWNER,
    ),
    "GET /api/v1/sessions/{session_id}/copilot/summary": Rule("viewer", 200),
    "POST /api/v1/sessions/{session_id}/copilot/summary": Rule("engineer", 200),
    "PUT /api/v1/sessions/{session_id}/copilot/summary": Rule("engineer", 200, body=lambda w: {"text": "Edited."}),
    "GET /api/v1/sessions/{session_id}/copilot/briefing": Rule(
        "viewer", 200, params={"session_id": "escalated_session"}
    ),
    "POST /api/v1/sessions/{session_id}/copilot/briefing": Rule("engineer", 200),
    # FlowPilot: the assistant (conversations are their member's own), builder, usage, flywheel
    "POST /api/v1/copilot/chat": Rule("engineer", 200, body=lambda w: {"message": "Outlook keeps prompting"}),
    "GET /api/v1/copilot/conversations": Rule("viewer", 200),
    "GET /api/v1/copilot/conversations/{conversation_id}": Rule("viewer", 200, overrides=OWN_LOGIN),
    "DELETE /api/v1/copilot/conversations/{conversation_id}": Rule("viewer", 204, overrides=OWN_LOGIN),
    "POST /api/v1/copilot/flows/build": Rule(
        "engineer", 201, body=lambda w: {"description": "Printer shows offline for everyone."}
    ),
    "GET /api/v1/copilot/status": Rule("viewer", 200),
    "GET /api/v1/copilot/usage": Rule("team_admin", 200),
    "PUT /api/v1/copilot/budget": Rule("team_admin", 200, body=lambda w: {"monthly_budget_usd": 50}),
    "POST /api/v1/copilot/flywheel/run": Rule("team_admin", 200),
    "GET /api/v1/proposals": Rule("viewer", 200),
    "GET /api/v1/proposals/{proposal_id}": Rule("viewer", 200),
    "POST /api/v1/proposals/{proposal_id}/accept": Rule("team_admin", 200),
    "POST /api/v1/proposals/{proposal_id}/reject": Rule("team_admin", 200, body=lambda w: {"reason": "Not needed"}),
    # PSA: team A has no connection in this world, so what needs one answers 409 psa_not_connected
    # (tests/psa/ covers them against a fake ConnectWise)
    "GET /api/v1/psa/connectwise": Rule("team_admin", 409),
    "PUT /api/v1/psa/connectwise": Rule(
        "team_admin",
        200,
        body=lambda w: {
            "site": "na.myconnectwise.net",
            "company_id": "alpha",
            "public_key": "PubKey1234",
            "private_key": "PrivKey5678",
            "client_id": "8c5d1e7a-2f4b-4c3d-9e8f-1a2b3c4d5e6f",
        },
    ),
    "DELETE /api/v1/psa/connectwise": Rule("team_admin", 204),
    "POST /api/v1/psa/connectwise/test": Rule("team_admin", 409),
    "GET /api/v1/psa/connectwise/members": Rule("team_admin", 409),
    "GET /api/v1/psa/connectwise/member-mappings": Rule("team_admin", 409),
    "POST /api/v1/psa/connectwise/member-mappings/auto-match": Rule("team_admin", 409),
    "PUT /api/v1/psa/connectwise/member-mappings/{user_id}": Rule("team_admin", 409, body=lambda w: {"member_id": 1}),
    "DELETE /api/v1/psa/connectwise/member-mappings/{user_id}": Rule("team_admin", 204),
    "GET /api/v1/psa/tickets/{ticket_id}": Rule("viewer", 409),
    "POST /api/v1/sessions/{session_id}/psa-push": Rule("engineer", 409),
    "GET /api/v1/sessions/{session_id}/psa-pushes": Rule("viewer", 200),
    # maintenance (the engineer owns the schedules, so may delete them)
    "POST /api/v1/maintenance/recurrence/preview": Rule(
        "viewer", 200, body=lambda w: {"recurrence": {"kind": "daily", "time": "09:00"}, "timezone": "UTC"}
    ),
    "GET /api/v1/maintenance/schedules": Rule("viewer", 200),
    "POST /api/v1/maintenance/schedules": Rule("engineer", 201, body=_schedule, names_a_in_body=True),
    "GET /api/v1/maintenance/schedules/{schedule_id}": Rule("viewer", 200),
    "PUT /api/v1/maintenance/schedules/{schedule_id}": Rule("engineer", 200, body=_schedule),
    "DELETE /api/v1/maintenance/schedules/{schedule_id}": Rule("engineer", 204),
    "GET /api/v1/maintenance/schedules/{schedule_id}/targets": Rule("viewer", 200),
    "POST /api/v1/maintenance/schedules/{schedule_id}/targets": Rule(
        "engineer", 201, body=lambda w: {"client": "New client"}
    ),
    "PUT /api/v1/maintenance/schedules/{schedule_id}/targets/{target_id}": Rule(
        "engineer", 200, body=lambda w: {"client": "Renamed client"}
    ),
    "DELETE /api/v1/maintenance/schedules/{schedule_id}/targets/{target_id}": Rule("engineer", 204),
    "POST /api/v1/maintenance/schedules/{schedule_id}/targets/import": Rule(
        "engineer", 200, body=lambda w: {"csv": "client,device\nImported,SRV01\n"}
    ),
    "POST /api/v1/maintenance/schedules/{schedule_id}/runs": Rule("engineer", 201),
    "GET /api/v1/maintenance/runs": Rule("viewer", 200),
    "GET /api/v1/maintenance/runs/{run_id}": Rule("viewer", 200),
    "GET /api/v1/maintenance/runs/{run_id}/matrix": Rule("viewer", 200),
    "POST /api/v1/maintenance/runs/{run_id}/bulk": Rule(
        "engineer",
        200,
        body=lambda w: {"cells": [{"session_id": w.ids["run_session"], "node_id": "report"}], "result": "done"},
    ),
    "GET /api/v1/maintenance/runs/{run_id}/report": Rule("viewer", 200),
    # installation
    "GET /api/v1/meta": Rule("public", 200),
    "GET /healthz": Rule("public", 200),
    "GET /readyz": Rule("public", 200),
}


def _routes() -> list[str]:
    paths = openapi_schema()["paths"]
    return [f"{method.upper()} {path}" for path, operations in paths.items() for method in operations]


ROUTES = _routes()


def expected_status(route: str, rule: Rule, caller: str) -> int:
    if caller in rule.overrides:
        return rule.overrides[caller]
    if rule.min_role == "public":
        return rule.ok
    if caller == "anonymous":
        return 401
    role = CALLER_ROLE[caller]
    if RANK[role] < RANK[rule.min_role]:
        return 403
    if caller in FOREIGN:
        path_params = {name for name in PARAMS if "{" + name + "}" in route}
        # The super_admin crosses teams through /teams/{team_ref} (and what lies under it) only.
        if caller == "super_admin" and "team_ref" in path_params:
            return rule.ok
        if path_params or rule.names_a_in_body:
            return 404
    return rule.ok


def _url(route: str, rule: Rule, world: World) -> str:
    path = route.split(" ", 1)[1]
    for name, default in PARAMS.items():
        key = rule.params.get(name, default)
        if "{" + name + "}" in path:
            value = world.ids.get(key) or world.tokens[key]
            path = path.replace("{" + name + "}", value)
    return path


async def call(client: httpx.AsyncClient, route: str, rule: Rule, world: World, caller: str) -> httpx.Response:
    method = route.split(" ", 1)[0]
    kwargs: dict[str, Any] = {"headers": world.headers[caller], "params": rule.query}
    if rule.body is not None:
        kwargs["json"] = rule.body(world)
    if rule.form is not None:
        kwargs["data"] = rule.form(world)
    return await client.request(method, _url(route, rule, world), **kwargs)


CHECKED: list[str] = []


def test_every_route_is_in_the_table_and_nothing_else() -> None:
    assert set(ROUTES) - set(TABLE) == set(), "routes missing from the access-control TABLE"
    assert set(TABLE) - set(ROUTES) == set(), "TABLE lists routes the app does not have"


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("route", ROUTES)
async def test_route_answers_each_caller_as_the_table_says(
    world_client: httpx.AsyncClient, world_sessionmaker: Any, isolated: World, route: str, caller: str
) -> None:
    assert route in TABLE, f"{route} is not in the access-control TABLE"
    rule, world = TABLE[route], isolated
    expected = expected_status(route, rule, caller)
    async with world_sessionmaker() as db:
        before = await snapshot(db, world.team_a_id) if expected >= 400 else None

        response = await call(world_client, route, rule, world, caller)

        assert response.status_code == expected, f"{route} as {caller}: {response.status_code} {response.text[:300]}"
        if expected == 401:
            assert response.json()["detail"] == "invalid_token"
        if expected >= 400:
            assert set(response.json()) >= {"detail", "message"}
            assert await snapshot(db, world.team_a_id) == before, f"{route} as {caller} was refused but changed A"
        if caller in FOREIGN and rule.min_role != "public":
            assert MARKER not in response.text.lower(), f"{route} as {caller} shows team A's data"
    CHECKED.append(f"{route}|{caller}")


# Token routes: the token is the credential, so every caller gets the same answer for the same token.
TOKEN_CASES: list[tuple[str, str, Callable[[World], dict[str, Any]] | None, int, str | None]] = [
    # (route, token key, body, expected status, expected detail)
    ("GET /api/v1/shared/{token}", "share_public", None, 200, None),
    ("GET /api/v1/shared/{token}", "wrong", None, 404, "share_not_found"),
    ("GET /api/v1/shared/{token}", "share_expired", None, 410, "share_expired"),
    ("GET /api/v1/shared/{token}", "share_revoked", None, 410, "share_revoked"),
    ("POST /api/v1/invitations/preview", "invitation_valid", None, 200, None),
    ("POST /api/v1/invitations/preview", "wrong", None, 404, "invitation_not_found"),
    ("POST /api/v1/invitations/preview", "invitation_expired", None, 409, "invitation_expired"),
    ("POST /api/v1/invitations/preview", "invitation_revoked", None, 409, "invitation_revoked"),
    ("POST /api/v1/invitations/accept", "invitation_valid", None, 200, None),
    ("POST /api/v1/invitations/accept", "wrong", None, 404, "invitation_not_found"),
    ("POST /api/v1/invitations/accept", "invitation_expired", None, 409, "invitation_expired"),
    ("POST /api/v1/invitations/accept", "invitation_revoked", None, 409, "invitation_revoked"),
    ("POST /api/v1/auth/password/reset", "reset_valid", None, 204, None),
    ("POST /api/v1/auth/password/reset", "wrong", None, 422, "token_invalid"),
    ("POST /api/v1/auth/password/reset", "reset_expired", None, 422, "token_expired"),
    ("POST /api/v1/auth/password/reset", "reset_used", None, 422, "token_used"),
    ("POST /api/v1/auth/password/reset", "verify_valid", None, 422, "token_invalid"),  # wrong purpose
    ("POST /api/v1/auth/verify-email", "verify_valid", None, 204, None),
    ("POST /api/v1/auth/verify-email", "wrong", None, 422, "token_invalid"),
    ("POST /api/v1/auth/verify-email", "verify_expired", None, 422, "token_expired"),
    ("POST /api/v1/auth/verify-email", "verify_used", None, 422, "token_used"),
    ("POST /api/v1/auth/verify-email", "reset_valid", None, 422, "token_invalid"),  # wrong purpose
]


def _token_body(route: str, token: str) -> dict[str, Any] | None:
    if "reset" in route:
        return {"token": token, "new_password": "a-new-password-77"}
    if "accept" in route:
        return {"token": token, "password": "a-new-password-77", "full_name": "New Person"}
    if "shared" in route:
        return None
    return {"token": token}


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize(
    ("route", "token_key", "expected", "detail"),
    [(route, key, status, detail) for route, key, _, status, detail in TOKEN_CASES],
)
async def test_token_routes_answer_by_the_token_alone(
    world_client: httpx.AsyncClient,
    world_sessionmaker: Any,
    isolated: World,
    route: str,
    token_key: str,
    expected: int,
    detail: str | None,
    caller: str,
) -> None:
    world = isolated
    token = "wrong-" + "x" * 40 if token_key == "wrong" else world.tokens[token_key]
    method, path = route.split(" ", 1)
    async with world_sessionmaker() as db:
        before = await snapshot(db, world.team_a_id) if detail is not None else None
        response = await world_client.request(
            method, path.replace("{token}", token), json=_token_body(route, token), headers=world.headers[caller]
        )
        assert response.status_code == expected, f"{route} [{token_key}] as {caller}: {response.text[:300]}"
        if detail is not None:
            assert response.json()["detail"] == detail
            assert await snapshot(db, world.team_a_id) == before
    CHECKED.append(f"{route}[{token_key}]|{caller}")


@pytest.mark.parametrize("caller", CALLERS)
async def test_team_share_links_need_a_member_of_the_team(
    world_client: httpx.AsyncClient, isolated: World, caller: str
) -> None:
    response = await world_client.get(
        f"/api/v1/shared/{isolated.tokens['share_team']}", headers=isolated.headers[caller]
    )
    # The super_admin operates every team, and so may open any team's link.
    expected = {"anonymous": 401, "team_admin_b": 404}.get(caller, 200)
    assert response.status_code == expected, response.text
    if expected != 200:
        assert MARKER not in response.text.lower()
    CHECKED.append(f"GET /api/v1/shared/{{team token}}|{caller}")


@pytest.mark.parametrize("token_key", ["reset_valid", "invitation_valid", "verify_valid", "refresh"])
async def test_a_token_works_once(world_client: httpx.AsyncClient, isolated: World, token_key: str) -> None:
    """Reused: the second use of a single-use token is refused like a wrong one."""
    token = isolated.tokens[token_key]
    route, body = {
        "reset_valid": ("/api/v1/auth/password/reset", {"token": token, "new_password": "a-new-password-77"}),
        "invitation_valid": (
            "/api/v1/invitations/accept",
            {"token": token, "password": "a-new-password-77", "full_name": "New Person"},
        ),
        "verify_valid": ("/api/v1/auth/verify-email", {"token": token}),
        "refresh": ("/api/v1/auth/refresh", {"refresh_token": token}),
    }[token_key]
    first = await world_client.post(route, json=body)
    assert first.status_code in {200, 204}, first.text
    second = await world_client.post(route, json=body)
    expected = {
        "reset_valid": (422, "token_used"),
        "invitation_valid": (409, "invitation_accepted"),
        "verify_valid": (422, "token_used"),
        "refresh": (401, "session_revoked"),
    }[token_key]
    assert (second.status_code, second.json()["detail"]) == expected, second.text
    CHECKED.append(f"reuse {token_key}")


async def test_an_unverified_member_can_ask_for_a_new_verification_mail(
    world_client: httpx.AsyncClient, isolated: World
) -> None:
    response = await world_client.post("/api/v1/auth/verify-email/resend", headers=isolated.headers["unverified"])
    assert response.status_code == 202, response.text
    CHECKED.append("POST /api/v1/auth/verify-email/resend|unverified")


def test_zz_report_the_count() -> None:
    """Runs last in this module (pytest keeps file order): prints how many cases were checked."""
    routes = {case.split("|")[0] for case in CHECKED if "|" in case}
    report(
        "access-control matrix",
        f"{len(CHECKED)} route x role x team cases checked ({len(ROUTES)} routes x {len(CALLERS)} callers "
        f"+ token and reuse cases; {len(routes)} distinct routes/token variants)",
    )
