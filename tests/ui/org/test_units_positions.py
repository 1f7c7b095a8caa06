"""Units and positions on the Organisation & People screen: new, edit, delete, atasan, undo, and
refusals that leave the data as it was."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import Role
from skpdesk.services.org import NewPosition
from skpdesk.services.workspace import Workspace
from skpdesk.ui.errors import ErrorDialog
from skpdesk.ui.org.dialogs import PositionDialog, PositionPicker, UnitDialog
from skpdesk.ui.org.page import OrgPage
from tests.ui.org.small_org import TODAY, SmallOrg


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    """These tests read the refusal words in English; other tests may have left Indonesian."""
    from skpdesk.messages import install_translator

    install_translator("en")
    yield
    install_translator("id")


def _error_texts(page: OrgPage) -> list[str]:
    found = [w for w in page.findChildren(ErrorDialog) if w.isVisible()]
    for w in found:
        w.close()
    return [w.what.text() for w in found]


def _settle(qtbot: QtBot, page: OrgPage) -> None:
    qtbot.waitUntil(lambda: page._loading is None, timeout=10_000)


def _choose_position(qtbot: QtBot, page: OrgPage, position_id: str) -> None:
    page.tabs.setCurrentWidget(page.positions_page)
    _settle(qtbot, page)
    row = page.unit_positions.row_of(position_id)
    assert row is not None, position_id
    page.positions_view.selectRow(row)


def _titles(page: OrgPage) -> list[str]:
    return [page.unit_positions.position(r).title for r in range(page.unit_positions.rowCount())]  # type: ignore[union-attr]


def test_a_new_unit_under_the_chosen_one_and_undo(page: OrgPage, ws: Workspace, org: SmallOrg) -> None:
    page.open_item(org.opd_a)
    dialog = page.unit_dialog()
    assert isinstance(dialog, UnitDialog)
    assert dialog.kind.currentData() == "bidang"  # under an OPD: a bidang
    assert not dialog.save_button.isEnabled()  # no name yet
    dialog.name.setText("Bidang Perencanaan")
    dialog.short_name.setText("Renev")
    dialog.mandiri.setChecked(True)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    (unit,) = [u for u in ws.org.unit_tree() if u.name == "Bidang Perencanaan"]
    assert (unit.parent_id, unit.kind, unit.short_name) == (org.opd_a, "bidang", "Renev")
    assert page.tree_model.info(unit.id) is not None  # in the tree at once
    page.ops.undo_stack.undo()
    assert page.tree_model.info(unit.id) is None
    page.ops.undo_stack.redo()
    assert page.tree_model.info(unit.id) is not None


def test_new_unit_by_key_selects_it(
    qtbot: QtBot, page: OrgPage, org: SmallOrg, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, UnitDialog)
        dialog.name.setText("Tim Reformasi")
        dialog.kind.setCurrentIndex(dialog.kind.findData("tim"))
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "exec_dialog", fill)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.open_item(org.sub)
    page.tree.setFocus()
    QTest.keyClick(
        page.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    chosen = page.tree_model.info(page._unit_id or "")
    assert chosen is not None and (chosen.name, chosen.parent_id, chosen.kind) == (
        "Tim Reformasi",
        org.sub,
        "tim",
    )


def test_deleting_a_unit_with_children_is_refused(
    qtbot: QtBot, page: OrgPage, ws: Workspace, org: SmallOrg, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(page, "confirm", lambda *_a: asked.append("confirm") or True)
    ops_before = len(ws.ops())
    page.open_item(org.bidang)
    assert page.act_delete_unit.isEnabled()
    page.delete_unit()
    (text,) = _error_texts(page)
    assert "2" in text and "1" in text  # its positions and sub-units, counted
    assert asked == [] and len(ws.ops()) == ops_before and page.ops.undo_stack.count() == 0
    assert page.tree_model.info(org.bidang) is not None
    # an empty unit: confirmed, deleted, undone
    new_id, _ = page.ops.run(ws.org.add_unit, _unit("Tim Kosong", org.bidang)) or ("", None)
    page.open_item(new_id)
    page.tree.setFocus()
    page.delete_unit()
    assert asked == ["confirm"] and page.tree_model.info(new_id) is None
    assert page._unit_id == org.bidang  # the parent is chosen
    page.ops.undo_stack.undo()
    assert page.tree_model.info(new_id) is not None


def test_a_new_position_with_its_atasan(
    qtbot: QtBot, page: OrgPage, ws: Workspace, org: SmallOrg, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.open_item(org.bidang)
    dialog = page.position_dialog(None)
    assert isinstance(dialog, PositionDialog)
    assert dialog.atasan_id == "p-kabid"  # the unit's head, by default
    assert not dialog.save_button.isEnabled()  # no title yet

    def choose_kep(picker: QDialog) -> bool:
        assert isinstance(picker, PositionPicker)
        picker.view.selectRow(picker.model.row_of("p-kep") or 0)
        return True

    monkeypatch.setattr(page, "exec_dialog", choose_kep)
    dialog.pick_atasan()
    assert dialog.atasan_id == "p-kep" and "Kepala Dinas A" in dialog.atasan_label.text()
    dialog.title.setText("Analis Kebijakan")
    dialog.jenjang.setCurrentIndex(dialog.jenjang.findData("ahli-muda"))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    new_id = page._new_position
    assert new_id is not None
    row = ws.org.position_detail(new_id)
    assert (row.title, row.jenjang, row.jenis, row.unit_id, row.atasan_position_id) == (
        "Analis Kebijakan",
        "ahli-muda",
        "jf",
        org.bidang,
        "p-kep",
    )
    page.tabs.setCurrentWidget(page.positions_page)
    _settle(qtbot, page)
    assert page.unit_positions.row_of(new_id) is not None  # the tab shows it
    page.ops.undo_stack.undo()
    _settle(qtbot, page)
    assert page.unit_positions.row_of(new_id) is None
    with pytest.raises(SkpError):
        ws.org.position_detail(new_id)


def test_editing_a_position_and_a_refused_atasan_cycle(
    qtbot: QtBot, page: OrgPage, ws: Workspace, org: SmallOrg, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.open_item(org.opd_a)
    _choose_position(qtbot, page, "p-kabid")
    assert page.act_edit_position.isEnabled()
    dialog = page.position_dialog(page.current_position())
    assert isinstance(dialog, PositionDialog) and dialog.atasan_id == "p-kep"
    dialog.set_atasan("p-kabid")  # itself: the form refuses
    assert not dialog.save_button.isEnabled()
    before, ops_before = ws.org.position_detail("p-kabid"), len(ws.ops())
    dialog.title.setText("Kepala Bidang Anggaran")
    dialog.set_atasan("p-staf")  # below it: the service refuses; the form says why and stays open
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.banner.isVisibleTo(dialog)
    assert "reports" in dialog.banner_text.text()
    assert ws.org.position_detail("p-kabid") == before and len(ws.ops()) == ops_before
    assert page.ops.undo_stack.count() == 0
    dialog.set_atasan(None)
    dialog.jenjang.setCurrentIndex(dialog.jenjang.findData("pengawas"))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    row = ws.org.position_detail("p-kabid")
    assert (row.title, row.jenjang, row.atasan_position_id) == ("Kepala Bidang Anggaran", "pengawas", None)
    assert page.ops.undo_stack.count() == 1  # one edit for the person, though two service calls
    page.ops.undo_stack.undo()
    assert ws.org.position_detail("p-kabid") == before


def test_change_atasan_from_the_table(
    qtbot: QtBot, page: OrgPage, ws: Workspace, org: SmallOrg, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = {"id": "p-staf"}

    def choose(picker: QDialog) -> bool:
        assert isinstance(picker, PositionPicker)
        picker.view.selectRow(picker.model.row_of(target["id"]) or 0)
        return True

    monkeypatch.setattr(page, "exec_dialog", choose)
    page.open_item(org.opd_a)
    _choose_position(qtbot, page, "p-kabid")
    ops_before = len(ws.ops())
    page.change_atasan()  # p-staf lies below p-kabid: refused, shown, nothing written
    (text,) = _error_texts(page)
    assert "reports" in text
    assert ws.org.position_detail("p-kabid").atasan_position_id == "p-kep"
    assert len(ws.ops()) == ops_before and page.ops.undo_stack.count() == 0
    target["id"] = "p-kepb"
    page.change_atasan()
    assert ws.org.position_detail("p-kabid").atasan_position_id == "p-kepb"
    page.ops.undo_stack.undo()
    assert ws.org.position_detail("p-kabid").atasan_position_id == "p-kep"


def test_deleting_a_held_position_is_refused_an_empty_one_is_undone(
    qtbot: QtBot, page: OrgPage, ws: Workspace, org: SmallOrg, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(page, "confirm", lambda *_a: asked.append("confirm") or True)
    page.open_item(org.bidang)
    _choose_position(qtbot, page, "p-analis")
    ops_before = len(ws.ops())
    page.delete_position()
    (text,) = _error_texts(page)
    assert "holds" in text and asked == []
    assert ws.org.position_detail("p-analis").title == "Analis Keuangan" and len(ws.ops()) == ops_before
    (empty,), _ = ws.org.add_positions([NewPosition("Arsiparis", org.bidang, "terampil", "p-kabid")])
    page.refresh()
    _choose_position(qtbot, page, empty)
    page.positions_view.setFocus()
    page.delete_position()
    assert asked == ["confirm"]
    _settle(qtbot, page)
    assert page.unit_positions.row_of(empty) is None
    page.ops.undo_stack.undo()
    _settle(qtbot, page)
    assert page.unit_positions.row_of(empty) is not None
    assert ws.org.position_detail(empty).atasan_position_id == "p-kabid"


def test_a_pegawai_sees_unit_and_position_actions_disabled(
    qtbot: QtBot, page: OrgPage, ws: Workspace, org: SmallOrg
) -> None:
    ws.sign_in(org.analis, Role.PEGAWAI, today=TODAY)
    page.ops.set_actor(ws.access.actor)
    _settle(qtbot, page)
    page.open_item(org.bidang)
    _choose_position(qtbot, page, "p-analis")
    actions = (
        page.act_new_unit,
        page.act_delete_unit,
        page.act_new_position,
        page.act_edit_position,
        page.act_delete_position,
        page.act_atasan,
    )
    for action in actions:
        assert not action.isEnabled() and "\n" in action.toolTip()
    page.delete_position()  # the shortcut does nothing either
    page.delete_unit()
    assert ws.org.position_detail("p-analis").title == "Analis Keuangan"
    with pytest.raises(SkpError) as info:
        ws.org.delete_position("p-analis")
    assert info.value.code is Code.NOT_ALLOWED


def test_a_pengelola_may_not_edit_positions_outside_their_scope(
    qtbot: QtBot, page: OrgPage, ws: Workspace, org: SmallOrg
) -> None:
    ws.sign_in(org.staf, Role.PENGELOLA, org.opd_a, today=TODAY)
    page.ops.set_actor(ws.access.actor)
    _settle(qtbot, page)
    page.open_item(org.bidang)
    _choose_position(qtbot, page, "p-analis")
    assert page.act_edit_position.isEnabled() and page.act_new_unit.isEnabled()
    page.open_item(org.opd_b)
    _choose_position(qtbot, page, "p-kepb")
    assert not page.act_edit_position.isEnabled() and "Dinas A" in page.act_edit_position.toolTip()
    assert not page.act_new_unit.isEnabled() and not page.act_new_position.isEnabled()


def _unit(name: str, parent: str):  # type: ignore[no-untyped-def]
    from skpdesk.services.org import NewUnit

    return NewUnit(name, "tim", parent_id=parent)
