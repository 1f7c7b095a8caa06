"""The realisasi of one plan in one evaluation period as a two-level item model: each RHK (utama,
then tambahan) with its IKI under it (SKP-REFERENCE R-IKI, R-LIFECYCLE phase 2).

The model holds the service's ``ProgressTable`` (ids and display values) and never writes: an
edit is handed to the page as ``sig_edit_requested`` (queued, so the editor has closed before the
service is called), which runs it as an undoable command; the page then gives the model the table
read again. A table of the same rows is swapped in place (``dataChanged``), so expansion,
selection and the current cell stay where they were.

Kuantitatif: realisasi is a number per IKI, with its unit (default the target's). Kualitatif:
realisasi is text, per RHK (or per IKI where the plan has them).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from skpdesk import formatting
from skpdesk.domain.plan import Pendekatan
from skpdesk.services.monitoring import IndicatorProgressRow, ProgressCell, ProgressTable, ResultProgressRow
from skpdesk.ui.monitoring.common import edit_number, number_text, target_text

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
Key = tuple[str, str]  # ("r", result id) or ("i", indicator id)
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
MUTED = QColor("#6b7780")
_NO_PARENT = -1
_BOLD = QFont()
_BOLD.setBold(True)


class ProgressModel(QAbstractItemModel):
    TEXT, TARGET, REALISASI, UNIT, NOTE, EVIDENCE = range(6)
    sig_edit_requested = Signal(object, int, str)
    """(row key, column, typed text): the person committed an edit of a cell."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table: ProgressTable | None = None
        self._results: list[ResultProgressRow] = []
        self._keys: dict[Key, tuple[int, int]] = {}  # key → (result row, indicator row or -1)

    # -- data in ---------------------------------------------------------------------------------

    @property
    def kualitatif(self) -> bool:
        return self.table is not None and self.table.pendekatan == Pendekatan.KUALITATIF.value

    @property
    def writable(self) -> bool:
        return self.table is not None and self.table.writable

    def set_table(self, table: ProgressTable | None) -> None:
        """Show another table; one with the same rows in the same order is swapped in place."""
        same = (
            table is not None
            and self.table is not None
            and self.table.plan_id == table.plan_id
            and self.table.pendekatan == table.pendekatan
            and _shape(self.table) == _shape(table)
        )
        if same and table is not None:
            self.table = table
            self._results = list(table.results)
            if self._results:
                last = self.index(len(self._results) - 1, self.EVIDENCE)
                self.dataChanged.emit(self.index(0, 0), last)
                for row, result in enumerate(self._results):
                    if result.indicators:
                        parent = self.index(row, 0)
                        self.dataChanged.emit(
                            self.index(0, 0, parent),
                            self.index(len(result.indicators) - 1, self.EVIDENCE, parent),
                        )
            return
        self.beginResetModel()
        self.table = table
        self._results = list(table.results) if table is not None else []
        self._keys = {}
        for r, result in enumerate(self._results):
            self._keys[("r", result.result_id)] = (r, _NO_PARENT)
            for i, indicator in enumerate(result.indicators):
                self._keys[("i", indicator.indicator_id)] = (r, i)
        self.endResetModel()

    # -- lookups ---------------------------------------------------------------------------------

    def key(self, index: Index) -> Key | None:
        if not index.isValid():
            return None
        result, indicator = self._rows(index)
        if indicator is not None:
            return ("i", indicator.indicator_id)
        return ("r", result.result_id)

    def index_of(self, key: Key, column: int = 0) -> QModelIndex:
        found = self._keys.get(key)
        if found is None:
            return QModelIndex()
        row, child = found
        if child == _NO_PARENT:
            return self.index(row, column)
        return self.index(child, column, self.index(row, 0))

    def target(self, index: Index) -> tuple[str, str | None] | None:
        """(RHK id, IKI id or None) of a row: where realisasi and bukti dukung of the row go."""
        if not index.isValid():
            return None
        result, indicator = self._rows(index)
        return result.result_id, indicator.indicator_id if indicator is not None else None

    def result_of(self, index: Index) -> ResultProgressRow | None:
        if not index.isValid():
            return None
        return self._rows(index)[0]

    def indicator_of(self, index: Index) -> IndicatorProgressRow | None:
        if not index.isValid():
            return None
        return self._rows(index)[1]

    def cell(self, key: Key) -> ProgressCell | None:
        """The realisasi recorded for a row (None: nothing yet)."""
        index = self.index_of(key)
        if not index.isValid():
            return None
        result, indicator = self._rows(index)
        return indicator.progress if indicator is not None else result.progress

    def row_label(self, index: Index) -> str:
        """ "RHK utama 1" / "IKI of RHK utama 1": how the row is named in dialogs and headers."""
        if not index.isValid():
            return ""
        result, indicator = self._rows(index)
        if indicator is not None:
            return translate("Monitoring", "IKI: {text}").format(text=indicator.text)
        return f"{_rhk_number(result)}: {result.text}"

    def _rows(self, index: Index) -> tuple[ResultProgressRow, IndicatorProgressRow | None]:
        parent_row = int(index.internalId()) - 1
        if parent_row < 0:
            return self._results[index.row()], None
        result = self._results[parent_row]
        return result, result.indicators[index.row()]

    # -- QAbstractItemModel ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column > self.EVIDENCE or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self._results):
                return QModelIndex()
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0 or parent.row() >= len(self._results):
            return QModelIndex()  # indicators have no children
        if row >= len(self._results[parent.row()].indicators):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid():
            return QModelIndex()
        parent_row = int(child.internalId()) - 1
        if parent_row < 0:
            return QModelIndex()
        return self.createIndex(parent_row, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._results)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._results[parent.row()].indicators)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.EVIDENCE + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.TEXT: translate("Monitoring", "RHK / IKI"),
                self.TARGET: translate("Monitoring", "Target"),
                self.REALISASI: translate("Monitoring", "Realisasi"),
                self.UNIT: translate("Monitoring", "Unit"),
                self.NOTE: translate("Monitoring", "Note"),
                self.EVIDENCE: translate("Monitoring", "Evidence"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.TARGET: translate("Monitoring", "The target set in the plan (R-IKI)"),
                self.REALISASI: translate(
                    "Monitoring", "What was achieved in this period: type it, Enter saves, Escape cancels"
                ),
                self.UNIT: translate("Monitoring", "The unit of the realisasi (default: the target's unit)"),
                self.EVIDENCE: translate("Monitoring", "Bukti dukung files attached in this period"),
            }.get(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        if self.editable(index):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def editable(self, index: Index) -> bool:
        """May this cell be typed into now (the plan ditetapkan, the period open, the person
        allowed — else the banner says why)?"""
        if not self.writable or not index.isValid():
            return False
        _result, indicator = self._rows(index)
        column = index.column()
        if self.kualitatif:
            return column in (self.REALISASI, self.NOTE)
        if indicator is None:
            return False  # kuantitatif: the realisasi belongs to the IKI (R-IKI)
        if column == self.REALISASI:
            return True
        if column in (self.UNIT, self.NOTE):
            return indicator.progress is not None
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result, indicator = self._rows(index)
        column = index.column()
        if role == KEY_ROLE:
            return self.key(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(result, indicator, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(result, indicator, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(result, indicator, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            column == self.EVIDENCE or (column == self.REALISASI and not self.kualitatif)
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and indicator is None and column == self.TEXT:
            return _BOLD
        if role == Qt.ItemDataRole.ForegroundRole and self._muted(result, indicator, column):
            return QBrush(MUTED)
        return None

    def _cell(self, result: ResultProgressRow, indicator: IndicatorProgressRow | None) -> ProgressCell | None:
        return indicator.progress if indicator is not None else result.progress

    def _display(self, result: ResultProgressRow, indicator: IndicatorProgressRow | None, column: int) -> str:
        cell = self._cell(result, indicator)
        if column == self.TEXT:
            if indicator is not None:
                return indicator.text
            return f"{_rhk_number(result)} · {result.text}"
        if column == self.TARGET:
            if indicator is not None:
                return target_text(indicator)
            return result.ukuran_keberhasilan if self.kualitatif else ""
        if column == self.REALISASI:
            if indicator is None and not self.kualitatif:
                done = sum(1 for i in result.indicators if i.progress is not None)
                if not result.indicators:
                    return ""
                return translate("Monitoring", "{done}/{total} IKI").format(
                    done=formatting.format_count(done), total=formatting.format_count(len(result.indicators))
                )
            if cell is None:
                return "—" if self.writable else ""
            if self.kualitatif:
                number = f"{number_text(cell.realisasi)} {cell.unit}".strip()
                return f"{cell.text} ({number})" if cell.text and number else (cell.text or number)
            return number_text(cell.realisasi)
        if column == self.UNIT:
            if cell is not None and not self.kualitatif:
                return cell.unit
            return ""
        if column == self.NOTE:
            return " ".join(cell.note.split()) if cell is not None else ""
        if column == self.EVIDENCE:
            count = indicator.evidence_count if indicator is not None else result.evidence_count
            return formatting.format_count(count) if count else ""
        return ""

    def _edit_text(
        self, result: ResultProgressRow, indicator: IndicatorProgressRow | None, column: int
    ) -> str:
        cell = self._cell(result, indicator)
        if cell is None:
            return ""
        if column == self.REALISASI:
            return cell.text if self.kualitatif else edit_number(cell.realisasi)
        if column == self.UNIT:
            return cell.unit
        if column == self.NOTE:
            return cell.note
        return ""

    def _tooltip(self, result: ResultProgressRow, indicator: IndicatorProgressRow | None, column: int) -> str:
        if column == self.TEXT:
            if indicator is not None:
                return indicator.text
            text = f"{_rhk_number(result)}\n{result.text}"
            if result.ukuran_keberhasilan:
                text += "\n" + translate("Monitoring", "Ukuran keberhasilan: {text}").format(
                    text=result.ukuran_keberhasilan
                )
            return text
        if column == self.TARGET and indicator is None and self.kualitatif:
            return result.ukuran_keberhasilan
        if column in (self.REALISASI, self.UNIT, self.NOTE):
            cell = self._cell(result, indicator)
            if cell is None:
                return ""
            lines = []
            if cell.note:
                lines.append(cell.note)
            who = cell.recorded_by_name or translate("Monitoring", "someone")
            if cell.source:
                lines.append(
                    translate("Monitoring", "Imported from e-Kinerja by {who} on {date}").format(
                        who=who, date=formatting.format_date(cell.recorded_on)
                    )
                )
            else:
                lines.append(
                    translate("Monitoring", "Recorded by {who} on {date}").format(
                        who=who, date=formatting.format_date(cell.recorded_on)
                    )
                )
            return "\n".join(lines)
        if column == self.EVIDENCE:
            return translate("Monitoring", "Drop files on this row to attach them as bukti dukung")
        return ""

    def _muted(self, result: ResultProgressRow, indicator: IndicatorProgressRow | None, column: int) -> bool:
        if column == self.REALISASI:
            return (indicator is None and not self.kualitatif) or self._cell(result, indicator) is None
        return column in (self.TARGET, self.NOTE)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not self.editable(index):
            return False
        key = self.key(index)
        if key is None:
            return False
        text = "" if value is None else str(value)
        if text.strip() == str(self.data(index, Qt.ItemDataRole.EditRole) or "").strip():
            return False  # nothing changed: no command, no write
        self.sig_edit_requested.emit(key, index.column(), text)
        return False  # the page writes; the table read back brings the value


def _rhk_number(result: ResultProgressRow) -> str:
    if result.jenis == "tambahan":
        return translate("Monitoring", "RHK tambahan {n}").format(n=result.number)
    return translate("Monitoring", "RHK utama {n}").format(n=result.number)


def _shape(table: ProgressTable) -> list[tuple[str, tuple[str, ...]]]:
    return [(r.result_id, tuple(i.indicator_id for i in r.indicators)) for r in table.results]
