"""The Pemantauan screen on a small office with ditetapkan plans (tests/services/monitoring_office.py):
the plan and period choosers, realisasi typed in place with undo, the refusals in the services'
words with the data unchanged, rencana aksi, bukti dukung attached off the GUI thread (dropped or
chosen) with preview, open, remove and restore, the e-Kinerja import, and period locks."""

from __future__ import annotations

import hashlib
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from skpdesk import formatting
from skpdesk.domain.errors import Code
from skpdesk.domain.roles import Role
from skpdesk.messages import install_translator
from skpdesk.models.tables import ActionPlan, AuditLog, Evidence, Period, PeriodLock, Progress, WorkResult
from skpdesk.services.access import Actor
from skpdesk.services.monitoring import blob_path
from skpdesk.services.workspace import Workspace
from skpdesk.ui.errors import ErrorDialog
from skpdesk.ui.monitoring import common
from skpdesk.ui.monitoring.evidence import EvidencePanel
from skpdesk.ui.monitoring.model import ProgressModel
from skpdesk.ui.monitoring.page import MonitoringPage
from skpdesk.ui.ops import Ops
from tests.services.monitoring_office import TODAY, Office, office
from tests.services.monitoring_office import ops as op_count

REALISASI = ProgressModel.REALISASI


@pytest.fixture(autouse=True)
def english(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    install_translator("en")
    language = formatting.language()
    formatting.set_language("en")
    monkeypatch.setattr(sys, "_skpdesk_no_modal", True, raising=False)  # error dialogs do not block
    yield
    formatting.set_language(language)
    install_translator("id")


@pytest.fixture
def o(ws: Workspace) -> Office:
    made = office(ws)
    ws.sign_in(made.staff, Role.PEGAWAI, today=TODAY)
    return made


def open_page(qtbot: QtBot, ws: Workspace) -> MonitoringPage:
    ops = Ops(ws)
    page = MonitoringPage(ops)
    ops.window = page  # error dialogs get a parent (the main window in the application)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.refresh()
    return page


def errors(page: MonitoringPage) -> list[str]:
    """Codes of the error dialogs shown so far (then closed)."""
    found = [d for d in page.findChildren(ErrorDialog) if d.isVisible()]
    codes = [d.code.text().split(": ", 1)[-1] for d in found]
    for dialog in found:
        dialog.close()
        dialog.deleteLater()
    return codes


def progress_rows(ws: Workspace) -> list[tuple[str | None, str | None, str, str, str, str, str, bool]]:
    with ws.store.reading() as s:
        return [
            (
                r.indicator_id,
                r.result_id,
                r.periode,
                r.realisasi,
                r.realisasi_unit,
                r.realisasi_text,
                r.source,
                r.deleted,
            )
            for r in s.execute(select(Progress).order_by(Progress.indicator_id, Progress.periode)).scalars()
        ]


def live_progress(ws: Workspace) -> dict[str, str]:
    return {str(r[0] or r[1]): r[3] or r[5] for r in progress_rows(ws) if not r[7]}


def evidence_rows(ws: Workspace) -> list[Evidence]:
    with ws.store.reading() as s:
        return list(s.execute(select(Evidence).order_by(Evidence.file_name)).scalars())


def type_into(qtbot: QtBot, page: MonitoringPage, key: tuple[str, str], column: int, text: str) -> None:
    """Edit a cell as a person does: F2 opens the editor, the text, then Enter."""
    index = page.model.index_of(key, column)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    with qtbot.waitSignal(page.sig_cell_edited, timeout=10_000):  # queued, after the editor closed
        qtbot.keyClick(editor, Qt.Key.Key_Return)


# -- choosing --------------------------------------------------------------------------------------


def test_the_page_opens_on_the_own_plan_and_the_current_period(
    qtbot: QtBot, ws: Workspace, o: Office
) -> None:
    page = open_page(qtbot, ws)
    assert page.plan is not None and page.plan.plan_id == o.plan and page.periode == "TW2"
    assert [p.plan_id for p in page.plans] == [o.plan]  # a pegawai follows only their own plan
    # the first visit locked the overdue TW1 (R-DEADLINES: deadline 10 April + 5 grace days)
    assert [r.code for r in page.periods] == ["TW1", "TW2", "TW3", "TW4", "AKHIR"]
    assert page.periods[0].locked and page.periods[0].automatic
    assert "Locked (deadline passed)" in page.periode_box.itemText(0)
    assert page.periode_box.itemText(1).endswith("Open")
    model = page.model
    assert model.rowCount() == 3
    first = model.index(0, 0)
    assert model.data(first).startswith("RHK utama 1 · Terselesaikannya usulan")
    assert model.rowCount(first) == 2
    iki = model.index(0, ProgressModel.TARGET, first)
    assert model.data(iki) == "12 dokumen"
    assert model.data(model.index(0, 0, model.index(2, 0))) == "Jumlah tugas tambahan"
    assert model.data(model.index(2, 0)).startswith("RHK tambahan 1")
    assert not page.banner.isVisible()
    # TW1 is read-only now, with the reason on the banner
    page.choose_periode("TW1")
    assert page.table is not None and page.table.locked and not page.model.writable
    assert "is locked" in page.banner.text.text() and "Ask the pengelola kinerja" in page.banner.text.text()
    assert not page.model.flags(page.model.index_of(("i", "i1"), REALISASI)) & Qt.ItemFlag.ItemIsEditable


def test_the_model_is_a_proper_item_model(qtbot: QtBot, ws: Workspace, o: Office) -> None:
    model = ProgressModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_table(ws.monitoring.progress_table(o.plan, "TW2"))
    assert model.rowCount() == 3 and model.rowCount(model.index(1, 0)) == 1
    ws.monitoring.set_progress("TW2", indicator_id="i3", realisasi="2")
    model.set_table(ws.monitoring.progress_table(o.plan, "TW2"))  # same rows: swapped in place
    assert model.cell(("i", "i3")) is not None
    model.set_table(ws.monitoring.progress_table(o.kualitatif_plan, "TW2"))  # other rows: a reset
    assert model.rowCount() == 1 and model.kualitatif
    model.set_table(None)
    assert model.rowCount() == 0


def test_an_atasan_and_a_pengelola_choose_among_the_plans_they_follow(
    qtbot: QtBot, ws: Workspace, o: Office
) -> None:
    ws.sign_in(o.kabid, Role.ATASAN, today=TODAY)
    page = open_page(qtbot, ws)
    assert [p.plan_id for p in page.plans] == [o.draft_plan, o.kualitatif_plan, o.plan]  # own first
    assert page.plan is not None and page.plan.plan_id == o.draft_plan
    # the own plan is a draft: read-only, and the banner says why
    assert "This SKP is Draft" in page.banner.text.text() and not page.model.writable
    # typing part of a name filters the list
    assert page.focus_search()
    line = page.plan_box.lineEdit()
    assert line is not None and line.selectedText() == line.text()
    qtbot.keyClicks(line, "dua")
    assert page.plan_box.filter.rowCount() == 1
    assert page.plan_box.choose(o.plan)
    assert page.plan is not None and page.plan.plan_id == o.plan and page.model.writable  # the penilai
    ws.sign_in(o.pengelola_opd, Role.PENGELOLA, "u-a", today=TODAY)
    page = open_page(qtbot, ws)
    assert {p.plan_id for p in page.plans} == {o.plan, o.kualitatif_plan, o.draft_plan, o.late_plan}
    assert not page.lock_button.isVisible()  # an OPD's pengelola does not lock the instansi's periods


def test_empty_states_say_what_to_do(qtbot: QtBot, ws: Workspace, tmp_path: Path) -> None:
    page = open_page(qtbot, ws)  # the workspace itself, no plan year yet
    assert page.stack.currentWidget() is page.empty
    assert "No plan year is set up yet" in page.empty_text.text()
    o = office(ws)
    ws.sign_in(o.pengelola, Role.PEGAWAI, today=TODAY)  # no SKP of their own
    page = open_page(qtbot, ws)
    assert page.stack.currentWidget() is page.empty
    assert "You have no SKP for 2026" in page.empty_text.text() and page.go_skp.isVisible()
    with qtbot.waitSignal(page.navigate) as blocker:
        page.go_skp.click()
    assert blocker.args == ["skp", ""]
    ws.sign_out()
    page = open_page(qtbot, ws)
    assert "Nobody is signed in" in page.empty_text.text()


# -- realisasi -------------------------------------------------------------------------------------


def test_realisasi_is_typed_in_place_and_undone(qtbot: QtBot, ws: Workspace, o: Office) -> None:
    page = open_page(qtbot, ws)
    type_into(qtbot, page, ("i", "i1"), REALISASI, "12,5")
    assert progress_rows(ws) == [("i1", None, "TW2", "12.5", "dokumen", "", "", False)]
    cell = page.model.cell(("i", "i1"))
    assert cell is not None and cell.realisasi == "12.5"
    assert page.model.data(page.model.index_of(("r", "r1"), REALISASI)) == "1/2 IKI"
    assert page.ops.undo_stack.undoText() == "Record realisasi"
    # a correction, then Ctrl+Z twice: back to 12,5, then to nothing
    type_into(qtbot, page, ("i", "i1"), REALISASI, "13")
    assert live_progress(ws) == {"i1": "13"}
    page.ops.undo_stack.undo()
    assert live_progress(ws) == {"i1": "12.5"}
    page.ops.undo_stack.undo()
    assert live_progress(ws) == {} and page.model.cell(("i", "i1")) is None
    page.ops.undo_stack.redo()
    assert live_progress(ws) == {"i1": "12.5"}
    # the unit and the note, then Delete clears the realisasi (undoable)
    type_into(qtbot, page, ("i", "i1"), ProgressModel.UNIT, "berkas")
    type_into(qtbot, page, ("i", "i1"), ProgressModel.NOTE, "dari BKN")
    assert progress_rows(ws)[0][4] == "berkas"
    with ws.store.reading() as s:
        assert s.execute(select(Progress.note)).scalar() == "dari BKN"
    page.view.setCurrentIndex(page.model.index_of(("i", "i1"), REALISASI))
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert live_progress(ws) == {}
    page.ops.undo_stack.undo()
    assert live_progress(ws) == {"i1": "12.5"}
    # Escape cancels: nothing is written
    before = len(ws.ops())
    index = page.model.index_of(("i", "i3"), REALISASI)
    page.view.setCurrentIndex(index)
    page.view.edit(index)
    editor = page.view.findChild(QLineEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "4")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.view.state() != page.view.State.EditingState)
    qtbot.wait(50)
    assert len(ws.ops()) == before and page.model.cell(("i", "i3")) is None


def test_bad_realisasi_is_refused_in_the_services_words(qtbot: QtBot, ws: Workspace, o: Office) -> None:
    page = open_page(qtbot, ws)
    type_into(qtbot, page, ("i", "i1"), REALISASI, "5")
    steps = page.ops.undo_stack.count()
    before = len(ws.ops())
    type_into(qtbot, page, ("i", "i1"), REALISASI, "dua belas")
    assert errors(page) == [Code.REALISASI_NOT_NUMBER.value]
    type_into(qtbot, page, ("i", "i4"), REALISASI, "1")  # an IKI without a unit needs one
    assert errors(page) == [Code.REALISASI_UNIT_MISSING.value]
    assert len(ws.ops()) == before and page.ops.undo_stack.count() == steps  # no write, no undo step
    assert live_progress(ws) == {"i1": "5"}
    # kuantitatif: the RHK row itself takes no realisasi (R-IKI); its IKI do
    assert not page.model.editable(page.model.index_of(("r", "r1"), REALISASI))
    # a period locked meanwhile (another device, the deadline): refused, nothing written
    ws.access.actor = Actor.workspace()
    ws.monitoring.lock_period(o.period, "TW2", "Rekap")
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    before = len(ws.ops())
    type_into(qtbot, page, ("i", "i1"), REALISASI, "6")
    assert errors(page) == [Code.PERIOD_LOCKED.value]
    assert len(ws.ops()) == before and live_progress(ws) == {"i1": "5"}
    page.refresh()
    assert page.table is not None and page.table.locked
    assert "Locked by Workspace" in page.banner.text.text() or "is locked" in page.banner.text.text()


def test_kualitatif_realisasi_is_text(qtbot: QtBot, ws: Workspace, o: Office) -> None:
    ws.sign_in(o.colleague, Role.PEGAWAI, today=TODAY)
    page = open_page(qtbot, ws)
    assert page.model.kualitatif and page.view.isColumnHidden(ProgressModel.UNIT)
    assert page.model.data(page.model.index_of(("r", "rq1"), ProgressModel.TARGET)).startswith(
        "Layanan informasi"
    )
    type_into(qtbot, page, ("r", "rq1"), REALISASI, "Survei: 86% pegawai menilai baik")
    assert progress_rows(ws) == [(None, "rq1", "TW2", "", "", "Survei: 86% pegawai menilai baik", "", False)]
    assert page.model.data(page.model.index_of(("r", "rq1"), REALISASI)) == "Survei: 86% pegawai menilai baik"
    page.ops.undo_stack.undo()
    assert live_progress(ws) == {}


def test_a_plan_not_ditetapkan_is_read_only(qtbot: QtBot, ws: Workspace, o: Office) -> None:
    ws.sign_in(o.kabid, Role.PEGAWAI, today=TODAY)
    page = open_page(qtbot, ws)
    assert page.plan is not None and page.plan.plan_id == o.draft_plan
    assert not page.model.writable and not page.evidence.attach_button.isEnabled()
    assert "pejabat penilai has set (ditetapkan) it" in page.banner.text.text()
    assert page.model.setData(page.model.index_of(("i", "ik1"), REALISASI), "5") is False
    assert not page.action_plans.new_text.isEnabled()


# -- rencana aksi ----------------------------------------------------------------------------------


def action_texts(ws: Workspace) -> list[str]:
    return [a.text for a in ws.monitoring.progress_table("plan-staff", "TW2").results[0].action_plans]


def test_rencana_aksi_are_added_edited_moved_and_deleted_with_undo(
    qtbot: QtBot, ws: Workspace, o: Office
) -> None:
    page = open_page(qtbot, ws)
    page.view.setCurrentIndex(page.model.index_of(("r", "r1")))
    panel = page.action_plans
    for text in ("Menghimpun berkas", "Memverifikasi berkas", "Mengirim usulan"):
        panel.new_text.setText(text)
        qtbot.keyClick(panel.new_text, Qt.Key.Key_Return)
    assert action_texts(ws) == ["Menghimpun berkas", "Memverifikasi berkas", "Mengirim usulan"]
    assert [panel.list.item(n).text() for n in range(panel.list.count())] == action_texts(ws)
    assert page.side.tabText(1) == "Rencana aksi (3)"
    # edit in place
    item = panel.list.item(1)
    item.setText("Memverifikasi kelengkapan berkas")
    assert action_texts(ws)[1] == "Memverifikasi kelengkapan berkas"
    page.ops.undo_stack.undo()
    assert action_texts(ws)[1] == "Memverifikasi berkas"
    # an empty text is refused and the stored one shown again
    panel.list.item(1).setText("   ")
    assert errors(page) == [Code.ACTION_PLAN_EMPTY.value]
    assert panel.list.item(1).text() == "Memverifikasi berkas"
    # reorder with Alt+Down, then undo
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert action_texts(ws) == ["Memverifikasi berkas", "Menghimpun berkas", "Mengirim usulan"]
    page.ops.undo_stack.undo()
    assert action_texts(ws)[0] == "Menghimpun berkas"
    # delete, undo, redo
    panel.list.setCurrentRow(2)
    panel.delete_selected()
    assert action_texts(ws) == ["Menghimpun berkas", "Memverifikasi berkas"]
    page.ops.undo_stack.undo()
    assert len(action_texts(ws)) == 3
    # undoing the add removes it; redo brings the same record back
    page.ops.undo_stack.undo()
    page.ops.undo_stack.undo()
    page.ops.undo_stack.undo()
    page.ops.undo_stack.undo()
    with ws.store.reading() as s:
        ids = {r.id: r.deleted for r in s.execute(select(ActionPlan)).scalars()}
    assert len(ids) == 3


# -- bukti dukung ----------------------------------------------------------------------------------


def make_file(folder: Path, name: str, size: int) -> Path:
    path = folder / name
    block = hashlib.sha256(name.encode()).digest() * 2048
    with path.open("wb") as fh:
        left = size
        while left:
            part = block[: min(left, len(block))]
            fh.write(part)
            left -= len(part)
    return path


def wait_attached(qtbot: QtBot, page: MonitoringPage) -> None:
    qtbot.waitUntil(lambda: not page.attaching(), timeout=20_000)


def drop(page: MonitoringPage, key: tuple[str, str], paths: list[Path]) -> None:
    index = page.model.index_of(key)
    page.view.scrollTo(index)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(page.view.visualRect(index).center())
    event = QDropEvent(
        pos, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    page.view.dropEvent(event)


def test_files_dropped_on_a_row_are_attached_listed_removed_and_restored(
    qtbot: QtBot, ws: Workspace, o: Office, tmp_path: Path
) -> None:
    page = open_page(qtbot, ws)
    source = make_file(tmp_path, "SK Kenaikan Pangkat.pdf", 3 * 1024 * 1024 + 5)
    drop(page, ("i", "i1"), [source])
    wait_attached(qtbot, page)
    (row,) = evidence_rows(ws)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert (row.result_id, row.indicator_id, row.periode, row.file_name, row.sha256) == (
        "r1",
        "i1",
        "TW2",
        source.name,
        digest,
    )
    assert blob_path(ws.store.attachments, digest).read_bytes() == source.read_bytes()
    # the list shows the file of the row the file was dropped on
    assert page.current_key() == ("i", "i1")
    panel = page.evidence
    assert panel.table.count() == 1 and panel.table.item(0).text().startswith(
        "SK Kenaikan Pangkat.pdf\n3.0 MB"
    )
    assert "Staf Satu" in panel.table.item(0).text()
    assert page.model.data(page.model.index_of(("i", "i1"), ProgressModel.EVIDENCE)) == "1"
    assert page.side.tabText(0) == "Bukti dukung (1)"
    assert page.ops.undo_stack.undoText() == "Attach SK Kenaikan Pangkat.pdf"
    # remove (a tombstone), undo, redo, restore from the removed ones
    panel.remove_selected()
    assert evidence_rows(ws)[0].deleted and panel.table.count() == 0
    page.ops.undo_stack.undo()
    assert not evidence_rows(ws)[0].deleted and panel.table.count() == 1
    page.ops.undo_stack.redo()
    assert evidence_rows(ws)[0].deleted
    panel.show_removed.setChecked(True)
    assert panel.table.count() == 1 and "(removed)" in panel.table.item(0).text()
    assert panel.restore_button.isEnabled() and not panel.remove_button.isEnabled()
    panel.restore_selected()
    assert not evidence_rows(ws)[0].deleted
    assert blob_path(ws.store.attachments, digest).is_file()  # never a lost file
    # the RHK row lists the files of its IKI too
    page.view.setCurrentIndex(page.model.index_of(("r", "r1")))
    assert panel.table.count() == 1 and "IKI 1" in panel.table.item(0).text()


def test_attach_button_and_bad_files(
    qtbot: QtBot, ws: Workspace, o: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, ws)
    page.view.setCurrentIndex(page.model.index_of(("r", "r2")))
    good = make_file(tmp_path, "laporan.docx", 20_000)
    chosen: list[list[str]] = [[str(good)]]
    monkeypatch.setattr(common, "ask_open_files", lambda *a, **k: chosen.pop())
    page.evidence.attach_button.click()
    wait_attached(qtbot, page)
    assert [(r.file_name, r.result_id, r.indicator_id) for r in evidence_rows(ws)] == [
        ("laporan.docx", "r2", None)
    ]
    assert page.evidence.limit_note.text() == "Up to 100.0 MB per file, set by your instansi."
    # a folder, a missing file: each refused with the service's words, nothing stored
    before = sorted(p for p in ws.store.attachments.rglob("*") if p.is_file())
    folder = tmp_path / "folder"
    folder.mkdir()
    page.attach_files([str(folder)], ("r", "r2"))
    wait_attached(qtbot, page)
    assert errors(page) == [Code.EVIDENCE_NOT_A_FILE.value]
    page.attach_files([str(tmp_path / "hilang.pdf")], ("r", "r2"))
    wait_attached(qtbot, page)
    assert errors(page) == [Code.EVIDENCE_UNREADABLE.value]
    # over the instansi's limit (a setting): refused, the limit said on screen
    ws.access.actor = Actor.workspace()
    changes = ws.settings.update({"evidence.max_size_mb": 1})
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    page.on_changes(changes)
    assert page.evidence.limit_note.text() == "Up to 1.0 MB per file, set by your instansi."
    big = make_file(tmp_path, "video.mp4", 1024 * 1024 + 1)
    small = make_file(tmp_path, "foto.jpg", 5000)
    page.attach_files([str(big), str(small)], ("r", "r2"))
    wait_attached(qtbot, page)
    assert errors(page) == [Code.EVIDENCE_TOO_LARGE.value]
    assert sorted(r.file_name for r in evidence_rows(ws)) == [
        "foto.jpg",
        "laporan.docx",
    ]  # the good one went in
    after = sorted(p for p in ws.store.attachments.rglob("*") if p.is_file())
    assert len(after) == len(before) + 1


def test_a_long_attach_can_be_cancelled(qtbot: QtBot, ws: Workspace, o: Office, tmp_path: Path) -> None:
    page = open_page(qtbot, ws)
    big = make_file(tmp_path, "rekaman.mp4", 48 * 1024 * 1024)
    before = len(ws.ops())
    assert page.attach_files([str(big)], ("r", "r1"))
    assert not page.attach_files([str(big)], ("r", "r1"))  # one attach at a time
    dialog = page.attacher.dialog
    assert dialog is not None and dialog.labelText() == "Storing rekaman.mp4…"
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    wait_attached(qtbot, page)
    assert evidence_rows(ws) == [] and len(ws.ops()) == before
    assert [p for p in ws.store.attachments.rglob("*") if p.is_file()] == []  # no leftover
    assert errors(page) == []  # a cancel is never an error


def png(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f7a8c"))
    assert image.save(str(path), "PNG")
    return path


def pdf(path: Path, pages: int) -> Path:
    from reportlab.pdfgen import canvas

    drawing = canvas.Canvas(str(path))
    for n in range(pages):
        drawing.drawString(72, 720, f"Bukti dukung halaman {n + 1}")
        drawing.showPage()
    drawing.save()
    return path


def test_images_and_pdfs_are_previewed_other_files_opened(
    qtbot: QtBot, ws: Workspace, o: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = open_page(qtbot, ws)
    files = [
        png(tmp_path / "foto kegiatan.png", 1600, 900),
        pdf(tmp_path / "SK.pdf", 3),
        make_file(tmp_path, "rekap.csv", 300),
        make_file(tmp_path, "rusak.pdf", 300),  # named .pdf, not a PDF
    ]
    page.attach_files([str(f) for f in files], ("r", "r3"))
    wait_attached(qtbot, page)
    assert page.ops.undo_stack.undoText() == "Attach 4 files"
    panel = page.evidence
    names = {panel.rows[n].file_name: n for n in range(len(panel.rows))}
    assert set(names) == {f.name for f in files}

    def preview(name: str) -> None:
        panel.table.setCurrentRow(names[name])
        qtbot.waitUntil(lambda: not panel.preview_busy(), timeout=10_000)

    preview("foto kegiatan.png")
    picture = panel.preview.pixmap()
    assert not picture.isNull() and picture.width() <= panel.preview.width()
    assert abs(picture.width() / picture.height() - 16 / 9) < 0.05  # scaled in proportion
    preview("SK.pdf")
    assert not panel.preview.pixmap().isNull() and "First page of 3 pages." in panel.preview_caption.text()
    preview("rekap.csv")
    assert "No preview for this type: open it with the system viewer." in panel.preview_caption.text()
    preview("rusak.pdf")
    assert panel.preview.text() == "This file cannot be read as a PDF, so there is no preview."
    # Open: the stored file is checked, copied under its own name, given to the system viewer
    opened: list[QUrl] = []
    monkeypatch.setattr(EvidencePanel, "open_url", staticmethod(lambda url: opened.append(url) or True))
    panel.table.setCurrentRow(names["SK.pdf"])
    assert panel.open_selected()
    qtbot.waitUntil(lambda: not panel.opening(), timeout=10_000)
    (url,) = opened
    copy = Path(url.toLocalFile())
    assert copy.name == "SK.pdf" and copy.read_bytes() == files[1].read_bytes()
    # a stored file changed on disk is caught by its sha256
    record = next(r for r in evidence_rows(ws) if r.file_name == "rekap.csv")
    stored = blob_path(ws.store.attachments, record.sha256)
    stored.chmod(0o644)
    stored.write_bytes(b"changed")
    panel.table.setCurrentRow(names["rekap.csv"])
    panel.open_selected()
    qtbot.waitUntil(lambda: not panel.opening(), timeout=10_000)
    assert errors(page) == [Code.EVIDENCE_DAMAGED.value] and len(opened) == 1


# -- the e-Kinerja import --------------------------------------------------------------------------

HEADER = (
    "Rencana Aksi",
    "Tanggal (YYYY-MM-DD)",
    "Jam Mulai (HH:MM)",
    "Jam Selesai (HH:MM)",
    "Kegiatan Harian",
    "Realisasi (integer)",
    "Satuan",
    "Bukti Dukung (link, optional)",
)


def sheet(path: Path, rows: list[tuple[object, ...]]) -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(list(HEADER))
    for row in rows:
        ws.append(list(row))
    book.save(path)
    return path


def test_import_previews_then_writes_in_one_go(
    qtbot: QtBot, ws: Workspace, o: Office, tmp_path: Path
) -> None:
    page = open_page(qtbot, ws)
    iki = "Jumlah usulan kenaikan pangkat yang diselesaikan"
    path = sheet(
        tmp_path / "harian.xlsx",
        [
            (iki, "2026-04-06", "08:00", "10:00", "Menghimpun berkas", 2, "dokumen", ""),
            (iki, "2026-05-04", "08:00", "10:00", "Memverifikasi berkas", 3, "dokumen", ""),
            ("Menghadiri upacara", "2026-05-06", "08:00", "09:00", "Upacara", 1, "", ""),
            (iki, "besok", "08:00", "09:00", "Tanggal salah", 1, "", ""),
            (iki, "2026-02-10", "08:00", "09:00", "Triwulan I yang terkunci", 1, "", ""),
        ],
    )
    type_into(qtbot, page, ("i", "i3"), REALISASI, "1")  # an undo step the import makes stale
    assert page.ops.undo_stack.count() == 1
    dialog = page.open_import()
    qtbot.addWidget(dialog)
    assert page.plan is not None and dialog.nip.text() == page.plan.nip  # whose rows: the plan's owner
    assert not dialog.apply_button.isEnabled()
    dialog.path.setText(str(path))
    assert dialog.preview()
    qtbot.waitUntil(lambda: not dialog.reading(), timeout=20_000)
    assert dialog.report is not None and dialog.apply_button.isEnabled()
    assert "5 rows. 2 rows give 1 realisasi to record; 3 rows are skipped." in dialog.summary.text()
    assert dialog.items.rowCount() == 1
    assert [dialog.items.item(0, c).text() for c in range(4)] == [
        "Staf Satu",
        "Quarter II (TW2)",
        iki,
        "5 dokumen",
    ]
    skipped = {dialog.skipped.item(r, 0).text(): dialog.skipped.item(r, 3).text() for r in range(3)}
    assert skipped == {
        "4": "names no RHK, IKI or rencana aksi of the plan",
        "5": "the Tanggal is not a date",
        "6": "the period is locked",  # TW1 locked by itself when the page opened
    }
    assert dialog.tabs.tabText(1) == "Skipped (3)"
    assert live_progress(ws) == {"i3": "1"}  # a preview writes nothing
    assert dialog.apply()
    assert [(*r[:4], r[6]) for r in progress_rows(ws)] == [
        ("i1", None, "TW2", "5", "e-kinerja"),
        ("i3", None, "TW2", "1", ""),
    ]
    assert page.model.cell(("i", "i1")) is not None and page.ops.undo_stack.count() == 0
    with ws.store.reading() as s:
        assert s.execute(select(AuditLog.action).where(AuditLog.action == "progress.import")).scalar()


def test_a_bad_import_file_says_why(qtbot: QtBot, ws: Workspace, o: Office, tmp_path: Path) -> None:
    page = open_page(qtbot, ws)
    dialog = page.open_import()
    qtbot.addWidget(dialog)
    assert not dialog.preview() and "Choose the .xlsx file first." in dialog.summary.text()
    fake = tmp_path / "bukan.xlsx"
    fake.write_text("bukan excel")
    dialog.path.setText(str(fake))
    dialog.preview()
    qtbot.waitUntil(lambda: not dialog.reading(), timeout=20_000)
    assert "is not an Excel workbook" in dialog.summary.text() or "xlsx" in dialog.summary.text()
    assert dialog.report is None and not dialog.apply_button.isEnabled() and not dialog.apply()
    wrong = tmp_path / "kolom.xlsx"
    book = Workbook()
    assert book.active is not None
    book.active.append(["Nama", "Nilai"])
    book.active.append(["x", 1])
    book.save(wrong)
    dialog.path.setText(str(wrong))
    dialog.preview()
    qtbot.waitUntil(lambda: not dialog.reading(), timeout=20_000)
    assert "Rencana Aksi" in dialog.summary.text() and not dialog.apply_button.isEnabled()


# -- period locks ----------------------------------------------------------------------------------


def test_the_pengelola_locks_and_reopens_a_period(
    qtbot: QtBot, ws: Workspace, o: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws.sign_in(o.pengelola, Role.PENGELOLA, today=TODAY)
    page = open_page(qtbot, ws)
    assert page.plans and page.may_manage_periods() and page.lock_button.isVisible()
    assert page.plan_box.choose(o.plan) and page.periode == "TW2"
    assert page.lock_button.text() == "Lock period…"
    asked: list[tuple[str, bool]] = []
    answers = ["Rekap triwulan II selesai", None, "Ada isian yang tertinggal"]

    def ask(_parent: object, _title: str, prompt: str, **kwargs: object) -> str | None:
        asked.append((prompt, bool(kwargs.get("required"))))
        return answers.pop(0)

    monkeypatch.setattr(common, "ask_text", ask)
    page.lock_button.click()
    with ws.store.reading() as s:
        lock = s.execute(select(PeriodLock).where(PeriodLock.periode == "TW2")).scalar_one()
    assert (
        lock.locked
        and lock.reason == "Rekap triwulan II selesai"
        and lock.changed_by_employee_id == o.pengelola
    )
    assert asked[0][0].startswith("Lock Quarter II (TW2) 2026?") and not asked[0][1]
    assert page.table is not None and page.table.locked and not page.model.writable
    assert "Locked by Pengelola on 10 May 2026: Rekap triwulan II selesai" in page.banner.text.text()
    assert "Reopen it with" in page.banner.text.text() and page.lock_button.text() == "Reopen period…"
    # reopening asks a reason (required); cancelled: nothing changes
    page.lock_button.click()
    assert asked[1][1] and page.table.locked
    page.lock_button.click()
    assert page.table is not None and not page.table.locked and page.model.writable
    with ws.store.reading() as s:
        actions = list(s.execute(select(AuditLog.action).where(AuditLog.action.like("period.%"))).scalars())
    assert actions == ["period.auto-lock", "period.lock", "period.reopen"]
    # the periods tab shows who, when and why
    page.tabs.setCurrentWidget(page.periods_panel)
    panel = page.periods_panel
    tw2 = next(n for n, r in enumerate(panel.rows) if r.code == "TW2")
    state = panel.table.item(tw2, 4)
    assert state is not None and state.text() == "Reopened"
    panel.select("TW2")
    assert (
        panel.detail.text()
        == "Quarter II (TW2): Reopened by Pengelola on 10 May 2026: Ada isian yang tertinggal"
    )
    first = panel.table.item(0, 4)
    assert first is not None and first.text() == "Locked (deadline passed)"
    assert first.toolTip() == "Locked by itself on 10 May 2026, after 15 Apr 2026"
    panel.select("TW3")
    assert panel.lock_button.isEnabled() and not panel.reopen_button.isEnabled()
    # a staff member sees no lock button
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    page = open_page(qtbot, ws)
    assert not page.lock_button.isVisible()
    page.tabs.setCurrentWidget(page.periods_panel)
    assert not page.periods_panel.lock_button.isVisible()


def test_the_pengelola_chooses_how_often_the_year_is_evaluated(
    qtbot: QtBot, ws: Workspace, o: Office
) -> None:
    ws.monitoring.set_progress("TW2", indicator_id="i3", realisasi="2")  # a monthly year has no TW2
    ws.sign_in(o.pengelola, Role.PENGELOLA, today=TODAY)
    page = open_page(qtbot, ws)
    assert page.plan_box.choose(o.plan)
    page.tabs.setCurrentWidget(page.periods_panel)
    panel = page.periods_panel
    assert panel.frequency.isEnabled() and panel.frequency.currentData() == "triwulan"
    before = op_count(ws)
    panel.frequency.setCurrentIndex(panel.frequency.findData("bulanan"))
    panel.frequency.activated.emit(panel.frequency.currentIndex())  # refused: TW1 holds realisasi
    assert errors(page) == ["PERIOD-FREQ-USED"]
    assert op_count(ws) == before and panel.frequency.currentData() == "triwulan"
    assert [r.code for r in panel.rows][:2] == ["TW1", "TW2"]
    assert page.set_frequency("triwulan")  # the same choice: nothing to do
    # a staff member sees the choice but cannot change it
    ws.sign_in(o.staff, Role.PEGAWAI, today=TODAY)
    page = open_page(qtbot, ws)
    page.tabs.setCurrentWidget(page.periods_panel)
    assert not page.periods_panel.frequency.isEnabled()


def test_a_year_without_realisasi_changes_its_frequency_from_the_periods_tab(
    qtbot: QtBot, tmp_path: Path
) -> None:
    with Workspace.open(tmp_path / "fresh", actor=Actor.workspace()) as fresh:
        office_ = office(fresh)
        fresh.sign_in(office_.pengelola, Role.PENGELOLA, today=TODAY)
        page = open_page(qtbot, fresh)
        assert page.plan_box.choose(office_.plan)
        page.tabs.setCurrentWidget(page.periods_panel)
        panel = page.periods_panel
        panel.frequency.setCurrentIndex(panel.frequency.findData("semester"))
        panel.frequency.activated.emit(panel.frequency.currentIndex())
        with fresh.store.reading() as s:
            stored = s.execute(
                select(Period.evaluation_frequency).where(Period.id == office_.period)
            ).scalar()
        assert stored == "semester"
        page.tabs.setCurrentWidget(page.periods_panel)
        assert [r.code for r in page.periods_panel.rows] == ["SEMESTER-1", "SEMESTER-2", "AKHIR"]


# -- the demo workspace ----------------------------------------------------------------------------


@pytest.fixture
def demo(demo_folder: Path, tmp_path: Path) -> Iterator[Workspace]:
    folder = tmp_path / "demo"
    shutil.copytree(demo_folder, folder)  # the first visit locks overdue periods: a copy
    with Workspace.open(folder, actor=Actor.workspace()) as workspace:
        yield workspace


def test_the_page_loads_on_the_demo_workspace(qtbot: QtBot, demo: Workspace) -> None:
    page = open_page(qtbot, demo)  # the workspace administrator: every plan of the instansi
    assert len(page.plans) > 100 and page.plan is not None
    page.tabs.setCurrentWidget(page.periods_panel)
    assert page.periods_panel.table.rowCount() == 5
    with demo.store.reading() as s:
        evidence = s.execute(select(Evidence).where(Evidence.indicator_id.is_(None)).limit(1)).scalar_one()
        owner_plan = s.execute(
            select(WorkResult.plan_id).where(WorkResult.id == evidence.result_id)
        ).scalar_one()
    assert page.choose_plan(owner_plan)
    page.choose_periode(evidence.periode)
    page.tabs.setCurrentIndex(0)
    page.view.setCurrentIndex(page.model.index_of(("r", evidence.result_id)))
    assert evidence.file_name in [r.file_name for r in page.evidence.rows]
    assert page.model.rowCount() > 0 and page.feedback is not None
    assert page.tabs.count() == 3


def test_enter_starts_typing_in_the_realisasi_cell(qtbot: QtBot, ws: Workspace, o: Office) -> None:
    page = open_page(qtbot, ws)
    page.view.setCurrentIndex(page.model.index_of(("i", "i3"), REALISASI))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    editor = page.view.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor, "3")
    with qtbot.waitSignal(page.sig_cell_edited, timeout=10_000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert live_progress(ws) == {"i3": "3"}
