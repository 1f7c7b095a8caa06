"""Page furniture shared by the PDF reports: the canvas that numbers the pages ("Halaman X dari Y"),
the footer line and the diagonal watermark.

reportlab is imported here, not at start (PLATFORM.md "Start-up cost"): the report modules import
this one when a document is made. The words are the official Indonesian ones in every UI language.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

# ``footer(canvas, page, total)``: draws one page's footer, the page numbers known.
FooterDraw = Callable[[Canvas, int, int], None]


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
    """Keeps each page until the end, to print "Halaman X dari Y" and the footer on all of them.

    Made through ``functools.partial(NumberedCanvas, footer=..., pages=...)`` as a ``canvasmaker``:
    ``footer`` draws each page's footer once the total is known; the page count is appended to
    ``pages`` when the document is saved.
    """

    def __init__(self, *args: Any, footer: FooterDraw, pages: list[int], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer_draw = footer
        self._page_counts = pages
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self._footer_draw(self, self._pageNumber, total)
            super().showPage()
        self._page_counts.append(total)
        super().save()


def page_of(page: int, total: int) -> str:
    return f"Halaman {page} dari {total}"


def footer_line(
    canvas: Canvas, left: str, page: int, total: int, *, y: float, margin: float, font: str, color: Color
) -> None:
    """A thin rule, ``left`` under it at the left margin (smaller, down to 5 pt, rather than over
    the page number) and "Halaman X dari Y" at the right margin, 7 pt, in ``color``.

    Draws in the canvas's current state: the caller saves and restores it around.
    """
    width = canvas._pagesize[0]
    right = page_of(page, total)
    canvas.setStrokeColor(color)
    canvas.setLineWidth(0.4)
    canvas.line(margin, y + 9, width - margin, y + 9)
    canvas.setFillColor(color)
    room = width - 2 * margin - pdfmetrics.stringWidth(right, font, 7) - 12
    size = 7.0
    while size > 5 and pdfmetrics.stringWidth(left, font, size) > room:
        size -= 0.5  # a long status or NIP: smaller, never over the page number
    canvas.setFont(font, size)
    canvas.drawString(margin, y, left)
    canvas.setFont(font, 7)
    canvas.drawRightString(width - margin, y, right)


def diagonal_mark(canvas: Canvas, text: str, *, font: str, size: float, drop: float, color: Color) -> None:
    """``text`` across the middle of the page at 50°, ``drop`` points below the centre line; drawn
    before the page's content, so it lies under the tables."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.translate(width / 2, height / 2)
    canvas.rotate(50)
    canvas.setFillColor(color)
    canvas.setFont(font, size)
    canvas.drawCentredString(0, -drop, text)
    canvas.restoreState()


def build_numbered(
    template: Any,
    story: list[Any],
    footer: Callable[[Canvas, int, int], None],
    decorate: Callable[[Canvas, Any], None] | None = None,
) -> int:
    """Build a document whose every page carries ``footer`` with "Halaman X dari Y" (and
    ``decorate`` drawn on each page as it is made); returns the number of pages."""
    pages: list[int] = []
    extra: dict[str, Any] = {"onFirstPage": decorate, "onLaterPages": decorate} if decorate else {}
    template.build(story, canvasmaker=functools.partial(NumberedCanvas, footer=footer, pages=pages), **extra)
    return pages[0]
