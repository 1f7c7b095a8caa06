"""Hybrid logical clock (SYNC.md "Merge"): wall milliseconds plus a counter.

Formatted as fixed-width text so that string order is clock order. The clock advances on local
writes and on import (the receive rule), so an edit made after seeing a value always beats it,
whatever the laptop's clock says.
"""

from __future__ import annotations

import time
from collections.abc import Callable

_WALL_DIGITS = 15
_COUNTER_DIGITS = 10
ZERO = f"{0:0{_WALL_DIGITS}d}.{0:0{_COUNTER_DIGITS}d}"


def format_hlc(wall_ms: int, counter: int) -> str:
    return f"{wall_ms:0{_WALL_DIGITS}d}.{counter:0{_COUNTER_DIGITS}d}"


def parse_hlc(text: str) -> tuple[int, int]:
    wall, _, counter = text.partition(".")
    if len(wall) != _WALL_DIGITS or len(counter) != _COUNTER_DIGITS:
        raise ValueError(f"not a clock value: {text!r}")
    return int(wall), int(counter)


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Monotonic clock: never goes back, even when the wall clock does."""

    def __init__(self, last: str = ZERO, now: Callable[[], int] = wall_clock_ms) -> None:
        self._wall, self._counter = parse_hlc(last)
        self._now = now

    @property
    def last(self) -> str:
        return format_hlc(self._wall, self._counter)

    def tick(self) -> str:
        """A new clock value for a local change."""
        now = self._now()
        if now > self._wall:
            self._wall, self._counter = now, 0
        else:
            self._counter += 1
        return self.last

    def receive(self, remote: str) -> None:
        """Receive rule: after seeing ``remote``, every later local tick is greater than it."""
        r_wall, r_counter = parse_hlc(remote)
        self._wall, self._counter = max((self._wall, self._counter), (r_wall, r_counter))
