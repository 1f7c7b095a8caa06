"""Engine and session factory for a workspace database (SQLite file, or PostgreSQL by URL)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def sqlite_url(path: str) -> URL:
    """A URL object, not a string: a folder named with "?" or "#" would be cut at that character."""
    return URL.create("sqlite", database=path)


def make_engine(url: str | URL) -> Engine:
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
    return engine


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")  # SYNC.md "Crash safety"
        cursor.execute("PRAGMA busy_timeout=2000")
    finally:
        cursor.close()


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
