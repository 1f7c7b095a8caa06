"""All employees in one compact index, and the table models that search it as people type.

STYLE.md section 4: a long table holds ids and a few display strings, not ORM objects. The index is
plain Python (no Qt), so it can be built off the GUI thread; the models only choose which of its
rows are visible. Search is case-insensitive, every word must match somewhere in the row (NIP,
name with gelar, golongan, jabatan, unit and the units above it); digits typed with spaces
("19850312 200901") are matched against the NIP as one number. A query that extends the previous
one is searched within the previous result, which keeps each keystroke well under 50 ms on
50,000 employees (benchmarks/ui_search.py).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from skpdesk.domain import jabatan
from skpdesk.domain.nip import format_nip
from skpdesk.services.org import EmployeeIndexRow, Holder, PositionIndexRow, PositionRow

ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex

_SEPARATORS = str.maketrans("", "", " .-")


@dataclass(frozen=True)
class UnitText:
    """How an employee's unit is shown ("Sekretariat · BKPSDM") and searched (its whole path)."""

    label: str
    search: str
    path: str = ""  # for tool tips: "Dinas Pendidikan › Sekretariat"


def name_with_gelar(depan: str, name: str, belakang: str) -> str:
    """ "Dr. Slamet Haryanto, S.H., M.H." — gelar depan before, gelar belakang after a comma."""
    text = f"{depan.strip()} {name.strip()}".strip()
    return f"{text}, {belakang.strip()}" if belakang.strip() else text


def jabatan_title(title: str, jenjang: str) -> str:
    """A jabatan fungsional is named with its jenjang ("Perencana Ahli Pertama"); others as stored."""
    try:
        level = jabatan.Jenjang(jenjang)
    except ValueError:
        return title
    if jabatan.jenis_of(level) is not jabatan.JenisJabatan.JF:
        return title
    label = jabatan.label(level)
    if label.casefold() in title.casefold() or title.startswith("Kepala"):
        return title
    return f"{title} {label}"


def normalize_query(text: str) -> str:
    return " ".join(text.casefold().split())


class TextSearch:
    """Rows given as lower-case haystacks (and optional NIP digits), searched word by word.

    ``search`` returns row numbers in the order of ``candidates``. It remembers its last query and
    result, and searches only within that result when the new query extends it (same scope)."""

    def __init__(self, haystacks: list[str], digits: list[str] | None = None) -> None:
        self.haystacks = haystacks
        self.digits = digits
        self._last: tuple[str, str, object, list[int]] | None = None  # (query, mode, scope, result)

    def forget(self) -> None:
        self._last = None

    @staticmethod
    def mode_of(query: str) -> str:
        """ "nip" when several groups of digits were typed (a NIP with spaces), else "words"."""
        collapsed = query.translate(_SEPARATORS)
        return "nip" if collapsed.isdigit() and len(query.split()) > 1 else "words"

    def search(self, query: str, candidates: Sequence[int], scope: object = None) -> list[int]:
        query = normalize_query(query)
        if not query:
            self._last = None
            return list(candidates)
        mode = self.mode_of(query)
        base: Sequence[int] = candidates
        last = self._last
        if last is not None and last[2] == scope and last[1] == mode and query.startswith(last[0]):
            if query == last[0]:
                return list(last[3])
            base = last[3]  # every row matching the longer query matched the shorter one
        if mode == "nip" and self.digits is not None:
            collapsed = query.translate(_SEPARATORS)
            digits = self.digits
            result = [i for i in base if collapsed in digits[i]]
        else:
            hay = self.haystacks
            result = list(base)
            # The longest word first: it usually discards the most rows.
            for word in sorted(query.split(), key=len, reverse=True):
                result = [i for i in result if word in hay[i]]
                if not result:
                    break
        self._last = (query, mode, scope, result)
        return result


class EmployeeIndex:
    """Columns of every live employee (parallel lists), built once from ``OrgService.employee_index``.

    Plain Python: safe to build in a worker thread. Rows are addressed by their number here."""

    def __init__(self, rows: Iterable[EmployeeIndexRow], units: Mapping[str, UnitText]) -> None:
        self.ids: list[str] = []
        self.nips: list[str] = []
        self.statuses: list[str] = []
        self.names: list[str] = []  # with gelar
        self.golongan: list[str] = []
        self.position_ids: list[str | None] = []
        self.jabatan: list[str] = []
        self.jenjang: list[str] = []
        self.unit_ids: list[str | None] = []
        self.haystacks: list[str] = []
        self.row_of: dict[str, int] = {}
        self._units = units
        for row in rows:
            self._append(row)
        self.search = TextSearch(self.haystacks, self.nips)

    def __len__(self) -> int:
        return len(self.ids)

    def _hay(self, i: int) -> str:
        unit = self._units.get(self.unit_ids[i] or "")
        status = " pppk" if self.statuses[i] == "pppk" else ""
        return (
            f"{self.nips[i]} {self.names[i]} {self.golongan[i]} {self.jabatan[i]} "
            f"{unit.search if unit else ''}{status}"
        ).casefold()

    def _set(self, i: int, row: EmployeeIndexRow) -> None:
        (_id, nip, status, name, depan, belakang, golongan, position_id, title, jenjang, unit_id) = row
        self.nips[i] = nip
        self.statuses[i] = status
        self.names[i] = name_with_gelar(depan, name, belakang)
        self.golongan[i] = golongan
        self.position_ids[i] = position_id
        self.jabatan[i] = jabatan_title(title, jenjang)
        self.jenjang[i] = jenjang
        self.unit_ids[i] = unit_id
        self.haystacks[i] = self._hay(i)

    def _append(self, row: EmployeeIndexRow) -> int:
        i = len(self.ids)
        self.row_of[row[0]] = i
        self.ids.append(row[0])
        for column in (self.nips, self.statuses, self.names, self.golongan, self.jabatan, self.jenjang):
            column.append("")
        self.position_ids.append(None)
        self.unit_ids.append(None)
        self.haystacks.append("")
        self._set(i, row)
        return i

    def unit_label(self, i: int) -> str:
        unit = self._units.get(self.unit_ids[i] or "")
        return unit.label if unit else ""

    def unit_path(self, i: int) -> str:
        unit = self._units.get(self.unit_ids[i] or "")
        return unit.path if unit else ""

    # -- keeping up with edits without a reload --------------------------------------------------

    def apply(self, rows: Iterable[EmployeeIndexRow], removed: Collection[str]) -> tuple[set[int], bool]:
        """Update changed rows, append new ones, and drop ``removed`` ids (compacting the lists).

        Returns (row numbers changed in place, whether rows were added or removed)."""
        changed: set[int] = set()
        reshaped = False
        for row in rows:
            i = self.row_of.get(row[0])
            if i is None:
                self._append(row)
                reshaped = True
            else:
                self._set(i, row)
                changed.add(i)
        gone = {self.row_of[r] for r in removed if r in self.row_of}
        if gone:
            keep = [i for i in range(len(self.ids)) if i not in gone]
            for column in (
                self.ids,
                self.nips,
                self.statuses,
                self.names,
                self.golongan,
                self.position_ids,
                self.jabatan,
                self.jenjang,
                self.unit_ids,
                self.haystacks,
            ):
                column[:] = [column[i] for i in keep]  # type: ignore[misc]
            self.row_of = {record_id: n for n, record_id in enumerate(self.ids)}
            changed = set()
            reshaped = True
        self.search = TextSearch(self.haystacks, self.nips)
        return changed, reshaped

    def set_units(self, units: Mapping[str, UnitText]) -> None:
        """Units were renamed or moved: the unit words of every row are rebuilt (no reload)."""
        self._units = units
        for i in range(len(self.ids)):
            self.haystacks[i] = self._hay(i)
        self.search = TextSearch(self.haystacks, self.nips)


class ReadOnlyTable(QAbstractTableModel):
    """What the read-only tables of this module share: translated headers, selectable rows."""

    _headers: Sequence[str] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class EmployeeTableModel(ReadOnlyTable):
    """The visible employees: the index filtered by the search text and the chosen unit subtree."""

    NIP, NAME, GOLONGAN, JABATAN, UNIT = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._index = EmployeeIndex([], {})
        self._order: list[int] = []  # every row number, in the sort order
        self._visible: list[int] = []
        self._query = ""
        self._scope: frozenset[str] | None = None
        self._scoped: list[int] | None = None  # _order limited to the scope (cached)
        self._token = 0  # changes whenever the candidate rows change (the search cache's key)
        self._sort = (self.NAME, Qt.SortOrder.AscendingOrder)
        self._headers = (
            self.tr("NIP"),
            self.tr("Name"),
            self.tr("Gol."),
            self.tr("Position"),
            self.tr("Unit"),
        )

    # -- data in -------------------------------------------------------------------------------

    @property
    def index_data(self) -> EmployeeIndex:
        return self._index

    def set_index(self, index: EmployeeIndex) -> None:
        self.beginResetModel()
        self._index = index
        self._order = self._sorted_order()
        self._candidates_changed()
        self._visible = self._filter()
        self.endResetModel()

    def _candidates_changed(self) -> None:
        self._scoped = None
        self._token += 1

    def apply_changes(self, rows: Iterable[EmployeeIndexRow], removed: Collection[str]) -> None:
        """A few employees changed: update them in place (or refilter when rows came or went)."""
        changed, reshaped = self._index.apply(rows, removed)
        if reshaped:
            self.set_index(self._index)
            return
        self._candidates_changed()
        visible = self._filter()
        if visible != self._visible:
            self.beginResetModel()
            self._visible = visible
            self.endResetModel()
            return
        rows_shown = [r for r, i in enumerate(self._visible) if i in changed]
        if rows_shown:
            self.dataChanged.emit(
                self.index(min(rows_shown), 0), self.index(max(rows_shown), self.columnCount() - 1)
            )

    def set_units(self, units: Mapping[str, UnitText]) -> None:
        self._index.set_units(units)
        self.set_index(self._index)

    # -- filtering -----------------------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, text: str) -> None:
        if normalize_query(text) == normalize_query(self._query):
            self._query = text
            return
        self._query = text
        self._refilter()

    def set_scope(self, unit_ids: frozenset[str] | None) -> None:
        """Only employees of these units (a subtree); None: everyone."""
        if unit_ids == self._scope:
            return
        self._scope = unit_ids
        self._candidates_changed()
        self._refilter()

    def _refilter(self) -> None:
        visible = self._filter()
        if visible == self._visible:
            return
        self.beginResetModel()
        self._visible = visible
        self.endResetModel()

    def _candidates(self) -> list[int]:
        if self._scope is None:
            return self._order
        if self._scoped is None:
            units = self._index.unit_ids
            scope = self._scope
            self._scoped = [i for i in self._order if units[i] in scope]
        return self._scoped

    def _filter(self) -> list[int]:
        return self._index.search.search(self._query, self._candidates(), self._token)

    # -- sorting -------------------------------------------------------------------------------

    def _sorted_order(self) -> list[int]:
        column, order = self._sort
        data = self._index
        n = len(data)
        keys: list[str]
        if column == self.NIP:
            keys = data.nips
        elif column == self.GOLONGAN:
            keys = data.golongan
        elif column == self.JABATAN:
            keys = [j.casefold() for j in data.jabatan]
        elif column == self.UNIT:
            keys = [data.unit_label(i).casefold() for i in range(n)]
        else:  # by the name itself, not the gelar depan
            keys = [name.casefold() for name in _plain_names(data)]
        return sorted(range(n), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers) or (column, order) == self._sort:
            return
        self.beginResetModel()
        self._sort = (column, order)
        self._order = self._sorted_order()
        self._candidates_changed()
        self._visible = self._filter()
        self.endResetModel()

    # -- reading back --------------------------------------------------------------------------

    def employee_id(self, row: int) -> str | None:
        if 0 <= row < len(self._visible):
            return self._index.ids[self._visible[row]]
        return None

    def row_of(self, employee_id: str) -> int | None:
        i = self._index.row_of.get(employee_id)
        if i is None:
            return None
        try:
            return self._visible.index(i)
        except ValueError:
            return None

    def visible_count(self) -> int:
        return len(self._visible)

    def total_count(self) -> int:
        return len(self._index)

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        i = self._visible[index.row()]
        data = self._index
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NIP:
                return format_nip(data.nips[i])
            if column == self.NAME:
                return data.names[i]
            if column == self.GOLONGAN:
                return data.golongan[i]
            if column == self.JABATAN:
                return data.jabatan[i]
            if column == self.UNIT:
                return data.unit_label(i)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.UNIT:
                return data.unit_path(i) or None
            if column in (self.NAME, self.JABATAN):
                return data.names[i] if column == self.NAME else data.jabatan[i]
            if column == self.GOLONGAN and data.statuses[i] == "pppk":
                return self.tr("PPPK golongan")
            return None
        if role == ID_ROLE:
            return data.ids[i]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.GOLONGAN:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def _plain_names(data: EmployeeIndex) -> list[str]:
    """Names for sorting: the gelar depan ("Dr.", "Ir.") moved out of the way."""
    out = []
    for n in data.names:
        head, _, rest = n.partition(" ")
        out.append(rest if head.endswith(".") and rest else n)
    return out


# -- positions ------------------------------------------------------------------------------------


class PositionIndex:
    """Every live position with its display strings and search words (plain Python, any thread)."""

    def __init__(self, rows: Sequence[PositionIndexRow], units: Mapping[str, UnitText]) -> None:
        self.rows = list(rows)
        self.units = units
        self.titles = [jabatan_title(r[1], r[2]) for r in self.rows]
        labels: dict[str, str] = {}
        self.levels = [labels.setdefault(r[2], _jenjang_label(r[2])) for r in self.rows]
        self.haystacks = [
            f"{self.titles[n]} {self.levels[n]} {_unit(units, r[3]).search} {r[5]}".casefold()
            for n, r in enumerate(self.rows)
        ]
        self.row_of = {r[0]: n for n, r in enumerate(self.rows)}


class PositionTableModel(ReadOnlyTable):
    """Positions for pickers: title with jenjang, jenis, unit and holder, searchable like employees."""

    TITLE, JENJANG, UNIT, HOLDER = range(4)

    def __init__(
        self,
        index: PositionIndex,
        parent: QObject | None = None,
        vacant_text: str = "",
    ) -> None:
        super().__init__(parent)
        self._index = index
        self._rows = index.rows
        self._units = index.units
        self._vacant = vacant_text or self.tr("vacant")
        self._titles = index.titles
        self._levels = index.levels
        self._search = TextSearch(index.haystacks)
        self._all = list(range(len(self._rows)))
        self._visible = self._all
        self._headers = (self.tr("Position"), self.tr("Type and level"), self.tr("Unit"), self.tr("Holder"))

    def set_query(self, text: str) -> None:
        visible = self._search.search(text, self._all)
        if visible == self._visible:
            return
        self.beginResetModel()
        self._visible = visible
        self.endResetModel()

    def position_id(self, row: int) -> str | None:
        if 0 <= row < len(self._visible):
            return self._rows[self._visible[row]][0]
        return None

    def row_of(self, position_id: str) -> int | None:
        n = self._index.row_of.get(position_id)
        if n is None:
            return None
        try:
            return self._visible.index(n)
        except ValueError:
            return None

    def describe(self, position_id: str) -> tuple[str, str, str] | None:
        """(title with jenjang, "Ahli Pertama · JF", unit label) of one position."""
        n = self._index.row_of.get(position_id)
        if n is None:
            return None
        return self._titles[n], self._levels[n], _unit(self._units, self._rows[n][3]).label

    def jenjang_of(self, position_id: str) -> str:
        n = self._index.row_of.get(position_id)
        return self._rows[n][2] if n is not None else ""

    def visible_count(self) -> int:
        return len(self._visible)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        n = self._visible[index.row()]
        row = self._rows[n]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TITLE:
                return self._titles[n]
            if column == self.JENJANG:
                return self._levels[n]
            if column == self.UNIT:
                return _unit(self._units, row[3]).label
            if column == self.HOLDER:
                if not row[6]:
                    return self._vacant
                return (
                    row[5]
                    if row[6] == 1
                    else self.tr("{name} and {more} more").format(name=row[5], more=row[6] - 1)
                )
        if role == Qt.ItemDataRole.ToolTipRole and column == self.UNIT:
            return _unit(self._units, row[3]).path or None
        if role == ID_ROLE:
            return row[0]
        return None


_NO_UNIT = UnitText("", "")


def _unit(units: Mapping[str, UnitText], unit_id: str | None) -> UnitText:
    return units.get(unit_id or "", _NO_UNIT)


def _jenjang_label(value: str) -> str:
    """ "Ahli Pertama · JF" (jenjang and jenis, R-JABATAN)."""
    try:
        level = jabatan.Jenjang(value)
    except ValueError:
        return value
    return f"{jabatan.label(level)} · {jabatan.jenis_of(level).value.upper()}"


class UnitPositionsModel(ReadOnlyTable):
    """The positions of a unit and the units below it, with their atasan position and who holds
    each (R-JABATAN)."""

    TITLE, JENJANG, UNIT, ATASAN, HOLDER = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PositionRow] = []
        self._units: Mapping[str, UnitText] = {}
        self._headers = (
            self.tr("Position"),
            self.tr("Type and level"),
            self.tr("Unit"),
            self.tr("Atasan position"),
            self.tr("Held by"),
        )

    def set_rows(self, rows: Sequence[PositionRow], units: Mapping[str, UnitText] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if units is not None:
            self._units = units
        self.endResetModel()

    def position(self, row: int) -> PositionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, position_id: str) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.id == position_id), None)

    def holders_text(self, holders: Sequence[Holder]) -> str:
        if not holders:
            return self.tr("vacant")
        parts = []
        for h in holders:
            if h.kind:
                parts.append(self.tr("{kind}. {name}").format(kind=h.kind.capitalize(), name=h.name))
            else:
                parts.append(h.name)
        return "; ".join(parts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.TITLE:
                return jabatan_title(row.title, row.jenjang)
            if column == self.JENJANG:
                return _jenjang_label(row.jenjang)
            if column == self.UNIT:
                unit = _unit(self._units, row.unit_id)
                if role == Qt.ItemDataRole.ToolTipRole:
                    return unit.path or row.unit_name
                return unit.label or row.unit_name
            if column == self.ATASAN:
                if not row.atasan_position_id:
                    return "—"
                return self.tr("{title} ({holder})").format(
                    title=row.atasan_title, holder=self.holders_text(row.atasan_holders)
                )
            if column == self.HOLDER:
                return self.holders_text(row.holders)
        if role == Qt.ItemDataRole.FontRole and column == self.TITLE and row.is_head:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.HOLDER and not row.holders:
            return QColor("#b3261e")
        if role == ID_ROLE:
            return row.id
        return None
