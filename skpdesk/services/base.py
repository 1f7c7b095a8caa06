"""What every service shares: one transaction per call, the recorder, and ``Changes``."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from skpdesk.domain.errors import Code, SkpError
from skpdesk.models.base import Base
from skpdesk.models.recorder import Recorder
from skpdesk.models.store import Store

if TYPE_CHECKING:
    from skpdesk.services.access import Access


@dataclass(frozen=True)
class Changes:
    """Which ids of which table a service call changed (the UI redraws from this)."""

    tables: Mapping[str, frozenset[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, model: type[Base], ids: Iterable[str]) -> Changes:
        return cls({model.__tablename__: frozenset(ids)})

    def __or__(self, other: Changes) -> Changes:
        merged: dict[str, frozenset[str]] = dict(self.tables)
        for table, ids in other.tables.items():
            merged[table] = merged.get(table, frozenset()) | ids
        return Changes(merged)

    def __bool__(self) -> bool:
        return any(self.tables.values())

    def ids(self, model: type[Base]) -> frozenset[str]:
        return self.tables.get(model.__tablename__, frozenset())


class Writer:
    """A write transaction: the session for reads and the recorder for every synced write."""

    def __init__(self, session: Session, recorder: Recorder) -> None:
        self.session = session
        self.record = recorder
        self._changes: dict[str, set[str]] = {}

    def touched(self, model: type[Base], *ids: str) -> None:
        self._changes.setdefault(model.__tablename__, set()).update(ids)

    def insert(self, model: type[Base], **values: Any) -> str:
        record_id = self.record.insert(model, **values)
        self.touched(model, record_id)
        return record_id

    def insert_many(self, model: type[Base], rows: list[dict[str, Any]]) -> list[str]:
        ids = self.record.insert_many(model, rows)
        self.touched(model, *ids)
        return ids

    def update(self, model: type[Base], record_id: str, **values: Any) -> set[str]:
        changed = self.record.update(model, record_id, **values)
        if changed:
            self.touched(model, record_id)
        return changed

    def delete(self, model: type[Base], record_id: str) -> None:
        if self.record.delete(model, record_id):
            self.touched(model, record_id)

    def undelete(self, model: type[Base], record_id: str) -> None:
        if self.record.undelete(model, record_id):
            self.touched(model, record_id)

    @property
    def changes(self) -> Changes:
        return Changes({t: frozenset(ids) for t, ids in self._changes.items()})


class Service:
    """Base of the use-case classes. Subclasses never hold a session between calls."""

    def __init__(self, store: Store, access: Access) -> None:
        self._store = store
        self._access = access

    @contextlib.contextmanager
    def _write(self) -> Iterator[Writer]:
        with self._store.transaction() as session:
            yield Writer(session, Recorder(session, self._store.node))

    @contextlib.contextmanager
    def _read(self) -> Iterator[Session]:
        with self._store.reading() as session:
            yield session


def require(session: Session, model: type[Base], record_id: str | None, what: str) -> Any:
    """The live row, or a coded error naming what was not found."""
    if record_id is None:
        raise SkpError(Code.RECORD_NOT_FOUND, kind=what, id="")
    table = model.__table__
    row = session.execute(
        select(table).where(table.c.id == record_id, table.c.deleted.is_(False))
    ).one_or_none()
    if row is None:
        raise SkpError(Code.RECORD_NOT_FOUND, kind=what, id=record_id)
    return row
