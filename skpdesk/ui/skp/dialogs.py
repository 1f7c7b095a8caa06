"""Dialogs of the SKP area: a new plan, a line of text, the reviu checklist, the return notes,
the differences since penetapan, and the Rencana SKP PDF."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain.errors import SkpError
from skpdesk.domain.plan import DraftingGuide, Pendekatan, PlanSnapshot
from skpdesk.services.drafting import DiffRow, DraftingService, FieldNote, Judgement, PlanHeader
from skpdesk.ui.ops import Ops

translate = QCoreApplication.translate


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox()
    ok = QPushButton(ok_text)
    ok.setProperty("primary", True)
    ok.setDefault(True)
    box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(QPushButton(translate("SkpDialogs", "Cancel")), QDialogButtonBox.ButtonRole.RejectRole)
    box.rejected.connect(dialog.reject)
    return box, ok


def _banner() -> QLabel:
    label = QLabel()
    label.setObjectName("dialogError")
    label.setWordWrap(True)
    label.setStyleSheet("color:#b3261e;")
    label.setVisible(False)
    return label


def _show(label: QLabel, err: SkpError) -> None:
    from skpdesk.ui.org.dialogs import refusal_words

    what, todo = refusal_words(err)
    label.setText(f"<b>{html.escape(what)}</b><br>{html.escape(todo)}")
    label.setVisible(True)


class TextDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, prompt: str, text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.edit = QPlainTextEdit(text)
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(90)
        layout.addWidget(self.edit)
        box, _ok = _buttons(self, translate("SkpDialogs", "OK"))
        box.accepted.connect(self.accept)
        layout.addWidget(box)

    def text(self) -> str:
        return self.edit.toPlainText().strip()


def ask_text(parent: QWidget | None, title: str, prompt: str, text: str = "") -> str:
    dialog = TextDialog(parent, title, prompt, text)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else ""


class NewPlanDialog(QDialog):
    """Start a plan: for whom, which year, pendekatan and drafting path, and where from."""

    def __init__(self, parent: QWidget | None, ops: Ops, employee_id: str, employee_name: str) -> None:
        super().__init__(parent)
        self.ops = ops
        self.employee_id = employee_id
        self.plan_id = ""
        self.setWindowTitle(translate("SkpDialogs", "New SKP for {name}").format(name=employee_name))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.period = QComboBox()
        self.period.setObjectName("period")
        for period_id, year in ops.ws.drafting.periods():
            self.period.addItem(str(year), period_id)
        current = ops.ws.access.today().year
        index = self.period.findText(str(current + 1 if ops.ws.access.today().month >= 10 else current))
        self.period.setCurrentIndex(max(index, self.period.findText(str(current)), 0))
        form.addRow(translate("SkpDialogs", "Year"), self.period)
        self.pendekatan = QComboBox()
        self.pendekatan.addItem(
            translate("SkpDialogs", "Kuantitatif (IKI with numeric targets)"), Pendekatan.KUANTITATIF.value
        )
        self.pendekatan.addItem(
            translate("SkpDialogs", "Kualitatif (ukuran keberhasilan in words)"), Pendekatan.KUALITATIF.value
        )
        form.addRow(translate("SkpDialogs", "Pendekatan"), self.pendekatan)
        self.guide = QComboBox()
        self.guide.addItem(
            translate("SkpDialogs", "Model dasar (first SKP, fewer stages)"), DraftingGuide.DASAR.value
        )
        self.guide.addItem(
            translate("SkpDialogs", "Model pengembangan (levels and monitoring too)"),
            DraftingGuide.PENGEMBANGAN.value,
        )
        form.addRow(translate("SkpDialogs", "Drafting path"), self.guide)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("SkpDialogs", "Start from:")))
        self.group = QButtonGroup(self)
        self.options: dict[str, QRadioButton] = {}
        for key, text in (
            ("empty", translate("SkpDialogs", "An empty plan")),
            (
                "atasan",
                translate("SkpDialogs", "The atasan's results (one RHK per atasan RHK utama: the MPH row)"),
            ),
            ("last-year", translate("SkpDialogs", "Last year's plan of this person")),
            ("colleague", translate("SkpDialogs", "A colleague's plan in the same jabatan")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"start-{key}")
            self.group.addButton(button)
            self.options[key] = button
            layout.addWidget(button)
        self.options["empty"].setChecked(True)
        self.colleague = QComboBox()
        self.colleague.setObjectName("colleague")
        layout.addWidget(self.colleague)
        self.error = _banner()
        layout.addWidget(self.error)
        box, self.ok = _buttons(self, translate("SkpDialogs", "Create the plan"))
        box.accepted.connect(self.create_plan)
        layout.addWidget(box)
        self.period.currentIndexChanged.connect(lambda _i: self._sources())
        self._sources()

    def _sources(self) -> None:
        period_id = self.period.currentData()
        self.colleague.clear()
        if not period_id:
            return
        sources = self.ops.ws.drafting.reuse_sources(self.employee_id, period_id)
        for row in sources.colleague_plans:
            self.colleague.addItem(f"{row.name} — {row.unit} ({row.results} RHK)", row.id)
        self.options["colleague"].setEnabled(bool(sources.colleague_plans))
        self.colleague.setEnabled(bool(sources.colleague_plans))
        self.options["last-year"].setEnabled(sources.last_year_plan_id is not None)
        self.options["atasan"].setEnabled(sources.atasan_plan_id is not None)
        for key in ("colleague", "last-year", "atasan"):
            if not self.options[key].isEnabled() and self.options[key].isChecked():
                self.options["empty"].setChecked(True)

    def start_from(self) -> str:
        return next(k for k, b in self.options.items() if b.isChecked())

    def create_plan(self) -> None:
        start = self.start_from()
        try:
            plan_id, changes = self.ops.ws.drafting.create_plan(
                self.employee_id,
                self.period.currentData() or "",
                pendekatan=self.pendekatan.currentData(),
                guide=self.guide.currentData(),
                start_from=start,
                source_plan_id=self.colleague.currentData() if start == "colleague" else None,
            )
        except SkpError as err:
            _show(self.error, err)
            return
        self.ops.changed.emit(changes)
        self.plan_id = plan_id
        self.accept()


class ReviewDialog(QDialog):
    """The pengelola kinerja's reviu (R-REVIU): computed rows shown decided, judged rows asked."""

    def __init__(self, parent: QWidget | None, service: DraftingService, plan_id: str) -> None:
        super().__init__(parent)
        from skpdesk.ui.skp import coach_text

        self.service = service
        self.plan_id = plan_id
        self.setWindowTitle(translate("SkpDialogs", "Reviu of the plan"))
        self.setMinimumSize(860, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "SkpDialogs",
                "Rows the app can decide are filled in. Judge the others: choose Yes or No and add a note "
                "where it helps the employee. A plan that fails a row may still be passed, "
                "or returned with notes.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.rows = service.checklist(plan_id)
        self.table = QTableWidget(len(self.rows), 4)
        self.table.setObjectName("reviewTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("SkpDialogs", "Check"),
                translate("SkpDialogs", "What is checked"),
                translate("SkpDialogs", "Result"),
                translate("SkpDialogs", "Note"),
            ]
        )
        self.answers: dict[str, QComboBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        for n, row in enumerate(self.rows):
            self.table.setItem(n, 0, QTableWidgetItem(row.id))
            what = QTableWidgetItem(coach_text.check_title(row.id) + "\n" + coach_text.check_detail(row))
            what.setToolTip(coach_text.check_explanation(row.id))
            self.table.setItem(n, 1, what)
            if row.computed:
                text = translate("SkpDialogs", "Yes") if row.passed else translate("SkpDialogs", "No")
                item = QTableWidgetItem(text + " " + translate("SkpDialogs", "(computed)"))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(n, 2, item)
            else:
                combo = QComboBox()
                combo.addItem(translate("SkpDialogs", "(judge)"), None)
                combo.addItem(translate("SkpDialogs", "Yes"), True)
                combo.addItem(translate("SkpDialogs", "No"), False)
                self.answers[row.id] = combo
                self.table.setCellWidget(n, 2, combo)
            note = QLineEdit()
            self.notes[row.id] = note
            self.table.setCellWidget(n, 3, note)
        self.table.resizeRowsToContents()
        self.table.setColumnWidth(1, 430)
        self.table.setColumnWidth(2, 130)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.general = QLineEdit()
        self.general.setPlaceholderText(translate("SkpDialogs", "A note on the whole plan (optional)"))
        layout.addWidget(self.general)
        self.error = _banner()
        layout.addWidget(self.error)
        box, _ok = _buttons(self, translate("SkpDialogs", "Mark as reviewed"))
        box.accepted.connect(self.save)
        layout.addWidget(box)

    def judgements(self) -> list[Judgement]:
        out = []
        for check_id, combo in self.answers.items():
            value = combo.currentData()
            if value is not None:
                out.append(Judgement(check_id, bool(value), self.notes[check_id].text()))
        return out

    def save(self) -> None:
        ops = getattr(self.parent(), "ops", None)
        try:
            if ops is not None:
                ops.attempt(self.service.review, self.plan_id, self.judgements(), self.general.text())
            else:
                self.service.review(self.plan_id, self.judgements(), self.general.text())
        except SkpError as err:
            _show(self.error, err)
            return
        self.accept()


class ReturnDialog(QDialog):
    """Dikembalikan: notes on the plan or on single RHK, shown to the pegawai on those fields."""

    def __init__(
        self, parent: QWidget | None, service: DraftingService, plan_id: str, snap: PlanSnapshot
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.plan_id = plan_id
        self.setWindowTitle(translate("SkpDialogs", "Return the plan with notes"))
        self.setMinimumSize(760, 480)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate("SkpDialogs", "Write a note where something must change; leave the others empty.")
            )
        )
        self.general = QPlainTextEdit()
        self.general.setPlaceholderText(translate("SkpDialogs", "Note on the plan as a whole"))
        self.general.setFixedHeight(60)
        layout.addWidget(self.general)
        self.table = QTableWidget(len(snap.results), 2)
        self.table.setObjectName("returnTable")
        self.table.setHorizontalHeaderLabels(
            [translate("SkpDialogs", "RHK"), translate("SkpDialogs", "Note")]
        )
        self.result_ids = []
        for n, r in enumerate(snap.results):
            item = QTableWidgetItem(r.text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(n, 0, item)
            self.table.setItem(n, 1, QTableWidgetItem(""))
            self.result_ids.append(r.id)
        self.table.setColumnWidth(0, 400)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.error = _banner()
        layout.addWidget(self.error)
        box, _ok = _buttons(self, translate("SkpDialogs", "Return to the employee"))
        box.accepted.connect(self.save)
        layout.addWidget(box)

    def field_notes(self) -> list[FieldNote]:
        notes = []
        if self.general.toPlainText().strip():
            notes.append(FieldNote(self.general.toPlainText()))
        for n, rid in enumerate(self.result_ids):
            item = self.table.item(n, 1)
            if item is not None and item.text().strip():
                notes.append(FieldNote(item.text(), result_id=rid, field="text"))
        return notes

    def save(self) -> None:
        ops = getattr(self.parent(), "ops", None)
        try:
            if ops is not None:
                ops.attempt(self.service.return_plan, self.plan_id, self.field_notes())
            else:
                self.service.return_plan(self.plan_id, self.field_notes())
        except SkpError as err:
            _show(self.error, err)
            return
        self.accept()


class DiffDialog(QDialog):
    """What changed since penetapan (from the op log)."""

    def __init__(self, parent: QWidget | None, rows: list[DiffRow]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SkpDialogs", "Changes since approval"))
        self.setMinimumSize(820, 420)
        layout = QVBoxLayout(self)
        words = {
            "added": translate("SkpDialogs", "added"),
            "removed": translate("SkpDialogs", "removed"),
            "changed": translate("SkpDialogs", "changed"),
        }
        what = {
            "result": translate("SkpDialogs", "RHK"),
            "indicator": translate("SkpDialogs", "IKI"),
            "perilaku": translate("SkpDialogs", "Perilaku"),
            "lampiran": translate("SkpDialogs", "Lampiran"),
        }
        table = QTableWidget(len(rows), 5)
        table.setObjectName("diffTable")
        table.setHorizontalHeaderLabels(
            [
                translate("SkpDialogs", "Part"),
                translate("SkpDialogs", "Item"),
                translate("SkpDialogs", "Change"),
                translate("SkpDialogs", "Before"),
                translate("SkpDialogs", "Now"),
            ]
        )
        for n, row in enumerate(rows):
            values = [
                what.get(row.what, row.what),
                row.label,
                words.get(row.change, row.change),
                row.before,
                row.after,
            ]
            for c, value in enumerate(values):
                table.setItem(n, c, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table, 1)
        if not rows:
            layout.addWidget(QLabel(translate("SkpDialogs", "No differences.")))
        close = QHBoxLayout()
        close.addStretch(1)
        button = QPushButton(translate("SkpDialogs", "Close"))
        button.clicked.connect(self.accept)
        close.addWidget(button)
        layout.addLayout(close)


def export_plan_pdf(parent: QWidget, ops: Ops, plan_id: str, header: PlanHeader) -> str:
    """Ask where, then write the Rencana SKP PDF (one plan takes well under a second)."""
    from skpdesk.ui.errors import show_error
    from skpdesk.ui.files import ask_save_path, documents_folder

    suggested = str(documents_folder() / f"SKP-{header.year}-{header.nip}.pdf")
    path = ask_save_path(
        parent,
        translate("SkpDialogs", "Save the Rencana SKP"),
        translate("SkpDialogs", "PDF document (*.pdf)"),
        "pdf",
        suggested,
    )
    if not path:
        return ""
    try:
        from pathlib import Path

        from skpdesk.reports.rencana_pdf import render_plan

        document = ops.ws.documents.plan_document(plan_id)
        render_plan(document, Path(path))
    except SkpError as err:
        show_error(parent, err)
        return ""
    return path
