"""Organisation and people: units, positions, employees, acting assignments (R-ORG, R-JABATAN)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select

from skpdesk.domain import jabatan, nip, pangkat, roles
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.nip import EmployeeStatus
from skpdesk.domain.roles import Action
from skpdesk.models.tables import ActingAssignment, Employee, OrgUnit, Position, RoleGrant
from skpdesk.services.access import unit_of_employee
from skpdesk.services.base import Changes, Service, require

# SKP-REFERENCE R-ORG [P]: the tree is data; these kinds are the defaults a unit may take.
UNIT_KINDS = ("instansi", "opd", "bidang", "subbidang", "upt", "kecamatan", "kelurahan", "tim")
ACTING_KINDS = ("plt", "plh")


@dataclass(frozen=True)
class NewUnit:
    name: str
    kind: str
    parent_id: str | None = None
    short_name: str = ""
    mandiri: bool = False
    sort_order: int = 0
    id: str | None = None


@dataclass(frozen=True)
class NewPosition:
    title: str
    org_unit_id: str
    jenjang: str
    atasan_position_id: str | None = None
    is_head: bool = False
    kelompok_pelaksana: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class NewEmployee:
    nip: str
    name: str
    golongan: str = ""
    status: str = EmployeeStatus.PNS.value
    position_id: str | None = None
    gender: str | None = None  # derived from the NIP when not given
    gelar_depan: str = ""
    gelar_belakang: str = ""
    email: str = ""
    phone: str = ""
    id: str | None = None


@dataclass(frozen=True)
class NewGrant:
    employee_id: str
    role: str  # domain.roles.GRANTED_ROLES
    org_unit_id: str | None = None  # None: the whole instansi
    note: str = ""


@dataclass(frozen=True)
class GrantRow:
    id: str
    employee_id: str
    employee_name: str
    role: str
    org_unit_id: str | None
    unit_name: str


@dataclass(frozen=True)
class UnitCount:
    unit_id: str
    name: str
    kind: str
    parent_id: str | None
    employees: int


class OrgService(Service):
    # -- units ---------------------------------------------------------------------------------

    def add_units(self, units: Sequence[NewUnit]) -> tuple[list[str], Changes]:
        with self._write() as w:
            batch = {u.id for u in units if u.id}
            rows = []
            for u in units:
                _check_unit(u)
                if u.parent_id and u.parent_id not in batch:
                    require(w.session, OrgUnit, u.parent_id, "org_unit")
                    self._access.require_in_scope(w.session, Action.EDIT_ORG, u.parent_id)
                elif not u.parent_id:
                    self._access.require_in_scope(w.session, Action.EDIT_ORG, None)
                rows.append(_fields(u))
            ids = w.insert_many(OrgUnit, rows)
            return ids, w.changes

    def add_unit(self, unit: NewUnit) -> tuple[str, Changes]:
        ids, changes = self.add_units([unit])
        return ids[0], changes

    def move_unit(self, unit_id: str, new_parent_id: str | None) -> Changes:
        with self._write() as w:
            require(w.session, OrgUnit, unit_id, "org_unit")
            self._access.require_in_scope(w.session, Action.EDIT_ORG, unit_id)
            self._access.require_in_scope(w.session, Action.EDIT_ORG, new_parent_id)
            cursor = new_parent_id
            while cursor is not None:  # no unit may become its own ancestor
                if cursor == unit_id:
                    raise SkpError(Code.RECORD_INVALID, field="parent_id", reason="cycle")
                cursor = require(w.session, OrgUnit, cursor, "org_unit").parent_id
            w.update(OrgUnit, unit_id, parent_id=new_parent_id)
            return w.changes

    def rename_unit(self, unit_id: str, name: str) -> Changes:
        with self._write() as w:
            require(w.session, OrgUnit, unit_id, "org_unit")
            self._access.require_in_scope(w.session, Action.EDIT_ORG, unit_id)
            if not name.strip():
                raise SkpError(Code.RECORD_INVALID, field="name", reason="empty")
            w.update(OrgUnit, unit_id, name=name.strip())
            return w.changes

    def delete_unit(self, unit_id: str) -> Changes:
        with self._write() as w:
            require(w.session, OrgUnit, unit_id, "org_unit")
            self._access.require_in_scope(w.session, Action.EDIT_ORG, unit_id)
            busy = w.session.execute(
                select(func.count())
                .select_from(Position)
                .where(Position.org_unit_id == unit_id, Position.deleted.is_(False))
            ).scalar_one()
            children = w.session.execute(
                select(func.count())
                .select_from(OrgUnit)
                .where(OrgUnit.parent_id == unit_id, OrgUnit.deleted.is_(False))
            ).scalar_one()
            if busy or children:
                raise SkpError(
                    Code.RECORD_INVALID, field="org_unit", reason="not-empty", positions=busy, units=children
                )
            w.delete(OrgUnit, unit_id)
            return w.changes

    # -- positions -----------------------------------------------------------------------------

    def add_positions(self, positions: Sequence[NewPosition]) -> tuple[list[str], Changes]:
        with self._write() as w:
            batch = {p.id for p in positions if p.id}
            known_units: set[str] = set()
            rows = []
            for p in positions:
                if not p.title.strip():
                    raise SkpError(Code.RECORD_INVALID, field="title", reason="empty")
                level = jabatan.parse_jenjang(p.jenjang)
                if p.org_unit_id not in known_units:
                    require(w.session, OrgUnit, p.org_unit_id, "org_unit")
                    self._access.require_in_scope(w.session, Action.EDIT_ORG, p.org_unit_id)
                    known_units.add(p.org_unit_id)
                if p.atasan_position_id and p.atasan_position_id not in batch:
                    require(w.session, Position, p.atasan_position_id, "position")
                row = _fields(p)
                row.update(title=p.title.strip(), jenjang=level.value, jenis=jabatan.jenis_of(level).value)
                rows.append(row)
            ids = w.insert_many(Position, rows)
            return ids, w.changes

    def set_atasan(self, position_id: str, atasan_position_id: str | None) -> Changes:
        with self._write() as w:
            position = require(w.session, Position, position_id, "position")
            self._access.require_in_scope(w.session, Action.EDIT_ORG, position.org_unit_id)
            cursor = atasan_position_id
            while cursor is not None:
                if cursor == position_id:
                    raise SkpError(Code.RECORD_INVALID, field="atasan_position_id", reason="cycle")
                cursor = require(w.session, Position, cursor, "position").atasan_position_id
            w.update(Position, position_id, atasan_position_id=atasan_position_id)
            return w.changes

    # -- employees -----------------------------------------------------------------------------

    def add_employees(self, employees: Sequence[NewEmployee]) -> tuple[list[str], Changes]:
        with self._write() as w:
            taken = set(w.session.execute(select(Employee.nip).where(Employee.deleted.is_(False))).scalars())
            positions: set[str] = set()
            rows = []
            for e in employees:
                row = _check_employee(e)
                if row["nip"] in taken:
                    raise SkpError(Code.DUPLICATE_NIP, nip=nip.format_nip(row["nip"]))
                taken.add(row["nip"])
                if e.position_id and e.position_id not in positions:
                    position = require(w.session, Position, e.position_id, "position")
                    self._access.require_in_scope(w.session, Action.EDIT_ORG, position.org_unit_id)
                    positions.add(e.position_id)
                elif not e.position_id:
                    self._access.require_in_scope(w.session, Action.EDIT_ORG, None)
                rows.append(row)
            ids = w.insert_many(Employee, rows)
            return ids, w.changes

    def add_employee(self, employee: NewEmployee) -> tuple[str, Changes]:
        ids, changes = self.add_employees([employee])
        return ids[0], changes

    def update_employee(self, employee_id: str, **changes: Any) -> Changes:
        allowed = set(NewEmployee.__dataclass_fields__) - {"id"}
        unknown = set(changes) - allowed
        if unknown:
            raise SkpError(Code.RECORD_INVALID, field=",".join(sorted(unknown)), reason="unknown-field")
        with self._write() as w:
            current = require(w.session, Employee, employee_id, "employee")
            self._access.require_in_scope(
                w.session, Action.EDIT_ORG, unit_of_employee(w.session, employee_id)
            )
            merged = {f: getattr(current, f) for f in allowed} | changes
            row = _check_employee(NewEmployee(**merged))
            if row["nip"] != current.nip:
                clash = w.session.execute(
                    select(Employee.id).where(
                        Employee.nip == row["nip"], Employee.deleted.is_(False), Employee.id != employee_id
                    )
                ).first()
                if clash:
                    raise SkpError(Code.DUPLICATE_NIP, nip=nip.format_nip(row["nip"]))
            if row.get("position_id") and row["position_id"] != current.position_id:
                target = require(w.session, Position, row["position_id"], "position")
                self._access.require_in_scope(w.session, Action.EDIT_ORG, target.org_unit_id)
            row.pop("id", None)
            w.update(Employee, employee_id, **row)
            return w.changes

    def delete_employee(self, employee_id: str) -> Changes:
        with self._write() as w:
            require(w.session, Employee, employee_id, "employee")
            self._access.require_in_scope(
                w.session, Action.EDIT_ORG, unit_of_employee(w.session, employee_id)
            )
            w.delete(Employee, employee_id)
            return w.changes

    def assign_acting(
        self,
        employee_id: str,
        position_id: str,
        kind: str,
        start: dt.date,
        end: dt.date | None = None,
        decree: str = "",
    ) -> tuple[str, Changes]:
        if kind not in ACTING_KINDS:
            raise SkpError(Code.UNKNOWN_VALUE, kind="acting", value=kind)
        if end is not None and end < start:
            raise SkpError(Code.PERIOD_INVALID, start=start.isoformat(), end=end.isoformat())
        with self._write() as w:
            require(w.session, Employee, employee_id, "employee")
            position = require(w.session, Position, position_id, "position")
            self._access.require_in_scope(w.session, Action.EDIT_ORG, position.org_unit_id)
            record_id = w.insert(
                ActingAssignment,
                employee_id=employee_id,
                position_id=position_id,
                kind=kind,
                start_date=start,
                end_date=end,
                decree=decree,
            )
            return record_id, w.changes

    # -- roles ---------------------------------------------------------------------------------

    def grant_roles(self, grants: Sequence[NewGrant]) -> tuple[list[str], Changes]:
        """Grant roles (domain.roles.GRANTED_ROLES); a grant never reaches beyond the granter's scope."""
        with self._write() as w:
            rows = []
            for g in grants:
                role = roles.parse_role(g.role)
                if role not in roles.GRANTED_ROLES:
                    raise SkpError(Code.UNKNOWN_VALUE, kind="granted-role", value=g.role)
                require(w.session, Employee, g.employee_id, "employee")
                if g.org_unit_id:
                    require(w.session, OrgUnit, g.org_unit_id, "org_unit")
                self._access.require_in_scope(w.session, Action.GRANT_ROLES, g.org_unit_id)
                rows.append(_fields(g) | {"role": role.value})
            ids = w.insert_many(RoleGrant, rows)
            return ids, w.changes

    def revoke_role(self, grant_id: str) -> Changes:
        with self._write() as w:
            grant = require(w.session, RoleGrant, grant_id, "role_grant")
            self._access.require_in_scope(w.session, Action.GRANT_ROLES, grant.org_unit_id)
            w.delete(RoleGrant, grant_id)
            return w.changes

    def role_grants(self) -> list[GrantRow]:
        with self._read() as s:
            rows = s.execute(
                select(
                    RoleGrant.id,
                    RoleGrant.employee_id,
                    Employee.name,
                    RoleGrant.role,
                    RoleGrant.org_unit_id,
                    OrgUnit.name.label("unit"),
                )
                .join(Employee, Employee.id == RoleGrant.employee_id)
                .outerjoin(OrgUnit, OrgUnit.id == RoleGrant.org_unit_id)
                .where(RoleGrant.deleted.is_(False))
                .order_by(RoleGrant.role, Employee.name)
            ).all()
            return [GrantRow(r.id, r.employee_id, r.name, r.role, r.org_unit_id, r.unit or "") for r in rows]

    # -- reading -------------------------------------------------------------------------------

    def unit_counts(self) -> list[UnitCount]:
        with self._read() as s:
            counts = dict(
                s.execute(
                    select(Position.org_unit_id, func.count(Employee.id))
                    .join(Employee, Employee.position_id == Position.id)
                    .where(Employee.deleted.is_(False), Position.deleted.is_(False))
                    .group_by(Position.org_unit_id)
                ).all()
            )
            units = s.execute(
                select(OrgUnit.id, OrgUnit.name, OrgUnit.kind, OrgUnit.parent_id)
                .where(OrgUnit.deleted.is_(False))
                .order_by(OrgUnit.sort_order, OrgUnit.name)
            ).all()
            return [UnitCount(u.id, u.name, u.kind, u.parent_id, counts.get(u.id, 0)) for u in units]


def _fields(item: Any) -> dict[str, Any]:
    row = asdict(item)
    if row.get("id") is None:
        row.pop("id", None)
    return row


def _check_unit(u: NewUnit) -> None:
    if not u.name.strip():
        raise SkpError(Code.RECORD_INVALID, field="name", reason="empty")
    if u.kind not in UNIT_KINDS:
        raise SkpError(Code.UNKNOWN_VALUE, kind="unit-kind", value=u.kind)


def _check_employee(e: NewEmployee) -> dict[str, Any]:
    """Validate one employee (R-NIP, R-PANGKAT); returns the row to store."""
    try:
        status = nip.EmployeeStatus(e.status)
    except ValueError:
        raise SkpError(Code.UNKNOWN_VALUE, kind="employee-status", value=e.status) from None
    parsed = nip.parse_nip(e.nip, status)
    if not e.name.strip():
        raise SkpError(Code.RECORD_INVALID, field="name", reason="empty")
    golongan = e.golongan.strip()
    if golongan:
        if status is nip.EmployeeStatus.PNS:
            golongan = pangkat.parse_golongan(golongan).code
        else:
            golongan = pangkat.parse_pppk_golongan(golongan)
    gender = e.gender or parsed.gender.value
    if gender not in {g.value for g in nip.Gender}:
        raise SkpError(Code.UNKNOWN_VALUE, kind="gender", value=gender)
    row = _fields(e)
    row.update(nip=parsed.digits, name=e.name.strip(), golongan=golongan, gender=gender, status=status.value)
    return row
