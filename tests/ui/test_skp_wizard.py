"""The drafting wizard on screen: every field saved as typed (through the services), undo across
the wizard, the stage remembered, the coach live, and the workflow buttons per role."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from skpdesk.domain.plan import PlanStatus
from skpdesk.domain.roles import Role
from skpdesk.messages import install_translator
from skpdesk.services.access import Actor
from skpdesk.services.workspace import Workspace
from skpdesk.ui.ops import Ops
from skpdesk.ui.skp.page import SkpPage
from skpdesk.ui.skp.wizard import PlanWizard
from tests.services.test_drafting import TODAY, Office, _good_plan, _office


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Workspace, Office]]:
    ws = Workspace.open(tmp_path / "ws", actor=Actor.workspace())
    try:
        yield ws, _office(ws)
    finally:
        ws.close()


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    install_translator("en")
    yield
    install_translator("id")


def _wizard(qtbot: QtBot, ops: Ops, plan_id: str) -> PlanWizard:
    wizard = PlanWizard(ops, plan_id)
    qtbot.addWidget(wizard)
    wizard.resize(1134, 700)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_typing_saves_through_the_services_and_undo_takes_it_back(
    qtbot: QtBot, office: tuple[Workspace, Office], english: None
) -> None:
    ws, o = office
    plan_id = _good_plan(ws, o)
    ops = Ops(ws)
    wizard = _wizard(qtbot, ops, plan_id)
    wizard.go_to_kind(wizard.current.kind.RESULTS)
    edit = wizard.findChild(QPlainTextEdit, "rhkText")
    assert edit is not None
    before = ws.drafting.snapshot(plan_id).results[0].text
    ops_before = len(ws.ops())
    edit.setFocus()
    edit.setPlainText("Tersedianya rekap data pegawai yang lengkap dan akurat")
    qtbot.waitUntil(lambda: ws.drafting.snapshot(plan_id).results[0].text.endswith("akurat"), timeout=2000)
    assert len(ws.ops()) > ops_before  # in the op log
    ops.undo_stack.undo()
    assert ws.drafting.snapshot(plan_id).results[0].text == before
    assert edit.toPlainText() == before
    ops.undo_stack.redo()
    assert ws.drafting.snapshot(plan_id).results[0].text.endswith("akurat")


def test_an_empty_rhk_is_refused_in_place_and_not_saved(
    qtbot: QtBot, office: tuple[Workspace, Office], english: None
) -> None:
    ws, o = office
    plan_id = _good_plan(ws, o)
    wizard = _wizard(qtbot, Ops(ws), plan_id)
    wizard.go_to_kind(wizard.current.kind.RESULTS)
    edit = wizard.findChild(QPlainTextEdit, "rhkText")
    assert edit is not None
    before = ws.drafting.snapshot(plan_id).results[0].text
    edit.setPlainText("   ")
    wizard.flush()
    assert ws.drafting.snapshot(plan_id).results[0].text == before
    errors = [w for w in wizard.findChildren(type(wizard.title), "fieldError") if w.isVisible()]
    assert errors and "empty" in errors[0].text()


def test_stage_navigation_is_remembered(qtbot: QtBot, office: tuple[Workspace, Office]) -> None:
    ws, o = office
    plan_id = _good_plan(ws, o)
    ops = Ops(ws)
    wizard = _wizard(qtbot, ops, plan_id)
    assert wizard.current.number == 1
    wizard.activateWindow()
    wizard.stage_list.setFocus()
    qtbot.waitUntil(wizard.stage_list.hasFocus, timeout=2000)
    qtbot.keyClick(wizard.stage_list, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(wizard.stage_list, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert wizard.current.number == 3
    assert ws.drafting.header(plan_id).stage == 3
    again = _wizard(qtbot, ops, plan_id)
    assert again.current.number == 3  # reopening resumes at the same stage
    wizard.grab().save(str(Path("/tmp") / "wizard-stage3.png"))


def test_target_field_refuses_words_and_keeps_the_number(
    qtbot: QtBot, office: tuple[Workspace, Office], english: None
) -> None:
    ws, o = office
    plan_id = _good_plan(ws, o)
    wizard = _wizard(qtbot, Ops(ws), plan_id)
    wizard.go_to_kind(wizard.current.kind.INDICATORS)
    targets = [w for w in wizard.findChildren(QLineEdit) if w.isEnabled()]
    assert targets
    iid = ws.drafting.snapshot(plan_id).results[0].indicators[0].id
    key = ("indicator", iid, "target_value")
    binding = wizard.saver._bindings[key]
    field = binding.widget
    assert isinstance(field, QLineEdit) and field.text() == "12"
    field.setText("dua belas")
    field.textEdited.emit("dua belas")
    wizard.flush()
    assert ws.drafting.snapshot(plan_id).results[0].indicators[0].target_value == "12"
    assert binding.error_label is not None and binding.error_label.isVisible()
    field.setText("24")
    field.textEdited.emit("24")
    wizard.flush()
    assert ws.drafting.snapshot(plan_id).results[0].indicators[0].target_value == "24"


def test_workflow_buttons_follow_the_role(qtbot: QtBot, office: tuple[Workspace, Office]) -> None:
    ws, o = office
    plan_id = _good_plan(ws, o)
    ops = Ops(ws)
    wizard = _wizard(qtbot, ops, plan_id)
    wizard._show_stage(len(wizard.stages))
    submit = wizard.findChild(QPushButton, "submitPlan")
    assert submit is not None and submit.isEnabled()
    assert wizard.findChild(QPushButton, "approvePlan") is None
    submit.click()
    assert ws.drafting.header(plan_id).status is PlanStatus.DIAJUKAN
    # the pegawai now sees a locked plan
    assert wizard.findChild(QPushButton, "submitPlan") is None
    ws.sign_in(o.kabid, Role.ATASAN, today=TODAY)
    ops.set_actor(ws.access.actor)
    approver = _wizard(qtbot, ops, plan_id)
    approver._show_stage(len(approver.stages))
    assert approver.findChild(QPushButton, "approvePlan") is not None
    assert approver.findChild(QPushButton, "returnPlan") is not None


def test_the_page_lists_plans_and_opens_one(qtbot: QtBot, office: tuple[Workspace, Office]) -> None:
    ws, o = office
    plan_id = _good_plan(ws, o)
    page = SkpPage(Ops(ws))
    qtbot.addWidget(page)
    page.resize(1134, 700)
    page.show()
    page.refresh()
    assert [r.id for r in page.own.rows] == [plan_id]
    page.own.selectRow(0)
    page.open_selected()
    assert page.wizard is not None and page.stack.currentWidget() is page.wizard
    year = page.findChild(QComboBox, "yearFilter")
    assert year is not None and year.currentText() == str(dt.date(2026, 1, 1).year)
    page.wizard.close_wizard()
    assert page.wizard is None and page.stack.currentIndex() == 0


def test_clinic_mode_walks_the_unit_one_key_at_a_time(qtbot: QtBot, office: tuple[Workspace, Office]) -> None:
    ws, o = office
    ws.sign_in(o.pengelola, Role.PENGELOLA, scope_unit_id="u-a", today=TODAY)
    ops = Ops(ws)
    page = SkpPage(ops)
    qtbot.addWidget(page)
    page.resize(1134, 700)
    page.show()
    page.refresh()
    page.clinic.unit_id = "u-a"
    page.clinic.refresh()
    qtbot.waitUntil(lambda: not page.clinic.loading(), timeout=10_000)
    names = [p.name for p in page.clinic.people]
    assert names[0] == "Kepala A" and all(p.plan_id is None or p.name == "Kabid" for p in page.clinic.people)
    page.clinic.fallback.click()  # one action: plans for everyone who has none
    qtbot.waitUntil(lambda: not page.clinic.loading(), timeout=10_000)
    assert all(p.plan_id for p in page.clinic.people if p.name not in ("Sendiri",))
    staff_row = names.index("Staf Dua")  # then Staf Satu: same jabatan, by name
    assert names[staff_row + 1] == "Staf Satu"
    page.clinic.open_row(staff_row)
    assert page.wizard is not None and page.wizard.header.employee_name == "Staf Dua"
    page.wizard.activateWindow()
    page.wizard.stage_list.setFocus()
    qtbot.waitUntil(page.wizard.stage_list.hasFocus, timeout=2000)
    qtbot.keyClick(page.wizard.stage_list, Qt.Key.Key_F8)
    assert page.wizard is not None and page.wizard.header.employee_name == names[staff_row + 1]
    qtbot.keyClick(page.wizard.stage_list, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert page.wizard.header.employee_name == names[staff_row]
    assert "Klinik" in page.subtitle.text() or "Clinic" in page.subtitle.text()


def test_every_stage_and_dialog_of_the_wizard_is_indonesian(
    qtbot: QtBot, office: tuple[Workspace, Office]
) -> None:
    from skpdesk import formatting
    from skpdesk.ui.skp.dialogs import DiffDialog, NewPlanDialog, ReturnDialog, ReviewDialog
    from tests.ui.test_ui_language import _check

    install_translator("id")
    formatting.set_language("id")
    ws, o = office
    plan_id = _good_plan(ws, o)
    ops = Ops(ws)
    wizard = _wizard(qtbot, ops, plan_id)
    wizard.guide_toggle.setChecked(True)  # the full guidance too
    problems: list[str] = []
    for stage in wizard.stages:
        wizard._show_stage(stage.number)
        problems += _check(wizard, f"stage {stage.number} {stage.kind.value}")
    # a JPT plan on the development path: perspektif and manual indikator stages
    ws.sign_in(o.kepala, Role.PEGAWAI, today=TODAY)
    ops.set_actor(ws.access.actor)
    jpt_id, _ = ws.drafting.create_plan(o.kepala, o.period, guide="model-pengembangan")
    rid, _ = ws.drafting.add_result(jpt_id, "Meningkatnya kualitas ASN daerah", parent_goal_id=o.goal)
    ws.drafting.add_indicator(rid, "Indeks profesionalitas ASN", target_value="75", target_unit="indeks")
    jpt = _wizard(qtbot, ops, jpt_id)
    assert [s.kind.value for s in jpt.stages][:5] == [
        "goals",
        "results",
        "indicators",
        "perspektif",
        "manual",
    ]
    for stage in jpt.stages:
        jpt._show_stage(stage.number)
        problems += _check(jpt, f"JPT stage {stage.number} {stage.kind.value}")
    jpt.go_to_kind(jpt.current.kind.PERSPEKTIF)
    combo = jpt.saver._bindings[("result", rid, "perspektif")].widget
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("penerima-layanan"))
    combo.activated.emit(combo.currentIndex())
    assert ws.drafting.snapshot(jpt_id).results[0].perspektif == "penerima-layanan"
    QApplication.processEvents()
    jpt.grab().save("/tmp/wizard-jpt-perspektif.png")
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    ops.set_actor(ws.access.actor)
    ws.drafting.submit(plan_id)
    ws.sign_in(o.pengelola, Role.PENGELOLA, today=TODAY)
    ops.set_actor(ws.access.actor)
    for dialog in (
        NewPlanDialog(wizard, ops, o.colleague, "Staf Dua"),
        ReviewDialog(wizard, ws.drafting, plan_id),
        ReturnDialog(wizard, ws.drafting, plan_id, ws.drafting.snapshot(plan_id)),
        DiffDialog(wizard, []),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        problems += _check(dialog, type(dialog).__name__)
        dialog.close()
    assert problems == []


def test_a_units_pdfs_are_written_off_the_gui_thread_and_can_be_stopped(
    qtbot: QtBot, office: tuple[Workspace, Office], tmp_path: Path
) -> None:
    from skpdesk.ui.skp.batch import BatchPlansDialog

    ws, o = office
    ws.sign_in(o.pengelola, Role.PENGELOLA, scope_unit_id="u-a", today=TODAY)
    ws.drafting.fallback_drafts("u-a", o.period)
    dialog = BatchPlansDialog(None, Ops(ws))
    qtbot.addWidget(dialog)
    dialog.year.setCurrentIndex(dialog.year.findText("2026"))
    dialog.set_folder(str(tmp_path / "pdf"))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=30_000)
    pdfs = sorted((tmp_path / "pdf").glob("*.pdf"))
    assert len(dialog.written) == len(pdfs) >= 5
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
    # stopped after the first document is read: that file is finished or removed, no more follow
    read = ws.documents.plan_document

    def read_then_stop(plan_id: str) -> object:
        dialog._cancel.set()  # what the Stop button does (asserted below; no widget calls off-thread)
        return read(plan_id)

    ws.documents.plan_document = read_then_stop  # type: ignore[method-assign]
    dialog.set_folder(str(tmp_path / "stopped"))
    dialog.start()
    assert dialog.cancel_button.isEnabled() and not dialog.close_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=30_000)
    assert list((tmp_path / "stopped").iterdir()) == []  # the file being made was removed
    assert dialog.status.text().startswith(("Dihentikan", "Stopped"))
    assert dialog.close_button.isEnabled()
    dialog._cancel.clear()
    dialog.cancel_button.setEnabled(True)
    dialog.cancel_button.click()
    assert dialog._cancel.is_set()
    # Escape while writing stops the batch and keeps the dialog open; once done, it closes
    dialog._cancel.clear()
    ws.documents.plan_document = read  # type: ignore[method-assign]
    dialog.set_folder(str(tmp_path / "escaped"))
    dialog.show()
    dialog.start()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog._cancel.is_set() and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=30_000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_result_list_works_from_the_keyboard(qtbot: QtBot, office: tuple[Workspace, Office]) -> None:
    ws, o = office
    plan_id = _good_plan(ws, o)
    ops = Ops(ws)
    wizard = _wizard(qtbot, ops, plan_id)
    wizard.go_to_kind(wizard.current.kind.RESULTS)
    editor = wizard.editor
    first, second = (r.id for r in ws.drafting.snapshot(plan_id).results)
    editor.list.setCurrentRow(0)  # type: ignore[union-attr]
    wizard.activateWindow()
    editor.list.setFocus()  # type: ignore[union-attr]
    qtbot.waitUntil(editor.list.hasFocus, timeout=2000)  # type: ignore[union-attr]
    qtbot.keyClick(editor.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # type: ignore[union-attr]
    assert [r.id for r in ws.drafting.snapshot(plan_id).results] == [second, first]
    ops.undo_stack.undo()
    assert [r.id for r in ws.drafting.snapshot(plan_id).results] == [first, second]
