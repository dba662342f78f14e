"""Parameters: β (log slider, number, ∞), K, grid size, update mode, rule, self-coupling,
speed, seed, and Run/Pause, Step.

Each widget is bound to one field of :class:`~hopfield_gui.state.params.ExplorerParams`: it shows that
field's value when the controller announces it (:meth:`ControlsPanel.bind`) and sends what the user
changes as ``edited({PARAM.field: value})``; the panel holds no parameter of its own.
"""

from __future__ import annotations

import math

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QCoreApplication, Signal

from ...state.library import MAX_SIDE, MIN_SIDE
from ...state.params import PARAM, SPEEDS, ExplorerParams, nearest_speed
from ..widgets.showing import Showing
from ..i18n import Texts, Translated
from ..i18n.numbers import number
from ..plotting import style

BETA_MIN, BETA_MAX = 0.1, 100.0
SLIDER_STEPS = 1000


def beta_to_slider(beta: float) -> int:
    b = min(max(beta, BETA_MIN), BETA_MAX)
    return round(SLIDER_STEPS * math.log(b / BETA_MIN) / math.log(BETA_MAX / BETA_MIN))


def slider_to_beta(pos: int) -> float:
    return BETA_MIN * (BETA_MAX / BETA_MIN) ** (pos / SLIDER_STEPS)


def speed_text(s: float) -> str:
    if math.isinf(s):
        return QCoreApplication.translate("ControlsPanel", "max")
    if s >= 2:  # a plural from 2 on, as French writes it ("2 balayages/s", "0,5 balayage/s")
        return QCoreApplication.translate("ControlsPanel", "{speed} sweeps/s").format(speed=number(s))
    return QCoreApplication.translate("ControlsPanel", "{speed} sweep/s").format(speed=number(s))


def rule_name(key: str) -> str:
    """The learning rule's name in the interface's language."""
    if key == "hebb":
        return QCoreApplication.translate("ControlsPanel", "Hebb")
    if key == "storkey":
        return QCoreApplication.translate("ControlsPanel", "Storkey")
    return QCoreApplication.translate("ControlsPanel", "pseudo-inverse")


class ControlsPanel(Translated, QtWidgets.QGroupBox):
    edited = Signal(object)  # a dict {PARAM.field: new value} as the user changed it
    kChanged = Signal(int)
    gridChanged = Signal(int, int)
    runToggled = Signal()
    stepRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.texts = tx = Texts()
        self.showing = Showing()  # the controller's values shown without being sent back
        big = QtGui.QFont()
        big.setPointSize(style.FONT_PT)
        self.setFont(big)

        self._running = False
        self.run_button = QtWidgets.QPushButton()
        tx(self.run_button.setToolTip, lambda: self.tr("Run or pause the network (Space)"))
        self.run_button.setMinimumHeight(44)
        self.step_button = QtWidgets.QPushButton()
        tx(self.step_button.setText, lambda: self.tr("Step (S)"))
        # icons drawn by Qt's style: a font glyph (⏸) is an empty box where the font lacks it
        self.step_button.setIcon(self.style().standardIcon(QtWidgets.QStyle.SP_MediaSkipForward))
        tx(self.step_button.setToolTip, lambda: self.tr("Advance exactly one sweep: N single-neuron updates "
                                                        "(asynchronous) or one parallel update"))
        self.step_button.setMinimumHeight(44)
        self.run_button.clicked.connect(self.runToggled)
        self.step_button.clicked.connect(self.stepRequested)

        # β
        self.beta_slider = QtWidgets.QSlider(QtCore.Qt.Horizontal)
        self.beta_slider.setRange(0, SLIDER_STEPS)
        tx(
            self.beta_slider.setToolTip,
            lambda: self.tr(
                "Inverse temperature β (logarithmic). P[S_i=+1] = 1/(1+exp(−β h_i)); a single pattern melts below β = 2"
            ),
        )
        self.beta_spin = QtWidgets.QDoubleSpinBox()
        self.beta_spin.setRange(BETA_MIN, BETA_MAX)
        self.beta_spin.setDecimals(2)
        self.beta_spin.setSingleStep(0.1)
        tx(self.beta_spin.setToolTip, self.beta_slider.toolTip)
        self.beta_inf = QtWidgets.QCheckBox("∞")  # the row is labelled β
        tx(self.beta_inf.setToolTip, lambda: self.tr("Deterministic dynamics: S_i = sign(h_i)"))
        self.beta_slider.valueChanged.connect(self.showing.user(self._slider_moved))
        self.beta_spin.valueChanged.connect(self.showing.user(self._spin_changed))
        self.beta_inf.toggled.connect(self.showing.user(self._inf_toggled))

        self.k_spin = QtWidgets.QSpinBox()
        self.k_spin.setRange(0, 0)
        tx(self.k_spin.setToolTip, lambda: self.tr("K: how many patterns are stored (the first K of the library)"))
        self.k_spin.valueChanged.connect(self.showing.user(self.kChanged.emit))

        self.rows_spin = QtWidgets.QSpinBox()
        self.cols_spin = QtWidgets.QSpinBox()
        for sp in (self.rows_spin, self.cols_spin):
            sp.setRange(MIN_SIDE, MAX_SIDE)
            sp.setKeyboardTracking(False)
            tx(sp.setToolTip,
               lambda: self.tr("Grid size: N = rows × cols neurons ({min} to {max} a side). Patterns are "
                               "resampled.").format(min=MIN_SIDE, max=MAX_SIDE))
            sp.valueChanged.connect(self.showing.user(
                lambda _: self.gridChanged.emit(self.rows_spin.value(), self.cols_spin.value())))

        self.mode_combo = QtWidgets.QComboBox()
        self.mode_combo.addItem("", "async")
        self.mode_combo.addItem("", "sync")
        tx(lambda t: self.mode_combo.setItemText(0, t), lambda: self.tr("asynchronous"))
        tx(lambda t: self.mode_combo.setItemText(1, t), lambda: self.tr("synchronous"))
        tx(self.mode_combo.setToolTip, lambda: self.tr("Asynchronous: one neuron at a time in random order. "
                                                       "Synchronous: all at once (may end in a 2-cycle)."))
        self.mode_combo.currentIndexChanged.connect(self.showing.user(
            lambda _: self.edited.emit({PARAM.mode: self.mode_combo.currentData()})))

        self.rule_combo = QtWidgets.QComboBox()
        for i, key in enumerate(("hebb", "storkey", "pinv")):
            self.rule_combo.addItem("", key)
            tx(lambda t, i=i: self.rule_combo.setItemText(i, t), lambda key=key: rule_name(key))
        tx(self.rule_combo.setToolTip, lambda: self.tr("Hebb: w_ij = (1/N) Σ_μ P_i^μ P_j^μ (the lecture). "
                                                       "Storkey and pseudo-inverse store more patterns."))
        self.rule_combo.currentIndexChanged.connect(self.showing.user(
            lambda _: self.edited.emit({PARAM.rule: self.rule_combo.currentData()})))

        self.self_coupling = QtWidgets.QCheckBox()
        tx(self.self_coupling.setText, lambda: self.tr("keep self-coupling w_ii"))
        tx(self.self_coupling.setToolTip, lambda: self.tr(
            "The lecture's sum includes i = j (w_ii = K/N). That self-excitation "
            "freezes states and hides the capacity limit, so it is off by default."))
        self.self_coupling.toggled.connect(self.showing.user(lambda on: self.edited.emit({PARAM.self_coupling: on})))

        # structural plasticity (README, "Structural plasticity"): which synapses exist, what they hold
        self.connectivity_spin = self._percent_spin(PARAM.connectivity, lambda: self.tr(
            "Connectivity c: the percentage of the pairs of neurons joined by a synapse. Lowering it removes "
            "synapses at random (w_ij = c_ij Σ_μ P_i^μ P_j^μ/(cN)); raising it regrows them."))
        self.connectivity_spin.setValue(100.0)
        self.pruned_spin = self._percent_spin(PARAM.pruned, lambda: self.tr(
            "Pruning: the percentage of the synapses removed, the weakest |w_ij| first"))
        self.clipped = QtWidgets.QCheckBox()
        tx(self.clipped.setText, lambda: self.tr("binary synapses"))
        tx(self.clipped.setToolTip, lambda: self.tr(
            "Clipped synapses: each keeps only its sign, w_ij = sign(Σ_μ P_i^μ P_j^μ)/(c√(KN)); the capacity "
            "falls from 0.138 to about 0.10 (Sompolinsky 1986)"))
        self.clipped.toggled.connect(self.showing.user(lambda on: self.edited.emit({PARAM.clipped: on})))

        self.speed_slider = QtWidgets.QSlider(QtCore.Qt.Horizontal)
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setValue(len(SPEEDS) - 1)
        tx(self.speed_slider.setToolTip, lambda: self.tr("From slow motion (neuron by neuron) to as fast as possible"))
        self.speed_label = QtWidgets.QLabel()
        tx(self.speed_label.setText, lambda: speed_text(self.speed()))
        self.speed_slider.valueChanged.connect(self.showing.user(self._speed_moved))

        self.seed_check = QtWidgets.QCheckBox()
        tx(self.seed_check.setText, lambda: self.tr("seed"))
        tx(self.seed_check.setToolTip,
           lambda: self.tr("Fix the seed to reproduce a run exactly (applies at the next reset)"))
        self.seed_spin = QtWidgets.QSpinBox()
        self.seed_spin.setRange(ExplorerParams.spec("seed").low, ExplorerParams.spec("seed").high)
        self.seed_spin.setValue(1)
        self.seed_spin.setEnabled(False)
        tx(self.seed_spin.setToolTip, self.seed_check.toolTip)
        self.seed_check.toggled.connect(self.seed_spin.setEnabled)
        self.seed_check.toggled.connect(self.showing.user(lambda _: self.edited.emit({PARAM.seed: self.seed()})))
        self.seed_spin.valueChanged.connect(self.showing.user(lambda _: self.edited.emit({PARAM.seed: self.seed()})))

        form = QtWidgets.QGridLayout(self)
        # one parameter a row (label, control): narrow enough for a 1024-pixel screen beside the
        # state and the curves, even in French
        def row(*widgets, stretch=None):
            box = QtWidgets.QHBoxLayout()
            for w in widgets:
                box.addWidget(w, 1 if w is stretch else 0)
            return box

        self.beta_spin.setButtonSymbols(QtWidgets.QAbstractSpinBox.NoButtons)  # the slider is beside it
        form.addLayout(row(self.run_button, self.step_button), 0, 0, 1, 2)
        form.addWidget(QtWidgets.QLabel("β"), 1, 0)
        form.addLayout(row(self.beta_slider, self.beta_spin, self.beta_inf, stretch=self.beta_slider), 1, 1)
        form.addWidget(tx.label(lambda: self.tr("K stored")), 2, 0)
        form.addLayout(row(self.k_spin, QtWidgets.QWidget()), 2, 1)
        form.addWidget(tx.label(lambda: self.tr("grid")), 3, 0)
        form.addLayout(row(self.rows_spin, QtWidgets.QLabel("×"), self.cols_spin), 3, 1)
        form.addWidget(tx.label(lambda: self.tr("updates")), 4, 0)
        form.addWidget(self.mode_combo, 4, 1)
        form.addWidget(tx.label(lambda: self.tr("rule")), 5, 0)
        form.addWidget(self.rule_combo, 5, 1)
        form.addWidget(self.self_coupling, 6, 0, 1, 2)
        form.addWidget(tx.label(lambda: self.tr("synapses")), 7, 0)
        form.addLayout(row(self.connectivity_spin, QtWidgets.QWidget()), 7, 1)
        form.addWidget(tx.label(lambda: self.tr("pruned")), 8, 0)
        form.addLayout(row(self.pruned_spin, QtWidgets.QWidget()), 8, 1)
        form.addWidget(self.clipped, 9, 0, 1, 2)
        form.addWidget(self.seed_check, 10, 0)
        form.addWidget(self.seed_spin, 10, 1)
        form.addWidget(tx.label(lambda: self.tr("speed")), 11, 0)
        form.addLayout(row(self.speed_slider, self.speed_label, stretch=self.speed_slider), 11, 1)
        form.setColumnStretch(1, 1)
        self._set_beta_widgets(4.0, infinite=True)
        self.retranslate()

    def _percent_spin(self, field, tip) -> QtWidgets.QDoubleSpinBox:
        """A spin box in percent for the fraction parameter ``field`` over its declared range (edits
        sent as fractions)."""
        spin = QtWidgets.QDoubleSpinBox()
        spec = ExplorerParams.spec(field.name)
        spin.setRange(100 * spec.low, 100 * spec.high)
        spin.setDecimals(1)
        spin.setSuffix(" %")
        self.texts(spin.setToolTip, tip)
        spin.valueChanged.connect(self.showing.user(lambda v: self.edited.emit({field: v / 100})))
        return spin

    # --- showing the parameters ------------------------------------------------------------------
    def bind(self, events, params: ExplorerParams) -> None:
        """Show ``params`` and from now on each field's new value announced by ``events`` (the
        controller's :class:`~hopfield_gui.state.evented.FieldEvents`), each in its own widget."""
        shows = {PARAM.beta: self.show_beta, PARAM.mode: lambda v: self._show_data(self.mode_combo, v),
                 PARAM.rule: lambda v: self._show_data(self.rule_combo, v),
                 PARAM.self_coupling: lambda v: self._show(self.self_coupling.setChecked, v),
                 PARAM.connectivity: lambda v: self._show(self.connectivity_spin.setValue, 100 * v),
                 PARAM.pruned: lambda v: self._show(self.pruned_spin.setValue, 100 * v),
                 PARAM.clipped: lambda v: self._show(self.clipped.setChecked, v),
                 PARAM.speed: self.show_speed, PARAM.seed: self.show_seed}
        for field, show in shows.items():
            show(getattr(params, field.name))
            events[field].connect(show)

    def _show(self, setter, value) -> None:
        with self.showing:
            setter(value)

    def _show_data(self, combo: QtWidgets.QComboBox, value) -> None:
        with self.showing:
            combo.setCurrentIndex(combo.findData(value))

    def show_beta(self, beta: float) -> None:
        self._set_beta_widgets(beta if math.isfinite(beta) else self.beta_spin.value(), math.isinf(beta))

    def show_speed(self, speed: float) -> None:
        with self.showing:
            self.speed_slider.setValue(SPEEDS.index(nearest_speed(speed)))
        self.speed_label.setText(speed_text(speed))

    def show_seed(self, seed: int | None) -> None:
        with self.showing:
            self.seed_check.setChecked(seed is not None)
            self.seed_spin.setEnabled(seed is not None)
            if seed is not None:
                self.seed_spin.setValue(seed)

    # --- β -------------------------------------------------------------------------------------
    def beta(self) -> float:
        """The β the widgets show."""
        return math.inf if self.beta_inf.isChecked() else self.beta_spin.value()

    def set_beta(self, beta: float) -> None:
        """As if the user had set β (the slider, the number or ∞)."""
        self._set_beta_widgets(beta if math.isfinite(beta) else self.beta_spin.value(), math.isinf(beta))
        self.edited.emit({PARAM.beta: self.beta()})

    def _set_beta_widgets(self, value: float, infinite: bool) -> None:
        with self.showing:
            self.beta_spin.setValue(value)
            self.beta_slider.setValue(beta_to_slider(value))
            self.beta_inf.setChecked(infinite)
            self.beta_slider.setEnabled(not infinite)
            self.beta_spin.setEnabled(not infinite)

    def _slider_moved(self, pos: int) -> None:
        with self.showing:
            self.beta_spin.setValue(slider_to_beta(pos))
        self.edited.emit({PARAM.beta: self.beta()})

    def _spin_changed(self, v: float) -> None:
        with self.showing:
            self.beta_slider.setValue(beta_to_slider(v))
        self.edited.emit({PARAM.beta: self.beta()})

    def _inf_toggled(self, on: bool) -> None:
        self.beta_slider.setEnabled(not on)
        self.beta_spin.setEnabled(not on)
        self.edited.emit({PARAM.beta: self.beta()})

    # --- others ------------------------------------------------------------------------------
    def _speed_moved(self, i: int) -> None:
        self.speed_label.setText(speed_text(SPEEDS[i]))
        self.edited.emit({PARAM.speed: SPEEDS[i]})

    def speed(self) -> float:
        return SPEEDS[self.speed_slider.value()]

    def seed(self):
        return self.seed_spin.value() if self.seed_check.isChecked() else None

    def set_k_range(self, k: int, library_size: int) -> None:
        with self.showing:
            self.k_spin.setRange(0, library_size)
            self.k_spin.setValue(k)

    def set_grid(self, rows: int, cols: int) -> None:
        with self.showing:
            for sp, v in ((self.rows_spin, rows), (self.cols_spin, cols)):
                sp.setValue(v)

    def set_running(self, running: bool) -> None:
        self._running = running
        self.run_button.setText(self.tr("Pause (Space)") if running else self.tr("Run (Space)"))
        self.run_button.setIcon(self.style().standardIcon(
            QtWidgets.QStyle.SP_MediaPause if running else QtWidgets.QStyle.SP_MediaPlay))

    def retranslate(self) -> None:
        self.set_running(self._running)
