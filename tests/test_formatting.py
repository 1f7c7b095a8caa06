"""Indonesian and English dates and numbers (issue: "12 Januari 2026, 1.234,5")."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skpdesk.formatting import format_count, format_date, format_number


def test_dates() -> None:
    assert format_date(dt.date(2026, 1, 12), "id") == "12 Januari 2026"
    assert format_date(dt.date(2026, 8, 17), "en") == "17 August 2026"
    assert format_date(dt.date(2026, 8, 17), "id", weekday=True) == "Senin, 17 Agustus 2026"
    assert format_date(None, "id") == ""


@pytest.mark.parametrize(
    ("value", "decimals", "lang", "text"),
    [
        (1234.5, 1, "id", "1.234,5"),
        (1234.5, 1, "en", "1,234.5"),
        (Decimal("18.750"), None, "id", "18,75"),
        (Decimal("1000000"), None, "id", "1.000.000"),
        ("2.08", 2, "id", "2,08"),
        (-1234567.891, 2, "id", "-1.234.567,89"),
        (0, 0, "id", "0"),
    ],
)
def test_numbers(value: object, decimals: int | None, lang: str, text: str) -> None:
    assert format_number(value, decimals, lang) == text  # type: ignore[arg-type]


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_counts_round_trip(n: int) -> None:
    text = format_count(n, "id")
    assert int(text.replace(".", "")) == n
    assert "," not in text
