"""The Evaluasi Kinerja PDF (R-FORM-EVALUASI): the form's sections in order, the four HASIL KERJA
forms with realisasi and umpan balik, the Dokumen Evaluasi page (pegawai, penilai, atasan penilai,
evaluasi, catatan), the curve picture, the marks of a worksheet and a draft, big documents, files.

Texts are read back with ``test_rencana_pdf.page_texts`` (the curve is a picture: its words are in
the figure, tested in the chart module; here we see that a picture is there)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest

from skpdesk.domain import curve
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.plan import Pendekatan, PlanKind
from skpdesk.domain.predikat import Predikat, PredikatOrganisasi
from skpdesk.reports import evaluasi_pdf
from skpdesk.reports.evaluasi_pdf import (
    EvaluationWriter,
    curve_lines,
    render_evaluation,
    rule_text,
    stamp_keywords,
    watermark,
)
from skpdesk.reports.evaluation_document import (
    NOT_RATED,
    RATED_DRAFT,
    RATED_FINAL,
    EvaluationDocument,
    PeriodicPredikat,
    ResultEvaluation,
    UnitCurve,
)
from skpdesk.reports.plan_document import IndicatorRow, PersonBlock, ResultRow
from skpdesk.reports.rencana_pdf import RHK_PIMPINAN
from skpdesk.services.workspace import Workspace
from tests.reports.test_rencana_pdf import flat, indicators, made_doc, page_texts
from tests.services.test_evaluation import EVIDENCE, FEEDBACK, rated_office

COUNTS = {
    Predikat.SANGAT_BAIK: 2,
    Predikat.BAIK: 7,
    Predikat.BUTUH_PERBAIKAN: 1,
    Predikat.KURANG_MISCONDUCT: 0,
    Predikat.SANGAT_KURANG: 0,
}


def unit_curve(
    org: PredikatOrganisasi | None = PredikatOrganisasi.BAIK, counts: dict | None = None
) -> UnitCurve:
    counts = dict(counts or COUNTS)
    return UnitCurve(
        unit_id="u-1",
        unit_name="Dinas Uji",
        year=2025,
        periode="AKHIR",
        periode_label="Akhir",
        org_predikat=org,
        counts=counts,
        drafts=2,
        check=curve.evaluate(org, counts) if org is not None else None,
    )


def made_eval(
    results: tuple[ResultRow, ...] = (),
    *,
    kind: PlanKind = PlanKind.JA_JF,
    pendekatan: Pendekatan = Pendekatan.KUANTITATIF,
    status: str = RATED_FINAL,
    periode: str = "TW1",
    **changes: object,
) -> EvaluationDocument:
    default = ResultRow(
        1, "Tersusunnya laporan evaluasi", "RHK atasan", "result", "Proses Bisnis", "Laporan tepat waktu",
        indicators(2),
    )  # fmt: skip
    plan = dataclasses.replace(
        made_doc(results or (default,), kind=kind, pendekatan=pendekatan, status="ditetapkan"),
        year=2025,
        start=dt.date(2025, 1, 1),
        end=dt.date(2025, 12, 31),
    )
    final = periode == "AKHIR"
    rated = status != NOT_RATED
    doc = EvaluationDocument(
        plan=plan,
        periode=periode,
        periode_label="Akhir" if final else "Triwulan I",
        period_start=dt.date(2025, 1, 1),
        period_end=dt.date(2025, 12, 31) if final else dt.date(2025, 3, 31),
        is_final=final,
        atasan_penilai=PersonBlock(
            "Atasan Tiga", "19650101 199003 1 003", "Pembina, IV/a", "Kepala Dinas", "Dinas Uji"
        ),
        utama=tuple(
            ResultEvaluation(
                indicators=tuple((f"{n} laporan",) for n in range(len(r.indicators))),
                realisasi=("Selesai",),
                evidence=("bukti_satu.pdf", "foto.jpg"),
                feedback=("Perlu data pembanding",),
            )
            for r in plan.utama
        ),
        tambahan=(),
        perilaku_feedback=(("Responsif terhadap permintaan",),) + ((),) * 6,
        rating_status=status,
        rating_hasil_kerja="Di Atas Ekspektasi" if rated else "",
        rating_perilaku="Sesuai Ekspektasi" if rated else "",
        predikat=Predikat.BAIK if rated else None,
        basis_org=False,
        note="Tingkatkan kualitas data." if rated else "",
        assessed_on=dt.date(2025, 4, 7) if rated else None,
        assessor="Penilai Dua",
        curve=unit_curve(),
        signed_on=dt.date(2025, 4, 7),
        periodic=(
            PeriodicPredikat("TW1", "Triwulan I", Predikat.BAIK, True),
            PeriodicPredikat("TW2", "Triwulan II", None, False),
        )
        if final
        else (),
    )
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


def render(doc: EvaluationDocument) -> tuple[int, list[str], bytes]:
    out = io.BytesIO()
    pages = render_evaluation(doc, out)
    data = out.getvalue()
    return pages, [flat(t) for t in page_texts(data)], data


def in_order(text: str, *parts: str) -> None:
    position = 0
    for part in parts:
        found = text.find(part, position)
        assert found >= 0, f"{part!r} not after position {position} in {text[:300]!r}…"
        position = found + len(part)


# -- the form -----------------------------------------------------------------------------------------


def test_the_sections_of_the_form_in_order_and_the_dokumen_page() -> None:
    pages, texts, data = render(made_eval())
    assert pages == len(texts) >= 2
    body = " ".join(texts[:-1])
    in_order(
        body,
        "EVALUASI KINERJA PEGAWAI",
        "PENDEKATAN HASIL KERJA KUANTITATIF",
        "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
        "PERIODE: TRIWULAN I",
        "PEMERINTAH KABUPATEN UJI",
        "PERIODE PENILAIAN: 1 JANUARI SD 31 MARET TAHUN 2025",
        "PEGAWAI YANG DINILAI",
        "PEJABAT PENILAI KINERJA",
        "CAPAIAN KINERJA ORGANISASI",
        "BAIK",
        "POLA DISTRIBUSI:",
        "Distribusi Dinas Uji: 10 pegawai dinilai (final); 2 penilaian draf belum dihitung",
        "HASIL KERJA",
        "REALISASI BERDASARKAN BUKTI DUKUNG",
        "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
        "(8)",
        "A. UTAMA",
        "Tersusunnya laporan evaluasi",
        "Bukti dukung (2): bukti_satu.pdf, foto.jpg",
        "0 laporan",
        "Perlu data pembanding",
        "B. TAMBAHAN",
        "RATING HASIL KERJA",
        "DI ATAS EKSPEKTASI",
        "PERILAKU KERJA",
        "Berorientasi Pelayanan",
        "Ekspektasi khusus pimpinan:",
        "Responsif terhadap permintaan",
        "RATING PERILAKU KERJA",
        "SESUAI EKSPEKTASI",
        "PREDIKAT KINERJA PEGAWAI",
        "BAIK",
        "Uji, 7 April 2025",
        "Pejabat Penilai Kinerja",
        "Penilai Dua",
    )
    assert b"/Subtype /Image" in data  # the curve (reports.charts) as a picture
    last = texts[-1]
    in_order(
        last,
        "DOKUMEN EVALUASI KINERJA PEGAWAI",
        "PERIODE: TRIWULAN I",
        "1 PEGAWAI YANG DINILAI",
        "Pegawai Satu",
        "2 PEJABAT PENILAI KINERJA",
        "Penilai Dua",
        "3 ATASAN PEJABAT PENILAI KINERJA",
        "Atasan Tiga",
        "Kepala Dinas",
        "4 EVALUASI KINERJA",
        "CAPAIAN KINERJA ORGANISASI",
        "BAIK",
        "PREDIKAT KINERJA PEGAWAI",
        "BAIK",
        "5 CATATAN/REKOMENDASI",
        "Tingkatkan kualitas data.",
        "Pegawai yang Dinilai,",
        "Pejabat Penilai Kinerja,",
    )
    assert all(f"Halaman {n} dari {pages}" in t for n, t in enumerate(texts, start=1))
    for text in texts:  # the footer ("·" is not ASCII: read in parts)
        in_order(
            text, "Evaluasi Kinerja Triwulan I 2025", "19680411 199303 1 009", "Penilaian: Final 7 April 2025"
        )
    assert not any("BELUM DINILAI" in t or " DRAF " in f" {t} " for t in texts)


@pytest.mark.parametrize(
    ("kind", "pendekatan", "headers", "last"),
    [
        (PlanKind.JA_JF, Pendekatan.KUANTITATIF, (RHK_PIMPINAN, "ASPEK", "TARGET"), "(8)"),
        (PlanKind.JA_JF, Pendekatan.KUALITATIF, (RHK_PIMPINAN,), "(5)"),
        (PlanKind.JPT, Pendekatan.KUANTITATIF, ("INDIKATOR KINERJA INDIVIDU", "TARGET", "PERSPEKTIF"), "(7)"),
        (PlanKind.JPT, Pendekatan.KUALITATIF, ("PERSPEKTIF",), "(5)"),
    ],
)  # fmt: skip
def test_the_four_hasil_kerja_forms(
    kind: PlanKind, pendekatan: Pendekatan, headers: tuple[str, ...], last: str
) -> None:
    _pages, texts, _data = render(made_eval(kind=kind, pendekatan=pendekatan))
    body = " ".join(texts)
    in_order(body, "HASIL KERJA", *headers, "REALISASI BERDASARKAN BUKTI DUKUNG", "UMPAN BALIK", last)
    assert ("BAGI PEJABAT PIMPINAN TINGGI" in body) == (kind is PlanKind.JPT)
    if pendekatan is Pendekatan.KUALITATIF:
        assert "Ukuran keberhasilan / Indikator Kinerja Individu, dan Target:" in body
        assert "Selesai" in body  # the RHK's own realisasi
    else:
        assert "1 laporan" in body  # per IKI
    if kind is PlanKind.JPT:
        assert "Proses Bisnis" in body


def test_the_akhir_form_shows_the_periodic_predikat_as_evidence() -> None:
    _pages, texts, _data = render(made_eval(periode="AKHIR"))
    body = " ".join(texts)
    assert "PERIODE: AKHIR" in body and "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2025" in body
    assert (
        "Predikat periodik sebagai bukti, tidak dirata-ratakan (R-PERIODIC): "
        "Triwulan I: Baik; Triwulan II: belum dinilai." in body
    )


def test_a_worksheet_says_belum_dinilai_everywhere_and_a_draft_is_marked() -> None:
    doc = made_eval(status=NOT_RATED)
    assert watermark(doc) == "BELUM DINILAI"
    _pages, texts, _data = render(doc)
    assert all("BELUM DINILAI" in t for t in texts)  # the mark on every page
    body = " ".join(texts)
    in_order(
        body,
        "RATING HASIL KERJA BELUM DINILAI",
        "RATING PERILAKU KERJA BELUM DINILAI",
        "PREDIKAT KINERJA PEGAWAI BELUM DINILAI",
    )
    in_order(texts[-1], "PREDIKAT KINERJA PEGAWAI BELUM DINILAI", "5 CATATAN/REKOMENDASI BELUM DINILAI")
    assert "Penilaian: Belum dinilai" in texts[0]
    draft = made_eval(status=RATED_DRAFT)
    assert watermark(draft) == "DRAF"
    _pages, texts, _data = render(draft)
    assert all("DRAF" in t for t in texts) and "Penilaian: Draf" in texts[0]
    assert watermark(made_eval()) == ""


def test_capaian_without_a_predikat_organisasi_and_without_a_unit() -> None:
    _pages, texts, data = render(made_eval(curve=unit_curve(org=None)))
    body = " ".join(texts)
    in_order(
        body, "CAPAIAN KINERJA ORGANISASI", "BELUM DITETAPKAN", "Belum ditetapkan untuk Dinas Uji periode ini"
    )
    assert "Belum sesuai pola" not in body and b"/Subtype /Image" in data
    _pages, texts, data = render(made_eval(curve=None))
    body = " ".join(texts)
    assert "Unit kerja pegawai tidak diketahui: kurva tidak dapat dibuat." in body
    assert b"/Subtype /Image" not in data


def test_a_distribution_that_does_not_fit_says_which_rules_fail() -> None:
    counts = {Predikat.BAIK: 10}
    lines = curve_lines(unit_curve(counts=counts))
    assert lines[1] == (
        "Belum sesuai pola (R-CURVE, pertimbangan bagi pimpinan): Baik paling banyak 70% (7 dari 10): "
        "sekarang 10; minimal satu pegawai Butuh Perbaikan atau Kurang/Misconduct: sekarang 0."
    )
    assert len(curve_lines(unit_curve())) == 1  # COUNTS fit the Baik pattern
    _pages, texts, _data = render(made_eval(curve=unit_curve(counts=counts)))
    assert "Baik paling banyak 70% (7 dari 10): sekarang 10" in " ".join(texts)


def test_rule_texts_of_every_kind() -> None:
    check = curve.evaluate(
        PredikatOrganisasi.SANGAT_KURANG, {Predikat.SANGAT_BAIK: 1, Predikat.SANGAT_KURANG: 1}
    )
    texts = [rule_text(c, check.n) for c in check.checks]
    assert texts == [
        "Sangat Kurang paling sedikit 60% (2 dari 2): sekarang 1",
        "Kurang/Misconduct + Butuh Perbaikan paling sedikit 10% (1 dari 2): sekarang 0",
        "tidak ada pegawai Sangat Baik: sekarang 1",
    ]
    istimewa = curve.evaluate(PredikatOrganisasi.ISTIMEWA, {Predikat.BAIK: 3})
    assert rule_text(istimewa.checks[0], 3) == "Sangat Baik menjadi kelompok terbesar: sekarang 0"


def test_the_keywords_name_the_plan_period_and_rating() -> None:
    doc = made_eval()
    assert stamp_keywords(doc) == "skpdesk-evaluasi; plan=plan-1; periode=TW1; rating=final; predikat=baik"
    _pages, _texts, data = render(doc)
    assert b"skpdesk-evaluasi; plan=plan-1; periode=TW1" in data
    assert "rating=none; predikat=-" in stamp_keywords(made_eval(status=NOT_RATED))


def test_a_big_plan_runs_over_pages_with_cut_groups() -> None:
    long_text = "Tersusunnya dokumen analisis yang sangat panjang " * 30
    results = tuple(
        ResultRow(n, f"RHK nomor {n} {long_text if n == 3 else ''}", "RHK atasan", "result", "", "",
                  tuple(IndicatorRow(f"IKI {n}.{j} " + "kata " * 20, "Kuantitas", "1 dok") for j in range(4)))
        for n in range(1, 26)
    )  # fmt: skip
    pages, texts, _data = render(made_eval(results))
    assert pages >= 6
    body = " ".join(texts)
    assert "RHK nomor 25" in body and "IKI 25.3" in body
    assert body.count("panjang") == 30  # the tall RHK is cut between lines (and pages), nothing lost
    assert sum("REALISASI BERDASARKAN BUKTI DUKUNG" in t for t in texts) >= 4  # headers repeat


# -- from the workspace --------------------------------------------------------------------------------


def test_a_document_read_from_the_workspace(ws: Workspace) -> None:
    r = rated_office(ws)
    doc = ws.evaluation.evaluation_document(r.o.staff_plan, "TW1")
    _pages, texts, _data = render(doc)
    body = " ".join(texts)
    in_order(body, "Staf Satu", "Kabid", "BELUM DITETAPKAN", "Distribusi Dinas A: 2 pegawai dinilai (final)")
    # the file name is wider than its column: broken inside the word
    in_order(
        body, "Tersusunnya laporan analisis jabatan yang akurat", "Bukti dukung (1):", "1 laporan", FEEDBACK
    )
    assert EVIDENCE in body.replace(" ", "")
    in_order(texts[-1], "ATASAN PEJABAT PENILAI KINERJA", "Kepala A", "Pertahankan")


# -- files ----------------------------------------------------------------------------------------------


def test_files_are_written_whole_or_not_at_all(tmp_path: Path) -> None:
    target = tmp_path / "e.pdf"
    pages = render_evaluation(made_eval(), target)
    assert pages >= 2 and target.read_bytes().startswith(b"%PDF")
    with pytest.raises(SkpError) as info:
        render_evaluation(made_eval(), tmp_path / "missing" / "e.pdf")
    assert info.value.code is Code.DOCUMENT_WRITE and info.value.params["reason"] == "folder-missing"
    with pytest.raises(SkpError) as info:
        render_evaluation(made_eval(), tmp_path)
    assert info.value.code is Code.DOCUMENT_WRITE and info.value.params["reason"] == "is-a-folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.pdf"]


def test_a_writer_draws_a_units_curve_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[UnitCurve] = []
    real = evaluasi_pdf.chart_reader

    def counting(c: UnitCurve) -> object:
        calls.append(c)
        return real(c)

    monkeypatch.setattr(evaluasi_pdf, "chart_reader", counting)
    writer = EvaluationWriter()
    for n in range(3):
        writer.write(made_eval(), tmp_path / f"{n}.pdf")
    writer.write(made_eval(curve=unit_curve(counts={Predikat.BAIK: 4})), tmp_path / "other.pdf")
    assert len(calls) == 2
    assert (tmp_path / "0.pdf").read_bytes()[:4] == b"%PDF"
