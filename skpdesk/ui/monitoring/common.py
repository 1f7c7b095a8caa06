"""What the Pemantauan screen's parts share: numbers and targets as people read them, media type
words, and the small dialogs (choose files, type a reason) with our words on their buttons (Qt
ships no Indonesian catalogue of its own)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from skpdesk import formatting
from skpdesk.services.monitoring import IndicatorProgressRow
from skpdesk.ui.files import documents_folder, label_file_dialog

translate = QCoreApplication.translate


def number_text(stored: str) -> str:
    """A stored decimal ("1234.5") as the UI language writes it ("1.234,5")."""
    if not stored:
        return ""
    try:
        return formatting.format_number(Decimal(stored))
    except (InvalidOperation, ValueError):
        return stored


def short_date(value: dt.date | None) -> str:
    """1 Jan 2026, 17 Agu 2026 (the month's first three letters, in the UI language)."""
    if value is None:
        return ""
    return f"{value.day} {formatting.month_name(value.month)[:3]} {value.year}"


def edit_number(stored: str) -> str:
    """A stored decimal as typed again: no thousands separator, the decimal comma in Indonesian
    (and wherever a dot would read as thousands: "1.234" is one thousand two hundred thirty-four)."""
    if not stored:
        return ""
    if formatting.language() == "id" or re.fullmatch(r"[+-]?\d{1,3}\.\d{3}", stored):
        return stored.replace(".", ",")
    return stored


def target_text(indicator: IndicatorProgressRow) -> str:
    """12 dokumen, 80–90 %, ≤ 5 hari (R-IKI: a target is a number with its unit, or a range)."""
    value = number_text(indicator.target_value)
    if indicator.target_max:
        value = f"{value}–{number_text(indicator.target_max)}"
    if value and indicator.lower_is_better:
        value = f"≤ {value}"
    return f"{value} {indicator.target_unit}".strip()


def media_label(media_type: str, file_name: str) -> str:
    """A short word for a file's type: PDF, Gambar JPEG, Excel, Word, ..."""
    kind = media_type.lower()
    suffix = Path(file_name).suffix.lstrip(".").upper()
    if kind == "application/pdf":
        return "PDF"
    if kind.startswith("image/"):
        return kind[6:].upper().replace("SVG+XML", "SVG")  # JPEG, PNG, ...
    if "spreadsheet" in kind or "excel" in kind:
        return "Excel"
    if "wordprocessing" in kind or kind == "application/msword":
        return "Word"
    if "presentation" in kind or "powerpoint" in kind:
        return "PowerPoint"
    if kind == "text/csv":
        return "CSV"
    if kind.startswith("text/"):
        return translate("MonitoringFiles", "Text")
    if kind.startswith("video/"):
        return translate("MonitoringFiles", "Video")
    if kind.startswith("audio/"):
        return translate("MonitoringFiles", "Audio")
    if "zip" in kind or "compressed" in kind:
        return translate("MonitoringFiles", "Archive {kind}").format(kind=suffix or "ZIP")
    return suffix or translate("MonitoringFiles", "File")


def ask_open_files(
    parent: QWidget | None, title: str, name_filter: str, *, multiple: bool = True, folder: str = ""
) -> list[str]:
    """Files to open (empty: cancelled), in Qt's own dialog with our words on its buttons."""
    dialog = QFileDialog(parent, title, folder or str(documents_folder()))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles if multiple else QFileDialog.FileMode.ExistingFile)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setNameFilter(name_filter)
    label_file_dialog(dialog, translate("MonitoringFiles", "Open"))
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    return list(dialog.selectedFiles())


class TextDialog(QDialog):
    """A question with one line to type (a reason, a text); OK stays off while a required line is
    empty."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        prompt: str,
        *,
        text: str = "",
        accept: str = "",
        required: bool = False,
        placeholder: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.required = required
        layout = QVBoxLayout(self)
        question = QLabel(prompt)
        question.setWordWrap(True)
        layout.addWidget(question)
        self.line = QLineEdit(text)
        self.line.setPlaceholderText(placeholder)
        question.setBuddy(self.line)
        layout.addWidget(self.line)
        buttons = QDialogButtonBox()
        self.ok = QPushButton(accept or translate("MonitoringFiles", "OK"))
        self.ok.setDefault(True)
        self.ok.setProperty("primary", True)
        cancel = QPushButton(translate("Files", "Cancel"))
        buttons.addButton(self.ok, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.line.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok.setEnabled(not self.required or bool(self.line.text().strip()))

    def value(self) -> str:
        return self.line.text().strip()


def ask_text(
    parent: QWidget | None,
    title: str,
    prompt: str,
    *,
    text: str = "",
    accept: str = "",
    required: bool = False,
    placeholder: str = "",
) -> str | None:
    """The typed line, or None when cancelled (tests replace this function)."""
    dialog = TextDialog(
        parent, title, prompt, text=text, accept=accept, required=required, placeholder=placeholder
    )
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value()


class ElidedLabel(QLabel):
    """One line of text cut with "…" to the label's width; the whole text in its tooltip."""

    def __init__(self, text: str = "") -> None:
        super().__init__()
        self._full = ""
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text if text else "")
        self._elide()

    def full_text(self) -> str:
        return self._full

    def _elide(self) -> None:
        width = max(self.width(), 40)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()
