"""The Settings editor of the [U] setting ``rating.organisasi_to_rating``: which rating hasil
kerja a JPT who leads a unit gets from the unit's predikat kinerja organisasi (SKP-REFERENCE
R-ORG-PREDIKAT: the mapping of the five levels to the three ratings was not found in the
regulation; the reference's default is a proposal, so it is the instansi's setting).

``ui.settings.dialog.SettingsDialog`` shows it on its Rating tab and saves it with its other
tabs (``typed`` / ``pending``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain.errors import SkpError
from skpdesk.domain.predikat import (
    DEFAULT_ORGANISASI_TO_RATING,
    PredikatOrganisasi,
    Rating,
    label,
    parse_rating,
)
from skpdesk.services.rating import ORG_MAPPING_SETTING

translate = QCoreApplication.translate
RATINGS = (Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI)


def stored_mapping(values: Mapping[str, Any]) -> dict[str, str]:
    """The setting as stored, each value read as a rating where it is one ("" when missing)."""
    raw = values.get(ORG_MAPPING_SETTING)
    raw = raw if isinstance(raw, Mapping) else {}
    out: dict[str, str] = {}
    for level in PredikatOrganisasi:
        text = str(raw.get(level.value, "") or "").strip()
        if not text:
            out[level.value] = DEFAULT_ORGANISASI_TO_RATING[level].value
            continue
        try:
            out[level.value] = parse_rating(text).value
        except SkpError:
            out[level.value] = text  # not a rating: shown as such, the service refuses it
    return out


class OrgMappingEditor(QWidget):
    """Five rows, Istimewa … Sangat Kurang, each with the rating it gives."""

    changed = Signal()

    def __init__(self, values: Mapping[str, Any], editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stored = stored_mapping(values)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        card = QFrame()
        card.setObjectName("card")
        box = QVBoxLayout(card)
        box.setContentsMargins(16, 14, 16, 14)
        box.setSpacing(8)
        title = QLabel(
            translate("RatingSettings", "A unit leader's rating hasil kerja from the predikat organisasi")
        )
        title.setObjectName("sectionTitle")
        box.addWidget(title)
        intro = QLabel(
            translate(
                "RatingSettings",
                "When a JPT leads the unit, the unit's predikat kinerja organisasi is set as their annual "
                "rating hasil kerja (R-ORG-PREDIKAT). [U] The regulation does not say how the five levels "
                "map to the three ratings: this is your instansi's setting. The default is the "
                "reference's proposal: Istimewa → Di Atas Ekspektasi, Baik → Sesuai Ekspektasi, the "
                "others → Di Bawah Ekspektasi.",
            )
        )
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        box.addWidget(intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(3, 1)  # the combos keep their own width
        self.combos: dict[str, QComboBox] = {}
        for row, level in enumerate(PredikatOrganisasi):
            caption = QLabel(
                translate("RatingSettings", "Predikat organisasi {level}").format(level=label(level))
            )
            combo = QComboBox()
            combo.setObjectName(f"{ORG_MAPPING_SETTING}.{level.value}")
            for rating in RATINGS:
                combo.addItem(label(rating), rating.value)
            combo.setEnabled(editable)
            combo.setMinimumWidth(220)
            caption.setBuddy(combo)
            grid.addWidget(caption, row, 0)
            grid.addWidget(QLabel("→"), row, 1)
            grid.addWidget(combo, row, 2)
            self.combos[level.value] = combo
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        box.addLayout(grid)
        self.warning = QLabel()
        self.warning.setObjectName("muted")
        self.warning.setWordWrap(True)
        box.addWidget(self.warning)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.default_button = QPushButton(translate("RatingSettings", "Use the default"))
        self.default_button.setAutoDefault(False)
        self.default_button.setEnabled(editable)
        self.default_button.clicked.connect(self.use_default)
        buttons.addWidget(self.default_button)
        box.addLayout(buttons)
        layout.addWidget(card)
        self.set_values(self.stored)

    def set_values(self, mapping: Mapping[str, str]) -> None:
        unknown = []
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            index = combo.findData(mapping.get(key, ""))
            if index < 0:
                unknown.append(f"{label(PredikatOrganisasi(key))}: “{mapping.get(key, '')}”")
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.warning.setText(
            translate(
                "RatingSettings",
                "Not a rating, so a unit leader cannot be rated until it is corrected: {values}.",
            ).format(values="; ".join(unknown))
            if unknown
            else ""
        )
        self.changed.emit()

    def use_default(self) -> None:
        self.set_values({k.value: v.value for k, v in DEFAULT_ORGANISASI_TO_RATING.items()})

    def typed(self) -> dict[str, str]:
        """The mapping as chosen (PredikatOrganisasi value → Rating value)."""
        out = {}
        for key, combo in self.combos.items():
            data = combo.currentData()
            out[key] = str(data) if data else self.stored.get(key, "")
        return out

    def pending(self, values: Mapping[str, Any]) -> dict[str, str] | None:
        """The mapping to save, or None when it is as ``values`` (the stored settings) hold it."""
        typed = self.typed()
        return None if typed == stored_mapping(values) else typed
