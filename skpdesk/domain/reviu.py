"""The pengelola kinerja's reviu checklist (SKP-REFERENCE R-REVIU) as pure functions.

The reviu aspects are the BKN guide's [V 8/2021] (SEED-BKN); the itemised checks J1–J5 (JPT) and
A1–A7 (JA/JF) are the reference's design choice. Each row says whether the app decides it
(``computed``) or a person must judge it (``passed`` is ``None``). What the plan alone does not
say (the JPT's goals from the PK, the atasan's plan, the team's coverage, comparable plans) comes
in a :class:`ReviewContext`. The words for people are in ``skpdesk/ui/skp/coach_text.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from skpdesk.domain.berakhlak import CoreValue
from skpdesk.domain.phrasing import WORDING_RULES, Finding, check_plan, normalise
from skpdesk.domain.plan import PlanKind, PlanSnapshot, ResultSnapshot

JPT_CHECKS: Final[tuple[str, ...]] = ("J1", "J2", "J3", "J4", "J5")
JAJF_CHECKS: Final[tuple[str, ...]] = ("A1", "A2", "A3", "A4", "A5", "A6", "A7")
# SKP-REFERENCE R-SKP-CONTENT / R-FORM-RENCANA [P]: the three lampiran (same values as the
# services' ANNEX_KINDS).
ANNEX_KINDS: Final[tuple[str, ...]] = ("sumber-daya", "skema-pertanggungjawaban", "konsekuensi")
DIRECT_CASCADING: Final = "langsung"  # R-CASCADE: the services' cascading_method value


@dataclass(frozen=True)
class ReviewContext:
    """What the reviewer knows besides the plan."""

    owned_goals: tuple[tuple[str, str], ...] = ()  # (goal_id, text) the JPT owns in the PK (J1)
    atasan_results: tuple[ResultSnapshot, ...] = ()  # the atasan's plan (A1, A2, A3); () = unknown
    covered_atasan_result_ids: frozenset[str] = frozenset()  # atasan RHK some team member intervenes (A2)
    equivalent_plans: int = 0  # plans of equivalent jabatan in the unit, shown side by side (A7)
    min_indicators: int = 1  # IKI per RHK the instansi requires (R-IKI [L])


@dataclass(frozen=True)
class CheckRow:
    id: str  # "J1".."J5" / "A1".."A7"
    computed: bool  # True: the app decides; False: a person judges
    passed: bool | None  # None: must be judged
    detail_params: Mapping[str, str] = field(default_factory=dict)
    result_ids: tuple[str, ...] = ()  # the rows concerned (the atasan's RHK for A2)


def _ids(findings: list[Finding], rules: frozenset[str] | set[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for f in findings:
        if f.rule in rules and f.result_id is not None:
            seen.setdefault(f.result_id, None)
    return tuple(seen)


def _ordered(plan: PlanSnapshot, ids: set[str]) -> tuple[str, ...]:
    return tuple(r.id for r in plan.results if r.id in ids)


def _row(check_id: str, ids: tuple[str, ...], **params: str) -> CheckRow:
    return CheckRow(check_id, True, not ids, params, ids)


def _judged(check_id: str, **params: str) -> CheckRow:
    return CheckRow(check_id, False, None, params)


# -- JPT -------------------------------------------------------------------------------------------


def _j1_goals_covered(plan: PlanSnapshot, ctx: ReviewContext) -> CheckRow:
    """J1: every PK sasaran/IKU the JPT owns appears as an RHK utama (R-LIFECYCLE, S24)."""
    if not ctx.owned_goals:
        return _judged("J1", total="0")
    utama = plan.utama()
    linked = {r.parent_goal_id for r in utama if r.parent_goal_id}
    texts = {normalise(r.text) for r in utama}
    missing = [
        text for goal_id, text in ctx.owned_goals if goal_id not in linked and normalise(text) not in texts
    ]
    return CheckRow(
        "J1",
        True,
        not missing,
        {"missing": str(len(missing)), "total": str(len(ctx.owned_goals)), "goals": "; ".join(missing)},
    )


def _j3_indicators(plan: PlanSnapshot) -> CheckRow:
    """J3: each RHK has an IKI with a target; perspektif set (kuantitatif) (R-IKI, R-PERSPEKTIF)."""
    no_target: set[str] = set()
    no_perspektif: set[str] = set()
    for r in plan.results:
        if plan.kuantitatif:
            if not any(i.text.strip() and i.target_value.strip() for i in r.indicators):
                no_target.add(r.id)
            if r.jenis == "utama" and not r.perspektif.strip():
                no_perspektif.add(r.id)
        elif not r.ukuran_keberhasilan.strip() and not any(i.text.strip() for i in r.indicators):
            no_target.add(r.id)
    return _row(
        "J3",
        _ordered(plan, no_target | no_perspektif),
        no_target=str(len(no_target)),
        no_perspektif=str(len(no_perspektif)),
    )


def _j4_target_basis(plan: PlanSnapshot) -> CheckRow:
    """J4: the target basis is stated for each RHK utama ([V 8/2021] S1 p36)."""
    ids = tuple(r.id for r in plan.utama() if not r.target_basis.strip())
    return _row("J4", ids, count=str(len(ids)))


def _j5_annex(plan: PlanSnapshot) -> CheckRow:
    """J5: the three lampiran are filled (R-SKP-CONTENT)."""
    missing = [k for k in ANNEX_KINDS if not any(item.strip() for item in plan.annex.get(k, ()))]
    return CheckRow("J5", True, not missing, {"missing": ",".join(missing), "count": str(len(missing))})


# -- JA/JF -----------------------------------------------------------------------------------------


def _a1_intervensi(plan: PlanSnapshot, ctx: ReviewContext) -> CheckRow:
    """A1: each RHK utama names an atasan RHK it intervenes, and that RHK is in the atasan's plan
    (R-CASCADE). An organisation goal (parent_goal_id) also counts as intervened."""
    atasan_ids = {r.id for r in ctx.atasan_results}
    orphans = {r.id for r in plan.utama() if not (r.parent_result_id or r.parent_goal_id)}
    unknown = {
        r.id
        for r in plan.utama()
        if r.parent_result_id and atasan_ids and r.parent_result_id not in atasan_ids
    }
    unverified = not atasan_ids and any(r.parent_result_id for r in plan.utama())
    params = {"orphans": str(len(orphans)), "unknown_parent": str(len(unknown))}
    if unverified and not orphans:
        return CheckRow("A1", False, None, {**params, "reason": "atasan-unknown"})
    return CheckRow("A1", True, not (orphans or unknown), params, _ordered(plan, orphans | unknown))


def _a2_coverage(plan: PlanSnapshot, ctx: ReviewContext) -> CheckRow:
    """A2: no atasan RHK assigned to the team (the atasan's RHK utama) is left without a
    contributor (R-CASCADE, MPH coverage)."""
    if not ctx.atasan_results:
        return _judged("A2", reason="atasan-unknown")
    assigned = [r for r in ctx.atasan_results if r.jenis == "utama"]
    covered = set(ctx.covered_atasan_result_ids) | {
        r.parent_result_id for r in plan.results if r.parent_result_id
    }
    uncovered = tuple(r.id for r in assigned if r.id not in covered)
    return CheckRow(
        "A2",
        True,
        not uncovered,
        {"uncovered": str(len(uncovered)), "total": str(len(assigned))},
        uncovered,
    )


def _a3_wording(plan: PlanSnapshot, ctx: ReviewContext, findings: list[Finding]) -> CheckRow:
    """A3: RHK worded as a result; not a copy of the atasan's RHK unless cascaded directly
    (R-PHRASING, R-CASCADE)."""
    wording = set(_ids(findings, WORDING_RULES))
    parents = {r.id: normalise(r.text) for r in ctx.atasan_results}
    duplicates = {
        r.id
        for r in plan.results
        if r.parent_result_id in parents
        and normalise(r.text) == parents[r.parent_result_id]
        and r.cascading_method != DIRECT_CASCADING
    }
    return _row(
        "A3",
        _ordered(plan, wording | duplicates),
        wording=str(len(wording)),
        duplicates=str(len(duplicates)),
    )


def _a4_indicators(plan: PlanSnapshot, findings: list[Finding]) -> CheckRow:
    """A4: IKI per aspek, measurable, data source known (R-IKI; L6, L8, L9)."""
    counts = {rule: len(_ids(findings, {rule})) for rule in ("L6", "L8", "L9")}
    return _row(
        "A4",
        _ordered(plan, set(_ids(findings, {"L6", "L8", "L9"}))),
        unmeasurable=str(counts["L6"]),
        aspect=str(counts["L8"]),
        no_source=str(counts["L9"]),
    )


def _a6_ekspektasi(plan: PlanSnapshot) -> CheckRow:
    """A6: the leader considered an ekspektasi khusus for the 7 values; it may be empty, so a
    person judges (R-BERAKHLAK)."""
    filled = sum(1 for v in CoreValue if plan.ekspektasi.get(v.value, "").strip())
    return _judged("A6", filled=str(filled), total=str(len(CoreValue)))


def checklist(plan: PlanSnapshot, ctx: ReviewContext) -> list[CheckRow]:
    """The reviu rows for ``plan``: J1–J5 for a JPT plan, A1–A7 for JA/JF (R-REVIU)."""
    findings = check_plan(plan, min_indicators=ctx.min_indicators)
    if plan.kind is PlanKind.JPT:
        wording = _ids(findings, WORDING_RULES)
        return [
            _j1_goals_covered(plan, ctx),
            _row("J2", wording, count=str(len(wording))),
            _j3_indicators(plan),
            _j4_target_basis(plan),
            _j5_annex(plan),
        ]
    absolute = _ids(findings, {"L5"})
    return [
        _a1_intervensi(plan, ctx),
        _a2_coverage(plan, ctx),
        _a3_wording(plan, ctx, findings),
        _a4_indicators(plan, findings),
        _row("A5", absolute, count=str(len(absolute))),
        _a6_ekspektasi(plan),
        _judged("A7", equivalent=str(ctx.equivalent_plans)),
    ]


def open_rows(rows: list[CheckRow]) -> list[CheckRow]:
    """Rows that are not passed yet: failed computed rows and rows a person must still judge."""
    return [row for row in rows if row.passed is not True]
