"""One panel of the slide: its title and source, the protocol's spikes to scale, and the plot of the
model's curves against the published data (``plotting/lab_figures.py`` draws them), each curve and
data set named in a legend inside the plot where it covers nothing."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from ..background.throttle import Throttle
from ..i18n import Texts, Translated
from ..layout_report import name_plot
from ..plotting import lab_figures as lf
from ..plotting import style
from ..plotting.axes import plot_widget
from ..plotting.figures import attach_legend
from ..widgets import plotmenu

PANEL_WIDTH = 300  # the least width of a panel (× the presentation scale): a 200-px data area and its numbers
PLOT_NEED = 200  # the plot's least height (× the scale): a 124-px data area, its numbers and axis title


def panel_texts(panel: str):
    """(title, source) of a panel, as functions giving the text in the interface's language — the
    slide's own words: « de la fréquence de stimulation », « des temps précis », « des deux »."""
    return {
        "frequency": (
            lambda: QtCore.QCoreApplication.translate("ProtocolPanel", "Stimulation frequency — Dudek & Bear (1992)"),
            lambda: QtCore.QCoreApplication.translate(
                "ProtocolPanel",
                "900 pulses at 1–100 Hz, hippocampus CA1 (PNAS 89:4363). Bands: "
                "the sign they found; no digitised points exist.",
            ),
        ),
        "timing": (
            lambda: QtCore.QCoreApplication.translate("ProtocolPanel", "Precise spike timing — Bi & Poo (1998)"),
            lambda: QtCore.QCoreApplication.translate(
                "ProtocolPanel",
                "60 pairs at 1 Hz, hippocampal cultures; points: 45 cells of their Fig. 7 (J Neurosci 18:10464).",
            ),
        ),
        "both": (
            lambda: QtCore.QCoreApplication.translate("ProtocolPanel", "Both combined — Sjöström et al. (2001)"),
            lambda: QtCore.QCoreApplication.translate(
                "ProtocolPanel",
                "Δt = +10 ms: solid, squares; −10 ms: dashed, triangles (± SEM); "
                "dotted: the other protocol. Visual cortex L5 (Neuron 32:1149).",
            ),
        ),
    }[panel]


class ProtocolPanel(Translated, QtWidgets.QFrame):
    needChanged = QtCore.Signal()  # the room it needs changed (more rules compared: a taller legend)

    def __init__(self, panel: str, parent=None):
        super().__init__(parent)
        self.panel = panel
        self.texts = tx = Texts()
        self.results: list = []
        self.params = None
        self.other = None
        title, source = panel_texts(panel)
        self.title = QtWidgets.QLabel()
        self.title.setWordWrap(True)
        tx(self.title.setText, title)
        # the source and what the strip shows, in one smaller paragraph (a line saved counts at 640 pixels)
        self._source = source
        self.source = QtWidgets.QLabel()
        self.source.setWordWrap(True)
        self.note = QtWidgets.QLabel("")  # e.g. "BCM has no spike timing"
        self.note.setWordWrap(True)
        self.note.hide()
        self.strip = plot_widget()
        self.strip.getPlotItem().setMenuEnabled(False)
        name_plot(self.strip.getPlotItem(), f"lab.{panel}.protocol", diagram=True)
        self.plot = plot_widget()
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        plotmenu.install(self.plot)
        name_plot(self.plot.getPlotItem(), f"lab.{panel}")
        attach_legend(self.plot.getPlotItem())  # every rule and data set named, inside the plot if room
        self._redraw = Throttle(self.redraw, delay_ms=120, parent=self)
        self._closed = False
        self._compact = self._focused = False  # presentation mode, the focus view: the paragraph steps aside
        self._entries = 0  # names in the legend: each may need a line under the plot
        self._last_need = QtCore.QSize()
        self.plot.installEventFilter(self)
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.setSpacing(2)
        for wdg in (self.title, self.source, self.note, self.strip):
            lay.addWidget(wdg)
        lay.addWidget(self.plot, 1)
        self._look()

    def _look(self) -> None:
        """Title, source and strip in the current look (larger in presentation mode): the panel's
        header is read from the back row like the network page's plot titles."""
        f = QtGui.QFont()
        f.setPointSize(style.pt(style.FONT_PT))
        f.setBold(True)
        self.title.setFont(f)
        small = QtGui.QFont()
        small.setPointSize(style.pt(style.FONT_PT - 3))
        self.source.setFont(small)
        self.note.setFont(small)
        ticks = QtGui.QFontMetrics(QtGui.QFont("", style.pt(style.TICK_PT - 3))).height()
        self.strip.setFixedHeight(int(2.4 * ticks + ticks + 14))  # pre and post rows, and the time axis
        self.plot.setMinimumHeight(style.pt(150))

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
        self._entries = len(self.plot.getPlotItem().legend.items)
        self._need_changed()

    def _need_changed(self) -> None:
        """Tell the lab's grid when the room this panel needs changed (a legend line, the note)."""
        need = self.need()
        if need != self._last_need:
            self._last_need = need
            self.needChanged.emit()

    def figure_caption(self) -> str:
        """For a slide: the data's source and the protocol the curves were computed with."""
        p = self.params
        if self.panel == "frequency":
            played = self.tr("Model: 900 presynaptic pulses at each frequency; for spike rules the post neuron "
                             "fires as a Poisson process at the same rate.")
        elif self.panel == "timing":
            played = self.tr("Model: 60 pairs at 1 Hz for each Δt = t_post − t_pre.")
        elif p is not None and p.protocol == "bursts":
            played = self.tr("Model: 5 pairs at the frequency, 15 times every 10 s (the real protocol).")
        else:
            played = self.tr("Model: 60 pairs in a row at each frequency (as Pfister & Gerstner fitted).")
        return f"{self._source()} {played}"

    def retranslate(self) -> None:
        self.redraw()

    def restyle(self) -> None:
        self._look()
        self.redraw()

    def eventFilter(self, obj, ev) -> bool:  # noqa: N802 (Qt name)
        if obj is self.plot and ev.type() == QtCore.QEvent.Resize and not self._closed:
            self._redraw.request()  # which axis labels fit and where the legend goes depend on the size
        return False

    def set_compact(self, on: bool) -> None:
        """Presentation mode: the title (which names the paper) stays, the paragraph under it moves
        into the title's tooltip — the curves need the room on a projector (the legend inside the
        plot names every rule with its E)."""
        self._compact = on
        self._show_source()

    def set_focused(self, on: bool) -> None:
        """The focus view: as in presentation mode, the paragraph steps aside for the plot."""
        self._focused = on
        self._show_source()

    def _show_source(self) -> None:
        aside = self._compact or self._focused
        self.source.setVisible(not aside)
        self.title.setToolTip(self.source.text() if aside else "")
        self._need_changed()

    def need(self) -> QtCore.QSize:
        """The least room for a 200 × 120 data area with this panel's texts in the current look: the
        title, the paragraph and the note as they wrap at the least width (a rate rule's note took
        four lines the grid did not know of, and left the plots 3 px), the strip, and the legend under
        the plot (two lines a name in a narrow panel) when no corner is free."""
        from ..plotting.figures import LEGEND_PT
        width = style.pt(PANEL_WIDTH)
        line = QtGui.QFontMetrics(QtGui.QFont("", style.pt(LEGEND_PT))).height()
        legend = max(0, self._entries - 1) * 2 * line
        m = self.layout().contentsMargins()
        spacing = self.layout().spacing()
        texts = sum(w.heightForWidth(width - m.left() - m.right()) + spacing
                    for w in (self.title, self.source, self.note) if not w.isHidden())
        height = m.top() + m.bottom() + texts + self.strip.minimumHeight() + spacing + style.pt(PLOT_NEED) + legend
        return QtCore.QSize(width, height)

    def shutdown(self) -> None:
        self._closed = True
        self._redraw.close()
