"""The main window: a sidebar with every area, the area's screen, menus, shortcuts, status bar.

Screens are created on first visit (start-up paints only Beranda) and kept. Which areas the
sidebar offers follows the acting role (ui.areas); the services check every write again.

Start-up builds the window before the workspace is open (issue "main window": paint first): a
*frame* from a read-only ``StartPreview`` — title, the sidebar of the person's role, the status bar
and a placeholder saying the workspace is being opened — which ``attach`` then fills with the open
workspace's ``Ops``. So this module imports nothing of the services at module level (the frame is
painted before SQLAlchemy is imported); a window made with ``Ops`` is attached at once.
"""

from __future__ import annotations

import functools
import importlib
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QUndoGroup,
)
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

from skpdesk.ui import prefs
from skpdesk.ui.areas import AREA_BY_KEY, AREAS, Area, role_label
from skpdesk.ui.jobs import Job

if TYPE_CHECKING:  # imported when the workspace is open (they import the services)
    from skpdesk.services.base import Changes
    from skpdesk.services.peek import StartPreview
    from skpdesk.ui.ops import Ops
    from skpdesk.ui.page import Page

log = logging.getLogger(__name__)
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
ICONS = RESOURCES / "icons"

# Where each area's screen lives ("module:attribute"); imported on first visit.
PAGE_CLASSES: dict[str, str] = {
    "beranda": "skpdesk.ui.home.page:HomePage",
    "organisasi": "skpdesk.ui.org.page:OrgPage",
    "skp": "skpdesk.ui.skp.page:SkpPage",
    "cascading": "skpdesk.ui.cascade.page:CascadePage",
    "dasbor": "skpdesk.ui.dashboard.page:DashboardPage",
    "penilaian": "skpdesk.ui.rating.page:RatingPage",
    "pemantauan": "skpdesk.ui.monitoring.page:MonitoringPage",
}
OVERVIEW_MODULE = "skpdesk.ui.overview"
# Qt.ItemDataRole.UserRole (a test checks). The frame is painted without touching PySide6's ``Qt``
# namespace, whose 93 enums take ~15 ms to create on first use (importing the name, or any call
# whose signature mentions a Qt enum, such as QAction.setShortcut): so the shortcuts are bound on
# attach, when the commands start to work.
AREA_KEY_ROLE = 256


def icon(name: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def sidebar_icon(name: str, ratios: Iterable[float] = (1.0, 1.5, 2.0, 3.0)) -> QIcon:
    """The area icon, drawn white on the selected (teal) row, for these device pixel ratios (a
    screen of another ratio gets the nearest one scaled)."""
    path = ICONS / f"{name}.svg"
    if not path.exists():
        return QIcon()
    result = QIcon(str(path))
    white = path.read_bytes().replace(b"#34495e", b"#ffffff")
    renderer = QSvgRenderer(QByteArray(white))
    for size in sorted({max(1, round(22 * ratio)) for ratio in ratios}):
        image = QPixmap(size, size)
        image.fill(QColor(0, 0, 0, 0))  # transparent
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
    from skpdesk.ui.page import Page

    class SummaryPage(Page):
        def __init__(self, ops: Ops) -> None:
            area = AREA_BY_KEY[key]
            super().__init__(ops, area.label(), area.description())
            self.body.addStretch(1)

    SummaryPage.key = key
    return SummaryPage


class MainWindow(QMainWindow):
    """One open workspace. ``switch_workspace``/``switch_person``/``language`` are asked of the
    application (ui.app) through signals, which rebuilds what depends on them.

    ``MainWindow(ops, settings)``: the window of an open workspace. ``MainWindow(None, settings,
    preview)``: the frame painted before the workspace is open; every command but Quit waits
    until ``attach(ops)`` (which keeps the geometry, so the window neither moves nor resizes).
    """

    ops: Ops  # set by attach()

    switch_person_requested = Signal()
    settings_requested = Signal()
    workspace_requested = Signal()
    about_requested = Signal()

    def __init__(
        self, ops: Ops | None = None, settings: QSettings | None = None, preview: StartPreview | None = None
    ) -> None:
        super().__init__()
        self.settings = settings or prefs.open_settings()
        self.preview = preview
        self.attached = False
        self._undo_group = QUndoGroup(self)  # the open workspace's undo stack joins it on attach
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon("app"))
        self.pages: dict[str, Page] = {}
        self._icons: dict[str, QIcon] = {}
        # the screens' pixel ratios: one white rendering per icon on a usual desktop, not four
        self._ratios = {screen.devicePixelRatio() for screen in QGuiApplication.screens()} or {1.0}
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
        self.placeholder: QWidget | None = None
        self._waiting: list[QAction] = []  # commands disabled until the workspace is attached
        if ops is None:
            self.placeholder = self._opening_placeholder()
            self.stack.addWidget(self.placeholder)
            undo_redo = (self.undo_action, self.redo_action)  # follow the undo group by themselves
            self._waiting = [a for a in self.actions() if a is not self.quit_action and a not in undo_redo]
            for action in self._waiting:
                action.setEnabled(False)
            self.rebuild(first=prefs.LAST_AREA.get(self.settings))
        else:
            self.attach(ops)
        geometry = prefs.GEOMETRY.get(self.settings)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1366, 768)

    def attach(self, ops: Ops) -> None:
        """Fill the frame with the open workspace: its commands, sidebar, status and first screen."""
        from PySide6.QtCore import Qt

        if self.attached:
            raise RuntimeError("the main window already shows a workspace")
        self.ops = ops
        self.attached = True
        ops.window = self
        self._undo_group.addStack(ops.undo_stack)
        self._undo_group.setActiveStack(ops.undo_stack)
        for action in self._waiting:
            action.setEnabled(True)  # (the area commands follow the role in rebuild)
        self._waiting = []
        for action, keys in self._keys:  # every shortcut works wherever the focus is
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        ops.changed.connect(self._on_changes)
        ops.actor_changed.connect(lambda _actor: self.rebuild())
        self.rebuild(first=self.current_key() or prefs.LAST_AREA.get(self.settings))
        if self.placeholder is not None:
            self.stack.removeWidget(self.placeholder)
            self.placeholder.deleteLater()
            self.placeholder = None

    def _opening_placeholder(self) -> QWidget:
        """Where the first screen will be: its title and "Opening the workspace…" (page margins)."""
        holder = QWidget()
        holder.setObjectName("openingWorkspace")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        area = AREA_BY_KEY.get(self._first_key(prefs.LAST_AREA.get(self.settings)), AREAS[0])
        title = QLabel(area.label())
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.opening_label = QLabel(self.tr("Opening the workspace…"))
        self.opening_label.setObjectName("muted")
        layout.addWidget(self.opening_label)
        layout.addStretch(1)
        return holder

    def _first_key(self, wanted: str) -> str:
        """The area the window will show: the wanted one if offered, else the first offered."""
        offered = [a.key for a in self.offered_areas()]
        return wanted if wanted in offered else (offered[0] if offered else "beranda")

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
            self._keys.append((action, [shortcut]))
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        # (action, its shortcuts): bound by attach()
        self._keys: list[tuple[QAction, list[QKeySequence | QKeySequence.StandardKey | str]]] = []
        stack = self._undo_group
        self.undo_action = stack.createUndoAction(self, self.tr("Undo"))
        self._keys.append((self.undo_action, [QKeySequence.StandardKey.Undo]))
        self.undo_action.setIcon(icon("undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("Redo"))
        self._keys.append((self.redo_action, ["Ctrl+Y", "Ctrl+Shift+Z"]))
        self.redo_action.setIcon(icon("redo"))
        for action in (self.undo_action, self.redo_action):
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
        for n, area in enumerate(AREAS, start=1):  # the tenth area is Ctrl+0
            self.area_actions[area.key] = self._action(
                area.label(), functools.partial(self.go, area.key), f"Ctrl+{n % 10}", area.key
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
        current = first or self.current_key()
        self.sidebar.blockSignals(True)
        self.sidebar.clear()
        self.view_menu.clear()
        for area in self.offered_areas():
            if area.key not in self._icons:  # drawn once per window (the frame's serve the workspace)
                self._icons[area.key] = sidebar_icon(area.key, self._ratios)
            item = QListWidgetItem(self._icons[area.key], area.label())
            item.setData(AREA_KEY_ROLE, area.key)
            item.setToolTip(area.description())
            item.setSizeHint(QSize(0, 40))
            self.sidebar.addItem(item)
            self.view_menu.addAction(self.area_actions[area.key])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)
        for key, action in self.area_actions.items():
            action.setEnabled(self.attached and any(a.key == key for a in self.offered_areas()))
        self.sidebar.blockSignals(False)
        for key in list(self.pages):  # a new person sees fresh screens
            page = self.pages.pop(key)
            self.stack.removeWidget(page)
            page.deleteLater()
        folder = self.ops.ws.folder if self.attached else (self.preview.folder if self.preview else None)
        if folder is not None:
            self.setWindowTitle(self.tr("SKP Desk — {name}").format(name=folder.name))
            self.status_workspace.setText(self.tr("Workspace: {name}").format(name=folder.name))
            self.status_workspace.setToolTip(str(folder))
        self.status_person.setText(self._person_text())
        self._update_status()
        if self.attached:
            self.go(current or "beranda")
        else:  # the frame: mark the area that will be shown, open nothing yet
            self._select(self._first_key(current or "beranda"))

    def _person_text(self) -> str:
        if not self.attached:  # the frame shows the person only when the preview knows them
            preview = self.preview
            if preview is None or preview.role is None:
                return ""
            name = preview.name or self.tr("Set-up")
            return f"{name} · {role_label(preview.role)}"
        actor = self.ops.actor
        if actor is None:
            return self.tr("Nobody signed in")
        if actor.system:
            return self.tr("Workspace administrator")
        name = actor.name or self.tr("Set-up")
        return f"{name} · {role_label(actor.role)}"

    def offered_areas(self) -> list[Area]:
        if not self.attached:  # the frame: the previewed role's areas, none while it is not known
            role = self.preview.role if self.preview is not None else None
            return [a for a in AREAS if a.offered_to(role)] if role is not None else []
        actor = self.ops.actor
        role = actor.role if actor else None
        return [a for a in AREAS if a.offered_to(role, bool(actor and actor.system))]

    def _period_text(self, year: int | None) -> str:
        if year:
            return self.tr("Period {year}").format(year=year)
        return self.tr("No period yet")

    def _update_status(self) -> None:
        if not self.attached:
            preview = self.preview
            self.status_period.setText(self._period_text(preview.year) if preview and preview.read else "")
            self.status_sync.setText("")
            return
        from skpdesk import formatting

        status = self.ops.ws.status()
        self.status_period.setText(self._period_text(status.year))
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
        return str(item.data(AREA_KEY_ROLE)) if item is not None else ""

    def current_page(self) -> Page | None:
        from skpdesk.ui.page import Page

        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def go(self, key: str, target: str = "") -> Page | None:
        """Show an area (if the acting role is offered it) and, optionally, one item in it."""
        offered = [a.key for a in self.offered_areas()]
        if key not in offered:
            key = offered[0] if offered else ""
        if not key:
            return None
        self._select(key)
        if not self.attached:
            return None  # the frame: the screen is made once the workspace is open
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        prefs.LAST_AREA.set(self.settings, key)
        if target:
            page.open_item(target)
        return page

    def _select(self, key: str) -> None:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(AREA_KEY_ROLE) == key:
                self.sidebar.blockSignals(True)
                self.sidebar.setCurrentRow(row)
                self.sidebar.blockSignals(False)

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
            self.go(str(item.data(AREA_KEY_ROLE)))

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
            from skpdesk.ui.errors import show_error

            show_error(self, exc)

    def _on_changes(self, _changes: Changes) -> None:
        self._update_status()

    def closeEvent(self, event: QCloseEvent) -> None:
        prefs.GEOMETRY.set(self.settings, self.saveGeometry())
        self.settings.sync()
        super().closeEvent(event)
