"""Ratings, the 3x3 predikat kinerja pegawai, and the predikat kinerja organisasi.

SKP-REFERENCE R-RATING, R-MATRIX, R-ORG-PREDIKAT.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Final, TypeVar

from skpdesk.domain.errors import Code, SkpError


class Rating(StrEnum):
    """Rating hasil kerja or rating perilaku (SKP-REFERENCE R-RATING [V] S3, S15)."""

    DI_ATAS_EKSPEKTASI = "di-atas"
    SESUAI_EKSPEKTASI = "sesuai"
    DI_BAWAH_EKSPEKTASI = "di-bawah"


class Predikat(StrEnum):
    """Predikat kinerja pegawai, best to worst (SKP-REFERENCE R-MATRIX [V])."""

    SANGAT_BAIK = "sangat-baik"
    BAIK = "baik"
    BUTUH_PERBAIKAN = "butuh-perbaikan"
    KURANG_MISCONDUCT = "kurang"
    SANGAT_KURANG = "sangat-kurang"


class PredikatOrganisasi(StrEnum):
    """Predikat kinerja organisasi, best to worst (SKP-REFERENCE R-ORG-PREDIKAT [V] S3, S8)."""

    ISTIMEWA = "istimewa"
    BAIK = "baik"
    BUTUH_PERBAIKAN = "butuh-perbaikan"
    KURANG = "kurang"
    SANGAT_KURANG = "sangat-kurang"


# SKP-REFERENCE R-MATRIX [V] S15: key = (rating hasil kerja, rating perilaku); the nine cells in the
# order of data/reference/predikat_matrix.csv (hasil kerja Di Atas, Sesuai, Di Bawah; within each,
# perilaku Di Atas, Sesuai, Di Bawah).
PREDIKAT_MATRIX: Final[Mapping[tuple[Rating, Rating], Predikat]] = {
    (Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI): Predikat.SANGAT_BAIK,
    (Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI): Predikat.BAIK,
    (Rating.DI_ATAS_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI): Predikat.KURANG_MISCONDUCT,
    (Rating.SESUAI_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI): Predikat.BAIK,
    (Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI): Predikat.BAIK,
    (Rating.SESUAI_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI): Predikat.KURANG_MISCONDUCT,
    (Rating.DI_BAWAH_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI): Predikat.BUTUH_PERBAIKAN,
    (Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI): Predikat.BUTUH_PERBAIKAN,
    (Rating.DI_BAWAH_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI): Predikat.SANGAT_KURANG,
}


def predikat(hasil_kerja: Rating, perilaku: Rating) -> Predikat:
    """Predikat kinerja pegawai from the two ratings (SKP-REFERENCE R-MATRIX)."""
    return PREDIKAT_MATRIX[(Rating(hasil_kerja), Rating(perilaku))]


def predikat_rank(p: Predikat) -> int:
    """0 for Sangat Baik ... 4 for Sangat Kurang (best to worst, as R-MATRIX lists them)."""
    return list(Predikat).index(p)


# SKP-REFERENCE R-ORG-PREDIKAT [U]: how the 5 organisation levels map to the 3 ratings for the
# JPT rule (the unit's result is the leader's rating hasil kerja [P] S7) was not found. Default
# proposal from the reference; callers pass their own mapping when the instansi decides otherwise.
DEFAULT_ORGANISASI_TO_RATING: Final[Mapping[PredikatOrganisasi, Rating]] = {
    PredikatOrganisasi.ISTIMEWA: Rating.DI_ATAS_EKSPEKTASI,
    PredikatOrganisasi.BAIK: Rating.SESUAI_EKSPEKTASI,
    PredikatOrganisasi.BUTUH_PERBAIKAN: Rating.DI_BAWAH_EKSPEKTASI,
    PredikatOrganisasi.KURANG: Rating.DI_BAWAH_EKSPEKTASI,
    PredikatOrganisasi.SANGAT_KURANG: Rating.DI_BAWAH_EKSPEKTASI,
}


def rating_hasil_kerja_from_organisasi(
    p: PredikatOrganisasi,
    mapping: Mapping[PredikatOrganisasi, Rating] = DEFAULT_ORGANISASI_TO_RATING,
) -> Rating:
    """Rating hasil kerja of the person who leads the organisation (JPT rule, R-ORG-PREDIKAT)."""
    return mapping[p]


RATING_LABELS: Final[Mapping[Rating, str]] = {
    Rating.DI_ATAS_EKSPEKTASI: "Di Atas Ekspektasi",
    Rating.SESUAI_EKSPEKTASI: "Sesuai Ekspektasi",
    Rating.DI_BAWAH_EKSPEKTASI: "Di Bawah Ekspektasi",
}
# SKP-REFERENCE R-MATRIX [V]: names as printed on the official curve (S3).
PREDIKAT_LABELS: Final[Mapping[Predikat, str]] = {
    Predikat.SANGAT_BAIK: "Sangat Baik",
    Predikat.BAIK: "Baik",
    Predikat.BUTUH_PERBAIKAN: "Butuh Perbaikan",
    Predikat.KURANG_MISCONDUCT: "Kurang/Misconduct",
    Predikat.SANGAT_KURANG: "Sangat Kurang",
}
PREDIKAT_ORGANISASI_LABELS: Final[Mapping[PredikatOrganisasi, str]] = {
    PredikatOrganisasi.ISTIMEWA: "Istimewa",
    PredikatOrganisasi.BAIK: "Baik",
    PredikatOrganisasi.BUTUH_PERBAIKAN: "Butuh Perbaikan",
    PredikatOrganisasi.KURANG: "Kurang",
    PredikatOrganisasi.SANGAT_KURANG: "Sangat Kurang",
}


def label(value: Rating | Predikat | PredikatOrganisasi) -> str:
    """Indonesian label as printed ("Di Atas Ekspektasi", "Kurang/Misconduct", "Istimewa").

    Dispatches on the enum type: Predikat.KURANG_MISCONDUCT and PredikatOrganisasi.KURANG share
    the value "kurang" but not the label.
    """
    if isinstance(value, Rating):
        return RATING_LABELS[value]
    if isinstance(value, Predikat):
        return PREDIKAT_LABELS[value]
    return PREDIKAT_ORGANISASI_LABELS[value]


_E = TypeVar("_E", Rating, Predikat, PredikatOrganisasi)


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def _index(labels: Mapping[_E, str], aliases: Mapping[str, _E]) -> Mapping[str, _E]:
    index: dict[str, _E] = {}
    for member, text in labels.items():
        index[_key(member.value)] = member
        index[_key(member.name)] = member
        index[_key(text)] = member
    for text, member in aliases.items():
        index[_key(text)] = member
    return index


_RATING_INDEX: Final = _index(RATING_LABELS, {})
# SKP-REFERENCE R-MATRIX [P] S10: some AK documents write "Cukup/Butuh Perbaikan" for the third
# level; accepted on import only, never printed.
_PREDIKAT_INDEX: Final = _index(
    PREDIKAT_LABELS,
    {
        "Cukup": Predikat.BUTUH_PERBAIKAN,
        "Cukup/Butuh Perbaikan": Predikat.BUTUH_PERBAIKAN,
        "Butuh Perbaikan/Cukup": Predikat.BUTUH_PERBAIKAN,
        "Kurang": Predikat.KURANG_MISCONDUCT,
    },
)
# SKP-REFERENCE R-ORG-PREDIKAT [P] S6: some texts add "/Cukup" to Butuh Perbaikan.
_ORGANISASI_INDEX: Final = _index(
    PREDIKAT_ORGANISASI_LABELS,
    {
        "Cukup": PredikatOrganisasi.BUTUH_PERBAIKAN,
        "Cukup/Butuh Perbaikan": PredikatOrganisasi.BUTUH_PERBAIKAN,
        "Butuh Perbaikan/Cukup": PredikatOrganisasi.BUTUH_PERBAIKAN,
    },
)


def parse_rating(text: str) -> Rating:
    """Read a rating from its value, name or label ("Di Atas Ekspektasi", "DI_ATAS_EKSPEKTASI")."""
    found = _RATING_INDEX.get(_key(text))
    if found is None:
        raise SkpError(Code.UNKNOWN_VALUE, kind="rating", value=text)
    return found


def parse_predikat(text: str) -> Predikat:
    """Read a predikat from its value, name or label; "Cukup" is an alias of Butuh Perbaikan."""
    found = _PREDIKAT_INDEX.get(_key(text))
    if found is None:
        raise SkpError(Code.UNKNOWN_VALUE, kind="predikat", value=text)
    return found


def parse_predikat_organisasi(text: str) -> PredikatOrganisasi:
    """Read a predikat kinerja organisasi from its value, name or label ("Istimewa", "Cukup")."""
    found = _ORGANISASI_INDEX.get(_key(text))
    if found is None:
        raise SkpError(Code.UNKNOWN_VALUE, kind="predikat-organisasi", value=text)
    return found
