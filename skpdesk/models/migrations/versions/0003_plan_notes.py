"""plan notes (reviu checklist rows and return notes)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_note",
        sa.Column("plan_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("check_id", sa.String(length=10), nullable=False),
        sa.Column("passed", sa.Boolean(), nullable=True),
        sa.Column("result_id", sa.String(length=36), nullable=True),
        sa.Column("indicator_id", sa.String(length=36), nullable=True),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_employee_id", sa.String(length=36), nullable=True),
        sa.Column("written_on", sa.Date(), nullable=True),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("updated_at", sa.String(length=40), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_note")),
    )
    with op.batch_alter_table("plan_note", schema=None) as batch_op:
        for column in ("plan_id", "result_id", "indicator_id", "author_employee_id"):
            batch_op.create_index(batch_op.f(f"ix_plan_note_{column}"), [column], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("plan_note", schema=None) as batch_op:
        for column in ("plan_id", "result_id", "indicator_id", "author_employee_id"):
            batch_op.drop_index(batch_op.f(f"ix_plan_note_{column}"))
    op.drop_table("plan_note")
