"""``skpdesk export cascade|mph``: files written (PDF and Excel), JSON shape, and one-line refusals
(unknown unit, year or NIP, a wrong extension, an unwritable folder) that write nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from skpdesk.reports.cascade_xlsx import HEADER_ROW
from skpdesk.services.access import Actor
from skpdesk.services.workspace import Workspace
from tests.cli.test_export_cli import run
from tests.reports.test_rencana_pdf import page_texts
from tests.services.test_cascade import _tree

KABID_NIP = "19750202 200101 2 002"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cascade") / "ws"
    with Workspace.open(path, actor=Actor.workspace()) as ws:
        _tree(ws)
        ws.settings.update({"instansi.pemerintah": "Pemerintah Kabupaten Uji"})
    return path


@pytest.fixture(scope="module")
def tree_ids(folder: Path) -> dict[str, str]:
    with Workspace.open(folder, create=False, actor=Actor.workspace()) as ws:
        period = next(p for p, y in ws.drafting.periods() if y == 2026)
        tree = ws.cascade.tree("u-a", period)
    return {n.id: n.text for n in tree.nodes.values()}


def test_the_tree_as_pdf(folder: Path, tmp_path: Path, tree_ids: dict[str, str]) -> None:
    out = tmp_path / "pohon.pdf"
    result = run(
        "export", "cascade", "-w", str(folder), "--unit", "Dinas A", "--year", "2026", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    texts = page_texts(out.read_bytes())
    assert result.stdout.strip() == f"Wrote {out} ({len(texts)} pages)."
    text = " ".join(" ".join(t.split()) for t in texts)
    assert text.startswith("PEMERINTAH KABUPATEN UJI POHON KINERJA DINAS A TAHUN 2026")
    assert all(" ".join(t.split()) in text for t in tree_ids.values())
    a3 = tmp_path / "pohon-a3.pdf"
    result = run(
        "export", "cascade", "-w", str(folder), "--unit", "u-a", "--year", "2026", "--out", str(a3),
        "--paper", "A3", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["path"] == str(a3.resolve()) and data["format"] == "pdf" and data["pages"] == 1
    assert (data["unit"], data["unit_name"], data["year"], data["nodes"]) == (
        "u-a",
        "Dinas A",
        2026,
        len(tree_ids),
    )
    assert data["issues"]["orphan"] == 1 and data["issues"]["missing-plan"] >= 3
    assert b"/MediaBox [ 0 0 1190.551 841.8898 ]" in a3.read_bytes()  # A3 landscape


def test_the_tree_as_excel(folder: Path, tmp_path: Path, tree_ids: dict[str, str]) -> None:
    out = tmp_path / "pohon.XLSX"
    result = run(
        "export",
        "cascade",
        "-w",
        str(folder),
        "--unit",
        "Dinas A",
        "--year",
        "2026",
        "--out",
        str(out),
        "--json",
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["format"] == "xlsx" and data["rows"] == len(tree_ids)
    rows = list(load_workbook(out)["Pohon Kinerja"].iter_rows(min_row=HEADER_ROW + 1, values_only=True))
    assert {r[16]: r[3] for r in rows} == tree_ids


def test_the_mph_as_excel_and_pdf(folder: Path, tmp_path: Path) -> None:
    xlsx = tmp_path / "mph.xlsx"
    result = run(
        "export", "mph", "-w", str(folder), "--nip", KABID_NIP, "--year", "2026", "--out", str(xlsx), "--json"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["atasan"], data["year"], data["columns"], data["people"], data["rows"]) == (
        "Kabid",
        2026,
        2,
        2,
        2,
    )
    sheet = load_workbook(xlsx)["MPH"]
    header = [c.value for c in sheet[HEADER_ROW]]
    assert header[5:] == [
        "RHK 1: Tersedianya data pegawai yang mutakhir",
        "RHK 2: Terselesaikannya layanan kenaikan pangkat tepat waktu",
    ]
    rows = {r[1]: r[5] for r in sheet.iter_rows(min_row=HEADER_ROW + 1, values_only=True)}
    assert rows == {"Staf Satu": "Tersedianya rekap data pegawai", "Staf Dua": None}
    pdf = tmp_path / "mph.pdf"
    result = run("export", "mph", "-w", str(folder), "--nip", KABID_NIP, "--year", "2026", "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote {pdf} (1 pages)."
    assert "Tersedianya rekap data pegawai" in " ".join(page_texts(pdf.read_bytes())[0].split())


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("cascade", "--unit", "Tidak Ada", "--year", "2026"), "[REC-NOTFOUND]", ("Tidak Ada",)),
        (("cascade", "--unit", "u-a", "--year", "2031"), "[DOC-NO-YEAR]", ("2031", "2025, 2026")),
        (
            ("mph", "--nip", "199901012020121001", "--year", "2026"),
            "[DOC-NO-PLAN]",
            ("19990101 202012 1 001",),
        ),
        (("mph", "--nip", KABID_NIP, "--year", "2031"), "[DOC-NO-PLAN]", ("2031",)),
    ],
)
def test_unknown_unit_year_or_nip_is_one_line_and_exit_1(
    folder: Path, tmp_path: Path, args: tuple[str, ...], code: str, words: tuple[str, ...]
) -> None:
    out = tmp_path / "x.pdf"
    result = run("export", args[0], "-w", str(folder), *args[1:], "--out", str(out))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].endswith(code), result.stderr
    assert all(w in lines[0] for w in words)
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert not out.exists()


def test_a_wrong_extension_is_a_usage_error(folder: Path, tmp_path: Path) -> None:
    for command, who in (("cascade", ("--unit", "u-a")), ("mph", ("--nip", KABID_NIP))):
        out = tmp_path / "pohon.docx"
        result = run("export", command, "-w", str(folder), *who, "--year", "2026", "--out", str(out))
        assert result.returncode == 2
        assert f"{out} must end in .pdf or .xlsx." in result.stderr
        assert not out.exists()


def test_an_unwritable_folder_is_doc_write(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "pohon.xlsx"
    result = run("export", "cascade", "-w", str(folder), "--unit", "u-a", "--year", "2026", "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.strip().endswith("[DOC-WRITE]") and "folder-missing" in result.stderr
    assert not out.parent.exists()
    bad_paper = run(
        "export", "cascade", "-w", str(folder), "--unit", "u-a", "--year", "2026",
        "--out", str(tmp_path / "p.pdf"), "--paper", "letter",
    )  # fmt: skip
    assert bad_paper.returncode == 2 and "--paper" in bad_paper.stderr
