"""The one pattern for background work that is not the simulation: :class:`Jobs`.

Experiments, the curve pictures and the autosave all work the same way:

* the GUI thread submits a plain function under a **key**; it runs in a thread of the owner's own
  ``QThreadPool`` (one thread by default, so an owner's jobs run in order);
* **at most one job per key is in flight, and the latest request wins**: a job submitted while
  another of the same key runs waits, replacing any older waiting one (a plot asks for a new
  picture 24 times a second; only the newest matters — the same rule as ephyviewer's);
* the function receives a :class:`JobContext`: ``ctx.cancelled()`` to poll, ``ctx.report(obj)`` to
  send progress; what it returns (or raises) comes back to the GUI thread through a queued signal
  and is handed to the ``on_done`` / ``on_progress`` callbacks given at submission, which run in
  the GUI thread;
* :meth:`Jobs.shutdown` cancels everything, drops waiting jobs and waits for running ones (on
  close: no thread outlives its window).

The simulation worker is the exception: it is command-driven and keeps its own thread and event
loop (``background/simulation.py``). Results cross threads as objects the job made (copies), never
as shared mutable arrays.
"""

from __future__ import annotations

import threading
import traceback
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6 import QtCore
from PySide6.QtCore import QObject, Signal, Slot

__all__ = ["Jobs", "JobContext"]


class JobContext:
    """What a running job sees: whether it should stop, and a way to report progress."""

    def __init__(self, relay: "_Relay", token: int, cancel: threading.Event):
        self._relay, self._token, self._cancel = relay, token, cancel

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, obj) -> None:
        """Send ``obj`` to the GUI thread (``on_progress``); pass a copy if the job keeps changing it."""
        self._relay.progress.emit(self._token, obj)


class _Relay(QObject):
    """Lives in the GUI thread; its signals, emitted from pool threads, are queued to it."""

    progress = Signal(int, object)
    finished = Signal(int, object, object)  # token, result, error (an exception or None)


class _Runnable(QtCore.QRunnable):
    def __init__(self, fn, args, ctx: JobContext, relay: _Relay, token: int):
        super().__init__()
        self.fn, self.args, self.ctx, self.relay, self.token = fn, args, ctx, relay, token

    def run(self) -> None:
        try:
            result, error = self.fn(self.ctx, *self.args), None
        except Exception as exc:  # noqa: BLE001 - handed to on_done in the GUI thread, never lost
            result, error = None, exc
            exc.traceback_text = traceback.format_exc(limit=4)
        self.relay.finished.emit(self.token, result, error)


@dataclass
class _Job:
    key: Any
    fn: Callable
    args: tuple
    on_done: Callable | None
    on_progress: Callable | None
    cancel: threading.Event = field(default_factory=threading.Event)


class Jobs(QObject):
    """Background jobs of one owner (a panel, the window): see the module's description."""

    _open: set = set()  # every Jobs not yet shut down (the tests check none is left behind)

    def __init__(self, name: str, threads: int = 1, parent=None):
        super().__init__(parent)
        self.name = name
        self._pool = QtCore.QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress, QtCore.Qt.QueuedConnection)
        self._relay.finished.connect(self._on_finished, QtCore.Qt.QueuedConnection)
        self._running: dict[int, _Job] = {}  # token → job
        self._keys_running: dict[Any, int] = {}  # key → token
        self._waiting: dict[Any, _Job] = {}
        self._token = 0
        self._closed = False
        Jobs._open.add(self)

    def submit(self, key, fn: Callable, *args, on_done: Callable | None = None,
               on_progress: Callable | None = None) -> bool:
        """Run ``fn(ctx, *args)`` in the background (after the running job of ``key``, if any,
        replacing a job of ``key`` that was waiting). False once shut down."""
        if self._closed:
            return False
        job = _Job(key, fn, args, on_done, on_progress)
        if key in self._keys_running:
            self._waiting[key] = job
            return True
        self._start(job)
        return True

    def _start(self, job: _Job) -> None:
        self._token += 1
        token = self._token
        self._running[token] = job
        self._keys_running[job.key] = token
        self._pool.start(_Runnable(job.fn, job.args, JobContext(self._relay, token, job.cancel), self._relay, token))

    @Slot(int, object)
    def _on_progress(self, token: int, obj) -> None:
        job = self._running.get(token)
        if job is not None and job.on_progress is not None and not self._closed:
            job.on_progress(obj)

    @Slot(int, object, object)
    def _on_finished(self, token: int, result, error) -> None:
        job = self._running.pop(token, None)
        if job is None:
            return
        self._keys_running.pop(job.key, None)
        if not self._closed and job.on_done is not None:
            job.on_done(result, error)
        nxt = self._waiting.pop(job.key, None)
        if nxt is not None and not self._closed:
            self._start(nxt)

    # --- control ---------------------------------------------------------------------------------
    def cancel(self, key=None) -> None:
        """Ask the running job of ``key`` (every job if None) to stop, and drop waiting ones."""
        for job in list(self._running.values()):
            if key is None or job.key == key:
                job.cancel.set()
        for k in list(self._waiting):
            if key is None or k == key:
                del self._waiting[k]

    def busy(self, key=None) -> bool:
        """A job (of ``key``) is running or waiting, or its result has not been handed over yet."""
        if key is None:
            return bool(self._running or self._waiting)
        return key in self._keys_running or key in self._waiting

    def wait(self, timeout_ms: int = -1) -> bool:
        """Wait for the jobs running now to end (their results arrive through the event loop)."""
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Cancel everything and wait for the running jobs; no callback runs afterwards."""
        self.cancel()
        self._closed = True
        ok = self._pool.waitForDone(timeout_ms)
        self._running.clear()
        self._keys_running.clear()
        Jobs._open.discard(self)
        return ok

    @classmethod
    def left_open(cls) -> list[str]:
        """Names of the Jobs not shut down (for the tests' leftover check)."""
        return sorted(j.name for j in cls._open)
