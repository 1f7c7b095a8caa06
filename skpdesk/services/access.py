"""Who is acting, and the checks every service makes before it writes (domain.roles).

The GUI signs a person in with one of their roles; the services ask ``Access`` before each write,
so hiding a button is never the only guard. The command line and the demo builder act as the
workspace itself (``Actor.system``): they are the office's batch tools, run by whoever holds the
workspace folder, and the op log records the device either way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import GRANTED_ROLES, Action, Role, allows
from skpdesk.models.store import Store
from skpdesk.models.tables import ActingAssignment, Employee, OrgUnit, Plan, Position, RoleGrant


@dataclass(frozen=True)
class Actor:
    employee_id: str | None
    role: Role
    scope_unit_id: str | None = None  # None: the whole instansi
    name: str = ""
    system: bool = False

    @classmethod
    def workspace(cls) -> Actor:
        """The command line and the demo builder: the workspace acting on itself."""
        return cls(None, Role.PUSAT, None, "SKP Desk", system=True)


@dataclass(frozen=True)
class RoleChoice:
    """A role a person may sign in with, and where it applies."""

    role: Role
    scope_unit_id: str | None = None
    scope_name: str = ""


def _unit_of_position(session: Session, position_id: str | None) -> str | None:
    if not position_id:
        return None
    return session.execute(select(Position.org_unit_id).where(Position.id == position_id)).scalar()


def unit_of_employee(session: Session, employee_id: str) -> str | None:
    position_id = session.execute(select(Employee.position_id).where(Employee.id == employee_id)).scalar()
    return _unit_of_position(session, position_id)


def unit_within(session: Session, unit_id: str | None, scope_unit_id: str) -> bool:
    """Is ``unit_id`` the scope unit or below it? (R-ORG: the tree is data.)"""
    seen: set[str] = set()
    cursor = unit_id
    while cursor is not None and cursor not in seen:
        if cursor == scope_unit_id:
            return True
        seen.add(cursor)
        cursor = session.execute(select(OrgUnit.parent_id).where(OrgUnit.id == cursor)).scalar()
    return False


def acting_positions(session: Session, employee_id: str, today: dt.date) -> set[str]:
    """Positions an employee holds as Plt/Plh on ``today``."""
    rows = session.execute(
        select(ActingAssignment.position_id, ActingAssignment.start_date, ActingAssignment.end_date).where(
            ActingAssignment.employee_id == employee_id, ActingAssignment.deleted.is_(False)
        )
    ).all()
    return {
        r.position_id
        for r in rows
        if r.position_id and r.start_date <= today and (r.end_date is None or today <= r.end_date)
    }


def held_positions(session: Session, employee_id: str, today: dt.date) -> set[str]:
    own = session.execute(
        select(Employee.position_id).where(Employee.id == employee_id, Employee.deleted.is_(False))
    ).scalar()
    return ({own} if own else set()) | acting_positions(session, employee_id, today)


def is_atasan(session: Session, employee_id: str, today: dt.date) -> bool:
    """Someone whose (own or acting) position is the atasan position of another position."""
    positions = held_positions(session, employee_id, today)
    if not positions:
        return False
    return bool(
        session.execute(
            select(exists().where(Position.atasan_position_id.in_(positions), Position.deleted.is_(False)))
        ).scalar()
    )


def role_choices(session: Session, employee_id: str | None, today: dt.date) -> list[RoleChoice]:
    """The roles a person may take: pegawai always, atasan from the organisation, the rest granted.

    A workspace where no role has been granted yet lets anyone set it up as BKPSDM pusat (that is
    how a new workspace gets its first grants); ``employee_id`` None is that set-up person.
    """
    any_grant = session.execute(select(exists().where(RoleGrant.deleted.is_(False)))).scalar()
    choices: list[RoleChoice] = []
    if employee_id is not None:
        choices.append(RoleChoice(Role.PEGAWAI))
        if is_atasan(session, employee_id, today):
            choices.append(RoleChoice(Role.ATASAN))
        grants = session.execute(
            select(RoleGrant.role, RoleGrant.org_unit_id, OrgUnit.name)
            .outerjoin(OrgUnit, OrgUnit.id == RoleGrant.org_unit_id)
            .where(RoleGrant.employee_id == employee_id, RoleGrant.deleted.is_(False))
            .order_by(RoleGrant.role)
        ).all()
        for g in grants:
            try:
                role = Role(g.role)
            except ValueError:
                continue  # a role from a newer version: ignored, never widened
            if role in GRANTED_ROLES:
                choices.append(RoleChoice(role, g.org_unit_id, g.name or ""))
    if not any_grant and all(c.role is not Role.PUSAT for c in choices):
        choices.append(RoleChoice(Role.PUSAT))
    return choices


class Access:
    """The acting person of one open workspace, and the checks the services call."""

    def __init__(self, store: Store, actor: Actor | None) -> None:
        self._store = store
        self.actor = actor
        self.clock: Callable[[], dt.date] = dt.date.today  # tests and the demo set their own day

    def today(self) -> dt.date:
        return self.clock()

    def current(self) -> Actor:
        if self.actor is None:
            raise SkpError(Code.NO_USER)
        return self.actor

    def can(self, action: Action) -> bool:
        """For the UI: is the action offered at all to the acting role?"""
        actor = self.actor
        return actor is not None and (actor.system or allows(actor.role, action))

    # -- checks used inside a service's transaction ---------------------------------------------

    def require(self, action: Action) -> Actor:
        actor = self.current()
        if not actor.system and not allows(actor.role, action):
            raise SkpError(Code.NOT_ALLOWED, role=actor.role.value, action=action.value)
        return actor

    def require_in_scope(self, session: Session, action: Action, unit_id: str | None) -> Actor:
        """The action, on something belonging to ``unit_id`` (None: the instansi as a whole)."""
        actor = self.require(action)
        if actor.system or actor.scope_unit_id is None:
            return actor
        if unit_id is None or not unit_within(session, unit_id, actor.scope_unit_id):
            scope = session.execute(select(OrgUnit.name).where(OrgUnit.id == actor.scope_unit_id)).scalar()
            raise SkpError(Code.OUT_OF_SCOPE, scope=scope or actor.scope_unit_id)
        return actor

    def require_own_or(
        self, session: Session, own: Action, others: Action, employee_id: str | None, kind: str
    ) -> Actor:
        """``own`` on the actor's own record, otherwise ``others`` within scope."""
        actor = self.current()
        if actor.system:
            return actor
        if employee_id is not None and employee_id == actor.employee_id:
            return self.require(own)
        if not allows(actor.role, others):
            raise SkpError(Code.NOT_OWN_RECORD, kind=kind)
        unit = unit_of_employee(session, employee_id) if employee_id else None
        return self.require_in_scope(session, others, unit)

    def require_penilai(self, session: Session, action: Action, plan_id: str, today: dt.date) -> Actor:
        """Only the plan's pejabat penilai kinerja (or the Plt/Plh in that position) may act."""
        actor = self.require(action)
        if actor.system:
            return actor
        if actor.employee_id is None or not is_penilai(session, actor.employee_id, plan_id, today):
            raise SkpError(Code.NOT_PENILAI)
        return actor


def is_penilai(session: Session, employee_id: str, plan_id: str, today: dt.date) -> bool:
    plan = session.execute(
        select(Plan.employee_id, Plan.penilai_employee_id, Plan.penilai_position_id, Plan.position_id).where(
            Plan.id == plan_id
        )
    ).one_or_none()
    if plan is None or plan.employee_id == employee_id:  # nobody rates their own plan
        return False
    if plan.penilai_employee_id == employee_id:
        return True
    penilai_position = plan.penilai_position_id
    if penilai_position is None and plan.position_id:
        penilai_position = session.execute(
            select(Position.atasan_position_id).where(Position.id == plan.position_id)
        ).scalar()
    return penilai_position is not None and penilai_position in held_positions(session, employee_id, today)
