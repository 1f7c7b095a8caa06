"""The words of the drafting stages (ui.skp.stage_text) and their [U] custom names: the setting,
the Stages tab of the settings dialog, and the titles the wizard shows (SKP-REFERENCE R-STAGES)."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from skpdesk.domain.plan import DraftingGuide, PlanKind
from skpdesk.domain.roles import Role
from skpdesk.domain.stages import Stage, StageKind, stage_of_kind, stages_for
from skpdesk.messages import install_translator
from skpdesk.services.org import NewEmployee, NewPosition, NewUnit
from skpdesk.services.workspace import Workspace
from skpdesk.ui.errors import ErrorDialog
from skpdesk.ui.ops import Ops
from skpdesk.ui.settings import SettingsDialog
from skpdesk.ui.skp import stage_text

REGULATION = re.compile(r"Permen PANRB \d+/20\d\d|PP 30/2019|UU 20/2023|BKN guide")
ALL_STAGES = [
    (kind, stage)
    for kind in PlanKind
    for guide in DraftingGuide
    for stage in stages_for(kind, guide, year=2026, jabatan_fungsional=True)
]


@pytest.fixture(autouse=True)
def english_and_no_custom_names(qapp: QApplication) -> Iterator[None]:
    """Source strings (English) are checked here; no custom name is left for the next test."""
    install_translator("en")
    stage_text.use_labels({})
    yield
    stage_text.use_labels({})
    install_translator("id")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SettingsDialog, "ask_unsaved", lambda _self: "discard")


@pytest.fixture
def no_modal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "_skpdesk_no_modal", True, raising=False)


def make_dialog(qtbot: QtBot, ws: Workspace, settings: QSettings) -> SettingsDialog:
    dialog = SettingsDialog(Ops(ws), settings)
    dialog.ops.window = dialog
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def error_dialogs() -> list[ErrorDialog]:
    return [w for w in QApplication.allWidgets() if isinstance(w, ErrorDialog) and w.isVisible()]


# -- the words ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "stage"), ALL_STAGES)
def test_every_stage_of_every_path_has_all_its_words(kind: PlanKind, stage: Stage) -> None:
    words = stage_text.texts(stage, kind)
    for text in (words.title, words.what_to_do, words.why, words.output, words.example, words.origin):
        assert text.strip() and "{" not in text and "}" not in text
    assert words.inputs and all(item.strip() for item in words.inputs)
    assert stage_text.inputs(stage, kind) == "; ".join(words.inputs)  # one line for the stage header
    assert REGULATION.search(words.why), words.why  # the rule names its regulation
    assert stage_text.what_to_do(stage.kind, kind) == words.what_to_do  # a StageKind works as well
    assert words.title == stage_text.title(stage, kind) == stage_text.default_title(stage.kind)


def test_jpt_and_ja_jf_words_differ_where_the_forms_differ() -> None:
    for kind in (StageKind.GOALS, StageKind.RESULTS, StageKind.INDICATORS, StageKind.SUBMIT):
        assert stage_text.what_to_do(kind, PlanKind.JPT) != stage_text.what_to_do(kind, PlanKind.JA_JF)
    ja_jf = stage_text.what_to_do(StageKind.RESULTS, PlanKind.JA_JF)
    assert "intervensi" in ja_jf and "intervensi" not in stage_text.what_to_do(
        StageKind.RESULTS, PlanKind.JPT
    )
    assert "kuantitas" in stage_text.what_to_do(StageKind.INDICATORS, PlanKind.JA_JF)  # aspek: JA/JF only
    assert "kuantitas" not in stage_text.what_to_do(StageKind.INDICATORS, PlanKind.JPT)
    assert "Matriks Pembagian Peran dan Hasil" in stage_text.inputs(StageKind.RESULTS, PlanKind.JA_JF)
    assert stage_text.title(StageKind.RESULTS, PlanKind.JPT) == stage_text.title(
        StageKind.RESULTS, PlanKind.JA_JF
    )


def test_the_ak_stage_says_why_it_is_optional_from_2023() -> None:
    def ak(year: int) -> Stage:
        stages = stages_for(PlanKind.JA_JF, DraftingGuide.DASAR, year=year, jabatan_fungsional=True)
        found = stage_of_kind(stages, StageKind.AK_LINK)
        assert found is not None
        return found

    assert "1/2023" in stage_text.why(ak(2024), PlanKind.JA_JF)
    assert "1/2023" not in stage_text.why(ak(2022), PlanKind.JA_JF)
    assert stage_text.origin(ak(2024)) == "BKN guide, stage 6 · optional"
    assert stage_text.origin(ak(2022)) == "BKN guide, stage 6"


def test_origin_step_label_and_usage() -> None:
    stages = stages_for(PlanKind.JA_JF, DraftingGuide.PENGEMBANGAN, year=2026)
    indicators = stage_of_kind(stages, StageKind.INDICATORS)
    assert indicators is not None
    assert stage_text.origin(indicators) == "BKN guide, stage 4–5"
    assert stage_text.origin(stages[-1]) == "Added by SKP Desk"
    assert stage_text.step_label(stages[1], len(stages)) == f"Step 2 of {len(stages)}"
    assert stage_text.usage(StageKind.GOALS) == "BKN guide stage: JPT 1 · JA/JF 1"
    assert stage_text.usage(StageKind.MANUAL) == "BKN guide stage: JPT dasar 3, pengembangan 4"
    assert stage_text.usage(StageKind.PERSPEKTIF) == "BKN guide stage: JPT pengembangan 3"
    assert stage_text.usage(StageKind.AK_LINK) == "BKN guide stage: JA/JF dasar 6, pengembangan 8"
    assert stage_text.usage(StageKind.PERILAKU) == "Added by SKP Desk, on every path"


def test_examples_keep_the_indonesian_wording() -> None:
    example = stage_text.example(StageKind.RESULTS, PlanKind.JA_JF)
    assert "Tersusunnya laporan keuangan unit yang lengkap dan tepat waktu" in example
    assert "Menyusun laporan keuangan" in example and example.startswith("Write")


# -- custom names ---------------------------------------------------------------------------------------


def test_labels_given_or_installed_replace_the_title() -> None:
    assert stage_text.title(StageKind.MPH, PlanKind.JA_JF) == "Role and result matrix"
    assert stage_text.title(StageKind.MPH, PlanKind.JA_JF, labels={"mph": " Peran tim "}) == "Peran tim"
    assert stage_text.title(StageKind.MPH, PlanKind.JA_JF, labels={"mph": "  "}) == "Role and result matrix"
    stage_text.use_labels({"mph": "Peran tim", "nope": "x", "goals": ""})
    assert stage_text.current_labels() == {"mph": "Peran tim"}
    assert stage_text.title(StageKind.MPH, PlanKind.JA_JF) == "Peran tim"
    assert stage_text.title(StageKind.GOALS, PlanKind.JA_JF) == "Goals and Perjanjian Kinerja"
    assert (
        stage_text.title(StageKind.MPH, PlanKind.JA_JF, labels={}) == "Role and result matrix"
    )  # explicit wins


@pytest.mark.parametrize(
    "values",
    [{}, {"wizard.stage_labels": "teks"}, {"wizard.stage_labels": {"goals": 3, "x": "y"}}],
)
def test_labels_from_ignores_what_it_cannot_use(values: dict[str, object]) -> None:
    assert stage_text.labels_from(values) == {}


def test_a_label_set_in_the_workspace_is_the_title_in_both_languages(ws: Workspace) -> None:
    ws.settings.update({stage_text.STAGE_LABEL_SETTING: {"indicators": "Ukuran keberhasilan"}})
    labels = stage_text.labels_from(ws.settings.values())
    stage = stage_of_kind(stages_for(PlanKind.JPT, DraftingGuide.DASAR, year=2026), StageKind.INDICATORS)
    assert stage is not None
    for language in ("en", "id"):
        install_translator(language)
        assert stage_text.title(stage, PlanKind.JPT, labels=labels) == "Ukuran keberhasilan"
        assert stage_text.texts(stage, PlanKind.JPT, labels=labels).title == "Ukuran keberhasilan"


# -- the Stages tab of the settings dialog ----------------------------------------------------------------


def test_the_stages_tab_lists_every_stage_and_says_the_names_are_unsettled(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    dialog = make_dialog(qtbot, ws, settings)
    assert dialog.show_tab("stages")
    assert set(dialog.stage_label_edits) == {k.value for k in StageKind}
    for kind in StageKind:
        edit = dialog.stage_label_edits[kind.value]
        assert edit.text() == "" and edit.placeholderText() == stage_text.default_title(kind)
        assert edit.maxLength() == 120 and edit.isEnabled()
    texts = [label.text() for label in dialog.tabs.currentWidget().findChildren(QLabel)]
    notes = [t for t in texts if t.startswith("[U]")]
    assert len(notes) == 1 and "R-STAGES" in notes[0]
    assert stage_text.usage(StageKind.MANUAL) in texts
    assert "wizard.stage_labels" not in dialog.deadline_spins  # names are not dates
    assert dialog.pending_changes() == {} and not dialog.save_button.isEnabled()


def test_a_name_typed_in_the_dialog_is_saved_and_becomes_the_title(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    dialog = make_dialog(qtbot, ws, settings)
    dialog.show_tab("stages")
    dialog.stage_label_edits["mph"].setText("  Pembagian peran tim ")
    assert dialog.pending_changes() == {"wizard.stage_labels": {"mph": "Pembagian peran tim"}}
    assert dialog.save_button.isEnabled()
    assert dialog.saved_note.text() == "Unsaved changes on the Stages tab."
    assert dialog.save()
    assert ws.settings.get("wizard.stage_labels") == {"mph": "Pembagian peran tim"}
    assert stage_text.title(StageKind.MPH, PlanKind.JA_JF) == "Pembagian peran tim"  # installed on save
    assert dialog.pending_changes() == {} and not dialog.save_button.isEnabled()

    dialog2 = make_dialog(qtbot, ws, settings)  # opened again: the stored name is in its field
    assert dialog2.stage_label_edits["mph"].text() == "Pembagian peran tim"
    dialog2.clear_stage_labels()
    assert dialog2.pending_changes() == {"wizard.stage_labels": {}}
    assert dialog2.save()
    assert ws.settings.get("wizard.stage_labels") == {}
    assert stage_text.title(StageKind.MPH, PlanKind.JA_JF) == "Role and result matrix"


def test_a_name_too_long_is_refused_with_the_error_dialog_and_nothing_changes(
    qtbot: QtBot, ws: Workspace, settings: QSettings, no_modal: None
) -> None:
    ws.settings.update({"wizard.stage_labels": {"goals": "Sasaran"}})
    before = ws.settings.values()
    dialog = make_dialog(qtbot, ws, settings)
    dialog.instansi_edits["instansi.city"].setText("Sukamaju")
    edit = dialog.stage_label_edits["results"]
    edit.setMaxLength(999)  # as if the field let a longer text through: the service still refuses
    edit.setText("x" * 121)
    assert not dialog.save()
    shown = error_dialogs()
    assert len(shown) == 1 and "wizard.stage_labels.results" in shown[0].details.toPlainText()
    for error in shown:
        error.close()
    assert ws.settings.values() == before  # the city typed alongside was not written either
    assert stage_text.title(StageKind.GOALS, PlanKind.JPT) == "Goals and Perjanjian Kinerja"  # not installed
    assert dialog.pending_changes()["wizard.stage_labels"] == {"goals": "Sasaran", "results": "x" * 121}


def test_a_pegawai_sees_the_names_but_cannot_change_them(
    qtbot: QtBot, ws: Workspace, settings: QSettings
) -> None:
    (unit,), _ = ws.org.add_units([NewUnit("Dinas", "opd")])
    (pos,), _ = ws.org.add_positions([NewPosition("Analis", unit, "ahli-pertama")])
    emp, _ = ws.org.add_employee(NewEmployee("199003032015031003", "Staf", position_id=pos))
    ws.settings.update({"wizard.stage_labels": {"submit": "Kirim"}})
    ws.sign_in(emp, Role.PEGAWAI)
    dialog = make_dialog(qtbot, ws, settings)
    assert dialog.stage_label_edits["submit"].text() == "Kirim"
    assert not any(e.isEnabled() for e in dialog.stage_label_edits.values())
    assert not dialog.default_stage_labels_button.isEnabled()


def test_a_language_change_keeps_the_typed_names(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    dialog = make_dialog(qtbot, ws, settings)
    dialog.show_tab("stages")
    dialog.stage_label_edits["lampiran"].setText("Lampiran")
    old_tabs = dialog.tabs
    QCoreApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    qtbot.waitUntil(lambda: dialog.tabs is not old_tabs)
    assert dialog.current_tab() == "stages"
    assert dialog.stage_label_edits["lampiran"].text() == "Lampiran"
    assert dialog.pending_changes() == {"wizard.stage_labels": {"lampiran": "Lampiran"}}
