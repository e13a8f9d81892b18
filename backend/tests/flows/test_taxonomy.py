"""Categories, nested folders and tags: team admins organise, everyone reads, teams stay apart."""

from typing import Any

import pytest

from tests.factories import Factory, Member, auth_headers
from tests.flows.test_flows_api import create

API = "/api/v1"


@pytest.fixture
async def admin(factory: Factory) -> Member:
    return await factory.member(role="team_admin")


async def test_categories_crud_with_flow_counts(client, admin: Member) -> None:
    headers = await auth_headers(client, admin)
    created = await client.post(f"{API}/categories", json={"name": "Email"}, headers=headers)
    assert created.status_code == 201
    category_id = created.json()["id"]
    await create(client, headers, category_id=category_id)

    listed = (await client.get(f"{API}/categories", headers=headers)).json()
    assert [(c["name"], c["flow_count"]) for c in listed] == [("Email", 1)]
    duplicate = await client.post(f"{API}/categories", json={"name": "Email"}, headers=headers)
    assert duplicate.status_code == 409
    assert duplicate.json()["detail"] == "category_exists"
    renamed = await client.patch(f"{API}/categories/{category_id}", json={"name": "Mail"}, headers=headers)
    assert renamed.json()["name"] == "Mail"
    assert (await client.delete(f"{API}/categories/{category_id}", headers=headers)).status_code == 204
    flows = (await client.get(f"{API}/flows", headers=headers)).json()["items"]
    assert flows[0]["category_id"] is None


async def test_engineers_read_but_do_not_manage_the_taxonomy(client, factory: Factory, admin: Member) -> None:
    engineer = await factory.member(admin.team, "engineer")
    headers = await auth_headers(client, engineer)
    assert (await client.get(f"{API}/categories", headers=headers)).status_code == 200
    assert (await client.post(f"{API}/categories", json={"name": "X"}, headers=headers)).status_code == 403
    assert (await client.post(f"{API}/folders", json={"name": "X"}, headers=headers)).status_code == 403


async def test_folders_nest_move_and_refuse_cycles(client, admin: Member) -> None:
    headers = await auth_headers(client, admin)

    async def folder(name: str, parent: str | None = None) -> str:
        response = await client.post(f"{API}/folders", json={"name": name, "parent_id": parent}, headers=headers)
        assert response.status_code == 201, response.text
        folder_id: str = response.json()["id"]
        return folder_id

    m365 = await folder("Microsoft 365")
    outlook = await folder("Outlook", m365)
    deep = await folder("Profiles", outlook)

    cycle = await client.patch(f"{API}/folders/{m365}", json={"parent_id": deep}, headers=headers)
    assert cycle.status_code == 422
    assert cycle.json()["detail"] == "folder_cycle"
    itself = await client.patch(f"{API}/folders/{m365}", json={"parent_id": m365}, headers=headers)
    assert itself.json()["detail"] == "folder_cycle"

    moved = await client.patch(f"{API}/folders/{deep}", json={"parent_id": None}, headers=headers)
    assert moved.json()["parent_id"] is None
    same_name = await client.post(f"{API}/folders", json={"name": "Outlook", "parent_id": m365}, headers=headers)
    assert same_name.json()["detail"] == "folder_exists"

    await create(client, headers, folder_id=outlook)
    assert (await client.delete(f"{API}/folders/{m365}", headers=headers)).status_code == 204
    names = [f["name"] for f in (await client.get(f"{API}/folders", headers=headers)).json()]
    assert names == ["Profiles"]  # Outlook went with its parent; the flow stays, outside any folder
    assert (await client.get(f"{API}/flows", headers=headers)).json()["items"][0]["folder_id"] is None


async def test_tags_are_counted(client, admin: Member) -> None:
    headers = await auth_headers(client, admin)
    await create(client, headers, tags=["vpn", "network"])
    await create(client, headers, tags=["vpn"])
    tags = (await client.get(f"{API}/tags", headers=headers)).json()
    assert tags == [{"tag": "vpn", "flow_count": 2}, {"tag": "network", "flow_count": 1}]


async def test_a_flow_cannot_point_at_another_teams_category_or_folder(client, factory: Factory) -> None:
    other = await auth_headers(client, await factory.member(role="team_admin"))
    foreign_category = (await client.post(f"{API}/categories", json={"name": "Theirs"}, headers=other)).json()["id"]
    foreign_folder = (await client.post(f"{API}/folders", json={"name": "Theirs"}, headers=other)).json()["id"]
    mine = await auth_headers(client, await factory.member(role="engineer"))
    for field, value, code in (
        ("category_id", foreign_category, "category_not_found"),
        ("folder_id", foreign_folder, "folder_not_found"),
    ):
        response = await client.post(
            f"{API}/flows", json={"kind": "procedural", "title": "X", field: value}, headers=mine
        )
        assert response.status_code == 404
        assert response.json()["detail"] == code


TAXONOMY_ENDPOINTS: list[tuple[str, str, Any]] = [
    ("PATCH", "categories/{category}", {"name": "Taken"}),
    ("DELETE", "categories/{category}", None),
    ("PATCH", "folders/{folder}", {"name": "Taken"}),
    ("DELETE", "folders/{folder}", None),
    ("POST", "folders", {"name": "Child", "parent_id": "{folder}"}),
]


@pytest.mark.parametrize(("method", "path", "body"), TAXONOMY_ENDPOINTS)
async def test_another_teams_taxonomy_is_not_found(client, factory: Factory, method: str, path: str, body: Any) -> None:
    owner = await auth_headers(client, await factory.member(role="team_admin"))
    ids = {
        "category": (await client.post(f"{API}/categories", json={"name": "Mine"}, headers=owner)).json()["id"],
        "folder": (await client.post(f"{API}/folders", json={"name": "Mine"}, headers=owner)).json()["id"],
    }
    stranger = await auth_headers(client, await factory.member(role="team_admin"))
    if body and "parent_id" in body:
        body = {**body, "parent_id": ids["folder"]}
    response = await client.request(method, f"{API}/{path.format(**ids)}", json=body, headers=stranger)
    assert response.status_code == 404
    assert (await client.get(f"{API}/categories", headers=stranger)).json() == []
    assert [c["name"] for c in (await client.get(f"{API}/categories", headers=owner)).json()] == ["Mine"]
    assert [f["name"] for f in (await client.get(f"{API}/folders", headers=owner)).json()] == ["Mine"]


async def test_top_level_folders_cannot_share_a_name(client, admin: Member) -> None:
    headers = await auth_headers(client, admin)
    assert (await client.post(f"{API}/folders", json={"name": "Networking"}, headers=headers)).status_code == 201
    again = await client.post(f"{API}/folders", json={"name": "Networking"}, headers=headers)
    assert again.status_code == 409
    assert again.json()["detail"] == "folder_exists"
