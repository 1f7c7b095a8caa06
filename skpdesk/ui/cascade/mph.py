"""Matriks Pembagian Peran dan Hasil (R-CASCADE [P]) as an editable grid: rows = the people an
atasan rates (with jabatan), columns = the atasan's RHK utama, a cell = the RHK that person
delivers for it. Typing in a cell creates or rewords that RHK with its parent; emptying it
removes the RHK — each an undoable command."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from skpdesk.domain.cascade import NodeKind
from skpdesk.services.cascade import MphMatrix
from skpdesk.ui.ops import ServiceCommand

if TYPE_CHECKING:
    from skpdesk.ui.cascade.page import CascadePage

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
MAX_HEADER = 28  # characters of an atasan RHK in a column header (the tooltip has it whole)


class MphModel(QAbstractTableModel):
    """Column 0 is the person and jabatan; then one column per atasan RHK."""

    def __init__(self, panel: MphPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.grid: MphMatrix | None = None

    def set_grid(self, grid: MphMatrix | None) -> None:
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.grid is None else len(self.grid.columns) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.grid is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == 0:
            return self.tr("Person and jabatan")
        column = self.grid.columns[section - 1]
        text = (
            column.text
            if role == Qt.ItemDataRole.ToolTipRole or len(column.text) < 60
            else column.text[:59] + "…"
        )
        return f"{column.number}. {text}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.grid is None or not index.isValid():
            return None
        row = self.grid.rows[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                suffix = "" if row.plan_id else self.tr(" (no plan yet)")
                return f"{row.name}\n{row.jabatan}{suffix}"
            return None
        cells = row.cells.get(self.grid.columns[index.column() - 1].result_id, ())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return "\n".join(c.text for c in cells)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.grid is None or index.column() == 0:
            return flags
        row = self.grid.rows[index.row()]
        cells = row.cells.get(self.grid.columns[index.column() - 1].result_id, ())
        if row.plan_id and len(cells) <= 1 and row.plan_status not in ("diajukan", "direviu"):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.grid is None or role != Qt.ItemDataRole.EditRole or index.column() == 0:
            return False
        row = self.grid.rows[index.row()]
        column = self.grid.columns[index.column() - 1]
        cells = row.cells.get(column.result_id, ())
        old = cells[0].text if cells else ""
        new = " ".join(str(value).split())
        if new == old or row.plan_id is None:
            return False
        self.panel.set_cell(row.plan_id, column.result_id, old, new, cells[0].result_id if cells else None)
        return True


class MphPanel(QWidget):
    def __init__(self, page: CascadePage) -> None:
        super().__init__()
        self.page = page
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Atasan")))
        self.atasan = QComboBox()
        self.atasan.setObjectName("mphAtasan")
        self.atasan.currentIndexChanged.connect(lambda _i: self.show_grid())
        bar.addWidget(self.atasan, 1)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("mphExport")
        self.export_button.clicked.connect(self.export)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        hint = QLabel(
            self.tr(
                "A cell is the result that person delivers for the atasan's result above it. Type to create "
                "or reword it; empty it to remove it (Ctrl+Z undoes)."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.model = MphModel(self)
        self.table = QTableView()
        self.table.setObjectName("mphTable")
        self.table.setModel(self.model)
        self.model.setParent(self.table)  # the view goes before its model (see page.py)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setDefaultSectionSize(250)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        """The atasan of the unit: every owner who rates somebody in the tree, top-down."""
        tree = self.page.model.tree
        current = self.atasan.currentData()
        self.atasan.blockSignals(True)
        self.atasan.clear()
        if tree is not None:
            owners: dict[str, tuple[int, str, str]] = {}
            for node in tree.nodes.values():
                if (
                    node.kind is NodeKind.RESULT
                    and node.owner_id
                    and node.owner_id in tree.subordinates
                    and node.plan_id
                ):
                    owners.setdefault(
                        node.owner_id, (node.level, f"{node.owner_name} — {node.jabatan}", node.plan_id)
                    )
            for _level, label, plan_id in sorted(owners.values()):
                self.atasan.addItem(label, plan_id)
        found = self.atasan.findData(current)
        self.atasan.setCurrentIndex(found if found >= 0 else 0)
        self.atasan.blockSignals(False)
        self.show_grid()

    def show_grid(self) -> None:
        plan_id = self.atasan.currentData()
        grid = self.page.ops.run(self.page.ops.ws.cascade.mph, str(plan_id)) if plan_id else None
        self.model.set_grid(grid)
        self.table.resizeRowsToContents()

    def set_cell(self, plan_id: str, column_id: str, old: str, new: str, result_id: str | None) -> None:
        service = self.page.ops.ws.cascade
        remembered = {"id": result_id}

        def put(text: str) -> Any:
            made, changes = service.set_mph_cell(plan_id, column_id, text, record_id=remembered["id"])
            remembered["id"] = made or remembered["id"]
            self.page._expect = set()
            return changes

        self.page.ops.push(
            ServiceCommand(
                self.page.ops,
                translate("CascadeCommands", "Edit MPH cell"),
                lambda: self._after(put(new)),
                lambda: self._after(put(old)),
            )
        )

    def _after(self, changes: Any) -> Any:
        self.show_grid()
        return changes

    def export(self) -> None:
        from skpdesk.ui.cascade.export import export_mph

        if self.model.grid is not None:
            export_mph(self.page)
