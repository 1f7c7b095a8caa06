"""Keberatan (R-FOLLOWUP, R-DEADLINES): filed by the rated pegawai within 14 days of the final
rating, decided once and for good by the atasan of the pejabat penilai; an accepted one changes
the rating (predikat by R-MATRIX) and the history keeps the ratings before and after."""

from __future__ import annotations

import datetime as dt

from skpdesk.domain.deadlines import KEBERATAN_FILING_DAYS
from skpdesk.domain.errors import Code
from skpdesk.domain.predikat import Predikat, Rating
from skpdesk.domain.roles import Role
from skpdesk.services.org import NewEmployee, NewPosition
from skpdesk.services.workspace import Workspace
from tests.services.test_rating_rules import Office, as_, as_workspace, at, build_office, refused

RATED = dt.date(2025, 4, 7)


def _final_tw1(ws: Workspace, o: Office, hasil: str = "sesuai", perilaku: str = "di-bawah") -> str:
    as_(ws, o.kabid, Role.ATASAN, RATED)
    record, _ = ws.rating.rate(o.staff_plan, "TW1", hasil, perilaku, final=True)
    return record


def test_an_accepted_keberatan_changes_the_rating_and_keeps_the_original(ws: Workspace) -> None:
    o = build_office(ws)
    assessment = _final_tw1(ws, o)  # sesuai + di bawah = Kurang/Misconduct
    last_day = RATED + dt.timedelta(days=KEBERATAN_FILING_DAYS)
    as_(ws, o.staff, Role.PEGAWAI, last_day)  # the 14th day still counts
    keberatan, changes = ws.rating.file_keberatan(assessment, "  Bukti dukung TW1 belum dipertimbangkan ")
    assert changes
    [row] = ws.rating.keberatan_history(o.staff_plan)
    assert (row.id, row.assessment_id, row.periode, row.pending) == (keberatan, assessment, "TW1", True)
    assert row.reasons == "Bukti dukung TW1 belum dipertimbangkan" and row.filed_on == last_day
    assert row.filed_by_employee_id == o.staff and row.filed_by_name == "Staf Satu"
    assert row.decide_by == last_day + dt.timedelta(days=14)  # [U] setting, default 14
    assert (row.original_hasil_kerja, row.original_perilaku) == (
        Rating.SESUAI_EKSPEKTASI,
        Rating.DI_BAWAH_EKSPEKTASI,
    )
    assert row.original_predikat is Predikat.KURANG_MISCONDUCT and row.new_predikat is None

    decided = last_day + dt.timedelta(days=3)
    as_(ws, o.kepala, Role.ATASAN, decided)  # the atasan of the kabid (the penilai)
    assert [k.id for k in ws.rating.keberatan_to_decide()] == [keberatan]
    ws.rating.decide_keberatan(
        keberatan, "diterima", " Bukti lengkap ", new_rating_perilaku="Sesuai Ekspektasi"
    )
    [now] = ws.rating.assessments(o.staff_plan)
    assert (now.id, now.rating_hasil_kerja, now.rating_perilaku) == (
        assessment,
        Rating.SESUAI_EKSPEKTASI,
        Rating.SESUAI_EKSPEKTASI,
    )
    assert now.predikat is Predikat.BAIK and now.final
    [row] = ws.rating.keberatan_history(o.staff_plan)
    assert (row.decision, row.decided_on, row.decision_note) == ("diterima", decided, "Bukti lengkap")
    assert (row.decider_employee_id, row.decider_name) == (o.kepala, "Kepala A")
    assert row.original_predikat is Predikat.KURANG_MISCONDUCT  # from the op log
    assert row.original_perilaku is Rating.DI_BAWAH_EKSPEKTASI
    assert (row.new_hasil_kerja, row.new_perilaku, row.new_predikat) == (
        Rating.SESUAI_EKSPEKTASI,
        Rating.SESUAI_EKSPEKTASI,
        Predikat.BAIK,
    )
    assert ws.rating.keberatan_to_decide() == []
    # the decision is final: not again, not by a second keberatan, not by reopening the rating
    refused(ws, Code.KEBERATAN_DECIDED, ws.rating.decide_keberatan, keberatan, "ditolak", "Berubah pikiran")
    as_(ws, o.staff, Role.PEGAWAI)
    refused(ws, Code.KEBERATAN_DECIDED, ws.rating.file_keberatan, assessment, "Sekali lagi")
    as_(ws, o.kabid, Role.ATASAN)
    refused(ws, Code.RATE_HAS_KEBERATAN, ws.rating.reopen, assessment)


def test_a_rejected_keberatan_leaves_the_rating(ws: Workspace) -> None:
    o = build_office(ws)
    assessment = _final_tw1(ws, o, "di-bawah", "sesuai")
    as_(ws, o.staff, Role.PEGAWAI, RATED + dt.timedelta(days=1))
    keberatan, _ = ws.rating.file_keberatan(assessment, "Target terlalu tinggi")
    as_(ws, o.kepala, Role.ATASAN)
    refused(
        ws,
        Code.RECORD_INVALID,
        ws.rating.decide_keberatan,
        keberatan,
        "ditolak",
        "Tidak berdasar",
        new_rating_hasil_kerja="sesuai",
    )
    ws.rating.decide_keberatan(keberatan, "ditolak", "Tidak didukung bukti")
    [now] = ws.rating.assessments(o.staff_plan)
    assert now.predikat is Predikat.BUTUH_PERBAIKAN and now.rating_hasil_kerja is Rating.DI_BAWAH_EKSPEKTASI
    [row] = ws.rating.keberatan_history(o.staff_plan)
    assert row.decision == "ditolak" and not row.pending
    assert row.original_predikat is Predikat.BUTUH_PERBAIKAN and row.new_predikat is None


def test_filing_is_refused_late_twice_empty_on_a_draft_or_by_someone_else(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.kabid, Role.ATASAN, RATED)
    draft, _ = ws.rating.rate(o.staff_plan, "TW1", "sesuai", "sesuai")
    as_(ws, o.staff, Role.PEGAWAI)
    refused(ws, Code.RATE_NOT_FINAL, ws.rating.file_keberatan, draft, "Belum final")
    as_(ws, o.kabid, Role.ATASAN)
    ws.rating.rate(o.staff_plan, "TW1", "sesuai", "sesuai", final=True)
    # the 15th day is too late
    as_(ws, o.staff, Role.PEGAWAI, RATED + dt.timedelta(days=KEBERATAN_FILING_DAYS + 1))
    err = refused(ws, Code.KEBERATAN_LATE, ws.rating.file_keberatan, draft, "Terlambat")
    assert err.params["received"] == "7 April 2025" and err.params["last_day"] == "21 April 2025"
    at(ws, RATED + dt.timedelta(days=2))
    refused(ws, Code.KEBERATAN_NO_REASONS, ws.rating.file_keberatan, draft, "   ")
    for who, role in ((o.colleague, Role.PEGAWAI), (o.kabid, Role.PEGAWAI)):
        as_(ws, who, role)
        refused(ws, Code.NOT_OWN_RECORD, ws.rating.file_keberatan, draft, "Bukan milik saya")
    as_(ws, o.pengelola, Role.PENGELOLA)
    refused(ws, Code.NOT_OWN_RECORD, ws.rating.file_keberatan, draft, "Atas nama pegawai")
    as_(ws, o.staff, Role.PEGAWAI)
    refused(ws, Code.RECORD_NOT_FOUND, ws.rating.file_keberatan, "no-such-id", "Alasan")
    first, _ = ws.rating.file_keberatan(draft, "Alasan pertama")
    err = refused(ws, Code.KEBERATAN_PENDING, ws.rating.file_keberatan, draft, "Alasan kedua")
    assert err.params["filed_on"] == "9 April 2025"
    assert [k.id for k in ws.rating.keberatan_history(o.staff_plan)] == [first]
    # a pending keberatan also blocks reopening the rating
    as_(ws, o.kabid, Role.ATASAN)
    refused(ws, Code.RATE_HAS_KEBERATAN, ws.rating.reopen, draft)


def test_only_the_atasan_of_the_penilai_decides_and_says_why(ws: Workspace) -> None:
    o = build_office(ws)
    assessment = _final_tw1(ws, o)
    as_(ws, o.staff, Role.PEGAWAI, RATED + dt.timedelta(days=1))
    keberatan, _ = ws.rating.file_keberatan(assessment, "Alasan")
    decide = ws.rating.decide_keberatan
    as_(ws, o.kabid, Role.ATASAN)  # the penilai himself
    err = refused(ws, Code.KEBERATAN_NOT_DECIDER, decide, keberatan, "diterima", "Saya ubah", "di-atas")
    assert err.params["position"] == "Kepala Dinas A"
    assert ws.rating.keberatan_to_decide() == []
    as_(ws, o.sekda, Role.ATASAN)  # two levels up
    refused(ws, Code.KEBERATAN_NOT_DECIDER, decide, keberatan, "ditolak", "Bukan saya")
    as_(ws, o.staff, Role.ATASAN)  # the pegawai (an atasan of the operator) on their own keberatan
    refused(ws, Code.RATE_OWN, decide, keberatan, "diterima", "Saya terima", "di-atas")
    as_(ws, o.kepala, Role.PEGAWAI)  # the right person in the wrong role
    refused(ws, Code.NOT_ALLOWED, decide, keberatan, "ditolak", "Sebagai pegawai")
    as_(ws, o.kepala, Role.ATASAN)
    refused(ws, Code.UNKNOWN_VALUE, decide, keberatan, "setuju", "Catatan")
    refused(ws, Code.KEBERATAN_NO_NOTE, decide, keberatan, "ditolak", "  ")
    refused(ws, Code.KEBERATAN_SAME_RATING, decide, keberatan, "diterima", "Sama", "sesuai", "di-bawah")
    refused(ws, Code.KEBERATAN_SAME_RATING, decide, keberatan, "diterima", "Tanpa rating")
    refused(ws, Code.UNKNOWN_VALUE, decide, keberatan, "diterima", "Rating salah", "luar biasa")
    refused(ws, Code.RECORD_NOT_FOUND, decide, "no-such-id", "ditolak", "Catatan")
    assert ws.rating.keberatan_history(o.staff_plan)[0].pending
    assert ws.rating.assessments(o.staff_plan)[0].predikat is Predikat.KURANG_MISCONDUCT


def test_a_plh_of_the_atasan_position_decides(ws: Workspace) -> None:
    o = build_office(ws)
    assessment = _final_tw1(ws, o)
    as_(ws, o.staff, Role.PEGAWAI, RATED + dt.timedelta(days=1))
    keberatan, _ = ws.rating.file_keberatan(assessment, "Alasan")
    as_workspace(ws)
    ws.org.assign_acting(o.pengelola, "p-kep", "plh", RATED, RATED + dt.timedelta(days=30))
    as_(ws, o.pengelola, Role.ATASAN)
    assert [k.id for k in ws.rating.keberatan_to_decide()] == [keberatan]
    ws.rating.decide_keberatan(keberatan, "diterima", "Diputuskan Plh", new_rating_hasil_kerja="di-atas")
    [now] = ws.rating.assessments(o.staff_plan)
    assert now.rating_hasil_kerja is Rating.DI_ATAS_EKSPEKTASI and now.predikat is Predikat.KURANG_MISCONDUCT
    assert ws.rating.keberatan_history(o.staff_plan)[0].decider_name == "Pengelola"


def test_a_penilai_at_the_top_of_the_workspace_has_no_decider(ws: Workspace) -> None:
    o = build_office(ws)
    as_(ws, o.sekda, Role.ATASAN, RATED)
    assessment, _ = ws.rating.rate(o.kepala_plan, "TW1", "sesuai", "sesuai", final=True)
    as_(ws, o.kepala, Role.PEGAWAI)
    keberatan, _ = ws.rating.file_keberatan(assessment, "Alasan")
    as_(ws, o.sekda, Role.ATASAN)
    err = refused(ws, Code.KEBERATAN_NO_DECIDER, ws.rating.decide_keberatan, keberatan, "ditolak", "Catatan")
    assert err.params["position"] == "Sekretaris Daerah"


def test_an_accepted_keberatan_keeps_a_jpts_hasil_kerja_from_the_org_predikat(ws: Workspace) -> None:
    o = build_office(ws)
    as_workspace(ws)
    ws.org.add_positions([NewPosition("Bupati", "u-root", "jpt-utama", is_head=True, id="p-bup")])
    [bupati], _ = ws.org.add_employees(
        [NewEmployee("196501011985031001", "Bupati", "IV/e", position_id="p-bup")]
    )
    ws.org.set_atasan("p-sek", "p-bup")
    ws.rating.set_org_predikat("u-a", o.period, "AKHIR", "baik")
    as_(ws, o.sekda, Role.ATASAN, dt.date(2026, 1, 10))
    assessment, _ = ws.rating.rate(o.kepala_plan, "AKHIR", None, "di-bawah", final=True)
    as_(ws, o.kepala, Role.PEGAWAI)
    keberatan, _ = ws.rating.file_keberatan(assessment, "Perilaku dinilai terlalu rendah")
    as_(ws, bupati, Role.ATASAN)
    # R-ORG-PREDIKAT: the unit's result stays the leader's rating hasil kerja
    err = refused(
        ws,
        Code.RATE_ORG_BASIS,
        ws.rating.decide_keberatan,
        keberatan,
        "diterima",
        "Naik",
        "di-atas",
        "sesuai",
    )
    assert err.params["predikat"] == "Baik" and err.params["rating"] == "Sesuai Ekspektasi"
    ws.rating.decide_keberatan(keberatan, "diterima", "Perilaku sesuai", new_rating_perilaku="sesuai")
    [now] = ws.rating.assessments(o.kepala_plan)
    assert now.basis == "org-predikat" and now.rating_hasil_kerja is Rating.SESUAI_EKSPEKTASI
    assert now.predikat is Predikat.BAIK
    [row] = ws.rating.keberatan_history(o.kepala_plan)
    assert row.original_predikat is Predikat.KURANG_MISCONDUCT and row.new_predikat is Predikat.BAIK
