"""The weights: W as an image, the trace of one pattern P Pᵀ/N beside the sum, the histogram of
stabilities P_i h_i, and the pattern–pattern overlap matrix."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from ..plotting import style
from ...core.analysis import stabilities
from ...core.patterns import overlap_matrix
from ...core.structure import SparseWeights
from ..plotting.axes import localize_colour_bar, plot_widget
from ..plotting.figures import label_axes
from ..widgets import plotmenu
from ..widgets.adaptive import AdaptiveGrid, Arrangement
from ..layout_report import name_plot
from ..widgets.savedialog import ask_save_path, warn
from ..widgets.showing import Showing
from ..i18n import Texts, Translated
from ..i18n.messages import explain
from ..i18n.numbers import number

MAX_SHOWN_N = 1600  # W is N × N: shown up to 40 × 40 neurons
VIEW_SIZE = (330, 300)  # the least room of one view (× the presentation scale): a 200 × 120 data area and its texts


def _need(view) -> QtCore.QSize:
    return QtCore.QSize(style.pt(VIEW_SIZE[0]), style.pt(VIEW_SIZE[1])).expandedTo(view.minimumSizeHint())


def image_plot(texts: Texts, title) -> tuple[pg.PlotWidget, pg.ImageItem]:
    """A matrix shown as an image, with its axes (the neuron or pattern index) and a colour scale
    that says what each colour is worth."""
    w = plot_widget()
    plotmenu.install(w)
    p = w.getPlotItem()
    texts(lambda t: p.setTitle(t, size=f"{style.pt(style.FONT_PT)}pt", color=style.fg()), title)
    p.invertY(True)
    p.setAspectLocked(True)
    for name in ("left", "bottom"):
        ax = p.getAxis(name)
        ax.setTickFont(QtGui.QFont(QtGui.QFont().family(), style.pt(style.TICK_PT - 3)))
        ax.setStyle(tickLength=4)
    cmap = pg.colormap.get("CET-D1")  # diverging blue–white–red: the sign is visible
    img = pg.ImageItem()
    img.setColorMap(cmap)
    p.addItem(img)
    # the colour scale beside the image (not interactive: the levels are set with the image)
    # horizontal, under the image: its numbers have the plot's whole width (beside a narrow plot
    # they were cut)
    img.scale_bar = bar = pg.ColorBarItem(values=(-1, 1), colorMap=cmap, interactive=False, width=10,
                                          orientation="horizontal")
    bar.setImageItem(img, insert_in=p)
    localize_colour_bar(bar)
    font = QtGui.QFont(QtGui.QFont().family(), style.pt(style.TICK_PT - 3))
    bar.axis.setTickFont(font)
    bar.axis.setHeight(QtGui.QFontMetrics(font).height() + 10)
    return w, img


def show_matrix(img: pg.ImageItem, data: np.ndarray, limit: float) -> None:
    """``data`` on the image and its colour scale, from −limit (blue) to +limit (red)."""
    img.setImage(data, levels=(-limit, limit), autoLevels=False)
    img.scale_bar.setLevels((-limit, limit))


class WeightsPanel(Translated, QtWidgets.QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.texts = tx = Texts()
        self.showing = Showing()  # what is shown is not sent back as the user's change
        self.sum_plot, self.sum_img = image_plot(tx, lambda: self.tr("W: sum of all traces"))
        self.trace_plot, self.trace_img = image_plot(tx, lambda: self.tr("one trace P P<sup>T</sup>/N"))
        self.overlap_plot, self.overlap_img = image_plot(tx, lambda: self.tr("overlaps C<sub>μν</sub>"))
        self.hist_plot = plot_widget()
        for pw, name in ((self.sum_plot, "weights.sum"), (self.trace_plot, "weights.trace"),
                         (self.overlap_plot, "weights.overlaps"), (self.hist_plot, "weights.stabilities")):
            name_plot(pw.getPlotItem(), name)
        plotmenu.install(self.hist_plot)
        hp = self.hist_plot.getPlotItem()
        tx(
            lambda t: hp.setTitle(t, size=f"{style.pt(style.FONT_PT)}pt", color=style.fg()),
            lambda: self.tr("stabilities P<sub>i</sub> h<sub>i</sub>"),
        )
        tx(lambda t: label_axes(hp, t, "P<sub>i</sub> h<sub>i</sub>"), lambda: self.tr("count"))
        hp.getAxis("left").setWidth(60)
        hp.addItem(pg.InfiniteLine(0, angle=90, pen=pg.mkPen(style.CRITICAL, width=3, style=QtCore.Qt.DashLine)))
        self._hist = pg.PlotDataItem(stepMode="center", fillLevel=0, brush=pg.mkBrush(0, 114, 178, 120),
                                     pen=pg.mkPen(style.PALETTE[0], width=2))
        hp.addItem(self._hist)
        self.pattern = QtWidgets.QComboBox()
        tx(self.pattern.setToolTip, lambda: self.tr("The pattern whose trace is shown"))
        self.pattern.currentIndexChanged.connect(self.showing.user(lambda _: self._draw_trace()))
        self.note = QtWidgets.QLabel("")
        self.note.setWordWrap(True)
        tx(self.note.setToolTip, lambda: self.tr("W = (1/N) Σ_μ P^μ P^μᵀ, with w_ii = 0: each stored pattern adds "
                                                 "its own trace P^μ P^μᵀ/N"))
        tx(self.sum_plot.setToolTip, lambda: self.tr("W = (1/N) Σ_μ P^μ P^μᵀ (diagonal removed): the superposition "
                                                     "of the traces"))
        tx(self.trace_plot.setToolTip, lambda: self.tr("The trace left by the chosen pattern alone: P^μ P^μᵀ / N"))
        tx(self.overlap_plot.setToolTip, lambda: self.tr("C_μν = (1/N) Σ_i P_i^μ P_i^ν: similar patterns (large C) "
                                                         "interfere"))
        top = QtWidgets.QHBoxLayout()
        top.addWidget(tx.label(lambda: self.tr("trace of pattern")))
        top.addWidget(self.pattern)
        top.addStretch(1)
        self.export_button = QtWidgets.QPushButton()
        tx(self.export_button.setText, lambda: self.tr("Export PNG…"))
        tx(self.export_button.setToolTip, lambda: self.tr("Save the four weight views as one PNG picture"))
        self.export_button.clicked.connect(self._export_dialog)
        top.addWidget(self.export_button)
        # a 2 × 2 grid when each view gets room, else one tab per view (a 1024-pixel projector)
        self.views = AdaptiveGrid(
            [self.sum_plot, self.trace_plot, self.hist_plot, self.overlap_plot],
            [lambda: self.tr("W"), lambda: self.tr("One trace"), lambda: self.tr("Stabilities"),
             lambda: self.tr("Overlaps")],
            [Arrangement(((0, 0, 1, 1), (0, 1, 1, 1), (1, 0, 1, 1), (1, 1, 1, 1)))], _need)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.note)  # under the controls, the whole width: beside them it widened French past 1024 px
        lay.addWidget(self.views, 1)
        self._patterns = np.zeros((0, 1), np.int8)
        self._dirty = True
        self._config = None

    def set_config(self, cfg, names: list[str]) -> None:
        """The network to show: a ``state.frames.SimConfig`` (its patterns, rule and structure) and the
        names of its patterns."""
        self._config = (cfg, names)
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, ev) -> None:
        super().showEvent(ev)
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        if self._config is None:
            return
        self._dirty = False
        cfg, names = self._config
        patterns = cfg.patterns
        self._patterns = patterns
        cur = self.pattern.currentIndex()
        with self.showing:
            self.pattern.clear()
            self.pattern.addItems(names)
            self.pattern.setCurrentIndex(min(max(cur, 0), len(names) - 1) if names else -1)
        k, n = patterns.shape
        for img in (self.sum_img, self.trace_img, self.overlap_img):
            img.clear()
        self._hist.setData([], [])
        if k == 0:
            self.note.setText(self.tr("No pattern is stored."))
            return
        try:
            w = cfg.weights()  # the worker's own function: the same synapses as the network that runs
        except ValueError as exc:
            from ..i18n.messages import explain
            self.note.setText(explain(exc))
            return
        c = overlap_matrix(patterns)
        show_matrix(self.overlap_img, c, 1.0)
        if k <= 512 and n * k <= 2_000_000:
            st = stabilities(w).ravel()
            lo, hi = float(st.min()), float(st.max())
            if hi - lo < 1e-6 * max(1.0, abs(hi)):  # all equal (e.g. one pattern): one visible bar
                lo, hi = lo - 0.05, hi + 0.05
            counts, edges = np.histogram(st, bins=60, range=(lo, hi))
            self._hist.setData(edges, counts)
            hp = self.hist_plot.getPlotItem()
            hp.setXRange(min(float(edges[0]), -0.05), max(float(edges[-1]), 0.05), padding=0.05)
            hp.setYRange(0, float(counts.max()) * 1.1, padding=0)
            frac = float(np.mean(st < 0))
            extra = (
                self.tr("{percent} % of the stored bits are unstable.").format(percent=number(100 * frac, ".2f")) + " "
            )
        else:
            extra = ""
        if isinstance(w, SparseWeights):  # structural plasticity: the missing synapses are the white pixels
            pairs = n * (n - 1) // 2
            extra += self.tr("{synapses} of {pairs} synapses ({percent} %), white: none.").format(
                synapses=f"{w.synapses:,}".replace(",", "\u2009"), pairs=f"{pairs:,}".replace(",", "\u2009"),
                percent=number(100 * w.synapses / max(pairs, 1), ".1f")) + " "
        if n > MAX_SHOWN_N:
            self.note.setText(extra + self.tr("W has N × N = {entries} entries: shown up to N = {max}.").format(
                entries=f"{n * n:,}".replace(",", "\u2009"), max=MAX_SHOWN_N))
            return
        W = w.matrix()
        lim = max(float(np.abs(W).max()), 1e-12)
        show_matrix(self.sum_img, W, lim)
        self.note.setText(extra + self.tr("Blue −, red +. The sum is the superposition of the traces."))
        self._draw_trace()

    def restyle(self) -> None:
        """Apply the current look (theme, presentation mode)."""
        for pw in (self.sum_plot, self.trace_plot, self.overlap_plot, self.hist_plot):
            pw.setBackground(style.bg())
        self.texts.apply()
        self.views.rearrange()

    def retranslate(self) -> None:
        self.views.retranslate()
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def _draw_trace(self) -> None:
        mu = self.pattern.currentIndex()
        p = self._patterns
        if mu < 0 or mu >= p.shape[0] or p.shape[1] > MAX_SHOWN_N:
            return
        x = p[mu].astype(float)
        t = np.outer(x, x) / x.size
        show_matrix(self.trace_img, t, 1 / x.size)

    def export_png(self, path: str) -> None:
        """The four views as one picture at screen resolution ×2 (sharp on a projector); a
        :class:`~hopfield_gui.core.writing.WriteError` if it cannot be written (the old file stays)."""
        from PySide6 import QtGui

        from ..plotting.slides import save_image
        if self._dirty:
            self.refresh()
        scale = 2
        img = QtGui.QImage(self.size() * scale, QtGui.QImage.Format_ARGB32)
        img.setDevicePixelRatio(scale)
        img.fill(QtGui.QColor(style.bg()))
        self.render(img)
        save_image(img, path)  # a WriteError naming the file if it cannot be written

    def _export_dialog(self) -> None:
        p = ask_save_path(self, self.tr("Export weights"), ".png")
        if p:
            try:
                self.export_png(p)
            except OSError as exc:
                warn(self, explain(exc))
