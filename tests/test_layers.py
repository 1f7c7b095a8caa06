"""ARCHITECTURE.md "Layers": the UI and CLI never write SQL; the domain has no I/O, Qt or ORM."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "skpdesk"


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("ui", ("sqlalchemy", "skpdesk.models")),
        ("cli", ("sqlalchemy", "skpdesk.models")),
        (
            "domain",
            ("sqlalchemy", "PySide6", "skpdesk.models", "skpdesk.services", "os", "pathlib", "sqlite3"),
        ),
    ],
)
def test_layer_boundaries(layer: str, forbidden: tuple[str, ...]) -> None:
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for module in imported_modules(path):
            if any(module == f or module.startswith(f + ".") for f in forbidden):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert offenders == []
