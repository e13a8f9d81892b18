"""Small builders for real rows, plus login helpers."""

import itertools
import uuid
from dataclasses import dataclass
from typing import Any

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import utcnow
from app.core.config import Settings
from app.core.security import hash_password
from app.teams.models import Membership, Team
from app.teams.service import create_team
from app.users.models import User

PASSWORD = "correct-horse-42"
_counter = itertools.count(1)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@dataclass
class Member:
    user: User
    team: Team
    role: str
    password: str = PASSWORD

    @property
    def email(self) -> str:
        return self.user.email


class Factory:
    def __init__(self, db: AsyncSession, settings: Settings) -> None:
        self.db = db
        self.settings = settings

    async def team(self, name: str | None = None) -> Team:
        team = await create_team(self.db, self.settings, name or f"Team {next(_counter)}")
        await self.db.commit()
        return team

    async def member(
        self,
        team: Team | None = None,
        role: str = "engineer",
        *,
        email: str | None = None,
        password: str = PASSWORD,
        super_admin: bool = False,
        verified: bool = True,
    ) -> Member:
        team = team or await self.team()
        user = User(
            id=uuid.uuid4(),
            email=email or f"user{next(_counter)}-{uuid.uuid4().hex[:6]}@example.com",
            full_name=f"User {next(_counter)}",
            password_hash=await hash_password(password, self.settings.bcrypt_rounds),
            is_super_admin=super_admin,
            email_verified_at=utcnow() if verified else None,
        )
        self.db.add(user)
        await self.db.flush()
        self.db.add(Membership(team_id=team.id, user_id=user.id, role=role))
        await self.db.commit()
        return Member(user=user, team=team, role=role, password=password)

    async def join(self, member: Member, team: Team, role: str = "engineer") -> None:
        self.db.add(Membership(team_id=team.id, user_id=member.user.id, role=role))
        await self.db.commit()


async def login(client: httpx.AsyncClient, member: Member, **extra: Any) -> dict[str, Any]:
    response = await client.post(
        "/api/v1/auth/login", json={"email": member.email, "password": member.password, **extra}
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def auth_headers(client: httpx.AsyncClient, member: Member) -> dict[str, str]:
    return bearer((await login(client, member))["access_token"])
