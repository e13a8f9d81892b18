"""Imports every domain's models so `Base.metadata` is complete (Alembic, tests)."""

from app.auth.models import LoginFailure, RefreshFamily, RefreshToken, UserToken
from app.core.db import Base
from app.flows.models import Category, Flow, FlowFavourite, FlowVersion, Folder
from app.search.models import SearchDocument
from app.steps.models import Step, StepRating
from app.teams.models import Invitation, Membership, Team
from app.users.models import User

__all__ = [
    "Base",
    "Category",
    "Flow",
    "FlowFavourite",
    "FlowVersion",
    "Folder",
    "Invitation",
    "LoginFailure",
    "Membership",
    "RefreshFamily",
    "RefreshToken",
    "SearchDocument",
    "Step",
    "StepRating",
    "Team",
    "User",
    "UserToken",
]
