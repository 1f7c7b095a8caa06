"""``open_reader``: a workspace read beside the process that has it open, never written to."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from skpdesk.domain.errors import Code, SkpError
from skpdesk.models.base import KNOWN_REVISIONS, SCHEMA_HEAD
from skpdesk.models.store import DB_NAME, LOCK_NAME, ReadOnlyStore, open_reader
from skpdesk.models.tables import AuditLog, OrgUnit
from skpdesk.services.access import Actor
from skpdesk.services.org import NewUnit
from skpdesk.services.workspace import Workspace


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make(folder: Path) -> None:
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        ws.org.add_unit(NewUnit(name="BKPSDM", kind="opd"))


def _units(store: ReadOnlyStore) -> list[str]:
    with store.reading() as s:
        return list(s.execute(select(OrgUnit.name)).scalars())


def _set_revision(folder: Path, revision: str) -> None:
    con = sqlite3.connect(folder / DB_NAME)
    con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.commit()
    con.close()


def test_reads_while_the_workspace_is_open_elsewhere_and_takes_no_lock(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    with Workspace.open(folder, actor=Actor.workspace()) as ws:  # holds the lock
        ws.org.add_unit(NewUnit(name="BKPSDM", kind="opd"))
        reader = open_reader(folder)
        try:
            assert _units(reader) == ["BKPSDM"]
            ws.org.add_unit(NewUnit(name="Dinas Kesehatan", kind="opd"))  # a later write is seen
            assert sorted(_units(reader)) == ["BKPSDM", "Dinas Kesehatan"]
            assert reader.node.node_id == ws.store.node.node_id
        finally:
            reader.close()


def test_never_makes_a_lock_file_nor_folders(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    _make(folder)
    for name in (LOCK_NAME, "attachments", "backups", "keys"):
        path = folder / name
        path.rmdir() if path.is_dir() else path.unlink()
    reader = open_reader(folder)
    try:
        assert _units(reader) == ["BKPSDM"]
    finally:
        reader.close()
    made = {p.name for p in folder.iterdir()} - {DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"}
    assert made == set()  # SQLite's own WAL index files at most


def test_writes_are_refused_and_change_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    _make(folder)
    before = _digest(folder / DB_NAME)
    reader = open_reader(folder)
    try:
        with pytest.raises(SkpError) as info, reader.transaction():
            pass
        assert info.value.code is Code.WORKSPACE_READ_ONLY
        with pytest.raises(SkpError) as info:
            reader.backup()
        assert info.value.code is Code.WORKSPACE_READ_ONLY
        # even a session used for writing by mistake cannot write (mode=ro, query_only)
        with pytest.raises(SkpError) as info, reader.reading() as s:
            s.add(AuditLog(at="2026-01-01T00:00:00+00:00", action="test", detail=""))
            s.flush()
        assert info.value.code is Code.WORKSPACE_READ_ONLY
        with reader.reading() as s:
            assert (
                s.execute(
                    select(func.count()).select_from(AuditLog).where(AuditLog.action == "test")
                ).scalar()
                == 0
            )
    finally:
        reader.close()
    assert _digest(folder / DB_NAME) == before


def test_a_missing_workspace_or_database_is_not_found(tmp_path: Path) -> None:
    for folder in (tmp_path / "nowhere", tmp_path / "empty"):
        if folder.name == "empty":
            folder.mkdir()
        with pytest.raises(SkpError) as info:
            open_reader(folder)
        assert info.value.code is Code.WORKSPACE_NOT_FOUND
    assert list((tmp_path / "empty").iterdir()) == []  # nothing was made there
    assert not (tmp_path / "nowhere").exists()


def test_an_empty_database_file_is_not_found_and_stays_empty(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"")
    with pytest.raises(SkpError) as info:
        open_reader(tmp_path)
    assert info.value.code is Code.WORKSPACE_NOT_FOUND
    assert (tmp_path / DB_NAME).read_bytes() == b""


def test_not_a_database_is_damaged(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"this is not sqlite at all" * 10)
    with pytest.raises(SkpError) as info:
        open_reader(tmp_path)
    assert info.value.code is Code.WORKSPACE_DAMAGED


@pytest.mark.parametrize(
    ("revision", "code"),
    [("9999", Code.WORKSPACE_NEWER_SCHEMA), (KNOWN_REVISIONS[0], Code.WORKSPACE_OLDER_SCHEMA)],
)
def test_a_schema_other_than_head_is_refused_untouched(tmp_path: Path, revision: str, code: Code) -> None:
    assert revision != SCHEMA_HEAD
    folder = tmp_path / "ws"
    _make(folder)
    _set_revision(folder, revision)
    before = _digest(folder / DB_NAME)
    backups = sorted((folder / "backups").iterdir())
    with pytest.raises(SkpError) as info:
        open_reader(folder)
    assert info.value.code is code
    assert info.value.params["revision"] == revision
    assert _digest(folder / DB_NAME) == before  # not migrated
    assert sorted((folder / "backups").iterdir()) == backups  # no backup taken either


def test_the_older_schema_message_says_what_to_do() -> None:
    from skpdesk.messages import message_for

    what, todo = message_for(
        SkpError(Code.WORKSPACE_OLDER_SCHEMA, path="/ws/skpdesk.sqlite", revision="0003")
    )
    assert "0003" in what and "/ws/skpdesk.sqlite" in what
    assert todo
