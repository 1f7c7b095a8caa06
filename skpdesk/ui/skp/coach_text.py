"""The phrasing coach's and the reviu checklist's words for people (SKP-REFERENCE R-PHRASING,
R-REVIU). QtCore only: the command line (``lint-rhk``) uses it too.

Source strings are English and translated in the context "Coach"; the example sentences are
Indonesian RHK wording (data, never translated).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from skpdesk.domain.phrasing import AKTIVITAS, HASIL, KATEGORI, Finding, Severity
from skpdesk.domain.reviu import CheckRow

CONTEXT: Final = "Coach"


def _tr(source: object) -> str:
    """Translate a QT_TRANSLATE_NOOP source (typed ``object`` by PySide6)."""
    return QCoreApplication.translate(CONTEXT, str(source))


class _Params(dict[str, str]):
    """Missing placeholders stay visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _fill(source: object, params: Mapping[str, str]) -> str:
    return _tr(source).format_map(_Params(params))


@dataclass(frozen=True)
class RuleText:
    title: object  # English source (QT_TRANSLATE_NOOP)
    explanation: object  # English source
    good: str  # Indonesian example (data)
    bad: str  # Indonesian example (data)


# SKP-REFERENCE R-PHRASING: one entry per heuristic L1–L10 (L3 is the accepted forms).
RULES: Final[Mapping[str, RuleText]] = {
    "L1": RuleText(
        QT_TRANSLATE_NOOP("Coach", "Starts with an activity verb"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "An SKP states results, not activities (Permen PANRB 8/2021, carried into 6/2022). A "
            "sentence that opens with a verb such as menyusun, melaksanakan or mengikuti says what "
            "you will do. Say what will exist when the work is done: tersusunnya, tersedianya, "
            "terselesaikannya, or name who benefits and how well. For a JPT this is an error.",
        ),
        "Tersusunnya laporan keuangan perangkat daerah yang andal dan tepat waktu",
        "Menyusun laporan keuangan",
    ),
    "L2": RuleText(
        QT_TRANSLATE_NOOP("Coach", "Names a kind of work"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "Words such as sosialisasi, monitoring, pembinaan or pelayanan name a category of work. "
            "The regulator's own table lists them as categories, not results. Say what the work "
            "achieves, or add the quality it must have (tepat waktu, akurat, sesuai standar).",
        ),
        "Permohonan bantuan teknis diproses dengan cepat dan akurat",
        "Monitoring dan supervisi",
    ),
    "L3": RuleText(
        QT_TRANSLATE_NOOP("Coach", "Forms that read as results"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "These forms read as results: ter-…-nya (tersusunnya, tersedianya, terwujudnya); a "
            "change with -nya (meningkatnya, menurunnya, berkurangnya); a noun phrase with a quality "
            "(… yang lengkap dan informatif); a subject with its verb (Pemerintah Daerah "
            "menggunakan …); a passive with a time or quality (… disampaikan tepat waktu).",
        ),
        "Hasil analisis kebutuhan biaya disampaikan tepat waktu",
        "Melakukan analisis kebutuhan biaya",
    ),
    "L4": RuleText(
        QT_TRANSLATE_NOOP("Coach", "Only says the activity took place"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "Terlaksananya or terselenggaranya followed by an activity (rapat, sosialisasi, bimtek) "
            "only reports that the activity happened. Say what it achieved: what changed for the "
            "participants or the organisation, or how its results are used.",
        ),
        "Terlaksananya supervisi akademik guru yang ditindaklanjuti dengan perbaikan pembelajaran",
        "Terlaksananya sosialisasi",
    ),
    "L5": RuleText(
        QT_TRANSLATE_NOOP("Coach", "Absolute target"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "Targets of JA and JF should not be absolute (semua, selalu, tidak pernah, setiap), "
            "except for work that touches life, injury, national security or a large financial loss "
            "(Permen PANRB 8/2021). Set a level that is ambitious but reachable, for example a "
            "percentage.",
        ),
        "Persentase surat yang selesai diproses pada hari yang sama: 90 %",
        "Semua surat selesai diproses pada hari yang sama",
    ),
    "L6": RuleText(
        QT_TRANSLATE_NOOP("Coach", "IKI cannot be measured"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "In the quantitative approach an IKI must be countable: a number, a percentage, a unit "
            "(dokumen, laporan, orang, hari) or a measure word (jumlah, persentase, indeks, rasio, "
            "tingkat, nilai, waktu). Otherwise nobody can say at the end of the year whether it was "
            "reached.",
        ),
        "Persentase laporan keuangan yang disampaikan tepat waktu",
        "Pelayanan yang memuaskan",
    ),
    "L7": RuleText(
        QT_TRANSLATE_NOOP("Coach", "IKI repeats the RHK"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "An IKI says how the result is measured; copying the RHK measures nothing. Name the "
            "count, the share or the time that shows the result was reached.",
        ),
        "Jumlah laporan keuangan yang tersusun sesuai standar akuntansi pemerintahan",
        "Tersusunnya laporan keuangan",
    ),
    "L8": RuleText(
        QT_TRANSLATE_NOOP("Coach", "Indicator aspect missing"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "In the quantitative form each RHK of JA and JF is measured by aspect: kuantitas, "
            "kualitas, waktu, and biaya where the work is funded. An RHK needs at least a Kuantitas "
            "IKI, and as many IKI as your instansi requires.",
        ),
        "Kuantitas: Jumlah laporan yang disampaikan; Waktu: Ketepatan waktu penyampaian laporan",
        "Hanya Waktu: Ketepatan waktu penyampaian laporan",
    ),
    "L9": RuleText(
        QT_TRANSLATE_NOOP("Coach", "No monitoring source"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "In the development model (model pengembangan) each IKI says which data will be "
            "collected, from where and by whom. If a target cannot be monitored, the RHK does not "
            "belong in the SKP (Permen PANRB 8/2021).",
        ),
        "Sumber data: register layanan SIASN; dikumpulkan oleh Subbag Umum setiap bulan",
        "Sumber data: (kosong)",
    ),
    "L10": RuleText(
        QT_TRANSLATE_NOOP("Coach", "RHK not linked to the atasan"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "Every RHK utama of JA and JF supports an RHK of the atasan (the column RENCANA HASIL "
            "KERJA PIMPINAN YANG DIINTERVENSI). Choose the atasan's RHK this result contributes to; "
            "an RHK tambahan may have none.",
        ),
        "Tersusunnya laporan keuangan → Terwujudnya pengelolaan anggaran yang efektif dan akuntabel",
        "Tersusunnya laporan keuangan → (kosong)",
    ),
}

# Messages per (rule, variant); the variant comes from the finding's params.
_MESSAGES: Final[Mapping[tuple[str, str], object]] = {
    ("L1", ""): QT_TRANSLATE_NOOP(
        "Coach",
        'The RHK starts with the activity verb "{verb}": it says what you will do, not what will '
        "exist when the work is done.",
    ),
    ("L2", "bare"): QT_TRANSLATE_NOOP(
        "Coach", '"{text}" only names a kind of work. Say what the work will achieve, for whom and how well.'
    ),
    ("L2", "phrase"): QT_TRANSLATE_NOOP(
        "Coach",
        'The RHK starts with "{word}", which names a kind of work, and nothing says what it achieves. '
        "Add the result or the quality it must have.",
    ),
    ("L4", ""): QT_TRANSLATE_NOOP(
        "Coach",
        '"{opener}" only says that the activity took place. Say what it achieved, for whom and how well.',
    ),
    ("L5", "iki"): QT_TRANSLATE_NOOP(
        "Coach",
        'The IKI uses "{word}", which makes the target absolute. For JA and JF set a level that can '
        "be reached, unless the work concerns life, safety, national security or a large financial loss.",
    ),
    ("L5", "target"): QT_TRANSLATE_NOOP(
        "Coach",
        'The target uses "{word}", which makes it absolute. For JA and JF set a level that can be '
        "reached, unless the work concerns life, safety, national security or a large financial loss.",
    ),
    ("L6", "no-measure"): QT_TRANSLATE_NOOP(
        "Coach",
        'The IKI "{iki}" has no number, percentage, unit or measure word (jumlah, persentase, indeks, '
        "waktu …). How will it be counted?",
    ),
    ("L6", "empty"): QT_TRANSLATE_NOOP("Coach", "The IKI is empty. Write how the result will be measured."),
    ("L7", ""): QT_TRANSLATE_NOOP(
        "Coach",
        "The IKI repeats the RHK word for word. Say how the result is measured, for example "
        '"Persentase …" or "Jumlah …".',
    ),
    ("L8", "no-kuantitas"): QT_TRANSLATE_NOOP("Coach", "This RHK has no IKI with the Kuantitas aspect."),
    ("L8", "too-few"): QT_TRANSLATE_NOOP("Coach", "This RHK has {count} IKI; at least {min} are needed."),
    ("L9", "source"): QT_TRANSLATE_NOOP(
        "Coach", "This IKI has no data source: say where the data for monitoring will come from."
    ),
    ("L9", "source+collector"): QT_TRANSLATE_NOOP(
        "Coach",
        "This IKI has no data source and no collector: say where the data will come from and who gathers it.",
    ),
    ("L10", ""): QT_TRANSLATE_NOOP(
        "Coach", "This RHK utama does not name the atasan's RHK (or the organisation goal) it supports."
    ),
}
_VARIANT_PARAM: Final[Mapping[str, str]] = {
    "L2": "scope",
    "L5": "field",
    "L6": "reason",
    "L8": "reason",
    "L9": "missing",
}


def rule_title(rule: str) -> str:
    text = RULES.get(rule)
    return _tr(text.title) if text else rule


def rule_explanation(rule: str) -> str:
    text = RULES.get(rule)
    return _tr(text.explanation) if text else ""


def rule_examples(rule: str) -> tuple[str, str]:
    """(good, bad) Indonesian example sentences for the rule."""
    text = RULES.get(rule)
    return (text.good, text.bad) if text else ("", "")


def finding_message(f: Finding) -> str:
    """The finding in the user's language, with its parameters filled in."""
    variant = f.params.get(_VARIANT_PARAM.get(f.rule, ""), "")
    source = _MESSAGES.get((f.rule, variant)) or _MESSAGES.get((f.rule, ""))
    if source is None:
        source = next((m for (rule, _v), m in _MESSAGES.items() if rule == f.rule), None)
    return _fill(source, f.params) if source else f.rule


def severity_label(severity: Severity) -> str:
    if severity is Severity.ERROR:
        return QCoreApplication.translate("Coach", "error")
    return QCoreApplication.translate("Coach", "warning")


def class_label(cls: str) -> str:
    """The sentence class (hasil / aktivitas / kategori) in the user's language."""
    if cls == HASIL:
        return QCoreApplication.translate("Coach", "result")
    if cls == AKTIVITAS:
        return QCoreApplication.translate("Coach", "activity")
    if cls == KATEGORI:
        return QCoreApplication.translate("Coach", "category of work")
    return cls


def verdict_label(is_result: bool) -> str:
    if is_result:
        return QCoreApplication.translate("Coach", "result")
    return QCoreApplication.translate("Coach", "not a result")


# -- reviu (R-REVIU) -------------------------------------------------------------------------------

_CHECKS: Final[Mapping[str, tuple[object, object]]] = {
    "J1": (
        QT_TRANSLATE_NOOP("Coach", "PK goals are in the plan"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "Every sasaran or IKU the JPT owns in the Perjanjian Kinerja appears as an RHK utama, "
            "so the SKP carries the organisation's commitments.",
        ),
    ),
    "J2": (
        QT_TRANSLATE_NOOP("Coach", "RHK worded as results"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "Each RHK reads as a result, not as an activity or a category of work (the coach's L1, "
            "L2 and L4).",
        ),
    ),
    "J3": (
        QT_TRANSLATE_NOOP("Coach", "Indicators, targets and perspektif"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "Each RHK has at least one IKI with a target; in the quantitative form each RHK utama has "
            "its perspektif (penerima layanan, proses bisnis, penguatan internal, anggaran).",
        ),
    ),
    "J4": (
        QT_TRANSLATE_NOOP("Coach", "Target basis stated"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "Each RHK utama says where its target comes from: a regulation or policy, the baseline "
            "or last realisation, service users' expectations, or the leader's directive.",
        ),
    ),
    "J5": (
        QT_TRANSLATE_NOOP("Coach", "Lampiran filled"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "The lampiran lists the resource support, the accountability scheme and the consequences.",
        ),
    ),
    "A1": (
        QT_TRANSLATE_NOOP("Coach", "Intervened atasan RHK"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "Each RHK utama names the atasan's RHK it supports, and that RHK is in the atasan's "
            "current plan (cascading).",
        ),
    ),
    "A2": (
        QT_TRANSLATE_NOOP("Coach", "The team covers the atasan's RHK"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "No RHK utama of the atasan is left without someone in the team contributing to it "
            "(the matriks peran dan hasil).",
        ),
    ),
    "A3": (
        QT_TRANSLATE_NOOP("Coach", "Results, not a copy of the atasan's RHK"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "Each RHK reads as a result, and does not copy the atasan's wording unless the atasan's "
            "RHK was cascaded directly.",
        ),
    ),
    "A4": (
        QT_TRANSLATE_NOOP("Coach", "IKI measurable, by aspect, with a data source"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "Each IKI can be counted, the aspects fit the RHK (kuantitas at least), and in the "
            "development model each IKI says where its data comes from.",
        ),
    ),
    "A5": (
        QT_TRANSLATE_NOOP("Coach", "Targets not absolute"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "No target uses semua, selalu, tidak pernah or setiap, unless the work touches life, "
            "safety, national security or a large financial loss.",
        ),
    ),
    "A6": (
        QT_TRANSLATE_NOOP("Coach", "Ekspektasi khusus considered"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "The leader considered a special expectation for each of the seven BerAKHLAK values. A "
            "value may be left empty; judge whether the empty ones were a choice.",
        ),
    ),
    "A7": (
        QT_TRANSLATE_NOOP("Coach", "Comparable to equivalent jabatan"),
        QT_TRANSLATE_NOOP(
            "Coach",
            "Plans of equivalent jabatan in the unit have comparable quality and level of control. "
            "Open them side by side and judge.",
        ),
    ),
}
_ANNEX_LABELS: Final[Mapping[str, object]] = {
    "sumber-daya": QT_TRANSLATE_NOOP("Coach", "resource support"),
    "skema-pertanggungjawaban": QT_TRANSLATE_NOOP("Coach", "accountability scheme"),
    "konsekuensi": QT_TRANSLATE_NOOP("Coach", "consequences"),
}
# Detail lines per (check, state); state is "pass", "fail" or "judge".
_DETAILS: Final[Mapping[tuple[str, str], object]] = {
    ("J1", "judge"): QT_TRANSLATE_NOOP(
        "Coach", "No Perjanjian Kinerja goals are recorded for this unit; compare with the PK by hand."
    ),
    ("J1", "pass"): QT_TRANSLATE_NOOP("Coach", "All {total} PK goals appear as RHK utama."),
    ("J1", "fail"): QT_TRANSLATE_NOOP("Coach", "{missing} of {total} PK goals have no RHK utama: {goals}."),
    ("J2", "pass"): QT_TRANSLATE_NOOP("Coach", "Every RHK reads as a result."),
    ("J2", "fail"): QT_TRANSLATE_NOOP("Coach", "{count} RHK read as an activity or a category of work."),
    ("J3", "pass"): QT_TRANSLATE_NOOP("Coach", "Every RHK has an IKI with a target."),
    ("J3", "fail"): QT_TRANSLATE_NOOP(
        "Coach", "{no_target} RHK without an IKI and target; {no_perspektif} RHK utama without a perspektif."
    ),
    ("J4", "pass"): QT_TRANSLATE_NOOP("Coach", "Every RHK utama states its target basis."),
    ("J4", "fail"): QT_TRANSLATE_NOOP("Coach", "{count} RHK utama do not state their target basis."),
    ("J5", "pass"): QT_TRANSLATE_NOOP("Coach", "The three lampiran are filled."),
    ("J5", "fail"): QT_TRANSLATE_NOOP("Coach", "Still empty: {missing}."),
    ("A1", "judge"): QT_TRANSLATE_NOOP(
        "Coach", "The atasan's plan is not available, so the intervened RHK cannot be checked here."
    ),
    ("A1", "pass"): QT_TRANSLATE_NOOP("Coach", "Every RHK utama names an RHK of the atasan's plan."),
    ("A1", "fail"): QT_TRANSLATE_NOOP(
        "Coach",
        "{orphans} RHK utama name no atasan RHK; {unknown_parent} name an RHK that is not in the "
        "atasan's plan.",
    ),
    ("A2", "judge"): QT_TRANSLATE_NOOP(
        "Coach", "The atasan's plan is not available, so the team's coverage cannot be checked here."
    ),
    ("A2", "pass"): QT_TRANSLATE_NOOP(
        "Coach", "Each of the atasan's {total} RHK utama has a contributor in the team."
    ),
    ("A2", "fail"): QT_TRANSLATE_NOOP(
        "Coach", "{uncovered} of the atasan's {total} RHK utama have no contributor in the team yet."
    ),
    ("A3", "pass"): QT_TRANSLATE_NOOP("Coach", "Every RHK reads as a result in its own words."),
    ("A3", "fail"): QT_TRANSLATE_NOOP(
        "Coach",
        "{wording} RHK read as an activity or a category; {duplicates} copy the atasan's RHK without "
        "direct cascading.",
    ),
    ("A4", "pass"): QT_TRANSLATE_NOOP("Coach", "Every IKI is measurable, with its aspects and data source."),
    ("A4", "fail"): QT_TRANSLATE_NOOP(
        "Coach",
        "RHK with an IKI that cannot be measured: {unmeasurable}; with a missing aspect: {aspect}; "
        "without a data source: {no_source}.",
    ),
    ("A5", "pass"): QT_TRANSLATE_NOOP("Coach", "No target is absolute."),
    ("A5", "fail"): QT_TRANSLATE_NOOP("Coach", "{count} RHK have an absolute target."),
    ("A6", "judge"): QT_TRANSLATE_NOOP(
        "Coach", "Ekspektasi khusus is written for {filled} of {total} values; the others are empty."
    ),
    ("A7", "judge"): QT_TRANSLATE_NOOP(
        "Coach", "{equivalent} plans of equivalent jabatan in this period; compare them side by side."
    ),
}


def check_title(check_id: str) -> str:
    entry = _CHECKS.get(check_id)
    return _tr(entry[0]) if entry else check_id


def check_explanation(check_id: str) -> str:
    entry = _CHECKS.get(check_id)
    return _tr(entry[1]) if entry else ""


def check_detail(row: CheckRow) -> str:
    """What the app found for the row, in the user's language ("" when there is nothing to say)."""
    state = "judge" if row.passed is None else ("pass" if row.passed else "fail")
    source = _DETAILS.get((row.id, state))
    if source is None:
        return ""
    params = dict(row.detail_params)
    if row.id == "J5" and params.get("missing"):
        params["missing"] = ", ".join(
            _tr(_ANNEX_LABELS[k]) if k in _ANNEX_LABELS else k for k in params["missing"].split(",")
        )
    return _fill(source, params)


def all_sources() -> list[str]:
    """Every English source string of this module (for the translation check in the tests)."""
    sources: list[object] = [t.title for t in RULES.values()] + [t.explanation for t in RULES.values()]
    sources += list(_MESSAGES.values()) + [s for pair in _CHECKS.values() for s in pair]
    sources += list(_ANNEX_LABELS.values()) + list(_DETAILS.values())
    sources += ["error", "warning", "result", "activity", "category of work", "not a result"]
    return [str(s) for s in sources]
