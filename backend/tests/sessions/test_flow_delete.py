"""Deleting a flow that sessions use: refused until it is archived; then its sessions outlive it."""

from tests.factories import Factory, auth_headers
from tests.sessions.helpers import FLOWS, SESSIONS, answer, ended, events, note, post_event, published_flow, send, start


async def test_a_flow_in_use_is_deleted_only_once_archived_and_its_sessions_stay_readable(
    client, factory: Factory
) -> None:
    admin = await factory.member(role="team_admin")
    engineer = await factory.member(admin.team, "engineer")
    admin_headers, headers = await auth_headers(client, admin), await auth_headers(client, engineer)
    flow = await published_flow(client, headers)
    finished = await send(client, headers, await start(client, headers, flow["id"]), ended())
    running = await send(client, headers, await start(client, headers, flow["id"]), answer("ask", 1))

    refused = await client.delete(f"{FLOWS}/{flow['id']}", headers=admin_headers)
    assert refused.status_code == 409
    assert refused.json() | {"message": ""} == {"detail": "flow_in_use", "message": "", "session_count": 2}
    assert (await client.get(f"{FLOWS}/{flow['id']}", headers=headers)).status_code == 200

    await client.post(f"{FLOWS}/{flow['id']}/archive", headers=headers)
    assert (await client.delete(f"{FLOWS}/{flow['id']}", headers=admin_headers)).status_code == 204
    assert (await client.get(f"{FLOWS}/{flow['id']}", headers=headers)).status_code == 404

    # The open session was ended by the deleting admin; both are detached from the version.
    detached = (await client.get(f"{SESSIONS}/{running['id']}", headers=headers)).json()
    assert detached["flow"] == {"id": None, "version": None, "title": flow["title"]}
    assert (detached["status"], detached["summary"]) == ("abandoned", "Abandoned: the flow was deleted.")
    assert detached["current"] is None
    assert [(s["node_id"], s["title"], s["answer"]) for s in detached["path"]] == [
        ("ask", None, "No"),
        ("code", None, None),
    ]
    last = (await events(client, headers, running["id"]))[-1]
    assert (last["type"], last["author_id"], last["payload"]["outcome"]) == ("ended", str(admin.user.id), "abandoned")
    assert (await client.get(f"{SESSIONS}/{finished['id']}", headers=headers)).json()["status"] == "resolved"

    # Still the owner's: late notes go on; nothing else does.
    assert (await post_event(client, headers, detached, note("Flow retired; see the new VPN flow."))).status_code == 201
    listed = (await client.get(SESSIONS, headers=headers)).json()["items"]
    assert {item["id"] for item in listed} == {finished["id"], running["id"]}


async def test_a_flow_without_sessions_deletes_as_before(client, factory: Factory) -> None:
    admin = await factory.member(role="team_admin")
    flow = await published_flow(client, await auth_headers(client, admin))
    assert (await client.delete(f"{FLOWS}/{flow['id']}", headers=await auth_headers(client, admin))).status_code == 204
