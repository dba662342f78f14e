"""The phase diagram and the finite-size scaling plots, shared by the Experiments tab and
``hopfield phase|finite-size --plot``. Texts in the context "plots"."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui

from . import style
from .axes import localize_colour_bar
from .legend import place_legend

Z95 = 1.96  # standard errors to a 95 % interval
from .fit import thin_ticks
from .figures import no_si_prefix, start_plot
from ..i18n.numbers import number
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
    T_c (retrieval states are the global minima below). The colour scale lies under the plot (beside
    it, it took a narrow plot's width)."""
    p = start_plot(w, [QtCore.QCoreApplication.translate("plots", "temperature T = 2/β (textbooks)"), "T = 2/β", "T"],
                   [QtCore.QCoreApplication.translate("plots", "load α = K/N"), "α = K/N"], widest="0.0")
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
    if getattr(p, "m_bar", None) is None:  # the colour scale, once per plot: ⟨m⟩ from 0 to 1, under the plot
        p.m_bar = localize_colour_bar(pg.ColorBarItem(values=(0, 1), colorMap=cmap, interactive=False, width=12,
                                                      orientation="horizontal"))
        p.layout.addItem(p.m_bar, 5, 1)
    p.m_bar.axis.setTickFont(_font(style.TICK_PT - 2))
    p.m_bar.axis.setLabel(
        QtCore.QCoreApplication.translate("plots", "colour: overlap ⟨m⟩"),
        **{"font-size": f"{style.pt(style.TICK_PT - 1)}pt", "color": style.fg()},
    )
    p.m_bar.axis.setHeight(QtGui.QFontMetrics(_font(style.TICK_PT - 2)).height()
                           + QtGui.QFontMetrics(_font(style.TICK_PT - 1)).height() + 10)
    lines = lines or res.theory
    if lines is not None:
        a = np.asarray(lines["alpha"], float)
        for key, colour, dash, name in (
            (
                "beta_g",
                style.PALETTE[5],
                QtCore.Qt.DashLine,
                QtCore.QCoreApplication.translate("plots", "T<sub>g</sub> = 1 + √α: spin glass below"),
            ),
            (
                "beta_m",
                style.CRITICAL,
                QtCore.Qt.SolidLine,
                QtCore.QCoreApplication.translate(
                    "plots", "T<sub>M</sub>: retrieval states below (to α<sub>c</sub> = {value} ▲)"
                ).format(value=number(ALPHA_C, ".3f")),
            ),
            (
                "beta_c",
                "#E69F00",
                QtCore.Qt.DotLine,
                QtCore.QCoreApplication.translate("plots", "T<sub>c</sub>: retrieval is the global minimum below"),
            ),
        ):
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
    # α_c where the T_M line meets T = 0: a tick of its own on the load axis, not a label on the map
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
    right.setTicks([[(2.0 / b, number(b)) for b in sorted(shown)]])
    font = _font(style.TICK_PT - 2)
    right.setTickFont(font)
    right.setTextPen(style.fg())
    right.setPen(pg.mkPen(style.fg(), width=2))
    from .fit import first_fitting
    label_pt = style.pt(style.FONT_PT)
    right.setLabel(
        first_fitting([QtCore.QCoreApplication.translate("plots", "β (lecture)"), "β"], height - 12, label_pt),
        **{"font-size": f"{label_pt}pt", "color": style.fg()},
    )
    fm = QtGui.QFontMetrics(font)
    right.setWidth(max(fm.horizontalAdvance(number(b)) for b in shown or [2])
                   + QtGui.QFontMetrics(_font(style.FONT_PT)).height() + 16)
    bottom = p.getAxis("bottom")
    ticks = [(float(x), number(float(x))) for x in np.arange(0.0, x_edges[-1] + 1e-9, 0.05) if x >= x_edges[0] - 1e-9]
    bottom.setTicks([ticks + [(ALPHA_C, "")], []])
    p.addItem(pg.ScatterPlotItem([ALPHA_C], [0.0], symbol="t1", size=16, brush=pg.mkBrush(style.CRITICAL),
                                 pen=pg.mkPen(style.fg(), width=1)))  # α_c on the T = 0 axis
    p.setXRange(x_edges[0], x_edges[-1], padding=0)
    p.setYRange(0.0, y_edges[-1], padding=0)
    place_legend(p)


def draw_finite_size(w: pg.PlotWidget, res) -> None:
    """α_c(N) against N^(−1/2) with its error bars, the fitted line and its value at N = ∞, and the
    AGS α_c = 0.138; each N written on the top axis above its point (labels beside the points lay
    on the fitted line)."""
    p = start_plot(w, [QtCore.QCoreApplication.translate("plots", "capacity α<sub>c</sub>(N)"), "α<sub>c</sub>(N)"],
                   [QtCore.QCoreApplication.translate("plots", "N<sup>−1/2</sup> (N = ∞ at 0)"), "N<sup>−1/2</sup>"])
    x = np.asarray(res.n, float) ** -0.5
    ok = np.isfinite(res.alpha_c)
    colour = style.PALETTE[0]
    values = [np.array([ALPHA_C])]
    if ok.any():
        err = Z95 * np.nan_to_num(res.alpha_c_err[ok])  # 95 % intervals: what "0.138 inside the bar" can mean
        p.addItem(pg.ErrorBarItem(x=x[ok], y=res.alpha_c[ok], height=2 * err, beam=0.002,
                                  pen=pg.mkPen(colour, width=2)))
        p.plot(x[ok], res.alpha_c[ok], pen=None, symbol="o", symbolSize=12, symbolBrush=colour,
               name=QtCore.QCoreApplication.translate("plots", "α<sub>c</sub>(N): half the runs end with m > 0.9 "
                                                               "(95 % intervals)"))
        values += [res.alpha_c[ok] - err, res.alpha_c[ok] + err]
    top = p.getAxis("top")
    p.showAxis("top")
    top.setTickFont(_font(style.TICK_PT - 1))
    top.setTextPen(style.muted())
    top.setPen(pg.mkPen(style.muted(), width=1))
    no_si_prefix(top)  # the ticks are N itself, written by hand: no "(x0.001)" from the N^(−1/2) range
    top.setLabel("N", **{"font-size": f"{style.pt(style.TICK_PT)}pt", "color": style.muted()})
    if math.isfinite(res.alpha_c_inf):
        xs = np.linspace(0.0, x.max() * 1.05, 50)
        p.plot(xs, res.alpha_c_inf + res.slope * xs, pen=pg.mkPen(style.theory(), width=3, style=QtCore.Qt.DashLine),
               name=QtCore.QCoreApplication.translate("plots", "fit: α<sub>c</sub>(∞) = {v} ± {e} (95 %)").format(
                   v=number(res.alpha_c_inf, ".3f"), e=number(Z95 * res.alpha_c_inf_err, ".3f")))
        p.addItem(pg.ErrorBarItem(x=np.array([0.0]), y=np.array([res.alpha_c_inf]),
                                  height=np.array([2 * Z95 * res.alpha_c_inf_err]), beam=0.003,
                                  pen=pg.mkPen(style.theory(), width=3)))
        values += [np.array([res.alpha_c_inf - Z95 * res.alpha_c_inf_err, res.alpha_c_inf + Z95 * res.alpha_c_inf_err])]
    p.plot(
        [-1.0, 1.0],
        [ALPHA_C, ALPHA_C],
        pen=pg.mkPen(style.CRITICAL, width=3, style=QtCore.Qt.DotLine),
        name=QtCore.QCoreApplication.translate("plots", "AGS: α<sub>c</sub> = {value}").format(
            value=number(ALPHA_C, ".3f")
        ),
    )
    v = np.concatenate([np.asarray(a, float).ravel() for a in values])
    v = v[np.isfinite(v)]
    lo, hi = float(v.min()), float(v.max())
    pad = 0.12 * max(hi - lo, 0.01)
    p.setXRange(-0.04 * x.max(), x.max() * 1.12, padding=0)
    p.setYRange(lo - pad, hi + pad, padding=0)
    place_legend(p)
    p.layout.activate()
    thin_ticks(top, [(float(xi), f"{int(n)}") for xi, n in zip(x, res.n, strict=True)], p.getViewBox())
