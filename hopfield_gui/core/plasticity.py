"""The lecture's « Règles de plasticité synaptique »: every rule of the Plasticity lab behind one set of
protocols — pair and triplet STDP (``stdp.py``), the calcium rule (``calcium.py``), BCM (``bcm.py``) —
and the published data they are measured against. No Qt: import it in a notebook.

Conventions (the README, "Plasticity"): Δt = t_post − t_pre (Δt > 0: pre before post); ``dw`` is the
change of a weight relative to its initial value (w − 1 with w₀ = 1; for the calcium rule
w_after/w_before − 1); spike times in ms. :func:`window`, :func:`pairing` and :func:`frequency` give
the slide's three experiments for any rule, and with ``bounds=True`` also where the weight of a spike
rule reached a bound (0, or w_max) during the protocol.
"""

from __future__ import annotations

import functools
import math
from dataclasses import replace

import numpy as np

from .bcm import BCM, BCM_SETS, bcm_course, bcm_frequency
from .calcium import (CALCIUM_SETS, Calcium, calcium_change, calcium_run, calcium_set, calcium_simulated_change,
                      calcium_spikes_change, calcium_time_above)
from . import limits
from .messages import msg
from .plasticity_params import PARAM_SPECS, check_value, spec
from .protocols import bursts, frequency_train, pairs, poisson_trains
from .stdp import (PAIR_SETS, SETS, STDP, bcm_threshold, poisson_drift, stdp_set, stdp_traces, weight_change,
                   weight_change_bounded)

__all__ = ["STDP", "SETS", "PAIR_SETS", "stdp_set", "weight_change", "weight_change_bounded", "pairs", "bursts",
           "window", "pairing", "poisson_drift", "bcm_threshold", "poisson_trains", "published", "sjostrom_error",
           "Calcium", "CALCIUM_SETS", "calcium_set", "calcium_change", "calcium_time_above", "BCM", "BCM_SETS",
           "bcm_frequency", "bcm_course", "calcium_run", "calcium_simulated_change", "calcium_spikes_change",
           "stdp_traces", "frequency_train", "spike_frequency", "frequency", "grid_error", "RULE_SETS",
           "DEFAULT_SET", "make_rule", "rule_parameters", "PROTOCOLS"]

PROTOCOLS = ("continuous", "bursts")


def spike_frequency(rule: STDP, freqs, pulses: int = 900, gain: float = 1.0, trials: int = 20,
                    seed=None, bounds: bool = False):
    """Mean dw and its standard error over ``trials`` Poisson realisations of the protocol of
    :func:`frequency_train` at each frequency (one generator per frequency, spawned from ``seed``:
    the same numbers on every machine, whatever the other frequencies asked for); with ``bounds``
    also whether the weight reached a bound in any of them."""
    limits.protocol(freqs=freqs, pulses=pulses, trials=trials)
    freqs = np.asarray(freqs, float)
    if not 0 <= gain <= 100:
        raise ValueError(msg("the gain (post rate per pre rate) must lie between 0 and 100, not {gain}", gain=gain))
    dw = np.empty((freqs.size, trials))
    hit = np.zeros(freqs.size, bool)
    for i, (f, ss) in enumerate(zip(freqs, np.random.SeedSequence(seed).spawn(freqs.size), strict=True)):
        rng = np.random.default_rng(ss)
        for k in range(trials):
            dw[i, k], h = weight_change_bounded(rule, *frequency_train(f, pulses, gain, rng))
            hit[i] |= h
    sem = dw.std(axis=1, ddof=1) / math.sqrt(trials) if trials > 1 else np.zeros(freqs.size)
    return (dw.mean(axis=1), sem, hit) if bounds else (dw.mean(axis=1), sem)


def _change(rule, pre, post, freq: float, dt: float, n: int) -> tuple[float, bool]:
    """One protocol's (dw, bound reached) for a spike rule, or for the calcium rule (the authors'
    periodic readout when ``freq`` is given, else the readout of the trains' exact times above
    threshold; a two-state synapse has no bound to reach)."""
    if isinstance(rule, STDP):
        return weight_change_bounded(rule, pre, post)
    if isinstance(rule, Calcium):
        return (calcium_change(rule, freq, dt, n) if freq else calcium_spikes_change(rule, pre, post)), False
    raise ValueError(msg("the BCM rule has no spike timing: use the frequency protocol"))


def window(rule, dts, n_pairs: int = 60, freq: float = 1.0, bounds: bool = False):
    """dw against Δt: ``n_pairs`` pairs at ``freq`` Hz for each Δt (the STDP window); with ``bounds``
    also where a bound was reached."""
    limits.protocol(freqs=[freq], dts=dts, n_pairs=n_pairs)
    out = [_change(rule, *pairs(n_pairs, freq, dt), freq, dt, n_pairs) for dt in np.asarray(dts, float)]
    dw = np.array([d for d, _ in out])
    return (dw, np.array([h for _, h in out], bool)) if bounds else dw


def pairing(rule, freqs, dts, protocol: str = "continuous", n_pairs: int = 60, bounds: bool = False):
    """dw[f, Δt] for pairs at each frequency: ``n_pairs`` pairs in a row ("continuous": 60, as Pfister &
    Gerstner fitted; 75, as Graupner & Brunel did), or the real Sjöström protocol ("bursts": 5 pairs ×
    15 trains every 10 s; at 0.1 Hz 50 single pairs, :func:`~.protocols.bursts`)."""
    if protocol not in PROTOCOLS:
        raise ValueError(msg("protocol must be 'continuous' or 'bursts', not {value!r}", value=protocol))
    limits.protocol(freqs=freqs, dts=dts, n_pairs=n_pairs)
    limits.cells("frequencies × Δt values", len(freqs) * len(dts))
    out = np.empty((len(freqs), len(dts)))
    hit = np.zeros(out.shape, bool)
    for i, f in enumerate(freqs):
        for j, dt in enumerate(dts):
            if protocol == "continuous":
                out[i, j], hit[i, j] = _change(rule, *pairs(n_pairs, f, dt), f, dt, n_pairs)
            else:
                out[i, j], hit[i, j] = _change(rule, *bursts(f, dt), 0.0, dt, 0)
    return (out, hit) if bounds else out


def frequency(rule, freqs, pulses: int = 900, gain: float = 1.0, trials: int = 20, seed=None, bounds: bool = False):
    """Dudek & Bear's protocol for any rule: (dw, its standard error or None[, bound reached]) at each
    frequency. BCM: its rate form; calcium: pre spikes alone; spike rules: :func:`spike_frequency`."""
    limits.protocol(freqs=freqs, pulses=pulses)
    freqs = np.asarray(freqs, float)
    none = np.zeros(freqs.size, bool)
    if isinstance(rule, BCM):
        out = (bcm_frequency(rule, freqs, pulses), None)
    elif isinstance(rule, Calcium):
        out = (np.array([calcium_change(rule, f, None, pulses) for f in freqs]), None)
    else:
        return spike_frequency(rule, freqs, pulses, gain, trials, seed, bounds)
    return (*out, none) if bounds else out


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


def sjostrom_error(rule: STDP, protocol: str = "continuous", n_pairs: int = 60) -> float:
    """E = (1/10) Σ((model − data)/SEM)² over the ten Sjöström et al. (2001) points (Pfister &
    Gerstner's measure of fit: ≈ 0.36 for the visual-cortex sets played continuously)."""
    d, _ = published("sjostrom-2001")
    model = np.array([pairing(rule, [f], [dt], protocol, n_pairs)[0, 0]
                      for f, dt in zip(d["freq_hz"], d["dt_ms"], strict=True)])
    return float(np.mean(((model - d["dw_mean"]) / d["dw_sem"]) ** 2))


def grid_error(freqs, dts, dw) -> float | None:
    """E over the Sjöström points that lie on the grid ``dw[f, Δt]`` (None when none does)."""
    d, _ = published("sjostrom-2001")
    freqs, dts, dw = list(map(float, freqs)), list(map(float, dts)), np.asarray(dw, float)
    terms = [((dw[freqs.index(f), dts.index(t)] - m) / s) ** 2
             for f, t, m, s in zip(d["freq_hz"], d["dt_ms"], d["dw_mean"], d["dw_sem"], strict=True)
             if f in freqs and t in dts]
    return float(np.mean(terms)) if terms else None


# --- every rule by name: what the command line and the lab's table use ------------------------------------
RULE_SETS = {"pair": PAIR_SETS, "triplet": tuple(s for s in SETS if s not in PAIR_SETS),
             "calcium": tuple(CALCIUM_SETS), "bcm": tuple(BCM_SETS)}
DEFAULT_SET = {"pair": "bi-poo", "triplet": "visual-minimal", "calcium": "dp", "bcm": "bcm-1982"}
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
