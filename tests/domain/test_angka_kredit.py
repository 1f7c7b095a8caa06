"""SKP-REFERENCE R-AK (and R-PERIODIC for periods): angka kredit from the predikat kinerja."""

from __future__ import annotations

import csv
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skpdesk.domain import angka_kredit as ak
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.jabatan import JENJANG_JF, Jenjang
from skpdesk.domain.predikat import Predikat

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "data" / "reference"
SB, B, BP, KM, SK = Predikat
JF = [row.jenjang for row in JENJANG_JF]


def test_reference_examples() -> None:
    # Ahli Pertama, Sangat Baik, 12 months → 1.5 × 12.5 = 18.75 [V] S10
    full = ak.calculate("Ahli Pertama", "Sangat Baik", 12)
    assert full.exact == Fraction(75, 4)
    assert full.value == Decimal("18.75") and str(full.display) == "18.75"
    assert ak.angka_kredit(Jenjang.AHLI_PERTAMA, SB, 12) == Decimal("18.75")
    # Ahli Pertama, Baik, 2 months → 2/12 × 1.0 × 12.5 = 2.08 [V] S10
    two = ak.calculate("ahli-pertama", "baik", 2)
    assert two.exact == Fraction(25, 12)  # stored exact
    assert str(two.display) == "2.08"  # rounded only for display
    assert two.value == Decimal(25) / Decimal(12)
    assert (two.persen, two.koefisien, two.bulan) == (Decimal(100), Decimal("12.5"), 2)


def test_persen_table() -> None:
    assert [ak.persen(p) for p in Predikat] == [Decimal(v) for v in (150, 100, 75, 50, 25)]
    assert ak.persen("Cukup") == Decimal(75)  # the older name of Butuh Perbaikan (R-MATRIX alias)


def test_persen_equals_the_shared_reference_csv() -> None:
    path = REFERENCE / "predikat_ak_percent.csv"
    if not path.is_file():
        pytest.skip(f"reference file not found: {path}")
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {Predikat[r["predikat"]]: Decimal(r["persen"]) for r in rows} == dict(ak.PERSEN)


@pytest.mark.parametrize("jenjang", JF)
@pytest.mark.parametrize("predikat", list(Predikat))
def test_a_full_year_is_persen_times_koefisien(jenjang: Jenjang, predikat: Predikat) -> None:
    row = ak.parse_jenjang_jf(jenjang)
    result = ak.calculate(jenjang, predikat)
    assert result.bulan == 12
    assert result.value == row.koefisien_tahunan * ak.PERSEN[predikat] / 100


@pytest.mark.parametrize(
    ("text", "jenjang"),
    [
        ("Ahli Pertama", Jenjang.AHLI_PERTAMA),
        ("ahli-pertama", Jenjang.AHLI_PERTAMA),
        ("AHLI_PERTAMA", Jenjang.AHLI_PERTAMA),
        ("ahli muda", Jenjang.AHLI_MUDA),
        ("Jabatan Fungsional Ahli Madya", Jenjang.AHLI_MADYA),
        ("TERAMPIL", Jenjang.TERAMPIL),
        ("penyelia", Jenjang.PENYELIA),
    ],
)
def test_jenjang_names(text: str, jenjang: Jenjang) -> None:
    assert ak.parse_jenjang_jf(text).jenjang is jenjang
    assert ak.koefisien(text) == ak.parse_jenjang_jf(jenjang).koefisien_tahunan


def test_jenjang_table_rows() -> None:
    rows = {r.jenjang: r for r in ak.jenjang_table()}
    assert len(rows) == 8
    assert (rows[Jenjang.AHLI_MADYA].koefisien_tahunan, rows[Jenjang.AHLI_MADYA].ak_kenaikan_jenjang) == (
        Decimal("37.5"),
        Decimal(450),
    )
    assert rows[Jenjang.AHLI_UTAMA].ak_kenaikan_jenjang is None  # "—" in the reference
    assert rows[Jenjang.PENYELIA].ak_kenaikan_jenjang is None
    assert rows[Jenjang.PEMULA].koefisien_tahunan == Decimal("3.75")


@pytest.mark.parametrize("text", ["Pengawas", "JPT Pratama", "pelaksana", "Ahli Super", ""])
def test_jenjang_without_angka_kredit(text: str) -> None:
    with pytest.raises(SkpError) as err:
        ak.calculate(text, "baik", 12)
    assert err.value.code is Code.AK_JENJANG and err.value.params == {"value": text}


@pytest.mark.parametrize("bulan", [0, 13, -1, "0", "13", "abc", "1.5", "", 1.5, True, None])
def test_months_outside_1_to_12_or_not_whole(bulan: object) -> None:
    with pytest.raises(SkpError) as err:
        ak.calculate("Ahli Muda", "baik", bulan)  # type: ignore[arg-type]
    assert err.value.code is Code.AK_MONTHS


def test_months_as_text() -> None:
    assert ak.parse_bulan(" 3 ") == 3
    assert ak.calculate("Ahli Muda", "baik", "6").exact == Fraction(25, 2)


@pytest.mark.parametrize("text", ["excellent", "", "istimewa"])
def test_unknown_predikat(text: str) -> None:
    with pytest.raises(SkpError) as err:
        ak.calculate("Ahli Muda", text, 12)
    assert err.value.code is Code.CALC_PREDIKAT


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Fraction(25, 12), "2.08"),
        (Decimal("9.375"), "9.38"),  # the 3-decimal value some apps keep (R-AK note 5)
        (Decimal("0.125"), "0.13"),  # half-even would give 0.12
        (Fraction(1, 8) * 5, "0.63"),
        (Fraction(50), "50.00"),
        (0, "0.00"),
    ],
)
def test_display_rounding(value: Fraction | Decimal | int, shown: str) -> None:
    assert str(ak.for_display(value)) == shown


def test_four_triwulan_sum_to_the_year() -> None:
    year = ak.sum_periods(
        "Ahli Pertama", [(3, "baik"), (3, "baik"), (3, "sangat-baik"), (3, "butuh-perbaikan")]
    )
    assert year.bulan == 12
    expected = Fraction(3, 12) * Fraction(25, 2) * (1 + 1 + Fraction(3, 2) + Fraction(3, 4))
    assert year.exact == expected
    assert [p.predikat for p in year.periods] == [B, B, SB, BP]
    assert year.display == ak.for_display(expected)


def test_twelve_monthly_periods_are_exactly_one_year() -> None:
    monthly = ak.sum_periods("Ahli Pertama", [(1, "baik")] * 12)
    assert monthly.exact == ak.calculate("Ahli Pertama", "baik", 12).exact == Fraction(25, 2)
    assert monthly.value == Decimal("12.5")  # no 12.500…004 from adding rounded twelfths


def test_a_short_year_and_no_periods() -> None:
    assert ak.sum_periods("Mahir", [(5, "baik")]).bulan == 5
    assert ak.sum_periods("Mahir", []).exact == 0


def test_periods_over_twelve_months() -> None:
    with pytest.raises(SkpError) as err:
        ak.sum_periods("Mahir", [(6, "baik"), (7, "baik")])
    assert err.value.code is Code.AK_MONTHS_TOTAL and err.value.params == {"total": 13}


def test_progress_towards_pangkat_and_jenjang() -> None:
    two = ak.calculate("Ahli Pertama", "baik", 2)
    progress = ak.progress("Ahli Pertama", ["48", two])
    assert progress.total == Fraction(48) + Fraction(25, 12)
    assert progress.pangkat_reached and progress.kurang_pangkat == 0
    assert progress.kebutuhan_jenjang == Decimal(100)
    assert progress.kurang_jenjang == Fraction(100) - progress.total and progress.jenjang_reached is False
    exactly = ak.progress("Ahli Pertama", [Decimal("31.25"), ak.calculate("Ahli Pertama", "sangat-baik")])
    assert exactly.total == 50 and exactly.pangkat_reached  # the threshold itself counts


def test_progress_at_the_top_jenjang_and_with_an_instansi_requirement() -> None:
    top = ak.progress("Ahli Utama", [ak.calculate("Ahli Utama", "baik")])
    assert top.kebutuhan_jenjang is None and top.kurang_jenjang is None and top.jenjang_reached is None
    assert top.kurang_pangkat == 150
    # SKP-REFERENCE R-AK note 2 [L]: Terampil starting at II/c may need 40 instead of 60
    local = ak.progress("Terampil", ["35", "5"], kebutuhan_jenjang=Decimal(40))
    assert local.jenjang_reached and local.kebutuhan_jenjang == 40
    year = ak.sum_periods("Terampil", [(6, "baik"), (6, "baik")])
    assert ak.progress("Terampil", [year]).total == 5


@pytest.mark.parametrize("bad", ["-1", "abc", "", "1.2.3", True, "1e3"])
def test_bad_amounts(bad: object) -> None:
    with pytest.raises(SkpError) as err:
        ak.progress("Mahir", [bad])  # type: ignore[list-item]
    assert err.value.code is Code.AK_VALUE


def test_amounts_accept_a_decimal_comma() -> None:
    assert ak.parse_ak("37,5") == Fraction(75, 2)
    assert ak.parse_ak(".5") == Fraction(1, 2)


@given(st.sampled_from(JF), st.sampled_from(list(Predikat)), st.integers(1, 12))
def test_formula_properties(jenjang: Jenjang, predikat: Predikat, bulan: int) -> None:
    result = ak.calculate(jenjang, predikat, bulan)
    row = ak.parse_jenjang_jf(jenjang)
    assert result.exact == Fraction(bulan, 12) * Fraction(ak.PERSEN[predikat]) / 100 * Fraction(
        row.koefisien_tahunan
    )
    assert abs(Fraction(result.display) - result.exact) <= Fraction(1, 200)
    assert abs(Fraction(result.value) - result.exact) < Fraction(1, 10**24)
    if bulan < 12:
        assert ak.calculate(jenjang, predikat, bulan + 1).exact > result.exact
    rank = list(Predikat).index(predikat)
    if rank > 0:
        assert ak.calculate(jenjang, list(Predikat)[rank - 1], bulan).exact > result.exact


@given(
    st.sampled_from(JF),
    st.lists(st.tuples(st.integers(1, 12), st.sampled_from(list(Predikat))), max_size=12).filter(
        lambda ps: sum(m for m, _ in ps) <= 12
    ),
)
def test_a_year_is_the_sum_of_its_periods(jenjang: Jenjang, periods: list[tuple[int, Predikat]]) -> None:
    year = ak.sum_periods(jenjang, periods)
    assert year.bulan == sum(m for m, _ in periods)
    assert year.exact == sum((ak.calculate(jenjang, p, m).exact for m, p in periods), Fraction(0))
