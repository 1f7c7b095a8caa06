"""Beranda: a greeting, then what needs the person now (services.tasks), each one click away,
and the next dates of the SKP year (SKP-REFERENCE R-DEADLINES).

This is the first screen painted at start-up: it reads tasks with one service call (a handful of
aggregate queries) and paints them with a delegate over a small list model, no widget per task.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from skpdesk import formatting
from skpdesk.domain.deadlines import Urgency, YearDate
from skpdesk.domain.roles import Role
from skpdesk.services.base import Changes
from skpdesk.services.tasks import PersonSummary, Task, TaskKind, TaskService, deadline_settings_from
from skpdesk.ui.areas import AREA_BY_KEY, role_label
from skpdesk.ui.ops import Ops
from skpdesk.ui.page import Page

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
TaskRole = Qt.ItemDataRole.UserRole + 1
DueTextRole = Qt.ItemDataRole.UserRole + 2
DetailRole = Qt.ItemDataRole.UserRole + 3
AreaTextRole = Qt.ItemDataRole.UserRole + 4

# Palette of resources/style.qss, and the calm urgency colours: a red bar for overdue, amber for
# due within a week, a soft teal for later, blue for what is only information.
TEXT = QColor("#22313f")
MUTED = QColor("#5b6b78")
BORDER = QColor("#d5dde2")
ACCENT = QColor("#1f7a8c")
ACCENT_LIGHT = QColor("#f0f8fa")
BAR = {
    Urgency.OVERDUE: QColor("#c0392b"),
    Urgency.TODAY: QColor("#d08a16"),
    Urgency.SOON: QColor("#d08a16"),
    Urgency.LATER: QColor("#8fc0ca"),
}
DUE_TEXT = {
    Urgency.OVERDUE: QColor("#b03a2e"),
    Urgency.TODAY: QColor("#8f5d00"),
    Urgency.SOON: QColor("#8f5d00"),
    Urgency.LATER: MUTED,
}
INFO_BAR = QColor("#2c6fad")
NO_DUE_BAR = QColor("#bfcad1")

KIND_ICONS = {
    TaskKind.DRAFT_OWN_PLAN: "add",
    TaskKind.CONTINUE_OWN_PLAN: "edit",
    TaskKind.REVISE_OWN_PLAN: "edit",
    TaskKind.REVIEW_PLANS: "search",
    TaskKind.FALLBACK_DRAFTS: "user",
    TaskKind.APPROVE_PLANS: "ok",
    TaskKind.RATE_PERIOD: "penilaian",
    TaskKind.RATE_AKHIR: "penilaian",
    TaskKind.KEBERATAN_WINDOW: "info",
    TaskKind.SEND_CHANGES: "sync-pending",
    TaskKind.APPLY_BUNDLES: "sinkronisasi",
}
INFORMATIONAL = {TaskKind.KEBERATAN_WINDOW}

_icon_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """An icon of resources/icons (an empty one when the file is missing)."""
    found = _icon_cache.get(name)
    if found is None:
        path = ICONS / f"{name}.svg"
        found = QIcon(str(path)) if path.exists() else QIcon()
        _icon_cache[name] = found
    return found


def counted(text: str, n: int) -> str:
    """``%n`` is replaced by plain digits; show thousands the way people read them (1.234)."""
    return text.replace(str(n), formatting.format_count(n)) if n >= 1000 else text


# -- the list of tasks ---------------------------------------------------------------------------


class TaskListModel(QAbstractListModel):
    """The tasks, with the words each row shows (computed once per refresh, not per paint)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: list[Task] = []
        self._rows: list[tuple[str, str, str, str]] = []  # sentence, due, detail, area
        self._today = dt.date.today()

    def set_tasks(self, tasks: list[Task], today: dt.date) -> None:
        self.beginResetModel()
        self._tasks = list(tasks)
        self._today = today
        self._rows = [
            (self.sentence(t), self.due_text(t), self.detail(t), self.area_text(t)) for t in self._tasks
        ]
        self.endResetModel()

    def task(self, row: int) -> Task:
        return self._tasks[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._tasks)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._tasks):
            return None
        sentence, due, detail, area = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return sentence
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{sentence}. {due}. {detail}"
        if role == Qt.ItemDataRole.ToolTipRole:
            task = self._tasks[index.row()]
            names = ", ".join(task.subjects)
            more = task.count - len(task.subjects) if task.subjects else 0
            if names and more > 0:
                names = self.tr("{names} and %n more", "", more).format(names=names)
            return "\n".join(x for x in (sentence, due, names, task.note) if x)
        if role == TaskRole:
            return self._tasks[index.row()]
        if role == DueTextRole:
            return due
        if role == DetailRole:
            return detail
        if role == AreaTextRole:
            return area
        return None

    # -- words -----------------------------------------------------------------------------------

    def sentence(self, task: Task) -> str:
        n = task.count
        kind = task.kind
        if kind is TaskKind.DRAFT_OWN_PLAN:
            return self.tr("Draft your SKP")
        if kind is TaskKind.CONTINUE_OWN_PLAN:
            return self.tr("Continue drafting your SKP")
        if kind is TaskKind.REVISE_OWN_PLAN:
            return self.tr("Your SKP came back from review: revise it")
        if kind is TaskKind.REVIEW_PLANS:
            return counted(self.tr("%n plan(s) waiting for your review", "", n), n)
        if kind is TaskKind.FALLBACK_DRAFTS:
            return counted(self.tr("%n employee(s) still without an SKP: draft it for them", "", n), n)
        if kind is TaskKind.APPROVE_PLANS:
            return counted(self.tr("%n plan(s) waiting for your approval (penetapan)", "", n), n)
        if kind is TaskKind.RATE_PERIOD:
            return counted(self.tr("Rate %n employee(s) for {period}", "", n), n).format(
                period=task.periode_label
            )
        if kind is TaskKind.RATE_AKHIR:
            return counted(self.tr("Give %n employee(s) their annual rating (Akhir)", "", n), n)
        if kind is TaskKind.KEBERATAN_WINDOW:
            return self.tr("Your {period} rating has arrived").format(period=task.periode_label)
        if kind is TaskKind.SEND_CHANGES:
            return counted(self.tr("%n change(s) waiting to be sent", "", n), n)
        return counted(self.tr("%n bundle(s) received but not applied yet", "", n), n)

    def due_text(self, task: Task) -> str:
        due = task.due
        if due is None:
            return self.tr("No deadline")
        days = (due - self._today).days
        when = formatting.format_date(due)
        if task.kind in INFORMATIONAL:
            if days == 0:
                return self.tr("A keberatan is possible until today")
            return self.tr("A keberatan is possible until {date} (%n day(s) left)", "", days).format(
                date=when
            )
        if days < 0:
            return self.tr("Due {date} · overdue by %n day(s)", "", -days).format(date=when)
        if days == 0:
            return self.tr("Due today, {date}").format(date=when)
        return self.tr("Due {date} · in %n day(s)", "", days).format(date=when)

    def detail(self, task: Task) -> str:
        parts: list[str] = []
        if task.year is not None:
            parts.append(self.tr("SKP {year}").format(year=task.year))
        if task.subjects:
            names = ", ".join(task.subjects[:3])
            more = task.count - min(len(task.subjects), 3)
            parts.append(self.tr("{names} and %n more", "", more).format(names=names) if more > 0 else names)
        if task.note:
            parts.append(self.tr("Note: {note}").format(note=" ".join(task.note.split())))
        return " · ".join(parts)

    def area_text(self, task: Task) -> str:
        area = AREA_BY_KEY.get(task.area)
        return area.label() if area is not None else ""


class TaskDelegate(QStyledItemDelegate):
    """Paints a task as a calm card: urgency bar, icon, sentence, due date, who, area and rule."""

    ROW_HEIGHT = 68

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(max(option.rect.width(), 320), self.ROW_HEIGHT)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        task: Task | None = index.data(TaskRole)
        if task is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        state = option.state
        rect: QRect = option.rect.adjusted(1, 4, -2, -4)
        view = option.widget
        focused = view is not None and view.hasFocus()
        selected = bool(state & QStyle.StateFlag.State_Selected) and focused  # the keyboard's place
        hover = bool(state & QStyle.StateFlag.State_MouseOver)
        card = QPainterPath()
        card.addRoundedRect(rect.toRectF(), 6, 6)
        painter.fillPath(card, ACCENT_LIGHT if (selected or hover) else QColor("#ffffff"))
        painter.setPen(QPen(ACCENT if selected else BORDER, 2 if selected else 1))
        painter.drawPath(card)
        # urgency bar on the left edge, inside the card's rounded corners
        if task.kind in INFORMATIONAL:
            bar = INFO_BAR
        elif task.due is None:
            bar = NO_DUE_BAR
        else:
            bar = BAR[task.urgency]
        painter.save()
        painter.setClipPath(card)
        painter.fillRect(QRect(rect.left(), rect.top(), 5, rect.height()), bar)
        painter.restore()

        left = rect.left() + 20
        icon(KIND_ICONS[task.kind]).paint(painter, QRect(left, rect.center().y() - 12, 24, 24))
        text_left = left + 40
        right_width = 170
        text_width = rect.right() - right_width - text_left - 12

        base = QFont(option.font)
        title = QFont(base)
        title.setPointSizeF(base.pointSizeF() * 1.08)
        title.setWeight(QFont.Weight.DemiBold)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.86)

        top = rect.top() + 10
        painter.setFont(title)
        painter.setPen(TEXT)
        metrics = QFontMetrics(title)
        sentence = metrics.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole)), Qt.TextElideMode.ElideRight, text_width
        )
        painter.drawText(
            QRect(text_left, top, text_width, metrics.height()), Qt.AlignmentFlag.AlignLeft, sentence
        )

        second = top + metrics.height() + 4
        painter.setFont(base)
        metrics = QFontMetrics(base)
        due = str(index.data(DueTextRole) or "")
        detail = str(index.data(DetailRole) or "")
        due_colour = INFO_BAR.darker(115) if task.kind in INFORMATIONAL else DUE_TEXT[task.urgency]
        if task.urgency is Urgency.OVERDUE and task.kind not in INFORMATIONAL:
            bold = QFont(base)
            bold.setWeight(QFont.Weight.DemiBold)
            painter.setFont(bold)
            metrics = QFontMetrics(bold)
        due = metrics.elidedText(due, Qt.TextElideMode.ElideRight, text_width)
        painter.setPen(due_colour if task.due is not None else MUTED)
        painter.drawText(
            QRect(text_left, second, text_width, metrics.height()), Qt.AlignmentFlag.AlignLeft, due
        )
        used = metrics.horizontalAdvance(due)
        painter.setFont(base)
        metrics = QFontMetrics(base)
        if detail and used + 40 < text_width:
            rest = metrics.elidedText(f"  ·  {detail}", Qt.TextElideMode.ElideRight, text_width - used)
            painter.setPen(MUTED)
            painter.drawText(
                QRect(text_left + used, second, text_width - used, metrics.height()),
                Qt.AlignmentFlag.AlignLeft,
                rest,
            )

        # where the task leads, and the rule that sets its date
        right = QRect(rect.right() - right_width, rect.top() + 10, right_width - 16, rect.height() - 20)
        area = str(index.data(AreaTextRole) or "")
        if area:
            painter.setPen(ACCENT)
            painter.setFont(base)
            painter.drawText(right, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{area}  ›")
        if task.rule:
            painter.setPen(MUTED)
            painter.setFont(small)
            painter.drawText(right, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, task.rule)
        painter.restore()


class TaskListView(QListView):
    """A keyboard-friendly list: arrows move, Enter, Return or Space open the task."""

    sig_task_opened = Signal(QModelIndex)
    """A task was chosen (click or key)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskList")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setMouseTracking(True)
        self.setUniformItemSizes(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        # cards sit on the page's background (the global style gives views a white panel)
        self.setStyleSheet("QListView#taskList { background: transparent; border: none; }")
        self.clicked.connect(self.sig_task_opened.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            index = self.currentIndex()
            if index.isValid():
                self.sig_task_opened.emit(index)
                event.accept()
                return
        super().keyPressEvent(event)


# -- the side panel and the empty state ------------------------------------------------------------


UPCOMING_ROWS = 5  # how many dates the side panel lists
EMPTY_STATE_AREAS = ("skp", "pemantauan", "organisasi", "cascading")  # offered in this order, up to 3


class UpcomingPanel(QFrame):
    """The next R-DEADLINES dates; configurable ([U]) ones say where they are set."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(8)
        badge = QLabel()
        badge.setPixmap(icon("calendar").pixmap(18, 18))
        head.addWidget(badge)
        self.heading = QLabel(self.tr("Upcoming dates"))
        self.heading.setObjectName("sectionTitle")
        head.addWidget(self.heading, 1)
        layout.addLayout(head)
        layout.addSpacing(6)
        self.rows: list[tuple[QWidget, QLabel, QLabel, QLabel, QLabel]] = []
        for _n in range(UPCOMING_ROWS):  # made once, filled on each refresh
            holder = QWidget()
            grid = QGridLayout(holder)
            grid.setContentsMargins(0, 0, 0, 8)
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(1)
            day = QLabel()
            bold = day.font()
            bold.setWeight(QFont.Weight.DemiBold)
            day.setFont(bold)
            when = QLabel()
            when.setObjectName("muted")
            what = QLabel()
            what.setWordWrap(True)
            where = QLabel(self.tr("[U] set in Settings → Deadlines"))
            where.setObjectName("muted")
            small = where.font()
            small.setPointSizeF(small.pointSizeF() * 0.88)
            where.setFont(small)
            grid.addWidget(day, 0, 0)
            grid.addWidget(when, 0, 1, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(what, 1, 0, 1, 2)
            grid.addWidget(where, 2, 0, 1, 2)
            grid.setColumnStretch(0, 1)
            layout.addWidget(holder)
            self.rows.append((holder, day, when, what, where))
        self.none = QLabel(self.tr("No dates ahead."))
        self.none.setObjectName("muted")
        layout.addWidget(self.none)
        layout.addStretch(1)
        self.source = QLabel(self.tr("Dates of SKP-REFERENCE R-DEADLINES"))
        self.source.setObjectName("muted")
        self.source.setWordWrap(True)
        small = self.source.font()
        small.setPointSizeF(small.pointSizeF() * 0.88)
        self.source.setFont(small)
        layout.addWidget(self.source)

    def show_dates(self, dates: Sequence[YearDate], today: dt.date) -> None:
        for n, (holder, day, when, what, where) in enumerate(self.rows):
            if n >= len(dates):
                holder.hide()
                continue
            d = dates[n]
            day.setText(formatting.format_date(d.due))
            when.setText(self.when(d.due, today))
            what.setText(self.what(d))
            where.setVisible(d.configurable)
            where.setToolTip(
                self.tr(
                    "No national rule fixes this date; your instansi sets it (SKP-REFERENCE {rule})."
                ).format(rule=d.rule)
            )
            holder.show()
        self.none.setVisible(not dates)

    def what(self, d: YearDate) -> str:
        period = d.period
        if d.key == "fallback-draft":
            return self.tr("Pengelola kinerja drafts the SKP {year} nobody has drafted").format(
                year=d.due.year
            )
        if d.key == "penetapan":
            return self.tr("Every SKP {year} ditetapkan (end of January)").format(year=d.due.year)
        if d.key == "drafting-start":
            return self.tr("Drafting of SKP {year} begins").format(year=d.due.year + 1)
        if d.key == "akhir" and period is not None:
            return self.tr("Annual rating (Akhir) {year} due").format(year=period.end.year)
        if period is not None:
            return self.tr("{period} {year} ratings due").format(period=period.label, year=period.end.year)
        return d.key

    def when(self, due: dt.date, today: dt.date) -> str:
        days = (due - today).days
        if days == 0:
            return self.tr("today")
        return self.tr("in %n day(s)", "", days)


class EmptyState(QFrame):
    """Nothing needs the person: say so, and offer what they may do next."""

    sig_area_chosen = Signal(str)
    """The person picked an area to go to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 22)
        layout.setSpacing(14)
        badge = QLabel()
        badge.setPixmap(icon("ok").pixmap(32, 32))
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(6)
        self.heading = QLabel(self.tr("Nothing needs you today"))
        self.heading.setObjectName("sectionTitle")
        words.addWidget(self.heading)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        words.addWidget(self.hint)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 8, 0, 0)
        buttons.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        for key in EMPTY_STATE_AREAS:
            area = AREA_BY_KEY[key]
            label = area.label().replace("&", "&&")  # "Organisation & People" is no mnemonic
            button = QPushButton(icon(key), self.tr("Open {area}").format(area=label))
            button.setToolTip(area.description())
            button.clicked.connect(lambda _checked=False, k=key: self.sig_area_chosen.emit(k))
            button.setVisible(False)  # show_for shows those the role is offered
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        words.addLayout(buttons)
        layout.addLayout(words, 1)

    def show_for(self, role: Role | None, system: bool) -> list[str]:
        """Words and buttons for the acting role; returns the areas offered."""
        if role in (Role.PEGAWAI, Role.ATASAN) and not system:
            self.hint.setText(
                self.tr(
                    "Your SKP is in order and nobody is waiting for you. You may record progress and "
                    "bukti dukung in Monitoring, or see how your results serve your unit's goals."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "No plan waits for review and no deadline has passed. You may keep the organisation "
                    "and its people up to date, or look at the cascading of results."
                )
            )
        offered = [k for k in EMPTY_STATE_AREAS if AREA_BY_KEY[k].offered_to(role, system)][:3]
        for key, button in self.buttons.items():
            button.setVisible(key in offered)
            primary = bool(offered) and key == offered[0]
            if button.property("primary") != primary:
                button.setProperty("primary", primary)
                button.style().unpolish(button)
                button.style().polish(button)
        return offered


# -- the page --------------------------------------------------------------------------------------


class HomePage(Page):
    """Beranda: the person's tasks with their R-DEADLINES dates; Enter or a click opens one."""

    key = "beranda"

    def __init__(self, ops: Ops) -> None:
        super().__init__(ops, Page.tr_area("Home"))
        self.now: Callable[[], dt.datetime] = dt.datetime.now  # the greeting's hour (tests set it)
        self.tasks: list[Task] = []
        self._loaded = False
        self._pending = False
        self._service: TaskService | None = None

        row = QHBoxLayout()
        row.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(6)
        head = QHBoxLayout()
        self.list_title = QLabel(self.tr("What needs you"))
        self.list_title.setObjectName("sectionTitle")
        head.addWidget(self.list_title)
        head.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        head.addWidget(self.summary)
        left.addLayout(head)
        self.model = TaskListModel(self)
        self.list = TaskListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(TaskDelegate(self.list))
        self.list.sig_task_opened.connect(self._open_index)
        self.empty = EmptyState()
        self.empty.sig_area_chosen.connect(lambda key: self.navigate.emit(key, ""))
        empty_holder = QWidget()
        holder_layout = QVBoxLayout(empty_holder)
        holder_layout.setContentsMargins(0, 4, 0, 0)
        holder_layout.addWidget(self.empty)
        holder_layout.addStretch(1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(empty_holder)
        left.addWidget(self.stack, 1)
        row.addLayout(left, 1)
        self.upcoming = UpcomingPanel()
        self.upcoming.setFixedWidth(300)
        row.addWidget(self.upcoming)
        self.body.addLayout(row, 1)
        self.setFocusProxy(self.list)

    # -- Page ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._loaded = True
        self._pending = False
        ws = self.ops.ws
        actor = ws.access.actor
        today = ws.access.today()
        service = self.service()
        settings = self.ops.run(lambda: deadline_settings_from(ws.settings.values()))
        tasks = self.ops.run(service.tasks, today, settings) or []
        upcoming = self.ops.run(service.upcoming, today, settings) or []
        person = self.ops.run(service.person)
        self._greet(person, today)
        self.tasks = tasks
        self.model.set_tasks(tasks, today)
        self.upcoming.show_dates(upcoming, today)
        if tasks:
            self.stack.setCurrentWidget(self.list)
            overdue = sum(1 for t in tasks if t.urgency is Urgency.OVERDUE and t.kind not in INFORMATIONAL)
            text = self.tr("%n task(s)", "", len(tasks))
            if overdue:
                text = self.tr("{tasks}, {overdue} overdue").format(tasks=text, overdue=overdue)
            self.summary.setText(text)
            self.list.setCurrentIndex(self.model.index(0, 0))
        else:
            self.stack.setCurrentIndex(1)
            self.summary.setText("")
            self.empty.show_for(actor.role if actor is not None else None, bool(actor and actor.system))

    def on_changes(self, changes: Changes) -> None:
        """Any write may change a count (even the changes waiting to be sent): refresh once the
        burst of changes is over, and only when the page is seen."""
        if not changes:
            return
        if not self.isVisible():
            self._loaded = False  # refreshed when shown again
            return
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self._refresh_if_pending)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def focus_search(self) -> bool:
        return False

    # -- helpers ---------------------------------------------------------------------------------

    def service(self) -> TaskService:
        if self._service is None:
            ws = self.ops.ws
            found = getattr(ws, "tasks", None)
            self._service = found if isinstance(found, TaskService) else TaskService(ws.store, ws.access)
        return self._service

    def greeting(self, hour: int) -> str:
        if 4 <= hour < 11:
            return self.tr("Good morning", "greeting 04:00-10:59 (Indonesian: selamat pagi)")
        if 11 <= hour < 15:
            return self.tr("Good day", "greeting 11:00-14:59 (Indonesian: selamat siang)")
        if 15 <= hour < 18:
            return self.tr("Good afternoon", "greeting 15:00-17:59 (Indonesian: selamat sore)")
        return self.tr("Good evening", "greeting 18:00-03:59 (Indonesian: selamat malam)")

    def _greet(self, person: PersonSummary | None, today: dt.date) -> None:
        actor = self.ops.ws.access.actor
        hello = self.greeting(self.now().hour)
        date_text = formatting.format_date(today, weekday=True)
        if person is not None:
            self.title.setText(self.tr("{greeting}, {name}").format(greeting=hello, name=person.name))
        else:
            self.title.setText(hello)
        parts: list[str] = []
        if actor is None:
            parts.append(self.tr("Nobody signed in"))
        elif actor.system:
            parts.append(self.tr("Workspace administrator"))
        else:
            parts.append(role_label(actor.role))
        if person is not None and (person.position or person.unit):
            parts.append(", ".join(x for x in (person.position, person.unit) if x))
        parts.append(date_text)
        self.subtitle.setText("  ·  ".join(parts))
        self.subtitle.setVisible(True)

    def _refresh_if_pending(self) -> None:
        if self._pending:
            self.refresh()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            task = self.model.task(index.row())
            self.navigate.emit(task.area, task.target)
