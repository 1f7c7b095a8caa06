"""The drafting wizard's stage change on a 40-RHK plan (issue 5: ≤ 100 ms).

Builds a small workspace with one JA/JF plan of 40 RHK (two IKI each, model pengembangan so every
stage kind appears), opens the wizard at 1366×768 offscreen and times each stage change from the
call to the pending events processed (the new stage painted), forwards and back, 3 rounds.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m benchmarks.wizard
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.figure import Figure, at_most_ms

RESULTS = 40
TARGET_MS = 100.0


def measure() -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from skpdesk.domain.roles import Role
    from skpdesk.services.access import Actor
    from skpdesk.services.org import NewEmployee, NewPosition, NewUnit
    from skpdesk.services.planning import NewIndicator, NewPlan, NewResult
    from skpdesk.services.workspace import Workspace
    from skpdesk.ui.ops import Ops
    from skpdesk.ui.skp.wizard import PlanWizard

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="skp-wizard-bench-"))
    try:
        ws = Workspace.open(folder / "ws", actor=Actor.workspace())
        ws.access.clock = lambda: dt.date(2026, 1, 8)
        ws.org.add_units(
            [
                NewUnit("Pemkab", "instansi", id="u-root"),
                NewUnit("Dinas", "opd", parent_id="u-root", id="u-a"),
            ]
        )
        ws.org.add_positions(
            [
                NewPosition("Kepala Dinas", "u-a", "jpt-pratama", is_head=True, id="p-kep"),
                NewPosition("Analis", "u-a", "ahli-pertama", atasan_position_id="p-kep", id="p-an"),
            ]
        )
        (kepala, analis), _ = ws.org.add_employees(
            [
                NewEmployee("197001012000011001", "Kepala", "IV/c", position_id="p-kep"),
                NewEmployee("199003032015031003", "Analis", "III/a", position_id="p-an"),
            ]
        )
        period, _ = ws.planning.add_period(2026)
        (atasan_plan,), _ = ws.planning.add_plans(
            [
                NewPlan(
                    employee_id=kepala,
                    period_id=period,
                    results=(NewResult("Meningkatnya kinerja dinas", id="r-k"),),
                )
            ]
        )
        results = tuple(
            NewResult(
                f"Tersusunnya dokumen kajian nomor {n} yang akurat dan tepat waktu",
                parent_result_id="r-k",
                indicators=(
                    NewIndicator(f"Jumlah dokumen kajian {n}", "kuantitas", "2", "dokumen"),
                    NewIndicator(f"Persentase kajian {n} yang ditindaklanjuti", "kualitas", "80", "%"),
                ),
            )
            for n in range(1, RESULTS + 1)
        )
        (plan_id,), _ = ws.planning.add_plans(
            [
                NewPlan(
                    employee_id=analis,
                    period_id=period,
                    penilai_employee_id=kepala,
                    drafting_guide="model-pengembangan",
                    results=results,
                )
            ]
        )
        ws.sign_in(analis, Role.PEGAWAI, today=dt.date(2026, 1, 8))
        wizard = PlanWizard(Ops(ws), plan_id)
        wizard.resize(1134, 700)
        wizard.show()
        app.processEvents()
        timings: list[float] = []
        count = len(wizard.stages)
        for _round in range(3):
            for number in [*range(2, count + 1), *range(count - 1, 0, -1)]:
                started = time.perf_counter()
                wizard._show_stage(number)
                app.processEvents()
                timings.append((time.perf_counter() - started) * 1000)
        wizard.close()
        ws.close()
        _ = atasan_plan
        return {
            "median_ms": statistics.median(timings),
            "max_ms": max(timings),
            "p95_ms": sorted(timings)[int(len(timings) * 0.95) - 1],
            "changes": float(len(timings)),
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def figures(kabupaten: Path, provinsi: Path) -> list[Figure]:
    result = measure()
    return [
        at_most_ms(
            "Wizard stage change, 40-RHK plan",
            result["median_ms"],
            TARGET_MS,
            "median ≤ 100 ms",
            f"{int(result['changes'])} changes; p95 {result['p95_ms']:.1f} ms, max {result['max_ms']:.1f} ms",
        )
    ]


if __name__ == "__main__":
    print(measure())
