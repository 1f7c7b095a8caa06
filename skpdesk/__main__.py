"""``python -m skpdesk``: the window at once when no command is given, else the command line.

Opening the window is the common case and its start-up is measured (issue "main window"): when
the arguments only name the workspace (``--workspace/-w DIR`` or ``SKPDESK_WORKSPACE``), the GUI
starts without importing click (nor, before its first paint, SQLAlchemy). Anything else —
``--help``, ``--version``, a subcommand, a usage error — goes to the click group unchanged, and a
value click would refuse (an existing file as the workspace) goes there too, so that click says so.
"""

from __future__ import annotations

import os
import sys

ENV_WORKSPACE = "SKPDESK_WORKSPACE"  # == skpdesk.paths.ENV_WORKSPACE (the click option's envvar)


def gui_workspace(args: list[str]) -> tuple[bool, str | None]:
    """(True, folder) when ``args`` only open the window as ``skpdesk [--workspace DIR]`` would
    (folder None: SKPDESK_WORKSPACE unset, the remembered or default one); (False, None) when click
    should read them."""
    value: str | None
    if not args:
        value = os.environ.get(ENV_WORKSPACE) or None
    elif len(args) == 2 and args[0] in ("-w", "--workspace"):
        value = args[1]
    elif len(args) == 1 and args[0].startswith("--workspace="):
        value = args[0].removeprefix("--workspace=")
    elif len(args) == 1 and args[0].startswith("-w") and len(args[0]) > 2 and args[0][2] != "-":
        value = args[0][2:]
    else:
        return False, None
    if value is not None and (not value or value.startswith("-") or os.path.isfile(value)):
        return False, None  # click's own message (an option as the value, a file as the folder)
    return True, value


def main() -> None:
    gui, workspace = gui_workspace(sys.argv[1:])
    if not gui:
        from skpdesk.cli.main import main as cli_main

        cli_main()
        return
    from skpdesk.ui.app import run_gui

    sys.exit(run_gui(workspace))


if __name__ == "__main__":
    main()
