"""The phrasing coach: is an RHK worded as a result, and are its IKI measurable?

SKP-REFERENCE R-PHRASING: rencana kinerja are written as an achievement or a result, not as an
activity or a category of work [V 8/2021] S1 p16. The checks L1–L10 are the reference's heuristics
table (design choices built on that rule, except L5 [V 8/2021] S1 p36 and L9 [V 8/2021] S1 p42).
R-IKI gives the indicator rules, R-CASCADE the intervensi rule behind L10.

Pure functions of strings and :mod:`skpdesk.domain.plan` snapshots. Findings carry a rule id and
parameters, never sentences: the words for people are in ``skpdesk/ui/skp/coach_text.py``. The
suggested rewrites are Indonesian RHK wording (data, not translated).

How a sentence is read (Indonesian morphology, no dictionary): the first word decides most cases.

* ``ter-…-nya`` / ``di-…-nya`` / ``ber-…-nya`` / ``me-…-nya`` result nouns and state changes
  (*Tersusunnya*, *Tersusunya* typo, *Meningkatnya*, *Berkurangnya*) read as results (L3), except
  the process openers *Terlaksananya* / *Terselenggaranya* / *Dilaksanakannya*, which need a phrase
  saying what the activity achieved (L4).
* An active ``meN-`` verb (*menyusun*, *mengoordinasikan*, *mengkoordinasikan*, *mengupdate*), a
  ``ber-`` activity verb (*berkoordinasi*) or a base verb (*input*, *rekap*, *ikut serta*) at the
  start is an activity opener (L1). A subject before the verb (*Pemerintah Daerah menggunakan…*)
  makes it a result (L3).
* A nominalised activity at the start (*sosialisasi*, *pembinaan*, *pelayanan*, *penyusunan*…)
  names a category (L2) unless a quality, time or effect phrase follows (*…yang optimal*,
  *…disampaikan tepat waktu*, *…ditindaklanjuti*).
* Anything else (a thing or a subject: *Permohonan…*, *Kepuasan…*, *Tidak ada…*) is a result.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Final

from skpdesk.domain.plan import (
    DraftingGuide,
    IndicatorSnapshot,
    Pendekatan,
    PlanKind,
    PlanSnapshot,
    ResultSnapshot,
)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


RULES: Final[tuple[str, ...]] = ("L1", "L2", "L3", "L4", "L5", "L6", "L7", "L8", "L9", "L10")
WORDING_RULES: Final[frozenset[str]] = frozenset({"L1", "L2", "L4"})  # "not a result"

# What a finding is about.
TARGET_RHK: Final = "rhk"
TARGET_IKI: Final = "iki"
TARGET_TARGET: Final = "target"
TARGET_PLAN: Final = "plan"

# Sentence classes (the coach's words for them are in coach_text).
HASIL: Final = "hasil"
AKTIVITAS: Final = "aktivitas"
KATEGORI: Final = "kategori"


@dataclass(frozen=True)
class Finding:
    rule: str  # "L1".."L10"
    severity: Severity
    target: str  # TARGET_RHK / TARGET_IKI / TARGET_TARGET / TARGET_PLAN
    result_id: str | None = None
    indicator_id: str | None = None
    params: Mapping[str, str] = field(default_factory=dict)
    suggestion: str = ""  # an Indonesian rewrite, or "" when none can be proposed

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.ERROR


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --------------------------------------------------------------------------------------------------
# Word lists (SKP-REFERENCE R-PHRASING; Indonesian morphology). All lower case.
# --------------------------------------------------------------------------------------------------

# L1's list from the reference, kept verbatim; any other meN- verb is caught by its prefix.
L1_VERBS: Final[frozenset[str]] = _words(
    "menyusun melaksanakan melakukan membuat menyiapkan mengikuti menghadiri memfasilitasi "
    "mengoordinasikan mengkoordinasikan memberikan mengelola mengembangkan menjawab memantau "
    "memonitor mengawasi membantu menginput mengentri mengarsipkan mengumpulkan mengolah "
    "menganalisis memverifikasi mendampingi merekap mencatat menerima mengirim mengajukan membina "
    "mensosialisasikan mengevaluasi"
)
# Words starting with "me" that are not meN- verbs (nouns, prepositions, adjectives).
_ME_NOT_VERBS: Final[frozenset[str]] = _words(
    "media medis meja menu menteri mesin meter meteran meterai metode metodologi mental merek "
    "merdeka mekanisme memo memori mebel menara meski meskipun mereka melalui menurut mengenai "
    "menjelang menuju mesjid meeting mei merah medan mentor metro mekanik menit menengah "
    "mekar mewah megah meninggal merupakan"
)
# Intransitive state verbs: "Meningkat 10 persen…" is a state change, not an activity.
_STATE_VERBS: Final[frozenset[str]] = _words(
    "meningkat menurun membaik memburuk menguat melemah meluas berkurang bertambah berkembang "
    "berfungsi berjalan tercapai terpenuhi tersedia"
)
# Words starting with "ber" that are not ber- activity verbs.
_BER_NOT_VERBS: Final[frozenset[str]] = _words(
    "berkas berita beras berat beranda berkala berkelanjutan berbasis berkualitas berprestasi "
    "bersih bersama bersangkutan berlaku berikut berikutnya berupa bertahap bersertifikat "
    "berintegritas berdaya berisiko beresiko berkebutuhan berwawasan bermutu"
)
_BE_VERBS: Final[frozenset[str]] = frozenset({"bekerja", "bekerjasama", "belajar"})
# Base (root) verbs people use as openers: always activity.
_BASE_VERBS: Final[frozenset[str]] = _words(
    "susun buat siapkan kumpulkan periksa bantu layani hadir ikut kirim antar ketik olah cek "
    "laksanakan lakukan koordinasikan kerjakan selesaikan sebagai selaku upload unggah"
)
# Base verbs that are also nouns ("Rekap kehadiran yang akurat"): activity unless a result marker.
_NOUNISH_VERBS: Final[frozenset[str]] = _words("input entri entry rekap cetak scan catat")

# Nominalised activities and kinds of work (L2's list first, then the same kind of word).
L2_CATEGORY_NOUNS: Final[frozenset[str]] = _words(
    "sosialisasi monitoring evaluasi monev pengawasan fasilitasi koordinasi pembinaan pelayanan "
    "layanan administrasi supervisi asistensi pendampingan rapat kegiatan"
)
CATEGORY_NOUNS: Final[frozenset[str]] = L2_CATEGORY_NOUNS | _words(
    "verifikasi validasi inventarisasi identifikasi konsultasi rekonsiliasi sinkronisasi "
    "harmonisasi digitalisasi publikasi dokumentasi operasional patroli razia bimtek bimbingan "
    "diklat pelatihan workshop seminar rakor tugas urusan program pekerjaan penyuluhan "
    "pemantauan pengendalian pengelolaan penyusunan pelaksanaan penyelenggaraan penyediaan "
    "pengadaan pemeliharaan perawatan pendataan pencatatan pengumpulan pengolahan penginputan "
    "pengarsipan pemeriksaan pengujian penanganan penatausahaan perencanaan pelaporan "
    "penganggaran pengukuran pemetaan penilaian pengembangan peningkatan penguatan percepatan "
    "penataan penertiban penegakan penagihan pemungutan pendaftaran perekaman penerbitan "
    "penyaluran pemberian pembuatan perbaikan pembangunan rehabilitasi pemberdayaan pengkajian "
    "penelitian survei pengaturan penjagaan pengamanan pengobatan imunisasi vaksinasi pengiriman "
    "penyampaian pendistribusian distribusi penyimpanan pengecekan pengoperasian kunjungan "
    "pertemuan audit reviu review pemutakhiran pemrosesan proses penanggulangan pencegahan "
    "penindakan pemadaman evakuasi keikutsertaan partisipasi piket asesmen analisis kajian "
    "rekapitulasi pembelajaran pengajaran pemantapan advokasi mediasi legalisasi registrasi "
    "perekrutan rekrutmen seleksi mutasi promosi dukungan kehadiran"
)
# pe(N)-an / per-an nouns that name a thing, a field or an outcome rather than an activity; any
# other pe(N)-an head is read as a nominalised activity (penyelesaian, pengurusan, pembersihan…).
_PEAN_NOT_ACTIVITY: Final[frozenset[str]] = _words(
    "permohonan pengaduan pendapatan penerimaan pengeluaran persediaan peralatan peraturan "
    "pertimbangan perusahaan pelanggan perjanjian pernyataan permintaan pertanyaan persetujuan "
    "perizinan permukiman pemukiman perumahan pertanian peternakan perikanan perkebunan "
    "perdagangan perindustrian perhubungan perpustakaan pendidikan perekonomian pemerintahan "
    "persalinan penghargaan perlengkapan perbendaharaan persyaratan peringatan pelabuhan "
    "perkantoran penghasilan pengetahuan pemahaman penguasaan pengalaman perubahan pertumbuhan "
    "pemerataan penerangan peranan pesanan pengumuman perbatasan pedesaan perkotaan perdamaian "
    "persatuan perbedaan pekarangan pegangan pertahanan perkawinan perkembangan pengangguran "
    "pendanaan penggunaan pemanfaatan perlindungan penduduk pemilikan kepemilikan"
)
_PEAN = re.compile(r"^pe(?:ng|ny|m|n|r)?[a-z]{3,}an$")
# Job or role names: "Operator Dapodik" names a post, not a result, unless a predicate follows.
_ROLE_NOUNS: Final[frozenset[str]] = _words(
    "operator bendahara admin administrator petugas staf staff pengelola pengadministrasi verifikator "
    "analis pranata penyuluh pelaksana koordinator ketua anggota narasumber panitia tim sekretaris "
    "juru pengemudi sopir satpam caraka pramubakti"
)
# Modal openers before an activity verb ("Dapat menyelesaikan…", "Mampu menyusun…").
_MODALS: Final[frozenset[str]] = _words("dapat mampu bisa harus wajib akan sanggup")
# Words before a meN- verb that make it a purpose or a relative clause, not the predicate.
_NOT_PREDICATE_AFTER: Final[frozenset[str]] = _words(
    "untuk guna dalam agar supaya yang cara dan serta atau akan dengan sambil sebelum setelah sesudah "
    "ketika saat bagi tentang"
)
_CONNECTORS: Final[frozenset[str]] = _words(
    "dan serta atau dengan di ke dari untuk pada terhadap dalam bagi oleh tentang terkait"
)
_QUANTIFIERS: Final[frozenset[str]] = _words("seluruh semua setiap tiap para")

# Openers that only say an activity happened (L4).
_PROCESS_OPENER = re.compile(
    r"^(?:ter|di)(?:laksana|lakukan|selenggara|adakan|jalankan)[a-z]*$|^ter(?:laksanya|laksnanya)$"
)
# Passive verbs that describe the task rather than what it achieved ("yang diberikan pimpinan").
_DESCRIPTIVE_PASSIVES: Final[frozenset[str]] = _words(
    "diberikan ditugaskan ditetapkan direncanakan dijadwalkan diprogramkan ditentukan diadakan "
    "dilaksanakan diselenggarakan dilakukan diperintahkan didisposisikan dianggarkan dibiayai "
    "diusulkan diikuti dihadiri dimaksud disusun dikelola dibina diampu diawasi diuji dibutuhkan "
    "diperlukan dimiliki diajukan dibuat disediakan dijalankan dikerjakan"
)
# Words starting with "di" that are not passive verbs.
_DI_NOT_VERBS: Final[frozenset[str]] = _words(
    "dinas digital diklat dini dinamis direktur direktorat disiplin distribusi diri dirinya diare "
    "dialog diagnosa diagnosis dimensi diploma diskusi dispensasi disposisi distrik dividen divisi "
    "diesel dinding dingin dia dian diet difabel dimana disabilitas dinamika diagram diameter dibawah "
    "diatas didalam diskon distributor"
)
# Words starting with "ter" that are not results of a verb.
_TER_NOT_STATES: Final[frozenset[str]] = _words(
    "terhadap terkait terutama terakhir tertentu termasuk terdiri terbaru terpadu terdepan "
    "terpencil tertinggal terbuka terbatas terdekat terjauh terbesar terkecil tertinggi terendah "
    "terbaik terlebih terus terima terminal termin ternak teras terpidana tersangka tersebut "
    "terdampak terlambat terpisah terkini teritorial terdaftar terapi terobosan termometer"
)
# Auxiliaries between "yang" and its predicate.
_YANG_AUX: Final[frozenset[str]] = _words(
    "telah sudah dapat bisa lebih makin semakin benar-benar selalu tetap hasilnya"
)
QUALITY_WORDS: Final[frozenset[str]] = _words(
    "akurat lengkap valid mutakhir andal handal berkualitas efektif efisien sah benar cepat "
    "optimal memadai informatif objektif transparan akuntabel terukur layak tertib tuntas selesai "
    "tercapai terpenuhi bersih aman lancar mudah tepat baik berdampak berhasil berkelanjutan "
    "bermutu memuaskan sesuai konsisten terintegrasi terstandar terverifikasi tervalidasi "
    "kredibel relevan presisi responsif"
)
# A quality, time or conformance phrase anywhere in the sentence (L3, L4).
_QUALITY_PHRASE = re.compile(
    r"\b(?:tepat (?:waktu|sasaran|guna|jumlah|mutu)"
    r"|sesuai (?:dengan )?(?:standar|ketentuan|sop|spm|spesifikasi|kontrak|mutu|prosedur|peraturan"
    r"|regulasi|kriteria|kebutuhan|target|alokasi|stok|norma|pedoman|persyaratan|kaidah|hasil|kompetensi"
    r"|kualifikasi)(?:nya)?"
    r"|paling (?:lama|lambat|sedikit|rendah|tinggi|banyak)|sekurang-kurangnya|selambat-lambatnya"
    r"|(?:maksimal|minimal|kurang dari|tidak lebih dari|dalam) \d"
    r"|sebelum (?:batas|tanggal|tenggat|akhir|jatuh tempo|tmt|\d)|dalam kondisi"
    r"|siap (?:pakai|digunakan|operasi|diproses|dipakai)|tanpa (?:kesalahan|koreksi|temuan|keluhan"
    r"|berkas|kekosongan|pengajuan|kendala|gangguan|revisi)|bebas dari|hari yang sama"
    r"|dengan (?:cepat|baik|tepat|akurat|lengkap|benar|lancar|aman)"
    r"|secara (?:tepat|akurat|cepat|tuntas|lengkap|optimal|efektif|efisien|tertib|otomatis|berkala)"
    r"|akurat|mutakhir|tepat waktu|valid|terverifikasi|berkualitas|akuntabel|transparan)\b"
)
# What an activity achieved, for process openers (L4): effect, outcome measure, beneficiary change.
_ACHIEVEMENT = re.compile(
    r"\b(?:sehingga|mampu|menghasilkan|berdampak|dengan (?:kelulusan|capaian|hasil|tingkat|nilai"
    r"|kepuasan|peningkatan|penurunan|rekomendasi|kesepakatan))\b"
)
# Passives that say what happened because of the work (a result even after a category noun).
_EFFECT_PASSIVES: Final[frozenset[str]] = _words(
    "ditindaklanjuti dimanfaatkan digunakan diterapkan dipahami disetujui disahkan dipenuhi "
    "diakses diterbitkan diselesaikan"
)
# meN-/ber- predicates after a category noun used as a subject ("Musrenbang menghasilkan…").
_RESULT_PREDICATES: Final[frozenset[str]] = _words(
    "menghasilkan memenuhi mencapai meningkat menurun membaik memperoleh mendapatkan berkurang "
    "bertambah berjalan berfungsi"
)
# meN- verbs after "yang" that say what the work brought about ("yang menghasilkan kesepakatan").
_YANG_EFFECT_VERBS: Final[frozenset[str]] = _RESULT_PREDICATES | _words(
    "meningkatkan menurunkan mengurangi mendukung menjaga mampu memudahkan mempercepat"
)
_STANDALONE_QUALITY: Final[frozenset[str]] = QUALITY_WORDS - _words(
    "baik sesuai tepat bersih aman mudah lancar benar"
)
_NEGATION_OPENERS: Final[frozenset[str]] = frozenset({"nihil", "zero", "nol"})

_NUMBERING = re.compile(
    r"^\s*(?:(?:[-–—•*·>]+|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxlcIVXLC]{1,5})[.)]\)?)\s+)+"
)
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WORD = re.compile(r"[0-9a-z]+(?:-[0-9a-z]+)*")
_SPACES = re.compile(r"\s+")
_TRAILING = re.compile(r"[\s.,;:!?\"'”“]+$")


def clean(text: str) -> str:
    """The sentence without leading numbering, extra spaces or trailing punctuation."""
    text = _SPACES.sub(" ", text).strip()
    text = _NUMBERING.sub("", text)
    return _TRAILING.sub("", text).strip()


def normalise(text: str) -> str:
    """Lower case words only: for comparing an IKI with its RHK (L7) or an RHK with a goal."""
    return " ".join(_WORD.findall(clean(text).lower()))


def _is_men_verb(word: str) -> bool:
    return word in L1_VERBS or (
        word.startswith("me")
        and len(word) >= 5
        and not word.endswith("nya")
        and word not in _ME_NOT_VERBS
        and word[2] not in "aiueo"  # a meN- verb is me + a consonant (ng, ny, m, n, l, r, w, y)
    )


def _is_ber_verb(word: str) -> bool:
    if word in _BE_VERBS:
        return True
    return (
        word.startswith("ber")
        and len(word) >= 7
        and not word.endswith("nya")
        and word not in _BER_NOT_VERBS
        and word not in _STATE_VERBS
    )


def _is_passive(word: str) -> bool:
    return (
        word.startswith("di")
        and len(word) >= 6
        and word not in _DI_NOT_VERBS
        and not word.endswith(("asi", "isme", "tas", "nya"))
    )


def _is_ter_state(word: str) -> bool:
    return word.startswith("ter") and len(word) >= 6 and word not in _TER_NOT_STATES


def _yang_predicate(words: list[str]) -> bool:
    """Does some "yang" introduce a quality or an effect (not a description of the task)?"""
    for i, word in enumerate(words):
        if word != "yang":
            continue
        j = i + 1
        while j < len(words) and words[j] in _YANG_AUX:
            j += 1
        if j >= len(words):
            continue
        nxt = words[j]
        if nxt in QUALITY_WORDS or nxt in _YANG_EFFECT_VERBS or nxt in _EFFECT_PASSIVES:
            return True
        if _is_passive(nxt) and nxt not in _DESCRIPTIVE_PASSIVES:
            return True
        if _is_ter_state(nxt):
            return True
    return False


def _has_result_marker(words: list[str], lowered: str) -> bool:
    """After a category noun: a quality, time, state or effect phrase makes it a result (L3)."""
    if _QUALITY_PHRASE.search(lowered) or _yang_predicate(words):
        return True
    for i, word in enumerate(words[1:], start=1):
        if _is_men_verb(word) and words[i - 1] not in _NOT_PREDICATE_AFTER:
            return True  # a subject and its predicate ("Penerangan jalan umum menyala…")
        if word in _EFFECT_PASSIVES or word in _STANDALONE_QUALITY:
            return True
        if _is_passive(word) and word not in _DESCRIPTIVE_PASSIVES and words[i - 1] not in {"untuk", "akan"}:
            return True
        if _is_ter_state(word) and words[i - 1] not in {"yang"}:
            return True
        if word in _RESULT_PREDICATES and words[i - 1] not in _NOT_PREDICATE_AFTER:
            return True
    return False


def _base(word: str) -> str:
    """The word without reduplication ("tugas-tugas" → "tugas")."""
    left, _, right = word.partition("-")
    return left if left == right else word


def is_category_noun(word: str) -> bool:
    """A nominalised activity or kind of work (R-PHRASING L2)."""
    word = _base(word)
    return word in CATEGORY_NOUNS or (bool(_PEAN.match(word)) and word not in _PEAN_NOT_ACTIVITY)


def _has_achievement(words: list[str]) -> bool:
    """After a process opener (L4): what the activity achieved, or a quality phrase."""
    body = " ".join(words[1:])
    if _ACHIEVEMENT.search(body) or _QUALITY_PHRASE.search(body):
        return True
    if _yang_predicate(words):
        return True
    return any(w in _EFFECT_PASSIVES for w in words[1:])


@dataclass(frozen=True)
class Reading:
    """How a sentence reads: its class and, when it is not a result, the wording rule."""

    text: str  # cleaned
    cls: str  # HASIL / AKTIVITAS / KATEGORI
    rule: str | None  # "L1" / "L2" / "L4", None for a result (L3)
    params: Mapping[str, str] = field(default_factory=dict)


def read(text: str) -> Reading:
    """Classify one RHK sentence (SKP-REFERENCE R-PHRASING L1–L4)."""
    cleaned = clean(text)
    lowered = cleaned.lower()
    words = _WORD.findall(_PARENS.sub(" ", lowered)) or _WORD.findall(lowered)
    if not words:
        return Reading(cleaned, KATEGORI, None)  # names nothing; the services refuse it (RHK_EMPTY)
    original = cleaned.split()
    first = words[0]
    verb = original[0].strip("\"'“”(),.;:") if original else first

    # L4: "Terlaksananya …" / "Dilaksanakannya …" / "Dilakukan …" say only that it happened.
    if _PROCESS_OPENER.match(first) or (_is_passive(first) and not first.endswith("nya")):
        if _has_achievement(words):
            return Reading(cleaned, HASIL, None)
        return Reading(cleaned, AKTIVITAS, "L4", {"opener": verb, "activity": _object_head(words[1:])})
    # L3: result nouns and state changes ("Tersusunnya", "Meningkatnya", "Berkurangnya", "Adanya").
    if first.endswith("nya") and len(first) >= 6:
        return Reading(cleaned, HASIL, None)
    if first in _STATE_VERBS:
        return Reading(cleaned, HASIL, None)
    # L1: an activity verb with no subject before it.
    if _is_men_verb(first) or _is_ber_verb(first) or first in _BASE_VERBS:
        return Reading(cleaned, AKTIVITAS, "L1", {"verb": verb})
    if first in _MODALS and len(words) > 1 and (_is_men_verb(words[1]) or _is_ber_verb(words[1])):
        return Reading(
            cleaned, AKTIVITAS, "L1", {"verb": original[1].strip(",.;:") if len(original) > 1 else words[1]}
        )
    if first in _NOUNISH_VERBS and not _has_result_marker(words, lowered):
        return Reading(cleaned, AKTIVITAS, "L1", {"verb": verb})
    if first in _NEGATION_OPENERS or (
        first == "tidak" and len(words) > 1 and words[1] in {"ada", "terdapat"}
    ):
        return Reading(cleaned, HASIL, None)
    # L2: a kind of work, bare or with an object, and nothing it achieves.
    head_at = 0
    while head_at < len(words) - 1 and words[head_at] in _QUANTIFIERS:
        head_at += 1
    head = _base(words[head_at])
    shown = re.search(rf"(?i)\b{re.escape(words[head_at])}\b", cleaned)
    params = {"text": cleaned, "head": head, "word": shown.group(0) if shown else head}
    if head in _ROLE_NOUNS and not _has_result_marker(words[head_at:], lowered):
        return Reading(cleaned, KATEGORI, "L2", {**params, "scope": "phrase"})
    if is_category_noun(head):
        content = [w for w in words[head_at:] if w not in _CONNECTORS]
        if len(content) <= 3 and all(is_category_noun(w) for w in content):
            return Reading(cleaned, KATEGORI, "L2", {**params, "scope": "bare"})
        if not _has_result_marker(words[head_at:], lowered):
            return Reading(cleaned, KATEGORI, "L2", {**params, "scope": "phrase"})
    # L3: a thing or a subject with its predicate ("Pemerintah Daerah menggunakan…").
    return Reading(cleaned, HASIL, None)


def _object_head(words: list[str]) -> str:
    for word in words:
        if word not in _CONNECTORS and word not in _QUANTIFIERS:
            return word
    return ""


def classify(text: str) -> str:
    """ "hasil", "aktivitas" or "kategori" (an empty text names nothing and reads as "kategori")."""
    return read(text).cls


def is_result(text: str) -> bool:
    """True when the sentence reads as a result: no L1, L2 or L4 finding (and it is not empty)."""
    return read(text).cls == HASIL


def check_result_text(text: str, *, jpt: bool = False) -> list[Finding]:
    """Wording findings for one RHK (L1, L2, L4; L3 is the pass). Empty text: no findings."""
    reading = read(text)
    if reading.rule is None:
        return []
    if reading.rule == "L1":
        severity = Severity.ERROR if jpt else Severity.WARNING  # R-PHRASING L1: W (E for JPT)
    elif reading.rule == "L2":
        # The table's trigger (≤ 3 words, all category nouns) is an error; the longer phrase is our
        # own extension of it and only warns.
        severity = Severity.ERROR if reading.params.get("scope") == "bare" else Severity.WARNING
    else:
        severity = Severity.WARNING
    return [Finding(reading.rule, severity, TARGET_RHK, params=reading.params, suggestion=_suggest(reading))]


# --------------------------------------------------------------------------------------------------
# Suggested rewrites (Indonesian wording: data)
# --------------------------------------------------------------------------------------------------

# meN- verb → result opener. Most keep the verb's suffix (ter + root + -kan/-i + nya).
_VERB_RESULT: Final[Mapping[str, str]] = {
    "menyusun": "Tersusunnya",
    "membuat": "Tersusunnya",
    "mengetik": "Tersusunnya",
    "menyiapkan": "Tersedianya",
    "menyediakan": "Tersedianya",
    "menggandakan": "Tersedianya",
    "mengembangkan": "Tersedianya",
    "memberikan": "Tersedianya",
    "melaksanakan": "Terlaksananya",
    "melakukan": "Terlaksananya",
    "menyelenggarakan": "Terselenggaranya",
    "mengadakan": "Terselenggaranya",
    "menyelesaikan": "Terselesaikannya",
    "meningkatkan": "Meningkatnya",
    "menurunkan": "Menurunnya",
    "mengurangi": "Berkurangnya",
    "menambah": "Bertambahnya",
    "mengelola": "Terkelolanya",
    "memfasilitasi": "Terfasilitasinya",
    "mengoordinasikan": "Terkoordinasinya",
    "mengkoordinasikan": "Terkoordinasinya",
    "mengkoordinir": "Terkoordinasinya",
    "memantau": "Terpantaunya",
    "memonitor": "Terpantaunya",
    "mengawasi": "Terawasinya",
    "mengevaluasi": "Terevaluasinya",
    "memverifikasi": "Terverifikasinya",
    "menginput": "Terinputnya",
    "mengentri": "Terinputnya",
    "mengarsipkan": "Tertatanya",
    "mengumpulkan": "Terkumpulnya",
    "mengolah": "Terolahnya",
    "menganalisis": "Tersedianya hasil analisis",
    "mendampingi": "Terdampinginya",
    "merekap": "Tersedianya rekap",
    "mencatat": "Tercatatnya",
    "mengirim": "Terkirimnya",
    "mengirimkan": "Terkirimnya",
    "mengajukan": "Tersampaikannya",
    "menyampaikan": "Tersampaikannya",
    "melaporkan": "Tersampaikannya laporan",
    "membina": "Terbinanya",
    "mensosialisasikan": "Tersosialisasikannya",
    "menyosialisasikan": "Tersosialisasikannya",
    "menjawab": "Terjawabnya",
    "melayani": "Terlayaninya",
    "menangani": "Tertanganinya",
    "menindaklanjuti": "Tertindaklanjutinya",
    "memeriksa": "Terperiksanya",
    "mengecek": "Terperiksanya",
    "memproses": "Terprosesnya",
    "menerbitkan": "Terbitnya",
    "mewujudkan": "Terwujudnya",
    "menjaga": "Terjaganya",
    "memelihara": "Terpeliharanya",
    "memperbaiki": "Berfungsinya kembali",
    "mengatur": "Tertibnya",
    "mengupdate": "Termutakhirkannya",
    "memutakhirkan": "Termutakhirkannya",
    "mengupload": "Terunggahnya",
    "mengunggah": "Terunggahnya",
    "mengoreksi": "Terkoreksinya",
    "memastikan": "Terjaminnya",
    "melatih": "Meningkatnya kemampuan",
    "menyuluh": "Meningkatnya pengetahuan",
    "mengajar": "Meningkatnya ketuntasan belajar peserta didik pada",
    "mengikuti": "Meningkatnya kompetensi melalui",
    "menghadiri": "Tersampaikannya hasil",
}
# Nominal object or category noun → result opener ("Melakukan verifikasi X" → "Terverifikasinya X").
_NOUN_RESULT: Final[Mapping[str, str]] = {
    "verifikasi": "Terverifikasinya",
    "pemeriksaan": "Terperiksanya",
    "pengawasan": "Terawasinya",
    "pendataan": "Terdatanya",
    "koordinasi": "Terkoordinasinya",
    "pengujian": "Terujinya",
    "pembinaan": "Terbinanya",
    "pemantauan": "Terpantaunya",
    "monitoring": "Terpantaunya",
    "evaluasi": "Terevaluasinya",
    "penyusunan": "Tersusunnya",
    "pengelolaan": "Terkelolanya",
    "fasilitasi": "Terfasilitasinya",
    "pendampingan": "Terdampinginya",
    "asistensi": "Terdampinginya",
    "sosialisasi": "Tersosialisasikannya",
    "pemeliharaan": "Terpeliharanya",
    "pengumpulan": "Terkumpulnya",
    "pencatatan": "Tercatatnya",
    "penanganan": "Tertanganinya",
    "pelayanan": "Terselesaikannya pelayanan",
    "layanan": "Terselesaikannya layanan",
    "pengadaan": "Terselesaikannya pengadaan",
    "penyediaan": "Tersedianya",
    "penatausahaan": "Tertibnya penatausahaan",
    "administrasi": "Tertibnya administrasi",
    "validasi": "Tervalidasinya",
    "inventarisasi": "Terinventarisasinya",
    "identifikasi": "Teridentifikasinya",
    "rekonsiliasi": "Terekonsiliasinya",
    "penyaluran": "Tersalurnya",
    "pendaftaran": "Terdaftarnya",
    "perekaman": "Terekamnya",
    "penerbitan": "Terbitnya",
    "pengiriman": "Terkirimnya",
    "penyampaian": "Tersampaikannya",
    "pemutakhiran": "Termutakhirkannya",
}
# Activities that stay "Terlaksananya …" and need an effect (L4), with the effect to propose.
_PROCESS_EFFECT: Final[Mapping[str, str]] = {
    "rapat": "yang menghasilkan kesepakatan tindak lanjut",
    "rakor": "yang menghasilkan kesepakatan tindak lanjut",
    "musyawarah": "yang menghasilkan kesepakatan tindak lanjut",
    "sosialisasi": "yang meningkatkan pemahaman peserta",
    "penyuluhan": "yang meningkatkan pemahaman peserta",
    "bimtek": "yang meningkatkan kompetensi peserta",
    "bimbingan": "yang meningkatkan kompetensi peserta",
    "pelatihan": "yang meningkatkan kompetensi peserta",
    "diklat": "yang meningkatkan kompetensi peserta",
    "workshop": "yang meningkatkan kompetensi peserta",
    "seminar": "yang meningkatkan kompetensi peserta",
    "supervisi": "yang hasilnya ditindaklanjuti dengan perbaikan",
    "monitoring": "yang hasilnya ditindaklanjuti dengan perbaikan",
    "monev": "yang hasilnya ditindaklanjuti dengan perbaikan",
    "evaluasi": "yang hasilnya ditindaklanjuti dengan perbaikan",
    "pengawasan": "yang hasilnya ditindaklanjuti dengan perbaikan",
    "pembinaan": "yang hasilnya ditindaklanjuti dengan perbaikan",
    "patroli": "yang menjaga ketertiban umum",
    "posyandu": "yang meningkatkan cakupan penimbangan balita",
}
_DEFAULT_EFFECT: Final = "yang hasilnya ditindaklanjuti"
# Quality tails by the object's kind (R-PHRASING L3: noun phrase + "yang" + quality).
_QUALITY_TAILS: Final[tuple[tuple[frozenset[str], str], ...]] = (
    (_words("data database basis dapodik siasn siak simpeg website"), "yang mutakhir dan valid"),
    (
        _words("berkas usulan permohonan spj sp2d spm kelengkapan dokumen"),
        "yang lengkap dan tepat waktu",
    ),
    (
        _words("laporan lakip lkpd renja renstra rka rencana modul naskah notula neraca kajian"),
        "yang akurat dan tepat waktu",
    ),
    (_words("arsip surat persuratan"), "yang tertib dan mudah ditemukan kembali"),
    (_words("kendaraan sarana prasarana jaringan peralatan gedung"), "dalam kondisi siap pakai"),
    (
        _words("barang persediaan aset bmd"),
        "yang tercatat akurat dan sesuai stok fisik",
    ),
    (_words("anggaran keuangan kas bos"), "yang tertib dan akuntabel"),
    (
        _words("pelayanan layanan pasien pengaduan pengunjung pemohon masyarakat"),
        "yang cepat dan sesuai standar",
    ),
    (_words("pegawai guru kader petani petugas peserta"), "sesuai standar kompetensi"),
)
_DEFAULT_TAIL: Final = "yang tepat waktu"
# Tails by the category noun itself, where the object would mislead ("Pengadaan barang…").
_HEAD_TAILS: Final[Mapping[str, str]] = {"pengadaan": "sesuai ketentuan dan tepat waktu"}
# Verbs with no sensible result form: the person must say what the work achieves.
_NO_REWRITE: Final[frozenset[str]] = _words("menjadi memiliki mempunyai")


def _quality_tail(obj: str) -> str:
    """A quality phrase for the object, chosen by its head noun; "" when it has one already."""
    lowered = obj.lower()
    words = _WORD.findall(lowered)
    if _QUALITY_PHRASE.search(lowered) or _yang_predicate(words):
        return ""
    content = [w for w in words if w not in _CONNECTORS and w not in _QUANTIFIERS]
    head = _base(content[0]) if content else ""
    tail = next((t for keys, t in _QUALITY_TAILS if head in keys), _DEFAULT_TAIL)
    if "yang" in words and tail.startswith("yang "):
        tail = tail.removeprefix("yang ")  # "tugas yang diberikan atasan tepat waktu"
    return tail


def _join(*parts: str) -> str:
    text = " ".join(p.strip() for p in parts if p and p.strip())
    text = _SPACES.sub(" ", text).strip()
    return text[:1].upper() + text[1:] if text else ""


def _tidy_object(obj: str) -> str:
    obj = obj.strip(" ,.;:")
    return re.sub(r"(?i)^(?:dan|serta)\s+me\w+\s+", "", obj)  # "menyusun dan menyampaikan laporan"


def _from_verb(verb: str, obj: str) -> str:
    """A rewrite of "<meN- verb> <object>" as a result."""
    obj_words = obj.split()
    head = obj_words[0].lower() if obj_words else ""
    if verb in {"melakukan", "melaksanakan", "menyelenggarakan", "mengadakan"} and head:
        rest = " ".join(obj_words[1:])
        if head == "kegiatan" and len(obj_words) > 1:  # "melaksanakan kegiatan sosialisasi …"
            head = obj_words[1].lower()
        if head in _PROCESS_EFFECT or verb in {"menyelenggarakan", "mengadakan"}:
            opener = "Terselenggaranya" if verb in {"menyelenggarakan", "mengadakan"} else "Terlaksananya"
            return _join(opener, obj, _PROCESS_EFFECT.get(head, _DEFAULT_EFFECT))
        if head in _NOUN_RESULT:
            rest = re.sub(r"^(?:terhadap|atas|kepada)\s+", "", rest)
            return _join(_NOUN_RESULT[head], rest, _quality_tail(rest))
        if head == "tugas":
            return _join("Terselesaikannya", obj, _quality_tail(obj))
        return _join("Terlaksananya", obj, _DEFAULT_EFFECT)
    if verb == "membantu":
        match = re.search(r"\b(?:dalam|pada|untuk)\s+(.*)$", obj)
        task = match.group(1) if match else obj
        task = re.sub(r"^pelaksanaan\s+", "", task)
        return _join("Terselesaikannya", task, _DEFAULT_TAIL) if task else ""
    if verb == "menerima" and obj:
        return _join(obj, "diterima dan diverifikasi pada hari yang sama")
    if verb in {"mengikuti", "menghadiri"} and obj:
        if verb == "mengikuti" and head in {"apel", "upacara", "senam"}:
            return ""
        if verb == "menghadiri" or head in {"rapat", "rakor", "undangan"}:
            return _join(_VERB_RESULT["menghadiri"], obj, "kepada pimpinan tepat waktu")
        return _join(_VERB_RESULT[verb], obj)
    if verb in {"melatih", "menyuluh", "mengajar"} and obj:
        return _join(_VERB_RESULT[verb], obj)
    if verb in {"meningkatkan", "menurunkan", "mengurangi", "menambah", "mewujudkan"}:
        return _join(_VERB_RESULT[verb], obj) if obj else ""
    if verb == "memperbaiki" and obj:
        return _join(_VERB_RESULT[verb], obj, "dalam kondisi siap pakai")
    opener = _VERB_RESULT.get(verb) or _derive_ter(verb)
    if not opener or not obj or verb in _NO_REWRITE:
        return ""
    if head in _NOUN_RESULT and verb in {"memberikan", "menyiapkan", "menyediakan"}:
        opener = "Tersedianya"
    tail = _quality_tail(obj)
    if verb == "mengembangkan" and tail == _DEFAULT_TAIL:
        tail = "yang sesuai kebutuhan pengguna"
    return _join(opener, obj, tail)


def _derive_ter(verb: str) -> str:
    """ter- + root + -nya from a meN- verb, where the root can be read off without a dictionary."""
    if verb.endswith("nya") or len(verb) < 6:
        return ""
    if verb.startswith("meny") and verb[4] in "aiueo":
        root = "s" + verb[4:]
    elif verb.startswith("meng") and verb[4] in "ghk":
        root = verb[4:]
    elif verb.startswith("mem") and verb[3] in "bpfv":
        root = verb[3:]
    elif verb.startswith("mem") and verb[3] in "aiueo":
        root = "p" + verb[3:]
    elif verb.startswith("men") and verb[3] in "dcjtsz" and not verb.startswith("meny"):
        root = verb[3:]
    elif verb.startswith("men") and verb[3] in "aiueo":
        root = "t" + verb[3:]
    elif verb[2] in "lrwymn" and not verb.startswith(("meng", "meny", "mem", "men")):
        root = verb[2:]
    else:
        return ""  # meng + vowel: kelola or olah? no rewrite rather than a wrong one
    if root.startswith("ter"):  # menerapkan → terapkan → "Diterapkannya", not "Terterapkannya"
        return "Di" + root + "nya"
    return "Ter" + root + "nya"


def _suggest(reading: Reading) -> str:
    text = reading.text.lower() if reading.text.isupper() else reading.text
    words = text.split()
    if not words:
        return ""
    if reading.rule == "L1":
        verb = reading.params.get("verb", "").lower()
        at = 1 if words[0].lower() in _MODALS and len(words) > 1 else 0
        if not _is_men_verb(verb):
            return ""  # ber- and base verbs: the person must say what the work achieves
        return _from_verb(verb, _tidy_object(" ".join(words[at + 1 :])))
    if reading.rule == "L4":
        activity = reading.params.get("activity", "").lower()
        opener = words[0]
        body = _tidy_object(" ".join(words[1:]))
        if _is_passive(opener.lower()) and not opener.lower().endswith("nya"):
            return _from_verb("melakukan", body)  # "Dilakukan verifikasi X" → "Terverifikasinya X"
        if activity == "kegiatan" and len(words) > 2:
            activity = _object_head([w.lower() for w in words[2:]])
        return _join(opener, body, _PROCESS_EFFECT.get(activity, _DEFAULT_EFFECT))
    if reading.rule == "L2":
        head = reading.params.get("head", "")
        if reading.params.get("scope") == "bare" or not head:
            return ""  # only the person knows what the work achieves
        match = re.search(rf"(?i)\b{re.escape(head)}\b", text)
        rest = text[match.end() :] if match else " ".join(words[1:])
        rest = re.sub(r"^\s*/\s*\S+", "", rest).strip()  # "Asistensi/ pendampingan …": one head
        if re.match(r"(?i)(?:dan|serta|atau|dengan|ke|di|kepada|bagi|untuk|dari)\b", rest):
            return ""  # "Koordinasi dengan OPD": no object to turn into a result
        rest = _tidy_object(re.sub(r"(?i)^(?:terhadap|atas)\s+", "", rest))
        if head in _PROCESS_EFFECT and head not in _NOUN_RESULT:
            return _join("Terlaksananya", text[:1].lower() + text[1:], _PROCESS_EFFECT[head])
        noun_opener = _NOUN_RESULT.get(head)
        if not noun_opener or not rest:
            return ""
        return _join(noun_opener, rest, _HEAD_TAILS.get(head) or _quality_tail(rest))
    return ""


def suggest_rewrite(text: str) -> str:
    """An Indonesian result wording for an activity or category sentence ("" when none)."""
    reading = read(text)
    return _suggest(reading) if reading.rule else ""


# --------------------------------------------------------------------------------------------------
# Indicators (R-IKI) and the whole plan
# --------------------------------------------------------------------------------------------------

# SKP-REFERENCE R-IKI [V 8/2021] S1 p36: words that signal an absolute target (L5). "setiap" followed
# by a period ("setiap bulan") is a schedule, not an absolute target.
_ABSOLUTE = re.compile(
    r"\b(?:semua|selalu|tidak\s+pernah|setiap(?!\s+(?:hari|minggu|pekan|bulan|triwulan|semester|tahun"
    r"|periode|tanggal|kali)\b))\b"
)
# R-PHRASING L6: a number, %, a unit word or a measure noun.
_MEASURE = re.compile(
    r"\d|%|\b(?:persen|dokumen|laporan|orang|hari|bulan|kali|rp|rupiah|unit|berkas|paket|buah|lokasi"
    r"|kegiatan|jam|menit|minggu|tahun|km|meter|ton|hektar|ha|jumlah|persentase|prosentase|indeks|rasio"
    r"|tingkat|nilai|waktu|rata-rata|cakupan|angka|proporsi|capaian|skor|predikat|frekuensi|realisasi"
    r"|kecepatan|ketepatan|lama|poin|satuan|opini)\b"
)
_NUMBER = re.compile(r"^\s*\d+(?:[.,]\d+)*\s*$")


def _absolute_word(text: str) -> str:
    match = _ABSOLUTE.search(text.lower())
    return _SPACES.sub(" ", match.group(0)) if match else ""


def check_indicator(
    ind: IndicatorSnapshot,
    *,
    rhk_text: str,
    kind: PlanKind,
    pendekatan: Pendekatan,
    guide: DraftingGuide,
) -> list[Finding]:
    """L5 (absolute target, JA/JF), L6 (unmeasurable, kuantitatif), L7 (restates the RHK),
    L9 (no monitoring source, model pengembangan)."""
    found: list[Finding] = []
    ids = {"indicator_id": ind.id}
    if kind is PlanKind.JA_JF:  # SKP-REFERENCE R-IKI [V 8/2021] S1 p36
        word = _absolute_word(ind.text)
        where = TARGET_IKI
        if not word:
            word = _absolute_word(f"{ind.target_value} {ind.target_max} {ind.target_unit}")
            where = TARGET_TARGET
        if word:
            found.append(Finding("L5", Severity.WARNING, where, params={"word": word, "field": where}, **ids))
    if pendekatan is Pendekatan.KUANTITATIF:  # R-PHRASING L6
        text = ind.text.strip()
        by_target = bool(_NUMBER.match(ind.target_value) and ind.target_unit.strip())
        if not text:
            found.append(
                Finding("L6", Severity.ERROR, TARGET_IKI, params={"reason": "empty", "iki": ""}, **ids)
            )
        elif not by_target and not _MEASURE.search(text.lower()):
            found.append(
                Finding("L6", Severity.ERROR, TARGET_IKI, params={"reason": "no-measure", "iki": text}, **ids)
            )
    if ind.text.strip() and normalise(ind.text) == normalise(rhk_text):  # R-PHRASING L7
        found.append(Finding("L7", Severity.WARNING, TARGET_IKI, params={"iki": clean(ind.text)}, **ids))
    # R-PHRASING L9, [V 8/2021] S1 p42 and the guide's stage 7 (data and data source, time of
    # collection): the data source is what makes a target monitorable. A missing collector alone is
    # not flagged; it is named when the source is missing too.
    if guide is DraftingGuide.PENGEMBANGAN and not ind.data_source.strip():
        missing = "source" if ind.collector.strip() else "source+collector"
        found.append(Finding("L9", Severity.WARNING, TARGET_IKI, params={"missing": missing}, **ids))
    return found


def _aspect_findings(result: ResultSnapshot, plan: PlanSnapshot, min_indicators: int) -> list[Finding]:
    """R-PHRASING L8 (R-IKI): a kuantitatif JA/JF RHK needs a Kuantitas IKI; any RHK needs at least
    ``min_indicators`` IKI (a local rule [L]; 1 nationally). A kualitatif RHK needs a measure."""
    count = len(result.indicators)
    if plan.kuantitatif:
        if count < min_indicators:
            return [
                Finding(
                    "L8",
                    Severity.WARNING,
                    TARGET_RHK,
                    result.id,
                    params={"reason": "too-few", "count": str(count), "min": str(min_indicators)},
                )
            ]
        if plan.kind is PlanKind.JA_JF and not any(
            i.aspek.strip().lower() == "kuantitas" for i in result.indicators
        ):
            return [Finding("L8", Severity.WARNING, TARGET_RHK, result.id, params={"reason": "no-kuantitas"})]
        return []
    if count == 0 and not result.ukuran_keberhasilan.strip():
        return [
            Finding(
                "L8",
                Severity.WARNING,
                TARGET_RHK,
                result.id,
                params={"reason": "too-few", "count": "0", "min": str(max(min_indicators, 1))},
            )
        ]
    return []


def check_result(result: ResultSnapshot, plan: PlanSnapshot, *, min_indicators: int = 1) -> list[Finding]:
    """All findings for one RHK of ``plan``: wording, L10, L8, then each IKI in order."""
    found = [replace(f, result_id=result.id) for f in check_result_text(result.text, jpt=plan.jpt)]
    # R-PHRASING L10 / R-CASCADE: a JA/JF RHK utama names the atasan RHK (or goal) it intervenes.
    if (
        plan.kind is PlanKind.JA_JF
        and result.jenis == "utama"
        and not (result.parent_result_id or result.parent_goal_id)
    ):
        found.append(
            Finding("L10", Severity.ERROR, TARGET_RHK, result.id, params={"rhk": clean(result.text)})
        )
    found += _aspect_findings(result, plan, min_indicators)
    if not plan.kuantitatif and plan.kind is PlanKind.JA_JF:
        word = _absolute_word(result.ukuran_keberhasilan)
        if word:
            found.append(
                Finding(
                    "L5",
                    Severity.WARNING,
                    TARGET_TARGET,
                    result.id,
                    params={"word": word, "field": TARGET_TARGET},
                )
            )
    for ind in result.indicators:
        found += [
            replace(f, result_id=result.id)
            for f in check_indicator(
                ind, rhk_text=result.text, kind=plan.kind, pendekatan=plan.pendekatan, guide=plan.guide
            )
        ]
    return found


def check_plan(plan: PlanSnapshot, *, min_indicators: int = 1) -> list[Finding]:
    """Every finding of the plan, in result order (R-PHRASING L1–L10)."""
    found: list[Finding] = []
    for result in plan.results:
        found += check_result(result, plan, min_indicators=min_indicators)
    return found


def blocking(findings: list[Finding]) -> list[Finding]:
    """The errors among ``findings`` (what keeps a plan from being submitted)."""
    return [f for f in findings if f.severity is Severity.ERROR]
