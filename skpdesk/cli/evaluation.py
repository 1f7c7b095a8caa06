"""``skpdesk export evaluation | ratings | angka-kredit``: the evaluation documents on the command
line (issue 7 items 7–8; SKP-REFERENCE R-FORM-EVALUASI, R-CURVE, R-AK).

- ``export evaluation --nip NIP --period 2025/TW1 --out FILE.pdf``: one Evaluasi Kinerja;
  ``--unit U --period P --out FOLDER``: every plan of the unit (and the units below it), with a
  progress bar; plans not rated yet, not ditetapkan or outside the period are skipped and listed.
  ``--worksheet`` prints periods not rated yet too, marked "BELUM DINILAI".
- ``export ratings --unit U --period P --out F.xlsx``: the unit's ratings and its curve.
- ``export angka-kredit --nip N | --unit U --year Y --out F.pdf | F.xlsx``.

A period is YEAR/CODE (``parse_period``). Refusals are one line on stderr and exit 1; usage errors
(a malformed period, both or neither of --nip and --unit, a wrong extension) exit 2. A batch that
wrote nothing (every plan skipped) exits 1 after listing why.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import click
from PySide6.QtCore import QCoreApplication

from skpdesk.cli.export import _file_json, _open, _written, export, progress_bar
from skpdesk.cli.main import _emit, _say, json_option, refusals, workspace_option
from skpdesk.domain.errors import SkpError
from skpdesk.formatting import format_count

translate = QCoreApplication.translate

PERIOD_HELP = (
    "Evaluation period as YEAR/CODE, e.g. 2025/AKHIR or 2025/TW1. Codes: TW1-TW4 and AKHIR; "
    "SEMESTER-1, SEMESTER-2 or BULAN-01..BULAN-12 where the plan year is evaluated that way. "
    "'2025-TW1', '2025 TW I' and 'TW1/2025' are read too."
)


def _period(_ctx: click.Context, _param: click.Parameter, value: str) -> tuple[int, str]:
    """``--period``: (year, code); a malformed one is a usage error with the reason."""
    from skpdesk.messages import one_line
    from skpdesk.services.evaluation import parse_period

    try:
        return parse_period(value)
    except SkpError as err:
        raise click.BadParameter(one_line(err)) from None


def _suffix(*allowed: str) -> Any:
    def check(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
        if Path(value).suffix.lower() not in allowed:
            raise click.BadParameter(
                _say(
                    translate("Cli", "{name} must end in {suffixes}."),
                    name=value,
                    suffixes=" / ".join(allowed),
                )
            )
        return value

    return check


def _one_of(nip: str | None, unit: str | None) -> None:
    if bool(nip) == bool(unit):
        raise click.UsageError(translate("Cli", "Give either --nip or --unit (one of them)."))


def _reason(code: Any, params: dict[str, Any]) -> str:
    from skpdesk.messages import message_for

    return message_for(SkpError(code, **params))[0]


@export.command("evaluation")
@workspace_option
@click.option("--nip", default=None, help="NIP of the pegawai (spaces allowed): one document.")
@click.option(
    "--unit",
    default=None,
    help="Unit id, name or short name: a document per plan of the unit and the units below it.",
)
@click.option("--period", "period", required=True, callback=_period, help=PERIOD_HELP)
@click.option(
    "--out",
    "out",
    type=click.Path(),
    required=True,
    help="With --nip: the PDF file to write. With --unit: the folder for the PDFs (made when missing).",
)
@click.option(
    "--worksheet",
    is_flag=True,
    help="Also print a period not rated yet, every rating cell marked 'BELUM DINILAI' (a worksheet).",
)
@json_option
@click.pass_context
def export_evaluation(
    ctx: click.Context,
    workspace: str | None,
    nip: str | None,
    unit: str | None,
    period: tuple[int, str],
    out: str,
    worksheet: bool,
    as_json: bool,
) -> None:
    """Write the Evaluasi Kinerja Pegawai (R-FORM-EVALUASI, with the unit's curve) as PDF: one
    pegawai (--nip) or every plan of a unit (--unit)."""
    _one_of(nip, unit)
    year, code = period
    if nip:
        _single(ctx, workspace, nip, year, code, Path(out), worksheet, as_json)
    else:
        _batch(ctx, workspace, str(unit), year, code, Path(out), worksheet, as_json)


def _single(
    ctx: click.Context,
    workspace: str | None,
    nip: str,
    year: int,
    code: str,
    target: Path,
    worksheet: bool,
    as_json: bool,
) -> None:
    if target.suffix.lower() != ".pdf":
        raise click.BadParameter(
            _say(translate("Cli", "{name} must end in {suffixes}."), name=str(target), suffixes=".pdf"),
            param_hint="--out",
        )
    with refusals(), _open(ctx, workspace) as ws:
        plan_id = ws.evaluation.find_plan(nip, year)
        doc, pages = ws.evaluation.write_evaluation(plan_id, code, target, allow_unrated=worksheet)
    _emit(
        {
            "path": str(target.resolve()),
            "pages": pages,
            "plan": plan_id,
            "year": year,
            "periode": doc.periode,
            "rating": doc.rating_status or None,
            "predikat": doc.predikat.value if doc.predikat else None,
            "org_predikat": doc.curve.org_predikat.value if doc.curve and doc.curve.org_predikat else None,
            "worksheet": not doc.rated,
        },
        as_json,
        _say(translate("Cli", "Wrote {path} ({pages} pages)."), path=target, pages=pages),
    )


def _batch(
    ctx: click.Context,
    workspace: str | None,
    unit: str,
    year: int,
    code: str,
    folder: Path,
    worksheet: bool,
    as_json: bool,
) -> None:
    with refusals(), _open(ctx, workspace) as ws:
        unit_id = ws.evaluation.find_unit(unit)
        total = len(ws.evaluation.plan_ids(unit_id, year))
        label = _say(translate("Cli", "Writing {count} evaluation documents"), count=format_count(total))
        with progress_bar(label) as progress:
            result = ws.evaluation.write_evaluations(
                unit_id, year, code, folder, include_unrated=worksheet, progress=progress
            )
    skipped = [
        {
            "plan": s.plan_id,
            "name": s.name,
            "nip": s.nip,
            "reason": s.code.value,
            "message": _reason(s.code, dict(s.params)),
        }
        for s in result.skipped
    ]
    lines = [
        _say(
            translate("Cli", "Wrote {count} evaluation documents to {folder}."),
            count=format_count(len(result.written)),
            folder=folder,
        )
    ]
    if skipped:
        lines.append(_say(translate("Cli", "Skipped {count} plans:"), count=format_count(len(skipped))))
        lines += [
            f"  {s['nip'] or '-'} {s['name'] or s['plan']}: {s['message']} [{s['reason']}]" for s in skipped
        ]
    _emit(
        {
            "folder": str(folder.resolve()),
            "files": [str(p) for p in result.written],
            "count": len(result.written),
            "total": result.total,
            "skipped": skipped,
        },
        as_json,
        "\n".join(lines),
    )
    if not result.written:
        click.echo(
            translate(
                "Cli",
                "No document was written: every plan was skipped. Use --worksheet to print periods "
                "not rated yet.",
            ),
            err=True,
        )
        sys.exit(1)


@export.command("ratings")
@workspace_option
@click.option(
    "--unit", required=True, help="Unit id, name or short name: its plans and those of the units below it."
)
@click.option("--period", "period", required=True, callback=_period, help=PERIOD_HELP)
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False),
    required=True,
    callback=_suffix(".xlsx"),
    help="The Excel file to write (.xlsx).",
)
@json_option
@click.pass_context
def export_ratings(
    ctx: click.Context, workspace: str | None, unit: str, period: tuple[int, str], out: str, as_json: bool
) -> None:
    """Write a unit's ratings of one period as Excel: per person the two ratings, predikat, state
    and penilai; a summary sheet with the distribution against the curve (R-CURVE)."""
    year, code = period
    target = Path(out)
    with refusals(), _open(ctx, workspace) as ws:
        unit_id = ws.evaluation.find_unit(unit)
        sheet, rows = ws.evaluation.write_ratings(unit_id, year, code, target)
    check = sheet.curve.check
    _emit(
        {
            "path": str(target.resolve()),
            "rows": rows,
            "unit": unit_id,
            "unit_name": sheet.unit_name,
            "year": year,
            "periode": sheet.periode,
            "org_predikat": sheet.curve.org_predikat.value if sheet.curve.org_predikat else None,
            "counts": {p.value: n for p, n in sheet.curve.counts.items()},
            "drafts": sheet.curve.drafts,
            "verdict": check.verdict.value if check is not None else None,
        },
        as_json,
        _say(translate("Cli", "Wrote {path} ({rows} rows)."), path=target, rows=format_count(rows)),
    )


@export.command("angka-kredit")
@workspace_option
@click.option("--nip", default=None, help="NIP of a pejabat fungsional (spaces allowed): their report.")
@click.option("--unit", default=None, help="Unit id, name or short name: every jabatan fungsional in it.")
@click.option("--year", type=int, required=True, help="Plan year, e.g. 2025.")
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False),
    required=True,
    callback=_suffix(".pdf", ".xlsx"),
    help="The file to write: .pdf or .xlsx.",
)
@json_option
@click.pass_context
def export_angka_kredit(
    ctx: click.Context,
    workspace: str | None,
    nip: str | None,
    unit: str | None,
    year: int,
    out: str,
    as_json: bool,
) -> None:
    """Write angka kredit (R-AK) of one pejabat fungsional or of a unit for a year: per period and
    cumulative in the jenjang, with the thresholds for kenaikan pangkat and jenjang."""
    _one_of(nip, unit)
    target = Path(out)
    fmt = target.suffix.lower().lstrip(".")
    with refusals(), _open(ctx, workspace) as ws:
        if nip:
            report = ws.evaluation.angka_kredit_person(nip, year)
        else:
            report = ws.evaluation.angka_kredit_unit(ws.evaluation.find_unit(str(unit)), year)
        count = ws.evaluation.write_angka_kredit(report, target)
    people = [ak_json(p) for p in report.people]
    _emit(
        {**_file_json(target, fmt, count), "year": year, "people": people},
        as_json,
        _written(target, fmt, count),
    )


def ak_json(person: Any) -> dict[str, Any]:
    """One person's figures: exact values as decimal strings (28 significant digits when the
    value has no finite decimal form) and the printed three-decimal ones."""
    from skpdesk.domain import angka_kredit as ak

    def exact(value: Any) -> str | None:
        return None if value is None else str(ak.to_decimal(value))

    def shown(value: Any) -> str | None:
        return None if value is None else str(ak.for_display(value, 3))

    def plain(value: Decimal | None) -> str | None:
        return None if value is None else str(value)

    return {
        "nip": person.nip,
        "name": person.name,
        "jenjang": person.jenjang.jenjang.value,
        "koefisien": plain(person.jenjang.koefisien_tahunan),
        "predikat": person.predikat.value if person.predikat else None,
        "bulan": person.months,
        "angka_kredit": shown(person.year_exact),
        "angka_kredit_exact": exact(person.year_exact),
        "provisional": person.provisional,
        "kumulatif": shown(person.cumulative),
        "kumulatif_exact": exact(person.cumulative),
        "kumulatif_sejak": person.first_year,
        "kebutuhan_kenaikan_pangkat": plain(person.kebutuhan_pangkat),
        "kurang_kenaikan_pangkat": shown(person.kurang_pangkat),
        "kebutuhan_kenaikan_jenjang": plain(person.kebutuhan_jenjang),
        "kurang_kenaikan_jenjang": shown(person.kurang_jenjang),
    }
