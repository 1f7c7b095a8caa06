"""The GUI's door to the services (STYLE.md: Anki's ``CollectionOp``).

Every screen calls a service through ``Ops.run``: a refusal or a failure is shown in the one error
dialog and the data stays as it was; a change is broadcast as ``Changes`` so each screen decides
whether to redraw. Edits that can be undone are pushed onto ``Ops.undo_stack`` as commands that
keep ids and values only (STYLE.md section 5).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from skpdesk.domain.errors import SkpError
from skpdesk.services.access import Actor
from skpdesk.services.base import Changes
from skpdesk.services.workspace import Workspace
from skpdesk.ui.errors import show_error

T = TypeVar("T")


def changes_in(result: object) -> Changes:
    """Services return ``Changes`` or a tuple ending in it."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple):
        found = [r for r in result if isinstance(r, Changes)]
        if found:
            return found[-1]
    return Changes()


class Ops(QObject):
    """One per open workspace: runs service calls for the GUI and tells screens what changed."""

    changed = Signal(object)  # Changes
    actor_changed = Signal(object)  # Actor | None

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.undo_stack = QUndoStack(self)
        self.window: QWidget | None = None  # the parent of error dialogs

    @property
    def actor(self) -> Actor | None:
        return self.ws.access.actor

    def run(self, call: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Call a service; on refusal show why and return None (nothing was written)."""
        try:
            result = call(*args, **kwargs)
        except SkpError as err:
            show_error(self.window, err)
            return None
        changes = changes_in(result)
        if changes:
            self.changed.emit(changes)
        return result

    def attempt(self, call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Like ``run`` but raises ``SkpError`` (for undo commands and dialogs that show it inline)."""
        result = call(*args, **kwargs)
        changes = changes_in(result)
        if changes:
            self.changed.emit(changes)
        return result

    def push(self, command: QUndoCommand) -> None:
        """Do an undoable edit. A refused edit marks itself obsolete, so the stack drops it."""
        self.undo_stack.push(command)

    def set_actor(self, actor: Actor | None) -> None:
        self.ws.access.actor = actor
        self.undo_stack.clear()  # another person's edits are not theirs to undo
        self.actor_changed.emit(actor)


class ServiceCommand(QUndoCommand):
    """An undoable edit made of two service calls: ``do`` and ``undo`` (ids and values only).

    A refused redo shows the error and marks the command obsolete, so the stack drops it; a
    refused undo is shown and leaves the data as it was. With
    ``already_done`` the edit was made before the push (by a dialog that showed its own refusal),
    so the first redo does nothing.
    """

    def __init__(
        self,
        ops: Ops,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        *,
        already_done: bool = False,
    ) -> None:
        super().__init__(text)
        self._ops = ops
        self._do = do
        self._undo = undo
        self._skip_redo = already_done
        self.failed = False

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        try:
            self._ops.attempt(self._do)
        except SkpError as err:
            self.failed = True
            self.setObsolete(True)  # the stack deletes a command left obsolete by its redo
            show_error(self._ops.window, err)

    def undo(self) -> None:
        if self.failed:
            return
        try:
            self._ops.attempt(self._undo)
        except SkpError as err:
            show_error(self._ops.window, err)
