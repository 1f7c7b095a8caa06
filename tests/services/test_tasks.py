"""Beranda's tasks: each kind appears for the right person only, and goes away once done
(SKP-REFERENCE R-DEADLINES, R-LIFECYCLE, R-PERIODIC)."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from skpdesk.domain.deadlines import DeadlineSettings, Urgency
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import Role
from skpdesk.models.recorder import Recorder
from skpdesk.models.tables import BundleLog, Plan
from skpdesk.services.access import Actor
from skpdesk.services.org import NewEmployee, NewGrant, NewPosition, NewUnit
from skpdesk.services.planning import NewPlan, NewResult
from skpdesk.services.rating import NewAssessment
from skpdesk.services.tasks import Task, TaskKind, TaskService, deadline_settings_from
from skpdesk.services.workspace import Workspace

TODAY = dt.date(2026, 4, 15)  # TW1 2026 has ended; its rating was due 10 April
OWN_KINDS = {
    TaskKind.DRAFT_OWN_PLAN,
    TaskKind.CONTINUE_OWN_PLAN,
    TaskKind.REVISE_OWN_PLAN,
    TaskKind.KEBERATAN_WINDOW,
}


@dataclass
class Org:
    opd_a: str
    opd_b: str
    kepala: str
    kabid: str
    staff1: str
    staff2: str
    other: str
    plt: str
    period: str
    last_year: str


def _org(ws: Workspace, today: dt.date = TODAY) -> Org:
    """Dinas A: Kepala → Kabid → Staf Satu, Staf Dua (+ Calon Plt under Kepala); Dinas B: Kepala B
    → Orang B. Periods 2025 and 2026 (triwulan). No plans yet."""
    set_today(ws, today)
    (_root, a, b), _ = ws.org.add_units(
        [
            NewUnit("Pemkab Uji", "instansi", id="u-root"),
            NewUnit("Dinas A", "opd", parent_id="u-root", id="u-a"),
            NewUnit("Dinas B", "opd", parent_id="u-root", id="u-b"),
        ]
    )
    ws.org.add_positions(
        [
            NewPosition("Kepala Dinas A", a, "jpt-pratama", is_head=True, id="p-kep"),
            NewPosition("Kepala Bidang", a, "administrator", atasan_position_id="p-kep", id="p-kabid"),
            NewPosition("Analis", a, "ahli-pertama", atasan_position_id="p-kabid", id="p-staff"),
            NewPosition("Pengadministrasi", a, "pelaksana", atasan_position_id="p-kabid", id="p-staff2"),
            NewPosition("Kepala Dinas B", b, "jpt-pratama", is_head=True, id="p-kepb"),
            NewPosition("Analis B", b, "ahli-pertama", atasan_position_id="p-kepb", id="p-other"),
            NewPosition("Staf Sekretariat", a, "pelaksana", atasan_position_id="p-kep", id="p-plt"),
        ]
    )
    people, _ = ws.org.add_employees(
        [
            NewEmployee("197001012000011001", "Kepala A", "IV/c", position_id="p-kep"),
            NewEmployee("197502022001012002", "Kabid", "IV/a", position_id="p-kabid"),
            NewEmployee("199003032015031003", "Staf Satu", "III/a", position_id="p-staff"),
            NewEmployee("199104042016032004", "Staf Dua", "II/c", position_id="p-staff2"),
            NewEmployee("198805052012011005", "Orang B", "III/b", position_id="p-other"),
            NewEmployee("198206062009011006", "Calon Plt", "III/c", position_id="p-plt"),
        ]
    )
    last_year, _ = ws.planning.add_period(2025)
    period, _ = ws.planning.add_period(2026)
    kepala, kabid, staff1, staff2, other, plt = people
    return Org(a, b, kepala, kabid, staff1, staff2, other, plt, period, last_year)


def set_today(ws: Workspace, today: dt.date) -> None:
    ws.access.clock = lambda: today


def _office(ws: Workspace) -> None:
    """Act as the workspace itself (the set-up steps of a test)."""
    ws.access.actor = Actor.workspace()


def _plan(ws: Workspace, employee: str, period: str, status: str = "draft", **extra: Any) -> str:
    _office(ws)
    (plan_id,), _ = ws.planning.add_plans(
        [
            NewPlan(
                employee_id=employee,
                period_id=period,
                status=status,
                results=(NewResult("Tersusunnya laporan kinerja"),),
                **extra,
            )
        ]
    )
    return str(plan_id)


def _set_plan(ws: Workspace, plan_id: str, **values: Any) -> None:
    """Stand-in for the reviu/penetapan use cases (not written yet): change plan fields through
    the recorder, as a service would."""
    with ws.store.transaction() as s:
        Recorder(s, ws.store.node).update(Plan, plan_id, **values)


def _tasks(ws: Workspace, employee: str | None = None, role: Role | None = None, **kwargs: Any) -> list[Task]:
    if role is not None:
        held = [c for c in ws.role_choices(employee) if c.role is role]
        ws.sign_in(employee, role, held[0].scope_unit_id)
    return TaskService(ws.store, ws.access).tasks(**kwargs)


def _kinds(tasks: list[Task]) -> set[TaskKind]:
    return {t.kind for t in tasks}


def _one(tasks: list[Task], kind: TaskKind) -> Task:
    found = [t for t in tasks if t.kind is kind]
    assert len(found) == 1, tasks
    return found[0]


# -- the person's own plan ---------------------------------------------------------------------


def test_own_plan_missing_then_draft_then_returned_then_submitted(ws: Workspace) -> None:
    org = _org(ws)
    task = _one(_tasks(ws, org.staff2, Role.PEGAWAI), TaskKind.DRAFT_OWN_PLAN)
    assert (task.due, task.urgency, task.area, task.year) == (
        dt.date(2026, 1, 31),
        Urgency.OVERDUE,
        "skp",
        2026,
    )
    assert task.rule == "R-DEADLINES" and task.target == ""

    ws.planning.add_plans([NewPlan(employee_id=org.staff2, period_id=org.period)])  # as Staf Dua
    plan = _tasks(ws, org.staff2, Role.PEGAWAI)[0].target
    tasks = _tasks(ws, org.staff2, Role.PEGAWAI)
    assert _kinds(tasks) == {TaskKind.CONTINUE_OWN_PLAN}
    assert tasks[0].target == plan != ""

    _set_plan(ws, plan, review_note="IKI belum terukur")
    returned = _one(_tasks(ws, org.staff2, Role.PEGAWAI), TaskKind.REVISE_OWN_PLAN)
    assert returned.note == "IKI belum terukur" and returned.target == plan

    _set_plan(ws, plan, status="diajukan")
    assert _tasks(ws, org.staff2, Role.PEGAWAI) == []


def test_own_plan_before_the_year_is_planned_in_january(ws: Workspace) -> None:
    org = _org(ws, dt.date(2026, 1, 5))
    task = _one(_tasks(ws, org.staff1, Role.PEGAWAI), TaskKind.DRAFT_OWN_PLAN)
    assert task.urgency is Urgency.LATER and task.due == dt.date(2026, 1, 31)
    set_today(ws, dt.date(2026, 1, 25))
    assert _one(_tasks(ws, org.staff1, Role.PEGAWAI), TaskKind.DRAFT_OWN_PLAN).urgency is Urgency.SOON
    set_today(ws, dt.date(2026, 1, 31))
    assert _one(_tasks(ws, org.staff1, Role.PEGAWAI), TaskKind.DRAFT_OWN_PLAN).urgency is Urgency.TODAY


def test_next_years_plan_is_asked_for_once_drafting_starts(ws: Workspace) -> None:
    org = _org(ws, dt.date(2026, 9, 30))
    _plan(ws, org.staff1, org.period, status="ditetapkan")
    ws.planning.add_period(2027)
    assert _tasks(ws, org.staff1, Role.PEGAWAI) == []  # 2027 drafting starts 1 October 2026 [U]
    early = DeadlineSettings(drafting_start_month=9, drafting_start_day=15)  # an instansi's own date
    assert _one(_tasks(ws, org.staff1, Role.PEGAWAI, settings=early), TaskKind.DRAFT_OWN_PLAN).year == 2027
    set_today(ws, dt.date(2026, 10, 1))
    task = _one(_tasks(ws, org.staff1, Role.PEGAWAI), TaskKind.DRAFT_OWN_PLAN)
    assert (task.year, task.due, task.urgency) == (2027, dt.date(2027, 1, 31), Urgency.LATER)


def test_no_period_no_plan_task(ws: Workspace) -> None:
    org = _org(ws, dt.date(2028, 3, 1))  # periods exist for 2025 and 2026 only
    assert _tasks(ws, org.staff1, Role.PEGAWAI) == []


# -- pengelola kinerja --------------------------------------------------------------------------


def test_the_pengelola_reviews_submitted_plans_in_scope_only(ws: Workspace) -> None:
    org = _org(ws)
    ws.org.grant_roles(
        [NewGrant(org.plt, "pengelola", org.opd_a), NewGrant(org.other, "subbagian", org.opd_b)]
    )
    mine = _plan(ws, org.staff1, org.period, status="diajukan")
    _plan(ws, org.other, org.period, status="diajukan")
    _plan(ws, org.staff2, org.period, status="direviu")
    for person in (org.kepala, org.kabid):
        _plan(ws, person, org.period, status="ditetapkan")

    review = _one(_tasks(ws, org.plt, Role.PENGELOLA), TaskKind.REVIEW_PLANS)
    assert (review.count, review.subjects, review.target) == (1, ("Staf Satu",), mine)
    assert (review.due, review.urgency, review.area) == (dt.date(2026, 1, 31), Urgency.OVERDUE, "skp")
    # the subbagian of Dinas B reviews theirs; the system actor sees the whole instansi
    assert _one(_tasks(ws, org.other, Role.SUBBAGIAN), TaskKind.REVIEW_PLANS).subjects == ("Orang B",)
    _office(ws)
    assert _one(_tasks(ws), TaskKind.REVIEW_PLANS).count == 2
    # a pegawai never sees it
    assert TaskKind.REVIEW_PLANS not in _kinds(_tasks(ws, org.plt, Role.PEGAWAI))

    _set_plan(ws, mine, status="direviu")  # reviewed: gone from the pengelola's list
    assert TaskKind.REVIEW_PLANS not in _kinds(_tasks(ws, org.plt, Role.PENGELOLA))


def test_fallback_drafts_after_the_second_week_of_january(ws: Workspace) -> None:
    org = _org(ws, dt.date(2026, 1, 14))
    ws.org.grant_roles(
        [NewGrant(org.plt, "pengelola", org.opd_a), NewGrant(org.other, "subbagian", org.opd_b)]
    )
    _plan(ws, org.kepala, org.period)
    _plan(ws, org.kabid, org.period)
    assert TaskKind.FALLBACK_DRAFTS not in _kinds(_tasks(ws, org.plt, Role.PENGELOLA))

    set_today(ws, dt.date(2026, 1, 15))
    task = _one(_tasks(ws, org.plt, Role.PENGELOLA), TaskKind.FALLBACK_DRAFTS)
    assert task.count == 3  # Staf Satu, Staf Dua and the pengelola themself; Dinas B is out of scope
    assert (task.due, task.urgency, task.target) == (dt.date(2026, 1, 31), Urgency.LATER, "")
    # a subbagian reviews but does not draft for others
    assert TaskKind.FALLBACK_DRAFTS not in _kinds(_tasks(ws, org.other, Role.SUBBAGIAN))

    _plan(ws, org.staff1, org.period)
    _plan(ws, org.plt, org.period)
    task = _one(_tasks(ws, org.plt, Role.PENGELOLA), TaskKind.FALLBACK_DRAFTS)
    assert (task.count, task.subjects, task.target) == (1, ("Staf Dua",), org.staff2)
    _office(ws)
    ws.org.delete_employee(org.staff2)  # no longer here: not counted
    assert TaskKind.FALLBACK_DRAFTS not in _kinds(_tasks(ws, org.plt, Role.PENGELOLA))


# -- the pejabat penilai -------------------------------------------------------------------------


def test_the_penilai_approves_reviewed_plans_of_their_subordinates_only(ws: Workspace) -> None:
    org = _org(ws)
    ws.org.grant_roles([NewGrant(org.plt, "pengelola", org.opd_a)])
    reviewed = _plan(ws, org.staff1, org.period, status="direviu")
    _plan(ws, org.staff2, org.period, status="diajukan")  # Dinas A has a pengelola: reviu first
    _plan(ws, org.kabid, org.period, status="ditetapkan")

    task = _one(_tasks(ws, org.kabid, Role.ATASAN), TaskKind.APPROVE_PLANS)
    assert (task.count, task.subjects, task.target, task.area) == (1, ("Staf Satu",), reviewed, "skp")
    assert task.due == dt.date(2026, 1, 31)
    # Kepala A is the atasan of Kabid, not of the staff; as a pegawai Kabid sees no approvals
    assert TaskKind.APPROVE_PLANS not in _kinds(_tasks(ws, org.kepala, Role.ATASAN))
    assert _kinds(_tasks(ws, org.kabid, Role.PEGAWAI)) <= OWN_KINDS

    # without a pengelola kinerja for the unit, a submitted plan goes to the penilai directly
    _office(ws)
    (grant,) = [g.id for g in ws.org.role_grants()]
    ws.org.revoke_role(grant)
    task = _one(_tasks(ws, org.kabid, Role.ATASAN), TaskKind.APPROVE_PLANS)
    assert task.count == 2 and task.subjects == ("Staf Dua", "Staf Satu") and task.target == ""

    _set_plan(ws, reviewed, status="ditetapkan")
    assert _one(_tasks(ws, org.kabid, Role.ATASAN), TaskKind.APPROVE_PLANS).subjects == ("Staf Dua",)


def test_a_plt_in_the_penilai_position_gets_the_penilai_tasks(ws: Workspace) -> None:
    org = _org(ws)
    plan = _plan(ws, org.staff1, org.period, status="direviu")
    # the penilai position, not the person named on the plan, decides (as access.is_penilai)
    ws.org.assign_acting(org.plt, "p-kabid", "plt", dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    task = _one(_tasks(ws, org.plt, Role.ATASAN), TaskKind.APPROVE_PLANS)
    assert task.target == plan
    set_today(ws, dt.date(2026, 7, 1))  # the assignment has ended
    assert Role.ATASAN not in {c.role for c in ws.role_choices(org.plt)}


def test_ended_periods_to_rate_until_an_assessment_is_added(ws: Workspace) -> None:
    org = _org(ws, dt.date(2026, 3, 31))
    plan = _plan(ws, org.staff1, org.period, status="ditetapkan")
    _plan(ws, org.staff2, org.period, status="draft")  # not ditetapkan: nothing to rate yet
    assert TaskKind.RATE_PERIOD not in _kinds(_tasks(ws, org.kabid, Role.ATASAN))  # TW1 not ended

    set_today(ws, TODAY)
    task = _one(_tasks(ws, org.kabid, Role.ATASAN), TaskKind.RATE_PERIOD)
    assert (task.periode, task.periode_label, task.year) == ("TW1", "Triwulan I", 2026)
    assert (task.due, task.urgency, task.area, task.target) == (
        dt.date(2026, 4, 10),
        Urgency.OVERDUE,
        "penilaian",
        plan,
    )
    assert task.subjects == ("Staf Satu",) and task.rule == "R-DEADLINES"
    # the [U] evaluation_days setting moves the due date
    late = _one(
        _tasks(ws, org.kabid, Role.ATASAN, settings=DeadlineSettings(evaluation_days=20)),
        TaskKind.RATE_PERIOD,
    )
    assert (late.due, late.urgency) == (dt.date(2026, 4, 20), Urgency.SOON)
    # someone else's atasan and the pegawai themself never see it
    assert TaskKind.RATE_PERIOD not in _kinds(_tasks(ws, org.kepala, Role.ATASAN))
    assert TaskKind.RATE_PERIOD not in _kinds(_tasks(ws, org.staff1, Role.PEGAWAI))

    ws.sign_in(org.kabid, Role.ATASAN)
    ws.rating.add_assessments([NewAssessment(plan, "TW1", "sesuai", "sesuai")])
    assert TaskKind.RATE_PERIOD not in _kinds(_tasks(ws, org.kabid, Role.ATASAN))


def test_monthly_periods_follow_the_years_frequency(ws: Workspace) -> None:
    org = _org(ws)
    _office(ws)
    ws.planning.add_period(2027, "bulanan")
    set_today(ws, dt.date(2027, 3, 5))
    _plan(ws, org.staff1, _period_of(ws, 2027), status="ditetapkan")
    tasks = [t for t in _tasks(ws, org.kabid, Role.ATASAN) if t.kind is TaskKind.RATE_PERIOD]
    assert [(t.periode, t.due) for t in tasks] == [
        ("BULAN-01", dt.date(2027, 2, 10)),
        ("BULAN-02", dt.date(2027, 3, 10)),
    ]
    assert [t.urgency for t in tasks] == [Urgency.OVERDUE, Urgency.SOON]


def test_the_akhir_rating_after_the_year_with_the_configured_date(ws: Workspace) -> None:
    org = _org(ws, dt.date(2026, 1, 20))
    plan = _plan(ws, org.staff1, org.last_year, status="ditetapkan")
    ws.sign_in(org.kabid, Role.ATASAN)
    ws.rating.add_assessments(
        [NewAssessment(plan, q, "sesuai", "sesuai") for q in ("TW1", "TW2", "TW3", "TW4")]
    )
    task = _one(_tasks(ws, org.kabid, Role.ATASAN), TaskKind.RATE_AKHIR)
    assert (task.year, task.periode, task.due, task.urgency) == (
        2025,
        "AKHIR",
        dt.date(2026, 2, 28),
        Urgency.LATER,
    )

    _office(ws)
    ws.settings.update({"deadline.akhir_month": 1, "deadline.akhir_day": 25})  # [U], read by the service
    task = _one(_tasks(ws, org.kabid, Role.ATASAN), TaskKind.RATE_AKHIR)
    assert (task.due, task.urgency) == (dt.date(2026, 1, 25), Urgency.SOON)

    ws.sign_in(org.kabid, Role.ATASAN)
    ws.rating.add_assessments([NewAssessment(plan, "AKHIR", "sesuai", "sesuai")])
    assert TaskKind.RATE_AKHIR not in _kinds(_tasks(ws, org.kabid, Role.ATASAN))


# -- results received, synchronisation, order ----------------------------------------------------


def test_a_result_received_opens_the_keberatan_window(ws: Workspace) -> None:
    org = _org(ws, dt.date(2026, 1, 20))
    plan = _plan(ws, org.staff1, org.last_year, status="ditetapkan")
    ws.sign_in(org.kabid, Role.ATASAN)
    ws.rating.add_assessments(
        [
            NewAssessment(
                plan, "AKHIR", "sesuai", "sesuai", status="final", assessed_on=dt.date(2026, 1, 20)
            ),
            NewAssessment(plan, "TW4", "sesuai", "sesuai", status="draft", assessed_on=dt.date(2026, 1, 20)),
        ]
    )
    task = _one(_tasks(ws, org.staff1, Role.PEGAWAI), TaskKind.KEBERATAN_WINDOW)
    assert (task.due, task.periode, task.periode_label, task.target) == (
        dt.date(2026, 2, 3),
        "AKHIR",
        "Akhir",
        plan,
    )
    assert task.area == "penilaian" and task.urgency is Urgency.LATER
    assert TaskKind.KEBERATAN_WINDOW not in _kinds(_tasks(ws, org.kabid, Role.ATASAN))  # not theirs
    set_today(ws, dt.date(2026, 2, 3))
    assert _one(_tasks(ws, org.staff1, Role.PEGAWAI), TaskKind.KEBERATAN_WINDOW).urgency is Urgency.TODAY
    set_today(ws, dt.date(2026, 2, 4))  # the 14 days are over
    assert TaskKind.KEBERATAN_WINDOW not in _kinds(_tasks(ws, org.staff1, Role.PEGAWAI))


def test_changes_and_bundles_waiting_for_the_sync_roles(ws: Workspace) -> None:
    org = _org(ws)
    ws.org.grant_roles([NewGrant(org.plt, "pengelola", org.opd_a)])
    task = _one(_tasks(ws, org.plt, Role.PENGELOLA), TaskKind.SEND_CHANGES)
    assert task.count == len(ws.ops()) and task.due is None and task.area == "sinkronisasi"
    assert TaskKind.SEND_CHANGES not in _kinds(_tasks(ws, org.plt, Role.PEGAWAI))
    assert TaskKind.APPLY_BUNDLES not in _kinds(_tasks(ws, org.plt, Role.PENGELOLA))
    with ws.store.transaction() as s:  # local bookkeeping, not synced
        for n, result in enumerate(("applied", "waiting-for-data", "refused")):
            s.add(
                BundleLog(
                    bundle_id=f"b{n}",
                    origin_node_id="other",
                    bundle_seq=n + 1,
                    sha256="0" * 64,
                    direction="in",
                    result=result,
                    at="2026-04-15T08:00:00",
                )
            )
    assert _one(_tasks(ws, org.plt, Role.PENGELOLA), TaskKind.APPLY_BUNDLES).count == 2


def test_overdue_first_then_by_due_date(ws: Workspace) -> None:
    org = _org(ws)
    ws.org.grant_roles([NewGrant(org.kabid, "pengelola", org.opd_a)])
    _plan(ws, org.staff1, org.period, status="diajukan")
    rated = _plan(ws, org.staff2, org.period, status="ditetapkan")
    tasks = _tasks(ws, org.kabid, Role.PENGELOLA)
    assert [t.kind for t in tasks] == [
        TaskKind.DRAFT_OWN_PLAN,  # 31 Jan, overdue
        TaskKind.REVIEW_PLANS,  # 31 Jan, overdue
        TaskKind.FALLBACK_DRAFTS,  # 31 Jan, overdue (Kepala A and Kabid have no plan)
        TaskKind.SEND_CHANGES,  # no due date: last
    ]
    tasks = _tasks(ws, org.kabid, Role.ATASAN, settings=DeadlineSettings(evaluation_days=30))
    assert [t.kind for t in tasks] == [TaskKind.DRAFT_OWN_PLAN, TaskKind.RATE_PERIOD]
    assert tasks[1].target == rated and tasks[1].urgency is Urgency.LATER
    dues = [t.due for t in tasks]
    assert dues == sorted(d for d in dues if d is not None)


def test_nobody_signed_in_has_no_tasks(ws: Workspace) -> None:
    _org(ws)
    ws.sign_out()
    assert TaskService(ws.store, ws.access).tasks() == []


def test_deadline_settings_from_the_workspace_values(ws: Workspace) -> None:
    assert deadline_settings_from(ws.settings.values()) == DeadlineSettings()
    ws.settings.update({"deadline.evaluation_days": 5, "deadline.akhir_day": 29})
    settings = deadline_settings_from(ws.settings.values())
    assert (settings.evaluation_days, settings.akhir_day, settings.akhir_month) == (5, 29, 2)
    assert deadline_settings_from({"deadline.evaluation_days": "x"}).evaluation_days == 10
    assert deadline_settings_from({}) == DeadlineSettings()
    with pytest.raises(SkpError) as refused:  # out of range: the setting refuses, nothing changes
        ws.settings.update({"deadline.evaluation_days": 0})
    assert refused.value.code is Code.RECORD_INVALID
    assert deadline_settings_from(ws.settings.values()).evaluation_days == 5


def test_tasks_on_the_demo_are_fast_and_role_bound(demo_folder: Path) -> None:
    with Workspace.open(demo_folder, actor=Actor.workspace()) as ws:
        set_today(ws, dt.date(2026, 4, 15))
        service = TaskService(ws.store, ws.access)
        started = time.perf_counter()
        everything = service.tasks()
        assert time.perf_counter() - started < 1.0  # tens of ms in practice; generous for CI
        assert TaskKind.REVIEW_PLANS in _kinds(everything)
        pengelola = next(g for g in ws.org.role_grants() if g.role == "pengelola")
        ws.sign_in(pengelola.employee_id, Role.PENGELOLA, pengelola.org_unit_id)
        scoped = service.tasks()
        review = [t.count for t in scoped if t.kind is TaskKind.REVIEW_PLANS]
        assert sum(review) <= _one(everything, TaskKind.REVIEW_PLANS).count


def _period_of(ws: Workspace, year: int) -> str:
    from sqlalchemy import select

    from skpdesk.models.tables import Period

    with ws.store.reading() as s:
        return str(s.execute(select(Period.id).where(Period.year == year)).scalar_one())
