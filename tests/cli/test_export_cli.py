"""``skpdesk export plan|plans``: files written, one-line refusals with exit 1, JSON shape."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from skpdesk.services.access import Actor
from skpdesk.services.workspace import Workspace
from tests.reports.test_rencana_pdf import page_texts
from tests.services.test_documents import ANALIS_RHK, build_small

ANALIS_NIP = "19900303 201503 1 003"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "SKPDESK_LANG": "en", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "skpdesk", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "ws"
    with Workspace.open(path, actor=Actor.workspace()) as ws:
        build_small(ws)
    return path


def test_export_plan_writes_the_pdf(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "skp.pdf"
    result = run(
        "export", "plan", "--workspace", str(folder), "--nip", ANALIS_NIP, "--year", "2026", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    texts = page_texts(out.read_bytes())
    assert result.stdout.strip() == f"Wrote {out} ({len(texts)} pages)."
    assert ANALIS_RHK in " ".join(texts[0].split())


def test_export_plan_json(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "skp.pdf"
    result = run(
        "export", "plan", "-w", str(folder), "--nip", ANALIS_NIP.replace(" ", ""), "--year", "2026",
        "--out", str(out), "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["path"] == str(out.resolve())
    assert data["pages"] == len(page_texts(out.read_bytes())) >= 2
    assert (data["status"], data["changed_after_approval"]) == ("ditetapkan", False)
    assert len(data["sha256"]) == 64 and data["plan"]


def test_unknown_nip_is_one_line_and_exit_1(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "skp.pdf"
    result = run(
        "export",
        "plan",
        "-w",
        str(folder),
        "--nip",
        "199901012020121001",
        "--year",
        "2026",
        "--out",
        str(out),
    )
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].endswith("[DOC-NO-PLAN]")
    assert "19990101 202012 1 001" in lines[0] and "2026" in lines[0]
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert not out.exists()


def test_unwritable_target_is_doc_write(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "skp.pdf"
    result = run(
        "export", "plan", "-w", str(folder), "--nip", ANALIS_NIP, "--year", "2026", "--out", str(out)
    )
    assert result.returncode == 1
    assert result.stderr.strip().endswith("[DOC-WRITE]") and "folder-missing" in result.stderr
    assert not out.parent.exists()


def test_missing_options_are_usage_errors(folder: Path) -> None:
    result = run("export", "plan", "-w", str(folder), "--nip", ANALIS_NIP)
    assert result.returncode == 2
    assert "--year" in result.stderr


def test_export_plans_of_a_unit(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "batch"
    result = run("export", "plans", "-w", str(folder), "--unit", "Bidang Program", "--year", "2026",
                 "--out-dir", str(out), "--json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    names = sorted(p.name for p in out.iterdir())
    assert data["count"] == 3 == len(names)
    assert names == [
        "197502022001012002_Sari_Dewi.pdf",
        "199003032015031003_Andi_Pratama.pdf",
        "199104042022211004_Rina_Wulandari.pdf",
    ]
    assert "Writing 3 SKP documents" in result.stderr
    unknown = run("export", "plans", "-w", str(folder), "--unit", "Tidak Ada", "--year", "2026",
                  "--out-dir", str(tmp_path / "none"))  # fmt: skip
    assert unknown.returncode == 1 and "[REC-NOTFOUND]" in unknown.stderr
    assert not (tmp_path / "none").exists()
