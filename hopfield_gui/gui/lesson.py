"""Help ▸ Lesson: the seven moments of « Leçon 5 : Réseaux et apprentissage » as a teacher gives them,
each with what to say, a button that sets the window up, and what the class should see; then the
keyboard shortcuts. Non-modal: it stays open beside the window during the lecture. It asks for a
moment through its signals (a preset, a lab preset, an experiment to run); the window sets itself up."""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Signal

from ..state.lab import lab_preset
from ..state.presets import preset
from .background.jobs import Jobs
from .i18n import Texts, Translated
from .lab.claims import compute_scores, moment_seven
from .panels.experiments import experiment_name


class LessonGuide(Translated, QtWidgets.QDialog):
    presetRequested = Signal(object)  # a Preset: the explorer set up for a moment
    labRequested = Signal(object)  # a LabPreset: the Plasticity lab set up for a moment
    experimentRequested = Signal(str)  # an experiment to show and run with its settings

    def __init__(self, parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.scores = None  # the seventh moment's numbers (computed in the background, below)
        self.texts = tx = Texts()
        tx(self.setWindowTitle, lambda: self.tr("Lesson guide"))
        self.setModal(False)
        self.resize(560, 620)
        body = QtWidgets.QWidget()
        lay = QtWidgets.QVBoxLayout(body)
        self.buttons: dict[str, QtWidgets.QPushButton] = {}
        self.experiment_buttons: dict[str, QtWidgets.QPushButton] = {}
        runs = {"melting": ("temperature", "phase"), "overload": ("capacity", "basins", "finite-size"),
                "synapses": ("dilution",)}
        for key, title, say, see in self._moments():
            box = QtWidgets.QGroupBox()
            tx(box.setTitle, title)
            bl = QtWidgets.QVBoxLayout(box)
            text = QtWidgets.QLabel()
            text.setWordWrap(True)
            text.setTextFormat(QtCore.Qt.RichText)
            tx(text.setText, lambda say=say, see=see: "<p>" + say() + "</p><p><i>" + see() + "</i></p>")
            bl.addWidget(text)
            b = QtWidgets.QPushButton()
            tx(b.setText, lambda: self.tr("Show it"))
            b.clicked.connect(lambda _=False, key=key: self.show_moment(key))
            row = QtWidgets.QHBoxLayout()
            row.addWidget(b)
            self.buttons[key] = b
            for kind in runs.get(key, ()):  # then the experiment of this moment, one click away too
                e = QtWidgets.QPushButton()
                tx(e.setText, lambda kind=kind: self.tr("Run: {experiment}").format(
                    experiment=experiment_name(kind)))
                e.clicked.connect(lambda _=False, kind=kind: self.run_experiment(kind))
                row.addWidget(e)
                self.experiment_buttons[kind] = e
            row.addStretch(1)
            bl.addLayout(row)
            lay.addWidget(box)
        # the seventh moment's numbers, computed by the core in the background (a few seconds once)
        self.jobs = Jobs("lesson", parent=self)
        self.jobs.submit("scores", compute_scores, on_done=self._scores_done)
        keys = QtWidgets.QLabel()
        keys.setWordWrap(True)
        tx(keys.setText, self._shortcuts)
        lay.addWidget(keys)
        lay.addStretch(1)
        area = QtWidgets.QScrollArea()
        area.setWidget(body)
        area.setWidgetResizable(True)
        outer = QtWidgets.QVBoxLayout(self)
        outer.addWidget(area)

    def show_moment(self, key: str) -> None:
        """Ask for one moment: its preset (the window sets itself up and comes forward)."""
        if key.startswith("lab:"):
            self.labRequested.emit(lab_preset(key[4:]))
        else:
            self.presetRequested.emit(preset(key))

    def _scores_done(self, scores, error) -> None:
        if error is None:
            self.scores = scores
            self.texts.apply()

    def shutdown(self) -> None:
        """Stop the background job (the window closes)."""
        self.jobs.shutdown()

    def run_experiment(self, kind: str) -> None:
        """Ask for the Experiments tab with ``kind`` run with its settings."""
        self.experimentRequested.emit(kind)

    def _moments(self):
        return [
            (
                "word",
                lambda: self.tr("1. « Pouvez-vous lire ce texte ? »"),
                lambda: self.tr(
                    "We read words with missing letters: memory completes a partial cue. Store A, O, T; show O "
                    "with 40 % of its pixels erased."
                ),
                lambda: self.tr(
                    "The erased pixels fill in and the overlap m<sup>O</sup> climbs to 1 while the others stay low."
                ),
            ),
            (
                "superposition",
                lambda: self.tr("2. Stimuli leave traces; connectivity is their superposition"),
                lambda: self.tr(
                    "Each stored pattern adds its trace P P<sup>T</sup>/N to the weights: "
                    "w<sub>ij</sub> = (1/N) Σ<sub>μ</sub> P<sub>i</sub><sup>μ</sup> P<sub>j</sub><sup>μ</sup>. "
                    "Pick a pattern in the Weights tab to see its trace alone."
                ),
                lambda: self.tr("W is the sum of the traces; one pattern's trace is a matrix of ±1/N."),
            ),
            (
                "melting",
                lambda: self.tr("3. Temperature"),
                lambda: self.tr(
                    "Neurons are noisy: P[S<sub>i</sub> = +1] = 1/(1 + e<sup>−β h<sub>i</sub></sup>). β is lowered "
                    "step by step from 10 to 1.2. Afterwards run the temperature experiment."
                ),
                lambda: self.tr(
                    "Recall gets noisy, then melts below β = 2 (each change of β is marked on the curve); the "
                    "measured ⟨m⟩ follows m = tanh(βm/2)."
                ),
            ),
            (
                "overload",
                lambda: self.tr("4. Capacity"),
                lambda: self.tr(
                    "How many patterns can N neurons hold? 80 random patterns on 400 neurons (α = 0.2). Then run "
                    "the capacity experiment."
                ),
                lambda: self.tr(
                    "Recall fails; the measured m(α) collapses near α<sub>c</sub> = 0.138, on the theory "
                    "curve (Amit, Gutfreund & Sompolinsky)."
                ),
            ),
            (
                "mixture",
                lambda: self.tr("5. Spurious states"),
                lambda: self.tr("Not every attractor is a stored pattern. Start near sign(P¹ + P² + P³)."),
                lambda: self.tr(
                    "The network stays in the mixture: m ≈ ½ ½ ½ and E/N ≈ −3/8, higher than a stored pattern's −1/2."
                ),
            ),
            (
                "cycle",
                lambda: self.tr("6. Synchronous or asynchronous updates"),
                lambda: self.tr(
                    "All neurons at once (synchronous) rather than one at a time. Then switch the updates to "
                    "asynchronous and reset (R)."
                ),
                lambda: self.tr(
                    "Synchronous updates end in a 2-cycle: the state flips back and forth. Asynchronous "
                    "updates reach a fixed point: the energy never increases."
                ),
            ),
            (
                "lab:pair-fails",
                lambda: self.tr("7. Synaptic plasticity rules"),
                lambda: self.tr(
                    "Where do the synaptic weights come from? The slide's three experiments — the "
                    "stimulation frequency (Dudek & Bear), the precise timing (Bi & Poo), both combined "
                    "(Sjöström) — in the Plasticity lab, each rule against the published points. Play one "
                    "protocol, then switch to Sjöström's real protocol."
                ),
                lambda: moment_seven(self.scores),
            ),
            (
                "synapses",
                lambda: self.tr("8. Structural plasticity"),
                lambda: self.tr(
                    "« La plasticité structurelle, c'est-à-dire la création ou la suppression d'une "
                    "connexion physique entre deux neurones »: the letters stored on a network that has "
                    "lost half of its synapses at random (white in W). While it runs, X removes a quarter "
                    "more, Simulation ▸ Prune the weakest quarter removes the weakest, G regrows them."
                ),
                lambda: self.tr(
                    "The letters are still recalled: each neuron keeps enough synapses to read the "
                    "majority. Per connection the capacity even grows when connections are sparse (up to "
                    "2/π at extreme dilution); synapses clipped to their sign lose some (0.138 → ≈ 0.10)."
                ),
            ),
        ]

    def _shortcuts(self) -> str:
        def key(*names):  # in the interface's language (Qt's own catalogue: "Espace", "Maj")
            return " / ".join(QtGui.QKeySequence(n).toString(QtGui.QKeySequence.NativeText) for n in names)

        rows = [(key("Space"), self.tr("run or pause")), (key("S"), self.tr("one sweep")),
                (key("R"), self.tr("reset to the cue")), (key("F5"), self.tr("presentation mode")),
                (key("Ctrl+Z", "Ctrl+Shift+Z"), self.tr("undo / redo")), (key("Ctrl+S"), self.tr("save the session")),
                (key("F1"), self.tr("the model")), (key("Ctrl+L"), self.tr("Lesson guide"))]
        return "<b>" + self.tr("Keyboard") + "</b><br>" + "<br>".join(f"<b>{k}</b>: {v}" for k, v in rows)
