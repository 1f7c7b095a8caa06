"""DocumentService: what the Rencana SKP prints, read from a small workspace built here.

``build_small`` is shared with the PDF and CLI tests: a kabupaten with one dinas, its JPT head, a
kepala bidang, an analis (JA/JF kuantitatif, ditetapkan), a PPPK pelaksana (kualitatif, draft).
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select, update

from skpdesk.domain.errors import Cancelled, Code, SkpError
from skpdesk.domain.plan import Pendekatan, PlanKind
from skpdesk.domain.roles import Role
from skpdesk.models.tables import Plan, WorkResult
from skpdesk.services import documents
from skpdesk.services.access import Actor
from skpdesk.services.documents import PARALLEL_FROM, pangkat_text, signature_place, target_text, worker_count
from skpdesk.services.org import NewEmployee, NewPosition, NewUnit
from skpdesk.services.planning import NewGoal, NewIndicator, NewPlan, NewResult, plan_content_hash
from skpdesk.services.workspace import Workspace

TODAY = dt.date(2026, 2, 3)
APPROVED = dt.date(2026, 1, 20)
GOAL = "Meningkatnya kualitas perencanaan pembangunan daerah"
KEPALA_RHK = "Meningkatnya kualitas dokumen perencanaan daerah"
KABID_RHK = "Tersusunnya dokumen perencanaan yang berkualitas"
ANALIS_RHK = "Tersusunnya laporan evaluasi program yang tepat waktu"
ANALIS_TAMBAHAN = "Terlaksananya pendampingan penyusunan SKP di bidang"
PPPK_RHK = "Terlayaninya administrasi surat masuk bidang"
UKURAN = "Surat masuk dicatat dan didistribusikan paling lambat 1 hari kerja"


@dataclass(frozen=True)
class Small:
    kepala: str
    kabid: str
    analis: str
    pppk: str
    plan_kepala: str
    plan_kabid: str
    plan_analis: str
    plan_pppk: str
    period: str


def build_small(ws: Workspace) -> Small:
    ws.access.clock = lambda: TODAY
    ws.org.add_units(
        [
            NewUnit("Pemerintah Kabupaten Uji Coba", "instansi", id="root"),
            NewUnit("Dinas Perencanaan", "opd", parent_id="root", short_name="DPR", id="opd"),
            NewUnit("Bidang Program", "bidang", parent_id="opd", id="bid"),
            NewUnit("Dinas Lain", "opd", parent_id="root", id="other"),
        ]
    )
    ws.org.add_positions(
        [
            NewPosition("Kepala Dinas Perencanaan", "opd", "jpt-pratama", is_head=True, id="p-kep"),
            NewPosition(
                "Kepala Bidang Program", "bid", "administrator", atasan_position_id="p-kep", id="p-kabid"
            ),
            NewPosition("Analis Kebijakan", "bid", "ahli-pertama", atasan_position_id="p-kabid", id="p-ana"),
            NewPosition(
                "Pengadministrasi Umum", "bid", "pelaksana", atasan_position_id="p-kabid", id="p-adm"
            ),
        ]
    )
    (kepala, kabid, analis, pppk), _ = ws.org.add_employees(
        [
            NewEmployee(
                "197001012000011001",
                "Budi Santoso",
                "IV/c",
                position_id="p-kep",
                gelar_depan="Dr.",
                gelar_belakang="M.Si.",
            ),
            NewEmployee(
                "197502022001012002", "Sari Dewi", "III/d", position_id="p-kabid", gelar_belakang="S.E."
            ),
            NewEmployee("199003032015031003", "Andi Pratama", "III/b", position_id="p-ana"),
            NewEmployee("199104042022211004", "Rina Wulandari", "IX", status="pppk", position_id="p-adm"),
        ]
    )
    period, _ = ws.planning.add_period(2026)
    (goal,), _ = ws.planning.add_goals([NewGoal(GOAL, "opd", period, perspektif="penerima-layanan")])
    kepala_rhk, kabid_rhk = "r-kepala", "r-kabid"
    (plan_kepala, plan_kabid, plan_analis, plan_pppk), _ = ws.planning.add_plans(
        [
            NewPlan(
                employee_id=kepala,
                period_id=period,
                results=(
                    NewResult(
                        KEPALA_RHK,
                        parent_goal_id=goal,
                        perspektif="penerima-layanan",
                        indicators=(
                            NewIndicator("Indeks kualitas dokumen perencanaan", "kuantitas", "85", "nilai"),
                        ),
                        id=kepala_rhk,
                    ),
                ),
                status="ditetapkan",
                approved_on=APPROVED,
            ),
            NewPlan(
                employee_id=kabid,
                period_id=period,
                penilai_employee_id=kepala,
                results=(
                    NewResult(
                        KABID_RHK,
                        parent_result_id=kepala_rhk,
                        indicators=(NewIndicator("Jumlah dokumen perencanaan", "kuantitas", "3", "dokumen"),),
                        id=kabid_rhk,
                    ),
                ),
            ),
            NewPlan(
                employee_id=analis,
                period_id=period,
                penilai_employee_id=kabid,
                results=(
                    NewResult(
                        ANALIS_RHK,
                        parent_result_id=kabid_rhk,
                        indicators=(
                            NewIndicator("Jumlah laporan evaluasi program", "kuantitas", "4", "laporan"),
                            NewIndicator("Persentase rekomendasi yang diterima", "kualitas", "80", "%", "90"),
                            NewIndicator("Laporan disampaikan sebelum tanggal 10", "waktu", "12", "bulan"),
                        ),
                    ),
                    NewResult(
                        ANALIS_TAMBAHAN,
                        jenis="tambahan",
                        indicators=(NewIndicator("Jumlah pegawai didampingi", "kuantitas", "12.5", "orang"),),
                    ),
                ),
                ekspektasi={"akuntabel": "Mengunggah bukti dukung paling lambat tanggal 5"},
                annex={
                    "sumber-daya": ("Akses aplikasi e-Kinerja",),
                    "skema-pertanggungjawaban": ("Laporan bulanan kepada kepala bidang",),
                    "konsekuensi": ("Capaian menjadi dasar pengembangan karier",),
                },
                status="ditetapkan",
                approved_on=APPROVED,
            ),
            NewPlan(
                employee_id=pppk,
                period_id=period,
                penilai_employee_id=kabid,
                pendekatan="kualitatif",
                results=(NewResult(PPPK_RHK, parent_result_id=kabid_rhk, ukuran_keberhasilan=UKURAN),),
            ),
        ]
    )
    return Small(kepala, kabid, analis, pppk, plan_kepala, plan_kabid, plan_analis, plan_pppk, period)


@pytest.fixture
def small(ws: Workspace) -> Small:
    return build_small(ws)


# -- the read model ----------------------------------------------------------------------------------


def test_jajf_kuantitatif_document(ws: Workspace, small: Small) -> None:
    doc = ws.documents.plan_document(small.plan_analis)
    assert (doc.kind, doc.pendekatan, doc.year) == (PlanKind.JA_JF, Pendekatan.KUANTITATIF, 2026)
    assert (doc.start, doc.end) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert doc.instansi == "PEMERINTAH KABUPATEN UJI COBA"
    p = doc.pegawai
    assert (p.name, p.nip, p.pangkat, p.jabatan) == (
        "Andi Pratama",
        "19900303 201503 1 003",
        "Penata Muda Tk. I, III/b",
        "Analis Kebijakan",
    )
    assert (p.unit, p.unit_label) == ("Bidang Program, Dinas Perencanaan", "UNIT KERJA")
    n = doc.penilai
    assert (n.name, n.nip, n.pangkat, n.jabatan, n.unit_label) == (
        "Sari Dewi, S.E.",
        "19750202 200101 2 002",
        "Penata Tk. I, III/d",
        "Kepala Bidang Program",
        "UNIT KERJA",
    )
    assert [r.text for r in doc.utama] == [ANALIS_RHK]
    rhk = doc.utama[0]
    assert (rhk.number, rhk.intervened, rhk.intervened_kind, rhk.perspektif) == (1, KABID_RHK, "result", "")
    assert [(i.aspek, i.target) for i in rhk.indicators] == [
        ("Kuantitas", "4 laporan"),
        ("Kualitas", "80–90%"),
        ("Waktu", "12 bulan"),
    ]
    assert [(r.number, r.text, r.intervened_kind) for r in doc.tambahan] == [(1, ANALIS_TAMBAHAN, "")]
    assert doc.tambahan[0].indicators[0].target == "12,5 orang"  # the decimal comma on paper
    assert [b.name for b in doc.perilaku][:2] == ["Berorientasi Pelayanan", "Akuntabel"]
    assert len(doc.perilaku) == 7 and all(len(b.panduan) == 3 for b in doc.perilaku)
    assert doc.perilaku[1].ekspektasi == "Mengunggah bukti dukung paling lambat tanggal 5"
    assert doc.perilaku[0].ekspektasi == ""
    assert [k for k, _ in doc.lampiran] == ["sumber-daya", "skema-pertanggungjawaban", "konsekuensi"]
    assert doc.annex("sumber-daya") == ("Akses aplikasi e-Kinerja",)
    with ws.store.reading() as s:
        assert doc.content_hash == plan_content_hash(s, small.plan_analis) == doc.approved_hash
    assert doc.ditetapkan and not doc.changed_after_approval
    assert (doc.approved_on, doc.signed_on) == (APPROVED, APPROVED)
    assert doc.place == "Uji Coba"  # no city setting: the kabupaten of the instansi's name
    assert doc.pegawai_nip == "199003032015031003" and doc.pegawai_name == "Andi Pratama"
    assert doc.kop.pemerintah == "PEMERINTAH KABUPATEN UJI COBA" and doc.kop.logo is None


def test_kualitatif_document_of_a_pppk(ws: Workspace, small: Small) -> None:
    doc = ws.documents.plan_document(small.plan_pppk)
    assert (doc.kind, doc.pendekatan, doc.status) == (PlanKind.JA_JF, Pendekatan.KUALITATIF, "draft")
    assert doc.pegawai.pangkat == "IX"  # R-PANGKAT: PPPK have a golongan without pangkat name
    assert doc.pegawai.nip == "19910404 202221 1 004"  # R-NIP: the same 8-6-1-3 groups
    (rhk,) = doc.utama
    assert (rhk.text, rhk.ukuran_keberhasilan, rhk.ukuran_text()) == (PPPK_RHK, UKURAN, UKURAN)
    assert rhk.intervened == KABID_RHK
    assert not doc.ditetapkan and not doc.changed_after_approval and doc.approved_hash == ""
    assert doc.signed_on == TODAY  # not approved: the day it is printed


def test_jpt_document_has_instansi_row_and_perspektif(ws: Workspace, small: Small) -> None:
    doc = ws.documents.plan_document(small.plan_kepala)
    assert doc.kind is PlanKind.JPT and doc.jpt
    assert doc.pegawai.name == "Dr. Budi Santoso, M.Si."
    assert doc.pegawai.pangkat == "Pembina Utama Muda, IV/c"
    assert doc.pegawai.unit == "Dinas Perencanaan"  # the OPD itself: not repeated
    # R-SKP-CONTENT: the JPT's penilai row 5 is the instansi; nobody above the head in this data
    assert (doc.penilai.unit_label, doc.penilai.unit) == ("INSTANSI", "Pemerintah Kabupaten Uji Coba")
    assert doc.penilai.empty
    (rhk,) = doc.utama
    assert (rhk.intervened, rhk.intervened_kind, rhk.perspektif) == (GOAL, "goal", "Penerima Layanan")
    assert rhk.indicators[0].target == "85 nilai"


def test_penilai_falls_back_to_the_holder_of_the_atasan_position(ws: Workspace, small: Small) -> None:
    # a plan that names only the atasan's position (the penilai was not chosen yet)
    with ws.store.transaction() as s:
        s.execute(update(Plan).where(Plan.id == small.plan_kabid).values(penilai_employee_id=None))
    doc = ws.documents.plan_document(small.plan_kabid)
    assert doc.penilai.name == "Dr. Budi Santoso, M.Si."
    assert doc.penilai.jabatan == "Kepala Dinas Perencanaan"


def test_changed_after_approval(ws: Workspace, small: Small) -> None:
    with ws.store.transaction() as s:
        s.execute(
            update(WorkResult)
            .where(WorkResult.plan_id == small.plan_analis, WorkResult.jenis == "utama")
            .values(text="Tersusunnya laporan evaluasi program (diubah)")
        )
    doc = ws.documents.plan_document(small.plan_analis)
    assert doc.ditetapkan and doc.changed_after_approval
    assert doc.content_hash != doc.approved_hash
    with ws.store.reading() as s:
        stored = s.execute(select(Plan.approved_hash).where(Plan.id == small.plan_analis)).scalar()
    assert doc.approved_hash == stored


def test_settings_give_the_kop_and_the_place(ws: Workspace, small: Small) -> None:
    ws.settings.update(
        {
            "instansi.pemerintah": "Pemerintah Kabupaten Sukamaju",
            "instansi.name": "Badan Kepegawaian",
            "instansi.address": "Jalan Merdeka 1",
            "instansi.phone": "(0262) 1",
            "instansi.city": "Sukamaju",
        }
    )
    doc = ws.documents.plan_document(small.plan_pppk)
    assert (doc.kop.pemerintah, doc.kop.name, doc.kop.address) == (
        "PEMERINTAH KABUPATEN SUKAMAJU",
        "BADAN KEPEGAWAIAN",
        "Jalan Merdeka 1",
    )
    assert doc.kop.contacts == "Telepon (0262) 1"
    assert doc.instansi == "PEMERINTAH KABUPATEN SUKAMAJU"
    assert doc.place == "Sukamaju"


# -- finding plans -----------------------------------------------------------------------------------


def test_find_plan_by_nip_with_or_without_spaces(ws: Workspace, small: Small) -> None:
    assert ws.documents.find_plan("199003032015031003", 2026) == small.plan_analis
    assert ws.documents.find_plan(" 19900303 201503 1 003 ", 2026) == small.plan_analis


def test_find_plan_takes_the_latest_after_a_job_change(ws: Workspace, small: Small) -> None:
    (later,), _ = ws.planning.add_plans(
        [
            NewPlan(
                employee_id=small.analis,
                period_id=small.period,
                start_date=dt.date(2026, 7, 1),
                results=(NewResult("Tersusunnya kajian kebijakan"),),
            )
        ]
    )
    assert ws.documents.find_plan("199003032015031003", 2026) == later
    doc = ws.documents.plan_document(later)
    assert (doc.start, doc.end) == (dt.date(2026, 7, 1), dt.date(2026, 12, 31))


@pytest.mark.parametrize(
    ("nip", "year"), [("199003032015031099", 2026), ("199003032015031003", 2025), ("", 2026)]
)
def test_find_plan_refuses_what_is_not_there(ws: Workspace, small: Small, nip: str, year: int) -> None:
    with pytest.raises(SkpError) as caught:
        ws.documents.find_plan(nip, year)
    assert caught.value.code is Code.DOCUMENT_NO_PLAN
    assert caught.value.params["year"] == year


def test_unknown_plan_id_is_not_found(ws: Workspace, small: Small) -> None:
    with pytest.raises(SkpError) as caught:
        ws.documents.plan_document("no-such-plan")
    assert caught.value.code is Code.RECORD_NOT_FOUND


def test_plan_ids_of_a_subtree_or_everything(ws: Workspace, small: Small) -> None:
    everything = ws.documents.plan_ids(None, 2026)
    assert set(everything) == {small.plan_kepala, small.plan_kabid, small.plan_analis, small.plan_pppk}
    assert set(ws.documents.plan_ids("bid", 2026)) == {small.plan_kabid, small.plan_analis, small.plan_pppk}
    assert ws.documents.plan_ids("other", 2026) == []
    assert ws.documents.plan_ids(None, 2025) == []
    with pytest.raises(SkpError) as caught:
        ws.documents.plan_ids("nowhere", 2026)
    assert caught.value.code is Code.RECORD_NOT_FOUND


def test_find_unit_by_id_name_or_short_name(ws: Workspace, small: Small) -> None:
    assert ws.documents.find_unit("bid") == "bid"
    assert ws.documents.find_unit("bidang  program") == "bid"
    assert ws.documents.find_unit("dpr") == "opd"
    with pytest.raises(SkpError) as caught:
        ws.documents.find_unit("Bidang Tidak Ada")
    assert caught.value.code is Code.RECORD_NOT_FOUND
    ws.org.add_units([NewUnit("Bidang Program", "bidang", parent_id="other", id="bid2")])
    with pytest.raises(SkpError) as caught:
        ws.documents.find_unit("Bidang Program")
    assert (caught.value.code, caught.value.params["reason"]) == (Code.RECORD_INVALID, "ambiguous")


# -- who may read --------------------------------------------------------------------------------------


def test_a_pegawai_reads_their_own_plan_only(ws: Workspace, small: Small) -> None:
    ws.sign_in(small.analis, Role.PEGAWAI, today=TODAY)
    assert ws.documents.plan_document(small.plan_analis).pegawai.name == "Andi Pratama"
    with pytest.raises(SkpError) as caught:
        ws.documents.plan_document(small.plan_pppk)
    assert caught.value.code is Code.OUT_OF_SCOPE
    with pytest.raises(SkpError) as caught:
        ws.documents.find_plan("199104042022211004", 2026)
    assert caught.value.code is Code.DOCUMENT_NO_PLAN
    assert ws.documents.plan_ids(None, 2026) == [small.plan_analis]


def test_an_atasan_reads_the_team(ws: Workspace, small: Small) -> None:
    ws.sign_in(small.kabid, Role.ATASAN, today=TODAY)
    assert set(ws.documents.plan_ids(None, 2026)) == {small.plan_kabid, small.plan_analis, small.plan_pppk}
    with pytest.raises(SkpError):
        ws.documents.plan_document(small.plan_kepala)


# -- the words -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("golongan", "status", "expected"),
    [
        ("III/b", "pns", "Penata Muda Tk. I, III/b"),
        ("iv/a", "pns", "Pembina, IV/a"),
        ("II/d", "pns", "Pengatur Tk. I, II/d"),
        ("9", "pppk", "IX"),
        ("", "pns", ""),
        ("Z/z", "pns", "Z/z"),  # unreadable: printed as stored
    ],
)
def test_pangkat_text(golongan: str, status: str, expected: str) -> None:
    assert pangkat_text(golongan, status) == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("12", "", "dokumen"), "12 dokumen"),
        (("80", "90", "%"), "80–90%"),
        (("97.5", "", "%"), "97,5%"),
        (("1000", "", "orang"), "1.000 orang"),
        (("Baik", "", ""), "Baik"),
        (("5", "5", "hari"), "5 hari"),
        (("", "", "dokumen"), "dokumen"),
        (("", "", ""), ""),
    ],
)
def test_target_text(args: tuple[str, str, str], expected: str) -> None:
    assert target_text(*args) == expected


@pytest.mark.parametrize(
    ("city", "name", "expected"),
    [
        ("Sukamaju", "Pemerintah Kabupaten Lain", "Sukamaju"),
        ("", "Pemerintah Kabupaten Sukamaju", "Sukamaju"),
        ("", "Pemerintah Kota Bandar Baru", "Bandar Baru"),
        ("", "Pemerintah Provinsi Jawa Tengah", "Jawa Tengah"),
        ("", "Badan Kepegawaian Negara", ""),
        ("", "", ""),
    ],
)
def test_signature_place(city: str, name: str, expected: str) -> None:
    assert signature_place(city, name) == expected


# -- the demo ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(demo_folder: Path) -> Iterator[Workspace]:
    with Workspace.open(demo_folder, actor=Actor.workspace()) as ws:
        yield ws


def test_every_plan_of_a_demo_opd_reads(demo: Workspace) -> None:
    unit = demo.documents.find_unit("BKPSDM")
    ids = demo.documents.plan_ids(unit, 2026)
    assert len(ids) > 10
    kinds = set()
    for plan_id in ids:
        doc = demo.documents.plan_document(plan_id)
        kinds.add(doc.kind)
        assert doc.utama and len(doc.perilaku) == 7
        assert not doc.changed_after_approval  # the demo approves what it stores
        assert doc.pegawai.nip.count(" ") == 3
        if doc.kind is PlanKind.JA_JF and doc.penilai.name:
            assert doc.penilai.unit_label == "UNIT KERJA"
    assert kinds == {PlanKind.JPT, PlanKind.JA_JF}


# -- a batch of PDFs: in this process or in worker processes -------------------------------------------


def _pdfs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _contents(path: Path) -> tuple[dict[str, str], int, list[str]]:
    """A PDF's stamp (plan, content hash, status), page count and page texts."""
    from skpdesk.reports.rencana_pdf import read_stamp
    from tests.reports.test_rencana_pdf import page_texts

    data = path.read_bytes()
    assert data.rstrip().endswith(b"%%EOF")  # complete
    texts = page_texts(data)
    return read_stamp(data), len(texts), texts


def test_worker_count() -> None:
    assert worker_count(PARALLEL_FROM - 1) == 1  # a small batch stays in this process
    assert worker_count(PARALLEL_FROM) == min(documents.cpu_count(), PARALLEL_FROM)
    assert worker_count(3, workers=8) == 3  # never more processes than plans
    assert worker_count(500, workers=1) == 1
    assert worker_count(0) == 1


def test_a_frozen_build_stays_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert worker_count(10 * PARALLEL_FROM) == 1


def test_a_small_batch_is_written_here_plan_by_plan(ws: Workspace, small: Small, tmp_path: Path) -> None:
    ids = ws.documents.plan_ids(None, 2026)
    read: list[str] = []
    plan_document = ws.documents.plan_document

    def counting(plan_id: str) -> object:
        read.append(plan_id)
        return plan_document(plan_id)

    ws.documents.plan_document = counting  # type: ignore[method-assign]
    calls: list[tuple[int, int]] = []
    paths = ws.documents.write_plans(ids, tmp_path / "out", progress=lambda *a: calls.append(a))
    assert read == ids  # in order, each when its turn came, in this process
    assert sorted(p.name for p in paths) == [
        "197001012000011001_Budi_Santoso.pdf",
        "197502022001012002_Sari_Dewi.pdf",
        "199003032015031003_Andi_Pratama.pdf",
        "199104042022211004_Rina_Wulandari.pdf",
    ]
    assert [_contents(p)[0]["plan"] for p in paths] == ids
    assert calls == [(n, 4) for n in range(5)]


def test_workers_are_given_only_plans_the_person_may_read(
    ws: Workspace, small: Small, tmp_path: Path
) -> None:
    ws.sign_in(small.analis, Role.PEGAWAI, today=TODAY)
    for ids, code in (
        ([small.plan_analis, small.plan_pppk], Code.OUT_OF_SCOPE),
        ([small.plan_analis, "no-such-plan"], Code.RECORD_NOT_FOUND),
    ):
        with pytest.raises(SkpError) as caught:
            ws.documents.write_plans(ids, tmp_path / "out", workers=2)
        assert caught.value.code is code
        assert not (tmp_path / "out").exists()  # refused before anything started


def test_a_worker_reports_an_error_as_a_code(
    ws: Workspace, small: Small, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(documents, "_WORKER", None)  # as in a new worker process
    try:
        folder = str(ws.folder)
        today = dt.date(2026, 3, 1)
        out = tmp_path / "out"
        out.mkdir()
        written = documents._write_one(folder, small.plan_analis, str(out / ".a.pdf.part"), today)
        assert (written.error, written.name) == (None, "199003032015031003_Andi_Pratama.pdf")
        assert written.pages == len(_contents(out / ".a.pdf.part")[2])
        missing = documents._write_one(folder, "no-such-plan", str(out / ".b.pdf.part"), today)
        assert missing.error == ("REC-NOTFOUND", {"kind": "plan", "id": "no-such-plan"})
        gone = documents._write_one(folder, small.plan_analis, str(out / "gone" / ".c.pdf.part"), today)
        assert gone.error is not None and gone.error[0] == "DOC-WRITE"
        assert gone.error[1]["reason"] == "folder-missing"
        assert _pdfs(out) == [".a.pdf.part"]
    finally:
        if documents._WORKER is not None:
            documents._WORKER.store.close()


def _demo_batch(demo: Workspace) -> list[str]:
    ids = demo.documents.plan_ids(demo.documents.find_unit("BKPSDM"), 2026)[:6]
    return [*ids, ids[0]]  # the first plan again: a second file of one person gets "_2"


def test_worker_processes_write_the_same_files_as_this_process(demo: Workspace, tmp_path: Path) -> None:
    ids = _demo_batch(demo)
    here = demo.documents.write_plans(ids, tmp_path / "here", workers=1)
    calls: list[tuple[int, int]] = []
    there = demo.documents.write_plans(
        ids, tmp_path / "there", workers=2, progress=lambda *a: calls.append(a)
    )
    assert [p.name for p in there] == [p.name for p in here]
    assert there[-1].name == here[0].name.replace(".pdf", "_2.pdf")
    assert _pdfs(tmp_path / "there") == _pdfs(tmp_path / "here")  # nothing else: no temporary file
    for mine, theirs in zip(here, there, strict=True):
        assert _contents(theirs) == _contents(mine)  # plan, hash footer, pages, every text
        assert theirs.stat().st_mode == mine.stat().st_mode
    assert calls == [(n, len(ids)) for n in range(len(ids) + 1)]


def test_stopping_worker_processes_keeps_only_finished_files(demo: Workspace, tmp_path: Path) -> None:
    ids = demo.documents.plan_ids(demo.documents.find_unit("BKPSDM"), 2026)
    assert len(ids) > 8
    calls: list[tuple[int, int]] = []
    out = tmp_path / "out"
    with pytest.raises(Cancelled):
        demo.documents.write_plans(
            ids,
            out,
            workers=2,
            progress=lambda *a: calls.append(a),
            cancelled=lambda: bool(calls) and calls[-1][0] >= 2,
        )
    files = _pdfs(out)
    assert 2 <= calls[-1][0] < len(ids)
    assert len(files) == calls[-1][0]  # every file counted as done is there, and no other
    assert all(name.endswith(".pdf") and not name.startswith(".") for name in files)
    for name in files:
        stamp, pages, _texts = _contents(out / name)
        assert stamp["plan"] in ids and pages >= 2


def _write_one_on_a_full_disk(folder: str, plan_id: str, tmp: str, today: dt.date) -> object:
    """A worker whose disk is full (runs in the worker process: the fsync there fails)."""

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    os.fsync = full
    return documents._write_one(folder, plan_id, tmp, today)


def _write_one_and_die(folder: str, plan_id: str, tmp: str, today: dt.date) -> object:
    """A worker process that ends abruptly (killed, out of memory) after it began a file."""
    Path(tmp).write_bytes(b"%PDF half")
    os._exit(3)


@pytest.mark.parametrize(
    ("worker", "reason"), [(_write_one_on_a_full_disk, "disk-full"), (_write_one_and_die, "worker-stopped")]
)
def test_a_failing_worker_process_is_a_document_write_error(
    demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, worker: object, reason: str
) -> None:
    monkeypatch.setattr(documents, "_write_one", worker)
    out = tmp_path / "out"
    with pytest.raises(SkpError) as caught:
        demo.documents.write_plans(_demo_batch(demo), out, workers=2)
    assert caught.value.code is Code.DOCUMENT_WRITE
    assert caught.value.params["reason"] == reason
    assert _pdfs(out) == []  # nothing finished; no temporary file left
