"""ConnectWise PSA (Manage) REST API v3 over httpx: the first `PsaProvider`.

Wire format (see shared/reference/outside-apis.md): base URL `{site}/v4_6_release/apis/3.0`; HTTP
Basic with `{companyId}+{publicKey}` : `{privateKey}` plus a `clientId` header; `conditions`,
`orderBy`, `page` (1-based) and `pageSize` (at most 1000) query parameters, a `Link` header with
`rel="next"` when there is another page; errors as JSON with 401 bad credentials, 403 missing
permission, 404 not found, 429 throttled (with `Retry-After`), 5xx.

Every call is bounded by the timeouts of the `httpx.AsyncClient` it is given (one per process,
shared by every team: connections are pooled per site). Nothing here logs; no error carries the
PSA's own message or the request.
"""

import base64
import email.utils
import re
import socket
import ssl
from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import quote, urlsplit

import httpx
from pydantic import BaseModel, StringConstraints

from app.psa.errors import (
    PsaBadCredentials,
    PsaBadResponse,
    PsaCallFailed,
    PsaConnectionLost,
    PsaForbidden,
    PsaNotFound,
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
from app.psa.provider import Member, MemberPage, Note, NoteDraft, NoteType, Ref, SystemInfo, Ticket

API_PATH = "/v4_6_release/apis/3.0"
TICKET_PATH = "/v4_6_release/services/system_io/Service/fv_sr100_request.rails"
MAX_PAGE_SIZE = 1000
# Looking for a pushed note's marker: newest notes first, at most this many.
MARKER_PAGE_SIZE = 200
MARKER_MAX_PAGES = 25
RETRY_AFTER_DEFAULT = 5
RETRY_AFTER_MAX = 3600
TICKET_ID_MAX = 2**31 - 1
TICKETS_INQUIRE = "Service Desk > Service Tickets (inquire)"

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_HOST = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(?:\.{_LABEL})*$")
_NEXT_LINK = re.compile(r'<[^>]*>\s*;\s*rel="?next"?', re.I)
_TICKET_ID = re.compile(r"^#?\s*(\d{1,10})$")

CompanyId = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z0-9_.-]{1,100}$")]
ApiKey = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^[A-Za-z0-9_-]{4,200}$")]


class ConnectWiseSettings(BaseModel):
    """What is not secret: the site (an origin such as `https://na.myconnectwise.net`), the company id
    and the integration's client id."""

    site: str
    company_id: CompanyId
    client_id: str


class ConnectWiseSecrets(BaseModel):
    public_key: ApiKey
    private_key: ApiKey


def normalize_site(raw: str, *, allow_http: bool) -> str:
    """`na.myconnectwise.net`, `https://cw.example.com:8443/` or (when allowed) `http://127.0.0.1:8080`
    as an origin; anything with a path, a query or credentials is refused."""
    text = raw.strip().rstrip("/")
    if "://" not in text:
        text = f"https://{text}"
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise PsaSiteInvalid from exc
    host = parts.hostname or ""
    if (
        parts.scheme not in ("https", "http")
        or parts.path
        or parts.query
        or parts.fragment
        or parts.username is not None
        or parts.password is not None
        or not (_HOST.match(host) or _is_ip(host))
    ):
        raise PsaSiteInvalid
    if parts.scheme == "http" and not allow_http:
        raise PsaSiteInsecure
    netloc = f"[{host}]" if ":" in host else host
    return f"{parts.scheme}://{netloc.lower()}" + (f":{port}" if port is not None else "")


def _is_ip(host: str) -> bool:
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.inet_pton(family, host)
        except OSError:
            continue
        return True
    return False


def ticket_number(ticket_id: str) -> int:
    match = _TICKET_ID.match(ticket_id.strip())
    if match is None or not 0 < int(match[1]) <= TICKET_ID_MAX:
        raise PsaTicketIdInvalid
    return int(match[1])


def ticket_url(settings: ConnectWiseSettings, ticket_id: str) -> str | None:
    """The ticket's page in ConnectWise's own UI."""
    try:
        number = ticket_number(ticket_id)
    except PsaTicketIdInvalid:
        return None
    return f"{settings.site}{TICKET_PATH}?service_recid={number}&companyName={quote(settings.company_id, safe='')}"


def _causes(exc: BaseException) -> list[BaseException]:
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _retry_after(value: str | None) -> int:
    if not value:
        return RETRY_AFTER_DEFAULT
    value = value.strip()
    if value.isdigit():
        return min(int(value), RETRY_AFTER_MAX)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return RETRY_AFTER_DEFAULT
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(1, min(int((when - datetime.now(UTC)).total_seconds()) + 1, RETRY_AFTER_MAX))


def _date(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _ref(value: Any) -> Ref | None:
    if not isinstance(value, dict):
        return None
    ref_id = value.get("id")
    name = value.get("name") or value.get("identifier") or ""
    identifier = value.get("identifier")
    return Ref(
        id=ref_id if isinstance(ref_id, int) else None,
        name=str(name),
        identifier=str(identifier) if identifier is not None else None,
    )


def _note(value: Any) -> Note:
    if not isinstance(value, dict) or not isinstance(value.get("id"), int):
        raise PsaBadResponse
    created_by = value.get("createdBy")
    return Note(
        id=value["id"],
        text=str(value.get("text") or ""),
        created_at=_date(value.get("dateCreated")),
        created_by=str(created_by) if created_by is not None else None,
        internal=bool(value.get("internalAnalysisFlag")),
        detail=bool(value.get("detailDescriptionFlag")),
        resolution=bool(value.get("resolutionFlag")),
    )


def _member(value: Any) -> Member:
    if not isinstance(value, dict) or not isinstance(value.get("id"), int):
        raise PsaBadResponse
    identifier = str(value.get("identifier") or "")
    name = " ".join(str(value.get(key) or "").strip() for key in ("firstName", "lastName")).strip()
    email_ = value.get("primaryEmail")
    return Member(id=value["id"], identifier=identifier, name=name or identifier, email=str(email_) if email_ else None)


def _list(response: httpx.Response) -> list[Any]:
    data = _json(response)
    if not isinstance(data, list):
        raise PsaBadResponse
    return data


def _json(response: httpx.Response, *, uncertain: bool = False) -> Any:
    try:
        return response.json()
    except ValueError as exc:
        error = PsaBadResponse()
        error.uncertain = uncertain
        raise error from exc


def _has_next_page(response: httpx.Response, count: int, page_size: int) -> bool:
    link = response.headers.get("link")
    if link is not None:
        return _NEXT_LINK.search(link) is not None
    return count >= page_size


class ConnectWiseProvider:
    name = "connectwise"

    def __init__(self, settings: ConnectWiseSettings, secrets: ConnectWiseSecrets, http: httpx.AsyncClient) -> None:
        self._settings = settings
        self._http = http
        self._base = settings.site + API_PATH
        credentials = f"{settings.company_id}+{secrets.public_key}:{secrets.private_key}"
        self._headers = {
            "Authorization": "Basic " + base64.b64encode(credentials.encode()).decode(),
            "clientId": settings.client_id,
            "Accept": "application/json",
        }

    async def _request(
        self,
        method: str,
        path: str,
        *,
        what: str,
        params: dict[str, str | int] | None = None,
        json: dict[str, Any] | None = None,
    ) -> httpx.Response:
        """One call; every failure becomes a `PsaCallFailed`. `what` names the permission a 403 lacks."""
        write = method != "GET"
        try:
            response = await self._http.request(
                method, self._base + path, params=params, json=json, headers=self._headers
            )
        except httpx.ConnectTimeout as exc:
            raise PsaTimeout(self._timeout("connect"), sent=False) from exc
        except httpx.PoolTimeout as exc:
            raise PsaTimeout(self._timeout("pool"), sent=False) from exc
        except httpx.TimeoutException as exc:  # read or write: the request (or part of it) went out
            raise PsaTimeout(self._timeout("read"), sent=write) from exc
        except httpx.ConnectError as exc:
            raise self._connect_error(exc) from exc
        except httpx.TransportError as exc:  # the connection broke off (reset, protocol error)
            error = PsaConnectionLost()
            error.uncertain = write
            raise error from exc
        status = response.status_code
        if status < 300:
            return response
        if status == 401:
            raise PsaBadCredentials
        if status == 403:
            raise PsaForbidden(what)
        if status == 404:
            raise PsaNotFound
        if status == 429:
            raise PsaThrottled(_retry_after(response.headers.get("retry-after")))
        if status >= 500:
            raise PsaServerError(status, sent=write)
        if 400 <= status < 500:
            raise PsaRejected(status)
        raise PsaBadResponse  # a redirect: not the API (a login page, another host)

    def _timeout(self, kind: str) -> float:
        value = getattr(self._http.timeout, kind, None)
        return float(value) if value is not None else 0.0

    def _connect_error(self, exc: httpx.ConnectError) -> PsaCallFailed:
        site = self._settings.site
        for cause in _causes(exc):
            if isinstance(cause, ssl.SSLError):
                return PsaTlsError(site)
            if isinstance(cause, socket.gaierror):
                return PsaSiteUnknown(site)
        text = str(exc).lower()
        if "ssl" in text or "certificate" in text or "tls" in text:
            return PsaTlsError(site)
        if "name or service not known" in text or "nodename nor servname" in text or "name resolution" in text:
            return PsaSiteUnknown(site)
        return PsaUnreachable(site)

    async def system_info(self) -> SystemInfo:
        try:
            response = await self._request("GET", "/system/info", what="System > System info")
            data = _json(response)
        except (PsaNotFound, PsaBadResponse) as exc:
            raise PsaSiteUnknown(self._settings.site) from exc
        if not isinstance(data, dict) or not data.get("version"):
            raise PsaSiteUnknown(self._settings.site)
        is_cloud = data.get("isCloud")
        time_zone = data.get("serverTimeZone")
        return SystemInfo(
            version=str(data["version"]),
            is_cloud=is_cloud if isinstance(is_cloud, bool) else None,
            server_time_zone=str(time_zone) if time_zone else None,
        )

    async def get_ticket(self, ticket_id: str) -> Ticket:
        number = ticket_number(ticket_id)
        try:
            response = await self._request("GET", f"/service/tickets/{number}", what=TICKETS_INQUIRE)
        except PsaNotFound as exc:
            raise PsaTicketNotFound(ticket_id) from exc
        data = _json(response)
        if not isinstance(data, dict) or not isinstance(data.get("id"), int):
            raise PsaBadResponse
        description = data.get("initialDescription")
        return Ticket(
            id=data["id"],
            summary=str(data.get("summary") or ""),
            board=_ref(data.get("board")),
            status=_ref(data.get("status")),
            company=_ref(data.get("company")),
            contact=_ref(data.get("contact")),
            priority=_ref(data.get("priority")),
            initial_description=str(description) if description else None,
        )

    async def _notes(self, ticket_id: str, params: dict[str, str | int]) -> httpx.Response:
        number = ticket_number(ticket_id)
        try:
            return await self._request("GET", f"/service/tickets/{number}/notes", what=TICKETS_INQUIRE, params=params)
        except PsaNotFound as exc:
            raise PsaTicketNotFound(ticket_id) from exc

    async def recent_notes(self, ticket_id: str, limit: int) -> list[Note]:
        response = await self._notes(ticket_id, {"orderBy": "id desc", "page": 1, "pageSize": limit})
        return [_note(item) for item in _list(response)]

    async def first_detail_note(self, ticket_id: str) -> Note | None:
        params: dict[str, str | int] = {
            "conditions": "detailDescriptionFlag=true",
            "orderBy": "id asc",
            "page": 1,
            "pageSize": 1,
        }
        notes = [_note(item) for item in _list(await self._notes(ticket_id, params))]
        return notes[0] if notes else None

    async def find_note(self, ticket_id: str, marker: str) -> Note | None:
        for page in range(1, MARKER_MAX_PAGES + 1):
            params: dict[str, str | int] = {"orderBy": "id desc", "page": page, "pageSize": MARKER_PAGE_SIZE}
            response = await self._notes(ticket_id, params)
            items = _list(response)
            for item in items:
                if isinstance(item, dict) and marker in str(item.get("text") or ""):
                    return _note(item)
            if not _has_next_page(response, len(items), MARKER_PAGE_SIZE):
                return None
        return None

    async def add_note(self, ticket_id: str, draft: NoteDraft) -> Note:
        number = ticket_number(ticket_id)
        body: dict[str, Any] = {
            "text": draft.text,
            "detailDescriptionFlag": draft.note_type == NoteType.DETAIL_DESCRIPTION,
            "internalAnalysisFlag": draft.note_type == NoteType.INTERNAL_ANALYSIS,
            "resolutionFlag": draft.note_type == NoteType.RESOLUTION or draft.resolution,
        }
        if draft.member_id is not None:
            body["member"] = {"id": draft.member_id}
        try:
            response = await self._request(
                "POST", f"/service/tickets/{number}/notes", what="Service Desk > Service Tickets (edit)", json=body
            )
        except PsaNotFound as exc:
            raise PsaTicketNotFound(ticket_id) from exc
        # The note exists once the PSA said 2xx: an answer we cannot read is an uncertain outcome.
        data = _json(response, uncertain=True)
        try:
            return _note(data)
        except PsaBadResponse as exc:
            exc.uncertain = True
            raise

    async def active_members(self, page: int, page_size: int) -> MemberPage:
        params: dict[str, str | int] = {
            "conditions": "inactiveFlag=false",
            "orderBy": "identifier asc",
            "page": page,
            "pageSize": min(page_size, MAX_PAGE_SIZE),
        }
        response = await self._request("GET", "/system/members", what="System > Members (inquire)", params=params)
        items = _list(response)
        return MemberPage(
            members=[_member(item) for item in items],
            has_more=_has_next_page(response, len(items), min(page_size, MAX_PAGE_SIZE)),
        )

    async def active_member(self, member_id: int) -> Member | None:
        params: dict[str, str | int] = {"conditions": f"id={member_id} and inactiveFlag=false", "pageSize": 1}
        response = await self._request("GET", "/system/members", what="System > Members (inquire)", params=params)
        members = [_member(item) for item in _list(response)]
        return members[0] if members else None
