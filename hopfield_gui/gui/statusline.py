"""The status bar: the network's line — N, K, α, β and the rule, α past the capacity said in the line
itself — and the transient messages ("saved …"), which take the whole bar while they are shown."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from . import verdicts
from .plotting import style
from .widgets.livelabel import LiveLabel


class StatusLine(QtCore.QObject):
    """The status ``bar`` of a window showing the ``controller``'s network; :attr:`label` is its line."""

    def __init__(self, bar: QtWidgets.QStatusBar, controller):
        super().__init__(bar)
        self._bar, self._controller = bar, controller
        self._network_shown = True
        font = QtGui.QFont()
        font.setPointSize(style.FONT_PT)
        # a LiveLabel: a text that changes every frame must not re-lay-out the window
        self.label = LiveLabel("N = 16384 (128×128) · K = 4096 · α = 0.250 > 0.138 · β = 100.00 · Hebb", font=font)
        bar.addPermanentWidget(self.label, 1)
        # a message ("saved …") takes the whole bar while it is shown: the line steps aside
        # (it took the whole width, and messages were never seen)
        bar.messageChanged.connect(self._message_shown)

    def update(self, force: bool = False) -> None:
        """The line again (a status-bar message had only the few pixels the permanent labels leave,
        so α past the capacity is said in the line, in orange)."""
        text, over, tip = verdicts.status_line(self._controller.library, self._controller.params,
                                               self.label.width() - 12, self.label.font())
        if text != self.label.text() or force:
            self.label.setColour(("#F0A040" if style.dark() else "#b34700") if over else None)
            self.label.setText(text)
            self.label.setToolTip(tip)

    def notify(self, text: str, seconds: float = 6.0) -> None:
        """A transient message, the whole bar for at least 4 s."""
        self._bar.showMessage(text, int(1000 * max(4.0, seconds)))

    def set_network_shown(self, shown: bool) -> None:
        """N, K, α, β of the network: not the lab's business."""
        self._network_shown = shown
        self._message_shown(self._bar.currentMessage())

    def _message_shown(self, text: str) -> None:
        self.label.setVisible(not text and self._network_shown)
