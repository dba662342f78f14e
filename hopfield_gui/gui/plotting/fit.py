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
from typing import Callable

import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from . import style

Variants = Callable[[], list[str]]
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


class FittingTexts(QtCore.QObject):
    """Title and axis labels of ``widget`` chosen to fit it (see the module's description); each
    argument gives the versions of a text, longest first, in the interface's language.

    On a short plot (``short`` logical pixels high or less) the title steps aside, and so does the
    bottom label when ``bottom_optional`` (the overlap plot, whose time axis the energy plot right
    under it names): the data area keeps the height a back row needs."""

    def __init__(self, widget: pg.PlotWidget, title: Variants, left: Variants, bottom: Variants, title_pt: float,
                 short: int = 0, bottom_optional: bool = False):
        super().__init__(widget)
        self.widget, self._title, self._left, self._bottom, self._title_pt = widget, title, left, bottom, title_pt
        self._short, self._bottom_optional = short, bottom_optional
        self._shown = None
        widget.installEventFilter(self)
        plot = widget.getPlotItem()
        plot.sigYRangeChanged.connect(lambda *_: fit_ticks(plot))
        plot.getViewBox().sigResized.connect(lambda *_: self.apply())  # the axes took or gave room
        self.apply()

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt name)
        if ev.type() == QtCore.QEvent.Resize:
            self.apply()
        return False

    def apply(self, force: bool = False) -> None:
        """Choose the texts again (after a resize, a language or look change)."""
        from .figures import label_axes
        plot = self.widget.getPlotItem()
        title_pt, label_pt = style.pt(self._title_pt), style.pt(style.FONT_PT + 2)
        short = self.widget.height() <= style.pt(self._short) * 1.0 if self._short else False
        # the title sits over the plot's column, right of the left axis
        width = max(1, self.widget.width() - plot.getAxis("left").width() - 16)
        height = max(1, (plot.getViewBox().height() or self.widget.height() * 0.6) - 12)
        chosen = ("" if short else first_fitting(self._title(), width, title_pt),
                  first_fitting(self._left(), height, label_pt),
                  "" if short and self._bottom_optional else first_fitting(self._bottom(), width * 0.8, label_pt),
                  title_pt, style.fg())
        if chosen != self._shown or force:
            self._shown = chosen
            if chosen[0]:
                plot.setTitle(chosen[0], size=f"{title_pt}pt", color=style.fg())
            else:
                plot.setTitle(None)
            label_axes(plot, chosen[1], chosen[2])
        fit_ticks(plot)

    def shown(self) -> tuple[str, str, str]:
        """(title, left label, bottom label) as shown."""
        return self._shown[:3] if self._shown else ("", "", "")
