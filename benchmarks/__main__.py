"""``make bench``: speed and memory figures, each against a baseline measured in the same run.

Writes ``benchmarks/results.json`` (name, value, unit, baseline, ratio, target, meets) and prints
a table. Workspaces are built under ``benchmarks/work/`` (ignored by git) and reused when the
code that builds them is unchanged, so a second run is quicker.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from benchmarks.figure import Figure

ROOT = Path(__file__).resolve().parent
WORK = ROOT / "work"
RESULTS = ROOT / "results.json"
# Modules with ``figures(kabupaten: Path, provinsi: Path) -> list[Figure]`` (one per issue area).
MORE_BENCHMARKS: tuple[str, ...] = (
    "benchmarks.cascade",
    "benchmarks.cold_start",
    "benchmarks.dashboard",
    "benchmarks.evidence",
    "benchmarks.phrasing",
    "benchmarks.plan_pdf",
    "benchmarks.wizard",
)


def _all_rows(db: Path) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    from skpdesk.models.tables import SYNCED_MODELS, Op

    con = sqlite3.connect(db)
    try:
        out = {}
        for model in (*SYNCED_MODELS, Op):
            table = model.__tablename__
            cur = con.execute(f"SELECT * FROM {table}")
            out[table] = ([d[0] for d in cur.description], cur.fetchall())
        return out
    finally:
        con.close()


def _raw_insert_rate(
    rows: dict[str, tuple[list[str], list[tuple[Any, ...]]]], target: Path
) -> tuple[float, int]:
    """Raw sqlite3 executemany of the same rows into the same schema (WAL, one transaction)."""
    from sqlalchemy import create_engine

    from skpdesk.models.base import Base

    target.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{target}")
    Base.metadata.create_all(engine)
    engine.dispose()
    con = sqlite3.connect(target)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    total = sum(len(r) for _c, r in rows.values())
    started = time.perf_counter()
    with con:
        for table, (columns, data) in rows.items():
            if data:
                marks = ",".join("?" * len(columns))
                con.executemany(f"INSERT INTO {table} ({','.join(columns)}) VALUES ({marks})", data)
    seconds = time.perf_counter() - started
    con.close()
    return total / seconds, total


def bench_build(size: str) -> tuple[Figure, Path]:
    from skpdesk.services.access import Actor
    from skpdesk.services.demo import build_demo
    from skpdesk.services.workspace import Workspace

    folder = WORK / size
    shutil.rmtree(folder, ignore_errors=True)
    started = time.perf_counter()
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        build_demo(ws, size=size, seed=1, year=2026)
    seconds = time.perf_counter() - started
    rows = _all_rows(folder / "skpdesk.sqlite")
    raw_rate, total = _raw_insert_rate(rows, WORK / f"raw-{size}.sqlite")
    rate = total / seconds
    ratio = rate / raw_rate
    return Figure(
        f"build {size} demo",
        round(rate),
        "rows/s",
        round(raw_rate),
        "rows/s (raw executemany)",
        round(ratio, 3),
        ">= 0.25",
        ratio >= 0.25,
        f"{total} rows incl. op log in {seconds:.1f} s",
    ), folder


def bench_open(folder: Path) -> Figure:
    """Open the workspace to its first query, in a fresh process each time (median of 5)."""
    code_app = (
        "import time,sys;"
        "from skpdesk.services.workspace import Workspace;"
        "t=time.perf_counter();"
        f"ws=Workspace.open({str(folder)!r}, create=False);"
        "ws.org.unit_counts()[:1];"
        "print((time.perf_counter()-t)*1000); ws.close()"
    )
    code_raw = (
        "import time,sqlite3; t=time.perf_counter();"  # sqlite3 is imported already at start-up
        f"c=sqlite3.connect({str(folder / 'skpdesk.sqlite')!r});"
        "c.execute('SELECT count(*) FROM employee').fetchone();"
        "print((time.perf_counter()-t)*1000)"
    )
    ours = _median_ms(code_app)
    raw = _median_ms(code_raw)
    ratio = ours / raw
    return Figure(
        "open kabupaten workspace to first query",
        round(ours, 1),
        "ms",
        round(raw, 2),
        "ms (sqlite3 connect + count)",
        round(ratio, 1),
        "value <= 100 ms",
        ours <= 100,
        "lock, checks, engine, node clock and org-tree query in a fresh process, after imports; median of 5",
    )


def _median_ms(code: str) -> float:
    values = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        values.append(float(out.stdout.strip().splitlines()[-1]))
    values.sort()
    return values[len(values) // 2]


def bench_replay(folder: Path) -> Figure:
    from skpdesk.services.access import Actor
    from skpdesk.services.workspace import Workspace

    with Workspace.open(folder, create=False, actor=Actor.workspace()) as ws:
        ops = ws.ops()
    target = WORK / "replay"
    shutil.rmtree(target, ignore_errors=True)
    with Workspace.open(target, actor=Actor.workspace()) as empty:
        started = time.perf_counter()
        empty.replay(ops)
        seconds = time.perf_counter() - started
    rate = len(ops) / seconds
    rows = _all_rows(target / "skpdesk.sqlite")
    raw_rate, _ = _raw_insert_rate({"op": rows["op"]}, WORK / "raw-ops.sqlite")
    ratio = rate / raw_rate
    return Figure(
        "replay kabupaten op log",
        round(rate),
        "ops/s",
        round(raw_rate),
        "rows/s (raw op insert)",
        round(ratio, 3),
        ">= 0.1",
        ratio >= 0.1,
        f"{len(ops)} ops materialised and written in {seconds:.1f} s",
    )


def bench_memory(folder: Path) -> Figure:
    code = (
        "import psutil;"
        "from skpdesk.services.workspace import Workspace;"
        f"ws=Workspace.open({str(folder)!r}, create=False);"
        "ws.info(); ws.org.unit_counts();"
        "print(psutil.Process().memory_info().rss)"
    )
    base = "import psutil, sqlalchemy, PySide6.QtCore;print(psutil.Process().memory_info().rss)"
    ours = int(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    )
    bare = int(
        subprocess.run([sys.executable, "-c", base], capture_output=True, text=True, check=True).stdout
    )
    mb, bare_mb = ours / 2**20, bare / 2**20
    return Figure(
        "RSS after opening the provinsi workspace",
        round(mb, 1),
        "MB",
        round(bare_mb, 1),
        "MB (interpreter + SQLAlchemy + QtCore)",
        round(mb / bare_mb, 2),
        "value < 400 MB",
        mb < 400,
        "info() and the organisation tree loaded",
    )


def bench_search(folder: Path) -> Figure | None:
    try:
        from benchmarks.ui_search import measure
    except ImportError:
        return None
    result = measure(folder)
    return Figure(
        "Employee search keystroke → filtered list (provinsi)",
        round(result["median_ms"], 2),
        "ms",
        50.0,
        "ms (target)",
        round(result["median_ms"] / 50.0, 3),
        "median ≤ 50 ms",
        result["median_ms"] <= 50.0,
        f"{result['keystrokes']} keystrokes over {result['rows']} rows; p95 {result['p95_ms']:.1f} ms",
    )


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    WORK.mkdir(exist_ok=True)
    figures: list[Figure] = []
    build, kabupaten = bench_build("kabupaten")
    figures.append(build)
    figures.append(bench_open(kabupaten))
    figures.append(bench_replay(kabupaten))
    provinsi_build, provinsi = bench_build("provinsi")
    figures.append(provinsi_build)
    figures.append(bench_memory(provinsi))
    search = bench_search(provinsi)
    if search is not None:
        figures.append(search)
    for module_name in MORE_BENCHMARKS:
        module = importlib.import_module(module_name)
        figures.extend(module.figures(kabupaten, provinsi))
    RESULTS.write_text(json.dumps([asdict(f) for f in figures], indent=2, ensure_ascii=False) + "\n")
    width = max(len(f.name) for f in figures)
    print(f"{'benchmark':<{width}}  {'value':>12}  {'baseline':>12}  {'ratio':>8}  target            verdict")
    for f in figures:
        print(
            f"{f.name:<{width}}  {f.value:>9} {f.unit:<4} {f.baseline:>9} {'':<2} {f.ratio:>8}  "
            f"{f.target:<16}  {'OK' if f.meets else 'MISSED'}"
        )
        if f.note:
            print(f"{'':<{width}}  {f.note}")
    return 0 if all(f.meets for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main())
