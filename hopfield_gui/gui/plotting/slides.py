"""Figures for slides: a fixed size chosen by the user, a title, the plot with its legend (each
pattern in its colour), axis labels and a caption line with the parameters — the same look for
File ▸ Export figure, the experiments' Export and ``hopfield … --plot``.

A figure is drawn in a widget of its own at the asked size (offscreen, never the window's plot
stretched), then saved atomically.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from . import style
from ...core.writing import atomic_output, failed

#: The sizes offered (width, height in pixels): slides 16:10, a square one, full HD.
SIZES = ((1600, 1000), (1200, 1200), (1920, 1080))
#: Text and lines of a 1000-pixel-high figure, relative to the window's: read from the back of a room.
SLIDE_SCALE = 1.5


class Figure(QtWidgets.QWidget):
    """Title, plot and caption at a fixed size; ``plot`` is a pyqtgraph PlotWidget to draw into."""

    def __init__(self, size: tuple[int, int], title: str, caption: str, plot: pg.PlotWidget):
        super().__init__()
        self.setAttribute(QtCore.Qt.WA_DontShowOnScreen)  # drawn offscreen, never shown
        self.setFixedSize(*size)
        pal = self.palette()
        pal.setColor(QtGui.QPalette.Window, QtGui.QColor(style.bg()))
        pal.setColor(QtGui.QPalette.WindowText, QtGui.QColor(style.fg()))
        self.setPalette(pal)
        self.setAutoFillBackground(True)
        scale = size[1] / 1000  # text in proportion to the figure, as on a slide
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(int(30 * scale), int(20 * scale), int(30 * scale), int(16 * scale))
        self.title = QtWidgets.QLabel(title)
        self.title.setTextFormat(QtCore.Qt.RichText)
        self.title.setWordWrap(True)
        self.title.setAlignment(QtCore.Qt.AlignCenter)
        f = QtGui.QFont()
        f.setPointSizeF(26 * scale)
        f.setBold(True)
        self.title.setFont(f)
        self.caption = QtWidgets.QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(QtCore.Qt.AlignCenter)
        fc = QtGui.QFont()
        fc.setPointSizeF(15 * scale)
        self.caption.setFont(fc)
        self.plot = plot
        lay.addWidget(self.title)
        lay.addWidget(plot, 1)
        lay.addWidget(self.caption)

    def render(self) -> QtGui.QImage:
        self.show()  # laid out (WA_DontShowOnScreen: nothing appears)
        QtWidgets.QApplication.processEvents()
        img = self.grab().toImage()
        self.hide()
        return img


def save_image(img: QtGui.QImage, path) -> None:
    """Write ``img`` as a PNG through the one atomic writer (core/writing.py): the old file stays
    whole and a :class:`~hopfield_gui.core.writing.WriteError` names the file if it cannot be
    written — every PNG the window saves goes through here."""
    with atomic_output(path) as tmp:
        if not img.save(tmp, "PNG"):
            raise failed(path)


def curves_figure(t, m, names: list[str], colours: list[str], size: tuple[int, int], title: str, caption: str,
                  labels: tuple[str, str]) -> QtGui.QImage:
    """The overlap curves m^μ(t), one per pattern in its colour and named in the legend."""
    with style.scaled(size[1] / 1000 * SLIDE_SCALE):
        return _curves_figure(t, m, names, colours, size, title, caption, labels)


def _curves_figure(t, m, names, colours, size, title, caption, labels) -> QtGui.QImage:
    from .figures import label_axes, new_plot
    w = new_plot()
    p = w.getPlotItem()
    label_axes(p, *labels)
    width = max(3.0, 6.0 * size[1] / 1000)  # as thick, relative to the figure, as on a projector
    for k in range(m.shape[1]):
        p.plot(np.asarray(t), m[:, k], pen=pg.mkPen(colours[k], width=width), name=names[k])
    p.setYRange(-1.05, 1.05, padding=0)
    if len(t):
        p.setXRange(float(t[0]), float(t[-1]), padding=0.02)
    p.legend.setColumnCount(min(4, max(1, m.shape[1])))
    fig = Figure(size, title, caption, w)
    try:
        return fig.render()
    finally:
        fig.deleteLater()


def result_figure(result, kind: str, size: tuple[int, int], title: str, caption: str) -> QtGui.QImage:
    """An experiment's result with its theory, as on a slide."""
    from .figures import new_plot
    from .results import draw_result
    with style.scaled(size[1] / 1000 * SLIDE_SCALE):
        w = new_plot()
        w.resize(size[0], int(size[1] * 0.8))
        draw_result(w, result, kind)
        fig = Figure(size, title, caption, w)
        try:
            return fig.render()
        finally:
            fig.deleteLater()


def result_caption(result, kind: str, seed=None) -> str:
    """The parameters of an experiment in one line (its declared caption, core/experiment_kinds/), in
    the interface's language (the command line draws in English)."""
    from ...core.experiment_kinds import kind as experiment
    from ..i18n.messages import translate_message
    parts = [translate_message(p) for p in experiment(kind).caption(result)]
    if seed is not None:
        parts.append(QtCore.QCoreApplication.translate("plots", "seed = {seed}").format(seed=seed))
    return " · ".join(parts) + " — Hopfield Explorer"


def state_figure(state: QtGui.QImage, patterns: list[tuple[QtGui.QImage, str, int]], title: str, caption: str,
                 width: int = 1200) -> QtGui.QImage:
    """The network state, large, under a title; the stored patterns as thumbnails, each framed
    and named in its colour; a caption. ``patterns``: (image, name, library index) of each."""
    thumbs = patterns[:8]
    side = int(width * 0.62)  # the state's square
    t_side = int(min(width / max(1, len(thumbs)) * 0.7, width * 0.16)) if thumbs else 0
    height = int(width * 0.09) + side + (t_side + int(width * 0.08) if thumbs else 0) + int(width * 0.08)
    img = QtGui.QImage(width, height, QtGui.QImage.Format_RGB32)
    img.fill(QtGui.QColor(style.bg()))
    p = QtGui.QPainter(img)
    p.setRenderHint(QtGui.QPainter.Antialiasing)
    p.setRenderHint(QtGui.QPainter.SmoothPixmapTransform, False)
    f = QtGui.QFont()
    f.setPixelSize(int(width * 0.035))
    f.setBold(True)
    p.setFont(f)
    p.setPen(QtGui.QColor(style.fg()))
    p.drawText(QtCore.QRect(0, 0, width, int(width * 0.09)), QtCore.Qt.AlignCenter, title)
    rows, cols = state.height(), state.width()
    sw, sh = (side, int(side * rows / cols)) if cols >= rows else (int(side * cols / rows), side)
    top = int(width * 0.09)
    p.drawImage(QtCore.QRect((width - sw) // 2, top, sw, sh), state)
    y = top + side + int(width * 0.02)
    fn = QtGui.QFont()
    fn.setPixelSize(int(width * 0.025))
    fn.setBold(True)
    p.setFont(fn)
    step = width / max(1, len(thumbs))
    for k, (thumb, name, index) in enumerate(thumbs):
        x = int(step * k + (step - t_side) / 2)
        r = QtCore.QRect(x, y, t_side, t_side)
        p.drawImage(r, thumb)
        p.setPen(QtGui.QPen(QtGui.QColor(style.pattern_colour(index)), max(3, t_side // 20)))
        p.drawRect(r.adjusted(-3, -3, 3, 3))
        p.setPen(QtGui.QColor(style.text_colour(index)))
        p.drawText(QtCore.QRect(int(step * k), y + t_side + 6, int(step), int(width * 0.05)),
                   QtCore.Qt.AlignHCenter | QtCore.Qt.AlignTop, name)
    fc = QtGui.QFont()
    fc.setPixelSize(int(width * 0.02))
    p.setFont(fc)
    p.setPen(QtGui.QColor(style.fg()))
    # the caption may take two lines (what the network is in; N, K, α, β, the rule)
    p.drawText(QtCore.QRect(int(width * 0.03), height - int(width * 0.08), int(width * 0.94), int(width * 0.075)),
               QtCore.Qt.AlignHCenter | QtCore.Qt.AlignTop | QtCore.Qt.TextWordWrap, caption)
    p.end()
    return img


def plasticity_figure(what: str, out: dict, rule_label: str, size: tuple[int, int] = (1600, 1000)) -> QtGui.QImage:
    """``hopfield plasticity … --plot``: the model's curve(s) and, where they exist, the published
    points with their error bars (Bi & Poo 1998 for the window, Sjöström et al. 2001 for pairing)."""
    from ...core import plasticity as pl
    from .figures import label_axes, new_plot
    with style.scaled(size[1] / 1000 * SLIDE_SCALE):
        w = new_plot()
        p = w.getPlotItem()
        p.addItem(pg.InfiniteLine(0.0, angle=0, pen=pg.mkPen(style.muted(), width=2)))
        width = max(3.0, 5.0 * size[1] / 1000)
        if what == "window":
            label_axes(p, "Δw / w₀", "Δt = t<sub>post</sub> − t<sub>pre</sub> (ms)")
            p.plot(out["dt_ms"], out["dw"], pen=pg.mkPen(style.PALETTE[0], width=width), name=rule_label)
            d, _ = pl.published("bi-poo-1998")
            p.plot(d["dt_ms"], d["percent_change"] / 100, pen=None, symbol="o", symbolSize=10,
                   symbolBrush=style.PALETTE[1], name="Bi & Poo (1998), 60 pairs at 1 Hz")
            title = f"STDP window: {out['pairs']} pairs at {out['freq_hz']:g} Hz"
            caption = "Δt = t_post − t_pre (pre before post: Δt > 0) · Δw relative to the initial weight"
        elif what == "pairing":
            label_axes(p, "Δw / w₀", "pairing frequency (Hz)")
            d, _ = pl.published("sjostrom-2001")
            for j, dt in enumerate(out["dt_ms"]):
                colour = style.PALETTE[j % len(style.PALETTE)]
                p.plot(out["freq_hz"], out["dw"][j], pen=pg.mkPen(colour, width=width),
                       symbol="o", symbolBrush=colour, name=f"{rule_label}, Δt = {dt:+g} ms")
                sel = d["dt_ms"] == dt
                if sel.any():
                    p.addItem(pg.ErrorBarItem(x=d["freq_hz"][sel], y=d["dw_mean"][sel], height=2 * d["dw_sem"][sel],
                                              beam=0.8, pen=pg.mkPen(colour, width=2)))
                    p.plot(d["freq_hz"][sel], d["dw_mean"][sel], pen=None, symbol="s", symbolSize=12,
                           symbolBrush=colour, name=f"Sjöström et al. (2001), Δt = {dt:+g} ms")
            title = f"Timing and frequency ({out['protocol']} protocol)"
            caption = (
                "Δt = t_post − t_pre · "
                + (
                    "60 pairs in a row at each frequency"
                    if out["protocol"] == "continuous"
                    else "5 pairs × 15, every 10 s (Sjöström's protocol)"
                )
                + " · Δw relative to the initial weight"
            )
        else:  # on a log axis, with the sign Dudek & Bear found, as the lab draws it
            from .lab_figures import bands_to_top, dudek_bear_bands, log_ticks, y_range
            label_axes(p, "Δw / w₀", "presynaptic frequency (Hz)")
            p.setLogMode(x=True, y=False)
            dudek_bear_bands(p)
            p.plot(out["freq_hz"], out["dw"], pen=pg.mkPen(style.PALETTE[0], width=width), symbol="o",
                   symbolBrush=style.PALETTE[0], name=rule_label)
            f = np.asarray(out["freq_hz"], float)
            p.setXRange(math.log10(min(f.min(), 1.0)) - 0.1, math.log10(max(f.max(), 60.0)) + 0.1, padding=0)
            log_ticks(p, (1, 2, 5, 10, 20, 50, 100), (1, 10, 100))
            y_range(p, [np.asarray(out["dw"], float)])
            bands_to_top(p)
            title = f"Frequency: {out['pulses']} presynaptic pulses (Dudek & Bear 1992: LTD at 1–3 Hz, LTP at 50 Hz)"
            caption = ("spike rules: the post neuron fires as a Poisson process at gain × f · bands: the sign Dudek & "
                       "Bear found · Δw relative to the initial weight")
        fig = Figure(size, title, caption + " — Hopfield Explorer", w)
        try:
            return fig.render()
        finally:
            fig.deleteLater()


def lab_figure(panel: str, results: list, protocol: str, other, size: tuple[int, int], title: str,
               caption: str) -> QtGui.QImage:
    """One panel of the Plasticity lab as a slide: its title (the experiment and its paper), the
    model's curves against the published data with the legend, and a caption (the protocol, the
    data's source)."""
    from . import lab_figures as lf
    from .figures import new_plot
    with style.scaled(size[1] / 1000 * SLIDE_SCALE):
        w = new_plot()
        w.resize(size[0], int(size[1] * 0.78))
        fig = Figure(size, title, caption, w)
        fig.show()
        QtWidgets.QApplication.processEvents()
        if panel == "frequency":
            lf.draw_frequency(w, results)
        elif panel == "timing":
            lf.draw_timing(w, results)
        else:
            lf.draw_both(w, results, protocol, other)
        try:
            return fig.render()
        finally:
            fig.deleteLater()


def save_result_png(result, path, kind: str, seed=None) -> None:
    """``hopfield … --plot``: the result as a slide figure (1600 × 1000, title, legend, caption)."""
    from ..qtapp import ensure_app
    from .setup import configure_pyqtgraph
    ensure_app()
    configure_pyqtgraph()
    from ...core.experiment_kinds import kind as experiment
    title = str(experiment(kind).title)  # a message is its English text
    save_image(result_figure(result, kind, (1600, 1000), title, result_caption(result, kind, seed)), path)
