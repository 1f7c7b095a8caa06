"""Settings and About: instansi identity and deadlines saved through the service (all or nothing),
the logo, the language signal, choosing or creating a workspace, roles, and the versions listed."""

from __future__ import annotations

import importlib.metadata
import platform
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, qVersion
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from skpdesk.domain.errors import SkpError
from skpdesk.domain.roles import Role
from skpdesk.services.access import Actor
from skpdesk.services.org import NewEmployee, NewGrant, NewUnit
from skpdesk.services.settings import SPECS
from skpdesk.services.workspace import Workspace
from skpdesk.ui import prefs
from skpdesk.ui.errors import ErrorDialog
from skpdesk.ui.ops import Ops
from skpdesk.ui.settings import AboutDialog, SettingsDialog
from skpdesk.ui.settings.dialog import GrantRoleDialog

IDENTITY = {
    "instansi.pemerintah": "PEMERINTAH KABUPATEN SUKAMAJU",
    "instansi.name": "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
    "instansi.address": "Jalan Merdeka No. 1, Sukamaju 45111",
    "instansi.phone": "(0262) 123456",
    "instansi.email": "bkpsdm@sukamajukab.go.id",
    "instansi.website": "bkpsdm.sukamajukab.go.id",
    "instansi.city": "Sukamaju",
}


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a dialog with unsaved changes asks (a modal box); tests that care replace this."""
    monkeypatch.setattr(SettingsDialog, "ask_unsaved", lambda _self: "discard")


@pytest.fixture
def no_modal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Errors are shown without blocking (ui.errors.show_error), so the test can look at them."""
    monkeypatch.setattr(sys, "_skpdesk_no_modal", True, raising=False)


def error_dialogs() -> list[ErrorDialog]:
    return [w for w in QApplication.allWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]


def close_errors() -> None:
    for dialog in error_dialogs():
        dialog.close()


def make_dialog(qtbot: QtBot, ws: Workspace, settings: QSettings) -> SettingsDialog:
    dialog = SettingsDialog(Ops(ws), settings)
    dialog.ops.window = dialog  # the error dialog's parent (the main window in the app)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def png(path: Path, size: int = 40) -> Path:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1f7a8c"))
    assert image.save(str(path), "PNG")
    return path


def pegawai(ws: Workspace) -> Actor:
    (unit,), _ = ws.org.add_units([NewUnit("Pemerintah Kabupaten Sukamaju", "instansi")])
    (budi,), _ = ws.org.add_employees([NewEmployee("198001012005031001", "Budi Santoso")])
    (sari,), _ = ws.org.add_employees([NewEmployee("198202022006042002", "Sari Dewi")])
    ws.org.grant_roles([NewGrant(sari, "pusat", None)])  # someone else runs the workspace
    assert unit
    return ws.sign_in(budi, Role.PEGAWAI)


# -- Instansi and deadlines ------------------------------------------------------------------------------


def test_saving_instansi_fields_writes_them_to_the_workspace(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    dialog = make_dialog(qtbot, ws, settings)
    assert dialog.show_tab("instansi")
    assert not dialog.save_button.isEnabled()  # nothing typed yet
    for key, value in IDENTITY.items():
        dialog.instansi_edits[key].setText(f"  {value} ")
    assert dialog.pending_changes() == IDENTITY
    assert dialog.save_button.isEnabled()
    assert [line for line, *_ in dialog.kop.lines()][:2] == [
        IDENTITY["instansi.pemerintah"],
        IDENTITY["instansi.name"],
    ]
    assert "Sukamaju, " in dialog.city_example.text()

    assert dialog.save()
    stored = ws.settings.values()
    assert {k: stored[k] for k in IDENTITY} == IDENTITY
    assert dialog.pending_changes() == {}
    assert not dialog.save_button.isEnabled()


def test_deadlines_are_bounded_by_their_spec_and_say_they_are_unsettled(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    dialog = make_dialog(qtbot, ws, settings)
    dialog.show_tab("deadlines")
    unsettled = [s for s in SPECS if s.status == "[U]" and s.kind is int]
    assert set(dialog.deadline_spins) == {s.key for s in unsettled}
    for spec in unsettled:
        spin = dialog.deadline_spins[spec.key]
        assert (spin.minimum(), spin.maximum(), spin.value()) == (spec.minimum, spec.maximum, spec.default)
    page = dialog.tabs.currentWidget()
    notes = [label.text() for label in page.findChildren(QLabel) if label.text().startswith("[U]")]
    assert len(notes) >= 3 and all("R-DEADLINES" in n for n in notes)
    fixed = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "[V] R-DEADLINES" in fixed and "14" in fixed

    dialog.deadline_spins["deadline.evaluation_days"].setValue(15)
    dialog.deadline_spins["deadline.akhir_month"].setValue(3)
    assert "15 April" in dialog.deadline_example.text()  # 31 March + 15 days
    assert dialog.save()
    values = ws.settings.values()
    assert (values["deadline.evaluation_days"], values["deadline.akhir_month"]) == (15, 3)


def test_a_refused_value_shows_the_error_and_changes_nothing(
    qtbot: QtBot, ws: Workspace, settings: QSettings, no_modal: None
) -> None:
    before = ws.settings.values()
    dialog = make_dialog(qtbot, ws, settings)
    dialog.instansi_edits["instansi.city"].setText("Sukamaju")
    spin = dialog.deadline_spins["deadline.keberatan_decision_days"]
    spin.setMaximum(999)  # as if the box let a wrong number through: the service still refuses
    spin.setValue(500)
    assert not dialog.save()
    shown = error_dialogs()
    assert len(shown) == 1 and "keberatan_decision_days" in shown[0].details.toPlainText()
    close_errors()
    assert ws.settings.values() == before  # the city typed alongside was not written either
    assert dialog.pending_changes()  # what was typed is still there to correct
    assert dialog.save_button.isEnabled()


def test_a_pegawai_sees_the_settings_but_cannot_change_them(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    pegawai(ws)
    dialog = make_dialog(qtbot, ws, settings)
    assert not any(e.isEnabled() for e in dialog.instansi_edits.values())
    assert not any(s.isEnabled() for s in dialog.deadline_spins.values())
    assert not dialog.choose_logo_button.isEnabled()
    assert "roles" not in dialog._tab_keys
    before = ws.settings.values()
    with pytest.raises(SkpError):
        ws.settings.update({"instansi.city": "Sukamaju"})  # the service is the real guard
    assert ws.settings.values() == before


def test_logo_accepted_and_refused(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path, no_modal: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    dialog = make_dialog(qtbot, ws, settings)
    dialog.show_tab("instansi")
    good = png(tmp_path / "logo.png")
    monkeypatch.setattr(SettingsDialog, "ask_logo_file", staticmethod(lambda *_a: str(good)))
    assert dialog.choose_logo()
    stored = ws.settings.logo_path()
    assert stored is not None and stored.read_bytes() == good.read_bytes()
    assert not dialog.kop._logo.isNull()
    assert dialog.remove_logo_button.isEnabled()
    digest = ws.settings.values()["instansi.logo_sha256"]

    bad = tmp_path / "logo.png.txt"
    bad.write_text("not an image", encoding="utf-8")
    monkeypatch.setattr(SettingsDialog, "ask_logo_file", staticmethod(lambda *_a: str(bad)))
    assert not dialog.choose_logo()
    assert len(error_dialogs()) == 1
    close_errors()
    assert ws.settings.values()["instansi.logo_sha256"] == digest  # the old logo stays

    monkeypatch.setattr(SettingsDialog, "ask_logo_file", staticmethod(lambda *_a: ""))  # cancelled
    assert not dialog.choose_logo()
    assert error_dialogs() == []

    dialog.remove_logo()
    assert ws.settings.logo_path() is None
    assert dialog.kop._logo.isNull()


def test_closing_with_unsaved_changes_asks_first(
    qtbot: QtBot, ws: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, ws, settings)
    dialog.instansi_edits["instansi.city"].setText("Sukamaju")
    monkeypatch.setattr(dialog, "ask_unsaved", lambda: "cancel")
    dialog.reject()
    assert dialog.isVisible()
    monkeypatch.setattr(dialog, "ask_unsaved", lambda: "save")
    dialog.reject()
    assert not dialog.isVisible()
    assert ws.settings.values()["instansi.city"] == "Sukamaju"


def test_a_language_change_rebuilds_the_texts_and_keeps_what_was_typed(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    dialog = make_dialog(qtbot, ws, settings)
    dialog.show_tab("deadlines")
    dialog.instansi_edits["instansi.city"].setText("Sukamaju")
    dialog.deadline_spins["deadline.evaluation_days"].setValue(20)
    old_tabs = dialog.tabs
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    qtbot.waitUntil(lambda: dialog.tabs is not old_tabs)
    assert dialog.current_tab() == "deadlines"
    assert dialog.tabs.isVisible() and not old_tabs.isVisible()
    assert dialog.instansi_edits["instansi.city"].text() == "Sukamaju"
    assert dialog.pending_changes() == {"instansi.city": "Sukamaju", "deadline.evaluation_days": 20}


# -- General ---------------------------------------------------------------------------------------------


def test_choosing_a_language_emits_the_signal_and_is_remembered(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    prefs.LANGUAGE.set(settings, "id")
    dialog = make_dialog(qtbot, ws, settings)
    assert dialog.language.currentData() == "id"
    with qtbot.waitSignal(dialog.language_changed) as blocker:
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert blocker.args == ["en"]
    assert prefs.LANGUAGE.get(settings) == "en"
    with qtbot.assertNotEmitted(dialog.language_changed):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))


# -- Workspace -------------------------------------------------------------------------------------------


def test_create_new_refuses_a_non_empty_folder_that_is_not_a_workspace(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, ws, settings)
    dialog.show_tab("workspace")
    busy = tmp_path / "documents"
    busy.mkdir()
    (busy / "laporan.docx").write_text("someone's file", encoding="utf-8")
    monkeypatch.setattr(SettingsDialog, "ask_folder", staticmethod(lambda *_a: str(busy)))
    with qtbot.assertNotEmitted(dialog.workspace_chosen):
        dialog.create_workspace()
    assert dialog.workspace_banner.isVisible()
    assert str(busy) in dialog.workspace_banner.text.text()
    assert sorted(p.name for p in busy.iterdir()) == ["laporan.docx"]  # untouched
    assert dialog.isVisible()

    empty = tmp_path / "new-ws"
    empty.mkdir()
    (empty / ".DS_Store").write_bytes(b"")  # what a file manager leaves behind does not count
    monkeypatch.setattr(SettingsDialog, "ask_folder", staticmethod(lambda *_a: str(empty)))
    with qtbot.waitSignal(dialog.workspace_chosen) as blocker:
        dialog.create_workspace()
    assert blocker.args == [str(empty)]
    assert not dialog.isVisible()


def test_open_folder_accepts_only_a_workspace(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other"
    Workspace.open(other, actor=Actor.workspace()).close()
    plain = tmp_path / "plain"
    plain.mkdir()
    dialog = make_dialog(qtbot, ws, settings)
    dialog.show_tab("workspace")
    monkeypatch.setattr(SettingsDialog, "ask_folder", staticmethod(lambda *_a: str(plain)))
    with qtbot.assertNotEmitted(dialog.workspace_chosen):
        dialog.open_folder()
    assert dialog.workspace_banner.isVisible()
    monkeypatch.setattr(SettingsDialog, "ask_folder", staticmethod(lambda *_a: str(ws.folder)))
    with qtbot.assertNotEmitted(dialog.workspace_chosen):
        dialog.open_folder()  # the open one: nothing to switch
    monkeypatch.setattr(SettingsDialog, "ask_folder", staticmethod(lambda *_a: str(other)))
    with qtbot.waitSignal(dialog.workspace_chosen) as blocker:
        dialog.open_folder()
    assert blocker.args == [str(other)]


def test_recent_workspaces_are_listed_and_opened(
    qtbot: QtBot, ws: Workspace, settings: QSettings, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    Workspace.open(other, actor=Actor.workspace()).close()
    gone = tmp_path / "gone"
    for folder in (gone, other, ws.folder):
        prefs.remember_workspace(settings, str(folder))
    dialog = make_dialog(qtbot, ws, settings)
    dialog.show_tab("workspace")
    items = [dialog.recent_list.item(n) for n in range(dialog.recent_list.count())]
    assert [i.data(0x0100) for i in items] == [str(ws.folder), str(other), str(gone)]
    assert "(" in items[0].text() and "(" in items[2].text()  # "open now", "not found"
    assert not items[2].flags() & items[2].flags().ItemIsEnabled
    dialog.recent_list.setCurrentItem(items[1])
    assert dialog.open_recent_button.isEnabled()
    with qtbot.waitSignal(dialog.workspace_chosen) as blocker:
        dialog.open_recent_button.click()
    assert blocker.args == [str(other)]


def test_back_up_now_shows_where(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    dialog = make_dialog(qtbot, ws, settings)
    dialog.show_tab("workspace")
    dialog.back_up()
    backups = list(ws.store.backups.glob("*-manual.sqlite"))
    assert len(backups) == 1
    assert str(backups[0]) in dialog.backup_banner.text.text()
    assert ws.info().schema in " ".join(label.text() for label in dialog.findChildren(QLabel))


# -- Roles -----------------------------------------------------------------------------------------------


def test_roles_are_granted_and_revoked_through_the_service(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    (root,), _ = ws.org.add_units([NewUnit("Pemerintah Kabupaten Sukamaju", "instansi")])
    (dinas,), _ = ws.org.add_units([NewUnit("Dinas Kesehatan", "opd", parent_id=root)])
    (budi,), _ = ws.org.add_employees([NewEmployee("198001012005031001", "Budi Santoso")])
    dialog = make_dialog(qtbot, ws, settings)
    assert dialog.show_tab("roles")
    assert dialog.grants.rowCount() == 0

    picker = GrantRoleDialog(dialog.ops, dialog)
    qtbot.addWidget(picker)
    assert picker.choose(budi, Role.PENGELOLA, dinas)
    picker.accept()
    assert picker.grant == NewGrant(budi, "pengelola", dinas)
    assert dialog.grant(picker.grant)
    grants = ws.org.role_grants()
    assert [(g.employee_id, g.role, g.org_unit_id) for g in grants] == [(budi, "pengelola", dinas)]
    assert dialog.grants.rowCount() == 1
    assert dialog.grants.item(0, 2).text() == "Dinas Kesehatan"

    dialog.select_grant(grants[0].id)
    assert dialog.revoke_button.isEnabled()
    assert dialog.revoke_selected()
    assert ws.org.role_grants() == []
    assert dialog.grants.rowCount() == 0


def test_the_role_one_is_signed_in_with_cannot_be_revoked_here(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    (budi,), _ = ws.org.add_employees([NewEmployee("198001012005031001", "Budi Santoso")])
    (sari,), _ = ws.org.add_employees([NewEmployee("198202022006042002", "Sari Dewi")])
    ws.org.grant_roles([NewGrant(budi, "pusat", None), NewGrant(sari, "fasilitator", None)])
    ws.sign_in(budi, Role.PUSAT)
    dialog = make_dialog(qtbot, ws, settings)
    own = next(g for g in ws.org.role_grants() if g.employee_id == budi)
    dialog.select_grant(own.id)
    assert not dialog.revoke_button.isEnabled()
    assert not dialog.revoke_selected()
    assert len(ws.org.role_grants()) == 2
    other = next(g for g in ws.org.role_grants() if g.employee_id == sari)
    dialog.select_grant(other.id)
    assert dialog.revoke_selected()
    assert [g.employee_id for g in ws.org.role_grants()] == [budi]


# -- About -----------------------------------------------------------------------------------------------


def test_the_about_box_lists_versions_and_the_workspace(qtbot: QtBot, ws: Workspace) -> None:
    about = AboutDialog(Ops(ws))
    qtbot.addWidget(about)
    about.show()
    rows = dict(about.rows)
    import skpdesk

    assert rows["SKP Desk"] == skpdesk.__version__
    assert rows["Python"] == platform.python_version()
    assert rows["Qt"] == qVersion()
    assert rows["SQLAlchemy"] == importlib.metadata.version("SQLAlchemy")
    assert rows["Alembic"] == importlib.metadata.version("alembic")
    for name in ("PySide6", "reportlab", "openpyxl", "matplotlib"):
        assert rows[name][0].isdigit(), (name, rows[name])
    info = ws.info()
    details = about.details()
    for text in (info.workspace, info.schema, info.node_id, f"Qt: {qVersion()}"):
        assert text in details
    about.copy_details()
    assert QGuiApplication.clipboard().text() == details
