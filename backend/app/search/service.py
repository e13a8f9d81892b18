"""The full-text half of search: keeping `search_documents` up to date, and querying it. No HTTP here.

Indexing runs in the caller's transaction (no commit here): whoever creates, changes or deletes a
flow or step calls `reindex_flow`, `reindex_step` or `remove` before committing.

A query matches a document when
  - its tsvector matches `websearch_to_tsquery(q)` (quotes, `or`, `-word`), or
  - it matches the type-ahead query: every word of q, the last one as a prefix (`outlook pass` →
    `'outlook' & 'pass':*`), or
  - the title is similar to q (pg_trgm `q <% title`, word similarity ≥ 0.6) for typos.
Text matches rank by `ts_rank_cd` with weights A=title 1.0, B=tags 0.4, C=text 0.2 and score
1 + rank/(rank + 1) (in [1, 2)); title-only fuzzy matches score their word similarity (< 1), so
they always rank below text matches.
"""

import html
import re
import uuid
from typing import Any

from sqlalchemy import Float, case, delete, func, literal, literal_column, or_, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from app.core.clock import utcnow
from app.core.errors import Unprocessable
from app.core.tenancy import TeamScope, in_team
from app.flows.models import Flow, FlowStatus, FlowVersion
from app.search.models import TS_CONFIG, SearchDocument
from app.search.schemas import HitType, MatchReason, SearchHit
from app.steps.models import Step

QUERY_MAX_LENGTH = 200
LIMIT_MAX = 50
MAX_WORDS = 32

# ts_rank_cd weights in PostgreSQL's order {D, C, B, A}.
_WEIGHTS: ColumnElement[Any] = literal_column("'{0.1, 0.2, 0.4, 1.0}'::real[]")
# Normalisation 1|32: divide by 1 + log(length) (long bodies do not win by volume), then rank/(rank + 1).
_NORMALIZATION = 1 | 32

# Private-use characters stand in for `<`, `>` and the highlight marks while PostgreSQL builds the
# snippet (ts_headline drops anything that looks like an HTML tag); the snippet is then
# HTML-escaped in Python and only the marks become tags. They are stripped from indexed text.
_LT, _GT, _MARK, _UNMARK = "\ue000", "\ue001", "\ue002", "\ue003"
_SENTINELS = re.compile(f"[{_LT}{_GT}{_MARK}{_UNMARK}]")
_HEADLINE_OPTIONS = (
    f'StartSel={_MARK}, StopSel={_UNMARK}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "'
)


# --- indexing ------------------------------------------------------------------------------


def _clean(text: str) -> str:
    return _SENTINELS.sub("", text)


def _join(parts: list[str | None]) -> str:
    return _clean("\n".join(part for part in parts if part))


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
        "title": _clean(flow.title),
        "tags": _clean(" ".join(flow.tags)),
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
        "title": _clean(step.title),
        "tags": _clean(" ".join(step.tags)),
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


def _words(q: str) -> tuple[list[str], list[str]]:
    """The query's words to find and the words to exclude (`-word`), as plain alphanumerics."""
    wanted: list[str] = []
    excluded: list[str] = []
    for token in q.split():
        words = re.findall(r"[^\W_]+", token)
        if token.startswith("-") and words:
            excluded.append(words[0])
            words = words[1:]
        wanted += words
    return wanted[:MAX_WORDS], excluded[:MAX_WORDS]


def typeahead_query(wanted: list[str], excluded: list[str]) -> str | None:
    """`to_tsquery` text: every wanted word, the last one as a prefix, none of the excluded."""
    if not wanted:
        return None
    terms = [f"'{word}'" for word in wanted[:-1]] + [f"'{wanted[-1]}':*"]
    terms += [f"!'{word}'" for word in excluded]
    return " & ".join(terms)


def any_word_query(wanted: list[str]) -> str | None:
    """`to_tsquery` text matching any wanted word (the last as a prefix): which fields matched."""
    if not wanted:
        return None
    return " | ".join([f"'{word}'" for word in wanted[:-1]] + [f"'{wanted[-1]}':*"])


def render_snippet(headline: str) -> str:
    """HTML-escape the headline and turn only the highlight sentinels into `<mark>` tags."""
    escaped = html.escape(headline, quote=True)
    return (
        escaped.replace(_LT, "&lt;").replace(_GT, "&gt;").replace(_MARK, "<mark>").replace(_UNMARK, "</mark>")
    ).strip()


def _tsquery(text: str | None) -> ColumnElement[Any] | None:
    return None if text is None else func.to_tsquery(TS_CONFIG, text)


def _filter_matches(weight: str, query: ColumnElement[Any] | None) -> ColumnElement[bool]:
    if query is None:
        return literal(False)
    return func.ts_filter(SearchDocument.document, literal_column(f"'{{{weight}}}'::\"char\"[]")).op("@@")(query)


async def search(
    db: AsyncSession, scope: TeamScope, q: str, *, kind: HitType | None = None, limit: int = 20
) -> list[SearchHit]:
    q = q.strip()
    if not q:
        raise Unprocessable("The search query is empty.", code="validation_error")
    wanted, excluded = _words(q)
    document = SearchDocument.document
    web = func.websearch_to_tsquery(TS_CONFIG, q)
    typeahead = _tsquery(typeahead_query(wanted, excluded))

    text_hit: ColumnElement[bool] = document.op("@@")(web)
    rank: ColumnElement[Any] = func.ts_rank_cd(_WEIGHTS, document, web, _NORMALIZATION)
    if typeahead is not None:
        text_hit = or_(text_hit, document.op("@@")(typeahead))
        rank = func.greatest(rank, func.ts_rank_cd(_WEIGHTS, document, typeahead, _NORMALIZATION))
    fuzzy_hit = literal(q).op("<%")(SearchDocument.title)
    score = case((text_hit, 1.0 + rank), else_=func.word_similarity(q, SearchDocument.title)).cast(Float)

    ranked = in_team(
        select(SearchDocument.id, score.label("score"), text_hit.label("text_hit")), SearchDocument, scope
    ).where(or_(text_hit, fuzzy_hit))
    if kind == "flow":
        ranked = ranked.where(SearchDocument.flow_id.is_not(None))
    elif kind == "step":
        ranked = ranked.where(SearchDocument.step_id.is_not(None))
    top = ranked.order_by(literal_column("score").desc(), SearchDocument.id).limit(limit).subquery("top")

    any_word = _tsquery(any_word_query(wanted))
    body = func.translate(SearchDocument.body, "<>", _LT + _GT)
    headline = func.ts_headline(TS_CONFIG, body, any_word if any_word is not None else web, _HEADLINE_OPTIONS)
    stmt = (
        select(
            SearchDocument.flow_id,
            SearchDocument.step_id,
            SearchDocument.title,
            SearchDocument.kind,
            SearchDocument.version,
            top.c.score,
            top.c.text_hit,
            headline.label("headline"),
            _filter_matches("a", any_word).label("in_title"),
            _filter_matches("b", any_word).label("in_tags"),
            _filter_matches("c", any_word).label("in_text"),
        )
        .join(top, top.c.id == SearchDocument.id)
        .order_by(top.c.score.desc(), SearchDocument.id)
    )
    hits = []
    for row in (await db.execute(stmt)).all():
        reasons: tuple[tuple[MatchReason, bool], ...] = (
            ("title", row.in_title),
            ("tags", row.in_tags),
            ("text", row.in_text),
        )
        matched: list[MatchReason] = [reason for reason, hit in reasons if hit] or ["text"]
        if not row.text_hit:
            matched = ["fuzzy"]
        hits.append(
            SearchHit(
                type="flow" if row.flow_id is not None else "step",
                id=row.flow_id or row.step_id,
                title=row.title,
                kind=row.kind,
                version=row.version,
                snippet=render_snippet(row.headline),
                score=round(float(row.score), 6),
                matched=matched,
            )
        )
    return hits
