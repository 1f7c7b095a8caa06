"""The words of the drafting wizards' stages: title, what to do, why, inputs, output, an example.

Written for a civil servant drafting an SKP for the first time: short, concrete, one small
example each. Every text is per ``StageKind`` and, where the two forms differ, per ``PlanKind``
(JPT vs JA/JF, SKP-REFERENCE R-JPT-VS-JAJF); "why" names the rule and its regulation. The facts
come from SKP-REFERENCE R-STAGES, R-LIFECYCLE, R-SKP-CONTENT, R-IKI, R-PERSPEKTIF, R-BERAKHLAK,
R-CASCADE, R-REVIU, R-DEADLINES and R-LEGAL.

Titles may be renamed per workspace (the [U] setting ``STAGE_LABEL_SETTING``, R-STAGES / R-GAPS 1:
the regulation's own names of the stages are not confirmed). A custom name replaces the title in
both languages. ``title`` takes the names as ``labels``; without it, the names last given to
``use_labels`` apply (the settings dialog calls it after saving; the wizard should call
``use_labels(labels_from(ws.settings.values()))`` when a workspace is opened).

Example sentences of RHK wording are data and stay Indonesian in both languages (only the words
around them are translated).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from skpdesk.domain.plan import DraftingGuide, PlanKind
from skpdesk.domain.stages import Stage, StageKind, stage_of_kind, stages_for

CONTEXT: Final = "Stages"
STAGE_LABEL_SETTING: Final = "wizard.stage_labels"
"""The workspace setting holding custom stage titles: {StageKind value: title} (services.settings)."""

_ANY: Final = None  # a text for both forms

_TITLES: Final[Mapping[StageKind, object]] = {
    StageKind.GOALS: QT_TRANSLATE_NOOP("Stages", "Goals and Perjanjian Kinerja"),
    StageKind.MPH: QT_TRANSLATE_NOOP("Stages", "Role and result matrix"),
    StageKind.RESULTS: QT_TRANSLATE_NOOP("Stages", "Planned work results (RHK)"),
    StageKind.PERSPEKTIF: QT_TRANSLATE_NOOP("Stages", "Perspectives"),
    StageKind.INDICATORS: QT_TRANSLATE_NOOP("Stages", "Indicators (IKI) and targets"),
    StageKind.MANUAL: QT_TRANSLATE_NOOP("Stages", "Indicator manual"),
    StageKind.LEVELS: QT_TRANSLATE_NOOP("Stages", "Rating categories"),
    StageKind.MONITORING: QT_TRANSLATE_NOOP("Stages", "How progress is monitored"),
    StageKind.AK_LINK: QT_TRANSLATE_NOOP("Stages", "Link to angka kredit"),
    StageKind.PERILAKU: QT_TRANSLATE_NOOP("Stages", "Work behaviour (BerAKHLAK)"),
    StageKind.LAMPIRAN: QT_TRANSLATE_NOOP("Stages", "SKP annex"),
    StageKind.SUBMIT: QT_TRANSLATE_NOOP("Stages", "Check and submit"),
}

# (stage kind, plan kind or _ANY) → English source; a plan kind's own text wins over _ANY.
_WHAT: Final[Mapping[tuple[StageKind, PlanKind | None], object]] = {
    # SKP-REFERENCE R-STAGES stage 1 (both forms), R-CASCADE
    (StageKind.GOALS, PlanKind.JPT): QT_TRANSLATE_NOOP(
        "Stages",
        "Open the Renstra and the Perjanjian Kinerja (PK) you signed for this year. List each "
        "sasaran strategis or program your unit answers for, with its indicator (IKU) and its target.",
    ),
    (StageKind.GOALS, PlanKind.JA_JF): QT_TRANSLATE_NOOP(
        "Stages",
        "Look at the sasaran strategis of your organisation in the Renstra and the Perjanjian Kinerja "
        "(PK), then at the rencana hasil kerja (RHK) of your atasan for this year. Each of your main "
        "results will support one of them.",
    ),
    # R-STAGES JA/JF stage 2, R-CASCADE (direct: aspek, wilayah, beban; non-direct: layanan, output antara)
    (StageKind.MPH, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "With your atasan and your team, in a dialog kinerja, share out the atasan's results: one row "
        "per person, one column per result of the atasan, and in each cell what that person delivers. "
        "Split by aspect, by area or by quantity where the result can be divided (direct cascading); "
        "otherwise by the steps of the service or by intermediate outputs (non-direct cascading).",
    ),
    # R-STAGES JPT stage 2 (utama: PK, direktif, inisiatif strategis; tambahan), R-PHRASING
    (StageKind.RESULTS, PlanKind.JPT): QT_TRANSLATE_NOOP(
        "Stages",
        "Write your rencana hasil kerja. Utama: each sasaran of the PK, each direktif (assignment) of "
        "your leader, and the strategic initiatives that reach them. Tambahan: other agreed work, such "
        "as developing your own or others' competence, or a social task force. Write each one as a "
        "result, not an activity.",
    ),
    # R-STAGES JA/JF stage 3 (utama: MPH strategy, direktif; tambahan), R-CASCADE intervensi
    (StageKind.RESULTS, PlanKind.JA_JF): QT_TRANSLATE_NOOP(
        "Stages",
        "Write your rencana hasil kerja. Utama: what you deliver for your atasan's RHK (your cells of "
        "the matrix) and each direktif of your leader; for each, name the atasan's RHK it supports "
        "(intervensi). Tambahan: other agreed work, such as developing competence or a social activity. "
        "Write each one as a result, not an activity.",
    ),
    # R-STAGES JPT pengembangan stage 3, R-PERSPEKTIF
    (StageKind.PERSPEKTIF, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "Put each RHK utama under one of the four perspectives: penerima layanan (stakeholders), proses "
        "bisnis, penguatan internal, anggaran.",
    ),
    # R-IKI (kuantitatif / kualitatif), JPT: part of stage 2
    (StageKind.INDICATORS, PlanKind.JPT): QT_TRANSLATE_NOOP(
        "Stages",
        "For every RHK write at least one indikator kinerja individu (IKI) that shows whether the result "
        "was reached, and its target for the year. For a sasaran of the PK use the PK's indicator and "
        "target. With the kualitatif approach, describe the measure of success in a sentence instead.",
    ),
    # R-STAGES JA/JF stages 4–5, R-IKI aspects and absolute targets (L5)
    (StageKind.INDICATORS, PlanKind.JA_JF): QT_TRANSLATE_NOOP(
        "Stages",
        "For every RHK choose the aspects that matter (kuantitas, kualitas, waktu, biaya), write one IKI "
        "per aspect and set its target. Do not make a target absolute (semua, selalu, setiap, tidak "
        "pernah). With the kualitatif approach, describe the measure of success in a sentence instead.",
    ),
    # R-STAGES JPT stage 3 / 4
    (StageKind.MANUAL, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "For every IKI describe the result it measures, define the indicator, give the formula that "
        "computes it, and say what it is for.",
    ),
    # R-STAGES JA/JF pengembangan stage 6
    (StageKind.LEVELS, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "For every IKI describe three to five levels of performance, lowest first. The level you agreed "
        "as the target is “baik”; the pengelola kinerja may help write the other levels.",
    ),
    # R-STAGES JA/JF pengembangan stage 7
    (StageKind.MONITORING, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "For every IKI say which data show the progress, where they come from, when they are collected "
        "and who collects them. An RHK that cannot be measured this way is taken out of the SKP.",
    ),
    # R-STAGES JA/JF stage 6 / 8, R-REVIU (tim penilai angka kredit)
    (StageKind.AK_LINK, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "For a jabatan fungsional: link each RHK utama to a butir kegiatan of your jabatan and its angka "
        "kredit. Move an RHK utama without a butir kegiatan to tambahan, or add one that follows your "
        "atasan's plan.",
    ),
    # R-BERAKHLAK, R-SKP-CONTENT
    (StageKind.PERILAKU, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "The seven BerAKHLAK core values and their behaviour guides are the same for everyone. Your "
        "atasan may add an ekspektasi khusus (a specific expectation) to any value; the others stay "
        "empty.",
    ),
    # R-LIFECYCLE (b)–(d), R-SKP-CONTENT lampiran
    (StageKind.LAMPIRAN, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "Agree with your atasan and list the resources you will be given (dukungan sumber daya), how "
        "and when you report on your work (skema pertanggungjawaban), and what follows from meeting or "
        "missing the expectations (konsekuensi).",
    ),
    # R-LIFECYCLE penyusunan → reviu → penetapan; R-DEADLINES who sets a JPT's SKP
    (StageKind.SUBMIT, PlanKind.JPT): QT_TRANSLATE_NOOP(
        "Stages",
        "Read the whole plan once more, fix what the check marks, then submit it. The pengelola kinerja "
        "reviews it (reviu) and the authorised official, for example the Kepala Daerah or the JPT "
        "madya, sets it (penetapan). A plan sent back returns to you with notes.",
    ),
    (StageKind.SUBMIT, PlanKind.JA_JF): QT_TRANSLATE_NOOP(
        "Stages",
        "Read the whole plan once more, fix what the check marks, then submit it. The pengelola kinerja "
        "reviews it (reviu), then your pejabat penilai kinerja sets it (penetapan). A plan sent back "
        "returns to you with notes.",
    ),
}

_WHY: Final[Mapping[tuple[StageKind, PlanKind | None], object]] = {
    (StageKind.GOALS, PlanKind.JPT): QT_TRANSLATE_NOOP(
        "Stages",
        "The BKN guide to Permen PANRB 8/2021 starts here: the main results of a JPT are the sasaran of "
        "the PK with their indicators and targets, so the SKP and the PK promise the same thing.",
    ),
    (StageKind.GOALS, PlanKind.JA_JF): QT_TRANSLATE_NOOP(
        "Stages",
        "The BKN guide to Permen PANRB 8/2021 asks that your work supports the results of your atasan, "
        "your unit and your organisation; the reviu by the pengelola kinerja checks this alignment.",
    ),
    (StageKind.MPH, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "Permen PANRB 6/2022 (Pasal 7(2)) has the leader and the employee agree on expectations in a "
        "dialog kinerja while the SKP is drafted. The BKN guide makes this matrix stage 2 for JA and JF, "
        "so that every result of the atasan has someone delivering it and no work is done twice.",
    ),
    (StageKind.RESULTS, PlanKind.JPT): QT_TRANSLATE_NOOP(
        "Stages",
        "Permen PANRB 8/2021 asks that rencana kinerja are written as results, not as activities or "
        "categories of work. The SKP form of Permen PANRB 6/2022 keeps this and groups them as utama "
        "and tambahan.",
    ),
    (StageKind.RESULTS, PlanKind.JA_JF): QT_TRANSLATE_NOOP(
        "Stages",
        "Permen PANRB 8/2021 asks that rencana kinerja are written as results, not as activities or "
        "categories of work. On the JA/JF form of Permen PANRB 6/2022 each RHK utama names the RHK "
        "pimpinan yang diintervensi: the atasan's result it supports.",
    ),
    (StageKind.PERSPEKTIF, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "Stage 3 of the JPT model pengembangan in the BKN guide. The perspective is a column of the JPT "
        "form of Permen PANRB 6/2022 (kuantitatif approach).",
    ),
    (StageKind.INDICATORS, PlanKind.JPT): QT_TRANSLATE_NOOP(
        "Stages",
        "IKI and targets are part of stage 2 of the BKN guide, and the pejabat penilai rates hasil kerja "
        "against them (Permen PANRB 6/2022). An indicator should be SMART: specific, measurable, "
        "achievable, relevant and time-bound.",
    ),
    (StageKind.INDICATORS, PlanKind.JA_JF): QT_TRANSLATE_NOOP(
        "Stages",
        "Stages 4 and 5 of the BKN guide. Permen PANRB 8/2021 asks that JA/JF targets are not absolute, "
        "except for work that touches lives, safety, national security or large financial loss. The "
        "aspect is a column of the JA/JF form of Permen PANRB 6/2022.",
    ),
    (StageKind.MANUAL, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "The last stage of the JPT paths in the BKN guide to Permen PANRB 8/2021: with the manual, the "
        "pejabat penilai and the pengelola kinerja measure each indicator the way you do.",
    ),
    (StageKind.LEVELS, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "Stage 6 of the JA/JF model pengembangan (Permen PANRB 8/2021): levels written before the year "
        "starts tell you and your atasan what is above and what is below expectations.",
    ),
    (StageKind.MONITORING, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "Stage 7 of the JA/JF model pengembangan: Permen PANRB 8/2021 says a result whose target cannot "
        "be monitored (no data, too costly, too slow) does not belong in the SKP. After this stage the "
        "plan goes to reviu.",
    ),
    (StageKind.AK_LINK, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "The BKN guide to Permen PANRB 8/2021 ends the JF paths with this annex; the tim penilai angka "
        "kredit checks that each RHK utama is linked to a butir kegiatan.",
    ),
    (StageKind.PERILAKU, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "Permen PANRB 6/2022 puts perilaku kerja into the SKP next to hasil kerja, and PP 30/2019 asks "
        "that planning takes work behaviour into account. The values come from UU 20/2023 on ASN and "
        "have no levels.",
    ),
    (StageKind.LAMPIRAN, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "Under Permen PANRB 6/2022 the expectations agreed in the dialog kinerja include resource "
        "support, an accountability scheme and consequences; the SKP carries them as its annex.",
    ),
    (StageKind.SUBMIT, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "Permen PANRB 6/2022 (Pasal 5) makes penyusunan, reviu and penetapan the steps of planning. "
        "Under Permen PANRB 8/2021 the SKP is set by the end of January at the latest; if it is not "
        "drafted by the second week of January, the pengelola kinerja drafts it.",
    ),
}

# SKP-REFERENCE R-STAGES note, R-LEGAL (Permen PANRB 1/2023): the AK stage from 2023 on.
_WHY_AK_OPTIONAL: Final = QT_TRANSLATE_NOOP(
    "Stages",
    "Since Permen PANRB 1/2023 angka kredit come from your predikat kinerja, so for plans from 2023 on "
    "this annex is optional: fill it in only if your instansi still asks for it.",
)

_INPUTS: Final[Mapping[tuple[StageKind, PlanKind | None], tuple[object, ...]]] = {
    (StageKind.GOALS, PlanKind.JPT): (
        QT_TRANSLATE_NOOP("Stages", "The Renstra of your organisation"),
        QT_TRANSLATE_NOOP("Stages", "The Perjanjian Kinerja (PK) of this year"),
        QT_TRANSLATE_NOOP("Stages", "The Rencana Kerja Tahunan (RKT)"),
    ),
    (StageKind.GOALS, PlanKind.JA_JF): (
        QT_TRANSLATE_NOOP("Stages", "The sasaran strategis and IKU in the Renstra and the PK"),
        QT_TRANSLATE_NOOP("Stages", "Your atasan's SKP with their rencana hasil kerja (RHK)"),
    ),
    (StageKind.MPH, _ANY): (
        QT_TRANSLATE_NOOP("Stages", "Your atasan's RHK (stage 1)"),
        QT_TRANSLATE_NOOP("Stages", "The members of the team and their jabatan"),
        QT_TRANSLATE_NOOP("Stages", "The cascading method agreed with the atasan"),
    ),
    (StageKind.RESULTS, PlanKind.JPT): (
        QT_TRANSLATE_NOOP("Stages", "The sasaran and IKU from stage 1"),
        QT_TRANSLATE_NOOP("Stages", "Direktif: assignments from your leader"),
        QT_TRANSLATE_NOOP("Stages", "Your strategic initiatives or action plan"),
    ),
    (StageKind.RESULTS, PlanKind.JA_JF): (
        QT_TRANSLATE_NOOP("Stages", "Your row of the Matriks Pembagian Peran dan Hasil"),
        QT_TRANSLATE_NOOP("Stages", "Your atasan's RHK"),
        QT_TRANSLATE_NOOP("Stages", "Direktif: assignments from your leader"),
    ),
    (StageKind.PERSPEKTIF, _ANY): (QT_TRANSLATE_NOOP("Stages", "Your RHK utama (stage 2)"),),
    (StageKind.INDICATORS, PlanKind.JPT): (
        QT_TRANSLATE_NOOP("Stages", "Your RHK (previous step)"),
        QT_TRANSLATE_NOOP("Stages", "The indicators and targets of the PK"),
        QT_TRANSLATE_NOOP("Stages", "A baseline: last year's realisation"),
    ),
    (StageKind.INDICATORS, PlanKind.JA_JF): (
        QT_TRANSLATE_NOOP("Stages", "Your RHK (stage 3)"),
        QT_TRANSLATE_NOOP("Stages", "The atasan's RHK you support, with its target"),
        QT_TRANSLATE_NOOP("Stages", "A baseline: last year's realisation"),
    ),
    (StageKind.MANUAL, _ANY): (QT_TRANSLATE_NOOP("Stages", "Your IKI and targets (stage 2)"),),
    (StageKind.LEVELS, _ANY): (QT_TRANSLATE_NOOP("Stages", "Your IKI and targets (stages 4–5)"),),
    (StageKind.MONITORING, _ANY): (
        QT_TRANSLATE_NOOP("Stages", "Your IKI and rating categories"),
        QT_TRANSLATE_NOOP("Stages", "The reports and applications your unit already keeps"),
    ),
    (StageKind.AK_LINK, _ANY): (
        QT_TRANSLATE_NOOP("Stages", "Your RHK utama"),
        QT_TRANSLATE_NOOP("Stages", "The butir kegiatan of your jabatan fungsional"),
    ),
    (StageKind.PERILAKU, _ANY): (
        QT_TRANSLATE_NOOP("Stages", "The behaviour guides of the seven values"),
        QT_TRANSLATE_NOOP("Stages", "What your atasan particularly expects of you this year"),
    ),
    (StageKind.LAMPIRAN, _ANY): (
        QT_TRANSLATE_NOOP("Stages", "The budget, tools and training available to your unit"),
        QT_TRANSLATE_NOOP("Stages", "Your unit's reporting schedule"),
    ),
    (StageKind.SUBMIT, _ANY): (
        QT_TRANSLATE_NOOP("Stages", "Everything written in the earlier steps"),
        QT_TRANSLATE_NOOP("Stages", "The notes of an earlier reviu, if the plan was sent back"),
    ),
}

_OUTPUT: Final[Mapping[tuple[StageKind, PlanKind | None], object]] = {
    (StageKind.GOALS, PlanKind.JPT): QT_TRANSLATE_NOOP(
        "Stages", "The sasaran and IKU your unit owns, ready to become RHK utama."
    ),
    (StageKind.GOALS, PlanKind.JA_JF): QT_TRANSLATE_NOOP(
        "Stages", "The RHK of your atasan that your work will support."
    ),
    (StageKind.MPH, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "Your row of the matrix: each filled cell becomes one of your RHK utama, linked to the atasan's "
        "RHK of its column.",
    ),
    (StageKind.RESULTS, PlanKind.JPT): QT_TRANSLATE_NOOP(
        "Stages", "A list of RHK utama and tambahan, each written as a result."
    ),
    (StageKind.RESULTS, PlanKind.JA_JF): QT_TRANSLATE_NOOP(
        "Stages", "A list of RHK utama, each linked to the atasan's RHK it supports, and RHK tambahan."
    ),
    (StageKind.PERSPEKTIF, _ANY): QT_TRANSLATE_NOOP("Stages", "A perspective for every RHK utama."),
    (StageKind.INDICATORS, _ANY): QT_TRANSLATE_NOOP("Stages", "Every RHK with its IKI, each with a target."),
    (StageKind.MANUAL, _ANY): QT_TRANSLATE_NOOP(
        "Stages", "One manual per IKI: description, definition, formula and purpose."
    ),
    (StageKind.LEVELS, _ANY): QT_TRANSLATE_NOOP(
        "Stages", "Level descriptions for every IKI, the target level marked."
    ),
    (StageKind.MONITORING, _ANY): QT_TRANSLATE_NOOP(
        "Stages", "For every IKI: the data, their source, when they are collected and by whom."
    ),
    (StageKind.AK_LINK, _ANY): QT_TRANSLATE_NOOP(
        "Stages", "The annex “keterkaitan SKP dengan angka kredit”."
    ),
    (StageKind.PERILAKU, _ANY): QT_TRANSLATE_NOOP(
        "Stages", "The perilaku kerja part of the SKP, with any ekspektasi khusus pimpinan."
    ),
    (StageKind.LAMPIRAN, _ANY): QT_TRANSLATE_NOOP("Stages", "The three numbered lists of the SKP annex."),
    (StageKind.SUBMIT, _ANY): QT_TRANSLATE_NOOP(
        "Stages",
        "A submitted plan (diajukan), then reviewed (direviu) and set (ditetapkan), or sent back "
        "(dikembalikan) with notes.",
    ),
}

# One small example per stage: a translated frame around Indonesian data (R-PHRASING wording).
_EXAMPLES: Final[Mapping[tuple[StageKind, PlanKind | None], tuple[object, Mapping[str, str]]]] = {
    (StageKind.GOALS, PlanKind.JPT): (
        QT_TRANSLATE_NOOP("Stages", "For example: sasaran “{goal}”, IKU “{iku}”, target {target}."),
        {
            "goal": "Meningkatnya kualitas pelayanan perizinan",
            "iku": "Indeks kepuasan masyarakat",
            "target": "82",
        },
    ),
    (StageKind.GOALS, PlanKind.JA_JF): (
        QT_TRANSLATE_NOOP("Stages", "For example: your atasan's RHK “{rhk}”."),
        {"rhk": "Meningkatnya ketepatan waktu layanan kenaikan pangkat"},
    ),
    (StageKind.MPH, _ANY): (
        QT_TRANSLATE_NOOP(
            "Stages", "For example: the atasan's RHK “{parent}” becomes, for the analis, “{cell}”."
        ),
        {
            "parent": "Meningkatnya ketepatan waktu layanan kenaikan pangkat",
            "cell": "Tersusunnya usulan kenaikan pangkat yang lengkap dan tepat waktu",
        },
    ),
    (StageKind.RESULTS, _ANY): (
        QT_TRANSLATE_NOOP("Stages", "Write “{good}”, not “{bad}”."),
        {
            "good": "Tersusunnya laporan keuangan unit yang lengkap dan tepat waktu",
            "bad": "Menyusun laporan keuangan",
        },
    ),
    (StageKind.PERSPEKTIF, _ANY): (
        QT_TRANSLATE_NOOP("Stages", "For example: “{rhk}” belongs to penerima layanan."),
        {"rhk": "Meningkatnya kepuasan masyarakat atas layanan perizinan"},
    ),
    (StageKind.INDICATORS, _ANY): (
        QT_TRANSLATE_NOOP("Stages", "For example: for “{rhk}”, the IKI “{iki}”, target {target}."),
        {
            "rhk": "Tersusunnya usulan kenaikan pangkat yang lengkap dan tepat waktu",
            "iki": "Persentase usulan kenaikan pangkat yang diajukan tepat waktu",
            "target": "90%",
        },
    ),
    (StageKind.MANUAL, _ANY): (
        QT_TRANSLATE_NOOP("Stages", "For example: “{iki}” = {formula}."),
        {
            "iki": "Persentase izin terbit tepat waktu",
            "formula": "izin terbit dalam 5 hari kerja ÷ seluruh izin terbit × 100%",
        },
    ),
    (StageKind.LEVELS, _ANY): (
        QT_TRANSLATE_NOOP("Stages", "For example, for “{iki}”: {levels}."),
        {
            "iki": "Persentase usulan yang diajukan tepat waktu",
            "levels": "di bawah 70% · 70–89% · 90–95% (baik) · di atas 95%",
        },
    ),
    (StageKind.MONITORING, _ANY): (
        QT_TRANSLATE_NOOP("Stages", "For example: {source}."),
        {
            "source": (
                "jumlah usulan tepat waktu, dari aplikasi layanan kepegawaian, "
                "direkap setiap akhir bulan oleh analis"
            )
        },
    ),
    (StageKind.AK_LINK, _ANY): (
        QT_TRANSLATE_NOOP("Stages", "For example: “{rhk}” ↔ butir kegiatan “{butir}”."),
        {"rhk": "Tersusunnya rekomendasi hasil analisis jabatan", "butir": "Menyusun analisis jabatan"},
    ),
    (StageKind.PERILAKU, _ANY): (
        QT_TRANSLATE_NOOP("Stages", "For example, for Kolaboratif: “{text}”."),
        {"text": "Aktif berbagi data dengan bidang lain dalam penyusunan laporan tahunan"},
    ),
    (StageKind.LAMPIRAN, _ANY): (
        QT_TRANSLATE_NOOP("Stages", "For example: {items}."),
        {
            "items": (
                "akses aplikasi SIASN; laporan kemajuan setiap triwulan; tunjangan kinerja sesuai predikat"
            )
        },
    ),
    (StageKind.SUBMIT, _ANY): (
        QT_TRANSLATE_NOOP("Stages", "For example: the check marks “{bad}” as an activity."),
        {"bad": "Melaksanakan rapat koordinasi"},
    ),
}

_GUIDE_STAGE: Final = QT_TRANSLATE_NOOP("Stages", "BKN guide, stage {number}")
_APP_STEP: Final = QT_TRANSLATE_NOOP("Stages", "Added by SKP Desk")
_OPTIONAL: Final = QT_TRANSLATE_NOOP("Stages", "optional")
_STEP_OF: Final = QT_TRANSLATE_NOOP("Stages", "Step {number} of {count}")
_USED_IN: Final = QT_TRANSLATE_NOOP("Stages", "BKN guide stage: {where}")
_EVERY_PATH: Final = QT_TRANSLATE_NOOP("Stages", "Added by SKP Desk, on every path")

# The regulation's names of the forms and paths (not translated).
_FORM_NAMES: Final[Mapping[PlanKind, str]] = {PlanKind.JPT: "JPT", PlanKind.JA_JF: "JA/JF"}
_GUIDE_NAMES: Final[Mapping[DraftingGuide, str]] = {
    DraftingGuide.DASAR: "dasar",
    DraftingGuide.PENGEMBANGAN: "pengembangan",
}

_labels: dict[str, str] = {}


@dataclass(frozen=True)
class StageText:
    """All the words of one stage, in the UI language."""

    title: str
    what_to_do: str
    why: str
    inputs: tuple[str, ...]  # one item each (``input_items``)
    output: str
    example: str
    origin: str


def _tr(source: object) -> str:
    """Translate a source marked with QT_TRANSLATE_NOOP (typed ``object`` by PySide6's stubs)."""
    return QCoreApplication.translate(CONTEXT, str(source))


def _kind_of(stage: Stage | StageKind) -> StageKind:
    return stage.kind if isinstance(stage, Stage) else stage


def _pick(
    table: Mapping[tuple[StageKind, PlanKind | None], Any], stage: Stage | StageKind, kind: PlanKind
) -> Any:
    stage_kind = _kind_of(stage)
    found = table.get((stage_kind, kind))
    return found if found is not None else table[(stage_kind, _ANY)]


# -- custom titles (the [U] setting) -----------------------------------------------------------------


def labels_from(values: Mapping[str, Any]) -> dict[str, str]:
    """The custom titles in a settings mapping (``ws.settings.values()``): known stage kinds with a
    non-empty text only; anything else (a missing key, a stale or foreign value) is ignored."""
    raw = values.get(STAGE_LABEL_SETTING)
    if not isinstance(raw, Mapping):
        return {}
    known = {k.value for k in StageKind}
    return {str(k): v.strip() for k, v in raw.items() if k in known and isinstance(v, str) and v.strip()}


def use_labels(labels: Mapping[str, str]) -> None:
    """The custom titles that apply when ``title`` is called without ``labels``."""
    _labels.clear()
    _labels.update(labels_from({STAGE_LABEL_SETTING: labels}))


def current_labels() -> dict[str, str]:
    return dict(_labels)


# -- the words ---------------------------------------------------------------------------------------


def default_title(stage: Stage | StageKind) -> str:
    """The stage's own title in the UI language (the same for JPT and JA/JF)."""
    return _tr(_TITLES[_kind_of(stage)])


def title(
    stage: Stage | StageKind, kind: PlanKind | None = None, *, labels: Mapping[str, str] | None = None
) -> str:
    """The title shown for the stage: the workspace's custom name if one is set, else the default.

    ``kind`` is accepted for symmetry with the other texts: titles do not differ between JPT and
    JA/JF, so the settings can rename a stage once for every path.
    """
    custom = (labels_from({STAGE_LABEL_SETTING: labels}) if labels is not None else _labels).get(
        _kind_of(stage).value
    )
    return custom or default_title(stage)


def what_to_do(stage: Stage | StageKind, kind: PlanKind) -> str:
    """What the person does in this stage, in two or three sentences."""
    return _tr(_pick(_WHAT, stage, kind))


def why(stage: Stage | StageKind, kind: PlanKind) -> str:
    """The rule behind the stage, naming its regulation. The AK stage, when optional (plans from
    2023 on, R-STAGES), adds why it is optional."""
    text = _tr(_pick(_WHY, stage, kind))
    if isinstance(stage, Stage) and stage.kind is StageKind.AK_LINK and stage.optional:
        text = f"{text} {_tr(_WHY_AK_OPTIONAL)}"
    return text


def input_items(stage: Stage | StageKind, kind: PlanKind) -> tuple[str, ...]:
    """What the person needs at hand for this stage, one item each."""
    return tuple(_tr(source) for source in _pick(_INPUTS, stage, kind))


def inputs(stage: Stage | StageKind, kind: PlanKind) -> str:
    """What the person needs at hand for this stage, in one line ("a; b; c")."""
    return "; ".join(input_items(stage, kind))


def output(stage: Stage | StageKind, kind: PlanKind) -> str:
    """What the stage produces."""
    return _tr(_pick(_OUTPUT, stage, kind))


def example(stage: Stage | StageKind, kind: PlanKind) -> str:
    """One small example; the RHK/IKI wording in it stays Indonesian (it is data)."""
    source, data = _pick(_EXAMPLES, stage, kind)
    return _tr(source).format(**data)


def origin(stage: Stage) -> str:
    """Where the step comes from: "BKN guide, stage 4–5" or "Added by SKP Desk" (+ ", optional")."""
    text = _tr(_GUIDE_STAGE).format(number=stage.guide_number) if stage.from_guide else _tr(_APP_STEP)
    return f"{text} · {_tr(_OPTIONAL)}" if stage.optional else text


def step_label(stage: Stage, count: int) -> str:
    """ "Step 3 of 9"."""
    return _tr(_STEP_OF).format(number=stage.number, count=count)


def usage(stage: Stage | StageKind) -> str:
    """Where the stage sits in the four paths, e.g. "BKN guide stage: JPT 2 · JA/JF 3" or
    "JPT dasar 3, pengembangan 4" (for the settings, where a name applies to every path)."""
    stage_kind = _kind_of(stage)
    parts: list[str] = []
    for form in PlanKind:
        numbers: dict[DraftingGuide, str] = {}
        for guide in DraftingGuide:
            found = stage_of_kind(stages_for(form, guide, year=2022, jabatan_fungsional=True), stage_kind)
            if found is not None and found.from_guide:
                numbers[guide] = found.guide_number
        if not numbers:
            continue
        if len(numbers) == len(DraftingGuide) and len(set(numbers.values())) == 1:
            parts.append(f"{_FORM_NAMES[form]} {next(iter(numbers.values()))}")
        else:
            parts.append(
                f"{_FORM_NAMES[form]} "
                + ", ".join(f"{_GUIDE_NAMES[guide]} {number}" for guide, number in numbers.items())
            )
    return _tr(_USED_IN).format(where=" · ".join(parts)) if parts else _tr(_EVERY_PATH)


def texts(stage: Stage, kind: PlanKind, *, labels: Mapping[str, str] | None = None) -> StageText:
    """Every text of a stage at once (for the wizard's stage header and its help panel)."""
    return StageText(
        title=title(stage, kind, labels=labels),
        what_to_do=what_to_do(stage, kind),
        why=why(stage, kind),
        inputs=input_items(stage, kind),
        output=output(stage, kind),
        example=example(stage, kind),
        origin=origin(stage),
    )


__all__ = [
    "STAGE_LABEL_SETTING",
    "StageText",
    "current_labels",
    "default_title",
    "example",
    "input_items",
    "inputs",
    "labels_from",
    "origin",
    "output",
    "step_label",
    "texts",
    "title",
    "usage",
    "use_labels",
    "what_to_do",
    "why",
]
