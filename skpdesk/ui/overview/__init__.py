"""Overview screens of the areas a later release fills (issue "The main window").

``OVERVIEW_PAGES`` maps an area key (ui.areas) to its screen class; the main window builds one
with ``cls(ops)`` on the area's first visit.
"""

from __future__ import annotations

from skpdesk.ui.overview.pages import (
    BerprestasiOverviewPage,
    CascadingOverviewPage,
    LaporanOverviewPage,
    SinkronisasiOverviewPage,
    SkpOverviewPage,
)
from skpdesk.ui.page import Page

OVERVIEW_PAGES: dict[str, type[Page]] = {
    cls.key: cls
    for cls in (
        SkpOverviewPage,
        CascadingOverviewPage,
        BerprestasiOverviewPage,
        SinkronisasiOverviewPage,
        LaporanOverviewPage,
    )
}

__all__ = ["OVERVIEW_PAGES"]
