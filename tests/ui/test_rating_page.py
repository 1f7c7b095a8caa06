"""The Rating area on screen (issue 7 item 4): the penilai rates through the widgets and the
predikat follows the matrix in all nine cells, AKHIR shows the periodic ratings as evidence,
finalise asks and reopen undoes, the JPT takes the predikat organisasi, the curve warns, keberatan
is filed and decided through the UI, the refusals are shown with nothing written, and a task on
Beranda opens the plan (and period)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.predikat import PREDIKAT_MATRIX, Predikat, PredikatOrganisasi, Rating, label
from skpdesk.domain.roles import Role
from skpdesk.messages import install_translator, message_for
from skpdesk.services.access import Actor
from skpdesk.services.rating import BASIS_ORG_PREDIKAT
from skpdesk.services.workspace import Workspace
from skpdesk.ui.errors import ErrorDialog
from skpdesk.ui.ops import Ops
from skpdesk.ui.rating.dialogs import DecideKeberatanDialog, FileKeberatanDialog, OrgPredikatDialog
from skpdesk.ui.rating.model import SHOW_DUE, RatingListModel
from skpdesk.ui.rating.page import RatingPage
from tests.services.test_rating_rules import Office, as_, build_office

TW1_RATED = dt.date(2025, 4, 7)
AFTER_YEAR = dt.date(2026, 1, 10)


@pytest.fixture(autouse=True)
def english(qapp: object, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """English source text; error dialogs shown without blocking."""
    monkeypatch.setattr(sys, "_skpdesk_no_modal", True, raising=False)
    install_translator("en")
    yield
    install_translator("id")


@pytest.fixture
def office(ws: Workspace) -> Office:
    return build_office(ws)


def open_page(qtbot: QtBot, ws: Workspace) -> RatingPage:
    page = RatingPage(Ops(ws))
    page.ops.window = page
    qtbot.addWidget(page)
    page.resize(1134, 720)
    page.show()
    page.refresh()
    settle(qtbot, page)
    return page


def settle(qtbot: QtBot, page: RatingPage) -> None:
    qtbot.waitUntil(lambda: not page.loading(), timeout=15_000)


def errors(page: RatingPage) -> list[str]:
    """The codes of the error dialogs shown (and closes them)."""
    found = [d for d in page.findChildren(ErrorDialog) if d.isVisible()]
    codes = [d.code.text().removeprefix("Code: ") for d in found]
    for dialog in found:
        dialog.close()
        dialog.deleteLater()
    return codes


def yes(page: RatingPage, monkeypatch: pytest.MonkeyPatch, answer: bool = True) -> list[str]:
    asked: list[str] = []

    def confirm(title: str, text_: str, ok: str) -> bool:
        asked.append(title)
        return answer

    monkeypatch.setattr(page, "confirm", confirm)
    return asked


def answer_dialogs(
    page: RatingPage, monkeypatch: pytest.MonkeyPatch, fill: Callable[[QDialog], None]
) -> list[QDialog]:
    shown: list[QDialog] = []

    def run(dialog: QDialog) -> bool:
        shown.append(dialog)
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "exec_dialog", run)
    return shown


def choose(page: RatingPage, hasil: Rating | None, perilaku: Rating) -> None:
    if hasil is not None:
        page.form.hasil.choose(hasil)
    page.form.perilaku.choose(perilaku)


def ops_count(ws: Workspace) -> int:
    return len(ws.ops())


# -- the list ----------------------------------------------------------------------------------------


def test_the_penilai_sees_the_plans_they_rate_and_what_is_left(
    qtbot: QtBot, ws: Workspace, office: Office
) -> None:
    as_(ws, office.kabid, Role.ATASAN, TW1_RATED)
    page = open_page(qtbot, ws)
    assert page.listing is not None and page.listing.year == 2025
    rows = {r.plan_id: r for r in page.model.rows}
    assert set(rows) == {office.staff_plan, office.colleague_plan, office.kabid_plan}
    assert rows[office.kabid_plan].relation == "own" and rows[office.staff_plan].relation == "penilai"
    assert rows[office.staff_plan].due == ("TW1",) and rows[office.colleague_plan].due == ()
    # the first plan with something to rate opens at that period
    assert (page.plan_id, page.periode) == (office.staff_plan, "TW1")
    assert "Staf Satu" in page.header.text() and "Kabid" in page.header.text()
    staff_row = page.model.row_of(office.staff_plan)
    tw1 = page.model.index(staff_row, page.model.column_of("TW1"))
    assert tw1.data() == "—" and "not rated" in tw1.data(3)  # ToolTipRole
    assert page.model.index(staff_row, page.model.todo_column).data() == "rate TW I"
    own = page.model.index(page.model.row_of(office.kabid_plan), RatingListModel.NAME).data()
    assert own == "Kabid (you)"
    page.show_box.setCurrentIndex(page.show_box.findData(SHOW_DUE))
    page.show_box.activated.emit(page.show_box.currentIndex())
    assert page.listed_plan_ids() == [office.staff_plan]
    page.show_box.setCurrentIndex(0)
    page.show_box.activated.emit(0)
    page.search.setText("dua")
    assert page.listed_plan_ids() == [office.colleague_plan]
    assert "1 of 3 plan(s) of 2025 shown" in page.count_label.text()


# -- rating through the widgets --------------------------------------------------------------------


def test_rating_all_nine_cells_shows_the_matrix_predikat_and_saves_it(
    qtbot: QtBot, ws: Workspace, office: Office
) -> None:
    as_(ws, office.kabid, Role.ATASAN, TW1_RATED)
    page = open_page(qtbot, ws)
    assert page.form.save_button.isEnabled() and page.form.predikat.text() == "—"
    assert page.save_draft() is False and "Choose the rating hasil kerja" in page.form.banner.text.text()
    assert ws.rating.assessments(office.staff_plan) == []
    for (hasil, perilaku), expected in PREDIKAT_MATRIX.items():
        choose(page, hasil, perilaku)
        # live, before saving: the predikat and the lit cell follow R-MATRIX
        assert page.form.predikat.text() == label(expected)
        assert page.form.matrix.chosen == (hasil, perilaku)
        page.form.note.setPlainText(f"catatan {hasil.value}/{perilaku.value}")
        assert page.save_draft()
        [row] = ws.rating.assessments(office.staff_plan)
        assert (row.rating_hasil_kerja, row.rating_perilaku, row.predikat) == (hasil, perilaku, expected)
        assert row.status == "draft" and row.note == f"catatan {hasil.value}/{perilaku.value}"
        assert row.assessed_by_employee_id == office.kabid
        # the form shows what was saved, not dirty
        assert not page.form.dirty and page.form.values() == (hasil, perilaku, row.note)
    settle(qtbot, page)
    cell = page.model.index(page.model.row_of(office.staff_plan), page.model.column_of("TW1"))
    assert cell.data() == "SK ✎"  # the last cell: di bawah / di bawah, a draft
    # a change of a draft is undoable: back to the cell before
    page.ops.undo_stack.undo()
    [row] = ws.rating.assessments(office.staff_plan)
    assert (row.rating_hasil_kerja, row.rating_perilaku) == (
        Rating.DI_BAWAH_EKSPEKTASI,
        Rating.SESUAI_EKSPEKTASI,
    )
    assert row.predikat is Predikat.BUTUH_PERBAIKAN
    assert page.form.predikat.text() == "Butuh Perbaikan"
    page.ops.undo_stack.redo()
    assert ws.rating.assessments(office.staff_plan)[0].predikat is Predikat.SANGAT_KURANG


def test_finalise_asks_first_and_reopen_makes_it_a_draft_again(
    qtbot: QtBot, ws: Workspace, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_(ws, office.kabid, Role.ATASAN, TW1_RATED)
    page = open_page(qtbot, ws)
    choose(page, Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI)
    asked = yes(page, monkeypatch, answer=False)
    before = ops_count(ws)
    assert page.finalise() is False and asked == ["Finalise the rating?"]
    assert ops_count(ws) == before and ws.rating.assessments(office.staff_plan) == []
    yes(page, monkeypatch)
    assert page.finalise()
    [row] = ws.rating.assessments(office.staff_plan)
    assert row.final and row.predikat is Predikat.SANGAT_BAIK
    # final: read-only; reopen is offered
    f = page.form
    assert not f.save_button.isEnabled() and not f.final_button.isEnabled()
    assert not f.hasil.buttons[Rating.SESUAI_EKSPEKTASI].isEnabled() and f.reopen_button.isEnabled()
    assert "This rating is final" in f.banner.text.text()
    assert "Final since 7 April 2025" in f.state.text()
    assert page.reopen()
    assert ws.rating.assessments(office.staff_plan)[0].status == "draft"
    assert f.save_button.isEnabled() and not f.reopen_button.isEnabled()
    page.ops.undo_stack.undo()  # the reopening undone: final again
    assert ws.rating.assessments(office.staff_plan)[0].final
    page.ops.undo_stack.redo()
    choose(page, Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI)
    assert page.finalise()
    [row] = ws.rating.assessments(office.staff_plan)
    assert row.final and row.predikat is Predikat.BAIK
    # undoing a finalisation reopens it with the earlier draft values
    page.ops.undo_stack.undo()
    [row] = ws.rating.assessments(office.staff_plan)
    assert row.status == "draft" and row.predikat is Predikat.SANGAT_BAIK


def test_the_first_rating_saved_draft_then_final_keeps_one_record(
    qtbot: QtBot, ws: Workspace, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_(ws, office.kabid, Role.ATASAN, TW1_RATED)
    page = open_page(qtbot, ws)
    yes(page, monkeypatch)
    choose(page, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI)
    assert page.save_draft()
    assert page.ops.undo_stack.count() == 0  # a first rating is not undoable (nothing removes it)
    assert page.finalise()
    assert len(ws.rating.assessments(office.staff_plan)) == 1
    settle(qtbot, page)
    cell = page.model.index(page.model.row_of(office.staff_plan), page.model.column_of("TW1"))
    assert cell.data() == "B"
    assert page.period_bar.tabText(0).endswith("✓")


# -- AKHIR and the JPT ---------------------------------------------------------------------------------


def test_akhir_shows_the_periodic_ratings_as_evidence_and_is_set_on_its_own(
    qtbot: QtBot, ws: Workspace, office: Office
) -> None:
    as_(ws, office.kabid, Role.ATASAN, AFTER_YEAR)
    for periode in ("TW1", "TW2", "TW3", "TW4"):
        ws.rating.rate(office.staff_plan, periode, "di-bawah", "sesuai", final=True)
    page = open_page(qtbot, ws)
    page.open_item(f"{office.staff_plan}#AKHIR")
    assert page.periode == "AKHIR"
    ev = page.evidence
    assert ev.tabs.indexOf(ev.periodic_page) == 0 and ev.tabs.currentWidget() is ev.periodic_page
    rows = [ev.periodic.topLevelItem(n) for n in range(ev.periodic.topLevelItemCount())]
    assert [(r.text(0), r.text(3), r.text(4)) for r in rows if r is not None] == [
        (f"Triwulan {n}", "Butuh Perbaikan", "final") for n in ("I", "II", "III", "IV")
    ]
    assert "never averaged" in ev.periodic_note.text()
    # nothing is filled in from the periods: the penilai sets the annual rating
    assert page.form.values() == (None, None, "")
    choose(page, Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI)
    assert page.save_draft()
    akhir = next(r for r in ws.rating.assessments(office.staff_plan) if r.periode == "AKHIR")
    assert akhir.predikat is Predikat.SANGAT_BAIK
    # a periodic period has no periodic tab; the progress columns are the period's own
    page.open_item(f"{office.staff_plan}#TW2")
    assert ev.tabs.indexOf(ev.periodic_page) < 0
    assert ev.progress.headerItem().text(2) == "Realisasi"
    page.open_item(f"{office.staff_plan}#AKHIR")
    assert [ev.progress.headerItem().text(c) for c in range(2, 6)] == ["TW I", "TW II", "TW III", "TW IV"]


def test_a_jpt_takes_the_predikat_organisasi_recorded_from_the_page(
    qtbot: QtBot, ws: Workspace, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_(ws, office.sekda, Role.ATASAN, AFTER_YEAR)
    page = open_page(qtbot, ws)
    page.open_item(f"{office.kepala_plan}#AKHIR")
    f = page.form
    assert page.ctx is not None and page.ctx.org_basis and page.ctx.org_predikat_missing
    what, _todo = message_for(SkpError(Code.RATE_NO_ORG_PREDIKAT, unit="Dinas A", year=2025, periode="AKHIR"))
    assert what in f.banner.text.text() and not f.save_button.isEnabled()
    assert "has not been set for 2025" in f.org_line.text()
    assert "No predikat kinerja organisasi has been set for Dinas A" in f.curve_text.text()
    # the sekda leads the unit above: records Dinas A's predikat organisasi here
    assert f.org_button.isVisible()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, OrgPredikatDialog)
        assert dialog.unit.currentData() == "u-a" and not dialog.ok.isEnabled()
        dialog.value.setCurrentIndex(dialog.value.findData(PredikatOrganisasi.ISTIMEWA.value))
        dialog.note.setPlainText("Capaian PK 105%")

    answer_dialogs(page, monkeypatch, fill)
    assert page.set_org_predikat()
    org = ws.rating.org_predikat("u-a", office.period, "AKHIR")
    assert org is not None and org.predikat is PredikatOrganisasi.ISTIMEWA and org.note == "Capaian PK 105%"
    # the rating hasil kerja follows it through the mapping, and cannot be changed here
    assert "Istimewa gives the rating hasil kerja Di Atas Ekspektasi" in f.org_line.text()
    assert "rating.organisasi_to_rating" in f.org_line.text()
    assert f.hasil.value() is Rating.DI_ATAS_EKSPEKTASI
    assert not f.hasil.buttons[Rating.SESUAI_EKSPEKTASI].isEnabled()
    assert f.perilaku.buttons[Rating.SESUAI_EKSPEKTASI].isEnabled() and f.save_button.isEnabled()
    choose(page, None, Rating.SESUAI_EKSPEKTASI)
    assert f.predikat.text() == "Baik"
    assert page.save_draft()
    [row] = ws.rating.assessments(office.kepala_plan)
    assert (row.basis, row.rating_hasil_kerja, row.predikat) == (
        BASIS_ORG_PREDIKAT,
        Rating.DI_ATAS_EKSPEKTASI,
        Predikat.BAIK,
    )


def test_the_curve_warns_and_never_blocks(
    qtbot: QtBot, ws: Workspace, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_(ws, office.kepala, Role.ATASAN, AFTER_YEAR)
    ws.rating.rate(office.kabid_plan, "AKHIR", "sesuai", "sesuai", final=True)
    as_(ws, office.staff, Role.ATASAN)
    ws.rating.rate(office.operator_plan, "AKHIR", "sesuai", "sesuai", final=True)
    as_(ws, office.kepala, Role.ATASAN)
    ws.rating.set_org_predikat("u-a", office.period, "AKHIR", "baik", set_by_employee_id=office.kepala)
    as_(ws, office.kabid, Role.ATASAN)
    page = open_page(qtbot, ws)
    page.open_item(f"{office.staff_plan}#AKHIR")
    f = page.form
    # the staff's unit (Bidang Umum) has no predikat of its own: Dinas A's applies
    assert f.curve_unit.currentData() == "u-a"
    assert [f.curve_unit.itemText(n) for n in range(f.curve_unit.count())] == [
        "Bidang Umum",
        "Dinas A",
        "Pemkab Uji",
    ]
    verdict = f.curve_text.text()
    assert "2 employee(s) with a final Annual (AKHIR) rating" in verdict
    assert "Does not fit the expected distribution for the predikat organisasi Baik (Dinas A)" in verdict
    assert "nothing is blocked" in verdict and "at least one employee rated Butuh Perbaikan" in verdict
    # a warning only: the rating that makes the unit fit is saved like any other
    yes(page, monkeypatch)
    choose(page, Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI)
    assert f.save_button.isEnabled() and page.finalise()
    verdict = f.curve_text.text()
    assert "3 employee(s)" in verdict and "Fits the expected distribution" in verdict
    assert "Baik 2 (67%)" in verdict and "Butuh Perbaikan 1 (33%)" in verdict
    # another unit of the chain: Pemkab Uji has no predikat organisasi itself and none above
    f.curve_unit.setCurrentIndex(2)
    f.curve_unit.activated.emit(2)
    assert "No predikat kinerja organisasi has been set for Pemkab Uji" in f.curve_text.text()


# -- keberatan -------------------------------------------------------------------------------------------


def test_keberatan_is_filed_by_the_pegawai_and_decided_by_the_atasan_of_the_penilai(
    qtbot: QtBot, ws: Workspace, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_(ws, office.kabid, Role.ATASAN, TW1_RATED)
    assessment, _ = ws.rating.rate(office.staff_plan, "TW1", "sesuai", "di-bawah", final=True)
    as_(ws, office.staff, Role.PEGAWAI, TW1_RATED + dt.timedelta(days=3))
    page = open_page(qtbot, ws)
    assert [r.plan_id for r in page.model.rows] == [office.staff_plan]
    page.open_item(office.staff_plan)
    f = page.form
    assert page.periode == "TW1" and not f.save_button.isVisible()
    assert "your own plan" in f.banner.text.text()
    assert f.file_button.isEnabled() and "until 21 April 2025" in f.keberatan_note.text()

    def reasons(dialog: QDialog) -> None:
        assert isinstance(dialog, FileKeberatanDialog) and not dialog.ok.isEnabled()
        dialog.reasons.setPlainText("Bukti dukung TW1 belum dipertimbangkan")

    answer_dialogs(page, monkeypatch, reasons)
    assert page.file_keberatan()
    [k] = ws.rating.keberatan_history(office.staff_plan)
    assert k.pending and k.reasons == "Bukti dukung TW1 belum dipertimbangkan"
    assert not f.file_button.isEnabled() and "Waiting for the decision" in f.keberatan_text.text()
    # the atasan of the penilai sees it waiting, and decides
    as_(ws, office.kepala, Role.ATASAN, TW1_RATED + dt.timedelta(days=6))
    page = open_page(qtbot, ws)
    assert page.tabs.tabText(1) == "&Keberatan (1)"
    assert page.keberatan_tab.waiting.rowCount() == 1
    assert page.keberatan_tab.waiting.item(0, 0).text() == "Staf Satu"
    page.keberatan_tab.waiting.selectRow(0)
    page.keberatan_tab.open_button.click()
    assert page.plan_id == office.staff_plan and page.periode == "TW1"
    assert page.form.decide_button.isEnabled()

    def decide(dialog: QDialog) -> None:
        assert isinstance(dialog, DecideKeberatanDialog)
        assert not dialog.ok.isEnabled()
        dialog.accept_radio.setChecked(True)
        dialog.perilaku.choose(Rating.SESUAI_EKSPEKTASI)
        assert dialog.result_label.text() == "New predikat: Baik"
        dialog.note.setPlainText("Bukti lengkap, perilaku sesuai")

    answer_dialogs(page, monkeypatch, decide)
    assert page.decide_keberatan(k.id)
    [now] = ws.rating.assessments(office.staff_plan)
    assert now.id == assessment and now.predikat is Predikat.BAIK and now.final
    [k] = ws.rating.keberatan_history(office.staff_plan)
    assert k.decision == "diterima" and k.decider_employee_id == office.kepala
    history = page.form.keberatan_text.text()
    assert "filed on 10 April 2025 by Staf Satu" in history and "Bukti dukung TW1" in history
    assert "Accepted on 13 April 2025 by Kepala A" in history and "Bukti lengkap" in history
    assert "Kurang/Misconduct" in history  # the rating before, beside the new one
    assert page.tabs.tabText(1) == "&Keberatan"
    assert page.keberatan_tab.history.rowCount() == 1


def test_a_keberatan_after_fourteen_days_is_refused_with_the_reason(
    qtbot: QtBot, ws: Workspace, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_(ws, office.kabid, Role.ATASAN, TW1_RATED)
    ws.rating.rate(office.staff_plan, "TW1", "sesuai", "di-bawah", final=True)
    as_(ws, office.staff, Role.PEGAWAI, TW1_RATED + dt.timedelta(days=15))
    page = open_page(qtbot, ws)
    f = page.form
    assert not f.file_button.isEnabled()
    assert "The time for a keberatan has passed" in f.keberatan_note.text()
    assert "the last day was 21 April 2025" in f.keberatan_note.text()
    before = ops_count(ws)
    answer_dialogs(page, monkeypatch, lambda d: d.reasons.setPlainText("Terlambat"))  # type: ignore[attr-defined]
    assert page.file_keberatan() is False  # the service refuses: shown, the dialog stays open
    assert errors(page) == [Code.KEBERATAN_LATE.value]
    assert ops_count(ws) == before and ws.rating.keberatan_history(office.staff_plan) == []


# -- refusals ----------------------------------------------------------------------------------------


def test_a_plan_that_is_not_ditetapkan_is_not_rated(qtbot: QtBot, ws: Workspace, office: Office) -> None:
    as_(ws, office.kabid, Role.ATASAN, TW1_RATED)
    page = open_page(qtbot, ws)
    page.open_item(f"{office.colleague_plan}#TW1")
    f = page.form
    assert "has not been set (ditetapkan) yet" in f.banner.text.text()
    assert not f.save_button.isEnabled() and not f.hasil.buttons[Rating.SESUAI_EKSPEKTASI].isEnabled()
    before = ops_count(ws)
    choose(page, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI)  # even when forced
    assert page.save_draft() is False
    assert errors(page) == [Code.PLAN_NOT_SET.value]
    assert ops_count(ws) == before and ws.rating.assessments(office.colleague_plan) == []


def test_nobody_rates_their_own_plan(qtbot: QtBot, ws: Workspace, office: Office) -> None:
    as_(ws, office.staff, Role.ATASAN, dt.date(2025, 10, 7))  # the staff rates the operator
    page = open_page(qtbot, ws)
    assert {r.relation for r in page.model.rows} == {"penilai", "own"}
    page.open_item(f"{office.staff_plan}#TW1")
    f = page.form
    assert "This is your own plan" in f.banner.text.text() and not f.save_button.isVisible()
    before = ops_count(ws)
    choose(page, Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI)
    assert page.save_draft() is False
    assert errors(page) == [Code.RATE_OWN.value]
    assert ops_count(ws) == before and ws.rating.assessments(office.staff_plan) == []


def test_a_period_that_has_not_ended_is_not_rated(qtbot: QtBot, ws: Workspace, office: Office) -> None:
    as_(ws, office.kabid, Role.ATASAN, dt.date(2025, 3, 20))
    page = open_page(qtbot, ws)
    page.open_item(office.staff_plan)
    assert page.periode == "TW1"  # nothing has ended: the first period
    f = page.form
    assert "TW1 has not ended yet: it ends on 31 Maret 2025" in f.banner.text.text()
    assert "Rate it from 1 April 2025" in f.banner.text.text()
    assert not f.save_button.isEnabled()
    before = ops_count(ws)
    choose(page, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI)
    assert page.save_draft() is False
    assert errors(page) == [Code.PERIODE_NOT_ENDED.value]
    assert ops_count(ws) == before and ws.rating.assessments(office.staff_plan) == []


def test_someone_elses_plan_is_read_only(qtbot: QtBot, ws: Workspace, office: Office) -> None:
    as_(ws, office.pengelola, Role.PENGELOLA, TW1_RATED)
    page = open_page(qtbot, ws)
    # the pengelola's scope is Dinas A: its plans, read-only
    assert {r.plan_id for r in page.model.rows} >= {office.staff_plan, office.kabid_plan, office.kepala_plan}
    page.open_item(f"{office.staff_plan}#TW1")
    assert "Only the plan's pejabat penilai rates it" in page.form.banner.text.text()
    assert not page.form.save_button.isVisible() and not page.form.reopen_button.isVisible()
    choose(page, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI)
    assert page.save_draft() is False
    assert errors(page) == [Code.NOT_ALLOWED.value]
    assert ws.rating.assessments(office.staff_plan) == []


# -- navigation --------------------------------------------------------------------------------------


def test_open_item_takes_a_plan_and_a_period(qtbot: QtBot, ws: Workspace, office: Office) -> None:
    as_(ws, office.kabid, Role.ATASAN, dt.date(2025, 7, 10))
    ws.rating.rate(office.staff_plan, "TW1", "sesuai", "sesuai", final=True)
    page = open_page(qtbot, ws)
    page.open_item(office.staff_plan)
    assert (page.plan_id, page.periode) == (office.staff_plan, "TW2")  # the first one left to rate
    page.open_item(f"{office.staff_plan}#tw1")
    assert page.periode == "TW1" and page.period_bar.currentIndex() == 0
    assert page.form.values()[:2] == (Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI)
    selected = page.view.currentIndex()
    assert selected.isValid() and page.proxy.mapToSource(selected).row() == page.model.row_of(
        office.staff_plan
    )
    page.open_item(f"{office.staff_plan}#TW9")  # not a period of the plan: its default one
    assert page.periode == "TW2"
    page.open_item(f"{office.staff_plan}#TW1")
    page.open_item(office.staff_plan)  # a task names the plan: the period left to rate
    assert page.periode == "TW2"
    page.open_item("no-such-plan")
    assert errors(page) == [Code.RECORD_NOT_FOUND.value] and page.plan_id == office.staff_plan
    # the keyboard: the next period, the next plan
    page.next_period(1)
    assert page.periode == "TW3"
    page.next_plan(1)
    assert page.plan_id != office.staff_plan


def test_an_unsaved_rating_is_not_lost_by_moving_on(
    qtbot: QtBot, ws: Workspace, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_(ws, office.kabid, Role.ATASAN, dt.date(2025, 7, 10))
    page = open_page(qtbot, ws)
    page.open_item(f"{office.staff_plan}#TW1")
    choose(page, Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI)
    asked = yes(page, monkeypatch, answer=False)
    page.period_bar.setCurrentIndex(1)
    assert asked == ["Discard the unsaved rating?"] and page.periode == "TW1"
    assert page.period_bar.currentIndex() == 0 and page.form.dirty
    yes(page, monkeypatch, answer=True)
    page.period_bar.setCurrentIndex(1)
    assert page.periode == "TW2" and not page.form.dirty


# -- the demo workspace ------------------------------------------------------------------------------


@pytest.fixture
def demo(demo_folder: Path) -> Iterator[Workspace]:
    with Workspace.open(demo_folder, actor=Actor.workspace()) as ws:
        ws.access.clock = lambda: dt.date(2026, 3, 2)
        yield ws


def test_the_page_loads_on_the_demo(qtbot: QtBot, demo: Workspace) -> None:
    page = open_page(qtbot, demo)
    with demo.store.reading() as s:
        plans = s.execute(
            text("SELECT count(*) FROM plan pl JOIN period pe ON pe.id = pl.period_id WHERE pe.year = 2025")
        ).scalar_one()
        atasan = s.execute(
            text(
                """SELECT pl.penilai_employee_id FROM plan pl JOIN period pe ON pe.id = pl.period_id
                   WHERE pe.year = 2025 AND pl.penilai_employee_id IS NOT NULL
                   GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"""
            )
        ).scalar_one()
    # the workspace itself sees every plan of the year with ratings (2026 has no ended period yet)
    assert page.listing is not None and page.listing.year == 2025 and len(page.model.rows) == plans
    assert page.plan_id is not None and page.ctx is not None
    page.open_item(f"{page.plan_id}#AKHIR")
    assert page.evidence.periodic.topLevelItemCount() == 4
    assert page.form.curve_text.text()
    page.tabs.setCurrentWidget(page.summary_tab)
    table = page.summary_tab.table
    assert table.rowCount() > 1 and table.item(0, 0).text() == "Total"
    summary = page.summary_tab
    assert summary.periode.currentData() == "AKHIR" and summary.periode.count() == 5
    assert summary.periode.itemText(0) == "Quarter I (TW1)"
    # the demo sets the predikat organisasi of each OPD for the year's final evaluation
    assert any(table.item(r, 1).text() not in ("", "–") for r in range(1, table.rowCount()))
    summary.periode.setCurrentIndex(0)
    summary.periode.activated.emit(0)
    assert summary.periode.currentData() == "TW1"
    with demo.store.reading() as s:
        rated = s.execute(
            text(
                """SELECT count(*) FROM assessment a JOIN plan pl ON pl.id = a.plan_id
                   JOIN period pe ON pe.id = pl.period_id
                   WHERE pe.year = 2025 AND a.periode = 'TW1' AND a.status = 'final'"""
            )
        ).scalar_one()
    assert int(table.item(0, table.columnCount() - 1).text().replace(".", "")) == rated
    # another year: the summary follows the year chosen above, from its own default period
    page.year.setCurrentIndex(page.year.findData(2026))
    page.year.activated.emit(page.year.currentIndex())
    settle(qtbot, page)
    assert summary.periode.currentData() == "AKHIR"
    assert "No final ratings for 2026" in summary.empty.text.text()
    page.tabs.setCurrentIndex(0)
    # an atasan of the demo
    demo.sign_in(str(atasan), Role.ATASAN)
    page.ops.set_actor(demo.access.actor)
    settle(qtbot, page)
    assert page.listing.rows and all(r.relation in ("penilai", "own") for r in page.listing.rows)
    assert page.scope_line.text() == "The plans you rate as pejabat penilai, and your own."


def test_the_keyboard_rates_without_the_mouse(
    qtbot: QtBot, ws: Workspace, office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    as_(ws, office.kabid, Role.ATASAN, TW1_RATED)
    page = open_page(qtbot, ws)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=5_000)
    hasil = page.form.hasil.buttons
    hasil[Rating.DI_ATAS_EKSPEKTASI].setFocus()
    qtbot.keyClick(hasil[Rating.DI_ATAS_EKSPEKTASI], Qt.Key.Key_Space)
    qtbot.keyClick(hasil[Rating.DI_ATAS_EKSPEKTASI], Qt.Key.Key_Down)  # arrows move inside the trio
    assert page.form.hasil.value() is Rating.SESUAI_EKSPEKTASI
    page.form.perilaku.buttons[Rating.SESUAI_EKSPEKTASI].setFocus()
    qtbot.keyClick(page.form.perilaku.buttons[Rating.SESUAI_EKSPEKTASI], Qt.Key.Key_Space)
    assert page.form.predikat.text() == "Baik"
    qtbot.keyClick(page.form.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [row] = ws.rating.assessments(office.staff_plan)
    assert row.status == "draft" and row.predikat is Predikat.BAIK
    yes(page, monkeypatch)
    qtbot.keyClick(page.form.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ws.rating.assessments(office.staff_plan)[0].final
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert page.periode == "TW2"


def test_the_main_window_shows_this_page_for_the_area() -> None:
    from skpdesk.ui.main_window import page_class
    from skpdesk.ui.overview import OVERVIEW_PAGES

    assert page_class("penilaian") is RatingPage and RatingPage.key == "penilaian"
    assert "penilaian" not in OVERVIEW_PAGES  # the overview page it replaces is gone
