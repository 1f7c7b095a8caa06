"""SKP-REFERENCE R-JABATAN, R-JPT-VS-JAJF, R-AK (jenjang table)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.jabatan import (
    JENJANG_JF,
    KOEFISIEN_PEMULA,
    JenisJabatan,
    Jenjang,
    KategoriJF,
    KelompokPelaksana,
    golongan_fits_jenjang,
    jenis_of,
    jenjang_jf,
    kategori_of,
    label,
    parse_jenjang,
    uses_jpt_form,
)
from skpdesk.domain.pangkat import GOLONGAN

JF = [j for j in Jenjang if jenis_of(j) is JenisJabatan.JF]


def test_jenjang_values_and_order() -> None:
    assert [j.value for j in Jenjang] == [
        "jpt-utama",
        "jpt-madya",
        "jpt-pratama",
        "administrator",
        "pengawas",
        "pelaksana",
        "ahli-pertama",
        "ahli-muda",
        "ahli-madya",
        "ahli-utama",
        "pemula",
        "terampil",
        "mahir",
        "penyelia",
    ]


def test_jenis_and_kategori() -> None:
    assert [jenis_of(j) for j in Jenjang] == [JenisJabatan.JPT] * 3 + [JenisJabatan.JA] * 3 + [
        JenisJabatan.JF
    ] * 8
    assert kategori_of(Jenjang.AHLI_MADYA) is KategoriJF.KEAHLIAN
    assert kategori_of(Jenjang.MAHIR) is KategoriJF.KETERAMPILAN
    assert kategori_of(Jenjang.PENGAWAS) is None
    assert kategori_of(Jenjang.JPT_MADYA) is None


def test_labels() -> None:
    assert label(Jenjang.AHLI_PERTAMA) == "Ahli Pertama"
    assert label(Jenjang.JPT_PRATAMA) == "JPT Pratama"
    assert label(Jenjang.ADMINISTRATOR) == "Administrator"
    assert label(Jenjang.PENYELIA) == "Penyelia"
    assert len({label(j) for j in Jenjang}) == len(Jenjang)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ahli Pertama", Jenjang.AHLI_PERTAMA),
        ("ahli_pertama", Jenjang.AHLI_PERTAMA),
        ("AHLI_PERTAMA", Jenjang.AHLI_PERTAMA),
        ("ahli-pertama", Jenjang.AHLI_PERTAMA),
        ("  AHLI   PERTAMA ", Jenjang.AHLI_PERTAMA),
        ("JF Ahli Muda", Jenjang.AHLI_MUDA),
        ("Jabatan Fungsional Ahli Madya", Jenjang.AHLI_MADYA),
        ("JPT Pratama", Jenjang.JPT_PRATAMA),
        ("jpt-pratama", Jenjang.JPT_PRATAMA),
        ("Pimpinan Tinggi Pratama", Jenjang.JPT_PRATAMA),
        ("Jabatan Pimpinan Tinggi Madya", Jenjang.JPT_MADYA),
        ("pejabat pimpinan tinggi utama", Jenjang.JPT_UTAMA),
        ("Administrator", Jenjang.ADMINISTRATOR),
        ("Pejabat Pengawas", Jenjang.PENGAWAS),
        ("Jabatan Pelaksana", Jenjang.PELAKSANA),
        ("terampil", Jenjang.TERAMPIL),
    ],
)
def test_parse_jenjang(text: str, expected: Jenjang) -> None:
    assert parse_jenjang(text) is expected


@pytest.mark.parametrize("text", ["", "Ahli", "Pratama", "Eselon II", "Ahli Pertama Muda", "JPT"])
def test_parse_jenjang_unknown(text: str) -> None:
    with pytest.raises(SkpError) as caught:
        parse_jenjang(text)
    assert caught.value.code is Code.UNKNOWN_JENJANG
    assert caught.value.params["value"] == text


@given(st.sampled_from(Jenjang))
def test_parse_jenjang_round_trip(j: Jenjang) -> None:
    assert parse_jenjang(j.value) is j
    assert parse_jenjang(j.name) is j
    assert parse_jenjang(label(j)) is j
    assert parse_jenjang(label(j).upper()) is j


def test_jenjang_jf_table() -> None:
    assert [row.jenjang for row in JENJANG_JF] == JF
    assert all(row.kategori is kategori_of(row.jenjang) for row in JENJANG_JF)
    ahli_pertama = jenjang_jf(Jenjang.AHLI_PERTAMA)
    assert ahli_pertama is not None
    assert ahli_pertama.koefisien_tahunan == Decimal("12.5")
    assert (ahli_pertama.golongan_awal, ahli_pertama.golongan_akhir) == ("III/a", "III/b")
    assert ahli_pertama.ak_kenaikan_pangkat == 50
    assert ahli_pertama.ak_kenaikan_jenjang == 100
    assert jenjang_jf(Jenjang.PELAKSANA) is None


def test_top_jenjang_have_no_kenaikan_jenjang() -> None:
    tops = {row.jenjang for row in JENJANG_JF if row.ak_kenaikan_jenjang is None}
    assert tops == {Jenjang.AHLI_UTAMA, Jenjang.PENYELIA}


def test_pemula_koefisien_is_the_named_p_constant() -> None:
    pemula = jenjang_jf(Jenjang.PEMULA)
    assert pemula is not None
    assert pemula.koefisien_tahunan == KOEFISIEN_PEMULA == Decimal("3.75")
    assert pemula.status == "P"
    assert all(row.status == "V" for row in JENJANG_JF if row.jenjang is not Jenjang.PEMULA)


def test_reference_ak_examples() -> None:
    # SKP-REFERENCE R-AK: Ahli Pertama, Sangat Baik, 12 months -> 1.5 x 12.5 = 18.75
    row = jenjang_jf(Jenjang.AHLI_PERTAMA)
    assert row is not None
    assert Decimal("1.5") * row.koefisien_tahunan == Decimal("18.75")
    assert round(Decimal(2) / 12 * row.koefisien_tahunan, 2) == Decimal("2.08")


def test_jpt_form() -> None:
    assert uses_jpt_form(Jenjang.JPT_PRATAMA)
    assert uses_jpt_form(Jenjang.JPT_UTAMA)
    assert not uses_jpt_form(Jenjang.ADMINISTRATOR)
    assert not uses_jpt_form(Jenjang.AHLI_MADYA)
    assert uses_jpt_form(Jenjang.ADMINISTRATOR, pimpinan_unit_kerja_mandiri=True)


@given(st.sampled_from(Jenjang), st.booleans())
def test_jpt_form_rule(j: Jenjang, mandiri: bool) -> None:
    assert uses_jpt_form(j, pimpinan_unit_kerja_mandiri=mandiri) == (
        mandiri or jenis_of(j) is JenisJabatan.JPT
    )


def test_kelompok_pelaksana() -> None:
    assert [k.value for k in KelompokPelaksana] == ["klerek", "operator", "teknisi"]


@pytest.mark.parametrize(
    ("golongan", "jenjang", "fits"),
    [
        ("III/a", Jenjang.AHLI_PERTAMA, True),
        ("III/b", Jenjang.AHLI_PERTAMA, True),
        ("III/c", Jenjang.AHLI_PERTAMA, False),
        ("II/d", Jenjang.AHLI_PERTAMA, False),
        ("IV/c", Jenjang.AHLI_MADYA, True),
        ("IV/d", Jenjang.AHLI_MADYA, False),
        ("II/a", Jenjang.PEMULA, True),
        ("II/b", Jenjang.PEMULA, False),
        ("II/c", Jenjang.TERAMPIL, True),
        ("Penata Tk. I", Jenjang.PENYELIA, True),
        ("I/a", Jenjang.PELAKSANA, True),
        ("IV/e", Jenjang.PENGAWAS, True),
    ],
)
def test_golongan_fits_jenjang(golongan: str, jenjang: Jenjang, fits: bool) -> None:
    assert golongan_fits_jenjang(golongan, jenjang) is fits


def test_golongan_fits_jenjang_unknown_golongan_for_jf() -> None:
    with pytest.raises(SkpError) as caught:
        golongan_fits_jenjang("IX", Jenjang.AHLI_MUDA)
    assert caught.value.code is Code.UNKNOWN_GOLONGAN


def test_each_golongan_fits_one_jenjang_per_kategori_at_most() -> None:
    for g in GOLONGAN:
        for kategori in KategoriJF:
            fitting = [j for j in JF if kategori_of(j) is kategori and golongan_fits_jenjang(g.code, j)]
            assert len(fitting) <= 1, (g, fitting)
