"""folder names unique at the top level too (NULLS NOT DISTINCT)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 13:45:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONSTRAINT = "uq_flow_folders_team_id_parent_id_name"


def upgrade() -> None:
    op.drop_constraint(CONSTRAINT, "flow_folders", type_="unique")
    op.create_unique_constraint(
        CONSTRAINT, "flow_folders", ["team_id", "parent_id", "name"], postgresql_nulls_not_distinct=True
    )


def downgrade() -> None:
    op.drop_constraint(CONSTRAINT, "flow_folders", type_="unique")
    op.create_unique_constraint(CONSTRAINT, "flow_folders", ["team_id", "parent_id", "name"])
