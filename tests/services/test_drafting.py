"""Drafting, reviu and penetapan through the services (R-LIFECYCLE, R-REVIU): the workflow, the
refusals of bad input (each leaves the op log as it was), reuse, and the diff after penetapan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.plan import PlanStatus
from skpdesk.domain.roles import Role
from skpdesk.services.drafting import FieldNote, Judgement, canonical_target, parse_target
from skpdesk.services.org import NewEmployee, NewGrant, NewPosition, NewUnit
from skpdesk.services.planning import NewGoal, NewIndicator, NewPlan, NewResult
from skpdesk.services.workspace import Workspace

TODAY = dt.date(2026, 1, 8)


@dataclass
class Office:
    period: str
    last_period: str
    kepala: str
    kabid: str
    staff: str
    colleague: str
    loner: str
    pengelola: str
    kabid_plan: str
    kabid_rhk: tuple[str, str]
    goal: str


def _office(ws: Workspace) -> Office:
    ws.access.clock = lambda: TODAY
    ws.org.add_units(
        [
            NewUnit("Pemkab Uji", "instansi", id="u-root"),
            NewUnit("Dinas A", "opd", parent_id="u-root", id="u-a"),
            NewUnit("Bidang Umum", "bidang", parent_id="u-a", id="u-bid"),
        ]
    )
    ws.org.add_positions(
        [
            NewPosition("Kepala Dinas A", "u-a", "jpt-pratama", is_head=True, id="p-kep"),
            NewPosition(
                "Kepala Bidang Umum", "u-bid", "administrator", atasan_position_id="p-kep", id="p-kabid"
            ),
            NewPosition(
                "Analis Kepegawaian", "u-bid", "ahli-pertama", atasan_position_id="p-kabid", id="p-an1"
            ),
            NewPosition(
                "Analis Kepegawaian", "u-bid", "ahli-pertama", atasan_position_id="p-kabid", id="p-an2"
            ),
            NewPosition("Pengadministrasi Umum", "u-bid", "pelaksana", id="p-loner"),
            NewPosition("Pengelola Kinerja", "u-a", "pelaksana", atasan_position_id="p-kep", id="p-pk"),
        ]
    )
    people, _ = ws.org.add_employees(
        [
            NewEmployee("197001012000011001", "Kepala A", "IV/c", position_id="p-kep"),
            NewEmployee("197502022001012002", "Kabid", "IV/a", position_id="p-kabid"),
            NewEmployee("199003032015031003", "Staf Satu", "III/a", position_id="p-an1"),
            NewEmployee("199104042016032004", "Staf Dua", "III/a", position_id="p-an2"),
            NewEmployee("198805052012011005", "Sendiri", "II/c", position_id="p-loner"),
            NewEmployee("198206062009011006", "Pengelola", "III/c", position_id="p-pk"),
        ]
    )
    ws.org.grant_roles([NewGrant(people[5], "pengelola", "u-a")])
    last, _ = ws.planning.add_period(2025)
    period, _ = ws.planning.add_period(2026)
    (goal,), _ = ws.planning.add_goals([NewGoal("Meningkatnya kualitas ASN", "u-a", period, id="g-1")])
    (kabid_plan, _old), _ = ws.planning.add_plans(
        [
            NewPlan(
                employee_id=people[1],
                period_id=period,
                penilai_employee_id=people[0],
                results=(
                    NewResult("Tersedianya data pegawai yang mutakhir", parent_goal_id=goal, id="r-k1"),
                    NewResult(
                        "Terselesaikannya layanan kenaikan pangkat tepat waktu",
                        parent_goal_id=goal,
                        id="r-k2",
                    ),
                ),
            ),
            NewPlan(
                employee_id=people[2],
                period_id=last,
                penilai_employee_id=people[1],
                results=(
                    NewResult(
                        "Tersusunnya laporan analisis jabatan yang akurat",
                        indicators=(
                            NewIndicator("Jumlah laporan analisis jabatan", "kuantitas", "2", "laporan"),
                        ),
                    ),
                ),
            ),
        ]
    )
    return Office(period, last, *people, kabid_plan, ("r-k1", "r-k2"), goal)


def _ops(ws: Workspace) -> int:
    return len(ws.ops())


def _refused(ws: Workspace, code: Code, call: object, *args: object, **kwargs: object) -> None:
    before = _ops(ws)
    with pytest.raises(SkpError) as info:
        call(*args, **kwargs)  # type: ignore[operator]
    assert info.value.code is code, info.value
    assert _ops(ws) == before  # nothing written


def _good_plan(ws: Workspace, o: Office) -> str:
    """Staf Satu's plan, started from the atasan's results, made correct."""
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    plan_id, _ = ws.drafting.create_plan(o.staff, o.period, start_from="atasan")
    snap = ws.drafting.snapshot(plan_id)
    texts = (
        "Tersedianya rekap data pegawai bidang yang lengkap",
        "Tersusunnya usulan kenaikan pangkat yang tepat waktu",
    )
    for result, text in zip(snap.results, texts, strict=True):
        ws.drafting.update_result(result.id, text=text)
        ws.drafting.add_indicator(
            result.id,
            "Jumlah dokumen yang diselesaikan",
            aspek="kuantitas",
            target_value="12",
            target_unit="dokumen",
        )
    return plan_id


def test_parse_target_reads_indonesian_and_plain_decimals() -> None:
    assert parse_target("12") == Decimal(12)
    assert parse_target("97,5") == Decimal("97.5")
    assert parse_target("1.234,5") == Decimal("1234.5")
    assert parse_target("1.234") == Decimal(1234)
    assert parse_target("97.5") == Decimal("97.5")
    assert parse_target("100%") == Decimal(100)
    assert canonical_target(" 97,50 ") == "97.5"
    for bad in ("abc", "12 dokumen", "1,2,3", "", "--1"):
        with pytest.raises(SkpError) as info:
            parse_target(bad)
        assert info.value.code is Code.TARGET_NOT_NUMBER


def test_create_from_the_atasan_links_every_rhk_utama(ws: Workspace) -> None:
    o = _office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    plan_id, changes = ws.drafting.create_plan(o.staff, o.period, start_from="atasan")
    snap = ws.drafting.snapshot(plan_id)
    assert snap.status is PlanStatus.DRAFT and snap.kind.value == "ja-jf"
    assert [r.parent_result_id for r in snap.results] == list(o.kabid_rhk)
    assert len(snap.ekspektasi) == 7  # one row per BerAKHLAK value, empty
    header = ws.drafting.header(plan_id)
    assert header.penilai_employee_id == o.kabid and header.stage == 1
    assert changes
    # the same person, year and jabatan again
    _refused(ws, Code.PLAN_EXISTS, ws.drafting.create_plan, o.staff, o.period)


def test_plans_that_cannot_be_started_say_why(ws: Workspace) -> None:
    o = _office(ws)
    ws.sign_in(o.loner, Role.PEGAWAI, today=TODAY)
    _refused(ws, Code.PLAN_NO_ATASAN, ws.drafting.create_plan, o.loner, o.period)
    ws.sign_in(o.colleague, Role.PEGAWAI, today=TODAY)
    _refused(ws, Code.PLAN_NO_SOURCE, ws.drafting.create_plan, o.colleague, o.period, start_from="last-year")
    _refused(ws, Code.UNKNOWN_VALUE, ws.drafting.create_plan, o.colleague, o.period, start_from="somewhere")
    # someone else's plan is not a pegawai's to start
    _refused(ws, Code.NOT_OWN_RECORD, ws.drafting.create_plan, o.staff, o.period)


def test_atasan_without_a_plan_is_named(ws: Workspace) -> None:
    o = _office(ws)
    ws.sign_in(o.kabid, Role.PEGAWAI, today=TODAY)
    # the kabid has a plan already; the pengelola's atasan (the kepala) has none
    _refused(ws, Code.PLAN_EXISTS, ws.drafting.create_plan, o.kabid, o.period, start_from="atasan")
    ws.sign_in(o.pengelola, Role.PEGAWAI, today=TODAY)
    _refused(ws, Code.ATASAN_NO_PLAN, ws.drafting.create_plan, o.pengelola, o.period, start_from="atasan")


def test_bad_fields_are_refused_in_place(ws: Workspace) -> None:
    o = _office(ws)
    plan_id = _good_plan(ws, o)
    snap = ws.drafting.snapshot(plan_id)
    result, indicator = snap.results[0], snap.results[0].indicators[0]
    _refused(ws, Code.RHK_EMPTY, ws.drafting.update_result, result.id, text="   ")
    _refused(ws, Code.RHK_EMPTY, ws.drafting.add_result, plan_id, "")
    _refused(ws, Code.RHK_PARENT_INVALID, ws.drafting.update_result, result.id, parent_result_id=result.id)
    _refused(ws, Code.TARGET_NOT_NUMBER, ws.drafting.update_indicator, indicator.id, target_value="dua belas")
    _refused(ws, Code.UNKNOWN_VALUE, ws.drafting.update_indicator, indicator.id, aspek="kecepatan")
    ws.drafting.update_indicator(indicator.id, target_value="97,5")
    assert ws.drafting.snapshot(plan_id).results[0].indicators[0].target_value == "97.5"
    assert ws.drafting.snapshot(plan_id).results[0].text == result.text


def test_submit_needs_a_plan_without_errors_and_only_once(ws: Workspace) -> None:
    o = _office(ws)
    ws.sign_in(o.colleague, Role.PEGAWAI, today=TODAY)
    plan_id, _ = ws.drafting.create_plan(o.colleague, o.period)
    _refused(ws, Code.PLAN_HAS_ERRORS, ws.drafting.submit, plan_id)  # no RHK at all (K1)
    rid, _ = ws.drafting.add_result(plan_id, "Tersedianya rekap cuti pegawai yang akurat")
    ws.drafting.add_indicator(rid, "Jumlah rekap cuti", aspek="kuantitas", target_value="12")
    _refused(ws, Code.PLAN_HAS_ERRORS, ws.drafting.submit, plan_id)  # no intervensi (L10), no unit (K4)
    ws.drafting.update_result(rid, parent_result_id=o.kabid_rhk[0])
    iid = ws.drafting.snapshot(plan_id).results[0].indicators[0].id
    ws.drafting.update_indicator(iid, target_unit="rekap")
    ws.drafting.submit(plan_id)
    assert ws.drafting.header(plan_id).status is PlanStatus.DIAJUKAN
    _refused(ws, Code.PLAN_STATUS, ws.drafting.submit, plan_id)
    _refused(ws, Code.PLAN_LOCKED, ws.drafting.update_result, rid, text="Tersedianya rekap lain")


def test_reviu_penetapan_and_changes_after_it(ws: Workspace) -> None:
    o = _office(ws)
    plan_id = _good_plan(ws, o)
    ws.drafting.submit(plan_id)
    # the pengelola kinerja reviews: judged rows must be answered
    ws.sign_in(o.pengelola, Role.PENGELOLA, today=TODAY)
    rows = ws.drafting.checklist(plan_id)
    assert [r.id for r in rows][:1] == ["A1"]
    judged = [r.id for r in rows if not r.computed]
    if judged:
        _refused(ws, Code.REVIU_INCOMPLETE, ws.drafting.review, plan_id, [])
    ws.drafting.review(plan_id, [Judgement(j, True, "ok") for j in judged], "Rapi")
    assert ws.drafting.header(plan_id).status is PlanStatus.DIREVIU
    assert {n.check_id for n in ws.drafting.notes(plan_id) if n.kind == "reviu" and n.check_id} == {
        r.id for r in rows
    }
    # nobody approves their own plan; the pengelola is not the penilai
    _refused(ws, Code.NOT_ALLOWED, ws.drafting.approve, plan_id)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    _refused(ws, Code.PLAN_OWN_APPROVAL, ws.drafting.approve, plan_id)
    ws.sign_in(o.kabid, Role.ATASAN, today=TODAY)
    ws.drafting.approve(plan_id)
    header = ws.drafting.header(plan_id)
    assert header.status is PlanStatus.DITETAPKAN and header.approved_on == TODAY
    assert header.approved_hash == header.content_hash and not header.changed_after_approval
    assert ws.drafting.approved_diff(plan_id) == []
    # a later edit by the pegawai shows, with the diff against the approved version
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    rid = ws.drafting.snapshot(plan_id).results[0].id
    ws.drafting.update_result(rid, text="Tersedianya rekap data pegawai bidang yang lengkap dan mutakhir")
    header = ws.drafting.header(plan_id)
    assert header.changed_after_approval
    assert [r.changed_after_approval for r in ws.drafting.own_plans() if r.id == plan_id] == [True]
    diff = ws.drafting.approved_diff(plan_id)
    assert [(d.what, d.change, d.field) for d in diff] == [("result", "changed", "text")]
    assert diff[0].before == "Tersedianya rekap data pegawai bidang yang lengkap"
    ws.drafting.submit(plan_id)  # set again through the workflow
    assert ws.drafting.header(plan_id).status is PlanStatus.DIAJUKAN


def test_a_returned_plan_carries_notes_to_the_fields(ws: Workspace) -> None:
    o = _office(ws)
    plan_id = _good_plan(ws, o)
    ws.drafting.submit(plan_id)
    rid = ws.drafting.snapshot(plan_id).results[1].id
    ws.sign_in(o.pengelola, Role.PENGELOLA, today=TODAY)
    _refused(ws, Code.RECORD_INVALID, ws.drafting.return_plan, plan_id, [FieldNote("  ")])
    ws.drafting.return_plan(plan_id, [FieldNote("Sebutkan hasilnya", result_id=rid, field="text")])
    assert ws.drafting.header(plan_id).status is PlanStatus.DIKEMBALIKAN
    open_notes = ws.drafting.notes(plan_id, open_only=True)
    assert [(n.result_id, n.field, n.text) for n in open_notes] == [(rid, "text", "Sebutkan hasilnya")]
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    ws.drafting.update_result(rid, text="Tersusunnya usulan kenaikan pangkat yang lengkap dan tepat waktu")
    ws.drafting.submit(plan_id)
    assert ws.drafting.notes(plan_id, open_only=True) == []


def test_ekspektasi_is_the_atasans_to_write(ws: Workspace) -> None:
    o = _office(ws)
    plan_id = _good_plan(ws, o)
    _refused(ws, Code.NOT_ALLOWED, ws.drafting.set_ekspektasi, plan_id, "akuntabel", "Jujur")
    ws.sign_in(o.kabid, Role.ATASAN, today=TODAY)
    ws.drafting.set_ekspektasi(plan_id, "akuntabel", "Laporan tepat waktu setiap bulan")
    assert ws.drafting.snapshot(plan_id).ekspektasi["akuntabel"] == "Laporan tepat waktu setiap bulan"
    _refused(ws, Code.UNKNOWN_VALUE, ws.drafting.set_ekspektasi, plan_id, "cerdas", "x")


def test_reuse_last_year_and_a_colleague(ws: Workspace) -> None:
    o = _office(ws)
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    sources = ws.drafting.reuse_sources(o.staff, o.period)
    assert sources.last_year_plan_id is not None and sources.atasan_plan_id == o.kabid_plan
    plan_id, _ = ws.drafting.create_plan(o.staff, o.period, start_from="last-year")
    snap = ws.drafting.snapshot(plan_id)
    assert [r.text for r in snap.results] == ["Tersusunnya laporan analisis jabatan yang akurat"]
    assert snap.results[0].indicators[0].target_unit == "laporan"
    ws.sign_in(o.colleague, Role.PEGAWAI, today=TODAY)
    colleagues = ws.drafting.reuse_sources(o.colleague, o.period).colleague_plans
    assert [c.id for c in colleagues] == [plan_id]
    copy_id, _ = ws.drafting.create_plan(
        o.colleague, o.period, start_from="colleague", source_plan_id=plan_id
    )
    assert [r.text for r in ws.drafting.snapshot(copy_id).results] == [r.text for r in snap.results]


def test_annex_lists_replace_and_undo_restores(ws: Workspace) -> None:
    o = _office(ws)
    plan_id = _good_plan(ws, o)
    ws.drafting.set_annex(plan_id, "sumber-daya", ["Laptop", "", "Akses SIASN"])
    assert ws.drafting.snapshot(plan_id).annex["sumber-daya"] == ("Laptop", "Akses SIASN")
    ws.drafting.set_annex(plan_id, "sumber-daya", ["Akses SIASN"])
    assert ws.drafting.snapshot(plan_id).annex["sumber-daya"] == ("Akses SIASN",)
    rid = ws.drafting.snapshot(plan_id).results[0].id
    ws.drafting.delete_result(rid)
    assert rid not in [r.id for r in ws.drafting.snapshot(plan_id).results]
    ws.drafting.restore_result(rid)
    assert ws.drafting.snapshot(plan_id).results[0].id == rid
    ws.drafting.update_plan(plan_id, stage=4)
    assert ws.drafting.header(plan_id).stage == 4


def test_clinic_lists_people_top_down(ws: Workspace) -> None:
    o = _office(ws)
    _good_plan(ws, o)
    ws.sign_in(o.pengelola, Role.PENGELOLA, scope_unit_id="u-a", today=TODAY)
    people = ws.drafting.clinic("u-a", o.period)
    names = [p.name for p in people]
    assert names.index("Kepala A") < names.index("Kabid") < names.index("Staf Satu")
    staff = next(p for p in people if p.name == "Staf Satu")
    assert staff.plan_id is not None and staff.status is PlanStatus.DRAFT
    assert next(p for p in people if p.name == "Staf Dua").plan_id is None


def test_fallback_drafts_fill_the_unit_in_one_action(ws: Workspace) -> None:
    o = _office(ws)
    ws.sign_in(o.pengelola, Role.PENGELOLA, scope_unit_id="u-a", today=TODAY)
    made, changes = ws.drafting.fallback_drafts("u-a", o.period)
    assert changes
    by_person = {ws.drafting.header(p).employee_id: ws.drafting.snapshot(p) for p in made}
    # staff start from the kabid's RHK; the kepala (no atasan in the workspace) gets an empty JPT plan;
    # the loner without an atasan is left out
    assert [r.parent_result_id for r in by_person[o.staff].results] == list(o.kabid_rhk)
    assert by_person[o.kepala].results == () and by_person[o.kepala].kind.value == "jpt"
    assert o.loner not in by_person and o.kabid not in by_person
    again, _ = ws.drafting.fallback_drafts("u-a", o.period)
    assert again == []
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    _refused(ws, Code.NOT_ALLOWED, ws.drafting.fallback_drafts, "u-a", o.period)
