"""Read-only summaries for the overview screens of the areas (issue "The main window").

Every method reads, in one session, what the acting person may see (``Scope``):

- the workspace itself, or a granted role without a scope: the whole instansi;
- a granted role with a scope unit (pengelola kinerja of an OPD, a sub-bureau): that unit's subtree;
- an atasan: their own plans and those of the positions whose atasan position they hold (their
  own or as Plt/Plh today, ``access.held_positions``);
- a pegawai: their own.

Counts are GROUP BY queries grouped by org unit (or period code); the few hundred grouped rows
are then folded with the organisation tree into one row per OPD (for a scope unit: per unit right
under it), so no method loads every plan, result or progress row into Python. Each method
returns frozen dataclasses.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Float, Select, and_, case, cast, false, func, literal, or_, select, true
from sqlalchemy.orm import Session, aliased

from skpdesk.domain import periods
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.predikat import Predikat
from skpdesk.domain.roles import GRANTED_ROLES, Role
from skpdesk.models.tables import (
    Assessment,
    BundleLog,
    Device,
    Employee,
    Evidence,
    Feedback,
    Indicator,
    Nomination,
    Op,
    OrgAssessment,
    OrgGoal,
    OrgUnit,
    Period,
    Plan,
    Position,
    Progress,
    WorkResult,
)
from skpdesk.services.access import held_positions
from skpdesk.services.base import Service

# Scope kinds.
INSTANSI = "instansi"
UNIT = "unit"
TEAM = "team"
OWN = "own"
NOBODY = "none"

# SKP-REFERENCE R-LIFECYCLE [V]: draft → diajukan → direviu → ditetapkan (as services.planning).
PLAN_STATUSES = ("draft", "diajukan", "direviu", "ditetapkan")
# SKP-REFERENCE R-MATRIX [V]: predikat kinerja pegawai, best to worst.
PREDIKAT_ORDER: tuple[str, ...] = tuple(p.value for p in Predikat)
MAX_DEPTH = 64  # a guard against a cycle in a tree that arrived half-synced


@dataclass(frozen=True)
class Scope:
    """What the acting person sees: ``kind`` is instansi, unit, team, own or none."""

    kind: str
    unit_id: str | None = None
    unit_name: str = ""
    employee_id: str | None = None
    employee_name: str = ""


@dataclass(frozen=True)
class StatusRow:
    """Plans of one OPD (``unit_id`` None: plans whose position has no unit) by status."""

    unit_id: str | None
    unit_name: str
    draft: int = 0
    diajukan: int = 0
    direviu: int = 0
    ditetapkan: int = 0
    other: int = 0  # a status from a newer version

    @property
    def total(self) -> int:
        return self.draft + self.diajukan + self.direviu + self.ditetapkan + self.other


@dataclass(frozen=True)
class PlanStatusSummary:
    year: int | None
    rows: tuple[StatusRow, ...]
    total: StatusRow


@dataclass(frozen=True)
class MyPlan:
    plan_id: str
    year: int | None
    status: str
    stage: int
    jenis: str
    position_title: str
    penilai_name: str
    results: int  # RHK
    indicators: int  # IKI
    approved_on: dt.date | None


@dataclass(frozen=True)
class IndicatorLine:
    aspek: str
    text: str
    target_value: str
    target_max: str
    target_unit: str


@dataclass(frozen=True)
class ResultLine:
    """One RHK with its IKI and what it intervenes (R-CASCADE)."""

    result_id: str
    jenis: str  # utama / tambahan
    text: str
    parent_kind: str  # "result" (an atasan's RHK), "goal" (sasaran/IKU), "missing", "" (not linked)
    parent_text: str
    parent_owner: str  # whose RHK it is, or the unit of the goal
    indicators: tuple[IndicatorLine, ...]


@dataclass(frozen=True)
class PlanResults:
    plan_id: str
    employee_name: str
    year: int | None
    status: str
    results: tuple[ResultLine, ...]


@dataclass(frozen=True)
class CascadeRow:
    """RHK of one OPD's plans: utama linked to an atasan's RHK or to a goal, utama not linked."""

    unit_id: str | None
    unit_name: str
    linked_result: int = 0
    linked_goal: int = 0
    orphan: int = 0
    tambahan: int = 0

    @property
    def utama(self) -> int:
        return self.linked_result + self.linked_goal + self.orphan

    @property
    def total(self) -> int:
        return self.utama + self.tambahan


@dataclass(frozen=True)
class CascadeSummary:
    year: int | None
    rows: tuple[CascadeRow, ...]
    total: CascadeRow


@dataclass(frozen=True)
class PeriodeRow:
    """Monitoring of one evaluation period (TW1..TW4, BULAN-xx, AKHIR)."""

    periode: str
    realisasi: int = 0  # progress rows
    indicators_reported: int = 0  # IKI with at least one realisasi
    evidence_files: int = 0
    evidence_bytes: int = 0
    feedback: int = 0


@dataclass(frozen=True)
class ProgressSummary:
    year: int | None
    indicators: int  # IKI of the year's plans in scope
    rows: tuple[PeriodeRow, ...]
    total: PeriodeRow


@dataclass(frozen=True)
class FeedbackLine:
    feedback_id: str
    given_on: dt.date | None
    relation: str
    periode: str
    text: str
    from_name: str
    to_name: str


@dataclass(frozen=True)
class PredikatRow:
    """Final ratings of one OPD by predikat (``counts`` in PREDIKAT_ORDER) and its org predikat."""

    unit_id: str | None
    unit_name: str
    counts: tuple[int, ...] = (0, 0, 0, 0, 0)
    org_predikat: str = ""  # domain.predikat.PredikatOrganisasi value, "" when not set

    @property
    def total(self) -> int:
        return sum(self.counts)

    def count(self, value: str) -> int:
        return self.counts[PREDIKAT_ORDER.index(value)]


@dataclass(frozen=True)
class PredikatSummary:
    year: int | None
    periode: str
    periodes: tuple[str, ...]  # evaluation periods of the year that have ratings
    rows: tuple[PredikatRow, ...]
    total: PredikatRow
    drafts: int  # ratings still in draft (not counted above)


@dataclass(frozen=True)
class NominationLine:
    nomination_id: str
    employee_id: str | None
    name: str
    nip: str
    unit_name: str
    disiplin: Decimal | None
    kinerja: Decimal | None
    inovasi: Decimal | None
    status: str

    @property
    def total(self) -> Decimal:
        """The plain sum: the instansi's weights are configuration still to come (R-AWARD [U])."""
        return sum((s for s in (self.disiplin, self.kinerja, self.inovasi) if s is not None), Decimal(0))


@dataclass(frozen=True)
class NominationSummary:
    year: int | None
    rows: tuple[NominationLine, ...]


@dataclass(frozen=True)
class BundleLine:
    bundle_id: str
    direction: str
    origin_node_id: str
    bundle_seq: int
    result: str
    at: str


@dataclass(frozen=True)
class BackupFile:
    name: str
    path: str
    size: int
    modified: dt.datetime


@dataclass(frozen=True)
class SyncState:
    node_id: str
    device_label: str
    devices: int  # other copies this workspace has heard of
    ops_total: int
    own_ops: int
    unsent_ops: int | None  # None: bundles were sent, but which ops they held is not tracked yet
    bundles: tuple[BundleLine, ...]
    backups: tuple[BackupFile, ...] = field(default=())

    @property
    def latest_backup(self) -> BackupFile | None:
        return self.backups[0] if self.backups else None


@dataclass(frozen=True)
class EmployeeLine:
    """One employee for the employee list (Laporan)."""

    nip: str
    name: str  # with gelar
    golongan: str
    status: str  # pns / pppk
    jabatan: str
    unit: str
    opd: str


@dataclass(frozen=True)
class EmployeeCountRow:
    """Active employees of one OPD by status (PNS / PPPK, R-NIP)."""

    unit_id: str | None
    unit_name: str
    pns: int = 0
    pppk: int = 0
    other: int = 0

    @property
    def total(self) -> int:
        return self.pns + self.pppk + self.other


@dataclass(frozen=True)
class EmployeeCountSummary:
    rows: tuple[EmployeeCountRow, ...]
    total: EmployeeCountRow


@dataclass(frozen=True)
class _Units:
    """The organisation tree, loaded once per call (units are few; employees are many)."""

    names: Mapping[str, str]
    parents: Mapping[str, str | None]
    order: Mapping[str, tuple[int, str]]
    opd_of: Mapping[str, str]  # unit → its OPD (the unit right under a root; a root maps to itself)
    preorder: Mapping[str, int]  # position of each unit in the tree read top-down

    def opd_name(self, opd_id: str | None) -> str:
        return self.names.get(opd_id, "") if opd_id else ""

    def grouping(self, scope: Scope) -> _Grouping:
        """How rows are grouped for ``scope``: per OPD, or, for a scope unit, per unit right
        under it (the scope unit's own staff in a row of its own)."""
        anchor = scope.unit_id if scope.kind == UNIT else None
        if anchor is None or anchor not in self.names:
            roots = {u for u, p in self.parents.items() if p is None}
            shown = [u for u, p in self.parents.items() if p in roots] if scope.kind == INSTANSI else []
            return _Grouping(self, self.opd_of, tuple(shown), None)
        children: dict[str, list[str]] = {}
        for unit_id, parent_id in self.parents.items():
            if parent_id is not None:
                children.setdefault(parent_id, []).append(unit_id)
        group_of = {anchor: anchor}
        queue = [anchor]
        for unit_id in queue:
            for child in children.get(unit_id, ()):
                if child not in group_of:
                    group_of[child] = child if unit_id == anchor else group_of[unit_id]
                    queue.append(child)
        return _Grouping(self, group_of, tuple(children.get(anchor, ())), anchor)


@dataclass(frozen=True)
class _Grouping:
    units: _Units
    group_of: Mapping[str, str]  # unit → the group (row) it is counted in
    shown: tuple[str, ...]  # groups listed even without data (their zeros say something)
    anchor: str | None  # the scope unit, listed first

    def key(self, unit_id: str | None) -> str | None:
        return self.group_of.get(unit_id) if unit_id else None

    def name(self, group: str | None) -> str:
        return self.units.opd_name(group)

    def order(self, with_data: Iterable[str | None]) -> list[str | None]:
        def sort_key(group: str | None) -> tuple[int, int, str]:
            if group is None:
                return (3, 0, "")  # positions without a unit, last
            rank, name = self.units.order.get(group, (0, ""))
            first = group == self.anchor or self.units.parents.get(group) is None
            return (0 if first else 1, rank, name)

        return sorted(set(self.shown) | set(with_data), key=sort_key)

    def fold(self, rows: Iterable[Any], allowed: Collection[str] | None = None) -> _Folded:
        """(unit_id, kind, count) rows → counts per group and kind, and the overall total."""
        groups: dict[str | None, dict[str, int]] = {}
        total: dict[str, int] = {}
        for unit_id, found, n in rows:
            kind = found if allowed is None or found in allowed else "other"
            counts = groups.setdefault(self.key(unit_id), {})
            counts[kind] = counts.get(kind, 0) + n
            total[kind] = total.get(kind, 0) + n
        return _Folded(groups, total, self.order(groups))


@dataclass(frozen=True)
class _Folded:
    groups: Mapping[str | None, Mapping[str, int]]
    total: Mapping[str, int]
    order: list[str | None]

    def of(self, group: str | None) -> dict[str, int]:
        return dict(self.groups.get(group, {}))


@dataclass(frozen=True)
class _Ctx:
    scope: Scope
    held: frozenset[str]


def periode_sort_key(code: str) -> tuple[int, int, str]:
    """TW1..TW4, SEMESTER-1..2, BULAN-01..12, then anything else, AKHIR last (R-PERIODIC)."""
    for rank, pattern in enumerate((r"TW(\d+)", r"SEMESTER-(\d+)", r"BULAN-(\d+)")):
        found = re.fullmatch(pattern, code)
        if found:
            return (rank, int(found.group(1)), code)
    return (9, 0, code) if code == "AKHIR" else (5, 0, code)


def _in_order(counts: Mapping[str, int]) -> tuple[int, ...]:
    return tuple(counts.get(p, 0) for p in PREDIKAT_ORDER)


def _decimal(text: str | None) -> Decimal | None:
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def full_name(name: str, gelar_depan: str, gelar_belakang: str) -> str:
    """ "Dr. Ani Lestari, S.E., M.M.": the name as it is printed on documents."""
    text = f"{gelar_depan.strip()} {name.strip()}".strip()
    return f"{text}, {gelar_belakang.strip()}" if gelar_belakang.strip() else text


class OverviewService(Service):
    # -- who sees what -----------------------------------------------------------------------------

    def scope(self) -> Scope:
        with self._read() as s:
            return self.scope_context(s).scope

    def years(self) -> list[int]:
        """Plan years of the workspace, newest first (R-PERIOD)."""
        with self._read() as s:
            return self._years(s)

    # -- SKP -----------------------------------------------------------------------------------

    def plans_by_status(self, year: int | None = None) -> PlanStatusSummary:
        """Plans of a year per OPD and status (R-LIFECYCLE); default: the latest year with plans."""
        with self._read() as s:
            ctx = self.scope_context(s)
            cond = plan_scope(ctx)
            if year is None:
                year = self._latest_year(
                    s,
                    lambda y: (
                        select(Plan.id)
                        .outerjoin(Position, Position.id == Plan.position_id)
                        .where(Plan.deleted.is_(False), Plan.period_id.in_(_period_ids(y)), cond)
                    ),
                )
            if year is None:
                return PlanStatusSummary(None, (), StatusRow(None, ""))
            rows = s.execute(
                select(Position.org_unit_id, Plan.status, func.count(Plan.id))
                .select_from(Plan)
                .outerjoin(Position, Position.id == Plan.position_id)
                .where(Plan.deleted.is_(False), Plan.period_id.in_(_period_ids(year)), cond)
                .group_by(Position.org_unit_id, Plan.status)
            ).all()
            groups = _load_units(s).grouping(ctx.scope)
            folded = groups.fold(rows, PLAN_STATUSES)
            return PlanStatusSummary(
                year,
                tuple(StatusRow(g, groups.name(g), **folded.of(g)) for g in folded.order),
                StatusRow(None, "", **folded.total),
            )

    def my_plans(self) -> list[MyPlan]:
        """The acting person's own plans, newest year first (empty for the workspace itself)."""
        with self._read() as s:
            employee_id = self._access.actor.employee_id if self._access.actor else None
            if employee_id is None:
                return []
            own = select(Plan.id).where(Plan.employee_id == employee_id)
            results = (
                select(WorkResult.plan_id, func.count(WorkResult.id).label("n"))
                .where(WorkResult.deleted.is_(False), WorkResult.plan_id.in_(own))
                .group_by(WorkResult.plan_id)
                .subquery()
            )
            indicators = (
                select(WorkResult.plan_id, func.count(Indicator.id).label("n"))
                .join(Indicator, Indicator.result_id == WorkResult.id)
                .where(
                    WorkResult.deleted.is_(False), Indicator.deleted.is_(False), WorkResult.plan_id.in_(own)
                )
                .group_by(WorkResult.plan_id)
                .subquery()
            )
            penilai = aliased(Employee)
            rows = s.execute(
                select(
                    Plan.id,
                    Period.year,
                    Plan.status,
                    Plan.stage,
                    Plan.jenis,
                    Position.title,
                    penilai.name,
                    func.coalesce(results.c.n, 0),
                    func.coalesce(indicators.c.n, 0),
                    Plan.approved_on,
                )
                .select_from(Plan)
                .outerjoin(Period, Period.id == Plan.period_id)
                .outerjoin(Position, Position.id == Plan.position_id)
                .outerjoin(penilai, penilai.id == Plan.penilai_employee_id)
                .outerjoin(results, results.c.plan_id == Plan.id)
                .outerjoin(indicators, indicators.c.plan_id == Plan.id)
                .where(Plan.employee_id == employee_id, Plan.deleted.is_(False))
                .order_by(Period.year.desc(), Plan.start_date.desc())
            ).all()
            return [
                MyPlan(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6] or "", r[7], r[8], r[9]) for r in rows
            ]

    def plan_results(self, plan_id: str) -> PlanResults:
        """A plan's RHK with their IKI and targets, and the RHK or goal each intervenes (R-CASCADE).

        Refused (OUT_OF_SCOPE) for a plan the acting person may not see.
        """
        with self._read() as s:
            ctx = self.scope_context(s)
            plan = s.execute(
                select(Plan.id, Plan.status, Period.year, Employee.name)
                .select_from(Plan)
                .outerjoin(Position, Position.id == Plan.position_id)
                .outerjoin(Period, Period.id == Plan.period_id)
                .outerjoin(Employee, Employee.id == Plan.employee_id)
                .where(Plan.id == plan_id, Plan.deleted.is_(False))
            ).one_or_none()
            if plan is None:
                raise SkpError(Code.RECORD_NOT_FOUND, kind="plan", id=plan_id)
            visible = s.execute(
                select(Plan.id)
                .outerjoin(Position, Position.id == Plan.position_id)
                .where(Plan.id == plan_id, plan_scope(ctx))
            ).first()
            if visible is None:
                raise SkpError(Code.OUT_OF_SCOPE, scope=scope_name(ctx.scope))
            parent = aliased(WorkResult)
            parent_plan = aliased(Plan)
            parent_owner = aliased(Employee)
            goal_unit = aliased(OrgUnit)
            rows = s.execute(
                select(
                    WorkResult.id,
                    WorkResult.jenis,
                    WorkResult.text,
                    WorkResult.parent_result_id,
                    WorkResult.parent_goal_id,
                    parent.text,
                    parent_owner.name,
                    OrgGoal.text,
                    goal_unit.name,
                )
                .select_from(WorkResult)
                .outerjoin(parent, and_(parent.id == WorkResult.parent_result_id, parent.deleted.is_(False)))
                .outerjoin(parent_plan, parent_plan.id == parent.plan_id)
                .outerjoin(parent_owner, parent_owner.id == parent_plan.employee_id)
                .outerjoin(OrgGoal, and_(OrgGoal.id == WorkResult.parent_goal_id, OrgGoal.deleted.is_(False)))
                .outerjoin(goal_unit, goal_unit.id == OrgGoal.org_unit_id)
                .where(WorkResult.plan_id == plan_id, WorkResult.deleted.is_(False))
                .order_by(WorkResult.jenis.desc(), WorkResult.sort_order, WorkResult.id)  # utama first
            ).all()
            indicators: dict[str, list[IndicatorLine]] = {}
            for result_id, *values in s.execute(
                select(
                    Indicator.result_id,
                    Indicator.aspek,
                    Indicator.text,
                    Indicator.target_value,
                    Indicator.target_max,
                    Indicator.target_unit,
                )
                .join(WorkResult, WorkResult.id == Indicator.result_id)
                .where(WorkResult.plan_id == plan_id, Indicator.deleted.is_(False))
                .order_by(Indicator.sort_order, Indicator.id)
            ).all():
                if result_id:
                    indicators.setdefault(result_id, []).append(IndicatorLine(*values))
            lines = []
            r: Any
            for r in rows:
                if r[3] and r[5] is not None:
                    kind, text, owner = "result", r[5], r[6] or ""
                elif r[4] and r[7] is not None:
                    kind, text, owner = "goal", r[7], r[8] or ""
                elif r[3] or r[4]:  # the parent has not arrived (sync) or was removed
                    kind, text, owner = "missing", "", ""
                else:
                    kind, text, owner = "", "", ""
                lines.append(ResultLine(r[0], r[1], r[2], kind, text, owner, tuple(indicators.get(r[0], ()))))
            return PlanResults(plan.id, plan.name or "", plan.year, plan.status, tuple(lines))

    # -- Cascading -----------------------------------------------------------------------------

    def cascade_summary(self, year: int | None = None) -> CascadeSummary:
        """RHK per OPD: utama linked to an atasan's RHK, to a sasaran/IKU, or to nothing (R-CASCADE)."""
        with self._read() as s:
            ctx = self.scope_context(s)
            cond = plan_scope(ctx)
            if year is None:
                year = self._latest_year(
                    s,
                    lambda y: (
                        select(Plan.id)
                        .outerjoin(Position, Position.id == Plan.position_id)
                        .where(Plan.deleted.is_(False), Plan.period_id.in_(_period_ids(y)), cond)
                    ),
                )
            if year is None:
                return CascadeSummary(None, (), CascadeRow(None, ""))
            link = case(
                (WorkResult.jenis != "utama", "tambahan"),
                (func.coalesce(WorkResult.parent_result_id, "") != "", "linked_result"),
                (func.coalesce(WorkResult.parent_goal_id, "") != "", "linked_goal"),
                else_="orphan",
            )
            rows = s.execute(
                select(Position.org_unit_id, link, func.count(WorkResult.id))
                .select_from(WorkResult)
                .join(Plan, Plan.id == WorkResult.plan_id)
                .outerjoin(Position, Position.id == Plan.position_id)
                .where(
                    WorkResult.deleted.is_(False),
                    Plan.deleted.is_(False),
                    Plan.period_id.in_(_period_ids(year)),
                    cond,
                )
                .group_by(Position.org_unit_id, link)
            ).all()
            groups = _load_units(s).grouping(ctx.scope)
            folded = groups.fold(rows)
            return CascadeSummary(
                year,
                tuple(CascadeRow(g, groups.name(g), **folded.of(g)) for g in folded.order),
                CascadeRow(None, "", **folded.total),
            )

    # -- Pemantauan ----------------------------------------------------------------------------

    def progress_summary(self, year: int | None = None) -> ProgressSummary:
        """Realisasi, bukti dukung and umpan balik per evaluation period of a year's plans."""
        with self._read() as s:
            ctx = self.scope_context(s)
            cond = plan_scope(ctx)
            if year is None:
                year = self._latest_year(
                    s,
                    lambda y: (
                        select(Progress.id)
                        .select_from(_progress_rows())
                        .where(
                            Progress.deleted.is_(False),
                            Plan.deleted.is_(False),
                            Plan.period_id.in_(_period_ids(y)),
                            cond,
                        )
                    ),
                )
            if year is None:
                return ProgressSummary(None, 0, (), PeriodeRow(""))
            periods = _period_ids(year)
            base = (
                Plan.deleted.is_(False),
                Plan.period_id.in_(periods),
                cond,
            )
            indicators = s.execute(
                select(func.count(Indicator.id))
                .select_from(Indicator)
                .join(WorkResult, WorkResult.id == Indicator.result_id)
                .join(Plan, Plan.id == WorkResult.plan_id)
                .outerjoin(Position, Position.id == Plan.position_id)
                .where(Indicator.deleted.is_(False), WorkResult.deleted.is_(False), *base)
            ).scalar_one()
            rows: dict[str, dict[str, int]] = {}
            for periode, n, reported in s.execute(
                select(
                    Progress.periode,
                    func.count(Progress.id),
                    func.count(func.distinct(Progress.indicator_id)),
                )
                .select_from(_progress_rows())
                .where(Progress.deleted.is_(False), *base)
                .group_by(Progress.periode)
            ).all():
                rows.setdefault(periode, {}).update(realisasi=n, indicators_reported=reported)
            for periode, n, size in s.execute(
                select(Evidence.periode, func.count(Evidence.id), func.coalesce(func.sum(Evidence.size), 0))
                .select_from(Evidence)
                .join(WorkResult, WorkResult.id == Evidence.result_id)
                .join(Plan, Plan.id == WorkResult.plan_id)
                .outerjoin(Position, Position.id == Plan.position_id)
                .where(Evidence.deleted.is_(False), *base)
                .group_by(Evidence.periode)
            ).all():
                rows.setdefault(periode, {}).update(evidence_files=n, evidence_bytes=int(size))
            for periode, n in s.execute(
                select(Feedback.periode, func.count(Feedback.id))
                .select_from(Feedback)
                .join(Plan, Plan.id == Feedback.plan_id)
                .outerjoin(Position, Position.id == Plan.position_id)
                .where(Feedback.deleted.is_(False), *base)
                .group_by(Feedback.periode)
            ).all():
                rows.setdefault(periode, {})["feedback"] = n
            for code in _evaluation_codes(s, year):  # every period of the year, even before any entry
                rows.setdefault(code, {})
            out = tuple(PeriodeRow(p, **rows[p]) for p in sorted(rows, key=periode_sort_key))
            total = PeriodeRow(
                "",
                realisasi=sum(r.realisasi for r in out),
                indicators_reported=0,  # not additive across periods
                evidence_files=sum(r.evidence_files for r in out),
                evidence_bytes=sum(r.evidence_bytes for r in out),
                feedback=sum(r.feedback for r in out),
            )
            return ProgressSummary(year, indicators, out, total)

    def recent_feedback(self, limit: int = 10) -> list[FeedbackLine]:
        """The latest umpan balik on plans in scope, newest first."""
        with self._read() as s:
            ctx = self.scope_context(s)
            giver = aliased(Employee)
            owner = aliased(Employee)
            rows = s.execute(
                select(
                    Feedback.id,
                    Feedback.given_on,
                    Feedback.relation,
                    Feedback.periode,
                    Feedback.text,
                    giver.name,
                    owner.name,
                )
                .select_from(Feedback)
                .join(Plan, Plan.id == Feedback.plan_id)
                .outerjoin(Position, Position.id == Plan.position_id)
                .outerjoin(giver, giver.id == Feedback.from_employee_id)
                .outerjoin(owner, owner.id == Plan.employee_id)
                .where(Feedback.deleted.is_(False), Plan.deleted.is_(False), plan_scope(ctx))
                .order_by(Feedback.given_on.desc().nulls_last(), Feedback.updated_at.desc())
                .limit(max(0, limit))
            ).all()
            return [FeedbackLine(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6] or "") for r in rows]

    # -- Penilaian -----------------------------------------------------------------------------

    def predikat_distribution(self, year: int | None = None, periode: str | None = None) -> PredikatSummary:
        """Final ratings per predikat (R-MATRIX) per OPD, with the OPD's predikat organisasi
        (R-ORG-PREDIKAT) for the same period; default: the latest year with ratings, AKHIR."""
        with self._read() as s:
            ctx = self.scope_context(s)
            cond = plan_scope(ctx)
            rated = (
                select(Assessment.id)
                .select_from(Assessment)
                .join(Plan, Plan.id == Assessment.plan_id)
                .outerjoin(Position, Position.id == Plan.position_id)
                .where(Assessment.deleted.is_(False), Plan.deleted.is_(False), cond)
            )
            if year is None:
                year = self._latest_year(s, lambda y: rated.where(Plan.period_id.in_(_period_ids(y))))
            if year is None:
                return PredikatSummary(None, "", (), (), PredikatRow(None, ""), 0)
            in_year = rated.where(Plan.period_id.in_(_period_ids(year)))
            periodes = tuple(
                sorted(
                    s.execute(in_year.with_only_columns(Assessment.periode).distinct()).scalars(),
                    key=periode_sort_key,
                )
            )
            if periode is None:
                periode = "AKHIR" if "AKHIR" in periodes or not periodes else periodes[-1]
            chosen = in_year.where(Assessment.periode == periode)
            grouped = s.execute(
                chosen.with_only_columns(Position.org_unit_id, Assessment.predikat, func.count(Assessment.id))
                .where(Assessment.status == "final")
                .group_by(Position.org_unit_id, Assessment.predikat)
            ).all()
            drafts = s.execute(
                chosen.with_only_columns(func.count(Assessment.id)).where(Assessment.status != "final")
            ).scalar_one()
            groups = _load_units(s).grouping(ctx.scope)
            # a rating without a predikat is not a rating yet: left out
            folded = groups.fold(r for r in grouped if r[1] in PREDIKAT_ORDER)
            org: dict[str, str] = {}
            for unit_id, value in s.execute(
                select(OrgAssessment.org_unit_id, OrgAssessment.predikat)
                .where(
                    OrgAssessment.deleted.is_(False),
                    OrgAssessment.period_id.in_(_period_ids(year)),
                    OrgAssessment.periode == periode,
                )
                .order_by(OrgAssessment.updated_at)  # the latest one set wins
            ).all():
                if unit_id:
                    org[unit_id] = value
            rows = tuple(
                PredikatRow(g, groups.name(g), _in_order(folded.of(g)), org.get(g, "") if g else "")
                for g in folded.order
            )
            total = PredikatRow(None, "", _in_order(folded.total))
            return PredikatSummary(year, periode, periodes, rows, total, drafts)

    # -- Pegawai berprestasi ---------------------------------------------------------------------

    def nominations(self, year: int | None = None) -> NominationSummary:
        """Candidates with their three scores, highest plain sum first (R-AWARD)."""
        with self._read() as s:
            ctx = self.scope_context(s)
            cond = _nomination_scope(ctx)
            base = (
                select(Nomination.id)
                .select_from(Nomination)
                .outerjoin(Employee, Employee.id == Nomination.employee_id)
                .outerjoin(Position, Position.id == Employee.position_id)
                .join(Period, Period.id == Nomination.period_id)
                .where(Nomination.deleted.is_(False), Period.deleted.is_(False), cond)
            )
            if year is None:
                year = self._latest_year(s, lambda y: base.where(Period.year == y))
            if year is None:
                return NominationSummary(None, ())
            unit = aliased(OrgUnit)

            def score(column: Any) -> Any:
                return func.coalesce(cast(func.nullif(column, ""), Float), 0.0)

            total = (
                score(Nomination.score_disiplin)
                + score(Nomination.score_kinerja)
                + score(Nomination.score_inovasi)
            )
            rows = s.execute(
                base.with_only_columns(
                    Nomination.id,
                    Nomination.employee_id,
                    Employee.name,
                    Employee.gelar_depan,
                    Employee.gelar_belakang,
                    Employee.nip,
                    unit.name,
                    Nomination.score_disiplin,
                    Nomination.score_kinerja,
                    Nomination.score_inovasi,
                    Nomination.status,
                )
                .outerjoin(unit, unit.id == Nomination.org_unit_id)
                .where(Period.year == year)
                .order_by(total.desc(), Employee.name)
            ).all()
            return NominationSummary(
                year,
                tuple(
                    NominationLine(
                        r[0],
                        r[1],
                        full_name(r[2] or "", r[3] or "", r[4] or ""),
                        r[5] or "",
                        r[6] or "",
                        _decimal(r[7]),
                        _decimal(r[8]),
                        _decimal(r[9]),
                        r[10],
                    )
                    for r in rows
                ),
            )

    # -- Sinkronisasi --------------------------------------------------------------------------

    def sync_state(self) -> SyncState:
        """This copy's node, its recorded changes, bundles seen, and the backup files on disk."""
        with self._read() as s:
            node_id = self._store.node.node_id
            label = s.execute(select(Device.label).where(Device.node_id == node_id)).scalar() or ""
            devices = s.execute(
                select(func.count()).select_from(Device).where(Device.node_id != node_id)
            ).scalar_one()
            # seq is gap-free per device (models.recorder): the highest is this copy's count, read
            # from the (node_id, seq) index without counting millions of rows
            own = s.execute(select(func.max(Op.seq)).where(Op.node_id == node_id)).scalar() or 0
            received = sum(  # two index ranges around this node: only other devices' ops are read
                s.execute(select(func.count()).select_from(Op).where(side)).scalar_one()
                for side in (Op.node_id < node_id, Op.node_id > node_id)
            )
            ops_total = own + received
            bundles = s.execute(
                select(
                    BundleLog.bundle_id,
                    BundleLog.direction,
                    BundleLog.origin_node_id,
                    BundleLog.bundle_seq,
                    BundleLog.result,
                    BundleLog.at,
                ).order_by(BundleLog.at.desc())
            ).all()
        sent = any(b.direction == "out" for b in bundles)
        return SyncState(
            node_id=node_id,
            device_label=label,
            devices=devices,
            ops_total=ops_total,
            own_ops=own,
            unsent_ops=None if sent else own,  # no bundle has left this copy: every change is unsent
            bundles=tuple(BundleLine(*b) for b in bundles),
            backups=tuple(self.backups()),
        )

    def backups(self) -> list[BackupFile]:
        """Backup files of the workspace, newest first."""
        found = []
        folder: Path = self._store.backups
        if not folder.is_dir():
            return []
        for path in folder.glob("*.sqlite"):
            try:
                stat = path.stat()
            except OSError:
                continue  # removed while we looked
            found.append(
                BackupFile(path.name, str(path), stat.st_size, dt.datetime.fromtimestamp(stat.st_mtime))
            )
        return sorted(found, key=lambda b: (b.modified, b.name), reverse=True)

    # -- Laporan -------------------------------------------------------------------------------

    def employees(self) -> list[EmployeeLine]:
        """Active employees in scope, by OPD, unit and name (for the employee list export)."""
        with self._read() as s:
            ctx = self.scope_context(s)
            rows = s.execute(
                select(
                    Employee.nip,
                    Employee.name,
                    Employee.gelar_depan,
                    Employee.gelar_belakang,
                    Employee.golongan,
                    Employee.status,
                    Position.title,
                    Position.org_unit_id,
                    Position.is_head,
                )
                .select_from(Employee)
                .outerjoin(Position, Position.id == Employee.position_id)
                .where(Employee.deleted.is_(False), Employee.active.is_(True), _employee_scope(ctx))
            ).all()
            units = _load_units(s)

        def order(r: Any) -> tuple[Any, ...]:  # the tree's order, each unit's head first
            return (
                units.preorder.get(r[7], len(units.preorder)) if r[7] else len(units.preorder),
                not r[8],
                r[1],
            )

        return [
            EmployeeLine(
                r[0],
                full_name(r[1], r[2], r[3]),
                r[4],
                r[5],
                r[6] or "",
                units.names.get(r[7], "") if r[7] else "",
                units.opd_name(units.opd_of.get(r[7])) if r[7] else "",
            )
            for r in sorted(rows, key=order)
        ]

    def employee_counts(self) -> EmployeeCountSummary:
        """Active employees in scope per OPD, PNS and PPPK."""
        with self._read() as s:
            ctx = self.scope_context(s)
            rows = s.execute(
                select(Position.org_unit_id, Employee.status, func.count(Employee.id))
                .select_from(Employee)
                .outerjoin(Position, Position.id == Employee.position_id)
                .where(Employee.deleted.is_(False), Employee.active.is_(True), _employee_scope(ctx))
                .group_by(Position.org_unit_id, Employee.status)
            ).all()
            groups = _load_units(s).grouping(ctx.scope)
            folded = groups.fold(rows, ("pns", "pppk"))
            return EmployeeCountSummary(
                tuple(EmployeeCountRow(g, groups.name(g), **folded.of(g)) for g in folded.order),
                EmployeeCountRow(None, "", **folded.total),
            )

    # -- helpers -------------------------------------------------------------------------------

    def scope_context(self, s: Session) -> _Ctx:
        actor = self._access.actor
        if actor is None:
            return _Ctx(Scope(NOBODY), frozenset())
        if actor.system or (actor.role in GRANTED_ROLES and actor.scope_unit_id is None):
            return _Ctx(Scope(INSTANSI, employee_id=actor.employee_id, employee_name=actor.name), frozenset())
        if actor.role in GRANTED_ROLES:
            name = s.execute(select(OrgUnit.name).where(OrgUnit.id == actor.scope_unit_id)).scalar() or ""
            return _Ctx(Scope(UNIT, actor.scope_unit_id, name, actor.employee_id, actor.name), frozenset())
        if actor.employee_id is None:
            return _Ctx(Scope(NOBODY), frozenset())
        if actor.role is Role.ATASAN:
            held = frozenset(held_positions(s, actor.employee_id, self._access.today()))
            return _Ctx(Scope(TEAM, employee_id=actor.employee_id, employee_name=actor.name), held)
        return _Ctx(Scope(OWN, employee_id=actor.employee_id, employee_name=actor.name), frozenset())

    def _latest_year(self, s: Session, has_data: Callable[[int], Select[Any]]) -> int | None:
        """The newest plan year for which ``has_data(year)`` finds a row, else the newest year.

        Years are few: one EXISTS per year, newest first, stops at the first with data.
        """
        years = self._years(s)
        for year in years:
            if s.execute(select(has_data(year).exists())).scalar():
                return year
        return years[0] if years else None

    def _years(self, s: Session) -> list[int]:
        return list(
            s.execute(
                select(Period.year).where(Period.deleted.is_(False)).distinct().order_by(Period.year.desc())
            ).scalars()
        )


# -- query pieces (module level: no state) ---------------------------------------------------------


def _progress_rows() -> Any:
    """progress → indicator → work_result → plan → position (live rows; position for the scope)."""
    return (
        Progress.__table__.join(
            Indicator, and_(Indicator.id == Progress.indicator_id, Indicator.deleted.is_(False))
        )
        .join(WorkResult, and_(WorkResult.id == Indicator.result_id, WorkResult.deleted.is_(False)))
        .join(Plan, Plan.id == WorkResult.plan_id)
        .outerjoin(Position, Position.id == Plan.position_id)
    )


def _evaluation_codes(s: Session, year: int) -> list[str]:
    """TW1..TW4 and AKHIR (or the months, or the semesters) of the year's period (R-PERIODIC)."""
    frequency = s.execute(
        select(Period.evaluation_frequency).where(Period.year == year, Period.deleted.is_(False))
    ).scalar()
    try:
        chosen = periods.EvaluationFrequency(frequency or periods.EvaluationFrequency.TRIWULAN.value)
    except ValueError:
        return []  # a frequency from a newer version: show the periods that hold data
    return [p.code for p in periods.evaluation_periods(year, chosen)]


def _period_ids(year: int) -> Select[Any]:
    return select(Period.id).where(Period.year == year, Period.deleted.is_(False))


def units_up(unit_id: Any) -> Select[Any]:
    """(id, depth) of a unit (depth 0) and every unit above it, nearest first (a recursive CTE,
    depth-guarded). ``unit_id`` is an id or a bound parameter."""
    chain = (
        select(OrgUnit.id.label("id"), OrgUnit.parent_id.label("parent_id"), literal(0).label("depth"))
        .where(OrgUnit.id == unit_id)
        .cte("unit_chain", recursive=True)
    )
    parent = aliased(OrgUnit)
    chain = chain.union_all(
        select(parent.id, parent.parent_id, chain.c.depth + 1).where(
            parent.id == chain.c.parent_id, chain.c.depth < MAX_DEPTH
        )
    )
    return select(chain.c.id, chain.c.depth).order_by(chain.c.depth)


def subtree_units(unit_id: str) -> Select[Any]:
    """Ids of a unit and every unit below it (a recursive CTE, depth-guarded)."""
    tree = (
        select(OrgUnit.id.label("id"), literal(0).label("depth"))
        .where(OrgUnit.id == unit_id)
        .cte("scope_tree", recursive=True)
    )
    child = aliased(OrgUnit)
    tree = tree.union_all(
        select(child.id, tree.c.depth + 1).where(
            child.parent_id == tree.c.id, child.deleted.is_(False), tree.c.depth < MAX_DEPTH
        )
    )
    return select(tree.c.id)


def _person_scope(ctx: _Ctx, person: Any) -> ColumnElement[bool]:
    """Rows of people the acting person sees, by the row's employee column ``person``; the query
    must outer-join Position on that row's position."""
    sc = ctx.scope
    if sc.kind == INSTANSI:
        return true()
    if sc.kind == UNIT and sc.unit_id:
        return Position.org_unit_id.in_(subtree_units(sc.unit_id))
    if sc.kind == TEAM:
        return or_(person == sc.employee_id, Position.atasan_position_id.in_(sorted(ctx.held)))
    if sc.kind == OWN:
        return person == sc.employee_id  # type: ignore[no-any-return]
    return false()


def plan_scope(ctx: _Ctx) -> ColumnElement[bool]:
    """Which plans the acting person sees; the query must outer-join Position on Plan.position_id."""
    return _person_scope(ctx, Plan.employee_id)


def _employee_scope(ctx: _Ctx) -> ColumnElement[bool]:
    """Which employees the acting person sees; the query must outer-join Position on Employee.position_id."""
    return _person_scope(ctx, Employee.id)


def _nomination_scope(ctx: _Ctx) -> ColumnElement[bool]:
    """A nomination belongs to the unit that proposes it; an atasan sees their team's."""
    sc = ctx.scope
    if sc.kind == UNIT and sc.unit_id:
        return Nomination.org_unit_id.in_(subtree_units(sc.unit_id))
    return _employee_scope(ctx)


def scope_name(scope: Scope) -> str:
    return scope.unit_name or scope.employee_name or scope.kind


def _load_units(s: Session) -> _Units:
    rows = s.execute(
        select(OrgUnit.id, OrgUnit.name, OrgUnit.parent_id, OrgUnit.sort_order).where(
            OrgUnit.deleted.is_(False)
        )
    ).all()
    names = {r.id: r.name for r in rows}
    # a unit whose parent is gone (or has not arrived yet) is shown as a root
    parents: dict[str, str | None] = {r.id: (r.parent_id if r.parent_id in names else None) for r in rows}
    order = {r.id: (r.sort_order, r.name) for r in rows}
    children: dict[str | None, list[str]] = {}
    for unit_id, parent_id in parents.items():
        children.setdefault(parent_id, []).append(unit_id)
    for siblings in children.values():
        siblings.sort(key=lambda u: order[u])
    opd_of: dict[str, str] = {}
    preorder: dict[str, int] = {}
    stack = [(root, root) for root in reversed(children.get(None, []))]
    while stack:  # depth first from the roots; units on a cycle are never reached
        unit_id, opd = stack.pop()
        if unit_id in preorder:
            continue
        preorder[unit_id] = len(preorder)
        opd_of[unit_id] = opd
        is_root = parents[unit_id] is None
        stack.extend((child, child if is_root else opd) for child in reversed(children.get(unit_id, [])))
    return _Units(names, parents, order, opd_of, preorder)
