"""Beranda shows the signed-in person's tasks, opens one with a click or Enter, and says so
plainly when nothing needs them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from skpdesk.domain.deadlines import Urgency
from skpdesk.domain.errors import SkpError
from skpdesk.domain.roles import Role
from skpdesk.messages import install_translator
from skpdesk.models.tables import Plan
from skpdesk.services.access import Actor
from skpdesk.services.org import NewEmployee, NewPosition, NewUnit
from skpdesk.services.planning import NewPlan, NewResult
from skpdesk.services.rating import NewAssessment
from skpdesk.services.tasks import TaskKind, TaskService
from skpdesk.services.workspace import Workspace
from skpdesk.ui.home import HomePage
from skpdesk.ui.home.page import TaskListModel
from skpdesk.ui.ops import Ops

TODAY = dt.date(2026, 4, 15)  # TW1 2026 ended on 31 March; its ratings were due on 10 April


@pytest.fixture
def english(qapp: object) -> Iterator[None]:
    """English source text (so the assertions do not depend on the Indonesian catalogue)."""
    install_translator("en")
    yield
    install_translator("id")


@pytest.fixture
def demo(demo_folder: Path) -> Iterator[Workspace]:
    with Workspace.open(demo_folder, actor=Actor.workspace()) as ws:
        ws.access.clock = lambda: TODAY
        yield ws


def _page(qtbot: QtBot, ws: Workspace) -> HomePage:
    page = HomePage(Ops(ws))
    page.now = lambda: dt.datetime(2026, 4, 15, 9, 30)
    qtbot.addWidget(page)
    page.resize(1134, 700)  # the page area of a 1366×768 window
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def _busiest_atasan(ws: Workspace) -> str:
    with ws.store.reading() as s:
        return str(
            s.execute(
                select(Plan.penilai_employee_id)
                .where(Plan.penilai_employee_id.is_not(None), Plan.status == "direviu")
                .group_by(Plan.penilai_employee_id)
                .order_by(func.count().desc(), Plan.penilai_employee_id)
                .limit(1)
            ).scalar_one()
        )


def test_an_atasan_sees_their_tasks_and_enter_opens_the_first(
    qtbot: QtBot, demo: Workspace, english: None
) -> None:
    actor = demo.sign_in(_busiest_atasan(demo), Role.ATASAN)
    page = _page(qtbot, demo)
    assert page.title.text() == f"Good morning, {actor.name}"
    assert "Atasan" in page.subtitle.text() and "15 April 2026" in page.subtitle.text()
    kinds = [t.kind for t in page.tasks]
    assert TaskKind.APPROVE_PLANS in kinds and TaskKind.RATE_PERIOD in kinds
    assert TaskKind.REVIEW_PLANS not in kinds  # reviu is the pengelola's
    assert page.stack.currentWidget() is page.list
    assert page.model.rowCount() == len(page.tasks)
    rate = next(t for t in page.tasks if t.kind is TaskKind.RATE_PERIOD)
    row = page.tasks.index(rate)
    text = page.model.index(row, 0).data()
    assert text.startswith("Rate ") and "Triwulan I" in text
    due = page.model.index(row, 0).data(Qt.ItemDataRole.UserRole + 2)
    assert due.startswith("Due 10 April 2026 · overdue by 5 day")

    page.list.setFocus()
    page.list.setCurrentIndex(page.model.index(0, 0))
    first = page.tasks[0]
    with qtbot.waitSignal(page.navigate, timeout=1000) as opened:
        qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert opened.args == [first.area, first.target]

    # a click opens a task too
    rect = page.list.visualRect(page.model.index(row, 0))
    with qtbot.waitSignal(page.navigate, timeout=1000) as clicked:
        qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert clicked.args == ["penilaian", rate.target]


def test_a_pengelola_sees_plans_to_review_in_their_opd(qtbot: QtBot, demo: Workspace, english: None) -> None:
    service = TaskService(demo.store, demo.access)
    for grant in demo.org.role_grants():  # the first OPD with a plan waiting for reviu
        if grant.role == "pengelola":
            demo.sign_in(grant.employee_id, Role.PENGELOLA, grant.org_unit_id)
            if any(t.kind is TaskKind.REVIEW_PLANS for t in service.tasks()):
                break
    page = _page(qtbot, demo)
    kinds = [t.kind for t in page.tasks]
    review = page.tasks[kinds.index(TaskKind.REVIEW_PLANS)]
    assert review.area == "skp" and review.urgency is Urgency.OVERDUE  # due 31 January
    assert "waiting for your review" in page.model.index(kinds.index(TaskKind.REVIEW_PLANS), 0).data()
    assert TaskKind.SEND_CHANGES in kinds  # a sync role: the demo's changes wait to be sent
    assert TaskKind.APPROVE_PLANS not in kinds and TaskKind.RATE_PERIOD not in kinds
    send = page.model.index(kinds.index(TaskKind.SEND_CHANGES), 0).data()
    assert "waiting to be sent" in send and "." in send.split()[0]  # "203.371 changes ..."
    assert page.tasks[-1].kind is TaskKind.SEND_CHANGES  # no deadline: last
    assert page.summary.text().startswith(f"{len(page.tasks)} task")


def test_nothing_needs_a_pegawai_with_a_ditetapkan_plan(qtbot: QtBot, demo: Workspace, english: None) -> None:
    with demo.store.reading() as s:
        candidates = s.execute(
            select(Plan.employee_id).where(Plan.status == "ditetapkan").order_by(Plan.employee_id)
        ).scalars()
        service = TaskService(demo.store, demo.access)
        for employee in candidates:  # someone whose own SKP 2026 is ditetapkan: nothing to do
            demo.sign_in(employee, Role.PEGAWAI)
            if not service.tasks():
                break
    demo.sign_in(employee, Role.PEGAWAI)
    page = _page(qtbot, demo)
    assert page.tasks == []
    assert page.stack.currentIndex() == 1 and page.empty.isVisible()
    assert page.empty.heading.text() == "Nothing needs you today"
    assert "Monitoring" in page.empty.hint.text()
    visible = [k for k, b in page.empty.buttons.items() if b.isVisible()]
    assert visible == ["skp", "pemantauan", "organisasi"]
    assert page.empty.buttons["skp"].property("primary") is True
    with qtbot.waitSignal(page.navigate, timeout=1000) as opened:
        page.empty.buttons["organisasi"].click()
    assert opened.args == ["organisasi", ""]
    # the calendar of the year is there for everyone, with the [U] dates marked
    rows = [r for r in page.upcoming.rows if r[0].isVisible()]
    assert len(rows) == 5
    assert rows[0][1].text() == "10 Juli 2026"  # TW2 ratings, 30 June + 10 days [U]
    assert rows[0][4].isVisible() and "Settings" in rows[0][4].text()


def test_the_page_follows_changes(qtbot: QtBot, ws: Workspace, english: None) -> None:
    """A rating added elsewhere removes the task (refresh on ``Ops.changed``)."""
    ws.access.clock = lambda: TODAY
    ws.org.add_units([NewUnit("Dinas A", "opd", id="u-a")])
    ws.org.add_positions(
        [
            NewPosition("Kepala Bidang", "u-a", "administrator", id="p-kabid"),
            NewPosition("Analis", "u-a", "ahli-pertama", atasan_position_id="p-kabid", id="p-staff"),
        ]
    )
    (kabid, staff), _ = ws.org.add_employees(
        [
            NewEmployee("197502022001012002", "Kabid", "IV/a", position_id="p-kabid"),
            NewEmployee("199003032015031003", "Staf Satu", "III/a", position_id="p-staff"),
        ]
    )
    period, _ = ws.planning.add_period(2026)
    (plan, _own), _ = ws.planning.add_plans(
        [
            NewPlan(
                employee_id=staff, period_id=period, status="ditetapkan", results=(NewResult("Laporan"),)
            ),
            NewPlan(
                employee_id=kabid, period_id=period, status="ditetapkan", results=(NewResult("Layanan"),)
            ),
        ]
    )
    ws.sign_in(kabid, Role.ATASAN)
    page = _page(qtbot, ws)
    (task,) = page.tasks
    assert (task.kind, task.urgency, task.target) == (TaskKind.RATE_PERIOD, Urgency.OVERDUE, plan)
    assert task.subjects == ("Staf Satu",)
    assert "Staf Satu" in page.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 3)
    page.ops.run(ws.rating.add_assessments, [NewAssessment(plan, "TW1", "sesuai", "sesuai")])
    qtbot.waitUntil(lambda: page.tasks == [], timeout=2000)
    assert page.stack.currentIndex() == 1
    # a refused write changes nothing: the page keeps what it shows
    ws.sign_in(staff, Role.PEGAWAI)
    page.refresh()
    before = list(page.tasks)
    with pytest.raises(SkpError):  # ``attempt`` raises where ``run`` would open the error dialog
        page.ops.attempt(ws.rating.add_assessments, [NewAssessment(plan, "TW2", "sesuai", "sesuai")])
    qtbot.wait(20)
    assert page.tasks == before


def test_greetings_follow_the_hour(qtbot: QtBot, ws: Workspace, english: None) -> None:
    page = HomePage(Ops(ws))
    qtbot.addWidget(page)
    words = [page.greeting(h) for h in (3, 4, 10, 11, 14, 15, 17, 18, 23)]
    assert words == [
        "Good evening",
        "Good morning",
        "Good morning",
        "Good day",
        "Good day",
        "Good afternoon",
        "Good afternoon",
        "Good evening",
        "Good evening",
    ]
    page.refresh()  # the workspace itself: no name, the administrator's view
    assert page.title.text() in words and "," not in page.title.text()
    assert page.subtitle.text().startswith("Workspace administrator")


def test_the_task_model_is_a_sound_model(qtmodeltester: object, demo: Workspace, english: None) -> None:
    demo.sign_in(_busiest_atasan(demo), Role.ATASAN)
    model = TaskListModel()
    model.set_tasks(TaskService(demo.store, demo.access).tasks(), TODAY)
    assert model.rowCount() > 0
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
