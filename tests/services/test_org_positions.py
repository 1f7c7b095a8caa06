"""Editing units and positions (R-ORG, R-JABATAN): update, delete with its refusals, restore."""

from __future__ import annotations

import pytest

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import Role
from skpdesk.services.org import NewPosition, NewUnit
from skpdesk.services.workspace import Workspace
from tests.ui.org.small_org import TODAY, SmallOrg, build_small_org


@pytest.fixture
def org(ws: Workspace) -> SmallOrg:
    return build_small_org(ws)


def _refused(call: object, *args: object, **kwargs: object) -> SkpError:
    with pytest.raises(SkpError) as info:
        call(*args, **kwargs)  # type: ignore[operator]
    return info.value


def test_update_position_rederives_jenis_and_checks_fields(ws: Workspace, org: SmallOrg) -> None:
    ws.org.update_position("p-analis", title="  Analis Anggaran ", jenjang="Ahli Muda", is_head=False)
    row = ws.org.position_detail("p-analis")
    assert (row.title, row.jenjang, row.jenis) == ("Analis Anggaran", "ahli-muda", "jf")
    ws.org.update_position("p-analis", jenjang="pelaksana", kelompok_pelaksana="klerek")
    assert ws.org.position_detail("p-analis").jenis == "ja"
    before, ops_before = ws.org.position_detail("p-analis"), len(ws.ops())
    assert _refused(ws.org.update_position, "p-analis", title=" ").code is Code.RECORD_INVALID
    assert _refused(ws.org.update_position, "p-analis", jenjang="kolonel").code is Code.UNKNOWN_JENJANG
    assert _refused(ws.org.update_position, "p-analis", kelompok_pelaksana="x").code is Code.UNKNOWN_VALUE
    assert _refused(ws.org.update_position, "p-analis", org_unit_id="u-b").code is Code.RECORD_INVALID
    assert ws.org.position_detail("p-analis") == before and len(ws.ops()) == ops_before


def test_a_cycle_of_atasan_is_refused(ws: Workspace, org: SmallOrg) -> None:
    ops_before = len(ws.ops())
    err = _refused(ws.org.set_atasan, "p-kep", "p-staf")  # p-staf → p-kasub → p-kabid → p-kep
    assert (err.code, err.params["reason"]) == (Code.RECORD_INVALID, "cycle")
    assert ws.org.position_detail("p-kep").atasan_position_id is None and len(ws.ops()) == ops_before


def test_delete_position_refuses_a_held_one_or_an_atasan(ws: Workspace, org: SmallOrg) -> None:
    held = _refused(ws.org.delete_position, "p-analis")
    assert (held.params["reason"], held.params["holders"]) == ("held", 1)
    acting = _refused(ws.org.delete_position, "p-kasub")  # vacant, but a Plt acts in it
    assert (acting.params["reason"], acting.params["acting"]) == ("held", 1)
    ws.org.end_acting(org.plt, TODAY)
    ops_before = len(ws.ops())
    # ended today: still acting today; the Plt's last day must be past
    assert _refused(ws.org.delete_position, "p-kasub").params["reason"] == "held"
    ws.org.remove_acting(org.plt)
    atasan = _refused(ws.org.delete_position, "p-kasub")  # p-staf reports to it
    assert (atasan.params["reason"], atasan.params["positions"]) == ("atasan-of", 1)
    assert ws.org.position_detail("p-kasub").id == "p-kasub" and len(ws.ops()) == ops_before + 1


def test_delete_and_restore_an_empty_position(ws: Workspace, org: SmallOrg) -> None:
    (new_id,), _ = ws.org.add_positions([NewPosition("Analis SDM", "u-a1", "ahli-muda", "p-kabid")])
    changes = ws.org.delete_position(new_id)
    assert new_id in changes.tables["position"]
    assert new_id not in {p.id for p in ws.org.positions_of_unit("u-a1")}
    ws.org.restore_position(new_id)
    assert ws.org.position_detail(new_id).atasan_position_id == "p-kabid"


def test_delete_unit_with_children_is_refused_and_restore_brings_it_back(
    ws: Workspace, org: SmallOrg
) -> None:
    ops_before = len(ws.ops())
    err = _refused(ws.org.delete_unit, org.bidang)
    assert (err.params["reason"], err.params["positions"], err.params["units"]) == ("not-empty", 2, 1)
    assert len(ws.ops()) == ops_before
    new_id, _ = ws.org.add_unit(NewUnit("Tim Reformasi", "tim", parent_id=org.opd_a))
    ws.org.delete_unit(new_id)
    assert new_id not in {u.id for u in ws.org.unit_tree()}
    ws.org.restore_unit(new_id)
    assert new_id in {u.id for u in ws.org.unit_tree()}


def test_a_pegawai_may_not_edit_units_or_positions(ws: Workspace, org: SmallOrg) -> None:
    (new_id,), _ = ws.org.add_positions([NewPosition("Kosong", "u-a1", "pelaksana")])
    ws.sign_in(org.analis, Role.PEGAWAI, today=TODAY)
    ops_before = len(ws.ops())
    for call, args in (
        (ws.org.update_position, (new_id,)),
        (ws.org.delete_position, (new_id,)),
        (ws.org.restore_position, (new_id,)),
        (ws.org.restore_unit, (org.sub,)),
        (ws.org.add_units, ([NewUnit("X", "tim", parent_id=org.sub)],)),
    ):
        assert _refused(call, *args).code is Code.NOT_ALLOWED
    assert _refused(ws.org.update_position, new_id, title="Y").code is Code.NOT_ALLOWED
    assert len(ws.ops()) == ops_before


def test_a_pengelola_edits_positions_only_in_scope(ws: Workspace, org: SmallOrg) -> None:
    ws.sign_in(org.staf, Role.PENGELOLA, org.opd_a, today=TODAY)
    ws.org.update_position("p-analis", title="Analis Keuangan Daerah")
    assert _refused(ws.org.update_position, "p-kepb", title="Z").code is Code.OUT_OF_SCOPE
    assert ws.org.position_detail("p-kepb").title == "Kepala Dinas B"
