"""Words of the rating screen shared by its widgets: ratings and predikat as printed, short period
names, and the R-CURVE verdict in sentences.

Ratings, predikat and predikat organisasi keep the regulation's Indonesian names in both UI
languages ("Di Atas Ekspektasi", "Kurang/Misconduct"; SKP-REFERENCE R-RATING, R-MATRIX,
R-ORG-PREDIKAT), as the forms print them. The curve sentences are ``skpdesk.curve_text``'s, shared
with the command line's ``curve-check`` and the dashboard.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from skpdesk import curve_text, formatting
from skpdesk.domain import curve
from skpdesk.domain.predikat import Predikat, PredikatOrganisasi, Rating, label
from skpdesk.formatting import format_count

translate = QCoreApplication.translate

PREDIKAT_SHORT = {
    Predikat.SANGAT_BAIK: "SB",
    Predikat.BAIK: "B",
    Predikat.BUTUH_PERBAIKAN: "BP",
    Predikat.KURANG_MISCONDUCT: "K/M",
    Predikat.SANGAT_KURANG: "SK",
}
# The list's colours per predikat (text), best to worst: green, teal, amber, orange, red.
PREDIKAT_COLOURS = {
    Predikat.SANGAT_BAIK: "#1b7a3a",
    Predikat.BAIK: "#0f6e6e",
    Predikat.BUTUH_PERBAIKAN: "#9a6700",
    Predikat.KURANG_MISCONDUCT: "#b4470c",
    Predikat.SANGAT_KURANG: "#b3261e",
}
_ROMAN = ("I", "II", "III", "IV")


def nobreak(text: str) -> str:
    """A rule id (R-PERIODIC, R-ORG-PREDIKAT) is never broken at its hyphens when a label wraps."""
    return re.sub(r"\bR-[A-Z][A-Z-]*", lambda m: m[0].replace("-", "\u2011"), text)


def rating_text(value: Rating | None) -> str:
    return label(value) if value is not None else "—"


def predikat_text(value: Predikat | PredikatOrganisasi | None) -> str:
    return label(value) if value is not None else "—"


def short_periode(code: str) -> str:
    """A column header: "TW I", "Jan", "Sem I", "Akhir"."""
    if code.startswith("TW") and code[2:].isdigit() and 1 <= int(code[2:]) <= 4:
        return translate("RatingText", "TW {roman}").format(roman=_ROMAN[int(code[2:]) - 1])
    if code.startswith("SEMESTER-") and code[9:] in ("1", "2"):
        return translate("RatingText", "Sem {roman}").format(roman=_ROMAN[int(code[9:]) - 1])
    if code.startswith("BULAN-") and code[6:].isdigit() and 1 <= int(code[6:]) <= 12:
        return formatting.month_name(int(code[6:]))[:3]
    if code == "AKHIR":
        return translate("RatingText", "Annual")
    return code


def periode_name(code: str) -> str:
    """A period as a tab names it: "Triwulan I", "Januari", "Semester II", "Annual (AKHIR)"."""
    if code.startswith("TW") and code[2:].isdigit() and 1 <= int(code[2:]) <= 4:
        return translate("RatingText", "Quarter {roman}").format(roman=_ROMAN[int(code[2:]) - 1])
    if code.startswith("SEMESTER-") and code[9:] in ("1", "2"):
        return translate("RatingText", "Semester {roman}").format(roman=_ROMAN[int(code[9:]) - 1])
    if code.startswith("BULAN-") and code[6:].isdigit() and 1 <= int(code[6:]) <= 12:
        return formatting.month_name(int(code[6:]))
    if code == "AKHIR":
        return translate("RatingText", "Annual (AKHIR)")
    return code


def status_text(status: str) -> str:
    if status == "final":
        return translate("RatingText", "final")
    if status == "draft":
        return translate("RatingText", "draft")
    return status


# -- the R-CURVE verdict: the words of skpdesk.curve_text (context "Curve"), shared with the
# command line's curve-check and the dashboard

check_text = curve_text.check_text
change_text = curve_text.change_text
requirement_text = curve_text.requirement_text


def shares_text(result: curve.CurveResult) -> str:
    """ "Sangat Baik 2 (20%) · Baik 7 (70%) · …" for the five predikat, best to worst."""
    return " · ".join(
        translate("RatingText", "{predikat} {count} ({share})").format(
            predikat=label(p),
            count=format_count(result.counts[p]),
            share=curve_text.percent(result.shares[p], 0),
        )
        for p in Predikat
    )
