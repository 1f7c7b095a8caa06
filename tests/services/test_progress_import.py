"""Importing the e-Kinerja daily-progress sheet (shared/data/README.md): the preview writes nothing
and says what will be written and which rows cannot be matched and why; the import writes it in
one transaction (source "e-kinerja"); bad files are refused with a clear code."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.monitoring import (
    DailyLine,
    SheetField,
    SkipReason,
    cell_text,
    combine_lines,
    find_header,
    header_key,
    map_headers,
    match_key,
    preamble_nip,
    sheet_date,
)
from skpdesk.domain.roles import Role
from skpdesk.models.tables import AuditLog, Progress
from skpdesk.services.monitoring import ImportReport
from skpdesk.services.workspace import Workspace
from tests.services.monitoring_office import (
    NIP_COLLEAGUE,
    NIP_STAFF,
    TODAY,
    Office,
    as_system,
    office,
    ops,
    refused,
)

HEADER = (
    "Rencana Aksi",
    "Tanggal (YYYY-MM-DD)",
    "Jam Mulai (HH:MM)",
    "Jam Selesai (HH:MM)",
    "Kegiatan Harian",
    "Realisasi (integer)",
    "Satuan",
    "Bukti Dukung (link, optional)",
)
IKI_1 = "Jumlah usulan kenaikan pangkat yang diselesaikan"
RHK_2 = "Tersusunnya laporan analisis jabatan yang akurat"


def _sheet(path: Path, rows: Sequence[Sequence[object]], header: Sequence[str] = HEADER, above=()) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Progress Harian"
    for row in above:
        sheet.append(list(row))
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def _row(
    text: str, day: object, kegiatan: str, realisasi: object = 1, satuan: str = "", link: str = ""
) -> tuple:
    return (text, day, "08:00", "10:00", kegiatan, realisasi, satuan, link)


def _progress(ws: Workspace) -> list[tuple[str | None, str | None, str, str, str, str]]:
    with ws.store.reading() as s:
        return [
            (r.indicator_id, r.result_id, r.periode, r.realisasi, r.realisasi_unit, r.source)
            for r in s.execute(
                select(Progress)
                .where(Progress.deleted.is_(False))
                .order_by(Progress.indicator_id, Progress.periode)
            ).scalars()
        ]


def _staff_sheet(tmp_path: Path) -> Path:
    return _sheet(
        tmp_path / "harian.xlsx",
        [
            _row(IKI_1, "2026-04-06", "Menghimpun berkas usulan", 2, "dokumen", "https://drive.example/a"),
            _row(IKI_1.upper() + ".", dt.datetime(2026, 5, 4), "Memverifikasi berkas", 3, "Dokumen"),
            _row(IKI_1, "07/05/2026", "Mengirim usulan", "1,5", ""),
            _row(RHK_2, "2026-05-05", "Wawancara pemangku jabatan", 1, "laporan"),
            _row("Menghadiri upacara", "2026-05-06", "Upacara hari pendidikan"),
            _row(IKI_1, "besok", "Tanggal salah"),
            _row(IKI_1, "2026-05-08", "Realisasi salah", "dua"),
            _row(IKI_1, "2026-05-09", "Tanpa realisasi", None),
            _row(IKI_1, "2026-02-10", "Triwulan I yang terkunci", 1),
            (None, None, None, None, None, None, None, None),  # a blank row is not counted
        ],
    )


def _lock_tw1(ws: Workspace, o: Office) -> None:
    as_system(ws)
    ws.monitoring.lock_period(o.period, "TW1", "Batas waktu")


# -- reading the sheet (pure) ----------------------------------------------------------------------


def test_headers_dates_and_texts_as_people_write_them() -> None:
    assert header_key("Tanggal (YYYY-MM-DD)") == header_key("tanggal") == "tanggal"
    found = map_headers(HEADER)
    assert found[SheetField.RENCANA_AKSI] == 0 and found[SheetField.BUKTI] == 7
    english = map_headers(["Action Plan", "Date", "Start Time", "End Time", "Activity", "Quantity", "Unit"])
    assert english[SheetField.KEGIATAN] == 4 and english[SheetField.SATUAN] == 6
    assert find_header([["LAPORAN HARIAN"], ["NIP", "199003032015031003"], list(HEADER)]) == (2, found)
    assert find_header([["Nama", "NIP"]]) is None
    assert preamble_nip([["NIP: 19900303 201503 1 003"]]) == "19900303 201503 1 003"
    assert preamble_nip([["Nama", "Staf"], ["NIP", ": 199003032015031003"]]) == "199003032015031003"
    assert preamble_nip([["Nomor", "12"]]) == ""
    assert (
        sheet_date("2026-05-03")
        == sheet_date("03/05/2026")
        == sheet_date("03-05-2026")
        == dt.date(2026, 5, 3)
    )
    assert sheet_date(dt.datetime(2026, 5, 3, 8, 0)) == dt.date(2026, 5, 3)
    assert sheet_date("2026-05-03 00:00:00") == dt.date(2026, 5, 3)
    assert sheet_date("3 Mei") is None and sheet_date(None) is None
    assert (cell_text(2.0), cell_text(1.5), cell_text(7), cell_text(None), cell_text(" a  b ")) == (
        "2",
        "1.5",
        "7",
        "",
        "a b",
    )
    assert match_key("  Jumlah  Laporan. ") == match_key("jumlah laporan")


def test_daily_lines_add_up_in_one_unit() -> None:
    lines = [
        DailyLine(3, dt.date(2026, 5, 4), "Verifikasi", Decimal(3), "Dokumen"),
        DailyLine(2, dt.date(2026, 4, 6), "Menghimpun", Decimal(2), "dokumen", "https://x"),
        DailyLine(4, dt.date(2026, 5, 7), "Kirim", Decimal("1.5"), ""),
    ]
    combined = combine_lines(lines, default_unit="berkas", kuantitatif=True)
    assert (combined.realisasi, combined.unit, combined.rows) == (Decimal("6.5"), "dokumen", (2, 3, 4))
    assert combined.note.splitlines() == [
        "2026-04-06: Menghimpun",
        "2026-05-04: Verifikasi",
        "2026-05-07: Kirim",
        "Bukti dukung: https://x",
    ]
    with pytest.raises(SkpError) as info:
        combine_lines(
            [*lines, DailyLine(5, dt.date(2026, 5, 8), "x", Decimal(1), "laporan")],
            default_unit="",
            kuantitatif=True,
        )
    assert info.value.params["reason"] == SkipReason.MIXED_UNITS.value
    with pytest.raises(SkpError) as info:
        combine_lines(
            [DailyLine(5, dt.date(2026, 5, 8), "x", Decimal(1), "")], default_unit="", kuantitatif=True
        )
    assert info.value.params["reason"] == SkipReason.NO_UNIT.value
    words = combine_lines(
        [DailyLine(9, dt.date(2026, 5, 8), "Survei", None, "")], default_unit="", kuantitatif=False
    )
    assert (words.realisasi, words.text) == (None, "2026-05-08: Survei")


# -- preview and apply ---------------------------------------------------------------------------


def test_preview_says_what_will_be_written_and_writes_nothing(ws: Workspace, tmp_path: Path) -> None:
    o = office(ws)
    ws.monitoring.set_progress("TW2", indicator_id="i3", realisasi="1")
    _lock_tw1(ws, o)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)  # the sheet names no NIP: the signed-in person's
    before = ops(ws)
    report = ws.monitoring.preview_import(_staff_sheet(tmp_path))
    assert ops(ws) == before
    assert (report.sheet, report.header_row, report.data_rows, report.file_name) == (
        "Progress Harian",
        1,
        9,
        "harian.xlsx",
    )
    assert report.employees == ("Staf Satu",)
    by_target = {i.indicator_id: i for i in report.items}
    assert set(by_target) == {"i1", "i3"}
    iki = by_target["i1"]
    assert (iki.periode, iki.periode_label, iki.realisasi, iki.unit, iki.rows) == (
        "TW2",
        "Triwulan II",
        "6.5",
        "dokumen",
        (2, 3, 4),
    )
    assert iki.replaces == "" and iki.nip == NIP_STAFF and iki.target_text == IKI_1
    assert "2026-05-04: Memverifikasi berkas" in iki.note and "https://drive.example/a" in iki.note
    rhk = by_target["i3"]  # matched by the RHK text, which has one IKI
    assert (rhk.result_id, rhk.realisasi, rhk.unit, rhk.replaces) == ("r2", "1", "laporan", "1 laporan")
    assert [(r.row, r.reason) for r in report.skipped] == [
        (6, SkipReason.NO_MATCH),
        (7, SkipReason.BAD_DATE),
        (8, SkipReason.BAD_REALISASI),
        (9, SkipReason.NO_REALISASI),
        (10, SkipReason.PERIOD_LOCKED),
    ]
    assert report.skipped[1].detail == "besok" and report.skipped[4].detail == "Triwulan I"
    assert report.matched_rows == 4


def test_apply_writes_in_one_go_and_again_gives_the_same(ws: Workspace, tmp_path: Path) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    path = _staff_sheet(tmp_path)
    report = ws.monitoring.preview_import(path)
    changes = ws.monitoring.apply_import(report)
    assert len(changes.ids(Progress)) == 3
    assert _progress(ws) == [
        ("i1", None, "TW1", "1", "dokumen", "e-kinerja"),  # TW1 is open in this test
        ("i1", None, "TW2", "6.5", "dokumen", "e-kinerja"),
        ("i3", None, "TW2", "1", "laporan", "e-kinerja"),
    ]
    table = ws.monitoring.progress_table(o.plan, "TW2")
    cell = table.results[0].indicators[0].progress
    assert cell is not None and cell.source == "e-kinerja" and cell.recorded_by_employee_id == o.staff
    with ws.store.reading() as s:
        (audit,) = s.execute(select(AuditLog).where(AuditLog.action == "progress.import")).scalars().all()
    assert audit.actor_employee_id == o.staff and "harian.xlsx" in audit.detail
    # the same sheet again: the same records, the same values
    again = ws.monitoring.preview_import(path)
    assert {i.replaces for i in again.items} == {"1 dokumen", "6.5 dokumen", "1 laporan"}
    ws.monitoring.apply_import(again)
    assert len(_progress(ws)) == 3 and _progress(ws)[1][3] == "6.5"


def test_apply_checks_again_and_writes_nothing_when_a_period_was_locked(
    ws: Workspace, tmp_path: Path
) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    report = ws.monitoring.preview_import(_staff_sheet(tmp_path))
    ws.sign_in(o.pengelola, Role.PENGELOLA, today=TODAY)
    ws.monitoring.lock_period(o.period, "TW2", "Rekap selesai")
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    refused(ws, Code.PERIOD_LOCKED, ws.monitoring.apply_import, report)
    assert _progress(ws) == []
    empty = ImportReport("x.xlsx", "Sheet", 1, 0, (), ())
    refused(ws, Code.IMPORT_NOTHING, ws.monitoring.apply_import, empty)


def test_a_sheet_for_a_whole_unit_carries_nips(ws: Workspace, tmp_path: Path) -> None:
    o = office(ws)
    ws.sign_in(o.pengelola_opd, Role.PENGELOLA, "u-a", today=TODAY)
    header = ("NIP", *HEADER)
    rows = [
        (NIP_STAFF, *_row(IKI_1, "2026-05-04", "Memverifikasi", 4, "dokumen")),
        (
            "19910404 201603 2 004",
            *_row(
                "Meningkatnya kualitas layanan informasi kepegawaian", "2026-05-05", "Survei kepuasan", None
            ),
        ),
        ("199912312020121001", *_row(IKI_1, "2026-05-04", "NIP tidak dikenal")),
        ("", *_row(IKI_1, "2026-05-04", "Tanpa NIP")),
        (NIP_STAFF, *_row("Jumlah data yang dimutakhirkan", "2026-05-04", "Rencana kabid")),
    ]
    report = ws.monitoring.preview_import(_sheet(tmp_path / "unit.xlsx", rows, header))
    assert [(r.row, r.reason) for r in report.skipped] == [
        (4, SkipReason.UNKNOWN_NIP),
        (5, SkipReason.NO_NIP),
        (6, SkipReason.NO_MATCH),
    ]
    assert report.skipped[0].detail == "199912312020121001"
    assert report.employees == ("Staf Dua", "Staf Satu")
    kual = next(i for i in report.items if i.nip == NIP_COLLEAGUE)
    assert (kual.result_id, kual.indicator_id, kual.realisasi, kual.text) == (
        "rq1",
        None,
        "",
        "2026-05-05: Survei kepuasan",
    )
    ws.monitoring.apply_import(report)
    assert set(_progress(ws)) == {
        ("i1", None, "TW2", "4", "dokumen", "e-kinerja"),
        (None, "rq1", "TW2", "", "", "e-kinerja"),
    }


def test_rows_the_importer_may_not_or_cannot_write(ws: Workspace, tmp_path: Path) -> None:
    o = office(ws)
    ws.sign_in(o.colleague, Role.PEGAWAI, today=TODAY)
    # someone else's sheet: the rows are refused, with the reason
    report = ws.monitoring.preview_import(
        _sheet(tmp_path / "a.xlsx", [_row(IKI_1, "2026-05-04", "x", 1)]), nip=NIP_STAFF
    )
    assert [r.reason for r in report.skipped] == [SkipReason.NOT_ALLOWED] and report.items == ()
    refused(ws, Code.IMPORT_NOTHING, ws.monitoring.apply_import, report)
    # the kabid's plan is a draft; a date outside every plan of the person
    ws.sign_in(o.kabid, Role.PEGAWAI, today=TODAY)
    rows = [
        _row("Jumlah data yang dimutakhirkan", "2026-05-04", "Pemutakhiran", 10, "data"),
        _row("Jumlah data yang dimutakhirkan", "2025-12-30", "Tahun lalu", 1, "data"),
    ]
    report = ws.monitoring.preview_import(_sheet(tmp_path / "b.xlsx", rows))
    assert [r.reason for r in report.skipped] == [SkipReason.NOT_DITETAPKAN, SkipReason.NO_PLAN]
    # an RHK with two IKI and no Satuan to tell them apart; mixed units for one IKI
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    rows = [
        _row("Terselesaikannya usulan kenaikan pangkat yang tepat waktu", "2026-05-04", "?", 1),
        _row("Terselesaikannya usulan kenaikan pangkat yang tepat waktu", "2026-05-04", "persen", 50, "%"),
        _row("Jumlah laporan analisis jabatan", "2026-05-04", "a", 1, "laporan"),
        _row("Jumlah laporan analisis jabatan", "2026-05-05", "b", 1, "dokumen"),
    ]
    report = ws.monitoring.preview_import(_sheet(tmp_path / "c.xlsx", rows))
    assert [(r.row, r.reason) for r in report.skipped] == [
        (2, SkipReason.AMBIGUOUS),
        (4, SkipReason.MIXED_UNITS),
        (5, SkipReason.MIXED_UNITS),
    ]
    assert [(i.indicator_id, i.realisasi, i.unit) for i in report.items] == [("i2", "50", "%")]


def test_a_rencana_aksi_text_finds_its_rhk(ws: Workspace, tmp_path: Path) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    ws.monitoring.add_action_plan("r2", "TW2", "Menyusun laporan anjab triwulan II")
    rows = [_row("menyusun laporan anjab triwulan ii", "2026-05-04", "Menyusun bab 1", 1)]
    report = ws.monitoring.preview_import(_sheet(tmp_path / "ra.xlsx", rows))
    assert [(i.result_id, i.indicator_id, i.unit) for i in report.items] == [("r2", "i3", "laporan")]


def test_whose_sheet_it_is(ws: Workspace, tmp_path: Path) -> None:
    office(ws)
    rows = [_row(IKI_1, "2026-05-04", "x", 1)]
    plain = _sheet(tmp_path / "plain.xlsx", rows)
    # the workspace itself (the command line) has no NIP of its own
    refused(ws, Code.IMPORT_NO_NIP, ws.monitoring.preview_import, plain)
    err = refused(ws, Code.IMPORT_UNKNOWN_NIP, ws.monitoring.preview_import, plain, nip="199912312020121001")
    assert err.params["nip"] == "199912312020121001"
    assert ws.monitoring.preview_import(plain, nip="19900303 201503 1 003").items[0].nip == NIP_STAFF
    # a NIP written above the header wins
    named = _sheet(tmp_path / "named.xlsx", rows, above=[("LAPORAN PROGRESS HARIAN",), ("NIP", NIP_STAFF)])
    report = ws.monitoring.preview_import(named, nip=NIP_COLLEAGUE)
    assert report.header_row == 3 and report.items[0].employee_name == "Staf Satu"
    unknown = _sheet(tmp_path / "unknown.xlsx", rows, above=[("NIP: 199912312020121001",)])
    refused(ws, Code.IMPORT_UNKNOWN_NIP, ws.monitoring.preview_import, unknown)


def test_bad_files_are_refused_with_nothing_written(ws: Workspace, tmp_path: Path) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    preview = ws.monitoring.preview_import
    text = tmp_path / "bukan.xlsx"
    text.write_text("Rencana Aksi,Tanggal\n")
    refused(ws, Code.IMPORT_NOT_XLSX, preview, text)
    csv = tmp_path / "harian.csv"
    csv.write_text("Rencana Aksi,Tanggal\n")
    refused(ws, Code.IMPORT_NOT_XLSX, preview, csv)
    refused(ws, Code.IMPORT_NOT_XLSX, preview, tmp_path / "tidak-ada.xlsx")
    refused(ws, Code.IMPORT_NOT_XLSX, preview, tmp_path)
    wrong = _sheet(
        tmp_path / "pk.xlsx",
        [(1, "Sasaran", "IKU", "90")],
        header=("No", "Sasaran", "Indikator Kinerja", "Target"),
    )
    err = refused(ws, Code.IMPORT_COLUMNS, preview, wrong)
    assert err.params["missing"] == "Rencana Aksi, Tanggal, Kegiatan Harian, Realisasi"
    partial = _sheet(tmp_path / "partial.xlsx", [], header=("Rencana Aksi", "Tanggal", "Kegiatan Harian"))
    assert refused(ws, Code.IMPORT_COLUMNS, preview, partial).params["missing"] == "Realisasi"
    refused(ws, Code.IMPORT_NO_ROWS, preview, _sheet(tmp_path / "header.xlsx", [(None,) * 8]))
    assert _progress(ws) == []
