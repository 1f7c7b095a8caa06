"""One Alembic head, equal to what the code writes, and no drift between models and migrations."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from skpdesk.models.base import KNOWN_REVISIONS, SCHEMA_HEAD, Base
from skpdesk.models.migrate import head_revision, known_revisions, upgrade_to_head


def test_single_head_matches_code() -> None:
    assert head_revision() == SCHEMA_HEAD
    assert sorted(known_revisions()) == sorted(KNOWN_REVISIONS)


def test_migrations_match_models(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'm.sqlite'}")
    upgrade_to_head(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
