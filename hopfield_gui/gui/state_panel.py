"""The live network state, the error overlay and the cue controls."""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Signal

from .. import style
from .livelabel import LiveLabel
from .pixelgrid import PixelGrid
from .worker import CueSpec


class StatePanel(QtWidgets.QGroupBox):
    resetRequested = Signal(object)  # CueSpec

    def __init__(self, parent=None):
        super().__init__(self.tr("Network state S(t)"), parent)
        self.grid = PixelGrid(16, 16)
        self.grid.setToolTip(self.tr("Each square is a neuron: dark = +1, light = −1. "
                                     "With the overlay on, neurons that differ from the chosen pattern are orange."))
        self.grid.setMinimumSize(300, 300)
        big = QtGui.QFont()
        big.setPointSize(style.FONT_PT + 4)
        big.setBold(True)
        self.time_label = LiveLabel("t = 100000.25 sweeps", font=big)
        self.time_label.setText("t = 0 sweeps")
        f2 = QtGui.QFont()
        f2.setPointSize(style.FONT_PT)
        self.info_label = LiveLabel("16384 of 16384 neurons differ from P100", font=f2)
        fb = QtGui.QFont(f2)
        fb.setBold(True)
        self.verdict = LiveLabel("Ended in: mixture +P1 +P2 +P3 (m = +0.50 +0.50 +0.50), E/N = -0.375", font=fb)
        self.verdict.setToolTip(self.tr("What the network is in: a stored pattern, a reversed pattern −μ, "
                                        "a mixture of patterns (a spurious state), or none of them"))
        self.overlay = QtWidgets.QCheckBox(self.tr("Show errors vs"))
        self.overlay.setToolTip(self.tr("Mark in orange the neurons that differ from this pattern"))
        self.overlay.setChecked(True)
        self.target = QtWidgets.QComboBox()
        self.target.setToolTip(self.tr("The pattern the overlay compares with"))
        self.cue_pattern = QtWidgets.QComboBox()
        self.cue_pattern.setToolTip(self.tr("The stored pattern the cue is made from"))
        self.noise = QtWidgets.QSpinBox()
        self.noise.setRange(0, 100)
        self.noise.setValue(20)
        self.noise.setSuffix(" %")
        self.noise.setToolTip(self.tr("Fraction of the cue's neurons flipped (exactly round(f·N) distinct neurons)"))
        self.masked = QtWidgets.QSpinBox()
        self.masked.setRange(0, 100)
        self.masked.setValue(0)
        self.masked.setSuffix(" %")
        self.masked.setToolTip(self.tr("Fraction of the cue's neurons erased (set to −1, like the lecture's missing letters)"))
        self.reset_button = QtWidgets.QPushButton(self.tr("Reset to cue (R)"))
        self.reset_button.setToolTip(self.tr("Start again from the chosen pattern with the noise and erasure above"))
        self.random_button = QtWidgets.QPushButton(self.tr("Random state"))
        self.random_button.setToolTip(self.tr("Start from a random ±1 state"))
        self.reset_button.clicked.connect(self.request_reset)
        self.random_button.clicked.connect(lambda: self.resetRequested.emit(CueSpec(kind="random")))
        self.target.currentIndexChanged.connect(lambda _: self._redraw())
        self.overlay.toggled.connect(lambda _: self._redraw())

        lay = QtWidgets.QVBoxLayout(self)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.time_label)
        top.addStretch(1)
        top.addWidget(self.overlay)
        top.addWidget(self.target)
        lay.addLayout(top)
        lay.addWidget(self.grid, 1)
        lay.addWidget(self.info_label)
        lay.addWidget(self.verdict)
        cue = QtWidgets.QHBoxLayout()
        cue.addWidget(QtWidgets.QLabel(self.tr("Cue: pattern")))
        cue.addWidget(self.cue_pattern)
        cue.addWidget(QtWidgets.QLabel(self.tr("flip")))
        cue.addWidget(self.noise)
        cue.addWidget(QtWidgets.QLabel(self.tr("erase")))
        cue.addWidget(self.masked)
        lay.addLayout(cue)
        b = QtWidgets.QHBoxLayout()
        b.addWidget(self.reset_button)
        b.addWidget(self.random_button)
        lay.addLayout(b)
        self._state = None
        self._patterns = None
        self._shape = (16, 16)

    def cue_spec(self) -> CueSpec:
        return CueSpec(kind="pattern", mu=max(0, self.cue_pattern.currentIndex()),
                       noise=self.noise.value() / 100.0, masked=self.masked.value() / 100.0, mask_fill="blank")

    def set_verdict(self, text: str) -> None:
        self.verdict.setText(text)

    def request_reset(self) -> None:
        self.resetRequested.emit(self.cue_spec())

    def set_pattern_names(self, names: list[str]) -> None:
        for combo in (self.cue_pattern, self.target):
            cur = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.setCurrentIndex(min(max(cur, 0), len(names) - 1) if names else -1)
            combo.blockSignals(False)
        self.reset_button.setEnabled(bool(names))

    def show_frame(self, frame) -> None:
        self._state = frame.state
        self._shape = (frame.rows, frame.cols)
        if frame.patterns is not None:
            self._patterns = frame.patterns
        self.time_label.setText(self.tr("t = %1 sweeps").replace("%1", f"{frame.time:.2f}".rstrip("0").rstrip(".")))
        self._redraw()

    def _redraw(self) -> None:
        if self._state is None:
            return
        diff = None
        mu = self.target.currentIndex()
        p = self._patterns
        if self.overlay.isChecked() and p is not None and 0 <= mu < p.shape[0] and p.shape[1] == self._state.size:
            diff = self._state != p[mu]
            wrong = int(diff.sum())
            self.info_label.setText(self.tr("%1 of %2 neurons differ from %3").replace("%1", str(wrong))
                                    .replace("%2", str(self._state.size)).replace("%3", self.target.currentText()))
        else:
            self.info_label.setText("")
        self.grid.set_values(self._state, *self._shape, diff=diff)
