"""Evaluation of FlowPilot's offline provider on the demo data, printing figures.

1. Next-step suggestion. The demo team's ~200 sessions (app/sessions/demo.py) are split by time: the
   oldest 75 % are history, the newest 25 % are held out. Each held-out session is replayed event by
   event; at every question it answered, the offline provider ranks the answers from the history
   split only (the same `offline.rank_answers` the API uses, with the session's own trail so far:
   going back, loops) and its top answer is compared with what the engineer actually chose. Printed:
   top-1 accuracy against the ground truth path, next to the majority-answer baseline (the answer
   chosen most often at that node in the history split), overall and on held-out sessions that
   ended resolved.
2. Retrieval. recall@3 of the expected demo flow for 40 fixed problem descriptions in a user's
   words, through the copilot's library retrieval (full text on content words fused with wordllama
   similarity), and each half alone.

Starts an embedded PostgreSQL (or uses DATABASE_URL: give it a throwaway database), migrates, loads
the demo data and embeds the library with the local model. No network.

    cd backend && .venv/bin/python ../bench/copilot_eval.py [--holdout 0.25]
"""

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "backend"))

from alembic import command
from sqlalchemy import select

from app.copilot import history, offline, retrieval
from app.copilot.history import NodeHistory
from app.core.config import Settings
from app.core.db import create_engine, create_sessionmaker
from app.core.migrations import alembic_config
from app.core.tenancy import TeamScope
from app.embeddings.providers import WordLlamaProvider
from app.embeddings.service import reembed, semantic_ranking
from app.flows.graph import Graph
from app.flows.models import Flow, FlowVersion
from app.search.models import SearchDocument
from app.seed import seed_demo
from app.sessions.events import Answered
from app.sessions.models import Session, SessionEvent
from app.sessions.service import event_of
from app.sessions.state import Event, FlowGraph, distances_to_resolution
from app.teams.models import Team
from app.teams.service import DEMO_TEAM_SLUG

# A user's words for a problem, and the demo flow that should come up (40 descriptions, 22 flows).
QUERIES: list[tuple[str, str]] = [
    ("user can't log in, says the account is locked after too many attempts", "Active Directory account locked out"),
    ("domain account keeps getting locked every morning", "Active Directory account locked out"),
    ("check last night's backups and do a test restore", "Backup verification and test restore"),
    ("laptop asks for a 48 digit recovery key when it boots", "BitLocker recovery key prompt at startup"),
    ("bitlocker screen at startup after bios update", "BitLocker recovery key prompt at startup"),
    ("chrome says your connection is not private on our intranet site", "Certificate warnings in the browser"),
    ("ssl certificate error when opening the portal", "Certificate warnings in the browser"),
    ("server C drive almost full, monitoring alert", "Disk full: low free space on a workstation or server"),
    ("no space left on the workstation, cannot save files", "Disk full: low free space on a workstation or server"),
    ("names don't resolve, nslookup fails for internal servers", "DNS resolution failure"),
    ("websites won't open but ping by IP works", "DNS resolution failure"),
    ("user got a new phone and can't approve the authenticator prompt", "Microsoft 365 MFA lockout"),
    ("locked out of office 365 because of multi-factor authentication", "Microsoft 365 MFA lockout"),
    ("move a client from one microsoft 365 tenant to another", "Microsoft 365 tenant-to-tenant migration checklist"),
    ("the S: drive disappeared from file explorer", "Mapped network drive missing or unavailable"),
    ("shared network drive not mapped after login", "Mapped network drive missing or unavailable"),
    ("monthly review of windows updates compliance for a client", "Monthly patch compliance review"),
    ("new employee starts monday, set up account and laptop", "New-hire onboarding"),
    ("onboard a new starter with a mailbox and intune laptop", "New-hire onboarding"),
    ("employee left the company, disable the account and convert the mailbox", "User offboarding"),
    ("leaver process for a terminated user", "User offboarding"),
    ("onedrive shows a red cross and files are not syncing", "OneDrive sync stuck"),
    ("files stuck on sync pending in onedrive", "OneDrive sync stuck"),
    ("outlook keeps asking for the password over and over", "Outlook keeps prompting for a password"),
    ("credential prompt pops up in outlook every few minutes", "Outlook keeps prompting for a password"),
    ("printer shows offline and nothing prints", "Printer offline or print spooler stopped"),
    ("print jobs stuck in the queue, spooler service stopped", "Printer offline or print spooler stopped"),
    ("quarterly check of the firewall rules and firmware", "Quarterly firewall review"),
    ("remote desktop connection to the server fails", "RDP won't connect"),
    ("mstsc says the remote computer can't be reached", "RDP won't connect"),
    ("patch the windows servers in tonight's maintenance window", "Windows Server patching"),
    ("computer is very slow and takes ages to open programs", "Slow PC"),
    ("pc freezes, cpu at 100 percent", "Slow PC"),
    ("nobody can hear me in teams calls, microphone not working", "Teams audio not working"),
    ("headset has no sound in microsoft teams meetings", "Teams audio not working"),
    ("forticlient vpn won't connect from home", "VPN client fails to connect"),
    ("remote worker can't reach the office network over the vpn", "VPN client fails to connect"),
    ("wifi disconnects every few minutes on the laptop", "Wi-Fi keeps dropping"),
    ("wireless keeps dropping in the meeting room", "Wi-Fi keeps dropping"),
    ("globalprotect stuck on connecting", "VPN client fails to connect"),
]


@contextmanager
def database() -> Iterator[str]:
    if os.environ.get("DATABASE_URL"):
        yield os.environ["DATABASE_URL"]
        return
    from app.core.embedded_db import EmbeddedPostgres

    server = EmbeddedPostgres(Path(tempfile.mkdtemp(prefix="rf-eval-")) / "pg", cleanup="delete")
    try:
        yield server.url()
    finally:
        server.stop()


@dataclass
class Replayed:
    session_id: object
    flow_id: object
    status: str
    started_at: object
    events: list[Event]


def _majority(node_answers: list[str], counts: NodeHistory) -> str:
    if not counts.total:
        return node_answers[0]
    return max(node_answers, key=lambda label: (counts.count(label), -node_answers.index(label)))


def evaluate_suggestions(
    sessions: list[Replayed], graphs: dict[tuple[object, int], FlowGraph], versions: dict[object, int], holdout: float
) -> None:
    ordered = sorted(sessions, key=lambda s: s.started_at)  # type: ignore[arg-type, return-value]
    split = int(len(ordered) * (1 - holdout))
    train, test = ordered[:split], ordered[split:]
    counts: dict[tuple[object, str], NodeHistory] = defaultdict(NodeHistory)
    for session in train:
        for event in session.events:
            if isinstance(event.payload, Answered):
                counts[(session.flow_id, event.payload.node_id)].add(event.payload.label, session.status == "resolved")

    totals: Counter[str] = Counter()
    for session in test:
        graph = graphs[(session.flow_id, versions[session.flow_id])]
        distances = distances_to_resolution(graph)
        for position, event in enumerate(session.events):
            payload = event.payload
            if not isinstance(payload, Answered):
                continue
            node = graph.nodes[payload.node_id]
            labels = [answer.label for answer in node.answers]
            seen = counts[(session.flow_id, node.id)]
            trail = history.trail(session.events[:position], node.id)
            suggested = offline.rank_answers(node, seen, distances, trail.undone_answer)[0].label
            baseline = _majority(labels, seen)
            groups = ["all"] + (["resolved"] if session.status == "resolved" else [])
            for group in groups:
                totals[f"{group}:n"] += 1
                totals[f"{group}:offline"] += suggested == payload.label
                totals[f"{group}:majority"] += baseline == payload.label
                totals[f"{group}:agree"] += suggested == baseline
            if trail.undone_answer is not None:
                totals["after_back:n"] += 1
                totals["after_back:offline"] += suggested == payload.label
                totals["after_back:majority"] += baseline == payload.label

    print(f"Next-step suggestion (offline provider), {len(train)} history / {len(test)} held-out sessions")
    for group, title in (("all", "every answered question"), ("resolved", "held-out sessions that ended resolved"),
                         ("after_back", "questions answered again after going back")):  # fmt: skip
        n = totals[f"{group}:n"]
        if not n:
            continue
        print(
            f"  {title:<45} n={n:<4} top-1 offline {totals[f'{group}:offline'] / n:6.1%}   "
            f"majority-answer baseline {totals[f'{group}:majority'] / n:6.1%}"
        )
    print(f"  offline and baseline agree on {totals['all:agree'] / max(1, totals['all:n']):.1%} of the questions")


async def evaluate_retrieval(
    db: object, scope: TeamScope, embedder: WordLlamaProvider, titles: dict[object, str]
) -> None:
    hits: Counter[str] = Counter()
    misses = []
    for question, expected in QUERIES:
        hybrid = await retrieval.library(db, scope, question, embedder, limit=3)  # type: ignore[arg-type]
        text_only = await retrieval.library(db, scope, question, None, limit=3)  # type: ignore[arg-type]
        vector = await embedder.embed_query(question)
        semantic_ids = await semantic_ranking(
            db, scope, vector, embedder.model, limit=3, min_similarity=embedder.min_similarity
        )  # type: ignore[arg-type]
        rows = await db.execute(select(SearchDocument.flow_id).where(SearchDocument.id.in_(semantic_ids)))  # type: ignore[attr-defined]
        semantic_titles = {titles.get(flow_id) for (flow_id,) in rows}
        found = [source.title for source in hybrid]
        hits["hybrid"] += expected in found
        hits["text"] += expected in [source.title for source in text_only]
        hits["semantic"] += expected in semantic_titles
        if expected not in found:
            misses.append((question, expected, found))
    n = len(QUERIES)
    print(f"Retrieval recall@3 over {n} problem descriptions (demo library)")
    print(f"  hybrid (copilot retrieval)  {hits['hybrid'] / n:6.1%}")
    print(f"  full text on content words  {hits['text'] / n:6.1%}")
    print(f"  wordllama similarity alone  {hits['semantic'] / n:6.1%}")
    for question, expected, found in misses:
        print(f"  miss: {question!r} -> expected {expected!r}, got {found}")


async def run(database_url: str, holdout: float) -> None:
    started = time.monotonic()
    await asyncio.to_thread(command.upgrade, alembic_config(database_url), "head")
    settings = Settings(_env_file=None, environment="local", database_url=database_url, bcrypt_rounds=4)  # type: ignore[call-arg]
    engine = create_engine(settings)
    embedder = WordLlamaProvider()
    try:
        async with create_sessionmaker(engine)() as db:
            await seed_demo(db, settings)
            await reembed(db, embedder)
            team = (await db.execute(select(Team).where(Team.slug == DEMO_TEAM_SLUG))).scalar_one()
            scope = TeamScope(team.id)
            flows = (await db.execute(select(Flow).where(Flow.team_id == team.id))).scalars().all()
            titles = {flow.id: flow.title for flow in flows}
            versions = {flow.id: flow.latest_version for flow in flows}
            graphs = {
                (row.flow_id, row.number): FlowGraph.of(Graph.model_validate(row.graph))
                for row in (await db.execute(select(FlowVersion).where(FlowVersion.team_id == team.id))).scalars()
            }
            rows = (await db.execute(select(Session).where(Session.team_id == team.id))).scalars().all()
            logs: dict[object, list[Event]] = defaultdict(list)
            stmt = select(SessionEvent).where(SessionEvent.session_id.in_([row.id for row in rows]))
            for stored in (await db.execute(stmt.order_by(SessionEvent.session_id, SessionEvent.seq))).scalars():
                logs[stored.session_id].append(event_of(stored))
            sessions = [
                Replayed(row.id, row.flow_id, row.status, row.started_at, logs[row.id])
                for row in rows
                if row.flow_id is not None
            ]
            print(
                f"Demo data: {len(flows)} flows, {len(sessions)} sessions (setup {time.monotonic() - started:.0f} s)\n"
            )
            evaluate_suggestions(sessions, graphs, versions, holdout)
            print()
            await evaluate_retrieval(db, scope, embedder, titles)
    finally:
        await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--holdout", type=float, default=0.25, help="Share of the newest sessions held out.")
    args = parser.parse_args()
    with database() as url:
        asyncio.run(run(url, args.holdout))


if __name__ == "__main__":
    main()
