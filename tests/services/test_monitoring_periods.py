"""Evaluation periods of a plan year and their locks (R-PERIOD, R-PERIODIC, R-DEADLINES): the
periods per frequency with deadlines, locking and reopening by the pengelola kinerja with
who/when/why and an audit line, the automatic lock after the [U] grace days, and every write
into a locked period refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from skpdesk.domain.deadlines import DeadlineSettings
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.monitoring import (
    DEFAULT_LOCK_GRACE_DAYS,
    check_periode,
    evaluation_windows,
    frequency_of,
    periodic_period_on,
)
from skpdesk.domain.periods import EvaluationFrequency, PlanPeriod
from skpdesk.domain.roles import Role
from skpdesk.models.tables import AuditLog, PeriodLock
from skpdesk.services.monitoring import AUTO_LOCK_REASON, period_lock_id, require_open
from skpdesk.services.settings import SPEC_BY_KEY
from skpdesk.services.workspace import Workspace
from tests.services.monitoring_office import TODAY, office, ops, refused, stored_files


def _audit(ws: Workspace) -> list[tuple[str | None, str, str]]:
    with ws.store.reading() as s:
        return [
            (r.actor_employee_id, r.action, r.detail)
            for r in s.execute(select(AuditLog).where(AuditLog.action.like("period.%")).order_by(AuditLog.id))
            .scalars()
            .all()
        ]


def _lock_records(ws: Workspace) -> list[tuple[str, str, bool, str | None, dt.date | None, str]]:
    with ws.store.reading() as s:
        return [
            (r.id, r.periode, r.locked, r.changed_by_employee_id, r.changed_on, r.reason)
            for r in s.execute(select(PeriodLock).order_by(PeriodLock.periode)).scalars().all()
        ]


# -- pure rules ---------------------------------------------------------------------------------


def test_windows_follow_the_deadlines_and_the_grace_days() -> None:
    year = PlanPeriod.full_year(2026)
    windows = evaluation_windows(year, EvaluationFrequency.TRIWULAN, DeadlineSettings(), 5)
    assert [w.code for w in windows] == ["TW1", "TW2", "TW3", "TW4", "AKHIR"]
    tw1 = windows[0]
    assert (tw1.deadline, tw1.open_until) == (dt.date(2026, 4, 10), dt.date(2026, 4, 15))
    assert not tw1.due_to_lock(dt.date(2026, 4, 15)) and tw1.due_to_lock(dt.date(2026, 4, 16))
    akhir = windows[-1]
    assert (akhir.deadline, akhir.open_until) == (dt.date(2027, 2, 28), dt.date(2027, 3, 5))
    monthly = evaluation_windows(year, EvaluationFrequency.BULANAN, DeadlineSettings(evaluation_days=3), 0)
    assert len(monthly) == 13 and monthly[1].code == "BULAN-02"
    assert monthly[1].deadline == monthly[1].open_until == dt.date(2026, 3, 3)
    assert evaluation_windows(year, EvaluationFrequency.TRIWULAN, grace_days=-4)[0].open_until == tw1.deadline


def test_periode_checks_name_the_year_or_the_plan_dates() -> None:
    late = PlanPeriod(dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    assert check_periode("TW3", late, EvaluationFrequency.TRIWULAN).start == dt.date(2026, 7, 1)
    with pytest.raises(SkpError) as info:
        check_periode("TW1", late, EvaluationFrequency.TRIWULAN)
    assert info.value.code is Code.PERIODE_OUTSIDE_PLAN
    with pytest.raises(SkpError) as info:
        check_periode("BULAN-01", late, EvaluationFrequency.TRIWULAN)
    assert info.value.code is Code.PERIODE_UNKNOWN and "TW1" in info.value.params["allowed"]
    assert periodic_period_on(dt.date(2026, 8, 17), late, EvaluationFrequency.TRIWULAN).code == "TW3"
    assert periodic_period_on(dt.date(2026, 6, 30), late, EvaluationFrequency.TRIWULAN) is None
    assert frequency_of("bulanan") is EvaluationFrequency.BULANAN
    assert frequency_of("dua-mingguan") is EvaluationFrequency.TRIWULAN  # a newer version's value
    assert frequency_of("") is EvaluationFrequency.TRIWULAN


# -- the periods of a plan year ------------------------------------------------------------------


def test_periods_of_a_plan_year_with_deadlines_and_state(ws: Workspace) -> None:
    o = office(ws)
    rows = ws.monitoring.periods(o.period)
    assert [(r.code, r.label) for r in rows] == [
        ("TW1", "Triwulan I"),
        ("TW2", "Triwulan II"),
        ("TW3", "Triwulan III"),
        ("TW4", "Triwulan IV"),
        ("AKHIR", "Akhir"),
    ]
    tw1 = rows[0]
    assert (tw1.start, tw1.end, tw1.deadline) == (
        dt.date(2026, 1, 1),
        dt.date(2026, 3, 31),
        dt.date(2026, 4, 10),
    )
    assert tw1.open_until == dt.date(2026, 4, 10) + dt.timedelta(days=DEFAULT_LOCK_GRACE_DAYS)
    assert tw1.due_to_lock and not tw1.locked and not tw1.automatic
    assert not any(r.due_to_lock or r.locked for r in rows[1:])
    assert rows[-1].is_final and rows[-1].frequency is EvaluationFrequency.TRIWULAN
    # the [U] grace days and deadline days are settings
    assert SPEC_BY_KEY["monitoring.lock_grace_days"].status == "[U]"
    ws.settings.update({"monitoring.lock_grace_days": 40, "deadline.evaluation_days": 15})
    tw1 = ws.monitoring.periods(o.period)[0]
    assert (tw1.deadline, tw1.open_until, tw1.due_to_lock) == (
        dt.date(2026, 4, 15),
        dt.date(2026, 5, 25),
        False,
    )


def test_a_plan_that_starts_mid_year_has_only_its_periods(ws: Workspace) -> None:
    o = office(ws)
    rows = ws.monitoring.plan_periods(o.late_plan)
    assert [r.code for r in rows] == ["TW3", "TW4", "AKHIR"]
    assert rows[-1].start == dt.date(2026, 7, 1)
    assert (rows[0].start, rows[0].deadline) == (dt.date(2026, 7, 1), dt.date(2026, 10, 10))  # the year's
    ws.monitoring.lock_period(o.period, "TW3", "")
    assert ws.monitoring.plan_periods(o.late_plan)[0].locked  # a lock holds for every plan of the year


def test_the_evaluation_frequency_is_the_instansi_s_choice(ws: Workspace) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    refused(ws, Code.NOT_ALLOWED, ws.monitoring.set_evaluation_frequency, o.period, "bulanan")
    ws.sign_in(o.pengelola, Role.PENGELOLA, today=TODAY)
    refused(ws, Code.UNKNOWN_VALUE, ws.monitoring.set_evaluation_frequency, o.period, "mingguan")
    ws.monitoring.set_evaluation_frequency(o.period, "bulanan")
    rows = ws.monitoring.periods(o.period)
    assert [r.code for r in rows][:2] == ["BULAN-01", "BULAN-02"] and len(rows) == 13
    assert ws.monitoring.set_evaluation_frequency(o.period, "bulanan").tables == {}  # unchanged
    # entries in months the quarterly frequency does not have keep the monthly one
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    ws.monitoring.set_progress("BULAN-05", indicator_id="i1", realisasi="3")
    ws.sign_in(o.pengelola, Role.PENGELOLA, today=TODAY)
    err = refused(
        ws, Code.PERIOD_FREQUENCY_IN_USE, ws.monitoring.set_evaluation_frequency, o.period, "triwulan"
    )
    assert err.params["periodes"] == "BULAN-05" and err.params["count"] == 1
    assert ws.monitoring.periods(o.period)[0].code == "BULAN-01"
    assert next(a for a in _audit(ws) if a[1] == "period.frequency")[0] == o.pengelola


# -- locking and reopening -----------------------------------------------------------------------


def test_the_pengelola_locks_a_period_with_who_when_why(ws: Workspace) -> None:
    o = office(ws)
    ws.sign_in(o.pengelola, Role.PENGELOLA, today=TODAY)
    changes = ws.monitoring.lock_period(o.period, "TW2", "Rekap triwulan II selesai")
    record = period_lock_id(o.period, "TW2")
    assert changes.ids(PeriodLock) == {record}
    assert _lock_records(ws) == [(record, "TW2", True, o.pengelola, TODAY, "Rekap triwulan II selesai")]
    row = ws.monitoring.periods(o.period)[1]
    assert (row.locked, row.automatic, row.changed_by_name, row.changed_on) == (
        True,
        False,
        "Pengelola",
        TODAY,
    )
    actor, action, detail = _audit(ws)[-1]
    assert (actor, action) == (o.pengelola, "period.lock") and "Rekap triwulan II selesai" in detail
    refused(ws, Code.PERIOD_ALREADY_LOCKED, ws.monitoring.lock_period, o.period, "TW2")
    refused(ws, Code.PERIODE_UNKNOWN, ws.monitoring.lock_period, o.period, "TW5")
    refused(ws, Code.RECORD_NOT_FOUND, ws.monitoring.lock_period, "no-such-year", "TW2")


def test_only_an_instansi_wide_manager_of_periods_locks(ws: Workspace) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    refused(ws, Code.NOT_ALLOWED, ws.monitoring.lock_period, o.period, "TW2")
    ws.sign_in(o.kabid, Role.ATASAN, today=TODAY)
    refused(ws, Code.NOT_ALLOWED, ws.monitoring.lock_period, o.period, "TW2")
    # the lock holds for the whole plan year (every unit): an OPD's pengelola may not set it
    ws.sign_in(o.pengelola_opd, Role.PENGELOLA, "u-a", today=TODAY)
    refused(ws, Code.OUT_OF_SCOPE, ws.monitoring.lock_period, o.period, "TW2")
    assert _lock_records(ws) == [] and _audit(ws) == []


def test_nothing_is_written_into_a_locked_period(ws: Workspace, tmp_path: Path) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    (plan_id, _changes) = ws.monitoring.add_action_plan("r1", "TW2", "Menyusun usulan kenaikan pangkat")
    progress_id, _ = ws.monitoring.set_progress("TW2", indicator_id="i1", realisasi="3")
    proof = tmp_path / "sk.pdf"
    proof.write_bytes(b"%PDF-1.4 bukti")
    evidence_id, _ = ws.monitoring.attach_evidence(proof, periode="TW2", result_id="r1")
    ws.sign_in(o.pengelola, Role.PENGELOLA, today=TODAY)
    ws.monitoring.lock_period(o.period, "TW2", "")
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    err = refused(ws, Code.PERIOD_LOCKED, ws.monitoring.set_progress, "TW2", indicator_id="i1", realisasi="4")
    assert (err.params["periode"], err.params["year"], err.params["periode_code"]) == (
        "Triwulan II",
        2026,
        "TW2",
    )
    refused(ws, Code.PERIOD_LOCKED, ws.monitoring.add_action_plan, "r1", "TW2", "Lagi")
    refused(ws, Code.PERIOD_LOCKED, ws.monitoring.update_action_plan, plan_id, "Diubah")
    refused(ws, Code.PERIOD_LOCKED, ws.monitoring.delete_action_plan, plan_id)
    refused(ws, Code.PERIOD_LOCKED, ws.monitoring.remove_progress, progress_id)
    refused(ws, Code.PERIOD_LOCKED, ws.monitoring.remove_evidence, evidence_id)
    before = stored_files(ws)
    other = tmp_path / "foto.jpg"
    other.write_bytes(b"\xff\xd8\xff foto")
    refused(ws, Code.PERIOD_LOCKED, ws.monitoring.attach_evidence, other, periode="TW2", result_id="r1")
    assert stored_files(ws) == before  # refused before the file was copied
    # the table says so, and the next period is open
    table = ws.monitoring.progress_table(o.plan, "TW2")
    assert table.locked and not table.writable and table.refusal is Code.PERIOD_LOCKED
    ws.monitoring.set_progress("TW3", indicator_id="i1", realisasi="1")
    # the function other services call
    with ws.store.reading() as s:
        require_open(s, o.period, "TW3")
        with pytest.raises(SkpError) as info:
            require_open(s, o.period, "TW2")
        assert info.value.code is Code.PERIOD_LOCKED


def test_reopening_needs_a_reason_and_edits_the_same_record(ws: Workspace) -> None:
    o = office(ws)
    ws.sign_in(o.pengelola, Role.PENGELOLA, today=TODAY)
    refused(ws, Code.PERIOD_ALREADY_OPEN, ws.monitoring.reopen_period, o.period, "TW2", "Belum dikunci")
    ws.monitoring.lock_period(o.period, "TW2", "Batas waktu")
    refused(ws, Code.PERIOD_REASON_MISSING, ws.monitoring.reopen_period, o.period, "TW2", "   ")
    ws.monitoring.reopen_period(o.period, "TW2", "Dua pegawai belum mengisi realisasi")
    record = period_lock_id(o.period, "TW2")
    assert _lock_records(ws) == [
        (record, "TW2", False, o.pengelola, TODAY, "Dua pegawai belum mengisi realisasi")
    ]
    assert [a[1] for a in _audit(ws)] == ["period.lock", "period.reopen"]
    lock_ops = {op.record_id for op in ws.ops() if op.table_name == "period_lock"}
    assert lock_ops == {record}
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    ws.monitoring.set_progress("TW2", indicator_id="i1", realisasi="2")


def test_auto_lock_locks_what_is_due_once_and_respects_a_reopening(ws: Workspace) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)  # any signed-in copy applies the rule
    written, changes = ws.monitoring.auto_lock_due(TODAY)
    assert written == [period_lock_id(o.period, "TW1")] and changes.ids(PeriodLock) == set(written)
    tw1 = ws.monitoring.periods(o.period)[0]
    assert (tw1.locked, tw1.automatic, tw1.changed_by_employee_id, tw1.reason) == (
        True,
        True,
        None,
        AUTO_LOCK_REASON,
    )
    assert _audit(ws)[-1][1] == "period.auto-lock"
    before = ops(ws)
    again, nothing = ws.monitoring.auto_lock_due(TODAY)
    assert again == [] and not nothing and ops(ws) == before
    refused(ws, Code.PERIOD_LOCKED, ws.monitoring.set_progress, "TW1", indicator_id="i1", realisasi="1")
    # the pengelola reopens it: the rule does not lock it again
    ws.sign_in(o.pengelola, Role.PENGELOLA, today=TODAY)
    ws.monitoring.reopen_period(o.period, "TW1", "Susulan realisasi TW1")
    assert ws.monitoring.auto_lock_due(dt.date(2026, 8, 1))[0] == [period_lock_id(o.period, "TW2")]
    assert not ws.monitoring.periods(o.period, today=dt.date(2026, 8, 1))[0].locked
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    ws.monitoring.set_progress("TW1", indicator_id="i1", realisasi="1")


def test_an_overdue_period_may_be_kept_open_before_it_locks(ws: Workspace) -> None:
    o = office(ws)
    ws.sign_in(o.pengelola, Role.PENGELOLA, today=TODAY)
    ws.monitoring.reopen_period(o.period, "TW1", "Perpanjangan sampai akhir Mei")
    assert ws.monitoring.auto_lock_due(TODAY)[0] == []
    row = ws.monitoring.periods(o.period)[0]
    assert not row.locked and not row.due_to_lock and row.reason == "Perpanjangan sampai akhir Mei"


def test_auto_lock_uses_the_grace_days_and_needs_someone_signed_in(ws: Workspace) -> None:
    o = office(ws)
    ws.settings.update({"monitoring.lock_grace_days": 60})
    assert ws.monitoring.auto_lock_due(TODAY)[0] == []
    assert ws.monitoring.auto_lock_due(dt.date(2026, 6, 10))[0] == [period_lock_id(o.period, "TW1")]
    ws.sign_out()
    refused(ws, Code.NO_USER, ws.monitoring.auto_lock_due, dt.date(2027, 1, 1))
