"""What the fuzzer found, kept as regression tests against the real API."""

import pytest

from tests.factories import Factory, auth_headers
from tests.sessions.helpers import published_flow, start


async def test_a_nul_character_in_stored_text_is_a_422_not_a_500(client, factory: Factory) -> None:
    headers = await auth_headers(client, await factory.member(role="engineer"))
    for body in (
        {"title": "Flush DNS", "commands": [{"text": "ipconfig \u0000/flushdns"}]},  # JSONB
        {"title": "Flush \u0000 DNS"},  # text
    ):
        response = await client.post("/api/v1/steps", json=body, headers=headers)
        assert response.status_code == 422, response.text
        assert response.json()["detail"] == "invalid_characters"


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/sessions/{session}/events?after=209883749479087936",
        "/api/v1/flows/{flow}/diff?from=14772978719",
        "/api/v1/flows/{flow}/diff?from=1&to=2147483648",
        "/api/v1/flows/{flow}?version=2147483648",
        "/api/v1/flows/{flow}/export?version=2147483648",
        "/api/v1/flows/{flow}/insights?version=2147483648",
    ],
)
async def test_numbers_beyond_a_postgresql_integer_are_a_422_not_a_500(client, factory: Factory, path: str) -> None:
    headers = await auth_headers(client, await factory.member(role="engineer"))
    flow = await published_flow(client, headers)
    session = await start(client, headers, flow["id"])

    response = await client.get(path.format(session=session["id"], flow=flow["id"]), headers=headers)

    assert response.status_code == 422, response.text
    assert response.json()["detail"] == "validation_error"
