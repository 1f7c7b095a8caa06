"""The Rencana SKP PDF: the form's words, the plan's texts, marks, page numbers, big plans, files.

The text is read back from the PDF by ``page_texts`` below (content streams inflated, the strings
of the text operators joined per text block), so no PDF library is needed: reportlab writes ASCII
characters as themselves with both its standard and its embedded TrueType fonts.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import errno
import io
import os
import re
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from skpdesk.domain import berakhlak
from skpdesk.domain.errors import Cancelled, Code, SkpError
from skpdesk.domain.plan import Pendekatan, PlanKind
from skpdesk.reports import rencana_pdf
from skpdesk.reports.plan_document import (
    BehaviourRow,
    IndicatorRow,
    Kop,
    PersonBlock,
    PlanDocument,
    ResultRow,
)
from skpdesk.reports.rencana_pdf import (
    PlanWriter,
    file_name,
    move_into_place,
    read_stamp,
    render_plan,
    render_plans,
    temporary_name,
    unique_name,
)
from skpdesk.services.workspace import Workspace
from tests.services.test_documents import (
    ANALIS_RHK,
    ANALIS_TAMBAHAN,
    GOAL,
    KABID_RHK,
    KEPALA_RHK,
    PPPK_RHK,
    UKURAN,
    Small,
    build_small,
)

# -- reading a PDF back ------------------------------------------------------------------------------

_STREAM = re.compile(rb"/Length (\d+)[^>]*>>\s*stream\r?\n")
_BLOCK = re.compile(rb"(?:^|\s)BT\s(.*?)\sET(?=\s|$)", re.S)
_SHOW = re.compile(rb"\(((?:\\.|[^\\)])*)\)\s*Tj")
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _streams(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    pos = 0
    while (match := _STREAM.search(data, pos)) is not None:
        start = match.end()
        body = data[start : start + int(match.group(1))]
        head = data[data.rfind(b" obj", 0, match.start()) : match.end()]
        pos = start + int(match.group(1))
        if b"ASCII85Decode" in head:
            raw = body.strip().removeprefix(b"<~").removesuffix(b"~>")
            body = base64.a85decode(raw)
        if b"FlateDecode" in head:
            body = zlib.decompress(body)
        yield head, body


def _unescape(text: bytes) -> str:
    def one(match: re.Match[bytes]) -> bytes:
        code = match.group(1)
        return bytes([int(code, 8)]) if code[:1].isdigit() else _ESCAPES.get(code, code)

    return re.sub(rb"\\([0-7]{1,3}|.)", one, text, flags=re.S).decode("latin-1")


def page_texts(data: bytes) -> list[str]:
    """One string per page: each text block's strings joined by spaces, blocks by newlines."""
    pages = []
    for head, body in _streams(data):
        if b"/Subtype" in head or b"/Length1" in head or b"BT" not in body:
            continue  # fonts and images
        blocks = [" ".join(_unescape(s) for s in _SHOW.findall(block)) for block in _BLOCK.findall(body)]
        pages.append("\n".join(b for b in blocks if b))
    return pages


def flat(text: str) -> str:
    return " ".join(text.split())


def render(doc: PlanDocument) -> tuple[int, list[str], bytes]:
    out = io.BytesIO()
    pages = render_plan(doc, out)
    data = out.getvalue()
    return pages, [flat(t) for t in page_texts(data)], data


# -- documents ---------------------------------------------------------------------------------------


@pytest.fixture
def small(ws: Workspace) -> Small:
    return build_small(ws)


def person(name: str, nip: str = "19680411 199303 1 009") -> PersonBlock:
    return PersonBlock(name, nip, "Penata, III/c", "Analis", "Bidang Uji")


def made_doc(
    results: tuple[ResultRow, ...],
    *,
    kind: PlanKind = PlanKind.JA_JF,
    pendekatan: Pendekatan = Pendekatan.KUANTITATIF,
    status: str = "draft",
    ekspektasi: str = "",
    annex: tuple[str, ...] = ("Dukungan anggaran",),
) -> PlanDocument:
    return PlanDocument(
        plan_id="plan-1",
        kind=kind,
        pendekatan=pendekatan,
        year=2026,
        start=dt.date(2026, 1, 1),
        end=dt.date(2026, 12, 31),
        instansi="PEMERINTAH KABUPATEN UJI",
        pegawai=person("Pegawai Satu"),
        penilai=person("Penilai Dua", "19700101 199503 1 002"),
        pegawai_nip="196804111993031009",
        pegawai_name="Pegawai Satu",
        utama=results,
        tambahan=(),
        perilaku=tuple(BehaviourRow(b.number, b.name, b.panduan, ekspektasi) for b in berakhlak.BERAKHLAK),
        lampiran=(
            ("sumber-daya", annex),
            ("skema-pertanggungjawaban", ()),
            ("konsekuensi", ("Konsekuensi",)),
        ),
        status=status,
        content_hash="ab" * 32,
        approved_hash="",
        approved_on=None,
        kop=Kop(pemerintah="PEMERINTAH KABUPATEN UJI"),
        place="Uji",
        signed_on=dt.date(2026, 1, 5),
    )


def indicators(n: int) -> tuple[IndicatorRow, ...]:
    return tuple(
        IndicatorRow(f"Jumlah dokumen jenis {j} yang disusun tepat waktu", "Kuantitas", f"{j} dokumen")
        for j in range(1, n + 1)
    )


# -- the form -----------------------------------------------------------------------------------------


def test_jajf_kuantitatif_form(ws: Workspace, small: Small) -> None:
    doc = ws.documents.plan_document(small.plan_analis)
    pages, texts, data = render(doc)
    assert pages == len(texts) >= 2
    first = texts[0]
    for line in (
        "SASARAN KINERJA PEGAWAI",
        "PENDEKATAN HASIL KERJA KUANTITATIF",
        "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
        "PEMERINTAH KABUPATEN UJI COBA",
        "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER TAHUN 2026",
        "NO PEGAWAI YANG DINILAI NO PEJABAT PENILAI KINERJA",
        "1 NAMA Andi Pratama 1 NAMA Sari Dewi, S.E.",
        "2 NIP 19900303 201503 1 003 2 NIP 19750202 200101 2 002",
        "PANGKAT/GOL RUANG Penata Muda Tk. I, III/b",
        "5 UNIT KERJA Bidang Program, Dinas Perencanaan",
        "HASIL KERJA",
        "NO RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI RENCANA HASIL KERJA ASPEK "
        "INDIKATOR KINERJA INDIVIDU TARGET (1) (2) (3) (4) (5) (6)",
        "A. UTAMA 1 " + KABID_RHK + " " + ANALIS_RHK + " Kuantitas Jumlah laporan evaluasi program 4 laporan",
        "Waktu Laporan disampaikan sebelum tanggal 10 12 bulan",
        "B. TAMBAHAN 1 - " + ANALIS_TAMBAHAN,
        "PERILAKU KERJA NO PERILAKU KERJA EKSPEKTASI KHUSUS PIMPINAN",
        "1 Berorientasi Pelayanan - Memahami dan memenuhi kebutuhan masyarakat",
        "Halaman 1 dari",
    ):
        assert line in first, line
    body = " ".join(texts[:-1])
    assert "Mengunggah bukti dukung paling lambat tanggal 5" in body
    assert "7 Kolaboratif" in body and "Bertindak proaktif" in body
    assert "Uji Coba, 20 Januari 2026 Pegawai yang Dinilai Pejabat Penilai Kinerja" in body
    assert "Andi Pratama Sari Dewi, S.E. NIP. 19900303 201503 1 003 NIP. 19750202 200101 2 002" in body
    # the LAMPIRAN is a page of its own, with the same signatures
    last = texts[-1]
    assert last.startswith("LAMPIRAN SASARAN KINERJA PEGAWAI")  # no DRAFT mark: ditetapkan
    for line in (
        "DUKUNGAN SUMBER DAYA 1. Akses aplikasi e-Kinerja",
        "SKEMA PERTANGGUNGJAWABAN 1. Laporan bulanan kepada kepala bidang",
        "KONSEKUENSI 1. Capaian menjadi dasar pengembangan karier",
        "Pegawai yang Dinilai Pejabat Penilai Kinerja",
        "NIP. 19900303 201503 1 003",
        f"Halaman {pages} dari {pages}",
    ):
        assert line in last, line
    assert ANALIS_RHK not in last and "LAMPIRAN" not in body
    # every page: page number, status and the short content hash
    for n, text in enumerate(texts, start=1):
        assert f"Halaman {n} dari {pages}" in text
        assert "Status: Ditetapkan 20 Januari 2026" in text
        assert f"Kode dokumen {doc.content_hash[:12]}" in text
    # the full hash in the metadata
    assert read_stamp(data) == {
        "plan": small.plan_analis,
        "sha256": doc.content_hash,
        "status": "ditetapkan",
        "approved-sha256": doc.approved_hash,
    }


def test_a_ditetapkan_plan_has_no_draft_mark_and_a_draft_has_it_on_every_page(
    ws: Workspace, small: Small
) -> None:
    _, final, _ = render(ws.documents.plan_document(small.plan_analis))
    assert not any("DRAFT" in t for t in final)
    assert not any("DIUBAH SETELAH DITETAPKAN" in t for t in final)
    _, draft, _ = render(ws.documents.plan_document(small.plan_kabid))
    assert all("DRAFT" in t for t in draft)
    assert all("Status: Draf" in t for t in draft)


def test_changed_after_approval_is_marked_on_every_page(ws: Workspace, small: Small) -> None:
    doc = ws.documents.plan_document(small.plan_analis)
    changed = dataclasses.replace(doc, content_hash="cd" * 32)
    assert changed.changed_after_approval
    pages, texts, data = render(changed)
    assert pages == len(texts)
    for text in texts:
        assert "DIUBAH SETELAH DITETAPKAN: isi berbeda dari yang ditetapkan pada 20 Januari 2026" in text
        assert f"DIUBAH SETELAH DITETAPKAN; kode saat ditetapkan {doc.approved_hash[:12]}" in text
        assert "Kode dokumen cdcdcdcdcdcd" in text
        assert "DRAFT" not in text
    assert read_stamp(data)["sha256"] == "cd" * 32


def test_jajf_kualitatif_form(ws: Workspace, small: Small) -> None:
    _, texts, _ = render(ws.documents.plan_document(small.plan_pppk))
    first = texts[0]
    assert "PENDEKATAN HASIL KERJA KUALITATIF" in first
    assert "NO RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI RENCANA HASIL KERJA A. UTAMA" in first
    assert (
        f"1 {KABID_RHK} {PPPK_RHK} Ukuran keberhasilan / Indikator Kinerja Individu, dan Target: {UKURAN}"
        in first
    )
    assert "ASPEK" not in first and "(1)" not in first and "PERSPEKTIF" not in first
    assert "PANGKAT/GOL RUANG IX" in first


def test_kualitatif_without_own_prose_prints_its_iki(ws: Workspace, small: Small) -> None:
    doc = ws.documents.plan_document(small.plan_analis)
    kualitatif = dataclasses.replace(doc, pendekatan=Pendekatan.KUALITATIF)
    _, texts, _ = render(kualitatif)
    assert "Target: - Jumlah laporan evaluasi program: 4 laporan - Persentase rekomendasi" in texts[0]


def test_jpt_kuantitatif_form(ws: Workspace, small: Small) -> None:
    _, texts, _ = render(ws.documents.plan_document(small.plan_kepala))
    first = texts[0]
    for line in (
        "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
        "NO RENCANA HASIL KERJA INDIKATOR KINERJA INDIVIDU TARGET PERSPEKTIF (1) (2) (3) (4) (5)",
        f"1 {KEPALA_RHK} Indeks kualitas dokumen perencanaan 85 nilai Penerima Layanan",
        "5 UNIT KERJA Dinas Perencanaan 5 INSTANSI Pemerintah Kabupaten Uji Coba",
        "1 NAMA Dr. Budi Santoso, M.Si. 1 NAMA",
    ):
        assert line in first, line
    assert "DIINTERVENSI" not in first and "ASPEK" not in first and GOAL not in first


def test_jpt_kualitatif_form(ws: Workspace, small: Small) -> None:
    doc = dataclasses.replace(ws.documents.plan_document(small.plan_kepala), pendekatan=Pendekatan.KUALITATIF)
    _, texts, _ = render(doc)
    assert "NO RENCANA HASIL KERJA PERSPEKTIF A. UTAMA" in texts[0]
    assert (
        f"1 {KEPALA_RHK} Penerima Layanan Ukuran keberhasilan / Indikator Kinerja Individu, dan Target: "
        "- Indeks kualitas dokumen perencanaan: 85 nilai" in texts[0]
    )


def test_a_page_for_periods_shorter_than_the_year(ws: Workspace, small: Small) -> None:
    doc = dataclasses.replace(
        ws.documents.plan_document(small.plan_kabid), start=dt.date(2026, 7, 1), end=dt.date(2026, 12, 31)
    )
    _, texts, _ = render(doc)
    assert "PERIODE PENILAIAN: 1 JULI SD 31 DESEMBER TAHUN 2026" in texts[0]


def test_kop_with_settings_and_logo(ws: Workspace, small: Small, tmp_path: Path) -> None:
    from PIL import Image as PilImage

    logo = tmp_path / "logo.png"
    PilImage.new("RGB", (40, 60), "red").save(logo)
    ws.settings.set_logo(logo.read_bytes())
    ws.settings.update(
        {
            "instansi.pemerintah": "Pemerintah Kabupaten Sukamaju",
            "instansi.name": "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            "instansi.address": "Jalan Merdeka No. 1, Sukamaju",
            "instansi.website": "bkpsdm.sukamajukab.go.id",
        }
    )
    doc = ws.documents.plan_document(small.plan_analis)
    assert doc.kop.logo is not None and doc.kop.logo.exists()
    _, texts, data = render(doc)
    assert texts[0].startswith(
        "PEMERINTAH KABUPATEN SUKAMAJU BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA "
        "Jalan Merdeka No. 1, Sukamaju Laman bkpsdm.sukamajukab.go.id SASARAN KINERJA PEGAWAI"
    )
    assert b"/Subtype /Image" in data
    assert not any(t.startswith("PEMERINTAH KABUPATEN SUKAMAJU") for t in texts[1:])  # page 1 only


# -- big plans ----------------------------------------------------------------------------------------


def test_forty_rhk_split_over_pages_with_repeated_headers() -> None:
    results = tuple(
        ResultRow(
            n,
            f"Tersusunnya dokumen nomor {n} yang berkualitas dan tepat waktu bagi organisasi",
            f"RHK pimpinan nomor {n}",
            "result",
            indicators=indicators(3),
        )
        for n in range(1, 41)
    )
    pages, texts, _ = render(made_doc(results))
    assert pages >= 6
    everything = " ".join(texts)
    for n in range(1, 41):
        assert f"Tersusunnya dokumen nomor {n} yang berkualitas dan tepat waktu bagi organisasi" in everything
    result_pages = [t for t in texts if "Tersusunnya dokumen nomor" in t]
    assert len(result_pages) >= 4
    for text in result_pages:  # the column headers repeat on every page of the table
        assert "INDIKATOR KINERJA INDIVIDU TARGET (1) (2) (3) (4) (5) (6)" in text
    assert "(lanjutan)" not in everything  # small groups are never cut


def test_a_group_taller_than_a_page_is_cut_and_continued() -> None:
    long_text = "Meningkatnya kualitas layanan administrasi kepegawaian yang sangat panjang " * 60
    results = (
        ResultRow(1, "RHK dengan enam puluh indikator", "RHK pimpinan", "result", indicators=indicators(60)),
        ResultRow(2, long_text, long_text, "result", indicators=indicators(2)),
        ResultRow(3, "RHK terakhir", indicators=indicators(1)),
    )
    pages, texts, _ = render(made_doc(results))
    everything = " ".join(texts)
    assert pages >= 5
    assert "(lanjutan)" in everything
    for n in range(1, 61):
        assert f"Jumlah dokumen jenis {n} yang disusun tepat waktu {n} dokumen" in everything
    assert "RHK terakhir" in everything
    # the long RHK and the RHK it intervenes are printed whole, in pieces (no word lost)
    assert len(re.findall(r"\bkepegawaian\b", everything)) == 2 * 60


@pytest.mark.parametrize(
    ("kind", "pendekatan"),
    [
        (PlanKind.JA_JF, Pendekatan.KUALITATIF),
        (PlanKind.JPT, Pendekatan.KUANTITATIF),
        (PlanKind.JPT, Pendekatan.KUALITATIF),
    ],
)
def test_long_texts_in_every_form_and_table(kind: PlanKind, pendekatan: Pendekatan) -> None:
    long_text = "Kalimat panjang tentang ukuran keberhasilan yang harus dibungkus " * 150
    result = ResultRow(
        1,
        long_text,
        "RHK pimpinan",
        "result",
        perspektif="Anggaran",
        ukuran_keberhasilan=long_text,
        indicators=indicators(30),
    )
    doc = made_doc((result,), kind=kind, pendekatan=pendekatan, ekspektasi=long_text, annex=(long_text,))
    pages, texts, _ = render(doc)
    assert pages == len(texts) > 5
    everything = " ".join(texts)
    lampiran = [n for n, t in enumerate(texts) if "LAMPIRAN SASARAN KINERJA PEGAWAI" in t]
    assert len(lampiran) == 1 and "DUKUNGAN SUMBER DAYA 1. Kalimat panjang" in texts[lampiran[0]]
    assert "7 Kolaboratif" in everything
    # every word of the long texts is there: RHK, prose (kualitatif), ekspektasi x7, lampiran
    words = len(re.findall(r"\bdibungkus\b", everything))
    assert words == 150 * (1 + (not doc.kuantitatif) + 7 + 1)


def test_text_with_markup_characters_is_printed_as_typed() -> None:
    rhk = ResultRow(1, "Tersusunnya <b>laporan</b> & rekap (R&D) > 5", indicators=indicators(1))
    _, texts, _ = render(made_doc((rhk,)))
    # (reportlab shows the text in several strings around "<" and "&": compare without spaces)
    assert "Tersusunnya<b>laporan</b>&rekap(R&D)>5" in texts[0].replace(" ", "")


def test_helvetica_when_no_font_is_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rencana_pdf, "_fc_match", lambda _pattern: None)
    rencana_pdf.fonts.cache_clear()
    rencana_pdf.styles.cache_clear()
    try:
        assert rencana_pdf.fonts() == rencana_pdf.Fonts("Helvetica", "Helvetica-Bold")
        _, texts, data = render(
            made_doc((ResultRow(1, "Terwujudnya layanan prima", indicators=indicators(1)),))
        )
        assert b"/BaseFont /Helvetica-Bold" in data and b"FontFile2" not in data
        assert "Terwujudnya layanan prima" in texts[0]
    finally:
        rencana_pdf.fonts.cache_clear()
        rencana_pdf.styles.cache_clear()


def test_dejavu_is_embedded_when_fontconfig_has_it() -> None:
    if rencana_pdf._fc_match("DejaVu Sans") is None:
        pytest.skip("no TrueType sans font installed")
    assert rencana_pdf.fonts().regular == "SkpSans"
    _, _, data = render(made_doc((ResultRow(1, "Terwujudnya layanan prima"),)))
    assert b"FontFile2" in data  # the TrueType subset is embedded


# -- files --------------------------------------------------------------------------------------------


def simple_doc(name: str = "Pegawai Satu", nip: str = "196804111993031009") -> PlanDocument:
    return dataclasses.replace(
        made_doc((ResultRow(1, "Terwujudnya layanan prima", indicators=indicators(1)),)),
        pegawai_name=name,
        pegawai_nip=nip,
    )


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part") or p.name.startswith("."))


def test_render_to_a_path_returns_pages(tmp_path: Path) -> None:
    target = tmp_path / "skp.pdf"
    pages = render_plan(simple_doc(), target)
    assert pages >= 2 and target.read_bytes().startswith(b"%PDF")
    assert len(page_texts(target.read_bytes())) == pages
    assert leftovers(tmp_path) == []


def test_missing_folder_gives_document_write(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "skp.pdf"
    with pytest.raises(SkpError) as caught:
        render_plan(simple_doc(), target)
    assert caught.value.code is Code.DOCUMENT_WRITE
    assert caught.value.params == {"path": str(target), "reason": "folder-missing"}
    assert not target.parent.exists()


def test_a_folder_as_target_gives_document_write(tmp_path: Path) -> None:
    with pytest.raises(SkpError) as caught:
        render_plan(simple_doc(), tmp_path)
    assert (caught.value.code, caught.value.params["reason"]) == (Code.DOCUMENT_WRITE, "is-a-folder")


def test_unwritable_folder_gives_document_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    target = folder / "skp.pdf"
    if os.geteuid() != 0:  # a real read-only folder; root writes anywhere, so simulate it there
        folder.chmod(0o500)
    else:

        def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    try:
        with pytest.raises(SkpError) as caught:
            render_plan(simple_doc(), target)
    finally:
        folder.chmod(0o700)
    assert caught.value.code is Code.DOCUMENT_WRITE
    assert caught.value.params == {"path": str(target), "reason": "permission-denied"}
    assert list(folder.iterdir()) == []


def test_disk_full_keeps_the_old_file_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "skp.pdf"
    target.write_bytes(b"the previous version")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SkpError) as caught:
        render_plan(simple_doc(), target)
    assert caught.value.params["reason"] == "disk-full"
    assert target.read_bytes() == b"the previous version"
    assert leftovers(tmp_path) == []


def test_file_names_by_nip_and_name() -> None:
    assert (
        file_name(simple_doc("Siti Nur'aini", "199001012015032001")) == "199001012015032001_Siti_Nur_aini.pdf"
    )
    assert file_name(simple_doc("", "199001012015032001")) == "199001012015032001.pdf"


def test_batch_writes_one_file_per_plan_with_progress(tmp_path: Path) -> None:
    docs = [simple_doc("Ani", "199001012015032001"), simple_doc("Budi", "198502022010011002")]
    docs.append(dataclasses.replace(docs[0], start=dt.date(2026, 7, 1)))  # a second plan after a job change
    calls: list[tuple[int, int]] = []
    out = tmp_path / "made" / "here"
    paths = render_plans(docs, out, progress=lambda done, total: calls.append((done, total)))
    assert [p.name for p in paths] == [
        "199001012015032001_Ani.pdf",
        "198502022010011002_Budi.pdf",
        "199001012015032001_Ani_2.pdf",
    ]
    assert all(p.read_bytes().startswith(b"%PDF") for p in paths)
    assert calls == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert leftovers(out) == []


def test_batch_reads_lazily_and_cancel_leaves_no_partial_file(tmp_path: Path) -> None:
    read: list[int] = []

    def loader(n: int) -> PlanDocument:
        read.append(n)
        return simple_doc(f"Pegawai {n}", f"19900101201503100{n}")

    asked = [0]

    def cancelled() -> bool:  # asked before and after each document: stop after the second file
        asked[0] += 1
        return asked[0] >= 6

    with pytest.raises(Cancelled):
        render_plans([lambda n=n: loader(n) for n in range(1, 6)], tmp_path, cancelled=cancelled)
    assert read == [1, 2, 3]  # the third was read and rendered, then dropped
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "199001012015031001_Pegawai_1.pdf",
        "199001012015031002_Pegawai_2.pdf",
    ]


def test_batch_cancelled_before_anything(tmp_path: Path) -> None:
    with pytest.raises(Cancelled):
        render_plans([simple_doc()], tmp_path / "out", cancelled=lambda: True)
    assert list((tmp_path / "out").iterdir()) == []


def test_batch_into_a_file_gives_document_write(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(SkpError) as caught:
        render_plans([simple_doc()], blocker)
    assert caught.value.code is Code.DOCUMENT_WRITE
    assert blocker.read_text() == "x"


# -- a batch shares what its documents print alike ---------------------------------------------------


def _batch_docs(tmp_path: Path) -> list[PlanDocument]:
    from PIL import Image as PilImage

    logo = tmp_path / "logo.png"
    PilImage.new("RGBA", (60, 40), (200, 0, 0, 128)).save(logo)
    kop = Kop(pemerintah="PEMERINTAH KABUPATEN UJI", name="BADAN UJI", address="Jalan Uji 1", logo=logo)
    long_text = "Kalimat panjang tentang ukuran keberhasilan yang harus dibungkus " * 40
    rhk = ResultRow(1, "Terwujudnya layanan prima", "RHK pimpinan", "result", indicators=indicators(3))
    return [
        dataclasses.replace(made_doc((rhk,)), kop=kop),
        dataclasses.replace(made_doc((rhk,), status="ditetapkan", ekspektasi="Tepat waktu"), kop=kop),
        made_doc(
            (dataclasses.replace(rhk, ukuran_keberhasilan=long_text),), pendekatan=Pendekatan.KUALITATIF
        ),
        made_doc((dataclasses.replace(rhk, perspektif="Anggaran"),), kind=PlanKind.JPT),
        made_doc(
            (dataclasses.replace(rhk, text=long_text),), kind=PlanKind.JPT, pendekatan=Pendekatan.KUALITATIF
        ),
        dataclasses.replace(
            made_doc((rhk,)), pegawai=PersonBlock(""), penilai=PersonBlock(""), place="", kop=Kop()
        ),
        dataclasses.replace(made_doc((rhk,)), kop=kop),  # the first again, after all the others
    ]


def test_a_batch_writer_makes_the_same_bytes_as_single_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "invariant", 1)  # no dates or random ids: bytes comparable
    docs = _batch_docs(tmp_path)
    alone = []
    for doc in docs:
        out = io.BytesIO()
        render_plan(doc, out)
        alone.append(out.getvalue())
    writer = PlanWriter()
    together = []
    for doc in docs:
        out = io.BytesIO()
        writer.build(doc, out)
        together.append(out.getvalue())
    assert together == alone
    assert b"/Subtype /Image" in together[0] and b"/Subtype /Image" not in together[5]
    assert alone[0] == alone[-1]  # same document, same bytes (the comparison can fail)
    assert rencana_pdf._SHARED.get() is None  # nothing shared outside the writer's documents


def test_a_batch_shares_the_fixed_paragraphs_and_the_logo(tmp_path: Path) -> None:
    docs = _batch_docs(tmp_path)
    writer = PlanWriter()
    writer.build(docs[0], io.BytesIO())
    shared = dict(writer._shared)
    assert any(key[0] == "logo" for key in shared)  # decoded once
    names = [key[1] for key in shared if key[0] == "p"]
    assert "Berorientasi Pelayanan" in names and "Pegawai yang Dinilai" in names
    writer.build(docs[-1], io.BytesIO())
    assert all(writer._shared[key] is value for key, value in shared.items())  # reused, not made again
    # a text of the plan itself is never shared
    assert not any("Terwujudnya layanan prima" in str(key[1]) for key in writer._shared)


def test_an_unreadable_logo_leaves_it_out(tmp_path: Path) -> None:
    broken = tmp_path / "logo.png"
    broken.write_bytes(b"\x89PNG not really")
    doc = dataclasses.replace(
        made_doc((ResultRow(1, "Terwujudnya layanan prima"),)), kop=Kop("KOP", logo=broken)
    )
    _, texts, data = render(doc)
    assert "KOP SASARAN KINERJA PEGAWAI" in texts[0] and b"/Subtype /Image" not in data


def test_unique_names_for_two_plans_of_one_person() -> None:
    used: set[str] = set()
    assert [unique_name(n, used) for n in ("a.pdf", "b.pdf", "A.pdf", "a.pdf", "a_2.pdf")] == [
        "a.pdf",
        "b.pdf",
        "A_2.pdf",
        "a_3.pdf",
        "a_2_2.pdf",
    ]


def test_write_temporary_then_move_into_place(tmp_path: Path) -> None:
    doc = simple_doc()
    target = tmp_path / file_name(doc)
    target.write_bytes(b"an older export")
    tmp = temporary_name(tmp_path)
    assert tmp.name.startswith(".skpdesk-") and tmp.name.endswith(".pdf.part")
    pages = PlanWriter().write_temporary(doc, tmp)
    assert pages >= 2 and len(page_texts(tmp.read_bytes())) == pages
    assert tmp.stat().st_mode & 0o777 == 0o600  # as the files written in this process
    move_into_place(tmp, target)
    assert target.read_bytes().startswith(b"%PDF") and not tmp.exists()
    assert leftovers(tmp_path) == []


def test_write_temporary_refuses_an_existing_file_and_a_missing_folder(tmp_path: Path) -> None:
    doc = simple_doc()
    taken = temporary_name(tmp_path)
    taken.write_bytes(b"someone else's")
    with pytest.raises(SkpError) as caught:
        PlanWriter().write_temporary(doc, taken)
    assert caught.value.code is Code.DOCUMENT_WRITE
    assert caught.value.params["path"] == str(tmp_path / file_name(doc))  # the name meant, not the .part
    assert taken.read_bytes() == b"someone else's"
    missing = temporary_name(tmp_path / "gone")
    with pytest.raises(SkpError) as caught:
        PlanWriter().write_temporary(doc, missing)
    assert caught.value.params["reason"] == "folder-missing"


def test_write_temporary_removes_its_file_when_the_disk_is_full(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SkpError) as caught:
        PlanWriter().write_temporary(simple_doc(), temporary_name(tmp_path))
    assert caught.value.params["reason"] == "disk-full"
    assert list(tmp_path.iterdir()) == []
