"""The spike trains of the lecture's three plasticity experiments (times in ms; Δt = t_post − t_pre).

* :func:`pairs` — n pre/post pairs at a frequency (Bi & Poo 1998: 60 at 1 Hz; "continuous": 60 in a
  row, as Pfister & Gerstner fitted Sjöström's points; 75 in a row, as Graupner & Brunel did);
* :func:`bursts` — Sjöström, Turrigiano & Nelson (2001)'s own protocol: 5 pairs at f, the train
  repeated 15 times every 10 s; at 0.1 Hz, 50 single pairs (the shipped data's own header);
* :func:`frequency_train` — Dudek & Bear (1992): 900 presynaptic pulses, and for a spike rule a
  postsynaptic neuron driven by them (a Poisson process at gain·f).

No Qt: import it in a notebook.
"""

from __future__ import annotations

import math

import numpy as np

from .messages import msg

__all__ = ["pairs", "bursts", "frequency_train", "poisson_trains", "BURST_PAIRS", "BURST_TRAINS", "BURST_EVERY_MS",
           "SINGLE_PAIRS"]

BURST_PAIRS, BURST_TRAINS, BURST_EVERY_MS = 5, 15, 10_000.0
#: Sjöström et al. (2001) at 0.1 Hz: single pairs, 50 of them (a train of 5 does not fit in 10 s)
SINGLE_PAIRS = 50


def pairs(n: int, freq: float, dt: float) -> tuple[np.ndarray, np.ndarray]:
    """n pairs at ``freq`` Hz: pair k has pre at k·T and post at k·T + Δt (T = 1000/freq ms)."""
    if n < 1 or not (freq > 0 and math.isfinite(freq)):
        raise ValueError(msg("a protocol needs at least one pair and a positive frequency"))
    start = np.arange(n) * (1000.0 / freq)
    return start, start + dt


def bursts(freq: float, dt: float, per_train: int = BURST_PAIRS, trains: int = BURST_TRAINS,
           every_ms: float = BURST_EVERY_MS, single: int = SINGLE_PAIRS) -> tuple[np.ndarray, np.ndarray]:
    """Sjöström, Turrigiano & Nelson (2001): trains of ``per_train`` pairs at ``freq`` Hz, one train
    every 10 s, 15 of them. Where a train does not fit in 10 s (below 0.5 Hz) the pairs follow each
    other, ``single`` of them: at 0.1 Hz Sjöström et al. gave 50 single pairs."""
    if per_train * 1000.0 / freq > every_ms:
        return pairs(single, freq, dt)
    pre, post = pairs(per_train, freq, dt)
    offsets = np.arange(trains) * every_ms
    return (offsets[:, None] + pre).ravel(), (offsets[:, None] + post).ravel()


def frequency_train(freq: float, pulses: int = 900, gain: float = 1.0, seed=None) -> tuple[np.ndarray, np.ndarray]:
    """Dudek & Bear (1992)'s protocol for a spike rule: ``pulses`` presynaptic spikes at ``freq`` Hz
    (pre k at k·T, T = 1000/freq ms) and a postsynaptic neuron driven by them, modelled as a Poisson
    process at gain·freq Hz over the same time (the README, "Plasticity": the simplest post rate that
    grows with f; the triplet rule then turns from LTD to LTP at its BCM threshold)."""
    if pulses < 1 or not (freq > 0 and math.isfinite(freq)) or not gain >= 0:
        raise ValueError(msg("a protocol needs at least one pair and a positive frequency"))
    period = 1000.0 / freq
    rng = np.random.default_rng(seed)  # a Generator passed as ``seed`` is used as it is
    total = pulses * period
    post = np.sort(rng.uniform(0.0, total, rng.poisson(gain * freq * total / 1000.0)))
    return np.arange(pulses) * period, post


def poisson_trains(rate_pre: float, rate_post: float, seconds: float, seed=None) -> tuple[np.ndarray, np.ndarray]:
    """Independent Poisson spike trains (ms) at the given rates (Hz), from a seeded generator."""
    rng = np.random.default_rng(seed)

    def train(rate):
        n = rng.poisson(rate * seconds)
        return np.sort(rng.uniform(0.0, seconds * 1000.0, n))

    return train(rate_pre), train(rate_post)
