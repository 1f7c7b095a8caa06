"""Small widgets of the rating screen: a choice of one of the three ratings (R-RATING) and the
3×3 matrix with the chosen cell lit (R-MATRIX), so that the predikat is seen, never typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain.predikat import PREDIKAT_MATRIX, Predikat, Rating, label, predikat
from skpdesk.ui.rating.text import PREDIKAT_COLOURS

translate = QCoreApplication.translate
# best first, as the choice lists them
RATING_ORDER = (Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI)


class RatingChoice(QWidget):
    """One rating as three radio buttons (arrow keys move between them); none chosen at first."""

    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None, *, across: bool = False) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.title = QLabel(title)
        self.title.setObjectName("sectionTitle")
        layout.addWidget(self.title)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Rating, QRadioButton] = {}
        holder = QWidget()  # the radios' own parent: arrow keys stay inside the trio
        row = QHBoxLayout(holder) if across else QVBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14 if across else 2)
        for n, value in enumerate(RATING_ORDER):
            radio = QRadioButton(label(value))
            radio.setObjectName(f"rating-{value.value}")
            self.group.addButton(radio, n)
            self.buttons[value] = radio
            row.addWidget(radio)
        row.addStretch(1)
        layout.addWidget(holder)
        self.title.setBuddy(self.buttons[Rating.DI_ATAS_EKSPEKTASI])
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, _id: int, on: bool) -> None:
        if on:
            self.changed.emit()

    def value(self) -> Rating | None:
        checked = self.group.checkedId()
        return RATING_ORDER[checked] if checked >= 0 else None

    def set_value(self, value: Rating | None) -> None:
        self.group.blockSignals(True)
        self.group.setExclusive(False)  # an exclusive group cannot be left with none checked
        for rating, radio in self.buttons.items():
            radio.setChecked(rating is value)
        self.group.setExclusive(True)
        self.group.blockSignals(False)

    def choose(self, value: Rating) -> None:
        """As a click would: check it and say so."""
        self.buttons[value].setChecked(True)

    def set_editable(self, editable: bool) -> None:
        for radio in self.buttons.values():
            radio.setEnabled(editable)


class MatrixView(QFrame):
    """R-MATRIX as printed: rating hasil kerja down, rating perilaku across (Di Bawah → Di Atas)."""

    ROWS = RATING_ORDER
    COLUMNS = (Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("predikatMatrix")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(3)
        grid.setVerticalSpacing(3)
        corner = QLabel(translate("RatingForm", "Hasil kerja ↓\nPerilaku →"))
        corner.setObjectName("muted")
        grid.addWidget(corner, 0, 0)
        for c, perilaku in enumerate(self.COLUMNS):
            head = QLabel(_short(perilaku))
            head.setObjectName("muted")
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setToolTip(label(perilaku))
            grid.addWidget(head, 0, c + 1)
        self.cells: dict[tuple[Rating, Rating], QLabel] = {}
        for r, hasil in enumerate(self.ROWS):
            head = QLabel(_short(hasil))
            head.setObjectName("muted")
            head.setToolTip(label(hasil))
            grid.addWidget(head, r + 1, 0)
            for c, perilaku in enumerate(self.COLUMNS):
                cell = QLabel(label(PREDIKAT_MATRIX[(hasil, perilaku)]))
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setMinimumWidth(84)
                cell.setMinimumHeight(24)
                self.cells[(hasil, perilaku)] = cell
                grid.addWidget(cell, r + 1, c + 1)
        self.chosen: tuple[Rating, Rating] | None = None
        self.show_cell(None, None)

    def show_cell(self, hasil: Rating | None, perilaku: Rating | None) -> Predikat | None:
        """Light the cell of the two ratings (both chosen) and return its predikat."""
        self.chosen = (hasil, perilaku) if hasil is not None and perilaku is not None else None
        for key, cell in self.cells.items():
            value = PREDIKAT_MATRIX[key]
            if key == self.chosen:
                cell.setStyleSheet(
                    f"background: {PREDIKAT_COLOURS[value]}; color: white; font-weight: 600;"
                    " border-radius: 3px; padding: 2px 4px;"
                )
            else:
                cell.setStyleSheet(
                    "background: #eef2f3; color: #52606b; border-radius: 3px; padding: 2px 4px;"
                )
        if self.chosen is None:
            return None
        return predikat(*self.chosen)  # SKP-REFERENCE R-MATRIX


def _short(value: Rating) -> str:
    words = {
        Rating.DI_ATAS_EKSPEKTASI: translate("RatingForm", "Di Atas"),
        Rating.SESUAI_EKSPEKTASI: translate("RatingForm", "Sesuai"),
        Rating.DI_BAWAH_EKSPEKTASI: translate("RatingForm", "Di Bawah"),
    }
    return words[value]
