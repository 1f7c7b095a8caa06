"""Fixtures for the organisation screen: a small writable organisation and the page over it."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from skpdesk.services.workspace import Workspace
from skpdesk.ui.ops import Ops
from skpdesk.ui.org.page import OrgPage
from tests.ui.org.small_org import SmallOrg, build_small_org


@pytest.fixture
def org(ws: Workspace) -> SmallOrg:
    return build_small_org(ws)


@pytest.fixture
def ops(ws: Workspace, org: SmallOrg) -> Ops:
    return Ops(ws)


@pytest.fixture
def page(qtbot: QtBot, ops: Ops, monkeypatch: pytest.MonkeyPatch) -> Iterator[OrgPage]:
    monkeypatch.setattr(sys, "_skpdesk_no_modal", True, raising=False)  # error dialogs do not block
    widget = OrgPage(ops)
    ops.window = widget  # error dialogs get a parent (the main window in the application)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.load_now()
    yield widget
