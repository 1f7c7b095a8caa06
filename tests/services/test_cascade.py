"""The cascading tree through the services (R-CASCADE): the tree of a unit, re-linking, cascading a
result to subordinates with a target split, the MPH grid, and every refusal leaving data unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select, update

from skpdesk.domain.cascade import CascadeChecks, IssueKind, NodeKind, Porsi
from skpdesk.domain.errors import Code
from skpdesk.domain.roles import Role
from skpdesk.models.tables import Plan, WorkResult
from skpdesk.services.access import Actor
from skpdesk.services.cascade import MphRow, SplitPart
from skpdesk.services.org import NewEmployee, NewGrant, NewPosition, NewUnit
from skpdesk.services.planning import NewGoal, NewIndicator, NewPlan, NewResult
from skpdesk.services.workspace import Workspace
from tests.services.test_drafting import TODAY, Office, _office, _ops, _refused


@dataclass
class Tree:
    o: Office
    kepala_plan: str
    staff_plan: str
    colleague_plan: str
    last_year_result: str
    other_goal: str
    other_result: str
    fasilitator: str


def _tree(ws: Workspace) -> Tree:
    """The small office of the drafting tests with plans for the kepala, both analysts, and a
    second OPD (another unit's goal and result)."""
    o = _office(ws)
    ws.org.add_units([NewUnit("Dinas B", "opd", parent_id="u-root", id="u-b")])
    ws.org.add_positions([NewPosition("Kepala Dinas B", "u-b", "jpt-pratama", is_head=True, id="p-kepb")])
    (kepala_b, fasilitator), _ = ws.org.add_employees(
        [
            NewEmployee("196901012000011007", "Kepala B", "IV/c", position_id="p-kepb"),
            NewEmployee("198001012005011008", "Fasilitator", "III/d", position_id="p-pk"),
        ]
    )
    ws.org.grant_roles([NewGrant(fasilitator, "fasilitator", "u-a")])
    (other_goal,), _ = ws.planning.add_goals([NewGoal("Meningkatnya layanan B", "u-b", o.period, id="g-b")])
    kpi = (NewIndicator("Jumlah dokumen", "kuantitas", "100", "dokumen"),)
    plans, _ = ws.planning.add_plans(
        [
            NewPlan(
                employee_id=o.kepala,
                period_id=o.period,
                results=(
                    NewResult("Meningkatnya kualitas layanan kepegawaian", parent_goal_id=o.goal, id="r-kep"),
                ),
            ),
            NewPlan(
                employee_id=o.staff,
                period_id=o.period,
                penilai_employee_id=o.kabid,
                results=(
                    NewResult("Tersedianya rekap data pegawai", parent_result_id="r-k1", id="r-s1"),
                    NewResult("Tersusunnya laporan tanpa induk", id="r-s2"),
                    NewResult("Terlaksananya tugas tambahan", jenis="tambahan", id="r-s3"),
                ),
            ),
            NewPlan(employee_id=o.colleague, period_id=o.period, penilai_employee_id=o.kabid),
            NewPlan(
                employee_id=kepala_b,
                period_id=o.period,
                results=(NewResult("Meningkatnya layanan Dinas B", parent_goal_id=other_goal, id="r-b"),),
            ),
        ]
    )
    # the kabid's first RHK gets a numeric IKI to split
    ws.drafting.add_indicator(
        "r-k1", kpi[0].text, aspek="kuantitas", target_value="100", target_unit="dokumen"
    )
    with ws.store.reading() as s:
        last_result = s.execute(
            select(WorkResult.id)
            .join(Plan, Plan.id == WorkResult.plan_id)
            .where(Plan.period_id == o.last_period)
        ).scalar_one()
    return Tree(o, plans[0], plans[1], plans[2], last_result, other_goal, "r-b", fasilitator)


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "ws", actor=Actor.workspace())
    yield workspace
    workspace.close()


def test_the_tree_hangs_each_rhk_under_what_it_intervenes(ws: Workspace) -> None:
    t = _tree(ws)
    tree = ws.cascade.tree("u-a", t.o.period)
    assert tree.year == 2026 and tree.unit_name == "Dinas A"
    goal = tree.node(t.o.goal)
    assert goal.kind is NodeKind.SASARAN and goal.parent_id is None
    assert set(tree.kids(t.o.goal)) == {"r-kep", "r-k1", "r-k2"}
    assert tree.kids("r-k1") == ["r-s1"]
    s1 = tree.node("r-s1")
    assert (s1.owner_name, s1.jabatan, s1.plan_status) == ("Staf Satu", "Analis Kepegawaian", "draft")
    assert tree.node("r-k1").indicators[0].target_value == "100"
    assert tree.node("r-s2").parent_id is None and tree.node("r-s3").jenis == "tambahan"
    assert "r-b" not in tree.nodes  # another OPD's result is not in this tree
    # the heads come before their staff among siblings
    assert tree.node("r-kep").level < tree.node("r-k1").level < s1.level
    checks = CascadeChecks(tree)
    kinds = {(i.kind, i.node_id) for i in checks.issues()}
    assert (IssueKind.ORPHAN, "r-s2") in kinds
    assert (IssueKind.ORPHAN, "r-s3") not in kinds  # a tambahan RHK may intervene nothing
    assert (IssueKind.UNCOVERED, "r-k2") in kinds  # the kabid rates people; nobody serves r-k2
    assert (IssueKind.UNCOVERED, "r-k1") not in kinds
    missing = {i.text for i in checks.issues() if i.kind is IssueKind.MISSING_PLAN}
    assert {"Sendiri", "Pengelola", "Fasilitator"} <= missing and "Staf Satu" not in missing


def test_a_bidang_tree_shows_the_results_above_it_as_read_only_roots(ws: Workspace) -> None:
    t = _tree(ws)
    ws.cascade.relink("r-k1", "r-kep")
    tree = ws.cascade.tree("u-bid", t.o.period)
    kep = tree.node("r-kep")
    assert kep.external and kep.parent_id is None
    assert tree.kids("r-kep") == ["r-k1"]


def test_relink_moves_an_rhk_and_records_it(ws: Workspace) -> None:
    t = _tree(ws)
    before = _ops(ws)
    ws.cascade.relink("r-s2", "r-k2")
    assert _ops(ws) > before
    tree = ws.cascade.tree("u-a", t.o.period)
    assert tree.node("r-s2").parent_id == "r-k2"
    checks = CascadeChecks(tree)
    assert not [i for i in checks.issues() if i.node_id in ("r-s2", "r-k2")]
    ws.cascade.relink("r-s2", None)  # back to no link: an orphan again
    assert ws.cascade.tree("u-a", t.o.period).node("r-s2").parent_id is None


@pytest.mark.parametrize(
    ("result", "target", "code"),
    [
        ("r-s1", "r-s1", Code.CASCADE_CYCLE),  # onto itself
        ("r-k1", "r-s1", Code.CASCADE_CYCLE),  # onto a descendant
        ("r-s1", "r-b", Code.CASCADE_NOT_ATASAN),  # a result of another unit
        ("r-s1", "r-kep", Code.CASCADE_NOT_ATASAN),  # the atasan's atasan is not the atasan
        ("r-k1", "g-b", Code.CASCADE_OTHER_UNIT),  # another unit's goal
        ("r-s1", "nope", Code.RECORD_NOT_FOUND),
    ],
)
def test_relink_refuses_what_r_cascade_forbids(ws: Workspace, result: str, target: str, code: Code) -> None:
    _tree(ws)
    _refused(ws, code, ws.cascade.relink, result, target)


def test_relink_refuses_another_year_and_a_deleted_node(ws: Workspace) -> None:
    t = _tree(ws)
    _refused(ws, Code.CASCADE_OTHER_YEAR, ws.cascade.relink, t.last_year_result, "r-k1")
    ws.drafting.delete_result("r-k2")
    _refused(ws, Code.CASCADE_DELETED, ws.cascade.relink, "r-s1", "r-k2")


def test_a_ditetapkan_plan_asks_first_and_a_facilitator_is_refused(ws: Workspace) -> None:
    t = _tree(ws)
    _set_status(ws, t.staff_plan, "ditetapkan")
    _refused(ws, Code.CASCADE_APPROVED_CONFIRM, ws.cascade.relink, "r-s1", "r-k2")
    ws.sign_in(t.fasilitator, Role.FASILITATOR, today=TODAY)
    _refused(ws, Code.CASCADE_APPROVED_REFUSED, ws.cascade.relink, "r-s1", "r-k2", confirm_approved=True)
    ws.sign_in(t.o.kabid, Role.ATASAN, today=TODAY)  # the penilai may, once confirmed
    ws.cascade.relink("r-s1", "r-k2", confirm_approved=True)
    assert ws.cascade.tree("u-a", t.o.period).node("r-s1").parent_id == "r-k2"


def test_a_plan_under_reviu_is_locked_and_a_pegawai_cannot_relink_others(ws: Workspace) -> None:
    t = _tree(ws)
    ws.sign_in(t.o.colleague, Role.PEGAWAI, today=TODAY)
    _refused(ws, Code.NOT_ALLOWED, ws.cascade.relink, "r-s1", "r-k2")
    _set_status(ws, t.staff_plan, "diajukan")
    ws.sign_in(t.o.staff, Role.PEGAWAI, today=TODAY)
    _refused(ws, Code.PLAN_LOCKED, ws.cascade.relink, "r-s1", "r-k2")


def test_direct_cascade_by_beban_target_splits_the_iki(ws: Workspace) -> None:
    t = _tree(ws)
    made, _ = ws.cascade.cascade_to(
        "r-k1",
        [SplitPart(t.o.staff, "60"), SplitPart(t.o.colleague, "40")],
        method="langsung",
        approach="beban-target",
    )
    tree = ws.cascade.tree("u-a", t.o.period)
    assert set(tree.kids("r-k1")) >= set(made) and len(made) == 2
    targets = sorted(tree.node(m).indicators[0].target_value for m in made)
    assert targets == ["40", "60"]
    assert tree.node(made[0]).text == tree.node("r-k1").text  # direct: the same wording
    checks = CascadeChecks(tree)
    assert not [i for i in checks.of("r-k1") if i.kind is IssueKind.PORSI]  # complete
    # an uneven split shows under
    ws.cascade.remove(made)
    ws.cascade.cascade_to(
        "r-k1",
        [SplitPart(t.o.staff, "30"), SplitPart(t.o.colleague, "40")],
        method="langsung",
        approach="beban-target",
    )
    porsi = [
        i for i in CascadeChecks(ws.cascade.tree("u-a", t.o.period)).of("r-k1") if i.kind is IssueKind.PORSI
    ]
    assert porsi and porsi[0].porsi is Porsi.UNDER and (porsi[0].total, porsi[0].target) == ("70", "100")


def test_cascade_refusals_leave_everything_as_it_was(ws: Workspace) -> None:
    t = _tree(ws)
    direct = {"method": "langsung", "approach": "beban-target"}
    _refused(
        ws,
        Code.CASCADE_TARGET_NEGATIVE,
        ws.cascade.cascade_to,
        "r-k1",
        [SplitPart(t.o.staff, "-5")],
        **direct,
    )
    _refused(
        ws, Code.TARGET_NOT_NUMBER, ws.cascade.cascade_to, "r-k1", [SplitPart(t.o.staff, "banyak")], **direct
    )
    _refused(ws, Code.CASCADE_NOBODY, ws.cascade.cascade_to, "r-k1", [], **direct)
    _refused(ws, Code.CASCADE_NO_TARGET, ws.cascade.cascade_to, "r-k2", [SplitPart(t.o.staff, "1")], **direct)
    loner = next(
        i.employee_id
        for i in CascadeChecks(ws.cascade.tree("u-a", t.o.period)).missing
        if i.text == "Sendiri"
    )
    _refused(
        ws,
        Code.CASCADE_NO_PLAN,
        ws.cascade.cascade_to,
        "r-k1",
        [SplitPart(loner)],
        method="langsung",
        approach="aspek",
    )
    _refused(
        ws,
        Code.RHK_EMPTY,
        ws.cascade.cascade_to,
        "r-k1",
        [SplitPart(t.o.staff)],
        method="tidak-langsung",
        approach="layanan",
    )
    _refused(
        ws,
        Code.UNKNOWN_VALUE,
        ws.cascade.cascade_to,
        "r-k1",
        [SplitPart(t.o.staff)],
        method="langsung",
        approach="layanan",
    )
    # the second part fails: the first is not written either (one transaction)
    _refused(
        ws,
        Code.CASCADE_NOT_ATASAN,
        ws.cascade.cascade_to,
        "r-k1",
        [SplitPart(t.o.staff, "50"), SplitPart(t.o.kepala, "50")],
        **direct,
    )


def test_non_direct_cascade_takes_its_own_wording(ws: Workspace) -> None:
    t = _tree(ws)
    (made,), _ = ws.cascade.cascade_to(
        "r-k2",
        [SplitPart(t.o.colleague)],
        method="tidak-langsung",
        approach="layanan",
        text="  Terverifikasinya  berkas ",
    )
    node = ws.cascade.tree("u-a", t.o.period).node(made)
    assert node.text == "Terverifikasinya berkas" and node.indicators == () and node.parent_id == "r-k2"
    ws.cascade.remove([made])
    assert made not in ws.cascade.tree("u-a", t.o.period).nodes
    ws.cascade.restore([made])
    assert made in ws.cascade.tree("u-a", t.o.period).nodes


def test_the_mph_grid_reads_and_writes_the_same_rows(ws: Workspace) -> None:
    t = _tree(ws)
    kabid_plan = t.o.kabid_plan
    grid = ws.cascade.mph(kabid_plan)
    assert [c.result_id for c in grid.columns] == ["r-k1", "r-k2"]
    rows = {r.name: r for r in grid.rows}
    assert set(rows) == {"Staf Satu", "Staf Dua"}
    assert [c.result_id for c in rows["Staf Satu"].cells["r-k1"]] == ["r-s1"]
    colleague = rows["Staf Dua"]
    assert colleague.plan_id == t.colleague_plan and not colleague.cells
    rid, _ = ws.cascade.set_mph_cell(t.colleague_plan, "r-k2", "Terverifikasinya usulan kenaikan pangkat")
    assert ws.cascade.tree("u-a", t.o.period).node(rid or "").parent_id == "r-k2"
    same, _ = ws.cascade.set_mph_cell(t.colleague_plan, "r-k2", "Terverifikasinya usulan pangkat tepat waktu")
    assert same == rid
    assert (
        _row(ws, kabid_plan, "Staf Dua").cells["r-k2"][0].text
        == "Terverifikasinya usulan pangkat tepat waktu"
    )
    gone, _ = ws.cascade.set_mph_cell(t.colleague_plan, "r-k2", "   ")
    assert gone is None and "r-k2" not in _row(ws, kabid_plan, "Staf Dua").cells
    # undo of the emptying re-creates the same RHK
    back, _ = ws.cascade.set_mph_cell(t.colleague_plan, "r-k2", "Terverifikasinya usulan", record_id=rid)
    assert back == rid
    _refused(ws, Code.CASCADE_NOT_ATASAN, ws.cascade.set_mph_cell, t.colleague_plan, "r-kep", "Sesuatu")


def test_health_counts_per_unit(ws: Workspace) -> None:
    t = _tree(ws)
    (health,) = ws.cascade.health(t.o.period, ["u-a"])
    assert health.unit_name == "Dinas A" and health.results >= 6
    assert health.counts[IssueKind.ORPHAN] == 1 and health.counts[IssueKind.MISSING_PLAN] >= 3


def _set_status(ws: Workspace, plan_id: str, status: str) -> None:
    """A plan's status set directly (the workflow itself is tested in test_drafting)."""
    with ws.store.transaction() as s:
        s.execute(update(Plan).where(Plan.id == plan_id).values(status=status))


def _row(ws: Workspace, atasan_plan: str, name: str) -> MphRow:
    return next(r for r in ws.cascade.mph(atasan_plan).rows if r.name == name)
