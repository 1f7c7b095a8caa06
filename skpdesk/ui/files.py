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


def label_file_dialog(dialog: QFileDialog, accept: str, *, file_name: str = "") -> None:
    """Our words on Qt's own file dialog (Qt ships no Indonesian catalogue of its own)."""
    for text, role in (
        (accept, QFileDialog.DialogLabel.Accept),
        (translate("Files", "Cancel"), QFileDialog.DialogLabel.Reject),
        (file_name or translate("Files", "File name:"), QFileDialog.DialogLabel.FileName),
        (translate("Files", "File type:"), QFileDialog.DialogLabel.FileType),
        (translate("Files", "Look in:"), QFileDialog.DialogLabel.LookIn),
    ):
        dialog.setLabelText(role, text)


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
    label_file_dialog(dialog, translate("Files", "Save"))
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    path = dialog.selectedFiles()[0]
    if Path(path).exists() and not confirm_replace(parent, path):
        return ""
    return path


def ask_folder(parent: QWidget | None, title: str) -> str:
    """A folder to save into (empty: cancelled), with our words on the dialog's buttons."""
    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    label_file_dialog(dialog, translate("Files", "Choose"), file_name=translate("Files", "Folder:"))
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]
