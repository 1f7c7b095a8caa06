"""The workspace's tables (ARCHITECTURE.md "Data").

Synced tables reference each other by id *without* database foreign keys: SYNC.md allows a
reference to a row that has not arrived yet ("waiting for data"), and bundles may be applied in
any order. Those reference columns are indexed. Local bookkeeping tables use real foreign keys.

Enumerated values are stored as the domain enums' string values; exact decimals (targets, scores)
as strings; dates as DATE. Everything a person types lives here, never in QSettings.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from skpdesk.models.base import Base, Synced

Ref = String(36)  # a reference to another synced row's id


def _ref(*, nullable: bool = True) -> Mapped[str | None]:
    return mapped_column(Ref, nullable=nullable, index=True)


# --- Organisation -------------------------------------------------------------------------------


class OrgUnit(Synced, Base):
    """instansi → OPD → bidang → sub-bidang / UPT (SKP-REFERENCE R-ORG)."""

    __tablename__ = "org_unit"
    parent_id: Mapped[str | None] = _ref()
    name: Mapped[str] = mapped_column(String(300))
    short_name: Mapped[str] = mapped_column(String(60), default="")
    kind: Mapped[str] = mapped_column(String(30))  # instansi, opd, bidang, subbidang, upt, ...
    mandiri: Mapped[bool] = mapped_column(Boolean, default=False)  # unit kerja mandiri (JPT form)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Position(Synced, Base):
    """A jabatan in a unit, with its atasan position (R-JABATAN)."""

    __tablename__ = "position"
    org_unit_id: Mapped[str | None] = _ref()
    atasan_position_id: Mapped[str | None] = _ref()
    title: Mapped[str] = mapped_column(String(300))
    jenis: Mapped[str] = mapped_column(String(10))  # jpt / ja / jf
    jenjang: Mapped[str] = mapped_column(String(30))  # domain.jabatan.Jenjang
    is_head: Mapped[bool] = mapped_column(Boolean, default=False)  # kepala of its unit
    kelompok_pelaksana: Mapped[str | None] = mapped_column(String(20), nullable=True)


class Employee(Synced, Base):
    """A PNS or PPPK (R-NIP, R-PANGKAT)."""

    __tablename__ = "employee"
    nip: Mapped[str] = mapped_column(String(18), index=True)
    status: Mapped[str] = mapped_column(String(10), default="pns")  # pns / pppk
    name: Mapped[str] = mapped_column(String(200))
    gelar_depan: Mapped[str] = mapped_column(String(60), default="")
    gelar_belakang: Mapped[str] = mapped_column(String(60), default="")
    gender: Mapped[str] = mapped_column(String(1))  # L / P
    golongan: Mapped[str] = mapped_column(String(10), default="")  # "III/a" or PPPK "IX"
    position_id: Mapped[str | None] = _ref()
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ActingAssignment(Synced, Base):
    """Plt / Plh: an employee acting in a position for a while."""

    __tablename__ = "acting_assignment"
    employee_id: Mapped[str | None] = _ref()
    position_id: Mapped[str | None] = _ref()
    kind: Mapped[str] = mapped_column(String(5))  # plt / plh
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    decree: Mapped[str] = mapped_column(String(200), default="")  # nomor SK / surat perintah


# --- Planning -----------------------------------------------------------------------------------


class Period(Synced, Base):
    """A plan year (R-PERIOD) and the regulation it follows (R-LEGAL)."""

    __tablename__ = "period"
    year: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    regulation: Mapped[str] = mapped_column(String(20))
    evaluation_frequency: Mapped[str] = mapped_column(String(20), default="triwulan")  # [L]
    name: Mapped[str] = mapped_column(String(100), default="")


class OrgGoal(Synced, Base):
    """Sasaran strategis (kind=sasaran) and its IKU (kind=iku, parent_id = the sasaran)."""

    __tablename__ = "org_goal"
    org_unit_id: Mapped[str | None] = _ref()
    period_id: Mapped[str | None] = _ref()
    parent_id: Mapped[str | None] = _ref()
    kind: Mapped[str] = mapped_column(String(10))  # sasaran / iku
    source: Mapped[str] = mapped_column(String(20), default="pk")  # renstra / pk / rpjmd
    number: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    target_value: Mapped[str] = mapped_column(String(40), default="")
    target_unit: Mapped[str] = mapped_column(String(40), default="")
    perspektif: Mapped[str] = mapped_column(String(30), default="")


class Plan(Synced, Base):
    """One SKP: employee, pejabat penilai, period, form and drafting path, status (R-LIFECYCLE)."""

    __tablename__ = "plan"
    employee_id: Mapped[str | None] = _ref()
    position_id: Mapped[str | None] = _ref()  # jabatan the plan is for (job change = new plan)
    penilai_employee_id: Mapped[str | None] = _ref()
    penilai_position_id: Mapped[str | None] = _ref()
    period_id: Mapped[str | None] = _ref()
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    jenis: Mapped[str] = mapped_column(String(10))  # jpt / ja-jf (R-JPT-VS-JAJF)
    pendekatan: Mapped[str] = mapped_column(String(20))  # kuantitatif / kualitatif (6/2022)
    drafting_guide: Mapped[str] = mapped_column(String(20))  # model-dasar / model-pengembangan
    status: Mapped[str] = mapped_column(String(20), default="draft")
    stage: Mapped[int] = mapped_column(Integer, default=1)  # current wizard stage (R-STAGES)
    approved_hash: Mapped[str] = mapped_column(String(64), default="")
    approved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    reviewed_by_employee_id: Mapped[str | None] = _ref()
    review_note: Mapped[str] = mapped_column(Text, default="")


class WorkResult(Synced, Base):
    """Rencana hasil kerja (RHK), utama or tambahan, and what it intervenes (R-CASCADE)."""

    __tablename__ = "work_result"
    plan_id: Mapped[str | None] = _ref()
    jenis: Mapped[str] = mapped_column(String(10))  # utama / tambahan
    source: Mapped[str] = mapped_column(String(30), default="")  # pk / direktif / inisiatif / mph ...
    text: Mapped[str] = mapped_column(Text)
    perspektif: Mapped[str] = mapped_column(String(30), default="")  # JPT only (R-PERSPEKTIF)
    parent_result_id: Mapped[str | None] = _ref()  # the atasan's RHK it intervenes
    parent_goal_id: Mapped[str | None] = _ref()  # or the organisation's sasaran/IKU
    cascading_method: Mapped[str] = mapped_column(String(20), default="")  # langsung / tidak-langsung
    cascading_approach: Mapped[str] = mapped_column(String(20), default="")
    contribution: Mapped[str] = mapped_column(String(20), default="")  # outcome / output / layanan
    ukuran_keberhasilan: Mapped[str] = mapped_column(Text, default="")  # kualitatif approach
    target_basis: Mapped[str] = mapped_column(Text, default="")  # R-IKI target basis (J4)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Indicator(Synced, Base):
    """Indikator kinerja individu (IKI) with target, manual indikator and monitoring (R-IKI)."""

    __tablename__ = "indicator"
    result_id: Mapped[str | None] = _ref()
    aspek: Mapped[str] = mapped_column(String(20), default="")  # kuantitas/kualitas/waktu/biaya
    text: Mapped[str] = mapped_column(Text)
    target_value: Mapped[str] = mapped_column(String(40), default="")
    target_max: Mapped[str] = mapped_column(String(40), default="")  # range targets
    target_unit: Mapped[str] = mapped_column(String(40), default="")
    lower_is_better: Mapped[bool] = mapped_column(Boolean, default=False)
    manual_definition: Mapped[str] = mapped_column(Text, default="")
    manual_formula: Mapped[str] = mapped_column(Text, default="")
    manual_purpose: Mapped[str] = mapped_column(Text, default="")
    data_source: Mapped[str] = mapped_column(Text, default="")
    collector: Mapped[str] = mapped_column(String(200), default="")
    monitoring_schedule: Mapped[str] = mapped_column(String(100), default="")
    level_descriptions: Mapped[str] = mapped_column(Text, default="")  # JSON list, pengembangan
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class PlanNote(Synced, Base):
    """A note on a plan from its reviu or return (R-REVIU): one checklist row (``check_id`` J1–J5 /
    A1–A7 with ``passed``), or a note on a field the pegawai must see (``result_id`` /
    ``indicator_id`` + ``field``), or the plan as a whole. ``resolved`` once the pegawai has
    acted on it (the note stays as history)."""

    __tablename__ = "plan_note"
    plan_id: Mapped[str | None] = _ref()
    kind: Mapped[str] = mapped_column(String(20))  # reviu / kembali / penetapan
    check_id: Mapped[str] = mapped_column(String(10), default="")
    passed: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    result_id: Mapped[str | None] = _ref()
    indicator_id: Mapped[str | None] = _ref()
    field: Mapped[str] = mapped_column(String(40), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    author_employee_id: Mapped[str | None] = _ref()
    written_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class BehaviourExpectation(Synced, Base):
    """One per BerAKHLAK value per plan: ekspektasi khusus pimpinan (may be empty)."""

    __tablename__ = "behaviour_expectation"
    plan_id: Mapped[str | None] = _ref()
    core_value: Mapped[str] = mapped_column(String(40))  # domain.berakhlak.CoreValue
    ekspektasi: Mapped[str] = mapped_column(Text, default="")


class PlanAnnex(Synced, Base):
    """Lampiran SKP: dukungan sumber daya, skema pertanggungjawaban, konsekuensi (numbered items)."""

    __tablename__ = "plan_annex"
    plan_id: Mapped[str | None] = _ref()
    kind: Mapped[str] = mapped_column(String(30))  # sumber-daya / skema-pertanggungjawaban / konsekuensi
    text: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


# --- Monitoring and rating ----------------------------------------------------------------------


class Progress(Synced, Base):
    """Realisasi of an IKI (or, kualitatif, of an RHK) in one evaluation period (R-PERIOD)."""

    __tablename__ = "progress"
    indicator_id: Mapped[str | None] = _ref()
    result_id: Mapped[str | None] = _ref()  # kualitatif: the RHK whose ukuran keberhasilan it reports
    periode: Mapped[str] = mapped_column(String(20))  # TW1..TW4 / BULAN-01.. / AKHIR
    realisasi: Mapped[str] = mapped_column(String(40), default="")  # exact decimal as text
    realisasi_unit: Mapped[str] = mapped_column(String(40), default="")
    realisasi_text: Mapped[str] = mapped_column(Text, default="")  # kualitatif realisasi
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    recorded_by_employee_id: Mapped[str | None] = _ref()
    source: Mapped[str] = mapped_column(String(20), default="")  # "" typed / e-kinerja import


class ActionPlan(Synced, Base):
    """Rencana aksi: what the pegawai will do for an RHK in one evaluation period (R-LIFECYCLE)."""

    __tablename__ = "action_plan"
    result_id: Mapped[str | None] = _ref()
    periode: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class PeriodLock(Synced, Base):
    """Lock state of one evaluation period of a plan year (R-PERIOD, R-DEADLINES): locked after its
    deadline, reopened by the pengelola kinerja. Every change is an op (the audit trail), with who,
    when and why on the row. The id is derived from (period_id, periode) so two devices edit the
    same record."""

    __tablename__ = "period_lock"
    period_id: Mapped[str | None] = _ref()
    periode: Mapped[str] = mapped_column(String(20))
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    changed_by_employee_id: Mapped[str | None] = _ref()
    changed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")


class Evidence(Synced, Base):
    """Bukti dukung: a file stored content-addressed in the workspace's attachments folder."""

    __tablename__ = "evidence"
    result_id: Mapped[str | None] = _ref()
    indicator_id: Mapped[str | None] = _ref()
    progress_id: Mapped[str | None] = _ref()
    periode: Mapped[str] = mapped_column(String(20), default="")
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    uploaded_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    uploaded_by_employee_id: Mapped[str | None] = _ref()


class Feedback(Synced, Base):
    """Umpan balik berkelanjutan on a result or a core value, from atasan, rekan or bawahan."""

    __tablename__ = "feedback"
    plan_id: Mapped[str | None] = _ref()
    result_id: Mapped[str | None] = _ref()
    core_value: Mapped[str] = mapped_column(String(40), default="")
    from_employee_id: Mapped[str | None] = _ref()
    relation: Mapped[str] = mapped_column(String(20))  # atasan / rekan / bawahan / lainnya
    periode: Mapped[str] = mapped_column(String(20), default="")
    text: Mapped[str] = mapped_column(Text)
    given_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class Assessment(Synced, Base):
    """Evaluasi kinerja of one plan in one period: two ratings → predikat (R-MATRIX)."""

    __tablename__ = "assessment"
    plan_id: Mapped[str | None] = _ref()
    periode: Mapped[str] = mapped_column(String(20))
    rating_hasil_kerja: Mapped[str] = mapped_column(String(20), default="")
    rating_perilaku: Mapped[str] = mapped_column(String(20), default="")
    predikat: Mapped[str] = mapped_column(String(20), default="")  # derived by the domain rule
    assessed_by_employee_id: Mapped[str | None] = _ref()
    assessed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft / final
    note: Mapped[str] = mapped_column(Text, default="")
    # "" = the penilai's judgement; "org-predikat" = a JPT's rating hasil kerja taken from the
    # predikat kinerja organisasi of the unit they lead (R-ORG-PREDIKAT)
    basis: Mapped[str] = mapped_column(String(20), default="")


class DialogKinerja(Synced, Base):
    """A recorded dialog kinerja between atasan and pegawai (R-LIFECYCLE, R-FOLLOWUP): when, what
    about, the follow-up agreed and where it stands."""

    __tablename__ = "dialog_kinerja"
    plan_id: Mapped[str | None] = _ref()
    held_on: Mapped[dt.date] = mapped_column(Date)
    topic: Mapped[str] = mapped_column(Text)
    follow_up: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="direncanakan")  # / berjalan / selesai
    recorded_by_employee_id: Mapped[str | None] = _ref()
    note: Mapped[str] = mapped_column(Text, default="")


class Keberatan(Synced, Base):
    """An objection to a predikat (R-FOLLOWUP, R-DEADLINES): filed by the pegawai within the window
    with reasons, decided by the atasan of the penilai; both stay as history."""

    __tablename__ = "keberatan"
    assessment_id: Mapped[str | None] = _ref()
    plan_id: Mapped[str | None] = _ref()
    filed_by_employee_id: Mapped[str | None] = _ref()
    filed_on: Mapped[dt.date] = mapped_column(Date)
    reasons: Mapped[str] = mapped_column(Text)
    decider_employee_id: Mapped[str | None] = _ref()
    decision: Mapped[str] = mapped_column(String(20), default="")  # "" pending / diterima / ditolak
    decided_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    new_rating_hasil_kerja: Mapped[str] = mapped_column(String(20), default="")
    new_rating_perilaku: Mapped[str] = mapped_column(String(20), default="")
    new_predikat: Mapped[str] = mapped_column(String(20), default="")


class OrgAssessment(Synced, Base):
    """Predikat kinerja organisasi of a unit in a period (R-ORG-PREDIKAT)."""

    __tablename__ = "org_assessment"
    org_unit_id: Mapped[str | None] = _ref()
    period_id: Mapped[str | None] = _ref()
    periode: Mapped[str] = mapped_column(String(20))
    predikat: Mapped[str] = mapped_column(String(20))
    set_by_employee_id: Mapped[str | None] = _ref()
    note: Mapped[str] = mapped_column(Text, default="")


# --- Awards -------------------------------------------------------------------------------------


class Nomination(Synced, Base):
    """Pegawai berprestasi candidate with the three component scores (R-AWARD)."""

    __tablename__ = "nomination"
    period_id: Mapped[str | None] = _ref()
    employee_id: Mapped[str | None] = _ref()
    org_unit_id: Mapped[str | None] = _ref()
    score_disiplin: Mapped[str] = mapped_column(String(20), default="")
    score_kinerja: Mapped[str] = mapped_column(String(20), default="")
    score_inovasi: Mapped[str] = mapped_column(String(20), default="")
    status: Mapped[str] = mapped_column(String(20), default="diusulkan")
    note: Mapped[str] = mapped_column(Text, default="")


# --- Access and settings ------------------------------------------------------------------------


class RoleGrant(Synced, Base):
    """A role granted to an employee (domain.roles.GRANTED_ROLES), within a unit's subtree or
    the whole instansi (``org_unit_id`` empty)."""

    __tablename__ = "role_grant"
    employee_id: Mapped[str | None] = _ref()
    role: Mapped[str] = mapped_column(String(20))
    org_unit_id: Mapped[str | None] = _ref()
    note: Mapped[str] = mapped_column(String(200), default="")


class Setting(Synced, Base):
    """One workspace setting that travels with the data (instansi identity, [U] deadlines).

    The id is derived from the key (``services.settings.setting_id``), so two devices that set
    the same key edit the same record and the merge keeps the later value.
    """

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), index=True)
    value: Mapped[str] = mapped_column(Text, default="")  # JSON


# --- Local bookkeeping (not synced) -------------------------------------------------------------


class Op(Base):
    """One field change (SYNC.md "Merge"): the grow-only log that bundles ship."""

    __tablename__ = "op"
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    node_id: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(40))
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    value: Mapped[str] = mapped_column(Text)  # JSON
    deps: Mapped[str] = mapped_column(Text, default="{}")  # JSON {node_id: seq}
    __table_args__ = (
        UniqueConstraint("node_id", "seq", name="uq_op_node_seq"),
        Index("ix_op_record", "record_id", "field"),
    )


class WorkspaceMeta(Base):
    """Key/value facts of this workspace copy (its node id, creation time)."""

    __tablename__ = "workspace_meta"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Device(Base):
    """A node (laptop, office PC) this workspace knows; ``is_local`` marks this copy."""

    __tablename__ = "device"
    node_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(String(200), default="")
    key_id: Mapped[str] = mapped_column(String(32), default="")
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    last_seq_seen: Mapped[int] = mapped_column(Integer, default=0)


class KeyCertificate(Base):
    """A trusted public key with its role and scope (SYNC.md "Keys and trust")."""

    __tablename__ = "key_certificate"
    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    public_key_pem: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(20))
    scope_org_unit_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    node_id: Mapped[str] = mapped_column(String(32), default="")
    trust_list_version: Mapped[int] = mapped_column(Integer, default=0)
    revoked_after_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)


class BundleLog(Base):
    """Every bundle seen, with its result."""

    __tablename__ = "bundle_log"
    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin_node_id: Mapped[str] = mapped_column(String(32))
    key_id: Mapped[str] = mapped_column(String(32), default="")
    bundle_seq: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    direction: Mapped[str] = mapped_column(String(10))  # in / out
    result: Mapped[str] = mapped_column(String(30))
    code: Mapped[str] = mapped_column(String(30), default="")
    at: Mapped[str] = mapped_column(String(40))
    __table_args__ = (Index("ix_bundle_log_origin_seq", "origin_node_id", "bundle_seq"),)


class Conflict(Base):
    """Concurrent edits of one field, kept for a person to settle."""

    __tablename__ = "conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    candidate_op_ids: Mapped[str] = mapped_column(Text)  # JSON list
    status: Mapped[str] = mapped_column(String(20), default="open")
    resolved_by_op_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class AuditLog(Base):
    """What was done to the workspace as a whole (migrations, backups, restores, imports)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(40))
    actor_employee_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    action: Mapped[str] = mapped_column(String(60))
    detail: Mapped[str] = mapped_column(Text, default="")


SYNCED_MODELS: tuple[type[Base], ...] = (
    OrgUnit,
    Position,
    Employee,
    ActingAssignment,
    Period,
    OrgGoal,
    Plan,
    WorkResult,
    Indicator,
    BehaviourExpectation,
    PlanAnnex,
    PlanNote,
    Progress,
    ActionPlan,
    PeriodLock,
    Evidence,
    Feedback,
    DialogKinerja,
    Assessment,
    Keberatan,
    OrgAssessment,
    Nomination,
    RoleGrant,
    Setting,
)

MODEL_BY_TABLE: dict[str, type[Base]] = {m.__tablename__: m for m in SYNCED_MODELS}
