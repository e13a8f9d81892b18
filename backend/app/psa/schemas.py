import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from app.core.schemas import RequestBody, ResponseBody
from app.psa.connectwise import ApiKey, CompanyId
from app.psa.provider import NoteType

Site = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
PushStatus = Literal["pending", "posted", "failed"]


# --- connection -----------------------------------------------------------------------------


class ConnectWiseConnectionIn(RequestBody):
    site: Site = Field(
        description="The site, e.g. `na.myconnectwise.net` (https), or `http://host:port` with `allow_http`."
    )
    company_id: CompanyId = Field(description="The company id you log in with.")
    public_key: ApiKey | None = Field(
        default=None, description="The API member's public key; required the first time, omitted: keep the stored one."
    )
    private_key: ApiKey | None = Field(
        default=None, description="The API member's private key; required the first time, omitted: keep the stored one."
    )
    client_id: uuid.UUID = Field(description="The integration's `clientId` issued by ConnectWise.")
    default_note_type: NoteType = NoteType.INTERNAL_ANALYSIS
    allow_http: bool = Field(default=False, description="Allow an `http://` site (tests and development only).")


class SecretHintOut(ResponseBody):
    last4: str = Field(description="The last 4 characters; the key itself is never returned.")
    set_at: datetime


class ConnectWiseConnectionOut(ResponseBody):
    provider: Literal["connectwise"] = "connectwise"
    site: str
    company_id: str
    client_id: str
    public_key: SecretHintOut
    private_key: SecretHintOut
    default_note_type: NoteType
    allow_http: bool
    updated_at: datetime


class ConnectionTestOut(ResponseBody):
    ok: bool
    version: str | None = Field(default=None, description="The server's version (when `ok`).")
    is_cloud: bool | None = None
    server_time_zone: str | None = None
    code: str | None = Field(
        default=None,
        description="Why not (when not `ok`): `psa_bad_credentials`, `psa_forbidden`, `psa_site_unknown`, "
        "`psa_tls_error`, `psa_timeout`, `psa_unreachable`, `psa_throttled`, `psa_server_error`, ...",
    )
    message: str = Field(description="For people: what worked, or what to fix.")


# --- tickets --------------------------------------------------------------------------------


class RefOut(ResponseBody):
    id: int | None
    name: str
    identifier: str | None = None


class TicketNoteOut(ResponseBody):
    id: int
    text: str
    created_at: datetime | None
    created_by: str | None
    internal: bool
    detail: bool
    resolution: bool


class TicketContextOut(ResponseBody):
    """A ticket as a session shows it, every text redacted with the team's rules."""

    id: int
    summary: str
    company: RefOut | None
    contact: RefOut | None
    board: RefOut | None
    status: RefOut | None
    priority: RefOut | None
    initial_description: str | None
    notes: list[TicketNoteOut] = Field(description="The last 10 notes, newest first.")
    url: str | None = Field(description="The ticket in the PSA.")
    redactions: int
    fetched_at: datetime = Field(description="Answers are cached briefly per team.")


# --- members --------------------------------------------------------------------------------


class PsaMemberOut(ResponseBody):
    id: int
    identifier: str
    name: str
    email: str | None


class PsaMemberPageOut(ResponseBody):
    items: list[PsaMemberOut]
    page: int
    page_size: int
    has_more: bool


class MemberMappingOut(ResponseBody):
    user_id: uuid.UUID
    full_name: str
    email: str
    role: str
    member: PsaMemberOut | None = Field(description="Null: not mapped (notes are written as the API member).")
    source: Literal["auto", "manual"] | None = Field(
        description="`auto`: matched by e-mail; `manual`: set by an admin (with a null member: never mapped)."
    )


class MemberMappingsOut(ResponseBody):
    items: list[MemberMappingOut]
    unmatched: list[MemberMappingOut] = Field(description="Members of the team who write as no PSA member.")


class AutoMatchOut(MemberMappingsOut):
    matched: int = Field(description="Links made or confirmed by e-mail in this run.")
    unmatched_members: list[PsaMemberOut] = Field(description="Active PSA members no user of the team maps to.")


class MemberMappingIn(RequestBody):
    member_id: int | None = Field(ge=1, le=2**31 - 1, description="A PSA member id; null: never map this user.")


# --- pushes ---------------------------------------------------------------------------------


class PsaPushIn(RequestBody):
    note_type: NoteType | None = Field(default=None, description="The connection's default when omitted.")
    include_resolution: bool = Field(default=False, description="Also flag the note as the ticket's resolution.")


class PsaPushOut(ResponseBody):
    id: uuid.UUID
    session_id: uuid.UUID
    number: int = Field(description="1 for the first note of the session, then 2, 3, ... for updates.")
    is_update: bool
    ticket_id: str
    note_type: NoteType
    include_resolution: bool
    status: PushStatus = Field(description="`pending`: retried in the background; `failed`: given up.")
    note_id: int | None = Field(description="The note's id in the PSA once posted.")
    ticket_url: str | None
    member_id: int | None = Field(description="The PSA member the note is written as (null: the API member).")
    covers_seq: int = Field(description="The last event of the session the note includes.")
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None = Field(description="`<code>: <message>` of the last failed attempt.")
    found_by_marker: bool = Field(description="The outcome was uncertain and the note was found on the ticket.")
    created_by: uuid.UUID
    created_at: datetime
    posted_at: datetime | None
    reused: bool = Field(default=False, description="Nothing new to push: this is the existing note.")
