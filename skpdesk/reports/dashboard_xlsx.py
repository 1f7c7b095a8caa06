"""A dashboard table as an Excel workbook: the table under a dashboard chart, as shown.

A pure function of the table's headers and rows (it never queries the workspace, ARCHITECTURE.md
"reports"); openpyxl is imported inside the writer. The sheet is streamed (write-only mode) to a
temporary file beside the target that replaces it only when complete
(``rencana_pdf._write_atomic``: a failure raises ``SkpError(DOCUMENT_WRITE)`` and leaves nothing
under the chosen name).

Layout: the title (row 1), what the table shows (row 2), the notes (one row each), an empty row,
the headers, the total row (bold, when given), then the rows. Numbers stay numbers (shares as
percentages with one decimal), text stays text.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO, Final

from skpdesk.reports.rencana_pdf import _write_atomic

SHEET_TITLE_MAX: Final = 31  # Excel's limit
MIN_WIDTH: Final = 8
MAX_WIDTH: Final = 70


def header_row(notes: Sequence[str]) -> int:
    """The row number of the headers for a table with these notes (1-based)."""
    return 2 + len([n for n in notes if n]) + 2


def write_table_xlsx(
    out: Path | str | BinaryIO,
    *,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    total: Sequence[object] | None = None,
    subtitle: str = "",
    notes: Sequence[str] = (),
) -> int:
    """Write the table to ``out`` (an .xlsx path or a binary stream); the number of data rows
    (the total row not counted). Every row must have one value per header (ValueError)."""
    width = len(headers)
    for row in (*rows, *([total] if total is not None else [])):
        if len(row) != width:
            raise ValueError(f"a row has {len(row)} values for {width} headers")

    def write(stream: BinaryIO) -> int:
        return _write(stream, title, subtitle, notes, headers, rows, total)

    if isinstance(out, (str, Path)):
        return _write_atomic(Path(out), write)
    return write(out)


def _value(value: object) -> object:
    if isinstance(value, Decimal):
        return float(value)
    if value is None:
        return None
    if isinstance(value, (int, float, str)):
        return value
    return str(value)


def _write(
    stream: BinaryIO,
    title: str,
    subtitle: str,
    notes: Sequence[str],
    headers: Sequence[str],
    rows: Sequence[Sequence[object]],
    total: Sequence[object] | None,
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    name = "".join(c for c in title if c not in "[]:*?/\\")[:SHEET_TITLE_MAX] or "Dasbor"
    sheet = book.create_sheet(title=name)
    lines = [n for n in notes if n]
    first = header_row(lines)
    widths = [max(MIN_WIDTH, min(MAX_WIDTH, len(str(h)) + 2)) for h in headers]
    for row in (*rows, *([total] if total is not None else [])):
        for i, value in enumerate(row):
            widths[i] = max(widths[i], min(MAX_WIDTH, len(str(value)) + 2))
    for index, w in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = w
    sheet.freeze_panes = f"B{first + 1}"
    bold = Font(bold=True)
    heading = WriteOnlyCell(sheet, value=title)
    heading.font = Font(bold=True, size=12)
    sheet.append([heading])
    sheet.append([subtitle])
    for note in lines:
        sheet.append([note])
    sheet.append([])
    fill = PatternFill("solid", fgColor="EEF2F4")
    cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        cells.append(cell)
    sheet.append(cells)
    if total is not None:
        total_cells = []
        for value in total:
            cell = WriteOnlyCell(sheet, value=_value(value))
            cell.font = bold
            if isinstance(value, Decimal):
                cell.number_format = "0.0"
            total_cells.append(cell)
        sheet.append(total_cells)
    for row in rows:
        out = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=_value(value))
            if isinstance(value, Decimal):
                cell.number_format = "0.0"
            out.append(cell)
        sheet.append(out)
    book.save(stream)
    return len(rows)
