"""One dialog for every failure: what happened, what to do, a short code, details to copy.

Coded errors (``SkpError``) carry their own words; anything unexpected is logged with its trace to
the workspace's log file and shown in the same dialog, and the application keeps running.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain.errors import Code, SkpError
from skpdesk.messages import message_for

log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    """What happened (bold), what to do, the code, and a details pane with a copy button."""

    def __init__(self, parent: QWidget | None, what: str, todo: str, code: str, details: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setWindowTitle(
            QCoreApplication.translate("ErrorDialog", "SKP Desk — something needs your attention")
        )
        self.setMinimumWidth(480)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.what = QLabel(what)
        self.what.setObjectName("sectionTitle")
        self.what.setWordWrap(True)
        self.todo = QLabel(todo)
        self.todo.setWordWrap(True)
        self.code = QLabel(QCoreApplication.translate("ErrorDialog", "Code: {code}").format(code=code))
        self.code.setObjectName("muted")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details or f"{code}")
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.details.setMinimumHeight(160)
        self._details_text = f"{what}\n{todo}\n{self.code.text()}\n\n{details}".strip()
        text = QVBoxLayout()
        text.addWidget(self.what)
        text.addWidget(self.todo)
        text.addWidget(self.code)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        buttons = QDialogButtonBox()
        self.toggle = QPushButton(QCoreApplication.translate("ErrorDialog", "Show details"))
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggle_details)
        self.copy = QPushButton(QCoreApplication.translate("ErrorDialog", "Copy details"))
        self.copy.clicked.connect(self.copy_details)
        ok = QPushButton(QCoreApplication.translate("ErrorDialog", "OK"))
        ok.setDefault(True)
        ok.setProperty("primary", True)
        buttons.addButton(self.toggle, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

    def _toggle_details(self, on: bool) -> None:
        self.details.setVisible(on)
        self.toggle.setText(
            QCoreApplication.translate("ErrorDialog", "Hide details")
            if on
            else QCoreApplication.translate("ErrorDialog", "Show details")
        )
        self.adjustSize()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self._details_text)

    @classmethod
    def for_error(cls, parent: QWidget | None, err: SkpError) -> ErrorDialog:
        what, todo = message_for(err)
        params = "\n".join(f"{k}: {v}" for k, v in sorted(err.params.items()))
        return cls(parent, what, todo, err.code.value, params)

    @classmethod
    def for_exception(cls, parent: QWidget | None, exc: BaseException) -> ErrorDialog:
        err = SkpError(Code.INTERNAL, kind=type(exc).__name__)
        what, todo = message_for(err)
        trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        return cls(parent, what, todo, err.code.value, trace)


def show_error(parent: QWidget | None, err: BaseException) -> None:
    """Show any failure in the one dialog style; unexpected ones are logged with their trace."""
    if isinstance(err, SkpError):
        log.info("refused: %s", err)
        dialog = ErrorDialog.for_error(parent, err)
    else:
        log.error("unexpected error", exc_info=(type(err), err, err.__traceback__))
        dialog = ErrorDialog.for_exception(parent, err)
    if QApplication.platformName() == "offscreen" and getattr(sys, "_skpdesk_no_modal", False):
        dialog.show()  # tests look at it without blocking
        return
    dialog.exec()


def install_excepthook() -> None:
    """Unexpected exceptions in slots: logged and shown, never a silent crash."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
