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
    # -- batch of Rencana SKP PDFs in worker processes (read-only open) --------------------------
    Code.WORKSPACE_OLDER_SCHEMA: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The workspace {path} has an older schema ({revision}) and cannot be read without updating it.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "Open it in SKP Desk once (it is updated after a backup), then try again."
        ),
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
    # the cascading tree (R-CASCADE)
    Code.CASCADE_CYCLE: (
        QT_TRANSLATE_NOOP("Errors", "A result cannot intervene itself or a result below it."),
        QT_TRANSLATE_NOOP("Errors", "Drop it on a result of the owner's atasan, higher up the tree."),
    ),
    Code.CASCADE_NOT_ATASAN: (
        QT_TRANSLATE_NOOP("Errors", "That result belongs to someone who is not this person's atasan."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "An RHK intervenes a result of the owner's own atasan (pejabat penilai) or a goal of the "
            "unit or the units above it.",
        ),
    ),
    Code.CASCADE_OTHER_UNIT: (
        QT_TRANSLATE_NOOP("Errors", "That goal belongs to another unit."),
        QT_TRANSLATE_NOOP("Errors", "Link the RHK to a goal of the owner's unit or of a unit above it."),
    ),
    Code.CASCADE_OTHER_YEAR: (
        QT_TRANSLATE_NOOP("Errors", "That result or goal belongs to another plan year."),
        QT_TRANSLATE_NOOP("Errors", "Results of one year intervene results and goals of the same year."),
    ),
    Code.CASCADE_DELETED: (
        QT_TRANSLATE_NOOP("Errors", "That result or goal has been deleted."),
        QT_TRANSLATE_NOOP("Errors", "Refresh the tree (F5) and choose a result that still exists."),
    ),
    Code.CASCADE_APPROVED_CONFIRM: (
        QT_TRANSLATE_NOOP("Errors", "This plan has been ditetapkan."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Changing it marks the plan as changed after penetapan; the pejabat penilai sees the "
            "difference. Confirm to go on.",
        ),
    ),
    Code.CASCADE_APPROVED_REFUSED: (
        QT_TRANSLATE_NOOP("Errors", "This plan has been ditetapkan; your role cannot change it."),
        QT_TRANSLATE_NOOP(
            "Errors", "Ask its owner, the pejabat penilai or the pengelola kinerja to change the link."
        ),
    ),
    Code.CASCADE_NOBODY: (
        QT_TRANSLATE_NOOP("Errors", "Nobody was chosen to cascade the result to."),
        QT_TRANSLATE_NOOP("Errors", "Tick at least one person."),
    ),
    Code.CASCADE_NO_PLAN: (
        QT_TRANSLATE_NOOP("Errors", "{name} has no plan for this year yet."),
        QT_TRANSLATE_NOOP(
            "Errors", "Create the plan first (SKP area, or the missing plans in the checks panel)."
        ),
    ),
    Code.CASCADE_NO_TARGET: (
        QT_TRANSLATE_NOOP("Errors", "This result has no numeric target to split."),
        QT_TRANSLATE_NOOP(
            "Errors", "Give its IKI a numeric target first, or cascade by aspek, wilayah or non-direct."
        ),
    ),
    Code.CASCADE_TARGET_NEGATIVE: (
        QT_TRANSLATE_NOOP("Errors", 'The split target "{value}" is zero or negative.'),
        QT_TRANSLATE_NOOP("Errors", "Each person's share must be a number above zero."),
    ),
    Code.CASCADE_EXTERNAL: (
        QT_TRANSLATE_NOOP("Errors", "That node belongs to a unit outside this tree."),
        QT_TRANSLATE_NOOP("Errors", "Open the tree of its own unit to change it."),
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
    # -- feedback, dialog kinerja, rating, keberatan (issue 7) ----------------------------------
    Code.PLAN_NOT_SET: (
        QT_TRANSLATE_NOOP("Errors", "The plan is {status}: it has not been set (ditetapkan) yet."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Umpan balik and ratings start once the pejabat penilai has set the plan. Nothing was changed.",
        ),
    ),
    Code.PERIODE_UNKNOWN: (
        QT_TRANSLATE_NOOP("Errors", '"{periode}" is not an evaluation period of the {year} plan year.'),
        QT_TRANSLATE_NOOP("Errors", "Choose one of: {allowed}. Nothing was changed."),
    ),
    Code.PERIODE_OUTSIDE_PLAN: (
        QT_TRANSLATE_NOOP("Errors", "{periode} lies outside this plan's dates ({start} to {end})."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "A plan that starts or ends during the year is rated only for the periods it covers. "
            "Nothing was changed.",
        ),
    ),
    Code.PERIODE_NOT_ENDED: (
        QT_TRANSLATE_NOOP("Errors", "{periode} has not ended yet: it ends on {end}."),
        QT_TRANSLATE_NOOP(
            "Errors", "Rate it from {first_day} on; until then, give umpan balik. Nothing was changed."
        ),
    ),
    Code.FEEDBACK_OWN_PLAN: (
        QT_TRANSLATE_NOOP("Errors", "Nobody writes umpan balik on their own plan."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Record your realisasi and bukti dukung instead; umpan balik comes from your atasan, "
            "colleagues and subordinates. Nothing was changed.",
        ),
    ),
    Code.FEEDBACK_NO_RELATION: (
        QT_TRANSLATE_NOOP(
            "Errors", "In the organisation you are not {name}'s atasan, colleague or subordinate."
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Umpan balik comes from the pejabat penilai and the leaders above, from colleagues under "
            "the same atasan and from subordinates. Check the positions in Organisasi & Pegawai. "
            "Nothing was changed.",
        ),
    ),
    Code.FEEDBACK_TARGET: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "Umpan balik must be about one rencana hasil kerja of this plan or one BerAKHLAK value "
            "({reason}).",
        ),
        QT_TRANSLATE_NOOP("Errors", "Choose the RHK or the value it is about. Nothing was changed."),
    ),
    Code.FEEDBACK_EMPTY: (
        QT_TRANSLATE_NOOP("Errors", "The umpan balik is empty."),
        QT_TRANSLATE_NOOP(
            "Errors", "Write what you observed and the bukti dukung it rests on. Nothing was changed."
        ),
    ),
    Code.DIALOG_NOT_PARTY: (
        QT_TRANSLATE_NOOP(
            "Errors", "Only the pegawai and their pejabat penilai kinerja record a dialog kinerja on a plan."
        ),
        QT_TRANSLATE_NOOP("Errors", "Ask one of them to record it. Nothing was changed."),
    ),
    Code.DIALOG_EMPTY: (
        QT_TRANSLATE_NOOP("Errors", "The dialog kinerja has no topic."),
        QT_TRANSLATE_NOOP("Errors", "Write what was (or will be) discussed. Nothing was changed."),
    ),
    Code.DIALOG_DATE: (
        QT_TRANSLATE_NOOP("Errors", "A dialog kinerja dated {held_on} has not been held yet."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Keep its status Planned until it has been held, or correct the date. Nothing was changed.",
        ),
    ),
    Code.RATE_OWN: (
        QT_TRANSLATE_NOOP("Errors", "Nobody rates their own plan."),
        QT_TRANSLATE_NOOP("Errors", "The plan's pejabat penilai kinerja rates it. Nothing was changed."),
    ),
    Code.RATE_FINAL: (
        QT_TRANSLATE_NOOP("Errors", "The {periode} rating is final."),
        QT_TRANSLATE_NOOP(
            "Errors", "Reopen it first (the reopening is recorded), then change it. Nothing was changed."
        ),
    ),
    Code.RATE_NOT_FINAL: (
        QT_TRANSLATE_NOOP("Errors", "The {periode} rating is still a draft."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "A keberatan can be filed, and a rating reopened, only once the rating is final. "
            "Nothing was changed.",
        ),
    ),
    Code.RATE_HAS_KEBERATAN: (
        QT_TRANSLATE_NOOP("Errors", "A keberatan was filed on the {periode} rating; it cannot be reopened."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The atasan of the pejabat penilai decides the keberatan, and that decision is final. "
            "Nothing was changed.",
        ),
    ),
    Code.RATE_NO_ORG_PREDIKAT: (
        QT_TRANSLATE_NOOP(
            "Errors", "The predikat kinerja organisasi of {unit} for {year} ({periode}) has not been set."
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The rating hasil kerja of the unit's leader comes from it: ask the leader of the "
            "organisation above to set it, then rate. Nothing was changed.",
        ),
    ),
    Code.RATE_ORG_BASIS: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The rating hasil kerja of a unit's leader follows the predikat kinerja organisasi "
            "({predikat} gives {rating}).",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Leave the rating hasil kerja as it is; how the predikat organisasi maps to a rating is a "
            "workspace setting. Nothing was changed.",
        ),
    ),
    Code.KEBERATAN_LATE: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The time for a keberatan has passed: the result was received on {received} and the last "
            "day was {last_day}.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "A keberatan is filed within {days} days of receiving the result. Nothing was changed."
        ),
    ),
    Code.KEBERATAN_PENDING: (
        QT_TRANSLATE_NOOP(
            "Errors", "A keberatan on this rating, filed on {filed_on}, is still waiting for a decision."
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "Wait for the decision of the atasan of the pejabat penilai. Nothing was changed."
        ),
    ),
    Code.KEBERATAN_DECIDED: (
        QT_TRANSLATE_NOOP(
            "Errors", "The keberatan on this rating was decided ({decision}) on {decided_on}; it is final."
        ),
        QT_TRANSLATE_NOOP("Errors", "See the plan's keberatan history. Nothing was changed."),
    ),
    Code.KEBERATAN_NO_REASONS: (
        QT_TRANSLATE_NOOP("Errors", "The keberatan has no reasons."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Write why you object to the rating and the bukti dukung you rely on. Nothing was changed.",
        ),
    ),
    Code.KEBERATAN_NOT_DECIDER: (
        QT_TRANSLATE_NOOP(
            "Errors", "Only the atasan of the pejabat penilai ({position}) decides this keberatan."
        ),
        QT_TRANSLATE_NOOP("Errors", "Ask the holder of that position, or its Plt/Plh. Nothing was changed."),
    ),
    Code.KEBERATAN_NO_DECIDER: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The pejabat penilai's position ({position}) has no atasan in this workspace, so nobody "
            "here can decide the keberatan.",
        ),
        QT_TRANSLATE_NOOP("Errors", "Set the atasan position in Organisasi & Pegawai. Nothing was changed."),
    ),
    Code.KEBERATAN_SAME_RATING: (
        QT_TRANSLATE_NOOP(
            "Errors", "An accepted keberatan must change the rating, but the new ratings are the same."
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "Choose the new ratings, or reject the keberatan with a note. Nothing was changed."
        ),
    ),
    Code.KEBERATAN_NO_NOTE: (
        QT_TRANSLATE_NOOP("Errors", "The keberatan decision has no note."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Write why the keberatan is accepted or rejected; the pegawai reads it. Nothing was changed.",
        ),
    ),
    # monitoring: period locks, realisasi, rencana aksi, bukti dukung, the e-Kinerja import (issue 7)
    Code.PERIOD_LOCKED: (
        QT_TRANSLATE_NOOP(
            "Errors", "The evaluation period {periode} {year} is locked: nothing more can be recorded in it."
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "Ask the pengelola kinerja to reopen it if an entry is missing. Nothing was changed."
        ),
    ),
    Code.PERIOD_ALREADY_LOCKED: (
        QT_TRANSLATE_NOOP("Errors", "The evaluation period {periode} {year} is locked already."),
        QT_TRANSLATE_NOOP("Errors", "Refresh the list of periods. Nothing was changed."),
    ),
    Code.PERIOD_ALREADY_OPEN: (
        QT_TRANSLATE_NOOP("Errors", "The evaluation period {periode} {year} is open already."),
        QT_TRANSLATE_NOOP("Errors", "Refresh the list of periods. Nothing was changed."),
    ),
    Code.PERIOD_REASON_MISSING: (
        QT_TRANSLATE_NOOP("Errors", "A reason is needed to reopen {periode} {year}."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Write why it is reopened (e.g. which entries are missing); the reason stays in the "
            "period's history. Nothing was changed.",
        ),
    ),
    Code.PERIOD_FREQUENCY_IN_USE: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{count} entries of the {year} plan year are recorded in periods the new frequency "
            "does not have ({periodes}).",
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "Keep the current frequency, or remove those entries first. Nothing was changed."
        ),
    ),
    Code.MONITORING_PLAN_NOT_SET: (
        QT_TRANSLATE_NOOP("Errors", "The plan is {status}: it has not been set (ditetapkan) yet."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Realisasi, rencana aksi and bukti dukung are recorded once the pejabat penilai has set "
            "the plan. Nothing was changed.",
        ),
    ),
    Code.MONITORING_NO_TARGET: (
        QT_TRANSLATE_NOOP("Errors", "Choose the RHK or the IKI this entry belongs to."),
        QT_TRANSLATE_NOOP(
            "Errors", "Pick one row of the plan (an IKI together with its own RHK). Nothing was changed."
        ),
    ),
    Code.PROGRESS_NEEDS_IKI: (
        QT_TRANSLATE_NOOP(
            "Errors", "In the kuantitatif approach realisasi is recorded per IKI, not for the RHK as a whole."
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "Choose one of the RHK's IKI and type its realisasi. Nothing was changed."
        ),
    ),
    Code.REALISASI_EMPTY: (
        QT_TRANSLATE_NOOP("Errors", "The realisasi is empty."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Type the number achieved (e.g. 12 or 12,5) or, in the kualitatif approach, describe what "
            "was achieved. Nothing was changed.",
        ),
    ),
    Code.REALISASI_NOT_NUMBER: (
        QT_TRANSLATE_NOOP("Errors", 'The realisasi "{value}" is not a number of zero or more.'),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Type a number such as 12 or 12,5 (the unit goes in its own field). Nothing was changed.",
        ),
    ),
    Code.REALISASI_UNIT_MISSING: (
        QT_TRANSLATE_NOOP(
            "Errors", "The realisasi {value} has no unit, and the IKI's target has none either."
        ),
        QT_TRANSLATE_NOOP("Errors", "Type the unit, e.g. dokumen, laporan, %, hari. Nothing was changed."),
    ),
    Code.ACTION_PLAN_EMPTY: (
        QT_TRANSLATE_NOOP("Errors", "The rencana aksi is empty."),
        QT_TRANSLATE_NOOP(
            "Errors",
            'Write what will be done for the RHK in this period, e.g. "Menyusun draf laporan triwulan". '
            "Nothing was changed.",
        ),
    ),
    Code.EVIDENCE_NOT_A_FILE: (
        QT_TRANSLATE_NOOP("Errors", "{path} is a folder, not a file."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Choose one file; attach several files one by one, or compress the folder into one file.",
        ),
    ),
    Code.EVIDENCE_UNREADABLE: (
        QT_TRANSLATE_NOOP("Errors", "{path} cannot be read (it does not exist, or access is denied)."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Check that the file exists and that you may open it, then try again. Nothing was attached.",
        ),
    ),
    Code.EVIDENCE_EMPTY: (
        QT_TRANSLATE_NOOP("Errors", "{path} is empty (0 bytes)."),
        QT_TRANSLATE_NOOP("Errors", "Choose the file that holds the bukti dukung. Nothing was attached."),
    ),
    Code.EVIDENCE_TOO_LARGE: (
        QT_TRANSLATE_NOOP(
            "Errors", "{name} is {size}, more than the {limit} allowed for one bukti dukung file."
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Make the file smaller (compress or split it), or ask the BKPSDM to raise the limit in "
            "Settings. Nothing was attached.",
        ),
    ),
    Code.EVIDENCE_MISSING: (
        QT_TRANSLATE_NOOP(
            "Errors", "The stored file of {name} is not in the workspace's attachments folder."
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "It may still arrive with a bundle from the computer that attached it; otherwise attach "
            "the file again.",
        ),
    ),
    Code.EVIDENCE_DAMAGED: (
        QT_TRANSLATE_NOOP(
            "Errors", "The stored file of {name} has changed since it was attached (its checksum differs)."
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "Attach the original file again; never edit files inside the attachments folder."
        ),
    ),
    Code.IMPORT_NOT_XLSX: (
        QT_TRANSLATE_NOOP("Errors", "{path} is not an Excel workbook (.xlsx) that can be read."),
        QT_TRANSLATE_NOOP(
            "Errors", "Save the sheet as an Excel Workbook (.xlsx) and choose it again. Nothing was imported."
        ),
    ),
    Code.IMPORT_COLUMNS: (
        QT_TRANSLATE_NOOP("Errors", "The sheet has no column(s) {missing} in its first rows."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Use the e-Kinerja daily progress layout: Rencana Aksi, Tanggal, Jam Mulai, Jam Selesai, "
            "Kegiatan Harian, Realisasi, Satuan, Bukti Dukung. Nothing was imported.",
        ),
    ),
    Code.IMPORT_NO_ROWS: (
        QT_TRANSLATE_NOOP("Errors", "The sheet has no progress rows under its header."),
        QT_TRANSLATE_NOOP("Errors", "Choose the file that holds the daily progress. Nothing was imported."),
    ),
    Code.IMPORT_NO_NIP: (
        QT_TRANSLATE_NOOP("Errors", "The sheet does not say whose progress it is (no NIP)."),
        QT_TRANSLATE_NOOP(
            "Errors", "Choose the employee before importing, or add a NIP column. Nothing was imported."
        ),
    ),
    Code.IMPORT_UNKNOWN_NIP: (
        QT_TRANSLATE_NOOP("Errors", "No employee with NIP {nip} is in this workspace."),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Check the NIP, or add the employee in Organisasi & Pegawai first. Nothing was imported.",
        ),
    ),
    Code.IMPORT_NOTHING: (
        QT_TRANSLATE_NOOP("Errors", "None of the sheet's rows can be imported."),
        QT_TRANSLATE_NOOP("Errors", "The preview says why for each row. Nothing was imported."),
    ),
    # calculators: predikat, curve check, angka kredit (issue 7: R-MATRIX, R-CURVE, R-AK)
    Code.CALC_RATING: (
        QT_TRANSLATE_NOOP("Errors", '"{value}" is not a rating.'),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Use di-atas, sesuai or di-bawah (or Di Atas Ekspektasi, Sesuai Ekspektasi, "
            "Di Bawah Ekspektasi).",
        ),
    ),
    Code.CALC_PREDIKAT: (
        QT_TRANSLATE_NOOP("Errors", '"{value}" is not a predikat kinerja pegawai.'),
        QT_TRANSLATE_NOOP(
            "Errors", "Use sangat-baik, baik, butuh-perbaikan (or cukup), kurang or sangat-kurang."
        ),
    ),
    Code.CALC_ORG_PREDIKAT: (
        QT_TRANSLATE_NOOP("Errors", '"{value}" is not a predikat kinerja organisasi.'),
        QT_TRANSLATE_NOOP("Errors", "Use istimewa, baik, butuh-perbaikan, kurang or sangat-kurang."),
    ),
    Code.CURVE_COUNTS_FORMAT: (
        QT_TRANSLATE_NOOP("Errors", '"{part}" is not of the form KEY=NUMBER.'),
        QT_TRANSLATE_NOOP("Errors", "Write the counts as SB=2,B=10,BP=1,K=0,SK=0."),
    ),
    Code.CURVE_COUNT_KEY: (
        QT_TRANSLATE_NOOP("Errors", '"{key}" is not a predikat.'),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Use SB, B, BP, K and SK (or sangat-baik, baik, butuh-perbaikan, kurang, sangat-kurang).",
        ),
    ),
    Code.CURVE_COUNT_DUPLICATE: (
        QT_TRANSLATE_NOOP("Errors", "The count for {key} is given more than once."),
        QT_TRANSLATE_NOOP("Errors", "Give each predikat once."),
    ),
    Code.CURVE_COUNT_INVALID: (
        QT_TRANSLATE_NOOP("Errors", '"{value}" is not a number of people (for {key}).'),
        QT_TRANSLATE_NOOP("Errors", "Give a whole number, 0 or more."),
    ),
    Code.CURVE_NO_COUNTS: (
        QT_TRANSLATE_NOOP("Errors", "No employees are counted: every count is zero or missing."),
        QT_TRANSLATE_NOOP("Errors", "Give the number of employees per predikat, e.g. SB=2,B=10,BP=1."),
    ),
    Code.AK_JENJANG: (
        QT_TRANSLATE_NOOP("Errors", '"{value}" is not a jenjang of a jabatan fungsional.'),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Angka kredit applies to jabatan fungsional: use Ahli Pertama, Ahli Muda, Ahli Madya, "
            "Ahli Utama, Pemula, Terampil, Mahir or Penyelia.",
        ),
    ),
    Code.AK_MONTHS: (
        QT_TRANSLATE_NOOP("Errors", '"{value}" is not a number of months from 1 to 12.'),
        QT_TRANSLATE_NOOP(
            "Errors", "Give the whole months the predikat covers, e.g. 12 for a year or 3 for a triwulan."
        ),
    ),
    Code.AK_MONTHS_TOTAL: (
        QT_TRANSLATE_NOOP("Errors", "The periods add up to {total} months; a year has 12."),
        QT_TRANSLATE_NOOP("Errors", "Check the periods: each month of the year counts once."),
    ),
    Code.AK_VALUE: (
        QT_TRANSLATE_NOOP("Errors", '"{value}" is not an amount of angka kredit.'),
        QT_TRANSLATE_NOOP("Errors", "Give a number, 0 or more, e.g. 37.5."),
    ),
    # the cascading tree's documents (issue 6: export cascade / export mph)
    Code.DOCUMENT_NO_YEAR: (
        QT_TRANSLATE_NOOP("Errors", "The workspace has no plan year {year}."),
        QT_TRANSLATE_NOOP("Errors", "Choose one of its plan years: {years}."),
    ),
    # evaluation documents, ratings sheet, angka kredit reports (issue 7 items 7–8)
    Code.EVALUATION_NOT_RATED: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name} has no rating for {periode} {year} yet: rating hasil kerja, rating perilaku and "
            "predikat are missing.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "The pejabat penilai rates the period first; or print a worksheet instead, marked "
            '"belum dinilai". No file was written.',
        ),
    ),
    Code.EVALUATION_PLAN_NOT_SET: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The SKP of {name} is {status}: it has not been set (ditetapkan), so it has no evaluation.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors", "An evaluation document is made for a ditetapkan plan. No file was written."
        ),
    ),
    Code.EVALUATION_PERIOD_FORMAT: (
        QT_TRANSLATE_NOOP("Errors", '"{value}" is not a period such as 2025/AKHIR or 2025/TW1.'),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Write the year, a slash and the period: TW1–TW4, AKHIR, SEMESTER-1, SEMESTER-2 or "
            "BULAN-01 to BULAN-12.",
        ),
    ),
    Code.EVALUATION_NO_PLANS: (
        QT_TRANSLATE_NOOP("Errors", "{unit} has no SKP plans in {year}."),
        QT_TRANSLATE_NOOP("Errors", "Choose another unit or year. No file was written."),
    ),
    Code.AK_NOT_FUNGSIONAL: (
        QT_TRANSLATE_NOOP(
            "Errors",
            "The jabatan of {name} ({jabatan}) is not a jabatan fungsional: it earns no angka kredit.",
        ),
        QT_TRANSLATE_NOOP(
            "Errors",
            "Angka kredit is reported for jabatan fungsional (Ahli and Keterampilan jenjang). "
            "No file was written.",
        ),
    ),
    Code.AK_NO_FUNGSIONAL: (
        QT_TRANSLATE_NOOP("Errors", "{unit} has no jabatan fungsional with an SKP in {year}."),
        QT_TRANSLATE_NOOP("Errors", "Choose another unit or year. No file was written."),
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
_installed_language = ["id"]


def installed_language() -> str:
    """The language of the catalogue ``install_translator`` last loaded."""
    return _installed_language[0]


def install_translator(language: str) -> bool:
    """Load the catalogue for ``language`` into the running Q(Core)Application."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QCoreApplication first")
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    _installed_language[0] = language
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian if language == "id" else QLocale.Language.English))
    translator = QTranslator(app)
    if translator.load(str(I18N_DIR / f"skpdesk_{language}.qm")):
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
        return True
    return language == "en"  # English is the source language: nothing to load
