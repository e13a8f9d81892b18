"""Imports every domain's models so `Base.metadata` is complete (Alembic, tests)."""

from app.auth.models import LoginFailure, RefreshFamily, RefreshToken, UserToken
from app.core.db import Base
from app.embeddings.models import EmbeddingJob, SearchEmbedding
from app.flows.models import Category, Flow, FlowFavourite, FlowVersion, Folder
from app.redaction.models import RedactionRule, RedactionSettings
from app.search.models import SearchDocument
from app.sessions.models import Session, SessionEvent
from app.shares.models import SessionShare, ShareViewThrottle
from app.steps.models import Step, StepRating
from app.teams.models import Invitation, Membership, Team
from app.users.models import User

__all__ = [
    "Base",
    "Category",
    "EmbeddingJob",
    "Flow",
    "FlowFavourite",
    "FlowVersion",
    "Folder",
    "Invitation",
    "LoginFailure",
    "Membership",
    "RedactionRule",
    "RedactionSettings",
    "RefreshFamily",
    "RefreshToken",
    "SearchDocument",
    "SearchEmbedding",
    "Session",
    "SessionEvent",
    "SessionShare",
    "ShareViewThrottle",
    "Step",
    "StepRating",
    "Team",
    "User",
    "UserToken",
]
