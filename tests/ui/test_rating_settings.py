"""The [U] setting rating.organisasi_to_rating on the Settings dialog's Rating tab (R-ORG-PREDIKAT):
saved with the other tabs, used by the rating service at once, read-only for a role that may not
edit the instansi's settings, and a stored value that is not a rating is named."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from skpdesk.domain.predikat import PredikatOrganisasi, Rating
from skpdesk.domain.roles import Role
from skpdesk.messages import install_translator
from skpdesk.services.workspace import Workspace
from skpdesk.ui.ops import Ops
from skpdesk.ui.settings import SettingsDialog
from tests.services.test_rating_rules import as_, as_workspace, build_office

KEY = "rating.organisasi_to_rating"


@pytest.fixture(autouse=True)
def english(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(SettingsDialog, "ask_unsaved", lambda _self: "discard")
    install_translator("en")
    yield
    install_translator("id")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)


def dialog_for(qtbot: QtBot, ws: Workspace, settings: QSettings) -> SettingsDialog:
    dialog = SettingsDialog(Ops(ws), settings)
    dialog.ops.window = dialog
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.show_tab("rating")
    return dialog


def test_the_mapping_is_edited_saved_and_used(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    dialog = dialog_for(qtbot, ws, settings)
    editor = dialog.rating_mapping
    assert editor is not None
    assert editor.typed() == {
        "istimewa": "di-atas",
        "baik": "sesuai",
        "butuh-perbaikan": "di-bawah",
        "kurang": "di-bawah",
        "sangat-kurang": "di-bawah",
    }
    assert not dialog.save_button.isEnabled() and KEY not in dialog.pending_changes()
    card_text = " ".join(w.text() for w in editor.findChildren(type(editor.warning)))
    assert "your instansi's setting" in card_text and "R-ORG-PREDIKAT" in card_text
    combo = editor.combos["istimewa"]
    combo.setCurrentIndex(combo.findData(Rating.SESUAI_EKSPEKTASI.value))
    assert dialog.pending_changes()[KEY]["istimewa"] == "sesuai" and dialog.save_button.isEnabled()
    assert dialog.save()
    assert ws.settings.values()[KEY]["istimewa"] == "sesuai"
    assert ws.rating.organisasi_to_rating()[PredikatOrganisasi.ISTIMEWA] is Rating.SESUAI_EKSPEKTASI
    assert not dialog.save_button.isEnabled() and KEY not in dialog.pending_changes()
    # back to the default
    editor.use_default()
    assert dialog.pending_changes()[KEY]["istimewa"] == "di-atas"
    assert dialog.save()
    assert ws.rating.organisasi_to_rating()[PredikatOrganisasi.ISTIMEWA] is Rating.DI_ATAS_EKSPEKTASI


def test_a_stored_value_that_is_no_rating_is_named(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    ws.settings.update({KEY: {"baik": "bagus sekali"}})
    dialog = dialog_for(qtbot, ws, settings)
    editor = dialog.rating_mapping
    assert editor is not None
    assert "Not a rating" in editor.warning.text() and "bagus sekali" in editor.warning.text()
    assert editor.combos["baik"].currentIndex() == -1
    combo = editor.combos["baik"]
    combo.setCurrentIndex(combo.findData("sesuai"))
    assert dialog.save()
    assert ws.rating.organisasi_to_rating()[PredikatOrganisasi.BAIK] is Rating.SESUAI_EKSPEKTASI


def test_only_who_edits_the_instansi_changes_it(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    office = build_office(ws)
    as_(ws, office.kabid, Role.ATASAN)
    dialog = dialog_for(qtbot, ws, settings)
    editor = dialog.rating_mapping
    assert editor is not None
    assert not any(c.isEnabled() for c in editor.combos.values()) and not editor.default_button.isEnabled()
    before = ws.settings.values()[KEY]
    assert dialog.save() is True and ws.settings.values()[KEY] == before  # nothing to save
    as_workspace(ws)
