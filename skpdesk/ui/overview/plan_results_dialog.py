"""A read-only view of one plan's results (RHK): their IKI and targets, or what each intervenes."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skpdesk.services.overview import IndicatorLine, PlanResults, ResultLine
from skpdesk.ui.overview.base import plan_status_label

RESULTS = "results"  # RHK with their IKI and targets (SKP)
LINKS = "links"  # RHK with the superior RHK or goal each intervenes (Cascading, R-CASCADE)


class PlanResultsDialog(QDialog):
    def __init__(self, parent: QWidget | None, plan: PlanResults, mode: str = RESULTS) -> None:
        super().__init__(parent)
        self.setObjectName("planResultsDialog")
        self.mode = mode
        if mode == LINKS:
            self.setWindowTitle(self.tr("How the results of this plan are linked"))
        else:
            self.setWindowTitle(self.tr("Results and indicators of this plan"))
        self.resize(980, 600)
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr("SKP {year} of {name} · {status}").format(
                year=plan.year or "", name=plan.employee_name, status=plan_status_label(plan.status)
            )
        )
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        note = QLabel(
            self.tr("Read-only. Editing comes with the drafting wizard.")
            if mode == RESULTS
            else self.tr(
                "Each main result (RHK utama) should intervene a result of the atasan or a goal of "
                "the organisation. Re-linking comes with the cascading tree."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.tree = QTreeWidget()
        self.tree.setObjectName("planResults")
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        if mode == LINKS:
            self.tree.setHeaderLabels([self.tr("Result (RHK) and what it intervenes"), self.tr("Kind"), ""])
        else:
            self.tree.setHeaderLabels(
                [self.tr("Result (RHK) / indicator (IKI)"), self.tr("Aspect"), self.tr("Target")]
            )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        if mode == LINKS:
            self.tree.setColumnHidden(2, True)
        else:
            header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(2, 220)
        layout.addWidget(self.tree, 1)
        self._fill(plan)
        self.empty = QLabel(
            self.tr("This plan has no results yet. They are written in the SKP drafting wizard.")
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not plan.results)
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self, plan: PlanResults) -> None:
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for number, result in enumerate(plan.results, start=1):
            kind = self.tr("Main (utama)") if result.jenis == "utama" else self.tr("Additional (tambahan)")
            if self.mode == LINKS:
                item = QTreeWidgetItem([f"{number}. {result.text}", kind])
                item.setFont(0, bold)
                link = QTreeWidgetItem([self._link_text(result)])
                if not result.parent_kind:
                    link.setForeground(0, self.palette().placeholderText())
                item.addChild(link)
                link.setFirstColumnSpanned(True)
                link.setToolTip(0, link.text(0))
            else:
                item = QTreeWidgetItem([f"{number}. {result.text}", kind, ""])
                item.setFont(0, bold)
                for indicator in result.indicators:
                    item.addChild(
                        QTreeWidgetItem(
                            [indicator.text, indicator.aspek.capitalize(), target_text(indicator)]
                        )
                    )
            item.setToolTip(0, result.text)
            self.tree.addTopLevelItem(item)
        self.tree.expandAll()

    def _link_text(self, result: ResultLine) -> str:
        if result.parent_kind == "result":
            return self.tr("Intervenes: {text} (RHK of {owner})").format(
                text=result.parent_text, owner=result.parent_owner or "?"
            )
        if result.parent_kind == "goal":
            return self.tr("Intervenes: {text} (goal of {unit})").format(
                text=result.parent_text, unit=result.parent_owner or "?"
            )
        if result.parent_kind == "missing":
            return self.tr("Linked to a result that is not in this workspace (yet)")
        if result.jenis != "utama":
            return self.tr("Not linked: an additional result needs no link")
        return self.tr("Not linked (tidak terhubung)")


def target_text(indicator: IndicatorLine) -> str:
    """ "12 dokumen", "80–90 %", or empty."""
    value = indicator.target_value
    if indicator.target_max and indicator.target_max != value:
        value = f"{value}–{indicator.target_max}"
    return f"{value} {indicator.target_unit}".strip()
