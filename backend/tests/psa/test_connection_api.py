"""The team's ConnectWise connection: keys encrypted at rest and never returned, the connection
test with precise errors, key rotation (service and CLI), and bad input."""

import asyncio
import os
import socket
import sys
from typing import Any

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.encryption import SecretBox, SecretUnreadable
from app.core.migrations import BACKEND_DIR
from app.psa.models import PsaConnection
from app.psa.runtime import PsaRuntime
from app.psa.service import reencrypt_secrets
from tests.conftest import LiveApp
from tests.factories import auth_headers
from tests.fakes.connectwise import FakeConnectWise
from tests.psa.conftest import CONNECTWISE, LATE, PsaTeam, connect, connection_body


async def _stored(db: AsyncSession, team_id: Any) -> dict[str, Any]:
    """The connection row exactly as PostgreSQL holds it, every column as text."""
    row = (
        await db.execute(
            text("SELECT to_jsonb(c)::text AS raw FROM psa_connections c WHERE team_id = :t"), {"t": team_id}
        )
    ).one()
    raw: dict[str, Any] = {"raw": row.raw}
    return raw


async def test_keys_are_stored_encrypted_and_shown_only_as_last_four(
    t: PsaTeam, cw: FakeConnectWise, db: AsyncSession, runtime: PsaRuntime
) -> None:
    response = await t.client.get(CONNECTWISE, headers=t.admin_headers)

    body = response.json()
    assert response.status_code == 200
    assert body["public_key"]["last4"] == cw.public_key[-4:]
    assert body["private_key"]["last4"] == cw.private_key[-4:]
    assert (body["site"], body["company_id"], body["client_id"]) == (cw.site, cw.company_id, cw.client_id)
    assert cw.public_key not in response.text
    assert cw.private_key not in response.text
    raw = (await _stored(db, t.team.id))["raw"]
    assert cw.private_key not in raw
    assert cw.public_key not in raw
    connection = await db.get(PsaConnection, t.team.id)
    assert connection is not None
    assert connection.secrets_encrypted not in response.text
    assert cw.private_key in runtime.box.decrypt(connection.secrets_encrypted)


async def test_omitted_keys_are_kept_and_a_changed_key_gets_a_new_hint(t: PsaTeam, cw: FakeConnectWise) -> None:
    before = (await t.client.get(CONNECTWISE, headers=t.admin_headers)).json()
    body = connection_body(cw, default_note_type="detail_description")
    del body["public_key"], body["private_key"]

    kept = await t.client.put(CONNECTWISE, json=body, headers=t.admin_headers)
    test = await t.client.post(f"{CONNECTWISE}/test", headers=t.admin_headers)
    changed = await t.client.put(CONNECTWISE, json={**body, "private_key": "NewPrivate0001"}, headers=t.admin_headers)

    assert kept.status_code == 200, kept.text
    assert kept.json()["default_note_type"] == "detail_description"
    assert kept.json()["private_key"] == before["private_key"]
    assert test.json()["ok"] is True
    assert changed.json()["private_key"]["last4"] == "0001"
    assert changed.json()["public_key"] == before["public_key"]


async def test_the_test_reports_the_version(t: PsaTeam, cw: FakeConnectWise) -> None:
    response = await t.client.post(f"{CONNECTWISE}/test", headers=t.admin_headers)

    assert response.status_code == 200
    assert response.json()["ok"] is True
    assert response.json()["version"] == cw.info["version"]
    assert cw.info["version"] in response.json()["message"]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize(
    ("fault", "code", "in_message"),
    [
        pytest.param({"private_key": "WrongKey999"}, "psa_bad_credentials", "company id", id="bad-credentials"),
        pytest.param({"fail": 403}, "psa_forbidden", "security role", id="missing-permission"),
        pytest.param({"fail": 404}, "psa_site_unknown", "check the site", id="no-api-at-site"),
        pytest.param({"site": "https://psa.invalid"}, "psa_site_unknown", "psa.invalid", id="unknown-host"),
        pytest.param({"site": "tls"}, "psa_tls_error", "certificate", id="tls"),
        pytest.param({"delay": LATE}, "psa_timeout", "did not answer", id="timeout"),
        pytest.param({"site": "refused"}, "psa_unreachable", "Could not connect", id="refused"),
        pytest.param({"fail": 429}, "psa_throttled", "throttling", id="throttled"),
        pytest.param({"fail": 500}, "psa_server_error", "HTTP 500", id="server-error"),
    ],
)
async def test_the_test_names_what_is_wrong(
    t: PsaTeam, cw: FakeConnectWise, fault: dict[str, Any], code: str, in_message: str
) -> None:
    overrides: dict[str, Any] = {}
    if "private_key" in fault:
        overrides["private_key"] = fault["private_key"]
    if fault.get("site") == "tls":
        overrides["site"] = f"https://127.0.0.1:{cw.port}"
    elif fault.get("site") == "refused":
        overrides["site"] = f"http://127.0.0.1:{_closed_port()}"
    elif "site" in fault:
        overrides["site"] = fault["site"]
    if "fail" in fault:
        cw.fail_next("system_info", fault["fail"], retry_after=3)
    if "delay" in fault:
        cw.delay_next("system_info", fault["delay"], effect=False)
    await connect(t.client, t.admin_headers, cw, **overrides)

    response = await t.client.post(f"{CONNECTWISE}/test", headers=t.admin_headers)

    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["ok"], body["code"]) == (False, code)
    assert in_message in body["message"]


async def test_testing_unsaved_settings_saves_nothing(t: PsaTeam, cw: FakeConnectWise, db: AsyncSession) -> None:
    before = (await _stored(db, t.team.id))["raw"]

    wrong = await t.client.post(
        f"{CONNECTWISE}/test", json=connection_body(cw, private_key="WrongKey999"), headers=t.admin_headers
    )
    right = await t.client.post(f"{CONNECTWISE}/test", json=connection_body(cw), headers=t.admin_headers)

    assert (wrong.json()["ok"], wrong.json()["code"]) == (False, "psa_bad_credentials")
    assert right.json()["ok"] is True
    assert (await _stored(db, t.team.id))["raw"] == before


async def test_delete_forgets_the_connection(t: PsaTeam) -> None:
    deleted = await t.client.delete(CONNECTWISE, headers=t.admin_headers)
    again = await t.client.delete(CONNECTWISE, headers=t.admin_headers)
    read = await t.client.get(CONNECTWISE, headers=t.admin_headers)
    test = await t.client.post(f"{CONNECTWISE}/test", headers=t.admin_headers)

    assert (deleted.status_code, again.status_code) == (204, 204)
    assert (read.status_code, read.json()["detail"]) == (409, "psa_not_connected")
    assert (test.status_code, test.json()["detail"]) == (409, "psa_not_connected")


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        pytest.param({"allow_http": False}, "psa_site_insecure", id="http-without-allow_http"),
        pytest.param({"site": "https://cw.example.com/v4_6_release"}, "psa_site_invalid", id="site-with-path"),
        pytest.param({"site": "https://u:p@cw.example.com"}, "psa_site_invalid", id="site-with-credentials"),
        pytest.param({"site": ""}, "validation_error", id="empty-site"),
        pytest.param({"client_id": "not-a-uuid"}, "validation_error", id="client-id"),
        pytest.param({"company_id": "contoso+evil"}, "validation_error", id="company-id"),
        pytest.param({"private_key": "a:b"}, "validation_error", id="key-charset"),
        pytest.param({"default_note_type": "public"}, "validation_error", id="note-type"),
        pytest.param({"extra": 1}, "validation_error", id="unknown-field"),
    ],
)
async def test_bad_settings_are_422_with_a_code(
    t: PsaTeam, cw: FakeConnectWise, overrides: dict[str, Any], code: str
) -> None:
    response = await t.client.put(CONNECTWISE, json=connection_body(cw, **overrides), headers=t.admin_headers)

    assert response.status_code == 422, response.text
    assert response.json()["detail"] == code


async def test_a_new_connection_needs_both_keys(client: Any, factory: Any, cw: FakeConnectWise) -> None:
    admin = await factory.member(role="team_admin")
    headers = await auth_headers(client, admin)
    body = connection_body(cw)
    del body["private_key"]

    response = await client.put(CONNECTWISE, json=body, headers=headers)
    malformed = await client.put(
        CONNECTWISE, content=b'{"site": ', headers={**headers, "Content-Type": "application/json"}
    )

    assert (response.status_code, response.json()["detail"]) == (422, "psa_keys_required")
    assert (malformed.status_code, malformed.json()["detail"]) == (400, "malformed_json")


async def test_http_sites_are_refused_where_the_installation_does_not_allow_them(
    t: PsaTeam, cw: FakeConnectWise, runtime: PsaRuntime
) -> None:
    runtime.settings = runtime.settings.model_copy(update={"psa_allow_http_sites": False})

    saved = await t.client.put(CONNECTWISE, json=connection_body(cw), headers=t.admin_headers)
    tested = await t.client.post(f"{CONNECTWISE}/test", headers=t.admin_headers)

    assert (saved.status_code, saved.json()["detail"]) == (422, "psa_site_insecure")
    assert (tested.status_code, tested.json()["detail"]) == (422, "psa_site_insecure")
    assert cw.requests == []


@pytest.mark.parametrize("role", ["engineer", "viewer"])
async def test_only_team_admins_manage_the_connection(t: PsaTeam, cw: FakeConnectWise, factory: Any, role: str) -> None:
    member = await factory.member(t.team, role)
    headers = await auth_headers(t.client, member)

    for method, path, body in [
        ("GET", CONNECTWISE, None),
        ("PUT", CONNECTWISE, connection_body(cw, site="https://attacker.example")),
        ("DELETE", CONNECTWISE, None),
        ("POST", f"{CONNECTWISE}/test", None),
    ]:
        response = await t.client.request(method, path, json=body, headers=headers)
        assert response.status_code == 403, (method, path)
        assert response.json()["detail"] == "insufficient_role"
    assert (await t.client.get(CONNECTWISE, headers=t.admin_headers)).json()["site"] == cw.site


async def test_another_teams_admin_sees_and_changes_only_their_own(
    t: PsaTeam, cw: FakeConnectWise, factory: Any
) -> None:
    other_admin = await factory.member(role="team_admin")
    headers = await auth_headers(t.client, other_admin)

    read = await t.client.get(CONNECTWISE, headers=headers)
    deleted = await t.client.delete(CONNECTWISE, headers=headers)
    tested = await t.client.post(f"{CONNECTWISE}/test", headers=headers)

    assert (read.status_code, read.json()["detail"]) == (409, "psa_not_connected")
    assert deleted.status_code == 204
    assert tested.json()["detail"] == "psa_not_connected"
    assert (await t.client.get(CONNECTWISE, headers=t.admin_headers)).status_code == 200
    assert cw.requests == []


# --- key rotation ---------------------------------------------------------------------------


async def test_rotation_reencrypts_with_the_newest_key(db: AsyncSession, t: PsaTeam, runtime: PsaRuntime) -> None:
    old_keys = runtime.box
    new_key = Fernet.generate_key().decode()
    connection = await db.get(PsaConnection, t.team.id)
    assert connection is not None
    token = connection.secrets_encrypted
    old_key = runtime.settings.encryption_key.get_secret_value()  # type: ignore[union-attr]
    rotating = SecretBox([new_key, old_key])
    plaintext = old_keys.decrypt(token)

    assert rotating.decrypt(token) == plaintext  # the old key still opens it
    done, unreadable = await reencrypt_secrets(db, rotating)

    await db.refresh(connection)
    assert (done, unreadable) == (1, 0)
    assert connection.secrets_encrypted != token
    assert SecretBox([new_key]).decrypt(connection.secrets_encrypted) == plaintext
    with pytest.raises(SecretUnreadable):
        SecretBox([old_key]).decrypt(connection.secrets_encrypted)


async def test_the_api_works_during_rotation(t: PsaTeam, cw: FakeConnectWise, runtime: PsaRuntime) -> None:
    old_key = runtime.settings.encryption_key.get_secret_value()  # type: ignore[union-attr]
    runtime.box = SecretBox([Fernet.generate_key().decode(), old_key])

    tested = await t.client.post(f"{CONNECTWISE}/test", headers=t.admin_headers)
    runtime.box = SecretBox([Fernet.generate_key().decode()])  # the old key dropped too early
    unreadable = await t.client.post(f"{CONNECTWISE}/test", headers=t.admin_headers)
    resaved = await t.client.put(CONNECTWISE, json=connection_body(cw), headers=t.admin_headers)

    assert tested.json()["ok"] is True
    assert (unreadable.status_code, unreadable.json()["detail"]) == (409, "psa_credentials_unreadable")
    assert resaved.status_code == 200


async def test_the_cli_reencrypts_every_secret(live: LiveApp, cw_server: FakeConnectWise) -> None:
    admin = live.members["team_admin"]
    headers = await auth_headers(live.client, admin)
    body = {**connection_body(cw_server)}
    assert (await live.client.put(CONNECTWISE, json=body, headers=headers)).status_code == 200
    old_key = live.app.state.settings.encryption_key.get_secret_value()
    new_key = Fernet.generate_key().decode()
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("VOYAGE_", "PSA_"))}
    environment |= {"DATABASE_URL": live.url, "ENVIRONMENT": "test", "ENCRYPTION_KEY": f"{new_key}, {old_key}"}

    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "app.cli",
        "reencrypt-secrets",
        cwd=BACKEND_DIR,
        env=environment,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output = (await asyncio.wait_for(process.communicate(), timeout=120))[0].decode()

    assert process.returncode == 0, output
    assert "Re-encrypted 1 PSA connection(s) with the newest of 2 key(s)." in output.splitlines()
    async with live.app.state.sessionmaker() as db:
        connection = await db.get(PsaConnection, live.team.id)
    assert connection is not None
    assert cw_server.private_key in SecretBox([new_key]).decrypt(connection.secrets_encrypted)
    with pytest.raises(SecretUnreadable):
        SecretBox([old_key]).decrypt(connection.secrets_encrypted)
