"""Dialog kinerja records of one plan (SKP-REFERENCE R-LIFECYCLE: date, topic, agreed follow-up,
status), inside the ``FeedbackPanel``.

Either party of the plan records a dialog: the pegawai or the pejabat penilai kinerja
(``services.feedback`` module docstring). Whoever recorded it changes its content and deletes it;
either party moves its follow-up status on. A dialog not held yet stays "direncanakan" (the
service refuses another status for a date after today).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain.errors import SkpError
from skpdesk.formatting import format_date
from skpdesk.messages import message_for
from skpdesk.services.drafting import PlanHeader
from skpdesk.services.feedback import DIALOG_STATUSES, DialogRow
from skpdesk.ui.ops import Ops, ServiceCommand

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole

# services.feedback DIALOG_STATUSES: the follow-up's state (R-LIFECYCLE, "tercapai / tidak tercapai"
# in public apps; ours moves direncanakan → berjalan → selesai).
STATUS_LABELS = {
    "direncanakan": QT_TRANSLATE_NOOP("DialogKinerja", "Planned"),
    "berjalan": QT_TRANSLATE_NOOP("DialogKinerja", "In progress"),
    "selesai": QT_TRANSLATE_NOOP("DialogKinerja", "Done"),
}


def status_label(status: str) -> str:
    source = STATUS_LABELS.get(status)
    return translate("DialogKinerja", str(source)) if source else status


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


@dataclass(frozen=True)
class DialogState:
    """What one dialog kinerja record says (ids and values only, for undo)."""

    held_on: dt.date
    topic: str
    follow_up: str
    note: str
    status: str

    @classmethod
    def of(cls, row: DialogRow) -> DialogState:
        return cls(row.held_on, row.topic, row.follow_up, row.note, row.status)


CONTENT_FIELDS = ("held_on", "topic", "follow_up", "note")


def apply_state(ops: Ops, dialog_id: str, current: DialogState, target: DialogState) -> None:
    """Bring a record from ``current`` to ``target``: content (``update_dialog``) and status
    (``set_dialog_status``) are two service calls. Moving back to "direncanakan" goes first (any
    date is allowed then); otherwise the content goes first. If the second call is refused the
    first is reverted, so a refusal leaves the record as it was, and the refusal is raised."""
    service = ops.ws.feedback
    changed = {f: getattr(target, f) for f in CONTENT_FIELDS if getattr(target, f) != getattr(current, f)}
    back = {f: getattr(current, f) for f in changed}
    steps: list[tuple[Callable[[], object], Callable[[], object]]] = []
    if changed:
        steps.append(
            (
                lambda: service.update_dialog(dialog_id, **changed),
                lambda: service.update_dialog(dialog_id, **back),
            )
        )
    if target.status != current.status:
        steps.append(
            (
                lambda: service.set_dialog_status(dialog_id, target.status),
                lambda: service.set_dialog_status(dialog_id, current.status),
            )
        )
        if target.status == DIALOG_STATUSES[0]:
            steps.reverse()
    done: list[Callable[[], object]] = []
    try:
        for do, undo in steps:
            ops.attempt(do)
            done.append(undo)
    except SkpError:
        for undo in reversed(done):
            with contextlib.suppress(SkpError):
                ops.attempt(undo)
        raise


class DialogKinerjaDialog(QDialog):
    """Add or edit one record. Runs the service itself, so a refusal is shown here and the dialog
    stays open; ``record_id`` and ``before``/``after`` tell the caller what was done."""

    def __init__(
        self,
        parent: QWidget | None,
        ops: Ops,
        plan_id: str,
        header: PlanHeader | None,
        row: DialogRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialogKinerjaDialog")
        self.ops = ops
        self.plan_id = plan_id
        self.row = row
        self.record_id: str | None = row.id if row is not None else None
        self.before: DialogState | None = DialogState.of(row) if row is not None else None
        self.after: DialogState | None = None
        content = row is None or row.editable or self._system()
        self.setWindowTitle(self.tr("New dialog kinerja") if row is None else self.tr("Dialog kinerja"))
        layout = QVBoxLayout(self)
        if header is not None:
            head = QLabel(
                self.tr("Dialog kinerja on the plan of {name} ({year}).").format(
                    name=header.employee_name, year=header.year
                )
            )
            head.setWordWrap(True)
            layout.addWidget(head)
        form = QFormLayout()
        today = ops.ws.access.today()
        self.held_on = QDateEdit()
        self.held_on.setObjectName("dialogDate")
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("d MMMM yyyy")
        if header is not None:
            # phase 1 (klarifikasi ekspektasi) may come before the plan year; the follow-up after it
            self.held_on.setDateRange(
                _qdate(dt.date(header.start_date.year - 1, 1, 1)),
                _qdate(dt.date(header.end_date.year + 1, 12, 31)),
            )
        if row is not None:
            start = row.held_on
        elif header is not None:
            start = min(max(today, header.start_date), header.end_date)
        else:
            start = today
        self.held_on.setDate(_qdate(start))
        form.addRow(self.tr("&Date:"), self.held_on)
        self.topic = QLineEdit(row.topic if row is not None else "")
        self.topic.setObjectName("dialogTopic")
        self.topic.setPlaceholderText(self.tr("e.g. Klarifikasi ekspektasi, kendala data TW2"))
        form.addRow(self.tr("&Topic:"), self.topic)
        self.follow_up = QPlainTextEdit(row.follow_up if row is not None else "")
        self.follow_up.setObjectName("dialogFollowUp")
        self.follow_up.setTabChangesFocus(True)
        self.follow_up.setFixedHeight(72)
        self.follow_up.setPlaceholderText(self.tr("What both sides agreed to do, by when"))
        form.addRow(self.tr("Agreed &follow-up:"), self.follow_up)
        self.status = QComboBox()
        self.status.setObjectName("dialogStatus")
        for status in DIALOG_STATUSES:
            self.status.addItem(status_label(status), status)
        self.status.setCurrentIndex(
            max(0, self.status.findData(row.status if row is not None else DIALOG_STATUSES[0]))
        )
        form.addRow(self.tr("&Status:"), self.status)
        self.note = QLineEdit(row.note if row is not None else "")
        self.note.setObjectName("dialogNote")
        self.note.setPlaceholderText(self.tr("Place, medium, who else took part (optional)"))
        form.addRow(self.tr("&Note:"), self.note)
        layout.addLayout(form)
        hint = QLabel(
            self.tr("A dialog that has not been held yet stays “{planned}”.").format(
                planned=status_label(DIALOG_STATUSES[0])
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        if not content and row is not None:
            for widget in (self.held_on, self.topic, self.follow_up, self.note):
                widget.setEnabled(False)
            only = QLabel(
                self.tr(
                    "Recorded by {name}: only they change its content. You may move the status on."
                ).format(name=row.recorded_by_name or "-")
            )
            only.setObjectName("muted")
            only.setWordWrap(True)
            layout.addWidget(only)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Sa&ve"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.ok.setProperty("primary", True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.accept)
        (self.topic if content else self.status).setFocus()
        self.resize(560, self.sizeHint().height())

    def _system(self) -> bool:
        actor = self.ops.actor
        return actor is not None and actor.system

    def state(self) -> DialogState:
        return DialogState(
            _pydate(self.held_on.date()),
            self.topic.text(),
            self.follow_up.toPlainText(),
            self.note.text(),
            str(self.status.currentData()),
        )

    def accept(self) -> None:
        service = self.ops.ws.feedback
        wanted = self.state()
        try:
            if self.before is None or self.record_id is None:
                self.record_id, _changes = self.ops.attempt(
                    service.add_dialog,
                    self.plan_id,
                    wanted.held_on,
                    wanted.topic,
                    follow_up=wanted.follow_up,
                    status=wanted.status,
                    note=wanted.note,
                )
            else:
                # the stored values are stripped: compare with what the service keeps
                wanted = replace(
                    wanted,
                    topic=wanted.topic.strip() or wanted.topic,
                    follow_up=wanted.follow_up.strip(),
                    note=wanted.note.strip(),
                )
                apply_state(self.ops, self.record_id, self.before, wanted)
        except SkpError as err:
            what, todo = message_for(err)
            self.error.setText(f"{what} {todo}")
            self.error.setVisible(True)
            return
        self.after = wanted
        super().accept()


class DialogKinerjaSection(QWidget):
    """The table of a plan's dialog kinerja records with add, edit, status and delete."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialogKinerjaSection")
        self.ops = ops
        self.plan_id: str | None = None
        self.header: PlanHeader | None = None
        self.party = False
        self.rows: list[DialogRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        intro = QLabel(
            self.tr(
                "A dialog kinerja may be held at any time, from the klarifikasi ekspektasi on, at either "
                "side's initiative. The pegawai or the pejabat penilai records it; either of them moves "
                "the agreed follow-up on."
            )
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.add_button = QPushButton(self.tr("&Add dialog…"))
        self.add_button.setObjectName("addDialog")
        self.add_button.setProperty("primary", True)
        self.add_button.setAutoDefault(True)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Open…"))
        self.edit_button.setObjectName("editDialog")
        self.edit_button.setAutoDefault(True)
        self.edit_button.clicked.connect(self.edit)
        self.status_button = QPushButton(self.tr("Set &status"))
        self.status_button.setObjectName("dialogStatusButton")
        self.status_menu = QMenu(self.status_button)
        self.status_actions = QActionGroup(self.status_menu)
        self.status_actions.setExclusive(True)
        for status in DIALOG_STATUSES:
            action = QAction(status_label(status), self.status_menu)
            action.setCheckable(True)
            action.setData(status)
            self.status_actions.addAction(action)
            self.status_menu.addAction(action)
        self.status_actions.triggered.connect(lambda action: self.set_status(str(action.data())))
        self.status_button.setMenu(self.status_menu)
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setObjectName("deleteDialog")
        self.delete_button.setAutoDefault(True)
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.edit_button, self.status_button, self.delete_button):
            row.addWidget(button)
        self.why = QLabel()
        self.why.setObjectName("muted")
        self.why.setWordWrap(True)
        row.addWidget(self.why, 1)
        layout.addLayout(row)
        headers = [
            self.tr("Date"),
            self.tr("Topic"),
            self.tr("Agreed follow-up"),
            self.tr("Status"),
            self.tr("Recorded by"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("dialogTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        # rows as tall as their wrapped topic and follow-up, also after the columns change width
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        head = self.table.horizontalHeader()
        head.setHighlightSections(False)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            head.setSectionResizeMode(column, mode)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.table.cellActivated.connect(lambda _r, _c: self.edit())
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No dialog kinerja recorded for this plan yet."))
        self.empty.setObjectName("muted")
        layout.addWidget(self.empty)
        self._update_buttons()

    # -- data -------------------------------------------------------------------------------------

    def show_plan(self, plan_id: str | None, header: PlanHeader | None, party: bool) -> None:
        self.plan_id = plan_id
        self.header = header
        self.party = party
        keep = self.selected()
        self.rows = self.ops.ws.feedback.dialogs(plan_id) if plan_id is not None else []
        self.table.setRowCount(len(self.rows))
        for r, d in enumerate(self.rows):
            cells = [
                format_date(d.held_on),
                d.topic,
                d.follow_up,
                status_label(d.status),
                d.recorded_by_name or "-",
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, d.id)
                if c in (1, 2) and text:
                    item.setToolTip(text + (f"\n\n{d.note}" if c == 1 and d.note else ""))
                self.table.setItem(r, c, item)
        self.empty.setVisible(plan_id is not None and not self.rows)
        if keep is not None:
            self.select(keep.id)
        self._update_buttons()

    def count(self) -> int:
        return len(self.rows)

    def selected(self) -> DialogRow | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def select(self, dialog_id: str) -> bool:
        for r, d in enumerate(self.rows):
            if d.id == dialog_id:
                self.table.setCurrentCell(r, 0)
                return True
        return False

    def _update_buttons(self) -> None:
        shown = self.plan_id is not None
        why = ""
        if shown and not self.party:
            why = self.tr("Only the pegawai and their pejabat penilai record a dialog kinerja on a plan.")
        self.add_button.setEnabled(shown and self.party)
        self.add_button.setToolTip(why or self.tr("Record a dialog kinerja held or planned."))
        row = self.selected()
        pick = self.tr("Select a dialog first.")
        self.edit_button.setEnabled(row is not None and self.party)
        self.edit_button.setToolTip(why or (pick if row is None else self.tr("Open the dialog: Enter")))
        self.status_button.setEnabled(row is not None and self.party)
        self.status_button.setToolTip(why or (pick if row is None else ""))
        own = row is not None and (row.editable or self._system())
        self.delete_button.setEnabled(self.party and own)
        if row is not None and not own:
            self.delete_button.setToolTip(
                self.tr("Only {name}, who recorded it, deletes it.").format(name=row.recorded_by_name or "-")
            )
        else:
            self.delete_button.setToolTip(why or (pick if row is None else ""))
        if row is not None:
            for action in self.status_actions.actions():
                action.setChecked(action.data() == row.status)
        self.why.setText(why)

    def _system(self) -> bool:
        actor = self.ops.actor
        return actor is not None and actor.system

    # -- actions ----------------------------------------------------------------------------------

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Tests replace this to answer a dialog without showing it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add(self) -> None:
        if self.plan_id is None or not self.add_button.isEnabled():
            return
        dialog = DialogKinerjaDialog(self, self.ops, self.plan_id, self.header)
        if not self.exec_dialog(dialog) or dialog.record_id is None:
            return
        service = self.ops.ws.feedback
        record_id = dialog.record_id
        self.ops.push(
            ServiceCommand(
                self.ops,
                self.tr("Add dialog kinerja"),
                lambda: service.restore_dialog(record_id),
                lambda: service.delete_dialog(record_id),
                already_done=True,
            )
        )
        self.select(record_id)

    def edit(self) -> None:
        row = self.selected()
        if self.plan_id is None or row is None or not self.edit_button.isEnabled():
            return
        dialog = DialogKinerjaDialog(self, self.ops, self.plan_id, self.header, row)
        if not self.exec_dialog(dialog) or dialog.after is None or dialog.before is None:
            return
        before, after, record_id, ops = dialog.before, dialog.after, row.id, self.ops
        if before == after:
            return
        ops.push(
            ServiceCommand(
                ops,
                self.tr("Edit dialog kinerja"),
                lambda: apply_state(ops, record_id, before, after),
                lambda: apply_state(ops, record_id, after, before),
                already_done=True,
            )
        )
        self.select(record_id)

    def set_status(self, status: str) -> None:
        row = self.selected()
        if row is None or not self.status_button.isEnabled():
            return
        if status == row.status:
            return
        service = self.ops.ws.feedback
        record_id, old = row.id, row.status
        self.ops.push(
            ServiceCommand(
                self.ops,
                self.tr("Set dialog kinerja status"),
                lambda: service.set_dialog_status(record_id, status),
                lambda: service.set_dialog_status(record_id, old),
            )
        )
        self.select(record_id)
        self._update_buttons()  # a refused change leaves the old status checked

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None or not self.delete_button.isEnabled():
            return
        service = self.ops.ws.feedback
        record_id = row.id
        self.ops.push(
            ServiceCommand(
                self.ops,
                self.tr("Delete dialog kinerja"),
                lambda: service.delete_dialog(record_id),
                lambda: service.restore_dialog(record_id),
            )
        )
