"""Charts as matplotlib ``Figure`` objects: service results in, a figure out (STYLE.md §4).

Pure functions: no workspace, no Qt, no ``pyplot`` (global state). The same ``Figure`` is shown
on screen in a ``FigureCanvasQTAgg`` and drawn into PDFs (``figure_png``). matplotlib is imported
inside the functions, never at module import (PLATFORM.md "Start-up cost"), so importing this
module is free. A figure is not shared between threads: build it on any thread, paint it on one.

The words drawn are parameters with the official Indonesian words as defaults (the documents are
Indonesian in every UI language); the screen passes translated ones (``CurveTexts``,
``ChartTexts``). Predikat names default to the names printed on the official curve (R-MATRIX).

- ``curve_figure``: the employees' predikat distribution against the pattern of R-CURVE for the
  predikat kinerja organisasi, as the Dokumen Evaluasi Kinerja draws it (R-FORM-EVALUASI "POLA
  DISTRIBUSI": x-axis Sangat Kurang … Sangat Baik, y-axis Frekuensi Pegawai).
- ``stacked_bar_figure``, ``bar_figure``: the dashboard's per-unit charts.
- ``figure_png``: a figure as PNG bytes.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from skpdesk.domain import curve
from skpdesk.domain.predikat import Predikat, PredikatOrganisasi
from skpdesk.domain.predikat import label as domain_label

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# Colours per predikat, best to worst (green → red); the expected pattern is drawn in ink.
PREDIKAT_COLOURS: Final[Mapping[Predikat, str]] = {
    Predikat.SANGAT_BAIK: "#1b7f3b",
    Predikat.BAIK: "#5aa469",
    Predikat.BUTUH_PERBAIKAN: "#e0b64c",
    Predikat.KURANG_MISCONDUCT: "#e07b39",
    Predikat.SANGAT_KURANG: "#b3261e",
}
INK: Final = "#34495e"
MUTED: Final = "#5b6b78"
WARNING: Final = "#8a5a00"
NEAREST: Final = "#1f5fa8"
# A qualitative palette for series that are not predikat (plan status, findings, ...).
SERIES_COLOURS: Final[tuple[str, ...]] = (
    "#9aa5b1",
    "#e0b64c",
    "#1f78b4",
    "#1b7f3b",
    "#b3261e",
    "#6a3d9a",
    "#e07b39",
    "#33a0a0",
)

# SKP-REFERENCE R-FORM-EVALUASI [V] S3: the x-axis of the official curve runs from Sangat Kurang to
# Sangat Baik.
FORM_ORDER: Final[tuple[Predikat, ...]] = tuple(reversed(list(Predikat)))

DEFAULT_SIZE: Final = (6.4, 3.6)  # inches; 960×540 px at 150 dpi
MAX_CELL_LABELS: Final = 60  # a heat map writes its values only up to this many cells (text is slow)


@dataclass(frozen=True)
class CurveTexts:
    """The words of ``curve_figure``; defaults are the official Indonesian ones (R-FORM-EVALUASI).

    ``title`` and the notes are ``str.format`` templates: ``{organisasi}`` is the predikat
    organisasi's label, ``{n}`` the number of employees rated.
    """

    title: str = "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI {organisasi}"
    title_without_organisasi: str = "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI"
    y_axis: str = "Frekuensi Pegawai"
    actual: str = "Pegawai (n = {n})"
    pattern: str = "Rentang pola {organisasi} (R-CURVE)"
    must_not: str = "Tidak boleh ada"
    largest: str = "kelompok terbesar"
    nearest: str = "Distribusi terdekat yang sesuai"
    fits: str = "Sesuai pola distribusi."
    does_not_fit: str = "Tidak sesuai pola distribusi (pertimbangan bagi pimpinan, bukan larangan)."
    no_org_predikat: str = (
        "Predikat kinerja organisasi belum ditetapkan: pola distribusi tidak dapat dibandingkan."
    )
    no_data: str = "Belum ada pegawai yang dinilai."
    group_rule: str = "Minimal satu pegawai {group}"
    or_word: str = "atau"


@dataclass(frozen=True)
class ChartTexts:
    """Words of the simple charts: y-axis label, an empty-chart note."""

    y_axis: str = ""
    empty: str = "Tidak ada data untuk pilihan ini."


def official_curve_title(organisasi: PredikatOrganisasi | None, texts: CurveTexts | None = None) -> str:
    """The R-FORM-EVALUASI chart title for a predikat organisasi (capitals as printed)."""
    texts = texts or CurveTexts()
    if organisasi is None:
        return texts.title_without_organisasi
    return texts.title.format(organisasi=domain_label(organisasi).upper())


def _configure() -> None:
    """Settings every chart shares, made once: text drawn without hinting (about 40% less time
    per label with matplotlib 3.11's text layout, no visible difference at 100–150 dpi), and no
    mathtext (a "$" in a unit name is text)."""
    import matplotlib

    if matplotlib.rcParams["text.hinting"] != "none" or matplotlib.rcParams["text.parse_math"]:
        matplotlib.rcParams["text.hinting"] = "none"
        matplotlib.rcParams["text.parse_math"] = False


def _new_figure(size: tuple[float, float] = DEFAULT_SIZE) -> Figure:
    from matplotlib.figure import Figure

    _configure()

    fig = Figure(figsize=size, dpi=100, layout="constrained")
    fig.set_facecolor("white")
    return fig


def _style_axes(ax: Axes) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(MUTED)
    ax.tick_params(colors=INK, labelsize=8)
    ax.yaxis.label.set_color(INK)
    ax.grid(axis="y", color="#e3e8ec", linewidth=0.8)
    ax.set_axisbelow(True)


def _percent(share: Decimal) -> str:
    value = (share * 100).quantize(Decimal("0.1"))
    text = f"{value:.1f}".replace(".", ",")
    return text.removesuffix(",0") + "%"


def curve_figure(
    counts: Mapping[Predikat, int],
    org_predikat: PredikatOrganisasi | None,
    *,
    title: str = "",
    language_labels: Mapping[Predikat, str] | None = None,
    texts: CurveTexts | None = None,
    rounding: curve.Rounding = curve.DEFAULT_ROUNDING,
    largest: curve.Largest = curve.DEFAULT_LARGEST,
    order: Sequence[Predikat] = FORM_ORDER,
    size: tuple[float, float] = DEFAULT_SIZE,
) -> Figure:
    """Employees per predikat (bars, share on top) against the R-CURVE pattern of ``org_predikat``.

    The pattern is drawn per predikat as an outlined range in people for this n (SKP-REFERENCE
    R-CURVE, ``curve.expected_pattern``: lower bound to upper bound under ``rounding``); a predikat
    that must not appear gets a cross at 0; the predikat that must be the largest group is named.
    When the counts do not fit, the nearest distribution of the same people that fits
    (``curve.evaluate``) is drawn as a line with markers. Without ``org_predikat`` only the bars and
    a note; without anyone rated, a note. A warning, never a verdict that blocks (R-CURVE).

    ``title``: "" draws the official title (``official_curve_title``); pass your own otherwise.
    ``order``: the x-axis, by default as on the official form (Sangat Kurang first).
    Counts must be whole numbers ≥ 0 (``SkpError(CURVE_COUNT_INVALID)`` otherwise).
    """
    texts = texts or CurveTexts()
    labels = {p: (language_labels or {}).get(p) or domain_label(p) for p in Predikat}
    result = curve.evaluate(
        org_predikat or PredikatOrganisasi.BAIK, counts, rounding=rounding, largest=largest
    )  # validates the counts; the verdict is only used with an org predikat
    clean, n = result.counts, result.n
    fig = _new_figure(size)
    ax = fig.add_subplot()
    _style_axes(ax)
    xs = list(range(len(order)))
    heights = [clean[p] for p in order]
    bars = ax.bar(
        xs, heights, width=0.62, color=[PREDIKAT_COLOURS[p] for p in order], edgecolor="white", zorder=2
    )
    from matplotlib.patches import Patch

    handles: list[Artist] = [Patch(facecolor="#8fa3b3", edgecolor="white", label=texts.actual.format(n=n))]
    for rect, p in zip(bars, order, strict=True):
        if n:
            ax.annotate(
                f"{clean[p]} ({_percent(result.shares[p])})",
                (rect.get_x() + rect.get_width() / 2, rect.get_height()),
                xytext=(0, 2),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=7.5,
                color=INK,
            )
    top: float = max([*heights, 1])
    notes: list[tuple[str, str]] = []
    if org_predikat is None:
        notes.append((texts.no_org_predikat, WARNING))
    elif n == 0:
        notes.append((texts.no_data, MUTED))
    else:
        top = max(top, _draw_pattern(ax, org_predikat, n, order, texts, rounding, largest, result, handles))
        if result.fits:
            notes.append((texts.fits, "#1b7f3b"))
        else:
            notes.append((texts.does_not_fit, WARNING))
    if org_predikat is None and n == 0:
        notes.append((texts.no_data, MUTED))
    ax.set_xticks(xs, [labels[p] for p in order])
    ax.set_ylabel(texts.y_axis, fontsize=8)
    ax.set_ylim(0, top * 1.18 + 0.5)
    ax.set_xlim(-0.6, len(order) - 0.4)
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    shown = title or official_curve_title(org_predikat, texts)
    fig.suptitle(shown, fontsize=8.5, color=INK, fontweight="bold", wrap=True)
    fig.legend(
        handles=handles,
        loc="outside lower center",
        ncols=len(handles) if len(handles) <= 3 else 2,
        fontsize=7,
        frameon=False,
    )
    if notes:
        ax.set_title("\n".join(t for t, _ in notes), fontsize=7.5, color=notes[0][1], loc="left")
    return fig


def _draw_pattern(
    ax: Axes,
    org: PredikatOrganisasi,
    n: int,
    order: Sequence[Predikat],
    texts: CurveTexts,
    rounding: curve.Rounding,
    largest: curve.Largest,
    result: curve.CurveResult,
    handles: list[Artist],
) -> float:
    """Draw the expected ranges (and the nearest fit); return the highest y used."""
    from matplotlib.patches import Rectangle

    pattern = curve.expected_pattern(org, n, rounding=rounding, largest=largest)
    bands = {b.predikat: b for b in pattern.bands}
    top = 0.0
    first = True
    for x, p in enumerate(order):
        band = bands[p]
        low = band.min_count or 0
        high = band.max_count if band.max_count is not None else n
        if band.role is curve.Role.MUST_NOT:
            (mark,) = ax.plot(
                [x],
                [0],
                marker="x",
                markersize=9,
                markeredgewidth=2,
                color=INK,
                linestyle="none",
                label=texts.must_not,
                zorder=4,
                clip_on=False,
            )
            handles.append(mark)
            continue
        if band.role is not curve.Role.MUST or (low == 0 and high >= n and not band.largest):
            continue  # "may appear": any number, nothing to draw
        height = max(high - low, 0.04 * max(n, 1))
        rect = Rectangle(
            (x - 0.4, low),
            0.8,
            height,
            fill=False,
            edgecolor=INK,
            linewidth=1.3,
            linestyle=(0, (4, 2)),
            label=texts.pattern.format(organisasi=domain_label(org)) if first else None,
            zorder=3,
        )
        ax.add_patch(rect)
        if first:
            handles.insert(1, rect)
        first = False
        top = max(top, low + height)
        if band.largest:
            ax.annotate(
                texts.largest,
                (x, low + height),
                xytext=(0, 12),
                textcoords="offset points",
                ha="center",
                va="bottom",
                fontsize=7,
                color=INK,
                fontstyle="italic",
            )
    for rule in pattern.group_rules:
        if rule.kind is curve.RuleKind.AT_LEAST_ONE:
            group = f" {texts.or_word} ".join(domain_label(p) for p in rule.predikat)
            ax.text(
                0.99,
                0.98,
                texts.group_rule.format(group=group),
                transform=ax.transAxes,
                ha="right",
                va="top",
                fontsize=7,
                color=INK,
            )
    if not result.fits and result.nearest is not None:
        xs = list(range(len(order)))
        ys = [result.nearest[p] for p in order]
        (line,) = ax.plot(
            xs,
            ys,
            color=NEAREST,
            marker="o",
            markersize=4,
            linewidth=1.2,
            label=texts.nearest,
            zorder=5,
        )
        handles.append(line)
        top = max(top, *ys)
    return top


# --- simple charts for the dashboard ----------------------------------------------------------------


def stacked_bar_figure(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float], str]],
    *,
    title: str = "",
    note: str = "",
    texts: ChartTexts | None = None,
    horizontal: bool = True,
    percent: bool = False,
    size: tuple[float, float] = DEFAULT_SIZE,
) -> Figure:
    """One stacked bar per category; ``series`` = (name, value per category, colour).

    ``percent``: each bar is scaled to 100 % of its own total (empty bars stay empty).
    ``horizontal``: categories down the y-axis (long unit names read better), first at the top.
    """
    texts = texts or ChartTexts()
    fig = _new_figure(size)
    ax = fig.add_subplot()
    _style_axes(ax)
    cats = list(categories)
    if not cats or not series:
        _empty(ax, texts)
        _title(fig, title, note)
        return fig
    values = [[float(v) for v in s[1]] for s in series]
    for row in values:
        if len(row) != len(cats):
            raise ValueError("each series needs one value per category")
    kept = [i for i, row in enumerate(values) if any(row)] or [0]  # empty series: no bars, no legend
    series = [series[i] for i in kept]
    values = [values[i] for i in kept]
    if percent:
        totals = [sum(col) for col in zip(*values, strict=True)]
        values = [[v * 100 / t if t else 0.0 for v, t in zip(row, totals, strict=True)] for row in values]
    positions = list(range(len(cats)))
    base = [0.0] * len(cats)
    for (name, _, colour), row in zip(series, values, strict=True):
        if horizontal:
            ax.barh(positions, row, left=base, color=colour, label=name, height=0.66, zorder=2)
        else:
            ax.bar(positions, row, bottom=base, color=colour, label=name, width=0.66, zorder=2)
        base = [b + v for b, v in zip(base, row, strict=True)]
    _category_axis(ax, positions, cats, horizontal)
    if horizontal:
        ax.grid(axis="x", color="#e3e8ec", linewidth=0.8)
        ax.grid(axis="y", visible=False)
        ax.set_xlabel(texts.y_axis, fontsize=8, color=INK)
        if percent:
            ax.set_xlim(0, 100)
    else:
        ax.set_ylabel(texts.y_axis, fontsize=8)
        if percent:
            ax.set_ylim(0, 100)
    # legend and value axis on top: a tall chart is read from its top (it may scroll)
    fig.legend(loc="outside upper center", ncols=min(len(series), 6), fontsize=7, frameon=False)
    if horizontal:
        ax.xaxis.tick_top()
        ax.xaxis.set_label_position("top")
    _title(fig, title, note)
    return fig


def bar_figure(
    categories: Sequence[str],
    values: Sequence[float],
    *,
    title: str = "",
    note: str = "",
    texts: ChartTexts | None = None,
    colour: str = "#1f78b4",
    colours: Sequence[str] | None = None,
    legend: Sequence[tuple[str, str]] = (),
    horizontal: bool = True,
    limit: float | None = None,
    value_format: str = "{:.0f}",
    size: tuple[float, float] = DEFAULT_SIZE,
) -> Figure:
    """One bar per category with its value written at the end; ``limit`` fixes the value axis.
    ``colours``: one per bar (else ``colour`` for all); ``legend``: (name, colour) entries."""
    texts = texts or ChartTexts()
    fig = _new_figure(size)
    ax = fig.add_subplot()
    _style_axes(ax)
    cats = list(categories)
    if not cats:
        _empty(ax, texts)
        _title(fig, title, note)
        return fig
    if len(values) != len(cats) or (colours is not None and len(colours) != len(cats)):
        raise ValueError("one value (and colour) per category")
    positions = list(range(len(cats)))
    data = [float(v) for v in values]
    fill = list(colours) if colours is not None else colour
    if horizontal:
        bars = ax.barh(positions, data, color=fill, height=0.66, zorder=2)
        ax.xaxis.tick_top()
        ax.xaxis.set_label_position("top")
        ax.grid(axis="x", color="#e3e8ec", linewidth=0.8)
        ax.grid(axis="y", visible=False)
        ax.set_xlabel(texts.y_axis, fontsize=8, color=INK)
        if limit is not None:
            ax.set_xlim(0, limit)
    else:
        bars = ax.bar(positions, data, color=fill, width=0.66, zorder=2)
        ax.set_ylabel(texts.y_axis, fontsize=8)
        if limit is not None:
            ax.set_ylim(0, limit)
    ax.bar_label(bars, labels=[value_format.format(v) for v in data], fontsize=7, color=INK, padding=2)
    _category_axis(ax, positions, cats, horizontal)
    if legend:
        from matplotlib.patches import Patch

        handles = [Patch(facecolor=c, label=name) for name, c in legend]
        fig.legend(
            handles=handles, loc="outside upper center", ncols=min(len(handles), 4), fontsize=7, frameon=False
        )
    _title(fig, title, note)
    return fig


def heatmap_figure(
    rows: Sequence[str],
    columns: Sequence[str],
    values: Sequence[Sequence[float | None]],
    *,
    title: str = "",
    note: str = "",
    texts: ChartTexts | None = None,
    value_format: str = "{:.0f}%",
    limit: float = 100.0,
    size: tuple[float, float] = DEFAULT_SIZE,
) -> Figure:
    """A grid of values (e.g. the share of IKI with a realisasi, per unit and period), each cell
    coloured from red (0) to green (``limit``) with its value written (up to MAX_CELL_LABELS
    cells; a larger grid has a colour bar instead); None is an empty grey cell."""
    texts = texts or ChartTexts()
    fig = _new_figure(size)
    ax = fig.add_subplot()
    if not rows or not columns:
        _style_axes(ax)
        _empty(ax, texts)
        _title(fig, title, note)
        return fig
    if len(values) != len(rows) or any(len(v) != len(columns) for v in values):
        raise ValueError("one value per row and column")
    from matplotlib.colors import LinearSegmentedColormap

    cmap = LinearSegmentedColormap.from_list(
        "progress",
        [PREDIKAT_COLOURS[Predikat.SANGAT_KURANG], "#f3d27a", PREDIKAT_COLOURS[Predikat.SANGAT_BAIK]],
    ).with_extremes(bad="#e3e8ec")
    import numpy as np

    grid = np.ma.masked_invalid(
        np.array([[np.nan if v is None else float(v) for v in row] for row in values])
    )
    image = ax.imshow(grid, cmap=cmap, vmin=0, vmax=limit, aspect="auto", interpolation="nearest")
    if len(rows) * len(columns) > MAX_CELL_LABELS:
        bar = fig.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
        bar.ax.tick_params(labelsize=7, colors=INK)
    for r, row in enumerate(values if len(rows) * len(columns) <= MAX_CELL_LABELS else ()):
        for c, value in enumerate(row):
            if value is not None:
                dark = value < limit * 0.25 or value > limit * 0.8
                ax.text(
                    c,
                    r,
                    value_format.format(value),
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white" if dark else INK,
                )
    ax.set_xticks(range(len(columns)), list(columns))
    ax.xaxis.tick_top()
    short = [c if len(c) <= 34 else c[:33] + "…" for c in rows]
    ax.set_yticks(range(len(rows)), short)
    ax.tick_params(colors=INK, labelsize=8, length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    _title(fig, title, note)
    return fig


def _category_axis(ax: Axes, positions: list[int], cats: list[str], horizontal: bool) -> None:
    short = [c if len(c) <= 34 else c[:33] + "…" for c in cats]
    if horizontal:
        ax.set_yticks(positions, short)
        ax.invert_yaxis()  # first category at the top, like the table under the chart
    else:
        ax.set_xticks(
            positions, short, rotation=30 if len(cats) > 4 else 0, ha="right" if len(cats) > 4 else "center"
        )


def _empty(ax: Axes, texts: ChartTexts) -> None:
    ax.set_xticks([])
    ax.set_yticks([])
    ax.text(0.5, 0.5, texts.empty, transform=ax.transAxes, ha="center", va="center", color=MUTED, fontsize=9)


def _title(fig: Figure, title: str, note: str = "") -> None:
    """A bold title on top, a muted note under the chart."""
    if title:
        fig.suptitle(title, fontsize=9, color=INK, fontweight="bold")
    if note:
        fig.supxlabel(note, fontsize=7.5, color=MUTED)


def figure_png(fig: Figure, dpi: int = 150) -> bytes:
    """The figure as PNG bytes (Agg, no screen needed), e.g. for a PDF or an export."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    if not isinstance(fig.canvas, FigureCanvasAgg):  # a Qt canvas is an Agg canvas too
        FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()
