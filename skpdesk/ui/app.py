"""Starting the GUI: display and font checks, opening the workspace, the main window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from skpdesk.domain.errors import Code, SkpError
from skpdesk.logs import setup_logging
from skpdesk.messages import install_translator, language_from_env, message_for


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    platform: str = sys.platform
    if platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def font_has_glyphs() -> bool:
    """PLATFORM.md "Fonts": with no font installed Qt draws boxes and says nothing."""
    metrics = QFontMetrics(QGuiApplication.font())
    return all(metrics.inFont(ch) for ch in "Aa")


def show_error(parent: QWidget | None, err: SkpError) -> None:
    what, todo = message_for(err)
    box = QMessageBox(
        QMessageBox.Icon.Warning, QCoreApplication.translate("App", "SKP Desk"), what, parent=parent
    )
    code_label = QCoreApplication.translate("App", "Code")
    box.setInformativeText(f"{todo}\n\n{code_label}: {err.code.value}")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("App", "OK"))
    box.exec()


def ask_restore(err: SkpError) -> bool:
    """A damaged database: offer the latest backup (nothing is overwritten without a yes)."""
    what, _todo = message_for(err)
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "SKP Desk"), what)
    box.setInformativeText(
        QCoreApplication.translate(
            "App", "Restore the latest backup?\n{path}\nThe damaged file is kept in the backups folder."
        ).format(path=err.params.get("latest_backup", ""))
    )
    restore = box.addButton(
        QCoreApplication.translate("App", "Restore backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("App", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is restore


def run_gui(workspace: str | None) -> int:
    if not has_display():
        print(
            "SKP Desk needs a display; none was found (no DISPLAY). Run it with: xvfb-run make run",
            file=sys.stderr,
        )
        return 1
    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("SKP Desk")
    app.setOrganizationName("skpdesk")
    install_translator(language_from_env())
    if not font_has_glyphs():
        print(
            "SKP Desk: the default font has no glyphs for 'Aa'; install fonts-dejavu-core.", file=sys.stderr
        )
    from skpdesk.services.workspace import Workspace, restore

    try:
        ws = Workspace.open(workspace)
    except SkpError as err:
        if err.code is Code.WORKSPACE_DAMAGED and err.params.get("latest_backup") and ask_restore(err):
            try:
                restore(workspace, err.params["latest_backup"])
                ws = Workspace.open(workspace)
            except SkpError as again:
                show_error(None, again)
                return 1
        else:
            show_error(None, err)
            return 1
    from skpdesk.ui.main_window import MainWindow

    window = MainWindow(ws)
    window.show()
    try:
        return app.exec()
    finally:
        ws.close()
