import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.auth.deps import CurrentPrincipal
from app.core.db import DbSession
from app.core.schemas import PG_INT_MAX
from app.insights import service
from app.insights.schemas import FlowInsightsOut

router = APIRouter(prefix="/flows", tags=["insights"])


@router.get(
    "/{flow_id}/insights",
    summary="Per node of a published version: visits, answers chosen, median time, outcomes, abandonment",
    responses={
        404: {"description": "`flow_not_found`, `version_not_found`"},
        409: {"description": "`flow_not_published` (no version given and none published)"},
    },
)
async def flow_insights(
    flow_id: uuid.UUID,
    principal: CurrentPrincipal,
    db: DbSession,
    version: Annotated[
        int | None, Query(ge=1, le=PG_INT_MAX, description="A published version; the latest when omitted.")
    ] = None,
) -> FlowInsightsOut:
    return await service.flow_insights(db, principal.scope, flow_id, version)
