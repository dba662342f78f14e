"""Play one protocol: the spikes arrive, the rule's traces jump and decay, the weight moves — how a
phenomenological rule "works", at a pace the teacher sets.

The time course is computed once in the background (``core.plasticity_lab.play``, by the lab's
controller); the animation only reveals it up to a moving time, so a frame costs a few slices.
"""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import Signal

from ...state.lab import LAB, LabParams
from ..i18n import Texts, Translated
from ..i18n.messages import translate_message
from ..i18n.numbers import number
from ..widgets.showing import Showing
from ..plotting import lab_figures as lf
from ..plotting import style
from ..plotting.figures import label_axes, no_si_prefix
from ..plotting.axes import add_plot
from ..plotting.fit import fit_ticks
from ..layout_report import name_plot

SPEEDS = (0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 10.0, 100.0)  # × 100: BCM's 900 s at 1 Hz in 9 s
WIDE = (620, 300)  # the least room of the wide player (× the presentation scale): two 200 × 120 data areas and texts
OTHER_COLOUR = 7  # a trace its rule did not declare


def trace_colour(played, name: str) -> str:
    shown = played.shown.get(name)
    return style.pattern_colour(shown.colour if shown is not None else OTHER_COLOUR)


def trace_name(played, name: str) -> str:
    """A trace's label as its rule declares it, in the interface's language."""
    shown = played.shown.get(name)
    return translate_message(shown.label) if shown is not None else name


class TracePlayer(Translated, QtWidgets.QWidget):
    edited = Signal(object)  # a dict of changes {LAB.play_panel | play_dt | play_freq | speed: value}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.texts = tx = Texts()
        self.showing = Showing()  # what is shown is not sent back as the user's change
        self.played = None
        self.head = 0.0  # ms: how far the protocol has been played
        self.compact = False
        self.speed = 0.1
        self._last_tick = 0.0
        self.timer = QtCore.QTimer(self, interval=33, timeout=self._tick)

        self.panel = QtWidgets.QComboBox()
        for i, (key, text) in enumerate([("frequency", lambda: self.tr("Frequency")),
                                         ("timing", lambda: self.tr("Timing")),
                                         ("both", lambda: self.tr("Timing and frequency"))]):
            self.panel.addItem("", key)
            tx(lambda t, i=i: self.panel.setItemText(i, t), text)
        tx(self.panel.setToolTip, lambda: self.tr("Which protocol to play"))
        dt, freq = LabParams.spec("play_dt"), LabParams.spec("play_freq")  # their ranges, declared once
        self.dt = QtWidgets.QDoubleSpinBox(decimals=1, minimum=dt.low, maximum=dt.high, singleStep=5.0, suffix=" ms")
        tx(self.dt.setToolTip, lambda: self.tr("Δt = t_post − t_pre of the played pairs"))
        self.freq = QtWidgets.QDoubleSpinBox(decimals=1, minimum=freq.low, maximum=freq.high, singleStep=5.0,
                                             suffix=" Hz")
        tx(self.freq.setToolTip, lambda: self.tr("Frequency of the played pairs or pulses"))
        self.pace = QtWidgets.QComboBox()
        for i, s in enumerate(SPEEDS):  # "× 0,05" in French
            self.pace.addItem("", s)
            tx(lambda t, i=i: self.pace.setItemText(i, t), lambda s=s: f"× {number(s)}")
        tx(self.pace.setToolTip, lambda: self.tr("Pace of the animation, times real time (× 0.01: a second of "
                                                 "the protocol takes 100 s)"))
        self.play_button = QtWidgets.QPushButton()
        self.restart_button = QtWidgets.QPushButton()
        tx(self.restart_button.setText, lambda: self.tr("Restart"))
        tx(self.restart_button.setToolTip, lambda: self.tr("Back to the protocol's first spike"))
        tx(self.play_button.setToolTip, lambda: self.tr("Play or pause the protocol (Space)"))
        self._set_play_text()
        self.caption = QtWidgets.QLabel("")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(QtCore.Qt.RichText)

        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(style.bg())
        self.spikes = add_plot(self.view, 0, 0)
        self.traces = add_plot(self.view, 1, 0)
        self.weight = add_plot(self.view, 2, 0)
        name_plot(self.spikes, "player.spikes", diagram=True)
        name_plot(self.traces, "player.traces")
        name_plot(self.weight, "player.weight")
        self.wide = None  # the traces and the weight side by side (a wide cell), else one above the other
        for p in (self.spikes, self.traces, self.weight):
            p.setMenuEnabled(False)
            p.setMouseEnabled(False, False)
            p.hideButtons()
        for p in (self.spikes, self.traces):
            p.setXLink(self.weight)
        self.spikes.getAxis("bottom").setStyle(showValues=False)
        self.spikes.getAxis("bottom").setHeight(4)
        self.spikes.hideAxis("left")
        self.curves: dict[str, pg.PlotDataItem] = {}

        # the controls in one row when the player is wide, in two short rows when it is not
        self.controls = QtWidgets.QGridLayout()
        self.controls.setContentsMargins(0, 0, 0, 0)
        self._control_widgets = [self.panel]
        for label, w in (("Δt", self.dt), ("f", self.freq)):
            self._control_widgets += [QtWidgets.QLabel(label), w]
        self._control_widgets += [self.play_button, self.restart_button, self.pace]
        lay = QtWidgets.QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addLayout(self.controls)
        lay.addWidget(self.caption)
        lay.addWidget(self.view, 1)
        self._arrange(False)

        user = self.showing.user
        self.panel.currentIndexChanged.connect(
            user(lambda _: self.edited.emit({LAB.play_panel: self.panel.currentData()})))
        self.dt.valueChanged.connect(user(lambda v: self.edited.emit({LAB.play_dt: float(v)})))
        self.freq.valueChanged.connect(user(lambda v: self.edited.emit({LAB.play_freq: float(v)})))
        self.pace.currentIndexChanged.connect(
            user(lambda _: self.edited.emit({LAB.speed: float(self.pace.currentData())})))
        self.play_button.clicked.connect(self.toggle)
        self.restart_button.clicked.connect(self.restart)

    # --- what the controller announces -------------------------------------------------------------
    def bind(self, events, params) -> None:
        """Show the played protocol's settings of ``params`` (LabParams) and from now on each new
        value ``events`` (the lab controller's) announces, each in its own widget."""
        shows = {LAB.play_dt: lambda v: self._show_value(self.dt, v),
                 LAB.play_freq: lambda v: self._show_value(self.freq, v),
                 LAB.play_panel: self.show_panel, LAB.speed: self.show_speed}
        for field, show in shows.items():
            show(getattr(params, field.name))
            events[field].connect(show)

    def _show_value(self, spin, value: float) -> None:
        if spin.value() != value:
            with self.showing:
                spin.setValue(value)

    def _show_data(self, combo, value) -> None:
        i = combo.findData(value)
        if i >= 0 and i != combo.currentIndex():
            with self.showing:
                combo.setCurrentIndex(i)

    def show_panel(self, panel: str) -> None:
        self._show_data(self.panel, panel)
        self.dt.setEnabled(panel != "frequency")  # the frequency protocol has no Δt

    def show_speed(self, speed: float) -> None:
        self._show_data(self.pace, min(SPEEDS, key=lambda s: abs(s - speed)))
        self.speed = speed  # the pace the player plays at

    def set_played(self, played) -> None:
        """A new time course (new rule, protocol or settings): start again from its beginning."""
        self.played = played
        self.head = float(played.t[0])
        self._build()
        self._show_head()

    # --- playing -----------------------------------------------------------------------------------
    def toggle(self) -> None:
        self.pause() if self.timer.isActive() else self.play()

    def play(self) -> None:
        if self.played is None:
            return
        if self.head >= self.played.t[-1]:
            self.head = float(self.played.t[0])
        self._last_tick = time.perf_counter()
        self.timer.start()
        self._set_play_text()

    def pause(self) -> None:
        self.timer.stop()
        self._set_play_text()

    def restart(self) -> None:
        if self.played is not None:
            self.head = float(self.played.t[0])
            self._show_head()

    def playing(self) -> bool:
        return self.timer.isActive()

    def advance(self, ms: float) -> None:
        """Move the played time on by ``ms`` of protocol time (the timer's step; tests call it)."""
        if self.played is None:
            return
        self.head = min(self.head + ms, float(self.played.t[-1]))
        self._show_head()
        if self.head >= self.played.t[-1]:
            self.pause()

    def _tick(self) -> None:
        now = time.perf_counter()
        elapsed, self._last_tick = now - self._last_tick, now
        self.advance(1000.0 * elapsed * self.speed)

    def _set_play_text(self) -> None:
        self.play_button.setText(self.tr("Pause") if self.timer.isActive() else self.tr("Play"))

    # --- drawing -----------------------------------------------------------------------------------
    def _build(self) -> None:
        course = self.played
        self.view.setBackground(style.bg())
        for p in (self.spikes, self.traces, self.weight):
            p.clear()
            for name in ("left", "bottom"):
                ax = p.getAxis(name)
                no_si_prefix(ax)
                ax.setPen(pg.mkPen(style.fg(), width=1.5))
                ax.setTextPen(style.fg())
        self.curves = {}
        # the traces' names in their colours, in the caption (a legend inside the plot hid the curves)
        self._caption()
        self.spike_items = []
        for row, times, colour in ((1.0, course.pre, style.fg()), (0.0, course.post, style.pattern_colour(4))):
            item = pg.PlotDataItem(pen=pg.mkPen(colour, width=style.line_px(2)), connect="pairs")
            item.times, item.row = np.asarray(times, float), row
            self.spikes.addItem(item)
            self.spike_items.append(item)
        self.spikes.setYRange(-0.6, 1.6, padding=0)
        for name in course.traces:
            self.curves[name] = self.traces.plot(pen=pg.mkPen(trace_colour(course, name), width=style.line_px(2)))
        for name, level in course.levels.items():
            line = pg.InfiniteLine(level, angle=0, pen=pg.mkPen(style.muted(), width=1.5, style=QtCore.Qt.DashLine),
                                   label=name, labelOpts={"position": 0.02, "color": style.muted(),
                                                          "anchors": [(0, 1), (0, 1)]})  # right of 2 %, inside
            self.traces.addItem(line)
        for name, level in course.w_levels.items():
            self.weight.addItem(pg.InfiniteLine(level, angle=0, label=name, labelOpts={"position": 0.02, "color":
                                                style.muted()}, pen=pg.mkPen(style.muted(), style=QtCore.Qt.DashLine)))
        self.curves["w"] = self.weight.plot(pen=pg.mkPen(style.fg(), width=style.line_px(2.5)))
        self._axes()
        values = [float(np.nanmax(v)) for v in course.traces.values()] + list(course.levels.values())
        low = min([float(np.nanmin(v)) for v in course.traces.values()] + list(course.levels.values()) + [0.0])
        top = max(values + [1.0]) if low >= 0 else max(values)  # a voltage: its own range, not from 0
        pad = 0.08 * (top - low) if low < 0 else 0.0
        self.traces.setYRange(low - pad, top * 1.08 if low >= 0 else top + pad, padding=0)
        w = course.w
        lo, hi = float(np.min(w)), float(np.max(w))
        if course.w_levels:
            lo, hi = min(lo, 0.0), max(hi, 1.0)
        pad = 0.1 * (hi - lo) or 0.01
        self.weight.setYRange(lo - pad, hi + pad, padding=0)
        for plot in (self.traces, self.weight):  # numbers at least two text heights apart
            plot.layout.activate()
            fit_ticks(plot)

    def _axes(self) -> None:
        """Axis numbers and titles at the sizes of the network page's plots (larger in presentation
        mode); the traces' time axis named only when the weight is not right under it."""
        if self.played is None:
            return
        # a rate rule plays its whole 15-min protocol: seconds, not 900000 ms (the data stay in ms)
        seconds = self.played.rate_rule
        time = self.tr("time (s)") if seconds else self.tr("time (ms)")
        for plot in (self.spikes, self.traces, self.weight):
            plot.getAxis("bottom").setScale(1e-3 if seconds else 1.0)
        traces = translate_message(self.played.traces_label) if self.played.traces_label else self.tr("traces")
        label_axes(self.traces, traces, time if self.wide else "")
        label_axes(self.weight, self.played.w_name, time)
        bottom = self.traces.getAxis("bottom")
        bottom.setStyle(showValues=bool(self.wide))
        if not self.wide:
            bottom.setHeight(4)

    def _caption(self) -> None:
        """What is played, and the traces' names in their colours (in presentation mode the names
        only: the controls above say what is played)."""
        course = self.played
        what = lf.played_caption(course.panel, course.protocol, course.dt, course.freq, course.rate_rule)
        names = "  ".join(f"<span style='color:{trace_colour(course, n)}'>━ {trace_name(course, n)}</span>"
                          for n in course.traces)
        self.caption.setText(names if self.compact else f"{what}<br>{names}")

    def set_compact(self, on: bool) -> None:
        """Presentation mode: the caption keeps only the traces' names (the controls above say what
        is played)."""
        self.compact = on
        if self.played is not None:
            self._caption()

    # --- layout --------------------------------------------------------------------------------------
    def need(self) -> QtCore.QSize:
        """The least room for the traces and the weight side by side, each with a 200 × 120 data area
        and its texts, in the current look."""
        return QtCore.QSize(style.pt(WIDE[0]), style.pt(WIDE[1]))

    def resizeEvent(self, ev) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(ev)
        wide = self.width() >= style.pt(WIDE[0])
        if wide != self.wide:
            self._arrange(wide)

    def _arrange(self, wide: bool) -> None:
        """Wide: one row of controls, the raster over the traces and the weight side by side. Narrow:
        two rows of controls, the raster, the traces and the weight one above the other."""
        self.wide = wide
        for w in self._control_widgets:
            self.controls.removeWidget(w)
        if wide:
            for i, w in enumerate(self._control_widgets):
                self.controls.addWidget(w, 0, i)
            self.controls.setColumnStretch(0, 1)
        else:
            for i, w in enumerate(self._control_widgets[:5]):
                self.controls.addWidget(w, 0, i)
            for i, w in enumerate(self._control_widgets[5:]):
                self.controls.addWidget(w, 1, i)
        layout = self.view.ci
        for p in (self.spikes, self.traces, self.weight):
            layout.removeItem(p)
        gl = layout.layout
        if wide:
            layout.addItem(self.spikes, row=0, col=0, colspan=2)
            layout.addItem(self.traces, row=1, col=0)
            layout.addItem(self.weight, row=1, col=1)
            stretch = (1, 4, 0)
        else:
            for r, p in enumerate((self.spikes, self.traces, self.weight)):
                layout.addItem(p, row=r, col=0)
            stretch = (1, 3, 2)
        for r, k in enumerate(stretch):
            gl.setRowStretchFactor(r, k)
        self._axes()

    def span(self) -> float:
        """The width of the time window that follows the played time (ms): a few periods; for a rate
        rule the whole protocol (its threshold slides over minutes)."""
        course = self.played
        if course.rate_rule:
            return float(course.t[-1] - course.t[0])
        spikes = np.sort(np.concatenate([course.pre, course.post]))
        gaps = np.diff(np.unique(np.round(course.pre, 6)))
        period = float(np.median(gaps)) if gaps.size else 200.0
        return float(min(max(4.0 * period, 150.0), spikes[-1] - course.t[0] + 150.0))

    def _show_head(self) -> None:
        course = self.played
        if course is None:
            return
        k = int(np.searchsorted(course.t, self.head, side="right"))
        for name, item in self.curves.items():
            item.setData(course.t[:k], (course.w if name == "w" else course.traces[name])[:k])
        for item in self.spike_items:
            t = item.times[item.times <= self.head]
            item.setData(np.repeat(t, 2), np.tile([item.row - 0.4, item.row + 0.4], t.size))
        span = self.span()
        # a window that follows the head; a rate rule's whole protocol stays in view (θ_M from its start)
        start = float(course.t[0]) if course.rate_rule else max(float(course.t[0]), self.head - 0.85 * span)
        self.weight.setXRange(start, start + span, padding=0)

    def restyle(self) -> None:
        if self.played is not None:
            self._build()
            self._show_head()

    def retranslate(self) -> None:
        self._set_play_text()
        if self.played is not None:
            self._axes()
            self._caption()

    def shutdown(self) -> None:
        self.timer.stop()

