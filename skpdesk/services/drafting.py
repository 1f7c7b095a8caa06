"""Drafting, reviu and penetapan of one SKP (SKP-REFERENCE R-LIFECYCLE phase 1, R-STAGES, R-REVIU).

The wizard saves every field as it is typed through these calls, so the op log holds each
keystroke's result and a killed app resumes where it stopped (the plan's ``stage`` is a synced
field too). Each public method is one transaction and checks who may do it:

- the pegawai (or a facilitator / pengelola kinerja drafting for them) edits while the plan is
  ``draft`` or ``dikembalikan``, and may change a ``ditetapkan`` plan: the change is then shown as
  "diubah setelah ditetapkan" with a diff against the approved version until it is set again;
- nobody edits while the plan is ``diajukan`` or ``direviu`` (it is with the reviewer);
- the pengelola kinerja reviews (R-REVIU), the pejabat penilai sets it (penetapan) — never one's own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from skpdesk.domain import berakhlak, jabatan, phrasing
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.numbers import canonical_target, parse_target
from skpdesk.domain.plan import (
    EDITABLE_BY_PEGAWAI,
    DraftingGuide,
    Pendekatan,
    PlanKind,
    PlanSnapshot,
    PlanStatus,
    ResultSnapshot,
)
from skpdesk.domain.roles import Action
from skpdesk.models.recorder import OpRow, materialize
from skpdesk.models.tables import (
    ActingAssignment,
    BehaviourExpectation,
    Employee,
    Indicator,
    Op,
    OrgGoal,
    OrgUnit,
    Period,
    Plan,
    PlanAnnex,
    PlanNote,
    Position,
    WorkResult,
)
from skpdesk.services.access import held_positions, unit_of_employee
from skpdesk.services.base import Changes, Service, Writer, require
from skpdesk.services.overview import subtree_units, units_up
from skpdesk.services.people import display_name
from skpdesk.services.planning import (
    ANNEX_KINDS,
    ASPEK,
    DRAFTING_GUIDES,
    PENDEKATAN,
    PERSPEKTIF,
    RESULT_KINDS,
    check_choice,
    plan_content_hash,
    plan_of,
    plan_of_result,
    plan_snapshot,
)

if TYPE_CHECKING:
    from skpdesk.domain import reviu

# Fields a caller may change, per record (everything else is managed by the workflow).
RESULT_FIELDS = frozenset(
    {
        "text",
        "jenis",
        "source",
        "perspektif",
        "parent_result_id",
        "parent_goal_id",
        "cascading_method",
        "cascading_approach",
        "contribution",
        "ukuran_keberhasilan",
        "target_basis",
    }
)
INDICATOR_FIELDS = frozenset(
    {
        "text",
        "aspek",
        "target_value",
        "target_max",
        "target_unit",
        "lower_is_better",
        "manual_definition",
        "manual_formula",
        "manual_purpose",
        "data_source",
        "collector",
        "monitoring_schedule",
        "level_descriptions",
    }
)
RESULT_SOURCES = ("pk", "direktif", "inisiatif", "mph", "pengembangan-diri", "kemasyarakatan", "")
START_FROM = ("empty", "last-year", "colleague", "atasan")
LOCKED = frozenset({PlanStatus.DIAJUKAN, PlanStatus.DIREVIU})


@dataclass(frozen=True)
class PlanHeader:
    id: str
    employee_id: str
    employee_name: str
    nip: str
    jabatan: str
    unit: str
    penilai_employee_id: str | None
    penilai_name: str
    period_id: str
    year: int
    kind: PlanKind
    pendekatan: Pendekatan
    guide: DraftingGuide
    status: PlanStatus
    stage: int
    fungsional: bool
    start_date: dt.date
    end_date: dt.date
    approved_on: dt.date | None
    approved_hash: str
    content_hash: str
    atasan_plan_id: str | None

    @property
    def changed_after_approval(self) -> bool:
        return bool(self.approved_hash) and self.content_hash != self.approved_hash


@dataclass(frozen=True)
class PlanRow:
    """One plan in a list (the SKP area, clinic mode)."""

    id: str
    employee_id: str
    name: str
    nip: str
    jabatan: str
    unit: str
    year: int
    status: PlanStatus
    stage: int
    results: int
    changed_after_approval: bool


@dataclass(frozen=True)
class ParentChoice:
    """Something a result may intervene: an RHK of the atasan, or a goal of the organisation."""

    id: str
    kind: str  # result / goal
    text: str
    owner: str  # the atasan's name, or the unit's name for a goal
    jenis: str = ""  # utama / tambahan, or sasaran / iku


@dataclass(frozen=True)
class ParentOptions:
    choices: tuple[ParentChoice, ...]
    atasan_name: str
    atasan_has_plan: bool


@dataclass(frozen=True)
class NoteRow:
    id: str
    kind: str  # reviu / kembali
    check_id: str
    passed: bool | None
    result_id: str | None
    indicator_id: str | None
    field: str
    text: str
    author: str
    written_on: dt.date | None
    resolved: bool


@dataclass(frozen=True)
class Judgement:
    """The reviewer's answer for one reviu row a person must judge (R-REVIU)."""

    check_id: str
    passed: bool
    note: str = ""


@dataclass(frozen=True)
class FieldNote:
    """A return note on the plan, an RHK, an IKI or one of their fields."""

    text: str
    result_id: str | None = None
    indicator_id: str | None = None
    field: str = ""


@dataclass(frozen=True)
class DiffRow:
    """One difference between the approved version and now."""

    what: str  # result / indicator / perilaku / lampiran
    label: str  # the RHK / IKI text (current, or the removed one's)
    change: str  # added / removed / changed
    field: str = ""
    before: str = ""
    after: str = ""


@dataclass(frozen=True)
class ReuseSources:
    last_year_plan_id: str | None
    colleague_plans: tuple[PlanRow, ...]
    atasan_plan_id: str | None


@dataclass(frozen=True)
class Participant:
    """One person of a unit in clinic mode, top-down (R-CASCADE: the atasan first)."""

    employee_id: str
    name: str
    nip: str
    jabatan: str
    depth: int
    plan_id: str | None
    status: PlanStatus | None
    stage: int
    errors: int
    warnings: int


class DraftingService(Service):
    # -- reads ------------------------------------------------------------------------------------

    def header(self, plan_id: str) -> PlanHeader:
        with self._read() as s:
            return _header(s, plan_id)

    def snapshot(self, plan_id: str) -> PlanSnapshot:
        with self._read() as s:
            return plan_snapshot(s, plan_id)

    def findings(self, plan_id: str) -> list[phrasing.Finding]:
        """The phrasing coach and completeness checks of the whole plan (R-PHRASING)."""
        snap = self.snapshot(plan_id)
        return plan_findings(snap)

    def plans(
        self,
        period_id: str | None = None,
        *,
        employee_ids: Iterable[str] | None = None,
        statuses: Iterable[PlanStatus] | None = None,
    ) -> list[PlanRow]:
        with self._read() as s:
            query = _plan_rows_query().where(Plan.deleted.is_(False))
            if period_id:
                query = query.where(Plan.period_id == period_id)
            if employee_ids is not None:
                query = query.where(Plan.employee_id.in_(list(employee_ids)))
            if statuses is not None:
                query = query.where(Plan.status.in_([st.value for st in statuses]))
            rows = s.execute(query.order_by(Period.year.desc(), Employee.name)).all()
            return _plan_rows(s, rows)

    def periods(self) -> list[tuple[str, int]]:
        """(period id, year) of every plan year, newest first."""
        with self._read() as s:
            return [
                (r.id, r.year)
                for r in s.execute(
                    select(Period.id, Period.year)
                    .where(Period.deleted.is_(False))
                    .order_by(Period.year.desc())
                )
            ]

    def review_queue(self, period_id: str | None = None) -> list[PlanRow]:
        """Plans waiting for reviu (diajukan) in the acting person's scope (R-REVIU)."""
        actor = self._access.current()
        with self._read() as s:
            query = _plan_rows_query().where(
                Plan.deleted.is_(False), Plan.status == PlanStatus.DIAJUKAN.value
            )
            if period_id:
                query = query.where(Plan.period_id == period_id)
            if not actor.system and actor.scope_unit_id is not None:
                query = query.where(Position.org_unit_id.in_(subtree_units(actor.scope_unit_id)))
            if actor.employee_id:
                query = query.where(Plan.employee_id != actor.employee_id)
            rows = s.execute(query.order_by(Period.year.desc(), Employee.name).limit(2000)).all()
            return _plan_rows(s, rows)

    def own_plans(self) -> list[PlanRow]:
        actor = self._access.current()
        if actor.employee_id is None:
            return []
        return self.plans(employee_ids=[actor.employee_id])

    def team_plans(self, period_id: str | None = None) -> list[PlanRow]:
        """Plans whose pejabat penilai is the acting person (by position, Plt/Plh included)."""
        actor = self._access.current()
        if actor.employee_id is None:
            return []
        with self._read() as s:
            held = held_positions(s, actor.employee_id, self._access.today())
            atasan_of = select(Position.atasan_position_id).where(Position.id == Plan.position_id)
            who = [Plan.penilai_employee_id == actor.employee_id]
            if held:
                who.append(Plan.penilai_position_id.in_(held))
                who.append(and_(Plan.penilai_position_id.is_(None), atasan_of.scalar_subquery().in_(held)))
            query = _plan_rows_query().where(
                Plan.deleted.is_(False), Plan.employee_id != actor.employee_id, or_(*who)
            )
            if period_id:
                query = query.where(Plan.period_id == period_id)
            rows = s.execute(query.order_by(Period.year.desc(), Employee.name)).all()
            return _plan_rows(s, rows)

    def parent_options(self, plan_id: str) -> ParentOptions:
        """What the plan's RHK may intervene: the atasan's RHK of the same year (JA/JF, R-CASCADE),
        or the goals of the unit and the units above (JPT: sasaran strategis / IKU of the PK)."""
        with self._read() as s:
            plan = require(s, Plan, plan_id, "plan")
            choices: list[ParentChoice] = []
            atasan_plan_id, atasan_name = _atasan_plan(s, plan)
            if atasan_plan_id:
                for r in s.execute(
                    select(WorkResult.id, WorkResult.text, WorkResult.jenis)
                    .where(WorkResult.plan_id == atasan_plan_id, WorkResult.deleted.is_(False))
                    .order_by(WorkResult.jenis.desc(), WorkResult.sort_order)
                ):
                    choices.append(ParentChoice(r.id, "result", r.text, atasan_name, r.jenis))
            for g in _unit_goals(s, plan):
                choices.append(ParentChoice(g.id, "goal", g.text, g.unit, g.kind))
            return ParentOptions(tuple(choices), atasan_name, atasan_plan_id is not None)

    def review_context(self, plan_id: str) -> reviu.ReviewContext:
        with self._read() as s:
            return _review_context(s, plan_id)

    def checklist(self, plan_id: str) -> list[reviu.CheckRow]:
        """R-REVIU J1–J5 / A1–A7: computed rows decided, judged rows left for the reviewer."""
        from skpdesk.domain import reviu

        with self._read() as s:
            return reviu.checklist(plan_snapshot(s, plan_id), _review_context(s, plan_id))

    def notes(self, plan_id: str, *, open_only: bool = False) -> list[NoteRow]:
        with self._read() as s:
            author = aliased(Employee)
            query = (
                select(PlanNote, author.name, author.gelar_depan, author.gelar_belakang)
                .outerjoin(author, author.id == PlanNote.author_employee_id)
                .where(PlanNote.plan_id == plan_id, PlanNote.deleted.is_(False))
                .order_by(PlanNote.written_on, PlanNote.updated_at)
            )
            if open_only:
                query = query.where(PlanNote.resolved.is_(False))
            out = []
            for note, name, depan, belakang in s.execute(query):
                out.append(
                    NoteRow(
                        note.id,
                        note.kind,
                        note.check_id,
                        note.passed,
                        note.result_id,
                        note.indicator_id,
                        note.field,
                        note.text,
                        display_name(name or "", depan or "", belakang or ""),
                        note.written_on,
                        note.resolved,
                    )
                )
            return out

    def approved_diff(self, plan_id: str) -> list[DiffRow]:
        """What changed since penetapan, rebuilt from the op log (SYNC.md: the log is the truth):
        the plan's records as they were when ``approved_hash`` was last written, against now."""
        with self._read() as s:
            plan = require(s, Plan, plan_id, "plan")
            if not plan.approved_hash:
                return []
            stamp = s.execute(
                select(func.max(Op.hlc)).where(Op.record_id == plan_id, Op.field == "approved_hash")
            ).scalar()
            if stamp is None:
                return []
            then = _records_at(s, plan_id, stamp)
            now = _records_at(s, plan_id, None)
            return _diff(then, now)

    def reuse_sources(self, employee_id: str, period_id: str) -> ReuseSources:
        """Where a new plan can start from (issue: reuse): last year's plan of the person, plans of
        colleagues in the same jabatan this year, and the atasan's plan (the MPH row)."""
        with self._read() as s:
            employee = require(s, Employee, employee_id, "employee")
            period = require(s, Period, period_id, "period")
            last = _plan_in_year(s, employee_id, period.year - 1)
            title = s.execute(select(Position.title).where(Position.id == employee.position_id)).scalar()
            colleagues: list[PlanRow] = []
            if title:
                same_title = select(Position.id).where(Position.title == title)
                rows = s.execute(
                    _plan_rows_query()
                    .where(
                        Plan.deleted.is_(False),
                        Plan.period_id == period_id,
                        Plan.employee_id != employee_id,
                        Plan.position_id.in_(same_title),
                    )
                    .order_by(Employee.name)
                    .limit(50)
                ).all()
                colleagues = [_plan_row(r) for r in rows if r.results]
            position = s.execute(select(Position).where(Position.id == employee.position_id)).scalar()
            atasan_plan = None
            if position is not None and position.atasan_position_id:
                atasan_id = _position_holder(s, position.atasan_position_id, self._access.today())
                if atasan_id:
                    atasan_plan = plan_of(s, atasan_id, period_id)
            return ReuseSources(last, tuple(colleagues), atasan_plan)

    def clinic(self, unit_id: str, period_id: str) -> list[Participant]:
        """Everyone of a unit and the units below, top-down (atasan before their team), with the
        state of their plan for the period: what a facilitator walks through (clinic mode)."""
        with self._read() as s:
            units = subtree_units(unit_id)
            positions = s.execute(
                select(Position.id, Position.atasan_position_id, Position.title, Position.org_unit_id).where(
                    Position.org_unit_id.in_(units), Position.deleted.is_(False)
                )
            ).all()
            by_id = {p.id: p for p in positions}

            def depth(position_id: str) -> int:
                level, seen, current = 0, set(), by_id.get(position_id)
                while current is not None and current.atasan_position_id in by_id:
                    if current.id in seen:
                        break
                    seen.add(current.id)
                    level += 1
                    current = by_id[current.atasan_position_id]
                return level

            people = s.execute(
                select(Employee.id, Employee.name, Employee.gelar_depan, Employee.gelar_belakang)
                .add_columns(Employee.nip, Employee.position_id)
                .where(
                    Employee.position_id.in_(list(by_id)),
                    Employee.deleted.is_(False),
                    Employee.active.is_(True),
                )
            ).all()
            plans = {
                p.employee_id: p
                for p in s.execute(
                    select(Plan.id, Plan.employee_id, Plan.status, Plan.stage)
                    .where(Plan.period_id == period_id, Plan.deleted.is_(False))
                    .where(Plan.employee_id.in_([p.id for p in people]))
                    .order_by(Plan.start_date)
                )
            }
            out: list[Participant] = []
            for person in people:
                plan = plans.get(person.id)
                errors = warnings = 0
                if plan is not None:
                    found = plan_findings(plan_snapshot(s, plan.id))
                    errors = sum(1 for f in found if f.severity is phrasing.Severity.ERROR)
                    warnings = len(found) - errors
                out.append(
                    Participant(
                        person.id,
                        display_name(person.name, person.gelar_depan, person.gelar_belakang),
                        person.nip,
                        by_id[person.position_id].title,
                        depth(person.position_id),
                        plan.id if plan else None,
                        PlanStatus(plan.status) if plan else None,
                        plan.stage if plan else 0,
                        errors,
                        warnings,
                    )
                )
            out.sort(key=lambda p: (p.depth, p.jabatan, p.name))
            return out

    # -- creating a plan --------------------------------------------------------------------------

    def create_plan(
        self,
        employee_id: str,
        period_id: str,
        *,
        pendekatan: str = Pendekatan.KUANTITATIF.value,
        guide: str = DraftingGuide.DASAR.value,
        start_from: str = "empty",
        source_plan_id: str | None = None,
    ) -> tuple[str, Changes]:
        """A new draft for the employee's current jabatan, empty or started from last year's plan,
        a colleague's plan, or the atasan's RHK (one RHK per atasan RHK utama: the MPH row, and the
        pengelola kinerja's fallback draft of R-DEADLINES)."""
        if start_from not in START_FROM:
            raise SkpError(Code.UNKNOWN_VALUE, kind="start-from", value=start_from)
        check_choice("pendekatan", pendekatan, PENDEKATAN)
        check_choice("drafting-guide", guide, DRAFTING_GUIDES)
        with self._write() as w:
            plan_id = self._create(w, employee_id, period_id, pendekatan, guide, start_from, source_plan_id)
            return plan_id, w.changes

    def fallback_drafts(self, unit_id: str, period_id: str) -> tuple[list[str], Changes]:
        """The pengelola kinerja's fallback draft (R-DEADLINES [V 8/2021]: not drafted by the 2nd
        week of January → drafted from the atasan's targets): in one transaction, a plan for
        everyone of the unit (and below) who has none yet, started from the atasan's RHK where the
        atasan has a plan, else empty. People without an atasan are left out (and named by
        ``clinic`` as having no plan)."""
        with self._write() as w:
            s = w.session
            self._access.require_in_scope(s, Action.DRAFT_FOR_OTHERS, unit_id)
            units = subtree_units(unit_id)
            have = select(Plan.employee_id).where(Plan.period_id == period_id, Plan.deleted.is_(False))
            people = (
                s.execute(
                    select(Employee.id)
                    .join(Position, Position.id == Employee.position_id)
                    .where(
                        Position.org_unit_id.in_(units),
                        Employee.deleted.is_(False),
                        Employee.active.is_(True),
                        Employee.id.not_in(have),
                    )
                    .order_by(Employee.nip)
                )
                .scalars()
                .all()
            )
            made: list[str] = []
            for employee_id in people:
                try:
                    made.append(
                        self._create(w, employee_id, period_id, "kuantitatif", "model-dasar", "atasan", None)
                    )
                except SkpError as err:
                    if err.code is Code.ATASAN_NO_PLAN:
                        made.append(
                            self._create(
                                w, employee_id, period_id, "kuantitatif", "model-dasar", "empty", None
                            )
                        )
                    elif err.code is not Code.PLAN_NO_ATASAN:
                        raise
            return made, w.changes

    def _create(
        self,
        w: Writer,
        employee_id: str,
        period_id: str,
        pendekatan: str,
        guide: str,
        start_from: str,
        source_plan_id: str | None,
    ) -> str:
        today = self._access.today()
        s = w.session
        employee = require(s, Employee, employee_id, "employee")
        period = require(s, Period, period_id, "period")
        self._access.require_own_or(s, Action.DRAFT_OWN_PLAN, Action.DRAFT_FOR_OTHERS, employee_id, "plan")
        position = require(s, Position, employee.position_id, "position")
        name = display_name(employee.name, employee.gelar_depan, employee.gelar_belakang)
        clash = s.execute(
            select(Plan.id).where(
                Plan.employee_id == employee_id,
                Plan.position_id == position.id,
                Plan.period_id == period_id,
                Plan.deleted.is_(False),
            )
        ).first()
        if clash:
            raise SkpError(Code.PLAN_EXISTS, name=name, year=period.year)
        unit = require(s, OrgUnit, position.org_unit_id, "org_unit")
        level = jabatan.parse_jenjang(position.jenjang)
        jpt = jabatan.uses_jpt_form(
            level, pimpinan_unit_kerja_mandiri=bool(unit.mandiri and position.is_head)
        )
        penilai_id: str | None = None
        if position.atasan_position_id:
            penilai_id = _position_holder(s, position.atasan_position_id, today)
            if penilai_id is None and not jpt:
                raise SkpError(Code.PLAN_NO_ATASAN, name=name)
        elif not jpt:  # R-SKP-CONTENT: a JA/JF plan names its pejabat penilai kinerja
            raise SkpError(Code.PLAN_NO_ATASAN, name=name)
        # A JPT leading an OPD has the Kepala Daerah as penilai, outside the workspace (R-DEADLINES).
        start = period.start_date  # a shorter plan (job change) is set with update_plan
        atasan_plan = plan_of(s, penilai_id, period_id) if penilai_id else None
        if start_from == "atasan" and atasan_plan is None:  # checked before anything is written
            atasan = s.execute(
                select(Employee.name, Employee.gelar_depan, Employee.gelar_belakang).where(
                    Employee.id == penilai_id
                )
            ).one_or_none()
            raise SkpError(
                Code.ATASAN_NO_PLAN, name=display_name(*atasan) if atasan else "-", year=period.year
            )
        plan_id = w.insert(
            Plan,
            employee_id=employee_id,
            position_id=position.id,
            penilai_employee_id=penilai_id,
            penilai_position_id=position.atasan_position_id,
            period_id=period_id,
            start_date=start,
            end_date=period.end_date,
            jenis=(PlanKind.JPT if jpt else PlanKind.JA_JF).value,
            pendekatan=pendekatan,
            drafting_guide=guide,
            status=PlanStatus.DRAFT.value,
            stage=1,
        )
        w.insert_many(
            BehaviourExpectation,
            [
                {"plan_id": plan_id, "core_value": v.value.value, "ekspektasi": ""}
                for v in berakhlak.BERAKHLAK
            ],
        )
        if start_from == "atasan" and atasan_plan is not None:
            _copy_from_atasan(w, atasan_plan, plan_id)
        elif start_from in ("last-year", "colleague"):
            if start_from == "last-year":
                source = _plan_in_year(s, employee_id, period.year - 1)
            else:
                source = source_plan_id
            if (
                not source
                or s.execute(select(Plan.id).where(Plan.id == source, Plan.deleted.is_(False))).first()
                is None
            ):
                raise SkpError(Code.PLAN_NO_SOURCE, source=start_from)
            _copy_plan(w, source, plan_id)
        return plan_id

    def delete_plan(self, plan_id: str) -> Changes:
        """Remove a draft that was started by mistake (a tombstone; ``restore_plan`` undoes it)."""
        with self._write() as w:
            plan = self._editable(w.session, plan_id)
            if plan.status != PlanStatus.DRAFT.value or plan.approved_hash:
                raise SkpError(Code.PLAN_STATUS, status=plan.status, action="delete")
            w.delete(Plan, plan_id)
            return w.changes

    def restore_plan(self, plan_id: str) -> Changes:
        with self._write() as w:
            w.undelete(Plan, plan_id)
            self._editable(w.session, plan_id)
            return w.changes

    # -- editing ----------------------------------------------------------------------------------

    def update_plan(self, plan_id: str, **fields: Any) -> Changes:
        """``pendekatan``, ``drafting_guide``, ``stage`` (where the wizard is), ``start_date``,
        ``end_date`` (a shorter plan after a mid-year job change, R-PERIOD)."""
        allowed = {"pendekatan", "drafting_guide", "stage", "start_date", "end_date"}
        unknown = set(fields) - allowed
        if unknown:
            raise SkpError(Code.UNKNOWN_VALUE, kind="field", value=sorted(unknown)[0])
        with self._write() as w:
            plan = self._editable(w.session, plan_id, stage_only=set(fields) == {"stage"})
            if "pendekatan" in fields:
                check_choice("pendekatan", fields["pendekatan"], PENDEKATAN)
            if "drafting_guide" in fields:
                check_choice("drafting-guide", fields["drafting_guide"], DRAFTING_GUIDES)
            if "stage" in fields:
                stage = int(fields["stage"])
                if not 1 <= stage <= 99:
                    raise SkpError(Code.RECORD_INVALID, field="stage", reason="range", value=stage)
                fields["stage"] = stage
            if "start_date" in fields or "end_date" in fields:
                period = require(w.session, Period, plan.period_id, "period")
                start = fields.get("start_date", plan.start_date)
                end = fields.get("end_date", plan.end_date)
                if start > end or start < period.start_date or end > period.end_date:
                    raise SkpError(Code.PERIOD_INVALID, start=start.isoformat(), end=end.isoformat())
            w.update(Plan, plan_id, **fields)
            return w.changes

    def add_result(
        self,
        plan_id: str,
        text: str,
        *,
        jenis: str = "utama",
        index: int | None = None,
        record_id: str | None = None,
        **fields: Any,
    ) -> tuple[str, Changes]:
        """A new RHK (``record_id`` lets undo re-create the same one)."""
        with self._write() as w:
            plan = self._editable(w.session, plan_id)
            check_choice("result-kind", jenis, RESULT_KINDS)
            values = self._result_values(w.session, plan, {"text": text, **fields})
            siblings = _ordered_results(w.session, plan_id)
            position = len(siblings) if index is None else max(0, min(index, len(siblings)))
            row = {"plan_id": plan_id, "jenis": jenis, "sort_order": position, **values}
            if record_id:
                row["id"] = record_id
            result_id = w.insert(WorkResult, **row)
            for n, other in enumerate(siblings[position:], start=position + 1):
                if other != result_id:
                    w.update(WorkResult, other, sort_order=n)
            return result_id, w.changes

    def update_result(self, result_id: str, **fields: Any) -> Changes:
        unknown = set(fields) - RESULT_FIELDS
        if unknown:
            raise SkpError(Code.UNKNOWN_VALUE, kind="field", value=sorted(unknown)[0])
        with self._write() as w:
            result = require(w.session, WorkResult, result_id, "work_result")
            plan = self._editable(w.session, result.plan_id)
            if "jenis" in fields:
                check_choice("result-kind", fields["jenis"], RESULT_KINDS)
            values = self._result_values(w.session, plan, fields, partial=True)
            if "jenis" in fields:
                values["jenis"] = fields["jenis"]
            w.update(WorkResult, result_id, **values)
            return w.changes

    def move_result(self, result_id: str, index: int) -> Changes:
        with self._write() as w:
            result = require(w.session, WorkResult, result_id, "work_result")
            self._editable(w.session, result.plan_id)
            order = [r for r in _ordered_results(w.session, result.plan_id) if r != result_id]
            order.insert(max(0, min(index, len(order))), result_id)
            for n, rid in enumerate(order):
                w.update(WorkResult, rid, sort_order=n)
            return w.changes

    def delete_result(self, result_id: str) -> Changes:
        """A tombstone (the RHK and its IKI stay restorable; ``restore_result`` undoes it)."""
        return self._tombstone(WorkResult, result_id, deleted=True)

    def restore_result(self, result_id: str) -> Changes:
        return self._tombstone(WorkResult, result_id, deleted=False)

    def add_indicator(
        self, result_id: str, text: str, *, record_id: str | None = None, **fields: Any
    ) -> tuple[str, Changes]:
        with self._write() as w:
            plan = self._editable(w.session, plan_of_result(w.session, result_id))
            values = _indicator_values(plan, {"text": text, **fields})
            count = w.session.execute(
                select(func.count())
                .select_from(Indicator)
                .where(Indicator.result_id == result_id, Indicator.deleted.is_(False))
            ).scalar_one()
            row = {"result_id": result_id, "sort_order": count, **values}
            if record_id:
                row["id"] = record_id
            indicator_id = w.insert(Indicator, **row)
            return indicator_id, w.changes

    def update_indicator(self, indicator_id: str, **fields: Any) -> Changes:
        unknown = set(fields) - INDICATOR_FIELDS
        if unknown:
            raise SkpError(Code.UNKNOWN_VALUE, kind="field", value=sorted(unknown)[0])
        with self._write() as w:
            indicator = require(w.session, Indicator, indicator_id, "indicator")
            plan = self._editable(w.session, plan_of_result(w.session, indicator.result_id))
            w.update(Indicator, indicator_id, **_indicator_values(plan, fields, partial=True))
            return w.changes

    def delete_indicator(self, indicator_id: str) -> Changes:
        return self._tombstone(Indicator, indicator_id, deleted=True)

    def restore_indicator(self, indicator_id: str) -> Changes:
        return self._tombstone(Indicator, indicator_id, deleted=False)

    def set_ekspektasi(self, plan_id: str, core_value: str, text: str) -> Changes:
        """Ekspektasi khusus pimpinan for one BerAKHLAK value (R-BERAKHLAK): the atasan's words;
        a facilitator or pengelola kinerja may type them for the atasan during a clinic."""
        if core_value not in {v.value for v in berakhlak.CoreValue}:
            raise SkpError(Code.UNKNOWN_VALUE, kind="core-value", value=core_value)
        with self._write() as w:
            s = w.session
            plan = require(s, Plan, plan_id, "plan")
            actor = self._access.current()
            if not actor.system:
                if self._access.can(Action.DRAFT_FOR_OTHERS):
                    unit = unit_of_employee(s, plan.employee_id) if plan.employee_id else None
                    self._access.require_in_scope(s, Action.DRAFT_FOR_OTHERS, unit)
                else:
                    self._access.require_penilai(s, Action.APPROVE_PLAN, plan_id, self._access.today())
            if PlanStatus(plan.status) in LOCKED:
                raise SkpError(Code.PLAN_LOCKED, status=plan.status)
            row = s.execute(
                select(BehaviourExpectation.id).where(
                    BehaviourExpectation.plan_id == plan_id,
                    BehaviourExpectation.core_value == core_value,
                    BehaviourExpectation.deleted.is_(False),
                )
            ).scalar()
            if row is None:
                w.insert(
                    BehaviourExpectation, plan_id=plan_id, core_value=core_value, ekspektasi=text.strip()
                )
            else:
                w.update(BehaviourExpectation, row, ekspektasi=text.strip())
            return w.changes

    def set_annex(self, plan_id: str, kind: str, items: Sequence[str]) -> Changes:
        """The numbered items of one lampiran list (R-SKP-CONTENT), replacing the previous ones."""
        check_choice("annex-kind", kind, ANNEX_KINDS)
        with self._write() as w:
            self._editable(w.session, plan_id)
            current = w.session.execute(
                select(PlanAnnex.id, PlanAnnex.text)
                .where(PlanAnnex.plan_id == plan_id, PlanAnnex.kind == kind, PlanAnnex.deleted.is_(False))
                .order_by(PlanAnnex.sort_order)
            ).all()
            wanted = [t.strip() for t in items if t.strip()]
            for n, text in enumerate(wanted):
                if n < len(current):
                    w.update(PlanAnnex, current[n].id, text=text, sort_order=n)
                else:
                    w.insert(PlanAnnex, plan_id=plan_id, kind=kind, text=text, sort_order=n)
            for extra in current[len(wanted) :]:
                w.delete(PlanAnnex, extra.id)
            return w.changes

    # -- workflow ---------------------------------------------------------------------------------

    def submit(self, plan_id: str) -> Changes:
        """draft / dikembalikan (or a ditetapkan plan changed since) → diajukan. Errors block it,
        warnings do not (R-PHRASING); the return notes count as answered."""
        with self._write() as w:
            s = w.session
            plan = require(s, Plan, plan_id, "plan")
            self._access.require_own_or(
                s, Action.DRAFT_OWN_PLAN, Action.DRAFT_FOR_OTHERS, plan.employee_id, "plan"
            )
            status = PlanStatus(plan.status)
            changed = status is PlanStatus.DITETAPKAN and plan.approved_hash != plan_content_hash(s, plan_id)
            if status not in EDITABLE_BY_PEGAWAI and not changed:
                raise SkpError(Code.PLAN_STATUS, status=plan.status, action="submit")
            _refuse_errors(plan_snapshot(s, plan_id))
            w.update(Plan, plan_id, status=PlanStatus.DIAJUKAN.value)
            for note in s.execute(
                select(PlanNote.id).where(
                    PlanNote.plan_id == plan_id,
                    PlanNote.kind == "kembali",
                    PlanNote.resolved.is_(False),
                    PlanNote.deleted.is_(False),
                )
            ).scalars():
                w.update(PlanNote, note, resolved=True)
            return w.changes

    def review(self, plan_id: str, judgements: Sequence[Judgement], note: str = "") -> Changes:
        """The pengelola kinerja's reviu (R-REVIU): computed rows are stored as computed, every
        row that must be judged needs an answer; diajukan → direviu."""
        today = self._access.today()
        with self._write() as w:
            s = w.session
            plan = require(s, Plan, plan_id, "plan")
            actor = self._access.current()
            if actor.employee_id is not None and actor.employee_id == plan.employee_id:
                raise SkpError(Code.PLAN_OWN_APPROVAL)
            unit = unit_of_employee(s, plan.employee_id) if plan.employee_id else None
            self._access.require_in_scope(s, Action.REVIEW_PLAN, unit)
            if plan.status != PlanStatus.DIAJUKAN.value:
                raise SkpError(Code.PLAN_STATUS, status=plan.status, action="review")
            from skpdesk.domain import reviu

            rows = reviu.checklist(plan_snapshot(s, plan_id), _review_context(s, plan_id))
            answers = {j.check_id: j for j in judgements}
            missing = [r.id for r in rows if not r.computed and r.id not in answers]
            if missing:
                raise SkpError(Code.REVIU_INCOMPLETE, items=", ".join(missing))
            for old in s.execute(
                select(PlanNote.id).where(
                    PlanNote.plan_id == plan_id, PlanNote.kind == "reviu", PlanNote.deleted.is_(False)
                )
            ).scalars():
                w.update(PlanNote, old, resolved=True)
            for row in rows:
                answer = answers.get(row.id)
                passed = row.passed if row.computed else (answer.passed if answer else None)
                w.insert(
                    PlanNote,
                    plan_id=plan_id,
                    kind="reviu",
                    check_id=row.id,
                    passed=passed,
                    text=(answer.note.strip() if answer else ""),
                    author_employee_id=actor.employee_id,
                    written_on=today,
                )
            if note.strip():
                w.insert(
                    PlanNote,
                    plan_id=plan_id,
                    kind="reviu",
                    text=note.strip(),
                    author_employee_id=actor.employee_id,
                    written_on=today,
                )
            w.update(
                Plan,
                plan_id,
                status=PlanStatus.DIREVIU.value,
                reviewed_by_employee_id=actor.employee_id,
                review_note=note.strip(),
            )
            return w.changes

    def return_plan(self, plan_id: str, notes: Sequence[FieldNote]) -> Changes:
        """Dikembalikan: back to the pegawai with notes on the fields they concern. The reviewer
        (diajukan) or the pejabat penilai (diajukan / direviu) may return it."""
        today = self._access.today()
        if not any(n.text.strip() for n in notes):
            raise SkpError(Code.RECORD_INVALID, field="note", reason="empty")
        with self._write() as w:
            s = w.session
            plan = require(s, Plan, plan_id, "plan")
            actor = self._access.current()
            if actor.employee_id is not None and actor.employee_id == plan.employee_id:
                raise SkpError(Code.PLAN_OWN_APPROVAL)
            status = PlanStatus(plan.status)
            if status not in LOCKED:
                raise SkpError(Code.PLAN_STATUS, status=plan.status, action="return")
            unit = unit_of_employee(s, plan.employee_id) if plan.employee_id else None
            if self._access.can(Action.REVIEW_PLAN) and status is PlanStatus.DIAJUKAN:
                self._access.require_in_scope(s, Action.REVIEW_PLAN, unit)
            else:
                self._access.require_penilai(s, Action.APPROVE_PLAN, plan_id, today)
            result_ids = set(_ordered_results(s, plan_id))
            for n in notes:
                if not n.text.strip():
                    continue
                if n.result_id and n.result_id not in result_ids:
                    raise SkpError(Code.RECORD_NOT_FOUND, kind="work_result", id=n.result_id)
                w.insert(
                    PlanNote,
                    plan_id=plan_id,
                    kind="kembali",
                    result_id=n.result_id,
                    indicator_id=n.indicator_id,
                    field=n.field,
                    text=n.text.strip(),
                    author_employee_id=actor.employee_id,
                    written_on=today,
                )
            w.update(Plan, plan_id, status=PlanStatus.DIKEMBALIKAN.value)
            return w.changes

    def approve(self, plan_id: str) -> Changes:
        """Penetapan by the pejabat penilai (R-LIFECYCLE): direviu → ditetapkan, or diajukan where
        no pengelola kinerja reviews the unit. Stores the sha256 of the canonical content."""
        today = self._access.today()
        with self._write() as w:
            s = w.session
            plan = require(s, Plan, plan_id, "plan")
            actor = self._access.current()
            if actor.employee_id is not None and actor.employee_id == plan.employee_id:
                raise SkpError(Code.PLAN_OWN_APPROVAL)
            self._access.require_penilai(s, Action.APPROVE_PLAN, plan_id, today)
            status = PlanStatus(plan.status)
            ready = status is PlanStatus.DIREVIU or (
                status is PlanStatus.DIAJUKAN and not _unit_reviewed(s, plan.position_id)
            )
            if not ready:
                raise SkpError(Code.PLAN_STATUS, status=plan.status, action="approve")
            _refuse_errors(plan_snapshot(s, plan_id))
            w.update(
                Plan,
                plan_id,
                status=PlanStatus.DITETAPKAN.value,
                approved_hash=plan_content_hash(s, plan_id),
                approved_on=today,
                penilai_employee_id=actor.employee_id or plan.penilai_employee_id,
            )
            return w.changes

    # -- helpers ----------------------------------------------------------------------------------

    def _tombstone(
        self, model: type[WorkResult] | type[Indicator], record_id: str, *, deleted: bool
    ) -> Changes:
        """Delete or restore an RHK or IKI of a plan the actor may edit (one transaction: a refused
        restore is rolled back)."""
        with self._write() as w:
            if not deleted:
                w.undelete(model, record_id)
            row = require(w.session, model, record_id, model.__tablename__)
            plan_id = row.plan_id if model is WorkResult else plan_of_result(w.session, row.result_id)
            self._editable(w.session, plan_id)
            if deleted:
                w.delete(model, record_id)
            return w.changes

    def _editable(self, s: Session, plan_id: str | None, *, stage_only: bool = False) -> Any:
        plan = require(s, Plan, plan_id, "plan")
        self._access.require_own_or(
            s, Action.DRAFT_OWN_PLAN, Action.DRAFT_FOR_OTHERS, plan.employee_id, "plan"
        )
        if PlanStatus(plan.status) in LOCKED and not stage_only:
            raise SkpError(Code.PLAN_LOCKED, status=plan.status)
        return plan

    def _result_values(
        self, s: Session, plan: Any, fields: Mapping[str, Any], *, partial: bool = False
    ) -> dict[str, Any]:
        values = {k: v for k, v in fields.items() if k in RESULT_FIELDS and k != "jenis"}
        if "text" in values or not partial:
            text = str(values.get("text", "")).strip()
            if not text:
                raise SkpError(Code.RHK_EMPTY)
            values["text"] = text
        for key in ("ukuran_keberhasilan", "target_basis"):
            if key in values:
                values[key] = str(values[key]).strip()
        if values.get("source"):
            check_choice("result-source", values["source"], RESULT_SOURCES)
        if values.get("perspektif"):
            check_choice("perspektif", values["perspektif"], PERSPEKTIF)
            if plan.jenis != PlanKind.JPT.value:
                values["perspektif"] = ""  # R-JPT-VS-JAJF: the JPT form only
        parent = values.get("parent_result_id")
        if parent:
            atasan_plan, _name = _atasan_plan(s, plan)
            ok = s.execute(
                select(WorkResult.id).where(
                    WorkResult.id == parent,
                    WorkResult.deleted.is_(False),
                    WorkResult.plan_id == (atasan_plan or ""),
                )
            ).first()
            if ok is None:
                raise SkpError(Code.RHK_PARENT_INVALID)
            values["parent_goal_id"] = None
        goal = values.get("parent_goal_id")
        if goal:
            require(s, OrgGoal, goal, "org_goal")
            values["parent_result_id"] = None
        return values


# -- module helpers ------------------------------------------------------------------------------


def plan_findings(snap: PlanSnapshot) -> list[phrasing.Finding]:
    """The coach's findings (R-PHRASING L1–L10) plus the completeness checks a form needs."""
    return [*phrasing.check_plan(snap), *completeness(snap)]


def completeness(snap: PlanSnapshot) -> list[phrasing.Finding]:
    """What the form cannot do without (R-SKP-CONTENT, R-IKI): K1 at least one RHK utama; K2 every
    RHK has an IKI (kuantitatif) or its ukuran keberhasilan (kualitatif); K3 a kuantitatif target
    is a number; K4 a target has its unit."""
    err = phrasing.Severity.ERROR
    out: list[phrasing.Finding] = []
    if not snap.utama():
        out.append(phrasing.Finding("K1", err, "plan", None, None, {}, ""))
    for r in snap.results:
        if snap.kuantitatif and not r.indicators:
            out.append(phrasing.Finding("K2", err, "rhk", r.id, None, {}, ""))
        if not snap.kuantitatif and not r.ukuran_keberhasilan.strip() and not r.indicators:
            out.append(phrasing.Finding("K2", err, "rhk", r.id, None, {}, ""))
        for i in r.indicators:
            if not snap.kuantitatif:
                continue
            try:
                if not i.target_value.strip():
                    raise SkpError(Code.TARGET_NOT_NUMBER, value="")
                parse_target(i.target_value)
            except SkpError:
                out.append(phrasing.Finding("K3", err, "target", r.id, i.id, {"value": i.target_value}, ""))
                continue
            if not i.target_unit.strip():
                out.append(phrasing.Finding("K4", err, "target", r.id, i.id, {"value": i.target_value}, ""))
    return out


def _refuse_errors(snap: PlanSnapshot) -> None:
    errors = [f for f in plan_findings(snap) if f.severity is phrasing.Severity.ERROR]
    if errors:
        first = errors[0]
        about = next((r.text for r in snap.results if r.id == first.result_id), "")
        label = f'{first.rule} "{about[:60]}"' if about else first.rule
        raise SkpError(Code.PLAN_HAS_ERRORS, count=len(errors), first=label)


def _indicator_values(plan: Any, fields: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    values = {k: v for k, v in fields.items() if k in INDICATOR_FIELDS}
    if "text" in values or not partial:
        text = str(values.get("text", "")).strip()
        if not text:
            raise SkpError(Code.RECORD_INVALID, field="text", reason="empty")
        values["text"] = text
    if values.get("aspek"):
        check_choice("aspek", values["aspek"], ASPEK)
    kuantitatif = plan.pendekatan == Pendekatan.KUANTITATIF.value
    for key in ("target_value", "target_max"):
        if key in values:
            raw = str(values[key])
            values[key] = canonical_target(raw) if kuantitatif else raw.strip()
    if "target_unit" in values:
        values["target_unit"] = str(values["target_unit"]).strip()
    if "level_descriptions" in values and not isinstance(values["level_descriptions"], str):
        import json

        values["level_descriptions"] = json.dumps(
            [str(x).strip() for x in values["level_descriptions"]], ensure_ascii=False
        )
    return values


def _ordered_results(s: Session, plan_id: str | None) -> list[str]:
    return list(
        s.execute(
            select(WorkResult.id)
            .where(WorkResult.plan_id == plan_id, WorkResult.deleted.is_(False))
            .order_by(WorkResult.sort_order, WorkResult.id)
        ).scalars()
    )


def _position_holder(s: Session, position_id: str, today: dt.date) -> str | None:
    """Who sits in a position today: its active holder, else a current Plt/Plh."""
    holder = s.execute(
        select(Employee.id)
        .where(Employee.position_id == position_id, Employee.deleted.is_(False), Employee.active.is_(True))
        .order_by(Employee.nip)
    ).scalar()
    if holder:
        return str(holder)
    acting = s.execute(
        select(ActingAssignment.employee_id)
        .where(
            ActingAssignment.position_id == position_id,
            ActingAssignment.deleted.is_(False),
            ActingAssignment.start_date <= today,
            or_(ActingAssignment.end_date.is_(None), ActingAssignment.end_date >= today),
        )
        .order_by(ActingAssignment.start_date.desc())
    ).scalar()
    return str(acting) if acting else None


def _plan_in_year(s: Session, employee_id: str, year: int) -> str | None:
    """The person's plan of a year (the latest one after a job change)."""
    found = s.execute(
        select(Plan.id)
        .join(Period, Period.id == Plan.period_id)
        .where(Plan.employee_id == employee_id, Plan.deleted.is_(False), Period.year == year)
        .order_by(Plan.start_date.desc())
    ).scalar()
    return str(found) if found else None


def _atasan_plan(s: Session, plan: Any) -> tuple[str | None, str]:
    """The atasan's plan of the same period (their current plan) and the atasan's name."""
    atasan_id = plan.penilai_employee_id
    if atasan_id is None and plan.penilai_position_id:
        atasan_id = _position_holder(s, plan.penilai_position_id, dt.date.today())
    if atasan_id is None:
        return None, ""
    person = s.execute(
        select(Employee.name, Employee.gelar_depan, Employee.gelar_belakang).where(Employee.id == atasan_id)
    ).one_or_none()
    name = display_name(*person) if person else ""
    return plan_of(s, atasan_id, plan.period_id), name


@dataclass(frozen=True)
class _Goal:
    id: str
    text: str
    kind: str
    unit: str


def _unit_goals(s: Session, plan: Any) -> list[_Goal]:
    """Sasaran / IKU of the plan's unit and every unit above it, nearest first."""
    unit_id = s.execute(select(Position.org_unit_id).where(Position.id == plan.position_id)).scalar()
    up = units_up(unit_id).subquery()
    chain = s.execute(
        select(OrgUnit.id, OrgUnit.name).join(up, up.c.id == OrgUnit.id).order_by(up.c.depth)
    ).all()
    names: dict[str, str] = {u: name for u, name in chain}  # noqa: C416 - rows, not pairs
    goals = s.execute(
        select(OrgGoal.id, OrgGoal.text, OrgGoal.kind, OrgGoal.org_unit_id, OrgGoal.number)
        .where(
            OrgGoal.org_unit_id.in_(list(names)),
            OrgGoal.period_id == plan.period_id,
            OrgGoal.deleted.is_(False),
        )
        .order_by(OrgGoal.number, OrgGoal.kind.desc())
    ).all()
    rank = {u: n for n, (u, _name) in enumerate(chain)}
    goals = sorted(goals, key=lambda g: (rank.get(g.org_unit_id, 99), g.number))
    return [_Goal(g.id, g.text, g.kind, names.get(g.org_unit_id, "")) for g in goals]


def _unit_reviewed(s: Session, position_id: str | None) -> bool:
    from skpdesk.services.tasks import reviewed_units

    reviewed = reviewed_units(s)
    if reviewed is None:
        return True
    unit = s.execute(select(Position.org_unit_id).where(Position.id == position_id)).scalar()
    return unit is not None and unit in set(s.execute(reviewed).scalars())


def _plan_rows_query() -> Any:
    results = (
        select(func.count())
        .where(WorkResult.plan_id == Plan.id, WorkResult.deleted.is_(False))
        .correlate(Plan)
        .scalar_subquery()
    )
    return (
        select(
            Plan.id,
            Plan.employee_id,
            Employee.name,
            Employee.gelar_depan,
            Employee.gelar_belakang,
            Employee.nip,
            Position.title,
            OrgUnit.name.label("unit"),
            Period.year,
            Plan.status,
            Plan.stage,
            results.label("results"),
            Plan.approved_hash,
        )
        .join(Employee, Employee.id == Plan.employee_id)
        .join(Period, Period.id == Plan.period_id)
        .outerjoin(Position, Position.id == Plan.position_id)
        .outerjoin(OrgUnit, OrgUnit.id == Position.org_unit_id)
    )


LIST_HASH_LIMIT = 500  # lists longer than this skip the per-plan hash (a provinsi-wide list)


def _plan_rows(s: Session, rows: Sequence[Any]) -> list[PlanRow]:
    """The rows, with "diubah setelah ditetapkan" worked out for approved plans (the hash of
    each; lists are scoped, so this stays small)."""
    out = [_plan_row(r) for r in rows]
    if len(out) > LIST_HASH_LIMIT:
        return out
    for n, r in enumerate(rows):
        if r.approved_hash and plan_content_hash(s, r.id) != r.approved_hash:
            out[n] = replace(out[n], changed_after_approval=True)
    return out


def _plan_row(r: Any) -> PlanRow:
    return PlanRow(
        r.id,
        r.employee_id,
        display_name(r.name, r.gelar_depan, r.gelar_belakang),
        r.nip,
        r.title or "",
        r.unit or "",
        r.year,
        PlanStatus(r.status),
        r.stage,
        r.results,
        False,  # the list does not hash every plan; the header does (PlanHeader.changed_after_approval)
    )


def _header(s: Session, plan_id: str) -> PlanHeader:
    plan = require(s, Plan, plan_id, "plan")
    employee = require(s, Employee, plan.employee_id, "employee")
    position = s.execute(select(Position).where(Position.id == plan.position_id)).scalar()
    unit = s.execute(
        select(OrgUnit.name).where(OrgUnit.id == (position.org_unit_id if position else None))
    ).scalar()
    period = require(s, Period, plan.period_id, "period")
    penilai_name = ""
    if plan.penilai_employee_id:
        row = s.execute(
            select(Employee.name, Employee.gelar_depan, Employee.gelar_belakang).where(
                Employee.id == plan.penilai_employee_id
            )
        ).one_or_none()
        penilai_name = display_name(*row) if row else ""
    atasan_plan, _name = _atasan_plan(s, plan)
    fungsional = position is not None and position.jenis == "jf"
    return PlanHeader(
        id=plan.id,
        employee_id=employee.id,
        employee_name=display_name(employee.name, employee.gelar_depan, employee.gelar_belakang),
        nip=employee.nip,
        jabatan=position.title if position else "",
        unit=unit or "",
        penilai_employee_id=plan.penilai_employee_id,
        penilai_name=penilai_name,
        period_id=plan.period_id,
        year=period.year,
        kind=PlanKind(plan.jenis),
        pendekatan=Pendekatan(plan.pendekatan),
        guide=DraftingGuide(plan.drafting_guide),
        status=PlanStatus(plan.status),
        stage=plan.stage,
        fungsional=fungsional,
        start_date=plan.start_date,
        end_date=plan.end_date,
        approved_on=plan.approved_on,
        approved_hash=plan.approved_hash,
        content_hash=plan_content_hash(s, plan_id),
        atasan_plan_id=atasan_plan,
    )


def _review_context(s: Session, plan_id: str) -> reviu.ReviewContext:
    from skpdesk.domain import reviu

    plan = require(s, Plan, plan_id, "plan")
    owned: list[tuple[str, str]] = []
    if plan.jenis == PlanKind.JPT.value:
        unit = s.execute(select(Position.org_unit_id).where(Position.id == plan.position_id)).scalar()
        owned = [
            (g.id, g.text)
            for g in s.execute(
                select(OrgGoal.id, OrgGoal.text).where(
                    OrgGoal.org_unit_id == unit,
                    OrgGoal.period_id == plan.period_id,
                    OrgGoal.deleted.is_(False),
                )
            )
        ]
    atasan_plan, _name = _atasan_plan(s, plan)
    atasan_results: tuple[ResultSnapshot, ...] = ()
    covered: set[str] = set()
    equivalent = 0
    if atasan_plan:
        atasan_results = plan_snapshot(s, atasan_plan).results
        team = select(Plan.id).where(
            Plan.period_id == plan.period_id,
            Plan.deleted.is_(False),
            or_(
                Plan.penilai_employee_id == plan.penilai_employee_id,
                Plan.penilai_position_id == plan.penilai_position_id,
            ),
        )
        covered = {
            x
            for x in s.execute(
                select(WorkResult.parent_result_id).where(
                    WorkResult.plan_id.in_(team),
                    WorkResult.deleted.is_(False),
                    WorkResult.parent_result_id.is_not(None),
                )
            ).scalars()
            if x
        }
    title = s.execute(select(Position.title).where(Position.id == plan.position_id)).scalar()
    if title:
        equivalent = s.execute(
            select(func.count())
            .select_from(Plan)
            .join(Position, Position.id == Plan.position_id)
            .where(
                Plan.period_id == plan.period_id,
                Plan.deleted.is_(False),
                Plan.id != plan_id,
                Position.title == title,
            )
        ).scalar_one()
    return reviu.ReviewContext(
        owned_goals=tuple(owned),
        atasan_results=atasan_results,
        covered_atasan_result_ids=frozenset(x for x in covered if x),
        equivalent_plans=int(equivalent),
    )


def _copy_plan(w: Writer, source_id: str, target_id: str) -> None:
    """Results, IKI and lampiran of another plan; links kept where the same parent is valid for
    the new plan, else re-linked to an atasan RHK with the same wording, else left for the person."""
    s = w.session
    target = s.execute(select(Plan).where(Plan.id == target_id)).scalar_one()
    atasan_plan, _name = _atasan_plan(s, target)
    parents = {}
    if atasan_plan:
        parents = {
            _norm(r.text): r.id
            for r in s.execute(
                select(WorkResult.id, WorkResult.text).where(
                    WorkResult.plan_id == atasan_plan, WorkResult.deleted.is_(False)
                )
            )
        }
    parent_text = aliased(WorkResult)
    rows = s.execute(
        select(WorkResult, parent_text.text, parent_text.plan_id)
        .outerjoin(parent_text, parent_text.id == WorkResult.parent_result_id)
        .where(WorkResult.plan_id == source_id, WorkResult.deleted.is_(False))
        .order_by(WorkResult.sort_order, WorkResult.id)
    ).all()
    jpt = target.jenis == PlanKind.JPT.value
    for n, (r, ptext, pplan) in enumerate(rows):
        parent = None
        if r.parent_result_id and pplan == atasan_plan:
            parent = r.parent_result_id
        elif ptext:
            parent = parents.get(_norm(ptext))
        new_id = w.insert(
            WorkResult,
            plan_id=target_id,
            jenis=r.jenis,
            source=r.source,
            text=r.text,
            perspektif=r.perspektif if jpt else "",
            parent_result_id=parent,
            parent_goal_id=None if parent else _same_period_goal(s, r.parent_goal_id, target.period_id or ""),
            cascading_method=r.cascading_method,
            cascading_approach=r.cascading_approach,
            contribution=r.contribution,
            ukuran_keberhasilan=r.ukuran_keberhasilan,
            target_basis=r.target_basis,
            sort_order=n,
        )
        _copy_indicators(w, r.id, new_id)
    for a in s.execute(
        select(PlanAnnex).where(PlanAnnex.plan_id == source_id, PlanAnnex.deleted.is_(False))
    ).scalars():
        w.insert(PlanAnnex, plan_id=target_id, kind=a.kind, text=a.text, sort_order=a.sort_order)


def _copy_from_atasan(w: Writer, atasan_plan_id: str, target_id: str) -> None:
    """One RHK per atasan RHK utama, linked to it, with its IKI as a starting point (direct
    cascading, R-CASCADE): the person then rewrites each as their own contribution."""
    s = w.session
    rows = (
        s.execute(
            select(WorkResult)
            .where(
                WorkResult.plan_id == atasan_plan_id,
                WorkResult.deleted.is_(False),
                WorkResult.jenis == "utama",
            )
            .order_by(WorkResult.sort_order, WorkResult.id)
        )
        .scalars()
        .all()
    )
    for n, r in enumerate(rows):
        new_id = w.insert(
            WorkResult,
            plan_id=target_id,
            jenis="utama",
            source="mph",
            text=r.text,
            parent_result_id=r.id,
            cascading_method="langsung",
            sort_order=n,
        )
        _copy_indicators(w, r.id, new_id)


def _copy_indicators(w: Writer, source_result: str, target_result: str) -> None:
    for i in w.session.execute(
        select(Indicator)
        .where(Indicator.result_id == source_result, Indicator.deleted.is_(False))
        .order_by(Indicator.sort_order, Indicator.id)
    ).scalars():
        w.insert(
            Indicator,
            result_id=target_result,
            aspek=i.aspek,
            text=i.text,
            target_value=i.target_value,
            target_max=i.target_max,
            target_unit=i.target_unit,
            lower_is_better=i.lower_is_better,
            manual_definition=i.manual_definition,
            manual_formula=i.manual_formula,
            manual_purpose=i.manual_purpose,
            data_source=i.data_source,
            collector=i.collector,
            monitoring_schedule=i.monitoring_schedule,
            level_descriptions=i.level_descriptions,
            sort_order=i.sort_order,
        )


def _same_period_goal(s: Session, goal_id: str | None, period_id: str) -> str | None:
    if not goal_id:
        return None
    row = s.execute(
        select(OrgGoal.period_id).where(OrgGoal.id == goal_id, OrgGoal.deleted.is_(False))
    ).scalar()
    return goal_id if row == period_id else None


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _records_at(s: Session, plan_id: str, stamp: str | None) -> dict[str, dict[str, dict[str, Any]]]:
    """The plan's results, IKI, perilaku and lampiran as the op log had them at ``stamp`` (or now)."""
    tables = {
        "work_result": WorkResult,
        "indicator": Indicator,
        "behaviour_expectation": BehaviourExpectation,
        "plan_annex": PlanAnnex,
    }
    result_ids = list(s.execute(select(WorkResult.id).where(WorkResult.plan_id == plan_id)).scalars())
    record_ids: list[str] = list(result_ids)
    record_ids += list(s.execute(select(Indicator.id).where(Indicator.result_id.in_(result_ids))).scalars())
    record_ids += list(
        s.execute(select(BehaviourExpectation.id).where(BehaviourExpectation.plan_id == plan_id)).scalars()
    )
    record_ids += list(s.execute(select(PlanAnnex.id).where(PlanAnnex.plan_id == plan_id)).scalars())
    query = select(Op).where(Op.record_id.in_(record_ids), Op.table_name.in_(list(tables)))
    if stamp is not None:
        query = query.where(Op.hlc <= stamp)
    ops = [
        OpRow(o.op_id, o.node_id, o.seq, o.hlc, o.table_name, o.record_id, o.field, o.value, o.deps)
        for o in s.execute(query).scalars()
    ]
    rows = materialize(ops)
    return {t: {r["id"]: r for r in rows.get(t, []) if not r.get("deleted")} for t in tables}


def _diff(
    then: Mapping[str, Mapping[str, Mapping[str, Any]]], now: Mapping[str, Mapping[str, Mapping[str, Any]]]
) -> list[DiffRow]:
    out: list[DiffRow] = []
    fields = {
        "work_result": (
            "result",
            ("text", "jenis", "parent_result_id", "parent_goal_id", "perspektif", "ukuran_keberhasilan"),
        ),
        "indicator": ("indicator", ("text", "aspek", "target_value", "target_max", "target_unit")),
        "behaviour_expectation": ("perilaku", ("ekspektasi",)),
        "plan_annex": ("lampiran", ("text",)),
    }
    for table, (what, names) in fields.items():
        before, after = then.get(table, {}), now.get(table, {})
        label_key = "core_value" if table == "behaviour_expectation" else "text"
        for rid in after.keys() - before.keys():
            out.append(DiffRow(what, str(after[rid].get(label_key, "")), "added"))
        for rid in before.keys() - after.keys():
            out.append(DiffRow(what, str(before[rid].get(label_key, "")), "removed"))
        for rid in before.keys() & after.keys():
            for name in names:
                a, b = before[rid].get(name), after[rid].get(name)
                if (a or "") != (b or ""):
                    label = str(after[rid].get(label_key, ""))
                    out.append(DiffRow(what, label, "changed", name, str(a or ""), str(b or "")))
    return out
