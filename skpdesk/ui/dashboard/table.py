"""The table under a dashboard chart: a read-only model over ``parts.Table`` (rows of text and
numbers; the total first, in bold), filled in one reset so that a provinsi's rows cost one
layout, not one per cell."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from skpdesk.ui.dashboard.parts import Table
from skpdesk.ui.overview.base import cell_text

Index = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.table: Table | None = None
        self._rows: list[tuple[object, ...]] = []
        self._texts: list[list[str]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self._rows = ([table.total] if table.total is not None and table.rows else []) + list(table.rows)
        self._texts = [[cell_text(v) for v in row] for row in self._rows]
        self.endResetModel()

    @property
    def has_total(self) -> bool:
        return self.table is not None and self.table.total is not None and bool(self.table.rows)

    def key(self, row: int) -> str | None:
        """The unit id of a row (None for the total row, or no unit)."""
        if self.table is None:
            return None
        index = row - (1 if self.has_total else 0)
        keys = self.table.keys
        return keys[index] if 0 <= index < len(keys) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[r][c]
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._texts[r][c]
            return text if len(text) > 30 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            value = self._rows[r][c]
            if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and r == 0 and self.has_total:
            return self._bold
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and self.table:
            return self.table.headers[section]
        return None


def make_view(model: TableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    model.setParent(view)  # the view owns its model (destroyed after the view lets go of it)
    view.verticalHeader().setVisible(False)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return view


def fit_columns(view: QTableView, widest: int = 420) -> None:
    """Columns as wide as their contents (one pass), none wider than ``widest`` pixels."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > widest:
            header.resizeSection(column, widest)
