"""Logging: a rotating file in the user log folder (or the workspace), ids only, never NIPs."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from skpdesk.paths import log_dir

_configured: list[Path] = []


def setup_logging(folder: Path | None = None) -> Path:
    """Configure the root logger once; returns the log file path."""
    if _configured:
        return _configured[0]
    target = folder or log_dir()
    try:
        target.mkdir(parents=True, exist_ok=True)
        path = target / "skpdesk.log"
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:  # no writable log folder: keep going, log to stderr
        path = Path("<stderr>")
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _configured.append(path)
    return path


def use_workspace_log(workspace: Path) -> Path:
    """From now on, log to the open workspace's own file (``<workspace>/logs/skpdesk.log``)."""
    target = workspace / "logs"
    try:
        target.mkdir(parents=True, exist_ok=True)
        path = target / "skpdesk.log"
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return _configured[0] if _configured else Path("<stderr>")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_skpdesk_workspace", False)]:
        root.removeHandler(old)
        old.close()
    handler._skpdesk_workspace = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def current_log_file() -> Path | None:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.FileHandler) and getattr(handler, "_skpdesk_workspace", False):
            return Path(handler.baseFilename)
    return _configured[0] if _configured else None
