"""A small office with ditetapkan plans for the monitoring tests (periods, progress, evidence,
the e-Kinerja import)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest

from skpdesk.domain.errors import Code, SkpError
from skpdesk.services.access import Actor
from skpdesk.services.org import NewEmployee, NewGrant, NewPosition, NewUnit
from skpdesk.services.planning import NewIndicator, NewPlan, NewResult
from skpdesk.services.workspace import Workspace

TODAY = dt.date(2026, 5, 10)  # TW2 is open; TW1 ended 31 March, due 10 April, open until 15 April

NIP_KEPALA = "197001012000011001"
NIP_KABID = "197502022001012002"
NIP_STAFF = "199003032015031003"
NIP_COLLEAGUE = "199104042016032004"
NIP_PENGELOLA = "198206062009011006"
NIP_PENGELOLA_OPD = "198307072010012007"


@dataclass
class Office:
    period: str
    kepala: str
    kabid: str
    staff: str
    colleague: str
    pengelola: str  # pengelola kinerja of the whole instansi
    pengelola_opd: str  # pengelola kinerja of Dinas A only
    plan: str  # the staff's kuantitatif plan, ditetapkan
    kualitatif_plan: str  # the colleague's kualitatif plan, ditetapkan
    draft_plan: str  # the kabid's plan, still a draft
    late_plan: str  # the kepala's plan from 1 July (a job change), ditetapkan


def office(ws: Workspace) -> Office:
    ws.access.clock = lambda: TODAY
    ws.org.add_units(
        [
            NewUnit("Pemkab Uji", "instansi", id="u-root"),
            NewUnit("Dinas A", "opd", parent_id="u-root", id="u-a"),
            NewUnit("Bidang Umum", "bidang", parent_id="u-a", id="u-bid"),
        ]
    )
    ws.org.add_positions(
        [
            NewPosition("Kepala Dinas A", "u-a", "jpt-pratama", is_head=True, id="p-kep"),
            NewPosition(
                "Kepala Bidang Umum", "u-bid", "administrator", atasan_position_id="p-kep", id="p-kabid"
            ),
            NewPosition(
                "Analis Kepegawaian", "u-bid", "ahli-pertama", atasan_position_id="p-kabid", id="p-an1"
            ),
            NewPosition(
                "Analis Kepegawaian", "u-bid", "ahli-pertama", atasan_position_id="p-kabid", id="p-an2"
            ),
            NewPosition("Pengelola Kinerja", "u-a", "pelaksana", atasan_position_id="p-kep", id="p-pk"),
            NewPosition("Pengelola Kinerja", "u-a", "pelaksana", atasan_position_id="p-kep", id="p-pk2"),
        ]
    )
    people, _ = ws.org.add_employees(
        [
            NewEmployee(NIP_KEPALA, "Kepala A", "IV/c", position_id="p-kep"),
            NewEmployee(NIP_KABID, "Kabid", "IV/a", position_id="p-kabid"),
            NewEmployee(NIP_STAFF, "Staf Satu", "III/a", position_id="p-an1"),
            NewEmployee(NIP_COLLEAGUE, "Staf Dua", "III/a", position_id="p-an2"),
            NewEmployee(NIP_PENGELOLA, "Pengelola", "III/c", position_id="p-pk"),
            NewEmployee(NIP_PENGELOLA_OPD, "Pengelola Dinas", "III/c", position_id="p-pk2"),
        ]
    )
    kepala, kabid, staff, colleague, pengelola, pengelola_opd = people
    ws.org.grant_roles([NewGrant(pengelola, "pengelola"), NewGrant(pengelola_opd, "pengelola", "u-a")])
    period, _ = ws.planning.add_period(2026)
    ws.planning.add_plans(
        [
            NewPlan(
                employee_id=staff,
                period_id=period,
                penilai_employee_id=kabid,
                status="ditetapkan",
                approved_on=dt.date(2026, 1, 20),
                results=(
                    NewResult(
                        "Terselesaikannya usulan kenaikan pangkat yang tepat waktu",
                        id="r1",
                        indicators=(
                            NewIndicator(
                                "Jumlah usulan kenaikan pangkat yang diselesaikan",
                                "kuantitas",
                                "12",
                                "dokumen",
                                id="i1",
                            ),
                            NewIndicator("Persentase usulan yang tepat waktu", "waktu", "100", "%", id="i2"),
                        ),
                    ),
                    NewResult(
                        "Tersusunnya laporan analisis jabatan yang akurat",
                        id="r2",
                        indicators=(
                            NewIndicator(
                                "Jumlah laporan analisis jabatan", "kuantitas", "4", "laporan", id="i3"
                            ),
                        ),
                    ),
                    NewResult(
                        "Terlaksananya tugas tambahan dari pimpinan",
                        jenis="tambahan",
                        id="r3",
                        indicators=(NewIndicator("Jumlah tugas tambahan", "kuantitas", "2", "", id="i4"),),
                    ),
                ),
                id="plan-staff",
            ),
            NewPlan(
                employee_id=colleague,
                period_id=period,
                penilai_employee_id=kabid,
                pendekatan="kualitatif",
                status="ditetapkan",
                results=(
                    NewResult(
                        "Meningkatnya kualitas layanan informasi kepegawaian",
                        ukuran_keberhasilan="Layanan informasi dinilai baik oleh pegawai",
                        id="rq1",
                    ),
                ),
                id="plan-kual",
            ),
            NewPlan(
                employee_id=kabid,
                period_id=period,
                penilai_employee_id=kepala,
                results=(
                    NewResult(
                        "Tersedianya data pegawai yang mutakhir",
                        id="rk1",
                        indicators=(
                            NewIndicator(
                                "Jumlah data yang dimutakhirkan", "kuantitas", "100", "data", id="ik1"
                            ),
                        ),
                    ),
                ),
                id="plan-draft",
            ),
            NewPlan(
                employee_id=kepala,
                period_id=period,
                status="ditetapkan",
                start_date=dt.date(2026, 7, 1),
                results=(
                    NewResult(
                        "Meningkatnya kinerja dinas",
                        id="rkep",
                        indicators=(NewIndicator("Nilai SAKIP dinas", "kualitas", "80", "nilai", id="ikep"),),
                    ),
                ),
                id="plan-late",
            ),
        ]
    )
    return Office(
        period,
        kepala,
        kabid,
        staff,
        colleague,
        pengelola,
        pengelola_opd,
        "plan-staff",
        "plan-kual",
        "plan-draft",
        "plan-late",
    )


def ops(ws: Workspace) -> int:
    return len(ws.ops())


def refused(ws: Workspace, code: Code, call: object, *args: object, **kwargs: object) -> SkpError:
    """The call raises ``code`` and writes nothing (the op log is as it was)."""
    before = ops(ws)
    with pytest.raises(SkpError) as info:
        call(*args, **kwargs)  # type: ignore[operator]
    assert info.value.code is code, info.value
    assert ops(ws) == before
    return info.value


def as_system(ws: Workspace) -> None:
    ws.access.actor = Actor.workspace()


def stored_files(ws: Workspace) -> list[Path]:
    """Every file under the workspace's attachments folder (blobs and leftovers alike)."""
    return sorted(p for p in ws.store.attachments.rglob("*") if p.is_file())
