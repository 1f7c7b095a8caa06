"""The distribution of employee predikat checked against the predikat kinerja organisasi.

SKP-REFERENCE R-CURVE (shares [P] S6), R-ORG-PREDIKAT. The curve is a **consideration** for the
leader, not a hard rule [P] S7: the verdict is a warning, never a block.

Pure: counts per predikat in, a verdict out, with one check per rule (so a screen can say which
rule fails), the smallest change that makes each failing rule pass (``suggestion``), and the
nearest distribution of the same people that fits every rule (``nearest``, fewest re-ratings).

Two readings are instansi choices [U] and therefore parameters, never constants:

- ``Rounding``: how a share becomes a number of people in a small unit (default ``PEOPLE``: an
  upper bound p allows ``max(1, floor(p·n))`` people, a lower bound p requires ``ceil(p·n)``);
- ``Largest``: what "sebagian besar" means (default ``PLURALITY``: more people than any other
  predikat).

Limits are whole numbers of people; with ``Rounding.EXACT`` they are exactly the raw-share test
(``count/n ≤ p`` ⇔ ``count ≤ floor(p·n)``; ``count/n ≥ p`` ⇔ ``count ≥ ceil(p·n)``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from enum import StrEnum
from typing import Final

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.predikat import Predikat, PredikatOrganisasi, parse_predikat, parse_predikat_organisasi

SB: Final = Predikat.SANGAT_BAIK
B: Final = Predikat.BAIK
BP: Final = Predikat.BUTUH_PERBAIKAN
KM: Final = Predikat.KURANG_MISCONDUCT
SK: Final = Predikat.SANGAT_KURANG
PREDIKAT_ORDER: Final[tuple[Predikat, ...]] = tuple(Predikat)  # best to worst (R-MATRIX)

# --- the shares of SKP-REFERENCE R-CURVE [P] S6, one named constant each ---------------------------
# SKP-REFERENCE R-CURVE: Istimewa — Sangat Baik "sebagian besar (maksimal 70%)".
ISTIMEWA_SANGAT_BAIK_MAX: Final = Decimal("0.70")
# SKP-REFERENCE R-CURVE: Baik — Baik "sebagian besar (maksimal 70%)".
BAIK_BAIK_MAX: Final = Decimal("0.70")
# SKP-REFERENCE R-CURVE: Baik — at least one employee is Butuh Perbaikan and/or Kurang/Misconduct.
BAIK_AT_LEAST_ONE_OF: Final[tuple[Predikat, ...]] = (BP, KM)
# SKP-REFERENCE R-CURVE: Butuh Perbaikan — share(BP) ≥ 60%, share(SB) ≤ 10%.
BUTUH_PERBAIKAN_BUTUH_PERBAIKAN_MIN: Final = Decimal("0.60")
BUTUH_PERBAIKAN_SANGAT_BAIK_MAX: Final = Decimal("0.10")
# SKP-REFERENCE R-CURVE: Kurang — share(K/M) ≥ 60%, share(BP) ≥ 10%, share(SB) ≤ 10%.
KURANG_KURANG_MIN: Final = Decimal("0.60")
KURANG_BUTUH_PERBAIKAN_MIN: Final = Decimal("0.10")
KURANG_SANGAT_BAIK_MAX: Final = Decimal("0.10")
# SKP-REFERENCE R-CURVE: Sangat Kurang — share(SK) ≥ 60%, share(K/M + BP) ≥ 10%, no Sangat Baik.
SANGAT_KURANG_SANGAT_KURANG_MIN: Final = Decimal("0.60")
SANGAT_KURANG_KURANG_BUTUH_PERBAIKAN_MIN: Final = Decimal("0.10")
SANGAT_KURANG_FORBIDDEN: Final[tuple[Predikat, ...]] = (SB,)


class Rounding(StrEnum):
    """How a share limit becomes a number of people (SKP-REFERENCE R-CURVE [U], instansi choice)."""

    PEOPLE = "people"
    """Upper bound p allows ``max(1, floor(p·n))`` people; lower bound p requires ``ceil(p·n)``."""
    EXACT = "exact"
    """The raw share against p: upper ``floor(p·n)`` (may be 0), lower ``ceil(p·n)``."""


class Largest(StrEnum):
    """The reading of "sebagian besar" (SKP-REFERENCE R-CURVE [U], instansi choice)."""

    PLURALITY = "plurality"
    """More people than any other single predikat (a tie is not "the largest group")."""
    PLURALITY_OR_TIE = "plurality-or-tie"
    """No other predikat has more people."""
    MAJORITY = "majority"
    """More than half of the people."""


# SKP-REFERENCE R-CURVE [U]: the design default of the reference's implementation notes.
DEFAULT_ROUNDING: Final = Rounding.PEOPLE
DEFAULT_LARGEST: Final = Largest.PLURALITY


class RuleKind(StrEnum):
    LARGEST = "largest"
    """The predikat is "sebagian besar" (see ``Largest``)."""
    MAX_SHARE = "max"
    """The group's share is at most ``share``."""
    MIN_SHARE = "min"
    """The group's share is at least ``share``."""
    AT_LEAST_ONE = "at-least-one"
    """At least one employee in the group."""
    FORBIDDEN = "none"
    """Nobody in the group."""


@dataclass(frozen=True)
class CurveRule:
    """One line of a R-CURVE row: a kind, the predikat it counts together, and its share."""

    kind: RuleKind
    predikat: tuple[Predikat, ...]
    share: Decimal | None = None

    def __post_init__(self) -> None:
        if not self.predikat or len(set(self.predikat)) != len(self.predikat):
            raise ValueError(f"a curve rule needs distinct predikat: {self.predikat!r}")
        if self.kind is RuleKind.LARGEST and len(self.predikat) != 1:
            raise ValueError("a 'largest' rule names one predikat")
        needs_share = self.kind in (RuleKind.MAX_SHARE, RuleKind.MIN_SHARE)
        if needs_share != (self.share is not None):
            raise ValueError(f"share {'required' if needs_share else 'not allowed'} for {self.kind}")
        if self.share is not None and not Decimal(0) <= self.share <= Decimal(1):
            raise ValueError(f"share {self.share} outside 0..1")

    @property
    def id(self) -> str:
        """Stable id, e.g. ``max:sangat-baik``, ``min:kurang+butuh-perbaikan``."""
        return f"{self.kind.value}:{'+'.join(p.value for p in self.predikat)}"

    @property
    def at_most(self) -> bool:
        """True for an upper bound (max share, nobody); False for a lower one."""
        return self.kind in (RuleKind.MAX_SHARE, RuleKind.FORBIDDEN)


def _largest(p: Predikat) -> CurveRule:
    return CurveRule(RuleKind.LARGEST, (p,))


def _max(share: Decimal, *group: Predikat) -> CurveRule:
    return CurveRule(RuleKind.MAX_SHARE, group, share)


def _min(share: Decimal, *group: Predikat) -> CurveRule:
    return CurveRule(RuleKind.MIN_SHARE, group, share)


# SKP-REFERENCE R-CURVE [P] S6 ("must hold" and "must not" columns; "may appear" is what is left).
# Same content as data/reference/distribution_rules.json.
CURVE_RULES: Final[Mapping[PredikatOrganisasi, tuple[CurveRule, ...]]] = {
    PredikatOrganisasi.ISTIMEWA: (
        _largest(SB),
        _max(ISTIMEWA_SANGAT_BAIK_MAX, SB),
    ),
    PredikatOrganisasi.BAIK: (
        _largest(B),
        _max(BAIK_BAIK_MAX, B),
        CurveRule(RuleKind.AT_LEAST_ONE, BAIK_AT_LEAST_ONE_OF),
    ),
    PredikatOrganisasi.BUTUH_PERBAIKAN: (
        _min(BUTUH_PERBAIKAN_BUTUH_PERBAIKAN_MIN, BP),
        _max(BUTUH_PERBAIKAN_SANGAT_BAIK_MAX, SB),
    ),
    PredikatOrganisasi.KURANG: (
        _min(KURANG_KURANG_MIN, KM),
        _min(KURANG_BUTUH_PERBAIKAN_MIN, BP),
        _max(KURANG_SANGAT_BAIK_MAX, SB),
    ),
    PredikatOrganisasi.SANGAT_KURANG: (
        _min(SANGAT_KURANG_SANGAT_KURANG_MIN, SK),
        _min(SANGAT_KURANG_KURANG_BUTUH_PERBAIKAN_MIN, KM, BP),
        CurveRule(RuleKind.FORBIDDEN, SANGAT_KURANG_FORBIDDEN),
    ),
}

RuleSet = Mapping[PredikatOrganisasi, Sequence[CurveRule]]


class Verdict(StrEnum):
    FITS = "fits"
    DOES_NOT_FIT = "does-not-fit"
    NO_DATA = "no-data"


class Direction(StrEnum):
    MORE = "more"
    FEWER = "fewer"


@dataclass(frozen=True)
class Change:
    """The smallest re-rating that makes one failing rule pass, for the same n people.

    ``direction`` MORE: ``amount`` people move into the group (from predikat outside it) so that
    the group has at least ``target``; FEWER: ``amount`` people move out so it has at most
    ``target``. For a "largest" rule ``taken_from`` says from which predikat (the largest other
    groups first); other people would not do.
    """

    rule_id: str
    kind: RuleKind
    predikat: tuple[Predikat, ...]
    direction: Direction
    amount: int
    target: int
    current: int
    taken_from: tuple[tuple[Predikat, int], ...] = ()


@dataclass(frozen=True)
class RuleCheck:
    """One rule against the counts: the group's count, the limit in people, passed or not."""

    rule: CurveRule
    count: int
    """People in the rule's group now."""
    limit: int
    """At most (``rule.at_most``) or at least this many people, for this n and rounding."""
    passed: bool
    change: Change | None
    """What makes this rule pass; None when it passes."""

    @property
    def id(self) -> str:
        return self.rule.id


@dataclass(frozen=True)
class CurveResult:
    organisasi: PredikatOrganisasi
    verdict: Verdict
    n: int
    counts: Mapping[Predikat, int]
    """All five predikat, best to worst."""
    shares: Mapping[Predikat, Decimal]
    """Raw shares count/n (28 significant digits); all 0 when n is 0."""
    checks: tuple[RuleCheck, ...]
    """One per rule of the organisation's row, in the reference's order; empty without data."""
    suggestion: tuple[Change, ...]
    """The change of each failing check, in rule order; empty when it fits."""
    feasible: bool
    """Some distribution of these n people fits every rule (False e.g. for Kurang with n = 1)."""
    nearest: Mapping[Predikat, int] | None
    """A distribution of the same n people that fits, with the fewest re-ratings (the counts
    themselves when they fit); None without data or when no distribution fits."""
    moves: int | None
    """People re-rated to get from ``counts`` to ``nearest``."""
    rounding: Rounding
    largest: Largest

    @property
    def fits(self) -> bool:
        return self.verdict is Verdict.FITS

    @property
    def failed(self) -> tuple[RuleCheck, ...]:
        return tuple(c for c in self.checks if not c.passed)


# --- limits ----------------------------------------------------------------------------------------


def upper_limit(share: Decimal, n: int, rounding: Rounding = DEFAULT_ROUNDING) -> int:
    """Most people a "≤ share" rule allows among n (SKP-REFERENCE R-CURVE implementation notes [U])."""
    limit = math.floor(share * n)
    return max(1, limit) if rounding is Rounding.PEOPLE else limit


def lower_limit(share: Decimal, n: int, rounding: Rounding = DEFAULT_ROUNDING) -> int:
    """Fewest people a "≥ share" rule requires among n (the same for both roundings)."""
    del rounding  # ceil(p·n) people is exactly share ≥ p
    return math.ceil(share * n)


def _largest_ok(x: int, others: Iterable[int], n: int, largest: Largest) -> bool:
    if largest is Largest.MAJORITY:
        return x >= n // 2 + 1
    top = max(others, default=0)
    return x > top if largest is Largest.PLURALITY else x >= top


def _largest_limit(x: Predikat, counts: Mapping[Predikat, int], n: int, largest: Largest) -> int:
    if largest is Largest.MAJORITY:
        return n // 2 + 1
    top = max((c for p, c in counts.items() if p is not x), default=0)
    return top + 1 if largest is Largest.PLURALITY else top


def _group_count(counts: Mapping[Predikat, int], group: Iterable[Predikat]) -> int:
    return sum(counts[p] for p in group)


def _limit(
    rule: CurveRule, counts: Mapping[Predikat, int], n: int, rounding: Rounding, largest: Largest
) -> int:
    if rule.kind is RuleKind.LARGEST:
        return _largest_limit(rule.predikat[0], counts, n, largest)
    if rule.kind is RuleKind.MAX_SHARE:
        assert rule.share is not None
        return upper_limit(rule.share, n, rounding)
    if rule.kind is RuleKind.MIN_SHARE:
        assert rule.share is not None
        return lower_limit(rule.share, n, rounding)
    if rule.kind is RuleKind.AT_LEAST_ONE:
        return 1
    return 0  # FORBIDDEN


def _passes(rule: CurveRule, counts: Mapping[Predikat, int], n: int, limit: int, largest: Largest) -> bool:
    if rule.kind is RuleKind.LARGEST:
        x = rule.predikat[0]
        return _largest_ok(counts[x], (c for p, c in counts.items() if p is not x), n, largest)
    count = _group_count(counts, rule.predikat)
    return count <= limit if rule.at_most else count >= limit


def _change(rule: CurveRule, counts: Mapping[Predikat, int], n: int, limit: int, largest: Largest) -> Change:
    count = _group_count(counts, rule.predikat)
    if rule.kind is not RuleKind.LARGEST:
        if rule.at_most:
            return Change(rule.id, rule.kind, rule.predikat, Direction.FEWER, count - limit, limit, count)
        return Change(rule.id, rule.kind, rule.predikat, Direction.MORE, limit - count, limit, count)
    # one person at a time from the largest other group (best predikat first on a tie): each move
    # raises x by one and lowers the largest other group, so no shorter route exists
    x = rule.predikat[0]
    work = dict(counts)
    taken: dict[Predikat, int] = {}
    while not _largest_ok(work[x], (c for p, c in work.items() if p is not x), n, largest):
        source = max((p for p in PREDIKAT_ORDER if p is not x and work[p] > 0), key=lambda p: work[p])
        work[source] -= 1
        work[x] += 1
        taken[source] = taken.get(source, 0) + 1
    pairs = tuple((p, taken[p]) for p in PREDIKAT_ORDER if p in taken)
    return Change(rule.id, rule.kind, rule.predikat, Direction.MORE, work[x] - count, work[x], count, pairs)


# --- the nearest fitting distribution ---------------------------------------------------------------
#
# Counts c' with the same n, per-predikat bounds, bounds on groups that nest (a laminar family) and,
# for "largest", every other predikat below (or at) the count of x. The cost of c' is the number of
# people re-rated, Σ|c'−c|/2. Each node of the group tree has a cost ``base + |s − anchor|`` for its
# sum s in [lo, hi] (the sum of such functions over children has the same form), so the minimum
# follows bottom-up in one pass; for "largest" the count of x is tried from its current value
# outwards and the search stops when moving x alone costs more than the best found.


@dataclass
class _Node:
    members: frozenset[Predikat]
    children: list[_Node]
    lo: int
    hi: int
    anchor: int
    base: int


def _build(
    members: frozenset[Predikat],
    interval: tuple[int, int],
    lo: Mapping[Predikat, int],
    hi: Mapping[Predikat, int],
    counts: Mapping[Predikat, int],
    groups: Mapping[frozenset[Predikat], tuple[int, int]],
) -> _Node | None:
    if len(members) == 1:
        (p,) = members
        low, high = max(lo[p], interval[0]), min(hi[p], interval[1])
        if low > high:
            return None
        anchor = min(max(counts[p], low), high)
        return _Node(members, [], low, high, anchor, abs(anchor - counts[p]))
    inner = [g for g in groups if g < members]
    tops = [g for g in inner if not any(g < other for other in inner)]
    covered = frozenset().union(*tops) if tops else frozenset()
    parts = sorted(tops, key=_first_rank) + [frozenset({p}) for p in PREDIKAT_ORDER if p in members - covered]
    children = []
    for part in parts:
        child = _build(part, groups.get(part, (0, 10**9)), lo, hi, counts, groups)
        if child is None:
            return None
        children.append(child)
    low = max(sum(c.lo for c in children), interval[0])
    high = min(sum(c.hi for c in children), interval[1])
    if low > high:
        return None
    total_anchor = sum(c.anchor for c in children)
    anchor = min(max(total_anchor, low), high)
    base = sum(c.base for c in children) + abs(anchor - total_anchor)
    return _Node(members, children, low, high, anchor, base)


def _first_rank(group: frozenset[Predikat]) -> int:
    return min(PREDIKAT_ORDER.index(p) for p in group)


def _distribute(node: _Node, total: int, out: dict[Predikat, int]) -> None:
    if not node.children:
        (p,) = node.members
        out[p] = total
        return
    values = [c.anchor for c in node.children]
    delta = total - sum(values)
    for i, child in enumerate(node.children):
        if delta > 0:
            step = min(delta, child.hi - values[i])
        elif delta < 0:
            step = max(delta, child.lo - values[i])
        else:
            break
        values[i] += step
        delta -= step
    for child, value in zip(node.children, values, strict=True):
        _distribute(child, value, out)


def _check_groups_nest(rules: Iterable[CurveRule]) -> None:
    items = list({frozenset(r.predikat) for r in rules if len(r.predikat) > 1})
    if not all(a.isdisjoint(b) or a <= b or b <= a for i, a in enumerate(items) for b in items[i + 1 :]):
        raise ValueError("curve rules on overlapping groups of predikat are not supported")


def _nearest(
    rules: Sequence[CurveRule],
    counts: Mapping[Predikat, int],
    n: int,
    rounding: Rounding,
    largest: Largest,
) -> tuple[dict[Predikat, int], int] | None:
    lo = dict.fromkeys(PREDIKAT_ORDER, 0)
    hi = dict.fromkeys(PREDIKAT_ORDER, n)
    groups: dict[frozenset[Predikat], tuple[int, int]] = {}
    plurality: Predikat | None = None

    def bound(group: tuple[Predikat, ...], low: int, high: int) -> None:
        if len(group) == 1:
            lo[group[0]] = max(lo[group[0]], low)
            hi[group[0]] = min(hi[group[0]], high)
        else:
            key = frozenset(group)
            old = groups.get(key, (0, n))
            groups[key] = (max(old[0], low), min(old[1], high))

    for rule in rules:
        if rule.kind is RuleKind.LARGEST:
            if largest is Largest.MAJORITY:
                bound(rule.predikat, n // 2 + 1, n)
            else:
                plurality = rule.predikat[0]
        elif rule.kind is RuleKind.FORBIDDEN:
            for p in rule.predikat:
                bound((p,), 0, 0)
        else:
            limit = _limit(rule, counts, n, rounding, largest)
            if rule.at_most:
                bound(rule.predikat, 0, limit)
            else:
                bound(rule.predikat, limit, n)
    everyone = frozenset(PREDIKAT_ORDER)
    whole = groups.pop(everyone, (0, n))  # a rule on everybody bounds n itself
    if not whole[0] <= n <= whole[1]:
        return None

    def solve(
        low: Mapping[Predikat, int], high: Mapping[Predikat, int]
    ) -> tuple[dict[Predikat, int], int] | None:
        root = _build(everyone, (n, n), low, high, counts, groups)
        if root is None:
            return None
        out: dict[Predikat, int] = {}
        _distribute(root, n, out)
        return {p: out[p] for p in PREDIKAT_ORDER}, root.base // 2

    if plurality is None:
        return solve(lo, hi)
    x = plurality
    best: tuple[dict[Predikat, int], int] | None = None
    for v in sorted(range(lo[x], hi[x] + 1), key=lambda v: (abs(v - counts[x]), -v)):
        if best is not None and abs(v - counts[x]) >= best[1]:
            break  # moving x alone already re-rates as many people as the best found
        low, high = dict(lo), dict(hi)
        low[x] = high[x] = v
        cap = v - 1 if largest is Largest.PLURALITY else v
        for p in PREDIKAT_ORDER:
            if p is not x:
                high[p] = min(high[p], cap)
        found = solve(low, high)
        if found is not None and (best is None or found[1] < best[1]):
            best = found
    return best


# --- evaluation --------------------------------------------------------------------------------------


def _clean_counts(counts: Mapping[Predikat, int] | Mapping[str, int]) -> dict[Predikat, int]:
    clean = dict.fromkeys(PREDIKAT_ORDER, 0)
    for key, value in counts.items():
        p = Predikat(key)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise SkpError(Code.CURVE_COUNT_INVALID, key=p.value, value=str(value))
        clean[p] += value
    return clean


def evaluate(
    organisasi: PredikatOrganisasi,
    counts: Mapping[Predikat, int] | Mapping[str, int],
    *,
    rounding: Rounding = DEFAULT_ROUNDING,
    largest: Largest = DEFAULT_LARGEST,
    rules: RuleSet = CURVE_RULES,
) -> CurveResult:
    """Check a unit's predikat counts against the R-CURVE row of its predikat organisasi.

    ``counts``: people per predikat (missing predikat count 0); a negative or non-integer count
    raises ``SkpError(Code.CURVE_COUNT_INVALID)``. ``rules`` replaces the reference's rows (e.g. an
    instansi's own shares); groups of several predikat must nest or be disjoint (ValueError
    otherwise), as must a key that is not a predikat.
    """
    organisasi = PredikatOrganisasi(organisasi)
    clean = _clean_counts(counts)
    n = sum(clean.values())
    row = tuple(rules[organisasi])
    _check_groups_nest(row)
    if n == 0:
        zeros = dict.fromkeys(PREDIKAT_ORDER, Decimal(0))
        return CurveResult(
            organisasi, Verdict.NO_DATA, 0, clean, zeros, (), (), False, None, None, rounding, largest
        )
    with localcontext() as ctx:
        ctx.prec = 28
        shares = {p: Decimal(clean[p]) / Decimal(n) for p in PREDIKAT_ORDER}
    checks = []
    for rule in row:
        limit = _limit(rule, clean, n, rounding, largest)
        passed = _passes(rule, clean, n, limit, largest)
        change = None if passed else _change(rule, clean, n, limit, largest)
        checks.append(RuleCheck(rule, _group_count(clean, rule.predikat), limit, passed, change))
    fits = all(c.passed for c in checks)
    if fits:
        nearest: tuple[dict[Predikat, int], int] | None = (dict(clean), 0)
    else:
        nearest = _nearest(row, clean, n, rounding, largest)
    return CurveResult(
        organisasi=organisasi,
        verdict=Verdict.FITS if fits else Verdict.DOES_NOT_FIT,
        n=n,
        counts=clean,
        shares=shares,
        checks=tuple(checks),
        suggestion=tuple(c.change for c in checks if c.change is not None),
        feasible=nearest is not None,
        nearest=None if nearest is None else nearest[0],
        moves=None if nearest is None else nearest[1],
        rounding=rounding,
        largest=largest,
    )


# --- the expected pattern, for drawing the reference next to the actual shares -----------------------


class Role(StrEnum):
    """The column of the R-CURVE table a predikat falls in for one predikat organisasi."""

    MUST = "must"  # named by a rule of the "must hold" column
    MAY = "may"
    MUST_NOT = "must-not"


@dataclass(frozen=True)
class PatternBand:
    """What the reference expects of one predikat: its share range and role."""

    predikat: Predikat
    role: Role
    min_share: Decimal
    """Lower bound on this predikat alone (0 when none)."""
    max_share: Decimal
    """Upper bound on this predikat alone (1 when none, 0 when it must not appear)."""
    largest: bool
    """It must be the largest group ("sebagian besar")."""
    min_count: int | None
    """``min_share`` in people for the given n (None without n)."""
    max_count: int | None


@dataclass(frozen=True)
class CurvePattern:
    organisasi: PredikatOrganisasi
    bands: tuple[PatternBand, ...]
    """One per predikat, best to worst."""
    group_rules: tuple[CurveRule, ...]
    """Rules on several predikat together (e.g. at least one BP or K/M); draw them as a note."""
    rules: tuple[CurveRule, ...]
    n: int | None
    rounding: Rounding
    largest: Largest


def expected_pattern(
    organisasi: PredikatOrganisasi,
    n: int | None = None,
    *,
    rounding: Rounding = DEFAULT_ROUNDING,
    largest: Largest = DEFAULT_LARGEST,
    rules: RuleSet = CURVE_RULES,
) -> CurvePattern:
    """The reference pattern of one predikat organisasi, per predikat (SKP-REFERENCE R-CURVE).

    With ``n`` (people in the unit), also the limits in people under ``rounding``.
    """
    organisasi = PredikatOrganisasi(organisasi)
    row = tuple(rules[organisasi])
    bands = []
    for p in PREDIKAT_ORDER:
        low, high, biggest = Decimal(0), Decimal(1), False
        role = Role.MAY
        for rule in row:
            if p not in rule.predikat:
                continue
            if rule.kind is RuleKind.FORBIDDEN:
                role, high = Role.MUST_NOT, Decimal(0)
                continue
            if role is not Role.MUST_NOT:
                role = Role.MUST
            if len(rule.predikat) > 1:
                continue
            if rule.kind is RuleKind.LARGEST:
                biggest = True
                if largest is Largest.MAJORITY:
                    low = max(low, Decimal("0.5"))
            elif rule.kind is RuleKind.MAX_SHARE and rule.share is not None:
                high = min(high, rule.share)
            elif rule.kind is RuleKind.MIN_SHARE and rule.share is not None:
                low = max(low, rule.share)
        min_count = max_count = None
        if n is not None:
            min_count = lower_limit(low, n, rounding)
            if biggest and largest is Largest.MAJORITY:
                min_count = n // 2 + 1
            if any(r.kind is RuleKind.AT_LEAST_ONE and r.predikat == (p,) for r in row):
                min_count = max(min_count, 1)
            max_count = 0 if role is Role.MUST_NOT else (n if high == 1 else upper_limit(high, n, rounding))
        bands.append(PatternBand(p, role, low, high, biggest, min_count, max_count))
    return CurvePattern(
        organisasi=organisasi,
        bands=tuple(bands),
        group_rules=tuple(r for r in row if len(r.predikat) > 1),
        rules=row,
        n=n,
        rounding=rounding,
        largest=largest,
    )


# --- reading counts typed by people (the command line, imports) ------------------------------------

# Short keys of the command line (ARCHITECTURE.md "Command line": SB, B, BP, K, SK).
COUNT_KEYS: Final[Mapping[str, Predikat]] = {
    "sb": SB,
    "b": B,
    "bp": BP,
    "c": BP,  # "Cukup", the older name of Butuh Perbaikan (R-MATRIX)
    "k": KM,
    "km": KM,
    "m": KM,
    "sk": SK,
}


def parse_counts(text: str) -> dict[Predikat, int]:
    """Read "SB=2,B=10,BP=1,K=0,SK=0" (also ``;`` between parts, ``:`` for ``=``, full predikat
    names such as ``sangat-baik=2``). Missing predikat count 0.

    Raises ``SkpError`` with CURVE_COUNTS_FORMAT (a part is not KEY=NUMBER), CURVE_COUNT_KEY
    (not a predikat), CURVE_COUNT_DUPLICATE, CURVE_COUNT_INVALID (negative or not a whole number),
    CURVE_NO_COUNTS (nothing given, or every count 0).
    """
    counts = dict.fromkeys(PREDIKAT_ORDER, 0)
    seen: set[Predikat] = set()
    for raw in re.split(r"[,;]", text or ""):
        part = raw.strip()
        if not part:
            continue
        match = re.fullmatch(r"([^=:]+?)\s*[=:]\s*(.*)", part)
        if match is None:
            raise SkpError(Code.CURVE_COUNTS_FORMAT, part=part)
        key, value = match.group(1).strip(), match.group(2).strip()
        p = COUNT_KEYS.get(key.casefold())
        if p is None:
            try:
                p = parse_predikat(key)
            except SkpError:
                raise SkpError(Code.CURVE_COUNT_KEY, key=key) from None
        if p in seen:
            raise SkpError(Code.CURVE_COUNT_DUPLICATE, key=key)
        seen.add(p)
        if not re.fullmatch(r"\d+", value):
            raise SkpError(Code.CURVE_COUNT_INVALID, key=key, value=value)
        counts[p] = int(value)
    if sum(counts.values()) == 0:
        raise SkpError(Code.CURVE_NO_COUNTS)
    return counts


def parse_organisasi(text: str) -> PredikatOrganisasi:
    """A predikat organisasi typed by a person; a clear CALC_ORG_PREDIKAT error otherwise."""
    try:
        return parse_predikat_organisasi(text)
    except SkpError:
        raise SkpError(Code.CALC_ORG_PREDIKAT, value=text) from None
