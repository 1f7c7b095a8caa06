"""What the evaluation documents print, as plain values ready to lay out (issue 7 items 7 and 8).

``services.evaluation.EvaluationService`` builds these from the workspace; the renderers
(``reports.evaluasi_pdf``, ``reports.ratings_xlsx``, ``reports.angka_kredit_report``) read them and
never query anything (ARCHITECTURE.md "reports"). Nothing here imports SQLAlchemy, Qt or reportlab,
so a renderer can be tested with hand-made documents.

- ``EvaluationDocument``: the Evaluasi Kinerja Pegawai of one plan and one evaluation period
  (SKP-REFERENCE R-FORM-EVALUASI), built on the plan's ``PlanDocument`` (the identity block, the
  HASIL KERJA and PERILAKU KERJA rows are the Rencana's) plus what the period adds: realisasi with
  bukti dukung, the atasan's umpan balik, the ratings and predikat (R-RATING, R-MATRIX), the
  predikat kinerja organisasi and the unit's distribution (R-ORG-PREDIKAT, R-CURVE).
- ``RatingsSheet``: a unit's ratings of one period, with the distribution checked against the curve.
- ``AkPersonReport`` / ``AkUnitReport``: angka kredit per person and per unit (R-AK).

Texts are in the form's words (official Indonesian, whatever the UI language).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from skpdesk.domain.curve import CurveResult
from skpdesk.domain.jabatan import JenjangJF
from skpdesk.domain.predikat import Predikat, PredikatOrganisasi
from skpdesk.reports.plan_document import Kop, PersonBlock, PlanDocument

# The rating's state as printed (the footer, the ratings sheet's STATUS column).
RATED_FINAL = "final"
RATED_DRAFT = "draft"
NOT_RATED = ""
STATUS_WORDS: Mapping[str, str] = {
    RATED_FINAL: "Final",
    RATED_DRAFT: "Draf",
    NOT_RATED: "Belum dinilai",
}
# What an empty rating cell says (the worksheet of a period not rated yet).
BELUM_DINILAI = "BELUM DINILAI"


# -- the distribution of one unit ---------------------------------------------------------------------


@dataclass(frozen=True)
class UnitCurve:
    """The predikat of the people rated in a unit (and the units below it) for one period, with
    the unit's predikat kinerja organisasi and the R-CURVE check (None: no predikat organisasi set,
    nothing to check against)."""

    unit_id: str
    unit_name: str
    year: int
    periode: str
    periode_label: str
    org_predikat: PredikatOrganisasi | None
    counts: Mapping[Predikat, int]
    """Final ratings only, all five predikat (best to worst)."""
    drafts: int
    """Ratings still in draft: not counted."""
    check: CurveResult | None

    @property
    def n(self) -> int:
        return sum(self.counts.values())

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.unit_id, self.year, self.periode)


# -- the Evaluasi Kinerja Pegawai of one plan and period ----------------------------------------------


@dataclass(frozen=True)
class ResultEvaluation:
    """What the period adds to one RHK of the plan (aligned with ``PlanDocument.utama`` /
    ``tambahan``): realisasi per IKI (aligned with ``ResultRow.indicators``), the kualitatif
    realisasi of the RHK itself, the bukti dukung and the atasan's umpan balik."""

    indicators: tuple[tuple[str, ...], ...] = ()
    """Per IKI, the realisasi lines ("12 dokumen"; on AKHIR without a yearly entry, one line per
    period: "Triwulan I: 3 dokumen"). Empty: nothing reported."""
    realisasi: tuple[str, ...] = ()
    """Kualitatif: the realisasi of the RHK itself (same shape)."""
    evidence: tuple[str, ...] = ()
    """File names of the bukti dukung of the RHK and its IKI in the period."""
    feedback: tuple[str, ...] = ()
    """The pejabat penilai's umpan balik on the RHK in the period (AKHIR: the whole year)."""


@dataclass(frozen=True)
class PeriodicPredikat:
    """A periodic predikat shown on the AKHIR form as evidence, never averaged (R-PERIODIC)."""

    periode: str
    label: str
    predikat: Predikat | None
    final: bool


@dataclass(frozen=True)
class EvaluationDocument:
    """Everything the Evaluasi Kinerja Pegawai prints for one plan and period (R-FORM-EVALUASI)."""

    plan: PlanDocument
    periode: str  # "TW1", "AKHIR", "BULAN-01", ...
    periode_label: str  # "Triwulan I", "Akhir", "Januari"
    period_start: dt.date
    period_end: dt.date
    is_final: bool  # the AKHIR evaluation
    atasan_penilai: PersonBlock
    """The atasan of the pejabat penilai kinerja (the Dokumen Evaluasi's block 3); may be empty."""
    utama: tuple[ResultEvaluation, ...]
    tambahan: tuple[ResultEvaluation, ...]
    perilaku_feedback: tuple[tuple[str, ...], ...]
    """The atasan's umpan balik per BerAKHLAK value, aligned with ``plan.perilaku``."""
    rating_status: str  # RATED_FINAL / RATED_DRAFT / NOT_RATED
    rating_hasil_kerja: str  # "Di Atas Ekspektasi"; "" when not rated
    rating_perilaku: str
    predikat: Predikat | None
    basis_org: bool
    """The rating hasil kerja is the unit's predikat kinerja organisasi (R-ORG-PREDIKAT JPT rule)."""
    note: str  # the penilai's catatan/rekomendasi
    assessed_on: dt.date | None
    assessor: str  # who rated (name with gelar); may be empty
    curve: UnitCurve | None
    """The distribution of the unit the pegawai belongs to; None without a unit."""
    signed_on: dt.date
    """The rating's date when rated, else the day the document is made."""
    periodic: tuple[PeriodicPredikat, ...] = ()
    """AKHIR: the periodic predikat of the plan, as evidence."""

    @property
    def rated(self) -> bool:
        return self.rating_status in (RATED_FINAL, RATED_DRAFT)

    @property
    def final(self) -> bool:
        return self.rating_status == RATED_FINAL

    @property
    def status_label(self) -> str:
        return STATUS_WORDS.get(self.rating_status, self.rating_status)

    @property
    def year(self) -> int:
        return self.plan.year

    @property
    def kop(self) -> Kop:
        return self.plan.kop


# -- a unit's ratings of one period -------------------------------------------------------------------


@dataclass(frozen=True)
class RatingLine:
    """One plan of the unit in the period (the ratings sheet's row)."""

    name: str
    nip: str  # "19680411 199303 1 009"
    jabatan: str
    unit: str
    plan_status: str  # PlanStatus value
    rating_status: str  # RATED_FINAL / RATED_DRAFT / NOT_RATED
    rating_hasil_kerja: str  # label, "" when not rated
    rating_perilaku: str
    predikat: Predikat | None
    basis_org: bool
    penilai: str  # the pejabat penilai (name with gelar)
    penilai_nip: str
    assessed_on: dt.date | None
    outside: bool = False
    """The plan does not reach into the period (a mid-year start or end): nothing to rate."""


@dataclass(frozen=True)
class RatingsSheet:
    unit_id: str
    unit_name: str
    instansi: str
    year: int
    periode: str
    periode_label: str
    lines: tuple[RatingLine, ...]
    curve: UnitCurve
    """The unit's distribution (its own predikat organisasi, else the nearest unit above's)."""
    org_unit_name: str
    """The unit whose predikat kinerja organisasi the curve uses ("" when none is set)."""
    made_on: dt.date


# -- angka kredit (R-AK) ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AkPeriod:
    """The AK of one evaluated period of a plan (a periodic rating, or the AKHIR one over the
    plan's months)."""

    year: int
    periode: str
    label: str  # "Triwulan I", "Akhir"
    start: dt.date
    end: dt.date
    months: int
    predikat: Predikat | None  # None: not rated (final) yet
    persen: Decimal | None
    exact: Fraction | None  # None without a predikat, or without months
    counted: bool
    """Part of the year's total (the basis chosen for the plan; see ``AkYear.basis``)."""


@dataclass(frozen=True)
class AkYear:
    """One plan of a jabatan fungsional in one year: its periods and the year's AK."""

    year: int
    plan_id: str
    jabatan: str
    jenjang: JenjangJF
    start: dt.date
    end: dt.date
    months: int  # whole months of the plan (R-PERIOD: from its dates)
    basis: str
    """``akhir``: the final AKHIR predikat over the plan's months; ``periodik``: AKHIR not final
    yet, the final periodic ratings each over its months (provisional); ``kosong``: nothing rated."""
    periods: tuple[AkPeriod, ...]
    exact: Fraction  # the year's AK (the counted periods), exact

    @property
    def provisional(self) -> bool:
        return self.basis != "akhir"


@dataclass(frozen=True)
class AkPerson:
    """One person's angka kredit in the jenjang they hold in the report's year (R-AK)."""

    employee_id: str
    name: str
    nip: str
    pangkat: str
    jabatan: str
    unit: str
    jenjang: JenjangJF
    year: int
    years: tuple[AkYear, ...]
    """The plans in this jenjang, oldest first, up to the report's year (AK accumulates within a
    jenjang and starts again in the next one, R-AK note 6)."""
    year_exact: Fraction  # the report year's AK (every plan of that year in this jenjang)
    cumulative: Fraction  # every year listed
    first_year: int  # the oldest year counted (AK from before SKP Desk is not included)
    predikat: Predikat | None  # the report year's AKHIR predikat (the latest plan's)
    months: int  # the report year's months in this jenjang

    @property
    def kebutuhan_pangkat(self) -> Decimal:
        return self.jenjang.ak_kenaikan_pangkat

    @property
    def kebutuhan_jenjang(self) -> Decimal | None:
        return self.jenjang.ak_kenaikan_jenjang

    @property
    def kurang_pangkat(self) -> Fraction:
        return max(Fraction(0), Fraction(self.jenjang.ak_kenaikan_pangkat) - self.cumulative)

    @property
    def kurang_jenjang(self) -> Fraction | None:
        need = self.jenjang.ak_kenaikan_jenjang
        return None if need is None else max(Fraction(0), Fraction(need) - self.cumulative)

    @property
    def provisional(self) -> bool:
        return any(y.provisional for y in self.years if y.year == self.year)


@dataclass(frozen=True)
class AkReport:
    """Angka kredit of one person or of every jabatan fungsional in a unit, for one year."""

    title_name: str  # the person's name or the unit's
    unit_name: str
    instansi: str
    kop: Kop
    year: int
    people: tuple[AkPerson, ...]
    per_person: bool
    made_on: dt.date
    place: str = ""
