"""Organisation & People: the org tree, employees with search-as-you-type, positions, Plt/Plh.

Left, the unit tree with the number of employees in each subtree; choosing a unit limits the list
to that subtree. Right, the employees (search over 50,000 rows in a few milliseconds per key, see
``ui.models.employees``) with the chosen person's details, and the chosen unit's positions with
their atasan position and holder. Every edit is a command on the undo stack; actions the acting
role may not take are disabled with the reason as their tool tip, and the services refuse anyway.

The first load (two queries and the index: about a second on a provinsi workspace) runs off the
GUI thread; afterwards a change is applied in place from ``Changes``.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QThreadPool,
    QTimer,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain import jabatan, nip, pangkat
from skpdesk.domain.errors import SkpError
from skpdesk.domain.roles import GRANTED_ROLES, Action, Role
from skpdesk.formatting import format_count, format_date
from skpdesk.services.base import Changes
from skpdesk.services.org import (
    EmployeeDetail,
    GrantRow,
    NewEmployee,
    NewGrant,
    NewPosition,
    NewUnit,
    OrgService,
    PositionIndexRow,
    PositionRow,
    UnitInfo,
)
from skpdesk.ui.areas import AREA_BY_KEY, role_label
from skpdesk.ui.errors import show_error
from skpdesk.ui.jobs import Job
from skpdesk.ui.models.employees import (
    EmployeeIndex,
    EmployeeTableModel,
    PositionIndex,
    PositionTableModel,
    UnitPositionsModel,
    UnitText,
    jabatan_title,
    name_with_gelar,
)
from skpdesk.ui.models.org_tree import OrgTreeModel, expanded_ids, restore_expanded, unit_texts
from skpdesk.ui.ops import Ops
from skpdesk.ui.org import commands
from skpdesk.ui.org.dialogs import (
    ActingDialog,
    EmployeeDialog,
    EmployeePicker,
    EndActingDialog,
    PositionDialog,
    PositionPicker,
    RenameUnitDialog,
    RolesDialog,
    UnitDialog,
    UnitPicker,
    down_moves_to,
    employee_columns,
    icon,
    setup_table,
    show_refusal,
)
from skpdesk.ui.page import Page

MUTED = "#5b6b78"
POSITIONS_SHOWN = 1000  # the positions tab shows at most this many (a provinsi root has 50,000)


def load_org(org: OrgService) -> tuple[list[UnitInfo], EmployeeIndex]:
    """What the screen shows, read and indexed (plain Python: runs in the loader thread)."""
    units = org.unit_tree()
    rows = org.employee_index()
    return units, EmployeeIndex(rows, unit_texts(units))


def load_positions(org: OrgService) -> list[PositionIndexRow]:
    """Every position for the pickers (read after the list is shown, and again after changes).

    Only the query runs off the GUI thread: SQLite lets go of Python's lock while it works, so the
    list stays quick to search meanwhile; the index is built when a picker first needs it."""
    return org.position_index()


class OrgPage(Page):
    key = "organisasi"

    def __init__(self, ops: Ops) -> None:
        area = AREA_BY_KEY["organisasi"]
        super().__init__(ops, area.label(), area.description())
        self.loaded = False
        self._generation = 0
        self._loading: Job | None = None
        self._positions_job: Job | None = None
        self._positions_generation = 0
        self._position_rows: list[PositionIndexRow] | None = None
        self._position_index: PositionIndex | None = None
        self._positions_tab_stale = True
        self._reload_after = False
        self._pending_target: str | None = None
        self._unit_id: str | None = None
        self._detail: EmployeeDetail | None = None
        self._positions: PositionTableModel | None = None
        self._units_text: dict[str, UnitText] = {}
        self._pending_select: str | None = None
        self._selected_id: str | None = None  # the chosen employee, kept across re-sorting
        self._new_unit: str | None = None  # what the last new-unit / new-position form saved
        self._new_position: str | None = None

        self.tree_model = OrgTreeModel(self)
        self.employees = EmployeeTableModel(self)
        self.unit_positions = UnitPositionsModel(self)
        self._build_actions()
        self._build_ui()
        self._detail_timer = QTimer(self)
        self._detail_timer.setSingleShot(True)
        self._detail_timer.setInterval(40)  # arrow keys held down do not query every row
        self._detail_timer.timeout.connect(self._show_detail)
        self._positions_timer = QTimer(self)
        self._positions_timer.setSingleShot(True)
        self._positions_timer.setInterval(300)  # several edits in a row: one reload
        self._positions_timer.timeout.connect(self._reload_positions)
        self._update_actions()

    # -- building --------------------------------------------------------------------------------

    def _action(self, text: str, icon_name: str, slot: Callable[[], None], shortcut: str = "") -> QAction:
        action = QAction(icon(icon_name), text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        action.setData(text)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(self.tr("New employee"), "add", self.new_employee, "Ctrl+N")
        self.act_edit = self._action(self.tr("Edit"), "edit", self.edit_employee)
        self.act_delete = self._action(self.tr("Delete"), "delete", self.delete_employee)
        self.act_move = self._action(self.tr("Move to position…"), "move", self.move_employee, "Ctrl+M")
        self.act_acting = self._action(self.tr("Plt/Plh…"), "acting", self.assign_acting, "Ctrl+Shift+A")
        self.act_end_acting = self._action(
            self.tr("End Plt/Plh…"), "calendar", self.end_acting, "Ctrl+Shift+E"
        )
        self.act_roles = self._action(self.tr("Roles…"), "user", self.edit_roles, "Ctrl+Shift+R")
        self.act_rename_unit = self._action(self.tr("Rename unit…"), "edit", self.rename_unit)
        self.act_move_unit = self._action(self.tr("Move unit…"), "move", self.move_unit, "Ctrl+Shift+M")
        self.act_new_unit = self._action(self.tr("New unit…"), "add", self.new_unit, "Ctrl+Shift+N")
        self.act_delete_unit = self._action(self.tr("Delete unit"), "delete", self.delete_unit)
        self.act_new_position = self._action(
            self.tr("New position…"), "add", self.new_position, "Ctrl+Shift+P"
        )
        self.act_edit_position = self._action(self.tr("Edit position…"), "edit", self.edit_position)
        self.act_delete_position = self._action(self.tr("Delete position"), "delete", self.delete_position)
        self.act_atasan = self._action(self.tr("Change atasan…"), "move", self.change_atasan)
        # Edit and Delete act on the employee list only (the tree has its own F2).
        self.act_edit.setShortcuts([QKeySequence(Qt.Key.Key_F2)])
        self.act_edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_rename_unit.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.act_rename_unit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        # the tree's Delete deletes the unit; the positions table's F2 and Delete act on a position
        self.act_delete_unit.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete_unit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_edit_position.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.act_edit_position.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_delete_position.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete_position.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

    def _build_ui(self) -> None:
        self.notice = QFrame()
        self.notice.setObjectName("banner")
        self.notice.setProperty("level", "info")
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(10, 6, 10, 6)
        self.notice_text = QLabel()
        self.notice_text.setWordWrap(True)
        notice_layout.addWidget(self.notice_text, 1)
        self.notice.setVisible(False)
        self.body.addWidget(self.notice)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setObjectName("orgToolbar")
        for action in (self.act_new, self.act_edit, self.act_delete, self.act_move):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.act_acting)
        self.toolbar.addAction(self.act_end_acting)
        self.toolbar.addAction(self.act_roles)
        self.body.addWidget(self.toolbar)

        # left: the tree
        left = QFrame()
        left.setObjectName("card")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(10, 10, 10, 10)
        tree_title = QLabel(self.tr("Organisation"))
        tree_title.setObjectName("sectionTitle")
        title_row = QHBoxLayout()
        title_row.addWidget(tree_title, 1)
        # the unit actions sit above the tree they act on (icons; the tool tip names each)
        self.unit_toolbar = QToolBar()
        self.unit_toolbar.setObjectName("unitToolbar")
        self.unit_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.unit_toolbar.setStyleSheet("QToolBar { border: none; background: transparent; }")
        for action in (self.act_new_unit, self.act_rename_unit, self.act_move_unit, self.act_delete_unit):
            self.unit_toolbar.addAction(action)
        title_row.addWidget(self.unit_toolbar)
        left_layout.addLayout(title_row)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setExpandsOnDoubleClick(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(OrgTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OrgTreeModel.EMPLOYEES, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.addAction(self.act_rename_unit)
        self.tree.addAction(self.act_delete_unit)
        left_layout.addWidget(self.tree, 1)
        self.loading_label = QLabel(self.tr("Loading the organisation…"))
        self.loading_label.setObjectName("muted")
        left_layout.addWidget(self.loading_label)

        # right: employees and positions
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_employees_tab(), icon("user"), self.tr("Employees"))
        self.positions_page = self._build_positions_tab()
        self.tabs.addTab(self.positions_page, icon("organisasi"), self.tr("Positions"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 820])
        self.splitter.setChildrenCollapsible(False)
        self.body.addWidget(self.splitter, 1)

        self.tree.selectionModel().currentChanged.connect(lambda current, _prev: self._unit_chosen(current))
        self.tree.customContextMenuRequested.connect(self._tree_menu)

    def _build_employees_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("employeeSearch")
        self.search.setPlaceholderText(self.tr("Search NIP, name, position, unit…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._search_enter)
        row.addWidget(self.search, 1)
        self.scope_button = QPushButton()
        self.scope_button.setObjectName("scopeChip")
        self.scope_button.setToolTip(self.tr("Show the employees of every unit"))
        self.scope_button.clicked.connect(self.show_all_units)
        self.scope_button.setVisible(False)
        row.addWidget(self.scope_button)
        self.count = QLabel()
        self.count.setObjectName("muted")
        row.addWidget(self.count)
        layout.addLayout(row)

        self.table = QTableView()
        self.table.setObjectName("employeeTable")
        self.table.setModel(self.employees)
        setup_table(self.table)
        employee_columns(self.table)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(EmployeeTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.table.activated.connect(lambda _index: self.edit_employee())  # Enter and double-click
        self.table.addAction(self.act_edit)
        self.table.addAction(self.act_delete)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.horizontalHeader().sortIndicatorChanged.connect(lambda _c, _o: self._after_sort())
        down_moves_to(self.search, self.table)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search.clear)

        self.detail = QFrame()
        self.detail.setObjectName("card")
        self.detail.setAccessibleName(self.tr("Details of the chosen employee"))
        card = QVBoxLayout(self.detail)
        card.setContentsMargins(1, 1, 1, 1)
        scroll = QScrollArea()  # long names and many roles stay reachable at 1366×768
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        inner = QWidget()
        detail_layout = QGridLayout(inner)
        detail_layout.setContentsMargins(13, 9, 13, 9)
        detail_layout.setHorizontalSpacing(24)
        detail_layout.setVerticalSpacing(4)
        self.detail_identity = self._detail_label()
        self.detail_position = self._detail_label()
        self.detail_acting = self._detail_label()
        titles = (self.tr("Employee"), self.tr("Position and atasan"), self.tr("Plt/Plh and roles"))
        for column, (title, label) in enumerate(
            zip(titles, (self.detail_identity, self.detail_position, self.detail_acting), strict=True)
        ):
            heading = QLabel(title)
            heading.setObjectName("sectionTitle")
            detail_layout.addWidget(heading, 0, column)
            detail_layout.addWidget(label, 1, column)
            detail_layout.setColumnStretch(column, 1)
        detail_layout.setRowStretch(2, 1)
        scroll.setWidget(inner)
        card.addWidget(scroll)
        self.detail.setMinimumHeight(120)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setChildrenCollapsible(False)
        split.setSizes([390, 165])
        layout.addWidget(split, 1)
        return page

    def _detail_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _build_positions_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        self.positions_title = QLabel()
        self.positions_title.setObjectName("sectionTitle")
        layout.addWidget(self.positions_title)
        hint = QLabel(
            self.tr(
                "Each position reports to its atasan position; whoever holds that position (or acts in "
                "it as Plt/Plh) is the pejabat penilai. Double-click a position to open its holder."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.positions_toolbar = QToolBar()
        self.positions_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.positions_toolbar.setObjectName("positionsToolbar")
        for action in (
            self.act_new_position,
            self.act_edit_position,
            self.act_atasan,
            self.act_delete_position,
        ):
            self.positions_toolbar.addAction(action)
        layout.addWidget(self.positions_toolbar)
        self.positions_view = QTableView()
        self.positions_view.setObjectName("positionTable")
        self.positions_view.setModel(self.unit_positions)
        setup_table(self.positions_view)
        header = self.positions_view.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(self.unit_positions.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(UnitPositionsModel.JENJANG, QHeaderView.ResizeMode.ResizeToContents)
        self.positions_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.positions_view.customContextMenuRequested.connect(self._positions_menu)
        self.positions_view.activated.connect(self._open_holder)
        self.positions_view.addAction(self.act_edit_position)
        self.positions_view.addAction(self.act_delete_position)
        self.positions_view.selectionModel().selectionChanged.connect(lambda _s, _d: self._update_actions())
        layout.addWidget(self.positions_view, 1)
        return page

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload everything in the background; the current view stays until the data is in."""
        self._update_actions()
        if self._loading is not None:
            self._reload_after = True
            return
        self._generation += 1
        org = self.ops.ws.org
        job = Job(lambda: load_org(org), self._generation)
        job.signals.done.connect(self._loaded)
        job.signals.failed.connect(self._load_failed)
        self._loading = job
        self.loading_label.setVisible(True)
        QThreadPool.globalInstance().start(job)

    def load_now(self) -> None:
        """Load on the GUI thread (tests and the benchmark's set-up)."""
        self._generation += 1
        self._loaded(self._generation, load_org(self.ops.ws.org))

    def _load_failed(self, generation: int, exc: object) -> None:
        self._loading = None
        self.loading_label.setVisible(False)
        if generation == self._generation and isinstance(exc, BaseException):
            show_error(self.ops.window or self, exc)

    def _loaded(self, generation: int, result: object) -> None:
        self._loading = None
        if generation != self._generation:
            return
        units: list[UnitInfo]
        index: EmployeeIndex
        units, index = result  # type: ignore[misc]
        self._set_units(units)
        selected = self.current_employee_id()
        self.employees.set_index(index)
        self.loaded = True
        self.loading_label.setVisible(False)
        if self._unit_id is None and self.tree_model.roots():
            self.tree.expandToDepth(0)
            self._select_unit(self.tree_model.roots()[0])
        if selected:
            self._select_employee(selected)
        self._after_filter()
        self._positions_tab_stale = True
        self._show_unit_positions()
        self._positions_timer.start()  # the pickers' positions, after the list is on screen
        if self._pending_target:
            target, self._pending_target = self._pending_target, None
            self.open_item(target)
        if self._reload_after:
            self._reload_after = False
            self.refresh()

    def _reload_positions(self) -> None:
        if self._positions_job is not None:
            self._positions_timer.start()  # one at a time: try again shortly
            return
        self._positions_generation += 1
        org = self.ops.ws.org
        job = Job(lambda: load_positions(org), self._positions_generation)
        job.signals.done.connect(self._positions_loaded)
        job.signals.failed.connect(self._positions_failed)
        self._positions_job = job
        QThreadPool.globalInstance().start(job)

    def _positions_loaded(self, generation: int, result: object) -> None:
        self._positions_job = None
        if generation == self._positions_generation and isinstance(result, list):
            self._position_rows = result
            self._position_index = None  # the next picker indexes the new rows
            self._positions = None

    def _positions_failed(self, _generation: int, exc: object) -> None:
        self._positions_job = None
        if isinstance(exc, BaseException):
            show_error(self.ops.window or self, exc)

    def _set_units(self, units: Sequence[UnitInfo]) -> bool:
        """Show these units, keeping expansion and the chosen unit. True when units changed shape."""
        expanded = expanded_ids(self.tree, self.tree_model)
        chosen = self._unit_id
        reshaped = self.tree_model.set_units(units)
        if reshaped:
            restore_expanded(self.tree, self.tree_model, expanded)
            if chosen and self.tree_model.index_of(chosen).isValid():
                self._select_unit(chosen)
            else:
                self._unit_id = None
                self.employees.set_scope(None)
        texts = unit_texts(units)
        if texts != self._units_text:
            first = not self._units_text
            self._units_text = texts
            self._position_index = None  # the pickers name and search units anew
            self._positions = None
            if not first:
                self.employees.set_units(texts)
        if self._unit_id is not None:
            self.employees.set_scope(self._scope_of(self._unit_id))
        return reshaped

    # -- Changes from service calls --------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        tables = changes.tables
        relevant = {"org_unit", "position", "employee", "acting_assignment", "role_grant"}
        if not changes or not relevant & {t for t, ids in tables.items() if ids}:
            return
        if not self.loaded or self._loading is not None:
            self.refresh()  # the load in flight may have read the old data: read again after it
            return
        if {"employee", "position", "org_unit", "acting_assignment"} & {
            t for t, ids in tables.items() if ids
        }:
            self._positions_timer.start()  # the pickers' holders and titles, read again off the GUI thread
            self._positions_tab_stale = True
        if tables.get("position"):
            self.refresh()
            return
        employee_ids = tables.get("employee", frozenset())
        recount = bool(tables.get("org_unit"))
        if employee_ids:
            selected = self.current_employee_id()
            rows = self.ops.ws.org.employee_index(employee_ids)
            index = self.employees.index_data
            for row in rows:  # a move, an addition: the tree's counts change
                i = index.row_of.get(row[0])
                if i is None or index.position_ids[i] != row[7]:
                    recount = True
            removed = employee_ids - {r[0] for r in rows}
            if removed & set(index.row_of):
                recount = True
            self.employees.apply_changes(rows, removed)
            if selected:
                self._select_employee(selected)
        if recount:
            self._set_units(self.ops.ws.org.unit_tree())
        self._after_filter()
        self._show_detail()
        self._show_unit_positions()

    # -- choosing a unit, searching --------------------------------------------------------------

    def _scope_of(self, unit_id: str) -> frozenset[str] | None:
        if unit_id in self.tree_model.roots():
            return None  # the whole instansi: no filter at all
        return self.tree_model.subtree_ids(unit_id)

    def _unit_chosen(self, index: QModelIndex) -> None:
        unit_id = self.tree_model.unit_id(index)
        if unit_id == self._unit_id:
            return
        self._unit_id = unit_id
        selected = self.current_employee_id()
        self.employees.set_scope(self._scope_of(unit_id) if unit_id else None)
        if selected:
            self._select_employee(selected)
        self._after_filter()
        self._positions_tab_stale = True
        self._show_unit_positions()
        self._update_actions()

    def _select_unit(self, unit_id: str) -> None:
        index = self.tree_model.index_of(unit_id)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.scrollTo(index)
        self._unit_chosen(index)

    def show_all_units(self) -> None:
        roots = self.tree_model.roots()
        if roots:
            self._select_unit(roots[0])
        else:
            self._unit_id = None
            self.employees.set_scope(None)
            self._after_filter()

    def _search_changed(self, text: str) -> None:
        selected = self.current_employee_id()
        self.employees.set_query(text)
        kept = bool(selected) and self._select_employee(selected or "")
        if not kept and self.employees.visible_count() and (selected or text.strip()):
            self.table.selectRow(0)  # the first match is ready for Enter
        self._after_filter()

    def _search_enter(self) -> None:
        if self.employees.visible_count():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _after_filter(self) -> None:
        shown, total = self.employees.visible_count(), self.employees.total_count()
        if shown == total:
            self.count.setText(self.tr("%Ln employee(s)", "", total))
        else:
            self.count.setText(
                self.tr("%Ln of {total} employees", "", shown).format(total=format_count(total))
            )
        unit = self.tree_model.info(self._unit_id) if self._unit_id else None
        scoped = unit is not None and self._unit_id not in self.tree_model.roots()
        self.scope_button.setVisible(scoped)
        if scoped and unit is not None:
            self.scope_button.setText(self.tr("In: {unit}  ✕").format(unit=_elide(unit.name, 34)))
        if not self.table.selectionModel().hasSelection():
            self._detail_timer.start()
        self._update_actions()

    def current_employee_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.employees.employee_id(rows[0].row())
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return self.employees.employee_id(index.row())
        return None

    def _select_employee(self, employee_id: str) -> bool:
        row = self.employees.row_of(employee_id)
        if row is None:
            return False
        index = self.employees.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    # -- the detail panel and the positions tab ---------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._selected_id = self.employees.employee_id(current.row())
        self._detail_timer.start()

    def _after_sort(self) -> None:
        """A click on a column header re-sorted the list: keep the chosen person in view."""
        if self._selected_id:
            self._select_employee(self._selected_id)

    def _show_detail(self) -> None:
        employee_id = self.current_employee_id()
        detail: EmployeeDetail | None = None
        if employee_id:
            try:
                detail = self.ops.ws.org.employee_detail(employee_id)
            except SkpError:
                detail = None
        self._detail = detail
        if detail is None:
            hint = html.escape(self.tr("Choose an employee to see their details."))
            if self.loaded and not self.employees.visible_count():
                hint = html.escape(
                    self.tr("No employee matches. Check the spelling, or show every unit.")
                    if self.search.text().strip()
                    else self.tr("No employee in this unit.")
                )
            self.detail_identity.setText(f'<span style="color:{MUTED}">{hint}</span>')
            self.detail_position.setText("")
            self.detail_acting.setText("")
            self._update_actions()
            return
        self.detail_identity.setText(self._identity_html(detail))
        self.detail_position.setText(self._position_html(detail))
        self.detail_acting.setText(self._acting_html(detail))
        self._update_actions()

    def _identity_html(self, d: EmployeeDetail) -> str:
        name = html.escape(name_with_gelar(d.gelar_depan, d.name, d.gelar_belakang))
        status = "PNS" if d.status == nip.EmployeeStatus.PNS.value else "PPPK"
        rank = d.golongan or self.tr("golongan not recorded")
        grade = pangkat.GOLONGAN_BY_CODE.get(d.golongan)
        if grade is not None:
            rank = f"{grade.code} · {grade.pangkat}"
        gender = self.tr("male") if d.gender == nip.Gender.LAKI_LAKI.value else self.tr("female")
        lines = [
            f'<span style="font-size:11pt; font-weight:600">{name}</span>',
            f"NIP {html.escape(nip.format_nip(d.nip))}",
            html.escape(f"{status} · {rank} · {gender}"),
        ]
        contact = " · ".join(x for x in (d.email, d.phone) if x)
        if contact:
            lines.append(f'<span style="color:{MUTED}">{html.escape(contact)}</span>')
        return "<br>".join(lines)

    def _holders_html(self, holders: Sequence[Any]) -> str:
        return html.escape(self.unit_positions.holders_text(holders))

    def _position_html(self, d: EmployeeDetail) -> str:
        p = d.position
        if p is None:
            return _span(self.tr("No position recorded."), MUTED)
        level = ""
        try:
            jenjang = jabatan.Jenjang(p.jenjang)
            level = f"{jabatan.label(jenjang)} · {jabatan.jenis_of(jenjang).value.upper()}"
        except ValueError:
            level = p.jenjang
        unit = self._units_text.get(p.unit_id or "")
        lines = [
            f"<b>{html.escape(jabatan_title(p.title, p.jenjang))}</b>",
            f'<span style="color:{MUTED}">{html.escape(level)}</span>',
            html.escape(unit.path if unit else p.unit_name),
        ]
        if p.atasan_position_id:
            lines.append(
                html.escape(self.tr("Atasan: {title} — {holder}")).format(
                    title=html.escape(p.atasan_title), holder=self._holders_html(p.atasan_holders)
                )
            )
        else:
            lines.append(_span(self.tr("No atasan position."), MUTED))
        return "<br>".join(lines)

    def _acting_html(self, d: EmployeeDetail) -> str:
        lines: list[str] = []
        for a in d.acting[:3]:
            when = self.tr("since {start}").format(start=format_date(a.start))
            if a.end is not None:
                when = self.tr("{start} to {end}").format(start=format_date(a.start), end=format_date(a.end))
            text = html.escape(f"{a.kind.capitalize()} {a.position_title} ({when})")
            lines.append(text if a.active else f'<span style="color:{MUTED}">{text}</span>')
        if not d.acting:
            lines.append(_span(self.tr("No Plt/Plh assignment."), MUTED))
        roles = [role_label(Role.PEGAWAI)]
        if d.is_atasan:
            roles.append(role_label(Role.ATASAN))
        for g in d.grants:
            try:
                label = role_label(Role(g.role))
            except ValueError:
                label = g.role
            roles.append(f"{label} ({g.unit_name})" if g.unit_name else label)
        lines.append(html.escape(self.tr("Roles: {roles}").format(roles="; ".join(roles))))
        return "<br>".join(lines)

    def _tab_changed(self, _index: int) -> None:
        self._show_unit_positions()

    def _show_unit_positions(self) -> None:
        """The positions tab, read only while it is shown (a large OPD has thousands)."""
        if self.tabs.currentWidget() is not self.positions_page:
            self._positions_tab_stale = True
            return
        if not self._positions_tab_stale:
            return
        self._positions_tab_stale = False
        unit = self.tree_model.info(self._unit_id) if self._unit_id else None
        if unit is None:
            self.positions_title.setText(self.tr("Choose a unit to see its positions."))
            self.unit_positions.set_rows([])
            return
        units = self.tree_model.subtree_order(unit.id)
        rows, total = self.ops.ws.org.positions_in_units(units, POSITIONS_SHOWN)
        if total > len(rows):
            title = self.tr(
                "Positions in {unit}: the first {shown} of {total}; choose a smaller unit"
            ).format(unit=unit.name, shown=format_count(len(rows)), total=format_count(total))
        else:
            title = self.tr("Positions in {unit} and below (%Ln)", "", total).format(unit=unit.name)
        self.positions_title.setText(title)
        self.unit_positions.set_rows(rows, self._units_text)

    def _open_holder(self, index: QModelIndex) -> None:
        row = self.unit_positions.position(index.row())
        if row is None or not row.holders:
            return
        self.tabs.setCurrentIndex(0)
        self.open_item(row.holders[0].employee_id)

    # -- what the acting person may do -----------------------------------------------------------

    def _why_not(self, unit_id: str | None) -> str:
        """Why the acting person may not change this unit's data; empty when they may."""
        access = self.ops.ws.access
        actor = access.actor
        if actor is None:
            return self.tr("Choose who you are first.")
        if not access.can(Action.EDIT_ORG):
            return self.tr(
                "Your role ({role}) may not change the organisation; the OPD's pengelola kinerja "
                "or the BKPSDM may."
            ).format(role=role_label(actor.role))
        if actor.system or actor.scope_unit_id is None or unit_id is None:
            return ""
        if unit_id not in self.tree_model.subtree_ids(actor.scope_unit_id):
            scope = self.tree_model.info(actor.scope_unit_id)
            return self.tr("This is outside your scope ({scope}).").format(
                scope=scope.name if scope else actor.scope_unit_id
            )
        return ""

    def _set_action(self, action: QAction, why: str, needs: str = "") -> None:
        reason = why or needs
        action.setEnabled(not reason)
        text = str(action.data())
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{text} ({shortcut})" if shortcut else text
        action.setToolTip(f"{tip}\n{reason}" if reason else tip)

    def _update_actions(self) -> None:
        access = self.ops.ws.access
        general = self._why_not(None)
        employee_id = self.current_employee_id()
        index = self.employees.index_data
        unit_of_employee = None
        if employee_id and employee_id in index.row_of:
            unit_of_employee = index.unit_ids[index.row_of[employee_id]]
        need_employee = "" if employee_id else self.tr("Choose an employee first.")
        need_unit = "" if self._unit_id else self.tr("Choose a unit first.")
        about_employee = general or (self._why_not(unit_of_employee) if employee_id else "")
        self._set_action(self.act_new, general)
        self._set_action(self.act_edit, about_employee, need_employee)
        self._set_action(self.act_delete, about_employee, need_employee)
        self._set_action(self.act_move, about_employee, need_employee)
        self._set_action(self.act_acting, general)
        open_acting = [a for a in (self._detail.acting if self._detail else ()) if a.end is None or a.active]
        self._set_action(
            self.act_end_acting,
            about_employee,
            need_employee
            or ("" if open_acting else self.tr("The chosen employee has no open Plt/Plh assignment.")),
        )
        may_grant = access.can(Action.GRANT_ROLES)
        self._set_action(
            self.act_roles,
            "" if may_grant else self.tr("Only the BKPSDM grants roles."),
            need_employee,
        )
        about_unit = general or self._why_not(self._unit_id)
        self._set_action(self.act_rename_unit, about_unit, need_unit)
        roots = self.tree_model.roots()
        is_root = self._unit_id in roots if self._unit_id else False
        self._set_action(
            self.act_move_unit,
            about_unit,
            need_unit or (self.tr("The instansi itself cannot be moved.") if is_root else ""),
        )
        self._set_action(self.act_new_unit, about_unit, need_unit)
        self._set_action(self.act_delete_unit, about_unit, need_unit)
        self._set_action(self.act_new_position, about_unit, need_unit)
        position = self.current_position()
        need_position = "" if position else self.tr("Choose a position in the Positions tab first.")
        about_position = general or (self._why_not(position.unit_id) if position else "")
        for action in (self.act_edit_position, self.act_delete_position, self.act_atasan):
            self._set_action(action, about_position, need_position)
        actor = access.actor
        if general and actor is not None:
            self.notice_text.setText(
                self.tr(
                    "You are viewing the organisation as {role}. Changes to units, positions and "
                    "employees are made by the OPD's pengelola kinerja or the BKPSDM."
                ).format(role=role_label(actor.role))
            )
            self.notice.setVisible(True)
        else:
            self.notice.setVisible(False)

    # -- menus -----------------------------------------------------------------------------------

    def _table_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = QMenu(self)
        for action in (self.act_edit, self.act_move, self.act_delete):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_acting)
        menu.addAction(self.act_end_acting)
        menu.addAction(self.act_roles)
        menu.addSeparator()
        menu.addAction(self.act_new)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _tree_menu(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        if index.isValid():
            unit_id = self.tree_model.unit_id(index)
            if unit_id:
                self._select_unit(unit_id)
        menu = QMenu(self)
        menu.addAction(self.act_new_unit)
        menu.addAction(self.act_rename_unit)
        menu.addAction(self.act_move_unit)
        menu.addAction(self.act_delete_unit)
        menu.addSeparator()
        menu.addAction(self.act_new_position)
        menu.addAction(self.act_new)
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    def _positions_menu(self, pos: QPoint) -> None:
        index = self.positions_view.indexAt(pos)
        if index.isValid():
            self.positions_view.selectRow(index.row())
        row = self.unit_positions.position(index.row()) if index.isValid() else None
        menu = QMenu(self)
        for action in (self.act_edit_position, self.act_atasan, self.act_delete_position):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.act_new_position)
        menu.addSeparator()
        acting = menu.addAction(icon("acting"), self.tr("Plt/Plh in this position…"))
        acting.setEnabled(row is not None and self.act_acting.isEnabled())
        if row is not None:
            acting.triggered.connect(lambda _c=False: self.assign_acting(position_id=row.id))
        holder = menu.addAction(icon("user"), self.tr("Open the holder"))
        holder.setEnabled(row is not None and bool(row.holders))
        holder.triggered.connect(lambda _c=False: self._open_holder(index))
        menu.popup(self.positions_view.viewport().mapToGlobal(pos))

    # -- dialogs (tests replace ``exec_dialog`` and ``confirm``) ---------------------------------

    def exec_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def confirm(self, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        ok = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def position_model(self) -> PositionTableModel:
        """All positions for the pickers (normally read in the background already)."""
        if self._position_index is None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                if self._position_rows is None:
                    self._position_rows = load_positions(self.ops.ws.org)
                self._position_index = PositionIndex(self._position_rows, self._units_text)
            finally:
                QGuiApplication.restoreOverrideCursor()
            self._positions = None
        if self._positions is None:
            self._positions = PositionTableModel(self._position_index, self, vacant_text=self.tr("vacant"))
        self._positions.set_query("")
        return self._positions

    def _name_of(self, employee_id: str) -> str:
        index = self.employees.index_data
        i = index.row_of.get(employee_id)
        return index.names[i] if i is not None else employee_id

    # -- the edits -------------------------------------------------------------------------------

    def employee_dialog(self, employee_id: str | None = None) -> EmployeeDialog:
        """The new/edit form, wired to save through an undoable command."""
        org = self.ops.ws.org
        detail = org.employee_detail(employee_id) if employee_id else None
        index = self.employees.index_data
        taken = set(index.nips)

        if detail is None:

            def save(values: dict[str, Any]) -> None:
                new_id, _changes = self.ops.attempt(org.add_employee, NewEmployee(**values))
                self.ops.push(commands.added_employee(self.ops, new_id, values["name"]))
                self._pending_select = new_id

        else:
            current = detail

            def save(values: dict[str, Any]) -> None:
                old = org.employee_values(current.id)
                changed = {k: v for k, v in values.items() if old.get(k) != v}
                if not changed:
                    return
                self.ops.attempt(org.update_employee, current.id, **changed)
                self.ops.push(commands.edited_employee(self.ops, current.id, current.name, old, changed))

        default_position = None
        if detail is None and self._unit_id and self._unit_id not in self.tree_model.roots():
            # a new person usually fills a vacant seat of the chosen unit (a Plt does not fill it)
            vacant = [
                p for p in org.positions_of_unit(self._unit_id) if not any(not h.kind for h in p.holders)
            ]
            default_position = vacant[0].id if vacant else None
        return EmployeeDialog(
            self,
            today=self.ops.ws.access.today(),
            positions=self.position_model,
            save=save,
            nip_taken=taken.__contains__,
            employee=detail,
            position_id=default_position,
        )

    def new_employee(self) -> None:
        if not self.act_new.isEnabled():
            return
        self._pending_select = None
        dialog = self.employee_dialog(None)
        accepted = self.exec_dialog(dialog)
        new_id = self._added()
        if accepted and new_id is not None:
            self.search.clear()
            self.open_item(new_id)

    def _added(self) -> str | None:
        """The id the last new-employee form saved (set by its save callback)."""
        return self._pending_select

    def edit_employee(self) -> None:
        employee_id = self.current_employee_id()
        if not employee_id or not self.act_edit.isEnabled():
            return
        self.exec_dialog(self.employee_dialog(employee_id))

    def delete_employee(self) -> None:
        employee_id = self.current_employee_id()
        if not employee_id or not self.act_delete.isEnabled():
            return
        name = self._name_of(employee_id)
        if not self.confirm(
            self.tr("Delete employee"),
            self.tr(
                "Delete {name} from the workspace? Their plans and ratings are kept. "
                "You can undo this with Ctrl+Z."
            ).format(name=name),
            self.tr("Delete"),
        ):
            return
        row = self.employees.row_of(employee_id) or 0
        self.ops.push(commands.delete_employee(self.ops, employee_id, name))
        if self.employees.visible_count():
            self.table.selectRow(min(row, self.employees.visible_count() - 1))

    def move_employee(self) -> None:
        employee_id = self.current_employee_id()
        if not employee_id or not self.act_move.isEnabled():
            return
        index = self.employees.index_data
        current = index.position_ids[index.row_of[employee_id]]
        name = self._name_of(employee_id)
        picker = PositionPicker(
            self,
            self.position_model(),
            self.tr("Move {name} to another position").format(name=name),
            self.tr("Choose the position {name} now holds. The move can be undone with Ctrl+Z.").format(
                name=name
            ),
            current=current,
        )
        if not self.exec_dialog(picker):
            return
        chosen = picker.chosen_id()
        if chosen and chosen != current:
            self.ops.push(commands.move_employee(self.ops, employee_id, name, current, chosen))
            self._select_employee(employee_id)

    def rename_unit(self) -> None:
        unit = self.tree_model.info(self._unit_id) if self._unit_id else None
        if unit is None or not self.act_rename_unit.isEnabled():
            return
        org = self.ops.ws.org

        def save(name: str) -> None:
            self.ops.attempt(org.rename_unit, unit.id, name)
            self.ops.push(commands.renamed_unit(self.ops, unit.id, unit.name, name))

        self.exec_dialog(RenameUnitDialog(self, unit.name, save))

    def move_unit(self) -> None:
        unit = self.tree_model.info(self._unit_id) if self._unit_id else None
        if unit is None or not self.act_move_unit.isEnabled():
            return
        refused = self.tree_model.subtree_ids(unit.id) | {unit.parent_id or ""}
        picker = UnitPicker(
            self,
            self.tree_model.units(),
            self.tr("Move unit {name}").format(name=unit.name),
            self.tr(
                "Choose the unit {name} will belong to. It moves with everything below it; "
                "a unit cannot move into itself or below itself."
            ).format(name=unit.name),
            refused=refused,
        )
        if not self.exec_dialog(picker):
            return
        chosen = picker.chosen_id()
        if chosen and chosen != unit.parent_id:
            self.ops.push(commands.move_unit(self.ops, unit.id, unit.name, unit.parent_id, chosen))

    # -- units and positions ----------------------------------------------------------------------

    def unit_dialog(self) -> UnitDialog | None:
        """The new-unit form for a unit under the chosen one, saving through an undoable command."""
        unit = self.tree_model.info(self._unit_id) if self._unit_id else None
        if unit is None:
            return None
        org = self.ops.ws.org
        siblings = [u.sort_order for u in self.tree_model.units() if u.parent_id == unit.id]
        order = max(siblings, default=-1) + 1  # a new unit comes after its siblings

        def save(values: dict[str, Any]) -> None:
            ids, _changes = self.ops.attempt(
                org.add_units, [NewUnit(parent_id=unit.id, sort_order=order, **values)]
            )
            self.ops.push(commands.added_unit(self.ops, ids[0], values["name"]))
            self._new_unit = ids[0]

        self._new_unit = None
        return UnitDialog(self, parent_name=unit.name, parent_kind=unit.kind, save=save)

    def new_unit(self) -> None:
        if not self.act_new_unit.isEnabled():
            return
        dialog = self.unit_dialog()
        if dialog is not None and self.exec_dialog(dialog) and self._new_unit:
            self._select_unit(self._new_unit)

    def delete_unit(self) -> None:
        unit = self.tree_model.info(self._unit_id) if self._unit_id else None
        if unit is None or not self.act_delete_unit.isEnabled():
            return
        empty = not unit.positions and not self.tree_model.rowCount(self.tree_model.index_of(unit.id))
        # a unit that still holds something is refused by the service without asking first
        if empty and not self.confirm(
            self.tr("Delete unit"),
            self.tr("Delete the unit {name}? You can undo this with Ctrl+Z.").format(name=unit.name),
            self.tr("Delete unit"),
        ):
            return
        try:
            self.ops.attempt(self.ops.ws.org.delete_unit, unit.id)
        except SkpError as err:
            show_refusal(self.ops.window or self, err)
            return
        self.ops.push(commands.deleted_unit(self.ops, unit.id, unit.name))
        if unit.parent_id:
            self._select_unit(unit.parent_id)

    def current_position(self) -> PositionRow | None:
        """The position chosen in the Positions tab."""
        rows = self.positions_view.selectionModel().selectedRows()
        return self.unit_positions.position(rows[0].row()) if rows else None

    def _default_atasan(self, unit_id: str) -> str | None:
        """The head of the unit, else of the nearest unit above that has one."""
        org = self.ops.ws.org
        for node in reversed(self.tree_model.path(unit_id)):
            heads = [p for p in org.positions_of_unit(node.id) if p.is_head]
            if heads:
                return heads[0].id
        return None

    def _pick_atasan(self, parent: QWidget, current: str | None) -> str | None:
        picker = PositionPicker(
            parent,
            self.position_model(),
            self.tr("Choose the atasan position"),
            self.tr("Whoever holds the chosen position will be the pejabat penilai of this position."),
            current=current,
        )
        return picker.chosen_id() if self.exec_dialog(picker) else None

    def position_dialog(self, position: PositionRow | None = None) -> PositionDialog | None:
        """The new/edit position form (a new one goes in the chosen unit); saves undoably."""
        org = self.ops.ws.org
        self._new_position = None
        if position is None:
            unit = self.tree_model.info(self._unit_id) if self._unit_id else None
            if unit is None:
                return None

            def save(values: dict[str, Any]) -> None:
                ids, _changes = self.ops.attempt(
                    org.add_positions,
                    [
                        NewPosition(
                            values["title"],
                            unit.id,
                            values["jenjang"],
                            values["atasan_position_id"],
                            values["is_head"],
                        )
                    ],
                )
                self.ops.push(commands.added_position(self.ops, ids[0], values["title"]))
                self._new_position = ids[0]

            return PositionDialog(
                self,
                unit_name=unit.name,
                describe_position=self._describe_position,
                pick_position=self._pick_atasan,
                save=save,
                atasan_position_id=self._default_atasan(unit.id),
            )

        current = position

        def save_edit(values: dict[str, Any]) -> None:
            old = {"title": current.title, "jenjang": current.jenjang, "is_head": current.is_head}
            changed = {k: values[k] for k in old if values[k] != old[k]}
            new_atasan = values["atasan_position_id"]
            atasan_changed = new_atasan != current.atasan_position_id
            if atasan_changed:  # the change most likely refused (a cycle) goes first
                self.ops.attempt(org.set_atasan, current.id, new_atasan)
            if changed:
                try:
                    self.ops.attempt(org.update_position, current.id, **changed)
                except SkpError:
                    if atasan_changed:
                        self.ops.attempt(org.set_atasan, current.id, current.atasan_position_id)
                    raise
            if not changed and not atasan_changed:
                return
            stack = self.ops.undo_stack
            stack.beginMacro(self.tr("Edit position {title}").format(title=current.title))
            if atasan_changed:
                stack.push(
                    commands.changed_atasan(
                        self.ops, current.id, current.title, current.atasan_position_id, new_atasan
                    )
                )
            if changed:
                stack.push(commands.edited_position(self.ops, current.id, current.title, old, changed))
            stack.endMacro()

        return PositionDialog(
            self,
            unit_name=current.unit_name,
            describe_position=self._describe_position,
            pick_position=self._pick_atasan,
            save=save_edit,
            position=current,
        )

    def new_position(self) -> None:
        if not self.act_new_position.isEnabled():
            return
        dialog = self.position_dialog(None)
        if dialog is not None and self.exec_dialog(dialog):
            self.tabs.setCurrentWidget(self.positions_page)

    def edit_position(self) -> None:
        position = self.current_position()
        if position is None or not self.act_edit_position.isEnabled():
            return
        dialog = self.position_dialog(position)
        if dialog is not None:
            self.exec_dialog(dialog)

    def change_atasan(self) -> None:
        position = self.current_position()
        if position is None or not self.act_atasan.isEnabled():
            return
        chosen = self._pick_atasan(self, position.atasan_position_id)
        if not chosen or chosen == position.atasan_position_id:
            return
        try:
            self.ops.attempt(self.ops.ws.org.set_atasan, position.id, chosen)
        except SkpError as err:
            show_refusal(self.ops.window or self, err)
            return
        self.ops.push(
            commands.changed_atasan(
                self.ops, position.id, position.title, position.atasan_position_id, chosen
            )
        )

    def delete_position(self) -> None:
        position = self.current_position()
        if position is None or not self.act_delete_position.isEnabled():
            return
        # a position someone holds is refused by the service without asking first
        if not position.holders and not self.confirm(
            self.tr("Delete position"),
            self.tr("Delete the position {title}? You can undo this with Ctrl+Z.").format(
                title=position.title
            ),
            self.tr("Delete position"),
        ):
            return
        try:
            self.ops.attempt(self.ops.ws.org.delete_position, position.id)
        except SkpError as err:
            show_refusal(self.ops.window or self, err)
            return
        self.ops.push(commands.deleted_position(self.ops, position.id, position.title))

    def _pick_employee(self, parent: QWidget) -> str | None:
        model = EmployeeTableModel(parent)
        model.set_index(self.employees.index_data)
        picker = EmployeePicker(parent, model, self.tr("Choose the employee who acts"))
        return picker.chosen_id() if self.exec_dialog(picker) else None

    def _pick_position(self, parent: QWidget, current: str | None) -> str | None:
        picker = PositionPicker(
            parent, self.position_model(), self.tr("Choose the position"), current=current
        )
        return picker.chosen_id() if self.exec_dialog(picker) else None

    def _describe_employee(self, employee_id: str) -> str:
        index = self.employees.index_data
        i = index.row_of.get(employee_id)
        if i is None:
            return employee_id
        return f"{index.names[i]} — NIP {nip.format_nip(index.nips[i])}"

    def _describe_position(self, position_id: str) -> str:
        described = self.position_model().describe(position_id)
        if described is None:
            return position_id
        title, level, unit = described
        return f"{title} ({level}) — {unit}"

    def acting_dialog(self, employee_id: str | None = None, position_id: str | None = None) -> ActingDialog:
        org = self.ops.ws.org

        def save(values: dict[str, Any]) -> None:
            assignment_id, _changes = self.ops.attempt(
                org.assign_acting,
                values["employee_id"],
                values["position_id"],
                values["kind"],
                values["start"],
                values["end"],
                values["decree"],
            )
            self.ops.push(
                commands.assigned_acting(
                    self.ops, assignment_id, values["kind"], self._name_of(values["employee_id"])
                )
            )

        return ActingDialog(
            self,
            today=self.ops.ws.access.today(),
            describe_employee=self._describe_employee,
            describe_position=self._describe_position,
            pick_employee=self._pick_employee,
            pick_position=self._pick_position,
            save=save,
            employee_id=employee_id,
            position_id=position_id,
        )

    def assign_acting(self, position_id: str | None = None) -> None:
        if not self.act_acting.isEnabled():
            return
        self.exec_dialog(self.acting_dialog(self.current_employee_id(), position_id))

    def end_acting_dialog(self, employee_id: str) -> EndActingDialog:
        org = self.ops.ws.org
        today = self.ops.ws.access.today()
        rows = [a for a in org.acting_assignments(employee_id=employee_id) if a.end is None or a.end >= today]
        name = self._name_of(employee_id)

        def save(row: Any, end: dt.date) -> None:
            self.ops.attempt(org.end_acting, row.id, end)
            self.ops.push(commands.ended_acting(self.ops, row.id, name, row.end, end))

        return EndActingDialog(self, today=today, assignments=rows, save=save)

    def end_acting(self) -> None:
        employee_id = self.current_employee_id()
        if not employee_id or not self.act_end_acting.isEnabled():
            return
        self.exec_dialog(self.end_acting_dialog(employee_id))

    def roles_dialog(self, employee_id: str) -> RolesDialog:
        org = self.ops.ws.org
        name = self._name_of(employee_id)

        def grant(role: str, unit_id: str | None, note: str) -> None:
            ids, _changes = self.ops.attempt(org.grant_roles, [NewGrant(employee_id, role, unit_id, note)])
            self.ops.push(commands.granted_role(self.ops, ids[0], _role_text(role), name))

        def revoke(row: GrantRow) -> None:
            self.ops.attempt(org.revoke_role, row.id)
            self.ops.push(commands.revoked_role(self.ops, row.id, _role_text(row.role), name))

        def pick_unit(parent: QWidget) -> str | None:
            picker = UnitPicker(parent, self.tree_model.units(), self.tr("Where the role applies"))
            return picker.chosen_id() if self.exec_dialog(picker) else None

        def describe_unit(unit_id: str) -> str:
            info = self.tree_model.info(unit_id)
            return info.name if info else unit_id

        return RolesDialog(
            self,
            name=name,
            load=lambda: org.employee_detail(employee_id).grants,
            grant=grant,
            revoke=revoke,
            pick_unit=pick_unit,
            describe_unit=describe_unit,
            roles=[(r.value, role_label(r)) for r in GRANTED_ROLES],
        )

    def edit_roles(self) -> None:
        employee_id = self.current_employee_id()
        if not employee_id or not self.act_roles.isEnabled():
            return
        self.exec_dialog(self.roles_dialog(employee_id))

    # -- Page ------------------------------------------------------------------------------------

    def focus_search(self) -> bool:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def open_item(self, target: str) -> None:
        """Show an employee (by id) or a unit (by id)."""
        if not self.loaded:
            self._pending_target = target
            if self._loading is None:
                self.refresh()
            return
        if self.tree_model.index_of(target).isValid():
            self._select_unit(target)
            return
        if target in self.employees.index_data.row_of:
            self.tabs.setCurrentIndex(0)
            if self.employees.row_of(target) is None:
                self.search.clear()
            if self.employees.row_of(target) is None:
                self.show_all_units()
            self._select_employee(target)
            self._show_detail()
            self.table.setFocus()


def _role_text(value: str) -> str:
    try:
        return role_label(Role(value))
    except ValueError:
        return value


def _elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _span(text: str, colour: str) -> str:
    """Muted inline text for rich labels (the translated text stays a plain tr() argument)."""
    return f'<span style="color:{colour}">{html.escape(text)}</span>'
