"""Documents: what the printed forms read (SKP-REFERENCE R-FORM-RENCANA), as plain values.

Reads only. Each public method reads in one session and returns frozen dataclasses from
``skpdesk.reports.plan_document``, which the renderers lay out without touching the workspace
(ARCHITECTURE.md "reports").

Who may read: the same rule as the plan screens (``services.overview``): the workspace itself and
an instansi-wide role see every plan, a scoped role its unit's subtree, an atasan their team's, a
pegawai their own. A plan outside that is refused with ACCESS-SCOPE, as ``plan_results`` does.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from skpdesk.domain import berakhlak, pangkat
from skpdesk.domain.errors import Code, SkpError
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
)
from skpdesk.services.people import display_name
from skpdesk.services.planning import plan_content_hash
from skpdesk.services.settings import SettingsService

__all__ = ["DocumentService", "PlanDocument", "pangkat_text", "signature_place", "target_text"]

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
        values = SettingsService(self._store, self._access).values()
        logo = _logo_path(self._store.attachments, str(values.get("instansi.logo_sha256") or ""))
        with self._read() as s:
            plan = s.execute(
                select(Plan, Period.year)
                .outerjoin(Period, Period.id == Plan.period_id)
                .where(Plan.id == plan_id, Plan.deleted.is_(False))
            ).one_or_none()
            if plan is None:
                raise SkpError(Code.RECORD_NOT_FOUND, kind="plan", id=plan_id)
            p: Plan = plan[0]
            ctx = self.scope_context(s)
            if ctx.scope.kind != INSTANSI:  # the whole instansi reads every plan: nothing to ask
                visible = s.execute(
                    select(Plan.id)
                    .outerjoin(Position, Position.id == Plan.position_id)
                    .where(Plan.id == plan_id, plan_scope(ctx))
                ).first()
                if visible is None:
                    raise SkpError(Code.OUT_OF_SCOPE, scope=scope_name(ctx.scope))
            year = int(plan[1] or p.start_date.year)
            units = _Units(s)
            root = units.root()
            instansi = (values["instansi.pemerintah"] or (root.name if root else "")).strip()
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
            content_hash = plan_content_hash(s, plan_id)
            place = signature_place(values["instansi.city"], root.name if root else "")
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
                content_hash=content_hash,
                approved_hash=p.approved_hash or "",
                approved_on=p.approved_on,
                kop=Kop(
                    pemerintah=(values["instansi.pemerintah"] or (root.name if root else "")).strip().upper(),
                    name=str(values["instansi.name"]).strip().upper(),
                    address=str(values["instansi.address"]),
                    phone=str(values["instansi.phone"]),
                    email=str(values["instansi.email"]),
                    website=str(values["instansi.website"]),
                    logo=logo,
                ),
                place=place,
                signed_on=p.approved_on or today or self._access.today(),
            )

    # -- helpers -------------------------------------------------------------------------------

    def scope_context(self, s: Session) -> Any:
        """The acting person's reading scope, by the plan screens' rule (one rule, not two)."""
        return OverviewService(self._store, self._access).scope_context(s)

    def _scope(self, s: Session) -> Any:
        """Plans the acting person may read (the query must outer-join Position on the plan's)."""
        return plan_scope(self.scope_context(s))


class _Units:
    """Org units of one document: each unit asked for comes with its ancestors in one query."""

    def __init__(self, s: Session) -> None:
        self._s = s
        self._rows: dict[str, Any] = {}

    def _load(self, unit_id: str) -> None:
        up = select(OrgUnit.id, OrgUnit.parent_id, literal(0).label("depth")).where(OrgUnit.id == unit_id)
        chain = up.cte("chain", recursive=True)
        parent = aliased(OrgUnit)
        chain = chain.union_all(
            select(parent.id, parent.parent_id, chain.c.depth + 1).where(
                parent.id == chain.c.parent_id, chain.c.depth < MAX_DEPTH
            )
        )
        for row in self._s.execute(
            select(OrgUnit.id, OrgUnit.name, OrgUnit.parent_id, OrgUnit.kind).where(
                OrgUnit.id.in_(select(chain.c.id))
            )
        ):
            self._rows[row.id] = row

    def get(self, unit_id: str | None) -> Any:
        if not unit_id:
            return None
        if unit_id not in self._rows:
            self._load(unit_id)
            self._rows.setdefault(unit_id, None)
        return self._rows[unit_id]

    def root(self) -> Any:
        return self._s.execute(
            select(OrgUnit.id, OrgUnit.name)
            .where(OrgUnit.parent_id.is_(None), OrgUnit.deleted.is_(False))
            .order_by((OrgUnit.kind != "instansi"), OrgUnit.sort_order, OrgUnit.id)
            .limit(1)
        ).one_or_none()

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
    return s.execute(
        select(
            Employee.id,
            Employee.nip,
            Employee.name,
            Employee.gelar_depan,
            Employee.gelar_belakang,
            Employee.golongan,
            Employee.status,
            Employee.position_id,
        ).where(Employee.id == employee_id, Employee.deleted.is_(False))
    ).one_or_none()


def _holder(s: Session, position_id: str | None) -> Any:
    """Who holds a position now (the plan's penilai when it names only the atasan's position)."""
    if not position_id:
        return None
    found = s.execute(
        select(Employee.id)
        .where(Employee.position_id == position_id, Employee.deleted.is_(False), Employee.active.is_(True))
        .order_by(Employee.nip)
        .limit(1)
    ).scalar()
    return _employee(s, found)


def _person(s: Session, units: _Units, employee: Any, position_id: str | None) -> PersonBlock:
    position = (
        s.execute(
            select(Position.title, Position.org_unit_id).where(Position.id == position_id)
        ).one_or_none()
        if position_id
        else None
    )
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
    parent = aliased(WorkResult)
    rows = s.execute(
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
        .where(WorkResult.plan_id == plan_id, WorkResult.deleted.is_(False))
        .order_by(WorkResult.sort_order, WorkResult.id)
    ).all()
    indicators: dict[str, list[IndicatorRow]] = {}
    for result_id, aspek, text, value, maximum, unit in s.execute(
        select(
            Indicator.result_id,
            Indicator.aspek,
            Indicator.text,
            Indicator.target_value,
            Indicator.target_max,
            Indicator.target_unit,
        )
        .join(WorkResult, WorkResult.id == Indicator.result_id)
        .where(WorkResult.plan_id == plan_id, WorkResult.deleted.is_(False), Indicator.deleted.is_(False))
        .order_by(Indicator.sort_order, Indicator.id)
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
        str(value): str(text or "")
        for value, text in s.execute(
            select(BehaviourExpectation.core_value, BehaviourExpectation.ekspektasi).where(
                BehaviourExpectation.plan_id == plan_id, BehaviourExpectation.deleted.is_(False)
            )
        ).all()
    }
    return tuple(
        BehaviourRow(info.number, info.name, info.panduan, (stored.get(info.value.value) or "").strip())
        for info in berakhlak.BERAKHLAK
    )


def _annex(s: Session, plan_id: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    rows = s.execute(
        select(PlanAnnex.kind, PlanAnnex.text)
        .where(PlanAnnex.plan_id == plan_id, PlanAnnex.deleted.is_(False))
        .order_by(PlanAnnex.sort_order, PlanAnnex.id)
    ).all()
    items: dict[str, list[str]] = {}
    for kind, text in rows:
        if text and text.strip():
            items.setdefault(kind, []).append(text.strip())
    return tuple((kind, tuple(items.get(kind, ()))) for kind, _title in ANNEX_TITLES)
