"""Loads the demo step library (app/flows/demo/steps.json) into a team, with its ratings.

Idempotent: a team that already has steps is left alone. Rating i of a step is written by rater i
(one rating per user per step), so a step with more ratings than raters keeps the first ones.
"""

import json
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import Field
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import utcnow
from app.core.schemas import RequestBody
from app.flows.demo_library import DEMO_DIR
from app.search import service as search
from app.steps.models import Step, StepRating
from app.steps.schemas import RatingIn, StepCreateIn

DEMO_STEPS = DEMO_DIR / "steps.json"


class DemoStep(StepCreateIn):
    ratings: list[RatingIn] = Field(default_factory=list)


class _DemoFile(RequestBody):
    steps: list[DemoStep]


def demo_steps(path: Path = DEMO_STEPS) -> list[DemoStep]:
    """The demo steps, checked against the same rules as the API's input."""
    raw: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return _DemoFile.model_validate({"steps": raw}).steps


async def load_demo_steps(
    db: AsyncSession, team_id: uuid.UUID, author_id: uuid.UUID, rater_ids: Sequence[uuid.UUID]
) -> int:
    """Create every demo step in `team_id`; returns how many were created."""
    existing = (await db.execute(select(func.count()).select_from(Step).where(Step.team_id == team_id))).scalar_one()
    if existing:
        return 0
    steps = demo_steps()
    now = utcnow()
    for spec in steps:
        ratings = list(zip(rater_ids, spec.ratings, strict=False))
        step = Step(
            id=uuid.uuid4(),
            team_id=team_id,
            title=spec.title,
            body=spec.body,
            commands=[command.model_dump(mode="json") for command in spec.commands],
            tags=sorted(set(spec.tags)),
            kind_hint=spec.kind_hint.value,
            author_id=author_id,
            created_at=now,
            updated_at=now,
            use_count=0,
            rating_count=len(ratings),
            rating_sum=sum(rating.rating for _, rating in ratings),
        )
        db.add(step)
        await search.reindex_step(db, step)  # flushes: without relationship()s the unit of work does not order inserts
        for user_id, rating in ratings:
            db.add(
                StepRating(
                    team_id=team_id,
                    step_id=step.id,
                    user_id=user_id,
                    rating=rating.rating,
                    review=rating.review,
                    created_at=now,
                    updated_at=now,
                )
            )
    await db.commit()
    return len(steps)
