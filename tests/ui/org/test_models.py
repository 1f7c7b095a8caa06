"""The tree and table models over the demo workspace: Qt's model tester, and search results."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QTreeView
from pytestqt.qtbot import QtBot

from skpdesk.domain.nip import format_nip
from skpdesk.services.access import Actor
from skpdesk.services.org import UnitInfo
from skpdesk.services.workspace import Workspace
from skpdesk.ui.models.employees import (
    EmployeeIndex,
    EmployeeTableModel,
    PositionIndex,
    PositionTableModel,
    TextSearch,
    UnitPositionsModel,
    jabatan_title,
    name_with_gelar,
)
from skpdesk.ui.models.org_tree import OrgTreeModel, expanded_ids, restore_expanded, unit_texts

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture(scope="module")
def demo(demo_folder: Path) -> Iterator[tuple[list[UnitInfo], EmployeeIndex, Workspace]]:
    with Workspace.open(demo_folder, actor=Actor.workspace()) as ws:
        units = ws.org.unit_tree()
        yield units, EmployeeIndex(ws.org.employee_index(), unit_texts(units)), ws


def _visible_ids(model: EmployeeTableModel) -> list[str]:
    return [str(model.employee_id(r)) for r in range(model.rowCount())]


def test_org_tree_model_passes_the_model_tester(qtbot: QtBot, demo: tuple) -> None:
    units, _index, _ws = demo
    model = OrgTreeModel()
    tester = QAbstractItemModelTester(model, FATAL)
    assert model.set_units(units)  # first fill: a reset
    root = model.roots()[0]
    assert model.rowCount() == 1 and model.rowCount(model.index_of(root)) > 10
    assert model.total(root) == sum(u.employees for u in units)  # subtree totals
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    opd = model.index(0, 0, model.index_of(root))
    view.expand(model.index_of(root))
    view.expand(opd)
    expanded = expanded_ids(view, model)
    assert {root, model.unit_id(opd)} == expanded

    # same shape, another count: updated in place, the view keeps its expansion
    changed = [replace(u, employees=u.employees + 1) if u.id == model.unit_id(opd) else u for u in units]
    with qtbot.waitSignal(model.dataChanged):
        assert not model.set_units(changed)
    assert model.total(root) == sum(u.employees for u in units) + 1
    assert expanded_ids(view, model) == expanded

    # a new shape (a unit moved under another OPD): reset, and expansion restored by id
    first_opd, second_opd = model.unit_id(opd), model.unit_id(model.index(1, 0, model.index_of(root)))
    moved = [replace(u, parent_id=second_opd) if u.id == first_opd else u for u in units]
    assert model.set_units(moved)
    restore_expanded(view, model, expanded)
    assert view.isExpanded(model.index_of(root)) and view.isExpanded(model.index_of(str(first_opd)))
    assert model.parent(model.index_of(str(first_opd))) == model.index_of(str(second_opd))
    assert str(first_opd) in model.subtree_ids(str(second_opd))
    del tester


def test_a_damaged_tree_never_loops(qtbot: QtBot) -> None:
    units = [
        UnitInfo("a", "A", "", "opd", "b", 0, 1, 1),
        UnitInfo("b", "B", "", "bidang", "a", 0, 2, 1),  # a cycle (bad data from elsewhere)
        UnitInfo("c", "C", "", "bidang", "missing", 0, 3, 1),  # a parent not arrived yet
    ]
    model = OrgTreeModel()
    tester = QAbstractItemModelTester(model, FATAL)
    model.set_units(units)
    assert sorted(model.roots()) == ["b", "c"]
    assert model.total("b") == 3
    del tester


def test_employee_model_passes_the_model_tester(qtbot: QtBot, demo: tuple) -> None:
    units, index, _ws = demo
    model = EmployeeTableModel()
    tester = QAbstractItemModelTester(model, FATAL)
    model.set_index(index)
    assert model.rowCount() == len(index) > 500
    for text in ("s", "si", "sit", "", "19", "1985 0", "dinas kes", "zzzz"):
        model.set_query(text)
    tree = OrgTreeModel()
    tree.set_units(units)
    opd = tree.index(3, 0, tree.index_of(tree.roots()[0]))
    model.set_scope(tree.subtree_ids(str(tree.unit_id(opd))))
    model.set_query("a")
    model.sort(EmployeeTableModel.NIP, Qt.SortOrder.DescendingOrder)
    nips = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert nips == sorted(nips, reverse=True)
    model.set_scope(None)
    model.set_query("")
    assert model.rowCount() == len(index)
    del tester


def test_search_by_nip_fragment_with_or_without_spaces(demo: tuple) -> None:
    _units, index, _ws = demo
    model = EmployeeTableModel()
    model.set_index(index)
    nip = index.nips[42]
    model.set_query(nip[:8])
    assert index.ids[42] in _visible_ids(model)
    assert all(nip[:8] in h for h in (index.haystacks[index.row_of[i]] for i in _visible_ids(model)))
    spaced = format_nip(nip)[:15]  # "19680411 199303": typed as shown
    model.set_query(spaced)
    found = _visible_ids(model)
    assert index.ids[42] in found
    collapsed = spaced.replace(" ", "")
    assert all(collapsed in index.nips[index.row_of[i]] for i in found)  # one number, not two words
    model.set_query(format_nip(nip))
    assert _visible_ids(model) == [index.ids[42]]


def test_search_by_name_words_in_any_order_and_case(demo: tuple) -> None:
    _units, index, _ws = demo
    model = EmployeeTableModel()
    model.set_index(index)
    target = next(i for i, n in enumerate(index.names) if len(n.split()) >= 2 and "," not in n)
    first, second = index.names[target].split()[:2]
    model.set_query(f"{second.upper()} {first.lower()}")
    assert index.ids[target] in _visible_ids(model)
    for employee_id in _visible_ids(model):
        hay = index.haystacks[index.row_of[employee_id]]
        assert first.casefold() in hay and second.casefold() in hay  # every word matches


def test_search_by_unit_finds_the_whole_subtree(demo: tuple) -> None:
    units, index, _ws = demo
    tree = OrgTreeModel()
    tree.set_units(units)
    dinas = next(u for u in units if u.name == "Dinas Pendidikan")
    model = EmployeeTableModel()
    model.set_index(index)
    model.set_query("dinas pendidikan")
    subtree = tree.subtree_ids(dinas.id)
    assert model.rowCount() == tree.total(dinas.id) > 20
    assert all(index.unit_ids[index.row_of[i]] in subtree for i in _visible_ids(model))
    # the unit filter of the screen: the same people, by choosing the unit in the tree
    model.set_query("")
    model.set_scope(subtree)
    assert model.rowCount() == tree.total(dinas.id)
    model.set_query("guru")
    assert 0 < model.rowCount() < tree.total(dinas.id)
    assert all("guru" in index.haystacks[index.row_of[i]] for i in _visible_ids(model))


def test_refining_gives_what_a_fresh_search_gives(demo: tuple) -> None:
    _units, index, _ws = demo
    search = TextSearch(index.haystacks, index.nips)
    everyone = list(range(len(index)))
    for query in ("dinas pendidikan", "1985 03", "guru ahli", "sekretariat bkpsdm"):
        for end in range(1, len(query) + 1):
            typed = search.search(query[:end], everyone)
            fresh = TextSearch(index.haystacks, index.nips).search(query[:end], everyone)
            assert typed == fresh, query[:end]
        for end in range(len(query), 0, -1):  # deleting characters widens again
            assert search.search(query[:end], everyone) == TextSearch(index.haystacks, index.nips).search(
                query[:end], everyone
            )


def test_index_follows_edits_without_a_reload(demo: tuple) -> None:
    units, _index, ws = demo
    rows = ws.org.employee_index()
    index = EmployeeIndex(rows, unit_texts(units))
    model = EmployeeTableModel()
    tester = QAbstractItemModelTester(model, FATAL)
    model.set_index(index)
    first = rows[0]
    renamed = (*first[:3], "Nama Baru Sekali", *first[4:])
    model.apply_changes([renamed], [])
    model.set_query("baru sekali")
    assert _visible_ids(model) == [first[0]]
    model.apply_changes([], [first[0]])
    assert model.rowCount() == 0 and first[0] not in index.row_of
    model.set_query("")
    assert model.rowCount() == len(rows) - 1
    model.apply_changes([first], [])
    assert model.rowCount() == len(rows)
    del tester


def test_position_models_pass_the_model_tester(qtbot: QtBot, demo: tuple) -> None:
    units, _index, ws = demo
    texts = unit_texts(units)
    positions = PositionTableModel(PositionIndex(ws.org.position_index(), texts))
    tester = QAbstractItemModelTester(positions, FATAL)
    positions.set_query("kepala dinas")
    assert positions.rowCount() > 5
    for r in range(positions.rowCount()):
        title = str(positions.data(positions.index(r, PositionTableModel.TITLE)))
        path = str(positions.data(positions.index(r, PositionTableModel.UNIT), Qt.ItemDataRole.ToolTipRole))
        shown = f"{title} {path}".casefold()  # the unit is searched with the units above it
        assert "kepala" in shown and "dinas" in shown  # every word, anywhere in the row
    unit = next(u for u in units if u.name == "Dinas Pendidikan")
    tree = OrgTreeModel()
    tree.set_units(units)
    rows, total = ws.org.positions_in_units(tree.subtree_order(unit.id), 50)
    table = UnitPositionsModel()
    tester2 = QAbstractItemModelTester(table, FATAL)
    table.set_rows(rows, texts)
    assert table.rowCount() == min(50, total) and rows[0].is_head
    assert table.data(table.index(0, UnitPositionsModel.HOLDER))
    del tester, tester2


def test_display_helpers() -> None:
    assert name_with_gelar("Dr.", "Slamet", "S.H., M.H.") == "Dr. Slamet, S.H., M.H."
    assert name_with_gelar("", "Siti", "") == "Siti"
    assert jabatan_title("Perencana", "ahli-pertama") == "Perencana Ahli Pertama"
    assert jabatan_title("Sekretaris", "administrator") == "Sekretaris"
    assert jabatan_title("Guru Ahli Muda", "ahli-muda") == "Guru Ahli Muda"
