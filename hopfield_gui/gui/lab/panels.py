"""One panel of the slide: its title and source, the protocol's spikes to scale, and the plot of the
model's curves against the published data (``plotting/lab_figures.py`` draws them)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets

from ..background.throttle import Throttle
from ..i18n import Texts, Translated
from ..plotting import lab_figures as lf
from ..widgets import plotmenu


class ProtocolPanel(Translated, QtWidgets.QFrame):
    def __init__(self, panel: str, parent=None):
        super().__init__(parent)
        self.panel = panel
        self.texts = tx = Texts()
        self.results: list = []
        self.params = None
        self.other = None
        title, source = {
            "frequency": (lambda: self.tr("Frequency — Dudek & Bear (1992)"),
                          lambda: self.tr("900 pulses at 1–100 Hz, hippocampus CA1 (PNAS 89:4363). Bands: the sign "
                                          "they found; no digitised points exist.")),
            "timing": (lambda: self.tr("Timing — Bi & Poo (1998)"),
                       lambda: self.tr("60 pairs at 1 Hz, hippocampal cultures; points: 45 cells of their Fig. 7 "
                                       "(J Neurosci 18:10464).")),
            "both": (lambda: self.tr("Timing and frequency — Sjöström et al. (2001)"),
                     lambda: self.tr("Δt = +10 ms: solid, squares; −10 ms: dashed, triangles (± SEM); dotted: the "
                                     "other protocol. Visual cortex L5 (Neuron 32:1149).")),
        }[panel]
        self.title = QtWidgets.QLabel()
        f = self.title.font()
        f.setBold(True)
        self.title.setFont(f)
        self.title.setWordWrap(True)
        tx(self.title.setText, title)
        # the source and what the strip shows, in one smaller paragraph (a line saved counts at 640 pixels)
        self._source = source
        self.source = QtWidgets.QLabel()
        self.source.setWordWrap(True)
        small = self.source.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))
        self.source.setFont(small)
        self.note = QtWidgets.QLabel("")  # e.g. "BCM has no spike timing"
        self.note.setWordWrap(True)
        self.note.hide()
        self.legend = QtWidgets.QLabel("")  # the rules and their E, when the side column steps aside (F5)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(QtCore.Qt.RichText)
        self.legend.hide()
        self.strip = pg.PlotWidget()
        self.strip.setFixedHeight(50)
        self.strip.getPlotItem().setMenuEnabled(False)
        # no legend: the lab's side column names each rule in its colour, with E (the legend under
        # the plot took half of a panel on a 1280 × 720 screen)
        self.plot = pg.PlotWidget()
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        plotmenu.install(self.plot)
        self.plot.setMinimumHeight(120)
        self._redraw = Throttle(self.redraw, delay_ms=120, parent=self)
        self._closed = False
        self.plot.installEventFilter(self)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.setSpacing(2)
        for wdg in (self.title, self.source, self.note, self.legend, self.strip):
            lay.addWidget(wdg)
        lay.addWidget(self.plot, 1)

    def show_results(self, results: list, params, other=None) -> None:
        """Draw the curves of ``results`` [(RuleChoice, Curves)] with the settings ``params`` (and,
        on the Sjöström panel, ``other``: the current rule under the other protocol)."""
        self.results, self.params, self.other = results, params, other
        self.redraw()

    def redraw(self) -> None:
        p = self.params
        if p is None:
            return
        dt = p.play_dt if self.panel == "timing" else 10.0
        freq = p.play_freq
        pre, post, span, caption = lf.strip_spikes(self.panel, p.protocol, dt, freq)
        above = self.tr("Above: {what}.").format(what=caption)
        self.source.setText(f"{self._source()} {above}")
        if self.source.isHidden():
            self.title.setToolTip(self.source.text())
        lf.draw_strip(self.strip, pre, post, span)
        if self.panel == "frequency":
            lf.draw_frequency(self.plot, self.results)
        elif self.panel == "timing":
            lf.draw_timing(self.plot, self.results)
        else:
            lf.draw_both(self.plot, self.results, p.protocol, self.other)
        timed = all(c.window_dw is not None for _, c in self.results[:1])
        self.note.setVisible(self.panel != "frequency" and not timed)
        if not timed:
            self.note.setText(self.tr("BCM is a rate rule: it has no spike timing. Choose a spike or calcium "
                                      "rule to see this panel."))

    def retranslate(self) -> None:
        self.redraw()

    def restyle(self) -> None:
        self.redraw()

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt name)
        if obj is self.plot and ev.type() == QtCore.QEvent.Resize and not self._closed:
            self._redraw.request()  # which axis labels fit depends on the size
        return False

    def set_compact(self, on: bool, legend: str = "") -> None:
        """Presentation mode: the title (which names the paper) stays, the paragraph under it moves
        into the title's tooltip — the curves need the room on a projector; ``legend`` (the rules
        in their colours, with E) takes the place of the side column, which steps aside."""
        self.source.setVisible(not on)
        self.title.setToolTip(self.source.text() if on else "")
        self.legend.setText(legend)
        self.legend.setVisible(on and bool(legend))

    def shutdown(self) -> None:
        self._closed = True
        self._redraw.cancel()
