import uuid
from typing import Annotated

from fastapi import APIRouter, Query, status

from app.auth.deps import CurrentPrincipal, Engineer, TeamAdmin
from app.core.db import DbSession
from app.flows.schemas import FlowOut
from app.steps import service
from app.steps.models import StepKind
from app.steps.schemas import (
    RatingIn,
    RatingOut,
    StepCreateIn,
    StepInsertIn,
    StepOut,
    StepPageOut,
    StepSort,
    StepUpdateIn,
)

router = APIRouter(prefix="/steps", tags=["steps"])


@router.get("", summary="The team's step library, by average rating, use or newest first")
async def list_steps(
    principal: CurrentPrincipal,
    db: DbSession,
    tag: Annotated[str | None, Query(max_length=50)] = None,
    kind_hint: StepKind | None = None,
    q: Annotated[str | None, Query(max_length=200, description="Part of the title (case-insensitive).")] = None,
    author_id: uuid.UUID | None = None,
    sort: StepSort = "rating",
    limit: Annotated[int, Query(ge=1, le=service.PAGE_LIMIT_MAX)] = 25,
    cursor: Annotated[str | None, Query(max_length=500)] = None,
) -> StepPageOut:
    filters = service.StepFilters(tag=tag, kind_hint=kind_hint.value if kind_hint else None, q=q, author_id=author_id)
    return await service.list_steps(db, principal, filters, sort, limit, cursor)


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_step(body: StepCreateIn, principal: Engineer, db: DbSession) -> StepOut:
    return await service.create_step(db, principal, body)


@router.get("/{step_id}")
async def read_step(step_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> StepOut:
    return await service.read_step(db, principal, step_id)


@router.patch("/{step_id}")
async def update_step(step_id: uuid.UUID, body: StepUpdateIn, principal: Engineer, db: DbSession) -> StepOut:
    return await service.update_step(db, principal, step_id, body)


@router.delete("/{step_id}", status_code=status.HTTP_204_NO_CONTENT)
async def delete_step(step_id: uuid.UUID, principal: TeamAdmin, db: DbSession) -> None:
    await service.delete_step(db, principal, step_id)


@router.put("/{step_id}/rating", summary="Rate the step, or change my rating")
async def rate_step(step_id: uuid.UUID, body: RatingIn, principal: Engineer, db: DbSession) -> RatingOut:
    return await service.rate_step(db, principal, step_id, body)


@router.delete("/{step_id}/rating", status_code=status.HTTP_204_NO_CONTENT, summary="Withdraw my rating")
async def unrate_step(step_id: uuid.UUID, principal: Engineer, db: DbSession) -> None:
    await service.unrate_step(db, principal, step_id)


@router.get("/{step_id}/ratings", summary="Every rating of the step with its review, most recent first")
async def list_ratings(step_id: uuid.UUID, principal: CurrentPrincipal, db: DbSession) -> list[RatingOut]:
    return await service.list_ratings(db, principal, step_id)


@router.post(
    "/{step_id}/insert",
    summary="Add the step as a node of a flow's draft (and count the use)",
    responses={
        409: {"description": "`draft_conflict`: stale revision, `current` holds the draft; `node_id_taken`"},
        422: {"description": "`after_node_missing`, `invalid_insert_point`, `too_many_nodes`, `validation_error`"},
    },
)
async def insert_into_draft(step_id: uuid.UUID, body: StepInsertIn, principal: Engineer, db: DbSession) -> FlowOut:
    return await service.insert_into_draft(db, principal, step_id, body)
