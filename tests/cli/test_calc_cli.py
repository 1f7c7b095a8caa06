"""``skpdesk predikat``, ``curve-check``, ``angka-kredit``: JSON shapes, text lines, exit codes
(0 fits / 1 does not fit / 2 bad input), clear one-line messages for bad input."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner, Result

from skpdesk.cli.main import cli


def invoke(*args: str, lang: str = "en") -> Result:
    return CliRunner().invoke(cli, list(args), env={"SKPDESK_LANG": lang, "SKPDESK_WORKSPACE": None})


def as_json(result: Result) -> Any:
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return json.loads(result.stdout)


def one_line_error(result: Result, code: str) -> str:
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].endswith(f"[{code}]")
    assert "Traceback" not in result.stderr
    return lines[0]


# --- predikat --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hasil", "perilaku", "expected"),
    [
        ("di-atas", "di-atas", "sangat-baik"),
        ("Di Atas Ekspektasi", "sesuai", "baik"),
        ("DI_BAWAH_EKSPEKTASI", "atas", "butuh-perbaikan"),
        ("sesuai", "di bawah", "kurang"),
        ("bawah", "Di Bawah Ekspektasi", "sangat-kurang"),
    ],
)
def test_predikat_json(hasil: str, perilaku: str, expected: str) -> None:
    result = invoke("predikat", "--hasil", hasil, "--perilaku", perilaku, "--json")
    assert result.exit_code == 0, result.stderr
    data = as_json(result)
    assert data["predikat"] == expected and data["rule"] == "R-MATRIX"
    assert set(data) == {
        "predikat",
        "label",
        "rule",
        "hasil_kerja",
        "perilaku",
        "hasil_kerja_label",
        "perilaku_label",
    }


def test_predikat_text() -> None:
    result = invoke("predikat", "--hasil", "di-atas", "--perilaku", "di-bawah")
    assert result.exit_code == 0
    assert result.stdout == (
        "Predikat kinerja: Kurang/Misconduct (rating hasil kerja Di Atas Ekspektasi, "
        "rating perilaku Di Bawah Ekspektasi; R-MATRIX).\n"
    )


def test_predikat_bad_rating() -> None:
    line = one_line_error(invoke("predikat", "--hasil", "luar biasa", "--perilaku", "sesuai"), "CALC-RATING")
    assert '"luar biasa"' in line and "di-atas" in line


def test_predikat_missing_option_is_a_usage_error() -> None:
    result = invoke("predikat", "--hasil", "sesuai")
    assert result.exit_code == 2 and "--perilaku" in result.stderr


# --- curve-check -----------------------------------------------------------------------------------

CURVE_KEYS = {
    "rule",
    "organisasi",
    "organisasi_label",
    "verdict",
    "fits",
    "n",
    "counts",
    "shares",
    "rounding",
    "largest",
    "checks",
    "failures",
    "suggestion",
    "feasible",
    "nearest",
    "moves",
}


def test_curve_fits_exit_0() -> None:
    result = invoke("curve-check", "--org-predikat", "istimewa", "--counts", "SB=6,B=3,BP=1", "--json")
    assert result.exit_code == 0
    data = as_json(result)
    assert set(data) == CURVE_KEYS
    assert data["fits"] is True and data["verdict"] == "fits" and data["failures"] == []
    assert data["n"] == 10
    assert data["shares"] == {
        "sangat-baik": 0.6,
        "baik": 0.3,
        "butuh-perbaikan": 0.1,
        "kurang": 0.0,
        "sangat-kurang": 0.0,
    }
    assert data["counts"] == {
        "sangat-baik": 6,
        "baik": 3,
        "butuh-perbaikan": 1,
        "kurang": 0,
        "sangat-kurang": 0,
    }
    assert data["suggestion"] == [] and data["moves"] == 0
    assert [c["rule"] for c in data["checks"]] == ["largest:sangat-baik", "max:sangat-baik"]
    assert data["checks"][1] == {
        "rule": "max:sangat-baik",
        "kind": "max",
        "predikat": ["sangat-baik"],
        "share": "0.70",
        "bound": "at-most",
        "limit": 7,
        "count": 6,
        "passed": True,
        "message": "Sangat Baik at most 70% (7 of 10): 6 now",
    }


def test_curve_does_not_fit_exit_1_with_the_failing_rules_and_suggestion() -> None:
    result = invoke("curve-check", "--org-predikat", "Baik", "--counts", "SB=2,B=8", "--json")
    assert result.exit_code == 1
    data = as_json(result)
    assert data["fits"] is False and data["verdict"] == "does-not-fit"
    assert data["failures"] == ["max:baik", "at-least-one:butuh-perbaikan+kurang"]
    assert [
        (s["rule"], s["direction"], s["amount"], s["target"], s["current"], s["message"])
        for s in data["suggestion"]
    ] == [
        ("max:baik", "fewer", 1, 7, 8, "at most 7 Baik: 1 fewer"),
        (
            "at-least-one:butuh-perbaikan+kurang",
            "more",
            1,
            1,
            0,
            "at least 1 Butuh Perbaikan or Kurang/Misconduct: 1 more",
        ),
    ]
    assert data["feasible"] is True and data["moves"] == 1
    assert data["nearest"] == {
        "sangat-baik": 2,
        "baik": 7,
        "butuh-perbaikan": 1,
        "kurang": 0,
        "sangat-kurang": 0,
    }


def test_curve_text_report() -> None:
    result = invoke("curve-check", "--org-predikat", "istimewa", "--counts", "SB=3,B=5,BP=1")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "Predikat organisasi Istimewa; employees rated: 9."
    assert lines[1].split() == ["Sangat", "Baik", "3", "33.3%"]
    assert lines[6].startswith("Does not fit the expected distribution (R-CURVE).")
    assert lines[7] == "  ✗ Sangat Baik is the largest group (more people than any other predikat): 3 now"
    assert lines[8] == "  ✓ Sangat Baik at most 70% (6 of 9): 3 now"
    assert lines[9] == "To fit: at least 5 Sangat Baik: 2 more, re-rated from Baik (2)."
    assert lines[10].startswith("Nearest distribution that fits (re-ratings: 2): ")
    assert "rounding people" in lines[11]


def test_curve_infeasible_small_unit_says_so() -> None:
    result = invoke("curve-check", "--org-predikat", "kurang", "--counts", "B=1", "--json")
    assert result.exit_code == 1
    data = as_json(result)
    assert data["feasible"] is False and data["nearest"] is None and data["moves"] is None
    text = invoke("curve-check", "--org-predikat", "kurang", "--counts", "B=1").stdout
    assert "no distribution meets every rule" in text


def test_curve_rounding_and_largest_options() -> None:
    people = invoke("curve-check", "--org-predikat", "butuh-perbaikan", "--counts", "SB=1,BP=2", "--json")
    exact = invoke(
        "curve-check",
        "--org-predikat",
        "butuh-perbaikan",
        "--counts",
        "SB=1,BP=2",
        "--rounding",
        "exact",
        "--json",
    )
    assert people.exit_code == 0 and exact.exit_code == 1
    assert as_json(exact)["failures"] == ["max:sangat-baik"] and as_json(exact)["rounding"] == "exact"
    tie = invoke(
        "curve-check", "--org-predikat", "baik", "--counts", "B=1,BP=1", "--largest", "plurality-or-tie"
    )
    assert tie.exit_code == 0
    bad = invoke("curve-check", "--org-predikat", "baik", "--counts", "B=1", "--rounding", "sometimes")
    assert bad.exit_code == 2


@pytest.mark.parametrize(
    ("counts", "code"),
    [
        ("SB=-1,B=3", "CURVE-COUNT"),
        ("SB=two", "CURVE-COUNT"),
        ("XX=3", "CURVE-KEY"),
        ("B=3,baik=1", "CURVE-DUP"),
        ("B3", "CURVE-FORMAT"),
        ("", "CURVE-EMPTY"),
        ("SB=0,B=0,BP=0,K=0,SK=0", "CURVE-EMPTY"),
    ],
)
def test_curve_bad_counts_exit_2(counts: str, code: str) -> None:
    one_line_error(invoke("curve-check", "--org-predikat", "baik", "--counts", counts, "--json"), code)


def test_curve_bad_counts_message_is_clear() -> None:
    line = one_line_error(invoke("curve-check", "--org-predikat", "baik", "--counts", "SB=-1"), "CURVE-COUNT")
    assert line.startswith('"-1" is not a number of people (for SB).')


def test_curve_unknown_or_missing_org_predikat() -> None:
    line = one_line_error(invoke("curve-check", "--org-predikat", "hebat", "--counts", "B=3"), "CALC-ORG")
    assert "istimewa" in line
    missing = invoke("curve-check", "--counts", "B=3")
    assert missing.exit_code == 2 and "--org-predikat" in missing.stderr


def test_curve_help_documents_the_exit_codes() -> None:
    result = invoke("curve-check", "--help")
    assert result.exit_code == 0
    assert "Exit codes: 0 the distribution fits; 1 it does not fit; 2 bad input." in result.stdout


# --- angka-kredit ----------------------------------------------------------------------------------


def test_angka_kredit_reference_example_full_year() -> None:
    result = invoke(
        "angka-kredit", "--jenjang", "Ahli Pertama", "--predikat", "sangat-baik", "--bulan", "12", "--json"
    )
    assert result.exit_code == 0, result.stderr
    data = as_json(result)
    assert data["angka_kredit"] == "18.75" and data["angka_kredit_rounded"] == "18.75"
    assert (data["persen"], data["koefisien"], data["bulan"]) == ("150", "12.5", 12)
    assert (data["kebutuhan_kenaikan_pangkat"], data["kebutuhan_kenaikan_jenjang"]) == ("50", "100")
    assert data["golongan"] == ["III/a", "III/b"] and data["kategori"] == "keahlian"
    assert data["rule"] == "R-AK"


def test_angka_kredit_two_months_exact_and_rounded() -> None:
    data = as_json(
        invoke("angka-kredit", "--jenjang", "ahli-pertama", "--predikat", "baik", "--bulan", "2", "--json")
    )
    assert data["angka_kredit_rounded"] == "2.08"
    assert data["angka_kredit_fraction"] == "25/12"
    assert data["angka_kredit"].startswith("2.08333333")
    assert data["progress"]["previous"] == "0" and data["progress"]["kenaikan_pangkat_reached"] is False


def test_angka_kredit_text_in_english_and_indonesian_numbers() -> None:
    english = invoke("angka-kredit", "--jenjang", "Ahli Pertama", "--predikat", "baik", "--bulan", "2")
    assert english.exit_code == 0
    first, second = english.stdout.splitlines()
    assert first == "Angka kredit: 2.08 (2/12 × 100% × koefisien 12.5 = 2.083333…; R-AK)."
    assert second == (
        "Ahli Pertama (keahlian, III/a–III/b): AK kumulatif 50 for kenaikan pangkat, "
        "100 for kenaikan jenjang."
    )
    indonesian = invoke(
        "angka-kredit", "--jenjang", "Ahli Pertama", "--predikat", "baik", "--bulan", "2", lang="id"
    )
    assert indonesian.exit_code == 0
    assert "2,08" in indonesian.stdout.splitlines()[0] and "12,5" in indonesian.stdout


def test_angka_kredit_top_jenjang_and_previous() -> None:
    result = invoke(
        "angka-kredit", "--jenjang", "Penyelia", "--predikat", "baik", "--bulan", "12", "--previous", "80"
    )
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "no higher jenjang" in lines[1]
    assert lines[2] == "Collected in this jenjang: 105.00; still needed for kenaikan pangkat: reached."
    data = as_json(
        invoke(
            "angka-kredit",
            "--jenjang",
            "Ahli Pertama",
            "--predikat",
            "baik",
            "--bulan",
            "2",
            "--previous",
            "40,5",
            "--json",
        )
    )
    assert data["progress"]["previous"] == "40.5"
    assert data["progress"]["total_rounded"] == "42.58"
    assert data["progress"]["kurang_kenaikan_jenjang"].startswith("57.41666")


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("--jenjang", "Pengawas", "--predikat", "baik", "--bulan", "12"), "AK-JENJANG"),
        (("--jenjang", "Ahli Super", "--predikat", "baik", "--bulan", "12"), "AK-JENJANG"),
        (("--jenjang", "Ahli Muda", "--predikat", "hebat", "--bulan", "12"), "CALC-PREDIKAT"),
        (("--jenjang", "Ahli Muda", "--predikat", "baik", "--bulan", "13"), "AK-MONTHS"),
        (("--jenjang", "Ahli Muda", "--predikat", "baik", "--bulan", "0"), "AK-MONTHS"),
        (("--jenjang", "Ahli Muda", "--predikat", "baik", "--bulan", "2.5"), "AK-MONTHS"),
        (("--jenjang", "Ahli Muda", "--predikat", "baik", "--bulan", "12", "--previous", "-3"), "AK-VALUE"),
    ],
)
def test_angka_kredit_bad_input_exit_2(args: tuple[str, ...], code: str) -> None:
    one_line_error(invoke("angka-kredit", *args, "--json"), code)


def test_messages_are_indonesian_by_default() -> None:
    result = invoke(
        "angka-kredit", "--jenjang", "Ahli Muda", "--predikat", "baik", "--bulan", "13", lang="id"
    )
    assert result.exit_code == 2 and "[AK-MONTHS]" in result.stderr


def test_commands_listed_in_help() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    for name in ("predikat", "curve-check", "angka-kredit"):
        assert name in result.stdout


def test_calculators_do_not_load_the_database_layer() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from skpdesk.cli.main import cli; "
        "from click.testing import CliRunner; "
        "r = CliRunner().invoke(cli, ['curve-check', '--org-predikat', 'baik', '--counts', 'B=7,SB=2,K=1']); "
        "print(r.exit_code, 'sqlalchemy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.split() == ["0", "False"]


def test_curve_check_speaks_indonesian_in_every_line() -> None:
    """The rule lines come from curve_text with literal sources, so they are in the catalogue."""
    result = invoke("curve-check", "--org-predikat", "baik", "--counts", "SB=1,B=8,BP=1,K=0,SK=0", lang="id")
    assert result.exit_code == 1
    assert "Baik paling banyak 70% (7 dari 10): sekarang 8" in result.output
    assert "Agar sesuai: paling banyak 7 Baik: kurangi 1." in result.output
    for english in ("at most", "at least", " now", "fewer", "largest group", "employee rated"):
        assert english not in result.output
