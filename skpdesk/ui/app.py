"""Starting the GUI: display and font checks, language and style, opening the workspace, choosing
who is at the keyboard, the main window; and switching any of these while running.

Start-up paints first, then opens (issue "main window"): the main window's frame — title, the
sidebar of the remembered (or ``SKPDESK_SIGN_IN``) person's role, the status bar and "Opening the
workspace…" — is built from a read-only peek (``services.peek``, no SQLAlchemy) and shown; right
after its first paint the workspace is opened as always (migration, lock, sign-in, the same error
dialogs) and the frame is filled. Nothing imported before that first paint may import SQLAlchemy
or click (tests/ui/test_fast_start.py checks it).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDir, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from skpdesk import __version__
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import Role, parse_role
from skpdesk.messages import ENV_LANG, LANGUAGES, install_translator, message_for
from skpdesk.services.peek import StartPreview, Wanted, preview_start
from skpdesk.ui import prefs

# Not imported here, because the frame is painted without them: skpdesk.logs (logging.handlers,
# platformdirs), skpdesk.ui.errors (the error dialog), skpdesk.formatting (decimal, datetime).

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from skpdesk.services.workspace import Workspace
    from skpdesk.ui.main_window import MainWindow

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ENV_SIGN_IN = "SKPDESK_SIGN_IN"  # "NIP:role" — kiosk and benchmark start without the dialog
# Benchmark: print "painted <time>" at the frame's first paint and "ready <time>" once the open
# workspace's first screen is painted, then quit.
ENV_EXIT_ON_PAINT = "SKPDESK_EXIT_ON_PAINT"
ENV_REPORT_MODULES = "SKPDESK_REPORT_MODULES"  # tests: print the imported modules at the first paint
OPEN_ANYWAY_MS = 1000  # a frame that is never painted (hidden, unexposed) does not hold the start


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


def apply_language(language: str, *, formats: bool = True) -> str:
    """Messages in ``language`` and, with ``formats``, numbers and dates too (start-up sets the
    formats after the first paint: the frame shows none)."""
    language = language if language in LANGUAGES else "id"
    install_translator(language)
    if formats:
        from skpdesk import formatting

        formatting.set_language(language)
    return language


def show_error(parent: QWidget | None, err: BaseException) -> None:
    from skpdesk.ui.errors import show_error as show

    show(parent, err)


def apply_style(app: QApplication) -> None:
    QDir.addSearchPath("icons", str(RESOURCES / "icons"))  # url(icons:...) in the stylesheet
    style = RESOURCES / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "app.svg")))


def ask_restore(err: SkpError) -> bool:
    """A damaged database: offer the latest backup (nothing is overwritten without a yes)."""
    from PySide6.QtWidgets import QMessageBox

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
    """Calls ``then`` once, at the watched widget's first paint event."""

    def __init__(self, then: Callable[[], None]) -> None:
        super().__init__()
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._then()
        return False


def remembered(text: str) -> Wanted | None:
    """The person remembered on this machine (``ui.signin.encode_actor``: "employee_id|role|scope")
    as a ``Wanted``; None if unreadable. Read here rather than with ``ui.signin.decode_actor``
    because that module imports the services (a test checks both agree)."""
    parts = text.split("|")
    if len(parts) != 3:
        return None
    employee_id, role_text, scope = parts
    try:
        role = Role(role_text)
    except ValueError:
        return None
    return Wanted(role, employee_id=employee_id or None, scope_unit_id=scope or None)


def wanted_at_start(settings: QSettings, node_id: str) -> Wanted | None:
    """Whom ``Controller.sign_in`` will try first: ``SKPDESK_SIGN_IN``, else the remembered person."""
    kiosk = os.environ.get(ENV_SIGN_IN, "")
    if kiosk:
        nip, _, role_text = kiosk.partition(":")
        try:
            return Wanted(parse_role(role_text or "pegawai"), nip=nip, any_scope=True)
        except SkpError:
            return None  # the sign-in shows this error; the frame stays neutral
    return remembered(prefs.user_key(node_id).get(settings))


def print_stamp(word: str) -> None:
    print(f"{word} {time.time():.6f}", flush=True)


class Controller(QObject):
    """Owns the open workspace, its Ops and the main window; switches them on request."""

    # Start-up ended without a window: 1 the workspace could not be opened, 0 nobody signed in.
    start_failed = Signal(int)

    def __init__(self, app: QApplication, settings: QSettings) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.ws: Workspace | None = None
        self.window: MainWindow | None = None
        self._language_pending = False
        self.failed = False  # the workspace could not be opened (as opposed to: nobody signed in)
        self._hooks: list[_FirstPaint] = []
        self._opening = False
        self._after_paint: Callable[[], None] | None = None

    # -- start-up: the frame first, then the workspace ----------------------------------------------

    def start(self, folder: str | None, after_paint: Callable[[], None] | None = None) -> MainWindow:
        """Show the window's frame now; right after its first paint call ``after_paint`` and open
        the workspace."""
        from skpdesk.ui.main_window import MainWindow

        self._after_paint = after_paint
        preview = self.preview(folder)
        window = MainWindow(None, self.settings, preview)
        self._connect(window)
        self.window = window
        self._on_first_paint(window, lambda: self._frame_painted(folder))
        QTimer.singleShot(OPEN_ANYWAY_MS, lambda: self._open_after_frame(folder))
        window.show()
        return window

    def preview(self, folder: str | None) -> StartPreview:
        return preview_start(folder, lambda node_id: wanted_at_start(self.settings, node_id))

    def _frame_painted(self, folder: str | None) -> None:
        if os.environ.get(ENV_EXIT_ON_PAINT):
            print_stamp("painted")
        if os.environ.get(ENV_REPORT_MODULES):
            print("modules " + " ".join(sorted(sys.modules)), flush=True)
        QTimer.singleShot(0, lambda: self._open_after_frame(folder))

    def _open_after_frame(self, folder: str | None) -> None:
        if self._opening:
            return
        self._opening = True
        if self._after_paint is not None:
            self._after_paint()
        if self.open_workspace(folder):
            return
        frame = self.window
        self.window = None
        if frame is not None:
            frame.hide()  # (not close(): the last window closing would quit with 0)
            frame.deleteLater()
        self.start_failed.emit(1 if self.failed else 0)

    def _on_first_paint(self, widget: QWidget, then: Callable[[], None]) -> None:
        def once() -> None:
            self._hooks.remove(hook)
            then()

        hook = _FirstPaint(once)
        self._hooks.append(hook)
        widget.installEventFilter(hook)

    def _report_ready(self, window: MainWindow) -> None:
        """Benchmark: the open workspace's first screen painted (the tasks on Beranda), then quit."""

        def done() -> None:  # after the whole paint pass, the page's children included
            print_stamp("ready")
            QCoreApplication.quit()

        def painted() -> None:
            QTimer.singleShot(0, done)

        self._on_first_paint(window.current_page() or window, painted)

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
        from skpdesk.logs import use_workspace_log

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
        if old is not None and not old.attached:  # start-up: fill the frame already painted
            old.attach(ops)
            window = old
        else:
            window = MainWindow(ops, self.settings)
            self._connect(window)
            if old is not None:
                window.setGeometry(old.geometry())
                old.close()
                old.deleteLater()
            self.window = window
            window.show()
        if os.environ.get(ENV_EXIT_ON_PAINT):
            self._report_ready(window)

    def _connect(self, window: MainWindow) -> None:
        window.switch_person_requested.connect(self.switch_person)
        window.settings_requested.connect(self.show_settings)
        window.workspace_requested.connect(self.choose_workspace)
        window.about_requested.connect(self.show_about)

    # -- requests from the window -------------------------------------------------------------------

    def switch_person(self) -> None:
        window = self.window
        if self.ws is None or window is None or not window.attached:
            return
        if self.sign_in(self.ws, ask=True):
            window.ops.set_actor(self.ws.access.actor)

    def choose_workspace(self) -> None:
        self.show_settings(tab="workspace")

    def show_settings(self, tab: str = "") -> None:
        from skpdesk.ui.settings.dialog import SettingsDialog

        window = self.window
        if window is None or not window.attached:
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

        if self.window is not None and self.window.attached:
            AboutDialog(self.window.ops, self.window).exec()

    def change_language(self, language: str) -> None:
        """Applied at once (the settings dialog retranslates itself); the window is rebuilt when
        the dialog closes, because the dialog is its child."""
        prefs.LANGUAGE.set(self.settings, apply_language(language))
        self._language_pending = True


def finish_setup(language: str) -> None:
    """What start-up does once the frame is painted, before the workspace is opened: the log file,
    the error dialog for unexpected exceptions, numbers and dates in ``language``, the font check
    (the frame's paint has loaded the fonts by then)."""
    from skpdesk import formatting
    from skpdesk.logs import setup_logging
    from skpdesk.ui.errors import install_excepthook

    setup_logging()
    install_excepthook()
    formatting.set_language(language)
    if not font_has_glyphs():
        print(
            "SKP Desk: the default font has no glyphs for 'Aa'; install fonts-dejavu-core.", file=sys.stderr
        )


def run_gui(workspace: str | None) -> int:
    if not has_display():
        print(
            "SKP Desk needs a display; none was found (no DISPLAY). Run it with: xvfb-run make run",
            file=sys.stderr,
        )
        return 1
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("SKP Desk")
    app.setOrganizationName("skpdesk")
    app.setApplicationVersion(__version__)
    settings = prefs.open_settings()
    language = apply_language(os.environ.get(ENV_LANG, "") or prefs.LANGUAGE.get(settings), formats=False)
    apply_style(app)
    folder = workspace or prefs.LAST_WORKSPACE.get(settings) or None
    controller = Controller(app, settings)
    controller.start_failed.connect(app.exit)
    controller.start(folder, after_paint=lambda: finish_setup(language))
    try:
        return app.exec()
    finally:
        if controller.ws is not None:
            controller.ws.close()
