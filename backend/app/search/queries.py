"""The SQL of full-text search, bounded in work however many documents a query matches.

Ranking every match of a common word ("user", "password") reads thousands of rows per query, which
no index can shortcut, so the text list is built in two tiers:

1. **Head tier**: documents whose title and tags (`head`) match the whole query. Each head lexeme
   has a posting in `search_terms` with its impact (the document's `ts_rank_cd` for that lexeme
   alone), so the best documents for a lexeme are the first rows of an index scan. For every query
   lexeme (and the type-ahead expansions of the last word, taken from `search_vocabulary`) the
   scan walks at most WALK postings, keeps those whose head matches the whole query and stops at
   `limit`; the union is ranked by `ts_rank_cd` on the small inline `head`. (A query with `-word`
   also checks the whole `document`, where the excluded word may be.) For a one-word query
   this is exact; for more words it finds every document that is among the best WALK of one of
   its words.
2. **Body tier**, only while the head tier has fewer than `limit` hits: documents matching in their
   text (GIN on `document`), at most CAP of them, ranked by `ts_rank_cd` on `document`.

Head hits score 2 + rank and body hits 1 + rank (rank in [0, 1)), so title and tag matches come first.
"""

from typing import Final

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY, UUID
from sqlalchemy.types import Boolean, Integer, Text

from app.search.models import RANK_NORMALIZATION, RANK_WEIGHTS, TS_CONFIG

WALK: Final = 100
CAP: Final = 100
PREFIX_EXPANSIONS: Final = 10

# :hit_type is NULL (everything), 'flow' or 'step'.
_KIND_FILTER = "(CAST(:hit_type AS text) IS NULL OR (CAST(:hit_type AS text) = 'flow') = (d.flow_id IS NOT NULL))"

_TEXT_RANKING_SQL = f"""
WITH q AS MATERIALIZED (
    SELECT coalesce(to_tsquery('{TS_CONFIG}', :typeahead), websearch_to_tsquery('{TS_CONFIG}', :q)) AS tsq,
           array_to_string(tsvector_to_array(to_tsvector('{TS_CONFIG}', coalesce(:prefix, ''))), '') AS stem
),
terms AS (
    SELECT unnest(tsvector_to_array(to_tsvector('{TS_CONFIG}', :words))) AS lexeme
    UNION
    SELECT expansion.lexeme FROM q CROSS JOIN LATERAL (
        SELECT v.lexeme FROM search_vocabulary v
        WHERE v.team_id = :team_id AND q.stem <> ''
          AND v.lexeme >= q.stem AND v.lexeme < q.stem || U&'\\+10FFFF'
        ORDER BY length(v.lexeme), v.lexeme
        LIMIT {PREFIX_EXPANSIONS}
    ) expansion
),
walked AS (
    SELECT DISTINCT hit.id FROM terms CROSS JOIN LATERAL (
        SELECT d.id
        FROM (
            SELECT t.document_id FROM search_terms t
            WHERE t.team_id = :team_id AND t.lexeme = terms.lexeme
            ORDER BY t.impact DESC
            LIMIT {WALK}
        ) posting
        JOIN search_documents d ON d.id = posting.document_id
        CROSS JOIN q
        WHERE d.head @@ q.tsq AND (NOT :negated OR d.document @@ q.tsq) AND {_KIND_FILTER}
        LIMIT :limit
    ) hit
),
head AS (
    SELECT d.id, ts_rank_cd({RANK_WEIGHTS}, d.head, q.tsq, {RANK_NORMALIZATION}) AS rank
    FROM walked JOIN search_documents d ON d.id = walked.id CROSS JOIN q
    ORDER BY rank DESC, d.id
    LIMIT :limit
),
body AS (
    SELECT candidate.id, ts_rank_cd({RANK_WEIGHTS}, candidate.document, q.tsq, {RANK_NORMALIZATION}) AS rank
    FROM (
        SELECT d.id, d.document FROM search_documents d CROSS JOIN q
        WHERE d.team_id = :team_id AND d.document @@ q.tsq AND NOT d.head @@ q.tsq AND {_KIND_FILTER}
          AND (SELECT count(*) FROM head) < :limit
        LIMIT {CAP}
    ) candidate CROSS JOIN q
    ORDER BY rank DESC, candidate.id
    LIMIT :limit
)
SELECT id, 2 + rank AS score FROM head
UNION ALL
SELECT id, 1 + rank AS score FROM body
ORDER BY score DESC, id
LIMIT :limit
"""  # noqa: S608 - only module constants are interpolated
TEXT_RANKING: Final[TextClause] = text(_TEXT_RANKING_SQL).bindparams(
    bindparam("team_id", type_=UUID(as_uuid=True)),
    bindparam("q", type_=Text),
    bindparam("typeahead", type_=Text),
    bindparam("prefix", type_=Text),
    bindparam("words", type_=Text),
    bindparam("hit_type", type_=Text),
    bindparam("negated", type_=Boolean),
    bindparam("limit", type_=Integer),
)

# What a hit shows, for the chosen ids: whether title and tags hold a query word (`any_word`: any
# wanted word, the last as a prefix; from the inline `head`, so the large `document` is not read),
# the query's lexemes and the start of the text, for the snippet (which tells whether the text does).
_DETAILS_SQL = f"""
WITH q AS MATERIALIZED (
    SELECT to_tsquery('{TS_CONFIG}', :any_word) AS any_word,
           tsvector_to_array(to_tsvector('{TS_CONFIG}', :words)) AS lexemes
)
SELECT d.id, d.flow_id, d.step_id, d.title, d.kind, d.version, left(d.body, :text_chars) AS text, q.lexemes,
       ts_filter(d.head, '{{a}}') @@ q.any_word AS in_title,
       ts_filter(d.head, '{{b}}') @@ q.any_word AS in_tags
FROM search_documents d CROSS JOIN q
WHERE d.team_id = :team_id AND d.id = ANY(:ids)
"""  # noqa: S608 - only module constants are interpolated
DETAILS: Final[TextClause] = text(_DETAILS_SQL).bindparams(
    bindparam("team_id", type_=UUID(as_uuid=True)),
    bindparam("ids", type_=ARRAY(UUID(as_uuid=True))),
    bindparam("any_word", type_=Text),
    bindparam("words", type_=Text),
    bindparam("text_chars", type_=Integer),
)

CUSTOM_PLANS: Final[TextClause] = text("SET LOCAL plan_cache_mode = force_custom_plan")

# For each query word, the closest lexeme of the team's titles and tags (pg_trgm similarity above
# `pg_trgm.similarity_threshold`), or NULL.
CORRECTIONS: Final[TextClause] = text("""
SELECT word.word, (
    SELECT v.lexeme FROM search_vocabulary v
    WHERE v.team_id = :team_id AND v.lexeme % word.word
    ORDER BY similarity(v.lexeme, word.word) DESC, v.lexeme
    LIMIT 1
) AS lexeme
FROM unnest(CAST(:words AS text[])) WITH ORDINALITY AS word(word, position)
ORDER BY word.position
""").bindparams(
    bindparam("team_id", type_=UUID(as_uuid=True)),
    bindparam("words", type_=ARRAY(Text)),
)
