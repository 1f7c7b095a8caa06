"""The Pemantauan area (SKP-REFERENCE R-LIFECYCLE phase 2: pelaksanaan, pemantauan, pembinaan):
choose a plan and an evaluation period (R-PERIOD, R-PERIODIC), record realisasi per IKI (or per
RHK, kualitatif) in place, keep the rencana aksi of each RHK, attach bukti dukung by dragging files
onto a row, import the e-Kinerja daily-progress sheet, read the umpan balik; the pengelola kinerja
locks and reopens periods (R-DEADLINES).

Every edit is one undoable command of one service call; refusals (a locked period, a plan not
ditetapkan, a number that is not one) come from the services, in their words, and change nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from skpdesk import formatting
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.periods import AKHIR_CODE
from skpdesk.domain.plan import Pendekatan
from skpdesk.domain.roles import Action
from skpdesk.messages import message_for
from skpdesk.services.base import Changes
from skpdesk.services.monitoring import (
    PLAN_OWN,
    EvaluationPeriodRow,
    MonitoredPlan,
    MonitoringService,
    ProgressCell,
    ProgressTable,
)
from skpdesk.ui.areas import AREA_BY_KEY
from skpdesk.ui.monitoring import common
from skpdesk.ui.monitoring.actions import ActionPlanPanel
from skpdesk.ui.monitoring.evidence import AttachRunner, EvidencePanel, local_files
from skpdesk.ui.monitoring.import_dialog import ImportDialog
from skpdesk.ui.monitoring.model import Key, ProgressModel
from skpdesk.ui.monitoring.periods import PeriodsPanel, date_range, period_history, period_state
from skpdesk.ui.monitoring.plans import PlanBox
from skpdesk.ui.ops import Ops, ServiceCommand
from skpdesk.ui.overview.base import (
    Banner,
    YearBox,
    button,
    icon,
    periode_label,
    plan_status_label,
    scope_text,
)
from skpdesk.ui.page import Page

STRUCTURE = frozenset({"plan", "period", "employee", "position", "org_unit", "work_result", "indicator"})
NOT_ALLOWED = frozenset({Code.NOT_OWN_RECORD, Code.NOT_ALLOWED, Code.OUT_OF_SCOPE, Code.NOT_PENILAI})


def feedback_panel(ops: Ops) -> QWidget | None:
    """The umpan balik part (ui.monitoring.feedback), when this build has it."""
    try:
        from skpdesk.ui.monitoring.feedback import FeedbackPanel
    except ImportError:
        return None
    return FeedbackPanel(ops)


def default_periode(rows: list[EvaluationPeriodRow], today: dt.date) -> str:
    """The periodic period holding ``today``; after the plan's last one, AKHIR; before, the first."""
    periodic = [r for r in rows if not r.is_final]
    for row in periodic:
        if row.start <= today <= row.end:
            return row.code
    if periodic and today > periodic[-1].end:
        final = [r for r in rows if r.is_final]
        return final[0].code if final else periodic[-1].code
    return rows[0].code if rows else ""


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped RHK / IKI text (a tree view alone elides it to one line)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != ProgressModel.TEXT:
            return size
        indent = self.view.indentation() * (2 if index.parent().isValid() else 1)
        width = max(self.view.columnWidth(ProgressModel.TEXT) - indent - 24, 80)
        font = QFont(option.font)
        font.setBold(not index.parent().isValid())  # the RHK rows are bold (ProgressModel)
        metrics = QFontMetrics(font)
        text = str(index.data() or "")
        box = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(size.width(), max(size.height(), box.height() + 8))


class ProgressView(QTreeView):
    """The RHK / IKI table: files dropped on a row are attached to it; Delete clears a realisasi."""

    def __init__(self, model: ProgressModel, hint: QLabel, page: MonitoringPage) -> None:
        super().__init__()
        self.setObjectName("progressTable")
        self.setModel(model)
        self._model = model
        self._hint = hint
        self._page = page
        self.setUniformRowHeights(False)
        self.setWordWrap(True)  # RHK are sentences: they wrap in their column
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setAllColumnsShowFocus(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ProgressModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (ProgressModel.TARGET, 150),
            (ProgressModel.REALISASI, 85),
            (ProgressModel.UNIT, 80),
            (ProgressModel.NOTE, 85),
            (ProgressModel.EVIDENCE, 56),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
        self.setItemDelegateForColumn(ProgressModel.TEXT, WrapDelegate(self))
        header.sectionResized.connect(self._resized)

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column == ProgressModel.TEXT:
            self.scheduleDelayedItemsLayout()  # the wrapped rows change height

    def _target_at(self, pos: QPoint) -> QModelIndex:
        index = self.indexAt(pos)
        return index.sibling(index.row(), 0) if index.isValid() else QModelIndex()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event) and self._model.writable:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        target = self._target_at(event.position().toPoint())
        if not local_files(event) or not self._model.writable or not target.isValid():
            self._hint.setText("")
            event.ignore()
            return
        self._hint.setText(self.tr("Drop to attach to {row}").format(row=self._model.row_label(target)))
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._hint.setText("")
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._hint.setText("")
        target = self._target_at(event.position().toPoint())
        paths = local_files(event)
        if not paths or not target.isValid() or not self._model.writable:
            event.ignore()
            return
        event.acceptProposedAction()
        self._page.attach_files(paths, self._model.key(target))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        index = self.currentIndex()
        if not editing and index.isValid() and self._model.editable(index):
            if event.key() == Qt.Key.Key_Delete:
                self._page.clear_cell(index)
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit(index)  # Enter starts typing, as F2 does; Enter again saves
                return
        super().keyPressEvent(event)


class MonitoringPage(Page):
    key = "pemantauan"
    sig_cell_edited = Signal(bool)
    """A cell edit was handled: True written, False refused or nothing to do."""

    def __init__(self, ops: Ops) -> None:
        area = AREA_BY_KEY[self.key]
        super().__init__(ops, area.label(), area.description())
        self.plans: list[MonitoredPlan] = []
        self.years: list[tuple[str, int]] = []  # (period id, year), newest first
        self.plan: MonitoredPlan | None = None
        self.periods: list[EvaluationPeriodRow] = []
        self.periode = ""
        self.table: ProgressTable | None = None
        self._auto_locked = False
        self._loading = False
        self._stale = False
        self._summary_stale = True

        # -- choosers ------------------------------------------------------------------------
        first = QHBoxLayout()
        self.year = YearBox()
        self.year.setObjectName("monitoringYear")
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        self.plan_box = PlanBox()
        plan_label = QLabel(self.tr("&Plan:"))
        plan_label.setBuddy(self.plan_box)
        first.addWidget(year_label)
        first.addWidget(self.year)
        first.addSpacing(12)
        first.addWidget(plan_label)
        first.addWidget(self.plan_box, 1)
        self.body.addLayout(first)
        second = QHBoxLayout()
        self.periode_box = QComboBox()
        self.periode_box.setObjectName("monitoringPeriode")
        self.periode_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        periode_label_widget = QLabel(self.tr("Peri&od:"))
        periode_label_widget.setBuddy(self.periode_box)
        self.period_info = QLabel()
        self.period_info.setObjectName("muted")
        self.period_info.setWordWrap(True)
        self.lock_button = button(self.tr("Lock period…"), icon_name="warning")
        self.lock_button.setObjectName("monitoringLock")
        self.lock_button.clicked.connect(self._lock_button_clicked)
        self.import_button = button(self.tr("&Import from e-Kinerja…"), icon_name="laporan")
        self.import_button.setObjectName("monitoringImport")
        self.import_button.setToolTip(
            self.tr("Read realisasi from the e-Kinerja daily-progress sheet (.xlsx), with a preview first")
        )
        self.import_button.clicked.connect(self.open_import)
        second.addWidget(periode_label_widget)
        second.addWidget(self.periode_box)
        second.addWidget(self.period_info, 1)
        second.addWidget(self.lock_button)
        second.addWidget(self.import_button)
        self.body.addLayout(second)
        self.banner = Banner()
        self.body.addWidget(self.banner)

        # -- the empty state and the content ---------------------------------------------------
        self.stack = QStackedWidget()
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(0, 24, 0, 0)
        self.empty_text = QLabel()
        self.empty_text.setObjectName("emptyState")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        empty_layout.addWidget(self.empty_text)
        self.go_skp = button(self.tr("Go to SKP"), primary=True, icon_name="skp")
        self.go_skp.clicked.connect(lambda: self.navigate.emit("skp", ""))
        row = QHBoxLayout()
        row.addWidget(self.go_skp)
        row.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(1)
        self.stack.addWidget(self.empty)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("monitoringTabs")
        progress_tab = QWidget()
        progress_layout = QVBoxLayout(progress_tab)
        progress_layout.setContentsMargins(0, 6, 0, 0)
        split = QSplitter()
        split.setChildrenCollapsible(False)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("dropReason")
        self.model = ProgressModel(self)
        self.model.sig_edit_requested.connect(self._edit_requested, Qt.ConnectionType.QueuedConnection)
        self.view = ProgressView(self.model, self.drop_hint, self)
        self.model.setParent(self.view)  # the view lets go of its indexes before the model goes
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._row_changed())
        left_layout.addWidget(self.view, 1)
        self.empty_table = QLabel()
        self.empty_table.setObjectName("muted")
        self.empty_table.setWordWrap(True)
        self.empty_table.hide()
        left_layout.addWidget(self.empty_table)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.drop_hint)
        self.side = QTabWidget()
        self.side.setObjectName("monitoringSide")
        self.evidence = EvidencePanel(ops)
        self.evidence.sig_attach_requested.connect(lambda paths: self.attach_files(paths, None))
        self.action_plans = ActionPlanPanel(ops)
        self.side.addTab(self.evidence, self.tr("Bukti dukung"))
        self.side.addTab(self.action_plans, self.tr("Rencana aksi"))
        split.addWidget(left)
        split.addWidget(self.side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([680, 400])
        progress_layout.addWidget(split, 1)
        self.tabs.addTab(progress_tab, icon("pemantauan"), self.tr("Realisasi && bukti dukung"))
        self.feedback = feedback_panel(ops)
        if self.feedback is not None:
            self.tabs.addTab(self.feedback, self.tr("Umpan balik"))
        self.periods_panel = PeriodsPanel()
        self.periods_panel.sig_period_chosen.connect(self.choose_periode)
        self.periods_panel.sig_lock_requested.connect(self.lock_period)
        self.periods_panel.sig_reopen_requested.connect(self.reopen_period)
        self.periods_panel.sig_frequency_requested.connect(self.set_frequency)
        self.tabs.addTab(self.periods_panel, icon("calendar"), self.tr("Periods && summary"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        self.stack.addWidget(self.tabs)
        self.body.addWidget(self.stack, 1)

        self.attacher = AttachRunner(ops, self)
        self.year.sig_year_chosen.connect(self._year_chosen)
        self.plan_box.sig_plan_chosen.connect(self._plan_chosen)
        self.periode_box.activated.connect(self._periode_activated)
        self.setTabOrder(self.year, self.plan_box)
        self.setTabOrder(self.plan_box, self.periode_box)
        self.setTabOrder(self.periode_box, self.lock_button)
        self.setTabOrder(self.lock_button, self.import_button)
        self.setTabOrder(self.import_button, self.tabs)

    # -- loading ---------------------------------------------------------------------------------

    @property
    def monitoring(self) -> MonitoringService:
        return self.ops.ws.monitoring

    def today(self) -> dt.date:
        return self.ops.ws.access.today()

    def may_manage_periods(self) -> bool:
        """Lock and reopen: the pengelola kinerja of the whole instansi (the service checks)."""
        actor = self.ops.actor
        if actor is None or not self.ops.ws.access.can(Action.MANAGE_PERIODS):
            return False
        return actor.system or actor.scope_unit_id is None

    def refresh(self) -> None:
        self._stale = False
        self._loading = True
        try:
            if not self._auto_locked and self.ops.actor is not None:
                self._auto_locked = True
                # R-DEADLINES: periods past their deadline and the [U] grace days lock by themselves
                # (any signed-in person's copy may do it: the rule decides, not the person)
                self.ops.run(self.monitoring.auto_lock_due)
            self._load_years()
        finally:
            self._loading = False

    def _load_years(self, keep_plan: str | None = None) -> None:
        self.years = self.ops.run(self.ops.ws.drafting.periods) or []
        years = [y for _id, y in self.years]
        current = self.year.currentData()
        if current not in years:
            plan_year = next((p.year for p in self.plans if p.plan_id == keep_plan), None)
            this_year = self.today().year
            current = plan_year or (this_year if this_year in years else (years[0] if years else None))
        self.year.set_years(years, current)
        self._load_plans(keep_plan or (self.plan.plan_id if self.plan else None))

    def year_value(self) -> int | None:
        value = self.year.currentData()
        return value if isinstance(value, int) else None

    def period_id(self) -> str | None:
        year = self.year_value()
        return next((pid for pid, y in self.years if y == year), None)

    def _load_plans(self, keep: str | None) -> None:
        year = self.year_value()
        self.plans = (self.ops.run(self.monitoring.monitored_plans, year) or []) if year is not None else []
        ids = [p.plan_id for p in self.plans]
        chosen = keep if keep in ids else self._default_plan()
        self.plan_box.set_plans(self.plans, chosen)
        self.plan = next((p for p in self.plans if p.plan_id == chosen), None)
        self._load_plan()

    def _default_plan(self) -> str | None:
        today = self.today()
        own = [p for p in self.plans if p.relation == PLAN_OWN]
        for plan in own:
            if plan.start <= today <= plan.end:
                return plan.plan_id
        if own:
            return own[-1].plan_id  # the latest plan of a job change
        return self.plans[0].plan_id if self.plans else None

    def _load_plan(self, keep_periode: str | None = None) -> None:
        if self.plan is None:
            self.periods = []
            self.periode = ""
            self.table = None
            self._show_empty()
            return
        self.periods = self.ops.run(self.monitoring.plan_periods, self.plan.plan_id) or []
        codes = [r.code for r in self.periods]
        wanted = keep_periode or self.periode
        self.periode = wanted if wanted in codes else default_periode(self.periods, self.today())
        self._fill_periode_box()
        self._load_table()
        self._summary_stale = True
        if self.tabs.currentWidget() is self.periods_panel:
            self._load_summary()

    def _fill_periode_box(self) -> None:
        box = self.periode_box
        box.blockSignals(True)
        box.clear()
        today = self.today()
        for row in self.periods:
            box.addItem(
                icon("warning" if row.locked else ("calendar" if not row.due_to_lock else "error")),
                f"{periode_label(row.code)} · {period_state(row, today)}",
                row.code,
            )
            box.setItemData(box.count() - 1, date_range(row.start, row.end), Qt.ItemDataRole.ToolTipRole)
        box.setCurrentIndex(max(0, box.findData(self.periode)))
        box.setEnabled(bool(self.periods))
        box.blockSignals(False)

    def period_row(self, code: str | None = None) -> EvaluationPeriodRow | None:
        code = code or self.periode
        return next((r for r in self.periods if r.code == code), None)

    def _load_table(self) -> None:
        plan = self.plan
        if plan is None or not self.periode:
            self.table = None
            self.model.set_table(None)
            self._show_empty()
            return
        keep = self.current_key()
        expanded = set(self._expanded_keys())
        first_time = self.table is None or self.table.plan_id != plan.plan_id
        self.table = self.ops.run(self.monitoring.progress_table, plan.plan_id, self.periode)
        self.model.set_table(self.table)
        self.stack.setCurrentWidget(self.tabs)
        if first_time:
            self.view.expandAll()
        else:
            for key in expanded:
                self.view.expand(self.model.index_of(key))
        index = self.model.index_of(keep) if keep is not None else QModelIndex()
        if not index.isValid() and self.model.rowCount() > 0:
            first = self.model.index(0, 0)
            child = self.model.index(0, 0, first)
            index = child if child.isValid() else first
        if index.isValid():
            self.view.setCurrentIndex(index.sibling(index.row(), ProgressModel.REALISASI))
        self._after_table()

    def _expanded_keys(self) -> list[Key]:
        keys = []
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            key = self.model.key(index)
            if key is not None and self.view.isExpanded(index):
                keys.append(key)
        return keys

    def current_key(self) -> Key | None:
        return self.model.key(self.view.currentIndex())

    def _after_table(self) -> None:
        """Everything that follows the table: the banner, the line about the period, the buttons,
        the side panels, the hint, umpan balik."""
        table = self.table
        plan = self.plan
        row = self.period_row()
        kualitatif = table is not None and table.pendekatan == Pendekatan.KUALITATIF.value
        self.view.setColumnHidden(ProgressModel.UNIT, kualitatif)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, ProgressModel.EVIDENCE)
        if row is not None and plan is not None:
            approach = self.tr("kualitatif") if kualitatif else self.tr("kuantitatif")
            parts = [self.tr("evaluation due {date}").format(date=formatting.format_date(row.deadline))]
            if not row.locked:
                parts.append(
                    self.tr("locks by itself after {date}").format(
                        date=formatting.format_date(row.open_until)
                    )
                )
            parts.append(approach)
            self.period_info.setText(" · ".join(parts))
        else:
            self.period_info.setText("")
        manage = self.may_manage_periods() and row is not None
        self.lock_button.setVisible(manage)
        if row is not None:
            reopen = row.locked or row.due_to_lock
            self.lock_button.setText(self.tr("Reopen period…") if reopen else self.tr("Lock period…"))
            self.lock_button.setIcon(icon("undo" if reopen else "warning"))
        self.import_button.setEnabled(self.ops.actor is not None)
        self._say_banner()
        writable = table is not None and table.writable
        if table is not None and not table.results:
            self.empty_table.setText(
                self.tr("This plan has no RHK yet: its results are drafted in the SKP area.")
            )
            self.empty_table.show()
        else:
            self.empty_table.hide()
        if writable:
            if kualitatif:
                self.hint.setText(
                    self.tr(
                        "Write what was achieved in the Realisasi column and press Enter (Escape cancels, "
                        "Delete clears it). Drag files from the file manager onto a row to attach them as "
                        "bukti dukung. Ctrl+Z undoes."
                    )
                )
            else:
                self.hint.setText(
                    self.tr(
                        "Type the realisasi of an IKI and press Enter (Escape cancels, Delete clears it). "
                        "Drag files from the file manager onto a row to attach them as bukti dukung. "
                        "Ctrl+Z undoes."
                    )
                )
        else:
            self.hint.setText("")
        self._row_changed()
        if self.feedback is not None:
            self.feedback.show_plan(plan.plan_id if plan else None, self.periode or None)  # type: ignore[attr-defined]

    def _say_banner(self) -> None:
        table = self.table
        if table is None:
            self.banner.say("")
            return
        row = self.period_row()
        label = periode_label(table.periode)
        if table.refusal is Code.MONITORING_PLAN_NOT_SET:
            self.banner.say(
                self.tr(
                    "This SKP is {status}: realisasi, rencana aksi and bukti dukung are recorded once the "
                    "pejabat penilai has set (ditetapkan) it. Until then the table can be read only."
                ).format(status=plan_status_label(table.status)),
                "warning",
            )
        elif table.refusal is Code.PERIOD_LOCKED or table.locked:
            history = period_history(row) if row is not None else ""
            if self.may_manage_periods():
                todo = self.tr("Reopen it with “Reopen period…” if entries are missing.")
            else:
                todo = self.tr("Ask the pengelola kinerja to reopen it if an entry is missing.")
            text = self.tr("{periode} {year} is locked, so it can be read only.").format(
                periode=label, year=table.year
            )
            if history:
                text += " " + history + "."
            self.banner.say(f"{text} {todo}", "warning")
        elif table.refusal in NOT_ALLOWED:
            self.banner.say(
                self.tr(
                    "You can read this plan but not record in it: its owner, its pejabat penilai and the "
                    "pengelola kinerja of its unit record its progress."
                ),
                "info",
            )
        elif table.refusal is not None:
            what, _todo = message_for(SkpError(table.refusal))
            self.banner.say(what, "warning")
        elif row is not None and row.due_to_lock:
            self.banner.say(
                self.tr("{periode} is past {date}: it locks when the workspace is next opened.").format(
                    periode=label, date=formatting.format_date(row.open_until)
                ),
                "warning",
            )
        elif table.periode == AKHIR_CODE:
            self.banner.say(
                self.tr(
                    "Akhir is the annual evaluation, January to December: record what the year achieved. "
                    "The periodic realisasi are its evidence; they are not added up (R-PERIODIC)."
                ),
                "info",
            )
        else:
            self.banner.say("")

    def _show_empty(self) -> None:
        actor = self.ops.actor
        year = self.year_value()
        self.banner.say("")
        self.period_info.setText("")
        self.lock_button.hide()
        self.import_button.setEnabled(actor is not None)
        self.periode_box.clear()
        self.periode_box.setEnabled(False)
        self.go_skp.setVisible(actor is not None)
        if actor is None:
            text = self.tr("Nobody is signed in, so there is nothing to show.")
        elif not self.years:
            text = self.tr(
                "No plan year is set up yet, so there is nothing to monitor. Once the pengelola kinerja has "
                "set up the year and the SKP are drafted and set, their progress is recorded here."
            )
        elif actor.employee_id is not None and not self.plans:
            text = self.tr(
                "You have no SKP for {year}. Draft it in the SKP area; once your pejabat penilai has set "
                "(ditetapkan) it, you record its realisasi and bukti dukung here."
            ).format(year=year)
        else:
            text = self.tr("There are no plans for {year} in your scope.").format(year=year)
        self.empty_text.setText(text)
        self.stack.setCurrentWidget(self.empty)
        self.evidence.show_target("", None, None, "", False)
        self.action_plans.show_result("", None, "", (), False)
        if self.feedback is not None:
            self.feedback.show_plan(None, None)  # type: ignore[attr-defined]

    def _load_summary(self) -> None:
        self._summary_stale = False
        period_id = self.period_id()
        year = self.year_value()
        rows = (self.ops.run(self.monitoring.periods, period_id) or []) if period_id else []
        overview = self.ops.ws.overview
        summary = self.ops.run(overview.progress_summary, year) if year is not None else None
        scope = self.ops.run(overview.scope)
        scope_line = ""
        if scope is not None:
            scope_line = self.tr("Realisasi, evidence and feedback counted for your scope. {scope}").format(
                scope=scope_text(scope)
            )
        self.periods_panel.show_year(
            year, rows, summary, scope_line, self.today(), self.may_manage_periods(), self.periode
        )

    # -- the side panels -------------------------------------------------------------------------

    def _row_changed(self) -> None:
        index = self.view.currentIndex()
        table = self.table
        target = self.model.target(index)
        writable = table is not None and table.writable
        if table is None or target is None:
            self.evidence.show_target(self.periode, None, None, "", False)
            self.action_plans.show_result(self.periode, None, "", (), False)
            self._side_titles()
            return
        result_id, indicator_id = target
        result = self.model.result_of(index)
        assert result is not None
        names = {i.indicator_id: i.text for i in result.indicators}
        self.evidence.show_target(
            table.periode, result_id, indicator_id, self.model.row_label(index), writable, names
        )
        rhk = self.model.index_of(("r", result_id))
        self.action_plans.show_result(
            table.periode, result_id, self.model.row_label(rhk), result.action_plans, writable
        )
        self._side_titles()

    def _side_titles(self) -> None:
        files = sum(1 for r in self.evidence.rows if not r.removed)
        self.side.setTabText(0, self.tr("Bukti dukung ({n})").format(n=formatting.format_count(files)))
        self.side.setTabText(
            1, self.tr("Rencana aksi ({n})").format(n=formatting.format_count(len(self.action_plans.rows)))
        )

    def _tab_changed(self) -> None:
        if self.tabs.currentWidget() is self.periods_panel and self._summary_stale:
            self._load_summary()

    # -- choosing --------------------------------------------------------------------------------

    def _year_chosen(self, _year: int) -> None:
        self.periode = ""
        self._load_plans(None)

    def _plan_chosen(self, plan_id: str) -> None:
        self.plan = next((p for p in self.plans if p.plan_id == plan_id), None)
        self._load_plan()

    def _periode_activated(self, index: int) -> None:
        code = self.periode_box.itemData(index)
        if isinstance(code, str):
            self.choose_periode(code)

    def choose_plan(self, plan_id: str) -> bool:
        """Show a plan (of any year in the list of the person's plans)."""
        if self.plan_box.choose(plan_id):
            return True
        for plan in self.ops.run(self.monitoring.monitored_plans, None) or []:
            if plan.plan_id == plan_id:
                self.year.set_years([y for _i, y in self.years], plan.year)
                self._load_plans(plan_id)
                return self.plan is not None and self.plan.plan_id == plan_id
        return False

    def choose_periode(self, code: str) -> None:
        if code not in [r.code for r in self.periods]:
            return
        self.periode = code
        self.periode_box.setCurrentIndex(max(0, self.periode_box.findData(code)))
        self._load_table()
        self.periods_panel.select(code)
        if self.tabs.currentWidget() is self.periods_panel:
            self.tabs.setCurrentIndex(0)

    def open_item(self, target: str) -> None:
        """A plan id, optionally "#PERIODE": that plan (and period)."""
        plan_id, _sep, periode = target.partition("#")
        if plan_id and self.choose_plan(plan_id) and periode:
            self.choose_periode(periode)

    def focus_search(self) -> bool:
        self.plan_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        line = self.plan_box.lineEdit()
        if line is not None:
            line.selectAll()
        return True

    # -- redrawing after changes -----------------------------------------------------------------

    def set_frequency(self, frequency: str) -> bool:
        """Evaluate the shown plan year at another frequency (refused while realisasi sits in
        periods the new one lacks: the panel then shows the stored choice again)."""
        period_id = self.period_id()
        if not period_id:
            return False
        changes: Changes | None = self.ops.run(self.monitoring.set_evaluation_frequency, period_id, frequency)
        if changes is None:
            self._load_summary()
        return changes is not None

    def on_changes(self, changes: Changes) -> None:
        if not changes or self._loading:
            return
        if not self.isVisible():
            self._stale = True
            return
        tables = {t for t, ids in changes.tables.items() if ids}
        if tables & STRUCTURE:
            self._load_years(self.plan.plan_id if self.plan else None)
        elif self.plan is not None:
            if "period_lock" in tables or "setting" in tables:
                self.periods = self.ops.run(self.monitoring.plan_periods, self.plan.plan_id) or []
                self._fill_periode_box()
            self._load_table()
            self.evidence.set_limit(self.monitoring.evidence_limit())
            self._summary_stale = True
            if self.tabs.currentWidget() is self.periods_panel:
                self._load_summary()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._load_years(self.plan.plan_id if self.plan else None)

    # -- edits -----------------------------------------------------------------------------------

    def _edit_requested(self, key: Key, column: int, text: str) -> None:
        self.sig_cell_edited.emit(self.edit_cell(key, column, text))

    def edit_cell(self, key: Key, column: int, text: str) -> bool:
        """Record what was typed in a cell as one undoable command (False: nothing to do, or
        refused — the service said why)."""
        table = self.table
        if table is None:
            return False
        kind, record = key
        indicator_id = record if kind == "i" else None
        result_id = record if kind == "r" else None
        periode = table.periode
        old = self.model.cell(key)
        typed = text.strip()
        kualitatif = table.pendekatan == Pendekatan.KUALITATIF.value
        monitoring = self.monitoring
        if column == ProgressModel.REALISASI and not typed:
            if old is None:
                return False
            return self._push_clear(old)
        values: dict[str, Any]
        if column == ProgressModel.REALISASI:
            if kualitatif:
                values = {
                    "text": typed,
                    "realisasi": old.realisasi if old else "",
                    "unit": old.unit if old else None,
                }
                title = self.tr("Record realisasi")
            else:
                values = {"realisasi": typed, "unit": old.unit if old else None}
                title = self.tr("Record realisasi")
        elif column == ProgressModel.UNIT:
            values = {"realisasi": old.realisasi if old else "", "unit": typed or None}
            title = self.tr("Change the unit of the realisasi")
        elif column == ProgressModel.NOTE:
            values = {
                "realisasi": old.realisasi if old else "",
                "unit": (old.unit or None) if old else None,
                "text": old.text if old else "",
                "note": typed,
            }
            title = self.tr("Change the note")
        else:
            return False
        made: list[str] = []

        def do() -> object:
            record_id, changes = monitoring.set_progress(
                periode, indicator_id=indicator_id, result_id=result_id, **values
            )
            made[:] = [record_id]
            return changes

        def undo() -> object:
            if old is None:
                return monitoring.remove_progress(made[0])
            return monitoring.set_progress(
                periode,
                indicator_id=indicator_id,
                result_id=result_id,
                realisasi=old.realisasi,
                unit=old.unit or None,
                text=old.text,
                note=old.note,
            )[1]

        command = ServiceCommand(self.ops, title, do, undo)
        self.ops.push(command)
        return not command.failed

    def clear_cell(self, index: QModelIndex) -> bool:
        key = self.model.key(index)
        cell = self.model.cell(key) if key is not None else None
        if cell is None:
            return False
        return self._push_clear(cell)

    def _push_clear(self, cell: ProgressCell) -> bool:
        monitoring = self.monitoring
        command = ServiceCommand(
            self.ops,
            self.tr("Clear realisasi"),
            lambda: monitoring.remove_progress(cell.id),
            lambda: monitoring.restore_progress(cell.id),
        )
        self.ops.push(command)
        return not command.failed

    # -- bukti dukung ----------------------------------------------------------------------------

    def attach_files(self, paths: list[str], key: Key | None) -> bool:
        """Attach files to a row (``key`` None: the chosen row), off the GUI thread."""
        table = self.table
        if table is None or not paths:
            return False
        if key is None:
            key = self.current_key()
        if key is None:
            return False
        index = self.model.index_of(key)
        target = self.model.target(index)
        if target is None:
            return False
        if key != self.current_key():
            self.view.setCurrentIndex(index.sibling(index.row(), ProgressModel.REALISASI))
        result_id, indicator_id = target
        self.side.setCurrentWidget(self.evidence)
        return self.attacher.start(paths, table.periode, result_id, indicator_id)

    def attaching(self) -> bool:
        return self.attacher.busy()

    # -- periods ---------------------------------------------------------------------------------

    def _lock_button_clicked(self) -> None:
        row = self.period_row()
        if row is None:
            return
        if row.locked or row.due_to_lock:
            self.reopen_period(row.code)
        else:
            self.lock_period(row.code)

    def lock_period(self, code: str) -> bool:
        period_id = self.period_id() if self.plan is None else self.plan.period_id
        year = self.year_value()
        if period_id is None:
            return False
        reason = common.ask_text(
            self,
            self.tr("Lock period"),
            self.tr(
                "Lock {periode} {year}? Nothing more can be recorded in it, in any plan of {year}, until "
                "it is reopened."
            ).format(periode=periode_label(code), year=year),
            accept=self.tr("Lock"),
            placeholder=self.tr("Reason (optional)"),
        )
        if reason is None:
            return False
        return self.ops.run(self.monitoring.lock_period, period_id, code, reason) is not None

    def reopen_period(self, code: str) -> bool:
        period_id = self.period_id() if self.plan is None else self.plan.period_id
        year = self.year_value()
        if period_id is None:
            return False
        reason = common.ask_text(
            self,
            self.tr("Reopen period"),
            self.tr(
                "Reopen {periode} {year} so entries can be recorded again? Write why: the reason stays in "
                "the period's history."
            ).format(periode=periode_label(code), year=year),
            accept=self.tr("Reopen"),
            required=True,
            placeholder=self.tr("Reason (required)"),
        )
        if reason is None:
            return False
        return self.ops.run(self.monitoring.reopen_period, period_id, code, reason) is not None

    # -- import ----------------------------------------------------------------------------------

    def open_import(self) -> ImportDialog:
        """The e-Kinerja import dialog (window-modal, not blocking)."""
        nip = self.plan.nip if self.plan is not None else ""
        dialog = ImportDialog(self.ops, self, nip=nip)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
