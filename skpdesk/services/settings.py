"""Workspace settings that travel with the data: the instansi's identity on documents (kop surat)
and the dates the reference leaves to each instansi ([U] facts of SKP-REFERENCE R-DEADLINES).

Each setting is declared once with its type, default and where the reference puts it. A setting's
record id is derived from its key, so two devices editing the same setting merge on one record.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.monitoring import DEFAULT_EVIDENCE_MAX_MB, DEFAULT_LOCK_GRACE_DAYS
from skpdesk.domain.predikat import DEFAULT_ORGANISASI_TO_RATING, PredikatOrganisasi
from skpdesk.domain.roles import Action
from skpdesk.domain.stages import StageKind
from skpdesk.models.tables import Setting
from skpdesk.services.base import Changes, Service

_NAMESPACE = uuid.UUID("6f1c1d2e-6b7a-4e0c-9d38-2f4b8a0c5e11")
MAX_LOGO_BYTES = 2 * 1024 * 1024
LOGO_TYPES = {b"\x89PNG": "png", b"\xff\xd8\xff": "jpeg"}


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    kind: type
    status: str = ""  # the reference's tag: [U] a setting people may change, [L] configuration
    rule: str = ""  # the reference section
    minimum: int | None = None
    maximum: int | None = None  # int: the largest value; dict: the longest text of one value
    keys: tuple[str, ...] = ()  # dict: the keys it may hold (empty: any)


SPECS: tuple[SettingSpec, ...] = (
    # Identity printed on documents (kop surat, signature place)
    SettingSpec("instansi.pemerintah", "", str),  # e.g. PEMERINTAH KABUPATEN SUKAMAJU
    SettingSpec("instansi.name", "", str),  # the unit issuing documents, e.g. BADAN KEPEGAWAIAN ...
    SettingSpec("instansi.address", "", str),
    SettingSpec("instansi.phone", "", str),
    SettingSpec("instansi.email", "", str),
    SettingSpec("instansi.website", "", str),
    SettingSpec("instansi.city", "", str),  # place in "Sukamaju, 12 Januari 2026"
    SettingSpec("instansi.logo_sha256", "", str),
    # R-DEADLINES: drafting starts in the previous budget year, alongside RKT and PK [U]
    SettingSpec("deadline.drafting_start_month", 10, int, "[U]", "R-DEADLINES", 1, 12),
    SettingSpec("deadline.drafting_start_day", 1, int, "[U]", "R-DEADLINES", 1, 31),
    # SKP-REFERENCE R-DEADLINES: a periodic evaluation's day-of-month deadline is [U]
    SettingSpec("deadline.evaluation_days", 10, int, "[U]", "R-DEADLINES", 1, 60),
    # R-DEADLINES: no national date for the annual (AKHIR) evaluation [U]; month-day of the next year
    SettingSpec("deadline.akhir_month", 2, int, "[U]", "R-DEADLINES", 1, 12),
    SettingSpec("deadline.akhir_day", 28, int, "[U]", "R-DEADLINES", 1, 31),
    # R-DEADLINES: the keberatan decision deadline is [U]
    SettingSpec("deadline.keberatan_decision_days", 14, int, "[U]", "R-DEADLINES", 1, 90),
    # R-STAGES, R-GAPS 1: the regulation's own names of the drafting stages are not confirmed [U];
    # the wizard's stage titles may be renamed (StageKind value → title; absent or empty = default)
    SettingSpec(
        "wizard.stage_labels",
        {},
        dict,
        "[U]",
        "R-STAGES",
        maximum=120,
        keys=tuple(k.value for k in StageKind),
    ),
    # SKP-REFERENCE R-ORG-PREDIKAT [U]: how the 5 predikat organisasi map to the 3 ratings for the
    # rating hasil kerja of a JPT who leads the unit (PredikatOrganisasi value → Rating value or
    # label; absent or empty = domain.predikat.DEFAULT_ORGANISASI_TO_RATING). Read by
    # services.rating, which refuses a value that is not a rating.
    SettingSpec(
        "rating.organisasi_to_rating",
        {k.value: v.value for k, v in DEFAULT_ORGANISASI_TO_RATING.items()},
        dict,
        "[U]",
        "R-ORG-PREDIKAT",
        maximum=40,
        keys=tuple(p.value for p in PredikatOrganisasi),
    ),
    # Monitoring (issue 7). SKP-REFERENCE R-DEADLINES: the periodic deadline is [U] and no source
    # says how long entries stay open after it [U]: days after an evaluation period's deadline
    # before it locks by itself (services.monitoring.auto_lock_due; the pengelola may reopen it).
    SettingSpec("monitoring.lock_grace_days", DEFAULT_LOCK_GRACE_DAYS, int, "[U]", "R-DEADLINES", 0, 90),
    # Largest bukti dukung file, in MB: instansi policy [L] (R-LIFECYCLE phase 2 names no limit).
    SettingSpec("evidence.max_size_mb", DEFAULT_EVIDENCE_MAX_MB, int, "[L]", "R-LIFECYCLE", 1, 2048),
)
SPEC_BY_KEY = {s.key: s for s in SPECS}


def setting_id(key: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, key))


def _check(spec: SettingSpec, value: Any, *, lenient: bool = False) -> Any:
    """The value as stored, or ``SkpError(RECORD_INVALID)``. ``lenient`` (reading what is stored):
    a dict drops the entries it cannot keep (a key from a newer version) instead of refusing."""
    if spec.kind is dict:
        return _check_mapping(spec, value, lenient=lenient)
    if spec.kind is int:
        try:
            number = int(str(value).strip())
        except ValueError:
            raise SkpError(Code.RECORD_INVALID, field=spec.key, reason="not-a-number") from None
        if (spec.minimum is not None and number < spec.minimum) or (
            spec.maximum is not None and number > spec.maximum
        ):
            raise SkpError(Code.RECORD_INVALID, field=spec.key, reason=f"{spec.minimum}–{spec.maximum}")
        return number
    text = str(value).strip()
    if len(text) > 500:
        raise SkpError(Code.RECORD_INVALID, field=spec.key, reason="too-long")
    return text


def _check_mapping(spec: SettingSpec, value: Any, *, lenient: bool) -> dict[str, str]:
    """A dict of texts: known keys only, each text stripped and at most ``spec.maximum`` long;
    an empty text means "the default" and is not kept. Keys come out in ``spec.keys`` order."""
    if not isinstance(value, Mapping):
        raise SkpError(Code.RECORD_INVALID, field=spec.key, reason="not-a-mapping")
    kept: dict[str, str] = {}
    for key, text in value.items():
        field = f"{spec.key}.{key}"
        try:
            if spec.keys and key not in spec.keys:
                raise SkpError(Code.RECORD_INVALID, field=field, reason="unknown")
            if not isinstance(text, str):
                raise SkpError(Code.RECORD_INVALID, field=field, reason="not-text")
            if spec.maximum is not None and len(text.strip()) > spec.maximum:
                raise SkpError(Code.RECORD_INVALID, field=field, reason="too-long")
        except SkpError:
            if lenient:
                continue
            raise
        if text.strip():
            kept[str(key)] = text.strip()
    order = {key: n for n, key in enumerate(spec.keys)}
    return dict(sorted(kept.items(), key=lambda item: (order.get(item[0], len(order)), item[0])))


def _default(spec: SettingSpec) -> Any:
    """The default, copied when mutable so no caller can change the spec's."""
    return dict(spec.default) if isinstance(spec.default, dict) else spec.default


class SettingsService(Service):
    def values(self) -> dict[str, Any]:
        """Every declared setting: the stored value or its default."""
        with self._read() as s:
            rows = s.execute(select(Setting.key, Setting.value).where(Setting.deleted.is_(False))).all()
            stored: dict[str, str] = {str(r[0]): str(r[1]) for r in rows}
        out: dict[str, Any] = {}
        for spec in SPECS:
            raw = stored.get(spec.key)
            try:
                value = _check(spec, json.loads(raw), lenient=True) if raw is not None else _default(spec)
                out[spec.key] = value
            except (ValueError, SkpError):
                out[spec.key] = _default(spec)  # a value from a newer version or a bad merge: default
        return out

    def get(self, key: str) -> Any:
        return self.values()[SPEC_BY_KEY[key].key]

    def update(self, values: Mapping[str, Any]) -> Changes:
        """Set several settings in one transaction; all are checked before anything is written."""
        unknown = set(values) - set(SPEC_BY_KEY)
        if unknown:
            raise SkpError(Code.UNKNOWN_VALUE, kind="setting", value=sorted(unknown)[0])
        checked = {k: _check(SPEC_BY_KEY[k], v) for k, v in values.items()}
        with self._write() as w:
            self._access.require_in_scope(w.session, Action.EDIT_INSTANSI, None)
            found = w.session.execute(select(Setting.key, Setting.id).where(Setting.key.in_(checked))).all()
            existing: dict[str, str] = {str(r[0]): str(r[1]) for r in found}
            for key, value in checked.items():
                encoded = json.dumps(value, ensure_ascii=False)
                if key in existing:
                    w.update(Setting, existing[key], value=encoded)
                else:
                    w.insert(Setting, id=setting_id(key), key=key, value=encoded)
            return w.changes

    def set_logo(self, content: bytes) -> Changes:
        """The instansi logo for the kop surat: a PNG or JPEG up to 2 MB, stored by its sha256."""
        if not content:
            raise SkpError(Code.RECORD_INVALID, field="logo", reason="empty")
        if len(content) > MAX_LOGO_BYTES:
            raise SkpError(Code.RECORD_INVALID, field="logo", reason="too-large")
        if not any(content.startswith(magic) for magic in LOGO_TYPES):
            raise SkpError(Code.RECORD_INVALID, field="logo", reason="not-png-or-jpeg")
        self._access.require(Action.EDIT_INSTANSI)
        from skpdesk.services.monitoring import store_blob

        digest = hashlib.sha256(content).hexdigest()
        store_blob(self._store.attachments, self._store.folder, digest, content)
        return self.update({"instansi.logo_sha256": digest})

    def logo_path(self) -> Path | None:
        digest = self.get("instansi.logo_sha256")
        if not digest:
            return None
        from skpdesk.services.monitoring import blob_path

        path = blob_path(self._store.attachments, digest)
        return path if path.exists() else None
