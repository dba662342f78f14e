import os

# Headless Qt: must be set before Qt is imported anywhere (without it, Qt aborts the whole run).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import pytest  # noqa: E402


from PySide6 import QtCore, QtGui, QtWidgets  # noqa: E402 (after the platform is chosen)
from PySide6.QtCore import Qt  # noqa: E402


# --- helpers shared by the GUI tests -------------------------------------------------------------
def mouse(widget, kind, pos, button, buttons):
    ev = QtGui.QMouseEvent(kind, QtCore.QPointF(pos), QtCore.QPointF(widget.mapToGlobal(pos)),
                           button, buttons, Qt.NoModifier)
    QtWidgets.QApplication.sendEvent(widget, ev)


def drag(widget, points, button=Qt.LeftButton):
    """Press at the first point, move through the others with the button held, release."""
    mouse(widget, QtCore.QEvent.MouseButtonPress, points[0], button, button)
    for p in points[1:]:
        mouse(widget, QtCore.QEvent.MouseMove, p, Qt.NoButton, button)
    mouse(widget, QtCore.QEvent.MouseButtonRelease, points[-1], button, Qt.NoButton)


def wait_frame(qtbot, win, cond, timeout=15000):
    """Wait for a frame of ``win`` for which ``cond(frame)`` holds; return it."""
    qtbot.waitUntil(lambda: win.last_frame is not None and cond(win.last_frame), timeout=timeout)
    return win.last_frame


def plot_colour_at(pw, x, y):
    """The colour on screen of the plot widget ``pw`` at the data point (x, y)."""
    vb = pw.getPlotItem().getViewBox()
    p = pw.mapFromScene(vb.mapViewToScene(QtCore.QPointF(x, y)))
    return pw.grab().toImage().pixelColor(p)


def close_to(colour, hex_colour, tol=40):
    ref = QtGui.QColor(hex_colour)
    return max(abs(colour.red() - ref.red()), abs(colour.green() - ref.green()), abs(colour.blue() - ref.blue())) <= tol


def wait_sweeps(qtbot, win, sweeps: float, timeout=30000):
    """Wait until the running network has done ``sweeps`` more sweeps (not a time: a slow machine
    waits longer, a fast one less)."""
    t0 = win.last_frame.time
    return wait_frame(qtbot, win, lambda f: f.time >= t0 + sweeps, timeout)


@pytest.fixture(autouse=True, scope="session")
def settings_in_a_temporary_folder(tmp_path_factory):
    """QSettings never touch the real user's settings during tests."""
    folder = tmp_path_factory.mktemp("settings")
    QtCore.QSettings.setDefaultFormat(QtCore.QSettings.IniFormat)
    for scope in (QtCore.QSettings.UserScope, QtCore.QSettings.SystemScope):
        QtCore.QSettings.setPath(QtCore.QSettings.IniFormat, scope, str(folder))
    QtCore.QCoreApplication.setOrganizationName("HopfieldExplorerTests")
    QtCore.QCoreApplication.setApplicationName("Hopfield Explorer")
    yield folder


@pytest.fixture(autouse=True)
def no_leftover_threads_or_timers(request, monkeypatch):
    """Fail any test that leaves a QThread or QTimer running (after its widgets are closed)."""
    if "qtbot" not in request.fixturenames and "window" not in request.fixturenames:
        yield
        return
    threads, timers = [], []
    orig_thread_start, orig_timer_start = QtCore.QThread.start, QtCore.QTimer.start

    def thread_start(self, *a, **k):
        threads.append(self)
        return orig_thread_start(self, *a, **k)

    def timer_start(self, *a, **k):
        timers.append(self)
        return orig_timer_start(self, *a, **k)

    monkeypatch.setattr(QtCore.QThread, "start", thread_start)
    monkeypatch.setattr(QtCore.QTimer, "start", timer_start)
    yield
    alive = [t for t in threads if _safe(t.isRunning)]
    here = QtCore.QThread.currentThread()
    active = [t for t in timers if _safe(lambda t=t: t.isActive() and t.thread() is here)]
    assert not alive, f"{len(alive)} QThread(s) still running after the test"
    from hopfield_gui.gui.background.jobs import Jobs
    assert not Jobs.left_open(), f"background jobs not shut down after the test: {Jobs.left_open()}"
    assert not active, f"{len(active)} QTimer(s) still active after the test: " + ", ".join(
        f"{type(t.parent()).__name__ if t.parent() else None}/{t.interval()} ms" for t in active)


def laid_out() -> None:
    """Every posted event handled — layout requests, zero-time single shots, the relayouts they post —
    until none is left: what a fixed wait once stood for before a layout was measured."""
    app = QtWidgets.QApplication.instance()
    for _ in range(5):
        QtCore.QCoreApplication.sendPostedEvents()
        app.processEvents()


def _safe(fn):
    try:
        return fn()
    except RuntimeError:  # the C++ object is already deleted: not running
        return False


def open_window(qtbot):
    """The window as a student opens it: a 20 × 20 grid with the letters A, B, C stored, a fixed
    seed (reproducible cues), the first frame arrived."""
    from hopfield_gui.gui.window import MainWindow

    win = MainWindow()
    win.controls.seed_check.setChecked(True)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitUntil(lambda: win.last_frame is not None and win.last_frame.k == 3, timeout=20000)
    return win


@pytest.fixture
def window(qtbot):
    win = open_window(qtbot)
    yield win
    win.close()
