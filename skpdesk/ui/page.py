"""The base of every area's screen in the main window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from skpdesk.services.base import Changes
from skpdesk.ui.ops import Ops


class Page(QWidget):
    """A screen for one area. The main window creates it on first visit and then keeps it.

    Subclasses fill ``self.body`` (a vertical layout under the title), redraw in ``on_changes``
    when a service call changed something they show, and give Ctrl+F a target in ``focus_search``.
    """

    key = ""  # the area key (ui.areas), also the help page name
    navigate = Signal(str, str)  # (area key, target): the main window shows that area's item

    def __init__(self, ops: Ops, title: str, subtitle: str = "") -> None:
        super().__init__()
        self.ops = ops
        self.setObjectName(f"page-{self.key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(8)
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        layout.addWidget(self.title)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setVisible(bool(subtitle))
        layout.addWidget(self.subtitle)
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        layout.addLayout(self.body, 1)
        ops.changed.connect(self.on_changes)
        ops.actor_changed.connect(lambda _actor: self.refresh())

    def refresh(self) -> None:
        """Reload what the page shows (called on first show and when the person changes)."""

    def on_changes(self, changes: Changes) -> None:
        """A service call changed data; redraw if this page shows any of it."""
        if changes:
            self.refresh()

    def focus_search(self) -> bool:
        """Ctrl+F: focus this page's search field. False when the page has nothing to search."""
        return False

    def open_item(self, target: str) -> None:
        """Show one item (a task on Beranda links here). Default: nothing more than the page."""

    @staticmethod
    def tr_area(text: str) -> str:
        return QCoreApplication.translate("Areas", text)
