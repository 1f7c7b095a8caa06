"""Evaluation documents: the Evaluasi Kinerja Pegawai per person and period, a unit's ratings as
a sheet, and angka kredit reports (issue 7 items 7 and 8; SKP-REFERENCE R-FORM-EVALUASI,
R-RATING, R-MATRIX, R-PERIODIC, R-ORG-PREDIKAT, R-CURVE, R-AK).

Reads only, except the files it writes. Each read runs in one session and returns the frozen
dataclasses of ``skpdesk.reports.evaluation_document``; the renderers lay them out.

What the documents share with the Rencana SKP comes from ``services.documents``: the kop and its
logo, the instansi's name and the signature place (``_Common``), the unit chain ("Subbidang …,
Badan …", ``_Units``), the identity blocks (``_person``), the plan's rows (``_document``) and who
may read a plan (the plan screens' rule: ``plan_scope``). A plan outside the acting person's scope
is refused with ACCESS-SCOPE as the Rencana is.

Choices, with the reasons:

- A period **not rated yet** is refused (EVAL-NOT-RATED, saying what is missing) unless the caller
  asks for a worksheet (``allow_unrated``): the Dokumen Evaluasi is what the penilai signs and the
  PyB files, so a blank one must never pass for it; a worksheet is useful before the rating (the
  evidence and the curve on one sheet) and is then printed with every rating cell reading
  "BELUM DINILAI" and a watermark on every page. A draft rating prints with a "DRAF" watermark.
- A plan that is not ditetapkan has no evaluation at all (EVAL-PLAN-NOT-SET), worksheet or not.
- The curve shows the unit the pegawai's predikat kinerja organisasi belongs to: the nearest unit
  upward from the pegawai's own (itself first) with a predikat organisasi for the same period;
  without one anywhere, the pegawai's perangkat daerah (the unit right under the root) and no
  pattern. Counts are final ratings of every plan in that unit and the units below it, whatever
  the reader's scope (the official form shows the distribution to the pegawai too; it is counts
  only, no names). Drafts are counted apart and never drawn.
- Angka kredit (R-AK, R-PERIODIC): a plan's year counts its **final AKHIR predikat over the plan's
  whole months** (R-PERIOD: months from the plan's own dates; a job change within the year makes
  two plans, and the year is their sum, R-AK note 8). While AKHIR is not final, the final periodic
  ratings each count their own months instead, marked provisional. Never both (that would count
  months twice) and never an average. The cumulative AK adds the years of the same jenjang back
  to the first plan of another jenjang (note 6: a new jenjang starts a new count); AK earned before
  the workspace's first plan is not known here and is not included (the report says from which
  year it counts).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from skpdesk.domain import angka_kredit as ak
from skpdesk.domain import berakhlak, curve, predikat
from skpdesk.domain.errors import Cancelled, Code, SkpError
from skpdesk.domain.jabatan import Jenjang, JenjangJF, jenjang_jf
from skpdesk.domain.monitoring import check_periode, frequency_of
from skpdesk.domain.nip import format_nip
from skpdesk.domain.periods import (
    AKHIR_CODE,
    MONTH_NAMES,
    EvaluationPeriod,
    PlanPeriod,
    evaluation_periods_for,
    months_covered,
)
from skpdesk.domain.plan import PlanStatus
from skpdesk.domain.predikat import Predikat, PredikatOrganisasi
from skpdesk.models.tables import (
    Assessment,
    Employee,
    Evidence,
    Feedback,
    Indicator,
    OrgAssessment,
    OrgUnit,
    Period,
    Plan,
    Position,
    Progress,
    WorkResult,
)
from skpdesk.reports.evaluation_document import (
    NOT_RATED,
    RATED_DRAFT,
    RATED_FINAL,
    AkPeriod,
    AkPerson,
    AkReport,
    AkYear,
    EvaluationDocument,
    PeriodicPredikat,
    RatingLine,
    RatingsSheet,
    ResultEvaluation,
    UnitCurve,
)
from skpdesk.reports.plan_document import PersonBlock
from skpdesk.services.base import Service, require
from skpdesk.services.documents import (
    DocumentService,
    _Common,
    _employee,
    _holder,
    _person,
    _Units,
    pangkat_text,
    target_text,
)
from skpdesk.services.overview import INSTANSI, plan_scope, scope_name, subtree_units, units_up
from skpdesk.services.people import display_name
from skpdesk.services.rating import STATUS_FINAL, penilai_position_of, plan_periods, resolve_periode

__all__ = [
    "BatchResult",
    "EvaluationService",
    "Skipped",
    "evaluation_file_name",
    "parse_period",
]

# "2025/AKHIR", "2025/TW1", "2025-tw1", "2025 TW I", "TW1/2025", "2025/SEMESTER-1", "2025/BULAN-03".
_YEAR = r"(?P<year>\d{4})"
_CODE = r"(?P<code>[A-Za-z][A-Za-z0-9 .\-]*?)"
_PERIOD_FORMS = (
    re.compile(rf"^\s*{_YEAR}\s*[/\-: ]\s*{_CODE}\s*$"),
    re.compile(rf"^\s*{_CODE}\s*[/: ]\s*{_YEAR}\s*$"),
)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_MONTHS = {name.casefold(): n for n, name in enumerate(MONTH_NAMES, start=1)}
YEAR_RANGE = (2000, 2100)


def parse_period(text: str) -> tuple[int, str]:
    """(year, evaluation period code) from what a person types: the year, a slash, the code.

    Codes (R-PERIOD): ``TW1``–``TW4`` (also ``TW I``, ``Triwulan II``), ``AKHIR``,
    ``SEMESTER-1``/``-2`` (``S1``, ``Semester II``), ``BULAN-01``–``BULAN-12`` (``BULAN-3``,
    ``Maret``). ``2025-TW1``, ``2025 TW1`` and ``TW1/2025`` are read too. Whether the plan year
    has that period is checked later, against its evaluation frequency. EVAL-PERIOD otherwise.
    """
    for form in _PERIOD_FORMS:
        match = form.match(text or "")
        if match is None:
            continue
        year = int(match.group("year"))
        code = _period_code(match.group("code"))
        if code is not None and YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            return year, code
    raise SkpError(Code.EVALUATION_PERIOD_FORMAT, value=text)


def _period_code(text: str) -> str | None:
    key = re.sub(r"[\s.\-]+", "", text.strip().upper())
    if key in ("AKHIR", "TAHUNAN"):
        return AKHIR_CODE
    for prefix, top, form in (
        ("TRIWULAN", 4, "TW{n}"),
        ("TW", 4, "TW{n}"),
        ("SEMESTER", 2, "SEMESTER-{n}"),
        ("SMT", 2, "SEMESTER-{n}"),
        ("S", 2, "SEMESTER-{n}"),
        ("BULAN", 12, "BULAN-{n:02d}"),
        ("B", 12, "BULAN-{n:02d}"),
    ):
        if key.startswith(prefix):
            rest = key[len(prefix) :]
            n = _ordinal(rest, top) if top < 12 else (int(rest) if rest.isdigit() else None)
            if n is not None and 1 <= n <= top:
                return form.format(n=n)
    named = _MONTHS.get(text.strip().casefold())
    return f"BULAN-{named:02d}" if named else None


def _ordinal(text: str, top: int) -> int | None:
    n = int(text) if text.isdigit() else _ROMAN.get(text)
    return n if n is not None and 1 <= n <= top else None


def evaluation_file_name(doc: EvaluationDocument) -> str:
    """ "199003032015031003_Andi_Pratama_2025_TW1.pdf": NIP, name, year and period."""
    name = re.sub(r"[^0-9A-Za-z]+", "_", doc.plan.pegawai_name).strip("_")[:60]
    nip = re.sub(r"\D", "", doc.plan.pegawai_nip) or doc.plan.plan_id[:8]
    stem = f"{nip}_{name}" if name else nip
    return f"{stem}_{doc.year}_{doc.periode}.pdf"


@dataclass(frozen=True)
class Skipped:
    """A plan of a batch that got no document, and why (an SkpError code with its parameters)."""

    plan_id: str
    name: str
    nip: str
    code: Code
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BatchResult:
    written: tuple[Path, ...]
    skipped: tuple[Skipped, ...]
    total: int  # plans considered


# Codes that make a batch skip a plan instead of stopping (each is listed in the result).
_SKIP_CODES = frozenset({Code.EVALUATION_NOT_RATED, Code.EVALUATION_PLAN_NOT_SET, Code.PERIODE_OUTSIDE_PLAN})


class EvaluationService(Service):
    # -- finding things ---------------------------------------------------------------------------

    def _documents(self) -> DocumentService:
        return DocumentService(self._store, self._access)

    def find_plan(self, nip: str, year: int) -> str:
        """The plan of the employee with this NIP in ``year`` (as ``export plan`` finds it)."""
        return self._documents().find_plan(nip, year)

    def find_unit(self, text: str) -> str:
        """A unit's id from its id, name or short name."""
        return self._documents().find_unit(text)

    def plan_ids(self, unit_id: str | None, year: int) -> list[str]:
        """The plans of a unit's subtree in ``year`` the acting person may read (batch order)."""
        return self._documents().plan_ids(unit_id, year)

    def plan_year(self, plan_id: str) -> int:
        """The plan year of a plan (the GUI knows the plan and the period code)."""
        return self.plan_owner(plan_id)[2]

    def plan_owner(self, plan_id: str) -> tuple[str, str, int]:
        """(name with gelar, NIP as printed, plan year) of a plan's pegawai, for the dialogs."""
        with self._read() as s:
            plan = require(s, Plan, plan_id, "plan")
            year = int(require(s, Period, plan.period_id, "period").year)
            employee = _employee(s, plan.employee_id)
            if employee is None:
                return "", "", year
            name = display_name(employee.name, employee.gelar_depan or "", employee.gelar_belakang or "")
            return name, format_nip(employee.nip), year

    # -- the Evaluasi Kinerja Pegawai -------------------------------------------------------------

    def evaluation_document(
        self,
        plan_id: str,
        periode: str,
        *,
        allow_unrated: bool = False,
        today: dt.date | None = None,
    ) -> EvaluationDocument:
        """Everything the Evaluasi Kinerja Pegawai of one plan and period prints.

        Refused: an unknown plan (REC-NOTFOUND), one outside the reader's scope (ACCESS-SCOPE), a
        plan not ditetapkan (EVAL-PLAN-NOT-SET), a period the plan year does not have or the plan
        does not reach (PERIODE-UNKNOWN / PERIODE-OUTSIDE), a period not rated yet
        (EVAL-NOT-RATED) unless ``allow_unrated``.
        """
        with self._read() as s:
            return _Reader(self, s).document(plan_id, periode, allow_unrated, today or self._access.today())

    def write_evaluation(
        self, plan_id: str, periode: str, out: Path, *, allow_unrated: bool = False
    ) -> tuple[EvaluationDocument, int]:
        """Read and write one Evaluasi Kinerja PDF to ``out`` (through a temporary file: nothing
        is left under the name when it fails, DOC-WRITE); the document and its page count."""
        from skpdesk.reports.evaluasi_pdf import render_evaluation

        doc = self.evaluation_document(plan_id, periode, allow_unrated=allow_unrated)
        return doc, render_evaluation(doc, out)

    def write_evaluations(
        self,
        unit_id: str | None,
        year: int,
        periode: str,
        out_dir: Path,
        *,
        include_unrated: bool = False,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> BatchResult:
        """The Evaluasi Kinerja of every plan of a unit's subtree (None: the whole instansi) in
        ``year`` for ``periode``, one PDF per plan in ``out_dir`` (made when missing), named by
        NIP, name, year and period (a second plan of one person gets "_2").

        A plan that is not ditetapkan, does not reach the period, or (without ``include_unrated``)
        is not rated yet gets no file and is listed in ``skipped`` with the reason; any other
        refusal stops the batch. ``progress(done, total)`` after each plan (skipped ones too);
        ``cancelled()`` is asked before each: when true, ``Cancelled`` is raised, the file being
        made is removed, finished files stay and none is half-written. An unwritable folder
        raises DOC-WRITE. A unit with no plans in the year raises EVAL-NO-PLANS.

        Written in this process: the unit's curve is read and drawn once for all its plans, which
        is most of a document's cost (worker processes, as the Rencana batch has, would draw it
        once per process).
        """
        from skpdesk.reports.evaluasi_pdf import EvaluationWriter
        from skpdesk.reports.rencana_pdf import batch_folder, unique_name

        code = _check_year_periode(self, year, periode)
        ids = self.plan_ids(unit_id, year)
        if not ids:
            raise SkpError(Code.EVALUATION_NO_PLANS, unit=self._unit_name(unit_id), year=year)
        batch_folder(out_dir)
        writer = EvaluationWriter()
        written: list[Path] = []
        skipped: list[Skipped] = []
        used: set[str] = set()
        today = self._access.today()
        total = len(ids)
        curves: dict[tuple[str, str, str], UnitCurve] = {}
        common: _Common | None = None
        if progress is not None:
            progress(0, total)
        for index, plan_id in enumerate(ids, start=1):
            if cancelled is not None and cancelled():
                raise Cancelled
            with self._read() as s:
                if common is None:
                    common = _Common.read(self._documents(), s)
                reader = _Reader(self, s, common, curves)
                try:
                    doc = reader.document(plan_id, code, include_unrated, today)
                except SkpError as exc:
                    if exc.code not in _SKIP_CODES:
                        raise
                    name, nip = reader.owner(plan_id)
                    skipped.append(Skipped(plan_id, name, nip, exc.code, dict(exc.params)))
                    doc = None
            if doc is not None:
                target = out_dir / unique_name(evaluation_file_name(doc), used)
                writer.write(doc, target, cancelled)
                written.append(target)
            if progress is not None:
                progress(index, total)
        return BatchResult(tuple(written), tuple(skipped), total)

    def unit_curve(self, unit_id: str, year: int, periode: str) -> UnitCurve:
        """The predikat distribution of a unit (and the units below it) for one period with its
        predikat organisasi (the unit's own, else the nearest unit above's) and the R-CURVE check."""
        code = _check_year_periode(self, year, periode)
        with self._read() as s:
            require(s, OrgUnit, unit_id, "org_unit")
            period_id = _period_id(s, year)
            return _curve_for_unit(s, unit_id, period_id, year, code, exact_unit=True)

    # -- a unit's ratings -------------------------------------------------------------------------

    def ratings_sheet(self, unit_id: str, year: int, periode: str) -> RatingsSheet:
        """Every plan of the unit's subtree in ``year`` the reader may see, with its rating of
        ``periode`` (or that it has none), and the unit's distribution against the curve."""
        code = _check_year_periode(self, year, periode)
        today = self._access.today()
        with self._read() as s:
            unit = require(s, OrgUnit, unit_id, "org_unit")
            period_id = _period_id(s, year)
            period_row = require(s, Period, period_id, "period")
            frequency = frequency_of(period_row.evaluation_frequency)
            ctx = self._documents().scope_context(s)
            pegawai, penilai, assessor = aliased(Employee), aliased(Employee), aliased(Employee)
            rows = s.execute(
                select(
                    Plan.id,
                    Plan.status,
                    Plan.start_date,
                    Plan.end_date,
                    pegawai.name,
                    pegawai.gelar_depan,
                    pegawai.gelar_belakang,
                    pegawai.nip,
                    Position.title,
                    OrgUnit.name,
                    penilai.name,
                    penilai.gelar_depan,
                    penilai.gelar_belakang,
                    penilai.nip,
                    Assessment.rating_hasil_kerja,
                    Assessment.rating_perilaku,
                    Assessment.predikat,
                    Assessment.status,
                    Assessment.basis,
                    Assessment.assessed_on,
                    assessor.name,
                    assessor.gelar_depan,
                    assessor.gelar_belakang,
                    assessor.nip,
                    Position.org_unit_id,
                    Position.is_head,
                )
                .select_from(Plan)
                .join(Position, Position.id == Plan.position_id)
                .outerjoin(OrgUnit, OrgUnit.id == Position.org_unit_id)
                .outerjoin(pegawai, pegawai.id == Plan.employee_id)
                .outerjoin(penilai, penilai.id == Plan.penilai_employee_id)
                .outerjoin(
                    Assessment,
                    and_(
                        Assessment.plan_id == Plan.id,
                        Assessment.periode == code,
                        Assessment.deleted.is_(False),
                    ),
                )
                .outerjoin(assessor, assessor.id == Assessment.assessed_by_employee_id)
                .where(
                    Plan.deleted.is_(False),
                    Plan.period_id == period_id,
                    Position.org_unit_id.in_(subtree_units(unit_id)),
                    plan_scope(ctx),
                )
                .order_by(
                    Position.is_head.desc(),
                    pegawai.name.collate("NOCASE"),
                    pegawai.nip,
                    Plan.start_date,
                    Plan.id,
                    (Assessment.status == STATUS_FINAL).desc(),
                    Assessment.updated_at.desc(),
                )
            ).all()
            order = _tree_order(s, unit_id)
            rows = sorted(rows, key=lambda row: order.get(row[24], len(order)))  # stable: the rest kept
            if not rows:
                if ctx.scope.kind != INSTANSI and _has_plans(s, unit_id, period_id):
                    raise SkpError(Code.OUT_OF_SCOPE, scope=scope_name(ctx.scope))
                raise SkpError(Code.EVALUATION_NO_PLANS, unit=unit.name, year=year)
            lines: list[RatingLine] = []
            seen: set[str] = set()
            for r in rows:
                if r[0] in seen:
                    continue  # an old import left several ratings: the final one, else the latest
                seen.add(r[0])
                codes = {p.code for p in evaluation_periods_for(PlanPeriod(r[2], r[3]), frequency)}
                status = r[17] if r[17] in (RATED_FINAL, RATED_DRAFT) and r[16] else NOT_RATED
                penilai_name = display_name(r[10], r[11] or "", r[12] or "") if r[10] else ""
                penilai_nip = format_nip(r[13]) if r[13] else ""
                if not penilai_name and r[20]:  # no penilai named on the plan: who rated it
                    penilai_name = display_name(r[20], r[21] or "", r[22] or "")
                    penilai_nip = format_nip(r[23]) if r[23] else ""
                lines.append(
                    RatingLine(
                        name=display_name(r[4], r[5] or "", r[6] or "") if r[4] else "",
                        nip=format_nip(r[7]) if r[7] else "",
                        jabatan=r[8] or "",
                        unit=r[9] or "",
                        plan_status=r[1],
                        rating_status=status,
                        rating_hasil_kerja=_rating_label(r[14]) if status else "",
                        rating_perilaku=_rating_label(r[15]) if status else "",
                        predikat=_predikat(r[16]) if status else None,
                        basis_org=bool(status) and r[18] == "org-predikat",
                        penilai=penilai_name,
                        penilai_nip=penilai_nip,
                        assessed_on=r[19] if status else None,
                        outside=code not in codes,
                    )
                )
            unit_curve = _curve_for_unit(s, unit_id, period_id, year, code, exact_unit=True)
            org_unit_name = ""
            if unit_curve.org_predikat is not None:
                org_unit_name = _org_source_name(s, unit_id, period_id, code)
            label = _periode_label(s, period_id, code)
        return RatingsSheet(
            unit_id=unit_id,
            unit_name=unit.name,
            instansi=self._instansi(),
            year=year,
            periode=code,
            periode_label=label,
            lines=tuple(lines),
            curve=unit_curve,
            org_unit_name=org_unit_name,
            made_on=today,
        )

    def write_ratings(self, unit_id: str, year: int, periode: str, out: Path) -> tuple[RatingsSheet, int]:
        """The ratings sheet as an Excel workbook (through a temporary file, DOC-WRITE); the
        sheet and the number of people listed."""
        from skpdesk.reports.ratings_xlsx import write_ratings_xlsx

        sheet = self.ratings_sheet(unit_id, year, periode)
        return sheet, write_ratings_xlsx(sheet, out)

    # -- angka kredit (R-AK) ----------------------------------------------------------------------

    def angka_kredit_person(self, nip: str, year: int) -> AkReport:
        """The angka kredit of the pegawai with this NIP in ``year``, with the cumulative AK in
        the jenjang and the thresholds (R-AK). DOC-NO-PLAN without a plan that year (an unknown
        NIP too); AK-NOT-JF when the jabatan of that year is not fungsional."""
        plan_id = self.find_plan(nip, year)
        return self.angka_kredit_for_plan(plan_id)

    def angka_kredit_for_plan(self, plan_id: str) -> AkReport:
        """``angka_kredit_person`` for the owner of a plan, in the plan's year."""
        self._documents()._check_readable([plan_id])  # the plan screens' rule (ACCESS-SCOPE)
        with self._read() as s:
            common = _Common.read(self._documents(), s)
            plan = require(s, Plan, plan_id, "plan")
            year = int(require(s, Period, plan.period_id, "period").year)
            units = _Units(s, common.units)
            person = _ak_person(s, units, plan.employee_id, year, plan_id)
            if person is None:
                employee = _employee(s, plan.employee_id)
                jabatan = s.execute(select(Position.title).where(Position.id == plan.position_id)).scalar()
                raise SkpError(
                    Code.AK_NOT_FUNGSIONAL,
                    name=employee.name if employee is not None else "-",
                    jabatan=jabatan or "-",
                )
            return AkReport(
                title_name=person.name,
                unit_name=person.unit,
                instansi=common.instansi,
                kop=common.kop,
                year=year,
                people=(person,),
                per_person=True,
                made_on=self._access.today(),
                place=common.place,
            )

    def angka_kredit_unit(self, unit_id: str, year: int) -> AkReport:
        """The angka kredit of every jabatan fungsional with a plan in ``year`` in the unit's
        subtree that the reader may see; AK-NO-JF when there is none."""
        with self._read() as s:
            unit = require(s, OrgUnit, unit_id, "org_unit")
            period_id = _period_id(s, year)
            common = _Common.read(self._documents(), s)
            ctx = self._documents().scope_context(s)
            jf = [j.value for j in Jenjang if jenjang_jf(j) is not None]
            rows = s.execute(
                select(Plan.id, Plan.employee_id, Position.org_unit_id)
                .join(Position, Position.id == Plan.position_id)
                .outerjoin(OrgUnit, OrgUnit.id == Position.org_unit_id)
                .outerjoin(Employee, Employee.id == Plan.employee_id)
                .where(
                    Plan.deleted.is_(False),
                    Plan.period_id == period_id,
                    Position.jenjang.in_(jf),
                    Position.org_unit_id.in_(subtree_units(unit_id)),
                    plan_scope(ctx),
                )
                .order_by(
                    Position.is_head.desc(),
                    Employee.name.collate("NOCASE"),
                    Employee.nip,
                    Plan.start_date.desc(),
                )
            ).all()
            order = _tree_order(s, unit_id)
            rows = sorted(rows, key=lambda row: order.get(str(row[2]), len(order)))
            units = _Units(s, common.units)
            people: list[AkPerson] = []
            seen: set[str] = set()
            for plan_id, employee_id, _unit in rows:
                if not employee_id or employee_id in seen:
                    continue  # one line per person (their latest plan of the year)
                seen.add(employee_id)
                found = _ak_person(s, units, employee_id, year, plan_id)
                if found is not None:
                    people.append(found)
            if not people:
                raise SkpError(Code.AK_NO_FUNGSIONAL, unit=unit.name, year=year)
            return AkReport(
                title_name=unit.name,
                unit_name=unit.name,
                instansi=common.instansi,
                kop=common.kop,
                year=year,
                people=tuple(people),
                per_person=False,
                made_on=self._access.today(),
                place=common.place,
            )

    def write_angka_kredit(self, report: AkReport, out: Path) -> int:
        """The report as PDF or Excel by ``out``'s extension (.pdf / .xlsx); pages or rows.
        Through a temporary file (DOC-WRITE; nothing left under the name on failure)."""
        from skpdesk.reports.angka_kredit_report import render_angka_kredit_pdf, write_angka_kredit_xlsx

        if out.suffix.lower() == ".xlsx":
            return write_angka_kredit_xlsx(report, out)
        return render_angka_kredit_pdf(report, out)

    # -- helpers ----------------------------------------------------------------------------------

    def _unit_name(self, unit_id: str | None) -> str:
        if unit_id is None:
            return self._instansi() or "-"
        with self._read() as s:
            return str(s.execute(select(OrgUnit.name).where(OrgUnit.id == unit_id)).scalar() or unit_id)

    def _instansi(self) -> str:
        with self._read() as s:
            return _Common.read(self._documents(), s).instansi


# -- reading one evaluation document ------------------------------------------------------------------


class _Reader:
    """One session's reads for the documents of a batch; curves are kept across plans."""

    def __init__(
        self,
        service: EvaluationService,
        s: Session,
        common: _Common | None = None,
        curves: dict[tuple[str, str, str], UnitCurve] | None = None,
    ) -> None:
        self.service = service
        self.s = s
        self.documents = service._documents()
        self.common = common or _Common.read(self.documents, s)
        self.curves = curves if curves is not None else {}

    def owner(self, plan_id: str) -> tuple[str, str]:
        row = self.s.execute(
            select(Employee.name, Employee.gelar_depan, Employee.gelar_belakang, Employee.nip)
            .join(Plan, Plan.employee_id == Employee.id)
            .where(Plan.id == plan_id)
        ).one_or_none()
        if row is None:
            return "", ""
        return display_name(row.name, row.gelar_depan, row.gelar_belakang), format_nip(row.nip)

    def document(self, plan_id: str, periode: str, allow_unrated: bool, today: dt.date) -> EvaluationDocument:
        s = self.s
        plan_doc = self.documents._document(s, self.common, plan_id, today)  # scope checked there
        plan = require(s, Plan, plan_id, "plan")
        if plan.status != PlanStatus.DITETAPKAN.value:
            raise SkpError(
                Code.EVALUATION_PLAN_NOT_SET, name=plan_doc.pegawai.name or "-", status=plan_doc.status_label
            )
        period, year = resolve_periode(s, plan, periode)
        periods = plan_periods(s, plan)
        ratings = _ratings(s, plan_id)
        current = ratings.get(period.code)
        if current is None and not allow_unrated:
            raise SkpError(
                Code.EVALUATION_NOT_RATED,
                name=plan_doc.pegawai.name or "-",
                periode=period.label,
                year=year,
            )
        units = _Units(s, self.common.units)
        results, indicators = _result_ids(s, plan_id)
        evaluations = _result_evaluations(s, results, indicators, period, periods)
        utama = tuple(e for r, e in zip(results, evaluations, strict=True) if r[1] != "tambahan")
        tambahan = tuple(e for r, e in zip(results, evaluations, strict=True) if r[1] == "tambahan")
        unit_id = _unit_of_plan(s, plan)
        curve_value = None
        if unit_id is not None:
            key = (unit_id, str(plan.period_id), period.code)
            curve_value = self.curves.get(key)
            if curve_value is None:
                curve_value = _curve_for_unit(s, unit_id, plan.period_id, year, period.code, exact_unit=False)
                self.curves[key] = curve_value
        rated = current is not None
        return EvaluationDocument(
            plan=plan_doc,
            periode=period.code,
            periode_label=period.label,
            period_start=period.start,
            period_end=period.end,
            is_final=period.is_final,
            atasan_penilai=_atasan_penilai(s, units, plan),
            utama=utama,
            tambahan=tambahan,
            perilaku_feedback=_value_feedback(s, plan_id, period),
            rating_status=current.status if current is not None else NOT_RATED,
            rating_hasil_kerja=_rating_label(current.hasil) if current else "",
            rating_perilaku=_rating_label(current.perilaku) if current else "",
            predikat=_predikat(current.predikat) if current else None,
            basis_org=bool(current and current.basis == "org-predikat"),
            note=current.note if current else "",
            assessed_on=current.assessed_on if current else None,
            assessor=current.assessor if current else "",
            curve=curve_value,
            signed_on=(current.assessed_on if rated and current and current.assessed_on else today),
            periodic=tuple(
                PeriodicPredikat(
                    p.code,
                    p.label,
                    _predikat(ratings[p.code].predikat) if p.code in ratings else None,
                    p.code in ratings and ratings[p.code].status == RATED_FINAL,
                )
                for p in periods
                if not p.is_final
            )
            if period.is_final
            else (),
        )


@dataclass(frozen=True)
class _Rating:
    status: str
    hasil: str
    perilaku: str
    predikat: str
    basis: str
    note: str
    assessed_on: dt.date | None
    assessor: str


def _ratings(s: Session, plan_id: str) -> dict[str, _Rating]:
    """The live rating per periode of a plan (a final one first, else the latest); a record
    without a predikat (an unfinished import) is no rating."""
    assessor = aliased(Employee)
    out: dict[str, _Rating] = {}
    for a, name, depan, belakang in s.execute(
        select(Assessment, assessor.name, assessor.gelar_depan, assessor.gelar_belakang)
        .outerjoin(assessor, assessor.id == Assessment.assessed_by_employee_id)
        .where(Assessment.plan_id == plan_id, Assessment.deleted.is_(False))
        .order_by((Assessment.status == STATUS_FINAL).desc(), Assessment.updated_at.desc())
    ).all():
        if a.periode in out or _predikat(a.predikat) is None:
            continue
        out[a.periode] = _Rating(
            status=RATED_FINAL if a.status == STATUS_FINAL else RATED_DRAFT,
            hasil=a.rating_hasil_kerja,
            perilaku=a.rating_perilaku,
            predikat=a.predikat,
            basis=a.basis,
            note=(a.note or "").strip(),
            assessed_on=a.assessed_on,
            assessor=display_name(name, depan or "", belakang or "") if name else "",
        )
    return out


def _rating_label(value: str | None) -> str:
    try:
        return predikat.label(predikat.Rating(value)) if value else ""
    except ValueError:
        return value or ""


def _predikat(value: str | None) -> Predikat | None:
    try:
        return Predikat(value) if value else None
    except ValueError:
        return None


def _result_ids(s: Session, plan_id: str) -> tuple[list[tuple[str, str]], dict[str, list[tuple[str, str]]]]:
    """(RHK id, jenis) in the order ``documents._results`` prints them, and per RHK its IKI
    (id, target unit) in the printed order (the same filters and ORDER BY)."""
    results = [
        (str(r.id), str(r.jenis))
        for r in s.execute(
            select(WorkResult.id, WorkResult.jenis)
            .where(WorkResult.plan_id == plan_id, WorkResult.deleted.is_(False))
            .order_by(WorkResult.sort_order, WorkResult.id)
        ).all()
    ]
    indicators: dict[str, list[tuple[str, str]]] = {}
    for result_id, indicator_id, unit in s.execute(
        select(Indicator.result_id, Indicator.id, Indicator.target_unit)
        .join(WorkResult, WorkResult.id == Indicator.result_id)
        .where(WorkResult.plan_id == plan_id, WorkResult.deleted.is_(False), Indicator.deleted.is_(False))
        .order_by(Indicator.sort_order, Indicator.id)
    ).all():
        indicators.setdefault(str(result_id), []).append((str(indicator_id), unit or ""))
    return results, indicators


def short_label(label: str) -> str:
    """A period's label as the AKHIR form's lines start: "TW I", "Smt II", "Mar"."""
    for long, short in (("Triwulan ", "TW "), ("Semester ", "Smt ")):
        if label.startswith(long):
            return short + label[len(long) :]
    return label[:3] if label in MONTH_NAMES else label


def _realisasi_text(realisasi: str, unit: str, text: str, fallback_unit: str) -> str:
    shown = target_text(realisasi, "", unit or fallback_unit) if realisasi.strip() else ""
    text = " ".join(text.split())
    if shown and text:
        return f"{shown} ({text})"
    return shown or text


def _result_evaluations(
    s: Session,
    results: Sequence[tuple[str, str]],
    indicators: Mapping[str, Sequence[tuple[str, str]]],
    period: EvaluationPeriod,
    periods: Sequence[EvaluationPeriod],
) -> list[ResultEvaluation]:
    """Realisasi, bukti dukung and umpan balik per RHK for the period (R-FORM-EVALUASI item 4).

    AKHIR: the yearly realisasi when one was recorded for AKHIR, else each period's as its own
    line (never added up: a realisasi need not be a count); every bukti dukung and every umpan
    balik of the year (R-PERIODIC: the annual evaluation uses the whole year's evidence)."""
    result_ids = [r[0] for r in results]
    indicator_ids = [i for rows in indicators.values() for i, _unit in rows]
    labels = {p.code: short_label(p.label) for p in periods}
    order = {p.code: n for n, p in enumerate(periods)}
    codes = [period.code] if not period.is_final else list(order)
    cells: dict[str, dict[str, str]] = {}  # key (IKI or RHK id) -> periode -> text
    units = {i: unit for rows in indicators.values() for i, unit in rows}
    if result_ids:
        for key_indicator, key_result, code, realisasi, unit, text in s.execute(
            select(
                Progress.indicator_id,
                Progress.result_id,
                Progress.periode,
                Progress.realisasi,
                Progress.realisasi_unit,
                Progress.realisasi_text,
            )
            .where(
                Progress.deleted.is_(False),
                Progress.periode.in_(codes),
                or_(
                    Progress.indicator_id.in_(indicator_ids),
                    and_(Progress.indicator_id.is_(None), Progress.result_id.in_(result_ids)),
                ),
            )
            .order_by(Progress.updated_at)  # the latest entry wins
        ).all():
            key = str(key_indicator or key_result)
            shown = _realisasi_text(realisasi or "", unit or "", text or "", units.get(key, ""))
            if shown:
                cells.setdefault(key, {})[code] = shown

    def lines(key: str) -> tuple[str, ...]:
        found = cells.get(key, {})
        if period.code in found:
            return (found[period.code],)
        if not period.is_final:
            return ()
        return tuple(
            f"{labels.get(code, code)}: {text}"
            for code, text in sorted(found.items(), key=lambda item: order.get(item[0], 99))
        )

    evidence: dict[str, list[str]] = {}
    if result_ids:
        query = (
            select(Evidence.result_id, Evidence.file_name)
            .where(Evidence.deleted.is_(False), Evidence.result_id.in_(result_ids))
            .order_by(Evidence.uploaded_on, Evidence.file_name)
        )
        if not period.is_final:
            query = query.where(Evidence.periode == period.code)
        for result_id, file_name in s.execute(query).all():
            names = evidence.setdefault(str(result_id), [])
            if file_name not in names:
                names.append(file_name)
    feedback = _feedback(s, Feedback.result_id.in_(result_ids), period, labels, order)
    return [
        ResultEvaluation(
            indicators=tuple(lines(i) for i, _unit in indicators.get(result_id, ())),
            realisasi=lines(result_id),
            evidence=tuple(evidence.get(result_id, ())),
            feedback=tuple(feedback.get(result_id, ())),
        )
        for result_id, _jenis in results
    ]


def _feedback(
    s: Session,
    target: Any,
    period: EvaluationPeriod,
    labels: Mapping[str, str],
    order: Mapping[str, int],
    by_value: bool = False,
) -> dict[str, list[str]]:
    """The pejabat penilai's umpan balik (relation atasan) per RHK id or per BerAKHLAK value,
    oldest first; on AKHIR the whole year's, each with its period."""
    key_column = Feedback.core_value if by_value else Feedback.result_id
    query = (
        select(key_column, Feedback.periode, Feedback.text)
        .where(Feedback.deleted.is_(False), Feedback.relation == "atasan", target)
        .order_by(Feedback.given_on, Feedback.updated_at)
    )
    if not period.is_final:
        query = query.where(Feedback.periode == period.code)
    out: dict[str, list[str]] = {}
    rows = s.execute(query).all()
    if period.is_final:
        rows = sorted(rows, key=lambda r: order.get(r[1], 99))  # stable: date order within a period
    for key, code, raw in rows:
        text = " ".join((raw or "").split())
        if not key or not text:
            continue
        if period.is_final and code in labels:
            text = f"{labels[code]}: {text}"
        out.setdefault(str(key), []).append(text)
    return out


def _value_feedback(s: Session, plan_id: str, period: EvaluationPeriod) -> tuple[tuple[str, ...], ...]:
    plan = require(s, Plan, plan_id, "plan")
    periods = plan_periods(s, plan)
    labels = {p.code: short_label(p.label) for p in periods}
    order = {p.code: n for n, p in enumerate(periods)}
    found = _feedback(
        s,
        and_(Feedback.plan_id == plan_id, Feedback.core_value != ""),
        period,
        labels,
        order,
        by_value=True,
    )
    return tuple(tuple(found.get(info.value.value, ())) for info in berakhlak.BERAKHLAK)


def _atasan_penilai(s: Session, units: _Units, plan: Any) -> PersonBlock:
    """The atasan of the pejabat penilai kinerja: the holder of the atasan position of the
    penilai's position (the plan's named penilai position, else the atasan position of the plan's
    jabatan, else the penilai's own position)."""
    penilai_position = penilai_position_of(s, plan)
    if not penilai_position:
        return PersonBlock()
    atasan_position = s.execute(
        select(Position.atasan_position_id).where(Position.id == penilai_position)
    ).scalar()
    if not atasan_position:
        return PersonBlock()
    holder = _holder(s, atasan_position)
    return _person(s, units, holder, atasan_position)


def _unit_of_plan(s: Session, plan: Any) -> str | None:
    position = plan.position_id
    if not position and plan.employee_id:
        position = s.execute(select(Employee.position_id).where(Employee.id == plan.employee_id)).scalar()
    if not position:
        return None
    found = s.execute(select(Position.org_unit_id).where(Position.id == position)).scalar()
    return str(found) if found else None


# -- the curve of a unit ------------------------------------------------------------------------------


def _chain(s: Session, unit_id: str) -> list[str]:
    return [str(r.id) for r in s.execute(units_up(unit_id)).all()]


def _org_values(s: Session, unit_ids: Sequence[str], period_id: str | None, periode: str) -> dict[str, Any]:
    """The latest predikat organisasi per unit for the period (a value from a newer version is
    skipped, as ``services.rating`` reads it)."""
    found: dict[str, tuple[PredikatOrganisasi, str]] = {}
    for unit, value, _stamp in s.execute(
        select(OrgAssessment.org_unit_id, OrgAssessment.predikat, OrgAssessment.updated_at)
        .where(
            OrgAssessment.org_unit_id.in_(list(unit_ids)),
            OrgAssessment.period_id == period_id,
            OrgAssessment.periode == periode,
            OrgAssessment.deleted.is_(False),
        )
        .order_by(OrgAssessment.updated_at)
    ).all():
        try:
            found[str(unit)] = (PredikatOrganisasi(value), str(unit))
        except ValueError:
            continue
    return found


def _org_source(s: Session, unit_id: str, period_id: str | None, periode: str) -> tuple[str, Any] | None:
    """(unit id, predikat organisasi) of the nearest unit upward with one for the period."""
    chain = _chain(s, unit_id)
    values = _org_values(s, chain, period_id, periode)
    for unit in chain:
        if unit in values:
            return unit, values[unit][0]
    return None


def _org_source_name(s: Session, unit_id: str, period_id: str | None, periode: str) -> str:
    found = _org_source(s, unit_id, period_id, periode)
    if found is None:
        return ""
    return str(s.execute(select(OrgUnit.name).where(OrgUnit.id == found[0])).scalar() or "")


def _curve_for_unit(
    s: Session, unit_id: str, period_id: str | None, year: int, periode: str, *, exact_unit: bool
) -> UnitCurve:
    """``exact_unit``: the counts of this unit (its predikat organisasi may come from above);
    else the pegawai's side: the unit holding the nearest predikat organisasi, or the perangkat
    daerah when none is set (see the module's notes)."""
    source = _org_source(s, unit_id, period_id, periode)
    if exact_unit:
        counted = unit_id
    elif source is not None:
        counted = source[0]
    else:
        chain = _chain(s, unit_id)
        counted = chain[-2] if len(chain) >= 2 else (chain[-1] if chain else unit_id)
    org = source[1] if source is not None else None
    counts = dict.fromkeys(curve.PREDIKAT_ORDER, 0)
    drafts = 0
    for value, status, count in s.execute(
        select(Assessment.predikat, Assessment.status, func.count(Assessment.id))
        .join(Plan, Plan.id == Assessment.plan_id)
        .join(Position, Position.id == Plan.position_id)
        .where(
            Assessment.deleted.is_(False),
            Assessment.periode == periode,
            Plan.deleted.is_(False),
            Plan.period_id == period_id,
            Position.org_unit_id.in_(subtree_units(counted)),
        )
        .group_by(Assessment.predikat, Assessment.status)
    ).all():
        found = _predikat(value)
        if found is None:
            continue
        if status == STATUS_FINAL:
            counts[found] += int(count)
        else:
            drafts += int(count)
    name = str(s.execute(select(OrgUnit.name).where(OrgUnit.id == counted)).scalar() or "")
    check = curve.evaluate(org, counts) if org is not None else None  # SKP-REFERENCE R-CURVE
    return UnitCurve(
        unit_id=counted,
        unit_name=name,
        year=year,
        periode=periode,
        periode_label=_periode_label(s, period_id, periode),
        org_predikat=org,
        counts=counts,
        drafts=drafts,
        check=check,
    )


def _period_id(s: Session, year: int) -> str:
    found = s.execute(
        select(Period.id).where(Period.year == year, Period.deleted.is_(False)).order_by(Period.id)
    ).scalar()
    if found is None:
        years = sorted(
            {int(y) for y in s.execute(select(Period.year).where(Period.deleted.is_(False))).scalars()}
        )
        raise SkpError(Code.DOCUMENT_NO_YEAR, year=year, years=", ".join(map(str, years)) or "-")
    return str(found)


def _periode_label(s: Session, period_id: str | None, periode: str) -> str:
    row = s.execute(select(Period).where(Period.id == period_id)).scalar()
    if row is None:
        return periode
    span = PlanPeriod(row.start_date, row.end_date)
    for p in evaluation_periods_for(span, frequency_of(row.evaluation_frequency)):
        if p.code == periode:
            return p.label
    return periode


def _check_year_periode(service: EvaluationService, year: int, periode: str) -> str:
    """The periode code, refused (PERIODE-UNKNOWN) when the plan year has no such period;
    DOC-NO-YEAR without that plan year."""
    with service._read() as s:
        row = require(s, Period, _period_id(s, year), "period")
        span = PlanPeriod(row.start_date, row.end_date)
        return check_periode(periode.strip().upper(), span, frequency_of(row.evaluation_frequency)).code


def _tree_order(s: Session, unit_id: str) -> dict[str, int]:
    """Units of the subtree in the order of the tree (a unit before the units below it, siblings
    by their order and name), as position numbers."""
    rows = s.execute(
        select(OrgUnit.id, OrgUnit.parent_id, OrgUnit.sort_order, OrgUnit.name).where(
            OrgUnit.id.in_(subtree_units(unit_id))
        )
    ).all()
    children: dict[str | None, list[Any]] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row)
    for siblings in children.values():
        siblings.sort(key=lambda r: (r.sort_order, r.name))
    order: dict[str, int] = {}
    stack = [unit_id]
    while stack:
        current = stack.pop()
        if current in order:
            continue
        order[current] = len(order)
        stack.extend(r.id for r in reversed(children.get(current, [])))
    return order


def _has_plans(s: Session, unit_id: str, period_id: str) -> bool:
    return (
        s.execute(
            select(Plan.id)
            .join(Position, Position.id == Plan.position_id)
            .where(
                Plan.deleted.is_(False),
                Plan.period_id == period_id,
                Position.org_unit_id.in_(subtree_units(unit_id)),
            )
            .limit(1)
        ).first()
        is not None
    )


# -- angka kredit -------------------------------------------------------------------------------------


def _q_person_plans() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Plan.id,
            Plan.start_date,
            Plan.end_date,
            Plan.status,
            Plan.period_id,
            Plan.position_id,
            Period.year,
            Period.evaluation_frequency,
            Position.title,
            Position.jenjang,
            Position.org_unit_id,
        )
        .join(Period, Period.id == Plan.period_id)
        .outerjoin(Position, Position.id == Plan.position_id)
        .where(Plan.deleted.is_(False), Period.deleted.is_(False))
        .order_by(Period.year.desc(), Plan.start_date.desc(), Plan.id)
    )


def _jenjang_row(value: str | None) -> JenjangJF | None:
    try:
        return jenjang_jf(Jenjang(value)) if value else None
    except ValueError:
        return None


def _ak_person(
    s: Session, units: _Units, employee_id: str | None, year: int, plan_id: str
) -> AkPerson | None:
    """The person's AK in the jenjang of ``plan_id`` (a plan of ``year``); None when that jabatan
    is not fungsional."""
    if not employee_id:
        return None
    plans = s.execute(_q_person_plans().where(Plan.employee_id == employee_id, Period.year <= year)).all()
    anchor = next((p for p in plans if p.id == plan_id), None)
    if anchor is None:
        return None
    row = _jenjang_row(anchor.jenjang)
    if row is None:
        return None
    years: list[AkYear] = []
    for p in plans:  # newest first: the same jenjang back to the first plan of another one
        if p.year > year:
            continue
        if p.year == year and p.start_date > anchor.start_date:
            continue  # a later plan of the report year: another jabatan after this one
        if _jenjang_row(p.jenjang) != row:
            if p.year < year or p.start_date < anchor.start_date:
                break  # R-AK note 6: a new jenjang starts a new count
            continue
        years.append(_ak_year(s, p, row))
    years.reverse()
    employee = _employee(s, employee_id)
    block = _person(s, units, employee, anchor.position_id)
    this_year = [y for y in years if y.year == year]
    latest = this_year[-1] if this_year else None
    akhir = next((p for p in latest.periods if p.periode == AKHIR_CODE), None) if latest else None
    return AkPerson(
        employee_id=employee_id,
        name=block.name,
        nip=block.nip,
        pangkat=pangkat_text(employee.golongan or "", employee.status or "pns") if employee else "",
        jabatan=block.jabatan,
        unit=block.unit,
        jenjang=row,
        year=year,
        years=tuple(years),
        year_exact=sum((y.exact for y in this_year), Fraction(0)),
        cumulative=sum((y.exact for y in years), Fraction(0)),
        first_year=years[0].year if years else year,
        predikat=akhir.predikat if akhir is not None else None,
        months=sum(y.months for y in this_year),
    )


def _ak_year(s: Session, p: Any, row: JenjangJF) -> AkYear:
    """One plan's AK (see the module's notes: AKHIR over the plan's months, else the final
    periodic ratings over theirs, provisional)."""
    span = PlanPeriod(p.start_date, p.end_date)
    periods = evaluation_periods_for(span, frequency_of(p.evaluation_frequency))
    ratings = {code: r for code, r in _ratings(s, p.id).items() if r.status == RATED_FINAL}
    akhir_final = AKHIR_CODE in ratings
    basis = "akhir" if akhir_final else ("periodik" if ratings else "kosong")
    items: list[AkPeriod] = []
    for period in periods:
        months = span.months if period.is_final else months_covered(period.start, period.end)
        found = ratings.get(period.code)
        value = _predikat(found.predikat) if found else None
        exact = None
        if value is not None and months > 0:
            exact = ak.calculate(row.jenjang, value, months).exact  # SKP-REFERENCE R-AK
        counted = exact is not None and (period.is_final == akhir_final)
        items.append(
            AkPeriod(
                year=int(p.year),
                periode=period.code,
                label=period.label,
                start=period.start,
                end=period.end,
                months=months,
                predikat=value,
                persen=ak.PERSEN[value] if value is not None else None,
                exact=exact,
                counted=counted,
            )
        )
    return AkYear(
        year=int(p.year),
        plan_id=str(p.id),
        jabatan=p.title or "",
        jenjang=row,
        start=p.start_date,
        end=p.end_date,
        months=span.months,
        basis=basis,
        periods=tuple(items),
        exact=sum((i.exact for i in items if i.counted and i.exact is not None), Fraction(0)),
    )
