"""One save dialog for every export: it starts in the folder last used (by any of them) and adds
the file type's suffix the user did not type."""

from PySide6 import QtWidgets
from PySide6.QtCore import Qt


def test_every_save_dialog_starts_in_the_last_folder_and_adds_the_suffix(window, qtbot, tmp_path, monkeypatch):
    asked = []

    def fake_save(parent, title, folder, filters):
        asked.append((folder, filters))
        return str(tmp_path / f"out{len(asked)}"), ""

    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", fake_save)
    monkeypatch.setattr(QtWidgets.QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    window.controller.run()
    qtbot.waitUntil(lambda: window.last_frame.time >= 1, timeout=20000)
    window.files.export_csv_dialog()  # File ▸ Export curves as CSV
    assert (tmp_path / "out1.csv").exists()
    window.files.save_session_dialog()
    assert (tmp_path / "out2.hopfield.json").exists()
    window.files.save_patterns_dialog()
    assert (tmp_path / "out3.json").exists()
    window.tabs.setCurrentWidget(window.weights)
    qtbot.mouseClick(window.weights.export_button, Qt.LeftButton)
    assert (tmp_path / "out4.png").exists()
    assert [f for f, _ in asked[1:]] == [str(tmp_path)] * 3  # each starts where the last one saved
