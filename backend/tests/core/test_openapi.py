"""OpenAPI document, the copy the SPA's typed client is generated from, and the two documentation UIs."""

import copy
import json
import re
from typing import Any

import pytest
from fastapi.routing import APIRoute

from app.auth.router import router as auth_router
from app.copilot.router import proposals_router as copilot_proposals_router
from app.copilot.router import router as copilot_router
from app.copilot.router import session_router as copilot_session_router
from app.core import openapi_links
from app.core.migrations import BACKEND_DIR
from app.embeddings.router import router as embeddings_router
from app.flows.router import categories_router, folders_router, tags_router
from app.flows.router import router as flows_router
from app.health.router import router as health_router
from app.insights.router import router as insights_router
from app.main import openapi_schema
from app.maintenance.router import router as maintenance_router
from app.meta.router import router as meta_router
from app.psa.router import pushes_router as psa_pushes_router
from app.psa.router import router as psa_router
from app.redaction.router import router as redaction_router
from app.search.router import router as search_router
from app.sessions.router import escalations_router
from app.sessions.router import router as sessions_router
from app.shares.router import router as shares_router
from app.shares.router import shared_router
from app.steps.router import router as steps_router
from app.teams.router import invitations_router
from app.teams.router import router as teams_router

CONTRACT_PATHS = {
    "/api/v1/auth/register": {"post"},
    "/api/v1/auth/login": {"post"},
    "/api/v1/auth/token": {"post"},
    "/api/v1/auth/refresh": {"post"},
    "/api/v1/auth/logout": {"post"},
    "/api/v1/auth/me": {"get"},
    "/api/v1/auth/password/change": {"post"},
    "/api/v1/auth/password/forgot": {"post"},
    "/api/v1/auth/password/reset": {"post"},
    "/api/v1/auth/verify-email": {"post"},
    "/api/v1/auth/sessions": {"get"},
    "/api/v1/auth/sessions/{login_id}": {"delete"},
    "/api/v1/teams": {"get", "post"},
    "/api/v1/teams/{team_ref}": {"get", "patch"},
    "/api/v1/teams/{team_ref}/session-policy": {"get", "put"},
    "/api/v1/teams/{team_ref}/members": {"get"},
    "/api/v1/teams/{team_ref}/members/{user_id}": {"patch", "delete"},
    "/api/v1/teams/{team_ref}/invitations": {"get", "post"},
    "/api/v1/teams/{team_ref}/invitations/{invitation_id}": {"delete"},
    "/api/v1/teams/{team_ref}/redaction-rules": {"get", "put"},
    "/api/v1/teams/{team_ref}/redaction/preview": {"post"},
    "/api/v1/invitations/accept": {"post"},
    "/api/v1/invitations/preview": {"post"},
    "/api/v1/search/embeddings": {"get"},
    "/api/v1/sessions": {"get", "post"},
    "/api/v1/sessions/{session_id}": {"get"},
    "/api/v1/sessions/{session_id}/events": {"get", "post"},
    "/api/v1/sessions/{session_id}/escalate": {"post"},
    "/api/v1/sessions/{session_id}/take-over": {"post"},
    "/api/v1/escalations": {"get"},
    "/api/v1/flows/{flow_id}/insights": {"get"},
    "/api/v1/sessions/{session_id}/document": {"get"},
    "/api/v1/sessions/{session_id}/document/preview": {"get"},
    "/api/v1/sessions/{session_id}/shares": {"get", "post"},
    "/api/v1/sessions/{session_id}/shares/{share_id}": {"delete"},
    "/api/v1/shared/{token}": {"get"},
    "/api/v1/meta": {"get"},
    "/api/v1/psa/connectwise": {"get", "put", "delete"},
    "/api/v1/psa/connectwise/test": {"post"},
    "/api/v1/psa/connectwise/members": {"get"},
    "/api/v1/psa/tickets/{ticket_id}": {"get"},
    "/api/v1/sessions/{session_id}/psa-push": {"post"},
    "/api/v1/sessions/{session_id}/psa-pushes": {"get"},
    "/api/v1/sessions/{session_id}/copilot/suggest": {"post"},
    "/api/v1/sessions/{session_id}/copilot/decision": {"post"},
    "/api/v1/sessions/{session_id}/copilot/summary": {"get", "post", "put"},
    "/api/v1/copilot/chat": {"post"},
    "/api/v1/copilot/usage": {"get"},
    "/api/v1/copilot/budget": {"put"},
    "/api/v1/copilot/flows/build": {"post"},
    "/api/v1/proposals": {"get"},
    "/api/v1/proposals/{proposal_id}/accept": {"post"},
    "/api/v1/proposals/{proposal_id}/reject": {"post"},
}
COMMITTED_OPENAPI = BACKEND_DIR.parent / "frontend" / "src" / "api" / "openapi.json"


def _declared_routes() -> set[tuple[str, str]]:
    """(path, method) of every route the API's routers declare, mounted under /api/v1."""
    declared = set()
    for prefix, router in (
        ("/api/v1", auth_router),
        ("/api/v1", teams_router),
        ("/api/v1", invitations_router),
        ("/api/v1", redaction_router),
        ("/api/v1", flows_router),
        ("/api/v1", categories_router),
        ("/api/v1", folders_router),
        ("/api/v1", tags_router),
        ("/api/v1", steps_router),
        ("/api/v1", search_router),
        ("/api/v1", embeddings_router),
        ("/api/v1", sessions_router),
        ("/api/v1", escalations_router),
        ("/api/v1", shares_router),
        ("/api/v1", shared_router),
        ("/api/v1", insights_router),
        ("/api/v1", meta_router),
        ("/api/v1", psa_router),
        ("/api/v1", psa_pushes_router),
        ("/api/v1", copilot_session_router),
        ("/api/v1", copilot_router),
        ("/api/v1", copilot_proposals_router),
        ("/api/v1", maintenance_router),
        ("", health_router),
    ):
        for route in router.routes:
            assert isinstance(route, APIRoute)
            declared |= {(prefix + route.path, method.lower()) for method in route.methods}
    return declared


async def test_openapi_lists_every_api_route(client) -> None:
    response = await client.get("/api/openapi.json")

    assert response.status_code == 200
    paths = response.json()["paths"]
    documented = {(path, method) for path, operations in paths.items() for method in operations}
    assert documented == _declared_routes()
    assert {path for path, _ in documented} - {"/healthz", "/readyz"} == {
        path for path, _ in documented if path.startswith("/api/v1/")
    }
    for path, methods in CONTRACT_PATHS.items():
        assert methods <= set(paths.get(path, {})), path


def test_the_spa_client_is_generated_from_the_current_api() -> None:
    committed = json.loads(COMMITTED_OPENAPI.read_text(encoding="utf-8"))

    assert committed == openapi_schema(), (
        "frontend/src/api/openapi.json is stale: run `make api-client` (or `npm run api:generate` in frontend/)"
    )


async def test_openapi_offers_the_password_flow_for_swaggers_authorize_button(client) -> None:
    schemes = (await client.get("/api/openapi.json")).json()["components"]["securitySchemes"]
    [scheme] = schemes.values()
    assert scheme["type"] == "oauth2"
    assert scheme["flows"]["password"]["tokenUrl"] == "/api/v1/auth/token"


async def test_swagger_ui_and_redoc_serve_html(client) -> None:
    for path, marker in (("/api/docs", "swagger-ui"), ("/api/redoc", "redoc")):
        response = await client.get(path)
        assert response.status_code == 200, path
        assert response.headers["content-type"].startswith("text/html")
        assert marker in response.text.lower()
        assert "/api/openapi.json" in response.text


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return openapi_schema()


def _link(document: dict[str, Any], method: str, path: str, status: str, name: str) -> dict[str, Any]:
    link: dict[str, Any] = document["paths"][f"/api/v1{path}"][method]["responses"][status]["links"][name]
    return link


def test_links_tell_how_one_answer_feeds_the_next_request(document: dict[str, Any]) -> None:
    operations = {
        operation["operationId"]: (method, path)
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
    }
    save = _link(document, "post", "/flows", "201", "SaveDraft")
    assert operations[save["operationId"]] == ("put", "/api/v1/flows/{flow_id}/draft")
    assert save["parameters"] == {"path.flow_id": "$response.body#/id"}
    assert save["requestBody"] == {"revision": "$response.body#/draft_revision"}
    start = _link(document, "post", "/flows/{flow_id}/publish", "201", "StartSession")
    assert operations[start["operationId"]] == ("post", "/api/v1/sessions")
    assert start["requestBody"] == {"flow_id": "$request.path.flow_id", "version": "$response.body#/number"}
    append = _link(document, "post", "/sessions/{session_id}/events", "201", "AppendEvent")
    assert append["requestBody"] == {"expected_seq": "$response.body#/session/last_seq"}
    view = _link(document, "post", "/sessions/{session_id}/shares", "201", "ViewShared")
    assert view["parameters"] == {"path.token": "$response.body#/token"}

    links = [
        link
        for methods in document["paths"].values()
        for operation in methods.values()
        for response in operation["responses"].values()
        for link in response.get("links", {}).values()
    ]
    assert len(links) >= 200
    assert {link["operationId"] for link in links} <= set(operations)


@pytest.mark.parametrize(
    ("links", "error"),
    [
        ({"Nowhere": ("GET /nowhere", {}, None)}, "no operation GET /nowhere"),
        ({"Wrong": ("GET /steps/{step_id}", {"flow_id": "$response.body#/id"}, None)}, "has no ['flow_id']"),
        ({"Wrong": ("GET /steps/{step_id}", {"step_id": "$request.path.step_id"}, None)}, "no path parameter step_id"),
        ({"Wrong": ("GET /steps/{step_id}", {"step_id": "$response.body#/id"}, {"x": 1})}, "takes no body"),
    ],
)
def test_a_link_that_does_not_fit_the_document_is_refused(
    monkeypatch: pytest.MonkeyPatch, document: dict[str, Any], links: dict[str, Any], error: str
) -> None:
    monkeypatch.setattr(openapi_links, "LINKS", {"POST /flows": {"201": links}})

    with pytest.raises(ValueError, match=re.escape(error)):
        openapi_links.document_links(copy.deepcopy(document), "/api/v1")
