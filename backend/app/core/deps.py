"""Dependencies for the app-wide objects built at start-up (settings, mailer)."""

from typing import Annotated

from fastapi import Depends, Request

from app.core.config import Settings
from app.core.email import Mailer


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _mailer(request: Request) -> Mailer:
    mailer: Mailer = request.app.state.mailer
    return mailer


SettingsDep = Annotated[Settings, Depends(_settings)]
MailerDep = Annotated[Mailer, Depends(_mailer)]
