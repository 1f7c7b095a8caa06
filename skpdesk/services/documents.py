"""Documents: what the printed forms read (SKP-REFERENCE R-FORM-RENCANA), as plain values.

Reads only. Each public method reads in one session and returns frozen dataclasses from
``skpdesk.reports.plan_document``, which the renderers lay out without touching the workspace
(ARCHITECTURE.md "reports").

Who may read: the same rule as the plan screens (``services.overview``): the workspace itself and
an instansi-wide role see every plan, a scoped role its unit's subtree, an atasan their team's, a
pegawai their own. A plan outside that is refused with ACCESS-SCOPE, as ``plan_results`` does.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, bindparam, func, or_, select
from sqlalchemy.orm import Session, aliased

from skpdesk.domain import berakhlak, pangkat
from skpdesk.domain.errors import Cancelled, Code, SkpError
from skpdesk.domain.nip import format_nip, normalize_nip
from skpdesk.domain.plan import Pendekatan, PlanKind
from skpdesk.formatting import format_number
from skpdesk.models.tables import (
    BehaviourExpectation,
    Employee,
    Indicator,
    OrgGoal,
    OrgUnit,
    Period,
    Plan,
    PlanAnnex,
    Position,
    WorkResult,
)
from skpdesk.reports.plan_document import (
    ANNEX_TITLES,
    ASPEK_LABELS,
    PERSPEKTIF_LABELS,
    BehaviourRow,
    IndicatorRow,
    Kop,
    PersonBlock,
    PlanDocument,
    ResultRow,
)
from skpdesk.services.base import Service
from skpdesk.services.monitoring import blob_path
from skpdesk.services.overview import (
    INSTANSI,
    MAX_DEPTH,
    OverviewService,
    plan_scope,
    scope_name,
    subtree_units,
    units_up,
)
from skpdesk.services.people import display_name
from skpdesk.services.planning import plan_content_hash
from skpdesk.services.settings import SettingsService

__all__ = [
    "PARALLEL_FROM",
    "DocumentService",
    "PlanDocument",
    "pangkat_text",
    "signature_place",
    "target_text",
    "worker_count",
]

_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
# "Pemerintah Kabupaten Sukamaju" -> "Sukamaju": the words before the place name in a pemda's name.
_PEMDA_PREFIX = re.compile(
    r"^(pemerintah\s+)?(kabupaten|kota|provinsi|kab\.|pemkab|pemkot|pemprov)\s+", re.IGNORECASE
)


class DocumentService(Service):
    def find_plan(self, nip: str, year: int) -> str:
        """The plan of the employee with this NIP (spaces allowed) in ``year``; with several (a
        job change within the year: a new plan per jabatan) the one that starts last."""
        digits = normalize_nip(nip)
        with self._read() as s:
            cond = self._scope(s)
            found = s.execute(
                select(Plan.id)
                .join(Employee, Employee.id == Plan.employee_id)
                .join(Period, Period.id == Plan.period_id)
                .outerjoin(Position, Position.id == Plan.position_id)
                .where(
                    Employee.nip == digits,
                    Employee.deleted.is_(False),
                    Plan.deleted.is_(False),
                    Period.deleted.is_(False),
                    Period.year == year,
                    cond,
                )
                .order_by(Plan.start_date.desc(), Plan.id)
                .limit(1)
            ).scalar()
        if found is None:
            raise SkpError(Code.DOCUMENT_NO_PLAN, nip=format_nip(digits) or nip, year=year)
        return str(found)

    def find_unit(self, text: str) -> str:
        """A unit's id from its id, name or short name (case-insensitive, whole text)."""
        key = " ".join(text.split())
        with self._read() as s:
            by_id = s.execute(
                select(OrgUnit.id).where(OrgUnit.id == key, OrgUnit.deleted.is_(False))
            ).scalar()
            if by_id is not None:
                return str(by_id)
            found = (
                s.execute(
                    select(OrgUnit.id)
                    .where(
                        OrgUnit.deleted.is_(False),
                        or_(
                            func.lower(OrgUnit.name) == key.lower(),
                            func.lower(OrgUnit.short_name) == key.lower(),
                        ),
                    )
                    .order_by(OrgUnit.sort_order, OrgUnit.id)
                )
                .scalars()
                .all()
            )
        if not found:
            raise SkpError(Code.RECORD_NOT_FOUND, kind="org_unit", id=text)
        if len(found) > 1:
            raise SkpError(Code.RECORD_INVALID, field="unit", reason="ambiguous", value=text)
        return str(found[0])

    def plan_ids(self, unit_id: str | None, year: int) -> list[str]:
        """Plans of ``year`` whose jabatan lies in the unit's subtree (None: the whole instansi) and
        that the acting person may read, ordered by unit, then name and NIP (for a batch)."""
        with self._read() as s:
            cond = self._scope(s)
            query = (
                select(Plan.id)
                .join(Period, Period.id == Plan.period_id)
                .outerjoin(Position, Position.id == Plan.position_id)
                .outerjoin(Employee, Employee.id == Plan.employee_id)
                .where(Plan.deleted.is_(False), Period.deleted.is_(False), Period.year == year, cond)
                .order_by(
                    Position.org_unit_id,
                    Employee.name.collate("NOCASE"),
                    Employee.nip,
                    Plan.start_date,
                    Plan.id,
                )
            )
            if unit_id is not None:
                exists = s.execute(
                    select(OrgUnit.id).where(OrgUnit.id == unit_id, OrgUnit.deleted.is_(False))
                ).scalar()
                if exists is None:
                    raise SkpError(Code.RECORD_NOT_FOUND, kind="org_unit", id=unit_id)
                query = query.where(Position.org_unit_id.in_(subtree_units(unit_id)))
            return [str(i) for i in s.execute(query).scalars()]

    def plan_document(self, plan_id: str, today: dt.date | None = None) -> PlanDocument:
        """Everything the Rencana SKP prints for one plan (R-FORM-RENCANA, R-SKP-CONTENT)."""
        with self._read() as s:
            return self._document(s, _Common.read(self, s), plan_id, today)

    def _document(self, s: Session, common: _Common, plan_id: str, today: dt.date | None) -> PlanDocument:
        p = s.execute(_q_plan(), {"plan_id": plan_id}).one_or_none()
        if p is None:
            raise SkpError(Code.RECORD_NOT_FOUND, kind="plan", id=plan_id)
        ctx = self.scope_context(s)
        if ctx.scope.kind != INSTANSI:  # the whole instansi reads every plan: nothing to ask
            visible = s.execute(
                select(Plan.id)
                .outerjoin(Position, Position.id == Plan.position_id)
                .where(Plan.id == plan_id, plan_scope(ctx))
            ).first()
            if visible is None:
                raise SkpError(Code.OUT_OF_SCOPE, scope=scope_name(ctx.scope))
        year = int(p.year or p.start_date.year)
        units = _Units(s, common.units)
        instansi = common.instansi
        kind = PlanKind.JPT if p.jenis == PlanKind.JPT.value else PlanKind.JA_JF
        pegawai_row = _employee(s, p.employee_id)
        pegawai = _person(s, units, pegawai_row, p.position_id or _attr(pegawai_row, "position_id"))
        penilai_row = _employee(s, p.penilai_employee_id) or _holder(s, p.penilai_position_id)
        penilai_position = p.penilai_position_id or _attr(penilai_row, "position_id")
        penilai = _person(s, units, penilai_row, penilai_position)
        if kind is PlanKind.JPT:  # SKP-REFERENCE R-SKP-CONTENT: the JPT's penilai row 5 = instansi
            penilai = PersonBlock(
                penilai.name, penilai.nip, penilai.pangkat, penilai.jabatan, instansi, "INSTANSI"
            )
        utama, tambahan = _results(s, plan_id, kind)
        return PlanDocument(
            plan_id=p.id,
            kind=kind,
            pendekatan=Pendekatan.KUALITATIF
            if p.pendekatan == Pendekatan.KUALITATIF.value
            else Pendekatan.KUANTITATIF,
            year=year,
            start=p.start_date,
            end=p.end_date,
            instansi=instansi.upper(),
            pegawai=pegawai,
            penilai=penilai,
            pegawai_nip=str(_attr(pegawai_row, "nip") or ""),
            pegawai_name=str(_attr(pegawai_row, "name") or ""),
            utama=utama,
            tambahan=tambahan,
            perilaku=_behaviour(s, plan_id),
            lampiran=_annex(s, plan_id),
            status=p.status,
            content_hash=plan_content_hash(s, plan_id),
            approved_hash=p.approved_hash or "",
            approved_on=p.approved_on,
            kop=common.kop,
            place=common.place,
            signed_on=p.approved_on or today or self._access.today(),
        )

    def write_plans(
        self,
        plan_ids: Sequence[str],
        out_dir: Path,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        workers: int | None = None,
    ) -> list[Path]:
        """The Rencana SKP of each plan as a PDF in ``out_dir`` (made when missing), named by NIP
        and name (``rencana_pdf.file_name``; a second plan of one person in the batch gets
        "_2"); the paths, in the order of ``plan_ids``.

        ``workers``: None chooses: a batch of PARALLEL_FROM plans or more is read and written by
        one worker process per CPU (never more than plans), a smaller one in this process; 1: in
        this process; n > 1: n processes whatever the size. Workers are started with "spawn"
        (never fork: the GUI process has Qt threads), open the workspace read-only
        (``open_reader``: no lock, no migration) and read as the workspace itself, so the plans
        are first checked here against the acting person's scope, as ``plan_document`` does.
        Each writes to a temporary file in ``out_dir`` that is renamed here, in the order of
        ``plan_ids`` (so names are as in this process).

        ``progress(done, total)`` as files are finished (in the order they finish);
        ``cancelled()`` is asked as they do: when true, no more are started, those being made are
        waited for and dropped, and ``Cancelled`` is raised; finished files stay, none is left
        half-written, no temporary file is left. A file that cannot be written raises
        ``SkpError(DOCUMENT_WRITE)`` the same way (finished files stay).
        """
        from skpdesk.reports.rencana_pdf import render_plans

        ids = list(plan_ids)
        count = worker_count(len(ids), workers)
        if count <= 1:  # each plan read when its turn comes
            loaders = [functools.partial(self.plan_document, plan_id) for plan_id in ids]
            return render_plans(loaders, out_dir, progress=progress, cancelled=cancelled)
        self._check_readable(ids)
        return _write_in_workers(
            self._store.folder, ids, out_dir, self._access.today(), count, progress, cancelled
        )

    def _check_readable(self, plan_ids: Sequence[str]) -> None:
        """Refuse a plan the acting person may not read (as ``plan_document`` would), before
        workers that read as the workspace are given it."""
        with self._read() as s:
            ctx = self.scope_context(s)
            if ctx.scope.kind == INSTANSI:
                return  # reads every plan; a missing one is reported when its turn comes
            visible: set[str] = set()
            existing: set[str] = set()
            for start in range(0, len(plan_ids), 500):
                chunk = plan_ids[start : start + 500]
                found = select(Plan.id).where(Plan.id.in_(chunk), Plan.deleted.is_(False))
                existing.update(s.execute(found).scalars())
                visible.update(
                    s.execute(
                        found.outerjoin(Position, Position.id == Plan.position_id).where(plan_scope(ctx))
                    ).scalars()
                )
        for plan_id in plan_ids:
            if plan_id not in existing:
                raise SkpError(Code.RECORD_NOT_FOUND, kind="plan", id=plan_id)
            if plan_id not in visible:
                raise SkpError(Code.OUT_OF_SCOPE, scope=scope_name(ctx.scope))

    # -- helpers -------------------------------------------------------------------------------

    def scope_context(self, s: Session) -> Any:
        """The acting person's reading scope, by the plan screens' rule (one rule, not two)."""
        return OverviewService(self._store, self._access).scope_context(s)

    def _scope(self, s: Session) -> Any:
        """Plans the acting person may read (the query must outer-join Position on the plan's)."""
        return plan_scope(self.scope_context(s))


@dataclass(frozen=True)
class _Common:
    """What documents print alike: the kop, the instansi's name, the signature place, and the org
    units met so far (with their ancestors). A worker process reads it once for all the plans it
    is given (they name the same few units, read as they were when first met)."""

    kop: Kop
    instansi: str
    place: str
    units: dict[str, Any]

    @classmethod
    def read(cls, service: DocumentService, s: Session) -> _Common:
        values = SettingsService(service._store, service._access).values()
        logo = _logo_path(service._store.attachments, str(values.get("instansi.logo_sha256") or ""))
        root = s.execute(_q_root()).one_or_none()
        root_name = str(root.name) if root is not None else ""
        instansi = (values["instansi.pemerintah"] or root_name).strip()
        return cls(
            kop=Kop(
                pemerintah=instansi.upper(),
                name=str(values["instansi.name"]).strip().upper(),
                address=str(values["instansi.address"]),
                phone=str(values["instansi.phone"]),
                email=str(values["instansi.email"]),
                website=str(values["instansi.website"]),
                logo=logo,
            ),
            instansi=instansi,
            place=signature_place(values["instansi.city"], root_name),
            units={},
        )


# Statements built once (building a SELECT costs more than running it on SQLite); values are
# bound when they run.


@functools.cache
def _q_plan() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Plan.id,
            Plan.jenis,
            Plan.pendekatan,
            Plan.status,
            Plan.start_date,
            Plan.end_date,
            Plan.employee_id,
            Plan.position_id,
            Plan.penilai_employee_id,
            Plan.penilai_position_id,
            Plan.approved_hash,
            Plan.approved_on,
            Period.year,
        )
        .outerjoin(Period, Period.id == Plan.period_id)
        .where(Plan.id == bindparam("plan_id"), Plan.deleted.is_(False))
    )


@functools.cache
def _q_root() -> Select[*tuple[Any, ...]]:
    return (
        select(OrgUnit.id, OrgUnit.name)
        .where(OrgUnit.parent_id.is_(None), OrgUnit.deleted.is_(False))
        .order_by((OrgUnit.kind != "instansi"), OrgUnit.sort_order, OrgUnit.id)
        .limit(1)
    )


@functools.cache
def _q_unit_chain() -> Select[*tuple[Any, ...]]:
    """A unit and its ancestors."""
    chain = units_up(bindparam("unit_id")).subquery()
    return select(OrgUnit.id, OrgUnit.name, OrgUnit.parent_id, OrgUnit.kind).where(
        OrgUnit.id.in_(select(chain.c.id))
    )


@functools.cache
def _q_employee() -> Select[*tuple[Any, ...]]:
    return select(
        Employee.id,
        Employee.nip,
        Employee.name,
        Employee.gelar_depan,
        Employee.gelar_belakang,
        Employee.golongan,
        Employee.status,
        Employee.position_id,
    ).where(Employee.id == bindparam("employee_id"), Employee.deleted.is_(False))


@functools.cache
def _q_holder() -> Select[*tuple[Any, ...]]:
    return (
        select(Employee.id)
        .where(
            Employee.position_id == bindparam("position_id"),
            Employee.deleted.is_(False),
            Employee.active.is_(True),
        )
        .order_by(Employee.nip)
        .limit(1)
    )


@functools.cache
def _q_position() -> Select[*tuple[Any, ...]]:
    return select(Position.title, Position.org_unit_id).where(Position.id == bindparam("position_id"))


@functools.cache
def _q_results() -> Select[*tuple[Any, ...]]:
    parent = aliased(WorkResult)
    return (
        select(
            WorkResult.id,
            WorkResult.jenis,
            WorkResult.text,
            WorkResult.perspektif,
            WorkResult.ukuran_keberhasilan,
            WorkResult.parent_result_id,
            WorkResult.parent_goal_id,
            parent.text,
            OrgGoal.text,
        )
        .select_from(WorkResult)
        .outerjoin(parent, and_(parent.id == WorkResult.parent_result_id, parent.deleted.is_(False)))
        .outerjoin(OrgGoal, and_(OrgGoal.id == WorkResult.parent_goal_id, OrgGoal.deleted.is_(False)))
        .where(WorkResult.plan_id == bindparam("plan_id"), WorkResult.deleted.is_(False))
        .order_by(WorkResult.sort_order, WorkResult.id)
    )


@functools.cache
def _q_indicators() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Indicator.result_id,
            Indicator.aspek,
            Indicator.text,
            Indicator.target_value,
            Indicator.target_max,
            Indicator.target_unit,
        )
        .join(WorkResult, WorkResult.id == Indicator.result_id)
        .where(
            WorkResult.plan_id == bindparam("plan_id"),
            WorkResult.deleted.is_(False),
            Indicator.deleted.is_(False),
        )
        .order_by(Indicator.sort_order, Indicator.id)
    )


@functools.cache
def _q_behaviour() -> Select[*tuple[Any, ...]]:
    return select(BehaviourExpectation.core_value, BehaviourExpectation.ekspektasi).where(
        BehaviourExpectation.plan_id == bindparam("plan_id"), BehaviourExpectation.deleted.is_(False)
    )


@functools.cache
def _q_annex() -> Select[*tuple[Any, ...]]:
    return (
        select(PlanAnnex.kind, PlanAnnex.text)
        .where(PlanAnnex.plan_id == bindparam("plan_id"), PlanAnnex.deleted.is_(False))
        .order_by(PlanAnnex.sort_order, PlanAnnex.id)
    )


class _Units:
    """Org units of a batch's documents: each unit asked for comes with its ancestors in one
    query; ``rows`` keeps them for the next document."""

    def __init__(self, s: Session, rows: dict[str, Any]) -> None:
        self._s = s
        self._rows = rows

    def _load(self, unit_id: str) -> None:
        for row in self._s.execute(_q_unit_chain(), {"unit_id": unit_id}):
            self._rows[row.id] = row

    def get(self, unit_id: str | None) -> Any:
        if not unit_id:
            return None
        if unit_id not in self._rows:
            self._load(unit_id)
            self._rows.setdefault(unit_id, None)
        return self._rows[unit_id]

    def unit_kerja(self, unit_id: str | None) -> str:
        """The unit's name, followed by its perangkat daerah when that is another unit
        ("Subbidang Pengadaan, Badan Kepegawaian ..."): the unit right under the root (R-ORG)."""
        unit = self.get(unit_id)
        if unit is None:
            return ""
        chain = [unit]
        seen = {unit.id}
        for _ in range(MAX_DEPTH):
            parent = self.get(chain[-1].parent_id)
            if parent is None or parent.id in seen:
                break
            chain.append(parent)
            seen.add(parent.id)
        opd = chain[-2] if len(chain) >= 2 else None
        if opd is None or opd.id == unit.id:
            return str(unit.name)
        return f"{unit.name}, {opd.name}"


def _logo_path(attachments: Path, digest: str) -> Path | None:
    """The kop's logo file (as ``SettingsService.logo_path``, without reading the settings again)."""
    if not digest:
        return None
    path = blob_path(attachments, digest)
    return path if path.exists() else None


def _attr(row: Any, name: str) -> Any:
    return getattr(row, name, None) if row is not None else None


def _employee(s: Session, employee_id: str | None) -> Any:
    if not employee_id:
        return None
    return s.execute(_q_employee(), {"employee_id": employee_id}).one_or_none()


def _holder(s: Session, position_id: str | None) -> Any:
    """Who holds a position now (the plan's penilai when it names only the atasan's position)."""
    if not position_id:
        return None
    found = s.execute(_q_holder(), {"position_id": position_id}).scalar()
    return _employee(s, found)


def _person(s: Session, units: _Units, employee: Any, position_id: str | None) -> PersonBlock:
    position = s.execute(_q_position(), {"position_id": position_id}).one_or_none() if position_id else None
    return PersonBlock(
        name=display_name(employee.name, employee.gelar_depan or "", employee.gelar_belakang or "")
        if employee is not None
        else "",
        nip=format_nip(employee.nip) if employee is not None else "",
        pangkat=pangkat_text(employee.golongan or "", employee.status or "pns")
        if employee is not None
        else "",
        jabatan=str(position.title) if position is not None else "",
        unit=units.unit_kerja(position.org_unit_id) if position is not None else "",
    )


def pangkat_text(golongan: str, status: str = "pns") -> str:
    """ "Penata Muda Tk. I, III/b" for a PNS (R-PANGKAT; forms write "Tingkat I" as "Tk. I");
    the golongan alone for a PPPK (no pangkat names); the text as stored when it cannot be read."""
    text = golongan.strip()
    if not text:
        return ""
    if status == "pppk":
        try:
            return pangkat.parse_pppk_golongan(text)
        except SkpError:
            return text
    try:
        found = pangkat.parse_golongan(text)
    except SkpError:
        return text
    return f"{found.pangkat.replace('Tingkat I', 'Tk. I')}, {found.code}"


def target_text(value: str, maximum: str = "", unit: str = "") -> str:
    """ "12 dokumen", "80–90 %", "95%": a target as printed (numbers with the decimal comma)."""

    def number(text: str) -> str:
        text = text.strip()
        return format_number(text, None, "id") if _NUMBER.match(text) else text

    shown = number(value)
    if maximum.strip() and maximum.strip() != value.strip():
        shown = f"{shown}–{number(maximum)}"
    unit = unit.strip()
    if not unit:
        return shown
    if not shown:
        return unit
    return f"{shown}{unit}" if unit == "%" else f"{shown} {unit}"


def signature_place(city: str, instansi_name: str) -> str:
    """The place before the date: the setting, else the kabupaten/kota of the instansi's name
    ("Pemerintah Kabupaten Sukamaju" -> "Sukamaju"), else empty."""
    if city.strip():
        return city.strip()
    name = " ".join(instansi_name.split())
    stripped = _PEMDA_PREFIX.sub("", name)
    return stripped if stripped != name else ""


def _results(s: Session, plan_id: str, kind: PlanKind) -> tuple[tuple[ResultRow, ...], tuple[ResultRow, ...]]:
    rows = s.execute(_q_results(), {"plan_id": plan_id}).all()
    indicators: dict[str, list[IndicatorRow]] = {}
    for result_id, aspek, text, value, maximum, unit in s.execute(
        _q_indicators(), {"plan_id": plan_id}
    ).all():
        indicators.setdefault(str(result_id), []).append(
            IndicatorRow(
                text=text,
                aspek=ASPEK_LABELS.get(aspek, aspek.capitalize()),
                target=target_text(value, maximum, unit),
            )
        )
    groups: dict[str, list[ResultRow]] = {"utama": [], "tambahan": []}
    for r in rows:
        if r.parent_result_id and r[7] is not None:
            intervened, intervened_kind = str(r[7]), "result"
        elif r.parent_goal_id and r[8] is not None:
            intervened, intervened_kind = str(r[8]), "goal"
        elif r.parent_result_id or r.parent_goal_id:  # not arrived yet (sync) or removed
            intervened, intervened_kind = "", "missing"
        else:
            intervened, intervened_kind = "", ""
        group = groups["tambahan" if r.jenis == "tambahan" else "utama"]
        group.append(
            ResultRow(
                number=len(group) + 1,
                text=r.text,
                intervened=intervened,
                intervened_kind=intervened_kind,
                # SKP-REFERENCE R-JPT-VS-JAJF: perspektif belongs to the JPT form only
                perspektif=PERSPEKTIF_LABELS.get(r.perspektif, r.perspektif) if kind is PlanKind.JPT else "",
                ukuran_keberhasilan=r.ukuran_keberhasilan or "",
                indicators=tuple(indicators.get(r.id, ())),
            )
        )
    return tuple(groups["utama"]), tuple(groups["tambahan"])


def _behaviour(s: Session, plan_id: str) -> tuple[BehaviourRow, ...]:
    """The seven values in R-BERAKHLAK order with the plan's ekspektasi khusus (may be empty)."""
    stored: dict[str, str] = {
        str(value): str(text or "") for value, text in s.execute(_q_behaviour(), {"plan_id": plan_id}).all()
    }
    return tuple(
        BehaviourRow(info.number, info.name, info.panduan, (stored.get(info.value.value) or "").strip())
        for info in berakhlak.BERAKHLAK
    )


def _annex(s: Session, plan_id: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    rows = s.execute(_q_annex(), {"plan_id": plan_id}).all()
    items: dict[str, list[str]] = {}
    for kind, text in rows:
        if text and text.strip():
            items.setdefault(kind, []).append(text.strip())
    return tuple((kind, tuple(items.get(kind, ()))) for kind, _title in ANNEX_TITLES)


# -- a batch of PDFs in worker processes ------------------------------------------------------------

# Fewer plans are written in the calling process. A worker process takes about a second to start
# (imports, fonts, first statements) and a plan ~20 ms; on two CPUs (measured: 80 plans 1.9 s here
# vs 2.3 s in two workers, 100 plans 2.3 vs 2.0 s, 160 plans 3.4 vs 3.3 s) workers pay from ~100.
PARALLEL_FROM = 100
# Plans handed to the workers ahead of the results, per worker: enough that none waits, few
# enough that a cancel waits only for these.
AHEAD_PER_WORKER = 3


def cpu_count() -> int:
    """CPUs this process may run on (its affinity where the system tells it, else ``os.cpu_count``)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def worker_count(plans: int, workers: int | None = None) -> int:
    """How many processes ``write_plans`` uses for ``plans`` plans (1: this process only)."""
    if workers is not None:
        return max(1, min(workers, plans))
    if plans < PARALLEL_FROM or getattr(sys, "frozen", False):
        # a frozen build would need multiprocessing.freeze_support() in its entry point
        return 1
    return max(1, min(cpu_count(), plans))


@dataclass(frozen=True)
class _Written:
    """A worker's answer for one plan: the file name it is meant to get and its page count, or
    the SkpError it met as code and parameters (an SkpError does not pickle)."""

    name: str = ""
    pages: int = 0
    error: tuple[str, dict[str, Any]] | None = None


class _Worker:
    """A worker process's reading and writing state, kept from one plan to the next."""

    def __init__(self, folder: str) -> None:
        from skpdesk.models.store import open_reader
        from skpdesk.reports.rencana_pdf import PlanWriter
        from skpdesk.services.access import Access, Actor

        self.folder = folder
        self.store = open_reader(folder)
        self.service = DocumentService(self.store, Access(self.store, Actor.workspace()))
        self.writer = PlanWriter()
        self.common: _Common | None = None

    def write(self, plan_id: str, tmp: Path, today: dt.date) -> _Written:
        from skpdesk.reports.rencana_pdf import file_name

        service = self.service
        with service._read() as s:
            if self.common is None:
                self.common = _Common.read(service, s)
            doc = service._document(s, self.common, plan_id, today)
        pages = self.writer.write_temporary(doc, tmp)
        return _Written(file_name(doc), pages)


_WORKER: _Worker | None = None


def _write_one(folder: str, plan_id: str, tmp: str, today: dt.date) -> _Written:
    """In a worker process: read one plan and write its PDF to the new file ``tmp``."""
    global _WORKER  # noqa: PLW0603 - one reader per worker process, opened by its first plan
    try:
        if _WORKER is None or _WORKER.folder != folder:
            _WORKER = _Worker(folder)
        return _WORKER.write(plan_id, Path(tmp), today)
    except SkpError as exc:
        return _Written(error=(exc.code.value, dict(exc.params)))


def _write_in_workers(
    folder: Path,
    ids: list[str],
    out_dir: Path,
    today: dt.date,
    workers: int,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> list[Path]:
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    from skpdesk.reports.rencana_pdf import batch_folder, move_into_place, temporary_name, unique_name

    batch_folder(out_dir)
    total = len(ids)
    temporary: dict[int, Path] = {}  # plans handed out and not yet named: their temporary files
    finished: dict[int, str] = {}  # plans whose file is complete, waiting for its name
    written: dict[int, Path] = {}
    used: set[str] = set()
    running: dict[Future[_Written], int] = {}

    def name(index: int) -> None:
        """Rename a finished file to its name (names are given in the order of the plans)."""
        target = out_dir / unique_name(finished.pop(index), used)
        move_into_place(temporary.pop(index), target)
        written[index] = target

    if progress is not None:
        progress(0, total)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    try:
        submitted = named = done = 0
        while submitted < total or running:
            if cancelled is not None and cancelled():
                raise Cancelled
            while submitted < total and len(running) < workers * AHEAD_PER_WORKER:
                temporary[submitted] = tmp = temporary_name(out_dir)
                future = pool.submit(_write_one, str(folder), ids[submitted], str(tmp.absolute()), today)
                running[future] = submitted
                submitted += 1
            ready, _ = wait(running, timeout=0.1, return_when=FIRST_COMPLETED)
            for future in ready:
                index = running.pop(future)
                try:
                    answer = future.result()  # a bug in a worker is raised here as it was there
                except BrokenProcessPool as exc:  # a worker was killed (out of memory, ended)
                    raise SkpError(Code.DOCUMENT_WRITE, path=str(out_dir), reason="worker-stopped") from exc
                if answer.error is not None:
                    raise SkpError(Code(answer.error[0]), **answer.error[1])
                finished[index] = answer.name
                done += 1
                while named in finished:  # the next plan in order is finished: it takes its name
                    name(named)
                    named += 1
                if progress is not None:
                    progress(done, total)
        return [written[i] for i in range(total)]
    except BaseException:
        # Stop: nothing new starts, those being made are waited for and dropped; the files
        # already finished (and counted by progress) keep their names.
        for future in running:
            future.cancel()
        wait(running)
        for index in sorted(finished):
            with contextlib.suppress(SkpError):  # the stop (or error) raised says more than this
                name(index)
        for tmp in temporary.values():
            tmp.unlink(missing_ok=True)
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
