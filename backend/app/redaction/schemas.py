import uuid
from datetime import datetime
from typing import Annotated

from pydantic import Field, StringConstraints

from app.core.schemas import RequestBody, ResponseBody
from app.redaction.engine import (
    MAX_CUSTOM_RULES,
    MAX_PATTERN_LENGTH,
    MAX_TEXT_CHARS,
    RULE_NAME_PATTERN,
    Builtin,
    Category,
)

RuleName = Annotated[
    str,
    StringConstraints(pattern=RULE_NAME_PATTERN),
    Field(description="The label of what the rule hides: `[REDACTED:<name>]`."),
]


class RedactionRuleIn(RequestBody):
    name: RuleName
    pattern: str = Field(
        description=f"RE2 syntax (no look-around or back-references), at most {MAX_PATTERN_LENGTH} characters, "
        "and it must not match empty text. Case-sensitive unless it starts with `(?i)`."
    )
    enabled: bool = True


class RedactionRuleOut(ResponseBody):
    name: str
    pattern: str
    enabled: bool


class RedactionRulesIn(RequestBody):
    categories: list[Category] = Field(
        default_factory=list, description="Optional categories to hide as well; the built-ins are always on."
    )
    # Not capped here: the service answers `too_many_redaction_rules` with the limit in its message.
    rules: list[RedactionRuleIn] = Field(default_factory=list, description=f"At most {MAX_CUSTOM_RULES}, in order.")


class RedactionRulesOut(ResponseBody):
    builtins: list[Builtin] = Field(description="What is always hidden, whatever the team's settings.")
    categories: list[Category]
    rules: list[RedactionRuleOut]
    max_rules: int
    updated_at: datetime | None = Field(description="Null until the rules are first saved.")
    updated_by_id: uuid.UUID | None


class RedactionPreviewIn(RequestBody):
    text: str = Field(max_length=MAX_TEXT_CHARS)
    draft: RedactionRulesIn | None = Field(
        default=None, description="Unsaved rules to try instead of the team's saved ones."
    )


class RedactionSpanOut(ResponseBody):
    start: int = Field(description="Offset in the submitted text, in Unicode code points.")
    end: int
    category: str = Field(description="A built-in kind, an optional category, or `custom`.")
    replacement: str


class RedactionPreviewOut(ResponseBody):
    text: str
    spans: list[RedactionSpanOut]
