"""The cascading tree as Excel: one row per node with its level, path and fields, read back with
openpyxl; the checks sheet equals the checks; the summary counts; the sheet's frame; files."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from skpdesk.domain.cascade import CascadeChecks, CascadeTree, IssueKind, NodeIndicator
from skpdesk.domain.errors import Code, SkpError
from skpdesk.reports import cascade_document as cd
from skpdesk.reports.cascade_xlsx import (
    CHECK_HEADERS,
    HEADER_ROW,
    TREE_HEADERS,
    write_cascade_xlsx,
)
from skpdesk.services.access import Actor
from skpdesk.services.workspace import Workspace
from tests.reports.test_pohon_pdf import KABID, KEPALA, ORPHAN, SASARAN, TAMBAHAN, office
from tests.services.test_cascade import _tree


def read(tree: CascadeTree, **kwargs: Any) -> tuple[Any, list[dict[str, Any]]]:
    out = io.BytesIO()
    count = write_cascade_xlsx(tree, out, **kwargs)
    book = load_workbook(io.BytesIO(out.getvalue()))
    sheet = book["Pohon Kinerja"]
    header = [c.value for c in sheet[HEADER_ROW]]
    assert tuple(header) == TREE_HEADERS
    rows = [
        dict(zip(header, values, strict=True))
        for values in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True)
    ]
    assert count == len(rows)
    return book, rows


def test_one_row_per_node_with_its_level_and_path() -> None:
    tree = office(4)
    _book, rows = read(tree)
    assert sorted(r["ID"] for r in rows) == sorted(tree.nodes)
    assert [r["ID"] for r in rows] == [row.node.id for row in cd.rows(tree)]  # the printed order
    assert [r["No."] for r in rows] == list(range(1, len(rows) + 1))
    by_id = {r["ID"]: r for r in rows}
    staff = by_id["r-s2"]
    assert staff["Tingkat"] == 4
    assert staff["Jalur"] == f"{SASARAN} › {KEPALA} › {KABID} › Tersusunnya dokumen pelatihan nomor 2"
    assert staff["Uraian"] == "Tersusunnya dokumen pelatihan nomor 2"
    assert (staff["Jenis"], staff["Pemilik"], staff["Jabatan"]) == (
        "RHK Utama",
        "Staf Nomor 2",
        "Jabatan Staf Nomor 2",
    )
    assert (staff["Unit"], staff["Status SKP"]) == ("Dinas Uji", "Ditetapkan")
    assert staff["Indikator (IKI / IKU)"] == "Kuantitas: Jumlah keluaran r-s2"
    assert staff["Target"] == "100 dokumen"
    assert (staff["Metode cascading"], staff["Pendekatan"]) == ("Langsung", "Pembagian beban target")
    assert by_id["r-kep"]["Target"] == "97,5%" and by_id["r-kep"]["Tingkat"] == 2
    sasaran = by_id["g1"]
    assert (sasaran["Tingkat"], sasaran["Jenis"], sasaran["Jalur"]) == (1, "Sasaran Strategis", SASARAN)
    assert sasaran["Pemilik"] is None and sasaran["Status SKP"] is None
    iku = by_id["g2"]
    assert (iku["Jenis"], iku["Target"], iku["Tingkat"]) == ("IKU", "90%", 2)
    assert by_id["r-t"]["Jenis"] == "RHK Tambahan" and by_id["r-t"]["Jalur"] == TAMBAHAN
    assert by_id["r-o"]["Catatan pemeriksaan"] == "Tanpa intervensi" and by_id["r-o"]["Jalur"] == ORPHAN


def test_the_nip_stays_text_with_all_its_digits() -> None:
    book, rows = read(office(1))
    staff = next(r for r in rows if r["ID"] == "r-s0")
    assert staff["NIP"] == "199003032015031003"
    cell = next(
        row[6] for row in book["Pohon Kinerja"].iter_rows(min_row=HEADER_ROW + 1) if row[16].value == "r-s0"
    )
    assert cell.data_type == "s" and cell.number_format == "@"


def test_a_tambahan_under_an_rhk_keeps_its_path_and_a_cycle_its_chain() -> None:
    tree = office(2)
    tree.replace_node(dataclasses.replace(tree.nodes["r-t"], parent_id="r-kabid", link_id="r-kabid"))
    a = dataclasses.replace(tree.nodes["r-s0"], parent_id="r-s1", link_id="r-s1")
    b = dataclasses.replace(tree.nodes["r-s1"], parent_id="r-s0", link_id="r-s0")
    tree.replace_node(a)
    tree.replace_node(b)
    _book, rows = read(tree)
    by_id = {r["ID"]: r for r in rows}
    assert len(rows) == len(tree.nodes)
    assert by_id["r-t"]["Jalur"] == f"{SASARAN} › {KEPALA} › {KABID} › {TAMBAHAN}"
    assert by_id["r-t"]["Tingkat"] == 4
    assert (
        by_id["r-s0"]["Jalur"] == f"{b.text} › {a.text}"
        and by_id["r-s0"]["Catatan pemeriksaan"] == "Melingkar"
    )


def test_the_checks_sheet_lists_the_checks() -> None:
    tree = office(3)
    tree.nodes["r-s2"] = dataclasses.replace(
        tree.nodes["r-s2"], indicators=(NodeIndicator("kuantitas", "Jumlah", "80", "dokumen"),)
    )
    checks = CascadeChecks(tree)
    book, _rows = read(tree, checks=checks)
    sheet = book["Pemeriksaan"]
    assert tuple(c.value for c in sheet[HEADER_ROW]) == CHECK_HEADERS
    found = list(sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    issues = checks.issues()
    assert [(r[2], r[7]) for r in found] == [(i.kind.value, i.node_id or i.employee_id) for i in issues]
    porsi = next(r for r in found if r[2] == "porsi")
    assert porsi[1] == "Pembagian target tidak sesuai" and porsi[3] == KABID
    assert porsi[5] == "Porsi kurang: 280 dari 300 dokumen"
    assert porsi[6] == f"{SASARAN} › {KEPALA} › {KABID}"
    missing = next(r for r in found if r[2] == "missing-plan")
    assert (missing[3], missing[5]) == ("Pegawai Tanpa Rencana 0", "Jabatan: Pengadministrasi")
    summary = {r[0]: r[1] for r in book["Ringkasan"].iter_rows(min_row=3, values_only=True)}
    assert summary["Unit"] == "Dinas Uji" and summary["Tahun"] == 2026
    assert (summary["RHK utama"], summary["RHK tambahan"], summary["IKU"]) == (6, 1, 1)
    assert summary[cd.ISSUE_LABELS[IssueKind.PORSI]] == 1
    assert summary[cd.ISSUE_LABELS[IssueKind.ORPHAN]] == 1
    assert summary[cd.ISSUE_LABELS[IssueKind.MISSING_PLAN]] == 1


def test_the_header_is_frozen_and_filtered_and_the_columns_sized() -> None:
    tree = office(2)
    book, rows = read(tree, instansi="Pemerintah Kabupaten Uji")
    sheet = book["Pohon Kinerja"]
    assert sheet["A1"].value == "PEMERINTAH KABUPATEN UJI — POHON KINERJA DINAS UJI TAHUN 2026"
    assert sheet.freeze_panes == f"E{HEADER_ROW + 1}"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:Q{HEADER_ROW + len(rows)}"
    assert sheet.column_dimensions["D"].width == 60 and sheet.column_dimensions["E"].width == 80
    assert book["Pemeriksaan"].freeze_panes == f"A{HEADER_ROW + 1}"
    assert book.sheetnames == ["Pohon Kinerja", "Pemeriksaan", "Ringkasan"]


def test_a_workspace_tree_round_trips(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws", actor=Actor.workspace()) as ws:
        t = _tree(ws)
        tree = ws.cascade.tree("u-a", t.o.period)
    target = tmp_path / "pohon.xlsx"
    assert write_cascade_xlsx(tree, target) == len(tree.nodes)
    book = load_workbook(target, read_only=True)
    rows = list(book["Pohon Kinerja"].iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    assert {r[16]: r[4] for r in rows} == {i: cd.path_text(tree, cd.tree_path(tree, i)) for i in tree.nodes}
    assert next(r for r in rows if r[16] == "r-s1")[4] == (
        "Meningkatnya kualitas ASN › Tersedianya data pegawai yang mutakhir › Tersedianya rekap data pegawai"
    )


def test_an_unwritable_target_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(SkpError) as info:
        write_cascade_xlsx(office(1), tmp_path / "missing" / "pohon.xlsx")
    assert info.value.code is Code.DOCUMENT_WRITE and info.value.params["reason"] == "folder-missing"
    with pytest.raises(SkpError) as info:
        write_cascade_xlsx(office(1), tmp_path)
    assert info.value.params["reason"] == "is-a-folder"
    assert list(tmp_path.iterdir()) == []
