"""A team's redaction rules, and the `Redactor` built from them for everything that leaves the
server: exports, shares, PSA notes, AI requests. No HTTP here.

The stored session log keeps the original text; callers redact what they send out, with one
`RedactionDocument` per document so numbered markers stay consistent across its fields:

    doc = (await redactor_for_team(db, team_id)).document()
    title, body = doc.redact(title).text, doc.redact(body).text
"""

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.deps import Principal
from app.core.clock import utcnow
from app.core.errors import Unprocessable
from app.redaction.engine import MAX_CUSTOM_RULES, Builtin, Category, CustomRule, InvalidRule, Redactor, compile_rule
from app.redaction.models import RedactionRule, RedactionSettings
from app.redaction.schemas import (
    RedactionPreviewIn,
    RedactionPreviewOut,
    RedactionRuleIn,
    RedactionRuleOut,
    RedactionRulesIn,
    RedactionRulesOut,
    RedactionSpanOut,
)
from app.teams.models import Team


class InvalidRedactionRules(Unprocessable):
    """Every unusable rule of a request, each with its index and a machine-readable code."""

    code = "invalid_redaction_rules"
    message = "Some redaction rules cannot be used; see `errors`."

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__()
        self.errors = errors

    def body(self) -> dict[str, Any]:
        return {**super().body(), "errors": self.errors}


def _validated(rules: Sequence[RedactionRuleIn]) -> list[CustomRule]:
    """Check every rule (disabled ones too: enabling one later must not fail) before anything is used."""
    if len(rules) > MAX_CUSTOM_RULES:
        raise Unprocessable(f"A team has at most {MAX_CUSTOM_RULES} custom rules.", code="too_many_redaction_rules")
    custom = [CustomRule(rule.name, rule.pattern, rule.enabled) for rule in rules]
    errors = []
    for index, rule in enumerate(custom):
        try:
            compile_rule(rule)
        except InvalidRule as exc:
            errors.append({"index": index, "code": exc.code, "message": exc.message})
    if errors:
        raise InvalidRedactionRules(errors)
    return custom


def _in_order(categories: Sequence[Category]) -> list[Category]:
    return [category for category in Category if category in categories]


async def _load(db: AsyncSession, team_id: uuid.UUID) -> tuple[RedactionSettings | None, list[RedactionRule]]:
    settings = await db.get(RedactionSettings, team_id)
    rules = await db.execute(
        select(RedactionRule).where(RedactionRule.team_id == team_id).order_by(RedactionRule.position)
    )
    return settings, list(rules.scalars())


def _rules_out(
    categories: Sequence[Category], rules: Sequence[CustomRule], settings: RedactionSettings | None
) -> RedactionRulesOut:
    return RedactionRulesOut(
        builtins=list(Builtin),
        categories=list(categories),
        rules=[RedactionRuleOut(name=rule.name, pattern=rule.pattern, enabled=rule.enabled) for rule in rules],
        max_rules=MAX_CUSTOM_RULES,
        updated_at=settings.updated_at if settings else None,
        updated_by_id=settings.updated_by_id if settings else None,
    )


async def read_rules(db: AsyncSession, team: Team) -> RedactionRulesOut:
    settings, rows = await _load(db, team.id)
    categories = _in_order([Category(value) for value in settings.categories]) if settings else []
    return _rules_out(categories, [CustomRule(row.name, row.pattern, row.enabled) for row in rows], settings)


async def replace_rules(
    db: AsyncSession, team: Team, body: RedactionRulesIn, principal: Principal
) -> RedactionRulesOut:
    """Replace the team's categories and rules in one transaction, after validating all of them:
    a bad rule leaves the saved set exactly as it was."""
    rules = _validated(body.rules)
    categories = _in_order(body.categories)
    values = {"categories": [c.value for c in categories], "updated_at": utcnow(), "updated_by_id": principal.user_id}
    # The settings row is written first: its row lock makes concurrent replacements run one
    # after the other (the last one wins whole) instead of interleaving their rules.
    upsert = pg_insert(RedactionSettings).values(team_id=team.id, **values)
    settings = (
        await db.execute(
            upsert.on_conflict_do_update(index_elements=[RedactionSettings.team_id], set_=values)
            .returning(RedactionSettings)
            .execution_options(populate_existing=True)
        )
    ).scalar_one()
    await db.execute(delete(RedactionRule).where(RedactionRule.team_id == team.id))
    if rules:
        await db.execute(
            insert(RedactionRule),
            [
                {"team_id": team.id, "position": position, "name": r.name, "pattern": r.pattern, "enabled": r.enabled}
                for position, r in enumerate(rules)
            ],
        )
    await db.commit()
    return _rules_out(categories, rules, settings)


async def redactor_for_team(db: AsyncSession, team_id: uuid.UUID) -> Redactor:
    """The team's redactor: built-ins, its optional categories and its enabled custom rules.

    Rules were validated when saved; one that no longer compiles raises rather than letting its
    text through.
    """
    settings, rows = await _load(db, team_id)
    categories = [Category(value) for value in settings.categories] if settings else []
    return Redactor(categories, [CustomRule(row.name, row.pattern, row.enabled) for row in rows])


async def preview(db: AsyncSession, team: Team, body: RedactionPreviewIn) -> RedactionPreviewOut:
    """Redact `body.text` with the team's saved rules, or with `body.draft` (validated the same
    way as a save, nothing stored)."""
    if body.draft is None:
        redactor = await redactor_for_team(db, team.id)
    else:
        redactor = Redactor(body.draft.categories, _validated(body.draft.rules))
    result = redactor.redact(body.text)
    return RedactionPreviewOut(
        text=result.text,
        spans=[
            RedactionSpanOut(start=s.start, end=s.end, category=s.category, replacement=s.replacement)
            for s in result.spans
        ],
    )
