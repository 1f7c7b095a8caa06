"""``skpdesk export evaluation | ratings | angka-kredit``: files written, the period argument, refusals
as one line with exit 1, usage errors with exit 2, the batch's skipped plans, JSON shapes.

Most commands run in this process (click's runner, English messages); one runs the real entry point
in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from openpyxl import load_workbook

from skpdesk.cli.main import cli
from skpdesk.messages import install_translator
from skpdesk.services.access import Actor
from skpdesk.services.workspace import Workspace
from tests.reports.test_rencana_pdf import flat, page_texts
from tests.services.test_evaluation import rated_office

STAFF_NIP = "19900303 201503 1 003"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("evaluation") / "ws"
    with Workspace.open(path, actor=Actor.workspace()) as ws:
        rated_office(ws)
    return path


@pytest.fixture(autouse=True)
def indonesian_afterwards() -> Iterator[None]:
    yield
    install_translator("id")  # the runner installed English for its messages


def run(folder: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["export", *args, "-w", str(folder)], env={"SKPDESK_LANG": "en"})


def test_one_evaluation_document(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "eval.pdf"
    result = run(
        folder, "evaluation", "--nip", STAFF_NIP, "--period", "2025/AKHIR", "--out", str(out), "--json"
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    texts = page_texts(out.read_bytes())
    assert data["path"] == str(out.resolve()) and data["pages"] == len(texts) >= 2
    assert (data["year"], data["periode"], data["rating"], data["predikat"]) == (
        2025,
        "AKHIR",
        "final",
        "sangat-baik",
    )
    assert data["org_predikat"] == "baik" and data["worksheet"] is False
    body = flat(" ".join(texts))
    assert "PERIODE: AKHIR" in body and "PREDIKAT KINERJA PEGAWAI SANGAT BAIK" in body


def test_the_period_is_year_slash_code(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "tw1.pdf"
    result = run(
        folder, "evaluation", "--nip", STAFF_NIP.replace(" ", ""), "--period", "2025-tw1", "--out", str(out)
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"Wrote {out} ({len(page_texts(out.read_bytes()))} pages)."
    bad = run(
        folder, "evaluation", "--nip", STAFF_NIP, "--period", "2025/TW5", "--out", str(tmp_path / "x.pdf")
    )
    assert bad.exit_code == 2 and "[EVAL-PERIOD]" in bad.output and "2025/TW1" in bad.output
    assert not (tmp_path / "x.pdf").exists()


def test_a_period_not_rated_is_refused_or_printed_as_a_worksheet(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "tw3.pdf"
    result = run(folder, "evaluation", "--nip", STAFF_NIP, "--period", "2025/TW3", "--out", str(out))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].endswith("[EVAL-NOT-RATED]")
    assert "Staf Satu has no rating for Triwulan III 2025 yet" in lines[0]
    assert not out.exists()
    result = run(folder, "evaluation", "--nip", STAFF_NIP, "--period", "2025/TW3", "--out", str(out),
                 "--worksheet", "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["worksheet"] is True and data["rating"] is None and data["predikat"] is None
    assert all("BELUM DINILAI" in t for t in page_texts(out.read_bytes()))


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("--nip", "199999999999999999", "--period", "2025/AKHIR"), "[DOC-NO-PLAN]"),
        (("--nip", "199104042016032004", "--period", "2025/TW1"), "[EVAL-PLAN-NOT-SET]"),
        (("--nip", "199505052019031005", "--period", "2025/TW1"), "[PERIODE-OUTSIDE]"),
        (("--nip", STAFF_NIP, "--period", "2025/BULAN-01"), "[PERIODE-UNKNOWN]"),
    ],
)
def test_refusals_are_one_line_and_exit_1(
    folder: Path, tmp_path: Path, args: tuple[str, ...], code: str
) -> None:
    out = tmp_path / "x.pdf"
    result = run(folder, "evaluation", *args, "--out", str(out))
    assert result.exit_code == 1, result.output
    assert result.stderr.strip().endswith(code) and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output and not out.exists()


def test_usage_errors(folder: Path, tmp_path: Path) -> None:
    both = run(
        folder, "evaluation", "--nip", STAFF_NIP, "--unit", "Dinas A", "--period", "2025/TW1", "--out", "x"
    )
    neither = run(folder, "evaluation", "--period", "2025/TW1", "--out", "x")
    assert both.exit_code == neither.exit_code == 2 and "--nip or --unit" in both.output
    wrong = run(
        folder, "evaluation", "--nip", STAFF_NIP, "--period", "2025/TW1", "--out", str(tmp_path / "x.txt")
    )
    assert wrong.exit_code == 2 and ".pdf" in wrong.output
    sheet = run(
        folder, "ratings", "--unit", "Dinas A", "--period", "2025/TW1", "--out", str(tmp_path / "x.pdf")
    )
    assert sheet.exit_code == 2 and ".xlsx" in sheet.output
    help_text = CliRunner().invoke(cli, ["export", "evaluation", "--help"]).output
    assert "YEAR/CODE" in help_text and "2025/AKHIR" in help_text and "TW1-TW4" in help_text


def test_the_batch_of_a_unit(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "batch"
    result = run(
        folder, "evaluation", "--unit", "Dinas A", "--period", "2025/TW1", "--out", str(out), "--json"
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["count"] == 2 and data["total"] == 5
    assert sorted(p.name for p in out.iterdir()) == sorted(Path(f).name for f in data["files"])
    assert {s["reason"] for s in data["skipped"]} == {
        "EVAL-NOT-RATED",
        "EVAL-PLAN-NOT-SET",
        "PERIODE-OUTSIDE",
    }
    skipped = {s["name"]: s for s in data["skipped"]}
    assert skipped["Kepala A"]["message"].startswith("Kepala A has no rating for Triwulan I 2025 yet")
    assert "Writing 5 evaluation documents" in result.stderr
    text = run(folder, "evaluation", "--unit", "u-bid", "--period", "2025/TW1", "--out", str(tmp_path / "t"))
    assert text.exit_code == 0
    assert "Wrote 2 evaluation documents to" in text.stdout and "Skipped 2 plans:" in text.stdout
    assert "19910404 201603 2 004 Staf Dua: The SKP of Staf Dua is Draf" in text.stdout


def test_a_batch_that_writes_nothing_exits_1(folder: Path, tmp_path: Path) -> None:
    result = run(
        folder, "evaluation", "--unit", "Dinas A", "--period", "2025/TW4", "--out", str(tmp_path / "n")
    )
    assert result.exit_code == 1
    assert "No document was written" in result.stderr and "Skipped 5 plans:" in result.stdout
    blocked = tmp_path / "file"
    blocked.write_text("x")
    result = run(folder, "evaluation", "--unit", "Dinas A", "--period", "2025/TW1", "--out", str(blocked))
    assert result.exit_code == 1 and result.stderr.strip().endswith("[DOC-WRITE]")
    unknown = run(
        folder, "evaluation", "--unit", "Tidak Ada", "--period", "2025/TW1", "--out", str(tmp_path / "u")
    )
    assert unknown.exit_code == 1 and "[REC-NOTFOUND]" in unknown.stderr and not (tmp_path / "u").exists()


def test_the_ratings_sheet(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "penilaian.xlsx"
    result = run(
        folder, "ratings", "--unit", "Dinas A", "--period", "2025/AKHIR", "--out", str(out), "--json"
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["rows"] == 5 and data["org_predikat"] == "baik" and data["verdict"] == "does-not-fit"
    assert data["counts"] == {
        "sangat-baik": 1,
        "baik": 2,
        "butuh-perbaikan": 0,
        "kurang": 0,
        "sangat-kurang": 0,
    }
    assert load_workbook(out).sheetnames == ["Penilaian", "Ringkasan"]
    none = run(
        folder, "ratings", "--unit", "Dinas B", "--period", "2025/AKHIR", "--out", str(tmp_path / "b.xlsx")
    )
    assert none.exit_code == 1 and none.stderr.strip().endswith("[EVAL-NO-PLANS]")


def test_angka_kredit_of_a_person_and_a_unit(folder: Path, tmp_path: Path) -> None:
    result = run(
        folder,
        "angka-kredit",
        "--nip",
        STAFF_NIP,
        "--year",
        "2025",
        "--out",
        str(tmp_path / "ak.pdf"),
        "--json",
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    (person,) = data["people"]
    assert data["format"] == "pdf" and data["pages"] == 1
    assert (person["angka_kredit"], person["angka_kredit_exact"]) == ("18.750", "18.75")
    assert person["kumulatif"] == "29.167" and person["kumulatif_exact"].startswith("29.16666666")
    assert (person["kebutuhan_kenaikan_pangkat"], person["kurang_kenaikan_pangkat"]) == ("50", "20.833")
    assert (person["jenjang"], person["predikat"], person["provisional"]) == (
        "ahli-pertama",
        "sangat-baik",
        False,
    )
    unit = run(
        folder, "angka-kredit", "--unit", "Dinas A", "--year", "2025", "--out", str(tmp_path / "ak.xlsx")
    )
    assert unit.exit_code == 0 and unit.stdout.strip() == f"Wrote {tmp_path / 'ak.xlsx'} (2 rows)."
    not_jf = run(
        folder,
        "angka-kredit",
        "--nip",
        "197502022001012002",
        "--year",
        "2025",
        "--out",
        str(tmp_path / "k.pdf"),
    )
    assert not_jf.exit_code == 1 and not_jf.stderr.strip().endswith("[AK-NOT-JF]")
    assert "Kepala Bidang Umum" in not_jf.stderr and not (tmp_path / "k.pdf").exists()
    bad = run(
        folder, "angka-kredit", "--unit", "Dinas A", "--year", "2025", "--out", str(tmp_path / "ak.csv")
    )
    assert bad.exit_code == 2


def test_the_real_entry_point(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "e.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "skpdesk", "export", "evaluation", "-w", str(folder), "--nip", STAFF_NIP,
         "--period", "2025/TW1", "--out", str(out)],
        capture_output=True, text=True, env={**os.environ, "SKPDESK_LANG": "id"}, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().startswith(f"{out} ditulis (")
