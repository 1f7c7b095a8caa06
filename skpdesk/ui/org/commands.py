"""Undoable edits of the organisation screen (STYLE.md section 5): ids and values only.

Edits made in a dialog run their first service call inside the dialog, so a refusal is shown
there and the dialog stays open; once it succeeded, a ``done_command`` goes on the stack with the
calls for undo and redo. Edits started from a menu (delete, move, rename) use ``ServiceCommand``:
a refusal on the first redo is shown in the error dialog and the command is dropped.
Under sync an undo is a new change with a new clock value, never erased history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from skpdesk.ui.ops import Ops, ServiceCommand


def done_command(
    ops: Ops, text: str, redo: Callable[[], object], undo: Callable[[], object]
) -> ServiceCommand:
    """An edit a dialog already made: the shared ServiceCommand, skipping its first redo."""
    return ServiceCommand(ops, text, redo, undo, already_done=True)


def added_employee(ops: Ops, employee_id: str, name: str) -> ServiceCommand:
    org = ops.ws.org
    return done_command(
        ops,
        QCoreApplication.translate("OrgCommands", "Add employee {name}").format(name=name),
        lambda: org.restore_employee(employee_id),
        lambda: org.delete_employee(employee_id),
    )


def edited_employee(
    ops: Ops, employee_id: str, name: str, old: Mapping[str, Any], new: Mapping[str, Any]
) -> ServiceCommand:
    """Undo writes back only the fields the edit changed, with their old values."""
    org = ops.ws.org
    before = {k: old[k] for k in new}
    after = dict(new)
    return done_command(
        ops,
        QCoreApplication.translate("OrgCommands", "Edit employee {name}").format(name=name),
        lambda: org.update_employee(employee_id, **after),
        lambda: org.update_employee(employee_id, **before),
    )


def delete_employee(ops: Ops, employee_id: str, name: str) -> ServiceCommand:
    org = ops.ws.org
    return ServiceCommand(
        ops,
        QCoreApplication.translate("OrgCommands", "Delete employee {name}").format(name=name),
        lambda: org.delete_employee(employee_id),
        lambda: org.restore_employee(employee_id),
    )


def move_employee(
    ops: Ops, employee_id: str, name: str, old_position: str | None, new_position: str | None
) -> ServiceCommand:
    org = ops.ws.org
    return ServiceCommand(
        ops,
        QCoreApplication.translate("OrgCommands", "Move {name} to another position").format(name=name),
        lambda: org.move_employee(employee_id, new_position),
        lambda: org.move_employee(employee_id, old_position),
    )


def move_unit(
    ops: Ops, unit_id: str, name: str, old_parent: str | None, new_parent: str | None
) -> ServiceCommand:
    org = ops.ws.org
    return ServiceCommand(
        ops,
        QCoreApplication.translate("OrgCommands", "Move unit {name}").format(name=name),
        lambda: org.move_unit(unit_id, new_parent),
        lambda: org.move_unit(unit_id, old_parent),
    )


def renamed_unit(ops: Ops, unit_id: str, old_name: str, new_name: str) -> ServiceCommand:
    org = ops.ws.org
    return done_command(
        ops,
        QCoreApplication.translate("OrgCommands", "Rename unit {name}").format(name=old_name),
        lambda: org.rename_unit(unit_id, new_name),
        lambda: org.rename_unit(unit_id, old_name),
    )


def assigned_acting(ops: Ops, assignment_id: str, kind: str, name: str) -> ServiceCommand:
    org = ops.ws.org
    return done_command(
        ops,
        QCoreApplication.translate("OrgCommands", "{kind} assignment of {name}").format(
            kind=kind.capitalize(), name=name
        ),
        lambda: org.restore_acting(assignment_id),
        lambda: org.remove_acting(assignment_id),
    )


def ended_acting(
    ops: Ops, assignment_id: str, name: str, old_end: dt.date | None, new_end: dt.date | None
) -> ServiceCommand:
    org = ops.ws.org
    return done_command(
        ops,
        QCoreApplication.translate("OrgCommands", "End the acting assignment of {name}").format(name=name),
        lambda: org.end_acting(assignment_id, new_end),
        lambda: org.end_acting(assignment_id, old_end),
    )


def granted_role(ops: Ops, grant_id: str, role: str, name: str) -> ServiceCommand:
    org = ops.ws.org
    return done_command(
        ops,
        QCoreApplication.translate("OrgCommands", "Grant the role {role} to {name}").format(
            role=role, name=name
        ),
        lambda: org.restore_grant(grant_id),
        lambda: org.revoke_role(grant_id),
    )


def revoked_role(ops: Ops, grant_id: str, role: str, name: str) -> ServiceCommand:
    org = ops.ws.org
    return done_command(
        ops,
        QCoreApplication.translate("OrgCommands", "Revoke the role {role} of {name}").format(
            role=role, name=name
        ),
        lambda: org.revoke_role(grant_id),
        lambda: org.restore_grant(grant_id),
    )


# -- units and positions -----------------------------------------------------------------------------


def added_unit(ops: Ops, unit_id: str, name: str) -> ServiceCommand:
    org = ops.ws.org
    return done_command(
        ops,
        QCoreApplication.translate("OrgCommands", "Add unit {name}").format(name=name),
        lambda: org.restore_unit(unit_id),
        lambda: org.delete_unit(unit_id),
    )


def deleted_unit(ops: Ops, unit_id: str, name: str) -> ServiceCommand:
    org = ops.ws.org
    return done_command(
        ops,
        QCoreApplication.translate("OrgCommands", "Delete unit {name}").format(name=name),
        lambda: org.delete_unit(unit_id),
        lambda: org.restore_unit(unit_id),
    )


def added_position(ops: Ops, position_id: str, title: str) -> ServiceCommand:
    org = ops.ws.org
    return done_command(
        ops,
        QCoreApplication.translate("OrgCommands", "Add position {title}").format(title=title),
        lambda: org.restore_position(position_id),
        lambda: org.delete_position(position_id),
    )


def deleted_position(ops: Ops, position_id: str, title: str) -> ServiceCommand:
    org = ops.ws.org
    return done_command(
        ops,
        QCoreApplication.translate("OrgCommands", "Delete position {title}").format(title=title),
        lambda: org.delete_position(position_id),
        lambda: org.restore_position(position_id),
    )


def edited_position(
    ops: Ops, position_id: str, title: str, old: Mapping[str, Any], new: Mapping[str, Any]
) -> ServiceCommand:
    """Undo writes back only the fields the edit changed, with their old values."""
    org = ops.ws.org
    before = {k: old[k] for k in new}
    after = dict(new)
    return done_command(
        ops,
        QCoreApplication.translate("OrgCommands", "Edit position {title}").format(title=title),
        lambda: org.update_position(position_id, **after),
        lambda: org.update_position(position_id, **before),
    )


def changed_atasan(
    ops: Ops, position_id: str, title: str, old_atasan: str | None, new_atasan: str | None
) -> ServiceCommand:
    org = ops.ws.org
    return done_command(
        ops,
        QCoreApplication.translate("OrgCommands", "Change the atasan of {title}").format(title=title),
        lambda: org.set_atasan(position_id, new_atasan),
        lambda: org.set_atasan(position_id, old_atasan),
    )
