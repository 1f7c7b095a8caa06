"""Indonesian demo content for a fictional kabupaten (pure data, no I/O, no randomness).

The demo builder turns this data into an organisation tree, positions, goals and SKP plans of
"Pemerintah Kabupaten Sukamaju", a fictional regional government. Nothing here is random: the builder
decides names of people, NIPs, dates and which plans are in which state.

Conventions the builder relies on:

* Vocabulary: ``jenjang``, unit ``kind``, ``aspek``, ``perspektif`` and the cascading strings are the
  exact values listed in :data:`JENJANG_VALUES` and friends (SKP-REFERENCE R-JABATAN, R-ORG, R-IKI,
  R-PERSPEKTIF, R-CASCADE).
* Tree: :data:`OPD_TEMPLATES` are the perangkat daerah under :data:`INSTANSI_NAME`. A unit counts one
  head position plus ``weight`` positions per :class:`StaffTemplate` (times the builder's scale).
  ``repeat`` > 1 means several copies (SD Negeri, Puskesmas, Kecamatan...): copy *i* is named
  ``f"{name} {instance_names[i]}"`` when ``instance_names`` has an entry for it, else
  ``f"{name} {i + 1}"``; a single copy with ``instance_names`` takes the first one, without them it
  keeps ``name``. The same suffix may be appended to ``head_title`` ("Camat Cibening",
  "Inspektur Pembantu Wilayah II"). With weight x1 and repeats as given the tree holds 656
  positions, about half of them (DISDIK, DINKES, RSUD) teachers and health workers.
* Goals: ``OPD_GOALS[short][i]`` is addressed as ``"goal:<short>:<i>"`` (``i`` 0-based). Every OPD
  short has goals; all Kecamatan share ``"KECAMATAN"``. ``GoalTemplate.kabupaten_goal`` is the index
  in :data:`KABUPATEN_GOALS` that the OPD sasaran supports.
* BKPSDM is cascaded in full (:data:`BKPSDM_CASCADE`): a plan matches a position by ``unit_path``
  (unit names from the OPD down) and ``title`` (the unit's ``head_title`` or a staff title; staff of
  one title in one unit share a plan). ``parent_key`` of a JA/JF RHK utama is a key of an RHK in the
  plan of the atasan langsung (the head of the same unit for staff, the head of the parent unit for
  unit heads); the Kepala's RHK utama point to ``"goal:BKPSDM:<i>"``; tambahan have ``None``.
* Other positions take RHK from :data:`GENERIC_RHK`: key ``StaffTemplate.role`` (or
  ``UnitTemplate.head_role`` for heads) when set, else the jenjang. Their ``parent_key`` is ``None``;
  the builder links them to an RHK of the atasan. OPD heads (JPT) build their RHK utama from
  ``OPD_GOALS`` (sasaran as RHK, indicators as IKI, perspektif) and add ``GENERIC_RHK["jpt-pratama"]``.
* Targets are decimal strings (``Decimal(target)`` always works); the unit is separate.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

# --------------------------------------------------------------------------------------------------
# Vocabulary (SKP-REFERENCE R-JABATAN, R-ORG, R-IKI, R-PERSPEKTIF, R-CASCADE, R-BERAKHLAK)
# --------------------------------------------------------------------------------------------------

JENJANG_VALUES: tuple[str, ...] = (
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
)
JF_JENJANG_VALUES: tuple[str, ...] = (
    "ahli-pertama",
    "ahli-muda",
    "ahli-madya",
    "ahli-utama",
    "pemula",
    "terampil",
    "mahir",
    "penyelia",
)
UNIT_KINDS: tuple[str, ...] = ("instansi", "opd", "bidang", "subbidang", "upt", "kecamatan", "kelurahan")
ASPEK_VALUES: tuple[str, ...] = ("kuantitas", "kualitas", "waktu", "biaya")
PERSPEKTIF_VALUES: tuple[str, ...] = ("penerima-layanan", "proses-bisnis", "penguatan-internal", "anggaran")
CASCADE_METHODS: tuple[str, ...] = ("langsung", "tidak-langsung")
# R-CASCADE: direct cascading uses aspek / wilayah / beban-target, non-direct layanan / output-antara.
CASCADE_APPROACHES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "langsung": ("aspek", "wilayah", "beban-target"),
        "tidak-langsung": ("layanan", "output-antara"),
    }
)
CONTRIBUTION_TYPES: tuple[str, ...] = ("outcome", "output", "layanan")
RHK_JENIS: tuple[str, ...] = ("utama", "tambahan")
RHK_SOURCES: tuple[str, ...] = (
    "pk",
    "direktif",
    "inisiatif",
    "mph",
    "pengembangan-kompetensi",
    "keterlibatan-masyarakat",
)
CORE_VALUE_SLUGS: tuple[str, ...] = (
    "berorientasi-pelayanan",
    "akuntabel",
    "kompeten",
    "harmonis",
    "loyal",
    "adaptif",
    "kolaboratif",
)


# --------------------------------------------------------------------------------------------------
# Shapes
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StaffTemplate:
    """A group of non-head positions of one title and jenjang inside a unit."""

    title: str  # nama jabatan without jenjang ("Analis Sumber Daya Manusia Aparatur", "Guru")
    jenjang: str  # "pelaksana" or a JF jenjang
    weight: int  # relative headcount within the unit (the builder scales it)
    role: str = ""  # key into GENERIC_RHK; empty = use the jenjang


@dataclass(frozen=True)
class UnitTemplate:
    """One organisational unit with its head, its staff and its sub-units."""

    name: str
    short: str
    kind: str
    head_title: str
    head_jenjang: str
    staff: tuple[StaffTemplate, ...]
    children: tuple[UnitTemplate, ...]
    repeat: int = 1
    mandiri: bool = False  # unit kerja mandiri: the head uses the JPT form
    head_role: str = ""  # key into GENERIC_RHK for the head; empty = use head_jenjang
    instance_names: tuple[str, ...] = ()  # suffixes for repeated copies; empty = "1", "2", ...


@dataclass(frozen=True)
class IndicatorTemplate:
    """An indikator kinerja of a sasaran (PK / Renstra / RPJMD)."""

    text: str
    target: str  # decimal as a string
    unit: str
    aspek: str = "kuantitas"


@dataclass(frozen=True)
class GoalTemplate:
    """A sasaran strategis with its indicators."""

    sasaran: str
    indicators: tuple[IndicatorTemplate, ...]
    perspektif: str
    kabupaten_goal: int | None = None  # index into KABUPATEN_GOALS that this sasaran supports


@dataclass(frozen=True)
class IkiTemplate:
    """An indikator kinerja individu with its target."""

    aspek: str
    text: str
    target: str  # decimal as a string
    unit: str
    data_source: str = ""


@dataclass(frozen=True)
class RhkTemplate:
    """A rencana hasil kerja (worded as a result) with its IKI."""

    key: str
    text: str
    jenis: str
    source: str
    parent_key: str | None
    indicators: tuple[IkiTemplate, ...]
    perspektif: str = ""  # JPT only
    method: str = ""  # cascading (JA/JF)
    approach: str = ""
    contribution: str = ""


@dataclass(frozen=True)
class PositionPlanTemplate:
    """The plan content of one position (or of all staff of one title in one unit)."""

    unit_path: tuple[str, ...]
    title: str
    rhk: tuple[RhkTemplate, ...]


# --------------------------------------------------------------------------------------------------
# 1. Organisation tree (R-ORG): a kabupaten after penyederhanaan birokrasi
# --------------------------------------------------------------------------------------------------

INSTANSI_NAME = "Pemerintah Kabupaten Sukamaju"
INSTANSI_SHORT = "Pemkab Sukamaju"
INSTANSI_CAPITAL = "Sukamaju"

# Standard sekretariat of a dinas or badan: Sekretaris with two Sub Bagian.
_SEKRETARIAT = UnitTemplate(
    name="Sekretariat",
    short="Sekretariat",
    kind="bidang",
    head_title="Sekretaris",
    head_jenjang="administrator",
    staff=(),
    children=(
        UnitTemplate(
            name="Sub Bagian Umum dan Kepegawaian",
            short="Subbag Umpeg",
            kind="subbidang",
            head_title="Kepala Sub Bagian Umum dan Kepegawaian",
            head_jenjang="pengawas",
            staff=(
                StaffTemplate("Pengadministrasi Perkantoran", "pelaksana", 1, "pengadministrasi"),
                StaffTemplate("Pengelola Umum Operasional", "pelaksana", 1, "pengelola-umum"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Sub Bagian Perencanaan dan Keuangan",
            short="Subbag Renkeu",
            kind="subbidang",
            head_title="Kepala Sub Bagian Perencanaan dan Keuangan",
            head_jenjang="pengawas",
            staff=(StaffTemplate("Bendahara", "pelaksana", 1, "bendahara"),),
            children=(),
        ),
    ),
)

# Smaller badan: one Sub Bagian.
_SEKRETARIAT_KECIL = UnitTemplate(
    name="Sekretariat",
    short="Sekretariat",
    kind="bidang",
    head_title="Sekretaris",
    head_jenjang="administrator",
    staff=(),
    children=(
        UnitTemplate(
            name="Sub Bagian Umum, Keuangan dan Perencanaan",
            short="Subbag UKP",
            kind="subbidang",
            head_title="Kepala Sub Bagian Umum, Keuangan dan Perencanaan",
            head_jenjang="pengawas",
            staff=(
                StaffTemplate("Pengadministrasi Perkantoran", "pelaksana", 1, "pengadministrasi"),
                StaffTemplate("Bendahara", "pelaksana", 1, "bendahara"),
            ),
            children=(),
        ),
    ),
)


BKPSDM_NAME = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
BKPSDM_HEAD_TITLE = "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"
BKPSDM_SHORT = "BKPSDM"
_BK_SEKRETARIAT = "Sekretariat"
_BK_UMPEG = "Sub Bagian Umum dan Kepegawaian"
_BK_RENKEU = "Sub Bagian Perencanaan dan Keuangan"
_BK_PPIK = "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian"
_BK_MUTASI = "Bidang Mutasi dan Promosi"
_BK_BANGKOM = "Bidang Pengembangan Kompetensi Aparatur"
_BK_PKAP = "Bidang Penilaian Kinerja Aparatur dan Penghargaan"
_ANALIS_SDM = "Analis Sumber Daya Manusia Aparatur"

_BKPSDM = UnitTemplate(
    name=BKPSDM_NAME,
    short=BKPSDM_SHORT,
    kind="opd",
    head_title=BKPSDM_HEAD_TITLE,
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        UnitTemplate(
            name=_BK_SEKRETARIAT,
            short="Sekretariat",
            kind="bidang",
            head_title="Sekretaris",
            head_jenjang="administrator",
            staff=(),
            children=(
                UnitTemplate(
                    name=_BK_UMPEG,
                    short="Subbag Umpeg",
                    kind="subbidang",
                    head_title="Kepala Sub Bagian Umum dan Kepegawaian",
                    head_jenjang="pengawas",
                    staff=(
                        StaffTemplate("Pengadministrasi Perkantoran", "pelaksana", 2, "pengadministrasi"),
                        StaffTemplate("Pengelola Umum Operasional", "pelaksana", 1, "pengelola-umum"),
                        StaffTemplate("Arsiparis", "terampil", 1, "arsiparis"),
                    ),
                    children=(),
                ),
                UnitTemplate(
                    name=_BK_RENKEU,
                    short="Subbag Renkeu",
                    kind="subbidang",
                    head_title="Kepala Sub Bagian Perencanaan dan Keuangan",
                    head_jenjang="pengawas",
                    staff=(
                        StaffTemplate("Perencana", "ahli-pertama", 1, "perencana"),
                        StaffTemplate("Bendahara", "pelaksana", 1, "bendahara"),
                        StaffTemplate("Penata Laporan Keuangan", "pelaksana", 1, "keuangan"),
                    ),
                    children=(),
                ),
            ),
        ),
        UnitTemplate(
            name=_BK_PPIK,
            short="Bidang PPIK",
            kind="bidang",
            head_title="Kepala Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian",
            head_jenjang="administrator",
            staff=(
                StaffTemplate(_ANALIS_SDM, "ahli-muda", 1, "analis-sdm"),
                StaffTemplate("Pranata Komputer", "ahli-pertama", 1, "pranata-komputer"),
                StaffTemplate("Pengolah Data dan Informasi", "pelaksana", 2, "pengolah-data"),
            ),
            children=(),
        ),
        UnitTemplate(
            name=_BK_MUTASI,
            short="Bidang Mutasi",
            kind="bidang",
            head_title="Kepala Bidang Mutasi dan Promosi",
            head_jenjang="administrator",
            staff=(
                StaffTemplate(_ANALIS_SDM, "ahli-pertama", 2, "analis-sdm"),
                StaffTemplate("Asesor Sumber Daya Manusia Aparatur", "ahli-pertama", 1),
                StaffTemplate("Penata Layanan Operasional", "pelaksana", 1, "layanan-operasional"),
            ),
            children=(),
        ),
        UnitTemplate(
            name=_BK_BANGKOM,
            short="Bidang Bangkom",
            kind="bidang",
            head_title="Kepala Bidang Pengembangan Kompetensi Aparatur",
            head_jenjang="administrator",
            staff=(
                StaffTemplate(_ANALIS_SDM, "ahli-muda", 1, "analis-sdm"),
                StaffTemplate("Penata Layanan Operasional", "pelaksana", 1, "layanan-operasional"),
            ),
            children=(),
        ),
        UnitTemplate(
            name=_BK_PKAP,
            short="Bidang PKAP",
            kind="bidang",
            head_title="Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan",
            head_jenjang="administrator",
            staff=(
                StaffTemplate(_ANALIS_SDM, "ahli-pertama", 2, "analis-sdm"),
                StaffTemplate("Penelaah Teknis Kebijakan", "pelaksana", 1, "penelaah-kebijakan"),
            ),
            children=(),
        ),
    ),
)

_SETDA = UnitTemplate(
    name="Sekretariat Daerah",
    short="SETDA",
    kind="opd",
    head_title="Sekretaris Daerah",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        UnitTemplate(
            name="Asisten Pemerintahan dan Kesejahteraan Rakyat",
            short="Asisten I",
            kind="bidang",
            head_title="Asisten Pemerintahan dan Kesejahteraan Rakyat",
            head_jenjang="jpt-pratama",
            staff=(),
            children=(
                UnitTemplate(
                    name="Bagian Tata Pemerintahan",
                    short="Bag. Tapem",
                    kind="bidang",
                    head_title="Kepala Bagian Tata Pemerintahan",
                    head_jenjang="administrator",
                    staff=(
                        StaffTemplate("Analis Kebijakan", "ahli-pertama", 1, "analis-kebijakan"),
                        StaffTemplate("Penelaah Teknis Kebijakan", "pelaksana", 1, "penelaah-kebijakan"),
                    ),
                    children=(),
                ),
                UnitTemplate(
                    name="Bagian Hukum",
                    short="Bag. Hukum",
                    kind="bidang",
                    head_title="Kepala Bagian Hukum",
                    head_jenjang="administrator",
                    staff=(
                        StaffTemplate(
                            "Perancang Peraturan Perundang-undangan", "ahli-pertama", 2, "perancang-peraturan"
                        ),
                    ),
                    children=(),
                ),
                UnitTemplate(
                    name="Bagian Kesejahteraan Rakyat",
                    short="Bag. Kesra",
                    kind="bidang",
                    head_title="Kepala Bagian Kesejahteraan Rakyat",
                    head_jenjang="administrator",
                    staff=(StaffTemplate("Penelaah Teknis Kebijakan", "pelaksana", 1, "penelaah-kebijakan"),),
                    children=(),
                ),
            ),
        ),
        UnitTemplate(
            name="Asisten Perekonomian dan Pembangunan",
            short="Asisten II",
            kind="bidang",
            head_title="Asisten Perekonomian dan Pembangunan",
            head_jenjang="jpt-pratama",
            staff=(),
            children=(
                UnitTemplate(
                    name="Bagian Perekonomian dan Sumber Daya Alam",
                    short="Bag. Ekonomi SDA",
                    kind="bidang",
                    head_title="Kepala Bagian Perekonomian dan Sumber Daya Alam",
                    head_jenjang="administrator",
                    staff=(StaffTemplate("Analis Kebijakan", "ahli-pertama", 1, "analis-kebijakan"),),
                    children=(),
                ),
                UnitTemplate(
                    name="Bagian Pengadaan Barang dan Jasa",
                    short="Bag. PBJ",
                    kind="bidang",
                    head_title="Kepala Bagian Pengadaan Barang dan Jasa",
                    head_jenjang="administrator",
                    staff=(
                        StaffTemplate("Pengelola Pengadaan Barang/Jasa", "ahli-muda", 1, "pengelola-pbj"),
                        StaffTemplate("Pengelola Pengadaan Barang/Jasa", "ahli-pertama", 2, "pengelola-pbj"),
                    ),
                    children=(),
                ),
                UnitTemplate(
                    name="Bagian Administrasi Pembangunan",
                    short="Bag. Adpem",
                    kind="bidang",
                    head_title="Kepala Bagian Administrasi Pembangunan",
                    head_jenjang="administrator",
                    staff=(StaffTemplate("Pengolah Data dan Informasi", "pelaksana", 1, "pengolah-data"),),
                    children=(),
                ),
            ),
        ),
        UnitTemplate(
            name="Asisten Administrasi Umum",
            short="Asisten III",
            kind="bidang",
            head_title="Asisten Administrasi Umum",
            head_jenjang="jpt-pratama",
            staff=(),
            children=(
                UnitTemplate(
                    name="Bagian Umum",
                    short="Bag. Umum",
                    kind="bidang",
                    head_title="Kepala Bagian Umum",
                    head_jenjang="administrator",
                    staff=(
                        StaffTemplate("Pengelola Umum Operasional", "pelaksana", 1, "pengelola-umum"),
                        StaffTemplate("Arsiparis", "terampil", 1, "arsiparis"),
                    ),
                    children=(
                        UnitTemplate(
                            name="Sub Bagian Tata Usaha Pimpinan",
                            short="Subbag TU Pimpinan",
                            kind="subbidang",
                            head_title="Kepala Sub Bagian Tata Usaha Pimpinan",
                            head_jenjang="pengawas",
                            staff=(
                                StaffTemplate(
                                    "Pengadministrasi Perkantoran", "pelaksana", 1, "pengadministrasi"
                                ),
                            ),
                            children=(),
                        ),
                        UnitTemplate(
                            name="Sub Bagian Keuangan",
                            short="Subbag Keuangan",
                            kind="subbidang",
                            head_title="Kepala Sub Bagian Keuangan",
                            head_jenjang="pengawas",
                            staff=(
                                StaffTemplate("Bendahara", "pelaksana", 1, "bendahara"),
                                StaffTemplate("Penata Laporan Keuangan", "pelaksana", 1, "keuangan"),
                            ),
                            children=(),
                        ),
                    ),
                ),
                UnitTemplate(
                    name="Bagian Organisasi",
                    short="Bag. Organisasi",
                    kind="bidang",
                    head_title="Kepala Bagian Organisasi",
                    head_jenjang="administrator",
                    staff=(
                        StaffTemplate("Analis Kebijakan", "ahli-muda", 1, "analis-kebijakan"),
                        StaffTemplate("Analis Kebijakan", "ahli-pertama", 1, "analis-kebijakan"),
                    ),
                    children=(),
                ),
                UnitTemplate(
                    name="Bagian Protokol dan Komunikasi Pimpinan",
                    short="Bag. Prokopim",
                    kind="bidang",
                    head_title="Kepala Bagian Protokol dan Komunikasi Pimpinan",
                    head_jenjang="administrator",
                    staff=(StaffTemplate("Pranata Hubungan Masyarakat", "ahli-pertama", 1, "pranata-humas"),),
                    children=(),
                ),
            ),
        ),
    ),
)

_SETWAN = UnitTemplate(
    name="Sekretariat Dewan Perwakilan Rakyat Daerah",
    short="SETWAN",
    kind="opd",
    head_title="Sekretaris Dewan Perwakilan Rakyat Daerah",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        UnitTemplate(
            name="Bagian Umum dan Keuangan",
            short="Bag. Umum Keuangan",
            kind="bidang",
            head_title="Kepala Bagian Umum dan Keuangan",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Bendahara", "pelaksana", 1, "bendahara"),
                StaffTemplate("Pengadministrasi Perkantoran", "pelaksana", 1, "pengadministrasi"),
                StaffTemplate("Pengelola Umum Operasional", "pelaksana", 1, "pengelola-umum"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bagian Persidangan dan Perundang-undangan",
            short="Bag. Persidangan",
            kind="bidang",
            head_title="Kepala Bagian Persidangan dan Perundang-undangan",
            head_jenjang="administrator",
            staff=(
                StaffTemplate(
                    "Perancang Peraturan Perundang-undangan", "ahli-pertama", 1, "perancang-peraturan"
                ),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bagian Fasilitasi Penganggaran dan Pengawasan",
            short="Bag. Fasilitasi",
            kind="bidang",
            head_title="Kepala Bagian Fasilitasi Penganggaran dan Pengawasan",
            head_jenjang="administrator",
            staff=(StaffTemplate("Analis Keuangan Pusat dan Daerah", "ahli-pertama", 1, "analis-keuangan"),),
            children=(),
        ),
    ),
)

_INSPEKTORAT = UnitTemplate(
    name="Inspektorat Daerah",
    short="INSPEKTORAT",
    kind="opd",
    head_title="Inspektur",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        UnitTemplate(
            name="Sekretariat",
            short="Sekretariat",
            kind="bidang",
            head_title="Sekretaris",
            head_jenjang="administrator",
            staff=(StaffTemplate("Perencana", "ahli-pertama", 1, "perencana"),),
            children=(
                UnitTemplate(
                    name="Sub Bagian Umum, Keuangan dan Pelaporan",
                    short="Subbag UKP",
                    kind="subbidang",
                    head_title="Kepala Sub Bagian Umum, Keuangan dan Pelaporan",
                    head_jenjang="pengawas",
                    staff=(
                        StaffTemplate("Pengadministrasi Perkantoran", "pelaksana", 1, "pengadministrasi"),
                        StaffTemplate("Bendahara", "pelaksana", 1, "bendahara"),
                    ),
                    children=(),
                ),
            ),
        ),
        UnitTemplate(
            name="Inspektur Pembantu Wilayah",
            short="Irban",
            kind="bidang",
            head_title="Inspektur Pembantu Wilayah",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Auditor", "ahli-muda", 1, "auditor"),
                StaffTemplate("Auditor", "ahli-pertama", 2, "auditor"),
                StaffTemplate(
                    "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", "ahli-pertama", 1, "ppupd"
                ),
            ),
            children=(),
            repeat=3,
            instance_names=("I", "II", "III", "IV"),
        ),
    ),
)

_BAPPERIDA = UnitTemplate(
    name="Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
    short="BAPPERIDA",
    kind="opd",
    head_title="Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        _SEKRETARIAT,
        UnitTemplate(
            name="Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan",
            short="Bidang P2EP",
            kind="bidang",
            head_title="Kepala Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Perencana", "ahli-muda", 1, "perencana"),
                StaffTemplate("Perencana", "ahli-pertama", 1, "perencana"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Pemerintahan dan Pembangunan Manusia",
            short="Bidang PPM",
            kind="bidang",
            head_title="Kepala Bidang Pemerintahan dan Pembangunan Manusia",
            head_jenjang="administrator",
            staff=(StaffTemplate("Perencana", "ahli-pertama", 1, "perencana"),),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Perekonomian, Infrastruktur dan Kewilayahan",
            short="Bidang PIK",
            kind="bidang",
            head_title="Kepala Bidang Perekonomian, Infrastruktur dan Kewilayahan",
            head_jenjang="administrator",
            staff=(StaffTemplate("Perencana", "ahli-pertama", 1, "perencana"),),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Riset dan Inovasi Daerah",
            short="Bidang Rida",
            kind="bidang",
            head_title="Kepala Bidang Riset dan Inovasi Daerah",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Analis Kebijakan", "ahli-pertama", 1, "analis-kebijakan"),
                StaffTemplate("Pengolah Data dan Informasi", "pelaksana", 1, "pengolah-data"),
            ),
            children=(),
        ),
    ),
)

_BPKAD = UnitTemplate(
    name="Badan Pengelolaan Keuangan dan Aset Daerah",
    short="BPKAD",
    kind="opd",
    head_title="Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        _SEKRETARIAT,
        UnitTemplate(
            name="Bidang Anggaran",
            short="Bidang Anggaran",
            kind="bidang",
            head_title="Kepala Bidang Anggaran",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Analis Keuangan Pusat dan Daerah", "ahli-muda", 1, "analis-keuangan"),
                StaffTemplate("Analis Keuangan Pusat dan Daerah", "ahli-pertama", 1, "analis-keuangan"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Perbendaharaan",
            short="Bidang Perbendaharaan",
            kind="bidang",
            head_title="Kepala Bidang Perbendaharaan",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Penata Laporan Keuangan", "pelaksana", 1, "keuangan"),
                StaffTemplate("Pengolah Data dan Informasi", "pelaksana", 1, "pengolah-data"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Akuntansi dan Pelaporan",
            short="Bidang Akuntansi",
            kind="bidang",
            head_title="Kepala Bidang Akuntansi dan Pelaporan",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Analis Keuangan Pusat dan Daerah", "ahli-pertama", 1, "analis-keuangan"),
                StaffTemplate("Penata Laporan Keuangan", "pelaksana", 1, "keuangan"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Pengelolaan Barang Milik Daerah",
            short="Bidang BMD",
            kind="bidang",
            head_title="Kepala Bidang Pengelolaan Barang Milik Daerah",
            head_jenjang="administrator",
            staff=(StaffTemplate("Pengolah Data dan Informasi", "pelaksana", 1, "pengolah-data"),),
            children=(),
        ),
    ),
)

_BAPENDA = UnitTemplate(
    name="Badan Pendapatan Daerah",
    short="BAPENDA",
    kind="opd",
    head_title="Kepala Badan Pendapatan Daerah",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        _SEKRETARIAT_KECIL,
        UnitTemplate(
            name="Bidang Pendataan dan Penetapan",
            short="Bidang Pendataan",
            kind="bidang",
            head_title="Kepala Bidang Pendataan dan Penetapan",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Penata Layanan Operasional", "pelaksana", 1, "layanan-operasional"),
                StaffTemplate("Pengolah Data dan Informasi", "pelaksana", 1, "pengolah-data"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Penagihan dan Pengendalian",
            short="Bidang Penagihan",
            kind="bidang",
            head_title="Kepala Bidang Penagihan dan Pengendalian",
            head_jenjang="administrator",
            staff=(StaffTemplate("Operator Layanan Operasional", "pelaksana", 1, "layanan-operasional"),),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Pajak Bumi dan Bangunan dan BPHTB",
            short="Bidang PBB",
            kind="bidang",
            head_title="Kepala Bidang Pajak Bumi dan Bangunan dan BPHTB",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Penata Layanan Operasional", "pelaksana", 1, "layanan-operasional"),
                StaffTemplate("Operator Layanan Operasional", "pelaksana", 1, "layanan-operasional"),
            ),
            children=(),
        ),
    ),
)

_BPBD = UnitTemplate(
    name="Badan Penanggulangan Bencana Daerah",
    short="BPBD",
    kind="opd",
    head_title="Kepala Pelaksana Badan Penanggulangan Bencana Daerah",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        _SEKRETARIAT_KECIL,
        UnitTemplate(
            name="Bidang Pencegahan dan Kesiapsiagaan",
            short="Bidang PK",
            kind="bidang",
            head_title="Kepala Bidang Pencegahan dan Kesiapsiagaan",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Penata Penanggulangan Bencana", "ahli-pertama", 1, "penanggulangan-bencana"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Kedaruratan dan Logistik",
            short="Bidang KL",
            kind="bidang",
            head_title="Kepala Bidang Kedaruratan dan Logistik",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Penata Penanggulangan Bencana", "ahli-pertama", 1, "penanggulangan-bencana"),
                StaffTemplate("Operator Layanan Operasional", "pelaksana", 1, "pengelola-umum"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Rehabilitasi dan Rekonstruksi",
            short="Bidang RR",
            kind="bidang",
            head_title="Kepala Bidang Rehabilitasi dan Rekonstruksi",
            head_jenjang="administrator",
            staff=(StaffTemplate("Teknik Tata Bangunan dan Perumahan", "ahli-pertama", 1, "teknik-sipil"),),
            children=(),
        ),
    ),
)

_KESBANGPOL = UnitTemplate(
    name="Badan Kesatuan Bangsa dan Politik",
    short="KESBANGPOL",
    kind="opd",
    head_title="Kepala Badan Kesatuan Bangsa dan Politik",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        _SEKRETARIAT_KECIL,
        UnitTemplate(
            name="Bidang Ideologi, Wawasan Kebangsaan dan Politik Dalam Negeri",
            short="Bidang Idpol",
            kind="bidang",
            head_title="Kepala Bidang Ideologi, Wawasan Kebangsaan dan Politik Dalam Negeri",
            head_jenjang="administrator",
            staff=(StaffTemplate("Analis Kebijakan", "ahli-pertama", 1, "analis-kebijakan"),),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Kewaspadaan Nasional dan Penanganan Konflik",
            short="Bidang Kewaspadaan",
            kind="bidang",
            head_title="Kepala Bidang Kewaspadaan Nasional dan Penanganan Konflik",
            head_jenjang="administrator",
            staff=(StaffTemplate("Penelaah Teknis Kebijakan", "pelaksana", 1, "penelaah-kebijakan"),),
            children=(),
        ),
    ),
)

_DISDIK = UnitTemplate(
    name="Dinas Pendidikan",
    short="DISDIK",
    kind="opd",
    head_title="Kepala Dinas Pendidikan",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        _SEKRETARIAT,
        UnitTemplate(
            name="Bidang Pembinaan Sekolah Dasar",
            short="Bidang SD",
            kind="bidang",
            head_title="Kepala Bidang Pembinaan Sekolah Dasar",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Pengawas Sekolah", "ahli-madya", 1, "pengawas-sekolah"),
                StaffTemplate("Pengawas Sekolah", "ahli-muda", 1, "pengawas-sekolah"),
                StaffTemplate("Pengolah Data dan Informasi", "pelaksana", 1, "pengolah-data"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Pembinaan Sekolah Menengah Pertama",
            short="Bidang SMP",
            kind="bidang",
            head_title="Kepala Bidang Pembinaan Sekolah Menengah Pertama",
            head_jenjang="administrator",
            staff=(StaffTemplate("Pengawas Sekolah", "ahli-madya", 1, "pengawas-sekolah"),),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Pendidik dan Tenaga Kependidikan",
            short="Bidang GTK",
            kind="bidang",
            head_title="Kepala Bidang Pendidik dan Tenaga Kependidikan",
            head_jenjang="administrator",
            staff=(StaffTemplate(_ANALIS_SDM, "ahli-pertama", 1, "analis-sdm"),),
            children=(),
        ),
        UnitTemplate(
            name="SD Negeri",
            short="SDN",
            kind="upt",
            head_title="Kepala Sekolah",
            head_jenjang="ahli-muda",  # a guru with tugas tambahan kepala sekolah (JF-led)
            head_role="kepala-sekolah",
            staff=(
                StaffTemplate("Guru", "ahli-pertama", 3, "guru"),
                StaffTemplate("Guru", "ahli-muda", 3, "guru"),
                StaffTemplate("Guru", "ahli-madya", 1, "guru"),
                StaffTemplate("Operator Layanan Operasional", "pelaksana", 1, "pengadministrasi"),
            ),
            children=(),
            repeat=15,
        ),
        UnitTemplate(
            name="SMP Negeri",
            short="SMPN",
            kind="upt",
            head_title="Kepala Sekolah",
            head_jenjang="ahli-madya",
            head_role="kepala-sekolah",
            staff=(
                StaffTemplate("Guru", "ahli-pertama", 5, "guru"),
                StaffTemplate("Guru", "ahli-muda", 5, "guru"),
                StaffTemplate("Guru", "ahli-madya", 2, "guru"),
                StaffTemplate("Pengadministrasi Perkantoran", "pelaksana", 1, "pengadministrasi"),
                StaffTemplate("Pustakawan", "terampil", 1),
            ),
            children=(),
            repeat=4,
        ),
    ),
)

_PUSKESMAS_NAMES = ("Sukamaju", "Cibening", "Talangsari", "Pasirwangi", "Karangjati", "Mekarmukti")

_DINKES = UnitTemplate(
    name="Dinas Kesehatan",
    short="DINKES",
    kind="opd",
    head_title="Kepala Dinas Kesehatan",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        _SEKRETARIAT,
        UnitTemplate(
            name="Bidang Kesehatan Masyarakat",
            short="Bidang Kesmas",
            kind="bidang",
            head_title="Kepala Bidang Kesehatan Masyarakat",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Nutrisionis", "ahli-pertama", 1, "nutrisionis"),
                StaffTemplate("Penyuluh Kesehatan Masyarakat", "ahli-pertama", 1, "promkes"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Pencegahan dan Pengendalian Penyakit",
            short="Bidang P2P",
            kind="bidang",
            head_title="Kepala Bidang Pencegahan dan Pengendalian Penyakit",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Epidemiolog Kesehatan", "ahli-pertama", 1, "epidemiolog"),
                StaffTemplate("Tenaga Sanitasi Lingkungan", "ahli-pertama", 1, "sanitarian"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Pelayanan dan Sumber Daya Kesehatan",
            short="Bidang Yankes SDK",
            kind="bidang",
            head_title="Kepala Bidang Pelayanan dan Sumber Daya Kesehatan",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Administrator Kesehatan", "ahli-muda", 1, "administrator-kesehatan"),
                StaffTemplate("Apoteker", "ahli-pertama", 1, "apoteker"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="UPTD Puskesmas",
            short="Puskesmas",
            kind="upt",
            head_title="Kepala UPTD Puskesmas",
            head_jenjang="pengawas",
            head_role="kepala-puskesmas",
            staff=(
                StaffTemplate("Dokter", "ahli-pertama", 2, "dokter"),
                StaffTemplate("Dokter Gigi", "ahli-pertama", 1, "dokter-gigi"),
                StaffTemplate("Perawat", "terampil", 2, "perawat"),
                StaffTemplate("Perawat", "ahli-pertama", 1, "perawat"),
                StaffTemplate("Bidan", "terampil", 2, "bidan"),
                StaffTemplate("Bidan", "ahli-pertama", 1, "bidan"),
                StaffTemplate("Asisten Apoteker", "terampil", 1, "apoteker"),
                StaffTemplate("Pranata Laboratorium Kesehatan", "terampil", 1, "pranata-laboratorium"),
                StaffTemplate("Nutrisionis", "terampil", 1, "nutrisionis"),
                StaffTemplate("Tenaga Sanitasi Lingkungan", "terampil", 1, "sanitarian"),
                StaffTemplate("Pengadministrasi Perkantoran", "pelaksana", 1, "pengadministrasi"),
            ),
            children=(),
            repeat=5,
            instance_names=_PUSKESMAS_NAMES,
        ),
    ),
)

_RSUD = UnitTemplate(
    name="Rumah Sakit Umum Daerah Sukamaju",
    short="RSUD",
    kind="opd",
    head_title="Direktur Rumah Sakit Umum Daerah Sukamaju",
    head_jenjang="jpt-pratama",
    staff=(),
    mandiri=True,
    children=(
        UnitTemplate(
            name="Bagian Tata Usaha",
            short="Bag. TU",
            kind="bidang",
            head_title="Kepala Bagian Tata Usaha",
            head_jenjang="administrator",
            staff=(),
            children=(
                UnitTemplate(
                    name="Sub Bagian Umum dan Kepegawaian",
                    short="Subbag Umpeg",
                    kind="subbidang",
                    head_title="Kepala Sub Bagian Umum dan Kepegawaian",
                    head_jenjang="pengawas",
                    staff=(
                        StaffTemplate("Pengadministrasi Perkantoran", "pelaksana", 1, "pengadministrasi"),
                        StaffTemplate("Pengelola Umum Operasional", "pelaksana", 1, "pengelola-umum"),
                    ),
                    children=(),
                ),
                UnitTemplate(
                    name="Sub Bagian Keuangan dan Program",
                    short="Subbag Keuprog",
                    kind="subbidang",
                    head_title="Kepala Sub Bagian Keuangan dan Program",
                    head_jenjang="pengawas",
                    staff=(
                        StaffTemplate("Bendahara", "pelaksana", 1, "bendahara"),
                        StaffTemplate("Perencana", "ahli-pertama", 1, "perencana"),
                    ),
                    children=(),
                ),
            ),
        ),
        UnitTemplate(
            name="Bidang Pelayanan Medik dan Keperawatan",
            short="Bidang Yanmed",
            kind="bidang",
            head_title="Kepala Bidang Pelayanan Medik dan Keperawatan",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Dokter", "ahli-madya", 2, "dokter"),
                StaffTemplate("Dokter", "ahli-pertama", 2, "dokter"),
                StaffTemplate("Perawat", "terampil", 5, "perawat"),
                StaffTemplate("Perawat", "ahli-pertama", 2, "perawat"),
                StaffTemplate("Perawat", "penyelia", 1, "perawat"),
                StaffTemplate("Bidan", "terampil", 2, "bidan"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Penunjang Medik dan Nonmedik",
            short="Bidang Penunjang",
            kind="bidang",
            head_title="Kepala Bidang Penunjang Medik dan Nonmedik",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Apoteker", "ahli-pertama", 1, "apoteker"),
                StaffTemplate("Asisten Apoteker", "terampil", 1, "apoteker"),
                StaffTemplate("Pranata Laboratorium Kesehatan", "terampil", 2, "pranata-laboratorium"),
                StaffTemplate("Radiografer", "terampil", 1),
                StaffTemplate("Perekam Medis", "terampil", 2, "perekam-medis"),
                StaffTemplate("Nutrisionis", "terampil", 1, "nutrisionis"),
            ),
            children=(),
        ),
    ),
)

_DPUPR = UnitTemplate(
    name="Dinas Pekerjaan Umum dan Penataan Ruang",
    short="DPUPR",
    kind="opd",
    head_title="Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        _SEKRETARIAT,
        UnitTemplate(
            name="Bidang Bina Marga",
            short="Bidang BM",
            kind="bidang",
            head_title="Kepala Bidang Bina Marga",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Teknik Jalan dan Jembatan", "ahli-pertama", 2, "teknik-sipil"),
                StaffTemplate("Pengelola Umum Operasional", "pelaksana", 1, "pengelola-umum"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Sumber Daya Air",
            short="Bidang SDA",
            kind="bidang",
            head_title="Kepala Bidang Sumber Daya Air",
            head_jenjang="administrator",
            staff=(StaffTemplate("Teknik Pengairan", "ahli-pertama", 1, "teknik-sipil"),),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Cipta Karya",
            short="Bidang CK",
            kind="bidang",
            head_title="Kepala Bidang Cipta Karya",
            head_jenjang="administrator",
            staff=(StaffTemplate("Teknik Tata Bangunan dan Perumahan", "ahli-pertama", 1, "teknik-sipil"),),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Penataan Ruang",
            short="Bidang TR",
            kind="bidang",
            head_title="Kepala Bidang Penataan Ruang",
            head_jenjang="administrator",
            staff=(StaffTemplate("Penata Ruang", "ahli-pertama", 1, "penata-ruang"),),
            children=(),
        ),
    ),
)

_DINSOS = UnitTemplate(
    name="Dinas Sosial",
    short="DINSOS",
    kind="opd",
    head_title="Kepala Dinas Sosial",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        _SEKRETARIAT_KECIL,
        UnitTemplate(
            name="Bidang Perlindungan dan Jaminan Sosial",
            short="Bidang Linjamsos",
            kind="bidang",
            head_title="Kepala Bidang Perlindungan dan Jaminan Sosial",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Penyuluh Sosial", "ahli-pertama", 1, "penyuluh-sosial"),
                StaffTemplate("Pengolah Data dan Informasi", "pelaksana", 1, "pengolah-data"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Rehabilitasi Sosial",
            short="Bidang Resos",
            kind="bidang",
            head_title="Kepala Bidang Rehabilitasi Sosial",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Pekerja Sosial", "ahli-pertama", 1, "pekerja-sosial"),
                StaffTemplate("Pekerja Sosial", "terampil", 1, "pekerja-sosial"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin",
            short="Bidang Dayasos",
            kind="bidang",
            head_title="Kepala Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin",
            head_jenjang="administrator",
            staff=(StaffTemplate("Penyuluh Sosial", "ahli-pertama", 1, "penyuluh-sosial"),),
            children=(),
        ),
    ),
)

_DISDUKCAPIL = UnitTemplate(
    name="Dinas Kependudukan dan Pencatatan Sipil",
    short="DISDUKCAPIL",
    kind="opd",
    head_title="Kepala Dinas Kependudukan dan Pencatatan Sipil",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        _SEKRETARIAT_KECIL,
        UnitTemplate(
            name="Bidang Pelayanan Pendaftaran Penduduk",
            short="Bidang Dafduk",
            kind="bidang",
            head_title="Kepala Bidang Pelayanan Pendaftaran Penduduk",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Operator Layanan Operasional", "pelaksana", 2, "layanan-operasional"),
                StaffTemplate("Penata Layanan Operasional", "pelaksana", 1, "layanan-operasional"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Pelayanan Pencatatan Sipil",
            short="Bidang Capil",
            kind="bidang",
            head_title="Kepala Bidang Pelayanan Pencatatan Sipil",
            head_jenjang="administrator",
            staff=(StaffTemplate("Operator Layanan Operasional", "pelaksana", 1, "layanan-operasional"),),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Pengelolaan Informasi Administrasi Kependudukan",
            short="Bidang PIAK",
            kind="bidang",
            head_title="Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Administrator Database Kependudukan", "ahli-pertama", 1, "adminduk"),
                StaffTemplate("Pranata Komputer", "terampil", 1, "pranata-komputer"),
            ),
            children=(),
        ),
    ),
)

_DPMPTSP = UnitTemplate(
    name="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    short="DPMPTSP",
    kind="opd",
    head_title="Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        _SEKRETARIAT_KECIL,
        UnitTemplate(
            name="Bidang Penanaman Modal",
            short="Bidang PM",
            kind="bidang",
            head_title="Kepala Bidang Penanaman Modal",
            head_jenjang="administrator",
            staff=(StaffTemplate("Analis Kebijakan", "ahli-pertama", 1, "analis-kebijakan"),),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Pelayanan Perizinan dan Nonperizinan",
            short="Bidang Perizinan",
            kind="bidang",
            head_title="Kepala Bidang Pelayanan Perizinan dan Nonperizinan",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Penata Layanan Operasional", "pelaksana", 1, "layanan-operasional"),
                StaffTemplate("Operator Layanan Operasional", "pelaksana", 1, "layanan-operasional"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Pengaduan, Kebijakan dan Pelaporan Layanan",
            short="Bidang Pengaduan",
            kind="bidang",
            head_title="Kepala Bidang Pengaduan, Kebijakan dan Pelaporan Layanan",
            head_jenjang="administrator",
            staff=(StaffTemplate("Penelaah Teknis Kebijakan", "pelaksana", 1, "penelaah-kebijakan"),),
            children=(),
        ),
    ),
)

_DISKOMINFO = UnitTemplate(
    name="Dinas Komunikasi dan Informatika",
    short="DISKOMINFO",
    kind="opd",
    head_title="Kepala Dinas Komunikasi dan Informatika",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        _SEKRETARIAT_KECIL,
        UnitTemplate(
            name="Bidang Informasi dan Komunikasi Publik",
            short="Bidang IKP",
            kind="bidang",
            head_title="Kepala Bidang Informasi dan Komunikasi Publik",
            head_jenjang="administrator",
            staff=(StaffTemplate("Pranata Hubungan Masyarakat", "ahli-pertama", 1, "pranata-humas"),),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Aplikasi Informatika",
            short="Bidang Aptika",
            kind="bidang",
            head_title="Kepala Bidang Aplikasi Informatika",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Pranata Komputer", "ahli-pertama", 1, "pranata-komputer"),
                StaffTemplate("Pranata Komputer", "terampil", 1, "pranata-komputer"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Persandian dan Statistik",
            short="Bidang Sanstat",
            kind="bidang",
            head_title="Kepala Bidang Persandian dan Statistik",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Sandiman", "ahli-pertama", 1, "sandiman"),
                StaffTemplate("Statistisi", "ahli-pertama", 1, "statistisi"),
            ),
            children=(),
        ),
    ),
)

_DISTAN = UnitTemplate(
    name="Dinas Pertanian",
    short="DISTAN",
    kind="opd",
    head_title="Kepala Dinas Pertanian",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        _SEKRETARIAT_KECIL,
        UnitTemplate(
            name="Bidang Tanaman Pangan dan Hortikultura",
            short="Bidang TPH",
            kind="bidang",
            head_title="Kepala Bidang Tanaman Pangan dan Hortikultura",
            head_jenjang="administrator",
            staff=(StaffTemplate("Pengendali Organisme Pengganggu Tumbuhan", "terampil", 1),),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Peternakan dan Kesehatan Hewan",
            short="Bidang Keswan",
            kind="bidang",
            head_title="Kepala Bidang Peternakan dan Kesehatan Hewan",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Medik Veteriner", "ahli-pertama", 1, "kesehatan-hewan"),
                StaffTemplate("Paramedik Veteriner", "terampil", 1, "kesehatan-hewan"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Penyuluhan dan Sarana Prasarana Pertanian",
            short="Bidang Penyuluhan",
            kind="bidang",
            head_title="Kepala Bidang Penyuluhan dan Sarana Prasarana Pertanian",
            head_jenjang="administrator",
            staff=(StaffTemplate("Penyuluh Pertanian", "ahli-muda", 1, "penyuluh-pertanian"),),
            children=(),
        ),
        UnitTemplate(
            name="Balai Penyuluhan Pertanian",
            short="BPP",
            kind="upt",
            head_title="Kepala Balai Penyuluhan Pertanian",
            head_jenjang="pengawas",
            staff=(
                StaffTemplate("Penyuluh Pertanian", "ahli-pertama", 1, "penyuluh-pertanian"),
                StaffTemplate("Penyuluh Pertanian", "terampil", 2, "penyuluh-pertanian"),
            ),
            children=(),
            repeat=2,
            instance_names=("Cibening", "Talangsari", "Pasirwangi", "Karangjati"),
        ),
    ),
)

_DLH = UnitTemplate(
    name="Dinas Lingkungan Hidup",
    short="DLH",
    kind="opd",
    head_title="Kepala Dinas Lingkungan Hidup",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        _SEKRETARIAT_KECIL,
        UnitTemplate(
            name="Bidang Tata Lingkungan dan Pengendalian Pencemaran",
            short="Bidang TLPP",
            kind="bidang",
            head_title="Kepala Bidang Tata Lingkungan dan Pengendalian Pencemaran",
            head_jenjang="administrator",
            staff=(StaffTemplate("Pengendali Dampak Lingkungan", "ahli-pertama", 1, "lingkungan-hidup"),),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Pengelolaan Sampah dan Limbah B3",
            short="Bidang Sampah",
            kind="bidang",
            head_title="Kepala Bidang Pengelolaan Sampah dan Limbah B3",
            head_jenjang="administrator",
            staff=(StaffTemplate("Pengelola Umum Operasional", "pelaksana", 1, "pengelola-umum"),),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Penaatan dan Peningkatan Kapasitas Lingkungan",
            short="Bidang Penaatan",
            kind="bidang",
            head_title="Kepala Bidang Penaatan dan Peningkatan Kapasitas Lingkungan",
            head_jenjang="administrator",
            staff=(StaffTemplate("Pengawas Lingkungan Hidup", "ahli-pertama", 1, "lingkungan-hidup"),),
            children=(),
        ),
    ),
)

_DISHUB = UnitTemplate(
    name="Dinas Perhubungan",
    short="DISHUB",
    kind="opd",
    head_title="Kepala Dinas Perhubungan",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        _SEKRETARIAT_KECIL,
        UnitTemplate(
            name="Bidang Lalu Lintas dan Angkutan",
            short="Bidang LLA",
            kind="bidang",
            head_title="Kepala Bidang Lalu Lintas dan Angkutan",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Penguji Kendaraan Bermotor", "terampil", 2, "penguji-kendaraan"),
                StaffTemplate("Pengelola Umum Operasional", "pelaksana", 1, "pengelola-umum"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Sarana dan Prasarana Perhubungan",
            short="Bidang Sarpras",
            kind="bidang",
            head_title="Kepala Bidang Sarana dan Prasarana Perhubungan",
            head_jenjang="administrator",
            staff=(StaffTemplate("Penelaah Teknis Kebijakan", "pelaksana", 1, "penelaah-kebijakan"),),
            children=(),
        ),
    ),
)

_SATPOLPP = UnitTemplate(
    name="Satuan Polisi Pamong Praja",
    short="SATPOLPP",
    kind="opd",
    head_title="Kepala Satuan Polisi Pamong Praja",
    head_jenjang="jpt-pratama",
    staff=(),
    children=(
        _SEKRETARIAT_KECIL,
        UnitTemplate(
            name="Bidang Penegakan Peraturan Daerah",
            short="Bidang Gakda",
            kind="bidang",
            head_title="Kepala Bidang Penegakan Peraturan Daerah",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Polisi Pamong Praja", "ahli-pertama", 1, "polisi-pamong-praja"),
                StaffTemplate("Polisi Pamong Praja", "terampil", 1, "polisi-pamong-praja"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
            short="Bidang Tibum",
            kind="bidang",
            head_title="Kepala Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Polisi Pamong Praja", "mahir", 1, "polisi-pamong-praja"),
                StaffTemplate("Polisi Pamong Praja", "terampil", 1, "polisi-pamong-praja"),
                StaffTemplate("Polisi Pamong Praja", "pemula", 1, "polisi-pamong-praja"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Bidang Pemadam Kebakaran dan Penyelamatan",
            short="Bidang Damkar",
            kind="bidang",
            head_title="Kepala Bidang Pemadam Kebakaran dan Penyelamatan",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Pemadam Kebakaran", "penyelia", 1, "pemadam-kebakaran"),
                StaffTemplate("Pemadam Kebakaran", "terampil", 1, "pemadam-kebakaran"),
                StaffTemplate("Pemadam Kebakaran", "pemula", 1, "pemadam-kebakaran"),
            ),
            children=(),
        ),
    ),
)

KECAMATAN_NAMES: tuple[str, ...] = (
    "Sukamaju Kota",
    "Cibening",
    "Talangsari",
    "Pasirwangi",
    "Karangjati",
    "Mekarmukti",
    "Sindangrasa",
    "Lembahhijau",
)

_KECAMATAN = UnitTemplate(
    name="Kecamatan",
    short="KECAMATAN",
    kind="kecamatan",
    head_title="Camat",
    head_jenjang="administrator",
    head_role="camat",
    staff=(),
    repeat=3,
    instance_names=KECAMATAN_NAMES,
    children=(
        UnitTemplate(
            name="Sekretariat Kecamatan",
            short="Sekcam",
            kind="bidang",
            head_title="Sekretaris Kecamatan",
            head_jenjang="administrator",
            staff=(
                StaffTemplate("Pengadministrasi Perkantoran", "pelaksana", 1, "pengadministrasi"),
                StaffTemplate("Bendahara", "pelaksana", 1, "bendahara"),
            ),
            children=(),
        ),
        UnitTemplate(
            name="Seksi Pemerintahan",
            short="Seksi Pem",
            kind="subbidang",
            head_title="Kepala Seksi Pemerintahan",
            head_jenjang="pengawas",
            staff=(StaffTemplate("Penata Layanan Operasional", "pelaksana", 1, "layanan-operasional"),),
            children=(),
        ),
        UnitTemplate(
            name="Seksi Pemberdayaan Masyarakat dan Desa",
            short="Seksi PMD",
            kind="subbidang",
            head_title="Kepala Seksi Pemberdayaan Masyarakat dan Desa",
            head_jenjang="pengawas",
            staff=(),
            children=(),
        ),
        UnitTemplate(
            name="Seksi Ketenteraman dan Ketertiban Umum",
            short="Seksi Trantib",
            kind="subbidang",
            head_title="Kepala Seksi Ketenteraman dan Ketertiban Umum",
            head_jenjang="pengawas",
            staff=(StaffTemplate("Polisi Pamong Praja", "terampil", 1, "polisi-pamong-praja"),),
            children=(),
        ),
        UnitTemplate(
            name="Kelurahan",
            short="Kelurahan",
            kind="kelurahan",
            head_title="Lurah",
            head_jenjang="pengawas",
            head_role="lurah",
            staff=(
                StaffTemplate("Pengadministrasi Perkantoran", "pelaksana", 1, "pengadministrasi"),
                StaffTemplate("Penata Layanan Operasional", "pelaksana", 1, "layanan-operasional"),
            ),
            children=(),
            instance_names=("Kota", "Pasar", "Baru"),
        ),
    ),
)

OPD_TEMPLATES: tuple[UnitTemplate, ...] = (
    _SETDA,
    _SETWAN,
    _INSPEKTORAT,
    _BAPPERIDA,
    _BKPSDM,
    _BPKAD,
    _BAPENDA,
    _BPBD,
    _KESBANGPOL,
    _DISDIK,
    _DINKES,
    _RSUD,
    _DPUPR,
    _DINSOS,
    _DISDUKCAPIL,
    _DPMPTSP,
    _DISKOMINFO,
    _DISTAN,
    _DLH,
    _DISHUB,
    _SATPOLPP,
    _KECAMATAN,
)


# --------------------------------------------------------------------------------------------------
# 2. Goals: RPJMD sasaran of the kabupaten, Renstra / Perjanjian Kinerja sasaran of every OPD
# --------------------------------------------------------------------------------------------------

_I = IndicatorTemplate
_G = GoalTemplate

KABUPATEN_GOALS: tuple[GoalTemplate, ...] = (
    _G(  # 0
        "Meningkatnya kualitas tata kelola pemerintahan yang bersih dan akuntabel",
        (
            _I("Nilai Indeks Reformasi Birokrasi", "68", "nilai", "kualitas"),
            _I(
                "Nilai evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)",
                "70",
                "nilai",
                "kualitas",
            ),
            _I("Indeks Sistem Pemerintahan Berbasis Elektronik (SPBE)", "3.1", "indeks", "kualitas"),
        ),
        "proses-bisnis",
    ),
    _G(  # 1
        "Meningkatnya kualitas pelayanan publik",
        (
            _I("Indeks Kepuasan Masyarakat terhadap pelayanan publik", "83", "nilai", "kualitas"),
            _I("Persentase perangkat daerah dengan kepatuhan standar pelayanan publik zona hijau", "90", "%"),
        ),
        "penerima-layanan",
    ),
    _G(  # 2
        "Meningkatnya kualitas dan pemerataan pendidikan",
        (
            _I("Rata-rata lama sekolah", "8.4", "tahun"),
            _I("Harapan lama sekolah", "13.2", "tahun"),
        ),
        "penerima-layanan",
    ),
    _G(  # 3
        "Meningkatnya derajat kesehatan masyarakat",
        (
            _I("Angka harapan hidup", "71.6", "tahun"),
            _I("Prevalensi balita stunting", "14", "%"),
        ),
        "penerima-layanan",
    ),
    _G(  # 4
        "Menurunnya angka kemiskinan dan meningkatnya perlindungan sosial",
        (
            _I("Persentase penduduk miskin", "9.2", "%"),
            _I("Persentase penduduk miskin yang menjadi peserta jaminan kesehatan", "98", "%"),
        ),
        "penerima-layanan",
    ),
    _G(  # 5
        "Meningkatnya pertumbuhan ekonomi daerah yang inklusif",
        (
            _I("Laju pertumbuhan ekonomi", "5.3", "%"),
            _I("Tingkat pengangguran terbuka", "4.6", "%"),
            _I("Nilai realisasi investasi", "850", "miliar rupiah"),
        ),
        "penerima-layanan",
    ),
    _G(  # 6
        "Meningkatnya kualitas infrastruktur wilayah yang berkelanjutan",
        (
            _I("Persentase panjang jalan kabupaten dalam kondisi mantap", "74", "%"),
            _I("Persentase rumah tangga dengan akses air minum layak", "88", "%"),
        ),
        "penerima-layanan",
    ),
    _G(  # 7
        "Meningkatnya kualitas lingkungan hidup dan ketangguhan terhadap bencana",
        (
            _I("Indeks Kualitas Lingkungan Hidup", "69.5", "indeks", "kualitas"),
            _I("Indeks Risiko Bencana", "128", "indeks", "kualitas"),
        ),
        "penerima-layanan",
    ),
    _G(  # 8
        "Meningkatnya kemandirian dan akuntabilitas keuangan daerah",
        (
            _I("Rasio pendapatan asli daerah terhadap total pendapatan daerah", "10.5", "%"),
            _I("Persentase rekomendasi hasil pemeriksaan BPK yang ditindaklanjuti", "85", "%"),
        ),
        "anggaran",
    ),
    _G(  # 9
        "Terwujudnya ketenteraman, ketertiban umum dan kerukunan masyarakat",
        (
            _I("Persentase pelanggaran peraturan daerah yang ditegakkan", "85", "%"),
            _I("Indeks Kerukunan Umat Beragama", "78", "indeks", "kualitas"),
        ),
        "penerima-layanan",
    ),
    _G(  # 10
        "Meningkatnya profesionalitas aparatur sipil negara",
        (
            _I("Indeks Profesionalitas ASN", "74", "nilai", "kualitas"),
            _I("Nilai Indeks Sistem Merit", "275", "poin", "kualitas"),
        ),
        "penguatan-internal",
    ),
)

# Two sasaran every OPD carries in one wording or another (akuntabilitas kinerja and anggaran).
_AKUNTABILITAS_OPD = _G(
    "Meningkatnya akuntabilitas kinerja dan keuangan perangkat daerah",
    (
        _I("Nilai evaluasi akuntabilitas kinerja perangkat daerah", "72", "nilai", "kualitas"),
        _I("Persentase realisasi anggaran perangkat daerah", "95", "%"),
    ),
    "penguatan-internal",
    0,
)

OPD_GOALS: Mapping[str, tuple[GoalTemplate, ...]] = MappingProxyType(
    {
        "SETDA": (
            _G(
                "Meningkatnya kualitas koordinasi perumusan dan pelaksanaan kebijakan daerah",
                (
                    _I("Persentase kebijakan daerah yang ditetapkan sesuai jadwal Propemperda", "85", "%"),
                    _I("Persentase rekomendasi rapat koordinasi pimpinan yang ditindaklanjuti", "80", "%"),
                ),
                "proses-bisnis",
                0,
            ),
            _G(
                "Meningkatnya efektivitas kelembagaan dan tata laksana perangkat daerah",
                (
                    _I("Nilai Indeks Reformasi Birokrasi", "68", "nilai", "kualitas"),
                    _I("Persentase perangkat daerah dengan proses bisnis dan SOP yang mutakhir", "80", "%"),
                ),
                "penguatan-internal",
                0,
            ),
            _G(
                "Meningkatnya kualitas pengadaan barang dan jasa pemerintah daerah",
                (
                    _I("Persentase paket tender yang selesai sesuai jadwal", "90", "%"),
                    _I("Nilai Indeks Tata Kelola Pengadaan", "75", "nilai", "kualitas"),
                ),
                "anggaran",
                8,
            ),
        ),
        "SETWAN": (
            _G(
                "Meningkatnya kualitas dukungan fungsi legislasi, anggaran dan pengawasan DPRD",
                (
                    _I("Persentase rancangan peraturan daerah yang dibahas sesuai jadwal", "85", "%"),
                    _I("Persentase agenda persidangan DPRD yang terfasilitasi tepat waktu", "95", "%"),
                ),
                "penerima-layanan",
                0,
            ),
            _G(
                "Meningkatnya akuntabilitas administrasi dan keuangan Sekretariat DPRD",
                (
                    _I("Nilai evaluasi akuntabilitas kinerja Sekretariat DPRD", "70", "nilai", "kualitas"),
                    _I("Persentase realisasi anggaran", "93", "%"),
                ),
                "anggaran",
                8,
            ),
        ),
        "INSPEKTORAT": (
            _G(
                "Meningkatnya kualitas pengawasan intern pemerintah daerah",
                (
                    _I("Level kapabilitas APIP", "3", "level", "kualitas"),
                    _I("Level maturitas SPIP", "3", "level", "kualitas"),
                ),
                "proses-bisnis",
                0,
            ),
            _G(
                "Meningkatnya tindak lanjut hasil pengawasan oleh perangkat daerah",
                (
                    _I("Persentase rekomendasi hasil pengawasan yang ditindaklanjuti", "85", "%"),
                    _I("Persentase rekomendasi hasil pemeriksaan BPK yang ditindaklanjuti", "85", "%"),
                ),
                "penerima-layanan",
                8,
            ),
            _AKUNTABILITAS_OPD,
        ),
        "BAPPERIDA": (
            _G(
                "Meningkatnya kualitas perencanaan pembangunan daerah",
                (
                    _I("Persentase program Renja perangkat daerah yang selaras dengan RPJMD", "95", "%"),
                    _I("Persentase dokumen perencanaan daerah yang ditetapkan tepat waktu", "100", "%"),
                ),
                "proses-bisnis",
                0,
            ),
            _G(
                "Meningkatnya kualitas pengendalian dan evaluasi pembangunan daerah",
                (
                    _I("Persentase indikator kinerja utama daerah yang mencapai target", "80", "%"),
                    _I("Jumlah laporan evaluasi pelaksanaan RKPD", "4", "laporan"),
                ),
                "proses-bisnis",
                0,
            ),
            _G(
                "Meningkatnya pemanfaatan hasil riset dan inovasi daerah",
                (
                    _I("Nilai Indeks Inovasi Daerah", "55", "nilai", "kualitas"),
                    _I("Jumlah inovasi daerah yang diterapkan", "25", "inovasi"),
                ),
                "penerima-layanan",
                1,
            ),
        ),
        "BKPSDM": (
            _G(  # goal:BKPSDM:0
                "Meningkatnya kompetensi aparatur sipil negara sesuai standar kompetensi jabatan",
                (
                    _I(
                        "Persentase ASN yang memperoleh pengembangan kompetensi minimal 20 jam pelajaran",
                        "80",
                        "%",
                    ),
                    _I("Persentase ASN yang memenuhi standar kompetensi jabatan", "60", "%"),
                ),
                "penerima-layanan",
                10,
            ),
            _G(  # goal:BKPSDM:1
                "Meningkatnya kualitas layanan administrasi kepegawaian",
                (
                    _I(
                        "Persentase layanan kepegawaian yang diselesaikan sesuai standar waktu",
                        "90",
                        "%",
                        "waktu",
                    ),
                    _I("Indeks kepuasan ASN terhadap layanan kepegawaian", "82", "nilai", "kualitas"),
                ),
                "penerima-layanan",
                1,
            ),
            _G(  # goal:BKPSDM:2
                "Meningkatnya penerapan sistem merit dalam manajemen ASN",
                (
                    _I("Nilai Indeks Sistem Merit", "275", "poin", "kualitas"),
                    _I("Persentase jabatan lowong yang diisi melalui seleksi atau uji kompetensi", "90", "%"),
                ),
                "proses-bisnis",
                10,
            ),
            _G(  # goal:BKPSDM:3
                "Meningkatnya kinerja dan disiplin aparatur sipil negara",
                (
                    _I("Persentase ASN dengan predikat kinerja minimal Baik", "87", "%"),
                    _I("Persentase kasus pelanggaran disiplin yang diselesaikan sesuai ketentuan", "85", "%"),
                ),
                "proses-bisnis",
                10,
            ),
            _G(  # goal:BKPSDM:4
                "Meningkatnya akuntabilitas kinerja BKPSDM",
                (
                    _I("Nilai evaluasi akuntabilitas kinerja BKPSDM", "72", "nilai", "kualitas"),
                    _I("Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", "90", "%"),
                ),
                "penguatan-internal",
                0,
            ),
            _G(  # goal:BKPSDM:5
                "Terwujudnya pengelolaan anggaran BKPSDM yang efektif dan akuntabel",
                (
                    _I("Persentase realisasi anggaran BKPSDM", "95", "%"),
                    _I("Persentase kesesuaian realisasi belanja dengan rencana penarikan dana", "90", "%"),
                ),
                "anggaran",
                8,
            ),
        ),
        "BPKAD": (
            _G(
                "Meningkatnya kualitas pengelolaan keuangan daerah",
                (
                    _I("Nilai Indeks Pengelolaan Keuangan Daerah", "70", "nilai", "kualitas"),
                    _I("Persentase APBD yang ditetapkan tepat waktu", "100", "%", "waktu"),
                ),
                "anggaran",
                8,
            ),
            _G(
                "Meningkatnya tertib administrasi barang milik daerah",
                (
                    _I("Persentase aset tetap yang telah bersertifikat dan tercatat", "75", "%"),
                    _I("Persentase barang milik daerah yang diinventarisasi", "90", "%"),
                ),
                "proses-bisnis",
                8,
            ),
            _G(
                "Meningkatnya ketepatan penyaluran belanja daerah",
                (_I("Persentase SP2D yang diterbitkan paling lama 2 hari kerja", "95", "%", "waktu"),),
                "penerima-layanan",
                8,
            ),
        ),
        "BAPENDA": (
            _G(
                "Meningkatnya pendapatan asli daerah dari pajak daerah",
                (
                    _I("Persentase realisasi penerimaan pajak daerah terhadap target", "100", "%"),
                    _I("Pertumbuhan penerimaan pajak daerah", "8", "%"),
                ),
                "anggaran",
                8,
            ),
            _G(
                "Meningkatnya kepatuhan wajib pajak daerah",
                (
                    _I("Persentase wajib pajak yang membayar tepat waktu", "75", "%"),
                    _I("Persentase piutang pajak daerah yang tertagih", "30", "%"),
                ),
                "penerima-layanan",
                8,
            ),
        ),
        "BPBD": (
            _G(
                "Meningkatnya kesiapsiagaan masyarakat dalam menghadapi bencana",
                (
                    _I("Jumlah desa tangguh bencana", "18", "desa"),
                    _I("Indeks Ketahanan Daerah", "0.55", "indeks", "kualitas"),
                ),
                "penerima-layanan",
                7,
            ),
            _G(
                "Meningkatnya kecepatan penanganan darurat bencana",
                (
                    _I("Persentase kejadian bencana yang ditangani paling lama 24 jam", "95", "%", "waktu"),
                    _I("Persentase korban bencana yang memperoleh bantuan logistik", "100", "%"),
                ),
                "penerima-layanan",
                7,
            ),
        ),
        "KESBANGPOL": (
            _G(
                "Meningkatnya wawasan kebangsaan dan partisipasi politik masyarakat",
                (
                    _I("Persentase partisipasi pemilih dalam pemilihan umum", "80", "%"),
                    _I("Jumlah organisasi kemasyarakatan yang aktif dan terdaftar", "120", "ormas"),
                ),
                "penerima-layanan",
                9,
            ),
            _G(
                "Meningkatnya deteksi dini dan penanganan potensi konflik sosial",
                (
                    _I("Persentase potensi konflik sosial yang ditangani sebelum eskalasi", "90", "%"),
                    _I("Indeks Kerukunan Umat Beragama", "78", "indeks", "kualitas"),
                ),
                "penerima-layanan",
                9,
            ),
        ),
        "DISDIK": (
            _G(
                "Meningkatnya mutu pembelajaran pada satuan pendidikan dasar",
                (
                    _I("Persentase peserta didik SD yang mencapai kompetensi minimum literasi", "65", "%"),
                    _I("Persentase peserta didik SMP yang mencapai kompetensi minimum numerasi", "55", "%"),
                ),
                "penerima-layanan",
                2,
            ),
            _G(
                "Meningkatnya akses dan pemerataan layanan pendidikan",
                (
                    _I("Angka partisipasi murni SD/MI", "98", "%"),
                    _I("Angka partisipasi murni SMP/MTs", "82", "%"),
                    _I("Angka putus sekolah SMP", "0.3", "%"),
                ),
                "penerima-layanan",
                2,
            ),
            _G(
                "Meningkatnya kualifikasi dan kompetensi pendidik",
                (
                    _I("Persentase guru bersertifikat pendidik", "75", "%"),
                    _I("Persentase guru yang memenuhi kualifikasi akademik S1/D-IV", "97", "%"),
                ),
                "penguatan-internal",
                2,
            ),
        ),
        "DINKES": (
            _G(
                "Meningkatnya status kesehatan ibu, anak dan gizi masyarakat",
                (
                    _I("Angka kematian ibu per 100.000 kelahiran hidup", "95", "per 100.000 KH"),
                    _I("Prevalensi balita stunting", "14", "%"),
                ),
                "penerima-layanan",
                3,
            ),
            _G(
                "Menurunnya angka kesakitan penyakit menular dan tidak menular",
                (
                    _I("Persentase kasus tuberkulosis yang diobati sampai sembuh", "90", "%"),
                    _I("Persentase penderita hipertensi yang mendapat pelayanan sesuai standar", "85", "%"),
                ),
                "penerima-layanan",
                3,
            ),
            _G(
                "Meningkatnya mutu pelayanan kesehatan dasar",
                (
                    _I("Persentase Puskesmas terakreditasi paripurna", "60", "%", "kualitas"),
                    _I("Persentase capaian standar pelayanan minimal bidang kesehatan", "95", "%"),
                ),
                "proses-bisnis",
                3,
            ),
        ),
        "RSUD": (
            _G(
                "Meningkatnya mutu dan keselamatan pelayanan rumah sakit",
                (
                    _I("Persentase capaian indikator nasional mutu rumah sakit", "90", "%", "kualitas"),
                    _I("Indeks kepuasan pasien", "85", "nilai", "kualitas"),
                ),
                "penerima-layanan",
                3,
            ),
            _G(
                "Meningkatnya kemandirian keuangan BLUD rumah sakit",
                (
                    _I("Rasio pendapatan BLUD terhadap belanja operasional", "85", "%"),
                    _I("Persentase klaim BPJS Kesehatan yang dibayar tanpa pending", "95", "%"),
                ),
                "anggaran",
                8,
            ),
        ),
        "DPUPR": (
            _G(
                "Meningkatnya kemantapan jalan dan jembatan kabupaten",
                (
                    _I("Persentase panjang jalan kabupaten dalam kondisi mantap", "74", "%"),
                    _I("Persentase jembatan kabupaten dalam kondisi baik", "80", "%"),
                ),
                "penerima-layanan",
                6,
            ),
            _G(
                "Meningkatnya layanan infrastruktur sumber daya air dan permukiman",
                (
                    _I("Persentase daerah irigasi kewenangan kabupaten dalam kondisi baik", "70", "%"),
                    _I("Persentase rumah tangga dengan akses sanitasi layak", "85", "%"),
                ),
                "penerima-layanan",
                6,
            ),
            _G(
                "Meningkatnya kesesuaian pemanfaatan ruang",
                (_I("Persentase pemanfaatan ruang yang sesuai rencana tata ruang", "85", "%"),),
                "proses-bisnis",
                6,
            ),
        ),
        "DINSOS": (
            _G(
                "Meningkatnya perlindungan dan jaminan sosial bagi keluarga miskin dan rentan",
                (
                    _I("Persentase data terpadu kesejahteraan sosial yang dimutakhirkan", "90", "%"),
                    _I("Persentase korban bencana yang memperoleh perlindungan sosial", "100", "%"),
                ),
                "penerima-layanan",
                4,
            ),
            _G(
                "Meningkatnya keberfungsian sosial penyandang masalah kesejahteraan sosial",
                (
                    _I("Persentase PPKS yang memperoleh rehabilitasi sosial dasar", "80", "%"),
                    _I("Jumlah keluarga penerima manfaat yang graduasi mandiri", "150", "KPM"),
                ),
                "penerima-layanan",
                4,
            ),
        ),
        "DISDUKCAPIL": (
            _G(
                "Meningkatnya cakupan kepemilikan dokumen kependudukan",
                (
                    _I("Persentase penduduk wajib KTP yang memiliki KTP elektronik", "98.5", "%"),
                    _I("Persentase anak usia 0-18 tahun yang memiliki akta kelahiran", "95", "%"),
                    _I("Persentase anak yang memiliki Kartu Identitas Anak", "60", "%"),
                ),
                "penerima-layanan",
                1,
            ),
            _G(
                "Meningkatnya pemanfaatan data kependudukan",
                (
                    _I("Jumlah lembaga pengguna yang memanfaatkan data kependudukan", "35", "lembaga"),
                    _I("Persentase penduduk yang mengaktivasi Identitas Kependudukan Digital", "25", "%"),
                ),
                "proses-bisnis",
                1,
            ),
        ),
        "DPMPTSP": (
            _G(
                "Meningkatnya realisasi investasi daerah",
                (
                    _I("Nilai realisasi investasi", "850", "miliar rupiah"),
                    _I("Persentase pelaku usaha yang menyampaikan LKPM", "70", "%"),
                ),
                "penerima-layanan",
                5,
            ),
            _G(
                "Meningkatnya kualitas pelayanan perizinan berusaha",
                (
                    _I("Indeks kepuasan masyarakat terhadap layanan perizinan", "85", "nilai", "kualitas"),
                    _I("Persentase izin yang terbit sesuai standar waktu", "92", "%", "waktu"),
                ),
                "penerima-layanan",
                1,
            ),
        ),
        "DISKOMINFO": (
            _G(
                "Meningkatnya penerapan Sistem Pemerintahan Berbasis Elektronik",
                (
                    _I("Indeks SPBE", "3.1", "indeks", "kualitas"),
                    _I("Persentase perangkat daerah yang menggunakan aplikasi umum berbagi pakai", "90", "%"),
                ),
                "proses-bisnis",
                0,
            ),
            _G(
                "Meningkatnya keterbukaan informasi publik dan ketersediaan data sektoral",
                (
                    _I("Nilai keterbukaan informasi publik", "80", "nilai", "kualitas"),
                    _I("Persentase data sektoral yang tersedia di portal Satu Data", "85", "%"),
                ),
                "penerima-layanan",
                0,
            ),
        ),
        "DISTAN": (
            _G(
                "Meningkatnya produksi dan produktivitas pertanian",
                (
                    _I("Produktivitas padi", "56", "kuintal/ha"),
                    _I("Pertumbuhan PDRB sektor pertanian", "3.2", "%"),
                ),
                "penerima-layanan",
                5,
            ),
            _G(
                "Meningkatnya kesehatan hewan dan produksi peternakan",
                (
                    _I("Persentase kasus penyakit hewan menular strategis yang tertangani", "90", "%"),
                    _I("Populasi sapi potong", "24000", "ekor"),
                ),
                "penerima-layanan",
                5,
            ),
            _G(
                "Meningkatnya kapasitas kelembagaan petani",
                (_I("Persentase kelompok tani dengan kelas kemampuan madya ke atas", "40", "%"),),
                "penguatan-internal",
                5,
            ),
        ),
        "DLH": (
            _G(
                "Meningkatnya kualitas air, udara dan tutupan lahan",
                (
                    _I("Indeks Kualitas Lingkungan Hidup", "69.5", "indeks", "kualitas"),
                    _I("Indeks Kualitas Air", "58", "indeks", "kualitas"),
                ),
                "penerima-layanan",
                7,
            ),
            _G(
                "Meningkatnya pengelolaan sampah rumah tangga",
                (
                    _I("Persentase sampah rumah tangga yang tertangani", "75", "%"),
                    _I("Persentase sampah yang terkurangi melalui bank sampah dan daur ulang", "20", "%"),
                ),
                "penerima-layanan",
                7,
            ),
            _G(
                "Meningkatnya ketaatan usaha dan kegiatan terhadap persetujuan lingkungan",
                (_I("Persentase usaha/kegiatan yang taat terhadap persetujuan lingkungan", "75", "%"),),
                "proses-bisnis",
                7,
            ),
        ),
        "DISHUB": (
            _G(
                "Meningkatnya keselamatan dan kelancaran lalu lintas",
                (
                    _I("Persentase ruas jalan kabupaten yang dilengkapi perlengkapan jalan", "65", "%"),
                    _I("Jumlah kecelakaan lalu lintas di jalan kabupaten", "120", "kejadian", "kualitas"),
                ),
                "penerima-layanan",
                6,
            ),
            _G(
                "Meningkatnya kelaikan kendaraan angkutan umum dan barang",
                (_I("Persentase kendaraan wajib uji yang lulus uji berkala", "90", "%"),),
                "penerima-layanan",
                6,
            ),
        ),
        "SATPOLPP": (
            _G(
                "Meningkatnya penegakan peraturan daerah dan ketertiban umum",
                (
                    _I("Persentase pelanggaran peraturan daerah yang ditegakkan", "85", "%"),
                    _I("Persentase gangguan ketenteraman dan ketertiban yang ditangani", "95", "%"),
                ),
                "penerima-layanan",
                9,
            ),
            _G(
                "Meningkatnya kecepatan pelayanan penanggulangan kebakaran",
                (
                    _I(
                        "Persentase kejadian kebakaran yang direspons paling lama 15 menit",
                        "80",
                        "%",
                        "waktu",
                    ),
                    _I("Persentase wilayah manajemen kebakaran yang terlayani", "70", "%"),
                ),
                "penerima-layanan",
                9,
            ),
        ),
        "KECAMATAN": (
            _G(
                "Meningkatnya kualitas pelayanan administrasi terpadu kecamatan",
                (
                    _I("Indeks kepuasan masyarakat terhadap layanan kecamatan", "82", "nilai", "kualitas"),
                    _I("Persentase layanan administrasi yang diselesaikan pada hari yang sama", "85", "%"),
                ),
                "penerima-layanan",
                1,
            ),
            _G(
                "Meningkatnya kualitas penyelenggaraan pemerintahan desa dan kelurahan",
                (
                    _I("Persentase desa yang menetapkan APBDes tepat waktu", "95", "%"),
                    _I("Persentase desa dengan status Indeks Desa Membangun berkembang ke atas", "80", "%"),
                ),
                "proses-bisnis",
                0,
            ),
            _G(
                "Terwujudnya ketenteraman dan ketertiban di wilayah kecamatan",
                (_I("Persentase gangguan ketenteraman yang ditangani di tingkat kecamatan", "90", "%"),),
                "penerima-layanan",
                9,
            ),
        ),
    }
)


# --------------------------------------------------------------------------------------------------
# 3. BKPSDM cascaded from the Kepala down to every position (R-CASCADE, R-SKP-CONTENT, R-IKI)
# --------------------------------------------------------------------------------------------------

_K = IkiTemplate
_R = RhkTemplate

_BK = (BKPSDM_NAME,)
_BK_SEK = (*_BK, _BK_SEKRETARIAT)

_SRC_SIASN = "SIASN BKN"
_SRC_EKIN = "Aplikasi e-Kinerja"
_SRC_SIMPEG = "SIMPEG Kabupaten Sukamaju"
_SRC_SIPD = "SIPD (Sistem Informasi Pemerintahan Daerah)"

BKPSDM_CASCADE: tuple[PositionPlanTemplate, ...] = (
    # ---- Kepala Badan (JPT pratama): RHK utama = sasaran of the Perjanjian Kinerja -------------------
    PositionPlanTemplate(
        _BK,
        BKPSDM_HEAD_TITLE,
        (
            _R(
                key="bkpsdm.kepala.1",
                text=(
                    "Meningkatnya kompetensi ASN Pemerintah Kabupaten Sukamaju sesuai standar kompetensi "
                    "jabatan"
                ),
                jenis="utama",
                source="pk",
                parent_key="goal:BKPSDM:0",
                perspektif="penerima-layanan",
                indicators=(
                    _K(
                        "kuantitas",
                        "Persentase ASN yang memperoleh pengembangan kompetensi minimal 20 JP",
                        "80",
                        "%",
                        _SRC_SIASN,
                    ),
                    _K(
                        "kualitas",
                        "Persentase ASN yang memenuhi standar kompetensi jabatan",
                        "60",
                        "%",
                        "Laporan penilaian kompetensi",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kepala.2",
                text="Meningkatnya kualitas layanan administrasi kepegawaian yang cepat dan akurat",
                jenis="utama",
                source="pk",
                parent_key="goal:BKPSDM:1",
                perspektif="penerima-layanan",
                indicators=(
                    _K(
                        "waktu",
                        "Persentase layanan kepegawaian yang diselesaikan sesuai standar waktu",
                        "90",
                        "%",
                        _SRC_SIMPEG,
                    ),
                    _K(
                        "kualitas",
                        "Indeks kepuasan ASN terhadap layanan kepegawaian",
                        "82",
                        "nilai",
                        "Survei kepuasan layanan",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kepala.3",
                text="Meningkatnya penerapan sistem merit dalam manajemen ASN",
                jenis="utama",
                source="pk",
                parent_key="goal:BKPSDM:2",
                perspektif="proses-bisnis",
                indicators=(
                    _K(
                        "kualitas",
                        "Nilai Indeks Sistem Merit",
                        "275",
                        "poin",
                        "Hasil penilaian mandiri sistem merit",
                    ),
                    _K(
                        "kuantitas",
                        "Persentase jabatan lowong yang diisi melalui seleksi atau uji kompetensi",
                        "90",
                        "%",
                        "Keputusan Bupati tentang pengangkatan dalam jabatan",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kepala.4",
                text="Meningkatnya kinerja dan disiplin ASN",
                jenis="utama",
                source="pk",
                parent_key="goal:BKPSDM:3",
                perspektif="proses-bisnis",
                indicators=(
                    _K(
                        "kualitas",
                        "Persentase ASN dengan predikat kinerja minimal Baik",
                        "87",
                        "%",
                        _SRC_EKIN,
                    ),
                    _K(
                        "kuantitas",
                        "Persentase kasus pelanggaran disiplin yang diselesaikan sesuai ketentuan",
                        "85",
                        "%",
                        "Register kasus disiplin",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kepala.5",
                text="Meningkatnya akuntabilitas kinerja BKPSDM",
                jenis="utama",
                source="pk",
                parent_key="goal:BKPSDM:4",
                perspektif="penguatan-internal",
                indicators=(
                    _K(
                        "kualitas",
                        "Nilai evaluasi akuntabilitas kinerja BKPSDM",
                        "72",
                        "nilai",
                        "Laporan hasil evaluasi AKIP oleh Inspektorat",
                    ),
                    _K(
                        "kuantitas",
                        "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti",
                        "90",
                        "%",
                        "Laporan tindak lanjut hasil pemeriksaan",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kepala.6",
                text="Terwujudnya pengelolaan anggaran BKPSDM yang efektif dan akuntabel",
                jenis="utama",
                source="pk",
                parent_key="goal:BKPSDM:5",
                perspektif="anggaran",
                indicators=(
                    _K("kuantitas", "Persentase realisasi anggaran BKPSDM", "95", "%", _SRC_SIPD),
                    _K(
                        "kualitas",
                        "Persentase kesesuaian realisasi belanja dengan rencana penarikan dana",
                        "90",
                        "%",
                        _SRC_SIPD,
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kepala.7",
                text="Meningkatnya kapasitas kepemimpinan dalam penerapan manajemen talenta ASN",
                jenis="tambahan",
                source="pengembangan-kompetensi",
                parent_key=None,
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah jam pelajaran pelatihan manajemen talenta yang diikuti",
                        "20",
                        "JP",
                        "Sertifikat pelatihan",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kepala.8",
                text="Terdampinginya keluarga berisiko stunting sebagai orang tua asuh anak stunting",
                jenis="tambahan",
                source="keterlibatan-masyarakat",
                parent_key=None,
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah keluarga berisiko stunting yang didampingi",
                        "2",
                        "keluarga",
                        "Laporan Tim Percepatan Penurunan Stunting",
                    ),
                ),
            ),
        ),
    ),
    # ---- Sekretaris ----------------------------------------------------------------------------
    PositionPlanTemplate(
        _BK_SEK,
        "Sekretaris",
        (
            _R(
                key="bkpsdm.sekretaris.1",
                text=(
                    "Tersedianya dokumen perencanaan, pengukuran dan pelaporan kinerja BKPSDM yang tepat "
                    "waktu dan berkualitas"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.5",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah dokumen perencanaan dan pelaporan kinerja yang ditetapkan",
                        "7",
                        "dokumen",
                        "Arsip dokumen Renja, RKA, PK, LKjIP",
                    ),
                    _K(
                        "kualitas",
                        "Persentase rekomendasi evaluasi AKIP tahun lalu yang ditindaklanjuti",
                        "90",
                        "%",
                        "Laporan hasil evaluasi AKIP",
                    ),
                    _K(
                        "waktu",
                        "Jumlah bulan dokumen kinerja disampaikan sesuai jadwal",
                        "12",
                        "bulan",
                        "Tanda terima penyampaian dokumen",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.sekretaris.2",
                text="Terkelolanya anggaran BKPSDM secara tertib, tepat waktu dan akuntabel",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.6",
                method="langsung",
                approach="aspek",
                contribution="outcome",
                indicators=(
                    _K("kuantitas", "Persentase realisasi anggaran BKPSDM", "95", "%", _SRC_SIPD),
                    _K(
                        "kualitas",
                        "Persentase SPJ yang dinyatakan lengkap dan sah pada verifikasi pertama",
                        "90",
                        "%",
                        "Register verifikasi SPJ",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.sekretaris.3",
                text=(
                    "Terpenuhinya layanan umum, kepegawaian internal dan sarana prasarana yang menunjang "
                    "kinerja BKPSDM"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.5",
                method="tidak-langsung",
                approach="layanan",
                contribution="layanan",
                indicators=(
                    _K(
                        "kuantitas",
                        "Persentase permintaan layanan umum dan kepegawaian internal yang diselesaikan",
                        "90",
                        "%",
                        "Buku register layanan internal",
                    ),
                    _K(
                        "kualitas",
                        "Indeks kepuasan pegawai BKPSDM terhadap layanan kesekretariatan",
                        "80",
                        "nilai",
                        "Survei internal",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.sekretaris.4",
                text="Terkumpulnya darah dari pegawai BKPSDM melalui donor darah bersama PMI",
                jenis="tambahan",
                source="keterlibatan-masyarakat",
                parent_key=None,
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah kantong darah yang terkumpul",
                        "60",
                        "kantong",
                        "Surat keterangan PMI",
                    ),
                ),
            ),
        ),
    ),
    # ---- Sub Bagian Umum dan Kepegawaian ---------------------------------------------------------
    PositionPlanTemplate(
        (*_BK_SEK, _BK_UMPEG),
        "Kepala Sub Bagian Umum dan Kepegawaian",
        (
            _R(
                key="bkpsdm.kasubbag-umpeg.1",
                text=(
                    "Tersedianya layanan administrasi kepegawaian internal BKPSDM yang tertib dan tepat waktu"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.sekretaris.3",
                method="langsung",
                approach="aspek",
                contribution="layanan",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah usulan layanan kepegawaian internal yang diproses",
                        "40",
                        "usulan",
                        _SRC_SIMPEG,
                    ),
                    _K(
                        "waktu",
                        "Persentase usulan yang diproses sesuai standar waktu",
                        "90",
                        "%",
                        _SRC_SIMPEG,
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kasubbag-umpeg.2",
                text="Terpeliharanya sarana dan prasarana kantor BKPSDM dalam kondisi layak pakai",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.sekretaris.3",
                method="langsung",
                approach="aspek",
                contribution="output",
                indicators=(
                    _K(
                        "kualitas",
                        "Persentase sarana prasarana kantor dalam kondisi baik",
                        "90",
                        "%",
                        "Kartu inventaris barang",
                    ),
                    _K(
                        "kuantitas",
                        "Jumlah laporan pemeliharaan barang milik daerah",
                        "4",
                        "laporan",
                        "Laporan triwulan BMD",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kasubbag-umpeg.3",
                text="Tertatanya naskah dinas dan arsip BKPSDM sesuai klasifikasi arsip",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.sekretaris.3",
                method="tidak-langsung",
                approach="layanan",
                contribution="layanan",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah berkas arsip yang tertata sesuai klasifikasi",
                        "600",
                        "berkas",
                        "Daftar arsip",
                    ),
                    _K(
                        "kualitas",
                        "Persentase naskah dinas yang dikirim melalui aplikasi naskah dinas elektronik",
                        "85",
                        "%",
                        "Aplikasi Srikandi",
                    ),
                ),
            ),
        ),
    ),
    PositionPlanTemplate(
        (*_BK_SEK, _BK_UMPEG),
        "Pengadministrasi Perkantoran",
        (
            _R(
                key="bkpsdm.umpeg-pengadministrasi.1",
                text="Tersedianya rekapitulasi kehadiran dan cuti pegawai BKPSDM yang akurat",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kasubbag-umpeg.1",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah laporan rekapitulasi kehadiran dan cuti",
                        "12",
                        "laporan",
                        "Mesin presensi dan aplikasi presensi daring",
                    ),
                    _K(
                        "waktu",
                        "Jumlah bulan rekapitulasi disampaikan paling lambat tanggal 5 bulan berikutnya",
                        "12",
                        "bulan",
                        "Tanda terima rekapitulasi",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.umpeg-pengadministrasi.2",
                text="Naskah dinas masuk dan keluar BKPSDM teregistrasi dan terdistribusi pada hari diterima",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kasubbag-umpeg.3",
                method="tidak-langsung",
                approach="layanan",
                contribution="layanan",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah naskah dinas yang teregistrasi",
                        "1200",
                        "naskah",
                        "Aplikasi Srikandi",
                    ),
                    _K(
                        "waktu",
                        "Persentase naskah dinas yang terdistribusi pada hari diterima",
                        "95",
                        "%",
                        "Aplikasi Srikandi",
                    ),
                ),
            ),
        ),
    ),
    PositionPlanTemplate(
        (*_BK_SEK, _BK_UMPEG),
        "Pengelola Umum Operasional",
        (
            _R(
                key="bkpsdm.umpeg-pengelola-umum.1",
                text="Kendaraan dinas dan peralatan kantor BKPSDM terpelihara dalam kondisi siap pakai",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kasubbag-umpeg.2",
                method="langsung",
                approach="beban-target",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah kendaraan dinas yang diservis sesuai jadwal",
                        "6",
                        "unit",
                        "Kartu servis kendaraan",
                    ),
                    _K(
                        "kualitas",
                        "Persentase peralatan kantor yang berfungsi baik",
                        "90",
                        "%",
                        "Laporan pemeriksaan peralatan",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.umpeg-pengelola-umum.2",
                text="Tersedianya dukungan ruang rapat dan logistik kegiatan yang siap sebelum acara dimulai",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kasubbag-umpeg.2",
                method="tidak-langsung",
                approach="layanan",
                contribution="layanan",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah kegiatan yang didukung kebutuhan ruang dan logistiknya",
                        "48",
                        "kegiatan",
                        "Jadwal penggunaan ruang rapat",
                    ),
                    _K(
                        "kualitas",
                        "Jumlah keluhan penyelenggara kegiatan atas kesiapan ruang",
                        "2",
                        "keluhan",
                        "Catatan keluhan",
                    ),
                ),
            ),
        ),
    ),
    PositionPlanTemplate(
        (*_BK_SEK, _BK_UMPEG),
        "Arsiparis",
        (
            _R(
                key="bkpsdm.umpeg-arsiparis.1",
                text="Tertatanya arsip inaktif BKPSDM sesuai jadwal retensi arsip",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kasubbag-umpeg.3",
                method="langsung",
                approach="aspek",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah berkas arsip inaktif yang ditata dan didaftar",
                        "400",
                        "berkas",
                        "Daftar arsip inaktif",
                    ),
                    _K(
                        "waktu",
                        "Jumlah bulan penyelesaian penataan arsip inaktif",
                        "10",
                        "bulan",
                        "Berita acara penataan arsip",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.umpeg-arsiparis.2",
                text=(
                    "Arsip kepegawaian ASN tersimpan dalam bentuk digital dan dapat ditemukan kembali dengan "
                    "cepat"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kasubbag-umpeg.3",
                method="tidak-langsung",
                approach="layanan",
                contribution="layanan",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah berkas kepegawaian yang dialihmediakan",
                        "1500",
                        "berkas",
                        "Aplikasi arsip digital kepegawaian",
                    ),
                    _K(
                        "waktu",
                        "Rata-rata waktu penemuan kembali arsip kepegawaian",
                        "10",
                        "menit",
                        "Uji petik penemuan arsip",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.umpeg-arsiparis.3",
                text="Meningkatnya kompetensi pengelolaan arsip dinamis melalui pelatihan teknis kearsipan",
                jenis="tambahan",
                source="pengembangan-kompetensi",
                parent_key=None,
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah jam pelajaran pelatihan kearsipan yang diikuti",
                        "24",
                        "JP",
                        "Sertifikat pelatihan",
                    ),
                ),
            ),
        ),
    ),
    # ---- Sub Bagian Perencanaan dan Keuangan -------------------------------------------------------
    PositionPlanTemplate(
        (*_BK_SEK, _BK_RENKEU),
        "Kepala Sub Bagian Perencanaan dan Keuangan",
        (
            _R(
                key="bkpsdm.kasubbag-renkeu.1",
                text=(
                    "Tersusunnya dokumen perencanaan kinerja dan anggaran BKPSDM (Renja, RKA, DPA, "
                    "Perjanjian Kinerja) tepat waktu"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.sekretaris.1",
                method="langsung",
                approach="aspek",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah dokumen perencanaan kinerja dan anggaran yang ditetapkan",
                        "4",
                        "dokumen",
                        _SRC_SIPD,
                    ),
                    _K(
                        "waktu",
                        "Persentase dokumen yang disampaikan sesuai jadwal TAPD",
                        "100",
                        "%",
                        "Surat penyampaian dokumen",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kasubbag-renkeu.2",
                text="Tersusunnya laporan kinerja dan laporan keuangan BKPSDM yang akurat dan tepat waktu",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.sekretaris.1",
                method="langsung",
                approach="aspek",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah laporan kinerja dan keuangan yang disampaikan",
                        "7",
                        "laporan",
                        "Tanda terima laporan",
                    ),
                    _K(
                        "kualitas",
                        "Persentase laporan yang diterima tanpa perbaikan",
                        "85",
                        "%",
                        "Catatan reviu BPKAD dan Inspektorat",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kasubbag-renkeu.3",
                text="Tertibnya penatausahaan keuangan BKPSDM sesuai ketentuan",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.sekretaris.2",
                method="langsung",
                approach="aspek",
                contribution="outcome",
                indicators=(
                    _K(
                        "kualitas",
                        "Persentase SPJ yang lengkap dan sah",
                        "95",
                        "%",
                        "Register verifikasi SPJ",
                    ),
                    _K(
                        "kuantitas",
                        "Jumlah temuan administrasi keuangan dari pemeriksa",
                        "2",
                        "temuan",
                        "Laporan hasil pemeriksaan",
                    ),
                ),
            ),
        ),
    ),
    PositionPlanTemplate(
        (*_BK_SEK, _BK_RENKEU),
        "Perencana",
        (
            _R(
                key="bkpsdm.renkeu-perencana.1",
                text=(
                    "Tersedianya rancangan Renja, RKA dan Perjanjian Kinerja BKPSDM yang selaras dengan "
                    "Renstra"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kasubbag-renkeu.1",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah rancangan dokumen perencanaan yang disusun",
                        "3",
                        "dokumen",
                        _SRC_SIPD,
                    ),
                    _K(
                        "kualitas",
                        "Persentase kegiatan dalam rancangan Renja yang selaras dengan Renstra",
                        "95",
                        "%",
                        "Matriks keselarasan Renja-Renstra",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.renkeu-perencana.2",
                text=(
                    "Tersedianya analisis capaian kinerja triwulanan BKPSDM sebagai bahan keputusan pimpinan"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kasubbag-renkeu.2",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah laporan analisis capaian kinerja",
                        "4",
                        "laporan",
                        "Laporan triwulan",
                    ),
                    _K(
                        "waktu",
                        "Jumlah hari penyampaian laporan setelah triwulan berakhir",
                        "10",
                        "hari",
                        "Tanda terima laporan",
                    ),
                ),
            ),
        ),
    ),
    PositionPlanTemplate(
        (*_BK_SEK, _BK_RENKEU),
        "Bendahara",
        (
            _R(
                key="bkpsdm.renkeu-bendahara.1",
                text="Tersedianya laporan pertanggungjawaban bendahara pengeluaran yang lengkap dan sah",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kasubbag-renkeu.3",
                method="langsung",
                approach="beban-target",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah SPJ fungsional yang disampaikan ke BPKAD",
                        "12",
                        "dokumen",
                        _SRC_SIPD,
                    ),
                    _K(
                        "waktu",
                        "Jumlah bulan SPJ disampaikan paling lambat tanggal 10 bulan berikutnya",
                        "12",
                        "bulan",
                        "Tanda terima BPKAD",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.renkeu-bendahara.2",
                text="Pajak atas belanja BKPSDM disetor dan dilaporkan tepat waktu",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kasubbag-renkeu.3",
                method="langsung",
                approach="aspek",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah bukti setor pajak yang direkam",
                        "150",
                        "bukti setor",
                        "Bukti penerimaan negara",
                    ),
                    _K(
                        "waktu", "Persentase setoran pajak yang tepat waktu", "98", "%", "Buku pembantu pajak"
                    ),
                ),
            ),
        ),
    ),
    PositionPlanTemplate(
        (*_BK_SEK, _BK_RENKEU),
        "Penata Laporan Keuangan",
        (
            _R(
                key="bkpsdm.renkeu-plk.1",
                text="Tersusunnya laporan keuangan semesteran dan tahunan BKPSDM yang akurat",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kasubbag-renkeu.2",
                method="langsung",
                approach="aspek",
                contribution="output",
                indicators=(
                    _K("kuantitas", "Jumlah laporan keuangan yang disusun", "2", "laporan", _SRC_SIPD),
                    _K(
                        "kualitas",
                        "Persentase akun yang telah direkonsiliasi dengan BPKAD",
                        "95",
                        "%",
                        "Berita acara rekonsiliasi",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.renkeu-plk.2",
                text="Tersedianya data aset BKPSDM yang mutakhir dan sesuai hasil inventarisasi",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kasubbag-renkeu.3",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K("kuantitas", "Jumlah laporan rekonsiliasi aset", "2", "laporan", "Aplikasi BMD"),
                    _K(
                        "kualitas",
                        "Persentase aset yang tercatat sesuai kondisi fisik",
                        "95",
                        "%",
                        "Berita acara inventarisasi",
                    ),
                ),
            ),
        ),
    ),
    # ---- Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian -----------------------------------
    PositionPlanTemplate(
        (*_BK, _BK_PPIK),
        "Kepala Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian",
        (
            _R(
                key="bkpsdm.kabid-ppik.1",
                text=(
                    "Terselesaikannya pengadaan ASN (CPNS dan PPPK) sesuai kebutuhan formasi yang ditetapkan"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.3",
                method="langsung",
                approach="aspek",
                contribution="outcome",
                indicators=(
                    _K(
                        "kuantitas",
                        "Persentase formasi ASN yang terisi",
                        "90",
                        "%",
                        "Pengumuman hasil seleksi",
                    ),
                    _K(
                        "waktu",
                        "Jumlah bulan penyelesaian usul penetapan NIP sejak pengumuman kelulusan",
                        "3",
                        "bulan",
                        _SRC_SIASN,
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kabid-ppik.2",
                text="Terselesaikannya layanan pemberhentian dan pensiun ASN sebelum TMT pensiun",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.2",
                method="langsung",
                approach="aspek",
                contribution="layanan",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah usulan pensiun batas usia yang diproses",
                        "120",
                        "usulan",
                        _SRC_SIASN,
                    ),
                    _K(
                        "waktu",
                        "Persentase SK pensiun yang terbit sebelum TMT pensiun",
                        "90",
                        "%",
                        _SRC_SIASN,
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kabid-ppik.3",
                text=(
                    "Tersedianya data kepegawaian pada SIASN yang mutakhir dan valid (penugasan dari Bupati)"
                ),
                jenis="utama",
                source="direktif",
                parent_key="bkpsdm.kepala.2",
                method="langsung",
                approach="aspek",
                contribution="outcome",
                indicators=(
                    _K(
                        "kuantitas",
                        "Persentase data ASN pada SIASN yang telah dimutakhirkan",
                        "95",
                        "%",
                        _SRC_SIASN,
                    ),
                    _K(
                        "kualitas",
                        "Persentase data ASN yang sesuai dokumen sumber pada uji petik",
                        "97",
                        "%",
                        "Berita acara uji petik data",
                    ),
                ),
            ),
        ),
    ),
    PositionPlanTemplate(
        (*_BK, _BK_PPIK),
        _ANALIS_SDM,
        (
            _R(
                key="bkpsdm.ppik-analis-sdm.1",
                text="Tersusunnya usulan kebutuhan ASN berbasis analisis jabatan dan analisis beban kerja",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-ppik.1",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah dokumen usulan kebutuhan ASN",
                        "1",
                        "dokumen",
                        "Aplikasi e-Formasi",
                    ),
                    _K(
                        "kualitas",
                        "Persentase formasi usulan yang didukung data anjab dan ABK terkini",
                        "95",
                        "%",
                        "Aplikasi e-Formasi",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.ppik-analis-sdm.2",
                text="Usulan pemberhentian dan pensiun ASN terverifikasi lengkap sebelum dikirim ke BKN",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-ppik.2",
                method="tidak-langsung",
                approach="layanan",
                contribution="layanan",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah usulan pensiun dan pemberhentian yang diverifikasi",
                        "120",
                        "usulan",
                        _SRC_SIASN,
                    ),
                    _K("kualitas", "Persentase usulan yang tidak dikembalikan BKN", "95", "%", _SRC_SIASN),
                ),
            ),
        ),
    ),
    PositionPlanTemplate(
        (*_BK, _BK_PPIK),
        "Pranata Komputer",
        (
            _R(
                key="bkpsdm.ppik-pranata-komputer.1",
                text="Aplikasi layanan kepegawaian daerah tersedia dan terintegrasi dengan SIASN",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-ppik.3",
                method="langsung",
                approach="aspek",
                contribution="output",
                indicators=(
                    _K(
                        "kualitas",
                        "Persentase ketersediaan aplikasi layanan kepegawaian",
                        "98",
                        "%",
                        "Log pemantauan server",
                    ),
                    _K(
                        "kuantitas",
                        "Jumlah modul layanan yang terintegrasi dengan SIASN",
                        "3",
                        "modul",
                        "Dokumentasi integrasi API",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.ppik-pranata-komputer.2",
                text="Tersedianya dasbor data kepegawaian yang diperbarui berkala untuk pimpinan",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-ppik.3",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah pembaruan dasbor data kepegawaian",
                        "12",
                        "kali",
                        "Riwayat pembaruan dasbor",
                    ),
                    _K(
                        "waktu",
                        "Jumlah hari kerja pembaruan dasbor setelah tutup bulan",
                        "5",
                        "hari",
                        "Riwayat pembaruan dasbor",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.ppik-pranata-komputer.3",
                text="Meningkatnya kompetensi keamanan aplikasi melalui sertifikasi kompetensi",
                jenis="tambahan",
                source="pengembangan-kompetensi",
                parent_key=None,
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah sertifikat kompetensi yang diperoleh",
                        "1",
                        "sertifikat",
                        "Sertifikat kompetensi",
                    ),
                ),
            ),
        ),
    ),
    PositionPlanTemplate(
        (*_BK, _BK_PPIK),
        "Pengolah Data dan Informasi",
        (
            _R(
                key="bkpsdm.ppik-pengolah-data.1",
                text="Tervalidasinya pemutakhiran data mandiri ASN pada perangkat daerah wilayah binaan",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-ppik.3",
                method="langsung",
                approach="wilayah",
                contribution="output",
                indicators=(
                    _K("kuantitas", "Jumlah data ASN yang divalidasi", "1200", "orang", _SRC_SIASN),
                    _K(
                        "kualitas",
                        "Persentase data tervalidasi yang sesuai dokumen sumber",
                        "95",
                        "%",
                        "Uji petik data",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.ppik-pengolah-data.2",
                text="Tersedianya proyeksi ASN yang memasuki batas usia pensiun tahun berikutnya",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-ppik.2",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah dokumen proyeksi pensiun per perangkat daerah",
                        "2",
                        "dokumen",
                        _SRC_SIMPEG,
                    ),
                    _K(
                        "waktu",
                        "Jumlah bulan proyeksi tersedia sebelum tahun berjalan berakhir",
                        "6",
                        "bulan",
                        "Tanda terima dokumen",
                    ),
                ),
            ),
        ),
    ),
    # ---- Bidang Mutasi dan Promosi ------------------------------------------------------------------
    PositionPlanTemplate(
        (*_BK, _BK_MUTASI),
        "Kepala Bidang Mutasi dan Promosi",
        (
            _R(
                key="bkpsdm.kabid-mutasi.1",
                text="Terselesaikannya layanan kenaikan pangkat ASN tepat periode",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.2",
                method="langsung",
                approach="aspek",
                contribution="layanan",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah usulan kenaikan pangkat yang disetujui BKN",
                        "650",
                        "usulan",
                        _SRC_SIASN,
                    ),
                    _K(
                        "waktu",
                        "Persentase SK kenaikan pangkat yang diterima ASN pada bulan periode",
                        "90",
                        "%",
                        _SRC_SIASN,
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kabid-mutasi.2",
                text=(
                    "Terisinya jabatan pimpinan tinggi, administrator dan pengawas melalui mekanisme "
                    "berbasis merit"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.3",
                method="langsung",
                approach="aspek",
                contribution="outcome",
                indicators=(
                    _K(
                        "kuantitas",
                        "Persentase jabatan lowong yang terisi melalui seleksi atau uji kompetensi",
                        "90",
                        "%",
                        "Keputusan pengangkatan dalam jabatan",
                    ),
                    _K("waktu", "Rata-rata lama kekosongan jabatan struktural", "3", "bulan", _SRC_SIMPEG),
                ),
            ),
            _R(
                key="bkpsdm.kabid-mutasi.3",
                text="Tersedianya profil talenta ASN sebagai dasar pengembangan karier dan suksesi jabatan",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.3",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah ASN yang dipetakan dalam kotak manajemen talenta",
                        "400",
                        "orang",
                        "Aplikasi manajemen talenta",
                    ),
                    _K(
                        "kuantitas",
                        "Jumlah dokumen rencana suksesi jabatan",
                        "1",
                        "dokumen",
                        "Keputusan Bupati tentang talent pool",
                    ),
                ),
            ),
        ),
    ),
    PositionPlanTemplate(
        (*_BK, _BK_MUTASI),
        _ANALIS_SDM,
        (
            _R(
                key="bkpsdm.mutasi-analis-sdm.1",
                text=(
                    "Usulan kenaikan pangkat periode April dan Oktober tersampaikan lengkap ke BKN sebelum "
                    "batas waktu"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-mutasi.1",
                method="langsung",
                approach="beban-target",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah usulan kenaikan pangkat yang diverifikasi",
                        "325",
                        "usulan",
                        _SRC_SIASN,
                    ),
                    _K(
                        "kualitas",
                        "Persentase usulan yang dikembalikan BKN karena berkas tidak lengkap",
                        "5",
                        "%",
                        _SRC_SIASN,
                    ),
                ),
            ),
            _R(
                key="bkpsdm.mutasi-analis-sdm.2",
                text=(
                    "Tersusunnya bahan pertimbangan mutasi jabatan dan rancangan keputusan pengangkatan "
                    "dalam jabatan"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-mutasi.2",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah bahan pertimbangan mutasi yang disiapkan",
                        "6",
                        "dokumen",
                        "Notulen rapat tim penilai kinerja PNS",
                    ),
                    _K(
                        "waktu",
                        "Rata-rata waktu penyusunan rancangan keputusan",
                        "5",
                        "hari",
                        "Register naskah keputusan",
                    ),
                ),
            ),
        ),
    ),
    PositionPlanTemplate(
        (*_BK, _BK_MUTASI),
        "Asesor Sumber Daya Manusia Aparatur",
        (
            _R(
                key="bkpsdm.mutasi-asesor.1",
                text="Tersedianya laporan hasil penilaian kompetensi ASN yang valid untuk pemetaan talenta",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-mutasi.3",
                method="langsung",
                approach="aspek",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah ASN yang dinilai kompetensinya",
                        "150",
                        "orang",
                        "Laporan asesmen",
                    ),
                    _K(
                        "kualitas",
                        "Persentase laporan individu yang lolos kendali mutu",
                        "95",
                        "%",
                        "Lembar kendali mutu asesmen",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.mutasi-asesor.2",
                text="Tersedianya hasil uji kompetensi peserta seleksi jabatan tepat waktu",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-mutasi.2",
                method="tidak-langsung",
                approach="layanan",
                contribution="layanan",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah peserta seleksi jabatan yang dinilai",
                        "40",
                        "orang",
                        "Daftar hadir asesmen",
                    ),
                    _K(
                        "waktu",
                        "Jumlah hari penyampaian hasil sejak asesmen selesai",
                        "7",
                        "hari",
                        "Tanda terima hasil asesmen",
                    ),
                ),
            ),
        ),
    ),
    PositionPlanTemplate(
        (*_BK, _BK_MUTASI),
        "Penata Layanan Operasional",
        (
            _R(
                key="bkpsdm.mutasi-plo.1",
                text=(
                    "Berkas usulan mutasi dan kenaikan pangkat dari perangkat daerah terverifikasi "
                    "kelengkapannya saat diterima"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-mutasi.1",
                method="tidak-langsung",
                approach="layanan",
                contribution="layanan",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah berkas usulan yang diverifikasi",
                        "400",
                        "berkas",
                        "Register penerimaan berkas",
                    ),
                    _K(
                        "waktu",
                        "Persentase berkas yang diverifikasi paling lama 2 hari kerja",
                        "90",
                        "%",
                        "Register penerimaan berkas",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.mutasi-plo.2",
                text=(
                    "Tersedianya informasi status usulan layanan mutasi yang dapat diakses pengelola "
                    "kepegawaian perangkat daerah"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-mutasi.1",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah pembaruan status layanan yang diumumkan",
                        "24",
                        "kali",
                        "Kanal informasi layanan BKPSDM",
                    ),
                ),
            ),
        ),
    ),
    # ---- Bidang Pengembangan Kompetensi Aparatur ----------------------------------------------------
    PositionPlanTemplate(
        (*_BK, _BK_BANGKOM),
        "Kepala Bidang Pengembangan Kompetensi Aparatur",
        (
            _R(
                key="bkpsdm.kabid-bangkom.1",
                text=(
                    "Meningkatnya jumlah ASN yang memperoleh pengembangan kompetensi minimal 20 jam pelajaran"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.1",
                method="langsung",
                approach="aspek",
                contribution="outcome",
                indicators=(
                    _K("kuantitas", "Persentase ASN dengan capaian minimal 20 JP", "80", "%", _SRC_SIASN),
                    _K(
                        "kuantitas",
                        "Jumlah ASN yang mengikuti pelatihan yang difasilitasi BKPSDM",
                        "900",
                        "orang",
                        "Daftar peserta pelatihan",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kabid-bangkom.2",
                text=(
                    "Tersedianya rencana pengembangan kompetensi ASN berbasis analisis kesenjangan kompetensi"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.1",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah dokumen rencana pengembangan kompetensi",
                        "1",
                        "dokumen",
                        "Keputusan Kepala BKPSDM",
                    ),
                    _K(
                        "kualitas",
                        (
                            "Persentase perangkat daerah yang menyampaikan data kebutuhan pengembangan "
                            "kompetensi"
                        ),
                        "90",
                        "%",
                        "Rekap usulan perangkat daerah",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kabid-bangkom.3",
                text="Terfasilitasinya tugas belajar dan izin belajar ASN sesuai kebutuhan organisasi",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.1",
                method="langsung",
                approach="aspek",
                contribution="layanan",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah ASN yang difasilitasi tugas belajar atau izin belajar",
                        "60",
                        "orang",
                        _SRC_SIMPEG,
                    ),
                    _K(
                        "waktu",
                        "Persentase izin belajar yang terbit paling lama 14 hari kerja",
                        "90",
                        "%",
                        _SRC_SIMPEG,
                    ),
                ),
            ),
        ),
    ),
    PositionPlanTemplate(
        (*_BK, _BK_BANGKOM),
        _ANALIS_SDM,
        (
            _R(
                key="bkpsdm.bangkom-analis-sdm.1",
                text="Tersusunnya analisis kebutuhan pengembangan kompetensi ASN per kelompok jabatan",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-bangkom.2",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah dokumen analisis kebutuhan pengembangan kompetensi",
                        "1",
                        "dokumen",
                        "Dokumen AKPK",
                    ),
                    _K(
                        "kuantitas",
                        "Jumlah perangkat daerah yang datanya dianalisis",
                        "28",
                        "perangkat daerah",
                        "Rekap usulan perangkat daerah",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.bangkom-analis-sdm.2",
                text=(
                    "Terselenggaranya pelatihan teknis dan fungsional dengan kelulusan peserta paling "
                    "sedikit 90 persen"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-bangkom.1",
                method="langsung",
                approach="beban-target",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah angkatan pelatihan yang diselenggarakan",
                        "6",
                        "angkatan",
                        "Laporan penyelenggaraan pelatihan",
                    ),
                    _K(
                        "kualitas",
                        "Persentase peserta yang lulus pelatihan",
                        "90",
                        "%",
                        "Daftar nilai peserta",
                    ),
                ),
            ),
        ),
    ),
    PositionPlanTemplate(
        (*_BK, _BK_BANGKOM),
        "Penata Layanan Operasional",
        (
            _R(
                key="bkpsdm.bangkom-plo.1",
                text="Tercatatnya jam pelajaran pengembangan kompetensi ASN secara lengkap pada SIASN",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-bangkom.1",
                method="tidak-langsung",
                approach="layanan",
                contribution="layanan",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah sertifikat pelatihan yang diverifikasi dan dicatat",
                        "1500",
                        "sertifikat",
                        _SRC_SIASN,
                    ),
                    _K(
                        "waktu",
                        "Persentase sertifikat yang tercatat paling lama 5 hari kerja",
                        "90",
                        "%",
                        _SRC_SIASN,
                    ),
                ),
            ),
            _R(
                key="bkpsdm.bangkom-plo.2",
                text="Berkas permohonan izin belajar dan tugas belajar terverifikasi dan siap diproses",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-bangkom.3",
                method="tidak-langsung",
                approach="layanan",
                contribution="layanan",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah berkas permohonan yang diverifikasi",
                        "60",
                        "berkas",
                        "Register permohonan",
                    ),
                    _K("waktu", "Rata-rata waktu verifikasi berkas", "3", "hari", "Register permohonan"),
                ),
            ),
        ),
    ),
    # ---- Bidang Penilaian Kinerja Aparatur dan Penghargaan ---------------------------------------------
    PositionPlanTemplate(
        (*_BK, _BK_PKAP),
        "Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan",
        (
            _R(
                key="bkpsdm.kabid-pkap.1",
                text="Meningkatnya kepatuhan perangkat daerah dalam penetapan dan evaluasi SKP tepat waktu",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.4",
                method="langsung",
                approach="aspek",
                contribution="outcome",
                indicators=(
                    _K(
                        "waktu",
                        "Persentase ASN yang SKP-nya ditetapkan paling lambat akhir Januari",
                        "90",
                        "%",
                        _SRC_EKIN,
                    ),
                    _K(
                        "kuantitas",
                        "Persentase ASN yang dievaluasi kinerjanya per triwulan",
                        "85",
                        "%",
                        _SRC_EKIN,
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kabid-pkap.2",
                text="Terselesaikannya penanganan pelanggaran disiplin ASN sesuai ketentuan",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.4",
                method="langsung",
                approach="aspek",
                contribution="outcome",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah kasus disiplin yang ditangani",
                        "20",
                        "kasus",
                        "Register kasus disiplin",
                    ),
                    _K(
                        "waktu",
                        "Persentase kasus yang diselesaikan sesuai batas waktu",
                        "85",
                        "%",
                        "Register kasus disiplin",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.kabid-pkap.3",
                text="Tersedianya penetapan ASN berprestasi yang objektif dan berbasis kinerja",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.3",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah ASN berprestasi yang ditetapkan",
                        "10",
                        "orang",
                        "Keputusan Bupati tentang ASN berprestasi",
                    ),
                    _K(
                        "kuantitas",
                        "Jumlah usulan tanda kehormatan Satyalancana Karya Satya",
                        "150",
                        "usulan",
                        "Surat usulan ke Sekretariat Militer Presiden",
                    ),
                ),
            ),
        ),
    ),
    PositionPlanTemplate(
        (*_BK, _BK_PKAP),
        _ANALIS_SDM,
        (
            _R(
                key="bkpsdm.pkap-analis-sdm.1",
                text="Meningkatnya kualitas SKP pada perangkat daerah binaan melalui coaching clinic",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-pkap.1",
                method="langsung",
                approach="wilayah",
                contribution="outcome",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah perangkat daerah binaan yang didampingi",
                        "14",
                        "perangkat daerah",
                        "Daftar hadir coaching clinic",
                    ),
                    _K(
                        "kualitas",
                        "Persentase SKP sampel yang memenuhi kaidah cascading",
                        "80",
                        "%",
                        "Lembar reviu SKP",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.pkap-analis-sdm.2",
                text="Tersedianya rekapitulasi dan analisis predikat kinerja ASN per perangkat daerah",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-pkap.1",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas", "Jumlah laporan rekapitulasi predikat kinerja", "5", "laporan", _SRC_EKIN
                    ),
                    _K(
                        "waktu",
                        "Jumlah hari penyampaian rekapitulasi setelah periode penilaian berakhir",
                        "15",
                        "hari",
                        "Tanda terima laporan",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.pkap-analis-sdm.3",
                text=(
                    "Tersusunnya berita acara pemeriksaan dan rekomendasi hukuman disiplin yang sesuai "
                    "ketentuan"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-pkap.2",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah berita acara pemeriksaan yang disusun",
                        "10",
                        "dokumen",
                        "Register kasus disiplin",
                    ),
                    _K(
                        "waktu",
                        "Rata-rata waktu penyusunan rekomendasi hukuman disiplin",
                        "14",
                        "hari",
                        "Register kasus disiplin",
                    ),
                ),
            ),
        ),
    ),
    PositionPlanTemplate(
        (*_BK, _BK_PKAP),
        "Penelaah Teknis Kebijakan",
        (
            _R(
                key="bkpsdm.pkap-penelaah.1",
                text=(
                    "Tersedianya telaahan atas laporan dugaan pelanggaran disiplin ASN sebagai bahan "
                    "keputusan atasan"
                ),
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-pkap.2",
                method="tidak-langsung",
                approach="layanan",
                contribution="layanan",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah telaahan yang disampaikan",
                        "20",
                        "telaahan",
                        "Register kasus disiplin",
                    ),
                    _K(
                        "waktu",
                        "Rata-rata waktu penyusunan telaahan sejak laporan diterima",
                        "5",
                        "hari",
                        "Register kasus disiplin",
                    ),
                ),
            ),
            _R(
                key="bkpsdm.pkap-penelaah.2",
                text="Tersedianya data calon penerima Satyalancana Karya Satya yang terverifikasi",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-pkap.3",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K(
                        "kuantitas",
                        "Jumlah data calon penerima yang diverifikasi",
                        "150",
                        "orang",
                        _SRC_SIMPEG,
                    ),
                    _K(
                        "kualitas",
                        "Persentase calon yang memenuhi syarat pada verifikasi ulang",
                        "95",
                        "%",
                        "Berita acara verifikasi",
                    ),
                ),
            ),
        ),
    ),
)


# --------------------------------------------------------------------------------------------------
# 4. Texts for other plans, coaching and monitoring
# --------------------------------------------------------------------------------------------------

_DL = "langsung"
_TL = "tidak-langsung"

# RHK for plans outside BKPSDM. parent_key is None: the builder links each RHK utama to an RHK of the
# atasan. Keyed by StaffTemplate.role / UnitTemplate.head_role, with one entry per jenjang as fallback.
GENERIC_RHK: Mapping[str, tuple[RhkTemplate, ...]] = MappingProxyType(
    {
        # ---- by jenjang -----------------------------------------------------------------------------
        "jpt-pratama": (
            _R(
                "generic.jpt-pratama.1",
                (
                    "Terselesaikannya program prioritas daerah yang ditugaskan kepada perangkat daerah "
                    "(penugasan dari Bupati)"
                ),
                "utama",
                "direktif",
                None,
                (
                    _K(
                        "kuantitas",
                        "Persentase program prioritas Bupati yang mencapai target",
                        "90",
                        "%",
                        "Laporan capaian program prioritas",
                    ),
                ),
                perspektif="penerima-layanan",
            ),
            _R(
                "generic.jpt-pratama.2",
                "Meningkatnya budaya kinerja perangkat daerah melalui dialog kinerja berkala",
                "utama",
                "inisiatif",
                None,
                (
                    _K(
                        "kuantitas",
                        "Persentase pegawai yang memperoleh umpan balik kinerja tiap triwulan",
                        "90",
                        "%",
                        _SRC_EKIN,
                    ),
                    _K(
                        "kualitas",
                        "Persentase SKP pegawai yang ditetapkan paling lambat akhir Januari",
                        "95",
                        "%",
                        _SRC_EKIN,
                    ),
                ),
                perspektif="penguatan-internal",
            ),
            _R(
                "generic.jpt-pratama.3",
                "Meningkatnya kapasitas kepemimpinan strategis melalui pelatihan dan forum pembelajaran",
                "tambahan",
                "pengembangan-kompetensi",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah jam pelajaran pengembangan kompetensi yang diikuti",
                        "20",
                        "JP",
                        "Sertifikat pelatihan",
                    ),
                ),
            ),
            _R(
                "generic.jpt-pratama.4",
                "Terdampinginya desa binaan dalam gerakan percepatan penurunan stunting",
                "tambahan",
                "keterlibatan-masyarakat",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah kunjungan pendampingan ke desa binaan",
                        "4",
                        "kali",
                        "Laporan kunjungan",
                    ),
                ),
            ),
        ),
        "administrator": (
            _R(
                "generic.administrator.1",
                "Tercapainya target indikator kinerja bidang sesuai Perjanjian Kinerja perangkat daerah",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Persentase indikator kinerja bidang yang mencapai target",
                        "85",
                        "%",
                        "Laporan capaian kinerja triwulan",
                    ),
                    _K(
                        "waktu",
                        "Jumlah laporan capaian kinerja bidang yang disampaikan tepat waktu",
                        "4",
                        "laporan",
                        "Tanda terima laporan",
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="outcome",
            ),
            _R(
                "generic.administrator.2",
                "Tersedianya rekomendasi kebijakan teknis bidang yang ditindaklanjuti pimpinan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah rekomendasi kebijakan teknis yang disampaikan",
                        "4",
                        "rekomendasi",
                        "Nota dinas",
                    ),
                    _K(
                        "kualitas",
                        "Persentase rekomendasi yang ditindaklanjuti pimpinan",
                        "75",
                        "%",
                        "Disposisi pimpinan",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
            _R(
                "generic.administrator.3",
                "Terkendalinya pelaksanaan program dan anggaran bidang sesuai rencana",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Persentase realisasi fisik kegiatan bidang",
                        "95",
                        "%",
                        "Laporan realisasi fisik",
                    ),
                    _K("biaya", "Persentase realisasi anggaran bidang", "92", "%", _SRC_SIPD),
                ),
                method=_DL,
                approach="aspek",
                contribution="outcome",
            ),
            _R(
                "generic.administrator.4",
                "Meningkatnya kompetensi pegawai bidang melalui forum berbagi pengetahuan",
                "tambahan",
                "pengembangan-kompetensi",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah forum berbagi pengetahuan yang difasilitasi",
                        "4",
                        "kali",
                        "Daftar hadir dan notula",
                    ),
                ),
            ),
        ),
        "pengawas": (
            _R(
                "generic.pengawas.1",
                "Tersedianya layanan administrasi dan teknis sub unit yang tertib dan tepat waktu",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah permintaan layanan yang diselesaikan",
                        "120",
                        "layanan",
                        "Register layanan",
                    ),
                    _K(
                        "waktu",
                        "Persentase layanan yang diselesaikan sesuai standar waktu",
                        "90",
                        "%",
                        "Register layanan",
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="layanan",
            ),
            _R(
                "generic.pengawas.2",
                "Tersusunnya laporan pelaksanaan kegiatan sub unit yang akurat dan tepat waktu",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah laporan pelaksanaan kegiatan",
                        "12",
                        "laporan",
                        "Arsip laporan bulanan",
                    ),
                    _K(
                        "waktu",
                        "Jumlah bulan laporan disampaikan paling lambat tanggal 10 bulan berikutnya",
                        "12",
                        "bulan",
                        "Tanda terima laporan",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
            _R(
                "generic.pengawas.3",
                "Meningkatnya kinerja pegawai sub unit melalui pembagian peran dan umpan balik berkala",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah dialog kinerja dengan pegawai sub unit",
                        "4",
                        "kali",
                        "Catatan dialog kinerja",
                    ),
                    _K(
                        "kualitas",
                        "Persentase pegawai sub unit dengan predikat kinerja minimal Baik",
                        "85",
                        "%",
                        _SRC_EKIN,
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="outcome",
            ),
        ),
        "pelaksana": (
            _R(
                "generic.pelaksana.1",
                "Tersedianya data dan dokumen administrasi unit kerja yang lengkap dan mutakhir",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah dokumen administrasi yang diolah",
                        "120",
                        "dokumen",
                        "Register dokumen",
                    ),
                    _K(
                        "kualitas",
                        "Persentase dokumen tanpa kesalahan pada pemeriksaan atasan",
                        "95",
                        "%",
                        "Catatan koreksi atasan",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
            _R(
                "generic.pelaksana.2",
                "Permintaan layanan yang ditugaskan diselesaikan sesuai standar waktu",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah permintaan layanan yang diselesaikan",
                        "150",
                        "layanan",
                        "Register layanan",
                    ),
                    _K(
                        "waktu",
                        "Persentase layanan yang selesai sesuai standar waktu",
                        "90",
                        "%",
                        "Register layanan",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
            _R(
                "generic.pelaksana.3",
                "Meningkatnya keterampilan kerja digital melalui pelatihan daring",
                "tambahan",
                "pengembangan-kompetensi",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah jam pelajaran pelatihan daring yang diselesaikan",
                        "20",
                        "JP",
                        "Sertifikat pelatihan",
                    ),
                ),
            ),
        ),
        "ahli-pertama": (
            _R(
                "generic.ahli-pertama.1",
                "Tersedianya hasil analisis teknis sesuai bidang keahlian sebagai bahan kebijakan atasan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah dokumen hasil analisis teknis",
                        "4",
                        "dokumen",
                        "Arsip nota dinas",
                    ),
                    _K(
                        "kualitas",
                        "Persentase hasil analisis yang digunakan atasan",
                        "75",
                        "%",
                        "Disposisi atasan",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
            _R(
                "generic.ahli-pertama.2",
                "Terselesaikannya hasil kerja jabatan fungsional sesuai rencana kerja tim",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah laporan hasil kerja fungsional",
                        "12",
                        "laporan",
                        "Laporan bulanan",
                    ),
                    _K(
                        "kualitas",
                        "Persentase hasil kerja yang diterima tanpa revisi mayor",
                        "85",
                        "%",
                        "Catatan reviu ketua tim",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="output",
            ),
            _R(
                "generic.ahli-pertama.3",
                "Meningkatnya kompetensi teknis jabatan fungsional melalui pelatihan atau sertifikasi",
                "tambahan",
                "pengembangan-kompetensi",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah jam pelajaran pengembangan kompetensi",
                        "20",
                        "JP",
                        "Sertifikat pelatihan",
                    ),
                ),
            ),
        ),
        "ahli-muda": (
            _R(
                "generic.ahli-muda.1",
                "Tersusunnya rekomendasi teknis hasil analisis bidang keahlian yang dimanfaatkan pimpinan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah rekomendasi teknis yang disampaikan",
                        "4",
                        "rekomendasi",
                        "Arsip nota dinas",
                    ),
                    _K(
                        "kualitas",
                        "Persentase rekomendasi yang dimanfaatkan pimpinan",
                        "70",
                        "%",
                        "Disposisi pimpinan",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
            _R(
                "generic.ahli-muda.2",
                (
                    "Meningkatnya kualitas hasil kerja tim melalui pembimbingan pejabat fungsional jenjang "
                    "di bawahnya"
                ),
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah pejabat fungsional yang dibimbing",
                        "2",
                        "orang",
                        "Catatan pembimbingan",
                    ),
                    _K(
                        "kualitas",
                        "Persentase hasil kerja tim yang lolos reviu pada penyampaian pertama",
                        "80",
                        "%",
                        "Catatan reviu",
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="outcome",
            ),
            _R(
                "generic.ahli-muda.3",
                "Tersebarnya pengetahuan teknis jabatan fungsional melalui narasumber forum internal",
                "tambahan",
                "pengembangan-kompetensi",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah kesempatan menjadi narasumber",
                        "2",
                        "kali",
                        "Surat tugas narasumber",
                    ),
                ),
            ),
        ),
        "ahli-madya": (
            _R(
                "generic.ahli-madya.1",
                (
                    "Tersusunnya kajian kebijakan strategis bidang keahlian yang menjadi dasar keputusan "
                    "pimpinan"
                ),
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah kajian strategis yang diselesaikan",
                        "2",
                        "kajian",
                        "Dokumen kajian",
                    ),
                    _K(
                        "kualitas",
                        "Persentase rekomendasi kajian yang diadopsi dalam kebijakan",
                        "60",
                        "%",
                        "Dokumen kebijakan",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
            _R(
                "generic.ahli-madya.2",
                "Terwujudnya standar dan pedoman teknis yang digunakan unit kerja",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah pedoman teknis yang ditetapkan",
                        "1",
                        "pedoman",
                        "Keputusan penetapan pedoman",
                    ),
                    _K(
                        "kualitas",
                        "Jumlah unit kerja yang menerapkan pedoman",
                        "4",
                        "unit",
                        "Laporan penerapan",
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="outcome",
            ),
        ),
        "ahli-utama": (
            _R(
                "generic.ahli-utama.1",
                "Tersusunnya rekomendasi kebijakan strategis tingkat daerah berbasis bukti",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah rekomendasi kebijakan strategis",
                        "2",
                        "rekomendasi",
                        "Dokumen rekomendasi",
                    ),
                    _K(
                        "kualitas",
                        "Persentase rekomendasi yang menjadi kebijakan daerah",
                        "50",
                        "%",
                        "Produk hukum daerah",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="outcome",
            ),
            _R(
                "generic.ahli-utama.2",
                "Meningkatnya mutu hasil kerja pejabat fungsional di daerah melalui pembinaan profesi",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah pejabat fungsional yang dibina",
                        "10",
                        "orang",
                        "Catatan pembinaan",
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="outcome",
            ),
        ),
        "pemula": (
            _R(
                "generic.pemula.1",
                "Tersedianya dukungan teknis operasional yang siap saat dibutuhkan tim",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah tugas teknis operasional yang diselesaikan",
                        "100",
                        "tugas",
                        "Buku tugas harian",
                    ),
                    _K(
                        "waktu",
                        "Persentase tugas yang diselesaikan sesuai jadwal",
                        "90",
                        "%",
                        "Buku tugas harian",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
            _R(
                "generic.pemula.2",
                "Peralatan kerja tim terpelihara dalam kondisi siap digunakan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah peralatan kerja yang diperiksa dan dirawat",
                        "20",
                        "unit",
                        "Kartu perawatan alat",
                    ),
                    _K(
                        "kualitas",
                        "Persentase peralatan dalam kondisi siap pakai pada pemeriksaan",
                        "90",
                        "%",
                        "Lembar pemeriksaan peralatan",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="output",
            ),
        ),
        "terampil": (
            _R(
                "generic.terampil.1",
                "Terselesaikannya pekerjaan teknis operasional sesuai prosedur dan standar mutu",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah hasil kerja teknis yang diselesaikan",
                        "120",
                        "hasil kerja",
                        "Laporan bulanan",
                    ),
                    _K(
                        "kualitas",
                        "Persentase hasil kerja yang memenuhi standar mutu",
                        "90",
                        "%",
                        "Catatan pemeriksaan atasan",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="output",
            ),
            _R(
                "generic.terampil.2",
                "Tersedianya catatan dan laporan teknis pekerjaan yang lengkap",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah laporan teknis yang disampaikan",
                        "12",
                        "laporan",
                        "Arsip laporan",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        "mahir": (
            _R(
                "generic.mahir.1",
                "Terselesaikannya pekerjaan teknis dengan tingkat kesulitan menengah sesuai standar mutu",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah hasil kerja teknis yang diselesaikan",
                        "100",
                        "hasil kerja",
                        "Laporan bulanan",
                    ),
                    _K(
                        "kualitas",
                        "Persentase hasil kerja yang memenuhi standar mutu",
                        "92",
                        "%",
                        "Catatan pemeriksaan atasan",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="output",
            ),
            _R(
                "generic.mahir.2",
                "Terpantaunya kualitas hasil kerja pejabat fungsional terampil di tim",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah hasil pemantauan mutu yang dilaporkan",
                        "4",
                        "laporan",
                        "Laporan pemantauan",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        "penyelia": (
            _R(
                "generic.penyelia.1",
                "Terkendalinya mutu pekerjaan teknis tim melalui supervisi berkala",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah supervisi teknis yang dilaporkan",
                        "12",
                        "laporan",
                        "Laporan supervisi",
                    ),
                    _K(
                        "kualitas",
                        "Persentase temuan supervisi yang ditindaklanjuti tim",
                        "85",
                        "%",
                        "Catatan tindak lanjut",
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="outcome",
            ),
            _R(
                "generic.penyelia.2",
                "Tersusunnya jadwal dan pembagian tugas teknis tim yang seimbang",
                "utama",
                "mph",
                None,
                (_K("kuantitas", "Jumlah jadwal tugas yang ditetapkan", "12", "jadwal", "Jadwal dinas"),),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        # ---- heads of special units -------------------------------------------------------------
        "camat": (
            _R(
                "generic.camat.1",
                "Meningkatnya kualitas pelayanan administrasi terpadu kecamatan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah layanan administrasi yang diselesaikan",
                        "3600",
                        "layanan",
                        "Register layanan PATEN",
                    ),
                    _K(
                        "kualitas",
                        "Indeks kepuasan masyarakat terhadap layanan kecamatan",
                        "82",
                        "nilai",
                        "Survei kepuasan masyarakat",
                    ),
                    _K(
                        "waktu",
                        "Persentase layanan administrasi yang selesai pada hari yang sama",
                        "85",
                        "%",
                        "Register layanan PATEN",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
            _R(
                "generic.camat.2",
                "Meningkatnya tertib penyelenggaraan pemerintahan desa di wilayah kecamatan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Persentase desa yang menetapkan APBDes tepat waktu",
                        "95",
                        "%",
                        "Laporan evaluasi APBDes",
                    ),
                    _K(
                        "kualitas",
                        "Jumlah desa yang naik status Indeks Desa Membangun",
                        "3",
                        "desa",
                        "Data IDM",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
            _R(
                "generic.camat.3",
                "Terkoordinasinya percepatan penurunan stunting lintas sektor di tingkat kecamatan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah desa yang melaksanakan rembuk stunting",
                        "12",
                        "desa",
                        "Notula rembuk stunting",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        "lurah": (
            _R(
                "generic.lurah.1",
                "Meningkatnya kualitas pelayanan administrasi kepada warga kelurahan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah layanan surat keterangan yang diselesaikan",
                        "1200",
                        "layanan",
                        "Register layanan kelurahan",
                    ),
                    _K(
                        "kualitas",
                        "Indeks kepuasan warga terhadap layanan kelurahan",
                        "80",
                        "nilai",
                        "Survei kepuasan",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="layanan",
            ),
            _R(
                "generic.lurah.2",
                "Terwujudnya lingkungan kelurahan yang bersih melalui pemberdayaan RT dan RW",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah RW yang memiliki bank sampah aktif",
                        "4",
                        "RW",
                        "Laporan bank sampah",
                    ),
                    _K(
                        "kualitas",
                        "Jumlah titik pembuangan sampah liar yang tertangani",
                        "6",
                        "titik",
                        "Dokumentasi lapangan",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
        ),
        "kepala-sekolah": (
            _R(
                "generic.kepala-sekolah.1",
                "Meningkatnya mutu pembelajaran di satuan pendidikan berdasarkan Rapor Pendidikan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah program perbaikan pembelajaran yang dijalankan",
                        "2",
                        "program",
                        "Dokumen perencanaan berbasis data",
                    ),
                    _K(
                        "kualitas",
                        "Persentase peserta didik yang mencapai kompetensi minimum literasi",
                        "65",
                        "%",
                        "Rapor Pendidikan",
                    ),
                    _K(
                        "kualitas",
                        "Persentase peserta didik yang mencapai kompetensi minimum numerasi",
                        "55",
                        "%",
                        "Rapor Pendidikan",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
            _R(
                "generic.kepala-sekolah.2",
                "Terlaksananya supervisi akademik guru yang ditindaklanjuti dengan perbaikan pembelajaran",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah guru yang disupervisi",
                        "10",
                        "orang",
                        "Instrumen supervisi akademik",
                    ),
                    _K(
                        "kualitas",
                        "Persentase guru yang menindaklanjuti rekomendasi supervisi",
                        "80",
                        "%",
                        "Catatan tindak lanjut supervisi",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
            _R(
                "generic.kepala-sekolah.3",
                "Tersusunnya RKAS yang selaras dengan prioritas perbaikan pada Rapor Pendidikan",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah dokumen RKAS yang disahkan", "1", "dokumen", "Aplikasi ARKAS"),
                    _K(
                        "waktu",
                        "Jumlah bulan RKAS disahkan sebelum tahun anggaran",
                        "1",
                        "bulan",
                        "Aplikasi ARKAS",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        "kepala-puskesmas": (
            _R(
                "generic.kepala-puskesmas.1",
                "Meningkatnya capaian standar pelayanan minimal kesehatan di wilayah kerja Puskesmas",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Persentase capaian SPM bidang kesehatan",
                        "90",
                        "%",
                        "Laporan SPM Puskesmas",
                    ),
                    _K(
                        "kualitas",
                        "Indeks kepuasan pasien Puskesmas",
                        "85",
                        "nilai",
                        "Survei kepuasan pasien",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
            _R(
                "generic.kepala-puskesmas.2",
                "Menurunnya prevalensi balita stunting di wilayah kerja Puskesmas",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kualitas",
                        "Prevalensi balita stunting di wilayah kerja",
                        "13",
                        "%",
                        "Aplikasi e-PPGBM",
                    ),
                    _K(
                        "kuantitas",
                        "Persentase balita yang ditimbang di posyandu",
                        "85",
                        "%",
                        "Aplikasi e-PPGBM",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
            _R(
                "generic.kepala-puskesmas.3",
                "Terpenuhinya standar mutu dan keselamatan pasien Puskesmas",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah audit internal mutu yang dilaksanakan",
                        "2",
                        "kali",
                        "Laporan audit internal",
                    ),
                    _K(
                        "kualitas",
                        "Persentase indikator mutu nasional Puskesmas yang tercapai",
                        "85",
                        "%",
                        "Laporan indikator mutu",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
        ),
        # ---- jabatan fungsional and pelaksana by role ---------------------------------------------
        "guru": (
            _R(
                "generic.guru.1",
                "Tersusunnya modul ajar dan asesmen yang sesuai capaian pembelajaran",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah modul ajar yang disusun", "8", "modul", "Dokumen perangkat ajar"),
                    _K(
                        "kualitas",
                        "Persentase modul ajar yang memenuhi telaah kepala sekolah",
                        "90",
                        "%",
                        "Lembar telaah modul ajar",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
            _R(
                "generic.guru.2",
                "Meningkatnya ketuntasan belajar peserta didik pada mata pelajaran yang diampu",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas", "Jumlah rombongan belajar yang diampu", "4", "rombel", "Jadwal pelajaran"
                    ),
                    _K(
                        "kualitas",
                        "Persentase peserta didik yang mencapai kriteria ketercapaian tujuan pembelajaran",
                        "80",
                        "%",
                        "Daftar nilai",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="outcome",
            ),
            _R(
                "generic.guru.3",
                "Tersampaikannya laporan hasil belajar peserta didik kepada orang tua tepat waktu",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah laporan hasil belajar yang diterbitkan",
                        "2",
                        "laporan",
                        "Rapor peserta didik",
                    ),
                    _K(
                        "waktu",
                        "Jumlah hari penyerahan rapor setelah semester berakhir",
                        "7",
                        "hari",
                        "Berita acara pembagian rapor",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
            _R(
                "generic.guru.4",
                "Meningkatnya kompetensi pedagogik melalui komunitas belajar dan pelatihan mandiri",
                "tambahan",
                "pengembangan-kompetensi",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah sertifikat pelatihan mandiri pada Platform Merdeka Mengajar",
                        "4",
                        "sertifikat",
                        "Platform Merdeka Mengajar",
                    ),
                ),
            ),
        ),
        "pengawas-sekolah": (
            _R(
                "generic.pengawas-sekolah.1",
                "Meningkatnya mutu pengelolaan sekolah binaan berdasarkan hasil pendampingan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah sekolah binaan yang didampingi",
                        "10",
                        "sekolah",
                        "Laporan pendampingan",
                    ),
                    _K(
                        "kualitas",
                        "Persentase sekolah binaan dengan capaian Rapor Pendidikan meningkat",
                        "60",
                        "%",
                        "Rapor Pendidikan",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
            _R(
                "generic.pengawas-sekolah.2",
                "Tersedianya laporan hasil supervisi manajerial sekolah binaan dengan rekomendasi perbaikan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah laporan supervisi manajerial",
                        "10",
                        "laporan",
                        "Laporan supervisi",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        "dokter": (
            _R(
                "generic.dokter.1",
                "Pasien memperoleh pelayanan medis sesuai standar profesi dan tepat waktu",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas", "Jumlah pasien yang dilayani", "3000", "pasien", "Rekam medis elektronik"
                    ),
                    _K("kualitas", "Persentase rujukan kasus non-spesialistik", "2", "%", "Aplikasi P-Care"),
                ),
                method=_DL,
                approach="beban-target",
                contribution="layanan",
            ),
            _R(
                "generic.dokter.2",
                "Terkendalinya hipertensi dan diabetes melitus pada pasien binaan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah pasien penyakit tidak menular yang dipantau",
                        "200",
                        "pasien",
                        "Register PTM",
                    ),
                    _K(
                        "kualitas",
                        "Persentase pasien binaan dengan tekanan darah terkendali",
                        "60",
                        "%",
                        "Register PTM",
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="outcome",
            ),
        ),
        "dokter-gigi": (
            _R(
                "generic.dokter-gigi.1",
                "Meningkatnya kesehatan gigi dan mulut pasien serta anak sekolah di wilayah kerja",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah pasien gigi yang dilayani",
                        "1200",
                        "pasien",
                        "Rekam medis elektronik",
                    ),
                    _K(
                        "kuantitas",
                        "Jumlah sekolah yang memperoleh pemeriksaan UKGS",
                        "8",
                        "sekolah",
                        "Laporan UKGS",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="layanan",
            ),
            _R(
                "generic.dokter-gigi.2",
                "Tersedianya laporan status kesehatan gigi anak sekolah sebagai dasar intervensi",
                "utama",
                "mph",
                None,
                (_K("kuantitas", "Jumlah laporan status kesehatan gigi", "2", "laporan", "Laporan UKGS"),),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        "perawat": (
            _R(
                "generic.perawat.1",
                "Tersedianya asuhan keperawatan yang terdokumentasi lengkap sesuai standar",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah pasien yang memperoleh asuhan keperawatan",
                        "800",
                        "pasien",
                        "Rekam medis elektronik",
                    ),
                    _K(
                        "kualitas",
                        "Persentase dokumentasi asuhan keperawatan yang lengkap",
                        "90",
                        "%",
                        "Audit dokumentasi keperawatan",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="layanan",
            ),
            _R(
                "generic.perawat.2",
                "Terpantaunya kesehatan keluarga rawan melalui kunjungan perawatan kesehatan masyarakat",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah keluarga rawan yang dikunjungi",
                        "40",
                        "keluarga",
                        "Register perkesmas",
                    ),
                    _K(
                        "kualitas",
                        "Persentase keluarga binaan yang mencapai tingkat kemandirian III",
                        "50",
                        "%",
                        "Register perkesmas",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
        ),
        "bidan": (
            _R(
                "generic.bidan.1",
                "Meningkatnya cakupan pemeriksaan kehamilan enam kali (K6) di wilayah binaan",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah ibu hamil yang diperiksa", "120", "orang", "Kohort ibu"),
                    _K("kualitas", "Persentase ibu hamil yang memperoleh K6", "85", "%", "Kohort ibu"),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
            _R(
                "generic.bidan.2",
                "Persalinan di wilayah binaan ditolong tenaga kesehatan di fasilitas kesehatan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah persalinan yang ditolong atau dirujuk",
                        "60",
                        "persalinan",
                        "Kohort ibu",
                    ),
                    _K("kualitas", "Persentase persalinan di fasilitas kesehatan", "95", "%", "Kohort ibu"),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
            _R(
                "generic.bidan.3",
                "Terpantaunya pertumbuhan balita di posyandu binaan",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah posyandu binaan", "4", "posyandu", "Laporan posyandu"),
                    _K(
                        "kualitas",
                        "Persentase balita yang ditimbang dan diukur",
                        "85",
                        "%",
                        "Aplikasi e-PPGBM",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
        ),
        "apoteker": (
            _R(
                "generic.apoteker.1",
                "Tersedianya obat dan bahan medis habis pakai sesuai kebutuhan pelayanan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kualitas",
                        "Persentase ketersediaan obat esensial",
                        "95",
                        "%",
                        "Laporan pemakaian dan lembar permintaan obat",
                    ),
                    _K(
                        "kuantitas",
                        "Jumlah laporan ketersediaan obat",
                        "12",
                        "laporan",
                        "Laporan bulanan farmasi",
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="output",
            ),
            _R(
                "generic.apoteker.2",
                "Pasien menerima obat disertai informasi penggunaan obat yang benar",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah resep yang dilayani", "15000", "resep", "Register resep"),
                    _K(
                        "kualitas",
                        "Persentase pasien yang memperoleh pelayanan informasi obat",
                        "90",
                        "%",
                        "Register PIO",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
        ),
        "pranata-laboratorium": (
            _R(
                "generic.pranata-laboratorium.1",
                "Hasil pemeriksaan laboratorium diterbitkan akurat dan tepat waktu",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah pemeriksaan laboratorium yang dilakukan",
                        "5000",
                        "pemeriksaan",
                        "Register laboratorium",
                    ),
                    _K(
                        "waktu",
                        "Persentase hasil yang terbit sesuai standar waktu tunggu",
                        "90",
                        "%",
                        "Register laboratorium",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
            _R(
                "generic.pranata-laboratorium.2",
                "Terjaminnya mutu pemeriksaan laboratorium melalui pemantapan mutu internal",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah kegiatan pemantapan mutu internal yang terdokumentasi",
                        "12",
                        "kali",
                        "Formulir PMI laboratorium",
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="output",
            ),
        ),
        "nutrisionis": (
            _R(
                "generic.nutrisionis.1",
                "Membaiknya status gizi balita gizi kurang di wilayah kerja",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah balita gizi kurang yang memperoleh PMT dan konseling",
                        "60",
                        "balita",
                        "Register gizi",
                    ),
                    _K(
                        "kualitas",
                        "Persentase balita gizi kurang yang naik berat badannya",
                        "70",
                        "%",
                        "Aplikasi e-PPGBM",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
            _R(
                "generic.nutrisionis.2",
                "Tersedianya konseling gizi bagi pasien dan ibu balita sesuai standar",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah konseling gizi yang diberikan",
                        "240",
                        "konseling",
                        "Register konseling gizi",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
        ),
        "sanitarian": (
            _R(
                "generic.sanitarian.1",
                "Bertambahnya desa yang terverifikasi stop buang air besar sembarangan",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah desa yang terverifikasi SBS", "4", "desa", "Aplikasi STBM"),
                    _K(
                        "kuantitas", "Jumlah rumah tangga yang dipicu", "300", "rumah tangga", "Aplikasi STBM"
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
            _R(
                "generic.sanitarian.2",
                "Tempat pengelolaan pangan di wilayah kerja memenuhi syarat higiene sanitasi",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah tempat pengelolaan pangan yang diinspeksi",
                        "40",
                        "TPP",
                        "Formulir inspeksi",
                    ),
                    _K("kualitas", "Persentase TPP yang memenuhi syarat", "70", "%", "Formulir inspeksi"),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
        ),
        "promkes": (
            _R(
                "generic.promkes.1",
                "Meningkatnya rumah tangga ber-PHBS di wilayah binaan",
                "utama",
                "mph",
                None,
                (
                    _K("kualitas", "Persentase rumah tangga ber-PHBS", "65", "%", "Survei PHBS"),
                    _K(
                        "kuantitas",
                        "Jumlah kelompok masyarakat yang memperoleh penyuluhan",
                        "24",
                        "kelompok",
                        "Laporan penyuluhan",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
            _R(
                "generic.promkes.2",
                "Tersedianya media promosi kesehatan yang digunakan Puskesmas",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah media promosi kesehatan yang diterbitkan",
                        "12",
                        "media",
                        "Arsip media",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        "epidemiolog": (
            _R(
                "generic.epidemiolog.1",
                "Terdeteksinya peningkatan kasus penyakit potensial wabah secara dini",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "waktu",
                        "Persentase laporan mingguan SKDR yang tepat waktu",
                        "90",
                        "%",
                        "Aplikasi SKDR",
                    ),
                    _K(
                        "kuantitas",
                        "Jumlah sinyal kewaspadaan dini yang diverifikasi",
                        "30",
                        "sinyal",
                        "Aplikasi SKDR",
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="outcome",
            ),
            _R(
                "generic.epidemiolog.2",
                "Tersedianya kajian epidemiologi sebagai dasar intervensi program",
                "utama",
                "mph",
                None,
                (_K("kuantitas", "Jumlah kajian epidemiologi", "4", "kajian", "Dokumen kajian"),),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        "administrator-kesehatan": (
            _R(
                "generic.administrator-kesehatan.1",
                "Tersusunnya rencana program kesehatan berbasis data capaian SPM",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah dokumen rencana program", "3", "dokumen", "Arsip dokumen"),
                    _K(
                        "kualitas",
                        "Persentase kegiatan yang mengacu pada kesenjangan capaian SPM",
                        "90",
                        "%",
                        "Matriks analisis SPM",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
            _R(
                "generic.administrator-kesehatan.2",
                "Tersedianya analisis pemenuhan sumber daya manusia kesehatan per Puskesmas",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah laporan analisis SDM kesehatan",
                        "2",
                        "laporan",
                        "Aplikasi SISDMK",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        "perekam-medis": (
            _R(
                "generic.perekam-medis.1",
                "Tersedianya rekam medis pasien yang lengkap dan terkode sesuai standar",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah berkas rekam medis yang dikoding",
                        "6000",
                        "berkas",
                        "Sistem informasi rumah sakit",
                    ),
                    _K(
                        "kualitas",
                        "Persentase kelengkapan rekam medis 1x24 jam",
                        "90",
                        "%",
                        "Audit rekam medis",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="output",
            ),
            _R(
                "generic.perekam-medis.2",
                "Klaim pelayanan pasien JKN diajukan tanpa koreksi koding",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah berkas klaim JKN yang diverifikasi koding",
                        "3000",
                        "berkas",
                        "Aplikasi e-Klaim",
                    ),
                    _K(
                        "kualitas",
                        "Persentase klaim tanpa pengembalian karena koding",
                        "95",
                        "%",
                        "Aplikasi e-Klaim",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
        ),
        "penyuluh-pertanian": (
            _R(
                "generic.penyuluh-pertanian.1",
                "Meningkatnya penerapan teknologi budidaya anjuran oleh kelompok tani binaan",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah kelompok tani binaan", "8", "kelompok", "Simluhtan"),
                    _K(
                        "kualitas",
                        "Persentase kelompok tani yang menerapkan teknologi anjuran",
                        "60",
                        "%",
                        "Laporan kunjungan",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
            _R(
                "generic.penyuluh-pertanian.2",
                "Tersusunnya RDKK pupuk bersubsidi kelompok tani binaan yang akurat",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah RDKK yang diunggah", "8", "dokumen", "Aplikasi e-RDKK"),
                    _K(
                        "kualitas",
                        "Persentase petani dalam RDKK yang tervalidasi NIK",
                        "98",
                        "%",
                        "Aplikasi e-RDKK",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
            _R(
                "generic.penyuluh-pertanian.3",
                "Meningkatnya kelas kemampuan kelompok tani binaan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah kelompok tani yang naik kelas",
                        "2",
                        "kelompok",
                        "Berita acara penilaian kelas kelompok",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
        ),
        "kesehatan-hewan": (
            _R(
                "generic.kesehatan-hewan.1",
                "Terkendalinya penyakit hewan menular strategis di wilayah kerja",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah ternak yang divaksinasi", "2500", "ekor", "Aplikasi iSIKHNAS"),
                    _K(
                        "kualitas",
                        "Persentase kasus penyakit hewan yang ditangani",
                        "90",
                        "%",
                        "Aplikasi iSIKHNAS",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
            _R(
                "generic.kesehatan-hewan.2",
                "Tersedianya layanan inseminasi buatan yang tepat waktu bagi peternak",
                "utama",
                "mph",
                None,
                (_K("kuantitas", "Jumlah akseptor inseminasi buatan", "400", "ekor", "Aplikasi iSIKHNAS"),),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
        ),
        "auditor": (
            _R(
                "generic.auditor.1",
                "Tersedianya laporan hasil pengawasan yang berkualitas dan tepat waktu",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah laporan hasil audit, reviu dan evaluasi",
                        "10",
                        "laporan",
                        "Aplikasi pengawasan",
                    ),
                    _K(
                        "kualitas",
                        "Persentase laporan yang lolos kendali mutu tanpa revisi mayor",
                        "85",
                        "%",
                        "Lembar kendali mutu",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="output",
            ),
            _R(
                "generic.auditor.2",
                "Meningkatnya tindak lanjut rekomendasi hasil pengawasan oleh perangkat daerah",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah rekomendasi yang dipantau tindak lanjutnya",
                        "120",
                        "rekomendasi",
                        "Aplikasi pemantauan tindak lanjut",
                    ),
                    _K(
                        "kualitas",
                        "Persentase rekomendasi yang ditindaklanjuti",
                        "80",
                        "%",
                        "Aplikasi pemantauan tindak lanjut",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
        ),
        "ppupd": (
            _R(
                "generic.ppupd.1",
                "Tersedianya hasil pengawasan penyelenggaraan pemerintahan desa dengan rekomendasi perbaikan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah laporan hasil pengawasan pemerintahan desa",
                        "8",
                        "laporan",
                        "Laporan hasil pengawasan",
                    ),
                    _K(
                        "kualitas",
                        "Persentase rekomendasi yang diterima desa",
                        "80",
                        "%",
                        "Berita acara exit meeting",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="output",
            ),
            _R(
                "generic.ppupd.2",
                "Tertanganinya pengaduan masyarakat terkait penyelenggaraan urusan pemerintahan",
                "utama",
                "mph",
                None,
                (_K("kuantitas", "Jumlah pengaduan yang ditelaah", "12", "pengaduan", "Register pengaduan"),),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
        ),
        "perencana": (
            _R(
                "generic.perencana.1",
                "Tersusunnya dokumen perencanaan yang selaras dengan RPJMD dan Renstra",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah dokumen perencanaan yang disusun", "3", "dokumen", _SRC_SIPD),
                    _K(
                        "kualitas",
                        "Persentase program dan kegiatan yang selaras dengan RPJMD",
                        "95",
                        "%",
                        "Matriks keselarasan",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
            _R(
                "generic.perencana.2",
                "Tersedianya hasil pengendalian dan evaluasi capaian rencana pembangunan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah laporan pengendalian dan evaluasi",
                        "4",
                        "laporan",
                        "Laporan triwulan",
                    ),
                    _K(
                        "waktu",
                        "Jumlah hari penyampaian laporan setelah triwulan berakhir",
                        "15",
                        "hari",
                        "Tanda terima laporan",
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="output",
            ),
        ),
        "analis-kebijakan": (
            _R(
                "generic.analis-kebijakan.1",
                "Tersedianya rekomendasi kebijakan berbasis bukti yang dimanfaatkan pimpinan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah ringkasan kebijakan yang disampaikan",
                        "3",
                        "dokumen",
                        "Arsip policy brief",
                    ),
                    _K(
                        "kualitas",
                        "Persentase rekomendasi yang dimanfaatkan pimpinan",
                        "60",
                        "%",
                        "Disposisi pimpinan",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
            _R(
                "generic.analis-kebijakan.2",
                "Tersusunnya telaahan atas rancangan kebijakan daerah sebelum ditetapkan",
                "utama",
                "mph",
                None,
                (_K("kuantitas", "Jumlah telaahan rancangan kebijakan", "6", "telaahan", "Nota dinas"),),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
        ),
        "analis-sdm": (
            _R(
                "generic.analis-sdm.1",
                "Tersedianya layanan administrasi kepegawaian perangkat daerah yang tertib dan tepat waktu",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah usulan layanan kepegawaian yang diproses",
                        "80",
                        "usulan",
                        _SRC_SIASN,
                    ),
                    _K("kualitas", "Persentase usulan tanpa pengembalian berkas", "90", "%", _SRC_SIASN),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
            _R(
                "generic.analis-sdm.2",
                "Tersedianya data kepegawaian perangkat daerah yang mutakhir pada SIASN",
                "utama",
                "mph",
                None,
                (_K("kuantitas", "Persentase data pegawai yang dimutakhirkan", "95", "%", _SRC_SIASN),),
                method=_DL,
                approach="aspek",
                contribution="output",
            ),
        ),
        "pranata-komputer": (
            _R(
                "generic.pranata-komputer.1",
                "Layanan aplikasi dan jaringan perangkat daerah tersedia dengan gangguan minimal",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah tiket gangguan yang diselesaikan",
                        "150",
                        "tiket",
                        "Tiket layanan TIK",
                    ),
                    _K(
                        "kualitas",
                        "Persentase ketersediaan layanan aplikasi dan jaringan",
                        "97",
                        "%",
                        "Log pemantauan jaringan",
                    ),
                    _K("waktu", "Rata-rata waktu pemulihan gangguan", "4", "jam", "Tiket layanan TIK"),
                ),
                method=_DL,
                approach="aspek",
                contribution="layanan",
            ),
            _R(
                "generic.pranata-komputer.2",
                "Tersedianya modul aplikasi yang dikembangkan sesuai kebutuhan pengguna",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah modul aplikasi yang dirilis", "2", "modul", "Repositori kode"),
                    _K(
                        "kualitas",
                        "Persentase skenario uji penerimaan pengguna yang lulus",
                        "90",
                        "%",
                        "Berita acara UAT",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        "arsiparis": (
            _R(
                "generic.arsiparis.1",
                "Tertatanya arsip inaktif perangkat daerah sesuai jadwal retensi arsip",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah berkas arsip inaktif yang ditata",
                        "500",
                        "berkas",
                        "Daftar arsip inaktif",
                    ),
                    _K("kuantitas", "Jumlah daftar arsip yang diperbarui", "2", "daftar", "Daftar arsip"),
                ),
                method=_DL,
                approach="aspek",
                contribution="output",
            ),
            _R(
                "generic.arsiparis.2",
                "Arsip dinamis dapat ditemukan kembali dengan cepat melalui daftar arsip digital",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah berkas yang didaftarkan dalam daftar arsip digital",
                        "800",
                        "berkas",
                        "Aplikasi arsip digital",
                    ),
                    _K(
                        "waktu",
                        "Rata-rata waktu penemuan kembali arsip",
                        "10",
                        "menit",
                        "Uji petik penemuan arsip",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
        ),
        "pengelola-pbj": (
            _R(
                "generic.pengelola-pbj.1",
                "Terselesaikannya pemilihan penyedia barang/jasa sesuai jadwal dan ketentuan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah paket pemilihan penyedia yang diselesaikan",
                        "40",
                        "paket",
                        "SPSE",
                    ),
                    _K("waktu", "Persentase paket yang selesai sesuai jadwal", "90", "%", "SPSE"),
                ),
                method=_DL,
                approach="beban-target",
                contribution="output",
            ),
            _R(
                "generic.pengelola-pbj.2",
                "Meningkatnya efisiensi belanja melalui proses pemilihan penyedia",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah paket dengan harga kontrak di bawah HPS", "30", "paket", "SPSE"),
                    _K("biaya", "Persentase selisih nilai kontrak terhadap HPS", "5", "%", "SPSE"),
                ),
                method=_DL,
                approach="aspek",
                contribution="outcome",
            ),
        ),
        "analis-keuangan": (
            _R(
                "generic.analis-keuangan.1",
                "Tersusunnya analisis rancangan anggaran daerah yang akurat dan tepat waktu",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah dokumen analisis anggaran", "4", "dokumen", _SRC_SIPD),
                    _K(
                        "waktu",
                        "Jumlah hari penyampaian analisis sebelum pembahasan TAPD",
                        "3",
                        "hari",
                        "Jadwal TAPD",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
            _R(
                "generic.analis-keuangan.2",
                "Tersedianya laporan keuangan yang sesuai standar akuntansi pemerintahan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah laporan keuangan yang direviu",
                        "2",
                        "laporan",
                        "Catatan reviu laporan keuangan",
                    ),
                    _K(
                        "kualitas",
                        "Persentase akun yang lolos reviu tanpa koreksi",
                        "90",
                        "%",
                        "Catatan reviu laporan keuangan",
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="output",
            ),
        ),
        "bendahara": (
            _R(
                "generic.bendahara.1",
                "Tersedianya laporan pertanggungjawaban bendahara yang lengkap, sah dan tepat waktu",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah SPJ fungsional yang disampaikan", "12", "dokumen", _SRC_SIPD),
                    _K(
                        "waktu",
                        "Jumlah bulan SPJ disampaikan paling lambat tanggal 10",
                        "12",
                        "bulan",
                        "Tanda terima BPKAD",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="output",
            ),
            _R(
                "generic.bendahara.2",
                "Pajak atas belanja unit kerja disetor dan dilaporkan tepat waktu",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah bukti setor pajak yang direkam",
                        "150",
                        "bukti setor",
                        "Bukti penerimaan negara",
                    ),
                    _K(
                        "waktu", "Persentase setoran pajak yang tepat waktu", "98", "%", "Buku pembantu pajak"
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="output",
            ),
        ),
        "keuangan": (
            _R(
                "generic.keuangan.1",
                "Tersusunnya laporan keuangan unit kerja yang akurat dan tepat waktu",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah laporan keuangan yang disusun", "2", "laporan", _SRC_SIPD),
                    _K(
                        "kualitas",
                        "Persentase akun yang telah direkonsiliasi",
                        "95",
                        "%",
                        "Berita acara rekonsiliasi",
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="output",
            ),
            _R(
                "generic.keuangan.2",
                "Tersedianya verifikasi dokumen pencairan yang tuntas sebelum SP2D diajukan",
                "utama",
                "mph",
                None,
                (_K("kuantitas", "Jumlah dokumen pencairan yang diverifikasi", "300", "dokumen", _SRC_SIPD),),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
        ),
        "pranata-humas": (
            _R(
                "generic.pranata-humas.1",
                "Meningkatnya keterbukaan informasi kegiatan pemerintah daerah kepada publik",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah konten informasi publik yang dipublikasikan",
                        "150",
                        "konten",
                        "Kanal media sosial resmi",
                    ),
                    _K(
                        "kualitas",
                        "Persentase konten yang terbit pada hari kegiatan",
                        "85",
                        "%",
                        "Kanal media sosial resmi",
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="outcome",
            ),
            _R(
                "generic.pranata-humas.2",
                "Tersedianya rangkuman isu publik harian sebagai bahan respons pimpinan",
                "utama",
                "mph",
                None,
                (_K("kuantitas", "Jumlah rangkuman isu publik", "240", "rangkuman", "Arsip rangkuman isu"),),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        "statistisi": (
            _R(
                "generic.statistisi.1",
                "Tersedianya data statistik sektoral yang terstandar di portal Satu Data",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah dataset sektoral yang dipublikasikan",
                        "40",
                        "dataset",
                        "Portal Satu Data",
                    ),
                    _K(
                        "kualitas",
                        "Persentase dataset yang memenuhi standar data",
                        "85",
                        "%",
                        "Hasil pemeriksaan walidata",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="output",
            ),
            _R(
                "generic.statistisi.2",
                "Tersusunnya publikasi statistik sektoral daerah",
                "utama",
                "mph",
                None,
                (_K("kuantitas", "Jumlah publikasi statistik sektoral", "1", "publikasi", "Publikasi"),),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        "sandiman": (
            _R(
                "generic.sandiman.1",
                "Terjaminnya keamanan informasi dan persandian perangkat daerah",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah perangkat daerah yang menggunakan sertifikat elektronik",
                        "20",
                        "perangkat daerah",
                        "Aplikasi TTE",
                    ),
                    _K(
                        "waktu",
                        "Rata-rata waktu penanganan insiden keamanan informasi",
                        "24",
                        "jam",
                        "Log insiden",
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="outcome",
            ),
            _R(
                "generic.sandiman.2",
                "Tersedianya hasil penilaian kerentanan sistem elektronik milik daerah",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah sistem elektronik yang diuji kerentanannya",
                        "6",
                        "sistem",
                        "Laporan uji kerentanan",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        "polisi-pamong-praja": (
            _R(
                "generic.polisi-pamong-praja.1",
                "Terwujudnya ketertiban umum di wilayah patroli yang ditugaskan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah patroli ketertiban yang dilaporkan",
                        "96",
                        "kali",
                        "Laporan patroli",
                    ),
                    _K(
                        "kualitas",
                        "Persentase pelanggaran yang ditindaklanjuti sesuai SOP",
                        "85",
                        "%",
                        "Register pelanggaran",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
            _R(
                "generic.polisi-pamong-praja.2",
                "Berkurangnya pedagang kaki lima yang berjualan di kawasan tertib",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah pedagang kaki lima yang dibina dan direlokasi",
                        "60",
                        "orang",
                        "Register pembinaan",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
        ),
        "pemadam-kebakaran": (
            _R(
                "generic.pemadam-kebakaran.1",
                "Kejadian kebakaran di wilayah layanan ditangani dengan waktu tanggap paling lama 15 menit",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah kejadian kebakaran yang ditangani",
                        "40",
                        "kejadian",
                        "Laporan kejadian",
                    ),
                    _K(
                        "waktu",
                        "Persentase kejadian dengan waktu tanggap paling lama 15 menit",
                        "80",
                        "%",
                        "Laporan kejadian",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="layanan",
            ),
            _R(
                "generic.pemadam-kebakaran.2",
                "Sarana pemadam kebakaran dalam kondisi siap operasi",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah pemeriksaan harian sarana pemadam yang dicatat",
                        "240",
                        "kali",
                        "Lembar pemeriksaan harian",
                    ),
                    _K(
                        "kualitas",
                        "Persentase unit mobil pemadam yang siap operasi",
                        "90",
                        "%",
                        "Lembar pemeriksaan harian",
                    ),
                ),
                method=_DL,
                approach="aspek",
                contribution="output",
            ),
        ),
        "pekerja-sosial": (
            _R(
                "generic.pekerja-sosial.1",
                "Terpenuhinya rencana intervensi rehabilitasi sosial bagi penerima manfaat dampingan",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah penerima manfaat yang didampingi", "30", "orang", "Berkas kasus"),
                    _K(
                        "kualitas",
                        "Persentase kasus yang memiliki rencana intervensi",
                        "90",
                        "%",
                        "Berkas kasus",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="outcome",
            ),
            _R(
                "generic.pekerja-sosial.2",
                "Tersedianya asesmen sosial yang tepat waktu untuk kasus rujukan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah asesmen sosial yang diselesaikan",
                        "40",
                        "asesmen",
                        "Register rujukan",
                    ),
                    _K(
                        "waktu",
                        "Rata-rata waktu penyelesaian asesmen sejak rujukan diterima",
                        "3",
                        "hari",
                        "Register rujukan",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
        ),
        "penyuluh-sosial": (
            _R(
                "generic.penyuluh-sosial.1",
                "Terverifikasinya data keluarga penerima bantuan sosial di desa binaan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah keluarga yang diverifikasi",
                        "600",
                        "keluarga",
                        "Aplikasi SIKS-NG",
                    ),
                    _K(
                        "kualitas",
                        "Persentase data yang sesuai hasil kunjungan lapangan",
                        "95",
                        "%",
                        "Berita acara verifikasi",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="output",
            ),
            _R(
                "generic.penyuluh-sosial.2",
                "Meningkatnya potensi sumber kesejahteraan sosial yang aktif di desa binaan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah karang taruna dan relawan sosial yang dibina",
                        "6",
                        "lembaga",
                        "Laporan pembinaan",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
        ),
        "adminduk": (
            _R(
                "generic.adminduk.1",
                "Tersedianya database kependudukan yang bersih dari data ganda",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah data ganda yang diselesaikan", "1500", "data", "Aplikasi SIAK"),
                    _K("kualitas", "Persentase ketersediaan server SIAK", "98", "%", "Log server"),
                ),
                method=_DL,
                approach="aspek",
                contribution="output",
            ),
            _R(
                "generic.adminduk.2",
                "Tersedianya hak akses data kependudukan bagi lembaga pengguna sesuai perjanjian kerja sama",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah lembaga pengguna yang terhubung",
                        "10",
                        "lembaga",
                        "Perjanjian kerja sama",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
        ),
        "layanan-operasional": (
            _R(
                "generic.layanan-operasional.1",
                "Permohonan layanan yang diterima di loket diproses sesuai standar pelayanan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah permohonan layanan yang diproses",
                        "2400",
                        "permohonan",
                        "Aplikasi antrean dan register layanan",
                    ),
                    _K(
                        "waktu",
                        "Persentase permohonan yang selesai sesuai standar waktu",
                        "90",
                        "%",
                        "Register layanan",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="layanan",
            ),
            _R(
                "generic.layanan-operasional.2",
                "Tersedianya rekap layanan bulanan yang akurat sebagai bahan evaluasi standar pelayanan",
                "utama",
                "mph",
                None,
                (_K("kuantitas", "Jumlah rekap layanan bulanan", "12", "laporan", "Register layanan"),),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        "pengadministrasi": (
            _R(
                "generic.pengadministrasi.1",
                "Naskah dinas masuk dan keluar teragenda dan terdistribusi tepat waktu",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah naskah dinas yang diagendakan",
                        "900",
                        "naskah",
                        "Aplikasi Srikandi",
                    ),
                    _K(
                        "waktu",
                        "Persentase naskah dinas yang terdistribusi pada hari diterima",
                        "90",
                        "%",
                        "Aplikasi Srikandi",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
            _R(
                "generic.pengadministrasi.2",
                "Tersedianya rekap kehadiran pegawai bulanan yang akurat",
                "utama",
                "mph",
                None,
                (_K("kuantitas", "Jumlah rekap kehadiran bulanan", "12", "laporan", "Aplikasi presensi"),),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        "pengolah-data": (
            _R(
                "generic.pengolah-data.1",
                "Tersedianya data dan informasi unit kerja yang terolah dan siap digunakan pimpinan",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah laporan hasil pengolahan data", "12", "laporan", "Arsip laporan"),
                    _K(
                        "kualitas",
                        "Persentase data tanpa kesalahan input pada uji petik",
                        "95",
                        "%",
                        "Uji petik data",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
            _R(
                "generic.pengolah-data.2",
                "Tersedianya basis data kegiatan bidang yang mutakhir",
                "utama",
                "mph",
                None,
                (_K("kuantitas", "Jumlah pembaruan basis data", "12", "kali", "Riwayat pembaruan"),),
                method=_DL,
                approach="aspek",
                contribution="output",
            ),
        ),
        "pengelola-umum": (
            _R(
                "generic.pengelola-umum.1",
                "Sarana, prasarana dan kendaraan operasional terpelihara dalam kondisi siap pakai",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah sarana dan kendaraan yang dipelihara",
                        "10",
                        "unit",
                        "Kartu pemeliharaan",
                    ),
                    _K("kualitas", "Persentase sarana dalam kondisi baik", "90", "%", "Lembar pemeriksaan"),
                ),
                method=_DL,
                approach="beban-target",
                contribution="output",
            ),
            _R(
                "generic.pengelola-umum.2",
                "Tersedianya dukungan logistik kegiatan kantor yang siap tepat waktu",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah kegiatan yang didukung logistiknya",
                        "40",
                        "kegiatan",
                        "Jadwal kegiatan",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
        ),
        "penelaah-kebijakan": (
            _R(
                "generic.penelaah-kebijakan.1",
                "Tersedianya telaahan teknis atas permasalahan bidang tugas sebagai bahan keputusan atasan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah telaahan teknis yang disampaikan",
                        "12",
                        "telaahan",
                        "Arsip nota dinas",
                    ),
                    _K("waktu", "Rata-rata waktu penyusunan telaahan", "5", "hari", "Register disposisi"),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
            _R(
                "generic.penelaah-kebijakan.2",
                "Tersedianya bahan rapat dan notula yang lengkap untuk pimpinan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah bahan rapat dan notula yang disiapkan",
                        "24",
                        "dokumen",
                        "Arsip notula",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
        ),
        "teknik-sipil": (
            _R(
                "generic.teknik-sipil.1",
                "Tersedianya dokumen perencanaan teknis yang memenuhi standar",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah dokumen perencanaan teknis yang direviu",
                        "4",
                        "dokumen",
                        "Dokumen DED",
                    ),
                    _K(
                        "kualitas",
                        "Persentase dokumen yang lolos reviu tanpa perbaikan mayor",
                        "80",
                        "%",
                        "Berita acara reviu",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
            _R(
                "generic.teknik-sipil.2",
                "Pekerjaan konstruksi yang diawasi selesai sesuai mutu dan jadwal kontrak",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas", "Jumlah paket pekerjaan yang diawasi", "6", "paket", "Laporan pengawasan"
                    ),
                    _K(
                        "waktu",
                        "Persentase paket yang selesai tepat waktu",
                        "90",
                        "%",
                        "Berita acara serah terima",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="outcome",
            ),
        ),
        "penata-ruang": (
            _R(
                "generic.penata-ruang.1",
                "Tersedianya pertimbangan teknis kesesuaian kegiatan pemanfaatan ruang yang tepat waktu",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah pertimbangan teknis yang diterbitkan",
                        "120",
                        "dokumen",
                        "Aplikasi GISTARU",
                    ),
                    _K(
                        "waktu",
                        "Persentase pertimbangan yang terbit paling lama 5 hari kerja",
                        "90",
                        "%",
                        "Register permohonan",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
            _R(
                "generic.penata-ruang.2",
                "Terpantaunya pemanfaatan ruang yang tidak sesuai rencana tata ruang",
                "utama",
                "mph",
                None,
                (_K("kuantitas", "Jumlah lokasi yang dipantau", "30", "lokasi", "Laporan pemantauan"),),
                method=_DL,
                approach="wilayah",
                contribution="output",
            ),
        ),
        "lingkungan-hidup": (
            _R(
                "generic.lingkungan-hidup.1",
                "Terpantaunya kualitas air sungai dan udara ambien pada titik pemantauan",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah titik pemantauan yang diuji",
                        "12",
                        "titik",
                        "Laporan hasil uji laboratorium",
                    ),
                    _K("kuantitas", "Jumlah laporan pemantauan", "4", "laporan", "Laporan pemantauan"),
                ),
                method=_DL,
                approach="aspek",
                contribution="output",
            ),
            _R(
                "generic.lingkungan-hidup.2",
                "Usaha dan kegiatan wajib persetujuan lingkungan diawasi ketaatannya",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah usaha dan kegiatan yang diawasi",
                        "30",
                        "usaha",
                        "Berita acara pengawasan",
                    ),
                    _K(
                        "kualitas",
                        "Persentase usaha yang menindaklanjuti temuan pengawasan",
                        "70",
                        "%",
                        "Laporan tindak lanjut",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="outcome",
            ),
        ),
        "penguji-kendaraan": (
            _R(
                "generic.penguji-kendaraan.1",
                "Kendaraan wajib uji yang diperiksa memperoleh hasil uji laik jalan yang akurat",
                "utama",
                "mph",
                None,
                (
                    _K("kuantitas", "Jumlah kendaraan yang diuji", "3000", "kendaraan", "Aplikasi BLUe"),
                    _K("kualitas", "Persentase hasil uji yang terekam lengkap", "95", "%", "Aplikasi BLUe"),
                ),
                method=_DL,
                approach="beban-target",
                contribution="layanan",
            ),
            _R(
                "generic.penguji-kendaraan.2",
                "Peralatan pengujian kendaraan terkalibrasi dan siap digunakan",
                "utama",
                "mph",
                None,
                (_K("kuantitas", "Jumlah alat uji yang terkalibrasi", "8", "alat", "Sertifikat kalibrasi"),),
                method=_DL,
                approach="aspek",
                contribution="output",
            ),
        ),
        "perancang-peraturan": (
            _R(
                "generic.perancang-peraturan.1",
                "Tersusunnya rancangan produk hukum daerah yang harmonis dan tepat waktu",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah rancangan peraturan bupati yang disusun",
                        "15",
                        "rancangan",
                        "Register produk hukum",
                    ),
                    _K(
                        "kualitas",
                        "Persentase rancangan yang lolos fasilitasi tanpa perbaikan substansi",
                        "80",
                        "%",
                        "Catatan fasilitasi",
                    ),
                ),
                method=_DL,
                approach="beban-target",
                contribution="output",
            ),
            _R(
                "generic.perancang-peraturan.2",
                "Tersedianya hasil harmonisasi rancangan peraturan daerah",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah rancangan yang diharmonisasi",
                        "6",
                        "rancangan",
                        "Berita acara harmonisasi",
                    ),
                ),
                method=_TL,
                approach="output-antara",
                contribution="output",
            ),
        ),
        "penanggulangan-bencana": (
            _R(
                "generic.penanggulangan-bencana.1",
                "Meningkatnya kesiapsiagaan desa rawan bencana melalui pembentukan desa tangguh bencana",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah desa tangguh bencana yang dibentuk",
                        "3",
                        "desa",
                        "Keputusan pembentukan destana",
                    ),
                    _K(
                        "kualitas",
                        "Persentase desa tangguh yang memiliki rencana kontinjensi",
                        "80",
                        "%",
                        "Dokumen rencana kontinjensi",
                    ),
                ),
                method=_DL,
                approach="wilayah",
                contribution="outcome",
            ),
            _R(
                "generic.penanggulangan-bencana.2",
                "Kejadian bencana dikaji cepat paling lama 24 jam sejak laporan diterima",
                "utama",
                "mph",
                None,
                (
                    _K(
                        "kuantitas",
                        "Jumlah kejadian bencana yang dikaji cepat",
                        "20",
                        "kejadian",
                        "Laporan kaji cepat",
                    ),
                    _K(
                        "waktu",
                        "Persentase kaji cepat yang selesai paling lama 24 jam",
                        "90",
                        "%",
                        "Laporan Pusdalops",
                    ),
                ),
                method=_TL,
                approach="layanan",
                contribution="layanan",
            ),
        ),
    }
)

# Badly worded RHK as they appear in real drafts: activities, categories and process-only phrases
# (R-PHRASING L1, L2, L4). Used for coaching demos and linter examples.
ACTIVITY_PHRASED_RHK: tuple[str, ...] = (
    "Menyusun laporan keuangan",
    "Monitoring dan evaluasi",
    "Melaksanakan rapat koordinasi",
    "Terlaksananya sosialisasi",
    "Melakukan verifikasi berkas usulan kenaikan pangkat",
    "Menginput data pegawai ke SIASN",
    "Mengikuti bimbingan teknis penyusunan SKP",
    "Menghadiri undangan rapat dari perangkat daerah lain",
    "Membantu pimpinan dalam pelaksanaan tugas kantor",
    "Mengarsipkan surat masuk dan surat keluar",
    "Pelayanan administrasi",
    "Koordinasi dengan OPD",
    "Terselenggaranya kegiatan bimtek",
    "Memfasilitasi kegiatan musyawarah perencanaan pembangunan",
    "Membuat laporan bulanan",
    "Pembinaan pegawai",
    "Melaksanakan tugas lain yang diberikan atasan",
    "Mengelola barang persediaan kantor",
)

# The same kinds of work worded as results (R-PHRASING L3).
RESULT_PHRASED_RHK: tuple[str, ...] = (
    "Tersusunnya laporan keuangan perangkat daerah yang andal dan tepat waktu",
    "Usulan kenaikan pangkat ASN diproses lengkap sebelum batas periode",
    "Meningkatnya kepatuhan perangkat daerah dalam penetapan SKP tepat waktu",
    "Menurunnya jumlah berkas layanan kepegawaian yang dikembalikan karena tidak lengkap",
    "Tersedianya data kepegawaian pada SIASN yang mutakhir dan valid",
    "Perangkat daerah menggunakan aplikasi naskah dinas elektronik untuk seluruh surat keluar",
    "Permohonan izin usaha diproses paling lama 3 hari kerja",
    "Rekomendasi hasil pengawasan ditindaklanjuti perangkat daerah sesuai batas waktu",
    "Berkurangnya keluhan masyarakat atas layanan administrasi kependudukan",
    "Peserta pelatihan mampu menyusun SKP dengan cascading yang benar",
    "Hasil analisis kebutuhan anggaran disampaikan kepada TAPD tepat waktu",
    "Tidak ada dokumen usulan pensiun yang hilang selama proses verifikasi",
    "Terselesaikannya penanganan pengaduan masyarakat paling lama 5 hari kerja",
    "Tertatanya arsip inaktif sesuai jadwal retensi sehingga mudah ditemukan kembali",
    "Meningkatnya persentase balita yang ditimbang di posyandu binaan",
    "Persediaan barang kantor tercatat akurat dan sesuai stok fisik",
    "Kebutuhan pelatihan pegawai terpetakan berdasarkan kesenjangan kompetensi",
)

# Ekspektasi khusus pimpinan per core value (R-BERAKHLAK): free text, set in planning.
EKSPEKTASI_KHUSUS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "berorientasi-pelayanan": (
            "Menanggapi pertanyaan pengelola kepegawaian perangkat daerah paling lambat 1 hari kerja",
            "Memberitahukan status usulan layanan kepada pemohon tanpa harus ditanya",
            "Mengusulkan paling sedikit satu perbaikan alur layanan dalam satu semester",
        ),
        "akuntabel": (
            "Mengunggah bukti dukung capaian kinerja paling lambat tanggal 5 bulan berikutnya",
            "Menggunakan kendaraan dan peralatan dinas hanya untuk keperluan kedinasan",
            "Melaporkan kepada atasan bila target berisiko tidak tercapai, bukan di akhir periode",
        ),
        "kompeten": (
            "Menyelesaikan paling sedikit 20 jam pelajaran pengembangan kompetensi dalam setahun",
            "Membagikan materi pelatihan yang diikuti kepada rekan satu tim",
            "Menguasai fitur baru SIASN yang relevan dengan tugasnya",
        ),
        "harmonis": (
            "Menjaga komunikasi yang santun di grup percakapan kantor",
            "Membantu rekan kerja yang beban pekerjaannya meningkat menjelang batas waktu",
        ),
        "loyal": (
            "Menjaga kerahasiaan data pribadi ASN dan dokumen seleksi jabatan",
            "Tidak menyebarkan informasi internal yang belum resmi melalui media sosial",
            "Mendukung keputusan pimpinan yang telah ditetapkan walaupun berbeda pendapat saat pembahasan",
        ),
        "adaptif": (
            "Menggunakan tanda tangan elektronik untuk naskah dinas yang menjadi kewenangannya",
            "Menyesuaikan cara kerja dengan perubahan regulasi paling lambat satu bulan setelah terbit",
            "Mencoba cara kerja baru yang mempercepat layanan tanpa menunggu perintah",
        ),
        "kolaboratif": (
            "Berbagi data dengan bidang lain melalui folder kerja bersama, bukan salinan pribadi",
            "Melibatkan pengelola kepegawaian perangkat daerah dalam uji coba layanan baru",
            "Hadir dan berkontribusi aktif pada rapat tim lintas bidang",
        ),
    }
)

# Lampiran SKP (R-SKP-CONTENT, R-FORM-RENCANA item 5).
LAMPIRAN: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "sumber-daya": (
            "Akses aplikasi SIASN dan e-Kinerja sesuai kewenangan jabatan",
            "Anggaran kegiatan sesuai DPA perangkat daerah tahun berjalan",
            "Laptop, printer dan jaringan internet kantor",
            "Dukungan tim kerja dan pejabat fungsional di bidang",
            "Kendaraan operasional untuk kunjungan ke perangkat daerah dan lapangan",
            "Pelatihan teknis yang relevan dengan target kinerja",
            "Data dan dokumen pendukung dari perangkat daerah mitra",
        ),
        "skema-pertanggungjawaban": (
            (
                "Realisasi dan bukti dukung diunggah ke aplikasi kinerja paling lambat tanggal 5 bulan "
                "berikutnya"
            ),
            "Capaian kinerja dilaporkan kepada atasan langsung tiap triwulan melalui dialog kinerja",
            "Hambatan pencapaian target disampaikan kepada atasan segera setelah diketahui",
            "Laporan akhir tahun disampaikan paling lambat minggu kedua bulan Januari tahun berikutnya",
            "Penggunaan anggaran dipertanggungjawabkan sesuai ketentuan pengelolaan keuangan daerah",
        ),
        "konsekuensi": (
            (
                "Capaian di atas ekspektasi menjadi pertimbangan dalam pemberian penghargaan dan "
                "pengembangan karier"
            ),
            "Capaian di bawah ekspektasi ditindaklanjuti dengan bimbingan kinerja dan rencana perbaikan",
            "Predikat kinerja menjadi dasar pembayaran tambahan penghasilan pegawai sesuai Peraturan Bupati",
            "Predikat kinerja dikonversi menjadi angka kredit bagi pejabat fungsional",
            "Predikat kinerja menjadi salah satu pertimbangan dalam pengisian jabatan dan manajemen talenta",
        ),
    }
)

# Umpan balik berkelanjutan berdasarkan bukti dukung, as an atasan writes it (R-LIFECYCLE, R-FORM-EVALUASI).
FEEDBACK_TEXTS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "positif": (
            (
                "Rekap usulan yang diunggah lengkap dan rapi, terima kasih sudah menyertakan tanda terima "
                "dari BKN."
            ),
            "Laporan triwulan masuk sebelum batas waktu dan datanya sesuai dengan SIASN. Pertahankan.",
            (
                "Bagus, jumlah berkas yang dikembalikan turun dibanding triwulan lalu. Catatan verifikasinya "
                "membantu OPD."
            ),
            (
                "Pendampingan ke perangkat daerah binaan terlihat hasilnya: SKP yang masuk sudah memakai "
                "kalimat hasil."
            ),
            (
                "Terima kasih sudah berinisiatif membuat daftar periksa kelengkapan berkas; tim lain bisa "
                "ikut memakai."
            ),
            (
                "Bukti dukung foto dan daftar hadir sudah cukup menunjukkan capaian, tidak perlu ditambah "
                "dokumen lain."
            ),
            (
                "Penyelesaian layanan pensiun bulan ini semuanya sebelum TMT. Kerja sama dengan BKN berjalan "
                "baik."
            ),
            (
                "Penjelasan kepada pemohon melalui telepon sangat jelas, tidak ada keluhan yang masuk ke "
                "kanal pengaduan."
            ),
            (
                "Analisis capaian sudah menyebut penyebab dan usulan tindak lanjut, bukan hanya angka. Ini "
                "yang diharapkan."
            ),
            "Arsip yang ditata bulan ini bisa saya temukan kembali dalam beberapa menit saat pemeriksaan.",
        ),
        "perbaikan": (
            (
                "Bukti dukung belum menunjukkan jumlah usulan yang diproses; lampirkan rekap dari aplikasi, "
                "bukan hanya foto."
            ),
            (
                "Realisasi ditulis 100% tetapi tanda terima baru untuk dua bulan. Mohon dilengkapi sebelum "
                "evaluasi."
            ),
            (
                "Laporan terlambat satu minggu dari jadwal. Bila ada kendala data, sampaikan lebih awal agar "
                "bisa dibantu."
            ),
            (
                "Beberapa berkas masih dikembalikan karena SK terakhir tidak dilampirkan; gunakan daftar "
                "periksa sebelum dikirim."
            ),
            (
                "Capaian kuantitas sudah tercapai, tetapi kualitasnya belum terlihat. Tambahkan hasil uji "
                "petik data."
            ),
            (
                "Nama file bukti dukung belum konsisten sehingga sulit dicari; gunakan pola "
                "jenis_kegiatan_bulan."
            ),
            (
                "Rencana aksi bulan ini belum bergerak. Kita jadwalkan dialog kinerja minggu depan untuk "
                "membahas hambatannya."
            ),
            (
                "Notula rapat belum memuat keputusan dan penanggung jawab tindak lanjut; mohon diperbaiki "
                "pada rapat berikutnya."
            ),
            "Data yang dilaporkan berbeda dengan dasbor; cek kembali sumber data sebelum diunggah.",
            (
                "Target pendampingan baru tercapai separuh. Prioritaskan perangkat daerah yang belum "
                "menetapkan SKP."
            ),
        ),
    }
)

# Bukti dukung file names (R-LIFECYCLE: pendokumentasian kinerja).
EVIDENCE_NAMES: tuple[str, ...] = (
    "Laporan_Rekap_Absensi_TW1.pdf",
    "Laporan_Rekap_Absensi_TW2.pdf",
    "SK_Kenaikan_Pangkat_April.pdf",
    "SK_Kenaikan_Pangkat_Oktober.pdf",
    "Foto_Kegiatan_Bimtek.jpg",
    "Daftar_Hadir_Coaching_Clinic_SKP.pdf",
    "Notula_Rapat_Koordinasi_Kepegawaian.docx",
    "Rekap_Usulan_Pensiun_Januari.xlsx",
    "Tanda_Terima_LKjIP_2024.pdf",
    "Screenshot_SIASN_Pemutakhiran_Data.png",
    "Berita_Acara_Verifikasi_Berkas.pdf",
    "Laporan_Realisasi_Anggaran_Semester1.pdf",
    "SPJ_Fungsional_Maret.pdf",
    "Sertifikat_Pelatihan_Analis_Kebijakan.pdf",
    "Rekap_Predikat_Kinerja_TW3.xlsx",
    "Undangan_Seleksi_Terbuka_JPT.pdf",
    "Laporan_Hasil_Asesmen_Kompetensi.pdf",
    "Daftar_Arsip_Inaktif_2019.xlsx",
    "Surat_Usulan_Satyalancana.pdf",
    "Dokumen_Renja_BKPSDM_2025.pdf",
    "Perjanjian_Kinerja_2025_Ditandatangani.pdf",
    "Foto_Donor_Darah_PMI.jpg",
    "Log_Uptime_Aplikasi_Mei.csv",
    "Rekap_Layanan_Loket_Juni.xlsx",
    "Laporan_Supervisi_Akademik_Semester_Ganjil.pdf",
    "Kohort_Ibu_Posyandu_Melati.xlsx",
    "Laporan_Patroli_Ketertiban_Minggu_2.pdf",
    "Berita_Acara_Rekonsiliasi_Aset.pdf",
)

# Progress notes a pegawai writes next to a realisation.
PROGRESS_NOTES: tuple[str, ...] = (
    "Realisasi sesuai rencana aksi bulan ini; bukti dukung sudah diunggah.",
    "Sebagian berkas usulan belum lengkap dari OPD, sudah dikirim surat permintaan kelengkapan.",
    "Target triwulan tercapai lebih awal karena usulan masuk serentak pada awal periode.",
    "Menunggu persetujuan teknis dari BKN, proses berjalan di luar kendali unit.",
    "Aplikasi sempat tidak dapat diakses dua hari; pekerjaan dikejar pada minggu berikutnya.",
    "Data sudah divalidasi bersama pengelola kepegawaian OPD dalam pertemuan daring.",
    "Dokumen rancangan sudah disampaikan kepada atasan dan sedang menunggu koreksi.",
    "Kegiatan pelatihan diundur ke bulan depan menyesuaikan jadwal narasumber.",
    "Capaian kualitas turun karena banyak berkas dikembalikan; daftar periksa sedang diperbaiki.",
    "Seluruh laporan bulan ini sudah diterima atasan tanpa catatan perbaikan.",
    "Koordinasi dengan Inspektorat untuk tindak lanjut temuan sudah dijadwalkan.",
    "Realisasi anggaran masih rendah karena proses pengadaan belum selesai.",
    "Pendampingan dilakukan di tiga perangkat daerah; dua lainnya dijadwalkan minggu depan.",
    "Rekap sudah dikirim melalui aplikasi naskah dinas dan tercatat di agenda.",
    "Terdapat perbedaan data antara SIMPEG dan SIASN, sedang ditelusuri dengan operator.",
    "Target tahunan diperkirakan tercapai pada triwulan III.",
)
