"""The Rating page's Dokumen menu: the evaluation PDF of the plan and period on screen (a worksheet
only when asked), the unit batch with progress, Stop and the skipped plans listed, the ratings
Excel and the angka kredit dialog; refusals in the error dialog and no file left behind.

Dialogs are driven through their methods with the answers given (nothing modal is opened); error
dialogs are shown without blocking (``sys._skpdesk_no_modal``)."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from skpdesk.messages import install_translator
from skpdesk.services.access import Actor
from skpdesk.services.workspace import Workspace
from skpdesk.ui.errors import ErrorDialog
from skpdesk.ui.ops import Ops
from skpdesk.ui.rating import documents
from skpdesk.ui.rating.documents import (
    AngkaKreditDialog,
    BatchEvaluationDialog,
    DocumentActions,
    add_document_actions,
    document_actions,
)
from tests.reports.test_rencana_pdf import page_texts
from tests.services.test_evaluation import Rated, rated_office


@pytest.fixture(autouse=True)
def english(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(sys, "_skpdesk_no_modal", True, raising=False)  # error dialogs do not block
    install_translator("en")
    yield
    install_translator("id")
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ErrorDialog):
            widget.close()


@pytest.fixture
def office(tmp_path: Path) -> Iterator[tuple[Workspace, Rated]]:
    ws = Workspace.open(tmp_path / "ws", actor=Actor.workspace())
    r = rated_office(ws)
    yield ws, r
    ws.close()


def errors_shown() -> list[str]:
    return [
        w.code.text() for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()
    ]


def wait_job(qtbot: QtBot, job: object) -> None:
    assert job is not None
    qtbot.waitUntil(lambda: job not in documents._RUNNING, timeout=30_000)


class FakePage(QWidget):
    """What the Rating page offers the menu."""

    def __init__(self, ops: Ops, plan_id: str | None, periode: str | None, unit_id: str | None) -> None:
        super().__init__()
        self.ops = ops
        self.plan, self.periode, self.unit = plan_id, periode, unit_id

    def current_plan_id(self) -> str | None:
        return self.plan

    def current_periode(self) -> str | None:
        return self.periode

    def current_unit_id(self) -> str | None:
        return self.unit

    def current_year(self) -> int | None:
        return 2025


def test_the_menu_and_its_enabled_state(qtbot: QtBot, office: tuple[Workspace, Rated]) -> None:
    ws, r = office
    page = FakePage(Ops(ws), None, None, "u-a")
    qtbot.addWidget(page)
    menu = QMenu(page)
    actions = add_document_actions(page, menu)
    assert [a.objectName() for a in menu.actions()] == [
        "evaluationPdf",
        "evaluationBatch",
        "ratingsExcel",
        "angkaKredit",
    ]
    assert [a.text() for a in actions] == [
        "&Evaluation document (PDF)…",
        "Evaluation documents of a &unit…",
        "&Ratings of the unit as Excel…",
        "&Angka kredit report…",
    ]
    assert actions[0].shortcut().toString() == "Ctrl+Shift+E"
    menu.aboutToShow.emit()
    assert not actions[0].isEnabled()
    page.plan, page.periode = r.o.staff_plan, "TW1"
    menu.aboutToShow.emit()
    assert actions[0].isEnabled()
    assert len(document_actions(page, page.ops, lambda: (None, None, None))) == 4


def test_the_evaluation_pdf_of_the_plan_on_screen(
    qtbot: QtBot, office: tuple[Workspace, Rated], tmp_path: Path
) -> None:
    ws, r = office
    page = FakePage(Ops(ws), r.o.staff_plan, "TW1", "u-a")
    qtbot.addWidget(page)
    docs = DocumentActions(page, page.ops, lambda: (page.plan, page.periode, page.unit), None)
    target = tmp_path / "eval.pdf"
    wait_job(qtbot, docs.evaluation_pdf(str(target)))
    texts = page_texts(target.read_bytes())
    assert "PERIODE: TRIWULAN I" in " ".join(texts) and errors_shown() == []


def test_a_period_not_rated_asks_for_a_worksheet(
    qtbot: QtBot, office: tuple[Workspace, Rated], tmp_path: Path
) -> None:
    ws, r = office
    page = FakePage(Ops(ws), r.o.staff_plan, "TW3", "u-a")
    qtbot.addWidget(page)
    docs = DocumentActions(page, page.ops, lambda: (page.plan, page.periode, page.unit), None)
    asked: list[str] = []
    docs._ask_worksheet = lambda err: asked.append(err.code.value) or False  # type: ignore[method-assign]
    assert docs.evaluation_pdf(str(tmp_path / "no.pdf")) is None
    assert asked == ["EVAL-NOT-RATED"] and not (tmp_path / "no.pdf").exists()
    target = tmp_path / "worksheet.pdf"
    wait_job(qtbot, docs.evaluation_pdf(str(target), worksheet=True))
    assert all("BELUM DINILAI" in t for t in page_texts(target.read_bytes()))


def test_refusals_and_nothing_chosen(qtbot: QtBot, office: tuple[Workspace, Rated], tmp_path: Path) -> None:
    ws, r = office
    page = FakePage(Ops(ws), r.o.colleague_plan, "TW1", "u-a")
    qtbot.addWidget(page)
    docs = DocumentActions(page, page.ops, lambda: (page.plan, page.periode, page.unit), None)
    assert docs.evaluation_pdf(str(tmp_path / "x.pdf")) is None
    assert errors_shown() == ["Code: EVAL-PLAN-NOT-SET"] and not (tmp_path / "x.pdf").exists()
    told: list[str] = []
    docs._inform = told.append  # type: ignore[method-assign]
    page.plan = None
    assert docs.evaluation_pdf(str(tmp_path / "x.pdf")) is None
    assert told == ["Choose a pegawai and an evaluation period in the list first."]
    # a folder that does not exist: DOC-WRITE in the error dialog, nothing left
    page.plan = r.o.staff_plan
    wait_job(qtbot, docs.evaluation_pdf(str(tmp_path / "missing" / "x.pdf")))
    qtbot.waitUntil(lambda: "Code: DOC-WRITE" in errors_shown())
    assert not (tmp_path / "missing").exists()


def test_the_batch_dialog_lists_what_it_skipped(
    qtbot: QtBot, office: tuple[Workspace, Rated], tmp_path: Path
) -> None:
    ws, _r = office
    dialog = BatchEvaluationDialog(None, Ops(ws), "u-a", 2025, "TW1")
    qtbot.addWidget(dialog)
    assert dialog.fields.values() == ("u-a", 2025, "TW1")
    assert [dialog.fields.periode.itemData(i) for i in range(dialog.fields.periode.count())] == [
        "TW1", "TW2", "TW3", "TW4", "AKHIR",
    ]  # fmt: skip
    assert dialog.start() is None and dialog.status.text() == "Choose the folder to save into first."
    out = tmp_path / "batch"
    dialog.set_folder(str(out))
    assert dialog.start() is not None
    qtbot.waitUntil(lambda: not dialog.running(), timeout=30_000)
    assert len(list(out.glob("*.pdf"))) == 2 and dialog.bar.value() == 5
    assert dialog.status.text() == f"2 PDF files written to {out}. 3 plans skipped (listed below)."
    listed = dialog.skipped.toPlainText().splitlines()
    assert len(listed) == 3 and any(
        line.startswith("19910404 201603 2 004 Staf Dua: The SKP") for line in listed
    )
    assert not dialog.skipped.isHidden()
    # worksheets too
    dialog.worksheets.setChecked(True)
    dialog.set_folder(str(tmp_path / "all"))
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=30_000)
    assert len(list((tmp_path / "all").glob("*.pdf"))) == 3


def test_stop_keeps_finished_files_and_leaves_no_part(
    qtbot: QtBot, office: tuple[Workspace, Rated], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from skpdesk.reports.evaluasi_pdf import EvaluationWriter

    real = EvaluationWriter.write

    def slow(self: EvaluationWriter, *args: object, **kwargs: object) -> int:
        time.sleep(0.3)
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(EvaluationWriter, "write", slow)
    ws, _r = office
    dialog = BatchEvaluationDialog(None, Ops(ws), "u-a", 2025, "AKHIR")
    qtbot.addWidget(dialog)
    out = tmp_path / "stop"
    dialog.set_folder(str(out))
    dialog.start()
    assert not dialog.close_button.isEnabled() and dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.bar.value() >= 1, timeout=30_000)
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.running(), timeout=30_000)
    assert dialog.status.text() == "Stopped. The files already written are kept; none is half-written."
    files = list(out.iterdir())
    assert 1 <= len(files) < 3 and all(f.suffix == ".pdf" for f in files)
    assert dialog.close_button.isEnabled()


def test_the_ratings_excel(qtbot: QtBot, office: tuple[Workspace, Rated], tmp_path: Path) -> None:
    ws, r = office
    page = FakePage(Ops(ws), r.o.staff_plan, "AKHIR", "u-a")
    qtbot.addWidget(page)
    docs = DocumentActions(page, page.ops, lambda: (page.plan, page.periode, page.unit), page.current_year)
    target = tmp_path / "penilaian.xlsx"
    wait_job(qtbot, docs.ratings_excel(str(target)))
    assert target.exists() and errors_shown() == []
    wait_job(qtbot, docs.ratings_excel(str(tmp_path / "b.xlsx"), unit_id="u-b"))
    qtbot.waitUntil(lambda: "Code: EVAL-NO-PLANS" in errors_shown())
    assert not (tmp_path / "b.xlsx").exists()


def test_the_angka_kredit_dialog(qtbot: QtBot, office: tuple[Workspace, Rated], tmp_path: Path) -> None:
    ws, r = office
    ops = Ops(ws)
    dialog = AngkaKreditDialog(None, ops, r.o.staff_plan, "u-a", 2025)
    qtbot.addWidget(dialog)
    assert dialog.person.isChecked() and dialog.person.text() == "&Pegawai: Staf Satu (19900303 201503 1 003)"
    target = tmp_path / "ak.pdf"
    wait_job(qtbot, dialog.save(str(target)))
    assert "ANGKA KREDIT TAHUN 2025 18,750" in " ".join(
        " ".join(t.split()) for t in page_texts(target.read_bytes())
    )
    dialog.unit.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    wait_job(qtbot, dialog.save(str(tmp_path / "unit.xlsx")))
    assert (tmp_path / "unit.xlsx").exists()
    kabid = AngkaKreditDialog(None, ops, r.o.kabid_plan, None, 2025)
    qtbot.addWidget(kabid)
    wait_job(qtbot, kabid.save(str(tmp_path / "kabid.pdf")))
    qtbot.waitUntil(lambda: "Code: AK-NOT-JF" in errors_shown())
    assert not (tmp_path / "kabid.pdf").exists()
    kabid.unit.setChecked(True)
    assert kabid.save(str(tmp_path / "u.pdf")) is None and kabid.status.text() == "Choose a unit first."
