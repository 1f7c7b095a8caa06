"""Structural invariants of the demo content (SKP-REFERENCE R-ORG, R-CASCADE, R-PHRASING, R-IKI)."""

from __future__ import annotations

import ast
import dataclasses
import inspect
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation

import pytest

from skpdesk.services import demo_content as dc
from skpdesk.services.demo_content import (
    ACTIVITY_PHRASED_RHK,
    BKPSDM_CASCADE,
    EKSPEKTASI_KHUSUS,
    EVIDENCE_NAMES,
    FEEDBACK_TEXTS,
    GENERIC_RHK,
    KABUPATEN_GOALS,
    LAMPIRAN,
    OPD_GOALS,
    OPD_TEMPLATES,
    PROGRESS_NOTES,
    RESULT_PHRASED_RHK,
    GoalTemplate,
    RhkTemplate,
    UnitTemplate,
)

# The allowed values are spelled out here on purpose, independent of the module's own constants.
JENJANG = {
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
}
STAFF_JENJANG = JENJANG - {"jpt-pratama", "administrator", "pengawas"}
KINDS = {"instansi", "opd", "bidang", "subbidang", "upt", "kecamatan", "kelurahan"}
ASPEK = {"kuantitas", "kualitas", "waktu", "biaya"}
PERSPEKTIF = {"penerima-layanan", "proses-bisnis", "penguatan-internal", "anggaran"}
APPROACHES = {
    "langsung": {"aspek", "wilayah", "beban-target"},
    "tidak-langsung": {"layanan", "output-antara"},
}
CONTRIBUTIONS = {"outcome", "output", "layanan"}
SOURCES = {"pk", "direktif", "inisiatif", "mph", "pengembangan-kompetensi", "keterlibatan-masyarakat"}
TAMBAHAN_SOURCES = {"pengembangan-kompetensi", "keterlibatan-masyarakat"}
CORE_VALUES = {
    "berorientasi-pelayanan",
    "akuntabel",
    "kompeten",
    "harmonis",
    "loyal",
    "adaptif",
    "kolaboratif",
}
# R-PHRASING L1: active meN- openers.
L1_VERBS = {
    "menyusun",
    "melaksanakan",
    "melakukan",
    "membuat",
    "menyiapkan",
    "mengikuti",
    "menghadiri",
    "memfasilitasi",
    "mengoordinasikan",
    "mengkoordinasikan",
    "memberikan",
    "mengelola",
    "mengembangkan",
    "menjawab",
    "memantau",
    "memonitor",
    "mengawasi",
    "membantu",
    "menginput",
    "mengentri",
    "mengarsipkan",
    "mengumpulkan",
    "mengolah",
    "menganalisis",
    "memverifikasi",
    "mendampingi",
    "merekap",
    "mencatat",
    "menerima",
    "mengirim",
    "mengajukan",
    "membina",
    "mensosialisasikan",
    "mengevaluasi",
}
# R-PHRASING L2 category nouns and L4 process-only openers.
CATEGORY_NOUNS = {
    "sosialisasi",
    "monitoring",
    "evaluasi",
    "monev",
    "pengawasan",
    "fasilitasi",
    "koordinasi",
    "pembinaan",
    "pelayanan",
    "layanan",
    "administrasi",
    "supervisi",
    "asistensi",
    "pendampingan",
    "rapat",
    "kegiatan",
}
PROCESS_OPENERS = {"terlaksananya", "terselenggaranya"}
# R-IKI / L5: absolute targets for JA/JF.
ABSOLUTE_WORDS = ("semua", "selalu", "tidak pernah", "setiap")
MEASURE_OPENERS = {
    "persentase",
    "indeks",
    "jumlah",
    "nilai",
    "rasio",
    "angka",
    "tingkat",
    "level",
    "rata-rata",
    "harapan",
    "laju",
    "prevalensi",
    "produktivitas",
    "pertumbuhan",
    "populasi",
}
EDU_HEALTH_SHORTS = {"DISDIK", "DINKES", "RSUD"}


# ---- helpers ------------------------------------------------------------------------------------


def _walk(unit: UnitTemplate, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], UnitTemplate]]:
    here = (*path, unit.name)
    yield here, unit
    for child in unit.children:
        yield from _walk(child, here)


def _all_units() -> Iterator[tuple[tuple[str, ...], UnitTemplate]]:
    for opd in OPD_TEMPLATES:
        yield from _walk(opd)


def _positions(unit: UnitTemplate) -> int:
    own = 1 + sum(s.weight for s in unit.staff) + sum(_positions(c) for c in unit.children)
    return own * unit.repeat


def _first_word(text: str) -> str:
    return text.split(maxsplit=1)[0].lower().strip(",.;:()")


def _is_decimal(value: str) -> bool:
    try:
        Decimal(value)
    except InvalidOperation:
        return False
    return True


def _bkpsdm() -> UnitTemplate:
    matches = [u for u in OPD_TEMPLATES if u.short == "BKPSDM"]
    assert len(matches) == 1
    return matches[0]


def _all_rhk() -> list[RhkTemplate]:
    cascade = [r for plan in BKPSDM_CASCADE for r in plan.rhk]
    generic = [r for rows in GENERIC_RHK.values() for r in rows]
    return cascade + generic


def _plan_jenjang() -> dict[tuple[tuple[str, ...], str], str]:
    """(unit_path, title) -> jenjang for every BKPSDM head and staff title."""
    out: dict[tuple[tuple[str, ...], str], str] = {}
    for path, unit in _walk(_bkpsdm()):
        out[(path, unit.head_title)] = unit.head_jenjang
        for staff in unit.staff:
            out[(path, staff.title)] = staff.jenjang
    return out


# ---- organisation tree --------------------------------------------------------------------------


def test_tree_uses_only_allowed_values() -> None:
    for path, unit in _all_units():
        assert unit.kind in KINDS, path
        assert unit.head_jenjang in JENJANG, path
        assert unit.name.strip() and unit.short.strip() and unit.head_title.strip(), path
        assert unit.repeat >= 1, path
        assert not unit.instance_names or len(unit.instance_names) >= unit.repeat, path
        for staff in unit.staff:
            assert staff.jenjang in STAFF_JENJANG, (path, staff)
            assert staff.weight >= 1, (path, staff)
            assert staff.title.strip(), path


def test_opd_heads_are_jpt_pratama_except_kecamatan() -> None:
    assert dc.INSTANSI_NAME.startswith("Pemerintah Kabupaten ")
    for opd in OPD_TEMPLATES:
        assert opd.kind in {"opd", "kecamatan"}, opd.name
        expected = "administrator" if opd.kind == "kecamatan" else "jpt-pratama"
        assert opd.head_jenjang == expected, opd.name
    assert any(opd.kind == "kecamatan" for opd in OPD_TEMPLATES)


def test_sub_units_are_not_opd_and_shorts_are_unique() -> None:
    shorts = [opd.short for opd in OPD_TEMPLATES]
    assert len(shorts) == len(set(shorts))
    for opd in OPD_TEMPLATES:
        for path, unit in _walk(opd):
            if unit is not opd:
                assert unit.kind not in {"opd", "instansi", "kecamatan"}, path
    names = [opd.name for opd in OPD_TEMPLATES]
    assert len(names) == len(set(names))


def test_sibling_units_have_distinct_names() -> None:
    for path, unit in _all_units():
        child_names = [c.name for c in unit.children]
        assert len(child_names) == len(set(child_names)), path


def test_tree_size_and_composition() -> None:
    total = sum(_positions(opd) for opd in OPD_TEMPLATES)
    edu_health = sum(_positions(opd) for opd in OPD_TEMPLATES if opd.short in EDU_HEALTH_SHORTS)
    assert 550 <= total <= 750, total
    assert edu_health * 2 > total, (edu_health, total)
    repeated = {unit.short for _, unit in _all_units() if unit.repeat > 1}
    assert {"SDN", "Puskesmas", "KECAMATAN"} <= repeated


def test_every_role_has_generic_rhk() -> None:
    for path, unit in _all_units():
        assert not unit.head_role or unit.head_role in GENERIC_RHK, path
        for staff in unit.staff:
            assert not staff.role or staff.role in GENERIC_RHK, (path, staff)
    assert set(GENERIC_RHK) >= JENJANG


# ---- goals --------------------------------------------------------------------------------------


def _check_goal(goal: GoalTemplate) -> None:
    assert goal.perspektif in PERSPEKTIF, goal.sasaran
    assert _first_word(goal.sasaran).endswith("nya"), goal.sasaran
    assert 1 <= len(goal.indicators) <= 3, goal.sasaran
    for ind in goal.indicators:
        assert ind.aspek in ASPEK, ind
        assert _is_decimal(ind.target), ind
        assert ind.unit.strip(), ind
        assert _first_word(ind.text) in MEASURE_OPENERS, ind.text


def test_kabupaten_goals() -> None:
    assert len(KABUPATEN_GOALS) >= 6
    for goal in KABUPATEN_GOALS:
        _check_goal(goal)
        assert goal.kabupaten_goal is None


def test_every_opd_has_goals() -> None:
    shorts = {opd.short for opd in OPD_TEMPLATES}
    assert set(OPD_GOALS) == shorts
    for short, goals in OPD_GOALS.items():
        assert len(goals) >= 2, short
        for goal in goals:
            _check_goal(goal)
            assert goal.kabupaten_goal is not None, goal.sasaran
            assert 0 <= goal.kabupaten_goal < len(KABUPATEN_GOALS), goal.sasaran


# ---- BKPSDM cascade -----------------------------------------------------------------------------


def test_every_bkpsdm_position_has_exactly_one_plan() -> None:
    expected = set(_plan_jenjang())
    plans = [(plan.unit_path, plan.title) for plan in BKPSDM_CASCADE]
    assert len(plans) == len(set(plans)), "duplicate plan templates"
    assert set(plans) == expected


def test_rhk_keys_are_unique() -> None:
    keys = [r.key for r in _all_rhk()]
    assert len(keys) == len(set(keys))
    assert all(k.strip() for k in keys)


def test_parent_keys_resolve() -> None:
    keys = {r.key for plan in BKPSDM_CASCADE for r in plan.rhk}
    for rhk in _all_rhk():
        if rhk.parent_key is None:
            continue
        if rhk.parent_key.startswith("goal:"):
            _, short, index = rhk.parent_key.split(":")
            assert short in OPD_GOALS, rhk.key
            assert 0 <= int(index) < len(OPD_GOALS[short]), rhk.key
        else:
            assert rhk.parent_key in keys, rhk.key


def test_parents_are_in_the_atasan_plan() -> None:
    bkpsdm = _bkpsdm()
    head_title = {path: unit.head_title for path, unit in _walk(bkpsdm)}
    keys_of = {(plan.unit_path, plan.title): {r.key for r in plan.rhk} for plan in BKPSDM_CASCADE}
    for plan in BKPSDM_CASCADE:
        is_head = head_title[plan.unit_path] == plan.title
        if is_head and plan.unit_path == (bkpsdm.name,):
            allowed = {f"goal:BKPSDM:{i}" for i in range(len(OPD_GOALS["BKPSDM"]))}
        else:
            atasan_path = plan.unit_path[:-1] if is_head else plan.unit_path
            allowed = keys_of[(atasan_path, head_title[atasan_path])]
        for rhk in plan.rhk:
            if rhk.jenis == "utama":
                assert rhk.parent_key in allowed, rhk.key


def test_kepala_covers_every_bkpsdm_goal() -> None:
    kepala = next(p for p in BKPSDM_CASCADE if p.unit_path == (_bkpsdm().name,))
    covered = {r.parent_key for r in kepala.rhk if r.jenis == "utama"}
    assert covered == {f"goal:BKPSDM:{i}" for i in range(len(OPD_GOALS["BKPSDM"]))}
    assert {r.source for r in kepala.rhk if r.jenis == "tambahan"} == TAMBAHAN_SOURCES


def test_every_head_rhk_has_a_contributor() -> None:
    """R-REVIU A2: no atasan RHK assigned to the team is left without a contributor (MPH coverage)."""
    bkpsdm = _bkpsdm()
    has_team = {path: bool(unit.staff or unit.children) for path, unit in _walk(bkpsdm)}
    head_title = {path: unit.head_title for path, unit in _walk(bkpsdm)}
    intervened = {r.parent_key for plan in BKPSDM_CASCADE for r in plan.rhk}
    for plan in BKPSDM_CASCADE:
        if head_title[plan.unit_path] != plan.title or not has_team[plan.unit_path]:
            continue
        for rhk in plan.rhk:
            if rhk.jenis == "utama":
                assert rhk.key in intervened, rhk.key


def test_bkpsdm_plans_shape() -> None:
    jenjang_of = _plan_jenjang()
    methods_used: set[str] = set()
    approaches_used: set[str] = set()
    for plan in BKPSDM_CASCADE:
        jenjang = jenjang_of[(plan.unit_path, plan.title)]
        utama = [r for r in plan.rhk if r.jenis == "utama"]
        if jenjang == "jpt-pratama":
            # A JPT carries every sasaran of the Perjanjian Kinerja (R-REVIU J1).
            assert 2 <= len(utama) <= 6, plan.title
        else:
            assert 2 <= len(utama) <= 4, plan.title
        for rhk in plan.rhk:
            assert rhk.jenis in {"utama", "tambahan"}, rhk.key
            assert rhk.source in SOURCES, rhk.key
            assert 1 <= len(rhk.indicators) <= 3, rhk.key
            assert rhk.key.startswith("bkpsdm."), rhk.key
            if rhk.jenis == "tambahan":
                assert rhk.parent_key is None, rhk.key
                assert rhk.source in TAMBAHAN_SOURCES, rhk.key
            elif jenjang == "jpt-pratama":
                assert rhk.perspektif in PERSPEKTIF, rhk.key
                assert rhk.source == "pk", rhk.key
            else:
                assert rhk.parent_key is not None, rhk.key
                assert not rhk.perspektif, rhk.key
                methods_used.add(rhk.method)
                approaches_used.add(rhk.approach)
    assert methods_used == set(APPROACHES)
    assert approaches_used == set().union(*APPROACHES.values())


def test_bkpsdm_staff_titles_do_not_mix_jenjang_in_one_unit() -> None:
    """Staff of one title in one unit share a plan; the cascade relies on one jenjang per title there."""
    for path, unit in _walk(_bkpsdm()):
        titles = [s.title for s in unit.staff]
        assert len(titles) == len(set(titles)), path


# ---- RHK and IKI content ------------------------------------------------------------------------


def test_rhk_vocabulary_and_cascading() -> None:
    for rhk in _all_rhk():
        assert rhk.jenis in {"utama", "tambahan"}, rhk.key
        assert rhk.source in SOURCES, rhk.key
        assert rhk.text.strip(), rhk.key
        is_jpt_utama = rhk.jenis == "utama" and bool(rhk.perspektif)
        if rhk.jenis == "utama" and not is_jpt_utama:
            assert rhk.method in APPROACHES, rhk.key
            assert rhk.approach in APPROACHES[rhk.method], rhk.key
            assert rhk.contribution in CONTRIBUTIONS, rhk.key
            assert any(i.aspek == "kuantitas" for i in rhk.indicators), f"L8 {rhk.key}"
        else:
            assert not (rhk.method or rhk.approach or rhk.contribution), rhk.key
        if rhk.perspektif:
            assert rhk.perspektif in PERSPEKTIF, rhk.key


def test_iki_are_measurable_and_not_absolute() -> None:
    for rhk in _all_rhk():
        for iki in rhk.indicators:
            assert iki.aspek in ASPEK, rhk.key
            assert _is_decimal(iki.target), (rhk.key, iki.target)
            assert Decimal(iki.target) >= 0, rhk.key
            assert iki.unit.strip(), rhk.key
            assert iki.text.strip().lower() != rhk.text.strip().lower(), f"L7 {rhk.key}"
            lowered = f" {iki.text.lower()} "
            for word in ABSOLUTE_WORDS:
                assert f" {word} " not in lowered, f"L5 {rhk.key}: {iki.text}"
    for plan in BKPSDM_CASCADE:
        for rhk in plan.rhk:
            assert all(i.data_source for i in rhk.indicators), f"L9 {rhk.key}"


def test_rhk_texts_are_worded_as_results() -> None:
    for rhk in _all_rhk():
        assert _first_word(rhk.text) not in L1_VERBS, rhk.text
        words = rhk.text.lower().split()
        assert not (len(words) <= 3 and all(w in CATEGORY_NOUNS for w in words)), rhk.text


def test_generic_rhk_entries() -> None:
    for name, rows in GENERIC_RHK.items():
        assert len(rows) >= 2, name
        assert any(r.jenis == "utama" for r in rows), name
        for rhk in rows:
            assert rhk.parent_key is None, rhk.key
            assert rhk.key.startswith(f"generic.{name}."), rhk.key
            assert 1 <= len(rhk.indicators) <= 3, rhk.key
    jpt_utama = [r for r in GENERIC_RHK["jpt-pratama"] if r.jenis == "utama"]
    assert jpt_utama
    assert all(r.perspektif in PERSPEKTIF for r in jpt_utama)


# ---- phrasing examples --------------------------------------------------------------------------


def test_phrasing_examples() -> None:
    assert len(ACTIVITY_PHRASED_RHK) >= 12
    assert len(RESULT_PHRASED_RHK) >= 12
    assert not set(ACTIVITY_PHRASED_RHK) & set(RESULT_PHRASED_RHK)
    for text in RESULT_PHRASED_RHK:
        assert _first_word(text) not in L1_VERBS, text
        assert _first_word(text) not in PROCESS_OPENERS | CATEGORY_NOUNS, text
    for text in ACTIVITY_PHRASED_RHK:
        assert len(text.split()) <= 20, text
        first = _first_word(text)
        # Each bad example trips one of the L1 / L2 / L4 heuristics.
        assert first in L1_VERBS | CATEGORY_NOUNS | PROCESS_OPENERS, text


# ---- coaching and monitoring texts -----------------------------------------------------------------


def test_ekspektasi_khusus() -> None:
    assert set(EKSPEKTASI_KHUSUS) == CORE_VALUES
    for slug, rows in EKSPEKTASI_KHUSUS.items():
        assert 2 <= len(rows) <= 4, slug
        assert all(r.strip() for r in rows), slug


def test_lampiran_feedback_evidence_notes() -> None:
    assert set(LAMPIRAN) == {"sumber-daya", "skema-pertanggungjawaban", "konsekuensi"}
    assert all(len(rows) >= 3 for rows in LAMPIRAN.values())
    assert set(FEEDBACK_TEXTS) == {"positif", "perbaikan"}
    assert all(len(rows) >= 8 for rows in FEEDBACK_TEXTS.values())
    assert len(EVIDENCE_NAMES) >= 15
    assert len(EVIDENCE_NAMES) == len(set(EVIDENCE_NAMES))
    for name in EVIDENCE_NAMES:
        stem, _, ext = name.rpartition(".")
        assert stem and " " not in name, name
        assert ext in {"pdf", "jpg", "png", "xlsx", "docx", "csv"}, name
    assert len(PROGRESS_NOTES) >= 10
    assert len(PROGRESS_NOTES) == len(set(PROGRESS_NOTES))


# ---- purity -------------------------------------------------------------------------------------


def test_module_is_pure_data() -> None:
    tree = ast.parse(inspect.getsource(dc))
    imported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
        assert not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef), "no functions in a data module"
    assert imported <= {"__future__", "collections", "dataclasses", "types"}, imported


def test_templates_are_immutable() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        OPD_TEMPLATES[0].name = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        OPD_GOALS["X"] = ()  # type: ignore[index]
    with pytest.raises(TypeError):
        GENERIC_RHK["x"] = ()  # type: ignore[index]
