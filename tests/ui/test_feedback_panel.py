"""The umpan balik and dialog kinerja panel of the Monitoring page (R-LIFECYCLE, R-BERAKHLAK): notes
given, edited and deleted through the widget land in the workspace and undo through the stack;
whoever has no relation to the plan finds the button disabled with the reason; refusals are shown
and change nothing; dialog kinerja records are added, edited, moved on and deleted by the parties."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import Role
from skpdesk.formatting import format_date
from skpdesk.messages import install_translator, message_for
from skpdesk.services.access import Actor
from skpdesk.services.workspace import Workspace
from skpdesk.ui.errors import ErrorDialog
from skpdesk.ui.monitoring.dialogs_kinerja import DialogKinerjaDialog, status_label
from skpdesk.ui.monitoring.feedback import FeedbackPanel, Target
from skpdesk.ui.ops import Ops
from tests.services.test_rating_rules import Office, as_, build_office

DAY = dt.date(2025, 7, 15)  # in TW3 of the office's 2025 plans


@pytest.fixture(autouse=True)
def english(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    install_translator("en")
    monkeypatch.setattr(sys, "_skpdesk_no_modal", True, raising=False)  # error dialogs do not block
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ErrorDialog):
            widget.close()
            widget.deleteLater()
    install_translator("id")


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Workspace, Office]]:
    ws = Workspace.open(tmp_path / "ws", actor=Actor.workspace())
    o = build_office(ws)
    yield ws, o
    ws.close()


def _panel(qtbot: QtBot, ws: Workspace, plan_id: str | None, periode: str | None = None) -> FeedbackPanel:
    ops = Ops(ws)
    panel = FeedbackPanel(ops)
    ops.window = panel  # the parent of error dialogs (the main window in the application)
    qtbot.addWidget(panel)
    panel.resize(1100, 760)
    panel.show()
    panel.show_plan(plan_id, periode)
    return panel


def _errors_shown() -> list[ErrorDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]


def _what(code: Code, **params: object) -> str:
    return message_for(SkpError(code, **params))[0]


def test_no_plan_shows_the_empty_state(qtbot: QtBot, office: tuple[Workspace, Office]) -> None:
    ws, o = office
    panel = _panel(qtbot, ws, None)
    assert panel.stack.currentWidget() is panel.empty
    assert "Choose a plan" in panel.empty.text()
    panel.show_plan(o.staff_plan, None)
    assert panel.stack.currentWidget() is not panel.empty
    panel.show_plan(None, None)
    assert panel.stack.currentWidget() is panel.empty
    # hidden (another tab of the Monitoring page): read when shown, not on every call
    panel.hide()
    panel.show_plan(o.staff_plan, "TW3")
    assert panel.view is None and panel.stack.currentWidget() is panel.empty
    panel.show()
    assert panel.view is not None and panel.view.periode == "TW3"
    # a plan that is not there: said in the banner, nothing offered
    panel.show_plan("no-such-plan", None)
    assert panel.banner.isVisibleTo(panel) and panel.banner.text.text().startswith(
        _what(Code.RECORD_NOT_FOUND, kind="plan", id="no-such-plan")
    )
    assert not panel.give_button.isEnabled() and not panel.dialogs.add_button.isEnabled()


def test_the_atasan_gives_edits_deletes_and_undoes_feedback(
    qtbot: QtBot, office: tuple[Workspace, Office]
) -> None:
    ws, o = office
    as_(ws, o.kabid, Role.ATASAN, DAY)
    panel = _panel(qtbot, ws, o.staff_plan)
    assert "pejabat penilai" in panel.context_line.text()
    assert panel.give_button.isEnabled() and panel.why.text() == ""
    assert "360°" in panel.note_360.text() and "not a score" in panel.note_360.text()
    # the atasan's note is about one RHK or one value: no "plan as a whole" choice
    assert panel.select_subject("result", "r-s2")
    panel.start_new()
    targets = [Target.from_key(panel.target.itemData(i)) for i in range(panel.target.count())]
    assert Target() not in targets and len(targets) == 2 + 7
    assert Target.from_key(panel.target.currentData()) == Target(result_id="r-s2")
    qtbot.keyClicks(panel.text, "Laporan TW2 lengkap")
    panel.save_button.click()
    [note] = ws.feedback.feedback_for(o.staff_plan).results[1].notes
    assert (note.text, note.relation, note.periode, note.given_on) == (
        "Laporan TW2 lengkap",
        "atasan",
        "TW3",
        DAY,
    )
    assert not panel.editor_open()
    assert panel.selected_note() is not None and panel.selected_note() == note
    assert panel.tabs.tabText(0) == "U&mpan balik (1)"
    # a BerAKHLAK value, chosen in the editor
    panel.start_new()
    panel.target.setCurrentIndex(panel.target.findData(Target(core_value="akuntabel").key))
    panel.text.setPlainText("Selalu jujur dan cermat")
    panel.save()
    values = {v.core_value.value: v.notes for v in ws.feedback.feedback_for(o.staff_plan).values}
    assert [n.text for n in values["akuntabel"]] == ["Selalu jujur dan cermat"]
    value_note = values["akuntabel"][0].id

    # edit one's own note: what it is about stays
    assert panel.select_note(note.id)
    assert panel.edit_button.isEnabled()
    panel.start_edit()
    assert not panel.target.isEnabled() and panel.text.toPlainText() == "Laporan TW2 lengkap"
    panel.text.setPlainText("Laporan TW2 lengkap dan tepat waktu")
    panel.save()
    assert (
        ws.feedback.feedback_for(o.staff_plan).results[1].notes[0].text
        == "Laporan TW2 lengkap dan tepat waktu"
    )
    stack = panel.ops.undo_stack
    stack.undo()
    assert ws.feedback.feedback_for(o.staff_plan).results[1].notes[0].text == "Laporan TW2 lengkap"
    stack.redo()
    assert (
        ws.feedback.feedback_for(o.staff_plan).results[1].notes[0].text
        == "Laporan TW2 lengkap dan tepat waktu"
    )

    # delete (a tombstone) and undo restores it; undoing the give removes the note again
    assert panel.select_note(value_note)
    panel.delete_selected()
    assert ws.feedback.feedback_for(o.staff_plan).count == 1
    assert panel.tabs.tabText(0) == "U&mpan balik (1)"
    stack.undo()
    assert [n.id for v in ws.feedback.feedback_for(o.staff_plan).values for n in v.notes] == [value_note]
    assert panel.select_note(value_note)  # redrawn from ops.changed
    stack.undo()  # the edit
    stack.undo()  # giving the value note
    assert ws.feedback.feedback_for(o.staff_plan).count == 1
    stack.redo()
    assert ws.feedback.feedback_for(o.staff_plan).count == 2


def test_the_keyboard_gives_edits_and_deletes(qtbot: QtBot, office: tuple[Workspace, Office]) -> None:
    ws, o = office
    as_(ws, o.kabid, Role.ATASAN, DAY)
    panel = _panel(qtbot, ws, o.staff_plan)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.tree.setFocus()
    assert panel.select_subject("value", "loyal")
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)  # Enter on a value: a new note about it
    assert panel.editor_open() and Target.from_key(panel.target.currentData()) == Target(core_value="loyal")
    qtbot.keyClicks(panel.text, "Menjaga rahasia jabatan")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves
    assert not panel.editor_open()
    [note] = [n for v in ws.feedback.feedback_for(o.staff_plan).values for n in v.notes]
    assert note.text == "Menjaga rahasia jabatan"
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    assert panel.editor_open() and panel.text.toPlainText() == "Menjaga rahasia jabatan"
    qtbot.keyClick(panel.text, Qt.Key.Key_Escape)  # Escape cancels: nothing written
    assert not panel.editor_open()
    assert panel.select_note(note.id)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert ws.feedback.feedback_for(o.staff_plan).count == 0
    # Ctrl+Z, as the main window's Edit menu wires it to the workspace's undo stack
    undo = panel.ops.undo_stack.createUndoAction(panel)
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    panel.addAction(undo)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [n.id for v in ws.feedback.feedback_for(o.staff_plan).values for n in v.notes] == [note.id]
    assert panel.select_note(note.id)


def test_360_notes_from_a_colleague_are_evidence(qtbot: QtBot, office: tuple[Workspace, Office]) -> None:
    ws, o = office
    as_(ws, o.colleague, Role.PEGAWAI, DAY)
    panel = _panel(qtbot, ws, o.staff_plan)
    assert "Colleague" in panel.context_line.text() and "360°" in panel.context_line.text()
    panel.start_new()
    assert (
        Target.from_key(panel.target.itemData(0)) == Target()
    )  # a 360° note may be about the plan as a whole
    panel.text.setPlainText("Koordinasi antarsubbagian berjalan baik")
    panel.save()
    panel.start_new()
    panel.target.setCurrentIndex(panel.target.findData(Target(core_value="kolaboratif").key))
    panel.text.setPlainText("Selalu membantu rekan")
    panel.save()
    view = ws.feedback.feedback_for(o.staff_plan)
    assert [(n.relation, n.core_value) for n in view.peers] == [("rekan", ""), ("rekan", "kolaboratif")]
    # shown in the 360° group, with the relation and what the note is about
    peers = panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1)
    assert peers is not None and "evidence, not a score" in peers.text(0)
    rows = [(peers.child(i).text(1), peers.child(i).text(4)) for i in range(peers.childCount())]
    assert rows == [
        ("Colleague", "Koordinasi antarsubbagian berjalan baik"),
        ("Colleague", "On Kolaboratif: Selalu membantu rekan"),
    ]
    # the atasan sees them but may not change them
    ws.sign_in(o.kabid, Role.ATASAN)
    panel.ops.set_actor(ws.access.actor)
    assert panel.select_note(view.peers[0].id)
    assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()
    assert "Only the author" in panel.delete_button.toolTip()
    before = len(ws.ops())
    panel.delete_selected()
    panel.start_edit()
    assert len(ws.ops()) == before and not panel.editor_open()


@pytest.mark.parametrize(
    ("who", "role", "reason"),
    [
        ("loner", Role.PEGAWAI, "You are not Staf Satu's atasan"),
        ("pengelola", Role.PENGELOLA, "You are not Staf Satu's atasan"),
        ("staff", Role.PEGAWAI, "Nobody writes umpan balik on their own plan"),
        ("kabid", Role.PEGAWAI, "Switch to your atasan role"),
    ],
)
def test_no_relation_disables_the_button_with_the_reason(
    qtbot: QtBot, office: tuple[Workspace, Office], who: str, role: Role, reason: str
) -> None:
    ws, o = office
    as_(ws, getattr(o, who), role, DAY)
    panel = _panel(qtbot, ws, o.staff_plan)
    assert not panel.give_button.isEnabled()
    assert reason in panel.give_button.toolTip() and reason in panel.why.text()
    panel.start_new()
    assert not panel.editor_open()


def test_the_workspace_itself_gives_no_feedback(qtbot: QtBot, office: tuple[Workspace, Office]) -> None:
    ws, o = office
    panel = _panel(qtbot, ws, o.staff_plan)
    assert not panel.give_button.isEnabled() and "Sign in" in panel.give_button.toolTip()


def test_bad_input_and_refusals_change_nothing(qtbot: QtBot, office: tuple[Workspace, Office]) -> None:
    ws, o = office
    as_(ws, o.kabid, Role.ATASAN, DAY)
    panel = _panel(qtbot, ws, o.staff_plan)
    before = len(ws.ops())
    panel.start_new()
    panel.text.setPlainText("   ")
    panel.save()
    assert panel.editor_open() and panel.editor_error.isVisibleTo(panel)
    assert _what(Code.FEEDBACK_EMPTY) in panel.editor_error.text()
    # the role changed behind the panel's back: the service refuses, the text stays to be saved later
    panel.text.setPlainText("Bagus")
    ws.sign_in(o.kabid, Role.PEGAWAI)
    panel.save()
    assert panel.editor_open() and panel.text.toPlainText() == "Bagus"
    assert _what(Code.NOT_ALLOWED, role="pegawai", action="give-atasan-feedback") in panel.editor_error.text()
    assert len(ws.ops()) == before and panel.ops.undo_stack.count() == 0
    assert ws.feedback.feedback_for(o.staff_plan).count == 0


def test_a_refused_delete_is_shown_and_leaves_the_note(
    qtbot: QtBot, office: tuple[Workspace, Office]
) -> None:
    ws, o = office
    as_(ws, o.kabid, Role.ATASAN, DAY)
    note, _ = ws.feedback.give_feedback(o.staff_plan, "Catatan", result_id="r-s1")
    panel = _panel(qtbot, ws, o.staff_plan)
    assert panel.select_note(note)
    ws.sign_in(o.kabid, Role.PEGAWAI)  # not through the panel: its buttons still think it may
    before = len(ws.ops())
    panel.delete_selected()
    shown = _errors_shown()
    assert shown and shown[-1].what.text() == _what(
        Code.NOT_ALLOWED, role="pegawai", action="give-atasan-feedback"
    )
    assert len(ws.ops()) == before and panel.ops.undo_stack.count() == 0
    as_(ws, o.kabid, Role.ATASAN)
    assert ws.feedback.feedback_for(o.staff_plan).count == 1


def test_a_locked_period_and_a_draft_plan_say_why(qtbot: QtBot, office: tuple[Workspace, Office]) -> None:
    ws, o = office
    as_(ws, o.kabid, Role.ATASAN, DAY)
    note, _ = ws.feedback.give_feedback(o.staff_plan, "Catatan TW2", result_id="r-s1", periode="TW2")
    ws.access.actor = Actor.workspace()
    ws.monitoring.lock_period(o.period, "TW2", "Batas waktu lewat")
    as_(ws, o.kabid, Role.ATASAN)
    panel = _panel(qtbot, ws, o.staff_plan, "TW2")
    assert not panel.give_button.isEnabled() and "locked" in panel.give_button.toolTip()
    assert panel.banner.isVisibleTo(panel) and "locked" in panel.banner.text.text()
    assert panel.select_note(note) and not panel.edit_button.isEnabled()
    panel.show_plan(o.staff_plan, "TW3")  # the open period next to it
    assert panel.give_button.isEnabled() and panel.tabs.tabText(0) == "U&mpan balik (0)"
    panel.show_plan(o.staff_plan, "AKHIR")  # the whole year's notes
    assert panel.tabs.tabText(0) == "U&mpan balik (1)"
    # a draft: no umpan balik yet, but a dialog kinerja may be recorded (phase 1)
    panel.show_plan(o.colleague_plan, None)
    assert not panel.give_button.isEnabled() and "ditetapkan" in panel.give_button.toolTip()
    assert panel.dialogs.add_button.isEnabled()
    # a period the plan does not have: the whole year, with a warning
    panel.show_plan(o.operator_plan, "TW1")
    assert "no period TW1" in panel.banner.text.text()


def test_redraws_when_feedback_changes_elsewhere(qtbot: QtBot, office: tuple[Workspace, Office]) -> None:
    ws, o = office
    as_(ws, o.kabid, Role.ATASAN, DAY)
    panel = _panel(qtbot, ws, o.staff_plan)
    assert panel.tabs.tabText(0) == "U&mpan balik (0)"
    panel.ops.run(ws.feedback.give_feedback, o.staff_plan, "Dari layar lain", core_value="adaptif")
    assert panel.tabs.tabText(0) == "U&mpan balik (1)"
    panel.ops.run(ws.feedback.add_dialog, o.staff_plan, DAY, "Dialog dari layar lain")
    assert panel.tabs.tabText(1) == "Dialog &kinerja (1)" and panel.dialogs.count() == 1


# -- dialog kinerja --------------------------------------------------------------------------------


def _answer(panel: FeedbackPanel, fill: Callable[[DialogKinerjaDialog], None]) -> list[DialogKinerjaDialog]:
    """Answer the next dialog kinerja dialog with ``fill`` (which may accept it) instead of showing it."""
    seen: list[DialogKinerjaDialog] = []

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, DialogKinerjaDialog)
        seen.append(dialog)
        fill(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    panel.dialogs.exec_dialog = answer  # type: ignore[method-assign]
    return seen


def test_dialog_kinerja_add_edit_status_delete_and_undo(
    qtbot: QtBot, office: tuple[Workspace, Office]
) -> None:
    ws, o = office
    as_(ws, o.staff, Role.PEGAWAI, DAY)
    panel = _panel(qtbot, ws, o.staff_plan)
    section = panel.dialogs
    assert section.add_button.isEnabled() and not section.delete_button.isEnabled()
    before = len(ws.ops())

    def bad_then_good(d: DialogKinerjaDialog) -> None:
        assert d.held_on.date() == QDate(2025, 7, 15)  # today, inside the plan year
        d.accept()  # no topic
        assert d.error.isVisibleTo(d) and _what(Code.DIALOG_EMPTY) in d.error.text()
        d.topic.setText("Tinjauan TW3")
        d.held_on.setDate(QDate(2025, 8, 1))
        d.status.setCurrentIndex(d.status.findData("selesai"))
        d.accept()  # not held yet: it cannot be done
        assert _what(Code.DIALOG_DATE, held_on=format_date(dt.date(2025, 8, 1))) in d.error.text()
        assert len(ws.ops()) == before
        d.held_on.setDate(QDate(2025, 7, 1))
        d.topic.setText("Kendala data")
        d.follow_up.setPlainText("Minta akses SIMPEG")
        d.accept()

    seen = _answer(panel, bad_then_good)
    section.add()
    [row] = ws.feedback.dialogs(o.staff_plan)
    assert (row.held_on, row.topic, row.follow_up, row.status) == (
        dt.date(2025, 7, 1),
        "Kendala data",
        "Minta akses SIMPEG",
        "selesai",
    )
    assert seen[0].record_id == row.id and section.selected() == row
    assert section.table.item(0, 3).text() == status_label("selesai") == "Done"
    assert panel.tabs.tabText(1) == "Dialog &kinerja (1)"
    stack = panel.ops.undo_stack
    stack.undo()
    assert ws.feedback.dialogs(o.staff_plan) == [] and section.count() == 0
    stack.redo()
    assert [d.id for d in ws.feedback.dialogs(o.staff_plan)] == [row.id]

    # edit: content and status together, refused as a whole when the result would be wrong
    assert section.select(row.id)

    def back_to_planned(d: DialogKinerjaDialog) -> None:
        assert d.topic.isEnabled()
        d.status.setCurrentIndex(d.status.findData("direncanakan"))
        d.topic.setText("Kendala data kepegawaian")
        d.accept()

    _answer(panel, back_to_planned)
    section.edit()
    [row2] = ws.feedback.dialogs(o.staff_plan)
    assert (row2.topic, row2.status) == ("Kendala data kepegawaian", "direncanakan")
    stack.undo()
    [back] = ws.feedback.dialogs(o.staff_plan)
    assert (back.topic, back.status) == ("Kendala data", "selesai")
    stack.redo()

    snapshot = ws.feedback.dialogs(o.staff_plan)

    def refused(d: DialogKinerjaDialog) -> None:
        d.held_on.setDate(QDate(2025, 9, 1))  # after today ...
        d.status.setCurrentIndex(d.status.findData("berjalan"))  # ... cannot be under way
        d.accept()
        assert d.error.isVisibleTo(d) and d.result() != QDialog.DialogCode.Accepted

    _answer(panel, refused)
    assert section.select(row.id)
    count = stack.count()
    section.edit()
    assert ws.feedback.dialogs(o.staff_plan) == snapshot and stack.count() == count

    # status from the menu, undoable
    assert section.select(row.id)
    section.set_status("berjalan")
    assert ws.feedback.dialogs(o.staff_plan)[0].status == "berjalan"
    stack.undo()
    assert ws.feedback.dialogs(o.staff_plan)[0].status == "direncanakan"

    # delete by the Delete key, undo restores
    assert section.select(row.id)
    panel.tabs.setCurrentWidget(section)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    assert ws.feedback.dialogs(o.staff_plan) == []
    stack.undo()
    assert [d.id for d in ws.feedback.dialogs(o.staff_plan)] == [row.id]


def test_the_other_party_moves_the_status_only(qtbot: QtBot, office: tuple[Workspace, Office]) -> None:
    ws, o = office
    as_(ws, o.staff, Role.PEGAWAI, DAY)
    record, _ = ws.feedback.add_dialog(o.staff_plan, dt.date(2025, 7, 1), "Kendala data", status="berjalan")
    as_(ws, o.kabid, Role.ATASAN)
    panel = _panel(qtbot, ws, o.staff_plan)
    section = panel.dialogs
    assert section.select(record)
    assert section.edit_button.isEnabled() and section.status_button.isEnabled()
    assert not section.delete_button.isEnabled() and "Staf Satu" in section.delete_button.toolTip()

    def status_only(d: DialogKinerjaDialog) -> None:
        assert not d.topic.isEnabled() and not d.held_on.isEnabled() and d.status.isEnabled()
        d.status.setCurrentIndex(d.status.findData("selesai"))
        d.accept()

    _answer(panel, status_only)
    section.edit()
    [row] = ws.feedback.dialogs(o.staff_plan)
    assert (row.topic, row.status) == ("Kendala data", "selesai")
    # the status menu shows the current one checked and moves it on
    checked = [a.data() for a in section.status_actions.actions() if a.isChecked()]
    assert checked == ["selesai"]
    [berjalan] = [a for a in section.status_actions.actions() if a.data() == "berjalan"]
    berjalan.trigger()
    assert ws.feedback.dialogs(o.staff_plan)[0].status == "berjalan"
    # the panel does not offer to delete another person's record
    before = len(ws.ops())
    section.delete_selected()
    assert len(ws.ops()) == before and len(ws.feedback.dialogs(o.staff_plan)) == 1


def test_someone_outside_the_plan_records_no_dialog(qtbot: QtBot, office: tuple[Workspace, Office]) -> None:
    ws, o = office
    as_(ws, o.staff, Role.PEGAWAI, DAY)
    ws.feedback.add_dialog(o.staff_plan, dt.date(2025, 7, 1), "Kendala data")
    as_(ws, o.colleague, Role.PEGAWAI)
    panel = _panel(qtbot, ws, o.staff_plan)
    section = panel.dialogs
    assert section.count() == 1  # visible, read-only
    assert not section.add_button.isEnabled()
    assert "Only the pegawai and their pejabat penilai" in section.why.text()
    section.table.setCurrentCell(0, 0)
    assert not section.edit_button.isEnabled() and not section.status_button.isEnabled()
    before = len(ws.ops())
    section.add()
    section.set_status("selesai")
    assert len(ws.ops()) == before


def test_a_refused_status_change_is_shown_and_changes_nothing(
    qtbot: QtBot, office: tuple[Workspace, Office]
) -> None:
    ws, o = office
    as_(ws, o.kabid, Role.ATASAN, DAY)
    planned, _ = ws.feedback.add_dialog(o.staff_plan, dt.date(2025, 8, 5), "Tinjauan TW3")
    panel = _panel(qtbot, ws, o.staff_plan)
    section = panel.dialogs
    assert section.select(planned)
    before = len(ws.ops())
    section.set_status("selesai")  # not held yet
    shown = _errors_shown()
    assert shown and shown[-1].what.text() == _what(
        Code.DIALOG_DATE, held_on=format_date(dt.date(2025, 8, 5))
    )
    assert len(ws.ops()) == before and panel.ops.undo_stack.count() == 0
    assert ws.feedback.dialogs(o.staff_plan)[0].status == "direncanakan"
    assert [a.data() for a in section.status_actions.actions() if a.isChecked()] == ["direncanakan"]
