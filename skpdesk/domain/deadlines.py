"""The dates of the SKP year: when drafting starts, when plans are due, when ratings are due.

SKP-REFERENCE R-DEADLINES (the dates), R-LIFECYCLE (who acts in which phase), R-PERIOD and
R-PERIODIC (evaluation periods; reused from ``domain.periods``, never redefined here).

Status tags are honoured as STYLE.md asks: [V] dates are hard-coded, [P] dates are named
constants, [U] dates are fields of ``DeadlineSettings`` (a workspace setting, see
``services.settings.SPECS``). Nothing here reads a clock: every function takes the dates it needs.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Final

from skpdesk.domain.periods import EvaluationFrequency, EvaluationPeriod, evaluation_periods


@dataclass(frozen=True)
class DeadlineSettings:
    """The [U] dates of R-DEADLINES that each instansi sets (defaults as in ``services.settings``)."""

    evaluation_days: int = 10
    """Periodic evaluation: days after a period ends (R-DEADLINES: day-of-month deadline [U])."""
    akhir_month: int = 2
    """Annual (AKHIR) evaluation: month of the next year (R-DEADLINES: no national date [U])."""
    akhir_day: int = 28
    """... and its day, clamped to the month's length (29 Feb only in leap years)."""
    keberatan_decision_days: int = 14
    """The atasan's keberatan decision: days after filing (R-DEADLINES: decision deadline [U])."""
    drafting_start_month: int = 10
    """Drafting starts in the previous budget year (R-DEADLINES [V] 8/2021, under 6/2022 [U]);
    the day is not given anywhere: by default 1 October, alongside the RKT and PK drafts."""
    drafting_start_day: int = 1


# SKP-REFERENCE R-DEADLINES [V] 8/2021 S1 p16, p58: if pegawai and penilai have not drafted by the
# 2nd week of January the pengelola kinerja drafts the plan (fallback draft). Reading used here:
# the first week of January is days 1-7 and the second week days 8-14, so the fallback date is
# 14 January and the pengelola's fallback drafting is due from 15 January. [P] (the regulation
# says "minggu kedua", not a day).
FALLBACK_DRAFT_DAY: Final = 14

# SKP-REFERENCE R-DEADLINES [P] PP 30/2019 Pasal 59 via S17: keberatan within 14 days of receiving
# the result (the day after receiving is day 1, so the last day is received + 14).
KEBERATAN_FILING_DAYS: Final = 14

# How near a due date must be to show as "soon" (a UI choice, not a rule of the regulation).
SOON_DAYS: Final = 7


def drafting_start(year: int, settings: DeadlineSettings = DeadlineSettings()) -> date:
    """The day drafting the plans of ``year`` starts: in the previous budget year.

    SKP-REFERENCE R-DEADLINES [V] 8/2021 S1 p16 (carried to 6/2022 [U]); the day is [U],
    ``settings.drafting_start_month``/``drafting_start_day`` of ``year - 1`` (default 1 October).
    """
    return _clamped(year - 1, settings.drafting_start_month, settings.drafting_start_day)


def fallback_draft_date(year: int) -> date:
    """The last day of the 2nd week of January: after it the pengelola kinerja drafts the plans
    nobody has drafted (SKP-REFERENCE R-DEADLINES [V] 8/2021 S1 p16, p58; see FALLBACK_DRAFT_DAY)."""
    return date(year, 1, FALLBACK_DRAFT_DAY)


def penetapan_deadline(year: int) -> date:
    """The plans of ``year`` are ditetapkan at the latest at the end of January of that year.

    SKP-REFERENCE R-DEADLINES [V] 8/2021 S1 p58; under 6/2022 [P] S25.
    """
    return date(year, 1, 31)


def evaluation_deadline(period: EvaluationPeriod, settings: DeadlineSettings = DeadlineSettings()) -> date:
    """When the penilai's rating of ``period`` is due.

    A periodic period (R-PERIODIC): its end plus ``settings.evaluation_days`` (R-DEADLINES: the
    day-of-month deadline is [U]). The AKHIR period: ``akhir_deadline`` of the period's year.
    """
    if period.is_final:
        return akhir_deadline(period.end.year, settings)
    return period.end + timedelta(days=settings.evaluation_days)


def akhir_deadline(year: int, settings: DeadlineSettings = DeadlineSettings()) -> date:
    """The annual (AKHIR) evaluation of ``year`` is due on ``akhir_month``/``akhir_day`` of the next
    year, the day clamped to the month's length (SKP-REFERENCE R-DEADLINES: no national date [U];
    e.g. Kemenag's 29 Feb 2024 for SKP 2023 [L] S39)."""
    return _clamped(year + 1, settings.akhir_month, settings.akhir_day)


def keberatan_filing_end(received: date) -> date:
    """The last day a pegawai may file a keberatan on a result received on ``received``.

    SKP-REFERENCE R-DEADLINES [P] PP 30/2019 Pasal 59 via S17: within 14 days of receiving it.
    """
    return received + timedelta(days=KEBERATAN_FILING_DAYS)


def keberatan_decision_deadline(filed: date, settings: DeadlineSettings = DeadlineSettings()) -> date:
    """When the atasan pejabat penilai decides a keberatan filed on ``filed``.

    SKP-REFERENCE R-DEADLINES: the decision deadline under 6/2022 is [U] (R-GAPS 4).
    """
    return filed + timedelta(days=settings.keberatan_decision_days)


def ended_periods(year: int, frequency: EvaluationFrequency, today: date) -> tuple[EvaluationPeriod, ...]:
    """The evaluation periods of a full-year plan for ``year`` that ended before ``today``
    (R-PERIODIC; the periods themselves come from ``domain.periods``). AKHIR counts as ended once
    the year is over."""
    return tuple(p for p in evaluation_periods(year, frequency) if p.end < today)


@dataclass(frozen=True)
class YearDate:
    """One date of the SKP year, for a calendar of what comes next."""

    key: str
    """"drafting-start", "fallback-draft", "penetapan", "evaluation" or "akhir"."""
    due: date
    configurable: bool
    """A [U] date the instansi sets in Settings → Deadlines."""
    rule: str = "R-DEADLINES"
    period: EvaluationPeriod | None = None


def year_dates(
    year: int, frequency: EvaluationFrequency, settings: DeadlineSettings = DeadlineSettings()
) -> tuple[YearDate, ...]:
    """The R-DEADLINES dates that fall in or belong to plan year ``year``, in date order:
    fallback draft, penetapan, each periodic evaluation's deadline, the AKHIR deadline (next
    year), and the drafting start of the following year's plans."""
    dates = [
        YearDate("fallback-draft", fallback_draft_date(year), configurable=False),
        YearDate("penetapan", penetapan_deadline(year), configurable=False),
        *(
            YearDate(
                "akhir" if p.is_final else "evaluation",
                evaluation_deadline(p, settings),
                configurable=True,
                period=p,
            )
            for p in evaluation_periods(year, frequency)
        ),
        YearDate("drafting-start", drafting_start(year + 1, settings), configurable=True),
    ]
    return tuple(sorted(dates, key=lambda d: d.due))


class Urgency(StrEnum):
    """How pressing a due date is today (most pressing first)."""

    OVERDUE = "overdue"
    TODAY = "today"
    SOON = "soon"  # within SOON_DAYS
    LATER = "later"


URGENCY_ORDER: Final = {u: n for n, u in enumerate(Urgency)}


def urgency(due: date | None, today: date) -> Urgency:
    """Overdue (``due`` passed), today, soon (within ``SOON_DAYS``) or later (also: no due date)."""
    if due is None:
        return Urgency.LATER
    days = (due - today).days
    if days < 0:
        return Urgency.OVERDUE
    if days == 0:
        return Urgency.TODAY
    if days <= SOON_DAYS:
        return Urgency.SOON
    return Urgency.LATER


def _clamped(year: int, month: int, day: int) -> date:
    """``day`` of ``month`` in ``year``, the day clamped to the month's length (31 → 30 or 28/29)."""
    return date(year, month, min(max(day, 1), calendar.monthrange(year, month)[1]))
