"""The session is saved in the background; after an abnormal exit the next start offers it back."""


def test_autosave_and_restore_after_abnormal_exit(qtbot, tmp_path, monkeypatch):
    from hopfield_gui.gui import autosave
    from hopfield_gui.gui.window import MainWindow
    monkeypatch.setattr(autosave, "autosave_dir", lambda: tmp_path / "data")
    win = MainWindow(autosave=True)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.last_frame is not None, timeout=20000)
    assert win.autosave.restore_offer is None  # a first start: nothing to restore
    win.files.add_text("Z")
    assert win.autosave.save_now()
    assert win.autosave.wait(5000)
    saved = tmp_path / "data" / "autosave.hopfield.json"
    assert saved.exists() and (tmp_path / "data" / "running.lock").exists()
    names = [e.name for e in win.library.entries]
    # an abnormal exit: the autosave stops without cleaning up (the lock file stays)
    win.autosave.stop(normal_exit=False)
    win.close()
    assert (tmp_path / "data" / "running.lock").exists()

    win2 = MainWindow(autosave=True)
    qtbot.addWidget(win2)
    win2.show()
    assert win2.autosave.restore_offer is not None and win2.autosave.restore_offer.isVisible()
    from PySide6.QtWidgets import QMessageBox
    win2.autosave.restore_offer.button(QMessageBox.Yes).click()
    assert [e.name for e in win2.library.entries] == names
    win2.close()  # a normal exit: no lock, no autosave left
    assert not (tmp_path / "data" / "running.lock").exists() and not saved.exists()
