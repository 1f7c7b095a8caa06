"""Roles are enforced by the services, not only by hidden buttons (domain.roles, services.access)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import Role
from skpdesk.services.access import Actor
from skpdesk.services.monitoring import NewFeedback
from skpdesk.services.org import NewEmployee, NewGrant, NewPosition, NewUnit
from skpdesk.services.planning import NewPlan, NewResult
from skpdesk.services.rating import NewAssessment
from skpdesk.services.workspace import Workspace

TODAY = dt.date(2026, 3, 2)


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
    kabid_pos: str
    staff_pos: str
    plan1: str
    plan_other: str


def _org(ws: Workspace) -> Org:
    ws.access.clock = lambda: TODAY
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
    period, _ = ws.planning.add_period(2026)
    (plan1, plan_other), _ = ws.planning.add_plans(
        [
            NewPlan(employee_id=people[2], period_id=period, results=(NewResult("Tersusunnya laporan"),)),
            NewPlan(employee_id=people[4], period_id=period, results=(NewResult("Terlaksananya layanan"),)),
        ]
    )
    return Org(
        a,
        b,
        people[0],
        people[1],
        people[2],
        people[3],
        people[4],
        people[5],
        "p-kabid",
        "p-staff",
        plan1,
        plan_other,
    )


def _ops(ws: Workspace) -> int:
    return len(ws.ops())


def _refused(ws: Workspace, code: Code, call: object, *args: object, **kwargs: object) -> None:
    before = _ops(ws)
    with pytest.raises(SkpError) as info:
        call(*args, **kwargs)  # type: ignore[operator]
    assert info.value.code is code, info.value
    assert _ops(ws) == before  # nothing written


def test_a_pegawai_cannot_reach_atasan_actions(ws: Workspace) -> None:
    org = _org(ws)
    ws.sign_in(org.staff1, Role.PEGAWAI, today=TODAY)
    rate = NewAssessment(org.plan1, "TW1", "sesuai", "sesuai")
    _refused(ws, Code.NOT_ALLOWED, ws.rating.add_assessments, [rate])
    feedback = NewFeedback(org.plan1, "Bagus", relation="atasan")
    _refused(ws, Code.NOT_ALLOWED, ws.monitoring.add_feedback, [feedback])
    _refused(ws, Code.NOT_ALLOWED, ws.org.add_unit, NewUnit("Bidang Baru", "bidang", parent_id=org.opd_a))
    _refused(ws, Code.NOT_ALLOWED, ws.rating.set_org_predikat, org.opd_a, _period(ws), "AKHIR", "baik")
    # and a pegawai cannot simply claim the atasan role
    _refused(ws, Code.ROLE_NOT_HELD, ws.sign_in, org.staff1, Role.ATASAN, None, TODAY)
    assert ws.access.actor is not None and ws.access.actor.role is Role.PEGAWAI


def test_a_pegawai_drafts_only_their_own_plan(ws: Workspace) -> None:
    org = _org(ws)
    period = _period(ws)
    ws.sign_in(org.staff2, Role.PEGAWAI, today=TODAY)
    ws.planning.add_plans([NewPlan(employee_id=org.staff2, period_id=period)])
    _refused(
        ws, Code.NOT_OWN_RECORD, ws.planning.add_plans, [NewPlan(employee_id=org.staff1, period_id=period)]
    )


def test_the_atasan_rates_only_their_own_subordinates(ws: Workspace) -> None:
    org = _org(ws)
    assert Role.ATASAN in {c.role for c in ws.role_choices(org.kabid, TODAY)}
    ws.sign_in(org.kabid, Role.ATASAN, today=TODAY)
    ids, _ = ws.rating.add_assessments([NewAssessment(org.plan1, "TW1", "di-atas", "sesuai")])
    assert len(ids) == 1
    _refused(
        ws,
        Code.NOT_PENILAI,
        ws.rating.add_assessments,
        [NewAssessment(org.plan_other, "TW1", "sesuai", "sesuai")],
    )
    # rating in someone else's name is refused too
    forged = NewAssessment(org.plan1, "TW2", "sesuai", "sesuai", assessed_by_employee_id=org.kepala)
    _refused(ws, Code.NOT_PENILAI, ws.rating.add_assessments, [forged])
    # the atasan's feedback is recorded as theirs
    ws.monitoring.add_feedback([NewFeedback(org.plan1, "Laporan tepat waktu", relation="atasan")])


def test_a_plt_in_the_atasan_position_may_rate(ws: Workspace) -> None:
    org = _org(ws)
    ws.org.assign_acting(org.plt, org.kabid_pos, "plt", dt.date(2026, 2, 1), dt.date(2026, 6, 30))
    assert Role.ATASAN in {c.role for c in ws.role_choices(org.plt, TODAY)}
    ws.sign_in(org.plt, Role.ATASAN, today=TODAY)
    ws.rating.add_assessments([NewAssessment(org.plan1, "TW1", "sesuai", "sesuai")])
    # after the assignment ends the role is gone
    assert Role.ATASAN not in {c.role for c in ws.role_choices(org.plt, dt.date(2026, 7, 1))}


def test_pengelola_kinerja_works_within_their_unit_only(ws: Workspace) -> None:
    org = _org(ws)
    ws.org.grant_roles([NewGrant(org.staff2, "pengelola", org.opd_a)])
    ws.sign_in(org.staff2, Role.PENGELOLA, today=TODAY)
    assert ws.access.actor is not None and ws.access.actor.scope_unit_id == org.opd_a
    ws.org.add_employee(NewEmployee("199507072019032007", "Pegawai Baru", position_id="p-staff2"))
    _refused(
        ws,
        Code.OUT_OF_SCOPE,
        ws.org.add_employee,
        NewEmployee("199608082020012008", "Di Dinas B", position_id="p-other"),
    )
    _refused(ws, Code.OUT_OF_SCOPE, ws.org.update_employee, org.other, name="Ganti Nama")
    # reviewing is theirs, rating is not
    _refused(
        ws, Code.NOT_ALLOWED, ws.rating.add_assessments, [NewAssessment(org.plan1, "TW1", "sesuai", "sesuai")]
    )
    # moving someone out of scope into the unit is refused, as is granting roles
    _refused(ws, Code.NOT_ALLOWED, ws.org.grant_roles, [NewGrant(org.staff1, "pengelola", org.opd_a)])


def test_nobody_signed_in_writes_nothing(ws: Workspace) -> None:
    org = _org(ws)
    ws.sign_out()
    _refused(ws, Code.NO_USER, ws.org.update_employee, org.staff1, name="X")


def test_first_person_sets_up_a_workspace_without_grants(ws: Workspace) -> None:
    org = _org(ws)
    assert Role.PUSAT in {c.role for c in ws.role_choices(None, TODAY)}
    ws.sign_in(org.kepala, Role.PUSAT, today=TODAY)
    ws.org.grant_roles([NewGrant(org.kepala, "pusat")])
    # once roles are granted nobody else becomes pusat by asking
    assert Role.PUSAT not in {c.role for c in ws.role_choices(org.staff1, TODAY)}
    assert Role.PUSAT not in {c.role for c in ws.role_choices(None, TODAY)}
    _refused(ws, Code.ROLE_NOT_HELD, ws.sign_in, org.staff1, Role.PUSAT, None, TODAY)
    # pusat manages the organisation but does not rate in the penilai's name
    ws.sign_in(org.kepala, Role.PUSAT, today=TODAY)
    ws.org.rename_unit(org.opd_b, "Dinas B Baru")
    _refused(
        ws, Code.NOT_ALLOWED, ws.rating.add_assessments, [NewAssessment(org.plan1, "TW1", "sesuai", "sesuai")]
    )


def test_nobody_rates_their_own_plan(ws: Workspace) -> None:
    org = _org(ws)
    (own,), _ = ws.planning.add_plans(
        [NewPlan(employee_id=org.kabid, period_id=_period(ws), penilai_employee_id=org.kabid)]
    )
    ws.sign_in(org.kabid, Role.ATASAN, today=TODAY)
    _refused(ws, Code.NOT_PENILAI, ws.rating.add_assessments, [NewAssessment(own, "TW1", "sesuai", "sesuai")])


def test_the_demo_grants_each_role(demo_folder: object) -> None:
    with Workspace.open(demo_folder, actor=Actor.workspace()) as ws:  # type: ignore[arg-type]
        grants = ws.org.role_grants()
    roles = {g.role for g in grants}
    assert roles == {"pusat", "fasilitator", "pengelola", "subbagian"}
    pengelola_units = [g.org_unit_id for g in grants if g.role == "pengelola"]
    assert len(pengelola_units) == len(set(pengelola_units)) >= 20  # one per OPD


def _period(ws: Workspace) -> str:
    from sqlalchemy import select

    from skpdesk.models.tables import Period

    with ws.store.reading() as s:
        return str(s.execute(select(Period.id)).scalar_one())
