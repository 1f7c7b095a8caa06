"""Plan periods, evaluation periods, the regulation a plan year follows, months for angka kredit.

SKP-REFERENCE R-PERIOD, R-PERIODIC, R-LEGAL, R-AK (prorating).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Final

from skpdesk.domain.errors import Code, SkpError


class Regulation(StrEnum):
    """The Permen PANRB a plan follows (SKP-REFERENCE R-LEGAL)."""

    PERMEN_6_2022 = "permen-6-2022"
    PERMEN_8_2021 = "permen-8-2021"


# SKP-REFERENCE R-LEGAL [V] S4: Permen PANRB 6/2022 was ditetapkan 3 Feb 2022 and replaces 8/2021,
# so plans for 2022 and later follow 6/2022 (2022 plans included, although the year began under
# 8/2021). 8/2021 came into force 1 Jul 2021 [V] S1: 2021 plans follow 8/2021. Earlier years
# (PP 46/2011 era) are outside SKP Desk.
FIRST_YEAR_OF_PERMEN_6_2022: Final = 2022
FIRST_YEAR_OF_PERMEN_8_2021: Final = 2021


def regulation_for_year(year: int) -> Regulation:
    """The regulation a plan for ``year`` follows; years before 2021 are refused."""
    if year >= FIRST_YEAR_OF_PERMEN_6_2022:
        return Regulation.PERMEN_6_2022
    if year >= FIRST_YEAR_OF_PERMEN_8_2021:
        return Regulation.PERMEN_8_2021
    raise SkpError(
        Code.PERIOD_INVALID, reason="year-not-supported", year=year, minimum=FIRST_YEAR_OF_PERMEN_8_2021
    )


class EvaluationFrequency(StrEnum):
    """How often a plan is evaluated during the year."""

    TRIWULAN = "triwulan"  # SKP-REFERENCE R-PERIOD [V] S3: TW1-TW4 + AKHIR in the official example
    BULANAN = "bulanan"  # SKP-REFERENCE R-PERIOD [L]: instansi option
    SEMESTER = "semester"  # SKP-REFERENCE R-PERIOD [L]: instansi option


# SKP-REFERENCE R-PERIOD [V] S3; period length is instansi policy [L] R-PERIODIC.
DEFAULT_EVALUATION_FREQUENCY: Final = EvaluationFrequency.TRIWULAN

MONTH_NAMES: Final[tuple[str, ...]] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_ROMAN: Final[tuple[str, ...]] = ("I", "II", "III", "IV")


def _check_date(name: str, value: object) -> None:
    if isinstance(value, datetime) or not isinstance(value, date):
        raise SkpError(Code.PERIOD_INVALID, reason="not-a-date", field=name, value=str(value))


@dataclass(frozen=True)
class PlanPeriod:
    """The span a plan covers (SKP-REFERENCE R-PERIOD [V]).

    Normally the calendar year (1 Jan-31 Dec); shorter after a mid-year job change or for a new
    CPNS. Start and end are stored explicitly; both lie in the same calendar year.
    """

    start: date
    end: date

    def __post_init__(self) -> None:
        _check_date("start", self.start)
        _check_date("end", self.end)
        if self.start > self.end:
            raise SkpError(Code.PERIOD_INVALID, reason="start-after-end", start=self.start, end=self.end)
        if self.start.year != self.end.year:
            raise SkpError(Code.PERIOD_INVALID, reason="different-years", start=self.start, end=self.end)

    @classmethod
    def full_year(cls, year: int) -> PlanPeriod:
        """1 January to 31 December of ``year``."""
        return cls(date(year, 1, 1), date(year, 12, 31))

    @property
    def year(self) -> int:
        return self.start.year

    @property
    def is_full_year(self) -> bool:
        return self == PlanPeriod.full_year(self.year)

    @property
    def months(self) -> int:
        """Whole months covered, for angka kredit (see ``months_covered``)."""
        return months_covered(self.start, self.end)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and not isinstance(day, datetime) and self.start <= day <= self.end


@dataclass(frozen=True)
class EvaluationPeriod:
    """One evaluation (periodic or final) within a plan (SKP-REFERENCE R-PERIODIC)."""

    code: str
    """"TW1".."TW4", "BULAN-01".."BULAN-12", "SEMESTER-1", "SEMESTER-2" or "AKHIR"."""
    label: str
    """Indonesian label, e.g. "Triwulan I", "Januari", "Semester II", "Akhir"."""
    start: date
    end: date
    is_final: bool

    @property
    def months(self) -> int:
        """Whole months covered; the weight of this period's predikat for angka kredit (R-AK)."""
        return months_covered(self.start, self.end)


AKHIR_CODE: Final = "AKHIR"
AKHIR_LABEL: Final = "Akhir"


def _month_end(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


def _periodic(year: int, frequency: EvaluationFrequency) -> tuple[EvaluationPeriod, ...]:
    if frequency is EvaluationFrequency.TRIWULAN:
        return tuple(
            EvaluationPeriod(
                f"TW{q + 1}",
                f"Triwulan {_ROMAN[q]}",
                date(year, 3 * q + 1, 1),
                _month_end(year, 3 * q + 3),
                is_final=False,
            )
            for q in range(4)
        )
    if frequency is EvaluationFrequency.SEMESTER:
        return tuple(
            EvaluationPeriod(
                f"SEMESTER-{h + 1}",
                f"Semester {_ROMAN[h]}",
                date(year, 6 * h + 1, 1),
                _month_end(year, 6 * h + 6),
                is_final=False,
            )
            for h in range(2)
        )
    return tuple(
        EvaluationPeriod(
            f"BULAN-{m:02d}",
            MONTH_NAMES[m - 1],
            date(year, m, 1),
            _month_end(year, m),
            is_final=False,
        )
        for m in range(1, 13)
    )


def evaluation_periods_for(plan: PlanPeriod, frequency: EvaluationFrequency) -> tuple[EvaluationPeriod, ...]:
    """The evaluations of a plan: the periodic ones it overlaps (cut to the plan), then AKHIR.

    SKP-REFERENCE R-PERIODIC [V] S3 / [U]: AKHIR is a separate evaluation over the whole plan
    period; periodic predikat are evidence for it and are never averaged into it.
    """
    periodic = tuple(
        EvaluationPeriod(p.code, p.label, max(p.start, plan.start), min(p.end, plan.end), is_final=False)
        for p in _periodic(plan.year, frequency)
        if p.start <= plan.end and plan.start <= p.end
    )
    return (*periodic, EvaluationPeriod(AKHIR_CODE, AKHIR_LABEL, plan.start, plan.end, is_final=True))


def evaluation_periods(year: int, frequency: EvaluationFrequency) -> tuple[EvaluationPeriod, ...]:
    """The evaluations of a full-year plan, ending with AKHIR (1 Jan-31 Dec)."""
    return evaluation_periods_for(PlanPeriod.full_year(year), frequency)


def months_covered(start: date, end: date) -> int:
    """Number of calendar months lying entirely within ``start``..``end`` (inclusive).

    SKP-REFERENCE R-PERIOD [V] S10 says angka kredit months derive from the period's start and
    end; how a partial month counts is not stated [U]. Rule chosen here: a month counts only when
    the period covers it from its first to its last day. It never credits a month twice when a
    year is split between two plans (old plan ends 14 Jul, new starts 15 Jul: July counts for
    neither), so the months of disjoint periods never add up to more than 12 a year. TMT dates are
    normally the first of a month, and then nothing is lost.
    """
    _check_date("start", start)
    _check_date("end", end)
    if start > end:
        raise SkpError(Code.PERIOD_INVALID, reason="start-after-end", start=start, end=end)
    first = start.year * 12 + start.month - 1
    if start.day != 1:
        first += 1
    last = end.year * 12 + end.month - 1
    if end != _month_end(end.year, end.month):
        last -= 1
    return max(0, last - first + 1)
