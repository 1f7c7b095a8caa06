"""The pohon kinerja (performance tree) of a unit and year as a printable diagram (R-CASCADE).

A pure function of a ``CascadeTree`` and its ``CascadeChecks``: it never queries the workspace
(ARCHITECTURE.md "reports"). reportlab is imported here, not at start: import this module when a
document is made.

Layout: an indented organisation chart read left to right. Each node is a box on a row of its own,
moved right by its depth, joined to the node above it by an elbow connector (a vertical trunk
under the parent box, a horizontal stub into the child). A top-down chart grows as wide as the
widest level (a kepala with forty staff) and must be cut into tiles both ways; here the width
grows only with the depth (a handful of levels), the breadth runs down the page, and a tree of any
size breaks between rows only. A page that goes on under a box from an earlier page repeats the
path of boxes above it ("lanjutan dari halaman N") with the trunks going on from them, and the
trunks still open at a page end run to its bottom edge.

Each box: goals (sasaran strategis, IKU) filled and labelled; an RHK in three columns — its text;
its main IKI, target and cascading method; its owner, jabatan and plan status. An RHK of another
unit shown for context is grey and dashed, an RHK tambahan dashed and listed apart at the end
(SKP-REFERENCE R-CASCADE: an RHK tambahan may intervene nothing). A node with a check finding has a
red dot on its corner and the finding's word. Page 1 carries the title, the checks summary and the
legend; people without a plan are listed at the end.

Sizes: paper A4 or A3, landscape. Text never goes below 7 pt: a bigger tree takes more pages, and a
text longer than a page continues in a box marked "(lanjutan)".

Language: the words are the official Indonesian ones in every UI language (as ``rencana_pdf``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Final

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from skpdesk import __version__
from skpdesk.domain.cascade import CascadeChecks, CascadeIssue, CascadeNode, CascadeTree, IssueKind, NodeKind
from skpdesk.domain.errors import Cancelled
from skpdesk.formatting import format_count
from skpdesk.reports import cascade_document as cd
from skpdesk.reports.rencana_pdf import _write_atomic, fonts

PAPERS: Final[dict[str, tuple[float, float]]] = {"a4": landscape(A4), "a3": landscape(A3)}
MARGIN_X: Final[float] = 12 * mm
MARGIN_TOP: Final[float] = 11 * mm
MARGIN_BOTTOM: Final[float] = 14 * mm  # the footer sits in it
INDENT = 22.0  # a level's step to the right
MIN_INDENT = 12.0
TRUNK = 9.0  # the trunk's distance from its box's left edge
MIN_BOX = 380.0  # the narrowest box (a very deep tree indents less, never boxes narrower)
ROW_GAP = 5.0
PAD = 4.0
COL_GAP = 7.0
COLUMNS = (0.39, 0.36, 0.25)  # text | IKI, target, method | owner, jabatan, status, findings
GHOST_H = 13.0
GHOST_GAP = 3.0
BAND_LABEL_H = 11.0
SECTION_H = 17.0
PEOPLE_GAP = 2.0
RUNNING_H = 16.0

TEXT = 8.0  # an RHK's or a goal's text
SMALL = 7.0  # everything else: never smaller
NAME = 7.5

INK = colors.Color(0.1, 0.1, 0.1)
GREY = colors.Color(0.38, 0.38, 0.38)
LINE = colors.Color(0.35, 0.35, 0.35)
RULE = colors.Color(0.8, 0.8, 0.8)
RED = colors.Color(0.78, 0.1, 0.1)
SECTION_FILL = colors.Color(0.9, 0.92, 0.93)


@dataclass(frozen=True)
class Look:
    """How a kind of box is drawn."""

    fill: colors.Color
    stroke: colors.Color
    accent: colors.Color  # its label's colour
    dashed: bool = False
    width: float = 0.8
    rounded: bool = False


LOOKS: Final[dict[str, Look]] = {
    "sasaran": Look(
        colors.Color(0.85, 0.9, 0.97),
        colors.Color(0.13, 0.3, 0.55),
        colors.Color(0.13, 0.3, 0.55),
        width=1.3,
        rounded=True,
    ),
    "iku": Look(
        colors.Color(0.88, 0.95, 0.89),
        colors.Color(0.15, 0.45, 0.25),
        colors.Color(0.15, 0.45, 0.25),
        rounded=True,
    ),
    "utama": Look(colors.white, colors.Color(0.25, 0.25, 0.25), INK),
    "tambahan": Look(
        colors.Color(1, 0.98, 0.9), colors.Color(0.55, 0.45, 0.1), colors.Color(0.5, 0.4, 0.05), dashed=True
    ),
    "external": Look(colors.Color(0.93, 0.93, 0.93), colors.Color(0.5, 0.5, 0.5), GREY, dashed=True),
    "ghost": Look(colors.Color(0.97, 0.97, 0.97), colors.Color(0.6, 0.6, 0.6), GREY, dashed=True, width=0.6),
}
LEGEND: Final[tuple[tuple[str, str], ...]] = (
    ("sasaran", "Sasaran strategis"),
    ("iku", "Indikator kinerja utama (IKU)"),
    ("utama", "RHK utama"),
    ("tambahan", "RHK tambahan (dicantumkan terpisah di akhir)"),
    ("external", "RHK di luar unit (konteks, yang diintervensi)"),
)
ISSUE_LEGEND = "Ada catatan pemeriksaan (tertulis merah di kotaknya)"
LINE_LEGEND = "Garis: kotak di kanan bawah mengintervensi kotak di atasnya"
LEGEND_TEXT_X = 30.0
TITLE = "POHON KINERJA"
CONTINUED = "lanjutan"
GOES_ON = "bersambung ke halaman berikutnya"


def _look_key(node: CascadeNode) -> str:
    if node.external and node.is_result:
        return "external"
    if node.kind is NodeKind.RESULT:
        return "utama" if node.is_utama else "tambahan"
    return node.kind.value


# -- text ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    text: str
    font: str
    size: float
    color: colors.Color = INK

    @property
    def leading(self) -> float:
        return self.size * 1.2


@functools.lru_cache(maxsize=100_000)
def _word_width(word: str, font: str, size: float) -> float:
    """A word's width (the words of a tree repeat: measured once each)."""
    return float(pdfmetrics.stringWidth(word, font, size))


@functools.lru_cache(maxsize=100_000)
def _wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Lines of ``text`` no wider than ``width`` (words broken only when one alone is wider)."""
    width_of = _word_width
    space = width_of(" ", font, size)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current: list[str] = []
        used = 0.0
        for token in paragraph.split():
            word = token
            w = width_of(word, font, size)
            if current and used + space + w <= width:
                current.append(word)
                used += space + w
                continue
            if current:
                lines.append(" ".join(current))
            while w > width and len(word) > 1:  # a word wider than the column: cut by characters
                cut = max(1, int(len(word) * width / w))
                while cut > 1 and width_of(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                w = width_of(word, font, size)
            current, used = [word], w
        if current:
            lines.append(" ".join(current))
    return tuple(lines)


def _lines(text: str, font: str, size: float, width: float, color: colors.Color = INK) -> list[Line]:
    return [Line(t, font, size, color) for t in _wrap(" ".join(text.split()) or "-", font, size, width)]


def _fit(text: str, font: str, size: float, width: float) -> str:
    """One line of ``text`` cut with an ellipsis to ``width`` (only for repeated texts: the path
    at the top of a continued page; every node's own text is printed whole)."""
    text = " ".join(text.split())
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if pdfmetrics.stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


def _fits(text: str, font: str, size: float, width: float) -> bool:
    return bool(pdfmetrics.stringWidth(text, font, size) <= width)


def _height(column: Sequence[Line]) -> float:
    return sum(line.leading for line in column)


# -- boxes -----------------------------------------------------------------------------------------


@dataclass
class Box:
    """A node's box as measured: its columns of lines and its height."""

    node: CascadeNode
    columns: tuple[list[Line], ...]
    issues: bool
    continued: bool = False

    @property
    def height(self) -> float:
        return 2 * PAD + max(_height(c) for c in self.columns)


@dataclass(frozen=True)
class Geometry:
    paper: str
    width: float
    height: float
    indent: float
    max_depth: int  # the deepest level indented (deeper ones stay at its step)
    box: float  # a box's width
    col_widths: tuple[float, ...]

    @property
    def left(self) -> float:
        return MARGIN_X

    @property
    def frame(self) -> float:
        return self.width - 2 * MARGIN_X

    @property
    def top(self) -> float:
        return self.height - MARGIN_TOP

    @property
    def bottom(self) -> float:
        return MARGIN_BOTTOM

    def x(self, depth: int) -> float:
        return self.left + min(depth, self.max_depth) * self.indent


def _geometry(paper: str, depth: int) -> Geometry:
    try:
        width, height = PAPERS[paper.lower()]
    except KeyError:
        raise ValueError(f"paper must be one of {', '.join(PAPERS)}: {paper!r}") from None
    frame = width - 2 * MARGIN_X
    indent = INDENT
    if depth and frame - depth * indent < MIN_BOX:
        indent = max(MIN_INDENT, (frame - MIN_BOX) / depth)
    max_depth = min(depth, int((frame - MIN_BOX) // indent))
    box = frame - max_depth * indent
    inner = box - 2 * PAD - COL_GAP * (len(COLUMNS) - 1)
    return Geometry(paper, width, height, indent, max_depth, box, tuple(inner * f for f in COLUMNS))


def _measure(node: CascadeNode, issues: Sequence[CascadeIssue], tree: CascadeTree, g: Geometry) -> Box:
    f = fonts()
    w0, w1, w2 = g.col_widths
    look = LOOKS[_look_key(node)]
    text: list[Line] = []
    middle: list[Line] = []
    side: list[Line] = []
    if node.kind is not NodeKind.RESULT:
        label = "SASARAN STRATEGIS" if node.kind is NodeKind.SASARAN else "IKU"
        text.append(Line(label, f.bold, SMALL, look.accent))
        text += _lines(node.text, f.bold, TEXT, w0)
        if node.target_value or node.target_unit:
            middle += _lines(
                "Target: " + cd.target_text(node.target_value, node.target_unit), f.bold, SMALL, w1
            )
        side += _lines(node.unit_name, f.regular, SMALL, w2)
        if node.external:
            side.append(Line("di luar unit", f.regular, SMALL, GREY))
    else:
        if node.external:
            text.append(Line("RHK DI LUAR UNIT", f.bold, SMALL, look.accent))
        text += _lines(node.text, f.regular, TEXT, w0)
        parent = tree.nodes.get(node.parent_id or "")
        if not node.is_utama and parent is not None:
            text += _lines("Mengintervensi: " + parent.text, f.regular, SMALL, w0, GREY)
        main = cd.main_indicator(node)
        if main is None:
            middle.append(Line("Belum ada IKI", f.regular, SMALL, GREY))
        else:
            middle += _lines("IKI " + cd.indicator_text(main), f.regular, SMALL, w1)
            target = cd.target_text(main.target_value, main.target_unit)
            more = f"+{len(node.indicators) - 1} IKI lainnya" if len(node.indicators) > 1 else ""
            if target:
                middle += _lines("Target: " + target, f.bold, SMALL, w1)
                last = middle[-1]
                if more and _fits(f"{last.text} · {more}", f.bold, SMALL, w1):
                    middle[-1] = Line(f"{last.text} · {more}", f.bold, SMALL)
                    more = ""
            if more:
                middle.append(Line(more, f.regular, SMALL, GREY))
        if node.method:
            method = cd.METHOD_LABELS.get(node.method, node.method)
            if node.approach:
                method += " – " + cd.APPROACH_LABELS.get(node.approach, node.approach)
            text += _lines("Cascading " + method.lower(), f.regular, SMALL, w0, GREY)
        side += _lines(node.owner_name or "-", f.bold, NAME, w2)
        if node.jabatan:
            side += _lines(node.jabatan, f.regular, SMALL, w2)
        if node.external and node.unit_name:
            side += _lines(node.unit_name, f.regular, SMALL, w2, GREY)
        if node.plan_status:
            side.append(Line("SKP: " + cd.status_label(node.plan_status), f.regular, SMALL, GREY))
    for word in cd.issue_words(issues):
        side += _lines("● " + word, f.bold, SMALL, w2, RED)
    return Box(node, (text, middle, side), bool(issues))


def _split(box: Box, limit: float, first: float | None = None) -> list[Box]:
    """A box no taller than ``limit`` (its first part no taller than ``first``, when given), or
    its lines cut into boxes that are, the later ones marked "(lanjutan)" (a text longer than a
    page: printed whole, over several pages)."""
    first = limit if first is None else min(first, limit)
    if box.height <= first:
        return [box]
    f = fonts()
    marker = Line(f"({CONTINUED})", f.regular, SMALL, GREY)

    def room(part: int) -> float:  # the later parts start with the marker line
        return (first if part == 0 else limit - marker.leading) - 2 * PAD

    pieces: list[list[list[Line]]] = []
    for column in box.columns:
        parts: list[list[Line]] = [[]]
        used = 0.0
        for line in column:
            if used + line.leading > room(len(parts) - 1) and (parts[-1] or len(parts) == 1):
                parts.append([])
                used = 0.0
            parts[-1].append(line)
            used += line.leading
        pieces.append(parts)
    count = max(len(p) for p in pieces)
    out = []
    for n in range(count):
        columns = tuple(list(p[n]) if n < len(p) else [] for p in pieces)
        if n:
            columns[0].insert(0, marker)
        out.append(Box(box.node, columns, box.issues and n == 0, continued=n > 0))
    return out


# -- layout ----------------------------------------------------------------------------------------


@dataclass
class Item:
    """Something placed on a page: a box, a repeated path box (ghost), a section title, a line of
    the people without a plan, or a note."""

    kind: str  # box | ghost | section | label | people | note
    y: float  # top edge
    height: float
    depth: int = 0
    key: str | None = None  # the node id (box, ghost)
    parent: str | None = None  # the node whose trunk leads here
    box: Box | None = None
    text: str = ""
    cells: tuple[list[Line], ...] = ()
    outline: bool = False  # an entry of the PDF's outline (a section, the top of a subtree)


@dataclass
class Page:
    items: list[Item] = field(default_factory=list)
    open_at_end: tuple[str, ...] = ()  # trunks that go on to the next page
    continues_from: int = 0  # the page before, when the path above is repeated (0: not repeated)
    parent_page: int = 0  # the page with the box of the node the first box hangs under


class _Layout:
    def __init__(self, g: Geometry, first_header: float) -> None:
        self.g = g
        self.pages: list[Page] = [Page()]
        self.y = g.top - first_header
        self.owner_page: dict[str, int] = {}  # node id -> the page its box is on
        self.title = ""  # the section under way (repeated, "lanjutan", on its next pages)

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def fresh_top(self) -> float:
        return self.g.top - RUNNING_H

    def band(self, depth: int) -> float:
        """The room taken at the top of a continued page: the section's title and the path."""
        title = SECTION_H + ROW_GAP if self.title else 0.0
        return title + (BAND_LABEL_H + depth * (GHOST_H + GHOST_GAP) if depth else 0.0)

    def section(self, title: str, need: float) -> None:
        """A section's title bar, on a new page unless ``need`` fits below it here."""
        self.title = ""
        if self.room() < SECTION_H + ROW_GAP + need and not self.empty():
            self.new_page()
        self.place(Item("section", 0, SECTION_H, text=title, outline=True))
        self.title = title

    def new_page(self, path: Sequence[str] = ()) -> None:
        """Start a page; ``path`` = the nodes above what comes next (repeated at its top)."""
        self.page.open_at_end = tuple(path)
        self.pages.append(Page())
        self.y = self.fresh_top()
        if self.title:
            self.place(Item("section", 0, SECTION_H, text=f"{self.title} ({CONTINUED})"))
        if not path:
            return
        self.page.continues_from = len(self.pages) - 1
        self.page.parent_page = self.owner_page.get(path[-1], len(self.pages) - 1)
        self.page.items.append(Item("label", self.y, BAND_LABEL_H))
        self.y -= BAND_LABEL_H
        for depth, node_id in enumerate(path):
            parent = path[depth - 1] if depth else None
            self.page.items.append(Item("ghost", self.y, GHOST_H, depth, node_id, parent))
            self.y -= GHOST_H + GHOST_GAP

    def room(self) -> float:
        return self.y - self.g.bottom

    def empty(self) -> bool:
        return not any(i.kind in {"box", "people", "note", "section"} for i in self.page.items)

    def place(self, item: Item, gap: float = ROW_GAP) -> None:
        item.y = self.y
        self.page.items.append(item)
        self.y -= item.height + gap
        if item.kind == "box" and item.key is not None:
            self.owner_page.setdefault(item.key, len(self.pages))


def _layout(
    tree: CascadeTree,
    checks: CascadeChecks,
    rows: Sequence[cd.Row],
    g: Geometry,
    first_header: float,
    cancelled: Callable[[], bool] | None,
) -> list[Page]:
    lay = _Layout(g, first_header)
    later_room = g.top - RUNNING_H - g.bottom
    section: cd.Section | None = cd.Section.TREE
    for n, row in enumerate(rows):
        if cancelled is not None and n % 500 == 0 and cancelled():
            raise Cancelled
        node = row.node
        first = _measure(node, checks.of(node.id), tree, g)
        if row.section is not section:
            section = row.section
            lay.section(cd.SECTION_TITLES[section], min(first.height, later_room / 2))
        above = row.path[:-1]
        limit = later_room - lay.band(len(above)) - 1
        # a box taller than half a page starts in the room left here when that is a third of a
        # page or more (moved whole, it would leave that room empty); anything shorter moves whole
        here = lay.room() if first.height > later_room / 2 and lay.room() >= later_room / 3 else None
        for part in _split(first, limit, here):
            if lay.room() < part.height and not lay.empty():
                lay.new_page(above)
            top = not part.continued and row.depth == 0 and (not node.is_result or bool(tree.kids(node.id)))
            lay.place(Item("box", 0, part.height, row.depth, node.id, row.parent_id, part, outline=top))
    if not rows:
        lay.place(
            Item(
                "note",
                0,
                14,
                text=f"Belum ada sasaran strategis maupun RHK untuk unit ini pada tahun {tree.year}.",
            )
        )
    _people(tree, lay, g)
    return lay.pages


def _people_columns(g: Geometry) -> tuple[int, float]:
    per_row = 3 if g.paper == "a4" else 4
    return per_row, (g.frame - (per_row - 1) * COL_GAP) / per_row


def _people(tree: CascadeTree, lay: _Layout, g: Geometry) -> None:
    """The people of the unit without a plan this year, in columns, after the tree."""
    if not tree.missing:
        return
    f = fonts()
    per_row, width = _people_columns(g)
    title = (
        f"PEGAWAI YANG BELUM MEMILIKI SKP TAHUN {tree.year} ({format_count(len(tree.missing), 'id')} orang)"
    )
    entries = [
        _lines(f"{m.name} — {m.jabatan}" if m.jabatan else m.name, f.regular, SMALL, width)
        for m in tree.missing
    ]
    lines = [tuple(entries[i : i + per_row]) for i in range(0, len(entries), per_row)]
    lay.section(title, max(_height(c) for c in lines[0]))
    for cells in lines:
        height = max(_height(c) for c in cells)
        if lay.room() < height and not lay.empty():
            lay.new_page()
        lay.place(Item("people", 0, height, cells=cells), PEOPLE_GAP)


# -- drawing ---------------------------------------------------------------------------------------


class _Painter:
    def __init__(
        self, canvas: Canvas, tree: CascadeTree, checks: CascadeChecks, g: Geometry, instansi: str
    ) -> None:
        self.c = canvas
        self.tree = tree
        self.checks = checks
        self.g = g
        self.instansi = instansi
        self.f = fonts()
        self._font: tuple[str, float] | None = None
        self._fill: colors.Color | None = None

    # small state caches: a page of boxes sets the same font and colour hundreds of times
    def font(self, name: str, size: float) -> None:
        if self._font != (name, size):
            self.c.setFont(name, size)
            self._font = (name, size)

    def fill(self, color: colors.Color) -> None:
        if self._fill is not color:
            self.c.setFillColor(color)
            self._fill = color

    def reset(self) -> None:
        self._font = None
        self._fill = None

    def column(self, x: float, top: float, lines: Sequence[Line]) -> None:
        """Lines from ``top`` down in one text object: a move and the text per line (a string
        drawn alone costs a text block, a font and a position each)."""
        if not lines:
            return
        t = self.c.beginText()
        t.setTextOrigin(x, top - lines[0].leading + lines[0].size * 0.22)
        font: tuple[str, float] | None = None
        leading: float | None = None
        color: colors.Color | None = None
        for n, line in enumerate(lines):
            after = lines[n + 1] if n + 1 < len(lines) else line
            step = after.leading + 0.22 * (line.size - after.size)  # to the next line's baseline
            if (line.font, line.size) != font:
                t.setFont(line.font, line.size, step)
                font, leading = (line.font, line.size), step
            elif step != leading:
                t.setLeading(step)
                leading = step
            if line.color is not color:
                t.setFillColor(line.color)
                color = line.color
            t.textLine(line.text)
        self.c.drawText(t)
        self.reset()  # the text object changed the font and colour under the caches

    def text(self, x: float, y: float, line: Line) -> None:
        self.font(line.font, line.size)
        self.fill(line.color)
        self.c.drawString(x, y, line.text)

    # -- page furniture ----------------------------------------------------------------------------

    def first_header(self, draw: bool) -> float:
        """Title, checks summary and legend on page 1; their height (measured when not drawn)."""
        g, f = self.g, self.f
        top = g.top
        widths = (g.frame * 0.36, g.frame * 0.35, g.frame * 0.29)
        xs = (g.left, g.left + widths[0], g.left + widths[0] + widths[1])
        title: list[Line] = []
        if self.instansi:
            title += _lines(self.instansi.upper(), f.bold, 9, widths[0] - 12)
        title.append(Line(TITLE, f.bold, 15))
        title += _lines(self.tree.unit_name.upper(), f.bold, 10.5, widths[0] - 12)
        title.append(Line(f"TAHUN {self.tree.year}", f.bold, 10.5))
        heights = [_height(title)]
        summary = self._summary_lines(widths[1] - 16)
        heights.append(_height(summary) + 2 * PAD)
        heights.append(self._legend_height(widths[2] - 4))
        height = max(heights)
        if draw:
            y = top
            for line in title:
                y -= line.leading
                self.text(xs[0], y + line.size * 0.22, line)
            self._panel(xs[1] + 4, top, widths[1] - 8, height)
            y = top - PAD
            for line in summary:
                y -= line.leading
                self.text(xs[1] + 4 + PAD + 2, y + line.size * 0.22, line)
            self._legend(xs[2] + 4, top, widths[2] - 4, height)
        return height + 10

    def _summary_lines(self, width: float) -> list[Line]:
        f = self.f
        t = cd.totals(self.tree)
        counts = self.checks.counts()
        out = [Line("HASIL PEMERIKSAAN", f.bold, 8)]
        figures = (
            f"Sasaran strategis {t.sasaran} · IKU {t.iku} · RHK utama {format_count(t.utama, 'id')} · "
            f"RHK tambahan {format_count(t.tambahan, 'id')} · Pegawai {format_count(t.people, 'id')}"
        )
        if t.external:
            figures += f" · RHK di luar unit {format_count(t.external, 'id')}"
        out += _lines(figures, f.regular, SMALL, width, GREY)
        for kind in IssueKind:
            count = counts.get(kind, 0)
            color = RED if count else INK
            out += _lines(
                f"{'● ' if count else '○ '}{cd.ISSUE_LABELS[kind]}: {format_count(count, 'id')}",
                f.bold if count else f.regular,
                SMALL,
                width,
                color,
            )
        return out

    def _panel(self, x: float, top: float, width: float, height: float) -> None:
        c = self.c
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.rect(x, top - height, width, height, stroke=1, fill=0)

    def _legend_entries(self, width: float) -> list[tuple[str, list[Line]]]:
        """(sample, wrapped label) of each legend entry: a box look, "issue" or "line"."""
        f = self.f
        entries = [*LEGEND, ("issue", ISSUE_LEGEND), ("line", LINE_LEGEND)]
        return [(key, _lines(label, f.regular, SMALL, width - LEGEND_TEXT_X - PAD)) for key, label in entries]

    def _legend_height(self, width: float) -> float:
        entries = self._legend_entries(width)
        return 2 * PAD + 12 + sum(max(_height(lines), 10.0) + 1.5 for _key, lines in entries)

    def _legend(self, x: float, top: float, width: float, height: float) -> None:
        c, f = self.c, self.f
        self._panel(x, top, width, height)
        y = top - PAD - 9
        self.text(x + PAD + 2, y, Line("KETERANGAN", f.bold, 8))
        y -= 3
        for key, lines in self._legend_entries(width):
            sample_y = y - 9  # the sample's baseline: beside the label's first line
            if key in LOOKS:
                self._frame(x + PAD + 2, sample_y - 2, 18, 8.5, LOOKS[key])
            elif key == "issue":
                c.setFillColor(RED)
                c.circle(x + PAD + 11, sample_y + 2.3, 2.6, stroke=0, fill=1)
                self._fill = None
            else:
                c.setStrokeColor(LINE)
                c.setLineWidth(0.7)
                c.line(x + PAD + 4, sample_y + 8, x + PAD + 4, sample_y + 2.5)
                c.line(x + PAD + 4, sample_y + 2.5, x + PAD + 20, sample_y + 2.5)
            line_y = y
            for line in lines:
                line_y -= line.leading
                self.text(x + LEGEND_TEXT_X, line_y + line.size * 0.22, line)
            y -= max(_height(lines), 10.0) + 1.5

    def running_header(self) -> None:
        g, f = self.g, self.f
        y = g.top - 9
        left = f"{TITLE} · {self.tree.unit_name} · TAHUN {self.tree.year}"
        self.text(g.left, y, Line(_fit(left, f.bold, 8, g.frame), f.bold, 8))
        self.c.setStrokeColor(RULE)
        self.c.setLineWidth(0.5)
        self.c.line(g.left, g.top - RUNNING_H + 3, g.left + g.frame, g.top - RUNNING_H + 3)

    def footer(self, page: int, total: int) -> None:
        g, f = self.g, self.f
        y = MARGIN_BOTTOM - 8 * mm
        self.c.setStrokeColor(GREY)
        self.c.setLineWidth(0.4)
        self.c.line(g.left, y + 9, g.left + g.frame, y + 9)
        right = f"Halaman {page} dari {total}"
        left = f"Pohon kinerja · {self.tree.unit_name} · {self.tree.year} · SKP Desk {__version__}"
        room = g.frame - pdfmetrics.stringWidth(right, f.regular, SMALL) - 12
        self.text(g.left, y, Line(_fit(left, f.regular, SMALL, room), f.regular, SMALL, GREY))
        self.font(f.regular, SMALL)
        self.c.drawRightString(g.left + g.frame, y, right)

    # -- boxes ----------------------------------------------------------------------------------------

    def _frame(self, x: float, y: float, width: float, height: float, look: Look) -> None:
        c = self.c
        c.setFillColor(look.fill)
        c.setStrokeColor(look.stroke)
        c.setLineWidth(look.width)
        if look.dashed:
            c.setDash(3, 2)
        if look.rounded:
            c.roundRect(x, y, width, height, 2.5, stroke=1, fill=1)
        else:  # a plain rectangle is one operator, a rounded one four curves: thousands of boxes
            c.rect(x, y, width, height, stroke=1, fill=1)
        if look.dashed:
            c.setDash()
        self._fill = None

    def box(self, item: Item) -> None:
        box = item.box
        assert box is not None
        g = self.g
        x = g.x(item.depth)
        bottom = item.y - item.height
        look = LOOKS[_look_key(box.node)]
        self._frame(x, bottom, g.box, item.height, look)
        cx = x + PAD
        self.c.setStrokeColor(RULE)
        self.c.setLineWidth(0.4)
        for n, (column, width) in enumerate(zip(box.columns, g.col_widths, strict=True)):
            if n:
                self.c.line(cx - COL_GAP / 2, item.y - PAD, cx - COL_GAP / 2, bottom + PAD)
            self.column(cx, item.y - PAD, column)
            cx += width + COL_GAP
        if box.issues:
            self.c.setFillColor(RED)
            self.c.setStrokeColor(colors.white)
            self.c.setLineWidth(0.8)
            self.c.circle(x + g.box, item.y, 3.6, stroke=1, fill=1)
            self._fill = None

    def ghost(self, item: Item) -> None:
        g, f = self.g, self.f
        node = self.tree.nodes[item.key or ""]
        x = g.x(item.depth)
        self._frame(x, item.y - item.height, g.box, item.height, LOOKS["ghost"])
        who = node.owner_name if node.is_result else cd.kind_label(node)
        text = f"{node.text} — {who}" if who else node.text
        self.text(
            x + PAD,
            item.y - item.height + 3.6,
            Line(_fit(text, f.regular, SMALL, g.box - 2 * PAD), f.regular, SMALL, GREY),
        )

    def connector(self, parent_depth: int, from_y: float, to_y: float, child_depth: int) -> None:
        g = self.g
        trunk = g.x(parent_depth) + TRUNK
        child = g.x(child_depth)
        p = self.c.beginPath()
        p.moveTo(trunk, from_y)
        p.lineTo(trunk, to_y)
        p.lineTo(child, to_y)
        self.c.drawPath(p, stroke=1, fill=0)

    def page(self, page: Page, number: int, total: int) -> None:
        c, g, f = self.c, self.g, self.f
        self.reset()
        if number == 1:
            self.first_header(draw=True)
        else:
            self.running_header()
        anchors: dict[str, tuple[int, float]] = {}  # node id -> (depth, lowest point its trunk reached)
        c.setLineWidth(0.7)
        c.setStrokeColor(LINE)
        for item in page.items:
            if item.kind in {"box", "ghost"}:
                if item.parent is not None and item.parent in anchors:
                    depth, from_y = anchors[item.parent]
                    to_y = item.y - min(10.0, item.height / 2)
                    c.setLineWidth(0.7)
                    c.setStrokeColor(LINE)
                    self.connector(depth, from_y, to_y, item.depth)
                    anchors[item.parent] = (depth, to_y)
                if item.kind == "box":
                    self.box(item)
                    if item.outline and item.box is not None:
                        key = f"n{item.key}"
                        c.bookmarkPage(key)
                        c.addOutlineEntry(_fit(item.box.node.text, f.regular, 8, 300), key, level=0)
                else:
                    self.ghost(item)
                assert item.key is not None
                anchors[item.key] = (item.depth, item.y - item.height)
            elif item.kind == "label":
                label = f"({CONTINUED} dari halaman {page.continues_from}"
                if page.parent_page != page.continues_from:
                    label += f"; induk di halaman {page.parent_page}"
                label += ")"
                self.text(g.left, item.y - 8, Line(label, f.regular, SMALL, GREY))
            elif item.kind == "section":
                c.setFillColor(SECTION_FILL)
                c.rect(g.left, item.y - item.height, g.frame, item.height, stroke=0, fill=1)
                self._fill = None
                self.text(g.left + PAD, item.y - item.height + 5, Line(item.text, f.bold, 8.5))
                if item.outline:
                    key = f"s{number}-{item.y:.0f}"
                    c.bookmarkPage(key)
                    c.addOutlineEntry(item.text, key, level=0)
            elif item.kind == "people":
                _per_row, width = _people_columns(g)
                for n, cell in enumerate(item.cells):
                    y = item.y
                    for line in cell:
                        y -= line.leading
                        self.text(g.left + n * (width + COL_GAP), y + line.size * 0.22, line)
            elif item.kind == "note":
                self.text(g.left, item.y - 10, Line(item.text, f.regular, 8.5, GREY))
        # trunks that go on past this page's end, with an arrow
        for node_id in page.open_at_end:
            if node_id in anchors:
                depth, from_y = anchors[node_id]
                trunk = g.x(depth) + TRUNK
                c.setLineWidth(0.7)
                c.setStrokeColor(LINE)
                c.line(trunk, from_y, trunk, g.bottom + 2)
                p = c.beginPath()
                p.moveTo(trunk - 2.5, g.bottom + 4.5)
                p.lineTo(trunk + 2.5, g.bottom + 4.5)
                p.lineTo(trunk, g.bottom)
                p.close()
                c.setFillColor(LINE)
                c.drawPath(p, stroke=0, fill=1)
                self._fill = None
        if page.open_at_end:
            self.font(f.regular, SMALL)
            self.fill(GREY)
            c.drawRightString(g.left + g.frame, g.bottom - 8, GOES_ON)  # below the boxes, above the footer
        self.footer(number, total)


# -- the document ----------------------------------------------------------------------------------


def render_pohon(
    tree: CascadeTree,
    out: Path | str | BinaryIO,
    *,
    paper: str = "a4",
    checks: CascadeChecks | None = None,
    instansi: str = "",
    language: str = "id",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the pohon kinerja of ``tree`` to ``out`` (a path or a binary stream); the page count.

    ``paper`` "a4" or "a3" (landscape; ValueError for anything else). ``checks`` of this tree
    (computed when not given). ``instansi`` heads the title (the pemerintah's name). A path is
    written through a temporary file that replaces it only when complete: a failure raises
    ``SkpError(DOCUMENT_WRITE)`` and leaves nothing under the chosen name. ``progress(done, total)``
    after each page; ``cancelled()`` is asked while laying out and before each page (``Cancelled``
    is raised, nothing is written)."""
    del language  # official Indonesian words in every UI language
    found = cd.checks_of(tree, checks)
    rows = cd.rows(tree)
    g = _geometry(paper, max((r.depth for r in rows), default=0))

    def build(stream: BinaryIO) -> int:
        return _build(tree, found, rows, g, instansi, stream, progress, cancelled)

    if isinstance(out, (str, Path)):
        return _write_atomic(Path(out), build, cancelled)
    return build(out)


def _build(
    tree: CascadeTree,
    checks: CascadeChecks,
    rows: Sequence[cd.Row],
    g: Geometry,
    instansi: str,
    stream: BinaryIO,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    canvas = Canvas(stream, pagesize=(g.width, g.height), pageCompression=1)
    canvas.setTitle(f"Pohon Kinerja {tree.unit_name} {tree.year}")
    canvas.setAuthor(instansi or tree.unit_name)
    canvas.setSubject(f"Pohon kinerja {tree.unit_name} tahun {tree.year}")
    canvas.setCreator(f"SKP Desk {__version__}")
    painter = _Painter(canvas, tree, checks, g, instansi)
    pages = _layout(tree, checks, rows, g, painter.first_header(draw=False), cancelled)
    total = len(pages)
    if progress is not None:
        progress(0, total)
    for number, page in enumerate(pages, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled
        painter.page(page, number, total)
        canvas.showPage()
        if progress is not None:
            progress(number, total)
    canvas.showOutline()
    canvas.save()
    return total
