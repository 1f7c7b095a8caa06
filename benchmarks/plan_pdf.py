"""Rencana SKP PDFs (issue "Rencana SKP document"): one large plan, and a batch, each against bare
reportlab documents of the same table sizes measured in the same run.

* One plan: the kabupaten plan with the most IKI rows, read (``DocumentService.plan_document``)
  and written to a file, median of 7 runs after a warm-up. Baseline: a bare ``SimpleDocTemplate``
  with one plain ``Table`` of the same rows, columns and texts (plain strings, Helvetica, no
  wrapping, no watermark, no page numbers). Target: at most 300 ms.
* Batch: every plan of the kabupaten demo's plan year through ``DocumentService.write_plans`` (the
  path the app and ``export plans`` take: a large batch is read and written by one worker process
  per CPU, each plan read when its turn comes), as pages per second, against the bare documents of
  the same table sizes made one after another in this one process; when the whole kabupaten would
  take more than about a minute, the plans of its largest OPD. Target: at least half the bare
  pages per second.

Run alone: ``python -m benchmarks.plan_pdf [FOLDER]`` (default benchmarks/work/kabupaten).
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.figure import Figure

WORK = Path(__file__).resolve().parent / "work"
RUNS = 7
ONE_TARGET_MS = 300.0
BATCH_TARGET = 0.5
BATCH_BUDGET_S = 60.0


def _bare_rows(doc: Any) -> list[list[str]]:
    """The document's table texts as rows of six plain strings (identity, HASIL KERJA, PERILAKU,
    LAMPIRAN), one row per IKI as in the form."""
    rows: list[list[str]] = [
        ["NO", "RENCANA HASIL KERJA PIMPINAN", "RENCANA HASIL KERJA", "ASPEK", "IKI", "TARGET"]
    ]
    for n, (a, b) in enumerate(
        zip(
            (doc.pegawai.name, doc.pegawai.nip, doc.pegawai.pangkat, doc.pegawai.jabatan, doc.pegawai.unit),
            (doc.penilai.name, doc.penilai.nip, doc.penilai.pangkat, doc.penilai.jabatan, doc.penilai.unit),
            strict=True,
        ),
        start=1,
    ):
        rows.append([str(n), a, "", str(n), b, ""])
    for result in (*doc.utama, *doc.tambahan):
        for i, ind in enumerate(result.indicators or (None,)):
            first = i == 0
            rows.append(
                [
                    str(result.number) if first else "",
                    result.intervened if first else "",
                    result.text if first else "",
                    ind.aspek if ind else "",
                    ind.text if ind else result.ukuran_keberhasilan,
                    ind.target if ind else "",
                ]
            )
    for b in doc.perilaku:
        rows.append([str(b.number), b.name, " ".join(b.panduan), "", b.ekspektasi, ""])
    for _kind, items in doc.lampiran:
        rows += [[str(n), text, "", "", "", ""] for n, text in enumerate(items, start=1)]
    return rows


def bare_pdf(rows: list[list[str]], path: Path) -> int:
    """The baseline: one plain reportlab table in a SimpleDocTemplate; the page count."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from skpdesk.reports.rencana_pdf import FORMS, FRAME_WIDTH

    widths = list(FORMS[(False, True)].widths)
    assert abs(sum(widths) - FRAME_WIDTH) < 1
    pages: list[int] = []
    template = SimpleDocTemplate(str(path), pagesize=A4)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("FONTSIZE", (0, 0), (-1, -1), 8)]))
    template.build([table], onLaterPages=lambda canvas, _doc: pages.append(canvas.getPageNumber()))
    return max(pages, default=1)


def _largest_plan(ws: Any, year: int) -> str:
    from sqlalchemy import func, select

    from skpdesk.models.tables import Indicator, Period, Plan, WorkResult

    with ws.store.reading() as s:
        return str(
            s.execute(
                select(Plan.id)
                .join(Period, Period.id == Plan.period_id)
                .join(WorkResult, WorkResult.plan_id == Plan.id)
                .join(Indicator, Indicator.result_id == WorkResult.id)
                .where(Period.year == year, Plan.deleted.is_(False), Plan.pendekatan == "kuantitatif")
                .group_by(Plan.id)
                .order_by(func.count(Indicator.id).desc(), Plan.id)
                .limit(1)
            ).scalar_one()
        )


def _largest_opd(ws: Any, year: int) -> tuple[str, str]:
    """(id, name) of the unit right under the instansi with the most plans in ``year``."""
    best: tuple[int, str, str] = (-1, "", "")
    for unit in ws.org.unit_tree():
        if unit.parent_id is None or unit.kind != "opd":
            continue
        count = len(ws.documents.plan_ids(unit.id, year))
        if count > best[0]:
            best = (count, unit.id, unit.name)
    return best[1], best[2]


def _median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    action()  # warm-up: fonts registered, caches filled
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure(folder: Path) -> dict[str, Any]:
    from skpdesk.reports.rencana_pdf import render_plan
    from skpdesk.services.access import Actor
    from skpdesk.services.documents import worker_count
    from skpdesk.services.workspace import Workspace

    out: dict[str, Any] = {}
    with (
        Workspace.open(folder, create=False, actor=Actor.workspace()) as ws,
        tempfile.TemporaryDirectory() as tmp,
    ):
        work = Path(tmp)
        year = ws.overview.years()[0]
        plan_id = _largest_plan(ws, year)
        doc = ws.documents.plan_document(plan_id)
        rows = _bare_rows(doc)
        out["one_rows"] = sum(len(r.indicators) or 1 for r in (*doc.utama, *doc.tambahan))
        out["one_ms"] = _median_ms(lambda: render_plan(ws.documents.plan_document(plan_id), work / "one.pdf"))
        out["one_pages"] = render_plan(doc, work / "one.pdf")
        out["bare_ms"] = _median_ms(lambda: bare_pdf(rows, work / "bare.pdf"))

        # The batch: the whole instansi when a sample (in this process) says it fits the budget
        # with the workers the batch gets, else the largest OPD.
        ids = ws.documents.plan_ids(None, year)
        sample = ids[:: max(1, len(ids) // 20)][:20]
        started = time.perf_counter()
        ws.documents.write_plans(sample, work / "sample", workers=1)
        estimate = (time.perf_counter() - started) / max(len(sample), 1) * len(ids) / worker_count(len(ids))
        out["scope"] = "all plans of the kabupaten"
        if estimate > BATCH_BUDGET_S:
            unit_id, name = _largest_opd(ws, year)
            ids = ws.documents.plan_ids(unit_id, year)
            out["scope"] = (
                f"the {len(ids)} plans of its largest OPD ({name}); the whole kabupaten "
                f"would take about {estimate:.0f} s"
            )
        out["workers"] = worker_count(len(ids))
        started = time.perf_counter()
        paths = ws.documents.write_plans(ids, work / "batch")
        out["batch_s"] = time.perf_counter() - started
        out["batch_docs"] = len(paths)
        out["batch_pages"] = sum(count_pages(p.read_bytes()) for p in paths)
        # the baseline's tables have the sizes of the same documents (read again, not timed)
        bare_rows = [_bare_rows(ws.documents.plan_document(i)) for i in ids]
        (work / "bare").mkdir()
        started = time.perf_counter()
        bare_pages = sum(bare_pdf(r, work / "bare" / f"{n}.pdf") for n, r in enumerate(bare_rows))
        out["bare_s"] = time.perf_counter() - started
        out["bare_pages"] = bare_pages
    return out


def count_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def figures(kabupaten: Path, provinsi: Path) -> list[Figure]:
    del provinsi
    m = measure(kabupaten)
    one_ratio = m["one_ms"] / m["bare_ms"]
    ours = m["batch_pages"] / m["batch_s"]
    bare = m["bare_pages"] / m["bare_s"]
    return [
        Figure(
            "Rencana SKP PDF of one large plan, read and written (kabupaten)",
            round(m["one_ms"], 1),
            "ms",
            round(m["bare_ms"], 1),
            "ms (bare reportlab table, same rows and texts)",
            round(one_ratio, 2),
            f"≤ {ONE_TARGET_MS:g} ms",
            m["one_ms"] <= ONE_TARGET_MS,
            f"{m['one_rows']} IKI rows, {m['one_pages']} pages (kop, identity, HASIL KERJA with row-spanned "
            "RHK, PERILAKU, signatures, LAMPIRAN; DejaVu embedded, page numbers, hash footer); "
            f"median of {RUNS} runs after a warm-up; the ratio is informational",
        ),
        Figure(
            "Rencana SKP PDFs in a batch (kabupaten)",
            round(ours, 1),
            "pages/s",
            round(bare, 1),
            "pages/s (bare reportlab tables of the same sizes)",
            round(ours / bare, 2),
            f"ratio ≥ {BATCH_TARGET}",
            ours / bare >= BATCH_TARGET,
            f"{m['scope']}: {m['batch_docs']} documents, {m['batch_pages']} pages in {m['batch_s']:.1f} s "
            f"({m['batch_docs'] / m['batch_s']:.1f} documents/s, each read when its turn comes) by "
            f"{_processes(m['workers'])} (DocumentService.write_plans, as the app; worker start-up "
            f"included); bare: {m['bare_pages']} pages in {m['bare_s']:.1f} s in one process",
        ),
    ]


def _processes(workers: int) -> str:
    return "this process" if workers <= 1 else f"{workers} worker processes"


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else WORK / "kabupaten"
    for figure in figures(folder, folder):
        print(f"{figure.name}: {figure.value} {figure.unit} vs {figure.baseline} {figure.baseline_unit}")
        print(f"  ratio {figure.ratio} (target {figure.target}): {'OK' if figure.meets else 'MISSED'}")
        print(f"  {figure.note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
