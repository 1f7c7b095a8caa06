"""Beranda: what needs the acting person now, with the R-DEADLINES date each task is due.

SKP-REFERENCE R-DEADLINES (the dates), R-LIFECYCLE (who acts: pegawai drafts, the pengelola
kinerja reviews, the pejabat penilai sets and rates), R-PERIOD / R-PERIODIC (evaluation periods).

Beranda is the first screen painted at start-up, so ``tasks`` is a handful of small SQL queries:
counts are aggregated in SQL over the pengelola's scope (a whole kabupaten of thousands of
employees), and only the few rows of the person's own plans and their subordinates' plans are
read into Python.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Final, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from skpdesk.domain import deadlines
from skpdesk.domain.deadlines import DeadlineSettings, Urgency, YearDate
from skpdesk.domain.errors import SkpError
from skpdesk.domain.periods import (
    AKHIR_CODE,
    DEFAULT_EVALUATION_FREQUENCY,
    EvaluationFrequency,
    PlanPeriod,
    evaluation_periods,
    evaluation_periods_for,
)
from skpdesk.domain.roles import Action, Role
from skpdesk.models.tables import (
    Assessment,
    BundleLog,
    Employee,
    Op,
    OrgUnit,
    Period,
    Plan,
    Position,
    RoleGrant,
)
from skpdesk.services.access import Actor, held_positions
from skpdesk.services.base import Service

# Roles whose grant makes someone the pengelola kinerja who reviews the plans of a unit (R-REVIU).
# The central office (pusat) may review too, but its grant covers the whole instansi in every
# workspace; counting it would mean no atasan ever sees a plan that nobody reviews.
REVIEWER_ROLES: Final = (Role.PENGELOLA, Role.SUBBAGIAN)
MAX_SUBJECTS: Final = 5  # names kept per task (for a tooltip); the count is always exact
_Q = TypeVar("_Q", bound=Select[*tuple[Any, ...]])


class TaskKind(StrEnum):
    DRAFT_OWN_PLAN = "draft-own-plan"  # no plan of one's own for the year yet
    CONTINUE_OWN_PLAN = "continue-own-plan"  # own plan still a draft
    REVISE_OWN_PLAN = "revise-own-plan"  # own draft returned with a review note
    REVIEW_PLANS = "review-plans"  # pengelola: plans diajukan in scope (R-REVIU)
    FALLBACK_DRAFTS = "fallback-drafts"  # pengelola: nobody drafted by the 2nd week of January
    APPROVE_PLANS = "approve-plans"  # penilai: plans waiting for penetapan
    RATE_PERIOD = "rate-period"  # penilai: an ended periodic evaluation period (R-PERIODIC)
    RATE_AKHIR = "rate-akhir"  # penilai: the annual rating after the year
    KEBERATAN_WINDOW = "keberatan-window"  # pegawai: a result received, keberatan still possible
    SEND_CHANGES = "send-changes"  # sync roles: changes made here not yet sent
    APPLY_BUNDLES = "apply-bundles"  # sync roles: bundles received, not applied


KIND_ORDER: Final = {k: n for n, k in enumerate(TaskKind)}


@dataclass(frozen=True)
class Task:
    """One thing the acting person should do (or may do, for ``KEBERATAN_WINDOW``)."""

    kind: TaskKind
    count: int
    due: dt.date | None  # None: no deadline (synchronisation)
    urgency: Urgency
    area: str  # the main window's area key: "skp", "penilaian", "sinkronisasi", ...
    target: str = ""
    """What the area should open: a plan id (an employee id for ``FALLBACK_DRAFTS``) when the task
    is about one item; empty for a group or when there is nothing to open yet."""
    subjects: tuple[str, ...] = ()
    """Employee names, up to MAX_SUBJECTS (always the name when ``count`` is 1, except for
    the person's own tasks)."""
    rule: str = "R-DEADLINES"
    year: int | None = None  # the plan year
    periode: str = ""  # evaluation period code ("TW1", "AKHIR"), for rating and keberatan tasks
    periode_label: str = ""  # its regulation name ("Triwulan I", "Akhir")
    note: str = ""  # the review note of a returned plan


def deadline_settings_from(values: Mapping[str, Any]) -> DeadlineSettings:
    """The [U] deadline settings (``services.settings.SPECS``) as the domain's ``DeadlineSettings``;
    keys that are missing keep their defaults."""
    default = DeadlineSettings()
    fields = {
        "evaluation_days": "deadline.evaluation_days",
        "akhir_month": "deadline.akhir_month",
        "akhir_day": "deadline.akhir_day",
        "keberatan_decision_days": "deadline.keberatan_decision_days",
        "drafting_start_month": "deadline.drafting_start_month",
        "drafting_start_day": "deadline.drafting_start_day",
    }
    chosen: dict[str, int] = {}
    for name, key in fields.items():
        try:
            chosen[name] = int(values.get(key, getattr(default, name)))
        except (TypeError, ValueError):
            chosen[name] = getattr(default, name)
    return DeadlineSettings(**chosen)


@dataclass(frozen=True)
class PersonSummary:
    """Who is greeted on Beranda."""

    name: str
    position: str
    unit: str


@dataclass(frozen=True)
class _PeriodRow:
    id: str
    year: int
    frequency: EvaluationFrequency


class TaskService(Service):
    def tasks(self, today: dt.date | None = None, settings: DeadlineSettings | None = None) -> list[Task]:
        """What the acting person should do, most pressing first (overdue, then by due date).

        Nobody signed in: nothing. The workspace itself (command line) sees the instansi-wide
        view of a pengelola kinerja. ``settings`` None: the workspace's deadline settings.
        """
        actor = self._access.actor
        if actor is None:
            return []
        today = today or self._access.today()
        if settings is None:
            settings = self._settings()
        found: list[Task] = []
        with self._read() as s:
            periods = self._periods(s)
            if actor.employee_id is not None and not actor.system:
                if self._access.can(Action.DRAFT_OWN_PLAN):
                    found += self._own_plans(s, actor.employee_id, periods, today, settings)
                if self._access.can(Action.FILE_KEBERATAN):
                    found += self._keberatan(s, actor.employee_id, today)
                if self._access.can(Action.APPROVE_PLAN) or self._access.can(Action.RATE):
                    found += self._penilai(s, actor.employee_id, periods, today, settings)
            if self._access.can(Action.REVIEW_PLAN):
                found += self._review(s, actor, today)
                if self._access.can(Action.DRAFT_FOR_OTHERS):
                    found += self._fallback(s, actor, periods, today)
            if self._access.can(Action.EXCHANGE_BUNDLES):
                found += self._sync(s, today)
        return sorted(found, key=lambda t: (t.due is None, t.due or dt.date.max, KIND_ORDER[t.kind]))

    def upcoming(
        self, today: dt.date | None = None, settings: DeadlineSettings | None = None, limit: int = 5
    ) -> list[YearDate]:
        """The next R-DEADLINES dates from ``today`` on (this plan year's and the next one's),
        with each year's evaluation frequency (R-PERIODIC [L])."""
        today = today or self._access.today()
        if settings is None:
            settings = self._settings()
        with self._read() as s:
            frequency = {p.year: p.frequency for p in self._periods(s)}
        dates = [
            d
            for year in (today.year - 1, today.year, today.year + 1)
            for d in deadlines.year_dates(year, frequency.get(year, DEFAULT_EVALUATION_FREQUENCY), settings)
            if d.due >= today
        ]
        dates.sort(key=lambda d: d.due)
        return dates[:limit]

    def person(self) -> PersonSummary | None:
        """The acting person's name, position and unit (None: nobody, or the workspace itself)."""
        actor = self._access.actor
        if actor is None or actor.employee_id is None:
            return None
        with self._read() as s:
            row = s.execute(
                select(Employee.name, Position.title, OrgUnit.name.label("unit"))
                .outerjoin(Position, Position.id == Employee.position_id)
                .outerjoin(OrgUnit, OrgUnit.id == Position.org_unit_id)
                .where(Employee.id == actor.employee_id)
            ).one_or_none()
        if row is None:
            return None
        return PersonSummary(row.name, row.title or "", row.unit or "")

    # -- the person's own plan (pegawai) ---------------------------------------------------------

    def _own_plans(
        self,
        s: Session,
        employee_id: str,
        periods: Sequence[_PeriodRow],
        today: dt.date,
        settings: DeadlineSettings,
    ) -> list[Task]:
        me = s.execute(
            select(Employee.position_id, Employee.active).where(
                Employee.id == employee_id, Employee.deleted.is_(False)
            )
        ).one_or_none()
        if me is None or not me.active:
            return []
        # The plan year, and next year's once its drafting has started (R-DEADLINES [U]).
        years = {p.year: p for p in periods if p.year == today.year}
        years |= {
            p.year: p
            for p in periods
            if p.year == today.year + 1 and today >= deadlines.drafting_start(p.year, settings)
        }
        if not years:
            return []
        by_period = {p.id: p for p in years.values()}
        plans = s.execute(
            select(Plan.id, Plan.period_id, Plan.status, Plan.review_note).where(
                Plan.employee_id == employee_id,
                Plan.deleted.is_(False),
                Plan.period_id.in_(list(by_period)),
            )
        ).all()
        out: list[Task] = []
        for period in years.values():
            mine = [p for p in plans if p.period_id == period.id]
            due = deadlines.penetapan_deadline(period.year)  # SKP-REFERENCE R-DEADLINES [V]
            if not mine:
                if me.position_id:  # a plan is for a jabatan (R-SKP-CONTENT)
                    out.append(_task(TaskKind.DRAFT_OWN_PLAN, 1, due, today, "skp", year=period.year))
                continue
            for plan in mine:
                if plan.status != "draft":
                    continue
                # No "dikembalikan" status yet: a draft with a review note came back from reviu.
                returned = bool((plan.review_note or "").strip())
                out.append(
                    _task(
                        TaskKind.REVISE_OWN_PLAN if returned else TaskKind.CONTINUE_OWN_PLAN,
                        1,
                        due,
                        today,
                        "skp",
                        target=plan.id,
                        year=period.year,
                        note=(plan.review_note or "").strip(),
                    )
                )
        return out

    def _keberatan(self, s: Session, employee_id: str, today: dt.date) -> list[Task]:
        """Final results of one's own plans received within the keberatan window (informational)."""
        earliest = today - dt.timedelta(days=deadlines.KEBERATAN_FILING_DAYS)
        rows = s.execute(
            select(Assessment.plan_id, Assessment.periode, Assessment.assessed_on, Period.year)
            .join(Plan, Plan.id == Assessment.plan_id)
            .outerjoin(Period, Period.id == Plan.period_id)
            .where(
                Plan.employee_id == employee_id,
                Plan.deleted.is_(False),
                Assessment.deleted.is_(False),
                Assessment.status == "final",
                Assessment.assessed_on.is_not(None),
                Assessment.assessed_on >= earliest,
                Assessment.assessed_on <= today,
            )
            .order_by(Assessment.assessed_on)
        ).all()
        return [
            _task(
                TaskKind.KEBERATAN_WINDOW,
                1,
                deadlines.keberatan_filing_end(r.assessed_on),  # SKP-REFERENCE R-DEADLINES [P]
                today,
                "penilaian",
                target=r.plan_id or "",
                year=r.year,
                periode=r.periode,
                periode_label=_PERIODE_LABELS.get(r.periode, r.periode),
            )
            for r in rows
        ]

    # -- the pejabat penilai (atasan) --------------------------------------------------------------

    def _penilai(
        self,
        s: Session,
        employee_id: str,
        periods: Sequence[_PeriodRow],
        today: dt.date,
        settings: DeadlineSettings,
    ) -> list[Task]:
        """Plans where the person is the pejabat penilai (as ``access.is_penilai``, in SQL for the
        positions they hold, Plt/Plh included): to set (penetapan), and ended periods to rate."""
        held = held_positions(s, employee_id, today)
        atasan_position = select(Position.atasan_position_id).where(Position.id == Plan.position_id)
        who: list[ColumnElement[bool]] = [Plan.penilai_employee_id == employee_id]
        if held:
            who.append(Plan.penilai_position_id.in_(held))
            who.append(and_(Plan.penilai_position_id.is_(None), atasan_position.scalar_subquery().in_(held)))
        penilai: ColumnElement[bool] = and_(
            Plan.deleted.is_(False),
            Plan.employee_id != employee_id,  # nobody rates their own plan
            or_(*who),
        )
        out: list[Task] = []
        if self._access.can(Action.APPROVE_PLAN):
            out += self._to_approve(s, penilai, today)
        if self._access.can(Action.RATE):
            out += self._to_rate(s, penilai, periods, today, settings)
        return out

    def _to_approve(self, s: Session, penilai: ColumnElement[bool], today: dt.date) -> list[Task]:
        """R-LIFECYCLE: after reviu the penilai sets the plan (direviu); where no pengelola kinerja
        reviews the unit, a submitted plan (diajukan) goes to the penilai directly."""
        reviewed = reviewed_units(s)
        waiting: ColumnElement[bool] = Plan.status == "direviu"
        if reviewed is not None:
            unit = select(Position.org_unit_id).where(Position.id == Plan.position_id).scalar_subquery()
            waiting = or_(waiting, and_(Plan.status == "diajukan", unit.not_in(reviewed)))
        rows = s.execute(
            select(Plan.id, Period.year, Employee.name)
            .join(Period, Period.id == Plan.period_id)
            .join(Employee, Employee.id == Plan.employee_id)
            .where(penilai, waiting)
            .order_by(Period.year, Employee.name)
        ).all()
        out: list[Task] = []
        for year in sorted({r.year for r in rows}):
            group = [r for r in rows if r.year == year]
            out.append(
                _task(
                    TaskKind.APPROVE_PLANS,
                    len(group),
                    deadlines.penetapan_deadline(year),  # SKP-REFERENCE R-DEADLINES [V]
                    today,
                    "skp",
                    target=group[0].id if len(group) == 1 else "",
                    subjects=tuple(r.name for r in group[:MAX_SUBJECTS]),
                    year=year,
                )
            )
        return out

    def _to_rate(
        self,
        s: Session,
        penilai: ColumnElement[bool],
        periods: Sequence[_PeriodRow],
        today: dt.date,
        settings: DeadlineSettings,
    ) -> list[Task]:
        """Ended evaluation periods (R-PERIODIC, per the year's frequency) of ditetapkan plans with
        no assessment for that periode; AKHIR once the year is over. Last year's and this year's."""
        years = {p.id: p for p in periods if p.year in (today.year - 1, today.year)}
        if not years:
            return []
        plans = s.execute(
            select(Plan.id, Plan.period_id, Plan.start_date, Plan.end_date, Employee.name)
            .join(Employee, Employee.id == Plan.employee_id)
            .where(penilai, Plan.status == "ditetapkan", Plan.period_id.in_(list(years)))
            .order_by(Employee.name)
        ).all()
        if not plans:
            return []
        done = set(
            s.execute(
                select(Assessment.plan_id, Assessment.periode).where(
                    Assessment.deleted.is_(False), Assessment.plan_id.in_([p.id for p in plans])
                )
            ).all()
        )
        groups: dict[tuple[int, str], list[tuple[str, str, dt.date]]] = {}
        labels: dict[tuple[int, str], str] = {}
        for plan in plans:
            period = years[plan.period_id]
            try:
                span = PlanPeriod(plan.start_date, plan.end_date)
            except SkpError:  # a bad merge left an impossible span: nothing to rate yet
                continue
            for ev in evaluation_periods_for(span, period.frequency):
                ended = period.year < today.year if ev.is_final else ev.end < today
                if not ended or (plan.id, ev.code) in done:
                    continue
                key = (period.year, ev.code)
                labels[key] = ev.label
                # SKP-REFERENCE R-DEADLINES: period end + evaluation_days [U]; AKHIR next year [U]
                groups.setdefault(key, []).append(
                    (plan.id, plan.name, deadlines.evaluation_deadline(ev, settings))
                )
        out: list[Task] = []
        for (year, code), group in groups.items():
            out.append(
                _task(
                    TaskKind.RATE_AKHIR if code == AKHIR_CODE else TaskKind.RATE_PERIOD,
                    len(group),
                    min(due for _id, _name, due in group),
                    today,
                    "penilaian",
                    target=group[0][0] if len(group) == 1 else "",
                    subjects=tuple(name for _id, name, _due in group[:MAX_SUBJECTS]),
                    year=year,
                    periode=code,
                    periode_label=labels[(year, code)],
                )
            )
        return out

    # -- the pengelola kinerja -------------------------------------------------------------------

    def _review(self, s: Session, actor: Actor, today: dt.date) -> list[Task]:
        """R-REVIU: plans diajukan in the pengelola's scope wait for reviu; due at penetapan."""
        query = (
            select(Period.year, func.count(Plan.id), func.min(Employee.name), func.min(Plan.id))
            .join(Period, Period.id == Plan.period_id)
            .join(Employee, Employee.id == Plan.employee_id)
            .where(Plan.deleted.is_(False), Plan.status == "diajukan")
            .group_by(Period.year)
            .order_by(Period.year)
        )
        query = _in_scope(query, actor, Plan.position_id)
        out = []
        for year, count, name, plan_id in s.execute(query).all():
            out.append(
                _task(
                    TaskKind.REVIEW_PLANS,
                    count,
                    deadlines.penetapan_deadline(year),  # SKP-REFERENCE R-DEADLINES [V]
                    today,
                    "skp",
                    target=plan_id if count == 1 else "",
                    subjects=(name,) if count == 1 else (),
                    rule="R-DEADLINES",
                    year=year,
                )
            )
        return out

    def _fallback(
        self, s: Session, actor: Actor, periods: Sequence[_PeriodRow], today: dt.date
    ) -> list[Task]:
        """R-DEADLINES [V] 8/2021: after the 2nd week of January the pengelola kinerja drafts the
        plans of employees in scope who have none for the year."""
        period = next((p for p in periods if p.year == today.year), None)
        if period is None or today <= deadlines.fallback_draft_date(period.year):
            return []
        # An anti-join on the year's plans, built once (NOT EXISTS per employee made SQLite walk
        # the period's plans for each of thousands of employees).
        planned = select(Plan.employee_id).where(
            Plan.period_id == period.id, Plan.deleted.is_(False), Plan.employee_id.is_not(None)
        )
        query = select(func.count(Employee.id), func.min(Employee.name), func.min(Employee.id)).where(
            Employee.deleted.is_(False),
            Employee.active.is_(True),
            Employee.position_id.is_not(None),
            Employee.id.not_in(planned),
        )
        query = _in_scope(query, actor, Employee.position_id)
        count, name, employee_id = s.execute(query).one()
        if not count:
            return []
        return [
            _task(
                TaskKind.FALLBACK_DRAFTS,
                count,
                deadlines.penetapan_deadline(period.year),  # ditetapkan by end of January [V]
                today,
                "skp",
                target=employee_id if count == 1 else "",
                subjects=(name,) if count == 1 else (),
                year=period.year,
            )
        ]

    # -- synchronisation -------------------------------------------------------------------------

    def _sync(self, s: Session, today: dt.date) -> list[Task]:
        """SYNC.md: changes made on this copy wait to be sent; received bundles wait to be applied.

        No bundle has been sent yet (bundle export is still to come), so every change recorded on
        this copy is waiting; seq is gap-free per node, so their count is the highest seq (an
        index lookup, not a count over the op log). Once bundles go out, subtract the highest seq
        they carried.
        """
        out: list[Task] = []
        waiting = s.execute(select(func.max(Op.seq)).where(Op.node_id == self._store.node.node_id)).scalar()
        if waiting:
            out.append(_task(TaskKind.SEND_CHANGES, int(waiting), None, today, "sinkronisasi", rule=""))
        received = s.execute(
            select(func.count())
            .select_from(BundleLog)
            .where(BundleLog.direction == "in", BundleLog.result != "applied")
        ).scalar_one()
        if received:
            out.append(_task(TaskKind.APPLY_BUNDLES, int(received), None, today, "sinkronisasi", rule=""))
        return out

    # -- shared ----------------------------------------------------------------------------------

    def _periods(self, s: Session) -> list[_PeriodRow]:
        rows = s.execute(
            select(Period.id, Period.year, Period.evaluation_frequency).where(Period.deleted.is_(False))
        ).all()
        out = []
        for r in rows:
            try:
                frequency = EvaluationFrequency(r.evaluation_frequency)
            except ValueError:  # a frequency from a newer version: the official default
                frequency = DEFAULT_EVALUATION_FREQUENCY
            out.append(_PeriodRow(r.id, r.year, frequency))
        return out

    def _settings(self) -> DeadlineSettings:
        from skpdesk.services.settings import SettingsService

        return deadline_settings_from(SettingsService(self._store, self._access).values())


def _task(
    kind: TaskKind,
    count: int,
    due: dt.date | None,
    today: dt.date,
    area: str,
    *,
    target: str = "",
    subjects: tuple[str, ...] = (),
    rule: str = "R-DEADLINES",
    year: int | None = None,
    periode: str = "",
    periode_label: str = "",
    note: str = "",
) -> Task:
    return Task(
        kind,
        count,
        due,
        deadlines.urgency(due, today),
        area,
        target,
        subjects,
        rule,
        year,
        periode,
        periode_label,
        note,
    )


# The regulation's name of each evaluation period code ("TW1" → "Triwulan I"); names do not
# depend on the year.
_PERIODE_LABELS: Final = {
    p.code: p.label for frequency in EvaluationFrequency for p in evaluation_periods(2024, frequency)
}


def _subtree(root_ids: Sequence[str]) -> Any:
    """A recursive CTE of the units at ``root_ids`` and everything below them (R-ORG: the tree is
    data). UNION (not UNION ALL) ends the walk even if a bad merge made a cycle."""
    tree = (
        select(OrgUnit.id.label("id"))
        .where(OrgUnit.id.in_(list(root_ids)), OrgUnit.deleted.is_(False))
        .cte("scope_units", recursive=True)
    )
    return tree.union(select(OrgUnit.id).where(OrgUnit.parent_id == tree.c.id, OrgUnit.deleted.is_(False)))


def _in_scope(query: _Q, actor: Actor, position_column: Any) -> _Q:
    """Limit ``query`` to rows whose position lies in the actor's scope (None: everything)."""
    if actor.system or actor.scope_unit_id is None:
        return query
    units = _subtree([actor.scope_unit_id])
    in_units = select(Position.id).where(Position.org_unit_id.in_(select(units.c.id)))
    return query.where(position_column.in_(in_units))


def reviewed_units(s: Session) -> Any | None:
    """The units some pengelola kinerja reviews (REVIEWER_ROLES grants and their subtrees), as a
    select of ids; None when a grant covers the whole instansi (every plan is reviewed)."""
    roots = (
        s.execute(
            select(RoleGrant.org_unit_id)
            .where(RoleGrant.deleted.is_(False), RoleGrant.role.in_([r.value for r in REVIEWER_ROLES]))
            .distinct()
        )
        .scalars()
        .all()
    )
    if any(r is None for r in roots):
        return None
    tree = _subtree([r for r in roots if r])
    return select(tree.c.id)
