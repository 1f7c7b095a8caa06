"""The demo organisation: realistic, complete enough to fill every screen, and deterministic."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from skpdesk.domain import nip
from skpdesk.models.tables import Employee, OrgUnit, Plan, Position, WorkResult
from skpdesk.services.access import Actor
from skpdesk.services.demo import build_demo
from skpdesk.services.workspace import Workspace


def test_demo_counts_and_op_log(demo_folder: Path) -> None:
    with Workspace.open(demo_folder, actor=Actor.workspace()) as ws:
        info = ws.info()
    counts = info.counts
    assert 500 <= counts["employee"] <= 750
    for table in (
        "org_goal",
        "plan",
        "work_result",
        "indicator",
        "progress",
        "evidence",
        "feedback",
        "assessment",
        "org_assessment",
        "nomination",
        "acting_assignment",
    ):
        assert counts[table] > 0, table
    assert info.ops > sum(counts.values())  # built through the services: every row has ops


def test_demo_people_are_valid(demo_folder: Path) -> None:
    with Workspace.open(demo_folder, actor=Actor.workspace()) as ws, ws.store.reading() as s:
        rows = s.execute(select(Employee.nip, Employee.status, Employee.golongan)).all()
    assert len({r.nip for r in rows}) == len(rows)
    for number, status, golongan in rows:
        assert not [p for p in nip.nip_problems(number, nip.EmployeeStatus(status)) if nip.is_blocking(p)]
        assert golongan
    assert any(r.status == "pppk" for r in rows)


def test_demo_has_plans_at_every_status_and_bkpsdm_cascaded(demo_folder: Path) -> None:
    with Workspace.open(demo_folder, actor=Actor.workspace()) as ws, ws.store.reading() as s:
        statuses = set(s.execute(select(Plan.status)).scalars())
        assert statuses == {"draft", "diajukan", "direviu", "ditetapkan"}
        bkpsdm = s.execute(select(OrgUnit.id).where(OrgUnit.short_name == "BKPSDM")).scalar_one()
        units = {bkpsdm}
        while True:  # the whole BKPSDM subtree
            more = set(s.execute(select(OrgUnit.id).where(OrgUnit.parent_id.in_(units))).scalars()) - units
            if not more:
                break
            units |= more
        people = (
            s.execute(
                select(Employee.id)
                .join(Position, Employee.position_id == Position.id)
                .where(Position.org_unit_id.in_(units))
            )
            .scalars()
            .all()
        )
        assert len(people) > 15
        year = max(s.execute(select(Plan.start_date)).scalars()).year
        for person in people:
            plan = s.execute(
                select(Plan).where(
                    Plan.employee_id == person, func.strftime("%Y", Plan.start_date) == str(year)
                )
            ).scalar_one()
            utama = (
                s.execute(
                    select(WorkResult).where(WorkResult.plan_id == plan.id, WorkResult.jenis == "utama")
                )
                .scalars()
                .all()
            )
            assert utama and all(r.parent_result_id or r.parent_goal_id for r in utama)
            assert plan.status == "ditetapkan" and len(plan.approved_hash) == 64


def test_demo_is_deterministic(demo_folder: Path, tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "again", actor=Actor.workspace()) as ws:
        build_demo(ws, size="demo", seed=7, year=2026)

    def people(folder: Path) -> list[tuple[str, str, str]]:
        with Workspace.open(folder, actor=Actor.workspace()) as w, w.store.reading() as s:
            return sorted(tuple(r) for r in s.execute(select(Employee.id, Employee.nip, Employee.name)).all())

    assert people(tmp_path / "again") == people(demo_folder)
