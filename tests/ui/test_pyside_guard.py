"""PLATFORM.md "Pins that matter": PySide6 6.12.0 drops a reference to None on every void call and
aborts CPython 3.11 after ~5,000 calls. This guard makes an upgrade fail loudly."""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QObject


def test_void_calls_do_not_leak_references_to_none() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        obj.setObjectName("x")  # a method returning void
    after = sys.getrefcount(None)
    assert after >= before - 100, f"PySide6 {PySide6.__version__} drops references to None"


def test_pinned_version() -> None:
    assert PySide6.__version__ == "6.11.3"
