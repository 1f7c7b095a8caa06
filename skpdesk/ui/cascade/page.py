"""The Cascading area: one unit's tree for a year, edited by drag and drop or the keyboard, its
checks beside it, the MPH grid, and the clinic walk person by person (R-CASCADE; issue "cascading
tree editor").

Every edit is an undoable command that calls one service method; once it committed, the nodes it
touched are read back and put in place in the model, and the checks around them recomputed — the
tree is never read again whole for an edit of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain.cascade import CascadeIssue, CascadeNode, CascadeTree, IssueKind, NodeKind
from skpdesk.services.base import Changes
from skpdesk.ui.cascade.model import GROUPS, ID_ROLE, MIME, ORPHANS, CascadeModel, issue_word
from skpdesk.ui.errors import show_error
from skpdesk.ui.jobs import Job
from skpdesk.ui.ops import Ops, ServiceCommand
from skpdesk.ui.page import Page

translate = QCoreApplication.translate
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_LISTED = 300  # issues listed per kind in the checks panel (the counts are always whole)
TOP_LEVELS = 1  # the levels of the atasan chain read first and shown at once (0: the head)


class CascadeView(QTreeView):
    """The tree: says why a drop would be refused while dragging (``reason`` label)."""

    def __init__(self, model: CascadeModel, reason: QLabel) -> None:
        super().__init__()
        self.setObjectName("cascadeTree")
        self.setModel(model)
        self._model = model
        self._reason = reason
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(True)
        self.header().setStretchLastSection(True)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        super().dragMoveEvent(event)
        ids = CascadeModel.dragged_ids(event.mimeData())
        target = self.indexAt(event.position().toPoint())
        target_id = self._model.node_id(target) if target.isValid() else None
        reason = self._model.drop_reason(ids[0], target_id) if len(ids) == 1 else ""
        if reason:
            self._reason.setText(reason)
            event.ignore()
        else:
            self._reason.setText(self.tr("Drop to make it intervene this one."))

    def dragLeaveEvent(self, event: object) -> None:
        self._reason.setText("")
        super().dragLeaveEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QDropEvent) -> None:
        self._reason.setText("")
        target = self.indexAt(event.position().toPoint())
        ids = CascadeModel.dragged_ids(event.mimeData())
        if len(ids) == 1:
            target_id = self._model.node_id(target) if target.isValid() else None
            if self._model.drop_reason(ids[0], target_id) is None:
                self._model.drop_requested.emit(ids[0], target_id or "")
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the page moves the row once committed
        event.accept()


class PeopleList(QListWidget):
    """The unit's people: drop a result on a person to cascade it to them."""

    def __init__(self, on_drop: Callable[[str, str], None]) -> None:
        super().__init__()
        self.setObjectName("cascadePeople")
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self._on_drop = on_drop

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if item is not None and item.data(PERSON_ROLE):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        ids = CascadeModel.dragged_ids(event.mimeData())
        if item is not None and item.data(PERSON_ROLE) and len(ids) == 1:
            self._on_drop(ids[0], str(item.data(PERSON_ROLE)))
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()


class CascadePage(Page):
    key = "cascading"

    def __init__(self, ops: Ops) -> None:
        super().__init__(
            ops,
            self.tr_area("Cascading"),
            self.tr(
                "Drag a result onto the one it serves (Ctrl+X, Ctrl+V with the keyboard); drop it on a "
                "person to cascade it to them."
            ),
        )
        bar = QHBoxLayout()
        self.unit = QComboBox()
        self.unit.setObjectName("cascadeUnit")
        self.unit.setMinimumWidth(320)
        self.year = QComboBox()
        self.year.setObjectName("cascadeYear")
        bar.addWidget(QLabel(self.tr("Unit")))
        bar.addWidget(self.unit, 1)
        bar.addWidget(QLabel(self.tr("Year")))
        bar.addWidget(self.year)
        self.expand_button = QPushButton(self.tr("Expand all"))
        self.expand_button.clicked.connect(self.expand_all)
        self.collapse_button = QPushButton(self.tr("Collapse"))
        self.collapse_button.clicked.connect(self.collapse_all)
        self.cascade_button = QPushButton(self.tr("Cascade to…"))
        self.cascade_button.setObjectName("cascadeTo")
        self.cascade_button.setToolTip(
            self.tr("Cascade the selected result to the people it is shared with (Ctrl+D)")
        )
        self.cascade_button.clicked.connect(lambda: self.cascade_selected(None))
        self.export_button = QPushButton(self.tr("Print / export…"))
        self.export_button.setObjectName("cascadeExport")
        self.export_button.clicked.connect(self.export_menu)
        for button in (self.expand_button, self.collapse_button, self.cascade_button, self.export_button):
            bar.addWidget(button)
        self.body.addLayout(bar)
        self.clinic_line = QLabel()
        self.clinic_line.setObjectName("clinicLine")
        self.clinic_line.setWordWrap(True)
        self.body.addWidget(self.clinic_line)
        self.reason = QLabel()
        self.reason.setObjectName("dropReason")
        self.reason.setWordWrap(True)
        self.tabs = QTabWidget()
        self.model = CascadeModel(self)
        self.model.drop_requested.connect(self._dropped)
        self.view = CascadeView(self.model, self.reason)
        # The view owns its model: Qt destroys a QObject's children after its own destructor, so
        # the view lets go of its (persistent) indexes before the model goes.
        self.model.setParent(self.view)
        self.view.doubleClicked.connect(lambda _i: self.open_in_wizard())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.checks = QTreeWidget()
        self.checks.setObjectName("cascadeChecks")
        self.checks.setHeaderHidden(True)
        self.checks.itemActivated.connect(self._go_to_issue)
        self.checks.itemClicked.connect(self._go_to_issue)
        self.people = PeopleList(self._dropped_on_person)
        self.people.itemActivated.connect(self._person_activated)
        self.side = side = QTabWidget()
        side.addTab(self.checks, self.tr("Checks"))
        side.addTab(self.people, self.tr("People"))
        side.currentChanged.connect(lambda _i: self._show_side_tabs())
        split = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.reason)
        split.addWidget(left)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.tabs.addTab(split, self.tr("Tree"))
        from skpdesk.ui.cascade.mph import MphPanel

        self.mph = MphPanel(self)
        self.tabs.addTab(self.mph, self.tr("MPH matrix"))
        self.tabs.currentChanged.connect(lambda _i: self._show_side_tabs())
        self.body.addWidget(self.tabs, 1)
        self._people_shown = False
        self._mph_shown = False
        self._clip: str | None = None
        self._job: Job | None = None  # the tree being read
        self._generation = 0
        self._export_job: object | None = None  # a running export, kept alive until it reports
        self._expect: set[str] = set()
        self._stale = False
        self._loaded_choices = False
        self.clinic_people: list[tuple[str, str, str | None]] = []  # (employee id, name, plan id)
        self.clinic_people_rows: list[tuple[str, str, str | None, str]] = []  # ... and jabatan
        self.clinic_index = -1
        self.unit.currentIndexChanged.connect(lambda _i: self.load())
        self.year.currentIndexChanged.connect(lambda _i: self.load())
        self._keys()

    def _keys(self) -> None:
        bindings: Sequence[tuple[str, Callable[[], object]]] = (
            ("Ctrl+X", self.cut),
            ("Ctrl+V", self.paste),
            ("Alt+Left", self.unlink),
            ("Alt+Up", lambda: self.reorder(-1)),
            ("Alt+Down", lambda: self.reorder(1)),
            ("Ctrl+D", self.cascade_selected),
            ("F5", self.load),
            ("F8", lambda: self.next_person(1)),
            ("Shift+F8", lambda: self.next_person(-1)),
            ("Ctrl+Return", self.open_in_wizard),
        )
        for keys, action in bindings:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)

    # -- loading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self._loaded_choices:
            self._load_choices()
        self.load()

    def _load_choices(self) -> None:
        ws = self.ops.ws
        self.unit.blockSignals(True)
        self.year.blockSignals(True)
        self.unit.clear()
        for unit_id, name, depth in ws.cascade.unit_choices():
            self.unit.addItem("    " * depth + name, unit_id)
        self.year.clear()
        for period_id, year in ws.drafting.periods():
            self.year.addItem(str(year), period_id)
        actor = self.ops.actor
        if actor is not None and actor.scope_unit_id:
            found = self.unit.findData(actor.scope_unit_id)
            self.unit.setCurrentIndex(max(found, 0))
        elif self.unit.count() > 1:
            self.unit.setCurrentIndex(1)  # the first OPD rather than the whole instansi
        self.unit.blockSignals(False)
        self.year.blockSignals(False)
        self._loaded_choices = True

    def load(self) -> None:
        """Read the tree off the GUI thread, a newer load winning: first the top of it (the
        unit's goals and the RHK of its head and the head's direct staff), shown at once; then
        the whole of it, put in place keeping what was expanded and selected meanwhile."""
        unit_id, period_id = self.unit.currentData(), self.year.currentData()
        self._generation += 1
        if not unit_id or not period_id:
            self._job = None
            self.model.set_tree(None)
            return
        self.reason.setText(self.tr("Loading the tree…"))
        self._read(str(unit_id), str(period_id), TOP_LEVELS)

    def _read(self, unit_id: str, period_id: str, top_levels: int | None) -> None:
        cascade = self.ops.ws.cascade
        self._job = Job(lambda: cascade.tree(unit_id, period_id, top_levels=top_levels), self._generation)
        self._job.signals.done.connect(self._loaded)
        self._job.signals.failed.connect(self._load_failed)
        self._job.start()

    def loading(self) -> bool:
        """The whole tree is not in yet (its top may be shown already)."""
        return self._job is not None

    def shown(self) -> bool:
        """A tree, or at least its top, is shown."""
        return self.model.tree is not None

    def complete(self) -> bool:
        """The whole tree is shown: edits and checks are possible."""
        return self.model.tree is not None and self.model.tree.complete and self._job is None

    def _load_failed(self, generation: int, error: object) -> None:
        if generation != self._generation:
            return
        self._job = None
        self.reason.setText("")
        show_error(self, error if isinstance(error, BaseException) else RuntimeError(str(error)))

    def _loaded(self, generation: int, tree: object) -> None:
        if generation != self._generation:
            return  # the person chose another unit or year meanwhile
        self._job = None
        assert isinstance(tree, CascadeTree)
        previous = self.model.tree
        growing = previous is not None and not previous.complete and previous.unit_id == tree.unit_id
        state = self._view_state() if growing else None
        self.model.set_tree(tree)
        self._stale = False
        if state is None:
            self.view.expandToDepth(1)
            for column, width in ((0, 430), (1, 260), (2, 220), (3, 100)):
                self.view.header().resizeSection(column, width)
        else:
            self._restore_view(state)
        if tree.complete:
            self.reason.setText("")
        else:
            self.reason.setText(
                self.tr("Showing the top of the tree; reading the rest (edits wait until it is in)…")
            )
            self._read(tree.unit_id, tree.period_id, None)
        self._fill_checks()
        self._fill_people()
        self._people_shown = False
        self._mph_shown = False
        self._show_side_tabs()

    def _view_state(self) -> tuple[list[str], str | None, int]:
        """What the person opened, chose and scrolled to (by node id: the model is replaced)."""
        expanded: list[str] = []
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if self.view.isExpanded(index):
                    expanded.append(self.model.node_id(index) or "")
                    pending.append(index)
        current = self.model.node(self.view.currentIndex())
        return expanded, current.id if current else None, self.view.verticalScrollBar().value()

    def _restore_view(self, state: tuple[list[str], str | None, int]) -> None:
        expanded, current, scroll = state
        for node_id in expanded:
            index = self.model.index_of(node_id)
            if index.isValid():
                self.view.expand(index)
        if current:
            self.select_node(current)
        self.view.verticalScrollBar().setValue(scroll)

    def on_changes(self, changes: Changes) -> None:
        """Edits made here are already in the model; anything else reloads when seen."""
        if not changes:
            return
        tables = {t for t, ids in changes.tables.items() if ids}
        ours = (
            tables <= {"work_result", "indicator"}
            and changes.tables.get("work_result", frozenset()) <= self._expect
        )
        if ours:
            return
        if self.isVisible():
            self.load()
        else:
            self._stale = True

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.load()

    # -- checks and people -----------------------------------------------------------------------

    def _fill_checks(self) -> None:
        self.checks.clear()
        checks = self.model.checks
        if checks is None:
            return
        if self.model.tree is not None and not self.model.tree.complete:
            self.checks.addTopLevelItem(
                QTreeWidgetItem([self.tr("Checking: the rest of the tree is being read…")])
            )
            return
        groups: dict[IssueKind, QTreeWidgetItem] = {}
        issues = checks.issues()
        counts = dict.fromkeys(IssueKind, 0)
        for issue in issues:
            counts[issue.kind] += 1
        for kind in IssueKind:
            head = QTreeWidgetItem([f"{issue_word(kind)} ({counts[kind]})"])
            head.setData(0, ID_ROLE, None)
            groups[kind] = head
            self.checks.addTopLevelItem(head)
        shown = dict.fromkeys(IssueKind, 0)
        for issue in issues:
            shown[issue.kind] += 1
            if shown[issue.kind] > MAX_LISTED:
                continue
            item = QTreeWidgetItem([self._issue_line(issue)])
            item.setData(0, ID_ROLE, issue.node_id)
            item.setData(0, PERSON_ROLE, issue.employee_id)
            item.setToolTip(0, issue.text)
            groups[issue.kind].addChild(item)
        for kind, head in groups.items():
            if counts[kind] > MAX_LISTED:
                more = QTreeWidgetItem(
                    [self.tr("… and {n} more: open a smaller unit").format(n=counts[kind] - MAX_LISTED)]
                )
                head.addChild(more)
            head.setExpanded(bool(counts[kind]) and counts[kind] <= 50)
        if not issues:
            self.checks.addTopLevelItem(QTreeWidgetItem([self.tr("No problems found.")]))

    def _issue_line(self, issue: CascadeIssue) -> str:
        if issue.kind is IssueKind.MISSING_PLAN:
            return issue.text
        text = issue.text if len(issue.text) <= 70 else issue.text[:69] + "…"
        if issue.kind is IssueKind.PORSI and issue.porsi is not None:
            words = {
                "under": self.tr("under"),
                "over": self.tr("over"),
                "different-unit": self.tr("different unit"),
                "complete": self.tr("complete"),
            }
            return self.tr("{owner}: {text} — {state}: {total} of {target} {unit}").format(
                owner=issue.owner_name,
                text=text,
                state=words[issue.porsi.value],
                total=issue.total,
                target=issue.target,
                unit=issue.unit,
            )
        return f"{issue.owner_name}: {text}"

    def _go_to_issue(self, item: QTreeWidgetItem) -> None:
        node_id = item.data(0, ID_ROLE)
        if node_id:
            self.select_node(str(node_id))
        elif item.data(0, PERSON_ROLE):
            self._focus_person(str(item.data(0, PERSON_ROLE)))

    def _show_side_tabs(self) -> None:
        """The people list and the MPH grid are filled when first looked at (a provinsi has
        thousands of people)."""
        if self.side.currentWidget() is self.people and not self._people_shown:
            self._people_shown = True
            self.people.clear()
            for employee_id, name, plan_id, jabatan in self.clinic_people_rows:
                label = f"{name} — {jabatan}"
                if not plan_id:
                    label = self.tr("{name} — {jabatan} (no plan yet)").format(name=name, jabatan=jabatan)
                item = QListWidgetItem(label)
                item.setData(PERSON_ROLE, employee_id)
                self.people.addItem(item)
            if self.clinic_index >= 0:
                self.people.setCurrentRow(self.clinic_index)
        if self.tabs.currentWidget() is self.mph and not self._mph_shown:
            self._mph_shown = True
            self.mph.load()

    def _fill_people(self) -> None:
        tree = self.model.tree
        self.clinic_people = []
        self.clinic_people_rows = []
        if tree is None:
            return
        seen: dict[str, tuple[int, str, str, str | None]] = {}
        for node in tree.nodes.values():
            if (
                node.kind is NodeKind.RESULT
                and not node.external
                and node.owner_id
                and node.owner_id not in seen
            ):
                seen[node.owner_id] = (node.level, node.owner_name, node.jabatan, node.plan_id)
        for missing in tree.missing:
            seen.setdefault(missing.employee_id, (99, missing.name, missing.jabatan, None))
        for employee_id, (_level, name, jabatan, plan_id) in sorted(seen.items(), key=lambda kv: kv[1][:2]):
            self.clinic_people.append((employee_id, name, plan_id))
            self.clinic_people_rows.append((employee_id, name, plan_id, jabatan))
        if not (0 <= self.clinic_index < len(self.clinic_people)):
            self.clinic_index = -1
        self._show_clinic_line()

    def _person_activated(self, item: QListWidgetItem) -> None:
        employee_id = item.data(PERSON_ROLE)
        if employee_id:
            self._focus_person(str(employee_id))

    # -- clinic walk -----------------------------------------------------------------------------

    def next_person(self, step: int) -> None:
        if not self.clinic_people:
            return
        self.clinic_index = (self.clinic_index + step) % len(self.clinic_people)
        self._focus_person(self.clinic_people[self.clinic_index][0])

    def _focus_person(self, employee_id: str) -> None:
        ids = [p[0] for p in self.clinic_people]
        if employee_id in ids:
            self.clinic_index = ids.index(employee_id)
            if self._people_shown:
                self.people.setCurrentRow(self.clinic_index)
        tree = self.model.tree
        if tree is not None:
            mine = [n for n in tree.nodes.values() if n.owner_id == employee_id and not n.external]
            if mine:
                self.select_node(sorted(mine, key=lambda n: (n.jenis != "utama", n.sort_order))[0].id)
        self._show_clinic_line()

    def missing_for(self, employee_id: str) -> list[str]:
        """What is still missing for one person (the clinic line): no plan, or their checks."""
        tree, checks = self.model.tree, self.model.checks
        if tree is None or checks is None:
            return []
        if any(m.employee_id == employee_id for m in tree.missing):
            return [issue_word(IssueKind.MISSING_PLAN)]
        found: list[str] = []
        results = [n for n in tree.nodes.values() if n.owner_id == employee_id and not n.external]
        if not any(n.is_utama for n in results):
            found.append(self.tr("no RHK utama"))
        for node in results:
            for issue in checks.of(node.id):
                word = issue_word(issue.kind)
                if word not in found:
                    found.append(word)
        return found

    def _show_clinic_line(self) -> None:
        if self.clinic_index < 0 or not self.clinic_people:
            self.clinic_line.setText(self.tr("Clinic: F8 walks the unit person by person, top-down."))
            return
        employee_id, name, _plan = self.clinic_people[self.clinic_index]
        missing = self.missing_for(employee_id)
        state = "; ".join(missing) if missing else self.tr("nothing missing")
        self.clinic_line.setText(
            self.tr(
                "Clinic: {n} of {total}, {name} — {state}. "
                "F8 next, Shift+F8 previous, Ctrl+Enter opens the plan."
            ).format(n=self.clinic_index + 1, total=len(self.clinic_people), name=name, state=state)
        )

    def open_in_wizard(self) -> None:
        """Hand the person's plan to the drafting wizard at the results stage."""
        node = self.model.node(self.view.currentIndex())
        plan_id = node.plan_id if node is not None and not node.external else None
        if plan_id is None and 0 <= self.clinic_index < len(self.clinic_people):
            plan_id = self.clinic_people[self.clinic_index][2]
        if plan_id:
            self.navigate.emit("skp", f"{plan_id}#results")

    # -- selection -------------------------------------------------------------------------------

    def select_node(self, node_id: str) -> None:
        index = self.model.index_of(node_id)
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.view.expand(parent)
            parent = parent.parent()
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.scrollTo(index)

    def selected(self) -> CascadeNode | None:
        return self.model.node(self.view.currentIndex())

    def expand_all(self) -> None:
        self.view.expandAll()

    def collapse_all(self) -> None:
        self.view.collapseAll()

    # -- edits -----------------------------------------------------------------------------------

    def _dropped(self, node_id: str, target_id: str) -> None:
        self.relink(node_id, None if target_id in ("", ORPHANS) else target_id)

    def _ready(self) -> bool:
        """Edits wait for the whole tree: the checks and the rules need all of it."""
        if self.model.tree is not None and not self.complete():
            self.reason.setText(self.tr("The rest of the tree is still being read; try again in a moment."))
            return False
        return self.model.tree is not None

    def relink(self, node_id: str, parent_id: str | None) -> None:
        tree = self.model.tree
        if tree is None or node_id not in tree.nodes or not self._ready():
            return
        node = tree.nodes[node_id]
        confirm = False
        if node.plan_status == "ditetapkan":
            if not self.confirm_approved(node):
                return
            confirm = True
        old = node.link_id
        service = self.ops.ws.cascade
        text = translate("CascadeCommands", "Re-link {text}").format(text=node.text[:50])
        self.ops.push(
            ServiceCommand(
                self.ops,
                text,
                lambda: self._edit(
                    [node_id], lambda: service.relink(node_id, parent_id, confirm_approved=confirm)
                ),
                lambda: self._edit([node_id], lambda: service.relink(node_id, old, confirm_approved=confirm)),
            )
        )

    def _edit(self, ids: Sequence[str], call: Callable[[], Changes], removed: Sequence[str] = ()) -> Changes:
        """Run one service call, then put the nodes it touched in place (the tree is not reread)."""
        self._expect = set(ids) | set(removed)
        changes = call()
        self.apply(ids, removed)
        return changes

    def apply(self, ids: Sequence[str], removed: Sequence[str] = ()) -> None:
        tree = self.model.tree
        if tree is None:
            return
        nodes = self.ops.ws.cascade.nodes(tree, list(ids)) if ids else []
        self.model.apply(nodes, removed)
        self._fill_checks()
        if ids and ids[0] in tree.nodes:
            self.select_node(ids[0])
        self._show_clinic_line()

    def confirm_approved(self, node: CascadeNode) -> bool:
        """A ditetapkan plan (tests replace this): changing it marks it changed after penetapan."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Change a ditetapkan plan?"),
            self.tr(
                "{name}'s plan has been ditetapkan. Changing this link marks the plan as changed after "
                "penetapan, and the pejabat penilai will see the difference."
            ).format(name=node.owner_name),
            parent=self,
        )
        ok = box.addButton(self.tr("Change it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ok)
        box.exec()
        return box.clickedButton() is ok

    def cut(self) -> None:
        node = self.selected()
        if node is None or node.kind is not NodeKind.RESULT or node.external:
            return
        self._clip = node.id
        self.reason.setText(
            self.tr("Cut: {text}. Select where it belongs and press Ctrl+V.").format(text=node.text[:60])
        )

    def paste(self) -> None:
        if self._clip is None:
            return
        if self.people.hasFocus() and self.people.currentItem() is not None:
            person = self.people.currentItem().data(PERSON_ROLE)
            clip, self._clip = self._clip, None
            self._dropped_on_person(clip, str(person))
            return
        target = self.model.node_id(self.view.currentIndex())
        reason = self.model.drop_reason(self._clip, target)
        if reason:
            self.reason.setText(reason)
            return
        clip, self._clip = self._clip, None
        self.reason.setText("")
        self.relink(clip, None if target in (None, ORPHANS) else target)

    def unlink(self) -> None:
        node = self.selected()
        if node is not None and node.kind is NodeKind.RESULT and not node.external and node.link_id:
            reason = self.model.drop_reason(node.id, ORPHANS)
            if reason:
                self.reason.setText(reason)
                return
            self.relink(node.id, None)

    def reorder(self, step: int) -> None:
        """Alt+Up/Down: move an RHK before/after its neighbour of the same owner (its plan's order)."""
        node = self.selected()
        tree = self.model.tree
        if (
            node is None
            or tree is None
            or node.kind is not NodeKind.RESULT
            or node.external
            or not node.plan_id
            or not self._ready()
        ):
            return
        siblings = [
            tree.nodes[k]
            for k in self.model._children(self.model.display_parent(node.id))
            if k not in GROUPS and tree.nodes[k].plan_id == node.plan_id
        ]
        place = [s.id for s in siblings].index(node.id)
        if not (0 <= place + step < len(siblings)):
            return
        other = siblings[place + step]
        drafting = self.ops.ws.drafting
        order = sorted(
            (n for n in tree.nodes.values() if n.plan_id == node.plan_id and n.kind is NodeKind.RESULT),
            key=lambda n: n.sort_order,
        )
        ids = [n.id for n in order]
        new, old = ids.index(other.id), ids.index(node.id)
        self.ops.push(
            ServiceCommand(
                self.ops,
                translate("CascadeCommands", "Move {text}").format(text=node.text[:50]),
                lambda: self._edit(ids, lambda: drafting.move_result(node.id, new)),
                lambda: self._edit(ids, lambda: drafting.move_result(node.id, old)),
            )
        )

    def cascade_selected(self, employee_id: str | None = None) -> None:
        node = self.selected()
        if node is None or node.kind is not NodeKind.RESULT or not node.plan_id:
            self.reason.setText(self.tr("Select a result to cascade first."))
            return
        self._cascade(node, employee_id)

    def _dropped_on_person(self, node_id: str, employee_id: str) -> None:
        tree = self.model.tree
        if tree is None or node_id not in tree.nodes:
            return
        self._cascade(tree.nodes[node_id], employee_id)

    def _cascade(self, node: CascadeNode, employee_id: str | None) -> None:
        from skpdesk.ui.cascade.dialogs import CascadeDialog

        if node.plan_id is None or not self._ready():
            return
        grid = self.ops.run(self.ops.ws.cascade.mph, node.plan_id)
        if grid is None:
            return
        if employee_id is not None and employee_id not in {r.employee_id for r in grid.rows}:
            self.reason.setText(
                self.tr("{owner} is not this person's atasan: cascade to the people {owner} rates.").format(
                    owner=node.owner_name
                )
            )
            return
        dialog = CascadeDialog(self, self.ops, node, list(grid.rows), employee_id)
        self._expect = set()
        if not self.exec_dialog(dialog) or not dialog.made:
            return
        made = list(dialog.made)
        service = self.ops.ws.cascade
        self.apply(made)
        self.ops.push(
            ServiceCommand(
                self.ops,
                translate("CascadeCommands", "Cascade {text}").format(text=node.text[:50]),
                lambda: self._edit(made, lambda: service.restore(made)),
                lambda: self._edit([], lambda: service.remove(made), removed=made),
                already_done=True,
            )
        )

    def exec_dialog(self, dialog: QWidget) -> bool:
        """Tests replace this to answer a dialog without showing it."""
        from PySide6.QtWidgets import QDialog

        assert isinstance(dialog, QDialog)
        return dialog.exec() == QDialog.DialogCode.Accepted

    # -- menus -----------------------------------------------------------------------------------

    def _context_menu(self, point: QPoint) -> None:
        node = self.selected()
        menu = QMenu(self)
        if node is not None and node.kind is NodeKind.RESULT and not node.external:
            menu.addAction(self.tr("Cut (Ctrl+X)"), self.cut)
            menu.addAction(self.tr("Remove the link (Alt+Left)"), self.unlink)
            menu.addAction(self.tr("Open the plan (Ctrl+Enter)"), self.open_in_wizard)
        if node is not None and node.kind is NodeKind.RESULT:
            menu.addAction(self.tr("Cascade to… (Ctrl+D)"), self.cascade_selected)
        if self._clip is not None:
            menu.addAction(self.tr("Paste here (Ctrl+V)"), self.paste)
        if not menu.isEmpty():
            menu.exec(self.view.viewport().mapToGlobal(point))

    def export_menu(self) -> None:
        from skpdesk.ui.cascade.export import export_menu

        export_menu(self)

    def focus_search(self) -> bool:
        self.view.setFocus()
        return True

    def open_item(self, target: str) -> None:
        if target:
            self.select_node(target)
