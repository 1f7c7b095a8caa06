"""SKP-REFERENCE R-CURVE: the distribution of employee predikat against the predikat organisasi.

The property tests check ``evaluate`` against an independent reading of the reference table
(``oracle_fits`` below, written from R-CURVE with exact fractions), and the nearest distribution
against a brute-force search for small units.
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Iterator, Mapping
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from skpdesk.domain import curve
from skpdesk.domain.curve import (
    CURVE_RULES,
    Direction,
    Largest,
    Role,
    Rounding,
    RuleKind,
    Verdict,
    evaluate,
    expected_pattern,
    lower_limit,
    parse_counts,
    parse_organisasi,
    upper_limit,
)
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.predikat import Predikat, PredikatOrganisasi

SB, B, BP, KM, SK = Predikat
IST, BAIK, BUTUH, KURANG, SKURANG = PredikatOrganisasi
REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "data" / "reference"


def counts(sb: int = 0, b: int = 0, bp: int = 0, k: int = 0, sk: int = 0) -> dict[Predikat, int]:
    return {SB: sb, B: b, BP: bp, KM: k, SK: sk}


# --- an independent reading of the R-CURVE table -------------------------------------------------


def oracle_fits(
    org: PredikatOrganisasi, c: Mapping[Predikat, int], rounding: Rounding, largest: Largest
) -> bool:
    n = sum(c.values())
    assert n > 0

    def total(*ps: Predikat) -> int:
        return sum(c[p] for p in ps)

    def at_most(share: Fraction, *ps: Predikat) -> bool:
        if rounding is Rounding.EXACT:
            return Fraction(total(*ps), n) <= share
        return total(*ps) <= max(1, math.floor(share * n))

    def at_least(share: Fraction, *ps: Predikat) -> bool:
        return Fraction(total(*ps), n) >= share

    def biggest(x: Predikat) -> bool:
        others = max(c[p] for p in Predikat if p is not x)
        if largest is Largest.MAJORITY:
            return 2 * c[x] > n
        return c[x] > others if largest is Largest.PLURALITY else c[x] >= others

    seventy, sixty, ten = Fraction(7, 10), Fraction(6, 10), Fraction(1, 10)
    if org is IST:
        return biggest(SB) and at_most(seventy, SB)
    if org is BAIK:
        return biggest(B) and at_most(seventy, B) and c[BP] + c[KM] >= 1
    if org is BUTUH:
        return at_least(sixty, BP) and at_most(ten, SB)
    if org is KURANG:
        return at_least(sixty, KM) and at_least(ten, BP) and at_most(ten, SB)
    return at_least(sixty, SK) and at_least(ten, KM, BP) and c[SB] == 0


def compositions(n: int) -> Iterator[dict[Predikat, int]]:
    for cut in itertools.combinations(range(n + 4), 4):
        parts = [b - a - 1 for a, b in itertools.pairwise((-1, *cut, n + 4))]
        yield dict(zip(Predikat, parts, strict=True))


def moves_between(a: Mapping[Predikat, int], b: Mapping[Predikat, int]) -> int:
    return sum(abs(a[p] - b[p]) for p in Predikat) // 2


count_maps = st.fixed_dictionaries({p: st.integers(0, 25) for p in Predikat})
orgs = st.sampled_from(PredikatOrganisasi)
roundings = st.sampled_from(Rounding)
largests = st.sampled_from(Largest)


# --- the constants ---------------------------------------------------------------------------------


def test_rule_ids_per_row() -> None:
    assert {org: [r.id for r in rules] for org, rules in CURVE_RULES.items()} == {
        IST: ["largest:sangat-baik", "max:sangat-baik"],
        BAIK: ["largest:baik", "max:baik", "at-least-one:butuh-perbaikan+kurang"],
        BUTUH: ["min:butuh-perbaikan", "max:sangat-baik"],
        KURANG: ["min:kurang", "min:butuh-perbaikan", "max:sangat-baik"],
        SKURANG: ["min:sangat-kurang", "min:kurang+butuh-perbaikan", "none:sangat-baik"],
    }


def test_shares_are_the_reference_constants() -> None:
    shares = {
        (org, r.id): r.share for org, rules in CURVE_RULES.items() for r in rules if r.share is not None
    }
    assert shares == {
        (IST, "max:sangat-baik"): Decimal("0.7"),
        (BAIK, "max:baik"): Decimal("0.7"),
        (BUTUH, "min:butuh-perbaikan"): Decimal("0.6"),
        (BUTUH, "max:sangat-baik"): Decimal("0.1"),
        (KURANG, "min:kurang"): Decimal("0.6"),
        (KURANG, "min:butuh-perbaikan"): Decimal("0.1"),
        (KURANG, "max:sangat-baik"): Decimal("0.1"),
        (SKURANG, "min:sangat-kurang"): Decimal("0.6"),
        (SKURANG, "min:kurang+butuh-perbaikan"): Decimal("0.1"),
    }


def test_rules_equal_the_shared_reference_json() -> None:
    path = REFERENCE / "distribution_rules.json"
    if not path.is_file():
        pytest.skip(f"reference file not found: {path}")
    data = json.loads(path.read_text(encoding="utf-8"))["rules"]
    names = {p.name: p for p in Predikat}
    for org, rules in CURVE_RULES.items():
        ref = data[org.name]
        by_kind: dict[RuleKind, dict[str, Decimal | None]] = {}
        for rule in rules:
            key = "+".join(p.name for p in rule.predikat)
            by_kind.setdefault(rule.kind, {})[key] = rule.share
        largest = by_kind.get(RuleKind.LARGEST, {})
        assert list(largest) == ([] if ref["largest"] is None else [ref["largest"]])
        assert by_kind.get(RuleKind.MAX_SHARE, {}) == {
            k: Decimal(str(v)) for k, v in ref["max_share"].items()
        }
        assert by_kind.get(RuleKind.MIN_SHARE, {}) == {
            k: Decimal(str(v)) for k, v in ref["min_share"].items()
        }
        at_least_one = [r.predikat for r in rules if r.kind is RuleKind.AT_LEAST_ONE]
        assert at_least_one == (
            [tuple(names[x] for x in ref["at_least_one_of"])] if ref["at_least_one_of"] else []
        )
        forbidden = [p for r in rules if r.kind is RuleKind.FORBIDDEN for p in r.predikat]
        assert forbidden == [names[x] for x in ref["forbidden"]]


@pytest.mark.parametrize(
    ("share", "n", "people", "exact"),
    [
        (Decimal("0.1"), 5, 1, 0),  # 10% of 5 is half a person: "people" still allows one
        (Decimal("0.1"), 10, 1, 1),
        (Decimal("0.1"), 25, 2, 2),
        (Decimal("0.7"), 1, 1, 0),
        (Decimal("0.7"), 9, 6, 6),
        (Decimal("0.7"), 10, 7, 7),
    ],
)
def test_upper_limit(share: Decimal, n: int, people: int, exact: int) -> None:
    assert upper_limit(share, n, Rounding.PEOPLE) == people
    assert upper_limit(share, n, Rounding.EXACT) == exact


@pytest.mark.parametrize(
    ("share", "n", "expected"), [("0.6", 5, 3), ("0.6", 7, 5), ("0.1", 3, 1), ("0.6", 10, 6)]
)
def test_lower_limit_is_ceil_for_both_roundings(share: str, n: int, expected: int) -> None:
    assert lower_limit(Decimal(share), n, Rounding.PEOPLE) == expected
    assert lower_limit(Decimal(share), n, Rounding.EXACT) == expected


def test_defaults_are_the_reference_design_choice() -> None:
    assert curve.DEFAULT_ROUNDING is Rounding.PEOPLE
    assert curve.DEFAULT_LARGEST is Largest.PLURALITY


# --- one example per row ---------------------------------------------------------------------------


def test_istimewa_fits() -> None:
    result = evaluate(IST, counts(sb=6, b=3, bp=1))
    assert result.verdict is Verdict.FITS and result.fits
    assert result.n == 10
    assert result.shares[SB] == Decimal("0.6")
    assert [c.passed for c in result.checks] == [True, True]
    assert result.suggestion == ()
    assert result.nearest == result.counts and result.moves == 0


def test_istimewa_too_many_sangat_baik() -> None:
    result = evaluate(IST, counts(sb=9, b=1))
    assert result.verdict is Verdict.DOES_NOT_FIT
    assert [c.id for c in result.failed] == ["max:sangat-baik"]
    (change,) = result.suggestion
    assert (change.direction, change.amount, change.target, change.current) == (Direction.FEWER, 2, 7, 9)
    assert result.moves == 2 and result.nearest is not None and result.nearest[SB] == 7


def test_istimewa_sangat_baik_not_the_largest_group() -> None:
    result = evaluate(IST, counts(sb=3, b=5, bp=1))
    (check, _) = result.checks
    assert not check.passed and check.limit == 6  # more than the 5 Baik
    assert check.change is not None
    assert (check.change.amount, check.change.target, check.change.taken_from) == (2, 5, ((B, 2),))
    assert result.moves == 2


def test_baik_needs_butuh_perbaikan_or_kurang_and_at_most_70_percent() -> None:
    result = evaluate(BAIK, counts(sb=2, b=8))
    assert [c.id for c in result.failed] == ["max:baik", "at-least-one:butuh-perbaikan+kurang"]
    fewer, more = result.suggestion
    assert (fewer.direction, fewer.amount, fewer.target) == (Direction.FEWER, 1, 7)
    assert (more.direction, more.amount, more.target, more.predikat) == (Direction.MORE, 1, 1, (BP, KM))
    # one Baik re-rated as Butuh Perbaikan satisfies both
    assert result.moves == 1
    assert result.nearest == counts(sb=2, b=7, bp=1)
    assert evaluate(BAIK, counts(sb=2, b=7, k=1)).fits


def test_butuh_perbaikan_row() -> None:
    assert evaluate(BUTUH, counts(sb=1, b=3, bp=6)).fits
    result = evaluate(BUTUH, counts(sb=2, b=3, bp=5))
    assert [(s.rule_id, s.direction, s.amount) for s in result.suggestion] == [
        ("min:butuh-perbaikan", Direction.MORE, 1),
        ("max:sangat-baik", Direction.FEWER, 1),
    ]
    assert result.moves == 1 and result.nearest == counts(sb=1, b=3, bp=6)


def test_kurang_row() -> None:
    assert evaluate(KURANG, counts(b=3, bp=1, k=6)).fits
    result = evaluate(KURANG, counts(b=4, k=6))
    assert [c.id for c in result.failed] == ["min:butuh-perbaikan"]
    assert result.nearest == counts(b=3, bp=1, k=6)


def test_sangat_kurang_row_forbids_any_sangat_baik_even_in_people_rounding() -> None:
    assert evaluate(SKURANG, counts(b=3, k=1, sk=6)).fits
    result = evaluate(SKURANG, counts(sb=1, b=2, k=1, sk=6))
    assert [c.id for c in result.failed] == ["none:sangat-baik"]
    (change,) = result.suggestion
    assert (change.direction, change.amount, change.target) == (Direction.FEWER, 1, 0)
    group = evaluate(SKURANG, counts(b=3, sk=7))
    assert [c.id for c in group.failed] == ["min:kurang+butuh-perbaikan"]
    assert group.suggestion[0].predikat == (KM, BP) and group.suggestion[0].amount == 1


# --- small units, rounding and the reading of "sebagian besar" ---------------------------------------


def test_one_sangat_baik_of_one_fits_istimewa_only_with_people_rounding() -> None:
    assert evaluate(IST, counts(sb=1)).fits
    exact = evaluate(IST, counts(sb=1), rounding=Rounding.EXACT)
    assert not exact.fits and not exact.feasible  # 70% of one person is nobody, yet SB must lead
    assert exact.nearest is None and exact.moves is None


def test_ten_percent_in_a_small_unit() -> None:
    # n = 3: 10% is 0.3 people; "people" allows 1 Sangat Baik, "exact" none
    three = counts(sb=1, bp=2)
    assert evaluate(BUTUH, three).fits
    exact = evaluate(BUTUH, three, rounding=Rounding.EXACT)
    assert [c.id for c in exact.failed] == ["max:sangat-baik"]
    assert exact.suggestion[0].target == 0


@pytest.mark.parametrize(
    ("org", "n"),
    [(KURANG, 1), (KURANG, 2), (SKURANG, 1), (SKURANG, 2), (BAIK, 1), (BAIK, 2), (IST, 2)],
)
def test_patterns_no_small_unit_can_meet(org: PredikatOrganisasi, n: int) -> None:
    result = evaluate(org, counts(b=n))
    assert result.verdict is Verdict.DOES_NOT_FIT
    assert not result.feasible and result.nearest is None
    assert result.suggestion  # still says what each rule wants


def test_kurang_with_three_people_is_possible() -> None:
    result = evaluate(KURANG, counts(b=3))
    assert result.feasible and result.nearest == counts(bp=1, k=2) and result.moves == 3


def test_a_tie_is_not_the_largest_group_unless_the_instansi_says_so() -> None:
    tie = counts(b=1, bp=1)
    assert not evaluate(BAIK, tie).fits
    assert evaluate(BAIK, tie, largest=Largest.PLURALITY_OR_TIE).fits


def test_majority_reading() -> None:
    spread = counts(sb=4, b=3, bp=3)
    assert evaluate(IST, spread).fits
    result = evaluate(IST, spread, largest=Largest.MAJORITY)
    assert not result.fits
    (change,) = result.suggestion
    assert (change.target, change.amount) == (6, 2)
    assert result.moves == 2


def test_no_data() -> None:
    result = evaluate(BAIK, {})
    assert result.verdict is Verdict.NO_DATA and not result.fits
    assert result.n == 0 and result.checks == () and result.suggestion == ()
    assert not result.feasible and result.nearest is None
    assert set(result.shares.values()) == {Decimal(0)}


def test_counts_may_use_values_and_leave_predikat_out() -> None:
    assert evaluate(BAIK, {"baik": 7, "sangat-baik": 2, "kurang": 1}).fits


@pytest.mark.parametrize("bad", [-1, 1.5, True, "3"])
def test_bad_counts_raise(bad: object) -> None:
    with pytest.raises(SkpError) as err:
        evaluate(BAIK, {B: bad})  # type: ignore[arg-type]
    assert err.value.code is Code.CURVE_COUNT_INVALID


def test_custom_rules_replace_the_reference() -> None:
    strict = {**CURVE_RULES, BAIK: (curve.CurveRule(RuleKind.MAX_SHARE, (B,), Decimal("0.5")),)}
    assert evaluate(BAIK, counts(b=7, sb=3)).fits is False  # reference: needs BP or K
    result = evaluate(BAIK, counts(b=5, sb=5), rules=strict)
    assert result.fits
    assert not evaluate(BAIK, counts(b=6, sb=4), rules=strict).fits


def test_overlapping_groups_are_refused() -> None:
    odd = {
        **CURVE_RULES,
        BAIK: (
            curve.CurveRule(RuleKind.MIN_SHARE, (B, BP), Decimal("0.5")),
            curve.CurveRule(RuleKind.MIN_SHARE, (BP, KM), Decimal("0.5")),
        ),
    }
    with pytest.raises(ValueError, match="overlapping"):
        evaluate(BAIK, counts(sb=10), rules=odd)
    with pytest.raises(ValueError, match="overlapping"):
        evaluate(BAIK, counts(b=5, bp=5), rules=odd)  # refused even when the counts fit


def test_a_rule_on_everybody_bounds_the_whole_unit() -> None:
    everybody = tuple(Predikat)
    odd = {**CURVE_RULES, BAIK: (curve.CurveRule(RuleKind.MAX_SHARE, everybody, Decimal("0.5")),)}
    result = evaluate(BAIK, counts(b=4), rules=odd, rounding=Rounding.EXACT)
    assert not result.fits and not result.feasible  # nobody can be re-rated out of everybody


def test_rule_validation() -> None:
    with pytest.raises(ValueError):
        curve.CurveRule(RuleKind.MAX_SHARE, (B,))
    with pytest.raises(ValueError):
        curve.CurveRule(RuleKind.LARGEST, (B, SB))
    with pytest.raises(ValueError):
        curve.CurveRule(RuleKind.MIN_SHARE, (B,), Decimal("1.5"))
    with pytest.raises(ValueError):
        curve.CurveRule(RuleKind.FORBIDDEN, ())


# --- properties ------------------------------------------------------------------------------------


@given(orgs, count_maps, roundings, largests)
def test_shares_verdict_and_checks_agree(
    org: PredikatOrganisasi, c: dict[Predikat, int], rounding: Rounding, largest: Largest
) -> None:
    result = evaluate(org, c, rounding=rounding, largest=largest)
    n = sum(c.values())
    assert result.n == n
    assert list(result.counts) == list(Predikat)
    if n == 0:
        assert result.verdict is Verdict.NO_DATA
        return
    assert abs(sum(result.shares.values(), Decimal(0)) - 1) < Decimal("1e-25")
    for p in Predikat:
        assert abs(Fraction(result.shares[p]) - Fraction(c[p], n)) < Fraction(1, 10**25)
    assert result.fits == all(ch.passed for ch in result.checks)
    assert result.fits == oracle_fits(org, c, rounding, largest)
    assert result.suggestion == tuple(ch.change for ch in result.checks if not ch.passed)
    assert all((ch.change is None) == ch.passed for ch in result.checks)
    assert len(result.checks) == len(CURVE_RULES[org])


@given(orgs, count_maps, roundings, largests, st.randoms(use_true_random=False))
def test_doing_what_a_suggestion_asks_makes_that_rule_pass(
    org: PredikatOrganisasi, c: dict[Predikat, int], rounding: Rounding, largest: Largest, rnd: object
) -> None:
    import random

    assert isinstance(rnd, random.Random)
    result = evaluate(org, c, rounding=rounding, largest=largest)
    for check in result.failed:
        change = check.change
        assert change is not None and change.amount >= 1
        for amount in (change.amount, change.amount - 1):
            work = dict(result.counts)
            if change.taken_from:
                moves = [p for p, k in change.taken_from for _ in range(k)][:amount]
                for p in moves:
                    work[p] -= 1
                    work[change.predikat[0]] += 1
            else:
                outside = [p for p in Predikat if p not in change.predikat]
                for _ in range(amount):
                    if change.direction is Direction.MORE:
                        source = rnd.choice([p for p in outside if work[p] > 0])
                        target = rnd.choice(change.predikat)
                    else:
                        source = rnd.choice([p for p in change.predikat if work[p] > 0])
                        target = rnd.choice(outside)
                    work[source] -= 1
                    work[target] += 1
            after = evaluate(org, work, rounding=rounding, largest=largest)
            passed = next(ch.passed for ch in after.checks if ch.id == check.id)
            assert passed == (amount == change.amount), (check.id, amount, work)


@given(orgs, count_maps, roundings, largests)
def test_nearest_fits_with_the_same_people(
    org: PredikatOrganisasi, c: dict[Predikat, int], rounding: Rounding, largest: Largest
) -> None:
    result = evaluate(org, c, rounding=rounding, largest=largest)
    if result.nearest is None:
        assert not result.feasible
        return
    assert sum(result.nearest.values()) == result.n
    assert min(result.nearest.values()) >= 0
    assert result.moves == moves_between(result.counts, result.nearest)
    assert evaluate(org, result.nearest, rounding=rounding, largest=largest).fits
    if result.fits:
        assert result.moves == 0


@settings(max_examples=60, deadline=None)
@given(orgs, st.integers(1, 7), roundings, largests, st.data())
def test_nearest_is_the_fewest_re_ratings(
    org: PredikatOrganisasi, n: int, rounding: Rounding, largest: Largest, data: st.DataObject
) -> None:
    every = list(compositions(n))
    c = data.draw(st.sampled_from(every))
    fitting = [d for d in every if oracle_fits(org, d, rounding, largest)]
    result = evaluate(org, c, rounding=rounding, largest=largest)
    assert result.feasible == bool(fitting)
    if fitting:
        assert result.moves == min(moves_between(c, d) for d in fitting)


def test_nearest_is_quick_for_a_large_unit() -> None:
    result = evaluate(IST, counts(sb=100, b=2500, bp=300, k=50, sk=50))
    assert result.nearest is not None and result.moves is not None
    assert evaluate(IST, result.nearest).fits
    assert result.moves == 1201  # SB must pass the Baik group: 1,201 of them change


# --- the expected pattern --------------------------------------------------------------------------


def roles(org: PredikatOrganisasi) -> dict[Role, list[Predikat]]:
    out: dict[Role, list[Predikat]] = {}
    for band in expected_pattern(org).bands:
        out.setdefault(band.role, []).append(band.predikat)
    return out


def test_pattern_roles_follow_the_reference_columns() -> None:
    assert roles(IST) == {Role.MUST: [SB], Role.MAY: [B, BP, KM, SK]}
    assert roles(BAIK) == {Role.MAY: [SB, SK], Role.MUST: [B, BP, KM]}
    assert roles(BUTUH) == {Role.MUST: [SB, BP], Role.MAY: [B, KM, SK]}
    assert roles(KURANG) == {Role.MUST: [SB, BP, KM], Role.MAY: [B, SK]}
    assert roles(SKURANG) == {Role.MUST_NOT: [SB], Role.MAY: [B], Role.MUST: [BP, KM, SK]}


def test_pattern_ranges_and_limits() -> None:
    pattern = expected_pattern(KURANG, 10)
    bands = {b.predikat: b for b in pattern.bands}
    assert (bands[KM].min_share, bands[KM].max_share, bands[KM].min_count) == (Decimal("0.6"), Decimal(1), 6)
    assert (bands[BP].min_share, bands[BP].min_count) == (Decimal("0.1"), 1)
    assert (bands[SB].max_share, bands[SB].max_count) == (Decimal("0.1"), 1)
    assert (bands[B].min_share, bands[B].max_share, bands[B].max_count) == (Decimal(0), Decimal(1), 10)
    ist = {b.predikat: b for b in expected_pattern(IST, 1, rounding=Rounding.EXACT).bands}
    assert ist[SB].largest and ist[SB].max_count == 0
    assert expected_pattern(IST).bands[0].min_count is None
    sk = expected_pattern(SKURANG, 20)
    assert sk.bands[0].max_share == 0 and sk.bands[0].max_count == 0
    assert [r.id for r in sk.group_rules] == ["min:kurang+butuh-perbaikan"]
    majority = expected_pattern(BAIK, 9, largest=Largest.MAJORITY)
    assert majority.bands[1].min_share == Decimal("0.5") and majority.bands[1].min_count == 5


@given(orgs, st.integers(1, 60), roundings)
def test_a_distribution_at_the_pattern_limits_of_one_predikat_passes_its_own_rules(
    org: PredikatOrganisasi, n: int, rounding: Rounding
) -> None:
    pattern = expected_pattern(org, n, rounding=rounding)
    for band in pattern.bands:
        assert band.min_count is not None and band.max_count is not None
        assert band.min_count >= 0
        assert band.max_count <= n
        assert Fraction(band.max_count, n) <= band.max_share or (
            rounding is Rounding.PEOPLE and band.max_count == 1
        )
        assert Fraction(band.min_count, n) >= band.min_share


# --- typed counts ----------------------------------------------------------------------------------


def test_parse_counts_forms() -> None:
    assert parse_counts("SB=2,B=10,BP=1,K=0,SK=0") == counts(sb=2, b=10, bp=1)
    assert parse_counts(" sb = 2 ; b:10 ,") == counts(sb=2, b=10)
    assert parse_counts("sangat-baik=1, Kurang/Misconduct=2, Cukup=3, sangat kurang=4") == counts(
        sb=1, k=2, bp=3, sk=4
    )


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", Code.CURVE_NO_COUNTS),
        ("SB=0,B=0", Code.CURVE_NO_COUNTS),
        ("SB=2,B", Code.CURVE_COUNTS_FORMAT),
        ("SB 2", Code.CURVE_COUNTS_FORMAT),
        ("XX=2", Code.CURVE_COUNT_KEY),
        ("SB=2,sangat-baik=1", Code.CURVE_COUNT_DUPLICATE),
        ("SB=-1", Code.CURVE_COUNT_INVALID),
        ("SB=two", Code.CURVE_COUNT_INVALID),
        ("SB=1.5", Code.CURVE_COUNT_INVALID),
        ("SB=", Code.CURVE_COUNT_INVALID),
    ],
)
def test_parse_counts_refuses(text: str, code: Code) -> None:
    with pytest.raises(SkpError) as err:
        parse_counts(text)
    assert err.value.code is code


def test_parse_organisasi() -> None:
    assert parse_organisasi("Istimewa") is IST
    assert parse_organisasi("cukup") is BUTUH
    with pytest.raises(SkpError) as err:
        parse_organisasi("luar biasa")
    assert err.value.code is Code.CALC_ORG_PREDIKAT and err.value.params == {"value": "luar biasa"}
