"""The rating screen's dialogs: filing a keberatan, deciding one, and recording the predikat
kinerja organisasi of a unit (R-FOLLOWUP, R-DEADLINES, R-ORG-PREDIKAT).

Each dialog makes its one service call when accepted; a refusal is shown in the one error dialog
and the dialog stays open with what was typed (nothing was written).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain.deadlines import KEBERATAN_FILING_DAYS
from skpdesk.domain.predikat import Predikat, PredikatOrganisasi, Rating, label, predikat
from skpdesk.formatting import format_date
from skpdesk.services.rating import DITERIMA, DITOLAK, AssessmentRow, KeberatanRow
from skpdesk.ui.ops import Ops
from skpdesk.ui.rating.text import periode_name, predikat_text, rating_text
from skpdesk.ui.rating.widgets import RatingChoice

translate = QCoreApplication.translate


def _label(text: str, name: str = "", *, rich: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    if name:
        widget.setObjectName(name)
    if not rich:
        widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def _buttons(ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox()
    ok = QPushButton(ok_text)
    ok.setProperty("primary", True)
    ok.setDefault(True)
    box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(QPushButton(translate("RatingDialogs", "Cancel")), QDialogButtonBox.ButtonRole.RejectRole)
    return box, ok


def rating_line(hasil: Rating | None, perilaku: Rating | None, value: Predikat | None) -> str:
    return translate(
        "RatingDialogs", "hasil kerja {hasil}, perilaku {perilaku} → predikat {predikat}"
    ).format(hasil=rating_text(hasil), perilaku=rating_text(perilaku), predikat=predikat_text(value))


class FileKeberatanDialog(QDialog):
    """The pegawai objects to a final rating, with reasons (R-DEADLINES: within 14 days)."""

    def __init__(self, ops: Ops, assessment: AssessmentRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.assessment = assessment
        self.made: str | None = None
        self.setWindowTitle(translate("RatingDialogs", "File a keberatan"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(
                translate("RatingDialogs", "{periode} rating: {rating}.").format(
                    periode=periode_name(assessment.periode),
                    rating=rating_line(
                        assessment.rating_hasil_kerja, assessment.rating_perilaku, assessment.predikat
                    ),
                ),
                "sectionTitle",
            )
        )
        until = assessment.keberatan_until
        layout.addWidget(
            _label(
                translate(
                    "RatingDialogs",
                    "You may file it until {date}: {days} days after receiving the result (R-DEADLINES). "
                    "The atasan of your pejabat penilai hears both sides and decides; the decision is final.",
                ).format(date=format_date(until) if until else "—", days=KEBERATAN_FILING_DAYS),
                "muted",
            )
        )
        caption = QLabel(translate("RatingDialogs", "&Reasons:"))
        self.reasons = QPlainTextEdit()
        self.reasons.setObjectName("keberatanReasons")
        self.reasons.setPlaceholderText(
            translate("RatingDialogs", "Why you object to the rating, and the bukti dukung you rely on.")
        )
        self.reasons.setTabChangesFocus(True)
        caption.setBuddy(self.reasons)
        layout.addWidget(caption)
        layout.addWidget(self.reasons, 1)
        box, self.ok = _buttons(translate("RatingDialogs", "File the keberatan"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.reasons.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.reasons.toPlainText().strip()))

    def accept(self) -> None:
        service = self.ops.ws.rating
        result = self.ops.run(service.file_keberatan, self.assessment.id, self.reasons.toPlainText())
        if result is None:
            return  # refused: shown; what was typed stays
        self.made = result[0]
        super().accept()


class DecideKeberatanDialog(QDialog):
    """The atasan of the pejabat penilai decides a keberatan (R-DEADLINES): reject it, or accept it
    with new ratings (the predikat follows R-MATRIX); a note either way. Final."""

    def __init__(
        self,
        ops: Ops,
        keberatan: KeberatanRow,
        current: AssessmentRow | None,
        *,
        hasil_from_org: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.keberatan = keberatan
        self.decided = False
        self.setWindowTitle(translate("RatingDialogs", "Decide the keberatan"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(
                translate("RatingDialogs", "{name} objects to the {periode} rating (filed {date}).").format(
                    name=keberatan.filed_by_name or "—",
                    periode=periode_name(keberatan.periode),
                    date=format_date(keberatan.filed_on),
                ),
                "sectionTitle",
            )
        )
        layout.addWidget(
            _label(translate("RatingDialogs", "Reasons: {reasons}").format(reasons=keberatan.reasons))
        )
        hasil = current.rating_hasil_kerja if current else keberatan.original_hasil_kerja
        perilaku = current.rating_perilaku if current else keberatan.original_perilaku
        value = current.predikat if current else keberatan.original_predikat
        layout.addWidget(
            _label(
                translate("RatingDialogs", "The rating now: {rating}.").format(
                    rating=rating_line(hasil, perilaku, value)
                )
            )
        )
        layout.addWidget(
            _label(
                translate(
                    "RatingDialogs",
                    "Hear both sides before deciding. Decide by {date} (a workspace setting). The decision "
                    "is final: it cannot be changed or reopened afterwards.",
                ).format(date=format_date(keberatan.decide_by)),
                "muted",
            )
        )
        self.choice = QButtonGroup(self)
        self.reject_radio = QRadioButton(translate("RatingDialogs", "&Reject: the rating stays as it is"))
        self.accept_radio = QRadioButton(translate("RatingDialogs", "&Accept and change the rating"))
        self.choice.addButton(self.reject_radio)
        self.choice.addButton(self.accept_radio)
        layout.addWidget(self.reject_radio)
        layout.addWidget(self.accept_radio)
        self.hasil = RatingChoice(translate("RatingDialogs", "New rating &hasil kerja"))
        self.perilaku = RatingChoice(translate("RatingDialogs", "New rating &perilaku"))
        self.hasil.set_value(hasil)
        self.perilaku.set_value(perilaku)
        self.hasil_from_org = hasil_from_org
        choices = QHBoxLayout()
        choices.setSpacing(18)
        choices.addWidget(self.hasil)
        choices.addWidget(self.perilaku)
        choices.addStretch(1)
        layout.addLayout(choices)
        if hasil_from_org:
            layout.addWidget(
                _label(
                    translate(
                        "RatingDialogs",
                        "The rating hasil kerja of a unit's leader follows the predikat kinerja "
                        "organisasi (R-ORG-PREDIKAT): only the rating perilaku can change.",
                    ),
                    "muted",
                )
            )
        self.result_label = _label("", "sectionTitle")
        layout.addWidget(self.result_label)
        caption = QLabel(translate("RatingDialogs", "&Note for the pegawai and the pejabat penilai:"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("decisionNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        caption.setBuddy(self.note)
        layout.addWidget(caption)
        layout.addWidget(self.note)
        box, self.ok = _buttons(translate("RatingDialogs", "Decide"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        for signal in (self.hasil.changed, self.perilaku.changed):
            signal.connect(self._update)
        self.choice.buttonToggled.connect(lambda *_a: self._update())
        self.note.textChanged.connect(self._update)
        self._update()

    def decision(self) -> str:
        if self.accept_radio.isChecked():
            return DITERIMA
        if self.reject_radio.isChecked():
            return DITOLAK
        return ""

    def _update(self) -> None:
        accepting = self.accept_radio.isChecked()
        self.hasil.set_editable(accepting and not self.hasil_from_org)
        self.perilaku.set_editable(accepting)
        hasil, perilaku = self.hasil.value(), self.perilaku.value()
        if accepting and hasil is not None and perilaku is not None:
            self.result_label.setText(
                translate("RatingDialogs", "New predikat: {predikat}").format(
                    predikat=label(predikat(hasil, perilaku))  # SKP-REFERENCE R-MATRIX
                )
            )
        else:
            self.result_label.setText("")
        self.ok.setEnabled(bool(self.decision()) and bool(self.note.toPlainText().strip()))

    def accept(self) -> None:
        decision = self.decision()
        service = self.ops.ws.rating
        if decision == DITERIMA:
            hasil, perilaku = self.hasil.value(), self.perilaku.value()
            result = self.ops.run(
                service.decide_keberatan,
                self.keberatan.id,
                decision,
                self.note.toPlainText(),
                hasil.value if hasil else None,
                perilaku.value if perilaku else None,
            )
        else:
            result = self.ops.run(
                service.decide_keberatan, self.keberatan.id, decision, self.note.toPlainText()
            )
        if result is None:
            return
        self.decided = True
        super().accept()


class OrgPredikatDialog(QDialog):
    """The leader of the organisation above records a unit's predikat kinerja organisasi for one
    evaluation period (R-ORG-PREDIKAT); the latest one set counts."""

    def __init__(
        self,
        ops: Ops,
        units: Sequence[tuple[str, str]],
        unit_id: str,
        period_id: str,
        year: int,
        periode: str,
        current: PredikatOrganisasi | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.period_id = period_id
        self.periode = periode
        self.made: str | None = None
        self.setWindowTitle(translate("RatingDialogs", "Predikat kinerja organisasi"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _label(
                translate(
                    "RatingDialogs",
                    "Set by the leader of the organisation above, from the achievement of the Perjanjian "
                    "Kinerja and the expectations placed on the unit (R-ORG-PREDIKAT). It chooses the "
                    "distribution pattern of the unit's employees (R-CURVE) and gives the rating hasil "
                    "kerja of the unit's leader. The latest one set counts.",
                ),
                "muted",
            )
        )
        form = QFormLayout()
        self.unit = QComboBox()
        self.unit.setObjectName("orgUnit")
        for uid, name in units:
            self.unit.addItem(name, uid)
        self.unit.setCurrentIndex(max(0, self.unit.findData(unit_id)))
        form.addRow(translate("RatingDialogs", "&Unit:"), self.unit)
        form.addRow(
            translate("RatingDialogs", "Period:"),
            QLabel(
                translate("RatingDialogs", "{periode} {year}").format(
                    periode=periode_name(periode), year=year
                )
            ),
        )
        self.value = QComboBox()
        self.value.setObjectName("orgValue")
        self.value.addItem(translate("RatingDialogs", "Choose…"), "")
        for level in PredikatOrganisasi:
            self.value.addItem(label(level), level.value)
        if current is not None:
            self.value.setCurrentIndex(self.value.findData(current.value))
        form.addRow(translate("RatingDialogs", "&Predikat:"), self.value)
        self.note = QPlainTextEdit()
        self.note.setObjectName("orgNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.note.setPlaceholderText(
            translate("RatingDialogs", "The basis, e.g. the capaian of the PK (optional)")
        )
        form.addRow(translate("RatingDialogs", "&Note:"), self.note)
        layout.addLayout(form)
        box, self.ok = _buttons(translate("RatingDialogs", "Record"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.value.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(bool(self.value.currentData()))

    def accept(self) -> None:
        actor = self.ops.actor
        result = self.ops.run(
            self.ops.ws.rating.set_org_predikat,
            str(self.unit.currentData()),
            self.period_id,
            self.periode,
            str(self.value.currentData()),
            set_by_employee_id=actor.employee_id if actor is not None else None,
            note=self.note.toPlainText().strip(),
        )
        if result is None:
            return
        self.made = result[0]
        super().accept()
