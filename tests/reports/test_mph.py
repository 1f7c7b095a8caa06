"""The MPH of an atasan as Excel (cells equal the matrix) and as PDF (header on every page, panels
of columns, wrapped long cells, page numbers); files."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from skpdesk.domain.errors import Code, SkpError
from skpdesk.reports.cascade_xlsx import HEADER_ROW
from skpdesk.reports.mph import FIXED_HEADERS, cell_text, column_header, render_mph, write_mph_xlsx
from skpdesk.services.access import Actor
from skpdesk.services.cascade import MphCell, MphColumn, MphMatrix, MphRow
from skpdesk.services.workspace import Workspace
from tests.reports.test_rencana_pdf import page_texts
from tests.services.test_cascade import _tree


def matrix(columns: int = 3, people: int = 4, *, long_cell: bool = False) -> MphMatrix:
    cols = tuple(
        MphColumn(f"c{n}", f"Terselenggaranya layanan kepegawaian nomor {n} yang tepat waktu", n)
        for n in range(1, columns + 1)
    )
    rows = []
    for p in range(people):
        cells: dict[str, tuple[MphCell, ...]] = {}
        for c in cols:
            if (p + c.number) % 3:
                cells[c.result_id] = (
                    MphCell(f"r{p}{c.number}", f"Hasil pegawai {p} untuk kolom {c.number}"),
                )
        if p == 1:
            cells["c1"] = (MphCell("x1", "Hasil pertama"), MphCell("x2", "Hasil kedua"))
        if long_cell and p == 2:
            cells["c1"] = tuple(MphCell(f"l{k}", f"Hasil panjang {k} " + "uraian " * 40) for k in range(14))
        rows.append(
            MphRow(
                f"e{p}",
                f"Pegawai Nomor {p}",
                f"19900101201503100{p % 10}",
                "Analis Sumber Daya Manusia Aparatur",
                None if p % 10 == 3 else f"plan{p}",
                "draft",
                cells,
            )
        )
    return MphMatrix("plan", "Kepala Bidang Uji", "Kepala Bidang Umum", 2026, cols, tuple(rows))


def test_the_sheet_cells_equal_the_matrix() -> None:
    m = matrix()
    out = io.BytesIO()
    assert write_mph_xlsx(m, out, instansi="Pemerintah Kabupaten Uji") == 4
    sheet = load_workbook(io.BytesIO(out.getvalue()))["MPH"]
    assert sheet["A1"].value == (
        "PEMERINTAH KABUPATEN UJI — MATRIKS PEMBAGIAN PERAN DAN HASIL — "
        "Pejabat: Kepala Bidang Uji — Kepala Bidang Umum — Tahun 2026"
    )
    header = [c.value for c in sheet[HEADER_ROW]]
    assert header == [*FIXED_HEADERS, *(f"RHK {c.number}: {c.text}" for c in m.columns)]
    rows = list(sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    assert len(rows) == len(m.rows)
    for values, row in zip(rows, m.rows, strict=True):
        assert values[1:4] == (row.name, row.nip, row.jabatan)
        assert values[4] == ("Draf" if row.plan_id else "Belum ada SKP")
        for value, column in zip(values[5:], m.columns, strict=True):
            cells = row.cells.get(column.result_id, ())
            assert (value or "") == cell_text(cells)
            assert all(c.text in (value or "") for c in cells)
    assert rows[1][5] == "• Hasil pertama\n• Hasil kedua"
    assert sheet.freeze_panes == f"F{HEADER_ROW + 1}"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:H{HEADER_ROW + 4}"


def test_a_workspace_mph_round_trips(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws", actor=Actor.workspace()) as ws:
        t = _tree(ws)
        ws.cascade.set_mph_cell(t.colleague_plan, "r-k2", "Terverifikasinya usulan kenaikan pangkat")
        m = ws.cascade.mph(t.o.kabid_plan)
    target = tmp_path / "mph.xlsx"
    write_mph_xlsx(m, target)
    rows = list(load_workbook(target)["MPH"].iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    cells = {r[1]: (r[5] or "", r[6] or "") for r in rows}
    assert cells == {
        "Staf Satu": ("Tersedianya rekap data pegawai", ""),
        "Staf Dua": ("", "Terverifikasinya usulan kenaikan pangkat"),
    }
    pdf = tmp_path / "mph.pdf"
    assert render_mph(m, pdf) == 1
    text = " ".join(" ".join(t.split()) for t in page_texts(pdf.read_bytes()))
    assert "MATRIKS PEMBAGIAN PERAN DAN HASIL" in text and "Pejabat: Kabid" in text
    assert "RHK 1: Tersedianya data pegawai yang mutakhir" in text
    assert "Tersedianya rekap data pegawai" in text and "Terverifikasinya usulan kenaikan pangkat" in text
    assert "Halaman 1 dari 1" in text


def test_the_pdf_repeats_its_header_and_numbers_its_pages() -> None:
    m = matrix(columns=3, people=40)
    out = io.BytesIO()
    pages = render_mph(m, out)
    texts = page_texts(out.getvalue())
    assert pages == len(texts) > 1
    for n, text in enumerate(texts, start=1):
        flat = " ".join(text.split())
        assert "PEGAWAI / JABATAN" in flat and column_header(3, m.columns[2].text) in flat
        assert f"Halaman {n} dari {pages}" in flat
    every = " ".join(" ".join(t.split()) for t in texts)
    for row in m.rows:
        assert row.name in every
    assert "NIP. 19900101 201503 1 000" in every
    assert every.count("Belum ada SKP") == 4  # people 3, 13, 23 and 33 have no plan


def test_many_columns_go_into_panels_and_a3_holds_more() -> None:
    m = matrix(columns=11, people=3)
    out = io.BytesIO()
    a4 = render_mph(m, out)
    texts = [" ".join(t.split()) for t in page_texts(out.getvalue())]
    panels = [re.search(r"Kolom RHK (\d+)\S(\d+) dari 11", t) for t in texts]  # the dash is not ASCII
    assert a4 == 3
    assert [(int(p.group(1)), int(p.group(2))) for p in panels if p] == [(1, 4), (5, 8), (9, 11)]
    assert "RHK 11:" in texts[2] and "RHK 1:" in texts[0] and "RHK 11:" not in texts[0]
    assert all("Pegawai Nomor 2" in t for t in texts)  # the people on every panel
    a3 = render_mph(m, io.BytesIO(), paper="a3")
    assert a3 < a4


def test_a_cell_taller_than_a_page_goes_on_in_the_next_row() -> None:
    m = matrix(columns=2, people=4, long_cell=True)
    out = io.BytesIO()
    pages = render_mph(m, out)
    text = " ".join(" ".join(t.split()) for t in page_texts(out.getvalue()))
    assert pages >= 2 and "(lanjutan)" in text
    assert [int(k) for k in re.findall(r"Hasil panjang (\d+)", text)] == list(range(14))


def test_bad_paper_and_unwritable_targets(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="paper"):
        render_mph(matrix(), tmp_path / "m.pdf", paper="b5")
    for write in (render_mph, write_mph_xlsx):
        with pytest.raises(SkpError) as info:
            write(matrix(), tmp_path / "missing" / "m.out")
        assert info.value.code is Code.DOCUMENT_WRITE
    assert list(tmp_path.iterdir()) == []
