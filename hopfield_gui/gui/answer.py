"""What the class is told about a run — what the network is in, the verdict and its hint, the overlap
curves and numbers — and quiz mode, which hides all of it until the teacher reveals it (README, "In class").

The verdict names the two most correlated stored patterns when a Hebbian network mixes them up
(``verdicts.py``); the pair is found once per configuration, not once per frame.
"""

from __future__ import annotations

from PySide6 import QtCore

from ..core.analysis import CORRELATED, most_correlated
from . import verdicts


class Answer(QtCore.QObject):
    """The answer shown by the network ``state`` panel and the ``curves`` for the ``controller``'s runs.
    ``quizChanged`` says quiz mode was switched (the menu's check follows)."""

    quizChanged = QtCore.Signal(bool)

    def __init__(self, controller, state, curves, parent: QtCore.QObject | None = None):
        super().__init__(parent)
        self._controller, self._state, self._curves = controller, state, curves
        self.quiz = False  # Simulation ▸ Hide the answer: curves, numbers, overlay and verdict wait for the reveal
        self._revealed = False  # the teacher revealed the answer of this run
        self._correlated = None  # (name, name, C) of the two most correlated stored patterns, if strongly

    def configured(self, cfg, names: list[str]) -> None:
        """A new network (``names`` of its stored patterns): which two patterns it may confuse."""
        pair = most_correlated(cfg.patterns)
        self._correlated = None
        if pair is not None and abs(pair[2]) >= CORRELATED and cfg.rule == "hebb":
            self._correlated = (names[pair[0]], names[pair[1]], pair[2])

    def set_quiz(self, on: bool) -> None:
        """Quiz mode: everything that gives the answer away — the overlap curves and their numbers,
        the error overlay, what the network is in — stays hidden until the teacher reveals it
        (Simulation ▸ Reveal the answer, V), so the class guesses first while watching the state."""
        self.quiz = bool(on)
        self.quizChanged.emit(self.quiz)
        self.refresh()

    def reveal(self) -> None:
        self._revealed = True
        self.refresh()

    def refresh(self) -> None:
        """Say again what the last frame shows (quiz switched, answer revealed, language changed)."""
        if self._controller.last_frame is not None:
            self.show(self._controller.last_frame)

    def show(self, frame) -> None:
        """What ``frame`` shows: the run's state, and the verdict once the run has stopped."""
        if frame.restart:
            self._revealed = False  # a new run: a new question
        hidden = self.quiz and not self._revealed
        self._state.set_answer_hidden(hidden)
        self._curves.set_answer_hidden(hidden)
        label = self._controller.last_label
        if frame.running or hidden:
            self._state.set_verdict("")
        elif label is not None:
            self._state.set_verdict(*verdicts.verdict(frame, label, self._controller.names_of(frame),
                                                      self._correlated))
        self._state.status.setText(verdicts.run_state(frame))
