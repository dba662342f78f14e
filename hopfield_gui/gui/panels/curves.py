"""Overlap curves m^μ(t) for every stored pattern and the energy E(t), with current values."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtGui, QtWidgets

from ..plotting import style
from ..plotting.axes import plot_widget
from ..i18n.numbers import number
from ..plotting.titles import FittingTexts
from ..widgets import plotmenu
from ..layout_report import name_plot
from ..i18n import Texts, Translated
from ..widgets.livelabel import LiveLabel
from ..background.throttle import Throttle
from ..plotting.curve_view import add_curve_view
from ..plotting.raster_curves import CurveRenderer

MAX_POINTS = 4000
REDRAW_HZ = 24
SHORT_PX = 290  # a plot this high or less (× the presentation scale) shows no title
COMPACT_K = 8  # more stored patterns than this: the numbers fold into one line
MIN_DATA_PX = 124  # the least height of a plot's data area (README, "In class": 120 at every classroom size)


def _esc(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    )  # history kept per curve; older halves are thinned


def _table(cells: list[str], font: QtGui.QFont, width: float) -> str:
    """Rich-text cells (``<td>…</td>``) in rows as full as ``width`` allows (at most four a row),
    every row as wide as its cells need: the numbers under the curves take as few lines as they can."""
    doc = QtGui.QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    rows, row, used = [], [], 0.0
    for c in cells:
        doc.setHtml(f"<table cellspacing='0' cellpadding='0'><tr>{c}</tr></table>")
        w = doc.idealWidth()
        if row and (used + w > width or len(row) == 4):
            rows.append(row)
            row, used = [], 0.0
        row.append(c)
        used += w
    rows.append(row)
    # one table per row: a row's cells do not take the width of another row's
    return "".join(f"<table cellspacing='0' cellpadding='0'><tr>{''.join(r)}</tr></table>" for r in rows)


class CurvesPanel(Translated, QtWidgets.QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.overlap_plot = plot_widget()
        self.energy_plot = plot_widget()
        for pw, name in ((self.overlap_plot, "curves.overlap"), (self.energy_plot, "curves.energy")):
            plotmenu.install(pw)
            name_plot(pw.getPlotItem(), name)
        self.texts = Texts()
        po = self.overlap_plot.getPlotItem()
        po.setYRange(-1.05, 1.08, padding=0)
        self.marks: list[tuple[float, float, pg.InfiniteLine]] = []  # (time, β, line): see mark()
        po.sigXRangeChanged.connect(lambda *_: self._marks_axis())
        self.one_line = pg.InfiniteLine(1.0, angle=0)  # m = 1: the state is the pattern
        self.zero_line = pg.InfiniteLine(0.0, angle=0)
        po.addItem(self.one_line)
        po.addItem(self.zero_line)
        pe = self.energy_plot.getPlotItem()
        # titles and axis labels: the longest version that fits the plot (the formula when there is room)
        def time_label():
            return [self.tr("time t (sweeps)"), "t"]

        # on a short panel (1024 × 640, presentation mode) the titles step aside and the time axis is
        # named once, under the energy plot right below: the data keep the height
        self.overlap_texts = FittingTexts(self.overlap_plot, lambda: [
            self.tr("Overlaps m<sup>μ</sup>(t) = (1/N) Σ<sub>i</sub> P<sub>i</sub><sup>μ</sup> S<sub>i</sub>(t)"),
            self.tr("Overlaps m<sup>μ</sup>(t)"), "m<sup>μ</sup>(t)"],
            lambda: [self.tr("overlap m<sup>μ</sup>"), "m<sup>μ</sup>"], time_label, style.FONT_PT + 2,
            short=SHORT_PX, bottom_optional=True)
        self.energy_texts = FittingTexts(self.energy_plot, lambda: [
            self.tr("Energy E = −½ Σ<sub>i≠j</sub> w<sub>ij</sub> S<sub>i</sub> S<sub>j</sub>"), self.tr("Energy E(t)"),
            "E(t)"], lambda: [self.tr("energy E / N"), "E / N"], time_label, style.FONT_PT + 2, short=SHORT_PX)
        # The energy plot follows the overlap plot's time axis, but a moment later (not pyqtgraph's
        # XLink): two plots repainted in the same pass made the longest pauses of the event loop.
        po.sigXRangeChanged.connect(lambda *_: self._energy_redraw.request())
        # Ranges are set by hand and only grow in steps: auto-ranging re-lays-out the axes and
        # regenerates their ticks at every frame, which cost more than drawing the curves.
        for p in (po, pe):
            p.disableAutoRange()
            p.setMouseEnabled(x=True, y=False)
            # titles, axis labels and the axes (numbers and ticks) change rarely: paint them from
            # cached pixmaps (the grid is drawn with the curves, not by the axes)
            for item in [p.titleLabel] + [p.getAxis(n).label for n in ("left", "bottom")] + [
                    p.getAxis(n) for n in ("left", "bottom")]:
                item.setCacheMode(QtWidgets.QGraphicsItem.DeviceCoordinateCache)
        self._xmax = 0.0
        self._ylim = None
        f = QtGui.QFont()
        f.setPointSize(style.FONT_PT)
        self.values = LiveLabel(lines=1, rich=True, font=f, grow=True)  # as many lines as the numbers need
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)  # every pixel of height to the plots (a 1024 × 640 projector)
        lay.addWidget(self.overlap_plot, 3)
        lay.addWidget(self.values)
        lay.addWidget(self.energy_plot, 2)
        self._least_heights()
        # The curves are drawn as pictures in a thread of their own (see raster_curves): the GUI
        # thread only hands over the data and copies the finished picture to the screen.
        self.renderer = CurveRenderer(self)
        self.overlap_item, self.energy_item = (add_curve_view(p, self.renderer, style.fg) for p in (po, pe))
        self.line_px = style.LINE_PX
        self._coloured: list[int] = []
        self._cue = 0
        self._rest = np.zeros(0, int)
        self._look()
        self._buf_t = np.zeros(0)
        self._buf_m = np.zeros((0, 0))
        self._buf_e = np.zeros(0)
        self._buf_q = np.zeros(0)
        self._buf_d = np.zeros((0, 0))
        self._len = 0
        self._t, self._m, self._e = self._buf_t, self._buf_m, self._buf_e
        self._ids: tuple = ()
        # The curves are redrawn at most REDRAW_HZ times a second (the state grid follows every
        # frame): each redraw hands the data to the renderer's thread (~6 ms of drawing there,
        # ~3 ms here for the numbers and the hand-over). The data of every frame is kept, only
        # the redraws are coalesced.
        self._redraw = Throttle(self._draw_overlaps, interval_ms=1000 / REDRAW_HZ, parent=self)
        # the energy plot is drawn a moment later, so that the two repaints never come back to back
        self._energy_redraw = Throttle(self._draw_energy, delay_ms=12, parent=self)
        self._names: list[str] = []
        self._n = 1
        self._hidden = False  # quiz: see set_answer_hidden

    def _look(self) -> None:
        """Backgrounds, axes, reference lines and the energy curve in the current look."""
        for pw in (self.overlap_plot, self.energy_plot):
            pw.setBackground(style.bg())
        self.one_line.setPen(pg.mkPen(style.muted(), width=2, style=QtCore.Qt.DashLine))
        self.zero_line.setPen(pg.mkPen(style.muted(), width=1))

    def _least_heights(self) -> None:
        """Each plot at least as high as a 120-pixel data area with its axes in the current look:
        the energy plot below the overlaps was squeezed to a line on short screens."""
        ticks = QtGui.QFontMetrics(QtGui.QFont("", style.pt(style.TICK_PT))).height()
        label = QtGui.QFontMetrics(QtGui.QFont("", style.pt(style.FONT_PT + 2))).height()
        axes = ticks + 16 + ticks / 2 + 2 + 8  # the time axis's numbers, the room over the top number, margins
        self.overlap_plot.setMinimumHeight(int(MIN_DATA_PX + axes))
        self.energy_plot.setMinimumHeight(int(MIN_DATA_PX + axes + label))

    def restyle(self) -> None:
        """Apply the current look (theme, presentation mode): fonts, colours, thicker curves."""
        self.line_px = style.line_px()
        self._look()
        for item in (self.overlap_item, self.energy_item):
            item.restyle()  # the grid's colour
        self.texts.apply()
        for t in (self.overlap_texts, self.energy_texts):  # titles and axis labels at the new size and colour
            t.apply(force=True)
        f = self.values.font()
        f.setPointSize(style.pt(style.FONT_PT))
        self.values.setFont(f)
        self._least_heights()
        self._values_text()
        if self._m.shape[1]:  # re-create the curves with the new pens
            k = self._m.shape[1]
            t, m, e, q = self._t.copy(), self._m.copy(), self._e.copy(), self._buf_q[:self._len].copy()
            self.clear(k, self._ids, self._n, self._cue)
            n = t.size
            self._buf_t[:n], self._buf_m[:n], self._buf_e[:n], self._buf_q[:n] = t, m, e, q
            self._buf_d[:n] = self._display_rows(m)
            self._len = n
            self._t, self._m, self._e = self._buf_t[:n], self._buf_m[:n], self._buf_e[:n]
            self._redraw.request(immediate=True)

    def set_names(self, names: list[str]) -> None:
        self._names = names

    def mark(self, t: float, beta: float) -> None:
        """A change of β at time ``t`` (the melting preset): a dotted line on the overlap plot and
        the new value in a strip of its own above it (the top axis), so that the labels never lie
        on a curve nor on each other; where two would touch, the later one waits for room."""
        po = self.overlap_plot.getPlotItem()
        line = pg.InfiniteLine(t, angle=90, pen=pg.mkPen(style.muted(), width=2, style=QtCore.Qt.DotLine))
        po.addItem(line)
        self.marks.append((float(t), float(beta), line))
        self._marks_axis()

    def mark_texts(self) -> list[str]:
        """The β values marked, as the strip writes them (all, shown or waiting for room)."""
        return [number(b) for _, b, _ in self.marks]

    def _marks_axis(self) -> None:
        """The top axis of the overlap plot: the β of each mark at its time, thinned where labels
        would overlap at the plot's current width."""
        po = self.overlap_plot.getPlotItem()
        top = po.getAxis("top")
        if not self.marks:
            if top.isVisible():
                po.hideAxis("top")
            return
        if not top.isVisible():
            po.showAxis("top")
            top.setStyle(showValues=True, tickLength=6)
            top.setPen(pg.mkPen(style.muted(), width=1))
        font = QtGui.QFont()
        font.setPointSize(style.pt(style.TICK_PT))
        top.setTickFont(font)
        top.setTextPen(style.fg())
        fm = QtGui.QFontMetricsF(font)
        top.setHeight(int(fm.height()) + 12)
        vb = po.getViewBox()
        (x0, x1), _ = vb.viewRange()
        px = max(vb.width(), 1.0) / max(x1 - x0, 1e-12)
        ticks, right = [], -1e9
        for t, b, _ in self.marks:
            if not x0 <= t <= x1:
                continue
            text = ("β = " if not ticks else "") + number(b)
            half = fm.horizontalAdvance(text) / 2 + 6
            x = (t - x0) * px
            if x - half >= right and x + half <= vb.width() + 2 and (ticks or x - half >= -2):
                ticks.append((t, text))
                right = x + half
        top.setTicks([ticks, []])

    def _clear_marks(self) -> None:
        for _, _, line in self.marks:
            self.overlap_plot.getPlotItem().removeItem(line)
        self.marks = []
        self._marks_axis()

    def clear(self, k: int, stored_ids: tuple, n: int, cue_mu: int = 0) -> None:
        self._ids = tuple(stored_ids) if len(stored_ids) == k else tuple(range(k))
        self._n = n
        # one coloured curve per pattern with a colour of its own (the first eight of the library),
        # the cued pattern always; the rest as one grey band from their lowest to highest overlap
        coloured = [mu for mu in range(k) if self._ids[mu] < len(style.PALETTE)]
        if 0 <= cue_mu < k and cue_mu not in coloured:
            coloured.append(cue_mu)
        # the cued pattern's curve is drawn last, on top of the others
        self._coloured = sorted(coloured, key=lambda mu: mu == cue_mu)
        self._cue = cue_mu
        self._rest = np.array([mu for mu in range(k) if mu not in coloured], dtype=int)
        self._buf_t = np.zeros(MAX_POINTS)
        self._buf_m = np.zeros((MAX_POINTS, k))
        self._buf_e = np.zeros(MAX_POINTS)
        self._buf_q = np.full(MAX_POINTS, np.nan)  # S(t)·S(t−1)/N of synchronous updates (the 2-cycle)
        # what is drawn, kept up to date as frames come: the grey patterns' envelope, then the
        # coloured patterns (so that a redraw copies a few columns, whatever K)
        self._buf_d = np.zeros((MAX_POINTS, (2 if self._rest.size else 0) + len(self._coloured)))
        self._len = 0
        self._t, self._m, self._e = self._buf_t[:0], self._buf_m[:0], self._buf_e[:0]
        self._xmax = 0.0
        self._ylim = None

    def _display_rows(self, m: np.ndarray) -> np.ndarray:
        """Rows of overlaps (n, K) → the drawn columns (n, C): lowest and highest overlap of the
        grey patterns, then the coloured patterns in drawing order."""
        columns = [m[:, self._coloured]]
        if self._rest.size:
            rest = m[:, self._rest]
            columns.insert(0, rest.min(axis=1)[:, None])
            columns.insert(1, rest.max(axis=1)[:, None])
        return np.concatenate(columns, axis=1)

    def _pens(self) -> tuple[list[int], list[str], list[float]]:
        """What the overlap picture draws, in order: columns of the drawn buffer, their colours
        and widths. The envelope of the grey patterns (lowest, highest) first, then one curve per
        coloured pattern; a pale colour (yellow on white…) is drawn over a thin dark edge."""
        columns, colours, widths = [], [], []
        first = 0
        if self._rest.size:
            columns += [0, 1]
            colours += [style.OTHER, style.OTHER]
            widths += [1.5, 1.5]
            first = 2
        k = self._m.shape[1]
        for i, mu in enumerate(self._coloured):
            colour = style.pattern_colour(self._ids[mu])
            colour = colour if colour != style.OTHER else style.ink()
            width = self.line_px if (mu == self._cue or k <= 8) else self.line_px - 1
            edge = style.outline(colour)
            if edge is not None:
                columns.append(first + i)
                colours.append(edge)
                widths.append(width + 2)
            columns.append(first + i)
            colours.append(colour)
            widths.append(width)
        return columns, colours, widths

    def append(self, frame) -> None:
        if frame.restart or self._buf_m.shape[1] != frame.k:
            if frame.restart:  # a new run: the marks of the old one go (a restyle keeps them)
                self._clear_marks()
            self.clear(frame.k, frame.stored_ids, frame.rows * frame.cols, frame.cue_mu)
        times, overlaps, energy = frame.times, frame.overlaps, frame.energy
        steps = frame.step_overlaps if frame.step_overlaps is not None and frame.step_overlaps.size == times.size \
            else np.full(times.size, np.nan)
        n = times.size
        cap = self._buf_t.size
        if n > cap // 4:  # thousands of fast sweeps in one frame: keep an even selection, and the last
            keep = np.unique(np.linspace(0, n - 1, cap // 4).round().astype(int))
            times, overlaps, energy, steps = times[keep], overlaps[keep], energy[keep], steps[keep]
            n = keep.size
        if n:
            if self._len + n > cap:
                self._make_room(n)
            a, b = self._len, self._len + n
            self._buf_t[a:b] = times
            self._buf_m[a:b] = overlaps
            self._buf_e[a:b] = energy / self._n
            self._buf_q[a:b] = steps
            self._buf_d[a:b] = self._display_rows(overlaps)
            self._len = b
            self._t, self._m, self._e = self._buf_t[:b], self._buf_m[:b], self._buf_e[:b]
        self._redraw.request(immediate=frame.restart or not frame.running)

    def _make_room(self, n: int) -> None:
        """Thin the older half of the history (every other sample) in place."""
        cap = self._buf_t.size
        while self._len + n > cap:
            half = self._len // 2
            keep = np.concatenate([np.arange(0, half, 2), np.arange(half, self._len)])
            for buf in (self._buf_t, self._buf_m, self._buf_e, self._buf_q, self._buf_d):
                buf[: keep.size] = buf[keep]
            self._len = keep.size

    def shutdown(self) -> None:
        self._redraw.cancel()
        self._energy_redraw.cancel()
        self.renderer.shutdown()

    def settled(self) -> bool:
        """True when the screen shows all the data received (no redraw or picture pending)."""
        return (not self._redraw.pending() and not self._energy_redraw.pending()
                and not self.renderer.busy() and self.overlap_item.up_to_date() and self.energy_item.up_to_date())

    def flush(self) -> None:
        """Draw now whatever is pending, pictures included (for exports and tests)."""
        self._redraw.flush()
        self._energy_redraw.flush()
        for item in (self.overlap_item, self.energy_item):
            item.render_now()

    def _draw_overlaps(self) -> None:
        # copies (fancy indexing copies): the buffers change while the picture of the previous
        # data may still be being drawn
        columns, colours, widths = self._pens()
        self._update_ranges()
        ys = self._buf_d[:self._len, columns]
        q = self._buf_q[:self._len]
        if np.isfinite(q).any():  # synchronous updates: the state against the one before, under the overlaps
            ys = np.column_stack([q, ys])
            colours, widths = [style.STEP] + list(colours), [max(2.0, self.line_px - 1)] + list(widths)
        self.overlap_item.set_curves(self._t.copy(), ys, colours, widths)
        self._values_text()
        self._energy_redraw.request()

    def _draw_energy(self) -> None:
        pe = self.energy_plot.getPlotItem()
        x0, x1 = self.overlap_plot.getPlotItem().viewRange()[0]
        if pe.viewRange()[0] != [x0, x1]:
            pe.setXRange(x0, x1, padding=0)
        if self._t.size:
            lo, hi = float(self._e.min()), float(self._e.max())
            # widened when the curve comes within 5 % of the plot's height of an edge (not only
            # past it): the energy reached last must never lie on the axis line
            margin = 0.0 if self._ylim is None else 0.05 * (self._ylim[1] - self._ylim[0])
            if self._ylim is None or lo < self._ylim[0] + margin or hi > self._ylim[1] - margin:
                span = max(hi - lo, 0.05)
                self._ylim = (lo - 0.25 * span, hi + 0.25 * span)
                pe.setYRange(*self._ylim, padding=0)
        self.energy_item.set_curves(self._t.copy(), self._e.copy(), [style.ink()], [style.line_px()])

    def _update_ranges(self) -> None:
        t = self._t
        if not t.size:
            return
        po = self.overlap_plot.getPlotItem()
        last = float(t[-1])
        if last > self._xmax or self._xmax == 0.0:
            self._xmax = max(2.0, last * 1.5, self._xmax)
            po.setXRange(float(t[0]), self._xmax, padding=0.02)

    def _name(self, mu: int) -> tuple[str, int]:
        lib = self._ids[mu] if mu < len(self._ids) else mu
        return (self._names[lib] if lib < len(self._names) else f"P{mu + 1}"), lib

    def _values_text(self) -> None:
        """The current overlaps and E/N as numbers: as many a row as fit the panel (four at most);
        with more than eight patterns, or more numbers than two lines hold, the compact form — the cued
        pattern, the largest other |m| and E/N — so that the curves keep the height (80 patterns once
        took the whole panel)."""
        if not self._m.size or self._hidden:
            self.values.setText("" if not self._hidden else
                                f"<span style='color:{style.muted()}'>{_esc(self.tr('(hidden: press V to reveal)'))}"
                                "</span>")
            return
        last = self._m[-1]
        cells = []

        def cell(text, colour=None, bold=True):
            style_ = (f"color:{colour}; " if colour else "") + ("font-weight:bold; " if bold else "")
            return f"<td style='{style_}padding-right:18px; white-space:nowrap'>{text}</td>"

        font, room = self.values.font(), self.values.width() - 8
        full = [cell(f"m<sup>{_esc(self._name(mu)[0])}</sup> = {number(last[mu], '.3f', plus=True)}",
                     style.text_colour(self._name(mu)[1])) for mu in range(min(last.size, COMPACT_K + 1))]
        # the compact line also when all the numbers would take more lines than the panel spares (two on
        # a short panel: 4 letters at 1024 × 640 in F5, three otherwise)
        lines = 3 if self.height() >= style.pt(560) else 2
        if last.size > COMPACT_K or _table(full + [cell("E/N = +0.0000")], font, room).count("<table") > lines:
            cue = min(self._cue, last.size - 1)
            name, lib = self._name(cue)
            others = np.delete(np.abs(last), cue)
            cells.append(cell(f"m<sup>{_esc(name)}</sup> = {number(last[cue], '.3f', plus=True)}",
                              style.text_colour(lib)))
            cells.append(cell(_esc(self.tr("others: max |m| = {max}").format(max=number(float(others.max()), ".3f"))),
                              style.muted(), bold=False))
        else:
            cells = full
        cells.append(cell(f"E/N = {number(self._e[-1], '.4f')}"))
        q = self._buf_q[self._len - 1] if self._len else np.nan
        if np.isfinite(q):  # synchronous updates: −1 in the 2-cycle of a state and its reverse, +1 at rest
            cells.append(cell(f"S(t)·S(t−1)/N = {number(q, '.3f', plus=True)}", style.STEP, bold=False))
        self.values.setText(_table(cells, font, room))

    def set_answer_hidden(self, hidden: bool) -> None:
        """Quiz mode: the curves and the numbers give the answer away; they wait for the reveal."""
        if hidden != self._hidden:
            self._hidden = hidden
            for item in (self.overlap_item, self.energy_item):
                item.setVisible(not hidden)
            self._values_text()

    def retranslate(self) -> None:
        for t in (self.overlap_texts, self.energy_texts):
            t.apply(force=True)
        self._values_text()

    def data(self):
        """(times, overlaps (T, K), energy per neuron) received so far — for export and tests."""
        return self._t.copy(), self._m.copy(), self._e.copy()

    def data_steps(self) -> np.ndarray:
        """S(t)·S(t−1)/N at the same times (synchronous updates; NaN otherwise)."""
        return self._buf_q[:self._len].copy()
