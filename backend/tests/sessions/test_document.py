"""Session documentation: the four formats, redaction in every one of them, HTML sanitising, the
PSA note's shape and size, downloads and previews."""

import re
import uuid
from datetime import UTC, datetime, timedelta

import pytest

from app.sessions import document
from app.sessions.document import PSA_NOTE_MAX_CHARS, Block, Document, DocumentFormat, Entry
from app.sessions.events import SessionStatus
from tests.factories import Factory, auth_headers
from tests.sessions.documented import (
    ADDRESS,
    ERROR_CODE,
    SECRET_PASSWORD,
    SECRET_TOKEN,
    DocTeam,
    doc_team,
    escalated_session,
    resolved_session,
)
from tests.sessions.helpers import SESSIONS, Json, events

SECRETS = (SECRET_PASSWORD, SECRET_TOKEN, ADDRESS, ERROR_CODE)


@pytest.fixture
async def team(client, factory: Factory) -> DocTeam:
    return await doc_team(client, factory)


async def preview(client, headers: dict[str, str], session_id: str, fmt: str) -> Json:
    response = await client.get(f"{SESSIONS}/{session_id}/document/preview", params={"format": fmt}, headers=headers)
    assert response.status_code == 200, response.text
    body: Json = response.json()
    assert body["format"] == fmt
    return body


async def test_markdown_has_the_header_the_timeline_and_the_outcome(client, team: DocTeam) -> None:
    session = await resolved_session(client, team.headers["owner"])

    md = (await preview(client, team.headers["owner"], session["id"], "md"))["content"]

    assert md.startswith("# Session documentation: ")
    for line in (
        "- **Ticket:** T-77",
        "- **Client:** Fabrikam",
        "- **Target:** PC-7",
        f"- **Engineer:** {team.owner.user.full_name}",
        f"- **Flow:** {session['flow']['title']} (version 1)",
        "- **Outcome:** Resolved",
    ):
        assert line in md
    assert re.search(r"- \*\*Started:\*\* \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", md)
    assert re.search(r"- \*\*Ended:\*\* \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", md)
    assert re.search(r"- \*\*Duration:\*\* \d+ s", md)
    timeline = md.split("## Timeline (UTC)")[1].split("## Outcome")[0]
    lines = [line for line in timeline.splitlines() if line.startswith("- `")]
    assert [re.sub(r"^- `[\d:]+` ", "", line) for line in lines] == [
        f"**Started** {session['flow']['title']} → version 1",
        "**Asked** Does Outlook start in safe mode? → Yes",
        "**Failed** Disable COM add-ins",
        "**Asked** Does Outlook start now? → No _(undone by going back)_",
        "**Went back** Does Outlook start in safe mode? → back to Does Outlook start now?",
        "**Asked** Does Outlook start now? → Yes",
        "**Note**",
        "**Pasted output** Add-in disabled",
        "**Ended** Resolved",
        "**Late note**",
    ]
    assert "  Output:\n\n  ```\n  Access denied\n  retrying with password=[REDACTED:password]\n  ```" in timeline
    assert "  > Server [IP-1] was **rebooted**" in timeline
    assert "Command (powershell):" in timeline  # the action's command
    outcome = md.split("## Outcome")[1]
    assert "**Resolved**" in outcome
    assert "### Resolution summary\n\nDisabled the *faulty* add-in." in outcome
    assert "## Next steps" not in md  # resolved: nothing left to do


async def test_every_format_is_redacted_with_stable_numbers_and_the_log_keeps_the_original(
    client, team: DocTeam
) -> None:
    headers = team.headers["owner"]
    session = await resolved_session(client, headers)
    escalated = await escalated_session(client, team)

    for session_id in (session["id"], escalated["id"]):
        for fmt in DocumentFormat:
            body = await preview(client, headers, session_id, fmt.value)
            response = await client.get(
                f"{SESSIONS}/{session_id}/document", params={"format": fmt.value}, headers=headers
            )
            assert response.text == body["content"]
            for secret in SECRETS:
                assert secret not in body["content"], (fmt, secret)
            assert body["redactions"] > 0
    resolved_md = (await preview(client, headers, session["id"], "md"))["content"]
    # The same address is [IP-1] in the note, the pasted output, its command and the late note.
    assert resolved_md.count("[IP-1]") == 4
    assert "[IP-2]" not in resolved_md
    escalated_txt = (await preview(client, headers, escalated["id"], "txt"))["content"]
    assert "Captured: Error code shown -> error_code = [REDACTED:error-code]" in escalated_txt
    assert "Rebuild the profile ([REDACTED:error-code])" in escalated_txt

    logged = str(await events(client, headers, session["id"])) + str(await events(client, headers, escalated["id"]))
    for secret in SECRETS:
        assert secret in logged


async def test_next_steps_for_an_escalated_session_in_plain_text(client, team: DocTeam) -> None:
    session = await escalated_session(client, team)

    txt = (await preview(client, team.headers["owner"], session["id"], "txt"))["content"]

    assert txt.startswith("SESSION DOCUMENTATION: ")
    assert "Ticket:   T-78" in txt
    assert "Client:   none" in txt
    assert "Outcome:  Escalated" in txt
    assert re.search(r"Duration: \d+ s", txt)
    assert "Escalated (high) to: " + team.receiver.user.full_name + " -> Needs Exchange rights" in txt
    steps = txt.split("NEXT STEPS\n----------\n")[1]
    assert steps.splitlines() == [
        f"1. Waiting for {team.receiver.user.full_name} to take the session over (high urgency).",
        "2. Reason for escalating: Needs Exchange rights",
        "3. Continue from: Rebuild the profile ([REDACTED:error-code])",
    ]
    for mark in ("**", "```", "# "):
        assert mark not in txt


async def test_unresolved_sessions_list_what_failed_as_next_steps(client, team: DocTeam) -> None:
    from tests.sessions.helpers import answer, done, ended, published_flow, send, start

    headers = team.headers["owner"]
    flow = await published_flow(client, headers)
    session = await start(client, headers, flow["id"])
    for event in (answer("ask", 0), done("addins", "failed"), ended("unresolved", "Could not fix it.")):
        session = await send(client, headers, session, event)

    md = (await preview(client, headers, session["id"], "md"))["content"]

    steps = md.split("## Next steps\n\n")[1]
    assert "- The issue is not resolved: follow up with the client" in steps
    assert "- The session stopped at: Does Outlook start now?" in steps
    assert "- Revisit (failed): Disable COM add-ins" in steps


async def test_html_is_a_sanitised_self_contained_printable_page(client, team: DocTeam) -> None:
    headers = team.headers["owner"]
    session = await resolved_session(client, headers)

    response = await client.get(f"{SESSIONS}/{session['id']}/document", params={"format": "html"}, headers=headers)

    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["content-disposition"] == (
        f'attachment; filename="session-T-77-{uuid.UUID(session["id"]).hex[:8]}.html"'
    )
    assert "default-src 'none'" in response.headers["content-security-policy"]
    page = response.text
    assert page.startswith("<!DOCTYPE html>")
    assert page.rstrip().endswith("</html>")
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page or "&lt;script&gt;alert('x')" in page
    assert "<strong>rebooted</strong>" in page  # the note's Markdown is rendered
    assert "<em>faulty</em>" in page  # and the summary's
    # Self-contained: one inline style sheet allowed by its hash, nothing loaded from anywhere.
    assert "<style>" in page
    assert "Content-Security-Policy" in page
    for external in ("<link", "src=", "url(", "@import", "<img", "<iframe"):
        assert external not in page
    assert "@media print" in page
    assert 'class="undone"' in page
    assert 'class="late"' in page


def test_markdown_in_notes_cannot_inject_markup() -> None:
    for attack in (
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "![pixel](https://tracker.example/p.png)",
        '<a href="https://evil.example" onclick="x()">a</a>',
        "<style>body{display:none}</style>",
    ):
        rendered = document.markdown_html(attack)
        tags = " ".join(re.findall(r"<[^>]*>", rendered)).lower()
        for bad in ("<img", "javascript:", "onerror", "onclick", "<style", "evil.example"):
            assert bad not in tags, (attack, rendered)


def _long_document(entries: int) -> Document:
    start = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    return Document(
        session_id=uuid.UUID("12345678-1234-5678-1234-567812345678"),
        title="VPN can't connect",
        flow_version=2,
        ticket="T-1",
        client="Contoso",
        target=None,
        engineer="Sam",
        status=SessionStatus.UNRESOLVED,
        started_at=start,
        ended_at=start + timedelta(days=1, hours=2),
        last_event_at=start + timedelta(days=1, hours=2),
        entries=tuple(
            Entry(
                i,
                start + timedelta(minutes=i),
                "Note",
                blocks=(Block("markdown", "Note", f"**Checked** the `tunnel` again ({i}).\n\n# Heading\n> quoted"),),
            )
            if i % 2
            else Entry(
                i,
                start + timedelta(minutes=i),
                "Done",
                "Restart the VPN service",
                blocks=(Block("code", "Output", "x" * 5000),),
            )
            for i in range(1, entries + 1)
        ),
        summary="Still **broken**: see [the KB](https://kb.example/1).",
        next_steps=("Call the ISP.",),
    )


def test_psa_note_is_plain_text_with_the_marker_first_and_within_the_limit() -> None:
    doc = _long_document(2000)

    note = document.render_psa(doc)

    assert len(note) <= PSA_NOTE_MAX_CHARS
    assert note.splitlines()[0] == "[ResolutionFlow session 12345678-1234-5678-1234-567812345678]"
    assert note.splitlines()[0] == document.psa_marker(doc.session_id)
    assert "more timeline entries: see the full export in ResolutionFlow]" in note
    assert "more characters in the full export]" in note  # outputs are cut per entry
    for mark in ("**", "```", "`", "](", "\n#", "\n> ", "\n- ", "\n* "):
        assert mark not in note, mark
    assert "Still broken: see the KB (https://kb.example/1)." in note
    assert "Checked the tunnel again (1)." in note
    assert "Next steps:\n1. Call the ISP." in note
    assert "Ended:    2026-11-24 11:00:00 UTC" in note
    assert "Duration: 1 d 2 h 00 min" in note

    short = document.render_psa(_long_document(3))
    assert "more timeline entries" not in short
    assert len(document.render_psa(doc, limit=5000)) <= 5000


async def test_psa_download_is_plain_text_with_the_marker(client, team: DocTeam) -> None:
    headers = team.headers["owner"]
    session = await resolved_session(client, headers)

    response = await client.get(f"{SESSIONS}/{session['id']}/document", params={"format": "psa"}, headers=headers)

    assert response.status_code == 200
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.headers["content-disposition"].endswith('.psa-note.txt"')
    assert response.text.startswith(f"[ResolutionFlow session {session['id']}]\n")
    assert "went back" in response.text.lower()
    assert "Late note" in response.text
    assert "<script>" in response.text  # plain text: shown as text, nothing renders it
    for mark in ("**", "```"):
        assert mark not in response.text


@pytest.mark.parametrize(
    ("fmt", "media_type", "extension"),
    [("md", "text/markdown", ".md"), ("txt", "text/plain", ".txt"), ("html", "text/html", ".html")],
)
async def test_downloads_have_their_content_type_and_file_name(
    client, team: DocTeam, fmt: str, media_type: str, extension: str
) -> None:
    headers = team.headers["owner"]
    session = await resolved_session(client, headers)

    response = await client.get(f"{SESSIONS}/{session['id']}/document", params={"format": fmt}, headers=headers)

    assert response.status_code == 200
    assert response.headers["content-type"] == f"{media_type}; charset=utf-8"
    assert response.headers["content-disposition"].startswith('attachment; filename="session-T-77-')
    assert response.headers["content-disposition"].endswith(f'{extension}"')


async def test_members_of_the_team_read_documents_and_others_get_404(client, factory: Factory, team: DocTeam) -> None:
    session = await resolved_session(client, team.headers["owner"])
    stranger = await auth_headers(client, await factory.member(role="team_admin"))
    url = f"{SESSIONS}/{session['id']}/document"

    assert (await client.get(url, headers=team.headers["viewer"])).status_code == 200
    for path in (url, url + "/preview"):
        response = await client.get(path, headers=stranger)
        assert (response.status_code, response.json()["detail"]) == (404, "session_not_found")
    assert (await client.get(url)).status_code == 401
    response = await client.get(url, params={"format": "pdf"}, headers=team.headers["owner"])
    assert response.status_code == 422
