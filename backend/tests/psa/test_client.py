"""The ConnectWise client against the fake server: wire format, paging, and every failure mapped to
a precise error that says whether a write may have happened."""

import socket
from collections.abc import AsyncIterator

import httpx
import pytest

from app.psa.connectwise import (
    API_PATH,
    ConnectWiseProvider,
    ConnectWiseSecrets,
    ConnectWiseSettings,
    normalize_site,
    ticket_number,
)
from app.psa.errors import (
    PsaBadCredentials,
    PsaForbidden,
    PsaRejected,
    PsaServerError,
    PsaSiteInsecure,
    PsaSiteInvalid,
    PsaSiteUnknown,
    PsaThrottled,
    PsaTicketIdInvalid,
    PsaTicketNotFound,
    PsaTimeout,
    PsaTlsError,
    PsaUnreachable,
)
from app.psa.provider import NoteDraft, NoteType
from tests.fakes.connectwise import FakeConnectWise
from tests.psa.conftest import CLIENT_TIMEOUT, LATE, TICKET


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=httpx.Timeout(CLIENT_TIMEOUT)) as client:
        yield client


def provider(
    cw: FakeConnectWise, http: httpx.AsyncClient, *, site: str | None = None, **secrets: str
) -> ConnectWiseProvider:
    settings = ConnectWiseSettings(site=site or cw.site, company_id=cw.company_id, client_id=cw.client_id)
    keys = ConnectWiseSecrets(
        public_key=secrets.get("public_key", cw.public_key), private_key=secrets.get("private_key", cw.private_key)
    )
    return ConnectWiseProvider(settings, keys, http)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_requests_carry_basic_auth_client_id_and_accept(cw: FakeConnectWise, http: httpx.AsyncClient) -> None:
    info = await provider(cw, http).system_info()

    assert info.version == cw.info["version"]
    assert info.is_cloud is True
    [request] = cw.requests
    assert request.path == f"{API_PATH}/system/info"
    assert request.headers["authorization"].startswith("Basic ")
    assert request.headers["clientid"] == cw.client_id
    assert request.headers["accept"] == "application/json"


async def test_a_note_is_posted_in_the_documented_shape(cw: FakeConnectWise, http: httpx.AsyncClient) -> None:
    cw.add_member(10, "jdoe", "jdoe@example.com")

    note = await provider(cw, http).add_note(
        str(TICKET), NoteDraft("Checked the add-ins.", NoteType.INTERNAL_ANALYSIS, resolution=True, member_id=10)
    )

    [request] = [r for r in cw.requests if r.operation == "add_note"]
    assert request.body == {
        "text": "Checked the add-ins.",
        "detailDescriptionFlag": False,
        "internalAnalysisFlag": True,
        "resolutionFlag": True,
        "member": {"id": 10},
    }
    assert (note.id, note.internal, note.resolution) == (cw.posted()[0]["id"], True, True)


async def test_notes_and_members_are_read_page_by_page(cw: FakeConnectWise, http: httpx.AsyncClient) -> None:
    for n in range(450):
        cw.add_note(TICKET, f"note {n}")
    cw.add_note(TICKET, "the one [marker-42] we look for")
    for n in range(130):
        cw.add_member(100 + n, f"member{n:03d}", f"m{n}@example.com", inactive=n % 10 == 0)
    client = provider(cw, http)

    found = await client.find_note(str(TICKET), "[marker-42]")
    missing = await client.find_note(str(TICKET), "[never-posted]")
    first = await client.active_members(1, 100)
    second = await client.active_members(2, 100)

    assert found is not None
    assert "[marker-42]" in found.text
    assert missing is None
    assert cw.count("list_notes") == 1 + 3  # newest first: found on page 1; missing reads all 3 pages
    assert (len(first.members), first.has_more) == (100, True)
    assert (len(second.members), second.has_more) == (17, False)
    assert all(m.email for m in first.members + second.members)
    assert cw.requests[-1].query["conditions"] == "inactiveFlag=false"


async def test_recent_notes_are_the_newest_first(cw: FakeConnectWise, http: httpx.AsyncClient) -> None:
    for n in range(15):
        cw.add_note(TICKET, f"note {n}")

    notes = await provider(cw, http).recent_notes(str(TICKET), 10)

    assert [note.text for note in notes] == [f"note {n}" for n in range(14, 4, -1)]


@pytest.mark.parametrize(
    ("status", "error"),
    [(400, PsaRejected), (401, PsaBadCredentials), (403, PsaForbidden), (500, PsaServerError), (502, PsaServerError)],
)
async def test_answers_become_precise_errors(
    cw: FakeConnectWise, http: httpx.AsyncClient, status: int, error: type[Exception]
) -> None:
    cw.fail_next("get_ticket", status)

    with pytest.raises(error):
        await provider(cw, http).get_ticket(str(TICKET))


async def test_a_missing_ticket_and_a_malformed_id(cw: FakeConnectWise, http: httpx.AsyncClient) -> None:
    client = provider(cw, http)
    with pytest.raises(PsaTicketNotFound):
        await client.get_ticket("999")
    for bad in ("T-77", "0", "99999999999", "12 34"):
        with pytest.raises(PsaTicketIdInvalid):
            await client.get_ticket(bad)
    assert ticket_number(" #4711 ") == 4711


async def test_wrong_keys_or_client_id_are_bad_credentials(cw: FakeConnectWise, http: httpx.AsyncClient) -> None:
    with pytest.raises(PsaBadCredentials) as caught:
        await provider(cw, http, private_key="WrongKey999").system_info()
    assert "check the company id" in caught.value.message

    settings = ConnectWiseSettings(
        site=cw.site, company_id=cw.company_id, client_id="00000000-0000-0000-0000-000000000000"
    )
    other = ConnectWiseProvider(
        settings, ConnectWiseSecrets(public_key=cw.public_key, private_key=cw.private_key), http
    )
    with pytest.raises(PsaBadCredentials):
        await other.system_info()


async def test_429_carries_retry_after(cw: FakeConnectWise, http: httpx.AsyncClient) -> None:
    cw.fail_next("add_note", 429, retry_after=7)

    with pytest.raises(PsaThrottled) as caught:
        await provider(cw, http).add_note(str(TICKET), NoteDraft("x", NoteType.INTERNAL_ANALYSIS))

    assert caught.value.retry_after_seconds == 7
    assert caught.value.uncertain is False
    assert cw.posted() == []


async def test_5xx_and_read_timeouts_after_a_post_are_uncertain(cw: FakeConnectWise, http: httpx.AsyncClient) -> None:
    client = provider(cw, http)
    draft = NoteDraft("x", NoteType.INTERNAL_ANALYSIS)
    cw.fail_next("add_note", 502, effect=True)
    with pytest.raises(PsaServerError) as server_error:
        await client.add_note(str(TICKET), draft)
    cw.delay_next("add_note", LATE)
    with pytest.raises(PsaTimeout) as timeout:
        await client.add_note(str(TICKET), draft)
    cw.delay_next("get_ticket", LATE, effect=False)
    with pytest.raises(PsaTimeout) as read_timeout:
        await client.get_ticket(str(TICKET))

    assert server_error.value.uncertain
    assert timeout.value.uncertain
    assert not read_timeout.value.uncertain  # a read changes nothing
    assert timeout.value.status_code == 504


async def test_connection_failures_name_the_cause(cw: FakeConnectWise, http: httpx.AsyncClient) -> None:
    refused = provider(cw, http, site=f"http://127.0.0.1:{_closed_port()}")
    tls = provider(cw, http, site=f"https://127.0.0.1:{cw.port}")  # the fake speaks plain HTTP
    unknown = provider(cw, http, site="https://psa.invalid")

    with pytest.raises(PsaUnreachable) as unreachable:
        await refused.system_info()
    with pytest.raises(PsaTlsError):
        await tls.system_info()
    with pytest.raises(PsaSiteUnknown):
        await unknown.system_info()
    assert unreachable.value.uncertain is False


async def test_a_site_without_the_api_is_an_unknown_site(cw: FakeConnectWise, http: httpx.AsyncClient) -> None:
    cw.fail_next("system_info", 404)

    with pytest.raises(PsaSiteUnknown) as caught:
        await provider(cw, http).system_info()

    assert cw.site in caught.value.message


@pytest.mark.parametrize(
    ("raw", "allow_http", "site"),
    [
        ("na.myconnectwise.net", False, "https://na.myconnectwise.net"),
        ("https://EU.MyConnectWise.net/", False, "https://eu.myconnectwise.net"),
        ("https://cw.example.com:8443", False, "https://cw.example.com:8443"),
        ("http://127.0.0.1:8080", True, "http://127.0.0.1:8080"),
    ],
)
def test_sites_are_normalized_to_an_origin(raw: str, allow_http: bool, site: str) -> None:
    assert normalize_site(raw, allow_http=allow_http) == site


@pytest.mark.parametrize(
    "raw",
    [
        "https://na.myconnectwise.net/v4_6_release",
        "https://user:pass@na.myconnectwise.net",
        "https://na.myconnectwise.net?x=1",
        "ftp://na.myconnectwise.net",
        "not a host",
        "https://na.myconnectwise.net:99999",
        "",
    ],
)
def test_sites_with_more_than_an_origin_are_refused(raw: str) -> None:
    with pytest.raises(PsaSiteInvalid):
        normalize_site(raw, allow_http=True)


def test_http_sites_need_allow_http() -> None:
    with pytest.raises(PsaSiteInsecure):
        normalize_site("http://127.0.0.1:8080", allow_http=False)
