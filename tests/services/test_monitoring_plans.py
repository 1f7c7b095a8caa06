"""Which plans a person follows on the Pemantauan screen (``monitored_plans``): their own first,
then those they rate as pejabat penilai, then — for a granted role — every plan in their unit
scope; a pegawai sees only their own, nobody signed in sees nothing."""

from __future__ import annotations

import datetime as dt

from skpdesk.domain.roles import Role
from skpdesk.services.access import Actor
from skpdesk.services.monitoring import PLAN_OWN, PLAN_SCOPE, PLAN_TEAM
from skpdesk.services.org import NewUnit
from skpdesk.services.planning import NewPlan
from skpdesk.services.workspace import Workspace
from tests.services.monitoring_office import TODAY, office


def _seen(ws: Workspace, year: int | None = 2026) -> list[tuple[str, str]]:
    return [(p.plan_id, p.relation) for p in ws.monitoring.monitored_plans(year)]


def test_a_pegawai_follows_only_their_own_plan(ws: Workspace) -> None:
    o = office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    (plan,) = ws.monitoring.monitored_plans(2026)
    assert (plan.plan_id, plan.relation, plan.name, plan.jabatan, plan.unit, plan.status) == (
        o.plan,
        PLAN_OWN,
        "Staf Satu",
        "Analis Kepegawaian",
        "Bidang Umum",
        "ditetapkan",
    )
    assert (plan.year, plan.period_id, plan.nip, plan.pendekatan) == (
        2026,
        o.period,
        "199003032015031003",
        "kuantitatif",
    )
    assert _seen(ws, 2025) == []
    ws.sign_out()
    assert ws.monitoring.monitored_plans(2026) == []


def test_an_atasan_follows_the_plans_they_rate(ws: Workspace) -> None:
    o = office(ws)
    ws.sign_in(o.kabid, Role.ATASAN, today=TODAY)
    assert _seen(ws) == [(o.draft_plan, PLAN_OWN), (o.kualitatif_plan, PLAN_TEAM), (o.plan, PLAN_TEAM)]
    ws.sign_in(o.kabid, Role.PEGAWAI, today=TODAY)  # the same person acting as pegawai: own only
    assert _seen(ws) == [(o.draft_plan, PLAN_OWN)]
    ws.sign_in(o.kepala, Role.ATASAN, today=TODAY)  # rates the kabid (by position)
    assert _seen(ws) == [(o.late_plan, PLAN_OWN), (o.draft_plan, PLAN_TEAM)]


def test_a_pengelola_follows_the_plans_in_their_scope(ws: Workspace) -> None:
    o = office(ws)
    ws.org.add_units([NewUnit("Dinas B", "opd", parent_id="u-root", id="u-b")])
    ws.sign_in(o.pengelola_opd, Role.PENGELOLA, "u-a", today=TODAY)
    seen = _seen(ws)
    assert {p for p, _r in seen} == {o.plan, o.kualitatif_plan, o.draft_plan, o.late_plan}
    assert {r for _p, r in seen} == {PLAN_SCOPE}
    ws.access.actor = Actor(o.pengelola_opd, Role.PENGELOLA, "u-b", "Pengelola Dinas")  # another OPD
    assert _seen(ws) == []
    ws.sign_in(o.pengelola, Role.PENGELOLA, today=TODAY)  # the whole instansi
    assert len(_seen(ws)) == 4 and len(_seen(ws, None)) == 4


def test_plans_of_several_years_newest_first(ws: Workspace) -> None:
    o = office(ws)
    period, _ = ws.planning.add_period(2025)
    ws.planning.add_plans([NewPlan(employee_id=o.staff, period_id=period, id="plan-2025")])
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    assert _seen(ws, None) == [(o.plan, PLAN_OWN), ("plan-2025", PLAN_OWN)]
    (old,) = ws.monitoring.monitored_plans(2025)
    assert old.start == dt.date(2025, 1, 1) and old.status == "draft"
