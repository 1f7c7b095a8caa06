"""Planning: periods, organisation goals, SKP plans with their results, IKI, perilaku and lampiran.

The drafting wizards, reviu and penetapan rules build on these (R-STAGES, R-REVIU); this module
stores what they produce. Each public method is one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import rfc8785
from sqlalchemy import select
from sqlalchemy.orm import Session

from skpdesk.domain import berakhlak, jabatan, periods
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.plan import (
    DraftingGuide,
    IndicatorSnapshot,
    Pendekatan,
    PlanKind,
    PlanSnapshot,
    PlanStatus,
    ResultSnapshot,
)
from skpdesk.domain.roles import Action
from skpdesk.models.tables import (
    BehaviourExpectation,
    Employee,
    Indicator,
    OrgGoal,
    OrgUnit,
    Period,
    Plan,
    PlanAnnex,
    Position,
    WorkResult,
)
from skpdesk.services.base import Changes, Service, Writer, require

# SKP-REFERENCE R-LIFECYCLE [V]: draft → diajukan → direviu → ditetapkan.
PLAN_STATUSES = tuple(s.value for s in PlanStatus)
PENDEKATAN = tuple(p.value for p in Pendekatan)  # R-LEGAL (6/2022) [V]
DRAFTING_GUIDES = tuple(g.value for g in DraftingGuide)  # R-STAGES (BKN guide, 8/2021) [V]
RESULT_KINDS = ("utama", "tambahan")  # R-SKP-CONTENT [V]
ASPEK = ("kuantitas", "kualitas", "waktu", "biaya")  # R-IKI [V]
PERSPEKTIF = ("penerima-layanan", "proses-bisnis", "penguatan-internal", "anggaran")  # R-PERSPEKTIF [P]
ANNEX_KINDS = ("sumber-daya", "skema-pertanggungjawaban", "konsekuensi")  # R-FORM-RENCANA [P]
GOAL_KINDS = ("sasaran", "iku")


@dataclass(frozen=True)
class NewIndicator:
    text: str
    aspek: str = ""
    target_value: str = ""
    target_unit: str = ""
    target_max: str = ""
    lower_is_better: bool = False
    manual_definition: str = ""
    manual_formula: str = ""
    manual_purpose: str = ""
    data_source: str = ""
    collector: str = ""
    monitoring_schedule: str = ""
    id: str | None = None


@dataclass(frozen=True)
class NewResult:
    text: str
    jenis: str = "utama"
    source: str = ""
    perspektif: str = ""
    parent_result_id: str | None = None
    parent_goal_id: str | None = None
    cascading_method: str = ""
    cascading_approach: str = ""
    contribution: str = ""
    ukuran_keberhasilan: str = ""
    target_basis: str = ""
    indicators: tuple[NewIndicator, ...] = ()
    id: str | None = None


@dataclass(frozen=True)
class NewPlan:
    employee_id: str
    period_id: str
    penilai_employee_id: str | None = None
    position_id: str | None = None  # default: the employee's position
    penilai_position_id: str | None = None
    pendekatan: str = "kuantitatif"
    drafting_guide: str = "model-dasar"
    status: str = "draft"
    stage: int = 1
    start_date: dt.date | None = None  # default: the period's
    end_date: dt.date | None = None
    results: tuple[NewResult, ...] = ()
    ekspektasi: Mapping[str, str] = field(default_factory=dict)  # CoreValue value → text
    annex: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    approved_on: dt.date | None = None
    id: str | None = None


@dataclass(frozen=True)
class NewGoal:
    text: str
    org_unit_id: str
    period_id: str
    kind: str = "sasaran"
    parent_id: str | None = None
    source: str = "pk"
    number: int = 0
    target_value: str = ""
    target_unit: str = ""
    perspektif: str = ""
    id: str | None = None


class PlanningService(Service):
    def add_period(
        self,
        year: int,
        frequency: str = "triwulan",
        *,
        start: dt.date | None = None,
        end: dt.date | None = None,
        name: str = "",
    ) -> tuple[str, Changes]:
        plan_period = periods.PlanPeriod(start or dt.date(year, 1, 1), end or dt.date(year, 12, 31))
        try:
            freq = periods.EvaluationFrequency(frequency)
        except ValueError:
            raise SkpError(Code.UNKNOWN_VALUE, kind="evaluation-frequency", value=frequency) from None
        with self._write() as w:
            self._access.require_in_scope(w.session, Action.MANAGE_PERIODS, None)
            clash = w.session.execute(
                select(Period.id).where(Period.year == year, Period.deleted.is_(False))
            ).first()
            if clash:
                raise SkpError(Code.RECORD_INVALID, field="year", reason="exists", value=year)
            record_id = w.insert(
                Period,
                year=year,
                start_date=plan_period.start,
                end_date=plan_period.end,
                regulation=periods.regulation_for_year(year).value,
                evaluation_frequency=freq.value,
                name=name or str(year),
            )
            return record_id, w.changes

    def add_goals(self, goals: Sequence[NewGoal]) -> tuple[list[str], Changes]:
        with self._write() as w:
            batch = {g.id for g in goals if g.id}
            rows: list[dict[str, Any]] = []
            for g in goals:
                if not g.text.strip():
                    raise SkpError(Code.RECORD_INVALID, field="text", reason="empty")
                if g.kind not in GOAL_KINDS:
                    raise SkpError(Code.UNKNOWN_VALUE, kind="goal-kind", value=g.kind)
                if g.perspektif and g.perspektif not in PERSPEKTIF:
                    raise SkpError(Code.UNKNOWN_VALUE, kind="perspektif", value=g.perspektif)
                if g.parent_id and g.parent_id not in batch:
                    require(w.session, OrgGoal, g.parent_id, "org_goal")
                row = {k: v for k, v in vars(g).items() if not (k == "id" and v is None)}
                rows.append(row)
            _require_all(w, OrgUnit, {g.org_unit_id for g in goals}, "org_unit")
            for unit_id in {g.org_unit_id for g in goals}:
                self._access.require_in_scope(w.session, Action.EDIT_GOALS, unit_id)
            _require_all(w, Period, {g.period_id for g in goals}, "period")
            ids = w.insert_many(OrgGoal, rows)
            return ids, w.changes

    def add_plans(self, plans: Sequence[NewPlan]) -> tuple[list[str], Changes]:
        """Store whole plans (results, IKI, perilaku, lampiran) in one transaction."""
        with self._write() as w:
            period_rows = {p.id: p for p in w.session.execute(select(Period)).scalars()}
            plan_rows: list[dict[str, Any]] = []
            result_rows: list[dict[str, Any]] = []
            indicator_rows: list[dict[str, Any]] = []
            behaviour_rows: list[dict[str, Any]] = []
            annex_rows: list[dict[str, Any]] = []
            from skpdesk.models.base import new_uuid

            for p in plans:
                period = period_rows.get(p.period_id)
                if period is None or period.deleted:
                    raise SkpError(Code.RECORD_NOT_FOUND, kind="period", id=p.period_id)
                employee = require(w.session, Employee, p.employee_id, "employee")
                position_id = p.position_id or employee.position_id
                position = require(w.session, Position, position_id, "position")
                self._access.require_own_or(
                    w.session, Action.DRAFT_OWN_PLAN, Action.DRAFT_FOR_OTHERS, p.employee_id, "plan"
                )
                level = jabatan.parse_jenjang(position.jenjang)
                unit = require(w.session, OrgUnit, position.org_unit_id, "org_unit")
                jenis = (
                    "jpt"
                    if jabatan.uses_jpt_form(
                        level, pimpinan_unit_kerja_mandiri=bool(unit.mandiri and position.is_head)
                    )
                    else "ja-jf"
                )
                check_choice("pendekatan", p.pendekatan, PENDEKATAN)
                check_choice("drafting-guide", p.drafting_guide, DRAFTING_GUIDES)
                check_choice("plan-status", p.status, PLAN_STATUSES)
                span = periods.PlanPeriod(p.start_date or period.start_date, p.end_date or period.end_date)
                if span.start < period.start_date or span.end > period.end_date:
                    raise SkpError(
                        Code.PERIOD_INVALID, start=span.start.isoformat(), end=span.end.isoformat()
                    )
                plan_id = p.id or new_uuid()
                plan_rows.append(
                    {
                        "id": plan_id,
                        "employee_id": p.employee_id,
                        "position_id": position_id,
                        "penilai_employee_id": p.penilai_employee_id,
                        "penilai_position_id": p.penilai_position_id or position.atasan_position_id,
                        "period_id": p.period_id,
                        "start_date": span.start,
                        "end_date": span.end,
                        "jenis": jenis,
                        "pendekatan": p.pendekatan,
                        "drafting_guide": p.drafting_guide,
                        "status": p.status,
                        "stage": p.stage,
                        "approved_on": p.approved_on,
                    }
                )
                for r_index, r in enumerate(p.results):
                    result_id = r.id or new_uuid()
                    result_rows.append(_result_row(r, plan_id, result_id, r_index, jenis))
                    for i_index, ind in enumerate(r.indicators):
                        indicator_rows.append(_indicator_row(ind, result_id, i_index))
                for info in berakhlak.BERAKHLAK:  # R-BERAKHLAK: one row per value, text may be empty
                    behaviour_rows.append(
                        {
                            "plan_id": plan_id,
                            "core_value": info.value.value,
                            "ekspektasi": p.ekspektasi.get(info.value.value, "").strip(),
                        }
                    )
                unknown = set(p.ekspektasi) - {v.value for v in berakhlak.CoreValue}
                if unknown:
                    raise SkpError(Code.UNKNOWN_VALUE, kind="core-value", value=sorted(unknown)[0])
                for kind, items in p.annex.items():
                    check_choice("annex-kind", kind, ANNEX_KINDS)
                    annex_rows.extend(
                        {"plan_id": plan_id, "kind": kind, "text": t.strip(), "sort_order": n}
                        for n, t in enumerate(items)
                        if t.strip()
                    )
            ids = w.insert_many(Plan, plan_rows)
            w.insert_many(WorkResult, result_rows)
            w.insert_many(Indicator, indicator_rows)
            w.insert_many(BehaviourExpectation, behaviour_rows)
            w.insert_many(PlanAnnex, annex_rows)
            approved = [r["id"] for r in plan_rows if r["status"] == "ditetapkan"]
            for plan_id in approved:
                w.update(Plan, plan_id, approved_hash=plan_content_hash(w.session, plan_id))
            return ids, w.changes


def plan_content_hash(s: Session, plan_id: str) -> str:
    """sha256 of the plan's canonical content (RFC 8785), stored at approval (SYNC.md)."""
    plan = require(s, Plan, plan_id, "plan")
    snap = plan_snapshot(s, plan_id)
    content: dict[str, Any] = {
        "employee": plan.employee_id,
        "position": plan.position_id,
        "period": plan.period_id,
        "start": plan.start_date.isoformat(),
        "end": plan.end_date.isoformat(),
        "pendekatan": plan.pendekatan,
        "results": [
            {
                "text": r.text,
                "jenis": r.jenis,
                "parent": r.parent_result_id or r.parent_goal_id or "",
                "indicators": [
                    [i.aspek, i.text, i.target_value, i.target_max, i.target_unit] for i in r.indicators
                ],
            }
            for r in snap.results
        ],
        "perilaku": [[v, t] for v, t in sorted(snap.ekspektasi.items())],
    }
    return hashlib.sha256(rfc8785.dumps(content)).hexdigest()


def plan_snapshot(s: Session, plan_id: str) -> PlanSnapshot:
    """The plan as plain values (domain.plan): what the coach, the reviu and the hash read."""
    plan = require(s, Plan, plan_id, "plan")
    year = s.execute(select(Period.year).where(Period.id == plan.period_id)).scalar() or plan.start_date.year
    results = (
        s.execute(
            select(WorkResult)
            .where(WorkResult.plan_id == plan_id, WorkResult.deleted.is_(False))
            .order_by(WorkResult.sort_order, WorkResult.id)
        )
        .scalars()
        .all()
    )
    ids = [r.id for r in results]
    by_result: dict[str, list[IndicatorSnapshot]] = {}
    if ids:
        for i in s.execute(
            select(Indicator)
            .where(Indicator.result_id.in_(ids), Indicator.deleted.is_(False))
            .order_by(Indicator.sort_order, Indicator.id)
        ).scalars():
            try:
                levels = tuple(json.loads(i.level_descriptions)) if i.level_descriptions else ()
            except ValueError:
                levels = ()
            by_result.setdefault(i.result_id or "", []).append(
                IndicatorSnapshot(
                    id=i.id,
                    text=i.text,
                    aspek=i.aspek,
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
                    level_descriptions=tuple(str(x) for x in levels),
                )
            )
    snaps = tuple(
        ResultSnapshot(
            id=r.id,
            text=r.text,
            jenis=r.jenis,
            source=r.source,
            perspektif=r.perspektif,
            parent_result_id=r.parent_result_id,
            parent_goal_id=r.parent_goal_id,
            cascading_method=r.cascading_method,
            ukuran_keberhasilan=r.ukuran_keberhasilan,
            target_basis=r.target_basis,
            indicators=tuple(by_result.get(r.id, ())),
        )
        for r in results
    )
    ekspektasi = {
        str(row.core_value): str(row.ekspektasi)
        for row in s.execute(
            select(BehaviourExpectation.core_value, BehaviourExpectation.ekspektasi).where(
                BehaviourExpectation.plan_id == plan_id, BehaviourExpectation.deleted.is_(False)
            )
        )
    }
    annex: dict[str, list[str]] = {}
    for kind, text in s.execute(
        select(PlanAnnex.kind, PlanAnnex.text)
        .where(PlanAnnex.plan_id == plan_id, PlanAnnex.deleted.is_(False))
        .order_by(PlanAnnex.sort_order)
    ):
        annex.setdefault(kind, []).append(text)
    return PlanSnapshot(
        id=plan.id,
        kind=PlanKind(plan.jenis),
        pendekatan=Pendekatan(plan.pendekatan),
        guide=DraftingGuide(plan.drafting_guide),
        year=int(year),
        status=PlanStatus(plan.status),
        results=snaps,
        ekspektasi=ekspektasi,
        annex={k: tuple(v) for k, v in annex.items()},
    )


def _result_row(r: NewResult, plan_id: str, result_id: str, index: int, jenis: str) -> dict[str, Any]:
    if not r.text.strip():
        raise SkpError(Code.RECORD_INVALID, field="text", reason="empty")
    check_choice("result-kind", r.jenis, RESULT_KINDS)
    if r.perspektif:
        check_choice("perspektif", r.perspektif, PERSPEKTIF)
    row = {k: v for k, v in vars(r).items() if k not in {"indicators", "id"}}
    row.update(id=result_id, plan_id=plan_id, text=r.text.strip(), sort_order=index)
    if jenis != "jpt":
        row["perspektif"] = ""  # R-JPT-VS-JAJF: perspektif belongs to the JPT form only
    return row


def _indicator_row(ind: NewIndicator, result_id: str, index: int) -> dict[str, Any]:
    if not ind.text.strip():
        raise SkpError(Code.RECORD_INVALID, field="text", reason="empty")
    if ind.aspek:
        check_choice("aspek", ind.aspek, ASPEK)
    row = {k: v for k, v in vars(ind).items() if not (k == "id" and v is None)}
    row.update(result_id=result_id, text=ind.text.strip(), sort_order=index)
    return row


def check_choice(kind: str, value: str, allowed: Sequence[str]) -> None:
    if value not in allowed:
        raise SkpError(Code.UNKNOWN_VALUE, kind=kind, value=value)


def _require_all(w: Writer, model: Any, ids: set[str], what: str) -> None:
    for record_id in ids:
        require(w.session, model, record_id, what)


def plan_of(s: Session, employee_id: str, period_id: str) -> str | None:
    """A person's plan of a plan year (the latest one after a job change), or None."""
    found = s.execute(
        select(Plan.id)
        .where(Plan.employee_id == employee_id, Plan.period_id == period_id, Plan.deleted.is_(False))
        .order_by(Plan.start_date.desc())
    ).scalar()
    return str(found) if found else None


def plan_of_result(s: Session, result_id: str | None) -> str | None:
    """The plan a live RHK belongs to (RECORD_NOT_FOUND when the RHK is missing or deleted)."""
    return str(require(s, WorkResult, result_id, "work_result").plan_id)
