"""Flow export and import: the versioned format, round trips between teams, all-or-nothing import."""

import asyncio
import json
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import func, select

from app.flows.models import Category, Flow, Folder
from app.flows.taxonomy import join_folder_path, split_folder_path
from app.flows.transfer import SCHEMA_FILE, FlowExport, schema_file_text
from tests.conftest import LiveApp
from tests.factories import Factory, Member, auth_headers, login
from tests.flows.test_flows_api import FLOWS, create, dead_end_graph, valid_graph

API = "/api/v1"
IMPORT = f"{FLOWS}/import"
EXPORT = f"{FLOWS}/export"
JSON = {"Content-Type": "application/json"}
MIB = 1024 * 1024


@pytest.fixture
async def admin(factory: Factory) -> Member:
    return await factory.member(role="team_admin")


async def _folder(client: Any, headers: dict[str, str], path: list[str]) -> str:
    parent = None
    for name in path:
        response = await client.post(f"{API}/folders", json={"name": name, "parent_id": parent}, headers=headers)
        assert response.status_code == 201, response.text
        parent = response.json()["id"]
    assert parent is not None
    return parent


async def _category(client: Any, headers: dict[str, str], name: str) -> str:
    response = await client.post(f"{API}/categories", json={"name": name}, headers=headers)
    assert response.status_code == 201, response.text
    category_id: str = response.json()["id"]
    return category_id


async def _library(client: Any, headers: dict[str, str]) -> list[dict[str, Any]]:
    """Two flows: one in a category and a nested folder, one with neither."""
    category = await _category(client, headers, "Email")
    folder = await _folder(client, headers, ["Microsoft 365", "Outlook"])
    first = await create(
        client, headers, category_id=category, folder_id=folder, tags=["outlook", "m365"], description="**Why**"
    )
    second = await create(client, headers, kind="procedural", title="Onboarding", graph=valid_graph(("A", "B", "C")))
    return [first, second]


def _entry(title: str = "Imported flow", **fields: Any) -> dict[str, Any]:
    return {"kind": "troubleshooting", "title": title, "graph": valid_graph(), **fields}


def _document(*entries: dict[str, Any]) -> dict[str, Any]:
    return {"format": "resolutionflow.flows", "version": 1, "flows": list(entries)}


async def _count(db: Any, model: Any, team_id: uuid.UUID) -> int:
    return int((await db.execute(select(func.count()).select_from(model).where(model.team_id == team_id))).scalar())


def _without_source(document: dict[str, Any]) -> list[dict[str, Any]]:
    return [{key: value for key, value in entry.items() if key != "source"} for entry in document["flows"]]


# --- export ----------------------------------------------------------------------------------


async def test_export_one_flow_writes_the_documented_format(client, admin: Member) -> None:
    headers = await auth_headers(client, admin)
    flow, _ = await _library(client, headers)

    response = await client.get(f"{FLOWS}/{flow['id']}/export", headers=headers)

    assert response.status_code == 200, response.text
    assert response.headers["content-disposition"] == 'attachment; filename="outlook-keeps-prompting.flow.json"'
    document = response.json()
    assert document["format"] == "resolutionflow.flows"
    assert document["version"] == 1
    assert document["exported_at"]
    [entry] = document["flows"]
    assert entry == {
        "kind": "troubleshooting",
        "title": "Outlook keeps prompting",
        "description": "**Why**",
        "category": "Email",
        "folder": "Microsoft 365/Outlook",
        "tags": ["m365", "outlook"],
        "graph": flow["graph"],
        "source": {"flow_id": flow["id"], "version": None},
    }
    FlowExport.model_validate(document)


async def test_export_of_a_specific_or_the_latest_published_version(client, admin: Member) -> None:
    headers = await auth_headers(client, admin)
    flow = await create(client, headers)
    url = f"{FLOWS}/{flow['id']}"
    unpublished = await client.get(f"{url}/export?published=true", headers=headers)
    assert unpublished.status_code == 409
    assert unpublished.json()["detail"] == "nothing_published"

    await client.post(f"{url}/publish", json={}, headers=headers)
    await client.put(f"{url}/draft", json={"revision": 1, "graph": valid_graph(("A", "B", "C"))}, headers=headers)
    await client.post(f"{url}/publish", json={}, headers=headers)
    await client.put(f"{url}/draft", json={"revision": 2, "graph": dead_end_graph()}, headers=headers)

    def exported(response: Any) -> tuple[int | None, int]:
        assert response.status_code == 200, response.text
        [entry] = response.json()["flows"]
        return entry["source"]["version"], len(entry["graph"]["nodes"])

    assert exported(await client.get(f"{url}/export?version=1", headers=headers)) == (1, 3)
    assert exported(await client.get(f"{url}/export?published=true", headers=headers)) == (2, 4)
    assert exported(await client.get(f"{url}/export", headers=headers)) == (None, 1)  # the draft
    missing = await client.get(f"{url}/export?version=9", headers=headers)
    assert missing.status_code == 404
    assert missing.json()["detail"] == "version_not_found"
    both = await client.get(f"{url}/export?version=1&published=true", headers=headers)
    assert both.status_code == 422


async def test_export_many_keeps_the_order_and_can_take_published_versions(client, admin: Member) -> None:
    headers = await auth_headers(client, admin)
    first, second = await _library(client, headers)
    ids = [second["id"], first["id"], second["id"]]

    drafts = await client.post(EXPORT, json={"flow_ids": ids}, headers=headers)
    assert drafts.status_code == 200, drafts.text
    assert [entry["source"] for entry in drafts.json()["flows"]] == [
        {"flow_id": second["id"], "version": None},
        {"flow_id": first["id"], "version": None},
    ]
    assert drafts.headers["content-disposition"] == 'attachment; filename="resolutionflow-2-flows.json"'

    await client.post(f"{FLOWS}/{first['id']}/publish", json={}, headers=headers)
    refused = await client.post(EXPORT, json={"flow_ids": ids, "published_only": True}, headers=headers)
    assert refused.status_code == 409
    assert refused.json()["detail"] == "nothing_published"
    assert second["id"] in refused.json()["message"]

    await client.post(f"{FLOWS}/{second['id']}/publish", json={}, headers=headers)
    published = await client.post(EXPORT, json={"flow_ids": ids, "published_only": True}, headers=headers)
    assert [entry["source"]["version"] for entry in published.json()["flows"]] == [1, 1]


async def test_viewers_may_export(client, factory: Factory, admin: Member) -> None:
    flow = await create(client, await auth_headers(client, admin))
    viewer = await factory.member(admin.team, "viewer")
    headers = await auth_headers(client, viewer)
    assert (await client.get(f"{FLOWS}/{flow['id']}/export", headers=headers)).status_code == 200
    assert (await client.post(EXPORT, json={"flow_ids": [flow["id"]]}, headers=headers)).status_code == 200


async def test_export_of_another_teams_flow_is_404_and_exports_nothing(client, factory: Factory) -> None:
    owner = await factory.member(role="engineer")
    flow = await create(client, await auth_headers(client, owner))
    stranger = await factory.member(role="team_admin")
    headers = await auth_headers(client, stranger)
    mine = await create(client, headers)

    single = await client.get(f"{FLOWS}/{flow['id']}/export", headers=headers)
    assert single.status_code == 404
    assert single.json()["detail"] == "flow_not_found"
    for ids in ([mine["id"], flow["id"]], [mine["id"], str(uuid.uuid4())]):
        many = await client.post(EXPORT, json={"flow_ids": ids}, headers=headers)
        assert many.status_code == 404
        assert many.json()["detail"] == "flow_not_found"
        assert "flows" not in many.json()


@pytest.mark.parametrize(
    "body",
    [{"flow_ids": []}, {"flow_ids": ["not-a-uuid"]}, {"flow_ids": [str(uuid.uuid4())] * 501}, {"flow_ids": None}],
)
async def test_bad_export_requests_are_422(client, admin: Member, body: dict[str, Any]) -> None:
    response = await client.post(EXPORT, json=body, headers=await auth_headers(client, admin))
    assert response.status_code == 422
    assert response.json()["detail"] == "validation_error"


# --- import ----------------------------------------------------------------------------------


async def test_export_round_trips_through_import_into_another_team(client, factory: Factory, admin: Member, db) -> None:
    source_headers = await auth_headers(client, admin)
    flows = await _library(client, source_headers)
    exported = (await client.post(EXPORT, json={"flow_ids": [f["id"] for f in flows]}, headers=source_headers)).json()

    engineer = await factory.member(role="engineer")  # another team
    headers = await auth_headers(client, engineer)
    response = await client.post(IMPORT, json=exported, headers=headers)

    assert response.status_code == 201, response.text
    result = response.json()
    assert result["categories_created"] == ["Email"]
    assert result["folders_created"] == ["Microsoft 365", "Microsoft 365/Outlook"]
    created = result["created"]
    assert [(c["index"], c["title"], c["source_flow_id"]) for c in created] == [
        (0, "Outlook keeps prompting", flows[0]["id"]),
        (1, "Onboarding", flows[1]["id"]),
    ]
    assert {c["flow_id"] for c in created}.isdisjoint({f["id"] for f in flows})  # ids remapped

    for original, made in zip(flows, created, strict=True):
        copy = (await client.get(f"{FLOWS}/{made['flow_id']}", headers=headers)).json()
        assert copy["graph"] == original["graph"]  # node ids kept
        assert copy["status"] == "draft"
        assert copy["latest_version"] == 0
        assert copy["owner_id"] == str(engineer.user.id)
    categories = (await client.get(f"{API}/categories", headers=headers)).json()
    assert [(c["name"], c["flow_count"]) for c in categories] == [("Email", 1)]
    assert await _count(db, Folder, engineer.team.id) == 2

    again = (await client.post(EXPORT, json={"flow_ids": [c["flow_id"] for c in created]}, headers=headers)).json()
    assert _without_source(again) == _without_source(exported)
    # The source team is untouched.
    assert await _count(db, Flow, admin.team.id) == 2


async def test_import_uses_existing_categories_and_folders(client, factory: Factory, admin: Member, db) -> None:
    headers = await auth_headers(client, admin)
    category = await _category(client, headers, "Email")
    folder = await _folder(client, headers, ["Microsoft 365", "Outlook"])
    document = _document(
        _entry("One", category="Email", folder="Microsoft 365/Outlook"),
        _entry("Two", category="Network", folder=" Microsoft 365 / Teams "),
    )

    result = (await client.post(IMPORT, json=document, headers=headers)).json()

    assert result["categories_created"] == ["Network"]
    assert result["folders_created"] == ["Microsoft 365/Teams"]
    one = (await client.get(f"{FLOWS}/{result['created'][0]['flow_id']}", headers=headers)).json()
    assert (one["category_id"], one["folder_id"]) == (category, folder)
    assert await _count(db, Category, admin.team.id) == 2
    assert await _count(db, Folder, admin.team.id) == 3


async def test_folder_names_with_slashes_round_trip(client, admin: Member) -> None:
    headers = await auth_headers(client, admin)
    folder = await _folder(client, headers, ["Backup/DR", "Veeam"])
    flow = await create(client, headers, folder_id=folder)
    exported = (await client.get(f"{FLOWS}/{flow['id']}/export", headers=headers)).json()
    assert exported["flows"][0]["folder"] == "Backup\\/DR/Veeam"

    result = (await client.post(IMPORT, json=exported, headers=headers)).json()
    assert result["folders_created"] == []
    copy = (await client.get(f"{FLOWS}/{result['created'][0]['flow_id']}", headers=headers)).json()
    assert copy["folder_id"] == folder


def test_folder_paths_split_and_join() -> None:
    assert split_folder_path("Microsoft 365/Outlook") == ["Microsoft 365", "Outlook"]
    assert split_folder_path("/ a //b/ ") == ["a", "b"]
    assert split_folder_path("Backup\\/DR/C:\\\\temp") == ["Backup/DR", "C:\\temp"]
    for names in (["a"], ["Backup/DR", "x\\y", "z"], ["trailing\\"]):
        assert split_folder_path(join_folder_path(names)) == names


async def test_import_can_publish_every_flow_as_version_1(client, admin: Member) -> None:
    headers = await auth_headers(client, admin)
    response = await client.post(f"{IMPORT}?publish=true", json=_document(_entry("A"), _entry("B")), headers=headers)
    assert response.status_code == 201, response.text
    for made in response.json()["created"]:
        flow = (await client.get(f"{FLOWS}/{made['flow_id']}", headers=headers)).json()
        assert (flow["status"], flow["latest_version"]) == ("published", 1)
        versions = (await client.get(f"{FLOWS}/{made['flow_id']}/versions", headers=headers)).json()
        assert [(v["number"], v["change_note"], v["published_by_id"]) for v in versions] == [
            (1, "Imported", str(admin.user.id))
        ]


async def test_import_normalises_tags_and_accepts_loops(client, admin: Member) -> None:
    loop = {
        "start": "a",
        "nodes": [
            {"id": "a", "kind": "action", "title": "Restart the spooler"},
            {
                "id": "q",
                "kind": "question",
                "title": "Printing again?",
                "answers": [{"label": "No", "target": "a"}, {"label": "Yes", "target": "done"}],
            },
            {"id": "done", "kind": "resolution", "title": "Fixed"},
        ],
        "edges": [{"source": "a", "target": "q"}],
    }
    headers = await auth_headers(client, admin)
    entry = _entry(tags=[" Printer", "printer", "SPOOLER"], graph=loop)
    result = await client.post(IMPORT, json=_document(entry), headers=headers)
    assert result.status_code == 201, result.text
    flow = (await client.get(f"{FLOWS}/{result.json()['created'][0]['flow_id']}", headers=headers)).json()
    assert flow["tags"] == ["printer", "spooler"]


async def test_one_bad_flow_fails_the_whole_import_and_every_error_is_listed(client, admin: Member, db) -> None:
    headers = await auth_headers(client, admin)
    unreachable = valid_graph()
    unreachable["nodes"].append({"id": "orphan", "kind": "action", "title": "Never reached"})
    broken_node = valid_graph()
    broken_node["nodes"][1]["title"] = ""
    document = _document(
        _entry("Good", category="New category", folder="New/Folder"),
        _entry("Semantic", graph=unreachable),
        {"kind": "checklist", "graph": broken_node, "colour": "red"},
        _entry("Also good"),
        "not an object",
    )

    response = await client.post(IMPORT, json=document, headers=headers)

    assert response.status_code == 422, response.text
    body = response.json()
    assert body["detail"] == "import_invalid"
    errors = {error["index"]: error for error in body["errors"]}
    assert sorted(errors) == [1, 2, 4]
    semantic = errors[1]
    assert semantic["title"] == "Semantic"
    assert {(p["code"], p["node_id"]) for p in semantic["problems"]} == {
        ("unreachable_node", "orphan"),
        ("dead_end", "orphan"),
    }
    structural = errors[2]
    assert structural["title"] is None
    assert {(p["field"], p["code"], p["node_id"]) for p in structural["problems"]} == {
        ("kind", "enum", None),
        ("title", "missing", None),
        ("graph.nodes.1.title", "string_too_short", "end-0"),
        ("colour", "extra_forbidden", None),
    }
    assert errors[4]["problems"][0]["code"] == "model_type"
    # Nothing was created: no flows, and neither the category nor the folders of the good entry.
    for model in (Flow, Category, Folder):
        assert await _count(db, model, admin.team.id) == 0


async def test_an_invalid_entry_also_fails_an_import_with_publish(client, admin: Member, db) -> None:
    headers = await auth_headers(client, admin)
    document = _document(_entry("Good"), _entry("Dead end", graph=dead_end_graph()))
    response = await client.post(f"{IMPORT}?publish=true", json=document, headers=headers)
    assert response.status_code == 422
    assert [(e["index"], [p["code"] for p in e["problems"]]) for e in response.json()["errors"]] == [(1, ["dead_end"])]
    assert await _count(db, Flow, admin.team.id) == 0


async def test_concurrent_imports_create_a_missing_category_and_folder_once(live: LiveApp) -> None:
    token = (await login(live.client, live.members["engineer"]))["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    document = _document(_entry(category="Network", folder="Clients/Contoso"))

    responses = await asyncio.gather(*(live.client.post(IMPORT, json=document, headers=headers) for _ in range(3)))

    assert [r.status_code for r in responses] == [201, 201, 201], [r.text for r in responses]
    assert sorted(len(r.json()["categories_created"]) for r in responses) == [0, 0, 1]
    assert sorted(len(r.json()["folders_created"]) for r in responses) == [0, 0, 2]
    categories = (await live.client.get(f"{API}/categories", headers=headers)).json()
    assert [(c["name"], c["flow_count"]) for c in categories] == [("Network", 3)]
    assert len((await live.client.get(f"{API}/folders", headers=headers)).json()) == 2


@pytest.mark.parametrize(
    "document",
    [
        {**_document(_entry()), "format": "something.else"},
        {**_document(_entry()), "version": 2},
        {**_document(_entry()), "version": "1"},
        {"version": 1, "flows": [_entry()]},
        {**_document(_entry()), "extra": True},
        _document(),
        {**_document(), "flows": {"title": "not a list"}},
        {**_document(), "flows": [_entry()] * 501},
        [_entry()],
    ],
    ids=["format", "version", "version-string", "no-format", "extra", "empty", "not-a-list", "too-many", "bare"],
)
async def test_a_wrong_envelope_is_422(client, admin: Member, db, document: Any) -> None:
    response = await client.post(IMPORT, json=document, headers=await auth_headers(client, admin))
    assert response.status_code == 422, response.text
    assert response.json()["detail"] == "validation_error"
    assert await _count(db, Flow, admin.team.id) == 0


async def test_viewers_may_not_import(client, factory: Factory) -> None:
    viewer = await factory.member(role="viewer")
    response = await client.post(IMPORT, json=_document(_entry()), headers=await auth_headers(client, viewer))
    assert response.status_code == 403
    assert response.json()["detail"] == "insufficient_role"


async def test_import_needs_a_login(client) -> None:
    assert (await client.post(IMPORT, json=_document(_entry()))).status_code == 401


def _large_document(size: int) -> bytes:
    """A valid import of about `size` bytes: a chain of action nodes with long bodies."""
    per_node = 60_000
    count = size // per_node + 1
    nodes = [{"id": f"n{i}", "kind": "action", "title": f"Step {i}", "body": "x" * per_node} for i in range(count)]
    nodes.append({"id": "done", "kind": "resolution", "title": "Done"})
    edges = [{"source": f"n{i}", "target": f"n{i + 1}" if i + 1 < count else "done"} for i in range(count)]
    document = _document(_entry("Large", graph={"start": "n0", "nodes": nodes, "edges": edges}))
    return json.dumps(document).encode()


async def test_import_bodies_up_to_5_mib_are_accepted(client, admin: Member) -> None:
    body = _large_document(2 * MIB)
    assert 2 * MIB < len(body) < 3 * MIB
    response = await client.post(IMPORT, content=body, headers={**JSON, **await auth_headers(client, admin)})
    assert response.status_code == 201, response.text[:500]


async def test_import_bodies_over_5_mib_are_413(client, admin: Member, db) -> None:
    headers = {**JSON, **await auth_headers(client, admin)}
    body = _large_document(5 * MIB + 1000)
    assert len(body) > 5 * MIB
    declared = await client.post(IMPORT, content=body, headers=headers)
    assert declared.status_code == 413
    assert declared.json()["detail"] == "body_too_large"

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 256 * 1024):
            yield body[start : start + 256 * 1024]

    request = client.build_request("POST", IMPORT, content=chunks(), headers=headers)
    assert "content-length" not in request.headers
    streamed = await client.send(request)
    assert streamed.status_code == 413
    assert streamed.json()["detail"] == "body_too_large"
    assert await _count(db, Flow, admin.team.id) == 0


async def test_the_larger_limit_is_for_the_import_only(client, admin: Member) -> None:
    headers = {**JSON, **await auth_headers(client, admin)}
    response = await client.post(FLOWS, content=b" " * (2 * MIB), headers=headers)
    assert response.status_code == 413
    assert response.json()["detail"] == "body_too_large"


# --- the format's JSON Schema ------------------------------------------------------------------


def test_the_committed_json_schema_matches_the_models() -> None:
    committed = SCHEMA_FILE.read_text(encoding="utf-8") if SCHEMA_FILE.exists() else ""
    assert committed == schema_file_text(), (
        f"{SCHEMA_FILE.name} is stale; regenerate it with: cd backend && .venv/bin/python -m app.flows.transfer"
    )


def test_the_json_schema_describes_the_envelope() -> None:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["format"]["const"] == "resolutionflow.flows"
    assert schema["properties"]["version"]["const"] == 1
    assert set(schema["required"]) == {"format", "version", "flows"}
    assert schema["additionalProperties"] is False
    assert {"ExportedFlow", "Graph", "Node", "ExportSource"} <= set(schema["$defs"])
