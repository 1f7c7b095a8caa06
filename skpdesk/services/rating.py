"""Penilaian: ratings per period → predikat by the matrix; predikat kinerja organisasi."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from skpdesk.domain import predikat
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import Action
from skpdesk.models.tables import Assessment, Employee, OrgAssessment, OrgUnit, Period, Plan, Position
from skpdesk.services.access import Actor, held_positions, unit_within
from skpdesk.services.base import Changes, Service, require


@dataclass(frozen=True)
class NewAssessment:
    plan_id: str
    periode: str
    rating_hasil_kerja: str
    rating_perilaku: str
    assessed_by_employee_id: str | None = None
    assessed_on: dt.date | None = None
    status: str = "draft"
    note: str = ""


class RatingService(Service):
    def add_assessments(self, items: Sequence[NewAssessment]) -> tuple[list[str], Changes]:
        """Ratings are the penilai's judgement (R-RATING); the predikat follows R-MATRIX."""
        with self._write() as w:
            rows = []
            today = self._access.today()
            for a in items:
                require(w.session, Plan, a.plan_id, "plan")
                actor = self._access.require_penilai(w.session, Action.RATE, a.plan_id, today)
                if not actor.system and a.assessed_by_employee_id not in (None, actor.employee_id):
                    raise SkpError(Code.NOT_PENILAI)
                if a.assessed_by_employee_id:
                    require(w.session, Employee, a.assessed_by_employee_id, "employee")
                hasil = predikat.parse_rating(a.rating_hasil_kerja)
                perilaku = predikat.parse_rating(a.rating_perilaku)
                rows.append(
                    dict(
                        vars(a),
                        assessed_by_employee_id=a.assessed_by_employee_id or actor.employee_id,
                        rating_hasil_kerja=hasil.value,
                        rating_perilaku=perilaku.value,
                        predikat=predikat.predikat(hasil, perilaku).value,
                    )
                )
            ids = w.insert_many(Assessment, rows)
            return ids, w.changes

    def set_org_predikat(
        self,
        org_unit_id: str,
        period_id: str,
        periode: str,
        value: str,
        set_by_employee_id: str | None = None,
        note: str = "",
    ) -> tuple[str, Changes]:
        """R-ORG-PREDIKAT: set by the leader of the organisation above."""
        org_predikat = predikat.parse_predikat_organisasi(value)
        with self._write() as w:
            require(w.session, OrgUnit, org_unit_id, "org_unit")
            require(w.session, Period, period_id, "period")
            actor = self._access.require_in_scope(w.session, Action.SET_ORG_PREDIKAT, org_unit_id)
            if (
                not actor.system
                and actor.role.value == "atasan"
                and not _leads(w.session, actor, org_unit_id, self._access.today())
            ):
                raise SkpError(Code.NOT_ALLOWED, role=actor.role.value, action="set-org-predikat")
            record_id = w.insert(
                OrgAssessment,
                org_unit_id=org_unit_id,
                period_id=period_id,
                periode=periode,
                predikat=org_predikat.value,
                set_by_employee_id=set_by_employee_id,
                note=note,
            )
            return record_id, w.changes


def _leads(session: Session, actor: Actor, org_unit_id: str, today: dt.date) -> bool:
    """R-ORG-PREDIKAT: the leader of the unit (or of a unit above it) records its predikat."""
    if actor.employee_id is None:
        return False
    heads = session.execute(
        select(Position.org_unit_id).where(
            Position.id.in_(held_positions(session, actor.employee_id, today)),
            Position.is_head.is_(True),
        )
    ).scalars()
    return any(unit_within(session, org_unit_id, unit) for unit in heads if unit)
