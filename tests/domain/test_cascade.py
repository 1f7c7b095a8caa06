"""The cascade checks as pure functions (R-CASCADE): porsi, the split proposal, cycles, and the
incremental update agreeing with a full recomputation after any sequence of edits."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from skpdesk.domain.cascade import (
    CascadeChecks,
    CascadeNode,
    CascadeTree,
    IssueKind,
    NodeIndicator,
    NodeKind,
    Porsi,
    cycles,
    moved,
    porsi,
    propose_split,
    would_cycle,
)


def _result(
    node_id: str,
    parent: str | None,
    owner: str,
    *,
    penilai: str | None = None,
    target: str = "",
    unit: str = "dokumen",
    split: bool = False,
    jenis: str = "utama",
    parent_owner: str | None = None,
) -> CascadeNode:
    return CascadeNode(
        id=node_id,
        kind=NodeKind.RESULT,
        parent_id=parent,
        text=f"Tersedianya {node_id}",
        jenis=jenis,
        owner_id=owner,
        owner_name=owner,
        penilai_id=penilai,
        parent_owner_id=parent_owner,
        link_id=parent,
        link_kind="result" if parent else "",
        method="langsung" if split else "",
        approach="beban-target" if split else "",
        indicators=(NodeIndicator("kuantitas", "Jumlah", target, unit),) if target else (),
    )


def _tree(*nodes: CascadeNode, subordinates: dict[str, frozenset[str]] | None = None) -> CascadeTree:
    return CascadeTree("u", "Unit", "p", 2026, {n.id: n for n in nodes}, (), subordinates or {})


def test_porsi_complete_under_over_and_different_unit() -> None:
    head = _result("a", None, "kabid", target="100")

    def state(*targets: tuple[str, str]) -> Porsi | None:
        kids = [
            _result(
                f"k{n}", "a", f"s{n}", penilai="kabid", parent_owner="kabid", target=t, unit=u, split=True
            )
            for n, (t, u) in enumerate(targets)
        ]
        issue = porsi(_tree(head, *kids), "a")
        return issue.porsi if issue else None

    assert state(("60", "dokumen"), ("40", "dokumen")) is Porsi.COMPLETE
    assert state(("60", "dokumen"), ("30", "Dokumen")) is Porsi.UNDER  # units compare case-insensitively
    assert state(("60", "dokumen"), ("50", "dokumen")) is Porsi.OVER
    assert state(("60", "dokumen"), ("40", "laporan")) is Porsi.DIFFERENT_UNIT
    assert state(("60", "dokumen"), ("", "dokumen")) is Porsi.DIFFERENT_UNIT  # no number to add
    assert state() is None  # nothing split


def test_a_non_split_child_does_not_count_in_the_porsi() -> None:
    tree = _tree(
        _result("a", None, "kabid", target="10"),
        _result("k1", "a", "s1", target="10", split=True),
        _result("k2", "a", "s2", target="99"),  # cascaded by aspek / non-direct: not part of the split
    )
    issue = porsi(tree, "a")
    assert issue is not None and issue.porsi is Porsi.COMPLETE


@given(st.integers(1, 10_000), st.integers(1, 40))
def test_a_whole_target_splits_into_whole_parts_that_add_up(total: int, shares: int) -> None:
    parts = propose_split(str(total), shares)
    assert len(parts) == shares
    assert sum(Decimal(p) for p in parts) == total
    assert max(Decimal(p) for p in parts) - min(Decimal(p) for p in parts) <= 1


def test_a_decimal_target_splits_to_cents_and_bad_targets_propose_nothing() -> None:
    assert propose_split("10.5", 4) == ["2.63", "2.63", "2.62", "2.62"]
    assert propose_split("banyak", 2) == [] and propose_split("10", 0) == []


def test_cycles_are_found_and_would_cycle_refuses_itself_and_descendants() -> None:
    a = _result("a", "c", "x")
    b = _result("b", "a", "y")
    c = _result("c", "b", "z")
    d = _result("d", None, "w")
    assert cycles({n.id: n for n in (a, b, c, d)}) == {"a", "b", "c"}
    tree = _tree(_result("a", None, "x"), _result("b", "a", "y"), _result("c", "b", "z"))
    assert would_cycle(tree, "a", "a") and would_cycle(tree, "a", "c")
    assert not would_cycle(tree, "c", "a") and not would_cycle(tree, "a", None)
    checks = CascadeChecks(_tree(a, b, c, d))
    assert {i.node_id for i in checks.issues() if i.kind is IssueKind.CYCLE} == {"a", "b", "c"}


def test_not_atasan_orphan_and_uncovered() -> None:
    tree = _tree(
        _result("a", None, "kabid"),
        _result("b", "a", "staf", penilai="kasubbag", parent_owner="kabid"),
        _result("t", None, "staf", jenis="tambahan"),
        subordinates={"kabid": frozenset({"other"})},
    )
    found = {(i.kind, i.node_id) for i in CascadeChecks(tree).issues()}
    assert found == {(IssueKind.ORPHAN, "a"), (IssueKind.NOT_ATASAN, "b")}


# -- the incremental update agrees with a full recomputation -------------------------------------

_OWNERS = ["kadis", "kabid", "s1", "s2", "s3"]
_PENILAI = {"kadis": None, "kabid": "kadis", "s1": "kabid", "s2": "kabid", "s3": "kabid"}


def _random_tree(data: st.DataObject) -> CascadeTree:
    n = data.draw(st.integers(3, 14))
    nodes: list[CascadeNode] = []
    for i in range(n):
        owner = _OWNERS[min(i, len(_OWNERS) - 1)] if i < 2 else data.draw(st.sampled_from(_OWNERS[2:]))
        parent = data.draw(st.sampled_from([None, *(x.id for x in nodes)]))
        parent_owner = next((x.owner_id for x in nodes if x.id == parent), None)
        nodes.append(
            _result(
                f"n{i}",
                parent,
                owner,
                penilai=_PENILAI[owner],
                parent_owner=parent_owner,
                target=data.draw(st.sampled_from(["", "10", "5", "x"])),
                split=data.draw(st.booleans()),
                jenis=data.draw(st.sampled_from(["utama", "utama", "tambahan"])),
            )
        )
    subordinates = {"kadis": frozenset({"kabid"}), "kabid": frozenset({"s1", "s2", "s3"})}
    return _tree(*nodes, subordinates=subordinates)


def _rows(checks: CascadeChecks) -> list[tuple[str, str | None, str | None]]:
    return sorted((i.kind.value, i.node_id, i.porsi.value if i.porsi else None) for i in checks.issues())


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_incremental_checks_equal_a_full_recomputation(data: st.DataObject) -> None:
    tree = _random_tree(data)
    checks = CascadeChecks(tree)
    for _ in range(data.draw(st.integers(1, 6))):
        node_id = data.draw(st.sampled_from(sorted(tree.nodes)))
        target = data.draw(st.sampled_from([None, *sorted(tree.nodes)]))
        node = tree.node(node_id)
        old_parent = node.parent_id
        if target is not None and would_cycle(tree, node_id, target):
            continue  # the editor refuses these
        tree.replace_node(moved(node, tree.node(target) if target else None))
        checks.update([node_id, *(p for p in (old_parent, target) if p)])
        assert _rows(checks) == _rows(CascadeChecks(tree))
