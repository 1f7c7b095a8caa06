"""Choosing where to save a document: Qt's own file dialog with our words on its buttons (Qt ships
no Indonesian catalogue of its own), and our question before replacing a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

translate = QCoreApplication.translate


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def confirm_replace(parent: QWidget | None, path: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Files", "Replace the file?"),
        translate("Files", "{path} exists already. Replace it?").format(path=path),
        parent=parent,
    )
    replace = box.addButton(translate("Files", "Replace"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Files", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is replace


def ask_save_path(parent: QWidget | None, title: str, name_filter: str, suffix: str, suggested: str) -> str:
    """Where to save (empty: cancelled)."""
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)  # asked below, in our words
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(suggested)
    for text, role in (
        (translate("Files", "Save"), QFileDialog.DialogLabel.Accept),
        (translate("Files", "Cancel"), QFileDialog.DialogLabel.Reject),
        (translate("Files", "File name:"), QFileDialog.DialogLabel.FileName),
        (translate("Files", "File type:"), QFileDialog.DialogLabel.FileType),
        (translate("Files", "Look in:"), QFileDialog.DialogLabel.LookIn),
    ):
        dialog.setLabelText(role, text)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    path = dialog.selectedFiles()[0]
    if Path(path).exists() and not confirm_replace(parent, path):
        return ""
    return path
