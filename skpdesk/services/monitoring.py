"""Pemantauan: realisasi per period, bukti dukung (content-addressed files), umpan balik."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from skpdesk.domain import berakhlak
from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import Action
from skpdesk.models.tables import Employee, Evidence, Feedback, Indicator, Plan, Progress, WorkResult
from skpdesk.services.base import Changes, Service, require

FEEDBACK_RELATIONS = ("atasan", "rekan", "bawahan", "lainnya")  # R-LIFECYCLE (360° as evidence) [V]
MAX_EVIDENCE_BYTES = 50 * 1024 * 1024  # [L] a sensible cap for one bukti dukung file


@dataclass(frozen=True)
class NewProgress:
    indicator_id: str
    periode: str
    realisasi: str
    note: str = ""
    recorded_on: dt.date | None = None


@dataclass(frozen=True)
class NewFeedback:
    plan_id: str
    text: str
    relation: str = "atasan"
    from_employee_id: str | None = None
    result_id: str | None = None
    core_value: str = ""
    periode: str = ""
    given_on: dt.date | None = None


@dataclass(frozen=True)
class NewEvidence:
    result_id: str
    file_name: str
    content: bytes
    periode: str = ""
    progress_id: str | None = None
    description: str = ""
    uploaded_on: dt.date | None = None


def blob_path(attachments: Path, sha256: str) -> Path:
    return attachments / sha256[:2] / sha256


class MonitoringService(Service):
    def add_progress(self, items: Sequence[NewProgress]) -> tuple[list[str], Changes]:
        with self._write() as w:
            seen: set[str] = set()
            for item in items:
                if item.indicator_id not in seen:
                    require(w.session, Indicator, item.indicator_id, "indicator")
                    self._require_plan_owner(w.session, _plan_of_indicator(w.session, item.indicator_id))
                    seen.add(item.indicator_id)
                if not item.periode.strip():
                    raise SkpError(Code.RECORD_INVALID, field="periode", reason="empty")
            ids = w.insert_many(Progress, [vars(i) | {} for i in items])
            return ids, w.changes

    def add_feedback(self, items: Sequence[NewFeedback]) -> tuple[list[str], Changes]:
        values = {v.value for v in berakhlak.CoreValue}
        with self._write() as w:
            today = self._access.today()
            for item in items:
                plan = require(w.session, Plan, item.plan_id, "plan")
                actor = self._access.current()
                if item.relation == "atasan":
                    self._access.require_penilai(w.session, Action.GIVE_ATASAN_FEEDBACK, item.plan_id, today)
                else:
                    self._access.require(Action.GIVE_PEER_FEEDBACK)
                if not actor.system and item.from_employee_id not in (None, actor.employee_id):
                    raise SkpError(Code.NOT_OWN_RECORD, kind="feedback")
                if not actor.system and plan.employee_id == actor.employee_id:
                    raise SkpError(Code.NOT_ALLOWED, role=actor.role.value, action="feedback-on-own-plan")
                if not item.text.strip():
                    raise SkpError(Code.RECORD_INVALID, field="text", reason="empty")
                if item.relation not in FEEDBACK_RELATIONS:
                    raise SkpError(Code.UNKNOWN_VALUE, kind="relation", value=item.relation)
                if item.core_value and item.core_value not in values:
                    raise SkpError(Code.UNKNOWN_VALUE, kind="core-value", value=item.core_value)
                if item.result_id:
                    require(w.session, WorkResult, item.result_id, "work_result")
                if item.from_employee_id:
                    require(w.session, Employee, item.from_employee_id, "employee")
            author = self._access.current().employee_id
            ids = w.insert_many(
                Feedback,
                [
                    dict(vars(i), text=i.text.strip(), from_employee_id=i.from_employee_id or author)
                    for i in items
                ],
            )
            return ids, w.changes

    def _require_plan_owner(self, session: Session, plan_id: str | None) -> None:
        """Realisasi and bukti dukung are the plan owner's (or a pengelola kinerja's, in scope)."""
        owner = session.execute(select(Plan.employee_id).where(Plan.id == plan_id)).scalar()
        self._access.require_own_or(
            session, Action.RECORD_OWN_PROGRESS, Action.DRAFT_FOR_OTHERS, owner, "plan"
        )

    def add_evidence(self, items: Sequence[NewEvidence]) -> tuple[list[str], Changes]:
        """Store each file by its sha256 (written before the rows that name it), then the rows."""
        rows: list[dict[str, Any]] = []
        for item in items:
            name = Path(item.file_name.replace("\\", "/")).name.strip()
            if not name:
                raise SkpError(Code.RECORD_INVALID, field="file_name", reason="empty")
            if len(item.content) > MAX_EVIDENCE_BYTES:
                raise SkpError(
                    Code.RECORD_INVALID,
                    field="file",
                    reason="too-large",
                    size=len(item.content),
                    limit=MAX_EVIDENCE_BYTES,
                )
            digest = hashlib.sha256(item.content).hexdigest()
            rows.append(
                {
                    "result_id": item.result_id,
                    "progress_id": item.progress_id,
                    "periode": item.periode,
                    "file_name": name,
                    "sha256": digest,
                    "size": len(item.content),
                    "description": item.description,
                    "uploaded_on": item.uploaded_on,
                }
            )
        for item, row in zip(items, rows, strict=True):
            self.store_blob(row["sha256"], item.content)
        with self._write() as w:
            for result_id in {r["result_id"] for r in rows}:
                result = require(w.session, WorkResult, result_id, "work_result")
                self._require_plan_owner(w.session, result.plan_id)
            ids = w.insert_many(Evidence, rows)
            return ids, w.changes

    def store_blob(self, digest: str, content: bytes) -> Path:
        return store_blob(self._store.attachments, self._store.folder, digest, content)


def store_blob(attachments: Path, folder: Path, digest: str, content: bytes) -> Path:
    """Write a file once under its sha256 (atomic: temp file, fsync, rename)."""
    target = blob_path(attachments, digest)
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as exc:
        code = Code.WORKSPACE_DISK_FULL if exc.errno == 28 else Code.WORKSPACE_READ_ONLY
        raise SkpError(code, path=str(folder)) from exc
    return target


def _plan_of_indicator(session: Session, indicator_id: str) -> str | None:
    return session.execute(
        select(WorkResult.plan_id)
        .join(Indicator, Indicator.result_id == WorkResult.id)
        .where(Indicator.id == indicator_id)
    ).scalar()
