"""The last resort: an exception nobody caught (a bug) is shown in a message box and appended to a
log file, instead of a traceback on a terminal the teacher never sees (Qt hands exceptions raised in
slots to ``sys.excepthook``). The app goes on: the work is autosaved, and the box says where the
details are for a bug report."""

from __future__ import annotations

import datetime
import sys
import threading
import traceback
from pathlib import Path

from PySide6 import QtCore, QtWidgets

MAX_LOG_BYTES = 1 << 20  # the log keeps its last megabyte


def log_path() -> Path:
    from .autosave import autosave_dir
    return autosave_dir() / "errors.log"


def _append(text: str) -> Path | None:
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
            keep = path.read_bytes()[-MAX_LOG_BYTES // 2:]
            path.write_bytes(keep)
        with open(path, "a", encoding="utf-8") as f:
            f.write(f"--- {datetime.datetime.now().isoformat(timespec='seconds')}\n{text}\n")
        return path
    except OSError:
        return None  # nowhere to log: the box still says what happened


class _Hook:
    def __init__(self):
        self.box: QtWidgets.QMessageBox | None = None
        self.count = 0

    def __call__(self, etype, value, tb) -> None:
        if issubclass(etype, KeyboardInterrupt):
            sys.__excepthook__(etype, value, tb)
            return
        text = "".join(traceback.format_exception(etype, value, tb))
        if sys.__stderr__ is not None:
            sys.__stderr__.write(text)
        path = _append(text)
        self.count += 1
        app = QtWidgets.QApplication.instance()
        if app is None or QtCore.QThread.currentThread() is not app.thread():
            return
        if self.box is not None:  # one box at a time: the same bug in a timer would open hundreds
            return
        where = (QtCore.QCoreApplication.translate("Crash", "The details are in {path}.").format(path=path)
                 if path else "")
        msg = QtCore.QCoreApplication.translate(
            "Crash", "Something went wrong inside Hopfield Explorer ({error}). The app goes on and your work is "
                     "saved automatically; if it happens again, save your session and restart. {where}").format(
            error=f"{etype.__name__}: {value}"[:300], where=where)
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Critical, "Hopfield Explorer", msg,
                                    QtWidgets.QMessageBox.Ok, app.activeWindow())
        box.setDetailedText(text)
        box.setAttribute(QtCore.Qt.WA_DeleteOnClose)
        box.destroyed.connect(self._closed)
        self.box = box
        box.open()

    def _closed(self, *_):
        self.box = None


hook = _Hook()


def install() -> None:
    """Make :data:`hook` the handler of uncaught exceptions (the GUI thread's; other threads: logged)."""
    sys.excepthook = hook
    threading.excepthook = lambda a: (_append("".join(traceback.format_exception(a.exc_type, a.exc_value,
                                                                                 a.exc_traceback))))
