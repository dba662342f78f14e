"""Help ▸ The model and Help ▸ About, in the interface's language."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets


def show_model_help(parent) -> None:
    QtWidgets.QMessageBox.information(parent, QtCore.QCoreApplication.translate("MainWindow", "The model"),
                                      model_help())


def show_about(parent) -> None:
    from .. import __version__
    QtWidgets.QMessageBox.about(parent, QtCore.QCoreApplication.translate("MainWindow", "About Hopfield Explorer"),
                                f"<h3>Hopfield Explorer {__version__}</h3>" + about_text())


def model_help() -> str:
    """The model in one page (Help ▸ The model), in the interface's language."""
    return QtCore.QCoreApplication.translate(
        "Help",
        """<p><b>Neurons</b> S<sub>i</sub> = ±1, field h<sub>i</sub> = Σ<sub>j</sub> w<sub>ij</sub> S<sub>j</sub>.</p>
<p><b>Update</b> (Leçon 5): P[S<sub>i</sub> = +1] = 1 / (1 + exp(−β h<sub>i</sub>)); β = ∞ is S<sub>i</sub> = sign(h<sub>i</sub>).
Note the factor 2: ⟨S<sub>i</sub>⟩ = tanh(β h<sub>i</sub>/2), so one stored pattern melts below β = 2
(textbooks write β/2 for our β).</p>
<p><b>Hebb</b>: w<sub>ij</sub> = (1/N) Σ<sub>μ</sub> P<sub>i</sub><sup>μ</sup> P<sub>j</sub><sup>μ</sup>,
with w<sub>ii</sub> = 0 by default: the lecture's sum includes i = j (w<sub>ii</sub> = K/N), a self-excitation that
freezes almost any state and hides the capacity limit.</p>
<p><b>Overlap</b> m<sup>μ</sup> = (1/N) Σ<sub>i</sub> P<sub>i</sub><sup>μ</sup> S<sub>i</sub>; m = 1 means the state is the pattern.</p>
<p><b>Capacity</b>: K<sub>max</sub> = 0.138 N (Amit, Gutfreund &amp; Sompolinsky).</p>
<p><b>Energy</b> E = −½ Σ<sub>i≠j</sub> w<sub>ij</sub> S<sub>i</sub> S<sub>j</sub> never increases under
deterministic asynchronous updates; synchronous updates can end in a 2-cycle.</p>
<p><b>Time</b> is counted in sweeps: N single-neuron updates in random order, or one parallel update.</p>""",
    )


def about_text() -> str:
    return QtCore.QCoreApplication.translate(
        "Help",
        """<p>See associative memory work: the model of « Leçon 5 : Réseaux et apprentissage » (J. Ranft,
Neurosciences computationnelles).</p>
<p>References: J. J. Hopfield, PNAS 79, 2554 (1982); D. J. Amit, H. Gutfreund &amp; H. Sompolinsky,
Phys. Rev. Lett. 55, 1530 (1985) and Ann. Phys. 173, 30 (1987); A. Storkey, ICANN (1997);
L. Personnaz, I. Guyon &amp; G. Dreyfus, J. Phys. Lett. 46, L359 (1985).</p>
<p>Licence: MIT.</p>""",
    )
