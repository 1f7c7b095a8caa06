"""Opening a workspace: every refusal is clear and leaves the data as it was."""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from skpdesk.domain.errors import Code, SkpError
from skpdesk.models import store as store_module
from skpdesk.models.base import SCHEMA_HEAD
from skpdesk.models.store import DB_NAME, open_store, restore_workspace
from skpdesk.services.access import Actor
from skpdesk.services.org import NewUnit
from skpdesk.services.workspace import Workspace


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make(folder: Path) -> None:
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        ws.org.add_unit(NewUnit(name="BKPSDM", kind="opd"))


def test_new_workspace_layout_and_pragmas(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        assert {p.name for p in folder.iterdir()} >= {DB_NAME, "attachments", "backups", "keys"}
        with ws.store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert ws.info().schema == SCHEMA_HEAD


def test_a_folder_named_with_url_characters_opens_the_database_inside_it(tmp_path: Path) -> None:
    """ "?", "#" and "%" are plain characters of a folder name, not a URL's query or fragment."""
    from skpdesk.models.store import open_reader

    folder = tmp_path / "Kantor #2 ?x=1 %20"
    _make(folder)
    assert not any(p.name.startswith("Kantor") and p != folder for p in tmp_path.iterdir())
    with Workspace.open(folder, create=False, actor=Actor.workspace()) as ws:
        assert ws.info().schema == SCHEMA_HEAD
        with ws.store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT name FROM org_unit").scalar() == "BKPSDM"
    reader = open_reader(folder)
    try:
        with reader.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM org_unit").scalar() == 1
    finally:
        reader.engine.dispose()
    assert (folder / DB_NAME).stat().st_size > 0


def test_env_variable_picks_the_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SKPDESK_WORKSPACE", str(tmp_path / "from-env"))
    with Workspace.open(actor=Actor.workspace()) as ws:
        assert ws.folder == (tmp_path / "from-env").resolve()


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    _make(folder)
    db = folder / DB_NAME
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = _digest(db)
    backups_before = sorted((folder / "backups").iterdir())
    with pytest.raises(SkpError) as info:
        Workspace.open(folder, actor=Actor.workspace())
    assert info.value.code is Code.WORKSPACE_NEWER_SCHEMA
    assert info.value.params["revision"] == "9999"
    assert _digest(db) == before
    assert sorted((folder / "backups").iterdir()) == backups_before


def test_second_instance_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    _make(folder)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys, time
            from skpdesk.services.workspace import Workspace
            ws = Workspace.open({str(folder)!r})
            print("open", flush=True)
            sys.stdin.read()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(SkpError) as info:
            Workspace.open(folder, actor=Actor.workspace())
        assert info.value.code is Code.WORKSPACE_LOCKED
    finally:
        holder.communicate("")
    with Workspace.open(folder, actor=Actor.workspace()) as ws:  # free again once the other instance closed
        assert ws.info().counts["org_unit"] == 1


def test_not_a_database_is_refused_and_offers_backup(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    _make(folder)
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        backup = ws.backup()
    db = folder / DB_NAME
    db.write_bytes(b"this is a spreadsheet, not a database" * 100)
    before = _digest(db)
    with pytest.raises(SkpError) as info:
        Workspace.open(folder, actor=Actor.workspace())
    assert info.value.code is Code.WORKSPACE_DAMAGED
    assert info.value.params["latest_backup"] == str(backup)
    assert _digest(db) == before
    # the offered backup restores; the damaged file is kept aside, not overwritten
    safety = restore_workspace(folder, backup)
    assert safety.name.endswith("-damaged.sqlite") and _digest(safety) == before
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        assert ws.info().counts["org_unit"] == 1


def test_truncated_database_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    _make(folder)
    db = folder / DB_NAME
    data = db.read_bytes()
    db.write_bytes(data[:100])  # header survives, the pages do not
    with pytest.raises(SkpError) as info:
        Workspace.open(folder, actor=Actor.workspace())
    assert info.value.code is Code.WORKSPACE_DAMAGED


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    _make(folder)
    folder.chmod(0o555)
    try:
        with pytest.raises(SkpError) as info:
            Workspace.open(folder, actor=Actor.workspace())
        assert info.value.code is Code.WORKSPACE_READ_ONLY
    finally:
        folder.chmod(0o755)


def test_unwritable_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root a chmod does not stop writes, so simulate the OS refusing the write."""
    folder = tmp_path / "ws"
    _make(folder)

    def refuse(self: Path, data: bytes) -> int:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "write_bytes", refuse)
    with pytest.raises(SkpError) as info:
        Workspace.open(folder, actor=Actor.workspace())
    assert info.value.code is Code.WORKSPACE_READ_ONLY


def test_disk_full_during_a_write_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ws"
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        ws.org.add_unit(NewUnit(name="BKPSDM", kind="opd"))
        before = ws.info()
        with ws.store.engine.connect() as conn:  # cap the file at its current size
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        from sqlalchemy import event

        def cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

        ws.store.engine.dispose()
        event.listen(ws.store.engine, "connect", cap)
        with pytest.raises(SkpError) as info:
            ws.org.add_units([NewUnit(name=f"Unit {i} " + "x" * 200, kind="bidang") for i in range(3000)])
        assert info.value.code is Code.WORKSPACE_DISK_FULL
        event.remove(ws.store.engine, "connect", cap)
        ws.store.engine.dispose()
        assert ws.info() == before


def test_backup_fails_cleanly_when_disk_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ws"
    with Workspace.open(folder, actor=Actor.workspace()) as ws:

        def full(_source: Path, _target: Path) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(store_module, "vacuum_into", full)
        with pytest.raises(SkpError) as info:
            ws.backup()
        assert info.value.code is Code.WORKSPACE_DISK_FULL
        assert list((folder / "backups").iterdir()) == []


def test_restore_gives_a_new_node_and_keeps_a_safety_copy(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        ws.org.add_unit(NewUnit(name="BKPSDM", kind="opd"))
        backup = ws.backup()
        ws.org.add_unit(NewUnit(name="Bappeda", kind="opd"))
        old_node = ws.store.node.node_id
    safety = restore_workspace(folder, backup)
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        assert ws.info().counts["org_unit"] == 1
        assert ws.store.node.node_id != old_node
    with Workspace.open(tmp_path / "check", actor=Actor.workspace()) as other:
        other.close()
    restore_workspace(folder, safety)  # the safety copy is itself restorable
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        assert ws.info().counts["org_unit"] == 2


def test_restore_refuses_a_non_backup(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    _make(folder)
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("hello")
    before = _digest(folder / DB_NAME)
    with pytest.raises(SkpError) as info:
        restore_workspace(folder, bogus)
    assert info.value.code is Code.BACKUP_INVALID
    assert _digest(folder / DB_NAME) == before


def test_older_schema_is_backed_up_then_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulate a workspace of an older revision: open takes a VACUUM INTO backup, then upgrades."""
    folder = tmp_path / "ws"
    _make(folder)
    monkeypatch.setattr(store_module, "KNOWN_REVISIONS", ("0000", "0001"))
    con = sqlite3.connect(folder / DB_NAME)
    con.execute("UPDATE alembic_version SET version_num = '0000'")
    con.commit()
    con.close()
    calls: list[str] = []
    monkeypatch.setattr(
        store_module,
        "_migrate",
        lambda engine, db, folder_, rev: (
            calls.append(rev)
            or store_module.vacuum_into(
                db, folder_ / "backups" / f"skpdesk-test-before-migration-{rev}.sqlite"
            )
        ),
    )
    opened = open_store(folder)
    opened.close()
    assert calls == ["0000"]
    assert any("before-migration-0000" in p.name for p in (folder / "backups").iterdir())
