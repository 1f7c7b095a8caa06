"""Shared fixtures. Qt runs offscreen; the language is Indonesian unless a test says otherwise."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

from skpdesk.services.access import Actor
from skpdesk.services.workspace import Workspace


@pytest.fixture(scope="session", autouse=True)
def qt_application() -> object:
    """One QApplication for the whole run, made before any test: the command line makes a bare
    QCoreApplication when none exists, and a widget test that runs after it in the same process
    (xdist mixes the files) would crash for want of a QApplication."""
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["skpdesk-tests"])


@pytest.fixture(autouse=True)
def indonesian_again() -> Iterator[None]:
    """Tests start in Indonesian (words and number/date formats). A test that switches to English
    — a command run in-process with SKPDESK_LANG=en does — must not leave the next test in
    English: xdist runs the files of a worker in one process."""
    from skpdesk import formatting
    from skpdesk.messages import install_translator, installed_language

    yield
    if formatting.language() != "id":
        formatting.set_language("id")
    if installed_language() != "id":
        install_translator("id")


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "ws", actor=Actor.workspace())
    try:
        yield workspace
    finally:
        workspace.close()


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo workspace built once per test session (closed; tests open it themselves)."""
    from skpdesk.services.demo import build_demo

    folder = tmp_path_factory.mktemp("demo") / "ws"
    with Workspace.open(folder, actor=Actor.workspace()) as workspace:
        build_demo(workspace, size="demo", seed=7, year=2026)
    return folder
