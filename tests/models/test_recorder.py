"""Every change is recorded as operations in the same transaction (SYNC.md "Merge")."""

from __future__ import annotations

import orjson
import pytest
from sqlalchemy import select

from skpdesk.domain.errors import SkpError
from skpdesk.models.recorder import DELETED_FIELD
from skpdesk.models.tables import Employee, Op, OrgUnit
from skpdesk.services.org import NewEmployee, NewPosition, NewUnit
from skpdesk.services.workspace import Workspace


def _ops(ws: Workspace, record_id: str) -> list[Op]:
    with ws.store.reading() as s:
        return list(s.execute(select(Op).where(Op.record_id == record_id).order_by(Op.seq)).scalars())


def _unit_with_employee(ws: Workspace) -> tuple[str, str, str]:
    unit_id, _ = ws.org.add_unit(NewUnit(name="BKPSDM", kind="opd"))
    (pos_id,), _ = ws.org.add_positions(
        [NewPosition(title="Analis SDM Aparatur", org_unit_id=unit_id, jenjang="ahli-pertama")]
    )
    emp_id, _ = ws.org.add_employee(
        NewEmployee(nip="196804111993031009", name="Budi Santoso", golongan="III/a", position_id=pos_id)
    )
    return unit_id, pos_id, emp_id


def test_insert_records_one_op_per_non_default_field(ws: Workspace) -> None:
    unit_id, _ = ws.org.add_unit(NewUnit(name="Dinas Pendidikan", kind="opd", short_name="Disdik"))
    ops = _ops(ws, unit_id)
    assert {op.field: orjson.loads(op.value) for op in ops} == {
        "name": "Dinas Pendidikan",
        "kind": "opd",
        "short_name": "Disdik",
    }
    assert all(op.table_name == "org_unit" and op.deps == "{}" for op in ops)
    seqs = [op.seq for op in ops]
    assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))  # gap-free
    hlcs = [op.hlc for op in ops]
    assert hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)
    with ws.store.reading() as s:
        row = s.get_one(OrgUnit, unit_id)
        assert row.updated_at == hlcs[-1] and row.origin == ws.store.node.node_id


def test_update_records_only_changed_fields_with_deps(ws: Workspace) -> None:
    _, _, emp_id = _unit_with_employee(ws)
    before = _ops(ws, emp_id)
    ws.org.update_employee(emp_id, name="Budi Santoso", email="budi@contoh.go.id")  # name unchanged
    after = _ops(ws, emp_id)
    new = after[len(before) :]
    assert [op.field for op in new] == ["email"]
    deps = orjson.loads(new[0].deps)
    assert deps == {ws.store.node.node_id: before[-1].seq}


def test_delete_is_a_tombstone_op(ws: Workspace) -> None:
    _, _, emp_id = _unit_with_employee(ws)
    ws.org.delete_employee(emp_id)
    last = _ops(ws, emp_id)[-1]
    assert last.field == DELETED_FIELD and orjson.loads(last.value) is True
    with ws.store.reading() as s:
        assert s.get_one(Employee, emp_id).deleted is True
    assert ws.info().counts["employee"] == 0


def test_failed_call_leaves_no_rows_and_no_ops(ws: Workspace) -> None:
    unit_id, pos_id, _ = _unit_with_employee(ws)
    ops_before = ws.info().ops
    with pytest.raises(SkpError):
        ws.org.add_employees(
            [
                NewEmployee(nip="197001012000011001", name="Sari", position_id=pos_id),
                NewEmployee(nip="1970", name="Rusak", position_id=pos_id),  # bad NIP: whole call refused
            ]
        )
    assert ws.info().ops == ops_before
    assert ws.info().counts["employee"] == 1
    # and the next op continues the sequence without a gap
    ws.org.rename_unit(unit_id, "BKPSDM Kabupaten")
    with ws.store.reading() as s:
        seqs = sorted(s.execute(select(Op.seq)).scalars())
    assert seqs == list(range(1, len(seqs) + 1))


def test_orm_writes_to_synced_tables_are_refused(ws: Workspace) -> None:
    with pytest.raises(RuntimeError, match="Recorder"), ws.store.transaction() as s:
        s.add(OrgUnit(name="Liar", kind="opd"))
    assert ws.info().counts["org_unit"] == 0
