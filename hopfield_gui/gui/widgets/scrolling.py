"""A panel in a vertical scroll area as wide as the panel needs (the docks of the left column)."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets


def scrolling(widget: QtWidgets.QWidget) -> QtWidgets.QScrollArea:
    """``widget`` in a vertical scroll area as wide as it needs: on a short screen (or in
    presentation mode) it scrolls instead of being squeezed or cut."""
    area = QtWidgets.QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QtWidgets.QFrame.NoFrame)
    area.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarAlwaysOff)
    area.setMinimumWidth(widget.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width())
    widget.installEventFilter(_KeepWidth(area))
    return area


class _KeepWidth(QtCore.QObject):
    """Keeps a scroll area as wide as its widget needs when the widget's needs change (font)."""

    def __init__(self, area: QtWidgets.QScrollArea):
        super().__init__(area)
        self.area = area

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt name)
        if ev.type() in (QtCore.QEvent.LayoutRequest, QtCore.QEvent.FontChange):
            self.area.setMinimumWidth(obj.minimumSizeHint().width() + self.area.verticalScrollBar().sizeHint().width())
        return False
