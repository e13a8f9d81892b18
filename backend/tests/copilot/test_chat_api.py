"""The assistant: answers from the team's flows, steps and resolved sessions with citations, stored per user."""

import httpx

from tests.copilot.conftest import COPILOT, World, final, read_sse, streamed_text
from tests.factories import Factory, auth_headers
from tests.fakes.anthropic import FakeAnthropic
from tests.sessions.helpers import published_flow


async def ask(
    client: httpx.AsyncClient, headers: dict[str, str], message: str, conversation_id: str | None = None
) -> list:  # type: ignore[type-arg]
    body = {"message": message, **({"conversation_id": conversation_id} if conversation_id else {})}
    return await read_sse(await client.post(f"{COPILOT}/chat", json=body, headers=headers))


async def test_offline_answer_cites_flows_and_resolved_sessions(client: httpx.AsyncClient, world: World) -> None:
    stream = await ask(client, world.headers, "Outlook will not start, what should I check?")

    answer = final(stream, "answer")
    assert answer["known"] is True
    assert answer["provider"]["offline"] is True
    citations = answer["message"]["citations"]
    assert citations[0]["type"] == "flow"
    assert citations[0]["title"] == "Outlook won't start"
    assert citations[0]["link"] == f"/flows/{world.flow['id']}"
    assert any(citation["type"] == "session" and citation["link"].startswith("/sessions/") for citation in citations)
    assert all(f"[{citation['n']}]" in answer["message"]["content"] for citation in citations)
    assert streamed_text(stream).strip() == answer["message"]["content"]


async def test_says_when_it_does_not_know(client: httpx.AsyncClient, world: World, fake: FakeAnthropic) -> None:
    answer = final(await ask(client, world.headers, "zzqx frobnicate the quantum flux capacitor"), "answer")

    assert answer["known"] is False
    assert answer["message"]["citations"] == []
    assert answer["message"]["content"].startswith("I don't know")
    assert fake.requests == []  # nothing to ground an answer on: the model is not asked


async def test_model_answer_streams_and_keeps_only_real_citations(
    client: httpx.AsyncClient, world: World, fake: FakeAnthropic
) -> None:
    fake.reply(text="Start the flow “Outlook won't start” [1]; a colleague fixed it by disabling an add-in [9].")

    stream = await ask(client, world.headers, "Outlook will not start")

    answer = final(stream, "answer")
    assert answer["provider"]["provider"] == "anthropic"
    assert answer["provider"]["tier"] == "fast"
    assert [citation["n"] for citation in answer["message"]["citations"]] == [1]  # [9] does not exist
    assert len([name for name, _ in stream if name == "delta"]) > 2
    [request] = fake.requests
    content = request.body["messages"][-1]["content"]
    assert "sources>>>" in content
    assert "question>>>" in content
    assert "[1] (flow) Outlook won't start" in content


async def test_conversations_are_stored_per_user(client: httpx.AsyncClient, world: World, factory: Factory) -> None:
    first = final(await ask(client, world.headers, "Outlook will not start"), "answer")
    conversation_id = first["conversation_id"]
    follow_up = final(await ask(client, world.headers, "and after disabling add-ins?", conversation_id), "answer")
    assert follow_up["conversation_id"] == conversation_id

    mine = (await client.get(f"{COPILOT}/conversations", headers=world.headers)).json()
    assert [item["id"] for item in mine] == [conversation_id]
    assert mine[0]["title"] == "Outlook will not start"
    read = (await client.get(f"{COPILOT}/conversations/{conversation_id}", headers=world.headers)).json()
    assert [message["role"] for message in read["messages"]] == ["user", "assistant", "user", "assistant"]

    colleague = await auth_headers(client, await factory.member(world.team_engineer.team, "engineer"))
    stranger = await auth_headers(client, await factory.member(role="engineer"))
    for headers in (colleague, stranger):
        assert (await client.get(f"{COPILOT}/conversations", headers=headers)).json() == []
        refused = await client.get(f"{COPILOT}/conversations/{conversation_id}", headers=headers)
        assert (refused.status_code, refused.json()["detail"]) == (404, "conversation_not_found")
        continued = await client.post(
            f"{COPILOT}/chat", json={"message": "hi", "conversation_id": conversation_id}, headers=headers
        )
        assert continued.status_code == 404

    assert (await client.delete(f"{COPILOT}/conversations/{conversation_id}", headers=world.headers)).status_code == 204
    assert (await client.get(f"{COPILOT}/conversations/{conversation_id}", headers=world.headers)).status_code == 404


async def test_chat_input_is_checked(client: httpx.AsyncClient, world: World, factory: Factory) -> None:
    viewer = await auth_headers(client, await factory.member(world.team_engineer.team, "viewer"))
    for body in (
        {"message": ""},
        {"message": "x" * 4001},
        {"message": "ok", "extra": 1},
        {"message": "ok", "conversation_id": "nope"},
    ):
        response = await client.post(f"{COPILOT}/chat", json=body, headers=world.headers)
        assert (response.status_code, response.json()["detail"]) == (422, "validation_error")
    assert (await client.post(f"{COPILOT}/chat", json={"message": "ok"}, headers=viewer)).status_code == 403


async def test_the_offline_answer_is_redacted_like_its_citations(client: httpx.AsyncClient, world: World) -> None:
    await published_flow(client, world.headers, title="Outlook won't start after password=Hunter2! was set")

    stream = await ask(client, world.headers, "Outlook won't start after the password was set")

    answer = final(stream, "answer")
    assert any("[REDACTED:password]" in citation["title"] for citation in answer["message"]["citations"])
    assert "[REDACTED:password]" in answer["message"]["content"]
    assert "Hunter2" not in streamed_text(stream)
    assert "Hunter2" not in answer["message"]["content"]
