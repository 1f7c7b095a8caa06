"""Settings: this computer (language), the workspace (switch, create, back up), the instansi's
identity on documents (kop surat), the [U] deadlines of R-DEADLINES, and who holds which role.

What is typed here lives in the workspace (``ws.settings``, role-guarded by the service); only the
language and the recent workspaces are kept on this computer (``ui.prefs``). Switching workspace
or language is done by the application: this dialog only says what was chosen, by signal.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QRect, QSettings, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QValidator,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain import deadlines
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import GRANTED_ROLES, Action, Role
from skpdesk.domain.stages import StageKind
from skpdesk.formatting import format_count, format_date, format_number, month_name
from skpdesk.messages import LANGUAGES
from skpdesk.services.org import NewGrant
from skpdesk.services.people import PeopleService
from skpdesk.services.rating import ORG_MAPPING_SETTING
from skpdesk.services.settings import SPECS, SettingSpec
from skpdesk.ui import prefs
from skpdesk.ui.areas import role_label
from skpdesk.ui.errors import show_error
from skpdesk.ui.ops import Ops
from skpdesk.ui.rating.settings_tab import OrgMappingEditor
from skpdesk.ui.signin import PeoplePicker
from skpdesk.ui.skp import stage_text

ICONS = Path(__file__).resolve().parent.parent.parent / "resources" / "icons"
INSTANSI_KEYS = (
    "instansi.pemerintah",
    "instansi.name",
    "instansi.address",
    "instansi.phone",
    "instansi.email",
    "instansi.website",
    "instansi.city",
)
IGNORABLE_FILES = {".DS_Store", "Thumbs.db", "desktop.ini", ".directory"}
TAB_KEYS = ("general", "workspace", "instansi", "deadlines", "stages", "rating", "roles")


def _icon(name: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def _label(text: str, name: str = "", *, wrap: bool = False, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    return frame, layout


class Banner(QFrame):
    """An inline message (info / warning / error) inside a tab; hidden until ``show_text``."""

    def __init__(self, level: str = "info") -> None:
        super().__init__()
        self.setObjectName("banner")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        self._icon = QLabel()
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = _label("", wrap=True, selectable=True)
        row.addWidget(self._icon)
        row.addWidget(self.text, 1)
        self.set_level(level)
        self.setVisible(False)

    def set_level(self, level: str) -> None:
        self.setProperty("level", level)
        self._icon.setPixmap(
            _icon({"error": "error", "warning": "warning"}.get(level, "info")).pixmap(20, 20)
        )
        self.style().unpolish(self)
        self.style().polish(self)

    def show_text(self, text: str, level: str | None = None) -> None:
        if level:
            self.set_level(level)
        self.text.setText(text)
        self.setVisible(True)


def folder_size(folder: Path) -> int:
    """Bytes used by every file under ``folder`` (unreadable entries are skipped)."""
    total = 0
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            stack.append(Path(entry.path))
                        elif entry.is_file(follow_symlinks=False):
                            total += entry.stat(follow_symlinks=False).st_size
                    except OSError:
                        continue
        except OSError:
            continue
    return total


def format_size(size: int) -> str:
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{format_number(size / factor, 1)} {unit}"
    return f"{format_count(size)} B"


class SettingsDialog(QDialog):
    """Settings in tabs; Save writes the Instansi and Deadlines tabs through the service."""

    language_changed = Signal(str)
    """The person chose another UI language ("id" or "en"); the application applies it."""
    workspace_chosen = Signal(str)
    """A workspace folder to open (an existing workspace, or an empty folder to create one in)."""

    def __init__(self, ops: Ops, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.ws = ops.ws
        self.settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowIcon(_icon("settings"))
        self.setMinimumSize(820, 560)
        self.resize(960, 690)
        self._values: dict[str, Any] = self.ws.settings.values()
        self._retranslate_pending = False
        self.instansi_edits: dict[str, QLineEdit] = {}
        self.deadline_spins: dict[str, QSpinBox] = {}
        self.stage_label_edits: dict[str, QLineEdit] = {}  # StageKind value → custom title
        self.rating_mapping: OrgMappingEditor | None = None  # the Rating tab (ui.rating.settings_tab)
        self._root: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._build()

    # -- building (again after a language change, keeping what was typed) -------------------------

    def _build(self, keep: dict[str, Any] | None = None, tab: int = 0) -> None:
        if self._root is not None:
            self._layout.removeWidget(self._root)
            self._root.hide()
            self._root.deleteLater()
        self.setWindowTitle(self.tr("Settings — SKP Desk"))
        self.instansi_edits = {}
        self.deadline_spins = {}
        self.stage_label_edits = {}
        self.rating_mapping = None
        root = QWidget()
        layout = QVBoxLayout(root)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        self._tab_keys: list[str] = []
        self._add_tab("general", self._general_tab(), self.tr("General"))
        self._add_tab("workspace", self._workspace_tab(), self.tr("Workspace"))
        self._add_tab("instansi", self._instansi_tab(), self.tr("Instansi (documents)"))
        self._add_tab("deadlines", self._deadlines_tab(), self.tr("Deadlines"))
        self._add_tab("stages", self._stages_tab(), self.tr("Stages"))
        self._add_tab("rating", self._rating_tab(), self.tr("Rating"))
        if self.ws.access.can(Action.GRANT_ROLES):
            self._add_tab("roles", self._roles_tab(), self.tr("Roles"))
        layout.addWidget(self.tabs, 1)
        self.saved_note = _label("", "muted")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("primary", True)
        self.save_button.setAutoDefault(False)
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Save the Instansi and Deadlines tabs (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.saved_note, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self._layout.addWidget(root)
        root.show()  # rebuilt while the dialog is on screen: a new child starts hidden
        self._root = root
        if keep:
            for key, value in keep.items():
                if key in self.instansi_edits:
                    self.instansi_edits[key].setText(str(value))
                elif key in self.deadline_spins:
                    self.deadline_spins[key].setValue(int(value))
                elif key in self.stage_label_edits:
                    self.stage_label_edits[key].setText(str(value))
                elif key == ORG_MAPPING_SETTING:
                    editor = getattr(self, "rating_mapping", None)  # made by _rating_tab above
                    if editor is not None:
                        editor.set_values(value)
        self.tabs.setCurrentIndex(min(tab, self.tabs.count() - 1))
        self._update_dirty()

    def _add_tab(self, key: str, page: QWidget, title: str) -> None:
        scroll = QScrollArea()
        scroll.setObjectName(f"tab-{key}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        page.setObjectName("settingsPage")
        page.setStyleSheet("QWidget#settingsPage { background: #f5f7f8; }")
        self.tabs.addTab(scroll, title)
        self._tab_keys.append(key)

    def show_tab(self, key: str) -> bool:
        """Show a tab by key: general, workspace, instansi, deadlines, stages, roles (if offered)."""
        if key not in self._tab_keys:
            return False
        self.tabs.setCurrentIndex(self._tab_keys.index(key))
        return True

    def current_tab(self) -> str:
        return self._tab_keys[self.tabs.currentIndex()]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._retranslate_pending:
            # Installing a catalogue sends several events; rebuild once, after the last.
            self._retranslate_pending = True
            QTimer.singleShot(0, self, self._retranslate)  # not called once the dialog is gone
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._retranslate_pending = False
        try:
            keep = (
                {k: e.text() for k, e in self.instansi_edits.items()}
                | {k: s.value() for k, s in self.deadline_spins.items()}
                | {k: e.text() for k, e in self.stage_label_edits.items()}
                | ({ORG_MAPPING_SETTING: self.rating_mapping.typed()} if self.rating_mapping else {})
            )
        except RuntimeError:  # the dialog was closed and its widgets deleted meanwhile
            return
        self._build(keep, self.tabs.currentIndex())

    @staticmethod
    def _page() -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(12)
        return page, layout

    # -- General -----------------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        page, layout = self._page()
        card, box = _card()
        box.addWidget(_label(self.tr("Language"), "sectionTitle"))
        self.language = QComboBox()
        names = {"id": "Bahasa Indonesia", "en": "English"}  # each language in its own words
        for code in LANGUAGES:
            self.language.addItem(names.get(code, code), code)
        current = prefs.LANGUAGE.get(self.settings)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.setMinimumWidth(240)
        self.language.currentIndexChanged.connect(self._on_language)
        row = QHBoxLayout()
        row.addWidget(self.language)
        row.addWidget(_label(self.tr("Applies immediately, to every window."), "muted"), 1)
        box.addLayout(row)
        box.addWidget(
            _label(
                self.tr(
                    "The regulation's own words (SKP, RHK, IKI, BerAKHLAK, predikat) stay the same in "
                    "both languages. Documents are always printed in Indonesian."
                ),
                "muted",
                wrap=True,
            )
        )
        layout.addWidget(card)

        card, box = _card()
        box.addWidget(_label(self.tr("Kept on this computer"), "sectionTitle"))
        box.addWidget(
            _label(
                self.tr(
                    "The language, the window layout, the recent workspaces and who signed in last are "
                    "kept on this computer only. Everything you type (plans, ratings, the instansi "
                    "details) is kept in the workspace and travels with it."
                ),
                wrap=True,
            )
        )
        layout.addWidget(card)

        card, box = _card()
        box.addWidget(_label(self.tr("About"), "sectionTitle"))
        about_row = QHBoxLayout()
        from skpdesk.ui.settings.about import app_version

        about_row.addWidget(_label(self.tr("SKP Desk {version}").format(version=app_version())), 1)
        about = QPushButton(self.tr("About SKP Desk…"))
        about.setAutoDefault(False)
        about.clicked.connect(self.show_about)
        about_row.addWidget(about)
        box.addLayout(about_row)
        layout.addWidget(card)
        layout.addStretch(1)
        return page

    def _on_language(self, _index: int) -> None:
        code = str(self.language.currentData())
        if code == prefs.LANGUAGE.get(self.settings):
            return
        prefs.LANGUAGE.set(self.settings, code)
        self.language_changed.emit(code)

    def show_about(self) -> None:
        from skpdesk.ui.settings.about import AboutDialog

        AboutDialog(self.ops, self).exec()

    # -- Workspace ---------------------------------------------------------------------------------

    def _workspace_tab(self) -> QWidget:
        page, layout = self._page()
        info = self.ws.info()
        card, box = _card()
        box.addWidget(_label(self.tr("This workspace"), "sectionTitle"))
        grid = QFormLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.folder_label = _label(info.workspace, wrap=True, selectable=True)
        grid.addRow(_label(self.tr("Folder"), "muted"), self.folder_label)
        self.size_label = _label(format_size(folder_size(self.ws.folder)))
        grid.addRow(_label(self.tr("Size on disk"), "muted"), self.size_label)
        people = sum(info.counts.get(t, 0) for t in ("employee",))
        grid.addRow(
            _label(self.tr("Contents"), "muted"),
            _label(
                self.tr("{employees} employees, {plans} SKP plans, {ops} recorded changes").format(
                    employees=format_count(people),
                    plans=format_count(info.counts.get("plan", 0)),
                    ops=format_count(info.ops),
                )
            ),
        )
        grid.addRow(_label(self.tr("Schema"), "muted"), _label(info.schema, selectable=True))
        box.addLayout(grid)
        actions = QHBoxLayout()
        backup = QPushButton(_icon("backup"), self.tr("Back up now"))
        backup.setAutoDefault(False)
        backup.clicked.connect(self.back_up)
        reveal = QPushButton(_icon("folder"), self.tr("Show in file manager"))
        reveal.setAutoDefault(False)
        reveal.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ws.folder))))
        actions.addWidget(backup)
        actions.addWidget(reveal)
        actions.addStretch(1)
        box.addLayout(actions)
        self.backup_banner = Banner("info")
        box.addWidget(self.backup_banner)
        layout.addWidget(card)

        card, box = _card()
        box.addWidget(_label(self.tr("Recent workspaces"), "sectionTitle"))
        box.addWidget(
            _label(
                self.tr(
                    "A workspace is a folder holding one instansi's data, its evidence files and backups. "
                    "SKP Desk closes this one and opens the one you choose."
                ),
                "muted",
                wrap=True,
            )
        )
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentWorkspaces")
        self.recent_list.setMinimumHeight(120)
        self.recent_list.setMaximumHeight(170)
        self.recent_list.setIconSize(QSize(18, 18))
        current = self.ws.folder.resolve()
        for folder in prefs.RECENT_WORKSPACES.get(self.settings):
            path = Path(folder)
            item = QListWidgetItem(_icon("folder"), folder)
            item.setData(Qt.ItemDataRole.UserRole, folder)
            if _same(path, current):
                item.setText(self.tr("{folder}  (open now)").format(folder=folder))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            elif not self.is_workspace(path):
                item.setText(self.tr("{folder}  (not found)").format(folder=folder))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.recent_list.addItem(item)
        if self.recent_list.count() == 0:
            self.recent_list.addItem(
                QListWidgetItem(self.tr("No other workspace was opened on this computer."))
            )
            self.recent_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.recent_list.itemActivated.connect(lambda _item: self.open_recent())
        self.recent_list.itemSelectionChanged.connect(self._on_recent_selection)
        box.addWidget(self.recent_list)
        row = QHBoxLayout()
        self.open_recent_button = QPushButton(self.tr("Open"))
        self.open_recent_button.setAutoDefault(False)
        self.open_recent_button.setEnabled(False)
        self.open_recent_button.clicked.connect(self.open_recent)
        open_folder = QPushButton(_icon("folder"), self.tr("Open folder…"))
        open_folder.setAutoDefault(False)
        open_folder.clicked.connect(self.open_folder)
        create = QPushButton(_icon("add"), self.tr("Create new workspace…"))
        create.setAutoDefault(False)
        create.clicked.connect(self.create_workspace)
        row.addWidget(self.open_recent_button)
        row.addStretch(1)
        row.addWidget(open_folder)
        row.addWidget(create)
        box.addLayout(row)
        self.workspace_banner = Banner("error")
        box.addWidget(self.workspace_banner)
        layout.addWidget(card)
        layout.addStretch(1)
        return page

    def is_workspace(self, folder: Path) -> bool:
        """A folder holding an SKP Desk database (the same file name as the open workspace's)."""
        return (folder / self.ws.store.db_path.name).is_file()

    def back_up(self) -> None:
        path = self.ops.run(self.ws.backup)
        if path is not None:
            self.backup_banner.show_text(self.tr("Backup saved: {path}").format(path=path), "info")
            self.size_label.setText(format_size(folder_size(self.ws.folder)))

    def _on_recent_selection(self) -> None:
        items = self.recent_list.selectedItems()
        self.open_recent_button.setEnabled(
            bool(items) and items[0].data(Qt.ItemDataRole.UserRole) is not None
        )

    def open_recent(self) -> None:
        items = self.recent_list.selectedItems()
        if items and items[0].data(Qt.ItemDataRole.UserRole):
            self.choose_workspace(str(items[0].data(Qt.ItemDataRole.UserRole)))

    @staticmethod
    def ask_folder(parent: QWidget, caption: str) -> str:
        """The folder picker (tests replace this)."""
        return QFileDialog.getExistingDirectory(parent, caption, str(Path.home()))

    def open_folder(self) -> None:
        folder = self.ask_folder(self, self.tr("Open a workspace folder"))
        if not folder:
            return
        if not self.is_workspace(Path(folder)):
            self.workspace_banner.show_text(
                self.tr(
                    "{folder} is not an SKP Desk workspace. To start a new workspace there, use "
                    "“Create new workspace…”."
                ).format(folder=folder),
                "error",
            )
            return
        self.choose_workspace(folder)

    def create_workspace(self) -> None:
        """An empty (or new) folder becomes a new workspace; a non-empty folder that is not a
        workspace is refused, so nothing of someone else's is mixed into it."""
        folder = self.ask_folder(self, self.tr("Choose an empty folder for the new workspace"))
        if not folder:
            return
        path = Path(folder)
        if path.exists() and not path.is_dir():
            self.workspace_banner.show_text(
                self.tr("{folder} is a file, not a folder.").format(folder=folder)
            )
            return
        if path.is_dir() and not self.is_workspace(path):
            try:
                contents = [p for p in path.iterdir() if p.name not in IGNORABLE_FILES]
            except OSError:
                contents = [path]
            if contents:
                self.workspace_banner.show_text(
                    self.tr(
                        "{folder} is not empty and is not an SKP Desk workspace. Choose an empty folder "
                        "(or make a new one in the folder window); nothing was changed."
                    ).format(folder=folder),
                    "error",
                )
                return
        self.choose_workspace(folder)

    def choose_workspace(self, folder: str) -> None:
        if _same(Path(folder), self.ws.folder):
            self.workspace_banner.show_text(self.tr("This workspace is already open."), "info")
            return
        if not self.confirm_unsaved():
            return
        self.workspace_banner.setVisible(False)
        self.workspace_chosen.emit(folder)
        super().accept()

    # -- Instansi ----------------------------------------------------------------------------------

    def _instansi_tab(self) -> QWidget:
        page, layout = self._page()
        allowed = self.ws.access.can(Action.EDIT_INSTANSI)
        if not allowed:
            layout.addWidget(self._not_allowed_banner())
        card, box = _card()
        box.addWidget(_label(self.tr("Identity printed on documents"), "sectionTitle"))
        box.addWidget(
            _label(
                self.tr("The letterhead (kop surat) of every PDF, and the place written before the date."),
                "muted",
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        # (key, label, example, row, column, column span): long lines full width, short ones paired
        fields: list[tuple[str, str, str, int, int, int]] = [
            ("instansi.pemerintah", self.tr("Government"), "PEMERINTAH KABUPATEN SUKAMAJU", 0, 0, 3),
            (
                "instansi.name",
                self.tr("Instansi or unit"),
                "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
                1,
                0,
                3,
            ),
            ("instansi.address", self.tr("Address"), "Jalan Merdeka No. 1, Sukamaju 45111", 2, 0, 3),
            ("instansi.phone", self.tr("Telephone"), "(0262) 123456", 3, 0, 1),
            ("instansi.email", self.tr("E-mail"), "bkpsdm@sukamajukab.go.id", 3, 2, 1),
            ("instansi.website", self.tr("Website"), "bkpsdm.sukamajukab.go.id", 4, 0, 1),
            ("instansi.city", self.tr("City"), "Sukamaju", 4, 2, 1),
        ]
        for key, title, example, row, column, span in fields:
            edit = QLineEdit(str(self._values.get(key, "")))
            edit.setObjectName(key)
            edit.setPlaceholderText(self.tr("e.g. {example}").format(example=example))
            edit.setEnabled(allowed)
            edit.setMaxLength(500)
            edit.textChanged.connect(self._on_instansi_edit)
            self.instansi_edits[key] = edit
            label = _label(title)
            label.setBuddy(edit)
            grid.addWidget(label, row, column)
            grid.addWidget(edit, row, column + 1, 1, span)
        self.city_example = _label("", "muted")
        grid.addWidget(self.city_example, 5, 3)
        logo_row = QHBoxLayout()
        logo_row.setSpacing(8)
        self.logo_preview = QLabel()
        self.logo_preview.setWordWrap(True)
        self.logo_preview.setObjectName("muted")
        self.logo_preview.setFixedSize(72, 48)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("QLabel { border: 1px solid #d5dde2; border-radius: 4px; }")
        self.choose_logo_button = QPushButton(self.tr("Choose logo…"))
        self.choose_logo_button.setAutoDefault(False)
        self.choose_logo_button.setEnabled(allowed)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove"))
        self.remove_logo_button.setAutoDefault(False)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.remove_logo_button)
        logo_row.addWidget(
            _label(self.tr("PNG or JPEG, up to 2 MB; saved as soon as it is chosen."), "muted", wrap=True), 1
        )
        grid.addWidget(_label(self.tr("Logo")), 6, 0)
        grid.addLayout(logo_row, 6, 1, 1, 3)
        box.addLayout(grid)
        box.addSpacing(4)
        box.addWidget(_label(self.tr("Letterhead preview"), "sectionTitle"))
        self.kop = KopPreview()
        box.addWidget(self.kop)
        layout.addWidget(card)
        layout.addStretch(1)
        self._load_logo()
        self._on_instansi_edit()
        self.remove_logo_button.setEnabled(allowed and bool(self._values.get("instansi.logo_sha256")))
        return page

    def _not_allowed_banner(self) -> Banner:
        banner = Banner("info")
        actor = self.ws.access.actor
        role = role_label(actor.role) if actor is not None else self.tr("nobody signed in")
        banner.show_text(
            self.tr(
                "Only the BKPSDM central office may change these settings. You are signed in as {role}: "
                "they are shown for reference."
            ).format(role=role)
        )
        return banner

    def _kop_values(self) -> dict[str, str]:
        return {k.removeprefix("instansi."): e.text().strip() for k, e in self.instansi_edits.items()}

    def _on_instansi_edit(self, _text: str = "") -> None:
        self.kop.set_values(self._kop_values())
        city = self.instansi_edits["instansi.city"].text().strip() or "…"
        self.city_example.setText(
            self.tr("Signed “{city}, {date}”").format(city=city, date=format_date(self.ws.access.today()))
        )
        self._update_dirty()

    def _load_logo(self) -> None:
        path = self.ws.settings.logo_path()
        pixmap = QPixmap(str(path)) if path is not None else QPixmap()
        self.kop.set_logo(pixmap)
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("none"))
        else:
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    44, 44, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )

    @staticmethod
    def ask_logo_file(parent: QWidget, caption: str, filters: str) -> str:
        """The file picker for the logo (tests replace this)."""
        return QFileDialog.getOpenFileName(parent, caption, str(Path.home()), filters)[0]

    def choose_logo(self) -> bool:
        """Read a PNG/JPEG and store it as the logo; the service refuses anything else."""
        name = self.ask_logo_file(
            self, self.tr("Choose the instansi logo"), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not name:
            return False
        try:
            content = Path(name).read_bytes()
        except OSError:
            show_error(self, SkpError(Code.RECORD_INVALID, field="logo", reason="unreadable"))
            return False
        if self.ops.run(self.ws.settings.set_logo, content) is None:
            return False
        self._values = self.ws.settings.values()
        self._load_logo()
        self.remove_logo_button.setEnabled(True)
        self.saved_note.setText(self.tr("Logo saved."))
        return True

    def remove_logo(self) -> None:
        if self.ops.run(self.ws.settings.update, {"instansi.logo_sha256": ""}) is None:
            return
        self._values = self.ws.settings.values()
        self._load_logo()
        self.remove_logo_button.setEnabled(False)

    # -- Deadlines ---------------------------------------------------------------------------------

    def _deadline_rows(self) -> list[tuple[str, tuple[str, ...]]]:
        """(label, setting keys) per row; the AKHIR day and month share one row. A [U] setting
        added later gets a row of its own, labelled with its key."""
        rows = [
            (
                self.tr("Drafting the next year's SKP starts on this day (with the RKT and PK)"),
                ("deadline.drafting_start_day", "deadline.drafting_start_month"),
            ),
            (
                self.tr("Periodic evaluation: due this many days after the period ends"),
                ("deadline.evaluation_days",),
            ),
            (
                self.tr("Annual (AKHIR) evaluation: due on this day of the following year"),
                ("deadline.akhir_day", "deadline.akhir_month"),
            ),
            (
                self.tr("Keberatan: the atasan decides within this many days of its filing"),
                ("deadline.keberatan_decision_days",),
            ),
            (
                self.tr("Evaluation periods lock by themselves this many days after their deadline"),
                ("monitoring.lock_grace_days",),
            ),
        ]
        unsettled = [s.key for s in SPECS if s.status == "[U]" and s.kind is int]  # dates, not names
        listed = {key for _label_text, keys in rows for key in keys}
        rows = [(text, tuple(k for k in keys if k in unsettled)) for text, keys in rows]
        rows += [(key, (key,)) for key in unsettled if key not in listed]
        return [(text, keys) for text, keys in rows if keys]

    def _deadlines_tab(self) -> QWidget:
        page, layout = self._page()
        allowed = self.ws.access.can(Action.EDIT_INSTANSI)
        if not allowed:
            layout.addWidget(self._not_allowed_banner())
        card, box = _card()
        box.addWidget(_label(self.tr("Set by your instansi"), "sectionTitle"))
        box.addWidget(
            _label(
                self.tr(
                    "These dates are not fixed nationally. Set them to follow your instansi's letters "
                    "and the BKN e-Kinerja schedule; Beranda and the reminders use them."
                ),
                "muted",
                wrap=True,
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        specs = {spec.key: spec for spec in SPECS}
        row = 0
        # SKP-REFERENCE R-DEADLINES: every [U] date is a setting (services.settings.SPECS), bounded by
        # the spec's minimum and maximum, and says on screen that the instansi decides it.
        for text, keys in self._deadline_rows():
            fields = QHBoxLayout()
            fields.setSpacing(6)
            for key in keys:
                spin = self._spin_for(specs[key])
                spin.setEnabled(allowed)
                spin.valueChanged.connect(self._on_deadline_edit)
                self.deadline_spins[key] = spin
                fields.addWidget(spin)
            title = _label(text, wrap=True)
            title.setBuddy(self.deadline_spins[keys[0]])
            grid.addWidget(title, row, 0)
            grid.addLayout(fields, row, 1, Qt.AlignmentFlag.AlignRight)
            row += 1
            rules = sorted({specs[k].rule or "R-DEADLINES" for k in keys})
            note = _label(
                self.tr("[U] The regulation sets no national date ({rule}); your instansi decides.").format(
                    rule=", ".join(rules)
                ),
                "muted",
                wrap=True,
            )
            grid.addWidget(note, row, 0, 1, 2)
            row += 1
            grid.setRowMinimumHeight(row, 4)
            row += 1
        box.addLayout(grid)
        self.deadline_example = _label("", wrap=True)
        box.addWidget(self.deadline_example)
        layout.addWidget(card)

        card, box = _card()
        box.addWidget(_label(self.tr("Fixed by the regulation (for reference)"), "sectionTitle"))
        year = self.ws.access.today().year
        # SKP-REFERENCE R-DEADLINES: [V] fallback draft and penetapan, [P] keberatan filing (domain.deadlines)
        fixed = [
            (
                self.tr("Fallback draft"),
                self.tr(
                    "If the pegawai and the pejabat penilai have not drafted the SKP by the 2nd week of "
                    "January, the pengelola kinerja drafts it ({date} for {year})."
                ).format(date=format_date(deadlines.fallback_draft_date(year)), year=year),
                "[V]",
            ),
            (
                self.tr("Penetapan SKP"),
                self.tr("At the latest at the end of January of the plan year ({date}).").format(
                    date=format_date(deadlines.penetapan_deadline(year))
                ),
                "[V]",
            ),
            (
                self.tr("Keberatan"),
                self.tr(
                    "Filed with the atasan of the pejabat penilai within {days} days of receiving the result."
                ).format(days=deadlines.KEBERATAN_FILING_DAYS),
                "[P]",
            ),
        ]
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        for number, (heading, text, tag) in enumerate(fixed):
            grid.addWidget(_label(heading, "sectionTitle"), number, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_label(text, wrap=True), number, 1)
            grid.addWidget(_label(f"{tag} R-DEADLINES", "muted"), number, 2, Qt.AlignmentFlag.AlignTop)
        box.addLayout(grid)
        box.addWidget(
            _label(
                self.tr(
                    "[V] confirmed in the regulation · [P] from one secondary source · [U] not settled "
                    "nationally: a setting."
                ),
                "muted",
                wrap=True,
            )
        )
        layout.addWidget(card)
        layout.addStretch(1)
        self._on_deadline_edit()
        return page

    def _spin_for(self, spec: SettingSpec) -> QSpinBox:
        spin: QSpinBox = MonthSpinBox() if spec.key.endswith("_month") else QSpinBox()
        spin.setObjectName(spec.key)
        spin.setRange(spec.minimum if spec.minimum is not None else 0, spec.maximum or 9999)
        spin.setValue(int(self._values.get(spec.key, spec.default)))
        if spec.key.endswith("_days"):
            spin.setSuffix(self.tr(" days"))
        spin.setMinimumWidth(130 if isinstance(spin, MonthSpinBox) or spec.key.endswith("_days") else 70)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setToolTip(
            self.tr("From {minimum} to {maximum}").format(
                minimum=spin.textFromValue(spin.minimum()), maximum=spin.textFromValue(spin.maximum())
            )
        )
        return spin

    def _on_deadline_edit(self, _value: int = 0) -> None:
        spins = self.deadline_spins
        if not spins:
            return
        year = self.ws.access.today().year
        settings = deadlines.DeadlineSettings(
            evaluation_days=_spin_value(spins, "deadline.evaluation_days", 10),
            akhir_month=_spin_value(spins, "deadline.akhir_month", 2),
            akhir_day=_spin_value(spins, "deadline.akhir_day", 28),
            keberatan_decision_days=_spin_value(spins, "deadline.keberatan_decision_days", 14),
            drafting_start_month=_spin_value(spins, "deadline.drafting_start_month", 10),
            drafting_start_day=_spin_value(spins, "deadline.drafting_start_day", 1),
        )
        quarter_end = dt.date(year, 3, 31)
        self.deadline_example.setText(
            self.tr(
                "With these settings: the first quarter of {year} ends {end}, its evaluation is due "
                "{evaluation}; the annual evaluation of {year} is due {akhir}; drafting the {next} "
                "plans starts {drafting}."
            ).format(
                year=year,
                end=format_date(quarter_end),
                evaluation=format_date(quarter_end + dt.timedelta(days=settings.evaluation_days)),
                akhir=format_date(deadlines.akhir_deadline(year, settings)),
                next=year + 1,
                drafting=format_date(deadlines.drafting_start(year + 1, settings)),
            )
        )
        self._update_dirty()

    # -- Stages ------------------------------------------------------------------------------------

    def _stages_tab(self) -> QWidget:
        """The [U] names of the drafting stages (SKP-REFERENCE R-STAGES, R-GAPS 1): one field per
        stage kind, empty for the default name; saved with the other tabs as one setting."""
        page, layout = self._page()
        allowed = self.ws.access.can(Action.EDIT_INSTANSI)
        if not allowed:
            layout.addWidget(self._not_allowed_banner())
        card, box = _card()
        box.addWidget(_label(self.tr("Names of the drafting stages"), "sectionTitle"))
        box.addWidget(
            _label(
                self.tr(
                    "[U] The regulation does not fix these names ({rule}): the BKN guide describes what "
                    "each stage does, not what it is called. Type another name to show it in the "
                    "drafting wizards, in both languages; leave a field empty to keep the default name."
                ).format(rule="R-STAGES"),
                "muted",
                wrap=True,
            )
        )
        spec = next(s for s in SPECS if s.key == stage_text.STAGE_LABEL_SETTING)
        stored = stage_text.labels_from(self._values)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        for number, kind in enumerate(StageKind):
            edit = QLineEdit(stored.get(kind.value, ""))
            edit.setObjectName(f"stage_label.{kind.value}")
            edit.setPlaceholderText(stage_text.default_title(kind))
            edit.setMaxLength(spec.maximum or 120)
            edit.setToolTip(self.tr("At most {count} characters").format(count=spec.maximum or 120))
            edit.setEnabled(allowed)
            edit.textChanged.connect(lambda _text: self._update_dirty())
            self.stage_label_edits[kind.value] = edit
            title = _label(stage_text.default_title(kind))
            title.setBuddy(edit)
            grid.addWidget(title, 2 * number, 0)
            grid.addWidget(edit, 2 * number, 1)
            grid.addWidget(_label(stage_text.usage(kind), "muted", wrap=True), 2 * number + 1, 0, 1, 2)
        box.addLayout(grid)
        row = QHBoxLayout()
        self.default_stage_labels_button = QPushButton(self.tr("Use the default names"))
        self.default_stage_labels_button.setAutoDefault(False)
        self.default_stage_labels_button.setEnabled(allowed)
        self.default_stage_labels_button.clicked.connect(self.clear_stage_labels)
        row.addStretch(1)
        row.addWidget(self.default_stage_labels_button)
        box.addLayout(row)
        layout.addWidget(card)
        layout.addStretch(1)
        return page

    def clear_stage_labels(self) -> None:
        """Empty every stage name field (saved with Save, like the other fields)."""
        for edit in self.stage_label_edits.values():
            edit.clear()

    def _typed_stage_labels(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.stage_label_edits.items() if e.text().strip()}

    # -- Rating (issue 7: ui.rating) -----------------------------------------------------------------

    def _rating_tab(self) -> QWidget:
        """The [U] mapping of the predikat organisasi to a unit leader's rating hasil kerja
        (SKP-REFERENCE R-ORG-PREDIKAT), saved with the other tabs."""
        page, layout = self._page()
        allowed = self.ws.access.can(Action.EDIT_INSTANSI)
        if not allowed:
            layout.addWidget(self._not_allowed_banner())
        self.rating_mapping = OrgMappingEditor(self._values, allowed)
        self.rating_mapping.changed.connect(self._update_dirty)
        layout.addWidget(self.rating_mapping)
        layout.addStretch(1)
        return page

    # -- Roles -------------------------------------------------------------------------------------

    def _roles_tab(self) -> QWidget:
        page, layout = self._page()
        card, box = _card()
        box.addWidget(_label(self.tr("Roles granted in this workspace"), "sectionTitle"))
        box.addWidget(
            _label(
                self.tr(
                    "Every employee is a pegawai, and atasan follows from the organisation; the roles "
                    "below are granted. A scope limits a role to one unit and the units under it."
                ),
                "muted",
                wrap=True,
            )
        )
        self.grants = QTableWidget(0, 3)
        self.grants.setObjectName("roleGrants")
        self.grants.setHorizontalHeaderLabels([self.tr("Role"), self.tr("Person"), self.tr("Scope")])
        self.grants.verticalHeader().setVisible(False)
        self.grants.verticalHeader().setDefaultSectionSize(28)
        self.grants.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grants.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.grants.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grants.setAlternatingRowColors(True)
        self.grants.setShowGrid(False)
        self.grants.setWordWrap(False)
        self.grants.setMinimumHeight(260)
        header = self.grants.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 190)
        header.resizeSection(1, 260)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.grants.itemSelectionChanged.connect(self._on_grant_selection)
        box.addWidget(self.grants, 1)
        row = QHBoxLayout()
        self.roles_note = _label("", "muted", wrap=True)
        self.grant_button = QPushButton(_icon("add"), self.tr("Grant a role…"))
        self.grant_button.setAutoDefault(False)
        self.grant_button.clicked.connect(self.open_grant_dialog)
        self.revoke_button = QPushButton(_icon("delete"), self.tr("Revoke"))
        self.revoke_button.setAutoDefault(False)
        self.revoke_button.setEnabled(False)
        self.revoke_button.clicked.connect(self.revoke_selected)
        row.addWidget(self.roles_note, 1)
        row.addWidget(self.revoke_button)
        row.addWidget(self.grant_button)
        box.addLayout(row)
        layout.addWidget(card, 1)
        self._load_grants()
        return page

    def _load_grants(self) -> None:
        self._grant_rows = self.ws.org.role_grants()
        self.grants.setRowCount(len(self._grant_rows))
        for number, grant in enumerate(self._grant_rows):
            try:
                role_text = role_label(Role(grant.role))
            except ValueError:
                role_text = grant.role
            scope = grant.unit_name if grant.org_unit_id else self.tr("The whole instansi")
            for column, text in enumerate((role_text, grant.employee_name, scope)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.grants.setItem(number, column, item)
        self.roles_note.setText(self.tr("{count} grants").format(count=format_count(len(self._grant_rows))))
        self._on_grant_selection()

    def _selected_grant_row(self) -> int:
        rows = self.grants.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_grant(self, grant_id: str) -> bool:
        for number, grant in enumerate(self._grant_rows):
            if grant.id == grant_id:
                self.grants.selectRow(number)
                return True
        return False

    def _is_own_grant(self, number: int) -> bool:
        actor = self.ws.access.actor
        grant = self._grant_rows[number]
        return (
            actor is not None
            and not actor.system
            and actor.employee_id == grant.employee_id
            and actor.role.value == grant.role
            and actor.scope_unit_id == grant.org_unit_id
        )

    def _on_grant_selection(self) -> None:
        number = self._selected_grant_row()
        own = number >= 0 and self._is_own_grant(number)
        self.revoke_button.setEnabled(number >= 0 and not own)
        self.revoke_button.setToolTip(
            self.tr("You are signed in with this role; another BKPSDM person may revoke it.") if own else ""
        )

    def revoke_selected(self) -> bool:
        number = self._selected_grant_row()
        if number < 0 or self._is_own_grant(number):
            return False
        if self.ops.run(self.ws.org.revoke_role, self._grant_rows[number].id) is None:
            return False
        self._load_grants()
        return True

    def open_grant_dialog(self) -> bool:
        dialog = GrantRoleDialog(self.ops, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.grant is None:
            return False
        return self.grant(dialog.grant)

    def grant(self, grant: NewGrant) -> bool:
        """Grant one role through the service (which checks the granter's scope)."""
        if self.ops.run(self.ws.org.grant_roles, [grant]) is None:
            return False
        self._load_grants()
        names = {g.employee_id: g.employee_name for g in self._grant_rows}
        self.roles_note.setText(
            self.tr("{role} granted to {name}.").format(
                role=role_label(Role(grant.role)), name=names.get(grant.employee_id, "")
            )
        )
        return True

    # -- saving ------------------------------------------------------------------------------------

    def pending_changes(self) -> dict[str, Any]:
        """What differs from the stored settings on the Instansi and Deadlines tabs."""
        out: dict[str, Any] = {}
        for key, edit in self.instansi_edits.items():
            if edit.text().strip() != str(self._values.get(key, "")):
                out[key] = edit.text().strip()
        for key, spin in self.deadline_spins.items():
            if spin.value() != self._values.get(key):
                out[key] = spin.value()
        if self.stage_label_edits:
            typed = self._typed_stage_labels()
            if typed != stage_text.labels_from(self._values):
                out[stage_text.STAGE_LABEL_SETTING] = typed
        mapping = self.rating_mapping.pending(self._values) if self.rating_mapping is not None else None
        if mapping is not None:
            out[ORG_MAPPING_SETTING] = mapping
        return out

    def _update_dirty(self) -> None:
        if not hasattr(self, "save_button"):
            return
        pending = self.pending_changes()
        dirty = bool(pending)
        self.save_button.setEnabled(dirty and self.ws.access.can(Action.EDIT_INSTANSI))
        notes = (
            self.tr("Unsaved changes on the Instansi or Deadlines tab."),
            self.tr("Unsaved changes on the Stages tab."),
        )
        if dirty:
            only_stages = set(pending) == {stage_text.STAGE_LABEL_SETTING}
            self.saved_note.setText(notes[1] if only_stages else notes[0])
        elif self.saved_note.text() in notes:
            self.saved_note.setText("")

    def save(self) -> bool:
        """Write the changed settings in one service call; a refusal changes nothing."""
        changes = self.pending_changes()
        if not changes:
            return True
        if self.ops.run(self.ws.settings.update, changes) is None:
            return False
        self._values = self.ws.settings.values()
        stage_text.use_labels(stage_text.labels_from(self._values))  # the wizards show them at once
        self._update_dirty()
        self.saved_note.setText(self.tr("Saved."))
        return True

    def confirm_unsaved(self) -> bool:
        """Before closing: save, discard, or stay. True when the dialog may close."""
        if not self.pending_changes():
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def ask_unsaved(self) -> str:
        """ "save", "discard" or "cancel" (tests replace this)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save the changes to the instansi details and deadlines?"))
        save = box.addButton(self.tr("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"

    def reject(self) -> None:
        if self.confirm_unsaved():
            super().reject()


def units_in_order(ops: Ops) -> list[tuple[str, str, int]]:
    """(id, name, depth) of every live unit in tree order, for a scope picker."""
    units = ops.ws.org.unit_counts()
    ids = {u.unit_id for u in units}
    children: dict[str | None, list[Any]] = {}
    for unit in units:
        children.setdefault(unit.parent_id if unit.parent_id in ids else None, []).append(unit)
    out: list[tuple[str, str, int]] = []
    stack = [(u, 0) for u in reversed(children.get(None, []))]
    while stack:
        unit, depth = stack.pop()
        out.append((unit.unit_id, unit.name, depth))
        stack.extend((c, depth + 1) for c in reversed(children.get(unit.unit_id, [])))
    return out


class GrantRoleDialog(QDialog):
    """Choose an employee, a granted role and its scope; ``grant`` holds the result (not yet saved)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.grant: NewGrant | None = None
        self.setObjectName("grantRoleDialog")
        self.setWindowTitle(self.tr("Grant a role"))
        self.resize(860, 560)
        title = _label(self.tr("Grant a role"), "pageTitle")
        hint = _label(
            self.tr(
                "Choose the person, the role and where it applies. The role is offered to them the next "
                "time they sign in."
            ),
            "pageSubtitle",
            wrap=True,
        )
        self.picker = PeoplePicker()
        people = getattr(ops.ws, "people", None) or PeopleService(ops.ws.store, ops.ws.access)
        self.picker.set_people(people.directory())
        self.picker.person_changed.connect(lambda _person: self._update())
        self.picker.activated.connect(lambda _person: self.accept())
        self.role = QComboBox()
        self.role.setObjectName("grantRole")
        for role in GRANTED_ROLES:
            self.role.addItem(role_label(role), role.value)
        self.scope = QComboBox()
        self.scope.setObjectName("grantScope")
        self.scope.addItem(self.tr("The whole instansi"), None)
        for unit_id, name, depth in units_in_order(ops):
            self.scope.addItem("    " * depth + name, unit_id)
        self.scope.setMaxVisibleItems(20)
        self.scope.setMinimumWidth(360)
        form = QHBoxLayout()
        form.setSpacing(8)
        role_label_widget = _label(self.tr("Role"))
        role_label_widget.setBuddy(self.role)
        scope_label = _label(self.tr("Scope"))
        scope_label.setBuddy(self.scope)
        form.addWidget(role_label_widget)
        form.addWidget(self.role)
        form.addSpacing(12)
        form.addWidget(scope_label)
        form.addWidget(self.scope, 1)
        self.ok = QPushButton(self.tr("Grant"))
        self.ok.setProperty("primary", True)
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.ok)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.picker, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.picker.search, self.role)
        QWidget.setTabOrder(self.role, self.scope)
        QWidget.setTabOrder(self.scope, self.ok)
        self.picker.search.setFocus()
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(self.picker.current() is not None)

    def choose(self, employee_id: str, role: Role, unit_id: str | None = None) -> bool:
        """Select a person, role and scope (as a person would with the keyboard)."""
        if not self.picker.select_employee(employee_id):
            return False
        self.role.setCurrentIndex(self.role.findData(role.value))
        index = self.scope.findData(unit_id) if unit_id else 0
        self.scope.setCurrentIndex(max(0, index))
        return True

    def accept(self) -> None:
        person = self.picker.current()
        if person is None or not person.id:
            return
        self.grant = NewGrant(
            employee_id=person.id, role=str(self.role.currentData()), org_unit_id=self.scope.currentData()
        )
        super().accept()


class MonthSpinBox(QSpinBox):
    """1–12 shown as month names ("Februari"), typed as a number or a name."""

    def textFromValue(self, value: int) -> str:
        return month_name(value) if 1 <= value <= 12 else str(value)

    def valueFromText(self, text: str) -> int:
        text = text.strip().casefold()
        if text.isdigit():
            return int(text)
        for number in range(1, 13):
            if month_name(number).casefold().startswith(text) and text:
                return number
        return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        stripped = text.strip().casefold()
        if not stripped:
            return (QValidator.State.Intermediate, text, pos)
        if stripped.isdigit():
            ok = 1 <= int(stripped) <= 12
            return (QValidator.State.Acceptable if ok else QValidator.State.Invalid, text, pos)
        names = [month_name(n).casefold() for n in range(1, 13)]
        if stripped in names:
            return (QValidator.State.Acceptable, text, pos)
        if any(n.startswith(stripped) for n in names):
            return (QValidator.State.Intermediate, text, pos)
        return (QValidator.State.Invalid, text, pos)


def _spin_value(spins: dict[str, QSpinBox], key: str, default: int) -> int:
    spin = spins.get(key)
    return spin.value() if spin is not None else default


def _same(a: Path, b: Path) -> bool:
    try:
        return a.expanduser().resolve() == b.expanduser().resolve()
    except OSError:
        return False


class KopPreview(QWidget):
    """The letterhead as it will be printed: logo on the left, the lines centred, a double rule.

    The words "Telepon", "Pos-el" and "Laman" are the document's, not the UI's: official documents
    are Indonesian whatever the UI language (Permendagri tata naskah dinas: the kop names the
    address, telephone, website and e-mail).
    """

    MARGIN = 14
    LOGO = 70
    GAP = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kopPreview")
        self._values: dict[str, str] = {}
        self._logo = QPixmap()
        self.setMinimumWidth(420)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_height()

    def set_values(self, values: dict[str, str]) -> None:
        self._values = dict(values)
        self._fit_height()
        self.update()

    def set_logo(self, pixmap: QPixmap) -> None:
        self._logo = pixmap
        self.update()

    def lines(self) -> list[tuple[str, float, bool, bool]]:
        """(text, point size, bold, is-placeholder) from top to bottom."""
        v = self._values
        contacts = ", ".join(
            text
            for text in (
                f"Telepon {v['phone']}" if v.get("phone") else "",
                f"Laman {v['website']}" if v.get("website") else "",
                f"Pos-el {v['email']}" if v.get("email") else "",
            )
            if text
        )
        return [
            (v.get("pemerintah") or self.tr("GOVERNMENT LINE"), 11.5, True, not v.get("pemerintah")),
            (v.get("name") or self.tr("NAME OF THE INSTANSI"), 14.0, True, not v.get("name")),
            (v.get("address") or self.tr("Address"), 9.0, False, not v.get("address")),
            (contacts or self.tr("Telephone, website, e-mail"), 9.0, False, not contacts),
        ]

    def _placed(self, width: int) -> tuple[list[tuple[QRect, str, QFont, bool]], int]:
        """Each line's box, text, font and placeholder flag; and the y of the double rule.

        The text column keeps the logo's width free on both sides, so it is centred on the page.
        """
        left = self.MARGIN + self.LOGO + self.GAP
        text_width = max(100, width - 2 * left)
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
        placed: list[tuple[QRect, str, QFont, bool]] = []
        y = self.MARGIN
        for text, points, bold, placeholder in self.lines():
            font = QFont(self.font())
            font.setPointSizeF(points)
            font.setBold(bold)
            font.setItalic(placeholder)
            height = QFontMetrics(font).boundingRect(QRect(0, 0, text_width, 1000), flags, text).height()
            placed.append((QRect(left, y, text_width, height), text, font, placeholder))
            y += height + 1
        return placed, max(y, self.MARGIN + self.LOGO) + 8

    def _fit_height(self) -> None:
        _placed, rule = self._placed(max(self.width(), self.minimumWidth()))
        height = rule + 4 + self.MARGIN
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)  # long names wrap: the letterhead grows

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        width, m, logo = self.width(), self.MARGIN, self.LOGO
        painter.fillRect(self.rect(), QColor("#ffffff"))
        painter.setPen(QPen(QColor("#d5dde2"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        logo_box = QRect(m, m, logo, logo)
        if self._logo.isNull():
            painter.setPen(QPen(QColor("#bfcad1"), 1, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(logo_box, 6, 6)
            painter.setPen(QColor("#8f9ca6"))
            painter.drawText(logo_box, Qt.AlignmentFlag.AlignCenter, self.tr("Logo"))
        else:
            ratio = self.devicePixelRatioF()
            scaled = self._logo.scaled(
                logo_box.size() * ratio,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            scaled.setDevicePixelRatio(ratio)
            size = scaled.deviceIndependentSize().toSize()
            painter.drawPixmap(
                logo_box.x() + (logo - size.width()) // 2, logo_box.y() + (logo - size.height()) // 2, scaled
            )
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
        placed, rule = self._placed(width)
        for box, text, font, placeholder in placed:
            painter.setFont(font)
            painter.setPen(QColor("#a3afb8") if placeholder else QColor("#111111"))
            painter.drawText(box, flags, text)
        painter.setPen(QPen(QColor("#111111"), 3))
        painter.drawLine(m, rule, width - m, rule)
        painter.setPen(QPen(QColor("#111111"), 1))
        painter.drawLine(m, rule + 4, width - m, rule + 4)
        painter.end()


__all__ = [
    "TAB_KEYS",
    "Banner",
    "GrantRoleDialog",
    "KopPreview",
    "MonthSpinBox",
    "SettingsDialog",
    "folder_size",
    "format_size",
    "units_in_order",
]
