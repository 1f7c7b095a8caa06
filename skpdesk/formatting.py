"""Dates and numbers the way people read them: "12 Januari 2026", "1.234,5" (Indonesian) or
"12 January 2026", "1,234.5" (English). Pure Python, shared by the screens and the documents.

Twelve month names and two separators do not need a locale library (Babel would add ~30 MB of
locale data for this); the UI language decides which table is used.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

MONTHS = {
    "id": (
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
WEEKDAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
SEPARATORS = {"id": (".", ","), "en": (",", ".")}  # (thousands, decimal)

_language = ["id"]


def set_language(language: str) -> None:
    _language[0] = language if language in MONTHS else "id"


def language() -> str:
    return _language[0]


def month_name(month: int, lang: str | None = None) -> str:
    return MONTHS[lang or _language[0]][month - 1]


def format_date(value: dt.date | None, lang: str | None = None, *, weekday: bool = False) -> str:
    """12 Januari 2026 (with ``weekday``: Senin, 12 Januari 2026); empty for no date."""
    if value is None:
        return ""
    lang = lang or _language[0]
    text = f"{value.day} {MONTHS[lang][value.month - 1]} {value.year}"
    return f"{WEEKDAYS[lang][value.weekday()]}, {text}" if weekday else text


def format_number(
    value: int | float | Decimal | str, decimals: int | None = None, lang: str | None = None
) -> str:
    """1.234,5 in Indonesian, 1,234.5 in English. ``decimals`` None keeps the value's own digits
    (exact for Decimal and strings, trailing zeros dropped); otherwise rounds to that many."""
    thousands, point = SEPARATORS[lang or _language[0]]
    number = Decimal(str(value)) if not isinstance(value, Decimal) else value
    if decimals is not None:
        number = round(number, decimals)
        text = f"{number:,.{decimals}f}"
    else:
        text = f"{number.normalize():,f}" if number != number.to_integral() else f"{int(number):,}"
    return text.replace(",", "\0").replace(".", point).replace("\0", thousands)


def format_count(value: int, lang: str | None = None) -> str:
    return format_number(value, 0, lang)
