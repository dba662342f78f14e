"""The largest requests the core accepts, each derived from memory or time on a machine like the
lab's (README, "Limits"), and the checks that refuse a request *before* anything is allocated: a
typo such as ``--k 10000000`` or ``--trials 1000000`` is an error in milliseconds, not a process
killed for memory or a run of several hours. The window, the ``hopfield`` command and a notebook
reach the same checks, in the experiment functions themselves.

Time: one Glauber sweep costs about N·K operations (the fields are kept current, ``network.py``),
measured at ~1–4·10⁹ N·K per second on one core here; :data:`MAX_WORK` is about half an hour of
that on one core (minutes with the default threads or ``--workers``).
"""

from __future__ import annotations

import math
import numbers

from .messages import msg

MAX_NEURONS = 128 * 128  # the largest grid the window draws
MAX_PATTERNS = 4096  # K × N int8 patterns: 64 MB at N = 16 384
MAX_TRIALS = 10_000  # runs per point of an experiment
MAX_SWEEPS = 100_000  # sweeps of one run (measured, burn-in, or the cap of a recall)
MAX_POINTS = 10_000  # values in one list or range (loads, temperatures, frequencies, Δt)
MAX_CELLS = 10_000  # points of a two-dimensional experiment (α × β, N × α)
MAX_WORK = 4e12  # Σ over runs of sweeps × N × K: about half an hour on one core
MAX_PULSES = 100_000  # presynaptic pulses of a frequency protocol (900 in Dudek & Bear)
MAX_PAIRS = 10_000  # spike pairs of a pairing protocol (60–100 in the papers)
MAX_SPIKES = 100_000  # spikes in one train typed by hand
MAX_SYNAPSES = 100_000  # noisy calcium synapses simulated event by event (1000 by default)
MAX_SPIKE_EVENTS = 2e9  # frequencies × pulses × trials of the spike rules' frequency protocol


class LimitError(ValueError):
    """A request over one of the limits above (or not a whole number where one is needed)."""


def count(name: str, value, lo: int, hi: int) -> int:
    """``value`` as an int in ``lo…hi``; a LimitError naming ``name`` otherwise (bools, floats with
    a fraction, NaN and numbers of 400 digits included)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise LimitError(msg("{name} must be a whole number, not {value}", name=name, value=repr(value)[:40]))
    if isinstance(value, numbers.Integral):
        v = int(value)
    elif math.isfinite(value) and float(value).is_integer():
        v = int(value)
    else:
        raise LimitError(msg("{name} must be a whole number, not {value}", name=name, value=repr(value)[:40]))
    if not lo <= v <= hi:
        shown = str(v) if len(str(v)) <= 20 else f"a number of {len(str(abs(v)))} digits"
        raise LimitError(msg("{name} must lie between {lo} and {hi}, not {value}", name=name, lo=lo, hi=hi,
                             value=shown))
    return v


def work(runs: float, sweeps: float, n: float, k: float) -> None:
    """Refuse a batch of ``runs`` runs of ``sweeps`` sweeps at N, K over :data:`MAX_WORK`."""
    total = float(runs) * float(sweeps) * float(n) * float(k)
    if total > MAX_WORK:
        raise LimitError(msg("this asks for {total:.2g} neuron-pattern updates (runs × sweeps × N × K), over the "
                             "limit of {limit:.0e} (about half an hour): use fewer runs, sweeps or patterns",
                             total=total, limit=MAX_WORK))


def cells(name: str, total: int) -> None:
    if total > MAX_CELLS:
        raise LimitError(msg("{name}: {count} points is too many (at most {limit})", name=name, count=total,
                             limit=MAX_CELLS))


MAX_FREQ_HZ = 1000.0  # a neuron fires at most ~1 kHz (a refractory period of ~1 ms)
MAX_DT_MS = 10_000.0  # |t_post − t_pre|: STDP windows are tens of ms wide


def protocol(freqs=None, dts=None, pulses=None, n_pairs=None, trials=None) -> None:
    """The numbers of a plasticity protocol, each within its limit (what is not given is not checked)."""
    import numpy as np
    if freqs is not None:
        f = np.asarray(freqs, float).ravel()
        limits_points("frequencies", f.size)
        if not (np.isfinite(f).all() and (f > 0).all() and (f <= MAX_FREQ_HZ).all()):
            raise LimitError(msg("frequencies must lie in (0, {max:g}] Hz", max=MAX_FREQ_HZ))
    if dts is not None:
        d = np.asarray(dts, float).ravel()
        limits_points("Δt values", d.size)
        if not (np.isfinite(d).all() and (np.abs(d) <= MAX_DT_MS).all()):
            raise LimitError(msg("Δt must lie between −{max:g} and {max:g} ms", max=MAX_DT_MS))
    if pulses is not None:
        count("pulses", pulses, 1, MAX_PULSES)
    if n_pairs is not None:
        count("pairs", n_pairs, 1, MAX_PAIRS)
    if trials is not None:
        count("trials", trials, 1, MAX_TRIALS)
    if freqs is not None and pulses is not None and trials is not None:
        total = float(np.asarray(freqs).size) * pulses * trials
        if total > MAX_SPIKE_EVENTS:
            raise LimitError(msg("frequencies × pulses × trials = {total:.2g} is over the limit of {limit:.0e}",
                                 total=total, limit=MAX_SPIKE_EVENTS))


def limits_points(name: str, size: int) -> None:
    if size == 0:
        raise LimitError(msg("{quantity} needs at least one number", quantity=name))
    if size > MAX_POINTS:
        raise LimitError(msg("{quantity}: {count} points is too many (at most {limit})", quantity=name, count=size,
                             limit=MAX_POINTS))


def spikes(name: str, times) -> None:
    """A spike train typed by hand: finite times, at most :data:`MAX_SPIKES`."""
    import numpy as np
    t = np.asarray(times, float).ravel()
    if t.size > MAX_SPIKES:
        raise LimitError(msg("{name}: {count} spikes is too many (at most {limit})", name=name, count=t.size,
                             limit=MAX_SPIKES))
    if not np.isfinite(t).all() or (np.abs(t) > 1e9).any():
        raise LimitError(msg("{name}: spike times must be finite numbers of ms (at most 10⁹)", name=name))
