"""Settings and About: this computer, the workspace, the instansi on documents, deadlines, roles."""

from __future__ import annotations

from skpdesk.ui.settings.about import AboutDialog
from skpdesk.ui.settings.dialog import SettingsDialog

__all__ = ["AboutDialog", "SettingsDialog"]
