"""The organisation tree (instansi → OPD → bidang → sub-bidang) as a real QAbstractItemModel.

STYLE.md section 4 (Anki's sidebar model over light items): nodes hold ids and display values
only. A refresh with the same shape updates names and counts in place (``dataChanged``), so the
view keeps its expansion and selection; a new shape resets the model and ``expanded_ids`` /
``restore_expanded`` bring the view back by id. Column 1 is the number of employees in the unit
and everything below it (R-ORG: the tree is data).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTreeView

from skpdesk.formatting import format_count
from skpdesk.services.org import UnitInfo
from skpdesk.ui.models.employees import UnitText

ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex

# Kinds at or above which a unit is named on its own (a bidang is named with its OPD).
_STANDALONE_KINDS = frozenset({"instansi", "opd"})


class UnitNode:
    __slots__ = ("children", "employees", "id", "info", "parent", "row", "total")

    def __init__(self, info: UnitInfo, parent: UnitNode | None) -> None:
        self.id = info.id
        self.info = info
        self.parent = parent
        self.children: list[UnitNode] = []
        self.row = 0
        self.employees = info.employees
        self.total = info.employees

    @property
    def name(self) -> str:
        return self.info.name


class OrgTreeModel(QAbstractItemModel):
    NAME, EMPLOYEES = range(2)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roots: list[UnitNode] = []
        self._nodes: dict[str, UnitNode] = {}
        self._shape: tuple[tuple[str, str | None], ...] = ()
        self._disabled: frozenset[str] = frozenset()
        self._headers = (self.tr("Unit"), self.tr("Employees"))

    # -- data in -------------------------------------------------------------------------------

    def set_units(self, units: Sequence[UnitInfo]) -> bool:
        """Show these units (in this order). Returns True when the shape changed (a reset)."""
        shape = tuple((u.id, u.parent_id) for u in units)
        if shape == self._shape and self._nodes:
            changed = []
            for u in units:
                node = self._nodes[u.id]
                if node.info != u:
                    node.info = u
                    node.employees = u.employees
                    changed.append(node)
            if changed:
                self._count()
                self._emit_all_changed()
            return False
        self.beginResetModel()
        self._build(units)
        self._shape = shape
        self.endResetModel()
        return True

    def _build(self, units: Sequence[UnitInfo]) -> None:
        nodes: dict[str, UnitNode] = {}
        known = {u.id for u in units}
        for u in units:
            nodes[u.id] = UnitNode(u, None)
        roots: list[UnitNode] = []
        for u in units:
            node = nodes[u.id]
            parent = nodes.get(u.parent_id) if u.parent_id in known and u.parent_id != u.id else None
            if parent is not None and not _is_ancestor(node, parent):
                node.parent = parent
                node.row = len(parent.children)
                parent.children.append(node)
            else:  # a root, or a unit whose parent has not arrived yet (SYNC "waiting for data")
                node.row = len(roots)
                roots.append(node)
        self._nodes = nodes
        self._roots = roots
        self._count()

    def _count(self) -> None:
        def total(node: UnitNode) -> int:
            node.total = node.employees + sum(total(c) for c in node.children)
            return node.total

        for root in self._roots:
            total(root)

    def _emit_all_changed(self) -> None:
        def walk(parent: QModelIndex, children: list[UnitNode]) -> None:
            if not children:
                return
            self.dataChanged.emit(
                self.index(0, 0, parent), self.index(len(children) - 1, self.columnCount() - 1, parent)
            )
            for child in children:
                if child.children:
                    walk(self.createIndex(child.row, 0, child), child.children)

        walk(QModelIndex(), self._roots)

    def set_disabled(self, unit_ids: Iterable[str]) -> None:
        """Units that may not be chosen (a move dialog: the unit itself and what lies below it)."""
        self._disabled = frozenset(unit_ids)
        self._emit_all_changed()

    # -- lookups -------------------------------------------------------------------------------

    def node(self, index: Index) -> UnitNode | None:
        if not index.isValid():
            return None
        node = index.internalPointer()
        return node if isinstance(node, UnitNode) else None

    def unit_id(self, index: Index) -> str | None:
        node = self.node(index)
        return node.id if node else None

    def info(self, unit_id: str) -> UnitInfo | None:
        node = self._nodes.get(unit_id)
        return node.info if node else None

    def units(self) -> list[UnitInfo]:
        return [n.info for n in self._nodes.values()]

    def index_of(self, unit_id: str, column: int = 0) -> QModelIndex:
        node = self._nodes.get(unit_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node)

    def roots(self) -> list[str]:
        return [n.id for n in self._roots]

    def subtree_ids(self, unit_id: str) -> frozenset[str]:
        node = self._nodes.get(unit_id)
        if node is None:
            return frozenset()
        found: list[str] = []
        stack = [node]
        while stack:
            n = stack.pop()
            found.append(n.id)
            stack.extend(n.children)
        return frozenset(found)

    def subtree_order(self, unit_id: str) -> list[str]:
        """The unit and every unit below it, in tree order (depth first, as displayed)."""
        node = self._nodes.get(unit_id)
        if node is None:
            return []
        found: list[str] = []
        stack = [node]
        while stack:
            n = stack.pop()
            found.append(n.id)
            stack.extend(reversed(n.children))
        return found

    def path(self, unit_id: str | None) -> list[UnitNode]:
        """From the root down to the unit."""
        out: list[UnitNode] = []
        node = self._nodes.get(unit_id or "")
        while node is not None:
            out.append(node)
            node = node.parent
        return out[::-1]

    def total(self, unit_id: str) -> int:
        node = self._nodes.get(unit_id)
        return node.total if node else 0

    def unit_texts(self) -> dict[str, UnitText]:
        return unit_texts(self.units())

    # -- QAbstractItemModel --------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(self._headers) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._children(parent)
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def _children(self, parent: Index) -> list[UnitNode]:
        node = self.node(parent)
        return node.children if node is not None else self._roots

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self.node(child)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self.rowCount(parent) > 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return node.name if column == self.NAME else format_count(node.total)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.EMPLOYEES:
                return self.tr("{total} employees in this unit and below ({own} in the unit itself)").format(
                    total=format_count(node.total), own=format_count(node.employees)
                )
            return " › ".join(n.name for n in self.path(node.id))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.EMPLOYEES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return node.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        if horizontal and role == Qt.ItemDataRole.TextAlignmentRole and section == self.EMPLOYEES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.NoItemFlags
        if node.id in self._disabled:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not node.children:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags


def _is_ancestor(node: UnitNode, candidate: UnitNode) -> bool:
    """Would making ``candidate`` the parent of ``node`` close a loop? (damaged data never hangs)"""
    cursor: UnitNode | None = candidate
    seen = 0
    while cursor is not None and seen < 10_000:
        if cursor is node:
            return True
        cursor = cursor.parent
        seen += 1
    return False


def unit_texts(units: Sequence[UnitInfo]) -> dict[str, UnitText]:
    """Per unit: the label shown in tables ("Sekretariat · BKPSDM"), the words searched (its path
    below the instansi, and its OPD's short name) and the path for tool tips. Plain Python: it
    runs in the loader thread too."""
    by_id = {u.id: u for u in units}

    def path(unit: UnitInfo) -> list[UnitInfo]:
        out: list[UnitInfo] = []
        cursor: UnitInfo | None = unit
        while cursor is not None and len(out) < 64:
            out.append(cursor)
            cursor = by_id.get(cursor.parent_id or "")
        return out[::-1]

    texts: dict[str, UnitText] = {}
    for unit in units:
        full = path(unit)
        below_root = [u for u in full if u.kind != "instansi"] or full
        opd = next((u for u in full if u.kind == "opd"), None)
        label = unit.name
        if opd is not None and opd is not unit and unit.kind not in _STANDALONE_KINDS:
            label = f"{unit.name} · {opd.short_name or opd.name}"
        words = " ".join(u.name for u in below_root)
        if opd is not None and opd.short_name:
            words = f"{words} {opd.short_name}"
        texts[unit.id] = UnitText(label, words, " › ".join(u.name for u in below_root))
    return texts


def expanded_ids(view: QTreeView, model: OrgTreeModel) -> set[str]:
    """The ids of the units the view shows expanded (kept across a reset)."""
    found: set[str] = set()
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if view.isExpanded(index):
                unit_id = model.unit_id(index)
                if unit_id:
                    found.add(unit_id)
                stack.append(index)
    return found


def restore_expanded(view: QTreeView, model: OrgTreeModel, unit_ids: Iterable[str]) -> None:
    for unit_id in unit_ids:
        index = model.index_of(unit_id)
        if index.isValid():
            view.setExpanded(index, True)
