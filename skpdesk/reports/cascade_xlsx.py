"""The cascading tree of a unit and year as an Excel workbook (R-CASCADE).

A pure function of a ``CascadeTree`` and its ``CascadeChecks``: it never queries the workspace
(ARCHITECTURE.md "reports"). openpyxl is imported inside the writer, so opening the application
never pays for it; the sheets are streamed (write-only mode) to a temporary file beside the target
that replaces it only when complete (``rencana_pdf._write_atomic``: a failure raises
``SkpError(DOCUMENT_WRITE)`` and leaves nothing under the chosen name).

Sheets: "Pohon Kinerja" — one row per node in the order of the printed tree (``cascade_document``):
its level, kind, own text (indented by level), the full path of texts from its root, owner, NIP,
jabatan, unit, plan status, IKI and targets, cascading method and approach, the check findings and
its id; "Pemeriksaan" — the checks list; "Ringkasan" — the counts. The words are the official
Indonesian ones in every UI language, numbers written the Indonesian way (as text, as printed).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO, Final

from skpdesk.domain.cascade import CascadeChecks, CascadeTree, IssueKind, NodeKind, Porsi
from skpdesk.reports import cascade_document as cd
from skpdesk.reports.rencana_pdf import _write_atomic

TREE_SHEET: Final = "Pohon Kinerja"
CHECKS_SHEET: Final = "Pemeriksaan"
SUMMARY_SHEET: Final = "Ringkasan"
TREE_HEADERS: Final = (
    "No.",
    "Tingkat",
    "Jenis",
    "Uraian",
    "Jalur",
    "Pemilik",
    "NIP",
    "Jabatan",
    "Unit",
    "Status SKP",
    "Indikator (IKI / IKU)",
    "Target",
    "Metode cascading",
    "Pendekatan",
    "Di luar unit",
    "Catatan pemeriksaan",
    "ID",
)
TREE_WIDTHS: Final = (6, 8, 16, 60, 80, 30, 21, 36, 36, 12, 50, 18, 16, 22, 10, 36, 38)
CHECK_HEADERS: Final = ("No.", "Pemeriksaan", "Kode", "RHK / Pegawai", "Pemilik", "Rincian", "Jalur", "ID")
CHECK_WIDTHS: Final = (6, 40, 14, 60, 30, 36, 80, 38)
HEADER_ROW: Final = 3  # a title, an empty row, then the column headers
MAX_INDENT: Final = 15  # Excel's indent levels stop at 15


def write_cascade_xlsx(
    tree: CascadeTree,
    out: Path | str | BinaryIO,
    *,
    checks: CascadeChecks | None = None,
    instansi: str = "",
    language: str = "id",
) -> int:
    """Write the tree to ``out`` (an .xlsx path or a binary stream); the number of node rows."""
    del language  # official Indonesian words in every UI language
    found = cd.checks_of(tree, checks)

    def write(stream: BinaryIO) -> int:
        return _write(tree, found, instansi, stream)

    if isinstance(out, (str, Path)):
        return _write_atomic(Path(out), write)
    return write(out)


def _write(tree: CascadeTree, checks: CascadeChecks, instansi: str, stream: BinaryIO) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    rows = cd.rows(tree)
    title = f"POHON KINERJA {tree.unit_name.upper()} TAHUN {tree.year}"
    if instansi:
        title = f"{instansi.upper()} — {title}"
    sheet = Sheet(book, TREE_SHEET, TREE_WIDTHS, TREE_HEADERS, title, len(rows), freeze="E")
    for number, row in enumerate(rows, start=1):
        values = _tree_row(tree, checks, row, number)
        sheet.append(values, indent=values[1] - 1, indent_col=3)  # the text, moved right by its level
    issues = checks.issues()
    sheet = Sheet(book, CHECKS_SHEET, CHECK_WIDTHS, CHECK_HEADERS, title, len(issues), freeze="A")
    jabatan = {m.employee_id: m.jabatan for m in tree.missing}
    for number, issue in enumerate(issues, start=1):
        path = cd.tree_path(tree, issue.node_id) if issue.node_id in tree.nodes else ()
        detail = _detail(issue.porsi, issue.total, issue.target, issue.unit)
        if issue.kind is IssueKind.MISSING_PLAN:
            held = jabatan.get(issue.employee_id or "", "")
            detail = f"Jabatan: {held}" if held else ""
        sheet.append(
            [
                number,
                cd.ISSUE_LABELS[issue.kind],
                issue.kind.value,
                Text(issue.text),
                issue.owner_name,
                detail,
                Text(cd.path_text(tree, path)),
                issue.node_id or issue.employee_id or "",
            ]
        )
    _summary(book, tree, checks, title)
    book.save(stream)
    return len(rows)


class Text(str):
    """A long text: its cell wraps."""


class Sheet:
    """A write-only sheet with a title, a frozen, filtered header row and column widths."""

    def __init__(
        self,
        book: Any,
        name: str,
        widths: Sequence[int],
        headers: Sequence[str],
        title: str,
        count: int,
        *,
        freeze: str,
    ) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        self._cell = WriteOnlyCell
        self._wrap = Alignment(wrap_text=True, vertical="top")
        self._top = Alignment(vertical="top")
        self._indents = [Alignment(wrap_text=True, vertical="top", indent=n) for n in range(MAX_INDENT + 1)]
        self.sheet = sheet = book.create_sheet(title=name)
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = f"{freeze}{HEADER_ROW + 1}"  # before the first row is written
        last = get_column_letter(len(headers))
        sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(count, 1)}"
        heading = WriteOnlyCell(sheet, value=title)
        heading.font = Font(bold=True, size=12)
        sheet.append([heading])
        sheet.append([])
        bold = Font(bold=True)
        fill = PatternFill("solid", fgColor="EEF2F4")
        cells = []
        for text in headers:
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = bold
            cell.fill = fill
            cell.alignment = Alignment(vertical="center", wrap_text=True)
            cells.append(cell)
        sheet.append(cells)

    def append(self, values: Sequence[Any], indent: int | None = None, indent_col: int = -1) -> None:
        """A row: ``Text`` values wrap, the rest sit at the top of the row; NIP-like digit strings
        are written as text (an 18-digit number would lose digits in Excel)."""
        cells = []
        for n, value in enumerate(values):
            cell = self._cell(self.sheet, value=str(value) if isinstance(value, Text) else value)
            if n == indent_col and indent is not None:
                cell.alignment = self._indents[min(indent, MAX_INDENT)]
            elif isinstance(value, Text):
                cell.alignment = self._wrap
            else:
                cell.alignment = self._top
            if isinstance(value, str) and value.isdigit():
                cell.number_format = "@"
            cells.append(cell)
        self.sheet.append(cells)


def _tree_row(tree: CascadeTree, checks: CascadeChecks, row: cd.Row, number: int) -> list[Any]:
    node = row.node
    path = cd.tree_path(tree, node.id)
    if node.kind is NodeKind.RESULT:
        indicators = "\n".join(cd.indicator_text(i) for i in node.indicators)
        targets = "\n".join(cd.target_text(i.target_value, i.target_unit) for i in node.indicators)
    else:
        indicators = node.text if node.kind is NodeKind.IKU else ""
        targets = cd.target_text(node.target_value, node.target_unit)
    values: list[Any] = [
        number,
        len(path),
        cd.kind_label(node),
        Text(" ".join(node.text.split())),
        Text(cd.path_text(tree, path)),
        node.owner_name,
        node.owner_nip,
        Text(node.jabatan),
        Text(node.unit_name),
        cd.status_label(node.plan_status) if node.plan_status else "",
        Text(indicators),
        Text(targets),
        cd.METHOD_LABELS.get(node.method, node.method),
        cd.APPROACH_LABELS.get(node.approach, node.approach),
        "Ya" if node.external else "",
        Text("; ".join(cd.issue_words(checks.of(node.id)))),
        node.id,
    ]
    return values


def _detail(porsi: Porsi | None, total: str, target: str, unit: str) -> str:
    if porsi is None:
        return ""
    if porsi is Porsi.DIFFERENT_UNIT:
        return f"{cd.PORSI_WORDS[porsi]}: {unit or '-'}"
    return f"{cd.PORSI_WORDS[porsi]}: {cd.number_text(total)} dari {cd.target_text(target, unit)}"


def _summary(book: Any, tree: CascadeTree, checks: CascadeChecks, title: str) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    sheet = book.create_sheet(title=SUMMARY_SHEET)
    sheet.column_dimensions["A"].width = 48
    sheet.column_dimensions["B"].width = 16
    heading = WriteOnlyCell(sheet, value=title)
    heading.font = Font(bold=True, size=12)
    sheet.append([heading])
    sheet.append([])
    t = cd.totals(tree)
    rows: list[tuple[str, Any]] = [
        ("Unit", tree.unit_name),
        ("Tahun", tree.year),
        ("Sasaran strategis", t.sasaran),
        ("IKU", t.iku),
        ("RHK utama", t.utama),
        ("RHK tambahan", t.tambahan),
        ("RHK di luar unit (konteks)", t.external),
        ("Pegawai dengan RHK", t.people),
    ]
    counts = checks.counts()
    rows += [(cd.ISSUE_LABELS[kind], counts.get(kind, 0)) for kind in IssueKind]
    for label, value in rows:
        sheet.append([label, value])
