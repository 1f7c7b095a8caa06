"""Starting the GUI: display and font checks, language and style, opening the workspace, choosing
who is at the keyboard, the main window; and switching any of these while running."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir, QEvent, QObject, QTimer
from PySide6.QtGui import QFontMetrics, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from skpdesk import __version__, formatting
from skpdesk.domain.errors import Code, SkpError
from skpdesk.logs import setup_logging, use_workspace_log
from skpdesk.messages import ENV_LANG, LANGUAGES, install_translator, message_for
from skpdesk.ui import prefs
from skpdesk.ui.errors import install_excepthook, show_error

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from skpdesk.services.workspace import Workspace
    from skpdesk.ui.main_window import MainWindow

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ENV_SIGN_IN = "SKPDESK_SIGN_IN"  # "NIP:role" — kiosk and benchmark start without the dialog
ENV_EXIT_ON_PAINT = "SKPDESK_EXIT_ON_PAINT"  # benchmark: print the paint time and quit


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


def apply_language(language: str) -> str:
    language = language if language in LANGUAGES else "id"
    install_translator(language)
    formatting.set_language(language)
    return language


def apply_style(app: QApplication) -> None:
    QDir.addSearchPath("icons", str(RESOURCES / "icons"))  # url(icons:...) in the stylesheet
    style = RESOURCES / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "app.svg")))


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


class _FirstPaint(QObject):
    """Benchmark hook: report the first paint of the main window, then quit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"painted {time.time():.6f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


class Controller(QObject):
    """Owns the open workspace, its Ops and the main window; switches them on request."""

    def __init__(self, app: QApplication, settings: QSettings) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.ws: Workspace | None = None
        self.window: MainWindow | None = None
        self._language_pending = False
        self.failed = False  # the workspace could not be opened (as opposed to: nobody signed in)
        self._painted = _FirstPaint()

    # -- workspace ----------------------------------------------------------------------------------

    def open_workspace(self, folder: str | None) -> bool:
        from skpdesk.services.workspace import Workspace, restore

        try:
            ws = Workspace.open(folder)
        except SkpError as err:
            if err.code is Code.WORKSPACE_DAMAGED and err.params.get("latest_backup") and ask_restore(err):
                try:
                    restore(folder, err.params["latest_backup"])
                    ws = Workspace.open(folder)
                except SkpError as again:
                    show_error(self.window, again)
                    self.failed = True
                    return False
            else:
                show_error(self.window, err)
                self.failed = True
                return False
        use_workspace_log(ws.folder)
        if not self.sign_in(ws):
            ws.close()
            return False
        old = self.ws
        self.ws = ws
        prefs.remember_workspace(self.settings, str(ws.folder))
        self._show_window()
        if old is not None:
            old.close()
        return True

    def sign_in(self, ws: Workspace, *, ask: bool = False) -> bool:
        """The remembered person, the one named in SKPDESK_SIGN_IN, or ask who is at the keyboard."""
        wanted = os.environ.get(ENV_SIGN_IN, "")
        if wanted and not ask:
            from skpdesk.domain.roles import parse_role

            nip_text, _, role_text = wanted.partition(":")
            try:
                ws.sign_in(ws.employee_id_by_nip(nip_text), parse_role(role_text or "pegawai"))
                return True
            except SkpError as err:
                show_error(None, err)
        from skpdesk.ui.signin import SignInDialog, remember_actor, restore_actor

        if not ask:
            actor = restore_actor(ws, self.settings)
            if actor is not None:
                return True
        dialog = SignInDialog(ws, self.window, current=ws.access.actor, settings=self.settings)
        if not dialog.exec() or dialog.actor is None:
            return False
        ws.access.actor = dialog.actor
        remember_actor(ws, self.settings, dialog.actor)
        return True

    def _show_window(self) -> None:
        from skpdesk.ui.main_window import MainWindow
        from skpdesk.ui.ops import Ops

        assert self.ws is not None
        old = self.window
        ops = Ops(self.ws)
        window = MainWindow(ops, self.settings)
        window.switch_person_requested.connect(self.switch_person)
        window.settings_requested.connect(self.show_settings)
        window.workspace_requested.connect(self.choose_workspace)
        window.about_requested.connect(self.show_about)
        if os.environ.get(ENV_EXIT_ON_PAINT):
            window.installEventFilter(self._painted)
        if old is not None:
            window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
        self.window = window
        window.show()

    # -- requests from the window -------------------------------------------------------------------

    def switch_person(self) -> None:
        window = self.window
        if self.ws is None or window is None:
            return
        if self.sign_in(self.ws, ask=True):
            window.ops.set_actor(self.ws.access.actor)

    def choose_workspace(self) -> None:
        self.show_settings(tab="workspace")

    def show_settings(self, tab: str = "") -> None:
        from skpdesk.ui.settings.dialog import SettingsDialog

        window = self.window
        if window is None:
            return
        dialog = SettingsDialog(window.ops, self.settings, window)
        if tab and hasattr(dialog, "show_tab"):
            dialog.show_tab(tab)
        dialog.language_changed.connect(self.change_language)
        dialog.workspace_chosen.connect(
            lambda folder: QTimer.singleShot(0, lambda: self.open_workspace(folder))
        )
        self._language_pending = False
        dialog.exec()
        if self._language_pending and self.ws is not None:
            self._show_window()  # every text of the window is rebuilt in the new language

    def show_about(self) -> None:
        from skpdesk.ui.settings.about import AboutDialog

        if self.window is not None:
            AboutDialog(self.window.ops, self.window).exec()

    def change_language(self, language: str) -> None:
        """Applied at once (the settings dialog retranslates itself); the window is rebuilt when
        the dialog closes, because the dialog is its child."""
        prefs.LANGUAGE.set(self.settings, apply_language(language))
        self._language_pending = True


def run_gui(workspace: str | None) -> int:
    if not has_display():
        print(
            "SKP Desk needs a display; none was found (no DISPLAY). Run it with: xvfb-run make run",
            file=sys.stderr,
        )
        return 1
    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("SKP Desk")
    app.setOrganizationName("skpdesk")
    app.setApplicationVersion(__version__)
    settings = prefs.open_settings()
    apply_language(os.environ.get(ENV_LANG, "") or prefs.LANGUAGE.get(settings))
    apply_style(app)
    install_excepthook()
    if not font_has_glyphs():
        print(
            "SKP Desk: the default font has no glyphs for 'Aa'; install fonts-dejavu-core.", file=sys.stderr
        )
    folder = workspace or prefs.LAST_WORKSPACE.get(settings) or None
    controller = Controller(app, settings)
    if not controller.open_workspace(folder):
        return 1 if controller.failed else 0
    try:
        return app.exec()
    finally:
        if controller.ws is not None:
            controller.ws.close()
