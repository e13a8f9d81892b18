"""Retrieval over the team's knowledge: flows and library steps through the hybrid search index
(full text and embeddings, fused by reciprocal rank fusion as search does), and resolved sessions
(full text over their flow, summary and notes, plus their vectors once the flywheel embedded them).

A question in natural language is not a search box query: its content words are searched with OR
(`websearch_to_tsquery`), and its embedding is compared as a whole.
"""

import html
import re
import uuid
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Float, bindparam, select, text
from sqlalchemy.ext.asyncio import AsyncSession

from app.copilot.models import SessionVector
from app.core.tenancy import TeamScope, in_team
from app.embeddings import service as embeddings
from app.embeddings.providers import EmbeddingProvider, EmbeddingUnavailable
from app.search import service as search
from app.search.models import SearchDocument
from app.sessions.events import SessionStatus

SourceType = Literal["flow", "step", "session"]
SNIPPET_CHARS = 320
MAX_KEYWORDS = 16
# Resolved sessions searched by full text: the latest this many (computed per query, no index).
SESSION_WINDOW = 2000

_STOPWORD_TEXT = (
    "a an and are as at be been but by can cannot could did do does doing don't for from had has have "
    "how i i'm if in into is isn't it it's its keeps keep me my no not of on or our please should so "
    "some still that the their them then there these they this to too up us was we were what when "
    "where which while who why will with won't would you your yours after again all also am any "
    "because before being both during each few further get gets got here just more most now only "
    "other out over own same than very can't doesn't anymore help issue problem user users "
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


@dataclass(frozen=True)
class Source:
    type: SourceType
    id: uuid.UUID
    title: str
    snippet: str

    @property
    def link(self) -> str:
        return f"/{self.type}s/{self.id}"


def keywords(question: str) -> list[str]:
    """The content words of a question, in order, without duplicates."""
    seen: dict[str, None] = {}
    for word in re.findall(r"[^\W_]+", question.lower()):
        if len(word) >= 2 and word not in STOPWORDS:
            seen.setdefault(word, None)
    return list(seen)[:MAX_KEYWORDS]


def _plain(snippet: str) -> str:
    return html.unescape(re.sub(r"</?mark>", "", snippet))


def _cut(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= SNIPPET_CHARS else value[: SNIPPET_CHARS - 1] + "…"


def _rrf(rankings: list[list[uuid.UUID]]) -> list[uuid.UUID]:
    return [item for item, _ in search.fuse(rankings, limit=sum(len(ranking) for ranking in rankings))]


async def _vector(embedder: EmbeddingProvider | None, question: str) -> list[float] | None:
    if embedder is None:
        return None
    try:
        return await embedder.embed_query(question)
    except EmbeddingUnavailable:
        return None


async def library(
    db: AsyncSession,
    scope: TeamScope,
    question: str,
    embedder: EmbeddingProvider | None,
    *,
    limit: int = 5,
    vector: list[float] | None = None,
) -> list[Source]:
    """Flows and steps for a question: full text on its content words fused with semantic similarity."""
    words = keywords(question)
    text_hits = []
    if words:
        query = " or ".join(words)[: search.QUERY_MAX_LENGTH]
        text_hits = await search.search(db, scope, query, limit=limit, embedder=None)
    found: dict[uuid.UUID, Source] = {
        hit.id: Source(hit.type, hit.id, hit.title, _cut(_plain(hit.snippet))) for hit in text_hits
    }
    semantic: list[uuid.UUID] = []
    if vector is None:
        vector = await _vector(embedder, question)
    if vector is not None and embedder is not None:
        document_ids = await embeddings.semantic_ranking(
            db, scope, vector, embedder.model, limit=limit, min_similarity=embedder.min_similarity
        )
        if document_ids:
            stmt = in_team(
                select(
                    SearchDocument.id,
                    SearchDocument.flow_id,
                    SearchDocument.step_id,
                    SearchDocument.title,
                    SearchDocument.body,
                ),
                SearchDocument,
                scope,
            ).where(SearchDocument.id.in_(document_ids))
            rows = {row.id: row for row in await db.execute(stmt)}
            for document_id in document_ids:
                row = rows.get(document_id)
                if row is None:
                    continue
                item_id = row.flow_id or row.step_id
                semantic.append(item_id)
                found.setdefault(item_id, Source("flow" if row.flow_id else "step", item_id, row.title, _cut(row.body)))
    fused = _rrf([[hit.id for hit in text_hits], semantic])
    return [found[item_id] for item_id in fused[:limit]]


SESSIONS_TEXT_SQL = text("""
WITH recent AS (
    SELECT s.id, s.flow_title, coalesce(s.summary, '') AS summary
    FROM sessions s
    WHERE s.team_id = :team_id AND s.status = 'resolved'
    ORDER BY s.ended_at DESC NULLS LAST
    LIMIT :window
),
docs AS (
    SELECT r.id, r.flow_title, r.summary, coalesce(n.notes, '') AS notes,
           to_tsvector('english', r.flow_title || ' ' || r.summary || ' ' || coalesce(n.notes, '')) AS doc
    FROM recent r
    LEFT JOIN LATERAL (
        SELECT string_agg(e.payload->>'text', E'\\n' ORDER BY e.seq) AS notes
        FROM session_events e WHERE e.session_id = r.id AND e.type = 'note'
    ) n ON true
)
SELECT id, ts_rank_cd(doc, q) AS rank
FROM docs, to_tsquery('english', :tsquery) q
WHERE doc @@ q
ORDER BY rank DESC, id
LIMIT :limit
""")

SESSION_DETAILS_SQL = text("""
SELECT s.id, s.flow_title, coalesce(s.summary, '') AS summary,
       (SELECT string_agg(e.payload->>'text', E'\\n' ORDER BY e.seq)
        FROM session_events e WHERE e.session_id = s.id AND e.type = 'note') AS notes
FROM sessions s
WHERE s.team_id = :team_id AND s.id = ANY(:ids)
""")


async def sessions(
    db: AsyncSession,
    scope: TeamScope,
    question: str,
    embedder: EmbeddingProvider | None,
    *,
    limit: int = 3,
    vector: list[float] | None = None,
    exclude: uuid.UUID | None = None,
) -> list[Source]:
    """Resolved sessions like the question: full text over flow, summary and notes, fused with the
    session vectors of the embedding model (where the flywheel has embedded them)."""
    words = keywords(question)
    text_ranked: list[uuid.UUID] = []
    if words:
        params = {"team_id": scope.team_id, "tsquery": " | ".join(words), "limit": limit + 1, "window": SESSION_WINDOW}
        text_ranked = [row.id for row in await db.execute(SESSIONS_TEXT_SQL, params)]
    semantic: list[uuid.UUID] = []
    if vector is None:
        vector = await _vector(embedder, question)
    if vector is not None and embedder is not None:
        distance = SessionVector.embedding.cosine_distance(
            bindparam("query_vector", vector, type_=SessionVector.embedding.type)
        )
        stmt = (
            in_team(select(SessionVector.session_id), SessionVector, scope)
            .where(
                SessionVector.model == embedder.model,
                SessionVector.dimensions == len(vector),
                SessionVector.outcome == SessionStatus.RESOLVED.value,
                distance.cast(Float) <= 1 - embedder.min_similarity,
            )
            .order_by(distance)
            .limit(limit + 1)
        )
        semantic = list((await db.execute(stmt)).scalars())
    ranked = [session_id for session_id in _rrf([text_ranked, semantic]) if session_id != exclude][:limit]
    if not ranked:
        return []
    rows = {row.id: row for row in await db.execute(SESSION_DETAILS_SQL, {"team_id": scope.team_id, "ids": ranked})}
    found = []
    for session_id in ranked:
        row = rows[session_id]
        title = f"{row.flow_title}: {_cut(row.summary)[:120]}" if row.summary else row.flow_title
        found.append(Source("session", session_id, title, _cut(f"{row.summary}\n{row.notes or ''}")))
    return found


async def retrieve(
    db: AsyncSession,
    scope: TeamScope,
    question: str,
    embedder: EmbeddingProvider | None,
    *,
    library_limit: int = 5,
    session_limit: int = 3,
    exclude_session: uuid.UUID | None = None,
) -> list[Source]:
    """Library items first (best first), then similar resolved sessions: numbered [1].. in that order."""
    vector = await _vector(embedder, question)
    items = await library(db, scope, question, embedder, limit=library_limit, vector=vector)
    similar = await sessions(db, scope, question, embedder, limit=session_limit, vector=vector, exclude=exclude_session)
    return items + similar
