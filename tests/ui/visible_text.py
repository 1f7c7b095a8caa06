"""Collect every string a person can see in a widget tree (for the language test)."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

TAG = re.compile(r"<[^>]+>")


def _clean(text: str) -> str:
    text = TAG.sub(" ", text).replace("&nbsp;", " ").replace("&amp;", "&")
    text = re.sub(r"&(?=\w)", "", text)  # mnemonics
    return " ".join(text.split())


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for labels, buttons, titles, tabs, placeholders, tooltips, headers, menus."""
    found: list[tuple[str, str]] = []

    def add(where: QWidget, text: str) -> None:
        cleaned = _clean(text)
        if cleaned:
            found.append((f"{type(where).__name__}#{where.objectName()}", cleaned))

    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root and not isinstance(w, QMenu):
            continue
        if w.isWindow():
            add(w, w.windowTitle())
        if w.toolTip():
            add(w, w.toolTip())
        if isinstance(w, (QLabel, QAbstractButton)):
            add(w, w.text())
        elif isinstance(w, QGroupBox):
            add(w, w.title())
        elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            add(w, w.placeholderText())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w, w.tabText(i))
                add(w, w.tabToolTip(i))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(w, w.itemText(i))
        elif isinstance(w, QMenu):
            add(w, w.title())
            for action in w.actions():
                add(w, action.text())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:
                columns = 1
            for c in range(columns):
                add(w, str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
            rows = min(model.rowCount(QModelIndex()), 30)
            for r in range(rows):
                for c in range(columns):
                    add(w, str(model.index(r, c).data() or ""))
    return found
