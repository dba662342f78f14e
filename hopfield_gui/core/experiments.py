"""Experiments on many networks: capacity (overlap vs load), temperature (overlap vs β), basins.

Every run goes through :class:`~hopfield_gui.core.network.Network`, the same dynamics as the
window and the ``hopfield`` command. Each trial has its own generator, spawned from one
``numpy.random.SeedSequence(seed)`` in a fixed order, so a seed gives the same numbers in the
app, in the command and in a notebook, whatever the order the trials are computed in.

``progress(done, total, partial_result)`` is called after each trial (in order); when it
returns ``False`` the experiment stops and returns what it has, with ``cancelled = True``. The
partial result is the live object: copy what you keep.
"""

from __future__ import annotations

import functools
import math
import os
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

from . import limits
from .experiment_params import BASINS, CAPACITY, TEMPERATURE
from .messages import msg
from .network import Network, parse_beta
from .patterns import flip_noise, random_patterns
from .ranges import parse_numbers, parse_range
from .rules import Interrupted, build_weights
from .theory import ags_overlap, mean_field_overlap

__all__ = [
    "CapacityResult",
    "TemperatureResult",
    "BasinResult",
    "capacity_experiment",
    "temperature_experiment",
    "basin_experiment",
    "parse_range",
    "parse_numbers",
    "RETRIEVED",
    "run_tasks",
    "recall_task",
    "time_averaged_overlap",
]

#: A run counts as "retrieved" when its final overlap with the cued pattern exceeds this.
RETRIEVED = 0.9

Progress = Callable[[int, int, object], "bool | None"]


def spawn_seeds(seed, count: int) -> list[np.random.SeedSequence]:
    """``count`` independent seeds from ``seed`` (an int, None, or a SeedSequence of a larger plan)."""
    base = seed if isinstance(seed, np.random.SeedSequence) else np.random.SeedSequence(seed)
    return base.spawn(count)


def _workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def run_tasks(fn, args: list[tuple], out: np.ndarray, progress: Progress | None, res,
              executor: Executor | None = None, workers: int | None = None,
              should_stop: Callable[[], bool] | None = None) -> bool:
    """Run ``fn(*args[i])`` for every i, storing each result in ``out.flat[i]`` and reporting
    progress in order. Returns False if cancelled (``progress`` returned False, or ``should_stop()``).

    ``should_stop`` is also handed to the tasks run in this process (``fn(*args, stop=should_stop)``),
    which ask it after every sweep: a Cancel is honoured within a sweep, not at the end of a run
    that may last seconds. Tasks sent to an executor cannot take it (it is not plain data): they
    are cancelled between tasks.

    ``executor``: any ``concurrent.futures.Executor`` — a ProcessPoolExecutor, Dask's
    ``Client.get_executor()``, … (``fn`` is a module-level function and ``args`` plain data, so
    that both can be pickled); None: a few threads of this process (the kernels release the GIL).
    Results do not depend on the executor: each task carries its own seed.
    """
    count = len(args)
    stop = should_stop or (lambda: False)
    if executor is None:
        task = functools.partial(fn, stop=should_stop) if should_stop is not None else fn
        workers = workers or _workers()
        if workers == 1 or count == 1:
            for i in range(count):
                out.flat[i] = task(*args[i])
                if stop() or (progress is not None and progress(i + 1, count, res) is False):
                    return False
            return True
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return _in_order(pool, task, args, out, progress, res, 2 * workers, stop)
    return _in_order(executor, fn, args, out, progress, res, 64, stop)


def _in_order(pool: Executor, fn, args, out, progress, res, window: int, stop) -> bool:
    """Keep ``window`` tasks in flight (a cancel is honoured within a few of them)."""
    count = len(args)
    futures = {}
    nxt = 0
    for i in range(count):
        while nxt < count and nxt < i + window:
            futures[nxt] = pool.submit(fn, *args[nxt])
            nxt += 1
        out.flat[i] = futures.pop(i).result()
        if stop() or (progress is not None and progress(i + 1, count, res) is False):
            for f in futures.values():
                f.cancel()
            for f in futures.values():
                if not f.cancelled():
                    f.result()
            return False
    return True


@dataclass
class CapacityResult:
    n: int
    alpha: np.ndarray
    k: np.ndarray
    m_final: np.ndarray  # (loads, trials); NaN where not run (cancelled)
    noise: float
    beta: float
    rule: str
    trials: int
    cancelled: bool = False
    m_theory: np.ndarray = field(default=None)

    def __post_init__(self):
        if self.m_theory is None:
            self.m_theory = ags_overlap(self.alpha)

    @property
    def m_mean(self) -> np.ndarray:
        with np.errstate(invalid="ignore"), quiet_warnings():
            return np.nanmean(self.m_final, axis=1)

    @property
    def m_std(self) -> np.ndarray:
        with np.errstate(invalid="ignore"), quiet_warnings():
            return np.nanstd(self.m_final, axis=1)

    @property
    def retrieved_fraction(self) -> np.ndarray:
        done = np.isfinite(self.m_final)
        with np.errstate(invalid="ignore"):
            return np.where(
                done.any(1), (np.nan_to_num(self.m_final) > RETRIEVED).sum(1) / np.maximum(done.sum(1), 1), np.nan
            )

    def to_dict(self) -> dict:
        return {
            "n": self.n, "trials": self.trials, "noise": self.noise, "beta": json_number(self.beta),
            "rule": self.rule, "cancelled": self.cancelled,
            "alpha": json_list(self.alpha), "k": [int(x) for x in self.k],
            "m_mean": json_list(self.m_mean), "m_std": json_list(self.m_std),
            "retrieved_fraction": json_list(self.retrieved_fraction),
            "m_theory": json_list(self.m_theory),
        }

    def columns(self) -> tuple[list[str], np.ndarray]:
        return (["alpha", "k", "m_mean", "m_std", "retrieved_fraction", "m_theory"],
                np.column_stack([self.alpha, self.k, self.m_mean, self.m_std,
                                 self.retrieved_fraction, self.m_theory]))


@dataclass
class TemperatureResult:
    n: int
    k: int
    beta: np.ndarray
    m_mean: np.ndarray
    m_std: np.ndarray  # standard deviation of m over the measured sweeps
    sweeps: int
    burn_in: int
    cancelled: bool = False

    @property
    def m_theory(self) -> np.ndarray:
        return mean_field_overlap(self.beta)

    def to_dict(self) -> dict:
        return {"n": self.n, "k": self.k, "sweeps": self.sweeps, "burn_in": self.burn_in,
                "cancelled": self.cancelled, "beta": [json_number(b) for b in self.beta],
                "m_mean": json_list(self.m_mean), "m_std": json_list(self.m_std),
                "m_theory": json_list(self.m_theory)}

    def columns(self) -> tuple[list[str], np.ndarray]:
        return (["beta", "m_mean", "m_std", "m_theory"],
                np.column_stack([self.beta, self.m_mean, self.m_std, self.m_theory]))


@dataclass
class BasinResult:
    n: int
    alpha: np.ndarray
    noise: np.ndarray
    m_final: np.ndarray  # (loads, noises, trials)
    cancelled: bool = False

    @property
    def m_mean(self) -> np.ndarray:
        with quiet_warnings():
            return np.nanmean(self.m_final, axis=2)

    def to_dict(self) -> dict:
        return {"n": self.n, "trials": int(self.m_final.shape[2]), "cancelled": self.cancelled,
                "alpha": json_list(self.alpha), "noise": json_list(self.noise),
                "m_mean": [json_list(row) for row in self.m_mean]}

    def columns(self) -> tuple[list[str], np.ndarray]:
        """One row per (load, noise), loads outermost (NaN where not run)."""
        a, f = np.meshgrid(self.alpha, self.noise, indexing="ij")
        return ["alpha", "noise", "m_mean"], np.column_stack([a.ravel(), f.ravel(), self.m_mean.ravel()])


class quiet_warnings:
    def __enter__(self):
        import warnings
        self._w = warnings.catch_warnings()
        self._w.__enter__()
        warnings.simplefilter("ignore", RuntimeWarning)

    def __exit__(self, *exc):
        self._w.__exit__(*exc)


def json_number(x):
    x = float(x)
    return "inf" if math.isinf(x) else x


def json_list(a) -> list:
    return [None if not math.isfinite(float(x)) else float(x) for x in np.asarray(a, dtype=float)]


def check_common(n: int, noise: float, trials: int) -> None:
    limits.count("N", n, 1, limits.MAX_NEURONS)
    if not 0.0 <= noise <= 1.0:
        raise ValueError(msg("the noise must be a fraction between 0 and 1, not {noise}", noise=noise))
    limits.count("trials", trials, 1, limits.MAX_TRIALS)


def recall_run(n: int, k: int, noise: float, beta: float, max_sweeps: int, rule: str,
               self_coupling: bool, rng: np.random.Generator, mode: str = "async", stop=None) -> float:
    """One trial: K random patterns, cue = pattern 0 with ``noise`` flipped, run until stable
    (or ``max_sweeps``); returns the final overlap with pattern 0 (NaN if ``stop()`` cut it short)."""
    if stop is not None and stop():
        return math.nan
    p = random_patterns(k, n, rng)
    try:
        w = build_weights(p, rule, self_coupling, should_stop=stop)
    except Interrupted:
        return math.nan
    net = Network(w, flip_noise(p[0], noise, rng), beta=beta, mode=mode, rng=rng)
    net.run(max_sweeps, until_stable=math.isinf(beta), record=False, should_stop=stop)
    return math.nan if stop is not None and stop() else float(net.overlaps[0])


def recall_task(n, k, noise, beta, max_sweeps, rule, self_coupling, seed_seq, stop=None) -> float:
    """One capacity or basin trial, from plain data (an executor may run it in another process)."""
    return recall_run(n, k, noise, beta, max_sweeps, rule, self_coupling, np.random.default_rng(seed_seq), stop=stop)


def capacity_experiment(n: int, alphas, trials: int = CAPACITY["trials"].default,
                        noise: float = CAPACITY["noise"].default, beta=math.inf,
                        max_sweeps: int = CAPACITY["max_sweeps"].default, rule: str = "hebb",
                        self_coupling: bool = False, seed=None, progress: Progress | None = None,
                        workers: int | None = None, executor: Executor | None = None,
                        should_stop=None) -> CapacityResult:
    """Final overlap with the cued pattern versus the load α = K/N (K = round(α N), at least 1)."""
    check_common(n, noise, trials)
    beta = parse_beta(beta)
    alphas = np.asarray(alphas, dtype=np.float64).reshape(-1)
    if alphas.size == 0 or np.any(alphas <= 0) or not np.all(np.isfinite(alphas)):
        raise ValueError(msg("loads α must be positive numbers"))
    ks = np.maximum(1, np.round(alphas * n)).astype(int)
    if rule != "hebb":
        build_weights(np.ones((1, n), np.int8), rule, self_coupling)  # size check before any work
    limits.count("max_sweeps", max_sweeps, 1, limits.MAX_SWEEPS)
    limits.cells("loads α", alphas.size)
    if ks.max() > limits.MAX_PATTERNS:
        raise ValueError(msg("K = {k} patterns is over the supported maximum of {max}", k=int(ks.max()),
                             max=limits.MAX_PATTERNS))
    limits.work(trials, max_sweeps, n, ks.sum())
    m = np.full((alphas.size, trials), np.nan)
    res = CapacityResult(n, alphas, ks, m, noise, beta, rule, trials)
    seeds = spawn_seeds(seed, alphas.size * trials)
    args = [(n, int(ks[i // trials]), noise, beta, max_sweeps, rule, self_coupling, seeds[i])
            for i in range(alphas.size * trials)]
    res.cancelled = not run_tasks(recall_task, args, m, progress, res, executor, workers, should_stop)
    return res


def time_averaged_overlap(n, k, beta, sweeps, burn_in, rule, seed_seq, stop=None) -> tuple[float, float]:
    """K random patterns, start at pattern 0, ``burn_in`` sweeps of relaxation at β, then the mean
    and the standard deviation of m¹ over ``sweeps`` sweeps (a task of plain data; NaN if ``stop()``
    cut it short)."""
    if stop is not None and stop():
        return math.nan, math.nan
    rng = np.random.default_rng(seed_seq)
    p = random_patterns(k, n, rng)
    net = Network(build_weights(p, rule, should_stop=stop), p[0], beta=beta, rng=rng)
    net.run(burn_in, record=False, should_stop=stop)
    ms = np.empty(sweeps)
    for s in range(sweeps):
        if stop is not None and stop():
            return math.nan, math.nan
        net.sweep()
        ms[s] = net.overlaps[0]
    return float(ms.mean()), float(ms.std())


def temperature_experiment(n: int, betas, k: int = TEMPERATURE["k"].default,
                           sweeps: int = TEMPERATURE["sweeps"].default,
                           burn_in: int = TEMPERATURE["burn_in"].default,
                           seed=None, rule: str = "hebb", progress: Progress | None = None,
                           executor: Executor | None = None, workers: int | None = None,
                           should_stop=None) -> TemperatureResult:
    """Time-averaged overlap with pattern 0 versus β, starting at pattern 0 (K random patterns).

    The average is over the ``sweeps`` sweeps that follow ``burn_in`` sweeps of relaxation.
    """
    check_common(n, 0.0, 1)
    if not 1 <= k <= 4 * n:
        raise ValueError(msg("K must lie between 1 and 4N, not {k}", k=k))
    limits.count("sweeps", sweeps, 1, limits.MAX_SWEEPS)
    limits.count("burn-in", burn_in, 0, limits.MAX_SWEEPS)
    betas = np.array([parse_beta(b) for b in np.asarray(betas, dtype=object).reshape(-1)])
    limits.cells("β values", betas.size)
    limits.work(betas.size, sweeps + burn_in, n, k)
    mean = np.full(betas.size, np.nan)
    std = np.full(betas.size, np.nan)
    res = TemperatureResult(n, k, betas, mean, std, sweeps, burn_in)
    seeds = spawn_seeds(seed, betas.size)
    pairs = np.empty(betas.size, dtype=object)

    def report(done, total, _):  # the result's arrays filled as the tasks arrive, in order
        mean[done - 1], std[done - 1] = pairs[done - 1]
        return progress(done, total, res) if progress is not None else None

    args = [(n, k, float(b), sweeps, burn_in, rule, seeds[j]) for j, b in enumerate(betas)]
    res.cancelled = not run_tasks(time_averaged_overlap, args, pairs, report, res, executor, workers, should_stop)
    return res


def basin_experiment(n: int, alphas, noises, trials: int = BASINS["trials"].default, beta=math.inf,
                     max_sweeps: int = BASINS["max_sweeps"].default,
                     rule: str = "hebb", seed=None, progress: Progress | None = None,
                     executor: Executor | None = None, workers: int | None = None, should_stop=None) -> BasinResult:
    """Final overlap versus the fraction of the cue flipped, for a few loads."""
    check_common(n, 0.0, trials)
    beta = parse_beta(beta)
    alphas = np.asarray(alphas, float).reshape(-1)
    noises = np.asarray(noises, float).reshape(-1)
    if np.any((noises < 0) | (noises > 1)) or not np.isfinite(noises).all():
        raise ValueError(msg("cue noise fractions must lie in [0, 1]"))
    if alphas.size == 0 or np.any(alphas <= 0) or not np.all(np.isfinite(alphas)):
        raise ValueError(msg("loads α must be positive numbers"))
    limits.count("max_sweeps", max_sweeps, 1, limits.MAX_SWEEPS)
    limits.cells("loads × noises", alphas.size * noises.size)
    ks = np.maximum(1, np.round(alphas * n))
    if ks.max() > limits.MAX_PATTERNS:
        raise ValueError(msg("K = {k} patterns is over the supported maximum of {max}", k=int(ks.max()),
                             max=limits.MAX_PATTERNS))
    limits.work(noises.size * trials, max_sweeps, n, ks.sum())
    m = np.full((alphas.size, noises.size, trials), np.nan)
    res = BasinResult(n, alphas, noises, m)
    seeds = spawn_seeds(seed, m.size)
    per_load = noises.size * trials
    args = [(n, max(1, int(round(alphas[i // per_load] * n))), float(noises[(i % per_load) // trials]), beta,
             max_sweeps, rule, False, seeds[i]) for i in range(m.size)]
    res.cancelled = not run_tasks(recall_task, args, m, progress, res, executor, workers, should_stop)
    return res
