"""A Rencana SKP as the printed form reads it: plain values, ready to lay out.

``services.documents.DocumentService.plan_document`` builds it from the workspace; the renderers
(``reports.rencana_pdf``) read it and never query anything (ARCHITECTURE.md "reports"). Nothing here
imports SQLAlchemy or Qt, so a renderer can be tested with hand-made documents.

Every text is already in the form's words (SKP-REFERENCE R-FORM-RENCANA): names with gelar, the
NIP in groups, "Penata Muda Tk. I, III/b", targets with their unit. The form is an official
Indonesian document, so these words are Indonesian whatever the UI language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from skpdesk.domain.plan import Pendekatan, PlanKind, PlanStatus

# SKP-REFERENCE R-LIFECYCLE: the status as printed in the footer (official words, not UI text).
STATUS_LABELS: dict[str, str] = {
    PlanStatus.DRAFT.value: "Draf",
    PlanStatus.DIAJUKAN.value: "Diajukan",
    PlanStatus.DIREVIU.value: "Direviu",
    PlanStatus.DITETAPKAN.value: "Ditetapkan",
    PlanStatus.DIKEMBALIKAN.value: "Dikembalikan",
}
# SKP-REFERENCE R-IKI [V]: the aspects of a kuantitatif IKI, as printed.
ASPEK_LABELS: dict[str, str] = {
    "kuantitas": "Kuantitas",
    "kualitas": "Kualitas",
    "waktu": "Waktu",
    "biaya": "Biaya",
}
# SKP-REFERENCE R-PERSPEKTIF [P]: JPT perspectives, as printed.
PERSPEKTIF_LABELS: dict[str, str] = {
    "penerima-layanan": "Penerima Layanan",
    "proses-bisnis": "Proses Bisnis",
    "penguatan-internal": "Penguatan Internal",
    "anggaran": "Anggaran",
}
# SKP-REFERENCE R-SKP-CONTENT / R-FORM-RENCANA item 5: the lampiran's three parts, in order.
ANNEX_TITLES: tuple[tuple[str, str], ...] = (
    ("sumber-daya", "DUKUNGAN SUMBER DAYA"),
    ("skema-pertanggungjawaban", "SKEMA PERTANGGUNGJAWABAN"),
    ("konsekuensi", "KONSEKUENSI"),
)


@dataclass(frozen=True)
class PersonBlock:
    """One side of the identity block (R-FORM-RENCANA item 1): rows 1 NAMA ... 5 UNIT KERJA.

    ``unit_label`` is "UNIT KERJA", or "INSTANSI" for the pejabat penilai of a JPT (R-SKP-CONTENT).
    Every field may be empty (a JPT at the top of the tree has no pejabat penilai in the data).
    """

    name: str = ""
    nip: str = ""  # "19680411 199303 1 009"
    pangkat: str = ""  # "Penata Muda Tk. I, III/b"; PPPK: the golongan only
    jabatan: str = ""
    unit: str = ""
    unit_label: str = "UNIT KERJA"

    @property
    def empty(self) -> bool:
        return not (self.name or self.nip)


@dataclass(frozen=True)
class IndicatorRow:
    """An IKI with its target, as printed."""

    text: str
    aspek: str = ""  # "Kuantitas" ... (JA/JF kuantitatif); empty when not set
    target: str = ""  # "12 dokumen", "80–90 %"


@dataclass(frozen=True)
class ResultRow:
    """A rencana hasil kerja with what it intervenes and its IKI."""

    number: int  # 1.. within its group (A. UTAMA / B. TAMBAHAN)
    text: str
    intervened: str = ""  # the atasan's RHK or the organisation's sasaran/IKU it intervenes
    intervened_kind: str = ""  # result / goal / missing (not arrived or removed) / "" (none)
    perspektif: str = ""  # JPT (R-PERSPEKTIF), as printed
    ukuran_keberhasilan: str = ""  # kualitatif prose (R-IKI); may be empty
    indicators: tuple[IndicatorRow, ...] = ()

    def ukuran_text(self) -> str:
        """The kualitatif cell's prose: the plan's own text, else its IKI and targets."""
        if self.ukuran_keberhasilan.strip():
            return self.ukuran_keberhasilan.strip()
        parts = [f"{i.text}: {i.target}" if i.target else i.text for i in self.indicators]
        return "; ".join(parts)


@dataclass(frozen=True)
class BehaviourRow:
    """One BerAKHLAK value with its panduan perilaku and the leader's expectation (R-BERAKHLAK)."""

    number: int
    name: str
    panduan: tuple[str, ...]
    ekspektasi: str = ""


@dataclass(frozen=True)
class Kop:
    """The letterhead (kop surat) from the workspace settings."""

    pemerintah: str = ""
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: Path | None = None

    @property
    def contacts(self) -> str:
        """ "Telepon …, Laman …, Pos-el …" (the words of tata naskah dinas, as the settings preview)."""
        parts = (
            f"Telepon {self.phone}" if self.phone else "",
            f"Laman {self.website}" if self.website else "",
            f"Pos-el {self.email}" if self.email else "",
        )
        return ", ".join(p for p in parts if p)

    @property
    def empty(self) -> bool:
        return not (self.pemerintah or self.name or self.address or self.contacts or self.logo)


@dataclass(frozen=True)
class PlanDocument:
    """Everything the Rencana SKP form prints (SKP-REFERENCE R-FORM-RENCANA, R-SKP-CONTENT)."""

    plan_id: str
    kind: PlanKind
    pendekatan: Pendekatan
    year: int
    start: dt.date
    end: dt.date
    instansi: str  # the header's left line, e.g. "PEMERINTAH KABUPATEN SUKAMAJU"
    pegawai: PersonBlock
    penilai: PersonBlock
    pegawai_nip: str  # 18 digits as stored (file names, metadata)
    pegawai_name: str  # the name without gelar (file names)
    utama: tuple[ResultRow, ...]
    tambahan: tuple[ResultRow, ...]
    perilaku: tuple[BehaviourRow, ...]
    lampiran: tuple[tuple[str, tuple[str, ...]], ...]  # (kind, items) in ANNEX_TITLES order
    status: str  # PlanStatus value (a value from a newer version is kept as it is)
    content_hash: str  # sha256 of the plan's canonical content now (services.planning)
    approved_hash: str  # the same, stored at penetapan; empty before
    approved_on: dt.date | None
    kop: Kop
    place: str  # signature place ("Sukamaju"); may be empty
    signed_on: dt.date  # approved_on, else the day the document is made

    @property
    def jpt(self) -> bool:
        return self.kind is PlanKind.JPT

    @property
    def kuantitatif(self) -> bool:
        return self.pendekatan is Pendekatan.KUANTITATIF

    @property
    def ditetapkan(self) -> bool:
        return self.status == PlanStatus.DITETAPKAN.value

    @property
    def changed_after_approval(self) -> bool:
        """Ditetapkan, but its content is no longer what was approved (SYNC.md: changed after
        signing). A plan without a stored hash (made before hashes were kept) is not flagged."""
        return self.ditetapkan and bool(self.approved_hash) and self.approved_hash != self.content_hash

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def short_hash(self) -> str:
        return self.content_hash[:12]

    def annex(self, kind: str) -> tuple[str, ...]:
        return next((items for k, items in self.lampiran if k == kind), ())
