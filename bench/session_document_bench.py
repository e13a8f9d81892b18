"""Benchmark of session documentation (app/sessions/document.py): no database, no server.

A session log of 1,000 events (default), generated with a fixed seed on a flow of 40 nodes: answers,
actions (a third with command output of 3-40 lines of ipconfig/netstat-like text, some with a
password or token in it), captured inputs, notes (half with Markdown, some with an e-mail address or
a `<script>`), pasted output, went-back, pause/resume, an escalation and take-over, the end and a
late note. The team's redactor has every optional category on and two custom rules.

For each format, the median (and 90th percentile) of N timed exports after two warm-ups: an export
is everything the endpoint does after loading the log (build the document, redact it through a
fresh `RedactionDocument`, render). The build+redact share is printed separately.

    cd backend && .venv/bin/python ../bench/session_document_bench.py [--events 1000] [--runs 50]
"""

import argparse
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "backend"))

from app.flows.graph import Graph
from app.redaction.engine import Category, CustomRule, Redactor
from app.sessions import document
from app.sessions.document import DocumentFormat
from app.sessions.events import (
    ActionDone,
    Answered,
    Ended,
    Escalated,
    InputCaptured,
    NoteAdded,
    OutputPasted,
    Paused,
    Payload,
    Resumed,
    SessionStatus,
    Started,
    TakenOver,
    WentBack,
)
from app.sessions.schemas import FlowRefOut, SessionOut
from app.sessions.service import SessionLog
from app.sessions.state import Event, FlowGraph

NODES = 40


def _graph() -> FlowGraph:
    nodes = []
    edges = []
    for i in range(NODES):
        kind = ("question", "action", "input", "action")[i % 4]
        node: dict[str, object] = {"id": f"n{i}", "kind": kind, "title": f"Step {i}: check the {kind} on {{{{host}}}}"}
        nxt = f"n{(i + 1) % NODES}"
        if kind == "question":
            node["answers"] = [{"label": "Yes", "target": nxt}, {"label": "No", "target": f"n{(i + 2) % NODES}"}]
        else:
            edges.append({"source": node["id"], "target": nxt})
        if kind == "action":
            node["commands"] = [{"shell": "powershell", "text": f"Test-NetConnection {{{{host}}}} -Port {440 + i}"}]
        if kind == "input":
            node["input"] = {"variable": "host" if i == 2 else f"v{i}"}
        nodes.append(node)
    return FlowGraph.of(Graph.model_validate({"start": "n0", "nodes": nodes, "edges": edges}))


def _output(rnd: random.Random, heavy: bool) -> str:
    lines = []
    for _ in range(rnd.randint(3, 40) if heavy else rnd.randint(2, 12)):
        kind = rnd.random()
        if kind < 0.3:
            address = f"10.{rnd.randint(0, 3)}.{rnd.randint(0, 9)}.{rnd.randint(1, 254)}"
            lines.append(f"   IPv4 Address. . . . . . . . . . . : {address}")
        elif kind < 0.5:
            lines.append(f"  TCP    0.0.0.0:{rnd.randint(1, 65535)}   0.0.0.0:0   LISTENING   {rnd.randint(100, 9999)}")
        elif kind < 0.52:
            lines.append(f"ConnectionString: Server=sql01;User Id=sa;Password=Winter{rnd.randint(10, 99)}!;")
        elif kind < 0.54:
            lines.append(f"Authorization: Bearer {rnd.getrandbits(160):040x}")
        else:
            stamp = f"2026-11-23 10:{rnd.randint(0, 59):02d}:{rnd.randint(0, 59):02d}"
            lines.append(f"{stamp} INFO Service state RUNNING ({rnd.getrandbits(64):016x})")
    return "\n".join(lines)


NOTES = (
    "Called the user, the problem started after the update.",
    "User says it **only** fails on *Wi-Fi*; see `ipconfig /all` below.",
    "Mailbox owner is jane.doe@contoso.example, phone +1 415 555 0100.",
    "- checked the cable\n- checked the switch port\n- rebooted the dock",
    "Tried <script>alert(1)</script> from the ticket text: nothing happened.",
    "Vendor case [#4711](https://support.example.com/case/4711) opened.",
)


def sample_log(events: int, seed: int = 7, *, heavy: bool = False) -> SessionLog:  # noqa: PLR0915
    rnd = random.Random(seed)  # noqa: S311 (reproducible input, not security)
    graph = _graph()
    owner, other = uuid.uuid4(), uuid.uuid4()
    start = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    log: list[Event] = []
    at = start
    current = "n0"
    path = ["n0"]

    def add(payload: Payload, author: uuid.UUID = owner) -> None:
        nonlocal at
        at += timedelta(seconds=rnd.randint(2, 90))
        log.append(Event(len(log) + 1, at, author, payload))

    flow_id = uuid.uuid4()
    add(Started(flow_id=flow_id, flow_version=3, flow_title="VPN can't connect", node_id="n0", ticket_id="T-4711"))
    while len(log) < events - 2:
        node = graph.nodes[current]
        roll = rnd.random()
        if roll < 0.12:
            add(NoteAdded(text=rnd.choice(NOTES)))
            continue
        if roll < (0.18 if heavy else 0.14):
            add(OutputPasted(node_id=current, output=_output(rnd, heavy), command="ipconfig /all"))
            continue
        if roll < 0.21 and len(path) > 1:
            to = path[-2]
            add(WentBack(from_node=current, to_node=to))
            path.pop()
            current = to
            continue
        if roll < 0.22:
            add(Paused(reason="Waiting for the user"))
            add(Resumed())
            continue
        if node.kind == "question":
            option = node.answers[rnd.randrange(len(node.answers))]
            add(Answered(node_id=current, answer=0, label=option.label, target=option.target))
            nxt = option.target
        elif node.kind == "action":
            output = _output(rnd, heavy) if rnd.random() < (0.33 if heavy else 0.1) else None
            result = rnd.choice(("done", "done", "done", "failed", "skipped"))
            nxt = graph.after[current]
            add(ActionDone(node_id=current, result=result, output=output, next_node=nxt))
        else:
            assert node.input is not None
            value = f"vpn{rnd.randint(1, 9)}.contoso.example"
            nxt = graph.after[current]
            add(InputCaptured(node_id=current, variable=node.input.variable, value=value, next_node=nxt))
        path.append(nxt)
        current = nxt
        if len(log) == events // 2:
            add(Escalated(node_id=current, to_user_id=other, reason="Needs firewall access", urgency="high"))
            add(TakenOver(from_user_id=owner), author=other)
    add(Ended(outcome="resolved", summary="Re-created the **VPN profile**; the user connects again.", node_id=current))
    add(NoteAdded(text="User confirmed the next morning.", late=True))
    session = SessionOut(
        id=uuid.uuid4(),
        flow=FlowRefOut(id=flow_id, version=3, title="VPN can't connect"),
        owner_id=other,
        owner_name="Sam Engineer",
        ticket_id="T-4711",
        client_name="Contoso",
        target="LAPTOP-17",
        status=SessionStatus.RESOLVED,
        current_node=current,
        last_seq=len(log),
        started_at=start,
        last_event_at=at,
        ended_at=log[-2].at,
        current=None,
        path=[],
        variables={},
        summary="Re-created the **VPN profile**; the user connects again.",
        escalation=None,
    )
    return SessionLog(session, log, graph)


def _timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    for _ in range(2):
        fn()
    samples = []
    for _ in range(runs):
        begin = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - begin) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.9) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()

    for heavy in (False, True):
        _bench(sample_log(args.events, heavy=heavy), args.runs, "heavy" if heavy else "typical")


def _bench(log: SessionLog, runs: int, profile: str) -> None:
    redactor = Redactor(
        list(Category), [CustomRule("ticket-ref", r"CASE-[0-9]{6}"), CustomRule("asset", r"ASSET[0-9]{5}")]
    )
    names = {uuid.uuid4(): "Alex Receiver"}
    chars = sum(len(text) for text in document.build(log, names).texts())
    print(f"{profile}: {len(log.events)} events, {chars / 1024:.0f} KiB of text, {runs} runs")
    median, p90 = _timed(lambda: document.redact(document.build(log, names), redactor.document()), runs)
    print(f"  build + redact       median {median:6.2f} ms   p90 {p90:6.2f} ms")
    redacted = document.redact(document.build(log, names), redactor.document())
    print(f"  ({redacted.redactions} redactions)")
    for fmt in DocumentFormat:
        size = len(document.render(redacted, fmt).content)
        median, p90 = _timed(lambda fmt=fmt: document.export(log, fmt, redactor.document(), names), runs)
        render_median, _ = _timed(lambda fmt=fmt: document.render(redacted, fmt), runs)
        print(
            f"  export {fmt.value:<4}          median {median:6.2f} ms   p90 {p90:6.2f} ms"
            f"   (render only {render_median:5.2f} ms, {size / 1024:.0f} KiB)"
        )


if __name__ == "__main__":
    main()
