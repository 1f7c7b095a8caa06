"""What the pejabat penilai looks at before rating one period: realisasi against target per RHK
and IKI with the bukti dukung counts, the umpan balik (the atasan's per RHK and per BerAKHLAK
value, 360° notes as evidence, never a score: R-LIFECYCLE), dialog kinerja, and for AKHIR the
periodic ratings as evidence, never averaged (R-PERIODIC)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain.periods import AKHIR_CODE
from skpdesk.formatting import format_count, format_date, format_number
from skpdesk.services.feedback import DialogRow, FeedbackNote, PlanFeedback
from skpdesk.services.monitoring import ProgressCell, ProgressTable
from skpdesk.services.rating import RatingContext
from skpdesk.ui.overview.base import relation_label
from skpdesk.ui.rating.text import (
    PREDIKAT_COLOURS,
    nobreak,
    predikat_text,
    rating_text,
    short_periode,
    status_text,
)

translate = QCoreApplication.translate
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
MAX_NOTE = 160  # characters of a note shown in the tree (the tooltip has it whole)


def number_text(text: str) -> str:
    text = (text or "").strip()
    if not _NUMBER.match(text):
        return text
    try:
        return format_number(Decimal(text))
    except InvalidOperation:
        return text


def target_text(value: str, maximum: str = "", unit: str = "") -> str:
    """ "12 dokumen", "80–90 %", "95%" (numbers in the UI language's separators)."""
    shown = number_text(value)
    if maximum.strip() and maximum.strip() != value.strip():
        shown = f"{shown}–{number_text(maximum)}"
    unit = unit.strip()
    if not unit:
        return shown
    if not shown:
        return unit
    return f"{shown}{unit}" if unit == "%" else f"{shown} {unit}"


def realisasi_text(cell: ProgressCell | None) -> str:
    if cell is None:
        return ""
    if cell.realisasi.strip():
        return target_text(cell.realisasi, "", cell.unit)
    return cell.text


class Label(QLabel):
    """A wrapping label that keeps rule ids (R-PERIODIC) whole."""

    def __init__(self, text: str = "", name: str = "") -> None:
        super().__init__(nobreak(text))
        self.setWordWrap(True)
        if name:
            self.setObjectName(name)

    def setText(self, text: str) -> None:
        super().setText(nobreak(text))


def section_label(text: str) -> QLabel:
    return Label(text, "sectionTitle")


def muted_label(text: str = "") -> QLabel:
    return Label(text, "muted")


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: QTreeView measures a row on one line otherwise."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree
        tree.header().sectionResized.connect(lambda *_a: tree.scheduleDelayedItemsLayout())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not text:
            return size
        width = self.tree.columnWidth(index.column()) - 18
        if index.column() == 0:
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.tree.indentation() * (depth + 1)
        if width <= 40:
            return size
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else self.tree.font())
        bounds = metrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), str(text))
        return QSize(size.width(), max(size.height(), bounds.height() + 8))


def _tree(headers: Sequence[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setItemDelegate(WrapDelegate(tree))
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(True)
    tree.setUniformRowHeights(False)
    tree.setWordWrap(True)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    tree.setIndentation(14)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return tree


class EvidencePanel(QWidget):
    """The evidence column of the rating screen (read-only): a summary, then tabs for the
    realisasi, the umpan balik and (AKHIR) the periodic ratings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingEvidence")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(section_label(translate("RatingEvidence", "Evidence")))
        self.summary = muted_label()
        self.summary.setObjectName("evidenceSummary")
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("evidenceTabs")
        self.tabs.setDocumentMode(True)
        layout.addWidget(self.tabs, 1)
        self.progress = _tree(
            [
                translate("RatingEvidence", "RHK / IKI"),
                translate("RatingEvidence", "Target"),
                translate("RatingEvidence", "Realisasi"),
                translate("RatingEvidence", "Bukti"),
            ]
        )
        self.progress.setObjectName("evidenceProgress")
        self.tabs.addTab(self.progress, translate("RatingEvidence", "Realisasi and bukti dukung"))
        self.feedback = _tree(
            [
                translate("RatingEvidence", "About / note"),
                translate("RatingEvidence", "From"),
                translate("RatingEvidence", "Date"),
            ]
        )
        self.feedback.setObjectName("evidenceFeedback")
        self.tabs.addTab(self.feedback, translate("RatingEvidence", "Umpan balik"))
        # AKHIR: the periodic ratings, as evidence (R-PERIODIC)
        periodic_page = QWidget()
        periodic_layout = QVBoxLayout(periodic_page)
        periodic_layout.setContentsMargins(0, 4, 0, 0)
        self.periodic_note = muted_label(
            translate(
                "RatingEvidence",
                "The annual rating is set on its own from the year's evidence. The periodic predikat are "
                "shown as evidence and are never averaged into it (R-PERIODIC).",
            )
        )
        self.periodic_note.setObjectName("periodicNote")
        self.periodic = _tree(
            [
                translate("RatingEvidence", "Period"),
                translate("RatingEvidence", "Hasil kerja"),
                translate("RatingEvidence", "Perilaku"),
                translate("RatingEvidence", "Predikat"),
                translate("RatingEvidence", "Status"),
            ]
        )
        self.periodic.setObjectName("periodicRatings")
        self.periodic.setRootIsDecorated(False)
        header = self.periodic.header()
        for column in range(5):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column in (1, 2)
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(column, mode)
        header.setStretchLastSection(False)
        periodic_layout.addWidget(self.periodic_note)
        periodic_layout.addWidget(self.periodic, 1)
        self.periodic_page = periodic_page
        self._periodic_title = translate("RatingEvidence", "Periodic ratings")

    # -- filling -------------------------------------------------------------------------------------

    def show_context(
        self,
        ctx: RatingContext,
        tables: Sequence[ProgressTable],
        feedback: PlanFeedback | None,
        dialogs: Sequence[DialogRow],
    ) -> None:
        """``tables``: the period's progress table; for AKHIR one per periodic period (then AKHIR's
        own when it has realisasi)."""
        self._summary(ctx)
        self._progress(ctx, tables)
        self._periodic(ctx)
        self._feedback(feedback, dialogs)

    def clear(self) -> None:
        self.summary.setText("")
        self.progress.clear()
        self.feedback.clear()
        self.periodic.clear()

    def _summary(self, ctx: RatingContext) -> None:
        p, f = ctx.progress, ctx.feedback
        scope = (
            translate("RatingEvidence", "the whole year")
            if ctx.period.is_final
            else translate("RatingEvidence", "this period")
        )
        lines = [
            translate(
                "RatingEvidence",
                "Realisasi in {scope}: {reported} of {indicators} IKI reported ({rows} entries), "
                "{results_reported} of {results} RHK; {files} bukti dukung file(s).",
            ).format(
                scope=scope,
                reported=format_count(p.indicators_reported),
                indicators=format_count(p.indicators),
                rows=format_count(p.realisasi),
                results_reported=format_count(p.results_reported),
                results=format_count(p.results),
                files=format_count(p.evidence_files),
            ),
            translate(
                "RatingEvidence",
                "Umpan balik: {atasan} from the pejabat penilai (on {rhk} RHK and {values} BerAKHLAK "
                "values), {peers} 360° note(s) — evidence, not a score. Dialog kinerja: {dialogs} "
                "({open} not finished).",
            ).format(
                atasan=format_count(f.atasan),
                rhk=format_count(f.results_with_feedback),
                values=format_count(f.values_with_feedback),
                peers=format_count(f.peers),
                dialogs=format_count(f.dialogs),
                open=format_count(f.dialogs_open),
            ),
        ]
        self.summary.setText("\n".join(lines))

    def _progress(self, ctx: RatingContext, tables: Sequence[ProgressTable]) -> None:
        tree = self.progress
        tree.clear()
        if not tables:
            return
        codes = [t.periode for t in tables]
        headers = [translate("RatingEvidence", "RHK / IKI"), translate("RatingEvidence", "Target")]
        if ctx.period.is_final:
            headers += [short_periode(code) for code in codes]
        else:
            headers.append(translate("RatingEvidence", "Realisasi"))
        headers.append(translate("RatingEvidence", "Bukti"))
        tree.setColumnCount(len(headers))
        tree.setHeaderLabels(headers)
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        bold = QFont(tree.font())
        bold.setBold(True)
        first = tables[0]
        evidence_column = len(headers) - 1
        for r_index, result in enumerate(first.results):
            jenis = (
                translate("RatingEvidence", "Utama")
                if result.jenis == "utama"
                else translate("RatingEvidence", "Tambahan")
            )
            top = QTreeWidgetItem([f"{jenis} {result.number}. {result.text}"])
            top.setToolTip(0, result.text)
            top.setFont(0, bold)
            files = sum(t.results[r_index].evidence_count for t in tables if r_index < len(t.results))
            top.setText(evidence_column, format_count(files))
            top.setTextAlignment(evidence_column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for n, table in enumerate(tables):  # kualitatif: the RHK carries the realisasi
                if r_index < len(table.results) and table.results[r_index].progress is not None:
                    top.setText(2 + n, realisasi_text(table.results[r_index].progress))
            tree.addTopLevelItem(top)
            for i_index, indicator in enumerate(result.indicators):
                child = QTreeWidgetItem(
                    [
                        indicator.text,
                        target_text(indicator.target_value, indicator.target_max, indicator.target_unit),
                    ]
                )
                child.setToolTip(0, indicator.text)
                missing = QBrush(QColor("#9a6700"))
                count = 0
                for n, table in enumerate(tables):
                    rows = table.results[r_index].indicators if r_index < len(table.results) else ()
                    cell = rows[i_index] if i_index < len(rows) else None
                    count += cell.evidence_count if cell is not None else 0
                    text = realisasi_text(cell.progress if cell is not None else None)
                    if not text:
                        text = translate("RatingEvidence", "none")
                        child.setForeground(2 + n, missing)
                    child.setText(2 + n, text)
                    if cell is not None and cell.progress is not None and cell.progress.note:
                        child.setToolTip(2 + n, cell.progress.note)
                child.setText(evidence_column, format_count(count))
                child.setTextAlignment(
                    evidence_column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                top.addChild(child)
        if not first.results:
            tree.addTopLevelItem(QTreeWidgetItem([translate("RatingEvidence", "The plan has no RHK.")]))
        tree.expandAll()

    def _periodic(self, ctx: RatingContext) -> None:
        shown = ctx.period.is_final
        index = self.tabs.indexOf(self.periodic_page)
        if shown and index < 0:
            self.tabs.insertTab(0, self.periodic_page, self._periodic_title)
            self.tabs.setCurrentIndex(0)  # AKHIR opens on the periodic ratings (R-PERIODIC)
        elif not shown and index >= 0:
            self.tabs.removeTab(index)
        self.periodic.clear()
        if not shown:
            return
        for row in ctx.periodic:
            item = QTreeWidgetItem(
                [
                    row.label,
                    rating_text(row.rating_hasil_kerja),
                    rating_text(row.rating_perilaku),
                    predikat_text(row.predikat),
                    status_text(row.status),
                ]
            )
            if row.predikat is not None:
                item.setForeground(3, QBrush(QColor(PREDIKAT_COLOURS[row.predikat])))
            self.periodic.addTopLevelItem(item)
        if not ctx.periodic:
            self.periodic.addTopLevelItem(
                QTreeWidgetItem([translate("RatingEvidence", "No periodic rating yet.")])
            )
        self.periodic.expandAll()

    def _feedback(self, feedback: PlanFeedback | None, dialogs: Sequence[DialogRow]) -> None:
        tree = self.feedback
        tree.clear()
        if feedback is not None:
            atasan = QTreeWidgetItem([translate("RatingEvidence", "From the pejabat penilai, per RHK")])
            for result in feedback.results:
                for note in result.notes:
                    atasan.addChild(_note_item(note, result.text))
            for note in feedback.general:
                atasan.addChild(_note_item(note, ""))
            values = QTreeWidgetItem(
                [translate("RatingEvidence", "From the pejabat penilai, per BerAKHLAK value")]
            )
            for value in feedback.values:
                for note in value.notes:
                    values.addChild(_note_item(note, value.name))
            peers = QTreeWidgetItem(
                [translate("RatingEvidence", "360° notes (peers, subordinates, others): evidence only")]
            )
            for note in feedback.peers:
                peers.addChild(_note_item(note, relation_label(note.relation)))
            for group in (atasan, values, peers):
                group.setText(0, f"{group.text(0)} ({format_count(group.childCount())})")
                tree.addTopLevelItem(group)
        talks = QTreeWidgetItem([translate("RatingEvidence", "Dialog kinerja")])
        for d in dialogs:
            text = d.topic
            if d.follow_up:
                text = translate("RatingEvidence", "{topic} — follow-up: {follow_up} ({status})").format(
                    topic=d.topic, follow_up=d.follow_up, status=d.status
                )
            item = QTreeWidgetItem([_short(text), d.recorded_by_name, format_date(d.held_on)])
            item.setToolTip(0, text)
            talks.addChild(item)
        talks.setText(0, f"{talks.text(0)} ({format_count(talks.childCount())})")
        tree.addTopLevelItem(talks)
        tree.expandAll()
        count = 0
        for n in range(tree.topLevelItemCount()):
            top_item = tree.topLevelItem(n)
            count += top_item.childCount() if top_item is not None else 0
        index = self.tabs.indexOf(self.feedback)
        self.tabs.setTabText(
            index, translate("RatingEvidence", "Umpan balik ({n})").format(n=format_count(count))
        )


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_NOTE else text[: MAX_NOTE - 1] + "…"


def _note_item(note: FeedbackNote, about: str) -> QTreeWidgetItem:
    text = f"{_short(about)}: {_short(note.text)}" if about else _short(note.text)
    item = QTreeWidgetItem([text, note.author_name, format_date(note.given_on) if note.given_on else ""])
    tip = f"{about}\n\n{note.text}" if about else note.text
    if note.periode and note.periode != AKHIR_CODE:
        tip = f"{tip}\n({note.periode})"
    item.setToolTip(0, tip)
    return item
