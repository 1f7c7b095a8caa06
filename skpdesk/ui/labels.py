"""Display names for stored names, through Qt's translation tools (one table, shared)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_TABLES = {
    "org_unit": QT_TRANSLATE_NOOP("Tables", "Organisation units"),
    "position": QT_TRANSLATE_NOOP("Tables", "Positions"),
    "employee": QT_TRANSLATE_NOOP("Tables", "Employees"),
    "acting_assignment": QT_TRANSLATE_NOOP("Tables", "Acting assignments (Plt/Plh)"),
    "period": QT_TRANSLATE_NOOP("Tables", "Periods"),
    "org_goal": QT_TRANSLATE_NOOP("Tables", "Organisation goals and IKU"),
    "plan": QT_TRANSLATE_NOOP("Tables", "SKP plans"),
    "work_result": QT_TRANSLATE_NOOP("Tables", "Work results (RHK)"),
    "indicator": QT_TRANSLATE_NOOP("Tables", "Indicators (IKI)"),
    "behaviour_expectation": QT_TRANSLATE_NOOP("Tables", "Behaviour expectations"),
    "plan_annex": QT_TRANSLATE_NOOP("Tables", "Plan annex items"),
    "progress": QT_TRANSLATE_NOOP("Tables", "Progress entries"),
    "evidence": QT_TRANSLATE_NOOP("Tables", "Evidence files"),
    "feedback": QT_TRANSLATE_NOOP("Tables", "Feedback"),
    "assessment": QT_TRANSLATE_NOOP("Tables", "Assessments"),
    "org_assessment": QT_TRANSLATE_NOOP("Tables", "Organisation assessments"),
    "nomination": QT_TRANSLATE_NOOP("Tables", "Nominations"),
}


def table_label(table: str) -> str:
    source = _TABLES.get(table)
    return QCoreApplication.translate("Tables", str(source)) if source else table
