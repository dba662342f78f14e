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

import numpy as np

from .bcm import BCM, BCM_SETS, bcm_course, bcm_frequency
from .calcium import (CALCIUM_SETS, Calcium, calcium_change, calcium_run, calcium_set, calcium_simulated_change,
                      calcium_spikes_change, calcium_time_above)
from . import limits
from .messages import msg
from . import plasticity_rules as rules
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


def spike_frequency(rule, freqs, pulses: int = 900, gain: float = 1.0, trials: int = 20,
                    seed=None, bounds: bool = False):
    """Mean dw and its standard error over ``trials`` Poisson realisations of the protocol of
    :func:`frequency_train` at each frequency (:func:`.plasticity_rules.spike_frequency`); with
    ``bounds`` also whether the weight reached a bound in any of them."""
    dw, sem, hit = rules.spike_frequency(_timing(rule).change, rule, freqs, pulses, gain, trials, seed)
    return (dw, sem, hit) if bounds else (dw, sem)


def _timing(rule):
    """The declaration of a rule that sees spike timing (a ValueError for a rate rule)."""
    k = rules.kind_of(rule)
    if not k.timing:
        raise ValueError(msg("the {rule} rule has no spike timing: use the frequency protocol", rule=k.name))
    return k


def _change(rule, pre, post, freq: float, dt: float, n: int) -> tuple[float, bool]:
    """One protocol's (dw, bound reached); ``freq``, ``dt``, ``n`` describe periodic pairs (0 for
    arbitrary trains) for the rules that read such protocols out analytically."""
    return _timing(rule).change(rule, pre, post, freq, dt, n)


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
    frequency: the rule's own readout when it declares one (BCM: its rate form; calcium: pre spikes
    alone), else the spike rules' Poisson post neuron (:func:`spike_frequency`)."""
    limits.protocol(freqs=freqs, pulses=pulses)
    freqs = np.asarray(freqs, float)
    k = rules.kind_of(rule)
    if k.frequency is None:
        return spike_frequency(rule, freqs, pulses, gain, trials, seed, bounds)
    out = (np.asarray(k.frequency(rule, freqs, pulses), float), None)
    return (*out, np.zeros(freqs.size, bool)) if bounds else out


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
#: rule → its published sets, and the set used when none is named (from the rules' own modules)
RULE_SETS = {name: tuple(k.sets) for name, k in rules.KINDS.items()}
DEFAULT_SET = {name: k.default_set for name, k in rules.KINDS.items()}
#: The names a user types (``--param NAME=VALUE``, the lab's table), in the papers' spelling, and the
#: field each sets (declared with symbols, units and ranges in each rule's module)
PARAM_NAMES = {name: {s.name: s.field for s in k.specs} for name, k in rules.KINDS.items()}


def make_rule(kind: str, set_name: str | None = None, params: dict | None = None):
    """The rule ``kind`` (pair, triplet, calcium, bcm, …) from a named set with ``params`` overridden
    ({"tau_plus": 20, "interaction": "nearest"}); a clear ValueError for anything impossible."""
    return rules.kind(kind).make(set_name, params)


def rule_parameters(kind: str, rule) -> list[tuple[str, object]]:
    """The rule's parameters as the user names them, in the papers' order (the lab's table)."""
    return rules.kind(kind).parameters(rule)
