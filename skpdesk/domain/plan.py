"""A plan as plain values: what the phrasing coach, the reviu checklist, the documents and the
wizard read (SKP-REFERENCE R-SKP-CONTENT, R-JPT-VS-JAJF).

The services build these from the database; nothing here touches storage, so every rule that
reads a plan is a pure function of a ``PlanSnapshot``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class PlanKind(StrEnum):
    """Which form the plan uses (R-JPT-VS-JAJF)."""

    JPT = "jpt"  # JPT and pimpinan unit kerja mandiri
    JA_JF = "ja-jf"  # administrator, pengawas, pelaksana and fungsional


class Pendekatan(StrEnum):
    """Pendekatan hasil kerja (Permen PANRB 6/2022, R-LEGAL) [V]."""

    KUANTITATIF = "kuantitatif"
    KUALITATIF = "kualitatif"


class DraftingGuide(StrEnum):
    """The BKN guide's drafting path (R-STAGES) [V 8/2021]."""

    DASAR = "model-dasar"
    PENGEMBANGAN = "model-pengembangan"


class PlanStatus(StrEnum):
    """R-LIFECYCLE [V]: draft → diajukan → direviu → ditetapkan (dikembalikan = back to the pegawai)."""

    DRAFT = "draft"
    DIAJUKAN = "diajukan"
    DIREVIU = "direviu"
    DITETAPKAN = "ditetapkan"
    DIKEMBALIKAN = "dikembalikan"


EDITABLE_BY_PEGAWAI = frozenset({PlanStatus.DRAFT, PlanStatus.DIKEMBALIKAN})


@dataclass(frozen=True)
class IndicatorSnapshot:
    id: str
    text: str
    aspek: str = ""  # kuantitas / kualitas / waktu / biaya (R-IKI), JA/JF kuantitatif
    target_value: str = ""
    target_max: str = ""
    target_unit: str = ""
    lower_is_better: bool = False
    manual_definition: str = ""
    manual_formula: str = ""
    manual_purpose: str = ""
    data_source: str = ""
    collector: str = ""
    monitoring_schedule: str = ""
    level_descriptions: tuple[str, ...] = ()  # kategori penilaian (pengembangan), lowest first


@dataclass(frozen=True)
class ResultSnapshot:
    id: str
    text: str
    jenis: str = "utama"  # utama / tambahan (R-SKP-CONTENT)
    source: str = ""  # pk / direktif / inisiatif / mph / pengembangan-diri / kemasyarakatan
    perspektif: str = ""  # JPT only (R-PERSPEKTIF)
    parent_result_id: str | None = None  # the atasan's RHK it intervenes (R-CASCADE)
    parent_goal_id: str | None = None  # or the organisation's sasaran / IKU
    cascading_method: str = ""
    ukuran_keberhasilan: str = ""  # kualitatif
    target_basis: str = ""
    indicators: tuple[IndicatorSnapshot, ...] = ()


@dataclass(frozen=True)
class PlanSnapshot:
    id: str
    kind: PlanKind
    pendekatan: Pendekatan
    guide: DraftingGuide
    year: int
    status: PlanStatus = PlanStatus.DRAFT
    results: tuple[ResultSnapshot, ...] = ()
    ekspektasi: Mapping[str, str] = field(default_factory=dict)  # CoreValue value → text
    annex: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # kind → items

    @property
    def jpt(self) -> bool:
        return self.kind is PlanKind.JPT

    @property
    def kuantitatif(self) -> bool:
        return self.pendekatan is Pendekatan.KUANTITATIF

    def utama(self) -> tuple[ResultSnapshot, ...]:
        return tuple(r for r in self.results if r.jenis == "utama")

    def tambahan(self) -> tuple[ResultSnapshot, ...]:
        return tuple(r for r in self.results if r.jenis == "tambahan")
