"""Flows: metadata, the draft, publishing immutable versions, listing. No HTTP here."""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, exists, select, tuple_
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.deps import Principal
from app.core.clock import utcnow
from app.core.errors import Conflict, NotFound, Unprocessable
from app.core.pagination import cursor_datetime, cursor_text, cursor_uuid, decode_cursor, encode_cursor
from app.core.tenancy import TeamScope, get_in_team, in_team
from app.flows.graph import Graph
from app.flows.models import Category, Flow, FlowFavourite, FlowStatus, FlowVersion, Folder
from app.flows.schemas import (
    FlowCreateIn,
    FlowDiffOut,
    FlowOut,
    FlowPageOut,
    FlowSort,
    FlowSummaryOut,
    FlowUpdateIn,
    NodeChange,
    VersionOut,
)
from app.flows.validation import ValidationReport, validate_graph
from app.search import service as search
from app.sessions import service as sessions

PAGE_LIMIT_MAX = 100


class DraftConflict(Conflict):
    """The draft changed since the client read it; the answer carries the current draft."""

    code = "draft_conflict"
    message = "The draft was changed by someone else; merge with the current draft and save again."

    def __init__(self, current: FlowOut) -> None:
        self.current = current
        super().__init__()

    def body(self) -> dict[str, Any]:
        return {**super().body(), "current": self.current.model_dump(mode="json")}


class FlowInvalid(Unprocessable):
    code = "flow_invalid"
    message = "The flow has validation errors; fix them before publishing."

    def __init__(self, report: ValidationReport) -> None:
        self.report = report
        super().__init__()

    def body(self) -> dict[str, Any]:
        return {**super().body(), "validation": self.report.model_dump(mode="json")}


def _starter_graph() -> Graph:
    return Graph.model_validate(
        {"start": "start", "nodes": [{"id": "start", "kind": "action", "title": "First step"}], "edges": []}
    )


async def _check_refs(
    db: AsyncSession, scope: TeamScope, category_id: uuid.UUID | None, folder_id: uuid.UUID | None
) -> None:
    """A category or folder of another team is as unknown as a missing one."""
    if category_id is not None:
        await get_in_team(db, Category, category_id, scope, not_found="category_not_found")
    if folder_id is not None:
        await get_in_team(db, Folder, folder_id, scope, not_found="folder_not_found")


async def get_flow(db: AsyncSession, scope: TeamScope, flow_id: uuid.UUID, *, for_update: bool = False) -> Flow:
    return await get_in_team(db, Flow, flow_id, scope, not_found="flow_not_found", for_update=for_update)


async def _is_favourite(db: AsyncSession, principal: Principal, flow_id: uuid.UUID) -> bool:
    stmt = select(exists().where(FlowFavourite.user_id == principal.user_id, FlowFavourite.flow_id == flow_id))
    return bool((await db.execute(stmt)).scalar())


def _summary(flow: Flow, favourite: bool) -> FlowSummaryOut:
    summary = FlowSummaryOut.model_validate(flow)
    summary.favourite = favourite
    return summary


def _flow_out(flow: Flow, favourite: bool, graph: dict[str, Any], version: int | None) -> FlowOut:
    return FlowOut(**_summary(flow, favourite).model_dump(), graph=Graph.model_validate(graph), version=version)


async def read_flow(db: AsyncSession, principal: Principal, flow_id: uuid.UUID, version: int | None) -> FlowOut:
    flow = await get_flow(db, principal.scope, flow_id)
    favourite = await _is_favourite(db, principal, flow.id)
    if version is None:
        return _flow_out(flow, favourite, flow.draft_graph, None)
    stored = await get_version(db, flow, version)
    return _flow_out(flow, favourite, stored.graph, version)


async def get_version(db: AsyncSession, flow: Flow, number: int) -> FlowVersion:
    stmt = select(FlowVersion).where(FlowVersion.flow_id == flow.id, FlowVersion.number == number)
    stored = (await db.execute(stmt)).scalar_one_or_none()
    if stored is None:
        raise NotFound(f"Version {number} does not exist.", code="version_not_found")
    return stored


def new_flow(
    team_id: uuid.UUID,
    owner_id: uuid.UUID | None,
    *,
    kind: str,
    title: str,
    description: str,
    category_id: uuid.UUID | None,
    folder_id: uuid.UUID | None,
    tags: Iterable[str],
    graph: dict[str, Any],
) -> Flow:
    """A new draft flow (not added to the session): create, duplicate, import and the demo library."""
    return Flow(
        id=uuid.uuid4(),
        team_id=team_id,
        kind=kind,
        title=title,
        description=description,
        category_id=category_id,
        folder_id=folder_id,
        tags=sorted(set(tags)),
        status=FlowStatus.DRAFT.value,
        owner_id=owner_id,
        draft_graph=graph,
        draft_revision=1,
        latest_version=0,
    )


async def create_flow(db: AsyncSession, principal: Principal, data: FlowCreateIn) -> FlowOut:
    await _check_refs(db, principal.scope, data.category_id, data.folder_id)
    graph = data.graph or _starter_graph()
    flow = new_flow(
        principal.team_id,
        principal.user_id,
        kind=data.kind.value,
        title=data.title,
        description=data.description,
        category_id=data.category_id,
        folder_id=data.folder_id,
        tags=data.tags,
        graph=graph.model_dump(mode="json"),
    )
    db.add(flow)
    await search.reindex_flow(db, flow)
    await db.commit()
    return _flow_out(flow, False, flow.draft_graph, None)


async def update_flow(db: AsyncSession, principal: Principal, flow_id: uuid.UUID, data: FlowUpdateIn) -> FlowOut:
    flow = await get_flow(db, principal.scope, flow_id, for_update=True)
    changes = data.model_dump(exclude_unset=True)
    await _check_refs(db, principal.scope, changes.get("category_id"), changes.get("folder_id"))
    for field in ("title", "description", "tags"):
        if field in changes and changes[field] is None:
            raise Unprocessable(f"{field} cannot be null.", code="validation_error")
    if "tags" in changes:
        changes["tags"] = sorted(set(changes["tags"]))
    for field, value in changes.items():
        setattr(flow, field, value)
    await search.reindex_flow(db, flow)
    await db.commit()
    return await read_flow(db, principal, flow.id, None)


async def save_draft(
    db: AsyncSession, principal: Principal, flow_id: uuid.UUID, revision: int, graph: Graph
) -> FlowOut:
    """Replace the draft if the client edited the current revision; otherwise 409 with the draft."""
    flow = await get_flow(db, principal.scope, flow_id, for_update=True)
    if revision != flow.draft_revision:
        current = _flow_out(flow, await _is_favourite(db, principal, flow.id), flow.draft_graph, None)
        await db.rollback()
        raise DraftConflict(current)
    flow.draft_graph = graph.model_dump(mode="json")
    flow.draft_revision += 1
    if flow.latest_version == 0:
        # Search shows the draft only until the first publish; after that a draft save leaves the
        # index (built from the published version) as it is.
        await search.reindex_flow(db, flow)
    await db.commit()
    return await read_flow(db, principal, flow.id, None)


async def validate_draft(db: AsyncSession, principal: Principal, flow_id: uuid.UUID) -> ValidationReport:
    flow = await get_flow(db, principal.scope, flow_id)
    return validate_graph(Graph.model_validate(flow.draft_graph))


async def publish(db: AsyncSession, principal: Principal, flow_id: uuid.UUID, change_note: str) -> VersionOut:
    """Freeze the draft as the next numbered version. The flow row is locked, so two publishes
    of one flow get consecutive numbers."""
    flow = await get_flow(db, principal.scope, flow_id, for_update=True)
    if flow.status == FlowStatus.ARCHIVED.value:
        raise Conflict("Unarchive the flow before publishing it.", code="flow_archived")
    report = validate_graph(Graph.model_validate(flow.draft_graph))
    if not report.valid:
        raise FlowInvalid(report)
    version = freeze_version(db, flow, principal.user_id, change_note)
    await search.reindex_flow(db, flow, version.graph)
    await db.commit()
    return VersionOut.model_validate(version)


def freeze_version(db: AsyncSession, flow: Flow, published_by_id: uuid.UUID | None, change_note: str) -> FlowVersion:
    """Add the draft as the flow's next numbered version and mark the flow published. No commit;
    the caller has validated the draft and holds the flow's row lock (or created the flow)."""
    flow.latest_version += 1
    version = FlowVersion(
        id=uuid.uuid4(),
        team_id=flow.team_id,
        flow_id=flow.id,
        number=flow.latest_version,
        graph=flow.draft_graph,
        change_note=change_note,
        published_by_id=published_by_id,
        published_at=utcnow(),
    )
    flow.status = FlowStatus.PUBLISHED.value
    db.add(version)
    return version


async def discard_draft(db: AsyncSession, principal: Principal, flow_id: uuid.UUID) -> FlowOut:
    """Reset the draft to the latest published version."""
    flow = await get_flow(db, principal.scope, flow_id, for_update=True)
    if flow.latest_version == 0:
        raise Conflict("Nothing is published yet, so there is nothing to reset to.", code="nothing_published")
    latest = await get_version(db, flow, flow.latest_version)
    flow.draft_graph = latest.graph
    flow.draft_revision += 1
    await db.commit()
    return await read_flow(db, principal, flow.id, None)


def diff_graphs(base: dict[str, Any], target: dict[str, Any]) -> tuple[list[str], list[str], list[NodeChange]]:
    """Nodes added, removed and changed (by stable node id), in the target graph's order.

    A node's outgoing edges count as part of it, so rewiring shows up as a change of `edges`.
    """

    def by_id(graph: dict[str, Any]) -> dict[str, dict[str, Any]]:
        exits: dict[str, list[str]] = {}
        for edge in graph.get("edges", []):
            exits.setdefault(edge["source"], []).append(edge["target"])
        return {node["id"]: {**node, "edges": sorted(exits.get(node["id"], []))} for node in graph["nodes"]}

    before, after = by_id(base), by_id(target)
    added = [node_id for node_id in after if node_id not in before]
    removed = [node_id for node_id in before if node_id not in after]
    changed = []
    for node_id, node in after.items():
        if node_id in before and node != before[node_id]:
            fields = sorted(
                key for key in node.keys() | before[node_id].keys() if node.get(key) != before[node_id].get(key)
            )
            changed.append(NodeChange(id=node_id, fields=fields))
    return added, removed, changed


async def diff_versions(
    db: AsyncSession, principal: Principal, flow_id: uuid.UUID, base: int, target: int | None
) -> FlowDiffOut:
    flow = await get_flow(db, principal.scope, flow_id)
    base_graph = (await get_version(db, flow, base)).graph
    target_graph = flow.draft_graph if target is None else (await get_version(db, flow, target)).graph
    added, removed, changed = diff_graphs(base_graph, target_graph)
    return FlowDiffOut(
        base=base,
        target=target,
        added=added,
        removed=removed,
        changed=changed,
        start_changed=base_graph["start"] != target_graph["start"],
    )


async def duplicate_flow(db: AsyncSession, principal: Principal, flow_id: uuid.UUID) -> FlowOut:
    """A new draft flow with the same metadata and a copy of the draft graph, owned by the caller."""
    source = await get_flow(db, principal.scope, flow_id)
    copy = new_flow(
        source.team_id,
        principal.user_id,
        kind=source.kind,
        title=f"Copy of {source.title}"[:200],
        description=source.description,
        category_id=source.category_id,
        folder_id=source.folder_id,
        tags=source.tags,
        graph=source.draft_graph,
    )
    db.add(copy)
    await search.reindex_flow(db, copy)
    await db.commit()
    return _flow_out(copy, False, copy.draft_graph, None)


async def list_versions(db: AsyncSession, principal: Principal, flow_id: uuid.UUID) -> list[VersionOut]:
    flow = await get_flow(db, principal.scope, flow_id)
    stmt = select(FlowVersion).where(FlowVersion.flow_id == flow.id).order_by(FlowVersion.number.desc())
    return [VersionOut.model_validate(v) for v in (await db.execute(stmt)).scalars()]


async def set_archived(db: AsyncSession, principal: Principal, flow_id: uuid.UUID, archived: bool) -> FlowOut:
    flow = await get_flow(db, principal.scope, flow_id, for_update=True)
    if archived:
        flow.status = FlowStatus.ARCHIVED.value
    else:
        flow.status = FlowStatus.PUBLISHED.value if flow.latest_version else FlowStatus.DRAFT.value
    await search.reindex_flow(db, flow)  # archived flows leave the index
    await db.commit()
    return await read_flow(db, principal, flow.id, None)


async def delete_flow(db: AsyncSession, principal: Principal, flow_id: uuid.UUID) -> None:
    """Refused (`flow_in_use`) while sessions use a flow that is not archived; see `release_flow`."""
    flow = await get_flow(db, principal.scope, flow_id, for_update=True)
    await sessions.release_flow(db, principal, flow)
    await search.remove(db, flow_id=flow.id)
    await db.delete(flow)
    await db.commit()


async def set_favourite(db: AsyncSession, principal: Principal, flow_id: uuid.UUID, favourite: bool) -> None:
    flow = await get_flow(db, principal.scope, flow_id)
    existing = await db.get(FlowFavourite, (principal.user_id, flow.id))
    if favourite and existing is None:
        db.add(FlowFavourite(user_id=principal.user_id, flow_id=flow.id))
    elif not favourite and existing is not None:
        await db.delete(existing)
    await db.commit()


# --- listing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FlowFilters:
    kind: str | None = None
    status: str | None = None
    category_id: uuid.UUID | None = None
    folder_id: uuid.UUID | None = None
    tag: str | None = None
    owner_id: uuid.UUID | None = None
    favourite: bool = False


_SORTS = {
    "updated": (Flow.updated_at, True),
    "created": (Flow.created_at, True),
    "title": (Flow.title, False),
}


def _decode_flow_cursor(cursor: str, sort: FlowSort) -> tuple[datetime | str, uuid.UUID]:
    value, row_id = decode_cursor(cursor, sort, 2)
    return (cursor_text(value) if sort == "title" else cursor_datetime(value)), cursor_uuid(row_id)


def _filtered(stmt: Select[Any], principal: Principal, filters: FlowFilters) -> Select[Any]:
    stmt = in_team(stmt, Flow, principal.scope)
    if filters.kind:
        stmt = stmt.where(Flow.kind == filters.kind)
    if filters.status:
        stmt = stmt.where(Flow.status == filters.status)
    if filters.category_id:
        stmt = stmt.where(Flow.category_id == filters.category_id)
    if filters.folder_id:
        stmt = stmt.where(Flow.folder_id == filters.folder_id)
    if filters.tag:
        stmt = stmt.where(Flow.tags.contains([filters.tag.lower()]))
    if filters.owner_id:
        stmt = stmt.where(Flow.owner_id == filters.owner_id)
    if filters.favourite:
        stmt = stmt.where(exists().where(FlowFavourite.flow_id == Flow.id, FlowFavourite.user_id == principal.user_id))
    return stmt


async def list_flows(
    db: AsyncSession, principal: Principal, filters: FlowFilters, sort: FlowSort, limit: int, cursor: str | None
) -> FlowPageOut:
    column, descending = _SORTS[sort]
    stmt = _filtered(select(Flow), principal, filters)
    if cursor:
        value, row_id = _decode_flow_cursor(cursor, sort)
        key = tuple_(column, Flow.id)
        stmt = stmt.where(key < (value, row_id) if descending else key > (value, row_id))
    order = (column.desc(), Flow.id.desc()) if descending else (column.asc(), Flow.id.asc())
    flows = list((await db.execute(stmt.order_by(*order).limit(limit + 1))).scalars())
    has_more = len(flows) > limit
    flows = flows[:limit]
    favourites = set(
        (
            await db.execute(
                select(FlowFavourite.flow_id).where(
                    FlowFavourite.user_id == principal.user_id, FlowFavourite.flow_id.in_([f.id for f in flows])
                )
            )
        ).scalars()
    )
    next_cursor = encode_cursor(sort, getattr(flows[-1], column.key), flows[-1].id) if has_more and flows else None
    return FlowPageOut(items=[_summary(f, f.id in favourites) for f in flows], next_cursor=next_cursor)
