"""The drafting stages of the SKP wizards: which steps a plan goes through, in which order.

SKP-REFERENCE R-STAGES [V 8/2021] (SEED-BKN, the BKN Direktorat Kinerja ASN guide to drafting
under Permen PANRB 8/2021): four paths — JPT model dasar (3 stages), JPT model pengembangan (4),
JA/JF model dasar (6), JA/JF model pengembangan (8). Under Permen PANRB 6/2022 the forms differ by
pendekatan, not by model (R-LEGAL), so these stages guide the drafting while the documents follow
R-FORM-RENCANA.

The wizard's steps are the guide's stages of the path followed by three steps SKP Desk adds,
because an SKP under 6/2022 holds more than the guide's stages produce (R-SKP-CONTENT): the
perilaku kerja with the ekspektasi khusus pimpinan (R-BERAKHLAK), the lampiran (dukungan sumber
daya, skema pertanggungjawaban, konsekuensi; R-LIFECYCLE), and the check before the plan is
submitted for reviu and penetapan (R-LIFECYCLE, R-REVIU).

Two wizard steps do not map one-to-one to a guide stage; ``Stage.guide_number`` says which guide
stages a step covers:

- JA/JF stages 4 and 5 (aspek indikator; IKI and target per aspek) are one step, ``INDICATORS``,
  numbered "4–5", as the guide itself lists them together.
- JPT stage 2 (rencana SKP = RHK utama/tambahan with IKI and target) is split into two steps,
  ``RESULTS`` then ``INDICATORS``, both numbered "2". Design choice: every path then has the
  same IKI-and-target page, and a person who has never written an SKP decides one thing per page
  (first what result, then how it is measured); the guide's stage 3/4 (manual indikator) works
  on those IKI.

Nothing here reads a clock or storage: the plan year is passed in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from skpdesk.domain.plan import DraftingGuide, PlanKind, PlanSnapshot


class StageKind(StrEnum):
    """What a wizard step is about (R-STAGES; the app steps per R-SKP-CONTENT)."""

    GOALS = "goals"  # melihat sasaran strategis / IKU / target in the Renstra and PK (every path, 1)
    MPH = "mph"  # matriks pembagian peran dan hasil, by dialog kinerja (JA/JF 2)
    RESULTS = "results"  # rencana SKP: RHK utama/tambahan (+ intervensi for JA/JF) (JPT 2, JA/JF 3)
    PERSPEKTIF = "perspektif"  # RHK utama grouped by perspektif (JPT pengembangan 3)
    INDICATORS = "indicators"  # aspek, IKI and target (JA/JF 4–5; JPT: second half of stage 2)
    MANUAL = "manual"  # manual indikator kinerja (JPT dasar 3, pengembangan 4)
    LEVELS = "levels"  # kategori penilaian kinerja (JA/JF pengembangan 6)
    MONITORING = "monitoring"  # cara memantau kinerja (JA/JF pengembangan 7)
    AK_LINK = "ak-link"  # keterkaitan SKP dengan angka kredit (JF; JA/JF dasar 6, pengembangan 8)
    PERILAKU = "perilaku"  # perilaku kerja BerAKHLAK + ekspektasi khusus pimpinan (app step)
    LAMPIRAN = "lampiran"  # dukungan sumber daya, skema pertanggungjawaban, konsekuensi (app step)
    SUBMIT = "submit"  # periksa & ajukan: penyusunan → reviu → penetapan (app step)


@dataclass(frozen=True)
class Stage:
    """One step of a drafting wizard."""

    kind: StageKind
    number: int
    """Position in the wizard, 1-based."""
    guide_number: str
    """The BKN guide's numbering of the stage(s) this step covers ("1", "4–5"); "" for app steps."""
    from_guide: bool
    """True for the regulation's (BKN guide's) stages, False for the steps SKP Desk adds."""
    optional: bool = False
    """True when the plan may be submitted without this step (the AK linkage from 2023 on)."""


# SKP-REFERENCE R-STAGES [V 8/2021] SEED-BKN: the guide's stages per path, in the guide's order, as
# (step, guide stage number). AK_LINK rows apply to jabatan fungsional only (see stages_for).
GUIDE_STAGES: Final[Mapping[tuple[PlanKind, DraftingGuide], tuple[tuple[StageKind, str], ...]]] = {
    (PlanKind.JPT, DraftingGuide.DASAR): (
        (StageKind.GOALS, "1"),
        (StageKind.RESULTS, "2"),
        (StageKind.INDICATORS, "2"),  # stage 2 split in two steps (module docstring)
        (StageKind.MANUAL, "3"),
    ),
    (PlanKind.JPT, DraftingGuide.PENGEMBANGAN): (
        (StageKind.GOALS, "1"),
        (StageKind.RESULTS, "2"),
        (StageKind.INDICATORS, "2"),
        (StageKind.PERSPEKTIF, "3"),
        (StageKind.MANUAL, "4"),
    ),
    (PlanKind.JA_JF, DraftingGuide.DASAR): (
        (StageKind.GOALS, "1"),
        (StageKind.MPH, "2"),
        (StageKind.RESULTS, "3"),
        (StageKind.INDICATORS, "4–5"),
        (StageKind.AK_LINK, "6"),
    ),
    (PlanKind.JA_JF, DraftingGuide.PENGEMBANGAN): (
        (StageKind.GOALS, "1"),
        (StageKind.MPH, "2"),
        (StageKind.RESULTS, "3"),
        (StageKind.INDICATORS, "4–5"),
        (StageKind.LEVELS, "6"),
        (StageKind.MONITORING, "7"),
        (StageKind.AK_LINK, "8"),
    ),
}

# SKP-REFERENCE R-STAGES [V 8/2021]: the number of stages the guide gives each path.
GUIDE_STAGE_COUNTS: Final[Mapping[tuple[PlanKind, DraftingGuide], int]] = {
    (PlanKind.JPT, DraftingGuide.DASAR): 3,
    (PlanKind.JPT, DraftingGuide.PENGEMBANGAN): 4,
    (PlanKind.JA_JF, DraftingGuide.DASAR): 6,
    (PlanKind.JA_JF, DraftingGuide.PENGEMBANGAN): 8,
}

# SKP-REFERENCE R-SKP-CONTENT [V]: the rest of an SKP under Permen PANRB 6/2022, after the guide's
# stages — perilaku kerja (R-BERAKHLAK), lampiran (R-LIFECYCLE (b)–(d)), then the check and the
# submission for reviu and penetapan (R-LIFECYCLE, R-REVIU).
APP_STAGES: Final[tuple[StageKind, ...]] = (StageKind.PERILAKU, StageKind.LAMPIRAN, StageKind.SUBMIT)

# SKP-REFERENCE R-STAGES note [P] S26, S4 (Permen PANRB 6/2022 Pasal 38; Permen PANRB 1/2023 and
# PerBKN 3/2023, R-LEGAL): the 8/2021 linkage of the SKP to butir kegiatan angka kredit stayed
# valid at most one year after 6/2022; since Permen 1/2023 angka kredit come from converting the
# predikat (R-AK), so there is nothing to link. The reference allows skipping the stage for plans
# from 2023 on or keeping it as an optional annex; SKP Desk keeps it, optional, so an instansi
# that still asks for the annex can fill it and no one else is held up by it.
AK_LINK_OPTIONAL_FROM_YEAR: Final = 2023


def stages_for(
    kind: PlanKind, guide: DraftingGuide, *, year: int, jabatan_fungsional: bool = False
) -> tuple[Stage, ...]:
    """The wizard's steps for a plan: the guide's stages of the path, then the app's steps.

    ``AK_LINK`` appears only for a jabatan fungsional on a JA/JF path (R-STAGES: "format keterkaitan
    SKP dengan angka kredit JF", stage 6 of model dasar and 8 of model pengembangan), and is
    optional for plans of ``AK_LINK_OPTIONAL_FROM_YEAR`` or later.
    """
    kinds: list[tuple[StageKind, str, bool, bool]] = []
    for stage_kind, guide_number in GUIDE_STAGES[(kind, guide)]:
        optional = False
        if stage_kind is StageKind.AK_LINK:
            if not jabatan_fungsional:
                continue
            optional = year >= AK_LINK_OPTIONAL_FROM_YEAR
        kinds.append((stage_kind, guide_number, True, optional))
    kinds += [(stage_kind, "", False, False) for stage_kind in APP_STAGES]
    return tuple(
        Stage(kind=k, number=n, guide_number=g, from_guide=f, optional=o)
        for n, (k, g, f, o) in enumerate(kinds, start=1)
    )


def stages_for_plan(plan: PlanSnapshot, *, jabatan_fungsional: bool = False) -> tuple[Stage, ...]:
    """``stages_for`` with the plan's form, guide and year."""
    return stages_for(plan.kind, plan.guide, year=plan.year, jabatan_fungsional=jabatan_fungsional)


def stage_by_number(stages: Sequence[Stage], number: int) -> Stage:
    """The step at ``number`` (1-based); a number out of range gives the nearest step, since a
    stored stage number may be stale (the plan's path or year changed since it was saved)."""
    if not stages:
        raise ValueError("a wizard has at least one stage")
    return stages[min(max(number, 1), len(stages)) - 1]


def stage_of_kind(stages: Sequence[Stage], kind: StageKind) -> Stage | None:
    """The step of that kind, or None when the path has none (e.g. MPH on a JPT path)."""
    return next((stage for stage in stages if stage.kind is kind), None)


def next_stage(stages: Sequence[Stage], number: int) -> Stage | None:
    """The step after ``number``, or None after the last one."""
    return stages[number] if 0 < number < len(stages) else None


def previous_stage(stages: Sequence[Stage], number: int) -> Stage | None:
    """The step before ``number``, or None before the first one."""
    return stages[number - 2] if 1 < number <= len(stages) else None


def guide_numbers(stage: Stage) -> tuple[int, ...]:
    """The guide stage numbers a step covers: "4–5" → (4, 5), "2" → (2,), "" → ()."""
    if not stage.guide_number:
        return ()
    first, _, last = stage.guide_number.replace("-", "–").partition("–")
    return tuple(range(int(first), int(last or first) + 1))


def guide_stage_count(stages: Sequence[Stage]) -> int:
    """How many of the guide's stages the steps cover (JPT dasar 3 … JA/JF pengembangan 8)."""
    return len({number for stage in stages if stage.from_guide for number in guide_numbers(stage)})


__all__ = [
    "AK_LINK_OPTIONAL_FROM_YEAR",
    "APP_STAGES",
    "GUIDE_STAGES",
    "GUIDE_STAGE_COUNTS",
    "Stage",
    "StageKind",
    "guide_numbers",
    "guide_stage_count",
    "next_stage",
    "previous_stage",
    "stage_by_number",
    "stage_of_kind",
    "stages_for",
    "stages_for_plan",
]
