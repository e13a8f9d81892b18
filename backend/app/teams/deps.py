"""The team named in the URL, resolved for the caller and checked against a minimum role.

The team is resolved before the role is checked, so a foreign team id is a 404 for everyone.
"""

from typing import Annotated, Any

from fastapi import Depends

from app.auth.deps import CurrentPrincipal
from app.core.db import DbSession
from app.core.errors import PermissionDenied
from app.teams.models import Team
from app.teams.service import resolve_team


def _team_with_role(minimum: str) -> Any:
    async def dependency(team_ref: str, principal: CurrentPrincipal, db: DbSession) -> Team:
        team = await resolve_team(db, principal, team_ref)
        if not principal.has_role(minimum):
            raise PermissionDenied(f"This needs the {minimum} role or higher.")
        return team

    return Depends(dependency)


MemberTeam = Annotated[Team, _team_with_role("viewer")]
AdminTeam = Annotated[Team, _team_with_role("team_admin")]
