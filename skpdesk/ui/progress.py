"""A writer run off the GUI thread behind a progress dialog with Stop (STYLE.md section 7).

``run_with_progress`` is the one place for the pattern the export menus share: a window-modal
``QProgressDialog`` whose Stop sets the flag the writer polls, progress forwarded from the worker,
``Cancelled`` reported as a stop, any other failure shown in the one error dialog. The texts are
the caller's, translated in its own context.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from skpdesk.domain.errors import Cancelled
from skpdesk.ui.errors import show_error
from skpdesk.ui.jobs import Job

# ``work(progress, cancelled)``: ``progress(done, total)`` may be called from the worker;
# ``cancelled()`` is true once Stop was pressed.
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], object]

RUNNING: set[Job] = set()  # the jobs started here, kept alive until they report


def run_with_progress(
    parent: QWidget,
    work: Work,
    *,
    label: str,
    stop: str,
    minimum_duration: int,
    done: Callable[[object], None],
    stopped: Callable[[], None],
) -> Job:
    """Start ``work`` in a ``Job`` behind a progress dialog labelled ``label`` with a ``stop``
    button (shown after ``minimum_duration`` ms). ``done(result)`` runs when it finishes,
    ``stopped()`` when it raised ``Cancelled``; other errors go to ``show_error``."""
    flag = threading.Event()
    dialog = QProgressDialog(label, stop, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(minimum_duration)
    dialog.canceled.connect(flag.set)
    job = Job(lambda: work(job.signals.progress.emit, flag.is_set))

    def step(count: int, total: int) -> None:
        dialog.setRange(0, total)
        dialog.setValue(count)

    def finished(_tag: int, result: object) -> None:
        dialog.reset()
        done(result)

    def failed(_tag: int, exc: object) -> None:
        dialog.reset()
        if isinstance(exc, Cancelled):
            stopped()
            return
        show_error(parent, exc if isinstance(exc, BaseException) else RuntimeError(str(exc)))

    job.signals.progress.connect(step)
    job.signals.done.connect(finished)
    job.signals.failed.connect(failed)
    RUNNING.add(job)
    job.signals.done.connect(lambda _tag, _result: RUNNING.discard(job))
    job.signals.failed.connect(lambda _tag, _exc: RUNNING.discard(job))
    job.start()
    return job
