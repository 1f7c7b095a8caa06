"""Pemantauan as pure rules: the evaluation periods of a plan with their deadlines and lock dates,
which periode a realisasi may be written into, and reading the e-Kinerja daily-progress sheet
(its columns, dates and texts) for the importer.

SKP-REFERENCE R-PERIOD and R-PERIODIC (the periods; from ``domain.periods``, never redefined),
R-DEADLINES (when each period's evaluation is due), R-LIFECYCLE phase 2 (pendokumentasian kinerja:
realisasi, rencana aksi, bukti dukung). Nothing here reads a clock or a file.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Final

from skpdesk.domain.deadlines import DeadlineSettings, evaluation_deadline
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.periods import (
    DEFAULT_EVALUATION_FREQUENCY,
    EvaluationFrequency,
    EvaluationPeriod,
    PlanPeriod,
    evaluation_periods,
    evaluation_periods_for,
)
from skpdesk.formatting import format_date

# SKP-REFERENCE R-DEADLINES: the periodic deadline is [U]; how long after it entries stay open is
# not in any source either [U]. Days after a period's evaluation deadline before it locks by
# itself (a workspace setting, ``monitoring.lock_grace_days``).
DEFAULT_LOCK_GRACE_DAYS: Final = 5
# Bukti dukung size cap (not in the reference: instansi policy, a workspace setting
# ``evidence.max_size_mb``); 100 MB holds a scanned report or a short video.
DEFAULT_EVIDENCE_MAX_MB: Final = 100

PROGRESS_SOURCE_TYPED: Final = ""
PROGRESS_SOURCE_EKINERJA: Final = "e-kinerja"
_DEFAULT_DEADLINES: Final = DeadlineSettings()


def frequency_of(value: str | None) -> EvaluationFrequency:
    """The stored evaluation frequency of a plan year ([L] R-PERIOD); a value from a newer version
    or an empty one reads as the official default (quarterly, R-PERIOD [V])."""
    try:
        return EvaluationFrequency(value or DEFAULT_EVALUATION_FREQUENCY.value)
    except ValueError:
        return DEFAULT_EVALUATION_FREQUENCY


@dataclass(frozen=True)
class EvaluationWindow:
    """One evaluation period of a plan year, with the dates that govern entries into it."""

    period: EvaluationPeriod
    deadline: dt.date
    """The penilai's evaluation is due (R-DEADLINES; ``domain.deadlines.evaluation_deadline``)."""
    open_until: dt.date
    """The last day entries stay open without a person's decision: ``deadline`` plus the [U]
    grace days. From the next day on the period is due to lock (``auto_lock_due``)."""

    @property
    def code(self) -> str:
        return self.period.code

    def due_to_lock(self, today: dt.date) -> bool:
        return today > self.open_until


def evaluation_windows(
    span: PlanPeriod,
    frequency: EvaluationFrequency,
    settings: DeadlineSettings = _DEFAULT_DEADLINES,
    grace_days: int = DEFAULT_LOCK_GRACE_DAYS,
) -> tuple[EvaluationWindow, ...]:
    """The evaluation periods of ``span`` (R-PERIODIC: the periodic ones it overlaps, then AKHIR),
    each with its deadline (R-DEADLINES) and the last day it stays open."""
    grace = dt.timedelta(days=max(0, grace_days))
    out = []
    for period in evaluation_periods_for(span, frequency):
        deadline = evaluation_deadline(period, settings)
        out.append(EvaluationWindow(period, deadline, deadline + grace))
    return tuple(out)


def check_periode(code: str, span: PlanPeriod, frequency: EvaluationFrequency) -> EvaluationPeriod:
    """The evaluation period ``code`` of a plan covering ``span`` (R-PERIODIC); refused when the
    plan year has no such period (``PERIODE_UNKNOWN``) or the plan does not reach into it, e.g. a
    plan that starts in July has no TW1 (``PERIODE_OUTSIDE_PLAN``)."""
    for period in evaluation_periods_for(span, frequency):
        if period.code == code:
            return period
    year_codes = [p.code for p in evaluation_periods(span.year, frequency)]
    if code not in year_codes:
        raise SkpError(
            Code.PERIODE_UNKNOWN, periode=code or "-", year=span.year, allowed=", ".join(year_codes)
        )
    raise SkpError(
        Code.PERIODE_OUTSIDE_PLAN, periode=code, start=format_date(span.start), end=format_date(span.end)
    )


def periodic_period_on(
    day: dt.date, span: PlanPeriod, frequency: EvaluationFrequency
) -> EvaluationPeriod | None:
    """The periodic (non-AKHIR) evaluation period of the plan that holds ``day``; None outside
    the plan's dates."""
    if day not in span:
        return None
    for period in evaluation_periods_for(span, frequency):
        if not period.is_final and period.start <= day <= period.end:
            return period
    return None


# -- the e-Kinerja daily-progress sheet ----------------------------------------------------------


class SheetField(StrEnum):
    """The columns of the e-Kinerja daily-progress sheet (shared/data/README.md "e-Kinerja daily
    progress sheet"), plus an optional NIP column some offices add for a whole unit's sheet."""

    RENCANA_AKSI = "rencana-aksi"
    TANGGAL = "tanggal"
    JAM_MULAI = "jam-mulai"
    JAM_SELESAI = "jam-selesai"
    KEGIATAN = "kegiatan"
    REALISASI = "realisasi"
    SATUAN = "satuan"
    BUKTI = "bukti-dukung"
    NIP = "nip"


# Indonesian and English headers both occur (README); compared by ``header_key``.
HEADER_ALIASES: Final[Mapping[SheetField, tuple[str, ...]]] = {
    SheetField.RENCANA_AKSI: ("rencana aksi", "aksi", "action plan", "rencana"),
    SheetField.TANGGAL: ("tanggal", "tanggal kegiatan", "tgl", "date"),
    SheetField.JAM_MULAI: ("jam mulai", "waktu mulai", "mulai", "start", "start time"),
    SheetField.JAM_SELESAI: ("jam selesai", "waktu selesai", "selesai", "end", "end time"),
    SheetField.KEGIATAN: (
        "kegiatan harian",
        "kegiatan",
        "uraian kegiatan",
        "uraian",
        "aktivitas",
        "activity",
        "daily activity",
        "deskripsi",
        "description",
    ),
    SheetField.REALISASI: ("realisasi", "jumlah", "capaian", "output", "qty", "quantity", "realization"),
    SheetField.SATUAN: ("satuan", "satuan output", "unit", "uom"),
    SheetField.BUKTI: ("bukti dukung", "bukti", "link bukti", "link", "evidence", "supporting evidence"),
    SheetField.NIP: ("nip", "nip pegawai", "nip baru"),
}
REQUIRED_FIELDS: Final = (
    SheetField.RENCANA_AKSI,
    SheetField.TANGGAL,
    SheetField.KEGIATAN,
    SheetField.REALISASI,
)
HEADER_SCAN_ROWS: Final = 10  # a title or identity block may come before the header row


def header_key(text: object) -> str:
    """A header compared ignoring case, spaces, punctuation and a hint in brackets:
    "Tanggal (YYYY-MM-DD)" and "tanggal" are the same column."""
    if text is None:
        return ""
    value = re.sub(r"\(.*?\)", " ", str(text))
    return re.sub(r"[^0-9a-z]+", "", value.casefold())


_ALIAS_KEYS: Final = {
    header_key(alias): field for field, aliases in HEADER_ALIASES.items() for alias in aliases
}


def map_headers(cells: Sequence[object]) -> dict[SheetField, int]:
    """Column index of each field recognised in a header row (the first column wins)."""
    found: dict[SheetField, int] = {}
    for index, cell in enumerate(cells):
        field = _ALIAS_KEYS.get(header_key(cell))
        if field is not None and field not in found:
            found[field] = index
    return found


def missing_fields(found: Mapping[SheetField, int]) -> tuple[SheetField, ...]:
    return tuple(f for f in REQUIRED_FIELDS if f not in found)


def find_header(rows: Iterable[Sequence[object]]) -> tuple[int, dict[SheetField, int]] | None:
    """(row index, columns) of the first row among the first ``HEADER_SCAN_ROWS`` that names every
    required column; None when there is none."""
    for index, row in enumerate(rows):
        if index >= HEADER_SCAN_ROWS:
            break
        found = map_headers(row)
        if not missing_fields(found):
            return index, found
    return None


def best_header(rows: Iterable[Sequence[object]]) -> dict[SheetField, int]:
    """The columns of the row that names the most fields (for saying which are missing)."""
    best: dict[SheetField, int] = {}
    for index, row in enumerate(rows):
        if index >= HEADER_SCAN_ROWS:
            break
        found = map_headers(row)
        if len(found) > len(best):
            best = found
    return best


_NIP_TEXT = re.compile(r"^\s*nip\b\s*[:.]?\s*([0-9 ]{18,24})\s*$", re.IGNORECASE)


def preamble_nip(rows: Iterable[Sequence[object]]) -> str:
    """A NIP written above the header ("NIP: 19900303 201503 1 003" in one cell, or "NIP" and the
    number in the next cell); empty when there is none."""
    for row in rows:
        cells = list(row)
        for n, cell in enumerate(cells):
            if cell is None:
                continue
            text = str(cell).strip()
            found = _NIP_TEXT.match(text)
            if found:
                return found.group(1)
            if header_key(text) in ("nip", "nippegawai", "nipbaru") and n + 1 < len(cells):
                following = cells[n + 1]
                value = str(following).strip().lstrip(":").strip() if following is not None else ""
                if re.fullmatch(r"[0-9 ]{18,24}", value):
                    return value
    return ""


_DATE_FORMATS: Final = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d")


def sheet_date(value: object) -> dt.date | None:
    """A Tanggal cell: an Excel date, or text as YYYY-MM-DD (the template), DD/MM/YYYY or
    DD-MM-YYYY; None when it is none of these."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None:
        return None
    text = str(value).strip()
    if " " in text:
        text = text.split(" ", 1)[0]  # "2026-05-03 00:00:00"
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def cell_text(value: object) -> str:
    """A cell as text: numbers without a spurious ".0", everything stripped; empty for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        number = Decimal(repr(value)).normalize()
        return format(number, "f")
    if isinstance(value, (int, Decimal)):
        return format(Decimal(value).normalize(), "f")
    return " ".join(str(value).split())


def match_key(text: str) -> str:
    """How an RHK, IKI or rencana aksi text is compared with the sheet's Rencana Aksi column:
    case, repeated spaces and trailing punctuation do not count."""
    return " ".join(text.casefold().split()).rstrip(" .;:,")


class SkipReason(StrEnum):
    """Why a sheet row will not be written (shown in the import preview)."""

    EMPTY = "empty"  # no Rencana Aksi and no Kegiatan: a blank or a footer row
    BAD_DATE = "bad-date"  # the Tanggal is not a date
    NO_NIP = "no-nip"  # nobody to attribute the row to
    UNKNOWN_NIP = "unknown-nip"  # the row's NIP is not an employee of this workspace
    NO_PLAN = "no-plan"  # the employee has no plan covering the date
    NOT_DITETAPKAN = "not-ditetapkan"  # the plan is not ditetapkan yet
    NO_MATCH = "no-match"  # the Rencana Aksi text names no RHK, IKI or rencana aksi of the plan
    AMBIGUOUS = "ambiguous"  # it names several, or an RHK with several IKI
    BAD_REALISASI = "bad-realisasi"  # the Realisasi is not a number
    NO_REALISASI = "no-realisasi"  # kuantitatif and the Realisasi is empty
    MIXED_UNITS = "mixed-units"  # rows of one IKI and period give different Satuan
    NO_UNIT = "no-unit"  # no Satuan and the IKI has no target unit
    PERIOD_LOCKED = "period-locked"  # the evaluation period is locked
    NOT_ALLOWED = "not-allowed"  # the person importing may not record this plan's progress


@dataclass(frozen=True)
class DailyLine:
    """One matched row of the sheet, before the rows of one IKI and period are combined."""

    row: int
    day: dt.date
    kegiatan: str
    realisasi: Decimal | None
    unit: str
    link: str = ""


@dataclass(frozen=True)
class Combined:
    """What the rows of one IKI (or kualitatif RHK) in one evaluation period add up to."""

    realisasi: Decimal | None
    unit: str
    text: str
    note: str
    rows: tuple[int, ...]


def combine_lines(lines: Sequence[DailyLine], *, default_unit: str, kuantitatif: bool) -> Combined:
    """The period's realisasi from its daily rows: kuantitatif, the sum of the Realisasi in one
    unit (the sheet's Satuan, else ``default_unit``); kualitatif, the day's kegiatan as text.
    The note lists the kegiatan and links to bukti dukung. Raises ``SkpError`` with
    ``SkipReason.MIXED_UNITS`` / ``NO_UNIT`` as the reason when the units do not add up."""
    ordered = sorted(lines, key=lambda line: (line.day, line.row))
    units = {match_key(line.unit) for line in ordered if line.unit}
    if len(units) > 1:
        raise SkpError(Code.RECORD_INVALID, field="satuan", reason=SkipReason.MIXED_UNITS.value)
    unit = next((line.unit for line in ordered if line.unit), "") or default_unit
    activities = [f"{line.day.isoformat()}: {line.kegiatan}" for line in ordered if line.kegiatan]
    links = [line.link for line in ordered if line.link]
    note_lines = [*activities, *(f"Bukti dukung: {link}" for link in links)]
    total: Decimal | None = None
    if kuantitatif:
        if not unit:
            raise SkpError(Code.RECORD_INVALID, field="satuan", reason=SkipReason.NO_UNIT.value)
        total = sum((line.realisasi or Decimal(0) for line in ordered), Decimal(0))
    else:
        given = [line.realisasi for line in ordered if line.realisasi is not None]
        total = sum(given, Decimal(0)) if given else None
    return Combined(
        realisasi=total,
        unit=unit,
        text="" if kuantitatif else "\n".join(activities),
        note="\n".join(note_lines),
        rows=tuple(line.row for line in ordered),
    )


def decimal_text(value: Decimal | None) -> str:
    """The stored form of an exact decimal (``12.5``), empty for None."""
    if value is None:
        return ""
    return format(value.normalize(), "f") if value != value.to_integral() else str(int(value))
