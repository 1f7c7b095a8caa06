"""The main window: a sidebar with every area, the area's screen, menus, shortcuts, status bar.

Screens are created on first visit (start-up paints only Beranda) and kept. Which areas the
sidebar offers follows the acting role (ui.areas); the services check every write again.
"""

from __future__ import annotations

import functools
import importlib
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skpdesk import formatting
from skpdesk.services.base import Changes
from skpdesk.ui import prefs
from skpdesk.ui.areas import AREA_BY_KEY, AREAS, Area, role_label
from skpdesk.ui.errors import show_error
from skpdesk.ui.jobs import Job
from skpdesk.ui.ops import Ops
from skpdesk.ui.page import Page

log = logging.getLogger(__name__)
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ICONS = RESOURCES / "icons"

# Where each area's screen lives ("module:attribute"); imported on first visit.
PAGE_CLASSES: dict[str, str] = {
    "beranda": "skpdesk.ui.home.page:HomePage",
    "organisasi": "skpdesk.ui.org.page:OrgPage",
}
OVERVIEW_MODULE = "skpdesk.ui.overview"


def icon(name: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def sidebar_icon(name: str) -> QIcon:
    """The area icon, drawn white on the selected (teal) row."""
    path = ICONS / f"{name}.svg"
    if not path.exists():
        return QIcon()
    result = QIcon(str(path))
    white = path.read_bytes().replace(b"#34495e", b"#ffffff")
    renderer = QSvgRenderer(QByteArray(white))
    for size in (22, 33, 44, 66):  # 1x, 1.5x, 2x, 3x (high DPI)
        image = QPixmap(size, size)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        result.addPixmap(image, QIcon.Mode.Selected)
    return result


def page_class(key: str) -> Callable[[Ops], Page]:
    """The screen class of an area (a plain overview page when a module is not there)."""
    target = PAGE_CLASSES.get(key)
    try:
        if target:
            module_name, attribute = target.split(":")
            cls: Callable[[Ops], Page] = getattr(importlib.import_module(module_name), attribute)
            return cls
        overview = importlib.import_module(OVERVIEW_MODULE)
        return dict(overview.OVERVIEW_PAGES)[key]  # type: ignore[no-any-return]
    except (ImportError, AttributeError, KeyError):
        log.warning("no screen for area %s yet; showing its summary", key)
        return _summary_page(key)


def _summary_page(key: str) -> Callable[[Ops], Page]:
    class SummaryPage(Page):
        def __init__(self, ops: Ops) -> None:
            area = AREA_BY_KEY[key]
            super().__init__(ops, area.label(), area.description())
            self.body.addStretch(1)

    SummaryPage.key = key
    return SummaryPage


class MainWindow(QMainWindow):
    """One open workspace. ``switch_workspace``/``switch_person``/``language`` are asked of the
    application (ui.app) through signals, which rebuilds what depends on them."""

    switch_person_requested = Signal()
    settings_requested = Signal()
    workspace_requested = Signal()
    about_requested = Signal()

    def __init__(self, ops: Ops, settings: QSettings | None = None) -> None:
        super().__init__()
        self.ops = ops
        ops.window = self
        self.settings = settings or prefs.open_settings()
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.pages: dict[str, Page] = {}
        self._backup_job: Job | None = None
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setFixedWidth(232)
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        self.sidebar.currentItemChanged.connect(self._on_sidebar)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.sidebar)
        row.addLayout(side)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status_workspace = QLabel()
        self.status_person = QLabel()
        self.status_period = QLabel()
        self.status_sync = QLabel()
        for label in (self.status_person, self.status_period, self.status_sync, self.status_workspace):
            label.setObjectName("statusField")
            self.statusBar().addPermanentWidget(label)
        self.area_actions: dict[str, QAction] = {}
        self._build_actions()
        self._build_menus()
        ops.changed.connect(self._on_changes)
        ops.actor_changed.connect(lambda _actor: self.rebuild())
        last_area = prefs.LAST_AREA.get(self.settings)
        self.rebuild(first=last_area)
        geometry = prefs.GEOMETRY.get(self.settings)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1366, 768)

    # -- building ---------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        stack = self.ops.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.setIcon(icon("redo"))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            self.addAction(action)
        self.find_action = self._action(
            self.tr("Find"), self.find_in_page, QKeySequence.StandardKey.Find, "search"
        )
        self.help_action = self._action(self.tr("Help for this screen"), self.show_help, "F1", "help")
        self.refresh_action = self._action(self.tr("Refresh"), self.refresh_current, "F5")
        self.person_action = self._action(
            self.tr("Switch person…"), self.switch_person_requested.emit, "Ctrl+Shift+U", "switch-user"
        )
        self.settings_action = self._action(
            self.tr("Settings…"), self.settings_requested.emit, "Ctrl+,", "settings"
        )
        self.workspace_action = self._action(
            self.tr("Open another workspace…"), self.workspace_requested.emit, "Ctrl+O", "folder"
        )
        self.backup_action = self._action(self.tr("Back up workspace"), self.backup, None, "backup")
        self.about_action = self._action(self.tr("About SKP Desk"), self.about_requested.emit)
        self.quit_action = self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        for n, area in enumerate(AREAS, start=1):
            self.area_actions[area.key] = self._action(
                area.label(), functools.partial(self.go, area.key), f"Ctrl+{n}", area.key
            )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = QMenu(self.tr("&File"), self)
        for action in (self.person_action, self.workspace_action, self.backup_action, self.settings_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = QMenu(self.tr("&Edit"), self)
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        self.view_menu = QMenu(self.tr("&View"), self)
        help_menu = QMenu(self.tr("&Help"), self)
        help_menu.addActions([self.help_action, self.about_action])
        for menu in (file_menu, edit_menu, self.view_menu, help_menu):
            bar.addMenu(menu)

    def rebuild(self, first: str = "") -> None:
        """After a sign-in or a language change: sidebar, menus' areas, status, title."""
        actor = self.ops.actor
        current = first or self.current_key()
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        self.view_menu.clear()
        for area in self.offered_areas():
            item = QListWidgetItem(sidebar_icon(area.key), area.label())
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            item.setToolTip(area.description())
            item.setSizeHint(QSize(0, 40))
            self.sidebar.addItem(item)
            self.view_menu.addAction(self.area_actions[area.key])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)
        for key, action in self.area_actions.items():
            action.setEnabled(any(a.key == key for a in self.offered_areas()))
        self.sidebar.blockSignals(False)
        for key in list(self.pages):  # a new person sees fresh screens
            page = self.pages.pop(key)
            self.stack.removeWidget(page)
            page.deleteLater()
        folder = self.ops.ws.folder
        self.setWindowTitle(self.tr("SKP Desk — {name}").format(name=folder.name))
        self.status_workspace.setText(self.tr("Workspace: {name}").format(name=folder.name))
        self.status_workspace.setToolTip(str(folder))
        if actor is None:
            self.status_person.setText(self.tr("Nobody signed in"))
        elif actor.system:
            self.status_person.setText(self.tr("Workspace administrator"))
        else:
            name = actor.name or self.tr("Set-up")
            self.status_person.setText(f"{name} · {role_label(actor.role)}")
        self._update_status()
        self.go(current or "beranda")

    def offered_areas(self) -> list[Area]:
        actor = self.ops.actor
        role = actor.role if actor else None
        return [a for a in AREAS if a.offered_to(role, bool(actor and actor.system))]

    def _update_status(self) -> None:
        status = self.ops.ws.status()
        if status.year:
            self.status_period.setText(self.tr("Period {year}").format(year=status.year))
        else:
            self.status_period.setText(self.tr("No period yet"))
        if status.unsent_changes:
            self.status_sync.setText(
                self.tr("%n change(s) not yet sent", "", status.unsent_changes).replace(
                    str(status.unsent_changes), formatting.format_count(status.unsent_changes)
                )
            )
            self.status_sync.setToolTip(self.tr("Send them with a bundle in Synchronisation."))
        else:
            self.status_sync.setText(self.tr("Everything sent"))

    # -- navigation -------------------------------------------------------------------------------

    def current_key(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def go(self, key: str, target: str = "") -> Page | None:
        """Show an area (if the acting role is offered it) and, optionally, one item in it."""
        offered = [a.key for a in self.offered_areas()]
        if key not in offered:
            key = offered[0] if offered else ""
        if not key:
            return None
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.sidebar.blockSignals(True)
                self.sidebar.setCurrentRow(row)
                self.sidebar.blockSignals(False)
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        prefs.LAST_AREA.set(self.settings, key)
        if target:
            page.open_item(target)
        return page

    def page(self, key: str) -> Page:
        page = self.pages.get(key)
        if page is None:
            page = page_class(key)(self.ops)
            page.navigate.connect(self.go)
            self.pages[key] = page
            self.stack.addWidget(page)
            page.refresh()
        return page

    def _on_sidebar(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.go(str(item.data(Qt.ItemDataRole.UserRole)))

    # -- actions ----------------------------------------------------------------------------------

    def find_in_page(self) -> None:
        page = self.current_page()
        if page is None or not page.focus_search():
            self.statusBar().showMessage(self.tr("This screen has nothing to search."), 4000)

    def refresh_current(self) -> None:
        page = self.current_page()
        if page is not None:
            page.refresh()
        self._update_status()

    def show_help(self) -> None:
        from skpdesk.ui.help import HelpDialog

        HelpDialog.show_for(self, self.current_key() or "beranda")

    def backup(self) -> None:
        """A consistent copy of the database, made off the GUI thread (a large workspace takes
        seconds); the status bar says when it is done, the error dialog if it failed."""
        if self._backup_job is not None:
            return
        self.backup_action.setEnabled(False)
        self.statusBar().showMessage(self.tr("Making a backup…"))
        self._backup_job = Job(self.ops.ws.backup)
        self._backup_job.signals.done.connect(self._backup_done)
        self._backup_job.signals.failed.connect(self._backup_failed)
        self._backup_job.start()

    def _backup_done(self, _tag: int, path: object) -> None:
        self._backup_job = None
        self.backup_action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Backup written: {path}").format(path=path), 8000)

    def _backup_failed(self, _tag: int, exc: object) -> None:
        self._backup_job = None
        self.backup_action.setEnabled(True)
        self.statusBar().clearMessage()
        if isinstance(exc, BaseException):
            show_error(self, exc)

    def _on_changes(self, _changes: Changes) -> None:
        self._update_status()

    def closeEvent(self, event: QCloseEvent) -> None:
        prefs.GEOMETRY.set(self.settings, self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
