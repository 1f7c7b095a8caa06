"""Jabatan: types, levels (jenjang), and the angka kredit table of jabatan fungsional.

SKP-REFERENCE R-JABATAN, R-JPT-VS-JAJF, R-AK.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Final

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.pangkat import golongan_between


class JenisJabatan(StrEnum):
    """SKP-REFERENCE R-JABATAN: pimpinan tinggi, administrasi, fungsional."""

    JPT = "jpt"
    JA = "ja"
    JF = "jf"


class Jenjang(StrEnum):
    """Level of a jabatan, in the order of SKP-REFERENCE R-JABATAN."""

    JPT_UTAMA = "jpt-utama"
    JPT_MADYA = "jpt-madya"
    JPT_PRATAMA = "jpt-pratama"
    ADMINISTRATOR = "administrator"
    PENGAWAS = "pengawas"
    PELAKSANA = "pelaksana"
    AHLI_PERTAMA = "ahli-pertama"
    AHLI_MUDA = "ahli-muda"
    AHLI_MADYA = "ahli-madya"
    AHLI_UTAMA = "ahli-utama"
    PEMULA = "pemula"
    TERAMPIL = "terampil"
    MAHIR = "mahir"
    PENYELIA = "penyelia"


class KategoriJF(StrEnum):
    """Kategori of a jabatan fungsional (SKP-REFERENCE R-JABATAN [V])."""

    KEAHLIAN = "keahlian"
    KETERAMPILAN = "keterampilan"


class KelompokPelaksana(StrEnum):
    """Groups of jabatan pelaksana.

    SKP-REFERENCE R-JABATAN [P] S26 (Permen PANRB 45/2022): klerek, operator, teknisi.
    """

    KLEREK = "klerek"
    OPERATOR = "operator"
    TEKNISI = "teknisi"


# SKP-REFERENCE R-JABATAN [V]: type and kategori of each jenjang, in the reference's order.
_JENIS: Final[Mapping[Jenjang, JenisJabatan]] = {
    Jenjang.JPT_UTAMA: JenisJabatan.JPT,
    Jenjang.JPT_MADYA: JenisJabatan.JPT,
    Jenjang.JPT_PRATAMA: JenisJabatan.JPT,
    Jenjang.ADMINISTRATOR: JenisJabatan.JA,
    Jenjang.PENGAWAS: JenisJabatan.JA,
    Jenjang.PELAKSANA: JenisJabatan.JA,
    Jenjang.AHLI_PERTAMA: JenisJabatan.JF,
    Jenjang.AHLI_MUDA: JenisJabatan.JF,
    Jenjang.AHLI_MADYA: JenisJabatan.JF,
    Jenjang.AHLI_UTAMA: JenisJabatan.JF,
    Jenjang.PEMULA: JenisJabatan.JF,
    Jenjang.TERAMPIL: JenisJabatan.JF,
    Jenjang.MAHIR: JenisJabatan.JF,
    Jenjang.PENYELIA: JenisJabatan.JF,
}

_KATEGORI: Final[Mapping[Jenjang, KategoriJF]] = {
    Jenjang.AHLI_PERTAMA: KategoriJF.KEAHLIAN,
    Jenjang.AHLI_MUDA: KategoriJF.KEAHLIAN,
    Jenjang.AHLI_MADYA: KategoriJF.KEAHLIAN,
    Jenjang.AHLI_UTAMA: KategoriJF.KEAHLIAN,
    Jenjang.PEMULA: KategoriJF.KETERAMPILAN,
    Jenjang.TERAMPIL: KategoriJF.KETERAMPILAN,
    Jenjang.MAHIR: KategoriJF.KETERAMPILAN,
    Jenjang.PENYELIA: KategoriJF.KETERAMPILAN,
}

LABELS: Final[Mapping[Jenjang, str]] = {
    Jenjang.JPT_UTAMA: "JPT Utama",
    Jenjang.JPT_MADYA: "JPT Madya",
    Jenjang.JPT_PRATAMA: "JPT Pratama",
    Jenjang.ADMINISTRATOR: "Administrator",
    Jenjang.PENGAWAS: "Pengawas",
    Jenjang.PELAKSANA: "Pelaksana",
    Jenjang.AHLI_PERTAMA: "Ahli Pertama",
    Jenjang.AHLI_MUDA: "Ahli Muda",
    Jenjang.AHLI_MADYA: "Ahli Madya",
    Jenjang.AHLI_UTAMA: "Ahli Utama",
    Jenjang.PEMULA: "Pemula",
    Jenjang.TERAMPIL: "Terampil",
    Jenjang.MAHIR: "Mahir",
    Jenjang.PENYELIA: "Penyelia",
}


def jenis_of(j: Jenjang) -> JenisJabatan:
    """JPT, JA or JF."""
    return _JENIS[j]


def kategori_of(j: Jenjang) -> KategoriJF | None:
    """Keahlian or keterampilan for a JF jenjang; None for JPT and JA."""
    return _KATEGORI.get(j)


def label(j: Jenjang) -> str:
    """Indonesian label, e.g. "Ahli Pertama", "JPT Pratama"."""
    return LABELS[j]


def _key(text: str) -> str:
    s = " ".join(re.sub(r"[_\-.]", " ", text.casefold()).split())
    s = re.sub(r"^(?:(?:jabatan|pejabat)\s+)?(?:fungsional\s+|jf\s+)?", "", s)
    return re.sub(r"^(?:jabatan\s+)?pimpinan\s+tinggi\b", "jpt", s)


_BY_KEY: Final[Mapping[str, Jenjang]] = {
    **{_key(j.value): j for j in Jenjang},
    **{_key(j.name): j for j in Jenjang},
    **{_key(text): j for j, text in LABELS.items()},
}


def parse_jenjang(text: str) -> Jenjang:
    """Read a jenjang from its value, name or label, case-insensitively.

    Accepted: "ahli-pertama", "AHLI_PERTAMA", "Ahli Pertama", "JPT Pratama",
    "Pimpinan Tinggi Pratama", "Jabatan Pimpinan Tinggi Pratama", "Pejabat Pengawas".
    """
    found = _BY_KEY.get(_key(text))
    if found is None:
        raise SkpError(Code.UNKNOWN_JENJANG, value=text)
    return found


@dataclass(frozen=True)
class JenjangJF:
    """One row of the R-AK table: a JF jenjang, its pangkat range and angka kredit figures."""

    jenjang: Jenjang
    kategori: KategoriJF
    golongan_awal: str
    golongan_akhir: str
    koefisien_tahunan: Decimal
    ak_kenaikan_pangkat: Decimal
    """AK kumulatif needed for kenaikan pangkat."""
    ak_kenaikan_jenjang: Decimal | None
    """AK kumulatif needed for kenaikan jenjang; None at the top jenjang."""
    status: str
    """Status tag of the row in SKP-REFERENCE ("V" or "P")."""


# SKP-REFERENCE R-AK [P]: Pemula koefisien 3.75 comes from one public source only (S14); its
# kebutuhan (15/15) is [V] S11, S14. Change here if an official text says otherwise.
KOEFISIEN_PEMULA: Final = Decimal("3.75")


def _row(
    jenjang: Jenjang,
    kategori: KategoriJF,
    golongan: tuple[str, str],
    koefisien: Decimal | str,
    kenaikan: tuple[str, str | None],
    *,
    status: str = "V",
) -> JenjangJF:
    kenaikan_pangkat, kenaikan_jenjang = kenaikan
    return JenjangJF(
        jenjang=jenjang,
        kategori=kategori,
        golongan_awal=golongan[0],
        golongan_akhir=golongan[1],
        koefisien_tahunan=Decimal(koefisien),
        ak_kenaikan_pangkat=Decimal(kenaikan_pangkat),
        ak_kenaikan_jenjang=None if kenaikan_jenjang is None else Decimal(kenaikan_jenjang),
        status=status,
    )


_KEAHLIAN: Final = KategoriJF.KEAHLIAN
_KETERAMPILAN: Final = KategoriJF.KETERAMPILAN

# SKP-REFERENCE R-AK [V] S10, S11, S13, S14 (Permen PANRB 1/2023, PerBKN 3/2023), rows as printed:
# jenjang, kategori, pangkat range, koefisien/tahun, AK kumulatif (kenaikan pangkat, kenaikan
# jenjang; None = top of the kategori); status tag "V" unless marked.
JENJANG_JF: Final[tuple[JenjangJF, ...]] = (
    _row(Jenjang.AHLI_PERTAMA, _KEAHLIAN, ("III/a", "III/b"), "12.5", ("50", "100")),
    _row(Jenjang.AHLI_MUDA, _KEAHLIAN, ("III/c", "III/d"), "25", ("100", "200")),
    _row(Jenjang.AHLI_MADYA, _KEAHLIAN, ("IV/a", "IV/c"), "37.5", ("150", "450")),
    _row(Jenjang.AHLI_UTAMA, _KEAHLIAN, ("IV/d", "IV/e"), "50", ("200", None)),
    _row(Jenjang.PEMULA, _KETERAMPILAN, ("II/a", "II/a"), KOEFISIEN_PEMULA, ("15", "15"), status="P"),
    _row(Jenjang.TERAMPIL, _KETERAMPILAN, ("II/b", "II/d"), "5", ("20", "60")),
    _row(Jenjang.MAHIR, _KETERAMPILAN, ("III/a", "III/b"), "12.5", ("50", "100")),
    _row(Jenjang.PENYELIA, _KETERAMPILAN, ("III/c", "III/d"), "25", ("100", None)),
)

_JF_BY_JENJANG: Final[Mapping[Jenjang, JenjangJF]] = {row.jenjang: row for row in JENJANG_JF}


def jenjang_jf(j: Jenjang) -> JenjangJF | None:
    """The R-AK row of a JF jenjang; None for JPT and JA."""
    return _JF_BY_JENJANG.get(j)


def uses_jpt_form(j: Jenjang, *, pimpinan_unit_kerja_mandiri: bool = False) -> bool:
    """True when the SKP uses the JPT form.

    SKP-REFERENCE R-JPT-VS-JAJF, R-JABATAN [V]: JPT, and the head of a unit kerja mandiri
    whatever the jenjang.
    """
    return pimpinan_unit_kerja_mandiri or jenis_of(j) is JenisJabatan.JPT


def golongan_fits_jenjang(golongan_code: str, j: Jenjang) -> bool:
    """True when the golongan ruang lies in the JF jenjang's pangkat range (R-AK); True for JPT/JA.

    For JF, ``golongan_code`` must be a PNS golongan ruang (see ``pangkat.parse_golongan``);
    an unknown one raises ``SkpError(Code.UNKNOWN_GOLONGAN)``.
    """
    row = jenjang_jf(j)
    if row is None:
        return True
    return golongan_between(golongan_code, row.golongan_awal, row.golongan_akhir)
