"""UI state kept per machine in QSettings (STYLE.md: declared once, typed, with a default).

What people type lives in the workspace; only how the window looks and who sat at this machine
last live here. ``PREFS_VERSION`` lets a later release upgrade old keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

PREFS_VERSION = 1
MAX_RECENT = 8
T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T

    def get(self, settings: QSettings) -> T:
        value = settings.value(self.key, self.default)
        if isinstance(self.default, bool):
            return (value in (True, "true", "1", 1)) if value is not None else self.default  # type: ignore[return-value]
        if isinstance(self.default, list):
            if value is None or value == "":
                return list(self.default)  # type: ignore[return-value]
            return [str(v) for v in (value if isinstance(value, list) else [value])]  # type: ignore[return-value]
        if isinstance(self.default, QByteArray):
            return value if isinstance(value, QByteArray) else QByteArray()  # type: ignore[return-value]
        return type(self.default)(value) if value is not None else self.default  # type: ignore[call-arg]

    def set(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)


LANGUAGE = Option("ui/language", "id")
GEOMETRY = Option("window/geometry", QByteArray())
WINDOW_STATE = Option("window/state", QByteArray())
LAST_AREA = Option("window/last_area", "beranda")
RECENT_WORKSPACES: Option[list[str]] = Option("workspaces/recent", [])
LAST_WORKSPACE = Option("workspaces/last", "")


def user_key(node_id: str) -> Option[str]:
    """Who used this workspace last on this machine: "employee_id|role|scope" (empty: ask)."""
    return Option(f"users/{node_id}", "")


def open_settings() -> QSettings:
    settings = QSettings()
    if str(settings.value("prefs/version", 0)) != str(PREFS_VERSION):
        settings.setValue("prefs/version", PREFS_VERSION)
    return settings


def remember_workspace(settings: QSettings, folder: str) -> None:
    recent = [f for f in RECENT_WORKSPACES.get(settings) if f != folder]
    RECENT_WORKSPACES.set(settings, [folder, *recent][:MAX_RECENT])
    LAST_WORKSPACE.set(settings, folder)
