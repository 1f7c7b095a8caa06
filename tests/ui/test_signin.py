"""The "Who are you?" dialog: search, the roles a person holds (and no other), remembering who
signed in on this machine, and the set-up entry of a workspace without grants."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.nip import format_nip
from skpdesk.domain.roles import Role
from skpdesk.services.access import Actor
from skpdesk.services.org import NewEmployee, NewGrant, NewUnit
from skpdesk.services.people import PeopleService, PersonRow
from skpdesk.services.workspace import Workspace
from skpdesk.ui import prefs
from skpdesk.ui.signin import (
    MAX_RECENT_PEOPLE,
    SETUP,
    SignInDialog,
    decode_actor,
    recent_people,
    remember_actor,
    restore_actor,
)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def demo(demo_folder: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A copy of the demo workspace (some tests revoke a grant), nobody signed in."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_folder, folder, ignore=shutil.ignore_patterns("backups"))
    with Workspace.open(folder) as ws:
        yield ws


def directory(ws: Workspace) -> list[PersonRow]:
    return PeopleService(ws.store, ws.access).directory()


def grant_holder(ws: Workspace, role: str, scoped: bool = True) -> tuple[str, str | None]:
    grant = next(g for g in ws.org.role_grants() if g.role == role and bool(g.org_unit_id) == scoped)
    return grant.employee_id, grant.org_unit_id


def plain_pegawai(ws: Workspace) -> str:
    granted = {g.employee_id for g in ws.org.role_grants()}
    for person in PeopleService(ws.store, ws.access).directory():
        if person.id not in granted and [c.role for c in ws.role_choices(person.id)] == [Role.PEGAWAI]:
            return person.id
    raise AssertionError("the demo has no plain pegawai")


def open_dialog(
    qtbot: QtBot, ws: Workspace, settings: QSettings, current: Actor | None = None
) -> SignInDialog:
    dialog = SignInDialog(ws, None, current=current, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


# -- the people list ---------------------------------------------------------------------------------


def test_search_narrows_the_list(qtbot: QtBot, demo: Workspace, settings: QSettings) -> None:
    dialog = open_dialog(qtbot, demo, settings)
    model = dialog.picker.model
    everyone = model.rowCount()
    assert everyone == len(directory(demo)) > 500
    assert not model.has_setup  # the demo has grants: no set-up entry

    qtbot.keyClicks(dialog.picker.search, "ghali")
    names = [p.name for p in map(model.person, range(model.rowCount())) if p is not None]
    assert 0 < len(names) < everyone
    assert all("ghali" in n.lower() for n in names)

    # a NIP typed with or without its spaces finds that one person
    target = model.person(0)
    assert target is not None
    for text in (target.nip, format_nip(target.nip)):
        dialog.picker.search.setText(text)
        assert model.rowCount() == 1 and model.person(0) == target

    # several words must all match, in any column (name and unit here)
    first = directory(demo)[0]
    dialog.picker.search.setText(f"{first.name.split()[0]} {first.unit.split()[-1]}")
    assert 1 <= model.rowCount() < everyone

    dialog.picker.search.setText("tidak ada orang bernama ini")
    assert model.rowCount() == 0
    assert dialog.picker.current() is None
    assert not dialog.sign_in_button.isEnabled()
    dialog.picker.search.clear()
    assert model.rowCount() == everyone


def test_people_model_is_a_well_behaved_model(qtmodeltester: ModelTester, demo: Workspace) -> None:
    from skpdesk.ui.signin import PeopleModel

    model = PeopleModel()
    model.set_people(PeopleService(demo.store, demo.access).directory()[:50], setup_entry=True)
    qtmodeltester.check(model)
    model.set_query("a")
    qtmodeltester.check(model)
    assert model.person(0) is SETUP  # the set-up entry stays whatever is typed


def test_keyboard_type_move_and_enter_signs_in(qtbot: QtBot, demo: Workspace, settings: QSettings) -> None:
    dialog = open_dialog(qtbot, demo, settings)
    search = dialog.picker.search
    assert search.hasFocus() or dialog.focusWidget() is search
    qtbot.keyClicks(search, "a")
    first = dialog.picker.current()
    qtbot.keyClick(search, Qt.Key.Key_Down)
    second = dialog.picker.current()
    assert second is not None and second != first
    qtbot.keyClick(search, Qt.Key.Key_Up)
    assert dialog.picker.current() == first
    qtbot.keyClick(search, Qt.Key.Key_Down)
    qtbot.keyClick(search, Qt.Key.Key_Tab)  # Tab goes to the roles, not into the table
    assert dialog.focusWidget() is dialog.role_buttons()[0]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)  # then the buttons
    assert dialog.focusWidget() is dialog.cancel_button
    search.setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert dialog.actor is not None
    assert dialog.actor.employee_id == second.id
    assert dialog.actor.role is Role.PEGAWAI  # the first role offered, unless remembered
    assert demo.access.actor == dialog.actor


# -- roles ---------------------------------------------------------------------------------------------


def test_roles_offered_are_exactly_the_persons_role_choices(
    qtbot: QtBot, demo: Workspace, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, demo, settings)
    holders = {g.employee_id for g in demo.org.role_grants()}
    for employee_id in [*sorted(holders)[:6], plain_pegawai(demo)]:
        assert dialog.picker.select_employee(employee_id)
        expected = demo.role_choices(employee_id)
        assert dialog.role_choices() == expected
        buttons = dialog.role_buttons()
        assert len(buttons) == len(expected)
        assert sum(b.isChecked() for b in buttons) == 1


def test_a_role_not_held_cannot_be_chosen_and_the_service_refuses(
    qtbot: QtBot, demo: Workspace, settings: QSettings
) -> None:
    dialog = open_dialog(qtbot, demo, settings)
    pegawai = plain_pegawai(demo)
    dialog.picker.select_employee(pegawai)
    assert [c.role for c in dialog.role_choices()] == [Role.PEGAWAI]
    assert not dialog.select_role(Role.PUSAT)
    assert not dialog.select_role(Role.PENGELOLA)
    with pytest.raises(SkpError) as refused:
        demo.sign_in(pegawai, Role.PUSAT)
    assert refused.value.code is Code.ROLE_NOT_HELD
    assert demo.access.actor is None


def test_a_choice_gone_stale_is_refused_inline_and_the_dialog_stays_open(
    qtbot: QtBot, demo: Workspace, settings: QSettings
) -> None:
    employee_id, unit_id = grant_holder(demo, "pengelola")
    dialog = open_dialog(qtbot, demo, settings)
    dialog.picker.select_employee(employee_id)
    assert dialog.select_role(Role.PENGELOLA, unit_id)
    # meanwhile the grant is revoked (by the central office, on this workspace)
    demo.access.actor = Actor.workspace()
    grant = next(
        g for g in demo.org.role_grants() if g.employee_id == employee_id and g.org_unit_id == unit_id
    )
    demo.org.revoke_role(grant.id)
    others = [g for g in demo.org.role_grants() if g.employee_id == employee_id and g.role == "pengelola"]
    for other in others:  # a person with several pengelola scopes loses them all for this test
        demo.org.revoke_role(other.id)
    demo.access.actor = None

    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.result() != SignInDialog.DialogCode.Accepted
    assert dialog.actor is None and demo.access.actor is None
    assert dialog.error_banner.isVisible()
    assert dialog.error_text.text()


# -- remembering who signed in on this machine -----------------------------------------------------------


def test_remember_and_restore_the_actor(demo: Workspace, settings: QSettings) -> None:
    employee_id, unit_id = grant_holder(demo, "pengelola")
    actor = demo.sign_in(employee_id, Role.PENGELOLA, unit_id)
    remember_actor(demo, settings, actor)
    node = demo.store.node.node_id
    assert prefs.user_key(node).get(settings) == f"{employee_id}|pengelola|{unit_id}"
    assert recent_people(node).get(settings)[0] == f"{employee_id}|pengelola|{unit_id}"

    demo.sign_out()
    restored = restore_actor(demo, settings)
    assert restored == actor
    assert demo.access.actor == actor

    # the grant is revoked: nobody is signed in silently, and nothing changes
    demo.access.actor = Actor.workspace()
    for grant in demo.org.role_grants():
        if grant.employee_id == employee_id and grant.role == "pengelola" and grant.org_unit_id == unit_id:
            demo.org.revoke_role(grant.id)
    demo.sign_out()
    assert restore_actor(demo, settings) is None
    assert demo.access.actor is None


def test_restore_ignores_garbage_and_the_system_actor_is_not_remembered(
    ws: Workspace, settings: QSettings
) -> None:
    node = ws.store.node.node_id
    for junk in ("", "x", "a|b", "someone|no-such-role|", "|pegawai|"):
        prefs.user_key(node).set(settings, junk)
        ws.sign_out()
        assert restore_actor(ws, settings) is None, junk
    remember_actor(ws, settings, Actor.workspace())
    assert recent_people(node).get(settings) == []
    assert decode_actor("e1|atasan|") == ("e1", Role.ATASAN, None)


def test_recently_keeps_the_last_five_people_newest_first(
    qtbot: QtBot, demo: Workspace, settings: QSettings
) -> None:
    people = [p.id for p in directory(demo)[:7]]
    for employee_id in [*people, people[2]]:  # people[2] signs in again: one entry, first
        remember_actor(demo, settings, demo.sign_in(employee_id, Role.PEGAWAI))
    recent = [decode_actor(e) for e in recent_people(demo.store.node.node_id).get(settings)]
    assert [r[0] for r in recent if r] == [people[2], people[6], people[5], people[4], people[3]]
    assert len(recent) == MAX_RECENT_PEOPLE

    demo.sign_out()
    dialog = open_dialog(qtbot, demo, settings)
    assert len(dialog.recent_buttons) == MAX_RECENT_PEOPLE
    current = dialog.picker.current()
    assert current is not None and current.id == people[2]  # starts on the most recent person
    qtbot.mouseClick(dialog.recent_buttons[3], Qt.MouseButton.LeftButton)  # quick switch
    current = dialog.picker.current()
    assert current is not None and current.id == people[4]
    assert dialog.focusWidget() is dialog.sign_in_button  # Enter now signs in
    dialog.accept()
    assert dialog.actor is not None and dialog.actor.employee_id == people[4]


def test_switching_starts_on_the_current_person_and_role(
    qtbot: QtBot, demo: Workspace, settings: QSettings
) -> None:
    employee_id, unit_id = grant_holder(demo, "pengelola")
    current = demo.sign_in(employee_id, Role.PENGELOLA, unit_id)
    dialog = open_dialog(qtbot, demo, settings, current=current)
    person = dialog.picker.current()
    assert person is not None and person.id == employee_id
    choice = dialog.selected_choice()
    assert choice is not None and (choice.role, choice.scope_unit_id) == (Role.PENGELOLA, unit_id)


# -- a workspace without grants ---------------------------------------------------------------------------


def test_set_up_entry_in_an_empty_workspace(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    ws.sign_out()
    dialog = open_dialog(qtbot, ws, settings)
    model = dialog.picker.model
    assert model.has_setup and model.rowCount() == 1
    assert dialog.setup_banner.isVisible()
    assert dialog.picker.current() is SETUP
    assert [c.role for c in dialog.role_choices()] == [Role.PUSAT]
    dialog.accept()
    assert dialog.actor == Actor(None, Role.PUSAT, None, "")
    assert ws.access.actor == dialog.actor


def test_set_up_entry_only_while_no_role_is_granted(qtbot: QtBot, ws: Workspace, settings: QSettings) -> None:
    (unit,), _ = ws.org.add_units([NewUnit("Pemerintah Kabupaten Sukamaju", "instansi")])
    (budi,), _ = ws.org.add_employees([NewEmployee("198001012005031001", "Budi Santoso")])
    ws.sign_out()
    dialog = open_dialog(qtbot, ws, settings)
    assert dialog.picker.model.has_setup
    dialog.picker.select_employee(budi)
    assert [c.role for c in dialog.role_choices()] == [Role.PEGAWAI, Role.PUSAT]
    dialog.close()

    ws.access.actor = Actor.workspace()
    ws.org.grant_roles([NewGrant(budi, "pusat", None)])
    ws.sign_out()
    dialog = open_dialog(qtbot, ws, settings)
    assert not dialog.picker.model.has_setup
    assert not dialog.setup_banner.isVisible()
    assert dialog.picker.model.rowCount() == 1
    with pytest.raises(SkpError):
        ws.sign_in(None, Role.PUSAT)  # the set-up person is gone once a role is granted
    assert unit
