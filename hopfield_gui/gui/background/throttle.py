"""The one throttling utility: :class:`Throttle` merges bursts of requests into calls spaced out in time.

Used wherever a burst of changes should cause one piece of work: the configuration pushed to the
worker (every library edit of one event-loop turn gives one network build), the curves redrawn at
most 24 times a second, the energy plot drawn a moment after the overlap plot. ``flush()`` does
the pending work now (exports, tests), ``cancel()`` forgets it (closing).
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6 import QtCore

__all__ = ["Throttle"]


class Throttle(QtCore.QObject):
    """Calls ``fn()`` after a request, at most once per ``interval_ms`` and no sooner than
    ``delay_ms`` after the request; requests made while a call is pending are merged into it.
    Always through the event loop, so that the caller's own work and the call never add up into
    one long busy period."""

    def __init__(self, fn: Callable[[], object], interval_ms: float = 0, delay_ms: float = 0, parent=None):
        super().__init__(parent)
        self._fn = fn
        self._interval = interval_ms / 1000
        self._delay = delay_ms / 1000
        self._last = -float("inf")
        self._closed = False
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    def request(self, immediate: bool = False) -> None:
        """Ask for a call; ``immediate``: at the next turn of the event loop, whatever the spacing."""
        if self._closed:
            return
        if immediate:
            self._timer.start(0)
            return
        if self._timer.isActive():
            return  # merged into the pending call
        wait = max(self._delay, self._last + self._interval - time.perf_counter())
        self._timer.start(max(0, int(wait * 1000) + (1 if wait > 0 else 0)))

    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Make the call now (pending or not)."""
        self._timer.stop()
        self._fire()

    def cancel(self) -> None:
        self._timer.stop()

    def close(self) -> None:
        """Cancel, and refuse every later request (its owner is shutting down: a signal emitted while
        the window closes must not start a timer again)."""
        self._closed = True
        self._timer.stop()

    def _fire(self) -> None:
        self._last = time.perf_counter()
        self._fn()
