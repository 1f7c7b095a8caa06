"""The areas of the product, in sidebar order (issue "main window"): key, words, icon, who sees it.

An area is offered when the acting role may do at least one of ``actions`` (an empty set: every
role). The services check again on every write; this only decides what the sidebar shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from skpdesk.domain.roles import Action, Role, allows


@dataclass(frozen=True)
class Area:
    key: str
    title: object  # English source (QT_TRANSLATE_NOOP returns it); shown translated by label()
    summary: object
    actions: frozenset[Action] = frozenset()

    def label(self) -> str:
        return QCoreApplication.translate("Areas", str(self.title))

    def description(self) -> str:
        return QCoreApplication.translate("Areas", str(self.summary))

    def offered_to(self, role: Role | None, system: bool = False) -> bool:
        if system or not self.actions:
            return True
        return role is not None and any(allows(role, a) for a in self.actions)


AREAS: tuple[Area, ...] = (
    Area(
        "beranda",
        QT_TRANSLATE_NOOP("Areas", "Home"),
        QT_TRANSLATE_NOOP(
            "Areas", "What needs you now: plans to draft, review and approve, periods to rate."
        ),
    ),
    Area(
        "skp",
        QT_TRANSLATE_NOOP("Areas", "SKP"),
        QT_TRANSLATE_NOOP(
            "Areas", "Drafting the performance plan (SKP) stage by stage, with the phrasing coach."
        ),
    ),
    Area(
        "cascading",
        QT_TRANSLATE_NOOP("Areas", "Cascading"),
        QT_TRANSLATE_NOOP(
            "Areas", "How each result serves the one above it, from the unit's goals to every person."
        ),
    ),
    Area(
        "pemantauan",
        QT_TRANSLATE_NOOP("Areas", "Monitoring"),
        QT_TRANSLATE_NOOP("Areas", "Progress per period, bukti dukung and continuous feedback."),
    ),
    Area(
        "penilaian",
        QT_TRANSLATE_NOOP("Areas", "Rating"),
        QT_TRANSLATE_NOOP(
            "Areas", "Ratings and predikat kinerja, and how they fit the organisation's result."
        ),
    ),
    Area(
        "dasbor",
        QT_TRANSLATE_NOOP("Areas", "Dashboard"),
        QT_TRANSLATE_NOOP(
            "Areas",
            "Plan status, progress, predikat against the organisation's curve, cascade health and "
            "outliers per unit.",
        ),
        frozenset({Action.SET_ORG_PREDIKAT, Action.RATE, Action.REVIEW_PLAN, Action.MANAGE_PERIODS}),
    ),
    Area(
        "berprestasi",
        QT_TRANSLATE_NOOP("Areas", "Outstanding Employees"),
        QT_TRANSLATE_NOOP(
            "Areas", "Choosing pegawai berprestasi from discipline, performance and innovation."
        ),
        frozenset({Action.NOMINATE, Action.DECIDE_AWARDS}),
    ),
    Area(
        "organisasi",
        QT_TRANSLATE_NOOP("Areas", "Organisation & People"),
        QT_TRANSLATE_NOOP("Areas", "Units, positions and their atasan, employees, Plt/Plh assignments."),
    ),
    Area(
        "sinkronisasi",
        QT_TRANSLATE_NOOP("Areas", "Synchronisation"),
        QT_TRANSLATE_NOOP("Areas", "Exchanging signed bundle files with the central office and sub-bureaus."),
        frozenset({Action.EXCHANGE_BUNDLES, Action.MANAGE_TRUST}),
    ),
    Area(
        "laporan",
        QT_TRANSLATE_NOOP("Areas", "Reports"),
        QT_TRANSLATE_NOOP("Areas", "Official PDF documents and Excel sheets."),
    ),
)

AREA_BY_KEY = {a.key: a for a in AREAS}


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Roles", str(ROLE_TITLES[role]))


ROLE_TITLES: dict[Role, object] = {
    Role.PEGAWAI: QT_TRANSLATE_NOOP("Roles", "Employee (pegawai)"),
    Role.ATASAN: QT_TRANSLATE_NOOP("Roles", "Atasan / pejabat penilai"),
    Role.PENGELOLA: QT_TRANSLATE_NOOP("Roles", "Pengelola kinerja"),
    Role.FASILITATOR: QT_TRANSLATE_NOOP("Roles", "Clinic facilitator"),
    Role.SUBBAGIAN: QT_TRANSLATE_NOOP("Roles", "Sub-bureau"),
    Role.PUSAT: QT_TRANSLATE_NOOP("Roles", "BKPSDM central office"),
}
