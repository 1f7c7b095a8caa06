"""Forms of the organisation screen: employee, position and unit pickers, Plt/Plh assignments.

Each form checks what it can while people type (R-NIP, R-PANGKAT, R-JABATAN) and says so in words
next to the field; the service checks again on save, and a refusal is shown in the form, which
stays open with nothing saved.
"""

from __future__ import annotations

import datetime as dt
import html
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QIcon, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain import jabatan, nip, pangkat
from skpdesk.domain.errors import Code, SkpError
from skpdesk.formatting import format_count, format_date, month_name
from skpdesk.messages import message_for
from skpdesk.services.org import UNIT_KINDS, ActingRow, EmployeeDetail, GrantRow, PositionRow, UnitInfo
from skpdesk.ui.errors import ErrorDialog
from skpdesk.ui.models.employees import EmployeeTableModel, PositionTableModel, jabatan_title
from skpdesk.ui.models.org_tree import OrgTreeModel

ERROR_COLOR = "#b3261e"
WARNING_COLOR = "#8a5a00"
OK_COLOR = "#2e7d32"


ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"


def icon(name: str) -> QIcon:
    """An icon of resources/icons; an empty one when the file is missing."""
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class NoteLabel(QLabel):
    """A wrapped label whose height follows its real width (QFormLayout otherwise reserves the
    height of a narrow three-line guess, leaving gaps under short notes)."""

    def _height(self) -> int:
        width = self.width() if self.width() > 80 else 420
        return max(0, self.heightForWidth(width)) if self.text() else 0

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


def note_label() -> QLabel:
    """A label under a field for what the check found; takes the field's whole width."""
    label = NoteLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return label


def _lines(items: Sequence[tuple[str, str]]) -> str:
    """Rich text: one line per (colour, text)."""
    return "<br>".join(f'<span style="color:{c}">{html.escape(t)}</span>' for c, t in items)


class _Form(QDialog):
    """A dialog with a banner for the service's refusal and labelled Save / Cancel buttons."""

    def __init__(self, parent: QWidget | None, title: str, save_text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(640)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setSpacing(10)
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner.setProperty("level", "error")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        banner_layout.addWidget(self.banner_text, 1)
        self.banner.setVisible(False)
        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(save_text)
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(QCoreApplication.translate("OrgForm", "Cancel"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.banner)
        self.layout_.addWidget(self.buttons)

    def show_refusal(self, err: SkpError) -> None:
        what, todo = refusal_words(err)
        self.banner_text.setText(f"<b>{html.escape(what)}</b><br>{html.escape(todo)}")
        self.banner.setVisible(True)

    def save(self) -> None:  # subclasses
        self.accept()


# -- pickers ---------------------------------------------------------------------------------------


class _SearchPicker(QDialog):
    """Choose one row of a searchable table model (``set_query``/``visible_count``); Enter,
    double-click or "Choose" accepts, Down moves from the search field into the list."""

    def __init__(self, parent: QWidget | None, model: Any, title: str, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(880, 560)
        self.model = model
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        row.addWidget(self.search, 1)
        self.count = QLabel()
        self.count.setObjectName("muted")
        row.addWidget(self.count)
        layout.addLayout(row)
        self.view = QTableView()
        self.view.setModel(model)
        setup_table(self.view)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox()
        self.choose = QPushButton(self.tr("Choose"))
        self.choose.setProperty("primary", True)
        self.choose.setDefault(True)
        buttons.addButton(self.choose, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QPushButton(self.tr("Cancel")), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept_choice)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._accept_choice)
        self.view.doubleClicked.connect(lambda _i: self._accept_choice())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        down_moves_to(self.search, self.view)

    def _count_text(self, count: int) -> str:  # subclasses: "%Ln position(s)" etc.
        return format_count(count)

    def _row_id(self, row: int) -> str | None:  # subclasses
        return None

    def _search(self, text: str) -> None:
        self.model.set_query(text)
        self.count.setText(self._count_text(self.model.visible_count()))
        if self.model.visible_count() and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)
        self._update()

    def _update(self) -> None:
        self.choose.setEnabled(self.chosen_id() is not None)

    def chosen_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        return self._row_id(rows[0].row()) if rows else None

    def _accept_choice(self) -> None:
        if self.chosen_id() is not None:
            self.accept()


class PositionPicker(_SearchPicker):
    """Choose a position from all of them, searching by title, jenjang, unit or holder."""

    def __init__(
        self,
        parent: QWidget | None,
        model: PositionTableModel,
        title: str,
        intro: str = "",
        current: str | None = None,
    ) -> None:
        super().__init__(parent, model, title, intro)
        self.search.setPlaceholderText(self.tr("Search position, level, unit or holder…"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(PositionTableModel.TITLE, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(PositionTableModel.TITLE, 300)
        self.view.setColumnWidth(PositionTableModel.JENJANG, 150)
        self.view.setColumnWidth(PositionTableModel.UNIT, 230)
        self._search("")
        if current is not None:
            row_of = model.row_of(current)
            if row_of is not None:
                self.view.selectRow(row_of)
                self.view.scrollTo(model.index(row_of, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        self._update()

    def _count_text(self, count: int) -> str:
        return self.tr("%Ln position(s)", "", count)

    def _row_id(self, row: int) -> str | None:
        return self.model.position_id(row)  # type: ignore[no-any-return]


class EmployeePicker(_SearchPicker):
    """Choose an employee, with the same search as the main list."""

    def __init__(self, parent: QWidget | None, model: EmployeeTableModel, title: str) -> None:
        super().__init__(parent, model, title)
        self.resize(900, 560)
        self.search.setPlaceholderText(self.tr("Search NIP, name, position, unit…"))
        employee_columns(self.view)
        self._search("")

    def _count_text(self, count: int) -> str:
        return self.tr("%Ln employee(s)", "", count)

    def _row_id(self, row: int) -> str | None:
        return self.model.employee_id(row)  # type: ignore[no-any-return]


class UnitPicker(QDialog):
    """Choose a unit in the tree (for moving a unit: itself and what lies below it are refused)."""

    def __init__(
        self,
        parent: QWidget | None,
        units: Sequence[UnitInfo],
        title: str,
        intro: str = "",
        refused: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(620, 560)
        self.tree = OrgTreeModel(self)
        self.tree.set_units(units)
        self.tree.set_disabled(refused)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.tree)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(OrgTreeModel.NAME)
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search unit…"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        layout.addWidget(self.search)
        self.view = QTreeView()
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(True)
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(OrgTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(
            OrgTreeModel.EMPLOYEES, QHeaderView.ResizeMode.ResizeToContents
        )
        self.view.expandToDepth(0)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox()
        self.choose = QPushButton(self.tr("Choose"))
        self.choose.setProperty("primary", True)
        self.choose.setDefault(True)
        buttons.addButton(self.choose, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QPushButton(self.tr("Cancel")), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._accept_choice)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._search)
        self.view.doubleClicked.connect(lambda _i: self._accept_choice())
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        down_moves_to(self.search, self.view)
        self._update()

    def _search(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.view.expandAll()
        else:
            self.view.collapseAll()
            self.view.expandToDepth(0)

    def chosen_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.tree.unit_id(self.proxy.mapToSource(rows[0]))

    def select(self, unit_id: str) -> None:
        index = self.proxy.mapFromSource(self.tree.index_of(unit_id))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _update(self) -> None:
        self.choose.setEnabled(self.chosen_id() is not None)

    def _accept_choice(self) -> None:
        if self.chosen_id() is not None:
            self.accept()


# -- the employee form -----------------------------------------------------------------------------


class EmployeeDialog(_Form):
    """New or edit employee. ``save(values)`` raises ``SkpError`` to refuse (shown here)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        today: dt.date,
        positions: Callable[[], PositionTableModel],
        save: Callable[[dict[str, Any]], None],
        nip_taken: Callable[[str], bool] = lambda _nip: False,
        employee: EmployeeDetail | None = None,
        position_id: str | None = None,
    ) -> None:
        super().__init__(
            parent,
            self.tr("Edit employee") if employee else self.tr("New employee"),
            self.tr("Save"),
        )
        self._today = today
        self._positions = positions
        self._save = save
        self._nip_taken = nip_taken
        self._employee = employee
        self._position_id = employee.position.id if employee and employee.position else position_id
        self._position_jenjang = employee.position.jenjang if employee and employee.position else ""
        if employee is None and position_id:
            self._position_jenjang = positions().jenjang_of(position_id)
        self.blocking: list[str] = []  # what keeps Save disabled, in words

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.status = QComboBox()
        self.status.addItem(self.tr("PNS (civil servant)"), nip.EmployeeStatus.PNS.value)
        self.status.addItem(self.tr("PPPK (contract civil servant)"), nip.EmployeeStatus.PPPK.value)
        form.addRow(self.tr("Status"), self.status)
        self.nip = QLineEdit()
        self.nip.setPlaceholderText("19680411 199303 1 009")
        self.nip.setMaxLength(30)
        form.addRow(self.tr("NIP"), self.nip)
        self.nip_notes = note_label()
        form.addRow("", self.nip_notes)
        names = QHBoxLayout()
        self.gelar_depan = QLineEdit()
        self.gelar_depan.setPlaceholderText(self.tr("Dr."))
        self.gelar_depan.setMaximumWidth(90)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name without titles"))
        self.gelar_belakang = QLineEdit()
        self.gelar_belakang.setPlaceholderText(self.tr("S.E., M.M."))
        self.gelar_belakang.setMaximumWidth(140)
        names.addWidget(self.gelar_depan)
        names.addWidget(self.name, 1)
        names.addWidget(self.gelar_belakang)
        form.addRow(self.tr("Name"), names)
        self.name_note = note_label()
        form.addRow("", self.name_note)
        self.golongan = QComboBox()
        self.golongan.setEditable(True)
        self.golongan.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        form.addRow(self.tr("Golongan"), self.golongan)
        self.rank_notes = note_label()  # the golongan's problem, or its fit with the jenjang (R-AK)
        form.addRow("", self.rank_notes)
        position_row = QHBoxLayout()
        self.position_label = note_label()
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.choose_position = QPushButton(self.tr("Choose…"))
        self.clear_position = QPushButton(self.tr("No position"))
        position_row.addWidget(self.position_label, 1)
        position_row.addWidget(self.choose_position)
        position_row.addWidget(self.clear_position)
        form.addRow(self.tr("Position"), position_row)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        self.layout_.addLayout(form)
        self.finish_layout()

        if employee is not None:
            self.status.setCurrentIndex(max(0, self.status.findData(employee.status)))
            self.nip.setText(nip.format_nip(employee.nip))
            self.gelar_depan.setText(employee.gelar_depan)
            self.name.setText(employee.name)
            self.gelar_belakang.setText(employee.gelar_belakang)
            self.email.setText(employee.email)
            self.phone.setText(employee.phone)
        self._fill_golongan(employee.golongan if employee else "")
        self._show_position()
        self.status.currentIndexChanged.connect(self._status_changed)
        for edit in (self.nip, self.name):
            edit.textChanged.connect(self.validate)
        self.golongan.currentTextChanged.connect(self.validate)
        self.choose_position.clicked.connect(self.pick_position)
        self.clear_position.clicked.connect(lambda: self.set_position(None))
        self.validate()

    # -- fields ----------------------------------------------------------------------------------

    def status_value(self) -> nip.EmployeeStatus:
        return nip.EmployeeStatus(self.status.currentData())

    def _fill_golongan(self, current: str) -> None:
        self.golongan.blockSignals(True)
        self.golongan.clear()
        self.golongan.addItem(self.tr("— not recorded —"), "")
        if self.status_value() is nip.EmployeeStatus.PNS:
            for g in pangkat.GOLONGAN:
                self.golongan.addItem(f"{g.code} – {g.pangkat}", g.code)
        else:
            for roman in pangkat.PPPK_GOLONGAN:
                self.golongan.addItem(roman, roman)
        found = self.golongan.findData(current)
        if found >= 0:
            self.golongan.setCurrentIndex(found)
        else:
            self.golongan.setEditText(current)  # kept as typed; validate() says what is wrong
        self.golongan.blockSignals(False)

    def _status_changed(self) -> None:
        self._fill_golongan(self.golongan_code() or "")
        self.validate()

    def golongan_code(self) -> str | None:
        """The golongan as stored ("III/a", PPPK "IX", "" when not recorded); None when unknown."""
        text = self.golongan.currentText().strip()
        found = self.golongan.findText(text)
        if found >= 0:
            return str(self.golongan.itemData(found))
        if not text:
            return ""
        try:
            if self.status_value() is nip.EmployeeStatus.PNS:
                return pangkat.parse_golongan(text).code
            return pangkat.parse_pppk_golongan(text)
        except SkpError:
            return None

    def set_position(self, position_id: str | None) -> None:
        self._position_id = position_id
        self._position_jenjang = self._positions().jenjang_of(position_id) if position_id else ""
        self._show_position()
        self.validate()

    def position_id(self) -> str | None:
        return self._position_id

    def _show_position(self) -> None:
        if not self._position_id:
            self.position_label.setText(_span(self.tr("No position"), "#5b6b78"))
            self.clear_position.setEnabled(False)
            return
        self.clear_position.setEnabled(True)
        employee = self._employee
        if employee and employee.position and employee.position.id == self._position_id:
            p = employee.position
            title, level, unit = jabatan_title(p.title, p.jenjang), _level(p.jenjang), p.unit_name
        else:
            described = self._positions().describe(self._position_id)
            title, level, unit = described if described else (self._position_id, "", "")
        self.position_label.setText(
            f"<b>{html.escape(title)}</b><br>"
            f'<span style="color:#5b6b78">{html.escape(level)} · {html.escape(unit)}</span>'
        )

    def pick_position(self) -> None:
        picker = PositionPicker(
            self, self._positions(), self.tr("Choose a position"), current=self._position_id
        )
        if picker.exec() == QDialog.DialogCode.Accepted:
            self.set_position(picker.chosen_id())

    # -- checking while typing -------------------------------------------------------------------

    def validate(self) -> bool:
        status = self.status_value()
        blocking: list[str] = []
        notes: list[tuple[str, str]] = []
        problems = nip.nip_problems(self.nip.text(), status, today=self._today)
        for problem in problems:
            what, _todo = message_for(problem)
            if nip.is_blocking(problem):
                blocking.append(what)
                notes.append((ERROR_COLOR, "✕ " + what))
            else:
                notes.append((WARNING_COLOR, "⚠ " + what))
        digits = nip.normalize_nip(self.nip.text())
        own = self._employee.nip if self._employee else None
        if not any(nip.is_blocking(p) for p in problems):
            if digits != own and self._nip_taken(digits):
                what, _todo = message_for(SkpError(Code.DUPLICATE_NIP, nip=nip.format_nip(digits)))
                blocking.append(what)
                notes.append((ERROR_COLOR, "✕ " + what))
            else:
                parsed = nip.parse_nip(digits, status)
                notes.append((OK_COLOR, "✓ " + self._decoded(parsed)))
        self.nip_notes.setText(_lines(notes))

        if not self.name.text().strip():
            text = self.tr("The name is empty.")
            blocking.append(text)
            self.name_note.setText(_lines([(ERROR_COLOR, "✕ " + text)]))
        else:
            self.name_note.setText("")
        self.name_note.setVisible(bool(self.name_note.text()))

        rank: list[tuple[str, str]] = []
        code = self.golongan_code()
        if code is None:
            what, todo = message_for(
                SkpError(Code.UNKNOWN_GOLONGAN, value=self.golongan.currentText().strip())
            )
            blocking.append(what)
            rank.append((ERROR_COLOR, f"✕ {what} {todo}"))
        elif code and status is nip.EmployeeStatus.PNS and self._position_jenjang:
            # SKP-REFERENCE R-AK: a JF jenjang has a pangkat range; outside it is worth a look.
            try:
                level = jabatan.Jenjang(self._position_jenjang)
            except ValueError:
                level = None
            if level is not None and not jabatan.golongan_fits_jenjang(code, level):
                row = jabatan.jenjang_jf(level)
                rank.append(
                    (
                        WARNING_COLOR,
                        "⚠ "
                        + self.tr(
                            "Golongan {golongan} is outside the range of {jenjang} ({low} to {high})."
                        ).format(
                            golongan=code,
                            jenjang=jabatan.label(level),
                            low=row.golongan_awal if row else "",
                            high=row.golongan_akhir if row else "",
                        ),
                    )
                )
        self.rank_notes.setText(_lines(rank))
        self.rank_notes.setVisible(bool(rank))
        self.blocking = blocking
        self.save_button.setEnabled(not blocking)
        self.save_button.setToolTip("\n".join(blocking))
        return not blocking

    def _decoded(self, parsed: nip.ParsedNip) -> str:
        born = format_date(parsed.birth_date)
        gender = self.tr("male") if parsed.gender is nip.Gender.LAKI_LAKI else self.tr("female")
        if parsed.appointment_month is not None:
            tmt = f"{month_name(parsed.appointment_month)} {parsed.appointment_year}"
            return self.tr("Born {born}, TMT CPNS {tmt}, {gender}").format(born=born, tmt=tmt, gender=gender)
        return self.tr("Born {born}, first PPPK appointment {year}, {gender}").format(
            born=born, year=parsed.appointment_year, gender=gender
        )

    # -- saving ----------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The fields as the service takes them (NIP as digits, golongan as its code)."""
        digits = nip.normalize_nip(self.nip.text())
        values: dict[str, Any] = {
            "nip": digits,
            "status": self.status_value().value,
            "name": self.name.text().strip(),
            "gelar_depan": self.gelar_depan.text().strip(),
            "gelar_belakang": self.gelar_belakang.text().strip(),
            "golongan": self.golongan_code() or "",
            "position_id": self._position_id,
            "email": self.email.text().strip(),
            "phone": self.phone.text().strip(),
        }
        if self._employee is not None and digits != self._employee.nip and len(digits) == nip.NIP_DIGITS:
            gender = nip.GENDER_BY_DIGIT.get(digits[14])
            if gender is not None:
                values["gender"] = gender.value  # digit 15 of the new NIP (R-NIP)
        return values

    def save(self) -> None:
        if not self.validate():
            return
        try:
            self._save(self.values())
        except SkpError as err:
            self.show_refusal(err)
            return
        self.accept()


def _level(jenjang: str) -> str:
    try:
        level = jabatan.Jenjang(jenjang)
    except ValueError:
        return jenjang
    return f"{jabatan.label(level)} · {jabatan.jenis_of(level).value.upper()}"


# -- units -----------------------------------------------------------------------------------------


class RenameUnitDialog(_Form):
    def __init__(self, parent: QWidget | None, name: str, save: Callable[[str], None]) -> None:
        super().__init__(parent, self.tr("Rename unit"), self.tr("Rename"))
        self._old = name
        self._save = save
        form = QFormLayout()
        self.name = QLineEdit(name)
        self.name.selectAll()
        form.addRow(self.tr("New name"), self.name)
        self.note = note_label()
        form.addRow("", self.note)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.name.textChanged.connect(self.validate)
        self.validate()

    def validate(self) -> bool:
        text = self.name.text().strip()
        problem = ""
        if not text:
            problem = self.tr("The name is empty.")
        self.note.setText(_lines([(ERROR_COLOR, "✕ " + problem)]) if problem else "")
        self.note.setVisible(bool(problem))
        ok = bool(text) and text != self._old
        self.save_button.setEnabled(ok)
        return ok

    def save(self) -> None:
        if not self.validate():
            return
        try:
            self._save(self.name.text().strip())
        except SkpError as err:
            self.show_refusal(err)
            return
        self.accept()


# SKP-REFERENCE R-ORG [P]: the kinds a unit may take, named as in the regions (the same words in
# both languages).
UNIT_KIND_LABELS = {
    "instansi": "Instansi",
    "opd": "OPD",
    "bidang": "Bidang",
    "subbidang": "Sub-bidang",
    "upt": "UPT",
    "kecamatan": "Kecamatan",
    "kelurahan": "Kelurahan",
    "tim": "Tim",
}

# The kind a new unit usually takes under a unit of each kind.
_CHILD_KIND = {"instansi": "opd", "opd": "bidang", "bidang": "subbidang", "kecamatan": "kelurahan"}


def unit_kind_label(kind: str) -> str:
    return UNIT_KIND_LABELS.get(kind, kind)


class UnitDialog(_Form):
    """A new unit under ``parent_name``: name, kind, short name, unit kerja mandiri (R-ORG)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        parent_name: str,
        parent_kind: str,
        save: Callable[[dict[str, Any]], None],
    ) -> None:
        super().__init__(parent, self.tr("New unit"), self.tr("Add unit"))
        self._save = save
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.parent_label = note_label()
        self.parent_label.setText(html.escape(parent_name))
        form.addRow(self.tr("Under"), self.parent_label)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Bidang Perencanaan dan Evaluasi"))
        form.addRow(self.tr("Name"), self.name)
        self.note = note_label()
        form.addRow("", self.note)
        self.kind = QComboBox()
        for kind in UNIT_KINDS:
            self.kind.addItem(unit_kind_label(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(_CHILD_KIND.get(parent_kind, "bidang"))))
        form.addRow(self.tr("Kind"), self.kind)
        self.short_name = QLineEdit()
        self.short_name.setPlaceholderText(self.tr("e.g. BKPSDM (optional)"))
        self.short_name.setMaxLength(60)
        form.addRow(self.tr("Short name"), self.short_name)
        self.mandiri = QCheckBox(self.tr("Unit kerja mandiri"))
        self.mandiri.setToolTip(self.tr("The head of a unit kerja mandiri is rated with the JPT form."))
        form.addRow("", self.mandiri)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.name.textChanged.connect(lambda _t: self.validate())
        self.validate()

    def validate(self) -> bool:
        problem = "" if self.name.text().strip() else self.tr("The name is empty.")
        self.note.setText(_lines([(ERROR_COLOR, "✕ " + problem)]) if problem else "")
        self.note.setVisible(bool(problem))
        self.save_button.setEnabled(not problem)
        return not problem

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "kind": str(self.kind.currentData()),
            "short_name": self.short_name.text().strip(),
            "mandiri": self.mandiri.isChecked(),
        }

    def save(self) -> None:
        if not self.validate():
            return
        try:
            self._save(self.values())
        except SkpError as err:
            self.show_refusal(err)
            return
        self.accept()


class PositionDialog(_Form):
    """A new position in a unit, or an edit of one: title, jenjang, kepala unit, atasan position.

    ``save(values)`` gets the fields (title, jenjang, is_head, atasan_position_id) and raises
    ``SkpError`` to refuse; the refusal is shown here and the form stays open."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        unit_name: str,
        describe_position: Callable[[str], str],
        pick_position: Callable[[QWidget, str | None], str | None],
        save: Callable[[dict[str, Any]], None],
        position: PositionRow | None = None,
        atasan_position_id: str | None = None,
    ) -> None:
        super().__init__(
            parent,
            self.tr("Edit position") if position else self.tr("New position"),
            self.tr("Save") if position else self.tr("Add position"),
        )
        self._describe = describe_position
        self._pick = pick_position
        self._save = save
        self._position = position
        self.atasan_id = position.atasan_position_id if position else atasan_position_id
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.unit_label = note_label()
        self.unit_label.setText(html.escape(position.unit_name if position else unit_name))
        form.addRow(self.tr("Unit"), self.unit_label)
        self.title = QLineEdit(position.title if position else "")
        self.title.setPlaceholderText(self.tr("e.g. Kepala Bidang Perencanaan, Analis Kepegawaian"))
        form.addRow(self.tr("Title"), self.title)
        self.title_note = note_label()
        form.addRow("", self.title_note)
        self.jenjang = QComboBox()
        for level in jabatan.Jenjang:
            self.jenjang.addItem(
                f"{jabatan.label(level)} · {jabatan.jenis_of(level).value.upper()}", level.value
            )
        current = position.jenjang if position else jabatan.Jenjang.PELAKSANA.value
        self.jenjang.setCurrentIndex(max(0, self.jenjang.findData(current)))
        form.addRow(self.tr("Jenjang"), self.jenjang)
        self.is_head = QCheckBox(self.tr("Kepala unit (heads this unit)"))
        self.is_head.setChecked(bool(position and position.is_head))
        form.addRow("", self.is_head)
        atasan = QHBoxLayout()
        self.atasan_label = note_label()
        self.atasan_label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.choose_atasan = QPushButton(self.tr("Choose…"))
        self.clear_atasan = QPushButton(self.tr("No atasan"))
        atasan.addWidget(self.atasan_label, 1)
        atasan.addWidget(self.choose_atasan)
        atasan.addWidget(self.clear_atasan)
        form.addRow(self.tr("Atasan position"), atasan)
        self.atasan_note = note_label()
        form.addRow("", self.atasan_note)
        self.layout_.addLayout(form)
        hint = QLabel(
            self.tr(
                "Whoever holds the atasan position (or acts in it as Plt/Plh) is the pejabat "
                "penilai of this position's holder."
            )
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        self.layout_.addWidget(hint)
        self.finish_layout()
        self.title.textChanged.connect(lambda _t: self.validate())
        self.choose_atasan.clicked.connect(self.pick_atasan)
        self.clear_atasan.clicked.connect(lambda: self.set_atasan(None))
        self._show_atasan()
        self.validate()

    def set_atasan(self, position_id: str | None) -> None:
        self.atasan_id = position_id
        self._show_atasan()
        self.validate()

    def pick_atasan(self) -> None:
        chosen = self._pick(self, self.atasan_id)
        if chosen:
            self.set_atasan(chosen)

    def _show_atasan(self) -> None:
        self.clear_atasan.setEnabled(self.atasan_id is not None)
        if self.atasan_id is None:
            self.atasan_label.setText(_span(self.tr("No atasan position"), "#5b6b78"))
        else:
            self.atasan_label.setText(html.escape(self._describe(self.atasan_id)))

    def validate(self) -> bool:
        problems: list[str] = []
        if not self.title.text().strip():
            problems.append(self.tr("The title is empty."))
        self.title_note.setText(_lines([(ERROR_COLOR, "✕ " + p) for p in problems]))
        self.title_note.setVisible(bool(problems))
        atasan_problem = ""
        if self._position is not None and self.atasan_id == self._position.id:
            atasan_problem = self.tr("A position cannot be its own atasan.")
        self.atasan_note.setText(_lines([(ERROR_COLOR, "✕ " + atasan_problem)]) if atasan_problem else "")
        self.atasan_note.setVisible(bool(atasan_problem))
        blocking = problems + ([atasan_problem] if atasan_problem else [])
        self.save_button.setEnabled(not blocking)
        self.save_button.setToolTip("\n".join(blocking))
        return not blocking

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text().strip(),
            "jenjang": str(self.jenjang.currentData()),
            "is_head": self.is_head.isChecked(),
            "atasan_position_id": self.atasan_id,
        }

    def save(self) -> None:
        if not self.validate():
            return
        try:
            self._save(self.values())
        except SkpError as err:
            self.show_refusal(err)
            return
        self.accept()


# -- Plt / Plh -------------------------------------------------------------------------------------


class ActingDialog(_Form):
    """A Plt (pelaksana tugas) or Plh (pelaksana harian) assignment: who, where, from when."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        today: dt.date,
        describe_employee: Callable[[str], str],
        describe_position: Callable[[str], str],
        pick_employee: Callable[[QWidget], str | None],
        pick_position: Callable[[QWidget, str | None], str | None],
        save: Callable[[dict[str, Any]], None],
        employee_id: str | None = None,
        position_id: str | None = None,
    ) -> None:
        super().__init__(parent, self.tr("Plt/Plh assignment"), self.tr("Assign"))
        self._describe_employee = describe_employee
        self._describe_position = describe_position
        self._pick_employee = pick_employee
        self._pick_position = pick_position
        self._save = save
        self.employee_id = employee_id
        self.position_id = position_id
        intro = QLabel(
            self.tr(
                "A Plt (pelaksana tugas) fills a vacant position; a Plh (pelaksana harian) stands in "
                "while the holder is away. The person acts as atasan of that position's staff."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        self.layout_.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        who = QHBoxLayout()
        self.employee_label = note_label()
        self.employee_label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.choose_employee = QPushButton(self.tr("Choose…"))
        who.addWidget(self.employee_label, 1)
        who.addWidget(self.choose_employee)
        form.addRow(self.tr("Employee"), who)
        where = QHBoxLayout()
        self.position_label = note_label()
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.choose_position = QPushButton(self.tr("Choose…"))
        where.addWidget(self.position_label, 1)
        where.addWidget(self.choose_position)
        form.addRow(self.tr("Position"), where)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Plt — pelaksana tugas (vacant position)"), "plt")
        self.kind.addItem(self.tr("Plh — pelaksana harian (holder away)"), "plh")
        form.addRow(self.tr("Kind"), self.kind)
        self.start = QDateEdit(_qdate(today))
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d MMMM yyyy")
        form.addRow(self.tr("From"), self.start)
        until = QHBoxLayout()
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.end = QDateEdit(_qdate(today))
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("d MMMM yyyy")
        self.end.setEnabled(False)
        until.addWidget(self.has_end)
        until.addWidget(self.end)
        until.addStretch(1)
        form.addRow(self.tr("Until"), until)
        self.decree = QLineEdit()
        self.decree.setPlaceholderText(self.tr("e.g. 800/123/BKPSDM/2026"))
        form.addRow(self.tr("Nomor SK"), self.decree)
        self.note = note_label()
        form.addRow("", self.note)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.choose_employee.clicked.connect(self._choose_employee)
        self.choose_position.clicked.connect(self._choose_position)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.has_end.toggled.connect(lambda _on: self.validate())
        self.start.dateChanged.connect(lambda _d: self.validate())
        self.end.dateChanged.connect(lambda _d: self.validate())
        self._show()
        self.validate()

    def _show(self) -> None:
        none = _span(self.tr("not chosen"), "#5b6b78")
        self.employee_label.setText(
            html.escape(self._describe_employee(self.employee_id)) if self.employee_id else none
        )
        self.position_label.setText(
            html.escape(self._describe_position(self.position_id)) if self.position_id else none
        )

    def _choose_employee(self) -> None:
        chosen = self._pick_employee(self)
        if chosen:
            self.employee_id = chosen
            self._show()
            self.validate()

    def _choose_position(self) -> None:
        chosen = self._pick_position(self, self.position_id)
        if chosen:
            self.position_id = chosen
            self._show()
            self.validate()

    def start_date(self) -> dt.date:
        return _pydate(self.start.date())

    def end_date(self) -> dt.date | None:
        return _pydate(self.end.date()) if self.has_end.isChecked() else None

    def validate(self) -> bool:
        problems: list[str] = []
        if not self.employee_id:
            problems.append(self.tr("Choose the employee who acts."))
        if not self.position_id:
            problems.append(self.tr("Choose the position they act in."))
        end = self.end_date()
        if end is not None and end < self.start_date():
            problems.append(
                self.tr("The end date ({end}) is before the start date ({start}).").format(
                    end=format_date(end), start=format_date(self.start_date())
                )
            )
        self.note.setText(_lines([(ERROR_COLOR, "✕ " + p) for p in problems]))
        self.note.setVisible(bool(problems))
        self.save_button.setEnabled(not problems)
        return not problems

    def values(self) -> dict[str, Any]:
        return {
            "employee_id": self.employee_id,
            "position_id": self.position_id,
            "kind": str(self.kind.currentData()),
            "start": self.start_date(),
            "end": self.end_date(),
            "decree": self.decree.text().strip(),
        }

    def save(self) -> None:
        if not self.validate():
            return
        try:
            self._save(self.values())
        except SkpError as err:
            self.show_refusal(err)
            return
        self.accept()


class EndActingDialog(_Form):
    """Set the last day of one of a person's Plt/Plh assignments."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        today: dt.date,
        assignments: Sequence[ActingRow],
        save: Callable[[ActingRow, dt.date], None],
    ) -> None:
        super().__init__(parent, self.tr("End acting assignment"), self.tr("End assignment"))
        self._rows = list(assignments)
        self._save = save
        form = QFormLayout()
        self.which = QComboBox()
        for a in self._rows:
            self.which.addItem(
                self.tr("{kind} {title} ({unit}) since {start}").format(
                    kind=a.kind.capitalize(),
                    title=a.position_title,
                    unit=a.unit_name,
                    start=format_date(a.start),
                )
            )
        form.addRow(self.tr("Assignment"), self.which)
        self.end = QDateEdit(_qdate(today))
        self.end.setCalendarPopup(True)
        self.end.setDisplayFormat("d MMMM yyyy")
        form.addRow(self.tr("Last day"), self.end)
        self.note = note_label()
        form.addRow("", self.note)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.which.currentIndexChanged.connect(lambda _i: self.validate())
        self.end.dateChanged.connect(lambda _d: self.validate())
        self.validate()

    def chosen(self) -> ActingRow | None:
        row = self.which.currentIndex()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def end_date(self) -> dt.date:
        return _pydate(self.end.date())

    def validate(self) -> bool:
        chosen = self.chosen()
        problem = ""
        if chosen is None:
            problem = self.tr("This person has no acting assignment to end.")
        elif self.end_date() < chosen.start:
            problem = self.tr("The last day ({end}) is before the assignment started ({start}).").format(
                end=format_date(self.end_date()), start=format_date(chosen.start)
            )
        self.note.setText(_lines([(ERROR_COLOR, "✕ " + problem)]) if problem else "")
        self.note.setVisible(bool(problem))
        self.save_button.setEnabled(not problem)
        return not problem

    def save(self) -> None:
        chosen = self.chosen()
        if chosen is None or not self.validate():
            return
        try:
            self._save(chosen, self.end_date())
        except SkpError as err:
            self.show_refusal(err)
            return
        self.accept()


# -- roles ---------------------------------------------------------------------------------------


class RolesDialog(QDialog):
    """The roles granted to one person: revoke one, or grant another (each an undoable edit)."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        name: str,
        load: Callable[[], Sequence[GrantRow]],
        grant: Callable[[str, str | None, str], None],
        revoke: Callable[[GrantRow], None],
        pick_unit: Callable[[QWidget], str | None],
        describe_unit: Callable[[str], str],
        roles: Sequence[tuple[str, str]],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Roles of {name}").format(name=name))
        self.setMinimumWidth(620)
        self._load = load
        self._grant = grant
        self._revoke = revoke
        self._pick_unit = pick_unit
        self._describe_unit = describe_unit
        self._labels = dict(roles)
        self._rows: list[GrantRow] = []
        self.scope_id: str | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every employee is a pegawai, and the atasan role follows from the positions. "
                "The roles below are granted, for a unit and what lies below it or for the whole instansi."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setMinimumHeight(120)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addStretch(1)
        self.revoke_button = QPushButton(icon("delete"), self.tr("Revoke"))
        row.addWidget(self.revoke_button)
        layout.addLayout(row)
        title = QLabel(self.tr("Grant a role"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        form = QFormLayout()
        self.role = QComboBox()
        for value, label in roles:
            self.role.addItem(label, value)
        form.addRow(self.tr("Role"), self.role)
        scope = QHBoxLayout()
        self.scope_label = note_label()
        self.scope_label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.choose_unit = QPushButton(self.tr("Choose unit…"))
        self.whole = QPushButton(self.tr("Whole instansi"))
        scope.addWidget(self.scope_label, 1)
        scope.addWidget(self.choose_unit)
        scope.addWidget(self.whole)
        form.addRow(self.tr("Applies to"), scope)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. SK Kepala BKPSDM 800/12/2026"))
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner.setProperty("level", "error")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 6, 10, 6)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        banner_layout.addWidget(self.banner_text, 1)
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        buttons = QDialogButtonBox()
        self.grant_button = QPushButton(icon("add"), self.tr("Grant"))
        self.grant_button.setProperty("primary", True)
        close = QPushButton(self.tr("Close"))
        buttons.addButton(self.grant_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.grant_button.clicked.connect(self.grant)
        self.revoke_button.clicked.connect(self.revoke)
        self.choose_unit.clicked.connect(self._choose_unit)
        self.whole.clicked.connect(lambda: self.set_scope(None))
        self.list.currentRowChanged.connect(lambda _r: self._update())
        self.set_scope(None)
        self.reload()

    def reload(self) -> None:
        self._rows = list(self._load())
        self.list.clear()
        for g in self._rows:
            scope = g.unit_name or self.tr("the whole instansi")
            self.list.addItem(f"{self._labels.get(g.role, g.role)} — {scope}")
        if not self._rows:
            self.list.addItem(self.tr("No role granted."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._update()

    def set_scope(self, unit_id: str | None) -> None:
        self.scope_id = unit_id
        self.scope_label.setText(
            html.escape(self._describe_unit(unit_id))
            if unit_id
            else html.escape(self.tr("The whole instansi"))
        )
        self.whole.setEnabled(unit_id is not None)

    def _choose_unit(self) -> None:
        chosen = self._pick_unit(self)
        if chosen:
            self.set_scope(chosen)

    def chosen_grant(self) -> GrantRow | None:
        row = self.list.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _update(self) -> None:
        self.revoke_button.setEnabled(self.chosen_grant() is not None)

    def _refused(self, err: SkpError) -> None:
        what, todo = message_for(err)
        self.banner_text.setText(f"<b>{html.escape(what)}</b><br>{html.escape(todo)}")
        self.banner.setVisible(True)

    def grant(self) -> None:
        try:
            self._grant(str(self.role.currentData()), self.scope_id, self.note.text().strip())
        except SkpError as err:
            self._refused(err)
            return
        self.banner.setVisible(False)
        self.note.clear()
        self.reload()

    def revoke(self) -> None:
        chosen = self.chosen_grant()
        if chosen is None:
            return
        try:
            self._revoke(chosen)
        except SkpError as err:
            self._refused(err)
            return
        self.banner.setVisible(False)
        self.reload()


# -- small helpers shared with the page ----------------------------------------------------------


def setup_table(view: QTableView) -> None:
    """A long read-only list: whole rows, fixed row height (no per-row measuring), no grid."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 12)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def employee_columns(view: QTableView) -> None:
    """NIP and golongan as wide as their text; name, position and unit share the rest."""
    view.ensurePolished()
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in (EmployeeTableModel.NAME, EmployeeTableModel.JABATAN, EmployeeTableModel.UNIT):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(EmployeeTableModel.NIP, QHeaderView.ResizeMode.Fixed)
    header.setSectionResizeMode(EmployeeTableModel.GOLONGAN, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(EmployeeTableModel.NIP, metrics.horizontalAdvance("19680411 199303 1 009") + 34)
    header.resizeSection(EmployeeTableModel.GOLONGAN, metrics.horizontalAdvance("IV/e") + 44)


def down_moves_to(search: QLineEdit, view: QAbstractItemView) -> None:
    """Down arrow in a search field moves into the list (keyboard-only use)."""
    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Down), search)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    def go() -> None:
        view.setFocus()
        if not view.currentIndex().isValid() and view.model().rowCount(QModelIndex()) > 0:
            view.setCurrentIndex(view.model().index(0, 0))

    shortcut.activated.connect(go)


def refusal_words(err: SkpError) -> tuple[str, str]:
    """What was refused and what to do, in clear words for the refusals of this screen."""
    params = err.params
    reason = params.get("reason")
    if err.code is Code.RECORD_INVALID:
        if params.get("field") == "org_unit" and reason == "not-empty":
            return (
                QCoreApplication.translate(
                    "OrgRefusal", "This unit still has {positions} position(s) and {units} sub-unit(s)."
                ).format(positions=params.get("positions", 0), units=params.get("units", 0)),
                QCoreApplication.translate(
                    "OrgRefusal",
                    "Delete or move its positions and sub-units first, then delete the unit. "
                    "Nothing was changed.",
                ),
            )
        if params.get("field") == "position" and reason == "held":
            return (
                QCoreApplication.translate(
                    "OrgRefusal",
                    "Someone holds this position ({holders} holder(s), {acting} Plt/Plh).",
                ).format(holders=params.get("holders", 0), acting=params.get("acting", 0)),
                QCoreApplication.translate(
                    "OrgRefusal",
                    "Move its holders to another position and end the Plt/Plh assignments first. "
                    "Nothing was changed.",
                ),
            )
        if params.get("field") == "position" and reason == "atasan-of":
            return (
                QCoreApplication.translate(
                    "OrgRefusal", "{positions} other position(s) have this position as their atasan."
                ).format(positions=params.get("positions", 0)),
                QCoreApplication.translate(
                    "OrgRefusal", "Give them another atasan position first. Nothing was changed."
                ),
            )
        if params.get("field") == "atasan_position_id" and reason == "cycle":
            return (
                QCoreApplication.translate(
                    "OrgRefusal",
                    "That atasan position reports, directly or further up, to this position itself.",
                ),
                QCoreApplication.translate(
                    "OrgRefusal", "Choose a position higher up, or no atasan. Nothing was changed."
                ),
            )
    return message_for(err)


def show_refusal(parent: QWidget | None, err: SkpError) -> None:
    """The error dialog, with the clear words of ``refusal_words``."""
    what, todo = refusal_words(err)
    details = "\n".join(f"{k}: {v}" for k, v in sorted(err.params.items()))
    dialog = ErrorDialog(parent, what, todo, err.code.value, details)
    if QApplication.platformName() == "offscreen" and getattr(sys, "_skpdesk_no_modal", False):
        dialog.show()  # tests look at it without blocking
        return
    dialog.exec()


def _span(text: str, colour: str) -> str:
    """Muted inline text for rich labels (the translated text stays a plain tr() argument)."""
    return f'<span style="color:{colour}">{html.escape(text)}</span>'
