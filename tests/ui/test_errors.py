"""One error dialog for every failure; unexpected exceptions are logged and the app keeps going."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from skpdesk.domain.errors import Code, SkpError
from skpdesk.logs import current_log_file, use_workspace_log
from skpdesk.messages import install_translator
from skpdesk.ui.errors import ErrorDialog, install_excepthook


def test_coded_error_shows_what_todo_and_code(qtbot: QtBot, qapp: QApplication) -> None:
    install_translator("id")
    dialog = ErrorDialog.for_error(None, SkpError(Code.DUPLICATE_NIP, nip="19680411 199303 1 009"))
    qtbot.addWidget(dialog)
    assert dialog.what.text() == "Pegawai dengan NIP 19680411 199303 1 009 sudah ada."
    assert dialog.todo.text() and "REC-DUP-NIP" in dialog.code.text()
    dialog.copy_details()
    copied = QApplication.clipboard().text()
    assert "REC-DUP-NIP" in copied and "19680411 199303 1 009" in copied
    assert not dialog.details.isVisibleTo(dialog)
    dialog.toggle.click()
    assert dialog.details.isVisibleTo(dialog)


def test_unexpected_exception_is_logged_and_shown(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_translator("id")
    log_path = use_workspace_log(tmp_path)
    assert current_log_file() == log_path == tmp_path / "logs" / "skpdesk.log"
    shown: list[ErrorDialog] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    previous = sys.excepthook
    install_excepthook()
    try:
        try:
            raise ZeroDivisionError("boom in a slot")
        except ZeroDivisionError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert "APP-INTERNAL" in dialog.code.text() and "ZeroDivisionError" in dialog.what.text()
    assert "boom in a slot" in dialog.details.toPlainText()  # the trace is there to copy
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom in a slot" in logged and "Traceback" in logged
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_skpdesk_workspace", False)]:
        root.removeHandler(handler)
        handler.close()
