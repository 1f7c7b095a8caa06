"""A small organisation for the organisation screen's tests (services and UI share it).

Pemkab Uji (instansi)
├── Dinas A (opd)                 p-kep   Kepala Dinas A          (Kepala A)
│   └── Bidang A1 (bidang)        p-kabid Kepala Bidang A1        (Kabid Satu)
│       │                         p-analis Analis Keuangan AP     (Siti Rahma, NIP 19850312 200901 2 002)
│       └── Sub A1x (subbidang)   p-kasub Kepala Sub A1x          (vacant; Plt: Kabid Satu)
│                                 p-staf  Pengadministrasi        (Budi Staf, pengelola of Dinas A)
└── Dinas B (opd)                 p-kepb  Kepala Dinas B          (Kepala B)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from skpdesk.services.org import NewEmployee, NewGrant, NewPosition, NewUnit
from skpdesk.services.workspace import Workspace

TODAY = dt.date(2026, 3, 2)
ANALIS_NIP = "198503122009012002"


@dataclass(frozen=True)
class SmallOrg:
    root: str = "u-root"
    opd_a: str = "u-a"
    bidang: str = "u-a1"
    sub: str = "u-a1x"
    opd_b: str = "u-b"
    kepala: str = "e-kepala"
    kabid: str = "e-kabid"
    analis: str = "e-analis"
    staf: str = "e-staf"
    kepala_b: str = "e-kepb"
    plt: str = ""  # the acting assignment's id


def build_small_org(ws: Workspace) -> SmallOrg:
    ws.access.clock = lambda: TODAY
    ws.org.add_units(
        [
            NewUnit("Pemkab Uji", "instansi", id="u-root"),
            NewUnit("Dinas A", "opd", parent_id="u-root", short_name="DA", id="u-a"),
            NewUnit("Bidang A1", "bidang", parent_id="u-a", id="u-a1"),
            NewUnit("Sub A1x", "subbidang", parent_id="u-a1", id="u-a1x"),
            NewUnit("Dinas B", "opd", parent_id="u-root", short_name="DB", sort_order=1, id="u-b"),
        ]
    )
    ws.org.add_positions(
        [
            NewPosition("Kepala Dinas A", "u-a", "jpt-pratama", is_head=True, id="p-kep"),
            NewPosition("Kepala Bidang A1", "u-a1", "administrator", "p-kep", is_head=True, id="p-kabid"),
            NewPosition("Analis Keuangan", "u-a1", "ahli-pertama", "p-kabid", id="p-analis"),
            NewPosition("Kepala Sub A1x", "u-a1x", "pengawas", "p-kabid", is_head=True, id="p-kasub"),
            NewPosition("Pengadministrasi", "u-a1x", "pelaksana", "p-kasub", id="p-staf"),
            NewPosition("Kepala Dinas B", "u-b", "jpt-pratama", is_head=True, id="p-kepb"),
        ]
    )
    ws.org.add_employees(
        [
            NewEmployee("197001012000011001", "Kepala A", "IV/c", position_id="p-kep", id="e-kepala"),
            NewEmployee(
                "197502022001011002",
                "Kabid Satu",
                "IV/a",
                position_id="p-kabid",
                gelar_depan="Dr.",
                id="e-kabid",
            ),
            NewEmployee(
                ANALIS_NIP,
                "Siti Rahma",
                "III/a",
                position_id="p-analis",
                gelar_belakang="S.E.",
                id="e-analis",
            ),
            NewEmployee("199104042016031004", "Budi Staf", "II/c", position_id="p-staf", id="e-staf"),
            NewEmployee("198805052012011005", "Kepala B", "IV/c", position_id="p-kepb", id="e-kepb"),
        ]
    )
    plt, _ = ws.org.assign_acting("e-kabid", "p-kasub", "plt", dt.date(2026, 1, 2), None, "800/1/BKPSDM")
    ws.org.grant_roles([NewGrant("e-staf", "pengelola", "u-a")])
    return SmallOrg(plt=plt)
