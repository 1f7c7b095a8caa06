"""Bukti dukung on the Pemantauan screen (R-LIFECYCLE phase 2): the files of the chosen RHK or IKI
in the chosen period, with a preview, open with the system viewer, remove (a tombstone, undoable)
and restore; and attaching files — dropped from the file manager or chosen — off the GUI thread,
with progress and Cancel (``attach_evidence`` hashes and copies the file in one pass)."""

from __future__ import annotations

import functools
import logging
import shutil
import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from skpdesk import formatting
from skpdesk.domain.errors import Cancelled, SkpError
from skpdesk.messages import message_for
from skpdesk.services.base import Changes
from skpdesk.services.monitoring import EvidenceRow
from skpdesk.ui.errors import ErrorDialog, show_error
from skpdesk.ui.jobs import Job
from skpdesk.ui.monitoring import common
from skpdesk.ui.monitoring.preview import Preview, kind_of, make_preview
from skpdesk.ui.ops import Ops, ServiceCommand
from skpdesk.ui.overview.base import format_size, icon

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_SIZE = QSize(420, 420)


def local_files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[str]:
    """The local paths a drag carries (files and folders alike: the service says why a folder is
    refused)."""
    data = event.mimeData()
    if data is None or not data.hasUrls():
        return []
    return [url.toLocalFile() for url in data.urls() if url.isLocalFile() and url.toLocalFile()]


# -- attaching ---------------------------------------------------------------------------------------


@dataclass
class AttachOutcome:
    attached: list[tuple[str, str]] = field(default_factory=list)  # (evidence id, file name)
    refused: list[tuple[str, SkpError]] = field(default_factory=list)  # (file name, why)
    changes: Changes = field(default_factory=Changes)
    cancelled: bool = False


class AttachRunner(QObject):
    """Attaches files one after the other in a ``Job``: a progress dialog (shown after a moment)
    with Cancel; each attached file becomes an undoable step (remove / restore)."""

    sig_file = Signal(int, int, str)
    """(file number from 1, files, name): the worker started on a file."""
    sig_finished = Signal(object)
    """The work ended (an ``AttachOutcome``)."""

    def __init__(self, ops: Ops, parent: QWidget) -> None:
        super().__init__(parent)
        self.ops = ops
        self.widget = parent
        self.job: Job | None = None
        self.dialog: QProgressDialog | None = None
        self._cancel = threading.Event()
        self.sig_file.connect(self._on_file)

    def busy(self) -> bool:
        return self.job is not None

    def start(self, paths: list[str], periode: str, result_id: str, indicator_id: str | None) -> bool:
        """Begin attaching (False: another attach is running)."""
        if self.job is not None or not paths:
            return False
        files = [Path(p) for p in paths]
        sizes = [_size(p) for p in files]
        grand = max(sum(sizes), 1)
        self._cancel = threading.Event()
        cancel = self._cancel
        monitoring = self.ops.ws.monitoring
        dialog = QProgressDialog(
            translate("MonitoringEvidence", "Storing {name}…").format(name=files[0].name),
            translate("Files", "Cancel"),
            0,
            1000,
            self.widget,
        )
        dialog.setWindowTitle(translate("MonitoringEvidence", "Attaching bukti dukung"))
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(cancel.set)  # the Cancel button
        dialog.rejected.connect(cancel.set)  # Escape
        dialog.setValue(0)
        self.dialog = dialog
        made: list[Job] = []  # the job, for its progress signal

        def work() -> AttachOutcome:
            outcome = AttachOutcome()
            offset = 0
            last = [-1]

            def progress(done: int, _total: int) -> None:
                permille = min(1000, (offset + done) * 1000 // grand)
                if permille != last[0]:
                    last[0] = permille
                    made[0].signals.progress.emit(permille, 1000)

            for n, path in enumerate(files):
                if cancel.is_set():
                    outcome.cancelled = True
                    break
                self.sig_file.emit(n + 1, len(files), path.name)
                try:
                    record_id, changes = monitoring.attach_evidence(
                        path,
                        periode=periode,
                        result_id=result_id if indicator_id is None else None,
                        indicator_id=indicator_id,
                        progress=progress,
                        cancelled=cancel.is_set,
                    )
                except Cancelled:
                    outcome.cancelled = True
                    break
                except SkpError as err:
                    outcome.refused.append((path.name, err))
                else:
                    outcome.attached.append((record_id, path.name))
                    outcome.changes = outcome.changes | changes
                offset += sizes[n]
            return outcome

        job = Job(work)
        made.append(job)
        job.signals.progress.connect(self._on_progress)
        job.signals.done.connect(self._on_done)
        job.signals.failed.connect(self._on_failed)
        self.job = job
        job.start()
        return True

    def _on_file(self, number: int, total: int, name: str) -> None:
        if self.dialog is None:
            return
        if total > 1:
            text = translate("MonitoringEvidence", "Storing {name} ({n} of {total})…").format(
                name=name, n=number, total=total
            )
        else:
            text = translate("MonitoringEvidence", "Storing {name}…").format(name=name)
        self.dialog.setLabelText(text)

    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self._cancel.is_set():
            self.dialog.setValue(min(done, total))

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect()
            self.dialog.rejected.disconnect()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.job = None

    def _on_failed(self, _tag: int, exc: object) -> None:
        self._close_dialog()
        if isinstance(exc, BaseException):
            show_error(self.ops.window or self.widget, exc)
        self.sig_finished.emit(AttachOutcome())

    def _on_done(self, _tag: int, result: object) -> None:
        self._close_dialog()
        assert isinstance(result, AttachOutcome)
        monitoring = self.ops.ws.monitoring
        stack = self.ops.undo_stack
        if len(result.attached) > 1:
            stack.beginMacro(self.tr("Attach %n file(s)", "", len(result.attached)))
        for record_id, name in result.attached:
            self.ops.push(
                ServiceCommand(
                    self.ops,
                    translate("MonitoringEvidence", "Attach {name}").format(name=name),
                    functools.partial(monitoring.restore_evidence, record_id),
                    functools.partial(monitoring.remove_evidence, record_id),
                    already_done=True,
                )
            )
        if len(result.attached) > 1:
            stack.endMacro()
        if result.changes:
            self.ops.changed.emit(result.changes)
        if len(result.refused) == 1:
            show_error(self.ops.window or self.widget, result.refused[0][1])
        elif result.refused:
            lines = []
            for name, err in result.refused:
                what, _todo = message_for(err)
                lines.append(f"• {name}: {what}")
            dialog = ErrorDialog(
                self.ops.window or self.widget,
                self.tr("%n file(s) were not attached.", "", len(result.refused)),
                "\n".join(lines),
                result.refused[0][1].code.value,
            )
            if _no_modal():
                dialog.show()  # tests look at it without blocking
            else:
                dialog.exec()
        self.sig_finished.emit(result)


def _no_modal() -> bool:
    import sys

    from PySide6.QtWidgets import QApplication

    return QApplication.platformName() == "offscreen" and bool(getattr(sys, "_skpdesk_no_modal", False))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size if path.is_file() else 0
    except OSError:
        return 0


# -- the list, the preview and the buttons ------------------------------------------------------------


class EvidenceList(QListWidget):
    """The files of the chosen row, two lines each (name; size, type, for, by, date); files dropped
    here are attached to that row."""

    sig_files_dropped = Signal(list)
    """Local paths dropped on the list."""
    sig_delete_requested = Signal()
    """Delete pressed: remove the chosen file."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("evidenceList")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setIconSize(QSize(24, 24))
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.accepting = False  # the page allows drops while the row is writable
        self.placeholder = ""  # said in the empty list

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(self.palette().ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(12, 8, -12, -8),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.placeholder,
            )
            painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.sig_delete_requested.emit()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.accepting and local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.accepting and local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event)
        if self.accepting and paths:
            event.acceptProposedAction()
            self.sig_files_dropped.emit(paths)
        else:
            event.ignore()


class EvidencePanel(QWidget):
    """Bukti dukung of one RHK (with its IKI) or one IKI in one period."""

    sig_attach_requested = Signal(list)
    """Paths the person chose or dropped here, to attach to the shown row."""

    open_url = staticmethod(QDesktopServices.openUrl)  # tests replace it

    def __init__(self, ops: Ops) -> None:
        super().__init__()
        self.ops = ops
        self.setObjectName("evidencePanel")
        self.periode = ""
        self.result_id: str | None = None
        self.indicator_id: str | None = None
        self.writable = False
        self.rows: list[EvidenceRow] = []
        self.names: dict[str, str] = {}  # IKI id → its text (the "For" column of an RHK's list)
        self._preview_tag = 0
        self._preview_job: Job | None = None
        self._open_job: Job | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.heading = common.ElidedLabel()
        self.heading.setObjectName("muted")
        self.table = EvidenceList()
        self.table.sig_files_dropped.connect(self.sig_attach_requested.emit)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.table.setToolTip(self.tr("Enter opens the file, Delete removes it"))
        buttons = QHBoxLayout()
        self.attach_button = QPushButton(icon("add"), self.tr("&Attach…"))
        self.attach_button.setObjectName("evidenceAttach")
        self.attach_button.setToolTip(self.tr("Choose files to attach as bukti dukung of the chosen row"))
        self.attach_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(icon("folder"), self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the file with the system's viewer (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button = QPushButton(icon("delete"), self.tr("&Remove"))
        self.remove_button.setToolTip(
            self.tr("Remove the file from the plan (Delete); it can be restored, and Ctrl+Z undoes it")
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.restore_button = QPushButton(icon("undo"), self.tr("Re&store"))
        self.restore_button.setToolTip(self.tr("Bring a removed file back"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.show_removed = QCheckBox(self.tr("Show removed"))
        self.show_removed.toggled.connect(lambda _on: self.reload())
        for widget in (self.attach_button, self.open_button, self.remove_button, self.restore_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.show_removed, 0, Qt.AlignmentFlag.AlignTop)
        self.limit_note = QLabel()
        self.limit_note.setObjectName("muted")
        self.limit_note.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setObjectName("evidencePreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(120)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setWordWrap(True)
        self.preview_caption = QLabel()
        self.preview_caption.setObjectName("muted")
        self.preview_caption.setWordWrap(True)
        self.preview_caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_frame = frame = QFrame()
        frame.setObjectName("card")
        frame_layout = QVBoxLayout(frame)
        frame_layout.setContentsMargins(8, 8, 8, 8)
        frame_layout.addWidget(self.preview, 1)
        frame_layout.addWidget(self.preview_caption)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.limit_note)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(frame)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.table.setMinimumHeight(72)
        layout.addLayout(heading_row)
        layout.addWidget(split, 1)
        self.table.sig_delete_requested.connect(self.remove_selected)
        self._pixmap: QPixmap | None = None
        self.set_limit(ops.ws.monitoring.evidence_limit())
        self._update_buttons()

    # -- what is shown ---------------------------------------------------------------------------

    def set_limit(self, limit: int) -> None:
        """SKP Desk's rule for the size of one file is the instansi's ([L] ``evidence.max_size_mb``)."""
        self.limit_note.setText(
            self.tr("Up to {limit} per file, set by your instansi.").format(limit=format_size(limit))
        )
        self.limit_note.setToolTip(
            self.tr(
                "Drag files from the file manager onto a row of the table or onto this list to attach them."
            )
        )

    def show_target(
        self,
        periode: str,
        result_id: str | None,
        indicator_id: str | None,
        label: str,
        writable: bool,
        names: dict[str, str] | None = None,
    ) -> None:
        """The files of an RHK (``indicator_id`` None: its own and its IKI's) or an IKI."""
        self.periode = periode
        self.result_id = result_id
        self.indicator_id = indicator_id
        self.writable = writable and result_id is not None
        self.names = names or {}
        if result_id is None:
            self.heading.set_full_text(self.tr("Choose an RHK or IKI in the table to see its bukti dukung."))
        else:
            self.heading.set_full_text(self.tr("Bukti dukung of {row}").format(row=label))
        self.reload()

    def reload(self) -> None:
        keep = self.current_id()
        if self.result_id is None or not self.periode:
            self.rows = []
        else:
            found = self.ops.run(
                self.ops.ws.monitoring.evidence_list,
                result_id=self.result_id if self.indicator_id is None else None,
                indicator_id=self.indicator_id,
                periode=self.periode,
                include_removed=self.show_removed.isChecked(),
            )
            self.rows = list(found or [])
        self._fill(keep)

    def _fill(self, keep: str | None) -> None:
        table = self.table
        table.blockSignals(True)
        table.clear()
        current = -1
        ids = list(self.names)
        for n, row in enumerate(self.rows):
            name = row.file_name
            if row.removed:
                name = self.tr("{name} (removed)").format(name=name)
            target, target_tip = self.tr("RHK"), self.tr("the RHK itself")
            if row.indicator_id:
                number = ids.index(row.indicator_id) + 1 if row.indicator_id in ids else 0
                target = self.tr("IKI {n}").format(n=number) if number else self.tr("IKI")
                target_tip = self.names.get(row.indicator_id, "")
            details = [format_size(row.size), common.media_label(row.media_type, row.file_name)]
            if self.indicator_id is None:
                details.append(target)
            if row.uploaded_by_name:
                details.append(row.uploaded_by_name)
            if row.uploaded_on is not None:
                details.append(row.uploaded_on.strftime("%d/%m/%Y"))
            item = QListWidgetItem(
                _type_icon(row.media_type, row.file_name), f"{name}\n{' · '.join(details)}"
            )
            item.setData(ID_ROLE, row.id)
            tip = [row.file_name, row.description, self.tr("For: {target}").format(target=target_tip)]
            item.setToolTip("\n".join(x for x in tip if x))
            if row.removed:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
            table.addItem(item)
            if row.id == keep:
                current = n
        if self.result_id is None:
            table.placeholder = ""
        elif self.writable:
            table.placeholder = self.tr("No bukti dukung yet. Drag files here, or use Attach…")
        else:
            table.placeholder = self.tr("No bukti dukung in this period.")
        table.viewport().update()
        table.blockSignals(False)
        if current < 0 and self.rows:
            current = 0
        if current >= 0:
            table.setCurrentRow(current)
        self._selection_changed()
        self.table.accepting = self.writable

    def current_row(self) -> EvidenceRow | None:
        row = self.table.currentRow()
        if not self.table.selectedItems() or not (0 <= row < len(self.rows)):
            return None
        return self.rows[row]

    def current_id(self) -> str | None:
        row = self.current_row()
        return row.id if row is not None else None

    def select(self, evidence_id: str) -> bool:
        for n, row in enumerate(self.rows):
            if row.id == evidence_id:
                self.table.setCurrentRow(n)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.attach_button.setEnabled(self.writable)
        self.open_button.setEnabled(row is not None and row.stored)
        self.remove_button.setEnabled(self.writable and row is not None and not row.removed)
        self.restore_button.setEnabled(self.writable and row is not None and row.removed)
        self.restore_button.setVisible(self.show_removed.isChecked())

    def _selection_changed(self) -> None:
        self._update_buttons()
        self._show_preview(self.current_row())

    # -- the preview -----------------------------------------------------------------------------

    def _show_preview(self, row: EvidenceRow | None) -> None:
        self._preview_tag += 1
        self._pixmap = None
        self.preview.setPixmap(QPixmap())
        self.preview_frame.setVisible(row is not None)
        if row is None:
            self.preview.setText("")
            self.preview_caption.setText("")
            return
        details = [
            (
                self.tr("Attached by {who} on {date}").format(
                    who=row.uploaded_by_name, date=formatting.format_date(row.uploaded_on)
                )
                if row.uploaded_by_name
                else self.tr("Attached on {date}").format(date=formatting.format_date(row.uploaded_on))
            ),
        ]
        if row.description:
            details.append(row.description)
        self.preview_caption.setText("\n".join(details))
        if not row.stored:
            self.preview.setText(
                self.tr(
                    "The file is not in this workspace yet: it may still be on its way with the next "
                    "synchronisation."
                )
            )
            return
        if kind_of(row.media_type, row.file_name) == "none":
            self._no_preview()
            return
        self.preview.setText(self.tr("Making the preview…"))
        tag = self._preview_tag
        monitoring = self.ops.ws.monitoring
        media, name, evidence_id = row.media_type, row.file_name, row.id
        box = QSize(
            max(self.preview.width(), PREVIEW_SIZE.width()), max(self.preview.height(), PREVIEW_SIZE.height())
        )

        def work() -> Preview:
            return make_preview(monitoring.evidence_path(evidence_id), media, name, box)

        job = Job(work, tag)
        job.signals.done.connect(self._preview_done)
        job.signals.failed.connect(self._preview_failed)
        self._preview_job = job
        job.start()

    def _no_preview(self) -> None:
        self.preview.setPixmap(icon("folder").pixmap(48, 48))
        self.preview.setText("")
        self.preview_caption.setText(
            self.preview_caption.text()
            + "\n"
            + self.tr("No preview for this type: open it with the system viewer.")
        )

    def _preview_done(self, tag: int, result: object) -> None:
        if tag != self._preview_tag or not isinstance(result, Preview):
            return
        self._preview_job = None
        if result.image is None:
            if result.kind == "pdf":
                text = self.tr("This file cannot be read as a PDF, so there is no preview.")
            else:
                text = self.tr("This file cannot be read as an image, so there is no preview.")
            self.preview.setText(text)
            if result.problem:
                self.preview.setToolTip(result.problem)
            return
        self._pixmap = QPixmap.fromImage(result.image)
        self._scale_preview()
        if result.kind == "pdf" and result.pages > 1:
            self.preview_caption.setText(
                self.preview_caption.text() + "\n" + self.tr("First page of %n page(s).", "", result.pages)
            )

    def _preview_failed(self, tag: int, exc: object) -> None:
        if tag != self._preview_tag:
            return
        self._preview_job = None
        if isinstance(exc, SkpError):
            what, _todo = message_for(exc)
            self.preview.setText(what)
        else:
            log.warning("preview failed: %s", exc)
            self.preview.setText(self.tr("No preview could be made."))

    def _scale_preview(self) -> None:
        if self._pixmap is None or self._pixmap.isNull():
            return
        size = self.preview.size()
        if self._pixmap.width() > size.width() or self._pixmap.height() > size.height():
            self.preview.setPixmap(
                self._pixmap.scaled(
                    size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        else:
            self.preview.setPixmap(self._pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale_preview()

    def preview_busy(self) -> bool:
        return self._preview_job is not None

    # -- actions ---------------------------------------------------------------------------------

    def choose_files(self) -> None:
        if not self.writable:
            return
        paths = common.ask_open_files(
            self, self.tr("Attach bukti dukung"), self.tr("All files (*)"), multiple=True
        )
        if paths:
            self.sig_attach_requested.emit(paths)

    def open_selected(self) -> bool:
        """Check the stored file (its sha256), copy it under its own name into a temporary folder
        and open that copy with the system viewer — off the GUI thread, a file can be large."""
        row = self.current_row()
        if row is None or self._open_job is not None:
            return False
        monitoring = self.ops.ws.monitoring
        evidence_id, name, sha = row.id, row.file_name, row.sha256

        def work() -> Path:
            stored = monitoring.evidence_path(evidence_id, verify=True)
            return viewer_copy(stored, name, sha)

        job = Job(work)
        job.signals.done.connect(self._open_done)
        job.signals.failed.connect(self._open_failed)
        self._open_job = job
        self.open_button.setEnabled(False)
        job.start()
        return True

    def _open_done(self, _tag: int, path: object) -> None:
        self._open_job = None
        self._update_buttons()
        if isinstance(path, Path):
            self.open_url(QUrl.fromLocalFile(str(path)))

    def _open_failed(self, _tag: int, exc: object) -> None:
        self._open_job = None
        self._update_buttons()
        if isinstance(exc, BaseException):
            show_error(self.ops.window or self, exc)

    def opening(self) -> bool:
        return self._open_job is not None

    def remove_selected(self) -> None:
        row = self.current_row()
        if row is None or row.removed or not self.writable:
            return
        monitoring = self.ops.ws.monitoring
        self.ops.push(
            ServiceCommand(
                self.ops,
                self.tr("Remove {name}").format(name=row.file_name),
                functools.partial(monitoring.remove_evidence, row.id),
                functools.partial(monitoring.restore_evidence, row.id),
            )
        )

    def restore_selected(self) -> None:
        row = self.current_row()
        if row is None or not row.removed or not self.writable:
            return
        monitoring = self.ops.ws.monitoring
        self.ops.push(
            ServiceCommand(
                self.ops,
                self.tr("Restore {name}").format(name=row.file_name),
                functools.partial(monitoring.restore_evidence, row.id),
                functools.partial(monitoring.remove_evidence, row.id),
            )
        )


def _type_icon(media_type: str, file_name: str) -> QIcon:
    kind = kind_of(media_type, file_name)
    style = QApplication.style()
    if kind == "image":
        return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
    if kind == "pdf":
        return style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
    return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)


def viewer_copy(stored: Path, file_name: str, sha256: str) -> Path:
    """A copy of a stored file under its own name (the stored one has no suffix, so the system
    would not know how to open it), in a temporary folder per content; made once."""
    base = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation) or "/tmp")
    name = Path(file_name.replace("\\", "/")).name.strip() or sha256[:16]
    target = base / "skpdesk-bukti" / sha256[:16] / name
    try:
        if not (target.is_file() and target.stat().st_size == stored.stat().st_size):
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".{name}.part")
            shutil.copyfile(stored, partial)
            partial.replace(target)
    except OSError as exc:
        log.warning("could not copy bukti dukung for viewing: %s", exc)
        return stored
    return target
