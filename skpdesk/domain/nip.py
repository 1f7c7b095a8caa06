"""NIP PNS and NI PPPK: reading, checking, formatting and making identifiers.

SKP-REFERENCE R-NIP. Both identifiers have 18 digits; they are stored without spaces.

NIP PNS (Perka BKN 22/2007) [V] S18:

    digits  1-8   birth date YYYYMMDD         a valid calendar date
    digits  9-14  TMT CPNS YYYYMM             month 01-12; year >= birth year + 18 [U heuristic]
    digit  15     gender                      1 = laki-laki, 2 = perempuan
    digits 16-18  sequence                    001-999

NI PPPK [P] S18: digits 1-8 birth date; 9-12 year of the first PPPK appointment; 13-14 a code
("jumlah perjanjian kerja", observed 21 and 24) that is **not a month**; 15 gender; 16-18 sequence.

Every problem is an ``SkpError`` whose params carry ``severity`` ("error" or "warning"): warnings
(the [U] age heuristic) are shown but never block.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Final

from skpdesk.domain.errors import Code, SkpError


class EmployeeStatus(StrEnum):
    """Kind of ASN; decides how digits 13-14 are read (SKP-REFERENCE R-NIP)."""

    PNS = "pns"
    PPPK = "pppk"


class Gender(StrEnum):
    """Jenis kelamin as coded in digit 15."""

    LAKI_LAKI = "L"
    PEREMPUAN = "P"


class Severity(StrEnum):
    """How much a NIP problem matters: errors block, warnings are only shown."""

    ERROR = "error"
    WARNING = "warning"


# SKP-REFERENCE R-NIP [V]: 18 digits for NIP PNS and NI PPPK alike.
NIP_DIGITS: Final = 18
# SKP-REFERENCE R-NIP [V]: display groups "19680411 199303 1 009".
NIP_GROUPS: Final[tuple[int, ...]] = (8, 6, 1, 3)
# SKP-REFERENCE R-NIP [V]: digit 15.
GENDER_BY_DIGIT: Final[Mapping[str, Gender]] = {"1": Gender.LAKI_LAKI, "2": Gender.PEREMPUAN}
DIGIT_BY_GENDER: Final[Mapping[Gender, str]] = {g: d for d, g in GENDER_BY_DIGIT.items()}
# SKP-REFERENCE R-NIP [U heuristic]: TMT CPNS year >= birth year + 18. A warning, never blocking;
# callers may pass another ``min_age``.
MIN_AGE_AT_APPOINTMENT: Final = 18
# Sanity bounds (design choice, not regulation): nobody in service was born before 1900 or
# appointed before 1950. Values outside them are typing errors.
EARLIEST_BIRTH_YEAR: Final = 1900
EARLIEST_APPOINTMENT_YEAR: Final = 1950
# A TMT may be set a little ahead of the day the NIP is typed in; more than a year ahead is a typo.
MAX_APPOINTMENT_YEARS_AHEAD: Final = 1

_ASCII_DIGITS: Final = frozenset("0123456789")
_SEPARATORS: Final = frozenset(".-")


@dataclass(frozen=True)
class ParsedNip:
    """The fields of a valid NIP PNS or NI PPPK."""

    digits: str
    status: EmployeeStatus
    birth_date: date
    appointment_year: int
    """TMT CPNS year (PNS) or year of the first PPPK appointment (PPPK)."""
    appointment_month: int | None
    """TMT CPNS month (PNS only)."""
    pppk_code: str | None
    """Digits 13-14 of an NI PPPK (PPPK only); not a month."""
    gender: Gender
    sequence: int

    @property
    def formatted(self) -> str:
        """Display form, e.g. "19680411 199303 1 009"."""
        return format_nip(self.digits)

    @property
    def tmt_cpns(self) -> date | None:
        """First day of the TMT CPNS month (PNS only)."""
        if self.appointment_month is None:
            return None
        return date(self.appointment_year, self.appointment_month, 1)


def normalize_nip(text: str) -> str:
    """Drop whitespace, dots and hyphens; keep every other character so it can be reported."""
    return "".join(c for c in text if not c.isspace() and c not in _SEPARATORS)


def _is_digits(text: str) -> bool:
    return bool(text) and all(c in _ASCII_DIGITS for c in text)


def _problem(code: Code, severity: Severity = Severity.ERROR, /, **params: object) -> SkpError:
    return SkpError(code, severity=severity, **params)


def is_blocking(problem: SkpError) -> bool:
    """True when the problem is an error (not a warning)."""
    severity: object = problem.params.get("severity", Severity.ERROR)
    return severity != Severity.WARNING


def nip_problems(
    text: str,
    status: EmployeeStatus = EmployeeStatus.PNS,
    *,
    min_age: int = MIN_AGE_AT_APPOINTMENT,
    today: date | None = None,
) -> list[SkpError]:
    """Every problem with ``text`` as an identifier of a ``status`` employee; empty when valid.

    Positions in params are 1-based, as the reference numbers digits. Field checks run only when
    there are 18 characters, and each field only when its characters are all digits. ``today``
    (optional) adds the checks that need a clock: no birth date in the future, no appointment year
    more than a year ahead.
    """
    digits = normalize_nip(text)
    if not digits:
        return [_problem(Code.NIP_EMPTY)]

    problems: list[SkpError] = []
    bad = [(i + 1, c) for i, c in enumerate(digits) if c not in _ASCII_DIGITS]
    if bad:
        problems.append(
            _problem(
                Code.NIP_NOT_DIGITS,
                positions=tuple(p for p, _ in bad),
                characters=tuple(c for _, c in bad),
            )
        )
    if len(digits) != NIP_DIGITS:
        problems.append(_problem(Code.NIP_LENGTH, length=len(digits), expected=NIP_DIGITS))
        return problems  # the fields cannot be located

    birth, year, month, gender, sequence = (
        digits[0:8],
        digits[8:12],
        digits[12:14],
        digits[14],
        digits[15:18],
    )
    problems += _birth_problems(birth, today)
    if _is_digits(year):
        birth_year = int(birth[0:4]) if _is_digits(birth[0:4]) else None
        problems += _appointment_year_problems(int(year), birth_year, status, min_age, today)
    if status is EmployeeStatus.PNS and _is_digits(month) and not 1 <= int(month) <= 12:
        # SKP-REFERENCE R-NIP [V]: TMT month 01-12 (PNS only; for PPPK these digits are a code).
        problems.append(_problem(Code.NIP_TMT_MONTH, value=month, positions=(13, 14), minimum=1, maximum=12))
    if gender in _ASCII_DIGITS and gender not in GENDER_BY_DIGIT:
        problems.append(_problem(Code.NIP_GENDER, value=gender, positions=(15,), allowed=("1", "2")))
    if _is_digits(sequence) and int(sequence) == 0:
        problems.append(
            _problem(Code.NIP_SEQUENCE, value=sequence, positions=(16, 18), minimum=1, maximum=999)
        )
    return problems


def _birth_problems(birth: str, today: date | None) -> list[SkpError]:
    if not _is_digits(birth):
        return []
    try:
        born = date(int(birth[0:4]), int(birth[4:6]), int(birth[6:8]))
    except ValueError:
        return [_problem(Code.NIP_BIRTH_DATE, value=birth, positions=(1, 8), reason="not-a-date")]
    if born.year < EARLIEST_BIRTH_YEAR:
        return [
            _problem(
                Code.NIP_BIRTH_DATE,
                value=birth,
                positions=(1, 8),
                reason="too-early",
                minimum_year=EARLIEST_BIRTH_YEAR,
            )
        ]
    if today is not None and born > today:
        return [_problem(Code.NIP_BIRTH_DATE, value=birth, positions=(1, 8), reason="future")]
    return []


def _appointment_year_problems(
    year: int,
    birth_year: int | None,
    status: EmployeeStatus,
    min_age: int,
    today: date | None,
) -> list[SkpError]:
    common: dict[str, object] = {"value": f"{year:04d}", "positions": (9, 12), "status": status}
    if year < EARLIEST_APPOINTMENT_YEAR:
        return [_problem(Code.NIP_TMT_YEAR, reason="too-early", minimum=EARLIEST_APPOINTMENT_YEAR, **common)]
    if today is not None and year > today.year + MAX_APPOINTMENT_YEARS_AHEAD:
        return [
            _problem(
                Code.NIP_TMT_YEAR,
                reason="future",
                maximum=today.year + MAX_APPOINTMENT_YEARS_AHEAD,
                **common,
            )
        ]
    if birth_year is None:
        return []
    if year < birth_year:
        return [_problem(Code.NIP_TMT_YEAR, reason="before-birth", birth_year=birth_year, **common)]
    if year < birth_year + min_age:
        # SKP-REFERENCE R-NIP [U heuristic]: warn only.
        return [
            _problem(
                Code.NIP_TMT_YEAR,
                Severity.WARNING,
                reason="under-age",
                birth_year=birth_year,
                min_age=min_age,
                age=year - birth_year,
                **common,
            )
        ]
    return []


def parse_nip(
    text: str,
    status: EmployeeStatus = EmployeeStatus.PNS,
    *,
    min_age: int = MIN_AGE_AT_APPOINTMENT,
    today: date | None = None,
) -> ParsedNip:
    """Read a NIP PNS / NI PPPK; raise the first blocking problem (warnings do not block)."""
    for problem in nip_problems(text, status, min_age=min_age, today=today):
        if is_blocking(problem):
            raise problem
    digits = normalize_nip(text)
    is_pns = status is EmployeeStatus.PNS
    return ParsedNip(
        digits=digits,
        status=status,
        birth_date=date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8])),
        appointment_year=int(digits[8:12]),
        appointment_month=int(digits[12:14]) if is_pns else None,
        pppk_code=None if is_pns else digits[12:14],
        gender=GENDER_BY_DIGIT[digits[14]],
        sequence=int(digits[15:18]),
    )


def format_nip(nip: str) -> str:
    """Group 18 digits 8-6-1-3 ("19680411 199303 1 009"); anything else is returned unchanged."""
    digits = normalize_nip(nip)
    if len(digits) != NIP_DIGITS or not _is_digits(digits):
        return nip
    parts: list[str] = []
    start = 0
    for size in NIP_GROUPS:
        parts.append(digits[start : start + size])
        start += size
    return " ".join(parts)


def make_nip(birth_date: date, tmt_year: int, tmt_month: int, gender: Gender, sequence: int) -> str:
    """Build a valid NIP PNS from its fields (for demo data); raise ``SkpError`` on a bad field."""
    if not 1 <= tmt_month <= 12:
        raise _problem(Code.NIP_TMT_MONTH, value=f"{tmt_month:02d}", minimum=1, maximum=12)
    return _make(
        birth_date,
        year=tmt_year,
        digits_13_14=f"{tmt_month:02d}",
        gender=gender,
        sequence=sequence,
        status=EmployeeStatus.PNS,
    )


def make_ni_pppk(birth_date: date, appointment_year: int, code: int, gender: Gender, sequence: int) -> str:
    """Build a valid NI PPPK from its fields (for demo data); raise ``SkpError`` on a bad field."""
    if not 0 <= code <= 99:
        raise _problem(Code.NIP_PPPK_CODE, value=code, minimum=0, maximum=99)
    return _make(
        birth_date,
        year=appointment_year,
        digits_13_14=f"{code:02d}",
        gender=gender,
        sequence=sequence,
        status=EmployeeStatus.PPPK,
    )


def _make(
    birth_date: date,
    *,
    year: int,
    digits_13_14: str,
    gender: Gender,
    sequence: int,
    status: EmployeeStatus,
) -> str:
    if not EARLIEST_APPOINTMENT_YEAR <= year <= 9999:
        raise _problem(
            Code.NIP_TMT_YEAR,
            value=str(year),
            reason="too-early" if year < EARLIEST_APPOINTMENT_YEAR else "too-late",
            minimum=EARLIEST_APPOINTMENT_YEAR,
            maximum=9999,
            status=status,
        )
    if not 1 <= sequence <= 999:
        raise _problem(Code.NIP_SEQUENCE, value=str(sequence), minimum=1, maximum=999)
    try:
        gender_digit = DIGIT_BY_GENDER[Gender(gender)]
    except ValueError:
        raise _problem(Code.NIP_GENDER, value=str(gender), allowed=tuple(Gender)) from None
    born = f"{birth_date.year:04d}{birth_date.month:02d}{birth_date.day:02d}"
    nip = f"{born}{year:04d}{digits_13_14}{gender_digit}{sequence:03d}"
    for problem in nip_problems(nip, status):
        if is_blocking(problem):
            raise problem
    return nip
