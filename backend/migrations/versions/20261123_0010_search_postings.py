"""search: narrow rows, an inline title+tags vector, postings and vocabulary for bounded ranking

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 15:10:00

`body` and `document` move out of line (toast_tuple_target 128) while title, tags and the new
`head` stay inline. Postings (`search_terms`) and the vocabulary are written by a trigger and
backfilled here. The title trigram index goes: typo tolerance now corrects words against the
vocabulary.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HEAD_SQL = (
    "setweight(to_tsvector('english'::regconfig, title), 'A') || "
    "setweight(to_tsvector('english'::regconfig, tags), 'B')"
)

# The impact of lexeme `t.lexeme` in a row's head: the head's rank for it alone, as a one-term
# tsquery (quoted: quotes doubled, backslashes escaped). `{row}` is NEW in the trigger, d in the backfill.
IMPACT = """ts_rank_cd('{{0.1, 0.2, 0.4, 1.0}}'::real[], {row}.head,
           ('''' || replace(replace(t.lexeme, '\\', '\\\\'), '''', '''''') || '''')::tsquery, 33)"""

POSTINGS_OF_NEW = f"SELECT NEW.id, t.lexeme, NEW.team_id, {IMPACT.format(row='NEW')} FROM unnest(NEW.head) AS t"  # noqa: S608 - constant SQL

INDEX_TERMS = f"""
CREATE FUNCTION search_documents_index_terms() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM search_terms WHERE document_id = NEW.id;
    INSERT INTO search_terms (document_id, lexeme, team_id, impact) {POSTINGS_OF_NEW};
    INSERT INTO search_vocabulary (team_id, lexeme)
    SELECT NEW.team_id, t.lexeme FROM unnest(NEW.head) AS t
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$
"""  # noqa: S608 - constant SQL

BACKFILL = f"""
INSERT INTO search_terms (document_id, lexeme, team_id, impact)
SELECT d.id, t.lexeme, d.team_id, {IMPACT.format(row="d")}
FROM search_documents d, unnest(d.head) AS t
"""  # noqa: S608 - constant SQL
BACKFILL_VOCABULARY = (
    "INSERT INTO search_vocabulary (team_id, lexeme) SELECT DISTINCT team_id, lexeme FROM search_terms"
)


def upgrade() -> None:
    op.execute("ALTER TABLE search_documents SET (toast_tuple_target = 128)")
    # One statement: the storage settings apply to the table rewrite that adding the column causes.
    op.execute(
        f"ALTER TABLE search_documents ALTER COLUMN title SET STORAGE MAIN, ALTER COLUMN tags SET STORAGE MAIN, "
        f"ADD COLUMN head tsvector GENERATED ALWAYS AS ({HEAD_SQL}) STORED, ALTER COLUMN head SET STORAGE MAIN"
    )
    op.drop_index("ix_search_documents_title_trgm", table_name="search_documents", postgresql_using="gin")
    op.create_table(
        "search_terms",
        sa.Column("document_id", sa.Uuid(), nullable=False),
        sa.Column("lexeme", sa.Text(collation="C"), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("impact", sa.REAL(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["search_documents.id"], name=op.f("fk_search_terms_document_id_search_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("document_id", "lexeme", name=op.f("pk_search_terms")),
    )  # fmt: skip
    op.create_index("ix_search_terms_walk", "search_terms", ["team_id", "lexeme", "impact"], unique=False)
    op.create_table(
        "search_vocabulary",
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("lexeme", sa.Text(collation="C"), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"], ["teams.id"], name=op.f("fk_search_vocabulary_team_id_teams"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("team_id", "lexeme", name=op.f("pk_search_vocabulary")),
    )
    op.create_index(
        "ix_search_vocabulary_lexeme_trgm",
        "search_vocabulary",
        ["lexeme"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"lexeme": "gin_trgm_ops"},
    )
    op.execute(INDEX_TERMS)
    op.execute(
        "CREATE TRIGGER search_documents_terms_insert AFTER INSERT ON search_documents "
        "FOR EACH ROW EXECUTE FUNCTION search_documents_index_terms()"
    )
    op.execute(
        "CREATE TRIGGER search_documents_terms_update AFTER UPDATE OF title, tags ON search_documents "
        "FOR EACH ROW WHEN (OLD.head IS DISTINCT FROM NEW.head) EXECUTE FUNCTION search_documents_index_terms()"
    )
    op.execute(BACKFILL)
    op.execute(BACKFILL_VOCABULARY)


def downgrade() -> None:
    op.execute("DROP TRIGGER search_documents_terms_update ON search_documents")
    op.execute("DROP TRIGGER search_documents_terms_insert ON search_documents")
    op.execute("DROP FUNCTION search_documents_index_terms()")
    op.drop_index(
        "ix_search_vocabulary_lexeme_trgm",
        table_name="search_vocabulary",
        postgresql_using="gin",
        postgresql_ops={"lexeme": "gin_trgm_ops"},
    )
    op.drop_table("search_vocabulary")
    op.drop_index("ix_search_terms_walk", table_name="search_terms")
    op.drop_table("search_terms")
    op.create_index(
        "ix_search_documents_title_trgm",
        "search_documents",
        ["title"],
        unique=False,
        postgresql_using="gin",
        postgresql_ops={"title": "gin_trgm_ops"},
    )
    op.drop_column("search_documents", "head")
    op.execute(
        "ALTER TABLE search_documents ALTER COLUMN title SET STORAGE EXTENDED, ALTER COLUMN tags SET STORAGE EXTENDED"
    )
    op.execute("ALTER TABLE search_documents RESET (toast_tuple_target)")
