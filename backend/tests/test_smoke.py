from tests.factories import Factory, auth_headers


async def test_login_and_me(client, factory: Factory) -> None:
    member = await factory.member(role="team_admin")
    headers = await auth_headers(client, member)
    response = await client.get("/api/v1/auth/me", headers=headers)
    assert response.status_code == 200
    assert response.json()["email"] == member.email
