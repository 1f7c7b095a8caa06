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


def test_a_0001_workspace_opens_migrated_with_its_data_and_a_backup(tmp_path: Path) -> None:
    """A workspace written by the first release (schema 0001) keeps its rows after the upgrade."""
    from alembic import command

    from skpdesk.models.migrate import alembic_config
    from skpdesk.models.store import DB_NAME, open_store

    folder = tmp_path / "old"
    open_store(folder).close()  # a workspace as it is made today, then taken back to 0001
    url = f"sqlite:///{folder / DB_NAME}"
    engine = create_engine(url)
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
        conn.exec_driver_sql(
            "INSERT INTO org_unit"
            " (id, updated_at, origin, deleted, name, short_name, kind, mandiri, sort_order)"
            " VALUES ('u1', '', '', 0, 'BKPSDM', '', 'opd', 0, 0)"
        )
    engine.dispose()
    store = open_store(folder)
    try:
        with store.reading() as s:
            assert s.connection().exec_driver_sql("SELECT name FROM org_unit").scalar() == "BKPSDM"
            assert s.connection().exec_driver_sql("SELECT count(*) FROM role_grant").scalar() == 0
            assert (
                s.connection().exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
                == SCHEMA_HEAD
            )
    finally:
        store.close()
    assert any("0001" in p.name for p in (folder / "backups").iterdir())
