"""The overview screens of the seven areas a later release fills: each shows live numbers of the
acting person's scope, says what is coming, and its buttons work (results, export, backup)."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QPushButton, QTableWidget, QTableWidgetItem, QTreeWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from skpdesk.domain.roles import Role
from skpdesk.messages import install_translator
from skpdesk.services.access import Actor
from skpdesk.services.workspace import Workspace
from skpdesk.ui.areas import AREA_BY_KEY
from skpdesk.ui.ops import Ops
from skpdesk.ui.overview import OVERVIEW_PAGES
from skpdesk.ui.overview.base import OverviewPage
from skpdesk.ui.overview.pages import (
    CascadingOverviewPage,
    LaporanOverviewPage,
    SinkronisasiOverviewPage,
    SkpOverviewPage,
)
from skpdesk.ui.page import Page

TODAY = dt.date(2026, 3, 2)
KEYS = ("skp", "cascading", "berprestasi", "sinkronisasi", "laporan")


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    """English source text, so that the assertions do not follow the Indonesian catalogue."""
    install_translator("en")
    yield
    install_translator("id")


@pytest.fixture
def demo(demo_folder: Path) -> Iterator[Workspace]:
    with Workspace.open(demo_folder, actor=Actor.workspace()) as ws:
        ws.access.clock = lambda: TODAY
        yield ws


def show(qtbot: QtBot, page: Page) -> Page:
    qtbot.addWidget(page)
    page.resize(1134, 700)  # the page area of a 1366×768 window
    page.show()
    page.refresh()
    return page


def build(qtbot: QtBot, ws: Workspace, key: str) -> OverviewPage:
    cls = OVERVIEW_PAGES[key]
    assert issubclass(cls, OverviewPage)
    page = cls(Ops(ws))
    show(qtbot, page)
    return page


def cell(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    item = table.item(row, col)
    assert item is not None, (row, col)
    return item


def child_text(tree: QTreeWidget, top: int, child: int, col: int = 0) -> str:
    item = tree.topLevelItem(top)
    assert item is not None
    found = item.child(child)
    assert found is not None
    return found.text(col)


def number(text_value: str) -> int:
    return int(text_value.replace(".", "").replace(",", ""))


def count(ws: Workspace, query: str, **params: object) -> int:
    with ws.store.reading() as s:
        return int(s.execute(text(query), params).scalar_one())


def sign_in_staff(ws: Workspace) -> str:
    """A staff member with a plan in both demo years."""
    with ws.store.reading() as s:
        staff = s.execute(
            text(
                """SELECT e.id FROM employee e JOIN plan pl ON pl.employee_id = e.id
                   JOIN position p ON p.id = e.position_id WHERE p.is_head = 0
                   GROUP BY e.id HAVING count(*) = 2 ORDER BY e.nip LIMIT 1"""
            )
        ).scalar_one()
    ws.sign_in(staff, Role.PEGAWAI, today=TODAY)
    return str(staff)


def test_every_later_area_has_its_page() -> None:
    assert set(OVERVIEW_PAGES) == set(KEYS)
    for key, cls in OVERVIEW_PAGES.items():
        assert cls.key == key and key in AREA_BY_KEY and issubclass(cls, Page)


@pytest.mark.parametrize("key", [k for k in KEYS if k != "sinkronisasi"])
def test_each_page_shows_live_numbers_for_the_workspace(qtbot: QtBot, demo: Workspace, key: str) -> None:
    page = build(qtbot, demo, key)
    table = page.table  # type: ignore[attr-defined]
    assert isinstance(table, QTableWidget)
    assert table.rowCount() > 1
    assert any(cell(table, r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount()))
    assert page.scope_label.text() == "Showing the whole instansi."
    card_text = " ".join(w.text() for w in page.card.findChildren(type(page.scope_label)))
    assert "Coming in a later release" in card_text and len(card_text) > 150
    if key != "berprestasi":  # per-OPD tables: the total leads, in bold
        assert cell(table, 0, 0).text() == "Total" and cell(table, 0, 0).font().bold()


def test_skp_counts_and_year_choice(qtbot: QtBot, demo: Workspace) -> None:
    page = build(qtbot, demo, "skp")
    assert isinstance(page, SkpOverviewPage)
    plans_2026 = count(
        demo, "SELECT count(*) FROM plan pl JOIN period pe ON pe.id = pl.period_id WHERE year = 2026"
    )
    assert page.year.currentData() == 2026
    assert number(cell(page.table, 0, 5).text()) == plans_2026
    page.year.setCurrentIndex(page.year.findData(2025))
    page.year.activated.emit(page.year.currentIndex())
    plans_2025 = count(
        demo, "SELECT count(*) FROM plan pl JOIN period pe ON pe.id = pl.period_id WHERE year = 2025"
    )
    assert number(cell(page.table, 0, 5).text()) == plans_2025
    assert number(cell(page.table, 0, 4).text()) == plans_2025  # last year's plans are all approved
    # the workspace itself has no plan of its own, and says what to do
    assert not page.open_results.isEnabled()
    assert "Switch person" in page.mine_note.text() and page.mine_note.isVisibleTo(page)
    assert page.show_my_results() is None


def test_a_pegawai_opens_their_results_and_links(qtbot: QtBot, demo: Workspace) -> None:
    sign_in_staff(demo)
    page = build(qtbot, demo, "skp")
    assert isinstance(page, SkpOverviewPage)
    assert page.scope_label.text() == "Showing only your own records."
    assert number(cell(page.table, 0, 5).text()) == 1
    assert page.mine.rowCount() == 2 and page.open_results.isEnabled()
    dialog = page.show_my_results()
    assert dialog is not None
    qtbot.addWidget(dialog)
    tree = dialog.tree
    assert tree.topLevelItemCount() >= 1
    assert child_text(tree, 0, 0, 2)  # the first RHK's first IKI, with its target
    cascading = build(qtbot, demo, "cascading")
    assert isinstance(cascading, CascadingOverviewPage)
    links = cascading.show_my_links()
    assert links is not None
    qtbot.addWidget(links)
    texts = [child_text(links.tree, i, 0) for i in range(links.tree.topLevelItemCount())]
    assert texts and all(t.startswith(("Intervenes:", "Not linked")) for t in texts)


def test_a_button_goes_to_an_area_that_works_today(qtbot: QtBot, demo: Workspace) -> None:
    page = build(qtbot, demo, "laporan")
    go = next(b for b in page.findChildren(QPushButton) if b.text() == "Go to Organisation && People")
    with qtbot.waitSignal(page.navigate) as blocker:
        go.click()
    assert blocker.args == ["organisasi", ""]


def test_excel_export_writes_a_readable_file(
    qtbot: QtBot, demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "pegawai"  # the suffix is added
    monkeypatch.setattr(
        LaporanOverviewPage, "ask_save_path", classmethod(lambda cls, page, suggested: str(target))
    )
    page = build(qtbot, demo, "laporan")
    assert isinstance(page, LaporanOverviewPage)
    employees = count(demo, "SELECT count(*) FROM employee WHERE deleted = 0 AND active = 1")
    assert number(cell(page.table, 0, 3).text()) == employees
    with qtbot.waitSignal(page.sig_export_finished, timeout=20_000) as blocker:
        assert page.export_employees()
    written = Path(blocker.args[0])
    assert written == tmp_path / "pegawai.xlsx"
    sheet = openpyxl.load_workbook(written).active
    rows = list(sheet.iter_rows(values_only=True))
    assert str(rows[0][0]).startswith("Employee list")  # the title, then a blank row, then headers
    assert rows[2][:3] == ("No.", "NIP", "Name")
    assert len(rows) == 3 + employees
    nips = [r[1] for r in rows[3:]]
    assert all(isinstance(n, str) and len(n) == 18 for n in nips)
    assert "Saved" in page.result.text.text() and page.open_file.isVisibleTo(page)
    assert page.export_button.isEnabled()


def test_a_failed_export_says_what_to_do(
    qtbot: QtBot, demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    target = blocker_file / "pegawai.xlsx"  # a folder that is a file: cannot be written
    monkeypatch.setattr(
        LaporanOverviewPage, "ask_save_path", classmethod(lambda cls, page, suggested: str(target))
    )
    page = build(qtbot, demo, "laporan")
    assert isinstance(page, LaporanOverviewPage)
    with qtbot.waitSignal(page.sig_export_finished, timeout=20_000) as blocker:
        page.export_employees()
    assert blocker.args == [""]
    assert page.result.property("level") == "error" and "could not be written" in page.result.text.text()
    assert not target.exists() and page.export_button.isEnabled()
    # cancelling the dialog does nothing at all
    monkeypatch.setattr(LaporanOverviewPage, "ask_save_path", classmethod(lambda cls, page, suggested: ""))
    assert page.export_employees() is False


def test_backup_button_makes_a_backup(qtbot: QtBot, demo_folder: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    shutil.copytree(demo_folder, folder, ignore=shutil.ignore_patterns("*.lock"))
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        page = build(qtbot, ws, "sinkronisasi")
        assert isinstance(page, SinkronisasiOverviewPage)
        assert page.node.text() == ws.store.node.node_id
        ops = count(ws, "SELECT count(*) FROM op")
        assert page.changes.text().startswith(f"{ops:,}".replace(",", "."))
        before = page.table.rowCount()
        assert "No backup yet" in page.result.text.text()
        with qtbot.waitSignal(page.sig_backup_finished, timeout=30_000) as blocker:
            assert page.back_up()
            assert not page.back_up()  # one at a time
        path = Path(blocker.args[0])
        assert path.exists() and path.parent == folder / "backups"
        assert page.table.rowCount() == before + 1 and cell(page.table, 0, 0).text() == path.name
        assert str(path) in page.result.text.text() and page.backup_button.isEnabled()
        page.close()


def test_nobody_signed_in_sees_words_not_a_blank_page(qtbot: QtBot, demo: Workspace) -> None:
    demo.access.actor = None
    page = build(qtbot, demo, "cascading")
    assert page.scope_label.text().startswith("Nobody is signed in")
    assert isinstance(page, CascadingOverviewPage)
    assert page.empty.isVisibleTo(page) and page.empty.text.text()
