"""OpenAPI links: how one operation's answer feeds the next, so the document tells clients the workflows.

A link on a response names a target operation and where its inputs come from (OpenAPI runtime
expressions): `POST /flows` answers a flow whose `id` is the `flow_id` of `PUT /flows/{flow_id}/draft`,
with `draft_revision` as the body's `revision`; publishing gives the `version` a session starts from; a
session's `last_seq` is the next event's `expected_seq`. Clients and tools read them (Swagger UI shows
them, schemathesis chains requests along them: tests/security/test_fuzz_stateful.py).

`LINKS` is the one table: per source operation and status, the links by name. Paths are relative to the
API prefix; `document_links` resolves them to operation ids and refuses a link whose operation,
parameter or `$request.path` parameter does not exist, so the table cannot go stale silently.
"""

import re
from collections.abc import Iterator
from typing import Any

Expr = Any  # a runtime expression (`$response.body#/id`), a constant, or a dict/list of them (request bodies)

ID = "$response.body#/id"


def _flow(at: str = "") -> dict[str, tuple[str, dict[str, Expr], Expr]]:
    """What a client does next with a flow (`FlowOut` at JSON pointer `at` of the answer)."""
    flow_id, revision = f"$response.body#{at}/id", f"$response.body#{at}/draft_revision"
    path = {"flow_id": flow_id}
    return {
        "ReadFlow": ("GET /flows/{flow_id}", path, None),
        "UpdateFlow": ("PATCH /flows/{flow_id}", path, None),
        "SaveDraft": ("PUT /flows/{flow_id}/draft", path, {"revision": revision}),
        "DiscardDraft": ("DELETE /flows/{flow_id}/draft", path, None),
        "ValidateDraft": ("POST /flows/{flow_id}/validate", path, None),
        "Publish": ("POST /flows/{flow_id}/publish", path, None),
        "ListVersions": ("GET /flows/{flow_id}/versions", path, None),
        "Duplicate": ("POST /flows/{flow_id}/duplicate", path, None),
        "Archive": ("POST /flows/{flow_id}/archive", path, None),
        "Unarchive": ("POST /flows/{flow_id}/unarchive", path, None),
        "AddFavourite": ("PUT /flows/{flow_id}/favourite", path, None),
        "RemoveFavourite": ("DELETE /flows/{flow_id}/favourite", path, None),
        "ExportFlow": ("GET /flows/{flow_id}/export", path, None),
        "ExportFlows": ("POST /flows/export", {}, {"flow_ids": [flow_id]}),
        "InsertStep": ("POST /steps/{step_id}/insert", {}, {"flow_id": flow_id, "revision": revision}),
        "FlowInsights": ("GET /flows/{flow_id}/insights", path, None),
        "StartSession": ("POST /sessions", {}, {"flow_id": flow_id}),
        "ScheduleMaintenance": ("POST /maintenance/schedules", {}, {"flow_id": flow_id}),
        "DeleteFlow": ("DELETE /flows/{flow_id}", path, None),
    }


def _draft(at: str = "") -> dict[str, tuple[str, dict[str, Expr], Expr]]:
    """After a draft changed: edit it again (with the new revision), check it, publish it."""
    links = _flow(at)
    return {
        name: links[name]
        for name in ("ReadFlow", "SaveDraft", "DiscardDraft", "ValidateDraft", "Publish", "InsertStep", "ExportFlow")
    }


def _session(at: str = "") -> dict[str, tuple[str, dict[str, Expr], Expr]]:
    """What a client does next with a session (`SessionOut` at JSON pointer `at` of the answer)."""
    session_id, last_seq = f"$response.body#{at}/id", f"$response.body#{at}/last_seq"
    path = {"session_id": session_id}
    return {
        "ReadSession": ("GET /sessions/{session_id}", path, None),
        "ListEvents": ("GET /sessions/{session_id}/events", path, None),
        "AppendEvent": ("POST /sessions/{session_id}/events", path, {"expected_seq": last_seq}),
        # The current node's answer, action or input (troubleshooting sessions).
        "ActOnCurrentNode": (
            "POST /sessions/{session_id}/events",
            path,
            {"expected_seq": last_seq, "event": {"node_id": f"$response.body#{at}/current_node"}},
        ),
        "DownloadDocument": ("GET /sessions/{session_id}/document", path, None),
        "PreviewDocument": ("GET /sessions/{session_id}/document/preview", path, None),
        "Escalate": ("POST /sessions/{session_id}/escalate", path, None),
        "TakeOver": ("POST /sessions/{session_id}/take-over", path, None),
        "Share": ("POST /sessions/{session_id}/shares", path, None),
        "ListShares": ("GET /sessions/{session_id}/shares", path, None),
        "Suggest": ("POST /sessions/{session_id}/copilot/suggest", path, None),
        "DecideSuggestion": ("POST /sessions/{session_id}/copilot/decision", path, {"suggestion_seq": last_seq}),
        "ReadSummary": ("GET /sessions/{session_id}/copilot/summary", path, None),
        "GenerateSummary": ("POST /sessions/{session_id}/copilot/summary", path, None),
        "EditSummary": ("PUT /sessions/{session_id}/copilot/summary", path, None),
        "ReadBriefing": ("GET /sessions/{session_id}/copilot/briefing", path, None),
        "GenerateBriefing": ("POST /sessions/{session_id}/copilot/briefing", path, None),
        "PushToPsa": ("POST /sessions/{session_id}/psa-push", path, None),
        "ListPsaPushes": ("GET /sessions/{session_id}/psa-pushes", path, None),
    }


def _pick(links: dict[str, tuple[str, dict[str, Expr], Expr]], *names: str) -> dict[str, Any]:
    return {name: links[name] for name in names}


def _step(step_id: str) -> dict[str, tuple[str, dict[str, Expr], Expr]]:
    path = {"step_id": step_id}
    return {
        "ReadStep": ("GET /steps/{step_id}", path, None),
        "UpdateStep": ("PATCH /steps/{step_id}", path, None),
        "RateStep": ("PUT /steps/{step_id}/rating", path, None),
        "RemoveRating": ("DELETE /steps/{step_id}/rating", path, None),
        "ListRatings": ("GET /steps/{step_id}/ratings", path, None),
        "InsertIntoDraft": ("POST /steps/{step_id}/insert", path, None),
        "DeleteStep": ("DELETE /steps/{step_id}", path, None),
    }


def _schedule(schedule_id: str) -> dict[str, tuple[str, dict[str, Expr], Expr]]:
    path = {"schedule_id": schedule_id}
    return {
        "ReadSchedule": ("GET /maintenance/schedules/{schedule_id}", path, None),
        "UpdateSchedule": ("PUT /maintenance/schedules/{schedule_id}", path, None),
        "ListTargets": ("GET /maintenance/schedules/{schedule_id}/targets", path, None),
        "AddTarget": ("POST /maintenance/schedules/{schedule_id}/targets", path, None),
        "ImportTargets": ("POST /maintenance/schedules/{schedule_id}/targets/import", path, None),
        "StartRun": ("POST /maintenance/schedules/{schedule_id}/runs", path, None),
        "ListRuns": ("GET /maintenance/runs", {"schedule_id": schedule_id}, None),
        "DeleteSchedule": ("DELETE /maintenance/schedules/{schedule_id}", path, None),
    }


def _run(run_id: str) -> dict[str, tuple[str, dict[str, Expr], Expr]]:
    path = {"run_id": run_id}
    return {
        "ReadRun": ("GET /maintenance/runs/{run_id}", path, None),
        "ReadMatrix": ("GET /maintenance/runs/{run_id}/matrix", path, None),
        "DownloadReport": ("GET /maintenance/runs/{run_id}/report", path, None),
        "BulkComplete": ("POST /maintenance/runs/{run_id}/bulk", path, None),
    }


def _team(team_ref: str) -> dict[str, tuple[str, dict[str, Expr], Expr]]:
    path = {"team_ref": team_ref}
    return {
        "ReadTeam": ("GET /teams/{team_ref}", path, None),
        "ReadSessionPolicy": ("GET /teams/{team_ref}/session-policy", path, None),
        "ListMembers": ("GET /teams/{team_ref}/members", path, None),
        "ListInvitations": ("GET /teams/{team_ref}/invitations", path, None),
        "Invite": ("POST /teams/{team_ref}/invitations", path, None),
        "ReadRedactionRules": ("GET /teams/{team_ref}/redaction-rules", path, None),
        "PreviewRedaction": ("POST /teams/{team_ref}/redaction/preview", path, None),
    }


_FLOW, _SESSION = _flow(), _session()
_IN_PATH = {"flow_id": "$request.path.flow_id"}
_VERSION = "$response.body#/number"
_CREATED = "$response.body#/created/0/flow_id"
_FIRST_ITEM = "$response.body#/items/0/id"
_RUN_SESSION = "$response.body#/rows/0/session_id"
_REQUEST_TEAM = "$request.path.team_ref"

# source "METHOD /path" -> status -> link name -> (target "METHOD /path", parameters, request body or None)
LINKS: dict[str, dict[str, dict[str, tuple[str, dict[str, Expr], Expr]]]] = {
    # Flows: create -> edit the draft -> validate -> publish -> start sessions; export -> import.
    "POST /flows": {"201": _FLOW},
    "GET /flows": {"200": _pick(_flow("/items/0"), "ReadFlow", "StartSession", "Duplicate", "ExportFlow")},
    "GET /flows/{flow_id}": {"200": _pick(_FLOW, "SaveDraft", "Publish", "StartSession", "UpdateFlow")},
    "PATCH /flows/{flow_id}": {"200": _pick(_FLOW, "ReadFlow", "SaveDraft")},
    "PUT /flows/{flow_id}/draft": {"200": _draft()},
    "DELETE /flows/{flow_id}/draft": {"200": _pick(_FLOW, "SaveDraft", "Publish", "ReadFlow")},
    "POST /flows/{flow_id}/validate": {"200": {"Publish": ("POST /flows/{flow_id}/publish", _IN_PATH, None)}},
    "POST /flows/{flow_id}/publish": {
        "201": {
            "StartSession": ("POST /sessions", {}, {"flow_id": "$request.path.flow_id", "version": _VERSION}),
            "ReadVersion": ("GET /flows/{flow_id}", {**_IN_PATH, "version": _VERSION}, None),
            "ExportVersion": ("GET /flows/{flow_id}/export", {**_IN_PATH, "version": _VERSION}, None),
            "ExportPublished": (
                "POST /flows/export",
                {},
                {"flow_ids": ["$request.path.flow_id"], "published_only": True},
            ),
            "DiffWithDraft": ("GET /flows/{flow_id}/diff", {**_IN_PATH, "from": _VERSION}, None),
            "ListVersions": ("GET /flows/{flow_id}/versions", _IN_PATH, None),
            "VersionInsights": ("GET /flows/{flow_id}/insights", {**_IN_PATH, "version": _VERSION}, None),
            "ScheduleMaintenance": ("POST /maintenance/schedules", {}, {"flow_id": "$request.path.flow_id"}),
            "Archive": ("POST /flows/{flow_id}/archive", _IN_PATH, None),
            "DeleteFlow": ("DELETE /flows/{flow_id}", _IN_PATH, None),
        }
    },
    "POST /flows/{flow_id}/duplicate": {"201": _FLOW},
    "POST /flows/{flow_id}/archive": {"200": _pick(_FLOW, "Unarchive", "StartSession", "ReadFlow", "SaveDraft")},
    "POST /flows/{flow_id}/unarchive": {"200": _pick(_FLOW, "Archive", "StartSession", "Publish")},
    "GET /flows/{flow_id}/export": {"200": {"ImportFlows": ("POST /flows/import", {}, "$response.body")}},
    "POST /flows/export": {"200": {"ImportFlows": ("POST /flows/import", {}, "$response.body")}},
    "POST /flows/import": {"201": _pick(_flow(), "ReadFlow", "Publish", "StartSession", "SaveDraft")},
    # Sessions: start -> events (each answer's last_seq is the next expected_seq) -> end -> document, share.
    "POST /sessions": {"201": _SESSION},
    "GET /sessions": {"200": _pick(_session("/items/0"), "ReadSession", "ListEvents", "DownloadDocument")},
    "GET /sessions/{session_id}": {"200": _SESSION},
    "POST /sessions/{session_id}/events": {
        "201": _pick(
            _session("/session"),
            "AppendEvent",
            "ActOnCurrentNode",
            "ReadSession",
            "ListEvents",
            "DownloadDocument",
            "PreviewDocument",
            "Share",
            "Escalate",
            "Suggest",
            "GenerateSummary",
            "GenerateBriefing",
            "PushToPsa",
        )
    },
    "POST /sessions/{session_id}/escalate": {
        "200": _pick(_session("/session"), "TakeOver", "ReadBriefing", "GenerateBriefing", "AppendEvent", "ReadSession")
    },
    "POST /sessions/{session_id}/take-over": {
        "200": _pick(_session("/session"), "AppendEvent", "ActOnCurrentNode", "ReadBriefing", "ReadSession")
    },
    "GET /escalations": {"200": _pick(_session("/items/0/session"), "TakeOver", "ReadBriefing", "ReadSession")},
    "POST /sessions/{session_id}/shares": {
        "201": {
            "ViewShared": ("GET /shared/{token}", {"token": "$response.body#/token"}, None),
            "RevokeShare": (
                "DELETE /sessions/{session_id}/shares/{share_id}",
                {"session_id": "$response.body#/session_id", "share_id": ID},
                None,
            ),
            "ListShares": ("GET /sessions/{session_id}/shares", {"session_id": "$response.body#/session_id"}, None),
        }
    },
    "POST /sessions/{session_id}/copilot/summary": {
        "200": {
            "EditSummary": (
                "PUT /sessions/{session_id}/copilot/summary",
                {"session_id": "$response.body#/session_id"},
                None,
            ),
            "ReadSummary": (
                "GET /sessions/{session_id}/copilot/summary",
                {"session_id": "$response.body#/session_id"},
                None,
            ),
        }
    },
    # The step library: create -> read, rate (review), insert into a draft.
    "POST /steps": {"201": _step(ID)},
    "GET /steps": {"200": _pick(_step(_FIRST_ITEM), "ReadStep", "RateStep", "InsertIntoDraft")},
    "PATCH /steps/{step_id}": {"200": _pick(_step(ID), "ReadStep", "DeleteStep")},
    "PUT /steps/{step_id}/rating": {
        "200": _pick(_step("$request.path.step_id"), "ListRatings", "RemoveRating", "ReadStep", "RateStep")
    },
    # Categories and folders: create -> rename, file flows in them, nest (folders), delete.
    "POST /categories": {
        "201": {
            "RenameCategory": ("PATCH /categories/{category_id}", {"category_id": ID}, None),
            "CreateFlowInCategory": ("POST /flows", {}, {"category_id": ID}),
            "ListFlowsInCategory": ("GET /flows", {"category_id": ID}, None),
            "DeleteCategory": ("DELETE /categories/{category_id}", {"category_id": ID}, None),
        }
    },
    "PATCH /categories/{category_id}": {
        "200": {"DeleteCategory": ("DELETE /categories/{category_id}", {"category_id": ID}, None)}
    },
    "POST /folders": {
        "201": {
            "UpdateFolder": ("PATCH /folders/{folder_id}", {"folder_id": ID}, None),
            "CreateSubfolder": ("POST /folders", {}, {"parent_id": ID}),
            # Moving a folder under its own child must be refused.
            "MoveParentUnderChild": (
                "PATCH /folders/{folder_id}",
                {"folder_id": "$response.body#/parent_id"},
                {"parent_id": ID},
            ),
            "CreateFlowInFolder": ("POST /flows", {}, {"folder_id": ID}),
            "ListFlowsInFolder": ("GET /flows", {"folder_id": ID}, None),
            "DeleteFolder": ("DELETE /folders/{folder_id}", {"folder_id": ID}, None),
        }
    },
    # Maintenance: schedule -> targets (one by one or a CSV) -> run -> matrix -> bulk completion, report.
    "POST /maintenance/schedules": {"201": _schedule(ID)},
    "GET /maintenance/schedules": {"200": _pick(_schedule(_FIRST_ITEM), "ReadSchedule", "StartRun", "ListTargets")},
    "PUT /maintenance/schedules/{schedule_id}": {"200": _pick(_schedule(ID), "ReadSchedule", "StartRun", "AddTarget")},
    "POST /maintenance/schedules/{schedule_id}/targets": {
        "201": {
            **_pick(_schedule("$request.path.schedule_id"), "StartRun", "ListTargets"),
            "UpdateTarget": (
                "PUT /maintenance/schedules/{schedule_id}/targets/{target_id}",
                {"schedule_id": "$request.path.schedule_id", "target_id": ID},
                None,
            ),
            "DeleteTarget": (
                "DELETE /maintenance/schedules/{schedule_id}/targets/{target_id}",
                {"schedule_id": "$request.path.schedule_id", "target_id": ID},
                None,
            ),
        }
    },
    "POST /maintenance/schedules/{schedule_id}/targets/import": {
        "200": _pick(_schedule("$request.path.schedule_id"), "StartRun", "ListTargets")
    },
    "POST /maintenance/schedules/{schedule_id}/runs": {"201": _run(ID), "200": _run(ID)},
    "GET /maintenance/runs": {"200": _pick(_run(_FIRST_ITEM), "ReadMatrix", "ReadRun")},
    "GET /maintenance/runs/{run_id}/matrix": {
        "200": {
            "BulkComplete": (
                "POST /maintenance/runs/{run_id}/bulk",
                {"run_id": "$request.path.run_id"},
                {"cells": [{"session_id": _RUN_SESSION, "node_id": "$response.body#/columns/0/node_id"}]},
            ),
            "CompleteStep": (
                "POST /sessions/{session_id}/events",
                {"session_id": _RUN_SESSION},
                {
                    "expected_seq": "$response.body#/rows/0/last_seq",
                    "event": {"type": "step_completed", "node_id": "$response.body#/columns/0/node_id"},
                },
            ),
            "ReadRunSession": ("GET /sessions/{session_id}", {"session_id": _RUN_SESSION}, None),
            "DownloadReport": ("GET /maintenance/runs/{run_id}/report", {"run_id": "$request.path.run_id"}, None),
        }
    },
    "POST /maintenance/runs/{run_id}/bulk": {
        "200": _pick(_run("$request.path.run_id"), "ReadMatrix", "ReadRun", "DownloadReport", "BulkComplete")
    },
    # FlowPilot: conversations, the flow builder's draft, the review queue's proposals.
    "GET /copilot/conversations": {
        "200": {
            "ReadConversation": (
                "GET /copilot/conversations/{conversation_id}",
                {"conversation_id": "$response.body#/0/id"},
                None,
            ),
            "ContinueChat": ("POST /copilot/chat", {}, {"conversation_id": "$response.body#/0/id"}),
            "DeleteConversation": (
                "DELETE /copilot/conversations/{conversation_id}",
                {"conversation_id": "$response.body#/0/id"},
                None,
            ),
        }
    },
    "POST /copilot/flows/build": {"201": _pick(_flow("/flow"), "ReadFlow", "SaveDraft", "ValidateDraft", "Publish")},
    "GET /proposals": {
        "200": {
            "ReadProposal": ("GET /proposals/{proposal_id}", {"proposal_id": _FIRST_ITEM}, None),
            "AcceptProposal": ("POST /proposals/{proposal_id}/accept", {"proposal_id": _FIRST_ITEM}, None),
            "RejectProposal": ("POST /proposals/{proposal_id}/reject", {"proposal_id": _FIRST_ITEM}, None),
        }
    },
    "POST /proposals/{proposal_id}/accept": {
        "200": {
            "ReadResultFlow": ("GET /flows/{flow_id}", {"flow_id": "$response.body#/result_flow_id"}, None),
            "PublishResultFlow": ("POST /flows/{flow_id}/publish", {"flow_id": "$response.body#/result_flow_id"}, None),
        }
    },
    # Teams: invitations, the session policy and redaction rules (read -> write back -> preview).
    "GET /teams": {"200": _team("$response.body#/0/id")},
    "POST /teams/{team_ref}/invitations": {
        "201": {
            "RevokeInvitation": (
                "DELETE /teams/{team_ref}/invitations/{invitation_id}",
                {"team_ref": _REQUEST_TEAM, "invitation_id": ID},
                None,
            ),
            "ListInvitations": ("GET /teams/{team_ref}/invitations", {"team_ref": _REQUEST_TEAM}, None),
        }
    },
    "GET /teams/{team_ref}/invitations": {
        "200": {
            "RevokeInvitation": (
                "DELETE /teams/{team_ref}/invitations/{invitation_id}",
                {"team_ref": _REQUEST_TEAM, "invitation_id": "$response.body#/0/id"},
                None,
            ),
        }
    },
    "GET /teams/{team_ref}/session-policy": {
        "200": {
            "WriteBack": (
                "PUT /teams/{team_ref}/session-policy",
                {"team_ref": _REQUEST_TEAM},
                {
                    "idle_timeout_minutes": "$response.body#/idle_timeout_minutes",
                    "absolute_lifetime_hours": "$response.body#/absolute_lifetime_hours",
                },
            )
        }
    },
    "GET /teams/{team_ref}/redaction-rules": {
        "200": {
            "WriteBack": (
                "PUT /teams/{team_ref}/redaction-rules",
                {"team_ref": _REQUEST_TEAM},
                {"categories": "$response.body#/categories", "rules": "$response.body#/rules"},
            )
        }
    },
    "PUT /teams/{team_ref}/redaction-rules": {
        "200": {
            "PreviewRedaction": ("POST /teams/{team_ref}/redaction/preview", {"team_ref": _REQUEST_TEAM}, None),
            "ReadRedactionRules": ("GET /teams/{team_ref}/redaction-rules", {"team_ref": _REQUEST_TEAM}, None),
        }
    },
}

_REQUEST_PATH = re.compile(r"\$request\.path\.([A-Za-z0-9_]+)")


def _expressions(value: Expr) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _expressions(item)
    elif isinstance(value, list):
        for item in value:
            yield from _expressions(item)


def _operation(schema: dict[str, Any], prefix: str, key: str) -> dict[str, Any]:
    method, path = key.split(" ", 1)
    try:
        operation: dict[str, Any] = schema["paths"][prefix + path][method.lower()]
    except KeyError:
        raise ValueError(f"OpenAPI link: no operation {key}") from None
    return operation


def document_links(schema: dict[str, Any], prefix: str) -> dict[str, Any]:
    """Add `LINKS` to the responses of the document's operations."""
    for source_key, statuses in LINKS.items():
        source = _operation(schema, prefix, source_key)
        source_path_params = {p["name"] for p in source.get("parameters", []) if p["in"] == "path"}
        for status, links in statuses.items():
            if status not in source["responses"]:
                raise ValueError(f"OpenAPI link: {source_key} does not answer {status}")
            documented = source["responses"][status].setdefault("links", {})
            for name, (target_key, parameters, body) in links.items():
                target = _operation(schema, prefix, target_key)
                locations = {p["name"]: p["in"] for p in target.get("parameters", [])}
                for expression in _expressions([parameters, body]):
                    for used in _REQUEST_PATH.findall(expression):
                        if used not in source_path_params:
                            raise ValueError(f"OpenAPI link {source_key} {name}: no path parameter {used}")
                link: dict[str, Any] = {"operationId": target["operationId"]}
                if parameters:
                    unknown = set(parameters) - set(locations)
                    if unknown:
                        raise ValueError(f"OpenAPI link {source_key} {name}: {target_key} has no {sorted(unknown)}")
                    link["parameters"] = {f"{locations[n]}.{n}": value for n, value in parameters.items()}
                if body is not None:
                    if "requestBody" not in target:
                        raise ValueError(f"OpenAPI link {source_key} {name}: {target_key} takes no body")
                    link["requestBody"] = body
                documented[name] = link
    return schema
