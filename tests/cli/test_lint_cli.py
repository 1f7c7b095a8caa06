"""``skpdesk lint-rhk``: text and --json reports of the phrasing coach, --jpt, usage errors, language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TS_ID = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "skpdesk_id.ts"


def run(*args: str, lang: str = "id", stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SKPDESK_LANG": lang}
    env.pop("SKPDESK_WORKSPACE", None)
    return subprocess.run(
        [sys.executable, "-m", "skpdesk", "lint-rhk", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
        check=False,
    )


def test_json_shape_one_object_per_text() -> None:
    texts = ["Menyusun laporan keuangan", "Tersusunnya laporan keuangan yang akurat", "Sosialisasi"]
    result = run("--json", *texts, lang="en")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [item["text"] for item in data] == texts
    assert [item["is_result"] for item in data] == [False, True, False]
    assert [item["class"] for item in data] == ["aktivitas", "hasil", "kategori"]
    activity = data[0]["findings"]
    assert activity == [
        {
            "id": "L1",
            "severity": "warning",
            "message": activity[0]["message"],
            "suggestion": "Tersusunnya laporan keuangan yang akurat dan tepat waktu",
        }
    ]
    assert '"Menyusun"' in activity[0]["message"] and "activity verb" in activity[0]["message"]
    assert data[1]["findings"] == []
    assert data[2]["findings"][0]["id"] == "L2" and data[2]["findings"][0]["severity"] == "error"


def test_jpt_makes_an_activity_verb_an_error() -> None:
    data = json.loads(run("--json", "--jpt", "Mewujudkan tata kelola keuangan daerah").stdout)
    assert data[0]["findings"][0]["severity"] == "error"


def test_text_report_has_a_verdict_and_one_line_per_finding() -> None:
    result = run("Terlaksananya rapat koordinasi", "Kepuasan instansi pengusul", lang="en")
    assert result.returncode == 0  # a report: findings do not fail the command
    lines = result.stdout.splitlines()
    assert lines[0] == "not a result (activity): Terlaksananya rapat koordinasi"
    assert lines[1].startswith("  L4 [warning] ")
    assert lines[1].endswith("→ Terlaksananya rapat koordinasi yang menghasilkan kesepakatan tindak lanjut")
    assert lines[2] == "result: Kepuasan instansi pengusul"
    assert len(lines) == 3


def test_texts_from_stdin() -> None:
    result = run("--json", "-", stdin="Menyusun laporan\n\nPengawasan\n", lang="en")
    assert result.returncode == 0, result.stderr
    assert [item["text"] for item in json.loads(result.stdout)] == ["Menyusun laporan", "Pengawasan"]


def test_no_text_is_a_usage_error() -> None:
    result = run()
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_listed_in_help() -> None:
    env = {**os.environ, "SKPDESK_LANG": "en"}
    result = subprocess.run(
        [sys.executable, "-m", "skpdesk", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0
    assert "lint-rhk" in result.stdout


def test_lint_does_not_load_the_database_layer() -> None:
    code = (
        "import sys; from skpdesk.cli.main import cli; "
        "from click.testing import CliRunner; "
        "r = CliRunner().invoke(cli, ['lint-rhk', 'Menyusun laporan']); "
        "print(r.exit_code, 'sqlalchemy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.split() == ["0", "False"]


@pytest.mark.skipif(
    not TS_ID.exists() or "<name>Coach</name>" not in TS_ID.read_text(encoding="utf-8"),
    reason="the Indonesian catalogue does not carry the coach's words yet (/tmp/i18n/phrasing.json)",
)
def test_indonesian_by_default_english_on_request() -> None:
    indonesian = run("Menyusun laporan keuangan")
    english = run("Menyusun laporan keuangan", lang="en")
    assert indonesian.stdout.startswith("bukan hasil (aktivitas): ")
    assert "peringatan" in indonesian.stdout and "activity verb" not in indonesian.stdout
    assert english.stdout.startswith("not a result (activity): ")
