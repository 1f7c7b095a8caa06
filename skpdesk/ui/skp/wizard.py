"""The drafting wizard: one plan, stage by stage (R-STAGES), with the coach beside it.

Left: the stages of the plan's path, numbered as in the BKN guide, with a mark where findings
remain. Middle: what to do, why, the inputs and the output of the stage, then its editor. Right:
the plan's findings (click one to go to it). Bottom: previous / next (Alt+Left / Alt+Right, also
Ctrl+PgUp / Ctrl+PgDown) and, on the last stage, the workflow buttons. The stage is saved, so
reopening the plan resumes there; every field is saved as typed (``autosave``).
"""

from __future__ import annotations

import contextlib
import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain import phrasing
from skpdesk.domain.errors import SkpError
from skpdesk.domain.plan import PlanStatus
from skpdesk.domain.roles import Action
from skpdesk.domain.stages import Stage, StageKind, stage_by_number, stage_of_kind, stages_for
from skpdesk.services.base import Changes
from skpdesk.services.drafting import DraftingService, PlanHeader, plan_findings
from skpdesk.ui.ops import Ops, ServiceCommand
from skpdesk.ui.overview.base import plan_status_label
from skpdesk.ui.skp.autosave import AutoSaver
from skpdesk.ui.skp.findings import finding_text, severity_text
from skpdesk.ui.skp.stages_ui import Context, StageEditor, build_stage

PLAN_TABLES = ("plan", "work_result", "indicator", "behaviour_expectation", "plan_annex", "plan_note")
# Which stage a finding belongs to (the summary's click goes there).
FINDING_STAGE = {
    "L1": StageKind.RESULTS,
    "L2": StageKind.RESULTS,
    "L3": StageKind.RESULTS,
    "L4": StageKind.RESULTS,
    "L5": StageKind.INDICATORS,
    "L6": StageKind.INDICATORS,
    "L7": StageKind.INDICATORS,
    "L8": StageKind.INDICATORS,
    "L9": StageKind.MONITORING,
    "L10": StageKind.RESULTS,
    "K1": StageKind.RESULTS,
    "K2": StageKind.INDICATORS,
    "K3": StageKind.INDICATORS,
    "K4": StageKind.INDICATORS,
}


translate = QCoreApplication.translate


def stage_words(stage: Stage, header: PlanHeader) -> dict[str, str]:
    from skpdesk.ui.skp import stage_text

    kind = header.kind
    return {
        "example": stage_text.example(stage, kind),
        "title": stage_text.title(stage, kind),
        "what": stage_text.what_to_do(stage, kind),
        "why": stage_text.why(stage, kind),
        "inputs": stage_text.inputs(stage, kind),
        "output": stage_text.output(stage, kind),
    }


class PlanWizard(QWidget):
    """Drafting, reviu and penetapan of one plan."""

    closed = Signal()

    def __init__(self, ops: Ops, plan_id: str) -> None:
        super().__init__()
        self.setObjectName("planWizard")
        self.ops = ops
        self.plan_id = plan_id
        self.service: DraftingService = ops.ws.drafting
        self.saver = AutoSaver(ops, self)
        self.saver.label_for = self._command_text
        from skpdesk.ui.skp import stage_text

        stage_text.use_labels(stage_text.labels_from(ops.ws.settings.values()))  # [U] stage names
        self.header = self.service.header(plan_id)
        self.snap = self.service.snapshot(plan_id)
        self.stages = self._stages()
        self.current = stage_by_number(self.stages, self.header.stage)
        self.editor: StageEditor | None = None
        self._structure: tuple[Any, ...] = ()
        self._build()
        self._show_stage(self.current.number, record=False)
        ops.changed.connect(self._on_changes)

    # -- layout -----------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.back = QPushButton(translate("Wizard", "← Plans"))
        self.back.setToolTip(translate("Wizard", "Back to the list of plans (Esc)"))
        self.back.clicked.connect(self.close_wizard)
        top.addWidget(self.back)
        self.title = QLabel()
        self.title.setObjectName("wizardTitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        self.status = QLabel()
        self.status.setObjectName("statusBadge")
        top.addWidget(self.status)
        layout.addLayout(top)
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner.setProperty("level", "warning")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        banner_layout.addWidget(self.banner_text, 1)
        self.diff_button = QPushButton(translate("Wizard", "Show the differences"))
        self.diff_button.clicked.connect(self.show_diff)
        banner_layout.addWidget(self.diff_button)
        layout.addWidget(self.banner)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.stage_list = QListWidget()
        self.stage_list.setObjectName("stageList")
        self.stage_list.setMaximumWidth(210)
        self.stage_list.setWordWrap(True)
        self.stage_list.currentRowChanged.connect(lambda row: self._show_stage(row + 1))
        split.addWidget(self.stage_list)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(8, 0, 8, 0)
        self.guide = QLabel()
        self.guide.setObjectName("stageGuideText")
        self.guide.setWordWrap(True)
        self.guide.setTextFormat(Qt.TextFormat.RichText)
        self.guide_box = QFrame()
        self.guide_box.setObjectName("stageGuide")
        self.guide_box.setStyleSheet("#stageGuide { background:#eef5f4; border:1px solid #c5dedb; }")
        guide_layout = QVBoxLayout(self.guide_box)
        guide_layout.setContentsMargins(8, 6, 8, 6)
        guide_layout.setSpacing(2)
        head = QHBoxLayout()
        head.addWidget(self.guide, 1)
        self.guide_toggle = QPushButton(translate("Wizard", "More guidance"))
        self.guide_toggle.setObjectName("guideToggle")
        self.guide_toggle.setCheckable(True)
        self.guide_toggle.setToolTip("F2")
        self.guide_toggle.toggled.connect(self._toggle_guide)
        head.addWidget(self.guide_toggle, 0, Qt.AlignmentFlag.AlignTop)
        guide_layout.addLayout(head)
        self.guide_more = QLabel()
        self.guide_more.setWordWrap(True)
        self.guide_more.setTextFormat(Qt.TextFormat.RichText)
        self.guide_more.setVisible(False)
        guide_layout.addWidget(self.guide_more)
        middle_layout.addWidget(self.guide_box)
        more = QShortcut(QKeySequence("F2"), self)
        more.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        more.activated.connect(self.guide_toggle.toggle)
        self.stage_scroll = QScrollArea()
        self.stage_scroll.setWidgetResizable(True)
        self.stage_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.stage_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        middle_layout.addWidget(self.stage_scroll, 1)
        nav = QHBoxLayout()
        self.prev_button = QPushButton(translate("Wizard", "← Previous"))
        self.prev_button.setToolTip("Alt+Left")
        self.prev_button.clicked.connect(lambda: self.go(-1))
        self.next_button = QPushButton(translate("Wizard", "Next →"))
        self.next_button.setToolTip("Alt+Right")
        self.next_button.setProperty("primary", True)
        self.next_button.clicked.connect(lambda: self.go(1))
        self.position = QLabel()
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.position)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        middle_layout.addLayout(nav)
        split.addWidget(middle)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.summary_title = QLabel()
        self.summary_title.setObjectName("sectionTitle")
        self.summary_title.setWordWrap(True)
        right_layout.addWidget(self.summary_title)
        self.summary = QListWidget()
        self.summary.setObjectName("findingSummary")
        self.summary.setWordWrap(True)
        self.summary.itemActivated.connect(self._go_to_finding)
        self.summary.itemClicked.connect(self._go_to_finding)
        right_layout.addWidget(self.summary, 1)
        right.setMaximumWidth(270)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([210, 10_000, 270])
        layout.addWidget(split, 1)

        for keys, step in (("Alt+Right", 1), ("Alt+Left", -1), ("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.go(s))
        esc = QShortcut(QKeySequence("Esc"), self)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.close_wizard)
        submit = QShortcut(QKeySequence("Ctrl+Return"), self)
        submit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        submit.activated.connect(self.submit)

    def _toggle_guide(self, shown: bool) -> None:
        self.guide_more.setVisible(shown)
        self.guide_toggle.setText(
            translate("Wizard", "Less guidance") if shown else translate("Wizard", "More guidance")
        )

    def _stages(self) -> tuple[Stage, ...]:
        return stages_for(
            self.header.kind,
            self.header.guide,
            year=self.header.year,
            jabatan_fungsional=self.header.fungsional,
        )

    # -- who may do what ------------------------------------------------------------------------

    def editable(self) -> bool:
        actor = self.ops.actor
        if actor is None:
            return False
        if self.header.status in (PlanStatus.DIAJUKAN, PlanStatus.DIREVIU):
            return False
        own = actor.employee_id == self.header.employee_id
        return actor.system or own or self.ops.ws.access.can(Action.DRAFT_FOR_OTHERS)

    def may_set_ekspektasi(self) -> bool:
        actor = self.ops.actor
        if actor is None or self.header.status in (PlanStatus.DIAJUKAN, PlanStatus.DIREVIU):
            return False
        if actor.system:
            return True
        if actor.employee_id == self.header.employee_id:
            return False
        access = self.ops.ws.access
        return access.can(Action.DRAFT_FOR_OTHERS) or access.can(Action.APPROVE_PLAN)

    # -- showing ----------------------------------------------------------------------------------

    def _refresh_header(self) -> None:
        h = self.header
        self.title.setText(
            "<b>"
            + html.escape(h.employee_name)
            + "</b> · "
            + html.escape(h.jabatan)
            + " · "
            + translate("Wizard", "SKP {year}").format(year=h.year)
            + " · "
            + html.escape(
                translate("Wizard", "form: {kind}, {pendekatan}").format(
                    kind=h.kind.value.upper(), pendekatan=h.pendekatan.value
                )
            )
        )
        self.status.setText(plan_status_label(h.status.value))
        changed = h.changed_after_approval
        notes = self.service.notes(self.plan_id, open_only=True)
        returned = [n for n in notes if n.kind == "kembali"]
        if changed:
            self.banner_text.setText(
                "<b>"
                + html.escape(translate("Wizard", "Changed after approval (diubah setelah ditetapkan)."))
                + "</b> "
                + html.escape(
                    translate(
                        "Wizard",
                        "The plan differs from the version the pejabat penilai set. "
                        "Submit it again to have the change set.",
                    )
                )
            )
        elif h.status is PlanStatus.DIKEMBALIKAN and returned:
            self.banner_text.setText(
                "<b>"
                + html.escape(translate("Wizard", "Returned with {n} note(s).").format(n=len(returned)))
                + "</b> "
                + html.escape(
                    translate(
                        "Wizard", "The notes are shown on the fields they concern; fix them and submit again."
                    )
                )
            )
        elif h.status in (PlanStatus.DIAJUKAN, PlanStatus.DIREVIU):
            self.banner_text.setText(
                html.escape(translate("Wizard", "The plan is with the reviewer and cannot be edited now."))
            )
        self.banner.setVisible(
            changed
            or h.status in (PlanStatus.DIAJUKAN, PlanStatus.DIREVIU)
            or bool(returned and h.status is PlanStatus.DIKEMBALIKAN)
        )
        self.diff_button.setVisible(changed)

    def _refresh_stage_list(self, findings: list[phrasing.Finding]) -> None:
        blocked = self.stage_list.blockSignals(True)
        self.stage_list.clear()
        by_stage: dict[StageKind, int] = {}
        for f in findings:
            kind = FINDING_STAGE.get(f.rule)
            if kind is not None:
                by_stage[kind] = by_stage.get(kind, 0) + 1
        header = self.header
        for stage in self.stages:
            words = stage_words(stage, header)
            label = f"{stage.number}. {words['title']}"
            if stage.guide_number:
                label += "  " + translate("Wizard", "(guide stage {n})").format(n=stage.guide_number)
            if stage.optional:
                label += "  " + translate("Wizard", "(optional)")
            count = by_stage.get(stage.kind, 0)
            if count:
                label += f"  ⚠ {count}"
            item = QListWidgetItem(label)
            self.stage_list.addItem(item)
        self.stage_list.setCurrentRow(self.current.number - 1)
        self.stage_list.blockSignals(blocked)

    def _refresh_summary(self, findings: list[phrasing.Finding]) -> None:
        errors = sum(1 for f in findings if f.severity is phrasing.Severity.ERROR)
        self.summary_title.setText(
            translate("Wizard", "Coach: {errors} error(s), {warnings} warning(s)").format(
                errors=errors, warnings=len(findings) - errors
            )
        )
        self.summary.clear()
        texts = {r.id: r.text for r in self.snap.results}
        groups: dict[tuple[str, str], list[phrasing.Finding]] = {}
        for f in findings:
            groups.setdefault((f.rule, finding_text(f)), []).append(f)
        for (rule, message), members in groups.items():
            f = members[0]
            where = texts.get(f.result_id or "", "")
            line = f"{severity_text(f)} {rule}: {message}"
            if len(members) > 1:
                line += "\n" + translate("Wizard", "({n} places; the first is shown)").format(n=len(members))
            if where:
                line += f"\n— {where[:80]}"
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, (f.rule, f.result_id))
            if f.severity is phrasing.Severity.ERROR:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.summary.addItem(item)
        if not findings:
            self.summary.addItem(translate("Wizard", "No findings: the plan reads well."))

    def _show_stage(self, number: int, *, record: bool = True) -> None:
        if number < 1 or number > len(self.stages):
            return
        self.saver.flush()
        self.current = stage_by_number(self.stages, number)
        if record and self.editable() and self.current.number != self.header.stage:
            # The stage is stored (synced) so the plan reopens here; not an undoable edit.
            with contextlib.suppress(SkpError):
                self.service.update_plan(self.plan_id, stage=self.current.number)
        self._rebuild()

    def _rebuild(self) -> None:
        self.saver.clear()
        self.header = self.service.header(self.plan_id)
        self.snap = self.service.snapshot(self.plan_id)
        findings = plan_findings(self.snap)
        self._refresh_header()
        self._refresh_stage_list(findings)
        self._refresh_summary(findings)
        words = stage_words(self.current, self.header)
        self.guide.setText(
            f"<b>{html.escape(words['title'])}</b><br>"
            + "<b>"
            + html.escape(translate("Wizard", "What to do:"))
            + "</b> "
            + html.escape(words["what"])
        )
        parts = [
            "<b>" + html.escape(translate("Wizard", "Why:")) + "</b> " + html.escape(words["why"]),
            "<b>" + html.escape(translate("Wizard", "Inputs:")) + "</b> " + html.escape(words["inputs"]),
            "<b>" + html.escape(translate("Wizard", "Output:")) + "</b> " + html.escape(words["output"]),
        ]
        if words["example"]:
            parts.append("<i>" + html.escape(words["example"]) + "</i>")
        self.guide_more.setText("<br>".join(parts))
        self.position.setText(
            translate("Wizard", "Stage {n} of {total}").format(n=self.current.number, total=len(self.stages))
        )
        self.prev_button.setEnabled(self.current.number > 1)
        self.next_button.setEnabled(self.current.number < len(self.stages))
        self.editor = self._make_editor()
        self._structure = StageEditor.structure(self.snap)
        self.stage_scroll.setWidget(self.editor)

    def _make_editor(self) -> StageEditor:
        ctx = Context(
            self.service,
            self.saver,
            self.snap,
            editable=self.editable(),
            may_set_ekspektasi=self.may_set_ekspektasi(),
            parents=self.service.parent_options(self.plan_id)
            if self.current.kind in (StageKind.GOALS, StageKind.MPH, StageKind.RESULTS)
            else None,
            notes=self._notes(),
        )
        if self.current.kind is StageKind.SUBMIT:
            from skpdesk.ui.skp.workflow import SubmitStage

            editor: StageEditor = SubmitStage(ctx, self)
        else:
            editor = build_stage(
                self.current.kind,
                ctx,
                has_perspektif_stage=stage_of_kind(self.stages, StageKind.PERSPEKTIF) is not None,
            )
        for signal, slot in (
            ("add_result", self.add_result),
            ("delete_result", self.delete_result),
            ("move_result", self.move_result),
            ("add_indicator", self.add_indicator),
            ("delete_indicator", self.delete_indicator),
            ("apply_suggestion", self.apply_suggestion),
            ("add_for_parent", self.add_for_parent),
        ):
            if hasattr(editor, signal):
                getattr(editor, signal).connect(slot)
        return editor

    def _notes(self) -> dict[tuple[str | None, str | None, str], list[str]]:
        out: dict[tuple[str | None, str | None, str], list[str]] = {}
        for n in self.service.notes(self.plan_id, open_only=True):
            if n.kind != "kembali":
                continue
            out.setdefault((n.result_id, n.indicator_id, n.field), []).append(n.text)
        return out

    def _on_changes(self, changes: Changes) -> None:
        if not any(changes.tables.get(t) for t in PLAN_TABLES):
            return
        if self.saver.pending():
            return  # the typing will save and come back here
        snap = self.service.snapshot(self.plan_id)
        header = self.service.header(self.plan_id)
        if snap == self.snap and header == self.header:
            return
        structure_changed = (
            StageEditor.structure(snap) != self._structure or header.status != self.header.status
        )
        if structure_changed or self.editor is None:
            selected = getattr(self.editor, "current_id", lambda: None)()
            self._rebuild()
            if selected and self.editor is not None:
                self.editor.focus_result(selected)
            return
        self.snap, self.header = snap, header
        self.editor.update_values(snap)
        findings = plan_findings(snap)
        self._refresh_header()
        self._refresh_stage_list(findings)
        self._refresh_summary(findings)

    # -- navigation -------------------------------------------------------------------------------

    def go(self, step: int) -> None:
        self._show_stage(self.current.number + step)

    def go_to_kind(self, kind: StageKind, result_id: str | None = None) -> None:
        stage = stage_of_kind(self.stages, kind) or stage_of_kind(self.stages, StageKind.RESULTS)
        if stage is None:
            return
        self._show_stage(stage.number)
        if result_id and self.editor is not None:
            self.editor.focus_result(result_id)

    def _go_to_finding(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if not data:
            return
        rule, result_id = data
        self.go_to_kind(FINDING_STAGE.get(rule, StageKind.RESULTS), result_id)

    def close_wizard(self) -> None:
        self.saver.flush()
        self.closed.emit()

    def flush(self) -> None:
        self.saver.flush()

    def hideEvent(self, event: QHideEvent) -> None:
        """Closing the window (or leaving the area) saves what is being typed."""
        self.saver.flush()
        super().hideEvent(event)

    # -- edits (each one undoable) ----------------------------------------------------------------

    def _command_text(self, key: tuple[str, str, str]) -> str:
        return translate("Wizard", "Edit {field}").format(field=key[2])

    def add_result(self, jenis: str, parent_id: str = "", text: str = "") -> None:
        from skpdesk.ui.skp.dialogs import ask_text

        if not text:
            text = ask_text(
                self,
                translate("Wizard", "New RHK {jenis}").format(jenis=jenis),
                translate(
                    "Wizard",
                    "Write the result this work delivers "
                    "(e.g. “Tersusunnya laporan keuangan yang tepat waktu”).",
                ),
            )
            if not text:
                return
        service = self.service
        fields: dict[str, Any] = {"jenis": jenis}
        if parent_id:
            fields.update(parent_result_id=parent_id, source="mph")
        made: list[str] = []

        def do() -> object:
            rid, changes = service.add_result(
                self.plan_id, text, record_id=made[0] if made else None, **fields
            )
            if not made:
                made.append(rid)
            return changes

        command = ServiceCommand(
            self.ops,
            translate("Wizard", "Add RHK"),
            do,
            lambda: service.delete_result(made[0]) if made else Changes(),
        )
        self.ops.push(command)
        if made and self.editor is not None:
            self.editor.focus_result(made[0])

    def add_for_parent(self, parent_id: str) -> None:
        self.add_result("utama", parent_id)

    def delete_result(self, result_id: str) -> None:
        text = next((r.text for r in self.snap.results if r.id == result_id), "")
        answer = QMessageBox(self)
        answer.setWindowTitle(translate("Wizard", "Delete RHK"))
        answer.setText(
            translate("Wizard", "Delete “{text}” and its IKI? You can undo it with Ctrl+Z.").format(
                text=text[:120]
            )
        )
        yes = answer.addButton(translate("Wizard", "Delete"), QMessageBox.ButtonRole.DestructiveRole)
        answer.addButton(translate("Wizard", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        answer.exec()
        if answer.clickedButton() is not yes:
            return
        service = self.service
        self.ops.push(
            ServiceCommand(
                self.ops,
                translate("Wizard", "Delete RHK"),
                lambda: service.delete_result(result_id),
                lambda: service.restore_result(result_id),
            )
        )

    def move_result(self, result_id: str, index: int) -> None:
        ids = [r.id for r in self.snap.results]
        old = ids.index(result_id) if result_id in ids else 0
        service = self.service
        self.ops.push(
            ServiceCommand(
                self.ops,
                translate("Wizard", "Move RHK"),
                lambda: service.move_result(result_id, index),
                lambda: service.move_result(result_id, old),
            )
        )
        if self.editor is not None:
            self.editor.focus_result(result_id)

    def add_indicator(self, result_id: str) -> None:
        from skpdesk.ui.skp.dialogs import ask_text

        text = ask_text(
            self,
            translate("Wizard", "New IKI"),
            translate(
                "Wizard",
                "How will this result be measured? (e.g. “Jumlah laporan yang disampaikan tepat waktu”)",
            ),
        )
        if not text:
            return
        service = self.service
        made: list[str] = []

        def do() -> object:
            iid, changes = service.add_indicator(result_id, text, record_id=made[0] if made else None)
            if not made:
                made.append(iid)
            return changes

        self.ops.push(
            ServiceCommand(
                self.ops,
                translate("Wizard", "Add IKI"),
                do,
                lambda: service.delete_indicator(made[0]) if made else Changes(),
            )
        )
        if self.editor is not None:
            self.editor.focus_result(result_id)

    def delete_indicator(self, indicator_id: str) -> None:
        service = self.service
        self.ops.push(
            ServiceCommand(
                self.ops,
                translate("Wizard", "Delete IKI"),
                lambda: service.delete_indicator(indicator_id),
                lambda: service.restore_indicator(indicator_id),
            )
        )

    def apply_suggestion(self, result_id: str, text: str) -> None:
        old = next((r.text for r in self.snap.results if r.id == result_id), "")
        service = self.service
        self.saver.flush()
        self.ops.push(
            ServiceCommand(
                self.ops,
                translate("Wizard", "Use the coach's suggestion"),
                lambda: service.update_result(result_id, text=text),
                lambda: service.update_result(result_id, text=old),
            )
        )
        self.saver.refresh(("result", result_id, "text"), text)

    # -- workflow ---------------------------------------------------------------------------------

    def submit(self) -> None:
        from skpdesk.ui.skp.workflow import submit_plan

        self.saver.flush()
        submit_plan(self)

    def show_diff(self) -> None:
        from skpdesk.ui.skp.dialogs import DiffDialog

        DiffDialog(self, self.service.approved_diff(self.plan_id)).exec()
