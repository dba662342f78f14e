"""From synapse to network: learn the explorer's stored patterns by presenting them to a rate rule,
and set the learnt weights beside the lecture's Hebb matrix (``core.plasticity_lab.learn_by_presentation``)."""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore, QtWidgets

from ...core.plasticity_lab import learn_by_presentation
from ..i18n import Texts, Translated
from ..i18n.messages import explain
from ..i18n.numbers import number
from ..panels.weights import MAX_SHOWN_N, image_plot, show_matrix


class BridgeDialog(Translated, QtWidgets.QDialog):
    def __init__(self, patterns_of, parent=None):
        """``patterns_of()`` gives the stored patterns (K, N) at the moment of asking."""
        super().__init__(parent)
        self.patterns_of = patterns_of
        self.texts = tx = Texts()
        self.result = None
        tx(self.setWindowTitle, lambda: self.tr("From synapse to network"))
        self.setModal(False)
        self.resize(860, 560)
        self.intro = QtWidgets.QLabel()
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(QtCore.Qt.RichText)
        tx(self.intro.setText, lambda: self.tr(
            "Each stored pattern is shown in turn: a neuron fires at 40 Hz where the pattern is +1 and at 2 Hz "
            "where it is −1 (Poisson spikes). Every synapse follows a rate-based Hebbian rule, "
            "dw<sub>ij</sub>/dt = η (ν<sub>i</sub> − ν̄)(ν<sub>j</sub> − ν̄). Summed over the patterns this is the "
            "lecture's w<sub>ij</sub> = (1/N) Σ<sub>μ</sub> P<sub>i</sub><sup>μ</sup> P<sub>j</sub><sup>μ</sup>; "
            "the longer each pattern is shown, the less the spike noise blurs it."))
        self.seconds = QtWidgets.QDoubleSpinBox(decimals=1, minimum=0.1, maximum=1000.0, value=1.0, suffix=" s")
        tx(self.seconds.setToolTip, lambda: self.tr("How long each pattern is shown"))
        self.learn_button = QtWidgets.QPushButton()
        tx(self.learn_button.setText, lambda: self.tr("Present the patterns"))
        self.verdict = QtWidgets.QLabel("")
        self.verdict.setWordWrap(True)
        self.learnt_plot, self.learnt_img = image_plot(tx, lambda: self.tr("learnt by the rate rule"))
        self.hebb_plot, self.hebb_img = image_plot(tx, lambda: self.tr("Hebb: (1/N) Σ P Pᵀ"))
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.texts.label(lambda: self.tr("each pattern shown for")))
        row.addWidget(self.seconds)
        row.addWidget(self.learn_button)
        row.addStretch(1)
        plots = QtWidgets.QHBoxLayout()
        plots.addWidget(self.learnt_plot)
        plots.addWidget(self.hebb_plot)
        lay = QtWidgets.QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(row)
        lay.addWidget(self.verdict)
        lay.addLayout(plots, 1)
        self.learn_button.clicked.connect(self.learn)

    def learn(self) -> None:
        patterns = self.patterns_of()
        try:
            # the block of the first MAX_SHOWN_N neurons: all that is shown, and W whole would be N × N
            r = learn_by_presentation(patterns, self.seconds.value(), seed=None, neurons=MAX_SHOWN_N)
        except ValueError as exc:
            self.result = None
            self.verdict.setText(explain(exc))
            return
        self.result, self._k, self._n = r, patterns.shape[0], patterns.shape[1]
        limit = float(np.abs(r.hebb).max()) or 1.0
        show_matrix(self.learnt_img, r.w, limit)
        show_matrix(self.hebb_img, r.hebb, limit)
        self.retranslate()

    def retranslate(self) -> None:
        r = self.result
        if r is not None:
            text = self.tr("K = {k} patterns, N = {n} neurons: correlation with the Hebb matrix {c}, "
                           "relative difference {e}.").format(k=self._k, n=self._n, c=number(r.correlation, ".3f"),
                                                             e=number(100 * r.relative_error, ".1f") + " %")
            if r.w.shape[0] < self._n:
                text += " " + self.tr("(Among the first {m} neurons.)").format(m=r.w.shape[0])
            self.verdict.setText(text)
