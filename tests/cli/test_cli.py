"""The command line: JSON shapes, one-line refusals with exit 1, usage errors exit 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from skpdesk.models.base import SCHEMA_HEAD
from skpdesk.services.access import Actor
from skpdesk.services.org import NewUnit
from skpdesk.services.workspace import Workspace


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "SKPDESK_LANG": "id", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "skpdesk", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


def test_info_json_counts(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        ws.org.add_unit(NewUnit(name="BKPSDM", kind="opd"))
    result = run("info", "--json", "--workspace", str(folder))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema"] == SCHEMA_HEAD
    assert data["workspace"] == str(folder.resolve())
    assert data["counts"]["org_unit"] == 1 and data["counts"]["employee"] == 0
    assert data["ops"] == 2


def test_info_on_missing_workspace_is_one_line_exit_1(tmp_path: Path) -> None:
    result = run("info", "--workspace", str(tmp_path / "nowhere"))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "[WS-NOTFOUND]" in lines[0]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "nowhere").exists()


def test_messages_are_indonesian_by_default_and_english_on_request(tmp_path: Path) -> None:
    indonesian = run("info", "--workspace", str(tmp_path / "nowhere"))
    english = run("info", "--workspace", str(tmp_path / "nowhere"), env={"SKPDESK_LANG": "en"})
    assert "There is no workspace folder" in english.stderr
    assert "There is no workspace folder" not in indonesian.stderr
    assert "Tidak ada" in indonesian.stderr


def test_unknown_option_is_a_usage_error(tmp_path: Path) -> None:
    result = run("info", "--bogus")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_env_workspace_is_used(tmp_path: Path) -> None:
    folder = tmp_path / "env-ws"
    Workspace.open(folder, actor=Actor.workspace()).close()
    result = run("info", "--json", env={"SKPDESK_WORKSPACE": str(folder)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["workspace"] == str(folder.resolve())


def test_backup_and_restore(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        ws.org.add_unit(NewUnit(name="BKPSDM", kind="opd"))
    backup = json.loads(run("backup", "--json", "-w", str(folder)).stdout)["backup"]
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        ws.org.add_unit(NewUnit(name="Bappeda", kind="opd"))
    result = run("restore", backup, "--json", "-w", str(folder))
    assert result.returncode == 0, result.stderr
    assert Path(json.loads(result.stdout)["safety_backup"]).exists()
    counts = json.loads(run("info", "--json", "-w", str(folder)).stdout)["counts"]
    assert counts["org_unit"] == 1


def test_restore_of_a_bad_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    Workspace.open(folder, actor=Actor.workspace()).close()
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a backup")
    result = run("restore", str(bad), "-w", str(folder))
    assert result.returncode == 1
    assert "[WS-BACKUP-INVALID]" in result.stderr


def test_demo_refuses_a_workspace_with_data_and_if_missing_skips(tmp_path: Path) -> None:
    folder = tmp_path / "ws"
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        from skpdesk.services.org import NewEmployee, NewPosition

        unit, _ = ws.org.add_unit(NewUnit(name="BKPSDM", kind="opd"))
        (pos,), _ = ws.org.add_positions(
            [NewPosition(title="Pengadministrasi Umum", org_unit_id=unit, jenjang="pelaksana")]
        )
        ws.org.add_employee(NewEmployee(nip="196804111993031009", name="Budi", position_id=pos))
    refused = run("demo", "-w", str(folder))
    assert refused.returncode == 1 and "[WS-NOTEMPTY]" in refused.stderr
    skipped = run("demo", "--if-missing", "--json", "-w", str(folder))
    assert skipped.returncode == 0 and json.loads(skipped.stdout)["built"] is False


@pytest.mark.parametrize("args", [("demo", "--size", "huge"), ("demo", "--seed", "abc")])
def test_bad_demo_arguments_are_usage_errors(tmp_path: Path, args: tuple[str, ...]) -> None:
    result = run(*args, "-w", str(tmp_path / "ws"))
    assert result.returncode == 2
    assert not (tmp_path / "ws").exists()


def test_gui_without_display_says_how(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    result = subprocess.run(
        [sys.executable, "-m", "skpdesk", "-w", str(tmp_path / "ws")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "xvfb-run make run" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
