"""The session saved every minute to the user's data folder, and restored after a crash.

A lock file marks a running app: if it is still there at the next start (with an autosave beside
it), the app ended abnormally and offers to restore the work. The file is written in the
background (``background/jobs.py``: one write at a time, the latest session wins) and atomically,
so a full disk never disturbs the lesson and the previous autosave stays whole.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from ..state.session import save_session
from .background.jobs import Jobs

INTERVAL_MS = 60_000


def autosave_dir() -> Path:
    d = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.AppDataLocation)
    return Path(d or Path.home() / ".hopfield-explorer")


def _write(ctx, path: Path, session) -> None:
    try:
        save_session(path, session)
    except OSError:
        pass  # a full disk must not disturb the lesson; the previous autosave stays whole


class Autosave(QtCore.QObject):
    """Autosave of the window ``win`` (started at once; :meth:`stop` on exit)."""

    def __init__(self, win, folder: Path | None = None):
        super().__init__(win)
        self.win = win
        self.folder = folder or autosave_dir()
        self.path = self.folder / "autosave.hopfield.json"
        self.lock = self.folder / "running.lock"
        self.restore_offer: QtWidgets.QMessageBox | None = None
        self._stopped = False
        self.jobs = Jobs("autosave", parent=self)
        self.timer = QtCore.QTimer(self)
        self.timer.timeout.connect(self.save_now)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            crashed = self.lock.exists() and self.path.exists()
            self.lock.write_text(str(os.getpid()))
        except OSError:
            self.jobs.shutdown()
            return  # no writable data folder: no autosave, the app works on
        self.timer.start(INTERVAL_MS)
        if crashed:
            box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Question, self.tr("Hopfield Explorer"),
                                        self.tr("The last session did not end normally. Restore the work saved "
                                                "automatically before it stopped?"),
                                        QtWidgets.QMessageBox.Yes | QtWidgets.QMessageBox.No, win)
            box.setAttribute(QtCore.Qt.WA_DeleteOnClose)
            box.accepted.connect(self.restore)
            self.restore_offer = box
            box.open()

    def active(self) -> bool:
        return self.timer.isActive()

    def save_now(self) -> bool:
        """Write the autosave file in the background (the session is taken now, in this thread)."""
        if not self.active():
            return False
        return self.jobs.submit("write", _write, self.path, self.win.session())

    def wait(self, timeout_ms: int = 5000) -> bool:
        """Wait for a write in progress (tests)."""
        return self.jobs.wait(timeout_ms)

    def restore(self) -> bool:
        return self.win.files.open_session(str(self.path), remember=False)  # not a file of the user's

    def stop(self, normal_exit: bool) -> None:
        """Stop saving; after a normal exit nothing is left to restore next time."""
        if self._stopped:
            return
        self._stopped = True
        self.timer.stop()
        self.jobs.shutdown()  # waits for a write in progress
        if normal_exit:
            for p in (self.lock, self.path):
                try:
                    p.unlink()
                except OSError:
                    pass
