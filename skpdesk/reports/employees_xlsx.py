"""The employee list as an Excel sheet (.xlsx): rows from ``OverviewService.employees`` to a file.

A pure function of its rows: it never queries the workspace (ARCHITECTURE.md "reports").
openpyxl is imported inside the function, so opening the application never pays for it. The
sheet is written in openpyxl's write-only mode (streamed, a few MB of memory for 50,000 rows),
to a temporary file beside the target that replaces it only when complete: a failed export
never leaves half a file under the chosen name.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from skpdesk.services.overview import EmployeeLine

# Column headers in the order written; the GUI passes them translated.
DEFAULT_HEADERS: tuple[str, ...] = ("No.", "NIP", "Name", "Golongan", "Status", "Jabatan", "Unit", "OPD")
COLUMN_WIDTHS: tuple[int, ...] = (6, 21, 38, 10, 8, 46, 46, 46)
STATUS_LABELS = {"pns": "PNS", "pppk": "PPPK"}


def write_employees_xlsx(
    rows: Sequence[EmployeeLine],
    path: Path | str,
    *,
    headers: Sequence[str] = DEFAULT_HEADERS,
    sheet_title: str = "Pegawai",
    title: str = "",
) -> Path:
    """Write ``rows`` to ``path`` (an .xlsx file) and return the path.

    NIP is written as text (an 18-digit number would lose its last digits in Excel, R-NIP), the
    header row is frozen and filterable. ``title`` (e.g. the instansi and date) goes above the
    table when given.
    """
    if len(headers) != len(DEFAULT_HEADERS):
        raise ValueError(f"expected {len(DEFAULT_HEADERS)} headers, got {len(headers)}")
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)  # fails before any work when it cannot be
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".export-", suffix=".xlsx")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _write(rows, tmp, headers=headers, sheet_title=sheet_title, title=title)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _write(
    rows: Sequence[EmployeeLine], tmp: Path, *, headers: Sequence[str], sheet_title: str, title: str
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=_sheet_title(sheet_title))
    for index, width in enumerate(COLUMN_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    header_row = 3 if title else 1
    sheet.freeze_panes = f"A{header_row + 1}"  # before the first row: the sheet view is written first
    if title:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = Font(bold=True, size=12)
        sheet.append([cell])
        sheet.append([])
    last = get_column_letter(len(headers))
    sheet.auto_filter.ref = f"A{header_row}:{last}{header_row + max(len(rows), 1)}"
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="EEF2F4")
    header_cells = []
    for text in headers:
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(vertical="center")
        header_cells.append(cell)
    sheet.append(header_cells)
    for number, row in enumerate(rows, start=1):
        nip = WriteOnlyCell(sheet, value=row.nip)
        nip.number_format = "@"  # text: keeps all 18 digits and any leading zero
        sheet.append(
            [
                number,
                nip,
                row.name,
                row.golongan,
                STATUS_LABELS.get(row.status, row.status.upper()),
                row.jabatan,
                row.unit,
                row.opd,
            ]
        )
    book.save(tmp)


def _sheet_title(text: str) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join(ch for ch in text if ch not in "[]:*?/\\").strip()
    return cleaned[:31] or "Sheet1"
