"""How a team organises its library: categories, nested folders, tags. No HTTP here."""

import uuid

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from app.auth.deps import Principal
from app.core.errors import Conflict, Unprocessable
from app.core.tenancy import TeamScope, get_in_team, in_team
from app.flows.models import Category, Flow, Folder
from app.flows.schemas import CategoryOut, FolderOut, FolderUpdateIn, TagOut


async def _flow_counts(
    db: AsyncSession, scope: TeamScope, column: InstrumentedAttribute[uuid.UUID | None]
) -> dict[uuid.UUID, int]:
    stmt = in_team(select(column, func.count()), Flow, scope).group_by(column)
    return {key: count for key, count in (await db.execute(stmt)).all() if key is not None}


async def _commit_unique(db: AsyncSession, what: str) -> None:
    try:
        await db.commit()
    except IntegrityError as exc:
        await db.rollback()
        raise Conflict(f"A {what} with this name already exists here.", code=f"{what}_exists") from exc


async def list_categories(db: AsyncSession, principal: Principal) -> list[CategoryOut]:
    counts = await _flow_counts(db, principal.scope, Flow.category_id)
    rows = (await db.execute(in_team(select(Category), Category, principal.scope).order_by(Category.name))).scalars()
    return [CategoryOut(id=c.id, name=c.name, flow_count=counts.get(c.id, 0)) for c in rows]


async def create_category(db: AsyncSession, principal: Principal, name: str) -> CategoryOut:
    category = Category(id=uuid.uuid4(), team_id=principal.team_id, name=name)
    db.add(category)
    await _commit_unique(db, "category")
    return CategoryOut(id=category.id, name=category.name, flow_count=0)


async def rename_category(db: AsyncSession, principal: Principal, category_id: uuid.UUID, name: str) -> CategoryOut:
    category = await get_in_team(db, Category, category_id, principal.scope, not_found="category_not_found")
    category.name = name
    await _commit_unique(db, "category")
    counts = await _flow_counts(db, principal.scope, Flow.category_id)
    return CategoryOut(id=category.id, name=category.name, flow_count=counts.get(category.id, 0))


async def delete_category(db: AsyncSession, principal: Principal, category_id: uuid.UUID) -> None:
    """Flows in the category stay, uncategorised."""
    category = await get_in_team(db, Category, category_id, principal.scope, not_found="category_not_found")
    await db.delete(category)
    await db.commit()


async def list_folders(db: AsyncSession, principal: Principal) -> list[FolderOut]:
    counts = await _flow_counts(db, principal.scope, Flow.folder_id)
    rows = (await db.execute(in_team(select(Folder), Folder, principal.scope).order_by(Folder.name))).scalars()
    return [FolderOut(id=f.id, name=f.name, parent_id=f.parent_id, flow_count=counts.get(f.id, 0)) for f in rows]


async def create_folder(db: AsyncSession, principal: Principal, name: str, parent_id: uuid.UUID | None) -> FolderOut:
    if parent_id is not None:
        await get_in_team(db, Folder, parent_id, principal.scope, not_found="folder_not_found")
    folder = Folder(id=uuid.uuid4(), team_id=principal.team_id, name=name, parent_id=parent_id)
    db.add(folder)
    await _commit_unique(db, "folder")
    return FolderOut(id=folder.id, name=folder.name, parent_id=folder.parent_id, flow_count=0)


async def _ensure_no_cycle(db: AsyncSession, scope: TeamScope, folder_id: uuid.UUID, new_parent: uuid.UUID) -> None:
    """Walk up from the new parent; meeting the folder itself would make it its own ancestor."""
    parents = dict((await db.execute(in_team(select(Folder.id, Folder.parent_id), Folder, scope))).all())
    current: uuid.UUID | None = new_parent
    while current is not None:
        if current == folder_id:
            raise Unprocessable("A folder cannot move into itself or its own subfolders.", code="folder_cycle")
        current = parents.get(current)


async def update_folder(
    db: AsyncSession, principal: Principal, folder_id: uuid.UUID, change: FolderUpdateIn
) -> FolderOut:
    folder = await get_in_team(db, Folder, folder_id, principal.scope, not_found="folder_not_found", for_update=True)
    fields = change.model_dump(exclude_unset=True)
    if "parent_id" in fields:
        new_parent = fields["parent_id"]
        if new_parent is not None:
            await get_in_team(db, Folder, new_parent, principal.scope, not_found="folder_not_found")
            await _ensure_no_cycle(db, principal.scope, folder.id, new_parent)
        folder.parent_id = new_parent
    if fields.get("name"):
        folder.name = fields["name"]
    await _commit_unique(db, "folder")
    counts = await _flow_counts(db, principal.scope, Flow.folder_id)
    return FolderOut(id=folder.id, name=folder.name, parent_id=folder.parent_id, flow_count=counts.get(folder.id, 0))


async def delete_folder(db: AsyncSession, principal: Principal, folder_id: uuid.UUID) -> None:
    """Subfolders go with it; their flows stay, outside any folder."""
    folder = await get_in_team(db, Folder, folder_id, principal.scope, not_found="folder_not_found")
    await db.delete(folder)
    await db.commit()


async def list_tags(db: AsyncSession, principal: Principal) -> list[TagOut]:
    tag = func.unnest(Flow.tags).label("tag")
    inner = in_team(select(tag), Flow, principal.scope).subquery()
    stmt = select(inner.c.tag, func.count()).group_by(inner.c.tag).order_by(func.count().desc(), inner.c.tag)
    return [TagOut(tag=name, flow_count=count) for name, count in (await db.execute(stmt)).all()]
