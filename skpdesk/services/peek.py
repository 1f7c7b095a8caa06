"""What the main window's frame shows before the workspace is opened (issue "main window").

Start-up paints the real window first — title, the sidebar of the person's role, the status bar —
and opens the workspace right after that first paint. This module is the frame's only door to the
data: a thin layer over ``models.peek`` (the ui may not import the models layer) that applies the
services' own rules to what the peek read, so that the frame shows what the full sign-in gives:

* which roles a person holds: ``access.role_choices`` (pegawai always, the granted roles, BKPSDM
  pusat to anyone while nothing is granted). Atasan follows from the organisation (positions,
  Plt/Plh on a date), which the peek does not read: for atasan the frame stays neutral;
* which period is current: ``Workspace.status`` (this year's, else the latest).

It imports neither SQLAlchemy nor the ORM models. When anything cannot be read or decided, the
preview says so (``read`` False, ``role`` None) and the frame shows less, never something else.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from skpdesk.domain.roles import GRANTED_ROLES, Role
from skpdesk.models.peek import PeekFacts, PeekPerson, PersonQuery, peek_workspace

# Imported only when needed, because the frame is painted before them: skpdesk.paths (platformdirs,
# for the default folder), skpdesk.domain.nip (for a NIP typed with separators).


class Wanted(NamedTuple):
    """Whom start-up will sign in: by NIP in a role, any scope (``SKPDESK_SIGN_IN``, as
    ``Workspace.sign_in`` without a scope), or the person remembered on this machine by employee id
    in a role and scope (``ui.signin.restore_actor``; employee id None: the set-up person)."""

    role: Role
    nip: str | None = None
    employee_id: str | None = None
    scope_unit_id: str | None = None
    any_scope: bool = False


class StartPreview(NamedTuple):
    """The frame's facts. ``read`` False: only the folder is known. ``role`` None: who will be
    signed in is not known yet (nobody remembered, a person or role that no longer holds, atasan)."""

    folder: Path
    read: bool = False
    year: int | None = None
    name: str = ""  # the person's name ("" for the set-up person)
    role: Role | None = None


def preview_start(
    folder: str | Path | None,
    wanted: Callable[[str], Wanted | None],
    this_year: int | None = None,
) -> StartPreview:
    """Read-only: the workspace folder's name, period year and the wanted person's name and role.

    ``wanted`` gets the workspace copy's node id (a remembered sign-in is kept per node) and says
    whom start-up will sign in, or None. Never raises for a workspace problem and never writes.
    """
    path = workspace_folder(folder)
    asked: list[Wanted | None] = []

    def who(node_id: str) -> PersonQuery:
        want = wanted(node_id)
        asked.append(want)
        if want is None:
            return PersonQuery()
        return PersonQuery(nip=nip_digits(want.nip) if want.nip else None, employee_id=want.employee_id)

    facts = peek_workspace(path, who)
    if facts is None:
        return StartPreview(path)
    year = current_year(facts.years, this_year or time.localtime().tm_year)
    want = asked[0] if asked else None
    if want is None or not holds(facts, want):
        return StartPreview(path, True, year)
    name = facts.person.name if facts.person is not None else ""
    return StartPreview(path, True, year, name, want.role)


def workspace_folder(folder: str | Path | None) -> Path:
    """``paths.resolve_workspace`` (absolute, as ``store.open_store``), without importing
    platformdirs when the folder is named."""
    if folder:
        return Path(folder).expanduser().resolve()
    from skpdesk.paths import resolve_workspace

    return resolve_workspace(folder).resolve()


def nip_digits(text: str) -> str:
    """``domain.nip.normalize_nip``; a NIP of plain digits is already normal (no import needed)."""
    if text.isascii() and text.isdigit():
        return text
    from skpdesk.domain.nip import normalize_nip

    return normalize_nip(text)


def current_year(years: tuple[int, ...], this_year: int) -> int | None:
    """As ``Workspace.status``: this year's period if there is one, else the latest."""
    current = [y for y in years if y == this_year] or sorted(years)[-1:]
    return current[0] if current else None


def holds(facts: PeekFacts, want: Wanted) -> bool:
    """Would the full sign-in give ``want``? False also when it cannot be told from the peek."""
    if want.role is Role.ATASAN:
        return False  # follows from positions and acting assignments on a date: not peeked
    if (want.nip or want.employee_id) and facts.person is None:
        return False  # not found or deleted: the sign-in is refused and asks
    for role, scope in role_choices(facts.person, facts.any_grant):
        if role is want.role and (want.any_scope or scope == want.scope_unit_id):
            return True
    return False


def role_choices(person: PeekPerson | None, any_grant: bool) -> list[tuple[Role, str | None]]:
    """``access.role_choices`` without atasan: (role, scope unit id) the person may take."""
    choices: list[tuple[Role, str | None]] = []
    if person is not None:
        choices.append((Role.PEGAWAI, None))
        for role_text, unit in person.grants:
            try:
                role = Role(role_text)
            except ValueError:
                continue  # a role from a newer version: ignored, never widened
            if role in GRANTED_ROLES:
                choices.append((role, unit))
    if not any_grant and all(role is not Role.PUSAT for role, _scope in choices):
        choices.append((Role.PUSAT, None))
    return choices
