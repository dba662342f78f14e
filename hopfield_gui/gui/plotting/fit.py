"""Plot texts that fit the plot, whatever the screen: a 1024-pixel projector, French, presentation mode.

* :class:`FittingTexts` shows, of several versions of a plot's title and axis labels (longest
  first), the first that fits: the overlap plot's title is the lecture's formula when there is
  room and "Overlaps m^μ(t)" when there is not — never a formula cut in the middle.
* :func:`fit_ticks` spaces the numbers of a vertical axis at least two text heights apart, so that
  a short plot in large type shows fewer numbers instead of numbers on top of each other
  (pyqtgraph always draws its first tick level, however crowded).
"""

from __future__ import annotations

import math
import weakref

import pyqtgraph as pg
from PySide6 import QtGui


_spacing: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # axis → the spacing fit_ticks set


def html_width(text: str, point_size: float) -> float:
    """The width in pixels of a rich text label at ``point_size``."""
    doc = QtGui.QTextDocument()
    font = QtGui.QFont()
    font.setPointSizeF(point_size)
    doc.setDefaultFont(font)
    doc.setHtml(text)
    return doc.idealWidth()


def first_fitting(variants: list[str], room: float, point_size: float) -> str:
    for v in variants:
        if html_width(v, point_size) <= room:
            return v
    return variants[-1]


def nice_step(span: float, most: int) -> float:
    """The smallest step of the form {1, 2, 5} × 10^k that puts at most ``most`` steps in ``span``
    (not 2.5: pyqtgraph writes its ticks with the step's decimals, and −0.25 would read −0.2)."""
    raw = span / max(1, most)
    k = 10.0 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * k >= raw * (1 - 1e-9):
            return m * k
    return 10 * k


def fit_ticks(plot: pg.PlotItem) -> None:
    """Space the left axis's numbers at least two text heights apart."""
    ax = plot.getAxis("left")
    lo, hi = plot.viewRange()[1]
    length = plot.getViewBox().height()
    if not (hi > lo) or length <= 0:
        return
    font = ax.style.get("tickFont") or QtGui.QFont()
    most = max(2, int(length / (2.0 * QtGui.QFontMetricsF(font).height())))
    step = nice_step(hi - lo, most)
    spacing = [(step, 0), (step / 2, 0)]
    if _spacing.get(ax) != spacing:
        _spacing[ax] = spacing
        ax.setTickSpacing(levels=spacing)


def thin_ticks(axis: pg.AxisItem, ticks: list[tuple[float, str]], vb: pg.ViewBox) -> None:
    """Put ``ticks`` on a horizontal ``axis``, leaving out those whose text would touch the previous
    one at the plot's current width (N = 1000 and 2000 of a finite-size plot lie 10 px apart)."""
    font = axis.style.get("tickFont") or QtGui.QFont()
    fm = QtGui.QFontMetricsF(font)
    (x0, x1), _ = vb.viewRange()
    px = max(vb.width(), 1.0) / max(x1 - x0, 1e-300)
    kept, right = [], -1e9
    for x, text in sorted(ticks):
        half = fm.horizontalAdvance(text) / 2 + 4
        pos = (x - x0) * px
        if pos - half >= right and x0 <= x <= x1:
            kept.append((x, text))
            right = pos + half
    axis.setTicks([kept, []])
