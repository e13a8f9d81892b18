"""Imports every domain's models so `Base.metadata` is complete (Alembic, tests)."""

from app.auth.models import LoginFailure, RefreshFamily, RefreshToken, UserToken
from app.copilot.models import (
    CopilotConversation,
    CopilotDocument,
    CopilotMessage,
    CopilotSettings,
    CopilotUsage,
    Proposal,
    SessionVector,
)
from app.core.db import Base
from app.embeddings.models import EmbeddingJob, SearchEmbedding
from app.flows.models import Category, Flow, FlowFavourite, FlowVersion, Folder
from app.maintenance.models import Run, RunTarget, Schedule, Target
from app.psa.models import PsaConnection, PsaMemberLink, PsaPush
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
    "CopilotConversation",
    "CopilotDocument",
    "CopilotMessage",
    "CopilotSettings",
    "CopilotUsage",
    "EmbeddingJob",
    "Flow",
    "FlowFavourite",
    "FlowVersion",
    "Folder",
    "Invitation",
    "LoginFailure",
    "Membership",
    "Proposal",
    "PsaConnection",
    "PsaMemberLink",
    "PsaPush",
    "RedactionRule",
    "RedactionSettings",
    "RefreshFamily",
    "RefreshToken",
    "Run",
    "RunTarget",
    "Schedule",
    "SearchDocument",
    "SearchEmbedding",
    "Session",
    "SessionEvent",
    "SessionShare",
    "SessionVector",
    "ShareViewThrottle",
    "Step",
    "StepRating",
    "Target",
    "Team",
    "User",
    "UserToken",
]
