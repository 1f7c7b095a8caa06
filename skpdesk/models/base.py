"""Declarative base, naming convention and the columns every synced table carries (SYNC.md)."""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from sqlalchemy import Boolean, MetaData, String, Table
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Alembic "The Importance of Naming Constraints": SQLite batch migrations need named constraints.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# The schema revision this code writes. A test checks it equals the Alembic head, so that opening
# a workspace can tell "current", "older" and "newer" without importing Alembic (start-up cost).
SCHEMA_HEAD = "0004"
# every revision this code can open, oldest first
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004")


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns of every synced table: UUID key made where the row is created, HLC, origin, tombstone.

    Rows of these tables are written only through ``services.recorder.Recorder``, which records one
    operation per changed field in the same transaction (SYNC.md "Merge").
    """

    __synced__: ClassVar[bool] = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    updated_at: Mapped[str] = mapped_column(String(40), default="")  # hybrid logical clock
    origin: Mapped[str] = mapped_column(String(32), default="")  # node that wrote it last
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


SYNC_COLUMNS = frozenset({"id", "updated_at", "origin", "deleted"})


def table_of(model: Any) -> Table:
    """The Core table of a mapped class (for fast executemany writes)."""
    table: Table = model.__table__
    return table


def is_synced(cls: Any) -> bool:
    return bool(getattr(cls, "__synced__", False))
