"""SKP-REFERENCE R-PERIOD, R-PERIODIC, R-LEGAL (regulation per year), R-AK (months)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.periods import (
    DEFAULT_EVALUATION_FREQUENCY,
    EvaluationFrequency,
    PlanPeriod,
    Regulation,
    evaluation_periods,
    evaluation_periods_for,
    months_covered,
    regulation_for_year,
)


def test_regulation_for_year() -> None:
    assert regulation_for_year(2021) is Regulation.PERMEN_8_2021
    assert regulation_for_year(2022) is Regulation.PERMEN_6_2022  # ditetapkan 3 Feb 2022
    assert regulation_for_year(2030) is Regulation.PERMEN_6_2022
    with pytest.raises(SkpError) as caught:
        regulation_for_year(2020)
    assert caught.value.code is Code.PERIOD_INVALID


def test_plan_period() -> None:
    plan = PlanPeriod.full_year(2024)
    assert (plan.start, plan.end, plan.year) == (date(2024, 1, 1), date(2024, 12, 31), 2024)
    assert plan.is_full_year
    assert plan.months == 12
    assert date(2024, 2, 29) in plan
    assert date(2025, 1, 1) not in plan
    short = PlanPeriod(date(2024, 7, 1), date(2024, 12, 31))
    assert not short.is_full_year
    assert short.months == 6


@pytest.mark.parametrize(
    ("start", "end", "reason"),
    [
        (date(2024, 5, 1), date(2024, 4, 30), "start-after-end"),
        (date(2024, 7, 1), date(2025, 6, 30), "different-years"),
        (datetime(2024, 1, 1), date(2024, 12, 31), "not-a-date"),
    ],
)
def test_plan_period_invalid(start: date, end: date, reason: str) -> None:
    with pytest.raises(SkpError) as caught:
        PlanPeriod(start, end)
    assert caught.value.code is Code.PERIOD_INVALID
    assert caught.value.params["reason"] == reason


def test_one_day_plan_is_valid() -> None:
    assert PlanPeriod(date(2024, 3, 5), date(2024, 3, 5)).months == 0


def test_triwulan_is_the_default_and_matches_the_official_example() -> None:
    assert DEFAULT_EVALUATION_FREQUENCY is EvaluationFrequency.TRIWULAN
    periods = evaluation_periods(2024, EvaluationFrequency.TRIWULAN)
    assert [p.code for p in periods] == ["TW1", "TW2", "TW3", "TW4", "AKHIR"]
    assert [p.label for p in periods] == ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV", "Akhir"]
    assert [(p.start, p.end) for p in periods[:4]] == [
        (date(2024, 1, 1), date(2024, 3, 31)),
        (date(2024, 4, 1), date(2024, 6, 30)),
        (date(2024, 7, 1), date(2024, 9, 30)),
        (date(2024, 10, 1), date(2024, 12, 31)),
    ]
    assert [p.is_final for p in periods] == [False, False, False, False, True]
    assert (periods[-1].start, periods[-1].end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_bulanan_and_semester() -> None:
    monthly = evaluation_periods(2023, EvaluationFrequency.BULANAN)
    assert [p.code for p in monthly] == [f"BULAN-{m:02d}" for m in range(1, 13)] + ["AKHIR"]
    assert monthly[1].label == "Februari"
    assert monthly[1].end == date(2023, 2, 28)
    semester = evaluation_periods(2023, EvaluationFrequency.SEMESTER)
    assert [p.code for p in semester] == ["SEMESTER-1", "SEMESTER-2", "AKHIR"]
    assert [p.label for p in semester] == ["Semester I", "Semester II", "Akhir"]
    assert semester[0].end == date(2023, 6, 30)


@given(st.integers(2021, 2100), st.sampled_from(EvaluationFrequency))
def test_periodic_periods_tile_the_year(year: int, frequency: EvaluationFrequency) -> None:
    periods = evaluation_periods(year, frequency)
    *periodic, final = periods
    assert final.code == "AKHIR"
    assert final.is_final
    assert (final.start, final.end) == (date(year, 1, 1), date(year, 12, 31))
    assert periodic[0].start == date(year, 1, 1)
    assert periodic[-1].end == date(year, 12, 31)
    for before, after in pairwise(periodic):
        assert after.start == before.end + timedelta(days=1)
    assert sum(p.months for p in periodic) == 12
    assert len({p.code for p in periods}) == len(periods)


def test_short_plan_cuts_periods() -> None:
    plan = PlanPeriod(date(2024, 7, 15), date(2024, 12, 31))
    periods = evaluation_periods_for(plan, EvaluationFrequency.TRIWULAN)
    assert [p.code for p in periods] == ["TW3", "TW4", "AKHIR"]
    assert (periods[0].start, periods[0].end) == (date(2024, 7, 15), date(2024, 9, 30))
    assert (periods[-1].start, periods[-1].end) == (date(2024, 7, 15), date(2024, 12, 31))
    assert [p.months for p in periods] == [2, 3, 5]


@given(st.dates(min_value=date(2022, 1, 1), max_value=date(2030, 12, 31)), st.data())
def test_short_plan_periods_stay_inside_the_plan(start: date, data: st.DataObject) -> None:
    end = data.draw(st.dates(min_value=start, max_value=date(start.year, 12, 31)))
    plan = PlanPeriod(start, end)
    frequency = data.draw(st.sampled_from(EvaluationFrequency))
    *periodic, final = evaluation_periods_for(plan, frequency)
    assert periodic
    assert all(plan.start <= p.start <= p.end <= plan.end for p in periodic)
    assert (final.start, final.end, final.is_final) == (plan.start, plan.end, True)
    assert sum(p.months for p in periodic) == plan.months


@pytest.mark.parametrize(
    ("start", "end", "months"),
    [
        (date(2024, 1, 1), date(2024, 12, 31), 12),
        (date(2024, 1, 1), date(2024, 2, 29), 2),  # R-AK example: 2 months
        (date(2024, 1, 2), date(2024, 2, 29), 1),
        (date(2024, 1, 1), date(2024, 2, 28), 1),  # leap year: 28 Feb is not the end of February
        (date(2023, 1, 1), date(2023, 2, 28), 2),
        (date(2024, 7, 15), date(2024, 12, 31), 5),
        (date(2024, 1, 1), date(2024, 7, 14), 6),
        (date(2024, 3, 10), date(2024, 3, 20), 0),
        (date(2023, 11, 1), date(2024, 1, 31), 3),
    ],
)
def test_months_covered(start: date, end: date, months: int) -> None:
    assert months_covered(start, end) == months


def test_months_covered_refuses_reversed_span() -> None:
    with pytest.raises(SkpError) as caught:
        months_covered(date(2024, 2, 1), date(2024, 1, 1))
    assert caught.value.code is Code.PERIOD_INVALID


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)), st.data())
def test_split_year_never_counts_a_month_twice(day: date, data: st.DataObject) -> None:
    year_start, year_end = date(day.year, 1, 1), date(day.year, 12, 31)
    split = data.draw(st.dates(min_value=year_start, max_value=year_end - timedelta(days=1)))
    first = months_covered(year_start, split)
    second = months_covered(split + timedelta(days=1), year_end)
    assert first + second in {11, 12}
    assert (first + second == 12) == ((split + timedelta(days=1)).day == 1)


@given(st.dates(), st.dates())
def test_months_covered_bounds(a: date, b: date) -> None:
    start, end = min(a, b), max(a, b)
    months = months_covered(start, end)
    assert 0 <= months <= (end - start).days // 28 + 1
