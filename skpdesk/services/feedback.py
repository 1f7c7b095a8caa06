"""Umpan balik berkelanjutan and dialog kinerja (SKP-REFERENCE R-LIFECYCLE phases 1–2).

Umpan balik
    The pejabat penilai kinerja gives umpan balik berkelanjutan on each rencana hasil kerja and on
    each BerAKHLAK value (the evaluation form has a cell for each, R-FORM-EVALUASI [V] S3). Other
    people give 360° notes (SEED-BALAI: leaders who assign work, peers at the same level and
    subordinates *may*): the relation is read from the organisation, never typed —
    ``bawahan`` when the writer's atasan position is the plan's jabatan, ``rekan`` when the writer
    sits under the same atasan position, ``lainnya`` for a leader higher up the plan's atasan
    chain. Everyone else is refused, and nobody writes on their own plan. Notes are evidence for
    the penilai, never a score (R-LIFECYCLE [U] 360 weighting → not used). Only the author edits,
    deletes (a tombstone) or restores a note.

Dialog kinerja
    A dialog kinerja is held "at any time, on either side's initiative" (SEED-BALAI), from the
    klarifikasi ekspektasi of phase 1 on, so both parties record it: the pegawai whose plan it is
    and the plan's pejabat penilai (not a pengelola or a colleague). Whoever recorded a dialog
    keeps its content (date, topic, follow-up, note) and may delete or restore it; either party may
    move its follow-up status (direncanakan → berjalan → selesai), since the follow-up is usually
    the pegawai's to carry out and the atasan's to confirm.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from skpdesk.domain import berakhlak
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.periods import AKHIR_CODE, EvaluationPeriod
from skpdesk.domain.roles import Action
from skpdesk.formatting import format_date
from skpdesk.models.tables import DialogKinerja, Employee, Feedback, Plan, Position, WorkResult
from skpdesk.services.access import Actor, held_positions, is_penilai
from skpdesk.services.base import Changes, Service, Writer, require
from skpdesk.services.monitoring import require_open
from skpdesk.services.people import display_name
from skpdesk.services.rating import plan_periods, require_plan_set, resolve_periode

ATASAN = "atasan"
PEER_RELATIONS = ("bawahan", "rekan", "lainnya")  # 360° (R-LIFECYCLE): evidence, never a score
DIALOG_STATUSES = ("direncanakan", "berjalan", "selesai")
DIALOG_FIELDS = frozenset({"held_on", "topic", "follow_up", "note"})


@dataclass(frozen=True)
class FeedbackNote:
    id: str
    plan_id: str
    relation: str  # atasan / bawahan / rekan / lainnya
    author_employee_id: str | None
    author_name: str
    result_id: str | None
    core_value: str  # a domain.berakhlak.CoreValue value, or ""
    periode: str
    text: str
    given_on: dt.date | None
    editable: bool  # written by the acting person (only the author edits, deletes, restores)


@dataclass(frozen=True)
class ResultFeedback:
    """The atasan's umpan balik on one RHK (the form's "umpan balik berkelanjutan" cell)."""

    result_id: str
    text: str
    jenis: str  # utama / tambahan
    deleted: bool  # an RHK deleted since, listed because it still carries notes
    notes: tuple[FeedbackNote, ...]


@dataclass(frozen=True)
class ValueFeedback:
    """The atasan's umpan balik on one BerAKHLAK value."""

    core_value: berakhlak.CoreValue
    name: str
    notes: tuple[FeedbackNote, ...]


@dataclass(frozen=True)
class PlanFeedback:
    plan_id: str
    periode: str | None  # None or AKHIR: every note of the plan
    results: tuple[ResultFeedback, ...]  # every RHK of the plan in order, with or without notes
    values: tuple[ValueFeedback, ...]  # the seven values in order
    general: tuple[FeedbackNote, ...]  # the atasan's notes on neither (older records only)
    peers: tuple[FeedbackNote, ...]  # 360° notes, whatever they are about

    @property
    def count(self) -> int:
        return (
            sum(len(r.notes) for r in self.results)
            + sum(len(v.notes) for v in self.values)
            + len(self.general)
            + len(self.peers)
        )


@dataclass(frozen=True)
class DialogRow:
    id: str
    plan_id: str
    held_on: dt.date
    topic: str
    follow_up: str
    status: str  # direncanakan / berjalan / selesai
    recorded_by_employee_id: str | None
    recorded_by_name: str
    note: str
    editable: bool  # recorded by the acting person (content, delete, restore)


class FeedbackService(Service):
    # -- umpan balik ------------------------------------------------------------------------------

    def relation_to(self, plan_id: str) -> str | None:
        """What the acting person would write as on this plan: "atasan", "bawahan", "rekan",
        "lainnya", or None (their own plan, or no relation in the organisation)."""
        actor = self._access.actor
        if actor is None or actor.employee_id is None:
            return None
        with self._read() as s:
            plan = require(s, Plan, plan_id, "plan")
            return feedback_relation(s, actor.employee_id, plan, self._access.today())

    def give_feedback(
        self,
        plan_id: str,
        text: str,
        *,
        result_id: str | None = None,
        core_value: str = "",
        periode: str = "",
    ) -> tuple[str, Changes]:
        """Write a note on a ditetapkan plan; the relation comes from the organisation.

        The pejabat penilai's note is about exactly one RHK of the plan or one BerAKHLAK value; a
        360° note may be about one of them or about the plan as a whole. ``periode`` "" means the
        evaluation period of today (after the plan's end: AKHIR).
        """
        body = text.strip()
        today = self._access.today()
        with self._write() as w:
            s = w.session
            plan = require(s, Plan, plan_id, "plan")
            actor = self._access.current()
            if actor.employee_id is None:
                raise SkpError(Code.NO_USER)  # a note is a person's (the workspace itself has none)
            if actor.employee_id == plan.employee_id:
                raise SkpError(Code.FEEDBACK_OWN_PLAN)
            relation = feedback_relation(s, actor.employee_id, plan, today)
            if relation is None:
                raise SkpError(Code.FEEDBACK_NO_RELATION, name=_name_of(s, plan.employee_id))
            if relation == ATASAN:
                self._access.require_penilai(s, Action.GIVE_ATASAN_FEEDBACK, plan_id, today)
            else:
                self._access.require(Action.GIVE_PEER_FEEDBACK)
            require_plan_set(plan)
            if not body:
                raise SkpError(Code.FEEDBACK_EMPTY)
            _check_target(s, plan_id, relation, result_id, core_value)
            if periode.strip():
                code = resolve_periode(s, plan, periode)[0].code
            else:
                code = periode_on(plan_periods(s, plan), today)
            require_open(s, plan.period_id, code)
            record_id = w.insert(
                Feedback,
                plan_id=plan_id,
                result_id=result_id or None,
                core_value=core_value,
                from_employee_id=actor.employee_id,
                relation=relation,
                periode=code,
                text=body,
                given_on=today,
            )
            return record_id, w.changes

    def update_feedback(self, feedback_id: str, text: str) -> Changes:
        """The author rewrites their note (what it is about and when stay)."""
        body = text.strip()
        with self._write() as w:
            self._own_feedback(w, feedback_id)
            if not body:
                raise SkpError(Code.FEEDBACK_EMPTY)
            w.update(Feedback, feedback_id, text=body)
            return w.changes

    def delete_feedback(self, feedback_id: str) -> Changes:
        """A tombstone; ``restore_feedback`` undoes it."""
        with self._write() as w:
            self._own_feedback(w, feedback_id)
            w.delete(Feedback, feedback_id)
            return w.changes

    def restore_feedback(self, feedback_id: str) -> Changes:
        with self._write() as w:
            w.undelete(Feedback, feedback_id)  # checked below; a refusal rolls it back
            self._own_feedback(w, feedback_id)
            return w.changes

    def feedback_for(self, plan_id: str, periode: str | None = None) -> PlanFeedback:
        """The plan's notes grouped per RHK, per BerAKHLAK value and 360°; oldest first.

        ``periode`` a periodic code: the notes of that period; None or AKHIR: every note of the plan
        (the annual evaluation uses the whole year's feedback, R-PERIODIC).
        """
        actor = self._access.actor
        me = actor.employee_id if actor is not None else None
        with self._read() as s:
            plan = require(s, Plan, plan_id, "plan")
            code: str | None = None
            if periode is not None and periode.strip():
                found = resolve_periode(s, plan, periode)[0]
                code = None if found.is_final else found.code
            author = aliased(Employee)
            query = (
                select(Feedback, author.name, author.gelar_depan, author.gelar_belakang)
                .outerjoin(author, author.id == Feedback.from_employee_id)
                .where(Feedback.plan_id == plan_id, Feedback.deleted.is_(False))
                .order_by(Feedback.given_on, Feedback.updated_at)
            )
            if code is not None:
                query = query.where(Feedback.periode == code)
            notes = [
                FeedbackNote(
                    id=f.id,
                    plan_id=plan_id,
                    relation=f.relation,
                    author_employee_id=f.from_employee_id,
                    author_name=display_name(name, depan or "", belakang or "") if name else "",
                    result_id=f.result_id,
                    core_value=f.core_value,
                    periode=f.periode,
                    text=f.text,
                    given_on=f.given_on,
                    editable=me is not None and f.from_employee_id == me,
                )
                for f, name, depan, belakang in s.execute(query).all()
            ]
            atasan = [n for n in notes if n.relation == ATASAN]
            on_result: dict[str, list[FeedbackNote]] = {}
            on_value: dict[str, list[FeedbackNote]] = {}
            general: list[FeedbackNote] = []
            for n in atasan:
                if n.result_id:
                    on_result.setdefault(n.result_id, []).append(n)
                elif n.core_value:
                    on_value.setdefault(n.core_value, []).append(n)
                else:
                    general.append(n)
            results = [
                ResultFeedback(r.id, r.text, r.jenis, r.deleted, tuple(on_result.get(r.id, ())))
                for r in s.execute(
                    select(WorkResult.id, WorkResult.text, WorkResult.jenis, WorkResult.deleted)
                    .where(WorkResult.plan_id == plan_id)
                    .order_by(WorkResult.jenis.desc(), WorkResult.sort_order, WorkResult.id)
                ).all()
                if not r.deleted or r.id in on_result
            ]
            values = tuple(
                ValueFeedback(v, berakhlak.info(v).name, tuple(on_value.get(v.value, ())))
                for v in berakhlak.CoreValue
            )
            return PlanFeedback(
                plan_id=plan_id,
                periode=code,
                results=tuple(results),
                values=values,
                general=tuple(general),
                peers=tuple(n for n in notes if n.relation != ATASAN),
            )

    # -- dialog kinerja ---------------------------------------------------------------------------

    def add_dialog(
        self,
        plan_id: str,
        held_on: dt.date,
        topic: str,
        *,
        follow_up: str = "",
        status: str = "direncanakan",
        note: str = "",
    ) -> tuple[str, Changes]:
        """Record a dialog kinerja held (or planned) on ``held_on``; any plan status (phase 1 on)."""
        today = self._access.today()
        with self._write() as w:
            plan = require(w.session, Plan, plan_id, "plan")
            actor = self._require_party(w.session, plan, today)
            values = _dialog_values(
                {"held_on": held_on, "topic": topic, "follow_up": follow_up, "note": note}, status, today
            )
            record_id = w.insert(
                DialogKinerja, plan_id=plan_id, recorded_by_employee_id=actor.employee_id, **values
            )
            return record_id, w.changes

    def update_dialog(self, dialog_id: str, **fields: Any) -> Changes:
        """``held_on``, ``topic``, ``follow_up``, ``note``: by whoever recorded the dialog."""
        unknown = set(fields) - DIALOG_FIELDS
        if unknown:
            raise SkpError(Code.UNKNOWN_VALUE, kind="field", value=sorted(unknown)[0])
        today = self._access.today()
        with self._write() as w:
            row = self._own_dialog(w, dialog_id, today)
            current = {f: getattr(row, f) for f in DIALOG_FIELDS}
            values = _dialog_values(current | fields, row.status, today)
            w.update(DialogKinerja, dialog_id, **{k: v for k, v in values.items() if k in fields})
            return w.changes

    def set_dialog_status(self, dialog_id: str, status: str) -> Changes:
        """Move the follow-up on (direncanakan / berjalan / selesai): either party of the dialog."""
        today = self._access.today()
        with self._write() as w:
            row = require(w.session, DialogKinerja, dialog_id, "dialog_kinerja")
            plan = require(w.session, Plan, row.plan_id, "plan")
            self._require_party(w.session, plan, today)
            current = {f: getattr(row, f) for f in DIALOG_FIELDS}
            values = _dialog_values(current, status, today)
            w.update(DialogKinerja, dialog_id, status=values["status"])
            return w.changes

    def delete_dialog(self, dialog_id: str) -> Changes:
        """A tombstone; ``restore_dialog`` undoes it. By whoever recorded it."""
        today = self._access.today()
        with self._write() as w:
            self._own_dialog(w, dialog_id, today)
            w.delete(DialogKinerja, dialog_id)
            return w.changes

    def restore_dialog(self, dialog_id: str) -> Changes:
        today = self._access.today()
        with self._write() as w:
            w.undelete(DialogKinerja, dialog_id)  # checked below; a refusal rolls it back
            self._own_dialog(w, dialog_id, today)
            return w.changes

    def dialogs(self, plan_id: str) -> list[DialogRow]:
        """The plan's dialog kinerja records, by date."""
        actor = self._access.actor
        me = actor.employee_id if actor is not None else None
        with self._read() as s:
            require(s, Plan, plan_id, "plan")
            who = aliased(Employee)
            rows = s.execute(
                select(DialogKinerja, who.name, who.gelar_depan, who.gelar_belakang)
                .outerjoin(who, who.id == DialogKinerja.recorded_by_employee_id)
                .where(DialogKinerja.plan_id == plan_id, DialogKinerja.deleted.is_(False))
                .order_by(DialogKinerja.held_on, DialogKinerja.updated_at)
            ).all()
            return [
                DialogRow(
                    id=d.id,
                    plan_id=plan_id,
                    held_on=d.held_on,
                    topic=d.topic,
                    follow_up=d.follow_up,
                    status=d.status,
                    recorded_by_employee_id=d.recorded_by_employee_id,
                    recorded_by_name=display_name(name, depan or "", belakang or "") if name else "",
                    note=d.note,
                    editable=me is not None and d.recorded_by_employee_id == me,
                )
                for d, name, depan, belakang in rows
            ]

    # -- helpers ----------------------------------------------------------------------------------

    def _own_feedback(self, w: Writer, feedback_id: str) -> Any:
        """The live note, if the acting person wrote it (the workspace itself may too)."""
        row = require(w.session, Feedback, feedback_id, "feedback")
        require(w.session, Plan, row.plan_id, "plan")
        actor = self._access.current()
        if not actor.system:
            if actor.employee_id is None or row.from_employee_id != actor.employee_id:
                raise SkpError(Code.NOT_OWN_RECORD, kind="feedback")
            self._access.require(
                Action.GIVE_ATASAN_FEEDBACK if row.relation == ATASAN else Action.GIVE_PEER_FEEDBACK
            )
        require_open(w.session, _period_of_plan(w.session, row.plan_id), row.periode)
        return row

    def _require_party(self, s: Session, plan: Any, today: dt.date) -> Actor:
        """The pegawai whose plan it is, or its pejabat penilai kinerja (module docstring)."""
        actor = self._access.current()
        if actor.system:
            return actor
        if actor.employee_id is not None and actor.employee_id == plan.employee_id:
            return self._access.require(Action.RECORD_OWN_PROGRESS)
        if actor.employee_id is not None and is_penilai(s, actor.employee_id, plan.id, today):
            return self._access.require(Action.GIVE_ATASAN_FEEDBACK)
        raise SkpError(Code.DIALOG_NOT_PARTY)

    def _own_dialog(self, w: Writer, dialog_id: str, today: dt.date) -> Any:
        row = require(w.session, DialogKinerja, dialog_id, "dialog_kinerja")
        plan = require(w.session, Plan, row.plan_id, "plan")
        actor = self._require_party(w.session, plan, today)
        if not actor.system and row.recorded_by_employee_id != actor.employee_id:
            raise SkpError(Code.NOT_OWN_RECORD, kind="dialog kinerja")
        return row


def feedback_relation(s: Session, writer_id: str, plan: Any, today: dt.date) -> str | None:
    """How ``writer_id`` stands to the plan's holder in the organisation (module docstring):
    "atasan" (the pejabat penilai), "bawahan", "rekan", "lainnya" (a leader higher up the atasan
    chain), or None (their own plan, or no relation)."""
    if writer_id == plan.employee_id:
        return None
    if is_penilai(s, writer_id, plan.id, today):
        return ATASAN
    held = held_positions(s, writer_id, today)
    own = plan.position_id
    if not held or not own:
        return None
    atasan_of: dict[str, str | None] = {
        str(r.id): r.atasan_position_id
        for r in s.execute(
            select(Position.id, Position.atasan_position_id).where(
                Position.id.in_(held | {own}), Position.deleted.is_(False)
            )
        ).all()
    }
    if any(atasan_of.get(p) == own for p in held):
        return "bawahan"
    boss = atasan_of.get(own)
    if boss and any(atasan_of.get(p) == boss for p in held):
        return "rekan"
    seen: set[str] = set()
    cursor = boss
    while cursor and cursor not in seen:
        if cursor in held:
            return "lainnya"
        seen.add(cursor)
        cursor = s.execute(
            select(Position.atasan_position_id).where(Position.id == cursor, Position.deleted.is_(False))
        ).scalar()
    return None


def periode_on(periods: Sequence[EvaluationPeriod], day: dt.date) -> str:
    """The evaluation period a note written on ``day`` belongs to: the periodic one holding the
    day; before the plan starts, the first; after it ends, AKHIR (R-PERIODIC)."""
    periodic = [p for p in periods if not p.is_final]
    for p in periodic:
        if p.start <= day <= p.end:
            return p.code
    if periodic and day < periodic[0].start:
        return periodic[0].code
    return AKHIR_CODE


def _check_target(s: Session, plan_id: str, relation: str, result_id: str | None, core_value: str) -> None:
    if result_id and core_value:
        raise SkpError(Code.FEEDBACK_TARGET, reason="both")
    if relation == ATASAN and not (result_id or core_value):
        # R-FORM-EVALUASI [V] S3: the atasan's umpan balik sits in a cell per RHK and per value
        raise SkpError(Code.FEEDBACK_TARGET, reason="none")
    if result_id:
        owner = s.execute(
            select(WorkResult.plan_id).where(WorkResult.id == result_id, WorkResult.deleted.is_(False))
        ).scalar()
        if owner != plan_id:
            raise SkpError(Code.FEEDBACK_TARGET, reason="other-plan")
    if core_value and core_value not in {v.value for v in berakhlak.CoreValue}:
        raise SkpError(Code.UNKNOWN_VALUE, kind="core-value", value=core_value)


def _dialog_values(fields: dict[str, Any], status: str, today: dt.date) -> dict[str, Any]:
    held_on = fields["held_on"]
    if not isinstance(held_on, dt.date) or isinstance(held_on, dt.datetime):
        raise SkpError(Code.RECORD_INVALID, field="held_on", reason="not-a-date")
    topic = str(fields["topic"] or "").strip()
    if not topic:
        raise SkpError(Code.DIALOG_EMPTY)
    if status not in DIALOG_STATUSES:
        raise SkpError(Code.UNKNOWN_VALUE, kind="dialog-status", value=status)
    if status != DIALOG_STATUSES[0] and held_on > today:
        raise SkpError(Code.DIALOG_DATE, held_on=format_date(held_on))
    return {
        "held_on": held_on,
        "topic": topic,
        "follow_up": str(fields["follow_up"] or "").strip(),
        "note": str(fields["note"] or "").strip(),
        "status": status,
    }


def _period_of_plan(s: Session, plan_id: str | None) -> str | None:
    return s.execute(select(Plan.period_id).where(Plan.id == plan_id)).scalar()


def _name_of(s: Session, employee_id: str | None) -> str:
    if not employee_id:
        return "-"
    row = s.execute(
        select(Employee.name, Employee.gelar_depan, Employee.gelar_belakang).where(Employee.id == employee_id)
    ).one_or_none()
    return display_name(row.name, row.gelar_depan, row.gelar_belakang) if row else "-"
