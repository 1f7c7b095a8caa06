"""The phrasing coach (SKP-REFERENCE R-PHRASING L1–L10): each rule fires on its trigger and stays
quiet on good wording; the labelled sentence set keeps precision and recall of "not a result"."""

from __future__ import annotations

import csv
import statistics
import time
from collections import Counter
from pathlib import Path

import pytest

from skpdesk.domain import phrasing
from skpdesk.domain.phrasing import (
    Finding,
    Severity,
    check_indicator,
    check_plan,
    check_result_text,
    classify,
    is_result,
    suggest_rewrite,
)
from skpdesk.domain.plan import (
    DraftingGuide,
    IndicatorSnapshot,
    Pendekatan,
    PlanKind,
    PlanSnapshot,
    ResultSnapshot,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "rhk_sentences.csv"
EXAMPLES = Path("/work/shared/data/examples/phrasing_examples_pupr.csv")


def rules(text: str, *, jpt: bool = False) -> list[str]:
    return [f.rule for f in check_result_text(text, jpt=jpt)]


def labelled() -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


# -- L1: activity opener -----------------------------------------------------------------------


@pytest.mark.parametrize("verb", sorted(phrasing.L1_VERBS))
def test_every_listed_activity_verb_fires_l1(verb: str) -> None:
    text = f"{verb.capitalize()} laporan keuangan perangkat daerah"
    found = check_result_text(text)
    assert [f.rule for f in found] == ["L1"]
    assert found[0].severity is Severity.WARNING
    assert found[0].params["verb"] == verb.capitalize()
    assert found[0].target == phrasing.TARGET_RHK
    assert not is_result(text)
    assert classify(text) == phrasing.AKTIVITAS


@pytest.mark.parametrize(
    "text",
    [
        "Mengkoordinasikan kegiatan bulan bakti gotong royong",
        "Mengoordinasikan pelaksanaan imunisasi di posyandu",
        "Menyelenggarakan bimtek penyusunan laporan keuangan",  # meny-
        "Memperbaiki jaringan internet kantor",  # memper-
        "Mengupdate data website dinas",  # meng- + loanword
        "Mewujudkan tata kelola pemerintahan yang baik",  # me- + w
        "Berkoordinasi dengan instansi vertikal terkait penanganan banjir",  # ber-
        "Input data absensi pegawai ke aplikasi",  # base verb
        "Ikut serta dalam kegiatan kerja bakti",
        "Dapat menyelesaikan laporan tepat waktu",  # modal + verb
        "Menyusun laporan keuangan yang akurat dan tepat waktu",  # quality does not rescue a verb
        "1. Menyusun LAKIP perangkat daerah",
        "b) Mengumpulkan bahan penyusunan Renstra",
        "   MELAKSANAKAN   PATROLI KETERTIBAN UMUM.  ",
        "menyusun laporan realisasi anggaran",
    ],
)
def test_activity_openers_in_all_their_shapes(text: str) -> None:
    assert rules(text) == ["L1"]


def test_l1_is_an_error_for_jpt_and_a_warning_otherwise() -> None:
    assert check_result_text("Mewujudkan tata kelola keuangan", jpt=True)[0].severity is Severity.ERROR
    assert check_result_text("Mewujudkan tata kelola keuangan")[0].severity is Severity.WARNING
    # other rules keep their severity for a JPT
    assert check_result_text("Terlaksananya rapat", jpt=True)[0].severity is Severity.WARNING


# -- L3: accepted result forms -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah Daerah menggunakan aplikasi SIMBG untuk penerbitan PBG/IMB dan SLF",  # subject + verb
        "Sekolah binaan menyusun RKAS berdasarkan Rapor Pendidikan",  # activity verb after a subject
        "Permohonan bantuan teknis diproses dengan cepat dan akurat",  # passive + quality
        "Hasil analisis kebutuhan biaya disampaikan tepat waktu",
        "Tidak ada dokumen pengusulan bantuan teknis yang hilang",
        "Kepuasan instansi pengusul",
        "Tersusunnya laporan keuangan yang akurat",
        "Tersusunya laporan kinerja tahunan yang tepat waktu",  # typo: one n
        "Terselesaikanya pengaduan masyarakat sesuai SOP",
        "Meningkatnya kualitas sumber daya aparatur",
        "Menurunnya angka stunting menjadi 14 persen",
        "Berkurangnya keluhan masyarakat atas layanan administrasi kependudukan",
        "Pengelolaan Anggaran yang Optimal",  # category noun + yang + quality
        "Layanan pengaduan masyarakat ditanggapi paling lama 3 hari kerja",
        "Verifikasi berkas permohonan bantuan teknis disampaikan tepat waktu.",
        "Ide dan inovasi untuk mengembangkan fitur SIMBG",  # activity verb in the middle
        "TERSEDIANYA DATA PEGAWAI YANG MUTAKHIR",
        "a) Terselesaikannya verifikasi SPJ paling lama 3 hari kerja",
        "Terlaksananya supervisi akademik guru yang ditindaklanjuti dengan perbaikan pembelajaran",
    ],
)
def test_result_forms_pass(text: str) -> None:
    assert check_result_text(text) == []
    assert is_result(text)
    assert classify(text) == phrasing.HASIL


# -- L2: categories ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["Sosialisasi", "Monitoring dan supervisi", "Pengawasan", "Pelayanan administrasi"]
)
def test_bare_category_is_an_error(text: str) -> None:
    found = check_result_text(text)
    assert [f.rule for f in found] == ["L2"]
    assert found[0].severity is Severity.ERROR
    assert found[0].params["scope"] == "bare"
    assert classify(text) == phrasing.KATEGORI


@pytest.mark.parametrize(
    "text",
    [
        "Layanan penerbitan PBG/ IMB dan SLF",
        "Asistensi/ pendampingan terhadap Pemerintah Daerah terkait penggunaan SIMBG",
        "Koordinasi dengan OPD",
        "Penyusunan laporan keuangan perangkat daerah",
        "Pengurusan izin trayek",  # pe(N)-an noun not in the word list
        "Tugas-tugas kedinasan yang diberikan pimpinan",  # a description, not a quality
        "Operator Dapodik",  # a post, not a result
    ],
)
def test_category_phrase_warns(text: str) -> None:
    found = check_result_text(text)
    assert [f.rule for f in found] == ["L2"]
    assert found[0].severity is Severity.WARNING
    assert found[0].params["scope"] == "phrase"


# -- L4: process-only results ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Terlaksananya sosialisasi",
        "Terselenggaranya kegiatan bimtek",
        "Terlaksananya rapat koordinasi lintas sektor",
        "Terlaksananya kegiatan posyandu setiap bulan",  # a frequency is not an achievement
        "Terlaksananya monitoring dan evaluasi program sesuai jadwal",  # nor is a schedule
        "Terlaksananya tugas kedinasan lain yang diberikan pimpinan",  # nor a description
        "Dilaksanakannya rapat koordinasi tim percepatan penurunan stunting",
        "Terlaksanaya rapat evaluasi",  # typo
        "Terlaksananya pelaksanaan dan penilaian pembelajaran guru sesuai dengan Rencana yang telah "
        "ditetapkan sebelumnya sesuai dengan Program Tahunan / Program semester.",
    ],
)
def test_process_only_fires_l4(text: str) -> None:
    found = check_result_text(text)
    assert [f.rule for f in found] == ["L4"]
    assert found[0].severity is Severity.WARNING
    assert classify(text) == phrasing.AKTIVITAS


@pytest.mark.parametrize(
    "text",
    [
        "Terselenggaranya pelatihan teknis dengan kelulusan peserta paling sedikit 90 persen",
        "Terlaksananya rapat koordinasi yang menghasilkan kesepakatan tindak lanjut",
        "Terlaksananya sosialisasi sehingga peserta mampu menyusun SKP",
        "Terselenggaranya pengadaan barang dan jasa sesuai ketentuan",
    ],
)
def test_process_with_achievement_passes(text: str) -> None:
    assert check_result_text(text) == []


def test_empty_text_has_no_findings_and_is_not_a_result() -> None:
    assert check_result_text("   ") == []
    assert not is_result("")
    assert suggest_rewrite("") == ""


# -- suggestions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Menyusun laporan keuangan", "Tersusunnya laporan keuangan yang akurat dan tepat waktu"),
        ("Menyediakan data kepegawaian", "Tersedianya data kepegawaian yang mutakhir dan valid"),
        (
            "Menyelesaikan usulan kenaikan pangkat",
            "Terselesaikannya usulan kenaikan pangkat yang lengkap dan tepat waktu",
        ),
        ("Meningkatkan kualitas pelayanan publik", "Meningkatnya kualitas pelayanan publik"),
        ("Mengelola arsip dinamis", "Terkelolanya arsip dinamis yang tertib dan mudah ditemukan kembali"),
        ("Membuat laporan bulanan", "Tersusunnya laporan bulanan yang akurat dan tepat waktu"),
        (
            "Melakukan verifikasi berkas usulan pensiun",
            "Terverifikasinya berkas usulan pensiun yang lengkap dan tepat waktu",
        ),
        (
            "Melaksanakan rapat koordinasi",
            "Terlaksananya rapat koordinasi yang menghasilkan kesepakatan tindak lanjut",
        ),
        ("Terlaksananya sosialisasi", "Terlaksananya sosialisasi yang meningkatkan pemahaman peserta"),
        ("Penyusunan laporan keuangan", "Tersusunnya laporan keuangan yang akurat dan tepat waktu"),
        ("2. SOSIALISASI SKP KEPADA PEGAWAI", "Tersosialisasikannya skp kepada pegawai yang tepat waktu"),
        ("Menyusun laporan yang akurat", "Tersusunnya laporan yang akurat"),  # no second quality tail
    ],
)
def test_suggested_rewrites(text: str, expected: str) -> None:
    assert suggest_rewrite(text) == expected
    assert check_result_text(text)[0].suggestion == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sosialisasi",
        "Berpartisipasi dalam kegiatan donor darah",
        "Menjadi narasumber pada pelatihan",
        "Koordinasi dengan OPD",
    ],
)
def test_no_rewrite_where_only_the_person_knows_the_result(text: str) -> None:
    assert suggest_rewrite(text) == ""


def test_results_need_no_rewrite() -> None:
    assert suggest_rewrite("Tersusunnya laporan keuangan yang akurat") == ""


def test_every_suggestion_in_the_labelled_set_reads_as_a_result() -> None:
    offered = 0
    for row in labelled():
        suggestion = suggest_rewrite(row["sentence"])
        if suggestion:
            offered += 1
            assert is_result(suggestion), (row["sentence"], suggestion)
    assert offered >= 150


# -- the labelled set --------------------------------------------------------------------------


def test_labelled_set_is_large_varied_and_well_formed() -> None:
    rows = labelled()
    assert len(rows) >= 230
    labels = Counter(r["label"] for r in rows)
    assert set(labels) == {"hasil", "aktivitas", "kategori"}
    assert 0.35 <= labels["hasil"] / len(rows) <= 0.55
    assert labels["kategori"] / len(rows) >= 0.1
    assert {r["source"] for r in rows} == {"pupr-table", "kendari", "pk-bkpsdm", "demo-content", "own"}
    assert len({r["sentence"].strip().lower() for r in rows}) == len(rows)


def test_regulator_table_is_in_the_set_with_its_reading() -> None:
    rows = {r["sentence"]: r["label"] for r in labelled() if r["source"] == "pupr-table"}
    assert len(rows) == 19
    if EXAMPLES.exists():
        with EXAMPLES.open(encoding="utf-8") as handle:
            for example in csv.DictReader(handle):
                assert rows[example["sentence"]] == example["class"]


def test_precision_and_recall_of_not_a_result() -> None:
    tp = fp = fn = 0
    for row in labelled():
        predicted, actual = not is_result(row["sentence"]), row["label"] != "hasil"
        tp += predicted and actual
        fp += predicted and not actual
        fn += actual and not predicted
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.9, precision
    assert recall >= 0.9, recall


def test_three_way_classes_mostly_agree_with_the_labels() -> None:
    rows = labelled()
    agree = sum(classify(r["sentence"]) == r["label"] for r in rows)
    assert agree / len(rows) >= 0.85


def test_demo_content_examples() -> None:
    from skpdesk.services.demo_content import ACTIVITY_PHRASED_RHK, RESULT_PHRASED_RHK

    assert all(is_result(t) for t in RESULT_PHRASED_RHK)
    assert not any(is_result(t) for t in ACTIVITY_PHRASED_RHK)


def test_median_time_per_sentence_is_under_two_ms() -> None:
    sentences = [r["sentence"] for r in labelled()]
    times = []
    for sentence in sentences * 3:
        started = time.perf_counter()
        check_result_text(sentence)
        times.append((time.perf_counter() - started) * 1000)
    assert statistics.median(times) <= 2.0


# -- indicators (L5, L6, L7, L9) ---------------------------------------------------------------

RHK = "Tersusunnya laporan keuangan yang akurat"


def ind_rules(
    ind: IndicatorSnapshot,
    *,
    kind: PlanKind = PlanKind.JA_JF,
    pendekatan: Pendekatan = Pendekatan.KUANTITATIF,
    guide: DraftingGuide = DraftingGuide.DASAR,
) -> list[Finding]:
    return check_indicator(ind, rhk_text=RHK, kind=kind, pendekatan=pendekatan, guide=guide)


def test_l5_absolute_words_in_iki_or_target_for_ja_jf() -> None:
    in_text = ind_rules(
        IndicatorSnapshot("i1", "Semua surat selesai diproses pada hari yang sama", "kualitas")
    )
    assert [(f.rule, f.target, f.params["word"]) for f in in_text] == [("L5", "iki", "semua")]
    in_target = ind_rules(
        IndicatorSnapshot("i2", "Persentase surat diproses", target_value="selalu 100", target_unit="%")
    )
    assert [(f.rule, f.target) for f in in_target] == [("L5", "target")]
    assert (
        ind_rules(IndicatorSnapshot("i3", "Keluhan yang tidak pernah ditanggapi"))[0].params["word"]
        == "tidak pernah"
    )
    # JPT targets, schedules and ordinary IKI are not absolute targets
    assert ind_rules(IndicatorSnapshot("i4", "Semua sasaran tercapai 100 %"), kind=PlanKind.JPT) == []
    assert (
        ind_rules(
            IndicatorSnapshot(
                "i5", "Laporan disampaikan setiap bulan", target_value="12", target_unit="laporan"
            )
        )
        == []
    )
    assert (
        ind_rules(IndicatorSnapshot("i6", "Persentase surat diproses", target_value="90", target_unit="%"))
        == []
    )


def test_l6_unmeasurable_iki_in_the_quantitative_approach() -> None:
    bad = ind_rules(IndicatorSnapshot("i1", "Pelayanan yang memuaskan"))
    assert [(f.rule, f.severity, f.params["reason"]) for f in bad] == [("L6", Severity.ERROR, "no-measure")]
    assert ind_rules(IndicatorSnapshot("i2", ""))[0].params["reason"] == "empty"
    assert ind_rules(IndicatorSnapshot("i3", "Persentase laporan tepat waktu")) == []
    assert (
        ind_rules(
            IndicatorSnapshot("i4", "Kualitas laporan keuangan", target_value="4", target_unit="predikat")
        )
        == []
    )
    assert (
        ind_rules(IndicatorSnapshot("i5", "Pelayanan yang memuaskan"), pendekatan=Pendekatan.KUALITATIF) == []
    )


def test_l7_iki_that_restates_the_rhk() -> None:
    found = ind_rules(
        IndicatorSnapshot(
            "i1", "  tersusunnya LAPORAN keuangan yang akurat. ", target_value="2", target_unit="dokumen"
        )
    )
    assert [f.rule for f in found] == ["L7"]
    assert ind_rules(IndicatorSnapshot("i2", "Jumlah laporan keuangan yang akurat")) == []


def test_l9_monitoring_source_in_the_development_model() -> None:
    ind = IndicatorSnapshot("i1", "Persentase berkas lengkap", target_value="90", target_unit="%")
    found = ind_rules(ind, guide=DraftingGuide.PENGEMBANGAN)
    assert [(f.rule, f.params["missing"]) for f in found] == [("L9", "source+collector")]
    no_source = IndicatorSnapshot(
        "i2", "Persentase berkas lengkap", target_value="90", target_unit="%", collector="Subbag Umum"
    )
    assert ind_rules(no_source, guide=DraftingGuide.PENGEMBANGAN)[0].params["missing"] == "source"
    no_collector = IndicatorSnapshot(
        "i4", "Persentase berkas lengkap", target_value="90", target_unit="%", data_source="register"
    )
    assert ind_rules(no_collector, guide=DraftingGuide.PENGEMBANGAN) == []  # the source makes it monitorable
    full = IndicatorSnapshot(
        "i3",
        "Persentase berkas lengkap",
        target_value="90",
        target_unit="%",
        data_source="register",
        collector="Subbag Umum",
    )
    assert ind_rules(full, guide=DraftingGuide.PENGEMBANGAN) == []
    assert ind_rules(ind, guide=DraftingGuide.DASAR) == []


# -- the whole plan (L8, L10, order) -----------------------------------------------------------


def kuantitas(n: str = "k") -> IndicatorSnapshot:
    return IndicatorSnapshot(n, "Jumlah laporan", "kuantitas", "12", target_unit="laporan")


def plan(
    *results: ResultSnapshot, kind: PlanKind = PlanKind.JA_JF, pendekatan: Pendekatan = Pendekatan.KUANTITATIF
) -> PlanSnapshot:
    return PlanSnapshot("p1", kind, pendekatan, DraftingGuide.DASAR, 2026, results=results)


def test_plan_findings_in_result_order_with_ids() -> None:
    snap = plan(
        ResultSnapshot(
            "r1", "Menyusun laporan keuangan", parent_result_id="a1", indicators=(kuantitas("k1"),)
        ),
        ResultSnapshot(
            "r2",
            RHK,
            parent_result_id="a1",
            indicators=(kuantitas("k2"), IndicatorSnapshot("q2", "Pelayanan prima")),
        ),
        ResultSnapshot("r3", "Sosialisasi", parent_goal_id="g1", indicators=(kuantitas("k3"),)),
    )
    found = check_plan(snap)
    assert [(f.rule, f.result_id, f.indicator_id) for f in found] == [
        ("L1", "r1", None),
        ("L6", "r2", "q2"),
        ("L2", "r3", None),
    ]


def test_l10_orphan_rhk_utama_for_ja_jf_only() -> None:
    orphan = ResultSnapshot("r1", RHK, indicators=(kuantitas(),))
    found = check_plan(plan(orphan))
    assert [(f.rule, f.severity) for f in found] == [("L10", Severity.ERROR)]
    tambahan = ResultSnapshot("r2", RHK, jenis="tambahan", indicators=(kuantitas(),))
    assert check_plan(plan(tambahan)) == []
    assert [f.rule for f in check_plan(plan(orphan, kind=PlanKind.JPT))] == []


def test_l8_missing_kuantitas_and_too_few_indicators() -> None:
    only_time = ResultSnapshot(
        "r1",
        RHK,
        parent_result_id="a1",
        indicators=(IndicatorSnapshot("w", "Ketepatan waktu", "waktu", "12", target_unit="bulan"),),
    )
    found = check_plan(plan(only_time))
    assert [(f.rule, f.params["reason"]) for f in found] == [("L8", "no-kuantitas")]
    one = ResultSnapshot("r2", RHK, parent_result_id="a1", indicators=(kuantitas(),))
    assert check_plan(plan(one)) == []
    few = check_plan(plan(one), min_indicators=2)
    assert [(f.rule, f.params["count"], f.params["min"]) for f in few] == [("L8", "1", "2")]
    none = check_plan(plan(ResultSnapshot("r3", RHK, parent_result_id="a1")))
    assert [(f.rule, f.params["count"]) for f in none] == [("L8", "0")]
    # a JPT plan has no aspek column: only the count matters
    assert check_plan(plan(only_time, kind=PlanKind.JPT)) == []


def test_qualitative_plan_needs_a_measure_and_no_absolute_wording() -> None:
    empty = ResultSnapshot("r1", RHK, parent_result_id="a1")
    assert [f.rule for f in check_plan(plan(empty, pendekatan=Pendekatan.KUALITATIF))] == ["L8"]
    absolute = ResultSnapshot(
        "r2", RHK, parent_result_id="a1", ukuran_keberhasilan="Semua laporan diterima tepat waktu"
    )
    found = check_plan(plan(absolute, pendekatan=Pendekatan.KUALITATIF))
    assert [(f.rule, f.target) for f in found] == [("L5", "target")]


def test_blocking_keeps_errors_only() -> None:
    snap = plan(
        ResultSnapshot("r1", "Sosialisasi"), ResultSnapshot("r2", "Menyusun laporan", parent_result_id="a")
    )
    found = check_plan(snap)
    assert {f.rule for f in phrasing.blocking(found)} == {"L2", "L10"}
    assert all(f.blocking for f in phrasing.blocking(found))


# -- the words (coach_text) --------------------------------------------------------------------


def test_every_rule_has_words_and_examples() -> None:
    from skpdesk.ui.skp import coach_text

    for rule in phrasing.RULES:
        assert coach_text.rule_title(rule) != rule
        assert coach_text.rule_explanation(rule)
        good, bad = coach_text.rule_examples(rule)
        assert good and bad and good != bad


def test_messages_fill_their_parameters() -> None:
    from skpdesk.ui.skp.coach_text import finding_message

    snap = PlanSnapshot(
        "p",
        PlanKind.JA_JF,
        Pendekatan.KUANTITATIF,
        DraftingGuide.PENGEMBANGAN,
        2026,
        results=(
            ResultSnapshot("r1", "Menyusun laporan", indicators=(IndicatorSnapshot("i", "Semua bagus"),)),
            ResultSnapshot(
                "r2", "Sosialisasi", parent_result_id="a", indicators=(IndicatorSnapshot("j", "sosialisasi"),)
            ),
            ResultSnapshot("r3", "Koordinasi dengan OPD", parent_result_id="a"),
            ResultSnapshot("r4", "Terlaksananya rapat", parent_result_id="a"),
        ),
    )
    found = check_plan(snap)
    assert {f.rule for f in found} >= {"L1", "L2", "L4", "L5", "L6", "L7", "L8", "L9", "L10"}
    for f in found:
        message = finding_message(f)
        assert message and "{" not in message, (f, message)
    first = finding_message(found[0])
    assert '"Menyusun"' in first
