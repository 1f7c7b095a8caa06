"""The rating list: one row per plan, a column per evaluation period with its predikat (R-MATRIX),
and a filter proxy for the search box and the "show" choice."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from skpdesk.domain.plan import PlanStatus
from skpdesk.domain.predikat import label, predikat_rank
from skpdesk.services.rating import REL_OWN, STATUS_FINAL, RatingList, RatingListRow
from skpdesk.ui.overview.base import plan_status_label
from skpdesk.ui.rating.text import (
    PREDIKAT_COLOURS,
    PREDIKAT_SHORT,
    periode_name,
    short_periode,
    status_text,
)

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
PLAN_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERIODE_ROLE = Qt.ItemDataRole.UserRole + 2  # the period code of a period column
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
ROW_ROLE = Qt.ItemDataRole.UserRole + 4  # the RatingListRow

# the "show" filter
SHOW_ALL = "all"
SHOW_DUE = "due"  # an ended period left to rate (or only a draft)
SHOW_DRAFT = "draft"
SHOW_NOT_SET = "not-set"  # the plan is not ditetapkan yet
SHOW_KEBERATAN = "keberatan"  # a keberatan waits for a decision
SHOW_OWN = "own"
SHOW_CHOICES = (SHOW_ALL, SHOW_DUE, SHOW_DRAFT, SHOW_NOT_SET, SHOW_KEBERATAN, SHOW_OWN)
MUTED = "#6b7780"
DUE_COLOUR = "#9a6700"


def legend() -> str:
    """The key to the list's short predikat (R-MATRIX), under the list."""
    keys = " · ".join(f"{short} {label(value)}" for value, short in PREDIKAT_SHORT.items())
    return translate("RatingList", "{keys}; ✎ draft; — ended, not rated yet.").format(keys=keys)


def show_label(choice: str) -> str:
    words = {
        SHOW_ALL: translate("RatingList", "All plans"),
        SHOW_DUE: translate("RatingList", "Left to rate"),
        SHOW_DRAFT: translate("RatingList", "With a draft rating"),
        SHOW_NOT_SET: translate("RatingList", "Not ditetapkan yet"),
        SHOW_KEBERATAN: translate("RatingList", "Keberatan waiting"),
        SHOW_OWN: translate("RatingList", "My own plan"),
    }
    return words[choice]


class RatingListModel(QAbstractTableModel):
    NAME, JABATAN, STATUS = 0, 1, 2
    FIXED = 3  # the period columns follow, then "to do"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.listing: RatingList | None = None
        self.rows: list[RatingListRow] = []
        self.codes: list[str] = []

    def set_list(self, listing: RatingList) -> None:
        self.beginResetModel()
        self.listing = listing
        self.rows = list(listing.rows)
        self.codes = [p.code for p in listing.periods]
        self.endResetModel()

    # -- shape -----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIXED + len(self.codes) + 1

    @property
    def todo_column(self) -> int:
        return self.FIXED + len(self.codes)

    def periode_of(self, column: int) -> str | None:
        if self.FIXED <= column < self.todo_column:
            return self.codes[column - self.FIXED]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        code = self.periode_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.NAME:
                return translate("RatingList", "Name")
            if section == self.JABATAN:
                return translate("RatingList", "Jabatan")
            if section == self.STATUS:
                return translate("RatingList", "SKP")
            if code is not None:
                return short_periode(code)
            return translate("RatingList", "To do")
        if role == Qt.ItemDataRole.ToolTipRole and code is not None:
            return periode_name(code)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- cells -----------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == PLAN_ID_ROLE:
            return row.plan_id
        if role == ROW_ROLE:
            return row
        code = self.periode_of(column)
        if role == PERIODE_ROLE:
            return code
        if code is not None:
            return self._period_cell(row, code, role)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.NAME:
                if row.relation == REL_OWN:
                    return translate("RatingList", "{name} (you)").format(name=row.name)
                return row.name
            if column == self.JABATAN:
                return row.jabatan
            if column == self.STATUS:
                return plan_status_label(row.plan_status)
            return self._todo(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME:
                return translate("RatingList", "{name}\nNIP {nip}\n{jabatan}\n{unit}").format(
                    name=row.name, nip=row.nip, jabatan=row.jabatan, unit=row.unit
                )
            if column == self.JABATAN:
                return f"{row.jabatan}\n{row.unit}" if row.unit else row.jabatan
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.STATUS and row.plan_status != PlanStatus.DITETAPKAN.value:
                return QBrush(QColor(MUTED))
            if column == self.todo_column and (row.due or row.keberatan_pending):
                return QBrush(QColor(DUE_COLOUR))
        return None

    def _todo(self, row: RatingListRow) -> str:
        parts = []
        if row.keberatan_pending:
            parts.append(translate("RatingList", "keberatan waiting"))
        if row.relation != REL_OWN and row.due:
            parts.append(
                translate("RatingList", "rate {periods}").format(
                    periods=", ".join(short_periode(code) for code in row.due)
                )
            )
        return "; ".join(parts)

    def _period_cell(self, row: RatingListRow, code: str, role: int) -> Any:
        rating = row.ratings.get(code)
        outside = code not in row.periodes
        ended = code in row.ended
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if rating is not None and rating.predikat is not None:
                text = PREDIKAT_SHORT[rating.predikat]
                if role == SORT_ROLE:
                    return f"{predikat_rank(rating.predikat)}{0 if rating.status == STATUS_FINAL else 1}"
                if rating.status != STATUS_FINAL:
                    return f"{text} ✎"
                return text
            if outside:
                return "–"
            if ended and row.plan_status == PlanStatus.DITETAPKAN.value:
                return "—" if role == Qt.ItemDataRole.DisplayRole else "9"
            return ""
        if role == Qt.ItemDataRole.ToolTipRole:
            name = periode_name(code)
            if rating is not None and rating.predikat is not None:
                return translate("RatingList", "{periode}: {predikat}, {status}").format(
                    periode=name, predikat=label(rating.predikat), status=status_text(rating.status)
                )
            if outside:
                return translate("RatingList", "{periode}: outside this plan's dates").format(periode=name)
            if not ended:
                return translate("RatingList", "{periode}: not ended yet").format(periode=name)
            return translate("RatingList", "{periode}: not rated yet").format(periode=name)
        if role == Qt.ItemDataRole.ForegroundRole:
            if rating is not None and rating.predikat is not None:
                return QBrush(QColor(PREDIKAT_COLOURS[rating.predikat]))
            if ended and not outside and row.plan_status == PlanStatus.DITETAPKAN.value:
                return QBrush(QColor(DUE_COLOUR))
            return QBrush(QColor(MUTED))
        if role == Qt.ItemDataRole.FontRole and rating is not None and rating.status != STATUS_FINAL:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # -- lookups ---------------------------------------------------------------------------------

    def row_of(self, plan_id: str) -> int:
        for n, row in enumerate(self.rows):
            if row.plan_id == plan_id:
                return n
        return -1

    def column_of(self, code: str) -> int:
        return self.FIXED + self.codes.index(code) if code in self.codes else -1


class RatingFilter(QSortFilterProxyModel):
    """Search (name, NIP, jabatan, unit) and the "show" choice."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._words: list[str] = []
        self._show = SHOW_ALL

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show(self, choice: str) -> None:
        self.beginFilterChange()
        self._show = choice
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RatingListModel)
        row = model.rows[source_row]
        if self._words:
            haystack = f"{row.name} {row.nip} {row.jabatan} {row.unit}".casefold()
            if not all(word in haystack for word in self._words):
                return False
        show = self._show
        if show == SHOW_DUE:
            return row.relation != REL_OWN and bool(row.due)
        if show == SHOW_DRAFT:
            return any(r.status != STATUS_FINAL for r in row.ratings.values())
        if show == SHOW_NOT_SET:
            return row.plan_status != PlanStatus.DITETAPKAN.value
        if show == SHOW_KEBERATAN:
            return row.keberatan_pending > 0
        if show == SHOW_OWN:
            return row.relation == REL_OWN
        return True
