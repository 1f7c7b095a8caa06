"""Overview summaries: each person sees their scope, and the numbers are the database's own counts.

The demo workspace is read through the service and checked against direct SQL written here
independently (recursive CTE for the subtree, plain joins for the atasan's team).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import Role
from skpdesk.services.access import Actor
from skpdesk.services.monitoring import NewFeedback
from skpdesk.services.org import NewEmployee, NewGrant, NewPosition, NewUnit
from skpdesk.services.overview import (
    INSTANSI,
    NOBODY,
    OWN,
    TEAM,
    UNIT,
    OverviewService,
    periode_sort_key,
)
from skpdesk.services.planning import NewIndicator, NewPlan, NewResult
from skpdesk.services.rating import NewAssessment
from skpdesk.services.workspace import Workspace

TODAY = dt.date(2026, 3, 2)


@pytest.fixture(scope="module")
def demo(demo_folder: Path) -> Iterator[Workspace]:
    """The demo, opened once for this module; nothing here writes to it (signing in reads only)."""
    with Workspace.open(demo_folder, actor=Actor.workspace()) as ws:
        yield ws


@pytest.fixture
def system(demo: Workspace) -> Iterator[Workspace]:
    demo.access.actor = Actor.workspace()
    yield demo
    demo.access.actor = Actor.workspace()


def sql(ws: Workspace, query: str, **params: Any) -> list[Any]:
    with ws.store.reading() as s:
        return list(s.execute(text(query), params).all())


def one(ws: Workspace, query: str, **params: Any) -> Any:
    return sql(ws, query, **params)[0][0]


def overview(ws: Workspace) -> OverviewService:
    return OverviewService(ws.store, ws.access)


PLANS_OF_YEAR = """
    SELECT pl.status, count(*) FROM plan pl JOIN period pe ON pe.id = pl.period_id
    WHERE pe.year = :year AND pl.deleted = 0 AND pe.deleted = 0 {extra} GROUP BY pl.status
"""
SUBTREE = """
    WITH RECURSIVE sub(id) AS (SELECT :unit UNION SELECT u.id FROM org_unit u JOIN sub ON u.parent_id = sub.id
    WHERE u.deleted = 0) SELECT id FROM sub
"""


# -- the whole instansi -------------------------------------------------------------------------------


def test_system_sees_every_plan_by_status(system: Workspace) -> None:
    summary = overview(system).plans_by_status(2026)
    expected = dict(sql(system, PLANS_OF_YEAR.format(extra=""), year=2026))
    total = summary.total
    assert total.draft == expected.get("draft", 0) > 0
    assert (total.diajukan, total.direviu, total.ditetapkan) == (
        expected.get("diajukan", 0),
        expected.get("direviu", 0),
        expected.get("ditetapkan", 0),
    )
    assert total.total == sum(expected.values()) == sum(r.total for r in summary.rows)
    # one row per OPD (the units right under the instansi), each shown even without plans
    opds = one(
        system,
        "SELECT count(*) FROM org_unit u JOIN org_unit r ON r.id = u.parent_id WHERE r.parent_id IS NULL",
    )
    assert len([r for r in summary.rows if r.unit_id]) == opds
    assert overview(system).scope().kind == INSTANSI


def test_default_year_is_the_latest_with_data(system: Workspace) -> None:
    ov = overview(system)
    assert ov.years() == [2026, 2025]
    assert ov.plans_by_status().year == 2026  # plans exist for both; the newest wins
    assert ov.progress_summary().year == 2025  # the demo's monitoring is last year's
    assert ov.predikat_distribution().year == 2025
    assert ov.nominations().year == 2025


def test_cascade_counts_match_sql(system: Workspace) -> None:
    summary = overview(system).cascade_summary(2026)
    rows = dict(
        sql(
            system,
            """SELECT CASE WHEN r.jenis != 'utama' THEN 'tambahan'
                           WHEN coalesce(r.parent_result_id, '') != '' THEN 'result'
                           WHEN coalesce(r.parent_goal_id, '') != '' THEN 'goal' ELSE 'orphan' END, count(*)
               FROM work_result r JOIN plan pl ON pl.id = r.plan_id JOIN period pe ON pe.id = pl.period_id
               WHERE pe.year = 2026 AND r.deleted = 0 AND pl.deleted = 0 GROUP BY 1""",
        )
    )
    t = summary.total
    assert (t.linked_result, t.linked_goal, t.orphan, t.tambahan) == (
        rows.get("result", 0),
        rows.get("goal", 0),
        rows.get("orphan", 0),
        rows.get("tambahan", 0),
    )
    assert t.linked_result > 0 and t.tambahan > 0
    assert sum(r.total for r in summary.rows) == t.total


def test_progress_evidence_and_feedback_per_period_match_sql(system: Workspace) -> None:
    summary = overview(system).progress_summary(2025)
    progress = dict(
        sql(
            system,
            """SELECT p.periode, count(*) FROM progress p JOIN indicator i ON i.id = p.indicator_id
               JOIN work_result r ON r.id = i.result_id JOIN plan pl ON pl.id = r.plan_id
               JOIN period pe ON pe.id = pl.period_id WHERE pe.year = 2025 GROUP BY 1""",
        )
    )
    evidence = sql(
        system,
        """SELECT count(*), sum(e.size) FROM evidence e JOIN work_result r ON r.id = e.result_id
           JOIN plan pl ON pl.id = r.plan_id JOIN period pe ON pe.id = pl.period_id WHERE pe.year = 2025""",
    )[0]
    feedback = one(
        system,
        """SELECT count(*) FROM feedback f JOIN plan pl ON pl.id = f.plan_id
           JOIN period pe ON pe.id = pl.period_id WHERE pe.year = 2025""",
    )
    assert [r.periode for r in summary.rows] == ["TW1", "TW2", "TW3", "TW4", "AKHIR"]
    assert {r.periode: r.realisasi for r in summary.rows} == progress | {"AKHIR": 0}
    assert (summary.total.evidence_files, summary.total.evidence_bytes) == (evidence[0], evidence[1])
    assert summary.total.feedback == feedback > 0
    assert summary.indicators == one(
        system,
        """SELECT count(*) FROM indicator i JOIN work_result r ON r.id = i.result_id
           JOIN plan pl ON pl.id = r.plan_id JOIN period pe ON pe.id = pl.period_id WHERE pe.year = 2025""",
    )
    # nothing is monitored in 2026 yet: its periods are listed with zeros (the page says so)
    empty = overview(system).progress_summary(2026)
    assert empty.year == 2026 and len(empty.rows) == 5 and empty.total.realisasi == 0


def test_predikat_distribution_and_org_predikat_match_sql(system: Workspace) -> None:
    summary = overview(system).predikat_distribution(2025, "AKHIR")
    expected = dict(
        sql(
            system,
            """SELECT a.predikat, count(*) FROM assessment a JOIN plan pl ON pl.id = a.plan_id
               JOIN period pe ON pe.id = pl.period_id
               WHERE pe.year = 2025 AND a.periode = 'AKHIR' AND a.status = 'final' GROUP BY 1""",
        )
    )
    assert summary.periodes == ("TW1", "TW2", "TW3", "TW4", "AKHIR")
    assert summary.total.counts == tuple(
        expected.get(p, 0) for p in ("sangat-baik", "baik", "butuh-perbaikan", "kurang", "sangat-kurang")
    )
    org = dict(sql(system, "SELECT org_unit_id, predikat FROM org_assessment WHERE periode = 'AKHIR'"))
    shown = {r.unit_id: r.org_predikat for r in summary.rows if r.org_predikat}
    assert shown == org and len(shown) > 10
    assert summary.drafts == 0
    # default period of a year is AKHIR
    assert overview(system).predikat_distribution(2025).periode == "AKHIR"


def test_nominations_sorted_by_sum(system: Workspace) -> None:
    summary = overview(system).nominations(2025)
    assert len(summary.rows) == one(system, "SELECT count(*) FROM nomination WHERE deleted = 0") > 0
    totals = [r.total for r in summary.rows]
    assert totals == sorted(totals, reverse=True)
    first = summary.rows[0]
    assert first.total == (first.disiplin or 0) + (first.kinerja or 0) + (first.inovasi or 0)
    assert isinstance(first.total, Decimal) and len(first.nip) == 18 and first.unit_name


def test_employees_and_counts_match_sql(system: Workspace) -> None:
    ov = overview(system)
    active = one(system, "SELECT count(*) FROM employee WHERE deleted = 0 AND active = 1")
    lines = ov.employees()
    assert len(lines) == active == ov.employee_counts().total.total
    pppk = one(system, "SELECT count(*) FROM employee WHERE deleted = 0 AND active = 1 AND status = 'pppk'")
    assert ov.employee_counts().total.pppk == pppk
    assert all(len(e.nip) == 18 and e.unit and e.opd for e in lines)
    # the instansi's head (unit tree read top-down, heads first) leads the list
    assert lines[0].unit == lines[0].opd


def test_sync_state_is_honest(system: Workspace) -> None:
    state = overview(system).sync_state()
    assert state.node_id == one(system, "SELECT value FROM workspace_meta WHERE key = 'node_id'")
    assert state.ops_total == one(system, "SELECT count(*) FROM op") == state.own_ops
    assert state.unsent_ops == state.own_ops  # no bundle has been sent yet
    assert state.bundles == ()


def test_backups_are_listed_newest_first(ws: Workspace) -> None:
    ov = overview(ws)
    assert ov.sync_state().latest_backup is None
    first = ws.backup()
    second = ws.backup()
    listed = ov.sync_state().backups
    assert [b.path for b in listed][:2] == [str(second), str(first)]
    assert listed[0].size == second.stat().st_size > 0


# -- scoped people ---------------------------------------------------------------------------------


def _person(ws: Workspace, query: str, **params: Any) -> str:
    return str(one(ws, query, **params))


def test_a_pegawai_sees_only_their_own(demo: Workspace) -> None:
    staff = _person(
        demo,
        """SELECT e.id FROM employee e JOIN plan pl ON pl.employee_id = e.id
           JOIN position p ON p.id = e.position_id WHERE p.is_head = 0
           GROUP BY e.id HAVING count(*) = 2 ORDER BY e.nip LIMIT 1""",
    )
    demo.sign_in(staff, Role.PEGAWAI, today=TODAY)
    ov = overview(demo)
    assert ov.scope().kind == OWN
    assert ov.plans_by_status(2026).total.total == 1
    assert [e.nip for e in ov.employees()] == [one(demo, "SELECT nip FROM employee WHERE id = :e", e=staff)]
    assert all(f.to_name == demo.access.current().name for f in ov.recent_feedback(50))
    assert ov.predikat_distribution(2025, "AKHIR").total.total == 1
    mine = ov.my_plans()
    assert [p.year for p in mine] == [2026, 2025]
    assert mine[0].results == one(
        demo, "SELECT count(*) FROM work_result WHERE plan_id = :p AND deleted = 0", p=mine[0].plan_id
    )
    results = ov.plan_results(mine[0].plan_id)
    assert results.results and all(r.indicators for r in results.results if r.jenis == "utama")
    # someone else's plan is refused, and an unknown one is not found
    other = _person(demo, "SELECT id FROM plan WHERE employee_id != :e LIMIT 1", e=staff)
    with pytest.raises(SkpError) as refused:
        ov.plan_results(other)
    assert refused.value.code is Code.OUT_OF_SCOPE
    with pytest.raises(SkpError) as missing:
        ov.plan_results("no-such-plan")
    assert missing.value.code is Code.RECORD_NOT_FOUND


def test_a_pengelola_sees_only_their_unit(demo: Workspace) -> None:
    grant = sql(demo, "SELECT employee_id, org_unit_id FROM role_grant WHERE role = 'pengelola' LIMIT 1")[0]
    demo.sign_in(grant[0], Role.PENGELOLA, grant[1], today=TODAY)
    ov = overview(demo)
    scope = ov.scope()
    assert (scope.kind, scope.unit_id) == (UNIT, grant[1])
    in_unit = f"AND pl.position_id IN (SELECT id FROM position WHERE org_unit_id IN ({SUBTREE}))"
    expected = dict(sql(demo, PLANS_OF_YEAR.format(extra=in_unit), year=2026, unit=grant[1]))
    summary = ov.plans_by_status(2026)
    assert summary.total.total == sum(expected.values()) > 0
    assert summary.total.total < overview_as_system(demo).plans_by_status(2026).total.total
    # rows are the scope unit itself and the units right under it
    children = {r[0] for r in sql(demo, "SELECT id FROM org_unit WHERE parent_id = :u", u=grant[1])}
    assert {r.unit_id for r in summary.rows} <= children | {grant[1]}
    assert children <= {r.unit_id for r in summary.rows}
    employees = one(
        demo,
        f"""SELECT count(*) FROM employee e JOIN position p ON p.id = e.position_id
            WHERE e.deleted = 0 AND e.active = 1 AND p.org_unit_id IN ({SUBTREE})""",
        unit=grant[1],
    )
    assert len(ov.employees()) == employees == ov.employee_counts().total.total
    in_scope = {u[0] for u in sql(demo, SUBTREE, unit=grant[1])}
    nominated = sql(demo, "SELECT org_unit_id FROM nomination")
    assert len(ov.nominations(2025).rows) == sum(1 for (u,) in nominated if u in in_scope)


def overview_as_system(ws: Workspace) -> OverviewService:
    from skpdesk.services.access import Access

    return OverviewService(ws.store, Access(ws.store, Actor.workspace()))


def test_an_atasan_sees_their_own_and_their_staff(demo: Workspace) -> None:
    atasan = _person(
        demo,
        """SELECT e.id FROM employee e JOIN position p ON p.id = e.position_id
           WHERE (SELECT count(*) FROM position c WHERE c.atasan_position_id = p.id) BETWEEN 2 AND 6
           ORDER BY e.nip LIMIT 1""",
    )
    demo.sign_in(atasan, Role.ATASAN, today=TODAY)
    ov = overview(demo)
    assert ov.scope().kind == TEAM
    team = """AND (pl.employee_id = :me OR pl.position_id IN (SELECT c.id FROM position c
              JOIN employee e ON e.position_id = c.atasan_position_id WHERE e.id = :me))"""
    expected = dict(sql(demo, PLANS_OF_YEAR.format(extra=team), year=2026, me=atasan))
    assert ov.plans_by_status(2026).total.total == sum(expected.values()) > 1
    staff = one(
        demo,
        """SELECT count(*) FROM employee e JOIN position c ON c.id = e.position_id
           JOIN employee me ON me.position_id = c.atasan_position_id WHERE me.id = :me AND e.active = 1""",
        me=atasan,
    )
    assert len(ov.employees()) == staff + 1


def test_nobody_signed_in_sees_nothing(demo: Workspace) -> None:
    demo.access.actor = None
    ov = overview(demo)
    assert ov.scope().kind == NOBODY
    assert ov.plans_by_status(2026).total.total == 0
    assert ov.employees() == [] and ov.my_plans() == [] and ov.recent_feedback() == []


# -- a small workspace: grouping, drafts, defaults ---------------------------------------------------


def test_small_workspace_groups_drafts_and_empty_years(ws: Workspace) -> None:
    ws.access.clock = lambda: TODAY
    ov = overview(ws)
    assert ov.plans_by_status().year is None  # no period at all
    assert ov.sync_state().own_ops == 0
    ws.org.add_units(
        [
            NewUnit("Pemkab Uji", "instansi", id="root"),
            NewUnit("Dinas A", "opd", parent_id="root", id="a"),
            NewUnit("Bidang A1", "bidang", parent_id="a", id="a1"),
            NewUnit("Seksi A1x", "subbidang", parent_id="a1", id="a1x"),
            NewUnit("Dinas B", "opd", parent_id="root", id="b"),
        ]
    )
    ws.org.add_positions(
        [
            NewPosition("Kepala Dinas A", "a", "jpt-pratama", is_head=True, id="p-kep"),
            NewPosition("Kepala Bidang", "a1", "administrator", atasan_position_id="p-kep", id="p-kabid"),
            NewPosition("Analis", "a1x", "ahli-pertama", atasan_position_id="p-kabid", id="p-staff"),
        ]
    )
    (kepala, kabid, staff), _ = ws.org.add_employees(
        [
            NewEmployee("197001012000011001", "Kepala A", "IV/c", position_id="p-kep"),
            NewEmployee("197502022001012002", "Kabid", "IV/a", position_id="p-kabid"),
            NewEmployee("199003032015031003", "Staf Satu", "III/a", position_id="p-staff"),
        ]
    )
    ws.org.grant_roles([NewGrant(kepala, "pengelola", "a")])
    old, _ = ws.planning.add_period(2025)
    ws.planning.add_period(2027)  # a newer year with nothing in it yet
    indicator = NewIndicator("Jumlah laporan", "kuantitas", "4", "laporan")
    (plan_kabid, plan_staff), _ = ws.planning.add_plans(
        [
            NewPlan(
                employee_id=kabid,
                period_id=old,
                results=(NewResult("Tersusunnya kebijakan", indicators=(indicator,)),),
            ),
            NewPlan(
                employee_id=staff,
                period_id=old,
                results=(
                    NewResult("Tersusunnya laporan", indicators=(indicator,)),
                    NewResult("Terlaksananya pelatihan", jenis="tambahan"),
                ),
            ),
        ]
    )
    ws.rating.add_assessments(
        [
            NewAssessment(plan_staff, "AKHIR", "sesuai", "sesuai", status="final"),
            NewAssessment(plan_kabid, "AKHIR", "di-atas", "di-atas", status="draft"),
        ]
    )
    ws.monitoring.add_feedback([NewFeedback(plan_staff, "Laporan tepat waktu", relation="rekan")])
    assert ov.years() == [2027, 2025]
    assert ov.plans_by_status().year == 2025  # 2027 has no plan yet
    assert ov.plans_by_status(2027).total.total == 0
    rating = ov.predikat_distribution()
    assert (rating.year, rating.periode, rating.total.count("baik"), rating.drafts) == (2025, "AKHIR", 1, 1)
    cascade = ov.cascade_summary(2025).total
    assert (cascade.orphan, cascade.tambahan) == (2, 1)
    # as the pengelola of Dinas A: one row per unit right under it (Seksi counts in its Bidang)
    ws.sign_in(kepala, Role.PENGELOLA, "a", today=TODAY)
    rows = {r.unit_name: r.total for r in ov.plans_by_status(2025).rows}
    assert rows == {"Bidang A1": 2}
    assert [f.text for f in ov.recent_feedback()] == ["Laporan tepat waktu"]


def test_periods_sort_in_the_year_order() -> None:
    codes = ["AKHIR", "TW2", "BULAN-11", "TW10", "SEMESTER-1", "BULAN-02", "TW1", "LAIN"]
    assert sorted(codes, key=periode_sort_key) == [
        "TW1",
        "TW2",
        "TW10",
        "SEMESTER-1",
        "BULAN-02",
        "BULAN-11",
        "LAIN",
        "AKHIR",
    ]
