"""The main window (first cut): the workspace's organisation and what it holds.

The navigation for every area of the product comes with the main-window issue; this window is
already useful: it shows the organisation tree with head counts and the workspace's contents.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skpdesk.services.workspace import Workspace
from skpdesk.ui.labels import table_label


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._ws = workspace
        self.setWindowTitle(self.tr("SKP Desk — {path}").format(path=workspace.folder))
        self.resize(1280, 720)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Organisation"), self.tr("Employees")])
        self.tree.setColumnWidth(0, 460)
        self.counts = QTableWidget(0, 2)
        self.counts.setHorizontalHeaderLabels([self.tr("Data"), self.tr("Rows")])
        header = self.counts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.counts.verticalHeader().setVisible(False)
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        right = QWidget()
        layout = QVBoxLayout(right)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self.counts)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setSizes([760, 520])
        self.setCentralWidget(splitter)
        refresh = QAction(self.tr("Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh)
        self.addAction(refresh)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)
        self.refresh()

    def refresh(self) -> None:
        info = self._ws.info()
        self.summary.setText(
            self.tr("Workspace {path}\nSchema {schema} · {ops} recorded changes").format(
                path=info.workspace, schema=info.schema, ops=f"{info.ops:,}".replace(",", ".")
            )
        )
        self.statusBar().showMessage(str(info.workspace))
        self.counts.setRowCount(len(info.counts))
        for row, (table, count) in enumerate(info.counts.items()):
            self.counts.setItem(row, 0, QTableWidgetItem(table_label(table)))
            item = QTableWidgetItem(f"{count:,}".replace(",", "."))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts.setItem(row, 1, item)
        self.tree.clear()
        units = self._ws.org.unit_counts()
        totals = {u.unit_id: u.employees for u in units}  # employees of the unit and everything below
        parents = {u.unit_id: u.parent_id for u in units}
        for unit in units:
            cursor = unit.parent_id
            while cursor is not None and cursor in totals:
                totals[cursor] += unit.employees
                cursor = parents[cursor]
        items: dict[str, QTreeWidgetItem] = {}
        for unit in units:
            node = QTreeWidgetItem([unit.name, f"{totals[unit.unit_id]:,}".replace(",", ".")])
            node.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[unit.unit_id] = node
        for unit in units:
            parent = items.get(unit.parent_id or "")
            if parent is None:
                self.tree.addTopLevelItem(items[unit.unit_id])
            else:
                parent.addChild(items[unit.unit_id])
        self.tree.expandToDepth(0)
