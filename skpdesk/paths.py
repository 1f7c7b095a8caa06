"""Where a workspace lives when none is named (ARCHITECTURE.md "A workspace")."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "SKP Desk"
APP_AUTHOR = "skpdesk"
ENV_WORKSPACE = "SKPDESK_WORKSPACE"


def default_workspace() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "workspace"


def resolve_workspace(option: str | os.PathLike[str] | None = None) -> Path:
    """``--workspace DIR`` first, then ``SKPDESK_WORKSPACE``, then the platform's data folder."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get(ENV_WORKSPACE)
    if env:
        return Path(env).expanduser()
    return default_workspace()


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
