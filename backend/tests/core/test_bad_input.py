"""Bad input always gets a 4xx with a machine-readable `detail`, never a 500."""

from collections.abc import AsyncIterator

import pytest

from tests.factories import Factory, auth_headers

LOGIN = "/api/v1/auth/login"
JSON = {"Content-Type": "application/json"}
ONE_MIB = 1024 * 1024


async def test_malformed_json_is_400(client) -> None:
    response = await client.post(LOGIN, content=b'{"email": "a@example.com", "password": ', headers=JSON)
    assert response.status_code == 400
    assert response.json()["detail"] == "malformed_json"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        pytest.param({"email": "a@example.com", "password": 12345678901}, "password", id="wrong-type"),
        pytest.param({"email": "a@example.com"}, "password", id="missing-field"),
        pytest.param({"email": "a@example.com", "password": "long-enough-1", "admin": True}, "admin", id="extra"),
        pytest.param({"email": "not-an-email", "password": "long-enough-1"}, "email", id="bad-email"),
        pytest.param({"email": ["a@example.com"], "password": "long-enough-1"}, "email", id="list-for-string"),
    ],
)
async def test_invalid_body_is_422_with_the_errors(client, body: dict[str, object], field: str) -> None:
    response = await client.post(LOGIN, json=body)

    assert response.status_code == 422
    assert response.json()["detail"] == "validation_error"
    errors = response.json()["errors"]
    assert errors
    assert any(error["loc"][-1] == field for error in errors), errors
    assert all({"loc", "msg", "type"} <= set(error) for error in errors)


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"null", id="null"),
        pytest.param(b"[]", id="list"),
        pytest.param(b'"text"', id="string"),
        pytest.param(b"42", id="number"),
        pytest.param(b"", id="empty"),
        pytest.param(b"\xff\xfe", id="not-utf8"),
        pytest.param(b"[" * 5000 + b"]" * 5000, id="deeply-nested"),
    ],
)
async def test_odd_json_bodies_are_4xx(client, raw: bytes) -> None:
    response = await client.post(LOGIN, content=raw, headers=JSON)
    assert 400 <= response.status_code < 500, response.text
    # FastAPI answers a body its JSON parser gives up on (too deep) with its generic 400: bad_request.
    assert response.json()["detail"] in {"malformed_json", "validation_error", "bad_request"}


async def test_non_json_content_type_is_4xx(client) -> None:
    response = await client.post(LOGIN, content=b"email=a@example.com", headers={"Content-Type": "text/plain"})
    assert 400 <= response.status_code < 500
    assert isinstance(response.json()["detail"], str)


async def test_oversize_body_with_content_length_is_413(client) -> None:
    response = await client.post(LOGIN, content=b" " * (ONE_MIB + 1), headers=JSON)
    assert response.status_code == 413
    assert response.json()["detail"] == "body_too_large"


async def test_oversize_streamed_body_without_content_length_is_413(client) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"email": "a@example.com", "password": "'
        for _ in range(17):
            yield b"x" * 65536
        yield b'"}'

    request = client.build_request("POST", LOGIN, content=chunks(), headers=JSON)
    assert "content-length" not in request.headers
    response = await client.send(request)

    assert response.status_code == 413
    assert response.json()["detail"] == "body_too_large"


async def test_body_just_under_the_limit_is_not_refused_for_size(client) -> None:
    padding = " " * (ONE_MIB - 100)
    response = await client.post(
        LOGIN, content=f'{{"email": "a@example.com",{padding}"password": "x"}}'.encode(), headers=JSON
    )
    assert response.status_code == 401  # read and checked, just wrong credentials


async def test_unknown_route_is_404_json(client) -> None:
    for path in ("/api/v1/does-not-exist", "/nothing-here", "/api/v2/teams"):
        response = await client.get(path)
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/json"
        assert response.json()["detail"] == "not_found"


async def test_wrong_method_is_405_json(client) -> None:
    response = await client.delete(LOGIN)
    assert response.status_code == 405
    assert response.json()["detail"] == "method_not_allowed"
    assert "POST" in response.headers["allow"]


async def test_register_refuses_an_overlong_full_name(client) -> None:
    response = await client.post(
        "/api/v1/auth/register",
        json={"email": "long@example.com", "password": "violet-tangerine-71", "full_name": "n" * 121, "team_name": "T"},
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"][-1] == "full_name"


async def test_team_name_limits(client, factory: Factory) -> None:
    headers = await auth_headers(client, await factory.member(role="team_admin"))
    for name in ("n" * 121, "", "   "):
        response = await client.patch("/api/v1/teams/current", json={"name": name}, headers=headers)
        assert response.status_code == 422, name
        assert response.json()["detail"] == "validation_error"
    assert (await client.patch("/api/v1/teams/current", json={"name": "n" * 120}, headers=headers)).status_code == 200


async def test_invitation_refuses_a_bad_email(client, factory: Factory) -> None:
    headers = await auth_headers(client, await factory.member(role="team_admin"))
    for email in ("not-an-email", "a@", "@example.com", "a" * 250 + "@example.com"):
        response = await client.post(
            "/api/v1/teams/current/invitations", json={"email": email, "role": "engineer"}, headers=headers
        )
        assert response.status_code == 422, email
        assert response.json()["detail"] == "validation_error"


async def test_bad_path_parameters_are_4xx(client, factory: Factory) -> None:
    headers = await auth_headers(client, await factory.member(role="team_admin"))
    member = await client.patch("/api/v1/teams/current/members/not-a-uuid", json={"role": "viewer"}, headers=headers)
    assert member.status_code == 422
    assert member.json()["detail"] == "validation_error"
    invitation = await client.delete("/api/v1/teams/current/invitations/12345", headers=headers)
    assert invitation.status_code == 422


async def test_wrong_types_on_a_team_endpoint_are_422(client, factory: Factory) -> None:
    headers = await auth_headers(client, await factory.member(role="team_admin"))
    response = await client.post(
        "/api/v1/teams/current/invitations",
        json={"email": "x@example.com", "role": "engineer", "expires_in_days": "soon"},
        headers=headers,
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "expires_in_days"]
