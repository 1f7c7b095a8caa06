"""A matplotlib canvas on screen whose figure was drawn off the GUI thread.

``render`` (any thread) draws a new ``Figure`` with the Agg renderer at the size it will be shown;
``ChartCanvas.adopt`` (GUI thread) takes the figure and its drawn buffer, so that painting is a
copy of pixels: the GUI thread never waits for matplotlib to draw (STYLE.md §4, §7). The canvas
is a ``FigureCanvasQTAgg``: when its size changes it draws again itself, as any other.

Importing this module imports matplotlib: the page imports it when the first chart arrives.
"""

from __future__ import annotations

from typing import Any

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure

BASE_DPI = 100


def render(fig: Figure, width: int, height: int, ratio: float = 1.0) -> FigureCanvasAgg:
    """Draw ``fig`` at ``width``×``height`` logical pixels for a screen of device pixel ratio
    ``ratio``; the figure must not be shown anywhere yet."""
    fig.set_dpi(BASE_DPI * ratio)
    fig.set_size_inches(width / BASE_DPI, height / BASE_DPI)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()  # type: ignore[no-untyped-call]
    return canvas


class ChartCanvas(FigureCanvasQTAgg):
    """Shows figures drawn by ``render``; draws itself only when its size no longer matches."""

    def __init__(self) -> None:
        super().__init__(Figure(figsize=(4, 3), dpi=BASE_DPI))  # type: ignore[no-untyped-call]
        self.setObjectName("dashboardChart")
        self.adopted = 0  # figures shown so far (tests and the benchmark wait on it)

    def adopt(self, drawn: FigureCanvasAgg, width: int, height: int) -> None:
        """Show a figure ``render`` drew at ``width``×``height`` (this canvas's new fixed size)."""
        fig = drawn.figure
        self.figure = fig
        fig.set_canvas(self)
        self.renderer = drawn.renderer
        self._lastKey = drawn._lastKey
        self.setFixedSize(width, height)
        self.adopted += 1
        self.update()

    def draw(self) -> None:
        """Draw only when the buffer does not fit the figure's size (the figures never change
        after ``render``): a resize, or a screen with another pixel ratio."""
        w, h = self.get_width_height(physical=True)
        if getattr(self, "renderer", None) is not None and self._lastKey == (w, h, self.figure.dpi):
            self.update()
            return
        super().draw()  # type: ignore[no-untyped-call]

    def figure_shown(self) -> Any:
        return self.figure
