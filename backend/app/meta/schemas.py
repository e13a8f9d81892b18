from pydantic import Field

from app.core.config import Environment
from app.core.schemas import ResponseBody


class DemoAccountOut(ResponseBody):
    email: str
    role: str = Field(description="`super_admin`, `team_admin`, `engineer` or `viewer`.")


class DemoCredentialsOut(ResponseBody):
    password: str = Field(description="The one password every demo account shares.")
    accounts: list[DemoAccountOut]


class MetaOut(ResponseBody):
    environment: Environment
    demo: DemoCredentialsOut | None = Field(
        description="The demo accounts `make run` seeds; only when ENVIRONMENT=local, null otherwise."
    )
