"""Angka kredit of jabatan fungsional per person and per unit, as PDF and Excel (SKP-REFERENCE
R-AK, R-PERIODIC).

A pure function of an ``AkReport`` (``services.evaluation``): it never queries the workspace.
Values are exact ``Fraction``s from ``domain.angka_kredit``; they are printed rounded half up to
three decimals (R-AK note 5: store exact, round only for display; apps keep 3, 9.375) and every
sum is of the exact values, rounded once (so a printed total may differ by 0,001 from the sum of
the printed lines, and the notes say so). Excel cells hold the same three-decimal values as exact
decimals (no binary float on the way).

- Per person (portrait): identity and jenjang (kategori, koefisien tahunan), one row per evaluated
  period of every plan in the jenjang (the periods counted for the year, and the others shown as
  information), the year's AK, the cumulative AK in the jenjang, and what kenaikan pangkat and
  kenaikan jenjang need (the reference's thresholds; "—" at the top jenjang).
- Per unit (landscape): one row per jabatan fungsional.
- Excel: "Angka Kredit" (one row per person) and "Rincian" (one row per period).

The words are the official Indonesian ones in every UI language.
"""

from __future__ import annotations

import functools
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from types import SimpleNamespace
from typing import Any, BinaryIO, Final, cast
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table

from skpdesk import __version__
from skpdesk.domain import angka_kredit as ak
from skpdesk.domain.jabatan import label as jenjang_label
from skpdesk.domain.predikat import label as domain_label
from skpdesk.formatting import format_date, format_number
from skpdesk.reports import rencana_pdf as rp
from skpdesk.reports.evaluation_document import AkPerson, AkReport
from skpdesk.reports.pdf_pages import build_numbered, page_of
from skpdesk.reports.rencana_pdf import HEAD_FILL, _grid_style, _p, _write_atomic, fonts, styles

DECIMALS: Final = 3  # R-AK note 5 [P]: apps keep three decimals (9.375); BKN shows two
TITLE_PERSON: Final = "LAPORAN ANGKA KREDIT JABATAN FUNGSIONAL"
TITLE_UNIT: Final = "REKAPITULASI ANGKA KREDIT JABATAN FUNGSIONAL"
SUMMARY_SHEET: Final = "Angka Kredit"
DETAIL_SHEET: Final = "Rincian"
BASIS_WORDS: Final = {
    "akhir": "predikat akhir",
    "periodik": "sementara: dari penilaian periodik (akhir belum final)",
    "kosong": "belum ada penilaian final",
}
NOTES: Final = (
    "AK = (bulan / 12) × persentase predikat × koefisien tahunan jenjang (Permen PANRB 1/2023, "
    "PerBKN 3/2023; SKP-REFERENCE R-AK). Persentase: Sangat Baik 150%, Baik 100%, Butuh Perbaikan 75%, "
    "Kurang/Misconduct 50%, Sangat Kurang 25%.",
    "Satu tahun SKP dihitung dari predikat akhir selama bulan penuh SKP itu; selama predikat akhir "
    "belum final, dari penilaian periodik yang final, masing-masing dengan bulannya (sementara). "
    "Predikat periodik tidak dirata-ratakan.",
    "Nilai dihitung eksak dan ditampilkan dengan tiga desimal; jumlah dihitung dari nilai eksak lalu "
    "dibulatkan, sehingga dapat berbeda 0,001 dari jumlah baris yang tercetak.",
    "AK kumulatif dijumlahkan dalam jenjang yang sama (kenaikan jenjang memulai hitungan baru) sejak "
    "SKP pertama di SKP Desk. AK dari sebelum itu (konversi, integrasi, pendidikan) dan tanggal "
    "kenaikan pangkat terakhir tidak tercatat di sini: periksa dengan penetapan angka kredit resmi.",
)


def ak_text(value: Fraction | None) -> str:
    """ "2,083" (rounded half up to three decimals from the exact value); "-" for none."""
    if value is None:
        return "-"
    return format_number(ak.for_display(value, DECIMALS), DECIMALS, "id")


def ak_decimal(value: Fraction | None) -> Decimal | None:
    """The printed value as an exact Decimal (Excel)."""
    return None if value is None else ak.for_display(value, DECIMALS)


def kurang_text(need: Decimal | None, kurang: Fraction | None) -> str:
    if need is None or kurang is None:
        return "— (jenjang tertinggi)"
    return "tercapai" if kurang == 0 else ak_text(kurang)


def threshold_text(need: Decimal | None, kurang: Fraction | None) -> str:
    """ "50 — kurang 37,500", "50 — tercapai", or the top jenjang's "—" (R-AK thresholds)."""
    if need is None or kurang is None:
        return "— (jenjang tertinggi dalam kategori ini)"
    if kurang == 0:
        return f"{_number(need)} — tercapai"
    return f"{_number(need)} — kurang {ak_text(kurang)}"


def _number(value: Decimal | None) -> str:
    return "—" if value is None else format_number(value, None, "id")


# -- PDF ---------------------------------------------------------------------------------------------


def render_angka_kredit_pdf(report: AkReport, out: Path | str | BinaryIO) -> int:
    """Write the report as a PDF (a person: portrait; a unit: landscape); the page count. A path
    is written through a temporary file (DOC-WRITE on failure, nothing left under the name)."""

    def write(stream: BinaryIO) -> int:
        return _build(report, stream)

    if isinstance(out, (str, Path)):
        return _write_atomic(Path(out), write)
    return write(out)


def _build(report: AkReport, stream: BinaryIO) -> int:
    st = styles()
    page = A4 if report.per_person else landscape(A4)
    width = page[0] - 2 * rp.MARGIN_X
    story: list[Flowable] = []
    if report.per_person:
        story += rp._kop(cast(Any, SimpleNamespace(kop=report.kop)), st)
    elif report.instansi:
        story.append(_p(report.instansi.upper(), st.title))
    title = TITLE_PERSON if report.per_person else f"{TITLE_UNIT} {report.unit_name.upper()}"
    story.append(_p(title, st.title))
    story.append(_p(f"TAHUN {report.year}", st.title))
    story.append(Spacer(1, 8))
    if report.per_person:
        person = report.people[0]
        story.append(_identity(person, st, width))
        story.append(Spacer(1, 8))
        story.append(_periods(person, st, width))
        story.append(Spacer(1, 8))
        story.append(_totals(person, st, width))
    else:
        story += _unit_table(report, st, width)
    story.append(Spacer(1, 10))
    story += [_p(f"{n}. {text}", st.note) for n, text in enumerate(NOTES, start=1)]
    template = SimpleDocTemplate(
        stream,
        pagesize=page,
        leftMargin=rp.MARGIN_X,
        rightMargin=rp.MARGIN_X,
        topMargin=rp.MARGIN_TOP,
        bottomMargin=rp.MARGIN_BOTTOM,
        title=f"Angka Kredit {report.year} - {report.title_name}",
        author=report.instansi,
        subject=f"Angka kredit {report.title_name} {report.year}",
        creator=f"SKP Desk {__version__}",
    )
    return build_numbered(template, story, functools.partial(_footer, report))


def _footer(report: AkReport, canvas: Canvas, page: int, total: int) -> None:
    f = fonts()
    width, _height = canvas._pagesize
    y = rp.MARGIN_BOTTOM - 8 * mm
    canvas.saveState()
    canvas.setFillColor(rp.FOOTER_GREY)
    canvas.setFont(f.regular, 7)
    left = f"Angka kredit {report.year} · {report.title_name} · dibuat {format_date(report.made_on, 'id')}"
    canvas.drawString(rp.MARGIN_X, y, left)
    canvas.drawRightString(width - rp.MARGIN_X, y, page_of(page, total))
    canvas.restoreState()


def _identity(person: AkPerson, st: rp.Styles, width: float) -> Table:
    row = person.jenjang
    rows = [
        ("NAMA", person.name),
        ("NIP", person.nip),
        ("PANGKAT/GOL RUANG", person.pangkat),
        ("JABATAN", person.jabatan),
        ("UNIT KERJA", person.unit),
        (
            "JENJANG",
            f"{jenjang_label(row.jenjang)} (kategori {row.kategori.value}, "
            f"{row.golongan_awal}–{row.golongan_akhir})",
        ),
        ("KOEFISIEN TAHUNAN", _number(row.koefisien_tahunan)),
    ]
    widths = [width * 0.3, width * 0.7]
    data = [[_p(label, st.cell_bold), _p(value or "-", st.cell)] for label, value in rows]
    table = Table(data, colWidths=widths)
    table.setStyle(_grid_style(data, [("BACKGROUND", (0, 0), (0, -1), HEAD_FILL)]))
    return table


PERIOD_HEADERS: Final = (
    "TAHUN",
    "PERIODE",
    "BULAN",
    "PREDIKAT",
    "PERSEN",
    "KOEFISIEN",
    "ANGKA KREDIT",
    "KETERANGAN",
)


def _periods(person: AkPerson, st: rp.Styles, width: float) -> Table:
    """One row per evaluated period of each plan in the jenjang, a total per plan."""
    fractions = (40, 62, 40, 74, 42, 56, 58, 118)
    widths = [width * f / sum(fractions) for f in fractions]
    data: list[list[Any]] = [[_p(h, _small_head()) for h in PERIOD_HEADERS]]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
    ]
    grey = _grey()
    for year in person.years:
        for period in year.periods:
            style = st.cell if period.counted else grey
            note = "dihitung" if period.counted else ("informasi" if period.exact is not None else "")
            data.append(
                [
                    _p(str(period.year), style),
                    _p(period.label, style),
                    _p(str(period.months), st.cell_center if period.counted else _grey(center=True)),
                    _p(domain_label(period.predikat) if period.predikat else "belum dinilai", style),
                    _p(f"{_number(period.persen)}%" if period.persen is not None else "-", style),
                    _p(_number(year.jenjang.koefisien_tahunan), style),
                    _p(ak_text(period.exact), style),
                    _p(note, style),
                ]
            )
        data.append(
            [
                _p(f"Jumlah {year.year}", st.cell_bold),
                "",
                _p(str(year.months), st.cell_center),
                _p(year.jabatan, st.note),
                "",
                "",
                _p(ak_text(year.exact), st.cell_bold),
                _p(BASIS_WORDS.get(year.basis, year.basis), st.note),
            ]
        )
        row = len(data) - 1
        commands += [
            ("SPAN", (0, row), (1, row)),
            ("SPAN", (3, row), (5, row)),
            ("BACKGROUND", (0, row), (-1, row), rp.GROUP_FILL),
        ]
    if not person.years:
        data.append([_p("Belum ada penilaian.", st.cell)] + [""] * (len(PERIOD_HEADERS) - 1))
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(_grid_style(data, commands))
    return table


def _totals(person: AkPerson, st: rp.Styles, width: float) -> Table:
    since = f" (sejak {person.first_year})" if person.first_year < person.year else ""
    rows = [
        (
            f"ANGKA KREDIT TAHUN {person.year}",
            ak_text(person.year_exact) + (" (sementara)" if person.provisional else ""),
        ),
        (f"ANGKA KREDIT KUMULATIF DALAM JENJANG{since}", ak_text(person.cumulative)),
        ("KEBUTUHAN KENAIKAN PANGKAT", threshold_text(person.kebutuhan_pangkat, person.kurang_pangkat)),
        ("KEBUTUHAN KENAIKAN JENJANG", threshold_text(person.kebutuhan_jenjang, person.kurang_jenjang)),
    ]
    widths = [width * 0.5, width * 0.5]
    data = [[_p(label, st.cell_bold), _p(value, st.cell_bold)] for label, value in rows]
    table = Table(data, colWidths=widths)
    table.setStyle(_grid_style(data, [("BACKGROUND", (0, 0), (0, -1), HEAD_FILL)]))
    return table


UNIT_HEADERS: Final = (
    "NO",
    "NAMA / NIP",
    "JABATAN / UNIT",
    "JENJANG",
    "KOEFI-\nSIEN",
    "PREDIKAT",
    "BULAN",
    "AK\nTAHUN INI",
    "AK\nKUMULATIF",
    "AK UNTUK\nKP",
    "KURANG\nKP",
    "AK UNTUK\nKJ",
    "KURANG\nKJ",
)


def _unit_table(report: AkReport, st: rp.Styles, width: float) -> list[Flowable]:
    fractions = (18, 118, 106, 52, 36, 84, 36, 46, 54, 40, 42, 40, 42)
    widths = [width * f / sum(fractions) for f in fractions]
    data: list[list[Any]] = [[_p(h, _small_head()) for h in UNIT_HEADERS]]
    for n, person in enumerate(report.people, start=1):
        since = f" (sejak {person.first_year})" if person.first_year < person.year else ""
        data.append(
            [
                _p(str(n), st.cell_center),
                Paragraph(f"{escape(person.name)}<br/>{escape(person.nip)}", st.cell),
                Paragraph(
                    f"{escape(person.jabatan)}<br/><font size=6.5>{escape(person.unit)}</font>", st.cell
                ),
                _p(jenjang_label(person.jenjang.jenjang), st.cell),
                _p(_number(person.jenjang.koefisien_tahunan), st.cell_center),
                _p(domain_label(person.predikat) if person.predikat else "belum dinilai", st.cell),
                _p(str(person.months), st.cell_center),
                _p(ak_text(person.year_exact) + (" *" if person.provisional else ""), st.cell_center),
                _p(ak_text(person.cumulative) + since, st.cell_center),
                _p(_number(person.kebutuhan_pangkat), st.cell_center),
                _p(kurang_text(person.kebutuhan_pangkat, person.kurang_pangkat), st.cell_center),
                _p(_number(person.kebutuhan_jenjang), st.cell_center),
                _p(kurang_text(person.kebutuhan_jenjang, person.kurang_jenjang), st.cell_center),
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        _grid_style(data, [("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL), ("VALIGN", (0, 0), (-1, 0), "MIDDLE")])
    )
    legend = "KP: kenaikan pangkat; KJ: kenaikan jenjang (— : jenjang tertinggi dalam kategorinya)."
    if any(p.provisional for p in report.people):
        legend += " * sementara: predikat akhir belum final, dihitung dari penilaian periodik."
    return [table, Spacer(1, 3), _p(legend, st.note)]


@functools.cache
def _grey(*, center: bool = False) -> ParagraphStyle:
    """A period shown for information only (not counted in the year's AK)."""
    parent = styles().cell_center if center else styles().cell
    return ParagraphStyle(f"ak-grey-{center}", parent=parent, textColor=rp.FOOTER_GREY)


@functools.cache
def _small_head() -> ParagraphStyle:
    return ParagraphStyle("ak-head", parent=styles().head, fontSize=7, leading=8.4)


# -- Excel -------------------------------------------------------------------------------------------


def write_angka_kredit_xlsx(report: AkReport, out: Path | str | BinaryIO) -> int:
    """Write the report as an Excel workbook; the number of people. A path is written through a
    temporary file (DOC-WRITE on failure)."""

    def write(stream: BinaryIO) -> int:
        return _write_xlsx(report, stream)

    if isinstance(out, (str, Path)):
        return _write_atomic(Path(out), write)
    return write(out)


SUMMARY_HEADERS: Final = (
    "No.",
    "Nama",
    "NIP",
    "Jabatan",
    "Unit",
    "Jenjang",
    "Koefisien",
    "Predikat",
    "Bulan",
    "AK tahun",
    "AK tahun sementara",
    "AK kumulatif",
    "Kumulatif sejak",
    "Kebutuhan kenaikan pangkat",
    "Kurang kenaikan pangkat",
    "Kebutuhan kenaikan jenjang",
    "Kurang kenaikan jenjang",
)
DETAIL_HEADERS: Final = (
    "Nama",
    "NIP",
    "Tahun",
    "Jabatan",
    "Periode",
    "Mulai",
    "Selesai",
    "Bulan",
    "Predikat",
    "Persen",
    "Koefisien",
    "Angka kredit",
    "Dihitung",
)


def _write_xlsx(report: AkReport, stream: BinaryIO) -> int:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = SUMMARY_SHEET
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="EEF2F4")
    title = TITLE_PERSON if report.per_person else f"{TITLE_UNIT} {report.unit_name.upper()}"
    sheet.append([f"{title} TAHUN {report.year}"])
    sheet["A1"].font = Font(bold=True, size=12)
    sheet.append([report.instansi.upper()])
    sheet.append([])
    sheet.append(list(SUMMARY_HEADERS))
    header = sheet.max_row
    for n, width in enumerate((6, 32, 23, 34, 34, 16, 10, 18, 8, 12, 10, 12, 10, 14, 14, 14, 14), start=1):
        sheet.column_dimensions[get_column_letter(n)].width = width
        sheet.cell(row=header, column=n).font = bold
        sheet.cell(row=header, column=n).fill = fill
    for n, person in enumerate(report.people, start=1):
        sheet.append(
            [
                n,
                person.name,
                person.nip,
                person.jabatan,
                person.unit,
                jenjang_label(person.jenjang.jenjang),
                person.jenjang.koefisien_tahunan,
                domain_label(person.predikat) if person.predikat else "",
                person.months,
                ak_decimal(person.year_exact),
                "ya" if person.provisional else "",
                ak_decimal(person.cumulative),
                person.first_year,
                person.kebutuhan_pangkat,
                ak_decimal(person.kurang_pangkat),
                person.kebutuhan_jenjang,
                ak_decimal(person.kurang_jenjang),
            ]
        )
        row = sheet.max_row
        sheet.cell(row=row, column=3).number_format = "@"
        for column in (10, 12, 15, 17):
            sheet.cell(row=row, column=column).number_format = "0.000"
    sheet.freeze_panes = f"C{header + 1}"
    sheet.auto_filter.ref = (
        f"A{header}:{get_column_letter(len(SUMMARY_HEADERS))}{header + max(len(report.people), 1)}"
    )
    sheet.append([])
    for text in NOTES:
        sheet.append([text])
    detail = book.create_sheet(DETAIL_SHEET)
    detail.append(list(DETAIL_HEADERS))
    for n, width in enumerate((32, 23, 8, 34, 14, 12, 12, 8, 18, 8, 10, 12, 10), start=1):
        detail.column_dimensions[get_column_letter(n)].width = width
        detail.cell(row=1, column=n).font = bold
        detail.cell(row=1, column=n).fill = fill
    for person in report.people:
        for year in person.years:
            for period in year.periods:
                detail.append(
                    [
                        person.name,
                        person.nip,
                        period.year,
                        year.jabatan,
                        period.label,
                        period.start,
                        period.end,
                        period.months,
                        domain_label(period.predikat) if period.predikat else "",
                        period.persen,
                        year.jenjang.koefisien_tahunan,
                        ak_decimal(period.exact),
                        "ya" if period.counted else "",
                    ]
                )
                row = detail.max_row
                detail.cell(row=row, column=2).number_format = "@"
                detail.cell(row=row, column=6).number_format = "dd/mm/yyyy"
                detail.cell(row=row, column=7).number_format = "dd/mm/yyyy"
                detail.cell(row=row, column=12).number_format = "0.000"
    detail.freeze_panes = "C2"
    book.save(stream)
    return len(report.people)
