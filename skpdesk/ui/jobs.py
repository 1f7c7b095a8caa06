"""Work off the GUI thread (STYLE.md section 7): a plain function run in the thread pool, its
result or exception handed back on the GUI thread through ``JobSignals``.

Connect the signals to methods of a QObject living on the GUI thread (a page, a window): Qt then
queues the call into that thread. ``tag`` lets the caller ignore an answer it no longer wants.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class JobSignals(QObject):
    done = Signal(int, object)  # (tag, what the work returned)
    failed = Signal(int, object)  # (tag, the exception it raised)
    progress = Signal(int, int)  # (done, total): the work may emit it; it arrives on the GUI thread


class Job(QRunnable):
    def __init__(self, work: Callable[[], object], tag: int = 0) -> None:
        super().__init__()
        self.signals = JobSignals()  # made on the GUI thread: its receivers' slots run there
        self._work = work
        self._tag = tag

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # the receiver shows it; show_error logs the trace
            self.signals.failed.emit(self._tag, exc)
            return
        self.signals.done.emit(self._tag, result)

    def start(self) -> Job:
        QThreadPool.globalInstance().start(self)
        return self
