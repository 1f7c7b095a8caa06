"""The employee list sheet: read back what was written (NIP as text, headers, title, order)."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest

from skpdesk.reports.employees_xlsx import DEFAULT_HEADERS, write_employees_xlsx
from skpdesk.services.overview import EmployeeLine

ROWS = [
    EmployeeLine(
        "199003032015031003", "Ani Lestari, S.E.", "III/a", "pns", "Analis Kebijakan", "Bidang A", "Dinas A"
    ),
    EmployeeLine("198805052023212005", "Budi", "IX", "pppk", "Guru Ahli Pertama", "SD 1", "Dinas Pendidikan"),
    EmployeeLine("012345678901234567", "Nol Di Depan", "II/c", "pns", "", "", ""),
]


def read(path: Path) -> list[tuple[object, ...]]:
    book = openpyxl.load_workbook(path)
    return [tuple(row) for row in book.active.iter_rows(values_only=True)]


def test_rows_read_back_with_nip_as_text(tmp_path: Path) -> None:
    target = write_employees_xlsx(ROWS, tmp_path / "pegawai.xlsx")
    assert target == tmp_path / "pegawai.xlsx"
    rows = read(target)
    assert rows[0] == DEFAULT_HEADERS
    assert rows[1] == (
        1,
        "199003032015031003",
        "Ani Lestari, S.E.",
        "III/a",
        "PNS",
        "Analis Kebijakan",
        "Bidang A",
        "Dinas A",
    )
    assert rows[2][4] == "PPPK"
    assert rows[3][1] == "012345678901234567"  # the leading zero and all 18 digits survive
    assert len(rows) == 1 + len(ROWS)
    sheet = openpyxl.load_workbook(target).active
    assert sheet["B2"].data_type == "s" and sheet["B2"].number_format == "@"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:H4"
    assert sheet.title == "Pegawai"


def test_title_and_translated_headers(tmp_path: Path) -> None:
    headers = ("No.", "NIP", "Nama", "Golongan", "Status", "Jabatan", "Unit", "OPD")
    target = write_employees_xlsx(
        ROWS[:1],
        tmp_path / "x.xlsx",
        headers=headers,
        sheet_title="Daftar: pegawai/2026?",
        title="Pemkab Uji",
    )
    book = openpyxl.load_workbook(target)
    sheet = book.active
    assert sheet["A1"].value == "Pemkab Uji" and sheet["A1"].font.b
    assert [c.value for c in sheet[3]] == list(headers)
    assert sheet["B4"].value == ROWS[0].nip
    assert sheet.freeze_panes == "A4"
    assert sheet.title == "Daftar pegawai2026"  # characters Excel forbids are dropped


def test_an_empty_list_still_makes_a_sheet(tmp_path: Path) -> None:
    rows = read(write_employees_xlsx([], tmp_path / "empty.xlsx"))
    assert rows == [DEFAULT_HEADERS]


def test_wrong_headers_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_employees_xlsx(ROWS, tmp_path / "x.xlsx", headers=("NIP",))
    assert not (tmp_path / "x.xlsx").exists()


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "pegawai.xlsx"
    write_employees_xlsx(ROWS[:1], target)
    before = target.read_bytes()

    def broken_replace(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_employees_xlsx(ROWS, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pegawai.xlsx"]  # no temporary file left


def test_a_missing_folder_is_made(tmp_path: Path) -> None:
    target = write_employees_xlsx(ROWS, tmp_path / "laporan" / "2026" / "pegawai.xlsx")
    assert len(read(target)) == 4


def test_five_thousand_rows(tmp_path: Path) -> None:
    rows = [
        EmployeeLine(f"19900303201503{n:04d}", f"Pegawai {n}", "III/a", "pns", "Analis", "Bidang", "Dinas")
        for n in range(5000)
    ]
    sheet = openpyxl.load_workbook(write_employees_xlsx(rows, tmp_path / "big.xlsx"), read_only=True).active
    values = list(sheet.iter_rows(min_row=5001, values_only=True))
    assert values == [
        (5000, "199003032015034999", "Pegawai 4999", "III/a", "PNS", "Analis", "Bidang", "Dinas")
    ]
