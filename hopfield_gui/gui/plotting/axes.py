"""Plots whose axis numbers speak the interface's language (0,5 and −1 in French: ``i18n/numbers``).

Every plot of the window and of the exported figures is made here, so that none is left with
pyqtgraph's plain ``-0.5``: :func:`plot_widget` for a plot of its own, :func:`add_plot` for a plot
in a GraphicsLayoutWidget, :func:`localize_colour_bar` for the numbers of a colour scale.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtGui

from ..i18n.numbers import localize

SIDES = ("left", "bottom", "right", "top")


class LocaleAxis(pg.AxisItem):
    """pyqtgraph's axis, its numbers written with the language's decimal point and a real minus; a
    vertical axis also keeps the numbers of its end ticks (m = 1 at the top of the overlap plot),
    which pyqtgraph leaves out when half of their text lies past the data area's edge."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        return [localize(s) for s in super().tickStrings(values, scale, spacing)]

    def boundingRect(self):  # noqa: N802 (Qt's name)
        rect = super().boundingRect()
        if self.orientation in ("left", "right"):
            font = self.style.get("tickFont") or QtGui.QFont()
            half = QtGui.QFontMetricsF(font).height() / 2 + 2
            rect = rect.adjusted(0, -half, 0, half)
        return rect


def axes() -> dict[str, LocaleAxis]:
    return {side: LocaleAxis(side) for side in SIDES}


def _left_and_bottom(plot: pg.PlotItem) -> pg.PlotItem:
    """Only the left and bottom axes shown, as pyqtgraph's default (given axes are all shown)."""
    plot.hideAxis("top")
    plot.hideAxis("right")
    return plot


def plot_widget(parent=None) -> pg.PlotWidget:
    """A PlotWidget with localized axes (left and bottom shown)."""
    w = pg.PlotWidget(parent, axisItems=axes())
    _left_and_bottom(w.getPlotItem())
    return w


def add_plot(layout: pg.GraphicsLayoutWidget, row: int, col: int) -> pg.PlotItem:
    """A PlotItem with localized axes in a GraphicsLayoutWidget (left and bottom shown)."""
    return _left_and_bottom(layout.addPlot(row=row, col=col, axisItems=axes()))


def localize_colour_bar(bar: pg.ColorBarItem) -> pg.ColorBarItem:
    """The numbers of a colour scale in the language's way (its axis is made by pyqtgraph)."""
    axis = bar.axis
    plain = axis.tickStrings
    axis.tickStrings = lambda values, scale, spacing: [localize(s) for s in plain(values, scale, spacing)]
    return bar
