"""Axis titles, their fonts and the texts that choose their length to fit the plot (README, "Design":
every figure, in the window and in exported slides, labels its axes through here)."""

from __future__ import annotations

import weakref
from typing import Callable

import pyqtgraph as pg
from PySide6 import QtCore, QtGui

from . import style
from .fit import first_fitting, fit_ticks

Variants = Callable[[], list[str]]


def no_si_prefix(ax) -> None:
    """Plain numbers on an axis (α = 0.138, not 138 ×10⁻³), whatever range it had before."""
    if ax.autoSIPrefix or ax.autoSIPrefixScale != 1.0:
        ax.setSIPrefixEnableRanges(())  # no range where a prefix applies: the scale stays 1
        ax.enableAutoSIPrefix(False)


_WIDEST: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # plot → its widest tick number


def set_widest(plot: pg.PlotItem, widest: str) -> None:
    """The widest number the left axis must have room for ("−0.000"; a phase diagram's T has no sign)."""
    _WIDEST[plot] = widest


def _axis_fonts(plot: pg.PlotItem, size: int | None = None) -> None:
    """Axis numbers and pens in the current look (size in points, default TICK_PT scaled)."""
    font = QtGui.QFont()
    size = size or style.pt(style.TICK_PT)
    font.setPointSize(size)
    fm = QtGui.QFontMetrics(font)
    label = QtGui.QFont()
    label.setPointSize(style.pt(style.FONT_PT + 2))
    title_h = QtGui.QFontMetrics(label).height()
    # fixed sizes (no re-layout at every frame), with room for the widest numbers ("−0.565") beside
    # the axis title, so that the two never overlap; no room for a title the axis does not have
    bottom, left = plot.getAxis("bottom"), plot.getAxis("left")
    bottom.setHeight(fm.height() + (title_h if bottom.label.isVisible() else 0) + 16)
    # room above the data for the top tick's number (at the top edge pyqtgraph leaves it out)
    margins = plot.layout.getContentsMargins()
    plot.layout.setContentsMargins(margins[0], max(margins[1], fm.height() / 2 + 2), margins[2], margins[3])
    widest = _WIDEST.get(plot, "−0.000")
    left.setWidth(fm.horizontalAdvance(widest) + (title_h if left.label.isVisible() else 0) + 22)
    for name in ("left", "bottom"):
        ax = plot.getAxis(name)
        no_si_prefix(ax)
        ax.setTickFont(font)
        ax.setStyle(tickTextOffset=6)
        ax.setPen(pg.mkPen(style.fg(), width=2))
        ax.setTextPen(style.fg())


_AXIS_TEXTS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # plot → the versions of its axis titles


def refit_axes(plot: pg.PlotItem) -> None:
    """Choose the axis titles again (the plot's data area changed: its legend moved under it)."""
    texts = _AXIS_TEXTS.get(plot)
    if texts is not None:
        plot.layout.activate()
        label_axes_fitting(plot, *texts)


def label_axes_fitting(plot: pg.PlotItem, left: list[str], bottom: list[str]) -> None:
    """Label the axes with the longest version of each text that fits the plot as it is now."""
    _AXIS_TEXTS[plot] = (left, bottom)
    vb = plot.getViewBox()
    pt = style.pt(style.FONT_PT + 2)
    height = vb.height() if vb.height() > 10 else 300
    width = vb.width() if vb.width() > 10 else 400
    label_axes(plot, first_fitting(left, height - 12, pt), first_fitting(bottom, width - 12, pt))


def label_axes(plot: pg.PlotItem, left: str, bottom: str) -> None:
    """The axis titles (rich text) in the current look; an empty title takes no room."""
    st = {"font-size": f"{style.pt(style.FONT_PT + 2)}pt", "color": style.fg()}
    for side, text in (("left", left), ("bottom", bottom)):
        if text:
            plot.setLabel(side, text, **st)
        else:
            plot.getAxis(side).showLabel(False)
    _axis_fonts(plot)
    for side in ("left", "bottom"):
        plot.getAxis(side).resizeEvent()  # the title centred again (a fixed-size axis gets no resize)


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
