"""Numbers as people type them in targets and realisasi (SKP-REFERENCE R-IKI: kuantitatif targets
are numbers): Indonesian ``1.234,5`` or plain ``97.5``; stored as a plain decimal with a dot."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from skpdesk.domain.errors import Code, SkpError

_NUMBER = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$|^[+-]?\d+(\.\d+)?$")


def parse_target(text: str) -> Decimal:
    """A target as typed: ``12``, ``97,5``, ``1.234,5`` (Indonesian) or ``97.5``.

    Raises ``SkpError(TARGET_NOT_NUMBER)`` for anything else (R-IKI: kuantitatif targets are numbers).
    """
    value = text.strip().replace(" ", "")
    if value.endswith("%"):
        value = value[:-1]
    if not _NUMBER.match(value):
        raise SkpError(Code.TARGET_NOT_NUMBER, value=text.strip())
    if "," in value:
        value = value.replace(".", "").replace(",", ".")
    elif re.match(r"^[+-]?\d{1,3}(\.\d{3})+$", value):
        value = value.replace(".", "")  # 1.234 is one thousand two hundred thirty-four
    try:
        return Decimal(value)
    except InvalidOperation:  # pragma: no cover - the pattern admits only decimals
        raise SkpError(Code.TARGET_NOT_NUMBER, value=text.strip()) from None


def canonical_target(text: str) -> str:
    """The stored form of a numeric target: a plain decimal with a dot (``97.5``), or empty."""
    if not text.strip():
        return ""
    number = parse_target(text)
    return format(number.normalize(), "f")


def number_or_none(text: str) -> Decimal | None:
    """``parse_target`` for reading stored or imported values: None instead of an error."""
    try:
        return parse_target(text) if text.strip() else None
    except SkpError:
        return None
