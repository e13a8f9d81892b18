import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from app.core.schemas import RequestBody, ResponseBody
from app.flows.graph import MAX_BODY_BYTES, Command, NodeId, Position
from app.flows.schemas import Tag, Title
from app.steps.models import StepKind

MAX_COMMANDS = 20  # as many as a flow node carries, so every step fits into a node
MAX_TAGS = 30

Body = Annotated[str, Field(max_length=MAX_BODY_BYTES, description="Markdown.")]
Review = Annotated[str, StringConstraints(strip_whitespace=True, max_length=4000)]


class StepCreateIn(RequestBody):
    title: Title
    body: Body = ""
    commands: list[Command] = Field(default_factory=list, max_length=MAX_COMMANDS)
    tags: list[Tag] = Field(default_factory=list, max_length=MAX_TAGS)
    kind_hint: StepKind = Field(default=StepKind.ACTION, description="The node kind the step becomes when inserted.")


class StepUpdateIn(RequestBody):
    title: Title | None = None
    body: Body | None = None
    commands: list[Command] | None = Field(default=None, max_length=MAX_COMMANDS)
    tags: list[Tag] | None = Field(default=None, max_length=MAX_TAGS)
    kind_hint: StepKind | None = None


class StepSummaryOut(ResponseBody):
    id: uuid.UUID
    title: str
    tags: list[str]
    kind_hint: StepKind
    author_id: uuid.UUID | None
    created_at: datetime
    updated_at: datetime
    use_count: int = Field(description="How many times the step was inserted into a flow.")
    rating_count: int
    average_rating: float | None = Field(description="Mean of the ratings (two decimals), null when unrated.")
    my_rating: int | None = Field(description="The caller's own rating, null when they have not rated it.")


class StepOut(StepSummaryOut):
    body: str
    commands: list[Command]


class StepPageOut(ResponseBody):
    items: list[StepSummaryOut]
    next_cursor: str | None


StepSort = Literal["rating", "use", "newest"]


class RatingIn(RequestBody):
    rating: int = Field(ge=1, le=5)
    review: Review = ""


class RatingOut(ResponseBody):
    user_id: uuid.UUID | None = Field(description="Null when the reviewer's account was deleted.")
    user_name: str | None
    rating: int
    review: str
    created_at: datetime
    updated_at: datetime


class StepInsertIn(RequestBody):
    flow_id: uuid.UUID
    revision: int = Field(ge=1, description="The draft revision the client edited.")
    after_node_id: NodeId | None = Field(
        default=None,
        description="Wire the new node after this one: its single outgoing edge is re-pointed through the new "
        "node (or an edge is added when it had none). Omitted: the node is added unconnected.",
    )
    after_answer: int | None = Field(
        default=None,
        ge=0,
        lt=50,
        description="When `after_node_id` is a question: the index of the answer to wire through the new node "
        "(the answer now leads to the new node, which leads on to where the answer went).",
    )
    node_id: NodeId | None = Field(default=None, description="Id for the new node; generated when omitted.")
    position: Position | None = Field(
        default=None, description="Canvas position; by default just below `after_node_id` when that has one."
    )
