"""Widgets that show the owner's value without sending it back as an edit.

A panel displays what its controller announces and sends what the user changed. Setting a widget
to the announced value makes it emit its change signal like a click would; that echo must not
become an edit (a β slider rounds β, and the rounded β would come back as a change). Qt's
``blockSignals`` silences *every* receiver of the widget for that time — a label beside it, the
layout report, a test listening — so the panels use this instead: edits are connected through
:meth:`Showing.user`, and values are shown inside ``with showing:``, where only those edits are
held back.
"""

from __future__ import annotations

from typing import Callable


class Showing:
    """``with showing:`` — the widgets are being set from the model; handlers made by :meth:`user`
    do nothing meanwhile (nesting allowed)."""

    def __init__(self) -> None:
        self._depth = 0

    def __enter__(self) -> Showing:
        self._depth += 1
        return self

    def __exit__(self, *exc) -> None:
        self._depth -= 1

    @property
    def active(self) -> bool:
        return self._depth > 0

    def user(self, handler: Callable) -> Callable:
        """``handler`` called only for the user's own changes, not while the model's value is shown."""
        def on_change(*args):
            if not self._depth:
                handler(*args)
        return on_change
