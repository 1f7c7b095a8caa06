"""Every field of the wizard is saved as it is typed (issue: nothing lost).

A bound field saves through the services after a short pause in typing (``PAUSE_MS``), when it
loses focus, and when the window closes, so the op log holds each edit and a killed app loses at
most the keystrokes of the last pause. A refused value (an empty RHK, a target that is not a
number) is not saved: the field shows why, in place, and the stored value stays as it was. Each
saved change is one undoable command; consecutive saves of the same field merge into one, so
Ctrl+Z takes back a whole burst of typing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from skpdesk.domain.errors import SkpError
from skpdesk.ui.ops import Ops

PAUSE_MS = 300
_MERGE_ID = 0x5C0


@dataclass
class Binding:
    widget: QWidget
    key: tuple[str, str, str]  # (kind, record id, field)
    save: Callable[[Any], object]  # value → service call (raises SkpError)
    stored: Any  # the value the workspace holds
    error_label: QLabel | None = None


def widget_value(widget: QWidget) -> Any:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    raise TypeError(type(widget).__name__)


def set_widget_value(widget: QWidget, value: Any) -> None:
    """Show a stored value without triggering a save."""
    blocked = widget.blockSignals(True)
    try:
        if isinstance(widget, QPlainTextEdit):
            if widget.toPlainText() != (value or ""):
                widget.setPlainText(value or "")
        elif isinstance(widget, QLineEdit):
            if widget.text() != (value or ""):
                widget.setText(value or "")
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
    finally:
        widget.blockSignals(blocked)


class FieldCommand(QUndoCommand):
    """One saved field change; merges with the next save of the same field."""

    def __init__(self, saver: AutoSaver, key: tuple[str, str, str], text: str, old: Any, new: Any) -> None:
        super().__init__(text)
        self.saver = saver
        self.key = key
        self.old = old
        self.new = new
        self._first = True

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldCommand) or other.key != self.key:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self._first:  # saved before the push
            self._first = False
            return
        self.saver.apply(self.key, self.new)

    def undo(self) -> None:
        self.saver.apply(self.key, self.old)


class AutoSaver(QObject):
    """The bindings of one wizard screen, and the timer that saves them."""

    def __init__(self, ops: Ops, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self._bindings: dict[tuple[str, str, str], Binding] = {}
        self._by_widget: dict[QWidget, Binding] = {}
        self._pending: set[tuple[str, str, str]] = set()
        self._savers: dict[tuple[str, str, str], Callable[[Any], object]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self.label_for: Callable[[tuple[str, str, str]], str] = lambda key: key[2]
        self.saved: Callable[[tuple[str, str, str]], None] = lambda key: None

    def bind(
        self,
        widget: QWidget,
        key: tuple[str, str, str],
        save: Callable[[Any], object],
        stored: Any,
        *,
        error_label: QLabel | None = None,
    ) -> None:
        old = self._bindings.get(key)
        if old is not None and old.widget is not widget:
            self._by_widget.pop(old.widget, None)
        binding = Binding(widget, key, save, stored, error_label)
        self._bindings[key] = binding
        self._by_widget[widget] = binding
        self._savers[key] = save
        set_widget_value(widget, stored)
        if isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(lambda: self._edited(widget))
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda _t: self._edited(widget))
        elif isinstance(widget, QComboBox):
            widget.activated.connect(lambda _i: self._edited(widget, now=True))
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(lambda _c: self._edited(widget, now=True))
        widget.installEventFilter(self)

    def clear(self) -> None:
        """Forget the bindings of a screen being rebuilt (save what is pending first)."""
        self.flush()
        self._bindings.clear()
        self._by_widget.clear()

    def refresh(self, key: tuple[str, str, str], stored: Any) -> None:
        """The workspace holds a new value (undo, another screen): show it unless being typed."""
        binding = self._bindings.get(key)
        if binding is None:
            return
        binding.stored = stored
        if key in self._pending:
            return
        set_widget_value(binding.widget, stored)
        self._show_error(binding, None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and isinstance(watched, QWidget):
            binding = self._by_widget.get(watched)
            if binding is not None and binding.key in self._pending:
                self.flush()
        return False

    def _edited(self, widget: QWidget, *, now: bool = False) -> None:
        binding = self._by_widget.get(widget)
        if binding is None:
            return
        self._pending.add(binding.key)
        if now:
            self.flush()
        else:
            self._timer.start()

    def pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> None:
        """Save every field typed since the last save."""
        self._timer.stop()
        keys, self._pending = list(self._pending), set()
        for key in keys:
            binding = self._bindings.get(key)
            if binding is None:
                continue
            value = widget_value(binding.widget)
            if value == binding.stored:
                self._show_error(binding, None)
                continue
            old = binding.stored  # before the save: the redraw it causes refreshes ``stored``
            try:
                self.ops.attempt(binding.save, value)
            except SkpError as err:
                self._show_error(binding, err)
                continue
            self._show_error(binding, None)
            binding.stored = value
            self.ops.push(FieldCommand(self, key, self.label_for(key), old, value))
            self.saved(key)

    def apply(self, key: tuple[str, str, str], value: Any) -> None:
        """Undo / redo: store ``value`` again through the same service call."""
        save = self._savers.get(key)
        if save is None:
            return
        try:
            self.ops.attempt(save, value)
        except SkpError as err:
            from skpdesk.ui.errors import show_error

            show_error(self.ops.window, err)
            return
        binding = self._bindings.get(key)
        if binding is not None:
            binding.stored = value
            set_widget_value(binding.widget, value)
            self._show_error(binding, None)

    def _show_error(self, binding: Binding, err: SkpError | None) -> None:
        label = binding.error_label
        if label is None:
            return
        if err is None:
            label.setVisible(False)
            return
        from skpdesk.ui.org.dialogs import refusal_words

        what, todo = refusal_words(err)
        label.setText(f"{what} {todo}")
        label.setVisible(True)
