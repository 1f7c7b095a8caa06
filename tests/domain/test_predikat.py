"""SKP-REFERENCE R-RATING, R-MATRIX, R-ORG-PREDIKAT."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.predikat import (
    DEFAULT_ORGANISASI_TO_RATING,
    PREDIKAT_MATRIX,
    Predikat,
    PredikatOrganisasi,
    Rating,
    label,
    parse_predikat,
    parse_predikat_organisasi,
    parse_rating,
    predikat,
    predikat_rank,
    rating_hasil_kerja_from_organisasi,
)

ATAS, SESUAI, BAWAH = Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI
ratings = st.sampled_from(Rating)


def test_enum_values() -> None:
    assert [r.value for r in Rating] == ["di-atas", "sesuai", "di-bawah"]
    assert [p.value for p in Predikat] == [
        "sangat-baik",
        "baik",
        "butuh-perbaikan",
        "kurang",
        "sangat-kurang",
    ]
    assert [p.value for p in PredikatOrganisasi] == [
        "istimewa",
        "baik",
        "butuh-perbaikan",
        "kurang",
        "sangat-kurang",
    ]


@pytest.mark.parametrize(
    ("hasil", "perilaku", "expected"),
    [
        # the table as printed in R-MATRIX, row by row
        (ATAS, BAWAH, Predikat.KURANG_MISCONDUCT),
        (ATAS, SESUAI, Predikat.BAIK),
        (ATAS, ATAS, Predikat.SANGAT_BAIK),
        (SESUAI, BAWAH, Predikat.KURANG_MISCONDUCT),
        (SESUAI, SESUAI, Predikat.BAIK),
        (SESUAI, ATAS, Predikat.BAIK),
        (BAWAH, BAWAH, Predikat.SANGAT_KURANG),
        (BAWAH, SESUAI, Predikat.BUTUH_PERBAIKAN),
        (BAWAH, ATAS, Predikat.BUTUH_PERBAIKAN),
    ],
)
def test_matrix_cells(hasil: Rating, perilaku: Rating, expected: Predikat) -> None:
    assert predikat(hasil, perilaku) is expected
    assert PREDIKAT_MATRIX[(hasil, perilaku)] is expected


def test_matrix_is_total_and_has_nine_cells() -> None:
    assert len(PREDIKAT_MATRIX) == 9
    assert set(PREDIKAT_MATRIX) == {(h, p) for h in Rating for p in Rating}


@given(ratings, ratings)
def test_matrix_is_total(hasil: Rating, perilaku: Rating) -> None:
    assert isinstance(predikat(hasil, perilaku), Predikat)


@given(ratings, ratings)
def test_only_atas_atas_is_sangat_baik(hasil: Rating, perilaku: Rating) -> None:
    assert (predikat(hasil, perilaku) is Predikat.SANGAT_BAIK) == (hasil is ATAS and perilaku is ATAS)


@given(ratings)
def test_di_bawah_perilaku_caps_at_kurang_misconduct(hasil: Rating) -> None:
    result = predikat(hasil, BAWAH)
    assert predikat_rank(result) >= predikat_rank(Predikat.KURANG_MISCONDUCT)


@given(ratings)
def test_di_bawah_hasil_kerja_with_good_perilaku_is_butuh_perbaikan(perilaku: Rating) -> None:
    if perilaku is not BAWAH:
        assert predikat(BAWAH, perilaku) is Predikat.BUTUH_PERBAIKAN


@given(ratings, ratings, ratings)
def test_better_hasil_kerja_never_lowers_the_predikat(low: Rating, high: Rating, perilaku: Rating) -> None:
    order = list(Rating)  # best first
    if order.index(high) <= order.index(low):
        assert predikat_rank(predikat(high, perilaku)) <= predikat_rank(predikat(low, perilaku))


def test_predikat_accepts_plain_strings_of_values() -> None:
    assert predikat("di-atas", "di-atas") is Predikat.SANGAT_BAIK  # type: ignore[arg-type]


def test_labels() -> None:
    assert [label(p) for p in Predikat] == [
        "Sangat Baik",
        "Baik",
        "Butuh Perbaikan",
        "Kurang/Misconduct",
        "Sangat Kurang",
    ]
    assert [label(r) for r in Rating] == ["Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"]
    assert label(PredikatOrganisasi.ISTIMEWA) == "Istimewa"


def test_kurang_labels_differ_although_the_values_are_equal() -> None:
    assert Predikat.KURANG_MISCONDUCT.value == PredikatOrganisasi.KURANG.value
    assert label(Predikat.KURANG_MISCONDUCT) == "Kurang/Misconduct"
    assert label(PredikatOrganisasi.KURANG) == "Kurang"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Di Atas Ekspektasi", ATAS),
        ("di atas ekspektasi", ATAS),
        ("DI_ATAS_EKSPEKTASI", ATAS),
        ("di-atas", ATAS),
        ("Diatas Ekspektasi", ATAS),
        ("sesuai", SESUAI),
        ("Sesuai Ekspektasi", SESUAI),
        (" Di Bawah Ekspektasi ", BAWAH),
        ("di-bawah", BAWAH),
    ],
)
def test_parse_rating(text: str, expected: Rating) -> None:
    assert parse_rating(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sangat Baik", Predikat.SANGAT_BAIK),
        ("SANGAT_BAIK", Predikat.SANGAT_BAIK),
        ("sangat-baik", Predikat.SANGAT_BAIK),
        ("baik", Predikat.BAIK),
        ("Butuh Perbaikan", Predikat.BUTUH_PERBAIKAN),
        ("Cukup", Predikat.BUTUH_PERBAIKAN),
        ("cukup", Predikat.BUTUH_PERBAIKAN),
        ("Cukup/Butuh Perbaikan", Predikat.BUTUH_PERBAIKAN),
        ("Kurang/Misconduct", Predikat.KURANG_MISCONDUCT),
        ("kurang / misconduct", Predikat.KURANG_MISCONDUCT),
        ("KURANG_MISCONDUCT", Predikat.KURANG_MISCONDUCT),
        ("Kurang", Predikat.KURANG_MISCONDUCT),
        ("Sangat Kurang", Predikat.SANGAT_KURANG),
    ],
)
def test_parse_predikat(text: str, expected: Predikat) -> None:
    assert parse_predikat(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Istimewa", PredikatOrganisasi.ISTIMEWA),
        ("Baik", PredikatOrganisasi.BAIK),
        ("Butuh Perbaikan/Cukup", PredikatOrganisasi.BUTUH_PERBAIKAN),
        ("Cukup", PredikatOrganisasi.BUTUH_PERBAIKAN),
        ("Kurang", PredikatOrganisasi.KURANG),
        ("SANGAT_KURANG", PredikatOrganisasi.SANGAT_KURANG),
    ],
)
def test_parse_predikat_organisasi(text: str, expected: PredikatOrganisasi) -> None:
    assert parse_predikat_organisasi(text) is expected


@pytest.mark.parametrize(
    ("parse", "kind", "text"),
    [
        (parse_rating, "rating", "Baik"),
        (parse_rating, "rating", ""),
        (parse_predikat, "predikat", "Istimewa"),
        (parse_predikat, "predikat", "Sangat"),
        (parse_predikat_organisasi, "predikat-organisasi", "Sangat Baik"),
        (parse_predikat_organisasi, "predikat-organisasi", "Kurang/Misconduct"),
    ],
)
def test_parse_unknown(parse: object, kind: str, text: str) -> None:
    assert callable(parse)
    with pytest.raises(SkpError) as caught:
        parse(text)
    assert caught.value.code is Code.UNKNOWN_VALUE
    assert caught.value.params == {"kind": kind, "value": text}


@given(st.sampled_from(Predikat))
def test_predikat_round_trip(p: Predikat) -> None:
    assert parse_predikat(p.value) is p
    assert parse_predikat(p.name) is p
    assert parse_predikat(label(p)) is p
    assert parse_predikat(label(p).upper()) is p


@given(ratings)
def test_rating_round_trip(r: Rating) -> None:
    assert parse_rating(r.value) is r
    assert parse_rating(r.name) is r
    assert parse_rating(label(r).lower()) is r


@given(st.sampled_from(PredikatOrganisasi))
def test_predikat_organisasi_round_trip(p: PredikatOrganisasi) -> None:
    assert parse_predikat_organisasi(p.value) is p
    assert parse_predikat_organisasi(p.name) is p
    assert parse_predikat_organisasi(label(p)) is p


def test_jpt_rule_default_mapping() -> None:
    assert set(DEFAULT_ORGANISASI_TO_RATING) == set(PredikatOrganisasi)
    assert rating_hasil_kerja_from_organisasi(PredikatOrganisasi.ISTIMEWA) is ATAS
    assert rating_hasil_kerja_from_organisasi(PredikatOrganisasi.BAIK) is SESUAI
    assert rating_hasil_kerja_from_organisasi(PredikatOrganisasi.BUTUH_PERBAIKAN) is BAWAH
    custom = {**DEFAULT_ORGANISASI_TO_RATING, PredikatOrganisasi.BUTUH_PERBAIKAN: SESUAI}
    assert rating_hasil_kerja_from_organisasi(PredikatOrganisasi.BUTUH_PERBAIKAN, custom) is SESUAI


def test_rank_is_best_to_worst() -> None:
    assert [predikat_rank(p) for p in Predikat] == [0, 1, 2, 3, 4]
