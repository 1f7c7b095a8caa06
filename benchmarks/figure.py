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
