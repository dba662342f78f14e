"""Creating the QApplication the same way everywhere (window, self-test, CLI plots)."""

from __future__ import annotations

import os
import sys


def ensure_app(offscreen: bool = False):
    """Return the QApplication, creating it (offscreen when asked or when there is no display)."""
    if offscreen or (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
                     and not os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtWidgets
    app = QtWidgets.QApplication.instance()
    if app is None:
        app = QtWidgets.QApplication(sys.argv[:1])
        app.setApplicationName("Hopfield Explorer")
        app.setOrganizationName("HopfieldExplorer")
        app.setWindowIcon(app_icon())
    from .plotting.setup import configure_pyqtgraph
    configure_pyqtgraph()
    return app



def app_icon():
    """The window icon, from the package's resources."""
    from PySide6 import QtGui

    from ..resources_access import resource_path
    with resource_path("icons", "hopfield-explorer.png") as icon:
        return QtGui.QIcon(QtGui.QPixmap(str(icon)))


def freeze_startup_objects() -> None:
    """Exclude everything made so far (Qt wrappers, pyqtgraph items, numba's compiled kernels and
    their types) from Python's cyclic garbage collector: a full collection then scans only what
    was made since. Measured at 128 × 128: full collections of the running window took up to
    58 ms, each a pause of the event loop (they hold the GIL); frozen, a few ms. Frozen objects are
    still freed by reference counting. For the one window of the app, not for tests that make many."""
    import gc
    gc.collect()
    gc.freeze()


class _GuiThreadGC:
    users = 0
    collector = None


def collect_garbage_in_gui_thread(on: bool) -> None:
    """While a window is open, Python's cyclic garbage collector runs only in the GUI thread.

    Left automatic, a collection can start in any thread that allocates (the worker, an
    experiment's trials, the curve renderer) and free Qt objects of the GUI thread there; their
    destruction takes Qt's locks and then waits for the GIL, while the GUI thread holds the GIL and
    waits for the same lock: the window freezes for good (seen once in the stress test: a collection
    in an experiment's thread freeing a signal connection). pyqtgraph's GarbageCollector disables
    the automatic collection and collects from a GUI timer with the same thresholds. Calls nest
    (one per window); the last ``on=False`` stops the timer and re-enables the automatic
    collector once the window's threads have ended.
    """
    import gc

    from pyqtgraph.util.garbage_collector import GarbageCollector
    if on:
        _GuiThreadGC.users += 1
        if _GuiThreadGC.collector is None:
            _GuiThreadGC.collector = GarbageCollector(interval=0.1)
        return
    _GuiThreadGC.users = max(0, _GuiThreadGC.users - 1)
    if _GuiThreadGC.users == 0 and _GuiThreadGC.collector is not None:
        _GuiThreadGC.collector.timer.stop()
        _GuiThreadGC.collector = None
        gc.enable()
