"""The main window: areas per role, navigation and shortcuts, status bar, help, errors."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import Role
from skpdesk.services.access import Actor
from skpdesk.services.workspace import Workspace
from skpdesk.ui.areas import AREAS
from skpdesk.ui.main_window import MainWindow
from skpdesk.ui.ops import Ops, ServiceCommand


@pytest.fixture
def demo_ws(demo_folder: Path, tmp_path: Path) -> Iterator[Workspace]:
    folder = tmp_path / "ws"
    shutil.copytree(demo_folder, folder)
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        yield ws


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def _window(qtbot: QtBot, ws: Workspace, settings: QSettings) -> MainWindow:
    window = MainWindow(Ops(ws), settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _sidebar(window: MainWindow) -> list[str]:
    return [window.sidebar.item(r).data(Qt.ItemDataRole.UserRole) for r in range(window.sidebar.count())]


def _person(ws: Workspace, role: str) -> str:
    return next(g.employee_id for g in ws.org.role_grants() if g.role == role)


def test_every_area_is_in_the_sidebar_and_none_is_blank(
    qtbot: QtBot, demo_ws: Workspace, settings: QSettings
) -> None:
    window = _window(qtbot, demo_ws, settings)
    assert _sidebar(window) == [a.key for a in AREAS]
    for key in _sidebar(window):
        page = window.go(key)
        assert page is not None and window.stack.currentWidget() is page
        assert page.title.text()
        texts = [w.text() for w in page.findChildren(type(page.title)) if w.isVisibleTo(page) and w.text()]
        assert len(texts) >= 3, (key, texts)  # a title, what the area is for, and content


def test_the_role_decides_the_areas(qtbot: QtBot, demo_ws: Workspace, settings: QSettings) -> None:
    staff = _person(demo_ws, "fasilitator")
    demo_ws.sign_in(staff, Role.PEGAWAI)
    window = _window(qtbot, demo_ws, settings)
    areas = _sidebar(window)
    assert "sinkronisasi" not in areas and "berprestasi" not in areas and "organisasi" in areas
    window.ops.set_actor(demo_ws.sign_in(_person(demo_ws, "pengelola"), Role.PENGELOLA))
    assert {"sinkronisasi", "berprestasi"} <= set(_sidebar(window))
    # asking for an area the role is not offered shows the first offered one instead
    window.ops.set_actor(demo_ws.sign_in(staff, Role.PEGAWAI))
    window.go("sinkronisasi")
    assert window.current_key() == "beranda"


def test_shortcuts_move_between_areas(qtbot: QtBot, demo_ws: Workspace, settings: QSettings) -> None:
    window = _window(qtbot, demo_ws, settings)
    for n, area in enumerate(AREAS, start=1):
        action = window.area_actions[area.key]
        assert action.shortcut() == QKeySequence(f"Ctrl+{n % 10}")  # the tenth: Ctrl+0
        action.trigger()
        assert window.current_key() == area.key
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Y") in window.redo_action.shortcuts()
    assert window.help_action.shortcut() == QKeySequence("F1")
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_status_bar_and_title(qtbot: QtBot, demo_ws: Workspace, settings: QSettings) -> None:
    window = _window(qtbot, demo_ws, settings)
    assert demo_ws.folder.name in window.windowTitle()
    assert "2026" in window.status_period.text()
    assert any(ch.isdigit() for ch in window.status_sync.text())  # the demo's changes are unsent
    demo_ws.sign_in(_person(demo_ws, "pengelola"), Role.PENGELOLA)
    window.ops.set_actor(demo_ws.access.actor)
    actor = demo_ws.access.actor
    assert actor is not None and actor.name in window.status_person.text()


def test_last_area_and_geometry_are_restored(qtbot: QtBot, demo_ws: Workspace, settings: QSettings) -> None:
    window = _window(qtbot, demo_ws, settings)
    window.go("laporan")
    window.resize(1150, 560)
    window.close()
    again = MainWindow(Ops(demo_ws), settings)
    qtbot.addWidget(again)
    again.show()
    assert again.current_key() == "laporan"
    assert again.height() == 560  # (the offscreen screen is 800 px wide: the width is clamped)


def test_help_opens_for_the_current_screen(qtbot: QtBot, demo_ws: Workspace, settings: QSettings) -> None:
    from skpdesk.ui.help import HelpDialog

    window = _window(qtbot, demo_ws, settings)
    window.go("penilaian")
    window.help_action.trigger()
    dialog = HelpDialog._open
    assert dialog is not None and dialog.isVisible()
    assert "R-MATRIX" in dialog.browser.toPlainText()
    dialog.close()


def test_undo_redo_of_a_service_command(qtbot: QtBot, demo_ws: Workspace, settings: QSettings) -> None:
    window = _window(qtbot, demo_ws, settings)
    unit = demo_ws.org.unit_counts()[1]
    ops = window.ops
    ops.push(
        ServiceCommand(
            ops,
            "rename",
            lambda: demo_ws.org.rename_unit(unit.unit_id, "Nama Baru"),
            lambda: demo_ws.org.rename_unit(unit.unit_id, unit.name),
        )
    )
    assert any(u.name == "Nama Baru" for u in demo_ws.org.unit_counts())
    window.undo_action.trigger()
    assert not any(u.name == "Nama Baru" for u in demo_ws.org.unit_counts())
    window.redo_action.trigger()
    assert any(u.name == "Nama Baru" for u in demo_ws.org.unit_counts())


def test_a_refused_command_leaves_no_undo_step(
    qtbot: QtBot, demo_ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("skpdesk.ui.ops.show_error", lambda _parent, err: shown.append(err))
    window = _window(qtbot, demo_ws, settings)
    unit = demo_ws.org.unit_counts()[1]
    before = len(demo_ws.ops())
    window.ops.push(
        ServiceCommand(window.ops, "rename", lambda: demo_ws.org.rename_unit(unit.unit_id, " "), lambda: None)
    )
    assert window.ops.undo_stack.count() == 0
    assert isinstance(shown[0], SkpError) and shown[0].code is Code.RECORD_INVALID
    assert len(demo_ws.ops()) == before


def test_backup_runs_off_the_gui_thread_and_reports(
    qtbot: QtBot, demo_ws: Workspace, settings: QSettings
) -> None:
    window = _window(qtbot, demo_ws, settings)
    before = set(demo_ws.store.backups.glob("*.sqlite")) if demo_ws.store.backups.exists() else set()
    window.backup_action.trigger()
    assert not window.backup_action.isEnabled()  # one at a time, and the window stays usable
    qtbot.waitUntil(window.backup_action.isEnabled, timeout=20000)
    made = set(demo_ws.store.backups.glob("*.sqlite")) - before
    assert len(made) == 1
    assert next(iter(made)).name in window.statusBar().currentMessage()
