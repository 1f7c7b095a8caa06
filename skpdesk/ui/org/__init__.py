"""The "Organisation & People" area: the org tree, employees, positions and Plt/Plh."""

from skpdesk.ui.org.page import OrgPage

__all__ = ["OrgPage"]
