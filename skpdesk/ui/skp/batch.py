"""Rencana SKP of a whole unit as PDF files: written off the GUI thread, with progress and cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain.errors import Cancelled
from skpdesk.ui.errors import show_error
from skpdesk.ui.files import ask_folder
from skpdesk.ui.jobs import Job
from skpdesk.ui.ops import Ops

translate = QCoreApplication.translate


class BatchPlansDialog(QDialog):
    def __init__(self, parent: QWidget | None, ops: Ops) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(translate("BatchPlans", "Rencana SKP of a unit as PDF"))
        self.setMinimumWidth(620)
        self.unit_id: str | None = None
        self.folder = ""
        self._cancel = threading.Event()
        self._job: Job | None = None
        self.written: list[Path] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        unit_row = QHBoxLayout()
        self.unit_label = QLabel(translate("BatchPlans", "The whole instansi (your scope)"))
        self.unit_label.setWordWrap(True)
        unit_row.addWidget(self.unit_label, 1)
        choose = QPushButton(translate("BatchPlans", "Choose unit…"))
        choose.clicked.connect(self.choose_unit)
        unit_row.addWidget(choose)
        form.addRow(translate("BatchPlans", "Unit"), unit_row)
        self.year = QComboBox()
        for _period_id, year in ops.ws.drafting.periods():
            self.year.addItem(str(year), year)
        form.addRow(translate("BatchPlans", "Year"), self.year)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel(translate("BatchPlans", "(choose a folder)"))
        self.folder_label.setWordWrap(True)
        folder_row.addWidget(self.folder_label, 1)
        pick = QPushButton(translate("BatchPlans", "Choose folder…"))
        pick.clicked.connect(self.choose_folder)
        folder_row.addWidget(pick)
        form.addRow(translate("BatchPlans", "Save into"), folder_row)
        layout.addLayout(form)
        self.bar = QProgressBar()
        self.bar.setObjectName("batchProgress")
        layout.addWidget(self.bar)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start_button = QPushButton(translate("BatchPlans", "Write the PDFs"))
        self.start_button.setProperty("primary", True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(translate("BatchPlans", "&Stop"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._cancel.set)
        self.close_button = QPushButton(translate("BatchPlans", "Close"))
        self.close_button.clicked.connect(self.reject)
        for b in (self.start_button, self.cancel_button, self.close_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)

    def choose_unit(self) -> None:
        from skpdesk.ui.org.dialogs import UnitPicker

        picker = UnitPicker(self, self.ops.ws.org.unit_tree(), translate("BatchPlans", "Unit"))
        chosen = picker.chosen_id() if picker.exec() else None
        if chosen:
            self.unit_id = chosen
            self.unit_label.setText(
                next((u.name for u in self.ops.ws.org.unit_tree() if u.id == chosen), chosen)
            )

    def choose_folder(self) -> None:
        folder = ask_folder(self, translate("BatchPlans", "Save into"))
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        self.folder = folder
        self.folder_label.setText(folder)

    def start(self) -> None:
        if not self.folder:
            self.status.setText(translate("BatchPlans", "Choose the folder to save into first."))
            return
        year = int(self.year.currentData() or 0)
        documents = self.ops.ws.documents
        plan_ids = documents.plan_ids(self.unit_id, year)
        if not plan_ids:
            self.status.setText(translate("BatchPlans", "No plans of {year} in this unit.").format(year=year))
            return
        self._cancel.clear()
        out = Path(self.folder)

        def work() -> object:  # a large batch is written by worker processes (write_plans)
            return documents.write_plans(
                plan_ids, out, progress=job.signals.progress.emit, cancelled=self._cancel.is_set
            )

        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.close_button.setEnabled(False)
        self.bar.setRange(0, len(plan_ids))
        self._job = job = Job(work)
        job.signals.progress.connect(self._step)
        self._job.signals.done.connect(self._done)
        self._job.signals.failed.connect(self._failed)
        self._job.start()

    def _step(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.status.setText(
            translate("BatchPlans", "{done} of {total} written…").format(done=done, total=total)
        )

    def _finish(self) -> None:
        self._job = None
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)

    def _done(self, _tag: int, result: object) -> None:
        self._finish()
        self.written = list(result) if isinstance(result, list) else []
        self.status.setText(
            translate("BatchPlans", "{n} PDF files written to {folder}.").format(
                n=len(self.written), folder=self.folder
            )
        )

    def _failed(self, _tag: int, error: object) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            self.status.setText(
                translate("BatchPlans", "Stopped. The files already written are kept; none is half-written.")
            )
            return
        self.status.setText("")
        show_error(self, error if isinstance(error, BaseException) else RuntimeError(str(error)))

    def running(self) -> bool:
        return self._job is not None

    def reject(self) -> None:
        if self.running():  # Escape while writing stops first; the dialog closes when it has
            self._cancel.set()
            return
        super().reject()
