"""The experiments beyond the lecture: the measured (α, β) phase diagram next to Amit, Gutfreund &
Sompolinsky's lines, and finite-size scaling of the capacity (README, "Phase diagram").

Like every experiment (``experiments.py``) they take any ``concurrent.futures.Executor`` — the
default is a few threads of this process; Dask's ``Client.get_executor()`` spreads them over a
cluster — and a seed: each task gets its own generator, spawned from one SeedSequence in a fixed
order, so the numbers are the same whatever runs them.
"""

from __future__ import annotations

import math
from concurrent.futures import Executor
from dataclasses import dataclass, field

import numpy as np

from .experiments import Progress, check_common, json_list, json_number, quiet_warnings, spawn_seeds, capacity_experiment, run_tasks
from .experiments import time_averaged_overlap
from .messages import msg
from .network import parse_beta
from .theory import ALPHA_C, phase_lines

__all__ = ["PhaseResult", "phase_experiment", "FiniteSizeResult", "finite_size_experiment", "crossing",
           "extrapolate"]


@dataclass
class PhaseResult:
    n: int
    alpha: np.ndarray
    beta: np.ndarray
    m_trials: np.ndarray  # (alphas, betas, trials): time-averaged overlap of each run; NaN where not run
    sweeps: int
    burn_in: int
    cancelled: bool = False
    theory: dict | None = None  # core.theory.phase_lines at these loads

    @property
    def m(self) -> np.ndarray:
        """⟨m⟩ over the trials, (alphas, betas)."""
        with np.errstate(invalid="ignore"), quiet_warnings():
            return np.nanmean(self.m_trials, axis=2)

    @property
    def m_spread(self) -> np.ndarray:
        """The standard deviation of the trials' ⟨m⟩."""
        with np.errstate(invalid="ignore"), quiet_warnings():
            return np.nanstd(self.m_trials, axis=2)

    def filled_m(self) -> np.ndarray:
        """⟨m⟩ with the cells not yet measured taken from the coarse cell that covers them (the
        picture of a partial result: coarse first, then finer)."""
        m = self.m.copy()
        rows, cols = np.indices(m.shape)
        coarse = m[rows - rows % 2, cols - cols % 2]
        return np.where(np.isnan(m), coarse, m)

    def columns(self) -> tuple[list[str], np.ndarray]:
        a, b = np.meshgrid(self.alpha, self.beta, indexing="ij")
        return ["alpha", "beta", "m", "m_spread"], np.column_stack([a.ravel(), b.ravel(), self.m.ravel(),
                                                                   self.m_spread.ravel()])

    def to_dict(self) -> dict:
        th = self.theory or phase_lines(self.alpha)
        return {"n": self.n, "sweeps": self.sweeps, "burn_in": self.burn_in, "trials": int(self.m_trials.shape[2]),
                "cancelled": self.cancelled, "alpha": json_list(self.alpha), "beta": [json_number(b) for b in self.beta],
                "m": [json_list(row) for row in self.m], "m_spread": [json_list(row) for row in self.m_spread],
                "theory": {k: json_list(v) for k, v in th.items()}}


def phase_experiment(n: int, alphas, betas, trials: int = 2, sweeps: int = 100, burn_in: int = 50, seed=None,
                     rule: str = "hebb", progress: Progress | None = None, executor: Executor | None = None,
                     workers: int | None = None, theory: bool = True, theory_alphas=None) -> PhaseResult:
    """For each load α (K = round(αN) random patterns) and each β: Glauber dynamics from a stored
    pattern, ``burn_in`` sweeps, then the overlap with it averaged over ``sweeps`` sweeps; ``trials``
    runs with new patterns each. Coarse grid first: the cells of even rank in α and in β run before
    the others, so that a partial result already covers the whole diagram (``filled_m``)."""
    check_common(n, 0.0, trials)
    alphas = np.asarray(alphas, float).ravel()
    betas = np.array([parse_beta(b) for b in np.asarray(betas, dtype=object).ravel()])
    if alphas.size == 0 or not (np.isfinite(alphas).all() and (alphas > 0).all()):
        raise ValueError(msg("loads α must be positive numbers"))
    if sweeps < 1 or burn_in < 0:
        raise ValueError(msg("need at least one measured sweep and a non-negative burn-in"))
    ks = np.maximum(1, np.round(alphas * n)).astype(int)
    if (ks > 4 * n).any():
        raise ValueError(msg("K must lie between 1 and 4N, not {k}", k=int(ks.max())))
    m = np.full((alphas.size, betas.size, trials), np.nan)
    lines = phase_lines(alphas if theory_alphas is None else theory_alphas) if theory else None
    res = PhaseResult(n, alphas, betas, m, sweeps, burn_in, theory=lines)
    seeds = spawn_seeds(seed, m.size)  # by cell and trial: the numbers do not depend on the order below
    out = np.empty(m.size, dtype=object)
    a_of, b_of = np.unravel_index(np.arange(m.size) // trials, (alphas.size, betas.size))
    order = np.lexsort((np.arange(m.size), (a_of % 2) | (b_of % 2)))  # coarse cells first
    args = [(n, int(ks[a_of[i]]), float(betas[b_of[i]]), sweeps, burn_in, rule, seeds[i]) for i in order]

    def report(done, total, _):
        m.flat[order[done - 1]] = out[done - 1][0]
        return progress(done, total, res) if progress is not None else None

    res.cancelled = not run_tasks(time_averaged_overlap, args, out, report, res, executor, workers)
    return res


# --- finite-size scaling of the capacity --------------------------------------------------------------
def crossing(alpha: np.ndarray, fraction: np.ndarray, level: float = 0.5) -> float:
    """The load where the retrieved fraction first falls through ``level`` (linear interpolation);
    nan if it never does."""
    for i in range(1, alpha.size):
        if fraction[i - 1] >= level > fraction[i]:
            t = (fraction[i - 1] - level) / (fraction[i - 1] - fraction[i])
            return float(alpha[i - 1] + t * (alpha[i] - alpha[i - 1]))
    return math.nan


def extrapolate(ns, alpha_c, err) -> tuple[float, float, float]:
    """Weighted least squares of α_c(N) = α_c(∞) + a·N^(−1/2): (α_c(∞), its standard error, a).
    The N^(−1/2) law is the finite-size form used for the Hopfield capacity in simulations (e.g.
    Kohring 1990, J Phys A 23:2237); the residuals say whether it holds over the sizes measured."""
    ns, y, s = (np.asarray(v, float) for v in (ns, alpha_c, err))
    ok = np.isfinite(y) & np.isfinite(s)
    if ok.sum() < 2:
        return math.nan, math.nan, math.nan
    x = ns[ok] ** -0.5
    w = 1.0 / np.maximum(s[ok], 1e-6) ** 2
    a = np.column_stack([np.ones(x.size), x])
    cov = np.linalg.inv(a.T @ (a * w[:, None]))
    coef = cov @ (a.T @ (w * y[ok]))
    scale = 1.0
    if ok.sum() > 2:  # the spread of the residuals, if larger than the error bars say
        chi2 = float(np.sum(w * (y[ok] - a @ coef) ** 2)) / (ok.sum() - 2)
        scale = max(1.0, chi2)
    return float(coef[0]), float(math.sqrt(cov[0, 0] * scale)), float(coef[1])


@dataclass
class FiniteSizeResult:
    n: np.ndarray
    alpha: np.ndarray
    fraction: np.ndarray  # (sizes, loads): the retrieved fraction
    alpha_c: np.ndarray
    alpha_c_err: np.ndarray
    trials: int
    alpha_c_inf: float = math.nan
    alpha_c_inf_err: float = math.nan
    slope: float = math.nan
    cancelled: bool = False
    runs: list = field(default_factory=list)  # the CapacityResult of each size

    def columns(self) -> tuple[list[str], np.ndarray]:
        return ["n", "alpha_c", "alpha_c_err"], np.column_stack([self.n, self.alpha_c, self.alpha_c_err])

    def to_dict(self) -> dict:
        return {"n": [int(x) for x in self.n], "alpha": json_list(self.alpha), "trials": self.trials,
                "retrieved_fraction": [json_list(r) for r in self.fraction], "alpha_c": json_list(self.alpha_c),
                "alpha_c_err": json_list(self.alpha_c_err), "alpha_c_inf": json_list([self.alpha_c_inf])[0],
                "alpha_c_inf_err": json_list([self.alpha_c_inf_err])[0], "slope": json_list([self.slope])[0],
                "alpha_c_theory": ALPHA_C, "cancelled": self.cancelled}


def finite_size_experiment(ns, alphas, trials: int = 20, noise: float = 0.1, seed=None, bootstrap: int = 400,
                           progress: Progress | None = None, executor: Executor | None = None,
                           workers: int | None = None) -> FiniteSizeResult:
    """Capacity curves at each N (T = 0, a cue with ``noise`` flipped); α_c(N) where the retrieved
    fraction (m > 0.9) crosses ½, its error the half-width of the 68 % bootstrap interval over the
    trials; then the fit α_c(N) = α_c(∞) + a·N^(−1/2)."""
    ns = np.asarray(ns, int).ravel()
    alphas = np.asarray(alphas, float).ravel()
    if ns.size == 0 or (ns < 10).any():
        raise ValueError(msg("sizes N must be at least 10"))
    if bootstrap < 10:
        raise ValueError(msg("at least 10 bootstrap samples are needed"))
    res = FiniteSizeResult(ns, alphas, np.full((ns.size, alphas.size), np.nan), np.full(ns.size, np.nan),
                           np.full(ns.size, np.nan), trials)
    seeds = spawn_seeds(seed, ns.size + 1)
    boot_rng = np.random.default_rng(seeds[-1])
    total = ns.size * alphas.size * trials
    for j, n in enumerate(ns):
        base = j * alphas.size * trials

        def step(done, _total, _res, base=base):
            return progress(base + done, total, res) if progress is not None else None

        run = capacity_experiment(int(n), alphas, trials, noise, seed=seeds[j], progress=step, executor=executor,
                                  workers=workers)
        res.runs.append(run)
        res.fraction[j] = run.retrieved_fraction
        res.alpha_c[j] = crossing(alphas, run.retrieved_fraction)
        ok = (run.m_final > 0.9).astype(float)
        picks = boot_rng.integers(0, trials, size=(bootstrap, trials))
        boots = np.array([crossing(alphas, ok[:, p].mean(axis=1)) for p in picks])
        boots = boots[np.isfinite(boots)]
        if boots.size >= bootstrap // 2:
            lo, hi = np.percentile(boots, [16, 84])
            res.alpha_c_err[j] = max((hi - lo) / 2, 0.5 * float(np.min(np.diff(alphas))) / math.sqrt(trials))
        if run.cancelled:
            res.cancelled = True
            break
    res.alpha_c_inf, res.alpha_c_inf_err, res.slope = extrapolate(ns, res.alpha_c, res.alpha_c_err)
    return res
