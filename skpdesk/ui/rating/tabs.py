"""The rating screen's other tabs: keberatan to decide with the history (R-FOLLOWUP,
R-DEADLINES), and the summary per OPD of the final ratings next to the predikat organisasi
(R-MATRIX, R-ORG-PREDIKAT) that the overview used to show."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skpdesk import formatting
from skpdesk.domain.predikat import PREDIKAT_LABELS, PREDIKAT_ORGANISASI_LABELS, Predikat, PredikatOrganisasi
from skpdesk.formatting import format_date
from skpdesk.services.rating import DITERIMA, KeberatanRow
from skpdesk.ui.ops import Ops
from skpdesk.ui.overview.base import (
    Banner,
    fill_table,
    fit_rows,
    make_table,
    overview_of,
    periode_label,
    scope_text,
)
from skpdesk.ui.rating.evidence import muted_label, section_label
from skpdesk.ui.rating.text import periode_name, predikat_text

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PLAN_ROLE = Qt.ItemDataRole.UserRole + 2
PERIODE_ROLE = Qt.ItemDataRole.UserRole + 3


def decision_text(k: KeberatanRow) -> str:
    if k.pending:
        return translate("RatingTabs", "waiting")
    if k.decision == DITERIMA:
        return translate("RatingTabs", "accepted: now {predikat}").format(
            predikat=predikat_text(k.new_predikat)
        )
    return translate("RatingTabs", "rejected")


class KeberatanTab(QWidget):
    """Keberatan waiting for the acting person's decision, and the history on the listed plans."""

    open_requested = Signal(str, str)  # plan id, periode
    decide_requested = Signal(str)  # keberatan id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(section_label(translate("RatingTabs", "Waiting for your decision")))
        layout.addWidget(
            muted_label(
                translate(
                    "RatingTabs",
                    "As the atasan of the pejabat penilai you decide keberatan on the ratings your "
                    "subordinates gave (R-DEADLINES): hear both sides; you may change the rating; the "
                    "decision is final.",
                )
            )
        )
        self.waiting = make_table(
            [
                translate("RatingTabs", "Pegawai"),
                translate("RatingTabs", "Period"),
                translate("RatingTabs", "Filed"),
                translate("RatingTabs", "Decide by"),
                translate("RatingTabs", "Reasons"),
            ],
            stretch=4,
        )
        self.waiting.setObjectName("keberatanWaiting")
        layout.addWidget(self.waiting)
        self.waiting_note = muted_label()
        layout.addWidget(self.waiting_note)
        row = QHBoxLayout()
        self.open_button = QPushButton(translate("RatingTabs", "&Open the rating"))
        self.decide_button = QPushButton(translate("RatingTabs", "Dec&ide…"))
        self.decide_button.setProperty("primary", True)
        for widget in (self.open_button, self.decide_button):
            widget.setAutoDefault(False)
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(
            section_label(
                translate("RatingTabs", "History: keberatan on the listed plans and those you decide")
            )
        )
        self.history = make_table(
            [
                translate("RatingTabs", "Pegawai"),
                translate("RatingTabs", "Period"),
                translate("RatingTabs", "Filed"),
                translate("RatingTabs", "Reasons"),
                translate("RatingTabs", "Decision"),
                translate("RatingTabs", "Decided"),
                translate("RatingTabs", "By"),
                translate("RatingTabs", "Note"),
            ],
            stretch=3,
        )
        self.history.setObjectName("keberatanHistoryTable")
        layout.addWidget(self.history, 1)
        self.history_note = muted_label()
        layout.addWidget(self.history_note)
        layout.addStretch(0)
        self.open_button.clicked.connect(self._open)
        self.decide_button.clicked.connect(self._decide)
        self.waiting.itemSelectionChanged.connect(self._update)
        self.waiting.itemDoubleClicked.connect(lambda _i: self._open())
        self.history.itemDoubleClicked.connect(lambda item: self._open_from(self.history, item.row()))
        self._update()

    def set_rows(self, waiting: Sequence[KeberatanRow], history: Sequence[tuple[str, KeberatanRow]]) -> None:
        self.waiting.setRowCount(len(waiting))
        for r, k in enumerate(waiting):
            values = [
                k.filed_by_name,
                periode_name(k.periode),
                format_date(k.filed_on),
                format_date(k.decide_by),
                " ".join(k.reasons.split()),
            ]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, k.id)
                item.setData(PLAN_ROLE, k.plan_id)
                item.setData(PERIODE_ROLE, k.periode)
                if c == 4:
                    item.setToolTip(k.reasons)
                self.waiting.setItem(r, c, item)
        self.waiting_note.setText(
            "" if waiting else translate("RatingTabs", "No keberatan is waiting for your decision.")
        )
        self.waiting.setVisible(bool(waiting))
        fit_rows(self.waiting)
        if waiting and not self.waiting.selectionModel().selectedRows():
            self.waiting.selectRow(0)
        self.history.setRowCount(len(history))
        for r, (name, k) in enumerate(history):
            values = [
                name,
                periode_name(k.periode),
                format_date(k.filed_on),
                " ".join(k.reasons.split()),
                decision_text(k),
                format_date(k.decided_on) if k.decided_on else "",
                k.decider_name,
                " ".join(k.decision_note.split()),
            ]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, k.id)
                item.setData(PLAN_ROLE, k.plan_id)
                item.setData(PERIODE_ROLE, k.periode)
                if c in (3, 7):
                    item.setToolTip(text)
                self.history.setItem(r, c, item)
        self.history_note.setText("" if history else translate("RatingTabs", "No keberatan yet."))
        self._update()

    def _selected(self) -> QTableWidgetItem | None:
        rows = self.waiting.selectionModel().selectedRows() if self.waiting.selectionModel() else []
        return self.waiting.item(rows[0].row(), 0) if rows else None

    def _update(self) -> None:
        chosen = self._selected() is not None
        self.open_button.setEnabled(chosen)
        self.decide_button.setEnabled(chosen)

    def select(self, keberatan_id: str) -> bool:
        for r in range(self.waiting.rowCount()):
            item = self.waiting.item(r, 0)
            if item is not None and item.data(ID_ROLE) == keberatan_id:
                self.waiting.selectRow(r)
                return True
        return False

    def _open(self) -> None:
        item = self._selected()
        if item is not None:
            self.open_requested.emit(str(item.data(PLAN_ROLE)), str(item.data(PERIODE_ROLE)))

    def _open_from(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None:
            self.open_requested.emit(str(item.data(PLAN_ROLE)), str(item.data(PERIODE_ROLE)))

    def _decide(self) -> None:
        item = self._selected()
        if item is not None:
            self.decide_requested.emit(str(item.data(ID_ROLE)))


def _two_lines(text: str) -> str:
    """ "Butuh Perbaikan" → "Butuh\nPerbaikan", "Kurang/Misconduct" → "Kurang/\nMisconduct"."""
    return text.replace("/", "/\n", 1) if "/" in text else text.replace(" ", "\n", 1)


def _org_label(value: str) -> str:
    try:
        return PREDIKAT_ORGANISASI_LABELS[PredikatOrganisasi(value)]
    except ValueError:
        return value or "–"


class SummaryTab(QWidget):
    """Final ratings per predikat per OPD (or per unit inside a scope unit) for one period, next
    to the OPD's predikat kinerja organisasi: read-only numbers of the acting person's scope."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.overview = overview_of(ops.ws)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.scope_label = muted_label()
        top.addWidget(self.scope_label, 1)
        caption = QLabel(translate("RatingTabs", "P&eriod:"))
        self.periode = QComboBox()
        self.periode.setObjectName("summaryPeriode")
        self.periode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        caption.setBuddy(self.periode)
        top.addWidget(caption)
        top.addWidget(self.periode)
        layout.addLayout(top)
        layout.addWidget(
            muted_label(
                translate(
                    "RatingTabs",
                    "Final ratings per predikat kinerja pegawai (the 3×3 matrix, R-MATRIX), next to the "
                    "predikat kinerja organisasi of the same period. Drafts are not counted.",
                )
            )
        )
        self.table = make_table(
            [
                translate("RatingTabs", "OPD"),
                translate("RatingTabs", "Predikat\norganisasi"),
                *(_two_lines(PREDIKAT_LABELS[p]) for p in Predikat),
                translate("RatingTabs", "Total"),
            ]
        )
        self.table.setObjectName("summaryTable")
        layout.addWidget(self.table, 100)
        self.empty = Banner()
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.year: int | None = None
        self._shown_year: int | None = None
        self.periode.activated.connect(lambda _i: self.load(self.year))

    def load(self, year: int | None) -> None:
        self.year = year
        chosen = self.periode.currentData() if year is not None and year == self._shown_year else None
        scope = self.ops.run(self.overview.scope)
        self.scope_label.setText(scope_text(scope) if scope is not None else "")
        summary = self.ops.run(self.overview.predikat_distribution, year, chosen)
        if summary is None:
            return
        self.periode.blockSignals(True)
        self.periode.clear()
        for code in summary.periodes:
            self.periode.addItem(periode_label(code), code)
        index = self.periode.findData(summary.periode)
        if index < 0 and summary.periode:
            self.periode.addItem(periode_label(summary.periode), summary.periode)
            index = self.periode.count() - 1
        self.periode.setCurrentIndex(index)
        self.periode.setEnabled(self.periode.count() > 1)
        self.periode.blockSignals(False)
        self._shown_year = summary.year
        rows = [
            [
                r.unit_name or translate("RatingTabs", "Without a unit"),
                _org_label(r.org_predikat),
                *r.counts,
                r.total,
            ]
            for r in summary.rows
        ]
        t = summary.total
        header = (
            translate("RatingTabs", "Unit")
            if scope is not None and scope.kind == "unit"
            else translate("RatingTabs", "OPD")
        )
        self.table.setHorizontalHeaderItem(0, QTableWidgetItem(header))
        fill_table(self.table, rows, [translate("RatingTabs", "Total"), "", *t.counts, t.total])
        notes = []
        if summary.year is None:
            notes.append(translate("RatingTabs", "No plan year is set up yet, so there are no ratings."))
        elif t.total == 0:
            notes.append(
                translate(
                    "RatingTabs",
                    "No final ratings for {year} in your scope yet. Choose another year or period.",
                ).format(year=summary.year)
            )
        if summary.drafts:
            notes.append(
                translate("RatingTabs", "{n} rating(s) still in draft are not counted.").format(
                    n=formatting.format_count(summary.drafts)
                )
            )
        self.empty.say(" ".join(notes), "info")
