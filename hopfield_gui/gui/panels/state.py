"""The live network state, the error overlay and the cue controls.

Each cue control (pattern, flipped and erased fractions, erased region) is bound to one field of
:class:`~hopfield_gui.state.params.ExplorerParams`: it shows the value the controller announces
(:meth:`StatePanel.bind`) and sends the user's change as ``edited({PARAM.field: value})``.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Signal

from ...state.params import PARAM, ExplorerParams
from ..i18n import Texts, Translated
from ..i18n.numbers import localize, number
from ..plotting import style
from ..widgets.showing import Showing
from ..widgets.livelabel import LiveLabel
from ..widgets.pixelgrid import PixelGrid


CUE_PX = 72  # the side of the cue's picture beside the state


def percent_range(name: str) -> tuple[int, int]:
    """The declared range of the fraction parameter ``name``, in whole percent."""
    spec = ExplorerParams.spec(name)
    return round(100 * spec.low), round(100 * spec.high)


class StatePanel(Translated, QtWidgets.QGroupBox):
    edited = Signal(object)  # a dict {PARAM.cue | noise | masked | erase_shape | erase_rect: new value}
    resetRequested = Signal()  # start again from the cue
    randomRequested = Signal()  # start from a random state

    def __init__(self, parent=None):
        super().__init__(parent)
        self.texts = tx = Texts()
        self.showing = Showing()  # the controller's values shown without being sent back
        tx(self.setTitle, lambda: self.tr("Network state S(t)"))
        self.grid = PixelGrid(16, 16)
        tx(self.grid.setToolTip, lambda: self.tr("Each square is a neuron: dark = +1, light = −1. With the overlay "
                                                 "on, neurons that differ from the chosen pattern are orange."))
        self.grid.setMinimumSize(110, 110)  # the grid gives way first when texts need more lines
        # the cue the run started from, small, beside the state: "before → after" at a glance
        self.cue_grid = PixelGrid(16, 16)
        self.cue_grid.setMinimumSize(CUE_PX, CUE_PX)
        self.cue_grid.setMaximumSize(CUE_PX, CUE_PX)
        self.cue_grid.setSizePolicy(QtWidgets.QSizePolicy.Fixed, QtWidgets.QSizePolicy.Fixed)
        tx(self.cue_grid.setToolTip, lambda: self.tr("The state the run started from (the cue): compare it with the "
                                                     "state now"))
        self.cue_label = QtWidgets.QLabel()
        self.cue_label.setAlignment(QtCore.Qt.AlignHCenter)
        tx(self.cue_label.setText, lambda: self.tr("cue →"))
        big = QtGui.QFont()
        big.setPointSize(style.FONT_PT + 4)
        big.setBold(True)
        self.time_label = LiveLabel("t = 100000.25 sweeps", font=big)
        f1 = QtGui.QFont()
        f1.setPointSize(style.FONT_PT)
        # running, paused, fixed point, 2-cycle: said next to the clock, where the class looks
        self.status = LiveLabel("2-cycle (synchronous updates)", font=f1, grow=True)
        self._time = 0.0
        f2 = QtGui.QFont()
        f2.setPointSize(style.FONT_PT)
        self.info_label = LiveLabel("16384 of 16384 neurons differ from P100", font=f2, grow=True)
        tx(self.info_label.setToolTip, lambda: self.tr("In slow motion: the neuron just updated (outlined), its "
                                                       "field h<sub>i</sub> and P[S<sub>i</sub> = +1] = "
                                                       "1/(1 + e<sup>−β h<sub>i</sub></sup>), the lecture's rule"))
        fb = QtGui.QFont(f2)
        fb.setBold(True)
        self.verdict = LiveLabel(
            "Ended in: mixture of P1, P2, P3 (m = +0.50, +0.50, +0.50)", lines=2, font=fb, grow=True
        )
        tx(self.verdict.setToolTip, lambda: self.tr("What the network is in: a stored pattern, a reversed pattern "
                                                    "−μ, a mixture of patterns (a spurious state), or none of them"))
        fh = QtGui.QFont(f2)
        fh.setPointSize(style.FONT_PT - 3)
        # why recall failed and what to try (correlated patterns): shown only when there is one
        self.hint = LiveLabel("", font=fh, grow=True)
        self.hint.setVisible(False)
        self._compact = False
        self._answer_hidden = False  # quiz: the error overlay and its count wait for the answer
        self._visit = None  # slow motion: the last neuron's decision (Frame.visit)
        self.overlay = QtWidgets.QCheckBox()
        tx(self.overlay.setText, lambda: self.tr("Show errors vs"))
        tx(self.overlay.setToolTip, lambda: self.tr("Mark in orange the neurons that differ from this pattern"))
        self.overlay.setChecked(True)
        self.target = QtWidgets.QComboBox()
        tx(self.target.setToolTip, lambda: self.tr("The pattern the overlay compares with"))
        self.cue_pattern = QtWidgets.QComboBox()
        tx(self.cue_pattern.setToolTip, lambda: self.tr("The stored pattern the cue is made from"))
        self.noise = QtWidgets.QSpinBox()
        self.noise.setRange(*percent_range("noise"))
        self.noise.setValue(round(100 * ExplorerParams().noise))
        self.noise.setSuffix(" %")
        tx(self.noise.setToolTip,
           lambda: self.tr("Fraction of the cue's neurons flipped (exactly round(f·N) distinct neurons)"))
        self.masked = QtWidgets.QSpinBox()
        self.masked.setRange(*percent_range("masked"))
        self.masked.setValue(0)
        self.masked.setSuffix(" %")
        tx(self.masked.setToolTip,
           lambda: self.tr("Fraction of the cue's neurons erased (set to −1, like the lecture's missing letters)"))
        self.erase_shape = QtWidgets.QComboBox()
        for i, (key, text) in enumerate(
            [
                ("pixels", lambda: self.tr("pixels")),
                ("right", lambda: self.tr("right part")),
                ("bottom", lambda: self.tr("bottom part")),
                ("band", lambda: self.tr("band")),
                ("rectangle", lambda: self.tr("rectangle")),
            ]
        ):
            self.erase_shape.addItem("", key)
            tx(lambda t, i=i: self.erase_shape.setItemText(i, t), text)
        tx(self.erase_shape.setToolTip, lambda: self.tr("What is erased: random pixels, or a region of the letter "
                                                        "(« C*ci est j*ste un p*tit exa*ple »); drag on the network "
                                                        "state to choose a rectangle"))
        self.grid.regionSelected.connect(self._region_dragged)
        self.reset_button = QtWidgets.QPushButton()
        tx(self.reset_button.setText, lambda: self.tr("Reset to cue (R)"))
        tx(self.reset_button.setToolTip,
           lambda: self.tr("Start again from the chosen pattern with the noise and erasure above"))
        self.random_button = QtWidgets.QPushButton()
        tx(self.random_button.setText, lambda: self.tr("Random state"))
        tx(self.random_button.setToolTip, lambda: self.tr("Start from a random ±1 state"))
        self.reset_button.clicked.connect(self.request_reset)
        self.random_button.clicked.connect(self.randomRequested)
        user = self.showing.user  # edits of the user's own, not echoes of the values shown
        self.cue_pattern.currentIndexChanged.connect(user(lambda i: self.edited.emit({PARAM.cue: max(0, i)})))
        self.noise.valueChanged.connect(user(lambda v: self.edited.emit({PARAM.noise: v / 100.0})))
        self.masked.valueChanged.connect(user(lambda v: self.edited.emit({PARAM.masked: v / 100.0})))
        self.erase_shape.currentIndexChanged.connect(
            user(lambda _: self.edited.emit({PARAM.erase_shape: self.erase_shape.currentData()})))
        self.target.currentIndexChanged.connect(user(lambda _: self._redraw()))
        self.overlay.toggled.connect(lambda _: self._redraw())

        # narrow by design (one short row under another): the window must fit a 1024-pixel
        # projector with the parameters beside and the curves on the right
        lay = QtWidgets.QVBoxLayout(self)
        lay.addWidget(self.time_label)
        lay.addWidget(self.status)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.overlay)
        top.addWidget(self.target, 1)
        lay.addLayout(top)
        row = QtWidgets.QHBoxLayout()
        cue = QtWidgets.QVBoxLayout()
        cue.addStretch(1)
        cue.addWidget(self.cue_label)
        cue.addWidget(self.cue_grid)
        cue.addStretch(1)
        self.cue_column = QtWidgets.QWidget()
        self.cue_column.setLayout(cue)
        cue.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.cue_column)
        row.addWidget(self.grid, 1)
        lay.addLayout(row, 1)
        lay.addWidget(self.info_label)
        lay.addWidget(self.verdict)
        lay.addWidget(self.hint)
        # the cue's controls, in a box that presentation mode puts aside (set_compact)
        self.cue_box = QtWidgets.QWidget()
        cue = QtWidgets.QGridLayout(self.cue_box)
        cue.setContentsMargins(0, 0, 0, 0)
        cue.addWidget(tx.label(lambda: self.tr("Cue: pattern")), 0, 0)
        cue.addWidget(self.cue_pattern, 0, 1)
        cue.addWidget(self.erase_shape, 0, 2, 1, 2)
        cue.addWidget(tx.label(lambda: self.tr("flip")), 1, 0)
        cue.addWidget(self.noise, 1, 1)
        cue.addWidget(tx.label(lambda: self.tr("erase")), 1, 2)
        cue.addWidget(self.masked, 1, 3)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.random_button)
        cue.addLayout(buttons, 2, 0, 1, 4)
        cue.setColumnStretch(1, 1)
        cue.setColumnStretch(3, 1)
        lay.addWidget(self.cue_box)
        self._state = None
        self._patterns = None
        self._shape = (16, 16)
        self.retranslate()

    def retranslate(self) -> None:
        self.time_label.setText(
            self.tr("t = {time} sweeps").format(time=localize(f"{self._time:.2f}".rstrip("0").rstrip(".")))
        )
        self._redraw()

    def bind(self, events, params: ExplorerParams) -> None:
        """Show the cue's fields of ``params`` and from now on each new value ``events`` (the
        controller's :class:`~hopfield_gui.state.evented.FieldEvents`) announces."""
        shows = {PARAM.noise: lambda v: self._show(self.noise.setValue, round(v * 100)),
                 PARAM.masked: lambda v: self._show(self.masked.setValue, round(v * 100)),
                 PARAM.erase_shape: lambda v: self._show(self.erase_shape.setCurrentIndex,
                                                         self.erase_shape.findData(v)),
                 PARAM.cue: self.show_cue}
        for field, show in shows.items():
            show(getattr(params, field.name))
            events[field].connect(show)

    def _show(self, setter, value) -> None:
        with self.showing:
            setter(value)

    def show_cue(self, cue: int) -> None:
        """The cued pattern (the ``cue``-th stored one) chosen in its list, if the list has it."""
        if 0 <= cue < self.cue_pattern.count():
            self._show(self.cue_pattern.setCurrentIndex, cue)

    def _region_dragged(self, r0: int, r1: int, c0: int, c1: int) -> None:
        """A rectangle dragged on the state: the region of the cue to erase (as fractions of the
        grid, so that it keeps its place when the grid changes)."""
        rows, cols = self._shape
        self.edited.emit({PARAM.erase_shape: "rectangle",
                          PARAM.erase_rect: (r0 / rows, r1 / rows, c0 / cols, c1 / cols)})

    def set_answer_hidden(self, hidden: bool) -> None:
        """Quiz mode: no error overlay and no count of wrong neurons until the answer is revealed."""
        if hidden != self._answer_hidden:
            self._answer_hidden = hidden
            self._redraw()

    def set_compact(self, on: bool) -> None:
        """Presentation mode: only the state, its clock and what it is in (R still resets); the
        hint for the teacher steps aside too."""
        self._compact = on
        self.cue_box.setVisible(not on)
        self.hint.setVisible(bool(self.hint.text()) and not on)

    def set_target(self, mu: int) -> None:
        """Compare the state with stored pattern ``mu`` (the error overlay)."""
        if 0 <= mu < self.target.count():
            self.target.setCurrentIndex(mu)

    def set_verdict(self, text: str, hint: str = "") -> None:
        self.verdict.setText(text)
        self.hint.setText(hint)
        show = bool(hint) and not self._compact
        if self.hint.isVisibleTo(self) != show:
            self.hint.setVisible(show)

    def request_reset(self) -> None:
        self.resetRequested.emit()

    def set_pattern_names(self, names: list[str]) -> None:
        for combo in (self.cue_pattern, self.target):
            cur = combo.currentIndex()
            with self.showing:  # shown, not sent
                combo.clear()
                combo.addItems(names)
                combo.setCurrentIndex(min(max(cur, 0), len(names) - 1) if names else -1)
        self.reset_button.setEnabled(bool(names))

    def show_frame(self, frame) -> None:
        if frame.cue_state is not None:  # a new run: the state it started from
            self.cue_grid.set_values(frame.cue_state, frame.rows, frame.cols)
        self.grid.set_highlight(frame.visit[0] if frame.visit is not None else None)
        self._visit = frame.visit
        self._state = frame.state
        self._shape = (frame.rows, frame.cols)
        if frame.patterns is not None:
            self._patterns = frame.patterns
        self._time = frame.time
        self.retranslate()

    def _redraw(self) -> None:
        if self._state is None:
            return
        diff = None
        mu = self.target.currentIndex()
        p = self._patterns
        if (self.overlay.isChecked() and not self._answer_hidden and p is not None and 0 <= mu < p.shape[0]
                and p.shape[1] == self._state.size):
            diff = self._state != p[mu]
            wrong = int(diff.sum())
            self.info_label.setText(self.tr("{wrong} of {n} neurons differ from {name}").format(
                wrong=wrong, n=self._state.size, name=self.target.currentText()))
        else:
            self.info_label.setText("")
        if self._visit is not None:  # slow motion: the decision the lecture's rule just made
            i, h, p_plus, s = self._visit
            row, col = divmod(i, self._shape[1])
            self.info_label.setText(self.tr("neuron ({row}, {col}): h = {h}, P(+1) = {p} → {s}").format(
                row=row + 1, col=col + 1, h=number(h, ".3f", plus=True), p=number(p_plus, ".2f"),
                s="+1" if s > 0 else "−1"))
        self.grid.set_values(self._state, *self._shape, diff=diff)
