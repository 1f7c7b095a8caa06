"""The workspace as the UI and CLI see it: one object holding every service."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select

from skpdesk.domain.errors import Code, SkpError
from skpdesk.domain.roles import Role
from skpdesk.models.base import SCHEMA_HEAD, table_of
from skpdesk.models.recorder import OpRow, materialize
from skpdesk.models.store import Store, open_store, restore_workspace
from skpdesk.models.tables import MODEL_BY_TABLE, SYNCED_MODELS, Employee, Op, Period
from skpdesk.paths import resolve_workspace
from skpdesk.services.access import Access, Actor, RoleChoice, role_choices

if TYPE_CHECKING:
    from skpdesk.services.awards import AwardService
    from skpdesk.services.cascade import CascadeService
    from skpdesk.services.dashboard import DashboardService
    from skpdesk.services.documents import DocumentService
    from skpdesk.services.drafting import DraftingService
    from skpdesk.services.evaluation import EvaluationService
    from skpdesk.services.feedback import FeedbackService
    from skpdesk.services.monitoring import MonitoringService
    from skpdesk.services.org import OrgService
    from skpdesk.services.overview import OverviewService
    from skpdesk.services.people import PeopleService
    from skpdesk.services.planning import PlanningService
    from skpdesk.services.rating import RatingService
    from skpdesk.services.settings import SettingsService
    from skpdesk.services.tasks import TaskService


@dataclass(frozen=True)
class WorkspaceStatus:
    """What the status bar shows: the plan year in use and changes not yet sent in a bundle."""

    year: int | None
    unsent_changes: int


@dataclass(frozen=True)
class WorkspaceInfo:
    schema: str
    workspace: str
    counts: dict[str, int]
    ops: int
    node_id: str

    def as_json(self) -> dict[str, Any]:
        return {
            "schema": self.schema,
            "workspace": self.workspace,
            "counts": self.counts,
            "ops": self.ops,
            "node_id": self.node_id,
        }


class Workspace:
    """Every service of one open workspace. Services are made on first use, so that starting the
    window imports only what its first screen needs (PLATFORM.md "Start-up cost")."""

    def __init__(self, store: Store, actor: Actor | None = None) -> None:
        self.store = store
        self.access = Access(store, actor)

    @cached_property
    def org(self) -> OrgService:
        from skpdesk.services.org import OrgService

        return OrgService(self.store, self.access)

    @cached_property
    def planning(self) -> PlanningService:
        from skpdesk.services.planning import PlanningService

        return PlanningService(self.store, self.access)

    @cached_property
    def drafting(self) -> DraftingService:
        from skpdesk.services.drafting import DraftingService

        return DraftingService(self.store, self.access)

    @cached_property
    def monitoring(self) -> MonitoringService:
        from skpdesk.services.monitoring import MonitoringService

        return MonitoringService(self.store, self.access)

    @cached_property
    def feedback(self) -> FeedbackService:
        from skpdesk.services.feedback import FeedbackService

        return FeedbackService(self.store, self.access)

    @cached_property
    def rating(self) -> RatingService:
        from skpdesk.services.rating import RatingService

        return RatingService(self.store, self.access)

    @cached_property
    def awards(self) -> AwardService:
        from skpdesk.services.awards import AwardService

        return AwardService(self.store, self.access)

    @cached_property
    def settings(self) -> SettingsService:
        from skpdesk.services.settings import SettingsService

        return SettingsService(self.store, self.access)

    @cached_property
    def tasks(self) -> TaskService:
        from skpdesk.services.tasks import TaskService

        return TaskService(self.store, self.access)

    @cached_property
    def people(self) -> PeopleService:
        from skpdesk.services.people import PeopleService

        return PeopleService(self.store, self.access)

    @cached_property
    def overview(self) -> OverviewService:
        from skpdesk.services.overview import OverviewService

        return OverviewService(self.store, self.access)

    @cached_property
    def cascade(self) -> CascadeService:
        from skpdesk.services.cascade import CascadeService

        return CascadeService(self.store, self.access)

    @cached_property
    def dashboard(self) -> DashboardService:
        from skpdesk.services.dashboard import DashboardService

        return DashboardService(self.store, self.access)

    @cached_property
    def documents(self) -> DocumentService:
        from skpdesk.services.documents import DocumentService

        return DocumentService(self.store, self.access)

    @cached_property
    def evaluation(self) -> EvaluationService:
        from skpdesk.services.evaluation import EvaluationService

        return EvaluationService(self.store, self.access)

    @classmethod
    def open(
        cls, folder: str | Path | None = None, *, create: bool = True, actor: Actor | None = None
    ) -> Workspace:
        """Open (and create or migrate) a workspace. ``actor`` None: nobody signed in yet, every
        write is refused until ``sign_in``; the command line passes ``Actor.workspace()``."""
        return cls(open_store(resolve_workspace(folder), create=create), actor)

    @property
    def folder(self) -> Path:
        return self.store.folder

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- who is acting ---------------------------------------------------------------------------

    def role_choices(self, employee_id: str | None, today: dt.date | None = None) -> list[RoleChoice]:
        with self.store.reading() as s:
            return role_choices(s, employee_id, today or self.access.today())

    def sign_in(
        self,
        employee_id: str | None,
        role: Role,
        scope_unit_id: str | None = None,
        today: dt.date | None = None,
    ) -> Actor:
        """Act as a person in one of their roles; refused (and nothing changes) if they do not hold it."""
        with self.store.reading() as s:
            choices = role_choices(s, employee_id, today or self.access.today())
            name = ""
            if employee_id is not None:
                found = s.execute(
                    select(Employee.name).where(Employee.id == employee_id, Employee.deleted.is_(False))
                ).scalar()
                if found is None:
                    raise SkpError(Code.RECORD_NOT_FOUND, kind="employee", id=employee_id)
                name = found
        held = [c for c in choices if c.role is role]
        if not held:
            raise SkpError(Code.ROLE_NOT_HELD, name=name or "-", role=role.value)
        chosen = next((c for c in held if c.scope_unit_id == scope_unit_id), held[0])
        actor = Actor(employee_id, role, chosen.scope_unit_id, name)
        self.access.actor = actor
        return actor

    def employee_id_by_nip(self, text: str) -> str:
        from skpdesk.domain.nip import normalize_nip

        digits = normalize_nip(text)
        with self.store.reading() as s:
            found = s.execute(
                select(Employee.id).where(Employee.nip == digits, Employee.deleted.is_(False))
            ).scalar()
        if found is None:
            raise SkpError(Code.RECORD_NOT_FOUND, kind="employee", id=text)
        return str(found)

    def sign_out(self) -> None:
        self.access.actor = None

    def status(self) -> WorkspaceStatus:
        today = self.access.today()
        with self.store.reading() as s:
            years = s.execute(select(Period.year).where(Period.deleted.is_(False))).scalars().all()
            # seq is gap-free per device (models.recorder), so the highest is the count
            unsent = s.execute(select(func.max(Op.seq)).where(Op.node_id == self.store.node.node_id)).scalar()
        current = [y for y in years if y == today.year] or sorted(years)[-1:]
        # SYNC.md: no bundle is built yet, so every change made on this device counts as unsent;
        # the sync issue replaces this with "after the last bundle sent to each receiver".
        return WorkspaceStatus(current[0] if current else None, int(unsent or 0))

    def info(self) -> WorkspaceInfo:
        """Live (not deleted) rows per synced table, and the size of the op log."""
        with self.store.reading() as s:
            counts = {
                m.__tablename__: s.execute(
                    select(func.count()).select_from(m).where(m.__table__.c.deleted.is_(False))
                ).scalar_one()
                for m in SYNCED_MODELS
            }
            ops = s.execute(select(func.count()).select_from(Op)).scalar_one()
        return WorkspaceInfo(SCHEMA_HEAD, str(self.folder), counts, ops, self.store.node.node_id)

    def backup(self) -> Path:
        return self.store.backup("manual")

    def ops(self) -> list[OpRow]:
        with self.store.reading() as s:
            return [
                OpRow(*row)
                for row in s.execute(
                    select(
                        Op.op_id,
                        Op.node_id,
                        Op.seq,
                        Op.hlc,
                        Op.table_name,
                        Op.record_id,
                        Op.field,
                        Op.value,
                        Op.deps,
                    ).order_by(Op.node_id, Op.seq)
                ).all()
            ]

    def replay(self, ops: list[OpRow]) -> int:
        """Rebuild rows from an op log into this (empty) workspace; returns the rows written."""
        rows = materialize(ops)
        with self.store.transaction() as s:
            s.execute(insert(table_of(Op)), [vars(op) for op in ops])
            for table, table_rows in rows.items():
                s.execute(insert(table_of(MODEL_BY_TABLE[table])), table_rows)
        return sum(len(r) for r in rows.values())


def restore(folder: str | Path | None, source: str | Path) -> Path:
    """Replace the workspace's database with a backup; returns the safety backup."""
    return restore_workspace(resolve_workspace(folder), source)
