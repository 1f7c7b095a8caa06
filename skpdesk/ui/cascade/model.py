"""The cascading tree as a QAbstractItemModel over a ``CascadeTree`` (STYLE.md section 4: light
nodes, ids and display values only).

The tree of a large OPD is thousands of nodes; the view asks only for the rows it paints, and the
model answers from the tree's children lists (``rowCount`` and ``index`` are dictionary lookups),
so opening it costs the read, not the display. Phrasing findings are computed when a row is first
painted and kept.

Top level: the goals (and the results above the unit, read-only), then two groups: RHK utama that
intervene nothing ("no parent") and the RHK tambahan, which are shown apart (R-CASCADE).
Drops are not applied by the model: it asks ``drop_reason`` and emits ``drop_requested``; the
page runs the edit as an undoable command and calls ``apply`` with the nodes read back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from skpdesk.domain import phrasing
from skpdesk.domain.cascade import CascadeChecks, CascadeNode, CascadeTree, IssueKind, NodeKind
from skpdesk.formatting import format_number
from skpdesk.ui.overview.base import plan_status_label

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-skpdesk-rhk"
ID_ROLE = Qt.ItemDataRole.UserRole
ORPHANS = "\x00orphans"  # the group of RHK utama without a parent
TAMBAHAN = "\x00tambahan"  # the group of RHK tambahan
GROUPS = (ORPHANS, TAMBAHAN)
_PLAIN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_TARGET = _PLAIN | Qt.ItemFlag.ItemIsDropEnabled
_MOVABLE = _TARGET | Qt.ItemFlag.ItemIsDragEnabled
_DROP = Qt.ItemFlag.ItemIsDropEnabled
LOCKED_STATUSES = frozenset({"diajukan", "direviu"})


def issue_word(kind: IssueKind) -> str:
    words = {
        IssueKind.CYCLE: translate("Cascade", "cycle"),
        IssueKind.NOT_ATASAN: translate("Cascade", "not the atasan's result"),
        IssueKind.ORPHAN: translate("Cascade", "no parent"),
        IssueKind.PORSI: translate("Cascade", "split does not add up"),
        IssueKind.UNCOVERED: translate("Cascade", "nobody contributes"),
        IssueKind.MISSING_PLAN: translate("Cascade", "no plan yet"),
    }
    return words[kind]


def target_text(node: CascadeNode) -> str:
    """The first IKI with its target (goals: the IKU target), as people read it."""
    if node.kind is not NodeKind.RESULT:
        value = node.target_value
        return f"{_number(value)} {node.target_unit}".strip() if value else ""
    if not node.indicators:
        return ""
    first = node.indicators[0]
    target = f"{_number(first.target_value)} {first.target_unit}".strip()
    more = len(node.indicators) - 1
    text = f"{first.text}: {target}" if target else first.text
    if more:
        text += translate("Cascade", " (+{n} IKI)").format(n=more)
    return text


def _number(value: str) -> str:
    try:
        from decimal import Decimal

        return format_number(Decimal(value))
    except ArithmeticError:
        return value


class CascadeModel(QAbstractItemModel):
    TEXT, OWNER, TARGET, STATUS, NOTES = range(5)
    drop_requested = Signal(str, str)  # (moved RHK id, new parent id or ORPHANS)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tree: CascadeTree | None = None
        self.checks: CascadeChecks | None = None
        self._kids: dict[str | None, list[str]] = {}
        self._row: dict[str, int] = {}
        self._key: dict[str, int] = {}
        self._ids: list[str] = []
        self._findings: dict[str, tuple[int, int]] = {}
        self._parent_cache: dict[str, str | None] = {}  # node id -> display parent (None: top level)
        self._headers = (
            self.tr("Result / goal"),
            self.tr("Owner"),
            self.tr("IKI and target"),
            self.tr("Plan status"),
            self.tr("Checks"),
        )

    # -- data in ---------------------------------------------------------------------------------

    def set_tree(self, tree: CascadeTree | None) -> None:
        self.beginResetModel()
        self.tree = tree
        self.checks = CascadeChecks(tree) if tree is not None else None
        self._findings.clear()
        self._parent_cache.clear()
        self._kids = {}
        self._row = {}
        if tree is not None:
            self._kids[None] = self._top_level()
            self._kids[ORPHANS] = [n for n in tree.kids(None) if self._group_of(tree.nodes[n]) == ORPHANS]
            self._kids[TAMBAHAN] = [n for n in tree.kids(None) if self._group_of(tree.nodes[n]) == TAMBAHAN]
            for ids in self._kids.values():
                self._number_rows(ids)
        self.endResetModel()

    def _top_level(self) -> list[str]:
        assert self.tree is not None
        roots = [n for n in self.tree.kids(None) if self._group_of(self.tree.nodes[n]) is None]
        return roots + list(GROUPS)

    @staticmethod
    def _group_of(node: CascadeNode) -> str | None:
        """The group a root RHK is shown in (None: a top-level node of its own)."""
        if node.parent_id is not None or node.kind is not NodeKind.RESULT or node.external:
            return None
        return TAMBAHAN if node.jenis == "tambahan" else ORPHANS

    def display_parent(self, node_id: str) -> str | None:
        if node_id in GROUPS or self.tree is None:
            return None
        node = self.tree.nodes[node_id]
        return node.parent_id if node.parent_id is not None else self._group_of(node)

    def _children(self, parent_id: str | None) -> list[str]:
        kids = self._kids.get(parent_id)
        if kids is None:
            assert self.tree is not None
            kids = self._kids[parent_id] = list(self.tree.kids(parent_id)) if parent_id not in GROUPS else []
            self._number_rows(kids)
        return kids

    def _number_rows(self, ids: Sequence[str]) -> None:
        for n, node_id in enumerate(ids):
            self._row[node_id] = n

    def _key_of(self, node_id: str) -> int:
        key = self._key.get(node_id)
        if key is None:
            key = self._key[node_id] = len(self._ids)
            self._ids.append(node_id)
        return key

    # -- edits applied after the service committed them -------------------------------------------

    def apply(self, nodes: Iterable[CascadeNode], removed: Iterable[str] = ()) -> None:
        """Put changed or new RHK in their place (moved rows, new rows, removed rows) and
        recompute the checks around them."""
        tree = self.tree
        if tree is None or self.checks is None:
            return
        touched: set[str] = set()
        for node_id in removed:
            old = tree.nodes.get(node_id)
            if old is None:
                continue
            touched.add(node_id)
            if old.parent_id:
                touched.add(old.parent_id)
            self._take(node_id)
            for kid in list(tree.kids(node_id)):  # its children become roots (orphans) here
                child = tree.nodes[kid]
                self._take(kid)
                tree.replace_node(replace(child, parent_id=None))
                self._parent_cache.pop(kid, None)
                self._put(kid)
                touched.add(kid)
            tree.remove_node(node_id)
            self._parent_cache.pop(node_id, None)
            self.checks.by_node.pop(node_id, None)
        for node in nodes:
            old = tree.nodes.get(node.id)
            touched.add(node.id)
            if old is not None and old.parent_id:
                touched.add(old.parent_id)
            if node.parent_id:
                touched.add(node.parent_id)
            same_place = (
                old is not None
                and old.parent_id == node.parent_id
                and self._group_of(old) == self._group_of(node)
            )
            if (
                same_place
                and old is not None
                and (old.sort_order, old.level) == (node.sort_order, node.level)
            ):
                tree.replace_node(node)
                self._findings.pop(node.id, None)
                self._changed(node.id)
                continue
            if old is not None:
                self._take(node.id)
            tree.replace_node(node)
            self._parent_cache.pop(node.id, None)
            self._findings.pop(node.id, None)
            self._put(node.id)
        self.checks.update(touched)
        for node_id in touched:
            if node_id in tree.nodes:
                self._changed(node_id)

    def _take(self, node_id: str) -> None:
        parent = self.display_parent(node_id)
        kids = self._children(parent)
        row = self._row.get(node_id)
        if row is None or row >= len(kids) or kids[row] != node_id:
            return
        self.beginRemoveRows(self._index_of(parent), row, row)
        del kids[row]
        self._number_rows(kids)
        self.endRemoveRows()

    def _put(self, node_id: str) -> None:
        assert self.tree is not None
        self._key_of(node_id)
        parent = self.display_parent(node_id)
        if parent not in self._kids:
            # Never shown yet: Qt has seen none of its children, so the list starts without the
            # node (the tree has it already) and the node goes in through beginInsertRows.
            fresh = [] if parent in GROUPS else [k for k in self.tree.kids(parent) if k != node_id]
            self._kids[parent] = fresh
            self._number_rows(fresh)
        kids = self._kids[parent]
        if node_id in kids:
            return
        if parent in GROUPS or parent is None:
            order = [k for k in self.tree.kids(None) if self.display_parent(k) == parent]
            if parent is None:
                order += list(GROUPS)
        else:
            order = list(self.tree.kids(parent))
        row = order.index(node_id) if node_id in order else len(kids)
        row = min(row, len(kids))
        self.beginInsertRows(self._index_of(parent), row, row)
        kids.insert(row, node_id)
        self._number_rows(kids)
        self.endInsertRows()

    def _changed(self, node_id: str) -> None:
        row = self._row.get(node_id)
        if row is None:
            return
        parent = self._index_of(self.display_parent(node_id))
        self.dataChanged.emit(self.index(row, 0, parent), self.index(row, self.NOTES, parent))

    def _index_of(self, node_id: str | None) -> QModelIndex:
        if node_id is None:
            return QModelIndex()
        row = self._row.get(node_id)
        if row is None:
            return QModelIndex()
        return self.createIndex(row, 0, self._key_of(node_id))

    def index_of(self, node_id: str) -> QModelIndex:
        """The index of a node, building the children lists on its path."""
        path: list[str] = []
        current: str | None = node_id
        while current is not None and len(path) < 10_000:
            path.append(current)
            current = self.display_parent(current)
        for node in reversed(path):
            self._children(self.display_parent(node))
        return self._index_of(node_id)

    # -- reading ---------------------------------------------------------------------------------

    def node_id(self, index: Index) -> str | None:
        if not index.isValid():
            return None
        return self._ids[index.internalId()]

    def node(self, index: Index) -> CascadeNode | None:
        node_id = self.node_id(index)
        if node_id is None or node_id in GROUPS or self.tree is None:
            return None
        return self.tree.nodes.get(node_id)

    def all_ids(self) -> list[str]:
        return list(self.tree.nodes) if self.tree is not None else []

    # -- QAbstractItemModel ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if self.tree is None or column < 0 or column >= len(self._headers):
            return QModelIndex()
        parent_id = self.node_id(parent) if parent.isValid() else None
        kids = self._children(parent_id)
        if row < 0 or row >= len(kids):
            return QModelIndex()
        return self.createIndex(row, column, self._key_of(kids[row]))

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Called for every persistent index (each expanded row) on every row change: kept lean."""
        if not index.isValid():
            return QModelIndex()
        node_id = self._ids[index.internalId()]
        if node_id in self._parent_cache:
            parent_id = self._parent_cache[node_id]
        else:
            parent_id = self._parent_cache[node_id] = self.display_parent(node_id)
        if parent_id is None:
            return QModelIndex()
        row = self._row.get(parent_id)
        if row is None:
            return QModelIndex()
        return self.createIndex(row, 0, self._key_of(parent_id))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if self.tree is None or (parent.isValid() and parent.column() != 0):
            return 0
        return len(self._children(self.node_id(parent) if parent.isValid() else None))

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if self.tree is None:
            return False
        if not parent.isValid():
            return True
        if parent.column() != 0:
            return False
        node_id = self.node_id(parent)
        if node_id in GROUPS:
            return bool(self._children(node_id))
        return bool(self._kids.get(node_id)) or bool(self.tree.kids(node_id))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.tree is None:
            return None
        node_id = self._ids[index.internalId()]
        if role == ID_ROLE:
            return node_id
        if node_id in GROUPS:
            return self._group_data(node_id, index.column(), role)
        node = self.tree.nodes.get(node_id)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(node, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.NOTES and self.checks is not None and self.checks.of(node_id):
                return QBrush(QColor("#b3261e"))
            if node.external:
                return QBrush(QColor("#6b6b6b"))
            return None
        if role == Qt.ItemDataRole.FontRole and node.kind is not NodeKind.RESULT and column == self.TEXT:
            font = QFont()
            font.setBold(node.kind is NodeKind.SASARAN)
            return font
        return None

    def _group_data(self, group: str, column: int, role: int) -> Any:
        if column != self.TEXT:
            return None
        count = len(self._children(group))
        if role == Qt.ItemDataRole.DisplayRole:
            if group == ORPHANS:
                return self.tr("RHK utama without a parent ({n})").format(n=count)
            return self.tr("RHK tambahan ({n})").format(n=count)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and group == ORPHANS:
            return self.tr(
                "Every RHK utama must intervene a result of the atasan or a goal: drag each onto one."
            )
        return None

    def _display(self, node: CascadeNode, column: int) -> str:
        if column == self.TEXT:
            if node.kind is NodeKind.SASARAN:
                return self.tr("Sasaran: {text}").format(text=node.text)
            if node.kind is NodeKind.IKU:
                return self.tr("IKU: {text}").format(text=node.text)
            return node.text
        if column == self.OWNER:
            if node.kind is not NodeKind.RESULT:
                return node.unit_name
            return f"{node.owner_name} — {node.jabatan}" if node.jabatan else node.owner_name
        if column == self.TARGET:
            return target_text(node)
        if column == self.STATUS:
            return plan_status_label(node.plan_status) if node.plan_status else ""
        if column == self.NOTES:
            return self._notes(node)
        return ""

    def _notes(self, node: CascadeNode) -> str:
        parts = [issue_word(i.kind) for i in self.checks.of(node.id)] if self.checks else []
        if node.kind is NodeKind.RESULT:
            errors, warnings = self._phrasing(node)
            if errors:
                parts.append(self.tr("%n wording error(s)", "", errors))
            if warnings:
                parts.append(self.tr("%n wording warning(s)", "", warnings))
        if node.external:
            parts.append(self.tr("outside this unit"))
        return "; ".join(parts)

    def _phrasing(self, node: CascadeNode) -> tuple[int, int]:
        found = self._findings.get(node.id)
        if found is None:
            findings = phrasing.check_result_text(node.text, jpt=node.level == 0 and not node.penilai_id)
            errors = sum(1 for f in findings if f.blocking)
            found = self._findings[node.id] = (errors, len(findings) - errors)
        return found

    def _tooltip(self, node: CascadeNode) -> str:
        lines = [node.text]
        if node.kind is NodeKind.RESULT:
            lines.append(f"{node.owner_name} ({node.owner_nip}) — {node.jabatan}, {node.unit_name}")
            lines += [
                f"• {i.text}: {_number(i.target_value)} {i.target_unit}".rstrip(": ") for i in node.indicators
            ]
        if self.checks is not None:
            lines += ["! " + issue_word(i.kind) for i in self.checks.of(node.id)]
        return "\n".join(lines)

    # -- drag and drop ---------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Called for every visible cell on each repaint: precomputed flags, no enum arithmetic."""
        if not index.isValid():
            return _DROP
        node_id = self._ids[index.internalId()]
        if node_id == ORPHANS:
            return _TARGET
        node = self.tree.nodes.get(node_id) if self.tree is not None else None
        if (
            node is None or self.tree is None or not self.tree.complete
        ):  # the top shown while the rest loads: look only
            return _PLAIN
        if node.kind is NodeKind.RESULT and not node.external:
            return _MOVABLE
        return _TARGET

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = []
        for index in indexes:
            node_id = self.node_id(index)
            if node_id and node_id not in ids and node_id not in GROUPS:
                ids.append(node_id)
        data = QMimeData()
        data.setData(MIME, QByteArray("\n".join(ids).encode()))
        return data

    @staticmethod
    def dragged_ids(data: QMimeData) -> list[str]:
        if not data.hasFormat(MIME):
            return []
        return [i for i in bytes(data.data(MIME).data()).decode().split("\n") if i]

    def drop_target(self, row: int, parent: Index) -> str | None:
        """Where a drop at (row, parent) links: onto a node = under it; between rows = under the
        rows' parent."""
        parent_id = self.node_id(parent) if parent.isValid() else None
        del row  # between two rows: the same parent as the rows
        return parent_id

    def drop_reason(self, source_id: str, target_id: str | None) -> str | None:
        """Why this drop is refused (R-CASCADE), or None when the services will be asked."""
        tree = self.tree
        if tree is None:
            return ""
        source = tree.nodes.get(source_id)
        if source is None or source.kind is not NodeKind.RESULT:
            return self.tr("Only results (RHK) can be moved.")
        if source.external:
            return self.tr("This result belongs to a unit outside this tree.")
        if source.plan_status in LOCKED_STATUSES:
            return self.tr("{name}'s plan is under reviu and cannot change now.").format(
                name=source.owner_name
            )
        if target_id is None or target_id == TAMBAHAN:
            return self.tr("Drop it on a result of the atasan or on a goal.")
        if target_id == ORPHANS:
            return (
                None
                if source.parent_id is not None and source.jenis != "tambahan"
                else self.tr("Already here.")
            )
        target = tree.nodes.get(target_id)
        if target is None:
            return self.tr("That node is no longer in the tree; refresh (F5).")
        if target_id == source.parent_id:
            return self.tr("It already intervenes this one.")
        if target_id == source_id or target_id in tree.descendants(source_id):
            return self.tr("A result cannot intervene itself or a result below it.")
        if target.kind is NodeKind.RESULT and source.penilai_id and target.owner_id != source.penilai_id:
            return self.tr(
                "{owner} is not {name}'s atasan: an RHK intervenes a result of the atasan."
            ).format(owner=target.owner_name, name=source.owner_name)
        return None

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = self.dragged_ids(data)
        target = self.drop_target(row, parent)
        return len(ids) == 1 and self.drop_reason(ids[0], target) is None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = self.dragged_ids(data)
        target = self.drop_target(row, parent)
        if len(ids) != 1 or self.drop_reason(ids[0], target) is not None:
            return False
        self.drop_requested.emit(ids[0], target or "")
        return False  # the page moves the row once the service has committed the edit
