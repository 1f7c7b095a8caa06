"""The cascading tree of one unit and year as plain values, and its checks (SKP-REFERENCE R-CASCADE).

The services read the organisation's goals (sasaran strategis / IKU) and every RHK of the unit's
plans into a ``CascadeTree``: a flat list of nodes, each knowing the node it sits under. Nothing
here touches storage, so the checks below are pure functions of the tree — recomputed for the whole
tree once, then only around the nodes an edit touched (``CascadeChecks.update``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import Final, NamedTuple

from skpdesk.domain.numbers import number_or_none


class NodeKind(StrEnum):
    SASARAN = "sasaran"  # sasaran strategis (Renstra / Perjanjian Kinerja)
    IKU = "iku"  # indikator kinerja utama of a sasaran
    RESULT = "result"  # a rencana hasil kerja (RHK) of a plan


class Method(StrEnum):
    """Cascading methods and their approaches (R-CASCADE [V 8/2021] S1 p26, p28; SEED-BKN)."""

    LANGSUNG = "langsung"  # direct cascading
    TIDAK_LANGSUNG = "tidak-langsung"  # non-direct cascading


class Approach(StrEnum):
    ASPEK = "aspek"  # direct (a)
    WILAYAH = "wilayah"  # direct (b) pembagian wilayah
    BEBAN_TARGET = "beban-target"  # direct (c) pembagian beban target kuantitatif
    LAYANAN = "layanan"  # non-direct (1) pendekatan layanan
    OUTPUT_ANTARA = "output-antara"  # non-direct (2) output antara / milestone


APPROACHES: Final[Mapping[Method, tuple[Approach, ...]]] = {
    Method.LANGSUNG: (Approach.ASPEK, Approach.WILAYAH, Approach.BEBAN_TARGET),
    Method.TIDAK_LANGSUNG: (Approach.LAYANAN, Approach.OUTPUT_ANTARA),
}


class NodeIndicator(NamedTuple):  # a NamedTuple: a large tree holds tens of thousands
    aspek: str
    text: str
    target_value: str
    target_unit: str


@dataclass(frozen=True)
class CascadeNode:
    """One node: a goal, or an RHK with its owner.

    ``parent_id`` is the node it sits under in the tree (the intervened RHK or goal); None for a
    root. ``link_id`` is what the RHK itself names (parent_result_id or parent_goal_id) even when
    that node is not in this tree (then the node is a root and ``external_parent`` says so).
    """

    id: str
    kind: NodeKind
    parent_id: str | None
    text: str
    jenis: str = ""  # utama / tambahan (RHK only)
    plan_id: str | None = None
    plan_status: str = ""
    owner_id: str | None = None  # employee
    owner_name: str = ""
    owner_nip: str = ""
    jabatan: str = ""
    position_id: str | None = None
    unit_id: str | None = None
    unit_name: str = ""
    penilai_id: str | None = None  # the plan's pejabat penilai (the atasan)
    parent_owner_id: str | None = None  # owner of the intervened RHK, when it is one
    link_id: str | None = None
    link_kind: str = ""  # "result" / "goal" / ""
    method: str = ""
    approach: str = ""
    sort_order: int = 0
    level: int = 0  # depth of the owner's position below the unit's head (0 = head)
    external: bool = False  # a node from outside the unit shown for context (read-only)
    indicators: tuple[NodeIndicator, ...] = ()
    target_value: str = ""  # goals: the IKU target
    target_unit: str = ""

    @property
    def is_result(self) -> bool:
        return self.kind is NodeKind.RESULT

    @property
    def is_utama(self) -> bool:
        return self.kind is NodeKind.RESULT and self.jenis != "tambahan"


@dataclass(frozen=True)
class MissingPlan:
    employee_id: str
    name: str
    jabatan: str
    position_id: str


@dataclass
class CascadeTree:
    """A unit's tree for one plan year. Mutable only through ``replace_node`` (the editor's
    commands keep it in step with the database without reading the whole tree again)."""

    unit_id: str
    unit_name: str
    period_id: str
    year: int
    nodes: dict[str, CascadeNode]
    missing: tuple[MissingPlan, ...] = ()
    subordinates: Mapping[str, frozenset[str]] = field(default_factory=dict)  # owner -> people rated
    complete: bool = True  # False: only the top of the tree was read (shown while the rest loads)
    children: dict[str | None, list[str]] = field(init=False)

    def __post_init__(self) -> None:
        self.children = defaultdict(list)
        for node in self.nodes.values():
            self.children[node.parent_id].append(node.id)
        for ids in self.children.values():
            ids.sort(key=self._order)

    def _order(self, node_id: str) -> tuple[int, int, str, int, str]:
        n = self.nodes[node_id]
        kind_rank = {NodeKind.SASARAN: 0, NodeKind.IKU: 1, NodeKind.RESULT: 2}[n.kind]
        return (kind_rank, n.level, n.owner_name, n.sort_order, n.id)

    def node(self, node_id: str) -> CascadeNode:
        return self.nodes[node_id]

    def kids(self, node_id: str | None) -> list[str]:
        return self.children.get(node_id, [])

    def ancestors(self, node_id: str) -> list[str]:
        """The chain above a node, nearest first (stops at a repeat: a cycle never loops here)."""
        out: list[str] = []
        seen = {node_id}
        parent = self.nodes[node_id].parent_id
        while parent is not None and parent in self.nodes and parent not in seen:
            out.append(parent)
            seen.add(parent)
            parent = self.nodes[parent].parent_id
        return out

    def descendants(self, node_id: str) -> set[str]:
        out: set[str] = set()
        stack = [node_id]
        while stack:
            for kid in self.kids(stack.pop()):
                if kid not in out:
                    out.add(kid)
                    stack.append(kid)
        return out

    def replace_node(self, node: CascadeNode) -> None:
        """Put a changed node in (new or moved); children lists follow."""
        old = self.nodes.get(node.id)
        if old is not None and old.parent_id != node.parent_id:
            siblings = self.children.get(old.parent_id, [])
            if node.id in siblings:
                siblings.remove(node.id)
        self.nodes[node.id] = node
        siblings = self.children[node.parent_id]
        if node.id not in siblings:
            siblings.append(node.id)
        siblings.sort(key=self._order)

    def remove_node(self, node_id: str) -> CascadeNode | None:
        """Take a node out (its children are re-hung as roots by the caller)."""
        node = self.nodes.pop(node_id, None)
        if node is not None:
            siblings = self.children.get(node.parent_id, [])
            if node_id in siblings:
                siblings.remove(node_id)
        return node

    def walk(self, root: str | None = None) -> Iterable[tuple[int, CascadeNode]]:
        """(depth, node) depth-first in display order, from the roots (or below ``root``)."""
        stack = [(0, i) for i in reversed(self.kids(root))]
        seen: set[str] = set()
        while stack:
            depth, node_id = stack.pop()
            if node_id in seen:
                continue
            seen.add(node_id)
            yield depth, self.nodes[node_id]
            stack.extend((depth + 1, k) for k in reversed(self.kids(node_id)))


# -- checks --------------------------------------------------------------------------------------


class IssueKind(StrEnum):
    """What the checks panel lists (R-CASCADE); the order is the panel's order."""

    CYCLE = "cycle"  # a chain of intervensi that comes back to itself
    NOT_ATASAN = "not-atasan"  # intervenes an RHK of someone who is not the owner's atasan
    ORPHAN = "orphan"  # an RHK utama that intervenes nothing
    PORSI = "porsi"  # a direct split whose targets do not add up
    UNCOVERED = "uncovered"  # a superior's RHK utama no subordinate contributes to
    MISSING_PLAN = "missing-plan"  # someone in the unit has no plan this year


class Porsi(StrEnum):
    """How the children's targets of a directly cascaded RHK add up (the "porsi" of the anchor
    systems): complete, under, over, or in a different unit."""

    COMPLETE = "complete"
    UNDER = "under"
    OVER = "over"
    DIFFERENT_UNIT = "different-unit"


@dataclass(frozen=True)
class CascadeIssue:
    kind: IssueKind
    node_id: str | None  # None for a missing plan (then ``employee_id`` is set)
    text: str = ""  # the node's text (or the person's name)
    owner_name: str = ""
    porsi: Porsi | None = None
    total: str = ""  # porsi: the children's sum and the parent's target, as typed numbers
    target: str = ""
    unit: str = ""
    employee_id: str | None = None


def split_indicator(node: CascadeNode) -> NodeIndicator | None:
    """The IKI a direct split divides: the kuantitas one with a number, else the first number."""
    numeric = [i for i in node.indicators if number_or_none(i.target_value) is not None]
    for ind in numeric:
        if ind.aspek == "kuantitas":
            return ind
    return numeric[0] if numeric else None


def porsi(tree: CascadeTree, parent_id: str) -> CascadeIssue | None:
    """The split check of one RHK cascaded directly (R-CASCADE direct (c)): the targets of the
    children that took part in it, summed, against the parent's. None when nothing was split."""
    parent = tree.nodes.get(parent_id)
    if parent is None or not parent.is_result:
        return None
    kids = [
        tree.nodes[k]
        for k in tree.kids(parent_id)
        if tree.nodes[k].method == Method.LANGSUNG and tree.nodes[k].approach == Approach.BEBAN_TARGET
    ]
    if not kids:
        return None
    mine = split_indicator(parent)
    if mine is None:
        return None
    target = number_or_none(mine.target_value)
    assert target is not None
    total = Decimal(0)
    unit = mine.target_unit.strip().lower()
    for kid in kids:
        ind = split_indicator(kid)
        value = number_or_none(ind.target_value) if ind else None
        if ind is None or value is None or ind.target_unit.strip().lower() != unit:
            return CascadeIssue(
                IssueKind.PORSI,
                parent_id,
                parent.text,
                parent.owner_name,
                Porsi.DIFFERENT_UNIT,
                ind.target_unit if ind else "",
                mine.target_value,
                mine.target_unit,
            )
        total += value
    state = Porsi.COMPLETE if total == target else Porsi.UNDER if total < target else Porsi.OVER
    return CascadeIssue(
        IssueKind.PORSI,
        parent_id,
        parent.text,
        parent.owner_name,
        state,
        _plain(total),
        _plain(target),
        mine.target_unit,
    )


def _plain(value: Decimal) -> str:
    """Stored form: a plain decimal with a dot (as ``numbers.canonical_target``)."""
    return format(value.normalize(), "f")


def propose_split(target: str, shares: int) -> list[str]:
    """Direct cascading by beban target (R-CASCADE (c)): the parent's target divided among
    ``shares`` people, whole units where the target is whole (the remainder to the first ones),
    else two decimals; the parts add up to the target exactly."""
    value = number_or_none(target)
    if value is None or shares < 1:
        return []
    if value == value.to_integral_value():
        base, rest = divmod(int(value), shares)
        return [str(base + (1 if n < rest else 0)) for n in range(shares)]
    cents = int((value * 100).to_integral_value())
    base, rest = divmod(cents, shares)
    parts = [Decimal(base + (1 if n < rest else 0)) / 100 for n in range(shares)]
    return [_plain(p) for p in parts]


def _node_issues(tree: CascadeTree, node_id: str, cyclic: set[str]) -> list[CascadeIssue]:
    """The issues that belong to one node (missing plans are the tree's, not a node's)."""
    node = tree.nodes.get(node_id)
    if node is None or not node.is_result or node.external:
        return []
    out: list[CascadeIssue] = []
    if node_id in cyclic:
        out.append(CascadeIssue(IssueKind.CYCLE, node_id, node.text, node.owner_name))
    if node.is_utama and not node.link_id:
        out.append(CascadeIssue(IssueKind.ORPHAN, node_id, node.text, node.owner_name))
    if (
        node.link_kind == "result"
        and node.penilai_id
        and node.parent_owner_id
        and node.parent_owner_id != node.penilai_id
    ):
        out.append(CascadeIssue(IssueKind.NOT_ATASAN, node_id, node.text, node.owner_name))
    split = porsi(tree, node_id)
    if split is not None and split.porsi is not Porsi.COMPLETE:
        out.append(split)
    if (
        node.is_utama
        and node.owner_id in tree.subordinates
        and not any(tree.nodes[k].is_result for k in tree.kids(node_id))
    ):
        out.append(CascadeIssue(IssueKind.UNCOVERED, node_id, node.text, node.owner_name))
    return out


def cycles(nodes: Mapping[str, CascadeNode]) -> set[str]:
    """Nodes on a cycle of links (a merge of two devices' edits can make one; editing refuses)."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    on_cycle: set[str] = set()
    for start in nodes:
        path: list[str] = []
        current: str | None = start
        while current is not None and current in nodes and state.get(current, 0) == 0:
            state[current] = 1
            path.append(current)
            current = nodes[current].parent_id
        if current is not None and state.get(current) == 1:
            on_cycle.update(path[path.index(current) :])
        for p in path:
            state[p] = 2
    return on_cycle


def would_cycle(tree: CascadeTree, node_id: str, new_parent_id: str | None) -> bool:
    """Linking ``node_id`` under ``new_parent_id`` closes a loop (itself or a descendant)."""
    if new_parent_id is None:
        return False
    return new_parent_id == node_id or new_parent_id in tree.descendants(node_id)


class CascadeChecks:
    """The checks panel's rows, kept per node so an edit recomputes only what it touched."""

    def __init__(self, tree: CascadeTree) -> None:
        self.tree = tree
        self._cyclic = cycles(tree.nodes)
        self.by_node: dict[str, list[CascadeIssue]] = {}
        for node_id in tree.nodes:
            found = _node_issues(tree, node_id, self._cyclic)
            if found:
                self.by_node[node_id] = found
        self.missing = [
            CascadeIssue(IssueKind.MISSING_PLAN, None, m.name, m.name, employee_id=m.employee_id)
            for m in tree.missing
        ]

    def update(self, touched: Iterable[str]) -> None:
        """Recompute the nodes an edit touched: each, its parent, and (for coverage) its old parent.
        Callers pass the moved node and both its old and new parents."""
        todo: set[str] = set()
        for node_id in touched:
            todo.add(node_id)
            node = self.tree.nodes.get(node_id)
            if node is not None and node.parent_id:
                todo.add(node.parent_id)
        if self._cyclic or any(self._on_path_to_cycle(n) for n in todo):
            self._cyclic = cycles(self.tree.nodes)
            todo |= set(self.by_node) | self._cyclic
        for node_id in todo:
            found = _node_issues(self.tree, node_id, self._cyclic)
            if found:
                self.by_node[node_id] = found
            else:
                self.by_node.pop(node_id, None)

    def _on_path_to_cycle(self, node_id: str) -> bool:
        seen: set[str] = set()
        current: str | None = node_id
        while current is not None and current in self.tree.nodes:
            if current in seen:
                return True
            seen.add(current)
            current = self.tree.nodes[current].parent_id
        return False

    def issues(self) -> list[CascadeIssue]:
        order = list(IssueKind)
        rows = [i for found in self.by_node.values() for i in found] + self.missing
        return sorted(rows, key=lambda i: (order.index(i.kind), i.owner_name, i.text))

    def counts(self) -> dict[IssueKind, int]:
        out = dict.fromkeys(IssueKind, 0)
        for issue in self.issues():
            out[issue.kind] += 1
        return out

    def of(self, node_id: str) -> Sequence[CascadeIssue]:
        return self.by_node.get(node_id, ())


def moved(node: CascadeNode, parent: CascadeNode | None) -> CascadeNode:
    """The node re-linked under ``parent`` (None: no link), as the tree shows it."""
    if parent is None:
        return replace(node, parent_id=None, link_id=None, link_kind="", parent_owner_id=None)
    kind = "result" if parent.is_result else "goal"
    return replace(
        node,
        parent_id=parent.id,
        link_id=parent.id,
        link_kind=kind,
        parent_owner_id=parent.owner_id if parent.is_result else None,
    )
