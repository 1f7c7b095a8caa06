"""The reviu checklist (SKP-REFERENCE R-REVIU): J1–J5 for a JPT plan, A1–A7 for JA/JF; computed
rows pass or fail, judged rows stay None."""

from __future__ import annotations

from skpdesk.domain.plan import (
    DraftingGuide,
    IndicatorSnapshot,
    Pendekatan,
    PlanKind,
    PlanSnapshot,
    ResultSnapshot,
)
from skpdesk.domain.reviu import CheckRow, ReviewContext, checklist, open_rows

GOALS = (
    ("g1", "Meningkatnya kualitas layanan administrasi kepegawaian"),
    ("g2", "Meningkatnya akuntabilitas kinerja BKPSDM"),
)
ANNEX = {
    "sumber-daya": ("Anggaran DPA BKPSDM",),
    "skema-pertanggungjawaban": ("Laporan triwulan kepada Bupati",),
    "konsekuensi": ("Sesuai ketentuan",),
}


def iki(
    n: str, aspek: str = "kuantitas", text: str = "Persentase layanan selesai tepat waktu"
) -> IndicatorSnapshot:
    return IndicatorSnapshot(n, text, aspek, "90", target_unit="%")


def jpt_plan(*results: ResultSnapshot, annex: dict[str, tuple[str, ...]] | None = None) -> PlanSnapshot:
    return PlanSnapshot(
        "p-jpt",
        PlanKind.JPT,
        Pendekatan.KUANTITATIF,
        DraftingGuide.DASAR,
        2026,
        results=results,
        annex=ANNEX if annex is None else annex,
    )


def good_jpt_results() -> tuple[ResultSnapshot, ...]:
    return (
        ResultSnapshot(
            "r1",
            GOALS[0][1],
            parent_goal_id="g1",
            perspektif="penerima-layanan",
            target_basis="realisasi 2025",
            indicators=(iki("i1"),),
        ),
        ResultSnapshot(
            "r2",
            "meningkatnya akuntabilitas kinerja BKPSDM.",  # matched by wording, not by link
            perspektif="penguatan-internal",
            target_basis="arahan Bupati",
            indicators=(iki("i2"),),
        ),
    )


def by_id(rows: list[CheckRow]) -> dict[str, CheckRow]:
    return {row.id: row for row in rows}


def test_good_jpt_plan_passes_every_computed_row() -> None:
    rows = checklist(jpt_plan(*good_jpt_results()), ReviewContext(owned_goals=GOALS))
    assert [r.id for r in rows] == ["J1", "J2", "J3", "J4", "J5"]
    assert all(r.computed and r.passed is True for r in rows)
    assert by_id(rows)["J1"].detail_params["total"] == "2"
    assert open_rows(rows) == []


def test_jpt_rows_fail_with_the_rows_concerned() -> None:
    results = (
        ResultSnapshot(
            "r1", "Mewujudkan tata kelola kepegawaian", parent_goal_id="g1", indicators=(iki("i1"),)
        ),
        ResultSnapshot(
            "r2",
            "Tersedianya data kepegawaian yang mutakhir",
            perspektif="proses-bisnis",
            target_basis="baseline",
            indicators=(IndicatorSnapshot("i2", "Persentase data mutakhir"),),  # no target
        ),
    )
    rows = by_id(
        checklist(
            jpt_plan(*results, annex={"sumber-daya": ("APBD",), "konsekuensi": ("  ",)}),
            ReviewContext(owned_goals=GOALS),
        )
    )
    j1 = rows["J1"]
    assert (j1.computed, j1.passed) == (True, False)
    assert j1.detail_params["missing"] == "1" and GOALS[1][1] in j1.detail_params["goals"]
    assert (rows["J2"].passed, rows["J2"].result_ids) == (False, ("r1",))
    assert rows["J3"].passed is False and rows["J3"].result_ids == ("r1", "r2")
    assert rows["J3"].detail_params == {"no_target": "1", "no_perspektif": "1"}
    assert (rows["J4"].passed, rows["J4"].result_ids) == (False, ("r1",))
    assert rows["J5"].passed is False
    assert rows["J5"].detail_params["missing"] == "skema-pertanggungjawaban,konsekuensi"


def test_j1_is_judged_when_no_pk_goals_are_known() -> None:
    row = by_id(checklist(jpt_plan(*good_jpt_results()), ReviewContext()))["J1"]
    assert (row.computed, row.passed) == (False, None)


def test_qualitative_jpt_plan_needs_an_ukuran_keberhasilan() -> None:
    snap = PlanSnapshot(
        "p",
        PlanKind.JPT,
        Pendekatan.KUALITATIF,
        DraftingGuide.DASAR,
        2026,
        results=(
            ResultSnapshot(
                "r1", GOALS[0][1], parent_goal_id="g1", target_basis="x", ukuran_keberhasilan="Indeks 3,5"
            ),
            ResultSnapshot("r2", GOALS[1][1], parent_goal_id="g2", target_basis="x"),
        ),
        annex=ANNEX,
    )
    j3 = by_id(checklist(snap, ReviewContext(owned_goals=GOALS)))["J3"]
    assert (j3.passed, j3.result_ids) == (False, ("r2",))


# -- JA/JF -------------------------------------------------------------------------------------

ATASAN = (
    ResultSnapshot("a1", "Tersedianya layanan administrasi kepegawaian yang tertib dan tepat waktu"),
    ResultSnapshot("a2", "Tersedianya data kepegawaian yang mutakhir"),
    ResultSnapshot("a3", "Terkumpulnya darah melalui donor darah", jenis="tambahan"),
)


def staff_plan(
    *results: ResultSnapshot,
    guide: DraftingGuide = DraftingGuide.DASAR,
    ekspektasi: dict[str, str] | None = None,
) -> PlanSnapshot:
    return PlanSnapshot(
        "p-staff",
        PlanKind.JA_JF,
        Pendekatan.KUANTITATIF,
        guide,
        2026,
        results=results,
        ekspektasi=ekspektasi or {},
    )


def good_staff_results() -> tuple[ResultSnapshot, ...]:
    return (
        ResultSnapshot(
            "r1",
            "Usulan kenaikan pangkat diproses lengkap sebelum batas periode",
            parent_result_id="a1",
            indicators=(iki("i1"),),
        ),
        ResultSnapshot(
            "r2",
            "Data riwayat jabatan pada SIASN mutakhir dan lengkap",
            parent_result_id="a2",
            indicators=(iki("i2"),),
        ),
    )


def test_good_staff_plan_passes_computed_rows_and_leaves_judged_rows_open() -> None:
    ctx = ReviewContext(atasan_results=ATASAN, covered_atasan_result_ids=frozenset(), equivalent_plans=3)
    rows = checklist(
        staff_plan(*good_staff_results(), ekspektasi={"akuntabel": "Lapor bila target berisiko"}), ctx
    )
    assert [r.id for r in rows] == ["A1", "A2", "A3", "A4", "A5", "A6", "A7"]
    computed = {r.id: r.passed for r in rows if r.computed}
    assert computed == {"A1": True, "A2": True, "A3": True, "A4": True, "A5": True}
    judged = by_id(rows)
    assert (judged["A6"].computed, judged["A6"].passed) == (False, None)
    assert judged["A6"].detail_params == {"filled": "1", "total": "7"}
    assert judged["A7"].detail_params == {"equivalent": "3"}
    assert [r.id for r in open_rows(rows)] == ["A6", "A7"]


def test_a1_orphan_and_unknown_parent_fail() -> None:
    results = (
        ResultSnapshot("r1", "Tersedianya rekap cuti yang akurat", indicators=(iki("i1"),)),
        ResultSnapshot(
            "r2", "Tersedianya rekap hadir yang akurat", parent_result_id="zz", indicators=(iki("i2"),)
        ),
        ResultSnapshot("r3", "Tersedianya data yang valid", parent_goal_id="g1", indicators=(iki("i3"),)),
        ResultSnapshot("r4", "Terkumpulnya darah", jenis="tambahan", indicators=(iki("i4"),)),
    )
    a1 = by_id(checklist(staff_plan(*results), ReviewContext(atasan_results=ATASAN)))["A1"]
    assert (a1.computed, a1.passed, a1.result_ids) == (True, False, ("r1", "r2"))
    assert a1.detail_params == {"orphans": "1", "unknown_parent": "1"}


def test_a1_a2_are_judged_without_the_atasan_plan() -> None:
    rows = by_id(checklist(staff_plan(*good_staff_results()), ReviewContext()))
    assert (rows["A1"].computed, rows["A1"].passed) == (False, None)
    assert (rows["A2"].computed, rows["A2"].passed) == (False, None)
    # an orphan is decided even then
    orphan = ResultSnapshot("r9", "Tersedianya data yang valid", indicators=(iki("i9"),))
    assert by_id(checklist(staff_plan(orphan), ReviewContext()))["A1"].passed is False


def test_a2_uncovered_atasan_rhk_utama() -> None:
    only_a1 = (good_staff_results()[0],)
    a2 = by_id(checklist(staff_plan(*only_a1), ReviewContext(atasan_results=ATASAN)))["A2"]
    assert (a2.passed, a2.result_ids) == (False, ("a2",))  # a3 is tambahan: not assigned to the team
    assert a2.detail_params == {"uncovered": "1", "total": "2"}
    covered = ReviewContext(atasan_results=ATASAN, covered_atasan_result_ids=frozenset({"a2"}))
    assert by_id(checklist(staff_plan(*only_a1), covered))["A2"].passed is True


def test_a3_wording_and_copies_of_the_atasan() -> None:
    copy = ResultSnapshot("r1", ATASAN[1].text.upper(), parent_result_id="a2", indicators=(iki("i1"),))
    activity = ResultSnapshot(
        "r2", "Menginput data pegawai ke SIASN", parent_result_id="a1", indicators=(iki("i2"),)
    )
    a3 = by_id(checklist(staff_plan(copy, activity), ReviewContext(atasan_results=ATASAN)))["A3"]
    assert (a3.passed, a3.result_ids) == (False, ("r1", "r2"))
    assert a3.detail_params == {"wording": "1", "duplicates": "1"}
    direct = ResultSnapshot(
        "r1", ATASAN[1].text, parent_result_id="a2", cascading_method="langsung", indicators=(iki("i1"),)
    )
    assert by_id(checklist(staff_plan(direct), ReviewContext(atasan_results=ATASAN)))["A3"].passed is True


def test_a4_a5_indicator_rows() -> None:
    results = (
        ResultSnapshot(
            "r1",
            "Tersedianya data yang valid",
            parent_result_id="a1",
            indicators=(IndicatorSnapshot("i1", "Data bagus", "kualitas"),),  # unmeasurable, no kuantitas
        ),
        ResultSnapshot(
            "r2",
            "Tersedianya rekap yang akurat",
            parent_result_id="a2",
            indicators=(iki("i2", text="Semua rekap selesai tepat waktu"),),
        ),
    )
    rows = by_id(
        checklist(
            staff_plan(*results, guide=DraftingGuide.PENGEMBANGAN), ReviewContext(atasan_results=ATASAN)
        )
    )
    a4 = rows["A4"]
    assert (a4.passed, a4.result_ids) == (False, ("r1", "r2"))
    assert a4.detail_params == {"unmeasurable": "1", "aspect": "1", "no_source": "2"}
    a5 = rows["A5"]
    assert (a5.passed, a5.result_ids, a5.detail_params["count"]) == (False, ("r2",), "1")


def test_min_indicators_from_the_context() -> None:
    ctx = ReviewContext(atasan_results=ATASAN, min_indicators=2)
    a4 = by_id(checklist(staff_plan(*good_staff_results()), ctx))["A4"]
    assert (a4.passed, a4.detail_params["aspect"]) == (False, "2")


# -- the words (coach_text) --------------------------------------------------------------------


def test_every_check_has_a_title_an_explanation_and_details() -> None:
    from skpdesk.ui.skp import coach_text

    for check in ("J1", "J2", "J3", "J4", "J5", "A1", "A2", "A3", "A4", "A5", "A6", "A7"):
        assert coach_text.check_title(check) != check
        assert coach_text.check_explanation(check)
    rows = checklist(jpt_plan(*good_jpt_results(), annex={}), ReviewContext(owned_goals=GOALS))
    rows += checklist(staff_plan(*good_staff_results()), ReviewContext(atasan_results=ATASAN))
    rows += checklist(staff_plan(ResultSnapshot("r", "Sosialisasi")), ReviewContext())
    for row in rows:
        detail = coach_text.check_detail(row)
        assert detail and "{" not in detail, (row, detail)


def test_details_name_what_was_found() -> None:
    from PySide6.QtCore import QCoreApplication

    from skpdesk.messages import install_translator
    from skpdesk.ui.skp import coach_text

    app = QCoreApplication.instance()  # an earlier test may have left Indonesian installed
    if app is not None:
        install_translator("en")

    j5 = by_id(checklist(jpt_plan(*good_jpt_results(), annex={}), ReviewContext(owned_goals=GOALS)))["J5"]
    detail = coach_text.check_detail(j5)
    assert "resource support" in detail and "consequences" in detail
    j1 = by_id(checklist(jpt_plan(good_jpt_results()[0]), ReviewContext(owned_goals=GOALS)))["J1"]
    assert GOALS[1][1] in coach_text.check_detail(j1)
    if app is not None:
        install_translator("id")
