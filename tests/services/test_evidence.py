"""Bukti dukung files (R-LIFECYCLE phase 2): streamed once into attachments/ by sha256, stored once
per content, every refusal made before a byte is written (the permission check included), a
cancelled copy leaves nothing, removal is a tombstone and the stored file can be checked."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from skpdesk.domain.errors import Cancelled, Code, SkpError
from skpdesk.domain.roles import Role
from skpdesk.models.tables import Evidence
from skpdesk.services.monitoring import CHUNK, NewEvidence, blob_path, file_sha256, store_file
from skpdesk.services.workspace import Workspace
from tests.services.monitoring_office import TODAY, as_system, office, ops, refused, stored_files


def _file(folder: Path, name: str, size: int, seed: int = 1) -> Path:
    path = folder / name
    block = hashlib.sha256(str(seed).encode()).digest() * 2048  # 64 KiB, not all zeros
    with path.open("wb") as fh:
        left = size
        while left:
            part = block[: min(left, len(block))]
            fh.write(part)
            left -= len(part)
    return path


def _records(ws: Workspace) -> list[Evidence]:
    with ws.store.reading() as s:
        return list(s.execute(select(Evidence).order_by(Evidence.file_name)).scalars())


def test_attach_streams_the_file_in_and_records_it(ws: Workspace, tmp_path: Path) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    source = _file(tmp_path, "SK Kenaikan Pangkat.pdf", 3 * CHUNK + 1234)
    calls: list[tuple[int, int]] = []
    record_id, changes = ws.monitoring.attach_evidence(
        source,
        periode="TW2",
        indicator_id="i1",
        description=" SK yang terbit ",
        progress=lambda done, total: calls.append((done, total)),
    )
    assert changes.ids(Evidence) == {record_id}
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    (row,) = _records(ws)
    assert (row.result_id, row.indicator_id, row.periode, row.file_name) == ("r1", "i1", "TW2", source.name)
    assert (row.sha256, row.size, row.media_type) == (digest, source.stat().st_size, "application/pdf")
    assert (row.description, row.uploaded_on, row.uploaded_by_employee_id) == (
        "SK yang terbit",
        TODAY,
        o.staff,
    )
    stored = blob_path(ws.store.attachments, digest)
    assert stored_files(ws) == [stored] and stored.read_bytes() == source.read_bytes()
    assert calls[0] == (0, row.size) and calls[-1] == (row.size, row.size) and len(calls) == 5
    assert ws.monitoring.evidence_path(record_id, verify=True) == stored
    (listed,) = ws.monitoring.evidence_list(plan_id=o.plan)
    assert (listed.file_name, listed.uploaded_by_name, listed.stored, listed.removed) == (
        source.name,
        "Staf Satu",
        True,
        False,
    )
    assert ws.monitoring.evidence_list(indicator_id="i2") == []
    table = ws.monitoring.progress_table(o.plan, "TW2")
    assert table.results[0].evidence_count == 1 and table.results[0].indicators[0].evidence_count == 1
    assert table.results[0].indicators[1].evidence_count == 0
    assert ws.monitoring.progress_table(o.plan, "TW3").results[0].evidence_count == 0


def test_the_same_content_is_stored_once(ws: Workspace, tmp_path: Path) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    first = _file(tmp_path, "laporan.docx", 200_000)
    ws.monitoring.attach_evidence(first, periode="TW2", result_id="r2")
    (stored,) = stored_files(ws)
    before = stored.stat()
    copy = tmp_path / "laporan (salinan).docx"
    copy.write_bytes(first.read_bytes())
    ws.monitoring.attach_evidence(copy, periode="TW3", result_id="r2")
    assert stored_files(ws) == [stored]
    after = stored.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)  # not written again
    assert [r.sha256 for r in _records(ws)] == [stored.name, stored.name]
    result = store_file(ws.store.attachments, ws.store.folder, copy)  # copied, then dropped
    assert not result.created and result.path == stored
    assert stored_files(ws) == [stored]
    # the same size, other content: hashed first (a stored file has that size), then copied
    other = _file(tmp_path, "laporan-revisi.docx", 200_000, seed=2)
    calls: list[tuple[int, int]] = []
    ws.monitoring.attach_evidence(
        other, periode="TW3", result_id="r2", progress=lambda d, t: calls.append((d, t))
    )
    digest = hashlib.sha256(other.read_bytes()).hexdigest()
    assert blob_path(ws.store.attachments, digest).read_bytes() == other.read_bytes()
    assert len(stored_files(ws)) == 2 and calls[-1] == (200_000, 200_000)
    # cancelled while hashing a probable duplicate: nothing recorded, nothing left
    before = ops(ws)
    with pytest.raises(Cancelled):
        ws.monitoring.attach_evidence(copy, periode="TW3", result_id="r2", cancelled=lambda: True)
    assert ops(ws) == before and len(stored_files(ws)) == 2


def test_refusals_come_before_anything_is_written(ws: Workspace, tmp_path: Path) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    good = _file(tmp_path, "bukti.png", 5000)
    attach = ws.monitoring.attach_evidence
    refused(ws, Code.EVIDENCE_NOT_A_FILE, attach, tmp_path, periode="TW2", result_id="r1")
    refused(ws, Code.EVIDENCE_UNREADABLE, attach, tmp_path / "tidak-ada.pdf", periode="TW2", result_id="r1")
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    refused(ws, Code.EVIDENCE_EMPTY, attach, empty, periode="TW2", result_id="r1")
    refused(ws, Code.MONITORING_NO_TARGET, attach, good, periode="TW2")
    refused(ws, Code.MONITORING_NO_TARGET, attach, good, periode="TW2", result_id="r2", indicator_id="i1")
    refused(ws, Code.PERIODE_UNKNOWN, attach, good, periode="TW7", result_id="r1")
    # the limit is a setting (instansi policy, [L]); the message names both sizes
    as_system(ws)
    ws.settings.update({"evidence.max_size_mb": 1})
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    assert ws.monitoring.evidence_limit() == 1024 * 1024
    big = _file(tmp_path, "video.mp4", 1024 * 1024 + 1)
    err = refused(ws, Code.EVIDENCE_TOO_LARGE, attach, big, periode="TW2", result_id="r1")
    assert (err.params["size"], err.params["limit"], err.params["name"]) == ("1.0 MB", "1.0 MB", "video.mp4")
    assert err.params["bytes"] == 1024 * 1024 + 1
    # another employee's plan: refused before the file is copied (the blob never appears)
    ws.sign_in(o.colleague, Role.PEGAWAI, today=TODAY)
    refused(ws, Code.NOT_OWN_RECORD, attach, good, periode="TW2", result_id="r1")
    # a plan that is not ditetapkan
    ws.sign_in(o.kabid, Role.PEGAWAI, today=TODAY)
    refused(ws, Code.MONITORING_PLAN_NOT_SET, attach, good, periode="TW2", result_id="rk1")
    assert stored_files(ws) == [] and _records(ws) == []


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs file permissions")
def test_an_unreadable_file_is_refused(ws: Workspace, tmp_path: Path) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    secret = _file(tmp_path, "rahasia.pdf", 100)
    secret.chmod(0)
    try:
        refused(
            ws, Code.EVIDENCE_UNREADABLE, ws.monitoring.attach_evidence, secret, periode="TW2", result_id="r1"
        )
    finally:
        secret.chmod(0o600)
    assert stored_files(ws) == []


def test_the_batch_path_checks_who_before_writing_a_file(ws: Workspace) -> None:
    o = office(ws)
    ws.sign_in(o.colleague, Role.PEGAWAI, today=TODAY)
    item = NewEvidence("r1", "bukti.txt", b"bukti dukung", periode="TW2")
    refused(ws, Code.NOT_OWN_RECORD, ws.monitoring.add_evidence, [item])
    assert stored_files(ws) == []  # the old path wrote the blob before asking
    refused(ws, Code.EVIDENCE_EMPTY, ws.monitoring.add_evidence, [NewEvidence("r1", "x.txt", b"")])
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    ids, _ = ws.monitoring.add_evidence([item])
    (row,) = _records(ws)
    assert row.id == ids[0] and row.media_type == "text/plain" and row.uploaded_by_employee_id == o.staff
    assert ws.monitoring.evidence_path(row.id, verify=True).read_bytes() == b"bukti dukung"


def test_cancelling_leaves_nothing_behind(ws: Workspace, tmp_path: Path) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    source = _file(tmp_path, "rekaman.mp4", 6 * CHUNK)
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 3  # after three chunks

    before = ops(ws)
    with pytest.raises(Cancelled):
        ws.monitoring.attach_evidence(source, periode="TW2", result_id="r1", cancelled=cancel)
    assert ops(ws) == before and _records(ws) == []
    assert stored_files(ws) == []  # no blob, no temporary file
    # the same file attaches fine afterwards
    ws.monitoring.attach_evidence(source, periode="TW2", result_id="r1", cancelled=lambda: False)
    assert len(stored_files(ws)) == 1


def test_a_refusal_after_the_copy_removes_the_new_blob(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The checks run again in the write transaction; if the period was locked meanwhile the record
    is refused and the blob this call created is removed again."""
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    source = _file(tmp_path, "bukti.pdf", 10_000)
    service = ws.monitoring
    real_store = store_file

    def store_then_lock(*args: object, **kwargs: object) -> object:
        stored = real_store(*args, **kwargs)  # type: ignore[arg-type]
        ws.sign_in(o.pengelola, Role.PENGELOLA, today=TODAY)
        service.lock_period(o.period, "TW2", "ditutup")
        ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
        return stored

    monkeypatch.setattr("skpdesk.services.monitoring.store_file", store_then_lock)
    with pytest.raises(SkpError) as info:
        service.attach_evidence(source, periode="TW2", result_id="r1")
    assert info.value.code is Code.PERIOD_LOCKED
    assert _records(ws) == [] and stored_files(ws) == []


def test_remove_is_a_tombstone_and_restore_undoes_it(ws: Workspace, tmp_path: Path) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    record_id, _ = ws.monitoring.attach_evidence(_file(tmp_path, "a.pdf", 999), periode="TW2", result_id="r1")
    ws.monitoring.remove_evidence(record_id)
    assert ws.monitoring.evidence_list(result_id="r1") == []
    (gone,) = ws.monitoring.evidence_list(result_id="r1", include_removed=True)
    assert gone.removed and gone.stored
    assert ws.monitoring.evidence_path(record_id).is_file()  # the file stays
    assert ws.monitoring.progress_table(o.plan, "TW2").results[0].evidence_count == 0
    ws.monitoring.restore_evidence(record_id)
    assert [e.id for e in ws.monitoring.evidence_list(plan_id=o.plan, periode="TW2")] == [record_id]
    refused(ws, Code.RECORD_NOT_FOUND, ws.monitoring.remove_evidence, "nope")
    refused(ws, Code.RECORD_NOT_FOUND, ws.monitoring.restore_evidence, "nope")
    refused(ws, Code.MONITORING_NO_TARGET, ws.monitoring.evidence_list)
    ws.sign_in(o.colleague, Role.PEGAWAI, today=TODAY)
    refused(ws, Code.NOT_OWN_RECORD, ws.monitoring.remove_evidence, record_id)


def test_the_stored_file_is_checked_when_asked(ws: Workspace, tmp_path: Path) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    record_id, _ = ws.monitoring.attach_evidence(
        _file(tmp_path, "a.pdf", 4096), periode="TW2", result_id="r1"
    )
    path = ws.monitoring.evidence_path(record_id, verify=True)
    path.write_bytes(b"diubah")
    assert ws.monitoring.evidence_path(record_id) == path  # without verify: only that it exists
    with pytest.raises(SkpError) as info:
        ws.monitoring.evidence_path(record_id, verify=True)
    assert info.value.code is Code.EVIDENCE_DAMAGED and info.value.params["name"] == "a.pdf"
    path.unlink()
    with pytest.raises(SkpError) as info:
        ws.monitoring.evidence_path(record_id)
    assert info.value.code is Code.EVIDENCE_MISSING
    assert not ws.monitoring.evidence_list(plan_id=o.plan)[0].stored
    with pytest.raises(SkpError) as info:
        ws.monitoring.evidence_path("nope")
    assert info.value.code is Code.RECORD_NOT_FOUND


def test_store_file_hash_matches_hashlib(tmp_path: Path) -> None:
    source = _file(tmp_path, "x.bin", 2 * CHUNK + 7, seed=9)
    result = store_file(tmp_path / "att", tmp_path, source)
    assert result.created and result.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert result.size == 2 * CHUNK + 7 and file_sha256(result.path) == result.sha256
    assert sorted(p.name for p in (tmp_path / "att").rglob("*") if p.is_file()) == [result.sha256]


def test_a_file_that_cannot_be_opened_is_refused(
    ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same refusal where file permissions cannot be tested (running as root): opening fails."""
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    locked = _file(tmp_path, "terkunci.pdf", 100)
    real_open = os.open

    def deny(path: object, *args: object, **kwargs: object) -> int:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", deny)
    err = refused(
        ws, Code.EVIDENCE_UNREADABLE, ws.monitoring.attach_evidence, locked, periode="TW2", result_id="r1"
    )
    assert err.params["path"] == str(locked)
    assert stored_files(ws) == []
