"""The cascading tree editor on screen: the model passes QAbstractItemModelTester, drops and their
keyboard equivalents re-link through undoable commands, refused drops say why, a cascade splits the
target, the MPH grid writes cells, and the clinic walk names what is missing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from skpdesk.domain.cascade import IssueKind
from skpdesk.domain.roles import Role
from skpdesk.messages import install_translator
from skpdesk.services.access import Actor
from skpdesk.services.workspace import Workspace
from skpdesk.ui.cascade.dialogs import CascadeDialog
from skpdesk.ui.cascade.model import MIME, ORPHANS, CascadeModel
from skpdesk.ui.cascade.page import CascadePage
from skpdesk.ui.ops import Ops
from tests.services.test_cascade import Tree, _set_status, _tree
from tests.services.test_drafting import TODAY


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    install_translator("en")
    yield
    install_translator("id")


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Workspace, Tree]]:
    ws = Workspace.open(tmp_path / "ws", actor=Actor.workspace())
    t = _tree(ws)
    yield ws, t
    ws.close()


def _page(qtbot: QtBot, ws: Workspace) -> CascadePage:
    page = CascadePage(Ops(ws))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.refresh()
    page.unit.setCurrentIndex(page.unit.findData("u-a"))
    qtbot.waitUntil(lambda: not page.loading() and page.model.tree is not None, timeout=10_000)
    assert page.model.tree is not None and page.model.tree.unit_id == "u-a"
    return page


def _mime(node_id: str) -> QMimeData:
    data = QMimeData()
    data.setData(MIME, node_id.encode())
    return data


def test_the_model_is_a_proper_item_model(qtbot: QtBot, office: tuple[Workspace, Tree]) -> None:
    ws, t = office
    model = CascadeModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_tree(ws.cascade.tree("u-a", t.o.period))
    top = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert top[0] == "Sasaran: Meningkatnya kualitas ASN"
    assert top[-2:] == ["RHK utama without a parent (1)", "RHK tambahan (1)"]
    goal = model.index(0, 0)
    kids = {model.node_id(model.index(r, 0, goal)) for r in range(model.rowCount(goal))}
    assert kids == {"r-kep", "r-k1", "r-k2"}
    k1 = model.index_of("r-k1")
    assert model.data(model.index(k1.row(), CascadeModel.OWNER, k1.parent())) == "Kabid — Kepala Bidang Umum"
    assert "Jumlah dokumen: 100 dokumen" in model.data(
        model.index(k1.row(), CascadeModel.TARGET, k1.parent())
    )
    # moves applied after a service edit keep the model consistent (the tester checks every signal)
    ws.cascade.relink("r-s2", "r-k2")
    assert model.tree is not None
    model.apply(ws.cascade.nodes(model.tree, ["r-s2"]))
    assert model.index_of("r-s2").parent() == model.index_of("r-k2")
    assert model.rowCount(model.index_of("r-k2")) == 1  # a parent never shown before gets it once
    assert model.data(model.index(model.rowCount() - 2, 0)) == "RHK utama without a parent (0)"


def test_refused_drops_say_why(office: tuple[Workspace, Tree]) -> None:
    ws, t = office
    model = CascadeModel()
    model.set_tree(ws.cascade.tree("u-a", t.o.period))
    assert "itself" in (model.drop_reason("r-k1", "r-s1") or "")
    assert "is not Staf Satu's atasan" in (model.drop_reason("r-s1", "r-kep") or "")
    assert model.drop_reason("r-s1", "r-k2") is None
    assert model.drop_reason("r-s2", ORPHANS) == "Already here."
    assert not model.canDropMimeData(_mime("r-s1"), Qt.DropAction.MoveAction, -1, 0, model.index_of("r-kep"))
    assert model.canDropMimeData(_mime("r-s1"), Qt.DropAction.MoveAction, -1, 0, model.index_of("r-k2"))


def test_drop_relinks_and_undo_puts_it_back(qtbot: QtBot, office: tuple[Workspace, Tree]) -> None:
    ws, t = office
    page = _page(qtbot, ws)
    before = len(ws.ops())
    page.model.dropMimeData(_mime("r-s2"), Qt.DropAction.MoveAction, -1, 0, page.model.index_of("r-k2"))
    assert len(ws.ops()) > before
    assert page.model.index_of("r-s2").parent() == page.model.index_of("r-k2")
    assert ws.cascade.tree("u-a", t.o.period).node("r-s2").parent_id == "r-k2"
    assert not page.model.checks or not page.model.checks.of("r-s2")
    page.ops.undo_stack.undo()
    assert ws.cascade.tree("u-a", t.o.period).node("r-s2").parent_id is None
    assert page.model.tree is not None and page.model.tree.node("r-s2").parent_id is None
    orphan_group = page.model.index_of(ORPHANS)
    assert page.model.index_of("r-s2").parent() == orphan_group
    page.ops.undo_stack.redo()
    assert page.model.tree.node("r-s2").parent_id == "r-k2"


def test_cut_and_paste_and_alt_left_are_the_keyboard_drag(
    qtbot: QtBot, office: tuple[Workspace, Tree]
) -> None:
    ws, t = office
    page = _page(qtbot, ws)
    page.select_node("r-s1")
    page.cut()
    page.select_node("r-kep")  # not the atasan: refused with the reason, nothing written
    before = len(ws.ops())
    page.paste()
    assert "atasan" in page.reason.text() and len(ws.ops()) == before
    page.select_node("r-k2")
    page.paste()
    assert ws.cascade.tree("u-a", t.o.period).node("r-s1").parent_id == "r-k2"
    page.select_node("r-s1")
    page.unlink()
    assert ws.cascade.tree("u-a", t.o.period).node("r-s1").parent_id is None
    assert page.model.checks is not None
    assert [i.kind for i in page.model.checks.of("r-s1")] == [IssueKind.ORPHAN]


def test_a_ditetapkan_plan_asks_before_changing(qtbot: QtBot, office: tuple[Workspace, Tree]) -> None:
    ws, t = office
    _set_status(ws, t.staff_plan, "ditetapkan")
    page = _page(qtbot, ws)
    asked: list[str] = []
    page.confirm_approved = lambda node: asked.append(node.id) or False  # type: ignore[method-assign]
    page.relink("r-s1", "r-k2")
    assert asked == ["r-s1"]
    assert ws.cascade.tree("u-a", t.o.period).node("r-s1").parent_id == "r-k1"  # declined: unchanged
    page.confirm_approved = lambda node: True  # type: ignore[method-assign]
    page.relink("r-s1", "r-k2")
    assert ws.cascade.tree("u-a", t.o.period).node("r-s1").parent_id == "r-k2"


def test_cascade_dialog_splits_the_target_and_undo_removes_the_rhk(
    qtbot: QtBot, office: tuple[Workspace, Tree]
) -> None:
    ws, t = office
    page = _page(qtbot, ws)
    page.select_node("r-k1")
    seen: list[CascadeDialog] = []

    def answer(dialog: object) -> bool:
        assert isinstance(dialog, CascadeDialog)
        seen.append(dialog)
        dialog.approach.setCurrentIndex(dialog.approach.findData("beban-target"))
        assert [dialog._item(r, 2).text() for r in range(2)] == ["50", "50"]
        dialog._item(0, 2).setText("abc")
        dialog.accept()
        assert dialog.error.isVisibleTo(dialog) and not dialog.made
        dialog._item(0, 2).setText("70")
        dialog._item(1, 2).setText("30")
        dialog.accept()
        return bool(dialog.made)

    page.exec_dialog = answer  # type: ignore[method-assign]
    page.cascade_selected()
    made = seen[0].made
    assert len(made) == 2
    tree = ws.cascade.tree("u-a", t.o.period)
    assert sorted(tree.node(m).indicators[0].target_value for m in made) == ["30", "70"]
    assert all(page.model.index_of(m).parent() == page.model.index_of("r-k1") for m in made)
    page.ops.undo_stack.undo()
    assert not set(made) & set(ws.cascade.tree("u-a", t.o.period).nodes)
    assert page.model.tree is not None and not set(made) & set(page.model.tree.nodes)


def test_the_mph_grid_edits_cells(qtbot: QtBot, office: tuple[Workspace, Tree]) -> None:
    ws, t = office
    page = _page(qtbot, ws)
    panel = page.mph
    assert panel.model.grid is None  # filled when first looked at
    page.tabs.setCurrentWidget(panel)
    panel.atasan.setCurrentIndex(panel.atasan.findData(t.o.kabid_plan))
    model = panel.model
    assert model.grid is not None and [c.result_id for c in model.grid.columns] == ["r-k1", "r-k2"]
    row = next(r for r in range(model.rowCount()) if model.grid.rows[r].name == "Staf Dua")
    cell = model.index(row, 2)
    assert model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(cell, "Terverifikasinya usulan kenaikan pangkat", Qt.ItemDataRole.EditRole)
    assert model.data(model.index(row, 2)) == "Terverifikasinya usulan kenaikan pangkat"
    page.ops.undo_stack.undo()
    assert model.data(model.index(row, 2)) == ""
    page.ops.undo_stack.redo()
    assert model.data(model.index(row, 2)) == "Terverifikasinya usulan kenaikan pangkat"


def test_the_clinic_walk_names_what_is_missing(qtbot: QtBot, office: tuple[Workspace, Tree]) -> None:
    ws, t = office
    page = _page(qtbot, ws)
    names = [p[1] for p in page.clinic_people]
    assert names.index("Kepala A") < names.index("Kabid") < names.index("Staf Satu")
    assert "Sendiri" in names  # no plan yet: listed last, named as missing
    assert page.people.count() == 0  # filled when first looked at
    page.side.setCurrentWidget(page.people)
    shown = [page.people.item(r).text() for r in range(page.people.count())]
    assert len(shown) == len(names) and shown[names.index("Kabid")] == "Kabid — Kepala Bidang Umum"
    assert shown[names.index("Sendiri")].endswith("(no plan yet)")
    page._focus_person(t.o.staff)
    assert "no parent" in page.clinic_line.text()
    page.next_person(1)
    assert page.clinic_index == names.index("Staf Satu") + 1
    opened: list[tuple[str, str]] = []
    page.navigate.connect(lambda key, target: opened.append((key, target)))
    page._focus_person(t.o.staff)
    page.open_in_wizard()
    assert opened == [("skp", f"{t.staff_plan}#results")]
    loner = next(p[0] for p in page.clinic_people if p[1] == "Sendiri")
    assert page.missing_for(loner) == ["no plan yet"]


def test_a_pegawai_may_relink_only_their_own(qtbot: QtBot, office: tuple[Workspace, Tree]) -> None:
    ws, t = office
    ws.sign_in(t.o.colleague, Role.PEGAWAI, today=TODAY)
    ws.access.clock = lambda: TODAY
    page = _page(qtbot, ws)
    shown: list[object] = []
    import skpdesk.ui.ops as ops_module

    original = ops_module.show_error
    ops_module.show_error = lambda _parent, err: shown.append(err)  # type: ignore[assignment]
    try:
        page.relink("r-s1", "r-k2")
    finally:
        ops_module.show_error = original
    assert shown and ws.cascade.tree("u-a", t.o.period).node("r-s1").parent_id == "r-k1"
    assert page.ops.undo_stack.count() == 0


def test_the_tree_and_the_mph_export_from_the_page(
    qtbot: QtBot, office: tuple[Workspace, Tree], tmp_path: Path
) -> None:
    import openpyxl

    from skpdesk.ui.cascade.export import export_mph, export_tree

    ws, t = office
    page = _page(qtbot, ws)
    pdf, xlsx = tmp_path / "pohon.pdf", tmp_path / "pohon.xlsx"
    export_tree(page, "a3", str(pdf))
    qtbot.waitUntil(lambda: "Saved" in page.reason.text(), timeout=20_000)
    assert pdf.read_bytes().startswith(b"%PDF")
    export_tree(page, "xlsx", str(xlsx))
    qtbot.waitUntil(lambda: xlsx.exists() and str(xlsx) in page.reason.text(), timeout=20_000)
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    texts = {str(c.value) for row in sheet.iter_rows() for c in row if c.value}
    assert any("Tersedianya rekap data pegawai" in x for x in texts)
    page.tabs.setCurrentWidget(page.mph)
    page.mph.atasan.setCurrentIndex(page.mph.atasan.findData(t.o.kabid_plan))
    mph = tmp_path / "mph.xlsx"
    export_mph(page, "xlsx", str(mph))
    qtbot.waitUntil(lambda: str(mph) in page.reason.text(), timeout=20_000)
    cells = {
        str(c.value) for row in openpyxl.load_workbook(mph).worksheets[0].iter_rows() for c in row if c.value
    }
    assert any("Tersedianya rekap data pegawai" in x for x in cells)


def test_the_tree_loads_off_the_gui_thread_and_the_last_choice_wins(
    qtbot: QtBot, office: tuple[Workspace, Tree]
) -> None:
    ws, _t = office
    page = _page(qtbot, ws)
    page.unit.setCurrentIndex(page.unit.findData("u-bid"))
    assert page.loading() and page.reason.text() == "Loading the tree…"
    page.unit.setCurrentIndex(page.unit.findData("u-a"))  # before the first read is back
    qtbot.waitUntil(lambda: not page.loading(), timeout=10_000)
    qtbot.wait(200)  # the superseded read reports too, and is ignored
    assert page.model.tree is not None and page.model.tree.unit_id == "u-a"
    assert page.reason.text() == ""


def test_the_top_of_the_tree_shows_first_and_the_rest_keeps_what_was_opened(
    qtbot: QtBot, office: tuple[Workspace, Tree]
) -> None:
    ws, t = office
    top = ws.cascade.tree("u-a", t.o.period, top_levels=1)
    whole = ws.cascade.tree("u-a", t.o.period)
    assert not top.complete and whole.complete
    assert "r-k1" in top.nodes and "r-s1" not in top.nodes and not top.missing  # staff come later
    assert "r-s1" in whole.nodes
    assert ws.cascade.tree("u-a", t.o.period, top_levels=5).complete  # nothing below level 5
    page = _page(qtbot, ws)
    page._generation += 1
    page._loaded(page._generation, top)  # as if only the top were in: the rest is being read
    assert page.shown() and not page.complete() and page.loading()
    k1 = page.model.index_of("r-k1")
    assert not (page.model.flags(k1) & Qt.ItemFlag.ItemIsDragEnabled)
    assert page.checks.topLevelItem(0).text(0).startswith("Checking")
    page.select_node("r-k1")
    page.relink("r-k1", None)  # refused while the rest loads: nothing written
    assert "still being read" in page.reason.text()
    assert ws.cascade.tree("u-a", t.o.period).nodes["r-k1"].link_id is not None
    page.view.collapseAll()
    page.view.expand(page.model.index_of("r-k1").parent())
    qtbot.waitUntil(page.complete, timeout=10_000)
    assert "r-s1" in page.model.tree.nodes  # type: ignore[union-attr]
    assert page.selected() is not None and page.selected().id == "r-k1"  # type: ignore[union-attr]
    assert page.view.isExpanded(page.model.index_of("r-k1").parent())
    assert page.model.flags(page.model.index_of("r-k1")) & Qt.ItemFlag.ItemIsDragEnabled
    assert page.reason.text() == ""
