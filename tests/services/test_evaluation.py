"""EvaluationService: what the Evaluasi Kinerja, the ratings sheet and the angka kredit reports read,
the unit batch (progress, cancel, skipped plans, DOC-WRITE) and every refusal.

``rated_office`` is shared with the report, CLI and GUI tests: the office of ``test_rating_rules``
(2025) with ratings — the analyst (Ahli Pertama) rated TW1 final (Baik), TW2 draft, AKHIR final
(Sangat Baik); the kabid TW1 and AKHIR final (Baik); the kepala (JPT, head of Dinas A) AKHIR from
the predikat organisasi Baik — realisasi, bukti dukung and umpan balik on the analyst's plan, and an
earlier plan of the analyst in 2024 (same jenjang) and 2023 (another jenjang) for angka kredit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import pytest

from skpdesk.domain.errors import Cancelled, Code, SkpError
from skpdesk.domain.predikat import Predikat, PredikatOrganisasi
from skpdesk.domain.roles import Role
from skpdesk.models.tables import Assessment, Evidence, Feedback, Progress
from skpdesk.reports.evaluation_document import NOT_RATED, RATED_DRAFT, RATED_FINAL
from skpdesk.services.evaluation import evaluation_file_name, parse_period, short_label
from skpdesk.services.org import NewPosition
from skpdesk.services.planning import NewIndicator, NewPlan, NewResult
from skpdesk.services.workspace import Workspace
from tests.services.test_rating_rules import Office, as_, as_workspace, at, build_office, insert

RATED_ON = dt.date(2025, 4, 7)
AKHIR_ON = dt.date(2026, 1, 10)
EVIDENCE = "laporan_anjab_tw1.pdf"
FEEDBACK = "Laporan TW I lengkap, perbaiki sumber data"
VALUE_FEEDBACK = "Selalu menanggapi permintaan data hari itu juga"


@dataclass
class Rated:
    o: Office
    plan_2024: str
    plan_2023: str


def rated_office(ws: Workspace) -> Rated:
    o = build_office(ws)
    iki1, iki2 = o.iki
    for indicator, periode, value in ((iki1, "TW1", "1"), (iki1, "TW2", "2"), (iki2, "TW1", "90.5")):
        insert(ws, Progress, indicator_id=indicator, periode=periode, realisasi=value, recorded_on=RATED_ON)
    insert(ws, Progress, result_id=o.kabid_rhk, periode="TW1", realisasi_text="Layanan selesai 3 hari")
    insert(
        ws, Evidence, result_id="r-s1", indicator_id=iki1, periode="TW1", file_name=EVIDENCE,
        sha256="ab" * 32, size=10, uploaded_on=RATED_ON,
    )  # fmt: skip
    insert(ws, Evidence, result_id="r-s2", periode="TW2", file_name="data_tw2.xlsx", sha256="cd" * 32, size=5)
    insert(
        ws, Feedback, plan_id=o.staff_plan, result_id="r-s1", from_employee_id=o.kabid, relation="atasan",
        periode="TW1", text=FEEDBACK, given_on=RATED_ON,
    )  # fmt: skip
    insert(
        ws, Feedback, plan_id=o.staff_plan, core_value="berorientasi-pelayanan", from_employee_id=o.kabid,
        relation="atasan", periode="TW2", text=VALUE_FEEDBACK, given_on=dt.date(2025, 5, 2),
    )  # fmt: skip
    insert(
        ws, Feedback, plan_id=o.staff_plan, result_id="r-s1", from_employee_id=o.colleague, relation="rekan",
        periode="TW1", text="Catatan rekan tidak dicetak", given_on=RATED_ON,
    )  # fmt: skip
    as_(ws, o.kabid, Role.ATASAN, RATED_ON)
    ws.rating.rate(o.staff_plan, "TW1", "di-atas", "sesuai", note="Pertahankan", final=True)
    at(ws, dt.date(2025, 7, 7))
    ws.rating.rate(o.staff_plan, "TW2", "sesuai", "sesuai")  # a draft
    as_(ws, o.kepala, Role.ATASAN, RATED_ON)
    ws.rating.rate(o.kabid_plan, "TW1", "sesuai", "sesuai", final=True)
    as_workspace(ws)
    ws.rating.set_org_predikat("u-a", o.period, "AKHIR", "baik", o.sekda)
    as_(ws, o.kabid, Role.ATASAN, AKHIR_ON)
    ws.rating.rate(
        o.staff_plan, "AKHIR", "di-atas", "di-atas", note="Layak dipromosikan.\nIkut pelatihan.", final=True
    )
    as_(ws, o.kepala, Role.ATASAN)
    ws.rating.rate(o.kabid_plan, "AKHIR", "sesuai", "sesuai", final=True)
    as_(ws, o.sekda, Role.ATASAN)
    ws.rating.rate(o.kepala_plan, "AKHIR", None, "sesuai", final=True)
    as_workspace(ws)
    # earlier years of the analyst: 2024 in the same jenjang, 2023 in another (a new count)
    ws.org.add_positions(
        [NewPosition("Pengelola Data", "u-bid", "terampil", atasan_position_id="p-kabid", id="p-old")]
    )
    p2024, _ = ws.planning.add_period(2024)
    p2023, _ = ws.planning.add_period(2023)
    (plan_2024, plan_2023), _ = ws.planning.add_plans(
        [
            NewPlan(
                employee_id=o.staff, period_id=p2024, penilai_employee_id=o.kabid, status="ditetapkan",
                start_date=dt.date(2024, 3, 1),
                results=(NewResult("Tersusunnya laporan", indicators=(NewIndicator("Jml", "kuantitas"),)),),
            ),
            NewPlan(
                employee_id=o.staff, period_id=p2023, penilai_employee_id=o.kabid, status="ditetapkan",
                position_id="p-old", results=(NewResult("Terkelolanya data"),),
            ),
        ]
    )  # fmt: skip
    for plan_id in (plan_2024, plan_2023):
        insert(ws, Assessment, plan_id=plan_id, periode="AKHIR", rating_hasil_kerja="sesuai",
               rating_perilaku="sesuai", predikat="baik", status="final",
               assessed_on=dt.date(2025, 1, 15))  # fmt: skip
    at(ws, dt.date(2026, 2, 1))
    return Rated(o, plan_2024, plan_2023)


@pytest.fixture
def r(ws: Workspace) -> Rated:
    return rated_office(ws)


def refused(call: object, code: Code, *args: object, **kwargs: object) -> SkpError:
    with pytest.raises(SkpError) as info:
        call(*args, **kwargs)  # type: ignore[operator]
    assert info.value.code is code, info.value
    return info.value


# -- the period argument -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025/AKHIR", (2025, "AKHIR")),
        ("2025/tw1", (2025, "TW1")),
        ("2025-TW4", (2025, "TW4")),
        ("2025 TW III", (2025, "TW3")),
        ("TW2/2025", (2025, "TW2")),
        ("2025/Triwulan II", (2025, "TW2")),
        ("2025/SEMESTER-2", (2025, "SEMESTER-2")),
        ("2025/S1", (2025, "SEMESTER-1")),
        ("2025/BULAN-3", (2025, "BULAN-03")),
        ("2025/September", (2025, "BULAN-09")),
    ],
)
def test_periods_are_read_as_year_and_code(text: str, expected: tuple[int, str]) -> None:
    assert parse_period(text) == expected


@pytest.mark.parametrize(
    "text", ["2025/TW5", "2025", "TW1", "25/TW1", "2025/BULAN-13", "2025/X", "", "2025/TW1/2"]
)
def test_a_malformed_period_is_refused(text: str) -> None:
    err = refused(parse_period, Code.EVALUATION_PERIOD_FORMAT, text)
    assert err.params == {"value": text}


def test_short_labels_of_the_akhir_lines() -> None:
    assert [short_label(x) for x in ("Triwulan IV", "Semester I", "Maret", "Akhir")] == [
        "TW IV",
        "Smt I",
        "Mar",
        "Akhir",
    ]


# -- the Evaluasi Kinerja of one plan ------------------------------------------------------------------


def test_a_periodic_document_reads_the_rating_realisasi_evidence_and_feedback(
    ws: Workspace, r: Rated
) -> None:
    o = r.o
    doc = ws.evaluation.evaluation_document(o.staff_plan, "tw1")
    assert (doc.periode, doc.periode_label, doc.is_final) == ("TW1", "Triwulan I", False)
    assert (doc.period_start, doc.period_end) == (dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert (doc.rating_status, doc.rating_hasil_kerja, doc.rating_perilaku) == (
        RATED_FINAL,
        "Di Atas Ekspektasi",
        "Sesuai Ekspektasi",
    )
    assert doc.predikat is Predikat.BAIK and doc.note == "Pertahankan" and doc.assessed_on == RATED_ON
    assert doc.signed_on == RATED_ON and doc.assessor == "Kabid" and not doc.basis_org
    assert doc.plan.pegawai.name == "Staf Satu" and doc.plan.penilai.name == "Kabid"
    # the atasan of the pejabat penilai: the holder of the kabid's atasan position
    assert doc.atasan_penilai.name == "Kepala A" and doc.atasan_penilai.jabatan == "Kepala Dinas A"
    first, second = doc.utama
    assert first.indicators == (("1 laporan",),) and first.evidence == (EVIDENCE,)
    assert first.feedback == (FEEDBACK,)  # the atasan's only: a peer's note is evidence, not the form's
    assert second.indicators == (("90,5%",),) and second.evidence == () and second.feedback == ()
    assert doc.tambahan == ()
    assert doc.perilaku_feedback[0] == ()  # the value note is of TW2
    assert doc.periodic == ()
    # the curve: no predikat organisasi for TW1, so Dinas A's distribution without a pattern
    curve = doc.curve
    assert curve is not None and (curve.unit_id, curve.org_predikat, curve.check) == ("u-a", None, None)
    assert curve.counts[Predikat.BAIK] == 2 and curve.n == 2 and curve.drafts == 0
    assert evaluation_file_name(doc) == "199003032015031003_Staf_Satu_2025_TW1.pdf"


def test_the_akhir_document_uses_the_whole_year_and_the_predikat_organisasi(ws: Workspace, r: Rated) -> None:
    o = r.o
    doc = ws.evaluation.evaluation_document(o.staff_plan, "AKHIR")
    assert doc.is_final and doc.predikat is Predikat.SANGAT_BAIK and doc.signed_on == AKHIR_ON
    assert doc.note == "Layak dipromosikan.\nIkut pelatihan."
    first, second = doc.utama
    assert first.indicators == (("TW I: 1 laporan", "TW II: 2 laporan"),)  # each period, never added up
    assert second.indicators == (("TW I: 90,5%",),)
    assert second.evidence == ("data_tw2.xlsx",)  # every bukti dukung of the year
    assert first.feedback == (f"TW I: {FEEDBACK}",)
    assert doc.perilaku_feedback[0] == (f"TW II: {VALUE_FEEDBACK}",)
    # R-PERIODIC: the periodic predikat as evidence, the draft marked as such
    assert [(p.periode, p.predikat, p.final) for p in doc.periodic] == [
        ("TW1", Predikat.BAIK, True),
        ("TW2", Predikat.BAIK, False),
        ("TW3", None, False),
        ("TW4", None, False),
    ]
    curve = doc.curve
    assert curve is not None and curve.unit_id == "u-a" and curve.org_predikat is PredikatOrganisasi.BAIK
    assert dict(curve.counts) == {
        Predikat.SANGAT_BAIK: 1,
        Predikat.BAIK: 2,
        Predikat.BUTUH_PERBAIKAN: 0,
        Predikat.KURANG_MISCONDUCT: 0,
        Predikat.SANGAT_KURANG: 0,
    }
    assert curve.check is not None and not curve.check.fits  # Baik needs someone at BP or K/M
    # the kepala's AKHIR: rating hasil kerja from the predikat organisasi (R-ORG-PREDIKAT)
    kepala = ws.evaluation.evaluation_document(o.kepala_plan, "AKHIR")
    assert kepala.basis_org and kepala.rating_hasil_kerja == "Sesuai Ekspektasi"
    assert kepala.plan.jpt and kepala.atasan_penilai.empty  # the sekda has no atasan in the data


def test_a_period_not_rated_yet_is_refused_unless_a_worksheet_is_asked(ws: Workspace, r: Rated) -> None:
    o = r.o
    err = refused(ws.evaluation.evaluation_document, Code.EVALUATION_NOT_RATED, o.staff_plan, "TW3")
    assert err.params == {"name": "Staf Satu", "periode": "Triwulan III", "year": 2025}
    doc = ws.evaluation.evaluation_document(o.staff_plan, "TW3", allow_unrated=True)
    assert (doc.rating_status, doc.predikat, doc.rating_hasil_kerja, doc.note) == (NOT_RATED, None, "", "")
    assert not doc.rated and doc.signed_on == dt.date(2026, 2, 1)
    draft = ws.evaluation.evaluation_document(o.staff_plan, "TW2")
    assert draft.rating_status == RATED_DRAFT and draft.rated and not draft.final


def test_what_has_no_evaluation_is_refused(ws: Workspace, r: Rated) -> None:
    o = r.o
    err = refused(ws.evaluation.evaluation_document, Code.EVALUATION_PLAN_NOT_SET, o.colleague_plan, "TW1")
    assert err.params["name"] == "Staf Dua" and err.params["status"] == "Draf"
    refused(
        ws.evaluation.evaluation_document, Code.EVALUATION_PLAN_NOT_SET, o.colleague_plan, "TW1",
        allow_unrated=True,
    )  # fmt: skip
    refused(ws.evaluation.evaluation_document, Code.PERIODE_OUTSIDE_PLAN, o.operator_plan, "TW1")
    refused(ws.evaluation.evaluation_document, Code.PERIODE_UNKNOWN, o.staff_plan, "TW9")
    refused(ws.evaluation.evaluation_document, Code.RECORD_NOT_FOUND, "no-such-plan", "TW1")
    refused(ws.evaluation.find_plan, Code.DOCUMENT_NO_PLAN, "199999999999999999", 2025)


def test_a_pegawai_reads_their_own_evaluation_and_no_one_elses(ws: Workspace, r: Rated) -> None:
    o = r.o
    as_(ws, o.staff, Role.PEGAWAI)
    assert ws.evaluation.evaluation_document(o.staff_plan, "TW1").predikat is Predikat.BAIK
    refused(ws.evaluation.evaluation_document, Code.OUT_OF_SCOPE, o.kabid_plan, "TW1")
    refused(ws.evaluation.angka_kredit_for_plan, Code.OUT_OF_SCOPE, o.kabid_plan)


def test_reading_writes_nothing(ws: Workspace, r: Rated, tmp_path: Path) -> None:
    before = len(ws.ops())
    ws.evaluation.evaluation_document(r.o.staff_plan, "AKHIR")
    ws.evaluation.write_evaluation(r.o.staff_plan, "AKHIR", tmp_path / "e.pdf")
    ws.evaluation.ratings_sheet("u-a", 2025, "AKHIR")
    ws.evaluation.angka_kredit_unit("u-a", 2025)
    assert len(ws.ops()) == before


# -- the unit batch -------------------------------------------------------------------------------------


def test_the_unit_batch_writes_the_rated_and_lists_the_rest(ws: Workspace, r: Rated, tmp_path: Path) -> None:
    o = r.o
    out = tmp_path / "batch"
    steps: list[tuple[int, int]] = []
    result = ws.evaluation.write_evaluations(
        "u-a", 2025, "tw1", out, progress=lambda d, t: steps.append((d, t))
    )
    assert sorted(p.name for p in result.written) == [
        "197502022001012002_Kabid_2025_TW1.pdf",
        "199003032015031003_Staf_Satu_2025_TW1.pdf",
    ]
    assert all(p.read_bytes().startswith(b"%PDF") for p in result.written)
    reasons = {s.plan_id: s.code for s in result.skipped}
    assert reasons == {
        o.kepala_plan: Code.EVALUATION_NOT_RATED,
        o.colleague_plan: Code.EVALUATION_PLAN_NOT_SET,
        o.operator_plan: Code.PERIODE_OUTSIDE_PLAN,
    }
    assert result.total == 5 and steps[0] == (0, 5) and steps[-1] == (5, 5) and len(steps) == 6
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in result.written)
    # worksheets too: the kepala's TW1 is printed, marked
    again = ws.evaluation.write_evaluations("u-a", 2025, "TW1", tmp_path / "all", include_unrated=True)
    assert len(again.written) == 3 and {s.code for s in again.skipped} == {
        Code.EVALUATION_PLAN_NOT_SET,
        Code.PERIODE_OUTSIDE_PLAN,
    }


def test_stopping_the_batch_keeps_finished_files_and_leaves_no_part(
    ws: Workspace, r: Rated, tmp_path: Path
) -> None:
    out = tmp_path / "stop"
    done: list[int] = []

    def progress(step: int, _total: int) -> None:
        done.append(step)

    with pytest.raises(Cancelled):
        ws.evaluation.write_evaluations(
            "u-a", 2025, "AKHIR", out, progress=progress, cancelled=lambda: len(done) >= 3
        )
    files = sorted(out.iterdir())
    assert len(files) == 2 and all(f.suffix == ".pdf" and f.stat().st_size > 1000 for f in files)
    assert not list(out.glob(".skpdesk-*"))


def test_batch_refusals(ws: Workspace, r: Rated, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    err = refused(ws.evaluation.write_evaluations, Code.DOCUMENT_WRITE, "u-a", 2025, "TW1", blocker)
    assert err.params["path"] == str(blocker)
    assert blocker.read_text() == "x"
    refused(ws.evaluation.write_evaluations, Code.EVALUATION_NO_PLANS, "u-b", 2025, "TW1", tmp_path / "b")
    refused(ws.evaluation.write_evaluations, Code.PERIODE_UNKNOWN, "u-a", 2025, "SEMESTER-1", tmp_path / "c")
    refused(ws.evaluation.write_evaluations, Code.DOCUMENT_NO_YEAR, "u-a", 2031, "TW1", tmp_path / "d")
    assert not (tmp_path / "b").exists() and not (tmp_path / "c").exists()


def test_a_single_document_to_a_missing_folder_leaves_nothing(
    ws: Workspace, r: Rated, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "e.pdf"
    err = refused(ws.evaluation.write_evaluation, Code.DOCUMENT_WRITE, r.o.staff_plan, "TW1", target)
    assert err.params["reason"] == "folder-missing" and not target.parent.exists()


# -- the ratings sheet ----------------------------------------------------------------------------------


def test_the_ratings_sheet_lists_every_plan_with_its_state(ws: Workspace, r: Rated) -> None:
    sheet = ws.evaluation.ratings_sheet("u-a", 2025, "TW1")
    rows = {line.name: line for line in sheet.lines}
    assert set(rows) == {"Kepala A", "Kabid", "Staf Satu", "Staf Dua", "Operator"}
    staff = rows["Staf Satu"]
    assert (staff.rating_status, staff.rating_hasil_kerja, staff.predikat) == (
        RATED_FINAL,
        "Di Atas Ekspektasi",
        Predikat.BAIK,
    )
    assert (staff.penilai, staff.penilai_nip, staff.nip) == (
        "Kabid",
        "19750202 200101 2 002",
        "19900303 201503 1 003",
    )
    assert rows["Operator"].outside and rows["Staf Dua"].plan_status == "draft"
    assert rows["Kepala A"].rating_status == NOT_RATED
    assert sheet.lines[0].name == "Kepala A"  # the head of the unit first
    assert sheet.curve.counts[Predikat.BAIK] == 2 and sheet.curve.org_predikat is None
    akhir = ws.evaluation.ratings_sheet("u-bid", 2025, "AKHIR")  # the bidang takes Dinas A's predikat
    assert akhir.curve.org_predikat is PredikatOrganisasi.BAIK and akhir.org_unit_name == "Dinas A"
    assert akhir.curve.unit_id == "u-bid" and akhir.curve.n == 2  # counted in the bidang only


def test_ratings_sheet_refusals_and_scope(ws: Workspace, r: Rated) -> None:
    refused(ws.evaluation.ratings_sheet, Code.EVALUATION_NO_PLANS, "u-b", 2025, "TW1")
    refused(ws.evaluation.ratings_sheet, Code.RECORD_NOT_FOUND, "no-unit", 2025, "TW1")
    refused(ws.evaluation.ratings_sheet, Code.PERIODE_UNKNOWN, "u-a", 2025, "BULAN-01")
    as_(ws, r.o.staff, Role.PEGAWAI)
    sheet = ws.evaluation.ratings_sheet("u-a", 2025, "TW1")
    assert [line.name for line in sheet.lines] == ["Staf Satu"]  # the reader's own only


# -- angka kredit ---------------------------------------------------------------------------------------


def test_angka_kredit_of_a_person_per_period_and_cumulative(ws: Workspace, r: Rated) -> None:
    report = ws.evaluation.angka_kredit_person("19900303 201503 1 003", 2025)
    (person,) = report.people
    assert report.per_person and person.name == "Staf Satu" and person.jenjang.jenjang.value == "ahli-pertama"
    this_year = person.years[-1]
    assert this_year.basis == "akhir" and this_year.months == 12
    akhir = [p for p in this_year.periods if p.counted]
    assert [(p.periode, p.predikat, p.months, p.exact) for p in akhir] == [
        ("AKHIR", Predikat.SANGAT_BAIK, 12, Fraction(75, 4))  # 12/12 × 150% × 12.5 = 18.75 (R-AK)
    ]
    tw1 = next(p for p in this_year.periods if p.periode == "TW1")
    assert (tw1.exact, tw1.counted) == (Fraction(25, 8), False)  # shown, not added: AKHIR covers it
    assert person.year_exact == Fraction(75, 4) and person.predikat is Predikat.SANGAT_BAIK
    # 2024: March–December, Baik → 10/12 × 12.5 = 125/12 (not a finite decimal); 2023 is another jenjang
    assert [y.year for y in person.years] == [2024, 2025] and person.first_year == 2024
    assert person.years[0].exact == Fraction(125, 12)
    assert person.cumulative == Fraction(75, 4) + Fraction(125, 12)
    assert (
        person.kurang_pangkat == 50 - person.cumulative and person.kurang_jenjang == 100 - person.cumulative
    )
    assert not person.provisional


def test_angka_kredit_is_provisional_while_akhir_is_not_final(ws: Workspace, r: Rated) -> None:
    assessment = next(a for a in ws.rating.assessments(r.o.staff_plan) if a.periode == "AKHIR")
    as_(ws, r.o.kabid, Role.ATASAN)
    ws.rating.reopen(assessment.id)
    as_workspace(ws)
    report = ws.evaluation.angka_kredit_person("199003032015031003", 2025)
    (person,) = report.people
    assert person.provisional and person.years[-1].basis == "periodik"
    assert person.year_exact == Fraction(25, 8)  # TW1 final only (TW2 is a draft, AKHIR reopened)
    assert person.predikat is None


def test_angka_kredit_refusals(ws: Workspace, r: Rated) -> None:
    err = refused(ws.evaluation.angka_kredit_person, Code.AK_NOT_FUNGSIONAL, "197502022001012002", 2025)
    assert err.params == {"name": "Kabid", "jabatan": "Kepala Bidang Umum"}
    refused(ws.evaluation.angka_kredit_person, Code.DOCUMENT_NO_PLAN, "199999999999999999", 2025)
    refused(ws.evaluation.angka_kredit_unit, Code.AK_NO_FUNGSIONAL, "u-b", 2025)
    refused(ws.evaluation.angka_kredit_unit, Code.DOCUMENT_NO_YEAR, "u-a", 2031)


def test_angka_kredit_of_a_unit_lists_each_jabatan_fungsional_once(ws: Workspace, r: Rated) -> None:
    report = ws.evaluation.angka_kredit_unit("u-a", 2025)
    names = [p.name for p in report.people]
    assert names == ["Staf Dua", "Staf Satu"] and not report.per_person  # by name within a unit
    colleague = report.people[0]
    assert colleague.year_exact == 0 and colleague.years[-1].basis == "kosong"
