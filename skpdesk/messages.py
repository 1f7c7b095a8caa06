"""Words for coded errors: what happened and what to do, in the user's language.

Source strings are English and go through Qt's translation tools (``resources/i18n/*.ts``);
Indonesian is the default catalogue. Shared by the GUI and the CLI (QtCore only, no widgets).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QTranslator

from skpdesk.domain.errors import Code, SkpError

I18N_DIR = Path(__file__).with_name("resources") / "i18n"
ENV_LANG = "SKPDESK_LANG"
LANGUAGES = ("id", "en")

# One entry per code: (what happened, what to do). Placeholders are the error's params.
_MESSAGES: dict[Code, tuple[object, object]] = {  # QT_TRANSLATE_NOOP returns the text
    Code.NIP_EMPTY: (
        QT_TRANSLATE_NOOP("Errors", "The NIP is empty."),
        QT_TRANSLATE_NOOP("Errors", "Type the 18-digit NIP, e.g. 19680411 199303 1 009."),
    ),
    Code.NIP_NOT_DIGITS: (
        QT_TRANSLATE_NOOP("Errors", "The NIP contains characters that are not digits: {characters}."),
        QT_TRANSLATE_NOOP("Errors", "A NIP has digits only; spaces are allowed between the groups."),
    ),
    Code.NIP_LENGTH: (
        QT_TRANSLATE_NOOP("Errors", "The NIP has {length} digits instead of {expected}."),
        QT_TRANSLATE_NOOP(
            "Errors", "Check the NIP against the employee's SK; a digit may be missing or extra."
        ),
    ),
    Code.NIP_BIRTH_DATE: (
        QT_TRANSLATE_NOOP("Errors", "Digits 1–8 of the NIP ({value}) are not a valid date of birth."),
        QT_TRANSLATE_NOOP("Errors", "The NIP starts with the birth date as YYYYMMDD; check those digits."),
    ),
    Code.NIP_TMT_MONTH: (
        QT_TRANSLATE_NOOP("Errors", "Digits 13–14 of the NIP ({value}) are not a month."),
        QT_TRANSLATE_NOOP(
            "Errors", "Digits 9–14 are the TMT CPNS as YYYYMM. For a PPPK employee, set the status to PPPK."
        ),
    ),
    Code.NIP_TMT_YEAR: (
        QT_TRANSLATE_NOOP(
            "Errors", "The TMT CPNS year in the NIP ({value}) is implausible for this birth date."
        ),
        QT_TRANSLATE_NOOP("Errors", "Check digits 9–12 of the NIP."),
    ),
    Code.NIP_GENDER: (
        QT_TRANSLATE_NOOP("Errors", "Digit 15 of the NIP ({value}) must be 1 (male) or 2 (female)."),
        QT_TRANSLATE_NOOP("Errors", "Check digit 15 of the NIP."),
    ),
    Code.NIP_SEQUENCE: (
        QT_TRANSLATE_NOOP("Errors", "The last three digits of the NIP cannot be 000."),
        QT_TRANSLATE_NOOP("Errors", "Check the sequence number at the end of the NIP."),
    ),
    Code.UNKNOWN_GOLONGAN: (
        QT_TRANSLATE_NOOP("Errors", '"{value}" is not a known golongan ruang or pangkat.'),
        QT_TRANSLATE_NOOP("Errors", "Write it as III/a, or as the pangkat name (Penata Muda)."),
    ),
    Code.UNKNOWN_JENJANG: (
        QT_TRANSLATE_NOOP("Errors", '"{value}" is not a known jenjang jabatan.'),
        QT_TRANSLATE_NOOP("Errors", "Use a jenjang such as Ahli Pertama, Terampil, Pengawas or JPT Pratama."),
    ),
    Code.UNKNOWN_VALUE: (
        QT_TRANSLATE_NOOP("Errors", '"{value}" is not an allowed value for {kind}.'),
        QT_TRANSLATE_NOOP("Errors", "Choose one of the values the form offers."),
    ),
    Code.PERIOD_INVALID: (
        QT_TRANSLATE_NOOP("Errors", "The period from {start} to {end} is not valid."),
        QT_TRANSLATE_NOOP("Errors", "A plan period starts before it ends and lies within one calendar year."),
    ),
    Code.WORKSPACE_NEWER_SCHEMA: (
        QT_TRANSLATE_NOOP(
            "Errors", "This workspace was made by a newer version of SKP Desk (schema {revision})."
        ),
        QT_TRANSLATE_NOOP("Errors", "Install the latest SKP Desk to open it. Nothing was changed."),
    ),
    Code.WORKSPACE_LOCKED: (
        QT_TRANSLATE_NOOP("Errors", "The workspace {path} is already open in another SKP Desk window."),
        QT_TRANSLATE_NOOP("Errors", "Close the other window first, or open another workspace."),
    ),
    Code.WORKSPACE_DAMAGED: (
        QT_TRANSLATE_NOOP("Errors", "The database {path} is damaged or is not an SKP Desk workspace."),
        QT_TRANSLATE_NOOP(
            "Errors", 'Nothing was overwritten. Restore the latest backup: skpdesk restore "{latest_backup}".'
        ),
    ),
    Code.WORKSPACE_READ_ONLY: (
        QT_TRANSLATE_NOOP("Errors", "SKP Desk cannot write to {path}."),
        QT_TRANSLATE_NOOP(
            "Errors", "Choose a folder you may write to, or ask your administrator for write access."
        ),
    ),
    Code.WORKSPACE_DISK_FULL: (
        QT_TRANSLATE_NOOP("Errors", "There is not enough disk space for {path}; nothing was changed."),
        QT_TRANSLATE_NOOP("Errors", "Free some disk space and try again."),
    ),
    Code.WORKSPACE_NOT_FOUND: (
        QT_TRANSLATE_NOOP("Errors", "There is no workspace folder at {path}."),
        QT_TRANSLATE_NOOP(
            "Errors", "Check the path, or create the workspace first (skpdesk demo or the app)."
        ),
    ),
    Code.WORKSPACE_NOT_EMPTY: (
        QT_TRANSLATE_NOOP("Errors", "The workspace {path} already holds data."),
        QT_TRANSLATE_NOOP("Errors", "Choose an empty folder for the demo with --workspace."),
    ),
    Code.BACKUP_INVALID: (
        QT_TRANSLATE_NOOP("Errors", "{path} is not an SKP Desk backup that can be restored."),
        QT_TRANSLATE_NOOP(
            "Errors", "Choose a file from the workspace's backups folder. Nothing was changed."
        ),
    ),
    Code.RECORD_NOT_FOUND: (
        QT_TRANSLATE_NOOP("Errors", "The {kind} record {id} does not exist (or was deleted)."),
        QT_TRANSLATE_NOOP("Errors", "Refresh the list and choose again."),
    ),
    Code.RECORD_INVALID: (
        QT_TRANSLATE_NOOP("Errors", "The value of {field} is not valid ({reason})."),
        QT_TRANSLATE_NOOP("Errors", "Correct the field and save again. Nothing was changed."),
    ),
    Code.DUPLICATE_NIP: (
        QT_TRANSLATE_NOOP("Errors", "An employee with NIP {nip} already exists."),
        QT_TRANSLATE_NOOP("Errors", "Open that employee instead, or check the NIP."),
    ),
    Code.NO_USER: (
        QT_TRANSLATE_NOOP("Errors", "No person is chosen for this workspace."),
        QT_TRANSLATE_NOOP("Errors", "Choose who you are (File → Switch person) and try again."),
    ),
    Code.ROLE_NOT_HELD: (
        QT_TRANSLATE_NOOP("Errors", "{name} does not hold the role {role} in this workspace."),
        QT_TRANSLATE_NOOP(
            "Errors", "Choose one of the person's roles, or ask the BKPSDM to grant this role."
        ),
    ),
    Code.NOT_ALLOWED: (
        QT_TRANSLATE_NOOP("Errors", "The role {role} may not do this ({action})."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Switch to a role that may (File → Switch person), or ask the person who may. "
            "Nothing was changed.",
        ),
    ),
    Code.OUT_OF_SCOPE: (
        QT_TRANSLATE_NOOP("Errors", "This belongs to a unit outside your scope ({scope})."),
        QT_TRANSLATE_NOOP("Errors", "Ask the pengelola kinerja of that unit. Nothing was changed."),
    ),
    Code.NOT_OWN_RECORD: (
        QT_TRANSLATE_NOOP("Errors", "This is another employee's {kind}; only its owner may change it."),
        QT_TRANSLATE_NOOP(
            "Errors", "Open your own, or switch to the person it belongs to. Nothing was changed."
        ),
    ),
    Code.NOT_PENILAI: (
        QT_TRANSLATE_NOOP("Errors", "Only the plan's pejabat penilai kinerja may do this."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Ask the employee's atasan langsung (or the Plt/Plh acting for them). Nothing was changed.",
        ),
    ),
    Code.PLAN_EXISTS: (
        QT_TRANSLATE_NOOP("Errors", "{name} already has an SKP for {year} in this jabatan."),
        QT_TRANSLATE_NOOP("Errors", "Open the existing plan and continue it. Nothing was changed."),
    ),
    Code.PLAN_STATUS: (
        QT_TRANSLATE_NOOP("Errors", "The plan is {status}; it cannot be {action} now."),
        QT_TRANSLATE_NOOP(
            "Errors", "Refresh the screen to see the plan's current stage. Nothing was changed."
        ),
    ),
    Code.PLAN_LOCKED: (
        QT_TRANSLATE_NOOP("Errors", "The plan is {status} and cannot be edited by you now."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Ask the reviewer or the pejabat penilai to return it to you (dikembalikan). "
            "Nothing was changed.",
        ),
    ),
    Code.PLAN_HAS_ERRORS: (
        QT_TRANSLATE_NOOP("Errors", "The plan still has {count} error(s), e.g. {first}."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Fix the findings marked as errors (warnings may stay), then submit again. Nothing was changed.",
        ),
    ),
    Code.PLAN_OWN_APPROVAL: (
        QT_TRANSLATE_NOOP("Errors", "Nobody may review, approve or rate their own plan."),
        QT_TRANSLATE_NOOP("Errors", "The plan's pejabat penilai kinerja must do it. Nothing was changed."),
    ),
    Code.PLAN_NO_ATASAN: (
        QT_TRANSLATE_NOOP(
            "Errors", "{name} has no atasan: the jabatan has no atasan position, or it is vacant."
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Set the atasan position in Organisasi & Pegawai, or name a Plt/Plh for it, "
            "then create the plan. Nothing was changed.",
        ),
    ),
    Code.ATASAN_NO_PLAN: (
        QT_TRANSLATE_NOOP("Errors", "The atasan ({name}) has no SKP for {year} yet."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Ask the atasan to draft their plan first (cascading goes top-down), or link the result "
            "to an organisation goal for now. Nothing was changed.",
        ),
    ),
    Code.PLAN_NO_SOURCE: (
        QT_TRANSLATE_NOOP("Errors", "There is no {source} to start this plan from."),
        QT_TRANSLATE_NOOP("Errors", "Choose another starting point or start from an empty plan."),
    ),
    Code.REVIU_INCOMPLETE: (
        QT_TRANSLATE_NOOP("Errors", "The reviu checklist is not complete: {items}."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Tick or answer every row that must be judged, or return the plan with notes. "
            "Nothing was changed.",
        ),
    ),
    Code.RHK_EMPTY: (
        QT_TRANSLATE_NOOP("Errors", "The rencana hasil kerja is empty."),
        QT_TRANSLATE_NOOP(
            "Errors", 'Write the result this work delivers, e.g. "Tersusunnya laporan ... tepat waktu".'
        ),
    ),
    Code.RHK_NO_INTERVENSI: (
        QT_TRANSLATE_NOOP("Errors", 'The RHK utama "{text}" does not name the atasan\'s RHK it intervenes.'),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Pick the atasan's rencana hasil kerja this result supports (JA/JF, R-CASCADE), "
            "or make it an RHK tambahan.",
        ),
    ),
    Code.RHK_PARENT_INVALID: (
        QT_TRANSLATE_NOOP("Errors", "The chosen RHK is not in the atasan's plan for this year."),
        QT_TRANSLATE_NOOP("Errors", "Pick a result from the atasan's own plan (the list offers only those)."),
    ),
    Code.TARGET_NOT_NUMBER: (
        QT_TRANSLATE_NOOP("Errors", 'The target "{value}" is not a number.'),
        QT_TRANSLATE_NOOP(
            "Errors",
            "In the kuantitatif approach type a number, e.g. 12 or 97,5 (the unit goes in its own field).",
        ),
    ),
    Code.TARGET_UNIT_MISSING: (
        QT_TRANSLATE_NOOP("Errors", "The target {value} has no unit."),
        QT_TRANSLATE_NOOP("Errors", "Type the unit of the target, e.g. dokumen, laporan, %, hari."),
    ),
    Code.DOCUMENT_WRITE: (
        QT_TRANSLATE_NOOP("Errors", "The document could not be written to {path} ({reason})."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Choose another folder, close the file if another program has it open, and try again.",
        ),
    ),
    Code.DOCUMENT_NO_PLAN: (
        QT_TRANSLATE_NOOP("Errors", "No SKP found for NIP {nip} in {year}."),
        QT_TRANSLATE_NOOP("Errors", "Check the NIP and the year; the plan must exist in this workspace."),
    ),
    Code.INTERNAL: (
        QT_TRANSLATE_NOOP("Errors", "Something unexpected went wrong ({kind})."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Your data is safe: the change was not saved. "
            "Try again; if it happens again, copy the details for support.",
        ),
    ),
}

_FALLBACK = (
    QT_TRANSLATE_NOOP("Errors", "The action could not be completed ({code})."),
    QT_TRANSLATE_NOOP("Errors", "Try again; if it happens again, copy the details for support."),
)


class _SafeDict(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def message_for(err: SkpError) -> tuple[str, str]:
    """(what happened, what to do) for a coded error, translated, with parameters filled in."""
    what, todo = _MESSAGES.get(err.code, _FALLBACK)
    params = _SafeDict(dict(err.params.items()), code=err.code.value)
    characters = params.get("characters")
    if isinstance(characters, (list, tuple)):
        params["characters"] = " ".join(str(c) for c in characters)
    return _tr(str(what)).format_map(params), _tr(str(todo)).format_map(params)


def one_line(err: SkpError) -> str:
    """The CLI's single line: what happened, what to do, the code."""
    what, todo = message_for(err)
    return f"{what} {todo} [{err.code.value}]"


def language_from_env() -> str:
    lang = os.environ.get(ENV_LANG, "id").strip().lower()[:2]
    return lang if lang in LANGUAGES else "id"


_installed: list[QTranslator] = []


def install_translator(language: str) -> bool:
    """Load the catalogue for ``language`` into the running Q(Core)Application."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QCoreApplication first")
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English))
    translator = QTranslator(app)
    if translator.load(str(I18N_DIR / f"skpdesk_{language}.qm")):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
        return True
    return language == "en"  # English is the source language: nothing to load
