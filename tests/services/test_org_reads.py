"""What the Organisation & People screen reads, and the writes its undo needs (R-ORG, R-JABATAN)."""

from __future__ import annotations

import datetime as dt

import pytest

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import Role
from skpdesk.models.recorder import OpRow, materialize
from skpdesk.services.org import NewEmployee
from skpdesk.services.workspace import Workspace
from tests.ui.org.small_org import ANALIS_NIP, TODAY, SmallOrg, build_small_org


@pytest.fixture
def org(ws: Workspace) -> SmallOrg:
    return build_small_org(ws)


def _refused(ws: Workspace, code: Code, call: object, *args: object, **kwargs: object) -> None:
    before = len(ws.ops())
    with pytest.raises(SkpError) as info:
        call(*args, **kwargs)  # type: ignore[operator]
    assert info.value.code is code, info.value
    assert len(ws.ops()) == before  # nothing written


def test_unit_tree_counts_own_employees_and_positions(ws: Workspace, org: SmallOrg) -> None:
    units = {u.id: u for u in ws.org.unit_tree()}
    assert set(units) == {"u-root", "u-a", "u-a1", "u-a1x", "u-b"}
    assert list(units)[-1] == "u-b"  # by sort order, then name
    assert units["u-a1"].employees == 2 and units["u-a1"].positions == 2
    assert units["u-a1x"].employees == 1 and units["u-a1x"].positions == 2  # the kasub seat is vacant
    assert units["u-a"].short_name == "DA" and units["u-a"].parent_id == "u-root"


def test_employee_index_is_one_tuple_per_live_employee(ws: Workspace, org: SmallOrg) -> None:
    rows = ws.org.employee_index()
    assert len(rows) == 5
    analis = next(r for r in rows if r[0] == org.analis)
    assert analis == (
        org.analis,
        ANALIS_NIP,
        "pns",
        "Siti Rahma",
        "",
        "S.E.",
        "III/a",
        "p-analis",
        "Analis Keuangan",
        "ahli-pertama",
        "u-a1",
    )
    ws.org.delete_employee(org.staf)
    assert org.staf not in {r[0] for r in ws.org.employee_index()}
    assert [r[0] for r in ws.org.employee_index([org.analis, org.staf])] == [org.analis]


def test_positions_show_atasan_and_holders_including_plt(ws: Workspace, org: SmallOrg) -> None:
    rows = {p.id: p for p in ws.org.positions_of_unit(org.sub)}
    kasub, staf = rows["p-kasub"], rows["p-staf"]
    assert kasub.is_head and kasub.atasan_title == "Kepala Bidang A1"
    assert [(h.name, h.kind) for h in kasub.holders] == [("Kabid Satu", "plt")]  # vacant, Plt acts
    assert staf.atasan_position_id == "p-kasub"
    assert [(h.name, h.kind) for h in staf.atasan_holders] == [("Kabid Satu", "plt")]
    subtree, total = ws.org.positions_in_units([org.opd_a, org.bidang, org.sub], limit=3)
    assert total == 5 and [p.id for p in subtree] == ["p-kep", "p-kabid", "p-analis"]  # head first
    index = {r[0]: r for r in ws.org.position_index()}
    assert index["p-kasub"][5:] == ("", 0) and index["p-analis"][5:] == ("Siti Rahma", 1)


def test_employee_detail_has_position_atasan_acting_and_roles(ws: Workspace, org: SmallOrg) -> None:
    kabid = ws.org.employee_detail(org.kabid)
    assert kabid.gelar_depan == "Dr." and kabid.position is not None
    assert kabid.position.atasan_title == "Kepala Dinas A"
    assert [h.name for h in kabid.position.atasan_holders] == ["Kepala A"]
    assert [(a.kind, a.position_title, a.active) for a in kabid.acting] == [("plt", "Kepala Sub A1x", True)]
    assert kabid.is_atasan
    staf = ws.org.employee_detail(org.staf)
    assert [(g.role, g.unit_name) for g in staf.grants] == [("pengelola", "Dinas A")]
    assert not staf.is_atasan
    with pytest.raises(SkpError) as info:
        ws.org.employee_detail("nobody")
    assert info.value.code is Code.RECORD_NOT_FOUND


def test_move_employee_and_back(ws: Workspace, org: SmallOrg) -> None:
    ws.org.move_employee(org.analis, "p-kasub")
    assert ws.org.employee_values(org.analis)["position_id"] == "p-kasub"
    ws.org.move_employee(org.analis, "p-analis")
    assert ws.org.employee_values(org.analis)["position_id"] == "p-analis"
    _refused(ws, Code.RECORD_NOT_FOUND, ws.org.move_employee, org.analis, "p-none")


def test_a_pengelola_moves_only_within_their_scope(ws: Workspace, org: SmallOrg) -> None:
    ws.sign_in(org.staf, Role.PENGELOLA, org.opd_a, today=TODAY)
    ws.org.move_employee(org.analis, "p-kasub")  # Dinas A to Dinas A: allowed
    _refused(ws, Code.OUT_OF_SCOPE, ws.org.move_employee, org.analis, "p-kepb")  # into Dinas B
    _refused(ws, Code.OUT_OF_SCOPE, ws.org.move_employee, org.kepala_b, "p-analis")  # out of Dinas B


def test_a_pegawai_changes_nothing(ws: Workspace, org: SmallOrg) -> None:
    ws.sign_in(org.analis, Role.PEGAWAI, today=TODAY)
    _refused(ws, Code.NOT_ALLOWED, ws.org.move_employee, org.analis, "p-kasub")
    _refused(ws, Code.NOT_ALLOWED, ws.org.update_employee, org.analis, name="Siti Baru")
    _refused(ws, Code.NOT_ALLOWED, ws.org.end_acting, org.plt, TODAY)
    _refused(ws, Code.NOT_ALLOWED, ws.org.remove_acting, org.plt)
    _refused(ws, Code.NOT_ALLOWED, ws.org.delete_employee, org.staf)
    assert ws.org.employee_values(org.analis)["name"] == "Siti Rahma"


def test_restore_employee_undoes_a_delete_as_a_recorded_change(ws: Workspace, org: SmallOrg) -> None:
    ws.org.delete_employee(org.staf)
    ws.org.restore_employee(org.staf)
    assert org.staf in {r[0] for r in ws.org.employee_index()}
    ops = _ops_of(ws, org.staf)
    rows = materialize(ops)["employee"]
    assert rows[0]["deleted"] is False  # a replay of the log brings the same row back
    assert [op.value for op in ops if op.field == "_deleted"] == ["true", "false"]


def test_restore_refused_when_the_nip_was_taken_meanwhile(ws: Workspace, org: SmallOrg) -> None:
    ws.org.delete_employee(org.analis)
    ws.org.add_employee(NewEmployee(ANALIS_NIP, "Siti Lain", "III/a", position_id="p-analis"))
    _refused(ws, Code.DUPLICATE_NIP, ws.org.restore_employee, org.analis)
    _refused(ws, Code.RECORD_NOT_FOUND, ws.org.restore_employee, "nobody")


def test_bad_edits_leave_the_employee_unchanged(ws: Workspace, org: SmallOrg) -> None:
    before = ws.org.employee_values(org.analis)
    _refused(ws, Code.NIP_LENGTH, ws.org.update_employee, org.analis, nip="1985031220090120")
    _refused(ws, Code.NIP_TMT_MONTH, ws.org.update_employee, org.analis, nip="198503122009132002")
    _refused(ws, Code.UNKNOWN_GOLONGAN, ws.org.update_employee, org.analis, golongan="V/z")
    _refused(ws, Code.DUPLICATE_NIP, ws.org.update_employee, org.analis, nip="197001012000011001")
    assert ws.org.employee_values(org.analis) == before


def test_acting_end_date_never_before_its_start(ws: Workspace, org: SmallOrg) -> None:
    _refused(
        ws,
        Code.PERIOD_INVALID,
        ws.org.assign_acting,
        org.analis,
        "p-kepb",
        "plh",
        dt.date(2026, 3, 10),
        dt.date(2026, 3, 1),
    )
    _refused(ws, Code.PERIOD_INVALID, ws.org.end_acting, org.plt, dt.date(2025, 12, 31))
    ws.org.end_acting(org.plt, dt.date(2026, 2, 28))
    (ended,) = ws.org.acting_assignments(employee_id=org.kabid)
    assert ended.end == dt.date(2026, 2, 28) and not ended.active
    assert ws.org.acting_assignments(employee_id=org.kabid, include_ended=False) == []
    ws.org.end_acting(org.plt, None)  # the undo: open-ended again
    assert ws.org.acting_assignments(position_ids=["p-kasub"])[0].active


def test_remove_and_restore_acting(ws: Workspace, org: SmallOrg) -> None:
    ws.org.remove_acting(org.plt)
    assert ws.org.acting_assignments(employee_id=org.kabid) == []
    assert not ws.org.employee_detail(org.kabid).acting
    ws.org.restore_acting(org.plt)
    assert [a.id for a in ws.org.acting_assignments(employee_id=org.kabid)] == [org.plt]
    _refused(ws, Code.RECORD_NOT_FOUND, ws.org.remove_acting, "nothing")


def _ops_of(ws: Workspace, record_id: str) -> list[OpRow]:
    return [op for op in ws.ops() if op.record_id == record_id]
