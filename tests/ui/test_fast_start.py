"""Start-up paints the window's frame first, then opens the workspace (issue "main window").

The frame comes from a read-only peek (no SQLAlchemy, no click before the first paint) and must
show what the full sign-in gives; the opening afterwards keeps every error of the normal path.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from skpdesk import __version__, paths
from skpdesk.__main__ import ENV_WORKSPACE, gui_workspace
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import Role
from skpdesk.models import peek as models_peek
from skpdesk.models import store
from skpdesk.models.base import SCHEMA_HEAD
from skpdesk.services.access import Actor
from skpdesk.services.peek import StartPreview, Wanted, holds, preview_start
from skpdesk.services.people import PeopleService
from skpdesk.services.workspace import Workspace
from skpdesk.ui import prefs
from skpdesk.ui.app import ENV_SIGN_IN, Controller, remembered, wanted_at_start
from skpdesk.ui.areas import AREAS
from skpdesk.ui.main_window import AREA_KEY_ROLE, MainWindow
from skpdesk.ui.ops import Ops
from skpdesk.ui.signin import decode_actor, encode_actor, remember_actor

DEMO_YEAR = 2026  # conftest builds the demo for 2026


@pytest.fixture
def folder(demo_folder: Path, tmp_path: Path) -> Path:
    target = tmp_path / "ws"
    shutil.copytree(demo_folder, target)
    return target


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def no_kiosk(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_SIGN_IN, raising=False)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[BaseException]]:
    """Errors the app shows in its error dialog (recorded instead of shown)."""
    errors: list[BaseException] = []
    monkeypatch.setattr("skpdesk.ui.errors.show_error", lambda _parent, err: errors.append(err))
    yield errors


def _grant(folder: Path, role: str) -> tuple[str, str, str, str | None]:
    """(employee id, NIP, name, scope) of someone granted ``role`` in the demo."""
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        grant = next(g for g in ws.org.role_grants() if g.role == role)
        person = next(p for p in PeopleService(ws.store, ws.access).directory() if p.id == grant.employee_id)
        actor = ws.sign_in(grant.employee_id, Role(role), grant.org_unit_id)
        return grant.employee_id, person.nip, actor.name, grant.org_unit_id


def _keys(window: MainWindow) -> list[str]:
    return [window.sidebar.item(r).data(AREA_KEY_ROLE) for r in range(window.sidebar.count())]


def _asking(query: models_peek.PersonQuery) -> Callable[[str], models_peek.PersonQuery]:
    return lambda _node_id: query


def _open_workspace(controller: Controller) -> Workspace | None:
    return controller.ws


def _placeholder(window: MainWindow) -> QWidget | None:
    return window.placeholder


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _set_revision(folder: Path, revision: str) -> None:
    con = sqlite3.connect(folder / store.DB_NAME)
    con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    con.commit()
    con.close()


# -- the peek ---------------------------------------------------------------------------------------


def test_the_peek_reads_name_role_and_year_without_writing(folder: Path) -> None:
    _employee_id, nip, name, _scope = _grant(folder, "pengelola")
    before = sorted(p.name for p in folder.iterdir())
    digest = _digest(folder / store.DB_NAME)
    preview = preview_start(
        folder, lambda _node: Wanted(Role.PENGELOLA, nip=nip, any_scope=True), this_year=DEMO_YEAR
    )
    assert preview == StartPreview(folder.resolve(), True, DEMO_YEAR, name, Role.PENGELOLA)
    # a NIP typed with separators is the same person (domain.nip.normalize_nip)
    spaced = f"{nip[:8]} {nip[8:14]}.{nip[14]}-{nip[15:]}"
    again = preview_start(folder, lambda _node: Wanted(Role.PEGAWAI, nip=spaced, any_scope=True))
    assert again.name == name and again.role is Role.PEGAWAI
    assert sorted(p.name for p in folder.iterdir()) == before  # no -wal/-shm left behind
    assert _digest(folder / store.DB_NAME) == digest


def test_the_peek_follows_the_period_rule_of_the_status_bar(folder: Path) -> None:
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        ws.access.clock = lambda: dt.date(2031, 5, 1)
        expected = ws.status().year
    preview = preview_start(folder, lambda _node: None, this_year=2031)
    assert preview.read and preview.year == expected and expected is not None
    assert preview.role is None and preview.name == ""  # nobody wanted: the neutral frame


def test_the_remembered_person_needs_the_same_role_and_scope(folder: Path) -> None:
    employee_id, _nip, name, scope = _grant(folder, "pengelola")
    assert scope is not None
    exact = preview_start(
        folder, lambda _n: Wanted(Role.PENGELOLA, employee_id=employee_id, scope_unit_id=scope)
    )
    assert exact.role is Role.PENGELOLA and exact.name == name
    other_scope = preview_start(
        folder, lambda _n: Wanted(Role.PENGELOLA, employee_id=employee_id, scope_unit_id="elsewhere")
    )
    assert other_scope.read and other_scope.role is None  # restore_actor would ask again
    not_held = preview_start(folder, lambda _n: Wanted(Role.PUSAT, employee_id=employee_id))
    assert not_held.role is None
    unknown = preview_start(folder, lambda _n: Wanted(Role.PEGAWAI, nip="199901012020011001"))
    assert unknown.read and unknown.role is None and unknown.year == DEMO_YEAR


def test_the_peek_gives_the_roles_the_sign_in_gives(folder: Path) -> None:
    """Every person and role of the demo: the peek's answer is ``Workspace.role_choices``'s
    (atasan, which follows from the organisation, is never claimed by the peek)."""
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        people = [p.id for p in PeopleService(ws.store, ws.access).directory()]
        units = sorted({g.org_unit_id for g in ws.org.role_grants() if g.org_unit_id})
        real = {eid: {(c.role, c.scope_unit_id) for c in ws.role_choices(eid)} for eid in people}
    assert len(people) > 20 and units
    checked = 0
    for eid, choices in real.items():
        facts = models_peek.peek_workspace(folder, _asking(models_peek.PersonQuery(employee_id=eid)))
        assert facts is not None and facts.person is not None and facts.person.employee_id == eid
        for role in Role:
            for scope in [None, *units]:
                expected = (role, scope) in choices and role is not Role.ATASAN
                assert holds(facts, Wanted(role, employee_id=eid, scope_unit_id=scope)) == expected
                checked += 1
            expected_any = any(r is role for r, _s in choices) and role is not Role.ATASAN
            assert holds(facts, Wanted(role, employee_id=eid, any_scope=True)) == expected_any
    assert checked > 100


def test_a_deleted_person_is_not_previewed(folder: Path) -> None:
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        granted = {g.employee_id for g in ws.org.role_grants()}
        victim = next(p.id for p in PeopleService(ws.store, ws.access).directory() if p.id not in granted)
        try:
            ws.org.delete_employee(victim)
        except SkpError:
            pytest.skip("the demo person cannot be deleted (still referenced)")
    preview = preview_start(folder, lambda _n: Wanted(Role.PEGAWAI, employee_id=victim))
    assert preview.read and preview.role is None


def test_a_fresh_workspace_offers_set_up_as_pusat(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "new", actor=Actor.workspace()):
        pass
    preview = preview_start(tmp_path / "new", lambda _n: Wanted(Role.PUSAT))
    assert preview.read and preview.role is Role.PUSAT and preview.name == "" and preview.year is None


@pytest.mark.parametrize("damage", ["missing", "empty", "garbage", "newer", "older", "no-table"])
def test_the_peek_gives_up_on_anything_unexpected(folder: Path, tmp_path: Path, damage: str) -> None:
    db = folder / store.DB_NAME
    target = folder
    if damage == "missing":
        target = tmp_path / "nowhere"
    elif damage == "empty":
        db.write_bytes(b"")
    elif damage == "garbage":
        db.write_bytes(b"this is not a database" * 100)
    elif damage == "newer":
        _set_revision(folder, "9999")
    elif damage == "older":
        _set_revision(folder, "0001")
    else:
        con = sqlite3.connect(db)
        con.execute("DROP TABLE role_grant")
        con.commit()
        con.close()
    preview = preview_start(target, lambda _n: Wanted(Role.PEGAWAI, nip="1"))
    assert preview == StartPreview(target.resolve())
    assert not (tmp_path / "nowhere").exists()


def test_the_peek_knows_the_current_schema() -> None:
    """A new schema revision must be checked against the peek's queries and listed there."""
    assert SCHEMA_HEAD in models_peek.PEEK_REVISIONS
    assert models_peek.DB_NAME == store.DB_NAME


# -- who start-up will sign in ----------------------------------------------------------------------


def test_remembered_reads_what_the_sign_in_remembers() -> None:
    for actor in (
        Actor("e-1", Role.PENGELOLA, "unit-9", "Sari"),
        Actor("e-2", Role.PEGAWAI, None, "Budi"),
        Actor(None, Role.PUSAT, None, ""),
    ):
        text = encode_actor(actor)
        decoded = decode_actor(text)
        wanted = remembered(text)
        assert decoded is not None and wanted is not None
        assert (wanted.employee_id, wanted.role, wanted.scope_unit_id) == decoded
        assert not wanted.any_scope and wanted.nip is None
    for bad in ("", "a|b", "e|boss|", "x|y|z|w"):
        assert remembered(bad) is None and decode_actor(bad) is None


def test_the_kiosk_variable_comes_first(
    settings: QSettings, monkeypatch: pytest.MonkeyPatch, no_kiosk: None
) -> None:
    prefs.user_key("node").set(settings, "e-1|pengelola|u-1")
    assert wanted_at_start(settings, "node") == Wanted(Role.PENGELOLA, employee_id="e-1", scope_unit_id="u-1")
    assert wanted_at_start(settings, "other node") is None
    monkeypatch.setenv(ENV_SIGN_IN, "1990:atasan")
    assert wanted_at_start(settings, "node") == Wanted(Role.ATASAN, nip="1990", any_scope=True)
    monkeypatch.setenv(ENV_SIGN_IN, "1990")
    assert wanted_at_start(settings, "node") == Wanted(Role.PEGAWAI, nip="1990", any_scope=True)
    monkeypatch.setenv(ENV_SIGN_IN, "1990:boss")
    assert wanted_at_start(settings, "node") is None  # the sign-in reports it; the frame stays neutral


# -- the frame, then the workspace ------------------------------------------------------------------


def test_the_frame_shows_the_kiosk_person_then_gets_the_real_beranda(
    qtbot: QtBot, qapp: QApplication, folder: Path, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _employee_id, nip, name, _scope = _grant(folder, "pengelola")
    monkeypatch.setenv(ENV_SIGN_IN, f"{nip}:pengelola")
    controller = Controller(qapp, settings)
    window = controller.start(str(folder))
    qtbot.addWidget(window)
    # the frame, before any event is processed: nothing of the workspace is open yet
    assert not window.attached and _open_workspace(controller) is None
    assert folder.name in window.windowTitle()
    assert name in window.status_person.text() and str(DEMO_YEAR) in window.status_period.text()
    assert window.placeholder is not None and window.stack.currentWidget() is window.placeholder
    assert window.opening_label.text()
    frame_keys = _keys(window)
    assert "sinkronisasi" in frame_keys and frame_keys[0] == "beranda"
    assert window.current_key() == "beranda"
    assert not window.backup_action.isEnabled() and not window.area_actions["beranda"].isEnabled()
    assert window.go("laporan") is None  # no screen is made before the workspace is open
    window.go("beranda")
    size = window.size()
    qtbot.waitUntil(lambda: window.attached, timeout=30000)
    # the same window, now with the workspace: same areas, same size, the real Beranda
    assert controller.window is window and controller.ws is not None
    assert _keys(window) == frame_keys == [a.key for a in window.offered_areas()]
    assert window.size() == size
    assert _placeholder(window) is None and window.stack.count() == 1
    page = window.current_page()
    assert page is not None and type(page).__name__ == "HomePage" and page.isVisible()
    assert name in window.status_person.text() and str(DEMO_YEAR) in window.status_period.text()
    assert window.status_sync.text()
    assert window.backup_action.isEnabled() and window.area_actions["beranda"].isEnabled()
    assert window.find_action.shortcut().toString()  # shortcuts are bound once attached
    controller.ws.close()


def test_the_frame_shows_the_remembered_person(
    qtbot: QtBot,
    qapp: QApplication,
    folder: Path,
    settings: QSettings,
    no_kiosk: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    employee_id, _nip, name, scope = _grant(folder, "fasilitator")
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        remember_actor(ws, settings, ws.sign_in(employee_id, Role.FASILITATOR, scope))
    monkeypatch.setattr("skpdesk.ui.signin.SignInDialog.exec", lambda self: pytest.fail("asked"))
    controller = Controller(qapp, settings)
    window = controller.start(str(folder))
    qtbot.addWidget(window)
    frame_keys = _keys(window)
    assert name in window.status_person.text() and frame_keys
    assert "sinkronisasi" not in frame_keys  # a facilitator does not exchange bundles
    qtbot.waitUntil(lambda: window.attached, timeout=30000)
    actor = controller.ws.access.actor if controller.ws else None
    assert actor is not None and actor.employee_id == employee_id and actor.role is Role.FASILITATOR
    assert _keys(window) == frame_keys
    assert controller.ws is not None
    controller.ws.close()


def test_nobody_remembered_paints_a_neutral_frame_then_asks(
    qtbot: QtBot,
    qapp: QApplication,
    folder: Path,
    settings: QSettings,
    no_kiosk: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[object] = []

    def cancel(dialog: object) -> int:
        asked.append(dialog)
        return 0

    monkeypatch.setattr("skpdesk.ui.signin.SignInDialog.exec", cancel)
    controller = Controller(qapp, settings)
    window = controller.start(str(folder))  # (the frame deletes itself: not given to qtbot)
    assert _keys(window) == [] and window.status_person.text() == ""
    assert folder.name in window.windowTitle() and str(DEMO_YEAR) in window.status_period.text()
    with qtbot.waitSignal(controller.start_failed, timeout=30000) as signal:
        pass
    assert signal.args == [0]  # nobody signed in: quit quietly, as before
    assert len(asked) == 1 and controller.window is None
    assert shiboken6.isValid(window) and not window.isVisible()
    with Workspace.open(folder) as again:  # the lock was released
        assert again.access.actor is None


def _start_and_fail(qtbot: QtBot, qapp: QApplication, folder: Path, settings: QSettings) -> list[str]:
    """Start on a workspace that cannot be opened; the frame's sidebar keys."""
    controller = Controller(qapp, settings)
    window = controller.start(str(folder))  # (the frame deletes itself: not given to qtbot)
    keys = _keys(window)
    with qtbot.waitSignal(controller.start_failed, timeout=30000) as signal:
        pass
    assert signal.args == [1] and controller.failed and controller.window is None
    assert shiboken6.isValid(window) and not window.isVisible() and not window.attached
    return keys


@pytest.mark.parametrize("problem", ["newer", "locked"])
def test_a_workspace_that_cannot_open_shows_the_same_error_as_before(
    qtbot: QtBot,
    qapp: QApplication,
    folder: Path,
    settings: QSettings,
    shown: list[BaseException],
    monkeypatch: pytest.MonkeyPatch,
    problem: str,
) -> None:
    _employee_id, nip, _name, _scope = _grant(folder, "pengelola")
    monkeypatch.setenv(ENV_SIGN_IN, f"{nip}:pengelola")
    holder = None
    if problem == "newer":
        _set_revision(folder, "9999")
        expected = Code.WORKSPACE_NEWER_SCHEMA
    else:
        holder = Workspace.open(folder)  # another copy of the app has it open
        expected = Code.WORKSPACE_LOCKED
    digest = _digest(folder / store.DB_NAME)
    try:
        keys = _start_and_fail(qtbot, qapp, folder, settings)
        if problem == "newer":
            assert keys == []  # the peek does not read a schema it does not know
        else:
            assert "sinkronisasi" in keys  # readable, then refused by the lock
        # the start-up before the frame came first: Controller.open_workspace alone
        before = Controller(qapp, settings)
        assert not before.open_workspace(str(folder)) and before.failed
    finally:
        if holder is not None:
            holder.close()
    errors = [e for e in shown if isinstance(e, SkpError)]
    assert len(shown) == 2 and [e.code for e in errors] == [expected, expected]
    assert errors[0].params == errors[1].params
    if problem == "newer":
        assert _digest(folder / store.DB_NAME) == digest  # untouched


def test_a_damaged_workspace_offers_the_backup_as_before(
    qtbot: QtBot,
    qapp: QApplication,
    folder: Path,
    settings: QSettings,
    shown: list[BaseException],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _employee_id, nip, _name, _scope = _grant(folder, "pengelola")
    monkeypatch.setenv(ENV_SIGN_IN, f"{nip}:pengelola")
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        ws.backup()
    (folder / store.DB_NAME).write_bytes(b"not a database at all" * 200)
    offered: list[SkpError] = []

    def decline(err: SkpError) -> bool:
        offered.append(err)
        return False

    monkeypatch.setattr("skpdesk.ui.app.ask_restore", decline)
    assert _start_and_fail(qtbot, qapp, folder, settings) == []
    assert [e.code for e in offered] == [Code.WORKSPACE_DAMAGED]
    assert [e.code for e in shown if isinstance(e, SkpError)] == [Code.WORKSPACE_DAMAGED]
    # saying yes restores the backup and the frame is filled as usual
    monkeypatch.setattr("skpdesk.ui.app.ask_restore", lambda err: True)
    controller = Controller(qapp, settings)
    window = controller.start(str(folder))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.attached, timeout=30000)
    assert controller.ws is not None and "sinkronisasi" in _keys(window)
    controller.ws.close()


def test_the_frame_is_attached_once(qtbot: QtBot, folder: Path, settings: QSettings) -> None:
    with Workspace.open(folder, actor=Actor.workspace()) as ws:
        window = MainWindow(None, settings, StartPreview(folder))
        qtbot.addWidget(window)
        assert _keys(window) == [] and window.windowTitle().endswith(folder.name)
        window.attach(Ops(ws))
        assert _keys(window) == [a.key for a in AREAS]  # the workspace administrator sees all
        with pytest.raises(RuntimeError):
            window.attach(Ops(ws))


def test_the_area_role_is_the_user_role() -> None:
    assert Qt.ItemDataRole.UserRole.value == AREA_KEY_ROLE


# -- the fast entry ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], (True, None)),
        (["-w", "/x/ws"], (True, "/x/ws")),
        (["--workspace", "/x/ws"], (True, "/x/ws")),
        (["--workspace=/x/ws"], (True, "/x/ws")),
        (["-w/x/ws"], (True, "/x/ws")),
        (["--help"], (False, None)),
        (["-h"], (False, None)),
        (["--version"], (False, None)),
        (["info"], (False, None)),
        (["-w", "/x/ws", "info"], (False, None)),
        (["info", "-w", "/x/ws"], (False, None)),
        (["-w"], (False, None)),
        (["-w", "--help"], (False, None)),
        (["--workspace="], (False, None)),
        (["--bogus"], (False, None)),
    ],
)
def test_only_opening_the_window_takes_the_fast_entry(
    args: list[str], expected: tuple[bool, str | None], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SKPDESK_WORKSPACE", raising=False)
    assert gui_workspace(args) == expected


def test_the_fast_entry_reads_the_workspace_variable_and_leaves_files_to_click(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ENV_WORKSPACE == paths.ENV_WORKSPACE
    monkeypatch.setenv("SKPDESK_WORKSPACE", str(tmp_path))
    assert gui_workspace([]) == (True, str(tmp_path))
    monkeypatch.setenv("SKPDESK_WORKSPACE", "")
    assert gui_workspace([]) == (True, None)
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    assert gui_workspace(["-w", str(a_file)]) == (False, None)  # click says it is not a folder
    monkeypatch.setenv("SKPDESK_WORKSPACE", str(a_file))
    assert gui_workspace([]) == (False, None)


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "skpdesk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("how", ["option", "variable"])
def test_the_window_paints_before_sqlalchemy_or_click_are_imported(
    folder: Path, tmp_path: Path, how: str
) -> None:
    _employee_id, nip, _name, _scope = _grant(folder, "pengelola")
    env = {k: v for k, v in os.environ.items() if k not in {"SKPDESK_WORKSPACE", "SKPDESK_SIGN_IN"}} | {
        "QT_QPA_PLATFORM": "offscreen",
        "SKPDESK_EXIT_ON_PAINT": "1",
        "SKPDESK_REPORT_MODULES": "1",
        "SKPDESK_SIGN_IN": f"{nip}:pengelola",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    if how == "option":
        result = _run(["--workspace", str(folder)], env)
    else:
        result = _run([], env | {"SKPDESK_WORKSPACE": str(folder)})
    assert result.returncode == 0, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    words = [line.split(" ", 1)[0] for line in lines]
    assert words == ["painted", "modules", "ready"], result.stdout[-500:]
    modules = set(lines[1].split()[1:])
    assert "skpdesk.ui.main_window" in modules and "skpdesk.models.peek" in modules
    heavy = sorted(m for m in modules if m.split(".")[0] in {"sqlalchemy", "click", "alembic"})
    assert heavy == []
    assert not any(m.startswith(("skpdesk.services.workspace", "skpdesk.models.tables")) for m in modules)
    painted, ready = (float(line.split()[1]) for line in (lines[0], lines[2]))
    assert painted < ready


def test_the_command_line_is_unchanged(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SKPDESK_WORKSPACE"} | {"SKPDESK_LANG": "en"}
    helped = _run(["--help"], env)
    assert helped.returncode == 0 and "Usage:" in helped.stdout and "demo" in helped.stdout
    version = _run(["--version"], env)
    assert version.returncode == 0 and __version__ in version.stdout
    unknown = _run(["no-such-command"], env)
    assert unknown.returncode == 2 and "No such command" in unknown.stderr
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    not_a_folder = _run(["-w", str(a_file)], env)
    assert not_a_folder.returncode == 2 and "Usage:" in not_a_folder.stderr
    info = _run(["info", "--json", "-w", str(tmp_path / "nowhere")], env)
    assert info.returncode == 1 and "[WS-NOTFOUND]" in info.stderr


def _run_gui(
    folder: Path, tmp_path: Path, patch: str, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """``run_gui`` in a fresh process with the error dialog (and ``patch``) replaced by prints."""
    code = "\n".join(
        [
            "import sys",
            "import skpdesk.ui.errors as errors",
            "errors.show_error = lambda parent, err: print('error', getattr(err, 'code', err), flush=True)",
            patch,
            "from skpdesk.ui.app import run_gui",
            f"sys.exit(run_gui({str(folder)!r}))",
        ]
    )
    full = {k: v for k, v in os.environ.items() if k not in {"SKPDESK_SIGN_IN", "SKPDESK_WORKSPACE"}} | {
        "QT_QPA_PLATFORM": "offscreen",
        "SKPDESK_EXIT_ON_PAINT": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        **env,
    }
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=full, timeout=120, check=False
    )


def test_the_app_exits_1_after_the_error_when_the_workspace_cannot_open(folder: Path, tmp_path: Path) -> None:
    _employee_id, nip, _name, _scope = _grant(folder, "pengelola")
    _set_revision(folder, "9999")
    result = _run_gui(folder, tmp_path, "", {"SKPDESK_SIGN_IN": f"{nip}:pengelola"})
    assert result.returncode == 1, result.stderr[-2000:]
    lines = result.stdout.splitlines()
    assert [line.split(" ")[0] for line in lines] == ["painted", "error"]
    assert lines[1] == f"error {Code.WORKSPACE_NEWER_SCHEMA.value}"


def test_the_app_exits_0_when_nobody_signs_in(folder: Path, tmp_path: Path) -> None:
    result = _run_gui(
        folder, tmp_path, "import skpdesk.ui.signin as s; s.SignInDialog.exec = lambda self: 0", {}
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert [line.split(" ")[0] for line in result.stdout.splitlines()] == ["painted"]
