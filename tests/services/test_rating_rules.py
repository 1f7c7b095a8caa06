"""Rating by the pejabat penilai (R-RATING, R-MATRIX, R-PERIODIC, R-ORG-PREDIKAT): one record per
plan and periode, the predikat from the matrix, AKHIR on its own, the JPT rule, and every refusal
(a clear code, nothing written). The small office here is shared by test_feedback and
test_keberatan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.predikat import Predikat, PredikatOrganisasi, Rating
from skpdesk.domain.roles import Role
from skpdesk.models.base import Base
from skpdesk.models.recorder import Recorder
from skpdesk.models.tables import Evidence, Progress
from skpdesk.services.access import Actor
from skpdesk.services.org import NewEmployee, NewGrant, NewPosition, NewUnit
from skpdesk.services.planning import NewIndicator, NewPlan, NewResult
from skpdesk.services.rating import BASIS_ORG_PREDIKAT, NewAssessment
from skpdesk.services.workspace import Workspace

SET_UP_DAY = dt.date(2025, 1, 20)


@dataclass
class Office:
    period: str
    sekda: str
    kepala: str
    kabid: str
    staff: str
    colleague: str
    operator: str
    loner: str
    pengelola: str
    staff_plan: str
    kabid_plan: str
    kepala_plan: str
    colleague_plan: str  # still a draft
    operator_plan: str  # 1 July – 31 December (a mid-year start)
    rhk: tuple[str, str]  # the staff plan's RHK
    iki: tuple[str, str]  # one IKI under each
    kabid_rhk: str


def build_office(ws: Workspace) -> Office:
    """Sekda → Kepala Dinas A (JPT, head of Dinas A) → Kabid → two analysts → an operator under
    the first analyst; a pengelola under the kepala; a loner in another OPD. Plans of 2025."""
    at(ws, SET_UP_DAY)
    ws.org.add_units(
        [
            NewUnit("Pemkab Uji", "instansi", id="u-root"),
            NewUnit("Dinas A", "opd", parent_id="u-root", id="u-a"),
            NewUnit("Bidang Umum", "bidang", parent_id="u-a", id="u-bid"),
            NewUnit("Dinas B", "opd", parent_id="u-root", id="u-b"),
        ]
    )
    ws.org.add_positions(
        [
            NewPosition("Sekretaris Daerah", "u-root", "jpt-madya", is_head=True, id="p-sek"),
            NewPosition(
                "Kepala Dinas A", "u-a", "jpt-pratama", atasan_position_id="p-sek", is_head=True, id="p-kep"
            ),
            NewPosition(
                "Kepala Bidang Umum", "u-bid", "administrator", atasan_position_id="p-kep", id="p-kabid"
            ),
            NewPosition(
                "Analis Kepegawaian", "u-bid", "ahli-pertama", atasan_position_id="p-kabid", id="p-an1"
            ),
            NewPosition(
                "Analis Kepegawaian", "u-bid", "ahli-pertama", atasan_position_id="p-kabid", id="p-an2"
            ),
            NewPosition("Operator Data", "u-bid", "pelaksana", atasan_position_id="p-an1", id="p-op"),
            NewPosition("Pengadministrasi Umum", "u-b", "pelaksana", id="p-loner"),
            NewPosition("Pengelola Kinerja", "u-a", "pelaksana", atasan_position_id="p-kep", id="p-pk"),
        ]
    )
    people, _ = ws.org.add_employees(
        [
            NewEmployee("196801011990031001", "Sekda", "IV/d", position_id="p-sek"),
            NewEmployee("197001012000011001", "Kepala A", "IV/c", position_id="p-kep"),
            NewEmployee("197502022001012002", "Kabid", "IV/a", position_id="p-kabid"),
            NewEmployee("199003032015031003", "Staf Satu", "III/a", position_id="p-an1"),
            NewEmployee("199104042016032004", "Staf Dua", "III/a", position_id="p-an2"),
            NewEmployee("199505052019031005", "Operator", "II/c", position_id="p-op"),
            NewEmployee("198805052012011005", "Sendiri", "II/c", position_id="p-loner"),
            NewEmployee("198206062009011006", "Pengelola", "III/c", position_id="p-pk"),
        ]
    )
    sekda, kepala, kabid, staff, colleague, operator, loner, pengelola = people
    ws.org.grant_roles([NewGrant(pengelola, "pengelola", "u-a")])
    period, _ = ws.planning.add_period(2025)

    def plan(employee: str, penilai: str, results: tuple[NewResult, ...], **extra: Any) -> NewPlan:
        values: dict[str, Any] = {"status": "ditetapkan", "approved_on": SET_UP_DAY} | extra
        return NewPlan(
            employee_id=employee, period_id=period, penilai_employee_id=penilai, results=results, **values
        )

    ids, _ = ws.planning.add_plans(
        [
            plan(
                staff,
                kabid,
                (
                    NewResult(
                        "Tersusunnya laporan analisis jabatan yang akurat",
                        indicators=(
                            NewIndicator("Jumlah laporan analisis jabatan", "kuantitas", "4", "laporan"),
                        ),
                        id="r-s1",
                    ),
                    NewResult(
                        "Tersedianya data pegawai yang mutakhir",
                        indicators=(NewIndicator("Persentase data pegawai mutakhir", "kualitas", "95", "%"),),
                        id="r-s2",
                    ),
                ),
            ),
            plan(kabid, kepala, (NewResult("Terselesaikannya layanan kepegawaian tepat waktu", id="r-k1"),)),
            plan(kepala, sekda, (NewResult("Meningkatnya kualitas pelayanan Dinas A", id="r-j1"),)),
            plan(
                colleague,
                kabid,
                (NewResult("Tersusunnya peta jabatan yang lengkap", id="r-c1"),),
                status="draft",
            ),
            plan(
                operator,
                staff,
                (NewResult("Terinputnya data kepegawaian yang lengkap", id="r-o1"),),
                start_date=dt.date(2025, 7, 1),
            ),
        ]
    )
    staff_plan, kabid_plan, kepala_plan, colleague_plan, operator_plan = ids
    snap = ws.drafting.snapshot(staff_plan)
    iki = tuple(r.indicators[0].id for r in snap.results)
    return Office(
        period,
        sekda,
        kepala,
        kabid,
        staff,
        colleague,
        operator,
        loner,
        pengelola,
        staff_plan,
        kabid_plan,
        kepala_plan,
        colleague_plan,
        operator_plan,
        ("r-s1", "r-s2"),
        (iki[0], iki[1]),
        "r-k1",
    )


def at(ws: Workspace, day: dt.date) -> None:
    ws.access.clock = lambda: day


def as_(ws: Workspace, employee: str, role: Role, day: dt.date | None = None) -> None:
    if day is not None:
        at(ws, day)
    ws.sign_in(employee, role)


def as_workspace(ws: Workspace) -> None:
    ws.access.actor = Actor.workspace()


def refused(ws: Workspace, code: Code, call: Any, *args: Any, **kwargs: Any) -> SkpError:
    """The call raises ``code`` and writes nothing (the op log is as it was)."""
    before = len(ws.ops())
    with pytest.raises(SkpError) as info:
        call(*args, **kwargs)
    assert info.value.code is code, info.value
    assert len(ws.ops()) == before
    return info.value


def insert(ws: Workspace, model: type[Base], **values: Any) -> str:
    """A row written as another service would (progress, evidence: not this feature's calls)."""
    with ws.store.transaction() as s:
        return Recorder(s, ws.store.node).insert(model, **values)


# -- tests ----------------------------------------------------------------------------------------


def test_rate_is_one_record_per_periode_and_the_predikat_follows_the_matrix(ws: Workspace) -> None:
    o = build_office(ws)
    day = dt.date(2025, 4, 7)
    as_(ws, o.kabid, Role.ATASAN, day)
    first, changes = ws.rating.rate(o.staff_plan, "TW1", "di-atas", "Sesuai Ekspektasi", note=" cukup ")
    assert changes
    [row] = ws.rating.assessments(o.staff_plan)
    assert (row.id, row.periode, row.label, row.status) == (first, "TW1", "Triwulan I", "draft")
    assert (row.rating_hasil_kerja, row.rating_perilaku) == (
        Rating.DI_ATAS_EKSPEKTASI,
        Rating.SESUAI_EKSPEKTASI,
    )
    assert row.predikat is Predikat.BAIK and row.note == "cukup" and row.keberatan_until is None
    assert row.assessed_by_employee_id == o.kabid and row.assessed_on == day and row.basis == ""
    # the draft is updated in place, made final; "tw1" is read as TW1
    again, _ = ws.rating.rate(o.staff_plan, "tw1", "di-atas", "di-atas", final=True)
    assert again == first
    [row] = ws.rating.assessments(o.staff_plan)
    assert row.final and row.predikat is Predikat.SANGAT_BAIK
    assert row.keberatan_until == day + dt.timedelta(days=14)  # R-DEADLINES [P]
    # every cell of R-MATRIX, through the service
    expected = {
        ("di-atas", "di-bawah"): Predikat.KURANG_MISCONDUCT,
        ("sesuai", "sesuai"): Predikat.BAIK,
        ("di-bawah", "di-atas"): Predikat.BUTUH_PERBAIKAN,
        ("di-bawah", "di-bawah"): Predikat.SANGAT_KURANG,
    }
    at(ws, dt.date(2025, 7, 1))
    for (hasil, perilaku), want in expected.items():
        ws.rating.rate(o.staff_plan, "TW2", hasil, perilaku)
        assert {r.periode: r.predikat for r in ws.rating.assessments(o.staff_plan)}["TW2"] is want
    assert len(ws.rating.assessments(o.staff_plan)) == 2


def test_a_final_rating_changes_only_after_reopening(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.kabid, Role.ATASAN, dt.date(2025, 4, 7))
    record, _ = ws.rating.rate(o.staff_plan, "TW1", "sesuai", "sesuai", final=True)
    refused(ws, Code.RATE_FINAL, ws.rating.rate, o.staff_plan, "TW1", "di-atas", "sesuai")
    assert ws.rating.assessments(o.staff_plan)[0].predikat is Predikat.BAIK
    ws.rating.reopen(record)
    assert ws.rating.assessments(o.staff_plan)[0].status == "draft"
    refused(ws, Code.RATE_NOT_FINAL, ws.rating.reopen, record)
    ws.rating.rate(o.staff_plan, "TW1", "di-atas", "di-atas", final=True)
    [row] = ws.rating.assessments(o.staff_plan)
    assert (row.id, row.predikat, row.status) == (record, Predikat.SANGAT_BAIK, "final")
    # only the penilai reopens
    as_(ws, o.kepala, Role.ATASAN)
    refused(ws, Code.NOT_PENILAI, ws.rating.reopen, record)
    refused(ws, Code.RECORD_NOT_FOUND, ws.rating.reopen, "no-such-id")


def test_only_the_plans_penilai_rates_and_nobody_rates_themselves(ws: Workspace) -> None:
    o = build_office(ws)
    day = dt.date(2025, 4, 7)
    as_(ws, o.staff, Role.PEGAWAI, day)
    refused(ws, Code.RATE_OWN, ws.rating.rate, o.staff_plan, "TW1", "sesuai", "sesuai")
    as_(ws, o.kabid, Role.ATASAN)
    refused(ws, Code.RATE_OWN, ws.rating.rate, o.kabid_plan, "TW1", "sesuai", "sesuai")
    as_(ws, o.kepala, Role.ATASAN)  # the atasan's atasan is not the penilai
    refused(ws, Code.NOT_PENILAI, ws.rating.rate, o.staff_plan, "TW1", "sesuai", "sesuai")
    as_(ws, o.kabid, Role.PEGAWAI)  # the penilai, signed in as pegawai
    refused(ws, Code.NOT_ALLOWED, ws.rating.rate, o.staff_plan, "TW1", "sesuai", "sesuai")
    as_(ws, o.pengelola, Role.PENGELOLA)
    refused(ws, Code.NOT_ALLOWED, ws.rating.rate, o.staff_plan, "TW1", "sesuai", "sesuai")
    as_(ws, o.kabid, Role.ATASAN)
    refused(ws, Code.RECORD_NOT_FOUND, ws.rating.rate, "no-plan", "TW1", "sesuai", "sesuai")
    assert ws.rating.assessments(o.staff_plan) == []


def test_a_plan_that_is_not_set_is_not_rated(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.kabid, Role.ATASAN, dt.date(2025, 4, 7))
    err = refused(ws, Code.PLAN_NOT_SET, ws.rating.rate, o.colleague_plan, "TW1", "sesuai", "sesuai")
    assert err.params["status"] == "draft"


def test_the_periode_is_one_of_the_plans_and_over(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.kabid, Role.ATASAN, dt.date(2025, 7, 15))
    for bad in ("TW5", "BULAN-01", "SEMESTER-1", "", "akhir tahun"):
        err = refused(ws, Code.PERIODE_UNKNOWN, ws.rating.rate, o.staff_plan, bad, "sesuai", "sesuai")
        assert err.params["allowed"] == "TW1, TW2, TW3, TW4, AKHIR"
    err = refused(ws, Code.PERIODE_NOT_ENDED, ws.rating.rate, o.staff_plan, "TW3", "sesuai", "sesuai")
    assert err.params["end"] == "30 September 2025" and err.params["first_day"] == "1 Oktober 2025"
    refused(ws, Code.PERIODE_NOT_ENDED, ws.rating.rate, o.staff_plan, "AKHIR", "sesuai", "sesuai")
    # the operator's plan starts on 1 July (R-PERIOD): TW1 and TW2 are outside it
    as_(ws, o.staff, Role.ATASAN, dt.date(2025, 10, 1))
    err = refused(ws, Code.PERIODE_OUTSIDE_PLAN, ws.rating.rate, o.operator_plan, "TW2", "sesuai", "sesuai")
    assert err.params["start"] == "1 Juli 2025"
    assert [p.code for p in ws.rating.evaluation_periods(o.operator_plan)] == ["TW3", "TW4", "AKHIR"]
    # the last day of a period is still inside it; the next day it may be rated
    at(ws, dt.date(2025, 9, 30))
    refused(ws, Code.PERIODE_NOT_ENDED, ws.rating.rate, o.operator_plan, "TW3", "sesuai", "sesuai")
    at(ws, dt.date(2025, 10, 1))
    ws.rating.rate(o.operator_plan, "TW3", "sesuai", "sesuai")
    assert [r.periode for r in ws.rating.assessments(o.operator_plan)] == ["TW3"]


def test_bad_ratings_are_refused(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.kabid, Role.ATASAN, dt.date(2025, 4, 7))
    refused(ws, Code.UNKNOWN_VALUE, ws.rating.rate, o.staff_plan, "TW1", "bagus", "sesuai")
    refused(ws, Code.UNKNOWN_VALUE, ws.rating.rate, o.staff_plan, "TW1", "sesuai", "")
    refused(ws, Code.UNKNOWN_VALUE, ws.rating.rate, o.staff_plan, "TW1", None, "sesuai")  # not a JPT's AKHIR
    assert ws.rating.assessments(o.staff_plan) == []


def test_akhir_is_rated_on_its_own_with_the_periods_shown_as_evidence(ws: Workspace) -> None:
    o = build_office(ws)
    # progress, evidence and feedback during the year
    insert(ws, Progress, indicator_id=o.iki[0], periode="TW1", realisasi="1")
    insert(ws, Progress, indicator_id=o.iki[0], periode="TW2", realisasi="2")
    insert(ws, Progress, indicator_id=o.iki[1], periode="TW2", realisasi="90")
    insert(ws, Evidence, result_id=o.rhk[0], periode="TW1", file_name="a.pdf", sha256="0" * 64, size=1)
    insert(ws, Evidence, result_id=o.rhk[1], periode="TW2", file_name="b.pdf", sha256="1" * 64, size=1)
    as_(ws, o.kabid, Role.ATASAN, dt.date(2025, 2, 10))
    ws.feedback.give_feedback(o.staff_plan, "Laporan tepat waktu", result_id=o.rhk[0])
    ws.feedback.give_feedback(o.staff_plan, "Jujur dan cermat", core_value="akuntabel")
    as_(ws, o.colleague, Role.PEGAWAI, dt.date(2025, 5, 10))
    ws.feedback.give_feedback(o.staff_plan, "Suka membantu rekan")
    as_(ws, o.staff, Role.PEGAWAI)
    ws.feedback.add_dialog(o.staff_plan, dt.date(2025, 5, 2), "Target TW2", status="selesai")

    as_(ws, o.kabid, Role.ATASAN, dt.date(2026, 1, 10))
    for periode in ("TW1", "TW2", "TW3", "TW4"):
        ws.rating.rate(o.staff_plan, periode, "di-bawah", "sesuai", final=True)
    ctx = ws.rating.rating_context(o.staff_plan, "AKHIR")
    assert ctx.current is None and ctx.ended and ctx.period.is_final and ctx.year == 2025
    assert [r.periode for r in ctx.periodic] == ["TW1", "TW2", "TW3", "TW4"]
    assert all(r.predikat is Predikat.BUTUH_PERBAIKAN for r in ctx.periodic)
    assert not ctx.org_basis and ctx.org_predikat is None and not ctx.org_predikat_missing
    assert ctx.progress.results == 2 and ctx.progress.indicators == 2
    assert (ctx.progress.realisasi, ctx.progress.indicators_reported, ctx.progress.results_reported) == (
        3,
        2,
        2,
    )
    assert ctx.progress.evidence_files == 2
    assert (ctx.feedback.atasan, ctx.feedback.peers) == (2, 1)
    assert (ctx.feedback.results_with_feedback, ctx.feedback.values_with_feedback) == (1, 1)
    assert (ctx.feedback.dialogs, ctx.feedback.dialogs_open) == (1, 0)
    # one period's context counts that period only
    tw1 = ws.rating.rating_context(o.staff_plan, "TW1")
    assert (tw1.progress.realisasi, tw1.progress.indicators_reported, tw1.progress.evidence_files) == (
        1,
        1,
        1,
    )
    assert (tw1.feedback.atasan, tw1.feedback.peers) == (2, 0)
    assert tw1.current is not None and [r.periode for r in tw1.periodic] == ["TW2", "TW3", "TW4"]
    # R-PERIODIC: AKHIR is the penilai's own judgement, not a roll-up of four "di bawah" periods
    ws.rating.rate(o.staff_plan, "AKHIR", "di-atas", "di-atas", final=True)
    akhir = ws.rating.rating_context(o.staff_plan, "AKHIR").current
    assert akhir is not None and akhir.predikat is Predikat.SANGAT_BAIK and akhir.label == "Akhir"
    assert [r.periode for r in ws.rating.assessments(o.staff_plan)] == ["TW1", "TW2", "TW3", "TW4", "AKHIR"]
    refused(ws, Code.PERIODE_UNKNOWN, ws.rating.rating_context, o.staff_plan, "TW0")


def test_a_jpt_leading_a_unit_takes_the_org_predikat_as_hasil_kerja(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.sekda, Role.ATASAN, dt.date(2026, 1, 10))
    ctx = ws.rating.rating_context(o.kepala_plan, "AKHIR")
    assert ctx.org_basis and ctx.org_predikat_missing and ctx.org_unit_name == "Dinas A"
    err = refused(ws, Code.RATE_NO_ORG_PREDIKAT, ws.rating.rate, o.kepala_plan, "AKHIR", None, "sesuai")
    assert err.params["unit"] == "Dinas A" and err.params["year"] == 2025
    assert ws.rating.org_predikat("u-a", o.period, "AKHIR") is None

    as_workspace(ws)
    ws.rating.set_org_predikat("u-a", o.period, "AKHIR", "baik")
    ws.rating.set_org_predikat("u-a", o.period, "AKHIR", "istimewa")  # the latest one set counts
    org = ws.rating.org_predikat("u-a", o.period, "AKHIR")
    assert org is not None and org.predikat is PredikatOrganisasi.ISTIMEWA and org.label == "Istimewa"
    assert org.unit_name == "Dinas A" and ws.rating.org_predikat("u-a", o.period, "TW1") is None

    as_(ws, o.sekda, Role.ATASAN)
    ctx = ws.rating.rating_context(o.kepala_plan, "AKHIR")
    assert ctx.org_predikat is PredikatOrganisasi.ISTIMEWA
    assert ctx.hasil_kerja_from_org is Rating.DI_ATAS_EKSPEKTASI
    err = refused(ws, Code.RATE_ORG_BASIS, ws.rating.rate, o.kepala_plan, "AKHIR", "sesuai", "sesuai")
    assert err.params["rating"] == "Di Atas Ekspektasi"
    record, _ = ws.rating.rate(o.kepala_plan, "AKHIR", None, "sesuai")
    ws.rating.rate(o.kepala_plan, "AKHIR", "di-atas", "sesuai")  # the same value is accepted
    [row] = ws.rating.assessments(o.kepala_plan)
    assert (row.id, row.basis, row.rating_hasil_kerja) == (
        record,
        BASIS_ORG_PREDIKAT,
        Rating.DI_ATAS_EKSPEKTASI,
    )
    assert row.predikat is Predikat.BAIK

    # the [U] mapping is a workspace setting
    as_workspace(ws)
    ws.settings.update({"rating.organisasi_to_rating": {"istimewa": "Sesuai Ekspektasi"}})
    assert ws.rating.organisasi_to_rating()[PredikatOrganisasi.ISTIMEWA] is Rating.SESUAI_EKSPEKTASI
    assert ws.rating.organisasi_to_rating()[PredikatOrganisasi.KURANG] is Rating.DI_BAWAH_EKSPEKTASI
    as_(ws, o.sekda, Role.ATASAN)
    ws.rating.rate(o.kepala_plan, "AKHIR", "", "sesuai")
    assert ws.rating.assessments(o.kepala_plan)[0].rating_hasil_kerja is Rating.SESUAI_EKSPEKTASI
    # a value that is no rating is named, not silently replaced
    as_workspace(ws)
    ws.settings.update({"rating.organisasi_to_rating": {"istimewa": "bagus sekali"}})
    as_(ws, o.sekda, Role.ATASAN)
    err = refused(ws, Code.UNKNOWN_VALUE, ws.rating.rate, o.kepala_plan, "AKHIR", None, "sesuai")
    assert err.params["kind"] == "rating.organisasi_to_rating.istimewa"
    ctx = ws.rating.rating_context(o.kepala_plan, "AKHIR")  # the screen still opens
    assert ctx.org_predikat is PredikatOrganisasi.ISTIMEWA and ctx.hasil_kerja_from_org is None

    # the periodic ratings of the same JPT are the penilai's own judgement
    ws.rating.rate(o.kepala_plan, "TW1", "di-bawah", "sesuai")
    tw1 = next(r for r in ws.rating.assessments(o.kepala_plan) if r.periode == "TW1")
    assert tw1.basis == "" and tw1.rating_hasil_kerja is Rating.DI_BAWAH_EKSPEKTASI
    assert not ws.rating.rating_context(o.kepala_plan, "TW1").org_basis


def test_a_unit_without_a_jpt_head_has_no_org_basis(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.kepala, Role.ATASAN, dt.date(2026, 1, 10))
    ctx = ws.rating.rating_context(o.kabid_plan, "AKHIR")  # an administrator (JA form)
    assert not ctx.org_basis and ctx.org_unit_id is None
    ws.rating.rate(o.kabid_plan, "AKHIR", "sesuai", "sesuai")
    assert ws.rating.assessments(o.kabid_plan)[0].basis == ""


def test_older_bulk_ratings_are_read_and_respected(ws: Workspace) -> None:
    """add_assessments (demo builder, imports) still inserts; a final among duplicates wins."""
    o = build_office(ws)
    as_workspace(ws)
    at(ws, dt.date(2025, 4, 7))
    ws.rating.add_assessments(
        [
            NewAssessment(o.staff_plan, "TW1", "sesuai", "sesuai", status="draft"),
            NewAssessment(
                o.staff_plan, "TW1", "di-atas", "di-atas", status="final", assessed_on=dt.date(2025, 4, 5)
            ),
        ]
    )
    [row] = ws.rating.assessments(o.staff_plan)
    assert row.final and row.predikat is Predikat.SANGAT_BAIK and row.keberatan_until == dt.date(2025, 4, 19)
    as_(ws, o.kabid, Role.ATASAN)
    refused(ws, Code.RATE_FINAL, ws.rating.rate, o.staff_plan, "TW1", "sesuai", "sesuai")


def test_a_locked_period_takes_no_rating_or_feedback_but_a_keberatan_goes_on(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.kabid, Role.ATASAN, dt.date(2025, 7, 3))
    tw1, _ = ws.rating.rate(o.staff_plan, "TW1", "sesuai", "di-bawah", final=True)
    tw2, _ = ws.rating.rate(o.staff_plan, "TW2", "sesuai", "sesuai", final=True)
    note, _ = ws.feedback.give_feedback(o.staff_plan, "Catatan TW1", result_id=o.rhk[0], periode="TW1")
    as_(ws, o.staff, Role.PEGAWAI)
    keberatan, _ = ws.rating.file_keberatan(tw1, "Bukti belum dilihat")
    as_workspace(ws)
    ws.monitoring.lock_period(o.period, "TW1", "Batas evaluasi lewat")
    ws.monitoring.lock_period(o.period, "TW2", "Batas evaluasi lewat")
    as_(ws, o.kabid, Role.ATASAN)
    refused(ws, Code.PERIOD_LOCKED, ws.rating.rate, o.staff_plan, "TW2", "di-atas", "sesuai")
    refused(ws, Code.PERIOD_LOCKED, ws.rating.reopen, tw2)
    give = ws.feedback.give_feedback
    refused(ws, Code.PERIOD_LOCKED, give, o.staff_plan, "Terlambat", result_id=o.rhk[0], periode="TW2")
    refused(ws, Code.PERIOD_LOCKED, ws.feedback.update_feedback, note, "Diubah")
    refused(ws, Code.PERIOD_LOCKED, ws.feedback.delete_feedback, note)
    # the keberatan comes after the rating by law (R-FOLLOWUP): a lock does not stop it
    as_(ws, o.kepala, Role.ATASAN)
    ws.rating.decide_keberatan(keberatan, "diterima", "Bukti lengkap", new_rating_perilaku="sesuai")
    assert {r.periode: r.predikat for r in ws.rating.assessments(o.staff_plan)}["TW1"] is Predikat.BAIK
    # reopened by the pengelola kinerja, the period takes changes again
    as_workspace(ws)
    ws.monitoring.reopen_period(o.period, "TW2", "Koreksi penilaian")
    as_(ws, o.kabid, Role.ATASAN)
    ws.rating.reopen(tw2)
    ws.rating.rate(o.staff_plan, "TW2", "di-atas", "sesuai")
    assert {r.periode: r.status for r in ws.rating.assessments(o.staff_plan)}["TW2"] == "draft"
