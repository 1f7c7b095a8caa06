"""Workspace settings: typed, checked, recorded in the op log, guarded by role."""

from __future__ import annotations

import pytest

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import Role
from skpdesk.services.org import NewEmployee, NewPosition, NewUnit
from skpdesk.services.settings import SPEC_BY_KEY, setting_id
from skpdesk.services.workspace import Workspace

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


def test_defaults_then_update_round_trip(ws: Workspace) -> None:
    values = ws.settings.values()
    assert values["deadline.evaluation_days"] == 10 and values["instansi.name"] == ""
    ws.settings.update({"instansi.name": "  BKPSDM Kabupaten Sukamaju ", "deadline.evaluation_days": "15"})
    assert ws.settings.get("instansi.name") == "BKPSDM Kabupaten Sukamaju"
    assert ws.settings.get("deadline.evaluation_days") == 15
    ws.settings.update({"instansi.name": "BKPSDM"})  # the same record is edited, not a second one
    ops = [o for o in ws.ops() if o.table_name == "setting"]
    assert {o.record_id for o in ops} == {setting_id("instansi.name"), setting_id("deadline.evaluation_days")}


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"deadline.evaluation_days": "sepuluh"}, "deadline.evaluation_days"),
        ({"deadline.evaluation_days": 0}, "deadline.evaluation_days"),
        ({"deadline.akhir_month": 13}, "deadline.akhir_month"),
        ({"instansi.name": "x" * 501}, "instansi.name"),
    ],
)
def test_bad_values_change_nothing(ws: Workspace, values: dict[str, object], field: str) -> None:
    ws.settings.update({"instansi.name": "Tetap"})
    before = len(ws.ops())
    with pytest.raises(SkpError) as info:
        ws.settings.update({"instansi.name": "Berubah", **values})
    assert info.value.code is Code.RECORD_INVALID and info.value.params["field"] == field
    assert len(ws.ops()) == before and ws.settings.get("instansi.name") == "Tetap"


def test_unknown_key_refused(ws: Workspace) -> None:
    with pytest.raises(SkpError) as info:
        ws.settings.update({"nope": 1})
    assert info.value.code is Code.UNKNOWN_VALUE


def test_logo_is_checked_and_stored_once(ws: Workspace) -> None:
    for bad, reason in (
        (b"", "empty"),
        (b"GIF89a....", "not-png-or-jpeg"),
        (b"\x89PNG" + b"0" * 3_000_000, "too-large"),
    ):
        with pytest.raises(SkpError) as info:
            ws.settings.set_logo(bad)
        assert info.value.params["reason"] == reason
    ws.settings.set_logo(PNG)
    path = ws.settings.logo_path()
    assert path is not None and path.read_bytes() == PNG


def test_a_pegawai_cannot_change_the_kop(ws: Workspace) -> None:
    (unit,), _ = ws.org.add_units([NewUnit("Dinas", "opd")])
    (pos,), _ = ws.org.add_positions([NewPosition("Analis", unit, "ahli-pertama")])
    emp, _ = ws.org.add_employee(NewEmployee("199003032015031003", "Staf", position_id=pos))
    ws.sign_in(emp, Role.PEGAWAI)
    with pytest.raises(SkpError) as info:
        ws.settings.update({"instansi.name": "X"})
    assert info.value.code is Code.NOT_ALLOWED
    with pytest.raises(SkpError):
        ws.settings.set_logo(PNG)
    assert SPEC_BY_KEY["deadline.evaluation_days"].status == "[U]"


# -- the [U] stage names of the drafting wizards (R-STAGES): a dict setting -----------------------------


def test_stage_labels_default_empty_and_round_trip(ws: Workspace) -> None:
    spec = SPEC_BY_KEY["wizard.stage_labels"]
    assert (spec.kind, spec.status, spec.rule, spec.maximum) == (dict, "[U]", "R-STAGES", 120)
    assert ws.settings.get("wizard.stage_labels") == {}
    ws.settings.get("wizard.stage_labels")["goals"] = "changed by a caller"  # a copy, not the default
    assert ws.settings.get("wizard.stage_labels") == {} and spec.default == {}

    given = {"results": "  Hasil kerja  ", "goals": "Sasaran", "mph": " "}
    ws.settings.update({"wizard.stage_labels": given})
    stored = ws.settings.get("wizard.stage_labels")
    assert stored == {"goals": "Sasaran", "results": "Hasil kerja"}  # stripped; empty = default, dropped
    assert list(stored) == ["goals", "results"]  # in stage order, whatever order they were given
    ws.settings.update({"wizard.stage_labels": {}})
    assert ws.settings.get("wizard.stage_labels") == {}
    ops = [o for o in ws.ops() if o.table_name == "setting"]
    assert {o.record_id for o in ops} == {setting_id("wizard.stage_labels")}


@pytest.mark.parametrize(
    ("value", "field", "reason"),
    [
        ({"goals": "x" * 121}, "wizard.stage_labels.goals", "too-long"),
        ({"nope": "Tahap"}, "wizard.stage_labels.nope", "unknown"),
        ({"goals": 3}, "wizard.stage_labels.goals", "not-text"),
        ("Tahap", "wizard.stage_labels", "not-a-mapping"),
        (["goals"], "wizard.stage_labels", "not-a-mapping"),
    ],
)
def test_bad_stage_labels_change_nothing(ws: Workspace, value: object, field: str, reason: str) -> None:
    ws.settings.update({"wizard.stage_labels": {"goals": "Tetap"}})
    before = len(ws.ops())
    with pytest.raises(SkpError) as info:
        ws.settings.update({"instansi.name": "Berubah", "wizard.stage_labels": value})
    assert info.value.code is Code.RECORD_INVALID
    assert (info.value.params["field"], info.value.params["reason"]) == (field, reason)
    assert len(ws.ops()) == before
    assert ws.settings.get("wizard.stage_labels") == {"goals": "Tetap"}
    assert ws.settings.get("instansi.name") == ""


def test_a_label_of_exactly_120_characters_is_kept(ws: Workspace) -> None:
    ws.settings.update({"wizard.stage_labels": {"submit": "y" * 120}})
    assert ws.settings.get("wizard.stage_labels") == {"submit": "y" * 120}


def test_stored_stage_labels_from_a_newer_version_keep_what_is_known(ws: Workspace) -> None:
    """A merge from a newer version may hold a stage kind this version does not know: the known
    names are kept, the rest ignored; a value that is not a mapping falls back to the default."""
    import json

    from sqlalchemy import update

    from skpdesk.models.tables import Setting

    ws.settings.update({"wizard.stage_labels": {"goals": "Sasaran"}})
    raw = {"goals": "Sasaran", "future-stage": "Baru", "results": 7, "mph": "z" * 121}
    with ws.store.transaction() as s:
        s.execute(update(Setting).where(Setting.key == "wizard.stage_labels").values(value=json.dumps(raw)))
    assert ws.settings.get("wizard.stage_labels") == {"goals": "Sasaran"}
    with ws.store.transaction() as s:
        s.execute(update(Setting).where(Setting.key == "wizard.stage_labels").values(value='"teks"'))
    assert ws.settings.get("wizard.stage_labels") == {}
