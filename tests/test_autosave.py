"""Each window autosaves its own file under its own lock; the work of a window that did not end
normally is offered back at the next start, never written over before the user answers, kept when
the user says "Later", and a failing autosave says so once."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt

from hopfield_gui.gui import autosave


@pytest.fixture
def data(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setattr(autosave, "autosave_dir", lambda: folder)
    return folder


def open_window(qtbot, letters="ABC"):
    from hopfield_gui.gui.window import MainWindow
    win = MainWindow(autosave=True)
    qtbot.addWidget(win)
    win.load_demo(letters)
    win.show()
    qtbot.waitUntil(lambda: win.last_frame is not None, timeout=20000)
    return win


def saved(win, qtbot):
    assert win.autosave.save_now()
    qtbot.waitUntil(lambda: not win.autosave.jobs.busy(), timeout=5000)  # written, its result handed back


def crash(win):
    """What a crash leaves: the autosave file, and a lock whose process is gone."""
    win.autosave.stop(normal_exit=False)
    win.close()


def names(win):
    return [e.name for e in win.library.entries]


def sessions(folder):
    return sorted(p.name for p in folder.glob("session-*.hopfield.json"))


def test_crashed_work_is_offered_and_not_overwritten_while_the_question_is_open(data, qtbot):
    win = open_window(qtbot, "XYZW")
    saved(win, qtbot)
    crashed = names(win)
    crash(win)

    win2 = open_window(qtbot, "AB")  # the new session's own work
    offer = win2.autosave.restore_offer
    assert offer is not None and offer.isVisible() and offer.list.count() == 1
    assert "4 patterns" in offer.list.item(0).text()
    for _ in range(3):  # the question stays open longer than several autosave intervals
        saved(win2, qtbot)
    assert len(sessions(data)) == 2  # the crashed file is still there, untouched
    qtbot.mouseClick(offer.restore_button, Qt.LeftButton)
    assert names(win2) == crashed
    assert len(sessions(data)) == 1  # restored, then saved in win2's own file: the orphan has gone
    win2.close()  # a normal exit: nothing left to offer
    assert sessions(data) == [] and not list(data.glob("*.lock"))


def test_two_windows_at_once_keep_their_own_files(data, qtbot):
    a = open_window(qtbot, "AB")
    b = open_window(qtbot, "CDE")
    assert a.autosave.restore_offer is None and b.autosave.restore_offer is None  # a running window is no crash
    saved(a, qtbot)
    saved(b, qtbot)
    assert len(sessions(data)) == 2 and a.autosave.path != b.autosave.path
    b_names = names(b)
    crash(b)
    a.close()  # a normal exit deletes a's files only
    assert sessions(data) == [b.autosave.path.name]
    c = open_window(qtbot)
    assert c.autosave.restore_offer is not None
    qtbot.mouseClick(c.autosave.restore_offer.restore_button, Qt.LeftButton)
    assert names(c) == b_names


def test_several_crashes_are_all_offered_later_keeps_them_discard_deletes_one(data, qtbot):
    for letters in ("AB", "CDE", "FGHI"):
        w = open_window(qtbot, letters)
        saved(w, qtbot)
        crash(w)
    win = open_window(qtbot)
    offer = win.autosave.restore_offer
    assert offer.list.count() == 3
    qtbot.mouseClick(offer.later_button, Qt.LeftButton)
    saved(win, qtbot)
    assert len(sessions(data)) == 4  # kept (and win's own)
    crash(win)
    win = open_window(qtbot)
    offer = win.autosave.restore_offer
    assert offer.list.count() == 4  # offered again, with the one that has just crashed
    offer.list.setCurrentRow(1)
    qtbot.mouseClick(offer.discard_button, Qt.LeftButton)
    assert offer.list.count() == 3 and len(sessions(data)) == 3
    offer.reject()
    win.close()
    assert len(sessions(data)) == 3


def test_a_second_window_does_not_offer_what_the_first_is_offering(data, qtbot):
    w = open_window(qtbot)
    saved(w, qtbot)
    crash(w)
    first = open_window(qtbot)
    assert first.autosave.restore_offer.list.count() == 1
    second = open_window(qtbot)
    assert second.autosave.restore_offer is None  # held by the first's question
    first.autosave.restore_offer.reject()  # Later
    second.menus.recover.trigger()  # File ▸ Recover autosaved work
    assert second.autosave.restore_offer is not None and second.autosave.restore_offer.list.count() == 1


def test_work_of_a_killed_process_is_offered(data, qtbot, tmp_path):
    """kill -9 of a real process that holds its lock and has written its autosave."""
    code = textwrap.dedent(f"""
        import sys, time
        from PySide6 import QtCore
        from hopfield_gui.gui.autosave import _lock
        from hopfield_gui.state.session import Session, save_session
        import numpy as np
        folder = __import__("pathlib").Path({str(data)!r}); folder.mkdir(parents=True, exist_ok=True)
        lock = _lock(folder / "session-killed.lock"); assert lock.tryLock(0)
        from hopfield_gui.state.params import ExplorerParams
        p = np.ones((2, 25), np.int8)
        save_session(folder / "session-killed.hopfield.json", Session(5, 5, ["K1", "K2"], p, [True, True],
                     p[0].copy(), ExplorerParams()))
        print("ready", flush=True)
        time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        alive = open_window(qtbot)
        assert alive.autosave.restore_offer is None  # its process still runs: not a crash
        alive.close()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        win = open_window(qtbot)
        offer = win.autosave.restore_offer
        assert offer is not None and "2 patterns" in offer.list.item(0).text()
        qtbot.mouseClick(offer.restore_button, Qt.LeftButton)
        assert names(win) == ["K1", "K2"]
    finally:
        proc.kill()
        proc.wait(10)


def test_a_failing_autosave_says_so_once(data, qtbot, monkeypatch):
    win = open_window(qtbot)
    shown = []
    monkeypatch.setattr(win, "show_error", shown.append)
    win.autosave.failed.disconnect()
    win.autosave.failed.connect(shown.append)
    win.autosave.path.mkdir()  # the file cannot be written: a folder stands in its way
    saved(win, qtbot)
    saved(win, qtbot)
    assert len(shown) == 1 and "automatic save failed" in shown[0] and win.autosave.path.name in shown[0]
    win.autosave.path.rmdir()
    saved(win, qtbot)  # works again…
    assert win.autosave.path.is_file()
    win.autosave.path.unlink()
    win.autosave.path.mkdir()
    saved(win, qtbot)  # …so a new failure is said again
    assert len(shown) == 2
    win.autosave.path.rmdir()


def test_a_damaged_autosave_is_listed_with_the_reason_and_kept(data, qtbot):
    data.mkdir(parents=True)
    (data / "session-damaged.hopfield.json").write_text("[" * 5000)
    win = open_window(qtbot)
    offer = win.autosave.restore_offer
    assert "cannot be read" in offer.list.item(0).text() and "nested" in offer.list.item(0).toolTip()
    shown = []
    win.show_error = shown.append
    qtbot.mouseClick(offer.restore_button, Qt.LeftButton)
    assert shown and offer.isVisible()  # said why; still there to discard
    assert (data / "session-damaged.hopfield.json").exists()


def test_an_older_versions_autosave_is_offered_too(data, qtbot):
    w = open_window(qtbot, "QRS")
    saved(w, qtbot)
    crash(w)
    (data / sessions(data)[0]).rename(data / "autosave.hopfield.json")
    (data / "running.lock").write_text("999999999")  # that process has gone
    win = open_window(qtbot)
    qtbot.mouseClick(win.autosave.restore_offer.restore_button, Qt.LeftButton)
    assert names(win) == ["Q", "R", "S"]
    assert not (data / "running.lock").exists()
