from typing import Annotated

from fastapi import APIRouter, Query

from app.auth.deps import CurrentPrincipal
from app.core.db import DbSession
from app.embeddings.deps import Embedder
from app.search import service
from app.search.schemas import HitType, SearchHit

router = APIRouter(prefix="/search", tags=["search"])


@router.get(
    "",
    summary="Flows and library steps matching a query, best first, with a snippet and why each matched",
    description=(
        "Hybrid search: full text (every word, the last also as a prefix for type-ahead; quotes, `or` "
        "and `-word` as in web search) weighted title > tags > text, with typos corrected against the "
        "team's titles and tags, fused with semantic similarity (embeddings) by reciprocal rank "
        "fusion. A flow is searched in its latest published version, or its draft while it has none; "
        "archived flows are not searched."
    ),
)
async def search(
    principal: CurrentPrincipal,
    db: DbSession,
    embedder: Embedder,
    q: Annotated[str, Query(min_length=1, max_length=service.QUERY_MAX_LENGTH)],
    kind: Annotated[HitType | None, Query(description="Only flows or only steps.")] = None,
    limit: Annotated[int, Query(ge=1, le=service.LIMIT_MAX)] = 20,
) -> list[SearchHit]:
    return await service.search(db, principal.scope, q, kind=kind, limit=limit, embedder=embedder)
