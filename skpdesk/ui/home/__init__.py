"""Beranda: what needs the signed-in person now (services.tasks)."""

from skpdesk.ui.home.page import HomePage

__all__ = ["HomePage"]
