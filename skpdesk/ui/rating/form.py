"""The rating column of the rating screen: the two ratings of one period (R-RATING) with the
predikat shown live from the matrix (R-MATRIX, never typed), a note, and the buttons; below it
the unit's distribution against the curve (R-CURVE, a warning) and the keberatan (R-FOLLOWUP).

The form only shows and collects; ``ui.rating.page.RatingPage`` decides what may be done and
makes the service calls.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain.predikat import Predikat, Rating, label
from skpdesk.formatting import format_date
from skpdesk.services.rating import DITERIMA, KeberatanRow
from skpdesk.ui.overview.base import Banner
from skpdesk.ui.rating.evidence import Label, muted_label, section_label
from skpdesk.ui.rating.text import PREDIKAT_COLOURS, periode_name, predikat_text, rating_text
from skpdesk.ui.rating.widgets import MatrixView, RatingChoice

translate = QCoreApplication.translate


def _rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setStyleSheet("color: #d9e0e3;")
    return line


def _button(text: str, name: str, *, primary: bool = False) -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(name)
    widget.setAutoDefault(False)
    if primary:
        widget.setProperty("primary", True)
    return widget


class RatingForm(QWidget):
    changed = Signal()  # the person changed a rating or the note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratingForm")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.setSpacing(6)
        # -- the rating ------------------------------------------------------------------------------
        self.heading = section_label("")
        layout.addWidget(self.heading)
        self.state = muted_label()
        self.state.setObjectName("ratingState")
        layout.addWidget(self.state)
        self.banner = Banner()
        self.banner.setObjectName("banner")
        layout.addWidget(self.banner)
        self.org_line = Label("", "orgBasis")
        self.org_line.hide()
        layout.addWidget(self.org_line)
        self.hasil = RatingChoice(translate("RatingForm", "Rating &hasil kerja"))
        self.perilaku = RatingChoice(translate("RatingForm", "Rating &perilaku kerja"))
        choices = QHBoxLayout()
        choices.setSpacing(18)
        choices.addWidget(self.hasil)
        choices.addWidget(self.perilaku)
        choices.addStretch(1)
        layout.addLayout(choices)
        result = QHBoxLayout()
        result.setSpacing(10)
        caption = QLabel(translate("RatingForm", "Predikat kinerja pegawai:"))
        caption.setObjectName("sectionTitle")
        self.predikat = QLabel("—")
        self.predikat.setObjectName("predikatValue")
        result.addWidget(caption)
        result.addWidget(self.predikat)
        result.addStretch(1)
        layout.addLayout(result)
        self.predikat_note = muted_label(
            translate(
                "RatingForm",
                "The predikat follows the 3×3 matrix from the two ratings (R-MATRIX); nobody types it.",
            )
        )
        layout.addWidget(self.predikat_note)
        self.matrix = MatrixView()
        layout.addWidget(self.matrix)
        note_caption = QLabel(translate("RatingForm", "&Note (catatan / rekomendasi):"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("ratingNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(64)
        note_caption.setBuddy(self.note)
        layout.addWidget(note_caption)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.save_button = _button(translate("RatingForm", "&Save draft"), "saveDraft")
        self.save_button.setToolTip(translate("RatingForm", "Save the rating as a draft (Ctrl+S)"))
        self.final_button = _button(translate("RatingForm", "&Finalise…"), "finalise", primary=True)
        self.final_button.setToolTip(
            translate("RatingForm", "Make the rating final: the pegawai receives it (Ctrl+Enter)")
        )
        self.reopen_button = _button(translate("RatingForm", "&Reopen…"), "reopen")
        self.reopen_button.setToolTip(
            translate("RatingForm", "Make a final rating a draft again (the reopening is recorded)")
        )
        for widget in (self.save_button, self.final_button, self.reopen_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # -- the curve -------------------------------------------------------------------------------
        layout.addWidget(_rule())
        layout.addWidget(section_label(translate("RatingForm", "Distribution in the unit (R-CURVE)")))
        unit_row = QHBoxLayout()
        unit_caption = QLabel(translate("RatingForm", "&Unit:"))
        self.curve_unit = QComboBox()
        self.curve_unit.setObjectName("curveUnit")
        self.curve_unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.curve_unit.setMinimumContentsLength(24)
        unit_caption.setBuddy(self.curve_unit)
        unit_row.addWidget(unit_caption)
        unit_row.addWidget(self.curve_unit, 1)
        layout.addLayout(unit_row)
        self.curve_text = QLabel()
        self.curve_text.setObjectName("curveVerdict")
        self.curve_text.setWordWrap(True)
        self.curve_text.setTextFormat(Qt.TextFormat.RichText)
        self.curve_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.curve_text)
        org_row = QHBoxLayout()
        self.org_button = _button(translate("RatingForm", "Record predikat &organisasi…"), "setOrgPredikat")
        self.org_button.setToolTip(
            translate(
                "RatingForm",
                "The leader of the organisation above records the unit's predikat kinerja organisasi "
                "(R-ORG-PREDIKAT)",
            )
        )
        org_row.addWidget(self.org_button)
        org_row.addStretch(1)
        layout.addLayout(org_row)
        # -- keberatan -------------------------------------------------------------------------------
        layout.addWidget(_rule())
        layout.addWidget(section_label(translate("RatingForm", "Keberatan (R-FOLLOWUP)")))
        self.keberatan_text = QLabel()
        self.keberatan_text.setObjectName("keberatanHistory")
        self.keberatan_text.setWordWrap(True)
        self.keberatan_text.setTextFormat(Qt.TextFormat.RichText)
        self.keberatan_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.keberatan_text)
        self.keberatan_note = muted_label()
        self.keberatan_note.setObjectName("keberatanNote")
        layout.addWidget(self.keberatan_note)
        k_row = QHBoxLayout()
        self.file_button = _button(translate("RatingForm", "File a k&eberatan…"), "fileKeberatan")
        self.decide_button = _button(translate("RatingForm", "Dec&ide the keberatan…"), "decideKeberatan")
        k_row.addWidget(self.file_button)
        k_row.addWidget(self.decide_button)
        k_row.addStretch(1)
        layout.addLayout(k_row)
        layout.addStretch(1)
        self.hasil.changed.connect(self._on_change)
        self.perilaku.changed.connect(self._on_change)
        self.note.textChanged.connect(self._on_note)
        self._loading = False
        self.dirty = False

    # -- values ----------------------------------------------------------------------------------

    def set_values(self, hasil: Rating | None, perilaku: Rating | None, note: str) -> None:
        self._loading = True
        self.hasil.set_value(hasil)
        self.perilaku.set_value(perilaku)
        self.note.setPlainText(note)
        self._loading = False
        self.dirty = False
        self.show_predikat()

    def values(self) -> tuple[Rating | None, Rating | None, str]:
        return self.hasil.value(), self.perilaku.value(), self.note.toPlainText().strip()

    def show_predikat(self) -> Predikat | None:
        value = self.matrix.show_cell(self.hasil.value(), self.perilaku.value())
        if value is None:
            self.predikat.setText("—")
            self.predikat.setStyleSheet("font-size: 15px; font-weight: 600; color: #6b7780;")
        else:
            self.predikat.setText(label(value))
            self.predikat.setStyleSheet(
                f"font-size: 15px; font-weight: 700; color: {PREDIKAT_COLOURS[value]};"
            )
        return value

    def _on_change(self) -> None:
        self.show_predikat()
        if not self._loading:
            self.dirty = True
            self.changed.emit()

    def _on_note(self) -> None:
        if not self._loading:
            self.dirty = True
            self.changed.emit()

    def set_editable(self, editable: bool, *, hasil_editable: bool = True) -> None:
        self.hasil.set_editable(editable and hasil_editable)
        self.perilaku.set_editable(editable)
        self.note.setReadOnly(not editable)

    # -- keberatan -------------------------------------------------------------------------------

    def show_keberatan(self, rows: Sequence[KeberatanRow], periode: str) -> None:
        """Both sides with their dates (R-FOLLOWUP): the pegawai's reasons, then the decision."""
        if not rows:
            self.keberatan_text.setText(
                _p(translate("RatingForm", "No keberatan has been filed on this plan's ratings."))
            )
            return
        parts = []
        for k in rows:
            mark = "<b>" if k.periode == periode else ""
            end = "</b>" if mark else ""
            filed = translate("RatingForm", "{periode}: filed on {date} by {name}").format(
                periode=periode_name(k.periode), date=format_date(k.filed_on), name=k.filed_by_name or "—"
            )
            parts.append(f"<p style='margin:0 0 2px 0'>{mark}{_esc(filed)}{end}<br>“{_esc(k.reasons)}”</p>")
            before = translate("RatingForm", "Rating then: {hasil} / {perilaku} → {predikat}").format(
                hasil=rating_text(k.original_hasil_kerja),
                perilaku=rating_text(k.original_perilaku),
                predikat=predikat_text(k.original_predikat),
            )
            if k.pending:
                decision = translate(
                    "RatingForm", "Waiting for the decision of the atasan of the pejabat penilai (by {date})."
                ).format(date=format_date(k.decide_by))
            elif k.decision == DITERIMA:
                decision = translate(
                    "RatingForm", "Accepted on {date} by {name}: now {hasil} / {perilaku} → {predikat}."
                ).format(
                    date=format_date(k.decided_on),
                    name=k.decider_name or "—",
                    hasil=rating_text(k.new_hasil_kerja),
                    perilaku=rating_text(k.new_perilaku),
                    predikat=predikat_text(k.new_predikat),
                )
            else:
                decision = translate("RatingForm", "Rejected on {date} by {name}: the rating stays.").format(
                    date=format_date(k.decided_on), name=k.decider_name or "—"
                )
            note = f"<br>“{_esc(k.decision_note)}”" if k.decision_note else ""
            parts.append(
                f"<p style='margin:0 0 8px 12px; color:#3c4a54'>{_esc(before)}<br>{_esc(decision)}{note}</p>"
            )
        self.keberatan_text.setText("".join(parts))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


def _p(text: str) -> str:
    return f"<p style='margin:0'>{_esc(text)}</p>"
