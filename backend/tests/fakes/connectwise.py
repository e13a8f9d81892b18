"""A fake ConnectWise PSA (Manage REST API v3): a small ASGI app served by uvicorn on 127.0.0.1.

Speaks the wire format of shared/reference/outside-apis.md under `/v4_6_release/apis/3.0`: HTTP
Basic `{companyId}+{publicKey}:{privateKey}` and a `clientId` header on every request (401
otherwise); `GET /system/info`; `GET /service/tickets/{id}`; `GET/POST /service/tickets/{id}/notes`;
`GET /system/members`; `conditions` (`field=value`, `!=`, `contains`, joined with `and`),
`orderBy` (`field asc|desc`), `page` (1-based) and `pageSize` (at most 1000, default 25) with a
`Link: <...>; rel="next"` header when there is another page; errors as `{"code", "message",
"errors"}`.

Tests queue faults per operation (`system_info`, `get_ticket`, `list_notes`, `add_note`,
`list_members`): `fail_next(op, 429, retry_after=2)`, `fail_next(op, 502, effect=True)` (the note
is created, then the gateway fails), `delay_next(op, 2.0)` (created, then answered after the
client gave up) and `delay_next(op, 2.0, effect=False)` (nothing happens; a late 504). `latency`
delays every answer (the benchmark). `requests` records what arrived; `notes[ticket_id]` what
exists.

`python -m tests.fakes.connectwise --port N` serves one on its own with demo tickets and members
(the SPA's e2e tests), plus `GET /_fake/notes?ticket=N` counting the notes the API created.
"""

import asyncio
import base64
import itertools
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

API = "/v4_6_release/apis/3.0"
MAX_PAGE_SIZE = 1000
DEFAULT_PAGE_SIZE = 25
VERSION = "v2025.1.102345"
# The credentials the fake accepts unless told others.
COMPANY_ID, PUBLIC_KEY, PRIVATE_KEY = "contoso", "PubKey1234", "PrivKey5678"
CLIENT_ID = "8c5d1e7a-2f4b-4c3d-9e8f-1a2b3c4d5e6f"
_CONDITION = re.compile(r"^\s*(\w+)\s*(!=|=|\scontains\s)\s*(.+?)\s*$", re.I)


@dataclass
class Fault:
    status: int | None = None  # answer with this status instead of the real answer
    delay: float = 0.0  # seconds before answering
    effect: bool = True  # do the work (create the note) before failing or answering late
    retry_after: int | None = None


@dataclass
class Recorded:
    method: str
    operation: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: Any = None


def _value(raw: str) -> Any:
    if raw.startswith('"') and raw.endswith('"'):
        return raw[1:-1]
    if raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    if raw.lstrip("-").isdigit():
        return int(raw)
    return raw


def matches(item: dict[str, Any], conditions: str | None) -> bool:
    if not conditions:
        return True
    for part in re.split(r"\s+and\s+", conditions, flags=re.I):
        match = _CONDITION.match(part)
        if match is None:
            raise ValueError(part)
        name, op, raw = match[1], match[2].strip().lower(), match[3]
        actual, expected = item.get(name), _value(raw)
        if op == "=" and actual != expected:
            return False
        if op == "!=" and actual == expected:
            return False
        if op == "contains" and str(expected).lower() not in str(actual or "").lower():
            return False
    return True


def _error(status: int, code: str, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"code": code, "message": message, "errors": []}, status_code=status, headers=headers)


@dataclass
class FakeConnectWise:
    company_id: str
    public_key: str
    private_key: str
    client_id: str
    port: int = 0
    latency: float = 0.0
    info: dict[str, Any] = field(
        default_factory=lambda: {"version": VERSION, "isCloud": True, "serverTimeZone": "Eastern Standard Time"}
    )
    tickets: dict[int, dict[str, Any]] = field(default_factory=dict)
    notes: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    members: list[dict[str, Any]] = field(default_factory=list)
    requests: list[Recorded] = field(default_factory=list)
    _faults: dict[str, list[Fault]] = field(default_factory=dict)
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(9001))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def site(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # --- test controls ----------------------------------------------------------------------

    def reset(self) -> None:
        with self._lock:
            self.latency = 0.0
            self.tickets.clear()
            self.notes.clear()
            self.members.clear()
            self.requests.clear()
            self._faults.clear()

    def fail_next(
        self, operation: str, status: int, *, times: int = 1, retry_after: int | None = None, effect: bool = False
    ) -> None:
        with self._lock:
            self._faults.setdefault(operation, []).extend(
                Fault(status=status, retry_after=retry_after, effect=effect) for _ in range(times)
            )

    def delay_next(self, operation: str, seconds: float, *, effect: bool = True) -> None:
        """`effect`: do the work, answer normally after `seconds`; otherwise do nothing, answer 504 late."""
        with self._lock:
            status = None if effect else 504
            self._faults.setdefault(operation, []).append(Fault(status=status, delay=seconds, effect=effect))

    def add_ticket(self, ticket_id: int, summary: str = "Outlook won't start", **fields: Any) -> dict[str, Any]:
        ticket = {
            "id": ticket_id,
            "summary": summary,
            "board": {"id": 1, "name": "Service Desk"},
            "status": {"id": 16, "name": "In Progress"},
            "company": {"id": 250, "identifier": "Contoso", "name": "Contoso Ltd"},
            "contact": {"id": 77, "name": "Alex Doe"},
            "priority": {"id": 4, "name": "Priority 3 - Normal Response"},
            "_info": {"lastUpdated": "2026-11-23T08:00:00Z"},
            **fields,
        }
        self.tickets[ticket_id] = ticket
        self.notes.setdefault(ticket_id, [])
        return ticket

    def add_note(self, ticket_id: int, text: str, **flags: Any) -> dict[str, Any]:
        return self._create_note(ticket_id, {"text": text, **flags})

    def add_member(
        self,
        member_id: int,
        identifier: str,
        email: str | None,
        *,
        first: str = "",
        last: str = "",
        inactive: bool = False,
    ) -> dict[str, Any]:
        member = {
            "id": member_id,
            "identifier": identifier,
            "firstName": first or identifier.capitalize(),
            "lastName": last or "Member",
            "primaryEmail": email,
            "inactiveFlag": inactive,
        }
        self.members.append(member)
        return member

    def notes_with(self, marker: str) -> list[dict[str, Any]]:
        return [note for notes in self.notes.values() for note in notes if marker in note["text"]]

    def posted(self, ticket_id: int | None = None) -> list[dict[str, Any]]:
        """Every note created through the API (not added by `add_note`), on one ticket or all."""
        return [
            note
            for tid, notes in self.notes.items()
            if ticket_id is None or tid == ticket_id
            for note in notes
            if note.get("_api")
        ]

    def count(self, operation: str) -> int:
        return sum(1 for request in self.requests if request.operation == operation)

    def operations(self) -> list[str]:
        return [request.operation for request in self.requests]

    # --- the API ------------------------------------------------------------------------------

    def _next_fault(self, operation: str) -> Fault | None:
        with self._lock:
            queue = self._faults.get(operation)
            return queue.pop(0) if queue else None

    def _authorized(self, request: Request) -> JSONResponse | None:
        credentials = f"{self.company_id}+{self.public_key}:{self.private_key}"
        if request.headers.get("authorization") != "Basic " + base64.b64encode(credentials.encode()).decode():
            return _error(401, "Unauthorized", "Authentication failed: the member id or keys are not valid.")
        if request.headers.get("clientid") != self.client_id:
            return _error(401, "Unauthorized", "The clientId header is missing or not registered.")
        return None

    async def _handle(self, request: Request, operation: str, work: Callable[[Request, Any], Response]) -> Response:
        body = None
        if request.method == "POST":
            try:
                body = await request.json()
            except ValueError:
                return _error(400, "InvalidObject", "The body is not valid JSON.")
        self.requests.append(
            Recorded(
                request.method,
                operation,
                request.url.path,
                dict(request.query_params),
                {key.lower(): value for key, value in request.headers.items()},
                body,
            )
        )
        if self.latency:
            await asyncio.sleep(self.latency)
        refused = self._authorized(request)
        if refused is not None:
            return refused
        fault = self._next_fault(operation)
        if fault is None:
            return work(request, body)
        response = work(request, body) if fault.effect else None
        if fault.delay:
            await asyncio.sleep(fault.delay)
        if fault.status is None:
            return response or _error(500, "Error", "fault without effect")
        headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else None
        return _error(fault.status, "Fault", f"Injected HTTP {fault.status}.", headers)

    def _page(self, request: Request, items: list[dict[str, Any]]) -> Response:
        query = request.query_params
        try:
            items = [item for item in items if matches(item, query.get("conditions"))]
            page = int(query.get("page", "1"))
            page_size = int(query.get("pageSize", str(DEFAULT_PAGE_SIZE)))
        except ValueError:
            return _error(400, "InvalidObject", "Invalid conditions or paging.")
        if page < 1 or not 1 <= page_size <= MAX_PAGE_SIZE:
            return _error(400, "InvalidObject", "pageSize must be between 1 and 1000.")
        order = query.get("orderBy")
        if order:
            name, _, direction = order.partition(" ")
            items = sorted(items, key=lambda item: item.get(name) or 0, reverse=direction.strip().lower() == "desc")
        chunk = items[(page - 1) * page_size : page * page_size]
        headers = {}
        if page * page_size < len(items):
            following = urlencode({**query, "page": page + 1})
            headers["Link"] = f'<{request.url.replace(query=following)}>; rel="next"'
        return JSONResponse([self._public(item) for item in chunk], headers=headers)

    @staticmethod
    def _public(item: dict[str, Any]) -> dict[str, Any]:
        return {key: value for key, value in item.items() if not key.startswith("_api")}

    def _ticket_id(self, request: Request) -> int | None:
        ticket_id = int(request.path_params["ticket_id"])
        return ticket_id if ticket_id in self.tickets else None

    def _system_info(self, request: Request, _: Any) -> Response:
        return JSONResponse(self.info)

    def _get_ticket(self, request: Request, _: Any) -> Response:
        ticket_id = self._ticket_id(request)
        if ticket_id is None:
            return _error(404, "NotFound", f"Ticket {request.path_params['ticket_id']} not found.")
        return JSONResponse(self.tickets[ticket_id])

    def _list_notes(self, request: Request, _: Any) -> Response:
        ticket_id = self._ticket_id(request)
        if ticket_id is None:
            return _error(404, "NotFound", "Ticket not found.")
        return self._page(request, self.notes[ticket_id])

    def _create_note(self, ticket_id: int, body: dict[str, Any], *, api: bool = False) -> dict[str, Any]:
        member = body.get("member")
        note = {
            "id": next(self._ids),
            "ticketId": ticket_id,
            "text": body["text"],
            "detailDescriptionFlag": bool(body.get("detailDescriptionFlag")),
            "internalAnalysisFlag": bool(body.get("internalAnalysisFlag")),
            "resolutionFlag": bool(body.get("resolutionFlag")),
            "member": member,
            "dateCreated": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "createdBy": "APIMember",
            "_api": api,
        }
        self.notes.setdefault(ticket_id, []).append(note)
        return note

    def _add_note(self, request: Request, body: Any) -> Response:
        ticket_id = self._ticket_id(request)
        if ticket_id is None:
            return _error(404, "NotFound", "Ticket not found.")
        flags = ("detailDescriptionFlag", "internalAnalysisFlag", "resolutionFlag")
        if (
            not isinstance(body, dict)
            or not isinstance(body.get("text"), str)
            or not body["text"].strip()
            or any(not isinstance(body.get(flag, False), bool) for flag in flags)
        ):
            return _error(400, "InvalidObject", "text is required; flags are booleans.")
        member = body.get("member")
        if member is not None:
            known = {m["id"]: m for m in self.members if not m["inactiveFlag"]}
            if not isinstance(member, dict) or member.get("id") not in known:
                return _error(400, "InvalidObject", "member is not an active member.")
            body = {**body, "member": {"id": member["id"], "identifier": known[member["id"]]["identifier"]}}
        return JSONResponse(self._public(self._create_note(ticket_id, body, api=True)), status_code=201)

    def _list_members(self, request: Request, _: Any) -> Response:
        return self._page(request, self.members)

    @property
    def app(self) -> Starlette:
        def route(path: str, operation: str, work: Callable[[Request, Any], Response], method: str = "GET") -> Route:
            async def endpoint(request: Request) -> Response:
                return await self._handle(request, operation, work)

            return Route(API + path, endpoint, methods=[method])

        return Starlette(
            routes=[
                route("/system/info", "system_info", self._system_info),
                route("/service/tickets/{ticket_id:int}", "get_ticket", self._get_ticket),
                route("/service/tickets/{ticket_id:int}/notes", "list_notes", self._list_notes),
                route("/service/tickets/{ticket_id:int}/notes", "add_note", self._add_note, "POST"),
                route("/system/members", "list_members", self._list_members),
            ]
        )


def _serve(server: uvicorn.Server, sock: socket.socket) -> None:
    asyncio.run(server.serve(sockets=[sock]))


@contextmanager
def running(
    company_id: str = COMPANY_ID, public_key: str = PUBLIC_KEY, private_key: str = PRIVATE_KEY, client_id: str = ""
) -> Iterator[FakeConnectWise]:
    fake = FakeConnectWise(company_id, public_key, private_key, client_id or CLIENT_ID)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    fake.port = sock.getsockname()[1]
    config = uvicorn.Config(
        fake.app, log_config=None, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=1
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=_serve, args=(server, sock), daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the fake ConnectWise server did not start")
        time.sleep(0.01)
    try:
        yield fake
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


# --- a standalone server (the SPA's e2e tests) ------------------------------------------------


def seed_demo(fake: FakeConnectWise) -> None:
    """Tickets and members for the demo team: two members match demo accounts by e-mail (one in
    other case), one matches nobody, one is inactive."""
    fake.add_ticket(
        4711,
        "Outlook won't start after the Office update",
        initialDescription="Since this morning's update Outlook hangs at 'Loading profile' on PC-0042.",
    )
    fake.add_note(4711, "Called Alex: it happens on every start, webmail works.", internalAnalysisFlag=True)
    fake.add_note(4711, "User says the PC restarted overnight for updates.", detailDescriptionFlag=True)
    fake.add_ticket(
        4712,
        "VPN drops every few minutes",
        company={"id": 251, "identifier": "Fabrikam", "name": "Fabrikam Inc"},
        contact={"id": 78, "name": "Sam Lee"},
    )
    fake.add_member(101, "aadmin", "Admin@Demo.Local", first="Alex", last="Admin")
    fake.add_member(102, "eengineer", "engineer@demo.local", first="Erin", last="Engineer")
    fake.add_member(103, "jsmith", "j.smith@northwind.example", first="Jordan", last="Smith")
    fake.add_member(104, "oldtech", "old.tech@northwind.example", first="Old", last="Tech", inactive=True)


def _control_routes(fake: FakeConnectWise) -> list[Route]:
    """`GET /_fake/notes?ticket=N`: what the API created on a ticket (tests count notes)."""

    async def notes(request: Request) -> Response:
        ticket = request.query_params.get("ticket")
        posted = fake.posted(int(ticket) if ticket and ticket.isdigit() else None)
        return JSONResponse({"count": len(posted), "ids": [note["id"] for note in posted]})

    return [Route("/_fake/notes", notes)]


def main() -> None:
    """`python -m tests.fakes.connectwise --port N`: the fake with the demo tickets and members,
    accepting the default credentials above (or those given)."""
    import argparse

    parser = argparse.ArgumentParser(description="A fake ConnectWise PSA on 127.0.0.1 for local tests.")
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--company-id", default=COMPANY_ID)
    parser.add_argument("--public-key", default=PUBLIC_KEY)
    parser.add_argument("--private-key", default=PRIVATE_KEY)
    parser.add_argument("--client-id", default=CLIENT_ID)
    args = parser.parse_args()
    fake = FakeConnectWise(args.company_id, args.public_key, args.private_key, args.client_id, port=args.port)
    seed_demo(fake)
    app = Starlette(routes=[*fake.app.routes, *_control_routes(fake)])
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False, lifespan="off")


if __name__ == "__main__":
    main()
