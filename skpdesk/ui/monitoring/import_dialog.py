"""Importing the e-Kinerja daily-progress sheet (shared/data/README.md, "e-Kinerja daily progress
sheet"): choose the .xlsx, see what would be written and which rows are skipped and why, then
write it in one transaction. Reading and matching run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skpdesk import formatting
from skpdesk.domain.errors import SkpError
from skpdesk.domain.monitoring import SkipReason
from skpdesk.messages import message_for
from skpdesk.services.monitoring import ImportReport
from skpdesk.ui.errors import show_error
from skpdesk.ui.jobs import Job
from skpdesk.ui.monitoring import common
from skpdesk.ui.monitoring.common import number_text
from skpdesk.ui.ops import Ops
from skpdesk.ui.overview.base import periode_label

translate = QCoreApplication.translate


def skip_reason_label(reason: SkipReason) -> str:
    words = {
        SkipReason.EMPTY: translate("MonitoringImport", "empty row"),
        SkipReason.BAD_DATE: translate("MonitoringImport", "the Tanggal is not a date"),
        SkipReason.NO_NIP: translate("MonitoringImport", "no NIP in the row"),
        SkipReason.UNKNOWN_NIP: translate("MonitoringImport", "the NIP is not an employee of this workspace"),
        SkipReason.NO_PLAN: translate("MonitoringImport", "no plan covers the date"),
        SkipReason.NOT_DITETAPKAN: translate("MonitoringImport", "the plan is not ditetapkan yet"),
        SkipReason.NO_MATCH: translate("MonitoringImport", "names no RHK, IKI or rencana aksi of the plan"),
        SkipReason.AMBIGUOUS: translate("MonitoringImport", "fits several RHK or IKI"),
        SkipReason.BAD_REALISASI: translate("MonitoringImport", "the Realisasi is not a number"),
        SkipReason.NO_REALISASI: translate("MonitoringImport", "no Realisasi (kuantitatif plan)"),
        SkipReason.MIXED_UNITS: translate("MonitoringImport", "rows of one IKI give different Satuan"),
        SkipReason.NO_UNIT: translate("MonitoringImport", "no Satuan, and the IKI has no unit"),
        SkipReason.PERIOD_LOCKED: translate("MonitoringImport", "the period is locked"),
        SkipReason.NOT_ALLOWED: translate("MonitoringImport", "you may not record this plan's progress"),
    }
    return words.get(reason, str(reason))


def _table(headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        header.setSectionResizeMode(
            column,
            QHeaderView.ResizeMode.Stretch if column == stretch else QHeaderView.ResizeMode.ResizeToContents,
        )
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if len(value) > 40:
                item.setToolTip(value)
            table.setItem(r, c, item)


class ImportDialog(QDialog):
    """Choose → preview → Import. ``report`` is the last preview; ``applied`` says it was written."""

    def __init__(self, ops: Ops, parent: QWidget | None = None, *, nip: str = "", path: str = "") -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import progress from e-Kinerja"))
        self.resize(980, 620)
        self.report: ImportReport | None = None
        self.applied = False
        self._tag = 0
        self._job: Job | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The daily-progress sheet of e-Kinerja (.xlsx): Rencana Aksi, Tanggal, Jam Mulai, Jam "
                "Selesai, Kegiatan Harian, Realisasi, Satuan, Bukti Dukung. Each row's Rencana Aksi is "
                "matched to an IKI, a rencana aksi or an RHK of the plan; its Tanggal chooses the period. "
                "The day's Realisasi of one IKI and period are added up and replace what is recorded."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        file_row = QHBoxLayout()
        self.path = QLineEdit(path)
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("Choose the .xlsx file"))
        self.path.returnPressed.connect(self.preview)
        choose = QPushButton(self.tr("&Choose file…"))
        choose.clicked.connect(self.choose_file)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, file_row)
        self.nip = QLineEdit(nip)
        self.nip.setObjectName("importNip")
        self.nip.setToolTip(
            self.tr(
                "Whose rows these are when the sheet has no NIP column and no NIP above its header "
                "(empty: yours)"
            )
        )
        nip_row = QHBoxLayout()
        nip_row.addWidget(self.nip)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self.preview)
        nip_row.addWidget(self.preview_button)
        nip_row.addStretch(1)
        nip_label = QLabel(self.tr("&NIP:"))
        nip_label.setBuddy(self.nip)
        form.addRow(nip_label, nip_row)
        layout.addLayout(form)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.items = _table(
            [
                self.tr("Employee"),
                self.tr("Period"),
                self.tr("IKI / RHK"),
                self.tr("Realisasi"),
                self.tr("Rows"),
                self.tr("Replaces"),
            ],
            2,
        )
        self.items.setObjectName("importItems")
        self.skipped = _table(
            [self.tr("Row"), self.tr("Rencana Aksi"), self.tr("Tanggal"), self.tr("Why"), self.tr("Detail")],
            1,
        )
        self.skipped.setObjectName("importSkipped")
        self.tabs.addTab(self.items, self.tr("To be recorded"))
        self.tabs.addTab(self.skipped, self.tr("Skipped"))
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox()
        self.apply_button = QPushButton(self.tr("&Import"))
        self.apply_button.setObjectName("importApply")
        self.apply_button.setProperty("primary", True)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton(self.tr("Close"))
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.summary.setText(self.tr("Choose a file to see what it holds; nothing is written before Import."))

    # -- preview ---------------------------------------------------------------------------------

    def choose_file(self) -> None:
        paths = common.ask_open_files(
            self,
            self.tr("e-Kinerja daily-progress sheet"),
            self.tr("Excel workbooks (*.xlsx)"),
            multiple=False,
            folder=str(Path(self.path.text()).parent) if self.path.text().strip() else "",
        )
        if paths:
            self.path.setText(paths[0])
            self.preview()

    def preview(self) -> bool:
        """Read and match the sheet off the GUI thread (False: no file given)."""
        path = self.path.text().strip()
        if not path:
            self.summary.setText(self.tr("Choose the .xlsx file first."))
            return False
        self._tag += 1
        self.report = None
        self.apply_button.setEnabled(False)
        self.busy.show()
        self.summary.setText(self.tr("Reading {name}…").format(name=_escape(Path(path).name)))
        _fill(self.items, [])
        _fill(self.skipped, [])
        monitoring = self.ops.ws.monitoring
        nip = self.nip.text().strip() or None
        job = Job(lambda: monitoring.preview_import(path, nip=nip), self._tag)
        job.signals.done.connect(self._previewed)
        job.signals.failed.connect(self._failed)
        self._job = job
        job.start()
        return True

    def reading(self) -> bool:
        return self._job is not None

    def _failed(self, tag: int, exc: object) -> None:
        if tag != self._tag:
            return
        self._job = None
        self.busy.hide()
        if isinstance(exc, SkpError):
            what, todo = message_for(exc)
            self.summary.setText(f"<b>{_escape(what)}</b><br>{_escape(todo)}")
        else:
            self.summary.setText("")
            if isinstance(exc, BaseException):
                show_error(self, exc)

    def _previewed(self, tag: int, report: object) -> None:
        if tag != self._tag or not isinstance(report, ImportReport):
            return
        self._job = None
        self.busy.hide()
        self.report = report
        count = formatting.format_count
        self.summary.setText(
            self.tr(
                "{file}, sheet {sheet}: {rows} rows. {matched} rows give {items} realisasi to record; "
                "{skipped} rows are skipped."
            ).format(
                file=_escape(report.file_name),
                sheet=_escape(report.sheet),
                rows=count(report.data_rows),
                matched=count(report.matched_rows),
                items=count(len(report.items)),
                skipped=count(len(report.skipped)),
            )
        )
        _fill(
            self.items,
            [
                [
                    item.employee_name,
                    periode_label(item.periode),
                    item.target_text,
                    (f"{number_text(item.realisasi)} {item.unit}".strip() if item.realisasi else item.text),
                    ", ".join(str(r) for r in item.rows),
                    item.replaces,
                ]
                for item in report.items
            ],
        )
        _fill(
            self.skipped,
            [
                [str(row.row), row.text, row.tanggal, skip_reason_label(row.reason), row.detail]
                for row in report.skipped
            ],
        )
        self.tabs.setTabText(0, self.tr("To be recorded ({n})").format(n=count(len(report.items))))
        self.tabs.setTabText(1, self.tr("Skipped ({n})").format(n=count(len(report.skipped))))
        if not report.items and report.skipped:
            self.tabs.setCurrentIndex(1)
        self.apply_button.setEnabled(bool(report.items))

    # -- apply -----------------------------------------------------------------------------------

    def apply(self) -> bool:
        """Write the previewed rows in one transaction (everything is checked again)."""
        if self.report is None or not self.report.items:
            return False
        if self.ops.run(self.ops.ws.monitoring.apply_import, self.report) is None:
            return False
        self.applied = True
        # STYLE.md 5: an import rewrote values older undo steps refer to
        self.ops.undo_stack.clear()
        self.accept()
        return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
