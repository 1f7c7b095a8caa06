"""``skpdesk lint-rhk TEXT... [--jpt] [--json]``: the phrasing coach on the command line
(SKP-REFERENCE R-PHRASING; ARCHITECTURE.md "Command line").

A report, not a gate: exit 0 even when there are findings; exit 2 when no TEXT is given. ``-`` as
the only TEXT reads one sentence per line from stdin. No workspace and no database are opened.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from skpdesk.cli.main import _emit, cli, json_option, refusals
from skpdesk.domain import phrasing


def lint_report(texts: list[str], *, jpt: bool) -> list[dict[str, Any]]:
    """One entry per text: the --json shape (messages in the user's language)."""
    from skpdesk.ui.skp.coach_text import finding_message

    report = []
    for text in texts:
        reading = phrasing.read(text)
        findings = phrasing.check_result_text(text, jpt=jpt)
        report.append(
            {
                "text": text,
                "is_result": reading.cls == phrasing.HASIL,
                "class": reading.cls,
                "findings": [
                    {
                        "id": f.rule,
                        "severity": f.severity.value,
                        "message": finding_message(f),
                        "suggestion": f.suggestion,
                    }
                    for f in findings
                ],
            }
        )
    return report


def _as_text(report: list[dict[str, Any]]) -> str:
    from skpdesk.ui.skp.coach_text import class_label, severity_label, verdict_label

    lines: list[str] = []
    for item in report:
        verdict = verdict_label(item["is_result"])
        if not item["is_result"]:
            verdict = "{verdict} ({kind})".format(verdict=verdict, kind=class_label(item["class"]))
        lines.append(f"{verdict}: {item['text']}")
        for f in item["findings"]:
            severity = severity_label(phrasing.Severity(f["severity"]))
            line = f"  {f['id']} [{severity}] {f['message']}"
            if f["suggestion"]:
                line += f" → {f['suggestion']}"
            lines.append(line)
    return "\n".join(lines)


@cli.command("lint-rhk")
@click.argument("texts", nargs=-1, required=True)
@click.option("--jpt", is_flag=True, help="Judge as a JPT plan: an activity verb is an error, not a warning.")
@json_option
def lint_rhk(texts: tuple[str, ...], jpt: bool, as_json: bool) -> None:
    """Check RHK wording (R-PHRASING): is each TEXT a result, an activity or a category of work?"""
    with refusals():
        items = list(texts)
        if items == ["-"]:
            items = [line.rstrip("\n") for line in sys.stdin if line.strip()]
        report = lint_report(items, jpt=jpt)
        _emit(report, as_json, _as_text(report))
