"""SKP-REFERENCE R-DEADLINES: the dates of the SKP year, and how pressing a due date is."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skpdesk.domain.deadlines import (
    FALLBACK_DRAFT_DAY,
    KEBERATAN_FILING_DAYS,
    SOON_DAYS,
    DeadlineSettings,
    Urgency,
    akhir_deadline,
    drafting_start,
    ended_periods,
    evaluation_deadline,
    fallback_draft_date,
    keberatan_decision_deadline,
    keberatan_filing_end,
    penetapan_deadline,
    urgency,
    year_dates,
)
from skpdesk.domain.periods import EvaluationFrequency, evaluation_periods


@pytest.mark.parametrize("year", [2023, 2024, 2025, 2026, 2028, 2100])
def test_plan_dates_of_a_year(year: int) -> None:
    assert drafting_start(year) == date(year - 1, 10, 1)  # previous budget year [U]
    assert fallback_draft_date(year) == date(year, 1, 14)  # last day of the 2nd week of January
    assert penetapan_deadline(year) == date(year, 1, 31)  # end of January [V]
    assert drafting_start(year) < fallback_draft_date(year) < penetapan_deadline(year)
    assert FALLBACK_DRAFT_DAY == 14


def test_drafting_start_is_configurable_and_clamped() -> None:
    settings = DeadlineSettings(drafting_start_month=11, drafting_start_day=31)
    assert drafting_start(2026, settings) == date(2025, 11, 30)  # November has 30 days


def test_periodic_evaluation_deadline_is_period_end_plus_days() -> None:
    tw = evaluation_periods(2026, EvaluationFrequency.TRIWULAN)
    assert [evaluation_deadline(p) for p in tw[:4]] == [
        date(2026, 4, 10),
        date(2026, 7, 10),
        date(2026, 10, 10),
        date(2027, 1, 10),  # TW4 crosses into the next year
    ]
    five = DeadlineSettings(evaluation_days=5)
    assert evaluation_deadline(tw[0], five) == date(2026, 4, 5)
    months = evaluation_periods(2024, EvaluationFrequency.BULANAN)
    assert evaluation_deadline(months[1]) == date(2024, 3, 10)  # 29 Feb 2024 + 10 days
    assert evaluation_deadline(months[1], DeadlineSettings(evaluation_days=1)) == date(2024, 3, 1)
    semester = evaluation_periods(2025, EvaluationFrequency.SEMESTER)
    assert evaluation_deadline(semester[0]) == date(2025, 7, 10)


@pytest.mark.parametrize(
    ("year", "settings", "expected"),
    [
        (2025, DeadlineSettings(), date(2026, 2, 28)),
        (2023, DeadlineSettings(akhir_day=29), date(2024, 2, 29)),  # Kemenag's 29 Feb 2024 [L] S39
        (2024, DeadlineSettings(akhir_day=29), date(2025, 2, 28)),  # clamped: 2025 is no leap year
        (2027, DeadlineSettings(akhir_day=31), date(2028, 2, 29)),  # clamped to the leap day
        (2099, DeadlineSettings(akhir_day=29), date(2100, 2, 28)),  # 2100 is no leap year
        (2026, DeadlineSettings(akhir_month=4, akhir_day=31), date(2027, 4, 30)),
        (2026, DeadlineSettings(akhir_month=1, akhir_day=15), date(2027, 1, 15)),
        (2026, DeadlineSettings(akhir_month=12, akhir_day=31), date(2027, 12, 31)),
    ],
)
def test_akhir_deadline(year: int, settings: DeadlineSettings, expected: date) -> None:
    assert akhir_deadline(year, settings) == expected
    akhir = evaluation_periods(year, EvaluationFrequency.TRIWULAN)[-1]
    assert akhir.is_final and evaluation_deadline(akhir, settings) == expected


def test_keberatan_window_and_decision() -> None:
    assert KEBERATAN_FILING_DAYS == 14
    assert keberatan_filing_end(date(2026, 1, 20)) == date(2026, 2, 3)
    assert keberatan_filing_end(date(2024, 2, 20)) == date(2024, 3, 5)  # through 29 Feb
    assert keberatan_filing_end(date(2026, 12, 25)) == date(2027, 1, 8)
    assert keberatan_decision_deadline(date(2026, 2, 1)) == date(2026, 2, 15)
    assert keberatan_decision_deadline(date(2026, 2, 1), DeadlineSettings(keberatan_decision_days=30)) == (
        date(2026, 3, 3)
    )


def test_ended_periods() -> None:
    tw = EvaluationFrequency.TRIWULAN
    assert ended_periods(2026, tw, date(2026, 3, 31)) == ()
    assert [p.code for p in ended_periods(2026, tw, date(2026, 4, 1))] == ["TW1"]
    assert [p.code for p in ended_periods(2026, tw, date(2026, 12, 31))] == ["TW1", "TW2", "TW3"]
    assert [p.code for p in ended_periods(2026, tw, date(2027, 1, 1))] == [
        "TW1",
        "TW2",
        "TW3",
        "TW4",
        "AKHIR",
    ]
    assert len(ended_periods(2026, EvaluationFrequency.BULANAN, date(2026, 7, 1))) == 6


def test_year_dates_are_in_order_and_flag_the_configurable_ones() -> None:
    dates = year_dates(2026, EvaluationFrequency.TRIWULAN)
    assert [d.due for d in dates] == sorted(d.due for d in dates)
    keys = [d.key for d in dates]
    assert keys == [
        "fallback-draft",
        "penetapan",
        "evaluation",
        "evaluation",
        "drafting-start",  # 1 October: next year's plans, before TW3's deadline on 10 October
        "evaluation",
        "evaluation",
        "akhir",
    ]
    assert {d.key for d in dates if d.configurable} == {"evaluation", "akhir", "drafting-start"}
    assert dates[-1].due == date(2027, 2, 28)
    assert all(d.rule == "R-DEADLINES" for d in dates)


@pytest.mark.parametrize(
    ("offset", "expected"),
    [
        (-400, Urgency.OVERDUE),
        (-1, Urgency.OVERDUE),
        (0, Urgency.TODAY),
        (1, Urgency.SOON),
        (SOON_DAYS, Urgency.SOON),
        (SOON_DAYS + 1, Urgency.LATER),
        (365, Urgency.LATER),
    ],
)
def test_urgency_boundaries(offset: int, expected: Urgency) -> None:
    today = date(2024, 2, 28)
    assert urgency(today + timedelta(days=offset), today) is expected


def test_no_due_date_is_never_urgent() -> None:
    assert urgency(None, date(2026, 1, 1)) is Urgency.LATER


@given(st.dates(min_value=date(2001, 1, 1), max_value=date(2199, 12, 31)), st.integers(-30, 30))
def test_urgency_is_monotonic(today: date, offset: int) -> None:
    order = list(Urgency)
    here = urgency(today + timedelta(days=offset), today)
    later = urgency(today + timedelta(days=offset + 1), today)
    assert order.index(here) <= order.index(later)


@given(st.integers(2001, 2199), st.integers(1, 12), st.integers(1, 31))
def test_akhir_deadline_is_always_a_real_day_of_the_chosen_month(year: int, month: int, day: int) -> None:
    due = akhir_deadline(year, DeadlineSettings(akhir_month=month, akhir_day=day))
    assert (due.year, due.month) == (year + 1, month)
    assert due.day == day or (due + timedelta(days=1)).month != month  # kept, or the last day
