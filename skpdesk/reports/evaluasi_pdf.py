"""The Evaluasi Kinerja Pegawai as a PDF (SKP-REFERENCE R-FORM-EVALUASI), from an
``EvaluationDocument``.

A pure function of its document: it never queries the workspace (ARCHITECTURE.md "reports").
reportlab and matplotlib are imported here, not at start (PLATFORM.md "Start-up cost").

Layout, in the order of R-FORM-EVALUASI:

1. the kop surat; the header lines ``EVALUASI KINERJA PEGAWAI`` / ``PENDEKATAN HASIL KERJA …`` /
   ``BAGI …`` / ``PERIODE: TRIWULAN I`` (… ``AKHIR``); the instansi and ``PERIODE PENILAIAN`` with
   the evaluation period's own dates (1 Januari sd 31 Maret for TW I; the plan's dates for AKHIR);
2. the identity block (pegawai | pejabat penilai), as on the Rencana;
3. ``CAPAIAN KINERJA ORGANISASI``; ``POLA DISTRIBUSI`` with the curve of the pegawai's unit
   (``reports.charts.curve_figure``, the same figure as the dashboard's) and, when it does not fit,
   the rules it misses;
4. ``HASIL KERJA``: the Rencana's columns + ``REALISASI BERDASARKAN BUKTI DUKUNG`` + ``UMPAN BALIK
   BERKELANJUTAN BERDASARKAN BUKTI DUKUNG`` (JPT: (1)–(7) with PERSPEKTIF); the bukti dukung files
   under each RHK; then ``RATING HASIL KERJA``;
5. ``PERILAKU KERJA`` (value, panduan, ekspektasi khusus | umpan balik), ``RATING PERILAKU KERJA``,
   ``PREDIKAT KINERJA PEGAWAI`` (AKHIR: the periodic predikat beside it, as evidence, R-PERIODIC);
6. the signature of the pejabat penilai kinerja;

then, on a page of its own, the ``DOKUMEN EVALUASI KINERJA PEGAWAI`` the PyB files: blocks 1
PEGAWAI YANG DINILAI, 2 PEJABAT PENILAI KINERJA, 3 ATASAN PEJABAT PENILAI KINERJA, 4 EVALUASI
KINERJA (capaian kinerja organisasi, predikat kinerja pegawai), 5 CATATAN/REKOMENDASI, and the
signatures of the pegawai (left) and the pejabat penilai (right), each with place and date.

A period not rated yet (a worksheet) reads "BELUM DINILAI" in every rating cell and carries a
diagonal "BELUM DINILAI" on every page; a draft rating carries "DRAF". Every page has "Halaman X
dari Y" and a footer naming the period, the NIP and the rating's state.

The words are the official Indonesian ones in every UI language (as the Rencana's).
"""

from __future__ import annotations

import dataclasses
import functools
import io
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
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
from skpdesk.domain import curve
from skpdesk.domain.predikat import label as domain_label
from skpdesk.formatting import format_count, format_date, format_number
from skpdesk.reports import rencana_pdf as rp
from skpdesk.reports.evaluation_document import (
    BELUM_DINILAI,
    EvaluationDocument,
    ResultEvaluation,
    UnitCurve,
)
from skpdesk.reports.pdf_pages import build_numbered, diagonal_mark, footer_line
from skpdesk.reports.plan_document import PersonBlock, ResultRow
from skpdesk.reports.rencana_pdf import (
    BAGI,
    FRAME_WIDTH,
    GROUP_FILL,
    HEAD_FILL,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    RHK_PIMPINAN,
    Styles,
    _dash,
    _fit,
    _fixed,
    _Form,
    _fractions,
    _grid_style,
    _Group,
    _label,
    _p,
    _t,
    _value,
    fonts,
    styles,
)

# R-FORM-EVALUASI header lines and column titles: official words, never translated.
TITLE = "EVALUASI KINERJA PEGAWAI"
DOKUMEN_TITLE = "DOKUMEN EVALUASI KINERJA PEGAWAI"
REALISASI = "REALISASI BERDASARKAN BUKTI DUKUNG"
UMPAN_BALIK = "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG"
NOT_SET = "BELUM DITETAPKAN"
DRAFT_MARK = "DRAF"
KEYWORD_PREFIX = "skpdesk-evaluasi"
CHART_DPI = 170
CHART_WIDTH = FRAME_WIDTH * 0.86
WATERMARK_GREY = colors.Color(0.86, 0.86, 0.86)
WARNING = colors.Color(0.54, 0.35, 0.0)
EVIDENCE_SHOWN = 6  # file names listed under an RHK; the rest are counted


# -- the document ----------------------------------------------------------------------------------


def render_evaluation(doc: EvaluationDocument, out: Path | str | BinaryIO, *, language: str = "id") -> int:
    """Write the Evaluasi Kinerja of ``doc`` to ``out`` (a path or a binary stream); the page count.

    A path is written through a temporary file beside it that replaces it only when complete: a
    failure raises ``SkpError(DOCUMENT_WRITE)`` and leaves nothing under the chosen name.
    """
    del language  # the form's words are official Indonesian text in every UI language
    return EvaluationWriter().write_to(doc, out)


class EvaluationWriter:
    """Writes evaluation documents one after another, making once what they share: the form's
    words and the BerAKHLAK rows (``rencana_pdf``'s shared store) and the curve of each unit (the
    documents of a unit's batch draw one chart)."""

    def __init__(self) -> None:
        self._shared: dict[tuple[Any, ...], Any] = {}
        self._charts: dict[tuple[Any, ...], ImageReader] = {}

    def build(self, doc: EvaluationDocument, stream: BinaryIO) -> int:
        token = rp._SHARED.set(self._shared)
        try:
            return _build(doc, stream, self.chart_image)
        finally:
            rp._SHARED.reset(token)

    def write(
        self, doc: EvaluationDocument, target: Path, cancelled: Callable[[], bool] | None = None
    ) -> int:
        """Write ``doc`` to ``target`` through a temporary file (DOC-WRITE on failure)."""
        return rp._write_atomic(target, functools.partial(self.build, doc), cancelled)

    def write_to(self, doc: EvaluationDocument, out: Path | str | BinaryIO) -> int:
        if isinstance(out, (str, Path)):
            return self.write(doc, Path(out))
        return self.build(doc, out)

    def chart_image(self, unit_curve: UnitCurve) -> ImageReader:
        """The unit's curve as a decoded picture, made once per unit, period and counts (drawing
        and decoding it is most of a document's cost)."""
        key = (
            unit_curve.key,
            unit_curve.org_predikat,
            tuple(sorted((p.value, n) for p, n in unit_curve.counts.items())),
        )
        found = self._charts.get(key)
        if found is None:
            found = self._charts[key] = chart_reader(unit_curve)
        return found


def chart_png(unit_curve: UnitCurve) -> bytes:
    """The R-FORM-EVALUASI curve of a unit as PNG bytes (``reports.charts``, the dashboard's
    figure; its title is the official one)."""
    from skpdesk.reports.charts import curve_figure, figure_png

    figure = curve_figure(unit_curve.counts, unit_curve.org_predikat, size=(6.6, 3.3))
    return figure_png(figure, dpi=CHART_DPI)


def chart_reader(unit_curve: UnitCurve) -> ImageReader:
    """``chart_png`` decoded once (reportlab keeps the pixels in the reader for every document
    that draws it)."""
    reader = ImageReader(io.BytesIO(chart_png(unit_curve)))
    reader.getRGBData()
    return reader


def _build(doc: EvaluationDocument, stream: BinaryIO, chart: Callable[[UnitCurve], ImageReader]) -> int:
    st = styles()
    story: list[Flowable] = []
    story += rp._kop(doc.plan, st)
    story += _heading(doc, st, TITLE, form=True)
    story.append(rp._identity(doc.plan, st))
    story.append(Spacer(1, 6))
    story.append(_capaian(doc, st))
    story += _pola(doc, st, chart)
    story.append(Spacer(1, 8))
    story.append(_hasil_kerja(doc, st))
    story.append(_rating_row("RATING HASIL KERJA", _rating_text(doc, doc.rating_hasil_kerja, hasil=True), st))
    story.append(Spacer(1, 8))
    story.append(_perilaku(doc, st))
    story.append(_rating_row("RATING PERILAKU KERJA", _rating_text(doc, doc.rating_perilaku), st))
    story.append(_rating_row("PREDIKAT KINERJA PEGAWAI", _predikat_text(doc), st, bold=True))
    if doc.periodic:
        story.append(_periodic_note(doc, st))
    story.append(Spacer(1, 10))
    story.append(_penilai_signature(doc, st))
    story.append(PageBreak())
    story += rp._kop(doc.plan, st)
    story += _heading(doc, st, DOKUMEN_TITLE, form=False)
    story.append(_dokumen(doc, st))
    story.append(Spacer(1, 12))
    story.append(_both_signatures(doc, st))

    template = SimpleDocTemplate(
        stream,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"Evaluasi Kinerja Pegawai {doc.periode_label} {doc.year} - {doc.plan.pegawai.name}",
        author=doc.plan.penilai.name or doc.plan.pegawai.name,
        subject=f"Evaluasi Kinerja {doc.plan.pegawai.nip} {doc.year} {doc.periode}",
        creator=f"SKP Desk {__version__}",
        keywords=stamp_keywords(doc),
    )
    return build_numbered(
        template, story, functools.partial(_footer, doc), functools.partial(_decorate_page, doc)
    )


def stamp_keywords(doc: EvaluationDocument) -> str:
    """The PDF's Keywords: which plan and period, the rating's state and predikat."""
    return (
        f"{KEYWORD_PREFIX}; plan={doc.plan.plan_id}; periode={doc.periode}; "
        f"rating={doc.rating_status or 'none'}; predikat={doc.predikat.value if doc.predikat else '-'}"
    )


# -- page decoration -------------------------------------------------------------------------------


def watermark(doc: EvaluationDocument) -> str:
    """ "BELUM DINILAI" (a worksheet), "DRAF" (a draft rating) or "" (final)."""
    if not doc.rated:
        return BELUM_DINILAI
    return "" if doc.final else DRAFT_MARK


def _decorate_page(doc: EvaluationDocument, canvas: Canvas, _template: Any) -> None:
    mark = watermark(doc)
    if not mark:
        return
    size = 110 if mark == DRAFT_MARK else 70
    diagonal_mark(canvas, mark, font=fonts().bold, size=size, drop=size * 0.35, color=WATERMARK_GREY)


def footer_text(doc: EvaluationDocument) -> str:
    status = f"Penilaian: {doc.status_label}"
    if doc.rated and doc.assessed_on is not None:
        status += f" {format_date(doc.assessed_on, 'id')}"
    return f"Evaluasi Kinerja {doc.periode_label} {doc.year} · {doc.plan.pegawai.nip} · {status}"


def _footer(doc: EvaluationDocument, canvas: Canvas, page: int, total: int) -> None:
    y = MARGIN_BOTTOM - 8 * 2.8346
    canvas.saveState()
    footer_line(
        canvas,
        footer_text(doc),
        page,
        total,
        y=y,
        margin=MARGIN_X,
        font=fonts().regular,
        color=rp.FOOTER_GREY,
    )
    canvas.restoreState()


# -- header ----------------------------------------------------------------------------------------


def periode_penilaian(doc: EvaluationDocument) -> str:
    """ "1 JANUARI SD 31 MARET TAHUN 2025": the evaluation period's own dates."""
    start = format_date(doc.period_start, "id").upper()
    end = format_date(doc.period_end, "id").upper()
    if doc.period_start.year == doc.period_end.year:
        start = start.rsplit(" ", 1)[0]
        end = end.rsplit(" ", 1)[0]
    return f"{start} SD {end} TAHUN {doc.period_end.year}"


def periode_line(doc: EvaluationDocument) -> str:
    """ "PERIODE: TRIWULAN I" … "PERIODE: AKHIR" (R-FORM-EVALUASI header)."""
    return f"PERIODE: {doc.periode_label.upper()}"


def _heading(doc: EvaluationDocument, st: Styles, title: str, *, form: bool) -> list[Flowable]:
    lines = [title]
    if form:
        lines.append(f"PENDEKATAN HASIL KERJA {doc.plan.pendekatan.value.upper()}")
        lines.append(BAGI[doc.plan.jpt])
    lines.append(periode_line(doc))
    out: list[Flowable] = [_fixed(line, st.title, FRAME_WIDTH) for line in lines]
    out.append(Spacer(1, 6))
    widths = [FRAME_WIDTH * 0.4, FRAME_WIDTH * 0.6]
    row = Table(
        [
            [
                _fixed(doc.plan.instansi, st.left, widths[0]),
                _p(f"PERIODE PENILAIAN: {periode_penilaian(doc)}", st.right),
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


# -- capaian kinerja organisasi and the curve ------------------------------------------------------


def capaian_text(doc: EvaluationDocument) -> str:
    """ "BAIK" … or "BELUM DITETAPKAN" (R-FORM-EVALUASI item 2)."""
    if doc.curve is None or doc.curve.org_predikat is None:
        return NOT_SET
    return domain_label(doc.curve.org_predikat).upper()


def _capaian(doc: EvaluationDocument, st: Styles) -> Table:
    widths = [FRAME_WIDTH * 0.42, FRAME_WIDTH * 0.58]
    value = capaian_text(doc)
    cell: list[Any] = [_p(value, st.cell_bold)]
    if doc.curve is not None and doc.curve.org_predikat is not None:
        cell.append(_p(f"Predikat kinerja organisasi {doc.curve.unit_name}", st.note))
    elif doc.curve is not None:
        cell.append(_p(f"Belum ditetapkan untuk {doc.curve.unit_name} periode ini", st.note))
    data = [[_label("CAPAIAN KINERJA ORGANISASI", st.cell_bold, widths[0]), cell]]
    table = Table(data, colWidths=widths)
    table.setStyle(_grid_style(data, [("BACKGROUND", (0, 0), (0, 0), HEAD_FILL)]))
    return table


def rule_text(check: curve.RuleCheck, n: int) -> str:
    """One R-CURVE rule with the count now, in the form's Indonesian:
    "Baik paling banyak 70% (7 dari 10): sekarang 8"."""
    rule = check.rule
    names = [domain_label(p) for p in rule.predikat]
    if rule.kind is curve.RuleKind.LARGEST:
        text = f"{names[0]} menjadi kelompok terbesar"
    elif rule.kind is curve.RuleKind.MAX_SHARE:
        text = f"{' + '.join(names)} paling banyak {_share(rule.share)} ({check.limit} dari {n})"
    elif rule.kind is curve.RuleKind.MIN_SHARE:
        text = f"{' + '.join(names)} paling sedikit {_share(rule.share)} ({check.limit} dari {n})"
    elif rule.kind is curve.RuleKind.AT_LEAST_ONE:
        text = f"minimal satu pegawai {' atau '.join(names)}"
    else:
        text = f"tidak ada pegawai {' atau '.join(names)}"
    return f"{text}: sekarang {check.count}"


def _share(share: Decimal | None) -> str:
    return format_number((share or Decimal(0)) * 100, 0, "id") + "%"


def curve_lines(unit_curve: UnitCurve) -> list[str]:
    """The lines under the chart: whose distribution, how many, and the rules it misses."""
    n = unit_curve.n
    lines = [f"Distribusi {unit_curve.unit_name}: {format_count(n, 'id')} pegawai dinilai (final)"]
    if unit_curve.drafts:
        lines[0] += f"; {format_count(unit_curve.drafts, 'id')} penilaian draf belum dihitung"
    check = unit_curve.check
    if check is not None and check.verdict is curve.Verdict.DOES_NOT_FIT:
        missed = "; ".join(rule_text(c, n) for c in check.failed)
        lines.append(f"Belum sesuai pola (R-CURVE, pertimbangan bagi pimpinan): {missed}.")
    return lines


class _Picture(Image):  # type: ignore[misc]  # reportlab has no type hints
    """An Image drawn from a reader decoded beforehand (a batch shares one per unit)."""

    def __init__(self, reader: ImageReader, width: float, height: float) -> None:
        self._img = reader  # read by Image's own set-up instead of opening the file again
        super().__init__(io.BytesIO(), width=width, height=height, hAlign="CENTER")


def _pola(doc: EvaluationDocument, st: Styles, chart: Callable[[UnitCurve], ImageReader]) -> list[Flowable]:
    head = _fixed("POLA DISTRIBUSI:", st.subtitle, FRAME_WIDTH)
    if doc.curve is None:
        return [
            Spacer(1, 6),
            head,
            _p("Unit kerja pegawai tidak diketahui: kurva tidak dapat dibuat.", st.note),
        ]
    reader = chart(doc.curve)
    width, height = reader.getSize()
    image = _Picture(reader, CHART_WIDTH, CHART_WIDTH * height / width)
    parts: list[Flowable] = [Spacer(1, 6), head, Spacer(1, 2), image]
    parts += [_p(line, st.note) for line in curve_lines(doc.curve)]
    return [KeepTogether(parts)]


# -- HASIL KERJA with realisasi and umpan balik ----------------------------------------------------

Cell = list[Any]


def _lines_cell(lines: tuple[str, ...], st: Styles, width: float, empty: str = "-") -> Cell:
    if not lines:
        return [_t(empty, st.cell, width)]
    if len(lines) == 1:
        return [_t(lines[0], st.cell, width)]
    return [_p(f"- {line}", st.bullet) for line in lines]


def _evidence_lines(e: ResultEvaluation) -> list[str]:
    if not e.evidence:
        return []
    shown = ", ".join(e.evidence[:EVIDENCE_SHOWN])
    more = len(e.evidence) - EVIDENCE_SHOWN
    if more > 0:
        shown += f", dan {more} berkas lain"
    return [f"Bukti dukung ({len(e.evidence)}): {shown}"]


def _rhk_cell(result: ResultRow, e: ResultEvaluation, st: Styles, width: float) -> Cell:
    evidence = _evidence_lines(e)
    if not evidence:
        return [_t(result.text, st.cell, width)]
    return [_p(result.text, st.cell)] + [_p(line, st.note) for line in evidence]


def _indicator_rows(
    result: ResultRow, e: ResultEvaluation, st: Styles, w: rp.Widths, cols: tuple[int, ...]
) -> list[dict[int, Cell]]:
    """One row per IKI: (aspek,) IKI, target, realisasi in the columns ``cols``."""
    rows: list[dict[int, Cell]] = []
    for n, i in enumerate(result.indicators):
        lines = e.indicators[n] if n < len(e.indicators) else ()
        row: dict[int, Cell] = {}
        values = ([_dash(i.aspek)] if len(cols) == 4 else []) + [i.text, _dash(i.target)]
        for col, text in zip(cols[:-1], values, strict=True):
            style = st.cell_center if col == cols[-2] else st.cell
            row[col] = [_t(text, style, w[col])]
        row[cols[-1]] = _lines_cell(lines, st, w[cols[-1]])
        rows.append(row)
    if not rows:
        rows.append({c: [_t("-", st.cell, w[c])] for c in cols})
    return rows


def _feedback_cell(e: ResultEvaluation, st: Styles, width: float) -> Cell:
    return _lines_cell(e.feedback, st, width)


def _jajf_kuantitatif(result: ResultRow, e: ResultEvaluation, st: Styles, w: rp.Widths) -> _Group:
    return _Group(
        {
            0: [_label(f"{result.number}", st.cell_center, w[0])],
            1: [_t(_dash(result.intervened), st.cell, w[1])],
            2: _rhk_cell(result, e, st, w[2]),
            7: _feedback_cell(e, st, w[7]),
        },
        _indicator_rows(result, e, st, w, (3, 4, 5, 6)),
    )


def _jajf_kualitatif(result: ResultRow, e: ResultEvaluation, st: Styles, w: rp.Widths) -> _Group:
    return _Group(
        {
            0: [_label(f"{result.number}", st.cell_center, w[0])],
            1: [_t(_dash(result.intervened), st.cell, w[1])],
            3: _lines_cell(e.realisasi or _flatten(e.indicators), st, w[3]),
            4: _feedback_cell(e, st, w[4]),
        },
        [{2: _rhk_cell(result, e, st, w[2])}, {2: rp._ukuran_cell(result, st, w[2])}],
    )


def _jpt_kuantitatif(result: ResultRow, e: ResultEvaluation, st: Styles, w: rp.Widths) -> _Group:
    return _Group(
        {
            0: [_label(f"{result.number}", st.cell_center, w[0])],
            1: _rhk_cell(result, e, st, w[1]),
            4: [_t(_dash(result.perspektif), st.cell, w[4])],
            6: _feedback_cell(e, st, w[6]),
        },
        _indicator_rows(result, e, st, w, (2, 3, 5)),
    )


def _jpt_kualitatif(result: ResultRow, e: ResultEvaluation, st: Styles, w: rp.Widths) -> _Group:
    return _Group(
        {
            0: [_label(f"{result.number}", st.cell_center, w[0])],
            2: [_t(_dash(result.perspektif), st.cell, w[2])],
            3: _lines_cell(e.realisasi or _flatten(e.indicators), st, w[3]),
            4: _feedback_cell(e, st, w[4]),
        },
        [{1: _rhk_cell(result, e, st, w[1])}, {1: rp._ukuran_cell(result, st, w[1])}],
    )


def _flatten(groups: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return tuple(line for lines in groups for line in lines)


@dataclass(frozen=True)
class _EvalForm:
    form: _Form
    build: Callable[[ResultRow, ResultEvaluation, Styles, rp.Widths], _Group]


def _never(_result: ResultRow, _st: Styles, _w: rp.Widths) -> _Group:  # pragma: no cover
    raise AssertionError("the evaluation forms build with their ResultEvaluation")


FORMS: dict[tuple[bool, bool], _EvalForm] = {
    # (jpt, kuantitatif) -> columns. SKP-REFERENCE R-FORM-EVALUASI item 4: the Rencana's columns
    # (R-FORM-RENCANA) + realisasi + umpan balik; JPT kuantitatif (1)-(7) with PERSPEKTIF (5).
    (False, True): _EvalForm(
        _Form(
            (
                "NO",
                RHK_PIMPINAN,
                "RENCANA HASIL KERJA",
                "ASPEK",
                "INDIKATOR KINERJA INDIVIDU",
                "TARGET",
                REALISASI,
                UMPAN_BALIK,
            ),
            _fractions(18, 72, 78, 44, 80, 46, 80, 92),
            True,
            _never,
            2,
        ),
        _jajf_kuantitatif,
    ),
    (False, False): _EvalForm(
        _Form(
            ("NO", RHK_PIMPINAN, "RENCANA HASIL KERJA", REALISASI, UMPAN_BALIK),
            _fractions(18, 110, 170, 100, 112),
            True,
            _never,
            2,
        ),
        _jajf_kualitatif,
    ),
    (True, True): _EvalForm(
        _Form(
            (
                "NO",
                "RENCANA HASIL KERJA",
                "INDIKATOR KINERJA INDIVIDU",
                "TARGET",
                "PERSPEKTIF",
                REALISASI,
                UMPAN_BALIK,
            ),
            _fractions(18, 98, 100, 50, 62, 86, 96),
            True,
            _never,
            1,
        ),
        _jpt_kuantitatif,
    ),
    (True, False): _EvalForm(
        _Form(
            ("NO", "RENCANA HASIL KERJA", "PERSPEKTIF", REALISASI, UMPAN_BALIK),
            _fractions(18, 200, 66, 100, 112),
            True,
            _never,
            1,
        ),
        _jpt_kualitatif,
    ),
}


TABLE_SIZE = 7.0  # the HASIL KERJA table has up to eight columns on a portrait page


@functools.cache
def small_styles() -> Styles:
    """``rencana_pdf.styles()`` at TABLE_SIZE for the cells of the HASIL KERJA table."""
    st = styles()

    def small(style: ParagraphStyle) -> ParagraphStyle:
        return ParagraphStyle(
            f"{style.name}-small", parent=style, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.2
        )

    return dataclasses.replace(
        st,
        cell=small(st.cell),
        cell_center=small(st.cell_center),
        cell_bold=small(st.cell_bold),
        bullet=ParagraphStyle(
            "bullet-small",
            parent=st.bullet,
            fontSize=TABLE_SIZE,
            leading=TABLE_SIZE * 1.2,
            leftIndent=7,
            firstLineIndent=-7,
        ),
        head=small(st.head),
        note=ParagraphStyle("note-small", parent=st.note, fontSize=6.5, leading=7.8),
    )


def _hasil_kerja(doc: EvaluationDocument, st: Styles) -> Table:
    """HASIL KERJA as on the Rencana (groups A. UTAMA / B. TAMBAHAN, RHK cells spanned over their
    IKI rows, tall groups cut and continued) with the two evaluation columns."""
    st = small_styles()
    chosen = FORMS[(doc.plan.jpt, doc.plan.kuantitatif)]
    form = chosen.form
    w = form.widths
    ncols = len(form.headers)
    data: list[list[Any]] = [[_label("HASIL KERJA", st.group, FRAME_WIDTH)] + [""] * (ncols - 1)]
    data.append([_p(h, st.head) for h in form.headers])
    data.append([_label(f"({n})", st.head, w[n - 1]) for n in range(1, ncols + 1)])
    commands: list[tuple[Any, ...]] = [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 1), (-1, 2), HEAD_FILL),
        ("VALIGN", (0, 1), (-1, 2), "MIDDLE"),
    ]
    for label, results, evaluations in (
        ("A. UTAMA", doc.plan.utama, doc.utama),
        ("B. TAMBAHAN", doc.plan.tambahan, doc.tambahan),
    ):
        row = len(data)
        data.append([_label(label, st.group, FRAME_WIDTH)] + [""] * (ncols - 1))
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), GROUP_FILL)]
        if not results:
            data.append([_label("-", st.cell_center, FRAME_WIDTH)] + [""] * (ncols - 1))
            commands.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
            commands.append(("NOSPLIT", (0, row), (-1, len(data) - 1)))
        for index, result in enumerate(results):
            e = evaluations[index] if index < len(evaluations) else ResultEvaluation()
            for number, part in enumerate(_fit(chosen.build(result, e, st, w), form, st)):
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
                if index == 0 and number == 0:
                    commands.append(("NOSPLIT", (0, 0 if label == "A. UTAMA" else row), (-1, len(data) - 1)))
    commands += [("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE), ("LEADING", (0, 0), (-1, -1), TABLE_SIZE * 1.2)]
    table = Table(data, colWidths=list(w), repeatRows=(1, 2))
    table.setStyle(_grid_style(data, commands))
    return table


# -- ratings, PERILAKU KERJA -----------------------------------------------------------------------


def _rating_text(doc: EvaluationDocument, value: str, *, hasil: bool = False) -> str:
    if not doc.rated:
        return BELUM_DINILAI
    if hasil and doc.basis_org:
        return f"{value.upper()} (dari capaian kinerja organisasi)"
    return value.upper()


def _predikat_text(doc: EvaluationDocument) -> str:
    if not doc.rated or doc.predikat is None:
        return BELUM_DINILAI
    return domain_label(doc.predikat).upper()


def _rating_row(label: str, value: str, st: Styles, *, bold: bool = False) -> Table:
    widths = [FRAME_WIDTH * 0.42, FRAME_WIDTH * 0.58]
    style = st.cell_bold if bold or value != BELUM_DINILAI else st.cell
    data = [[_label(label, st.cell_bold, widths[0]), _t(value, style, widths[1])]]
    table = Table(data, colWidths=widths)
    table.setStyle(_grid_style(data, [("BACKGROUND", (0, 0), (0, 0), HEAD_FILL)]))
    return table


def _periodic_note(doc: EvaluationDocument, st: Styles) -> Flowable:
    parts = []
    for p in doc.periodic:
        shown = domain_label(p.predikat) if p.predikat is not None else "belum dinilai"
        if p.predikat is not None and not p.final:
            shown += " (draf)"
        parts.append(f"{p.label}: {shown}")
    return _p(
        "Predikat periodik sebagai bukti, tidak dirata-ratakan (R-PERIODIC): " + "; ".join(parts) + ".",
        st.note,
    )


def _perilaku(doc: EvaluationDocument, st: Styles) -> Table:
    """NO | PERILAKU KERJA (value, panduan, ekspektasi khusus) | UMPAN BALIK (R-FORM-EVALUASI 5)."""
    widths = _fractions(21, 297, 192)
    data: list[list[Any]] = [
        [_label("PERILAKU KERJA", st.group, FRAME_WIDTH), "", ""],
        [
            _label("NO", st.head, widths[0]),
            _label("PERILAKU KERJA", st.head, widths[1]),
            _p(UMPAN_BALIK, st.head),
        ],
    ]
    for n, row in enumerate(doc.plan.perilaku):
        cell: Cell = [_fixed(row.name, st.cell_bold, widths[1])]
        cell += [_fixed(f"- {line}", st.bullet, widths[1]) for line in row.panduan]
        cell.append(_fixed("Ekspektasi khusus pimpinan:", st.cell_bold, widths[1]))
        cell.append(_p(_dash(row.ekspektasi), st.cell))
        feedback = doc.perilaku_feedback[n] if n < len(doc.perilaku_feedback) else ()
        cells = [
            [_label(str(row.number), st.cell_center, widths[0])],
            cell,
            _lines_cell(feedback, st, widths[2]),
        ]
        data += [[_value(c) for c in r] for r in rp._cut_row(cells, widths)]
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


# -- signatures ------------------------------------------------------------------------------------


def _place_date(doc: EvaluationDocument) -> str:
    date = format_date(doc.signed_on, "id")
    return f"{doc.plan.place}, {date}" if doc.plan.place else date


def _name(person: PersonBlock, st: Styles, width: float) -> Paragraph:
    if person.empty:
        return _fixed("(" + "." * 40 + ")", st.sign, width)
    return Paragraph(f"<u>{escape(person.name)}</u>", st.sign_name)


def _nip(person: PersonBlock, st: Styles) -> Paragraph:
    return _p(f"NIP. {person.nip}" if person.nip else "", st.sign)


def _penilai_signature(doc: EvaluationDocument, st: Styles) -> Flowable:
    """Place, date and the Pejabat Penilai Kinerja, on the right (R-FORM-EVALUASI item 6)."""
    half = FRAME_WIDTH / 2
    penilai = doc.plan.penilai
    table = Table(
        [
            ["", _fixed(_place_date(doc), st.sign, half)],
            ["", _fixed("Pejabat Penilai Kinerja", st.sign, half)],
            ["", ""],
            ["", _name(penilai, st, half)],
            ["", _nip(penilai, st)],
        ],
        colWidths=[half, half],
        rowHeights=[None, None, 46, None, None],
    )
    table.setStyle(_signature_style())
    return KeepTogether([table])


def _both_signatures(doc: EvaluationDocument, st: Styles) -> Flowable:
    """The Dokumen Evaluasi's: Pegawai yang Dinilai (left), Pejabat Penilai Kinerja (right), each
    with place and date."""
    half = FRAME_WIDTH / 2
    place = _place_date(doc)
    table = Table(
        [
            [_fixed(place, st.sign, half), _fixed(place, st.sign, half)],
            [
                _fixed("Pegawai yang Dinilai,", st.sign, half),
                _fixed("Pejabat Penilai Kinerja,", st.sign, half),
            ],
            ["", ""],
            [_name(doc.plan.pegawai, st, half), _name(doc.plan.penilai, st, half)],
            [_nip(doc.plan.pegawai, st), _nip(doc.plan.penilai, st)],
        ],
        colWidths=[half, half],
        rowHeights=[None, None, 46, None, None],
    )
    table.setStyle(_signature_style())
    return KeepTogether([table])


def _signature_style() -> TableStyle:
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]
    )


# -- DOKUMEN EVALUASI KINERJA PEGAWAI --------------------------------------------------------------


def _dokumen(doc: EvaluationDocument, st: Styles) -> Table:
    """Blocks 1–3 (pegawai, pejabat penilai, atasan pejabat penilai), 4 EVALUASI KINERJA and
    5 CATATAN/REKOMENDASI, each block numbered in the first column."""
    widths = [22, 150, FRAME_WIDTH - 172]
    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []

    def block(number: int, title: str, rows: list[tuple[str, Any]]) -> None:
        first = len(data)
        data.append(
            [_label(str(number), st.cell_center, widths[0]), _label(title, st.cell_bold, widths[1]), ""]
        )
        commands.extend(
            [
                ("SPAN", (1, first), (2, first)),
                ("BACKGROUND", (1, first), (2, first), HEAD_FILL),
            ]
        )
        for label, value in rows:
            cell = value if isinstance(value, list) else [_t(value or "-", st.cell, widths[2])]
            data.append(["", _label(label, st.cell, widths[1]), _value(cell)])
        commands.append(("SPAN", (0, first), (0, len(data) - 1)))
        commands.append(("NOSPLIT", (0, first), (-1, len(data) - 1)))

    def person(p: PersonBlock) -> list[tuple[str, Any]]:
        return [
            ("NAMA", p.name),
            ("NIP", p.nip),
            ("PANGKAT/GOL RUANG", p.pangkat),
            ("JABATAN", p.jabatan),
            (p.unit_label, p.unit),
        ]

    block(1, "PEGAWAI YANG DINILAI", person(doc.plan.pegawai))
    block(2, "PEJABAT PENILAI KINERJA", person(doc.plan.penilai))
    block(3, "ATASAN PEJABAT PENILAI KINERJA", person(doc.atasan_penilai))
    block(
        4,
        "EVALUASI KINERJA",
        [
            ("CAPAIAN KINERJA ORGANISASI", [_t(capaian_text(doc), st.cell_bold, widths[2])]),
            ("PREDIKAT KINERJA PEGAWAI", [_t(_predikat_text(doc), st.cell_bold, widths[2])]),
        ],
    )
    note = doc.note.strip()
    if not doc.rated:
        note_cell: Cell = [_p(BELUM_DINILAI, st.cell)]
    else:
        note_cell = [_p(line, st.cell) for line in note.splitlines() if line.strip()] or [_p("-", st.cell)]
    first = len(data)
    data.append(
        [_label("5", st.cell_center, widths[0]), _label("CATATAN/REKOMENDASI", st.cell_bold, widths[1]), ""]
    )
    commands += [("SPAN", (1, first), (2, first)), ("BACKGROUND", (1, first), (2, first), HEAD_FILL)]
    data.append(["", [*note_cell, Spacer(1, 28)], ""])  # room to write by hand too
    commands += [("SPAN", (1, first + 1), (2, first + 1)), ("SPAN", (0, first), (0, first + 1))]
    table = Table(data, colWidths=widths)
    table.setStyle(_grid_style(data, commands))
    return table
