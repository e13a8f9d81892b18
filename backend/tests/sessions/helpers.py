"""A flow with every node kind, and small API helpers for sessions."""

from typing import Any

import httpx

from tests.flows.test_flows_api import create as create_flow

SESSIONS = "/api/v1/sessions"
ESCALATIONS = "/api/v1/escalations"
FLOWS = "/api/v1/flows"

Json = dict[str, Any]


def outlook_graph() -> Json:
    """ask -Yes-> addins -> works -Yes-> fixed; works -No-> ask (a retry loop);
    ask -No-> code (input error_code) -> profile (uses it) -> handover (escalation)."""
    return {
        "start": "ask",
        "nodes": [
            {
                "id": "ask",
                "kind": "question",
                "title": "Does Outlook start in safe mode?",
                "body": "Run `outlook.exe /safe`.",
                "answers": [{"label": "Yes", "target": "addins"}, {"label": "No", "target": "code"}],
            },
            {
                "id": "addins",
                "kind": "action",
                "title": "Disable COM add-ins",
                "commands": [{"shell": "powershell", "text": "Get-ItemProperty HKCU:\\Software\\Microsoft\\Office"}],
                "expected_result": "Outlook starts normally.",
            },
            {
                "id": "works",
                "kind": "question",
                "title": "Does Outlook start now?",
                "answers": [{"label": "Yes", "target": "fixed"}, {"label": "No", "target": "ask"}],
            },
            {
                "id": "code",
                "kind": "input",
                "title": "Error code shown",
                "input": {"variable": "error_code", "pattern": "^0x[0-9A-Fa-f]{8}$"},
            },
            {
                "id": "profile",
                "kind": "action",
                "title": "Rebuild the profile ({{error_code}})",
                "body": "Error {{ error_code }} means a corrupt profile.",
                "commands": [{"shell": "cmd", "text": "outlook.exe /resetnavpane REM {{error_code}}"}],
            },
            {"id": "fixed", "kind": "resolution", "title": "Add-in disabled"},
            {"id": "handover", "kind": "escalation", "title": "Hand over to the Exchange team"},
        ],
        "edges": [
            {"source": "addins", "target": "works"},
            {"source": "code", "target": "profile"},
            {"source": "profile", "target": "handover"},
        ],
    }


def project_graph() -> Json:
    """A procedural flow (a checklist): "Prepare" is sequential (backup, then the ticket); in "Accounts"
    a question sends on-prem users through two steps and cloud users through one; "Finish" joins them.

    prepare: backup -> ticket (input) -> where (question: On-prem -> ad -> sync -> licence;
    Cloud -> cloud -> licence) -> licence -> done (resolution)."""
    return {
        "start": "backup",
        "nodes": [
            {"id": "backup", "kind": "action", "title": "Back up the mailbox", "section": "Prepare"},
            {
                "id": "ticket",
                "kind": "input",
                "title": "Change ticket",
                "section": "Prepare",
                "input": {"variable": "change", "pattern": "^T-[0-9]+$"},
            },
            {
                "id": "where",
                "kind": "question",
                "title": "Where does the account live?",
                "section": "Accounts",
                "answers": [{"label": "On-prem", "target": "ad"}, {"label": "Cloud", "target": "cloud"}],
            },
            {"id": "ad", "kind": "action", "title": "Create the AD user ({{change}})", "section": "Accounts"},
            {"id": "sync", "kind": "action", "title": "Run a delta sync", "section": "Accounts"},
            {"id": "cloud", "kind": "action", "title": "Create the cloud user", "section": "Accounts"},
            {"id": "licence", "kind": "action", "title": "Assign the licence", "section": "Finish"},
            {"id": "done", "kind": "resolution", "title": "Account ready", "section": "Finish"},
        ],
        "edges": [
            {"source": "backup", "target": "ticket"},
            {"source": "ticket", "target": "where"},
            {"source": "ad", "target": "sync"},
            {"source": "sync", "target": "licence"},
            {"source": "cloud", "target": "licence"},
            {"source": "licence", "target": "done"},
        ],
        "sections": [{"name": "Prepare", "sequential": True}],
    }


async def published_project(client: httpx.AsyncClient, headers: dict[str, str], **fields: Any) -> Json:
    """A published procedural flow (project_graph) unless `fields` say otherwise."""
    return await published_flow(client, headers, **{"kind": "procedural", "graph": project_graph(), **fields})


def completed(node_id: str, result: str = "done", **extra: Any) -> Json:
    return {"type": "step_completed", "node_id": node_id, "result": result, **extra}


async def published_flow(client: httpx.AsyncClient, headers: dict[str, str], **fields: Any) -> Json:
    flow = await create_flow(client, headers, **{"graph": outlook_graph(), **fields})
    response = await client.post(f"{FLOWS}/{flow['id']}/publish", json={}, headers=headers)
    assert response.status_code == 201, response.text
    return flow


async def start(client: httpx.AsyncClient, headers: dict[str, str], flow_id: str, **fields: Any) -> Json:
    response = await client.post(SESSIONS, json={"flow_id": flow_id, **fields}, headers=headers)
    assert response.status_code == 201, response.text
    session: Json = response.json()
    return session


async def post_event(
    client: httpx.AsyncClient,
    headers: dict[str, str],
    session: Json,
    event: Json,
    *,
    expected_seq: int | None = None,
    key: str | None = None,
) -> httpx.Response:
    body = {"expected_seq": session["last_seq"] if expected_seq is None else expected_seq, "event": event}
    extra = {"Idempotency-Key": key} if key else {}
    return await client.post(f"{SESSIONS}/{session['id']}/events", json=body, headers={**headers, **extra})


async def send(client: httpx.AsyncClient, headers: dict[str, str], session: Json, event: Json) -> Json:
    """Append `event` after the session's last seq; the session afterwards."""
    response = await post_event(client, headers, session, event)
    assert response.status_code == 201, response.text
    after: Json = response.json()["session"]
    return after


async def events(client: httpx.AsyncClient, headers: dict[str, str], session_id: str) -> list[Json]:
    response = await client.get(f"{SESSIONS}/{session_id}/events", headers=headers)
    assert response.status_code == 200, response.text
    result: list[Json] = response.json()
    return result


def answer(node_id: str, index: int) -> Json:
    return {"type": "answered", "node_id": node_id, "answer": index}


def done(node_id: str, result: str = "done", **extra: Any) -> Json:
    return {"type": "action_done", "node_id": node_id, "result": result, **extra}


def captured(node_id: str, variable: str, value: Any) -> Json:
    return {"type": "input_captured", "node_id": node_id, "variable": variable, "value": value}


def note(text: str) -> Json:
    return {"type": "note", "text": text}


def ended(outcome: str = "resolved", summary: str = "Disabled the faulty add-in.") -> Json:
    return {"type": "ended", "outcome": outcome, "summary": summary}
