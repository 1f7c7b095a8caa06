"""Replaying a workspace's op log into an empty database reproduces the same rows (Hypothesis)."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from skpdesk.domain import nip
from skpdesk.models.tables import SYNCED_MODELS
from skpdesk.services.access import Actor
from skpdesk.services.org import NewEmployee, NewPosition, NewUnit
from skpdesk.services.workspace import Workspace


def snapshot(ws: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    with ws.store.reading() as s:
        return {
            m.__tablename__: sorted((tuple(r) for r in s.execute(select(m.__table__)).all()), key=repr)
            for m in SYNCED_MODELS
        }


names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ABCDÉ", min_size=1, max_size=12).filter(str.strip)
actions = st.lists(
    st.one_of(
        st.tuples(st.just("unit"), names),
        st.tuples(st.just("employee"), names),
        st.tuples(st.just("rename"), names),
        st.tuples(st.just("email"), names),
        st.tuples(st.just("move"), st.integers(0, 50)),
        st.tuples(st.just("delete"), st.integers(0, 50)),
    ),
    max_size=25,
)


def apply(ws: Workspace, steps: list[tuple[str, Any]]) -> None:
    unit_id, _ = ws.org.add_unit(NewUnit(name="Instansi", kind="instansi"))
    units = [unit_id]
    (pos,), _ = ws.org.add_positions(
        [NewPosition(title="Pengadministrasi Umum", org_unit_id=unit_id, jenjang="pelaksana")]
    )
    people: list[str] = []
    for n, (kind, arg) in enumerate(steps):
        if kind == "unit":
            units.append(ws.org.add_unit(NewUnit(name=arg, kind="bidang", parent_id=units[-1]))[0])
        elif kind == "employee":
            number = nip.make_nip(dt.date(1980, 1, 1), 2005, 3, nip.Gender.PEREMPUAN, n + 1)
            people.append(ws.org.add_employee(NewEmployee(nip=number, name=arg, position_id=pos))[0])
        elif kind == "rename":
            ws.org.rename_unit(units[-1], arg)
        elif kind == "email" and people:
            ws.org.update_employee(people[-1], email=f"{arg.strip()}@x.go.id")
        elif kind == "move" and len(units) > 2:
            ws.org.move_unit(units[-1], units[arg % (len(units) - 1)])
        elif kind == "delete" and people:
            ws.org.delete_employee(people.pop(arg % len(people)))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions)
def test_replay_reproduces_rows(steps: list[tuple[str, Any]]) -> None:
    with (
        tempfile.TemporaryDirectory() as tmp,
        Workspace.open(Path(tmp) / "a", actor=Actor.workspace()) as source,
        Workspace.open(Path(tmp) / "b", actor=Actor.workspace()) as target,
    ):
        apply(source, steps)
        ops = source.ops()
        target.replay(ops)
        assert snapshot(target) == snapshot(source)
        assert len(target.ops()) == len(ops)


def test_replay_of_the_demo_reproduces_every_table(demo_folder: Path, tmp_path: Path) -> None:
    with (
        Workspace.open(demo_folder, actor=Actor.workspace()) as source,
        Workspace.open(tmp_path / "copy", actor=Actor.workspace()) as target,
    ):
        target.replay(source.ops())
        assert snapshot(target) == snapshot(source)
