"""SKP-REFERENCE R-PANGKAT: pangkat / golongan ruang, PPPK golongan."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.pangkat import (
    GOLONGAN,
    GOLONGAN_BY_CODE,
    PPPK_GOLONGAN,
    Golongan,
    golongan_between,
    parse_golongan,
    parse_pppk_golongan,
)


def test_table_shape() -> None:
    assert len(GOLONGAN) == 17
    assert [g.rank for g in GOLONGAN] == list(range(1, 18))
    assert GOLONGAN[0] == Golongan("I/a", "Juru Muda", 1)
    assert GOLONGAN[9] == Golongan("III/b", "Penata Muda Tingkat I", 10)
    assert GOLONGAN[-1] == Golongan("IV/e", "Pembina Utama", 17)
    assert len({g.code for g in GOLONGAN}) == len({g.pangkat for g in GOLONGAN}) == 17


@pytest.mark.parametrize(
    "text",
    [
        "III/a",
        "III/A",
        "iii/a",
        "III a",
        "IIIa",
        "III-a",
        "III.a",
        "3a",
        "3/a",
        "3 A",
        " III/a ",
        "Gol. III/a",
        "Golongan III/a",
        "golongan ruang III/a",
        "Penata Muda",
        "PENATA MUDA",
        "Penata Muda (III/a)",
    ],
)
def test_iii_a(text: str) -> None:
    assert parse_golongan(text).code == "III/a"


@pytest.mark.parametrize(
    "text",
    [
        "Penata Muda Tingkat I",
        "Penata Muda Tk. I",
        "Penata Muda Tk.I",
        "penata muda tk.i",
        "Penata  Muda  TK I",
        "Penata Muda Tingkat 1",
        "Penata Muda Tk. I (III/b)",
        "Penata Muda Tingkat I (III/B)",
        "III/b - Penata Muda Tingkat I",
        "Penata Muda Tingkat I, III/b",
        "Penata Muda Tk. I III/b",
    ],
)
def test_iii_b_by_name(text: str) -> None:
    assert parse_golongan(text) == GOLONGAN_BY_CODE["III/b"]


def test_names_that_are_prefixes_of_others() -> None:
    assert parse_golongan("Juru").code == "I/c"
    assert parse_golongan("Juru Muda").code == "I/a"
    assert parse_golongan("Juru Tk. I").code == "I/d"
    assert parse_golongan("Pembina Utama").code == "IV/e"
    assert parse_golongan("Pembina Utama Madya").code == "IV/d"
    assert parse_golongan("4e").code == "IV/e"
    assert parse_golongan("IVa").code == "IV/a"
    assert parse_golongan("Ia").code == "I/a"


@pytest.mark.parametrize(
    "text",
    ["", "III", "III/f", "I/e", "II/e", "V/a", "5a", "Penata Utama", "Penata (III/b)", "III/a III/b", "IX"],
)
def test_unknown(text: str) -> None:
    with pytest.raises(SkpError) as caught:
        parse_golongan(text)
    assert caught.value.code is Code.UNKNOWN_GOLONGAN
    assert caught.value.params["value"] == text


def test_name_and_code_that_disagree_are_refused() -> None:
    with pytest.raises(SkpError) as caught:
        parse_golongan("Penata Muda Tk. I (III/c)")
    assert caught.value.params["reason"] == "name-code-mismatch"


@given(st.sampled_from(GOLONGAN))
def test_every_code_and_name_parse_back(g: Golongan) -> None:
    assert parse_golongan(g.code) == g
    assert parse_golongan(g.code.upper()) == g
    assert parse_golongan(g.code.replace("/", "")) == g
    assert parse_golongan(g.pangkat) == g
    assert parse_golongan(g.pangkat.replace("Tingkat I", "Tk. I")) == g
    assert parse_golongan(f"{g.pangkat} ({g.code})") == g


def test_golongan_between() -> None:
    assert golongan_between("III/a", "III/a", "III/b")
    assert golongan_between("III/b", "III/a", "III/b")
    assert not golongan_between("III/c", "III/a", "III/b")
    assert not golongan_between("II/d", "III/a", "III/b")
    assert golongan_between("Penata Muda Tk. I", "3a", "3b")


@given(st.sampled_from(GOLONGAN), st.sampled_from(GOLONGAN), st.sampled_from(GOLONGAN))
def test_golongan_between_follows_rank(g: Golongan, low: Golongan, high: Golongan) -> None:
    assert golongan_between(g.code, low.code, high.code) == (low.rank <= g.rank <= high.rank)


def test_pppk_golongan() -> None:
    assert PPPK_GOLONGAN[0] == "I"
    assert PPPK_GOLONGAN[-1] == "XVII"
    assert len(PPPK_GOLONGAN) == len(set(PPPK_GOLONGAN)) == 17
    assert parse_pppk_golongan("ix") == "IX"
    assert parse_pppk_golongan(" IX ") == "IX"
    assert parse_pppk_golongan("9") == "IX"
    assert parse_pppk_golongan("Gol. XVII") == "XVII"


@pytest.mark.parametrize("text", ["", "0", "18", "XVIII", "IIII", "III/a", "abc"])
def test_pppk_golongan_unknown(text: str) -> None:
    with pytest.raises(SkpError) as caught:
        parse_pppk_golongan(text)
    assert caught.value.code is Code.UNKNOWN_GOLONGAN
    assert caught.value.params["system"] == "pppk"


@given(st.integers(1, 17))
def test_pppk_number_and_roman_agree(n: int) -> None:
    roman = PPPK_GOLONGAN[n - 1]
    assert parse_pppk_golongan(str(n)) == roman
    assert parse_pppk_golongan(roman.lower()) == roman
