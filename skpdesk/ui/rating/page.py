"""The Rating area (Penilaian): the plans the acting person rates, and for one plan and period the
evidence beside the two ratings, the predikat live from the matrix, the unit's distribution
against the curve, and the keberatan (issue 7 item 4; SKP-REFERENCE R-RATING, R-MATRIX,
R-PERIODIC, R-ORG-PREDIKAT, R-CURVE, R-FOLLOWUP, R-DEADLINES).

Who sees what (``services.rating.rating_list``): the pejabat penilai their subordinates' plans
(and their own), a pegawai their own (read-only, with the keberatan), a pengelola kinerja or the
central office the plans of their scope (read-only: rating stays with the penilai, R-LIFECYCLE).

Every refusal comes from the service and is shown in the one error dialog; the form says ahead
why it cannot be saved (in the service's own words), and nothing is written then. A change of a
rating is an undoable command (``ServiceCommand``): a draft goes back to its earlier values, a
finalisation is reopened, a reopening is finalised again. The first rating of a period is not
undoable (no service call removes a rating: the op log keeps it; change it instead).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain.curve import Verdict
from skpdesk.domain.deadlines import KEBERATAN_FILING_DAYS
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.plan import PlanStatus
from skpdesk.domain.predikat import Rating, label, predikat
from skpdesk.domain.roles import GRANTED_ROLES, Action
from skpdesk.formatting import format_count, format_date
from skpdesk.messages import message_for
from skpdesk.services.base import Changes
from skpdesk.services.monitoring import EvaluationPeriodRow, ProgressTable
from skpdesk.services.rating import (
    BASIS_ORG_PREDIKAT,
    ORG_MAPPING_SETTING,
    STATUS_FINAL,
    KeberatanRow,
    RatedPlan,
    RatingContext,
    RatingList,
    UnitDistribution,
)
from skpdesk.ui.errors import show_error
from skpdesk.ui.jobs import Job
from skpdesk.ui.ops import Ops, ServiceCommand
from skpdesk.ui.overview.base import plan_status_label
from skpdesk.ui.page import Page
from skpdesk.ui.rating.dialogs import DecideKeberatanDialog, FileKeberatanDialog, OrgPredikatDialog
from skpdesk.ui.rating.evidence import EvidencePanel, muted_label
from skpdesk.ui.rating.form import RatingForm
from skpdesk.ui.rating.model import (
    PLAN_ID_ROLE,
    SHOW_ALL,
    SHOW_CHOICES,
    RatingFilter,
    RatingListModel,
    legend,
    show_label,
)
from skpdesk.ui.rating.tabs import KeberatanTab, SummaryTab
from skpdesk.ui.rating.text import (
    change_text,
    check_text,
    nobreak,
    periode_name,
    predikat_text,
    rating_text,
    shares_text,
)

log = logging.getLogger(__name__)
DOCUMENTS_MODULE = "skpdesk.ui.rating.documents"  # evaluation PDFs and angka kredit (another module)
RATING_TABLES = frozenset(
    {
        "assessment",
        "keberatan",
        "org_assessment",
        "plan",
        "progress",
        "evidence",
        "feedback",
        "dialog_kinerja",
    }
)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class RatingPage(Page):
    key = "penilaian"

    def __init__(self, ops: Ops) -> None:
        super().__init__(
            ops,
            self.tr_area("Rating"),
            self.tr("Rate each period next to its evidence; the predikat follows the 3×3 matrix."),
        )
        self.listing: RatingList | None = None
        self.head: RatedPlan | None = None
        self.ctx: RatingContext | None = None
        self.periods: list[EvaluationPeriodRow] = []
        self.distribution: UnitDistribution | None = None
        self.plan_id: str | None = None
        self.periode: str | None = None
        self.to_decide: list[KeberatanRow] = []
        self._pending: tuple[str, str | None] | None = None  # select once the list is there
        self._job: Job | None = None
        self._generation = 0
        self._stale = False
        self._saving = False
        self._summary_year: int | None = -1  # the year the summary tab shows (-1: not yet)
        self._chain: list[tuple[str, str]] = []  # the plan's unit and the units above it
        self._actor = ops.actor  # whose list is shown
        self._build_bar()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ratingTabs")
        self.tabs.addTab(self._build_rating_tab(), self.tr("Ra&tings"))
        self.keberatan_tab = KeberatanTab()
        self.keberatan_tab.open_requested.connect(self._open_from_keberatan)
        self.keberatan_tab.decide_requested.connect(self.decide_keberatan)
        self.tabs.addTab(self.keberatan_tab, self.tr("&Keberatan"))
        self.summary_tab = SummaryTab(ops)
        self.tabs.addTab(self.summary_tab, self.tr("Su&mmary per OPD"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.body.addWidget(self.tabs, 1)
        self._keys()

    # -- building ----------------------------------------------------------------------------------

    def _build_bar(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(6)
        caption = QLabel(self.tr("&Year:"))
        self.year = QComboBox()
        self.year.setObjectName("ratingYear")
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        caption.setBuddy(self.year)
        bar.addWidget(caption)
        bar.addWidget(self.year)
        bar.addSpacing(10)
        self.search = QLineEdit()
        self.search.setObjectName("ratingSearch")
        self.search.setPlaceholderText(self.tr("Search name, NIP, jabatan or unit (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        bar.addWidget(self.search, 1)
        show_caption = QLabel(self.tr("Sho&w:"))
        self.show_box = QComboBox()
        self.show_box.setObjectName("ratingShow")
        for choice in SHOW_CHOICES:
            self.show_box.addItem(show_label(choice), choice)
        show_caption.setBuddy(self.show_box)
        bar.addWidget(show_caption)
        bar.addWidget(self.show_box)
        bar.addSpacing(10)
        # -- the place of the evaluation documents (another module adds its actions) ----------------
        self.documents_button = QToolButton()
        self.documents_button.setObjectName("ratingDocuments")
        self.documents_button.setText(self.tr("&Documents"))
        self.documents_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.documents_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.documents_menu = QMenu(self.documents_button)
        self.documents_button.setMenu(self.documents_menu)
        self._add_document_actions()
        bar.addWidget(self.documents_button)
        self.body.addLayout(bar)
        self.scope_line = muted_label()
        self.scope_line.setObjectName("ratingScope")
        self.body.addWidget(self.scope_line)
        self.year.activated.connect(lambda _i: self._year_chosen())
        self.search.textChanged.connect(self._filter_changed)
        self.show_box.activated.connect(lambda _i: self._filter_changed())

    def _add_document_actions(self) -> None:
        """The Dokumen menu: the evaluation PDF batch and angka kredit live in
        ``skpdesk.ui.rating.documents`` (``add_document_actions(page, menu)``), written apart; the
        page works without it."""
        try:
            documents = importlib.import_module(DOCUMENTS_MODULE)
            add = documents.add_document_actions
        except (ImportError, AttributeError):
            log.info("no evaluation documents module yet")
            placeholder = self.documents_menu.addAction(
                self.tr("Evaluation documents come in a later release")
            )
            placeholder.setEnabled(False)
            return
        add(self, self.documents_menu)

    def _build_rating_tab(self) -> QWidget:
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("ratingSplit")
        split.setChildrenCollapsible(False)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 6, 0, 0)
        top_layout.setSpacing(4)
        self.model = RatingListModel(self)
        self.proxy = RatingFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("ratingList")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order first
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        top_layout.addWidget(self.view, 1)
        under = QHBoxLayout()
        self.count_label = muted_label()
        self.count_label.setObjectName("ratingCount")
        self.count_label.setWordWrap(False)
        under.addWidget(self.count_label)
        under.addSpacing(16)
        key = muted_label(legend())
        key.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        under.addWidget(key, 1)
        top_layout.addLayout(under)
        split.addWidget(top)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        detail_layout.setSpacing(4)
        self.header = QLabel()
        self.header.setObjectName("ratingPlanHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        detail_layout.addWidget(self.header)
        self.period_bar = QTabBar()
        self.period_bar.setObjectName("ratingPeriods")
        self.period_bar.setExpanding(False)
        self.period_bar.setUsesScrollButtons(True)
        self.period_bar.setDrawBase(False)
        self.period_bar.currentChanged.connect(self._period_tab_changed)
        detail_layout.addWidget(self.period_bar)
        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.setObjectName("ratingSides")
        sides.setChildrenCollapsible(False)
        self.evidence = EvidencePanel()
        self.evidence.setMinimumWidth(360)
        sides.addWidget(self.evidence)
        self.form = RatingForm()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        scroll.setMinimumWidth(380)
        sides.addWidget(scroll)
        sides.setStretchFactor(0, 3)
        sides.setStretchFactor(1, 2)
        sides.setSizes([620, 470])
        detail_layout.addWidget(sides, 1)
        self.empty_detail = muted_label(self.tr("Choose a plan in the list to see its evidence and ratings."))
        detail_layout.addWidget(self.empty_detail)
        split.addWidget(detail)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([240, 470])
        self.detail = detail
        self.sides = sides
        f = self.form
        f.save_button.clicked.connect(self.save_draft)
        f.final_button.clicked.connect(self.finalise)
        f.reopen_button.clicked.connect(self.reopen)
        f.file_button.clicked.connect(self.file_keberatan)
        f.decide_button.clicked.connect(lambda: self.decide_keberatan(None))
        f.org_button.clicked.connect(self.set_org_predikat)
        f.curve_unit.activated.connect(lambda _i: self._curve_unit_chosen())
        f.changed.connect(self._form_changed)
        self._show_detail(False)
        return split

    def _keys(self) -> None:
        """The page's own keys (F5, Ctrl+F and Ctrl+Z are the main window's)."""
        bindings: Sequence[tuple[str, Callable[[], object]]] = (
            ("Ctrl+S", self.save_draft),
            ("Ctrl+Return", self.finalise),
            ("Ctrl+Enter", self.finalise),
            ("F8", lambda: self.next_plan(1)),
            ("Shift+F8", lambda: self.next_plan(-1)),
            ("Ctrl+PgDown", lambda: self.next_period(1)),
            ("Ctrl+PgUp", lambda: self.next_period(-1)),
        )
        for keys, action in bindings:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    # -- what other modules read (the documents menu) ----------------------------------------------

    def current_plan_id(self) -> str | None:
        return self.plan_id

    def current_periode(self) -> str | None:
        return self.periode

    def current_year(self) -> int | None:
        return self.listing.year if self.listing is not None else None

    def current_period_id(self) -> str | None:
        if self.head is not None:
            return self.head.period_id
        return self.listing.period_id if self.listing is not None else None

    def current_unit_id(self) -> str | None:
        """The unit the curve section shows (the plan's, or the one chosen there)."""
        data = self.form.curve_unit.currentData()
        return str(data) if data else (self.head.unit_id if self.head is not None else None)

    def listed_plan_ids(self) -> list[str]:
        """The plans the list shows now (search and "show" applied), in its order."""
        return [str(self.proxy.index(r, 0).data(PLAN_ID_ROLE)) for r in range(self.proxy.rowCount())]

    # -- loading the list --------------------------------------------------------------------------

    def refresh(self) -> None:
        """F5, first show, another person signed in: read the list (and the plan shown) again."""
        if self.ops.actor != self._actor:  # another person: start from their own list
            self._actor = self.ops.actor
            self.form.dirty = False
            self.plan_id = self.periode = None
            self.head = self.ctx = None
            self._pending = None
            self.year.clear()
        elif not self._leave_form():
            return
        self._stale = False
        self.load_list(self._chosen_year())
        self._load_to_decide()
        if self.tabs.currentWidget() is self.summary_tab:
            self._load_summary()

    def _chosen_year(self) -> int | None:
        data = self.year.currentData()
        return int(data) if isinstance(data, int) else None

    def loading(self) -> bool:
        return self._job is not None

    def load_list(self, year: int | None) -> None:
        """Read the list off the GUI thread (a pengelola's scope may hold thousands of plans)."""
        self._generation += 1
        generation, service = self._generation, self.ops.ws.rating
        self.count_label.setText(self.tr("Loading the plans…"))
        job = Job(lambda: service.rating_list(year), generation)
        job.signals.done.connect(self._list_loaded)
        job.signals.failed.connect(self._list_failed)
        self._job = job
        job.start()

    def _list_failed(self, generation: int, error: object) -> None:
        if generation != self._generation:
            return
        self._job = None
        self.count_label.setText("")
        show_error(self, error if isinstance(error, BaseException) else RuntimeError(str(error)))

    def _list_loaded(self, generation: int, listing: object) -> None:
        if generation != self._generation:
            return  # another year was chosen meanwhile
        self._job = None
        assert isinstance(listing, RatingList)
        self.listing = listing
        self.year.blockSignals(True)
        self.year.clear()
        for year in listing.years:
            self.year.addItem(str(year), year)
        if listing.year is not None:
            if self.year.findData(listing.year) < 0:
                self.year.addItem(str(listing.year), listing.year)
            self.year.setCurrentIndex(self.year.findData(listing.year))
        self.year.setEnabled(self.year.count() > 1)
        self.year.blockSignals(False)
        asked = self._pending is not None  # open_item: a refusal is worth saying
        keep = self._pending or ((self.plan_id, self.periode) if self.plan_id else None)
        self._pending = None
        self.view.selectionModel().blockSignals(True)
        self.model.set_list(listing)
        self.view.selectionModel().blockSignals(False)
        self._size_columns()
        self._say_scope()
        self._fill_keberatan_tab()
        if keep is not None and keep[0] and self.model.row_of(keep[0]) >= 0:
            self._select_in_list(keep[0], keep[1])
            self.show_plan(keep[0], keep[1], force=True)
        elif keep is not None and keep[0] and (asked or self._still_there(keep[0])):
            self.show_plan(keep[0], keep[1], force=True)  # a plan outside the list (a keberatan)
        else:
            self._select_first()
        self._count()
        if self.tabs.currentWidget() is self.summary_tab and self._summary_year != listing.year:
            self._load_summary()

    def _still_there(self, plan_id: str) -> bool:
        """The plan shown is still in the workspace (a synced deletion takes it away quietly)."""
        try:
            self.ops.ws.rating.rated_plan(plan_id)
        except SkpError:
            return False
        return True

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(RatingListModel.NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RatingListModel.JABATAN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(RatingListModel.NAME, 240)
        header.resizeSection(RatingListModel.JABATAN, 220)
        for column in range(RatingListModel.STATUS, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.todo_column, QHeaderView.ResizeMode.Stretch)

    def _say_scope(self) -> None:
        actor = self.ops.actor
        if actor is None:
            self.scope_line.setText(self.tr("Nobody is signed in, so there is nothing to show."))
            return
        if actor.system:
            text = self.tr("The workspace itself: every plan of the instansi.")
        elif self.ops.ws.access.can(Action.RATE):
            text = self.tr("The plans you rate as pejabat penilai, and your own.")
        elif actor.role in GRANTED_ROLES:
            text = self.tr(
                "The plans in your scope, read-only: the pejabat penilai rates (R-RATING). And your own."
            )
        else:
            text = self.tr("Your own plans: your pejabat penilai rates them; you may file a keberatan.")
        self.scope_line.setText(text)

    def _count(self) -> None:
        if self.listing is None:
            return
        total = len(self.listing.rows)
        shown = self.proxy.rowCount()
        due = sum(1 for r in self.listing.rows if r.relation != "own" and r.due)
        if self.listing.year is None:
            text = self.tr("No plan year holds a plan you rate or see.")
        elif shown == total:
            text = self.tr("{n} plan(s) of {year}; {due} with a period left to rate.").format(
                n=format_count(total), year=self.listing.year, due=format_count(due)
            )
        else:
            text = self.tr(
                "{shown} of {n} plan(s) of {year} shown; {due} with a period left to rate."
            ).format(
                shown=format_count(shown),
                n=format_count(total),
                year=self.listing.year,
                due=format_count(due),
            )
        self.count_label.setText(text)

    def _year_chosen(self) -> None:
        if not self._leave_form():
            self.year.blockSignals(True)
            if self.listing is not None and self.listing.year is not None:
                self.year.setCurrentIndex(self.year.findData(self.listing.year))
            self.year.blockSignals(False)
            return
        self.plan_id = None
        self.periode = None
        self.load_list(self._chosen_year())
        if self.tabs.currentWidget() is self.summary_tab:
            self._load_summary()

    def _filter_changed(self, _text: str = "") -> None:
        self.proxy.set_search(self.search.text())
        self.proxy.set_show(str(self.show_box.currentData() or SHOW_ALL))
        self._count()

    def _select_first(self) -> None:
        if self.proxy.rowCount() == 0:
            self._show_detail(False)
            return
        first = 0
        for r in range(self.proxy.rowCount()):
            row = self.proxy.index(r, 0).data(PLAN_ID_ROLE)
            found = next((x for x in self.model.rows if x.plan_id == row), None)
            if found is not None and found.relation != "own" and found.due:
                first = r
                break
        plan_id = str(self.proxy.index(first, 0).data(PLAN_ID_ROLE))
        self._select_in_list(plan_id, None)
        self.show_plan(plan_id, None, force=True)

    def _select_in_list(self, plan_id: str, periode: str | None) -> None:
        row = self.model.row_of(plan_id)
        if row < 0:
            self.view.selectionModel().clearSelection()
            return
        column = self.model.column_of(periode) if periode else RatingListModel.NAME
        source = self.model.index(row, max(column, 0))
        index = self.proxy.mapFromSource(source)
        if not index.isValid():  # filtered out: show everything again
            self.search.clear()
            self.show_box.setCurrentIndex(0)
            self._filter_changed()
            index = self.proxy.mapFromSource(source)
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        selection.blockSignals(False)
        self.view.scrollTo(index)

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        plan_id = str(current.data(PLAN_ID_ROLE))
        source = self.proxy.mapToSource(current)
        code = self.model.periode_of(source.column())
        row = self.model.rows[source.row()]
        periode = code if code is not None and code in row.periodes else None
        if plan_id == self.plan_id and (periode is None or periode == self.periode):
            return
        if not self.show_plan(plan_id, periode):
            selection = self.view.selectionModel()
            selection.blockSignals(True)
            selection.setCurrentIndex(
                previous,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            selection.blockSignals(False)

    def next_plan(self, step: int) -> None:
        """F8 / Shift+F8: the next or previous plan of the list."""
        rows = self.proxy.rowCount()
        if rows == 0:
            return
        current = self.view.currentIndex()
        row = (current.row() + step) % rows if current.isValid() else 0
        self.view.setCurrentIndex(self.proxy.index(row, 0))

    def next_period(self, step: int) -> None:
        """Ctrl+PgDown / Ctrl+PgUp: the next or previous evaluation period of the plan."""
        count = self.period_bar.count()
        if count:
            self.period_bar.setCurrentIndex((self.period_bar.currentIndex() + step) % count)

    # -- the chosen plan and period ----------------------------------------------------------------

    def open_item(self, target: str) -> None:
        """A task on Beranda: "PLAN_ID" or "PLAN_ID#PERIODE" (e.g. "…#TW2", "…#AKHIR")."""
        plan_id, _sep, periode = target.partition("#")
        plan_id = plan_id.strip()
        code = periode.strip().upper() or None
        if not plan_id:
            return
        self.tabs.setCurrentIndex(0)
        head = self.ops.run(self.ops.ws.rating.rated_plan, plan_id)
        if head is None:
            return
        if self.listing is None or self.loading() or self.listing.year != head.year:
            self._pending = (plan_id, code)
            if self.listing is None or self.listing.year != head.year or not self.loading():
                self.load_list(head.year)
            self.show_plan(plan_id, code, force=True)
            return
        self._select_in_list(plan_id, code)
        self.show_plan(plan_id, code, force=True)

    def show_plan(self, plan_id: str, periode: str | None = None, *, force: bool = False) -> bool:
        """Show one plan in one period (None: the first one left to rate). False when the person
        kept an unsaved rating instead."""
        if not force and (plan_id, periode) != (self.plan_id, self.periode) and not self._leave_form():
            return False
        rating = self.ops.ws.rating
        head = self.ops.run(rating.rated_plan, plan_id)
        if head is None:
            return False
        periods = self.ops.run(self.ops.ws.monitoring.plan_periods, plan_id) or []
        codes = [p.code for p in periods]
        if periode is None or periode not in codes:
            periode = self._default_periode(plan_id, periods)
        if periode is None:
            return False
        ctx = self.ops.run(rating.rating_context, plan_id, periode)
        if ctx is None:
            return False
        self.plan_id, self.periode, self.head, self.ctx, self.periods = plan_id, periode, head, ctx, periods
        self._fill_detail()
        return True

    def _default_periode(self, plan_id: str, periods: Sequence[EvaluationPeriodRow]) -> str | None:
        if not periods:
            return None
        row = next((r for r in self.model.rows if r.plan_id == plan_id), None)
        if row is not None and row.due:
            return row.due[0]
        today = self.ops.ws.access.today()
        ended = [p for p in periods if p.end < today]
        if row is None and ended:
            final = {a.periode for a in self.ops.ws.rating.assessments(plan_id) if a.final}
            open_ones = [p for p in ended if p.code not in final]
            if open_ones:
                return open_ones[0].code
        return ended[-1].code if ended else periods[0].code

    def _show_detail(self, shown: bool) -> None:
        for widget in (self.header, self.period_bar, self.sides):
            widget.setVisible(shown)
        self.empty_detail.setVisible(not shown)

    def _fill_detail(self) -> None:
        head, ctx = self.head, self.ctx
        if head is None or ctx is None:
            self._show_detail(False)
            return
        self._show_detail(True)
        status = plan_status_label(head.status)
        parts = [
            f"<b>{_esc(head.name)}</b>",
            _esc(", ".join(p for p in (head.jabatan, head.unit) if p)),
            _esc(self.tr("NIP {nip}").format(nip=head.nip)) if head.nip else "",
            _esc(self.tr("SKP {year}: {status}").format(year=head.year, status=status)),
            _esc(self.tr("Pejabat penilai: {name}").format(name=head.penilai_name or "—")),
        ]
        self.header.setText(" · ".join(p for p in parts if p))
        self._fill_period_bar()
        self._fill_evidence()
        self._fill_form()
        self._fill_curve(keep_unit=False)
        self._fill_keberatan()

    def _fill_period_bar(self) -> None:
        bar = self.period_bar
        bar.blockSignals(True)
        while bar.count():
            bar.removeTab(0)
        assessments = {a.periode: a for a in ([self.ctx.current] if self.ctx and self.ctx.current else [])}
        if self.ctx is not None:
            assessments.update({a.periode: a for a in self.ctx.periodic})
        row = next((r for r in self.model.rows if r.plan_id == self.plan_id), None)
        current = 0
        for n, period in enumerate(self.periods):
            text = periode_name(period.code)
            rated = assessments.get(period.code)
            if row is not None and period.code in row.ratings:
                state = row.ratings[period.code].status
            else:
                state = rated.status if rated is not None else ""
            if state == STATUS_FINAL:
                text += " ✓"
            elif state:
                text += " ✎"
            if period.locked:
                text += " 🔒"
            bar.addTab(text)
            bar.setTabData(n, period.code)
            tip = [
                self.tr("{start} – {end}").format(
                    start=format_date(period.start), end=format_date(period.end)
                ),
                self.tr("Rating due by {date}").format(date=format_date(period.deadline)),
            ]
            if period.locked:
                tip.append(self.tr("Locked: {reason}").format(reason=period.reason or "—"))
            bar.setTabToolTip(n, "\n".join(tip))
            if period.code == self.periode:
                current = n
        bar.setCurrentIndex(current)
        bar.blockSignals(False)

    def _period_tab_changed(self, index: int) -> None:
        code = self.period_bar.tabData(index)
        if not code or self.plan_id is None or code == self.periode:
            return
        if not self.show_plan(self.plan_id, str(code)):
            self._fill_period_bar()  # kept the unsaved rating: back to its tab

    def _fill_evidence(self) -> None:
        ctx = self.ctx
        if ctx is None or self.plan_id is None:
            self.evidence.clear()
            return
        monitoring, feedback = self.ops.ws.monitoring, self.ops.ws.feedback
        plan_id = self.plan_id
        tables: list[ProgressTable] = []
        codes = [p.code for p in self.periods if not p.is_final] if ctx.period.is_final else [ctx.period.code]
        for code in codes:
            table = self.ops.run(monitoring.progress_table, plan_id, code)
            if table is not None:
                tables.append(table)
        if ctx.period.is_final:  # realisasi recorded for the year itself, if any
            annual = self.ops.run(monitoring.progress_table, plan_id, ctx.period.code)
            if annual is not None and any(
                r.progress is not None or any(i.progress is not None for i in r.indicators)
                for r in annual.results
            ):
                tables.append(annual)
        notes = self.ops.run(feedback.feedback_for, plan_id, ctx.period.code)
        dialogs = self.ops.run(feedback.dialogs, plan_id) or []
        self.evidence.show_context(ctx, tables, notes, dialogs)

    # -- the rating form ---------------------------------------------------------------------------

    def _period_row(self) -> EvaluationPeriodRow | None:
        return next((p for p in self.periods if p.code == self.periode), None)

    def refusal(self) -> SkpError | None:
        """Why the acting person cannot save a rating of this period now, as the service would
        refuse it (None: they can)."""
        head, ctx = self.head, self.ctx
        if head is None or ctx is None:
            return SkpError(Code.NO_USER)
        if head.is_own:
            return SkpError(Code.RATE_OWN)
        if not head.is_penilai:
            return SkpError(Code.NOT_PENILAI)
        if head.status != PlanStatus.DITETAPKAN.value:
            return SkpError(Code.PLAN_NOT_SET, status=plan_status_label(head.status))
        if not ctx.ended:
            return SkpError(
                Code.PERIODE_NOT_ENDED,
                periode=ctx.period.code,
                end=format_date(ctx.period.end),
                first_day=format_date(ctx.can_rate_from),
            )
        period = self._period_row()
        if period is not None and period.locked:
            return SkpError(Code.PERIOD_LOCKED, periode=ctx.period.code, year=ctx.year)
        if ctx.current is not None and ctx.current.final:
            return SkpError(Code.RATE_FINAL, periode=ctx.period.code)
        if ctx.org_predikat_missing:
            return SkpError(
                Code.RATE_NO_ORG_PREDIKAT, unit=ctx.org_unit_name, year=ctx.year, periode=ctx.period.code
            )
        return None

    def _fill_form(self) -> None:
        head, ctx, f = self.head, self.ctx, self.form
        if head is None or ctx is None:
            return
        current = ctx.current
        f.heading.setText(
            self.tr("Rating of {periode} {year}").format(periode=periode_name(ctx.period.code), year=ctx.year)
        )
        f.state.setText(self._state_text(ctx))
        hasil = current.rating_hasil_kerja if current else None
        if ctx.org_basis and (current is None or not current.final):
            hasil = ctx.hasil_kerja_from_org
        f.set_values(hasil, current.rating_perilaku if current else None, current.note if current else "")
        refusal = self.refusal()
        editable = refusal is None
        f.set_editable(editable, hasil_editable=not ctx.org_basis)
        f.save_button.setEnabled(editable)
        f.final_button.setEnabled(editable)
        f.predikat_note.setVisible(editable)
        reopenable = (
            head.is_penilai
            and current is not None
            and current.final
            and not ctx.keberatan
            and not (self._period_row() is not None and self._period_row().locked)  # type: ignore[union-attr]
        )
        f.reopen_button.setVisible(head.is_penilai)
        f.reopen_button.setEnabled(bool(reopenable))
        f.save_button.setVisible(not head.is_own and head.is_penilai)
        f.final_button.setVisible(not head.is_own and head.is_penilai)
        self._say_banner(refusal)
        self._say_org(ctx)

    def _state_text(self, ctx: RatingContext) -> str:
        current = ctx.current
        if current is None:
            if not ctx.ended:
                return self.tr("Not rated: the period ends on {date}.").format(
                    date=format_date(ctx.period.end)
                )
            return self.tr("Not rated yet.")
        by = current.assessed_by_name or "—"
        when = format_date(current.assessed_on) if current.assessed_on else "—"
        if current.final:
            if current.assessed_by_name:
                text = self.tr("Final since {date} (rated by {name}).").format(date=when, name=by)
            else:
                text = self.tr("Final since {date}.").format(date=when)
            if current.keberatan_until is not None:
                text += " " + self.tr("Keberatan possible until {date}.").format(
                    date=format_date(current.keberatan_until)
                )
            return text
        if not current.assessed_by_name:
            return self.tr("Draft saved on {date}: the pegawai does not receive it yet.").format(date=when)
        return self.tr("Draft saved on {date} (by {name}): the pegawai does not receive it yet.").format(
            date=when, name=by
        )

    def _say_banner(self, refusal: SkpError | None) -> None:
        banner = self.form.banner

        def say(text: str, level: str = "info") -> None:
            banner.say(nobreak(text), level)

        if refusal is None:
            say("")
            return
        head = self.head
        if refusal.code is Code.RATE_FINAL:
            if head is not None and head.is_penilai:
                say(
                    self.tr("This rating is final. Reopen it to change it (the reopening is recorded)."),
                    "info",
                )
            else:
                say("")
            return
        if refusal.code is Code.RATE_OWN:
            say(
                self.tr(
                    "This is your own plan: your pejabat penilai rates it (R-RATING). You see the ratings, "
                    "and you may file a keberatan on a final one within {days} days."
                ).format(days=KEBERATAN_FILING_DAYS),
                "info",
            )
            return
        if refusal.code is Code.NOT_PENILAI:
            say(self.tr("Only the plan's pejabat penilai rates it (R-RATING). You see the ratings."), "info")
            return
        what, todo = message_for(refusal)
        level = "error" if refusal.code is Code.RATE_NO_ORG_PREDIKAT else "warning"
        say(f"{what} {todo}", level)

    def _say_org(self, ctx: RatingContext) -> None:
        line = self.form.org_line
        if not ctx.org_basis:
            line.hide()
            return
        line.show()
        mapping_text = self.tr(
            "How the predikat organisasi maps to a rating is the instansi's setting "
            "({setting}, Settings → Rating)."
        ).format(setting=ORG_MAPPING_SETTING)
        if ctx.org_predikat is None:
            text = self.tr(
                "{name} leads {unit}: the annual rating hasil kerja comes from the unit's predikat kinerja "
                "organisasi (R-ORG-PREDIKAT), which has not been set for {year}."
            ).format(name=ctx.employee_name, unit=ctx.org_unit_name, year=ctx.year)
        elif ctx.hasil_kerja_from_org is None:
            text = self.tr(
                "{name} leads {unit}, rated {org}; the setting that maps it to a rating holds a value that "
                "is not a rating. Correct it in Settings → Rating."
            ).format(name=ctx.employee_name, unit=ctx.org_unit_name, org=predikat_text(ctx.org_predikat))
        else:
            text = self.tr(
                "{name} leads {unit}: its predikat kinerja organisasi {org} gives the rating hasil kerja "
                "{rating} (R-ORG-PREDIKAT)."
            ).format(
                name=ctx.employee_name,
                unit=ctx.org_unit_name,
                org=predikat_text(ctx.org_predikat),
                rating=rating_text(ctx.hasil_kerja_from_org),
            )
        line.setText(f"{text} {mapping_text}")

    def _form_changed(self) -> None:
        if self.refusal() is None:
            self.form.banner.say("")  # a "choose both ratings" warning goes once they are chosen

    def _leave_form(self) -> bool:
        """Before showing something else: an unsaved rating is kept or discarded (asked)."""
        if not self.form.dirty:
            return True
        if self.confirm(
            self.tr("Discard the unsaved rating?"),
            self.tr("The ratings or the note of {periode} have not been saved.").format(
                periode=periode_name(self.periode or "")
            ),
            self.tr("Discard"),
        ):
            self.form.dirty = False
            return True
        return False

    # -- writing -----------------------------------------------------------------------------------

    def save_draft(self) -> bool:
        return self._save(final=False)

    def finalise(self) -> bool:
        return self._save(final=True)

    def _save(self, *, final: bool) -> bool:
        """One ``rate`` call; the service refuses what the rules do not allow (shown, nothing saved)."""
        ctx, plan_id, periode = self.ctx, self.plan_id, self.periode
        if ctx is None or plan_id is None or periode is None:
            return False
        hasil, perilaku, note = self.form.values()
        if perilaku is None or (hasil is None and not ctx.org_basis):
            self.form.banner.say(
                self.tr("Choose the rating hasil kerja and the rating perilaku first."), "warning"
            )
            return False
        if final:
            value = predikat(hasil, perilaku) if hasil is not None else None  # SKP-REFERENCE R-MATRIX
            if not self.confirm(
                self.tr("Finalise the rating?"),
                self.tr(
                    "{name}, {periode} {year}: predikat {predikat}. Once final, the pegawai receives it and "
                    "may file a keberatan within {days} days; changing it then needs a recorded reopening."
                ).format(
                    days=KEBERATAN_FILING_DAYS,
                    name=ctx.employee_name,
                    periode=periode_name(periode),
                    year=ctx.year,
                    predikat=label(value) if value is not None else "—",
                ),
                self.tr("Finalise"),
            ):
                return False
        service = self.ops.ws.rating
        hasil_arg = None if ctx.org_basis else (hasil.value if hasil else None)
        perilaku_value = perilaku.value

        def do() -> object:
            return service.rate(plan_id, periode, hasil_arg, perilaku_value, note, final)

        current = ctx.current
        self._saving = True
        try:
            if current is None:
                # a first rating: no service call removes one, so it is not on the undo stack
                ok = self.ops.run(do) is not None
            else:
                old_hasil = (
                    None if current.basis == BASIS_ORG_PREDIKAT else _value(current.rating_hasil_kerja)
                )
                old_perilaku = _value(current.rating_perilaku) or perilaku_value
                old_note = current.note
                record = current.id

                def undo() -> Changes:
                    changes = Changes()
                    if final:
                        changes = changes | service.reopen(record)
                    return changes | service.rate(plan_id, periode, old_hasil, old_perilaku, old_note)[1]

                text = (
                    self.tr("Finalise the rating of {name} ({periode})")
                    if final
                    else self.tr("Rate {name} ({periode})")
                ).format(name=ctx.employee_name, periode=periode_name(periode))
                command = ServiceCommand(self.ops, text, do, undo)
                self.ops.push(command)
                ok = not command.failed
        finally:
            self._saving = False
        if ok:
            self.form.dirty = False
            self.show_plan(plan_id, periode, force=True)
        return ok

    def reopen(self) -> bool:
        """Make the final rating a draft again (penilai; recorded in the op log)."""
        ctx, plan_id, periode = self.ctx, self.plan_id, self.periode
        if ctx is None or ctx.current is None or plan_id is None or periode is None:
            return False
        current = ctx.current
        if not self.confirm(
            self.tr("Reopen the final rating?"),
            self.tr(
                "The {periode} rating of {name} becomes a draft again so that you can change it. The "
                "reopening is recorded with your name and the date."
            ).format(periode=periode_name(periode), name=ctx.employee_name),
            self.tr("Reopen"),
        ):
            return False
        service = self.ops.ws.rating
        record = current.id
        hasil = None if current.basis == BASIS_ORG_PREDIKAT else _value(current.rating_hasil_kerja)
        perilaku = _value(current.rating_perilaku) or ""
        note = current.note
        command = ServiceCommand(
            self.ops,
            self.tr("Reopen the rating of {name} ({periode})").format(
                name=ctx.employee_name, periode=periode_name(periode)
            ),
            lambda: service.reopen(record),
            lambda: service.rate(plan_id, periode, hasil, perilaku, note, final=True),
        )
        self._saving = True
        try:
            self.ops.push(command)
        finally:
            self._saving = False
        if not command.failed:
            self.show_plan(plan_id, periode, force=True)
        return not command.failed

    def file_keberatan(self) -> bool:
        """The pegawai files a keberatan on the final rating shown (R-DEADLINES: within 14 days)."""
        ctx = self.ctx
        if ctx is None or ctx.current is None:
            return False
        dialog = FileKeberatanDialog(self.ops, ctx.current, self)
        return self.exec_dialog(dialog) and dialog.made is not None

    def decide_keberatan(self, keberatan_id: str | None = None) -> bool:
        """The atasan of the pejabat penilai decides (the one shown, or ``keberatan_id``)."""
        found: KeberatanRow | None = None
        if keberatan_id is None and self.ctx is not None:
            found = next((k for k in self.ctx.keberatan if k.pending), None)
        else:
            found = next((k for k in self.to_decide if k.id == keberatan_id), None)
            if found is None and self.ctx is not None:
                found = next((k for k in self.ctx.keberatan if k.id == keberatan_id), None)
        if found is None:
            return False
        assessments = self.ops.run(self.ops.ws.rating.assessments, found.plan_id) or []
        current = next((a for a in assessments if a.id == found.assessment_id), None)
        dialog = DecideKeberatanDialog(
            self.ops,
            found,
            current,
            hasil_from_org=current is not None and current.basis == BASIS_ORG_PREDIKAT,
            parent=self,
        )
        return self.exec_dialog(dialog) and dialog.decided

    def set_org_predikat(self) -> bool:
        """Record the predikat kinerja organisasi of the curve's unit for the period shown."""
        head, periode = self.head, self.periode
        if head is None or periode is None:
            return False
        units = self._chain
        unit_id = self.current_unit_id() or (units[0][0] if units else "")
        if not units or not unit_id:
            return False
        current = None
        org = self.ops.run(self.ops.ws.rating.org_predikat, unit_id, head.period_id, periode)
        if org is not None:
            current = org.predikat
        dialog = OrgPredikatDialog(
            self.ops, units, unit_id, head.period_id, head.year, periode, current, self
        )
        return self.exec_dialog(dialog) and dialog.made is not None

    # -- the curve (R-CURVE) -----------------------------------------------------------------------

    def _fill_curve(self, *, keep_unit: bool) -> None:
        f, head = self.form, self.head
        if head is None or self.periode is None:
            return
        chosen = f.curve_unit.currentData() if keep_unit else None
        chain = self.ops.run(self.ops.ws.rating.unit_chain, head.unit_id) if head.unit_id else []
        self._chain = list(chain or [])
        f.curve_unit.blockSignals(True)
        f.curve_unit.clear()
        for uid, name in self._chain:
            f.curve_unit.addItem(name, uid)
        f.curve_unit.blockSignals(False)
        if not self._chain:
            f.curve_text.setText(
                _esc(self.tr("The plan's jabatan has no unit, so there is no distribution."))
            )
            f.org_button.setEnabled(False)
            return
        if chosen is None or f.curve_unit.findData(chosen) < 0:
            # as the Dokumen Evaluasi shows it: the unit whose predikat organisasi applies (the
            # nearest up the chain that has one), else the perangkat daerah (under the root)
            first = self.ops.run(
                self.ops.ws.rating.unit_distribution, self._chain[0][0], head.period_id, self.periode
            )
            if first is not None and first.org_unit_id is not None:
                chosen = first.org_unit_id
            else:
                chosen = self._chain[-2][0] if len(self._chain) >= 2 else self._chain[0][0]
        f.curve_unit.setCurrentIndex(max(0, f.curve_unit.findData(chosen)))
        self._show_distribution()
        f.org_button.setVisible(self.ops.ws.access.can(Action.SET_ORG_PREDIKAT))

    def _curve_unit_chosen(self) -> None:
        self._show_distribution()

    def _show_distribution(self) -> None:
        f, head = self.form, self.head
        unit_id = f.curve_unit.currentData()
        if head is None or self.periode is None or not unit_id:
            return
        dist = self.ops.run(self.ops.ws.rating.unit_distribution, str(unit_id), head.period_id, self.periode)
        self.distribution = dist
        f.curve_text.setText(nobreak(self.curve_html(dist)) if dist is not None else "")

    def curve_html(self, dist: UnitDistribution) -> str:
        """The verdict in words: a warning, never a block (R-CURVE [P] S7)."""
        periode = periode_name(dist.periode)
        lines: list[str] = []
        counted = self.tr("{unit}: {n} employee(s) with a final {periode} rating.").format(
            unit=dist.unit_name, n=format_count(dist.n), periode=periode
        )
        if dist.drafts:
            counted += " " + self.tr("{n} draft rating(s) not counted.").format(n=format_count(dist.drafts))
        lines.append(_esc(counted))
        result = dist.result
        if dist.org_predikat is None or result is None:
            lines.append(
                "<span style='color:#9a6700'>"
                + _esc(
                    self.tr(
                        "No predikat kinerja organisasi has been set for {unit} or a unit above it for "
                        "{periode} {year}, so the distribution cannot be checked against the curve."
                    ).format(unit=dist.unit_name, periode=periode, year=dist.year)
                )
                + "</span>"
            )
            return "<br>".join(lines)
        org = self.tr("predikat organisasi {org} ({unit})").format(
            org=predikat_text(dist.org_predikat), unit=dist.org_unit_name
        )
        if result.verdict is Verdict.NO_DATA:
            lines.append(_esc(self.tr("Nothing to check yet against the {org}.").format(org=org)))
            return "<br>".join(lines)
        lines.append(_esc(shares_text(result)))
        if result.fits:
            lines.append(
                "<span style='color:#1b7a3a'>✓ "
                + _esc(self.tr("Fits the expected distribution for the {org} (R-CURVE).").format(org=org))
                + "</span>"
            )
            return "<br>".join(lines)
        lines.append(
            "<span style='color:#9a6700'><b>⚠ "
            + _esc(
                self.tr(
                    "Does not fit the expected distribution for the {org} (R-CURVE). A consideration for "
                    "the leader, not a rule: nothing is blocked."
                ).format(org=org)
            )
            + "</b></span>"
        )
        for check in result.failed:
            lines.append("✗ " + _esc(check_text(check, result.n, result.largest)))
        if result.suggestion:
            lines.append(
                _esc(
                    self.tr("To fit: {changes}.").format(
                        changes="; ".join(change_text(c) for c in result.suggestion)
                    )
                )
            )
        if result.nearest is None:
            lines.append(
                _esc(
                    self.tr("With {n} employee(s), no distribution meets every rule of this pattern.").format(
                        n=format_count(result.n)
                    )
                )
            )
        return "<br>".join(lines)

    # -- keberatan ---------------------------------------------------------------------------------

    def _load_to_decide(self) -> None:
        rows = self.ops.run(self.ops.ws.rating.keberatan_to_decide) if self.ops.actor is not None else []
        self.to_decide = list(rows or [])
        title = self.tr("&Keberatan")
        if self.to_decide:
            title = self.tr("&Keberatan ({n})").format(n=format_count(len(self.to_decide)))
        self.tabs.setTabText(1, title)
        self._fill_keberatan_tab()

    def _fill_keberatan_tab(self) -> None:
        """Waiting for the acting person, then the history: on the listed plans and the ones they
        decide (a decider does not rate those plans, so they are not in the list)."""
        history: dict[str, tuple[str, KeberatanRow]] = {}
        service = self.ops.ws.rating
        if self.listing is not None:
            for row in self.listing.rows:
                if row.keberatan:
                    for k in self.ops.run(service.keberatan_history, row.plan_id) or []:
                        history[k.id] = (row.name, k)
        for k in self.ops.run(service.keberatan_of_decider) or []:
            history.setdefault(k.id, (k.filed_by_name, k))
        rows = sorted(history.values(), key=lambda item: (item[1].filed_on, item[1].id), reverse=True)
        self.keberatan_tab.set_rows(self.to_decide, rows)

    def _fill_keberatan(self) -> None:
        f, head, ctx = self.form, self.head, self.ctx
        if head is None or ctx is None or self.plan_id is None:
            return
        rows = self.ops.run(self.ops.ws.rating.keberatan_history, self.plan_id) or []
        f.show_keberatan(rows, ctx.period.code)
        current = ctx.current
        today = self.ops.ws.access.today()
        note = ""
        can_file = False
        if head.is_own:
            if current is None or not current.final:
                note = self.tr("A keberatan can be filed once this period's rating is final.")
            elif ctx.keberatan:
                note = self.tr("A keberatan has been filed on this rating; one per rating.")
            elif current.keberatan_until is not None and today > current.keberatan_until:
                what, todo = message_for(
                    SkpError(
                        Code.KEBERATAN_LATE,
                        received=format_date(current.assessed_on),
                        last_day=format_date(current.keberatan_until),
                        days=KEBERATAN_FILING_DAYS,
                    )
                )
                note = f"{what} {todo}"
            else:
                can_file = True
                if current.keberatan_until is not None:
                    note = self.tr(
                        "You may file a keberatan on this rating until {date}, with your reasons; the atasan "
                        "of your pejabat penilai decides (R-DEADLINES)."
                    ).format(date=format_date(current.keberatan_until))
        f.keberatan_note.setText(note)
        f.file_button.setVisible(head.is_own)
        f.file_button.setEnabled(can_file)
        pending_ids = {k.id for k in ctx.keberatan if k.pending}
        deciding = bool(pending_ids & {k.id for k in self.to_decide})
        f.decide_button.setVisible(deciding)
        f.decide_button.setEnabled(deciding)

    def _open_from_keberatan(self, plan_id: str, periode: str) -> None:
        self.open_item(f"{plan_id}#{periode}")

    # -- dialogs (tests replace these) ---------------------------------------------------------------

    def confirm(self, title: str, text: str, ok_text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def exec_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    # -- changes -----------------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if not changes:
            return
        tables = {t for t, ids in changes.tables.items() if ids}
        if not tables & RATING_TABLES and tables:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._reload_after_change()

    def _reload_after_change(self) -> None:
        self._load_to_decide()
        self.load_list(self._chosen_year())
        if self.plan_id is not None and (not self.form.dirty or self._saving):
            self.show_plan(self.plan_id, self.periode, force=True)
        if self.tabs.currentWidget() is self.summary_tab:
            self._load_summary()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._reload_after_change()

    def _tab_changed(self, index: int) -> None:
        on_list = index == 0
        self.search.setEnabled(on_list)  # they filter the list of the first tab
        self.show_box.setEnabled(on_list)
        if self.tabs.widget(index) is self.summary_tab:
            self._load_summary()

    def _load_summary(self) -> None:
        """The summary of the year chosen above (its own default while the list has none)."""
        year = self._chosen_year()
        if year is None and self.listing is not None:
            year = self.listing.year
        self.summary_tab.load(year)
        self._summary_year = year

    def focus_search(self) -> bool:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()
        return True


def _value(rating: Rating | None) -> str | None:
    return rating.value if rating is not None else None
