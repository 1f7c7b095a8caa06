"""What each tab of the dashboard shows, as plain data: the table under the chart (headers, rows,
the total) and the chart (a matplotlib ``Figure`` from ``skpdesk.reports.charts``).

No widgets here: these functions run off the GUI thread (``QCoreApplication.translate`` is
thread-safe), and the same table goes to the screen and to Excel. Strings use the context
"Dashboard".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from skpdesk import curve_text
from skpdesk.domain import curve
from skpdesk.domain.predikat import PREDIKAT_LABELS, Predikat
from skpdesk.domain.predikat import label as domain_label
from skpdesk.services.dashboard import (
    LOW_PROGRESS_SHARE,
    ORG_BELOW_GOOD_SHARE,
    SAME_PREDIKAT_MIN_RATED,
    STATUS_ORDER,
    CascadeRow,
    CurveRow,
    Dashboard,
    JabatanGroup,
    OutlierKind,
    Part,
    ProgressRow,
    StatusRow,
)
from skpdesk.ui.overview.base import periode_label, plan_status_label

if TYPE_CHECKING:
    from matplotlib.figure import Figure

translate = QCoreApplication.translate

PART_TITLES = {
    Part.STATUS: QT_TRANSLATE_NOOP("Dashboard", "Plan status"),
    Part.PROGRESS: QT_TRANSLATE_NOOP("Dashboard", "Progress"),
    Part.CURVE: QT_TRANSLATE_NOOP("Dashboard", "Predikat and the curve"),
    Part.CASCADE: QT_TRANSLATE_NOOP("Dashboard", "Cascade health"),
    Part.OUTLIERS: QT_TRANSLATE_NOOP("Dashboard", "Outliers"),
}
JABATAN_LABELS = {
    JabatanGroup.JPT: QT_TRANSLATE_NOOP("Dashboard", "JPT"),
    JabatanGroup.ADMINISTRATOR: QT_TRANSLATE_NOOP("Dashboard", "Administrator"),
    JabatanGroup.PENGAWAS: QT_TRANSLATE_NOOP("Dashboard", "Pengawas"),
    JabatanGroup.PELAKSANA: QT_TRANSLATE_NOOP("Dashboard", "Pelaksana"),
    JabatanGroup.FUNGSIONAL: QT_TRANSLATE_NOOP("Dashboard", "Fungsional"),
}
STATUS_COLOURS = {
    "draft": "#9aa5b1",
    "diajukan": "#e0b64c",
    "direviu": "#1f78b4",
    "ditetapkan": "#1b7f3b",
    "dikembalikan": "#b3261e",
    "other": "#6a3d9a",
}
FINDING_COLOURS = ("#e07b39", "#b3261e", "#6a3d9a", "#9aa5b1")
OUTLIER_COLOURS = {
    OutlierKind.SAME_PREDIKAT: "#e0b64c",
    OutlierKind.ORG_BELOW_EMPLOYEES: "#b3261e",
    OutlierKind.ABOVE_WITHOUT_PROGRESS: "#e07b39",
    OutlierKind.RATED_WITHOUT_PROGRESS: "#6a3d9a",
}


def _t(source: object) -> str:
    """A string marked with QT_TRANSLATE_NOOP("Dashboard", ...), translated."""
    return translate("Dashboard", str(source))


def part_title(part: Part) -> str:
    return _t(PART_TITLES[part])


def jabatan_label(group: JabatanGroup) -> str:
    return _t(JABATAN_LABELS[group])


@dataclass(frozen=True)
class Table:
    """A table as shown and as exported: ``rows`` of str / int / Decimal; shares are Decimal
    percentages (one decimal). ``keys`` are the rows' unit ids (None for no unit)."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    total: tuple[object, ...] | None
    keys: tuple[str | None, ...] = ()
    notes: tuple[str, ...] = field(default=())  # how to read it (under the table, and in Excel)
    alerts: tuple[str, ...] = field(default=())  # said above the chart (and in Excel)
    alert_level: str = "info"  # "warning" when an alert asks for something to be done


def unit_text(unit_name: str, own_staff: bool, unit_id: str | None) -> str:
    if unit_id is None and not unit_name:
        return translate("Dashboard", "(no unit)")
    if own_staff:
        return translate("Dashboard", "{unit} (own staff)").format(unit=unit_name)
    return unit_name


def _share(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"))


def filter_text(d: Dashboard) -> str:
    """One line saying what is shown: year, period, unit, jabatan type."""
    unit = d.unit_name or translate("Dashboard", "the whole instansi")
    jabatan = (
        jabatan_label(d.jabatan) if d.jabatan is not None else translate("Dashboard", "every jabatan type")
    )
    return translate("Dashboard", "{year}, {periode}; {unit}; {jabatan}").format(
        year=d.year if d.year is not None else "-",
        periode=periode_label(d.periode),
        unit=unit,
        jabatan=jabatan,
    )


# --- the tables -------------------------------------------------------------------------------------


def table_for(part: Part, d: Dashboard) -> Table:
    if part is Part.STATUS:
        return status_table(d)
    if part is Part.PROGRESS:
        return progress_table(d)
    if part is Part.CURVE:
        return curve_table(d)
    if part is Part.CASCADE:
        return cascade_table(d)
    return outliers_table(d)


def _statuses(d: Dashboard) -> list[str]:
    """The statuses in order; "other" only when some plan has one."""
    shown = list(STATUS_ORDER)
    if d.plan_status_total is not None and d.plan_status_total.counts[-1]:
        shown.append("other")
    return shown


def _status_values(row: StatusRow, shown: Sequence[str]) -> list[object]:
    values: list[object] = [row.count(s) for s in shown]
    values.append(row.total)
    values.append(_share(row.count("ditetapkan"), row.total))
    return values


def status_label(status: str) -> str:
    return translate("Dashboard", "Other") if status == "other" else plan_status_label(status)


def status_table(d: Dashboard) -> Table:
    shown = _statuses(d)
    headers = (
        translate("Dashboard", "Unit"),
        *(status_label(s) for s in shown),
        translate("Dashboard", "Plans"),
        translate("Dashboard", "Approved (%)"),
    )
    rows = tuple(
        (unit_text(r.unit_name, r.own_staff, r.unit_id), *_status_values(r, shown)) for r in d.plan_status
    )
    total = d.plan_status_total
    alerts: tuple[str, ...] = ()
    if total is None or not total.total:
        alerts = (translate("Dashboard", "No plans for this choice."),)
    return Table(
        part_title(Part.STATUS),
        headers,
        rows,
        (translate("Dashboard", "Total"), *_status_values(total, shown)) if total is not None else None,
        tuple(r.unit_id for r in d.plan_status),
        alerts=alerts,
    )


def _progress_values(row: ProgressRow, codes: Sequence[str]) -> list[object]:
    return [row.indicators, *(_share(row.reported[i], row.indicators) for i in range(len(codes)))]


def progress_table(d: Dashboard) -> Table:
    codes = d.progress_periodes
    headers = (
        translate("Dashboard", "Unit"),
        translate("Dashboard", "IKI"),
        *(translate("Dashboard", "{periode} (%)").format(periode=c) for c in codes),
    )
    rows = tuple(
        (unit_text(r.unit_name, r.own_staff, r.unit_id), *_progress_values(r, codes)) for r in d.progress
    )
    total = d.progress_total
    notes = (
        translate(
            "Dashboard",
            "Share of the IKI of approved plans with a realisasi (a number or, for a qualitative plan, "
            "a text) recorded for each period.",
        ),
    )
    alerts: tuple[str, ...] = ()
    if total is None or not total.indicators:
        alerts = (translate("Dashboard", "No IKI of approved plans for this choice."),)
    return Table(
        part_title(Part.PROGRESS),
        headers,
        rows,
        (translate("Dashboard", "Total"), *_progress_values(total, codes)) if total is not None else None,
        tuple(r.unit_id for r in d.progress),
        notes,
        alerts,
    )


def verdict_text(row: CurveRow) -> str:
    if row.org_predikat is None:
        return translate("Dashboard", "No predikat organisasi")
    if row.n == 0:
        return translate("Dashboard", "Nobody rated")
    return translate("Dashboard", "Fits") if row.fits else translate("Dashboard", "Does not fit")


def failed_text(row: CurveRow) -> str:
    """The rules not met, with the count now (the command line's sentences)."""
    result = row.result
    if result is None or row.fits is not False:
        return ""
    return "; ".join(curve_text.check_text(c, result.n, result.largest) for c in result.failed)


def advice_text(row: CurveRow) -> str:
    """What would make it fit: the smallest change per failing rule, or that none can."""
    result = row.result
    if result is None or row.fits is not False:
        return ""
    text = "; ".join(curve_text.change_text(s) for s in result.suggestion)
    if result.nearest is None:
        text += " " + translate(
            "Dashboard", "(with {n} people rated no distribution meets every rule)"
        ).format(n=result.n)
    return text


def _curve_values(row: CurveRow) -> list[object]:
    return [
        row.n,
        *(row.counts[p] for p in Predikat),
        row.drafts,
        domain_label(row.org_predikat) if row.org_predikat is not None else "—",
        verdict_text(row),
        failed_text(row),
        advice_text(row),
    ]


def curve_table(d: Dashboard) -> Table:
    headers = (
        translate("Dashboard", "Unit"),
        translate("Dashboard", "Rated"),
        *(PREDIKAT_LABELS[p] for p in Predikat),
        translate("Dashboard", "Not final"),
        translate("Dashboard", "Predikat organisasi"),
        translate("Dashboard", "Curve (R-CURVE)"),
        translate("Dashboard", "Rules not met"),
        translate("Dashboard", "What would make it fit"),
    )
    rows = tuple((unit_text(r.unit_name, r.own_staff, r.unit_id), *_curve_values(r)) for r in d.curve)
    total = d.curve_total
    alerts: list[str] = []
    if total is not None and total.org_predikat is None:
        alerts.append(
            translate(
                "Dashboard",
                "{unit} has no predikat kinerja organisasi for {periode}: the distribution cannot be "
                "checked against the curve. The unit leader records it on the Rating page.",
            ).format(
                unit=total.unit_name or translate("Dashboard", "The instansi"),
                periode=periode_label(d.periode),
            )
        )
    rated = sum(1 for r in d.curve if r.n)
    missing = sum(1 for r in d.curve if r.org_predikat is None and r.n)
    if missing:
        alerts.append(
            translate(
                "Dashboard",
                "Units with ratings but no predikat organisasi for this period: {count} of {units}.",
            ).format(count=missing, units=rated)
        )
    misfits = sum(1 for r in d.curve if r.fits is False)
    if misfits:
        alerts.append(
            translate(
                "Dashboard", "Units not fitting the curve of their predikat organisasi: {count} of {units}."
            ).format(count=misfits, units=rated)
        )
    notes = (
        translate(
            "Dashboard",
            "The curve is a consideration for the leader, not a rule (R-CURVE). Instansi choices: an "
            "upper share allows at least one person, a lower share needs its share of people rounded "
            "up; the largest group has more people than any other. Choose a row to see its curve.",
        ),
    )
    return Table(
        part_title(Part.CURVE),
        headers,
        rows,
        (translate("Dashboard", "Total"), *_curve_values(total)) if total is not None else None,
        tuple(r.unit_id for r in d.curve),
        notes,
        tuple(alerts),
        "warning" if alerts else "info",
    )


def _cascade_values(row: CascadeRow) -> list[object]:
    return [row.employees, row.missing_plan, row.results, row.orphan, row.not_atasan, row.uncovered]


def cascade_headers() -> tuple[str, ...]:
    return (
        translate("Dashboard", "Unit"),
        translate("Dashboard", "Employees"),
        translate("Dashboard", "Without a plan"),
        translate("Dashboard", "RHK utama"),
        translate("Dashboard", "Intervening nothing"),
        translate("Dashboard", "Intervening a non-atasan's RHK"),
        translate("Dashboard", "Atasan RHK nobody takes up"),
    )


def cascade_table(d: Dashboard) -> Table:
    rows = tuple((unit_text(r.unit_name, r.own_staff, r.unit_id), *_cascade_values(r)) for r in d.cascade)
    total = d.cascade_total
    notes = (
        translate(
            "Dashboard",
            "The main findings of the cascade checks, counted per unit; cycles and split targets "
            "(porsi) are checked on the Cascading page.",
        ),
    )
    return Table(
        part_title(Part.CASCADE),
        cascade_headers(),
        rows,
        (translate("Dashboard", "Total"), *_cascade_values(total)) if total is not None else None,
        tuple(r.unit_id for r in d.cascade),
        notes,
    )


OUTLIER_TEXTS = {
    OutlierKind.SAME_PREDIKAT: QT_TRANSLATE_NOOP("Dashboard", "Everyone rated {predikat}"),
    OutlierKind.ORG_BELOW_EMPLOYEES: QT_TRANSLATE_NOOP(
        "Dashboard", "Organisation rated {organisasi}, most employees Baik or better"
    ),
    OutlierKind.ABOVE_WITHOUT_PROGRESS: QT_TRANSLATE_NOOP(
        "Dashboard", "Hasil kerja above expectations with realisasi on under {share} of the IKI"
    ),
    OutlierKind.RATED_WITHOUT_PROGRESS: QT_TRANSLATE_NOOP(
        "Dashboard", "Rated with no realisasi in the period"
    ),
}
OUTLIER_SHORT = {
    OutlierKind.SAME_PREDIKAT: QT_TRANSLATE_NOOP("Dashboard", "Everyone alike"),
    OutlierKind.ORG_BELOW_EMPLOYEES: QT_TRANSLATE_NOOP("Dashboard", "Organisation below its people"),
    OutlierKind.ABOVE_WITHOUT_PROGRESS: QT_TRANSLATE_NOOP(
        "Dashboard", "Above expectations, little realisasi"
    ),
    OutlierKind.RATED_WITHOUT_PROGRESS: QT_TRANSLATE_NOOP("Dashboard", "Rated without realisasi"),
}


def outlier_text(kind: OutlierKind, predikat: Predikat | None = None, organisasi: Any = None) -> str:
    return _t(OUTLIER_TEXTS[kind]).format(
        predikat=domain_label(predikat) if predikat is not None else "",
        organisasi=domain_label(organisasi) if organisasi is not None else "",
        share=curve_text.percent(LOW_PROGRESS_SHARE, 0),
    )


def outliers_table(d: Dashboard) -> Table:
    headers = (
        translate("Dashboard", "Finding"),
        translate("Dashboard", "Unit"),
        translate("Dashboard", "People concerned"),
        translate("Dashboard", "Rated"),
    )
    rows = tuple(
        (
            outlier_text(o.kind, o.predikat, o.org_predikat),
            unit_text(o.unit_name, o.own_staff, o.unit_id),
            o.people,
            o.rated,
        )
        for o in d.outliers
    )
    notes = (
        translate(
            "Dashboard",
            "SKP Desk's own signs worth a look, not rules: everyone in a unit of at least {n} rated "
            "alike; an organisation rated below Baik with at least {good} of its people Baik or better "
            "(R-ORG-PREDIKAT); ratings that the recorded realisasi do not support.",
        ).format(n=SAME_PREDIKAT_MIN_RATED, good=curve_text.percent(ORG_BELOW_GOOD_SHARE, 0)),
    )
    alerts = () if rows else (translate("Dashboard", "No outliers for this choice."),)
    return Table(
        part_title(Part.OUTLIERS), headers, rows, None, tuple(o.unit_id for o in d.outliers), notes, alerts
    )


# --- the charts -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChartSize:
    """Logical pixels (the widget's), and the screen's device pixel ratio."""

    width: int
    height: int
    ratio: float = 1.0


BASE_DPI = 100
ROW_PIXELS = 17
MIN_HEIGHT = 300
CHART_MARGIN = 90  # pixels of a bar chart that are not rows (legend, axis, title)
MIN_ROWS = 12


def chart_rows(room: int) -> int:
    """How many rows a bar chart shows in ``room`` pixels without scrolling (at least MIN_ROWS):
    more rows than that are the largest ones, the table under the chart has them all."""
    return max(MIN_ROWS, (room - CHART_MARGIN) // ROW_PIXELS)


def chart_height(part: Part, d: Dashboard, room: int = MIN_HEIGHT) -> int:
    """The height of a tab's chart for ``room`` pixels in view."""
    if part is Part.CURVE:
        return max(MIN_HEIGHT, room)
    count = {
        Part.STATUS: len(d.plan_status),
        Part.PROGRESS: len(d.progress),
        Part.CASCADE: len(d.cascade),
        Part.OUTLIERS: len(d.outliers),
    }[part]
    return max(
        MIN_HEIGHT, room if count > MIN_ROWS else 0, CHART_MARGIN + ROW_PIXELS * min(count, chart_rows(room))
    )


def largest(rows: Sequence[Any], size: Any, limit: int) -> list[Any]:
    """At most ``limit`` rows: the largest by ``size(row)``, kept in their order."""
    if len(rows) <= limit:
        return list(rows)
    keep = set(sorted(range(len(rows)), key=lambda i: (-size(rows[i]), i))[:limit])
    return [row for i, row in enumerate(rows) if i in keep]


def chart_caption(shown: int, total: int, what: str) -> str:
    """ "The 22 largest of 52 units by plans (all of them in the table)"; "" when all are shown."""
    if shown >= total:
        return ""
    return translate(
        "Dashboard", "The {shown} largest of {total} units by {what}; the table has them all."
    ).format(shown=shown, total=total, what=what)


def _texts() -> Any:
    from skpdesk.reports.charts import ChartTexts

    return ChartTexts(empty=translate("Dashboard", "No data for this choice."))


def curve_texts() -> Any:
    from skpdesk.reports.charts import CurveTexts

    return CurveTexts(
        title=translate(
            "Dashboard", "Predikat of the employees against the pattern for predikat organisasi {organisasi}"
        ),
        title_without_organisasi=translate("Dashboard", "Predikat of the employees"),
        y_axis=translate("Dashboard", "Employees"),
        actual=translate("Dashboard", "Employees (n = {n})"),
        pattern=translate("Dashboard", "Range of the {organisasi} pattern (R-CURVE)"),
        must_not=translate("Dashboard", "None allowed"),
        largest=translate("Dashboard", "largest group"),
        nearest=translate("Dashboard", "Nearest distribution that fits"),
        fits=translate("Dashboard", "Fits the distribution pattern."),
        does_not_fit=translate(
            "Dashboard", "Does not fit the distribution pattern (a consideration for the leader, not a rule)."
        ),
        no_org_predikat=translate(
            "Dashboard", "No predikat kinerja organisasi: the distribution cannot be compared with a pattern."
        ),
        no_data=translate("Dashboard", "Nobody has a final rating yet."),
        group_rule=translate("Dashboard", "At least one employee {group}"),
        or_word=translate("Dashboard", "or"),
    )


def figure_for(part: Part, d: Dashboard, size: ChartSize, selected: str | None = None) -> Figure:
    """The chart of one tab for the view ``d``; ``selected`` a unit id of the curve table (None:
    the total)."""
    from skpdesk.reports import charts

    inches = (size.width / BASE_DPI, size.height / BASE_DPI)
    limit = chart_rows(size.height)
    if part is Part.STATUS:
        shown = _statuses(d)
        rows = largest(d.plan_status, lambda r: r.total, limit)
        return charts.stacked_bar_figure(
            [unit_text(r.unit_name, r.own_staff, r.unit_id) for r in rows],
            [(status_label(s), [r.count(s) for r in rows], STATUS_COLOURS[s]) for s in shown],
            note=chart_caption(len(rows), len(d.plan_status), translate("Dashboard", "plans")),
            texts=_texts(),
            size=inches,
        )
    if part is Part.PROGRESS:
        rows_p = largest(d.progress, lambda r: r.indicators, limit)
        return charts.heatmap_figure(
            [unit_text(r.unit_name, r.own_staff, r.unit_id) for r in rows_p],
            list(d.progress_periodes),
            [
                [_float(_share(r.reported[i], r.indicators)) for i in range(len(d.progress_periodes))]
                for r in rows_p
            ],
            note=chart_caption(len(rows_p), len(d.progress), translate("Dashboard", "IKI")),
            texts=_texts(),
            size=inches,
        )
    if part is Part.CASCADE:
        rows_c = largest(d.cascade, lambda r: r.findings, limit)
        names = cascade_headers()
        series = [
            (names[3 + 1], [r.orphan for r in rows_c], FINDING_COLOURS[0]),
            (names[3 + 2], [r.not_atasan for r in rows_c], FINDING_COLOURS[1]),
            (names[3 + 3], [r.uncovered for r in rows_c], FINDING_COLOURS[2]),
            (names[2], [r.missing_plan for r in rows_c], FINDING_COLOURS[3]),
        ]
        return charts.stacked_bar_figure(
            [unit_text(r.unit_name, r.own_staff, r.unit_id) for r in rows_c],
            series,
            note=chart_caption(len(rows_c), len(d.cascade), translate("Dashboard", "findings")),
            texts=_texts(),
            size=inches,
        )
    if part is Part.OUTLIERS:
        shown_o = largest(d.outliers, lambda o: o.people, limit)
        kinds = [k for k in OutlierKind if any(o.kind is k for o in shown_o)]
        return charts.bar_figure(
            [unit_text(o.unit_name, o.own_staff, o.unit_id) for o in shown_o],
            [o.people for o in shown_o],
            colours=[OUTLIER_COLOURS[o.kind] for o in shown_o],
            legend=[(_t(OUTLIER_SHORT[k]), OUTLIER_COLOURS[k]) for k in kinds],
            note=chart_caption(len(shown_o), len(d.outliers), translate("Dashboard", "people concerned")),
            texts=_texts(),
            size=inches,
        )
    row = curve_row(d, selected)
    if row is None:
        return charts.curve_figure({}, None, texts=curve_texts(), size=inches)
    unit = unit_text(row.unit_name, row.own_staff, row.unit_id) if row.unit_id or row.unit_name else ""
    texts = curve_texts()
    title = texts.title_without_organisasi if row.org_predikat is None else texts.title
    title = title.format(organisasi=domain_label(row.org_predikat) if row.org_predikat else "")
    if unit:
        title = translate("Dashboard", "{unit}: {title}").format(unit=unit, title=title)
    return charts.curve_figure(row.counts, row.org_predikat, title=title, texts=texts, size=inches)


def curve_row(d: Dashboard, selected: str | None) -> CurveRow | None:
    if selected is not None:
        for r in d.curve:
            if r.unit_id == selected:
                return r
    return d.curve_total


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def curve_result_lines(row: CurveRow) -> list[str]:
    """The checks of one row as lines (✓ / ✗), for a tooltip."""
    result: curve.CurveResult | None = row.result
    if result is None or row.n == 0:
        return []
    return [
        ("✓ " if c.passed else "✗ ") + curve_text.check_text(c, result.n, result.largest)
        for c in result.checks
    ]
