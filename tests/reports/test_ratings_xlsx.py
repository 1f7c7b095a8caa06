"""The ratings workbook of a unit and period: one row per plan with its state, NIPs as text, the
summary with the distribution against the curve (R-CURVE), the chart, and the file errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from skpdesk.domain import curve
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.predikat import Predikat, PredikatOrganisasi
from skpdesk.reports.evaluation_document import NOT_RATED, RATED_DRAFT, RATED_FINAL, RatingLine, UnitCurve
from skpdesk.reports.ratings_xlsx import (
    HEADERS,
    RATINGS_SHEET,
    SUMMARY_SHEET,
    status_text,
    summary_rows,
    verdict_text,
    write_ratings_xlsx,
)
from skpdesk.services.workspace import Workspace
from tests.services.test_evaluation import rated_office


def line(**changes: object) -> RatingLine:
    values: dict[str, object] = {
        "name": "A",
        "nip": "1",
        "jabatan": "J",
        "unit": "U",
        "plan_status": "ditetapkan",
        "rating_status": NOT_RATED,
        "rating_hasil_kerja": "",
        "rating_perilaku": "",
        "predikat": None,
        "basis_org": False,
        "penilai": "",
        "penilai_nip": "",
        "assessed_on": None,
    } | changes
    return RatingLine(**values)  # type: ignore[arg-type]


def test_status_words() -> None:
    assert status_text(line(rating_status=RATED_FINAL)) == "Final"
    assert status_text(line(rating_status=RATED_DRAFT)) == "Draf"
    assert status_text(line()) == "Belum dinilai"
    assert status_text(line(outside=True)) == "Di luar periode"
    assert status_text(line(plan_status="draft")) == "SKP belum ditetapkan"


def curve_of(org: PredikatOrganisasi | None, counts: dict[Predikat, int]) -> UnitCurve:
    full = dict.fromkeys(Predikat, 0) | counts
    return UnitCurve(
        "u", "U", 2025, "AKHIR", "Akhir", org, full, 0, curve.evaluate(org, full) if org else None
    )


def test_verdicts() -> None:
    assert verdict_text(curve_of(None, {Predikat.BAIK: 3})).startswith("Predikat kinerja organisasi belum")
    assert verdict_text(curve_of(PredikatOrganisasi.BAIK, {})) == "Belum ada pegawai yang dinilai (final)."
    fits = {Predikat.BAIK: 7, Predikat.SANGAT_BAIK: 2, Predikat.BUTUH_PERBAIKAN: 1}
    assert verdict_text(curve_of(PredikatOrganisasi.BAIK, fits)) == "Sesuai pola distribusi (R-CURVE)."
    assert verdict_text(curve_of(PredikatOrganisasi.BAIK, {Predikat.BAIK: 10})).startswith("Tidak sesuai")


def test_the_workbook_of_a_unit(ws: Workspace, tmp_path: Path) -> None:
    r = rated_office(ws)
    sheet, rows = ws.evaluation.write_ratings("u-a", 2025, "TW1", tmp_path / "penilaian.xlsx")
    assert rows == 5 == len(sheet.lines)
    book = load_workbook(tmp_path / "penilaian.xlsx")
    assert book.sheetnames == [RATINGS_SHEET, SUMMARY_SHEET]
    data = book[RATINGS_SHEET]
    assert data["A1"].value == "PENILAIAN KINERJA PEGAWAI DINAS A — TRIWULAN I 2025"
    assert [c.value for c in data[4]] == list(HEADERS)
    table = {row[1]: row for row in data.iter_rows(min_row=5, values_only=True)}
    assert table["Staf Satu"][2:12] == (
        "19900303 201503 1 003",
        "Analis Kepegawaian",
        "Bidang Umum",
        "Di Atas Ekspektasi",
        "Sesuai Ekspektasi",
        "Baik",
        "Final",
        "Kabid",
        "19750202 200101 2 002",
        dt.datetime(2025, 4, 7),
    )
    assert table["Kepala A"][8] == "Belum dinilai"
    assert table["Staf Dua"][8] == "SKP belum ditetapkan"
    assert table["Operator"][8] == "Di luar periode"
    assert data["C5"].number_format == "@" and data["L5"].number_format == "dd/mm/yyyy"
    assert data.freeze_panes == "C5" and data.auto_filter.ref == "A4:L9"
    summary = book[SUMMARY_SHEET]
    values = {row[0]: row[1] for row in summary.iter_rows(min_row=3, max_row=10, values_only=True)}
    assert values["Capaian kinerja organisasi"] == "Belum ditetapkan"
    assert values["Pegawai dinilai (final)"] == 2 and values["Belum dinilai"] == 1
    assert len(summary._images) == 1  # the curve
    assert r.o.staff_plan  # the office is the one built


def test_the_summary_against_the_pattern(ws: Workspace, tmp_path: Path) -> None:
    rated_office(ws)
    sheet = ws.evaluation.ratings_sheet("u-a", 2025, "AKHIR")
    rows = summary_rows(sheet)
    assert [r[0] for r in rows] == [
        "Sangat Baik",
        "Baik",
        "Butuh Perbaikan",
        "Kurang/Misconduct",
        "Sangat Kurang",
    ]
    baik = rows[1]
    assert baik[1] == 2 and baik[3:6] == [0, 2, "wajib, kelompok terbesar"]  # Baik ≤ 70% of 3 → 2
    assert rows[2][5] == "wajib"  # at least one BP or K/M
    assert baik[6] is not None  # the nearest distribution that fits
    write_ratings_xlsx(sheet, tmp_path / "akhir.xlsx")
    summary = load_workbook(tmp_path / "akhir.xlsx")[SUMMARY_SHEET]
    cells = [row for row in summary.iter_rows(values_only=True) if row[0]]
    assert cells[3][:2] == ("Capaian kinerja organisasi", "Baik (Dinas A)")
    rules = [
        c[:2] for c in cells[cells.index(next(c for c in cells if str(c[0]).startswith("Aturan pola"))) :]
    ]
    assert rules == [
        ("Aturan pola Baik (R-CURVE)", "Terpenuhi"),
        ("Baik menjadi kelompok terbesar: sekarang 2", "ya"),
        ("Baik paling banyak 70% (2 dari 3): sekarang 2", "ya"),
        ("minimal satu pegawai Butuh Perbaikan atau Kurang/Misconduct: sekarang 0", "belum"),
    ]
    shares = [row[2] for row in summary.iter_rows(min_row=13, max_row=17, values_only=True)]
    assert shares[1] == pytest.approx(2 / 3)


def test_a_missing_folder_leaves_nothing(ws: Workspace, tmp_path: Path) -> None:
    rated_office(ws)
    with pytest.raises(SkpError) as info:
        ws.evaluation.write_ratings("u-a", 2025, "TW1", tmp_path / "no" / "x.xlsx")
    assert info.value.code is Code.DOCUMENT_WRITE
    assert not (tmp_path / "no").exists()
