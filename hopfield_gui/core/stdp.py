"""Spike-timing plasticity: the pair and the triplet rule, simulated spike by spike, with bounded weights.

No Qt: import it in a notebook. Conventions (the README, "Plasticity"):

* Δt = t_post − t_pre (Δt > 0: pre before post);
* the weight is relative to its initial value, w₀ = 1, and ``dw`` = w − 1;
* spikes are processed in time order, a pre spike before a post spike at the same time;
* between spikes every trace decays exactly, x(t + s) = x(t)·e^(−s/τ): event by event, no time step,
  in a compiled kernel.

**Triplet rule** (Pfister & Gerstner 2006, J Neurosci 26:9673): traces r₁ (τ₊), r₂ (τ_x) of the
pre spikes, o₁ (τ₋), o₂ (τ_y) of the post spikes. At a pre spike w −= o₁·(A₂⁻ + A₃⁻·r₂), then
r₁, r₂ += 1; at a post spike w += r₁·(A₂⁺ + A₃⁺·o₂), then o₁, o₂ += 1 (the slow trace is read
before its own increment). *Nearest-spike*: a spike sets its traces to 1 instead of adding 1.
**Pair rule** (Song, Miller & Abbott 2000 form): the triplet rule with A₃⁺ = A₃⁻ = 0.

**Bounds.** The weight never goes below 0 (a hard bound, as Song, Miller & Abbott's 0 ≤ g ≤ g_max)
nor above ``w_max`` (∞: none, the published additive sets). Soft bounds make each change depend on
the weight (Gütig, Aharonov, Rotter & Sompolinsky 2003): potentiation × ((w_max − w)/(w_max − 1))^μ₊,
depression × w^μ₋ — both 1 at w₀, so the published amplitudes keep their meaning; μ₊ = 0, μ₋ = 1 is
van Rossum, Bi & Turrigiano (2000)'s additive LTP and multiplicative LTD. A change that would cross
a bound stops at it, and the kernel reports that it did.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from ._kernels import jit
from .messages import msg

__all__ = ["STDP", "SETS", "PAIR_SETS", "stdp_set", "weight_change", "weight_change_bounded", "stdp_traces",
           "poisson_drift", "bcm_threshold"]


@dataclass(frozen=True)
class STDP:
    """Parameters of a pair or triplet STDP rule (amplitudes relative to w₀, times in ms)."""

    a2_plus: float
    a3_plus: float
    a2_minus: float
    a3_minus: float
    tau_plus: float = 16.8
    tau_minus: float = 33.7
    tau_x: float = 101.0
    tau_y: float = 114.0
    nearest: bool = False  # nearest-spike: a spike sets its traces to 1 (all-to-all: adds 1)
    w_max: float = math.inf  # the upper bound of the weight (w₀ = 1); the lower one is 0
    mu_plus: float = 0.0  # soft bounds (Gütig et al. 2003): 0 additive
    mu_minus: float = 0.0

    def validate(self) -> STDP:
        for name in ("tau_plus", "tau_minus", "tau_x", "tau_y"):
            v = getattr(self, name)
            if not (v > 0 and math.isfinite(v)):
                raise ValueError(msg("{name} must be a positive time in ms, not {value}", name=name, value=v))
        for name in ("a2_plus", "a3_plus", "a2_minus", "a3_minus", "mu_plus", "mu_minus"):
            if not math.isfinite(getattr(self, name)):
                raise ValueError(msg("{name} must be a finite number", name=name))
        if not self.w_max > 1:
            raise ValueError(msg("w_max must be above the initial weight 1, not {value}", value=self.w_max))
        if self.mu_plus > 0 and math.isinf(self.w_max):
            raise ValueError(msg("a soft bound on potentiation (mu_plus > 0) needs a finite w_max"))
        return self


#: Published parameter sets. Pair: Song & Abbott (2000, τ± = 20 ms, A₋ = 1.05 A₊; their amplitudes are
#: relative to g_max, used here relative to w₀); Bi & Poo from the fit of their 60-pair window (Bi & Poo
#: 2001: τ₊ = 16.8, τ₋ = 33.7 ms; the refit 78 % and 24 % after 60 pairs, per pair — A₋ ≈ 24 % once the
#: two cells at Δt = −2.6 and −1.6 ms are left out). Triplet: Pfister & Gerstner (2006), Table 4: the
#: visual-cortex rows fitted to Sjöström et al. (2001) played as 60 pairs in a row, all-to-all and
#: nearest-spike; the hippocampal rows fitted to Wang et al. (2005) and Bi & Poo (hippocampal cultures).
SETS: dict[str, STDP] = {
    "song-abbott": STDP(0.005, 0.0, 0.00525, 0.0, tau_plus=20.0, tau_minus=20.0),
    "bi-poo": STDP(0.78 / 60, 0.0, 0.24 / 60, 0.0),
    "visual-minimal": STDP(0.0, 6.5e-3, 7.1e-3, 0.0, tau_x=101.0, tau_y=114.0),
    "visual-full": STDP(5e-10, 6.2e-3, 7e-3, 2.3e-4, tau_x=101.0, tau_y=125.0),
    "visual-nearest-minimal": STDP(0.0, 5e-2, 8e-3, 0.0, tau_x=714.0, tau_y=40.0, nearest=True),
    "visual-nearest-full": STDP(8.8e-11, 5.3e-2, 6.6e-3, 3.1e-3, tau_x=714.0, tau_y=40.0, nearest=True),
    "hippocampal-full": STDP(6.1e-3, 6.7e-3, 1.6e-3, 1.4e-3, tau_x=946.0, tau_y=27.0),
    "hippocampal-nearest": STDP(4.6e-3, 9.1e-3, 3e-3, 7.5e-9, tau_x=575.0, tau_y=47.0, nearest=True),
}
PAIR_SETS = ("song-abbott", "bi-poo")
#: What each set was fitted to (said beside its E: scoring a hippocampal set against visual-cortex data
#: is a comparison, not a test of that set).
FITTED_TO = {"song-abbott": msg("a generic window (Song, Miller & Abbott 2000)"),
             "bi-poo": msg("Bi & Poo (1998), hippocampal cultures"),
             "visual-minimal": msg("Sjöström et al. (2001), 60 pairs in a row, all-to-all"),
             "visual-full": msg("Sjöström et al. (2001), 60 pairs in a row, all-to-all"),
             "visual-nearest-minimal": msg("Sjöström et al. (2001), 60 pairs in a row, nearest-spike"),
             "visual-nearest-full": msg("Sjöström et al. (2001), 60 pairs in a row, nearest-spike"),
             "hippocampal-full": msg("hippocampal data (Bi & Poo; Wang et al. 2005), all-to-all"),
             "hippocampal-nearest": msg("hippocampal data (Bi & Poo; Wang et al. 2005), nearest-spike")}


def stdp_set(name: str, nearest: bool | None = None, **overrides) -> STDP:
    """A named set, with parameters overridden (``a2_plus=…``) and nearest-spike if asked."""
    if name not in SETS:
        raise ValueError(msg("unknown parameter set {name!r}: choose one of {choices}", name=name,
                             choices=", ".join(SETS)))
    p = SETS[name]
    if nearest is not None:
        p = replace(p, nearest=nearest)
    unknown = set(overrides) - set(STDP.__dataclass_fields__)
    if unknown:
        raise ValueError(msg("unknown parameter {name!r}", name=sorted(unknown)[0]))
    return replace(p, **{k: float(v) for k, v in overrides.items()}).validate()


@jit
def _triplet(times, is_post, a2p, a3p, a2m, a3m, tp, tm, tx, ty, nearest, w_max, mu_p, mu_m, record, hits):
    """w − 1 after the spikes (sorted; pre first at equal times), the weight kept in [0, w_max].
    ``hits[0]``, ``hits[1]``: how many changes stopped at 0 and at w_max. If ``record`` has a row per
    spike, row k gets r₁, r₂, o₁, o₂ and w − 1 just after spike k."""
    r1 = r2 = o1 = o2 = 0.0
    last = times[0] if times.size else 0.0
    w = 1.0
    keep = record.shape[0] == times.size
    soft_p = mu_p > 0.0 and w_max < np.inf
    for k in range(times.size):
        t = times[k]
        s = t - last
        if s > 0.0:  # exact decay since the previous spike
            r1 *= math.exp(-s / tp)
            r2 *= math.exp(-s / tx)
            o1 *= math.exp(-s / tm)
            o2 *= math.exp(-s / ty)
            last = t
        if is_post[k]:
            change = r1 * (a2p + a3p * o2)
            if soft_p:
                change *= ((w_max - w) / (w_max - 1.0)) ** mu_p
            w += change
            if w > w_max:
                w = w_max
                hits[1] += 1
            if nearest:
                o1 = 1.0
                o2 = 1.0
            else:
                o1 += 1.0
                o2 += 1.0
        else:
            change = o1 * (a2m + a3m * r2)
            if mu_m > 0.0:
                change *= w ** mu_m
            w -= change
            if w < 0.0:
                w = 0.0
                hits[0] += 1
            if nearest:
                r1 = 1.0
                r2 = 1.0
            else:
                r1 += 1.0
                r2 += 1.0
        if keep:
            record[k, 0] = r1
            record[k, 1] = r2
            record[k, 2] = o1
            record[k, 3] = o2
            record[k, 4] = w - 1.0
    return w - 1.0


_NO_RECORD = np.zeros((0, 5))


def _merged(pre, post) -> tuple[np.ndarray, np.ndarray]:
    """All spikes in time order, pre first at equal times, and which are post."""
    pre = np.asarray(pre, np.float64).ravel()
    post = np.asarray(post, np.float64).ravel()
    if not (np.isfinite(pre).all() and np.isfinite(post).all()):
        raise ValueError(msg("spike times must be finite numbers of ms"))
    times = np.concatenate([pre, post])
    is_post = np.concatenate([np.zeros(pre.size, np.bool_), np.ones(post.size, np.bool_)])
    order = np.lexsort((is_post, times))
    return times[order], is_post[order]


def _kernel(r: STDP, times, is_post, record=_NO_RECORD) -> tuple[float, bool]:
    hits = np.zeros(2, np.int64)
    dw = float(_triplet(times, is_post, r.a2_plus, r.a3_plus, r.a2_minus, r.a3_minus, r.tau_plus, r.tau_minus,
                        r.tau_x, r.tau_y, r.nearest, r.w_max, r.mu_plus, r.mu_minus, record, hits))
    return dw, bool(hits.any())


def weight_change(rule: STDP, pre, post) -> float:
    """dw = w − 1 after the pre and post spike trains (times in ms, any order)."""
    return _kernel(rule, *_merged(pre, post))[0]


def weight_change_bounded(rule: STDP, pre, post) -> tuple[float, bool]:
    """(dw, whether a change stopped at a bound: w = 0 or w = w_max)."""
    return _kernel(rule, *_merged(pre, post))


def stdp_traces(rule: STDP, pre, post, samples) -> dict[str, np.ndarray]:
    """The traces r₁, r₂, o₁, o₂ and the running dw at the times ``samples`` (ms), each read just
    after the spikes at that time (exact decay from the last spike: what the lab animates)."""
    times, is_post = _merged(pre, post)
    rec = np.zeros((times.size, 5))
    _kernel(rule, times, is_post, rec)
    t = np.asarray(samples, np.float64).ravel()
    k = np.searchsorted(times, t, side="right") - 1
    seen = k >= 0
    since = np.where(seen, t - times[np.maximum(k, 0)], 0.0)
    row = rec[np.maximum(k, 0)] * seen[:, None]
    taus = (rule.tau_plus, rule.tau_x, rule.tau_minus, rule.tau_y)
    out = {name: row[:, i] * np.exp(-since / tau) for i, (name, tau) in enumerate(zip(("r1", "r2", "o1", "o2"), taus,
                                                                                    strict=True))}
    out["dw"] = row[:, 4]
    return out


# --- from spikes to rates: the triplet rule is BCM-like ---------------------------------------------
def poisson_drift(rule: STDP, rate_pre: float, rate_post: float) -> float:
    """Mean dw per second for independent Poisson trains (Hz), all-to-all (Pfister & Gerstner 2006):
    ρ_pre·ρ_post·[−A₂⁻τ₋ + A₂⁺τ₊ + A₃⁺τ₊τ_y·ρ_post − A₃⁻τ₋τ_x·ρ_pre], times in seconds."""
    r = rule
    tp, tm, tx, ty = r.tau_plus / 1000, r.tau_minus / 1000, r.tau_x / 1000, r.tau_y / 1000
    return rate_pre * rate_post * (-r.a2_minus * tm + r.a2_plus * tp + r.a3_plus * tp * ty * rate_post
                                   - r.a3_minus * tm * tx * rate_pre)


def bcm_threshold(rule: STDP, rate_pre: float = 0.0) -> float:
    """The post rate (Hz) where the Poisson drift changes sign: LTD below, LTP above (BCM's θ);
    ≈ 19.2 Hz for the visual-cortex minimal set."""
    r = rule
    tp, tm, tx, ty = r.tau_plus / 1000, r.tau_minus / 1000, r.tau_x / 1000, r.tau_y / 1000
    if r.a3_plus <= 0:
        return math.nan
    return (r.a2_minus * tm - r.a2_plus * tp + r.a3_minus * tm * tx * rate_pre) / (r.a3_plus * tp * ty)
