import numpy as np
from PySide6 import QtCore


def test_autosave_and_restore_after_abnormal_exit(qtbot, tmp_path, monkeypatch):
    from hopfield_gui.gui.window import MainWindow
    monkeypatch.setattr(MainWindow, "autosave_dir", staticmethod(lambda: tmp_path / "data"))
    win = MainWindow(autosave=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.last_frame is not None, timeout=20000)
    assert win.restore_offer is None  # a first start: nothing to restore
    win.add_text("Z")
    win.autosave_now().join(5)
    saved = tmp_path / "data" / "autosave.hopfield.json"
    assert saved.exists() and (tmp_path / "data" / "running.lock").exists()
    names = [e.name for e in win.library.entries]
    # an abnormal exit: the window disappears without its shutdown (the lock file stays)
    win._autosave_timer.stop()
    win._autosave_timer = None
    win.close()
    assert (tmp_path / "data" / "running.lock").exists()

    win2 = MainWindow(autosave=True)
    qtbot.addWidget(win2)
    win2.show()
    assert win2.restore_offer is not None and win2.restore_offer.isVisible()
    from PySide6.QtWidgets import QMessageBox
    win2.restore_offer.button(QMessageBox.Yes).click()
    assert [e.name for e in win2.library.entries] == names
    win2.close()  # a normal exit: no lock, no autosave left
    assert not (tmp_path / "data" / "running.lock").exists() and not saved.exists()
