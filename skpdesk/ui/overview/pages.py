"""The overview screens of SKP, Cascading, Pegawai Berprestasi, Sinkronisasi and Laporan: what each
will hold, and what works in it today."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QFormLayout, QMessageBox

from skpdesk import formatting
from skpdesk.services.overview import INSTANSI, OWN, TEAM, UNIT, MyPlan, Scope
from skpdesk.ui.errors import show_error
from skpdesk.ui.jobs import Job
from skpdesk.ui.ops import Ops
from skpdesk.ui.overview.base import (
    Banner,
    Note,
    OverviewPage,
    button,
    fill_table,
    fit_rows,
    format_size,
    label,
    make_table,
    plan_status_label,
)
from skpdesk.ui.overview.plan_results_dialog import LINKS, RESULTS, PlanResultsDialog

log = logging.getLogger(__name__)


def _plan_for_year(plans: list[MyPlan], year: int | None) -> MyPlan | None:
    """The acting person's plan of ``year`` (the newest when none is for that year)."""
    return next((p for p in plans if p.year == year), plans[0] if plans else None)


# -- SKP --------------------------------------------------------------------------------------------


class SkpOverviewPage(OverviewPage):
    key = "skp"

    def __init__(self, ops: Ops) -> None:
        super().__init__(ops)
        self.year = self.year_box()
        self.table = make_table(
            [
                self.tr("OPD"),
                self.tr("Draft"),
                self.tr("Submitted"),
                self.tr("Reviewed"),
                self.tr("Approved"),
                self.tr("Total"),
            ]
        )
        self.empty = Banner()
        self.add_table(self.table)
        self.today.addWidget(self.empty)
        self.section(self.tr("Your own plans"))
        self.mine = make_table(
            [
                self.tr("Jabatan"),
                self.tr("Year"),
                self.tr("Status"),
                self.tr("RHK"),
                self.tr("IKI"),
                self.tr("Approved on"),
            ]
        )
        self.mine_note = Note()
        self.add_table(self.mine)
        self.today.addWidget(self.mine_note)
        self.open_results = button(self.tr("Open my plan's results"), primary=True, icon_name="skp")
        self.open_results.setToolTip(
            self.tr("Your results (RHK) and indicators (IKI) with their targets, read-only")
        )
        self.open_results.clicked.connect(self.show_my_results)
        self.mine.activated.connect(lambda _index: self.show_my_results())  # Enter or double-click
        self.today.addLayout(self.button_row(self.open_results, self.nav_button("organisasi")))
        self.set_coming(
            self.tr("Drafting the SKP step by step, in the order of the BKN guide:"),
            [
                self.tr(
                    "Wizards for the JPT form and for JA/JF, stage by stage (R-STAGES), saving each stage."
                ),
                self.tr(
                    "A phrasing coach that tells a result from an activity while you type, with a "
                    "better wording to take over (R-PHRASING)."
                ),
                self.tr("Indicators (IKI) with aspect and target, and the manual indikator."),
                self.tr(
                    "Submitting for reviu by the pengelola kinerja, and penetapan by the pejabat penilai."
                ),
            ],
            self.tr("Until then the plans here can be read, not edited."),
        )
        self._plans: list[MyPlan] = []

    def load(self) -> None:
        summary = self.ops.run(self.overview.plans_by_status, self.year.currentData())
        years = self.ops.run(self.overview.years) or []
        if summary is None:
            return
        self.year.set_years(years, summary.year)
        rows = [
            [r.unit_name or self.tr("Without a unit"), r.draft, r.diajukan, r.direviu, r.ditetapkan, r.total]
            for r in summary.rows
        ]
        t = summary.total
        self.set_group_header(self.table)
        fill_table(
            self.table, rows, [self.tr("Total"), t.draft, t.diajukan, t.direviu, t.ditetapkan, t.total]
        )
        if summary.year is None:
            self.empty.say(
                self.tr("No plan year is set up yet. Plans appear here once a period and plans exist.")
            )
        elif t.total == 0:
            self.empty.say(
                self.tr(
                    "No plans for {year} in your scope yet. Choose another year, or draft plans first."
                ).format(year=summary.year)
            )
        else:
            self.empty.say("")
        self._plans = self.ops.run(self.overview.my_plans) or []
        fill_table(
            self.mine,
            [
                [
                    p.position_title,
                    str(p.year or ""),
                    plan_status_label(p.status),
                    p.results,
                    p.indicators,
                    formatting.format_date(p.approved_on),
                ]
                for p in self._plans
            ],
        )
        actor = self.ops.actor
        if actor is None or actor.employee_id is None:
            self.mine_note.say(
                self.tr(
                    "The workspace is acting as itself, not as a person, so it has no plan of its own. "
                    "Switch person (Ctrl+Shift+U) to see an employee's plan."
                )
            )
        elif not self._plans:
            self.mine_note.say(self.tr("You have no plan in this workspace yet."))
        else:
            self.mine_note.say("")
        self.mine.setVisible(bool(self._plans))
        self.open_results.setEnabled(bool(self._plans))
        if self._plans:
            self.mine.selectRow(0)

    def selected_plan(self) -> MyPlan | None:
        row = self.mine.currentRow()
        if 0 <= row < len(self._plans):
            return self._plans[row]
        return _plan_for_year(self._plans, self.year.currentData())

    def show_my_results(self) -> PlanResultsDialog | None:
        plan = self.selected_plan()
        if plan is None:
            return None
        results = self.ops.run(self.overview.plan_results, plan.plan_id)
        if results is None:
            return None
        dialog = PlanResultsDialog(self, results, RESULTS)
        dialog.open()
        return dialog


# -- Cascading --------------------------------------------------------------------------------------


class CascadingOverviewPage(OverviewPage):
    key = "cascading"

    def __init__(self, ops: Ops) -> None:
        super().__init__(ops)
        self.year = self.year_box()
        self.table = make_table(
            [
                self.tr("OPD"),
                self.tr("Linked to\natasan RHK"),
                self.tr("Linked to\na goal"),
                self.tr("Not\nlinked"),
                self.tr("Additional\n(tambahan)"),
                self.tr("Total\nRHK"),
            ]
        )
        header = self.table.horizontalHeaderItem(3)
        if header is not None:
            header.setToolTip(
                self.tr("Main results (RHK utama) that intervene nothing yet: the gaps to close")
            )
        self.today.addWidget(
            label(
                self.tr(
                    "Main results (RHK utama) of the plans in each row: linked to a result of the "
                    "atasan, to a sasaran or IKU of the organisation, or not linked yet. Additional "
                    "results need no link."
                ),
                "muted",
            )
        )
        self.add_table(self.table)
        self.empty = Banner()
        self.today.addWidget(self.empty)
        self.links = button(self.tr("Show how my results are linked"), primary=True, icon_name="cascading")
        self.links.clicked.connect(self.show_my_links)
        self.links_note = Note()
        self.today.addWidget(self.links_note)
        self.today.addLayout(
            self.button_row(self.links, self.nav_button("skp"), self.nav_button("organisasi"))
        )
        self.set_coming(
            self.tr("The cascade as one tree, from the organisation's goals to every staff member:"),
            [
                self.tr(
                    "Drag and drop a result onto the atasan's result it serves, from sasaran strategis and "
                    "IKU down to every staff member (R-CASCADE), with undo."
                ),
                self.tr("Direct and indirect cascading, with the approach named for each link."),
                self.tr("Gap checks: main results that intervene nothing, and atasan results nobody serves."),
                self.tr("The Matriks Pembagian Peran dan Hasil for each team, on screen and in Excel."),
            ],
        )
        self._plans: list[MyPlan] = []

    def load(self) -> None:
        summary = self.ops.run(self.overview.cascade_summary, self.year.currentData())
        years = self.ops.run(self.overview.years) or []
        if summary is None:
            return
        self.year.set_years(years, summary.year)
        rows = [
            [
                r.unit_name or self.tr("Without a unit"),
                r.linked_result,
                r.linked_goal,
                r.orphan,
                r.tambahan,
                r.total,
            ]
            for r in summary.rows
        ]
        t = summary.total
        self.set_group_header(self.table)
        fill_table(
            self.table,
            rows,
            [self.tr("Total"), t.linked_result, t.linked_goal, t.orphan, t.tambahan, t.total],
        )
        if summary.year is None:
            self.empty.say(self.tr("No plan year is set up yet, so there is nothing to cascade."))
        elif t.total == 0:
            self.empty.say(
                self.tr("No results (RHK) in {year}'s plans in your scope yet. Choose another year.").format(
                    year=summary.year
                )
            )
        elif t.utama:
            self.empty.say(
                self.tr("{linked} of {utama} main results are linked ({share}).").format(
                    linked=formatting.format_count(t.linked_result + t.linked_goal),
                    utama=formatting.format_count(t.utama),
                    share=_percent(t.linked_result + t.linked_goal, t.utama),
                ),
                "info",
            )
        else:
            self.empty.say("")
        self._plans = self.ops.run(self.overview.my_plans) or []
        actor = self.ops.actor
        if actor is None or actor.employee_id is None:
            self.links_note.say(
                self.tr(
                    "Acting as the workspace itself there is no plan of your own to show. "
                    "Switch person (Ctrl+Shift+U) to see how an employee's results are linked."
                )
            )
        elif not self._plans:
            self.links_note.say(self.tr("You have no plan in this workspace yet."))
        else:
            self.links_note.say("")
        self.links.setEnabled(bool(self._plans))

    def show_my_links(self) -> PlanResultsDialog | None:
        plan = _plan_for_year(self._plans, self.year.currentData())
        if plan is None:
            return None
        results = self.ops.run(self.overview.plan_results, plan.plan_id)
        if results is None:
            return None
        dialog = PlanResultsDialog(self, results, LINKS)
        dialog.open()
        return dialog


def _percent(part: int, whole: int) -> str:
    return f"{formatting.format_number(100 * part / whole, 0)}%" if whole else "–"


# -- Pegawai berprestasi ------------------------------------------------------------------------------


class BerprestasiOverviewPage(OverviewPage):
    key = "berprestasi"

    def __init__(self, ops: Ops) -> None:
        super().__init__(ops)
        self.year = self.year_box()
        self.table = make_table(
            [
                self.tr("Rank"),
                self.tr("Employee"),
                self.tr("Proposed by"),
                self.tr("Discipline"),
                self.tr("Performance"),
                self.tr("Innovation"),
                self.tr("Sum"),
            ],
            stretch=2,
        )
        self.today.addWidget(
            label(
                self.tr(
                    "Candidates proposed for pegawai berprestasi with their three scores (0–100), "
                    "highest sum first. The sum is unweighted: the instansi's weights come with the scoring."
                ),
                "muted",
            )
        )
        self.add_table(self.table)
        self.empty = Banner()
        self.today.addWidget(self.empty)
        self.today.addLayout(self.button_row(self.nav_button("penilaian"), self.nav_button("organisasi")))
        self.set_coming(
            self.tr("Choosing pegawai berprestasi in the open:"),
            [
                self.tr(
                    "Scoring discipline, performance (from the predikat) and innovation with the "
                    "instansi's weights (R-AWARD)."
                ),
                self.tr(
                    "Eligibility checks before scoring, such as no disciplinary sanction and predikat Baik."
                ),
                self.tr("Ranking per OPD and for the whole instansi, and the decision with its reasons."),
            ],
        )

    def load(self) -> None:
        summary = self.ops.run(self.overview.nominations, self.year.currentData())
        years = self.ops.run(self.overview.years) or []
        if summary is None:
            return
        self.year.set_years(years, summary.year)
        fill_table(
            self.table,
            [
                [rank, f"{n.name}\n{n.nip}", n.unit_name, n.disiplin, n.kinerja, n.inovasi, n.total]
                for rank, n in enumerate(summary.rows, start=1)
            ],
        )
        self.table.resizeRowsToContents()
        fit_rows(self.table)
        if summary.year is None:
            self.empty.say(self.tr("No plan year is set up yet, so there are no candidates."))
        elif not summary.rows:
            self.empty.say(
                self.tr("No candidates proposed for {year} in your scope yet. Choose another year.").format(
                    year=summary.year
                )
            )
        else:
            self.empty.say("")


# -- Sinkronisasi -------------------------------------------------------------------------------------


class SinkronisasiOverviewPage(OverviewPage):
    key = "sinkronisasi"

    sig_backup_finished = Signal(str)
    """A backup ended: the new file's path, or "" when it failed."""

    def __init__(self, ops: Ops) -> None:
        super().__init__(ops)
        self._job: Job | None = None
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(16)
        self.node = label("", wrap=False)
        self.node.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.node.setToolTip(
            self.tr("This copy's identity in bundles; each copy of a workspace has its own.")
        )
        self.changes = label()
        self.unsent = label()
        self.bundles = label()
        form.addRow(self.tr("This computer's id:"), self.node)
        form.addRow(self.tr("Changes recorded:"), self.changes)
        form.addRow(self.tr("Not yet sent in a bundle:"), self.unsent)
        form.addRow(self.tr("Bundles sent or received:"), self.bundles)
        self.scope_label.hide()  # one copy of the workspace: not scoped to a person
        self.today.addLayout(form)
        self.section(self.tr("Backups"))
        self.today.addWidget(
            label(
                self.tr(
                    "A backup is a complete copy of the workspace's database, made while it is in use. "
                    "SKP Desk also makes one before every upgrade and restore."
                ),
                "muted",
            )
        )
        self.table = make_table([self.tr("File"), self.tr("Made on"), self.tr("Size")])
        self.add_table(self.table)
        self.result = Banner()
        self.today.addWidget(self.result)
        self.backup_button = button(self.tr("Back up now"), primary=True, icon_name="backup")
        self.backup_button.clicked.connect(self.back_up)
        self.open_folder = button(self.tr("Open backups folder"), icon_name="folder")
        self.open_folder.clicked.connect(self._open_folder)
        self.today.addLayout(self.button_row(self.backup_button, self.open_folder))
        self.set_coming(
            self.tr("Exchanging data without a network connection:"),
            [
                self.tr("Signed bundle files to carry by USB stick, e-mail or WhatsApp, in both directions."),
                self.tr(
                    "Keys and trust: the central office certifies each unit's key for its part of the "
                    "organisation."
                ),
                self.tr(
                    "A report of every bundle imported, and edits made at the same time kept for a "
                    "person to settle."
                ),
            ],
            self.tr("Until then, back up before you copy the workspace folder to another computer."),
        )

    def load(self) -> None:
        state = self.ops.run(self.overview.sync_state)
        if state is None:
            return
        self.node.setText(state.node_id)
        self.changes.setText(
            self.tr("{own} on this computer ({total} in the workspace)").format(
                own=formatting.format_count(state.own_ops), total=formatting.format_count(state.ops_total)
            )
        )
        if state.unsent_ops is None:
            self.unsent.setText(self.tr("Not counted yet"))
        else:
            self.unsent.setText(
                self.tr("{n}: no bundle has been sent from this computer yet").format(
                    n=formatting.format_count(state.unsent_ops)
                )
                if state.unsent_ops
                else self.tr("None")
            )
        self.bundles.setText(
            self.tr("{n} so far").format(n=formatting.format_count(len(state.bundles)))
            if state.bundles
            else self.tr("None yet: bundles come with a later release")
        )
        fill_table(
            self.table,
            [[b.name, _when(b.modified), format_size(b.size)] for b in state.backups],
            tooltips=[b.path for b in state.backups],
        )
        if not state.backups and not self.result.isVisible():
            self.result.say(self.tr("No backup yet. Make one now with Back up now."), "warning")

    def back_up(self) -> bool:
        """Make a backup off the GUI thread (a large workspace takes a while to copy); the result
        is shown when ``sig_backup_finished`` comes. False when one is already being made."""
        if self._job is not None:
            return False
        self._job = Job(self.ops.ws.backup)
        self._job.signals.done.connect(self._backup_done)
        self._job.signals.failed.connect(self._backup_failed)
        self.backup_button.setEnabled(False)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.result.say(self.tr("Making a backup…"), "info")
        QThreadPool.globalInstance().start(self._job)
        return True

    def _backup_done(self, _tag: int, path: object) -> None:
        self._backup_finish()
        self.result.say(self.tr("Backup written: {path}").format(path=path), "info")
        self.load()
        self.sig_backup_finished.emit(str(path))

    def _backup_failed(self, _tag: int, exc: object) -> None:
        self._backup_finish()
        self.result.say("")
        if isinstance(exc, BaseException):
            show_error(self, exc)  # a full disk or a read-only folder says what to do
        self.sig_backup_finished.emit("")

    def _backup_finish(self) -> None:
        self._job = None
        QGuiApplication.restoreOverrideCursor()
        self.backup_button.setEnabled(True)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ops.ws.store.backups)))


def _when(moment: dt.datetime) -> str:
    return f"{formatting.format_date(moment.date())} {moment:%H.%M}"


# -- Laporan ------------------------------------------------------------------------------------------


class LaporanOverviewPage(OverviewPage):
    key = "laporan"

    sig_export_finished = Signal(str)
    """An export ended: the written file's path, or "" when it failed."""

    def __init__(self, ops: Ops) -> None:
        super().__init__(ops)
        self.section(self.tr("Employee list (Excel)"))
        self.today.addWidget(
            label(
                self.tr(
                    "Every active employee in your scope: NIP (kept as text), name with titles, golongan, "
                    "status, jabatan, unit and OPD, on one sheet ready to filter."
                )
            )
        )
        self.export_button = button(
            self.tr("Export employee list to Excel (.xlsx)…"), primary=True, icon_name="laporan"
        )
        self.export_button.clicked.connect(self.export_employees)
        self._last_path = ""
        self.open_file = button(self.tr("Open the file"))
        self.open_file.clicked.connect(lambda: self._open(self._last_path))
        self.open_file.hide()
        self.today.addLayout(
            self.button_row(self.export_button, self.open_file, self.nav_button("organisasi"))
        )
        self.result = Banner()
        self.today.addWidget(self.result)
        self.section(self.tr("Employees in your scope"))
        self.table = make_table([self.tr("OPD"), self.tr("PNS"), self.tr("PPPK"), self.tr("Total")])
        self.add_table(self.table)
        self.empty = Banner()
        self.today.addWidget(self.empty)
        self.set_coming(
            self.tr("The official documents and sheets, made from the workspace:"),
            [
                self.tr(
                    "Rencana SKP and Evaluasi Kinerja as PDF in the official layout, each with a code "
                    "to verify it."
                ),
                self.tr(
                    "Excel sheets of plans, the cascade (Matriks Pembagian Peran dan Hasil) and the "
                    "predikat recap."
                ),
                self.tr("Importing employees, goals and plans from Excel, with a report of every row."),
                self.tr("Printing a whole OPD's documents at once."),
            ],
        )
        self._job: Job | None = None
        self._count = 0
        self._export_count = 0
        self._export_path = ""

    def load(self) -> None:
        summary = self.ops.run(self.overview.employee_counts)
        if summary is None:
            return
        t = summary.total
        self.set_group_header(self.table)
        fill_table(
            self.table,
            [[r.unit_name or self.tr("Without a unit"), r.pns, r.pppk, r.total] for r in summary.rows],
            [self.tr("Total"), t.pns, t.pppk, t.total],
        )
        self._count = t.total
        if t.total == 0:
            self.empty.say(
                self.tr("No employees in your scope yet. Add or import them in Organisation & People."),
                "info",
            )
        else:
            self.empty.say("")
        self.export_button.setEnabled(t.total > 0 and self._job is None)

    # -- export -----------------------------------------------------------------------------------

    @classmethod
    def ask_save_path(cls, page: LaporanOverviewPage, suggested: str) -> str:
        """Where to save (empty: cancelled). Qt's own dialog, so that its buttons carry our words
        (Qt has no Indonesian catalogue); tests replace this method."""
        words = page._dialog_words()
        dialog = QFileDialog(page, words["title"])
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)  # asked below, in our words
        dialog.setNameFilter(words["filter"])
        dialog.setDefaultSuffix("xlsx")
        dialog.selectFile(suggested)
        for key, role in (
            ("accept", QFileDialog.DialogLabel.Accept),
            ("reject", QFileDialog.DialogLabel.Reject),
            ("file_name", QFileDialog.DialogLabel.FileName),
            ("file_type", QFileDialog.DialogLabel.FileType),
            ("look_in", QFileDialog.DialogLabel.LookIn),
        ):
            dialog.setLabelText(role, words[key])
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return ""
        path = dialog.selectedFiles()[0]
        if Path(path).exists() and not page._confirm_replace(path):
            return ""
        return path

    def _dialog_words(self) -> dict[str, str]:
        return {
            "title": self.tr("Save the employee list"),
            "filter": self.tr("Excel workbook (*.xlsx)"),
            "accept": self.tr("Save"),
            "reject": self.tr("Cancel"),
            "file_name": self.tr("File name:"),
            "file_type": self.tr("File type:"),
            "look_in": self.tr("Look in:"),
        }

    def _confirm_replace(self, path: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace the file?"),
            self.tr("{path} exists already. Replace it?").format(path=path),
            parent=self,
        )
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is replace

    def suggested_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
            Path.home()
        )
        name = self.tr("employees-{date}.xlsx").format(date=self.ops.ws.access.today().isoformat())
        return str(Path(folder) / name)

    def export_employees(self) -> bool:
        """Ask where, read the employees in scope, write the sheet off the GUI thread.

        Returns True when an export was started (``sig_export_finished`` follows)."""
        if self._job is not None:
            return False
        path = type(self).ask_save_path(self, self.suggested_path())
        if not path:
            return False
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        rows = self.ops.run(self.overview.employees)
        scope = self.ops.run(self.overview.scope)
        if rows is None:
            QGuiApplication.restoreOverrideCursor()
            return False
        where = "" if scope is None else self._scope_title(scope)
        title = self.tr("Employee list · {scope} · {date}").format(
            scope=where, date=formatting.format_date(self.ops.ws.access.today())
        )
        headers = [
            self.tr("No."),
            self.tr("NIP"),
            self.tr("Name"),
            self.tr("Golongan"),
            self.tr("Status"),
            self.tr("Jabatan"),
            self.tr("Unit"),
            self.tr("OPD"),
        ]
        from skpdesk.reports.employees_xlsx import write_employees_xlsx  # openpyxl: only when asked

        self._export_count, self._export_path = len(rows), path
        job = Job(lambda: write_employees_xlsx(rows, path, headers=headers, title=title))
        job.signals.done.connect(self._export_done)
        job.signals.failed.connect(self._export_failed)
        self._job = job
        self.export_button.setEnabled(False)
        self.result.say(
            self.tr("Writing {n} employees…").format(n=formatting.format_count(len(rows))), "info"
        )
        QGuiApplication.changeOverrideCursor(Qt.CursorShape.BusyCursor)  # the window stays usable
        QThreadPool.globalInstance().start(job)
        return True

    def _scope_title(self, scope: Scope) -> str:
        """Whose list it is, for the sheet's title line."""
        if scope.kind == INSTANSI:
            return self.tr("whole instansi")
        if scope.kind == UNIT:
            return scope.unit_name
        if scope.kind in (TEAM, OWN):
            return scope.employee_name
        return ""

    def _export_done(self, _tag: int, written: object) -> None:
        self._finish()
        self._last_path = str(written)
        self.open_file.show()
        self.result.say(
            self.tr("Saved {n} employees to {path}").format(
                n=formatting.format_count(self._export_count), path=self._last_path
            ),
            "info",
        )
        self.sig_export_finished.emit(self._last_path)

    def _export_failed(self, _tag: int, exc: object) -> None:
        self._finish()
        path = self._export_path
        if isinstance(exc, OSError):
            log.warning("employee export failed: %s", type(exc).__name__)
            self.result.say(
                self.tr(
                    "{path} could not be written: the file may be open in Excel, or the folder is "
                    "read-only. Close the file or choose another folder, then export again."
                ).format(path=path),
                "error",
            )
        elif isinstance(exc, BaseException):
            self.result.say("")
            show_error(self, exc)
        self.sig_export_finished.emit("")

    def _finish(self) -> None:
        self._job = None
        QGuiApplication.restoreOverrideCursor()
        self.export_button.setEnabled(self._count > 0)

    def _open(self, path: str) -> None:
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))
