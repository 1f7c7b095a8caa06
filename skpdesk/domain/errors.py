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
    # batch of Rencana SKP PDFs in worker processes: a read-only open refuses an older schema
    WORKSPACE_OLDER_SCHEMA = "WS-OLDER"
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
    # the cascading tree (R-CASCADE)
    CASCADE_CYCLE = "CASCADE-CYCLE"
    CASCADE_NOT_ATASAN = "CASCADE-NOT-ATASAN"
    CASCADE_OTHER_UNIT = "CASCADE-OTHER-UNIT"
    CASCADE_OTHER_YEAR = "CASCADE-OTHER-YEAR"
    CASCADE_DELETED = "CASCADE-DELETED"
    CASCADE_APPROVED_CONFIRM = "CASCADE-APPROVED"
    CASCADE_APPROVED_REFUSED = "CASCADE-APPROVED-ROLE"
    CASCADE_NOBODY = "CASCADE-NOBODY"
    CASCADE_NO_PLAN = "CASCADE-NO-PLAN"
    CASCADE_NO_TARGET = "CASCADE-NO-TARGET"
    CASCADE_TARGET_NEGATIVE = "CASCADE-TARGET"
    CASCADE_EXTERNAL = "CASCADE-EXTERNAL"
    # documents
    DOCUMENT_WRITE = "DOC-WRITE"
    DOCUMENT_NO_PLAN = "DOC-NO-PLAN"
    # feedback, dialog kinerja, rating, keberatan (issue 7: R-LIFECYCLE, R-RATING, R-PERIODIC,
    # R-ORG-PREDIKAT, R-FOLLOWUP, R-DEADLINES)
    PLAN_NOT_SET = "PLAN-NOT-SET"
    PERIODE_UNKNOWN = "PERIODE-UNKNOWN"
    PERIODE_OUTSIDE_PLAN = "PERIODE-OUTSIDE"
    PERIODE_NOT_ENDED = "PERIODE-NOT-ENDED"
    FEEDBACK_OWN_PLAN = "FB-OWN"
    FEEDBACK_NO_RELATION = "FB-RELATION"
    FEEDBACK_TARGET = "FB-TARGET"
    FEEDBACK_EMPTY = "FB-EMPTY"
    DIALOG_NOT_PARTY = "DLG-PARTY"
    DIALOG_EMPTY = "DLG-EMPTY"
    DIALOG_DATE = "DLG-DATE"
    RATE_OWN = "RATE-OWN"
    RATE_FINAL = "RATE-FINAL"
    RATE_NOT_FINAL = "RATE-DRAFT"
    RATE_HAS_KEBERATAN = "RATE-KEBERATAN"
    RATE_NO_ORG_PREDIKAT = "RATE-NO-ORG"
    RATE_ORG_BASIS = "RATE-ORG-BASIS"
    KEBERATAN_LATE = "KEB-LATE"
    KEBERATAN_PENDING = "KEB-PENDING"
    KEBERATAN_DECIDED = "KEB-DECIDED"
    KEBERATAN_NO_REASONS = "KEB-REASONS"
    KEBERATAN_NOT_DECIDER = "KEB-DECIDER"
    KEBERATAN_NO_DECIDER = "KEB-NO-DECIDER"
    KEBERATAN_SAME_RATING = "KEB-SAME"
    KEBERATAN_NO_NOTE = "KEB-NOTE"
    # monitoring: period locks, realisasi, rencana aksi, bukti dukung, the e-Kinerja import
    # (issue 7: R-PERIOD, R-PERIODIC, R-DEADLINES, R-LIFECYCLE phase 2)
    PERIOD_LOCKED = "PERIOD-LOCKED"
    PERIOD_ALREADY_LOCKED = "PERIOD-LOCKED-ALREADY"
    PERIOD_ALREADY_OPEN = "PERIOD-OPEN-ALREADY"
    PERIOD_REASON_MISSING = "PERIOD-REASON"
    PERIOD_FREQUENCY_IN_USE = "PERIOD-FREQ-USED"
    MONITORING_PLAN_NOT_SET = "MON-PLAN-NOT-SET"
    MONITORING_NO_TARGET = "MON-NO-TARGET"
    PROGRESS_NEEDS_IKI = "REAL-NEEDS-IKI"
    REALISASI_EMPTY = "REAL-EMPTY"
    REALISASI_NOT_NUMBER = "REAL-NUM"
    REALISASI_UNIT_MISSING = "REAL-UNIT"
    ACTION_PLAN_EMPTY = "RA-EMPTY"
    EVIDENCE_NOT_A_FILE = "EVID-NOT-FILE"
    EVIDENCE_UNREADABLE = "EVID-UNREADABLE"
    EVIDENCE_EMPTY = "EVID-EMPTY"
    EVIDENCE_TOO_LARGE = "EVID-TOO-LARGE"
    EVIDENCE_MISSING = "EVID-MISSING"
    EVIDENCE_DAMAGED = "EVID-DAMAGED"
    IMPORT_NOT_XLSX = "IMPORT-NOT-XLSX"
    IMPORT_COLUMNS = "IMPORT-COLUMNS"
    IMPORT_NO_ROWS = "IMPORT-EMPTY"
    IMPORT_NO_NIP = "IMPORT-NO-NIP"
    IMPORT_UNKNOWN_NIP = "IMPORT-NIP"
    IMPORT_NOTHING = "IMPORT-NOTHING"
    # calculators: predikat, curve check, angka kredit (issue 7: R-MATRIX, R-CURVE, R-AK;
    # domain/curve.py, domain/angka_kredit.py, cli/calc.py)
    CALC_RATING = "CALC-RATING"
    CALC_PREDIKAT = "CALC-PREDIKAT"
    CALC_ORG_PREDIKAT = "CALC-ORG"
    CURVE_COUNTS_FORMAT = "CURVE-FORMAT"
    CURVE_COUNT_KEY = "CURVE-KEY"
    CURVE_COUNT_DUPLICATE = "CURVE-DUP"
    CURVE_COUNT_INVALID = "CURVE-COUNT"
    CURVE_NO_COUNTS = "CURVE-EMPTY"
    AK_JENJANG = "AK-JENJANG"
    AK_MONTHS = "AK-MONTHS"
    AK_MONTHS_TOTAL = "AK-MONTHS-TOTAL"
    AK_VALUE = "AK-VALUE"
    # the cascading tree's documents (issue 6: export cascade / export mph)
    DOCUMENT_NO_YEAR = "DOC-NO-YEAR"
    # evaluation documents, ratings sheet, angka kredit reports (issue 7 items 7–8:
    # services/evaluation.py, cli/evaluation.py)
    EVALUATION_NOT_RATED = "EVAL-NOT-RATED"
    EVALUATION_PLAN_NOT_SET = "EVAL-PLAN-NOT-SET"
    EVALUATION_PERIOD_FORMAT = "EVAL-PERIOD"
    EVALUATION_NO_PLANS = "EVAL-NO-PLANS"
    AK_NOT_FUNGSIONAL = "AK-NOT-JF"
    AK_NO_FUNGSIONAL = "AK-NO-JF"
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
