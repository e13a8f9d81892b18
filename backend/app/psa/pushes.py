"""Pushing a session's documentation to its ticket as a note, exactly once. No HTTP here.

PSAs have no idempotency key for notes, so every push is a row (`psa_pushes`) before it is a note:
  1. `push_session` renders the `psa` document (redacted) and, under a per-session advisory lock,
     either finds the push that already has exactly this content (a no-op that returns it) or
     records a new one: `pending`, numbered per session, its first line a marker unique to it,
     claimed by the request (`claim_id`, `run_after` a lease ahead). A push after new events is a
     new number: an update note.
  2. `attempt`: when an earlier attempt may have gone through (`in_flight`), it first looks for the
     marker among the ticket's notes and, when found, records that note. Otherwise it sets
     `in_flight` (committed before anything is sent), posts the note and records its id.
  3. A failed attempt is recorded: an uncertain one (timeout after sending, 5xx, a broken
     connection, an unreadable 2xx) keeps `in_flight`, so the next attempt looks before it posts;
     429 waits for `Retry-After`; the rest back off exponentially (capped), at most
     `PSA_PUSH_MAX_ATTEMPTS` attempts; refusals (credentials, permission, no such ticket) fail at
     once. Pushing the same content again retries a `failed` push (same marker, so still once).
  4. Retries run in the background (`worker.py`): due pushes are claimed with SKIP LOCKED and a
     lease, so replicas share them and the claims of a process that died come back.
No transaction is open while the PSA is called.
"""

import asyncio
import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import Update, func, literal, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.deps import Principal
from app.core.clock import utcnow
from app.core.errors import AppError
from app.core.logging import get_logger
from app.core.tenancy import TeamScope, get_in_team, in_team
from app.psa.errors import (
    PsaCallFailed,
    PsaCredentialsUnreadable,
    PsaNotConnected,
    PsaSiteInsecure,
    PsaThrottled,
    PsaTicketIdInvalid,
    PsaTicketNotFound,
    PsaTimeout,
    SessionHasNoTicket,
)
from app.psa.models import PsaConnection, PsaPush
from app.psa.provider import NoteDraft, NoteType
from app.psa.runtime import PsaRuntime
from app.psa.schemas import PsaPushIn, PsaPushOut
from app.psa.service import find_connection, mapped_member_id, open_provider, require_connection, ticket_url
from app.sessions.document import DocumentFormat, psa_marker
from app.sessions.models import Session
from app.sessions.service import export_document

log = get_logger(__name__)

# An attempt (a marker search and a post) is cut off after ATTEMPT_DEADLINE, well within the
# lease, so a claim is never taken over while its holder is still at work.
ATTEMPT_DEADLINE = timedelta(minutes=2)
LEASE = timedelta(minutes=5)
CLAIM_BATCH = 10
LAST_ERROR_MAX = 300

Outcome = Literal["posted", "pending", "existing"]
# What an attempt records on the push (anything else is a bug: the claim simply runs out).
ATTEMPT_ERRORS = (PsaCallFailed, PsaTicketNotFound, PsaTicketIdInvalid)


def push_marker(session_id: uuid.UUID, number: int) -> str:
    """The first line of a pushed note; unique per push, so finding it on the ticket is proof."""
    return f"[ResolutionFlow session {session_id} note {number}]"


def _content_hash(ticket_id: str, note_type: NoteType, include_resolution: bool, body: str) -> str:
    return hashlib.sha256(f"{ticket_id}\n{note_type.value}\n{include_resolution}\n{body}".encode()).hexdigest()


def _note_text(marker: str, body: str, previous: PsaPush | None) -> str:
    """`body` (the psa document without its own marker line) under the push's marker."""
    update_line = ""
    if previous is not None and previous.note_id is not None:
        update_line = (
            f"Update: the documentation as it is now; it follows ResolutionFlow note {previous.number} "
            f"(note #{previous.note_id}).\n"
        )
    return f"{marker}\n{update_line}{body}"


def push_out(push: PsaPush, url: str | None, *, reused: bool = False) -> PsaPushOut:
    return PsaPushOut(
        id=push.id,
        session_id=push.session_id,
        number=push.number,
        is_update=push.number > 1,
        ticket_id=push.ticket_id,
        note_type=NoteType(push.note_type),
        include_resolution=push.include_resolution,
        status="posted" if push.status == "posted" else "failed" if push.status == "failed" else "pending",
        note_id=push.note_id,
        ticket_url=url,
        member_id=push.member_id,
        covers_seq=push.covers_seq,
        attempts=push.attempts,
        next_attempt_at=push.run_after if push.status == "pending" else None,
        last_error=push.last_error,
        found_by_marker=push.found_by_marker,
        created_by=push.created_by_id,
        created_at=push.created_at,
        posted_at=push.posted_at,
        reused=reused,
    )


@dataclass(frozen=True)
class PushResult:
    push: PsaPushOut
    outcome: Outcome


async def push_session(
    db: AsyncSession, runtime: PsaRuntime, principal: Principal, session_id: uuid.UUID, body: PsaPushIn
) -> PushResult:
    """Push the session's documentation to its ticket (see the module doc). A refusal by the PSA on
    the first attempt is raised (the push stays `failed`); anything retryable answers `pending`."""
    session = await get_in_team(db, Session, session_id, principal.scope, not_found="session_not_found")
    if not session.ticket_id:
        raise SessionHasNoTicket
    ticket_id, covers_seq, owner_id = session.ticket_id, session.last_seq, session.owner_id
    connection = await require_connection(db, principal.scope)
    note_type = body.note_type or NoteType(connection.default_note_type)
    rendered = await export_document(db, principal.scope, session_id, DocumentFormat.PSA)
    first_line, _, content = rendered.content.partition("\n")
    if first_line != psa_marker(session_id):  # the push's own marker replaces the document's
        content = rendered.content
    content_hash = _content_hash(ticket_id, note_type, body.include_resolution, content)
    member_id = await mapped_member_id(db, principal.scope, owner_id)

    # One push decision per session at a time: the same content twice is one push.
    await db.execute(select(func.pg_advisory_xact_lock(func.hashtextextended(literal(f"psa_push:{session_id}"), 0))))
    earlier = (
        (
            await db.execute(
                in_team(select(PsaPush), PsaPush, principal.scope)
                .where(PsaPush.session_id == session_id)
                .order_by(PsaPush.number.desc())
                .execution_options(populate_existing=True)
            )
        )
        .scalars()
        .all()
    )
    same = next((push for push in earlier if push.content_hash == content_hash), None)
    url = ticket_url(connection, ticket_id)
    if same is not None and same.status != "failed":
        await db.commit()
        return PushResult(push_out(same, url, reused=True), "existing")
    now, claim = utcnow(), uuid.uuid4()
    if same is not None:  # given up earlier: try again, same marker (it may have gone through)
        same.status, same.attempts, same.last_error = "pending", 0, None
        same.run_after, same.claim_id, same.updated_at = now + LEASE, claim, now
        push = same
    else:
        number = earlier[0].number + 1 if earlier else 1
        previous = next((push for push in earlier if push.status == "posted"), None)
        marker = push_marker(session_id, number)
        push = PsaPush(
            id=uuid.uuid4(),
            team_id=principal.team_id,
            session_id=session_id,
            number=number,
            provider=connection.provider,
            ticket_id=ticket_id,
            note_type=note_type.value,
            include_resolution=body.include_resolution,
            marker=marker,
            content_hash=content_hash,
            text=_note_text(marker, content, previous),
            covers_seq=covers_seq,
            member_id=member_id,
            status="pending",
            in_flight=False,
            attempts=0,
            run_after=now + LEASE,
            claim_id=claim,
            found_by_marker=False,
            created_by_id=principal.user_id,
            created_at=now,
            updated_at=now,
        )
        db.add(push)
    await db.commit()

    # The request claimed the push: it makes the first attempt itself, with what it has loaded.
    pushed, error = await _attempt(db, runtime, push, claim, connection)
    if pushed.status == "failed" and error is not None:
        raise error
    if pushed.status == "posted":
        return PushResult(push_out(pushed, url), "posted")
    runtime.retry_scheduled.set()
    return PushResult(push_out(pushed, url), "pending")


async def list_pushes(db: AsyncSession, scope: TeamScope, session_id: uuid.UUID) -> list[PsaPushOut]:
    """The session's pushes, newest first, with their status."""
    await get_in_team(db, Session, session_id, scope, not_found="session_not_found")
    connection = await find_connection(db, scope)
    stmt = in_team(select(PsaPush), PsaPush, scope).where(PsaPush.session_id == session_id)
    rows = (await db.execute(stmt.order_by(PsaPush.number.desc()))).scalars().all()
    return [push_out(push, _url(connection, push)) for push in rows]


def _url(connection: PsaConnection | None, push: PsaPush) -> str | None:
    if connection is None or connection.provider != push.provider:
        return None
    return ticket_url(connection, push.ticket_id)


# --- attempts ---------------------------------------------------------------------------------


async def _reload(db: AsyncSession, push_id: uuid.UUID) -> PsaPush:
    stmt = select(PsaPush).where(PsaPush.id == push_id).execution_options(populate_existing=True)
    push = (await db.execute(stmt)).scalar_one()
    await db.commit()
    return push


async def _claimed(db: AsyncSession, push_id: uuid.UUID, claim: uuid.UUID) -> PsaPush | None:
    stmt = (
        select(PsaPush)
        .where(PsaPush.id == push_id, PsaPush.claim_id == claim, PsaPush.status == "pending")
        .execution_options(populate_existing=True)
    )
    return (await db.execute(stmt)).scalar_one_or_none()


async def _set_in_flight(db: AsyncSession, push_id: uuid.UUID, claim: uuid.UUID) -> bool:
    stmt = (
        update(PsaPush)
        .where(PsaPush.id == push_id, PsaPush.claim_id == claim, PsaPush.status == "pending")
        .values(in_flight=True, updated_at=utcnow())
        .returning(PsaPush.id)
    )
    still_ours = (await db.execute(stmt)).first() is not None
    await db.commit()
    return still_ours


async def _record_posted(db: AsyncSession, push_id: uuid.UUID, note_id: int, *, by_marker: bool) -> PsaPush:
    """The note exists: recorded whoever holds the claim now (a known note id is always right)."""
    now = utcnow()
    stmt = (
        update(PsaPush)
        .where(PsaPush.id == push_id, PsaPush.status != "posted")
        .values(
            status="posted",
            note_id=note_id,
            in_flight=False,
            found_by_marker=by_marker,
            attempts=PsaPush.attempts + 1,
            last_error=None,
            claim_id=None,
            run_after=now,
            posted_at=now,
            updated_at=now,
        )
    )
    posted = await _updated(db, stmt)
    log.info("psa_push_posted", extra={"push_id": str(push_id), "note_id": note_id, "found_by_marker": by_marker})
    return posted or await _reload(db, push_id)


async def _updated(db: AsyncSession, stmt: Update) -> PsaPush | None:
    """Run an UPDATE of one push and commit; the push as written, None if no row matched."""
    returning = stmt.returning(PsaPush).execution_options(populate_existing=True, synchronize_session=False)
    push = (await db.execute(returning)).scalar_one_or_none()
    await db.commit()
    return push


def backoff_seconds(runtime: PsaRuntime, attempts: int) -> float:
    settings = runtime.settings
    return float(min(settings.psa_push_backoff_seconds * 2 ** (attempts - 1), settings.psa_push_backoff_cap_seconds))


async def _record_failure(
    db: AsyncSession,
    runtime: PsaRuntime,
    push: PsaPush,
    claim: uuid.UUID,
    error: AppError,
    *,
    in_flight: bool,
) -> PsaPush:
    """Record a failed attempt: retry later (uncertain or retryable, attempts left) or give up."""
    attempts = push.attempts + 1
    # An uncertain outcome is always followed up (the next attempt looks for the marker); a refusal
    # is final (a push that is still `in_flight` looks first when pushed again).
    retryable = isinstance(error, PsaCallFailed) and (error.retryable or error.uncertain)
    retry = retryable and attempts < runtime.settings.psa_push_max_attempts
    now = utcnow()
    if retry:
        delay = error.retry_after_seconds if isinstance(error, PsaThrottled) else backoff_seconds(runtime, attempts)
        run_after: datetime = now + timedelta(seconds=delay)
    else:
        run_after = now
    recorded = await _updated(
        db,
        update(PsaPush)
        .where(PsaPush.id == push.id, PsaPush.claim_id == claim, PsaPush.status == "pending")
        .values(
            status="pending" if retry else "failed",
            attempts=attempts,
            in_flight=in_flight,
            run_after=run_after,
            last_error=f"{error.code}: {error.message}"[:LAST_ERROR_MAX],
            claim_id=None,
            updated_at=now,
        ),
    )
    log.warning(
        "psa_push_attempt_failed",
        extra={
            "push_id": str(push.id),
            "code": error.code,
            "attempts": attempts,
            "uncertain": in_flight,
            "retry_at": run_after.isoformat() if retry else None,
        },
    )
    return recorded or await _reload(db, push.id)


async def attempt(
    db: AsyncSession, runtime: PsaRuntime, push_id: uuid.UUID, claim: uuid.UUID
) -> tuple[PsaPush, AppError | None]:
    """One attempt at a push the caller has claimed: the push afterwards, and the error if it failed.
    A claim lost meanwhile (the lease ran out and another process took it) does nothing."""
    push = await _claimed(db, push_id, claim)
    if push is None:
        return await _reload(db, push_id), None
    try:
        connection = await require_connection(db, TeamScope(push.team_id))
    except PsaNotConnected as exc:
        return await _record_failure(db, runtime, push, claim, exc, in_flight=push.in_flight), exc
    await db.commit()
    return await _attempt(db, runtime, push, claim, connection)


async def _attempt(
    db: AsyncSession, runtime: PsaRuntime, push: PsaPush, claim: uuid.UUID, connection: PsaConnection
) -> tuple[PsaPush, AppError | None]:
    """`attempt` once the claimed push and the team's connection are loaded (no transaction open)."""
    try:
        provider = open_provider(runtime, connection)
    except (PsaCredentialsUnreadable, PsaSiteInsecure) as exc:
        return await _record_failure(db, runtime, push, claim, exc, in_flight=push.in_flight), exc
    in_flight = push.in_flight
    try:
        async with asyncio.timeout(ATTEMPT_DEADLINE.total_seconds()):
            if in_flight:
                found = await provider.find_note(push.ticket_id, push.marker)
                if found is not None:
                    return await _record_posted(db, push.id, found.id, by_marker=True), None
            elif not await _set_in_flight(db, push.id, claim):
                return await _reload(db, push.id), None
            in_flight = True
            draft = NoteDraft(push.text, NoteType(push.note_type), push.include_resolution, push.member_id)
            try:
                note = await provider.add_note(push.ticket_id, draft)
            except ATTEMPT_ERRORS as exc:
                # Whether this post may have gone through; the marker search ruled out earlier attempts.
                in_flight = isinstance(exc, PsaCallFailed) and exc.uncertain
                raise
    except ATTEMPT_ERRORS as exc:
        return await _record_failure(db, runtime, push, claim, exc, in_flight=in_flight), exc
    except TimeoutError:
        error = PsaTimeout(ATTEMPT_DEADLINE.total_seconds(), sent=in_flight)
        return await _record_failure(db, runtime, push, claim, error, in_flight=in_flight), error
    return await _record_posted(db, push.id, note.id, by_marker=False), None


# --- the background queue ---------------------------------------------------------------------


async def claim_due(db: AsyncSession, *, limit: int = CLAIM_BATCH) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """Claim up to `limit` due pushes (SKIP LOCKED: replicas never wait on each other)."""
    now, claim = utcnow(), uuid.uuid4()
    due = (
        select(PsaPush.id)
        .where(PsaPush.status == "pending", PsaPush.run_after <= now)
        .order_by(PsaPush.run_after)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    stmt = (
        update(PsaPush)
        .where(PsaPush.id.in_(due.scalar_subquery()))
        .values(run_after=now + LEASE, claim_id=claim)
        .returning(PsaPush.id)
    )
    claimed = list((await db.execute(stmt)).scalars())
    await db.commit()
    return claim, claimed


async def process_due(db: AsyncSession, runtime: PsaRuntime, *, limit: int = CLAIM_BATCH) -> int:
    """Attempt the pushes that are due now, one after the other; how many were claimed."""
    claim, claimed = await claim_due(db, limit=limit)
    for push_id in claimed:
        await attempt(db, runtime, push_id, claim)
    return len(claimed)


async def next_due(db: AsyncSession) -> datetime | None:
    due = (await db.execute(select(func.min(PsaPush.run_after)).where(PsaPush.status == "pending"))).scalar_one()
    await db.commit()
    return due
