"""The rating screen's reads (services.rating): whose plans the list holds per role, what is left
to rate, the panel's head, the unit chain, the distribution against R-CURVE (drafts not counted,
the nearest predikat organisasi up the chain), and the decider's keberatan."""

from __future__ import annotations

import datetime as dt

from skpdesk.domain.curve import Verdict
from skpdesk.domain.predikat import Predikat, PredikatOrganisasi
from skpdesk.domain.roles import Role
from skpdesk.services.workspace import Workspace
from tests.services.test_rating_rules import as_, as_workspace, at, build_office

RATED = dt.date(2025, 4, 7)
AFTER_YEAR = dt.date(2026, 1, 10)


def test_the_list_holds_the_plans_of_the_acting_person(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.kabid, Role.ATASAN, RATED)
    listing = ws.rating.rating_list()
    assert listing.year == 2025 and listing.years == (2025,)
    assert [p.code for p in listing.periods] == ["TW1", "TW2", "TW3", "TW4", "AKHIR"]
    rows = {r.plan_id: r for r in listing.rows}
    assert [r.relation for r in listing.rows] == ["penilai", "penilai", "own"]  # rated first
    assert set(rows) == {o.staff_plan, o.colleague_plan, o.kabid_plan}
    staff = rows[o.staff_plan]
    assert (staff.name, staff.jabatan, staff.unit, staff.unit_id) == (
        "Staf Satu",
        "Analis Kepegawaian",
        "Bidang Umum",
        "u-bid",
    )
    assert staff.ended == ("TW1",) and staff.due == ("TW1",) and staff.ratings == {}
    assert rows[o.colleague_plan].due == ()  # a draft plan is not rated
    # a draft rating is still due; a final one is done; keberatan are counted
    ws.rating.rate(o.staff_plan, "TW1", "sesuai", "sesuai")
    staff = next(r for r in ws.rating.rating_list().rows if r.plan_id == o.staff_plan)
    assert staff.ratings["TW1"].status == "draft" and staff.ratings["TW1"].predikat is Predikat.BAIK
    assert staff.due == ("TW1",)
    record, _ = ws.rating.rate(o.staff_plan, "TW1", "sesuai", "di-bawah", final=True)
    as_(ws, o.staff, Role.PEGAWAI)
    ws.rating.file_keberatan(record, "Alasan")
    [own] = ws.rating.rating_list().rows  # a pegawai: their own plan only
    assert own.relation == "own" and own.keberatan_pending == 1 and own.keberatan == 1
    assert own.ratings["TW1"].predikat is Predikat.KURANG_MISCONDUCT and own.due == ()
    # a pengelola of Dinas A: the plans of the unit and below (and no rating by them)
    as_(ws, o.pengelola, Role.PENGELOLA)
    scoped = {r.plan_id: r.relation for r in ws.rating.rating_list().rows}
    assert scoped == {
        o.staff_plan: "scope",
        o.colleague_plan: "scope",
        o.kabid_plan: "scope",
        o.kepala_plan: "scope",
        o.operator_plan: "scope",
    }
    # the workspace itself sees all; nobody signed in sees nothing
    as_workspace(ws)
    assert len(ws.rating.rating_list().rows) == 5
    ws.access.actor = None
    assert ws.rating.rating_list().rows == ()


def test_the_default_year_is_the_newest_with_an_ended_period(ws: Workspace) -> None:
    o = build_office(ws)
    as_workspace(ws)
    ws.planning.add_period(2026)
    as_(ws, o.kabid, Role.ATASAN, dt.date(2026, 3, 2))  # TW1 2026 has not ended
    listing = ws.rating.rating_list()
    assert listing.years == (2025,) and listing.year == 2025  # no 2026 plan of theirs
    assert ws.rating.rating_list(2026).rows == ()


def test_the_panel_head_says_whose_plan_and_who_may_rate(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.kabid, Role.ATASAN, RATED)
    head = ws.rating.rated_plan(o.staff_plan)
    assert head.is_penilai and not head.is_own and head.penilai_name == "Kabid" and head.year == 2025
    own = ws.rating.rated_plan(o.kabid_plan)
    assert own.is_own and not own.is_penilai and own.penilai_name == "Kepala A"
    as_(ws, o.kepala, Role.ATASAN)
    assert not ws.rating.rated_plan(o.staff_plan).is_penilai  # the atasan's atasan
    as_(ws, o.kabid, Role.PEGAWAI)
    assert not ws.rating.rated_plan(o.staff_plan).is_penilai  # the role does not rate
    assert ws.rating.unit_chain("u-bid") == [
        ("u-bid", "Bidang Umum"),
        ("u-a", "Dinas A"),
        ("u-root", "Pemkab Uji"),
    ]


def test_the_distribution_counts_finals_against_the_nearest_org_predikat(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.kepala, Role.ATASAN, AFTER_YEAR)
    ws.rating.rate(o.kabid_plan, "AKHIR", "sesuai", "sesuai", final=True)
    as_(ws, o.kabid, Role.ATASAN)
    ws.rating.rate(o.staff_plan, "AKHIR", "di-bawah", "sesuai", final=True)
    as_(ws, o.staff, Role.ATASAN)
    ws.rating.rate(o.operator_plan, "AKHIR", "sesuai", "sesuai")  # a draft: not counted
    nothing = ws.rating.unit_distribution("u-a", o.period, "akhir")
    assert nothing.org_predikat is None and nothing.result is None and nothing.periode == "AKHIR"
    assert nothing.n == 2 and nothing.drafts == 1
    as_workspace(ws)
    ws.rating.set_org_predikat("u-a", o.period, "AKHIR", "baik")
    as_(ws, o.sekda, Role.ATASAN)
    ws.rating.set_org_predikat("u-a", o.period, "AKHIR", "baik")  # still Baik, set again
    ws.rating.rate(o.kepala_plan, "AKHIR", None, "di-atas", final=True)  # the leader: Baik
    dist = ws.rating.unit_distribution("u-a", o.period, "AKHIR")
    assert (dist.org_unit_id, dist.org_unit_name, dist.org_predikat) == (
        "u-a",
        "Dinas A",
        PredikatOrganisasi.BAIK,
    )
    assert dist.n == 3  # the leader too, as the Dokumen Evaluasi and the dashboard count
    assert dist.counts[Predikat.BAIK] == 2 and dist.counts[Predikat.BUTUH_PERBAIKAN] == 1
    assert dist.result is not None and dist.result.verdict is Verdict.FITS
    # Bidang Umum has no predikat of its own: Dinas A's applies to its two people
    bidang = ws.rating.unit_distribution("u-bid", o.period, "AKHIR")
    assert bidang.org_unit_id == "u-a" and bidang.n == 2
    assert bidang.result is not None and bidang.result.verdict is Verdict.DOES_NOT_FIT  # 1 B, 1 BP
    # another period: nothing set for it
    assert ws.rating.unit_distribution("u-a", o.period, "TW1").org_predikat is None


def test_the_decider_sees_the_keberatan_waiting_and_decided(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.kabid, Role.ATASAN, RATED)
    record, _ = ws.rating.rate(o.staff_plan, "TW1", "sesuai", "di-bawah", final=True)
    as_(ws, o.staff, Role.PEGAWAI)
    keberatan, _ = ws.rating.file_keberatan(record, "Alasan")
    as_(ws, o.kepala, Role.ATASAN)
    assert [k.id for k in ws.rating.keberatan_of_decider()] == [keberatan]
    ws.rating.decide_keberatan(keberatan, "ditolak", "Sudah sesuai bukti")
    [k] = ws.rating.keberatan_of_decider()
    assert k.decision == "ditolak" and ws.rating.keberatan_to_decide() == []
    as_(ws, o.kabid, Role.ATASAN)  # the penilai is not the decider
    assert ws.rating.keberatan_of_decider() == []
    at(ws, RATED)
    ws.access.actor = None
    assert ws.rating.keberatan_of_decider() == []
