"""What each published set fits, computed — never written by hand (README, "Plasticity"; the Lesson
guide's seventh moment; the lab's texts). No Qt.

For every set of every rule:

* **E** on Sjöström et al. (2001)'s ten points, E = (1/10) Σ((model − data)/SEM)², under the protocol
  Pfister & Gerstner fitted (60 pairs in a row), the protocol Sjöström et al. used (5 pairs × 15
  every 10 s; 50 single pairs at 0.1 Hz) and the one Graupner & Brunel fitted (75 pairs in a row);
  below 1 the set fits the points within their errors;
* **R** on Bi & Poo (1998)'s 45 cells, the root mean square of model − data (a flat line at 0 scores
  the data's own RMS, 0.38; the cells have no error bars);
* **Dudek & Bear's sign** after 900 pulses: LTD at 1 and 3 Hz (dw ≤ −0.05), none near 10 Hz
  (|dw| ≤ 0.10), LTP at 50 Hz (dw ≥ +0.05), and nowhere a change over 60 % — and the crossover
  frequency where dw changes sign.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from . import plasticity as pl
from . import plasticity_rules as rules

__all__ = ["SetScore", "score", "scores", "E_PROTOCOLS", "DB_FREQS", "dudek_bear_ok", "crossover", "fitted_to",
           "timing_rms"]

#: (name, protocol, pairs) of the Sjöström protocols E is computed under
E_PROTOCOLS = (("continuous", "continuous", 60), ("bursts", "bursts", 60), ("continuous-75", "continuous", 75))
DB_FREQS = (1.0, 3.0, 10.0, 50.0)
DB_TRIALS = 8  # Poisson realisations of the post neuron for a spike rule (the lab's own)


@dataclass(frozen=True)
class SetScore:
    kind: str
    set_name: str
    e: dict  # protocol name → E (None for BCM: no spike timing)
    timing_rms: float | None
    db_dw: tuple  # dw at DB_FREQS
    db_ok: bool
    crossover_hz: float | None
    fitted_to: str


def timing_rms(rule) -> float:
    """RMS of model − data over Bi & Poo (1998)'s 45 cells (60 pairs at 1 Hz)."""
    d, _ = pl.published("bi-poo-1998")
    model = pl.window(rule, d["dt_ms"], 60, 1.0)
    return float(np.sqrt(np.mean((model - d["percent_change"] / 100.0) ** 2)))


def dudek_bear_ok(freqs, dw) -> bool:
    """Dudek & Bear (1992)'s sign pattern after 900 pulses, at 1, 3, 10 and 50 Hz (``dw`` on ``freqs``)."""
    at = dict(zip(map(float, freqs), map(float, dw), strict=True))
    return at[1.0] <= -0.05 and at[3.0] <= -0.05 and abs(at[10.0]) <= 0.10 and at[50.0] >= 0.05


def crossover(freqs, dw) -> float | None:
    """The first frequency (log-interpolated) where dw turns from negative to positive, or None."""
    f, w = np.asarray(freqs, float), np.asarray(dw, float)
    for i in range(1, f.size):
        if w[i - 1] < 0 <= w[i]:
            t = w[i - 1] / (w[i - 1] - w[i])
            return float(10 ** (math.log10(f[i - 1]) + t * (math.log10(f[i]) - math.log10(f[i - 1]))))
    return None


def fitted_to(kind: str, name: str) -> str:
    return rules.kind(kind).fitted_to.get(name, "")


@functools.lru_cache(maxsize=None)
def score(kind: str, set_name: str) -> SetScore:
    """Every measure of one published set (cached: the sets are constants)."""
    rule = pl.make_rule(kind, set_name)
    grid = np.geomspace(1.0, 100.0, 41)
    freqs = np.unique(np.concatenate([grid, DB_FREQS]))
    dw = pl.frequency(rule, freqs, 900, 1.0, DB_TRIALS, 0)[0]
    at = dict(zip(freqs.tolist(), dw.tolist(), strict=True))
    ok = dudek_bear_ok(DB_FREQS, [at[f] for f in DB_FREQS]) and bool(np.all(np.abs(dw) <= 0.6))
    if not rules.kind(kind).timing:
        return SetScore(kind, set_name, {}, None, tuple(at[f] for f in DB_FREQS), ok, crossover(freqs, dw),
                        fitted_to(kind, set_name))
    e = {name: pl.sjostrom_error(rule, protocol, n) for name, protocol, n in E_PROTOCOLS}
    return SetScore(kind, set_name, e, timing_rms(rule), tuple(at[f] for f in DB_FREQS), ok, crossover(freqs, dw),
                    fitted_to(kind, set_name))


def scores() -> list[SetScore]:
    """Every published set of every rule, in the lab's order."""
    return [score(kind, name) for kind, names in pl.RULE_SETS.items() for name in names]
