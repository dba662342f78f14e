"""The phase diagram and the finite-size scaling plots, shared by the Experiments tab and
``hopfield phase|finite-size --plot``. Texts in the context "plots"."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui

from . import style
from .figures import critical_line, start_plot
from ...core.theory import ALPHA_C


def _font(pt: float) -> QtGui.QFont:
    f = QtGui.QFont()
    f.setPointSize(style.pt(pt))
    return f


def _edges(v: np.ndarray) -> np.ndarray:
    """Cell edges around the grid values ``v`` (midpoints; the ends half a step out)."""
    v = np.asarray(v, float)
    if v.size == 1:
        return np.array([v[0] - 0.05, v[0] + 0.05])
    mid = (v[1:] + v[:-1]) / 2
    return np.concatenate([[v[0] - (mid[0] - v[0])], mid, [v[-1] + (v[-1] - mid[-1])]])


def draw_phase(w: pg.PlotWidget, res, lines: dict | None = None) -> None:
    """⟨m⟩ as a heat map on the (α, T) plane — T = 2/β of textbooks upwards, β of the lecture on the
    right axis — with AGS's lines: T_g = 1 + √α (spin glass), T_M (retrieval states exist below),
    T_c (retrieval states are the global minima below)."""
    p = start_plot(w, [QtCore.QCoreApplication.translate("plots", "temperature T = 2/β (textbooks)"), "T = 2/β"],
                   [QtCore.QCoreApplication.translate("plots", "load α = K/N"), "α = K/N"])
    temps = 2.0 / np.asarray(res.beta, float)  # β = ∞ → T = 0
    order = np.argsort(temps)
    m = res.filled_m()[:, order]
    t_sorted = temps[order]
    x_edges = _edges(res.alpha)
    y_edges = np.maximum(_edges(t_sorted), 0.0)
    xx, yy = np.meshgrid(x_edges, y_edges, indexing="ij")
    w.showGrid(x=False, y=False)  # the cells are the grid
    cmap = pg.colormap.get("viridis")
    mesh = pg.PColorMeshItem(xx, yy, np.nan_to_num(m, nan=0.0), colorMap=cmap, levels=(0.0, 1.0),
                             enableAutoLevels=False)
    p.addItem(mesh)
    if getattr(p, "m_bar", None) is None:  # the colour scale, once per plot: ⟨m⟩ from 0 to 1
        p.m_bar = pg.ColorBarItem(values=(0, 1), colorMap=cmap, interactive=False, width=12)
        p.layout.addItem(p.m_bar, 2, 3)
    p.m_bar.axis.setTickFont(_font(style.TICK_PT - 2))

    # what the colours are, in the legend (a title on the colour bar squeezed its numbers out)
    p.plot([], [], pen=None, symbol="s", symbolSize=12, symbolBrush=cmap.map(0.8, mode="qcolor"), symbolPen=None,
           name=QtCore.QCoreApplication.translate("plots", "colour: overlap ⟨m⟩"))
    lines = lines or res.theory
    if lines is not None:
        a = np.asarray(lines["alpha"], float)
        for key, colour, dash, name in (
                ("beta_g", style.PALETTE[5], QtCore.Qt.DashLine,
                 QtCore.QCoreApplication.translate("plots", "T_g = 1 + √α: spin glass below")),
                ("beta_m", style.CRITICAL, QtCore.Qt.SolidLine,
                 QtCore.QCoreApplication.translate("plots", "T_M: retrieval states exist below")),
                ("beta_c", "#E69F00", QtCore.Qt.DotLine,
                 QtCore.QCoreApplication.translate("plots", "T_c: retrieval is the global minimum below"))):
            xs, b = a, np.asarray(lines[key], float)
            if key == "beta_g":  # exact: across the whole plot
                xs = np.linspace(max(x_edges[0], 0.0), x_edges[-1], 100)
                b = 2.0 / (1.0 + np.sqrt(xs))
            ok = np.isfinite(b)
            if ok.sum() >= 2:
                xs, ts = xs[ok], 2.0 / b[ok]
                if key != "beta_g":  # both lines end on the T = 0 axis (α_c = 0.138, α ≈ 0.051)
                    xs, ts = np.append(xs, ALPHA_C if key == "beta_m" else 0.051), np.append(ts, 0.0)
                p.plot(xs, ts, pen=pg.mkPen(colour, width=style.line_px(3), style=dash), name=name)
    p.addItem(critical_line(ALPHA_C, "α<sub>c</sub> = 0.138", 0.9))
    right = p.getAxis("right")
    p.showAxis("right")
    # β of the lecture at T = 2/β, as many as fit without touching (a short plot shows fewer)
    p.layout.activate()
    height = p.getViewBox().height() if p.getViewBox().height() > 10 else 300
    per_t = height / y_edges[-1]
    gap = 1.5 * QtGui.QFontMetrics(_font(style.TICK_PT - 2)).height()
    shown: list[float] = []
    for b in (2, 3, 4, 6, 10, 20, 2.5, 5, 8, 15):
        t = 2.0 / b
        if t <= y_edges[-1] and all(abs(t - 2.0 / s) * per_t >= gap for s in shown):
            shown.append(b)
    right.setTicks([[(2.0 / b, f"β = {b:g}") for b in sorted(shown)]])
    right.setTickFont(_font(style.TICK_PT - 2))
    right.setTextPen(style.fg())
    right.setPen(pg.mkPen(style.fg(), width=2))
    p.setXRange(x_edges[0], x_edges[-1], padding=0)
    p.setYRange(0.0, y_edges[-1], padding=0)


def draw_finite_size(w: pg.PlotWidget, res) -> None:
    """α_c(N) against N^(−1/2) with its error bars, the fitted line and its value at N = ∞, and the
    AGS α_c = 0.138."""
    p = start_plot(w, [QtCore.QCoreApplication.translate("plots", "capacity α_c(N): half the runs retrieve"),
                       QtCore.QCoreApplication.translate("plots", "measured capacity α_c(N)"), "α_c(N)"],
                   [QtCore.QCoreApplication.translate("plots", "N^(−1/2) (N = ∞ at 0)"), "N^(−1/2)"])
    x = np.asarray(res.n, float) ** -0.5
    ok = np.isfinite(res.alpha_c)
    colour = style.PALETTE[0]
    if ok.any():
        p.addItem(pg.ErrorBarItem(x=x[ok], y=res.alpha_c[ok], height=2 * np.nan_to_num(res.alpha_c_err[ok]),
                                  beam=0.002, pen=pg.mkPen(colour, width=2)))
        p.plot(x[ok], res.alpha_c[ok], pen=None, symbol="o", symbolSize=12, symbolBrush=colour,
               name=QtCore.QCoreApplication.translate("plots", "measured α_c(N)"))
        for xi, n in zip(x[ok], np.asarray(res.n)[ok], strict=True):
            right = xi > 0.7 * x.max()  # the rightmost labels go to the left of their point
            label = pg.TextItem(f"N = {n}", color=style.muted(), anchor=(1.15, 0.5) if right else (-0.15, 0.5))
            label.setFont(_font(style.TICK_PT - 1))
            label.setPos(xi, float(res.alpha_c[ok][list(x[ok]).index(xi)]))
            p.addItem(label)
    if math.isfinite(res.alpha_c_inf):
        xs = np.linspace(0.0, x.max() * 1.05, 50)
        p.plot(xs, res.alpha_c_inf + res.slope * xs, pen=pg.mkPen(style.theory(), width=3, style=QtCore.Qt.DashLine),
               name=QtCore.QCoreApplication.translate("plots", "fit: α_c(∞) = {v} ± {e}").format(
                   v=f"{res.alpha_c_inf:.3f}", e=f"{res.alpha_c_inf_err:.3f}"))
        p.addItem(pg.ErrorBarItem(x=np.array([0.0]), y=np.array([res.alpha_c_inf]),
                                  height=np.array([2 * res.alpha_c_inf_err]), beam=0.003,
                                  pen=pg.mkPen(style.theory(), width=3)))
    line = pg.InfiniteLine(ALPHA_C, angle=0, pen=pg.mkPen(style.CRITICAL, width=3, style=QtCore.Qt.DotLine),
                           label="AGS α_c = 0.138", labelOpts={"position": 0.8, "color": style.CRITICAL})
    line.label.setFont(_font(style.TICK_PT))
    p.addItem(line)
    p.setXRange(-0.04 * x.max(), x.max() * 1.12, padding=0)
    p.enableAutoRange(axis="y")


