"""Who works here, as one fast list: the sign-in dialog and the pickers search it as you type.

One query with joins (employee → position → unit), sorted by name; no ORM objects are built, so a
provincial workspace of 50,000 employees loads in a fraction of a second.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, select
from sqlalchemy.orm import aliased

from skpdesk.models.tables import Employee, OrgUnit, Position
from skpdesk.services.base import Service


@dataclass(frozen=True)
class PersonRow:
    id: str
    nip: str  # 18 digits as stored (format with domain.nip.format_nip)
    name: str  # display name with gelar: "dr. Sari Dewi, Sp.PD"
    jabatan: str  # the position's title; empty when the employee has no position
    unit: str  # the position's org unit; empty when none
    opd: str = ""  # the perangkat daerah it belongs to (the unit right under the instansi)


def display_name(name: str, gelar_depan: str = "", gelar_belakang: str = "") -> str:
    """The name as written on documents: gelar depan before, gelar belakang after a comma."""
    text = " ".join(part for part in (gelar_depan.strip(), name.strip()) if part)
    belakang = gelar_belakang.strip()
    return f"{text}, {belakang}" if belakang else text


class PeopleService(Service):
    def directory(self, *, include_inactive: bool = False) -> list[PersonRow]:
        """Every live employee (active ones unless asked), with jabatan and unit, sorted by name."""
        # The perangkat daerah of each unit: walk down from the units right under a root (R-ORG:
        # the tree is data, any depth). A recursive CTE keeps this one query.
        root = aliased(OrgUnit)
        child = aliased(OrgUnit)
        top = (
            select(OrgUnit.id.label("unit_id"), OrgUnit.name.label("opd"))
            .join(root, root.id == OrgUnit.parent_id)
            .where(root.parent_id.is_(None), root.deleted.is_(False), OrgUnit.deleted.is_(False))
            .cte("opd_of", recursive=True)
        )
        top = top.union_all(
            select(child.id, top.c.opd)
            .join(top, child.parent_id == top.c.unit_id)
            .where(child.deleted.is_(False))
        )
        query = (
            select(
                Employee.id,
                Employee.nip,
                Employee.name,
                Employee.gelar_depan,
                Employee.gelar_belakang,
                Position.title,
                OrgUnit.name,
                top.c.opd,
            )
            .outerjoin(Position, and_(Position.id == Employee.position_id, Position.deleted.is_(False)))
            .outerjoin(OrgUnit, and_(OrgUnit.id == Position.org_unit_id, OrgUnit.deleted.is_(False)))
            .outerjoin(top, top.c.unit_id == Position.org_unit_id)
            .where(Employee.deleted.is_(False))
            .order_by(Employee.name.collate("NOCASE"), Employee.nip)
        )
        if not include_inactive:
            query = query.where(Employee.active.is_(True))
        with self._read() as s:
            rows = s.execute(query).all()
        return [
            PersonRow(
                str(emp_id),
                str(nip),
                display_name(str(name), str(depan or ""), str(belakang or "")),
                str(title or ""),
                str(unit or ""),
                str(opd or ""),
            )
            for emp_id, nip, name, depan, belakang, title, unit, opd in rows
        ]
