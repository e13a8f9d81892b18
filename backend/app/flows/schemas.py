import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from app.core.schemas import RequestBody, ResponseBody
from app.flows.graph import Graph
from app.flows.models import FlowKind, FlowStatus

Tag = Annotated[str, StringConstraints(strip_whitespace=True, to_lower=True, min_length=1, max_length=50)]
Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Description = Annotated[str, Field(max_length=20_000)]


class FlowCreateIn(RequestBody):
    kind: FlowKind
    title: Title
    description: Description = ""
    category_id: uuid.UUID | None = None
    folder_id: uuid.UUID | None = None
    tags: list[Tag] = Field(default_factory=list, max_length=30)
    graph: Graph | None = Field(default=None, description="Initial draft; a one-step graph when omitted.")


class FlowUpdateIn(RequestBody):
    title: Title | None = None
    description: Description | None = None
    category_id: uuid.UUID | None = None
    folder_id: uuid.UUID | None = None
    tags: list[Tag] | None = Field(default=None, max_length=30)


class DraftSaveIn(RequestBody):
    revision: int = Field(ge=1, description="The draft revision the client edited.")
    graph: Graph


class PublishIn(RequestBody):
    change_note: Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)] = ""


class FlowSummaryOut(ResponseBody):
    id: uuid.UUID
    kind: FlowKind
    title: str
    description: str
    category_id: uuid.UUID | None
    folder_id: uuid.UUID | None
    tags: list[str]
    status: FlowStatus
    owner_id: uuid.UUID | None
    created_at: datetime
    updated_at: datetime
    latest_version: int
    draft_revision: int
    favourite: bool = False


class FlowOut(FlowSummaryOut):
    graph: Graph
    version: int | None = Field(description="The published version shown, or null for the draft.")


class FlowPageOut(ResponseBody):
    items: list[FlowSummaryOut]
    next_cursor: str | None


class VersionOut(ResponseBody):
    number: int
    change_note: str
    published_by_id: uuid.UUID | None
    published_at: datetime


FlowSort = Literal["updated", "title", "created"]


Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=80)]
FolderName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]


class CategoryIn(RequestBody):
    name: Name


class CategoryOut(ResponseBody):
    id: uuid.UUID
    name: str
    flow_count: int


class FolderCreateIn(RequestBody):
    name: FolderName
    parent_id: uuid.UUID | None = None


class FolderUpdateIn(RequestBody):
    name: FolderName | None = None
    parent_id: uuid.UUID | None = Field(default=None, description="Move under this folder; null moves to the top.")


class FolderOut(ResponseBody):
    id: uuid.UUID
    name: str
    parent_id: uuid.UUID | None
    flow_count: int


class TagOut(ResponseBody):
    tag: str
    flow_count: int


class NodeChange(ResponseBody):
    id: str
    fields: list[str] = Field(description="Node fields whose value differs.")


class FlowDiffOut(ResponseBody):
    base: int
    target: int | None = Field(description="The compared version, or null for the draft.")
    added: list[str]
    removed: list[str]
    changed: list[NodeChange]
    start_changed: bool
