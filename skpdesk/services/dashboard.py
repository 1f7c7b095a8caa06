"""The dashboard (issue 7 item 6): plan status, progress, predikat against the curve, cascade
health and outliers per unit, for a year and evaluation period, a unit (with everything below it)
and a jabatan type.

Two steps, so that a filter change costs little:

1. ``section(section, year)``: GROUP BY queries in SQL over the year's plans the acting person may
   see (the scope of ``services.overview``: the instansi, a scope unit's subtree, an atasan's team,
   one's own), grouped by org unit and jenjang (the finest grain any filter needs) and, where it
   matters, by evaluation period: a few thousand counts, never plans, results or ratings row by
   row. A page keeps them per year.
2. ``view(options, sections, filter)``: no SQL; the counts of the chosen unit's subtree and jabatan
   type folded with the organisation tree into one row per unit right under the chosen unit (per
   OPD for the whole instansi), the chosen unit's own staff in a row of its own.

The curve per row is ``domain.curve.evaluate`` against the predikat kinerja organisasi of the
row's unit for the same period (SKP-REFERENCE R-CURVE, R-ORG-PREDIKAT): a warning, never a block.
Cascade health is the main findings of the tree checks (``domain.cascade``: orphan, not the
atasan's RHK, uncovered, missing plan) counted in SQL; cycles and porsi need the tree itself and
are checked on the Cascading page (reading every unit's tree costs seconds on a provinsi).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any, Final

from sqlalchemy import ColumnElement, and_, case, exists, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from skpdesk.domain import curve, periods
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.jabatan import JenisJabatan, Jenjang, jenis_of
from skpdesk.domain.plan import PlanStatus
from skpdesk.domain.predikat import Predikat, PredikatOrganisasi, Rating
from skpdesk.models.tables import (
    Assessment,
    Employee,
    Indicator,
    OrgAssessment,
    OrgGoal,
    Period,
    Plan,
    Position,
    Progress,
    WorkResult,
)
from skpdesk.services.access import unit_of_employee
from skpdesk.services.base import Service
from skpdesk.services.overview import (
    INSTANSI,
    NOBODY,
    OWN,
    TEAM,
    UNIT,
    OverviewService,
    Scope,
    _employee_scope,
    _Grouping,
    _load_units,
    _Units,
    periode_sort_key,
    plan_scope,
)


class JabatanGroup(StrEnum):
    """The jabatan types of the dashboard's filter (SKP-REFERENCE R-JABATAN)."""

    JPT = "jpt"
    ADMINISTRATOR = "administrator"
    PENGAWAS = "pengawas"
    PELAKSANA = "pelaksana"
    FUNGSIONAL = "fungsional"


# SKP-REFERENCE R-JABATAN [V]: the jenjang of each type, from the domain's table.
JABATAN_GROUP_JENJANG: Final[Mapping[JabatanGroup, frozenset[str]]] = {
    JabatanGroup.JPT: frozenset(j.value for j in Jenjang if jenis_of(j) is JenisJabatan.JPT),
    JabatanGroup.ADMINISTRATOR: frozenset({Jenjang.ADMINISTRATOR.value}),
    JabatanGroup.PENGAWAS: frozenset({Jenjang.PENGAWAS.value}),
    JabatanGroup.PELAKSANA: frozenset({Jenjang.PELAKSANA.value}),
    JabatanGroup.FUNGSIONAL: frozenset(j.value for j in Jenjang if jenis_of(j) is JenisJabatan.JF),
}


class Section(StrEnum):
    """What one ``section`` call reads in SQL."""

    STATUS = "status"
    PROGRESS = "progress"  # and the counts of ratings against progress (outliers)
    CURVE = "curve"
    CASCADE = "cascade"


class Part(StrEnum):
    """A part of the view (a tab of the page)."""

    STATUS = "status"
    PROGRESS = "progress"
    CURVE = "curve"
    CASCADE = "cascade"
    OUTLIERS = "outliers"


# The sections each part of the view needs.
NEEDS: Final[Mapping[Part, frozenset[Section]]] = {
    Part.STATUS: frozenset({Section.STATUS}),
    Part.PROGRESS: frozenset({Section.PROGRESS}),
    Part.CURVE: frozenset({Section.CURVE}),
    Part.CASCADE: frozenset({Section.CASCADE}),
    Part.OUTLIERS: frozenset({Section.CURVE, Section.PROGRESS}),
}

# SKP-REFERENCE R-LIFECYCLE [V]: the plan statuses in their order; anything else counts as "other".
STATUS_ORDER: Final[tuple[str, ...]] = tuple(s.value for s in PlanStatus)
PREDIKAT_ORDER: Final[tuple[Predikat, ...]] = tuple(Predikat)
AKHIR: Final = periods.AKHIR_CODE
FINAL: Final = "final"  # services.rating.STATUS_FINAL
CASCADE_KEYS: Final = ("results", "orphan", "not_atasan", "uncovered", "employees", "planned")

# Outliers: design choices of SKP Desk [U] (not in the regulation), shown on screen with their values.
# A unit with at least this many people rated, all with the same predikat ("everyone Baik").
SAME_PREDIKAT_MIN_RATED: Final = 5
# Rated "di atas ekspektasi" for hasil kerja with realisasi on fewer than this share of the IKI.
LOW_PROGRESS_SHARE: Final = Decimal("0.5")
# SKP-REFERENCE R-ORG-PREDIKAT [V] SEED-BALAI: an organisation rated below Baik whose employees
# are mostly Baik or better is the LKIP anomaly; "mostly" = at least this share.
ORG_BELOW_GOOD_SHARE: Final = Decimal("0.5")
ORG_BELOW_BAIK: Final[frozenset[PredikatOrganisasi]] = frozenset(
    {PredikatOrganisasi.BUTUH_PERBAIKAN, PredikatOrganisasi.KURANG, PredikatOrganisasi.SANGAT_KURANG}
)

Count = tuple[str | None, str | None, str, int]
"""(org unit id, jenjang, what is counted, how many): a row of a section."""


@dataclass(frozen=True)
class DashboardFilter:
    """What the dashboard shows. None: the default (the newest year; AKHIR when the year has
    final AKHIR ratings, else its latest rated period; the acting person's whole scope; every
    jabatan type)."""

    year: int | None = None
    periode: str | None = None
    unit_id: str | None = None
    jabatan: JabatanGroup | None = None


@dataclass(frozen=True)
class UnitChoice:
    unit_id: str
    name: str
    depth: int


@dataclass(frozen=True)
class PeriodeChoice:
    code: str
    label: str  # Indonesian, as domain.periods names it ("Triwulan I", "Akhir")


@dataclass(frozen=True)
class DashboardOptions:
    """The filter bar's choices for the acting person, and the organisation tree the view folds
    with."""

    scope: Scope
    years: tuple[int, ...]  # newest first
    periodes: Mapping[int, tuple[PeriodeChoice, ...]]  # per year, in order, AKHIR last
    rated: Mapping[int, tuple[str, ...]]  # per year, the periods with final ratings in scope
    units: tuple[UnitChoice, ...]  # in scope, in tree order
    anchor: str | None  # the unit whose subunits are the rows by default (None: per OPD)
    tree: _Units = field(repr=False, compare=False)

    def default_year(self) -> int | None:
        return self.years[0] if self.years else None

    def default_periode(self, year: int | None) -> str:
        """AKHIR when the year has final AKHIR ratings (or none at all), else its latest rated period."""
        found = self.rated.get(year, ()) if year is not None else ()
        if AKHIR in found or not found:
            return AKHIR
        return sorted(found, key=periode_sort_key)[-1]


@dataclass(frozen=True)
class SectionData:
    """The counts of one section for one year (``Count`` rows), and for the curve the predikat
    organisasi per (unit id, periode)."""

    section: Section
    year: int
    rows: tuple[Count, ...]
    org: Mapping[tuple[str, str], PredikatOrganisasi] = field(default_factory=dict)


@dataclass(frozen=True)
class StatusRow:
    """Plans of one unit by status (``counts`` in STATUS_ORDER, then "other")."""

    unit_id: str | None
    unit_name: str
    counts: tuple[int, ...]
    own_staff: bool = False  # the chosen unit's own staff (not the units below it)

    @property
    def total(self) -> int:
        return sum(self.counts)

    def count(self, status: str) -> int:
        return self.counts[STATUS_ORDER.index(status)] if status in STATUS_ORDER else self.counts[-1]


@dataclass(frozen=True)
class ProgressRow:
    """IKI of the unit's ditetapkan plans, and how many have a realisasi in each periode."""

    unit_id: str | None
    unit_name: str
    indicators: int
    reported: tuple[int, ...]  # per ``Dashboard.progress_periodes``
    own_staff: bool = False

    def share(self, index: int) -> Decimal | None:
        """Share of IKI with a realisasi in the periode at ``index``; None without IKI."""
        if not self.indicators:
            return None
        return Decimal(self.reported[index]) / Decimal(self.indicators)


@dataclass(frozen=True)
class CurveRow:
    """Final ratings of one unit per predikat, against its predikat organisasi (R-CURVE)."""

    unit_id: str | None
    unit_name: str
    counts: Mapping[Predikat, int]
    drafts: int  # ratings not final yet (not counted)
    org_predikat: PredikatOrganisasi | None
    result: curve.CurveResult | None  # None without an org predikat
    own_staff: bool = False

    @property
    def n(self) -> int:
        return sum(self.counts.values())

    @property
    def fits(self) -> bool | None:
        """None: nothing to compare (no org predikat, or nobody rated)."""
        if self.result is None or self.result.verdict is curve.Verdict.NO_DATA:
            return None
        return self.result.fits


@dataclass(frozen=True)
class CascadeRow:
    """The main findings of the cascade checks for one unit (R-CASCADE, ``domain.cascade``)."""

    unit_id: str | None
    unit_name: str
    employees: int  # active employees
    results: int  # RHK utama of the year's plans
    orphan: int  # RHK utama that intervene nothing
    not_atasan: int  # RHK that intervene an RHK of someone who is not the owner's penilai
    uncovered: int  # an atasan's RHK utama no subordinate's RHK intervenes
    missing_plan: int  # active employees without a plan this year
    own_staff: bool = False

    @property
    def findings(self) -> int:
        return self.orphan + self.not_atasan + self.uncovered + self.missing_plan


class OutlierKind(StrEnum):
    SAME_PREDIKAT = "same-predikat"  # everyone rated alike (≥ SAME_PREDIKAT_MIN_RATED people)
    ORG_BELOW_EMPLOYEES = "org-below-employees"  # org below Baik, employees mostly Baik or better
    ABOVE_WITHOUT_PROGRESS = "above-without-progress"  # hasil kerja di atas, realisasi < LOW_PROGRESS_SHARE
    RATED_WITHOUT_PROGRESS = "rated-without-progress"  # rated, no realisasi at all in the period


@dataclass(frozen=True)
class Outlier:
    kind: OutlierKind
    unit_id: str | None
    unit_name: str
    people: int  # people concerned
    rated: int  # people rated (final) in the unit for the period
    predikat: Predikat | None = None  # SAME_PREDIKAT: the one predikat
    org_predikat: PredikatOrganisasi | None = None  # ORG_BELOW_EMPLOYEES
    own_staff: bool = False


@dataclass(frozen=True)
class Dashboard:
    """One view. Only the parts in ``parts`` are filled (the others are empty)."""

    year: int | None
    periode: str
    periodes: tuple[str, ...]  # evaluation periods of the year, AKHIR last
    progress_periodes: tuple[str, ...]  # the periodic ones (progress is recorded per period)
    unit_id: str | None  # the unit whose subunits are the rows (None: per OPD)
    unit_name: str
    jabatan: JabatanGroup | None
    scope: Scope
    parts: frozenset[Part]
    plan_status: tuple[StatusRow, ...] = ()
    plan_status_total: StatusRow | None = None
    progress: tuple[ProgressRow, ...] = ()
    progress_total: ProgressRow | None = None
    curve: tuple[CurveRow, ...] = ()
    curve_total: CurveRow | None = None  # everyone in the selection, against the top unit's predikat
    cascade: tuple[CascadeRow, ...] = ()
    cascade_total: CascadeRow | None = None
    outliers: tuple[Outlier, ...] = ()


# --- the service -------------------------------------------------------------------------------------


class DashboardService(Service):
    def options(self) -> DashboardOptions:
        """Years, evaluation periods and units the acting person may choose (a few small reads)."""
        with self._read() as s:
            ctx = OverviewService(self._store, self._access).scope_context(s)
            scope = ctx.scope
            if scope.kind == NOBODY:
                raise SkpError(Code.NO_USER)
            years = tuple(
                s.execute(
                    select(Period.year)
                    .where(Period.deleted.is_(False))
                    .distinct()
                    .order_by(Period.year.desc())
                ).scalars()
            )
            codes = {
                y: tuple(PeriodeChoice(p.code, p.label) for p in _evaluation_periods(s, y)) for y in years
            }
            rated: dict[int, list[str]] = {}
            for year, periode in s.execute(
                select(Period.year, Assessment.periode)
                .distinct()
                .select_from(Assessment)
                .join(Plan, Plan.id == Assessment.plan_id)
                .join(Period, Period.id == Plan.period_id)
                .outerjoin(Position, Position.id == Plan.position_id)
                .where(
                    Assessment.deleted.is_(False),
                    Assessment.status == FINAL,
                    Plan.deleted.is_(False),
                    Period.deleted.is_(False),
                    plan_scope(ctx),
                )
            ).all():
                rated.setdefault(year, []).append(periode)
            tree = _load_units(s)
            anchor: str | None = None
            if scope.kind == UNIT:
                anchor = scope.unit_id
            elif scope.kind in (TEAM, OWN) and scope.employee_id:
                anchor = unit_of_employee(s, scope.employee_id)
        return DashboardOptions(
            scope=scope,
            years=years,
            periodes=codes,
            rated={y: tuple(sorted(p, key=periode_sort_key)) for y, p in rated.items()},
            units=tuple(_unit_choices(tree, anchor if scope.kind != INSTANSI else None)),
            anchor=anchor if anchor in tree.names else None,
            tree=tree,
        )

    def section(self, section: Section, year: int) -> SectionData:
        """The counts of one section for one plan year (SQL GROUP BY; see the module's text)."""
        with self._read() as s:
            ctx = OverviewService(self._store, self._access).scope_context(s)
            if ctx.scope.kind == NOBODY:
                raise SkpError(Code.NO_USER)
            known = s.execute(select(Period.id).where(Period.year == year, Period.deleted.is_(False))).first()
            if known is None:
                raise SkpError(Code.RECORD_NOT_FOUND, kind="period", id=str(year))
            reader = _SectionReader(s, ctx, year)
            return reader.read(Section(section))

    def load(self, chosen: DashboardFilter | None = None, parts: Iterable[Part] = tuple(Part)) -> Dashboard:
        """Options, the sections' counts and the view in one call (the command line, tests)."""
        chosen = chosen or DashboardFilter()
        options = self.options()
        year = chosen.year if chosen.year is not None else options.default_year()
        wanted = frozenset(Part(p) for p in parts)
        data: dict[Section, SectionData] = {}
        if year is not None and year in options.years:
            for needed in sorted(needed_sections(wanted)):
                data[needed] = self.section(needed, year)
        return view(options, data, chosen, wanted)


def needed_sections(parts: Iterable[Part]) -> frozenset[Section]:
    """The sections the parts of a view need."""
    return frozenset(x for p in parts for x in NEEDS[Part(p)])


# --- reading (SQL) -------------------------------------------------------------------------------------


def _evaluation_periods(s: Session, year: int) -> tuple[periods.EvaluationPeriod, ...]:
    """TW1..TW4 and AKHIR (or the months, or the semesters) of the year (R-PERIOD, R-PERIODIC)."""
    frequency = s.execute(
        select(Period.evaluation_frequency).where(Period.year == year, Period.deleted.is_(False))
    ).scalar()
    try:
        chosen = periods.EvaluationFrequency(frequency or periods.DEFAULT_EVALUATION_FREQUENCY.value)
    except ValueError:
        chosen = periods.DEFAULT_EVALUATION_FREQUENCY  # a frequency from a newer version
    return periods.evaluation_periods(year, chosen)


def _has_text(column: Any) -> ColumnElement[bool]:
    return func.coalesce(column, "") != ""


def _reported() -> ColumnElement[bool]:
    """A progress row that says something: a number or, kualitatif, a text (R-IKI)."""
    return and_(
        Progress.deleted.is_(False), or_(_has_text(Progress.realisasi), _has_text(Progress.realisasi_text))
    )


class _SectionReader:
    def __init__(self, s: Session, ctx: Any, year: int) -> None:
        self.s = s
        self.ctx = ctx
        self.period_ids = select(Period.id).where(Period.year == year, Period.deleted.is_(False))
        self.year = year

    def read(self, section: Section) -> SectionData:
        if section is Section.STATUS:
            return SectionData(section, self.year, self._status())
        if section is Section.PROGRESS:
            return SectionData(section, self.year, self._progress())
        if section is Section.CURVE:
            rows, org = self._curve()
            return SectionData(section, self.year, rows, org)
        return SectionData(section, self.year, self._cascade())

    def _plans(self, query: Any) -> Any:
        """The year's live plans in scope (a query that joins Plan; Position outer-joined on the
        plan's position)."""
        return query.outerjoin(Position, Position.id == Plan.position_id).where(
            Plan.deleted.is_(False), Plan.period_id.in_(self.period_ids), plan_scope(self.ctx)
        )

    def _rows(self, query: Any) -> tuple[Count, ...]:
        return tuple((u, j, str(k), int(n or 0)) for u, j, k, n in self.s.execute(query).all())

    def _status(self) -> tuple[Count, ...]:
        return self._rows(
            self._plans(
                select(Position.org_unit_id, Position.jenjang, Plan.status, func.count(Plan.id)).select_from(
                    Plan
                )
            ).group_by(Position.org_unit_id, Position.jenjang, Plan.status)
        )

    def _progress(self) -> tuple[Count, ...]:
        """IKI of ditetapkan plans and those with a realisasi per periode ("iki",
        "reported:<periode>"), and for the outliers per rated period ("<periode>:rated", ":low",
        ":nothing"): one pass over the year's progress rows, per IKI then per plan."""
        codes = [p.code for p in _evaluation_periods(self.s, self.year) if p.code != AKHIR]
        # per plan in scope (with its unit, jenjang and status): its IKI, those with a realisasi in
        # any period, and in each periodic period; plans without IKI too (their ratings count)
        iki_id = Indicator.id

        def reported_iki(cond: ColumnElement[bool]) -> Any:
            return func.count(func.distinct(case((cond, iki_id), else_=None)))

        per_plan = (
            self._plans(
                select(
                    Plan.id.label("plan_id"),
                    Position.org_unit_id.label("unit_id"),
                    Position.jenjang.label("jenjang"),
                    Plan.status.label("status"),
                    func.count(func.distinct(iki_id)).label("iki"),
                    reported_iki(Progress.id.is_not(None)).label("n_any"),
                    *(reported_iki(Progress.periode == c).label(f"n{i}") for i, c in enumerate(codes)),
                )
                .select_from(Plan)
                .outerjoin(WorkResult, and_(WorkResult.plan_id == Plan.id, WorkResult.deleted.is_(False)))
                .outerjoin(
                    Indicator, and_(Indicator.result_id == WorkResult.id, Indicator.deleted.is_(False))
                )
                .outerjoin(Progress, and_(Progress.indicator_id == Indicator.id, _reported()))
            )
            .group_by(Plan.id)
            .cte("per_plan")
            .prefix_with("MATERIALIZED")
        )
        zero = literal(0)

        def of_plans(*columns: Any) -> Any:
            return (
                select(per_plan.c.unit_id, per_plan.c.jenjang, *columns)
                .where(per_plan.c.status == PlanStatus.DITETAPKAN.value)
                .group_by(per_plan.c.unit_id, per_plan.c.jenjang)
            )

        parts = [of_plans(literal("iki"), func.sum(per_plan.c.iki), zero, zero)]
        parts += [
            of_plans(literal(f"reported:{c}"), func.sum(per_plan.c[f"n{i}"]), zero, zero)
            for i, c in enumerate(codes)
        ]
        # ratings against progress (R-RATING: judged on bukti dukung): the same period's realisasi,
        # for AKHIR a realisasi in any period of the year
        done = func.coalesce(
            case(
                *((Assessment.periode == c, per_plan.c[f"n{i}"]) for i, c in enumerate(codes)),
                else_=per_plan.c.n_any,
            ),
            0,
        )
        iki = func.coalesce(per_plan.c.iki, 0)
        above = Assessment.rating_hasil_kerja == Rating.DI_ATAS_EKSPEKTASI.value
        low = and_(above, iki > 0, done < iki * float(LOW_PROGRESS_SHARE))
        nothing = and_(iki > 0, done == 0)
        parts.append(
            select(
                per_plan.c.unit_id,
                per_plan.c.jenjang,
                Assessment.periode,
                func.coalesce(func.sum(case((low, 1), else_=0)), 0),
                func.coalesce(func.sum(case((nothing, 1), else_=0)), 0),
                func.count(Assessment.id),
            )
            .select_from(per_plan)
            .join(Assessment, Assessment.plan_id == per_plan.c.plan_id)
            .where(
                Assessment.deleted.is_(False),
                Assessment.status == FINAL,
                Assessment.predikat.in_([p.value for p in Predikat]),
            )
            .group_by(per_plan.c.unit_id, per_plan.c.jenjang, Assessment.periode)
        )
        out: list[Count] = []
        for u, j, key, a, b, c in self.s.execute(union_all(*parts)).all():
            if key == "iki" or str(key).startswith("reported:"):
                out.append((u, j, str(key), int(a or 0)))
            else:
                out += [(u, j, f"{key}:low", int(a or 0)), (u, j, f"{key}:nothing", int(b or 0))]
                out.append((u, j, f"{key}:rated", int(c or 0)))
        return tuple(out)

    def _curve(self) -> tuple[tuple[Count, ...], dict[tuple[str, str], PredikatOrganisasi]]:
        valid = {p.value for p in Predikat}
        rows: list[Count] = []
        for u, j, periode, value, status, n in self.s.execute(
            self._plans(
                select(
                    Position.org_unit_id,
                    Position.jenjang,
                    Assessment.periode,
                    Assessment.predikat,
                    Assessment.status,
                    func.count(Assessment.id),
                )
                .select_from(Assessment)
                .join(Plan, Plan.id == Assessment.plan_id)
            )
            .where(Assessment.deleted.is_(False))
            .group_by(
                Position.org_unit_id,
                Position.jenjang,
                Assessment.periode,
                Assessment.predikat,
                Assessment.status,
            )
        ).all():
            if status == FINAL and value in valid:
                rows.append((u, j, f"{periode}:{value}", n))
            elif status != FINAL:
                rows.append((u, j, f"{periode}:draft", n))
            # a final rating without a predikat is not a rating yet: left out
        org: dict[tuple[str, str], PredikatOrganisasi] = {}
        for unit_id, periode, value in self.s.execute(
            select(OrgAssessment.org_unit_id, OrgAssessment.periode, OrgAssessment.predikat)
            .where(OrgAssessment.deleted.is_(False), OrgAssessment.period_id.in_(self.period_ids))
            .order_by(OrgAssessment.updated_at)  # the latest one set wins
        ).all():
            try:
                if unit_id:
                    org[(unit_id, periode)] = PredikatOrganisasi(value)
            except ValueError:
                continue  # a value from a newer version: not ours to read
        return tuple(rows), org

    def _cascade(self) -> tuple[Count, ...]:
        parent = aliased(WorkResult, name="parent_result")
        parent_plan = aliased(Plan, name="parent_plan")
        goal = aliased(OrgGoal, name="parent_goal")
        child = aliased(WorkResult, name="child_result")
        penilai_plan = aliased(Plan, name="penilai_plan")
        utama = WorkResult.jenis == "utama"
        linked_result = parent_plan.employee_id.is_not(None)  # a live RHK of a live plan
        linked_goal = goal.id.is_not(None)
        # SKP-REFERENCE R-CASCADE: an RHK utama intervenes an RHK of the atasan or a goal
        orphan = and_(utama, ~linked_result, ~linked_goal)
        # ... and the RHK it intervenes is the owner's atasan's (the plan's pejabat penilai)
        not_atasan = and_(
            linked_result,
            Plan.penilai_employee_id.is_not(None),
            parent_plan.employee_id != Plan.penilai_employee_id,
        )
        # people who are the penilai of a plan of the year (a derived table: a correlated EXISTS
        # would scan the year's plans once per RHK)
        penilai = (
            select(penilai_plan.penilai_employee_id.label("employee_id"))
            .where(
                penilai_plan.deleted.is_(False),
                penilai_plan.period_id.in_(self.period_ids),
                penilai_plan.penilai_employee_id.is_not(None),
            )
            .distinct()
            .subquery("penilai")
        )
        has_child = exists().where(child.parent_result_id == WorkResult.id, child.deleted.is_(False))
        uncovered = and_(utama, penilai.c.employee_id.is_not(None), ~has_child)

        def total_of(cond: ColumnElement[bool]) -> Any:
            return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

        out: list[Count] = []
        for u, j, *found in self.s.execute(
            self._plans(
                select(
                    Position.org_unit_id,
                    Position.jenjang,
                    total_of(utama),
                    total_of(orphan),
                    total_of(not_atasan),
                    total_of(uncovered),
                )
                .select_from(WorkResult)
                .join(Plan, Plan.id == WorkResult.plan_id)
                .outerjoin(parent, and_(parent.id == WorkResult.parent_result_id, parent.deleted.is_(False)))
                .outerjoin(
                    parent_plan, and_(parent_plan.id == parent.plan_id, parent_plan.deleted.is_(False))
                )
                .outerjoin(goal, and_(goal.id == WorkResult.parent_goal_id, goal.deleted.is_(False)))
                .outerjoin(penilai, penilai.c.employee_id == Plan.employee_id)
            )
            .where(WorkResult.deleted.is_(False))
            .group_by(Position.org_unit_id, Position.jenjang)
        ).all():
            out += [(u, j, key, int(n)) for key, n in zip(CASCADE_KEYS[:4], found, strict=True)]
        # active employees by their own position, and those of them with a plan this year
        active = and_(Employee.deleted.is_(False), Employee.active.is_(True), _employee_scope(self.ctx))
        for u, j, n in self.s.execute(
            select(Position.org_unit_id, Position.jenjang, func.count(Employee.id))
            .select_from(Employee)
            .outerjoin(Position, Position.id == Employee.position_id)
            .where(active)
            .group_by(Position.org_unit_id, Position.jenjang)
        ).all():
            out.append((u, j, "employees", n))
        for u, j, n in self.s.execute(
            select(Position.org_unit_id, Position.jenjang, func.count(func.distinct(Employee.id)))
            .select_from(Plan)
            .join(Employee, Employee.id == Plan.employee_id)
            .outerjoin(Position, Position.id == Employee.position_id)
            .where(active, Plan.deleted.is_(False), Plan.period_id.in_(self.period_ids))
            .group_by(Position.org_unit_id, Position.jenjang)
        ).all():
            out.append((u, j, "planned", n))
        return tuple(out)


# --- the view (no SQL) ---------------------------------------------------------------------------------


def _unit_choices(units: _Units, top: str | None) -> list[UnitChoice]:
    children: dict[str | None, list[str]] = {}
    for unit_id, parent_id in units.parents.items():
        children.setdefault(parent_id, []).append(unit_id)
    for siblings in children.values():
        siblings.sort(key=lambda u: units.order[u])
    out: list[UnitChoice] = []
    starts = [top] if top is not None and top in units.names else children.get(None, [])
    stack = [(u, 0) for u in reversed(starts)]
    seen: set[str] = set()
    while stack:
        unit_id, depth = stack.pop()
        if unit_id in seen:
            continue
        seen.add(unit_id)
        out.append(UnitChoice(unit_id, units.names[unit_id], depth))
        stack.extend((k, depth + 1) for k in reversed(children.get(unit_id, [])))
    return out


def subtree(units: _Units, unit_id: str) -> set[str]:
    """A unit and every unit below it (the tree as loaded; a cycle stops)."""
    children: dict[str, list[str]] = {}
    for u, p in units.parents.items():
        if p is not None:
            children.setdefault(p, []).append(u)
    seen: set[str] = set()
    stack = [unit_id]
    while stack:
        u = stack.pop()
        if u not in seen:
            seen.add(u)
            stack.extend(children.get(u, ()))
    return seen


class _Fold:
    """The chosen subtree and jabatan type over a section's counts, grouped per row."""

    def __init__(
        self, options: DashboardOptions, anchor: str | None, restrict: bool, jabatan: JabatanGroup | None
    ):
        self.tree = options.tree
        self.anchor = anchor
        self.units = subtree(self.tree, anchor) if restrict and anchor is not None else None
        self.jenjang = JABATAN_GROUP_JENJANG[jabatan] if jabatan is not None else None
        scope = options.scope
        grouping_scope = (
            Scope(UNIT, anchor)
            if anchor is not None
            else Scope(INSTANSI if scope.kind == INSTANSI else scope.kind)
        )
        self.grouping: _Grouping = self.tree.grouping(grouping_scope)

    def keep(self, row: Count) -> bool:
        unit_id, jenjang = row[0], row[1]
        if self.units is not None and unit_id not in self.units:
            return False
        return self.jenjang is None or jenjang in self.jenjang

    def fold(self, data: SectionData | None, key: Any = None) -> Any:
        """(unit, key, n) of the kept rows, ``key`` mapping a row's key to the folded key (None:
        left out), grouped per row of the view."""
        rows = []
        for row in data.rows if data is not None else ():
            if self.keep(row):
                folded = row[2] if key is None else key(row[2])
                if folded is not None:
                    rows.append((row[0], folded, row[3]))
        return self.grouping.fold(rows)

    def args(self, group: str | None) -> dict[str, Any]:
        return {
            "unit_id": group,
            "unit_name": self.grouping.name(group),
            "own_staff": group is not None and group == self.anchor,
        }


def view(
    options: DashboardOptions,
    data: Mapping[Section, SectionData],
    chosen: DashboardFilter | None = None,
    parts: Iterable[Part] = tuple(Part),
) -> Dashboard:
    """The dashboard for ``chosen`` from sections already read (no SQL). Raises ``SkpError`` for a
    year, periode, unit or jabatan type that is not a choice (RECORD_NOT_FOUND, PERIODE_UNKNOWN,
    OUT_OF_SCOPE, UNKNOWN_VALUE). A part whose sections are not in ``data`` shows as empty."""
    chosen = chosen or DashboardFilter()
    wanted = frozenset(Part(p) for p in parts)
    year = chosen.year if chosen.year is not None else options.default_year()
    if year is not None and year not in options.years:
        raise SkpError(Code.RECORD_NOT_FOUND, kind="period", id=str(year))
    codes = tuple(p.code for p in options.periodes.get(year, ())) if year is not None else ()
    periode = chosen.periode if chosen.periode is not None else options.default_periode(year)
    if chosen.periode is not None and chosen.periode not in codes:
        raise SkpError(
            Code.PERIODE_UNKNOWN, periode=chosen.periode, year=year or "-", allowed=", ".join(codes) or "-"
        )
    jabatan = chosen.jabatan
    if jabatan is not None:
        try:
            jabatan = JabatanGroup(jabatan)
        except ValueError:
            raise SkpError(Code.UNKNOWN_VALUE, kind="jabatan", value=str(jabatan)) from None
    if chosen.unit_id is not None:
        if chosen.unit_id not in options.tree.names:
            raise SkpError(Code.RECORD_NOT_FOUND, kind="org_unit", id=chosen.unit_id)
        if chosen.unit_id not in {u.unit_id for u in options.units}:
            raise SkpError(Code.OUT_OF_SCOPE, scope=options.scope.unit_name or "-")
    anchor = chosen.unit_id if chosen.unit_id is not None else options.anchor
    fold = _Fold(options, anchor, chosen.unit_id is not None, jabatan)
    progress_codes = tuple(c for c in codes if c != AKHIR)
    filled: dict[str, Any] = {}
    if year is not None:
        if Part.STATUS in wanted:
            filled.update(_status_part(fold, data.get(Section.STATUS)))
        if Part.PROGRESS in wanted:
            filled.update(_progress_part(fold, data.get(Section.PROGRESS), progress_codes))
        if Part.CURVE in wanted or Part.OUTLIERS in wanted:
            curve_rows, curve_total = _curve_part(fold, data.get(Section.CURVE), periode)
            if Part.CURVE in wanted:
                filled.update(curve=curve_rows, curve_total=curve_total)
            if Part.OUTLIERS in wanted:
                filled["outliers"] = _outliers_part(fold, data.get(Section.PROGRESS), periode, curve_rows)
        if Part.CASCADE in wanted:
            filled.update(_cascade_part(fold, data.get(Section.CASCADE)))
    return Dashboard(
        year=year,
        periode=periode,
        periodes=codes,
        progress_periodes=progress_codes,
        unit_id=anchor,
        unit_name=options.tree.names.get(anchor, "") if anchor else "",
        jabatan=jabatan,
        scope=options.scope,
        parts=wanted,
        **filled,
    )


def _status_part(fold: _Fold, data: SectionData | None) -> dict[str, Any]:
    folded = fold.fold(data, lambda k: k if k in STATUS_ORDER else "other")

    def counts(found: Mapping[str, int]) -> tuple[int, ...]:
        return (*(found.get(k, 0) for k in STATUS_ORDER), found.get("other", 0))

    rows = tuple(StatusRow(counts=counts(folded.of(g)), **fold.args(g)) for g in folded.order)
    return {"plan_status": rows, "plan_status_total": StatusRow(None, "", counts(folded.total))}


def _progress_part(fold: _Fold, data: SectionData | None, codes: Sequence[str]) -> dict[str, Any]:
    wanted = {"iki", *(f"reported:{c}" for c in codes)}
    folded = fold.fold(data, lambda k: k if k in wanted else None)

    def make(found: Mapping[str, int], args: dict[str, Any]) -> ProgressRow:
        return ProgressRow(
            indicators=found.get("iki", 0),
            reported=tuple(found.get(f"reported:{c}", 0) for c in codes),
            **args,
        )

    rows = tuple(make(folded.of(g), fold.args(g)) for g in folded.order)
    total = make(folded.total, {"unit_id": None, "unit_name": "", "own_staff": False})
    return {"progress": rows, "progress_total": total}


def _top_unit(fold: _Fold) -> str | None:
    if fold.anchor is not None:
        return fold.anchor
    roots = [u for u, p in fold.tree.parents.items() if p is None]
    return roots[0] if len(roots) == 1 else None


def _curve_part(fold: _Fold, data: SectionData | None, periode: str) -> tuple[tuple[CurveRow, ...], CurveRow]:
    prefix = f"{periode}:"
    folded = fold.fold(data, lambda k: k[len(prefix) :] if k.startswith(prefix) else None)
    org = data.org if data is not None else {}

    def make(group: str | None, found: Mapping[str, int], args: dict[str, Any]) -> CurveRow:
        counts = {p: found.get(p.value, 0) for p in PREDIKAT_ORDER}
        value = org.get((group, periode)) if group else None
        result = curve.evaluate(value, counts) if value is not None else None
        return CurveRow(
            counts=counts, drafts=found.get("draft", 0), org_predikat=value, result=result, **args
        )

    rows = tuple(make(g, folded.of(g), fold.args(g)) for g in folded.order)
    top = _top_unit(fold)
    name = fold.tree.names.get(top, "") if top else ""
    total = make(top, folded.total, {"unit_id": top, "unit_name": name, "own_staff": False})
    return rows, total


def _cascade_part(fold: _Fold, data: SectionData | None) -> dict[str, Any]:
    folded = fold.fold(data)

    def make(found: Mapping[str, int], args: dict[str, Any]) -> CascadeRow:
        return CascadeRow(
            employees=found.get("employees", 0),
            results=found.get("results", 0),
            orphan=found.get("orphan", 0),
            not_atasan=found.get("not_atasan", 0),
            uncovered=found.get("uncovered", 0),
            missing_plan=max(0, found.get("employees", 0) - found.get("planned", 0)),
            **args,
        )

    rows = tuple(make(folded.of(g), fold.args(g)) for g in folded.order)
    total = make(folded.total, {"unit_id": None, "unit_name": "", "own_staff": False})
    return {"cascade": rows, "cascade_total": total}


def _outliers_part(
    fold: _Fold, data: SectionData | None, periode: str, curve_rows: Sequence[CurveRow]
) -> tuple[Outlier, ...]:
    out: list[Outlier] = []
    for r in curve_rows:
        n = r.n
        if n >= SAME_PREDIKAT_MIN_RATED:
            same = [p for p, k in r.counts.items() if k == n]
            if same:
                out.append(
                    Outlier(
                        OutlierKind.SAME_PREDIKAT,
                        r.unit_id,
                        r.unit_name,
                        n,
                        n,
                        same[0],
                        own_staff=r.own_staff,
                    )
                )
        if r.org_predikat in ORG_BELOW_BAIK and n:
            good = r.counts[Predikat.SANGAT_BAIK] + r.counts[Predikat.BAIK]
            if Decimal(good) >= ORG_BELOW_GOOD_SHARE * n:
                out.append(
                    Outlier(
                        OutlierKind.ORG_BELOW_EMPLOYEES,
                        r.unit_id,
                        r.unit_name,
                        good,
                        n,
                        org_predikat=r.org_predikat,
                        own_staff=r.own_staff,
                    )
                )
    prefix = f"{periode}:"
    folded = fold.fold(data, lambda k: k[len(prefix) :] if k.startswith(prefix) else None)
    for g in folded.order:
        found = folded.of(g)
        rated = found.get("rated", 0)
        if found.get("low", 0):
            out.append(
                Outlier(OutlierKind.ABOVE_WITHOUT_PROGRESS, people=found["low"], rated=rated, **fold.args(g))
            )
        if found.get("nothing", 0):
            out.append(
                Outlier(
                    OutlierKind.RATED_WITHOUT_PROGRESS, people=found["nothing"], rated=rated, **fold.args(g)
                )
            )
    kinds = list(OutlierKind)
    position = {g: i for i, g in enumerate(fold.grouping.order([o.unit_id for o in out]))}
    return tuple(sorted(out, key=lambda o: (kinds.index(o.kind), position.get(o.unit_id, 0))))
