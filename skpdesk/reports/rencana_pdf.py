"""The Rencana SKP as a PDF (SKP-REFERENCE R-FORM-RENCANA), from a ``PlanDocument``.

A pure function of its document: it never queries the workspace (ARCHITECTURE.md "reports").
reportlab is imported here, not at start (PLATFORM.md "Start-up cost"): import this module when a
document is made.

Layout, page 1 on: the kop surat; the header lines; the identity block; HASIL KERJA in the form of
the plan's kind and pendekatan; PERILAKU KERJA; signatures. Then, on a page of its own, the
LAMPIRAN with the same signatures. Every page has "Halaman X dari Y" and a footer with the plan's
content hash and status; a plan not yet ditetapkan carries a diagonal DRAFT watermark, and one
whose content changed after penetapan says so on every page.

Language: the form's words (titles, column headers, labels, the footer) are the official
Indonesian text and stay Indonesian in both UI languages, like the printed forms of every SKP
application; nothing here goes through Qt translation. ``language`` is accepted for the documents'
common signature and does not change the words.

Tables: RHK cells are row-spanned over their IKI rows with SPAN. reportlab does not split a
spanned group across pages (and fails on a group taller than a page), so a group that could not
fit on one page is cut here into groups that do, the later ones marked "(lanjutan)"; column
headers repeat on every page.

Fonts: DejaVu Sans found through fontconfig (``fc-match``) when installed, else the standard
Helvetica (Latin-1 covers Indonesian); nothing font-shaped ships with the application.
"""

from __future__ import annotations

import errno
import functools
import math
import os
import re
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from skpdesk import __version__
from skpdesk.domain.errors import Cancelled, Code, SkpError
from skpdesk.formatting import format_date
from skpdesk.reports.pdf_pages import build_numbered, diagonal_mark, footer_line
from skpdesk.reports.plan_document import ANNEX_TITLES, PersonBlock, PlanDocument, ResultRow

# Page streams compressed only, not also ASCII85-encoded: a quarter smaller and ~4 ms faster per
# document (ASCII85 is for 7-bit channels; PDF files are binary anyway).
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4  # R-FORM-RENCANA: the official form is portrait
MARGIN_X = 15 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 18 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
# SimpleDocTemplate's frame has 6 pt padding on each side.
FRAME_INNER_HEIGHT = FRAME_HEIGHT - 12
# The most a single cell or row may take: a page less room for the repeated column headers.
GROUP_LIMIT = FRAME_INNER_HEIGHT - 90
# An RHK group taller than this is cut into parts of at most PART_LIMIT: moving a group this tall
# to the next page whole would leave much of a page empty.
CUT_ABOVE = GROUP_LIMIT * 0.6
PART_LIMIT = GROUP_LIMIT * 0.3
CELL_PAD = 3
BODY_SIZE = 8
GRID = colors.black
HEAD_FILL = colors.Color(0.9, 0.92, 0.93)
GROUP_FILL = colors.Color(0.96, 0.96, 0.96)
WATERMARK_GREY = colors.Color(0.85, 0.85, 0.85)
CHANGED_RED = colors.Color(0.75, 0.1, 0.1)
CHANGED_PALE = colors.Color(1, 0.88, 0.88)
FOOTER_GREY = colors.Color(0.35, 0.35, 0.35)

# R-FORM-RENCANA header lines and column titles: official words, never translated.
TITLE = "SASARAN KINERJA PEGAWAI"
LAMPIRAN_TITLE = "LAMPIRAN SASARAN KINERJA PEGAWAI"
UKURAN_LABEL = "Ukuran keberhasilan / Indikator Kinerja Individu, dan Target:"
BAGI = {
    True: "BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI",
    False: "BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL",
}
CHANGED_MARK = "DIUBAH SETELAH DITETAPKAN"
DRAFT_MARK = "DRAFT"
KEYWORD_PREFIX = "skpdesk-rencana"


# -- fonts and styles ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str


def _fc_match(pattern: str) -> str | None:
    try:
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", pattern], capture_output=True, text=True, timeout=10, check=False
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return found if found.lower().endswith(".ttf") and Path(found).is_file() else None


@functools.cache
def fonts() -> Fonts:
    """DejaVu Sans (or the TTF sans fontconfig offers for it) when installed, else Helvetica."""
    regular = _fc_match("DejaVu Sans")
    if regular is None:
        return Fonts("Helvetica", "Helvetica-Bold")
    bold = _fc_match("DejaVu Sans:bold") or regular
    try:
        pdfmetrics.registerFont(TTFont("SkpSans", regular))
        pdfmetrics.registerFont(TTFont("SkpSans-Bold", bold))
    except Exception:  # a damaged or unusual font file: the standard font still prints
        return Fonts("Helvetica", "Helvetica-Bold")
    pdfmetrics.registerFontFamily(
        "SkpSans", normal="SkpSans", bold="SkpSans-Bold", italic="SkpSans", boldItalic="SkpSans-Bold"
    )
    return Fonts("SkpSans", "SkpSans-Bold")


@dataclass(frozen=True)
class Styles:
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_bold: ParagraphStyle
    bullet: ParagraphStyle
    head: ParagraphStyle
    group: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    left: ParagraphStyle
    right: ParagraphStyle
    sign: ParagraphStyle
    sign_name: ParagraphStyle
    note: ParagraphStyle
    kop: tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]


@functools.cache
def styles() -> Styles:
    f = fonts()
    cell = ParagraphStyle("cell", fontName=f.regular, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.2)
    bold = ParagraphStyle("cell-bold", parent=cell, fontName=f.bold)
    return Styles(
        cell=cell,
        cell_center=ParagraphStyle("cell-center", parent=cell, alignment=TA_CENTER),
        cell_bold=bold,
        bullet=ParagraphStyle("bullet", parent=cell, leftIndent=8, firstLineIndent=-8),
        head=ParagraphStyle("head", parent=bold, alignment=TA_CENTER),
        group=bold,
        title=ParagraphStyle("title", parent=bold, fontSize=10, leading=13, alignment=TA_CENTER),
        subtitle=ParagraphStyle("subtitle", parent=bold, fontSize=8.5, leading=10.5),
        left=ParagraphStyle("left", parent=bold, fontSize=8.5, leading=10.5, alignment=TA_LEFT),
        right=ParagraphStyle("right", parent=bold, fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        sign=ParagraphStyle("sign", parent=cell, fontSize=9, leading=11.5, alignment=TA_CENTER),
        sign_name=ParagraphStyle("sign-name", parent=bold, fontSize=9, leading=11.5, alignment=TA_CENTER),
        note=ParagraphStyle("note", parent=cell, fontSize=7, leading=8.5, textColor=FOOTER_GREY),
        kop=(
            ParagraphStyle("kop1", parent=bold, fontSize=11.5, leading=14, alignment=TA_CENTER),
            ParagraphStyle("kop2", parent=bold, fontSize=13, leading=16, alignment=TA_CENTER),
            ParagraphStyle("kop3", parent=cell, fontSize=8.5, leading=10.5, alignment=TA_CENTER),
        ),
    )


class _Para(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A Paragraph that keeps its line breaking for the width it was last wrapped at: a table
    wraps each cell once to size its row and again to draw it, and breaking lines is the most
    expensive part of a document."""

    _wrapped: tuple[float, tuple[Any, ...]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        cached = self._wrapped
        if cached is not None and cached[0] == availWidth:
            self.width, self.height, self.blPara, self._wrapWidths = cached[1]
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        if height < 0x7FFFFFFF:
            self._wrapped = (availWidth, (self.width, self.height, self.blPara, self._wrapWidths))
        return width, height


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: markup characters escaped, line breaks kept."""
    return _Para(escape(text).replace("\n", "<br/>"), style)


# What the documents of one batch print alike (the form's words, the seven BerAKHLAK values with
# their panduan, the kop, the headings) is made and line-broken once per batch, not once per
# document: ``PlanWriter`` holds it and sets it here while it builds a document. Keys hold the
# text, the style and the column width, so a shared flowable is always wrapped at one width (a
# table wraps every cell before it draws any). Outside a batch (``render_plan``) nothing is kept.
_SHARED: ContextVar[dict[tuple[Any, ...], Any] | None] = ContextVar("rencana_pdf_shared", default=None)
_SHARED_LIMIT = 4000  # distinct shared texts before the store starts again (a batch has ~100)


def _shared(key: tuple[Any, ...], make: Callable[[], Any]) -> Any:
    store = _SHARED.get()
    if store is None:
        return make()
    found = store.get(key)
    if found is None:
        if len(store) >= _SHARED_LIMIT:
            store.clear()
        found = store[key] = make()
    return found


def _fixed(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """``_p`` for a text every document of a batch prints alike, in a column ``width`` wide."""
    return cast(Paragraph, _shared(("p", text, id(style), width), lambda: _p(text, style)))


def _label(text: str, style: ParagraphStyle, width: float) -> _Text | Paragraph:
    """``_t`` for a text every document of a batch prints alike (a column title, a row number)."""
    return cast(_Text | Paragraph, _shared(("t", text, id(style), width), lambda: _t(text, style, width)))


def _dash(text: str) -> str:
    return text if text.strip() else "-"


class _Text(str):
    """A short text drawn as a plain table string (no parsing, no wrapping: several times cheaper
    than a Paragraph); it carries the style whose font and alignment its cell gets."""

    style: ParagraphStyle

    def __new__(cls, text: str, style: ParagraphStyle) -> _Text:
        made = super().__new__(cls, text)
        made.style = style
        return made


def _t(text: str, style: ParagraphStyle, width: float) -> _Text | Paragraph:
    """A plain string when the text fits on one line of a column ``width`` wide, else a Paragraph."""
    if (
        "\n" not in text
        and pdfmetrics.stringWidth(text, style.fontName, style.fontSize) <= width - 2 * CELL_PAD - 1
    ):
        return _Text(text, style)
    return _p(text, style)


def _text_styles(data: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:
    """Font and alignment commands for the plain strings of a table (its default is regular, left)."""
    commands: list[tuple[Any, ...]] = []
    regular = fonts().regular
    for r, row in enumerate(data):
        for c, value in enumerate(row):
            if isinstance(value, _Text):
                if value.style.fontName != regular:
                    commands.append(("FONTNAME", (c, r), (c, r), value.style.fontName))
                if value.style.alignment == TA_CENTER:
                    commands.append(("ALIGN", (c, r), (c, r), "CENTER"))
                elif value.style.alignment == TA_RIGHT:
                    commands.append(("ALIGN", (c, r), (c, r), "RIGHT"))
    return commands


def _value(cell: Any) -> Any:
    """A table value from a cell list: a lone plain string stands alone (reportlab wraps the
    flowables of a list, and a string is not one)."""
    if isinstance(cell, list) and len(cell) == 1 and isinstance(cell[0], _Text):
        return cell[0]
    return cell


# -- the document ----------------------------------------------------------------------------------


def render_plan(doc: PlanDocument, out: Path | str | BinaryIO, *, language: str = "id") -> int:
    """Write the Rencana SKP of ``doc`` to ``out`` (a path or a binary stream); the page count.

    A path is written through a temporary file beside it that replaces it only when complete:
    a failure (no permission, no such folder, disk full) raises ``SkpError(DOCUMENT_WRITE)`` and
    leaves nothing under the chosen name.
    """
    del language  # the form's words are official Indonesian text in every UI language
    if isinstance(out, (str, Path)):
        return _write_atomic(Path(out), lambda stream: _build(doc, stream))
    return _build(doc, out)


def _build(doc: PlanDocument, stream: BinaryIO) -> int:
    st = styles()
    story: list[Flowable] = []
    story += _kop(doc, st)
    story += _heading(doc, st, TITLE)
    story.append(_identity(doc, st))
    story.append(Spacer(1, 8))
    story.append(_hasil_kerja(doc, st))
    story.append(Spacer(1, 8))
    story.append(_perilaku(doc, st))
    story.append(Spacer(1, 10))
    story.append(_signatures(doc, st))
    story.append(PageBreak())
    story += _heading(doc, st, LAMPIRAN_TITLE, lampiran=True)
    story.append(_lampiran(doc, st))
    story.append(Spacer(1, 10))
    story.append(_signatures(doc, st))

    template = SimpleDocTemplate(
        stream,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"Sasaran Kinerja Pegawai {doc.year} - {doc.pegawai.name}",
        author=doc.pegawai.name,
        subject=f"Rencana SKP {doc.pegawai.nip} {doc.year}",
        creator=f"SKP Desk {__version__}",
        keywords=stamp_keywords(doc),
    )
    return build_numbered(
        template, story, functools.partial(_footer, doc), functools.partial(_decorate_page, doc)
    )


def stamp_keywords(doc: PlanDocument) -> str:
    """The PDF's Keywords: which plan, its content hash and status (for verify-document)."""
    return (
        f"{KEYWORD_PREFIX}; plan={doc.plan_id}; sha256={doc.content_hash}; status={doc.status}; "
        f"approved-sha256={doc.approved_hash or '-'}"
    )


def read_stamp(pdf: bytes) -> dict[str, str]:
    """The plan id, hash and status a Rencana SKP PDF made here carries; empty when none."""
    match = re.search(rb"/Keywords \((" + KEYWORD_PREFIX.encode() + rb"[^)]*)\)", pdf)
    if match is None:
        return {}
    pairs = [part.split("=", 1) for part in match.group(1).decode("latin-1").split("; ")[1:]]
    return dict(pair for pair in pairs if len(pair) == 2)


# -- page decoration -------------------------------------------------------------------------------


def _decorate_page(doc: PlanDocument, canvas: Canvas, _template: Any) -> None:
    """Drawn before the page's content, so the watermark lies under the tables."""
    if doc.changed_after_approval:
        diagonal_mark(canvas, CHANGED_MARK, font=fonts().bold, size=38, drop=14, color=CHANGED_PALE)
    elif not doc.ditetapkan:
        diagonal_mark(canvas, DRAFT_MARK, font=fonts().bold, size=120, drop=42, color=WATERMARK_GREY)


def _footer(doc: PlanDocument, canvas: Canvas, page: int, total: int) -> None:
    f = fonts()
    y = MARGIN_BOTTOM - 8 * mm
    status = f"Status: {doc.status_label}"
    if doc.ditetapkan and doc.approved_on is not None:
        status += f" {format_date(doc.approved_on, 'id')}"
    left = f"SKP {doc.year} · {doc.pegawai.nip} · {status} · Kode dokumen {doc.short_hash}"
    canvas.saveState()
    footer_line(canvas, left, page, total, y=y, margin=MARGIN_X, font=f.regular, color=FOOTER_GREY)
    if doc.changed_after_approval:
        canvas.setFillColor(CHANGED_RED)
        canvas.drawString(MARGIN_X, y - 9, f"{CHANGED_MARK}; kode saat ditetapkan {doc.approved_hash[:12]}")
        canvas.setFont(f.bold, 8)
        canvas.drawCentredString(
            PAGE_WIDTH / 2,
            PAGE_HEIGHT - MARGIN_TOP + 4,
            f"{CHANGED_MARK}: isi berbeda dari yang ditetapkan"
            + (f" pada {format_date(doc.approved_on, 'id')}" if doc.approved_on else ""),
        )
    canvas.restoreState()


# -- blocks ----------------------------------------------------------------------------------------


def _kop(doc: PlanDocument, st: Styles) -> list[Flowable]:
    """The letterhead: logo on the left, the lines centred, a double rule (as the settings preview)."""
    kop = doc.kop
    if kop.empty:
        return []
    lines: list[Flowable] = []
    for text, style in (
        (kop.pemerintah, st.kop[0]),
        (kop.name, st.kop[1]),
        (kop.address, st.kop[2]),
        (kop.contacts, st.kop[2]),
    ):
        if text:
            lines.append(_fixed(text, style, KOP_WIDTHS[1]))
    logo: Flowable | str = ""
    if kop.logo is not None:
        found = _shared(("logo", str(kop.logo)), lambda: _logo_image(str(kop.logo)))
        if found is not None:
            reader, width, height = found
            logo = Image(str(kop.logo), width=width, height=height)
            logo._img = reader  # decoded once per batch (reportlab reads ``_img`` when it draws)
    table = Table([[logo, lines, ""]], colWidths=list(KOP_WIDTHS))
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        table,
        HRFlowable(width="100%", thickness=1.6, color=colors.black, spaceBefore=3, spaceAfter=1.2),
        HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceBefore=0, spaceAfter=8),
    ]


LOGO_SIZE = 20 * mm
KOP_WIDTHS = (LOGO_SIZE + 4, FRAME_WIDTH - 2 * (LOGO_SIZE + 4), LOGO_SIZE + 4)


def _logo_image(path: str) -> tuple[ImageReader, float, float] | None:
    """The kop's logo read once (a batch shares it) and its size within LOGO_SIZE square; None
    when it cannot be read (an unreadable logo never stops the document)."""
    try:
        reader = ImageReader(path)
        image_width, image_height = reader.getSize()
        scale = min(LOGO_SIZE / image_width, LOGO_SIZE / image_height)
        reader.getRGBData()  # decoded now: a broken file is found here, not when a page is drawn
    except Exception:
        return None
    return reader, image_width * scale, image_height * scale


def _periode(doc: PlanDocument) -> str:
    """ "1 JANUARI SD 31 DESEMBER TAHUN 2026" from the plan's own dates (R-FORM-RENCANA)."""
    start = format_date(doc.start, "id").upper()
    end = format_date(doc.end, "id").upper()
    if doc.start.year == doc.end.year:
        start = start.rsplit(" ", 1)[0]
        end = end.rsplit(" ", 1)[0]
    return f"{start} SD {end} TAHUN {doc.end.year}"


def _heading(doc: PlanDocument, st: Styles, title: str, *, lampiran: bool = False) -> list[Flowable]:
    lines = [title]
    if not lampiran:
        lines.append(f"PENDEKATAN HASIL KERJA {doc.pendekatan.value.upper()}")
        lines.append(BAGI[doc.jpt])
    out: list[Flowable] = [_fixed(line, st.title, FRAME_WIDTH) for line in lines]
    out.append(Spacer(1, 6))
    widths = [FRAME_WIDTH * 0.4, FRAME_WIDTH * 0.6]
    row = Table(
        [
            [
                _fixed(doc.instansi, st.left, widths[0]),
                _fixed(f"PERIODE PENILAIAN: {_periode(doc)}", st.right, widths[1]),
            ]
        ],
        colWidths=widths,
    )
    row.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    out += [row, Spacer(1, 3)]
    return out


def _grid_style(data: Sequence[Sequence[Any]], extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts().regular),
            ("FONTSIZE", (0, 0), (-1, -1), BODY_SIZE),
            ("LEADING", (0, 0), (-1, -1), BODY_SIZE * 1.2),
            *_text_styles(data),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *extra,
        ]
    )


def _identity(doc: PlanDocument, st: Styles) -> Table:
    """NO | PEGAWAI YANG DINILAI | NO | PEJABAT PENILAI KINERJA, rows 1 NAMA ... 5 (R-FORM-RENCANA 1)."""
    w = FRAME_WIDTH
    widths = [22, 70, w / 2 - 92, 22, 70, w / 2 - 92]

    def rows(person: PersonBlock) -> list[tuple[str, str]]:
        return [
            ("NAMA", person.name),
            ("NIP", person.nip),
            ("PANGKAT/GOL RUANG", person.pangkat),
            ("JABATAN", person.jabatan),
            (person.unit_label, person.unit),
        ]

    data: list[list[Any]] = [
        [
            _label("NO", st.head, widths[0]),
            _label("PEGAWAI YANG DINILAI", st.head, widths[1] + widths[2]),
            "",
            _label("NO", st.head, widths[3]),
            _label("PEJABAT PENILAI KINERJA", st.head, widths[4] + widths[5]),
            "",
        ]
    ]
    for n, (left, right) in enumerate(zip(rows(doc.pegawai), rows(doc.penilai), strict=True), start=1):
        data.append(
            [
                _label(str(n), st.cell_center, widths[0]),
                _label(left[0], st.cell, widths[1]),
                _t(left[1], st.cell, widths[2]),
                _label(str(n), st.cell_center, widths[3]),
                _label(right[0], st.cell, widths[4]),
                _t(right[1], st.cell, widths[5]),
            ]
        )
    table = Table(data, colWidths=widths)
    table.setStyle(
        _grid_style(
            data,
            [
                ("SPAN", (1, 0), (2, 0)),
                ("SPAN", (4, 0), (5, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ],
        )
    )
    return table


# -- HASIL KERJA -----------------------------------------------------------------------------------

Cell = list[Any]  # flowables, or one plain string (_Text)
Widths = Sequence[float]


@dataclass
class _Group:
    """One RHK: cells that span all its rows (NO, RHK, ...) and its own rows (IKI, aspek, target)."""

    span: dict[int, Cell]
    rows: list[dict[int, Cell]] = field(default_factory=list)


@dataclass(frozen=True)
class _Form:
    """The HASIL KERJA columns of one kind and pendekatan (R-FORM-RENCANA item 2)."""

    headers: tuple[str, ...]
    widths: tuple[float, ...]
    numbered: bool  # the "(1) (2) ..." row
    build: Callable[[ResultRow, Styles, Widths], _Group]
    continued_col: int  # where "(lanjutan)" goes when a group is cut


def _fractions(*parts: float) -> tuple[float, ...]:
    total = sum(parts)
    return tuple(FRAME_WIDTH * p / total for p in parts)


def _ukuran_cell(result: ResultRow, st: Styles, width: float) -> Cell:
    """The kualitatif prose under the RHK (R-IKI): the plan's text, else its IKI with targets."""
    cell: Cell = [_fixed(UKURAN_LABEL, st.cell_bold, width)]
    if result.ukuran_keberhasilan.strip():
        cell += [
            _p(line, st.cell) for line in result.ukuran_keberhasilan.strip().splitlines() if line.strip()
        ]
    elif result.indicators:
        cell += [
            _p(f"- {i.text}" + (f": {i.target}" if i.target else ""), st.bullet) for i in result.indicators
        ]
    else:
        cell.append(_p("-", st.cell))
    return cell


def _jajf_kuantitatif(result: ResultRow, st: Styles, w: Widths) -> _Group:
    group = _Group(
        {
            0: [_label(f"{result.number}", st.cell_center, w[0])],
            1: [_t(_dash(result.intervened), st.cell, w[1])],
            2: [_t(result.text, st.cell, w[2])],
        }
    )
    for i in result.indicators:
        group.rows.append(
            {
                3: [_t(_dash(i.aspek), st.cell, w[3])],
                4: [_t(i.text, st.cell, w[4])],
                5: [_t(_dash(i.target), st.cell_center, w[5])],
            }
        )
    if not group.rows:
        group.rows.append({c: [_t("-", st.cell_center if c == 5 else st.cell, w[c])] for c in (3, 4, 5)})
    return group


def _jajf_kualitatif(result: ResultRow, st: Styles, w: Widths) -> _Group:
    return _Group(
        {
            0: [_label(f"{result.number}", st.cell_center, w[0])],
            1: [_t(_dash(result.intervened), st.cell, w[1])],
        },
        [{2: [_t(result.text, st.cell, w[2])]}, {2: _ukuran_cell(result, st, w[2])}],
    )


def _jpt_kuantitatif(result: ResultRow, st: Styles, w: Widths) -> _Group:
    group = _Group(
        {
            0: [_label(f"{result.number}", st.cell_center, w[0])],
            1: [_t(result.text, st.cell, w[1])],
            4: [_t(_dash(result.perspektif), st.cell, w[4])],
        }
    )
    for i in result.indicators:
        group.rows.append({2: [_t(i.text, st.cell, w[2])], 3: [_t(_dash(i.target), st.cell_center, w[3])]})
    if not group.rows:
        group.rows.append({2: [_t("-", st.cell, w[2])], 3: [_t("-", st.cell_center, w[3])]})
    return group


def _jpt_kualitatif(result: ResultRow, st: Styles, w: Widths) -> _Group:
    return _Group(
        {
            0: [_label(f"{result.number}", st.cell_center, w[0])],
            2: [_t(_dash(result.perspektif), st.cell, w[2])],
        },
        [{1: [_t(result.text, st.cell, w[1])]}, {1: _ukuran_cell(result, st, w[1])}],
    )


RHK_PIMPINAN = "RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI"
FORMS: dict[tuple[bool, bool], _Form] = {
    # (jpt, kuantitatif) -> columns. SKP-REFERENCE R-FORM-RENCANA, R-JPT-VS-JAJF.
    (False, True): _Form(
        ("NO", RHK_PIMPINAN, "RENCANA HASIL KERJA", "ASPEK", "INDIKATOR KINERJA INDIVIDU", "TARGET"),
        _fractions(20, 118, 118, 52, 134, 68),
        True,
        _jajf_kuantitatif,
        2,
    ),
    (False, False): _Form(
        ("NO", RHK_PIMPINAN, "RENCANA HASIL KERJA"),
        _fractions(20, 200, 290),
        False,
        _jajf_kualitatif,
        2,
    ),
    (True, True): _Form(
        ("NO", "RENCANA HASIL KERJA", "INDIKATOR KINERJA INDIVIDU", "TARGET", "PERSPEKTIF"),
        _fractions(20, 160, 170, 72, 88),
        True,
        _jpt_kuantitatif,
        1,
    ),
    # JPT kualitatif is not printed in the sources: the JPT columns (no intervensi column,
    # PERSPEKTIF kept) with the JA/JF kualitatif prose under each RHK (R-IKI, S27).
    (True, False): _Form(
        ("NO", "RENCANA HASIL KERJA", "PERSPEKTIF"),
        _fractions(20, 400, 90),
        False,
        _jpt_kualitatif,
        1,
    ),
}


def _hasil_kerja(doc: PlanDocument, st: Styles) -> Table:
    form = FORMS[(doc.jpt, doc.kuantitatif)]
    w = form.widths
    ncols = len(form.headers)
    data: list[list[Any]] = [[_label("HASIL KERJA", st.group, FRAME_WIDTH)] + [""] * (ncols - 1)]
    data.append([_label(h, st.head, w[c]) for c, h in enumerate(form.headers)])
    repeat = [1]
    if form.numbered:
        data.append([_label(f"({n})", st.head, w[n - 1]) for n in range(1, ncols + 1)])
        repeat.append(2)
    commands: list[tuple[Any, ...]] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 1), (-1, len(data) - 1), HEAD_FILL),
        ("VALIGN", (0, 1), (-1, len(data) - 1), "MIDDLE"),
    ]
    for label, results in (("A. UTAMA", doc.utama), ("B. TAMBAHAN", doc.tambahan)):
        row = len(data)
        data.append([_label(label, st.group, FRAME_WIDTH)] + [""] * (ncols - 1))
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), GROUP_FILL)]
        if not results:
            data.append([_label("-", st.cell_center, FRAME_WIDTH)] + [""] * (ncols - 1))
            commands.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
        for index, result in enumerate(results):
            for number, part in enumerate(_fit(form.build(result, st, w), form, st)):
                first = len(data)
                for j, cells in enumerate(part.rows):
                    data.append(
                        [
                            _value((part.span[c] if j == 0 else "") if c in part.span else cells.get(c, ""))
                            for c in range(ncols)
                        ]
                    )
                if len(part.rows) > 1:
                    commands += [("SPAN", (c, first), (c, len(data) - 1)) for c in part.span]
                if index == 0 and number == 0:  # no group title (nor the table's) alone at a page end
                    commands.append(("NOSPLIT", (0, 0 if label == "A. UTAMA" else row), (-1, len(data) - 1)))
    table = Table(data, colWidths=list(w), repeatRows=tuple(repeat))
    table.setStyle(_grid_style(data, commands))
    return table


# -- cutting tall RHK groups -----------------------------------------------------------------------


def _estimate(cell: Cell, width: float) -> float:
    """A quick upper bound of a cell's height (no wrapping): glyphs are at most ~0.62 em wide."""
    inner = max(width - 2 * CELL_PAD, 10)
    height = 5.0
    for flowable in cell:
        if isinstance(flowable, _Text):
            height += BODY_SIZE * 1.2
        elif isinstance(flowable, Paragraph):
            text = flowable.getPlainText()
            lines = max(1, math.ceil(len(text) * BODY_SIZE * 0.62 / inner) + text.count("\n"))
            height += lines * flowable.style.leading
        else:
            height += 20
    return height


def _height(cell: Cell, width: float) -> float:
    inner = width - 2 * CELL_PAD
    return 5.0 + sum(
        BODY_SIZE * 1.2 if isinstance(f, _Text) else float(f.wrap(inner, FRAME_INNER_HEIGHT)[1]) for f in cell
    )


def _fit(group: _Group, form: _Form, st: Styles) -> list[_Group]:
    """The group as it is when it is not taller than CUT_ABOVE, else cut into parts that are not
    taller than PART_LIMIT (paragraphs split between lines, "(lanjutan)" in the later parts)."""
    widths = form.widths
    span_est = max((_estimate(c, widths[k]) for k, c in group.span.items()), default=0.0)
    rows_est = sum(max(_estimate(c, widths[k]) for k, c in row.items()) for row in group.rows)
    if max(span_est, rows_est) <= CUT_ABOVE:
        return [group]  # the common case: nothing measured twice
    span_h = max((_height(c, widths[k]) for k, c in group.span.items()), default=0.0)
    rows_h = [max(_height(c, widths[k]) for k, c in row.items()) for row in group.rows]
    if max(span_h, sum(rows_h)) <= CUT_ABOVE:
        return [group]
    rows: list[dict[int, Cell]] = []
    for row, height in zip(group.rows, rows_h, strict=True):
        if height <= PART_LIMIT:
            rows.append(row)
            continue
        pieces = {k: _cut(c, widths[k], PART_LIMIT) for k, c in row.items()}
        for n in range(max(len(p) for p in pieces.values())):
            rows.append({k: p[n] if n < len(p) else [] for k, p in pieces.items()})
    packed: list[list[dict[int, Cell]]] = [[]]
    used = 0.0
    for row in rows:
        height = max((_height(c, widths[k]) for k, c in row.items()), default=0.0)
        if packed[-1] and used + height > PART_LIMIT:
            packed.append([])
            used = 0.0
        packed[-1].append(row)
        used += height
    span_pieces = {k: _cut(c, widths[k], PART_LIMIT) for k, c in group.span.items()}
    count = max(len(packed), *(len(p) for p in span_pieces.values()))
    parts: list[_Group] = []
    for n in range(count):
        span = {k: (p[n] if n < len(p) else []) for k, p in span_pieces.items()}
        part_rows = packed[n] if n < len(packed) else [{k: [] for k in group.rows[0]}]
        if n > 0:  # say where the RHK goes on, whether it spans the part or is a row cell
            col = form.continued_col
            target = span if col in span else part_rows[0]
            if col in target and not target[col]:
                target[col] = [_p("(lanjutan)", st.note)]
        parts.append(_Group(span, part_rows))
    return parts


def _cut(cell: Cell, width: float, limit: float) -> list[Cell]:
    """A cell's flowables in pieces no taller than ``limit`` (paragraphs split between lines)."""
    inner = width - 2 * CELL_PAD
    room = limit - 5
    pieces: list[Cell] = [[]]
    used = 0.0
    queue = list(cell)
    while queue:
        flowable = queue.pop(0)
        height = BODY_SIZE * 1.2 if isinstance(flowable, _Text) else flowable.wrap(inner, room)[1]
        if used + height <= room:
            pieces[-1].append(flowable)
            used += height
            continue
        parts = flowable.split(inner, room - used) if isinstance(flowable, Paragraph) else []
        if len(parts) >= 2:
            pieces[-1].append(parts[0])
            queue[:0] = parts[1:]
        elif pieces[-1]:
            queue.insert(0, flowable)  # starts the next piece
        else:  # cannot be split and alone: keep it whole (reportlab will say it is too large)
            pieces[-1].append(flowable)
        pieces.append([])
        used = 0.0
    return [p for p in pieces if p] or [[]]


def _cut_row(row: list[Cell], widths: Sequence[float]) -> list[list[Cell]]:
    """A table row as it is, or as several rows when one of its cells is taller than a page."""
    if max(_estimate(c, w) for c, w in zip(row, widths, strict=True)) <= GROUP_LIMIT / 2:
        return [row]
    if max(_height(c, w) for c, w in zip(row, widths, strict=True)) <= GROUP_LIMIT:
        return [row]
    pieces = [_cut(c, w, GROUP_LIMIT) for c, w in zip(row, widths, strict=True)]
    return [[p[n] if n < len(p) else [] for p in pieces] for n in range(max(len(p) for p in pieces))]


# -- PERILAKU KERJA, LAMPIRAN, signatures ----------------------------------------------------------


def _perilaku(doc: PlanDocument, st: Styles) -> Table:
    """NO | PERILAKU KERJA (value + 3 panduan lines) | EKSPEKTASI KHUSUS PIMPINAN (R-BERAKHLAK)."""
    widths = _fractions(20, 290, 200)
    data: list[list[Any]] = [
        [_label("PERILAKU KERJA", st.group, FRAME_WIDTH), "", ""],
        [
            _label("NO", st.head, widths[0]),
            _label("PERILAKU KERJA", st.head, widths[1]),
            _label("EKSPEKTASI KHUSUS PIMPINAN", st.head, widths[2]),
        ],
    ]
    for row in doc.perilaku:  # R-BERAKHLAK: the seven values and their panduan are alike in every plan
        cell: Cell = [_fixed(row.name, st.cell_bold, widths[1])]
        cell += [_fixed(f"- {line}", st.bullet, widths[1]) for line in row.panduan]
        cells = [
            [_label(str(row.number), st.cell_center, widths[0])],
            cell,
            [_t(row.ekspektasi, st.cell, widths[2])],
        ]
        data += [[_value(c) for c in r] for r in _cut_row(cells, widths)]
    table = Table(data, colWidths=list(widths), repeatRows=(1,))
    table.setStyle(
        _grid_style(
            data,
            [
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 1), (-1, 1), HEAD_FILL),
                ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
                ("NOSPLIT", (0, 0), (-1, 2)),
            ],
        )
    )
    return table


def _lampiran(doc: PlanDocument, st: Styles) -> Table:
    """DUKUNGAN SUMBER DAYA, SKEMA PERTANGGUNGJAWABAN, KONSEKUENSI as numbered lists (R-FORM-RENCANA 5)."""
    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    widths = _fractions(22, 488)
    for kind, title in ANNEX_TITLES:
        row = len(data)
        data.append([_label(title, st.group, FRAME_WIDTH), ""])
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), GROUP_FILL)]
        items = doc.annex(kind)
        commands.append(("NOSPLIT", (0, row), (-1, row + 1)))
        if not items:
            data.append([_label("-", st.cell_center, widths[0]), ""])
        for n, text in enumerate(items, start=1):
            cells = [[_label(f"{n}.", st.cell_center, widths[0])], [_t(text, st.cell, widths[1])]]
            data += [[_value(c) for c in r] for r in _cut_row(cells, widths)]
    table = Table(data, colWidths=list(widths))
    table.setStyle(_grid_style(data, commands))
    return table


def _signatures(doc: PlanDocument, st: Styles) -> Flowable:
    """Place and date, Pegawai yang Dinilai (left) and Pejabat Penilai Kinerja (right)."""
    date = format_date(doc.signed_on, "id")
    place_date = f"{doc.place}, {date}" if doc.place else date
    half = FRAME_WIDTH / 2

    def name(person: PersonBlock) -> Paragraph:
        if person.empty:
            return _fixed("(" + "." * 40 + ")", st.sign, half)
        return Paragraph(f"<u>{escape(person.name)}</u>", st.sign_name)

    def nip(person: PersonBlock) -> Paragraph:
        return _p(f"NIP. {person.nip}" if person.nip else "", st.sign)

    table = Table(
        [
            ["", _fixed(place_date, st.sign, half)],
            [_fixed("Pegawai yang Dinilai", st.sign, half), _fixed("Pejabat Penilai Kinerja", st.sign, half)],
            ["", ""],
            [name(doc.pegawai), name(doc.penilai)],
            [nip(doc.pegawai), nip(doc.penilai)],
        ],
        colWidths=[half, half],
        rowHeights=[None, None, 46, None, None],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return KeepTogether([table])


# -- files -----------------------------------------------------------------------------------------

_REASONS = {
    errno.EACCES: "permission-denied",
    errno.EPERM: "permission-denied",
    errno.ENOENT: "folder-missing",
    errno.ENOTDIR: "folder-missing",
    errno.ENOSPC: "disk-full",
    errno.EDQUOT: "disk-full",
    errno.EROFS: "read-only",
    errno.EISDIR: "is-a-folder",
    errno.ENAMETOOLONG: "name-too-long",
}


def _write_error(path: Path, exc: OSError) -> SkpError:
    reason = _REASONS.get(exc.errno or 0) or (exc.strerror or type(exc).__name__)
    return SkpError(Code.DOCUMENT_WRITE, path=str(path), reason=reason)


TEMP_PREFIX = ".skpdesk-"
TEMP_SUFFIX = ".pdf.part"


def _write_atomic(
    target: Path, write: Callable[[BinaryIO], int], cancelled: Callable[[], bool] | None = None
) -> int:
    """Write through a temporary file beside ``target``, fsync it and rename it into place."""
    if target.is_dir():
        raise SkpError(Code.DOCUMENT_WRITE, path=str(target), reason="is-a-folder")
    tmp, pages = _write_temporary(target, write)
    try:
        if cancelled is not None and cancelled():
            raise Cancelled
        os.replace(tmp, target)
    except OSError as exc:
        raise _write_error(target, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return pages


def _write_temporary(
    target: Path, write: Callable[[BinaryIO], int], tmp: Path | None = None
) -> tuple[Path, int]:
    """A complete, fsynced temporary file beside ``target`` (errors name ``target``) and the
    page count; nothing is left behind when it fails. ``tmp``: the temporary file's name (it
    must not exist), else a new one."""
    try:
        if tmp is None:
            fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
            tmp = Path(tmp_name)
        else:  # as mkstemp makes it: new, for this process only, readable by its owner
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError as exc:
        raise _write_error(target, exc) from exc
    try:
        with os.fdopen(fd, "wb") as stream:
            pages = write(stream)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _write_error(target, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, pages


def file_name(doc: PlanDocument) -> str:
    """ "198105012003031506_Heryanto_Situmorang.pdf": NIP and name, safe on every file system."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", doc.pegawai_name).strip("_")[:60]
    nip = re.sub(r"\D", "", doc.pegawai_nip) or doc.plan_id[:8]
    return f"{nip}_{name}.pdf" if name else f"{nip}.pdf"


def unique_name(name: str, used: set[str]) -> str:
    """``name``, or ``name_2.pdf``, ``_3`` ... when a plan before it in the batch took it (two
    plans of one person in a year: a job change); the chosen name is added to ``used``."""
    stem, n = name[:-4], 2
    chosen = name
    while chosen.lower() in used:
        chosen = f"{stem}_{n}.pdf"
        n += 1
    used.add(chosen.lower())
    return chosen


def batch_folder(out_dir: Path) -> None:
    """Make the folder of a batch (and its parents) or raise ``SkpError(DOCUMENT_WRITE)``."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_error(out_dir, exc) from exc
    if not out_dir.is_dir():
        raise SkpError(Code.DOCUMENT_WRITE, path=str(out_dir), reason="not-a-folder")


def move_into_place(tmp: Path, target: Path) -> None:
    """Rename a finished temporary file to its name (replacing a file of that name); the
    temporary file is gone afterwards either way."""
    try:
        if target.is_dir():
            raise SkpError(Code.DOCUMENT_WRITE, path=str(target), reason="is-a-folder")
        os.replace(tmp, target)
    except OSError as exc:
        raise _write_error(target, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)


class PlanWriter:
    """Writes the Rencana SKP of many plans one after another, making once what every document
    of the batch prints alike: the form's words, the BerAKHLAK rows, the kop and its decoded logo,
    the headings (``_fixed``, ``_label``). One writer per thread or process; the documents are
    the same as ``render_plan`` makes."""

    def __init__(self) -> None:
        self._shared: dict[tuple[Any, ...], Any] = {}

    def build(self, doc: PlanDocument, stream: BinaryIO) -> int:
        """Write ``doc`` to ``stream``; the page count."""
        token = _SHARED.set(self._shared)
        try:
            return _build(doc, stream)
        finally:
            _SHARED.reset(token)

    def write(self, doc: PlanDocument, target: Path, cancelled: Callable[[], bool] | None = None) -> int:
        """Write ``doc`` to ``target`` as ``render_plan`` does (through a temporary file)."""
        return _write_atomic(target, functools.partial(self.build, doc), cancelled)

    def write_temporary(self, doc: PlanDocument, tmp: Path) -> int:
        """Write ``doc`` to the new file ``tmp`` (complete and fsynced when this returns; nothing
        left there when it fails): the page count. Whoever asked renames it to ``file_name(doc)``
        or another unique name (``move_into_place``), or removes it. Errors name the file it is
        meant to become."""
        target = tmp.parent / file_name(doc)
        return _write_temporary(target, functools.partial(self.build, doc), tmp)[1]


def temporary_name(out_dir: Path) -> Path:
    """A new name for a temporary file in ``out_dir`` (".skpdesk-<random>.pdf.part")."""
    return out_dir / f"{TEMP_PREFIX}{uuid.uuid4().hex}{TEMP_SUFFIX}"


def render_plans(
    docs: Iterable[PlanDocument | Callable[[], PlanDocument]],
    out_dir: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[Path]:
    """Write one PDF per plan into ``out_dir`` (made when missing); the paths written.

    ``docs`` holds documents, or callables that read one when its turn comes (a batch of
    thousands never holds them all). ``progress(done, total)`` after each file. ``cancelled()``
    is asked before and after each document: when true, ``Cancelled`` is raised and the file
    being made is removed (finished files stay; none is left half-written).

    This is the batch in this process; ``services.documents.DocumentService.write_plans`` reads
    and writes a large batch in worker processes and falls back to this for a small one.
    """
    items = list(docs)
    total = len(items)
    batch_folder(out_dir)
    written: list[Path] = []
    used: set[str] = set()
    writer = PlanWriter()
    if progress is not None:
        progress(0, total)
    for index, item in enumerate(items, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled
        doc = item() if callable(item) else item
        target = out_dir / unique_name(file_name(doc), used)
        writer.write(doc, target, cancelled)
        written.append(target)
        if progress is not None:
            progress(index, total)
    return written
