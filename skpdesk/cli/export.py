"""``skpdesk export ...``: documents and sheets from the workspace (ARCHITECTURE.md "Command line").

``export plan`` writes one Rencana SKP (R-FORM-RENCANA) as PDF; ``export plans`` writes every plan
of a unit's subtree. Further kinds (``evaluation``, ``cascade``) are subcommands of the same group:
add a ``@export.command(...)`` function here or in a module that imports ``export``.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click
from PySide6.QtCore import QCoreApplication

from skpdesk.cli.main import _emit, _say, _ws, cli, json_option, refusals, workspace_option
from skpdesk.formatting import format_count


@cli.group()
def export() -> None:
    """Write documents: the Rencana SKP as PDF, one plan or a unit's plans."""


def _open(ctx: click.Context, workspace: str | None) -> Any:
    from skpdesk.services.access import Actor
    from skpdesk.services.workspace import Workspace

    return Workspace.open(_ws(ctx, workspace), create=False, actor=Actor.workspace())


@export.command("plan")
@workspace_option
@click.option("--nip", required=True, help="NIP of the pegawai (spaces allowed).")
@click.option("--year", type=int, required=True, help="Plan year, e.g. 2026.")
@click.option("--out", "out", type=click.Path(dir_okay=False), required=True, help="The PDF file to write.")
@json_option
@click.pass_context
def export_plan(
    ctx: click.Context, workspace: str | None, nip: str, year: int, out: str, as_json: bool
) -> None:
    """Write the Rencana SKP of one pegawai and year as a PDF (R-FORM-RENCANA)."""
    with refusals():
        with _open(ctx, workspace) as ws:
            plan_id = ws.documents.find_plan(nip, year)
            doc = ws.documents.plan_document(plan_id)
        from skpdesk.reports.rencana_pdf import render_plan

        target = Path(out)
        pages = render_plan(doc, target)
    _emit(
        {
            "path": str(target.resolve()),
            "pages": pages,
            "plan": plan_id,
            "status": doc.status,
            "sha256": doc.content_hash,
            "changed_after_approval": doc.changed_after_approval,
        },
        as_json,
        _say(QCoreApplication.translate("Cli", "Wrote {path} ({pages} pages)."), path=target, pages=pages),
    )


@export.command("plans")
@workspace_option
@click.option(
    "--unit",
    default=None,
    help="Unit id, name or short name: its plans and those of the units below it (default: all).",
)
@click.option("--year", type=int, required=True, help="Plan year, e.g. 2026.")
@click.option(
    "--out-dir",
    "out_dir",
    type=click.Path(file_okay=False),
    required=True,
    help="Folder for the PDFs (made when missing); one file per plan, named by NIP and name.",
)
@json_option
@click.pass_context
def export_plans(
    ctx: click.Context, workspace: str | None, unit: str | None, year: int, out_dir: str, as_json: bool
) -> None:
    """Write the Rencana SKP of every plan of a unit (and the units below it) as PDFs."""
    with refusals(), _open(ctx, workspace) as ws:
        unit_id = ws.documents.find_unit(unit) if unit else None
        ids = ws.documents.plan_ids(unit_id, year)
        label = _say(QCoreApplication.translate("Cli", "Writing {count} SKP documents"), count=len(ids))
        with progress_bar(label) as progress:
            # a large batch is read and written by worker processes (one per CPU)
            paths = ws.documents.write_plans(ids, Path(out_dir), progress=progress)
    _emit(
        {"folder": str(Path(out_dir).resolve()), "files": [str(p) for p in paths], "count": len(paths)},
        as_json,
        _say(
            QCoreApplication.translate("Cli", "Wrote {count} SKP documents to {folder}."),
            count=format_count(len(paths)),
            folder=out_dir,
        ),
    )


# -- the cascading tree and the MPH (issue 6) ---------------------------------------------------------

PAPER_CHOICE = click.Choice(["a4", "a3"], case_sensitive=False)


def _pdf_or_xlsx(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    """``--out`` of the tree and MPH exports: the extension chooses the format."""
    if Path(value).suffix.lower() not in {".pdf", ".xlsx"}:
        raise click.BadParameter(
            _say(QCoreApplication.translate("Cli", "{name} must end in .pdf or .xlsx."), name=value)
        )
    return value


def _period_of(ws: Any, year: int) -> str:
    """The plan year's period id (DOC-NO-YEAR, naming the years there are, for another year)."""
    from skpdesk.domain.errors import Code, SkpError

    periods = ws.drafting.periods()
    for period_id, period_year in periods:
        if period_year == year:
            return str(period_id)
    years = ", ".join(str(y) for y in sorted({y for _id, y in periods})) or "-"
    raise SkpError(Code.DOCUMENT_NO_YEAR, year=year, years=years)


def _instansi(ws: Any) -> str:
    """The name heading the documents: the kop's pemerintah line, else the top unit's name."""
    name = str(ws.settings.values().get("instansi.pemerintah") or "").strip()
    if name:
        return name
    top = next((u for u in ws.cascade.unit_choices() if u[2] == 0), None)
    return str(top[1]) if top else ""


@contextlib.contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on stderr for the writers' ``progress(done, total)`` (``done`` counts up),
    opened when the writer first says how much there is to do."""
    bar: list[Any] = []
    done = [0]

    def progress(step: int, total: int) -> None:
        if not bar:
            bar.append(click.progressbar(length=max(total, 1), label=label, file=sys.stderr))
            bar[0].__enter__()
        bar[0].update(step - done[0])
        done[0] = step

    try:
        yield progress
    finally:
        if bar:
            bar[0].__exit__(None, None, None)


def _file_json(target: Path, fmt: str, count: int) -> dict[str, Any]:
    """The ``--json`` keys of a written .pdf or .xlsx file: its path, format and pages or rows."""
    return {"path": str(target.resolve()), "format": fmt, ("pages" if fmt == "pdf" else "rows"): count}


def _written(target: Path, fmt: str, count: int) -> str:
    if fmt == "pdf":
        return _say(
            QCoreApplication.translate("Cli", "Wrote {path} ({pages} pages)."), path=target, pages=count
        )
    return _say(
        QCoreApplication.translate("Cli", "Wrote {path} ({rows} rows)."),
        path=target,
        rows=format_count(count),
    )


@export.command("cascade")
@workspace_option
@click.option("--unit", required=True, help="Unit id, name or short name: its tree, with the units below it.")
@click.option("--year", type=int, required=True, help="Plan year, e.g. 2026.")
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False),
    required=True,
    callback=_pdf_or_xlsx,
    help="The file to write: .pdf (the pohon kinerja diagram) or .xlsx (one row per node, and the checks).",
)
@click.option(
    "--paper", type=PAPER_CHOICE, default="a4", show_default=True, help="Paper of the PDF (landscape)."
)
@json_option
@click.pass_context
def export_cascade(
    ctx: click.Context, workspace: str | None, unit: str, year: int, out: str, paper: str, as_json: bool
) -> None:
    """Write a unit's cascading tree (pohon kinerja) of a year as a PDF diagram or an Excel sheet."""
    target = Path(out)
    fmt = target.suffix.lower().lstrip(".")
    with refusals():
        from skpdesk.domain.cascade import CascadeChecks

        with _open(ctx, workspace) as ws:
            unit_id = ws.documents.find_unit(unit)
            tree = ws.cascade.tree(unit_id, _period_of(ws, year))
            instansi = _instansi(ws)
        checks = CascadeChecks(tree)
        if fmt == "pdf":
            from skpdesk.reports.pohon_pdf import render_pohon

            with progress_bar(QCoreApplication.translate("Cli", "Writing the tree")) as progress:
                count = render_pohon(
                    tree, target, paper=paper.lower(), checks=checks, instansi=instansi, progress=progress
                )
        else:
            from skpdesk.reports.cascade_xlsx import write_cascade_xlsx

            count = write_cascade_xlsx(tree, target, checks=checks, instansi=instansi)
    _emit(
        {
            **_file_json(target, fmt, count),
            "unit": unit_id,
            "unit_name": tree.unit_name,
            "year": year,
            "nodes": len(tree.nodes),
            "issues": {kind.value: n for kind, n in checks.counts().items()},
        },
        as_json,
        _written(target, fmt, count),
    )


@export.command("mph")
@workspace_option
@click.option("--nip", required=True, help="NIP of the atasan (spaces allowed): the MPH of their plan.")
@click.option("--year", type=int, required=True, help="Plan year, e.g. 2026.")
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False),
    required=True,
    callback=_pdf_or_xlsx,
    help="The file to write: .pdf or .xlsx.",
)
@click.option(
    "--paper", type=PAPER_CHOICE, default="a4", show_default=True, help="Paper of the PDF (landscape)."
)
@json_option
@click.pass_context
def export_mph(
    ctx: click.Context, workspace: str | None, nip: str, year: int, out: str, paper: str, as_json: bool
) -> None:
    """Write the Matriks Pembagian Peran dan Hasil of an atasan's plan as PDF or Excel (R-CASCADE)."""
    target = Path(out)
    fmt = target.suffix.lower().lstrip(".")
    with refusals():
        with _open(ctx, workspace) as ws:
            plan_id = ws.documents.find_plan(nip, year)
            matrix = ws.cascade.mph(plan_id)
            instansi = _instansi(ws)
        if fmt == "pdf":
            from skpdesk.reports.mph import render_mph

            count = render_mph(matrix, target, paper=paper.lower(), instansi=instansi)
        else:
            from skpdesk.reports.mph import write_mph_xlsx

            count = write_mph_xlsx(matrix, target, instansi=instansi)
    _emit(
        {
            **_file_json(target, fmt, count),
            "plan": plan_id,
            "atasan": matrix.atasan_name,
            "year": matrix.year,
            "columns": len(matrix.columns),
            "people": len(matrix.rows),
        },
        as_json,
        _written(target, fmt, count),
    )
