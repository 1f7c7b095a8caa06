"""Choosing whose plan to follow: a combo box one can type into (name, NIP, jabatan or unit; any
part of it), over a light list model, so that a pengelola of a large instansi gets thousands of
plans without a widget per row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from skpdesk.domain.nip import format_nip
from skpdesk.services.monitoring import PLAN_OWN, PLAN_TEAM, MonitoredPlan
from skpdesk.ui.overview.base import plan_status_label

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
PLAN_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


def plan_text(plan: MonitoredPlan) -> str:
    """ "Nama — Jabatan · Ditetapkan" (own: "Your SKP — Jabatan · ...")."""
    who = translate("MonitoringPlans", "Your SKP") if plan.relation == PLAN_OWN else plan.name
    parts = [f"{who} — {plan.jabatan}" if plan.jabatan else who, plan_status_label(plan.status)]
    if plan.start.month != 1 or plan.start.day != 1 or plan.end.month != 12 or plan.end.day != 31:
        parts.append(f"{plan.start:%d/%m}–{plan.end:%d/%m}")  # a plan shorter than the year (R-PERIOD)
    return " · ".join(parts)


class PlanListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plans: list[MonitoredPlan] = []

    def set_plans(self, plans: list[MonitoredPlan]) -> None:
        self.beginResetModel()
        self.plans = plans
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.plans)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.plans):
            return None
        plan = self.plans[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return plan_text(plan)
        if role == PLAN_ROLE:
            return plan.plan_id
        if role == SEARCH_ROLE:
            return " ".join((plan.name, plan.nip, plan.jabatan, plan.unit, plan_text(plan)))
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [plan.name, translate("MonitoringPlans", "NIP {nip}").format(nip=format_nip(plan.nip))]
            if plan.unit:
                lines.append(plan.unit)
            if plan.relation == PLAN_TEAM:
                lines.append(translate("MonitoringPlans", "You are the pejabat penilai of this plan."))
            return "\n".join(lines)
        return None


class PlanBox(QComboBox):
    """The plan chooser: pick from the list, or type any part of a name, NIP, jabatan or unit."""

    sig_plan_chosen = Signal(str)
    """The person chose another plan (its id)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monitoringPlan")
        self.list_model = PlanListModel(self)
        self.setModel(self.list_model)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(40)
        self.setMaxVisibleItems(20)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(translate("MonitoringPlans", "Type a name, NIP, jabatan or unit…"))
        self.filter = QSortFilterProxyModel(self)
        self.filter.setSourceModel(self.list_model)
        self.filter.setFilterRole(SEARCH_ROLE)
        self.filter.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QCompleter(self.filter, self)
        self.search.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.search.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.setMaxVisibleItems(15)
        self.setCompleter(self.search)
        line.textEdited.connect(self._typed)
        self.search.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        self.activated.connect(self._activated)
        self._current = ""

    def set_plans(self, plans: list[MonitoredPlan], current: str | None) -> None:
        self.blockSignals(True)
        self.list_model.set_plans(plans)
        ids = [p.plan_id for p in plans]
        self._current = current if current in ids else ""
        self.setCurrentIndex(ids.index(self._current) if self._current else -1)
        self.setEnabled(bool(plans))
        self.blockSignals(False)

    def current_plan(self) -> MonitoredPlan | None:
        for plan in self.list_model.plans:
            if plan.plan_id == self._current:
                return plan
        return None

    def choose(self, plan_id: str) -> bool:
        """Show a plan as if the person had picked it (False: not in the list)."""
        ids = [p.plan_id for p in self.list_model.plans]
        if plan_id not in ids:
            return False
        self.setCurrentIndex(ids.index(plan_id))
        self._set(plan_id)
        return True

    def _set(self, plan_id: str) -> None:
        if plan_id and plan_id != self._current:
            self._current = plan_id
            self.sig_plan_chosen.emit(plan_id)

    def _typed(self, text: str) -> None:
        self.filter.setFilterFixedString(text.strip())
        if text.strip():
            self.search.complete()

    def _picked(self, index: QModelIndex) -> None:
        source = self.filter.mapToSource(index)
        if not source.isValid():
            return
        self.setCurrentIndex(source.row())
        self._set(str(self.list_model.data(source, PLAN_ROLE)))
        self.filter.setFilterFixedString("")

    def _activated(self, row: int) -> None:
        if 0 <= row < len(self.list_model.plans):
            self._set(self.list_model.plans[row].plan_id)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._restore_text()

    def _restore_text(self) -> None:
        """Typed text that chose nothing goes back to the plan shown."""
        ids = [p.plan_id for p in self.list_model.plans]
        if self._current in ids:
            row = ids.index(self._current)
            if self.currentIndex() != row or self.currentText() != plan_text(self.list_model.plans[row]):
                self.blockSignals(True)
                self.setCurrentIndex(row)
                self.setEditText(plan_text(self.list_model.plans[row]))
                self.blockSignals(False)
        self.filter.setFilterFixedString("")
