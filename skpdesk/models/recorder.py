"""The only way synced rows are written: each change and its operations, in one transaction.

SYNC.md "Merge": one op per changed field with op_id, node_id, seq, hybrid logical clock, table,
record id, field, value and deps (for this record, the highest seq of each node already seen);
a delete is an op on the field ``_deleted``. An insert records the fields whose value differs
from the column default (a row is its defaults plus its ops; ``materialize`` below is the one
place that rule lives, used by replay and, later, by bundle import).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import orjson
from sqlalchemy import Boolean, Date, Integer, event, func, insert, select, update
from sqlalchemy.orm import Session

from skpdesk.models.base import SYNC_COLUMNS, Base, is_synced, new_uuid, table_of
from skpdesk.models.hlc import HybridClock
from skpdesk.models.tables import MODEL_BY_TABLE, Op

DELETED_FIELD = "_deleted"

JsonValue = str | int | bool | None


def encode_value(value: Any) -> JsonValue:
    """Python value → what an op carries (SYNC.md: strings, integers, booleans, null)."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot record a value of type {type(value).__name__}")


def decode_value(model: type[Base], field: str, value: JsonValue) -> Any:
    """What an op carries → the column's Python value."""
    if value is None:
        return None
    column_type = model.__table__.c[field].type
    if isinstance(column_type, Date):
        return dt.date.fromisoformat(str(value))
    if isinstance(column_type, Boolean):
        return bool(value)
    if isinstance(column_type, Integer):
        return int(value)
    return value


@dataclass(frozen=True)
class ColumnInfo:
    fields: tuple[str, ...]  # synced data columns (no sync bookkeeping)
    defaults: Mapping[str, Any]


_COLUMN_INFO: dict[type[Base], ColumnInfo] = {}


def column_info(model: type[Base]) -> ColumnInfo:
    info = _COLUMN_INFO.get(model)
    if info is None:
        fields: list[str] = []
        defaults: dict[str, Any] = {}
        for column in model.__table__.columns:
            if column.name in SYNC_COLUMNS:
                continue
            fields.append(column.name)
            default = column.default
            defaults[column.name] = default.arg if default is not None and default.is_scalar else None
        info = ColumnInfo(tuple(fields), defaults)
        _COLUMN_INFO[model] = info
    return info


class LocalNode:
    """This workspace copy's node id and clock; shared by the transactions of one process."""

    def __init__(self, node_id: str, clock: HybridClock) -> None:
        self.node_id = node_id
        self.clock = clock


class Recorder:
    """Writes synced rows and their ops through one session (one service call = one transaction)."""

    def __init__(self, session: Session, node: LocalNode) -> None:
        self._session = session
        self._node = node
        self._seq: int | None = None

    # -- writing -------------------------------------------------------------------------------

    def insert(self, model: type[Base], **values: Any) -> str:
        return self.insert_many(model, [values])[0]

    def insert_many(self, model: type[Base], rows: Sequence[Mapping[str, Any]]) -> list[str]:
        """Insert new rows (ids made here unless given) and one op per non-default field."""
        _require_synced(model)
        info = column_info(model)
        table = model.__tablename__
        full_rows: list[dict[str, Any]] = []
        ops: list[dict[str, Any]] = []
        node_id = self._node.node_id
        tick = self._node.clock.tick
        seq = self._next_seq_start()
        for given in rows:
            unknown = set(given) - set(info.fields) - {"id"}
            if unknown:
                raise TypeError(f"{table} has no column(s) {sorted(unknown)}")
            record_id = str(given.get("id") or new_uuid())
            row: dict[str, Any] = dict(info.defaults)
            hlc = ""
            for field in info.fields:
                if field not in given:
                    continue
                value = given[field]
                row[field] = value
                if value == info.defaults[field]:
                    continue  # a default value needs no op (a row is its defaults plus its ops) ...
                hlc = tick()
                ops.append(_op(node_id, seq, hlc, table, record_id, field, encode_value(value), "{}"))
                seq += 1
            if not hlc:  # ... but every row must be in the log at least once
                hlc = tick()
                ops.append(_op(node_id, seq, hlc, table, record_id, DELETED_FIELD, False, "{}"))
                seq += 1
            row.update(id=record_id, updated_at=hlc, origin=node_id, deleted=False)
            full_rows.append(row)
        self._seq = seq
        if full_rows:
            self._session.execute(insert(table_of(model)), full_rows)
            self._session.execute(insert(table_of(Op)), ops)
        return [r["id"] for r in full_rows]

    def update(self, model: type[Base], record_id: str, **values: Any) -> set[str]:
        """Change fields of one row; records ops for the fields that really change. Returns them."""
        _require_synced(model)
        info = column_info(model)
        unknown = set(values) - set(info.fields)
        if unknown:
            raise TypeError(f"{model.__tablename__} has no column(s) {sorted(unknown)}")
        columns = [model.__table__.c[f] for f in values]
        current = self._session.execute(
            select(*columns).where(model.__table__.c.id == record_id)
        ).one_or_none()
        if current is None:
            raise LookupError(f"{model.__tablename__} {record_id} not found")
        changed = {f: values[f] for f, old in zip(values, current, strict=True) if values[f] != old}
        if changed:
            self._write_field_ops(model, record_id, {f: encode_value(v) for f, v in changed.items()})
            self._session.execute(
                update(model)
                .where(model.__table__.c.id == record_id)
                .values(**changed, updated_at=self._node.clock.last, origin=self._node.node_id)
                .execution_options(synchronize_session=False)
            )
            self._expire(model, record_id)
        return set(changed)

    def delete(self, model: type[Base], record_id: str) -> bool:
        """Tombstone a row (never a hard delete). False when it was deleted already."""
        _require_synced(model)
        table = model.__table__
        deleted = self._session.execute(select(table.c.deleted).where(table.c.id == record_id)).scalar()
        if deleted is None:
            raise LookupError(f"{model.__tablename__} {record_id} not found")
        if deleted:
            return False
        self._write_field_ops(model, record_id, {DELETED_FIELD: True})
        self._session.execute(
            update(model)
            .where(table.c.id == record_id)
            .values(deleted=True, updated_at=self._node.clock.last, origin=self._node.node_id)
            .execution_options(synchronize_session=False)
        )
        self._expire(model, record_id)
        return True

    def undelete(self, model: type[Base], record_id: str) -> bool:
        """Bring a tombstoned row back (an undo of a delete): an op ``_deleted`` = False, recorded
        like any change, so the merge treats it as the later value. False when it was live."""
        _require_synced(model)
        table = model.__table__
        deleted = self._session.execute(select(table.c.deleted).where(table.c.id == record_id)).scalar()
        if deleted is None:
            raise LookupError(f"{model.__tablename__} {record_id} not found")
        if not deleted:
            return False
        self._write_field_ops(model, record_id, {DELETED_FIELD: False})
        self._session.execute(
            update(model)
            .where(table.c.id == record_id)
            .values(deleted=False, updated_at=self._node.clock.last, origin=self._node.node_id)
            .execution_options(synchronize_session=False)
        )
        self._expire(model, record_id)
        return True

    # -- internals -----------------------------------------------------------------------------

    def _write_field_ops(self, model: type[Base], record_id: str, fields: Mapping[str, JsonValue]) -> None:
        seen = self._session.execute(
            select(Op.node_id, func.max(Op.seq)).where(Op.record_id == record_id).group_by(Op.node_id)
        ).all()
        deps = orjson.dumps(dict(sorted(seen))).decode()
        seq = self._next_seq_start()
        ops = []
        for field, value in fields.items():
            ops.append(
                _op(
                    self._node.node_id,
                    seq,
                    self._node.clock.tick(),
                    model.__tablename__,
                    record_id,
                    field,
                    value,
                    deps,
                )
            )
            seq += 1
        self._seq = seq
        self._session.execute(insert(table_of(Op)), ops)

    def _next_seq_start(self) -> int:
        if self._seq is None:  # read once per transaction: seq stays gap-free after a rollback
            last = self._session.execute(
                select(func.max(Op.seq)).where(Op.node_id == self._node.node_id)
            ).scalar()
            self._seq = (last or 0) + 1
        return self._seq

    def _expire(self, model: type[Base], record_id: str) -> None:
        obj = self._session.identity_map.get(self._session.identity_key(model, record_id))
        if obj is not None:
            self._session.expire(obj)


def _op(
    node_id: str, seq: int, hlc: str, table: str, record_id: str, field: str, value: JsonValue, deps: str
) -> dict[str, Any]:
    return {
        "op_id": str(uuid.uuid4()),
        "node_id": node_id,
        "seq": seq,
        "hlc": hlc,
        "table_name": table,
        "record_id": record_id,
        "field": field,
        "value": orjson.dumps(value).decode(),
        "deps": deps,
    }


def _require_synced(model: type[Base]) -> None:
    if not is_synced(model):
        raise TypeError(f"{model.__tablename__} is not a synced table")


# -- materialising rows from ops -------------------------------------------------------------------


@dataclass(frozen=True)
class OpRow:
    op_id: str
    node_id: str
    seq: int
    hlc: str
    table_name: str
    record_id: str
    field: str
    value: str
    deps: str


def materialize(ops: Iterable[OpRow]) -> dict[str, list[dict[str, Any]]]:
    """Rows per table from a set of ops: per (record, field) the op with the largest (hlc, node)
    wins (SYNC.md); a row is its column defaults plus the winning values."""
    winners: dict[tuple[str, str, str], OpRow] = {}
    for op in ops:
        key = (op.table_name, op.record_id, op.field)
        best = winners.get(key)
        if best is None or (op.hlc, op.node_id) > (best.hlc, best.node_id):
            winners[key] = op
    records: dict[tuple[str, str], dict[str, Any]] = {}
    stamps: dict[tuple[str, str], tuple[str, str]] = {}
    for (table, record_id, field), op in winners.items():
        model = MODEL_BY_TABLE[table]
        row = records.get((table, record_id))
        if row is None:
            row = dict(column_info(model).defaults)
            row.update(id=record_id, deleted=False)
            records[(table, record_id)] = row
        value = orjson.loads(op.value)
        if field == DELETED_FIELD:
            row["deleted"] = bool(value)
        else:
            row[field] = decode_value(model, field, value)
        stamp = (op.hlc, op.node_id)
        if stamp > stamps.get((table, record_id), ("", "")):
            stamps[(table, record_id)] = stamp
    result: dict[str, list[dict[str, Any]]] = {}
    for (table, record_id), row in records.items():
        row["updated_at"], row["origin"] = stamps[(table, record_id)]
        result.setdefault(table, []).append(row)
    return result


# -- guard: nobody writes synced rows through the ORM unit of work ---------------------------------


@event.listens_for(Session, "before_flush")
def _refuse_unrecorded_writes(session: Session, _context: object, _instances: object) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        if is_synced(type(obj)) and (
            obj in session.new or obj in session.deleted or session.is_modified(obj)
        ):
            raise RuntimeError(
                f"{type(obj).__name__} rows are written through Recorder, so that every change "
                "is recorded as an operation (SYNC.md)"
            )
