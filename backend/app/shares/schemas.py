import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field

from app.core.schemas import RequestBody, ResponseBody
from app.sessions.schemas import DocumentPreviewOut

ShareScope = Literal["team", "public"]
MIN_EXPIRY_HOURS = 1
MAX_EXPIRY_HOURS = 90 * 24
DEFAULT_EXPIRY_HOURS = 7 * 24


class ShareCreateIn(RequestBody):
    scope: ShareScope = Field(
        default="team", description="`team`: signed-in members of the team; `public`: anyone with the link."
    )
    expires_in_hours: int = Field(
        default=DEFAULT_EXPIRY_HOURS,
        ge=MIN_EXPIRY_HOURS,
        le=MAX_EXPIRY_HOURS,
        description="1 hour to 90 days; 7 days when omitted.",
    )


class ShareOut(ResponseBody):
    id: uuid.UUID
    session_id: uuid.UUID
    scope: ShareScope
    created_by: uuid.UUID
    created_by_name: str
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None
    view_count: int
    last_viewed_at: datetime | None


class ShareCreatedOut(ShareOut):
    token: str = Field(description="Shown once: only its hash is stored.")
    url: str = Field(description="The SPA's page for the link.")
    api_path: str = Field(description="`GET` it for the document (JSON).")


class SharedDocumentOut(DocumentPreviewOut):
    """A shared session: its redacted, read-only documentation."""

    scope: ShareScope
    expires_at: datetime
