"""principal change notifications: NOTIFY rf_principal when a cached caller may have changed

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 12:45:00

Every API replica caches authenticated callers (app/auth/principal_cache.py) and listens on
`rf_principal`. Triggers, not application code, send the notifications, so no code path that
changes a user, a membership, a team's name or a login's revocation can forget to.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, columns whose change matters, payload built from OLD)
WATCHED = (
    ("users", "email, full_name, email_verified_at, is_super_admin", "'user:' || OLD.id"),
    ("memberships", "role, disabled_at, user_id, team_id", "'user:' || OLD.user_id"),
    ("teams", "name", "'team:' || OLD.id"),
    ("refresh_families", "revoked_at", "'login:' || OLD.id"),
)


def upgrade() -> None:
    for table, columns, payload in WATCHED:
        op.execute(
            f"""
            CREATE FUNCTION rf_notify_{table}_principal() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('rf_principal', {payload});
                RETURN NULL;
            END $$
            """
        )
        op.execute(
            f"""
            CREATE TRIGGER {table}_principal_change
            AFTER UPDATE OF {columns} OR DELETE ON {table}
            FOR EACH ROW EXECUTE FUNCTION rf_notify_{table}_principal()
            """
        )


def downgrade() -> None:
    for table, _, _ in WATCHED:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_principal_change ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS rf_notify_{table}_principal()")
