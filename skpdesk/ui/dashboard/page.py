"""The dashboard (issue 7 items 5 and 6): plan status, progress, predikat against the curve,
cascade health and outliers per unit, with filters for year, period, unit and jabatan type.
Each tab has its chart with the table underneath, the chart exportable as PNG and the table as
Excel.

Nothing waits on the GUI thread: a ``Job`` reads the counts the tab needs (``ws.dashboard.section``,
SQL GROUP BYs, kept per year), folds them for the filter (``services.dashboard.view``), builds the
chart and draws it with Agg; the GUI thread fills the table and copies the drawn pixels
(``canvas.ChartCanvas``). A newer request supersedes an older one (a generation counter, as the
Cascading page does). After a tab is shown, the other tabs' counts of the same year are read in
the background, so switching tabs or changing the unit, period or jabatan type needs no SQL.
matplotlib is imported off the GUI thread while the first counts are read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from skpdesk.services.base import Changes
from skpdesk.services.dashboard import (
    DashboardFilter,
    DashboardOptions,
    JabatanGroup,
    Part,
    Section,
    SectionData,
    needed_sections,
    view,
)
from skpdesk.ui.areas import AREA_BY_KEY
from skpdesk.ui.dashboard import parts
from skpdesk.ui.dashboard.table import TableModel, fit_columns, make_view
from skpdesk.ui.errors import show_error
from skpdesk.ui.jobs import Job
from skpdesk.ui.ops import Ops
from skpdesk.ui.overview.base import Banner, label, periode_label, scope_text
from skpdesk.ui.page import Page

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

PART_ORDER: tuple[Part, ...] = (Part.STATUS, Part.PROGRESS, Part.CURVE, Part.CASCADE, Part.OUTLIERS)
# Tables whose changes change what the dashboard shows.
WATCHED = frozenset(
    {
        "plan",
        "work_result",
        "indicator",
        "progress",
        "assessment",
        "org_assessment",
        "employee",
        "position",
        "org_unit",
        "period",
        "org_goal",
    }
)
RESIZE_DELAY_MS = 150


def _preload_matplotlib() -> None:
    """Import what the charts need (off the GUI thread, while the first counts are read): the
    chart functions, and the canvas module with matplotlib's Agg and Qt backends (importing makes
    no Qt object)."""
    from skpdesk.reports import charts
    from skpdesk.ui.dashboard import canvas

    del charts, canvas


def _still_valid(options: DashboardOptions, chosen: DashboardFilter) -> DashboardFilter:
    """The filter with what is no longer a choice (a year, a period, a unit) left to its default."""
    year = chosen.year if chosen.year in options.years else None
    codes = {p.code for p in options.periodes.get(year, ())} if year is not None else set()
    periode = chosen.periode if chosen.periode in codes else None
    unit = chosen.unit_id if chosen.unit_id in {u.unit_id for u in options.units} else None
    return DashboardFilter(year, periode, unit, chosen.jabatan)


@dataclass(frozen=True)
class Shown:
    """What a job produced for one tab: the view, its table and the drawn chart."""

    part: Part
    year: int | None
    options: DashboardOptions
    sections: Mapping[Section, SectionData]  # read by this job (to keep)
    dashboard: Any  # services.dashboard.Dashboard
    table: parts.Table
    drawn: Any  # a FigureCanvasAgg with the figure drawn
    size: parts.ChartSize
    selected: str | None
    chosen: DashboardFilter  # as asked (None fields: the defaults)
    epoch: int  # the page's data epoch when asked (a refresh starts a new one)


class PartPanel(QWidget):
    """One tab: notes, the export buttons, the chart (scrollable) over the table."""

    def __init__(self, part: Part) -> None:
        super().__init__()
        self.part = part
        self.setObjectName(f"dashboard-{part.value}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        self.banner = Banner("info")
        layout.addWidget(self.banner)
        tools = QHBoxLayout()
        self.caption = label("", "muted")
        tools.addWidget(self.caption, 1)
        self.png_button = QPushButton(translate("Dashboard", "Save chart as P&NG…"))
        self.xlsx_button = QPushButton(translate("Dashboard", "Save table as E&xcel…"))
        for b in (self.png_button, self.xlsx_button):
            b.setEnabled(False)
            tools.addWidget(b)
        layout.addLayout(tools)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.chart_area = QScrollArea()
        self.chart_area.setObjectName("dashboardChartArea")
        self.chart_area.setWidgetResizable(False)
        self.chart_area.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.chart_area.setMinimumHeight(220)
        self.placeholder = QLabel(translate("Dashboard", "Loading…"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_area.setWidget(self.placeholder)
        self.canvas: Any = None  # a ChartCanvas once the first chart arrives
        self.model = TableModel()
        self.table = make_view(self.model, f"dashboardTable-{part.value}")
        # a last column of sentences takes the spare width; numbers keep theirs
        self.table.horizontalHeader().setStretchLastSection(part in (Part.CURVE, Part.OUTLIERS))
        self.split.addWidget(self.chart_area)
        self.split.addWidget(self.table)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        layout.addWidget(self.split, 1)
        self.notes = label("", "muted")
        self.notes.hide()
        layout.addWidget(self.notes)
        self.shown: Shown | None = None
        self._sized = False

    def chart_height(self) -> int:
        """The height the chart area shows without scrolling."""
        return max(260, self.chart_area.height() - 2 * self.chart_area.frameWidth() - 2)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if not self._sized and self.split.height() > 100:
            self._sized = True  # the chart gets the larger part at first; then the person decides
            total = self.split.height()
            self.split.setSizes([int(total * 0.6), total - int(total * 0.6)])

    def chart_width(self) -> int:
        """The chart's width: the area's, less a vertical scroll bar (a tall chart scrolls)."""
        bar = self.chart_area.verticalScrollBar().sizeHint().width()
        return max(480, self.chart_area.width() - 2 * self.chart_area.frameWidth() - bar - 2)

    def show_result(self, result: Shown, table_changed: bool = True) -> None:
        from skpdesk.ui.dashboard.canvas import ChartCanvas

        self.shown = result
        table = result.table
        self.banner.say("\n".join(a for a in table.alerts if a), table.alert_level)
        self.notes.setText(" ".join(n for n in table.notes if n))
        self.notes.setVisible(bool(table.notes))
        self.caption.setText(parts.filter_text(result.dashboard))
        if table_changed:
            self._fill(table)
        if self.canvas is None:
            self.canvas = ChartCanvas()
            self.chart_area.takeWidget()
            self.placeholder.deleteLater()
            self.chart_area.setWidget(self.canvas)
        self.canvas.adopt(result.drawn, result.size.width, result.size.height)
        self.png_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)

    def _fill(self, table: parts.Table) -> None:
        self.model.set_table(table)
        fit_columns(self.table)

    def row_key(self) -> str | None:
        """The unit id of the selected row (None: the total row, or nothing selected)."""
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.model.key(rows[0].row()) if rows else None


class DashboardPage(Page):
    key = "dasbor"
    sig_shown = Signal()
    """A tab's chart and table were put on screen (or its request failed)."""
    sig_saved = Signal(str)
    """A chart or table was saved to this path."""

    def __init__(self, ops: Ops) -> None:
        area = AREA_BY_KEY[self.key]
        super().__init__(ops, area.label(), area.description())
        self.options: DashboardOptions | None = None
        self.cache: dict[int, dict[Section, SectionData]] = {}  # per year
        self._generation = 0
        self._job: Job | None = None  # the request being answered
        self._prefetch: Job | None = None
        self._jobs: set[Job] = set()  # running jobs, kept alive until they report
        self._stale = False
        self._loaded = False
        self._epoch = 0
        self.painted = 0  # charts shown (tests and the benchmark wait on it)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._redraw_current)
        self._build()
        self._start(Job(_preload_matplotlib))

    # -- layout ------------------------------------------------------------------------------------

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(8)

        def chooser(text: str, name: str) -> QComboBox:
            caption = QLabel(text)
            box = QComboBox()
            box.setObjectName(name)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            caption.setBuddy(box)
            bar.addWidget(caption)
            bar.addWidget(box)
            return box

        self.year = chooser(translate("Dashboard", "&Year"), "dashboardYear")
        self.periode = chooser(translate("Dashboard", "&Period"), "dashboardPeriode")
        self.unit = chooser(translate("Dashboard", "&Unit"), "dashboardUnit")
        self.unit.setMaximumWidth(420)
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit.setMinimumContentsLength(28)
        self.jabatan = chooser(translate("Dashboard", "&Jabatan"), "dashboardJabatan")
        self.jabatan.addItem(translate("Dashboard", "All jabatan types"), None)
        for group in JabatanGroup:
            self.jabatan.addItem(parts.jabatan_label(group), group.value)
        bar.addStretch(1)
        self.status = label("", "muted", wrap=False)
        bar.addWidget(self.status)
        self.body.addLayout(bar)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("dashboardTabs")
        self.panels: dict[Part, PartPanel] = {}
        for part in PART_ORDER:
            panel = PartPanel(part)
            self.panels[part] = panel
            self.tabs.addTab(panel, parts.part_title(part))
            panel.png_button.clicked.connect(lambda _c=False, p=part: self.export_png(p))
            panel.xlsx_button.clicked.connect(lambda _c=False, p=part: self.export_xlsx(p))
        curve_table = self.panels[Part.CURVE].table
        curve_table.selectionModel().selectionChanged.connect(lambda _s, _d: self._curve_row_chosen())
        self.body.addWidget(self.tabs, 1)
        self.year.currentIndexChanged.connect(lambda _i: self._year_changed())
        self.periode.currentIndexChanged.connect(lambda _i: self.load())
        self.unit.currentIndexChanged.connect(lambda _i: self.load())
        self.jabatan.currentIndexChanged.connect(lambda _i: self.load())
        self.tabs.currentChanged.connect(lambda _i: self.load())
        shortcut = QShortcut(QKeySequence("F5"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.reload)

    # -- state -------------------------------------------------------------------------------------

    def current_part(self) -> Part:
        return PART_ORDER[max(0, self.tabs.currentIndex())]

    def current_filter(self) -> DashboardFilter:
        jabatan = self.jabatan.currentData()
        return DashboardFilter(
            year=self.year.currentData(),
            periode=self.periode.currentData(),
            unit_id=self.unit.currentData(),
            jabatan=JabatanGroup(jabatan) if jabatan else None,
        )

    def loading(self) -> bool:
        """A request is being answered (the benchmark and tests wait on it)."""
        return self._job is not None

    def prefetching(self) -> bool:
        return self._prefetch is not None

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """First show, a person change: read the choices again, then the tab."""
        self.options = None
        self.cache.clear()
        self._epoch += 1
        self._loaded = True
        self.load()

    def reload(self) -> None:
        """F5: read everything again."""
        self.cache.clear()
        self._epoch += 1
        self.load()

    def _year_changed(self) -> None:
        self._fill_periodes()
        self.load()

    def load(self, selected: str | None = None, *, force: bool = False) -> None:
        """Answer the current tab and filter off the GUI thread; a newer call supersedes. A tab
        that shows this filter already is left as it is (unless ``force``)."""
        if not self._loaded:
            return
        part = self.current_part()
        panel = self.panels[part]
        chosen = self.current_filter()
        options = self.options
        if part is not Part.CURVE:
            selected = None
        shown = panel.shown
        if (
            not force
            and options is not None
            and shown is not None
            and shown.epoch == self._epoch
            and shown.chosen == chosen
            and shown.selected == selected
            and abs(shown.size.width - panel.chart_width()) <= 8
        ):
            self._generation += 1  # whatever was running for another tab is not wanted now
            self._job = None
            self.status.setText("")
            return
        self._generation += 1
        generation = self._generation
        epoch = self._epoch
        have = dict(self.cache.get(chosen.year, {})) if chosen.year is not None else {}
        size = parts.ChartSize(panel.chart_width(), panel.chart_height(), self.devicePixelRatioF())
        service = self.ops.ws.dashboard

        def work() -> Shown:
            opts = options or service.options()
            wanted = chosen
            if options is None:  # choices read again (first show, data changed): keep what still is
                wanted = _still_valid(opts, chosen)
            year = wanted.year if wanted.year is not None else opts.default_year()
            read: dict[Section, SectionData] = {}
            if year is not None and year in opts.years:
                for section in sorted(needed_sections({part})):
                    if section not in have:
                        read[section] = service.section(section, year)
            dashboard = view(opts, {**have, **read}, wanted, {part})
            table = parts.table_for(part, dashboard)
            height = parts.chart_height(part, dashboard, size.height)
            chart = parts.ChartSize(size.width, height, size.ratio)
            fig = parts.figure_for(part, dashboard, chart, selected)
            from skpdesk.ui.dashboard.canvas import render

            drawn = render(fig, chart.width, chart.height, chart.ratio)
            return Shown(part, year, opts, read, dashboard, table, drawn, chart, selected, wanted, epoch)

        self.status.setText(translate("Dashboard", "Reading…"))
        job = Job(work, generation)
        job.signals.done.connect(self._answered)
        job.signals.failed.connect(self._failed)
        self._job = job
        self._start(job)

    def _start(self, job: Job) -> None:
        self._jobs.add(job)
        job.signals.done.connect(lambda _t, _r, j=job: self._jobs.discard(j))
        job.signals.failed.connect(lambda _t, _e, j=job: self._jobs.discard(j))
        job.start()

    def _keep(self, year: int | None, sections: Mapping[Section, SectionData]) -> None:
        if year is not None and sections:
            self.cache.setdefault(year, {}).update(sections)

    def _answered(self, generation: int, result: object) -> None:
        assert isinstance(result, Shown)
        if result.epoch == self._epoch:
            self._keep(result.year, result.sections)
        if generation != self._generation:
            return  # the person chose something else meanwhile: only the counts are kept
        self._job = None
        self.status.setText("")
        first = self.options is None
        self.options = result.options
        if first:
            self._fill_choices(result)
            result = replace(result, chosen=self.current_filter())  # what the bar now says
        panel = self.panels[result.part]
        previous = panel.shown
        panel.show_result(result, table_changed=previous is None or previous.table != result.table)
        self.painted += 1
        self.subtitle.setText(scope_text(result.options.scope))
        self._prefetch_rest(result.year)
        self.sig_shown.emit()

    def _failed(self, generation: int, error: object) -> None:
        if generation != self._generation:
            return
        self._job = None
        self.status.setText("")
        self.sig_shown.emit()
        show_error(self, error if isinstance(error, BaseException) else RuntimeError(str(error)))

    def _prefetch_rest(self, year: int | None) -> None:
        """Read the other tabs' counts of the year in the background (no chart, no table); then,
        one year at a time, those of the other years (a few thousand counts each)."""
        if year is None or self._prefetch is not None or self.options is None:
            return
        missing = sorted(set(Section) - set(self.cache.get(year, {})))
        if not missing:
            others = [y for y in self.options.years if set(Section) - set(self.cache.get(y, {}))]
            if not others:
                return
            year = others[0]
            missing = sorted(set(Section) - set(self.cache.get(year, {})))
        service = self.ops.ws.dashboard
        epoch = self._epoch

        def work() -> tuple[int, int, dict[Section, SectionData]]:
            return epoch, year, {s: service.section(s, year) for s in missing}

        job = Job(work)
        job.signals.done.connect(self._prefetched)
        job.signals.failed.connect(self._prefetch_failed)
        self._prefetch = job
        self._start(job)

    def _prefetched(self, _tag: int, result: object) -> None:
        self._prefetch = None
        assert isinstance(result, tuple)
        epoch: int = result[0]
        year: int = result[1]
        sections: dict[Section, SectionData] = result[2]
        if epoch == self._epoch:
            self._keep(year, sections)
            self._prefetch_rest(self.year.currentData())

    def _prefetch_failed(self, _tag: int, error: object) -> None:
        self._prefetch = None
        log.warning("dashboard read-ahead failed: %s", error)

    # -- the filter bar ----------------------------------------------------------------------------

    def _fill_choices(self, result: Shown) -> None:
        options = result.options
        for box in (self.year, self.periode, self.unit):
            box.blockSignals(True)
        self.year.clear()
        for y in options.years:
            self.year.addItem(str(y), y)
        if result.year is not None:
            self.year.setCurrentIndex(max(0, self.year.findData(result.year)))
        self.unit.clear()
        everyone = (
            translate("Dashboard", "The whole instansi")
            if options.anchor is None
            else translate("Dashboard", "All I may see")
        )
        self.unit.addItem(everyone, None)
        for choice in options.units:
            self.unit.addItem("    " * choice.depth + choice.name, choice.unit_id)
        self.unit.setCurrentIndex(max(0, self.unit.findData(result.chosen.unit_id)))
        self._fill_periodes(result.dashboard.periode)
        for box in (self.year, self.periode, self.unit):
            box.blockSignals(False)

    def _fill_periodes(self, current: str | None = None) -> None:
        options = self.options
        year = self.year.currentData()
        self.periode.blockSignals(True)
        self.periode.clear()
        if options is not None and year is not None:
            for choice in options.periodes.get(year, ()):
                self.periode.addItem(periode_label(choice.code), choice.code)
            wanted = current or options.default_periode(year)
            self.periode.setCurrentIndex(max(0, self.periode.findData(wanted)))
        self.periode.blockSignals(False)

    # -- the curve of one unit ---------------------------------------------------------------------

    def _curve_row_chosen(self) -> None:
        panel = self.panels[Part.CURVE]
        if panel.shown is None or self.current_part() is not Part.CURVE:
            return
        key = panel.row_key()
        if key != panel.shown.selected:
            self.load(selected=key)

    # -- changes and size --------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if not changes or not ({t for t, ids in changes.tables.items() if ids} & WATCHED):
            return
        self.cache.clear()
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self._stale = False
            self.refresh()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self._loaded and self.panels[self.current_part()].shown is not None:
            self._resize_timer.start()

    def _redraw_current(self) -> None:
        panel = self.panels[self.current_part()]
        if panel.shown is not None and abs(panel.shown.size.width - panel.chart_width()) > 8:
            self.load(selected=panel.shown.selected, force=True)

    def sizeHint(self) -> QSize:
        return QSize(1100, 720)

    # -- exports -----------------------------------------------------------------------------------

    def export_png(self, part: Part, path: str | None = None) -> Job | None:
        from skpdesk.ui.dashboard.export import export_png

        return export_png(self, part, path)

    def export_xlsx(self, part: Part, path: str | None = None) -> Job | None:
        from skpdesk.ui.dashboard.export import export_xlsx

        return export_xlsx(self, part, path)

    def run_job(self, work: Callable[[], object], done: Callable[[object], None]) -> Job:
        """Run an export off the GUI thread; errors go to the one error dialog."""
        job = Job(work)
        job.signals.done.connect(lambda _t, result: done(result))
        job.signals.failed.connect(
            lambda _t, exc: show_error(
                self, exc if isinstance(exc, BaseException) else RuntimeError(str(exc))
            )
        )
        self._start(job)
        return job
