"""Employee search as people type it, on the screen itself (issue "main window", requirement 4).

Opens a workspace (reading only), builds the Organisation & People screen exactly as the main
window does, shows it at 1366×768 and types realistic queries key by key into its search field.
Each keystroke is timed from setting the text to the list being updated and the pending events
(the view's reset, repaint and selection) processed on the GUI thread. Between keystrokes the
events a typist's pause would let run (the detail panel's query) run untimed.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.ui_search benchmarks/work/provinsi
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

QUERIES = (
    "ahmad",
    "1985",
    "dinas pendidikan",
    "analis keuangan",
    "19850312 2009",  # a NIP typed with spaces
    "guru ahli pertama sd",
)
PAUSE_S = 0.03  # untimed between keys: lets the detail panel's timer fire outside the timing


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(folder: Path) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from skpdesk.ui.app import apply_language, apply_style

    apply_language("id")  # the default UI language and the application's stylesheet
    apply_style(app)
    from skpdesk.services.access import Actor
    from skpdesk.services.workspace import Workspace
    from skpdesk.ui.ops import Ops
    from skpdesk.ui.org.page import OrgPage

    def settle(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.002)

    with Workspace.open(folder, create=False, actor=Actor.workspace()) as ws:
        ops = Ops(ws)
        page = OrgPage(ops)
        page.resize(1366, 768)
        page.show()
        started = time.perf_counter()
        page.refresh()  # the screen's own background load
        while not page.loaded:
            app.processEvents()
            time.sleep(0.005)
            if time.perf_counter() - started > 120:
                raise TimeoutError("the organisation did not load within two minutes")
        load_ms = (time.perf_counter() - started) * 1000
        settle(0.2)
        timings: list[float] = []
        for query in QUERIES:
            page.search.clear()
            settle(PAUSE_S)
            for end in range(1, len(query) + 1):
                text = query[:end]
                t0 = time.perf_counter()
                page.search.setText(text)
                app.processEvents()
                timings.append((time.perf_counter() - t0) * 1000)
                settle(PAUSE_S)
        rows = page.employees.total_count()
        page.close()
        page.deleteLater()
        app.processEvents()
    return {
        "median_ms": statistics.median(timings),
        "p95_ms": _percentile(timings, 0.95),
        "max_ms": max(timings),
        "keystrokes": len(timings),
        "rows": rows,
        "load_ms": load_ms,
    }


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "work" / "provinsi"
    result = measure(target)
    print(
        f"{result['keystrokes']} keystrokes over {result['rows']} employees: "
        f"median {result['median_ms']:.1f} ms, p95 {result['p95_ms']:.1f} ms, max {result['max_ms']:.1f} ms "
        f"(background load {result['load_ms']:.0f} ms)"
    )
