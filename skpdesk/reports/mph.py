"""The Matriks Pembagian Peran dan Hasil (MPH) of one atasan as Excel and as PDF (R-CASCADE).

SKP-REFERENCE R-CASCADE [P]: rows = the people the atasan rates (with their jabatan), columns = the
atasan's outcomes/outputs (the RHK utama of the atasan's plan), a cell = the result that person
delivers for that column (their RHK intervening it). The writers are pure functions of the
``MphMatrix`` that ``CascadeService.mph`` reads; they never query the workspace.

Both write through a temporary file that replaces the target only when complete
(``rencana_pdf._write_atomic``: a failure raises ``SkpError(DOCUMENT_WRITE)`` and leaves nothing
under the chosen name). The words are the official Indonesian ones in every UI language.

PDF: landscape A4 or A3; the header row repeats on every page, cells wrap, and "Halaman X dari Y"
is on every page. An atasan with more RHK than fit side by side gets the matrix in panels of
columns (each with the people again), each panel starting a page.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO, Final
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from skpdesk import __version__
from skpdesk.domain.errors import Cancelled
from skpdesk.domain.nip import format_nip
from skpdesk.reports.cascade_document import status_label
from skpdesk.reports.cascade_xlsx import Sheet, Text
from skpdesk.reports.pdf_pages import build_numbered, page_of
from skpdesk.reports.pohon_pdf import PAPERS
from skpdesk.reports.rencana_pdf import _write_atomic, fonts
from skpdesk.services.cascade import MphCell, MphMatrix, MphRow

TITLE: Final = "MATRIKS PEMBAGIAN PERAN DAN HASIL"
NO_PLAN: Final = "Belum ada SKP"
SHEET: Final = "MPH"
FIXED_HEADERS: Final = ("No.", "Nama", "NIP", "Jabatan", "Status SKP")
FIXED_WIDTHS: Final = (6, 30, 21, 34, 14)
RESULT_WIDTH: Final = 40

MARGIN_X: Final[float] = 12 * mm
MARGIN_TOP: Final[float] = 12 * mm
MARGIN_BOTTOM: Final[float] = 16 * mm
NO_WIDTH = 22.0
PERSON_WIDTH = 150.0
MIN_RESULT_WIDTH = 112.0  # a narrower column wraps RHK texts into too many lines
CUT_ABOVE = 0.6  # a row taller than this share of a page is cut into rows ...
PART = 0.3  # ... of at most this share (moved whole, it would leave most of a page empty)
BODY = 7.5
CELL_PAD = 3.0
HEAD_FILL = colors.Color(0.9, 0.92, 0.93)
GREY = colors.Color(0.38, 0.38, 0.38)


def column_header(number: int, text: str) -> str:
    return f"RHK {number}: {' '.join(text.split())}"


def cell_text(cells: Sequence[MphCell]) -> str:
    """A cell's RHK: the text alone, or one bulleted line each when the person has several."""
    texts = [" ".join(c.text.split()) for c in cells]
    return texts[0] if len(texts) == 1 else "\n".join(f"• {t}" for t in texts)


def _title_lines(matrix: MphMatrix, instansi: str) -> list[str]:
    lines = [instansi.upper()] if instansi else []
    lines.append(TITLE)
    lines.append(
        f"Pejabat: {matrix.atasan_name}" + (f" — {matrix.atasan_jabatan}" if matrix.atasan_jabatan else "")
    )
    lines.append(f"Tahun {matrix.year}")
    return lines


# -- Excel -----------------------------------------------------------------------------------------


def write_mph_xlsx(
    matrix: MphMatrix, out: Path | str | BinaryIO, *, instansi: str = "", language: str = "id"
) -> int:
    """Write the matrix to ``out`` (an .xlsx path or a binary stream); the number of people rows.

    Sheet "MPH": a title, then the header row (No., Nama, NIP, Jabatan, Status SKP, one column per
    atasan RHK "RHK n: text"), one row per person, frozen at the first RHK column, filterable."""
    del language  # official Indonesian words in every UI language

    def write(stream: BinaryIO) -> int:
        return _write_xlsx(matrix, instansi, stream)

    if isinstance(out, (str, Path)):
        return _write_atomic(Path(out), write)
    return write(out)


def _write_xlsx(matrix: MphMatrix, instansi: str, stream: BinaryIO) -> int:
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    headers = [*FIXED_HEADERS, *(column_header(c.number, c.text) for c in matrix.columns)]
    widths = [*FIXED_WIDTHS, *(RESULT_WIDTH for _ in matrix.columns)]
    title = " — ".join(_title_lines(matrix, instansi))
    freeze = get_column_letter(len(FIXED_HEADERS) + 1)
    sheet = Sheet(book, SHEET, widths, headers, title, len(matrix.rows), freeze=freeze)
    for number, row in enumerate(matrix.rows, start=1):
        status = status_label(row.plan_status) if row.plan_id else NO_PLAN
        sheet.append(
            [
                number,
                row.name,
                row.nip,
                Text(row.jabatan),
                status,
                *(Text(cell_text(row.cells.get(c.result_id, ()))) for c in matrix.columns),
            ]
        )
    book.save(stream)
    return len(matrix.rows)


# -- PDF -------------------------------------------------------------------------------------------


@functools.cache
def _styles() -> dict[str, ParagraphStyle]:
    f = fonts()
    cell = ParagraphStyle("mph-cell", fontName=f.regular, fontSize=BODY, leading=BODY * 1.2)
    return {
        "cell": cell,
        "bullet": ParagraphStyle("mph-bullet", parent=cell, leftIndent=7, firstLineIndent=-7),
        "name": ParagraphStyle("mph-name", parent=cell, fontName=f.bold),
        "note": ParagraphStyle("mph-note", parent=cell, fontSize=7, leading=8.4, textColor=GREY),
        "head": ParagraphStyle("mph-head", parent=cell, fontName=f.bold, alignment=TA_CENTER),
        "center": ParagraphStyle("mph-center", parent=cell, alignment=TA_CENTER),
        "title": ParagraphStyle("mph-title", parent=cell, fontName=f.bold, fontSize=12, leading=15),
        "subtitle": ParagraphStyle("mph-subtitle", parent=cell, fontName=f.bold, fontSize=9, leading=11.5),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def render_mph(
    matrix: MphMatrix,
    out: Path | str | BinaryIO,
    *,
    paper: str = "a4",
    instansi: str = "",
    language: str = "id",
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the matrix as a landscape PDF to ``out`` (a path or a binary stream); the page count.
    ``paper`` "a4" or "a3" (ValueError otherwise); ``cancelled()`` is asked on each page."""
    del language  # official Indonesian words in every UI language
    try:
        size = PAPERS[paper.lower()]
    except KeyError:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}: {paper!r}") from None

    def write(stream: BinaryIO) -> int:
        return _build(matrix, size, instansi, stream, cancelled)

    if isinstance(out, (str, Path)):
        return _write_atomic(Path(out), write, cancelled)
    return write(out)


def _build(
    matrix: MphMatrix,
    size: tuple[float, float],
    instansi: str,
    stream: BinaryIO,
    cancelled: Callable[[], bool] | None,
) -> int:
    st = _styles()
    frame = size[0] - 2 * MARGIN_X
    frame_height = size[1] - MARGIN_TOP - MARGIN_BOTTOM - 12  # the frame's own padding
    per_panel = max(1, int((frame - NO_WIDTH - PERSON_WIDTH) // MIN_RESULT_WIDTH))
    columns = list(matrix.columns)
    per_panel = math.ceil(len(columns) / math.ceil(len(columns) / per_panel)) if columns else 1  # even panels
    panels = [columns[i : i + per_panel] for i in range(0, len(columns), per_panel)] or [[]]
    story: list[Flowable] = []
    for n, panel in enumerate(panels):
        if n:
            story.append(PageBreak())
        for line, style in zip(
            _title_lines(matrix, instansi),
            ([st["subtitle"]] if instansi else []) + [st["title"], st["subtitle"], st["subtitle"]],
            strict=True,
        ):
            story.append(_p(line, style))
        if len(panels) > 1:
            first, last = panel[0].number, panel[-1].number
            story.append(_p(f"Kolom RHK {first}–{last} dari {len(columns)}", st["note"]))
        story.append(Spacer(1, 6))
        story.append(_table(matrix, panel, frame, frame_height - 4, st))

    def check(_canvas: Canvas, _doc: Any) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled

    template = SimpleDocTemplate(
        stream,
        pagesize=size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"Matriks Pembagian Peran dan Hasil {matrix.year} - {matrix.atasan_name}",
        author=instansi or matrix.atasan_name,
        creator=f"SKP Desk {__version__}",
    )
    footer = (
        f"Matriks pembagian peran dan hasil · {matrix.atasan_name} · {matrix.year} · SKP Desk {__version__}"
    )
    return build_numbered(template, story, functools.partial(_footer, footer), check)


def _table(
    matrix: MphMatrix, panel: Sequence[Any], frame: float, limit: float, st: dict[str, ParagraphStyle]
) -> Table:
    result_width = (frame - NO_WIDTH - PERSON_WIDTH) / max(len(panel), 1)
    widths = [NO_WIDTH, PERSON_WIDTH, *(result_width for _ in panel)]
    if not panel:
        widths = [NO_WIDTH, frame - NO_WIDTH]
    head: list[Any] = [_p("NO", st["head"]), _p("PEGAWAI / JABATAN", st["head"])]
    head += [_p(column_header(c.number, c.text), st["head"]) for c in panel]
    if not panel:
        head[1] = _p("PEGAWAI / JABATAN (pejabat ini belum memiliki RHK utama)", st["head"])
    data: list[list[Any]] = [head]
    head_height = max(float(p.wrap(w - 2 * CELL_PAD, limit)[1]) for p, w in zip(head, widths, strict=True))
    limit -= head_height + 5  # the header row repeats above every row
    for number, row in enumerate(matrix.rows, start=1):
        cells: list[list[Flowable]] = [[_p(str(number), st["center"])], _person(row, st)]
        for column in panel:
            found = row.cells.get(column.result_id, ())
            if not found:
                cells.append([_p("–", st["center"])])
            elif len(found) == 1:
                cells.append([_p(" ".join(found[0].text.split()), st["cell"])])
            else:
                cells.append([_p("• " + " ".join(c.text.split()), st["bullet"]) for c in found])
        if not panel:
            cells = cells[:2]
        data += _fit_row(cells, widths, limit, st)
    if not matrix.rows:
        data.append(
            [_p("-", st["center"]), _p("Belum ada pegawai yang dinilai pejabat ini.", st["note"])]
            + [""] * len(panel)
        )
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("VALIGN", (0, 1), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _person(row: MphRow, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [_p(row.name, st["name"])]
    if row.nip:
        out.append(_p(f"NIP. {format_nip(row.nip)}", st["note"]))
    if row.jabatan:
        out.append(_p(row.jabatan, st["cell"]))
    out.append(_p(f"SKP: {status_label(row.plan_status)}" if row.plan_id else NO_PLAN, st["note"]))
    return out


def _fit_row(
    cells: list[list[Flowable]], widths: Sequence[float], limit: float, st: dict[str, ParagraphStyle]
) -> list[list[Any]]:
    """The row as it is, or as several rows when a cell is taller than a page can hold (a table
    row never splits): each cell's paragraphs shared out, a paragraph cut between lines, and the
    person's cell saying "(lanjutan)" on the later rows."""
    inner = [w - 2 * CELL_PAD for w in widths]

    def height(cell: list[Flowable], width: float) -> float:
        return 5.0 + sum(float(f.wrap(width, limit)[1]) for f in cell)

    if max(height(c, w) for c, w in zip(cells, inner, strict=True)) <= limit * CUT_ABOVE:
        return [list(cells)]
    limit *= PART  # parts of a third of a page: the first fills the page the row starts on
    pieces: list[list[list[Flowable]]] = []
    for cell, width in zip(cells, inner, strict=True):
        parts: list[list[Flowable]] = [[]]
        used = 5.0
        queue = list(cell)
        while queue:
            flowable = queue.pop(0)
            h = float(flowable.wrap(width, limit)[1])
            if used + h <= limit:
                parts[-1].append(flowable)
                used += h
                continue
            split = flowable.split(width, limit - used) if isinstance(flowable, Paragraph) else []
            if len(split) >= 2:
                parts[-1].append(split[0])
                queue[:0] = split[1:]
            elif parts[-1]:
                queue.insert(0, flowable)
            else:  # cannot be cut and alone: kept whole
                parts[-1].append(flowable)
            parts.append([])
            used = 5.0
        pieces.append([p for p in parts if p])
    count = max(len(p) for p in pieces)
    rows = []
    for n in range(count):
        row: list[Any] = []
        for k, parts in enumerate(pieces):
            if n < len(parts):
                row.append(parts[n])
            elif k == 1:  # the person's cell on a later row
                row.append([_p("(lanjutan)", st["note"])])
            else:
                row.append("")
        rows.append(row)
    return rows


def _footer(text: str, canvas: Canvas, page: int, total: int) -> None:
    """``text`` (cut short rather than over the page number) and "Halaman X dari Y" under a rule."""
    f = fonts()
    width = canvas._pagesize[0]
    y = MARGIN_BOTTOM - 8 * mm
    right = page_of(page, total)
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, y + 9, width - MARGIN_X, y + 9)
    canvas.setFillColor(GREY)
    canvas.setFont(f.regular, 7)
    room = width - 2 * MARGIN_X - pdfmetrics.stringWidth(right, f.regular, 7) - 12
    left = text
    while left and pdfmetrics.stringWidth(left, f.regular, 7) > room:
        left = left[:-2]
    canvas.drawString(MARGIN_X, y, left)
    canvas.drawRightString(width - MARGIN_X, y, right)
    canvas.restoreState()
