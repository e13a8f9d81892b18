from fastapi import APIRouter

from app.auth.deps import CurrentPrincipal
from app.core.db import DbSession
from app.embeddings import service
from app.embeddings.deps import Embedder
from app.embeddings.schemas import EmbeddingStatusOut

router = APIRouter(prefix="/search", tags=["search"])


@router.get(
    "/embeddings",
    summary="How far semantic search has embedded the team's library, with which model",
    description=(
        "Documents are embedded in the background after every change; `pending` counts those "
        "queued, `failing` those whose last attempt failed (retried with backoff)."
    ),
)
async def embedding_status(principal: CurrentPrincipal, db: DbSession, embedder: Embedder) -> EmbeddingStatusOut:
    return await service.status(db, principal.scope, embedder)
