"""Search: keeping `search_documents` up to date, and querying it. No HTTP here.

Indexing runs in the caller's transaction (no commit here): whoever creates, changes or deletes a
flow or step calls `reindex_flow`, `reindex_step` or `remove` before committing. Triggers keep the
postings and vocabulary (`search_terms`, `search_vocabulary`) in step.

A query matches a document when its text matches the type-ahead query: every word of q, the last
one as a prefix (`outlook pass` → `'outlook' & 'pass':*`), none of the `-word`s. A query with
quotes or `or` is read by `websearch_to_tsquery` instead. The ranking is in `app.search.queries`.
A query that matches nothing is retried with each word replaced by the closest word of the team's
titles and tags (typos).

The text ranking is fused with the semantic one (nearest embeddings of the query, at least the
provider's `min_similarity`) by reciprocal rank fusion. Semantic search is skipped, and full
text answers alone, while the team has no vectors yet or the provider is unavailable.
"""

import logging
import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import utcnow
from app.core.errors import Unprocessable
from app.core.tenancy import TeamScope
from app.embeddings import service as embeddings
from app.embeddings.providers import EmbeddingProvider, EmbeddingUnavailable
from app.flows.models import Flow, FlowStatus, FlowVersion
from app.search import queries
from app.search.models import SearchDocument
from app.search.schemas import HitType, MatchReason, SearchHit
from app.search.snippets import snippet
from app.steps.models import Step

logger = logging.getLogger(__name__)

QUERY_MAX_LENGTH = 200
LIMIT_MAX = 50
MAX_WORDS = 32
# The usual reciprocal rank fusion constant: dampens the weight of the very first ranks.
RRF_K = 60

# --- indexing ------------------------------------------------------------------------------


def _join(parts: list[str | None]) -> str:
    return "\n".join(part for part in parts if part)


def graph_text(description: str, graph: dict[str, Any]) -> str:
    """A flow's searchable body: its description and every node's text."""
    parts: list[str | None] = [description]
    for node in graph.get("nodes", []):
        parts += [node.get("title"), node.get("section"), node.get("body"), node.get("expected_result")]
        for command in node.get("commands", []):
            parts += [command.get("label"), command.get("text")]
        parts += [answer.get("label") for answer in node.get("answers", [])]
    return _join(parts)


def step_text(step: Step) -> str:
    parts: list[str | None] = [step.body]
    for command in step.commands:
        parts += [command.get("label"), command.get("text")]
    return _join(parts)


async def _upsert(db: AsyncSession, values: dict[str, Any], key: str) -> None:
    values = {**values, "updated_at": utcnow()}
    stmt = insert(SearchDocument).values(id=uuid.uuid4(), **values)
    stmt = stmt.on_conflict_do_update(index_elements=[key], set_={k: v for k, v in values.items() if k != key})
    await db.execute(stmt)


async def reindex_flow(db: AsyncSession, flow: Flow, graph: dict[str, Any] | None = None) -> None:
    """Index the flow's current metadata with the graph of its latest published version (its
    draft while it has none); an archived flow is taken out of the index.

    `graph`: the latest version's graph when the caller has it at hand (saves reading it back).
    Flushes the session (the flow row must exist for the index row's foreign key).
    """
    await db.flush()
    if flow.status == FlowStatus.ARCHIVED.value:
        await remove(db, flow_id=flow.id)
        return
    version = flow.latest_version or None
    if graph is None:
        if version is None:
            graph = flow.draft_graph
        else:
            stmt = select(FlowVersion.graph).where(FlowVersion.flow_id == flow.id, FlowVersion.number == version)
            graph = (await db.execute(stmt)).scalar_one()
    values = {
        "team_id": flow.team_id,
        "flow_id": flow.id,
        "kind": flow.kind,
        "version": version,
        "title": flow.title,
        "tags": " ".join(flow.tags),
        "body": graph_text(flow.description, graph),
    }
    await _upsert(db, values, "flow_id")


async def reindex_step(db: AsyncSession, step: Step) -> None:
    """Index the step's title, tags, body and commands. Flushes the session."""
    await db.flush()
    values = {
        "team_id": step.team_id,
        "step_id": step.id,
        "kind": step.kind_hint,
        "version": None,
        "title": step.title,
        "tags": " ".join(step.tags),
        "body": step_text(step),
    }
    await _upsert(db, values, "step_id")


async def remove(db: AsyncSession, *, flow_id: uuid.UUID | None = None, step_id: uuid.UUID | None = None) -> None:
    """Take a flow or step out of the index (deleting the item does this too, by foreign key)."""
    if flow_id is not None:
        await db.execute(delete(SearchDocument).where(SearchDocument.flow_id == flow_id))
    if step_id is not None:
        await db.execute(delete(SearchDocument).where(SearchDocument.step_id == step_id))


# --- querying ------------------------------------------------------------------------------

_OR = re.compile(r"(?:^|\s)or(?:\s|$)", re.IGNORECASE)
# A one-letter last word is not expanded as a prefix: it would match most of the vocabulary.
MIN_PREFIX_LENGTH = 2
# Snippets are cut from the start of the text; a document's text can be megabytes.
SNIPPET_TEXT_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    text: str  # as typed, for websearch_to_tsquery
    wanted: list[str]  # the words to find
    typeahead: str | None  # to_tsquery text; None: the query needs websearch_to_tsquery
    prefix: str | None  # the last word, when it is matched as a prefix
    excludes: bool  # has `-word`s: a document's head can match while the document does not


def parse(q: str) -> ParsedQuery:
    """Words to find and to exclude (`-word`) as plain alphanumerics, and the type-ahead query: every
    wanted word, the last one as a prefix, none of the excluded. Quotes or `or` need
    websearch_to_tsquery instead; a one-letter last word is not typed yet and is left out."""
    wanted: list[str] = []
    excluded: list[str] = []
    for token in q.split():
        words = re.findall(r"[^\W_]+", token)
        if token.startswith("-") and words:
            excluded.append(words[0])
            words = words[1:]
        wanted += words
    wanted, excluded = wanted[:MAX_WORDS], excluded[:MAX_WORDS]
    if '"' in q or _OR.search(q) or not wanted:
        return ParsedQuery(q, wanted, None, None, bool(excluded))
    if len(wanted[-1]) < MIN_PREFIX_LENGTH:
        if len(wanted) == 1:
            return ParsedQuery(q, wanted, None, None, bool(excluded))
        wanted = wanted[:-1]
    terms = [f"'{word}'" for word in wanted[:-1]] + [f"'{wanted[-1]}':*"] + [f"!'{word}'" for word in excluded]
    return ParsedQuery(q, wanted, " & ".join(terms), wanted[-1], bool(excluded))


def any_word_query(wanted: list[str]) -> str:
    """`to_tsquery` text matching any wanted word (the last as a prefix): which fields matched."""
    return " | ".join([f"'{word}'" for word in wanted[:-1]] + [f"'{wanted[-1]}':*"])


async def _text_ranking(
    db: AsyncSession, scope: TeamScope, query: ParsedQuery, kind: HitType | None, limit: int
) -> list[uuid.UUID]:
    """Ids of the documents matching the query's text, best first."""
    params = {
        "team_id": scope.team_id,
        "q": query.text,
        "typeahead": query.typeahead,
        "prefix": query.prefix,
        "words": " ".join(query.wanted),
        "hit_type": kind,
        "negated": query.excludes,
        "limit": limit,
    }
    return list((await db.execute(queries.TEXT_RANKING, params)).scalars())


async def _corrected(db: AsyncSession, scope: TeamScope, wanted: list[str]) -> list[str] | None:
    """The query's words with typos replaced by the closest title or tag word; None: nothing to correct."""
    rows = (await db.execute(queries.CORRECTIONS, {"team_id": scope.team_id, "words": wanted})).all()
    corrected = [row.lexeme or row.word for row in rows]
    return corrected if any(row.lexeme and row.lexeme != row.word.lower() for row in rows) else None


async def _semantic_ranking(
    db: AsyncSession, scope: TeamScope, q: str, embedder: EmbeddingProvider, kind: HitType | None, limit: int
) -> list[uuid.UUID]:
    try:
        vector = await embedder.embed_query(q)
    except EmbeddingUnavailable:
        logger.warning("search.semantic_unavailable", extra={"model": embedder.model})
        return []
    return await embeddings.semantic_ranking(
        db, scope, vector, embedder.model, limit=limit, hit_type=kind, min_similarity=embedder.min_similarity
    )


def fuse(rankings: list[list[uuid.UUID]], limit: int) -> list[tuple[uuid.UUID, float]]:
    """Reciprocal rank fusion: each ranking adds 1 / (RRF_K + rank) to a document's score; ties keep
    the order of the first ranking that has the document."""
    scores: dict[uuid.UUID, float] = {}
    for ranking in rankings:
        for rank, document_id in enumerate(ranking, 1):
            scores[document_id] = scores.get(document_id, 0.0) + 1.0 / (RRF_K + rank)
    ordered = sorted(scores.items(), key=lambda item: -item[1])  # stable: first-seen order on ties
    return ordered[:limit]


async def search(
    db: AsyncSession,
    scope: TeamScope,
    q: str,
    *,
    kind: HitType | None = None,
    limit: int = 20,
    embedder: EmbeddingProvider | None = None,
) -> list[SearchHit]:
    q = q.strip()
    if not q:
        raise Unprocessable("The search query is empty.", code="validation_error")
    query = parse(q)
    if not query.wanted:
        return []
    # The ranking's best plan depends on its parameters (type-ahead, exclusions, limit): generic
    # plans of the prepared statement measured 2-3x slower on the benchmark library.
    await db.execute(queries.CUSTOM_PLANS)
    text_ranked = await _text_ranking(db, scope, query, kind, limit)
    fuzzy = False
    if not text_ranked:
        corrected = await _corrected(db, scope, query.wanted)
        if corrected is not None:
            query, fuzzy = parse(" ".join(corrected)), True
            text_ranked = await _text_ranking(db, scope, query, kind, limit)
    semantic = [] if embedder is None else await _semantic_ranking(db, scope, q, embedder, kind, limit)
    fused = fuse([text_ranked, semantic], limit)
    if not fused:
        return []
    return await _hits(db, scope, fused, query.wanted, text=set(text_ranked), semantic=set(semantic), fuzzy=fuzzy)


async def _hits(
    db: AsyncSession,
    scope: TeamScope,
    ranked: list[tuple[uuid.UUID, float]],
    wanted: list[str],
    *,
    text: set[uuid.UUID],
    semantic: set[uuid.UUID],
    fuzzy: bool,
) -> list[SearchHit]:
    """The hits to show for ranked document ids and scores: titles, snippets and why each matched."""
    params = {
        "team_id": scope.team_id,
        "ids": [document_id for document_id, _ in ranked],
        "any_word": any_word_query(wanted),
        "words": " ".join(wanted),
        "text_chars": SNIPPET_TEXT_CHARS,
    }
    rows = {row.id: row for row in (await db.execute(queries.DETAILS, params)).all()}
    hits = []
    for document_id, score in ranked:
        row = rows[document_id]
        shown = snippet(row.text, [*row.lexemes, wanted[-1].lower()])
        reasons: tuple[tuple[MatchReason, bool], ...] = (
            ("title", row.in_title),
            ("tags", row.in_tags),
            ("text", "<mark>" in shown),  # the text holds a query word where the snippet marks one
        )
        matched: list[MatchReason] = []
        if document_id in text:
            matched = [reason for reason, hit in reasons if hit] or ["text"]
            if fuzzy:
                matched.insert(0, "fuzzy")
        if document_id in semantic:
            matched.append("semantic")
        hits.append(
            SearchHit(
                type="flow" if row.flow_id is not None else "step",
                id=row.flow_id or row.step_id,
                title=row.title,
                kind=row.kind,
                version=row.version,
                snippet=shown,
                score=round(score, 6),
                matched=matched,
            )
        )
    return hits
