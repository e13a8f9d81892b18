"""Dependencies for the app-wide objects built at start-up (settings, mailer).

Async on purpose: FastAPI runs plain `def` dependencies in a thread pool, a costly hop for a lookup.
"""

from typing import Annotated

from fastapi import Depends, Request

from app.core.config import Settings
from app.core.email import Mailer


async def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def _mailer(request: Request) -> Mailer:
    mailer: Mailer = request.app.state.mailer
    return mailer


SettingsDep = Annotated[Settings, Depends(_settings)]
MailerDep = Annotated[Mailer, Depends(_mailer)]
