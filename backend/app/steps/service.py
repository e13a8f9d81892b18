"""The step library: reusable steps, their ratings, and inserting a step into a flow's draft. No HTTP here."""

import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Float, Select, cast, func, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.deps import Principal
from app.core.clock import utcnow
from app.core.errors import Conflict, NotFound, Unprocessable
from app.core.pagination import (
    cursor_count,
    cursor_datetime,
    cursor_number,
    cursor_uuid,
    decode_cursor,
    encode_cursor,
)
from app.core.tenancy import TeamScope, get_in_team, in_team
from app.flows.graph import MAX_NODES, TERMINAL_KINDS, Command, Graph, Position
from app.flows.schemas import FlowOut
from app.flows.service import get_flow, save_draft
from app.search import service as search
from app.steps.models import Step, StepKind, StepRating
from app.steps.schemas import (
    RatingIn,
    RatingOut,
    StepCreateIn,
    StepInsertIn,
    StepOut,
    StepPageOut,
    StepSort,
    StepSummaryOut,
    StepUpdateIn,
)
from app.users.models import User

PAGE_LIMIT_MAX = 100


async def get_step(db: AsyncSession, scope: TeamScope, step_id: uuid.UUID, *, for_update: bool = False) -> Step:
    return await get_in_team(db, Step, step_id, scope, not_found="step_not_found", for_update=for_update)


def _average(step: Step) -> float | None:
    return round(step.rating_sum / step.rating_count, 2) if step.rating_count else None


def _summary(step: Step, my_rating: int | None) -> StepSummaryOut:
    return StepSummaryOut(
        id=step.id,
        title=step.title,
        tags=step.tags,
        kind_hint=StepKind(step.kind_hint),
        author_id=step.author_id,
        created_at=step.created_at,
        updated_at=step.updated_at,
        use_count=step.use_count,
        rating_count=step.rating_count,
        average_rating=_average(step),
        my_rating=my_rating,
    )


def _step_out(step: Step, my_rating: int | None) -> StepOut:
    commands = [Command.model_validate(command) for command in step.commands]
    return StepOut(**_summary(step, my_rating).model_dump(), body=step.body, commands=commands)


async def _my_ratings(db: AsyncSession, principal: Principal, step_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not step_ids:
        return {}
    stmt = select(StepRating.step_id, StepRating.rating).where(
        StepRating.user_id == principal.user_id, StepRating.step_id.in_(step_ids)
    )
    return dict((await db.execute(stmt)).all())


async def read_step(db: AsyncSession, principal: Principal, step_id: uuid.UUID) -> StepOut:
    step = await get_step(db, principal.scope, step_id)
    mine = await _my_ratings(db, principal, [step.id])
    return _step_out(step, mine.get(step.id))


async def create_step(db: AsyncSession, principal: Principal, data: StepCreateIn) -> StepOut:
    now = utcnow()
    step = Step(
        id=uuid.uuid4(),
        team_id=principal.team_id,
        title=data.title,
        body=data.body,
        commands=[command.model_dump(mode="json") for command in data.commands],
        tags=sorted(set(data.tags)),
        kind_hint=data.kind_hint.value,
        author_id=principal.user_id,
        created_at=now,
        updated_at=now,
        use_count=0,
        rating_count=0,
        rating_sum=0,
    )
    db.add(step)
    await search.reindex_step(db, step)
    await db.commit()
    return _step_out(step, None)


async def update_step(db: AsyncSession, principal: Principal, step_id: uuid.UUID, data: StepUpdateIn) -> StepOut:
    step = await get_step(db, principal.scope, step_id, for_update=True)
    changes = data.model_dump(exclude_unset=True, mode="json")
    for field, value in changes.items():
        if value is None:
            raise Unprocessable(f"{field} cannot be null.", code="validation_error")
    if "tags" in changes:
        changes["tags"] = sorted(set(changes["tags"]))
    for field, value in changes.items():
        setattr(step, field, value)
    if changes:
        step.updated_at = utcnow()
        await search.reindex_step(db, step)
    await db.commit()
    return await read_step(db, principal, step.id)


async def delete_step(db: AsyncSession, principal: Principal, step_id: uuid.UUID) -> None:
    """The step and its ratings go; flows it was inserted into keep their copy of it."""
    step = await get_step(db, principal.scope, step_id, for_update=True)
    await search.remove(db, step_id=step.id)
    await db.delete(step)
    await db.commit()


# --- ratings -------------------------------------------------------------------------------


async def _refresh_totals(db: AsyncSession, step: Step) -> None:
    """Recount the step's totals from its ratings (the caller holds the step's row lock)."""
    count, total = (
        await db.execute(
            select(func.count(), func.coalesce(func.sum(StepRating.rating), 0)).where(StepRating.step_id == step.id)
        )
    ).one()
    step.rating_count, step.rating_sum = int(count), int(total)


async def rate_step(db: AsyncSession, principal: Principal, step_id: uuid.UUID, data: RatingIn) -> RatingOut:
    """Create or replace the caller's rating. The step's row lock serialises every rating change of
    the step, so one user's two concurrent PUTs cannot both insert, and the totals stay exact."""
    step = await get_step(db, principal.scope, step_id, for_update=True)
    stmt = select(StepRating).where(StepRating.step_id == step.id, StepRating.user_id == principal.user_id)
    rating = (await db.execute(stmt)).scalar_one_or_none()
    now = utcnow()
    if rating is None:
        rating = StepRating(
            id=uuid.uuid4(),
            team_id=step.team_id,
            step_id=step.id,
            user_id=principal.user_id,
            created_at=now,
        )
        db.add(rating)
    rating.rating = data.rating
    rating.review = data.review
    rating.updated_at = now
    await db.flush()
    await _refresh_totals(db, step)
    await db.commit()
    return RatingOut(
        user_id=rating.user_id,
        user_name=principal.full_name,
        rating=rating.rating,
        review=rating.review,
        created_at=rating.created_at,
        updated_at=rating.updated_at,
    )


async def unrate_step(db: AsyncSession, principal: Principal, step_id: uuid.UUID) -> None:
    """Remove the caller's rating; without one, nothing changes."""
    step = await get_step(db, principal.scope, step_id, for_update=True)
    stmt = select(StepRating).where(StepRating.step_id == step.id, StepRating.user_id == principal.user_id)
    rating = (await db.execute(stmt)).scalar_one_or_none()
    if rating is not None:
        await db.delete(rating)
        await db.flush()
        await _refresh_totals(db, step)
    await db.commit()


async def list_ratings(db: AsyncSession, principal: Principal, step_id: uuid.UUID) -> list[RatingOut]:
    """Every rating of the step, most recently written first (at most one per team member)."""
    step = await get_step(db, principal.scope, step_id)
    stmt = (
        in_team(select(StepRating, User.full_name), StepRating, principal.scope)
        .outerjoin(User, User.id == StepRating.user_id)
        .where(StepRating.step_id == step.id)
        .order_by(StepRating.updated_at.desc(), StepRating.id.desc())
    )
    return [
        RatingOut(
            user_id=rating.user_id,
            user_name=name,
            rating=rating.rating,
            review=rating.review,
            created_at=rating.created_at,
            updated_at=rating.updated_at,
        )
        for rating, name in (await db.execute(stmt)).all()
    ]


# --- listing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class StepFilters:
    tag: str | None = None
    kind_hint: str | None = None
    q: str | None = None
    author_id: uuid.UUID | None = None


# Unrated steps sort after every rated one (a rating is at least 1).
AVERAGE = func.coalesce(cast(Step.rating_sum, Float) / func.nullif(Step.rating_count, 0), 0.0)


def _sort_key(sort: StepSort) -> list[Any]:
    """Every sort is descending, ending with the id so that the order is total."""
    if sort == "rating":
        return [AVERAGE, Step.rating_count, Step.id]
    if sort == "use":
        return [Step.use_count, Step.id]
    return [Step.created_at, Step.id]


def _key_values(step: Step, sort: StepSort) -> list[Any]:
    """The sort key of a row, as the cursor carries it (JSON: floats round-trip exactly)."""
    if sort == "rating":
        average = step.rating_sum / step.rating_count if step.rating_count else 0.0
        return [average, step.rating_count, step.id]
    if sort == "use":
        return [step.use_count, step.id]
    return [step.created_at, step.id]


def _decode_step_cursor(cursor: str, sort: StepSort) -> list[Any]:
    *values, row_id = decode_cursor(cursor, sort, len(_sort_key(sort)))
    key: list[Any]
    if sort == "rating":
        key = [cursor_number(values[0], 0, 5), cursor_count(values[1])]
    elif sort == "use":
        key = [cursor_count(values[0])]
    else:
        key = [cursor_datetime(values[0])]
    return [*key, cursor_uuid(row_id)]


def _like_pattern(text: str) -> str:
    return "%" + re.sub(r"([\\%_])", r"\\\1", text) + "%"


def _filtered(stmt: Select[Any], scope: TeamScope, filters: StepFilters) -> Select[Any]:
    stmt = in_team(stmt, Step, scope)
    if filters.tag:
        stmt = stmt.where(Step.tags.contains([filters.tag.strip().lower()]))
    if filters.kind_hint:
        stmt = stmt.where(Step.kind_hint == filters.kind_hint)
    if filters.q and filters.q.strip():
        stmt = stmt.where(Step.title.ilike(_like_pattern(filters.q.strip()), escape="\\"))
    if filters.author_id:
        stmt = stmt.where(Step.author_id == filters.author_id)
    return stmt


async def list_steps(
    db: AsyncSession, principal: Principal, filters: StepFilters, sort: StepSort, limit: int, cursor: str | None
) -> StepPageOut:
    key = _sort_key(sort)
    stmt = _filtered(select(Step), principal.scope, filters)
    if cursor:
        stmt = stmt.where(tuple_(*key) < tuple(_decode_step_cursor(cursor, sort)))
    steps = list((await db.execute(stmt.order_by(*(column.desc() for column in key)).limit(limit + 1))).scalars())
    has_more = len(steps) > limit
    steps = steps[:limit]
    mine = await _my_ratings(db, principal, [step.id for step in steps])
    return StepPageOut(
        items=[_summary(step, mine.get(step.id)) for step in steps],
        next_cursor=encode_cursor(sort, *_key_values(steps[-1], sort)) if has_more and steps else None,
    )


# --- inserting into a flow's draft ---------------------------------------------------------


class InvalidInsertPoint(Unprocessable):
    code = "invalid_insert_point"


def _slug(text: str, separator: str) -> str:
    return re.sub(r"[^a-z0-9]+", separator, text.lower()).strip(separator)


def _unique(base: str, taken: set[str], separator: str, limit: int = 64) -> str:
    candidate, n = base[:limit], 2
    while candidate in taken:
        suffix = f"{separator}{n}"
        candidate, n = base[: limit - len(suffix)] + suffix, n + 1
    return candidate


def _new_node(step: Step, node_id: str, graph: dict[str, Any], position: dict[str, Any] | None) -> dict[str, Any]:
    node: dict[str, Any] = {
        "id": node_id,
        "kind": step.kind_hint,
        "title": step.title,
        "body": step.body,
        "commands": step.commands,
    }
    if position is not None:
        node["position"] = position
    if step.kind_hint == StepKind.INPUT.value:
        # An input node captures a variable; name it after the step, unique within the graph.
        taken = {n["input"]["variable"] for n in graph["nodes"] if n.get("input")}
        base = _slug(step.title, "_")[:40] or "value"
        variable = _unique(base if not base[0].isdigit() else f"v_{base}", taken, "_")
        node["input"] = {"variable": variable, "type": "text", "required": True}
    return node


def _wire_after(graph: dict[str, Any], node: dict[str, Any], after_id: str, answer: int | None) -> None:
    """Put `node` on the way out of `after_id`: its single edge (or, for a question, the chosen
    answer) now runs through `node`."""
    after = next((n for n in graph["nodes"] if n["id"] == after_id), None)
    if after is None:
        raise Unprocessable(f"The draft has no node '{after_id}'.", code="after_node_missing")
    if after["kind"] in TERMINAL_KINDS:
        raise InvalidInsertPoint(f"'{after_id}' ends the flow; nothing can follow it.")
    if after.get("position") and "position" not in node:
        node["position"] = {"x": after["position"]["x"], "y": after["position"]["y"] + 150}
    if after["kind"] == "question":
        answers = after.get("answers", [])
        if answer is None or answer >= len(answers):
            raise InvalidInsertPoint(
                f"'{after_id}' is a question and leads on through its {len(answers)} answers; "
                "say which with `after_answer`."
            )
        target = answers[answer]["target"]
        answers[answer]["target"] = node["id"]
        _lead_on(graph, node, target)
        return
    if answer is not None:
        raise InvalidInsertPoint(f"'{after_id}' is not a question; `after_answer` applies to questions only.")
    exits = [edge for edge in graph["edges"] if edge["source"] == after_id]
    if len(exits) > 1:
        raise InvalidInsertPoint(f"'{after_id}' has {len(exits)} outgoing edges; it is not clear which to follow.")
    if not exits:
        graph["edges"].append({"source": after_id, "target": node["id"]})
        return
    [edge] = exits
    target = edge["target"]
    edge["target"] = node["id"]
    _lead_on(graph, node, target)


def _lead_on(graph: dict[str, Any], node: dict[str, Any], target: str) -> None:
    """Continue from the inserted node to where the path went before."""
    if node["kind"] == StepKind.QUESTION.value:
        # A question leads on through answers only: one placeholder answer keeps the path whole.
        node["answers"] = [{"label": "Continue", "target": target}]
    else:
        graph["edges"].append({"source": node["id"], "target": target})


def _with_step(step: Step, draft: dict[str, Any], data: StepInsertIn) -> Graph:
    graph = json.loads(json.dumps(draft))  # a deep copy: the flow's own draft stays as it is until saved
    if len(graph["nodes"]) >= MAX_NODES:
        raise Unprocessable(f"A flow holds at most {MAX_NODES} nodes.", code="too_many_nodes")
    taken = {n["id"] for n in graph["nodes"]}
    if data.node_id is not None and data.node_id in taken:
        raise Conflict(f"The draft already has a node '{data.node_id}'.", code="node_id_taken")
    node_id = data.node_id or _unique(f"step-{_slug(step.title, '-')[:40]}".rstrip("-"), taken, "-")
    position = data.position.model_dump() if isinstance(data.position, Position) else None
    node = _new_node(step, node_id, graph, position)
    if data.after_answer is not None and data.after_node_id is None:
        raise InvalidInsertPoint("`after_answer` needs `after_node_id`, the question it belongs to.")
    if data.after_node_id is not None:
        _wire_after(graph, node, data.after_node_id, data.after_answer)
    graph["nodes"].append(node)
    try:
        return Graph.model_validate(graph)
    except ValidationError as exc:
        raise Unprocessable("The step does not fit into this draft.", code="validation_error") from exc


async def insert_into_draft(db: AsyncSession, principal: Principal, step_id: uuid.UUID, data: StepInsertIn) -> FlowOut:
    """Add the step as a node of the flow's draft and count the use, in one transaction.

    The draft is saved through the flows service, with its optimistic concurrency: a stale revision
    is answered with 409 `draft_conflict` (and the current draft), and the use is not counted.
    """
    step = await get_step(db, principal.scope, step_id)
    flow = await get_flow(db, principal.scope, data.flow_id, for_update=True)
    if data.revision != flow.draft_revision:
        # save_draft refuses the stale revision itself: rollback and 409 with the current draft.
        return await save_draft(db, principal, flow.id, data.revision, Graph.model_validate(flow.draft_graph))
    graph = _with_step(step, flow.draft_graph, data)
    counted = await db.execute(
        update(Step)
        .where(Step.id == step.id, Step.team_id == principal.team_id)
        .values(use_count=Step.use_count + 1)
        .returning(Step.id)
    )
    if counted.scalar_one_or_none() is None:  # deleted since it was read
        await db.rollback()
        raise NotFound(code="step_not_found")
    return await save_draft(db, principal, flow.id, data.revision, graph)
