"""The SKP area: the person's plans, the team's, the reviu queue, and clinic mode; a plan opens in
the drafting wizard on the same screen."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain.errors import SkpError
from skpdesk.domain.plan import PlanStatus
from skpdesk.domain.roles import Action
from skpdesk.services.base import Changes
from skpdesk.services.drafting import Participant, PlanRow
from skpdesk.ui.errors import show_error
from skpdesk.ui.jobs import Job
from skpdesk.ui.ops import Ops
from skpdesk.ui.overview.base import plan_status_label
from skpdesk.ui.page import Page

if TYPE_CHECKING:
    from skpdesk.ui.skp.wizard import PlanWizard


class PlanTable(QTableWidget):
    """A list of plans; Enter or a double click opens one."""

    def __init__(self, name: str) -> None:
        super().__init__(0, 6)
        self.setObjectName(name)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.rows: list[PlanRow] = []

    def fill(self, rows: list[PlanRow]) -> None:
        self.rows = rows
        self.setHorizontalHeaderLabels(
            [
                self.tr("Year"),
                self.tr("Name"),
                self.tr("Jabatan"),
                self.tr("Status"),
                self.tr("RHK"),
                self.tr("Work unit"),
            ]
        )
        self.setRowCount(len(rows))
        for n, r in enumerate(rows):
            status = plan_status_label(r.status.value)
            if r.changed_after_approval:
                status += " · " + self.tr("changed after approval")
            values = [
                str(r.year),
                r.name,
                r.jabatan,
                status,
                str(r.results),
                r.unit,
            ]
            for c, value in enumerate(values):
                self.setItem(n, c, QTableWidgetItem(value))
        self.resizeColumnsToContents()
        if self.columnWidth(2) > 320:
            self.setColumnWidth(2, 320)

    def current_plan(self) -> str | None:
        row = self.currentRow()
        return self.rows[row].id if 0 <= row < len(self.rows) else None


class ClinicPanel(QWidget):
    """Clinic mode: a unit's people top-down, their plan's state, the next person one key away."""

    def __init__(self, page: SkpPage) -> None:
        super().__init__()
        self.page = page
        self.unit_id = ""
        self.people: list[Participant] = []
        self._job: Job | None = None
        self._keep_label = False
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.unit_label = QLabel(self.tr("Choose the unit of the clinic."))
        top.addWidget(self.unit_label, 1)
        choose = QPushButton(self.tr("Choose unit…"))
        choose.clicked.connect(self.choose_unit)
        top.addWidget(choose)
        self.fallback = QPushButton(self.tr("Fallback drafts for those without an SKP"))
        self.fallback.setObjectName("fallbackDrafts")
        self.fallback.setToolTip(
            self.tr(
                "R-DEADLINES: a plan not drafted by the 2nd week of January is drafted by the pengelola "
                "kinerja from the atasan's results."
            )
        )
        self.fallback.clicked.connect(self.fallback_drafts)
        self.fallback.setEnabled(False)
        top.addWidget(self.fallback)
        layout.addLayout(top)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("clinicTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.cellDoubleClicked.connect(lambda row, _c: self.open_row(row))
        layout.addWidget(self.table, 1)
        hint = QLabel(
            self.tr(
                "Enter opens the person's plan (or starts one from the atasan's results). In the wizard, "
                "F8 goes to the next participant and Shift+F8 to the previous one."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout.addWidget(hint)
        enter = QShortcut(QKeySequence(Qt.Key.Key_Return), self.table)
        enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        enter.activated.connect(lambda: self.open_row(self.table.currentRow()))

    def choose_unit(self) -> None:
        from skpdesk.ui.org.dialogs import UnitPicker

        picker = UnitPicker(self, self.page.ops.ws.org.unit_tree(), self.tr("Unit of the clinic"))
        chosen = picker.chosen_id() if picker.exec() else None
        if chosen:
            self.unit_id = chosen
            self.refresh()

    def fallback_drafts(self) -> None:
        period = self.page.period_id()
        if not self.unit_id or not period:
            return
        result = self.page.ops.run(self.page.ops.ws.drafting.fallback_drafts, self.unit_id, period)
        if result is not None:
            made, _changes = result
            self.unit_label.setText(self.tr("{n} fallback draft(s) created.").format(n=len(made)))
            self.refresh(keep_label=True)

    def refresh(self, *, keep_label: bool = False) -> None:
        period = self.page.period_id()
        self.fallback.setEnabled(bool(self.unit_id and period))
        if not self.unit_id or not period:
            return
        # A whole OPD's findings take about a second: read them off the GUI thread.
        self._keep_label = keep_label
        if not keep_label:
            self.unit_label.setText(self.tr("Loading the participants…"))
        drafting, unit_id = self.page.ops.ws.drafting, self.unit_id
        self._job = Job(lambda: drafting.clinic(unit_id, period))
        self._job.signals.done.connect(self._loaded)
        self._job.signals.failed.connect(self._load_failed)
        self._job.start()

    def loading(self) -> bool:
        return self._job is not None

    def _load_failed(self, _tag: int, error: object) -> None:
        self._job = None
        if isinstance(error, SkpError):
            show_error(self, error)
            return
        raise error if isinstance(error, BaseException) else RuntimeError(str(error))

    def _loaded(self, _tag: int, people: object) -> None:
        self._job = None
        self.people = list(people) if isinstance(people, list) else []
        if not self._keep_label:
            self.unit_label.setText(self.tr("{n} participants, top-down").format(n=len(self.people)))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Jabatan"),
                self.tr("Status"),
                self.tr("Stage"),
                self.tr("Errors"),
                self.tr("Warnings"),
            ]
        )
        self.table.setRowCount(len(self.people))
        for n, p in enumerate(self.people):
            status = plan_status_label(p.status.value) if p.status else self.tr("no plan yet")
            values = [
                "  " * p.depth + p.name,
                p.jabatan,
                status,
                str(p.stage) if p.stage and p.status in (PlanStatus.DRAFT, PlanStatus.DIKEMBALIKAN) else "–",
                str(p.errors),
                str(p.warnings),
            ]
            for c, value in enumerate(values):
                self.table.setItem(n, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def open_row(self, row: int) -> None:
        if not 0 <= row < len(self.people):
            return
        person = self.people[row]
        plan_id = person.plan_id
        if plan_id is None:
            plan_id = self._start(person)
            if plan_id is None:
                return
        self.page.open_plan(plan_id, clinic_index=row)

    def _start(self, person: Participant) -> str | None:
        """A participant without a plan: start one from the atasan's results when they exist."""
        drafting = self.page.ops.ws.drafting
        period = self.page.period_id() or ""
        sources = drafting.reuse_sources(person.employee_id, period)
        start = "atasan" if sources.atasan_plan_id else "empty"
        result = self.page.ops.run(drafting.create_plan, person.employee_id, period, start_from=start)
        if result is None:
            return None
        plan_id, _changes = result
        index = self.people.index(person)
        self.people[index] = replace(person, plan_id=plan_id, status=PlanStatus.DRAFT, stage=1)
        return plan_id


class SkpPage(Page):
    key = "skp"

    def __init__(self, ops: Ops) -> None:
        super().__init__(
            ops,
            self.tr_area("SKP"),
            self.tr("Draft the plan stage by stage with the coach; submit it for reviu and penetapan."),
        )
        self.stack = QStackedWidget()
        self.body.addWidget(self.stack, 1)
        lists = QWidget()
        list_layout = QVBoxLayout(lists)
        list_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        from PySide6.QtWidgets import QComboBox

        self.year = QComboBox()
        self.year.setObjectName("yearFilter")
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(QLabel(self.tr("Year")))
        bar.addWidget(self.year)
        bar.addStretch(1)
        self.new_own = QPushButton(self.tr("New SKP for me…"))
        self.new_own.setObjectName("newOwnPlan")
        self.new_own.clicked.connect(self.new_own_plan)
        bar.addWidget(self.new_own)
        self.new_other = QPushButton(self.tr("New SKP for an employee…"))
        self.new_other.setObjectName("newPlanFor")
        self.new_other.clicked.connect(self.new_plan_for)
        bar.addWidget(self.new_other)
        self.batch_button = QPushButton(self.tr("PDFs of a unit…"))
        self.batch_button.setObjectName("batchPdf")
        self.batch_button.setToolTip(self.tr("Rencana SKP of every plan of a unit as PDF files"))
        self.batch_button.clicked.connect(self.batch_pdf)
        bar.addWidget(self.batch_button)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setProperty("primary", True)
        self.open_button.clicked.connect(self.open_selected)
        bar.addWidget(self.open_button)
        list_layout.addLayout(bar)
        self.tabs = QTabWidget()
        self.own = PlanTable("ownPlans")
        self.team = PlanTable("teamPlans")
        self.queue = PlanTable("reviewQueue")
        self.clinic = ClinicPanel(self)
        for table in (self.own, self.team, self.queue):
            table.cellDoubleClicked.connect(lambda _r, _c, t=table: self._open_from(t))
            enter = QShortcut(QKeySequence(Qt.Key.Key_Return), table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda t=table: self._open_from(t))
        list_layout.addWidget(self.tabs, 1)
        self.stack.addWidget(lists)
        self.wizard: PlanWizard | None = None
        self.clinic_index: int | None = None
        self._loaded_years = False
        for keys, step in (("F8", 1), ("Shift+F8", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.next_participant(s))

    # -- lists ------------------------------------------------------------------------------------

    def period_id(self) -> str | None:
        value = self.year.currentData()
        return str(value) if value else None

    def refresh(self) -> None:
        actor = self.ops.actor
        if actor is None:
            return
        drafting = self.ops.ws.drafting
        if not self._loaded_years:
            blocked = self.year.blockSignals(True)
            self.year.clear()
            today = self.ops.ws.access.today()
            for period_id, year in drafting.periods():
                self.year.addItem(str(year), period_id)
            wanted = (
                today.year + 1
                if today.month >= 11 and self.year.findText(str(today.year + 1)) >= 0
                else today.year
            )
            self.year.setCurrentIndex(max(self.year.findText(str(wanted)), 0))
            self.year.blockSignals(blocked)
            self._loaded_years = True
        access = self.ops.ws.access
        period = self.period_id()
        current = self.tabs.currentIndex()
        self.tabs.clear()
        if actor.employee_id:
            self.own.fill(
                [r for r in drafting.own_plans() if period is None or r.year == int(self.year.currentText())]
            )
            self.tabs.addTab(self.own, self.tr("My SKP"))
        if access.can(Action.APPROVE_PLAN):
            self.team.fill(drafting.team_plans(period))
            self.tabs.addTab(self.team, self.tr("My team ({n})").format(n=len(self.team.rows)))
        if access.can(Action.REVIEW_PLAN):
            self.queue.fill(drafting.review_queue(period))
            self.tabs.addTab(self.queue, self.tr("Waiting for reviu ({n})").format(n=len(self.queue.rows)))
        if access.can(Action.DRAFT_FOR_OTHERS):
            self.tabs.addTab(self.clinic, self.tr("Clinic mode"))
            self.clinic.refresh()
        self.tabs.setCurrentIndex(max(0, min(current, self.tabs.count() - 1)))
        self.new_own.setVisible(bool(actor.employee_id))
        self.new_other.setVisible(access.can(Action.DRAFT_FOR_OTHERS))
        self.batch_button.setVisible(access.can(Action.DRAFT_FOR_OTHERS) or access.can(Action.REVIEW_PLAN))

    def on_changes(self, changes: Changes) -> None:
        if self.stack.currentIndex() == 0 and any(
            changes.tables.get(t) for t in ("plan", "work_result", "period", "employee")
        ):
            self.refresh()

    def _open_from(self, table: PlanTable) -> None:
        plan_id = table.current_plan()
        if plan_id:
            self.open_plan(plan_id)

    def open_selected(self) -> None:
        widget = self.tabs.currentWidget()
        if isinstance(widget, PlanTable):
            self._open_from(widget)
        elif widget is self.clinic:
            self.clinic.open_row(self.clinic.table.currentRow())

    def open_item(self, target: str) -> None:
        """A plan id, optionally with ``#results`` (the cascading tree hands a plan over at the
        stage where its RHK are written)."""
        plan_id, _sep, stage = target.partition("#")
        if plan_id:
            self.open_plan(plan_id)
            if stage == "results" and self.wizard is not None:
                from skpdesk.domain.stages import StageKind

                self.wizard.go_to_kind(StageKind.RESULTS)

    def batch_pdf(self) -> None:
        from skpdesk.ui.skp.batch import BatchPlansDialog

        BatchPlansDialog(self, self.ops).exec()

    # -- new plans --------------------------------------------------------------------------------

    def new_own_plan(self) -> None:
        actor = self.ops.actor
        if actor is None or actor.employee_id is None:
            return
        self._new_plan(actor.employee_id, actor.name)

    def new_plan_for(self) -> None:
        from skpdesk.ui.models.employees import EmployeeTableModel
        from skpdesk.ui.org.dialogs import EmployeePicker
        from skpdesk.ui.org.page import load_org

        _units, index = load_org(self.ops.ws.org)
        model = EmployeeTableModel(self)
        model.set_index(index)
        picker = EmployeePicker(self, model, self.tr("Whose SKP?"))
        chosen = picker.chosen_id() if picker.exec() else None
        if chosen:
            row = index.row_of.get(chosen)
            self._new_plan(chosen, index.names[row] if row is not None else "")

    def _new_plan(self, employee_id: str, name: str) -> None:
        from skpdesk.ui.skp.dialogs import NewPlanDialog

        dialog = NewPlanDialog(self, self.ops, employee_id, name)
        if dialog.exec() and dialog.plan_id:
            self.open_plan(dialog.plan_id)

    # -- the wizard -------------------------------------------------------------------------------

    def open_plan(self, plan_id: str, *, clinic_index: int | None = None) -> None:
        from skpdesk.ui.skp.wizard import PlanWizard

        self.close_plan(show_list=False)
        self.clinic_index = clinic_index
        self.wizard = PlanWizard(self.ops, plan_id)
        self.wizard.closed.connect(self.close_plan)
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)
        self.subtitle.setText(self._clinic_line())
        self.wizard.setFocus()

    def _clinic_line(self) -> str:
        if self.clinic_index is None:
            return self.tr("Draft the plan stage by stage with the coach; submit it for reviu and penetapan.")
        total = len(self.clinic.people)
        person = self.clinic.people[self.clinic_index] if self.clinic_index < total else None
        return self.tr("Clinic: participant {n} of {total}, {name}. F8 next, Shift+F8 previous.").format(
            n=self.clinic_index + 1, total=total, name=person.name if person else ""
        )

    def close_plan(self, *, show_list: bool = True) -> None:
        if self.wizard is not None:
            self.wizard.flush()
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None
        if show_list:
            self.stack.setCurrentIndex(0)
            self.clinic_index = None
            self.subtitle.setText(self._clinic_line())
            self.refresh()

    def next_participant(self, step: int) -> None:
        if self.clinic_index is None or not self.clinic.people:
            return
        target = self.clinic_index + step
        if 0 <= target < len(self.clinic.people):
            if self.wizard is not None:
                self.wizard.flush()
            self.clinic.open_row(target)

    def flush(self) -> None:
        if self.wizard is not None:
            self.wizard.flush()
