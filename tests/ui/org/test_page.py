"""The Organisation & People screen: choosing, searching, editing with validation, undo and redo,
refusals that leave the data as it was, and what a person without the right role sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import Role
from skpdesk.services.access import Actor
from skpdesk.services.org import NewEmployee
from skpdesk.services.workspace import Workspace
from skpdesk.ui.errors import ErrorDialog
from skpdesk.ui.ops import Ops
from skpdesk.ui.org import commands
from skpdesk.ui.org.dialogs import EmployeePicker, PositionPicker, UnitPicker
from skpdesk.ui.org.page import OrgPage
from tests.ui.org.small_org import ANALIS_NIP, TODAY, SmallOrg


def _error_dialogs(page: OrgPage) -> list[ErrorDialog]:
    found = [w for w in page.findChildren(ErrorDialog) if w.isVisible()]
    for w in found:
        w.close()
    return found


def _names(page: OrgPage) -> list[str]:
    model = page.employees
    return [str(model.data(model.index(r, model.NAME))) for r in range(model.rowCount())]


def test_tree_list_and_positions(page: OrgPage, org: SmallOrg) -> None:
    tree = page.tree_model
    assert tree.total(org.root) == 5 and tree.total(org.opd_a) == 4 and tree.total(org.sub) == 1
    assert page.employees.rowCount() == 5
    page.open_item(org.bidang)  # choosing a unit limits the list to its subtree
    assert sorted(_names(page)) == ["Budi Staf", "Dr. Kabid Satu", "Siti Rahma, S.E."]
    assert page.scope_button.isVisible()
    positions = page.unit_positions
    assert positions.rowCount() == 0  # read only when its tab is shown
    page.tabs.setCurrentWidget(page.positions_page)
    titles = [positions.data(positions.index(r, 0)) for r in range(positions.rowCount())]
    assert titles[0] == "Kepala Bidang A1" and "Analis Keuangan Ahli Pertama" in titles
    kasub = positions.row_of("p-kasub")
    assert kasub is not None
    holder = positions.data(positions.index(kasub, positions.HOLDER))
    assert "Kabid Satu" in holder and holder.startswith("Plt")  # vacant, with its Plt
    staf = positions.row_of("p-staf")
    assert "Kepala Sub A1x" in positions.data(positions.index(staf, positions.ATASAN))
    page.show_all_units()
    assert page.employees.rowCount() == 5 and not page.scope_button.isVisible()


def test_the_first_load_runs_in_the_background(qtbot: QtBot, ops: Ops) -> None:
    fresh = OrgPage(ops)
    qtbot.addWidget(fresh)
    fresh.refresh()
    qtbot.waitUntil(lambda: fresh.loaded, timeout=10_000)
    assert fresh.employees.rowCount() == 5 and fresh.tree_model.roots() == ["u-root"]


def test_search_as_you_type_and_the_detail_panel(qtbot: QtBot, page: OrgPage, org: SmallOrg) -> None:
    assert page.focus_search() and page.search.hasFocus()
    QTest.keyClicks(page.search, "siti")
    assert _names(page) == ["Siti Rahma, S.E."]
    assert page.current_employee_id() == org.analis  # the first match is chosen, ready for Enter
    page.search.setText("19850312 200901")  # a NIP typed as printed, with spaces
    assert _names(page) == ["Siti Rahma, S.E."]
    page.search.setText("bidang a1 kepala")  # words in any order: unit and position
    assert _names(page) == ["Dr. Kabid Satu"]
    qtbot.waitUntil(lambda: "Kepala Bidang A1" in page.detail_position.text())
    assert "Kepala Dinas A" in page.detail_position.text()  # the atasan position and its holder
    assert "Kepala A" in page.detail_position.text()
    assert "Kepala Sub A1x" in page.detail_acting.text()  # the Plt assignment
    page.search.clear()
    assert page.employees.rowCount() == 5


def test_bad_nip_and_golongan_block_save_and_change_nothing(
    page: OrgPage, ws: Workspace, org: SmallOrg
) -> None:
    before, ops_before = ws.org.employee_values(org.analis), len(ws.ops())
    dialog = page.employee_dialog(org.analis)
    assert dialog.save_button.isEnabled()
    dialog.nip.setText("19850312 200913 2 002")  # month 13
    assert not dialog.save_button.isEnabled()
    assert "13" in dialog.nip_notes.text() and dialog.blocking
    dialog.nip.setText("1985031220090")  # too short
    assert not dialog.save_button.isEnabled() and "13" in dialog.nip_notes.text()
    dialog.nip.setText(ANALIS_NIP)
    assert dialog.save_button.isEnabled() and "✓" in dialog.nip_notes.text()
    dialog.golongan.setEditText("V/z")
    assert not dialog.save_button.isEnabled() and "V/z" in dialog.rank_notes.text()
    dialog.golongan.setEditText("3b")  # written another way: accepted as III/b
    assert dialog.save_button.isEnabled() and dialog.golongan_code() == "III/b"
    dialog.golongan.setEditText("IV/c")  # outside the Ahli Pertama range (R-AK): a warning only
    assert dialog.save_button.isEnabled() and "⚠" in dialog.rank_notes.text()
    dialog.nip.setText("1985")
    dialog.save()  # refused by the form itself
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert ws.org.employee_values(org.analis) == before and len(ws.ops()) == ops_before
    assert page.ops.undo_stack.count() == 0


def test_a_refusal_by_the_service_is_shown_in_the_form(page: OrgPage, ws: Workspace, org: SmallOrg) -> None:
    before = ws.org.employee_values(org.analis)
    dialog = page.employee_dialog(org.analis)
    dialog._nip_taken = lambda _nip: False  # the form's own duplicate check is bypassed
    dialog.nip.setText("19700101 200001 1 001")  # Kepala A's NIP
    assert dialog.save_button.isEnabled()
    dialog.save()
    assert dialog.banner.isVisibleTo(dialog) and "19700101 200001 1 001" in dialog.banner_text.text()
    assert dialog.result() != QDialog.DialogCode.Accepted  # still open, nothing saved
    assert ws.org.employee_values(org.analis) == before
    assert page.ops.undo_stack.count() == 0


def test_an_edit_is_undone_and_redone(page: OrgPage, ws: Workspace, org: SmallOrg) -> None:
    page.open_item(org.analis)
    dialog = page.employee_dialog(org.analis)
    dialog.name.setText("Siti Rahmawati")
    dialog.golongan.setEditText("III/b")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    values = ws.org.employee_values(org.analis)
    assert (values["name"], values["golongan"]) == ("Siti Rahmawati", "III/b")
    assert "Siti Rahmawati, S.E." in _names(page) and page.current_employee_id() == org.analis
    stack = page.ops.undo_stack
    assert stack.count() == 1
    stack.undo()
    values = ws.org.employee_values(org.analis)
    assert (values["name"], values["golongan"]) == ("Siti Rahma", "III/a")
    assert "Siti Rahma, S.E." in _names(page)
    stack.redo()
    assert ws.org.employee_values(org.analis)["name"] == "Siti Rahmawati"


def test_a_delete_is_confirmed_and_undone(
    page: OrgPage, ws: Workspace, org: SmallOrg, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.open_item(org.staf)
    monkeypatch.setattr(page, "confirm", lambda *_a: False)
    page.delete_employee()
    assert page.employees.rowCount() == 5  # not confirmed: nothing happens
    monkeypatch.setattr(page, "confirm", lambda *_a: True)
    page.open_item(org.staf)
    page.delete_employee()
    assert "Budi Staf" not in _names(page) and page.tree_model.total(org.sub) == 0
    page.ops.undo_stack.undo()
    assert "Budi Staf" in _names(page) and page.tree_model.total(org.sub) == 1
    assert org.staf in {r[0] for r in ws.org.employee_index()}
    page.ops.undo_stack.redo()
    assert "Budi Staf" not in _names(page)


def test_a_new_employee_can_be_undone(page: OrgPage, ws: Workspace, org: SmallOrg) -> None:
    dialog = page.employee_dialog(None)
    assert not dialog.save_button.isEnabled()  # empty NIP and name
    dialog.nip.setText("19900101 201501 1 007")
    dialog.name.setText("Pegawai Baru")
    dialog.set_position("p-kasub")
    dialog.golongan.setCurrentIndex(dialog.golongan.findData("III/c"))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Pegawai Baru" in _names(page) and page.tree_model.total(org.sub) == 2
    page.ops.undo_stack.undo()
    assert "Pegawai Baru" not in _names(page)
    page.ops.undo_stack.redo()
    assert "Pegawai Baru" in _names(page)


def test_moving_an_employee_and_back(
    page: OrgPage, ws: Workspace, org: SmallOrg, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose_kasub(dialog: QDialog) -> bool:
        assert isinstance(dialog, PositionPicker)
        dialog.search.setText("kepala sub")
        row = dialog.model.row_of("p-kasub")
        assert row is not None
        dialog.view.selectRow(row)
        return True

    monkeypatch.setattr(page, "exec_dialog", choose_kasub)
    page.open_item(org.analis)
    page.move_employee()
    assert ws.org.employee_values(org.analis)["position_id"] == "p-kasub"
    assert page.tree_model.total(org.sub) == 2 and page.current_employee_id() == org.analis
    page.ops.undo_stack.undo()
    assert ws.org.employee_values(org.analis)["position_id"] == "p-analis"
    assert page.tree_model.total(org.sub) == 1


def test_moving_a_unit_into_itself_is_refused(page: OrgPage, ws: Workspace, org: SmallOrg) -> None:
    ops_before = len(ws.ops())
    page.ops.push(commands.move_unit(page.ops, org.opd_a, "Dinas A", org.root, org.sub))
    assert _error_dialogs(page)  # the refusal is shown
    assert page.ops.undo_stack.count() == 0 and len(ws.ops()) == ops_before
    assert page.tree_model.info(org.opd_a).parent_id == org.root  # type: ignore[union-attr]
    # the picker does not even offer the unit itself or what lies below it
    picker = UnitPicker(page, page.tree_model.units(), "Move", refused=page.tree_model.subtree_ids(org.opd_a))
    for unit_id in (org.opd_a, org.bidang, org.sub):
        index = picker.tree.index_of(unit_id)
        assert not picker.tree.flags(index) & Qt.ItemFlag.ItemIsSelectable
    assert picker.tree.flags(picker.tree.index_of(org.opd_b)) & Qt.ItemFlag.ItemIsSelectable


def test_moving_and_renaming_a_unit_keep_the_tree_open(
    page: OrgPage, ws: Workspace, org: SmallOrg, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.open_item(org.sub)
    assert page.tree.isExpanded(page.tree_model.index_of(org.bidang))

    def choose_b(dialog: QDialog) -> bool:
        assert isinstance(dialog, UnitPicker)
        dialog.select(org.opd_b)
        return True

    monkeypatch.setattr(page, "exec_dialog", choose_b)
    page.move_unit()
    assert page.tree_model.info(org.sub).parent_id == org.opd_b  # type: ignore[union-attr]
    assert page.tree_model.total(org.opd_b) == 2 and page.tree_model.total(org.opd_a) == 3
    assert page.tree.isExpanded(page.tree_model.index_of(org.opd_a))  # expansion kept by id
    assert page.tree.isExpanded(page.tree_model.index_of(org.opd_b))  # the moved unit is shown
    assert page.tree.currentIndex() == page.tree_model.index_of(org.sub)  # and the chosen unit
    page.ops.undo_stack.undo()
    assert page.tree_model.info(org.sub).parent_id == org.bidang  # type: ignore[union-attr]

    def rename(dialog: QDialog) -> bool:
        dialog.name.setText("  ")  # type: ignore[attr-defined]
        assert not dialog.save_button.isEnabled()  # type: ignore[attr-defined]
        dialog.name.setText("Subbidang Anggaran")  # type: ignore[attr-defined]
        dialog.save()  # type: ignore[attr-defined]
        return True

    monkeypatch.setattr(page, "exec_dialog", rename)
    page.open_item(org.sub)
    page.rename_unit()
    assert page.tree_model.info(org.sub).name == "Subbidang Anggaran"  # type: ignore[union-attr]
    page.search.setText("subbidang anggaran")  # the list searches the new name at once
    assert _names(page) == ["Budi Staf"]
    page.ops.undo_stack.undo()
    assert page.tree_model.info(org.sub).name == "Sub A1x"  # type: ignore[union-attr]
    assert page.employees.rowCount() == 0


def test_acting_assignment_refuses_end_before_start_and_undoes(
    page: OrgPage, ws: Workspace, org: SmallOrg, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose_position(dialog: QDialog) -> bool:
        if isinstance(dialog, PositionPicker):
            dialog.view.selectRow(dialog.model.row_of("p-kepb") or 0)
        elif isinstance(dialog, EmployeePicker):
            dialog.search.setText("siti")
        return True

    monkeypatch.setattr(page, "exec_dialog", choose_position)
    dialog = page.acting_dialog()
    dialog._choose_employee()
    dialog._choose_position()
    assert (dialog.employee_id, dialog.position_id) == (org.analis, "p-kepb")
    dialog.kind.setCurrentIndex(dialog.kind.findData("plh"))
    dialog.has_end.setChecked(True)
    dialog.end.setDate(dialog.start.date().addDays(-1))
    assert not dialog.save_button.isEnabled() and "✕" in dialog.note.text()
    ops_before = len(ws.ops())
    dialog.save()
    assert len(ws.ops()) == ops_before and dialog.result() != QDialog.DialogCode.Accepted
    dialog.end.setDate(dialog.start.date().addDays(5))
    dialog.decree.setText("800/9/2026")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    (plh,) = ws.org.acting_assignments(employee_id=org.analis)
    assert (plh.kind, plh.position_id, plh.decree) == ("plh", "p-kepb", "800/9/2026")
    page.ops.undo_stack.undo()
    assert ws.org.acting_assignments(employee_id=org.analis) == []
    page.ops.undo_stack.redo()
    assert [a.id for a in ws.org.acting_assignments(employee_id=org.analis)] == [plh.id]


def test_ending_an_acting_assignment(page: OrgPage, ws: Workspace, org: SmallOrg) -> None:
    page.open_item(org.kabid)
    page._show_detail()
    assert page.act_end_acting.isEnabled()
    dialog = page.end_acting_dialog(org.kabid)
    dialog.end.setDate(dialog.end.date().addYears(-1))  # before the Plt started
    assert not dialog.save_button.isEnabled()
    dialog.end.setDate(dialog.end.date().addYears(1))
    dialog.save()
    assert ws.org.acting_assignments(employee_id=org.kabid)[0].end == TODAY
    page.ops.undo_stack.undo()
    assert ws.org.acting_assignments(employee_id=org.kabid)[0].end is None


def test_a_pegawai_sees_the_actions_disabled_and_the_service_refuses(
    qtbot: QtBot, page: OrgPage, ws: Workspace, org: SmallOrg
) -> None:
    ws.sign_in(org.analis, Role.PEGAWAI, today=TODAY)
    page.ops.set_actor(ws.access.actor)
    qtbot.waitUntil(lambda: page._loading is None)
    page.open_item(org.analis)
    for action in (page.act_new, page.act_edit, page.act_delete, page.act_move, page.act_acting):
        assert not action.isEnabled()
        assert "\n" in action.toolTip()  # the reason is given under the action's name
    assert page.notice.isVisibleTo(page)
    page.edit_employee()  # the shortcut does nothing either
    with pytest.raises(SkpError) as info:
        ws.org.update_employee(org.analis, name="Nama Lain")
    assert info.value.code is Code.NOT_ALLOWED
    assert ws.org.employee_values(org.analis)["name"] == "Siti Rahma"


def test_a_pengelola_may_edit_only_within_their_scope(
    qtbot: QtBot, page: OrgPage, ws: Workspace, org: SmallOrg
) -> None:
    ws.sign_in(org.staf, Role.PENGELOLA, org.opd_a, today=TODAY)
    page.ops.set_actor(ws.access.actor)
    qtbot.waitUntil(lambda: page._loading is None)
    page.open_item(org.analis)
    assert page.act_edit.isEnabled() and not page.notice.isVisibleTo(page)
    page.open_item(org.kepala_b)
    assert not page.act_edit.isEnabled() and "Dinas A" in page.act_edit.toolTip()


def test_changes_from_elsewhere_keep_selection(page: OrgPage, ws: Workspace, org: SmallOrg) -> None:
    page.open_item(org.analis)
    page.ops.run(ws.org.update_employee, org.kabid, name="Kabid Dua")
    assert "Dr. Kabid Dua" in _names(page)
    assert page.current_employee_id() == org.analis
    page.ops.run(ws.org.add_employee, _new("19920202 201701 2 011", "Orang Baru", "p-kepb"))
    assert page.employees.rowCount() == 6 and page.tree_model.total(org.opd_b) == 2
    assert page.current_employee_id() == org.analis


def test_screenshot_over_the_demo(qtbot: QtBot, demo_folder: Path, tmp_path: Path) -> None:
    with Workspace.open(demo_folder, actor=Actor.workspace()) as ws:
        screen = OrgPage(Ops(ws))
        qtbot.addWidget(screen)
        screen.resize(1366, 768)
        screen.show()
        screen.load_now()
        assert screen.employees.rowCount() == ws.info().counts["employee"]
        screen.search.setText("dinas pendidikan guru")
        assert 0 < screen.employees.rowCount() < 300
        screen.grab().save(str(tmp_path / "organisasi.png"))


def _new(nip: str, name: str, position_id: str) -> NewEmployee:
    return NewEmployee(nip, name, "III/a", position_id=position_id)


def test_roles_are_granted_and_revoked_with_undo(
    page: OrgPage, ws: Workspace, org: SmallOrg, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose_dinas_a(dialog: QDialog) -> bool:
        assert isinstance(dialog, UnitPicker)
        dialog.select(org.opd_a)
        return True

    monkeypatch.setattr(page, "exec_dialog", choose_dinas_a)
    page.open_item(org.analis)
    assert page.act_roles.isEnabled()
    dialog = page.roles_dialog(org.analis)
    assert not dialog.revoke_button.isEnabled()  # nothing granted yet
    dialog.role.setCurrentIndex(dialog.role.findData("fasilitator"))
    dialog._choose_unit()
    assert dialog.scope_id == org.opd_a
    dialog.grant()
    assert [(g.role, g.org_unit_id) for g in ws.org.employee_detail(org.analis).grants] == [
        ("fasilitator", org.opd_a)
    ]
    assert dialog.list.count() == 1
    page.ops.undo_stack.undo()
    assert ws.org.employee_detail(org.analis).grants == ()
    page.ops.undo_stack.redo()
    assert len(ws.org.employee_detail(org.analis).grants) == 1
    staf = page.roles_dialog(org.staf)
    staf.list.setCurrentRow(0)
    staf.revoke()
    assert ws.org.employee_detail(org.staf).grants == ()
    page.ops.undo_stack.undo()
    assert [g.role for g in ws.org.employee_detail(org.staf).grants] == ["pengelola"]


def test_only_the_bkpsdm_grants_roles(qtbot: QtBot, page: OrgPage, ws: Workspace, org: SmallOrg) -> None:
    ws.sign_in(org.staf, Role.PENGELOLA, org.opd_a, today=TODAY)
    page.ops.set_actor(ws.access.actor)
    qtbot.waitUntil(lambda: page._loading is None)
    page.open_item(org.analis)
    assert not page.act_roles.isEnabled() and "\n" in page.act_roles.toolTip()
    with pytest.raises(SkpError) as info:
        ws.org.revoke_role(ws.org.employee_detail(org.staf).grants[0].id)
    assert info.value.code is Code.NOT_ALLOWED


def test_every_action_has_a_key(
    qtbot: QtBot, page: OrgPage, org: SmallOrg, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(page, "exec_dialog", lambda dialog: opened.append(type(dialog).__name__) or False)
    monkeypatch.setattr(page, "confirm", lambda *_a: opened.append("confirm") or False)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.open_item(org.kabid)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_F2)
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    QTest.keyClick(page.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(
        page.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    QTest.keyClick(
        page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [
        "EmployeeDialog",
        "EmployeeDialog",
        "confirm",
        "PositionPicker",
        "ActingDialog",
        "EndActingDialog",
        "EmployeeDialog",
    ]
    opened.clear()
    page.open_item(org.bidang)
    page.tree.setFocus()
    QTest.keyClick(page.tree, Qt.Key.Key_F2)
    QTest.keyClick(
        page.tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert opened == ["RenameUnitDialog", "UnitPicker"]
    page.search.setFocus()
    QTest.keyClicks(page.search, "siti")
    QTest.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == ""
