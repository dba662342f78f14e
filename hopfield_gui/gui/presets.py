"""One click from nothing to each moment of the lecture (classroom.md)."""

from __future__ import annotations

import numpy as np
from PySide6 import QtCore
from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..core.patterns import random_patterns
from ..model import PatternEntry
from ..resources_access import preset_letters
from .rendering import text_to_pattern
from .worker import CueSpec


def letter(ch: str, rows: int, cols: int) -> np.ndarray:
    """A letter as the presets show it: the bundled drawing (the same on every laptop in the room),
    or drawn from a font at sizes that ship none."""
    pset = preset_letters(rows, cols)
    if pset is not None and ch in pset.names:
        return pset.patterns[pset.names.index(ch)].copy()
    return text_to_pattern(ch, rows, cols)


def _setup(win, rows, cols, entries, *, beta=float("inf"), rule="hebb", mode="async", speed_index=None,
           seed=1, self_coupling=False):
    """Put the window in a known state: library, grid, parameters (undoable as one library edit)."""
    win.stop_preset_animation()
    if win._running:
        win.toggle_run()
    c = win.controls
    c.self_coupling.setChecked(self_coupling)
    c.rule_combo.setCurrentIndex(c.rule_combo.findData("hebb"))  # allowed at any size, set first
    win._edit_library(lambda: win.library.replace_all(rows, cols, entries),
                      QtCore.QCoreApplication.translate("MainWindow", "preset"))
    c.rule_combo.setCurrentIndex(c.rule_combo.findData(rule))
    c.mode_combo.setCurrentIndex(c.mode_combo.findData(mode))
    c.set_beta(beta)
    c.seed_check.setChecked(True)
    c.seed_spin.setValue(seed)
    if speed_index is not None:
        c.speed_slider.setValue(speed_index)
    win.tabs.setCurrentWidget(win.curves)


def _start(win, cue: CueSpec, run: bool = True):
    sp = win.state_panel
    if cue.kind == "pattern":
        sp.cue_pattern.setCurrentIndex(cue.mu)
        sp.target.setCurrentIndex(cue.mu)
        sp.noise.setValue(round(cue.noise * 100))
        sp.masked.setValue(round(cue.masked * 100))
    win._push_config()  # the worker applies commands in order: configuration first, then the cue
    win.reset_cue(cue)
    if run and not win._running:
        win.toggle_run()


def word_completion(win):
    """« Pouvez-vous lire ce texte ? » — letters with erased pixels are completed."""
    rows = cols = 20
    entries = [PatternEntry(ch, letter(ch, rows, cols), True) for ch in "ABC"]
    _setup(win, rows, cols, entries, speed_index=5, seed=2)
    _start(win, CueSpec(kind="pattern", mu=1, noise=0.05, masked=0.40, mask_fill="blank"))


def superposition(win):
    """Stimuli leave traces; connectivity is their superposition (Weights tab)."""
    rows = cols = 12
    rng = np.random.default_rng(7)
    entries = [PatternEntry(ch, letter(ch, rows, cols), True) for ch in "XO"]
    entries.append(PatternEntry("R", random_patterns(1, rows * cols, rng)[0], True))
    _setup(win, rows, cols, entries, speed_index=6)
    _start(win, CueSpec(kind="pattern", mu=0, noise=0.2), run=False)
    win.tabs.setCurrentWidget(win.weights)


def melting(win):
    """One pattern, β lowered from 10 down through β_c = 2: recall gets noisy, then melts."""
    rows = cols = 40
    rng = np.random.default_rng(3)
    _setup(win, rows, cols, [PatternEntry("P", random_patterns(1, rows * cols, rng)[0], True)],
           beta=10.0, speed_index=len(win.controls_speeds()) - 3, seed=3)
    _start(win, CueSpec(kind="pattern", mu=0, noise=0.0))
    win.start_preset_animation([10, 6, 4, 3, 2.5, 2.2, 2.0, 1.8, 1.5, 1.2], interval_ms=win.preset_interval_ms)


def overload(win):
    """K past 0.138 N: recall collapses (N = 400, K = 80, α = 0.2)."""
    rows = cols = 20
    rng = np.random.default_rng(11)
    pats = random_patterns(80, rows * cols, rng)
    _setup(win, rows, cols, [PatternEntry(f"R{i + 1}", p, True) for i, p in enumerate(pats)], speed_index=6, seed=4)
    _start(win, CueSpec(kind="pattern", mu=0, noise=0.1))


def spurious_mixture(win):
    """A mixture of three patterns is an attractor at low temperature (overlaps ½ ½ ½)."""
    rows = cols = 40
    rng = np.random.default_rng(5)
    pats = random_patterns(3, rows * cols, rng)
    mix = np.sign(pats.sum(0)).astype(np.int8)
    noisy = mix.copy()
    flip = rng.choice(mix.size, size=mix.size // 10, replace=False)
    noisy[flip] *= -1
    _setup(win, rows, cols, [PatternEntry(n, p, True) for n, p in zip("XYZ", pats)], speed_index=6, seed=5)
    win.controls.set_beta(float("inf"))
    _start(win, CueSpec(kind="state", state=noisy))


def two_cycle(win):
    """Synchronous updates from a cue with exactly half of its neurons flipped: a 2-cycle.

    Every neuron then sees the opposite majority, so one parallel update inverts the state and the
    next inverts it back; asynchronous updates from the same cue reach a fixed point.
    """
    rows = cols = 20
    _setup(win, rows, cols, [PatternEntry("A", letter("A", rows, cols), True)], mode="sync",
           speed_index=4, seed=6)
    _start(win, CueSpec(kind="pattern", mu=0, noise=0.5))


# key, title, what it shows (the button's tooltip), what it does
PRESETS = [
    ("word", QT_TRANSLATE_NOOP("Presets", "Complete the letter"),
     QT_TRANSLATE_NOOP("Presets", "« Pouvez-vous lire ce texte ? » — letters with erased pixels are completed."), word_completion),
    ("superposition", QT_TRANSLATE_NOOP("Presets", "Superposition of traces"),
     QT_TRANSLATE_NOOP("Presets", "Stimuli leave traces; connectivity is their superposition (Weights tab)."), superposition),
    ("melting", QT_TRANSLATE_NOOP("Presets", "Melting (β ↓ 2)"),
     QT_TRANSLATE_NOOP("Presets", "One pattern, β lowered from 10 down through β_c = 2: recall gets noisy, then melts."), melting),
    ("overload", QT_TRANSLATE_NOOP("Presets", "Overload (α > 0.138)"),
     QT_TRANSLATE_NOOP("Presets", "K past 0.138 N: recall collapses (N = 400, K = 80, α = 0.2)."), overload),
    ("mixture", QT_TRANSLATE_NOOP("Presets", "Spurious mixture"),
     QT_TRANSLATE_NOOP("Presets", "A mixture of three patterns is an attractor at low temperature (overlaps ½ ½ ½)."),
     spurious_mixture),
    ("cycle", QT_TRANSLATE_NOOP("Presets", "Synchronous 2-cycle"),
     QT_TRANSLATE_NOOP("Presets", "Synchronous updates from a cue with exactly half of its neurons flipped: a 2-cycle."), two_cycle),
]
