"""A unit's ratings of one evaluation period as an Excel workbook (R-RATING, R-MATRIX, R-CURVE).

A pure function of a ``RatingsSheet``: it never queries the workspace (ARCHITECTURE.md "reports").
openpyxl is imported inside the writer; the workbook is written to a temporary file beside the
target that replaces it only when complete (``rencana_pdf._write_atomic``: a failure raises
``SkpError(DOCUMENT_WRITE)`` and leaves nothing under the chosen name).

Sheets:

- "Penilaian": one row per plan of the unit (and the units below it) in the year: pegawai, NIP,
  jabatan, unit, rating hasil kerja, rating perilaku, predikat, the rating's state (Final / Draf /
  Belum dinilai / Di luar periode / SKP belum ditetapkan), the pejabat penilai and the date;
- "Ringkasan": the predikat kinerja organisasi, per predikat the count and share of the final
  ratings next to the pattern of R-CURVE for that many people (at least / at most, must / may /
  must not), the verdict, the rules missed and the nearest distribution that fits, and the curve
  chart (the same figure as the PDF's and the dashboard's). A warning, never a block (R-CURVE).

The words are the official Indonesian ones in every UI language; NIPs are text (an 18-digit
number would lose digits), shares are numbers formatted as percentages.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO, Final

from skpdesk.domain import curve
from skpdesk.domain.plan import PlanStatus
from skpdesk.domain.predikat import label as domain_label
from skpdesk.formatting import format_date
from skpdesk.reports.evaluation_document import (
    NOT_RATED,
    STATUS_WORDS,
    RatingLine,
    RatingsSheet,
    UnitCurve,
)
from skpdesk.reports.rencana_pdf import _write_atomic

RATINGS_SHEET: Final = "Penilaian"
SUMMARY_SHEET: Final = "Ringkasan"
HEADERS: Final = (
    "No.",
    "Nama",
    "NIP",
    "Jabatan",
    "Unit",
    "Rating Hasil Kerja",
    "Rating Perilaku",
    "Predikat Kinerja",
    "Status Penilaian",
    "Pejabat Penilai",
    "NIP Pejabat Penilai",
    "Tanggal Penilaian",
)
WIDTHS: Final = (6, 32, 23, 36, 36, 22, 22, 20, 22, 32, 23, 18)
HEADER_ROW: Final = 4  # title, subtitle, an empty row, then the column headers
OUTSIDE: Final = "Di luar periode"
NOT_SET: Final = "SKP belum ditetapkan"
ROLE_WORDS: Final = {curve.Role.MUST: "wajib", curve.Role.MAY: "boleh", curve.Role.MUST_NOT: "tidak boleh"}
SUMMARY_HEADERS: Final = (
    "Predikat",
    "Jumlah (final)",
    "Persentase",
    "Pola: paling sedikit",
    "Pola: paling banyak",
    "Pola: peran",
    "Distribusi terdekat yang sesuai",
)


def status_text(line: RatingLine) -> str:
    """The rating's state as the STATUS column prints it."""
    if line.rating_status != NOT_RATED:
        return STATUS_WORDS[line.rating_status]
    if line.plan_status != PlanStatus.DITETAPKAN.value:
        return NOT_SET
    if line.outside:
        return OUTSIDE
    return STATUS_WORDS[NOT_RATED]


def title_of(sheet: RatingsSheet) -> str:
    return f"PENILAIAN KINERJA PEGAWAI {sheet.unit_name.upper()} — {sheet.periode_label.upper()} {sheet.year}"


def write_ratings_xlsx(sheet: RatingsSheet, out: Path | str | BinaryIO, *, language: str = "id") -> int:
    """Write the workbook to ``out`` (an .xlsx path or a binary stream); the number of people."""
    del language  # official Indonesian words in every UI language

    def write(stream: BinaryIO) -> int:
        return _write(sheet, stream)

    if isinstance(out, (str, Path)):
        return _write_atomic(Path(out), write)
    return write(out)


def _write(data: RatingsSheet, stream: BinaryIO) -> int:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = RATINGS_SHEET
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="EEF2F4")
    top = Alignment(vertical="top", wrap_text=True)
    sheet.append([title_of(data)])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append([data.instansi.upper() if data.instansi else ""])
    sheet.append([])
    sheet.append(list(HEADERS))
    for n, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width
        cell = sheet.cell(row=HEADER_ROW, column=n)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for number, line in enumerate(data.lines, start=1):
        sheet.append(
            [
                number,
                line.name,
                line.nip,
                line.jabatan,
                line.unit,
                line.rating_hasil_kerja + (" (dari capaian organisasi)" if line.basis_org else ""),
                line.rating_perilaku,
                domain_label(line.predikat) if line.predikat is not None else "",
                status_text(line),
                line.penilai,
                line.penilai_nip,
                line.assessed_on,
            ]
        )
        row = sheet.max_row
        for column in range(1, len(HEADERS) + 1):
            sheet.cell(row=row, column=column).alignment = top
        sheet.cell(row=row, column=3).number_format = "@"
        sheet.cell(row=row, column=11).number_format = "@"
        sheet.cell(row=row, column=12).number_format = "dd/mm/yyyy"
    last = get_column_letter(len(HEADERS))
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(len(data.lines), 1)}"
    sheet.freeze_panes = f"C{HEADER_ROW + 1}"
    _summary(book, data)
    book.save(stream)
    return len(data.lines)


def summary_rows(data: RatingsSheet) -> list[list[Any]]:
    """The Ringkasan's per-predikat table (best to worst), as written."""
    unit_curve = data.curve
    n = unit_curve.n
    pattern = (
        curve.expected_pattern(unit_curve.org_predikat, n) if unit_curve.org_predikat is not None else None
    )
    bands = {b.predikat: b for b in pattern.bands} if pattern is not None else {}
    check = unit_curve.check
    nearest = check.nearest if check is not None and not check.fits else None
    rows: list[list[Any]] = []
    for p in curve.PREDIKAT_ORDER:
        count = unit_curve.counts.get(p, 0)
        share = Decimal(count) / Decimal(n) if n else Decimal(0)
        band = bands.get(p)
        rows.append(
            [
                domain_label(p),
                count,
                share,
                band.min_count if band is not None else None,
                band.max_count if band is not None else None,
                ROLE_WORDS[band.role] + (", kelompok terbesar" if band.largest else "") if band else "",
                nearest.get(p, 0) if nearest is not None else None,
            ]
        )
    return rows


def verdict_text(unit_curve: UnitCurve) -> str:
    if unit_curve.org_predikat is None:
        return "Predikat kinerja organisasi belum ditetapkan: pola distribusi tidak dapat dibandingkan."
    check = unit_curve.check
    if check is None or check.verdict is curve.Verdict.NO_DATA:
        return "Belum ada pegawai yang dinilai (final)."
    if check.fits:
        return "Sesuai pola distribusi (R-CURVE)."
    return "Tidak sesuai pola distribusi (R-CURVE): pertimbangan bagi pimpinan, bukan larangan."


def _summary(book: Any, data: RatingsSheet) -> None:
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    from skpdesk.reports.evaluasi_pdf import rule_text

    sheet = book.create_sheet(SUMMARY_SHEET)
    bold = Font(bold=True)
    unit_curve = data.curve
    sheet.append([title_of(data)])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append([])
    org = unit_curve.org_predikat
    lines = data.lines
    info: list[tuple[str, Any]] = [
        ("Unit", data.unit_name),
        ("Periode", f"{data.periode_label} {data.year}"),
        (
            "Capaian kinerja organisasi",
            (domain_label(org) + (f" ({data.org_unit_name})" if data.org_unit_name else ""))
            if org is not None
            else "Belum ditetapkan",
        ),
        ("Pegawai dinilai (final)", unit_curve.n),
        ("Penilaian draf (tidak dihitung)", sum(1 for x in lines if x.rating_status == "draft")),
        ("Belum dinilai", sum(1 for x in lines if status_text(x) == STATUS_WORDS[NOT_RATED])),
        ("Kesimpulan", verdict_text(unit_curve)),
        ("Dibuat", format_date(data.made_on, "id")),
    ]
    for label, value in info:
        sheet.append([label, value])
        sheet.cell(row=sheet.max_row, column=1).font = bold
    sheet.append([])
    header_row = sheet.max_row + 1
    sheet.append(list(SUMMARY_HEADERS))
    fill = PatternFill("solid", fgColor="EEF2F4")
    for column in range(1, len(SUMMARY_HEADERS) + 1):
        cell = sheet.cell(row=header_row, column=column)
        cell.font = bold
        cell.fill = fill
    for values in summary_rows(data):
        sheet.append(values)
        sheet.cell(row=sheet.max_row, column=3).number_format = "0.0%"
    check = unit_curve.check
    if check is not None and check.checks:
        sheet.append([])
        sheet.append([f"Aturan pola {domain_label(check.organisasi)} (R-CURVE)", "Terpenuhi"])
        sheet.cell(row=sheet.max_row, column=1).font = bold
        sheet.cell(row=sheet.max_row, column=2).font = bold
        for one in check.checks:
            sheet.append([rule_text(one, unit_curve.n), "ya" if one.passed else "belum"])
    for n, width in enumerate((34, 16, 12, 18, 18, 26, 28), start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width
    _chart(sheet, unit_curve, f"A{sheet.max_row + 2}")


def _chart(sheet: Any, unit_curve: UnitCurve, anchor: str) -> None:
    """The curve as a picture (skipped when Pillow, which openpyxl needs for images, is missing)."""
    try:
        from openpyxl.drawing.image import Image
    except ImportError:  # pragma: no cover - Pillow comes with matplotlib
        return
    from skpdesk.reports.evaluasi_pdf import chart_png

    picture = Image(io.BytesIO(chart_png(unit_curve)))
    scale = 720 / picture.width
    picture.width, picture.height = 720, int(picture.height * scale)
    sheet.add_image(picture, anchor)
