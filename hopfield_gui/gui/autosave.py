"""The session saved every minute to the user's data folder, and offered back after a crash.

Each window has its own autosave file and its own lock, ``session-<id>.hopfield.json`` and
``session-<id>.lock``, so two windows open at once never write over each other or delete each
other's work. The lock is a :class:`QLockFile`: it records the process id, and Qt treats it as stale
once that process has died. So at the next start an autosave file whose lock can be taken is the
work of a window that did not end normally (a normal exit deletes both files), and every such
file is offered back (``recovery.py``). While the question is open its lock is held, so no other
window offers it too; nothing deletes or writes over it until the user has answered, and "Later"
keeps it for the next start (or File ▸ Recover autosaved work).

The file is written in the background (``background/jobs.py``: one write at a time, the latest
session wins) and atomically (``core/writing.py``), so a full disk never disturbs the lesson and
the previous autosave stays whole; the first failure is said once, in a message box, and again only
after a write has succeeded in between.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6 import QtCore, QtWidgets

from ..state.session import save_session
from .background.jobs import Jobs
from .i18n.messages import explain

INTERVAL_MS = 60_000
PREFIX, SUFFIX, LOCK = "session-", ".hopfield.json", ".lock"


def autosave_dir() -> Path:
    d = QtCore.QStandardPaths.writableLocation(QtCore.QStandardPaths.AppDataLocation)
    return Path(d or Path.home() / ".hopfield-explorer")


def _lock(path: Path) -> QtCore.QLockFile:
    lock = QtCore.QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age: a lesson may last hours
    return lock


@dataclass
class Orphan:
    """The autosave of a window that did not end normally, its lock held while it is offered."""

    path: Path
    lock: QtCore.QLockFile

    def release(self) -> None:
        """Let go of it, the file kept (offered again at the next start)."""
        self.lock.unlock()

    def discard(self) -> None:
        """Delete the file, then its lock."""
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
        self.lock.unlock()


def _adopt_legacy(folder: Path) -> None:
    """Versions before per-window files kept one ``autosave.hopfield.json`` beside a ``running.lock``
    holding the process id: left by a process that has gone, it is renamed to be offered like the others."""
    old, lock = folder / "autosave.hopfield.json", folder / "running.lock"
    try:
        if not (old.is_file() and lock.is_file()):
            return
        pid = int(lock.read_text(encoding="ascii", errors="replace").strip() or 0)
        if pid > 0:
            try:
                os.kill(pid, 0)
                return  # that old version is still running
            except ProcessLookupError:
                pass
            except OSError:
                return  # alive, owned by someone else
        os.replace(old, folder / f"{PREFIX}legacy-{uuid.uuid4().hex[:8]}{SUFFIX}")
        lock.unlink()
    except (OSError, ValueError):
        pass  # an unreadable old lock: leave the old files alone


def find_orphans(folder: Path, own: Path | None = None) -> list[Orphan]:
    """The autosaves in ``folder`` whose window has gone (their locks taken and held), newest first."""
    _adopt_legacy(folder)
    found = []
    try:
        paths = sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return []
    for p in paths:
        if p == own or not p.is_file():
            continue
        lock = _lock(p.with_name(p.name[: -len(SUFFIX)] + LOCK))
        if lock.tryLock(0):
            found.append(Orphan(p, lock))
    return found


def _write(ctx, path: Path, session) -> None:
    save_session(path, session)  # atomic: a failure (WriteError) leaves the previous autosave whole


class Autosave(QtCore.QObject):
    """Autosave of the work ``session()`` returns (started at once; :meth:`stop` on exit); an orphan
    chosen in the recovery dialog (over ``parent``) is opened by ``open_session(path)``, which says
    whether it could be. ``failed`` carries the message of a write that failed (shown once by the window)."""

    failed = QtCore.Signal(str)

    def __init__(self, parent: QtWidgets.QWidget, session: Callable[[], object],
                 open_session: Callable[[str], bool], folder: Path | None = None):
        super().__init__(parent)
        self._dialog_parent = parent
        self._session = session
        self._open_session = open_session
        self.folder = folder or autosave_dir()
        name = f"{PREFIX}{uuid.uuid4().hex[:12]}"
        self.path = self.folder / (name + SUFFIX)
        self.lock = _lock(self.folder / (name + LOCK))
        self.restore_offer = None  # the recovery dialog while it is open
        self._stopped = False
        self._warned = False
        self.jobs = Jobs("autosave", parent=self)
        self.timer = QtCore.QTimer(self)
        self.timer.timeout.connect(self.save_now)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass
        if not self.lock.tryLock(0):
            self.jobs.shutdown()
            return  # no writable data folder: no autosave, the app works on
        self.timer.start(INTERVAL_MS)
        self.offer()

    def active(self) -> bool:
        return self.timer.isActive()

    def offer(self) -> bool:
        """Offer back the work of every window that did not end normally (none: nothing shown)."""
        if self.restore_offer is not None:
            self.restore_offer.raise_()
            return True
        orphans = find_orphans(self.folder, own=self.path)
        if not orphans:
            return False
        from .recovery import RecoveryDialog
        self.restore_offer = RecoveryDialog(self._dialog_parent, orphans, self.restore)
        self.restore_offer.finished.connect(self._offer_closed)
        self.restore_offer.open()
        return True

    def _offer_closed(self) -> None:
        self.restore_offer = None

    def restore(self, orphan: Orphan) -> bool:
        """Open an orphan's work in this window; once it is here (and saved in this window's own
        autosave), the orphan is deleted. A damaged file gives a message and stays."""
        if not self._open_session(str(orphan.path)):
            return False
        try:
            self.jobs.wait(5000)  # no background write of the work this replaces may land after this one
            save_session(self.path, self._session())  # here, now: the orphan goes only once this is on disk
        except OSError as exc:
            orphan.release()  # kept: offered again at the next start
            self._written(None, exc)
            return True
        orphan.discard()
        return True

    def save_now(self) -> bool:
        """Write the autosave file in the background (the session is taken now, in this thread)."""
        if not self.active():
            return False
        return self.jobs.submit("write", _write, self.path, self._session(), on_done=self._written)

    def _written(self, result, error) -> None:
        if error is None:
            self._warned = False
        elif not self._warned:
            self._warned = True
            self.failed.emit(self.tr("The automatic save failed: {reason}. Your work is not being saved "
                                     "automatically; save it with File ▸ Save session.").format(reason=explain(error)))

    def wait(self, timeout_ms: int = 5000) -> bool:
        """Wait for a write in progress (its result arrives through the event loop)."""
        return self.jobs.wait(timeout_ms)

    def stop(self, normal_exit: bool) -> None:
        """Stop saving; after a normal exit nothing is left to restore next time. A crash is
        simulated by ``normal_exit=False``: the file stays, the lock is let go as a dead process's would be."""
        if self._stopped:
            return
        self._stopped = True
        self.timer.stop()
        self.jobs.shutdown()  # waits for a write in progress
        if self.restore_offer is not None:
            self.restore_offer.release_all()
        if normal_exit:
            try:
                self.path.unlink()
            except OSError:
                pass
        self.lock.unlock()
