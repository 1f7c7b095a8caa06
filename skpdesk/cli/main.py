"""``skpdesk``: the services without the window (ARCHITECTURE.md "Command line").

No subcommand opens the GUI. A refusal is one clear line on stderr and exit 1; usage errors
exit 2; never a traceback (unexpected errors go to the log file).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from PySide6.QtCore import QCoreApplication

from skpdesk import __version__
from skpdesk.domain.errors import Code, SkpError
from skpdesk.formatting import format_count, format_number, set_language

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("skpdesk.cli")

workspace_option = click.option(
    "--workspace",
    "-w",
    "workspace",
    type=click.Path(file_okay=False),
    default=None,
    envvar="SKPDESK_WORKSPACE",
    help="Workspace folder (default: SKPDESK_WORKSPACE or the user data folder).",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print one JSON document on stdout.")


def _qt_core() -> None:
    """Messages are translated with Qt's catalogues; a QCoreApplication carries them."""
    from PySide6.QtCore import QCoreApplication

    from skpdesk.messages import install_translator, language_from_env

    if QCoreApplication.instance() is None:
        _qt_core.app = QCoreApplication(["skpdesk"])  # type: ignore[attr-defined]
    install_translator(language_from_env())
    set_language(language_from_env())


@contextmanager
def refusals() -> Iterator[None]:
    """Turn coded errors into one line and exit 1; unexpected ones are logged, not dumped."""
    try:
        yield
    except SkpError as err:
        from skpdesk.messages import one_line

        _qt_core()
        click.echo(one_line(err), err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("Dibatalkan. / Cancelled.", err=True)
        sys.exit(1)
    except click.exceptions.Exit:
        raise
    except Exception as exc:  # a bug: keep the trace in the log, give one line
        from skpdesk.logs import setup_logging

        path = setup_logging()
        log.exception("unexpected error in the command line")
        click.echo(f"Unexpected error ({type(exc).__name__}); details in {path}. [BUG]", err=True)
        sys.exit(1)


def _say(text: str, **params: Any) -> str:
    """A translated line (call sites pass ``QCoreApplication.translate("Cli", ...)`` so that
    lupdate sees the source; the translator is installed first)."""
    return text.format(**params)


def _emit(data: Any, as_json: bool, text: str) -> None:
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False))
    else:
        click.echo(text)


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@workspace_option
@click.version_option(__version__, prog_name="skpdesk")
@click.pass_context
def cli(ctx: click.Context, workspace: str | None) -> None:
    """SKP Desk: plan and rate ASN performance (SKP), offline. Without a command, opens the app."""
    ctx.ensure_object(dict)
    ctx.obj["workspace"] = workspace
    if ctx.invoked_subcommand is None:
        from skpdesk.ui.app import run_gui

        sys.exit(run_gui(workspace))
    _qt_core()  # messages and success lines in the user's language (SKPDESK_LANG)


def _ws(ctx: click.Context, workspace: str | None) -> str | None:
    return workspace or ctx.obj.get("workspace")


@cli.command()
@workspace_option
@click.option(
    "--size", type=click.Choice(["demo", "kabupaten", "provinsi"]), default="demo", show_default=True
)
@click.option("--seed", type=int, default=1, show_default=True)
@click.option("--if-missing", is_flag=True, help="Do nothing when the workspace already holds data.")
@json_option
@click.pass_context
def demo(
    ctx: click.Context, workspace: str | None, size: str, seed: int, if_missing: bool, as_json: bool
) -> None:
    """Build the demo organisation (deterministic for a seed) in an empty workspace."""
    with refusals():
        from skpdesk.services.access import Actor
        from skpdesk.services.demo import build_demo
        from skpdesk.services.workspace import Workspace

        with Workspace.open(_ws(ctx, workspace), actor=Actor.workspace()) as ws:
            if ws.info().counts["employee"]:
                if if_missing:
                    _emit(
                        {"built": False, "workspace": str(ws.folder)},
                        as_json,
                        _say(
                            QCoreApplication.translate(
                                "Cli", "Workspace {path} already holds data; the demo was not built again."
                            ),
                            path=ws.folder,
                        ),
                    )
                    return
                raise SkpError(Code.WORKSPACE_NOT_EMPTY, path=str(ws.folder))
            label = _say(QCoreApplication.translate("Cli", "Building the demo"))
            with click.progressbar(length=100, label=label, file=sys.stderr) as bar:
                done = [0]

                def progress(step: int, total: int, _note: str = "") -> None:
                    target = int(step * 100 / max(total, 1))
                    bar.update(target - done[0])
                    done[0] = target

                summary = build_demo(ws, size=size, seed=seed, progress=progress)
            info = ws.info()
        _emit(
            {"built": True, "size": size, "seed": seed, **info.as_json()},
            as_json,
            _say(
                QCoreApplication.translate(
                    "Cli",
                    "Demo {size} (seed {seed}) built in {path}: {employees} employees, {plans} SKP plans, "
                    "{ops} recorded changes ({seconds} s).",
                ),
                size=size,
                seed=seed,
                path=info.workspace,
                employees=format_count(info.counts["employee"]),
                plans=format_count(info.counts["plan"]),
                ops=format_count(info.ops),
                seconds=format_number(summary.seconds, 1),
            ),
        )


@cli.command()
@workspace_option
@json_option
@click.pass_context
def info(ctx: click.Context, workspace: str | None, as_json: bool) -> None:
    """Schema version, counts per table and the workspace path."""
    with refusals():
        from skpdesk.services.access import Actor
        from skpdesk.services.workspace import Workspace

        with Workspace.open(_ws(ctx, workspace), create=False, actor=Actor.workspace()) as ws:
            data = ws.info()
        lines = [f"Workspace: {data.workspace}", f"Schema: {data.schema}", f"Node: {data.node_id}"]
        lines += [f"  {table:<24} {count:>9,}".replace(",", ".") for table, count in data.counts.items()]
        lines.append(f"  {'op (log)':<24} {data.ops:>9,}".replace(",", "."))
        _emit(data.as_json(), as_json, "\n".join(lines))


@cli.command()
@workspace_option
@json_option
@click.pass_context
def backup(ctx: click.Context, workspace: str | None, as_json: bool) -> None:
    """Write a consistent copy of the workspace database into its backups folder."""
    with refusals():
        from skpdesk.services.access import Actor
        from skpdesk.services.workspace import Workspace

        with Workspace.open(_ws(ctx, workspace), create=False, actor=Actor.workspace()) as ws:
            path = ws.backup()
        _emit(
            {"backup": str(path)},
            as_json,
            _say(QCoreApplication.translate("Cli", "Backup written: {path}"), path=path),
        )


@cli.command()
@workspace_option
@click.argument("file", type=click.Path(dir_okay=False))
@json_option
@click.pass_context
def restore(ctx: click.Context, workspace: str | None, file: str, as_json: bool) -> None:
    """Replace the workspace database with FILE (a backup); the current one is backed up first."""
    with refusals():
        from skpdesk.services.workspace import restore as restore_ws

        safety = restore_ws(_ws(ctx, workspace), Path(file))
        _emit(
            {"restored": str(Path(file).resolve()), "safety_backup": str(safety)},
            as_json,
            _say(
                QCoreApplication.translate(
                    "Cli", "Restored from {file}. The previous database is kept in {safety}."
                ),
                file=file,
                safety=safety,
            ),
        )


def main(argv: list[str] | None = None) -> None:
    cli.main(args=argv, prog_name="skpdesk")


# Commands defined in their own modules register themselves on ``cli`` when imported.
from skpdesk.cli import calc as _calc  # noqa: E402,F401  (predikat, curve-check, angka-kredit)
from skpdesk.cli import evaluation as _evaluation  # noqa: E402,F401  (export evaluation, ratings, angka-kredit)
from skpdesk.cli import export as _export  # noqa: E402,F401
from skpdesk.cli import lint as _lint  # noqa: E402,F401  (registers lint-rhk)

if __name__ == "__main__":
    main()
