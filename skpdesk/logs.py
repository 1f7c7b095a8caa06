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
