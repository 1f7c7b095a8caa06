"""monitoring and rating: rencana aksi, period locks, dialog kinerja, keberatan; richer progress,
evidence and assessment rows

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_SYNC_COLUMNS = (
    ("id", sa.String(length=36), False),
    ("updated_at", sa.String(length=40), False),
    ("origin", sa.String(length=32), False),
    ("deleted", sa.Boolean(), False),
)

# table -> (columns (name, type, nullable), indexed reference columns)
_NEW_TABLES: dict[str, tuple[tuple[tuple[str, sa.types.TypeEngine, bool], ...], tuple[str, ...]]] = {
    "action_plan": (
        (
            ("result_id", sa.String(length=36), True),
            ("periode", sa.String(length=20), False),
            ("text", sa.Text(), False),
            ("sort_order", sa.Integer(), False),
        ),
        ("result_id",),
    ),
    "period_lock": (
        (
            ("period_id", sa.String(length=36), True),
            ("periode", sa.String(length=20), False),
            ("locked", sa.Boolean(), False),
            ("changed_by_employee_id", sa.String(length=36), True),
            ("changed_on", sa.Date(), True),
            ("reason", sa.Text(), False),
        ),
        ("period_id", "changed_by_employee_id"),
    ),
    "dialog_kinerja": (
        (
            ("plan_id", sa.String(length=36), True),
            ("held_on", sa.Date(), False),
            ("topic", sa.Text(), False),
            ("follow_up", sa.Text(), False),
            ("status", sa.String(length=20), False),
            ("recorded_by_employee_id", sa.String(length=36), True),
            ("note", sa.Text(), False),
        ),
        ("plan_id", "recorded_by_employee_id"),
    ),
    "keberatan": (
        (
            ("assessment_id", sa.String(length=36), True),
            ("plan_id", sa.String(length=36), True),
            ("filed_by_employee_id", sa.String(length=36), True),
            ("filed_on", sa.Date(), False),
            ("reasons", sa.Text(), False),
            ("decider_employee_id", sa.String(length=36), True),
            ("decision", sa.String(length=20), False),
            ("decided_on", sa.Date(), True),
            ("decision_note", sa.Text(), False),
            ("new_rating_hasil_kerja", sa.String(length=20), False),
            ("new_rating_perilaku", sa.String(length=20), False),
            ("new_predikat", sa.String(length=20), False),
        ),
        ("assessment_id", "plan_id", "filed_by_employee_id", "decider_employee_id"),
    ),
}

# existing table -> added columns (name, type, nullable, server default for the rows already there)
_NEW_COLUMNS: dict[str, tuple[tuple[str, sa.types.TypeEngine, bool, str | None], ...]] = {
    "progress": (
        ("result_id", sa.String(length=36), True, None),
        ("realisasi_unit", sa.String(length=40), False, ""),
        ("realisasi_text", sa.Text(), False, ""),
        ("recorded_by_employee_id", sa.String(length=36), True, None),
        ("source", sa.String(length=20), False, ""),
    ),
    "evidence": (
        ("indicator_id", sa.String(length=36), True, None),
        ("media_type", sa.String(length=100), False, ""),
        ("uploaded_by_employee_id", sa.String(length=36), True, None),
    ),
    "assessment": (("basis", sa.String(length=20), False, ""),),
}
_NEW_INDEXES = {
    "progress": ("result_id", "recorded_by_employee_id"),
    "evidence": ("indicator_id", "uploaded_by_employee_id"),
}


def upgrade() -> None:
    for table, (columns, indexed) in _NEW_TABLES.items():
        op.create_table(
            table,
            *(
                sa.Column(name, kind, nullable=nullable)
                for name, kind, nullable in (*columns, *_SYNC_COLUMNS)
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in indexed:
                batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)
    for table, added in _NEW_COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, kind, nullable, default in added:
                batch_op.add_column(sa.Column(name, kind, nullable=nullable, server_default=default))
            for column in _NEW_INDEXES.get(table, ()):
                batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def downgrade() -> None:
    for table, added in _NEW_COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in _NEW_INDEXES.get(table, ()):
                batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
            for name, *_rest in added:
                batch_op.drop_column(name)
    for table, (_columns, indexed) in _NEW_TABLES.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in indexed:
                batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
        op.drop_table(table)
