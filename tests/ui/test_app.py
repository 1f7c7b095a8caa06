"""Starting the app: the remembered person, a kiosk sign-in, switching language and workspace."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from skpdesk.domain.roles import Role
from skpdesk.messages import install_translator
from skpdesk.services.access import Actor
from skpdesk.services.workspace import Workspace
from skpdesk.ui.app import ENV_SIGN_IN, Controller
from skpdesk.ui.signin import remember_actor


@pytest.fixture
def folder(demo_folder: Path, tmp_path: Path) -> Path:
    target = tmp_path / "ws"
    shutil.copytree(demo_folder, target)
    return target


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def _pengelola(folder: Path) -> tuple[str, str]:
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        grant = next(g for g in ws.org.role_grants() if g.role == "pengelola")
        actor = ws.sign_in(grant.employee_id, Role.PENGELOLA)
        with ws.store.reading() as s:
            from sqlalchemy import select

            from skpdesk.models.tables import Employee

            nip = s.execute(select(Employee.nip).where(Employee.id == grant.employee_id)).scalar_one()
        return str(actor.employee_id), str(nip)


def test_the_remembered_person_is_signed_in_without_asking(
    qtbot: QtBot, qapp: QApplication, folder: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    employee_id, _nip = _pengelola(folder)
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        remember_actor(ws, settings, ws.sign_in(employee_id, Role.PENGELOLA))
    monkeypatch.delenv(ENV_SIGN_IN, raising=False)
    monkeypatch.setattr("skpdesk.ui.signin.SignInDialog.exec", lambda self: pytest.fail("asked"))
    controller = Controller(qapp, settings)
    assert controller.open_workspace(str(folder))
    assert controller.window is not None and controller.ws is not None
    qtbot.addWidget(controller.window)
    actor = controller.ws.access.actor
    assert actor is not None and actor.employee_id == employee_id and actor.role is Role.PENGELOLA
    assert "sinkronisasi" in [a.key for a in controller.window.offered_areas()]
    controller.ws.close()


def test_kiosk_sign_in_by_nip_and_role(
    qtbot: QtBot, qapp: QApplication, folder: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    employee_id, nip = _pengelola(folder)
    monkeypatch.setenv(ENV_SIGN_IN, f"{nip}:pegawai")
    controller = Controller(qapp, settings)
    assert controller.open_workspace(str(folder))
    assert controller.window is not None and controller.ws is not None
    qtbot.addWidget(controller.window)
    actor = controller.ws.access.actor
    assert actor is not None and actor.employee_id == employee_id and actor.role is Role.PEGAWAI
    assert "sinkronisasi" not in [a.key for a in controller.window.offered_areas()]
    controller.ws.close()


def test_cancelling_the_sign_in_opens_nothing(
    qapp: QApplication, folder: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_SIGN_IN, raising=False)
    monkeypatch.setattr("skpdesk.ui.signin.SignInDialog.exec", lambda self: 0)
    controller = Controller(qapp, settings)
    assert not controller.open_workspace(str(folder))
    assert controller.window is None and not controller.failed
    with Workspace.open(folder) as again:  # the lock was released
        assert again.access.actor is None


def test_a_language_change_rebuilds_the_window_in_english(
    qtbot: QtBot, qapp: QApplication, folder: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _employee_id, nip = _pengelola(folder)
    monkeypatch.setenv(ENV_SIGN_IN, f"{nip}:pengelola")
    install_translator("id")
    controller = Controller(qapp, settings)
    assert controller.open_workspace(str(folder))
    first = controller.window
    assert first is not None and controller.ws is not None
    indonesian = first.sidebar.item(0).text()

    def fake_exec(dialog: object) -> int:
        dialog.language_changed.emit("en")  # type: ignore[attr-defined]
        return 1

    monkeypatch.setattr("skpdesk.ui.settings.dialog.SettingsDialog.exec", fake_exec)
    try:
        controller.show_settings()
        window = controller.window
        assert window is not None and window is not first
        qtbot.addWidget(window)
        assert window.sidebar.item(0).text() == "Home" != indonesian
    finally:
        install_translator("id")
        from skpdesk import formatting

        formatting.set_language("id")
        controller.ws.close()
