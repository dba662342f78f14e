"""The Plasticity lab's drawings: each protocol's spikes (a strip of ticks, to scale) and the slide's
three panels — the model's curves for every rule shown, against the published data with their
sources. Shared by the lab's panels and its exported pictures; texts in the context "lab"."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from pyqtgraph.Qt import QtCore, QtGui

from . import style
from .figures import label_axes_fitting, start_plot
from .fit import fit_ticks
from .legend import place_legend
from ..i18n.messages import translate_message
from ..i18n.numbers import number
from ...core import plasticity as pl
from ...core import plasticity_rules as rules
from ...core import plasticity_lab as lab


def kind_name(kind: str) -> str:
    """The rule's name as its module declares it, in the interface's language."""
    return translate_message(rules.kind(kind).title)


def rule_label(choice) -> str:
    """"triplet STDP (visual-minimal)", starred when a parameter was changed."""
    return f"{kind_name(choice.kind)} ({choice.set_name}{'*' if choice.params else ''})"


def rule_colour(i: int) -> str:
    """The current rule in the first colour, the rules kept for comparison in the next ones."""
    return style.pattern_colour(i)


def _font(pt: float) -> QtGui.QFont:
    f = QtGui.QFont()
    f.setPointSize(style.pt(pt))
    return f


# --- the protocol strip ------------------------------------------------------------------------------
def draw_strip(w: pg.PlotWidget, pre, post, span: tuple[float, float]) -> None:
    """Pre ticks on the upper row, post ticks on the lower one, to scale in ms."""
    p = w.getPlotItem()
    w.setBackground(style.bg())
    p.clear()
    for name in ("left", "bottom"):
        ax = p.getAxis(name)
        ax.setTickFont(_font(style.TICK_PT - 3))
        ax.setPen(pg.mkPen(style.fg(), width=1))
        ax.setTextPen(style.fg())
        ax.setStyle(tickLength=3, tickTextOffset=2)
    pre_text, post_text = (
        QtCore.QCoreApplication.translate("lab", "pre"),
        QtCore.QCoreApplication.translate("lab", "post"),
    )
    p.getAxis("left").setTicks([[(1.0, pre_text), (0.0, post_text)]])
    fm = QtGui.QFontMetrics(_font(style.TICK_PT - 3))
    p.getAxis("left").setWidth(max(fm.horizontalAdvance(pre_text), fm.horizontalAdvance(post_text)) + 14)
    p.getAxis("bottom").setHeight(fm.height() + 6)
    for row, times, colour in ((1.0, pre, style.fg()), (0.0, post, rule_colour(4))):
        t = np.asarray(times, float)
        t = t[(t >= span[0]) & (t <= span[1])]
        if t.size:
            xs = np.repeat(t, 2)
            ys = np.tile([row - 0.38, row + 0.38], t.size)
            p.plot(xs, ys, connect="pairs", pen=pg.mkPen(colour, width=style.line_px(2)))
    p.setYRange(-0.5, 1.5, padding=0)
    p.setXRange(*span, padding=0.02)
    p.setMouseEnabled(False, False)


def strip_spikes(panel: str, protocol: str, dt: float, freq: float):
    """What the strip of a panel shows: one train of its protocol, to scale, and what it is."""
    if panel == "timing":
        pre, post = pl.pairs(1, 1.0, dt)
        return (
            pre,
            post,
            (-110.0, 110.0),
            QtCore.QCoreApplication.translate("lab", "one of 60 pairs at 1 Hz, Δt = {dt} ms").format(
                dt=number(dt, "g", plus=True)
            ),
        )
    if panel == "both":
        pre, post = pl.pairs(5, freq, dt)
        period = 1000.0 / freq
        span = (min(0.0, dt) - 0.1 * period, 4 * period + max(0.0, dt) + 0.1 * period)
        text = (
            QtCore.QCoreApplication.translate("lab", "5 pairs at {f} Hz, repeated 15 times every 10 s")
            if protocol == "bursts"
            else QtCore.QCoreApplication.translate("lab", "5 of 60 pairs in a row at {f} Hz")
        ).format(f=number(freq))
        return pre, post, span, text
    pre, post = pl.frequency_train(freq, 10, 1.0, seed=0)
    period = 1000.0 / freq
    return (
        pre,
        post,
        (-0.3 * period, 9.3 * period),
        QtCore.QCoreApplication.translate("lab", "10 of 900 pulses at {f} Hz").format(f=number(freq)),
    )


def played_caption(panel: str, protocol: str, dt: float, freq: float, rate_rule: bool = False) -> str:
    """What the player plays (core.plasticity_lab.protocol_spikes), in the interface's language."""
    if rate_rule:
        return QtCore.QCoreApplication.translate(
            "lab",
            "all 900 pulses at {f} Hz: BCM sees the rates, x = {f} Hz and y; its threshold θ_M slides towards y²/y₀",
        ).format(f=number(freq))
    if panel == "timing":
        return QtCore.QCoreApplication.translate("lab", "3 of 60 pairs at 1 Hz, Δt = {dt} ms").format(
            dt=number(dt, "g", plus=True)
        )
    if panel == "both" and protocol == "bursts":
        return QtCore.QCoreApplication.translate(
            "lab", "2 of the 15 trains of 5 pairs at {f} Hz, 10 s apart, Δt = {dt} ms"
        ).format(f=number(freq), dt=number(dt, "g", plus=True))
    if panel == "both":
        return QtCore.QCoreApplication.translate("lab", "15 of 60 pairs in a row at {f} Hz, Δt = {dt} ms").format(
            f=number(freq), dt=number(dt, "g", plus=True)
        )
    return QtCore.QCoreApplication.translate(
        "lab", "20 of 900 pulses at {f} Hz; the post neuron fires as a Poisson process at {f} Hz"
    ).format(f=number(freq))


# --- the three panels ----------------------------------------------------------------------------------
def _zero_line(p: pg.PlotItem) -> None:
    p.addItem(pg.InfiniteLine(0.0, angle=0, pen=pg.mkPen(style.muted(), width=1.5)))


def y_range(p: pg.PlotItem, values: list[np.ndarray], low: float = -0.6, high: float = 1.2) -> None:
    """Enough to show every curve and point, but a runaway rule (900 pulses of additive STDP at 100 Hz
    give +9000 %) does not flatten the rest: clipped to −150 % … +250 %."""
    v = np.concatenate([np.asarray(x, float).ravel() for x in values if x is not None] + [np.array([low, high])])
    v = v[np.isfinite(v)]
    lo, hi = max(float(v.min()), -1.5), min(float(v.max()), 2.5)
    pad = 0.08 * (hi - lo)
    p.setYRange(lo - pad, hi + pad, padding=0)


def _start(w: pg.PlotWidget, left: list[str], bottom: list[str]) -> pg.PlotItem:
    """start_plot, then the axis titles chosen again once the axes have their widths for this look
    (the first choice measured the plot with the previous axis widths: in presentation mode a
    title that did not fit was kept)."""
    p = start_plot(w, left, bottom)
    p.layout.activate()
    label_axes_fitting(p, left, bottom)
    return p


def _finish(p: pg.PlotItem) -> None:
    p.layout.activate()
    place_legend(p)  # inside, where it covers no curve or point; else above them or under the plot
    fit_ticks(p)  # a short plot in large type: fewer numbers on the vertical axis, never overlapping


def log_ticks(p: pg.PlotItem, values: tuple[float, ...], sparse: tuple[float, ...]) -> None:
    """Frequencies on a log axis as people write them (0.1, 1, 10, 50), not pyqtgraph's 2·10¹; the
    ``sparse`` set when the plot is narrow (a projector in presentation mode)."""
    p.layout.activate()
    shown = values if p.getViewBox().width() >= 60 * len(values) else sparse
    p.getAxis("bottom").setTicks([[(math.log10(v), number(v)) for v in shown], []])


def _dw_axis() -> list[str]:
    return [QtCore.QCoreApplication.translate("lab", "weight change Δw/w₀"), "Δw/w₀"]


def dudek_bear_bands(p: pg.PlotItem) -> None:
    """The sign Dudek & Bear (1992) found, as bands on a log frequency axis: LTD at 1–3 Hz, none near
    10 Hz, LTP at 50 Hz (their labels are moved to the top by :func:`bands_to_top`)."""
    for (lo, hi), text, colour in (((1.0, 3.0), QtCore.QCoreApplication.translate("lab", "LTD"), (0, 114, 178, 40)),
                                   ((8.0, 12.0), "≈ 0", (120, 120, 120, 40)),
                                   ((40.0, 60.0), QtCore.QCoreApplication.translate("lab", "LTP"), (213, 94, 0, 40))):
        band = pg.LinearRegionItem((math.log10(lo), math.log10(hi)), movable=False, brush=pg.mkBrush(*colour),
                                   pen=pg.mkPen(None))
        p.addItem(band)
        label = pg.TextItem(text, color=style.muted(), anchor=(0.5, 0))
        label.setFont(_font(style.TICK_PT - 1))
        label.setPos(math.log10(math.sqrt(lo * hi)), 0.0)
        p.addItem(label)
        band.label = label


def bands_to_top(p: pg.PlotItem) -> None:
    for item in p.items:
        if isinstance(item, pg.LinearRegionItem) and hasattr(item, "label"):
            item.label.setPos(item.label.pos().x(), p.getViewBox().viewRange()[1][1])


def _bound_marks(p: pg.PlotItem, x, y, hit, colour: str, named: list) -> None:
    """Where the weight reached a bound (0, or w_max) during the protocol: a cross on the curve, named
    once in the legend — the rule's additive change stopped there, the curve does not go past it."""
    hit = np.asarray(hit, bool) if hit is not None else np.zeros(0, bool)
    if not hit.any():
        return
    name = None if named else QtCore.QCoreApplication.translate("lab", "× the weight reached a bound (0 or w_max)")
    named.append(True)
    p.plot(np.asarray(x)[hit], np.asarray(y)[hit], pen=None, symbol="x", symbolSize=13,
           symbolPen=pg.mkPen(style.fg(), width=2), symbolBrush=colour, name=name)


def draw_frequency(w: pg.PlotWidget, results: list) -> None:
    """Dudek & Bear (1992): dw after 900 pulses against the frequency (log axis), with the sign they
    found as bands — LTD at 1–3 Hz, none near 10 Hz, LTP at 50 Hz (no digitised points exist)."""
    p = _start(
        w,
        _dw_axis(),
        [
            QtCore.QCoreApplication.translate("lab", "stimulation frequency (Hz)"),
            QtCore.QCoreApplication.translate("lab", "frequency (Hz)"),
            "f (Hz)",
        ],
    )
    p.setLogMode(x=True, y=False)
    dudek_bear_bands(p)
    _zero_line(p)
    values, named = [], []
    for i, (choice, c) in enumerate(results):
        colour = rule_colour(i)
        if c.freq_sem is not None:
            p.addItem(pg.ErrorBarItem(x=np.log10(c.freq_hz), y=c.freq_dw, height=2 * c.freq_sem,
                                      pen=pg.mkPen(colour, width=1.5)))
        p.plot(c.freq_hz, c.freq_dw, pen=pg.mkPen(colour, width=style.line_px(3)), symbol="o", symbolSize=6,
               symbolBrush=colour, name=rule_label(choice))
        _bound_marks(p, c.freq_hz, c.freq_dw, (c.bound or {}).get("frequency"), colour, named)
        values.append(c.freq_dw)
    y_range(p, values)
    bands_to_top(p)
    log_ticks(p, (1, 2, 5, 10, 20, 50, 100), (1, 10, 100))
    p.setXRange(-0.12, 2.12, padding=0)  # room for the end numbers (1, 100)
    _finish(p)


def draw_timing(w: pg.PlotWidget, results: list) -> None:
    """Bi & Poo (1998): dw after 60 pairs at 1 Hz against Δt, with their 45 cells."""
    p = _start(w, _dw_axis(), [QtCore.QCoreApplication.translate("lab", "Δt = t_post − t_pre (ms)"), "Δt (ms)"])
    p.setLogMode(x=False, y=False)
    _zero_line(p)
    p.addItem(pg.InfiniteLine(0.0, angle=90, pen=pg.mkPen(style.muted(), width=1, style=QtCore.Qt.DotLine)))
    d, _ = pl.published("bi-poo-1998")
    values, named = [d["percent_change"] / 100], []
    for i, (choice, c) in enumerate(results):
        if c.window_dw is None:
            continue
        p.plot(c.dt_ms, c.window_dw, pen=pg.mkPen(rule_colour(i), width=style.line_px(3)), name=rule_label(choice))
        _bound_marks(p, c.dt_ms, c.window_dw, (c.bound or {}).get("timing"), rule_colour(i), named)
        values.append(c.window_dw)
    p.plot(
        d["dt_ms"],
        d["percent_change"] / 100,
        pen=None,
        symbol="o",
        symbolSize=8,
        symbolBrush=None,
        symbolPen=pg.mkPen(style.fg(), width=1.5),
        name=QtCore.QCoreApplication.translate("lab", "Bi & Poo 1998, 45 cells"),
    )
    y_range(p, values)
    p.setXRange(-100, 100, padding=0.02)
    _finish(p)


def draw_both(w: pg.PlotWidget, results: list, protocol: str, other=None) -> None:
    """Sjöström et al. (2001): dw against the pairing frequency for Δt = +10 ms (solid) and −10 ms
    (dashed), the ten points ± SEM (squares: +10 ms, triangles: −10 ms); E — the fit's error — is in
    each rule's name. ``other``: (rule, protocol, dw) of the current rule under the other protocol,
    drawn thin and faint (dotted)."""
    p = _start(w, _dw_axis(), [QtCore.QCoreApplication.translate("lab", "pairing frequency (Hz)"), "f (Hz)"])
    p.setLogMode(x=True, y=False)
    _zero_line(p)
    d, _ = pl.published("sjostrom-2001")
    values, named = [d["dw_mean"] + d["dw_sem"], d["dw_mean"] - d["dw_sem"]], []
    for i, (choice, c) in enumerate(results):
        if c.pairing_dw is None:
            continue
        colour = rule_colour(i)
        name = rule_label(choice) + (f": E = {number(c.error, '.2f')}" if c.error is not None else "")
        for j, dt in enumerate(lab.PAIRING_DT):
            dash = QtCore.Qt.SolidLine if dt > 0 else QtCore.Qt.DashLine
            p.plot(c.pair_hz, c.pairing_dw[j], pen=pg.mkPen(colour, width=style.line_px(3), style=dash),
                   name=name if dt > 0 else None)
            hit = (c.bound or {}).get("both")
            _bound_marks(p, c.pair_hz, c.pairing_dw[j], hit[j] if hit is not None else None, colour, named)
            values.append(c.pairing_dw[j])
    if other is not None and results and other[0] == results[0][0] and other[1] != protocol:
        faint = QtGui.QColor(rule_colour(0))
        faint.setAlpha(150)
        for j in range(len(lab.PAIRING_DT)):
            p.plot(lab.PAIRING_HZ, other[2][j], pen=pg.mkPen(faint, width=2, style=QtCore.Qt.DotLine))
    for dt, symbol in ((10.0, "s"), (-10.0, "t")):
        sel = d["dt_ms"] == dt
        x = np.log10(d["freq_hz"][sel])
        p.addItem(pg.ErrorBarItem(x=x, y=d["dw_mean"][sel], height=2 * d["dw_sem"][sel], beam=0.04,
                                  pen=pg.mkPen(style.fg(), width=1.5)))
        p.plot(d["freq_hz"][sel], d["dw_mean"][sel], pen=None, symbol=symbol, symbolSize=11,
               symbolBrush=style.bg(), symbolPen=pg.mkPen(style.fg(), width=2),
               name=QtCore.QCoreApplication.translate("lab", "Sjöström 2001, Δt = {dt} ms").format(
                   dt=number(dt, "g", plus=True)))
    y_range(p, values, -0.4, 0.8)
    log_ticks(p, (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50), (0.1, 1, 10, 50))
    p.setXRange(-1.2, math.log10(75), padding=0)
    _finish(p)
