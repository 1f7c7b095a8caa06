"""Who is at the keyboard: choose a person from the employees and one of their roles.

The roles offered are exactly ``Workspace.role_choices`` (pegawai always, atasan from the
organisation, the rest granted); ``Workspace.sign_in`` checks again, so a choice that went stale
is refused inline and the dialog stays open. Choosing a person is not a password: the computer's
own account protects the workspace folder.

A shared facilitator laptop switches quickly: the last people who signed in on this machine for
this workspace are offered at the top ("Recently"), and the last one is signed in again at start
(``restore_actor``) while their role still holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QIcon, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skpdesk.domain.errors import SkpError
from skpdesk.domain.nip import format_nip
from skpdesk.domain.roles import GRANTED_ROLES, Role
from skpdesk.formatting import format_count
from skpdesk.messages import message_for
from skpdesk.services.access import Actor, RoleChoice
from skpdesk.services.people import PeopleService, PersonRow
from skpdesk.services.workspace import Workspace
from skpdesk.ui import prefs
from skpdesk.ui.areas import role_label

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
MAX_RECENT_PEOPLE = 5
SETUP = PersonRow("", "", "", "", "")  # the set-up entry: BKPSDM pusat before any role is granted
_LARGE = 5000  # above this many people, searching waits for a pause in typing


def _icon(name: str) -> QIcon:
    path = ICONS / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


# -- what each role can do, in one line (domain.roles.ROLE_ACTIONS in words) ------------------------

_ROLE_SUMMARY: dict[Role, object] = {
    Role.PEGAWAI: QT_TRANSLATE_NOOP(
        "SignIn", "Draft your own SKP, record your progress, give feedback to colleagues, file a keberatan."
    ),
    Role.ATASAN: QT_TRANSLATE_NOOP(
        "SignIn", "Approve and rate your staff's SKP, give atasan feedback, set your unit's predikat."
    ),
    Role.PENGELOLA: QT_TRANSLATE_NOOP(
        "SignIn",
        "Review SKP, draft plans for others, keep the organisation, periods and goals, exchange bundles.",
    ),
    Role.FASILITATOR: QT_TRANSLATE_NOOP(
        "SignIn", "Coaching clinic: draft SKP together with employees, edit cascading and goals."
    ),
    Role.SUBBAGIAN: QT_TRANSLATE_NOOP(
        "SignIn", "Keep the organisation and goals, nominate, review SKP, exchange bundles with the centre."
    ),
    Role.PUSAT: QT_TRANSLATE_NOOP(
        "SignIn",
        "Everything except approving, rating and atasan feedback: grant roles, set the instansi details.",
    ),
}


def role_summary(role: Role) -> str:
    return QCoreApplication.translate("SignIn", str(_ROLE_SUMMARY[role]))


def scope_text(choice: RoleChoice) -> str:
    """Where a granted role applies: "In Dinas Kesehatan", "The whole instansi"; "" for pegawai/atasan."""
    if choice.scope_unit_id:
        return QCoreApplication.translate("SignIn", "In {unit} and its units").format(
            unit=choice.scope_name or choice.scope_unit_id
        )
    if choice.role in GRANTED_ROLES:
        return QCoreApplication.translate("SignIn", "The whole instansi")
    return ""


def choice_text(choice: RoleChoice) -> str:
    """ "Pengelola kinerja — In Dinas Kesehatan and its units": the role and where it applies."""
    scope = scope_text(choice)
    return f"{role_label(choice.role)} — {scope}" if scope else role_label(choice.role)


# -- remembering who signed in on this machine (QSettings, per workspace node) ----------------------


def recent_people(node_id: str) -> prefs.Option[list[str]]:
    """The last people who signed in to this workspace on this machine, newest first."""
    return prefs.Option(f"users/{node_id}/recent", [])


def encode_actor(actor: Actor) -> str:
    return f"{actor.employee_id or ''}|{actor.role.value}|{actor.scope_unit_id or ''}"


def decode_actor(text: str) -> tuple[str | None, Role, str | None] | None:
    """``"employee_id|role|scope"`` → (employee_id or None, role, scope or None); None if unreadable."""
    parts = text.split("|")
    if len(parts) != 3:
        return None
    employee_id, role_text, scope = parts
    try:
        role = Role(role_text)
    except ValueError:
        return None
    return employee_id or None, role, scope or None


def remember_actor(ws: Workspace, settings: QSettings, actor: Actor) -> None:
    """Sign this person in again next time, and put them first in "Recently"."""
    if actor.system:
        return
    node_id = ws.store.node.node_id
    encoded = encode_actor(actor)
    prefs.user_key(node_id).set(settings, encoded)
    option = recent_people(node_id)
    others = [e for e in option.get(settings) if (decode_actor(e) or (None,))[0] != actor.employee_id]
    option.set(settings, [encoded, *others][:MAX_RECENT_PEOPLE])


def forget_actor(ws: Workspace, settings: QSettings) -> None:
    """Ask who is at the keyboard next time (the "Recently" list stays)."""
    prefs.user_key(ws.store.node.node_id).set(settings, "")


def restore_actor(ws: Workspace, settings: QSettings) -> Actor | None:
    """Sign the remembered person in again if they still hold that role in that scope, else None.

    On success ``ws.access.actor`` is set (as ``Workspace.sign_in`` does); nothing changes otherwise.
    """
    remembered = decode_actor(prefs.user_key(ws.store.node.node_id).get(settings))
    if remembered is None:
        return None
    employee_id, role, scope = remembered
    try:
        held = ws.role_choices(employee_id)
        if not any(c.role is role and c.scope_unit_id == scope for c in held):
            return None  # the grant was revoked or moved: ask again rather than guess
        return ws.sign_in(employee_id, role, scope)
    except SkpError:
        return None  # the employee was deleted since


# -- the people list --------------------------------------------------------------------------------


class PeopleModel(QAbstractTableModel):
    """Employees (and optionally the set-up entry first), filtered by words typed in any column."""

    NAME, NIP, JABATAN, UNIT = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []
        self._haystacks: list[str] = []
        self._shown: list[int] = []
        self._setup = False
        self._query = ""
        self._setup_label = ""

    # -- content ---------------------------------------------------------------------------------

    def set_people(self, rows: Sequence[PersonRow], *, setup_entry: bool = False) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._haystacks = [
            f"{r.name} {r.nip} {format_nip(r.nip)} {r.jabatan} {r.unit} {r.opd}".casefold()
            for r in self._rows
        ]
        self._setup = setup_entry
        self._setup_label = QCoreApplication.translate("SignIn", "Set up this workspace (BKPSDM pusat)")
        self._shown = list(range(len(self._rows)))
        self._query = ""
        self.endResetModel()

    def set_query(self, text: str) -> None:
        """Keep the rows that contain every typed word (name, NIP with or without spaces, jabatan,
        unit, OPD); the set-up entry always stays."""
        query = " ".join(text.casefold().split())
        if query == self._query:
            return
        words = query.split()
        # Typing on narrows what is shown already; anything else starts from everyone.
        pool = self._shown if self._query and query.startswith(self._query) else range(len(self._rows))
        hay = self._haystacks
        self.beginResetModel()
        self._shown = [i for i in pool if all(w in hay[i] for w in words)]
        self._query = query
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._rows)

    @property
    def matches(self) -> int:
        return len(self._shown)

    @property
    def has_setup(self) -> bool:
        return self._setup

    def person(self, row: int) -> PersonRow | None:
        """The person on a row (``SETUP`` for the set-up entry), None outside the list."""
        if self._setup:
            if row == 0:
                return SETUP
            row -= 1
        if 0 <= row < len(self._shown):
            return self._rows[self._shown[row]]
        return None

    def row_of(self, employee_id: str | None) -> int:
        """The row showing this employee (None: the set-up entry), -1 when it is filtered out."""
        if employee_id is None:
            return 0 if self._setup else -1
        offset = 1 if self._setup else 0
        for row, index in enumerate(self._shown):
            if self._rows[index].id == employee_id:
                return row + offset
        return -1

    def find(self, employee_id: str) -> PersonRow | None:
        return next((r for r in self._rows if r.id == employee_id), None)

    # -- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._shown) + (1 if self._setup else 0)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid():
            return None
        person = self.person(index.row())
        if person is None:
            return None
        column = index.column()
        if person is SETUP:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._setup_label if column == self.NAME else ""
            if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
                return _icon("settings")
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.NAME:
                return person.name
            if column == self.NIP:
                return format_nip(person.nip)
            if column == self.JABATAN:
                return person.jabatan
            if column == self.UNIT:
                if person.opd and person.opd != person.unit:
                    return f"{person.unit} · {person.opd}"
                return person.unit
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("SignIn", "Name"),
            QCoreApplication.translate("SignIn", "NIP"),
            QCoreApplication.translate("SignIn", "Jabatan"),
            QCoreApplication.translate("SignIn", "Unit"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PeoplePicker(QWidget):
    """A search field over a table of employees: type to narrow, Up/Down to move, Enter to choose.

    The table does not take Tab focus: Up/Down/PageUp/PageDown typed in the search field move its
    selection, so Tab goes on to whatever follows the picker.
    """

    person_changed = Signal(object)  # PersonRow | None (SETUP for the set-up entry)
    activated = Signal(object)  # PersonRow: double-click on a row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PeopleModel(self)
        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(_icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setPlaceholderText(self.tr("Type a name, NIP, jabatan or unit…"))
        self.search.installEventFilter(self)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(PeopleModel.NAME, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PeopleModel.NIP, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(PeopleModel.JABATAN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PeopleModel.UNIT, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(PeopleModel.NAME, 215)
        self.table.ensurePolished()  # the stylesheet's font decides how wide an 18-digit NIP is
        nip_width = self.table.fontMetrics().horizontalAdvance("88888888 888888 8 888")
        header.resizeSection(PeopleModel.NIP, nip_width + 30)  # + item padding and text margins
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.doubleClicked.connect(self._on_double_click)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._on_text)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def set_people(self, rows: Sequence[PersonRow], *, setup_entry: bool = False) -> None:
        self.model.set_people(rows, setup_entry=setup_entry)
        self._apply_search()

    def _span_setup_row(self) -> None:
        self.table.clearSpans()
        if self.model.has_setup:
            self.table.setSpan(0, 0, 1, self.model.columnCount())  # the set-up entry reads across

    def current(self) -> PersonRow | None:
        index = self.table.currentIndex()
        return self.model.person(index.row()) if index.isValid() else None

    def select_employee(self, employee_id: str | None) -> bool:
        """Select a person (None: the set-up entry); clears the search if it hides them."""
        row = self.model.row_of(employee_id)
        if row < 0 and self.search.text():
            self.search.clear()
            self._apply_search()
            row = self.model.row_of(employee_id)
        if row < 0:
            return False
        self._select_row(row, center=True)
        return True

    def _select_row(self, row: int, *, center: bool = False) -> None:
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        hint = QAbstractItemView.ScrollHint
        self.table.scrollTo(index, hint.PositionAtCenter if center else hint.EnsureVisible)

    def _on_text(self, _text: str) -> None:
        if self.model.total > _LARGE:
            self._timer.start()  # a big instansi: wait for a pause in typing
        else:
            self._apply_search()

    def _apply_search(self) -> None:
        self._timer.stop()
        before = self.current()
        self.model.set_query(self.search.text())
        self._span_setup_row()
        total, shown = self.model.total, self.model.matches
        if self.search.text().strip():
            self.count.setText(
                self.tr("{shown} of {total}").format(shown=format_count(shown), total=format_count(total))
            )
        else:
            self.count.setText(self.tr("{total} employees").format(total=format_count(total)))
        row = -1
        if before is not None:
            row = self.model.row_of(None if before is SETUP else before.id)
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self._select_row(row)
        else:
            self.person_changed.emit(None)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.person_changed.emit(self.model.person(current.row()) if current.isValid() else None)

    def _on_double_click(self, index: QModelIndex) -> None:
        person = self.model.person(index.row())
        if person is not None:
            self.activated.emit(person)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            rows = self.model.rowCount()
            if rows == 0:
                return False
            step = {
                Qt.Key.Key_Down: 1,
                Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 10,
                Qt.Key.Key_PageUp: -10,
            }.get(Qt.Key(event.key()))
            if step is not None:
                current = self.table.currentIndex().row()
                self._select_row(max(0, min(rows - 1, (current if current >= 0 else -1) + step)))
                return True
        return super().eventFilter(watched, event)


# -- the dialog -------------------------------------------------------------------------------------


class SignInDialog(QDialog):
    """ "Who are you?": a person, then one of their roles. ``actor`` holds the result.

    ``settings`` (QSettings) feeds "Recently"; the caller remembers the result with
    ``remember_actor`` after ``exec()`` returns Accepted.
    """

    def __init__(
        self,
        ws: Workspace,
        parent: QWidget | None = None,
        current: Actor | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ws = ws
        self.actor: Actor | None = None
        self.settings = settings if settings is not None else prefs.open_settings()
        self._choices: list[RoleChoice] = []
        self._preferred: dict[str | None, tuple[Role, str | None]] = {}
        self.setObjectName("signInDialog")
        self.setWindowTitle(self.tr("Who are you? — SKP Desk"))
        self.setWindowIcon(_icon("app"))
        self.setMinimumSize(900, 560)
        self.resize(1180, 680)

        people = getattr(ws, "people", None) or PeopleService(ws.store, ws.access)
        rows = people.directory()
        setup_available = any(c.role is Role.PUSAT for c in ws.role_choices(None))

        title = QLabel(self.tr("Who are you?"))
        title.setObjectName("pageTitle")
        subtitle = QLabel(
            self.tr(
                "Choose your name, then the role you are working in now. "
                "You can switch person or role at any time (Ctrl+Shift+U)."
            )
        )
        subtitle.setObjectName("pageSubtitle")
        subtitle.setWordWrap(True)

        self.recent_row = self._recent_row(rows, setup_available)  # quick switch on a shared laptop

        if rows:
            setup_text = self.tr(
                "No roles have been granted in this workspace yet. Choose “Set up this workspace” to "
                "act as the BKPSDM central office: add the organisation and employees, then grant "
                "roles in Settings → Roles."
            )
        else:
            setup_text = self.tr(
                "This workspace has no employees yet. Choose “Set up this workspace” to act as the "
                "BKPSDM central office and add the organisation and employees."
            )
        self.setup_banner, _setup_label = _banner("info", setup_text)
        self.setup_banner.setVisible(setup_available)

        self.picker = PeoplePicker()
        self.picker.set_people(rows, setup_entry=setup_available)
        self.picker.person_changed.connect(self._on_person)
        self.picker.activated.connect(lambda _person: self.accept())

        self.role_panel = self._role_panel()

        middle = QHBoxLayout()
        middle.setSpacing(12)
        middle.addWidget(self.picker, 1)
        middle.addWidget(self.role_panel)

        self.error_banner, self.error_text = _banner("error", "")  # refusals; the dialog stays open
        self.error_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_banner.setVisible(False)

        note = QLabel(
            self.tr("Choosing a name is not a password: protect this computer with your own account.")
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setProperty("primary", True)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(note, 1)
        buttons.addSpacing(12)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.sign_in_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addWidget(self.recent_row)
        layout.addWidget(self.setup_banner)
        layout.addLayout(middle, 1)
        layout.addWidget(self.error_banner)
        layout.addLayout(buttons)

        # Start on the current person (switching role) or the most recent one.
        if current is not None and not current.system:
            self._preferred[current.employee_id] = (current.role, current.scope_unit_id)
            self.picker.select_employee(current.employee_id)
        elif self.recent_buttons:
            first = decode_actor(recent_people(ws.store.node.node_id).get(self.settings)[0])
            if first is not None:
                self.picker.select_employee(first[0])
        elif not rows and setup_available:
            self.picker.select_employee(None)
        self._on_person(self.picker.current())
        self.picker.search.installEventFilter(self)
        self.picker.search.setFocus()

    def _recent_row(self, rows: Sequence[PersonRow], setup_available: bool) -> QWidget:
        """Up to five buttons for the people who signed in here last (Alt+1 … Alt+5)."""
        self.recent_buttons: list[QPushButton] = []
        row = QWidget()
        recent_layout = QHBoxLayout(row)
        recent_layout.setContentsMargins(0, 0, 0, 0)
        recent_layout.setSpacing(6)
        recent_title = QLabel(self.tr("Recently on this computer:"))
        recent_title.setObjectName("muted")
        recent_layout.addWidget(recent_title)
        by_id = {r.id: r for r in rows}
        for entry in recent_people(self.ws.store.node.node_id).get(self.settings):
            decoded = decode_actor(entry)
            if decoded is None or len(self.recent_buttons) >= MAX_RECENT_PEOPLE:
                continue
            employee_id, role, scope = decoded
            person = by_id.get(employee_id) if employee_id else None
            if employee_id is None and not setup_available:
                continue
            if employee_id is not None and person is None:
                continue  # deleted or inactive since
            self._preferred.setdefault(employee_id, (role, scope))
            name = person.name if person else self.tr("Set-up (BKPSDM pusat)")
            button = QPushButton(f"{name}\n{role_label(role)}")
            button.setObjectName("recentPerson")
            button.setIcon(_icon("user"))
            number = len(self.recent_buttons) + 1
            button.setToolTip(self.tr("Alt+{number}").format(number=number))
            button.setAutoDefault(False)
            button.setMaximumWidth(230)
            button.clicked.connect(lambda _c=False, e=employee_id: self.choose_recent(e))
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.activated.connect(lambda e=employee_id: self.choose_recent(e))
            recent_layout.addWidget(button)
            self.recent_buttons.append(button)
        recent_layout.addStretch(1)
        row.setVisible(bool(self.recent_buttons))
        return row

    def _role_panel(self) -> QFrame:
        """The chosen person (name, NIP, jabatan, unit) and their roles as radio buttons."""
        frame = QFrame()
        frame.setObjectName("card")
        frame.setFixedWidth(320)
        panel = QVBoxLayout(frame)
        panel.setContentsMargins(14, 12, 14, 12)
        panel.setSpacing(6)
        self.person_name = QLabel()
        self.person_name.setObjectName("sectionTitle")
        self.person_name.setWordWrap(True)
        self.person_detail = QLabel()
        self.person_detail.setObjectName("muted")
        self.person_detail.setWordWrap(True)
        roles_title = QLabel(self.tr("Sign in as"))
        roles_title.setObjectName("sectionTitle")
        self.roles_scroll = QScrollArea()
        self.roles_scroll.setWidgetResizable(True)
        self.roles_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.roles_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.roles_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.roles_scroll.setStyleSheet("QScrollArea { background: transparent; }")
        self.role_group = QButtonGroup(self)
        self.role_group.setExclusive(True)
        panel.addWidget(self.person_name)
        panel.addWidget(self.person_detail)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setStyleSheet("color: #e3e9ed;")
        panel.addWidget(rule)
        panel.addWidget(roles_title)
        panel.addWidget(self.roles_scroll, 1)
        return frame

    # -- choosing --------------------------------------------------------------------------------

    def role_choices(self) -> list[RoleChoice]:
        """The roles offered for the chosen person (what the radio buttons show)."""
        return list(self._choices)

    def role_buttons(self) -> list[QRadioButton]:
        return [b for b in self.role_group.buttons() if isinstance(b, QRadioButton)]

    def selected_choice(self) -> RoleChoice | None:
        checked = self.role_group.checkedId()
        return self._choices[checked] if 0 <= checked < len(self._choices) else None

    def choose_recent(self, employee_id: str | None) -> None:
        """Quick switch: pick a recent person and their last role; Enter then signs in."""
        if self.picker.select_employee(employee_id):
            preferred = self._preferred.get(employee_id)
            if preferred is not None:
                self.select_role(*preferred)
            self.sign_in_button.setFocus()

    def select_role(self, role: Role, scope_unit_id: str | None = None) -> bool:
        """Check the role (in that scope if offered, else in its first scope); False if not offered."""
        exact = [
            n for n, c in enumerate(self._choices) if c.role is role and c.scope_unit_id == scope_unit_id
        ]
        loose = [n for n, c in enumerate(self._choices) if c.role is role]
        for number in exact or loose:
            self.role_group.button(number).setChecked(True)
            return True
        return False

    def _on_person(self, person: PersonRow | None) -> None:
        self.error_banner.setVisible(False)
        for button in self.role_group.buttons():
            self.role_group.removeButton(button)
        box = QWidget()
        box.setObjectName("roleChoices")
        box.setStyleSheet("QWidget#roleChoices { background: transparent; }")
        roles_layout = QVBoxLayout(box)
        roles_layout.setContentsMargins(0, 0, 4, 0)
        roles_layout.setSpacing(2)
        self._choices = []
        if person is None:
            self.roles_scroll.setWidget(box)  # the previous choices are deleted with their box
            self.person_name.setText(self.tr("Nobody chosen"))
            self.person_detail.setText(self.tr("Choose a name in the list."))
            self.sign_in_button.setEnabled(False)
            return
        employee_id = None if person is SETUP else person.id
        if person is SETUP:
            self.person_name.setText(self.tr("Set up this workspace"))
            self.person_detail.setText(
                self.tr("For the BKPSDM central office, until the first roles are granted.")
            )
        else:
            self.person_name.setText(person.name)
            details = [format_nip(person.nip), person.jabatan, person.unit]
            if person.opd and person.opd != person.unit:
                details.append(person.opd)
            self.person_detail.setText("\n".join(d for d in details if d))
        try:
            self._choices = self.ws.role_choices(employee_id)
        except SkpError as err:
            self._show_error(err)
            self._choices = []
        for number, choice in enumerate(self._choices):
            button = QRadioButton(role_label(choice.role))
            button.setObjectName(f"role-{choice.role.value}")
            button.setToolTip(choice_text(choice))
            self.role_group.addButton(button, number)
            roles_layout.addWidget(button)
            scope = scope_text(choice)
            if scope:
                where = QLabel(scope)
                where.setWordWrap(True)
                where.setContentsMargins(22, 0, 0, 0)
                roles_layout.addWidget(where)
            explain = QLabel(role_summary(choice.role))
            explain.setObjectName("muted")
            explain.setWordWrap(True)
            explain.setContentsMargins(22, 0, 0, 8)
            roles_layout.addWidget(explain)
            button.installEventFilter(self)  # Tab leaves the roles (arrows move between them)
        roles_layout.addStretch(1)
        # Filled first, then set: widgets added to a box already on screen would stay hidden.
        self.roles_scroll.setWidget(box)  # the previous choices are deleted with their box
        box.show()
        preferred = self._preferred.get(employee_id)
        if not (preferred and self.select_role(*preferred)) and self._choices:
            self.role_group.button(0).setChecked(True)
        self.sign_in_button.setEnabled(bool(self._choices))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keyboard path: search —Tab→ the chosen role —Tab→ Cancel, Sign in; Shift+Tab goes back.
        The table is moved with Up/Down from the search; the roles with the arrow keys."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            forward = key == Qt.Key.Key_Tab and modifiers == Qt.KeyboardModifier.NoModifier
            backward = key == Qt.Key.Key_Backtab
            target: QWidget | None = None
            if watched is self.picker.search and forward:
                target = self.role_group.checkedButton() or self.sign_in_button
            elif watched in self.role_group.buttons() and forward:
                target = self.cancel_button
            elif watched in self.role_group.buttons() and backward:
                target = self.picker.search
            if target is not None:
                target.setFocus(
                    Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
                )
                return True
        return super().eventFilter(watched, event)

    # -- signing in ------------------------------------------------------------------------------

    def accept(self) -> None:
        """Sign in as the chosen person and role; a refusal is shown inline and the dialog stays."""
        person = self.picker.current()
        choice = self.selected_choice()
        if person is None or choice is None:
            return
        employee_id = None if person is SETUP else person.id
        try:
            self.actor = self.ws.sign_in(employee_id, choice.role, choice.scope_unit_id)
        except SkpError as err:
            self._show_error(err)
            return
        super().accept()

    def _show_error(self, err: SkpError) -> None:
        what, todo = message_for(err)
        self.error_text.setText(f"<b>{_escape(what)}</b><br>{_escape(todo)}")
        self.error_banner.setVisible(True)


def _banner(level: str, text: str) -> tuple[QFrame, QLabel]:
    """A QFrame#banner (info / warning / error) with its icon and a word-wrapped text."""
    frame = QFrame()
    frame.setObjectName("banner")
    frame.setProperty("level", level)
    row = QHBoxLayout(frame)
    row.setContentsMargins(10, 8, 10, 8)
    icon = QLabel()
    icon.setPixmap(_icon(level if level in ("error", "warning") else "info").pixmap(20, 20))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    label = QLabel(text)
    label.setWordWrap(True)
    row.addWidget(icon)
    row.addWidget(label, 1)
    return frame, label


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
