"""The per-team usage ledger and monthly budget. No HTTP here.

Every copilot answer writes one ledger row (offline ones too, at no cost). The budget is checked
before a model is called: from 80 % of it the answer carries a warning, at 100 % the team is
answered offline until the month ends (UTC), with a message that says so.
"""

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.deps import Principal
from app.copilot.models import CopilotSettings, CopilotUsage
from app.copilot.schemas import BudgetOut, UsageEntryOut, UsageLineOut, UsageOut
from app.core.clock import utcnow
from app.core.config import Settings
from app.core.logging import get_logger
from app.core.tenancy import TeamScope, in_team

log = get_logger(__name__)

WARNING_SHARE = 0.8
RECENT_ENTRIES = 50


def month_start(now: datetime) -> datetime:
    return now.astimezone(UTC).replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def next_month(now: datetime) -> datetime:
    start = month_start(now)
    return start.replace(year=start.year + 1, month=1) if start.month == 12 else start.replace(month=start.month + 1)


def estimate_cost(settings: Settings, tier: str, input_tokens: int, output_tokens: int) -> Decimal:
    price_in, price_out = (
        settings.copilot_fast_price_per_mtok if tier == "fast" else settings.copilot_deep_price_per_mtok
    )
    cost = (Decimal(input_tokens) * Decimal(str(price_in)) + Decimal(output_tokens) * Decimal(str(price_out))) / (
        Decimal(1_000_000)
    )
    return cost.quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Entry:
    feature: str
    tier: str
    provider: str
    model: str
    outcome: str
    reason: str
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int = 0


async def record(
    db: AsyncSession,
    settings: Settings,
    scope: TeamScope,
    user_id: uuid.UUID | None,
    entry: Entry,
    *,
    commit: bool = True,
) -> None:
    """Add one ledger row (and commit, unless the caller's transaction goes on)."""
    cost = estimate_cost(settings, entry.tier, entry.input_tokens, entry.output_tokens)
    db.add(
        CopilotUsage(
            id=uuid.uuid4(),
            team_id=scope.team_id,
            user_id=user_id,
            feature=entry.feature,
            tier=entry.tier,
            provider=entry.provider,
            model=entry.model[:100],
            input_tokens=entry.input_tokens,
            output_tokens=entry.output_tokens,
            cost_usd=cost,
            latency_ms=entry.latency_ms,
            outcome=entry.outcome,
            reason=entry.reason[:300],
            created_at=utcnow(),
        )
    )
    if commit:
        await db.commit()
    else:
        await db.flush()
    log.info(
        "copilot.usage",
        extra={
            "feature": entry.feature,
            "tier": entry.tier,
            "provider": entry.provider,
            "model": entry.model,
            "outcome": entry.outcome,
            "input_tokens": entry.input_tokens,
            "output_tokens": entry.output_tokens,
            "latency_ms": entry.latency_ms,
        },
    )


async def _limit(db: AsyncSession, settings: Settings, scope: TeamScope) -> Decimal | None:
    row = await db.get(CopilotSettings, scope.team_id)
    if row is not None and row.monthly_budget_usd is not None:
        return row.monthly_budget_usd
    default = settings.copilot_default_monthly_budget_usd
    return None if default is None else Decimal(str(default))


async def _spent(db: AsyncSession, scope: TeamScope, since: datetime) -> Decimal:
    stmt = in_team(select(func.coalesce(func.sum(CopilotUsage.cost_usd), 0)), CopilotUsage, scope)
    value = (await db.execute(stmt.where(CopilotUsage.created_at >= since))).scalar_one()
    return Decimal(value)


async def budget(db: AsyncSession, settings: Settings, scope: TeamScope) -> BudgetOut:
    now = utcnow()
    limit = await _limit(db, settings, scope)
    spent = await _spent(db, scope, month_start(now))
    if limit is None:
        state, share = "unlimited", None
    else:
        share = float(spent / limit) if limit > 0 else 1.0
        state = "exhausted" if share >= 1 else "warning" if share >= WARNING_SHARE else "ok"
    return BudgetOut(
        state=state,
        limit_usd=None if limit is None else float(limit),
        spent_usd=float(spent),
        share=None if share is None else round(share, 4),
        resets_at=next_month(now),
    )


def budget_notice(state: BudgetOut) -> str | None:
    if state.state == "exhausted":
        return (
            f"The team's monthly AI budget (${state.limit_usd:,.2f}) is used up: FlowPilot answers offline, from the "
            f"team's own data, until {state.resets_at:%Y-%m-%d}. A team admin can raise the budget."
        )
    if state.state == "warning" and state.share is not None:
        return f"{state.share:.0%} of the team's monthly AI budget (${state.limit_usd:,.2f}) is used."
    return None


async def set_budget(
    db: AsyncSession, settings: Settings, principal: Principal, monthly_budget_usd: float | None
) -> BudgetOut:
    value = None if monthly_budget_usd is None else Decimal(str(monthly_budget_usd)).quantize(Decimal("0.01"))
    values = {"monthly_budget_usd": value, "budget_updated_at": utcnow(), "budget_updated_by_id": principal.user_id}
    stmt = insert(CopilotSettings).values(team_id=principal.team_id, **values)
    await db.execute(stmt.on_conflict_do_update(index_elements=[CopilotSettings.team_id], set_=values))
    await db.commit()
    db.expire_all()
    return await budget(db, settings, principal.scope)


async def usage(db: AsyncSession, settings: Settings, scope: TeamScope, provider: str) -> UsageOut:
    now = utcnow()
    since = month_start(now)
    offline = func.count().filter(CopilotUsage.provider == "offline")
    stmt = (
        in_team(
            select(
                CopilotUsage.feature,
                CopilotUsage.tier,
                func.count().label("requests"),
                func.sum(CopilotUsage.input_tokens).label("input_tokens"),
                func.sum(CopilotUsage.output_tokens).label("output_tokens"),
                func.sum(CopilotUsage.cost_usd).label("cost_usd"),
                offline.label("offline"),
            ),
            CopilotUsage,
            scope,
        )
        .where(CopilotUsage.created_at >= since)
        .group_by(CopilotUsage.feature, CopilotUsage.tier)
        .order_by(CopilotUsage.feature, case((CopilotUsage.tier == "fast", 0), else_=1))
    )
    lines = [
        UsageLineOut(
            feature=row.feature,
            tier=row.tier,
            requests=row.requests,
            input_tokens=int(row.input_tokens or 0),
            output_tokens=int(row.output_tokens or 0),
            cost_usd=float(row.cost_usd or 0),
            offline=row.offline,
        )
        for row in await db.execute(stmt)
    ]
    recent_stmt = (
        in_team(select(CopilotUsage), CopilotUsage, scope)
        .order_by(CopilotUsage.created_at.desc(), CopilotUsage.id)
        .limit(RECENT_ENTRIES)
    )
    recent = [
        UsageEntryOut(
            created_at=row.created_at,
            feature=row.feature,
            tier=row.tier,
            provider=row.provider,
            model=row.model,
            input_tokens=row.input_tokens,
            output_tokens=row.output_tokens,
            cost_usd=float(row.cost_usd),
            latency_ms=row.latency_ms,
            outcome=row.outcome,
            reason=row.reason,
        )
        for row in (await db.execute(recent_stmt)).scalars()
    ]
    return UsageOut(
        month=f"{since:%Y-%m}",
        provider="anthropic" if provider == "anthropic" else "offline",
        budget=await budget(db, settings, scope),
        lines=lines,
        recent=recent,
    )
