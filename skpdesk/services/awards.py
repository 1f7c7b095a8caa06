"""Pegawai berprestasi: nominations with disiplin, kinerja and inovasi scores (R-AWARD)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import Action
from skpdesk.models.tables import Employee, Nomination, OrgUnit, Period
from skpdesk.services.base import Changes, Service, require

SCORE_MAX = Decimal(100)  # [U] scores are entered on a 0–100 scale; weights are instansi config [L]


@dataclass(frozen=True)
class NewNomination:
    period_id: str
    employee_id: str
    org_unit_id: str
    score_disiplin: str = ""
    score_kinerja: str = ""
    score_inovasi: str = ""
    note: str = ""


def _score(name: str, text: str) -> str:
    if not text:
        return ""
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise SkpError(Code.RECORD_INVALID, field=name, reason="not-a-number", value=text) from None
    if not Decimal(0) <= value <= SCORE_MAX:
        raise SkpError(Code.RECORD_INVALID, field=name, reason="out-of-range", value=text)
    return str(value)


class AwardService(Service):
    def nominate(self, items: Sequence[NewNomination]) -> tuple[list[str], Changes]:
        with self._write() as w:
            rows = []
            for n in items:
                require(w.session, Period, n.period_id, "period")
                require(w.session, Employee, n.employee_id, "employee")
                require(w.session, OrgUnit, n.org_unit_id, "org_unit")
                self._access.require_in_scope(w.session, Action.NOMINATE, n.org_unit_id)
                rows.append(
                    dict(
                        vars(n),
                        score_disiplin=_score("score_disiplin", n.score_disiplin),
                        score_kinerja=_score("score_kinerja", n.score_kinerja),
                        score_inovasi=_score("score_inovasi", n.score_inovasi),
                    )
                )
            ids = w.insert_many(Nomination, rows)
            return ids, w.changes
