"""SKP-REFERENCE R-STAGES: the drafting wizards' steps per path, the AK linkage, clamping."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from skpdesk.domain.plan import DraftingGuide, Pendekatan, PlanKind, PlanSnapshot
from skpdesk.domain.stages import (
    AK_LINK_OPTIONAL_FROM_YEAR,
    APP_STAGES,
    GUIDE_STAGE_COUNTS,
    Stage,
    StageKind,
    guide_numbers,
    guide_stage_count,
    next_stage,
    previous_stage,
    stage_by_number,
    stage_of_kind,
    stages_for,
    stages_for_plan,
)

K = StageKind
PATHS = [(kind, guide) for kind in PlanKind for guide in DraftingGuide]


def kinds(stages: tuple[Stage, ...]) -> list[StageKind]:
    return [stage.kind for stage in stages]


@pytest.mark.parametrize(
    ("kind", "guide", "expected"),
    [
        (PlanKind.JPT, DraftingGuide.DASAR, 3),
        (PlanKind.JPT, DraftingGuide.PENGEMBANGAN, 4),
        (PlanKind.JA_JF, DraftingGuide.DASAR, 6),
        (PlanKind.JA_JF, DraftingGuide.PENGEMBANGAN, 8),
    ],
)
def test_each_path_covers_the_guides_stage_count(kind: PlanKind, guide: DraftingGuide, expected: int) -> None:
    stages = stages_for(kind, guide, year=2022, jabatan_fungsional=True)
    assert guide_stage_count(stages) == expected == GUIDE_STAGE_COUNTS[(kind, guide)]
    covered = sorted(n for s in stages if s.from_guide for n in guide_numbers(s))
    assert sorted(set(covered)) == list(range(1, expected + 1))  # no gap, nothing beyond the guide


def test_the_order_of_each_path() -> None:
    assert kinds(stages_for(PlanKind.JPT, DraftingGuide.DASAR, year=2026)) == [
        K.GOALS, K.RESULTS, K.INDICATORS, K.MANUAL, K.PERILAKU, K.LAMPIRAN, K.SUBMIT,
    ]  # fmt: skip
    assert kinds(stages_for(PlanKind.JPT, DraftingGuide.PENGEMBANGAN, year=2026)) == [
        K.GOALS, K.RESULTS, K.INDICATORS, K.PERSPEKTIF, K.MANUAL, K.PERILAKU, K.LAMPIRAN, K.SUBMIT,
    ]  # fmt: skip
    assert kinds(stages_for(PlanKind.JA_JF, DraftingGuide.DASAR, year=2026)) == [
        K.GOALS, K.MPH, K.RESULTS, K.INDICATORS, K.PERILAKU, K.LAMPIRAN, K.SUBMIT,
    ]  # fmt: skip
    jf = stages_for(PlanKind.JA_JF, DraftingGuide.PENGEMBANGAN, year=2026, jabatan_fungsional=True)
    assert kinds(jf) == [
        K.GOALS, K.MPH, K.RESULTS, K.INDICATORS, K.LEVELS, K.MONITORING, K.AK_LINK,
        K.PERILAKU, K.LAMPIRAN, K.SUBMIT,
    ]  # fmt: skip


def test_guide_numbers_as_the_bkn_guide_prints_them() -> None:
    jpt = stages_for(PlanKind.JPT, DraftingGuide.PENGEMBANGAN, year=2026)
    assert [s.guide_number for s in jpt] == ["1", "2", "2", "3", "4", "", "", ""]
    jf = stages_for(PlanKind.JA_JF, DraftingGuide.DASAR, year=2022, jabatan_fungsional=True)
    assert [s.guide_number for s in jf] == ["1", "2", "3", "4–5", "6", "", "", ""]
    assert guide_numbers(jf[3]) == (4, 5) and guide_numbers(jf[-1]) == ()


@pytest.mark.parametrize(("kind", "guide"), PATHS)
@pytest.mark.parametrize("year", [2021, 2026])
@pytest.mark.parametrize("jf", [False, True])
def test_numbers_and_the_app_steps_at_the_end(
    kind: PlanKind, guide: DraftingGuide, year: int, jf: bool
) -> None:
    stages = stages_for(kind, guide, year=year, jabatan_fungsional=jf)
    assert [s.number for s in stages] == list(range(1, len(stages) + 1))
    assert tuple(kinds(stages[-3:])) == APP_STAGES
    assert all(not s.from_guide and s.guide_number == "" for s in stages[-3:])
    assert all(s.from_guide and s.guide_number for s in stages[:-3])
    assert stages[0].kind is K.GOALS  # every path starts from the organisation's goals
    assert len(set(kinds(stages))) == len(stages)  # a kind appears at most once
    assert all(not s.optional for s in stages if s.kind is not K.AK_LINK)


def test_jpt_paths_have_no_mph_aspects_levels_or_ak_stage() -> None:
    for guide in DraftingGuide:
        stages = stages_for(PlanKind.JPT, guide, year=2022, jabatan_fungsional=True)
        assert not {K.MPH, K.LEVELS, K.MONITORING, K.AK_LINK} & set(kinds(stages))
        assert stage_of_kind(stages, K.MANUAL) is not None
    assert stage_of_kind(stages_for(PlanKind.JPT, DraftingGuide.DASAR, year=2026), K.PERSPEKTIF) is None


@pytest.mark.parametrize("guide", list(DraftingGuide))
def test_ak_stage_only_for_jabatan_fungsional(guide: DraftingGuide) -> None:
    ja = stages_for(PlanKind.JA_JF, guide, year=2022, jabatan_fungsional=False)
    jf = stages_for(PlanKind.JA_JF, guide, year=2022, jabatan_fungsional=True)
    assert stage_of_kind(ja, K.AK_LINK) is None
    ak = stage_of_kind(jf, K.AK_LINK)
    assert ak is not None and ak.from_guide
    assert ak.guide_number == ("6" if guide is DraftingGuide.DASAR else "8")
    assert len(jf) == len(ja) + 1
    assert guide_stage_count(ja) == GUIDE_STAGE_COUNTS[(PlanKind.JA_JF, guide)] - 1


@pytest.mark.parametrize(
    ("year", "optional"),
    [
        (2021, False),
        (AK_LINK_OPTIONAL_FROM_YEAR - 1, False),
        (AK_LINK_OPTIONAL_FROM_YEAR, True),
        (2026, True),
    ],
)
def test_ak_stage_is_optional_from_2023(year: int, optional: bool) -> None:
    assert AK_LINK_OPTIONAL_FROM_YEAR == 2023  # Permen PANRB 1/2023 (R-STAGES note)
    for guide in DraftingGuide:
        stages = stages_for(PlanKind.JA_JF, guide, year=year, jabatan_fungsional=True)
        ak = stage_of_kind(stages, K.AK_LINK)
        assert ak is not None and ak.optional is optional
        assert stages[ak.number].kind is K.PERILAKU  # still the last of the guide's stages


def test_stage_by_number_clamps_a_stale_number() -> None:
    stages = stages_for(PlanKind.JA_JF, DraftingGuide.DASAR, year=2026)
    assert stage_by_number(stages, 1).kind is K.GOALS
    assert stage_by_number(stages, 3).kind is K.RESULTS
    assert stage_by_number(stages, 0).kind is K.GOALS
    assert stage_by_number(stages, -5).kind is K.GOALS
    assert stage_by_number(stages, len(stages)).kind is K.SUBMIT
    assert stage_by_number(stages, 10).kind is K.SUBMIT  # stored on an 8-stage path with AK
    with pytest.raises(ValueError):
        stage_by_number((), 1)


@given(st.sampled_from(PATHS), st.integers(min_value=-1000, max_value=1000), st.booleans())
def test_stage_by_number_always_answers_a_stage_of_the_path(
    path: tuple[PlanKind, DraftingGuide], number: int, jf: bool
) -> None:
    stages = stages_for(*path, year=2026, jabatan_fungsional=jf)
    stage = stage_by_number(stages, number)
    assert stage in stages
    if 1 <= number <= len(stages):
        assert stage.number == number


def test_next_and_previous() -> None:
    stages = stages_for(PlanKind.JPT, DraftingGuide.DASAR, year=2026)
    assert next_stage(stages, 1) == stages[1]
    assert next_stage(stages, len(stages)) is None
    assert next_stage(stages, 0) is None
    assert previous_stage(stages, 2) == stages[0]
    assert previous_stage(stages, 1) is None
    assert previous_stage(stages, len(stages) + 1) is None


def test_stages_for_plan_reads_form_guide_and_year() -> None:
    plan = PlanSnapshot(
        id="p", kind=PlanKind.JA_JF, pendekatan=Pendekatan.KUANTITATIF,
        guide=DraftingGuide.PENGEMBANGAN, year=2022,
    )  # fmt: skip
    stages = stages_for_plan(plan, jabatan_fungsional=True)
    assert stages == stages_for(
        PlanKind.JA_JF, DraftingGuide.PENGEMBANGAN, year=2022, jabatan_fungsional=True
    )
    ak = stage_of_kind(stages, K.AK_LINK)
    assert ak is not None and not ak.optional
