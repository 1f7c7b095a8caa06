"""Who may do what (SKP-REFERENCE R-LIFECYCLE: the actors of each phase).

A person using SKP Desk acts in one role at a time. Every employee is a *pegawai*; *atasan* (pejabat
penilai kinerja) follows from the organisation (someone whose position is the atasan of another
position, or who acts in such a position); the other roles are granted in the workspace, each with
an optional scope (an org unit and everything below it; no scope = the whole instansi).

The tables below are the rule. Relations the table cannot know (is this *my* plan, am I *this*
plan's pejabat penilai, is the unit inside my scope) are checked by the services against the data.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    PEGAWAI = "pegawai"
    ATASAN = "atasan"  # atasan langsung / pejabat penilai kinerja
    PENGELOLA = "pengelola"  # pengelola kinerja of an OPD (R-REVIU, fallback draft R-DEADLINES)
    FASILITATOR = "fasilitator"  # coaching clinic facilitator
    SUBBAGIAN = "subbagian"  # sub-bagian / sub-bureau exchanging bundles with the centre
    PUSAT = "pusat"  # BKPSDM pusat: the central office


# Roles that are granted in the workspace (pegawai and atasan follow from the organisation).
GRANTED_ROLES: tuple[Role, ...] = (Role.PENGELOLA, Role.FASILITATOR, Role.SUBBAGIAN, Role.PUSAT)


class Action(StrEnum):
    DRAFT_OWN_PLAN = "draft-own-plan"
    RECORD_OWN_PROGRESS = "record-own-progress"
    GIVE_PEER_FEEDBACK = "give-peer-feedback"  # 360° notes from rekan / bawahan (R-LIFECYCLE)
    FILE_KEBERATAN = "file-keberatan"  # R-DEADLINES, R-FOLLOWUP
    APPROVE_PLAN = "approve-plan"  # penetapan by the pejabat penilai (R-LIFECYCLE phase 1)
    GIVE_ATASAN_FEEDBACK = "give-atasan-feedback"
    RATE = "rate"  # rating hasil kerja & perilaku (R-RATING)
    SET_ORG_PREDIKAT = "set-org-predikat"  # the unit leader (R-ORG-PREDIKAT)
    REVIEW_PLAN = "review-plan"  # reviu (R-REVIU)
    DRAFT_FOR_OTHERS = "draft-for-others"  # fallback draft (R-DEADLINES), clinic preparation
    EDIT_CASCADE = "edit-cascade"  # re-link results in the cascading tree (R-CASCADE)
    EDIT_ORG = "edit-org"  # units, positions, employees, Plt/Plh
    MANAGE_PERIODS = "manage-periods"  # plan years, evaluation periods (R-PERIOD)
    EDIT_GOALS = "edit-goals"  # sasaran strategis / IKU (Renstra, PK)
    NOMINATE = "nominate"  # pegawai berprestasi candidates (R-AWARD)
    DECIDE_AWARDS = "decide-awards"
    EXCHANGE_BUNDLES = "exchange-bundles"  # SYNC.md
    MANAGE_TRUST = "manage-trust"  # root key, certificates (SYNC.md "Keys and trust")
    GRANT_ROLES = "grant-roles"
    EDIT_INSTANSI = "edit-instansi"  # identity and kop surat for documents, deadline settings


_EVERYONE = frozenset(
    {Action.DRAFT_OWN_PLAN, Action.RECORD_OWN_PROGRESS, Action.GIVE_PEER_FEEDBACK, Action.FILE_KEBERATAN}
)

ROLE_ACTIONS: dict[Role, frozenset[Action]] = {
    Role.PEGAWAI: _EVERYONE,
    Role.ATASAN: _EVERYONE
    | {
        Action.APPROVE_PLAN,
        Action.GIVE_ATASAN_FEEDBACK,
        Action.RATE,
        Action.SET_ORG_PREDIKAT,
        Action.EDIT_CASCADE,
    },
    Role.PENGELOLA: _EVERYONE
    | {
        Action.REVIEW_PLAN,
        Action.DRAFT_FOR_OTHERS,
        Action.EDIT_CASCADE,
        Action.EDIT_ORG,
        Action.EDIT_GOALS,
        Action.MANAGE_PERIODS,
        Action.NOMINATE,
        Action.EXCHANGE_BUNDLES,
    },
    Role.FASILITATOR: _EVERYONE | {Action.DRAFT_FOR_OTHERS, Action.EDIT_CASCADE, Action.EDIT_GOALS},
    Role.SUBBAGIAN: _EVERYONE
    | {Action.EDIT_ORG, Action.EDIT_GOALS, Action.NOMINATE, Action.EXCHANGE_BUNDLES, Action.REVIEW_PLAN},
    Role.PUSAT: frozenset(Action) - {Action.APPROVE_PLAN, Action.RATE, Action.GIVE_ATASAN_FEEDBACK},
}
"""What each role may do. Approving, rating and the atasan's feedback stay with the pejabat penilai
themselves (R-LIFECYCLE): not even the central office rates in someone's name."""


def allows(role: Role, action: Action) -> bool:
    return action in ROLE_ACTIONS[role]


def parse_role(value: str) -> Role:
    from skpdesk.domain.errors import Code, SkpError

    try:
        return Role(value.strip().lower())
    except ValueError:
        raise SkpError(Code.UNKNOWN_VALUE, kind="role", value=value) from None
