import uuid
from typing import Literal

from pydantic import Field

from app.core.schemas import ResponseBody

HitType = Literal["flow", "step"]
MatchReason = Literal["fuzzy", "title", "tags", "text", "semantic"]


class SearchHit(ResponseBody):
    type: HitType
    id: uuid.UUID
    title: str
    kind: str = Field(description="The flow's kind, or the step's kind hint.")
    version: int | None = Field(
        description="For a flow: the published version whose text was searched; null: the draft."
    )
    snippet: str = Field(
        description="Matching text with the matched words in `<mark>…</mark>`; all other text is HTML-escaped."
    )
    score: float = Field(
        description="Reciprocal rank fusion of the full-text and semantic rankings; only comparable within one answer."
    )
    matched: list[MatchReason] = Field(
        description=(
            "Why it matched: the fields holding query words (after `fuzzy` when typos were corrected), "
            "and `semantic` when its meaning is close to the query's."
        )
    )
