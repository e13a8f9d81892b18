"""What ResolutionFlow needs from a PSA, whichever it is: the provider interface and its data.

Sessions and the push queue talk to this interface only; ConnectWise (`connectwise.py`) is the first
implementation. Another PSA (Autotask, HaloPSA) adds a module with a class that satisfies
`PsaProvider`, its settings and secrets models, and an entry in `service.PROVIDERS`.

Failures are `app.psa.errors.PsaCallFailed` subclasses that say whether a write may have happened
(`uncertain`) and whether trying again can help (`retryable`).
"""

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol


class NoteType(StrEnum):
    """Where a note shows on the ticket (ConnectWise's note flags)."""

    INTERNAL_ANALYSIS = "internal_analysis"
    DETAIL_DESCRIPTION = "detail_description"
    RESOLUTION = "resolution"


@dataclass(frozen=True, slots=True)
class SystemInfo:
    version: str
    is_cloud: bool | None = None
    server_time_zone: str | None = None


@dataclass(frozen=True, slots=True)
class Ref:
    """A named reference on a ticket (board, status, company, ...)."""

    id: int | None
    name: str
    identifier: str | None = None


@dataclass(frozen=True, slots=True)
class Note:
    id: int
    text: str
    created_at: datetime | None
    created_by: str | None
    internal: bool = False
    detail: bool = False
    resolution: bool = False


@dataclass(frozen=True, slots=True)
class Ticket:
    id: int
    summary: str
    board: Ref | None = None
    status: Ref | None = None
    company: Ref | None = None
    contact: Ref | None = None
    priority: Ref | None = None
    initial_description: str | None = None


@dataclass(frozen=True, slots=True)
class NoteDraft:
    text: str
    note_type: NoteType
    resolution: bool = False  # also flag the note as the ticket's resolution
    member_id: int | None = None  # the author; None: the API member


@dataclass(frozen=True, slots=True)
class Member:
    id: int
    identifier: str
    name: str
    email: str | None


@dataclass(frozen=True, slots=True)
class MemberPage:
    members: list[Member] = field(default_factory=list)
    has_more: bool = False


class PsaProvider(Protocol):
    name: str

    async def system_info(self) -> SystemInfo: ...

    async def get_ticket(self, ticket_id: str) -> Ticket: ...

    async def recent_notes(self, ticket_id: str, limit: int) -> list[Note]:
        """The ticket's newest notes, newest first."""
        ...

    async def first_detail_note(self, ticket_id: str) -> Note | None:
        """The ticket's initial description where the ticket itself no longer carries it."""
        ...

    async def find_note(self, ticket_id: str, marker: str) -> Note | None:
        """The note whose text contains `marker`, if the ticket has one."""
        ...

    async def add_note(self, ticket_id: str, draft: NoteDraft) -> Note: ...

    async def active_members(self, page: int, page_size: int) -> MemberPage: ...

    async def active_member(self, member_id: int) -> Member | None: ...
