"""Pemantauan (SKP-REFERENCE R-LIFECYCLE phase 2): evaluation periods and their locks, realisasi per
IKI (or per RHK, kualitatif) and period, rencana aksi, bukti dukung stored content-addressed, the
e-Kinerja daily-progress import, and the continuous feedback the demo builder writes.

Who may write: the plan's owner (``RECORD_OWN_PROGRESS``), the plan's pejabat penilai (an atasan),
or a pengelola kinerja / fasilitator within scope (``DRAFT_FOR_OTHERS``) — always into a plan that is
ditetapkan, an evaluation period of that plan, and a period that is not locked (``require_open``).
Periods lock after their deadline (R-DEADLINES) plus the [U] grace days (``auto_lock_due``) or by
the pengelola kinerja (``lock_period``), who may reopen them (``reopen_period``, with a reason);
every lock change is a synced row (id derived from the plan year and periode, so two devices edit
the same record) plus an ``AuditLog`` entry on this copy.

Bukti dukung files are streamed once (1 MiB chunks: sha256 and the copy into the workspace in the
same pass, the copy written by a second thread) into ``attachments/<2 hex>/<sha256>``: a temporary
file in ``attachments/``, fsync, atomic rename; a file whose content is stored already is not
written again. Every check runs before the first byte is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import mimetypes
import os
import queue
import stat
import tempfile
import threading
import uuid
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Final

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from skpdesk.domain import berakhlak
from skpdesk.domain.errors import Cancelled, Code, SkpError
from skpdesk.domain.monitoring import (
    PROGRESS_SOURCE_EKINERJA,
    PROGRESS_SOURCE_TYPED,
    DailyLine,
    EvaluationWindow,
    SheetField,
    SkipReason,
    best_header,
    cell_text,
    check_periode,
    combine_lines,
    decimal_text,
    evaluation_windows,
    find_header,
    frequency_of,
    match_key,
    missing_fields,
    periodic_period_on,
    preamble_nip,
    sheet_date,
)
from skpdesk.domain.nip import normalize_nip
from skpdesk.domain.numbers import canonical_target, parse_target
from skpdesk.domain.periods import EvaluationFrequency, EvaluationPeriod, PlanPeriod, evaluation_periods
from skpdesk.domain.plan import Pendekatan, PlanStatus
from skpdesk.domain.roles import GRANTED_ROLES, Action, allows
from skpdesk.models.store import now_text
from skpdesk.models.tables import (
    ActionPlan,
    AuditLog,
    Employee,
    Evidence,
    Feedback,
    Indicator,
    OrgUnit,
    Period,
    PeriodLock,
    Plan,
    Position,
    Progress,
    WorkResult,
)
from skpdesk.services.access import Actor, held_positions, is_penilai
from skpdesk.services.base import Changes, Service, Writer, require
from skpdesk.services.people import display_name
from skpdesk.services.planning import plan_of_result

FEEDBACK_RELATIONS = ("atasan", "rekan", "bawahan", "lainnya")  # R-LIFECYCLE (360° as evidence) [V]
CHUNK: Final = 1 << 20  # 1 MiB: files are streamed, never read whole
_BUFFERS: Final = 8  # chunks in flight between the reading/hashing thread and the writing thread
_SYNC_EVERY: Final = 8  # flush the copy every few chunks, so the final fsync is short
AUTO_LOCK_REASON: Final = "auto"  # PeriodLock.reason of a lock made by ``auto_lock_due``
_NAMESPACE = uuid.UUID("0b6f3c52-0f1e-4c7e-a3f4-5a0d8c2e9b71")

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


def period_lock_id(period_id: str, periode: str) -> str:
    """The record id of the lock of one evaluation period of a plan year (the same on every device)."""
    return str(uuid.uuid5(_NAMESPACE, f"period-lock/{period_id}/{periode}"))


def progress_record_id(target_id: str, periode: str) -> str:
    """The record id of the realisasi of one IKI (or kualitatif RHK) in one period: two devices that
    record it edit the same record, and the merge keeps the later value of each field."""
    return str(uuid.uuid5(_NAMESPACE, f"progress/{target_id}/{periode}"))


# -- batch input (the demo builder, tools) -----------------------------------------------------------


@dataclass(frozen=True)
class NewProgress:
    indicator_id: str
    periode: str
    realisasi: str
    note: str = ""
    recorded_on: dt.date | None = None


@dataclass(frozen=True)
class NewFeedback:
    plan_id: str
    text: str
    relation: str = "atasan"
    from_employee_id: str | None = None
    result_id: str | None = None
    core_value: str = ""
    periode: str = ""
    given_on: dt.date | None = None


@dataclass(frozen=True)
class NewEvidence:
    result_id: str
    file_name: str
    content: bytes
    periode: str = ""
    progress_id: str | None = None
    description: str = ""
    uploaded_on: dt.date | None = None


# -- read models ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvaluationPeriodRow:
    """One evaluation period of a plan year with its dates and lock state (R-PERIOD, R-DEADLINES)."""

    period_id: str
    year: int
    frequency: EvaluationFrequency
    code: str  # TW1..TW4, BULAN-01.., SEMESTER-1/2, AKHIR
    label: str  # "Triwulan I", "Januari", "Akhir"
    start: dt.date
    end: dt.date
    is_final: bool
    deadline: dt.date  # the evaluation is due (R-DEADLINES, [U] settings)
    open_until: dt.date  # deadline + the [U] grace days: the last day before it locks by itself
    locked: bool
    automatic: bool  # locked by ``auto_lock_due`` (nobody's decision)
    changed_by_employee_id: str | None
    changed_by_name: str
    changed_on: dt.date | None
    reason: str  # why it was locked / reopened; AUTO_LOCK_REASON for an automatic lock
    due_to_lock: bool  # past ``open_until`` and nobody has decided yet: ``auto_lock_due`` locks it


@dataclass(frozen=True)
class ProgressCell:
    """The realisasi recorded for one IKI (or a kualitatif RHK) in one period."""

    id: str
    realisasi: str  # exact decimal with a dot ("12.5"), empty in the kualitatif approach
    unit: str
    text: str  # kualitatif realisasi (or a description)
    note: str
    recorded_on: dt.date | None
    recorded_by_employee_id: str | None
    recorded_by_name: str
    source: str  # "" typed / "e-kinerja" imported


@dataclass(frozen=True)
class ActionPlanRow:
    id: str
    result_id: str
    periode: str
    text: str
    sort_order: int


@dataclass(frozen=True)
class IndicatorProgressRow:
    indicator_id: str
    text: str
    aspek: str
    target_value: str
    target_max: str
    target_unit: str
    lower_is_better: bool
    progress: ProgressCell | None
    evidence_count: int  # bukti dukung attached to this IKI in the period


@dataclass(frozen=True)
class ResultProgressRow:
    result_id: str
    number: int  # 1, 2, ... within utama / tambahan, as on the form
    jenis: str  # utama / tambahan
    text: str
    ukuran_keberhasilan: str
    indicators: tuple[IndicatorProgressRow, ...]
    action_plans: tuple[ActionPlanRow, ...]
    progress: ProgressCell | None  # kualitatif: the realisasi of the RHK itself
    evidence_count: int  # all bukti dukung of the RHK (and its IKI) in the period


@dataclass(frozen=True)
class ProgressTable:
    """One plan in one evaluation period: per RHK its IKI with target and realisasi (the
    Pemantauan screen)."""

    plan_id: str
    employee_id: str | None
    employee_name: str
    year: int
    pendekatan: str
    status: str
    periode: str
    periode_label: str
    start: dt.date
    end: dt.date
    deadline: dt.date
    locked: bool
    writable: bool  # may the signed-in person record into it now?
    refusal: Code | None  # why not (the SkpError code the write would raise)
    results: tuple[ResultProgressRow, ...]


@dataclass(frozen=True)
class EvidenceRow:
    id: str
    result_id: str | None
    indicator_id: str | None
    periode: str
    file_name: str
    size: int
    media_type: str
    description: str
    sha256: str
    uploaded_on: dt.date | None
    uploaded_by_employee_id: str | None
    uploaded_by_name: str
    removed: bool
    stored: bool  # the file is in this workspace's attachments folder (it may still be on its way)


@dataclass(frozen=True)
class MonitoredPlan:
    """A plan the acting person follows on the Pemantauan screen (its plan chooser)."""

    plan_id: str
    period_id: str
    year: int
    employee_id: str | None
    name: str
    nip: str
    jabatan: str
    unit: str
    status: str
    pendekatan: str
    start: dt.date
    end: dt.date
    relation: str  # PLAN_OWN, PLAN_TEAM (the acting person rates it) or PLAN_SCOPE (unit scope)


PLAN_OWN: Final = "own"
PLAN_TEAM: Final = "team"
PLAN_SCOPE: Final = "scope"


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    path: Path
    created: bool  # False: the workspace held the same content already; nothing was written


# -- the e-Kinerja import ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportItem:
    """One realisasi the import will write: the daily rows of one IKI (or kualitatif RHK) in one
    evaluation period, added up."""

    plan_id: str
    employee_id: str
    employee_name: str
    nip: str
    result_id: str
    indicator_id: str | None
    target_text: str  # the IKI (or RHK) text it was matched to
    periode: str
    periode_label: str
    realisasi: str  # exact decimal with a dot; empty for a kualitatif text
    unit: str
    text: str
    note: str  # the day's kegiatan and bukti dukung links
    rows: tuple[int, ...]  # sheet row numbers (1-based, as Excel shows them)
    replaces: str  # what is recorded now and will be replaced ("" when nothing is)


@dataclass(frozen=True)
class SkippedRow:
    """A sheet row that will not be written, and why."""

    row: int  # sheet row number (1-based)
    text: str  # its Rencana Aksi
    tanggal: str
    reason: SkipReason
    detail: str = ""  # the NIP, the matched texts, ...


@dataclass(frozen=True)
class ImportReport:
    path: str
    sheet: str
    header_row: int  # 1-based
    data_rows: int  # non-empty rows under the header
    items: tuple[ImportItem, ...]
    skipped: tuple[SkippedRow, ...]
    employees: tuple[str, ...] = field(default_factory=tuple)  # names the rows were attributed to

    @property
    def file_name(self) -> str:
        return Path(self.path).name

    @property
    def matched_rows(self) -> int:
        return sum(len(i.rows) for i in self.items)


# -- module functions others call ---------------------------------------------------------------------


def blob_path(attachments: Path, sha256: str) -> Path:
    return attachments / sha256[:2] / sha256


def lock_row(session: Session, period_id: str | None, periode: str) -> Any | None:
    """The live lock record of one evaluation period (the latest, should merges ever give two)."""
    return session.execute(
        select(
            PeriodLock.id,
            PeriodLock.locked,
            PeriodLock.changed_by_employee_id,
            PeriodLock.changed_on,
            PeriodLock.reason,
        )
        .where(
            PeriodLock.period_id == period_id,
            PeriodLock.periode == periode,
            PeriodLock.deleted.is_(False),
        )
        .order_by(PeriodLock.updated_at.desc())
        .limit(1)
    ).first()


def is_locked(session: Session, period_id: str | None, periode: str) -> bool:
    row = lock_row(session, period_id, periode)
    return bool(row is not None and row.locked)


def require_open(session: Session, period_id: str | None, periode: str) -> None:
    """Refuse (``Code.PERIOD_LOCKED``) writing into an evaluation period of a plan year that is
    locked (R-PERIOD, R-DEADLINES). For every service that writes into a period: realisasi, rencana
    aksi and bukti dukung here, ratings and feedback in their own services."""
    if not is_locked(session, period_id, periode):
        return
    period = session.execute(
        select(Period.year, Period.evaluation_frequency).where(Period.id == period_id)
    ).first()
    year = period.year if period is not None else ""
    label = periode
    if period is not None:
        label = next(
            (
                p.label
                for p in evaluation_periods(period.year, frequency_of(period.evaluation_frequency))
                if p.code == periode
            ),
            periode,
        )
    raise SkpError(Code.PERIOD_LOCKED, periode=label, year=year, periode_code=periode)


def store_blob(attachments: Path, folder: Path, digest: str, content: bytes) -> Path:
    """Write bytes once under their sha256 (atomic: temp file, fsync, rename)."""
    target = blob_path(attachments, digest)
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as exc:
        raise _disk_error(exc, folder) from exc
    return target


def open_source(path: Path, max_bytes: int | None = None) -> tuple[int, int]:
    """Open a file to attach: (file descriptor, size). Refuses a folder, a missing or unreadable
    file, an empty one and one over ``max_bytes`` — before anything is written anywhere."""
    if path.is_dir():
        raise SkpError(Code.EVIDENCE_NOT_A_FILE, path=str(path))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise SkpError(Code.EVIDENCE_NOT_A_FILE, path=str(path)) from None
    except OSError as exc:
        raise SkpError(Code.EVIDENCE_UNREADABLE, path=str(path), reason=exc.strerror or "") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SkpError(Code.EVIDENCE_NOT_A_FILE, path=str(path))
        if info.st_size == 0:
            raise SkpError(Code.EVIDENCE_EMPTY, path=str(path))
        if max_bytes is not None and info.st_size > max_bytes:
            raise _too_large(path.name, info.st_size, max_bytes)
    except BaseException:
        os.close(fd)
        raise
    return fd, info.st_size


def store_file(
    attachments: Path,
    folder: Path,
    source: Path,
    *,
    max_bytes: int | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
    stored_like: Callable[[int], Collection[str]] | None = None,
) -> StoredBlob:
    """Copy a file into the workspace under its sha256, reading it once.

    The file is read in 1 MiB chunks into a few reused buffers; each chunk is hashed on this
    thread and written to a temporary file in ``attachments/`` by a second thread (hashlib and
    file writes release the GIL, so the two overlap). The copy is synced as it grows and once more
    at the end, then renamed to ``attachments/<2 hex>/<sha256>``; when that file exists already
    the copy is dropped (the stored one is never written again).

    ``stored_like(size)`` names the digests of stored files of the same size: when there are any,
    the file is hashed first without copying, and a file whose content is stored already is not
    copied at all. ``progress(done, total)`` after each chunk; ``cancelled()`` before each: when
    true, ``Cancelled`` is raised and the temporary file is removed.
    """
    fd, size = open_source(source, max_bytes)
    src = os.fdopen(fd, "rb", buffering=0)
    try:
        candidates = stored_like(size) if stored_like is not None else ()
        if candidates:
            sha, done = _hash_pass(src, source, size, max_bytes, progress, cancelled)
            target = blob_path(attachments, sha)
            if sha in candidates and target.is_file():
                return StoredBlob(sha, done, target, created=False)
            src.seek(0)
        return _copy_pass(src, attachments, folder, source, size, max_bytes, progress, cancelled)
    finally:
        src.close()


def _hash_pass(
    src: Any,
    source: Path,
    size: int,
    max_bytes: int | None,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> tuple[str, int]:
    digest = hashlib.sha256()
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    done = 0
    if progress is not None:
        progress(0, size)
    while True:
        if cancelled is not None and cancelled():
            raise Cancelled
        try:
            n = src.readinto(buf)
        except OSError as exc:
            raise SkpError(Code.EVIDENCE_UNREADABLE, path=str(source), reason=exc.strerror or "") from exc
        if not n:
            break
        done += n
        if max_bytes is not None and done > max_bytes:  # the file grew while it was read
            raise _too_large(source.name, done, max_bytes)
        digest.update(view[:n])
        if progress is not None:
            progress(done, size)
    if done == 0:
        raise SkpError(Code.EVIDENCE_EMPTY, path=str(source))
    return digest.hexdigest(), done


def _copy_pass(
    src: Any,
    attachments: Path,
    folder: Path,
    source: Path,
    size: int,
    max_bytes: int | None,
    progress: ProgressFn | None,
    cancelled: CancelledFn | None,
) -> StoredBlob:
    tmp_name = ""
    out_fd = -1
    writer: _ChunkWriter | None = None
    try:
        try:
            attachments.mkdir(parents=True, exist_ok=True)
            out_fd, tmp_name = tempfile.mkstemp(dir=attachments, prefix=".tmp-", suffix=".part")
        except OSError as exc:
            raise _disk_error(exc, folder) from exc
        writer = _ChunkWriter(out_fd)
        writer.start()
        digest = hashlib.sha256()
        done = 0
        if progress is not None:
            progress(0, size)
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled
            buf = writer.free.get()
            try:
                n = src.readinto(buf)
            except OSError as exc:
                raise SkpError(Code.EVIDENCE_UNREADABLE, path=str(source), reason=exc.strerror or "") from exc
            if not n:
                writer.free.put(buf)
                break
            done += n
            if max_bytes is not None and done > max_bytes:  # the file grew while it was read
                writer.free.put(buf)
                raise _too_large(source.name, done, max_bytes)
            view = memoryview(buf)[:n]
            digest.update(view)
            view.release()
            writer.jobs.put((buf, n))
            if writer.error is not None:
                break
            if progress is not None:
                progress(done, size)
        writer.finish()
        if isinstance(writer.error, OSError):
            raise _disk_error(writer.error, folder) from writer.error
        if writer.error is not None:
            raise writer.error
        if done == 0:
            raise SkpError(Code.EVIDENCE_EMPTY, path=str(source))
        sha = digest.hexdigest()
        target = blob_path(attachments, sha)
        created = False
        try:
            if not target.exists():
                os.fsync(out_fd)
                os.close(out_fd)
                out_fd = -1
                target.parent.mkdir(exist_ok=True)
                os.replace(tmp_name, target)
                tmp_name = ""
                created = True
        except OSError as exc:
            raise _disk_error(exc, folder) from exc
        return StoredBlob(sha, done, target, created)
    finally:
        if writer is not None:
            writer.finish()
        if out_fd >= 0:
            os.close(out_fd)
        if tmp_name:
            Path(tmp_name).unlink(missing_ok=True)


def file_sha256(path: Path) -> str:
    """The sha256 of a file, read in 1 MiB chunks into one reused buffer."""
    digest = hashlib.sha256()
    buf = bytearray(CHUNK)
    view = memoryview(buf)
    with path.open("rb", buffering=0) as fh:
        while n := fh.readinto(buf):
            digest.update(view[:n])
    return digest.hexdigest()


class _ChunkWriter(threading.Thread):
    """Writes the chunks handed over by the hashing thread; owns nothing but the queue traffic."""

    def __init__(self, fd: int) -> None:
        super().__init__(name="evidence-writer", daemon=True)
        self.fd = fd
        self.jobs: queue.SimpleQueue[tuple[bytearray, int] | None] = queue.SimpleQueue()
        self.free: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
        self.error: BaseException | None = None
        self._finished = False
        for _ in range(_BUFFERS):
            self.free.put(bytearray(CHUNK))

    def run(self) -> None:
        sync = getattr(os, "fdatasync", os.fsync)
        count = 0
        while True:
            job = self.jobs.get()
            if job is None:
                return
            buf, n = job
            if self.error is None:
                try:
                    view = memoryview(buf)[:n]
                    while view:
                        view = view[os.write(self.fd, view) :]
                    count += 1
                    if count % _SYNC_EVERY == 0:
                        sync(self.fd)
                except BaseException as exc:  # handed to the reading thread, which raises it
                    self.error = exc
            self.free.put(buf)

    def finish(self) -> None:
        if not self._finished:
            self._finished = True
            self.jobs.put(None)
            self.join()


def _disk_error(exc: OSError, folder: Path) -> SkpError:
    code = Code.WORKSPACE_DISK_FULL if exc.errno == 28 else Code.WORKSPACE_READ_ONLY
    return SkpError(code, path=str(folder))


def _megabytes(size: int) -> str:
    value = size / (1024 * 1024)
    return f"{value:.1f} MB" if value < 10 else f"{value:.0f} MB"


def _too_large(name: str, size: int, limit: int) -> SkpError:
    return SkpError(
        Code.EVIDENCE_TOO_LARGE,
        name=name,
        size=_megabytes(size),
        limit=_megabytes(limit),
        bytes=size,
        limit_bytes=limit,
    )


# -- the service ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _PlanCtx:
    id: str
    employee_id: str | None
    period_id: str | None
    status: str
    pendekatan: str
    span: PlanPeriod
    year: int
    frequency: EvaluationFrequency

    @property
    def kuantitatif(self) -> bool:
        return self.pendekatan == Pendekatan.KUANTITATIF.value


class MonitoringService(Service):
    # -- evaluation periods and locks ------------------------------------------------------------

    def periods(self, period_id: str, *, today: dt.date | None = None) -> list[EvaluationPeriodRow]:
        """The evaluation periods of a plan year (per its evaluation frequency, [L] R-PERIOD), then
        AKHIR, each with its deadline and lock state."""
        windows_settings = self._deadline_settings()
        grace = self._grace_days()
        today = today or self._access.today()
        with self._read() as s:
            period = require(s, Period, period_id, "period")
            span = PlanPeriod(period.start_date, period.end_date)
            frequency = frequency_of(period.evaluation_frequency)
            windows = evaluation_windows(span, frequency, windows_settings, grace)
            return [self._period_row(s, period, frequency, w, today) for w in windows]

    def plan_periods(self, plan_id: str, *, today: dt.date | None = None) -> list[EvaluationPeriodRow]:
        """The evaluation periods one plan covers (a plan that starts mid-year skips the earlier
        ones; start and end are cut to its dates), then AKHIR. Deadlines and locks are the plan
        year's: a period locks for every plan at once."""
        settings = self._deadline_settings()
        grace = self._grace_days()
        today = today or self._access.today()
        with self._read() as s:
            ctx = _plan_ctx(s, plan_id)
            period = require(s, Period, ctx.period_id, "period")
            year_span = PlanPeriod(period.start_date, period.end_date)
            year = {w.code: w for w in evaluation_windows(year_span, ctx.frequency, settings, grace)}
            rows = []
            for own in evaluation_windows(ctx.span, ctx.frequency, settings, grace):
                shared = year.get(own.code, own)
                window = EvaluationWindow(own.period, shared.deadline, shared.open_until)
                rows.append(self._period_row(s, period, ctx.frequency, window, today))
            return rows

    def evidence_limit(self) -> int:
        """The largest bukti dukung file accepted, in bytes (setting ``evidence.max_size_mb`` [L])."""
        from skpdesk.services.settings import SettingsService

        return int(SettingsService(self._store, self._access).get("evidence.max_size_mb")) * 1024 * 1024

    def lock_period(self, period_id: str, periode: str, reason: str = "") -> Changes:
        """Lock one evaluation period of a plan year: no realisasi, rencana aksi or bukti dukung
        can be written into it any more (the pengelola kinerja, ``MANAGE_PERIODS``)."""
        return self._set_lock(period_id, periode, locked=True, reason=reason)

    def reopen_period(self, period_id: str, periode: str, reason: str) -> Changes:
        """Open a locked period again (or keep an overdue one from locking by itself); the reason
        is required and kept on the record."""
        return self._set_lock(period_id, periode, locked=False, reason=reason)

    def auto_lock_due(self, today: dt.date | None = None) -> tuple[list[str], Changes]:
        """Lock every evaluation period whose deadline (R-DEADLINES) plus the [U] grace days has
        passed and that nobody has locked or reopened yet (a reopened period stays open). Any
        signed-in person's copy may do it: the rule, not the person, decides. Returns the lock
        record ids written."""
        settings = self._deadline_settings()
        grace = self._grace_days()
        today = today or self._access.today()
        with self._write() as w:
            actor = self._access.current()
            s = w.session
            written: list[str] = []
            done: list[str] = []
            for period in s.execute(select(Period).where(Period.deleted.is_(False))).scalars():
                try:
                    span = PlanPeriod(period.start_date, period.end_date)
                except SkpError:
                    continue  # a plan year with impossible dates is not ours to lock
                frequency = frequency_of(period.evaluation_frequency)
                for window in evaluation_windows(span, frequency, settings, grace):
                    if not window.due_to_lock(today):
                        continue
                    record_id = period_lock_id(period.id, window.code)
                    known = s.execute(select(PeriodLock.id).where(PeriodLock.id == record_id)).first()
                    if known is not None or lock_row(s, period.id, window.code) is not None:
                        continue  # somebody decided already (or a tombstone: a decision too)
                    w.insert(
                        PeriodLock,
                        id=record_id,
                        period_id=period.id,
                        periode=window.code,
                        locked=True,
                        changed_by_employee_id=None,
                        changed_on=today,
                        reason=AUTO_LOCK_REASON,
                    )
                    written.append(record_id)
                    done.append(f"{period.year} {window.code}")
            if written:
                _audit(
                    s,
                    actor,
                    "period.auto-lock",
                    {"periods": done, "grace_days": grace, "today": today.isoformat()},
                )
            return written, w.changes

    def set_evaluation_frequency(self, period_id: str, frequency: str) -> Changes:
        """How often the plan year is evaluated (triwulan / bulanan / semester, [L] R-PERIOD).
        Refused while realisasi, rencana aksi or bukti dukung sit in periods the new frequency
        does not have."""
        try:
            chosen = EvaluationFrequency(frequency)
        except ValueError:
            raise SkpError(Code.UNKNOWN_VALUE, kind="evaluation-frequency", value=frequency) from None
        with self._write() as w:
            s = w.session
            actor = self._access.require_in_scope(s, Action.MANAGE_PERIODS, None)
            period = require(s, Period, period_id, "period")
            if frequency_of(period.evaluation_frequency) is chosen:
                return w.changes
            keep = {p.code for p in evaluation_periods(period.year, chosen)}
            used = _periodes_in_use(s, period_id)
            stranded = {code: n for code, n in used.items() if code and code not in keep}
            if stranded:
                raise SkpError(
                    Code.PERIOD_FREQUENCY_IN_USE,
                    count=sum(stranded.values()),
                    year=period.year,
                    periodes=", ".join(sorted(stranded)),
                )
            w.update(Period, period_id, evaluation_frequency=chosen.value)
            _audit(
                s,
                actor,
                "period.frequency",
                {"period": period_id, "year": period.year, "frequency": chosen.value},
            )
            return w.changes

    # -- realisasi -------------------------------------------------------------------------------

    def set_progress(
        self,
        periode: str,
        *,
        indicator_id: str | None = None,
        result_id: str | None = None,
        realisasi: str = "",
        unit: str | None = None,
        text: str = "",
        note: str | None = None,
    ) -> tuple[str, Changes]:
        """Record (or correct) the realisasi of one IKI — or, kualitatif, of one RHK — in one
        evaluation period: one record per (IKI or RHK, periode), updated in place.

        Kuantitatif: ``realisasi`` is a number as typed ("12", "12,5", "1.234,5") and ``unit``
        defaults to the IKI's target unit. Kualitatif: ``text`` says what was achieved (a number
        is optional). ``note`` is a free remark (None keeps the one recorded)."""
        if (indicator_id is None) == (result_id is None):
            raise SkpError(Code.MONITORING_NO_TARGET)
        with self._write() as w:
            s = w.session
            indicator, result = _target_rows(s, indicator_id, result_id)
            ctx, _period = self._writable(s, result.plan_id, periode)
            values = _progress_values(ctx, indicator, realisasi, unit, text, note)
            record_id = self._upsert_progress(
                w, indicator_id, result_id, periode, values, PROGRESS_SOURCE_TYPED
            )
            return record_id, w.changes

    def remove_progress(self, progress_id: str) -> Changes:
        """Take back a realisasi entered by mistake (a tombstone; ``restore_progress`` undoes it)."""
        return self._tombstone_progress(progress_id, deleted=True)

    def restore_progress(self, progress_id: str) -> Changes:
        return self._tombstone_progress(progress_id, deleted=False)

    def add_progress(self, items: Sequence[NewProgress]) -> tuple[list[str], Changes]:
        """Batch realisasi (the demo builder, tools): one new record per item, with the same
        checks as ``set_progress`` (who, ditetapkan, periode, lock) made once per plan and period."""
        with self._write() as w:
            s = w.session
            checked: dict[tuple[str, str], None] = {}
            plan_of: dict[str, str] = {}
            for item in items:
                if not item.periode.strip():
                    raise SkpError(Code.RECORD_INVALID, field="periode", reason="empty")
                plan_id = plan_of.get(item.indicator_id)
                if plan_id is None:
                    require(s, Indicator, item.indicator_id, "indicator")
                    plan_id = str(_plan_of_indicator(s, item.indicator_id))
                    plan_of[item.indicator_id] = plan_id
                if (plan_id, item.periode) not in checked:
                    self._writable(s, plan_id, item.periode)
                    checked[(plan_id, item.periode)] = None
            author = self._access.current().employee_id
            rows = [
                {
                    "indicator_id": i.indicator_id,
                    "periode": i.periode,
                    "realisasi": canonical_target(i.realisasi) if i.realisasi.strip() else "",
                    "note": i.note,
                    "recorded_on": i.recorded_on,
                    "recorded_by_employee_id": author,
                }
                for i in items
            ]
            ids = w.insert_many(Progress, rows)
            return ids, w.changes

    # -- rencana aksi ----------------------------------------------------------------------------

    def add_action_plan(
        self,
        result_id: str,
        periode: str,
        text: str,
        *,
        index: int | None = None,
        record_id: str | None = None,
    ) -> tuple[str, Changes]:
        """A rencana aksi for an RHK in one evaluation period (``record_id`` lets undo re-create
        the same one; ``index`` places it, default last)."""
        clean = " ".join(text.split())
        with self._write() as w:
            s = w.session
            result = require(s, WorkResult, result_id, "work_result")
            self._writable(s, result.plan_id, periode)
            if not clean:
                raise SkpError(Code.ACTION_PLAN_EMPTY)
            siblings = _ordered_action_plans(s, result_id, periode)
            position = len(siblings) if index is None else max(0, min(index, len(siblings)))
            row: dict[str, Any] = {"result_id": result_id, "periode": periode, "text": clean}
            row["sort_order"] = position
            if record_id:
                row["id"] = record_id
            new_id = w.insert(ActionPlan, **row)
            for n, other in enumerate(siblings[position:], start=position + 1):
                w.update(ActionPlan, other, sort_order=n)
            return new_id, w.changes

    def update_action_plan(self, action_plan_id: str, text: str) -> Changes:
        clean = " ".join(text.split())
        with self._write() as w:
            s = w.session
            row = require(s, ActionPlan, action_plan_id, "action_plan")
            self._writable(s, plan_of_result(s, row.result_id), row.periode)
            if not clean:
                raise SkpError(Code.ACTION_PLAN_EMPTY)
            w.update(ActionPlan, action_plan_id, text=clean)
            return w.changes

    def move_action_plan(self, action_plan_id: str, index: int) -> Changes:
        with self._write() as w:
            s = w.session
            row = require(s, ActionPlan, action_plan_id, "action_plan")
            self._writable(s, plan_of_result(s, row.result_id), row.periode)
            order = [a for a in _ordered_action_plans(s, row.result_id, row.periode) if a != action_plan_id]
            order.insert(max(0, min(index, len(order))), action_plan_id)
            for n, other in enumerate(order):
                w.update(ActionPlan, other, sort_order=n)
            return w.changes

    def delete_action_plan(self, action_plan_id: str) -> Changes:
        """A tombstone (``restore_action_plan`` undoes it)."""
        return self._tombstone(ActionPlan, action_plan_id, deleted=True)

    def restore_action_plan(self, action_plan_id: str) -> Changes:
        return self._tombstone(ActionPlan, action_plan_id, deleted=False)

    # -- bukti dukung ----------------------------------------------------------------------------

    def attach_evidence(
        self,
        path: str | os.PathLike[str],
        *,
        periode: str,
        result_id: str | None = None,
        indicator_id: str | None = None,
        description: str = "",
        progress: ProgressFn | None = None,
        cancelled: CancelledFn | None = None,
    ) -> tuple[str, Changes]:
        """Attach a file as bukti dukung of an RHK (or one of its IKI) in one period.

        Who may, the plan's state, the period and the file itself (a file, readable, not empty,
        within ``evidence_limit``) are checked before anything is written; then the file is
        streamed into the workspace once (``store_file``) and the record written (the checks are
        made again in that transaction). Cancelling leaves nothing behind."""
        source = Path(path)
        limit = self.evidence_limit()
        with self._read() as s:
            indicator, result = _target_rows(s, indicator_id, result_id)
            self._writable(s, result.plan_id, periode)
        stored = store_file(  # refuses a folder, an unreadable, empty or too large file before writing
            self._store.attachments,
            self._store.folder,
            source,
            max_bytes=limit,
            progress=progress,
            cancelled=cancelled,
            stored_like=self._stored_like,
        )
        try:
            with self._write() as w:
                s = w.session
                indicator, result = _target_rows(s, indicator_id, result_id)
                self._writable(s, result.plan_id, periode)
                actor = self._access.current()
                media = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
                record_id = w.insert(
                    Evidence,
                    result_id=result.id,
                    indicator_id=indicator.id if indicator is not None else None,
                    periode=periode,
                    file_name=source.name,
                    sha256=stored.sha256,
                    size=stored.size,
                    media_type=media,
                    description=description.strip(),
                    uploaded_on=self._access.today(),
                    uploaded_by_employee_id=actor.employee_id,
                )
                return record_id, w.changes
        except BaseException:
            if stored.created:
                self._drop_unreferenced(stored)
            raise

    def remove_evidence(self, evidence_id: str) -> Changes:
        """Remove a bukti dukung from the plan (a tombstone: the stored file stays, and
        ``restore_evidence`` brings the record back)."""
        return self._tombstone(Evidence, evidence_id, deleted=True)

    def restore_evidence(self, evidence_id: str) -> Changes:
        return self._tombstone(Evidence, evidence_id, deleted=False)

    def evidence_path(self, evidence_id: str, *, verify: bool = False) -> Path:
        """The stored file of a bukti dukung (also of a removed one), to preview or open with the
        system viewer. ``verify`` also checks its sha256 (reads the whole file)."""
        with self._read() as s:
            row = s.execute(
                select(Evidence.file_name, Evidence.sha256).where(Evidence.id == evidence_id)
            ).first()
        if row is None:
            raise SkpError(Code.RECORD_NOT_FOUND, kind="evidence", id=evidence_id)
        path = blob_path(self._store.attachments, row.sha256)
        if not path.is_file():
            raise SkpError(Code.EVIDENCE_MISSING, name=row.file_name, sha256=row.sha256)
        if verify and file_sha256(path) != row.sha256:
            raise SkpError(Code.EVIDENCE_DAMAGED, name=row.file_name, sha256=row.sha256)
        return path

    def add_evidence(self, items: Sequence[NewEvidence]) -> tuple[list[str], Changes]:
        """Batch bukti dukung from bytes (the demo builder). Every check is made before the first
        file is written; then the files (by sha256, before the rows that name them), then the rows."""
        limit = self.evidence_limit()
        rows: list[dict[str, Any]] = []
        for item in items:
            name = Path(item.file_name.replace("\\", "/")).name.strip()
            if not name:
                raise SkpError(Code.RECORD_INVALID, field="file_name", reason="empty")
            if not item.content:
                raise SkpError(Code.EVIDENCE_EMPTY, path=name)
            if len(item.content) > limit:
                raise _too_large(name, len(item.content), limit)
            rows.append(
                {
                    "result_id": item.result_id,
                    "progress_id": item.progress_id,
                    "periode": item.periode,
                    "file_name": name,
                    "sha256": hashlib.sha256(item.content).hexdigest(),
                    "size": len(item.content),
                    "media_type": mimetypes.guess_type(name)[0] or "application/octet-stream",
                    "description": item.description,
                    "uploaded_on": item.uploaded_on,
                }
            )
        with self._read() as s:
            self._check_evidence_rows(s, rows)
        for item, row in zip(items, rows, strict=True):
            self.store_blob(row["sha256"], item.content)
        with self._write() as w:
            self._check_evidence_rows(w.session, rows)
            author = self._access.current().employee_id
            ids = w.insert_many(Evidence, [dict(r, uploaded_by_employee_id=author) for r in rows])
            return ids, w.changes

    def store_blob(self, digest: str, content: bytes) -> Path:
        return store_blob(self._store.attachments, self._store.folder, digest, content)

    def evidence_list(
        self,
        *,
        plan_id: str | None = None,
        result_id: str | None = None,
        indicator_id: str | None = None,
        periode: str | None = None,
        include_removed: bool = False,
    ) -> list[EvidenceRow]:
        """Bukti dukung of a plan, an RHK or an IKI (optionally of one period), newest first."""
        if plan_id is None and result_id is None and indicator_id is None:
            raise SkpError(Code.MONITORING_NO_TARGET)
        conds: list[Any] = []
        if indicator_id is not None:
            conds.append(Evidence.indicator_id == indicator_id)
        if result_id is not None:
            conds.append(Evidence.result_id == result_id)
        if plan_id is not None:
            conds.append(WorkResult.plan_id == plan_id)
        if periode is not None:
            conds.append(Evidence.periode == periode)
        if not include_removed:
            conds.append(Evidence.deleted.is_(False))
        with self._read() as s:
            rows = s.execute(
                select(
                    Evidence.id,
                    Evidence.result_id,
                    Evidence.indicator_id,
                    Evidence.periode,
                    Evidence.file_name,
                    Evidence.size,
                    Evidence.media_type,
                    Evidence.description,
                    Evidence.sha256,
                    Evidence.uploaded_on,
                    Evidence.uploaded_by_employee_id,
                    Evidence.deleted,
                    Employee.name,
                    Employee.gelar_depan,
                    Employee.gelar_belakang,
                )
                .join(WorkResult, WorkResult.id == Evidence.result_id)
                .outerjoin(Employee, Employee.id == Evidence.uploaded_by_employee_id)
                .where(*conds)
                .order_by(Evidence.uploaded_on.desc(), Evidence.updated_at.desc())
            ).all()
        attachments = self._store.attachments
        return [
            EvidenceRow(
                id=r.id,
                result_id=r.result_id,
                indicator_id=r.indicator_id,
                periode=r.periode,
                file_name=r.file_name,
                size=r.size,
                media_type=r.media_type,
                description=r.description,
                sha256=r.sha256,
                uploaded_on=r.uploaded_on,
                uploaded_by_employee_id=r.uploaded_by_employee_id,
                uploaded_by_name=display_name(r.name, r.gelar_depan, r.gelar_belakang) if r.name else "",
                removed=bool(r.deleted),
                stored=blob_path(attachments, r.sha256).is_file(),
            )
            for r in rows
        ]

    # -- choosing a plan (the Pemantauan screen) ----------------------------------------------------

    def monitored_plans(self, year: int | None = None) -> list[MonitoredPlan]:
        """The plans of ``year`` (None: every year) the acting person follows: their own first, then
        those they rate as pejabat penilai (an atasan, Plt/Plh included), then — for a pengelola
        kinerja, fasilitator, sub-bagian or the central office — every plan in their unit scope (no
        scope: the whole instansi). Who may *write* into one is checked per call
        (``progress_table(...).writable``)."""
        actor = self._access.actor
        if actor is None:
            return []
        from skpdesk.services.overview import subtree_units

        with self._read() as s:
            me = actor.employee_id
            rates = me is not None and allows(actor.role, Action.APPROVE_PLAN)  # an atasan (R-LIFECYCLE)
            held = sorted(held_positions(s, me, self._access.today())) if rates and me else []
            team: list[Any] = []
            if rates:
                team.append(Plan.penilai_employee_id == me)
                if held:
                    team.append(Plan.penilai_position_id.in_(held))
                    team.append(
                        and_(Plan.penilai_position_id.is_(None), Position.atasan_position_id.in_(held))
                    )
            who: list[Any] = []
            if actor.system or (actor.role in GRANTED_ROLES and actor.scope_unit_id is None):
                who = []  # everything
            else:
                if me is not None:
                    who.append(Plan.employee_id == me)
                who.extend(team)
                if actor.role in GRANTED_ROLES and actor.scope_unit_id is not None:
                    who.append(Position.org_unit_id.in_(subtree_units(actor.scope_unit_id)))
                if not who:
                    return []
            query = (
                select(
                    Plan.id,
                    Plan.period_id,
                    Period.year,
                    Plan.employee_id,
                    Employee.name,
                    Employee.gelar_depan,
                    Employee.gelar_belakang,
                    Employee.nip,
                    Position.title,
                    OrgUnit.name.label("unit_name"),
                    Plan.status,
                    Plan.pendekatan,
                    Plan.start_date,
                    Plan.end_date,
                    Plan.penilai_employee_id,
                    Plan.penilai_position_id,
                    Position.atasan_position_id,
                )
                .select_from(Plan)
                .join(Period, Period.id == Plan.period_id)
                .outerjoin(Employee, Employee.id == Plan.employee_id)
                .outerjoin(Position, Position.id == Plan.position_id)
                .outerjoin(OrgUnit, OrgUnit.id == Position.org_unit_id)
                .where(Plan.deleted.is_(False), Period.deleted.is_(False))
            )
            if year is not None:
                query = query.where(Period.year == year)
            if who:
                query = query.where(or_(*who))
            rows = s.execute(query).all()
        held_set = set(held)
        out: list[MonitoredPlan] = []
        for r in rows:
            if me is not None and r.employee_id == me:
                relation = PLAN_OWN
            elif (
                me is not None
                and team
                and (
                    r.penilai_employee_id == me
                    or r.penilai_position_id in held_set
                    or (r.penilai_position_id is None and r.atasan_position_id in held_set)
                )
            ):
                relation = PLAN_TEAM
            else:
                relation = PLAN_SCOPE
            out.append(
                MonitoredPlan(
                    plan_id=r.id,
                    period_id=str(r.period_id),
                    year=r.year,
                    employee_id=r.employee_id,
                    name=display_name(r.name, r.gelar_depan, r.gelar_belakang) if r.name else "",
                    nip=r.nip or "",
                    jabatan=r.title or "",
                    unit=r.unit_name or "",
                    status=r.status,
                    pendekatan=r.pendekatan,
                    start=r.start_date,
                    end=r.end_date,
                    relation=relation,
                )
            )
        order = {PLAN_OWN: 0, PLAN_TEAM: 1, PLAN_SCOPE: 2}
        out.sort(key=lambda p: (order[p.relation], -p.year, p.name.casefold(), p.start, p.plan_id))
        return out

    # -- the Pemantauan table --------------------------------------------------------------------

    def progress_table(self, plan_id: str, periode: str) -> ProgressTable:
        """One plan in one evaluation period: per RHK (utama, then tambahan) its IKI with target,
        realisasi, unit and bukti dukung count, and its rencana aksi."""
        settings = self._deadline_settings()
        grace = self._grace_days()
        with self._read() as s:
            ctx = _plan_ctx(s, plan_id)
            period = check_periode(periode, ctx.span, ctx.frequency)
            year = require(s, Period, ctx.period_id, "period")
            year_span = PlanPeriod(year.start_date, year.end_date)
            window = next(
                w for w in evaluation_windows(year_span, ctx.frequency, settings, grace) if w.code == periode
            )
            refusal: Code | None = None
            try:
                self._writable(s, plan_id, periode)
            except SkpError as err:
                refusal = err.code
            owner = s.execute(
                select(Employee.name, Employee.gelar_depan, Employee.gelar_belakang).where(
                    Employee.id == ctx.employee_id
                )
            ).first()
            results = s.execute(
                select(
                    WorkResult.id,
                    WorkResult.jenis,
                    WorkResult.text,
                    WorkResult.ukuran_keberhasilan,
                    WorkResult.sort_order,
                )
                .where(WorkResult.plan_id == plan_id, WorkResult.deleted.is_(False))
                .order_by(WorkResult.jenis != "utama", WorkResult.sort_order, WorkResult.id)
            ).all()
            result_ids = [r.id for r in results]
            indicators = s.execute(
                select(
                    Indicator.id,
                    Indicator.result_id,
                    Indicator.text,
                    Indicator.aspek,
                    Indicator.target_value,
                    Indicator.target_max,
                    Indicator.target_unit,
                    Indicator.lower_is_better,
                )
                .where(Indicator.result_id.in_(result_ids), Indicator.deleted.is_(False))
                .order_by(Indicator.sort_order, Indicator.id)
            ).all()
            indicator_ids = [i.id for i in indicators]
            cells = _progress_cells(s, indicator_ids, result_ids, periode)
            plans = s.execute(
                select(
                    ActionPlan.id,
                    ActionPlan.result_id,
                    ActionPlan.periode,
                    ActionPlan.text,
                    ActionPlan.sort_order,
                )
                .where(
                    ActionPlan.result_id.in_(result_ids),
                    ActionPlan.periode == periode,
                    ActionPlan.deleted.is_(False),
                )
                .order_by(ActionPlan.sort_order, ActionPlan.id)
            ).all()
            evidence = s.execute(
                select(Evidence.result_id, Evidence.indicator_id, func.count())
                .where(
                    Evidence.result_id.in_(result_ids),
                    Evidence.periode == periode,
                    Evidence.deleted.is_(False),
                )
                .group_by(Evidence.result_id, Evidence.indicator_id)
            ).all()
            locked = is_locked(s, ctx.period_id, periode)
        per_indicator: dict[str, int] = {}
        per_result: dict[str, int] = {}
        for result_ref, indicator_ref, count in evidence:
            per_result[str(result_ref)] = per_result.get(str(result_ref), 0) + count
            if indicator_ref:
                per_indicator[indicator_ref] = per_indicator.get(indicator_ref, 0) + count
        numbers: dict[str, int] = {}
        rows: list[ResultProgressRow] = []
        for r in results:
            numbers[r.jenis] = numbers.get(r.jenis, 0) + 1
            rows.append(
                ResultProgressRow(
                    result_id=r.id,
                    number=numbers[r.jenis],
                    jenis=r.jenis,
                    text=r.text,
                    ukuran_keberhasilan=r.ukuran_keberhasilan,
                    indicators=tuple(
                        IndicatorProgressRow(
                            indicator_id=i.id,
                            text=i.text,
                            aspek=i.aspek,
                            target_value=i.target_value,
                            target_max=i.target_max,
                            target_unit=i.target_unit,
                            lower_is_better=bool(i.lower_is_better),
                            progress=cells.get(i.id),
                            evidence_count=per_indicator.get(i.id, 0),
                        )
                        for i in indicators
                        if i.result_id == r.id
                    ),
                    action_plans=tuple(
                        ActionPlanRow(a.id, a.result_id, a.periode, a.text, a.sort_order)
                        for a in plans
                        if a.result_id == r.id
                    ),
                    progress=cells.get(r.id),
                    evidence_count=per_result.get(r.id, 0),
                )
            )
        return ProgressTable(
            plan_id=plan_id,
            employee_id=ctx.employee_id,
            employee_name=display_name(owner.name, owner.gelar_depan, owner.gelar_belakang) if owner else "",
            year=ctx.year,
            pendekatan=ctx.pendekatan,
            status=ctx.status,
            periode=periode,
            periode_label=period.label,
            start=period.start,
            end=period.end,
            deadline=window.deadline,
            locked=locked,
            writable=refusal is None,
            refusal=refusal,
            results=tuple(rows),
        )

    # -- the e-Kinerja daily-progress import -----------------------------------------------------

    def preview_import(self, path: str | os.PathLike[str], *, nip: str | None = None) -> ImportReport:
        """Read an e-Kinerja daily-progress sheet (.xlsx) and say what an import would write: per
        IKI (or kualitatif RHK) and evaluation period, the sum of the day's Realisasi; and which
        rows cannot be matched, and why. Nothing is written.

        Whose rows: a NIP column, else a NIP written above the header, else ``nip``, else the
        signed-in person. A row's Rencana Aksi is matched (ignoring case and spacing) against the
        plan's IKI, then its rencana aksi, then its RHK; its Tanggal picks the plan and the
        periodic evaluation period. Bad files raise ``SkpError`` (IMPORT_*)."""
        source = Path(path)
        sheet_name, rows = _read_sheet(source)
        found = find_header(rows)
        if found is None:
            best = best_header(rows)
            missing = missing_fields(best)
            raise SkpError(
                Code.IMPORT_COLUMNS,
                missing=", ".join(_FIELD_TITLES[f] for f in missing),
                path=str(source),
            )
        header_index, columns = found
        data = [(n, row) for n, row in enumerate(rows[header_index + 1 :], start=header_index + 2)]
        data = [(n, row) for n, row in data if any(cell_text(c) for c in row)]
        if not data:
            raise SkpError(Code.IMPORT_NO_ROWS, path=str(source))
        with self._read() as s:
            return _ImportMatcher(self, s).run(source, sheet_name, header_index, columns, rows, data, nip)

    def apply_import(self, report: ImportReport) -> Changes:
        """Write a previewed import in one transaction (source "e-kinerja"): each item replaces the
        realisasi of its IKI (or RHK) and period. Everything is checked again first; if anything
        changed since the preview (a period locked meanwhile, a plan reopened) the error is raised
        and nothing is written."""
        if not report.items:
            raise SkpError(Code.IMPORT_NOTHING)
        with self._write() as w:
            s = w.session
            for item in report.items:
                indicator, result = _target_rows(
                    s, item.indicator_id, None if item.indicator_id else item.result_id
                )
                if result.plan_id != item.plan_id:
                    raise SkpError(Code.RECORD_NOT_FOUND, kind="work_result", id=item.result_id)
                ctx, _period = self._writable(s, item.plan_id, item.periode)
                values = _progress_values(
                    ctx, indicator, item.realisasi, item.unit or None, item.text, item.note
                )
                self._upsert_progress(
                    w,
                    item.indicator_id,
                    None if item.indicator_id else item.result_id,
                    item.periode,
                    values,
                    PROGRESS_SOURCE_EKINERJA,
                )
            _audit(
                s,
                self._access.current(),
                "progress.import",
                {
                    "file": report.file_name,
                    "sheet": report.sheet,
                    "records": len(report.items),
                    "rows": report.matched_rows,
                    "skipped": len(report.skipped),
                },
            )
            return w.changes

    # -- feedback (the demo builder; the feedback service is services.feedback) -------------------

    def add_feedback(self, items: Sequence[NewFeedback]) -> tuple[list[str], Changes]:
        values = {v.value for v in berakhlak.CoreValue}
        with self._write() as w:
            today = self._access.today()
            for item in items:
                plan = require(w.session, Plan, item.plan_id, "plan")
                actor = self._access.current()
                if item.relation == "atasan":
                    self._access.require_penilai(w.session, Action.GIVE_ATASAN_FEEDBACK, item.plan_id, today)
                else:
                    self._access.require(Action.GIVE_PEER_FEEDBACK)
                if not actor.system and item.from_employee_id not in (None, actor.employee_id):
                    raise SkpError(Code.NOT_OWN_RECORD, kind="feedback")
                if not actor.system and plan.employee_id == actor.employee_id:
                    raise SkpError(Code.NOT_ALLOWED, role=actor.role.value, action="feedback-on-own-plan")
                if not item.text.strip():
                    raise SkpError(Code.RECORD_INVALID, field="text", reason="empty")
                if item.relation not in FEEDBACK_RELATIONS:
                    raise SkpError(Code.UNKNOWN_VALUE, kind="relation", value=item.relation)
                if item.core_value and item.core_value not in values:
                    raise SkpError(Code.UNKNOWN_VALUE, kind="core-value", value=item.core_value)
                if item.result_id:
                    require(w.session, WorkResult, item.result_id, "work_result")
                if item.from_employee_id:
                    require(w.session, Employee, item.from_employee_id, "employee")
            author = self._access.current().employee_id
            ids = w.insert_many(
                Feedback,
                [
                    dict(vars(i), text=i.text.strip(), from_employee_id=i.from_employee_id or author)
                    for i in items
                ],
            )
            return ids, w.changes

    # -- helpers ---------------------------------------------------------------------------------

    def _require_writer(self, s: Session, ctx: _PlanCtx) -> Actor:
        """The plan's owner, its pejabat penilai, or a pengelola kinerja / fasilitator in scope."""
        actor = self._access.current()
        if actor.system:
            return actor
        if actor.employee_id is not None and actor.employee_id == ctx.employee_id:
            return self._access.require(Action.RECORD_OWN_PROGRESS)
        if (
            actor.employee_id is not None
            and allows(actor.role, Action.APPROVE_PLAN)
            and is_penilai(s, actor.employee_id, ctx.id, self._access.today())
        ):
            return actor
        return self._access.require_own_or(
            s, Action.RECORD_OWN_PROGRESS, Action.DRAFT_FOR_OTHERS, ctx.employee_id, "plan"
        )

    def _writable(self, s: Session, plan_id: str | None, periode: str) -> tuple[_PlanCtx, EvaluationPeriod]:
        """Who may (first), the plan ditetapkan, ``periode`` one of the plan's evaluation periods,
        and the period open."""
        ctx = _plan_ctx(s, plan_id)
        self._require_writer(s, ctx)
        if ctx.status != PlanStatus.DITETAPKAN.value:
            raise SkpError(Code.MONITORING_PLAN_NOT_SET, status=ctx.status)
        period = check_periode(periode, ctx.span, ctx.frequency)
        require_open(s, ctx.period_id, periode)
        return ctx, period

    def _upsert_progress(
        self,
        w: Writer,
        indicator_id: str | None,
        result_id: str | None,
        periode: str,
        values: dict[str, Any],
        source: str,
    ) -> str:
        s = w.session
        actor = self._access.current()
        values = dict(
            values,
            recorded_on=self._access.today(),
            recorded_by_employee_id=actor.employee_id,
            source=source,
        )
        if indicator_id is not None:
            key = indicator_id
            cond = Progress.indicator_id == indicator_id
        else:
            key = str(result_id)
            cond = and_(Progress.result_id == result_id, Progress.indicator_id.is_(None))
        found = s.execute(
            select(Progress.id, Progress.deleted)
            .where(cond, Progress.periode == periode)
            .order_by(Progress.deleted, Progress.updated_at.desc())
        ).all()
        live = [r.id for r in found if not r.deleted]
        if live:
            w.update(Progress, live[0], **values)
            return str(live[0])
        record_id = progress_record_id(key, periode)
        if any(r.id == record_id for r in found):
            w.undelete(Progress, record_id)
            w.update(Progress, record_id, **{"note": "", **values})  # typed anew: no old remark
            return record_id
        return w.insert(
            Progress,
            id=record_id,
            indicator_id=indicator_id,
            result_id=None if indicator_id is not None else result_id,
            periode=periode,
            **values,
        )

    def _tombstone_progress(self, progress_id: str, *, deleted: bool) -> Changes:
        with self._write() as w:
            s = w.session
            if not deleted:
                _undelete(w, Progress, progress_id, "progress")
            row = require(s, Progress, progress_id, "progress")
            _indicator, result = _target_rows(
                s, row.indicator_id, None if row.indicator_id else row.result_id
            )
            self._writable(s, result.plan_id, row.periode)
            if deleted:
                w.delete(Progress, progress_id)
            return w.changes

    def _tombstone(
        self, model: type[ActionPlan] | type[Evidence], record_id: str, *, deleted: bool
    ) -> Changes:
        """Delete or restore a rencana aksi or bukti dukung of a plan the actor may write into, in an
        open period (one transaction: a refused restore is rolled back)."""
        with self._write() as w:
            s = w.session
            if not deleted:
                _undelete(w, model, record_id, model.__tablename__)
            row = require(s, model, record_id, model.__tablename__)
            plan_id = plan_of_result(s, row.result_id)
            if row.periode:
                self._writable(s, plan_id, row.periode)
            else:  # an old record without a period: who may and the plan's state only
                ctx = _plan_ctx(s, plan_id)
                self._require_writer(s, ctx)
                if ctx.status != PlanStatus.DITETAPKAN.value:
                    raise SkpError(Code.MONITORING_PLAN_NOT_SET, status=ctx.status)
            if deleted:
                w.delete(model, record_id)
            return w.changes

    def _check_evidence_rows(self, s: Session, rows: Iterable[dict[str, Any]]) -> None:
        seen: set[tuple[str, str]] = set()
        for row in rows:
            key = (row["result_id"], row["periode"])
            if key in seen:
                continue
            seen.add(key)
            result = require(s, WorkResult, row["result_id"], "work_result")
            if row["periode"]:
                self._writable(s, result.plan_id, row["periode"])
            else:
                ctx = _plan_ctx(s, result.plan_id)
                self._require_writer(s, ctx)

    def _stored_like(self, size: int) -> set[str]:
        """Digests of the bukti dukung of this size whose file is in the workspace (removed ones
        too: their file stays)."""
        with self._read() as s:
            found = s.execute(select(Evidence.sha256).where(Evidence.size == size).distinct()).scalars()
            return {d for d in found if blob_path(self._store.attachments, d).is_file()}

    def _drop_unreferenced(self, stored: StoredBlob) -> None:
        """Remove a blob this call created when its record could not be written (unless another
        record names the same content meanwhile)."""
        try:
            with self._read() as s:
                named = s.execute(
                    select(Evidence.id).where(Evidence.sha256 == stored.sha256).limit(1)
                ).first()
            if named is None:
                stored.path.unlink(missing_ok=True)
        except (OSError, SkpError):
            pass  # an unreferenced blob is harmless; never hide the original error

    def _set_lock(self, period_id: str, periode: str, *, locked: bool, reason: str) -> Changes:
        settings = self._deadline_settings()
        grace = self._grace_days()
        today = self._access.today()
        with self._write() as w:
            s = w.session
            actor = self._access.require_in_scope(s, Action.MANAGE_PERIODS, None)
            period = require(s, Period, period_id, "period")
            span = PlanPeriod(period.start_date, period.end_date)
            frequency = frequency_of(period.evaluation_frequency)
            evaluation = check_periode(periode, span, frequency)
            window = next(
                x for x in evaluation_windows(span, frequency, settings, grace) if x.code == periode
            )
            text = reason.strip()
            if not locked and not text:
                raise SkpError(Code.PERIOD_REASON_MISSING, periode=evaluation.label, year=period.year)
            current = lock_row(s, period_id, periode)
            now_locked = bool(current is not None and current.locked)
            if locked and now_locked:
                raise SkpError(Code.PERIOD_ALREADY_LOCKED, periode=evaluation.label, year=period.year)
            if not locked and not now_locked and (current is not None or not window.due_to_lock(today)):
                raise SkpError(Code.PERIOD_ALREADY_OPEN, periode=evaluation.label, year=period.year)
            values = {
                "locked": locked,
                "changed_by_employee_id": actor.employee_id,
                "changed_on": today,
                "reason": text,
            }
            record_id = current.id if current is not None else period_lock_id(period_id, periode)
            exists = s.execute(select(PeriodLock.id).where(PeriodLock.id == record_id)).first()
            if exists is not None:
                w.undelete(PeriodLock, record_id)
                w.update(PeriodLock, record_id, **values)
            else:
                w.insert(PeriodLock, id=record_id, period_id=period_id, periode=periode, **values)
            _audit(
                s,
                actor,
                "period.lock" if locked else "period.reopen",
                {"period": period_id, "year": period.year, "periode": periode, "reason": text},
            )
            return w.changes

    def _period_row(
        self,
        s: Session,
        period: Any,
        frequency: EvaluationFrequency,
        window: EvaluationWindow,
        today: dt.date,
    ) -> EvaluationPeriodRow:
        row = lock_row(s, period.id, window.code)
        name = ""
        if row is not None and row.changed_by_employee_id:
            person = s.execute(
                select(Employee.name, Employee.gelar_depan, Employee.gelar_belakang).where(
                    Employee.id == row.changed_by_employee_id
                )
            ).first()
            name = display_name(*person) if person else ""
        locked = bool(row is not None and row.locked)
        return EvaluationPeriodRow(
            period_id=period.id,
            year=period.year,
            frequency=frequency,
            code=window.code,
            label=window.period.label,
            start=window.period.start,
            end=window.period.end,
            is_final=window.period.is_final,
            deadline=window.deadline,
            open_until=window.open_until,
            locked=locked,
            automatic=locked
            and row is not None
            and row.changed_by_employee_id is None
            and row.reason == AUTO_LOCK_REASON,
            changed_by_employee_id=row.changed_by_employee_id if row is not None else None,
            changed_by_name=name,
            changed_on=row.changed_on if row is not None else None,
            reason=row.reason if row is not None else "",
            due_to_lock=row is None and window.due_to_lock(today),
        )

    def _deadline_settings(self) -> Any:
        from skpdesk.services.settings import SettingsService
        from skpdesk.services.tasks import deadline_settings_from

        return deadline_settings_from(SettingsService(self._store, self._access).values())

    def _grace_days(self) -> int:
        from skpdesk.services.settings import SettingsService

        return int(SettingsService(self._store, self._access).get("monitoring.lock_grace_days"))


# -- module helpers ------------------------------------------------------------------------------


def _plan_ctx(s: Session, plan_id: str | None) -> _PlanCtx:
    plan = require(s, Plan, plan_id, "plan")
    period = require(s, Period, plan.period_id, "period")
    return _PlanCtx(
        id=plan.id,
        employee_id=plan.employee_id,
        period_id=plan.period_id,
        status=plan.status,
        pendekatan=plan.pendekatan,
        span=PlanPeriod(plan.start_date, plan.end_date),
        year=period.year,
        frequency=frequency_of(period.evaluation_frequency),
    )


def _target_rows(s: Session, indicator_id: str | None, result_id: str | None) -> tuple[Any | None, Any]:
    """(IKI or None, its RHK): an IKI names its RHK; given both, they must belong together."""
    if indicator_id is None and result_id is None:
        raise SkpError(Code.MONITORING_NO_TARGET)
    indicator = None
    if indicator_id is not None:
        indicator = require(s, Indicator, indicator_id, "indicator")
        if result_id is not None and indicator.result_id != result_id:
            raise SkpError(Code.MONITORING_NO_TARGET)
        result_id = indicator.result_id
    result = require(s, WorkResult, result_id, "work_result")
    return indicator, result


def _progress_values(
    ctx: _PlanCtx, indicator: Any | None, realisasi: str, unit: str | None, text: str, note: str | None
) -> dict[str, Any]:
    """The stored realisasi fields (SKP-REFERENCE R-IKI: kuantitatif IKI are measured in numbers
    with a unit; the kualitatif approach reports what was achieved in words)."""
    typed = realisasi.strip()
    words = text.strip()
    number = ""
    if typed:
        try:
            value = parse_target(typed)
        except SkpError:
            raise SkpError(Code.REALISASI_NOT_NUMBER, value=typed) from None
        if value < 0:
            raise SkpError(Code.REALISASI_NOT_NUMBER, value=typed)
        number = decimal_text(value)
    chosen_unit = (unit or "").strip() or (indicator.target_unit.strip() if indicator is not None else "")
    if ctx.kuantitatif:
        if indicator is None:
            raise SkpError(Code.PROGRESS_NEEDS_IKI)
        if not number:
            raise SkpError(Code.REALISASI_EMPTY)
        if not chosen_unit:
            raise SkpError(Code.REALISASI_UNIT_MISSING, value=typed)
    elif not words:
        raise SkpError(Code.REALISASI_EMPTY)
    values = {
        "realisasi": number,
        "realisasi_unit": chosen_unit if number else (unit or "").strip(),
        "realisasi_text": words,
    }
    if note is not None:
        values["note"] = note.strip()
    return values


def _progress_cells(
    s: Session, indicator_ids: Sequence[str], result_ids: Sequence[str], periode: str
) -> dict[str, ProgressCell]:
    """The live realisasi per IKI id and per RHK id (kualitatif, no IKI) in ``periode``; the latest
    when old batch entries left several."""
    rows = s.execute(
        select(
            Progress.id,
            Progress.indicator_id,
            Progress.result_id,
            Progress.realisasi,
            Progress.realisasi_unit,
            Progress.realisasi_text,
            Progress.note,
            Progress.recorded_on,
            Progress.recorded_by_employee_id,
            Progress.source,
            Employee.name,
            Employee.gelar_depan,
            Employee.gelar_belakang,
        )
        .outerjoin(Employee, Employee.id == Progress.recorded_by_employee_id)
        .where(
            Progress.periode == periode,
            Progress.deleted.is_(False),
            or_(
                Progress.indicator_id.in_(indicator_ids),
                and_(Progress.indicator_id.is_(None), Progress.result_id.in_(result_ids)),
            ),
        )
        .order_by(Progress.updated_at)
    ).all()
    out: dict[str, ProgressCell] = {}
    for r in rows:  # oldest first: the latest wins
        key = r.indicator_id or r.result_id
        out[key] = ProgressCell(
            id=r.id,
            realisasi=r.realisasi,
            unit=r.realisasi_unit,
            text=r.realisasi_text,
            note=r.note,
            recorded_on=r.recorded_on,
            recorded_by_employee_id=r.recorded_by_employee_id,
            recorded_by_name=display_name(r.name, r.gelar_depan, r.gelar_belakang) if r.name else "",
            source=r.source,
        )
    return out


def _periodes_in_use(s: Session, period_id: str) -> dict[str, int]:
    """Live monitoring records per periode code among the plans of a plan year."""
    plans = select(Plan.id).where(Plan.period_id == period_id, Plan.deleted.is_(False))
    results = select(WorkResult.id).where(WorkResult.plan_id.in_(plans))
    indicators = select(Indicator.id).where(Indicator.result_id.in_(results))
    counts: dict[str, int] = {}
    queries = (
        select(Progress.periode, func.count())
        .where(
            Progress.deleted.is_(False),
            or_(Progress.indicator_id.in_(indicators), Progress.result_id.in_(results)),
        )
        .group_by(Progress.periode),
        select(ActionPlan.periode, func.count())
        .where(ActionPlan.deleted.is_(False), ActionPlan.result_id.in_(results))
        .group_by(ActionPlan.periode),
        select(Evidence.periode, func.count())
        .where(Evidence.deleted.is_(False), Evidence.result_id.in_(results))
        .group_by(Evidence.periode),
    )
    for query in queries:
        for code, count in s.execute(query).all():
            counts[code] = counts.get(code, 0) + int(count)
    return counts


def _ordered_action_plans(s: Session, result_id: str | None, periode: str) -> list[str]:
    return list(
        s.execute(
            select(ActionPlan.id)
            .where(
                ActionPlan.result_id == result_id,
                ActionPlan.periode == periode,
                ActionPlan.deleted.is_(False),
            )
            .order_by(ActionPlan.sort_order, ActionPlan.id)
        ).scalars()
    )


def _plan_of_indicator(s: Session, indicator_id: str) -> str | None:
    return s.execute(
        select(WorkResult.plan_id)
        .join(Indicator, Indicator.result_id == WorkResult.id)
        .where(Indicator.id == indicator_id)
    ).scalar()


def _undelete(w: Writer, model: Any, record_id: str, kind: str) -> None:
    try:
        w.undelete(model, record_id)
    except LookupError:
        raise SkpError(Code.RECORD_NOT_FOUND, kind=kind, id=record_id) from None


def _audit(s: Session, actor: Actor, action: str, detail: dict[str, Any]) -> None:
    """A line in this copy's audit log (``AuditLog``; the synced record carries who/when/why too)."""
    s.add(
        AuditLog(
            at=now_text(),
            actor_employee_id=actor.employee_id,
            action=action,
            detail=json.dumps(detail, ensure_ascii=False, sort_keys=True),
        )
    )


# -- reading the sheet -----------------------------------------------------------------------------

_FIELD_TITLES = {
    SheetField.RENCANA_AKSI: "Rencana Aksi",
    SheetField.TANGGAL: "Tanggal",
    SheetField.JAM_MULAI: "Jam Mulai",
    SheetField.JAM_SELESAI: "Jam Selesai",
    SheetField.KEGIATAN: "Kegiatan Harian",
    SheetField.REALISASI: "Realisasi",
    SheetField.SATUAN: "Satuan",
    SheetField.BUKTI: "Bukti Dukung",
    SheetField.NIP: "NIP",
}
MAX_IMPORT_ROWS: Final = 100_000  # a daily sheet for a whole unit and year stays far below


def _read_sheet(path: Path) -> tuple[str, list[tuple[Any, ...]]]:
    """The first worksheet with an e-Kinerja header (else the first one), as rows of values
    (openpyxl read-only mode; the file is closed again before returning)."""
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if path.is_dir() or not path.is_file():
        raise SkpError(Code.IMPORT_NOT_XLSX, path=str(path))
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise SkpError(Code.IMPORT_NOT_XLSX, path=str(path)) from exc
    try:
        chosen: tuple[str, list[tuple[Any, ...]]] | None = None
        for sheet in book.worksheets:
            rows: list[tuple[Any, ...]] = []
            for row in sheet.iter_rows(values_only=True):
                rows.append(tuple(row))
                if len(rows) > MAX_IMPORT_ROWS:
                    break
            if chosen is None:
                chosen = (sheet.title, rows)
            if find_header(rows) is not None:
                chosen = (sheet.title, rows)
                break
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise SkpError(Code.IMPORT_NOT_XLSX, path=str(path)) from exc
    finally:
        book.close()
    if chosen is None:
        raise SkpError(Code.IMPORT_NO_ROWS, path=str(path))
    return chosen


@dataclass
class _PlanTargets:
    ctx: _PlanCtx
    employee_name: str
    nip: str
    refusal: SkipReason | None
    by_indicator_text: dict[str, list[tuple[str, str]]]
    by_action_text: dict[str, list[str]]
    by_result_text: dict[str, list[str]]
    indicators_of: dict[str, list[tuple[str, str, str]]]  # result → (indicator id, text, unit)
    result_text: dict[str, str]


class _ImportMatcher:
    """Matches sheet rows to plans, RHK / IKI and periods within one read transaction."""

    def __init__(self, service: MonitoringService, s: Session) -> None:
        self.service = service
        self.s = s
        self.employees: dict[str, tuple[str, str, str] | None] = {}  # nip digits → (id, name, nip)
        self.plans: dict[str, list[_PlanTargets]] = {}
        self.locks: dict[tuple[str, str], bool] = {}

    def employee(self, nip: str) -> tuple[str, str, str] | None:
        digits = normalize_nip(nip)
        if digits not in self.employees:
            row = self.s.execute(
                select(
                    Employee.id, Employee.name, Employee.gelar_depan, Employee.gelar_belakang, Employee.nip
                ).where(Employee.nip == digits, Employee.deleted.is_(False))
            ).first()
            self.employees[digits] = (
                (row.id, display_name(row.name, row.gelar_depan, row.gelar_belakang), row.nip)
                if row
                else None
            )
        return self.employees[digits]

    def run(
        self,
        source: Path,
        sheet: str,
        header_index: int,
        columns: dict[SheetField, int],
        rows: list[tuple[Any, ...]],
        data: list[tuple[int, tuple[Any, ...]]],
        nip: str | None,
    ) -> ImportReport:
        default: tuple[str, str, str] | None = None
        if SheetField.NIP not in columns:
            written = preamble_nip(rows[:header_index]) or (nip or "").strip()
            if written:
                default = self.employee(written)
                if default is None:
                    raise SkpError(Code.IMPORT_UNKNOWN_NIP, nip=written)
            else:
                actor = self.service._access.current()
                if actor.employee_id is None:
                    raise SkpError(Code.IMPORT_NO_NIP)
                me = self.s.execute(select(Employee.nip).where(Employee.id == actor.employee_id)).scalar()
                default = self.employee(me or "")
                if default is None:
                    raise SkpError(Code.IMPORT_NO_NIP)

        def cell(row: tuple[Any, ...], key: SheetField) -> Any:
            index = columns.get(key)
            return row[index] if index is not None and index < len(row) else None

        skipped: list[SkippedRow] = []
        groups: dict[tuple[str, str, str], list[DailyLine]] = {}
        group_meta: dict[tuple[str, str, str], tuple[_PlanTargets, str, str | None, EvaluationPeriod]] = {}
        for number, row in data:
            text = cell_text(cell(row, SheetField.RENCANA_AKSI))
            kegiatan = cell_text(cell(row, SheetField.KEGIATAN))
            raw_date = cell(row, SheetField.TANGGAL)
            shown_date = (
                cell_text(raw_date) if not isinstance(raw_date, dt.date) else raw_date.isoformat()[:10]
            )

            def skip(
                reason: SkipReason, detail: str = "", *, n: int = number, t: str = text, d: str = shown_date
            ) -> None:
                skipped.append(SkippedRow(n, t, d, reason, detail))

            if not text and not kegiatan:
                skip(SkipReason.EMPTY)
                continue
            day = sheet_date(raw_date)
            if day is None:
                skip(SkipReason.BAD_DATE, shown_date)
                continue
            person = default
            if SheetField.NIP in columns:
                written = cell_text(cell(row, SheetField.NIP))
                if not written:
                    skip(SkipReason.NO_NIP)
                    continue
                person = self.employee(written)
                if person is None:
                    skip(SkipReason.UNKNOWN_NIP, written)
                    continue
            assert person is not None
            plan = self.plan_on(person, day)
            if plan is None:
                skip(SkipReason.NO_PLAN, f"{person[1]} {day.isoformat()}")
                continue
            if plan.refusal is not None:
                skip(plan.refusal, plan.ctx.status)
                continue
            period = periodic_period_on(day, plan.ctx.span, plan.ctx.frequency)
            if period is None:  # pragma: no cover - plan_on chose a plan holding the day
                skip(SkipReason.NO_PLAN, day.isoformat())
                continue
            if self.locked(plan.ctx.period_id, period.code):
                skip(SkipReason.PERIOD_LOCKED, period.label)
                continue
            unit = cell_text(cell(row, SheetField.SATUAN))
            found_target, found_detail = self.match(plan, text, unit)
            if isinstance(found_target, SkipReason):
                skip(found_target, found_detail or "")
                continue
            result_id, indicator_id = found_target, found_detail
            raw = cell(row, SheetField.REALISASI)
            amount: Decimal | None = None
            typed = cell_text(raw)
            if typed:
                try:
                    amount = parse_target(typed)
                except SkpError:
                    skip(SkipReason.BAD_REALISASI, typed)
                    continue
                if amount < 0:
                    skip(SkipReason.BAD_REALISASI, typed)
                    continue
            elif plan.ctx.kuantitatif:
                skip(SkipReason.NO_REALISASI)
                continue
            key = (plan.ctx.id, indicator_id or result_id, period.code)
            groups.setdefault(key, []).append(
                DailyLine(number, day, kegiatan, amount, unit, cell_text(cell(row, SheetField.BUKTI)))
            )
            group_meta[key] = (plan, result_id, indicator_id, period)

        items: list[ImportItem] = []
        for key, lines in groups.items():
            plan, result_id, indicator_id, period = group_meta[key]
            default_unit = ""
            target_text = plan.result_text.get(result_id, "")
            if indicator_id is not None:
                for ind_id, ind_text, ind_unit in plan.indicators_of.get(result_id, []):
                    if ind_id == indicator_id:
                        default_unit, target_text = ind_unit, ind_text
            try:
                combined = combine_lines(lines, default_unit=default_unit, kuantitatif=plan.ctx.kuantitatif)
            except SkpError as err:
                reason = SkipReason(str(err.params.get("reason")))
                for line in lines:
                    skipped.append(
                        SkippedRow(line.row, target_text, line.day.isoformat(), reason, target_text)
                    )
                continue
            items.append(
                ImportItem(
                    plan_id=plan.ctx.id,
                    employee_id=str(plan.ctx.employee_id),
                    employee_name=plan.employee_name,
                    nip=plan.nip,
                    result_id=result_id,
                    indicator_id=indicator_id,
                    target_text=target_text,
                    periode=period.code,
                    periode_label=period.label,
                    realisasi=decimal_text(combined.realisasi),
                    unit=combined.unit,
                    text=combined.text,
                    note=combined.note,
                    rows=combined.rows,
                    replaces=self.existing(indicator_id, result_id, period.code),
                )
            )
        items.sort(key=lambda i: (i.employee_name, i.plan_id, i.periode, i.rows[0]))
        skipped.sort(key=lambda r: r.row)
        return ImportReport(
            path=str(source),
            sheet=sheet,
            header_row=header_index + 1,
            data_rows=len(data),
            items=tuple(items),
            skipped=tuple(skipped),
            employees=tuple(sorted({i.employee_name for i in items})),
        )

    def plan_on(self, person: tuple[str, str, str], day: dt.date) -> _PlanTargets | None:
        employee_id = person[0]
        if employee_id not in self.plans:
            ids = self.s.execute(
                select(Plan.id)
                .where(Plan.employee_id == employee_id, Plan.deleted.is_(False))
                .order_by(Plan.start_date)
            ).scalars()
            self.plans[employee_id] = [self.targets(plan_id, person) for plan_id in ids]
        candidates = [p for p in self.plans[employee_id] if day in p.ctx.span]
        ditetapkan = [p for p in candidates if p.ctx.status == PlanStatus.DITETAPKAN.value]
        chosen = ditetapkan or candidates
        return chosen[-1] if chosen else None

    def targets(self, plan_id: str, person: tuple[str, str, str]) -> _PlanTargets:
        s = self.s
        ctx = _plan_ctx(s, plan_id)
        refusal: SkipReason | None = None
        try:
            self.service._require_writer(s, ctx)
        except SkpError:
            refusal = SkipReason.NOT_ALLOWED
        if refusal is None and ctx.status != PlanStatus.DITETAPKAN.value:
            refusal = SkipReason.NOT_DITETAPKAN
        results = s.execute(
            select(WorkResult.id, WorkResult.text).where(
                WorkResult.plan_id == plan_id, WorkResult.deleted.is_(False)
            )
        ).all()
        result_ids = [r.id for r in results]
        indicators = s.execute(
            select(Indicator.id, Indicator.result_id, Indicator.text, Indicator.target_unit)
            .where(Indicator.result_id.in_(result_ids), Indicator.deleted.is_(False))
            .order_by(Indicator.sort_order, Indicator.id)
        ).all()
        actions = s.execute(
            select(ActionPlan.result_id, ActionPlan.text).where(
                ActionPlan.result_id.in_(result_ids), ActionPlan.deleted.is_(False)
            )
        ).all()
        out = _PlanTargets(ctx, person[1], person[2], refusal, {}, {}, {}, {}, {})
        for r in results:
            out.by_result_text.setdefault(match_key(r.text), []).append(r.id)
            out.result_text[r.id] = r.text
        for i in indicators:
            out.by_indicator_text.setdefault(match_key(i.text), []).append((i.result_id, i.id))
            out.indicators_of.setdefault(i.result_id, []).append((i.id, i.text, i.target_unit))
        for a in actions:
            out.by_action_text.setdefault(match_key(a.text), []).append(a.result_id)
        return out

    def match(
        self, plan: _PlanTargets, text: str, unit: str
    ) -> tuple[str, str | None] | tuple[SkipReason, str]:
        """(result id, indicator id or None) for a Rencana Aksi text, or (reason, detail)."""
        key = match_key(text)
        if not key:
            return SkipReason.NO_MATCH, ""
        found_iki = sorted(set(plan.by_indicator_text.get(key, [])))
        if len(found_iki) == 1:
            result_id, indicator_id = found_iki[0]
            return result_id, indicator_id
        if len(found_iki) > 1:
            return SkipReason.AMBIGUOUS, "; ".join(plan.result_text.get(r, "") for r, _i in found_iki)
        results = sorted(set(plan.by_action_text.get(key, []))) or sorted(
            set(plan.by_result_text.get(key, []))
        )
        if not results:
            return SkipReason.NO_MATCH, ""
        if len(results) > 1:
            return SkipReason.AMBIGUOUS, "; ".join(plan.result_text.get(r, "") for r in results)
        result_id = results[0]
        iki = plan.indicators_of.get(result_id, [])
        if not plan.ctx.kuantitatif and not iki:
            return result_id, None
        if len(iki) == 1:
            return result_id, iki[0][0]
        if unit:
            same = [i for i in iki if match_key(i[2]) == match_key(unit)]
            if len(same) == 1:
                return result_id, same[0][0]
        if not iki:
            return SkipReason.NO_MATCH, plan.result_text.get(result_id, "")
        return SkipReason.AMBIGUOUS, "; ".join(i[1] for i in iki)

    def locked(self, period_id: str | None, periode: str) -> bool:
        key = (str(period_id), periode)
        if key not in self.locks:
            self.locks[key] = is_locked(self.s, period_id, periode)
        return self.locks[key]

    def existing(self, indicator_id: str | None, result_id: str, periode: str) -> str:
        cells = _progress_cells(self.s, [indicator_id] if indicator_id else [], [result_id], periode)
        cell = cells.get(indicator_id or result_id)
        if cell is None:
            return ""
        if cell.realisasi:
            return f"{cell.realisasi} {cell.unit}".strip()
        return cell.text
