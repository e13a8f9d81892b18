"""Demo sessions: ~200 finished troubleshooting sessions over the demo library, spread over 90 days,
and `play_checklist` for the demo's checklist sessions (app/maintenance/demo.py).

Each session is played through the real state machine (`decide` then `evolve`, as the service
does for every append), on the published graph of a demo flow, so every log is one the API could
have written and the stored row is exactly what replaying the log gives. Engineers mostly find
their way to a resolution; some sessions loop, go back, pause, paste command output, escalate (taken
over later, or still waiting in the team queue when recent), end unresolved or are abandoned.
Timestamps are backdated: business hours on weekdays, human-like think and work times.

Deterministic for a given seed and "now"; idempotent (a team that has sessions is left alone).
Rows are written in bulk (INSERT ... VALUES), not through the API.
"""

import random
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.deps import Principal
from app.core.clock import utcnow
from app.flows.graph import Graph, InputSpec, Node
from app.flows.models import Flow, FlowStatus, FlowVersion
from app.sessions import service
from app.sessions.errors import InvalidInputValue
from app.sessions.events import (
    ActionDoneIn,
    ActionResult,
    AnsweredIn,
    Command,
    EndedIn,
    EscalatedIn,
    InputCapturedIn,
    InputValue,
    NoteIn,
    OutputPastedIn,
    PausedIn,
    ResumedIn,
    Started,
    StepCompletedIn,
    TakenOverIn,
    Urgency,
    WentBackIn,
)
from app.sessions.models import Session, SessionEvent
from app.sessions.schemas import AppendIn, SessionOut
from app.sessions.service import _fill, _state_columns
from app.sessions.state import (
    Event,
    FlowGraph,
    SessionState,
    check_input,
    decide,
    distances_to_resolution,
    evolve,
    initial,
)

DEMO_SESSIONS = 200
DEMO_SEED = 20261123
HISTORY_DAYS = 90
MAX_EVENTS = 70
# Escalations this recent still wait in the team queue; older ones were taken over and finished.
QUEUE_DAYS = 7
INSERT_BATCH = 500
URGENCIES: list[Urgency] = ["normal", "normal", "high", "low", "critical"]

CLIENTS = [
    ("Contoso Dental", "contosodental.com", "CDL"),
    ("Fabrikam Logistics", "fabrikam-logistics.com", "FBL"),
    ("Northwind Traders", "northwindtraders.com", "NWT"),
    ("Tailspin Architects", "tailspin-arch.com", "TSA"),
    ("Woodgrove Accountancy", "woodgrove-acc.co.uk", "WGA"),
    ("Alpine Ski House", "alpineskihouse.com", "ASH"),
    ("Litware Legal", "litwarelegal.com", "LWL"),
    ("Proseware Clinic", "proseware-clinic.org", "PWC"),
    ("Adatum Engineering", "adatum-eng.com", "ADE"),
    ("Blue Yonder Travel", "blueyondertravel.com", "BYT"),
    ("Coho Vineyard", "cohovineyard.com", "CHV"),
    ("Lucerne Publishing", "lucernepublishing.com", "LCP"),
]  # fmt: skip
PEOPLE = [
    ("Maria", "Lopez"), ("James", "Okafor"), ("Priya", "Shah"), ("Tom", "Becker"), ("Aisha", "Rahman"),
    ("Lars", "Nilsen"), ("Chloe", "Martin"), ("Diego", "Alvarez"), ("Hannah", "Kim"), ("Oliver", "Wright"),
    ("Sofia", "Rossi"), ("Ben", "Cohen"), ("Emma", "Dubois"), ("Noah", "Fischer"), ("Grace", "Osei"),
]  # fmt: skip
SERVERS = ["DC01", "FS01", "APP02", "SQL01", "RDS01", "PRN01", "HV01", "BKP01"]
ERRORS = ["0x80070005", "0x8004010F", "0x800CCC0E", "0x80072EE7", "0xC004F074", "0x80190001", "0xCAA70004"]
OUTPUTS = {
    "powershell": [
        "Status   Name               DisplayName\n"
        "------   ----               -----------\n"
        "Running  Spooler            Print Spooler",
        "PSComputerName : {device}\nLastBootUpTime : {date} 07:12:44\nFreePhysicalMemory : 1843212",
        "Name       Used (GB)     Free (GB) Provider      Root\n"
        "----       ---------     --------- --------      ----\n"
        "C              231.40          4.12 FileSystem    C:\\",
        "LockedOut : True\nBadLogonCount : 11\nLastBadPasswordAttempt : {date} 08:41:07",
        "TcpTestSucceeded : False\nRemoteAddress : 10.20.{n}.15\nRemotePort : 3389",
        "ComputerName : {device}\nRemoteAddress : 8.8.8.8\nPingSucceeded : True\nPingReplyDetails (RTT) : 14 ms",
    ],
    "cmd": [
        "Pinging {device} [10.20.{n}.41] with 32 bytes of data:\nRequest timed out.\nRequest timed out.",
        "Server:  dc01.{domain}\nAddress:  10.20.0.10\n\n*** dc01.{domain} can't find {device}: Non-existent domain",
        "The command completed successfully.",
        "Windows IP Configuration\n\n"
        "   IPv4 Address. . . . . . . . . . . : 10.20.{n}.87\n"
        "   Default Gateway . . . . . . . . . : 10.20.{n}.1",
    ],
    "other": ["OK", "Done - no errors reported.", "Warning: 2 items skipped (in use)."],
}
NOTES = [
    "Called {first} at {client}; the problem started this morning after a reboot.",
    "RMM shows {device} last checked in {n} min ago.",
    "{first} confirms the same happens on the second monitor / dock.",
    "Remote session opened on {device} via ScreenConnect.",
    "Checked the PSA: similar ticket last month for {client}, fixed the same way.",
    "User is working from home today, on the VPN.",
    "Informed {first} we may need a reboot; agreed to do it over lunch.",
    "Error text from the user: {error}.",
    "Nothing relevant in the event log on {device} since {date}.",
    "Left a voicemail for {first}; continuing with what I can check remotely.",
]
LATE_NOTES = ["{first} confirmed by e-mail that everything still works.", "Added to the {client} known-issues page."]
RESOLVED = [
    "{title}. Verified with {first} on {device}; ticket {ticket} can be closed.",
    "{title}. {first} at {client} confirmed it works; documented in the client notes.",
    "{title}. Root cause noted in {ticket}; no further action needed.",
]
UNRESOLVED = [
    "Could not fix remotely; booked an onsite visit at {client} for {device}.",
    "Hardware fault suspected on {device}; replacement quoted to {client}.",
    "Vendor case opened; waiting on the vendor, {first} informed.",
]
ABANDONED = [
    "{first} had to leave; ticket {ticket} set to waiting on client.",
    "Duplicate of an older ticket for {client}; continued there.",
    "Issue disappeared on its own before we could finish; closing {ticket}.",
]
ESCALATION_REASONS = [
    "Needs admin rights on {client}'s tenant that I don't have.",
    "Beyond first-line: suspected server-side issue on {server}.",
    "Out of time on this one; {first} needs it today.",
]
TAKEOVER_NOTES = [
    "Took over: fixed the permissions on {server} and tested with {first}.",
    "Took over: applied the vendor's workaround, {first} confirmed.",
]


@dataclass
class Context:
    """The client, user and device one session is about (what the texts are filled with)."""

    client: str
    domain: str
    prefix: str
    first: str
    last: str
    device: str
    server: str
    ticket: str
    error: str
    n: int
    date: str

    def fill(self, template: str, **extra: str) -> str:
        return template.format(**vars(self), **extra)

    def upn(self) -> str:
        return f"{self.first.lower()}.{self.last.lower()}@{self.domain}"


def _context(rng: random.Random, when: datetime) -> Context:
    client, domain, prefix = rng.choice(CLIENTS)
    first, last = rng.choice(PEOPLE)
    kind = rng.choice(["LT", "DT", "LT", "WS"])
    return Context(
        client=client,
        domain=domain,
        prefix=prefix,
        first=first,
        last=last,
        device=f"{prefix}-{kind}-{rng.randint(1, 250):04d}",
        server=f"{prefix}-{rng.choice(SERVERS)}",
        ticket=f"T-{rng.randint(210_000, 289_999)}",
        error=rng.choice(ERRORS),
        n=rng.randint(2, 240),
        date=(when - timedelta(days=rng.randint(1, 6))).date().isoformat(),
    )


def _input_candidates(spec: InputSpec, ctx: Context, rng: random.Random, when: datetime) -> list[InputValue]:
    """Plausible values for an input node, most specific first (the first one the node accepts wins)."""
    if spec.type == "choice":
        choices = list(spec.choices or [])
        rng.shuffle(choices)
        return list(choices)
    if spec.type == "boolean":
        return [rng.random() < 0.7]
    if spec.type == "number":
        name = spec.variable.lower()
        if "pct" in name or "percent" in name:
            return [rng.randint(82, 100)]
        if "minutes" in name:
            return [rng.randint(3, 45)]
        return [rng.randint(1, 60)]
    name = spec.variable.lower()
    username = f"{ctx.first[0].lower()}{ctx.last.lower()}"
    later = (when + timedelta(days=rng.randint(3, 30))).date()
    by_name: list[tuple[str, list[InputValue]]] = [
        ("tenant", [f"{ctx.domain.split('.')[0].replace('-', '')}{rng.choice(['', 'corp'])}.onmicrosoft.com"]),
        ("upn", [ctx.upn()]),
        ("manager", [f"{rng.choice(PEOPLE)[0].lower()}@{ctx.domain}"]),
        ("owner", [f"{rng.choice(PEOPLE)[0].lower()}@{ctx.domain}"]),
        ("domain", [ctx.domain]),
        ("first_name", [ctx.first]),
        ("last_name", [ctx.last]),
        ("username", [username]),
        ("user", [f"{ctx.first} {ctx.last}", username]),
        ("client", [ctx.client]),
        ("month", [f"{when.year}-{when.month:02d}"]),
        ("quarter", [f"{when.year}-Q{(when.month - 1) // 3 + 1}"]),
        ("date", [later.isoformat()]),
        ("key_id", [f"{rng.getrandbits(32):08X}"]),
        ("drive", [rng.choice(["S", "P", "H", "C", "D"])]),
        ("share", [f"\\\\{ctx.server}\\{rng.choice(['Shared', 'Finance', 'Projects', 'Scans'])}"]),
        ("printer_ip", [f"10.20.{ctx.n}.{rng.randint(20, 60)}"]),
        ("printer", [f"{ctx.prefix}-PRN-{rng.choice(['Reception', 'Office2', 'Warehouse'])}"]),
        ("ssid", [f"{ctx.prefix}-Staff", f"{ctx.client.split()[0]}-Corp"]),
        ("host", [f"{rng.choice(['portal', 'mail', 'erp', 'intranet'])}.{ctx.domain}", ctx.server]),
        ("gateway", [f"vpn.{ctx.domain}"]),
        ("name", [ctx.device, f"files.{ctx.domain}"]),
        ("server", [ctx.server]),
        ("device", [ctx.device]),
        ("change", [f"CHG-{rng.randint(1000, 9999)}"]),
        ("error", [ctx.error, f"Error {ctx.error}"]),
        ("source", [ctx.device]),
        ("item", [f"\\\\{ctx.server}\\Finance\\Q{rng.randint(1, 4)} report.xlsx"]),
    ]
    found = [value for key, values in by_name if key in name for value in values]
    return [*found, ctx.device, ctx.server, ctx.client, username]


def input_value(spec: InputSpec, ctx: Context, rng: random.Random, when: datetime) -> InputValue:
    for candidate in _input_candidates(spec, ctx, rng, when):
        try:
            return check_input(spec, candidate)
        except InvalidInputValue:
            continue
    raise ValueError(f"no demo value fits input '{spec.variable}' (pattern {spec.pattern!r})")


@dataclass(frozen=True)
class DemoFlow:
    flow_id: uuid.UUID
    version: int
    title: str
    kind: str
    graph: FlowGraph
    distance: dict[str, int]


@dataclass
class Played:
    """One generated session: its row and its log."""

    flow: DemoFlow
    ctx: Context
    state: SessionState
    log: list[Event] = field(default_factory=list)


class _Player:
    """Plays one session through decide/evolve with a moving clock."""

    def __init__(self, rng: random.Random, flow: DemoFlow, ctx: Context, owner: uuid.UUID, at: datetime) -> None:
        self.rng, self.flow, self.ctx, self.at = rng, flow, ctx, at
        started = Started(
            flow_id=flow.flow_id,
            flow_version=flow.version,
            flow_title=flow.title,
            node_id=flow.graph.start,
            ticket_id=ctx.ticket,
            client_name=ctx.client,
            target=ctx.device,
        )
        first = Event(1, at, owner, started)
        self.played = Played(flow, ctx, initial(first), [first])

    @property
    def state(self) -> SessionState:
        return self.played.state

    def wait(self, low: float, high: float) -> None:
        """Think or work time: log-uniform between `low` and `high` seconds."""
        self.at += timedelta(seconds=round(low * (high / low) ** self.rng.random(), 3))

    def do(self, command: Command, author: uuid.UUID | None = None) -> None:
        state = self.state
        payload = decide(state, self.flow.graph, command)
        event = Event(state.last_seq + 1, self.at, author or state.owner_id, payload)
        self.played.state = evolve(state, event)
        self.played.log.append(event)

    def node(self) -> Node:
        return self.flow.graph.nodes[self.state.current_node]


def _answer(rng: random.Random, flow: DemoFlow, node: Node, avoid: int | None) -> int:
    """Mostly the answer that leads towards a resolution, sometimes any other."""
    options = [index for index in range(len(node.answers)) if index != avoid] or [0]
    if rng.random() < 0.62:
        return min(options, key=lambda index: (flow.distance.get(node.answers[index].target, 99), index))
    return rng.choice(options)


def play(
    rng: random.Random, flow: DemoFlow, owner: uuid.UUID, helpers: Sequence[uuid.UUID], at: datetime, now: datetime
) -> Played:
    ctx = _context(rng, at)
    player = _Player(rng, flow, ctx, owner, at)
    abandon_after = rng.randint(2, 12) if rng.random() < 0.07 else None
    steps = 0
    undone: int | None = None
    while len(player.played.log) < MAX_EVENTS:
        node = player.node()
        if node.kind in ("resolution", "escalation"):
            _finish(player, node, owner, helpers, now)
            return player.played
        if abandon_after is not None and steps >= abandon_after:
            player.wait(60, 1800)
            player.do(EndedIn(type="ended", outcome="abandoned", summary=ctx.fill(rng.choice(ABANDONED))))
            return player.played
        steps += 1
        roll = rng.random()
        if roll < 0.10:
            player.wait(20, 150)
            player.do(NoteIn(type="note", text=ctx.fill(rng.choice(NOTES))))
        elif roll < 0.12:
            player.wait(10, 60)
            player.do(PausedIn(type="paused", reason=f"Waiting for {ctx.first} to get back to the desk"))
            player.wait(300, 3600)
            player.do(ResumedIn(type="resumed"))
        elif roll < 0.15 and len(player.state.path) >= 2 and undone is None:
            player.wait(5, 40)
            previous = player.state.path[-2]
            player.do(WentBackIn(type="went_back"))
            # Going back to a question usually means trying another answer there.
            undone = None if previous.answer is None else _index_of(player.node(), previous.answer)
            continue
        if node.kind == "question":
            player.wait(8, 120)
            player.do(AnsweredIn(type="answered", node_id=node.id, answer=_answer(rng, flow, node, undone)))
        elif node.kind == "action":
            _act(player, node)
        elif node.kind == "input" and node.input is not None:
            player.wait(15, 90)
            value = input_value(node.input, ctx, rng, player.at)
            player.do(
                InputCapturedIn(type="input_captured", node_id=node.id, variable=node.input.variable, value=value)
            )
        undone = None
    player.wait(60, 600)
    player.do(EndedIn(type="ended", outcome="unresolved", summary=ctx.fill(rng.choice(UNRESOLVED))))
    return player.played


def _act(player: _Player, node: Node) -> None:
    """Work on an action: sometimes paste what its command printed, then report how it went."""
    rng = player.rng
    player.wait(45, 900)
    output = None
    if node.commands and rng.random() < 0.35:
        command = node.commands[0]
        output = _output(rng, player.ctx, command.shell)
        if rng.random() < 0.5:
            pasted = _fill(command.text, player.state.variables)
            player.do(OutputPastedIn(type="output_pasted", output=output, command=pasted))
            output = None
            player.wait(10, 90)
    chance = rng.random()
    result: ActionResult = "done" if chance < 0.86 else ("failed" if chance < 0.95 else "skipped")
    player.do(ActionDoneIn(type="action_done", node_id=node.id, result=result, output=output))


def _index_of(node: Node, label: str) -> int | None:
    return next((index for index, answer in enumerate(node.answers) if answer.label == label), None)


def _output(rng: random.Random, ctx: Context, shell: str) -> str:
    pool = OUTPUTS.get(shell, OUTPUTS["other"]) if shell in ("powershell", "cmd") else OUTPUTS["other"]
    return ctx.fill(rng.choice(pool))


def _finish(player: _Player, node: Node, owner: uuid.UUID, helpers: Sequence[uuid.UUID], now: datetime) -> None:
    rng, ctx = player.rng, player.ctx
    if node.kind == "resolution":
        player.wait(30, 240)
        if rng.random() < 0.06:
            player.do(EndedIn(type="ended", outcome="unresolved", summary=ctx.fill(rng.choice(UNRESOLVED))))
        else:
            summary = ctx.fill(rng.choice(RESOLVED), title=node.title.rstrip("."))
            player.do(EndedIn(type="ended", outcome="resolved", summary=summary))
        if rng.random() < 0.08:
            player.wait(3600, 86400)
            player.do(NoteIn(type="note", text=ctx.fill(rng.choice(LATE_NOTES))))
        return
    # An escalation node: hand over (taken over and finished later, or still waiting if recent), or give up.
    player.wait(30, 300)
    if rng.random() < 0.2:
        player.do(EndedIn(type="ended", outcome="unresolved", summary=ctx.fill(rng.choice(UNRESOLVED))))
        return
    others = [helper for helper in helpers if helper != owner]
    receiver = rng.choice(others) if others and rng.random() < 0.4 else None
    reason = ctx.fill(rng.choice(ESCALATION_REASONS))
    player.do(EscalatedIn(to_user_id=receiver, reason=reason, urgency=rng.choice(URGENCIES)))
    if now - player.at < timedelta(days=QUEUE_DAYS) or not others:
        return
    player.wait(600, 4 * 3600)
    taker = receiver or rng.choice(others)
    player.do(TakenOverIn(), author=taker)
    player.wait(600, 5400)
    player.do(NoteIn(type="note", text=ctx.fill(rng.choice(TAKEOVER_NOTES))))
    player.wait(60, 300)
    summary = ctx.fill("Escalated to a colleague, who fixed it: see the note. {first} at {client} confirmed.")
    player.do(EndedIn(type="ended", outcome="resolved", summary=summary))


def _start_time(rng: random.Random, now: datetime) -> datetime:
    """A weekday business-hours moment (UTC) within the history window, at least a few hours ago."""
    while True:
        day = now - timedelta(days=rng.uniform(0, HISTORY_DAYS))
        if day.weekday() >= 5 and rng.random() < 0.9:
            continue
        hour = rng.choice([8, 9, 9, 10, 10, 11, 11, 13, 14, 14, 15, 16, 17])
        moment = day.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59), microsecond=0)
        if now - timedelta(days=HISTORY_DAYS) < moment < now - timedelta(hours=8):
            return moment


async def _demo_flows(db: AsyncSession, team_id: uuid.UUID) -> list[DemoFlow]:
    stmt = (
        select(Flow.id, Flow.latest_version, Flow.title, Flow.kind, FlowVersion.graph)
        .join(FlowVersion, (FlowVersion.flow_id == Flow.id) & (FlowVersion.number == Flow.latest_version))
        .where(Flow.team_id == team_id, Flow.status != FlowStatus.ARCHIVED.value)
        .order_by(Flow.title, Flow.id)
    )
    flows = []
    for flow_id, version, title, kind, stored in (await db.execute(stmt)).all():
        graph = FlowGraph.of(Graph.model_validate(stored))
        flows.append(DemoFlow(flow_id, version, title, kind, graph, distances_to_resolution(graph)))
    return flows


WEIGHTS: dict[str, float] = {"troubleshooting": 3.0, "maintenance": 1.5, "procedural": 1.0}


def generate(
    flows: Sequence[DemoFlow],
    owners: Sequence[uuid.UUID],
    now: datetime,
    count: int = DEMO_SESSIONS,
    seed: int = DEMO_SEED,
) -> list[Played]:
    """`count` sessions on `flows`, owned mostly by the first of `owners`, oldest first."""
    rng = random.Random(seed)  # noqa: S311 (reproducible demo data, not security)
    weights = [WEIGHTS.get(flow.kind, 1.0) for flow in flows]
    owner_weights = [4.0] + [1.0] * (len(owners) - 1)
    starts = sorted(_start_time(rng, now) for _ in range(count))
    played = []
    for at in starts:
        flow = rng.choices(flows, weights)[0]
        owner = rng.choices(owners, owner_weights)[0]
        played.append(play(rng, flow, owner, owners, at, now))
    return played


def _rows(
    team_id: uuid.UUID, sessions: Sequence[Played], new_id: Callable[[], uuid.UUID]
) -> tuple[list[Any], list[Any]]:
    session_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    for played in sessions:
        session_id = new_id()
        session_rows.append(
            {
                "id": session_id,
                "team_id": team_id,
                "flow_id": played.flow.flow_id,
                "flow_version": played.flow.version,
                "flow_title": played.flow.title,
                "ticket_id": played.ctx.ticket,
                "client_name": played.ctx.client,
                "target": played.ctx.device,
                **_state_columns(played.state),
            }
        )
        event_rows += [
            {
                "session_id": session_id,
                "seq": event.seq,
                "type": event.payload.type,
                "payload": event.payload.model_dump(mode="json", exclude={"type"}),
                "author_id": event.author_id,
                "created_at": event.at,
            }
            for event in played.log
        ]
    return session_rows, event_rows


async def load_demo_sessions(
    db: AsyncSession,
    team_id: uuid.UUID,
    owners: Sequence[uuid.UUID],
    *,
    count: int = DEMO_SESSIONS,
    seed: int = DEMO_SEED,
    now: datetime | None = None,
) -> int:
    """Create `count` finished demo sessions in the team unless it has sessions; returns how many.

    `owners` are members who run sessions (the first owns most of them; the others receive escalations).
    """
    existing = (
        await db.execute(select(func.count()).select_from(Session).where(Session.team_id == team_id))
    ).scalar_one()
    flows = await _demo_flows(db, team_id)
    if existing or not flows or not owners:
        return 0
    sessions = generate(flows, owners, now or utcnow(), count, seed)
    id_rng = random.Random(seed + 1)  # noqa: S311
    session_rows, event_rows = _rows(team_id, sessions, lambda: uuid.UUID(int=id_rng.getrandbits(128), version=4))
    for start in range(0, len(session_rows), INSERT_BATCH):
        await db.execute(insert(Session), session_rows[start : start + INSERT_BATCH])
    for start in range(0, len(event_rows), INSERT_BATCH):
        await db.execute(insert(SessionEvent), event_rows[start : start + INSERT_BATCH])
    await db.commit()
    return len(sessions)


# --- checklist sessions ---------------------------------------------------------------------


async def play_checklist(
    db: AsyncSession,
    engineers: Sequence[Principal],
    session_id: uuid.UUID,
    rng: random.Random,
    ctx: Context,
    *,
    steps: int | None = None,
    fail: str | None = None,
) -> SessionOut:
    """Work a checklist session through the service, as its engineers would (taking turns): the next
    open step each time, actions done (`fail` fails), inputs captured, questions answered with their
    first answer; `steps` of them, or until nothing is open."""
    scope = engineers[0].scope
    session = await service.get_session(db, scope, session_id)
    count = 0
    while session.current is not None and session.progress is not None and session.progress.open:
        if steps is not None and count >= steps:
            break
        node = session.current
        command: StepCompletedIn
        if node.kind == "question":
            command = StepCompletedIn(type="step_completed", node_id=node.id, answer=0)
        elif node.kind == "input" and node.input is not None:
            value = input_value(node.input, ctx, rng, session.started_at)
            command = StepCompletedIn(type="step_completed", node_id=node.id, value=value)
        elif node.id == fail:
            output = rng.choice(OUTPUTS["other"][2:]) + "\nJob 'Nightly' finished with errors: 3 files locked."
            note = f"Failed on {ctx.device}; {ctx.first} at {ctx.client} informed, retrying tonight."
            command = StepCompletedIn(type="step_completed", node_id=node.id, result="failed", output=output, note=note)
        else:
            command = StepCompletedIn(type="step_completed", node_id=node.id)
        author = engineers[count % len(engineers)]
        request = AppendIn(expected_seq=session.last_seq, event=command)
        session = (await service.append_event(db, author, session_id, request)).session
        count += 1
    return session
