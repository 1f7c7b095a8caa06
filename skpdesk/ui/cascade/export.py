"""Printing and exporting the cascade: the pohon kinerja (PDF, A4 or A3 landscape; Excel) and the
MPH grid (Excel, PDF). The writers are in ``skpdesk.reports``; they run off the GUI thread with a
progress dialog that can stop them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from skpdesk.ui.files import ask_save_path, documents_folder
from skpdesk.ui.progress import run_with_progress

if TYPE_CHECKING:
    from skpdesk.ui.cascade.page import CascadePage

translate = QCoreApplication.translate


def instansi_name(page: CascadePage) -> str:
    values = page.ops.ws.settings.values()
    return str(values.get("instansi.pemerintah") or "").strip()


def export_menu(page: CascadePage) -> None:
    tree = page.model.tree
    if tree is None:
        return
    menu = QMenu(page)
    menu.addAction(
        translate("CascadeExport", "Pohon kinerja PDF, A4 landscape…"), lambda: export_tree(page, "a4")
    )
    menu.addAction(
        translate("CascadeExport", "Pohon kinerja PDF, A3 landscape…"), lambda: export_tree(page, "a3")
    )
    menu.addAction(translate("CascadeExport", "Pohon kinerja as Excel…"), lambda: export_tree(page, "xlsx"))
    menu.exec(page.export_button.mapToGlobal(page.export_button.rect().bottomLeft()))


def export_tree(page: CascadePage, kind: str, path: str | None = None) -> None:
    """Write the tree on screen (``kind`` a4 / a3 / xlsx); ``path`` None asks where."""
    from skpdesk.reports.cascade_xlsx import write_cascade_xlsx
    from skpdesk.reports.pohon_pdf import render_pohon

    tree, checks = page.model.tree, page.model.checks
    if tree is None:
        return
    suffix = "xlsx" if kind == "xlsx" else "pdf"
    suggested = str(documents_folder() / f"Pohon_Kinerja_{_safe(tree.unit_name)}_{tree.year}.{suffix}")
    target = path or _ask(page, suffix, suggested)
    if not target:
        return
    instansi = instansi_name(page)

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
        if kind == "xlsx":
            return write_cascade_xlsx(tree, Path(target), checks=checks, instansi=instansi)
        return render_pohon(
            tree,
            Path(target),
            paper=kind,
            checks=checks,
            instansi=instansi,
            progress=progress,
            cancelled=cancelled,
        )

    run_export(page, work, target)


def export_mph(page: CascadePage, kind: str | None = None, path: str | None = None) -> None:
    """The MPH grid on screen (``kind`` xlsx / pdf; None asks), to ``path`` (None asks where)."""
    from skpdesk.reports.mph import render_mph, write_mph_xlsx

    grid = page.mph.model.grid
    if grid is None:
        return
    if kind is None:
        menu = QMenu(page)
        chosen: list[str] = []
        menu.addAction(translate("CascadeExport", "MPH as Excel…"), lambda: chosen.append("xlsx"))
        menu.addAction(translate("CascadeExport", "MPH as PDF…"), lambda: chosen.append("pdf"))
        menu.exec(page.mph.export_button.mapToGlobal(page.mph.export_button.rect().bottomLeft()))
        if not chosen:
            return
        kind = chosen[0]
    suggested = str(documents_folder() / f"MPH_{_safe(grid.atasan_name)}_{grid.year}.{kind}")
    target = path or _ask(page, kind, suggested)
    if not target:
        return
    instansi = instansi_name(page)

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
        del progress
        if kind == "xlsx":
            return write_mph_xlsx(grid, Path(target), instansi=instansi)
        return render_mph(grid, Path(target), instansi=instansi, cancelled=cancelled)

    run_export(page, work, target)


def run_export(
    page: CascadePage, work: Callable[[Callable[[int, int], None], Callable[[], bool]], object], target: str
) -> None:
    """Run a writer off the GUI thread behind a progress dialog with Stop; say where it went."""
    page._export_job = run_with_progress(
        page,
        work,
        label=translate("CascadeExport", "Writing {name}…").format(name=Path(target).name),
        stop=translate("CascadeExport", "Stop"),
        minimum_duration=300,
        done=lambda _result: page.reason.setText(
            translate("CascadeExport", "Saved: {path}").format(path=target)
        ),
        stopped=lambda: page.reason.setText(translate("CascadeExport", "Stopped; nothing was saved.")),
    )


def _ask(page: CascadePage, suffix: str, suggested: str) -> str:
    if suffix == "xlsx":
        name_filter = translate("CascadeExport", "Excel workbooks (*.xlsx)")
    else:
        name_filter = translate("CascadeExport", "PDF documents (*.pdf)")
    return ask_save_path(page, translate("CascadeExport", "Save as"), name_filter, suffix, suggested)


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() else "_" for c in text)[:60].strip("_")
