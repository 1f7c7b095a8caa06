"""Alembic environment: run on the connection the workspace passes in (STYLE.md section 3)."""

from __future__ import annotations

from alembic import context

from skpdesk.models import tables  # noqa: F401  (registers every table on the metadata)
from skpdesk.models.base import Base

config = context.config
connection = config.attributes.get("connection")

if connection is None:  # offline / autogenerate from the command line against a scratch file
    from sqlalchemy import create_engine

    url = config.get_main_option("sqlalchemy.url") or "sqlite:///:memory:"
    with create_engine(url).connect() as conn:
        context.configure(connection=conn, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
