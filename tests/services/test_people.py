"""The people directory: one fast, sorted list with gelar, jabatan, unit and perangkat daerah."""

from __future__ import annotations

import datetime as dt
import time
import uuid

import pytest
from sqlalchemy import insert, update

from skpdesk.domain.nip import Gender, make_nip
from skpdesk.models.base import table_of
from skpdesk.models.tables import Employee
from skpdesk.services.org import NewEmployee, NewPosition, NewUnit
from skpdesk.services.people import PeopleService, PersonRow, display_name
from skpdesk.services.workspace import Workspace


def nip(n: int) -> str:
    return make_nip(dt.date(1980, 1, 1 + n % 28), 2005, 3, Gender.LAKI_LAKI, n + 1)


def people(ws: Workspace) -> PeopleService:
    return getattr(ws, "people", None) or PeopleService(ws.store, ws.access)


@pytest.fixture
def org(ws: Workspace) -> dict[str, str]:
    """Pemda → Dinas Kesehatan → Bidang P2P; a position in the bidang and one at the root."""
    root, dinas, bidang = _units(ws)
    (analis, bupati_staff), _ = ws.org.add_positions(
        [
            NewPosition("Epidemiolog Kesehatan", bidang, "ahli-muda"),
            NewPosition("Staf Ahli", root, "pelaksana"),
        ]
    )
    ids, _ = ws.org.add_employees(
        [
            NewEmployee(nip(1), "siti Rahma", position_id=analis, gelar_depan="dr.", gelar_belakang="M.Kes."),
            NewEmployee(nip(2), "Budi Santoso", position_id=bupati_staff, gelar_belakang="S.E."),
            NewEmployee(nip(3), "Agus Salim"),  # no position yet
            NewEmployee(nip(4), "Zaenal Abidin", position_id=analis),
        ]
    )
    names = ("siti", "budi", "agus", "zaenal")
    return {"root": root, "dinas": dinas, "bidang": bidang, **dict(zip(names, ids, strict=True))}


def _units(ws: Workspace) -> tuple[str, str, str]:
    (root,), _ = ws.org.add_units([NewUnit("Pemerintah Kabupaten Sukamaju", "instansi")])
    (dinas,), _ = ws.org.add_units([NewUnit("Dinas Kesehatan", "opd", parent_id=root)])
    (bidang,), _ = ws.org.add_units([NewUnit("Bidang P2P", "bidang", parent_id=dinas)])
    return root, dinas, bidang


def test_display_name_puts_gelar_around_the_name() -> None:
    assert display_name("Sari Dewi", "dr.", "Sp.PD") == "dr. Sari Dewi, Sp.PD"
    assert display_name("Budi", "", "S.E., M.M.") == "Budi, S.E., M.M."
    assert display_name(" Budi ", "", "") == "Budi"


def test_directory_joins_jabatan_unit_and_perangkat_daerah(ws: Workspace, org: dict[str, str]) -> None:
    rows = people(ws).directory()
    by_id = {r.id: r for r in rows}
    assert by_id[org["siti"]] == PersonRow(
        org["siti"],
        nip(1),
        "dr. siti Rahma, M.Kes.",
        "Epidemiolog Kesehatan",
        "Bidang P2P",
        "Dinas Kesehatan",
    )
    budi = by_id[org["budi"]]
    assert (budi.name, budi.unit, budi.opd) == ("Budi Santoso, S.E.", "Pemerintah Kabupaten Sukamaju", "")
    agus = by_id[org["agus"]]
    assert (agus.jabatan, agus.unit, agus.opd) == ("", "", "")


def test_directory_is_sorted_by_name_ignoring_case(ws: Workspace, org: dict[str, str]) -> None:
    names = [r.id for r in people(ws).directory()]
    assert names == [org["agus"], org["budi"], org["siti"], org["zaenal"]]  # "siti" sorts among S


def test_deleted_and_inactive_employees_are_left_out(ws: Workspace, org: dict[str, str]) -> None:
    ws.org.delete_employee(org["zaenal"])
    with ws.store.transaction() as s:  # no service sets "active" yet: a retired employee, by hand
        s.execute(
            update(table_of(Employee)).where(table_of(Employee).c.id == org["agus"]).values(active=False)
        )
    assert {r.id for r in people(ws).directory()} == {org["siti"], org["budi"]}
    assert {r.id for r in people(ws).directory(include_inactive=True)} == {
        org["siti"],
        org["budi"],
        org["agus"],
    }


def test_a_deleted_unit_does_not_name_its_people(ws: Workspace, org: dict[str, str]) -> None:
    row = next(r for r in people(ws).directory() if r.id == org["siti"])
    assert row.unit == "Bidang P2P"
    with ws.store.transaction() as s:
        units = table_of(Employee).metadata.tables["org_unit"]
        s.execute(update(units).where(units.c.id == org["bidang"]).values(deleted=True))
    row = next(r for r in people(ws).directory() if r.id == org["siti"])
    assert (row.unit, row.opd) == ("", "")


def test_empty_workspace_has_an_empty_directory(ws: Workspace) -> None:
    assert people(ws).directory() == []


@pytest.mark.slow
def test_fifty_thousand_employees_load_fast(ws: Workspace, org: dict[str, str]) -> None:
    """A provincial workspace: the list the sign-in dialog searches comes in one quick query."""
    employees = table_of(Employee)
    with ws.store.transaction() as s:  # bulk rows straight into the table: this test is about reading
        position_id = s.execute(
            employees.select().with_only_columns(employees.c.position_id).where(employees.c.id == org["siti"])
        ).scalar()
        s.execute(
            insert(employees),
            [
                {
                    "id": str(uuid.UUID(int=n)),
                    "updated_at": "0",
                    "origin": "test",
                    "deleted": False,
                    "nip": f"{198001012005031000 + n:018d}",
                    "status": "pns",
                    "name": f"Pegawai {n:05d}",
                    "gelar_depan": "",
                    "gelar_belakang": "S.E." if n % 3 else "",
                    "gender": "L",
                    "golongan": "III/a",
                    "position_id": position_id,
                    "email": "",
                    "phone": "",
                    "active": True,
                }
                for n in range(50_000)
            ],
        )
    start = time.perf_counter()
    rows = people(ws).directory()
    elapsed = time.perf_counter() - start
    assert len(rows) == 50_004
    assert rows[100].opd == "Dinas Kesehatan"
    assert elapsed < 2.0, f"directory() took {elapsed:.2f} s"
