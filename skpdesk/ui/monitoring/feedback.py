"""Umpan balik berkelanjutan and dialog kinerja of one plan (SKP-REFERENCE R-LIFECYCLE phase 2).

``FeedbackPanel`` is embedded by the Monitoring page: ``show_plan(plan_id, periode)`` shows the
plan's notes per rencana hasil kerja and per BerAKHLAK value (R-BERAKHLAK), the 360° notes of
colleagues, subordinates and higher leaders (evidence, never a score: R-LIFECYCLE), and the
dialog kinerja records (``dialogs_kinerja.DialogKinerjaSection``). The relation a writer has to the
plan comes from the organisation (``FeedbackService.relation_to``); nobody types it. Every edit is
a ``ServiceCommand`` on the workspace's undo stack (Ctrl+Z in the main window).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain import berakhlak
from skpdesk.domain.errors import SkpError
from skpdesk.domain.plan import PlanStatus
from skpdesk.domain.roles import Action
from skpdesk.formatting import format_date
from skpdesk.messages import message_for
from skpdesk.services.base import Changes
from skpdesk.services.drafting import PlanHeader
from skpdesk.services.feedback import ATASAN, FeedbackNote, PlanFeedback, periode_on
from skpdesk.ui.monitoring.dialogs_kinerja import DialogKinerjaSection
from skpdesk.ui.ops import Ops, ServiceCommand
from skpdesk.ui.overview.base import Banner, periode_label

translate = QCoreApplication.translate

# Tables whose change may alter what the panel shows (Changes carries table names).
WATCHED_TABLES = frozenset(
    {"feedback", "dialog_kinerja", "work_result", "plan", "period_lock", "employee", "position"}
)
KIND_ROLE = Qt.ItemDataRole.UserRole  # "group" / "result" / "value" / "note" / "empty"
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # result id, core value, or note id
MUTED = QColor("#5b6b78")

# R-LIFECYCLE: who writes a note, read from the organisation (services.feedback module docstring).
RELATION_LABELS = {
    ATASAN: QT_TRANSLATE_NOOP("FeedbackPanel", "Superior"),
    "rekan": QT_TRANSLATE_NOOP("FeedbackPanel", "Colleague"),
    "bawahan": QT_TRANSLATE_NOOP("FeedbackPanel", "Subordinate"),
    "lainnya": QT_TRANSLATE_NOOP("FeedbackPanel", "Higher leader"),
}


def relation_text(relation: str) -> str:
    source = RELATION_LABELS.get(relation)
    return translate("FeedbackPanel", str(source)) if source else relation


def short_periode(code: str) -> str:
    """TW3, AKHIR as the column shows them; other periods by their label (R-PERIODIC)."""
    if code == "AKHIR" or (code.startswith("TW") and code[2:].isdigit()):
        return code
    return periode_label(code)


def value_name(core_value: str) -> str:
    """The BerAKHLAK value's name as the regulation prints it (the same in both languages)."""
    try:
        return berakhlak.info(berakhlak.CoreValue(core_value)).name
    except ValueError:
        return core_value


TEXT_COLUMN = 4


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text: the umpan balik, and the author's name of a note
    (QTreeView alone elides both to one line)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        column = index.column()
        width = self.tree.columnWidth(column) - 16
        if column == 0:
            if index.data(KIND_ROLE) != "note":
                return size  # RHK, value and group rows span the row on one line
            depth, parent = 1, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= depth * self.tree.indentation()
        elif column != TEXT_COLUMN:
            return size
        text = str(index.data() or "")
        box = option.fontMetrics.boundingRect(
            QRect(0, 0, max(width, 60), 100_000), Qt.TextFlag.TextWordWrap, text
        )
        size.setHeight(max(size.height(), box.height() + 10))
        return size


@dataclass(frozen=True)
class Target:
    """What a note is about: one RHK, one BerAKHLAK value, or (360° only) the plan as a whole."""

    result_id: str | None = None
    core_value: str = ""

    @property
    def key(self) -> str:
        """The editor's combo data: "result:<id>", "value:<core value>" or "" (findData-friendly)."""
        if self.result_id:
            return f"result:{self.result_id}"
        if self.core_value:
            return f"value:{self.core_value}"
        return ""

    @classmethod
    def from_key(cls, key: object) -> Target:
        kind, _, value = str(key or "").partition(":")
        if kind == "result" and value:
            return cls(result_id=value)
        if kind == "value" and value:
            return cls(core_value=value)
        return cls()


class FeedbackPanel(QWidget):
    """The umpan balik and dialog kinerja of one plan in one evaluation period."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackPanel")
        self.ops = ops
        self.plan_id: str | None = None
        self.periode: str | None = None
        self.header: PlanHeader | None = None
        self.view: PlanFeedback | None = None
        self.relation: str | None = None
        self.locked: set[str] = set()
        self.write_periode = ""  # the period a new note is written into ("" before a plan is shown)
        self._give_reason = ""  # why giving feedback is not possible now ("" = it is)
        self._editing: FeedbackNote | None = None  # the note the editor rewrites (None: a new one)
        self._stale = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)

        self.empty = QLabel(self.tr("Choose a plan to see its umpan balik and dialog kinerja."))
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(self.empty)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        body.addWidget(self.title)
        self.context_line = QLabel()
        self.context_line.setObjectName("muted")
        self.context_line.setWordWrap(True)
        body.addWidget(self.context_line)
        self.banner = Banner("warning")
        body.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        body.addWidget(self.tabs, 1)
        self.stack.addWidget(content)

        self.tabs.addTab(self._build_feedback_tab(), "")
        self.dialogs = DialogKinerjaSection(ops)
        self.tabs.addTab(self.dialogs, "")
        self._set_tab_titles(0, 0)

        ops.changed.connect(self.on_changes)
        ops.actor_changed.connect(lambda _actor: self._redraw())
        self.stack.setCurrentWidget(self.empty)

    # -- building ---------------------------------------------------------------------------------

    def _build_feedback_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        self.note_360 = QLabel(
            self.tr(
                "The pejabat penilai gives umpan balik on each RHK and each BerAKHLAK value. Notes from "
                "colleagues, subordinates and higher leaders (360°) are evidence for the pejabat "
                "penilai, not a score: they do not count towards the rating (R-LIFECYCLE)."
            )
        )
        self.note_360.setObjectName("muted")
        self.note_360.setWordWrap(True)
        layout.addWidget(self.note_360)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.give_button = QPushButton(self.tr("&Give umpan balik…"))
        self.give_button.setObjectName("giveFeedback")
        self.give_button.setProperty("primary", True)
        self.give_button.setAutoDefault(True)
        self.give_button.clicked.connect(self.start_new)
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.edit_button.setObjectName("editFeedback")
        self.edit_button.setAutoDefault(True)
        self.edit_button.clicked.connect(self.start_edit)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("deleteFeedback")
        self.delete_button.setAutoDefault(True)
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.give_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        self.why = QLabel()
        self.why.setObjectName("muted")
        self.why.setWordWrap(True)
        row.addWidget(self.why, 1)
        layout.addLayout(row)

        self.tree = QTreeWidget()
        self.tree.setObjectName("feedbackTree")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("About / from"),
                self.tr("As"),
                self.tr("Date"),
                self.tr("Period"),
                self.tr("Umpan balik"),
            ]
        )
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(0, 250)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.wrap = WrapDelegate(self.tree)
        self.tree.setItemDelegateForColumn(0, self.wrap)
        self.tree.setItemDelegateForColumn(TEXT_COLUMN, self.wrap)
        header.sectionResized.connect(self._column_resized)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemActivated.connect(self._activated)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        edit_key = QShortcut(QKeySequence(Qt.Key.Key_F2), self.tree)
        edit_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        edit_key.activated.connect(self.start_edit)
        layout.addWidget(self.tree, 1)

        layout.addWidget(self._build_editor())
        return tab

    def _build_editor(self) -> QFrame:
        self.editor = QFrame()
        self.editor.setObjectName("card")
        self.editor.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self.editor)
        box.setContentsMargins(12, 10, 12, 10)
        box.setSpacing(6)
        self.editor_title = QLabel()
        self.editor_title.setObjectName("sectionTitle")
        box.addWidget(self.editor_title)
        about = QHBoxLayout()
        about_label = QLabel(self.tr("&About:"))
        self.target = QComboBox()
        self.target.setObjectName("feedbackTarget")
        self.target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.target.setMinimumContentsLength(40)
        about_label.setBuddy(self.target)
        about.addWidget(about_label)
        about.addWidget(self.target, 1)
        box.addLayout(about)
        text_label = QLabel(self.tr("&What you observed, and the bukti dukung it rests on:"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("feedbackText")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(84)
        text_label.setBuddy(self.text)
        box.addWidget(text_label)
        box.addWidget(self.text)
        self.editor_hint = QLabel()
        self.editor_hint.setObjectName("muted")
        self.editor_hint.setWordWrap(True)
        box.addWidget(self.editor_hint)
        self.editor_error = QLabel()
        self.editor_error.setObjectName("dialogError")
        self.editor_error.setStyleSheet("color: #b3261e;")
        self.editor_error.setWordWrap(True)
        self.editor_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.editor_error.hide()
        box.addWidget(self.editor_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save (Ctrl+Enter)"))
        self.save_button.setObjectName("saveFeedback")
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Ca&ncel"))
        self.cancel_button.setObjectName("cancelFeedback")
        self.cancel_button.setAutoDefault(True)
        self.cancel_button.clicked.connect(self.close_editor)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        box.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.editor)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_editor)
        self.editor.hide()
        return self.editor

    def _column_resized(self, column: int, _old: int, _new: int) -> None:
        if column in (0, TEXT_COLUMN):
            self.tree.doItemsLayout()  # the wrapped rows take their new heights

    def _set_tab_titles(self, notes: int, dialogs: int) -> None:
        self.tabs.setTabText(0, self.tr("U&mpan balik ({n})").format(n=notes))
        self.tabs.setTabText(1, self.tr("Dialog &kinerja ({n})").format(n=dialogs))

    # -- public -----------------------------------------------------------------------------------

    def show_plan(self, plan_id: str | None, periode: str | None) -> None:
        """Show this plan's notes of ``periode`` (a periodic code; None or AKHIR: the whole year)."""
        if plan_id != self.plan_id:
            self.close_editor()
        self.plan_id = plan_id
        self.periode = periode
        self._redraw()  # read now, or when shown (the Monitoring page calls this on every move)

    def refresh(self) -> None:
        self._stale = False
        if self.plan_id is None:
            self.header = None
            self.view = None
            self.close_editor()
            self.dialogs.show_plan(None, None, False)
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(1)
        try:
            self._load(self.plan_id)
        except SkpError as err:  # the plan was deleted meanwhile, or is not readable
            what, todo = message_for(err)
            self.header = None
            self.view = None
            self.title.setText(self.tr("Umpan balik"))
            self.context_line.setText("")
            self.banner.say(f"{what} {todo}", "error")
            self.tree.clear()
            self.dialogs.show_plan(None, None, False)
            self._give_reason = what
            self._update_buttons()
            return
        self._fill_tree()
        self._update_buttons()

    def on_changes(self, changes: Changes) -> None:
        if not changes or self.plan_id is None:
            return
        if not {t for t, ids in changes.tables.items() if ids} & WATCHED_TABLES:
            return
        self._redraw()

    def _redraw(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # redrawn when shown again

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # -- reading ----------------------------------------------------------------------------------

    def _load(self, plan_id: str) -> None:
        ws = self.ops.ws
        self.header = ws.drafting.header(plan_id)
        self.relation = ws.feedback.relation_to(plan_id)
        periods = ws.rating.evaluation_periods(plan_id)
        self.locked = {p.code for p in ws.monitoring.plan_periods(plan_id) if p.locked}
        warnings: list[str] = []
        periode = (self.periode or "").strip().upper()
        codes = {p.code for p in periods}
        if periode and periode not in codes:
            warnings.append(
                self.tr("This plan has no period {periode}: the notes of the whole year are shown.").format(
                    periode=periode
                )
            )
            periode = ""
        self.view = ws.feedback.feedback_for(plan_id, periode or None)
        final = not periode or any(p.code == periode and p.is_final for p in periods)
        # A note is written into the period shown; for the whole year, into today's (the service's
        # rule, R-PERIODIC: after the plan ends that is AKHIR).
        self.write_periode = periode if not final else periode_on(periods, ws.access.today())
        header = self.header
        self.title.setText(
            self.tr("Umpan balik and dialog kinerja: {name}").format(name=header.employee_name)
        )
        shown = (
            periode_label(periode) if not final else self.tr("the whole year {year}").format(year=header.year)
        )
        parts = [
            header.jabatan
            if header.unit in ("", header.jabatan)
            else self.tr("{jabatan}, {unit}").format(jabatan=header.jabatan or "-", unit=header.unit),
            self.tr("Pejabat penilai: {name}").format(name=header.penilai_name or "-"),
            self.tr("Showing: {periode}").format(periode=shown),
            self._you_line(),
        ]
        self.context_line.setText(" · ".join(p for p in parts if p))
        self._give_reason = self._why_not_give()
        if header.status is not PlanStatus.DITETAPKAN:
            warnings.append(
                self.tr(
                    "This plan is not ditetapkan yet: umpan balik starts once it is (R-LIFECYCLE phase 2). "
                    "A dialog kinerja may be recorded already."
                )
            )
        elif self.write_periode in self.locked:
            warnings.append(
                self.tr("{periode} is locked: its umpan balik can no longer be added or changed.").format(
                    periode=periode_label(self.write_periode)
                )
            )
        self.banner.say(" ".join(warnings), "warning")
        party = self._is_dialog_party()
        self.dialogs.show_plan(plan_id, header, party)
        self._set_tab_titles(self.view.count, self.dialogs.count())

    def _you_line(self) -> str:
        actor = self.ops.actor
        if actor is None or actor.employee_id is None:
            return ""
        if self.header is not None and actor.employee_id == self.header.employee_id:
            return self.tr("This is your own plan")
        if self.relation is None:
            return self.tr("You have no relation to this plan")
        if self.relation == ATASAN:
            return self.tr("You write as the pejabat penilai")
        return self.tr("You write as: {relation} (a 360° note)").format(relation=relation_text(self.relation))

    def _why_not_give(self) -> str:
        """Why the acting person cannot give umpan balik now ("" when they can); the service
        still decides (its refusal is shown in the editor)."""
        actor = self.ops.actor
        header = self.header
        if header is None:
            return ""
        if actor is None or actor.employee_id is None:
            return self.tr("Sign in as a person to give umpan balik: a note always has an author.")
        if actor.employee_id == header.employee_id:
            return self.tr("Nobody writes umpan balik on their own plan.")
        if self.relation is None:
            return self.tr(
                "You are not {name}'s atasan, colleague, subordinate or higher leader in the organisation, "
                "so you cannot give umpan balik on this plan."
            ).format(name=header.employee_name)
        access = self.ops.ws.access
        if self.relation == ATASAN and not access.can(Action.GIVE_ATASAN_FEEDBACK):
            return self.tr("Switch to your atasan role to give umpan balik as pejabat penilai.")
        if self.relation != ATASAN and not access.can(Action.GIVE_PEER_FEEDBACK):
            return self.tr("Your current role does not give 360° notes.")
        if header.status is not PlanStatus.DITETAPKAN:
            return self.tr("Umpan balik starts once the plan is ditetapkan.")
        if self.write_periode in self.locked:
            return self.tr("{periode} is locked.").format(periode=periode_label(self.write_periode))
        return ""

    def _is_dialog_party(self) -> bool:
        """The pegawai or the pejabat penilai (services.feedback); the service decides in the end."""
        actor = self.ops.actor
        if actor is None or self.header is None:
            return False
        if actor.system:
            return True
        return actor.employee_id == self.header.employee_id or self.relation == ATASAN

    # -- the tree ---------------------------------------------------------------------------------

    def _fill_tree(self) -> None:
        view = self.view
        if view is None:
            return
        keep = self._current_key()
        self.tree.clear()
        results = self._group(self.tr("Rencana hasil kerja (RHK): umpan balik of the pejabat penilai"))
        utama = 0
        tambahan = 0
        for result in view.results:
            if result.jenis == "tambahan":
                tambahan += 1
                prefix = self.tr("Tambahan {n}").format(n=tambahan)
            else:
                utama += 1
                prefix = self.tr("Utama {n}").format(n=utama)
            text = f"{prefix}. {result.text}"
            if result.deleted:
                text += " " + self.tr("(RHK deleted)")
            item = self._subject(results, text, "result", result.result_id, bool(result.notes))
            self._notes(item, result.notes)
        values = self._group(self.tr("Perilaku kerja (BerAKHLAK): umpan balik of the pejabat penilai"))
        for value in view.values:
            info = berakhlak.info(value.core_value)
            item = self._subject(
                values, f"{info.number}. {value.name}", "value", value.core_value.value, bool(value.notes)
            )
            item.setToolTip(0, "\n".join([info.definisi, *(f"• {line}" for line in info.panduan)]))
            self._notes(item, value.notes)
        if view.general:
            general = self._group(self.tr("General notes of the atasan (older records)"))
            self._notes(general, view.general)
        peers = self._group(
            self.tr("360° notes from colleagues, subordinates and higher leaders: evidence, not a score")
        )
        self._notes(peers, view.peers, about=True)
        if not view.peers:
            self._placeholder(peers, self.tr("No 360° notes yet."))
        self.tree.expandAll()
        self._restore(keep)

    def _group(self, text: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [text])
        item.setFirstColumnSpanned(True)
        item.setData(0, KIND_ROLE, "group")
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(self.tree.font())
        font.setBold(True)
        item.setFont(0, font)
        item.setBackground(0, QBrush(QColor("#eef2f4")))
        return item

    def _subject(
        self, parent: QTreeWidgetItem, text: str, kind: str, key: str, has_notes: bool
    ) -> QTreeWidgetItem:
        """An RHK or a value; one without notes says so on its own line (muted), so that the
        cells still waiting for umpan balik stand out without taking two rows each."""
        if not has_notes:
            text = self.tr("{subject} — no umpan balik yet").format(subject=text)
        item = QTreeWidgetItem(parent, [text])
        item.setToolTip(0, text)
        item.setFirstColumnSpanned(True)
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, ID_ROLE, key)
        font = QFont(self.tree.font())
        if has_notes:
            font.setWeight(QFont.Weight.DemiBold)
        else:
            item.setForeground(0, QBrush(MUTED))
        item.setFont(0, font)
        return item

    def _placeholder(self, parent: QTreeWidgetItem, text: str) -> None:
        item = QTreeWidgetItem(parent, [text])
        item.setFirstColumnSpanned(True)
        item.setData(0, KIND_ROLE, "empty")
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setForeground(0, QBrush(MUTED))

    def _notes(
        self, parent: QTreeWidgetItem, notes: tuple[FeedbackNote, ...], *, about: bool = False
    ) -> None:
        for note in notes:
            text = note.text
            if about:
                subject = self._about(note)
                if subject:
                    text = self.tr("On {subject}: {text}").format(subject=subject, text=text)
            item = QTreeWidgetItem(
                parent,
                [
                    note.author_name or self.tr("(unknown)"),
                    relation_text(note.relation),
                    format_date(note.given_on) if note.given_on else "",
                    short_periode(note.periode),
                    text,
                ],
            )
            item.setData(0, KIND_ROLE, "note")
            item.setData(0, ID_ROLE, note.id)
            item.setToolTip(4, note.text)
            item.setToolTip(3, periode_label(note.periode))
            hint = self.tr("Your note: Enter or F2 edits it, Delete removes it.") if note.editable else ""
            item.setToolTip(0, "\n".join(t for t in (note.author_name, hint) if t))

    def _about(self, note: FeedbackNote) -> str:
        if note.result_id and self.view is not None:
            for r in self.view.results:
                if r.result_id == note.result_id:
                    return self.tr("RHK “{text}”").format(text=_short(r.text))
            return self.tr("an RHK")
        if note.core_value:
            return value_name(note.core_value)
        return ""

    def _current_key(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return str(item.data(0, KIND_ROLE)), str(item.data(0, ID_ROLE))

    def _restore(self, key: tuple[str, str] | None) -> None:
        if key is None:
            return
        found = self._find(*key)
        if found is not None:
            self.tree.setCurrentItem(found)

    def _find(self, kind: str, key: str) -> QTreeWidgetItem | None:
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            if item.data(0, KIND_ROLE) == kind and item.data(0, ID_ROLE) == key:
                return item
            stack.extend(item.child(i) for i in range(item.childCount()))
        return None

    def select_note(self, note_id: str) -> bool:
        item = self._find("note", note_id)
        if item is not None:
            self.tree.setCurrentItem(item)
        return item is not None

    def select_subject(self, kind: str, key: str) -> bool:
        """Select an RHK ("result", its id) or a BerAKHLAK value ("value", its value)."""
        item = self._find(kind, key)
        if item is not None:
            self.tree.setCurrentItem(item)
        return item is not None

    def selected_note(self) -> FeedbackNote | None:
        item = self.tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) != "note":
            return None
        return self.note(str(item.data(0, ID_ROLE)))

    def note(self, note_id: str) -> FeedbackNote | None:
        view = self.view
        if view is None:
            return None
        every = [
            *(n for r in view.results for n in r.notes),
            *(n for v in view.values for n in v.notes),
            *view.general,
            *view.peers,
        ]
        return next((n for n in every if n.id == note_id), None)

    def _selected_target(self) -> Target | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        kind = item.data(0, KIND_ROLE)
        if kind == "note":
            note = self.note(str(item.data(0, ID_ROLE)))
            if note is not None and (note.result_id or note.core_value):
                return Target(note.result_id, note.core_value)
        parent = item.parent()
        if kind in ("note", "empty") and parent is not None:
            item = parent
            kind = item.data(0, KIND_ROLE)
        if kind == "result":
            return Target(result_id=str(item.data(0, ID_ROLE)))
        if kind == "value":
            return Target(core_value=str(item.data(0, ID_ROLE)))
        return None

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind = item.data(0, KIND_ROLE)
        if kind == "note":
            note = self.note(str(item.data(0, ID_ROLE)))
            if note is not None and note.editable:
                self.start_edit()
        elif kind in ("result", "value") and self.give_button.isEnabled():
            self.start_new()

    def _update_buttons(self) -> None:
        reason = self._give_reason
        self.give_button.setEnabled(self.view is not None and not reason)
        self.give_button.setToolTip(reason or self.tr("Write umpan balik on the selected RHK or value."))
        note = self.selected_note()
        own_reason = ""
        if note is None:
            own_reason = self.tr("Select one of your notes first.")
        elif not note.editable:
            own_reason = self.tr("Only the author edits or deletes a note.")
        elif note.periode in self.locked:
            own_reason = self.tr("{periode} is locked.").format(periode=periode_label(note.periode))
        for widget in (self.edit_button, self.delete_button):
            widget.setEnabled(not own_reason)
            widget.setToolTip(own_reason)
        self.why.setText(reason)

    # -- the editor -------------------------------------------------------------------------------

    def start_new(self) -> None:
        """Open the editor for a new note about the selected RHK or value."""
        if self.view is None or self._give_reason or self.relation is None:
            return
        self._editing = None
        self.target.setEnabled(True)
        self.target.clear()
        if self.relation != ATASAN:
            self.target.addItem(self.tr("The plan as a whole"), Target().key)
        for result in self.view.results:
            if not result.deleted:
                self.target.addItem(
                    self.tr("RHK: {text}").format(text=_short(result.text, 90)), Target(result.result_id).key
                )
        for value in self.view.values:
            self.target.addItem(
                self.tr("BerAKHLAK: {name}").format(name=value.name),
                Target(core_value=value.core_value.value).key,
            )
        chosen = self._selected_target()
        if chosen is not None:
            self.target.setCurrentIndex(max(0, self.target.findData(chosen.key)))
        self.text.clear()
        self.editor_title.setText(self.tr("New umpan balik"))
        self.editor_hint.setText(
            self.tr(
                "Written as {relation} for {periode}, dated today. Ctrl+Enter saves, Escape cancels."
            ).format(relation=relation_text(self.relation), periode=periode_label(self.write_periode))
        )
        self._open_editor()

    def start_edit(self) -> None:
        """Open the editor on the selected note (one's own; what it is about stays)."""
        note = self.selected_note()
        if note is None or not note.editable or not self.edit_button.isEnabled():
            return
        self._editing = note
        self.target.clear()
        subject = self._about(note) or self.tr("The plan as a whole")
        self.target.addItem(subject, Target(note.result_id, note.core_value).key)
        self.target.setEnabled(False)
        self.text.setPlainText(note.text)
        self.editor_title.setText(self.tr("Edit your umpan balik"))
        self.editor_hint.setText(
            self.tr("Given on {date} for {periode}. Ctrl+Enter saves, Escape cancels.").format(
                date=format_date(note.given_on) if note.given_on else "-", periode=periode_label(note.periode)
            )
        )
        self._open_editor()

    def _open_editor(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.editor_error.hide()
        self.editor.show()
        self.text.setFocus()
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)

    def close_editor(self) -> None:
        self._editing = None
        self.editor_error.hide()
        self.editor.hide()
        if self.isVisible():
            self.tree.setFocus()

    def editor_open(self) -> bool:
        return not self.editor.isHidden()

    def save(self) -> None:
        """Write the editor's note through the service; a refusal is shown in the editor and the
        data stays as it was."""
        if not self.editor_open() or self.plan_id is None:
            return
        service = self.ops.ws.feedback
        text = self.text.toPlainText()
        editing = self._editing
        try:
            if editing is None:
                target = Target.from_key(self.target.currentData())
                note_id, _changes = self.ops.attempt(
                    service.give_feedback,
                    self.plan_id,
                    text,
                    result_id=target.result_id,
                    core_value=target.core_value,
                    periode=self.write_periode,
                )
            else:
                note_id = editing.id
                self.ops.attempt(service.update_feedback, note_id, text)
        except SkpError as err:
            what, todo = message_for(err)
            self.editor_error.setText(f"{what} {todo}")
            self.editor_error.show()
            return
        if editing is None:
            command = ServiceCommand(
                self.ops,
                self.tr("Give umpan balik"),
                lambda: service.restore_feedback(note_id),
                lambda: service.delete_feedback(note_id),
                already_done=True,
            )
        else:
            old, new = editing.text, text
            command = ServiceCommand(
                self.ops,
                self.tr("Edit umpan balik"),
                lambda: service.update_feedback(note_id, new),
                lambda: service.update_feedback(note_id, old),
                already_done=True,
            )
        self.ops.push(command)
        self.close_editor()
        self.select_note(note_id)

    def delete_selected(self) -> None:
        """Delete the selected note (a tombstone; Ctrl+Z restores it)."""
        note = self.selected_note()
        if note is None or not note.editable or not self.delete_button.isEnabled():
            return
        service = self.ops.ws.feedback
        note_id = note.id
        self.ops.push(
            ServiceCommand(
                self.ops,
                self.tr("Delete umpan balik"),
                lambda: service.delete_feedback(note_id),
                lambda: service.restore_feedback(note_id),
            )
        )


def _short(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
