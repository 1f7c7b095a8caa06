"""About SKP Desk: what it is, the versions of what it runs on, and this workspace's identity.

Everything support needs in one block with a Copy button. Versions are read from the installed
packages' metadata: the heavy libraries (matplotlib, reportlab, openpyxl) are not imported here.
"""

from __future__ import annotations

import importlib.metadata
import platform
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skpdesk.logs import current_log_file
from skpdesk.ui.ops import Ops

APP_ICON = Path(__file__).resolve().parent.parent.parent / "resources" / "icons" / "app.svg"
# (shown name, distribution names to try): PySide6 is installed as PySide6-Essentials here.
COMPONENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("PySide6", ("PySide6", "PySide6-Essentials")),
    ("SQLAlchemy", ("SQLAlchemy",)),
    ("Alembic", ("alembic",)),
    ("reportlab", ("reportlab",)),
    ("openpyxl", ("openpyxl",)),
    ("matplotlib", ("matplotlib",)),
)


def package_version(*names: str) -> str:
    """The installed version of the first distribution found, or "not installed"."""
    for name in names:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return QCoreApplication.translate("AboutDialog", "not installed")


def app_version() -> str:
    import skpdesk

    version = getattr(skpdesk, "__version__", "")
    return str(version) if version else package_version("skpdesk")


def component_versions() -> list[tuple[str, str]]:
    """(name, version) of Python, Qt and the libraries SKP Desk runs on."""
    return [
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        *((shown, package_version(*names)) for shown, names in COMPONENTS),
    ]


class AboutDialog(QDialog):
    """Name, version, description, component versions, workspace identity; Copy for support."""

    def __init__(self, ops: Ops | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About SKP Desk"))
        if APP_ICON.exists():
            self.setWindowIcon(QIcon(str(APP_ICON)))
        self.setMinimumWidth(620)

        icon = QLabel()
        if APP_ICON.exists():
            icon.setPixmap(QIcon(str(APP_ICON)).pixmap(64, 64))
        icon.setFixedSize(72, 72)
        icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        name = QLabel("SKP Desk")
        name.setObjectName("pageTitle")
        version = QLabel(self.tr("Version {version}").format(version=app_version()))
        version.setObjectName("muted")
        version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        description = QLabel(
            self.tr(
                "An offline desktop companion for planning and rating the performance of civil servants "
                "(SKP, under PP 30/2019 and Permen PANRB 6/2022): drafting the plan stage by stage with a "
                "phrasing coach, cascading, monitoring with evidence, ratings and predikat, and "
                "the official documents — a BKPSDM coaching clinic in a desktop app."
            )
        )
        description.setWordWrap(True)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(name)
        heading.addWidget(version)
        heading.addSpacing(6)
        heading.addWidget(description)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.rows: list[tuple[str, str]] = [("SKP Desk", app_version()), *component_versions()]
        versions = self._grid(self.tr("Runs on"), self.rows, columns=2)

        workspace_rows: list[tuple[str, str]] = []
        if ops is not None:
            info = ops.ws.info()
            workspace_rows = [
                (self.tr("Folder"), info.workspace),
                (self.tr("Schema revision"), info.schema),
                (self.tr("Node id"), info.node_id),
            ]
        log_file = current_log_file()
        workspace_rows.append((self.tr("Log file"), str(log_file) if log_file else self.tr("none (stderr)")))
        self.workspace_rows = workspace_rows
        workspace = self._grid(self.tr("This copy"), workspace_rows)

        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy these details for support"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_details)
        self.copied = QLabel("")
        self.copied.setObjectName("muted")
        close = QPushButton(self.tr("Close"))
        close.setProperty("primary", True)
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.copied, 1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(versions)
        layout.addWidget(workspace)
        layout.addLayout(buttons)
        # Wrapped text needs its height for the width (a plain sizeHint cuts the description).
        self.resize(640, max(layout.heightForWidth(640), layout.sizeHint().height()))
        self.setMinimumHeight(layout.heightForWidth(640))

    def _grid(self, title: str, rows: list[tuple[str, str]], columns: int = 1) -> QFrame:
        frame = QFrame()
        frame.setObjectName("card")
        box = QVBoxLayout(frame)
        box.setContentsMargins(14, 10, 14, 12)
        box.setSpacing(6)
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        box.addWidget(heading)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        per_column = -(-len(rows) // columns)
        for number, (key, value) in enumerate(rows):
            row, column = number % per_column, 2 * (number // per_column)
            label = QLabel(key)
            label.setObjectName("muted")
            text = QLabel(value)
            text.setWordWrap(columns == 1)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, column + 1, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(column + 1, 1)
        box.addLayout(grid)
        return frame

    def details(self) -> str:
        """The plain-text block copied for support (ids and versions only, no personal data)."""
        lines = [f"{key}: {value}" for key, value in self.rows]
        lines.append(f"OS: {platform.platform()}")
        lines += [f"{key}: {value}" for key, value in self.workspace_rows]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
        self.copied.setText(self.tr("Copied."))
