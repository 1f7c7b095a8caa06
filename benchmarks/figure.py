"""One benchmark figure: a value against a baseline measured in the same run."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    baseline: float
    baseline_unit: str
    ratio: float
    target: str
    meets: bool
    note: str = ""


def at_most_ms(
    name: str, value_ms: float, target_ms: float, target: str, note: str = "", digits: int = 1
) -> Figure:
    """A time against an absolute target (the issue's): the baseline is the target itself."""
    return Figure(
        name,
        round(value_ms, digits),
        "ms",
        target_ms,
        "ms (target)",
        round(value_ms / target_ms, digits + 2),
        target,
        value_ms <= target_ms,
        note,
    )
