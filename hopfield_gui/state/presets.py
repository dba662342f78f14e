"""The presets: one click from nothing to each moment of the lecture, written as data.

A :class:`Preset` says which patterns to store on which grid, which parameters to set (changes to
:class:`~hopfield_gui.state.params.ExplorerParams`), where the run starts, whether it runs, which
tab to show and an optional schedule of β values. The controller applies it
(``ExplorerController.apply_preset``); nothing here knows about widgets.

Letters come from a ``letter(ch, rows, cols)`` function given by the caller (the window draws them
from the bundled drawings or from a font), so that this module stays free of Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from ..core.patterns import random_patterns
from .frames import CueSpec
from .library import PatternEntry

__all__ = ["Preset", "PRESETS", "preset"]

Letter = Callable[[str, int, int], np.ndarray]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for translation in ``context`` (the window translates it when shown)."""
    return text


@dataclass(frozen=True)
class Preset:
    key: str
    title: str  # English; translated in the context "Presets"
    tip: str  # what it shows (the button's tooltip)
    rows: int
    cols: int
    patterns: Callable[[Letter], list[PatternEntry]]
    params: dict = field(default_factory=dict)  # changes to ExplorerParams (the rest: defaults)
    cue: Callable[[list[PatternEntry]], CueSpec] | None = None  # None: from params.cue/noise/masked
    run: bool = True
    tab: str = "dynamics"  # "dynamics" | "weights"
    beta_schedule: tuple[float, ...] = ()  # β values applied one after the other while it runs
    number: str = ""  # its moment in the Lesson guide ("1" … "6"): the toolbar shows "1 Letters"
    short: str = ""  # the toolbar's name (English; context "Presets"), the title in the menu and tooltip


def _letters(text: str, rows: int, cols: int) -> Callable[[Letter], list[PatternEntry]]:
    return lambda letter: [PatternEntry(ch, letter(ch, rows, cols), True, ch) for ch in text]


def _random(names: list[str], n: int, seed: int) -> Callable[[Letter], list[PatternEntry]]:
    return lambda letter: [PatternEntry(name, p, True)
                           for name, p in zip(names, random_patterns(len(names), n, np.random.default_rng(seed)),
                                              strict=True)]


def _superposition(letter: Letter) -> list[PatternEntry]:
    entries = _letters("XO", 12, 12)(letter)
    entries.append(PatternEntry("R", random_patterns(1, 144, np.random.default_rng(7))[0], True))
    return entries


def _noisy_mixture(entries: list[PatternEntry]) -> CueSpec:
    """The mixture sign(P¹ + P² + P³) with 10 % of its neurons flipped: the network falls back
    into the mixture, a spurious attractor."""
    rng = np.random.default_rng(5)
    mix = np.sign(sum(e.values.astype(np.int32) for e in entries)).astype(np.int8)
    noisy = mix.copy()
    noisy[rng.choice(mix.size, size=mix.size // 10, replace=False)] *= -1
    return CueSpec(kind="state", state=noisy)


PRESETS: tuple[Preset, ...] = (
    Preset(
        "word",
        QT_TRANSLATE_NOOP("Presets", "Complete the letter"),
        QT_TRANSLATE_NOOP("Presets", "« Pouvez-vous lire ce texte ? » — letters with erased pixels are completed."),
        # A, O, T: bold letters overlap by at most 0.14 at every grid size (A, B, C by 0.6–0.7, so
        # that half-erased cues fell into their mixture): completion works from 12 × 12 to 128 × 128
        20,
        20,
        _letters("AOT", 20, 20),
        dict(speed=2, seed=2, cue=1, noise=0.05, masked=0.40),
        number="1",
        short=QT_TRANSLATE_NOOP("Presets", "Letters"),
    ),
    Preset(
        "superposition",
        QT_TRANSLATE_NOOP("Presets", "Superposition of traces"),
        QT_TRANSLATE_NOOP("Presets", "Stimuli leave traces; connectivity is their superposition (Weights tab)."),
        12,
        12,
        _superposition,
        dict(speed=5, seed=1, cue=0, noise=0.2),
        run=False,
        tab="weights",
        number="2",
        short=QT_TRANSLATE_NOOP("Presets", "Traces"),
    ),
    Preset(
        "melting",
        QT_TRANSLATE_NOOP("Presets", "Melting (β ↓ 2)"),
        QT_TRANSLATE_NOOP(
            "Presets", "One pattern, β lowered from 10 down through β_c = 2: recall gets noisy, then melts."
        ),
        40,
        40,
        _random(["P"], 1600, 3),
        dict(beta=10.0, speed=25, seed=3, cue=0, noise=0.0),
        beta_schedule=(10, 6, 4, 3, 2.5, 2.2, 2.0, 1.8, 1.5, 1.2),
        number="3",
        short=QT_TRANSLATE_NOOP("Presets", "Melting"),
    ),
    Preset(
        "overload",
        QT_TRANSLATE_NOOP("Presets", "Overload (α > 0.138)"),
        QT_TRANSLATE_NOOP("Presets", "K past 0.138 N: recall collapses (N = 400, K = 80, α = 0.2)."),
        20,
        20,
        _random([f"R{i + 1}" for i in range(80)], 400, 11),
        dict(speed=5, seed=4, cue=0, noise=0.1),
        number="4",
        short=QT_TRANSLATE_NOOP("Presets", "Overload"),
    ),
    Preset(
        "mixture",
        QT_TRANSLATE_NOOP("Presets", "Spurious mixture"),
        QT_TRANSLATE_NOOP(
            "Presets", "A mixture of three patterns is an attractor at low temperature (overlaps ½ ½ ½)."
        ),
        40,
        40,
        _random(list("XYZ"), 1600, 5),
        dict(speed=5, seed=5),
        cue=_noisy_mixture,
        number="5",
        short=QT_TRANSLATE_NOOP("Presets", "Mixture"),
    ),
    # Synchronous updates from a cue with exactly half of its neurons flipped: every neuron then
    # sees the opposite majority, so one parallel update inverts the state and the next inverts it
    # back; asynchronous updates from the same cue reach a fixed point.
    Preset(
        "cycle",
        QT_TRANSLATE_NOOP("Presets", "Synchronous 2-cycle"),
        QT_TRANSLATE_NOOP(
            "Presets", "Synchronous updates from a cue with exactly half of its neurons flipped: a 2-cycle."
        ),
        20,
        20,
        _letters("A", 20, 20),
        dict(mode="sync", speed=1, seed=6, cue=0, noise=0.5),
        number="6",
        short=QT_TRANSLATE_NOOP("Presets", "2-cycle"),
    ),
    # The lecture's « plasticité structurelle »: the letters of moment 1 on a network that has lost
    # half of its synapses at random (README, "Structural plasticity"); X removes a quarter more.
    Preset(
        "synapses",
        QT_TRANSLATE_NOOP("Presets", "Lose half the synapses, keep the memory"),
        QT_TRANSLATE_NOOP(
            "Presets",
            "Half of the synapses removed at random: the letters are still recalled. "
            "X removes a quarter more while it runs, G regrows them.",
        ),
        20,
        20,
        _letters("AOT", 20, 20),
        dict(connectivity=0.5, speed=5, seed=8, cue=1, noise=0.2),
        tab="weights",
        number="8",
        short=QT_TRANSLATE_NOOP("Presets", "Synapses"),
    ),
)


def preset(key: str) -> Preset:
    """The preset called ``key`` (KeyError if there is none)."""
    for p in PRESETS:
        if p.key == key:
            return p
    raise KeyError(key)
