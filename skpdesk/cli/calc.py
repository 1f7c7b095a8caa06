"""Facilitator calculators on the command line (ARCHITECTURE.md "Command line"):

- ``skpdesk predikat --hasil H --perilaku P [--json]``: the predikat kinerja (R-MATRIX);
- ``skpdesk curve-check --org-predikat X --counts "SB=..,B=..,BP=..,K=..,SK=.." [--json]``: the
  distribution against R-CURVE; exit 0 fits, 1 does not fit, 2 bad input;
- ``skpdesk angka-kredit --jenjang J --predikat P --bulan N [--json]``: R-AK.

No workspace and no database are opened. Bad input is one line on stderr and exit 2 (a usage
error). ``--json`` keys (stable, tests parse them) are listed in each command's ``*_json`` helper.
The sentences about rules (``check_text``, ``change_text``) live in ``skpdesk.curve_text`` (context
"Curve"), shared with the dashboard.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from fractions import Fraction
from typing import Any

import click
from PySide6.QtCore import QCoreApplication

from skpdesk.cli.main import _emit, _qt_core, cli, json_option, refusals
from skpdesk.curve_text import change_text, check_text
from skpdesk.curve_text import percent as _percent
from skpdesk.domain import angka_kredit as ak
from skpdesk.domain import curve
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.jabatan import label as jenjang_label
from skpdesk.domain.predikat import Predikat, Rating, label, parse_rating, predikat
from skpdesk.formatting import format_count, format_number

EXIT_FITS = 0
EXIT_DOES_NOT_FIT = 1
EXIT_BAD_INPUT = 2


@contextmanager
def _bad_input() -> Iterator[None]:
    """A coded error in what was typed: one line on stderr, exit 2 (a usage error)."""
    try:
        yield
    except SkpError as err:
        from skpdesk.messages import one_line

        _qt_core()
        click.echo(one_line(err), err=True)
        sys.exit(EXIT_BAD_INPUT)


# --- predikat ------------------------------------------------------------------------------------


# Short words people type for a rating, besides what predikat.parse_rating reads (codes, labels).
_RATING_WORDS = {
    "atas": Rating.DI_ATAS_EKSPEKTASI,
    "above": Rating.DI_ATAS_EKSPEKTASI,
    "meets": Rating.SESUAI_EKSPEKTASI,
    "bawah": Rating.DI_BAWAH_EKSPEKTASI,
    "below": Rating.DI_BAWAH_EKSPEKTASI,
}


def _rating(text: str) -> Rating:
    word = _RATING_WORDS.get(text.strip().casefold())
    if word is not None:
        return word
    try:
        return parse_rating(text)
    except SkpError:
        raise SkpError(Code.CALC_RATING, value=text) from None


def predikat_json(hasil: Rating, perilaku: Rating) -> dict[str, Any]:
    """Keys: predikat, label, rule ("R-MATRIX"), hasil_kerja, perilaku, hasil_kerja_label,
    perilaku_label."""
    result = predikat(hasil, perilaku)
    return {
        "predikat": result.value,
        "label": label(result),
        "rule": "R-MATRIX",
        "hasil_kerja": hasil.value,
        "perilaku": perilaku.value,
        "hasil_kerja_label": label(hasil),
        "perilaku_label": label(perilaku),
    }


@cli.command("predikat")
@click.option(
    "--hasil", required=True, help="Rating hasil kerja: di-atas, sesuai or di-bawah (or the label)."
)
@click.option("--perilaku", required=True, help="Rating perilaku kerja: di-atas, sesuai or di-bawah.")
@json_option
def predikat_command(hasil: str, perilaku: str, as_json: bool) -> None:
    """The predikat kinerja pegawai from the two ratings (the 3×3 matrix, R-MATRIX)."""
    with refusals(), _bad_input():
        data = predikat_json(_rating(hasil), _rating(perilaku))
        text = QCoreApplication.translate(
            "Cli",
            "Predikat kinerja: {predikat} (rating hasil kerja {hasil}, rating perilaku {perilaku}; "
            "R-MATRIX).",
        ).format(predikat=data["label"], hasil=data["hasil_kerja_label"], perilaku=data["perilaku_label"])
        _emit(data, as_json, text)


# --- curve-check -----------------------------------------------------------------------------------


def curve_json(result: curve.CurveResult) -> dict[str, Any]:
    """Keys: rule ("R-CURVE"), organisasi, organisasi_label, verdict (fits | does-not-fit |
    no-data), fits, n, counts {predikat: int}, shares {predikat: float, raw}, rounding, largest,
    checks [{rule, kind, predikat [..], share (str|null), bound (at-most|at-least), limit, count,
    passed, message}], failures [rule ids], suggestion [{rule, predikat [..], direction
    (more|fewer), amount, target, current, taken_from {predikat: int}, message}], feasible,
    nearest ({predikat: int} | null), moves (int | null)."""
    return {
        "rule": "R-CURVE",
        "organisasi": result.organisasi.value,
        "organisasi_label": label(result.organisasi),
        "verdict": result.verdict.value,
        "fits": result.fits,
        "n": result.n,
        "counts": {p.value: k for p, k in result.counts.items()},
        "shares": {p.value: float(s) for p, s in result.shares.items()},
        "rounding": result.rounding.value,
        "largest": result.largest.value,
        "checks": [
            {
                "rule": c.id,
                "kind": c.rule.kind.value,
                "predikat": [p.value for p in c.rule.predikat],
                "share": None if c.rule.share is None else str(c.rule.share),
                "bound": "at-most" if c.rule.at_most else "at-least",
                "limit": c.limit,
                "count": c.count,
                "passed": c.passed,
                "message": check_text(c, result.n, result.largest),
            }
            for c in result.checks
        ],
        "failures": [c.id for c in result.failed],
        "suggestion": [
            {
                "rule": s.rule_id,
                "predikat": [p.value for p in s.predikat],
                "direction": s.direction.value,
                "amount": s.amount,
                "target": s.target,
                "current": s.current,
                "taken_from": {p.value: k for p, k in s.taken_from},
                "message": change_text(s),
            }
            for s in result.suggestion
        ],
        "feasible": result.feasible,
        "nearest": None if result.nearest is None else {p.value: k for p, k in result.nearest.items()},
        "moves": result.moves,
    }


def _curve_text(result: curve.CurveResult) -> str:
    translate = QCoreApplication.translate
    lines = [
        translate("Cli", "Predikat organisasi {organisasi}; employees rated: {n}.").format(
            organisasi=label(result.organisasi), n=format_count(result.n)
        )
    ]
    width = max(len(label(p)) for p in Predikat)
    for p in Predikat:
        lines.append(
            f"  {label(p):<{width}}  {format_count(result.counts[p]):>5}  {_percent(result.shares[p]):>7}"
        )
    if result.fits:
        lines.append(translate("Cli", "Fits the expected distribution (R-CURVE)."))
    else:
        lines.append(
            translate(
                "Cli",
                "Does not fit the expected distribution (R-CURVE). This is a consideration for the "
                "leader, not a rule.",
            )
        )
    for check in result.checks:
        mark = "✓" if check.passed else "✗"
        lines.append(f"  {mark} {check_text(check, result.n, result.largest)}")
    if not result.fits:
        lines.append(
            translate("Cli", "To fit: {changes}.").format(
                changes="; ".join(change_text(s) for s in result.suggestion)
            )
        )
        if result.nearest is None:
            lines.append(
                translate(
                    "Cli",
                    "With {n} employees rated, no distribution meets every rule of this pattern; read it "
                    "as a consideration only.",
                ).format(n=format_count(result.n))
            )
        else:
            distribution = ", ".join(f"{label(p)} {format_count(k)}" for p, k in result.nearest.items())
            lines.append(
                translate(
                    "Cli", "Nearest distribution that fits (re-ratings: {moves}): {distribution}."
                ).format(moves=format_count(result.moves or 0), distribution=distribution)
            )
    lines.append(
        translate(
            "Cli",
            "Instansi choices: rounding {rounding}, largest group read as {largest} (change with "
            "--rounding and --largest).",
        ).format(rounding=result.rounding.value, largest=result.largest.value)
    )
    return "\n".join(lines)


@cli.command("curve-check")
@click.option(
    "--org-predikat",
    "org_predikat",
    required=True,
    help="Predikat kinerja organisasi: istimewa, baik, butuh-perbaikan, kurang or sangat-kurang.",
)
@click.option(
    "--counts",
    required=True,
    help='Employees per predikat, e.g. "SB=2,B=10,BP=1,K=0,SK=0" (missing ones count 0).',
)
@click.option(
    "--rounding",
    type=click.Choice([r.value for r in curve.Rounding]),
    default=curve.DEFAULT_ROUNDING.value,
    show_default=True,
    help="people: an upper share allows at least 1 person, a lower one needs ceil(share×n); "
    "exact: the raw shares.",
)
@click.option(
    "--largest",
    type=click.Choice([v.value for v in curve.Largest]),
    default=curve.DEFAULT_LARGEST.value,
    show_default=True,
    help='How "sebagian besar" is read.',
)
@json_option
def curve_check(org_predikat: str, counts: str, rounding: str, largest: str, as_json: bool) -> None:
    """Check a unit's predikat distribution against the predikat organisasi (R-CURVE).

    A consideration for the leader, not a rule: it says which rule fails and the smallest
    re-rating that would fit.

    \b
    Exit codes: 0 the distribution fits; 1 it does not fit; 2 bad input.
    """
    with refusals():
        with _bad_input():
            org = curve.parse_organisasi(org_predikat)
            parsed = curve.parse_counts(counts)
        result = curve.evaluate(
            org, parsed, rounding=curve.Rounding(rounding), largest=curve.Largest(largest)
        )
        _emit(curve_json(result), as_json, _curve_text(result))
    sys.exit(EXIT_FITS if result.fits else EXIT_DOES_NOT_FIT)


# --- angka-kredit ----------------------------------------------------------------------------------


def _exact(value: Fraction) -> str:
    return str(ak.to_decimal(value))


def _terminates(value: Fraction) -> bool:
    d = value.denominator
    for prime in (2, 5):
        while d % prime == 0:
            d //= prime
    return d == 1


def angka_kredit_json(result: ak.AngkaKredit, progress: ak.AkProgress, previous: Fraction) -> dict[str, Any]:
    """Keys: rule ("R-AK"), angka_kredit (exact, str), angka_kredit_rounded (2 decimals, str),
    angka_kredit_fraction ("25/12"), persen, koefisien (str), bulan (int), jenjang, jenjang_label,
    kategori, golongan [from, to], predikat, predikat_label, kebutuhan_kenaikan_pangkat (str),
    kebutuhan_kenaikan_jenjang (str | null), progress {previous, total, total_rounded,
    kurang_kenaikan_pangkat, kenaikan_pangkat_reached, kurang_kenaikan_jenjang (str | null),
    kenaikan_jenjang_reached (bool | null)}."""
    row = result.jenjang
    return {
        "rule": "R-AK",
        "angka_kredit": str(result.value),
        "angka_kredit_rounded": str(result.display),
        "angka_kredit_fraction": f"{result.exact.numerator}/{result.exact.denominator}",
        "persen": str(result.persen),
        "koefisien": str(result.koefisien),
        "bulan": result.bulan,
        "jenjang": row.jenjang.value,
        "jenjang_label": jenjang_label(row.jenjang),
        "kategori": row.kategori.value,
        "golongan": [row.golongan_awal, row.golongan_akhir],
        "predikat": result.predikat.value,
        "predikat_label": label(result.predikat),
        "kebutuhan_kenaikan_pangkat": str(row.ak_kenaikan_pangkat),
        "kebutuhan_kenaikan_jenjang": None
        if row.ak_kenaikan_jenjang is None
        else str(row.ak_kenaikan_jenjang),
        "progress": {
            "previous": _exact(previous),
            "total": _exact(progress.total),
            "total_rounded": str(ak.for_display(progress.total)),
            "kurang_kenaikan_pangkat": _exact(progress.kurang_pangkat),
            "kenaikan_pangkat_reached": progress.pangkat_reached,
            "kurang_kenaikan_jenjang": None
            if progress.kurang_jenjang is None
            else _exact(progress.kurang_jenjang),
            "kenaikan_jenjang_reached": progress.jenjang_reached,
        },
    }


def _ak_text(result: ak.AngkaKredit, progress: ak.AkProgress, show_progress: bool) -> str:
    translate = QCoreApplication.translate
    row = result.jenjang
    exact = (
        format_number(result.value)
        if _terminates(result.exact)
        else format_number(ak.to_decimal(result.exact), 6) + "…"
    )
    lines = [
        translate(
            "Cli", "Angka kredit: {rounded} ({bulan}/12 × {persen}% × koefisien {koefisien} = {exact}; R-AK)."
        ).format(
            rounded=format_number(result.display, 2),
            bulan=result.bulan,
            persen=format_number(result.persen),
            koefisien=format_number(result.koefisien),
            exact=exact,
        )
    ]
    params = {
        "jenjang": jenjang_label(row.jenjang),
        "kategori": row.kategori.value,
        "awal": row.golongan_awal,
        "akhir": row.golongan_akhir,
        "pangkat": format_number(row.ak_kenaikan_pangkat),
    }
    if row.ak_kenaikan_jenjang is None:
        lines.append(
            translate(
                "Cli",
                "{jenjang} ({kategori}, {awal}–{akhir}): AK kumulatif {pangkat} for kenaikan pangkat; "
                "no higher jenjang in this kategori.",
            ).format(**params)
        )
    else:
        lines.append(
            translate(
                "Cli",
                "{jenjang} ({kategori}, {awal}–{akhir}): AK kumulatif {pangkat} for kenaikan pangkat, "
                "{jenjang_ak} for kenaikan jenjang.",
            ).format(jenjang_ak=format_number(row.ak_kenaikan_jenjang), **params)
        )
    if show_progress:
        reached = translate("Cli", "reached")
        pangkat = (
            reached if progress.pangkat_reached else format_number(ak.for_display(progress.kurang_pangkat), 2)
        )
        line = translate(
            "Cli", "Collected in this jenjang: {total}; still needed for kenaikan pangkat: {pangkat}"
        ).format(total=format_number(ak.for_display(progress.total), 2), pangkat=pangkat)
        if progress.kurang_jenjang is not None:
            jenjang = (
                reached
                if progress.jenjang_reached
                else format_number(ak.for_display(progress.kurang_jenjang), 2)
            )
            line += translate("Cli", "; for kenaikan jenjang: {jenjang}").format(jenjang=jenjang)
        lines.append(line + ".")
    return "\n".join(lines)


@cli.command("angka-kredit")
@click.option("--jenjang", required=True, help='JF jenjang, e.g. "Ahli Pertama", ahli-muda, terampil.')
@click.option("--predikat", "predikat_text", required=True, help="Predikat kinerja: sangat-baik, baik, ...")
@click.option("--bulan", required=True, help="Months the predikat covers, 1 to 12.")
@click.option(
    "--previous",
    default=None,
    help="AK already collected in this jenjang; adds what is still needed for kenaikan pangkat/jenjang.",
)
@json_option
def angka_kredit_command(
    jenjang: str, predikat_text: str, bulan: str, previous: str | None, as_json: bool
) -> None:
    """Angka kredit of a jabatan fungsional: (bulan/12) × persen(predikat) × koefisien (R-AK).

    Shows the exact value and the value rounded to 2 decimals as BKN prints it.
    """
    with refusals(), _bad_input():
        result = ak.calculate(jenjang, predikat_text, bulan)
        before = ak.parse_ak(previous) if previous is not None else Fraction(0)
        progress = ak.progress(result.jenjang.jenjang, [before, result])
        _emit(
            angka_kredit_json(result, progress, before),
            as_json,
            _ak_text(result, progress, show_progress=previous is not None),
        )
