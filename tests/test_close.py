"""Closing at the worst moment: the long work in the background is interrupted, every thread has
ended when the window is gone, and the program exits normally (no "Destroyed while thread" abort).

How long closing takes is printed (``closed_in``) and measured in benchmarks, not asserted here."""

import os
import subprocess
import sys
import textwrap
import time

SCRIPT = textwrap.dedent("""
    import sys, time
    import numpy as np
    from hopfield_gui.gui.qtapp import ensure_app
    from hopfield_gui.gui.selftest import _wait
    app = ensure_app(True)
    from hopfield_gui.gui.window import MainWindow
    from hopfield_gui.state.library import PatternEntry
    win = MainWindow(); win.show()
    _wait(app, lambda: win.last_frame is not None, 20)
    what = sys.argv[1]
    if what == "run":
        win.controls.set_beta(3.0); win.controller.toggle_run()
        _wait(app, lambda: win.last_frame.running and win.last_frame.time > 5, 20)
    elif what == "experiment":
        ex = win.experiments; ex.fields["capacity"]["n"].setValue(4000); ex.fields["capacity"]["trials"].setValue(100)
        ex.start(); _wait(app, lambda: ex.progress_bar.value() >= 1, 30)
    elif what == "storkey":
        rng = np.random.default_rng(0)
        win.controls.rows_spin.setValue(70); win.controls.cols_spin.setValue(70)
        win.library.replace_all(70, 70, [PatternEntry(f"R{i}", p, True) for i, p in
                                         enumerate(rng.choice(np.array([-1, 1], np.int8), size=(300, 4900)))])
        win.controls.rule_combo.setCurrentIndex(1)   # a Storkey build of several seconds starts
        _wait(app, lambda: False, 0.5)
    t = time.perf_counter()
    win.close()
    app.processEvents()
    print(f"closed_in={time.perf_counter() - t:.3f}")
    print(f"worker_ended={int(win.controller.sim.thread.isFinished())}")
    print(f"experiments_ended={int(not win.experiments.busy())}")
    print(f"build_interrupted={int(win.controller.sim.build_interrupted.is_set())}")
    res = win.experiments.last_result
    print(f"experiment_unfinished={int(res is None or res.cancelled)}")
""")


def run(what):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", SCRIPT, what], capture_output=True, text=True, timeout=120, env=env)
    return r, time.perf_counter() - t


def report(r) -> dict:
    out = dict(x.split("=", 1) for x in r.stdout.splitlines() if "=" in x)
    assert "closed_in" in out, r.stdout + r.stderr
    return out


def ended_cleanly(r) -> dict:
    assert r.returncode == 0, r.stderr
    assert "Destroyed while thread" not in r.stderr
    out = report(r)
    assert out["worker_ended"] == "1" and out["experiments_ended"] == "1", out
    return out


def test_close_while_running():
    r, _ = run("run")
    ended_cleanly(r)


def test_close_during_an_experiment():
    r, _ = run("experiment")
    out = ended_cleanly(r)
    assert out["experiment_unfinished"] == "1"  # 30 loads × 100 trials at N = 4000: cancelled, not awaited


def test_close_during_a_long_storkey_build():
    r, _ = run("storkey")
    out = ended_cleanly(r)
    assert out["build_interrupted"] == "1"  # 300 patterns at N = 4900: given up, not awaited


def test_garbage_is_collected_only_in_the_gui_thread_while_a_window_is_open(window, qtbot):
    """A cyclic collection in another thread can free the GUI's Qt objects there and deadlock
    (Qt lock vs GIL); with a window open, collections happen in the GUI thread only, and garbage
    made in other threads is still collected."""
    import gc
    import threading
    import weakref

    assert not gc.isenabled()
    where = []

    def note(phase, info):
        if phase == "start":
            where.append(threading.get_ident())

    class Node:
        pass

    refs = []

    def make_garbage():  # cycles made in another thread, more than a generation's threshold
        for _ in range(5000):
            a, b = Node(), Node()
            a.other, b.other = b, a
            refs.append(weakref.ref(a))

    gc.callbacks.append(note)
    try:
        t = threading.Thread(target=make_garbage)
        t.start()
        t.join()
        qtbot.waitUntil(lambda: all(r() is None for r in refs), timeout=5000)
        from PySide6.QtCore import Qt
        qtbot.keyClick(window, Qt.Key_R)  # back to the noisy cue: a run with sweeps to show
        qtbot.keyClick(window, Qt.Key_Space)  # the worker and the renderer at work too
        qtbot.waitUntil(lambda: window.last_frame.time >= 1 and not window.last_frame.running, timeout=10000)
    finally:
        gc.callbacks.remove(note)
    assert where and set(where) == {threading.main_thread().ident}
    window.close()
    assert gc.isenabled()  # given back once the window's threads have ended
