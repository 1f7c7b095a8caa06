"""Rencana aksi of one RHK in one evaluation period (R-PERIODIC: the periodic capaian is judged on
the progress of the rencana aksi): add, edit in place, reorder (drag, or Alt+Up / Alt+Down),
delete — each an undoable command of one service call."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skpdesk.services.monitoring import ActionPlanRow
from skpdesk.ui.monitoring.common import ElidedLabel
from skpdesk.ui.ops import Ops, ServiceCommand
from skpdesk.ui.overview.base import icon

ID_ROLE = Qt.ItemDataRole.UserRole


class ActionList(QListWidget):
    """The rencana aksi list: Alt+Up / Alt+Down move the chosen one, Delete deletes it."""

    sig_move_requested = Signal(int)
    """Move the chosen one by this many places."""
    sig_delete_requested = Signal()
    """Delete the chosen one."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if not editing and alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.sig_move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if not editing and event.key() == Qt.Key.Key_Delete:
            self.sig_delete_requested.emit()
            return
        super().keyPressEvent(event)


class ActionPlanPanel(QWidget):
    def __init__(self, ops: Ops) -> None:
        super().__init__()
        self.ops = ops
        self.setObjectName("actionPlanPanel")
        self.periode = ""
        self.result_id: str | None = None
        self.label = ""
        self.writable = False
        self.rows: list[ActionPlanRow] = []
        self._filling = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = ElidedLabel()
        self.heading.setObjectName("muted")
        layout.addWidget(self.heading)
        self.list = ActionList()
        self.list.sig_move_requested.connect(self.move_selected)
        self.list.sig_delete_requested.connect(self.delete_selected)
        self.list.setObjectName("actionPlanList")
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setWordWrap(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.itemChanged.connect(self._edited)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        list_model = self.list.model()
        list_model.rowsMoved.connect(self._dragged)
        layout.addWidget(self.list, 1)
        add_row = QHBoxLayout()
        self.new_text = QLineEdit()
        self.new_text.setObjectName("actionPlanNew")
        self.new_text.setPlaceholderText(self.tr("A new rencana aksi for this period; Enter adds it"))
        self.new_text.returnPressed.connect(self.add_typed)
        self.new_text.textChanged.connect(lambda _t: self._update_buttons())
        self.add_button = QPushButton(icon("add"), self.tr("A&dd"))
        self.add_button.clicked.connect(self.add_typed)
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit"))
        self.edit_button.setToolTip(self.tr("Edit the chosen rencana aksi (F2)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.up_button = QPushButton(icon("chevron-up"), self.tr("&Up"))
        self.up_button.setToolTip(self.tr("Move it up (Alt+Up)"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(icon("chevron-down"), self.tr("Do&wn"))
        self.down_button.setToolTip(self.tr("Move it down (Alt+Down)"))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button = QPushButton(icon("delete"), self.tr("De&lete"))
        self.delete_button.setToolTip(self.tr("Delete it (Delete); Ctrl+Z brings it back"))
        self.delete_button.clicked.connect(self.delete_selected)
        for widget in (self.edit_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.hint = QLabel(
            self.tr(
                "Rencana aksi are the steps planned for this period; the periodic evaluation looks at "
                "their progress (R-PERIODIC)."
            )
        )
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self._update_buttons()

    # -- what is shown ---------------------------------------------------------------------------

    def show_result(
        self, periode: str, result_id: str | None, label: str, rows: tuple[ActionPlanRow, ...], writable: bool
    ) -> None:
        """The rencana aksi of an RHK in a period (as the progress table read them)."""
        keep = self.current_id()
        changed_target = (periode, result_id) != (self.periode, self.result_id)
        self.periode = periode
        self.result_id = result_id
        self.label = label
        self.writable = writable and result_id is not None
        self.rows = list(rows)
        if result_id is None:
            self.heading.set_full_text(self.tr("Choose an RHK in the table to see its rencana aksi."))
        else:
            self.heading.set_full_text(self.tr("Rencana aksi of {row}").format(row=label))
        self._filling = True
        self.list.clear()
        for row in self.rows:
            item = QListWidgetItem(row.text)
            item.setData(ID_ROLE, row.id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self.writable:
                flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
            item.setFlags(flags)
            self.list.addItem(item)
        self._filling = False
        self.list.setDragEnabled(self.writable)
        self.new_text.setEnabled(self.writable)
        if changed_target:
            self.new_text.clear()
        ids = [r.id for r in self.rows]
        if keep in ids:
            self.list.setCurrentRow(ids.index(keep))
        self._update_buttons()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        chosen = 0 <= row < len(self.rows)
        self.add_button.setEnabled(self.writable and bool(self.new_text.text().strip()))
        self.edit_button.setEnabled(self.writable and chosen)
        self.delete_button.setEnabled(self.writable and chosen)
        self.up_button.setEnabled(self.writable and chosen and row > 0)
        self.down_button.setEnabled(self.writable and chosen and row < len(self.rows) - 1)

    # -- edits (each one undoable command) -------------------------------------------------------

    def add_typed(self) -> None:
        text = " ".join(self.new_text.text().split())
        if not self.writable or not text or self.result_id is None:
            return
        monitoring = self.ops.ws.monitoring
        result_id, periode = self.result_id, self.periode
        made: list[str] = []

        def do() -> object:
            if made:  # again after an undo: the same record comes back
                return monitoring.restore_action_plan(made[0])
            record_id, changes = monitoring.add_action_plan(result_id, periode, text)
            made.append(record_id)
            return changes

        def undo() -> object:
            return monitoring.delete_action_plan(made[0])

        command = ServiceCommand(self.ops, self.tr("Add rencana aksi"), do, undo)
        self.ops.push(command)
        if not command.failed:
            self.new_text.clear()

    def edit_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None and self.writable:
            self.list.editItem(item)

    def _edited(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        record_id = str(item.data(ID_ROLE))
        old = next((r.text for r in self.rows if r.id == record_id), None)
        new = " ".join(item.text().split())
        if old is None or new == old:
            return
        monitoring = self.ops.ws.monitoring
        command = ServiceCommand(
            self.ops,
            self.tr("Edit rencana aksi"),
            lambda: monitoring.update_action_plan(record_id, new),
            lambda: monitoring.update_action_plan(record_id, old),
        )
        self.ops.push(command)
        if command.failed:  # refused (an empty text, a locked period): show what is stored
            self._filling = True
            item.setText(old)
            self._filling = False

    def move_selected(self, step: int) -> None:
        row = self.list.currentRow()
        if not self.writable or not (0 <= row < len(self.rows)):
            return
        self.move_to(self.rows[row].id, row + step)

    def move_to(self, record_id: str, index: int) -> bool:
        """Move a rencana aksi to ``index`` (False: nothing moved)."""
        ids = [r.id for r in self.rows]
        if record_id not in ids or not self.writable:
            return False
        old = ids.index(record_id)
        index = max(0, min(index, len(ids) - 1))
        if index == old:
            return False
        monitoring = self.ops.ws.monitoring
        command = ServiceCommand(
            self.ops,
            self.tr("Move rencana aksi"),
            lambda: monitoring.move_action_plan(record_id, index),
            lambda: monitoring.move_action_plan(record_id, old),
        )
        self.ops.push(command)
        return not command.failed

    def _dragged(self, _parent: QModelIndex, start: int, _end: int, _dest: QModelIndex, row: int) -> None:
        """A drag inside the list: the list moved its item already; the service decides, after the
        drop has finished (the table read back puts everything where it is stored)."""
        if self._filling or not (0 <= start < len(self.rows)):
            return
        index = row if row < start else row - 1
        record_id = self.rows[start].id
        QTimer.singleShot(0, lambda: self._after_drag(record_id, index))

    def _after_drag(self, record_id: str, index: int) -> None:
        if not self.move_to(record_id, index):
            self.show_result(self.periode, self.result_id, self.label, tuple(self.rows), self.writable)

    def delete_selected(self) -> None:
        row = self.list.currentRow()
        if not self.writable or not (0 <= row < len(self.rows)):
            return
        record_id = self.rows[row].id
        monitoring = self.ops.ws.monitoring
        self.ops.push(
            ServiceCommand(
                self.ops,
                self.tr("Delete rencana aksi"),
                lambda: monitoring.delete_action_plan(record_id),
                lambda: monitoring.restore_action_plan(record_id),
            )
        )
