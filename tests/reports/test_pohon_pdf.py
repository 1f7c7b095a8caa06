"""The pohon kinerja PDF: every node's text and owner, Indonesian targets, marked findings, the
checks summary, pages that grow with the tree (fewer on A3), the path repeated on continued pages,
RHK tambahan and cycles apart, long texts over pages, sizes never below 7 pt, files and callbacks.

Trees are built from the domain's values (fast and exact); one comes from a workspace. The text is
read back with ``page_texts`` (content streams, one block per text object: a box's column is one).
"""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import pytest

from skpdesk.domain.cascade import (
    CascadeChecks,
    CascadeNode,
    CascadeTree,
    MissingPlan,
    NodeIndicator,
    NodeKind,
)
from skpdesk.domain.errors import Cancelled, Code, SkpError
from skpdesk.reports import cascade_document as cd
from skpdesk.reports import pohon_pdf
from skpdesk.reports.pohon_pdf import render_pohon
from skpdesk.services.access import Actor
from skpdesk.services.workspace import Workspace
from tests.reports.test_rencana_pdf import _streams, page_texts
from tests.services.test_cascade import _tree

SASARAN = "Meningkatnya kualitas layanan kepegawaian"
IKU = "Indeks kepuasan layanan kepegawaian"
KEPALA = "Meningkatnya layanan kepegawaian yang cepat dan tepat"
KABID = "Terselenggaranya pelatihan teknis bagi ASN"
TAMBAHAN = "Terlaksananya tugas tambahan sebagai panitia"
ORPHAN = "Tersusunnya laporan tanpa induk"


def flat(text: str) -> str:
    return " ".join(text.split())


def goal(
    node_id: str, text: str, kind: NodeKind = NodeKind.SASARAN, parent: str | None = None
) -> CascadeNode:
    return CascadeNode(
        node_id,
        kind,
        parent,
        text,
        unit_id="u",
        unit_name="Dinas Uji",
        target_value="90" if kind is NodeKind.IKU else "",
        target_unit="%" if kind is NodeKind.IKU else "",
    )


def rhk(
    node_id: str,
    parent: CascadeNode | None,
    text: str,
    owner: str,
    *,
    level: int = 2,
    jenis: str = "utama",
    target: str = "1500",
    unit: str = "sertifikat",
    **extra: object,
) -> CascadeNode:
    """An RHK of ``owner`` (its id is the name) linked to ``parent``, rated by the parent's owner."""
    linked_result = parent is not None and parent.is_result
    values: dict[str, object] = {
        "jenis": jenis,
        "plan_id": f"plan-{owner}",
        "plan_status": "ditetapkan",
        "owner_id": owner,
        "owner_name": owner,
        "owner_nip": "199003032015031003",
        "jabatan": f"Jabatan {owner}",
        "unit_id": "u",
        "unit_name": "Dinas Uji",
        "penilai_id": parent.owner_id if linked_result and parent else None,
        "parent_owner_id": parent.owner_id if linked_result and parent else None,
        "link_id": parent.id if parent else None,
        "link_kind": ("result" if linked_result else "goal") if parent else "",
        "level": level,
        "indicators": (NodeIndicator("kuantitas", f"Jumlah keluaran {node_id}", target, unit),),
    }
    values.update(extra)
    return CascadeNode(node_id, NodeKind.RESULT, parent.id if parent else None, text, **values)  # type: ignore[arg-type]


def office(staff: int = 3, *, missing: int = 1) -> CascadeTree:
    """A sasaran with an IKU, the kepala's RHK under it, the kabid's under that, ``staff`` people
    under the kabid (split by beban target), an RHK tambahan and an orphan."""
    s = goal("g1", SASARAN)
    i = goal("g2", IKU, NodeKind.IKU, "g1")
    kepala = rhk("r-kep", s, KEPALA, "Kepala Dinas", level=0, target="97.5", unit="%")
    kabid = rhk(
        "r-kabid",
        kepala,
        KABID,
        "Kepala Bidang",
        level=1,
        target=str(100 * staff),
        unit="dokumen",
        method="langsung",
        approach="aspek",
    )
    nodes = [s, i, kepala, kabid]
    for n in range(staff):
        nodes.append(
            rhk(
                f"r-s{n}",
                kabid,
                f"Tersusunnya dokumen pelatihan nomor {n}",
                f"Staf Nomor {n}",
                target="100",
                unit="dokumen",
                method="langsung",
                approach="beban-target",
            )
        )
    nodes.append(rhk("r-t", None, TAMBAHAN, "Staf Nomor 0", jenis="tambahan"))
    nodes.append(rhk("r-o", None, ORPHAN, "Staf Lepas", indicators=()))
    people = tuple(
        MissingPlan(f"e{n}", f"Pegawai Tanpa Rencana {n}", "Pengadministrasi", "p") for n in range(missing)
    )
    subordinates = {
        "Kepala Dinas": frozenset({"Kepala Bidang"}),
        "Kepala Bidang": frozenset({"Staf Nomor 0"}),
    }
    return CascadeTree("u", "Dinas Uji", "2026", 2026, {n.id: n for n in nodes}, people, subordinates)


def render(tree: CascadeTree, paper: str = "a4") -> tuple[int, list[str]]:
    out = io.BytesIO()
    pages = render_pohon(tree, out, paper=paper, instansi="Pemerintah Kabupaten Uji")
    texts = page_texts(out.getvalue())
    assert len(texts) == pages
    return pages, texts


# -- content ---------------------------------------------------------------------------------------


def test_every_node_text_and_owner_is_printed_with_title_summary_and_legend() -> None:
    tree = office(3)
    pages, texts = render(tree)
    assert pages <= 2
    text = "\n".join(texts)
    for node in tree.nodes.values():
        assert flat(node.text) in text, node.text
        if node.is_result:
            assert node.owner_name in text and node.jabatan in text
    head = flat(text[:600])
    assert head.startswith("PEMERINTAH KABUPATEN UJI POHON KINERJA DINAS UJI TAHUN 2026")
    assert "HASIL PEMERIKSAAN" in text and "KETERANGAN" in text
    assert "Sasaran strategis 1" in text and "RHK utama 6" in text and "RHK tambahan 1" in text
    assert "SKP: Ditetapkan" in text
    assert f"Halaman 1 dari {pages}" in texts[0]
    assert "Pegawai Tanpa Rencana 0" in text
    # the orphan RHK (no link, nothing below) comes after the goals' tree, in a section of its own
    assert text.index("RHK UTAMA TANPA INTERVENSI") > text.index("Tersusunnya dokumen pelatihan nomor 2")
    assert text.index(ORPHAN) > text.index("RHK UTAMA TANPA INTERVENSI")


def test_targets_and_methods_are_written_the_indonesian_way() -> None:
    text = render(office(3))[1][0]
    assert "Target: 97,5%" in text  # the kepala: 97.5 stored with a dot
    assert "Target: 300 dokumen" in text
    assert "Target: 90%" in text  # the IKU's own target
    assert "Cascading langsung" in text and "pembagian beban target" in text
    wide = office(3)
    wide.nodes["r-s0"] = dataclasses.replace(
        wide.nodes["r-s0"], indicators=(NodeIndicator("kuantitas", "Jumlah", "12500", "sertifikat"),)
    )
    assert "Target: 12.500 sertifikat" in render(wide)[1][0]


def test_findings_are_marked_on_their_boxes_and_counted() -> None:
    tree = office(3)  # the staff split 300 among 3 x 100: complete; the orphan has no link
    text = flat(render(tree)[1][0])
    assert "RHK utama tanpa RHK yang diintervensi: 1" in text
    assert ORPHAN in text and "Tanpa intervensi" in text
    assert "Pembagian target tidak sesuai: 0" in text
    short = office(3)
    short.nodes["r-s2"] = dataclasses.replace(
        short.nodes["r-s2"], indicators=(NodeIndicator("kuantitas", "Jumlah", "80", "dokumen"),)
    )
    checks = CascadeChecks(short)
    text = flat(render(short)[1][0])
    assert checks.counts()[cd.IssueKind.PORSI] == 1
    assert "Pembagian target tidak sesuai: 1" in text
    assert "Porsi kurang (280 dari 300 dokumen)" in text


def test_tambahan_results_come_apart_after_the_tree() -> None:
    text = flat(" ".join(render(office(3))[1]))
    section = text.index("RHK TAMBAHAN")
    assert text.index(TAMBAHAN) > section
    assert all(text.index(flat(f"Tersusunnya dokumen pelatihan nomor {n}")) < section for n in range(3))
    assert text.index("PEGAWAI YANG BELUM MEMILIKI SKP") > text.index(TAMBAHAN)


def test_results_on_a_cycle_are_printed_in_their_own_section() -> None:
    tree = office(2)
    a = dataclasses.replace(tree.nodes["r-s0"], parent_id="r-s1", link_id="r-s1")
    b = dataclasses.replace(tree.nodes["r-s1"], parent_id="r-s0", link_id="r-s0")
    cyclic = CascadeTree("u", "Dinas Uji", "2026", 2026, {**tree.nodes, "r-s0": a, "r-s1": b})
    assert {n.id for _d, n in cyclic.walk()} == set(cyclic.nodes) - {"r-s0", "r-s1"}  # no root reaches them
    text = flat(" ".join(render(cyclic)[1]))
    assert "RHK DALAM INTERVENSI MELINGKAR" in text and "Intervensi melingkar: 2" in text
    assert a.text in text and b.text in text and text.count("Melingkar") == 2


def test_an_empty_tree_prints_one_page_that_says_so() -> None:
    tree = CascadeTree("u", "Dinas Kosong", "2026", 2026, {})
    pages, texts = render(tree)
    assert pages == 1
    assert "Belum ada sasaran strategis maupun RHK untuk unit ini pada tahun 2026" in flat(texts[0])


def test_a_workspace_tree_prints_every_node(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws", actor=Actor.workspace()) as ws:
        t = _tree(ws)
        tree = ws.cascade.tree("u-a", t.o.period)
    pages, texts = render(tree)
    text = " ".join(texts)
    for node in tree.nodes.values():
        assert flat(node.text) in flat(text)
        if node.is_result:
            assert node.owner_name in text
    assert pages == 1
    assert {"Sendiri", "Pengelola", "Fasilitator"} <= {m.name for m in tree.missing}
    assert all(m.name in text and m.jabatan in text for m in tree.missing)


# -- pages -----------------------------------------------------------------------------------------


def test_pages_grow_with_the_tree_and_a3_needs_fewer() -> None:
    small = render(office(20))[0]
    large, texts = render(office(120))
    a3 = render(office(120), "a3")[0]
    assert 1 < small < large
    assert a3 < large
    for n, text in enumerate(texts, start=1):
        assert f"Halaman {n} dari {large}" in text
        if n > 1:
            assert "POHON KINERJA" in text and "Dinas Uji" in text  # the running header


def test_continued_pages_repeat_the_path_above_their_boxes() -> None:
    tree = office(120)
    _pages, texts = render(tree)
    continued = [t for t in texts[1:] if "Tersusunnya dokumen pelatihan nomor" in t]
    assert len(continued) >= 3
    for n, text in enumerate(texts[1:], start=2):
        if "Tersusunnya dokumen pelatihan nomor" not in text:
            continue
        lines = text.splitlines()
        found = re.fullmatch(r"\(lanjutan dari halaman (\d+)(; induk di halaman (\d+))?\)", lines[1])
        assert found is not None, lines[:3]
        assert int(found.group(1)) == n - 1
        assert (found.group(3) or found.group(1)) == "1"  # the kabid's box is on page 1
        # the sasaran, the kepala's and the kabid's RHK, each with its owner, before any box
        path = " ".join(lines[2:5])
        assert SASARAN in path and "Sasaran Strategis" in path
        assert KEPALA in path and "Kepala Dinas" in path
        assert KABID in path and "Kepala Bidang" in path
    assert "bersambung ke halaman berikutnya" in texts[0]


def test_a_section_going_on_repeats_its_title_not_a_path() -> None:
    tree = office(3)
    for n in range(60):
        extra = rhk(f"r-t{n}", None, f"Terlaksananya tugas tambahan nomor {n}", f"Staf {n}", jenis="tambahan")
        tree.replace_node(extra)
    texts = render(tree)[1]
    start = next(n for n, t in enumerate(texts) if "RHK TAMBAHAN" in t)
    later = [t for t in texts[start + 1 :] if "Terlaksananya tugas tambahan nomor" in t]
    assert later
    for text in later:
        lines = text.splitlines()
        assert lines[1] == "RHK TAMBAHAN (lanjutan)"
        assert "lanjutan dari halaman" not in text  # tambahan hang under nothing: no path to repeat


def test_a_text_longer_than_a_page_goes_on_in_a_continued_box() -> None:
    tree = office(2)
    words = " ".join(f"kata{n}" for n in range(2500))
    tree.nodes["r-s1"] = dataclasses.replace(tree.nodes["r-s1"], text=words)
    pages, texts = render(tree)
    text = " ".join(texts)
    assert pages >= 3
    assert "(lanjutan)" in text
    printed = re.findall(r"kata\d+", text)
    assert printed == [f"kata{n}" for n in range(2500)]  # every word once, in order


def test_text_is_never_smaller_than_seven_points() -> None:
    out = io.BytesIO()
    tree = office(60, missing=40)
    render_pohon(tree, out)
    sizes = [float(m) for _head, body in _streams(out.getvalue()) for m in re.findall(rb" ([\d.]+) Tf", body)]
    assert sizes and min(sizes) >= 7


def test_wrapped_lines_fit_their_width_and_keep_every_character() -> None:
    font = pohon_pdf.fonts().regular
    text = "Tersedianya " + "x" * 300 + " data kepegawaian yang mutakhir dan akurat"
    lines = pohon_pdf._wrap(text, font, 8.0, 150.0)
    assert len(lines) > 3
    assert all(pohon_pdf.pdfmetrics.stringWidth(line, font, 8.0) <= 150.0 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_a_large_tree_is_laid_out_in_one_pass() -> None:
    tree = office(1500, missing=300)
    pages, texts = render(tree, "a3")
    text = " ".join(texts)
    assert all(f"Staf Nomor {n} " in text for n in (0, 749, 1499))
    assert pages == len(texts) > 20


# -- files and callbacks ---------------------------------------------------------------------------


def test_paper_must_be_a4_or_a3(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="paper"):
        render_pohon(office(1), tmp_path / "x.pdf", paper="letter")
    assert not (tmp_path / "x.pdf").exists()


def test_a_path_is_written_whole_or_not_at_all(tmp_path: Path) -> None:
    target = tmp_path / "pohon.pdf"
    pages = render_pohon(office(3), target, paper="A3")
    assert pages == 1 and target.read_bytes().startswith(b"%PDF")
    with pytest.raises(SkpError) as info:
        render_pohon(office(3), tmp_path / "missing" / "pohon.pdf")
    assert info.value.code is Code.DOCUMENT_WRITE and info.value.params["reason"] == "folder-missing"
    with pytest.raises(SkpError) as info:
        render_pohon(office(3), tmp_path)
    assert info.value.params["reason"] == "is-a-folder"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pohon.pdf"]  # no temporary file left


def test_progress_reports_each_page_and_cancel_leaves_no_file(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    pages = render_pohon(office(60), tmp_path / "a.pdf", progress=lambda d, t: seen.append((d, t)))
    assert seen == [(n, pages) for n in range(pages + 1)]
    asked = [0]

    def cancelled() -> bool:
        asked[0] += 1
        return asked[0] > 3

    target = tmp_path / "b.pdf"
    with pytest.raises(Cancelled):
        render_pohon(office(60), target, cancelled=cancelled)
    assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]
