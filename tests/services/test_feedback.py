"""Umpan balik berkelanjutan and dialog kinerja (R-LIFECYCLE): the atasan's notes per RHK and per
BerAKHLAK value, 360° notes whose relation comes from the organisation, author-only edits with
tombstones, dialog records of the two parties, and every refusal (clear code, nothing written)."""

from __future__ import annotations

import datetime as dt

from skpdesk.domain.berakhlak import CoreValue
from skpdesk.domain.errors import Code
from skpdesk.domain.roles import Role
from skpdesk.services.workspace import Workspace
from tests.services.test_rating_rules import as_, as_workspace, at, build_office, refused

DAY = dt.date(2025, 7, 15)  # in TW3


def test_the_atasan_gives_feedback_per_rhk_and_per_value(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.kabid, Role.ATASAN, DAY)
    assert ws.feedback.relation_to(o.staff_plan) == "atasan"
    on_rhk, changes = ws.feedback.give_feedback(o.staff_plan, "  Laporan TW2 lengkap  ", result_id=o.rhk[1])
    assert changes
    on_value, _ = ws.feedback.give_feedback(
        o.staff_plan, "Selalu jujur", core_value="akuntabel", periode="tw1"
    )
    view = ws.feedback.feedback_for(o.staff_plan)
    assert [r.result_id for r in view.results] == list(o.rhk)
    assert view.results[0].notes == ()
    [note] = view.results[1].notes
    assert (note.id, note.text, note.relation, note.periode) == (
        on_rhk,
        "Laporan TW2 lengkap",
        "atasan",
        "TW3",
    )
    assert note.given_on == DAY and note.author_employee_id == o.kabid and note.author_name == "Kabid"
    assert note.editable
    assert [v.core_value for v in view.values] == list(CoreValue)
    values = {v.core_value: v.notes for v in view.values}
    assert [n.id for n in values[CoreValue.AKUNTABEL]] == [on_value]
    assert values[CoreValue.AKUNTABEL][0].periode == "TW1"
    assert view.peers == () and view.general == () and view.count == 2
    # one period's notes, or the whole year's for AKHIR
    assert ws.feedback.feedback_for(o.staff_plan, "TW1").count == 1
    assert ws.feedback.feedback_for(o.staff_plan, "TW3").count == 1
    assert ws.feedback.feedback_for(o.staff_plan, "AKHIR").count == 2
    refused(ws, Code.PERIODE_UNKNOWN, ws.feedback.feedback_for, o.staff_plan, "TW9")
    # the pegawai reads them, but may not edit them
    as_(ws, o.staff, Role.PEGAWAI)
    assert not ws.feedback.feedback_for(o.staff_plan).results[1].notes[0].editable


def test_360_relations_come_from_the_organisation(ws: Workspace) -> None:
    o = build_office(ws)
    cases = [
        (o.colleague, Role.PEGAWAI, "rekan"),  # under the same atasan position
        (o.operator, Role.PEGAWAI, "bawahan"),  # their atasan is the plan's jabatan
        (o.kepala, Role.ATASAN, "lainnya"),  # a leader higher up the atasan chain
    ]
    for who, role, relation in cases:
        as_(ws, who, role, DAY)
        assert ws.feedback.relation_to(o.staff_plan) == relation
        ws.feedback.give_feedback(o.staff_plan, f"Catatan dari {relation}")
    peers = ws.feedback.feedback_for(o.staff_plan).peers
    assert [(n.relation, n.text) for n in peers] == [(r, f"Catatan dari {r}") for _w, _r, r in cases]
    # a 360° note may be about an RHK or a value too; it stays in the 360° group
    as_(ws, o.colleague, Role.PEGAWAI)
    ws.feedback.give_feedback(o.staff_plan, "Kolaborasi baik", core_value="kolaboratif")
    view = ws.feedback.feedback_for(o.staff_plan)
    assert len(view.peers) == 4 and all(v.notes == () for v in view.values)

    # nobody else: another OPD, a pengelola beside the chain, oneself, the workspace itself
    for who in (o.loner, o.pengelola):
        as_(ws, who, Role.PEGAWAI)
        assert ws.feedback.relation_to(o.staff_plan) is None
        err = refused(ws, Code.FEEDBACK_NO_RELATION, ws.feedback.give_feedback, o.staff_plan, "Bagus")
        assert err.params["name"] == "Staf Satu"
    as_(ws, o.staff, Role.PEGAWAI)
    assert ws.feedback.relation_to(o.staff_plan) is None
    refused(ws, Code.FEEDBACK_OWN_PLAN, ws.feedback.give_feedback, o.staff_plan, "Saya hebat")
    as_workspace(ws)
    refused(ws, Code.NO_USER, ws.feedback.give_feedback, o.staff_plan, "Dari sistem", result_id=o.rhk[0])
    assert ws.feedback.feedback_for(o.staff_plan).count == 4


def test_bad_feedback_is_refused(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.kabid, Role.ATASAN, DAY)
    give = ws.feedback.give_feedback
    # the atasan's note sits in a cell per RHK or per value (R-FORM-EVALUASI)
    assert refused(ws, Code.FEEDBACK_TARGET, give, o.staff_plan, "Umum").params["reason"] == "none"
    err = refused(ws, Code.FEEDBACK_TARGET, give, o.staff_plan, "Dua", result_id=o.rhk[0], core_value="loyal")
    assert err.params["reason"] == "both"
    err = refused(ws, Code.FEEDBACK_TARGET, give, o.staff_plan, "Lain", result_id=o.kabid_rhk)
    assert err.params["reason"] == "other-plan"
    refused(ws, Code.FEEDBACK_TARGET, give, o.staff_plan, "Hilang", result_id="no-such-rhk")
    refused(ws, Code.UNKNOWN_VALUE, give, o.staff_plan, "Nilai", core_value="rajin")
    refused(ws, Code.FEEDBACK_EMPTY, give, o.staff_plan, "   ", result_id=o.rhk[0])
    refused(ws, Code.PERIODE_UNKNOWN, give, o.staff_plan, "Nanti", result_id=o.rhk[0], periode="TW9")
    refused(ws, Code.PLAN_NOT_SET, give, o.colleague_plan, "Draf", result_id="r-c1")
    refused(ws, Code.RECORD_NOT_FOUND, give, "no-plan", "Hilang")
    # the operator's plan starts on 1 July: TW1 is outside it
    as_(ws, o.staff, Role.ATASAN)
    refused(ws, Code.PERIODE_OUTSIDE_PLAN, give, o.operator_plan, "Awal", result_id="r-o1", periode="TW1")
    # the penilai signed in as pegawai may not write as atasan
    as_(ws, o.kabid, Role.PEGAWAI)
    refused(ws, Code.NOT_ALLOWED, give, o.staff_plan, "Sebagai pegawai", result_id=o.rhk[0])
    as_(ws, o.kabid, Role.ATASAN)
    assert ws.feedback.feedback_for(o.staff_plan).count == 0


def test_feedback_periode_follows_the_day_it_is_written(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.staff, Role.ATASAN, dt.date(2025, 3, 1))  # before the operator's plan starts
    ws.feedback.give_feedback(o.operator_plan, "Persiapan", result_id="r-o1")
    at(ws, dt.date(2026, 1, 5))  # after it ended
    ws.feedback.give_feedback(o.operator_plan, "Penutup", result_id="r-o1")
    notes = ws.feedback.feedback_for(o.operator_plan).results[0].notes
    assert [(n.text, n.periode) for n in notes] == [("Persiapan", "TW3"), ("Penutup", "AKHIR")]
    assert [n.text for n in ws.feedback.feedback_for(o.operator_plan, "TW3").results[0].notes] == [
        "Persiapan"
    ]


def test_only_the_author_edits_deletes_and_restores_a_note(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.colleague, Role.PEGAWAI, DAY)
    note, _ = ws.feedback.give_feedback(o.staff_plan, "Rapi")
    ws.feedback.update_feedback(note, "  Rapi dan teliti ")
    assert ws.feedback.feedback_for(o.staff_plan).peers[0].text == "Rapi dan teliti"
    refused(ws, Code.FEEDBACK_EMPTY, ws.feedback.update_feedback, note, " ")
    for who, role in ((o.kabid, Role.ATASAN), (o.staff, Role.PEGAWAI)):
        as_(ws, who, role)
        refused(ws, Code.NOT_OWN_RECORD, ws.feedback.update_feedback, note, "Diubah orang lain")
        refused(ws, Code.NOT_OWN_RECORD, ws.feedback.delete_feedback, note)
    as_(ws, o.colleague, Role.PEGAWAI)
    ws.feedback.delete_feedback(note)
    assert ws.feedback.feedback_for(o.staff_plan).count == 0
    refused(ws, Code.RECORD_NOT_FOUND, ws.feedback.update_feedback, note, "Sudah dihapus")
    as_(ws, o.kabid, Role.ATASAN)
    refused(ws, Code.NOT_OWN_RECORD, ws.feedback.restore_feedback, note)  # rolled back
    assert ws.feedback.feedback_for(o.staff_plan).count == 0
    as_(ws, o.colleague, Role.PEGAWAI)
    ws.feedback.restore_feedback(note)
    [back] = ws.feedback.feedback_for(o.staff_plan).peers
    assert (back.id, back.text, back.editable) == (note, "Rapi dan teliti", True)


def test_the_feedback_of_a_deleted_rhk_stays_visible(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.kabid, Role.ATASAN, DAY)
    ws.feedback.give_feedback(o.staff_plan, "Catatan", result_id=o.rhk[0])
    as_(ws, o.staff, Role.PEGAWAI)
    ws.drafting.delete_result(o.rhk[1])  # an RHK without notes: gone from the list
    ws.drafting.delete_result(o.rhk[0])
    results = ws.feedback.feedback_for(o.staff_plan).results
    assert [(r.result_id, r.deleted, len(r.notes)) for r in results] == [(o.rhk[0], True, 1)]


def test_dialog_kinerja_is_recorded_by_the_two_parties(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.staff, Role.PEGAWAI, DAY)
    first, _ = ws.feedback.add_dialog(
        o.staff_plan, dt.date(2025, 7, 1), " Kendala data ", follow_up="Minta akses SIMPEG", status="berjalan"
    )
    as_(ws, o.kabid, Role.ATASAN)
    second, _ = ws.feedback.add_dialog(o.staff_plan, dt.date(2025, 8, 1), "Tinjauan TW3")  # planned
    rows = ws.feedback.dialogs(o.staff_plan)
    assert [(d.id, d.topic, d.status) for d in rows] == [
        (first, "Kendala data", "berjalan"),
        (second, "Tinjauan TW3", "direncanakan"),
    ]
    assert rows[0].recorded_by_name == "Staf Satu" and not rows[0].editable and rows[1].editable
    # either party moves the follow-up on; only the recorder changes the content
    ws.feedback.set_dialog_status(first, "selesai")
    refused(ws, Code.NOT_OWN_RECORD, ws.feedback.update_dialog, first, topic="Diubah atasan")
    refused(ws, Code.NOT_OWN_RECORD, ws.feedback.delete_dialog, first)
    ws.feedback.update_dialog(second, held_on=dt.date(2025, 8, 5), note="Ruang rapat")
    refused(ws, Code.DIALOG_DATE, ws.feedback.set_dialog_status, second, "selesai")  # not held yet
    refused(ws, Code.UNKNOWN_VALUE, ws.feedback.set_dialog_status, second, "batal")
    refused(ws, Code.UNKNOWN_VALUE, ws.feedback.update_dialog, second, status="selesai")
    refused(ws, Code.DIALOG_EMPTY, ws.feedback.update_dialog, second, topic="  ")
    rows = ws.feedback.dialogs(o.staff_plan)
    assert [(d.status, d.held_on, d.note) for d in rows] == [
        ("selesai", dt.date(2025, 7, 1), ""),
        ("direncanakan", dt.date(2025, 8, 5), "Ruang rapat"),
    ]
    ws.feedback.delete_dialog(second)
    assert [d.id for d in ws.feedback.dialogs(o.staff_plan)] == [first]
    as_(ws, o.staff, Role.PEGAWAI)
    refused(ws, Code.NOT_OWN_RECORD, ws.feedback.restore_dialog, second)
    as_(ws, o.kabid, Role.ATASAN)
    ws.feedback.restore_dialog(second)
    assert len(ws.feedback.dialogs(o.staff_plan)) == 2


def test_bad_dialogs_are_refused(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.staff, Role.PEGAWAI, DAY)
    add = ws.feedback.add_dialog
    refused(ws, Code.DIALOG_EMPTY, add, o.staff_plan, DAY, " ")
    refused(ws, Code.UNKNOWN_VALUE, add, o.staff_plan, DAY, "Topik", status="ditunda")
    err = refused(ws, Code.DIALOG_DATE, add, o.staff_plan, dt.date(2025, 7, 16), "Besok", status="selesai")
    assert err.params["held_on"] == "16 Juli 2025"
    refused(ws, Code.RECORD_INVALID, add, o.staff_plan, "2025-07-01", "Tanggal teks")
    for who, role in ((o.colleague, Role.PEGAWAI), (o.kepala, Role.ATASAN), (o.pengelola, Role.PENGELOLA)):
        as_(ws, who, role)
        refused(ws, Code.DIALOG_NOT_PARTY, add, o.staff_plan, DAY, "Bukan pihak")
    # a dialog belongs to phase 1 too: a plan still being drafted may have one
    as_(ws, o.colleague, Role.PEGAWAI)
    ws.feedback.add_dialog(o.colleague_plan, dt.date(2025, 1, 10), "Klarifikasi ekspektasi", status="selesai")
    assert len(ws.feedback.dialogs(o.colleague_plan)) == 1
    assert ws.feedback.dialogs(o.staff_plan) == []
