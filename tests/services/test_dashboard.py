"""The dashboard's counts against a hand-built office (exact numbers): plan status, progress,
predikat against the curve, cascade health and outliers per unit; the filters (unit subtree,
period, jabatan type); the scopes; bad filters refused with nothing written; counts grouped in SQL.

The office (plan year 2025):

    Pemkab Uji (instansi, no predikat organisasi)
    ├── Dinas A (predikat organisasi AKHIR: Baik; a sasaran)
    │   kepala (JPT, ditetapkan, RHK → the sasaran), sa (pengawas, diajukan, RHK → nothing)
    │   └── Bidang Satu: kabid (administrator, ditetapkan, RHK → kepala's),
    │       s1 (ahli pertama, ditetapkan, → kabid's), s2 (pelaksana, ditetapkan, → kepala's: not
    │       the atasan's), s3 (pelaksana, draft, → nothing)
    └── Dinas B (predikat organisasi AKHIR: Butuh Perbaikan)
        kepala B (JPT, ditetapkan, RHK → nothing, taken up by nobody), b1..b5 (pelaksana,
        ditetapkan, → nothing), b6 (pelaksana, no plan)

Every ditetapkan plan has one RHK utama with two IKI. Realisasi: TW1 kepala 2 (one twice), s1 2,
s2 one empty, b1 2, b2 1; TW2 s1 1. Final AKHIR ratings: kabid Sangat Baik (hasil di atas, no
realisasi), kepala/s1/s2 Baik, b1..b5 Baik; kepala B a draft rating; s1 also TW1 Baik.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from skpdesk.domain import curve
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.predikat import Predikat, PredikatOrganisasi
from skpdesk.domain.roles import Role
from skpdesk.services.access import Actor
from skpdesk.services.dashboard import (
    DashboardFilter,
    JabatanGroup,
    OutlierKind,
    Part,
    Section,
    view,
)
from skpdesk.services.monitoring import NewProgress
from skpdesk.services.org import NewEmployee, NewGrant, NewPosition, NewUnit
from skpdesk.services.planning import NewGoal, NewIndicator, NewPlan, NewResult
from skpdesk.services.rating import NewAssessment
from skpdesk.services.workspace import Workspace

SB, B, BP, KM, SK = list(Predikat)
YEAR = 2025


def nip(n: int) -> str:
    """A valid NIP (R-NIP) for person ``n``."""
    birth = dt.date(1980, 1, 1) + dt.timedelta(days=n * 31)
    return f"{birth:%Y%m%d}2010{(n % 12) + 1:02d}1{n:03d}"


@dataclass
class Office:
    period: str
    people: dict[str, str]  # key → employee id


def build(ws: Workspace) -> Office:
    ws.access.clock = lambda: dt.date(2025, 3, 20)  # TW1 open
    ws.org.add_units(
        [
            NewUnit("Pemkab Uji", "instansi", id="u-root"),
            NewUnit("Dinas A", "opd", parent_id="u-root", sort_order=1, id="u-a"),
            NewUnit("Bidang Satu", "bidang", parent_id="u-a", id="u-bid"),
            NewUnit("Dinas B", "opd", parent_id="u-root", sort_order=2, id="u-b"),
        ]
    )
    positions = [
        NewPosition("Kepala Dinas A", "u-a", "jpt-pratama", is_head=True, id="p-kep"),
        NewPosition("Kepala Seksi", "u-a", "pengawas", atasan_position_id="p-kep", id="p-sa"),
        NewPosition("Kepala Bidang", "u-bid", "administrator", atasan_position_id="p-kep", id="p-kabid"),
        NewPosition("Analis", "u-bid", "ahli-pertama", atasan_position_id="p-kabid", id="p-s1"),
        NewPosition("Pengadministrasi", "u-bid", "pelaksana", atasan_position_id="p-kabid", id="p-s2"),
        NewPosition("Pengadministrasi", "u-bid", "pelaksana", atasan_position_id="p-kabid", id="p-s3"),
        NewPosition("Kepala Dinas B", "u-b", "jpt-pratama", is_head=True, id="p-kepb"),
    ]
    positions += [
        NewPosition("Pelaksana B", "u-b", "pelaksana", atasan_position_id="p-kepb", id=f"p-b{i}")
        for i in range(1, 7)
    ]
    ws.org.add_positions(positions)
    keys = ["kepala", "sa", "kabid", "s1", "s2", "s3", "kepalab", *(f"b{i}" for i in range(1, 7))]
    pos = ["p-kep", "p-sa", "p-kabid", "p-s1", "p-s2", "p-s3", "p-kepb", *(f"p-b{i}" for i in range(1, 7))]
    ids, _ = ws.org.add_employees(
        [
            NewEmployee(nip(n + 1), f"Pegawai {k}", "III/a", position_id=p)
            for n, (k, p) in enumerate(zip(keys, pos, strict=True))
        ]
    )
    people = dict(zip(keys, ids, strict=True))
    period, _ = ws.planning.add_period(YEAR)
    ws.planning.add_goals([NewGoal("Meningkatnya kinerja Dinas A", "u-a", period, id="g-a")])

    def plan(
        key: str, penilai: str | None, status: str, parent: str | None = None, goal: str | None = None
    ) -> NewPlan:
        return NewPlan(
            employee_id=people[key],
            period_id=period,
            penilai_employee_id=people[penilai] if penilai else None,
            status=status,
            results=(
                NewResult(
                    f"Terwujudnya hasil kerja {key}",
                    parent_result_id=parent,
                    parent_goal_id=goal,
                    id=f"r-{key}",
                    indicators=(
                        NewIndicator(f"Jumlah dokumen {key}", "kuantitas", "10", "dokumen", id=f"i1-{key}"),
                        NewIndicator(f"Persentase tepat waktu {key}", "waktu", "100", "%", id=f"i2-{key}"),
                    ),
                ),
            ),
            id=f"plan-{key}",
        )

    ws.planning.add_plans(
        [
            plan("kepala", None, "ditetapkan", goal="g-a"),
            plan("sa", "kepala", "diajukan"),
            plan("kabid", "kepala", "ditetapkan", parent="r-kepala"),
            plan("s1", "kabid", "ditetapkan", parent="r-kabid"),
            plan("s2", "kabid", "ditetapkan", parent="r-kepala"),  # not the atasan's RHK
            plan("s3", "kabid", "draft"),
            plan("kepalab", None, "ditetapkan"),
            *(plan(f"b{i}", "kepalab", "ditetapkan") for i in range(1, 6)),
        ]
    )
    ws.monitoring.add_progress(
        [
            NewProgress("i1-kepala", "TW1", "3"),
            NewProgress("i1-kepala", "TW1", "4"),  # the same IKI twice: counts once
            NewProgress("i2-kepala", "TW1", "50"),
            NewProgress("i1-s1", "TW1", "2"),
            NewProgress("i2-s1", "TW1", "100"),
            NewProgress("i1-s2", "TW1", ""),  # no realisasi: not reported
            NewProgress("i1-b1", "TW1", "1"),
            NewProgress("i2-b1", "TW1", "40"),
            NewProgress("i1-b2", "TW1", "1"),
        ]
    )
    ws.access.clock = lambda: dt.date(2025, 6, 20)  # TW2 open
    ws.monitoring.add_progress([NewProgress("i1-s1", "TW2", "5")])
    ws.access.clock = lambda: dt.date(2026, 1, 20)

    def rating(
        key: str, hasil: str, perilaku: str, periode: str = "AKHIR", status: str = "final"
    ) -> NewAssessment:
        return NewAssessment(f"plan-{key}", periode, hasil, perilaku, status=status)

    ws.rating.add_assessments(
        [
            rating("kabid", "di-atas", "di-atas"),
            rating("kepala", "sesuai", "sesuai"),
            rating("s1", "sesuai", "sesuai"),
            rating("s2", "sesuai", "sesuai"),
            *(rating(f"b{i}", "sesuai", "sesuai") for i in range(1, 6)),
            rating("kepalab", "sesuai", "sesuai", status="draft"),
            rating("s1", "di-atas", "sesuai", periode="TW1"),
        ]
    )
    ws.rating.set_org_predikat("u-a", period, "AKHIR", "baik")
    ws.rating.set_org_predikat("u-b", period, "AKHIR", "butuh-perbaikan")
    return Office(period, people)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Office]]:
    path = tmp_path_factory.mktemp("dashboard") / "ws"
    with Workspace.open(path, actor=Actor.workspace()) as ws:
        found = build(ws)
    yield path, found


@pytest.fixture
def office(folder: tuple[Path, Office]) -> Iterator[tuple[Workspace, Office]]:
    path, found = folder
    ws = Workspace.open(path, actor=Actor.workspace())
    try:
        yield ws, found
    finally:
        ws.close()


def rows_by_name(rows: object) -> dict[str, object]:
    return {r.unit_name + (" (own)" if r.own_staff else ""): r for r in rows}  # type: ignore[attr-defined]


# --- plan status ---------------------------------------------------------------------------------


def test_plan_status_per_opd(office: tuple[Workspace, Office]) -> None:
    ws, _ = office
    d = ws.dashboard.load(DashboardFilter(year=YEAR), [Part.STATUS])
    rows = rows_by_name(d.plan_status)
    assert list(rows) == ["Dinas A", "Dinas B"]  # per OPD, in the tree's order
    a, b = rows["Dinas A"], rows["Dinas B"]
    assert (a.count("draft"), a.count("diajukan"), a.count("direviu"), a.count("ditetapkan")) == (1, 1, 0, 4)
    assert (b.count("ditetapkan"), b.total) == (6, 6)
    assert d.plan_status_total is not None and d.plan_status_total.total == 12
    assert d.unit_id is None and d.periode == "AKHIR" and d.periodes[-1] == "AKHIR"


def test_unit_filter_shows_the_units_right_under_it_and_its_own_staff(
    office: tuple[Workspace, Office],
) -> None:
    ws, _ = office
    d = ws.dashboard.load(DashboardFilter(year=YEAR, unit_id="u-a"), [Part.STATUS])
    rows = rows_by_name(d.plan_status)
    assert list(rows) == ["Dinas A (own)", "Bidang Satu"]
    own, bidang = rows["Dinas A (own)"], rows["Bidang Satu"]
    assert (own.count("ditetapkan"), own.count("diajukan"), own.total) == (1, 1, 2)
    assert (bidang.count("ditetapkan"), bidang.count("draft"), bidang.total) == (3, 1, 4)
    assert d.plan_status_total is not None and d.plan_status_total.total == 6  # Dinas B left out
    assert d.unit_name == "Dinas A"


def test_jabatan_filter(office: tuple[Workspace, Office]) -> None:
    ws, _ = office
    d = ws.dashboard.load(DashboardFilter(year=YEAR, jabatan=JabatanGroup.PELAKSANA), [Part.STATUS])
    rows = rows_by_name(d.plan_status)
    assert (rows["Dinas A"].count("ditetapkan"), rows["Dinas A"].count("draft")) == (1, 1)
    assert rows["Dinas B"].total == 5
    d = ws.dashboard.load(DashboardFilter(year=YEAR, jabatan=JabatanGroup.JPT), [Part.STATUS])
    assert [r.total for r in d.plan_status] == [1, 1]
    d = ws.dashboard.load(DashboardFilter(year=YEAR, jabatan=JabatanGroup.FUNGSIONAL), [Part.STATUS])
    assert d.plan_status_total is not None and d.plan_status_total.total == 1  # s1, ahli pertama


# --- progress --------------------------------------------------------------------------------------


def test_progress_share_of_iki_with_realisasi(office: tuple[Workspace, Office]) -> None:
    ws, _ = office
    d = ws.dashboard.load(DashboardFilter(year=YEAR), [Part.PROGRESS])
    assert d.progress_periodes == ("TW1", "TW2", "TW3", "TW4")
    rows = rows_by_name(d.progress)
    a, b = rows["Dinas A"], rows["Dinas B"]
    assert a.indicators == 8 and a.reported == (4, 1, 0, 0)  # 4 ditetapkan plans × 2 IKI
    assert b.indicators == 12 and b.reported == (3, 0, 0, 0)
    assert a.share(0) == pytest.approx(0.5) and b.share(0) == pytest.approx(0.25)
    assert d.progress_total is not None and d.progress_total.reported[0] == 7


# --- predikat and the curve --------------------------------------------------------------------------


def test_predikat_distribution_against_the_curve(office: tuple[Workspace, Office]) -> None:
    ws, _ = office
    d = ws.dashboard.load(DashboardFilter(year=YEAR), [Part.CURVE])
    rows = rows_by_name(d.curve)
    a, b = rows["Dinas A"], rows["Dinas B"]
    assert dict(a.counts) == {SB: 1, B: 3, BP: 0, KM: 0, SK: 0}
    assert a.org_predikat is PredikatOrganisasi.BAIK
    assert a.result is not None and a.fits is False  # Baik 3 of 4 > 70%; nobody BP or K/M
    assert {c.id for c in a.result.failed} == {"max:baik", "at-least-one:butuh-perbaikan+kurang"}
    assert a.result == curve.evaluate(PredikatOrganisasi.BAIK, a.counts)
    assert dict(b.counts)[B] == 5 and b.drafts == 1 and b.org_predikat is PredikatOrganisasi.BUTUH_PERBAIKAN
    assert b.fits is False
    total = d.curve_total
    assert total is not None and total.unit_id == "u-root" and total.n == 9
    assert total.org_predikat is None and total.result is None and total.fits is None  # the warning
    # another period: TW1 has one rating, and no predikat organisasi anywhere
    d = ws.dashboard.load(DashboardFilter(year=YEAR, periode="TW1"), [Part.CURVE])
    assert d.curve_total is not None and dict(d.curve_total.counts)[B] == 1
    assert all(r.org_predikat is None for r in d.curve)


def test_the_curve_of_a_chosen_unit_uses_its_own_predikat(office: tuple[Workspace, Office]) -> None:
    ws, _ = office
    d = ws.dashboard.load(DashboardFilter(year=YEAR, unit_id="u-b"), [Part.CURVE])
    total = d.curve_total
    assert total is not None and total.unit_id == "u-b"
    assert total.org_predikat is PredikatOrganisasi.BUTUH_PERBAIKAN and total.n == 5


# --- cascade health ----------------------------------------------------------------------------------


def test_cascade_findings_per_unit(office: tuple[Workspace, Office]) -> None:
    ws, _ = office
    d = ws.dashboard.load(DashboardFilter(year=YEAR), [Part.CASCADE])
    rows = rows_by_name(d.cascade)
    a, b = rows["Dinas A"], rows["Dinas B"]
    assert (a.employees, a.missing_plan, a.results, a.orphan, a.not_atasan, a.uncovered) == (6, 0, 6, 2, 1, 0)
    assert (b.employees, b.missing_plan, b.results, b.orphan, b.not_atasan, b.uncovered) == (7, 1, 6, 6, 0, 1)
    assert d.cascade_total is not None and d.cascade_total.findings == 3 + 8


def test_cascade_counts_agree_with_the_tree_checks(office: tuple[Workspace, Office]) -> None:
    from skpdesk.domain.cascade import IssueKind

    ws, found = office
    d = ws.dashboard.load(DashboardFilter(year=YEAR), [Part.CASCADE])
    rows = {r.unit_id: r for r in d.cascade}
    for health in ws.cascade.health(found.period, ["u-a", "u-b"]):
        row = rows[health.unit_id]
        assert row.orphan == health.counts[IssueKind.ORPHAN]
        assert row.not_atasan == health.counts[IssueKind.NOT_ATASAN]
        assert row.uncovered == health.counts[IssueKind.UNCOVERED]
        assert row.missing_plan == health.counts[IssueKind.MISSING_PLAN]


# --- outliers ------------------------------------------------------------------------------------------


def test_outliers(office: tuple[Workspace, Office]) -> None:
    ws, _ = office
    d = ws.dashboard.load(DashboardFilter(year=YEAR), [Part.OUTLIERS])
    found = {(o.kind, o.unit_name): o for o in d.outliers}
    same = found[(OutlierKind.SAME_PREDIKAT, "Dinas B")]
    assert (same.people, same.rated, same.predikat) == (5, 5, B)
    below = found[(OutlierKind.ORG_BELOW_EMPLOYEES, "Dinas B")]
    assert (below.people, below.org_predikat) == (5, PredikatOrganisasi.BUTUH_PERBAIKAN)
    above = found[(OutlierKind.ABOVE_WITHOUT_PROGRESS, "Dinas A")]
    assert (above.people, above.rated) == (1, 4)  # kabid: di atas, no realisasi
    assert found[(OutlierKind.RATED_WITHOUT_PROGRESS, "Dinas A")].people == 2  # kabid, s2
    assert found[(OutlierKind.RATED_WITHOUT_PROGRESS, "Dinas B")].people == 3  # b3..b5
    assert len(d.outliers) == 5
    assert [o.kind for o in d.outliers] == sorted((o.kind for o in d.outliers), key=list(OutlierKind).index)
    # TW1: s1 rated di atas with both IKI reported in TW1: nothing to flag
    assert ws.dashboard.load(DashboardFilter(year=YEAR, periode="TW1"), [Part.OUTLIERS]).outliers == ()


# --- scopes --------------------------------------------------------------------------------------------


def test_a_scope_unit_sees_its_subtree_only(office: tuple[Workspace, Office]) -> None:
    ws, found = office
    ws.org.grant_roles([NewGrant(found.people["b1"], "pengelola", "u-b")])
    try:
        ws.sign_in(found.people["b1"], Role.PENGELOLA, "u-b")
        options = ws.dashboard.options()
        assert [u.unit_id for u in options.units] == ["u-b"] and options.anchor == "u-b"
        d = ws.dashboard.load(DashboardFilter(year=YEAR), [Part.STATUS, Part.CURVE])
        assert [r.unit_name for r in d.plan_status] == ["Dinas B"]
        assert d.plan_status_total is not None and d.plan_status_total.total == 6
        assert d.curve_total is not None and d.curve_total.org_predikat is PredikatOrganisasi.BUTUH_PERBAIKAN
        with pytest.raises(SkpError) as refused:
            ws.dashboard.load(DashboardFilter(year=YEAR, unit_id="u-a"))
        assert refused.value.code is Code.OUT_OF_SCOPE
    finally:
        ws.access.actor = Actor.workspace()


def test_an_atasan_sees_the_people_they_rate(office: tuple[Workspace, Office]) -> None:
    ws, found = office
    ws.sign_in(found.people["kabid"], Role.ATASAN)
    try:
        d = ws.dashboard.load(DashboardFilter(year=YEAR), [Part.STATUS])
        assert d.unit_id == "u-bid"  # rows under their own unit
        assert d.plan_status_total is not None and d.plan_status_total.total == 4  # own + s1, s2, s3
    finally:
        ws.access.actor = Actor.workspace()


# --- bad filters -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("chosen", "code"),
    [
        (DashboardFilter(year=1999), Code.RECORD_NOT_FOUND),
        (DashboardFilter(year=YEAR, periode="TW9"), Code.PERIODE_UNKNOWN),
        (DashboardFilter(year=YEAR, unit_id="no-such-unit"), Code.RECORD_NOT_FOUND),
        (DashboardFilter(year=YEAR, jabatan="camat"), Code.UNKNOWN_VALUE),  # type: ignore[arg-type]
    ],
    ids=["year", "periode", "unit", "jabatan"],
)
def test_bad_filters_are_refused_and_nothing_is_written(
    office: tuple[Workspace, Office], chosen: DashboardFilter, code: Code
) -> None:
    ws, _ = office
    before = len(ws.ops())
    with pytest.raises(SkpError) as refused:
        ws.dashboard.load(chosen)
    assert refused.value.code is code
    assert len(ws.ops()) == before


def test_nobody_signed_in_is_refused(office: tuple[Workspace, Office]) -> None:
    ws, _ = office
    ws.access.actor = None
    try:
        with pytest.raises(SkpError) as refused:
            ws.dashboard.options()
        assert refused.value.code is Code.NO_USER
        with pytest.raises(SkpError):
            ws.dashboard.section(Section.STATUS, YEAR)
    finally:
        ws.access.actor = Actor.workspace()


# --- counted in SQL, folded without SQL ----------------------------------------------------------


def test_sections_are_grouped_counts(office: tuple[Workspace, Office]) -> None:
    ws, _ = office
    status = ws.dashboard.section(Section.STATUS, YEAR)
    # one row per (unit, jenjang, status), not per plan: 12 plans make 8 such groups
    assert sorted((u, j, k, n) for u, j, k, n in status.rows if n) == sorted(
        [
            ("u-a", "jpt-pratama", "ditetapkan", 1),
            ("u-a", "pengawas", "diajukan", 1),
            ("u-bid", "administrator", "ditetapkan", 1),
            ("u-bid", "ahli-pertama", "ditetapkan", 1),
            ("u-bid", "pelaksana", "ditetapkan", 1),
            ("u-bid", "pelaksana", "draft", 1),
            ("u-b", "jpt-pratama", "ditetapkan", 1),
            ("u-b", "pelaksana", "ditetapkan", 5),
        ]
    )
    with pytest.raises(SkpError) as refused:
        ws.dashboard.section(Section.STATUS, 1999)
    assert refused.value.code is Code.RECORD_NOT_FOUND


def test_a_filter_change_is_a_fold_of_the_same_counts(office: tuple[Workspace, Office]) -> None:
    ws, _ = office
    options = ws.dashboard.options()
    assert options.years == (YEAR,) and options.default_periode(YEAR) == "AKHIR"
    assert options.rated[YEAR] == ("TW1", "AKHIR")
    data = {s: ws.dashboard.section(s, YEAR) for s in Section}
    for chosen in (
        DashboardFilter(year=YEAR),
        DashboardFilter(year=YEAR, unit_id="u-bid", jabatan=JabatanGroup.PELAKSANA),
        DashboardFilter(year=YEAR, periode="TW1"),
    ):
        assert view(options, data, chosen) == ws.dashboard.load(chosen)
