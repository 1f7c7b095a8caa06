"""The evaluation periods of a plan year (R-PERIOD, R-PERIODIC, R-DEADLINES): dates, the deadline,
when each locks by itself, who locked or reopened it and why; beside them how much was recorded
in the acting person's scope (the former Pemantauan overview). The pengelola kinerja locks and
reopens periods here."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skpdesk import formatting
from skpdesk.domain.periods import EvaluationFrequency
from skpdesk.services.monitoring import EvaluationPeriodRow
from skpdesk.services.overview import PeriodeRow, ProgressSummary
from skpdesk.ui.monitoring.common import short_date
from skpdesk.ui.overview.base import format_size, icon, periode_label

translate = QCoreApplication.translate
CODE_ROLE = Qt.ItemDataRole.UserRole


def period_state(row: EvaluationPeriodRow, today: dt.date) -> str:
    """Open / not started / past its deadline / overdue / locked / reopened, in a few words."""
    if row.locked:
        if row.automatic:
            return translate("MonitoringPeriods", "Locked (deadline passed)")
        return translate("MonitoringPeriods", "Locked")
    if row.due_to_lock:
        return translate("MonitoringPeriods", "Overdue: locks soon")
    if row.changed_on is not None:
        return translate("MonitoringPeriods", "Reopened")
    if today < row.start:
        return translate("MonitoringPeriods", "Not started")
    if today > row.deadline:
        return translate("MonitoringPeriods", "Past its deadline")
    return translate("MonitoringPeriods", "Open")


def period_history(row: EvaluationPeriodRow) -> str:
    """Who locked or reopened it, when and why (empty: nobody yet)."""
    if row.changed_on is None:
        return ""
    when = short_date(row.changed_on)
    if row.locked and row.automatic:
        return translate("MonitoringPeriods", "Locked by itself on {date}, after {until}").format(
            date=when, until=short_date(row.open_until)
        )
    who = row.changed_by_name or translate("MonitoringPeriods", "the workspace administrator")
    if row.locked:
        text = translate("MonitoringPeriods", "Locked by {who} on {date}").format(who=who, date=when)
    else:
        text = translate("MonitoringPeriods", "Reopened by {who} on {date}").format(who=who, date=when)
    if row.reason:
        text += translate("MonitoringPeriods", ": {reason}").format(reason=row.reason)
    return text


def date_range(start: dt.date, end: dt.date) -> str:
    return f"{short_date(start)} – {short_date(end)}"


class PeriodsPanel(QWidget):
    sig_period_chosen = Signal(str)
    """The person opened a period (double click, Enter): show it."""
    sig_lock_requested = Signal(str)
    """Lock this period (its code)."""
    sig_reopen_requested = Signal(str)
    """Reopen this period (its code)."""
    sig_frequency_requested = Signal(str)
    """Evaluate the year at another frequency (an ``EvaluationFrequency`` value)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("periodsPanel")
        self.rows: list[EvaluationPeriodRow] = []
        self.today = dt.date.today()
        self.may_manage = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        layout.addWidget(self.heading)
        self.note = QLabel(
            self.tr(
                "Each period locks by itself a few days after its deadline (the grace days are a setting "
                "of the instansi); the pengelola kinerja may lock it earlier or reopen it with a reason. "
                "A lock holds for every plan of the year."
            )
        )
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        frequency_row = QHBoxLayout()
        self.frequency = QComboBox()
        self.frequency.setObjectName("periodsFrequency")
        for value, text in (
            (EvaluationFrequency.TRIWULAN, self.tr("Quarterly (TW I–IV)")),
            (EvaluationFrequency.SEMESTER, self.tr("Half-yearly (semester)")),
            (EvaluationFrequency.BULANAN, self.tr("Monthly")),
        ):
            self.frequency.addItem(text, value.value)
        self.frequency.activated.connect(self._frequency_chosen)
        caption = QLabel(self.tr("&Evaluated:"))
        caption.setBuddy(self.frequency)
        frequency_row.addWidget(caption)
        frequency_row.addWidget(self.frequency)
        self.frequency_note = QLabel(
            self.tr(
                "[L] How often the year is evaluated is your instansi's choice ({rule}), the same for every "
                "plan of the year; the pengelola kinerja of the instansi changes it while no realisasi "
                "sits in periods the new choice does not have."
            ).format(rule="R-PERIOD")
        )
        self.frequency_note.setObjectName("muted")
        self.frequency_note.setWordWrap(True)
        frequency_row.addWidget(self.frequency_note, 1)
        layout.addLayout(frequency_row)
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("periodsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Period"),
                self.tr("Dates"),
                self.tr("Evaluation due"),
                self.tr("Locks after"),
                self.tr("State"),
                self.tr("Realisasi"),
                self.tr("IKI reported"),
                self.tr("Evidence"),
                self.tr("Feedback"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        for column in range(10):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch if column == 5 else QHeaderView.ResizeMode.ResizeToContents,
            )
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.itemActivated.connect(self._activated)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setObjectName("periodDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        self.scope_note = QLabel()
        self.scope_note.setObjectName("muted")
        self.scope_note.setWordWrap(True)
        layout.addWidget(self.scope_note)
        buttons = QHBoxLayout()
        self.show_button = QPushButton(self.tr("&Show this period"))
        self.show_button.clicked.connect(lambda: self._emit(self.sig_period_chosen))
        self.lock_button = QPushButton(icon("warning"), self.tr("&Lock period…"))
        self.lock_button.setObjectName("periodsLock")
        self.lock_button.clicked.connect(lambda: self._emit(self.sig_lock_requested))
        self.reopen_button = QPushButton(icon("undo"), self.tr("&Reopen period…"))
        self.reopen_button.setObjectName("periodsReopen")
        self.reopen_button.clicked.connect(lambda: self._emit(self.sig_reopen_requested))
        for widget in (self.show_button, self.lock_button, self.reopen_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._update_buttons()

    def show_year(
        self,
        year: int | None,
        rows: list[EvaluationPeriodRow],
        summary: ProgressSummary | None,
        scope_text: str,
        today: dt.date,
        may_manage: bool,
        current: str = "",
    ) -> None:
        keep = self.current_code() or current
        self.rows = rows
        self.today = today
        self.may_manage = may_manage
        self.heading.setText(self.tr("Evaluation periods of {year}").format(year=year) if year else "")
        counts: dict[str, PeriodeRow] = {}
        if summary is not None and summary.year == year:
            counts = {r.periode: r for r in summary.rows}
        indicators = summary.indicators if summary is not None else 0
        table = self.table
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(len(rows))
        chosen = -1
        for n, row in enumerate(rows):
            count = counts.get(row.code)
            values: list[str] = [
                periode_label(row.code),
                date_range(row.start, row.end),
                short_date(row.deadline),
                short_date(row.open_until),
                period_state(row, today),
                formatting.format_count(count.realisasi) if count else "0",
                self.tr("{n} of {total}").format(
                    n=formatting.format_count(count.indicators_reported if count else 0),
                    total=formatting.format_count(indicators),
                ),
                (
                    f"{formatting.format_count(count.evidence_files)} · {format_size(count.evidence_bytes)}"
                    if count and count.evidence_files
                    else "0"
                ),
                formatting.format_count(count.feedback) if count else "0",
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(CODE_ROLE, row.code)
                if c >= 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 4:
                    item.setToolTip(period_history(row))
                    if row.locked:
                        font = item.font()
                        font.setBold(True)
                        item.setFont(font)
                table.setItem(n, c, item)
            if row.code == keep:
                chosen = n
        table.blockSignals(False)
        if chosen >= 0:
            table.selectRow(chosen)
        self.scope_note.setText(scope_text)
        frequency = rows[0].frequency.value if rows else ""
        self.frequency.setCurrentIndex(max(self.frequency.findData(frequency), 0))
        self.frequency.setEnabled(may_manage and bool(rows))
        self.frequency.setToolTip(
            "" if may_manage else self.tr("Only the pengelola kinerja of the whole instansi changes it.")
        )
        self.lock_button.setVisible(may_manage)
        self.reopen_button.setVisible(may_manage)
        self._update_buttons()

    def current_code(self) -> str:
        selected = self.table.selectionModel().selectedRows()
        if not selected:
            return ""
        row = selected[0].row()
        return self.rows[row].code if 0 <= row < len(self.rows) else ""

    def current_row(self) -> EvaluationPeriodRow | None:
        code = self.current_code()
        return next((r for r in self.rows if r.code == code), None)

    def select(self, code: str) -> None:
        for n, row in enumerate(self.rows):
            if row.code == code:
                self.table.selectRow(n)

    def _update_buttons(self) -> None:
        row = self.current_row()
        if row is None:
            self.detail.setText("")
        else:
            history = period_history(row) or self.tr("Nobody has locked or reopened it.")
            self.detail.setText(
                self.tr("{periode}: {history}").format(periode=periode_label(row.code), history=history)
            )
        self.show_button.setEnabled(row is not None)
        self.lock_button.setEnabled(self.may_manage and row is not None and not row.locked)
        self.reopen_button.setEnabled(self.may_manage and row is not None and (row.locked or row.due_to_lock))

    def _frequency_chosen(self, _index: int) -> None:
        value = str(self.frequency.currentData() or "")
        current = self.rows[0].frequency.value if self.rows else ""
        if value and value != current:
            self.sig_frequency_requested.emit(value)

    def _activated(self, item: QTableWidgetItem) -> None:
        self.sig_period_chosen.emit(str(item.data(CODE_ROLE)))

    def _emit(self, signal: SignalInstance) -> None:
        code = self.current_code()
        if code:
            signal.emit(code)
