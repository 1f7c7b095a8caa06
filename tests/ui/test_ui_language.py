"""No English in the Indonesian UI: every screen and dialog, every visible string.

A string fails when it is a source string of the catalogue shown untranslated, or when it holds
English words that Indonesian does not use. Data from the workspace (names, units, RHK) is
Indonesian already and passes.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from skpdesk import formatting
from skpdesk.domain.roles import Role
from skpdesk.messages import install_translator
from skpdesk.services.access import Actor
from skpdesk.services.workspace import Workspace
from skpdesk.ui.areas import AREAS
from skpdesk.ui.main_window import MainWindow
from skpdesk.ui.ops import Ops
from tests.ui.visible_text import visible_texts

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "skpdesk_id.ts"
# English words that do not occur in Indonesian text (Indonesian shares "data", "status", "unit",
# "total", "format", "menu", "rating", "program", "no", and "target" — the SKP form's own column
# TARGET — with English, so they are not listed).
_WORDS = (
    "the and of to your you with for this that is are not yes save cancel close open edit delete "
    "search settings help file view home employee employees position positions workspace refresh "
    "quit undo redo find back next reports monitoring outstanding people organisation "
    "organization synchronisation change changes sent period periods nothing new name add remove "
    "move show hide copy details code role roles person sign about version today due days overdue "
    "plan plans review approve choose select all none language general deadlines backup folder "
    "create export year years there here what which when who how please error warning loading "
    "waiting yet results result targets employee's unit's rows row count everything nobody "
    "someone "
)
ENGLISH = frozenset(_WORDS.split())
WORD = re.compile(r"[A-Za-z']+")


def _catalogue_sources() -> set[str]:
    """English sources shown untranslated. A source that some message keeps as it is ("Unit",
    "Status") is Indonesian too, so it is not counted even where another context words it
    differently."""
    sources, kept = set(), set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        texts = [translation.text or ""] if translation is not None else []
        if translation is not None:
            texts += [n.text or "" for n in translation.iter("numerusform")]
        if source and source not in texts:
            sources.add(" ".join(source.split()))
        elif source:
            kept.add(" ".join(source.split()))
    return sources - kept


RULE_ID = re.compile(r"\bR-[A-Z0-9-]+\b")  # SKP-REFERENCE section ids are shown as they are
PATH = re.compile(r"(?:[A-Za-z]:)?[\\/][^\s]*")  # file paths (the test's own tmp folders)


def english_in(texts: list[tuple[str, str]], sources: set[str]) -> list[tuple[str, str]]:
    bad = []
    for where, text in texts:
        if text in sources:
            bad.append((where, text))
            continue
        words = {w.lower() for w in WORD.findall(PATH.sub(" ", RULE_ID.sub(" ", text)))}
        if words & ENGLISH:
            bad.append((where, f"{text}  <- {sorted(words & ENGLISH)}"))
    return bad


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    assert install_translator("id")
    formatting.set_language("id")
    yield
    install_translator("id")


@pytest.fixture
def demo_ws(demo_folder: Path, tmp_path: Path) -> Iterator[Workspace]:
    folder = tmp_path / "ws"
    shutil.copytree(demo_folder, folder)
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        yield ws


def _check(widget: QWidget, what: str) -> list[str]:
    return [
        f"{what}: {where}: {text}" for where, text in english_in(visible_texts(widget), _catalogue_sources())
    ]


def test_the_detector_finds_english(qtbot: QtBot, indonesian: None) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    layout.addWidget(QLabel("Simpan perubahan"))
    layout.addWidget(QPushButton("Save changes"))
    layout.addWidget(QLabel("Undo"))
    box.show()
    found = _check(box, "box")
    assert len(found) == 2 and any("Save changes" in f for f in found)


def test_every_screen_and_dialog_is_indonesian(
    qtbot: QtBot, indonesian: None, demo_ws: Workspace, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    problems: list[str] = []
    actors = [Actor.workspace()]
    grants = demo_ws.org.role_grants()
    pengelola = next(g for g in grants if g.role == "pengelola")
    actors.append(demo_ws.sign_in(pengelola.employee_id, Role.PENGELOLA))
    actors.append(demo_ws.sign_in(pengelola.employee_id, Role.PEGAWAI))
    for actor in actors:
        demo_ws.access.actor = actor
        window = MainWindow(Ops(demo_ws), settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        for area in AREAS:
            if window.go(area.key) is not None:
                qtbot.wait(10)
                problems += _check(window, f"{actor.role.value}/{area.key}")
        for menu in window.menuBar().findChildren(type(window.view_menu)):
            problems += _check(menu, f"{actor.role.value}/menu")
        for dialog in _dialogs(window):
            qtbot.addWidget(dialog)
            dialog.show()
            tabs = dialog.findChildren(QTabWidget)
            for tab in tabs:
                for i in range(tab.count()):
                    tab.setCurrentIndex(i)
                    problems += _check(dialog, f"{actor.role.value}/{type(dialog).__name__}/{i}")
            if not tabs:
                problems += _check(dialog, f"{actor.role.value}/{type(dialog).__name__}")
            dialog.close()
        window.close()
    assert sorted(set(problems)) == []


def _dialogs(window: MainWindow) -> Iterator[QDialog]:
    from skpdesk.domain.errors import Code, SkpError
    from skpdesk.ui.errors import ErrorDialog
    from skpdesk.ui.help import HelpDialog

    ops = window.ops
    yield ErrorDialog.for_error(window, SkpError(Code.NIP_LENGTH, length=17, expected=18))
    yield ErrorDialog.for_exception(window, ValueError("x"))
    yield HelpDialog(window, "beranda")
    try:
        from skpdesk.ui.settings.about import AboutDialog
        from skpdesk.ui.settings.dialog import SettingsDialog
        from skpdesk.ui.signin import SignInDialog
    except ImportError:
        return
    settings = QSettings()
    yield SettingsDialog(ops, settings, window)
    org = window.page("organisasi")
    employee = ops.ws.people.directory()[0].id
    for make in ("employee_dialog", "acting_dialog"):
        yield getattr(org, make)()
    yield org.employee_dialog(employee)
    yield org.roles_dialog(employee)
    yield AboutDialog(ops, window)
    yield SignInDialog(ops.ws, window, current=ops.ws.access.actor)
