"""The PSA keys never leave the server: not in any response, not in any log line (at DEBUG, from
any logger, httpx's included), not in what a push stores, whatever fails on the way."""

import base64
import logging
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.psa.models import PsaConnection
from tests.conftest import LogCapture
from tests.fakes.connectwise import FakeConnectWise
from tests.psa.conftest import CONNECTWISE, LATE, PSA, TICKET, PsaTeam, connect, connection_body


async def test_keys_appear_in_no_response_and_no_log(
    t: PsaTeam,
    cw: FakeConnectWise,
    db: AsyncSession,
    captured_logs: LogCapture,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    responses: list[Any] = []

    async def call(method: str, path: str, headers: dict[str, str] | None = None, **kwargs: Any) -> Any:
        response = await t.client.request(method, path, headers=headers or t.admin_headers, **kwargs)
        responses.append(response)
        return response

    await call("PUT", CONNECTWISE, json=connection_body(cw))
    await call("GET", CONNECTWISE)
    await call("POST", f"{CONNECTWISE}/test")
    await call("POST", f"{CONNECTWISE}/test", json=connection_body(cw, private_key="PrivWrong999"))
    await call("PUT", CONNECTWISE, json=connection_body(cw, private_key=f"bad:{cw.private_key}"))
    await call("PUT", CONNECTWISE, json=connection_body(cw, site="ftp://x", private_key=cw.private_key))
    cw.add_member(2, "eng", t.engineer.email)
    await call("GET", f"{CONNECTWISE}/members")
    await call("POST", f"{CONNECTWISE}/member-mappings/auto-match")
    await call("GET", f"{PSA}/tickets/{TICKET}", headers=t.headers)
    cw.fail_next("get_ticket", 401)
    await call("GET", f"{PSA}/tickets/{TICKET + 1}", headers=t.headers)
    cw.delay_next("get_ticket", LATE, effect=False)
    session = await t.session()
    responses.append(session)
    cw.fail_next("add_note", 500)
    pushed = await call("POST", f"{'/api/v1/sessions'}/{session['id']}/psa-push", headers=t.headers)
    assert pushed.status_code == 202
    cw.fail_next("add_note", 401)
    await call(
        "POST", f"/api/v1/sessions/{session['id']}/psa-push", headers=t.headers, json={"note_type": "resolution"}
    )
    await call("GET", f"/api/v1/sessions/{session['id']}/psa-pushes", headers=t.headers)
    await connect(t.client, t.admin_headers, cw, site=f"https://127.0.0.1:{cw.port}")  # TLS failure
    await call("POST", f"{CONNECTWISE}/test")

    connection = await db.get(PsaConnection, t.team.id)
    assert connection is not None
    basic = base64.b64encode(f"{cw.company_id}+{cw.public_key}:{cw.private_key}".encode()).decode()
    secrets = [cw.private_key, cw.public_key, "PrivWrong999", basic, connection.secrets_encrypted]
    stored_pushes = (await db.execute(text("SELECT string_agg(to_jsonb(p)::text, '') FROM psa_pushes p"))).scalar_one()
    everything = {
        "responses": "\n".join(r.text if hasattr(r, "text") else repr(r) for r in responses),
        "app log": captured_logs.text,
        "caplog": caplog.text + "".join(repr(record.__dict__) for record in caplog.records),
        "pushes": stored_pushes,
    }
    assert len(captured_logs.lines) > 10  # the calls above were logged (and would show a leak)
    for where, content in everything.items():
        for secret in secrets:
            assert secret not in content, f"a key leaked into {where}"
