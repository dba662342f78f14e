"""What the Plasticity lab computes for one rule: the slide's three curves, and the time course of
one protocol played spike by spike (README, "Plasticity"). No Qt: a notebook can call it too.

The slide « Règles de plasticité synaptique » has three panels, each an experiment:

* **frequency** — Dudek & Bear (1992): 900 presynaptic pulses at 1–100 Hz;
* **timing** — Bi & Poo (1998): 60 pairs at 1 Hz, Δt from −100 to +100 ms;
* **both** — Sjöström, Turrigiano & Nelson (2001): pairs at 0.1–50 Hz with Δt = ±10 ms, played as 60
  pairs in a row ("continuous", what Pfister & Gerstner fitted) or as the real 5 pairs × 15 trains
  every 10 s ("bursts").
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from . import plasticity as pl
from . import plasticity_rules as rules
from .messages import msg

__all__ = ["FREQ_HZ", "DT_MS", "PAIRING_HZ", "PAIRING_DT", "Curves", "lab_curves", "Played", "play", "Learnt",
           "learn_by_presentation"]

FREQ_HZ = np.round(np.geomspace(1.0, 100.0, 21), 3)
DT_MS = np.arange(-100.0, 100.5, 1.0)
#: a log grid from 0.1 to 50 Hz that holds Sjöström's frequencies exactly (E is computed on them)
PAIRING_HZ = np.unique(np.concatenate([np.round(np.geomspace(0.1, 50.0, 22), 3), [0.1, 10.0, 20.0, 40.0, 50.0]]))
PAIRING_DT = (-10.0, 10.0)
PULSES = 900  # Dudek & Bear's protocol


@dataclass(frozen=True)
class Curves:
    """One rule's three curves. ``window_dw`` and ``pairing_dw`` are None for BCM (no spike timing);
    ``freq_sem`` is None where the protocol is deterministic; ``error`` is E on the Sjöström points."""

    kind: str
    freq_hz: np.ndarray
    freq_dw: np.ndarray
    freq_sem: np.ndarray | None
    dt_ms: np.ndarray
    window_dw: np.ndarray | None
    pair_hz: np.ndarray
    pairing_dw: np.ndarray | None  # (2, len(pair_hz)): Δt = −10, +10 ms
    error: float | None
    protocol: str
    bound: dict | None = None  # panel → bool array: where a spike rule's weight reached 0 or w_max

    def rows(self) -> list[tuple[str, str, float, float]]:
        """(panel, x name, x, dw) for a CSV."""
        out = [("frequency", "freq_hz", float(f), float(w)) for f, w in zip(self.freq_hz, self.freq_dw, strict=True)]
        if self.window_dw is not None:
            out += [("timing", "dt_ms", float(t), float(w)) for t, w in zip(self.dt_ms, self.window_dw, strict=True)]
        if self.pairing_dw is not None:
            for j, dt in enumerate(PAIRING_DT):
                out += [(f"both dt={dt:+g}", "freq_hz", float(f), float(w))
                        for f, w in zip(self.pair_hz, self.pairing_dw[j], strict=True)]
        return out


def lab_curves(kind: str, rule, protocol: str = "continuous", seed: int = 0, trials: int = 8) -> Curves:
    """The three curves of ``rule`` (made by :func:`~hopfield_gui.core.plasticity.make_rule`)."""
    dw, sem, f_hit = pl.frequency(rule, FREQ_HZ, 900, 1.0, trials, seed, bounds=True)
    if not rules.kind_of(rule).timing:
        return Curves(kind, FREQ_HZ, dw, sem, DT_MS, None, PAIRING_HZ, None, None, protocol, {"frequency": f_hit})
    window, w_hit = pl.window(rule, DT_MS, 60, 1.0, bounds=True)
    both, b_hit = pl.pairing(rule, PAIRING_HZ, PAIRING_DT, protocol, bounds=True)
    return Curves(kind, FREQ_HZ, dw, sem, DT_MS, window, PAIRING_HZ, both.T,
                  pl.grid_error(PAIRING_HZ, PAIRING_DT, both), protocol,
                  {"frequency": f_hit, "timing": w_hit, "both": b_hit.T})


# --- one protocol played ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Played:
    """The time course of one protocol: spike times, traces sampled at ``t`` (ms) and the weight.

    ``traces`` maps a name (r1, o1; c; θ_M; u, …) to its samples, ``shown`` each name to its label and
    colour (declared by the rule's module); ``levels`` are horizontal lines to draw with them (θ_d,
    θ_p); ``w`` is the relative change so far (for the calcium rule the efficacy ρ of one noisy
    synapse, with ``w_levels`` = {ρ*: 0.5})."""

    t: np.ndarray
    pre: np.ndarray
    post: np.ndarray
    traces: dict[str, np.ndarray]
    levels: dict[str, float]
    w: np.ndarray
    w_name: str
    w_levels: dict[str, float]
    panel: str = "both"  # what was played (the window says it in its language from these fields)
    protocol: str = "continuous"
    dt: float = 10.0
    freq: float = 20.0
    rate_rule: bool = False  # BCM: rates, not spikes
    shown: dict = field(default_factory=dict)  # name → plasticity_rules.Trace (label, colour)
    traces_label: str = ""  # the traces' axis when they share a unit (a message), else "traces"


def protocol_spikes(panel: str, protocol: str, dt: float, freq: float, seed: int = 0):
    """The spikes the player shows for a panel: three Bi & Poo pairs at 1 Hz; for "both", 15 pairs at
    ``freq`` in a row, or two of the real trains of 5 (10 s apart); for "frequency", 20 pulses at
    ``freq`` with the Poisson post neuron of the spike rules."""
    if panel == "timing":
        return pl.pairs(3, 1.0, dt)
    if panel == "both":
        return pl.bursts(freq, dt, trains=2) if protocol == "bursts" else pl.pairs(15, freq, dt)
    return pl.frequency_train(freq, 20, 1.0, seed)


def play(kind: str, rule, panel: str, protocol: str, dt: float, freq: float, seed: int = 0,
         points: int = 6000) -> Played:
    """Sample the protocol's time course for the animation (``points`` on a uniform grid, plus each
    spike time twice — just before and at it — so that every jump is drawn upright); a rate rule
    plays its whole protocol."""
    k = rules.kind(kind)
    if k.play_rates is not None:
        t, pulses, c = k.play_rates(rule, freq, points)
        return Played(t, pulses, np.zeros(0), c.traces, c.levels, c.w, c.w_name, c.w_levels, "frequency", protocol,
                      dt, freq, True, c.shown, c.traces_label)
    pre, post = protocol_spikes(panel, protocol, dt, freq, seed)
    spikes = np.concatenate([pre, post])
    start, end = min(0.0, spikes.min()) - 20.0, spikes.max() + 150.0
    grid = np.linspace(start, end, points)
    t = np.unique(np.concatenate([grid, spikes, spikes - 1e-6]))
    c = k.play(rule, pre, post, t, seed)
    return Played(t, pre, post, c.traces, c.levels, c.w, c.w_name, c.w_levels, panel, protocol, dt, freq, False,
                  c.shown, c.traces_label)


# --- from synapse to network ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Learnt:
    w: np.ndarray  # (N, N), or the first block asked for: the weights the rate rule learnt (w_ii = 0)
    hebb: np.ndarray  # the same block of the lecture's w = (1/N) Σ_μ P^μ P^μᵀ (w_ii = 0)
    correlation: float  # between the off-diagonal entries of the two
    relative_error: float  # ‖w − hebb‖ / ‖hebb‖ (Frobenius)


def learn_by_presentation(patterns, seconds: float = 1.0, low: float = 2.0, high: float = 40.0, seed=None,
                          noise: bool = True, neurons: int | None = None) -> Learnt:
    """Learn the weights by *showing* the patterns: while pattern μ is presented (``seconds`` each)
    neuron i fires at ``high`` Hz where P_i^μ = +1 and at ``low`` Hz where it is −1 (Poisson spike
    counts; ``noise=False``: the exact rates). Every synapse follows the rate-based covariance rule
    (Sejnowski 1977), dw_ij/dt = η·(ν_i − ν̄)(ν_j − ν̄) with ν̄ = (low + high)/2 — Hebbian, and
    depressing when only one side is active. Since ν_i − ν̄ = P_i·(high − low)/2, summing over the
    presentations gives η·T·((high − low)/2)²·Σ_μ P_i^μ P_j^μ: with η = 4/(N·T·(high − low)²) exactly
    the lecture's Hebb matrix; spike-count noise blurs it less the longer each pattern is shown.
    ``neurons``: the weights among the first ``neurons`` neurons only (still normalised by N): W is
    N × N, 2 GB at 128 × 128, and its first block says the same."""
    p = np.asarray(patterns, np.float64)
    if p.ndim != 2 or p.shape[0] < 1:
        raise ValueError(msg("store at least one pattern first"))
    if not (seconds > 0 and high > low >= 0):
        raise ValueError(msg("the presentation needs a positive duration and a high rate above the low one"))
    k, n = p.shape
    p = p[:, :neurons] if neurons is not None else p
    rates = np.where(p > 0, high, low)
    if noise:
        rates = np.random.default_rng(seed).poisson(rates * seconds) / seconds
    x = rates - (low + high) / 2
    eta = 4.0 / (n * seconds * (high - low) ** 2)
    w = eta * seconds * (x.T @ x)
    hebb = (p.T @ p) / n
    np.fill_diagonal(w, 0.0)
    np.fill_diagonal(hebb, 0.0)
    off = ~np.eye(w.shape[0], dtype=bool)
    a, b = w[off], hebb[off]
    corr = float(np.corrcoef(a, b)[0, 1]) if a.size and a.std() > 0 and b.std() > 0 else 1.0
    rel = float(np.linalg.norm(w - hebb) / max(np.linalg.norm(hebb), 1e-300))
    return Learnt(w, hebb, corr, rel)
