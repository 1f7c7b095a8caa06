"""A read-only look into a workspace's database before it is opened (the window's first paint).

Start-up paints the main window's frame (title, sidebar, status bar) before the workspace is
opened, and that frame needs a few facts: the schema revision, this copy's node id, the period
years and who one person is. They are read here with the standard ``sqlite3`` module only — no
SQLAlchemy, whose import alone costs more than the whole frame (PLATFORM.md "Start-up cost").

Reads only: a ``mode=ro`` URI (as ``store.inspect_database``), plain SELECTs, no lock, no
migration, no WAL switch. Any surprise — no file, not a database, a schema revision these queries
were not written for, a missing table or column, a busy file — gives None, and the caller opens the
workspace the normal way, which reports the problem properly.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

# The schema revisions in which the tables read below (alembic_version, workspace_meta, period,
# employee, role_grant) have the columns and meaning these queries assume. Importing models.base
# for SCHEMA_HEAD would import SQLAlchemy, so a test checks that SCHEMA_HEAD is listed: a new
# revision is added here once these queries are checked against it.
PEEK_REVISIONS: tuple[str, ...] = ("0002", "0003", "0004")
DB_NAME = "skpdesk.sqlite"  # == models.store.DB_NAME (a test checks)
SQLITE_HEADER = b"SQLite format 3\x00"

# Records are NamedTuples rather than dataclasses: a dataclass costs ~0.5 ms to define (it compiles
# its methods), and this module is imported before the first paint.


class PeekPerson(NamedTuple):
    """One employee (not deleted) and their live role grants as stored: (role, org_unit_id)."""

    employee_id: str
    name: str
    grants: tuple[tuple[str, str | None], ...]


class PeekFacts(NamedTuple):
    schema: str
    node_id: str
    years: tuple[int, ...]  # years of the periods not deleted
    any_grant: bool  # some role is granted to someone (else anyone may set the workspace up)
    person: PeekPerson | None  # the person asked for, None when not found (or none was asked for)


class PersonQuery(NamedTuple):
    """Whom to look up: by NIP (digits, normalised) or by employee id; neither: nobody."""

    nip: str | None = None
    employee_id: str | None = None


def peek_workspace(folder: Path, who: Callable[[str], PersonQuery]) -> PeekFacts | None:
    """The frame's facts of the workspace in ``folder``, or None when they cannot be read.

    ``who`` gets this copy's node id (the sign-in remembered on this machine is kept per node) and
    says whom to look up.
    """
    db = folder / DB_NAME
    try:
        with db.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        con = sqlite3.connect(_read_only_uri(db), uri=True, timeout=0.2)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        return _read(con, who)
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        con.close()


def _read_only_uri(db: Path) -> str:
    """``mode=ro``; and ``immutable=1`` when there is no write-ahead log to read, because a
    read-only reader of a WAL database otherwise creates the -wal and -shm files and, unable to
    remove them, leaves them behind. A workspace closed normally has no -wal file (the last
    connection checkpoints it); one left by a crash or held by a running copy is read with it."""
    uri = f"{db.resolve().as_uri()}?mode=ro"
    wal = db.with_name(db.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        uri += "&immutable=1"
    return uri


def _read(con: sqlite3.Connection, who: Callable[[str], PersonQuery]) -> PeekFacts | None:
    schema = _one(con, "SELECT version_num FROM alembic_version")
    if schema not in PEEK_REVISIONS:
        return None  # older or newer than these queries know: the normal path opens or refuses it
    node_id = _one(con, "SELECT value FROM workspace_meta WHERE key = 'node_id'")
    if not isinstance(node_id, str) or not node_id:
        return None
    years = tuple(int(y) for (y,) in con.execute("SELECT year FROM period WHERE deleted = 0"))
    any_grant = bool(_one(con, "SELECT EXISTS (SELECT 1 FROM role_grant WHERE deleted = 0)"))
    query = who(node_id)
    person = None
    if query.nip:
        person = _person(con, "nip", query.nip)
    elif query.employee_id:
        person = _person(con, "id", query.employee_id)
    return PeekFacts(schema, node_id, years, any_grant, person)


def _person(con: sqlite3.Connection, column: str, value: str) -> PeekPerson | None:
    # column is one of two literals chosen above, never input
    row = con.execute(
        f"SELECT id, name FROM employee WHERE {column} = ? AND deleted = 0", (value,)
    ).fetchone()
    if row is None:
        return None
    employee_id, name = str(row[0]), str(row[1])
    grants = tuple(
        (str(role), None if unit is None else str(unit))
        for role, unit in con.execute(
            "SELECT role, org_unit_id FROM role_grant WHERE employee_id = ? AND deleted = 0 ORDER BY role",
            (employee_id,),
        )
    )
    return PeekPerson(employee_id, name, grants)


def _one(con: sqlite3.Connection, sql: str) -> object:
    row = con.execute(sql).fetchone()
    return None if row is None else row[0]
