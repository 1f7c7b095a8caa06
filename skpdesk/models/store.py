"""Opening a workspace folder: lock, checks, backup, migration, node identity.

A workspace is a folder: ``skpdesk.sqlite`` (WAL, foreign keys on), ``attachments/``
(content-addressed), ``backups/``, ``keys/`` (ARCHITECTURE.md "A workspace"). Every refusal here
leaves the folder as it was and raises ``SkpError`` with a code (words are chosen at the edge).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import shutil
import sqlite3
import urllib.parse
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from skpdesk.domain.errors import Code, SkpError
from skpdesk.models.base import KNOWN_REVISIONS, SCHEMA_HEAD
from skpdesk.models.engine import make_engine, make_sessions, sqlite_url
from skpdesk.models.hlc import ZERO, HybridClock
from skpdesk.models.recorder import LocalNode
from skpdesk.models.tables import AuditLog, Device, Op, WorkspaceMeta

log = logging.getLogger(__name__)

DB_NAME = "skpdesk.sqlite"
LOCK_NAME = "skpdesk.lock"
SUBDIRS = ("attachments", "backups", "keys")
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class DbState:
    exists: bool
    revision: str | None


def now_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def translate_db_error(exc: BaseException, folder: Path) -> SkpError | None:
    """Map a database failure people can act on to a coded error; None for a bug."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if isinstance(orig, OSError) and orig.errno == errno.ENOSPC:
        return SkpError(Code.WORKSPACE_DISK_FULL, path=str(folder))
    if not isinstance(orig, sqlite3.Error):
        return None
    message = str(orig).lower()
    if "disk is full" in message or "disk i/o error" in message:
        return SkpError(Code.WORKSPACE_DISK_FULL, path=str(folder))
    if "readonly" in message or "read-only" in message:
        return SkpError(Code.WORKSPACE_READ_ONLY, path=str(folder))
    if "malformed" in message or "not a database" in message or "file is encrypted" in message:
        return SkpError(Code.WORKSPACE_DAMAGED, path=str(folder), latest_backup=latest_backup(folder))
    if "locked" in message or "busy" in message:
        return SkpError(Code.WORKSPACE_LOCKED, path=str(folder))
    return None


def latest_backup(folder: Path) -> str:
    backups = sorted((folder / "backups").glob("*.sqlite"), key=lambda p: p.stat().st_mtime)
    return str(backups[-1]) if backups else ""


def inspect_database(path: Path, folder: Path) -> DbState:
    """Read the schema revision without writing anything (not even the WAL switch)."""
    if not path.exists() or path.stat().st_size == 0:
        return DbState(exists=False, revision=None)
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise SkpError(Code.WORKSPACE_DAMAGED, path=str(path), latest_backup=latest_backup(folder))
    try:
        con = sqlite3.connect(f"file:{urllib.parse.quote(str(path))}?mode=ro", uri=True)
        try:
            names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in names:
                if names:  # some other program's database
                    raise SkpError(
                        Code.WORKSPACE_DAMAGED, path=str(path), latest_backup=latest_backup(folder)
                    )
                return DbState(exists=False, revision=None)
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        err = translate_db_error(exc, folder)
        raise (
            err or SkpError(Code.WORKSPACE_DAMAGED, path=str(path), latest_backup=latest_backup(folder))
        ) from exc
    return DbState(exists=True, revision=row[0] if row else None)


def vacuum_into(source: Path, target: Path) -> None:
    """A consistent copy of a live database (SQLite ``VACUUM INTO``)."""
    con = sqlite3.connect(source, isolation_level=None)
    try:
        con.execute("VACUUM INTO ?", (str(target),))
    finally:
        con.close()


class Store:
    """An open workspace: engine, sessions, this copy's node, the folder lock."""

    def __init__(self, folder: Path, engine: Engine, lock: FileLock) -> None:
        self.folder = folder
        self.engine = engine
        self.sessions: sessionmaker[Session] = make_sessions(engine)
        self._lock = lock
        self.node = self._load_node()

    # -- paths ---------------------------------------------------------------------------------

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def attachments(self) -> Path:
        return self.folder / "attachments"

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    # -- sessions ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit, or roll back on any exception (mapped to SkpError)."""
        try:
            with self.sessions.begin() as session:
                yield session
        except (DBAPIError, sqlite3.Error, OSError) as exc:
            err = translate_db_error(exc, self.folder)
            if err is None:
                raise
            raise err from exc

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        try:
            with self.sessions() as session:
                yield session
        except (DBAPIError, sqlite3.Error) as exc:
            err = translate_db_error(exc, self.folder)
            if err is None:
                raise
            raise err from exc

    def audit(self, session: Session, action: str, detail: str = "") -> None:
        session.add(AuditLog(at=now_text(), action=action, detail=detail))

    # -- backups -------------------------------------------------------------------------------

    def backup(self, reason: str = "manual") -> Path:
        self.backups.mkdir(exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.backups / f"skpdesk-{stamp}-{reason}.sqlite"
        try:
            vacuum_into(self.db_path, target)
        except sqlite3.Error as exc:
            with contextlib.suppress(OSError):
                target.unlink()
            err = translate_db_error(exc, self.folder)
            raise (err or SkpError(Code.WORKSPACE_DISK_FULL, path=str(self.folder))) from exc
        return target

    # -- node ----------------------------------------------------------------------------------

    def _load_node(self) -> LocalNode:
        with self.sessions() as s:
            node_id = s.get(WorkspaceMeta, "node_id")
            if node_id is None:
                raise SkpError(
                    Code.WORKSPACE_DAMAGED, path=str(self.db_path), latest_backup=latest_backup(self.folder)
                )
            last_local = s.execute(
                select(Op.hlc).where(Op.node_id == node_id.value).order_by(Op.seq.desc()).limit(1)
            ).scalar()
            seen = s.get(WorkspaceMeta, "hlc_seen")
        last = max(last_local or ZERO, seen.value if seen else ZERO)
        return LocalNode(node_id.value, HybridClock(last))

    def close(self) -> None:
        self.engine.dispose()
        self._lock.release()


def _check_writable(folder: Path) -> None:
    probe = folder / f".write-test-{uuid.uuid4().hex}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise SkpError(Code.WORKSPACE_DISK_FULL, path=str(folder)) from exc
        raise SkpError(Code.WORKSPACE_READ_ONLY, path=str(folder)) from exc


def _acquire(folder: Path) -> FileLock:
    lock = FileLock(str(folder / LOCK_NAME), timeout=0, is_singleton=False)
    try:
        lock.acquire()
    except Timeout as exc:
        raise SkpError(Code.WORKSPACE_LOCKED, path=str(folder)) from exc
    except OSError as exc:
        raise SkpError(Code.WORKSPACE_READ_ONLY, path=str(folder)) from exc
    return lock


def open_store(folder: Path | str, *, create: bool = True) -> Store:
    """Open (or create) a workspace folder, migrating it after a backup when it is older."""
    folder = Path(folder).expanduser().resolve()
    if not folder.exists():
        if not create:
            raise SkpError(Code.WORKSPACE_NOT_FOUND, path=str(folder))
        try:
            folder.mkdir(parents=True)
        except OSError as exc:
            raise SkpError(Code.WORKSPACE_READ_ONLY, path=str(folder)) from exc
    elif not folder.is_dir():
        raise SkpError(Code.WORKSPACE_NOT_FOUND, path=str(folder))
    db = folder / DB_NAME
    state = inspect_database(db, folder)  # reads only: refusals leave everything untouched
    if state.exists and state.revision not in KNOWN_REVISIONS:
        raise SkpError(Code.WORKSPACE_NEWER_SCHEMA, path=str(db), revision=str(state.revision))
    _check_writable(folder)
    lock = _acquire(folder)
    try:
        for sub in SUBDIRS:
            (folder / sub).mkdir(exist_ok=True)
        engine = make_engine(sqlite_url(str(db)))
        try:
            if not state.exists:
                _create_schema(engine)
            elif state.revision != SCHEMA_HEAD:
                _migrate(engine, db, folder, str(state.revision))
            return Store(folder, engine, lock)
        except BaseException:
            engine.dispose()
            raise
    except (DBAPIError, sqlite3.Error, OSError) as exc:
        lock.release()
        err = translate_db_error(exc, folder)
        if err is None:
            raise
        raise err from exc
    except BaseException:
        lock.release()
        raise


# -- reading only (worker processes) -------------------------------------------------------------


class ReadOnlyStore(Store):
    """A workspace opened by ``open_reader``: sessions for reading; no lock is held, nothing is
    ever written (a write transaction is refused before it starts)."""

    def __init__(self, folder: Path, engine: Engine) -> None:  # no lock: Store.__init__ not called
        self.folder = folder
        self.engine = engine
        self.sessions = make_sessions(engine)
        self.node = self._load_node()

    def transaction(self) -> NoReturn:
        raise SkpError(Code.WORKSPACE_READ_ONLY, path=str(self.folder))

    def backup(self, reason: str = "manual") -> Path:
        raise SkpError(Code.WORKSPACE_READ_ONLY, path=str(self.folder))

    def close(self) -> None:
        self.engine.dispose()


def open_reader(folder: Path | str) -> ReadOnlyStore:
    """Open an existing workspace for reading only, beside the process that has it open (the
    worker processes of a batch of documents): the SQLite file is opened read-only (URI
    ``mode=ro``, ``query_only``); no lock is taken, no folder or file is made, nothing is
    migrated. A missing workspace or database is WORKSPACE_NOT_FOUND; a schema other than
    SCHEMA_HEAD is refused (WORKSPACE_NEWER_SCHEMA, or WORKSPACE_OLDER_SCHEMA: open it normally
    once, which updates it)."""
    folder = Path(folder).expanduser().resolve()
    db = folder / DB_NAME
    if not folder.is_dir() or not db.is_file():
        raise SkpError(Code.WORKSPACE_NOT_FOUND, path=str(folder))
    state = inspect_database(db, folder)  # opens it read-only too
    if not state.exists:
        raise SkpError(Code.WORKSPACE_NOT_FOUND, path=str(folder))
    if state.revision != SCHEMA_HEAD:
        code = (
            Code.WORKSPACE_OLDER_SCHEMA if state.revision in KNOWN_REVISIONS else Code.WORKSPACE_NEWER_SCHEMA
        )
        raise SkpError(code, path=str(db), revision=str(state.revision))
    uri = f"file:{urllib.parse.quote(str(db))}?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)
    event.listen(engine, "connect", _reader_on_connect)
    try:
        return ReadOnlyStore(folder, engine)
    except (DBAPIError, sqlite3.Error) as exc:
        engine.dispose()
        err = translate_db_error(exc, folder)
        if err is None:
            raise
        raise err from exc
    except BaseException:
        engine.dispose()
        raise


def _reader_on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA query_only=ON")
        cursor.execute("PRAGMA busy_timeout=2000")
    finally:
        cursor.close()


def _create_schema(engine: Engine) -> None:
    from skpdesk.models.migrate import upgrade_to_head

    upgrade_to_head(engine)
    node_id = uuid.uuid4().hex
    with make_sessions(engine).begin() as s:
        s.add(WorkspaceMeta(key="node_id", value=node_id))
        s.add(WorkspaceMeta(key="created_at", value=now_text()))
        s.add(Device(node_id=node_id, label="this computer", is_local=True))
        s.add(AuditLog(at=now_text(), action="workspace.create", detail=f"schema {SCHEMA_HEAD}"))


def _migrate(engine: Engine, db: Path, folder: Path, revision: str) -> None:
    from skpdesk.models.migrate import upgrade_to_head

    (folder / "backups").mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    vacuum_into(db, folder / "backups" / f"skpdesk-{stamp}-before-migration-{revision}.sqlite")
    upgrade_to_head(engine)
    with make_sessions(engine).begin() as s:
        s.add(AuditLog(at=now_text(), action="workspace.migrate", detail=f"{revision} -> {SCHEMA_HEAD}"))


def restore_workspace(folder: Path | str, source: Path | str) -> Path:
    """Replace a workspace's database with a backup file; returns the safety copy of what was
    there (a damaged database is copied aside as it is). The restored copy gets a new node id, so
    that changes made after the restore never reuse sequence numbers already sent in bundles.
    Refusals leave the workspace as it was."""
    source = Path(source).expanduser().resolve()
    folder = Path(folder).expanduser().resolve()
    if not folder.is_dir():
        raise SkpError(Code.WORKSPACE_NOT_FOUND, path=str(folder))
    state = _inspect_backup(source, folder)
    db = folder / DB_NAME
    lock = _acquire(folder)
    tmp = folder / f".restore-{uuid.uuid4().hex}.sqlite"
    try:
        safety = _safety_copy(db, folder)
        shutil.copyfile(source, tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        for suffix in ("-wal", "-shm"):
            Path(str(db) + suffix).unlink(missing_ok=True)
        os.replace(tmp, db)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise SkpError(Code.WORKSPACE_DISK_FULL, path=str(folder)) from exc
        raise SkpError(Code.WORKSPACE_READ_ONLY, path=str(folder)) from exc
    finally:
        lock.release()
    reopened = open_store(folder)
    try:
        new_node = uuid.uuid4().hex
        with reopened.transaction() as s:
            meta = s.get(WorkspaceMeta, "node_id")
            if meta is None:
                raise SkpError(Code.BACKUP_INVALID, path=str(source))
            s.execute(text("UPDATE device SET is_local = 0"))
            s.add(Device(node_id=new_node, label="this computer (restored)", is_local=True))
            meta.value = new_node
            reopened.audit(s, "workspace.restore", f"from {source.name} (revision {state.revision})")
    finally:
        reopened.close()
    return safety


def _safety_copy(db: Path, folder: Path) -> Path:
    backups = folder / "backups"
    backups.mkdir(exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups / f"skpdesk-{stamp}-before-restore.sqlite"
    if not db.exists():
        return target
    try:
        vacuum_into(db, target)
    except sqlite3.DatabaseError:
        target = backups / f"skpdesk-{stamp}-damaged.sqlite"
        target.unlink(missing_ok=True)
        shutil.copy2(db, target)
    return target


def _inspect_backup(source: Path, folder: Path) -> DbState:
    if not source.is_file():
        raise SkpError(Code.BACKUP_INVALID, path=str(source))
    try:
        state = inspect_database(source, folder)
    except SkpError as exc:
        raise SkpError(Code.BACKUP_INVALID, path=str(source)) from exc
    if not state.exists:
        raise SkpError(Code.BACKUP_INVALID, path=str(source))
    if state.revision not in KNOWN_REVISIONS:
        raise SkpError(Code.WORKSPACE_NEWER_SCHEMA, path=str(source), revision=str(state.revision))
    return state
