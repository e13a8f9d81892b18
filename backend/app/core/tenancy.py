"""The one mechanism that keeps every team's data to itself.

Team-owned tables mix in `TeamOwned`; services read and change them only through `in_team()`,
`in_bound_team()` and `get_in_team()`, which add the caller's team to the query. A row of another team is therefore
indistinguishable from a row that does not exist: 404, never 403 and never data.
"""

import uuid
from dataclasses import dataclass
from typing import TypeVar, TypeVarTuple

from sqlalchemy import ForeignKey, Select, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from app.core.errors import NotFound


class TeamOwned:
    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)


@dataclass(frozen=True, slots=True)
class TeamScope:
    """The team a request acts in; built from the authenticated principal, never from input."""

    team_id: uuid.UUID

    @property
    def params(self) -> dict[str, uuid.UUID]:
        """The bound parameters of a statement built with `in_bound_team()`."""
        return {TEAM_PARAM: self.team_id}


TEAM_PARAM = "scope_team_id"
ModelT = TypeVar("ModelT", bound=TeamOwned)
Columns = TypeVarTuple("Columns")


def in_team(stmt: Select[*Columns], model: type[TeamOwned], scope: TeamScope) -> Select[*Columns]:
    return stmt.where(model.team_id == scope.team_id)


def in_bound_team(stmt: Select[*Columns], model: type[TeamOwned]) -> Select[*Columns]:
    """`in_team()` for a statement built once and run often: execute it with `scope.params`."""
    return stmt.where(model.team_id == bindparam(TEAM_PARAM))


async def get_in_team(
    session: AsyncSession,
    model: type[ModelT],
    row_id: uuid.UUID,
    scope: TeamScope,
    *,
    not_found: str = "not_found",
    for_update: bool = False,
) -> ModelT:
    stmt = in_team(select(model).where(model.id == row_id), model, scope)  # type: ignore[attr-defined]
    if for_update:
        stmt = stmt.with_for_update()
    row = (await session.execute(stmt)).scalar_one_or_none()
    if row is None:
        raise NotFound(code=not_found)
    return row
