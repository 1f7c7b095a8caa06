"""What the overview screens share: the two-column layout, the "coming" card, tables, labels.

An area that a later release fills still says what it will hold and what the person can do with
it today (issue "The main window"): on the left live, read-only numbers from
``services.overview`` for the acting person's scope, with the actions that work now; on the
right a card with the capability to come (no dates promised).

Strings of this base class use explicit translation contexts ("OverviewPage", "Periode", ...):
``self.tr`` would look them up under the subclass's name (STYLE.md section 8).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skpdesk import formatting
from skpdesk.services.base import Changes
from skpdesk.services.overview import INSTANSI, OWN, TEAM, UNIT, OverviewService, Scope
from skpdesk.services.workspace import Workspace
from skpdesk.ui.areas import AREA_BY_KEY
from skpdesk.ui.ops import Ops
from skpdesk.ui.page import Page

ICONS = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"
CARD_WIDTH = 300  # the "coming" card: narrow enough to leave the tables room at 1366×768


PLAN_STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("PlanStatus", "Draft"),
    "diajukan": QT_TRANSLATE_NOOP("PlanStatus", "Submitted"),
    "direviu": QT_TRANSLATE_NOOP("PlanStatus", "Reviewed"),
    "ditetapkan": QT_TRANSLATE_NOOP("PlanStatus", "Approved"),
    "dikembalikan": QT_TRANSLATE_NOOP("PlanStatus", "Returned"),
}
RELATION_LABELS = {
    "atasan": QT_TRANSLATE_NOOP("Relation", "Superior"),
    "rekan": QT_TRANSLATE_NOOP("Relation", "Peer"),
    "bawahan": QT_TRANSLATE_NOOP("Relation", "Subordinate"),
    "lainnya": QT_TRANSLATE_NOOP("Relation", "Other"),
}
_ROMAN = ("I", "II", "III", "IV")


def overview_of(ws: Workspace) -> OverviewService:
    """The workspace's overview service (``ws.overview`` once the workspace carries one)."""
    service = getattr(ws, "overview", None)
    return service if isinstance(service, OverviewService) else OverviewService(ws.store, ws.access)


def icon(name: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def plan_status_label(status: str) -> str:
    source = PLAN_STATUS_LABELS.get(status)
    return QCoreApplication.translate("PlanStatus", str(source)) if source else status


def relation_label(relation: str) -> str:
    source = RELATION_LABELS.get(relation)
    return QCoreApplication.translate("Relation", str(source)) if source else relation


def periode_label(code: str) -> str:
    """TW1 → "Quarter I (TW1)", BULAN-03 → "March", AKHIR → "Final (AKHIR)" (R-PERIODIC)."""
    if code.startswith("TW") and code[2:].isdigit() and 1 <= int(code[2:]) <= 4:
        return QCoreApplication.translate("Periode", "Quarter {roman} ({code})").format(
            roman=_ROMAN[int(code[2:]) - 1], code=code
        )
    if code.startswith("SEMESTER-") and code[9:] in ("1", "2"):
        return QCoreApplication.translate("Periode", "Semester {roman}").format(
            roman=_ROMAN[int(code[9:]) - 1]
        )
    if code.startswith("BULAN-") and code[6:].isdigit() and 1 <= int(code[6:]) <= 12:
        return formatting.month_name(int(code[6:]))
    if code == "AKHIR":
        return QCoreApplication.translate("Periode", "Final (AKHIR)")
    return code or QCoreApplication.translate("Periode", "No period given")


def format_size(size: int) -> str:
    """1.234 B, 4,5 KB, 12,3 MB (decimal separator of the UI language)."""
    if size < 1024:
        return QCoreApplication.translate("OverviewPage", "{n} B").format(n=formatting.format_count(size))
    if size < 1024 * 1024:
        return QCoreApplication.translate("OverviewPage", "{n} KB").format(
            n=formatting.format_number(size / 1024, 1)
        )
    return QCoreApplication.translate("OverviewPage", "{n} MB").format(
        n=formatting.format_number(size / (1024 * 1024), 1)
    )


def scope_text(scope: Scope) -> str:
    """One line saying whose data the screen shows."""
    if scope.kind == INSTANSI:
        return QCoreApplication.translate("OverviewPage", "Showing the whole instansi.")
    if scope.kind == UNIT:
        return QCoreApplication.translate("OverviewPage", "Showing {unit} and the units under it.").format(
            unit=scope.unit_name or "?"
        )
    if scope.kind == TEAM:
        return QCoreApplication.translate(
            "OverviewPage", "Showing your own records and those of the staff you rate as atasan."
        )
    if scope.kind == OWN:
        return QCoreApplication.translate("OverviewPage", "Showing only your own records.")
    return QCoreApplication.translate("OverviewPage", "Nobody is signed in, so there is nothing to show.")


def label(text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def button(text: str, *, primary: bool = False, icon_name: str = "") -> QPushButton:
    widget = QPushButton(text)
    if primary:
        widget.setProperty("primary", True)
    if icon_name:
        widget.setIcon(icon(icon_name))
    widget.setAutoDefault(True)  # Enter presses the focused button
    return widget


class Note(QLabel):
    """A muted line that takes no room while it has nothing to say."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("muted")
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def fit_rows(table: QTableWidget) -> None:
    """Let a table grow no taller than its rows, so that a short list leaves the room below to
    what follows instead of showing an empty white box."""
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2
    rows = table.rowCount()
    height += (
        sum(table.rowHeight(r) for r in range(rows)) if rows else table.verticalHeader().defaultSectionSize()
    )
    if table.horizontalScrollBar().isVisible():
        height += table.horizontalScrollBar().sizeHint().height()
    table.setMaximumHeight(height)


class Banner(QFrame):
    """A one-line message in a coloured frame (level info / warning / error)."""

    def __init__(self, level: str = "info") -> None:
        super().__init__()
        self.setObjectName("banner")
        self.text = label()
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text, 1)
        self.set_level(level)
        self.hide()

    def set_level(self, level: str) -> None:
        self.setProperty("level", level)
        self.style().unpolish(self)
        self.style().polish(self)

    def say(self, text: str, level: str = "info") -> None:
        self.set_level(level)
        self.text.setText(text)
        self.setVisible(bool(text))


class YearBox(QComboBox):
    """The plan year a screen shows (R-PERIOD); the service picks the default."""

    sig_year_chosen = Signal(int)
    """The person chose another year."""

    def __init__(self) -> None:
        super().__init__()
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.activated.connect(self._on_activated)

    def set_years(self, years: Sequence[int], current: int | None) -> None:
        self.blockSignals(True)
        self.clear()
        for year in years:
            self.addItem(str(year), year)
        if current is not None and current not in years:
            self.addItem(str(current), current)
        if current is not None:
            self.setCurrentIndex(self.findData(current))
        self.setEnabled(self.count() > 1)
        self.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        year = self.itemData(index)
        if isinstance(year, int):
            self.sig_year_chosen.emit(year)


def make_table(headers: Sequence[str], *, stretch: int = 0) -> QTableWidget:
    """A read-only table: rows selected whole, column ``stretch`` takes the spare width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    for column in range(len(headers)):
        mode = (
            QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(column, mode)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return formatting.format_count(value)
    if isinstance(value, Decimal):
        return formatting.format_number(value)
    return str(value)


def fill_table(
    table: QTableWidget,
    rows: Sequence[Sequence[object]],
    total: Sequence[object] | None = None,
    *,
    tooltips: Sequence[str] | None = None,
) -> None:
    """Rows of text and numbers (numbers right-aligned, Indonesian separators).

    ``total`` comes first, in bold, so that it stays in view above a long list of OPDs.
    """
    table.setSortingEnabled(False)
    table.clearContents()
    has_total = total is not None and bool(rows)
    table.setRowCount(len(rows) + (1 if has_total else 0))
    bold = QFont(table.font())
    bold.setBold(True)
    if has_total and total is not None:
        for c, value in enumerate(total):
            item = _item(value)
            item.setFont(bold)
            table.setItem(0, c, item)
    offset = 1 if has_total else 0
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = _item(value)
            if tooltips is not None and c == 0 and r < len(tooltips):
                item.setToolTip(tooltips[r])
            elif isinstance(value, str) and len(value) > 30:
                item.setToolTip(value)
            table.setItem(r + offset, c, item)
    fit_rows(table)


def _item(value: object) -> QTableWidgetItem:
    item = QTableWidgetItem(cell_text(value))
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class OverviewPage(Page):
    """An area's overview: "what you can do today" on the left, "coming" on the right."""

    def __init__(self, ops: Ops) -> None:
        area = AREA_BY_KEY[self.key]
        super().__init__(ops, area.label(), area.description())
        self.overview = overview_of(ops.ws)
        self.scope: Scope | None = None
        self._stale = False
        columns = QHBoxLayout()
        columns.setSpacing(16)
        self.body.addLayout(columns, 1)
        self.today = QVBoxLayout()
        self.today.setSpacing(6)
        columns.addLayout(self.today, 1)
        heading = QHBoxLayout()
        heading.addWidget(
            label(
                QCoreApplication.translate("OverviewPage", "What you can do today"),
                "sectionTitle",
                wrap=False,
            )
        )
        heading.addStretch(1)
        self.controls = QHBoxLayout()  # the year (and period) choosers, right-aligned
        self.controls.setSpacing(6)
        heading.addLayout(self.controls)
        self.today.addLayout(heading)
        self.scope_label = label("", "muted")
        self.today.addWidget(self.scope_label)
        self.card = QFrame()
        self.card.setObjectName("card")
        self.card.setFixedWidth(CARD_WIDTH)
        self.card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(16, 14, 16, 14)
        self.card_layout.setSpacing(8)
        columns.addWidget(self.card, 0, Qt.AlignmentFlag.AlignTop)

    # -- building blocks ---------------------------------------------------------------------------

    def set_coming(self, intro: str, items: Sequence[str], note: str = "") -> None:
        """The card: what this area will hold (concretely, no dates). Called last by each page:
        it also closes the left column with a stretch, which takes the room short tables leave
        (tables have stretch 100, so a long one still takes nearly all of it)."""
        self.today.addStretch(1)
        title = QHBoxLayout()
        badge = QLabel()
        badge.setPixmap(icon(self.key).pixmap(22, 22))
        title.addWidget(badge)
        title.addWidget(
            label(QCoreApplication.translate("OverviewPage", "Coming in a later release"), "sectionTitle"), 1
        )
        self.card_layout.addLayout(title)
        self.card_layout.addWidget(label(intro))
        bullets = "".join(f"<li style='margin-bottom:4px'>{_escape(item)}</li>" for item in items)
        listing = label(f"<ul style='margin-left:-20px'>{bullets}</ul>")
        listing.setTextFormat(Qt.TextFormat.RichText)
        self.card_layout.addWidget(listing)
        if note:
            self.card_layout.addWidget(label(note, "muted"))

    def section(self, text: str) -> QLabel:
        """A section title in the left column, with a little air above it."""
        self.today.addSpacing(8)
        title = label(text, "sectionTitle")
        self.today.addWidget(title)
        return title

    def add_table(self, table: QTableWidget) -> QTableWidget:
        """A table in the left column: it takes the height it needs (see ``fit_rows``)."""
        self.today.addWidget(table, 100)
        return table

    def set_group_header(self, table: QTableWidget) -> None:
        """The first column of per-unit tables: OPD for the instansi, Unit inside a scope unit."""
        if self.scope is not None and self.scope.kind == UNIT:
            text = QCoreApplication.translate("OverviewPage", "Unit")
        else:
            text = QCoreApplication.translate("OverviewPage", "OPD")
        table.setHorizontalHeaderItem(0, QTableWidgetItem(text))

    def year_box(self) -> YearBox:
        box = YearBox()
        caption = label(QCoreApplication.translate("OverviewPage", "&Year:"), wrap=False)
        caption.setBuddy(box)
        self.controls.addWidget(caption)
        self.controls.addWidget(box)
        box.sig_year_chosen.connect(lambda _year: self.refresh())
        return box

    def nav_button(self, key: str) -> QPushButton | None:
        """A button to another area that already works today (None: not offered to this role)."""
        area = AREA_BY_KEY[key]
        actor = self.ops.actor
        if actor is None or not area.offered_to(actor.role, actor.system):
            return None
        text = QCoreApplication.translate("OverviewPage", "Go to {area}").format(area=area.label())
        widget = button(text.replace("&", "&&"), icon_name=key)  # a lone "&" would make a mnemonic
        widget.setToolTip(area.description())
        widget.clicked.connect(lambda: self.navigate.emit(key, ""))
        return widget

    def button_row(self, *buttons: QWidget | None) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        for widget in buttons:
            if widget is not None:
                row.addWidget(widget)
        row.addStretch(1)
        return row

    # -- refreshing ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._stale = False
        self.scope = self.ops.run(self.overview.scope)
        self.scope_label.setText(scope_text(self.scope) if self.scope is not None else "")
        self.load()

    def load(self) -> None:
        """Read this page's numbers (subclasses)."""

    def on_changes(self, changes: Changes) -> None:
        if not changes:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # redrawn when shown again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()


def _escape(text: str) -> str:
    """Plain text for a rich-text label; a rule id (R-PHRASING) is never broken at its hyphen."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\bR-[A-Z][A-Z-]*", lambda m: m[0].replace("-", "\u2011"), text)  # non-breaking hyphen
