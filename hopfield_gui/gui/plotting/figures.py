"""pyqtgraph figures of experiment results, shared by the window and ``hopfield --plot``; axis
labels and fonts in the current look."""

from __future__ import annotations

import functools

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.InfiniteLine import InfLineLabel
from pyqtgraph.Qt import QtCore, QtGui

from . import style
from .axes import plot_widget
from .titles import label_axes, label_axes_fitting, no_si_prefix, refit_axes, set_widest  # noqa: F401 (re-exported)
from .legend import place_legend, place_line_label
from ..i18n.numbers import number
from ...core.theory import ALPHA_C, BETA_C

LEGEND_PT = style.FONT_PT - 1  # legends a little smaller than the axis titles: they name, the axes measure

# Texts go through Qt's translation (context "plots"): the window shows these drawings in its
# language; ``hopfield --plot`` installs no translator and draws them in English.


def attach_legend(p: pg.PlotItem) -> pg.LegendItem:
    """Give ``p`` a legend that every named curve joins; :func:`~.legend.place_legend` puts it inside
    the data area where it covers nothing, or under the plot."""
    leg = pg.LegendItem(labelTextSize=f"{style.pt(LEGEND_PT)}pt")
    leg.setLabelTextColor(style.fg())
    p.legend = leg  # PlotItem adds every named curve to it
    p.layout.addItem(leg, 4, 0, 1, 3)  # under the plot until placed
    return leg


def new_plot(parent=None) -> pg.PlotWidget:
    """A plot for experiment results, with a legend that never covers a data point (inside the
    plot where a corner is free, else under it: a legend inside a 240-pixel plot on a 1024-pixel
    screen once covered half of the points)."""
    w = plot_widget(parent)
    w.showGrid(x=True, y=True, alpha=0.25)
    w.setBackground(style.bg())
    attach_legend(w.getPlotItem())
    return w


def _clear_legend(p: pg.PlotItem) -> None:
    if p.legend is None:
        return
    p.legend.clear()
    p.legend.setLabelTextColor(style.fg())
    p.legend.setLabelTextSize(f"{style.pt(LEGEND_PT)}pt")


def start_plot(w: pg.PlotWidget, left: list[str], bottom: list[str], widest: str = "−0.000") -> pg.PlotItem:
    """A fresh drawing: background, no curve, an empty legend, axis labels that fit."""
    p = w.getPlotItem()
    w.setBackground(style.bg())
    p.clear()
    _clear_legend(p)
    set_widest(p, widest)
    label_axes_fitting(p, left, bottom)
    return p


def draw_capacity(w: pg.PlotWidget, res) -> None:
    """Measured m(α) (mean ± std, fraction retrieved), AGS theory and the α_c line."""
    p = start_plot(w, [QtCore.QCoreApplication.translate("plots", "final overlap m"), "m"],
               [QtCore.QCoreApplication.translate("plots", "load α = K/N"), "α = K/N"])
    a = np.asarray(res.alpha, float)
    fine, theory = _ags_curve(round(max(1e-4, a.min() * 0.5), 6), round(max(a.max(), 0.16), 6))
    p.plot(
        fine,
        theory,
        pen=pg.mkPen(style.theory(), width=3, style=QtCore.Qt.DashLine),
        name=QtCore.QCoreApplication.translate("plots", "theory (AGS, T = 0)"),
    )
    ok = np.isfinite(res.m_mean)
    if ok.any():
        err = pg.ErrorBarItem(x=a[ok], y=res.m_mean[ok], height=2 * res.m_std[ok], beam=0.003,
                              pen=pg.mkPen(style.PALETTE[0], width=2))
        p.addItem(err)
        p.plot(
            a[ok],
            res.m_mean[ok],
            pen=pg.mkPen(style.PALETTE[0], width=style.line_px()),
            symbol="o",
            symbolSize=10,
            symbolBrush=style.PALETTE[0],
            name=QtCore.QCoreApplication.translate("plots", "measured m (N = {n})").format(n=res.n),
        )
        p.plot(
            a[ok],
            res.retrieved_fraction[ok],
            pen=pg.mkPen(style.PALETTE[1], width=3),
            symbol="s",
            symbolSize=8,
            symbolBrush=style.PALETTE[1],
            name=QtCore.QCoreApplication.translate("plots", "fraction with m > 0.9"),
        )
    line = critical_line(ALPHA_C, f"α<sub>c</sub> = {number(ALPHA_C, '.3f')}", 0.93)
    p.addItem(line)
    # from below 0: the theory's m = 0 above α_c is a visible line, not the axis
    p.setYRange(-0.06, 1.05, padding=0)
    p.setXRange(0, max(a.max(), 0.16), padding=0.02)
    place_line_label(p, line)  # where it covers no point
    place_legend(p)


@functools.lru_cache(maxsize=16)
def _ags_curve(x0: float, x1: float) -> tuple[np.ndarray, np.ndarray]:
    from ...core.theory import ags_overlap
    xs = np.linspace(x0, x1, 300)
    return xs, ags_overlap(xs)


def _font(pt: int) -> QtGui.QFont:
    f = QtGui.QFont()
    f.setPointSize(pt)
    return f


class RichLineLabel(InfLineLabel):
    """pyqtgraph's line label, in rich text: α<sub>c</sub> drawn with a subscript, not "α_c"."""

    def valueChanged(self):  # noqa: N802 (pyqtgraph's name)
        if self.isVisible():
            self.setHtml(self.format)
            self.updatePosition()


def critical_line(x: float, html: str, position: float, colour: str | None = None, side: str = "right",
                  angle: int = 90) -> pg.InfiniteLine:
    """A dotted line at a critical value, labelled in rich text beside it (``side``: "right" or
    "left" of a vertical line, "above" or "below" a horizontal one) — never across the line itself.
    ``position``: where along the line, from 0 (left or bottom of the plot) to 1."""
    colour = colour or style.CRITICAL
    line = pg.InfiniteLine(x, angle=angle, pen=pg.mkPen(colour, width=3, style=QtCore.Qt.DotLine))
    anchor = {"right": (-0.05, 0.5), "left": (1.05, 0.5), "above": (0.5, 1.1), "below": (0.5, -0.1)}[side]
    line.label = RichLineLabel(line, text=f"<span style='color:{colour}'>{html}</span>", position=position,
                               fill=style.translucent_bg(200), anchors=[anchor, anchor])
    line.label.setFont(_font(style.pt(style.FONT_PT)))
    return line


def draw_temperature(w: pg.PlotWidget, res) -> None:
    """Measured time-averaged m(β) next to the mean-field curve m = tanh(βm/2)."""
    from ...core.theory import mean_field_overlap
    p = start_plot(w, [QtCore.QCoreApplication.translate("plots", "time-averaged overlap ⟨m⟩"), "⟨m⟩"],
               [QtCore.QCoreApplication.translate("plots", "inverse temperature β"), "β"])
    b = np.asarray(res.beta, float)
    finite = b[np.isfinite(b)]
    top = max(finite.max() if finite.size else 10.0, 4.0)
    xs = np.linspace(0.0, top, 500)
    p.plot(xs, mean_field_overlap(xs), pen=pg.mkPen(style.theory(), width=3, style=QtCore.Qt.DashLine),
           name=QtCore.QCoreApplication.translate("plots", "mean field m = tanh(βm/2)"))
    shown = np.where(np.isfinite(b), b, top * 1.05)
    ok = np.isfinite(res.m_mean)
    if ok.any():
        p.addItem(pg.ErrorBarItem(x=shown[ok], y=res.m_mean[ok], height=2 * res.m_std[ok], beam=0.05,
                                  pen=pg.mkPen(style.PALETTE[0], width=2)))
        p.plot(
            shown[ok],
            res.m_mean[ok],
            pen=None,
            symbol="o",
            symbolSize=12,
            symbolBrush=style.PALETTE[0],
            name=QtCore.QCoreApplication.translate("plots", "measured (N = {n}, K = {k})").format(n=res.n, k=res.k),
        )
    line = critical_line(BETA_C, "β<sub>c</sub> = 2", 0.93, side="left")
    p.addItem(line)
    p.setYRange(-0.05, 1.05, padding=0)
    p.setXRange(0, top * 1.08, padding=0)  # its own range, whatever was drawn before
    place_line_label(p, line)  # where it covers no point
    place_legend(p)


def export_png(w: pg.PlotWidget, path, width: int | None = None) -> None:
    """Export a plot as PNG (at the widget's size unless ``width`` is given), atomically."""
    from pyqtgraph.exporters import ImageExporter

    from ...core.writing import atomic_output, failed
    with atomic_output(path) as tmp:
        exp = ImageExporter(w.getPlotItem())
        if width:
            exp.parameters()["width"] = width
        if exp.export(tmp) is False:  # the exporter's QImage.save said no: the old file stays
            raise failed(path)


def draw_basins(w: pg.PlotWidget, res) -> None:
    """Final overlap versus the fraction of the cue flipped, one curve per load."""
    p = start_plot(w, [QtCore.QCoreApplication.translate("plots", "final overlap m"), "m"],
               [QtCore.QCoreApplication.translate("plots", "fraction of the cue flipped"),
                QtCore.QCoreApplication.translate("plots", "cue flipped")])
    mean = res.m_mean
    for a, alpha in enumerate(res.alpha):
        ok = np.isfinite(mean[a])
        if ok.any():
            colour = style.PALETTE[a % len(style.PALETTE)]
            p.plot(res.noise[ok], mean[a][ok], pen=pg.mkPen(colour, width=style.line_px()), symbol="o",
                   symbolSize=9, symbolBrush=colour, name=f"α = {number(alpha)}")
    low = float(np.nanmin(mean)) if np.isfinite(mean).any() else 0.0
    p.setYRange(min(-0.05, low - 0.05), 1.05, padding=0)
    p.setXRange(0, max(float(np.max(res.noise)), 0.05), padding=0.02)
    place_legend(p)
