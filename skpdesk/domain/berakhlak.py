"""BerAKHLAK: the seven core values of ASN and their panduan perilaku (perilaku kerja in the SKP).

SKP-REFERENCE R-BERAKHLAK [V] S16 (UU 20/2023 Pasal 4(2); the wording printed on 6/2022 SKP forms).
The values have no levels; the leader may add an ekspektasi khusus per value (free text, may be
empty), which lives with the plan, not here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from skpdesk.domain.errors import Code, SkpError


class CoreValue(StrEnum):
    """The seven BerAKHLAK values, numbered 1..7 in this order."""

    BERORIENTASI_PELAYANAN = "berorientasi-pelayanan"
    AKUNTABEL = "akuntabel"
    KOMPETEN = "kompeten"
    HARMONIS = "harmonis"
    LOYAL = "loyal"
    ADAPTIF = "adaptif"
    KOLABORATIF = "kolaboratif"


@dataclass(frozen=True)
class CoreValueInfo:
    """One line of the R-BERAKHLAK table."""

    value: CoreValue
    number: int
    name: str
    definisi: str
    panduan: tuple[str, str, str]
    """The three panduan perilaku lines, in form wording."""


# SKP-REFERENCE R-BERAKHLAK [V] S16, rows 1..7 as printed. Adaptif's third line is
# "Bertindak proaktif" (one public seeder's "Bertindak positif" is a typo).
BERAKHLAK: Final[tuple[CoreValueInfo, ...]] = (
    CoreValueInfo(
        CoreValue.BERORIENTASI_PELAYANAN,
        1,
        "Berorientasi Pelayanan",
        "komitmen memberikan pelayanan prima demi kepuasan masyarakat",
        (
            "Memahami dan memenuhi kebutuhan masyarakat",
            "Ramah, cekatan, solutif, dan dapat diandalkan",
            "Melakukan perbaikan tiada henti",
        ),
    ),
    CoreValueInfo(
        CoreValue.AKUNTABEL,
        2,
        "Akuntabel",
        "bertanggung jawab atas kepercayaan yang diberikan",
        (
            "Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi",
            "Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
            "Tidak menyalahgunakan kewenangan jabatan",
        ),
    ),
    CoreValueInfo(
        CoreValue.KOMPETEN,
        3,
        "Kompeten",
        "terus belajar dan mengembangkan kapabilitas",
        (
            "Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
            "Membantu orang lain belajar",
            "Melaksanakan tugas dengan kualitas terbaik",
        ),
    ),
    CoreValueInfo(
        CoreValue.HARMONIS,
        4,
        "Harmonis",
        "saling peduli dan menghargai perbedaan",
        (
            "Menghargai setiap orang apapun latar belakangnya",
            "Suka menolong orang lain",
            "Membangun lingkungan kerja yang kondusif",
        ),
    ),
    CoreValueInfo(
        CoreValue.LOYAL,
        5,
        "Loyal",
        "berdedikasi dan mengutamakan kepentingan bangsa dan negara",
        (
            "Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia "
            "Tahun 1945, setia kepada NKRI serta pemerintahan yang sah",
            "Menjaga nama baik sesama ASN, Pimpinan, Instansi, dan Negara",
            "Menjaga rahasia jabatan dan negara",
        ),
    ),
    CoreValueInfo(
        CoreValue.ADAPTIF,
        6,
        "Adaptif",
        "terus berinovasi dan antusias dalam menggerakkan serta menghadapi perubahan",
        (
            "Cepat menyesuaikan diri menghadapi perubahan",
            "Terus berinovasi dan mengembangkan kreativitas",
            "Bertindak proaktif",
        ),
    ),
    CoreValueInfo(
        CoreValue.KOLABORATIF,
        7,
        "Kolaboratif",
        "membangun kerja sama yang sinergis",
        (
            "Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
            "Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
            "Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
        ),
    ),
)

_INFO: Final[Mapping[CoreValue, CoreValueInfo]] = {row.value: row for row in BERAKHLAK}


def info(v: CoreValue) -> CoreValueInfo:
    """Number, name, definisi and panduan perilaku of a core value."""
    return _INFO[v]


def _key(text: str) -> str:
    return re.sub(r"[^0-9a-z]", "", text.casefold())


_BY_KEY: Final[Mapping[str, CoreValue]] = {
    **{_key(row.value.value): row.value for row in BERAKHLAK},
    **{_key(row.value.name): row.value for row in BERAKHLAK},
    **{_key(row.name): row.value for row in BERAKHLAK},
}


def parse_core_value(text: str) -> CoreValue:
    """Read a core value from its value, name or Indonesian name ("Berorientasi Pelayanan")."""
    found = _BY_KEY.get(_key(text))
    if found is None:
        raise SkpError(Code.UNKNOWN_VALUE, kind="core-value", value=text)
    return found
