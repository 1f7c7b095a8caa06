"""Printing and exporting the cascade: the pohon kinerja (PDF, A4 or A3 landscape; Excel) and the
MPH grid (Excel, PDF). The writers are in ``skpdesk.reports``; the work runs off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from skpdesk.ui.cascade.page import CascadePage


def export_menu(page: CascadePage) -> None:
    """Filled in once the report writers land (pohon_pdf, cascade_xlsx)."""
    del page


def export_mph(page: CascadePage, atasan_plan_id: str) -> None:
    del page, atasan_plan_id
