"""Saving a dashboard tab: its chart as PNG, its table as Excel. The file is written off the GUI
thread from a figure built anew (the one on screen stays the screen's)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from skpdesk.services.dashboard import Part
from skpdesk.ui.dashboard import parts
from skpdesk.ui.files import ask_save_path, documents_folder
from skpdesk.ui.jobs import Job

if TYPE_CHECKING:
    from skpdesk.ui.dashboard.page import DashboardPage

translate = QCoreApplication.translate
PNG_DPI = 150


def _safe(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_")[:60] or "Dasbor"


def suggested_name(page: DashboardPage, part: Part, suffix: str) -> str:
    shown = page.panels[part].shown
    year = shown.year if shown is not None else ""
    name = f"Dasbor_{_safe(parts.part_title(part))}_{year}.{suffix}"
    return str(documents_folder() / name)


def export_png(page: DashboardPage, part: Part, path: str | None = None) -> Job | None:
    """The tab's chart as a PNG (150 dpi); ``path`` None asks where."""
    panel = page.panels[part]
    shown = panel.shown
    if shown is None:
        return None
    target = path or ask_save_path(
        page,
        translate("Dashboard", "Save chart as PNG"),
        translate("Dashboard", "PNG images (*.png)"),
        "png",
        suggested_name(page, part, "png"),
    )
    if not target:
        return None
    dashboard, size, selected = shown.dashboard, shown.size, shown.selected

    def work() -> str:
        from skpdesk.reports.charts import figure_png
        from skpdesk.reports.rencana_pdf import _write_atomic

        data = figure_png(parts.figure_for(part, dashboard, size, selected), dpi=PNG_DPI)
        _write_atomic(Path(target), lambda stream: stream.write(data))
        return target

    return page.run_job(work, lambda _r: _saved(page, target))


def export_xlsx(page: DashboardPage, part: Part, path: str | None = None) -> Job | None:
    """The tab's table as an Excel workbook; ``path`` None asks where."""
    shown = page.panels[part].shown
    if shown is None:
        return None
    target = path or ask_save_path(
        page,
        translate("Dashboard", "Save table as Excel"),
        translate("Dashboard", "Excel workbooks (*.xlsx)"),
        "xlsx",
        suggested_name(page, part, "xlsx"),
    )
    if not target:
        return None
    table = shown.table
    subtitle = parts.filter_text(shown.dashboard)

    def work() -> str:
        from skpdesk.reports.dashboard_xlsx import write_table_xlsx

        write_table_xlsx(
            Path(target),
            title=table.title,
            subtitle=subtitle,
            headers=table.headers,
            rows=table.rows,
            total=table.total,
            notes=table.notes,
        )
        return target

    return page.run_job(work, lambda _r: _saved(page, target))


def _saved(page: DashboardPage, target: str) -> None:
    page.status.setText(translate("Dashboard", "Saved: {path}").format(path=target))
    page.sig_saved.emit(target)
