"""Cascade a superior's RHK to the people it is split among (R-CASCADE): the method, the approach,
who takes part and — for a direct split by beban target — each person's proposed target."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain.cascade import APPROACHES, Approach, CascadeNode, Method, propose_split, split_indicator
from skpdesk.domain.errors import SkpError
from skpdesk.formatting import format_number
from skpdesk.messages import message_for
from skpdesk.services.cascade import MphRow, SplitPart
from skpdesk.ui.ops import Ops

translate = QCoreApplication.translate


def method_label(method: Method) -> str:
    return {
        Method.LANGSUNG: translate("Cascade", "Direct cascading"),
        Method.TIDAK_LANGSUNG: translate("Cascade", "Non-direct cascading"),
    }[method]


def approach_label(approach: Approach) -> str:
    return {
        Approach.ASPEK: translate("Cascade", "by aspek"),
        Approach.WILAYAH: translate("Cascade", "by wilayah (area)"),
        Approach.BEBAN_TARGET: translate("Cascade", "by beban target (split the number)"),
        Approach.LAYANAN: translate("Cascade", "pendekatan layanan (steps of the service)"),
        Approach.OUTPUT_ANTARA: translate("Cascade", "output antara / milestone"),
    }[approach]


class CascadeDialog(QDialog):
    """Runs ``cascade_to`` itself so a refusal is shown here and the dialog stays open;
    ``made`` holds the new RHK ids once it succeeded."""

    def __init__(
        self,
        parent: QWidget | None,
        ops: Ops,
        node: CascadeNode,
        people: list[MphRow],
        chosen: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cascade a result"))
        self.setObjectName("cascadeDialog")
        self.ops = ops
        self.node = node
        self.made: list[str] = []
        self.people = [p for p in people if p.plan_id]
        layout = QVBoxLayout(self)
        head = QLabel(
            self.tr("Cascade <b>{text}</b> ({owner}) to the people it is shared with.").format(
                text=node.text, owner=node.owner_name
            )
        )
        head.setWordWrap(True)
        layout.addWidget(head)
        form = QFormLayout()
        self.method = QComboBox()
        for method in Method:
            self.method.addItem(method_label(method), method.value)
        self.approach = QComboBox()
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Approach"), self.approach)
        self.text = QLineEdit(node.text)
        self.text.setObjectName("cascadeText")
        form.addRow(self.tr("Their RHK"), self.text)
        layout.addLayout(form)
        self.split_info = QLabel()
        self.split_info.setWordWrap(True)
        layout.addWidget(self.split_info)
        self.table = QTableWidget(len(self.people), 3)
        self.table.setObjectName("cascadePeople")
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Jabatan"), self.tr("Target")])
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, person in enumerate(self.people):
            name = QTableWidgetItem(person.name)
            name.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            name.setCheckState(
                Qt.CheckState.Checked if chosen in (None, person.employee_id) else Qt.CheckState.Unchecked
            )
            name.setData(Qt.ItemDataRole.UserRole, person.employee_id)
            self.table.setItem(row, 0, name)
            jabatan = QTableWidgetItem(person.jabatan)
            jabatan.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 1, jabatan)
            self.table.setItem(row, 2, QTableWidgetItem(""))
        layout.addWidget(self.table, 1)
        if not self.people:
            layout.addWidget(
                QLabel(
                    self.tr("Nobody rated by {owner} has a plan for this year yet.").format(
                        owner=node.owner_name
                    )
                )
            )
        self.even = QPushButton(self.tr("Split evenly"))
        self.even.setObjectName("splitEvenly")
        self.even.clicked.connect(self.split_evenly)
        layout.addWidget(self.even, 0, Qt.AlignmentFlag.AlignLeft)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Cascade"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.approach.currentIndexChanged.connect(self._approach_changed)
        self.table.itemChanged.connect(lambda item: self.split_evenly() if item.column() == 0 else None)
        self._method_changed()
        self.resize(720, 460)

    def _method_changed(self) -> None:
        method = Method(self.method.currentData())
        self.approach.blockSignals(True)
        self.approach.clear()
        for approach in APPROACHES[method]:
            self.approach.addItem(approach_label(approach), approach.value)
        self.approach.blockSignals(False)
        if method is Method.TIDAK_LANGSUNG and self.text.text() == self.node.text:
            self.text.clear()
            self.text.setPlaceholderText(
                self.tr("Their own contribution, e.g. Terverifikasinya berkas usulan")
            )
        elif method is Method.LANGSUNG and not self.text.text():
            self.text.setText(self.node.text)
        self._approach_changed()

    def _approach_changed(self) -> None:
        split = self.approach.currentData() == Approach.BEBAN_TARGET.value
        self.table.setColumnHidden(2, not split)
        self.even.setVisible(split)
        indicator = split_indicator(self.node)
        if split and indicator is not None:
            self.split_info.setText(
                self.tr("Target to split: {value} {unit} ({iki}).").format(
                    value=_shown(indicator.target_value), unit=indicator.target_unit, iki=indicator.text
                )
            )
            self.split_evenly()
        elif split:
            self.split_info.setText(self.tr("This result has no numeric target to split."))
        else:
            self.split_info.setText("")

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is made in __init__
        return item

    def checked_rows(self) -> list[int]:
        rows = range(self.table.rowCount())
        return [r for r in rows if self._item(r, 0).checkState() == Qt.CheckState.Checked]

    def split_evenly(self) -> None:
        indicator = split_indicator(self.node)
        rows = self.checked_rows()
        if indicator is None or not rows:
            return
        parts = propose_split(indicator.target_value, len(rows))
        self.table.blockSignals(True)
        for r in range(self.table.rowCount()):
            self._item(r, 2).setText("")
        for r, part in zip(rows, parts, strict=True):
            self._item(r, 2).setText(_shown(part))
        self.table.blockSignals(False)

    def parts(self) -> list[SplitPart]:
        return [
            SplitPart(str(self._item(r, 0).data(Qt.ItemDataRole.UserRole)), self._item(r, 2).text())
            for r in self.checked_rows()
        ]

    def accept(self) -> None:
        try:
            self.made, _changes = self.ops.attempt(
                self.ops.ws.cascade.cascade_to,
                self.node.id,
                self.parts(),
                method=str(self.method.currentData()),
                approach=str(self.approach.currentData()),
                text=self.text.text(),
            )
        except SkpError as err:
            what, todo = message_for(err)
            self.error.setText(f"{what} {todo}")
            self.error.setVisible(True)
            return
        super().accept()


def _shown(value: str) -> str:
    try:
        return format_number(Decimal(value))
    except ArithmeticError:
        return value
