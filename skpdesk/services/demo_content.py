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
  ``f"{name} {instance_names[i]}"`` when ``instance_names`` has enough entries, else
  ``f"{name} {i + 1}"``; the same suffix may be appended to ``head_title`` ("Camat Cibening").
  With weight x1 and repeats as given the tree holds about 650 positions, more than half of them
  teachers and health workers.
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
                StaffTemplate("Perancang Peraturan Perundang-undangan", "ahli-pertama", 1, "perancang-peraturan"),
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
            staff=(StaffTemplate("Penata Penanggulangan Bencana", "ahli-pertama", 1, "penanggulangan-bencana"),),
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
            _I("Nilai evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)", "70", "nilai", "kualitas"),
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
                    _I("Persentase ASN yang memperoleh pengembangan kompetensi minimal 20 jam pelajaran", "80", "%"),
                    _I("Persentase ASN yang memenuhi standar kompetensi jabatan", "60", "%"),
                ),
                "penerima-layanan",
                10,
            ),
            _G(  # goal:BKPSDM:1
                "Meningkatnya kualitas layanan administrasi kepegawaian",
                (
                    _I("Persentase layanan kepegawaian yang diselesaikan sesuai standar waktu", "90", "%", "waktu"),
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
                    _I("Persentase kejadian kebakaran yang direspons paling lama 15 menit", "80", "%", "waktu"),
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
                text="Meningkatnya kompetensi ASN Pemerintah Kabupaten Sukamaju sesuai standar kompetensi jabatan",
                jenis="utama",
                source="pk",
                parent_key="goal:BKPSDM:0",
                perspektif="penerima-layanan",
                indicators=(
                    _K("kuantitas", "Persentase ASN yang memperoleh pengembangan kompetensi minimal 20 JP", "80", "%", _SRC_SIASN),
                    _K("kualitas", "Persentase ASN yang memenuhi standar kompetensi jabatan", "60", "%", "Laporan penilaian kompetensi"),
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
                    _K("waktu", "Persentase layanan kepegawaian yang diselesaikan sesuai standar waktu", "90", "%", _SRC_SIMPEG),
                    _K("kualitas", "Indeks kepuasan ASN terhadap layanan kepegawaian", "82", "nilai", "Survei kepuasan layanan"),
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
                    _K("kualitas", "Nilai Indeks Sistem Merit", "275", "poin", "Hasil penilaian mandiri sistem merit"),
                    _K("kuantitas", "Persentase jabatan lowong yang diisi melalui seleksi atau uji kompetensi", "90", "%", "Keputusan Bupati tentang pengangkatan dalam jabatan"),
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
                    _K("kualitas", "Persentase ASN dengan predikat kinerja minimal Baik", "87", "%", _SRC_EKIN),
                    _K("kuantitas", "Persentase kasus pelanggaran disiplin yang diselesaikan sesuai ketentuan", "85", "%", "Register kasus disiplin"),
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
                    _K("kualitas", "Nilai evaluasi akuntabilitas kinerja BKPSDM", "72", "nilai", "Laporan hasil evaluasi AKIP oleh Inspektorat"),
                    _K("kuantitas", "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti", "90", "%", "Laporan tindak lanjut hasil pemeriksaan"),
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
                    _K("kualitas", "Persentase kesesuaian realisasi belanja dengan rencana penarikan dana", "90", "%", _SRC_SIPD),
                ),
            ),
            _R(
                key="bkpsdm.kepala.7",
                text="Meningkatnya kapasitas kepemimpinan dalam penerapan manajemen talenta ASN",
                jenis="tambahan",
                source="pengembangan-kompetensi",
                parent_key=None,
                indicators=(_K("kuantitas", "Jumlah jam pelajaran pelatihan manajemen talenta yang diikuti", "20", "JP", "Sertifikat pelatihan"),),
            ),
            _R(
                key="bkpsdm.kepala.8",
                text="Terdampinginya keluarga berisiko stunting sebagai orang tua asuh anak stunting",
                jenis="tambahan",
                source="keterlibatan-masyarakat",
                parent_key=None,
                indicators=(_K("kuantitas", "Jumlah keluarga berisiko stunting yang didampingi", "2", "keluarga", "Laporan Tim Percepatan Penurunan Stunting"),),
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
                text="Tersedianya dokumen perencanaan, pengukuran dan pelaporan kinerja BKPSDM yang tepat waktu dan berkualitas",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.5",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K("kuantitas", "Jumlah dokumen perencanaan dan pelaporan kinerja yang ditetapkan", "7", "dokumen", "Arsip dokumen Renja, RKA, PK, LKjIP"),
                    _K("kualitas", "Persentase rekomendasi evaluasi AKIP tahun lalu yang ditindaklanjuti", "90", "%", "Laporan hasil evaluasi AKIP"),
                    _K("waktu", "Jumlah bulan dokumen kinerja disampaikan sesuai jadwal", "12", "bulan", "Tanda terima penyampaian dokumen"),
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
                    _K("kualitas", "Persentase SPJ yang dinyatakan lengkap dan sah pada verifikasi pertama", "90", "%", "Register verifikasi SPJ"),
                ),
            ),
            _R(
                key="bkpsdm.sekretaris.3",
                text="Terpenuhinya layanan umum, kepegawaian internal dan sarana prasarana yang menunjang kinerja BKPSDM",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.5",
                method="tidak-langsung",
                approach="layanan",
                contribution="layanan",
                indicators=(
                    _K("kuantitas", "Persentase permintaan layanan umum dan kepegawaian internal yang diselesaikan", "90", "%", "Buku register layanan internal"),
                    _K("kualitas", "Indeks kepuasan pegawai BKPSDM terhadap layanan kesekretariatan", "80", "nilai", "Survei internal"),
                ),
            ),
            _R(
                key="bkpsdm.sekretaris.4",
                text="Terkumpulnya darah dari pegawai BKPSDM melalui donor darah bersama PMI",
                jenis="tambahan",
                source="keterlibatan-masyarakat",
                parent_key=None,
                indicators=(_K("kuantitas", "Jumlah kantong darah yang terkumpul", "60", "kantong", "Surat keterangan PMI"),),
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
                text="Tersedianya layanan administrasi kepegawaian internal BKPSDM yang tertib dan tepat waktu",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.sekretaris.3",
                method="langsung",
                approach="aspek",
                contribution="layanan",
                indicators=(
                    _K("kuantitas", "Jumlah usulan layanan kepegawaian internal yang diproses", "40", "usulan", _SRC_SIMPEG),
                    _K("waktu", "Persentase usulan yang diproses sesuai standar waktu", "90", "%", _SRC_SIMPEG),
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
                    _K("kualitas", "Persentase sarana prasarana kantor dalam kondisi baik", "90", "%", "Kartu inventaris barang"),
                    _K("kuantitas", "Jumlah laporan pemeliharaan barang milik daerah", "4", "laporan", "Laporan triwulan BMD"),
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
                    _K("kuantitas", "Jumlah berkas arsip yang tertata sesuai klasifikasi", "600", "berkas", "Daftar arsip"),
                    _K("kualitas", "Persentase naskah dinas yang dikirim melalui aplikasi naskah dinas elektronik", "85", "%", "Aplikasi Srikandi"),
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
                    _K("kuantitas", "Jumlah laporan rekapitulasi kehadiran dan cuti", "12", "laporan", "Mesin presensi dan aplikasi presensi daring"),
                    _K("waktu", "Jumlah bulan rekapitulasi disampaikan paling lambat tanggal 5 bulan berikutnya", "12", "bulan", "Tanda terima rekapitulasi"),
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
                    _K("kuantitas", "Jumlah naskah dinas yang teregistrasi", "1200", "naskah", "Aplikasi Srikandi"),
                    _K("waktu", "Persentase naskah dinas yang terdistribusi pada hari diterima", "95", "%", "Aplikasi Srikandi"),
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
                    _K("kuantitas", "Jumlah kendaraan dinas yang diservis sesuai jadwal", "6", "unit", "Kartu servis kendaraan"),
                    _K("kualitas", "Persentase peralatan kantor yang berfungsi baik", "90", "%", "Laporan pemeriksaan peralatan"),
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
                    _K("kuantitas", "Jumlah kegiatan yang didukung kebutuhan ruang dan logistiknya", "48", "kegiatan", "Jadwal penggunaan ruang rapat"),
                    _K("kualitas", "Jumlah keluhan penyelenggara kegiatan atas kesiapan ruang", "2", "keluhan", "Catatan keluhan"),
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
                    _K("kuantitas", "Jumlah berkas arsip inaktif yang ditata dan didaftar", "400", "berkas", "Daftar arsip inaktif"),
                    _K("waktu", "Jumlah bulan penyelesaian penataan arsip inaktif", "10", "bulan", "Berita acara penataan arsip"),
                ),
            ),
            _R(
                key="bkpsdm.umpeg-arsiparis.2",
                text="Arsip kepegawaian ASN tersimpan dalam bentuk digital dan dapat ditemukan kembali dengan cepat",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kasubbag-umpeg.3",
                method="tidak-langsung",
                approach="layanan",
                contribution="layanan",
                indicators=(
                    _K("kuantitas", "Jumlah berkas kepegawaian yang dialihmediakan", "1500", "berkas", "Aplikasi arsip digital kepegawaian"),
                    _K("waktu", "Rata-rata waktu penemuan kembali arsip kepegawaian", "10", "menit", "Uji petik penemuan arsip"),
                ),
            ),
            _R(
                key="bkpsdm.umpeg-arsiparis.3",
                text="Meningkatnya kompetensi pengelolaan arsip dinamis melalui pelatihan teknis kearsipan",
                jenis="tambahan",
                source="pengembangan-kompetensi",
                parent_key=None,
                indicators=(_K("kuantitas", "Jumlah jam pelajaran pelatihan kearsipan yang diikuti", "24", "JP", "Sertifikat pelatihan"),),
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
                text="Tersusunnya dokumen perencanaan kinerja dan anggaran BKPSDM (Renja, RKA, DPA, Perjanjian Kinerja) tepat waktu",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.sekretaris.1",
                method="langsung",
                approach="aspek",
                contribution="output",
                indicators=(
                    _K("kuantitas", "Jumlah dokumen perencanaan kinerja dan anggaran yang ditetapkan", "4", "dokumen", _SRC_SIPD),
                    _K("waktu", "Persentase dokumen yang disampaikan sesuai jadwal TAPD", "100", "%", "Surat penyampaian dokumen"),
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
                    _K("kuantitas", "Jumlah laporan kinerja dan keuangan yang disampaikan", "7", "laporan", "Tanda terima laporan"),
                    _K("kualitas", "Persentase laporan yang diterima tanpa perbaikan", "85", "%", "Catatan reviu BPKAD dan Inspektorat"),
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
                    _K("kualitas", "Persentase SPJ yang lengkap dan sah", "95", "%", "Register verifikasi SPJ"),
                    _K("kuantitas", "Jumlah temuan administrasi keuangan dari pemeriksa", "2", "temuan", "Laporan hasil pemeriksaan"),
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
                text="Tersedianya rancangan Renja, RKA dan Perjanjian Kinerja BKPSDM yang selaras dengan Renstra",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kasubbag-renkeu.1",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K("kuantitas", "Jumlah rancangan dokumen perencanaan yang disusun", "3", "dokumen", _SRC_SIPD),
                    _K("kualitas", "Persentase kegiatan dalam rancangan Renja yang selaras dengan Renstra", "95", "%", "Matriks keselarasan Renja-Renstra"),
                ),
            ),
            _R(
                key="bkpsdm.renkeu-perencana.2",
                text="Tersedianya analisis capaian kinerja triwulanan BKPSDM sebagai bahan keputusan pimpinan",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kasubbag-renkeu.2",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K("kuantitas", "Jumlah laporan analisis capaian kinerja", "4", "laporan", "Laporan triwulan"),
                    _K("waktu", "Jumlah hari penyampaian laporan setelah triwulan berakhir", "10", "hari", "Tanda terima laporan"),
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
                    _K("kuantitas", "Jumlah SPJ fungsional yang disampaikan ke BPKAD", "12", "dokumen", _SRC_SIPD),
                    _K("waktu", "Jumlah bulan SPJ disampaikan paling lambat tanggal 10 bulan berikutnya", "12", "bulan", "Tanda terima BPKAD"),
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
                    _K("kuantitas", "Jumlah bukti setor pajak yang direkam", "150", "bukti setor", "Bukti penerimaan negara"),
                    _K("waktu", "Persentase setoran pajak yang tepat waktu", "98", "%", "Buku pembantu pajak"),
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
                    _K("kualitas", "Persentase akun yang telah direkonsiliasi dengan BPKAD", "95", "%", "Berita acara rekonsiliasi"),
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
                    _K("kualitas", "Persentase aset yang tercatat sesuai kondisi fisik", "95", "%", "Berita acara inventarisasi"),
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
                text="Terselesaikannya pengadaan ASN (CPNS dan PPPK) sesuai kebutuhan formasi yang ditetapkan",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.3",
                method="langsung",
                approach="aspek",
                contribution="outcome",
                indicators=(
                    _K("kuantitas", "Persentase formasi ASN yang terisi", "90", "%", "Pengumuman hasil seleksi"),
                    _K("waktu", "Jumlah bulan penyelesaian usul penetapan NIP sejak pengumuman kelulusan", "3", "bulan", _SRC_SIASN),
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
                    _K("kuantitas", "Jumlah usulan pensiun batas usia yang diproses", "120", "usulan", _SRC_SIASN),
                    _K("waktu", "Persentase SK pensiun yang terbit sebelum TMT pensiun", "90", "%", _SRC_SIASN),
                ),
            ),
            _R(
                key="bkpsdm.kabid-ppik.3",
                text="Tersedianya data kepegawaian pada SIASN yang mutakhir dan valid (penugasan dari Bupati)",
                jenis="utama",
                source="direktif",
                parent_key="bkpsdm.kepala.2",
                method="langsung",
                approach="aspek",
                contribution="outcome",
                indicators=(
                    _K("kuantitas", "Persentase data ASN pada SIASN yang telah dimutakhirkan", "95", "%", _SRC_SIASN),
                    _K("kualitas", "Persentase data ASN yang sesuai dokumen sumber pada uji petik", "97", "%", "Berita acara uji petik data"),
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
                    _K("kuantitas", "Jumlah dokumen usulan kebutuhan ASN", "1", "dokumen", "Aplikasi e-Formasi"),
                    _K("kualitas", "Persentase formasi usulan yang didukung data anjab dan ABK terkini", "95", "%", "Aplikasi e-Formasi"),
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
                    _K("kuantitas", "Jumlah usulan pensiun dan pemberhentian yang diverifikasi", "120", "usulan", _SRC_SIASN),
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
                    _K("kualitas", "Persentase ketersediaan aplikasi layanan kepegawaian", "98", "%", "Log pemantauan server"),
                    _K("kuantitas", "Jumlah modul layanan yang terintegrasi dengan SIASN", "3", "modul", "Dokumentasi integrasi API"),
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
                    _K("kuantitas", "Jumlah pembaruan dasbor data kepegawaian", "12", "kali", "Riwayat pembaruan dasbor"),
                    _K("waktu", "Jumlah hari kerja pembaruan dasbor setelah tutup bulan", "5", "hari", "Riwayat pembaruan dasbor"),
                ),
            ),
            _R(
                key="bkpsdm.ppik-pranata-komputer.3",
                text="Meningkatnya kompetensi keamanan aplikasi melalui sertifikasi kompetensi",
                jenis="tambahan",
                source="pengembangan-kompetensi",
                parent_key=None,
                indicators=(_K("kuantitas", "Jumlah sertifikat kompetensi yang diperoleh", "1", "sertifikat", "Sertifikat kompetensi"),),
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
                    _K("kualitas", "Persentase data tervalidasi yang sesuai dokumen sumber", "95", "%", "Uji petik data"),
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
                    _K("kuantitas", "Jumlah dokumen proyeksi pensiun per perangkat daerah", "2", "dokumen", _SRC_SIMPEG),
                    _K("waktu", "Jumlah bulan proyeksi tersedia sebelum tahun berjalan berakhir", "6", "bulan", "Tanda terima dokumen"),
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
                    _K("kuantitas", "Jumlah usulan kenaikan pangkat yang disetujui BKN", "650", "usulan", _SRC_SIASN),
                    _K("waktu", "Persentase SK kenaikan pangkat yang diterima ASN pada bulan periode", "90", "%", _SRC_SIASN),
                ),
            ),
            _R(
                key="bkpsdm.kabid-mutasi.2",
                text="Terisinya jabatan pimpinan tinggi, administrator dan pengawas melalui mekanisme berbasis merit",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.3",
                method="langsung",
                approach="aspek",
                contribution="outcome",
                indicators=(
                    _K("kuantitas", "Persentase jabatan lowong yang terisi melalui seleksi atau uji kompetensi", "90", "%", "Keputusan pengangkatan dalam jabatan"),
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
                    _K("kuantitas", "Jumlah ASN yang dipetakan dalam kotak manajemen talenta", "400", "orang", "Aplikasi manajemen talenta"),
                    _K("kuantitas", "Jumlah dokumen rencana suksesi jabatan", "1", "dokumen", "Keputusan Bupati tentang talent pool"),
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
                text="Usulan kenaikan pangkat periode April dan Oktober tersampaikan lengkap ke BKN sebelum batas waktu",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-mutasi.1",
                method="langsung",
                approach="beban-target",
                contribution="output",
                indicators=(
                    _K("kuantitas", "Jumlah usulan kenaikan pangkat yang diverifikasi", "325", "usulan", _SRC_SIASN),
                    _K("kualitas", "Persentase usulan yang dikembalikan BKN karena berkas tidak lengkap", "5", "%", _SRC_SIASN),
                ),
            ),
            _R(
                key="bkpsdm.mutasi-analis-sdm.2",
                text="Tersusunnya bahan pertimbangan mutasi jabatan dan rancangan keputusan pengangkatan dalam jabatan",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-mutasi.2",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K("kuantitas", "Jumlah bahan pertimbangan mutasi yang disiapkan", "6", "dokumen", "Notulen rapat tim penilai kinerja PNS"),
                    _K("waktu", "Rata-rata waktu penyusunan rancangan keputusan", "5", "hari", "Register naskah keputusan"),
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
                    _K("kuantitas", "Jumlah ASN yang dinilai kompetensinya", "150", "orang", "Laporan asesmen"),
                    _K("kualitas", "Persentase laporan individu yang lolos kendali mutu", "95", "%", "Lembar kendali mutu asesmen"),
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
                    _K("kuantitas", "Jumlah peserta seleksi jabatan yang dinilai", "40", "orang", "Daftar hadir asesmen"),
                    _K("waktu", "Jumlah hari penyampaian hasil sejak asesmen selesai", "7", "hari", "Tanda terima hasil asesmen"),
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
                text="Berkas usulan mutasi dan kenaikan pangkat dari perangkat daerah terverifikasi kelengkapannya saat diterima",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-mutasi.1",
                method="tidak-langsung",
                approach="layanan",
                contribution="layanan",
                indicators=(
                    _K("kuantitas", "Jumlah berkas usulan yang diverifikasi", "400", "berkas", "Register penerimaan berkas"),
                    _K("waktu", "Persentase berkas yang diverifikasi paling lama 2 hari kerja", "90", "%", "Register penerimaan berkas"),
                ),
            ),
            _R(
                key="bkpsdm.mutasi-plo.2",
                text="Tersedianya informasi status usulan layanan mutasi yang dapat diakses pengelola kepegawaian perangkat daerah",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-mutasi.1",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(_K("kuantitas", "Jumlah pembaruan status layanan yang diumumkan", "24", "kali", "Kanal informasi layanan BKPSDM"),),
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
                text="Meningkatnya jumlah ASN yang memperoleh pengembangan kompetensi minimal 20 jam pelajaran",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.1",
                method="langsung",
                approach="aspek",
                contribution="outcome",
                indicators=(
                    _K("kuantitas", "Persentase ASN dengan capaian minimal 20 JP", "80", "%", _SRC_SIASN),
                    _K("kuantitas", "Jumlah ASN yang mengikuti pelatihan yang difasilitasi BKPSDM", "900", "orang", "Daftar peserta pelatihan"),
                ),
            ),
            _R(
                key="bkpsdm.kabid-bangkom.2",
                text="Tersedianya rencana pengembangan kompetensi ASN berbasis analisis kesenjangan kompetensi",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kepala.1",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K("kuantitas", "Jumlah dokumen rencana pengembangan kompetensi", "1", "dokumen", "Keputusan Kepala BKPSDM"),
                    _K("kualitas", "Persentase perangkat daerah yang menyampaikan data kebutuhan pengembangan kompetensi", "90", "%", "Rekap usulan perangkat daerah"),
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
                    _K("kuantitas", "Jumlah ASN yang difasilitasi tugas belajar atau izin belajar", "60", "orang", _SRC_SIMPEG),
                    _K("waktu", "Persentase izin belajar yang terbit paling lama 14 hari kerja", "90", "%", _SRC_SIMPEG),
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
                    _K("kuantitas", "Jumlah dokumen analisis kebutuhan pengembangan kompetensi", "1", "dokumen", "Dokumen AKPK"),
                    _K("kuantitas", "Jumlah perangkat daerah yang datanya dianalisis", "28", "perangkat daerah", "Rekap usulan perangkat daerah"),
                ),
            ),
            _R(
                key="bkpsdm.bangkom-analis-sdm.2",
                text="Terselenggaranya pelatihan teknis dan fungsional dengan kelulusan peserta paling sedikit 90 persen",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-bangkom.1",
                method="langsung",
                approach="beban-target",
                contribution="output",
                indicators=(
                    _K("kuantitas", "Jumlah angkatan pelatihan yang diselenggarakan", "6", "angkatan", "Laporan penyelenggaraan pelatihan"),
                    _K("kualitas", "Persentase peserta yang lulus pelatihan", "90", "%", "Daftar nilai peserta"),
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
                    _K("kuantitas", "Jumlah sertifikat pelatihan yang diverifikasi dan dicatat", "1500", "sertifikat", _SRC_SIASN),
                    _K("waktu", "Persentase sertifikat yang tercatat paling lama 5 hari kerja", "90", "%", _SRC_SIASN),
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
                    _K("kuantitas", "Jumlah berkas permohonan yang diverifikasi", "60", "berkas", "Register permohonan"),
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
                    _K("waktu", "Persentase ASN yang SKP-nya ditetapkan paling lambat akhir Januari", "90", "%", _SRC_EKIN),
                    _K("kuantitas", "Persentase ASN yang dievaluasi kinerjanya per triwulan", "85", "%", _SRC_EKIN),
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
                    _K("kuantitas", "Jumlah kasus disiplin yang ditangani", "20", "kasus", "Register kasus disiplin"),
                    _K("waktu", "Persentase kasus yang diselesaikan sesuai batas waktu", "85", "%", "Register kasus disiplin"),
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
                    _K("kuantitas", "Jumlah ASN berprestasi yang ditetapkan", "10", "orang", "Keputusan Bupati tentang ASN berprestasi"),
                    _K("kuantitas", "Jumlah usulan tanda kehormatan Satyalancana Karya Satya", "150", "usulan", "Surat usulan ke Sekretariat Militer Presiden"),
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
                    _K("kuantitas", "Jumlah perangkat daerah binaan yang didampingi", "14", "perangkat daerah", "Daftar hadir coaching clinic"),
                    _K("kualitas", "Persentase SKP sampel yang memenuhi kaidah cascading", "80", "%", "Lembar reviu SKP"),
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
                    _K("kuantitas", "Jumlah laporan rekapitulasi predikat kinerja", "5", "laporan", _SRC_EKIN),
                    _K("waktu", "Jumlah hari penyampaian rekapitulasi setelah periode penilaian berakhir", "15", "hari", "Tanda terima laporan"),
                ),
            ),
            _R(
                key="bkpsdm.pkap-analis-sdm.3",
                text="Tersusunnya berita acara pemeriksaan dan rekomendasi hukuman disiplin yang sesuai ketentuan",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-pkap.2",
                method="tidak-langsung",
                approach="output-antara",
                contribution="output",
                indicators=(
                    _K("kuantitas", "Jumlah berita acara pemeriksaan yang disusun", "10", "dokumen", "Register kasus disiplin"),
                    _K("waktu", "Rata-rata waktu penyusunan rekomendasi hukuman disiplin", "14", "hari", "Register kasus disiplin"),
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
                text="Tersedianya telaahan atas laporan dugaan pelanggaran disiplin ASN sebagai bahan keputusan atasan",
                jenis="utama",
                source="mph",
                parent_key="bkpsdm.kabid-pkap.2",
                method="tidak-langsung",
                approach="layanan",
                contribution="layanan",
                indicators=(
                    _K("kuantitas", "Jumlah telaahan yang disampaikan", "20", "telaahan", "Register kasus disiplin"),
                    _K("waktu", "Rata-rata waktu penyusunan telaahan sejak laporan diterima", "5", "hari", "Register kasus disiplin"),
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
                    _K("kuantitas", "Jumlah data calon penerima yang diverifikasi", "150", "orang", _SRC_SIMPEG),
                    _K("kualitas", "Persentase calon yang memenuhi syarat pada verifikasi ulang", "95", "%", "Berita acara verifikasi"),
                ),
            ),
        ),
    ),
)
