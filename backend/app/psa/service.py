"""PSA connections, ticket context, member mapping and ticket checks for sessions. No HTTP here.

A team has at most one PSA connection. Its keys exist in plaintext only in memory, while a
provider is open: the row holds one Fernet token (`core/encryption.py`) and the last 4 characters
of each key. Nothing here logs a key, and errors from the PSA carry our own messages only.

No call to the PSA is made inside a database transaction: what is needed is read and committed
first, so a slow PSA holds no connection and no lock.
"""

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError
from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.deps import Principal
from app.core.clock import utcnow
from app.core.encryption import SecretBox, SecretUnreadable
from app.core.errors import NotFound
from app.core.logging import get_logger
from app.core.tenancy import TeamScope, in_team
from app.psa import connectwise
from app.psa.connectwise import ConnectWiseProvider, ConnectWiseSecrets, ConnectWiseSettings, normalize_site
from app.psa.errors import (
    PsaCallFailed,
    PsaCredentialsUnreadable,
    PsaKeysRequired,
    PsaMemberNotFound,
    PsaNotConnected,
    PsaSiteInsecure,
    PsaTicketIdInvalid,
    PsaTicketNotFound,
)
from app.psa.models import PsaConnection, PsaMemberLink
from app.psa.provider import Member, Note, PsaProvider, Ref
from app.psa.runtime import PsaRuntime
from app.psa.schemas import (
    AutoMatchOut,
    ConnectionTestOut,
    ConnectWiseConnectionIn,
    ConnectWiseConnectionOut,
    MemberMappingIn,
    MemberMappingOut,
    MemberMappingsOut,
    PsaMemberOut,
    PsaMemberPageOut,
    RefOut,
    SecretHintOut,
    TicketContextOut,
    TicketNoteOut,
)
from app.redaction.engine import RedactionDocument
from app.redaction.service import redactor_for_team
from app.teams.models import Membership
from app.users.models import User

log = get_logger(__name__)

A = TypeVar("A")
B = TypeVar("B")

CONNECTWISE = "connectwise"
SECRET_FIELDS = ("public_key", "private_key")
NOTES_SHOWN = 10
# A ticket's texts are shown, not archived: each is cut to this before redaction.
DISPLAY_MAX_CHARS = 20_000
# Auto-matching reads every active member: at most this many pages of 1000.
MEMBER_PAGES_MAX = 20


@dataclass(frozen=True)
class ProviderKind:
    """How to open one PSA: its settings and secrets models, the client, and links into its UI."""

    settings_model: type[BaseModel]
    secrets_model: type[BaseModel]
    build: Callable[[Any, Any, httpx.AsyncClient], PsaProvider]
    ticket_url: Callable[[Any, str], str | None]


PROVIDERS: dict[str, ProviderKind] = {
    CONNECTWISE: ProviderKind(ConnectWiseSettings, ConnectWiseSecrets, ConnectWiseProvider, connectwise.ticket_url),
}


# --- connection -----------------------------------------------------------------------------


async def find_connection(db: AsyncSession, scope: TeamScope, *, for_update: bool = False) -> PsaConnection | None:
    stmt = in_team(select(PsaConnection), PsaConnection, scope)
    if for_update:
        stmt = stmt.with_for_update()
    return (await db.execute(stmt)).scalar_one_or_none()


async def require_connection(db: AsyncSession, scope: TeamScope) -> PsaConnection:
    connection = await find_connection(db, scope)
    if connection is None:
        raise PsaNotConnected
    return connection


def _provider_settings(connection: PsaConnection) -> Any:
    kind = PROVIDERS[connection.provider]
    return kind.settings_model.model_validate({**connection.settings, "site": connection.site})


def open_provider(runtime: PsaRuntime, connection: PsaConnection) -> PsaProvider:
    """The connection's provider, with its keys decrypted (in memory only)."""
    if connection.site.startswith("http://") and not (connection.allow_http and runtime.http_sites_allowed):
        raise PsaSiteInsecure
    kind = PROVIDERS[connection.provider]
    try:
        secrets = kind.secrets_model.model_validate_json(runtime.box.decrypt(connection.secrets_encrypted))
    except (SecretUnreadable, ValidationError) as exc:
        raise PsaCredentialsUnreadable from exc
    return kind.build(_provider_settings(connection), secrets, runtime.http)


def ticket_url(connection: PsaConnection, ticket_id: str) -> str | None:
    return PROVIDERS[connection.provider].ticket_url(_provider_settings(connection), ticket_id)


async def team_provider(db: AsyncSession, runtime: PsaRuntime, scope: TeamScope) -> tuple[PsaConnection, PsaProvider]:
    """The team's connection and its open provider; the transaction is committed (nothing stays
    locked while the PSA answers)."""
    connection = await require_connection(db, scope)
    provider = open_provider(runtime, connection)
    await db.commit()
    return connection, provider


def connection_out(connection: PsaConnection) -> ConnectWiseConnectionOut:
    def hint(name: str) -> SecretHintOut:
        stored = connection.secret_hints[name]
        return SecretHintOut(last4=stored["last4"], set_at=datetime.fromisoformat(stored["set_at"]))

    return ConnectWiseConnectionOut(
        site=connection.site,
        company_id=connection.settings["company_id"],
        client_id=connection.settings["client_id"],
        public_key=hint("public_key"),
        private_key=hint("private_key"),
        default_note_type=connection.default_note_type,
        allow_http=connection.allow_http,
        updated_at=connection.updated_at,
    )


async def read_connection(db: AsyncSession, scope: TeamScope) -> ConnectWiseConnectionOut:
    return connection_out(await require_connection(db, scope))


def _secrets(runtime: PsaRuntime, existing: PsaConnection | None, body: ConnectWiseConnectionIn) -> ConnectWiseSecrets:
    """The keys of `body`, a key it omits taken from the stored connection."""
    given = {name: getattr(body, name) for name in SECRET_FIELDS if getattr(body, name) is not None}
    if len(given) == len(SECRET_FIELDS):
        return ConnectWiseSecrets(**given)
    if existing is None or existing.provider != CONNECTWISE:
        raise PsaKeysRequired
    try:
        stored = ConnectWiseSecrets.model_validate_json(runtime.box.decrypt(existing.secrets_encrypted))
    except (SecretUnreadable, ValidationError) as exc:
        raise PsaKeysRequired("The stored keys cannot be decrypted any more; enter both keys again.") from exc
    return stored.model_copy(update=given)


def _candidate(
    runtime: PsaRuntime, existing: PsaConnection | None, body: ConnectWiseConnectionIn
) -> tuple[ConnectWiseSettings, ConnectWiseSecrets]:
    site = normalize_site(body.site, allow_http=body.allow_http and runtime.http_sites_allowed)
    settings = ConnectWiseSettings(site=site, company_id=body.company_id, client_id=str(body.client_id))
    return settings, _secrets(runtime, existing, body)


async def save_connectwise(
    db: AsyncSession, runtime: PsaRuntime, principal: Principal, body: ConnectWiseConnectionIn
) -> ConnectWiseConnectionOut:
    """Create or replace the team's ConnectWise connection. Omitted keys keep their stored value;
    another site or company drops the member mapping (member ids belong to one ConnectWise)."""
    existing = await find_connection(db, principal.scope, for_update=True)
    settings, secrets = _candidate(runtime, existing, body)
    now = utcnow()
    hints = dict(existing.secret_hints) if existing is not None and existing.provider == CONNECTWISE else {}
    for name in SECRET_FIELDS:
        if getattr(body, name) is not None:
            hints[name] = {"last4": getattr(secrets, name)[-4:], "set_at": now.isoformat()}
    values: dict[str, Any] = {
        "provider": CONNECTWISE,
        "site": settings.site,
        "allow_http": body.allow_http,
        "settings": {"company_id": settings.company_id, "client_id": settings.client_id},
        "secrets_encrypted": runtime.box.encrypt(secrets.model_dump_json()),
        "secret_hints": hints,
        "default_note_type": body.default_note_type.value,
        "updated_at": now,
        "updated_by_id": principal.user_id,
    }
    if existing is None:
        connection = PsaConnection(team_id=principal.team_id, created_at=now, **values)
        db.add(connection)
    else:
        same_psa = (
            existing.provider == CONNECTWISE
            and existing.site == settings.site
            and existing.settings.get("company_id") == settings.company_id
        )
        if not same_psa:
            await db.execute(delete(PsaMemberLink).where(PsaMemberLink.team_id == principal.team_id))
        for key, value in values.items():
            setattr(existing, key, value)
        connection = existing
    await db.commit()
    runtime.tickets.forget_team(principal.team_id)
    log.info(
        "psa_connection_saved",
        extra={
            "provider": CONNECTWISE,
            "site": settings.site,
            "keys_changed": body.public_key is not None or body.private_key is not None,
        },
    )
    return connection_out(connection)


async def delete_connection(db: AsyncSession, runtime: PsaRuntime, scope: TeamScope) -> None:
    """Forget the connection, its keys and the member mapping (pushes stay as history)."""
    await db.execute(delete(PsaMemberLink).where(PsaMemberLink.team_id == scope.team_id))
    await db.execute(delete(PsaConnection).where(PsaConnection.team_id == scope.team_id))
    await db.commit()
    runtime.tickets.forget_team(scope.team_id)
    log.info("psa_connection_deleted")


async def test_connection(
    db: AsyncSession, runtime: PsaRuntime, scope: TeamScope, body: ConnectWiseConnectionIn | None
) -> ConnectionTestOut:
    """Ask the PSA for its system info with the stored connection, or with `body` (not saved; its
    omitted keys are the stored ones). A PSA failure is an answer (`ok: false`), not an error."""
    if body is None:
        _, provider = await team_provider(db, runtime, scope)
    else:
        settings, secrets = _candidate(runtime, await find_connection(db, scope), body)
        await db.commit()
        provider = ConnectWiseProvider(settings, secrets, runtime.http)
    try:
        info = await provider.system_info()
    except PsaCallFailed as exc:
        log.info("psa_connection_test", extra={"ok": False, "code": exc.code})
        return ConnectionTestOut(ok=False, code=exc.code, message=exc.message)
    log.info("psa_connection_test", extra={"ok": True, "version": info.version})
    return ConnectionTestOut(
        ok=True,
        version=info.version,
        is_cloud=info.is_cloud,
        server_time_zone=info.server_time_zone,
        message=f"Connected: ConnectWise {info.version}.",
    )


async def reencrypt_secrets(db: AsyncSession, box: SecretBox) -> tuple[int, int]:
    """Re-encrypt every stored PSA secret with the newest key: (re-encrypted, unreadable)."""
    done = unreadable = 0
    stmt = select(PsaConnection).order_by(PsaConnection.team_id).with_for_update()
    for connection in (await db.execute(stmt)).scalars():
        try:
            connection.secrets_encrypted = box.rotate(connection.secrets_encrypted)
        except SecretUnreadable:
            unreadable += 1
            log.warning("psa_secret_unreadable", extra={"team_id": str(connection.team_id)})
        else:
            done += 1
    await db.commit()
    return done, unreadable


# --- tickets --------------------------------------------------------------------------------


def _normalized_ticket_id(ticket_id: str) -> str:
    return ticket_id.strip()


class _Redacting:
    """Every text of one ticket through one RedactionDocument (stable numbering), counted."""

    def __init__(self, document: RedactionDocument) -> None:
        self._document = document
        self.count = 0

    def __call__(self, text: str) -> str:
        result = self._document.redact(text[:DISPLAY_MAX_CHARS])
        self.count += len(result.spans)
        return result.text

    def optional(self, text: str | None) -> str | None:
        return None if text is None else self(text)

    def ref(self, ref: Ref | None) -> RefOut | None:
        if ref is None:
            return None
        return RefOut(id=ref.id, name=self(ref.name), identifier=self.optional(ref.identifier))

    def note(self, note: Note) -> TicketNoteOut:
        return TicketNoteOut(
            id=note.id,
            text=self(note.text),
            created_at=note.created_at,
            created_by=self.optional(note.created_by),
            internal=note.internal,
            detail=note.detail,
            resolution=note.resolution,
        )


async def ticket_context(db: AsyncSession, runtime: PsaRuntime, scope: TeamScope, ticket_id: str) -> TicketContextOut:
    """The ticket, its initial description and last notes, redacted with the team's rules; cached
    per team for `PSA_TICKET_CACHE_SECONDS`."""
    key = _normalized_ticket_id(ticket_id)
    cached = runtime.tickets.get(scope.team_id, key)
    if cached is not None:
        return cached
    connection, provider = await team_provider(db, runtime, scope)
    ticket, notes = await _gathered(provider.get_ticket(key), provider.recent_notes(key, NOTES_SHOWN))
    description = ticket.initial_description
    if description is None:
        first = await provider.first_detail_note(key)
        description = first.text if first is not None else None
    redactor = await redactor_for_team(db, scope.team_id)
    await db.commit()
    redact = _Redacting(redactor.document())
    context = TicketContextOut(
        id=ticket.id,
        summary=redact(ticket.summary),
        company=redact.ref(ticket.company),
        contact=redact.ref(ticket.contact),
        board=redact.ref(ticket.board),
        status=redact.ref(ticket.status),
        priority=redact.ref(ticket.priority),
        initial_description=redact.optional(description),
        notes=[redact.note(note) for note in notes],
        url=ticket_url(connection, key),
        redactions=redact.count,
        fetched_at=utcnow(),
    )
    runtime.tickets.put(scope.team_id, key, context)
    return context


async def _gathered(first: Awaitable[A], second: Awaitable[B]) -> tuple[A, B]:
    """Both calls at once; the first failure (in argument order) is raised after both finished."""
    one, two = await asyncio.gather(first, second, return_exceptions=True)
    if isinstance(one, BaseException):
        raise one
    if isinstance(two, BaseException):
        raise two
    return one, two


async def verify_ticket(db: AsyncSession, runtime: PsaRuntime, scope: TeamScope, ticket_id: str | None) -> bool | None:
    """For starting a session: None without a ticket or a connection, True when the PSA has the
    ticket, False when the PSA could not tell (down, slow, refusing us: the session starts anyway,
    unverified). A ticket the PSA does not have is `psa_ticket_not_found`."""
    if ticket_id is None:
        return None
    connection = await find_connection(db, scope)
    if connection is None:
        return None
    key = _normalized_ticket_id(ticket_id)
    if runtime.tickets.get(scope.team_id, key) is not None:
        return True
    try:
        provider = open_provider(runtime, connection)
    except (PsaCredentialsUnreadable, PsaSiteInsecure) as exc:
        log.warning("psa_ticket_unverified", extra={"code": exc.code})
        return False
    await db.commit()
    try:
        async with asyncio.timeout(runtime.settings.psa_verify_timeout_seconds):
            await provider.get_ticket(key)
    except (PsaTicketNotFound, PsaTicketIdInvalid):
        raise
    except PsaCallFailed as exc:
        log.warning("psa_ticket_unverified", extra={"code": exc.code})
        return False
    except TimeoutError:
        log.warning("psa_ticket_unverified", extra={"code": "psa_timeout"})
        return False
    return True


# --- members --------------------------------------------------------------------------------


def _member_out(member: Member) -> PsaMemberOut:
    return PsaMemberOut(id=member.id, identifier=member.identifier, name=member.name, email=member.email)


async def psa_members(
    db: AsyncSession, runtime: PsaRuntime, scope: TeamScope, page: int, page_size: int
) -> PsaMemberPageOut:
    """One page of the PSA's active members, as the PSA orders them (by identifier)."""
    _, provider = await team_provider(db, runtime, scope)
    result = await provider.active_members(page, page_size)
    return PsaMemberPageOut(
        items=[_member_out(member) for member in result.members],
        page=page,
        page_size=page_size,
        has_more=result.has_more,
    )


def _mapping_out(membership: Membership, user: User, link: PsaMemberLink | None) -> MemberMappingOut:
    member = None
    if link is not None and link.member_id is not None:
        member = PsaMemberOut(
            id=link.member_id,
            identifier=link.member_identifier or "",
            name=link.member_name or link.member_identifier or "",
            email=link.member_email,
        )
    return MemberMappingOut(
        user_id=user.id,
        full_name=user.full_name,
        email=user.email,
        role=membership.role,
        member=member,
        source=None if link is None else "auto" if link.source == "auto" else "manual",
    )


TeamUsers = list[tuple[Membership, User, PsaMemberLink | None]]


async def _team_users(db: AsyncSession, scope: TeamScope) -> TeamUsers:
    """The team's active members with their links, by name."""
    stmt = (
        in_team(select(Membership, User, PsaMemberLink), Membership, scope)
        .join(User, User.id == Membership.user_id)
        .outerjoin(
            PsaMemberLink,
            (PsaMemberLink.team_id == Membership.team_id) & (PsaMemberLink.user_id == Membership.user_id),
        )
        .where(Membership.disabled_at.is_(None))
        .order_by(User.full_name, User.id)
    )
    return [(row[0], row[1], row[2]) for row in (await db.execute(stmt)).all()]


def _mappings(rows: TeamUsers) -> tuple[list[MemberMappingOut], list[MemberMappingOut]]:
    items = [_mapping_out(*row) for row in rows]
    return items, [item for item in items if item.member is None]


async def member_mappings(db: AsyncSession, scope: TeamScope) -> MemberMappingsOut:
    await require_connection(db, scope)
    items, unmatched = _mappings(await _team_users(db, scope))
    return MemberMappingsOut(items=items, unmatched=unmatched)


async def _all_active_members(provider: PsaProvider) -> list[Member]:
    members: list[Member] = []
    for page in range(1, MEMBER_PAGES_MAX + 1):
        result = await provider.active_members(page, 1000)
        members += result.members
        if not result.has_more:
            break
    return members


def _link_values(member: Member) -> dict[str, Any]:
    return {
        "member_id": member.id,
        "member_identifier": member.identifier[:100],
        "member_name": member.name[:200],
        "member_email": member.email[:254] if member.email else None,
    }


async def _upsert_link(db: AsyncSession, team_id: uuid.UUID, user_id: uuid.UUID, values: dict[str, Any]) -> None:
    values = {**values, "updated_at": utcnow()}
    stmt = pg_insert(PsaMemberLink).values(team_id=team_id, user_id=user_id, **values)
    await db.execute(stmt.on_conflict_do_update(index_elements=["team_id", "user_id"], set_=values))


async def auto_match(db: AsyncSession, runtime: PsaRuntime, scope: TeamScope) -> AutoMatchOut:
    """Link every member of the team without a manual link to the active PSA member with the same
    e-mail (case-insensitive; an e-mail two PSA members share matches neither)."""
    _, provider = await team_provider(db, runtime, scope)
    members = await _all_active_members(provider)
    by_email: dict[str, Member | None] = {}
    for member in members:
        if member.email:
            email = member.email.strip().casefold()
            by_email[email] = None if email in by_email else member
    matched = 0
    for _membership, user, link in await _team_users(db, scope):
        if link is not None and link.source == "manual":
            continue
        match = by_email.get(user.email.casefold())
        if match is not None:
            await _upsert_link(db, scope.team_id, user.id, {**_link_values(match), "source": "auto"})
            matched += 1
        elif link is not None:
            await _unlink(db, scope, user.id)
    await db.commit()
    rows = await _team_users(db, scope)
    await db.commit()
    items, unmatched = _mappings(rows)
    linked = {link.member_id for _, _, link in rows if link is not None}
    log.info("psa_members_matched", extra={"matched": matched, "unmatched": len(unmatched)})
    return AutoMatchOut(
        items=items,
        unmatched=unmatched,
        matched=matched,
        unmatched_members=[_member_out(member) for member in members if member.id not in linked],
    )


async def _team_user(db: AsyncSession, scope: TeamScope, user_id: uuid.UUID) -> None:
    stmt = in_team(select(Membership.id), Membership, scope).where(
        Membership.user_id == user_id, Membership.disabled_at.is_(None)
    )
    if (await db.execute(stmt)).first() is None:
        raise NotFound(code="member_not_found")


async def set_mapping(
    db: AsyncSession, runtime: PsaRuntime, scope: TeamScope, user_id: uuid.UUID, body: MemberMappingIn
) -> MemberMappingOut:
    """A manual link: to the PSA's active member `member_id` (checked with the PSA), or to none."""
    await _team_user(db, scope, user_id)
    values: dict[str, Any] = dict.fromkeys(("member_id", "member_identifier", "member_name", "member_email"))
    if body.member_id is not None:
        _, provider = await team_provider(db, runtime, scope)
        member = await provider.active_member(body.member_id)
        if member is None:
            raise PsaMemberNotFound
        values = _link_values(member)
    else:
        await require_connection(db, scope)
    await _team_user(db, scope, user_id)  # still a member after the PSA answered
    await _upsert_link(db, scope.team_id, user_id, {**values, "source": "manual"})
    await db.commit()
    [row] = [row for row in await _team_users(db, scope) if row[1].id == user_id]
    return _mapping_out(*row)


async def delete_mapping(db: AsyncSession, scope: TeamScope, user_id: uuid.UUID) -> None:
    """Drop the user's link (manual or automatic); the next auto-match may link them again."""
    await _team_user(db, scope, user_id)
    await _unlink(db, scope, user_id)
    await db.commit()


async def _unlink(db: AsyncSession, scope: TeamScope, user_id: uuid.UUID) -> None:
    await db.execute(
        delete(PsaMemberLink).where(PsaMemberLink.team_id == scope.team_id, PsaMemberLink.user_id == user_id)
    )


async def mapped_member_id(db: AsyncSession, scope: TeamScope, user_id: uuid.UUID) -> int | None:
    stmt = in_team(select(PsaMemberLink.member_id), PsaMemberLink, scope).where(PsaMemberLink.user_id == user_id)
    return (await db.execute(stmt)).scalar_one_or_none()
