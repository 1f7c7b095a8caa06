"""``skpdesk export ...``: documents and sheets from the workspace (ARCHITECTURE.md "Command line").

``export plan`` writes one Rencana SKP (R-FORM-RENCANA) as PDF; ``export plans`` writes every plan
of a unit's subtree. Further kinds (``evaluation``, ``cascade``) are subcommands of the same group:
add a ``@export.command(...)`` function here or in a module that imports ``export``.
"""

from __future__ import annotations

import sys
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
    with refusals():
        from skpdesk.reports.rencana_pdf import render_plans

        with _open(ctx, workspace) as ws:
            unit_id = ws.documents.find_unit(unit) if unit else None
            ids = ws.documents.plan_ids(unit_id, year)
            label = _say(QCoreApplication.translate("Cli", "Writing {count} SKP documents"), count=len(ids))
            with click.progressbar(length=len(ids), label=label, file=sys.stderr) as bar:
                done = [0]

                def progress(step: int, _total: int) -> None:
                    bar.update(step - done[0])
                    done[0] = step

                loaders = [_loader(ws, plan_id) for plan_id in ids]
                paths = render_plans(loaders, Path(out_dir), progress=progress)
    _emit(
        {"folder": str(Path(out_dir).resolve()), "files": [str(p) for p in paths], "count": len(paths)},
        as_json,
        _say(
            QCoreApplication.translate("Cli", "Wrote {count} SKP documents to {folder}."),
            count=format_count(len(paths)),
            folder=out_dir,
        ),
    )


def _loader(ws: Any, plan_id: str) -> Any:
    """Reads one plan's document when its turn comes (a batch never holds them all)."""
    return lambda: ws.documents.plan_document(plan_id)
