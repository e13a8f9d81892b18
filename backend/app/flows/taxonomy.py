"""How a team organises its library: categories, nested folders, tags. No HTTP here."""

import uuid
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from app.auth.deps import Principal
from app.core.errors import Conflict, Unprocessable
from app.core.tenancy import TeamScope, get_in_team, in_team
from app.flows.models import Category, Flow, Folder
from app.flows.schemas import CategoryOut, FolderOut, FolderUpdateIn, TagOut

# pg_advisory_xact_lock(namespace, hashtext(team id)): taken by whoever finds-or-creates by name.
_TAXONOMY_LOCK_NAMESPACE = 0x5246_0002


async def lock_taxonomy(db: AsyncSession, team_id: uuid.UUID) -> None:
    """Serialize changes to a team's folder tree and finds-or-creates by name, until commit."""
    await db.execute(
        text("SELECT pg_advisory_xact_lock(:namespace, hashtext(:team))"),
        {"namespace": _TAXONOMY_LOCK_NAMESPACE, "team": str(team_id)},
    )


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
    if change.parent_id is not None:
        # Two concurrent moves (A under B, B under A) must not both pass the cycle check. Taken
        # before any row lock: the moved folder's FK check would otherwise wait on the other move.
        await lock_taxonomy(db, principal.team_id)
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


# --- categories by name, folders by path (import, the demo library) -------------------------


def split_folder_path(path: str) -> list[str]:
    """`"Microsoft 365/Outlook"` -> `["Microsoft 365", "Outlook"]`.

    `/` separates folder names; a backslash takes the next character literally (`\\/` is a slash
    inside a name, `\\\\` a backslash). Names are stripped; empty ones are skipped.
    """
    names: list[str] = []
    current: list[str] = []
    chars = iter(path)
    for char in chars:
        if char == "\\":
            current.append(next(chars, "\\"))
        elif char == "/":
            names.append("".join(current))
            current = []
        else:
            current.append(char)
    names.append("".join(current))
    return [name.strip() for name in names if name.strip()]


def join_folder_path(names: Iterable[str]) -> str:
    """The inverse of `split_folder_path`."""
    return "/".join(name.replace("\\", "\\\\").replace("/", "\\/") for name in names)


def _paths(rows: Sequence[tuple[uuid.UUID, uuid.UUID | None, str]]) -> dict[uuid.UUID, tuple[str, ...]]:
    """Each folder's path of names from the top, walking parents without recursion."""
    parents = {folder_id: (parent_id, name) for folder_id, parent_id, name in rows}
    paths: dict[uuid.UUID, tuple[str, ...]] = {}
    for folder_id in parents:
        chain: list[uuid.UUID] = []
        current: uuid.UUID | None = folder_id
        while current is not None and current not in paths and current in parents and current not in chain:
            chain.append(current)
            current = parents[current][0]
        prefix = paths.get(current, ()) if current is not None else ()
        for member in reversed(chain):
            prefix = (*prefix, parents[member][1])
            paths[member] = prefix
    return paths


class TeamTaxonomy:
    """One team's categories by name and folders by path, read once.

    Finds a category by its exact name and a folder by its exact path of names, creating whatever is
    missing (flushed at once so that rows referring to them can follow; no commit). `load(lock=True)`
    serialises find-or-create per team until the transaction ends, so two imports do not both create
    "Email". Import and the demo library share it; export uses it to turn ids into names and paths.
    """

    def __init__(
        self,
        db: AsyncSession,
        team_id: uuid.UUID,
        categories: dict[str, uuid.UUID],
        folder_paths: dict[uuid.UUID, tuple[str, ...]],
    ) -> None:
        self.db = db
        self.team_id = team_id
        self._category_ids = categories
        self._category_names = {category_id: name for name, category_id in categories.items()}
        self._folder_paths = folder_paths
        self._folder_ids: dict[tuple[str, ...], uuid.UUID] = {}
        for folder_id, path in folder_paths.items():
            self._folder_ids.setdefault(path, folder_id)  # rows come oldest first: the oldest wins
        self.categories_created: list[str] = []
        self.folders_created: list[str] = []

    @classmethod
    async def load(cls, db: AsyncSession, team_id: uuid.UUID, *, lock: bool = False) -> "TeamTaxonomy":
        if lock:
            await lock_taxonomy(db, team_id)
        scope = TeamScope(team_id)
        categories = (await db.execute(in_team(select(Category.name, Category.id), Category, scope))).all()
        folders = in_team(select(Folder.id, Folder.parent_id, Folder.name), Folder, scope)
        rows = (await db.execute(folders.order_by(Folder.created_at, Folder.id))).all()
        return cls(db, team_id, dict(categories), _paths(rows))

    def category_name(self, category_id: uuid.UUID | None) -> str | None:
        return None if category_id is None else self._category_names.get(category_id)

    def folder_path(self, folder_id: uuid.UUID | None) -> str | None:
        path = None if folder_id is None else self._folder_paths.get(folder_id)
        return join_folder_path(path) if path else None

    async def category_id(self, name: str) -> uuid.UUID:
        found = self._category_ids.get(name)
        if found is None:
            category = Category(id=uuid.uuid4(), team_id=self.team_id, name=name)
            self.db.add(category)
            await self.db.flush()  # without relationship()s the unit of work does not order inserts
            found = self._category_ids[name] = category.id
            self._category_names[found] = name
            self.categories_created.append(name)
        return found

    async def folder_id(self, path: str) -> uuid.UUID:
        names = tuple(split_folder_path(path))
        if not names:
            raise ValueError(f"not a folder path: {path!r}")
        parent: uuid.UUID | None = None
        for depth in range(1, len(names) + 1):
            walked = names[:depth]
            found = self._folder_ids.get(walked)
            if found is None:
                folder = Folder(id=uuid.uuid4(), team_id=self.team_id, name=walked[-1], parent_id=parent)
                self.db.add(folder)
                await self.db.flush()  # a parent row before its children's
                found = self._folder_ids[walked] = folder.id
                self._folder_paths[found] = walked
                self.folders_created.append(join_folder_path(walked))
            parent = found
        assert parent is not None
        return parent
