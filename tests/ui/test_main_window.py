"""The first main window shows the organisation and the workspace's contents, in Indonesian."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from skpdesk.messages import install_translator
from skpdesk.services.access import Actor
from skpdesk.services.workspace import Workspace
from skpdesk.ui.main_window import MainWindow


def test_main_window_shows_the_demo(qtbot: QtBot, demo_folder: Path, tmp_path: Path) -> None:
    install_translator("id")
    with Workspace.open(demo_folder, actor=Actor.workspace()) as ws:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        assert window.tree.topLevelItemCount() == 1
        root = window.tree.topLevelItem(0)
        assert root.text(0).startswith("Pemerintah Kabupaten")
        assert root.childCount() > 10
        assert int(root.text(1).replace(".", "")) == ws.info().counts["employee"]  # subtree totals
        labels = [window.counts.item(r, 0).text() for r in range(window.counts.rowCount())]
        assert "Pegawai" in labels and "Rencana SKP" in labels
        assert window.tree.headerItem().text(0) == "Organisasi"
        employees = labels.index("Pegawai")
        assert int(window.counts.item(employees, 1).text().replace(".", "")) == ws.info().counts["employee"]
        window.grab().save(str(tmp_path / "main_window.png"))
