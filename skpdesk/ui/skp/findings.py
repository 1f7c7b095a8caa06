"""Words for a plan's findings: the phrasing coach's (L1–L10, ``coach_text``) and the completeness
checks of ``services.drafting.completeness`` (K1–K4)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from skpdesk.domain import phrasing

_COMPLETENESS = {
    "K1": QT_TRANSLATE_NOOP("Findings", "The plan has no RHK utama yet."),
    "K2": QT_TRANSLATE_NOOP(
        "Findings", "This RHK has no IKI with a target (kuantitatif) or no ukuran keberhasilan (kualitatif)."
    ),
    "K3": QT_TRANSLATE_NOOP(
        "Findings", 'The target "{value}" is not a number: type a number such as 12 or 97,5.'
    ),
    "K4": QT_TRANSLATE_NOOP("Findings", "The target {value} has no unit (dokumen, laporan, %, hari …)."),
}


def finding_text(f: phrasing.Finding) -> str:
    """The finding in the user's language, with its parameters filled in."""
    source = _COMPLETENESS.get(f.rule)
    if source is not None:
        return QCoreApplication.translate("Findings", str(source)).format(**dict(f.params))
    from skpdesk.ui.skp.coach_text import finding_message

    return finding_message(f)


def severity_text(f: phrasing.Finding) -> str:
    if f.severity is phrasing.Severity.ERROR:
        return QCoreApplication.translate("Findings", "Error")
    return QCoreApplication.translate("Findings", "Warning")
