"""Sentences about the curve check (SKP-REFERENCE R-CURVE), shared by the command line
(``skpdesk curve-check``) and the dashboard: what a rule requires, the count now, and the
smallest re-rating that makes it pass. Source strings are English, context "Curve"."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from skpdesk.domain import curve
from skpdesk.domain.predikat import Predikat, label
from skpdesk.formatting import format_count, format_number

translate = QCoreApplication.translate  # called with literal text: lupdate extracts it


def _group(names: Sequence[Predikat], *, alternatives: bool) -> str:
    labels = [label(p) for p in names]
    if not alternatives:
        return " + ".join(labels)
    text = labels[0]
    for more in labels[1:]:
        text = translate("Curve", "{first} or {second}").format(first=text, second=more)
    return text


def percent(share: Decimal | float, decimals: int = 1) -> str:
    """0.125 → "12,5%" (the UI language's decimal separator)."""
    return format_number(Decimal(str(share)) * 100, decimals) + "%"


def requirement_text(check: curve.RuleCheck, n: int, largest: curve.Largest) -> str:
    """What one rule requires, e.g. "Baik at most 70% (7 of 10)"."""
    rule = check.rule
    group = _group(
        rule.predikat, alternatives=rule.kind in (curve.RuleKind.AT_LEAST_ONE, curve.RuleKind.FORBIDDEN)
    )
    if rule.kind is curve.RuleKind.LARGEST:
        if largest is curve.Largest.MAJORITY:
            text = translate("Curve", "{group} is the largest group (more than half of the people)")
        elif largest is curve.Largest.PLURALITY_OR_TIE:
            text = translate("Curve", "{group} is the largest group (no other predikat has more people)")
        else:
            text = translate("Curve", "{group} is the largest group (more people than any other predikat)")
        return text.format(group=group)
    if rule.kind is curve.RuleKind.MAX_SHARE:
        text = translate("Curve", "{group} at most {share} ({limit} of {n})")
    elif rule.kind is curve.RuleKind.MIN_SHARE:
        text = translate("Curve", "{group} at least {share} ({limit} of {n})")
    elif rule.kind is curve.RuleKind.AT_LEAST_ONE:
        text = translate("Curve", "at least one employee rated {group}")
    else:
        text = translate("Curve", "no employee rated {group}")
    share = percent(rule.share, 0) if rule.share is not None else ""
    return text.format(group=group, share=share, limit=format_count(check.limit), n=format_count(n))


def check_text(check: curve.RuleCheck, n: int, largest: curve.Largest) -> str:
    """The requirement and the count now: "Baik at most 70% (7 of 10): 8 now"."""
    return translate("Curve", "{requirement}: {count} now").format(
        requirement=requirement_text(check, n, largest), count=format_count(check.count)
    )


def change_text(change: curve.Change) -> str:
    """ "at most 7 Baik: 1 fewer", "at least 1 Butuh Perbaikan or Kurang/Misconduct: 1 more"."""
    group = _group(
        change.predikat, alternatives=change.kind in (curve.RuleKind.AT_LEAST_ONE, curve.RuleKind.FORBIDDEN)
    )
    params = {"target": format_count(change.target), "group": group, "amount": format_count(change.amount)}
    if change.direction is curve.Direction.FEWER:
        return translate("Curve", "at most {target} {group}: {amount} fewer").format(**params)
    if change.taken_from:
        sources = ", ".join(f"{label(p)} ({format_count(k)})" for p, k in change.taken_from)
        return translate("Curve", "at least {target} {group}: {amount} more, re-rated from {sources}").format(
            sources=sources, **params
        )
    return translate("Curve", "at least {target} {group}: {amount} more").format(**params)
