"""Charts as matplotlib figures: the curve chart's bars are the counts in the official order, the
R-CURVE pattern is drawn as ranges in people, the nearest fitting distribution as a line, the
notes say when the org predikat or the ratings are missing; simple bar charts; PNG bytes; bad
counts are refused; matplotlib is not imported by importing the module."""

from __future__ import annotations

import io
import subprocess
import sys
from typing import Any

import pytest

from skpdesk.domain import curve
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.predikat import Predikat, PredikatOrganisasi
from skpdesk.reports.charts import (
    FORM_ORDER,
    CurveTexts,
    bar_figure,
    curve_figure,
    figure_png,
    heatmap_figure,
    official_curve_title,
    stacked_bar_figure,
)

SB, B, BP, KM, SK = list(Predikat)


def bar_heights(fig: Any) -> list[float]:
    ax = fig.axes[0]
    return [rect.get_height() for rect in ax.containers[0]]


def bar_widths(fig: Any) -> list[float]:
    return [rect.get_width() for rect in fig.axes[0].containers[0]]


def points(line: Any) -> list[tuple[float, float]]:
    return [(float(x), float(y)) for x, y in zip(line.get_xdata(), line.get_ydata(), strict=True)]


def texts_of(fig: Any) -> str:
    """Every string drawn on the figure (titles, annotations, legend, ticks)."""
    found = [t.get_text() for t in fig.findobj(match=lambda a: hasattr(a, "get_text"))]
    return "\n".join(str(t) for t in found)


def pattern_boxes(fig: Any) -> list[tuple[float, float, float]]:
    """(x centre, bottom, top) of the dashed pattern rectangles (not the bars)."""
    ax = fig.axes[0]
    bars = set(map(id, ax.containers[0]))
    return sorted(
        (round(p.get_x() + p.get_width() / 2), p.get_y(), p.get_y() + p.get_height())
        for p in ax.patches
        if id(p) not in bars
    )


def test_bars_are_the_counts_in_the_order_of_the_official_form() -> None:
    counts = {SB: 2, B: 30, BP: 1, KM: 0, SK: 4}
    fig = curve_figure(counts, PredikatOrganisasi.BAIK)
    assert FORM_ORDER == (SK, KM, BP, B, SB)  # R-FORM-EVALUASI: Sangat Kurang first
    assert bar_heights(fig) == [4, 0, 1, 30, 2]
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert ticks == ["Sangat Kurang", "Kurang/Misconduct", "Butuh Perbaikan", "Baik", "Sangat Baik"]
    text = texts_of(fig)
    assert "30 (81,1%)" in text and "2 (5,4%)" in text  # count and share over each bar, n = 37
    assert official_curve_title(PredikatOrganisasi.BAIK) in text
    assert "Frekuensi Pegawai" in text


def test_the_order_and_the_labels_can_be_chosen() -> None:
    names = {p: p.name.title() for p in Predikat}
    fig = curve_figure({SB: 1, B: 3}, PredikatOrganisasi.BAIK, order=list(Predikat), language_labels=names)
    assert bar_heights(fig) == [1, 3, 0, 0, 0]
    assert fig.axes[0].get_xticklabels()[0].get_text() == "Sangat_Baik"


def test_pattern_is_drawn_as_ranges_in_people() -> None:
    # Istimewa, n = 20: Sangat Baik the largest group and at most 70% → 0..14 people; the rest may
    # appear in any number, so nothing is drawn for them.
    fig = curve_figure({SB: 12, B: 6, BP: 2}, PredikatOrganisasi.ISTIMEWA)
    assert pattern_boxes(fig) == [(4, 0, 14)]
    assert "kelompok terbesar" in texts_of(fig)
    assert "Sesuai pola distribusi." in texts_of(fig)
    # Kurang, n = 10: K/M ≥ 60% → 6..10; BP ≥ 10% → 1..10; SB ≤ 10% → 0..1
    fig = curve_figure({KM: 6, BP: 1, B: 3}, PredikatOrganisasi.KURANG)
    assert pattern_boxes(fig) == [(1, 6, 10), (2, 1, 10), (4, 0, 1)]


def test_a_forbidden_predikat_is_marked_and_a_misfit_shows_the_nearest_fit() -> None:
    counts = {SB: 1, B: 8, BP: 1, SK: 2}
    fig = curve_figure(counts, PredikatOrganisasi.SANGAT_KURANG)
    result = curve.evaluate(PredikatOrganisasi.SANGAT_KURANG, counts)
    assert not result.fits and result.nearest is not None
    lines: dict[str, Any] = {str(line.get_label()): line for line in fig.axes[0].get_lines()}
    cross = lines["Tidak boleh ada"]
    assert points(cross) == [(4, 0)]  # Sangat Baik, none
    nearest = lines["Distribusi terdekat yang sesuai"]
    assert points(nearest) == list(enumerate(result.nearest[p] for p in FORM_ORDER))
    assert "Tidak sesuai pola distribusi" in texts_of(fig)


def test_a_fitting_distribution_draws_no_nearest_line() -> None:
    fig = curve_figure({SB: 2, B: 6, BP: 2}, PredikatOrganisasi.BAIK)
    labels = [line.get_label() for line in fig.axes[0].get_lines()]
    assert "Distribusi terdekat yang sesuai" not in labels
    assert "Minimal satu pegawai Butuh Perbaikan atau Kurang/Misconduct" in texts_of(fig)


def test_no_org_predikat_draws_the_bars_and_a_warning_only() -> None:
    fig = curve_figure({SB: 1, B: 8}, None)
    assert bar_heights(fig) == [0, 0, 0, 8, 1]
    assert pattern_boxes(fig) == []
    assert [line.get_label() for line in fig.axes[0].get_lines()] == []
    text = texts_of(fig)
    assert CurveTexts().no_org_predikat in text
    assert "KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI" in text
    assert "ORGANISASI" not in fig.texts[0].get_text()  # the title names no organisation


def test_nobody_rated_says_so() -> None:
    fig = curve_figure({}, PredikatOrganisasi.BAIK)
    assert bar_heights(fig) == [0, 0, 0, 0, 0]
    assert CurveTexts().no_data in texts_of(fig)
    fig = curve_figure({}, None)
    assert CurveTexts().no_org_predikat in texts_of(fig) and CurveTexts().no_data in texts_of(fig)


def test_translated_words_and_own_title() -> None:
    words = CurveTexts(y_axis="Employees", no_org_predikat="No organisation predikat.")
    fig = curve_figure({B: 3}, None, title="Dinas A", texts=words)
    text = texts_of(fig)
    assert "Employees" in text and "No organisation predikat." in text and "Dinas A" in text
    assert "Frekuensi Pegawai" not in text


@pytest.mark.parametrize(
    "counts", [{Predikat.BAIK: -1}, {Predikat.BAIK: 1.5}, {Predikat.BAIK: True}], ids=["neg", "float", "bool"]
)
def test_bad_counts_are_refused(counts: Any) -> None:
    with pytest.raises(SkpError) as caught:
        curve_figure(counts, PredikatOrganisasi.BAIK)
    assert caught.value.code is Code.CURVE_COUNT_INVALID


def test_stacked_bars_sum_per_category_and_percent_scales_to_100() -> None:
    fig = stacked_bar_figure(
        ["Dinas A", "Dinas B"], [("draft", [2, 0], "#999999"), ("ditetapkan", [6, 5], "#1b7f3b")]
    )
    ax = fig.axes[0]
    assert [r.get_width() for r in ax.containers[0]] == [2, 0]
    assert [r.get_width() for r in ax.containers[1]] == [6, 5]
    assert [r.get_x() for r in ax.containers[1]] == [2, 0]  # stacked after the first series
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Dinas A", "Dinas B"]
    fig = stacked_bar_figure(
        ["A", "B", "C"], [("x", [1, 0, 0], "#999"), ("y", [3, 2, 0], "#111")], percent=True
    )
    ax = fig.axes[0]
    assert [r.get_width() for r in ax.containers[0]] == [25, 0, 0]
    assert [r.get_width() for r in ax.containers[1]] == [75, 100, 0]
    with pytest.raises(ValueError):
        stacked_bar_figure(["A", "B"], [("x", [1], "#999")])


def test_bar_chart_values_and_empty_charts() -> None:
    fig = bar_figure(["A", "B"], [40.0, 75.5], value_format="{:.1f}%", limit=100)
    assert bar_widths(fig) == [40.0, 75.5]
    assert "75.5%" in texts_of(fig)
    assert fig.axes[0].get_xlim() == (0, 100)
    empty = bar_figure([], [])
    assert "Tidak ada data untuk pilihan ini." in texts_of(empty)
    assert "Tidak ada data" in texts_of(stacked_bar_figure([], []))
    with pytest.raises(ValueError):
        bar_figure(["A"], [1, 2])


def test_stacked_bars_leave_out_empty_series_and_put_the_note_under_the_chart() -> None:
    fig = stacked_bar_figure(
        ["A", "B"], [("draft", [0, 0], "#999999"), ("ditetapkan", [3, 4], "#1b7f3b")], note="2 of 5 units"
    )
    ax = fig.axes[0]
    assert len(ax.containers) == 1 and [r.get_width() for r in ax.containers[0]] == [3, 4]
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == ["ditetapkan"]
    assert "2 of 5 units" in texts_of(fig)


def test_bar_chart_colours_per_bar_and_legend() -> None:
    fig = bar_figure(["A", "B"], [1, 2], colours=["#ff0000", "#00ff00"], legend=[("red", "#ff0000")])
    from matplotlib.colors import to_hex

    assert [to_hex(r.get_facecolor()) for r in fig.axes[0].containers[0]] == ["#ff0000", "#00ff00"]
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["red"]
    with pytest.raises(ValueError):
        bar_figure(["A", "B"], [1, 2], colours=["#ff0000"])


def test_heatmap_values_and_empty_cells() -> None:
    fig = heatmap_figure(["Dinas A", "Dinas B"], ["TW1", "TW2"], [[50.0, None], [100.0, 0.0]])
    ax = fig.axes[0]
    grid = ax.images[0].get_array()
    assert grid[0][0] == 50.0 and bool(grid.mask[0][1]) and grid[1][1] == 0.0
    assert {"50%", "100%", "0%"} <= {t.get_text() for t in ax.texts}
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Dinas A", "Dinas B"]
    big = heatmap_figure([f"U{i}" for i in range(20)], ["TW1", "TW2", "TW3", "TW4"], [[10.0] * 4] * 20)
    assert len(big.axes[0].texts) == 0 and len(big.axes) == 2  # too many cells to write: a colour bar
    assert "Tidak ada data" in texts_of(heatmap_figure([], [], []))
    with pytest.raises(ValueError):
        heatmap_figure(["A"], ["TW1"], [[1.0, 2.0]])


def test_figure_png_is_a_png_of_the_asked_resolution() -> None:
    from PIL import Image

    fig = curve_figure({SB: 2, B: 6, BP: 2}, PredikatOrganisasi.BAIK, size=(4, 2))
    data = figure_png(fig, dpi=50)
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert Image.open(io.BytesIO(data)).size == (200, 100)


def test_importing_the_module_does_not_import_matplotlib() -> None:
    code = "import sys, skpdesk.reports.charts; print('matplotlib' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
