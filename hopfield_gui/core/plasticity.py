"""Spike-timing plasticity, the lecture's « Règles de plasticité synaptique »: pair and triplet STDP.

No Qt: import it in a notebook. Conventions (the README, "Plasticity"):

* Δt = t_post − t_pre (Δt > 0: pre before post);
* weights are additive and relative to the initial weight: ``dw`` = Δw/w₀, the sum of the rule's
  increments; ``w = w₀·(1 + dw)``;
* spikes are processed in time order, a pre spike before a post spike at the same time;
* between spikes every trace decays exactly, x(t + s) = x(t)·e^(−s/τ): the rules are simulated
  event by event, with no time step, in a compiled kernel.

**Triplet rule** (Pfister & Gerstner 2006, J Neurosci 26:9673): traces r₁ (τ₊), r₂ (τ_x) of the
pre spikes, o₁ (τ₋), o₂ (τ_y) of the post spikes. At a pre spike w −= o₁·(A₂⁻ + A₃⁻·r₂), then
r₁, r₂ += 1; at a post spike w += r₁·(A₂⁺ + A₃⁺·o₂), then o₁, o₂ += 1 (the slow trace is read
before its own increment). *Nearest-spike*: a spike sets its traces to 1 instead of adding 1.

**Pair rule** (Song, Miller & Abbott 2000 form): the triplet rule with A₃⁺ = A₃⁻ = 0, so the two
agree exactly (tested).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, replace

import numpy as np

from ._kernels import jit
from .calcium import (CALCIUM_SETS, Calcium, calcium_change, calcium_run, calcium_set, calcium_simulated_change,
                      calcium_spikes_change, calcium_time_above)
from .messages import msg
from .plasticity_params import PARAM_SPECS, check_value, spec

__all__ = ["STDP", "SETS", "PAIR_SETS", "stdp_set", "weight_change", "pairs", "bursts", "window", "pairing",
           "poisson_drift", "bcm_threshold", "poisson_trains", "published", "sjostrom_error", "Calcium",
           "CALCIUM_SETS", "calcium_set", "calcium_change", "calcium_time_above", "BCM", "BCM_SETS",
           "bcm_frequency", "calcium_run", "calcium_simulated_change", "calcium_spikes_change", "stdp_traces", "frequency_train",
           "spike_frequency", "frequency", "grid_error", "RULE_SETS", "DEFAULT_SET", "make_rule", "rule_parameters"]


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

    def validate(self) -> STDP:
        for name in ("tau_plus", "tau_minus", "tau_x", "tau_y"):
            v = getattr(self, name)
            if not (v > 0 and math.isfinite(v)):
                raise ValueError(msg("{name} must be a positive time in ms, not {value}", name=name, value=v))
        for name in ("a2_plus", "a3_plus", "a2_minus", "a3_minus"):
            if not math.isfinite(getattr(self, name)):
                raise ValueError(msg("{name} must be a finite number", name=name))
        return self


#: Published parameter sets. Pair: Song & Abbott (2000, τ± = 20 ms, A₋ = 1.05 A₊); Bi & Poo from
#: the fit of their 60-pair window (Bi & Poo 2001: τ₊ = 16.8, τ₋ = 33.7 ms; the fitted 78 % and
#: 24 % after 60 pairs, per pair). Triplet: Pfister & Gerstner (2006), Table 4.
SETS: dict[str, STDP] = {
    "song-abbott": STDP(0.005, 0.0, 0.00525, 0.0, tau_plus=20.0, tau_minus=20.0),
    "bi-poo": STDP(0.78 / 60, 0.0, 0.24 / 60, 0.0),
    "visual-minimal": STDP(0.0, 6.5e-3, 7.1e-3, 0.0, tau_x=101.0, tau_y=114.0),
    "visual-full": STDP(5e-10, 6.2e-3, 7e-3, 2.3e-4, tau_x=101.0, tau_y=125.0),
    "hippocampal-full": STDP(6.1e-3, 6.7e-3, 1.6e-3, 1.4e-3, tau_x=946.0, tau_y=27.0),
    "hippocampal-nearest": STDP(4.6e-3, 9.1e-3, 3e-3, 7.5e-9, tau_x=575.0, tau_y=47.0, nearest=True),
}
PAIR_SETS = ("song-abbott", "bi-poo")


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
def _triplet(times, is_post, a2p, a3p, a2m, a3m, tp, tm, tx, ty, nearest, record):
    """Σ of the rule's increments over the spikes (sorted; pre first at equal times). If ``record``
    has a row per spike, row k gets r₁, r₂, o₁, o₂ and the running dw just after spike k."""
    r1 = r2 = o1 = o2 = 0.0
    last = times[0] if times.size else 0.0
    dw = 0.0
    keep = record.shape[0] == times.size
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
            dw += r1 * (a2p + a3p * o2)
            if nearest:
                o1 = 1.0
                o2 = 1.0
            else:
                o1 += 1.0
                o2 += 1.0
        else:
            dw -= o1 * (a2m + a3m * r2)
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
            record[k, 4] = dw
    return dw


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


def _kernel(r: STDP, times, is_post, record=_NO_RECORD) -> float:
    return float(_triplet(times, is_post, r.a2_plus, r.a3_plus, r.a2_minus, r.a3_minus, r.tau_plus, r.tau_minus,
                          r.tau_x, r.tau_y, r.nearest, record))


def weight_change(rule: STDP, pre, post) -> float:
    """dw = Δw/w₀ after the pre and post spike trains (times in ms, any order)."""
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


# --- protocols -----------------------------------------------------------------------------------
def pairs(n: int, freq: float, dt: float) -> tuple[np.ndarray, np.ndarray]:
    """n pairs at ``freq`` Hz: pair k has pre at k·T and post at k·T + Δt (T = 1000/freq ms)."""
    if n < 1 or not freq > 0:
        raise ValueError(msg("a protocol needs at least one pair and a positive frequency"))
    start = np.arange(n) * (1000.0 / freq)
    return start, start + dt


def bursts(freq: float, dt: float, per_train: int = 5, trains: int = 15, every_ms: float = 10_000.0):
    """Sjöström, Turrigiano & Nelson (2001): trains of ``per_train`` pairs at ``freq`` Hz, one train
    every 10 s, 15 of them (at 0.1 Hz a train is longer than 10 s: the pairs simply follow on)."""
    pre, post = pairs(per_train, freq, dt)
    period = max(every_ms, per_train * 1000.0 / freq)
    offsets = np.arange(trains) * period
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


def spike_frequency(rule: STDP, freqs, pulses: int = 900, gain: float = 1.0, trials: int = 20,
                    seed=None) -> tuple[np.ndarray, np.ndarray]:
    """Mean dw and its standard error over ``trials`` Poisson realisations of the protocol of
    :func:`frequency_train` at each frequency (one generator per frequency, spawned from ``seed``:
    the same numbers on every machine, whatever the other frequencies asked for)."""
    if trials < 1:
        raise ValueError(msg("trials must be at least 1"))
    freqs = np.asarray(freqs, float)
    if pulses < 1 or not (freqs > 0).all() or not gain >= 0:
        raise ValueError(msg("a protocol needs at least one pair and a positive frequency"))
    dw = np.empty((freqs.size, trials))
    for i, (f, ss) in enumerate(zip(freqs, np.random.SeedSequence(seed).spawn(freqs.size), strict=True)):
        rng = np.random.default_rng(ss)
        for k in range(trials):
            dw[i, k] = weight_change(rule, *frequency_train(f, pulses, gain, rng))
    sem = dw.std(axis=1, ddof=1) / math.sqrt(trials) if trials > 1 else np.zeros(freqs.size)
    return dw.mean(axis=1), sem


def _change(rule, pre, post, freq: float, dt: float, n: int) -> float:
    """One protocol's dw for a spike rule, or for the calcium rule (the authors' periodic readout
    when ``freq`` is given, else the readout of the trains' exact times above threshold)."""
    if isinstance(rule, STDP):
        return weight_change(rule, pre, post)
    if isinstance(rule, Calcium):
        return calcium_change(rule, freq, dt, n) if freq else calcium_spikes_change(rule, pre, post)
    raise ValueError(msg("the BCM rule has no spike timing: use the frequency protocol"))


def window(rule, dts, n_pairs: int = 60, freq: float = 1.0) -> np.ndarray:
    """dw against Δt: ``n_pairs`` pairs at ``freq`` Hz for each Δt (the STDP window)."""
    return np.array([_change(rule, *pairs(n_pairs, freq, dt), freq, dt, n_pairs) for dt in np.asarray(dts, float)])


def pairing(rule, freqs, dts, protocol: str = "continuous", n_pairs: int = 60) -> np.ndarray:
    """dw[f, Δt] for pairs at each frequency: 60 pairs in a row ("continuous", as Pfister &
    Gerstner fitted), or the real Sjöström protocol ("bursts": 5 pairs × 15 trains every 10 s)."""
    if protocol not in ("continuous", "bursts"):
        raise ValueError(msg("protocol must be 'continuous' or 'bursts', not {value!r}", value=protocol))
    out = np.empty((len(freqs), len(dts)))
    for i, f in enumerate(freqs):
        for j, dt in enumerate(dts):
            if protocol == "continuous":
                out[i, j] = _change(rule, *pairs(n_pairs, f, dt), f, dt, n_pairs)
            else:
                out[i, j] = _change(rule, *bursts(f, dt), 0.0, dt, 0)
    return out


def frequency(rule, freqs, pulses: int = 900, gain: float = 1.0, trials: int = 20, seed=None):
    """Dudek & Bear's protocol for any rule: (dw, its standard error or None) at each frequency.
    BCM: its rate form; calcium: pre spikes alone; spike rules: :func:`spike_frequency`."""
    freqs = np.asarray(freqs, float)
    if pulses < 1 or not (freqs > 0).all():
        raise ValueError(msg("a protocol needs at least one pair and a positive frequency"))
    if isinstance(rule, BCM):
        return bcm_frequency(rule, freqs, pulses), None
    if isinstance(rule, Calcium):
        return np.array([calcium_change(rule, f, None, pulses) for f in freqs]), None
    return spike_frequency(rule, freqs, pulses, gain, trials, seed)


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


def poisson_trains(rate_pre: float, rate_post: float, seconds: float, seed=None) -> tuple[np.ndarray, np.ndarray]:
    """Independent Poisson spike trains (ms) at the given rates (Hz), from a seeded generator."""
    rng = np.random.default_rng(seed)

    def train(rate):
        n = rng.poisson(rate * seconds)
        return np.sort(rng.uniform(0.0, seconds * 1000.0, n))

    return train(rate_pre), train(rate_post)


# --- the published data points, shipped with their sources ----------------------------------------
DATA = {"bi-poo-1998": "bi_poo1998_window.csv", "sjostrom-2001": "sjostrom2001_frequency.csv"}


@functools.lru_cache(maxsize=None)
def published(name: str) -> tuple[dict[str, np.ndarray], str]:
    """The data points of ``name`` ("bi-poo-1998", "sjostrom-2001") as columns (read-only arrays:
    the file is read once, every plot and fit shares them), and the file's header (its source,
    to cite beside the points)."""
    from ..resources_access import resource
    text = resource("plasticity", DATA[name]).read_text(encoding="utf-8")
    lines = text.splitlines()
    source = "\n".join(line[1:].strip() for line in lines if line.startswith("#"))
    rows = [line.split(",") for line in lines if line.strip() and not line.startswith("#")]
    header, body = rows[0], rows[1:]
    columns = {h: np.array([float(r[i]) for r in body]) for i, h in enumerate(header)}
    for column in columns.values():
        column.flags.writeable = False
    return columns, source


def sjostrom_error(rule: STDP, protocol: str = "continuous") -> float:
    """E = (1/10) Σ((model − data)/SEM)² over the ten Sjöström et al. (2001) points (Pfister &
    Gerstner's measure of fit: ≈ 0.36 for the visual-cortex sets played continuously)."""
    d, _ = published("sjostrom-2001")
    model = np.array([pairing(rule, [f], [dt], protocol)[0, 0] for f, dt in zip(d["freq_hz"], d["dt_ms"],
                                                                              strict=True)])
    return float(np.mean(((model - d["dw_mean"]) / d["dw_sem"]) ** 2))


def grid_error(freqs, dts, dw) -> float | None:
    """E over the Sjöström points that lie on the grid ``dw[f, Δt]`` (None when none does)."""
    d, _ = published("sjostrom-2001")
    freqs, dts, dw = list(map(float, freqs)), list(map(float, dts)), np.asarray(dw, float)
    terms = [((dw[freqs.index(f), dts.index(t)] - m) / s) ** 2
             for f, t, m, s in zip(d["freq_hz"], d["dt_ms"], d["dw_mean"], d["dw_sem"], strict=True)
             if f in freqs and t in dts]
    return float(np.mean(terms)) if terms else None


# --- BCM, the rate rule (Bienenstock, Cooper & Munro 1982) ----------------------------------------------
@dataclass(frozen=True)
class BCM:
    """dw/dt = η·x·y·(y − θ_M), the threshold sliding towards ⟨y²⟩/y₀ with time constant τ_θ
    (Intrator–Cooper form). Frequency protocols: x = f (Hz) and the post rate y = gain·f."""

    eta: float = 2.5e-7  # per Hz³·s: 900 pulses at 50 Hz give about +36 %
    y0: float = 10.0  # Hz: where a long-lasting rate puts the threshold (θ = y² / y₀ = y at y = y₀)
    theta0: float = 10.0  # Hz: the threshold before the protocol (from the baseline activity)
    tau_theta: float = 3600.0  # s: the threshold slides slowly (an hour)
    gain: float = 1.0  # post rate per pre rate


BCM_SETS = {"default": BCM()}


def bcm_frequency(rule: BCM, freqs, pulses: int = 900) -> np.ndarray:
    """dw after ``pulses`` presynaptic pulses at each frequency (Dudek & Bear 1992), exactly: with
    constant rates θ relaxes as θ(t) = y²/y₀ + (θ₀ − y²/y₀)e^(−t/τ_θ), so
    Δw = η·x·y·[(y − y²/y₀)·T − (θ₀ − y²/y₀)·τ_θ·(1 − e^(−T/τ_θ))], T = pulses/f."""
    out = []
    for f in np.asarray(freqs, float):
        if not f > 0:
            raise ValueError(msg("frequencies must be positive"))
        x, y, total = f, rule.gain * f, pulses / f
        target = y * y / rule.y0
        integral = (y - target) * total - (rule.theta0 - target) * rule.tau_theta * (1 - math.exp(-total / rule.tau_theta))
        out.append(rule.eta * x * y * integral)
    return np.array(out)


# --- every rule by name: what the command line and the lab's table use ------------------------------------
RULE_SETS = {"pair": PAIR_SETS, "triplet": tuple(s for s in SETS if s not in PAIR_SETS),
             "calcium": tuple(CALCIUM_SETS), "bcm": tuple(BCM_SETS)}
DEFAULT_SET = {"pair": "bi-poo", "triplet": "visual-minimal", "calcium": "dp", "bcm": "default"}
#: The names a user types (``--param NAME=VALUE``, the lab's table), in the papers' spelling, and the
#: field each sets (declared with symbols, units and ranges in ``plasticity_params.py``);
#: "interaction" (all | nearest) is the spike rules' trace interaction.
PARAM_NAMES = {kind: {s.name: s.field for s in specs} for kind, specs in PARAM_SPECS.items()}


def make_rule(kind: str, set_name: str | None = None, params: dict | None = None):
    """The rule ``kind`` (pair, triplet, calcium, bcm) from a named set with ``params`` overridden
    ({"tau_plus": 20, "interaction": "nearest"}); a clear ValueError for anything impossible."""
    if kind not in RULE_SETS:
        raise ValueError(msg("unknown rule {name!r}: choose one of {choices}", name=kind, choices=", ".join(RULE_SETS)))
    name = set_name or DEFAULT_SET[kind]
    if name not in RULE_SETS[kind]:
        raise ValueError(msg("{name} is not a {rule} set: choose one of {choices}", name=name, rule=kind,
                             choices=", ".join(RULE_SETS[kind])))
    base = {"calcium": CALCIUM_SETS, "bcm": BCM_SETS}.get(kind, SETS)[name]
    changes: dict = {}
    for key, value in (params or {}).items():
        if key.lower() == "interaction" and kind in ("pair", "triplet"):
            if str(value) not in ("all", "nearest"):
                raise ValueError(msg("interaction must be 'all' or 'nearest', not {value!r}", value=value))
            changes["nearest"] = str(value) == "nearest"
            continue
        declared = spec(kind, key)
        changes[declared.field] = check_value(declared, value, key)
    rule = replace(base, **changes)
    return rule.validate() if isinstance(rule, STDP) else rule


def rule_parameters(kind: str, rule) -> list[tuple[str, object]]:
    """The rule's parameters as the user names them, in the papers' order (the lab's table)."""
    out = [(typed, getattr(rule, field)) for typed, field in PARAM_NAMES[kind].items()]
    if kind in ("pair", "triplet"):
        out.append(("interaction", "nearest" if rule.nearest else "all"))
    return out
