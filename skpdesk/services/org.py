"""Organisation and people: units, positions, employees, acting assignments (R-ORG, R-JABATAN)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from skpdesk.domain import jabatan, nip, pangkat, roles
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.nip import EmployeeStatus
from skpdesk.domain.roles import Action
from skpdesk.models.tables import ActingAssignment, Employee, OrgUnit, Position, RoleGrant
from skpdesk.services.access import is_atasan, unit_of_employee
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


# A row of ``employee_index``: plain tuples, so 50,000 of them load and filter quickly.
# (id, nip, status, name, gelar_depan, gelar_belakang, golongan, position_id, jabatan title,
#  jenjang, unit_id)
EmployeeIndexRow = tuple[str, str, str, str, str, str, str, str | None, str, str, str | None]
# A row of ``position_index``: (id, title, jenjang, unit_id, is_head, holder name, holders).
PositionIndexRow = tuple[str, str, str, str | None, bool, str, int]


@dataclass(frozen=True)
class UnitInfo:
    """One unit of the tree, with its own (not its subtree's) employees and positions."""

    id: str
    name: str
    short_name: str
    kind: str
    parent_id: str | None
    sort_order: int
    employees: int
    positions: int


@dataclass(frozen=True)
class Holder:
    """Who holds a position: definitively (kind "") or as Plt/Plh."""

    employee_id: str
    name: str
    kind: str = ""


@dataclass(frozen=True)
class ActingRow:
    id: str
    employee_id: str
    employee_name: str
    position_id: str
    position_title: str
    unit_id: str | None
    unit_name: str
    kind: str  # plt / plh
    start: dt.date
    end: dt.date | None
    decree: str
    active: bool  # on the acting person's today


@dataclass(frozen=True)
class PositionRow:
    """A jabatan with its atasan position and who holds each (R-JABATAN)."""

    id: str
    title: str
    jenis: str
    jenjang: str
    is_head: bool
    unit_id: str | None
    unit_name: str
    atasan_position_id: str | None
    atasan_title: str
    holders: tuple[Holder, ...]  # definitive holders, then active Plt/Plh
    atasan_holders: tuple[Holder, ...]


@dataclass(frozen=True)
class EmployeeDetail:
    id: str
    nip: str
    status: str
    name: str
    gelar_depan: str
    gelar_belakang: str
    gender: str
    golongan: str
    email: str
    phone: str
    position: PositionRow | None
    acting: tuple[ActingRow, ...]  # this person's Plt/Plh assignments, newest first
    grants: tuple[GrantRow, ...]
    is_atasan: bool


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

    # -- reading for the Organisation & People screen --------------------------------------------

    def unit_tree(self) -> list[UnitInfo]:
        """Every live unit in display order, with its own employee and position counts."""
        with self._read() as s:
            staffed = dict(
                s.execute(
                    select(Position.org_unit_id, func.count(Employee.id))
                    .join(Employee, Employee.position_id == Position.id)
                    .where(Employee.deleted.is_(False), Position.deleted.is_(False))
                    .group_by(Position.org_unit_id)
                ).all()
            )
            seats = dict(
                s.execute(
                    select(Position.org_unit_id, func.count(Position.id))
                    .where(Position.deleted.is_(False))
                    .group_by(Position.org_unit_id)
                ).all()
            )
            units = s.execute(
                select(
                    OrgUnit.id,
                    OrgUnit.name,
                    OrgUnit.short_name,
                    OrgUnit.kind,
                    OrgUnit.parent_id,
                    OrgUnit.sort_order,
                )
                .where(OrgUnit.deleted.is_(False))
                .order_by(OrgUnit.sort_order, OrgUnit.name)
            ).all()
            return [
                UnitInfo(
                    u.id,
                    u.name,
                    u.short_name,
                    u.kind,
                    u.parent_id,
                    u.sort_order,
                    staffed.get(u.id, 0),
                    seats.get(u.id, 0),
                )
                for u in units
            ]

    def employee_index(self, ids: Collection[str] | None = None) -> list[EmployeeIndexRow]:
        """All live employees (or the live ones among ``ids``) as tuples, in one query per 500 ids.

        The unit is given by id; the screen names it from ``unit_tree`` (a rename then costs no
        reload of 50,000 rows)."""
        query = (
            select(
                Employee.id,
                Employee.nip,
                Employee.status,
                Employee.name,
                Employee.gelar_depan,
                Employee.gelar_belakang,
                Employee.golongan,
                Employee.position_id,
                func.coalesce(Position.title, ""),
                func.coalesce(Position.jenjang, ""),
                Position.org_unit_id,
            )
            .outerjoin(Position, (Position.id == Employee.position_id) & Position.deleted.is_(False))
            .where(Employee.deleted.is_(False))
        )
        with self._read() as s:
            connection = s.connection()  # Core rows, not ORM: a third of the time for 50,000
            if ids is None:
                return [tuple(r) for r in connection.execute(query.order_by(Employee.name))]
            wanted = list(ids)
            rows: list[EmployeeIndexRow] = []
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                rows += [tuple(r) for r in connection.execute(query.where(Employee.id.in_(chunk)))]
            return rows

    def position_index(self) -> list[PositionIndexRow]:
        """Every live position with its first holder's name and the number of holders (pickers).

        One Core query (no ORM rows): 50,000 positions load in a fraction of a second."""
        holder = (Employee.position_id == Position.id) & Employee.deleted.is_(False)
        query = (
            select(
                Position.id,
                Position.title,
                Position.jenjang,
                Position.org_unit_id,
                Position.is_head,
                func.coalesce(func.min(Employee.name), ""),
                func.count(Employee.id),
            )
            .outerjoin(Employee, holder)
            .where(Position.deleted.is_(False))
            .group_by(Position.id)
            .order_by(Position.org_unit_id, Position.is_head.desc(), Position.title)
        )
        with self._read() as s:
            return [tuple(r) for r in s.connection().execute(query)]  # type: ignore[misc]

    def positions_of_unit(self, unit_id: str) -> list[PositionRow]:
        """The unit's own positions (head first) with their atasan position and who holds each."""
        with self._read() as s:
            ids = list(
                s.execute(
                    select(Position.id)
                    .where(Position.org_unit_id == unit_id, Position.deleted.is_(False))
                    .order_by(Position.is_head.desc(), Position.title)
                ).scalars()
            )
            return _position_rows(s, ids, self._access.today())

    def positions_in_units(self, unit_ids: Sequence[str], limit: int = 1000) -> tuple[list[PositionRow], int]:
        """Positions of these units (in the order of ``unit_ids``, head first), at most ``limit``
        of them, and how many there are in all. Units are read a few at a time, in order, until
        the limit is reached (a provinsi's root has 50,000 positions)."""
        wanted = list(unit_ids)
        live = Position.deleted.is_(False)
        with self._read() as s:
            total = 0
            for start in range(0, len(wanted), 500):
                total += s.execute(
                    select(func.count())
                    .select_from(Position)
                    .where(Position.org_unit_id.in_(wanted[start : start + 500]), live)
                ).scalar_one()
            order = {u: n for n, u in enumerate(wanted)}
            found: list[tuple[int, bool, str, str]] = []
            for start in range(0, len(wanted), 50):
                if len(found) >= limit:
                    break  # later units sort after everything found so far
                for r in s.execute(
                    select(Position.id, Position.org_unit_id, Position.is_head, Position.title).where(
                        Position.org_unit_id.in_(wanted[start : start + 50]), live
                    )
                ).all():
                    found.append((order[r.org_unit_id], not r.is_head, r.title, r.id))
            found.sort()
            ids = [f[3] for f in found[:limit]]
            return _position_rows(s, ids, self._access.today()), total

    def position_detail(self, position_id: str) -> PositionRow:
        with self._read() as s:
            rows = _position_rows(s, [position_id], self._access.today())
            if not rows:
                raise SkpError(Code.RECORD_NOT_FOUND, kind="position", id=position_id)
            return rows[0]

    def acting_assignments(
        self,
        *,
        employee_id: str | None = None,
        position_ids: Collection[str] | None = None,
        include_ended: bool = True,
    ) -> list[ActingRow]:
        """Plt/Plh assignments of a person or of positions, newest first."""
        today = self._access.today()
        with self._read() as s:
            query = (
                select(
                    ActingAssignment.id,
                    ActingAssignment.employee_id,
                    Employee.name,
                    ActingAssignment.position_id,
                    Position.title,
                    Position.org_unit_id,
                    OrgUnit.name.label("unit"),
                    ActingAssignment.kind,
                    ActingAssignment.start_date,
                    ActingAssignment.end_date,
                    ActingAssignment.decree,
                )
                .join(Employee, Employee.id == ActingAssignment.employee_id)
                .join(Position, Position.id == ActingAssignment.position_id)
                .outerjoin(OrgUnit, OrgUnit.id == Position.org_unit_id)
                .where(ActingAssignment.deleted.is_(False))
                .order_by(ActingAssignment.start_date.desc())
            )
            if employee_id is not None:
                query = query.where(ActingAssignment.employee_id == employee_id)
            if position_ids is not None:
                query = query.where(ActingAssignment.position_id.in_(list(position_ids)))
            rows = [
                ActingRow(
                    r.id,
                    r.employee_id,
                    r.name,
                    r.position_id,
                    r.title,
                    r.org_unit_id,
                    r.unit or "",
                    r.kind,
                    r.start_date,
                    r.end_date,
                    r.decree,
                    r.start_date <= today and (r.end_date is None or today <= r.end_date),
                )
                for r in s.execute(query).all()
            ]
            if not include_ended:
                rows = [r for r in rows if r.end is None or r.end >= today]
            return rows

    def employee_detail(self, employee_id: str) -> EmployeeDetail:
        today = self._access.today()
        with self._read() as s:
            e = require(s, Employee, employee_id, "employee")
            positions = _position_rows(s, [e.position_id], today) if e.position_id else []
            grants = s.execute(
                select(RoleGrant.id, RoleGrant.role, RoleGrant.org_unit_id, OrgUnit.name.label("unit"))
                .outerjoin(OrgUnit, OrgUnit.id == RoleGrant.org_unit_id)
                .where(RoleGrant.employee_id == employee_id, RoleGrant.deleted.is_(False))
                .order_by(RoleGrant.role)
            ).all()
            atasan = is_atasan(s, employee_id, today)
        return EmployeeDetail(
            id=e.id,
            nip=e.nip,
            status=e.status,
            name=e.name,
            gelar_depan=e.gelar_depan,
            gelar_belakang=e.gelar_belakang,
            gender=e.gender,
            golongan=e.golongan,
            email=e.email,
            phone=e.phone,
            position=positions[0] if positions else None,
            acting=tuple(self.acting_assignments(employee_id=employee_id)),
            grants=tuple(
                GrantRow(g.id, employee_id, e.name, g.role, g.org_unit_id, g.unit or "") for g in grants
            ),
            is_atasan=atasan,
        )

    def employee_values(self, employee_id: str) -> dict[str, Any]:
        """The editable fields of one employee as stored (what an undo of an edit restores)."""
        with self._read() as s:
            e = require(s, Employee, employee_id, "employee")
            return {f: getattr(e, f) for f in NewEmployee.__dataclass_fields__ if f != "id"}

    # -- writing for the Organisation & People screen --------------------------------------------

    def move_employee(self, employee_id: str, position_id: str | None) -> Changes:
        """Put an employee in another position (None: no position). Both units must be in scope."""
        with self._write() as w:
            require(w.session, Employee, employee_id, "employee")
            self._access.require_in_scope(
                w.session, Action.EDIT_ORG, unit_of_employee(w.session, employee_id)
            )
            if position_id is not None:
                target = require(w.session, Position, position_id, "position")
                self._access.require_in_scope(w.session, Action.EDIT_ORG, target.org_unit_id)
            w.update(Employee, employee_id, position_id=position_id)
            return w.changes

    def restore_employee(self, employee_id: str) -> Changes:
        """Undo a delete: the employee comes back unless a live employee took the NIP meanwhile."""
        with self._write() as w:
            row = w.session.execute(
                select(Employee.nip, Employee.deleted).where(Employee.id == employee_id)
            ).one_or_none()
            if row is None:
                raise SkpError(Code.RECORD_NOT_FOUND, kind="employee", id=employee_id)
            self._access.require_in_scope(
                w.session, Action.EDIT_ORG, unit_of_employee(w.session, employee_id)
            )
            clash = w.session.execute(
                select(Employee.id).where(
                    Employee.nip == row.nip, Employee.deleted.is_(False), Employee.id != employee_id
                )
            ).first()
            if clash:
                raise SkpError(Code.DUPLICATE_NIP, nip=nip.format_nip(row.nip))
            w.undelete(Employee, employee_id)
            return w.changes

    def end_acting(self, assignment_id: str, end: dt.date | None) -> Changes:
        """Set (or, with None, clear) the last day of a Plt/Plh assignment; never before its start."""
        with self._write() as w:
            row = require(w.session, ActingAssignment, assignment_id, "acting_assignment")
            self._access.require_in_scope(
                w.session, Action.EDIT_ORG, _unit_of_position(w.session, row.position_id)
            )
            if end is not None and end < row.start_date:
                raise SkpError(Code.PERIOD_INVALID, start=row.start_date.isoformat(), end=end.isoformat())
            w.update(ActingAssignment, assignment_id, end_date=end)
            return w.changes

    def remove_acting(self, assignment_id: str) -> Changes:
        """Delete a Plt/Plh assignment (the undo of ``assign_acting``)."""
        with self._write() as w:
            row = require(w.session, ActingAssignment, assignment_id, "acting_assignment")
            self._access.require_in_scope(
                w.session, Action.EDIT_ORG, _unit_of_position(w.session, row.position_id)
            )
            w.delete(ActingAssignment, assignment_id)
            return w.changes

    def restore_acting(self, assignment_id: str) -> Changes:
        """Bring back a deleted Plt/Plh assignment (the redo of ``assign_acting`` after an undo)."""
        with self._write() as w:
            position_id = w.session.execute(
                select(ActingAssignment.position_id).where(ActingAssignment.id == assignment_id)
            ).one_or_none()
            if position_id is None:
                raise SkpError(Code.RECORD_NOT_FOUND, kind="acting_assignment", id=assignment_id)
            self._access.require_in_scope(
                w.session, Action.EDIT_ORG, _unit_of_position(w.session, position_id[0])
            )
            w.undelete(ActingAssignment, assignment_id)
            return w.changes

    def restore_grant(self, grant_id: str) -> Changes:
        """Bring back a revoked role (the undo of ``revoke_role``), within the granter's scope."""
        with self._write() as w:
            row = w.session.execute(
                select(RoleGrant.org_unit_id).where(RoleGrant.id == grant_id)
            ).one_or_none()
            if row is None:
                raise SkpError(Code.RECORD_NOT_FOUND, kind="role_grant", id=grant_id)
            self._access.require_in_scope(w.session, Action.GRANT_ROLES, row.org_unit_id)
            w.undelete(RoleGrant, grant_id)
            return w.changes

    # -- editing units and positions (the Organisation & People screen) --------------------------

    def update_position(self, position_id: str, **changes: Any) -> Changes:
        """Change a position's title, jenjang (its jenis follows), is_head or kelompok_pelaksana."""
        allowed = {"title", "jenjang", "is_head", "kelompok_pelaksana"}
        unknown = set(changes) - allowed
        if unknown:
            raise SkpError(Code.RECORD_INVALID, field=",".join(sorted(unknown)), reason="unknown-field")
        with self._write() as w:
            position = require(w.session, Position, position_id, "position")
            self._access.require_in_scope(w.session, Action.EDIT_ORG, position.org_unit_id)
            row: dict[str, Any] = {}
            if "title" in changes:
                title = str(changes["title"] or "").strip()
                if not title:
                    raise SkpError(Code.RECORD_INVALID, field="title", reason="empty")
                row["title"] = title
            if "jenjang" in changes:
                # SKP-REFERENCE R-JABATAN: the jenis (JPT, JA, JF) follows from the jenjang.
                level = jabatan.parse_jenjang(str(changes["jenjang"]))
                row.update(jenjang=level.value, jenis=jabatan.jenis_of(level).value)
            if "is_head" in changes:
                row["is_head"] = bool(changes["is_head"])
            if "kelompok_pelaksana" in changes:
                kelompok = changes["kelompok_pelaksana"] or None
                if kelompok is not None and kelompok not in {k.value for k in jabatan.KelompokPelaksana}:
                    raise SkpError(Code.UNKNOWN_VALUE, kind="kelompok-pelaksana", value=kelompok)
                row["kelompok_pelaksana"] = kelompok
            if row:
                w.update(Position, position_id, **row)
            return w.changes

    def delete_position(self, position_id: str) -> Changes:
        """Delete a position nobody holds (nor acts in) and no other position reports to."""
        with self._write() as w:
            position = require(w.session, Position, position_id, "position")
            self._access.require_in_scope(w.session, Action.EDIT_ORG, position.org_unit_id)
            holders = w.session.execute(
                select(func.count())
                .select_from(Employee)
                .where(Employee.position_id == position_id, Employee.deleted.is_(False))
            ).scalar_one()
            today = self._access.today()
            acting = w.session.execute(
                select(func.count())
                .select_from(ActingAssignment)
                .where(
                    ActingAssignment.position_id == position_id,
                    ActingAssignment.deleted.is_(False),
                    (ActingAssignment.end_date.is_(None)) | (ActingAssignment.end_date >= today),
                )
            ).scalar_one()
            if holders or acting:
                raise SkpError(
                    Code.RECORD_INVALID, field="position", reason="held", holders=holders, acting=acting
                )
            below = w.session.execute(
                select(func.count())
                .select_from(Position)
                .where(Position.atasan_position_id == position_id, Position.deleted.is_(False))
            ).scalar_one()
            if below:
                raise SkpError(Code.RECORD_INVALID, field="position", reason="atasan-of", positions=below)
            w.delete(Position, position_id)
            return w.changes

    def restore_position(self, position_id: str) -> Changes:
        """Bring back a deleted position (the undo of ``delete_position``); its unit must be live."""
        with self._write() as w:
            row = w.session.execute(
                select(Position.org_unit_id).where(Position.id == position_id)
            ).one_or_none()
            if row is None:
                raise SkpError(Code.RECORD_NOT_FOUND, kind="position", id=position_id)
            require(w.session, OrgUnit, row.org_unit_id, "org_unit")
            self._access.require_in_scope(w.session, Action.EDIT_ORG, row.org_unit_id)
            w.undelete(Position, position_id)
            return w.changes

    def restore_unit(self, unit_id: str) -> Changes:
        """Bring back a deleted unit (the undo of ``delete_unit``) under its live parent."""
        with self._write() as w:
            row = w.session.execute(select(OrgUnit.parent_id).where(OrgUnit.id == unit_id)).one_or_none()
            if row is None:
                raise SkpError(Code.RECORD_NOT_FOUND, kind="org_unit", id=unit_id)
            if row.parent_id is not None:
                require(w.session, OrgUnit, row.parent_id, "org_unit")
            self._access.require_in_scope(w.session, Action.EDIT_ORG, row.parent_id)
            w.undelete(OrgUnit, unit_id)
            return w.changes


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


def _unit_of_position(session: Session, position_id: str | None) -> str | None:
    if not position_id:
        return None
    return session.execute(select(Position.org_unit_id).where(Position.id == position_id)).scalar()


def _position_rows(session: Session, ids: Sequence[str], today: dt.date) -> list[PositionRow]:
    """PositionRows for ``ids`` (live ones, in the given order), atasan and holders included."""
    if not ids:
        return []
    found = {
        r.id: r
        for r in session.execute(
            select(
                Position.id,
                Position.title,
                Position.jenis,
                Position.jenjang,
                Position.is_head,
                Position.org_unit_id,
                Position.atasan_position_id,
                OrgUnit.name.label("unit"),
            )
            .outerjoin(OrgUnit, OrgUnit.id == Position.org_unit_id)
            .where(Position.id.in_(list(ids)), Position.deleted.is_(False))
        ).all()
    }
    atasan_ids = {r.atasan_position_id for r in found.values() if r.atasan_position_id}
    atasan_titles = dict(
        session.execute(
            select(Position.id, Position.title).where(
                Position.id.in_(atasan_ids), Position.deleted.is_(False)
            )
        ).all()
    )
    holders = _holders(session, set(found) | set(atasan_titles), today)
    rows = []
    for position_id in ids:
        r = found.get(position_id)
        if r is None:
            continue
        atasan = r.atasan_position_id if r.atasan_position_id in atasan_titles else None
        rows.append(
            PositionRow(
                id=r.id,
                title=r.title,
                jenis=r.jenis,
                jenjang=r.jenjang,
                is_head=r.is_head,
                unit_id=r.org_unit_id,
                unit_name=r.unit or "",
                atasan_position_id=atasan,
                atasan_title=atasan_titles.get(atasan, "") if atasan else "",
                holders=tuple(holders.get(r.id, ())),
                atasan_holders=tuple(holders.get(atasan, ())) if atasan else (),
            )
        )
    return rows


def _holders(session: Session, position_ids: set[str], today: dt.date) -> dict[str, list[Holder]]:
    """Definitive holders of each position, then the Plt/Plh acting in it on ``today``."""
    result: dict[str, list[Holder]] = {}
    if not position_ids:
        return result
    wanted = list(position_ids)
    for position_id, employee_id, name in session.execute(
        select(Employee.position_id, Employee.id, Employee.name)
        .where(Employee.position_id.in_(wanted), Employee.deleted.is_(False))
        .order_by(Employee.name)
    ).all():
        result.setdefault(str(position_id), []).append(Holder(employee_id, name))
    for a in session.execute(
        select(
            ActingAssignment.position_id,
            ActingAssignment.employee_id,
            Employee.name,
            ActingAssignment.kind,
            ActingAssignment.start_date,
            ActingAssignment.end_date,
        )
        .join(Employee, Employee.id == ActingAssignment.employee_id)
        .where(
            ActingAssignment.position_id.in_(wanted),
            ActingAssignment.deleted.is_(False),
            Employee.deleted.is_(False),
        )
        .order_by(ActingAssignment.start_date)
    ).all():
        if a.start_date <= today and (a.end_date is None or today <= a.end_date):
            result.setdefault(str(a.position_id), []).append(Holder(str(a.employee_id), a.name, a.kind))
    return result
