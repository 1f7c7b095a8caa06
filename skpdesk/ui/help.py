"""F1: a short help page for the screen, in the UI language (resources/help/<lang>/<key>.html)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from skpdesk import formatting

HELP_DIR = Path(__file__).resolve().parent.parent / "resources" / "help"


def help_file(key: str, language: str) -> Path | None:
    for lang in (language, "id", "en"):
        path = HELP_DIR / lang / f"{key}.html"
        if path.exists():
            return path
    return None


class HelpDialog(QDialog):
    _open: HelpDialog | None = None

    def __init__(self, parent: QWidget | None, key: str) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("SKP Desk — Help"))
        self.resize(720, 620)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox()
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.show_page(key)

    def show_page(self, key: str) -> None:
        path = help_file(key, formatting.language())
        if path is None:
            self.browser.setPlainText(self.tr("There is no help page for this screen yet."))
            return
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))

    @classmethod
    def show_for(cls, parent: QWidget | None, key: str) -> HelpDialog:
        """One help window, reused: F1 again shows the page of the current screen."""
        dialog = cls._open
        if dialog is None or dialog.parent() is not parent:
            dialog = cls(parent, key)
            cls._open = dialog
        else:
            dialog.show_page(key)
        dialog.show()
        dialog.raise_()
        return dialog
