"""The demo organisation: a fictional kabupaten, built through the services (so it has an op log).

Deterministic for (size, seed, year): ids, names and every choice come from one seeded
``random.Random`` and a seeded Faker (id_ID). Sizes: demo ≈ 600 employees, kabupaten ≈ 5,000,
provinsi ≈ 50,000. BKPSDM is cascaded fully from the Kepala down to every staff member; other
units have plans at every status; the past year has progress, evidence, feedback and ratings.
"""

from __future__ import annotations

import datetime as dt
import math
import random
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from faker import Faker

from skpdesk.domain import jabatan, nip, pangkat, predikat
from skpdesk.domain.berakhlak import CoreValue
from skpdesk.services import demo_content as content
from skpdesk.services.access import Actor
from skpdesk.services.awards import NewNomination
from skpdesk.services.monitoring import NewEvidence, NewFeedback, NewProgress
from skpdesk.services.org import NewEmployee, NewGrant, NewPosition, NewUnit
from skpdesk.services.planning import NewGoal, NewIndicator, NewPlan, NewResult
from skpdesk.services.rating import NewAssessment
from skpdesk.services.workspace import Workspace

SIZES = {"demo": 600, "kabupaten": 5_000, "provinsi": 50_000}
# Share of employees (outside the fully cascaded BKPSDM) given plans, per size: enough to fill
# every screen and measure, without a provinsi build taking minutes.
PLAN_COVERAGE = {"demo": 1.0, "kabupaten": 0.4, "provinsi": 0.06}
STATUSES = ("draft", "diajukan", "direviu", "ditetapkan")
QUARTERS = ("TW1", "TW2", "TW3", "TW4")

ProgressFn = Callable[[int, int, str], None]

# Golongan a person at this jenjang typically holds (R-AK ranges for JF; practice for the rest).
_GOLONGAN_RANGE = {
    jabatan.Jenjang.JPT_UTAMA: ("IV/d", "IV/e"),
    jabatan.Jenjang.JPT_MADYA: ("IV/d", "IV/e"),
    jabatan.Jenjang.JPT_PRATAMA: ("IV/c", "IV/d"),
    jabatan.Jenjang.ADMINISTRATOR: ("IV/a", "IV/b"),
    jabatan.Jenjang.PENGAWAS: ("III/c", "III/d"),
    jabatan.Jenjang.PELAKSANA: ("II/a", "III/b"),
}


@dataclass(frozen=True)
class DemoSummary:
    size: str
    seed: int
    seconds: float
    employees: int
    plans: int


@dataclass
class _Seat:
    position_id: str
    unit_id: str
    opd_short: str
    title: str
    jenjang: jabatan.Jenjang
    atasan: _Seat | None
    unit_path: tuple[str, ...]
    is_head: bool
    role: str = ""
    employee_id: str = ""
    children: list[_Seat] = field(default_factory=list)


class _Builder:
    def __init__(self, ws: Workspace, size: str, seed: int, year: int, progress: ProgressFn | None) -> None:
        self.ws = ws
        self.size = size
        self.rng = random.Random(seed)
        self.fake = Faker("id_ID")
        self.fake.seed_instance(seed)
        self.year = year
        self._progress = progress or (lambda _s, _t, _n: None)
        self.seats: list[_Seat] = []
        self.goal_ids: dict[str, list[str]] = {}  # opd short → sasaran ids in order
        self.nips: set[str] = set()

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def step(self, n: int, note: str) -> None:
        self._progress(n, 8, note)

    # -- organisation --------------------------------------------------------------------------

    def build_org(self) -> None:
        target = SIZES[self.size]
        base = sum(_template_heads(t) for t in content.OPD_TEMPLATES)
        scale = target / max(base, 1)
        for _ in range(6):  # repeated units grow by sqrt(scale): correct until the total fits
            scale *= target / max(_seats_for(scale), 1)
        units: list[NewUnit] = []
        positions: list[NewPosition] = []
        name = content.INSTANSI_NAME
        if self.size == "provinsi":
            name = name.replace("Kabupaten", "Provinsi")
        root_id = self.uid()
        units.append(NewUnit(name=name, kind="instansi", id=root_id))
        self.root_unit_id = root_id

        def add(
            t: content.UnitTemplate,
            parent_id: str,
            atasan: _Seat | None,
            opd: str,
            path: tuple[str, ...],
            suffix: str | None,
            factor: float,
            order: int,
        ) -> None:
            unit_name = f"{t.name} {suffix}" if suffix is not None else t.name
            unit_id = self.uid()
            units.append(
                NewUnit(
                    name=unit_name,
                    kind=t.kind,
                    parent_id=parent_id,
                    short_name=t.short,
                    mandiri=t.mandiri,
                    sort_order=order,
                    id=unit_id,
                )
            )
            here = (*path, t.name)
            head = _Seat(
                self.uid(),
                unit_id,
                opd,
                t.head_title,
                jabatan.parse_jenjang(t.head_jenjang),
                atasan,
                here,
                True,
                t.head_role or t.head_jenjang,
            )
            positions.append(
                NewPosition(
                    title=head.title,
                    org_unit_id=unit_id,
                    jenjang=head.jenjang.value,
                    atasan_position_id=atasan.position_id if atasan else None,
                    is_head=True,
                    id=head.position_id,
                )
            )
            self.seats.append(head)
            if atasan:
                atasan.children.append(head)
            for staff in t.staff:
                for _ in range(max(1, round(staff.weight * factor))):
                    seat = _Seat(
                        self.uid(),
                        unit_id,
                        opd,
                        staff.title,
                        jabatan.parse_jenjang(staff.jenjang),
                        head,
                        here,
                        False,
                        staff.role or staff.jenjang,
                    )
                    positions.append(
                        NewPosition(
                            title=staff.title,
                            org_unit_id=unit_id,
                            jenjang=seat.jenjang.value,
                            atasan_position_id=head.position_id,
                            id=seat.position_id,
                        )
                    )
                    self.seats.append(seat)
                    head.children.append(seat)
            for n, child in enumerate(t.children):
                for copy in _copies(child, factor):
                    child_factor = math.sqrt(factor) if child.repeat > 1 else factor
                    add(child, unit_id, head, opd, here, copy, child_factor, n)

        for order, t in enumerate(content.OPD_TEMPLATES):
            for copy in _copies(t, scale):
                add(t, root_id, None, t.short, (), copy, math.sqrt(scale) if t.repeat > 1 else scale, order)
        self.ws.org.add_units(units)
        self.ws.org.add_positions(positions)

    def build_people(self) -> None:
        people: list[NewEmployee] = []
        vacant = {
            s.position_id for s in self.rng.sample([s for s in self.seats if s.is_head and s.atasan], 2)
        }
        for seat in self.seats:
            if seat.position_id in vacant:
                continue
            seat.employee_id = self.uid()
            people.append(self._person(seat))
        self.ws.org.add_employees(people)
        self.vacant = [s for s in self.seats if s.position_id in vacant]
        for seat in self.vacant:  # a Plt fills each vacant head position
            acting = seat.atasan
            while acting is not None and not acting.employee_id:
                acting = acting.atasan
            if acting is not None:
                self.ws.org.assign_acting(
                    acting.employee_id,
                    seat.position_id,
                    "plt",
                    dt.date(self.year, 1, 2),
                    None,
                    f"800/{self.rng.randint(10, 999)}/BKPSDM",
                )

    def build_grants(self) -> None:
        """Who does what in the demo: BKPSDM pusat, facilitators, one pengelola kinerja per OPD."""
        grants: list[tuple[str, str, str | None]] = []
        staffed = [s for s in self.seats if s.employee_id]
        for top in [s for s in staffed if s.atasan is None]:
            members = [
                s for s in staffed if s.opd_short == top.opd_short and s.unit_path[:1] == top.unit_path[:1]
            ]
            clerks = [
                s for s in members if not s.is_head and any("Umum" in p or "Umpeg" in p for p in s.unit_path)
            ]
            clerks = clerks or [s for s in members if not s.is_head]
            if top.opd_short == content.BKPSDM_SHORT:
                grants.append((top.employee_id, "pusat", None))
                for seat in [s for s in members if not s.is_head][:3]:
                    grants.append((seat.employee_id, "fasilitator", None))
            if clerks:
                grants.append((clerks[0].employee_id, "pengelola", top.unit_id))
                if len(clerks) > 1 and top.opd_short == content.BKPSDM_SHORT:
                    grants.append((clerks[1].employee_id, "subbagian", top.unit_id))
        self.ws.org.grant_roles([NewGrant(e, r, u) for e, r, u in grants])

    def _person(self, seat: _Seat) -> NewEmployee:
        rng = self.rng
        male = rng.random() < 0.48
        gender = nip.Gender.LAKI_LAKI if male else nip.Gender.PEREMPUAN
        first = self.fake.first_name_male() if male else self.fake.first_name_female()
        name = f"{first} {self.fake.last_name()}"
        pppk = (
            seat.jenjang in (jabatan.Jenjang.AHLI_PERTAMA, jabatan.Jenjang.TERAMPIL) and rng.random() < 0.25
        )
        age = rng.randint(24, 57) if not seat.is_head else rng.randint(38, 57)
        birth = dt.date(self.year - age, rng.randint(1, 12), rng.randint(1, 28))
        if pppk:
            start_year = rng.randint(max(birth.year + 20, 2019), min(self.year, 2025))
            while True:
                number = nip.make_ni_pppk(
                    birth, start_year, rng.choice((21, 24)), gender, rng.randint(1, 999)
                )
                if number not in self.nips:
                    break
            golongan = "IX" if "Guru" in seat.title or seat.jenjang is jabatan.Jenjang.AHLI_PERTAMA else "VII"
        else:
            tmt = rng.randint(birth.year + 20, min(self.year - 1, birth.year + 35))
            while True:
                number = nip.make_nip(birth, tmt, rng.randint(1, 12), gender, rng.randint(1, 999))
                if number not in self.nips:
                    break
            golongan = self._golongan(seat.jenjang)
        self.nips.add(number)
        depan, belakang = _gelar(seat, rng)
        return NewEmployee(
            nip=number,
            name=name,
            golongan=golongan,
            status=(nip.EmployeeStatus.PPPK if pppk else nip.EmployeeStatus.PNS).value,
            position_id=seat.position_id,
            gender=gender.value,
            gelar_depan=depan,
            gelar_belakang=belakang,
            id=seat.employee_id,
            email=f"{first.lower()}.{seat.employee_id[:4]}@sukamaju.go.id",
        )

    def _golongan(self, level: jabatan.Jenjang) -> str:
        low, high = _GOLONGAN_RANGE.get(level, ("", ""))
        for row in jabatan.JENJANG_JF:
            if row.jenjang is level:
                low, high = row.golongan_awal, row.golongan_akhir
        ranks = [g for g in pangkat.GOLONGAN if pangkat.golongan_between(g.code, low, high)]
        return self.rng.choice(ranks).code

    # -- goals ---------------------------------------------------------------------------------

    def build_goals(self, period_id: str) -> None:
        goals: list[NewGoal] = []
        opd_units: dict[str, str] = {}
        for seat in self.seats:
            if seat.is_head and seat.atasan is None:
                opd_units.setdefault(seat.opd_short, seat.unit_id)
        sets: list[tuple[str, str, tuple[content.GoalTemplate, ...]]] = [
            ("", self.root_unit_id, content.KABUPATEN_GOALS)
        ]
        sets += [(short, unit_id, content.OPD_GOALS.get(short, ())) for short, unit_id in opd_units.items()]
        for short, unit_id, templates in sets:
            ids = self.goal_ids.setdefault(short, [])
            for number, g in enumerate(templates, start=1):
                sasaran_id = self.uid()
                ids.append(sasaran_id)
                goals.append(
                    NewGoal(
                        text=g.sasaran,
                        org_unit_id=unit_id,
                        period_id=period_id,
                        kind="sasaran",
                        source="rpjmd" if not short else "pk",
                        number=number,
                        perspektif=g.perspektif,
                        id=sasaran_id,
                    )
                )
                for i in g.indicators:
                    goals.append(
                        NewGoal(
                            text=i.text,
                            org_unit_id=unit_id,
                            period_id=period_id,
                            kind="iku",
                            parent_id=sasaran_id,
                            number=number,
                            target_value=i.target,
                            target_unit=i.unit,
                            id=self.uid(),
                        )
                    )
        self.ws.planning.add_goals(goals)

    # -- plans ---------------------------------------------------------------------------------

    def build_plans(
        self, period_id: str, *, past: bool
    ) -> list[tuple[_Seat, str, list[tuple[str, list[str]]]]]:
        """Plans top-down (an atasan's results exist before the results that intervene them)."""
        cascade = {(p.unit_path, p.title): p for p in content.BKPSDM_CASCADE}
        coverage = PLAN_COVERAGE[self.size]
        made: dict[str, list[tuple[str, list[str]]]] = {}  # seat position → [(result id, indicator ids)]
        key_ids: dict[str, str] = {}
        plans: list[NewPlan] = []
        out: list[tuple[_Seat, str, list[tuple[str, list[str]]]]] = []
        for seat in _top_down(self.seats):
            if not seat.employee_id:
                continue
            template = cascade.get((seat.unit_path, seat.title)) if seat.opd_short == "BKPSDM" else None
            chosen = (
                template is not None or self.rng.random() < coverage or (seat.is_head and seat.atasan is None)
            )
            if not chosen:
                continue
            results, indices = self._results(seat, template, made, key_ids)
            status = "ditetapkan" if past or template is not None else self.rng.choice(STATUSES)
            plan_id = self.uid()
            guide = "model-pengembangan" if self.rng.random() < 0.3 else "model-dasar"
            plans.append(
                NewPlan(
                    employee_id=seat.employee_id,
                    period_id=period_id,
                    penilai_employee_id=seat.atasan.employee_id or None if seat.atasan else None,
                    pendekatan="kualitatif" if self.rng.random() < 0.1 else "kuantitatif",
                    drafting_guide=guide,
                    status=status,
                    stage=99 if status != "draft" else self.rng.randint(1, 5),
                    results=tuple(results),
                    ekspektasi=self._ekspektasi(),
                    annex=self._annex(),
                    approved_on=dt.date(self.year - (1 if past else 0), 1, self.rng.randint(10, 31))
                    if status == "ditetapkan"
                    else None,
                    id=plan_id,
                )
            )
            made[seat.position_id] = indices
            out.append((seat, plan_id, indices))
        for chunk in _chunks(plans, 2_000):
            self.ws.planning.add_plans(chunk)
        return out

    def _results(
        self,
        seat: _Seat,
        template: content.PositionPlanTemplate | None,
        made: dict[str, list[tuple[str, list[str]]]],
        key_ids: dict[str, str],
    ) -> tuple[list[NewResult], list[tuple[str, list[str]]]]:
        rng = self.rng
        if template is not None:
            rhk = list(template.rhk)
        elif seat.is_head and seat.atasan is None:
            rhk = self._jpt_rhk(seat)
        else:
            pool = _generic_pool(seat)
            rhk = rng.sample(pool, k=min(len(pool), rng.randint(2, 3)))
        atasan_results = made.get(seat.atasan.position_id, []) if seat.atasan else []
        results: list[NewResult] = []
        indices: list[tuple[str, list[str]]] = []
        for r in rhk:
            result_id = self.uid()
            key_ids[r.key] = result_id
            parent_result = parent_goal = None
            if r.parent_key and r.parent_key.startswith("goal:"):
                _, short, index = r.parent_key.split(":")
                goals = self.goal_ids.get(short, [])
                parent_goal = goals[int(index)] if int(index) < len(goals) else None
            elif r.parent_key:
                parent_result = key_ids.get(r.parent_key)
            elif r.jenis == "utama" and atasan_results:
                parent_result = rng.choice(atasan_results)[0]
            text = r.text
            if template is None and not seat.is_head and rng.random() < 0.15:
                text = rng.choice(content.ACTIVITY_PHRASED_RHK)  # for the coach to find
            indicator_ids = [self.uid() for _ in r.indicators]
            results.append(
                NewResult(
                    text=text,
                    jenis=r.jenis,
                    source=r.source,
                    perspektif=r.perspektif,
                    parent_result_id=parent_result,
                    parent_goal_id=parent_goal,
                    cascading_method=r.method,
                    cascading_approach=r.approach,
                    contribution=r.contribution,
                    indicators=tuple(
                        NewIndicator(
                            text=i.text,
                            aspek=i.aspek,
                            target_value=i.target,
                            target_unit=i.unit,
                            data_source=i.data_source,
                            id=iid,
                        )
                        for i, iid in zip(r.indicators, indicator_ids, strict=True)
                    ),
                    id=result_id,
                )
            )
            indices.append((result_id, indicator_ids))
        return results, indices

    def _jpt_rhk(self, seat: _Seat) -> list[content.RhkTemplate]:
        templates = content.OPD_GOALS.get(seat.opd_short, ())
        from_goals = [
            content.RhkTemplate(
                key=f"{seat.position_id}.{n}",
                text=g.sasaran,
                jenis="utama",
                source="pk",
                parent_key=f"goal:{seat.opd_short}:{n}",
                perspektif=g.perspektif,
                indicators=tuple(
                    content.IkiTemplate(aspek="kuantitas", text=i.text, target=i.target, unit=i.unit)
                    for i in g.indicators
                ),
            )
            for n, g in enumerate(templates)
        ]
        return from_goals + list(content.GENERIC_RHK.get("jpt-pratama", ()))

    def _ekspektasi(self) -> dict[str, str]:
        chosen = self.rng.sample(list(CoreValue), k=self.rng.randint(0, 3))
        return {v.value: self.rng.choice(content.EKSPEKTASI_KHUSUS[v.value]) for v in chosen}

    def _annex(self) -> dict[str, tuple[str, ...]]:
        return {
            kind: tuple(self.rng.sample(list(items), k=min(2, len(items))))
            for kind, items in content.LAMPIRAN.items()
        }

    # -- the past year: monitoring and rating --------------------------------------------------

    def build_past_monitoring(
        self, period_id: str, plans: list[tuple[_Seat, str, list[tuple[str, list[str]]]]]
    ) -> None:
        rng = self.rng
        year = self.year - 1
        progress: list[NewProgress] = []
        feedback: list[NewFeedback] = []
        evidence: list[NewEvidence] = []
        assessments: list[NewAssessment] = []
        for seat, plan_id, results in plans:
            quality = rng.choices(("di-atas", "sesuai", "di-bawah"), weights=(2, 7, 1))[0]
            for q, quarter in enumerate(QUARTERS, start=1):
                for _result_id, indicator_ids in results:
                    progress.extend(
                        NewProgress(
                            indicator_id=i,
                            periode=quarter,
                            realisasi=str(rng.randint(15, 30) * q),
                            note=rng.choice(content.PROGRESS_NOTES),
                            recorded_on=dt.date(year, q * 3, 28),
                        )
                        for i in indicator_ids
                    )
            if results and rng.random() < 0.35:
                result_id = results[0][0]
                file_name = rng.choice(content.EVIDENCE_NAMES)
                evidence.append(
                    NewEvidence(
                        result_id=result_id,
                        file_name=file_name,
                        periode=rng.choice(QUARTERS),
                        content=f"Bukti dukung demo: {file_name} ({plan_id})\n".encode(),
                        uploaded_on=dt.date(year, rng.randint(2, 12), 15),
                    )
                )
            atasan_id = seat.atasan.employee_id if seat.atasan and seat.atasan.employee_id else None
            if results:
                kind = "perbaikan" if quality == "di-bawah" else "positif"
                feedback.append(
                    NewFeedback(
                        plan_id=plan_id,
                        result_id=results[0][0],
                        text=rng.choice(content.FEEDBACK_TEXTS[kind]),
                        relation="atasan",
                        from_employee_id=atasan_id,
                        periode=rng.choice(QUARTERS),
                        given_on=dt.date(year, rng.randint(2, 12), 10),
                    )
                )
            for q, periode in enumerate((*QUARTERS, "AKHIR"), start=1):
                hasil = quality if rng.random() < 0.8 else "sesuai"
                perilaku = rng.choices(("di-atas", "sesuai", "di-bawah"), weights=(2, 8, 0.3))[0]
                assessments.append(
                    NewAssessment(
                        plan_id=plan_id,
                        periode=periode,
                        rating_hasil_kerja=hasil,
                        rating_perilaku=perilaku,
                        assessed_by_employee_id=atasan_id,
                        status="final",
                        assessed_on=dt.date(
                            year + (1 if periode == "AKHIR" else 0), 1 if periode == "AKHIR" else q * 3, 20
                        ),
                    )
                )
        for chunk in _chunks(progress, 20_000):
            self.ws.monitoring.add_progress(chunk)
        for chunk in _chunks(feedback, 5_000):
            self.ws.monitoring.add_feedback(chunk)
        self.ws.monitoring.add_evidence(evidence)
        for chunk in _chunks(assessments, 10_000):
            self.ws.rating.add_assessments(chunk)
        for seat in self.seats:
            if seat.is_head and seat.atasan is None:
                value = rng.choices(
                    [p.value for p in predikat.PredikatOrganisasi], weights=(2, 6, 2, 0.5, 0.2)
                )[0]
                self.ws.rating.set_org_predikat(seat.unit_id, period_id, "AKHIR", value)
        candidates = [s for s, _p, _r in plans if not s.is_head][:40]
        self.ws.awards.nominate(
            [
                NewNomination(
                    period_id=period_id,
                    employee_id=s.employee_id,
                    org_unit_id=s.unit_id,
                    score_disiplin=str(rng.randint(70, 100)),
                    score_kinerja=str(rng.randint(70, 100)),
                    score_inovasi=str(rng.randint(50, 100)),
                )
                for s in rng.sample(candidates, k=min(8, len(candidates)))
            ]
        )


def build_demo(
    ws: Workspace,
    *,
    size: str = "demo",
    seed: int = 1,
    year: int | None = None,
    progress: ProgressFn | None = None,
) -> DemoSummary:
    previous, ws.access.actor = ws.access.actor, Actor.workspace()  # the office's own batch work
    try:
        return _build(ws, size, seed, year, progress)
    finally:
        ws.access.actor = previous


def _build(ws: Workspace, size: str, seed: int, year: int | None, progress: ProgressFn | None) -> DemoSummary:
    started = time.perf_counter()
    year = year or dt.date.today().year
    b = _Builder(ws, size, seed, year, progress)
    b.step(0, "org")
    b.build_org()
    b.step(1, "people")
    b.build_people()
    b.build_grants()
    past_id, _ = ws.planning.add_period(year - 1, "triwulan")
    current_id, _ = ws.planning.add_period(year, "triwulan")
    b.step(2, "goals")
    b.build_goals(past_id)
    past_goals = b.goal_ids
    b.goal_ids = {}
    b.build_goals(current_id)
    b.step(3, "plans")
    current = b.build_plans(current_id, past=False)
    b.goal_ids = past_goals
    b.step(5, "past plans")
    past = b.build_plans(past_id, past=True)
    b.step(6, "monitoring")
    b.build_past_monitoring(past_id, past)
    b.step(8, "done")
    return DemoSummary(
        size,
        seed,
        time.perf_counter() - started,
        sum(1 for s in b.seats if s.employee_id),
        len(current) + len(past),
    )


# -- helpers ---------------------------------------------------------------------------------------


def _template_heads(t: content.UnitTemplate) -> int:
    own = 1 + sum(s.weight for s in t.staff) + sum(_template_heads(c) for c in t.children)
    return own * t.repeat


def _seats_for(scale: float) -> int:
    """How many positions ``build_org`` makes at ``scale`` (the same arithmetic, no data)."""

    def count(t: content.UnitTemplate, factor: float) -> int:
        own = 1 + sum(max(1, round(s.weight * factor)) for s in t.staff)
        for child in t.children:
            child_factor = math.sqrt(factor) if child.repeat > 1 else factor
            own += len(_copies(child, factor)) * count(child, child_factor)
        return own

    return sum(
        len(_copies(t, scale)) * count(t, math.sqrt(scale) if t.repeat > 1 else scale)
        for t in content.OPD_TEMPLATES
    )


def _copies(t: content.UnitTemplate, factor: float) -> list[str | None]:
    """Suffixes of a repeated unit's copies ("Cibening", "3"); [None] for a single unit."""
    if t.repeat <= 1:
        return [None]
    count = max(1, round(t.repeat * math.sqrt(factor)))
    names = t.instance_names
    return [names[i] if i < len(names) else str(i + 1) for i in range(count)]


def _top_down(seats: list[_Seat]) -> Iterator[_Seat]:
    roots = [s for s in seats if s.atasan is None]
    stack = list(reversed(roots))
    while stack:
        seat = stack.pop()
        yield seat
        stack.extend(reversed(seat.children))


def _generic_pool(seat: _Seat) -> list[content.RhkTemplate]:
    pool = content.GENERIC_RHK.get(seat.role) or content.GENERIC_RHK.get(seat.jenjang.value)
    return list(pool or content.GENERIC_RHK["pelaksana"])


def _gelar(seat: _Seat, rng: random.Random) -> tuple[str, str]:
    level = seat.jenjang
    if level is jabatan.Jenjang.PELAKSANA:
        return "", rng.choice(("", "", "A.Md.", "S.E."))
    if "dokter" in seat.title.lower():
        return "dr.", rng.choice(("", "Sp.PD", "M.Kes."))
    if "guru" in seat.title.lower():
        return "", rng.choice(("S.Pd.", "S.Pd.", "M.Pd."))
    if level in (jabatan.Jenjang.JPT_PRATAMA, jabatan.Jenjang.ADMINISTRATOR):
        return rng.choice(("", "", "Dr.", "Ir.")), rng.choice(("S.E., M.M.", "S.STP., M.Si.", "S.H., M.H."))
    return "", rng.choice(("S.Kom.", "S.E.", "S.Sos.", "S.H.", "S.T.", "S.Si."))


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
