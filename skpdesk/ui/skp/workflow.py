"""The last stage: check, submit, reviu, return, penetapan (R-LIFECYCLE, R-REVIU)."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout

from skpdesk.domain import phrasing
from skpdesk.domain.errors import SkpError
from skpdesk.domain.plan import EDITABLE_BY_PEGAWAI, PlanStatus
from skpdesk.domain.roles import Action
from skpdesk.services.drafting import plan_findings
from skpdesk.ui.errors import show_error
from skpdesk.ui.overview.base import plan_status_label
from skpdesk.ui.skp.findings import finding_text, severity_text
from skpdesk.ui.skp.stages_ui import Context, StageEditor

if TYPE_CHECKING:
    from skpdesk.ui.skp.wizard import PlanWizard


translate = QCoreApplication.translate


class SubmitStage(StageEditor):
    """What is left to fix, the reviewer's notes, and the buttons the person's role offers."""

    def __init__(self, ctx: Context, wizard: PlanWizard) -> None:
        super().__init__(ctx)
        self.wizard = wizard
        header = wizard.header
        findings = plan_findings(ctx.snap)
        errors = [f for f in findings if f.severity is phrasing.Severity.ERROR]
        state = QLabel(
            "<b>"
            + html.escape(
                translate("Wizard", "Status: {status}").format(status=plan_status_label(header.status.value))
            )
            + "</b><br>"
            + html.escape(
                translate(
                    "Wizard",
                    "{errors} error(s) and {warnings} warning(s). "
                    "Errors must be fixed before submitting; warnings may stay.",
                ).format(errors=len(errors), warnings=len(findings) - len(errors))
            )
        )
        state.setWordWrap(True)
        self.layout_.addWidget(state)
        listing = QListWidget()
        listing.setObjectName("submitFindings")
        texts = {r.id: r.text for r in ctx.snap.results}
        for f in findings:
            where = texts.get(f.result_id or "", "")
            listing.addItem(
                f"{severity_text(f)} {f.rule}: {finding_text(f)}" + (f" — {where[:70]}" if where else "")
            )
        if not findings:
            listing.addItem(translate("Wizard", "Nothing to fix."))
        listing.setMaximumHeight(180)
        self.layout_.addWidget(listing)

        notes = wizard.service.notes(wizard.plan_id)
        if notes:
            box = QGroupBox(translate("Wizard", "Reviu and return notes"))
            box_layout = QVBoxLayout(box)
            for n in notes[-20:]:
                mark = "" if n.passed is None else ("✓ " if n.passed else "✗ ")
                head = f"{n.check_id} " if n.check_id else ""
                state_text = translate("Wizard", "(done)") if n.resolved else ""
                line = QLabel(
                    html.escape(f"{mark}{head}{n.text or ''}".strip() or head)
                    + f" <span style='color:#666'>— {html.escape(n.author)} {state_text}</span>"
                )
                line.setWordWrap(True)
                box_layout.addWidget(line)
            self.layout_.addWidget(box)

        buttons = QHBoxLayout()
        access = wizard.ops.ws.access
        actor = wizard.ops.actor
        own = actor is not None and actor.employee_id == header.employee_id
        status = header.status
        if (own or access.can(Action.DRAFT_FOR_OTHERS)) and (
            status in EDITABLE_BY_PEGAWAI or header.changed_after_approval
        ):
            self.submit_button = QPushButton(translate("Wizard", "Submit for reviu (Ctrl+Enter)"))
            self.submit_button.setObjectName("submitPlan")
            self.submit_button.setProperty("primary", True)
            self.submit_button.setEnabled(not errors)
            self.submit_button.clicked.connect(wizard.submit)
            buttons.addWidget(self.submit_button)
        if not own and access.can(Action.REVIEW_PLAN) and status is PlanStatus.DIAJUKAN:
            review = QPushButton(translate("Wizard", "Reviu…"))
            review.setObjectName("reviewPlan")
            review.clicked.connect(lambda: review_plan(wizard))
            buttons.addWidget(review)
        if (
            not own
            and status in (PlanStatus.DIAJUKAN, PlanStatus.DIREVIU)
            and (access.can(Action.REVIEW_PLAN) or access.can(Action.APPROVE_PLAN))
        ):
            back = QPushButton(translate("Wizard", "Return with notes…"))
            back.setObjectName("returnPlan")
            back.clicked.connect(lambda: return_plan(wizard))
            buttons.addWidget(back)
        if (
            not own
            and access.can(Action.APPROVE_PLAN)
            and status in (PlanStatus.DIAJUKAN, PlanStatus.DIREVIU)
        ):
            approve = QPushButton(translate("Wizard", "Approve (penetapan)"))
            approve.setObjectName("approvePlan")
            approve.setProperty("primary", True)
            approve.clicked.connect(lambda: approve_plan(wizard))
            buttons.addWidget(approve)
        pdf = QPushButton(translate("Wizard", "Rencana SKP as PDF…"))
        pdf.setObjectName("planPdf")
        pdf.clicked.connect(lambda: export_pdf(wizard))
        buttons.addWidget(pdf)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        if header.approved_hash:
            digest = QLabel(
                html.escape(
                    translate("Wizard", "Approved version sha256: {digest}").format(
                        digest=header.approved_hash[:16] + "…"
                    )
                )
            )
            digest.setObjectName("hint")
            self.layout_.addWidget(digest)
        self.layout_.addStretch(1)


def _status_command(wizard: PlanWizard, do: Callable[[], object]) -> None:
    """Workflow steps are recorded, not undone: undoing a submission would hide it from the
    reviewer who may already have seen it. The command is pushed done and is not undoable."""
    ops = wizard.ops
    try:
        ops.attempt(do)
    except SkpError as err:
        show_error(wizard, err)
        return
    ops.undo_stack.clear()


def submit_plan(wizard: PlanWizard) -> None:
    service = wizard.service
    _status_command(wizard, lambda: service.submit(wizard.plan_id))


def approve_plan(wizard: PlanWizard) -> None:
    service = wizard.service
    _status_command(wizard, lambda: service.approve(wizard.plan_id))


def review_plan(wizard: PlanWizard) -> None:
    from skpdesk.ui.skp.dialogs import ReviewDialog

    dialog = ReviewDialog(wizard, wizard.service, wizard.plan_id)
    dialog.exec()


def return_plan(wizard: PlanWizard) -> None:
    from skpdesk.ui.skp.dialogs import ReturnDialog

    dialog = ReturnDialog(wizard, wizard.service, wizard.plan_id, wizard.snap)
    dialog.exec()


def export_pdf(wizard: PlanWizard) -> None:
    from skpdesk.ui.skp.dialogs import export_plan_pdf

    export_plan_pdf(wizard, wizard.ops, wizard.plan_id, wizard.header)
