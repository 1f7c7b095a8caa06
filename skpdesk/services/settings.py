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
from skpdesk.domain.roles import Action
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
    maximum: int | None = None


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
)
SPEC_BY_KEY = {s.key: s for s in SPECS}


def setting_id(key: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, key))


def _check(spec: SettingSpec, value: Any) -> Any:
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
                out[spec.key] = _check(spec, json.loads(raw)) if raw is not None else spec.default
            except (ValueError, SkpError):
                out[spec.key] = spec.default  # a value from a newer version or a bad merge: default
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
