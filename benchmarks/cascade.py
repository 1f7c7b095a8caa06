"""The cascading tree editor (issue "cascading tree editor"), against the issue's absolute targets:

* First paint of the tree of the largest OPD of the provinsi demo (its latest plan year): the top
  of the tree (goals, the RHK of the head and of the head's staff) read off the GUI thread, modelled
  and painted, ≤ 300 ms; the whole tree in (read, checks, people, what was opened kept), ≤ 1 s
  (our target: from then on edits are possible). The largest OPD has fewer than 5,000 nodes in a
  year, so the whole provinsi tree of that year (all OPDs, > 10,000 nodes) is measured too, against
  the same first-paint target.
* On a synthetic 10,000-node tree (one OPD: a kepala, 10 kabid, 500 staff, each staff with 19 RHK
  under their kabid's): a drop → committed, the model moved and repainted, median of 21 drops
  ≤ 50 ms; expand all ≤ 1 s; the checks recomputed after an edit (the incremental update) ≤ 30 ms.

Run alone: ``QT_QPA_PLATFORM=offscreen python -m benchmarks.cascade [PROVINSI_FOLDER]``.
The provinsi workspace is only read; the synthetic tree lives in a temporary folder.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.figure import Figure, at_most_ms

WORK = Path(__file__).resolve().parent / "work"
PAINT_MS = 300.0
WHOLE_MS = 1000.0  # ours: the whole tree of an OPD in, edits possible
DROP_MS = 50.0
EXPAND_MS = 1000.0
CHECKS_MS = 30.0
KABID, STAFF, STAFF_RHK = 10, 50, 19
DROPS = 21


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _page(ws: Any) -> Any:
    from skpdesk.ui.cascade.page import CascadePage
    from skpdesk.ui.ops import Ops

    page = CascadePage(Ops(ws))
    page.resize(1134, 700)
    page.show()
    page.refresh()
    return page


def _wait(page: Any, busy: Any) -> None:
    """Wait in Qt's event loop (idle, as the app is) while the tree is read off the GUI thread; a
    busy processEvents() loop would fight the reading thread for the GIL."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if not busy() else None)
    timer.start(1)
    if busy():
        loop.exec()
    timer.stop()


def _wait_loaded(page: Any) -> None:
    _wait(page, page.loading)


def _paint_ms(app: Any, page: Any, unit_id: str) -> tuple[float, float, int, int]:
    """Median of 3 loads of one unit's tree: (first paint ms — the top of the tree shown and
    painted —, whole tree in ms, nodes shown first, nodes in all)."""
    first, whole, top_nodes = [], [], 0
    for _ in range(3):
        page.unit.blockSignals(True)
        page.unit.setCurrentIndex(page.unit.findData(unit_id))
        page.unit.blockSignals(False)
        page.model.set_tree(None)
        started = time.perf_counter()
        page.load()
        _wait(page, lambda: page.model.tree is None)
        app.processEvents()
        first.append((time.perf_counter() - started) * 1000)
        top_nodes = len(page.model.tree.nodes)
        _wait_loaded(page)
        app.processEvents()
        whole.append((time.perf_counter() - started) * 1000)
    return statistics.median(first), statistics.median(whole), top_nodes, len(page.model.tree.nodes)


def first_paint(provinsi: Path) -> dict[str, Any]:
    from sqlalchemy import func, select

    from skpdesk.models.tables import OrgUnit, Period, Plan, Position, WorkResult
    from skpdesk.services.access import Actor
    from skpdesk.services.overview import subtree_units
    from skpdesk.services.workspace import Workspace

    app = _app()
    with Workspace.open(provinsi, create=False, actor=Actor.workspace()) as ws:
        with ws.store.reading() as s:
            period_id, year = s.execute(select(Period.id, Period.year).order_by(Period.year.desc())).first()
            root = s.execute(select(OrgUnit.id).where(OrgUnit.parent_id.is_(None))).scalar()
            best = (-1, "", "")
            for unit_id, name in s.execute(
                select(OrgUnit.id, OrgUnit.name).where(OrgUnit.kind == "opd")
            ).all():
                count = s.execute(
                    select(func.count(WorkResult.id))
                    .join(Plan, Plan.id == WorkResult.plan_id)
                    .join(Position, Position.id == Plan.position_id)
                    .where(Plan.period_id == period_id, Position.org_unit_id.in_(subtree_units(unit_id)))
                ).scalar_one()
                if count > best[0]:
                    best = (count, unit_id, name)
        page = _page(ws)
        page.year.setCurrentIndex(page.year.findData(period_id))
        _paint_ms(app, page, root)  # warm-up: imports, fonts, caches
        opd_ms, opd_whole_ms, opd_top, opd_nodes = _paint_ms(app, page, best[1])
        all_ms, all_whole_ms, all_top, all_nodes = _paint_ms(app, page, root)
        page.close()
    return {
        "opd": best[2],
        "year": year,
        "opd_ms": opd_ms,
        "opd_whole_ms": opd_whole_ms,
        "opd_top": opd_top,
        "all_whole_ms": all_whole_ms,
        "all_top": all_top,
        "opd_nodes": opd_nodes,
        "all_ms": all_ms,
        "all_nodes": all_nodes,
    }


def _nip(n: int) -> str:
    """A valid 18-digit NIP for person ``n`` (R-NIP: birth date, TMT CPNS, gender, sequence)."""
    birth = dt.date(1980, 1, 1) + dt.timedelta(days=n * 7)
    return f"{birth:%Y%m%d}2010{(n % 12) + 1:02d}1{n % 999 + 1:03d}"


def build_synthetic(folder: Path) -> tuple[Any, str, str]:
    """A workspace with one OPD whose tree for 2026 has about 10,000 RHK."""
    from skpdesk.services.access import Actor
    from skpdesk.services.org import NewEmployee, NewPosition, NewUnit
    from skpdesk.services.planning import NewGoal, NewIndicator, NewPlan, NewResult
    from skpdesk.services.workspace import Workspace

    ws = Workspace.open(folder, actor=Actor.workspace())
    ws.access.clock = lambda: dt.date(2026, 1, 8)
    ws.org.add_units(
        [
            NewUnit("Pemprov", "instansi", id="u-root"),
            NewUnit("Dinas Besar", "opd", parent_id="u-root", id="u-a"),
        ]
    )
    positions = [NewPosition("Kepala Dinas", "u-a", "jpt-pratama", is_head=True, id="p-kep")]
    for b in range(KABID):
        positions.append(
            NewPosition(
                f"Kepala Bidang {b}", "u-a", "administrator", atasan_position_id="p-kep", id=f"p-b{b}"
            )
        )
        positions += [
            NewPosition(
                f"Analis {b}-{s}", "u-a", "ahli-pertama", atasan_position_id=f"p-b{b}", id=f"p-s{b}-{s}"
            )
            for s in range(STAFF)
        ]
    ws.org.add_positions(positions)
    people, _ = ws.org.add_employees(
        [NewEmployee(_nip(n), f"Pegawai {n}", "III/a", position_id=p.id) for n, p in enumerate(positions)]
    )
    by_position = {p.id: e for p, e in zip(positions, people, strict=True)}
    period, _ = ws.planning.add_period(2026)
    (goal,), _ = ws.planning.add_goals([NewGoal("Meningkatnya kinerja dinas", "u-a", period, id="g-1")])

    def rhk(prefix: str, n: int, **link: str) -> NewResult:
        return NewResult(
            f"Tersusunnya dokumen {prefix} nomor {n} yang tepat waktu",
            indicators=(NewIndicator(f"Jumlah dokumen {prefix} {n}", "kuantitas", "12", "dokumen"),),
            id=f"r-{prefix}-{n}",
            **link,
        )

    plans = [
        NewPlan(
            employee_id=by_position["p-kep"],
            period_id=period,
            results=tuple(rhk("k", n, parent_goal_id=goal) for n in range(KABID)),
        )
    ]
    for b in range(KABID):
        plans.append(
            NewPlan(
                employee_id=by_position[f"p-b{b}"],
                period_id=period,
                penilai_employee_id=by_position["p-kep"],
                results=tuple(rhk(f"b{b}", n, parent_result_id=f"r-k-{b}") for n in range(STAFF_RHK)),
            )
        )
        for s in range(STAFF):
            plans.append(
                NewPlan(
                    employee_id=by_position[f"p-s{b}-{s}"],
                    period_id=period,
                    penilai_employee_id=by_position[f"p-b{b}"],
                    results=tuple(
                        rhk(f"s{b}-{s}", n, parent_result_id=f"r-b{b}-{n}") for n in range(STAFF_RHK)
                    ),
                )
            )
    ws.planning.add_plans(plans)
    return ws, "u-a", period


def editing(folder: Path) -> dict[str, Any]:
    from skpdesk.domain.cascade import CascadeChecks

    app = _app()
    ws, unit_id, period_id = build_synthetic(folder / "ws")
    try:
        page = _page(ws)
        page.year.setCurrentIndex(page.year.findData(period_id))
        page.unit.setCurrentIndex(page.unit.findData(unit_id))
        _wait_loaded(page)
        app.processEvents()
        paint_ms, whole_ms, top_nodes, _all = _paint_ms(app, page, unit_id)
        nodes = len(page.model.tree.nodes)

        def drop(n: int) -> float:
            """Staff RHK n of bidang 0 moves between the kabid's RHK n and n+1 (as dragged)."""
            node_id = f"r-s0-{n % STAFF}-{n % STAFF_RHK}"
            target = f"r-b0-{(n + 1) % STAFF_RHK}"
            page.select_node(node_id)
            app.processEvents()
            started = time.perf_counter()
            page.model.drop_requested.emit(node_id, target)
            app.processEvents()
            took = (time.perf_counter() - started) * 1000
            assert page.model.tree.node(node_id).parent_id == target, node_id
            return took

        drops = [drop(n) for n in range(DROPS)]  # the tree as opened, with the paths used expanded
        started = time.perf_counter()
        page.expand_all()
        app.processEvents()
        expand_ms = (time.perf_counter() - started) * 1000
        expanded = [drop(n) for n in range(DROPS, DROPS + 5)]  # every one of the 10,000 rows expanded
        checks = page.model.checks
        tree = page.model.tree
        incremental: list[float] = []
        for n in range(DROPS):
            node_id = f"r-s1-{n}-0"
            started = time.perf_counter()
            checks.update([node_id, "r-b1-0", "r-b1-1"])
            incremental.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        CascadeChecks(tree)
        full_ms = (time.perf_counter() - started) * 1000
        page.close()
    finally:
        ws.close()
    return {
        "nodes": nodes,
        "paint_ms": paint_ms,
        "whole_ms": whole_ms,
        "top_nodes": top_nodes,
        "expand_ms": expand_ms,
        "drop_ms": statistics.median(drops),
        "drop_max": max(drops),
        "drop_expanded": statistics.median(expanded),
        "checks_ms": statistics.median(incremental),
        "full_checks_ms": full_ms,
    }


def figures(kabupaten: Path, provinsi: Path) -> list[Figure]:
    del kabupaten
    paint = first_paint(provinsi)
    with tempfile.TemporaryDirectory(prefix="skp-cascade-bench-") as tmp:
        edit = editing(Path(tmp))
    return [
        at_most_ms(
            "Cascade tree first paint, largest OPD (provinsi)",
            paint["opd_ms"],
            PAINT_MS,
            "≤ 300 ms",
            f"{paint['opd']}, {paint['year']}: the top of the tree ({paint['opd_top']} of "
            f"{paint['opd_nodes']} nodes: goals, the head's and the head's staff's RHK) read off the GUI "
            "thread and painted; median of 3",
        ),
        at_most_ms(
            "Cascade whole tree in, largest OPD (provinsi)",
            paint["opd_whole_ms"],
            WHOLE_MS,
            "≤ 1 s (ours: edits and checks possible)",
            f"{paint['opd_nodes']} nodes read, modelled with checks, people listed, what was opened kept; "
            "from the load, the first paint included; median of 3",
        ),
        at_most_ms(
            "Cascade tree first paint, whole provinsi (> 5,000 nodes)",
            paint["all_ms"],
            PAINT_MS,
            "≤ 300 ms",
            f"top {paint['all_top']} of {paint['all_nodes']} nodes (every OPD of {paint['year']}); the whole "
            f"tree in after {paint['all_whole_ms']:.0f} ms; median of 3",
        ),
        at_most_ms(
            "Cascade tree first paint, 10,000-node tree",
            edit["paint_ms"],
            PAINT_MS,
            "≤ 300 ms",
            f"synthetic OPD, top {edit['top_nodes']} of {edit['nodes']} nodes painted first; the whole tree "
            f"in after {edit['whole_ms']:.0f} ms; median of 3",
        ),
        at_most_ms(
            "Cascade drop → committed and repainted, 10,000-node tree",
            edit["drop_ms"],
            DROP_MS,
            "median ≤ 50 ms",
            f"{edit['nodes']} nodes, {DROPS} drops on the tree as opened (service transaction, nodes read "
            f"back, rows moved, checks panel refilled); max {edit['drop_max']:.1f} ms; with all 10,000 rows "
            f"expanded {edit['drop_expanded']:.0f} ms (Qt revisits every expanded row's index on a move)",
        ),
        at_most_ms(
            "Cascade expand all, 10,000-node tree",
            edit["expand_ms"],
            EXPAND_MS,
            "≤ 1 s",
            f"{edit['nodes']} nodes, expanded and painted",
        ),
        at_most_ms(
            "Cascade checks after an edit (incremental), 10,000-node tree",
            edit["checks_ms"],
            CHECKS_MS,
            "≤ 30 ms",
            f"median of {DROPS}; the whole tree from scratch takes {edit['full_checks_ms']:.1f} ms",
            digits=2,
        ),
    ]


def main() -> int:
    provinsi = Path(sys.argv[1]) if len(sys.argv) > 1 else WORK / "provinsi"
    for f in figures(provinsi, provinsi):
        print(f"{f.name}: {f.value} {f.unit} (target {f.target}): {'OK' if f.meets else 'MISSED'} — {f.note}")
    return 0


if __name__ == "__main__":
    shutil.rmtree(Path(tempfile.gettempdir()) / "skp-cascade-bench", ignore_errors=True)
    raise SystemExit(main())
