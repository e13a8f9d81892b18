from fastapi import APIRouter

from app.auth.deps import CurrentPrincipal
from app.core.db import DbSession
from app.redaction import service
from app.redaction.schemas import RedactionPreviewIn, RedactionPreviewOut, RedactionRulesIn, RedactionRulesOut
from app.teams.deps import AdminTeam, MemberTeam
from app.teams.router import TEAM_REF_DOC

router = APIRouter(prefix="/teams", tags=["redaction"])


@router.get("/{team_ref}/redaction-rules", description=TEAM_REF_DOC, summary="What the team hides in everything shared")
async def read_redaction_rules(team: MemberTeam, db: DbSession) -> RedactionRulesOut:
    return await service.read_rules(db, team)


@router.put(
    "/{team_ref}/redaction-rules",
    description=TEAM_REF_DOC,
    summary="Replace the optional categories and custom rules, all or nothing",
)
async def replace_redaction_rules(
    body: RedactionRulesIn, team: AdminTeam, principal: CurrentPrincipal, db: DbSession
) -> RedactionRulesOut:
    return await service.replace_rules(db, team, body, principal)


@router.post(
    "/{team_ref}/redaction/preview",
    description=TEAM_REF_DOC
    + " Open to every member, viewers included: it stores nothing and shows nothing but the caller's own text.",
    summary="Redact a text with the saved rules, or with a draft to try before saving",
)
async def preview_redaction(body: RedactionPreviewIn, team: MemberTeam, db: DbSession) -> RedactionPreviewOut:
    return await service.preview(db, team, body)
