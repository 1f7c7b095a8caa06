"""The dashboard on screen: it loads on the demo workspace off the GUI thread, a filter change and
a tab change redraw (chart and table), a row of the curve table shows that unit's curve, the
exports write a PNG and an Excel file with the table's values, a missing predikat organisasi is
a warning, the model passes QAbstractItemModelTester, and the area is in the main window."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from skpdesk.domain.roles import Role
from skpdesk.messages import install_translator
from skpdesk.reports.dashboard_xlsx import header_row
from skpdesk.services.access import Actor
from skpdesk.services.base import Changes
from skpdesk.services.dashboard import DashboardFilter, JabatanGroup, Part
from skpdesk.services.workspace import Workspace
from skpdesk.ui.areas import AREA_BY_KEY, AREAS
from skpdesk.ui.dashboard.page import DashboardPage
from skpdesk.ui.ops import Ops

WAIT = 30_000


@pytest.fixture(autouse=True)
def english(qapp: object) -> Iterator[None]:
    install_translator("en")
    yield
    install_translator("id")


@pytest.fixture
def demo_ws(demo_folder: Path) -> Iterator[Workspace]:
    ws = Workspace.open(demo_folder, actor=Actor.workspace())
    yield ws
    ws.close()


def _page(qtbot: QtBot, ws: Workspace) -> DashboardPage:
    page = DashboardPage(Ops(ws))
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    with qtbot.waitSignal(page.sig_shown, timeout=WAIT):
        page.refresh()
    return page


def _shown(qtbot: QtBot, page: DashboardPage, change: object) -> None:
    """Do ``change`` and wait until its chart is on screen."""
    with qtbot.waitSignal(page.sig_shown, timeout=WAIT):
        change()  # type: ignore[operator]
    assert not page.loading()


def _table_values(page: DashboardPage, part: Part) -> list[list[str]]:
    model = page.panels[part].model
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())] for r in range(model.rowCount())
    ]


def _year_with_ratings(page: DashboardPage) -> int:
    assert page.options is not None
    return next(y for y in page.options.years if page.options.rated.get(y))


def test_loads_on_the_demo_and_a_filter_change_redraws(qtbot: QtBot, demo_ws: Workspace) -> None:
    page = _page(qtbot, demo_ws)
    panel = page.panels[Part.STATUS]
    assert panel.canvas is not None and panel.canvas.adopted == 1
    assert page.year.count() >= 2 and page.unit.count() > 1
    shown = panel.shown
    assert shown is not None
    expected = demo_ws.dashboard.load(DashboardFilter(year=page.year.currentData()), [Part.STATUS])
    assert shown.dashboard.plan_status == expected.plan_status
    values = _table_values(page, Part.STATUS)
    assert values[0][0] == "Total" and len(values) == len(expected.plan_status) + 1
    total = expected.plan_status_total
    assert total is not None and values[0][-2] == str(total.total).replace(",", ".")
    # the jabatan type: chart and table redrawn with fewer plans
    before = panel.canvas.adopted
    _shown(qtbot, page, lambda: page.jabatan.setCurrentIndex(page.jabatan.findData(JabatanGroup.JPT.value)))
    assert panel.canvas.adopted == before + 1
    assert panel.shown is not None and panel.shown.dashboard.jabatan is JabatanGroup.JPT
    jpt = panel.shown.dashboard.plan_status_total
    assert jpt is not None and 0 < jpt.total < total.total
    # a unit: its subunits are the rows
    unit_id = page.unit.itemData(2)
    _shown(qtbot, page, lambda: page.unit.setCurrentIndex(2))
    assert panel.shown is not None and panel.shown.dashboard.unit_id == unit_id
    # the same filter again: nothing to read, nothing redrawn
    page.load()
    assert not page.loading()
    # data changed elsewhere: read again, the filter kept
    year = page.year.currentData()
    _shown(qtbot, page, lambda: page.on_changes(Changes({"assessment": frozenset({"x"})})))
    assert (page.year.currentData(), page.unit.currentData()) == (year, unit_id)
    assert page.jabatan.currentData() == JabatanGroup.JPT.value
    assert panel.shown is not None and panel.shown.dashboard.unit_id == unit_id
    # a change the dashboard does not show: nothing read
    page.on_changes(Changes({"feedback": frozenset({"x"})}))
    assert not page.loading()


def test_tabs_the_curve_of_a_row_and_the_missing_org_predikat_warning(
    qtbot: QtBot, demo_ws: Workspace
) -> None:
    page = _page(qtbot, demo_ws)
    year = _year_with_ratings(page)
    _shown(qtbot, page, lambda: page.year.setCurrentIndex(page.year.findData(year)))
    _shown(qtbot, page, lambda: page.tabs.setCurrentIndex(2))
    panel = page.panels[Part.CURVE]
    assert panel.shown is not None and panel.shown.dashboard.curve
    # the demo's instansi has no predikat organisasi: said as a warning, the chart says it too
    assert panel.banner.isVisible() and "no predikat kinerja organisasi" in panel.banner.text.text()
    assert panel.shown.table.alert_level == "warning"
    fig_text = " ".join(t.get_text() for t in panel.canvas.figure.findobj(lambda a: hasattr(a, "get_text")))
    assert "No predikat kinerja organisasi" in fig_text
    # a unit's row: its own curve, against its own predikat organisasi
    rows = panel.shown.dashboard.curve
    index = next(i for i, r in enumerate(rows) if r.org_predikat is not None and r.n)
    row = rows[index]
    _shown(qtbot, page, lambda: panel.table.selectRow(index + 1))  # the total row comes first
    assert panel.shown.selected == row.unit_id
    title = panel.canvas.figure.texts[0].get_text()
    assert row.unit_name in title and "pattern for predikat organisasi" in title
    bars = [rect.get_height() for rect in panel.canvas.figure.axes[0].containers[0]]
    assert sum(bars) == row.n
    # every tab shows its chart
    for i in (1, 3, 4):
        _shown(qtbot, page, lambda i=i: page.tabs.setCurrentIndex(i))
        part = page.current_part()
        assert page.panels[part].shown is not None and page.panels[part].canvas.adopted >= 1


def test_exports_write_a_png_and_an_excel_table(qtbot: QtBot, demo_ws: Workspace, tmp_path: Path) -> None:
    page = _page(qtbot, demo_ws)
    png = tmp_path / "status.png"
    with qtbot.waitSignal(page.sig_saved, timeout=WAIT):
        page.export_png(Part.STATUS, str(png))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    xlsx = tmp_path / "status.xlsx"
    with qtbot.waitSignal(page.sig_saved, timeout=WAIT):
        page.export_xlsx(Part.STATUS, str(xlsx))
    table = page.panels[Part.STATUS].shown.table  # type: ignore[union-attr]
    sheet = load_workbook(xlsx).active
    first = header_row(table.notes + table.alerts)
    read = [list(r) for r in sheet.iter_rows(min_row=first, values_only=True)]
    assert tuple(read[0]) == table.headers
    assert table.total is not None
    expected = [list(table.total), *map(list, table.rows)]

    def plain(value: object) -> object:
        return float(value) if isinstance(value, Decimal) else value

    assert read[1:] == [[plain(v) for v in row] for row in expected]
    # a folder is not a file: a clear error, nothing written
    errors: list[BaseException] = []
    import skpdesk.ui.dashboard.page as page_module

    original = page_module.show_error
    page_module.show_error = lambda _parent, exc: errors.append(exc)  # type: ignore[assignment]
    try:
        job = page.export_xlsx(Part.STATUS, str(tmp_path))
        assert job is not None
        qtbot.waitUntil(lambda: bool(errors), timeout=WAIT)
    finally:
        page_module.show_error = original
    from skpdesk.domain.errors import Code, SkpError

    assert isinstance(errors[0], SkpError) and errors[0].code is Code.DOCUMENT_WRITE


def test_the_table_model(qtbot: QtBot, demo_ws: Workspace) -> None:
    page = _page(qtbot, demo_ws)
    QAbstractItemModelTester(
        page.panels[Part.STATUS].model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )


def test_the_area_is_offered_to_the_roles_that_rate_and_review(qtbot: QtBot, demo_ws: Workspace) -> None:
    from skpdesk.ui.main_window import PAGE_CLASSES

    keys = [a.key for a in AREAS]
    assert keys.index("dasbor") == keys.index("penilaian") + 1
    area = AREA_BY_KEY["dasbor"]
    assert area.offered_to(Role.ATASAN) and area.offered_to(Role.PENGELOLA) and area.offered_to(Role.PUSAT)
    assert not area.offered_to(Role.PEGAWAI) and not area.offered_to(Role.FASILITATOR)
    assert PAGE_CLASSES["dasbor"] == "skpdesk.ui.dashboard.page:DashboardPage"
    icon = Path(__file__).resolve().parents[2] / "skpdesk" / "resources" / "icons" / "dasbor.svg"
    assert icon.exists()
    for language in ("id", "en"):
        help_page = icon.parents[1] / "help" / language / "dasbor.html"
        assert "R-CURVE" in help_page.read_text(encoding="utf-8")


def test_the_excel_writer_refuses_rows_that_do_not_match_the_headers(tmp_path: Path) -> None:
    from skpdesk.reports.dashboard_xlsx import write_table_xlsx

    target = tmp_path / "t.xlsx"
    with pytest.raises(ValueError):
        write_table_xlsx(target, title="T", headers=("A", "B"), rows=[("x",)])
    assert not target.exists()
    count = write_table_xlsx(target, title="T", headers=("A", "B"), rows=[("x", 1)], total=("Total", 1))
    assert count == 1 and target.exists()
