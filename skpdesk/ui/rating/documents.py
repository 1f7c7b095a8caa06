"""The Rating page's "Dokumen" menu: the Evaluasi Kinerja PDF of the plan and period on screen, the
same for a whole unit (a batch with progress and Stop), the unit's ratings as Excel, and the angka
kredit report of a person or a unit (issue 7 items 7–8).

``document_actions(page, ops, current)`` makes the actions; ``current()`` says what the page
shows: (plan id, period code, unit id), each may be None. The page calls
``add_document_actions(page, menu)``, which adds them to its menu and keeps them enabled only
when they have what they need.

Everything is read and written through ``ws.evaluation`` (``services.evaluation``); writing runs off
the GUI thread in a ``Job`` behind a progress dialog with Stop. Refusals are shown in the one error
dialog (``show_error``), in the user's language; a period not rated yet is offered as a worksheet
marked "BELUM DINILAI" (the service refuses it otherwise, see its notes).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain.errors import Cancelled, Code, SkpError
from skpdesk.ui.errors import show_error
from skpdesk.ui.files import ask_folder, ask_save_path, documents_folder
from skpdesk.ui.jobs import Job
from skpdesk.ui.ops import Ops
from skpdesk.ui.progress import RUNNING as _RUNNING  # noqa: F401 - tests wait on it
from skpdesk.ui.progress import run_with_progress

translate = QCoreApplication.translate
Current = Callable[[], tuple[str | None, str | None, str | None]]


def _safe(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_")[:60] or "unit"


# -- the menu -----------------------------------------------------------------------------------------


def document_actions(
    page: QWidget,
    ops: Ops,
    current: Current,
    *,
    year: Callable[[], int | None] | None = None,
) -> list[QAction]:
    """The four actions of the Dokumen menu, in order. ``year()`` (optional) gives the year the
    page lists when no plan is chosen."""
    docs = DocumentActions(page, ops, current, year)
    evaluation = QAction(translate("EvaluationDocuments", "&Evaluation document (PDF)…"), page)
    evaluation.setObjectName("evaluationPdf")
    evaluation.setShortcut(QKeySequence("Ctrl+Shift+E"))
    evaluation.setToolTip(
        translate(
            "EvaluationDocuments",
            "The Evaluasi Kinerja Pegawai of the chosen pegawai and period, with the unit's curve.",
        )
    )
    evaluation.triggered.connect(lambda _checked=False: docs.evaluation_pdf())
    batch = QAction(translate("EvaluationDocuments", "Evaluation documents of a &unit…"), page)
    batch.setObjectName("evaluationBatch")
    batch.triggered.connect(lambda _checked=False: docs.batch_dialog().exec())
    ratings = QAction(translate("EvaluationDocuments", "&Ratings of the unit as Excel…"), page)
    ratings.setObjectName("ratingsExcel")
    ratings.triggered.connect(lambda _checked=False: docs.ratings_excel())
    angka = QAction(translate("EvaluationDocuments", "&Angka kredit report…"), page)
    angka.setObjectName("angkaKredit")
    angka.triggered.connect(lambda _checked=False: docs.angka_kredit_dialog().exec())
    return [evaluation, batch, ratings, angka]


def add_document_actions(page: Any, menu: QMenu) -> list[QAction]:
    """What the Rating page calls: the actions in its Dokumen menu, the single-document one
    enabled only while a plan and period are chosen."""
    actions = document_actions(
        page,
        page.ops,
        lambda: (page.current_plan_id(), page.current_periode(), page.current_unit_id()),
        year=page.current_year,
    )
    menu.addActions(actions)
    page.addActions(actions)  # the shortcut works while the page has focus

    def update() -> None:
        plan_id, periode, _unit = (page.current_plan_id(), page.current_periode(), page.current_unit_id())
        actions[0].setEnabled(bool(plan_id and periode))

    menu.aboutToShow.connect(update)
    return actions


class DocumentActions:
    """What the actions do; each step can be called with its answers (tests, scripts)."""

    def __init__(
        self, page: QWidget, ops: Ops, current: Current, year: Callable[[], int | None] | None
    ) -> None:
        self.page = page
        self.ops = ops
        self.current = current
        self.year = year
        self.job: Job | None = None

    # -- one evaluation document ------------------------------------------------------------------

    def evaluation_pdf(
        self,
        path: str | None = None,
        *,
        worksheet: bool | None = None,
    ) -> Job | None:
        """The Evaluasi Kinerja of the plan and period on screen: read it, ask where to save it
        (``path`` None), write it in a Job. A period not rated yet asks whether to print a
        worksheet (``worksheet`` answers for tests); other refusals are shown."""
        plan_id, periode, _unit = self.current()
        if not plan_id or not periode:
            self._inform(
                translate(
                    "EvaluationDocuments", "Choose a pegawai and an evaluation period in the list first."
                )
            )
            return None
        evaluation = self.ops.ws.evaluation
        try:
            doc = evaluation.evaluation_document(plan_id, periode)
        except SkpError as err:
            if err.code is not Code.EVALUATION_NOT_RATED:
                show_error(self.page, err)
                return None
            if worksheet is None:
                worksheet = self._ask_worksheet(err)
            if not worksheet:
                return None
            try:
                doc = evaluation.evaluation_document(plan_id, periode, allow_unrated=True)
            except SkpError as again:
                show_error(self.page, again)
                return None
        from skpdesk.services.evaluation import evaluation_file_name

        target = path or ask_save_path(
            self.page,
            translate("EvaluationDocuments", "Save the evaluation document"),
            translate("EvaluationDocuments", "PDF documents (*.pdf)"),
            "pdf",
            str(documents_folder() / evaluation_file_name(doc)),
        )
        if not target:
            return None

        def work(_progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            from skpdesk.reports.evaluasi_pdf import EvaluationWriter

            return EvaluationWriter().write(doc, Path(target), cancelled)

        return self._run(work, target)

    def _ask_worksheet(self, err: SkpError) -> bool:
        from skpdesk.messages import message_for

        what, _todo = message_for(err)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("EvaluationDocuments", "Not rated yet"),
            what,
            parent=self.page,
        )
        box.setInformativeText(
            translate(
                "EvaluationDocuments",
                'Print a worksheet instead? Every rating cell reads "BELUM DINILAI" and every page is '
                "marked, so it cannot pass for the signed document.",
            )
        )
        yes = box.addButton(
            translate("EvaluationDocuments", "Print &worksheet"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(translate("EvaluationDocuments", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    # -- the unit's ratings as Excel --------------------------------------------------------------

    def ratings_excel(
        self,
        path: str | None = None,
        *,
        unit_id: str | None = None,
        year: int | None = None,
        periode: str | None = None,
    ) -> Job | None:
        """The ratings of the unit on screen (or the one given) for the period, as Excel. Without a
        unit, year or period, a small dialog asks for them."""
        chosen = self._unit_period(unit_id, year, periode)
        if chosen is None:
            chosen = self.unit_period_dialog(
                translate("EvaluationDocuments", "Ratings of a unit as Excel")
            ).choose()
        if chosen is None:
            return None
        unit, chosen_year, code = chosen
        name = self.unit_name(unit)
        target = path or ask_save_path(
            self.page,
            translate("EvaluationDocuments", "Save the ratings of {unit}").format(unit=name),
            translate("EvaluationDocuments", "Excel workbooks (*.xlsx)"),
            "xlsx",
            str(documents_folder() / f"Penilaian_{_safe(name)}_{chosen_year}_{code}.xlsx"),
        )
        if not target:
            return None
        evaluation = self.ops.ws.evaluation

        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> object:
            return evaluation.write_ratings(unit, chosen_year, code, Path(target))

        return self._run(work, target)

    def _unit_period(
        self, unit_id: str | None, year: int | None, periode: str | None
    ) -> tuple[str, int, str] | None:
        plan_id, current_periode, current_unit = self.current()
        unit_id = unit_id or current_unit
        periode = periode or current_periode
        if year is None:
            year = self._year_of(plan_id)
        if unit_id and year and periode:
            return unit_id, year, periode
        return None

    def _year_of(self, plan_id: str | None) -> int | None:
        if plan_id:
            try:
                return self.ops.ws.evaluation.plan_year(plan_id)
            except SkpError:
                return None
        return self.year() if self.year is not None else None

    # -- dialogs ----------------------------------------------------------------------------------

    def batch_dialog(self) -> BatchEvaluationDialog:
        plan_id, periode, unit_id = self.current()
        return BatchEvaluationDialog(self.page, self.ops, unit_id, self._year_of(plan_id), periode)

    def unit_period_dialog(self, title: str) -> UnitPeriodDialog:
        plan_id, periode, unit_id = self.current()
        return UnitPeriodDialog(self.page, self.ops, title, unit_id, self._year_of(plan_id), periode)

    def angka_kredit_dialog(self) -> AngkaKreditDialog:
        plan_id, _periode, unit_id = self.current()
        return AngkaKreditDialog(self.page, self.ops, plan_id, unit_id, self._year_of(plan_id))

    def unit_name(self, unit_id: str) -> str:
        return unit_name(self.ops, unit_id)

    # -- running ----------------------------------------------------------------------------------

    def _run(
        self, work: Callable[[Callable[[int, int], None], Callable[[], bool]], object], target: str
    ) -> Job:
        self.job = run_job(self.page, work, target)
        return self.job

    def _inform(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("EvaluationDocuments", "Evaluation documents"),
            text,
            parent=self.page,
        )
        box.addButton(translate("EvaluationDocuments", "OK"), QMessageBox.ButtonRole.AcceptRole)
        box.exec()


def unit_name(ops: Ops, unit_id: str | None) -> str:
    if not unit_id:
        return ""
    return next((u.name for u in ops.ws.org.unit_tree() if u.id == unit_id), unit_id)


def run_job(
    parent: QWidget,
    work: Callable[[Callable[[int, int], None], Callable[[], bool]], object],
    target: str,
) -> Job:
    """Run a writer off the GUI thread behind a progress dialog with Stop; refusals go to the
    error dialog; the window's status bar says where the file went."""
    return run_with_progress(
        parent,
        work,
        label=translate("EvaluationDocuments", "Writing {name}…").format(name=Path(target).name),
        stop=translate("EvaluationDocuments", "Stop"),
        minimum_duration=400,
        done=lambda _result: _status(
            parent, translate("EvaluationDocuments", "Saved: {path}").format(path=target)
        ),
        stopped=lambda: _status(parent, translate("EvaluationDocuments", "Stopped; nothing was saved.")),
    )


def _status(widget: QWidget, text: str) -> None:
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 8000)


# -- choosing a unit and a period ---------------------------------------------------------------------


class _UnitYearPeriod:
    """Unit (with "Choose unit…"), plan year and evaluation period of that year: rows of the
    dialog's form."""

    def __init__(
        self,
        parent: QWidget,
        form: QFormLayout,
        ops: Ops,
        unit_id: str | None,
        year: int | None,
        periode: str | None,
    ) -> None:
        self.parent = parent
        self.ops = ops
        self.unit_id = unit_id
        row = QHBoxLayout()
        self.unit_label = QLabel(
            unit_name(ops, unit_id) or translate("EvaluationDocuments", "(choose a unit)")
        )
        self.unit_label.setWordWrap(True)
        row.addWidget(self.unit_label, 1)
        self.choose_button = QPushButton(translate("EvaluationDocuments", "Choose &unit…"))
        self.choose_button.clicked.connect(self.choose_unit)
        row.addWidget(self.choose_button)
        form.addRow(translate("EvaluationDocuments", "Unit"), row)
        self.year = QComboBox()
        self._period_ids: dict[int, str] = {}
        for period_id, plan_year in ops.ws.drafting.periods():
            self._period_ids[plan_year] = period_id
            self.year.addItem(str(plan_year), plan_year)
        if year is not None and self.year.findData(year) >= 0:
            self.year.setCurrentIndex(self.year.findData(year))
        form.addRow(translate("EvaluationDocuments", "&Year"), self.year)
        self.periode = QComboBox()
        form.addRow(translate("EvaluationDocuments", "&Period"), self.periode)
        self.year.currentIndexChanged.connect(lambda _i: self._fill_periods(None))
        self._fill_periods(periode)

    def _fill_periods(self, keep: str | None) -> None:
        from skpdesk.ui.overview.base import periode_label

        keep = keep or (self.periode.currentData() if self.periode.count() else None)
        self.periode.clear()
        year = self.year.currentData()
        period_id = self._period_ids.get(int(year)) if year is not None else None
        if period_id is None:
            return
        for row in self.ops.ws.monitoring.periods(period_id):
            self.periode.addItem(periode_label(row.code), row.code)
        index = self.periode.findData(keep) if keep else -1
        self.periode.setCurrentIndex(index if index >= 0 else self.periode.count() - 1)

    def choose_unit(self) -> None:
        from skpdesk.ui.org.dialogs import UnitPicker

        picker = UnitPicker(
            self.parent, self.ops.ws.org.unit_tree(), translate("EvaluationDocuments", "Unit")
        )
        chosen = picker.chosen_id() if picker.exec() else None
        if chosen:
            self.set_unit(chosen)

    def set_unit(self, unit_id: str) -> None:
        self.unit_id = unit_id
        self.unit_label.setText(unit_name(self.ops, unit_id))

    def values(self) -> tuple[str | None, int | None, str | None]:
        year = self.year.currentData()
        return self.unit_id, int(year) if year is not None else None, self.periode.currentData()


class UnitPeriodDialog(QDialog):
    """Asks for a unit, year and period (the ratings Excel when the page has not chosen them)."""

    def __init__(
        self,
        parent: QWidget,
        ops: Ops,
        title: str,
        unit_id: str | None,
        year: int | None,
        periode: str | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields = _UnitYearPeriod(self, form, ops, unit_id, year, periode)
        layout.addLayout(form)
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        ok = QPushButton(translate("EvaluationDocuments", "&Next…"))
        ok.setProperty("primary", True)
        ok.setDefault(True)
        ok.clicked.connect(self._accept)
        cancel = QPushButton(translate("EvaluationDocuments", "Cancel"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(ok)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)

    def _accept(self) -> None:
        unit, year, periode = self.fields.values()
        if not unit or not year or not periode:
            self.note.setText(translate("EvaluationDocuments", "Choose a unit, a year and a period."))
            return
        self.accept()

    def choose(self) -> tuple[str, int, str] | None:
        if not self.exec():
            return None
        unit, year, periode = self.fields.values()
        return (unit, year, periode) if unit and year and periode else None


# -- a unit's evaluation documents --------------------------------------------------------------------


class BatchEvaluationDialog(QDialog):
    """The Evaluasi Kinerja of every plan of a unit (and the units below it) for one period, as PDF
    files in a folder: written off the GUI thread with progress and Stop; the plans skipped (not
    rated, not ditetapkan, outside the period) are listed with the reason."""

    def __init__(
        self,
        parent: QWidget | None,
        ops: Ops,
        unit_id: str | None,
        year: int | None,
        periode: str | None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("evaluationBatchDialog")
        self.setWindowTitle(translate("EvaluationDocuments", "Evaluation documents of a unit"))
        self.setMinimumWidth(640)
        self.folder = ""
        self._cancel = threading.Event()
        self._job: Job | None = None
        self.result: Any = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.fields = _UnitYearPeriod(self, form, ops, unit_id, year, periode)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel(translate("EvaluationDocuments", "(choose a folder)"))
        self.folder_label.setWordWrap(True)
        folder_row.addWidget(self.folder_label, 1)
        pick = QPushButton(translate("EvaluationDocuments", "Choose &folder…"))
        pick.clicked.connect(self.choose_folder)
        folder_row.addWidget(pick)
        form.addRow(translate("EvaluationDocuments", "Save into"), folder_row)
        self.worksheets = QCheckBox(
            translate(
                "EvaluationDocuments", 'Also print periods not rated yet, marked "BELUM DINILAI" (worksheets)'
            )
        )
        form.addRow("", self.worksheets)
        layout.addLayout(form)
        self.bar = QProgressBar()
        self.bar.setObjectName("evaluationBatchProgress")
        layout.addWidget(self.bar)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.skipped = QPlainTextEdit()
        self.skipped.setObjectName("evaluationSkipped")
        self.skipped.setReadOnly(True)
        self.skipped.setVisible(False)
        self.skipped.setMinimumHeight(120)
        layout.addWidget(self.skipped)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.start_button = QPushButton(translate("EvaluationDocuments", "&Write the PDFs"))
        self.start_button.setProperty("primary", True)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda _checked=False: self.start())
        self.cancel_button = QPushButton(translate("EvaluationDocuments", "&Stop"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._cancel.set)
        self.close_button = QPushButton(translate("EvaluationDocuments", "Close"))
        self.close_button.clicked.connect(self.reject)
        for b in (self.start_button, self.cancel_button, self.close_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)

    def choose_folder(self) -> None:
        folder = ask_folder(self, translate("EvaluationDocuments", "Save into"))
        if folder:
            self.set_folder(folder)

    def set_folder(self, folder: str) -> None:
        self.folder = folder
        self.folder_label.setText(folder)

    def start(self) -> Job | None:
        unit_id, year, periode = self.fields.values()
        if not unit_id or not year or not periode:
            self.status.setText(translate("EvaluationDocuments", "Choose a unit, a year and a period."))
            return None
        if not self.folder:
            self.status.setText(translate("EvaluationDocuments", "Choose the folder to save into first."))
            return None
        self._cancel.clear()
        out = Path(self.folder)
        include = self.worksheets.isChecked()
        evaluation = self.ops.ws.evaluation

        def work() -> object:
            return evaluation.write_evaluations(
                unit_id,
                year,
                periode,
                out,
                include_unrated=include,
                progress=job.signals.progress.emit,
                cancelled=self._cancel.is_set,
            )

        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.close_button.setEnabled(False)
        self.skipped.clear()
        self.skipped.setVisible(False)
        self.bar.setRange(0, 0)
        self.status.setText(translate("EvaluationDocuments", "Reading the plans…"))
        self._job = job = Job(work)
        job.signals.progress.connect(self._step)
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)
        job.start()
        return job

    def _step(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.status.setText(
            translate("EvaluationDocuments", "{done} of {total} plans done…").format(done=done, total=total)
        )

    def _finish(self) -> None:
        self._job = None
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)

    def _done(self, _tag: int, result: object) -> None:
        from skpdesk.messages import message_for

        self._finish()
        self.result = result
        written = list(getattr(result, "written", ()))
        skipped = list(getattr(result, "skipped", ()))
        text = translate("EvaluationDocuments", "{n} PDF files written to {folder}.").format(
            n=len(written), folder=self.folder
        )
        if skipped:
            text += " " + translate("EvaluationDocuments", "{n} plans skipped (listed below).").format(
                n=len(skipped)
            )
            lines = [
                "{nip} {name}: {why}".format(
                    nip=s.nip or "-",
                    name=s.name or s.plan_id,
                    why=message_for(SkpError(s.code, **dict(s.params)))[0],
                )
                for s in skipped
            ]
            self.skipped.setPlainText("\n".join(lines))
            self.skipped.setVisible(True)
        self.status.setText(text)

    def _failed(self, _tag: int, error: object) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            self.status.setText(
                translate(
                    "EvaluationDocuments",
                    "Stopped. The files already written are kept; none is half-written.",
                )
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


# -- angka kredit -------------------------------------------------------------------------------------


class AngkaKreditDialog(QDialog):
    """The angka kredit report (R-AK) of the chosen pegawai or of a unit, for a year, as PDF or
    Excel: read and written off the GUI thread."""

    def __init__(
        self,
        parent: QWidget | None,
        ops: Ops,
        plan_id: str | None,
        unit_id: str | None,
        year: int | None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.plan_id = plan_id
        self.unit_id = unit_id
        self.job: Job | None = None
        self.setObjectName("angkaKreditDialog")
        self.setWindowTitle(translate("EvaluationDocuments", "Angka kredit report"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "EvaluationDocuments",
                "Angka kredit of jabatan fungsional from the final predikat: per period, the year and "
                "the total in the jenjang, against what kenaikan pangkat and kenaikan jenjang need (R-AK).",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.group = QButtonGroup(self)
        owner = ""
        if plan_id:
            try:
                name, nip, _plan_year = ops.ws.evaluation.plan_owner(plan_id)
                owner = f"{name} ({nip})" if nip else name
            except SkpError:
                self.plan_id = None
        self.person = QRadioButton(
            translate("EvaluationDocuments", "&Pegawai: {name}").format(name=owner)
            if owner
            else translate("EvaluationDocuments", "&Pegawai (choose one in the list)")
        )
        self.person.setEnabled(bool(self.plan_id))
        self.unit = QRadioButton(
            translate("EvaluationDocuments", "&Unit: {name}").format(name=unit_name(ops, unit_id) or "-")
        )
        self.group.addButton(self.person)
        self.group.addButton(self.unit)
        (self.person if self.plan_id else self.unit).setChecked(True)
        layout.addWidget(self.person)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit, 1)
        choose = QPushButton(translate("EvaluationDocuments", "Choose u&nit…"))
        choose.clicked.connect(self.choose_unit)
        unit_row.addWidget(choose)
        layout.addLayout(unit_row)
        form = QFormLayout()
        self.year = QComboBox()
        for _period_id, plan_year in ops.ws.drafting.periods():
            self.year.addItem(str(plan_year), plan_year)
        if year is not None and self.year.findData(year) >= 0:
            self.year.setCurrentIndex(self.year.findData(year))
        form.addRow(translate("EvaluationDocuments", "&Year"), self.year)
        self.format = QComboBox()
        self.format.addItem(translate("EvaluationDocuments", "PDF"), "pdf")
        self.format.addItem(translate("EvaluationDocuments", "Excel"), "xlsx")
        form.addRow(translate("EvaluationDocuments", "&Format"), self.format)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(translate("EvaluationDocuments", "&Save…"))
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda _checked=False: self.save())
        close = QPushButton(translate("EvaluationDocuments", "Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def choose_unit(self) -> None:
        from skpdesk.ui.org.dialogs import UnitPicker

        picker = UnitPicker(self, self.ops.ws.org.unit_tree(), translate("EvaluationDocuments", "Unit"))
        chosen = picker.chosen_id() if picker.exec() else None
        if chosen:
            self.set_unit(chosen)

    def set_unit(self, unit_id: str) -> None:
        self.unit_id = unit_id
        self.unit.setText(
            translate("EvaluationDocuments", "&Unit: {name}").format(name=unit_name(self.ops, unit_id))
        )
        self.unit.setChecked(True)

    def save(self, path: str | None = None) -> Job | None:
        """Read the report, ask where (``path`` None), write it; refusals in the error dialog."""
        year = self.year.currentData()
        fmt = str(self.format.currentData())
        per_person = self.person.isChecked() and bool(self.plan_id)
        if not per_person and not self.unit_id:
            self.status.setText(translate("EvaluationDocuments", "Choose a unit first."))
            return None
        if year is None:
            self.status.setText(translate("EvaluationDocuments", "The workspace has no plan year yet."))
            return None
        evaluation = self.ops.ws.evaluation
        nip, plan_year = "", 0
        if per_person:
            name, nip, plan_year = evaluation.plan_owner(str(self.plan_id))
            stem = f"Angka_Kredit_{_safe(name)}_{year}"
        else:
            stem = f"Angka_Kredit_{_safe(unit_name(self.ops, self.unit_id))}_{year}"
        target = path or ask_save_path(
            self,
            translate("EvaluationDocuments", "Save the angka kredit report"),
            translate("EvaluationDocuments", "PDF documents (*.pdf)")
            if fmt == "pdf"
            else translate("EvaluationDocuments", "Excel workbooks (*.xlsx)"),
            fmt,
            str(documents_folder() / f"{stem}.{fmt}"),
        )
        if not target:
            return None
        plan_id, unit_id = self.plan_id, self.unit_id

        def work(_progress: Callable[[int, int], None], _cancelled: Callable[[], bool]) -> object:
            if per_person and nip and int(year) != plan_year:
                report = evaluation.angka_kredit_person(nip, int(year))  # the same pegawai, another year
            elif per_person:
                report = evaluation.angka_kredit_for_plan(str(plan_id))
            else:
                report = evaluation.angka_kredit_unit(str(unit_id), int(year))
            return evaluation.write_angka_kredit(report, Path(target))

        self.job = run_job(self, work, target)
        self.job.signals.done.connect(
            lambda _tag, _result: self.status.setText(
                translate("EvaluationDocuments", "Saved: {path}").format(path=target)
            )
        )
        return self.job
