"""SKP-REFERENCE R-BERAKHLAK: core values and panduan perilaku."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skpdesk.domain.berakhlak import BERAKHLAK, CoreValue, info, parse_core_value
from skpdesk.domain.errors import Code, SkpError


def test_seven_values_in_order() -> None:
    assert [row.number for row in BERAKHLAK] == [1, 2, 3, 4, 5, 6, 7]
    assert [row.value for row in BERAKHLAK] == list(CoreValue)
    assert [row.name for row in BERAKHLAK] == [
        "Berorientasi Pelayanan",
        "Akuntabel",
        "Kompeten",
        "Harmonis",
        "Loyal",
        "Adaptif",
        "Kolaboratif",
    ]
    # the initials spell the acronym
    assert "".join(row.name[0] for row in BERAKHLAK) == "BAKHLAK"


def test_values_are_lower_case_hyphenated() -> None:
    assert CoreValue.BERORIENTASI_PELAYANAN.value == "berorientasi-pelayanan"
    for v in CoreValue:
        assert v.value == v.name.lower().replace("_", "-")


def test_each_value_has_three_panduan_lines() -> None:
    for row in BERAKHLAK:
        assert len(row.panduan) == 3
        assert all(line and line == line.strip() for line in row.panduan)
        assert row.definisi


def test_adaptif_says_proaktif_not_positif() -> None:
    adaptif = info(CoreValue.ADAPTIF)
    assert adaptif.panduan[2] == "Bertindak proaktif"
    assert not any("positif" in line for row in BERAKHLAK for line in row.panduan)


def test_info_examples() -> None:
    assert info(CoreValue.AKUNTABEL).panduan[2] == "Tidak menyalahgunakan kewenangan jabatan"
    assert info(CoreValue.KOLABORATIF).definisi == "membangun kerja sama yang sinergis"
    assert info(CoreValue.LOYAL).number == 5


@given(st.sampled_from(CoreValue))
def test_info_and_parse_round_trip(v: CoreValue) -> None:
    row = info(v)
    assert row.value is v
    assert BERAKHLAK[row.number - 1] is row
    assert parse_core_value(v.value) is v
    assert parse_core_value(v.name) is v
    assert parse_core_value(row.name.upper()) is v


@pytest.mark.parametrize("text", ["", "Jujur", "Pelayanan"])
def test_parse_unknown(text: str) -> None:
    with pytest.raises(SkpError) as caught:
        parse_core_value(text)
    assert caught.value.code is Code.UNKNOWN_VALUE
    assert caught.value.params == {"kind": "core-value", "value": text}
