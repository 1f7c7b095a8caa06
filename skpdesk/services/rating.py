"""Penilaian: ratings per evaluation period → predikat by the matrix; the predikat kinerja
organisasi; keberatan (SKP-REFERENCE R-RATING, R-MATRIX, R-PERIODIC, R-ORG-PREDIKAT, R-FOLLOWUP,
R-DEADLINES).

- ``rate`` is the pejabat penilai's judgement of one evaluation period of a ditetapkan plan, one
  record per (plan, periode), rated once the period has ended. The predikat always follows
  R-MATRIX; nobody types it. AKHIR is rated on its own: no formula combines the periodic ratings
  (R-PERIODIC [U]), ``rating_context`` shows them as evidence next to the progress and feedback.
- A JPT who leads a unit gets the unit's predikat kinerja organisasi as the AKHIR rating hasil kerja
  (R-ORG-PREDIKAT [P] S7) through the [U] mapping ``rating.organisasi_to_rating`` (a workspace
  setting); the record says so (``basis`` = "org-predikat").
- A final rating changes only after ``reopen``. Once a keberatan is filed it can no longer be
  reopened: the atasan of the pejabat penilai decides it, and that decision is final (R-DEADLINES).

``add_assessments`` (bulk insert for the demo builder and imports) and ``set_org_predikat`` are
the older calls and keep their behaviour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import ColumnElement, and_, case, distinct, func, literal, or_, select, true
from sqlalchemy.orm import Session, aliased

from skpdesk.domain import curve, predikat
from skpdesk.domain.curve import CurveResult
from skpdesk.domain.deadlines import (
    KEBERATAN_FILING_DAYS,
    DeadlineSettings,
    keberatan_decision_deadline,
    keberatan_filing_end,
)
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.monitoring import check_periode, frequency_of
from skpdesk.domain.periods import (
    AKHIR_CODE,
    EvaluationFrequency,
    EvaluationPeriod,
    PlanPeriod,
    evaluation_periods_for,
)
from skpdesk.domain.plan import PlanStatus
from skpdesk.domain.predikat import Predikat, PredikatOrganisasi, Rating
from skpdesk.domain.roles import GRANTED_ROLES, Action, allows
from skpdesk.formatting import format_date
from skpdesk.models.tables import (
    ActingAssignment,
    Assessment,
    DialogKinerja,
    Employee,
    Evidence,
    Feedback,
    Indicator,
    Keberatan,
    Op,
    OrgAssessment,
    OrgUnit,
    Period,
    Plan,
    Position,
    Progress,
    WorkResult,
)
from skpdesk.services.access import Actor, held_positions, is_penilai, unit_within
from skpdesk.services.base import Changes, Service, require
from skpdesk.services.monitoring import require_open
from skpdesk.services.overview import subtree_units, units_up
from skpdesk.services.people import display_name

# Assessment.basis: the rating hasil kerja came from the predikat kinerja organisasi (R-ORG-PREDIKAT)
BASIS_ORG_PREDIKAT = "org-predikat"
STATUS_DRAFT = "draft"
STATUS_FINAL = "final"
# Keberatan.decision ("" = waiting for the atasan of the pejabat penilai)
DITERIMA = "diterima"
DITOLAK = "ditolak"
KEBERATAN_DECISIONS = (DITERIMA, DITOLAK)
ORG_MAPPING_SETTING = "rating.organisasi_to_rating"


@dataclass(frozen=True)
class NewAssessment:
    plan_id: str
    periode: str
    rating_hasil_kerja: str
    rating_perilaku: str
    assessed_by_employee_id: str | None = None
    assessed_on: dt.date | None = None
    status: str = "draft"
    note: str = ""


@dataclass(frozen=True)
class AssessmentRow:
    """One rating of one evaluation period (R-RATING, R-MATRIX)."""

    id: str
    plan_id: str
    periode: str
    label: str  # "Triwulan I" … "Akhir"; the code itself when it is not one of the plan's periods
    rating_hasil_kerja: Rating | None
    rating_perilaku: Rating | None
    predikat: Predikat | None
    status: str  # draft / final
    basis: str  # "" = the penilai's judgement; "org-predikat" (R-ORG-PREDIKAT)
    assessed_by_employee_id: str | None
    assessed_by_name: str
    assessed_on: dt.date | None
    note: str
    keberatan_until: dt.date | None
    """Final ratings: the last day the pegawai may file a keberatan (R-DEADLINES [P], 14 days)."""

    @property
    def final(self) -> bool:
        return self.status == STATUS_FINAL


@dataclass(frozen=True)
class ProgressCounts:
    """What the pegawai reported for the period (AKHIR: the whole plan), read from the tables."""

    results: int  # live RHK of the plan
    results_reported: int  # RHK with a realisasi (their own, kualitatif, or one of their IKI's)
    indicators: int  # live IKI
    indicators_reported: int  # IKI with at least one realisasi
    realisasi: int  # realisasi rows
    evidence_files: int  # bukti dukung files


@dataclass(frozen=True)
class FeedbackCounts:
    atasan: int  # umpan balik berkelanjutan of the pejabat penilai
    peers: int  # 360° notes (rekan, bawahan, lainnya): evidence, never a score (R-LIFECYCLE)
    results_with_feedback: int  # RHK with at least one note of the atasan
    values_with_feedback: int  # BerAKHLAK values with at least one note of the atasan
    dialogs: int  # dialog kinerja records of the plan (any period)
    dialogs_open: int  # … not yet "selesai"


@dataclass(frozen=True)
class KeberatanRow:
    """One keberatan with its decision and the ratings before and after (R-FOLLOWUP)."""

    id: str
    assessment_id: str
    plan_id: str
    periode: str
    filed_by_employee_id: str | None
    filed_by_name: str
    filed_on: dt.date
    reasons: str
    decide_by: dt.date  # [U] setting deadline.keberatan_decision_days (informational, never blocks)
    decision: str  # "" pending / diterima / ditolak
    decider_employee_id: str | None
    decider_name: str
    decided_on: dt.date | None
    decision_note: str
    original_hasil_kerja: Rating | None
    original_perilaku: Rating | None
    original_predikat: Predikat | None
    new_hasil_kerja: Rating | None  # accepted only
    new_perilaku: Rating | None
    new_predikat: Predikat | None

    @property
    def pending(self) -> bool:
        return not self.decision


@dataclass(frozen=True)
class OrgPredikat:
    """The predikat kinerja organisasi of a unit for one evaluation period (R-ORG-PREDIKAT)."""

    id: str
    org_unit_id: str
    unit_name: str
    period_id: str
    periode: str
    predikat: PredikatOrganisasi
    label: str  # "Istimewa" …
    set_by_employee_id: str | None
    note: str


@dataclass(frozen=True)
class RatingContext:
    """Everything the rating screen shows next to the two ratings of one period."""

    plan_id: str
    employee_id: str | None
    employee_name: str
    plan_status: str
    year: int
    period: EvaluationPeriod
    ended: bool  # the period is over: it may be rated
    can_rate_from: dt.date  # the day after the period ends
    current: AssessmentRow | None
    periodic: tuple[AssessmentRow, ...]
    """The other periodic ratings of the plan, in period order: evidence, never averaged (R-PERIODIC)."""
    progress: ProgressCounts
    feedback: FeedbackCounts
    org_basis: bool
    """AKHIR of a JPT who leads a unit: the rating hasil kerja comes from the predikat organisasi."""
    org_unit_id: str | None
    org_unit_name: str
    org_predikat: PredikatOrganisasi | None  # None: not set yet (``rate`` refuses until it is)
    hasil_kerja_from_org: Rating | None
    keberatan: tuple[KeberatanRow, ...]  # on the current rating

    @property
    def org_predikat_missing(self) -> bool:
        return self.org_basis and self.org_predikat is None


# -- the rating screen's reads (issue 7 item 4: ui.rating) --------------------------------------------

# RatingListRow.relation: why the acting person sees the plan
REL_PENILAI = "penilai"  # they are its pejabat penilai kinerja (Plt/Plh included)
REL_OWN = "own"  # their own plan
REL_SCOPE = "scope"  # a plan in the scope of their granted role (pengelola, pusat, ...)


@dataclass(frozen=True)
class PeriodRating:
    """One cell of the rating list: the live rating of one evaluation period."""

    status: str  # draft / final
    predikat: Predikat | None


@dataclass(frozen=True)
class RatingListRow:
    """One plan in the rating list, with its rating per evaluation period."""

    plan_id: str
    employee_id: str | None
    name: str
    nip: str
    jabatan: str
    unit_id: str | None
    unit: str
    period_id: str
    year: int
    plan_status: str
    relation: str  # REL_PENILAI / REL_OWN / REL_SCOPE
    periodes: tuple[str, ...]
    """The plan's evaluation periods (cut to its dates, R-PERIOD), AKHIR last."""
    ended: tuple[str, ...]
    """Those that have ended (they may be rated, R-PERIODIC)."""
    ratings: Mapping[str, PeriodRating]
    keberatan_pending: int  # keberatan waiting for the atasan of the penilai
    keberatan: int  # every keberatan filed on the plan's ratings

    @property
    def due(self) -> tuple[str, ...]:
        """Ended periods of a ditetapkan plan without a final rating: what is left to rate."""
        if self.plan_status != PlanStatus.DITETAPKAN.value:
            return ()
        return tuple(
            code
            for code in self.ended
            if code not in self.ratings or self.ratings[code].status != STATUS_FINAL
        )


@dataclass(frozen=True)
class RatingList:
    """The plans the acting person rates or sees for one plan year (the rating screen's list)."""

    year: int | None
    years: tuple[int, ...]  # years that hold such plans, newest first
    period_id: str | None
    periods: tuple[EvaluationPeriod, ...]  # the year's evaluation periods (its frequency), AKHIR last
    rows: tuple[RatingListRow, ...]


@dataclass(frozen=True)
class RatedPlan:
    """The head of the rating panel: whose plan, for which jabatan, and the acting person's part."""

    plan_id: str
    employee_id: str | None
    name: str
    nip: str
    jabatan: str
    unit_id: str | None
    unit: str
    period_id: str
    year: int
    status: str
    jenis: str  # jpt / ja-jf
    penilai_name: str
    is_penilai: bool  # the acting person may rate it (the role allows, and they are its penilai)
    is_own: bool


@dataclass(frozen=True)
class UnitDistribution:
    """The predikat of the people rated in a unit and the units below it for one evaluation period,
    checked against R-CURVE (a warning, never a block [P] S7).

    The pattern is that of the unit's own predikat kinerja organisasi, else of the nearest unit
    above that has one (``org_unit_id``). Everyone with a plan in the unit and below is counted,
    its leader too, as the Dokumen Evaluasi and the dashboard count (services.evaluation,
    services.dashboard)."""

    unit_id: str
    unit_name: str
    period_id: str
    year: int
    periode: str
    org_unit_id: str | None
    org_unit_name: str
    org_predikat: PredikatOrganisasi | None
    counts: Mapping[Predikat, int]  # final ratings, best to worst
    drafts: int  # ratings still in draft: not counted
    result: CurveResult | None  # None: no predikat organisasi to check against

    @property
    def n(self) -> int:
        return sum(self.counts.values())


class RatingService(Service):
    # -- older calls (demo builder, imports) ------------------------------------------------------

    def add_assessments(self, items: Sequence[NewAssessment]) -> tuple[list[str], Changes]:
        """Ratings are the penilai's judgement (R-RATING); the predikat follows R-MATRIX."""
        with self._write() as w:
            rows = []
            today = self._access.today()
            for a in items:
                require(w.session, Plan, a.plan_id, "plan")
                actor = self._access.require_penilai(w.session, Action.RATE, a.plan_id, today)
                if not actor.system and a.assessed_by_employee_id not in (None, actor.employee_id):
                    raise SkpError(Code.NOT_PENILAI)
                if a.assessed_by_employee_id:
                    require(w.session, Employee, a.assessed_by_employee_id, "employee")
                hasil = predikat.parse_rating(a.rating_hasil_kerja)
                perilaku = predikat.parse_rating(a.rating_perilaku)
                rows.append(
                    dict(
                        vars(a),
                        assessed_by_employee_id=a.assessed_by_employee_id or actor.employee_id,
                        rating_hasil_kerja=hasil.value,
                        rating_perilaku=perilaku.value,
                        predikat=predikat.predikat(hasil, perilaku).value,
                    )
                )
            ids = w.insert_many(Assessment, rows)
            return ids, w.changes

    def set_org_predikat(
        self,
        org_unit_id: str,
        period_id: str,
        periode: str,
        value: str,
        set_by_employee_id: str | None = None,
        note: str = "",
    ) -> tuple[str, Changes]:
        """R-ORG-PREDIKAT: set by the leader of the organisation above."""
        org_predikat = predikat.parse_predikat_organisasi(value)
        with self._write() as w:
            require(w.session, OrgUnit, org_unit_id, "org_unit")
            require(w.session, Period, period_id, "period")
            actor = self._access.require_in_scope(w.session, Action.SET_ORG_PREDIKAT, org_unit_id)
            if (
                not actor.system
                and actor.role.value == "atasan"
                and not _leads(w.session, actor, org_unit_id, self._access.today())
            ):
                raise SkpError(Code.NOT_ALLOWED, role=actor.role.value, action="set-org-predikat")
            record_id = w.insert(
                OrgAssessment,
                org_unit_id=org_unit_id,
                period_id=period_id,
                periode=periode,
                predikat=org_predikat.value,
                set_by_employee_id=set_by_employee_id,
                note=note,
            )
            return record_id, w.changes

    # -- rating by the pejabat penilai ------------------------------------------------------------

    def rate(
        self,
        plan_id: str,
        periode: str,
        rating_hasil_kerja: str | None,
        rating_perilaku: str,
        note: str = "",
        final: bool = False,
    ) -> tuple[str, Changes]:
        """Set the ratings of one evaluation period (a draft, or ``final``); returns the assessment id.

        One record per (plan, periode): a draft is updated in place, a final one is refused until
        ``reopen``. The predikat follows R-MATRIX. For AKHIR of a JPT who leads a unit, pass
        ``rating_hasil_kerja`` None or "" (or the value the mapping gives): it comes from the unit's
        predikat kinerja organisasi (R-ORG-PREDIKAT).
        """
        mapping_setting = self._mapping_setting()
        today = self._access.today()
        with self._write() as w:
            s = w.session
            plan = require(s, Plan, plan_id, "plan")
            actor = self._require_rater(s, plan, today)
            require_plan_set(plan)
            period, year = resolve_periode(s, plan, periode)
            _require_ended(period, today)
            require_open(s, plan.period_id, period.code)
            perilaku = predikat.parse_rating(rating_perilaku)
            basis = ""
            led = _led_unit(s, plan) if period.is_final else None
            if led is not None:
                unit_id, unit_name = led
                org = _org_row(s, unit_id, plan.period_id, AKHIR_CODE)
                if org is None:
                    raise SkpError(Code.RATE_NO_ORG_PREDIKAT, unit=unit_name, year=year, periode=AKHIR_CODE)
                hasil = organisasi_mapping(mapping_setting)[org.predikat]
                if rating_hasil_kerja and predikat.parse_rating(rating_hasil_kerja) is not hasil:
                    raise SkpError(
                        Code.RATE_ORG_BASIS,
                        predikat=predikat.label(org.predikat),
                        rating=predikat.label(hasil),
                    )
                basis = BASIS_ORG_PREDIKAT
            else:
                hasil = predikat.parse_rating(rating_hasil_kerja or "")
            values: dict[str, Any] = {
                "rating_hasil_kerja": hasil.value,
                "rating_perilaku": perilaku.value,
                "predikat": predikat.predikat(hasil, perilaku).value,  # SKP-REFERENCE R-MATRIX
                "status": STATUS_FINAL if final else STATUS_DRAFT,
                "note": note.strip(),
                "basis": basis,
                "assessed_on": today,
                "assessed_by_employee_id": actor.employee_id or plan.penilai_employee_id,
            }
            existing = _current_assessment(s, plan_id, period.code)
            if existing is None:
                record_id = w.insert(Assessment, plan_id=plan_id, periode=period.code, **values)
            else:
                if existing.status == STATUS_FINAL:
                    raise SkpError(Code.RATE_FINAL, periode=period.code)
                record_id = existing.id
                w.update(Assessment, record_id, **values)
            return record_id, w.changes

    def reopen(self, assessment_id: str) -> Changes:
        """Make a final rating a draft again so that the penilai can change it (the op log keeps who
        and when). Refused once a keberatan has been filed on it: that is decided by the atasan of
        the pejabat penilai, and the decision is final (R-DEADLINES)."""
        today = self._access.today()
        with self._write() as w:
            s = w.session
            assessment = require(s, Assessment, assessment_id, "assessment")
            plan = require(s, Plan, assessment.plan_id, "plan")
            self._require_rater(s, plan, today)
            if assessment.status != STATUS_FINAL:
                raise SkpError(Code.RATE_NOT_FINAL, periode=assessment.periode)
            if _keberatan_rows(s, assessment_id):
                raise SkpError(Code.RATE_HAS_KEBERATAN, periode=assessment.periode)
            require_open(s, plan.period_id, assessment.periode)
            w.update(Assessment, assessment_id, status=STATUS_DRAFT)
            return w.changes

    # -- reads ------------------------------------------------------------------------------------

    def evaluation_periods(self, plan_id: str) -> tuple[EvaluationPeriod, ...]:
        """The plan's evaluation periods (periodic ones cut to the plan's dates, then AKHIR)."""
        with self._read() as s:
            plan = require(s, Plan, plan_id, "plan")
            return _plan_periods(s, plan)[0]

    def assessments(self, plan_id: str) -> list[AssessmentRow]:
        """Every live rating of the plan, in period order (the evaluation PDF, the rating list)."""
        with self._read() as s:
            plan = require(s, Plan, plan_id, "plan")
            periods = _plan_periods(s, plan)[0]
            return _assessment_rows(s, plan_id, periods)

    def rating_context(self, plan_id: str, periode: str) -> RatingContext:
        """The rating of one period with its evidence: the other periodic ratings, counts of
        realisasi, bukti dukung, umpan balik and dialogs, and the predikat organisasi that gives a
        unit leader's AKHIR rating hasil kerja. Reads only; refuses an unknown periode."""
        mapping_setting = self._mapping_setting()
        decision_days = self._decision_days()
        today = self._access.today()
        with self._read() as s:
            plan = require(s, Plan, plan_id, "plan")
            period, year = resolve_periode(s, plan, periode)
            periods = _plan_periods(s, plan)[0]
            rows = _assessment_rows(s, plan_id, periods)
            current = next((r for r in rows if r.periode == period.code), None)
            periodic = tuple(r for r in rows if r.periode not in (period.code, AKHIR_CODE))
            scope = None if period.is_final else period.code
            led = _led_unit(s, plan) if period.is_final else None
            org_value: PredikatOrganisasi | None = None
            from_org: Rating | None = None
            if led is not None:
                org = _org_row(s, led[0], plan.period_id, AKHIR_CODE)
                if org is not None:
                    org_value = org.predikat
                    try:
                        from_org = organisasi_mapping(mapping_setting)[org_value]
                    except SkpError:
                        from_org = None  # a bad setting: ``rate`` names it; the screen still opens
            owner = _name_of(s, plan.employee_id)
            keberatan = (
                tuple(
                    _keberatan_row(s, k, current.periode, decision_days)
                    for k in _keberatan_rows(s, current.id)
                )
                if current is not None
                else ()
            )
            return RatingContext(
                plan_id=plan_id,
                employee_id=plan.employee_id,
                employee_name=owner,
                plan_status=plan.status,
                year=year,
                period=period,
                ended=period.end < today,
                can_rate_from=period.end + dt.timedelta(days=1),
                current=current,
                periodic=periodic,
                progress=_progress_counts(s, plan_id, scope),
                feedback=_feedback_counts(s, plan_id, scope),
                org_basis=led is not None,
                org_unit_id=led[0] if led else None,
                org_unit_name=led[1] if led else "",
                org_predikat=org_value,
                hasil_kerja_from_org=from_org,
                keberatan=keberatan,
            )

    def org_predikat(self, unit_id: str, period_id: str, periode: str) -> OrgPredikat | None:
        """The unit's predikat kinerja organisasi for the period (the latest one set), or None."""
        with self._read() as s:
            org = _org_row(s, unit_id, period_id, periode)
            if org is None:
                return None
            name = s.execute(select(OrgUnit.name).where(OrgUnit.id == unit_id)).scalar()
            return OrgPredikat(
                id=org.id,
                org_unit_id=unit_id,
                unit_name=name or "",
                period_id=period_id,
                periode=periode,
                predikat=org.predikat,
                label=predikat.label(org.predikat),
                set_by_employee_id=org.set_by_employee_id,
                note=org.note,
            )

    def organisasi_to_rating(self) -> dict[PredikatOrganisasi, Rating]:
        """The [U] mapping in use (R-ORG-PREDIKAT): the workspace setting over the default."""
        return organisasi_mapping(self._mapping_setting())

    # -- the rating screen (reads) ----------------------------------------------------------------

    def rating_list(self, year: int | None = None) -> RatingList:
        """The plans the acting person rates (pejabat penilai: Plt/Plh included), their own, and —
        for a granted role (pengelola, pusat, ...) — the plans in its scope; each with its rating per
        evaluation period. ``year`` None: the newest year in which an evaluation period has ended
        (else the newest). Nobody signed in: nothing."""
        actor = self._access.actor
        today = self._access.today()
        empty = RatingList(None, (), None, (), ())
        if actor is None:
            return empty
        with self._read() as s:
            held = (
                frozenset(held_positions(s, actor.employee_id, today)) if actor.employee_id else frozenset()
            )
            conditions = _list_conditions(actor, held)
            if not conditions:
                return empty
            visible = or_(*conditions.values())
            years = tuple(
                s.execute(
                    select(Period.year)
                    .join(Plan, Plan.period_id == Period.id)
                    .outerjoin(Position, Position.id == Plan.position_id)
                    .where(Plan.deleted.is_(False), Period.deleted.is_(False), visible)
                    .distinct()
                    .order_by(Period.year.desc())
                ).scalars()
            )
            if year is None:
                year = _default_year(s, years, today)
            if year is None:
                return empty
            period = s.execute(
                select(Period.id, Period.evaluation_frequency).where(
                    Period.year == year, Period.deleted.is_(False)
                )
            ).first()
            if period is None:
                return RatingList(year, years, None, (), ())
            frequency = frequency_of(period.evaluation_frequency)
            year_periods = evaluation_periods_for(PlanPeriod.full_year(year), frequency)
            relation = case(
                *((cond, literal(name)) for name, cond in conditions.items()), else_=literal(REL_SCOPE)
            )
            order = case(
                *((cond, literal(n)) for n, cond in enumerate(conditions.values())), else_=literal(9)
            )
            rows = s.execute(
                select(
                    Plan.id,
                    Plan.employee_id,
                    Plan.status,
                    Plan.start_date,
                    Plan.end_date,
                    Employee.name,
                    Employee.gelar_depan,
                    Employee.gelar_belakang,
                    Employee.nip,
                    Position.title,
                    Position.org_unit_id,
                    OrgUnit.name.label("unit"),
                    relation.label("relation"),
                )
                .join(Employee, Employee.id == Plan.employee_id)
                .outerjoin(Position, Position.id == Plan.position_id)
                .outerjoin(OrgUnit, OrgUnit.id == Position.org_unit_id)
                .where(Plan.deleted.is_(False), Plan.period_id == period.id, visible)
                .order_by(order, Employee.name)
            ).all()
            plan_ids = (
                select(Plan.id)
                .outerjoin(Position, Position.id == Plan.position_id)
                .where(Plan.deleted.is_(False), Plan.period_id == period.id, visible)
            )
            ratings: dict[str, dict[str, PeriodRating]] = {}
            for plan_id, periode, status, value in s.execute(
                select(Assessment.plan_id, Assessment.periode, Assessment.status, Assessment.predikat)
                .where(Assessment.deleted.is_(False), Assessment.plan_id.in_(plan_ids))
                .order_by(Assessment.updated_at)
            ).all():
                cells = ratings.setdefault(str(plan_id), {})
                old = cells.get(periode)
                if old is not None and old.status == STATUS_FINAL and status != STATUS_FINAL:
                    continue  # a final one wins over a draft an old import left (_current_assessment)
                cells[periode] = PeriodRating(status, _predikat(value))
            pending: dict[str, int] = {}
            filed: dict[str, int] = {}
            for plan_id, decision, count in s.execute(
                select(Keberatan.plan_id, Keberatan.decision == "", func.count(Keberatan.id))
                .where(Keberatan.deleted.is_(False), Keberatan.plan_id.in_(plan_ids))
                .group_by(Keberatan.plan_id, Keberatan.decision == "")
            ).all():
                filed[str(plan_id)] = filed.get(str(plan_id), 0) + count
                if decision:
                    pending[str(plan_id)] = pending.get(str(plan_id), 0) + count
        out = []
        for r in rows:
            try:
                own_periods = evaluation_periods_for(PlanPeriod(r.start_date, r.end_date), frequency)
            except SkpError:  # a bad merge left an impossible span: nothing to rate
                own_periods = ()
            out.append(
                RatingListRow(
                    plan_id=r.id,
                    employee_id=r.employee_id,
                    name=display_name(r.name, r.gelar_depan, r.gelar_belakang),
                    nip=r.nip,
                    jabatan=r.title or "",
                    unit_id=r.org_unit_id,
                    unit=r.unit or "",
                    period_id=period.id,
                    year=year,
                    plan_status=r.status,
                    relation=r.relation,
                    periodes=tuple(p.code for p in own_periods),
                    ended=tuple(p.code for p in own_periods if p.end < today),
                    ratings=ratings.get(r.id, {}),
                    keberatan_pending=pending.get(r.id, 0),
                    keberatan=filed.get(r.id, 0),
                )
            )
        return RatingList(year, years, period.id, year_periods, tuple(out))

    def rated_plan(self, plan_id: str) -> RatedPlan:
        """Whose plan it is and what the acting person may do with it (the panel's head)."""
        actor = self._access.actor
        today = self._access.today()
        with self._read() as s:
            plan = require(s, Plan, plan_id, "plan")
            row = s.execute(
                select(
                    Employee.name,
                    Employee.gelar_depan,
                    Employee.gelar_belakang,
                    Employee.nip,
                    Position.title,
                    Position.org_unit_id,
                    OrgUnit.name,
                    Period.year,
                )
                .select_from(Plan)
                .outerjoin(Employee, Employee.id == Plan.employee_id)
                .outerjoin(Position, Position.id == Plan.position_id)
                .outerjoin(OrgUnit, OrgUnit.id == Position.org_unit_id)
                .outerjoin(Period, Period.id == Plan.period_id)
                .where(Plan.id == plan_id)
            ).one()
            own = (
                actor is not None and actor.employee_id is not None and actor.employee_id == plan.employee_id
            )
            penilai = False
            if actor is not None and not own and (actor.system or allows(actor.role, Action.RATE)):
                penilai = actor.system or (
                    actor.employee_id is not None and is_penilai(s, actor.employee_id, plan_id, today)
                )
            return RatedPlan(
                plan_id=plan_id,
                employee_id=plan.employee_id,
                name=display_name(row[0], row[1] or "", row[2] or "") if row[0] else "",
                nip=row[3] or "",
                jabatan=row[4] or "",
                unit_id=row[5],
                unit=row[6] or "",
                period_id=plan.period_id or "",
                year=int(row[7] or 0),
                status=plan.status,
                jenis=plan.jenis,
                penilai_name=_name_of(s, _penilai_employee(s, plan, today)),
                is_penilai=penilai,
                is_own=own,
            )

    def unit_chain(self, unit_id: str) -> list[tuple[str, str]]:
        """(id, name) of a unit and every unit above it, nearest first (the curve's unit choice)."""
        with self._read() as s:
            chain = units_up(unit_id).subquery()
            rows = s.execute(
                select(OrgUnit.id, OrgUnit.name)
                .join(chain, chain.c.id == OrgUnit.id)
                .where(OrgUnit.deleted.is_(False))
                .order_by(chain.c.depth)
            ).all()
            return [(str(r.id), str(r.name)) for r in rows]

    def unit_distribution(self, unit_id: str, period_id: str, periode: str) -> UnitDistribution:
        """The final predikat of the people in ``unit_id`` and below for one evaluation period, with
        the R-CURVE check against the unit's predikat organisasi (its own, else the nearest unit
        above's). Reads only; ``result`` None when no predikat organisasi is set."""
        code = periode.strip().upper()
        with self._read() as s:
            unit = require(s, OrgUnit, unit_id, "org_unit")
            year = require(s, Period, period_id, "period").year
            org_unit_id: str | None = None
            org_unit_name = ""
            org: _OrgRow | None = None
            chain = units_up(unit_id).subquery()
            for up_id, up_name in s.execute(
                select(OrgUnit.id, OrgUnit.name).join(chain, chain.c.id == OrgUnit.id).order_by(chain.c.depth)
            ).all():
                org = _org_row(s, up_id, period_id, code)
                if org is not None:
                    org_unit_id, org_unit_name = str(up_id), str(up_name)
                    break
            # one rating per plan: a final one over a draft an old import left (_current_assessment)
            best: dict[str, tuple[str, str]] = {}
            for plan_id, status, value in s.execute(
                select(Assessment.plan_id, Assessment.status, Assessment.predikat)
                .join(Plan, Plan.id == Assessment.plan_id)
                .join(Position, Position.id == Plan.position_id)
                .where(
                    Assessment.deleted.is_(False),
                    Assessment.periode == code,
                    Plan.deleted.is_(False),
                    Plan.period_id == period_id,
                    Position.org_unit_id.in_(subtree_units(unit_id)),
                )
                .order_by(Assessment.updated_at)
            ).all():
                old = best.get(str(plan_id))
                if old is not None and old[0] == STATUS_FINAL and status != STATUS_FINAL:
                    continue
                best[str(plan_id)] = (status, value)
            counts = dict.fromkeys(Predikat, 0)
            drafts = 0
            for status, value in best.values():
                if status != STATUS_FINAL:
                    drafts += 1
                    continue
                found = _predikat(value)
                if found is None:
                    continue
                counts[found] += 1
        # SKP-REFERENCE R-CURVE: the check is a consideration, never a block (domain.curve)
        result = curve.evaluate(org.predikat, counts) if org is not None else None
        return UnitDistribution(
            unit_id=unit_id,
            unit_name=unit.name,
            period_id=period_id,
            year=year,
            periode=code,
            org_unit_id=org_unit_id,
            org_unit_name=org_unit_name,
            org_predikat=org.predikat if org is not None else None,
            counts=counts,
            drafts=drafts,
            result=result,
        )

    # -- keberatan (R-FOLLOWUP, R-DEADLINES) ------------------------------------------------------

    def file_keberatan(self, assessment_id: str, reasons: str) -> tuple[str, Changes]:
        """The rated pegawai objects to a final rating, with reasons, within
        ``KEBERATAN_FILING_DAYS`` days of receiving it (the day it was made final); one at a time."""
        text = reasons.strip()
        today = self._access.today()
        with self._write() as w:
            s = w.session
            assessment = require(s, Assessment, assessment_id, "assessment")
            plan = require(s, Plan, assessment.plan_id, "plan")
            actor = self._access.require(Action.FILE_KEBERATAN)
            if not actor.system and actor.employee_id != plan.employee_id:
                raise SkpError(Code.NOT_OWN_RECORD, kind="assessment")
            if assessment.status != STATUS_FINAL:
                raise SkpError(Code.RATE_NOT_FINAL, periode=assessment.periode)
            for earlier in _keberatan_rows(s, assessment_id):
                if not earlier.decision:
                    raise SkpError(Code.KEBERATAN_PENDING, filed_on=format_date(earlier.filed_on))
                raise SkpError(
                    Code.KEBERATAN_DECIDED,
                    decision=earlier.decision,
                    decided_on=format_date(earlier.decided_on),
                )
            # SKP-REFERENCE R-DEADLINES [P] PP 30/2019 Pasal 59: within 14 days of receiving the
            # result. A rating without a date (an old import) cannot be shown to be late.
            if assessment.assessed_on is not None and today > keberatan_filing_end(assessment.assessed_on):
                raise SkpError(
                    Code.KEBERATAN_LATE,
                    received=format_date(assessment.assessed_on),
                    last_day=format_date(keberatan_filing_end(assessment.assessed_on)),
                    days=KEBERATAN_FILING_DAYS,
                )
            if not text:
                raise SkpError(Code.KEBERATAN_NO_REASONS)
            record_id = w.insert(
                Keberatan,
                assessment_id=assessment_id,
                plan_id=plan.id,
                filed_by_employee_id=actor.employee_id or plan.employee_id,
                filed_on=today,
                reasons=text,
            )
            return record_id, w.changes

    def decide_keberatan(
        self,
        keberatan_id: str,
        decision: str,
        note: str,
        new_rating_hasil_kerja: str | None = None,
        new_rating_perilaku: str | None = None,
    ) -> Changes:
        """The atasan of the pejabat penilai decides (R-DEADLINES: hears both sides, may change the
        result; the decision is final). ``diterima`` needs at least one new rating (the other stays);
        the assessment takes the new ratings and the predikat by R-MATRIX, the keberatan row keeps
        the new values, and the original stays in the op log (``keberatan_history`` shows both).
        ``ditolak`` takes no ratings."""
        text = note.strip()
        today = self._access.today()
        with self._write() as w:
            s = w.session
            row = require(s, Keberatan, keberatan_id, "keberatan")
            assessment = require(s, Assessment, row.assessment_id, "assessment")
            plan = require(s, Plan, assessment.plan_id, "plan")
            actor = self._access.require(Action.RATE)
            if actor.employee_id is not None and actor.employee_id == plan.employee_id:
                raise SkpError(Code.RATE_OWN)
            decider, penilai_title, decider_title = _decider_position(s, plan)
            if decider is None:
                raise SkpError(Code.KEBERATAN_NO_DECIDER, position=penilai_title)
            if not actor.system and (
                actor.employee_id is None or decider not in held_positions(s, actor.employee_id, today)
            ):
                raise SkpError(Code.KEBERATAN_NOT_DECIDER, position=decider_title)
            if row.decision:
                raise SkpError(
                    Code.KEBERATAN_DECIDED, decision=row.decision, decided_on=format_date(row.decided_on)
                )
            if decision not in KEBERATAN_DECISIONS:
                raise SkpError(Code.UNKNOWN_VALUE, kind="keberatan-decision", value=decision)
            if not text:
                raise SkpError(Code.KEBERATAN_NO_NOTE)
            values: dict[str, Any] = {
                "decision": decision,
                "decided_on": today,
                "decision_note": text,
                "decider_employee_id": actor.employee_id,
            }
            if decision == DITOLAK:
                if new_rating_hasil_kerja or new_rating_perilaku:
                    raise SkpError(Code.RECORD_INVALID, field="new_rating", reason=DITOLAK)
                w.update(Keberatan, keberatan_id, **values)
                return w.changes
            old_hasil = predikat.parse_rating(assessment.rating_hasil_kerja)
            old_perilaku = predikat.parse_rating(assessment.rating_perilaku)
            hasil = predikat.parse_rating(new_rating_hasil_kerja) if new_rating_hasil_kerja else old_hasil
            perilaku = predikat.parse_rating(new_rating_perilaku) if new_rating_perilaku else old_perilaku
            if assessment.basis == BASIS_ORG_PREDIKAT and hasil is not old_hasil:
                # R-ORG-PREDIKAT: a unit leader's AKHIR rating hasil kerja is the unit's result
                led = _led_unit(s, plan)
                org = _org_row(s, led[0], plan.period_id, AKHIR_CODE) if led else None
                raise SkpError(
                    Code.RATE_ORG_BASIS,
                    predikat=predikat.label(org.predikat) if org else "-",
                    rating=predikat.label(old_hasil),
                )
            if (hasil, perilaku) == (old_hasil, old_perilaku):
                raise SkpError(Code.KEBERATAN_SAME_RATING)
            new_predikat = predikat.predikat(hasil, perilaku)  # SKP-REFERENCE R-MATRIX
            w.update(
                Keberatan,
                keberatan_id,
                **values,
                new_rating_hasil_kerja=hasil.value,
                new_rating_perilaku=perilaku.value,
                new_predikat=new_predikat.value,
            )
            w.update(
                Assessment,
                assessment.id,
                rating_hasil_kerja=hasil.value,
                rating_perilaku=perilaku.value,
                predikat=new_predikat.value,
            )
            return w.changes

    def keberatan_history(self, plan_id: str) -> list[KeberatanRow]:
        """Every keberatan on the plan's ratings, oldest first, with the ratings before and after."""
        decision_days = self._decision_days()
        with self._read() as s:
            require(s, Plan, plan_id, "plan")
            rows = s.execute(
                select(Keberatan, Assessment.periode)
                .join(Assessment, Assessment.id == Keberatan.assessment_id)
                .where(Keberatan.plan_id == plan_id, Keberatan.deleted.is_(False))
                .order_by(Keberatan.filed_on, Keberatan.updated_at)
            ).all()
            return [_keberatan_row(s, k, periode, decision_days) for k, periode in rows]

    def keberatan_to_decide(self) -> list[KeberatanRow]:
        """Pending keberatan the acting person decides (they hold the atasan position of the
        pejabat penilai's position, Plt/Plh included), oldest first."""
        actor = self._access.current()
        if actor.employee_id is None:
            return []
        decision_days = self._decision_days()
        today = self._access.today()
        with self._read() as s:
            held = held_positions(s, actor.employee_id, today)
            rows = s.execute(
                select(Keberatan, Assessment.periode, Plan)
                .join(Assessment, Assessment.id == Keberatan.assessment_id)
                .join(Plan, Plan.id == Keberatan.plan_id)
                .where(
                    Keberatan.deleted.is_(False),
                    Keberatan.decision == "",
                    Plan.deleted.is_(False),
                    Plan.employee_id != actor.employee_id,
                )
                .order_by(Keberatan.filed_on, Keberatan.updated_at)
            ).all()
            return [
                _keberatan_row(s, k, periode, decision_days)
                for k, periode, plan in rows
                if _decider_position(s, plan)[0] in held
            ]

    def keberatan_of_decider(self) -> list[KeberatanRow]:
        """Every keberatan the acting person decides or decided — waiting ones on plans whose
        pejabat penilai's atasan position they hold (Plt/Plh included), decided ones by them or by
        that position — oldest first (the rating screen's history). Nobody signed in: none."""
        actor = self._access.actor
        if actor is None or actor.employee_id is None:
            return []
        me = actor.employee_id
        decision_days = self._decision_days()
        today = self._access.today()
        with self._read() as s:
            held = held_positions(s, me, today)
            rows = s.execute(
                select(Keberatan, Assessment.periode, Plan)
                .join(Assessment, Assessment.id == Keberatan.assessment_id)
                .join(Plan, Plan.id == Keberatan.plan_id)
                .where(Keberatan.deleted.is_(False), Plan.deleted.is_(False), Plan.employee_id != me)
                .order_by(Keberatan.filed_on, Keberatan.updated_at)
            ).all()
            return [
                _keberatan_row(s, k, periode, decision_days)
                for k, periode, plan in rows
                if k.decider_employee_id == me or _decider_position(s, plan)[0] in held
            ]

    # -- helpers ----------------------------------------------------------------------------------

    def _require_rater(self, s: Session, plan: Any, today: dt.date) -> Actor:
        """Only the plan's pejabat penilai kinerja (R-RATING); never the pegawai themselves."""
        actor = self._access.current()
        if actor.employee_id is not None and actor.employee_id == plan.employee_id:
            raise SkpError(Code.RATE_OWN)
        return self._access.require_penilai(s, Action.RATE, plan.id, today)

    def _mapping_setting(self) -> Mapping[str, str]:
        from skpdesk.services.settings import SettingsService

        value = SettingsService(self._store, self._access).get(ORG_MAPPING_SETTING)
        return value if isinstance(value, Mapping) else {}

    def _decision_days(self) -> int:
        from skpdesk.services.settings import SettingsService

        days = SettingsService(self._store, self._access).get("deadline.keberatan_decision_days")
        return int(days) if isinstance(days, int) else DeadlineSettings().keberatan_decision_days


# -- rules over the tables -------------------------------------------------------------------------


def organisasi_mapping(setting: Mapping[str, str]) -> dict[PredikatOrganisasi, Rating]:
    """SKP-REFERENCE R-ORG-PREDIKAT [U]: the setting's entries over the default mapping
    (``domain.predikat.DEFAULT_ORGANISASI_TO_RATING``). A value that is not a rating is refused
    with a code naming the setting, so that the instansi corrects it instead of a silent default."""
    mapping = dict(predikat.DEFAULT_ORGANISASI_TO_RATING)
    for key, text in setting.items():
        try:
            level = PredikatOrganisasi(key)
        except ValueError:
            continue  # a level from a newer version: ignored
        if not str(text).strip():
            continue
        try:
            mapping[level] = predikat.parse_rating(str(text))
        except SkpError:
            raise SkpError(Code.UNKNOWN_VALUE, kind=f"{ORG_MAPPING_SETTING}.{key}", value=text) from None
    return mapping


def _plan_periods(s: Session, plan: Any) -> tuple[tuple[EvaluationPeriod, ...], int, EvaluationFrequency]:
    """The plan's evaluation periods (R-PERIOD, R-PERIODIC), its plan year and the frequency."""
    period = require(s, Period, plan.period_id, "period")
    frequency = frequency_of(period.evaluation_frequency)
    periods = evaluation_periods_for(PlanPeriod(plan.start_date, plan.end_date), frequency)
    return periods, period.year, frequency


def plan_periods(s: Session, plan: Any) -> tuple[EvaluationPeriod, ...]:
    """The evaluation periods of a plan row (shared with services.feedback)."""
    return _plan_periods(s, plan)[0]


def resolve_periode(s: Session, plan: Any, periode: str) -> tuple[EvaluationPeriod, int]:
    """The plan's evaluation period with this code ("tw1" is read as "TW1"), and the plan year;
    refused as ``domain.monitoring.check_periode`` refuses (the same rule as progress entries)."""
    period = require(s, Period, plan.period_id, "period")
    span = PlanPeriod(plan.start_date, plan.end_date)
    found = check_periode(periode.strip().upper(), span, frequency_of(period.evaluation_frequency))
    return found, period.year


def require_plan_set(plan: Any) -> None:
    """Phase 2 and 3 follow penetapan (R-LIFECYCLE): feedback and ratings need a ditetapkan plan."""
    if plan.status != PlanStatus.DITETAPKAN.value:
        raise SkpError(Code.PLAN_NOT_SET, status=plan.status)


def _require_ended(period: EvaluationPeriod, today: dt.date) -> None:
    """A period is rated once it is over (R-PERIODIC): from the day after its last day."""
    if period.end >= today:
        raise SkpError(
            Code.PERIODE_NOT_ENDED,
            periode=period.code,
            end=format_date(period.end),
            first_day=format_date(period.end + dt.timedelta(days=1)),
        )


def _led_unit(s: Session, plan: Any) -> tuple[str, str] | None:
    """The unit led by the holder of a JPT plan (R-ORG-PREDIKAT JPT rule [P] S7): the plan's
    position is the head of its unit and the plan uses the JPT form (R-JPT-VS-JAJF)."""
    if plan.jenis != "jpt" or not plan.position_id:
        return None
    row = s.execute(
        select(Position.org_unit_id, Position.is_head, OrgUnit.name)
        .outerjoin(OrgUnit, OrgUnit.id == Position.org_unit_id)
        .where(Position.id == plan.position_id)
    ).one_or_none()
    if row is None or not row.is_head or not row.org_unit_id:
        return None
    return str(row.org_unit_id), str(row.name or row.org_unit_id)


@dataclass(frozen=True)
class _OrgRow:
    id: str
    predikat: PredikatOrganisasi
    set_by_employee_id: str | None
    note: str


def _org_row(s: Session, unit_id: str, period_id: str | None, periode: str) -> _OrgRow | None:
    """The latest predikat organisasi set for the unit and period (as the dashboard reads it)."""
    rows = s.execute(
        select(OrgAssessment.id, OrgAssessment.predikat, OrgAssessment.set_by_employee_id, OrgAssessment.note)
        .where(
            OrgAssessment.org_unit_id == unit_id,
            OrgAssessment.period_id == period_id,
            OrgAssessment.periode == periode,
            OrgAssessment.deleted.is_(False),
        )
        .order_by(OrgAssessment.updated_at.desc())
    ).all()
    for r in rows:
        try:
            value = PredikatOrganisasi(r.predikat)
        except ValueError:
            continue  # a value from a newer version: not ours to read
        return _OrgRow(r.id, value, r.set_by_employee_id, r.note)
    return None


def _current_assessment(s: Session, plan_id: str, periode: str) -> Any:
    """The live rating of (plan, periode); a final one first if an old import left several."""
    return s.execute(
        select(Assessment.id, Assessment.status)
        .where(Assessment.plan_id == plan_id, Assessment.periode == periode, Assessment.deleted.is_(False))
        .order_by((Assessment.status == STATUS_FINAL).desc(), Assessment.updated_at.desc())
        .limit(1)
    ).one_or_none()


def _rating(value: str | None) -> Rating | None:
    try:
        return Rating(value) if value else None
    except ValueError:
        return None


def _predikat(value: str | None) -> Predikat | None:
    try:
        return Predikat(value) if value else None
    except ValueError:
        return None


def _name_of(s: Session, employee_id: str | None) -> str:
    if not employee_id:
        return ""
    row = s.execute(
        select(Employee.name, Employee.gelar_depan, Employee.gelar_belakang).where(Employee.id == employee_id)
    ).one_or_none()
    return display_name(row.name, row.gelar_depan, row.gelar_belakang) if row else ""


def _assessment_rows(s: Session, plan_id: str, periods: Sequence[EvaluationPeriod]) -> list[AssessmentRow]:
    labels = {p.code: p.label for p in periods}
    order = {p.code: n for n, p in enumerate(periods)}
    assessor = aliased(Employee)
    rows = s.execute(
        select(Assessment, assessor.name, assessor.gelar_depan, assessor.gelar_belakang)
        .outerjoin(assessor, assessor.id == Assessment.assessed_by_employee_id)
        .where(Assessment.plan_id == plan_id, Assessment.deleted.is_(False))
        .order_by((Assessment.status == STATUS_FINAL).desc(), Assessment.updated_at.desc())
    ).all()
    out: dict[str, AssessmentRow] = {}
    for a, name, depan, belakang in rows:
        if a.periode in out:
            continue  # one per periode: the final one, else the latest (see _current_assessment)
        final = a.status == STATUS_FINAL
        out[a.periode] = AssessmentRow(
            id=a.id,
            plan_id=plan_id,
            periode=a.periode,
            label=labels.get(a.periode, a.periode),
            rating_hasil_kerja=_rating(a.rating_hasil_kerja),
            rating_perilaku=_rating(a.rating_perilaku),
            predikat=_predikat(a.predikat),
            status=a.status,
            basis=a.basis,
            assessed_by_employee_id=a.assessed_by_employee_id,
            assessed_by_name=display_name(name, depan or "", belakang or "") if name else "",
            assessed_on=a.assessed_on,
            note=a.note,
            keberatan_until=keberatan_filing_end(a.assessed_on) if final and a.assessed_on else None,
        )
    return sorted(out.values(), key=lambda r: (order.get(r.periode, len(order)), r.periode))


def _progress_counts(s: Session, plan_id: str, periode: str | None) -> ProgressCounts:
    """Realisasi and bukti dukung of the plan in one period (None: the whole plan, for AKHIR)."""
    result_ids = select(WorkResult.id).where(WorkResult.plan_id == plan_id, WorkResult.deleted.is_(False))
    indicator_ids = select(Indicator.id).where(
        Indicator.result_id.in_(result_ids), Indicator.deleted.is_(False)
    )
    results = s.execute(select(func.count()).select_from(result_ids.subquery())).scalar_one()
    indicators = s.execute(select(func.count()).select_from(indicator_ids.subquery())).scalar_one()
    progress = (
        select(Progress.id)
        .outerjoin(Indicator, Indicator.id == Progress.indicator_id)
        .where(
            Progress.deleted.is_(False),
            or_(Progress.indicator_id.in_(indicator_ids), Progress.result_id.in_(result_ids)),
        )
    )
    if periode is not None:
        progress = progress.where(Progress.periode == periode)
    realisasi, reported, rhk_reported = s.execute(
        progress.with_only_columns(
            func.count(Progress.id),
            func.count(distinct(Progress.indicator_id)),
            func.count(distinct(func.coalesce(Progress.result_id, Indicator.result_id))),
        )
    ).one()
    evidence = select(func.count(Evidence.id)).where(
        Evidence.deleted.is_(False), Evidence.result_id.in_(result_ids)
    )
    if periode is not None:
        evidence = evidence.where(Evidence.periode == periode)
    return ProgressCounts(
        results=results,
        results_reported=rhk_reported,
        indicators=indicators,
        indicators_reported=reported,
        realisasi=realisasi,
        evidence_files=s.execute(evidence).scalar_one(),
    )


def _feedback_counts(s: Session, plan_id: str, periode: str | None) -> FeedbackCounts:
    query = select(Feedback.relation, Feedback.result_id, Feedback.core_value).where(
        Feedback.plan_id == plan_id, Feedback.deleted.is_(False)
    )
    if periode is not None:
        query = query.where(Feedback.periode == periode)
    atasan = peers = 0
    results: set[str] = set()
    values: set[str] = set()
    for relation, result_id, core_value in s.execute(query).all():
        if relation == "atasan":
            atasan += 1
            if result_id:
                results.add(result_id)
            if core_value:
                values.add(core_value)
        else:
            peers += 1
    dialogs, open_dialogs = s.execute(
        select(
            func.count(DialogKinerja.id),
            func.count(DialogKinerja.id).filter(DialogKinerja.status != "selesai"),
        ).where(DialogKinerja.plan_id == plan_id, DialogKinerja.deleted.is_(False))
    ).one()
    return FeedbackCounts(atasan, peers, len(results), len(values), dialogs, open_dialogs)


def _keberatan_rows(s: Session, assessment_id: str) -> list[Any]:
    return list(
        s.execute(
            select(Keberatan)
            .where(Keberatan.assessment_id == assessment_id, Keberatan.deleted.is_(False))
            .order_by(Keberatan.filed_on, Keberatan.updated_at)
        ).scalars()
    )


def penilai_position_of(s: Session, plan: Any) -> str | None:
    """The position of a plan's pejabat penilai: the plan's named penilai position, else the
    atasan position of the plan's jabatan, else the position of the named penilai."""
    found: str | None = plan.penilai_position_id
    if not found and plan.position_id:
        found = s.execute(select(Position.atasan_position_id).where(Position.id == plan.position_id)).scalar()
    if not found and plan.penilai_employee_id:
        named = select(Employee.position_id).where(Employee.id == plan.penilai_employee_id)
        found = s.execute(named).scalar()
    return found


def _decider_position(s: Session, plan: Any) -> tuple[str | None, str, str]:
    """(the decider's position id, the penilai position's title, the decider position's title).

    R-DEADLINES: the atasan of the pejabat penilai decides. The penilai's position is the plan's
    named penilai position, else the atasan position of the plan's jabatan, else the position of
    the named penilai; the decider's is its atasan position.
    """
    penilai_position = penilai_position_of(s, plan)
    if not penilai_position:
        return None, "-", "-"
    row = s.execute(
        select(Position.title, Position.atasan_position_id).where(Position.id == penilai_position)
    ).one_or_none()
    if row is None or not row.atasan_position_id:
        return None, row.title if row else "-", "-"
    title = s.execute(select(Position.title).where(Position.id == row.atasan_position_id)).scalar()
    return str(row.atasan_position_id), str(row.title), str(title or "-")


def _values_before(s: Session, record_id: str, fields: Sequence[str], stamp: str) -> dict[str, Any]:
    """The values of an assessment's fields as the op log had them just before ``stamp``
    (SYNC.md: the log is the truth; per field the op with the largest (hlc, node) wins)."""
    best: dict[str, tuple[str, str, Any]] = {}
    for field, hlc, node, value in s.execute(
        select(Op.field, Op.hlc, Op.node_id, Op.value).where(
            Op.table_name == Assessment.__tablename__,
            Op.record_id == record_id,
            Op.field.in_(list(fields)),
            Op.hlc < stamp,
        )
    ).all():
        if field not in best or (hlc, node) > best[field][:2]:
            best[field] = (hlc, node, orjson.loads(value))
    return {field: entry[2] for field, entry in best.items()}


def _keberatan_row(s: Session, k: Any, periode: str, decision_days: int) -> KeberatanRow:
    assessment = s.execute(
        select(Assessment.rating_hasil_kerja, Assessment.rating_perilaku, Assessment.predikat).where(
            Assessment.id == k.assessment_id
        )
    ).one_or_none()
    original: dict[str, Any] = dict(assessment._mapping) if assessment is not None else {}
    if k.decision == DITERIMA:
        # the assessment holds the new ratings now; the original is what the log had before the
        # decision (the keberatan row has no columns for it)
        stamp = s.execute(
            select(func.max(Op.hlc)).where(
                Op.table_name == Keberatan.__tablename__, Op.record_id == k.id, Op.field == "decision"
            )
        ).scalar()
        fields = ("rating_hasil_kerja", "rating_perilaku", "predikat")
        original = _values_before(s, k.assessment_id, fields, stamp) if stamp else {}
    return KeberatanRow(
        id=k.id,
        assessment_id=k.assessment_id,
        plan_id=k.plan_id,
        periode=periode,
        filed_by_employee_id=k.filed_by_employee_id,
        filed_by_name=_name_of(s, k.filed_by_employee_id),
        filed_on=k.filed_on,
        reasons=k.reasons,
        # SKP-REFERENCE R-DEADLINES: the decision deadline is [U] (a setting; shown, never enforced)
        decide_by=keberatan_decision_deadline(
            k.filed_on, DeadlineSettings(keberatan_decision_days=decision_days)
        ),
        decision=k.decision,
        decider_employee_id=k.decider_employee_id,
        decider_name=_name_of(s, k.decider_employee_id),
        decided_on=k.decided_on,
        decision_note=k.decision_note,
        original_hasil_kerja=_rating(original.get("rating_hasil_kerja")),
        original_perilaku=_rating(original.get("rating_perilaku")),
        original_predikat=_predikat(original.get("predikat")),
        new_hasil_kerja=_rating(k.new_rating_hasil_kerja),
        new_perilaku=_rating(k.new_rating_perilaku),
        new_predikat=_predikat(k.new_predikat),
    )


def _leads(session: Session, actor: Actor, org_unit_id: str, today: dt.date) -> bool:
    """R-ORG-PREDIKAT: the leader of the unit (or of a unit above it) records its predikat."""
    if actor.employee_id is None:
        return False
    heads = session.execute(
        select(Position.org_unit_id).where(
            Position.id.in_(held_positions(session, actor.employee_id, today)),
            Position.is_head.is_(True),
        )
    ).scalars()
    return any(unit_within(session, org_unit_id, unit) for unit in heads if unit)


# -- the rating screen's query pieces -------------------------------------------------------------------


def _list_conditions(actor: Actor, held: frozenset[str]) -> dict[str, ColumnElement[bool]]:
    """Which plans the rating list shows, per relation, in the list's order: the plans the actor
    rates, their own, and the plans in the scope of a granted role. The query joins Position on
    the plan's position (outer)."""
    if actor.system:
        return {REL_PENILAI: true()}
    out: dict[str, ColumnElement[bool]] = {}
    me = actor.employee_id
    if me is not None and allows(actor.role, Action.RATE):
        own_position = aliased(Position)  # the outer query joins Position itself
        atasan_of = (
            select(own_position.atasan_position_id).where(own_position.id == Plan.position_id).correlate(Plan)
        )
        who: list[ColumnElement[bool]] = [Plan.penilai_employee_id == me]
        if held:
            who.append(Plan.penilai_position_id.in_(sorted(held)))
            who.append(
                and_(Plan.penilai_position_id.is_(None), atasan_of.scalar_subquery().in_(sorted(held)))
            )
        out[REL_PENILAI] = and_(Plan.employee_id != me, or_(*who))
    if me is not None:
        out[REL_OWN] = Plan.employee_id == me
    if actor.role in GRANTED_ROLES:
        if actor.scope_unit_id is None:
            out[REL_SCOPE] = true()
        else:
            out[REL_SCOPE] = Position.org_unit_id.in_(subtree_units(actor.scope_unit_id))
    return out


def _default_year(s: Session, years: Sequence[int], today: dt.date) -> int | None:
    """The newest of ``years`` whose first evaluation period has ended (something to rate), else
    the newest."""
    for year in years:
        frequency = s.execute(
            select(Period.evaluation_frequency).where(Period.year == year, Period.deleted.is_(False))
        ).scalar()
        first = evaluation_periods_for(PlanPeriod.full_year(year), frequency_of(frequency))[0]
        if first.end < today:
            return year
    return years[0] if years else None


def _penilai_employee(s: Session, plan: Any, today: dt.date) -> str | None:
    """The plan's named pejabat penilai, else whoever holds (or acts in) the penilai position."""
    if plan.penilai_employee_id:
        return str(plan.penilai_employee_id)
    position = plan.penilai_position_id
    if not position and plan.position_id:
        position = s.execute(
            select(Position.atasan_position_id).where(Position.id == plan.position_id)
        ).scalar()
    if not position:
        return None
    holder = s.execute(
        select(Employee.id)
        .where(Employee.position_id == position, Employee.deleted.is_(False), Employee.active.is_(True))
        .order_by(Employee.name)
        .limit(1)
    ).scalar()
    if holder is None:
        holder = s.execute(
            select(ActingAssignment.employee_id)
            .where(
                ActingAssignment.position_id == position,
                ActingAssignment.deleted.is_(False),
                ActingAssignment.start_date <= today,
                or_(ActingAssignment.end_date.is_(None), ActingAssignment.end_date >= today),
            )
            .limit(1)
        ).scalar()
    return str(holder) if holder else None
