"""The structural-plasticity experiment drawn: the fraction of runs that recall against the load per
connection α = K/(cN), one curve per connectivity, with the theory's capacities as dotted lines (the
fully connected 0.138, clipped synapses ≈ 0.10, extreme dilution 2/π) and each measured α_c marked."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore

from . import style
from .figures import critical_line, start_plot
from .legend import place_legend, place_line_label
from ..i18n.numbers import number
from ...core.dilution import ALPHA_C_CLIPPED, ALPHA_C_DILUTE
from ...core.theory import ALPHA_C


def draw_dilution(w: pg.PlotWidget, res) -> None:
    p = start_plot(
        w,
        [
            QtCore.QCoreApplication.translate("plots", "fraction with m > 0.9"),
            QtCore.QCoreApplication.translate("plots", "recalled"),
        ],
        [QtCore.QCoreApplication.translate("plots", "load per connection α = K/(cN)"), "α = K/(cN)"],
    )
    frac = res.retrieved_fraction
    ac, _err = res.alpha_c()
    kept = QtCore.QCoreApplication.translate("plots", "kept") if res.mode == "prune" else "c"
    for i, c in enumerate(res.connectivity):
        ok = np.isfinite(frac[i])
        if not ok.any():
            continue
        colour = style.PALETTE[i % len(style.PALETTE)]
        name = f"{kept} = {number(c)}" + (f" · α<sub>c</sub> = {number(ac[i], '.3f')}" if np.isfinite(ac[i]) else "")
        p.plot(res.alpha[ok], frac[i][ok], pen=pg.mkPen(colour, width=style.line_px()), symbol="o", symbolSize=9,
               symbolBrush=colour, name=name)
    marks = [(ALPHA_C, f"α<sub>c</sub> = {number(ALPHA_C, '.3f')}", style.CRITICAL)]
    if res.mode == "clip":
        marks.append(
            (
                ALPHA_C_CLIPPED,
                QtCore.QCoreApplication.translate("plots", "clipped ≈ {v}").format(v=number(ALPHA_C_CLIPPED, ".2f")),
                style.theory(),
            )
        )
    elif res.alpha.max() >= 0.9 * ALPHA_C_DILUTE:
        marks.append(
            (ALPHA_C_DILUTE, QtCore.QCoreApplication.translate("plots", "extreme dilution 2/π"), style.theory())
        )
    p.setYRange(-0.05, 1.05, padding=0)
    p.setXRange(0, float(res.alpha.max()) * 1.05, padding=0.02)
    for x, html, colour in marks:
        line = critical_line(x, html, 0.9, colour=colour)
        p.addItem(line)
        place_line_label(p, line)
    place_legend(p)
