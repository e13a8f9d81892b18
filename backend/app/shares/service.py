"""Share links to a session's documentation. No HTTP here.

A link is a random token (256 bits) shown once at creation; only its SHA-256 is stored, so the
table alone opens nothing. Opening one: the client IP's view count is checked first (every replica
counts in PostgreSQL, and unknown tokens count too, so guessing is slow), then the token is looked
up (404 unknown, 410 revoked or expired), then a `team` link needs a signed-in member of the team
(404 for anyone else: a link of another team does not exist for them). Each view is counted.
The document is exported through the team's redaction exactly like a download.
"""

import math
import uuid
from datetime import timedelta

from sqlalchemy import case, delete, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.deps import Principal
from app.core.clock import utcnow
from app.core.errors import AppError, NotFound, RateLimited
from app.core.security import hash_token, new_opaque_token
from app.core.tenancy import TeamScope, get_in_team, in_team
from app.sessions.document import DocumentFormat
from app.sessions.models import Session
from app.sessions.service import export_document
from app.shares.models import SessionShare, ShareViewThrottle
from app.shares.schemas import ShareCreatedOut, ShareCreateIn, SharedDocumentOut, ShareOut, ShareScope
from app.users.models import User

# Views of shared links per client IP and window; the window starts at the IP's first view.
SHARE_VIEW_LIMIT = 60
SHARE_VIEW_WINDOW = timedelta(minutes=1)
SHARED_PATH = "/shared"


class Gone(AppError):
    status_code = 410
    code = "gone"


class ShareExpired(Gone):
    code = "share_expired"
    message = "This link has expired."


class ShareRevoked(Gone):
    code = "share_revoked"
    message = "This link was revoked."


class ShareRateLimited(RateLimited):
    code = "rate_limited"
    message = "Too many requests for shared links; try again later."


def _out(share: SessionShare, created_by_name: str) -> ShareOut:
    return ShareOut(
        id=share.id,
        session_id=share.session_id,
        scope="public" if share.scope == "public" else "team",
        created_by=share.created_by_id,
        created_by_name=created_by_name,
        created_at=share.created_at,
        expires_at=share.expires_at,
        revoked_at=share.revoked_at,
        view_count=share.view_count,
        last_viewed_at=share.last_viewed_at,
    )


async def _session(db: AsyncSession, scope: TeamScope, session_id: uuid.UUID) -> Session:
    return await get_in_team(db, Session, session_id, scope, not_found="session_not_found")


async def create_share(
    db: AsyncSession, principal: Principal, session_id: uuid.UUID, body: ShareCreateIn, frontend_url: str
) -> ShareCreatedOut:
    session = await _session(db, principal.scope, session_id)
    token = new_opaque_token()
    now = utcnow()
    share = SessionShare(
        id=uuid.uuid4(),
        team_id=session.team_id,
        session_id=session.id,
        scope=body.scope,
        token_hash=hash_token(token),
        created_by_id=principal.user_id,
        created_at=now,
        expires_at=now + timedelta(hours=body.expires_in_hours),
        view_count=0,
    )
    db.add(share)
    await db.commit()
    out = _out(share, principal.full_name)
    return ShareCreatedOut(
        **out.model_dump(),
        token=token,
        url=f"{frontend_url.rstrip('/')}{SHARED_PATH}/{token}",
        api_path=f"/api/v1{SHARED_PATH}/{token}",
    )


async def list_shares(db: AsyncSession, scope: TeamScope, session_id: uuid.UUID) -> list[ShareOut]:
    """The session's links, newest first (revoked and expired ones too); never their tokens."""
    await _session(db, scope, session_id)
    stmt = (
        in_team(select(SessionShare, User.full_name), SessionShare, scope)
        .join(User, User.id == SessionShare.created_by_id)
        .where(SessionShare.session_id == session_id)
        .order_by(SessionShare.created_at.desc(), SessionShare.id)
    )
    return [_out(share, name) for share, name in (await db.execute(stmt)).all()]


async def revoke_share(db: AsyncSession, principal: Principal, session_id: uuid.UUID, share_id: uuid.UUID) -> None:
    """Revoke a link (revoking it again changes nothing)."""
    stmt = in_team(select(SessionShare), SessionShare, principal.scope).where(
        SessionShare.id == share_id, SessionShare.session_id == session_id
    )
    share = (await db.execute(stmt.with_for_update())).scalar_one_or_none()
    if share is None:
        raise NotFound(code="share_not_found")
    if share.revoked_at is None:
        share.revoked_at = utcnow()
        share.revoked_by_id = principal.user_id
        await db.commit()


async def throttle_view(db: AsyncSession, ip: str) -> None:
    """Count a view from `ip` (committed at once, whatever the answer); 429 over the limit."""
    now = utcnow()
    cutoff = now - SHARE_VIEW_WINDOW
    stale = ShareViewThrottle.window_start <= cutoff
    stmt = (
        pg_insert(ShareViewThrottle)
        .values(ip=ip[:64], window_start=now, hits=1)
        .on_conflict_do_update(
            index_elements=[ShareViewThrottle.ip],
            set_={
                "hits": case((stale, 1), else_=ShareViewThrottle.hits + 1),
                "window_start": case((stale, now), else_=ShareViewThrottle.window_start),
            },
        )
        .returning(ShareViewThrottle.hits, ShareViewThrottle.window_start)
    )
    hits, window_start = (await db.execute(stmt)).one()
    if hits == 1:  # a new window: forget every IP whose window ran out
        await db.execute(delete(ShareViewThrottle).where(ShareViewThrottle.window_start <= cutoff))
    await db.commit()
    if hits > SHARE_VIEW_LIMIT:
        raise ShareRateLimited(math.ceil((window_start + SHARE_VIEW_WINDOW - now).total_seconds()))


async def open_share(db: AsyncSession, token: str) -> SessionShare:
    """The link `token` opens: 404 unknown, 410 revoked or expired."""
    stmt = select(SessionShare).where(SessionShare.token_hash == hash_token(token))
    share = (await db.execute(stmt)).scalar_one_or_none()
    if share is None:
        raise NotFound("This link does not exist.", code="share_not_found")
    if share.revoked_at is not None:
        raise ShareRevoked
    if share.expires_at <= utcnow():
        raise ShareExpired
    return share


async def view_share(
    db: AsyncSession, share: SessionShare, viewer: Principal | None, fmt: DocumentFormat
) -> SharedDocumentOut:
    """The shared session's redacted documentation; `viewer` is required for a `team` link."""
    if share.scope != "public":
        if viewer is None:
            raise AppError  # the router authenticates team links before calling; never reached
        if viewer.team_id != share.team_id and not viewer.is_super_admin:
            raise NotFound("This link does not exist.", code="share_not_found")
    now = utcnow()
    await db.execute(
        update(SessionShare)
        .where(SessionShare.id == share.id)
        .values(view_count=SessionShare.view_count + 1, last_viewed_at=now)
    )
    rendered = await export_document(db, TeamScope(share.team_id), share.session_id, fmt)
    await db.commit()
    scope: ShareScope = "public" if share.scope == "public" else "team"
    return SharedDocumentOut(
        format=rendered.format.value,
        content=rendered.content,
        redactions=rendered.redactions,
        scope=scope,
        expires_at=share.expires_at,
    )
