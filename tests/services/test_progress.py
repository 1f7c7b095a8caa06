"""Realisasi and rencana aksi (R-LIFECYCLE phase 2, R-IKI): one record per IKI (or kualitatif RHK)
and period, written by the owner, the pejabat penilai or a pengelola kinerja; numbers as people
type them; every refusal leaves the op log as it was; the Pemantauan table reads it all back."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from skpdesk.domain.errors import Code
from skpdesk.domain.roles import Role
from skpdesk.models.tables import Progress
from skpdesk.services.monitoring import NewProgress, progress_record_id
from skpdesk.services.workspace import Workspace
from tests.services.monitoring_office import TODAY, office, ops, refused


def _progress_rows(ws: Workspace) -> list[tuple[str | None, str | None, str, str, str, str, bool]]:
    with ws.store.reading() as s:
        return [
            (
                r.indicator_id,
                r.result_id,
                r.periode,
                r.realisasi,
                r.realisasi_unit,
                r.realisasi_text,
                r.deleted,
            )
            for r in s.execute(select(Progress).order_by(Progress.indicator_id, Progress.periode)).scalars()
        ]


def test_the_owner_records_realisasi_once_per_iki_and_period(ws: Workspace) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    record_id, changes = ws.monitoring.set_progress("TW2", indicator_id="i1", realisasi="12,5", note=" rapi ")
    assert record_id == progress_record_id("i1", "TW2") and changes.ids(Progress) == {record_id}
    # the unit defaults to the IKI's target unit; the number is stored exactly, with a dot
    assert _progress_rows(ws) == [("i1", None, "TW2", "12.5", "dokumen", "", False)]
    again, _ = ws.monitoring.set_progress("TW2", indicator_id="i1", realisasi="1.234", unit="berkas")
    assert again == record_id
    assert _progress_rows(ws) == [("i1", None, "TW2", "1234", "berkas", "", False)]
    table = ws.monitoring.progress_table(o.plan, "TW2")
    assert table.writable and table.refusal is None and not table.locked
    assert (table.periode_label, table.start, table.end) == (
        "Triwulan II",
        dt.date(2026, 4, 1),
        dt.date(2026, 6, 30),
    )
    assert table.deadline == dt.date(2026, 7, 10) and table.employee_name == "Staf Satu"
    assert [(r.jenis, r.number) for r in table.results] == [("utama", 1), ("utama", 2), ("tambahan", 1)]
    cell = table.results[0].indicators[0].progress
    assert cell is not None
    assert (cell.realisasi, cell.unit, cell.recorded_on, cell.recorded_by_name, cell.source, cell.note) == (
        "1234",
        "berkas",
        TODAY,
        "Staf Satu",
        "",
        "rapi",
    )
    first = table.results[0].indicators[0]
    assert (first.target_value, first.target_unit) == ("12", "dokumen")
    assert table.results[0].indicators[1].progress is None
    # another period is another record
    ws.monitoring.set_progress("TW3", indicator_id="i1", realisasi="2")
    assert ws.monitoring.progress_table(o.plan, "TW3").results[0].indicators[0].progress.realisasi == "2"  # type: ignore[union-attr]


def test_the_penilai_and_the_pengelola_may_record_others_may_not(ws: Workspace) -> None:
    o = office(ws)
    ws.sign_in(o.kabid, Role.ATASAN, today=TODAY)  # the plan's pejabat penilai
    ws.monitoring.set_progress("TW2", indicator_id="i1", realisasi="3")
    ws.sign_in(o.pengelola_opd, Role.PENGELOLA, "u-a", today=TODAY)  # in scope
    ws.monitoring.set_progress("TW2", indicator_id="i3", realisasi="1")
    assert [(r[0], r[3]) for r in _progress_rows(ws)] == [("i1", "3"), ("i3", "1")]
    ws.sign_in(o.colleague, Role.PEGAWAI, today=TODAY)
    refused(ws, Code.NOT_OWN_RECORD, ws.monitoring.set_progress, "TW2", indicator_id="i1", realisasi="9")
    ws.sign_in(o.kepala, Role.ATASAN, today=TODAY)  # an atasan, but not this plan's penilai
    refused(ws, Code.NOT_OWN_RECORD, ws.monitoring.set_progress, "TW2", indicator_id="i1", realisasi="9")
    ws.sign_in(o.kabid, Role.PEGAWAI, today=TODAY)  # the penilai signed in as pegawai only
    refused(ws, Code.NOT_OWN_RECORD, ws.monitoring.set_progress, "TW2", indicator_id="i1", realisasi="9")
    table = ws.monitoring.progress_table(o.plan, "TW2")
    assert not table.writable and table.refusal is Code.NOT_OWN_RECORD
    ws.sign_out()
    refused(ws, Code.NO_USER, ws.monitoring.set_progress, "TW2", indicator_id="i1", realisasi="9")


def test_bad_realisasi_is_refused_and_changes_nothing(ws: Workspace) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    ws.monitoring.set_progress("TW2", indicator_id="i1", realisasi="5")
    call = ws.monitoring.set_progress
    refused(ws, Code.REALISASI_NOT_NUMBER, call, "TW2", indicator_id="i1", realisasi="dua belas")
    refused(ws, Code.REALISASI_NOT_NUMBER, call, "TW2", indicator_id="i1", realisasi="12 dokumen")
    refused(ws, Code.REALISASI_NOT_NUMBER, call, "TW2", indicator_id="i1", realisasi="-1")
    refused(ws, Code.REALISASI_EMPTY, call, "TW2", indicator_id="i1", realisasi="  ")
    refused(
        ws, Code.REALISASI_UNIT_MISSING, call, "TW2", indicator_id="i4", realisasi="1"
    )  # IKI without unit
    refused(ws, Code.PROGRESS_NEEDS_IKI, call, "TW2", result_id="r1", text="Sudah")
    refused(ws, Code.MONITORING_NO_TARGET, call, "TW2", realisasi="1")
    refused(ws, Code.MONITORING_NO_TARGET, call, "TW2", indicator_id="i1", result_id="r2", realisasi="1")
    refused(ws, Code.RECORD_NOT_FOUND, call, "TW2", indicator_id="nope", realisasi="1")
    refused(ws, Code.PERIODE_UNKNOWN, call, "TW9", indicator_id="i1", realisasi="1")
    refused(ws, Code.PERIODE_UNKNOWN, call, "", indicator_id="i1", realisasi="1")
    assert _progress_rows(ws) == [("i1", None, "TW2", "5", "dokumen", "", False)]
    # with its own unit an IKI without a target unit is fine
    ws.monitoring.set_progress("TW2", indicator_id="i4", realisasi="1", unit="kegiatan")


def test_only_a_ditetapkan_plan_and_its_own_periods_take_realisasi(ws: Workspace) -> None:
    o = office(ws)
    ws.sign_in(o.kabid, Role.PEGAWAI, today=TODAY)
    err = refused(ws, Code.MONITORING_PLAN_NOT_SET, ws.monitoring.add_action_plan, "rk1", "TW2", "Rapat")
    assert err.params["status"] == "draft"
    table = ws.monitoring.progress_table(o.draft_plan, "TW2")
    assert not table.writable and table.refusal is Code.MONITORING_PLAN_NOT_SET
    ws.sign_in(o.kepala, Role.PEGAWAI, today=TODAY)  # a plan from 1 July has no TW1
    refused(
        ws, Code.PERIODE_OUTSIDE_PLAN, ws.monitoring.set_progress, "TW1", indicator_id="ikep", realisasi="70"
    )
    ws.monitoring.set_progress("TW3", indicator_id="ikep", realisasi="70")
    ws.monitoring.set_progress("AKHIR", indicator_id="ikep", realisasi="82,75")
    assert {r[2]: r[3] for r in _progress_rows(ws)} == {"TW3": "70", "AKHIR": "82.75"}


def test_kualitatif_realisasi_is_text_per_rhk(ws: Workspace) -> None:
    o = office(ws)
    ws.sign_in(o.colleague, Role.PEGAWAI, today=TODAY)
    refused(ws, Code.REALISASI_EMPTY, ws.monitoring.set_progress, "TW2", result_id="rq1", text="  ")
    record_id, _ = ws.monitoring.set_progress(
        "TW2", result_id="rq1", text="Survei kepuasan: 86% pegawai menilai baik"
    )
    assert record_id == progress_record_id("rq1", "TW2")
    assert _progress_rows(ws) == [
        (None, "rq1", "TW2", "", "", "Survei kepuasan: 86% pegawai menilai baik", False)
    ]
    table = ws.monitoring.progress_table(o.kualitatif_plan, "TW2")
    row = table.results[0]
    assert row.progress is not None and row.progress.text.startswith("Survei") and row.indicators == ()
    assert row.ukuran_keberhasilan == "Layanan informasi dinilai baik oleh pegawai"
    # a number may come with it
    ws.monitoring.set_progress("TW2", result_id="rq1", text="Survei kedua", realisasi="86", unit="%")
    assert _progress_rows(ws) == [(None, "rq1", "TW2", "86", "%", "Survei kedua", False)]


def test_a_realisasi_taken_back_can_be_restored_or_typed_again(ws: Workspace) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    record_id, _ = ws.monitoring.set_progress("TW2", indicator_id="i1", realisasi="4")
    ws.monitoring.remove_progress(record_id)
    assert ws.monitoring.progress_table(o.plan, "TW2").results[0].indicators[0].progress is None
    ws.monitoring.restore_progress(record_id)
    assert ws.monitoring.progress_table(o.plan, "TW2").results[0].indicators[0].progress is not None
    ws.monitoring.remove_progress(record_id)
    again, _ = ws.monitoring.set_progress("TW2", indicator_id="i1", realisasi="6")
    assert again == record_id and _progress_rows(ws) == [("i1", None, "TW2", "6", "dokumen", "", False)]
    refused(ws, Code.RECORD_NOT_FOUND, ws.monitoring.restore_progress, "nope")
    ws.sign_in(o.colleague, Role.PEGAWAI, today=TODAY)
    refused(ws, Code.NOT_OWN_RECORD, ws.monitoring.remove_progress, record_id)


def test_rencana_aksi_per_rhk_and_period(ws: Workspace) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    first, _ = ws.monitoring.add_action_plan("r1", "TW2", "Menghimpun  berkas usulan")
    second, _ = ws.monitoring.add_action_plan("r1", "TW2", "Memverifikasi berkas")
    third, _ = ws.monitoring.add_action_plan("r1", "TW2", "Mengirim usulan ke BKN", index=0)
    ws.monitoring.add_action_plan("r1", "TW3", "Memantau hasil usulan")

    def texts(periode: str = "TW2") -> list[str]:
        table = ws.monitoring.progress_table(o.plan, periode)
        return [a.text for a in table.results[0].action_plans]

    assert texts() == ["Mengirim usulan ke BKN", "Menghimpun berkas usulan", "Memverifikasi berkas"]
    assert texts("TW3") == ["Memantau hasil usulan"]
    ws.monitoring.update_action_plan(second, "Memverifikasi kelengkapan berkas")
    ws.monitoring.move_action_plan(third, 5)
    assert texts() == [
        "Menghimpun berkas usulan",
        "Memverifikasi kelengkapan berkas",
        "Mengirim usulan ke BKN",
    ]
    ws.monitoring.delete_action_plan(first)
    assert texts() == ["Memverifikasi kelengkapan berkas", "Mengirim usulan ke BKN"]
    ws.monitoring.restore_action_plan(first)
    assert len(texts()) == 3
    refused(ws, Code.ACTION_PLAN_EMPTY, ws.monitoring.add_action_plan, "r1", "TW2", " \n ")
    refused(ws, Code.ACTION_PLAN_EMPTY, ws.monitoring.update_action_plan, first, "")
    refused(ws, Code.PERIODE_UNKNOWN, ws.monitoring.add_action_plan, "r1", "Q2", "Rapat")
    refused(ws, Code.RECORD_NOT_FOUND, ws.monitoring.add_action_plan, "nope", "TW2", "Rapat")
    refused(ws, Code.RECORD_NOT_FOUND, ws.monitoring.restore_action_plan, "nope")
    ws.sign_in(o.colleague, Role.PEGAWAI, today=TODAY)
    refused(ws, Code.NOT_OWN_RECORD, ws.monitoring.add_action_plan, "r1", "TW2", "Rapat")
    refused(ws, Code.NOT_OWN_RECORD, ws.monitoring.delete_action_plan, first)


def test_batch_progress_keeps_the_rules(ws: Workspace) -> None:
    o = office(ws)
    ids, _ = ws.monitoring.add_progress([NewProgress("i1", "TW1", "3"), NewProgress("i3", "TW2", "1,5")])
    assert len(ids) == 2 and {r[3] for r in _progress_rows(ws)} == {"3", "1.5"}
    refused(ws, Code.MONITORING_PLAN_NOT_SET, ws.monitoring.add_progress, [NewProgress("ik1", "TW2", "1")])
    refused(ws, Code.PERIODE_OUTSIDE_PLAN, ws.monitoring.add_progress, [NewProgress("ikep", "TW1", "1")])
    refused(ws, Code.RECORD_INVALID, ws.monitoring.add_progress, [NewProgress("i1", " ", "1")])
    refused(ws, Code.RECORD_NOT_FOUND, ws.monitoring.add_progress, [NewProgress("nope", "TW2", "1")])
    # one bad item refuses the whole batch
    refused(
        ws,
        Code.MONITORING_PLAN_NOT_SET,
        ws.monitoring.add_progress,
        [NewProgress("i1", "TW3", "1"), NewProgress("ik1", "TW3", "1")],
    )
    ws.sign_in(o.pengelola, Role.PENGELOLA, today=TODAY)
    ws.monitoring.lock_period(o.period, "TW2")
    refused(ws, Code.PERIOD_LOCKED, ws.monitoring.add_progress, [NewProgress("i1", "TW2", "1")])
    ws.sign_in(o.colleague, Role.PEGAWAI, today=TODAY)
    refused(ws, Code.NOT_OWN_RECORD, ws.monitoring.add_progress, [NewProgress("i1", "TW3", "1")])
    assert ops(ws) > 0
