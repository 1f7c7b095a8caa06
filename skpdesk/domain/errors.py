"""Typed errors. A broken rule is an exception with a code and parameters, never a sentence.

Words are chosen at the edge (``skpdesk.messages``), in the user's language.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class Code(StrEnum):
    """Stable, short codes shown to people next to the message (for support)."""

    # identifiers (R-NIP)
    NIP_EMPTY = "NIP-EMPTY"
    NIP_NOT_DIGITS = "NIP-DIGITS"
    NIP_LENGTH = "NIP-LENGTH"
    NIP_BIRTH_DATE = "NIP-BIRTH"
    NIP_TMT_MONTH = "NIP-TMT-MONTH"
    NIP_TMT_YEAR = "NIP-TMT-YEAR"
    NIP_GENDER = "NIP-GENDER"
    NIP_SEQUENCE = "NIP-SEQ"
    NIP_PPPK_CODE = "NIP-PPPK-CODE"
    # reference values
    UNKNOWN_GOLONGAN = "REF-GOLONGAN"
    UNKNOWN_JENJANG = "REF-JENJANG"
    UNKNOWN_VALUE = "REF-VALUE"
    PERIOD_INVALID = "PERIOD-INVALID"
    # workspace
    WORKSPACE_NEWER_SCHEMA = "WS-NEWER"
    WORKSPACE_LOCKED = "WS-LOCKED"
    WORKSPACE_DAMAGED = "WS-DAMAGED"
    WORKSPACE_READ_ONLY = "WS-READONLY"
    WORKSPACE_DISK_FULL = "WS-DISKFULL"
    WORKSPACE_NOT_FOUND = "WS-NOTFOUND"
    WORKSPACE_NOT_EMPTY = "WS-NOTEMPTY"
    BACKUP_INVALID = "WS-BACKUP-INVALID"
    # services
    RECORD_NOT_FOUND = "REC-NOTFOUND"
    RECORD_INVALID = "REC-INVALID"
    DUPLICATE_NIP = "REC-DUP-NIP"
    # who may do what (domain.roles)
    NO_USER = "ACCESS-NOUSER"
    ROLE_NOT_HELD = "ACCESS-ROLE"
    NOT_ALLOWED = "ACCESS-DENIED"
    OUT_OF_SCOPE = "ACCESS-SCOPE"
    NOT_OWN_RECORD = "ACCESS-OWN"
    NOT_PENILAI = "ACCESS-PENILAI"
    # plans: drafting, reviu, penetapan (R-LIFECYCLE, R-REVIU)
    PLAN_EXISTS = "PLAN-EXISTS"
    PLAN_STATUS = "PLAN-STATUS"
    PLAN_LOCKED = "PLAN-LOCKED"
    PLAN_HAS_ERRORS = "PLAN-ERRORS"
    PLAN_OWN_APPROVAL = "PLAN-OWN"
    PLAN_NO_ATASAN = "PLAN-NO-ATASAN"
    ATASAN_NO_PLAN = "PLAN-ATASAN-NOPLAN"
    PLAN_NO_SOURCE = "PLAN-NO-SOURCE"
    REVIU_INCOMPLETE = "REVIU-INCOMPLETE"
    RHK_EMPTY = "RHK-EMPTY"
    RHK_NO_INTERVENSI = "RHK-NO-PARENT"
    RHK_PARENT_INVALID = "RHK-PARENT"
    TARGET_NOT_NUMBER = "IKI-TARGET-NUM"
    TARGET_UNIT_MISSING = "IKI-UNIT"
    # documents
    DOCUMENT_WRITE = "DOC-WRITE"
    DOCUMENT_NO_PLAN = "DOC-NO-PLAN"
    # the application itself
    INTERNAL = "APP-INTERNAL"


class SkpError(Exception):
    """An error a person can act on: a code plus the parameters its message needs."""

    def __init__(self, code: Code, **params: Any) -> None:
        super().__init__(code.value, params)
        self.code = code
        self.params: dict[str, Any] = params

    def __str__(self) -> str:  # for logs only; people see skpdesk.messages.message_for()
        details = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{self.code.value}({details})"


class RuleViolation(SkpError):  # noqa: N818 - the regulation's word
    """A rule of the regulation (SKP-REFERENCE) is not met."""


class Cancelled(Exception):  # noqa: N818 - a signal, not an error shown to anyone
    """The person asked to stop long work; never shown as an error."""
