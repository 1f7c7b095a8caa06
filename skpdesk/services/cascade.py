"""The cascading tree editor's use cases (SKP-REFERENCE R-CASCADE): read a unit's tree for a year,
re-link an RHK under another, cascade a superior RHK to a subordinate, and the Matriks Pembagian
Peran dan Hasil (MPH) as a grid over the same rows.

Every edit is one transaction and goes through the op log like every other change, so what a
facilitator does at a clinic travels in the next sync bundle.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from skpdesk.domain import cascade
from skpdesk.domain.cascade import (
    APPROACHES,
    Approach,
    CascadeNode,
    CascadeTree,
    Method,
    MissingPlan,
    NodeIndicator,
    NodeKind,
)
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.numbers import canonical_target, parse_target
from skpdesk.domain.plan import PlanStatus
from skpdesk.domain.roles import Action
from skpdesk.models.tables import Employee, Indicator, OrgGoal, OrgUnit, Period, Plan, Position, WorkResult
from skpdesk.services.access import is_penilai, unit_of_employee
from skpdesk.services.base import Changes, Service, Writer, require
from skpdesk.services.overview import subtree_units, units_up
from skpdesk.services.people import display_name
from skpdesk.services.planning import plan_of

LOCKED_FOR_REVIU = frozenset({PlanStatus.DIAJUKAN.value, PlanStatus.DIREVIU.value})
MAX_CHAIN = 64  # longest chain of intervensi walked when looking for a cycle (a tree is far shallower)


@dataclass(frozen=True)
class SplitPart:
    """One recipient of a cascade and the target proposed for them (direct cascading)."""

    employee_id: str
    target_value: str = ""


@dataclass(frozen=True)
class MphColumn:
    result_id: str
    text: str
    number: int


@dataclass(frozen=True)
class MphCell:
    result_id: str
    text: str


@dataclass(frozen=True)
class MphRow:
    employee_id: str
    name: str
    nip: str
    jabatan: str
    plan_id: str | None  # None: this person has no plan yet (cells cannot be filled)
    plan_status: str
    cells: dict[str, tuple[MphCell, ...]]  # column result id -> the person's RHK for it


@dataclass(frozen=True)
class MphMatrix:
    """Matriks Pembagian Peran dan Hasil of one atasan (R-CASCADE [P]): rows = the people the
    atasan rates, columns = the atasan's RHK utama; a cell = the RHK that person delivers for it."""

    atasan_plan_id: str
    atasan_name: str
    atasan_jabatan: str
    year: int
    columns: tuple[MphColumn, ...]
    rows: tuple[MphRow, ...]


@dataclass(frozen=True)
class UnitHealth:
    """Cascade check counts of one unit (and below) in a year, for the dashboard."""

    unit_id: str
    unit_name: str
    results: int
    counts: dict[cascade.IssueKind, int]


class CascadeService(Service):
    # -- reading ---------------------------------------------------------------------------------

    def tree(self, unit_id: str, period_id: str, *, top_levels: int | None = None) -> CascadeTree:
        """The unit's tree for one plan year: its (and its parents') goals, every RHK of the plans
        of the unit and the units below, and — shown read-only as roots — the RHK outside the unit
        that those RHK intervene.

        With ``top_levels`` only the plans of positions that many levels from the top of the
        atasan chain are read (0: the head), and the people without a plan are left out: the top
        of a large tree, shown at once while the whole of it is read (``tree.complete`` says
        whether anything was left out)."""
        with self._read() as s:
            return load_tree(s, unit_id, period_id, self._access.today(), top_levels=top_levels)

    def nodes(self, tree: CascadeTree, result_ids: Sequence[str]) -> list[CascadeNode]:
        """RHK as the tree shows them, read again after an edit (links, owner, IKI); a deleted one
        is left out."""
        with self._read() as s:
            return read_nodes(s, tree, result_ids)

    def unit_choices(self) -> list[tuple[str, str, int]]:
        """(unit id, name, depth) of the units the acting person sees, in tree order."""
        with self._read() as s:
            rows = s.execute(
                select(OrgUnit.id, OrgUnit.name, OrgUnit.parent_id, OrgUnit.sort_order).where(
                    OrgUnit.deleted.is_(False)
                )
            ).all()
        kids: dict[str | None, list[Any]] = defaultdict(list)
        ids = {r.id for r in rows}
        for r in rows:
            kids[r.parent_id if r.parent_id in ids else None].append(r)
        out: list[tuple[str, str, int]] = []
        stack = [(0, r) for r in sorted(kids[None], key=lambda r: (r.sort_order, r.name), reverse=True)]
        while stack:
            depth, r = stack.pop()
            out.append((r.id, r.name, depth))
            stack.extend(
                (depth + 1, k) for k in sorted(kids[r.id], key=lambda k: (k.sort_order, k.name), reverse=True)
            )
        scope = self._access.actor.scope_unit_id if self._access.actor else None
        if scope:
            inside = set()
            with self._read() as s:
                inside = set(s.execute(subtree_units(scope)).scalars())
            out = [u for u in out if u[0] in inside]
        return out

    def mph(self, atasan_plan_id: str) -> MphMatrix:
        with self._read() as s:
            return _mph(s, atasan_plan_id, self._access.today())

    def health(self, period_id: str, unit_ids: Sequence[str]) -> list[UnitHealth]:
        """Check counts per unit (each with the units below it): what the dashboard shows."""
        out = []
        with self._read() as s:
            today = self._access.today()
            for unit_id in unit_ids:
                tree = load_tree(s, unit_id, period_id, today)
                checks = cascade.CascadeChecks(tree)
                results = sum(1 for n in tree.nodes.values() if n.is_result and not n.external)
                out.append(UnitHealth(unit_id, tree.unit_name, results, checks.counts()))
        return out

    # -- editing ---------------------------------------------------------------------------------

    def relink(self, result_id: str, parent_id: str | None, *, confirm_approved: bool = False) -> Changes:
        """Make an RHK intervene another RHK (of the owner's atasan) or a goal (of the owner's unit
        or a unit above), or nothing (``parent_id`` None). R-CASCADE; refused: itself or a
        descendant, another year, another unit's result, a deleted node, a plan under reviu;
        a ditetapkan plan only with ``confirm_approved`` and by someone who may change it."""
        with self._write() as w:
            s = w.session
            result = require(s, WorkResult, result_id, "work_result")
            plan = self._editable(s, result.plan_id, confirm_approved)
            values = _link_values(s, plan, result_id, parent_id, self._access.today())
            w.update(WorkResult, result_id, **values)
            return w.changes

    def cascade_to(
        self,
        parent_result_id: str,
        parts: Sequence[SplitPart],
        *,
        method: str,
        approach: str,
        text: str = "",
        record_ids: Sequence[str] = (),
    ) -> tuple[list[str], Changes]:
        """Cascade a superior's RHK to the people it is split among (R-CASCADE): one new RHK utama
        each in their plan of the same year, intervening it. Direct cascading copies the RHK's
        wording (unless ``text`` is given) and its IKI, the split IKI getting each person's target;
        non-direct cascading needs the contribution's own wording (``text``). ``record_ids`` lets
        undo/redo re-create the same rows."""
        method_ = _choice(Method, method, "cascading-method")
        approach_ = _choice(Approach, approach, "cascading-approach")
        if approach_ not in APPROACHES[method_]:
            raise SkpError(Code.UNKNOWN_VALUE, kind="cascading-approach", value=approach)
        if not parts:
            raise SkpError(Code.CASCADE_NOBODY)
        wording = " ".join(text.split())
        if method_ is Method.TIDAK_LANGSUNG and not wording:
            raise SkpError(Code.RHK_EMPTY)
        with self._write() as w:
            s = w.session
            parent = require(s, WorkResult, parent_result_id, "work_result")
            parent_plan = require(s, Plan, parent.plan_id, "plan")
            split = _split_indicator_row(s, parent_result_id) if approach_ is Approach.BEBAN_TARGET else None
            made: list[str] = []
            for n, part in enumerate(parts):
                own = plan_of(s, part.employee_id, parent_plan.period_id)
                if own is None:
                    person = require(s, Employee, part.employee_id, "employee")
                    raise SkpError(
                        Code.CASCADE_NO_PLAN,
                        name=display_name(person.name, person.gelar_depan, person.gelar_belakang),
                    )
                plan = self._editable(s, own, True)
                _link_values(
                    s, plan, None, parent_result_id, self._access.today()
                )  # the same rules as a drop
                if split is not None:
                    if not part.target_value.strip():
                        raise SkpError(Code.TARGET_NOT_NUMBER, value="")
                    if parse_target(part.target_value) <= 0:
                        raise SkpError(Code.CASCADE_TARGET_NEGATIVE, value=part.target_value)
                order = s.execute(
                    select(func.count()).where(WorkResult.plan_id == plan.id, WorkResult.deleted.is_(False))
                ).scalar_one()
                row: dict[str, Any] = {
                    "plan_id": plan.id,
                    "jenis": "utama",
                    "source": "mph",
                    "text": wording or parent.text,
                    "parent_result_id": parent_result_id,
                    "parent_goal_id": None,
                    "cascading_method": method_.value,
                    "cascading_approach": approach_.value,
                    "sort_order": order,
                }
                if n < len(record_ids):
                    row["id"] = record_ids[n]
                new_id = w.insert(WorkResult, **row)
                if method_ is Method.LANGSUNG:
                    _copy_indicators(w, parent_result_id, new_id, split, part.target_value)
                made.append(new_id)
            return made, w.changes

    def remove(self, result_ids: Sequence[str]) -> Changes:
        """Tombstone RHK made by a cascade or an MPH cell (undo of ``cascade_to``)."""
        with self._write() as w:
            for rid in result_ids:
                result = require(w.session, WorkResult, rid, "work_result")
                self._editable(w.session, result.plan_id, True)
                w.delete(WorkResult, rid)
            return w.changes

    def restore(self, result_ids: Sequence[str]) -> Changes:
        with self._write() as w:
            for rid in result_ids:
                w.undelete(WorkResult, rid)
                result = require(w.session, WorkResult, rid, "work_result")
                self._editable(w.session, result.plan_id, True)
            return w.changes

    def set_mph_cell(
        self, plan_id: str, column_result_id: str, text: str, *, record_id: str | None = None
    ) -> tuple[str | None, Changes]:
        """Fill, change or empty one MPH cell: the person's single RHK intervening the column's RHK
        is created, reworded, or removed (a tombstone). Returns the RHK's id (None when emptied)."""
        wording = " ".join(text.split())
        with self._write() as w:
            s = w.session
            plan = self._editable(s, plan_id, True)
            _link_values(s, plan, None, column_result_id, self._access.today())
            existing = (
                s.execute(
                    select(WorkResult.id)
                    .where(
                        WorkResult.plan_id == plan_id,
                        WorkResult.parent_result_id == column_result_id,
                        WorkResult.deleted.is_(False),
                    )
                    .order_by(WorkResult.sort_order)
                )
                .scalars()
                .all()
            )
            if not wording:
                for rid in existing:
                    w.delete(WorkResult, rid)
                return None, w.changes
            if existing:
                w.update(WorkResult, existing[0], text=wording)
                return existing[0], w.changes
            if record_id and s.execute(select(WorkResult.id).where(WorkResult.id == record_id)).first():
                w.undelete(WorkResult, record_id)
                w.update(WorkResult, record_id, text=wording)
                return record_id, w.changes
            order = s.execute(
                select(func.count()).where(WorkResult.plan_id == plan_id, WorkResult.deleted.is_(False))
            ).scalar_one()
            row: dict[str, Any] = {
                "plan_id": plan_id,
                "jenis": "utama",
                "source": "mph",
                "text": wording,
                "parent_result_id": column_result_id,
                "sort_order": order,
            }
            if record_id:
                row["id"] = record_id
            return w.insert(WorkResult, **row), w.changes

    # -- helpers ---------------------------------------------------------------------------------

    def _editable(self, s: Session, plan_id: str | None, confirm_approved: bool) -> Any:
        """The plan, if the acting person may change its links: its owner, a facilitator or
        pengelola kinerja in scope (clinic), or the plan's pejabat penilai. A plan under reviu is
        refused; a ditetapkan plan needs a confirmation, and only its owner, its penilai or a
        pengelola kinerja may give it (a facilitator may not change an approved plan)."""
        plan = require(s, Plan, plan_id, "plan")
        actor = self._access.current()
        today = self._access.today()
        penilai = actor.employee_id is not None and is_penilai(s, actor.employee_id, plan.id, today)
        own = actor.employee_id is not None and actor.employee_id == plan.employee_id
        if not actor.system and not own:
            if penilai:
                self._access.require(Action.EDIT_CASCADE)
            else:
                self._access.require_in_scope(s, Action.EDIT_CASCADE, unit_of_employee(s, plan.employee_id))
        if plan.status in LOCKED_FOR_REVIU:
            raise SkpError(Code.PLAN_LOCKED, status=plan.status)
        if plan.status == PlanStatus.DITETAPKAN.value:
            may_reopen = actor.system or own or penilai or self._access.can(Action.REVIEW_PLAN)
            if not may_reopen:
                raise SkpError(Code.CASCADE_APPROVED_REFUSED)
            if not confirm_approved:
                raise SkpError(Code.CASCADE_APPROVED_CONFIRM)
        return plan


# -- reading the tree ----------------------------------------------------------------------------


def load_tree(
    s: Session, unit_id: str, period_id: str, today: dt.date, *, top_levels: int | None = None
) -> CascadeTree:
    del today  # the tree shows the plans as written; who holds a position today does not matter
    unit = require(s, OrgUnit, unit_id, "org_unit")
    period = require(s, Period, period_id, "period")
    db = s.connection()  # Core rows: the tree of a large OPD is thousands of them
    units = set(db.execute(subtree_units(unit_id)).scalars())
    levels = _levels(db, units)
    mine = (
        select(Plan.id)
        .join(Position, Position.id == Plan.position_id)
        .where(Plan.period_id == period_id, Plan.deleted.is_(False), Position.org_unit_id.in_(units))
    )
    complete = top_levels is None or all(level <= top_levels for level in levels.values())
    if not complete:
        top = [p for p, level in levels.items() if level <= (top_levels or 0)]
        mine = mine.where(Position.id.in_(top or [""]))
    result_rows = [_Row(*r) for r in _raw(db, _result_query().where(WorkResult.plan_id.in_(mine)))]
    result_ids = {r.id for r in result_rows}
    # the RHK outside the unit that RHK here intervene: read-only context roots
    outside = sorted({r.parent_result_id for r in result_rows if r.parent_result_id} - result_ids)
    outside_rows: list[Any] = []
    for chunk in _chunks(outside):
        outside_rows += [_Row(*r) for r in _raw(db, _result_query().where(WorkResult.id.in_(chunk)))]
    indicators = _indicators(db, [*result_ids, *(r.id for r in outside_rows)])
    # goals: the unit's own (and its subunits'), and those of the units above that RHK here name
    chain = _units_above(s, unit_id)
    named_goals = {r.parent_goal_id for r in result_rows if r.parent_goal_id}
    goal_rows = db.execute(
        select(
            OrgGoal.id,
            OrgGoal.kind,
            OrgGoal.parent_id,
            OrgGoal.text,
            OrgGoal.org_unit_id,
            OrgGoal.number,
            OrgGoal.target_value,
            OrgGoal.target_unit,
            OrgUnit.name,
        )
        .join(OrgUnit, OrgUnit.id == OrgGoal.org_unit_id)
        .where(
            OrgGoal.period_id == period_id,
            OrgGoal.deleted.is_(False),
            OrgGoal.org_unit_id.in_(units | set(chain)),
        )
    ).all()
    above = {g.id: g for g in goal_rows if g.org_unit_id not in units}
    keep = named_goals | {above[g].parent_id for g in named_goals if g in above and above[g].parent_id}
    goal_rows = [g for g in goal_rows if g.org_unit_id in units or g.id in keep]
    present = {g.id for g in goal_rows} | result_ids | set(outside)
    nodes: dict[str, CascadeNode] = {}
    for g in goal_rows:
        nodes[g.id] = CascadeNode(
            id=g.id,
            kind=NodeKind.IKU if g.kind == "iku" else NodeKind.SASARAN,
            parent_id=g.parent_id if g.parent_id in present else None,
            text=g.text,
            unit_id=g.org_unit_id,
            unit_name=g.name,
            sort_order=g.number,
            external=g.org_unit_id not in units,
            target_value=g.target_value,
            target_unit=g.target_unit,
        )
    names: dict[str | None, str] = {}
    for r in result_rows:
        nodes[r.id] = _node(r, indicators, names, present, levels.get(r.position_id or "", 0), external=False)
    for r in outside_rows:
        nodes[r.id] = _node(r, indicators, names, set(), 0, external=True)
    subordinates: dict[str, set[str]] = defaultdict(set)
    for r in result_rows:
        if r.penilai_employee_id and r.employee_id:
            subordinates[r.penilai_employee_id].add(r.employee_id)
    return CascadeTree(
        unit_id,
        unit.name,
        period_id,
        period.year,
        nodes,
        tuple(_missing_plans(s, units, period_id)) if complete else (),
        {k: frozenset(v) for k, v in subordinates.items()},
        complete=complete,
    )


def _raw(db: Any, query: Any) -> list[tuple[Any, ...]]:
    """Plain tuples straight from the driver: a large OPD's tree is tens of thousands of rows, and
    SQLAlchemy's row objects cost more than the query. Only for selects of plain columns."""
    compiled = query.compile(dialect=db.dialect, compile_kwargs={"render_postcompile": True})
    params = compiled.construct_params()
    args = [params[name] for name in compiled.positiontup or ()]
    cursor = db.connection.driver_connection.cursor()
    try:
        return list(cursor.execute(str(compiled), args).fetchall())
    finally:
        cursor.close()


def _units_above(s: Session, unit_id: str) -> list[str]:
    """The units above a unit, nearest first."""
    return [u for u, depth in s.execute(units_up(unit_id)).all() if depth > 0]


class _Row(NamedTuple):
    """The columns of ``_result_query``, in its order."""

    id: str
    plan_id: str
    jenis: str
    text: str
    parent_result_id: str | None
    parent_goal_id: str | None
    cascading_method: str
    cascading_approach: str
    sort_order: int
    status: str
    employee_id: str | None
    penilai_employee_id: str | None
    position_id: str | None
    name: str | None
    gelar_depan: str | None
    gelar_belakang: str | None
    nip: str | None
    title: str | None
    org_unit_id: str | None
    unit_name: str | None
    parent_owner_id: str | None
    live_goal_id: str | None


def _result_query() -> Any:
    """One row per live RHK with its plan, owner, jabatan, unit, and the owner of the RHK it
    intervenes (NULL when that RHK is deleted or missing: then the link counts as none) or
    whether the goal it names is live."""
    parent = WorkResult.__table__.alias("parent_result")
    parent_plan = Plan.__table__.alias("parent_plan")
    goal = OrgGoal.__table__.alias("parent_goal")
    return (
        select(
            WorkResult.id,
            WorkResult.plan_id,
            WorkResult.jenis,
            WorkResult.text,
            WorkResult.parent_result_id,
            WorkResult.parent_goal_id,
            WorkResult.cascading_method,
            WorkResult.cascading_approach,
            WorkResult.sort_order,
            Plan.status,
            Plan.employee_id,
            Plan.penilai_employee_id,
            Plan.position_id,
            Employee.name,
            Employee.gelar_depan,
            Employee.gelar_belakang,
            Employee.nip,
            Position.title,
            Position.org_unit_id,
            OrgUnit.name.label("unit_name"),
            parent_plan.c.employee_id.label("parent_owner_id"),
            goal.c.id.label("live_goal_id"),
        )
        .join(Plan, Plan.id == WorkResult.plan_id)
        .outerjoin(Employee, Employee.id == Plan.employee_id)
        .outerjoin(Position, Position.id == Plan.position_id)
        .outerjoin(OrgUnit, OrgUnit.id == Position.org_unit_id)
        .outerjoin(parent, (parent.c.id == WorkResult.parent_result_id) & parent.c.deleted.is_(False))
        .outerjoin(parent_plan, (parent_plan.c.id == parent.c.plan_id) & parent_plan.c.deleted.is_(False))
        .outerjoin(goal, (goal.c.id == WorkResult.parent_goal_id) & goal.c.deleted.is_(False))
        .where(WorkResult.deleted.is_(False), Plan.deleted.is_(False))
    )


def _indicators(db: Any, result_ids: Sequence[str]) -> dict[str, list[NodeIndicator]]:
    """IKI of these RHK, read by the indexed result column a slice at a time (a join on the plans
    of a large unit is slower)."""
    columns = (
        Indicator.result_id,
        Indicator.aspek,
        Indicator.text,
        Indicator.target_value,
        Indicator.target_unit,
    )
    out: dict[str, list[NodeIndicator]] = defaultdict(list)
    for chunk in _chunks(list(result_ids)):
        query = select(*columns).where(Indicator.result_id.in_(chunk))
        for result_id, aspek, text, value, unit in _raw(
            db, query.where(Indicator.deleted.is_(False)).order_by(Indicator.sort_order)
        ):
            out[result_id].append(NodeIndicator(aspek, text, value, unit))
    return out


def _node(
    r: Any,
    indicators: dict[str, list[NodeIndicator]],
    names: dict[str | None, str],
    present: set[str],
    level: int,
    *,
    external: bool,
) -> CascadeNode:
    if r.parent_result_id and r.parent_owner_id is not None:
        link_id, link_kind = r.parent_result_id, "result"
    elif r.parent_goal_id and r.live_goal_id is not None:
        link_id, link_kind = r.parent_goal_id, "goal"
    else:  # no link, or a link to a deleted node: an orphan
        link_id, link_kind = None, ""
    name = names.get(r.employee_id)
    if name is None:
        name = names[r.employee_id] = display_name(r.name or "", r.gelar_depan or "", r.gelar_belakang or "")
    return CascadeNode(
        id=r.id,
        kind=NodeKind.RESULT,
        parent_id=link_id if link_id in present else None,
        text=r.text,
        jenis=r.jenis,
        plan_id=r.plan_id,
        plan_status=r.status,
        owner_id=r.employee_id,
        owner_name=name,
        owner_nip=r.nip or "",
        jabatan=r.title or "",
        position_id=r.position_id,
        unit_id=r.org_unit_id,
        unit_name=r.unit_name or "",
        penilai_id=r.penilai_employee_id,
        parent_owner_id=r.parent_owner_id if link_kind == "result" else None,
        link_id=link_id,
        link_kind=link_kind,
        method=r.cascading_method,
        approach=r.cascading_approach,
        sort_order=r.sort_order,
        level=level,
        external=external,
        indicators=tuple(indicators.get(r.id, ())),
    )


def _levels(db: Any, units: set[str]) -> dict[str, int]:
    """Each position's depth below the top of its unit's atasan chain (0 = the top): the order of
    siblings in the tree, heads before their staff."""
    atasan = dict(
        _raw(db, select(Position.id, Position.atasan_position_id).where(Position.org_unit_id.in_(units)))
    )
    out: dict[str, int] = {}
    for start in atasan:
        n, current, seen = 0, atasan.get(start), {start}
        while current in atasan and current not in seen and n < MAX_CHAIN:
            seen.add(current)
            current = atasan.get(current)
            n += 1
        out[start] = n
    return out


def _missing_plans(s: Session, units: set[str], period_id: str) -> list[MissingPlan]:
    """Active people of the units with no plan in the period (two plain reads and a set
    difference: a NOT IN over every plan of a provinsi costs far more)."""
    db = s.connection()
    planned = set(
        db.execute(
            select(Plan.employee_id).where(Plan.period_id == period_id, Plan.deleted.is_(False))
        ).scalars()
    )
    rows = _raw(
        db,
        select(
            Employee.id,
            Employee.name,
            Employee.gelar_depan,
            Employee.gelar_belakang,
            Position.title,
            Position.id,
        )
        .join(Position, Position.id == Employee.position_id)
        .where(Position.org_unit_id.in_(units), Employee.deleted.is_(False), Employee.active.is_(True))
        .order_by(Employee.name),
    )
    return [
        MissingPlan(r[0], display_name(r[1], r[2] or "", r[3] or ""), r[4], r[5])
        for r in rows
        if r[0] not in planned
    ]


def _chunks(ids: Sequence[str], size: int = 900) -> list[Sequence[str]]:
    """SQLite's bound-parameter limit: IN lists in slices."""
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def read_nodes(s: Session, tree: CascadeTree, ids: Sequence[str]) -> list[CascadeNode]:
    """Some RHK read again after an edit, as the tree shows them (level kept, a parent outside the
    tree is no parent, an RHK that is not in the tree yet becomes part of it)."""
    db = s.connection()
    rows: list[Any] = []
    for chunk in _chunks(list(ids)):
        rows += db.execute(_result_query().where(WorkResult.id.in_(chunk))).all()
    indicators = _indicators(db, [r.id for r in rows])
    present = set(tree.nodes)
    out = []
    for r in rows:
        old = tree.nodes.get(r.id)
        level = (
            old.level if old else _levels(db, {r.position_id}).get(r.position_id, 0) if r.position_id else 0
        )
        out.append(_node(r, indicators, {}, present, level, external=old.external if old else False))
    return out


# -- the rules of a link -------------------------------------------------------------------------


def _link_values(
    s: Session, plan: Any, result_id: str | None, parent_id: str | None, today: dt.date
) -> dict[str, Any]:
    """The columns of a link from an RHK of ``plan`` to ``parent_id`` (an RHK or a goal), checked
    against R-CASCADE. ``result_id`` is the RHK being moved (None for a new one)."""
    if parent_id is None:
        return {"parent_result_id": None, "parent_goal_id": None}
    parent = s.execute(
        select(WorkResult.id, WorkResult.plan_id, WorkResult.deleted).where(WorkResult.id == parent_id)
    ).one_or_none()
    if parent is not None:
        if parent.deleted:
            raise SkpError(Code.CASCADE_DELETED)
        if parent_id == result_id:
            raise SkpError(Code.CASCADE_CYCLE)
        parent_plan = s.execute(
            select(Plan.employee_id, Plan.period_id, Plan.deleted).where(Plan.id == parent.plan_id)
        ).one_or_none()
        if parent_plan is None or parent_plan.deleted:
            raise SkpError(Code.CASCADE_DELETED)
        if parent_plan.period_id != plan.period_id:
            raise SkpError(Code.CASCADE_OTHER_YEAR)
        if result_id is not None and _chain_reaches(s, parent_id, result_id):
            raise SkpError(Code.CASCADE_CYCLE)
        if not _is_atasan_of(s, parent_plan.employee_id, plan, today):
            raise SkpError(Code.CASCADE_NOT_ATASAN)
        return {"parent_result_id": parent_id, "parent_goal_id": None}
    goal = s.execute(
        select(OrgGoal.id, OrgGoal.org_unit_id, OrgGoal.period_id, OrgGoal.deleted).where(
            OrgGoal.id == parent_id
        )
    ).one_or_none()
    if goal is None:
        raise SkpError(Code.RECORD_NOT_FOUND, kind="work_result", id=parent_id)
    if goal.deleted:
        raise SkpError(Code.CASCADE_DELETED)
    if goal.period_id != plan.period_id:
        raise SkpError(Code.CASCADE_OTHER_YEAR)
    own_unit = s.execute(select(Position.org_unit_id).where(Position.id == plan.position_id)).scalar()
    if goal.org_unit_id not in {own_unit, *_units_above(s, own_unit)} if own_unit else True:
        raise SkpError(Code.CASCADE_OTHER_UNIT)
    return {"parent_result_id": None, "parent_goal_id": parent_id}


def _is_atasan_of(s: Session, employee_id: str | None, plan: Any, today: dt.date) -> bool:
    """R-CASCADE: an RHK intervenes a result of the owner's atasan (the plan's pejabat penilai,
    or whoever holds — or acts in — the penilai's position)."""
    if employee_id is None:
        return False
    if plan.penilai_employee_id == employee_id:
        return True
    return is_penilai(s, employee_id, plan.id, today)


def _chain_reaches(s: Session, start: str, target: str) -> bool:
    """Following intervensi links upward from ``start`` reaches ``target`` (a cycle to be)."""
    current: str | None = start
    seen: set[str] = set()
    while current and current not in seen and len(seen) < MAX_CHAIN:
        if current == target:
            return True
        seen.add(current)
        current = s.execute(select(WorkResult.parent_result_id).where(WorkResult.id == current)).scalar()
    return current == target


def _split_indicator_row(s: Session, result_id: str) -> Any:
    """The IKI a direct split by beban target divides (as ``domain.cascade.porsi`` reads it)."""
    rows = (
        s.execute(
            select(Indicator)
            .where(Indicator.result_id == result_id, Indicator.deleted.is_(False))
            .order_by(Indicator.sort_order)
        )
        .scalars()
        .all()
    )
    node = CascadeNode(
        result_id,
        NodeKind.RESULT,
        None,
        "",
        indicators=tuple(NodeIndicator(i.aspek, i.text, i.target_value, i.target_unit) for i in rows),
    )
    chosen = cascade.split_indicator(node)
    if chosen is None:
        raise SkpError(Code.CASCADE_NO_TARGET)
    return rows[node.indicators.index(chosen)]


def _copy_indicators(w: Writer, source: str, target: str, split: Any, value: str) -> None:
    rows = (
        w.session.execute(
            select(Indicator)
            .where(Indicator.result_id == source, Indicator.deleted.is_(False))
            .order_by(Indicator.sort_order)
        )
        .scalars()
        .all()
    )
    for n, ind in enumerate(rows):
        target_value = (
            canonical_target(value) if split is not None and ind.id == split.id else ind.target_value
        )
        w.insert(
            Indicator,
            result_id=target,
            aspek=ind.aspek,
            text=ind.text,
            target_value=target_value,
            target_max="" if split is not None and ind.id == split.id else ind.target_max,
            target_unit=ind.target_unit,
            lower_is_better=ind.lower_is_better,
            sort_order=n,
        )


def _choice(enum: Any, value: str, kind: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        raise SkpError(Code.UNKNOWN_VALUE, kind=kind, value=value) from None


# -- MPH -----------------------------------------------------------------------------------------


def _mph(s: Session, atasan_plan_id: str, today: dt.date) -> MphMatrix:
    plan = require(s, Plan, atasan_plan_id, "plan")
    period = require(s, Period, plan.period_id, "period")
    atasan = require(s, Employee, plan.employee_id, "employee")
    position = s.execute(select(Position.title).where(Position.id == plan.position_id)).scalar() or ""
    columns = tuple(
        MphColumn(r.id, r.text, n)
        for n, r in enumerate(
            s.execute(
                select(WorkResult.id, WorkResult.text)
                .where(
                    WorkResult.plan_id == atasan_plan_id,
                    WorkResult.deleted.is_(False),
                    WorkResult.jenis == "utama",
                )
                .order_by(WorkResult.sort_order)
            ).all(),
            start=1,
        )
    )
    # the people this atasan rates: positions under the atasan's position, their holders
    people = s.execute(
        select(
            Employee.id,
            Employee.name,
            Employee.gelar_depan,
            Employee.gelar_belakang,
            Employee.nip,
            Position.title,
        )
        .join(Position, Position.id == Employee.position_id)
        .where(
            Position.atasan_position_id == plan.position_id,
            Employee.deleted.is_(False),
            Employee.active.is_(True),
        )
        .order_by(Position.is_head.desc(), Position.title, Employee.name)
    ).all()
    rated = {
        r.employee_id: r
        for r in s.execute(
            select(Plan.id, Plan.employee_id, Plan.status).where(
                Plan.period_id == plan.period_id,
                Plan.deleted.is_(False),
                or_(
                    Plan.penilai_employee_id == plan.employee_id, Plan.penilai_position_id == plan.position_id
                ),
            )
        ).all()
    }
    column_ids = [c.result_id for c in columns]
    cells: dict[str, dict[str, list[MphCell]]] = defaultdict(lambda: defaultdict(list))
    for r in s.execute(
        select(WorkResult.id, WorkResult.text, WorkResult.plan_id, WorkResult.parent_result_id)
        .where(WorkResult.parent_result_id.in_(column_ids), WorkResult.deleted.is_(False))
        .order_by(WorkResult.sort_order)
    ).all():
        cells[r.plan_id][r.parent_result_id].append(MphCell(r.id, r.text))
    rows = []
    for p in people:
        own = rated.get(p.id)
        if own is None:
            found = plan_of(s, p.id, plan.period_id)
            own = require(s, Plan, found, "plan") if found else None
        plan_id = own.id if own is not None else None
        rows.append(
            MphRow(
                p.id,
                display_name(p.name, p.gelar_depan, p.gelar_belakang),
                p.nip,
                p.title,
                plan_id,
                own.status if own is not None else "",
                {k: tuple(v) for k, v in cells.get(plan_id or "", {}).items()},
            )
        )
    return MphMatrix(
        atasan_plan_id,
        display_name(atasan.name, atasan.gelar_depan, atasan.gelar_belakang),
        position,
        period.year,
        columns,
        tuple(rows),
    )
