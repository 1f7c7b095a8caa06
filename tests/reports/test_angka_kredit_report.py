"""Angka kredit reports (R-AK): exact values printed with three decimals (rounded once, half up),
per period and per year, the cumulative AK in the jenjang and the thresholds; a person's PDF, a
unit's landscape PDF, the Excel workbook with exact decimals, and the file errors."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from openpyxl import load_workbook

from skpdesk.domain.errors import Code, SkpError
from skpdesk.reports.angka_kredit_report import (
    DETAIL_SHEET,
    SUMMARY_SHEET,
    ak_decimal,
    ak_text,
    render_angka_kredit_pdf,
    threshold_text,
    write_angka_kredit_xlsx,
)
from skpdesk.services.workspace import Workspace
from tests.reports.test_rencana_pdf import flat, page_texts
from tests.services.test_evaluation import rated_office

# the analyst of ``rated_office``: 2025 Sangat Baik over 12 months (18.75) + 2024 Baik over
# March–December (10/12 × 12.5 = 125/12 = 10.41666…), Ahli Pertama (KP 50, KJ 100)
CUMULATIVE = Fraction(75, 4) + Fraction(125, 12)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Fraction(25, 12), "2,083"),  # R-AK: 2/12 × 100% × 12.5
        (Fraction(75, 4), "18,750"),
        (Fraction(75, 8), "9,375"),
        (Fraction(1, 2000), "0,001"),  # half up from the exact value
        (Fraction(2083, 1000) - Fraction(1, 10**9), "2,083"),
        (CUMULATIVE, "29,167"),
        (Fraction(1234567, 8), "154.320,875"),
        (None, "-"),
    ],
)
def test_values_are_printed_with_three_decimals_from_the_exact_value(
    value: Fraction | None, text: str
) -> None:
    assert ak_text(value) == text


def test_excel_values_are_exact_decimals() -> None:
    assert ak_decimal(Fraction(25, 12)) == Decimal("2.083")
    assert ak_decimal(Fraction(1, 3) * 3) == Decimal("1.000") and ak_decimal(None) is None


def test_thresholds() -> None:
    assert threshold_text(Decimal(50), Fraction(125, 4)) == "50 — kurang 31,250"
    assert threshold_text(Decimal(50), Fraction(0)) == "50 — tercapai"
    assert threshold_text(None, None) == "— (jenjang tertinggi dalam kategori ini)"


def test_a_persons_report(ws: Workspace, tmp_path: Path) -> None:
    rated_office(ws)
    report = ws.evaluation.angka_kredit_person("199003032015031003", 2025)
    target = tmp_path / "ak.pdf"
    pages = render_angka_kredit_pdf(report, target)
    texts = [flat(t) for t in page_texts(target.read_bytes())]
    assert pages == len(texts) == 1
    body = texts[0]
    for part in (
        "LAPORAN ANGKA KREDIT JABATAN FUNGSIONAL",
        "TAHUN 2025",
        "NAMA Staf Satu",
        "NIP 19900303 201503 1 003",
        "JENJANG Ahli Pertama (kategori keahlian, III/a",  # "–" is not ASCII: read up to it
        "KOEFISIEN TAHUNAN 12,5",
        "2024 Akhir 10 Baik 100% 12,5 10,417 dihitung",
        "Jumlah 2024 10",
        "2025 Triwulan I 3 Baik 100% 12,5 3,125 informasi",
        "2025 Akhir 12 Sangat Baik 150% 12,5 18,750 dihitung",
        "Jumlah 2025 12",
        "ANGKA KREDIT TAHUN 2025 18,750",
        "ANGKA KREDIT KUMULATIF DALAM JENJANG (sejak 2024) 29,167 KEBUTUHAN KENAIKAN PANGKAT 50",
        "kurang 20,833",  # KEBUTUHAN KENAIKAN PANGKAT 50 — … ("—" is not ASCII)
        "KEBUTUHAN KENAIKAN JENJANG 100",
        "kurang 70,833",
        "dibulatkan",
    ):
        assert part in body, part
    assert "2023" not in body.split("ANGKA KREDIT TAHUN")[0]  # the earlier jenjang is not counted


def test_a_units_report_is_landscape(ws: Workspace, tmp_path: Path) -> None:
    rated_office(ws)
    report = ws.evaluation.angka_kredit_unit("u-a", 2025)
    target = tmp_path / "unit.pdf"
    render_angka_kredit_pdf(report, target)
    data = target.read_bytes()
    box = re.search(rb"/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert box is not None and float(box.group(1)) > float(box.group(2))
    body = flat(" ".join(page_texts(data)))
    assert "REKAPITULASI ANGKA KREDIT JABATAN FUNGSIONAL DINAS A" in body
    assert "Staf Dua" in body and "belum dinilai" in body
    assert "Staf Satu 19900303 201503 1 003" in body and "18,750 29,167 (sejak 2024)" in body
    assert "KP: kenaikan pangkat" in body


def test_the_workbook(ws: Workspace, tmp_path: Path) -> None:
    rated_office(ws)
    report = ws.evaluation.angka_kredit_unit("u-a", 2025)
    target = tmp_path / "ak.xlsx"
    assert write_angka_kredit_xlsx(report, target) == 2
    book = load_workbook(target)
    assert book.sheetnames == [SUMMARY_SHEET, DETAIL_SHEET]
    rows = {row[1]: row for row in book[SUMMARY_SHEET].iter_rows(min_row=5, max_row=6, values_only=True)}
    staff = rows["Staf Satu"]
    assert staff[2] == "19900303 201503 1 003" and staff[5] == "Ahli Pertama"
    assert staff[9:13] == (18.75, None, 29.167, 2024)
    assert staff[13:17] == (50, 20.833, 100, 70.833)
    assert book[SUMMARY_SHEET]["J5"].number_format == "0.000"
    detail = [
        row for row in book[DETAIL_SHEET].iter_rows(min_row=2, values_only=True) if row[0] == "Staf Satu"
    ]
    counted = [(r[2], r[4], r[11]) for r in detail if r[12] == "ya"]
    assert counted == [(2024, "Akhir", 10.417), (2025, "Akhir", 18.75)]
    # the cells hold the printed decimals as written, no binary float on the way
    with zipfile.ZipFile(target) as archive:
        xml = archive.read("xl/worksheets/sheet2.xml").decode()
    assert "<v>10.417</v>" in xml and "<v>3.125</v>" in xml


def test_files_are_written_whole_or_not_at_all(ws: Workspace, tmp_path: Path) -> None:
    rated_office(ws)
    report = ws.evaluation.angka_kredit_person("199003032015031003", 2025)
    for name in ("x.pdf", "x.xlsx"):
        with pytest.raises(SkpError) as info:
            ws.evaluation.write_angka_kredit(report, tmp_path / "missing" / name)
        assert info.value.code is Code.DOCUMENT_WRITE
    assert not (tmp_path / "missing").exists()
