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

from .experiment_params import FINITE_SIZE, PHASE
from .experiments import (RETRIEVED, Progress, capacity_experiment, check_common, json_list, json_number,
                          quiet_warnings, run_tasks, spawn_seeds)
from .experiments import time_averaged_overlap
from . import limits
from .messages import msg
from .network import parse_beta
from .theory import ALPHA_C, phase_lines

__all__ = ["PhaseResult", "phase_experiment", "FiniteSizeResult", "finite_size_experiment", "logistic_fit",
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
        return {
            "n": self.n,
            "sweeps": self.sweeps,
            "burn_in": self.burn_in,
            "trials": int(self.m_trials.shape[2]),
            "cancelled": self.cancelled,
            "alpha": json_list(self.alpha),
            "beta": [json_number(b) for b in self.beta],
            "m": [json_list(row) for row in self.m],
            "m_spread": [json_list(row) for row in self.m_spread],
            "theory": {k: json_list(v) for k, v in th.items()},
        }


def phase_experiment(n: int, alphas, betas, trials: int = PHASE["trials"].default,
                     sweeps: int = PHASE["sweeps"].default, burn_in: int = PHASE["burn_in"].default, seed=None,
                     rule: str = "hebb", progress: Progress | None = None, executor: Executor | None = None,
                     workers: int | None = None, theory: bool = True, theory_alphas=None,
                     should_stop=None) -> PhaseResult:
    """For each load α (K = round(αN) random patterns) and each β: Glauber dynamics from a stored
    pattern, ``burn_in`` sweeps, then the overlap with it averaged over ``sweeps`` sweeps; ``trials``
    runs with new patterns each. Coarse grid first: the cells of even rank in α and in β run before
    the others, so that a partial result already covers the whole diagram (``filled_m``)."""
    check_common(n, 0.0, trials)
    alphas = np.asarray(alphas, float).ravel()
    betas = np.array([parse_beta(b) for b in np.asarray(betas, dtype=object).ravel()])
    if alphas.size == 0 or not (np.isfinite(alphas).all() and (alphas > 0).all()):
        raise ValueError(msg("loads α must be positive numbers"))
    limits.count("sweeps", sweeps, 1, limits.MAX_SWEEPS)
    limits.count("burn-in", burn_in, 0, limits.MAX_SWEEPS)
    limits.cells("loads α × β values", alphas.size * betas.size)
    ks = np.maximum(1, np.round(alphas * n)).astype(int)
    if (ks > min(4 * n, limits.MAX_PATTERNS)).any():
        raise ValueError(msg("K must lie between 1 and {max}, not {k}", max=min(4 * n, limits.MAX_PATTERNS),
                             k=int(ks.max())))
    limits.work(betas.size * trials, sweeps + burn_in, n, ks.sum())
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

    res.cancelled = not run_tasks(time_averaged_overlap, args, out, report, res, executor, workers, should_stop)
    return res


# --- finite-size scaling of the capacity --------------------------------------------------------------
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
    noise: float = 0.1  # the fraction of the cue flipped (the criterion: m > 0.9 from such a cue)

    def columns(self) -> tuple[list[str], np.ndarray]:
        return ["n", "alpha_c", "alpha_c_err"], np.column_stack([self.n, self.alpha_c, self.alpha_c_err])

    def to_dict(self) -> dict:
        return {"n": [int(x) for x in self.n], "alpha": json_list(self.alpha), "trials": self.trials,
                "criterion": f"half the runs end with m > {RETRIEVED} from a cue with {self.noise:g} flipped",
                "retrieved_fraction": [json_list(r) for r in self.fraction], "alpha_c": json_list(self.alpha_c),
                "alpha_c_err": json_list(self.alpha_c_err), "alpha_c_inf": json_list([self.alpha_c_inf])[0],
                "alpha_c_inf_err": json_list([self.alpha_c_inf_err])[0], "slope": json_list([self.slope])[0],
                "alpha_c_theory": ALPHA_C, "cancelled": self.cancelled}


def logistic_fit(alpha: np.ndarray, success: np.ndarray) -> tuple[float, float]:
    """The load where half the runs retrieve, from every run at once: P(retrieved) = 1/(1 + e^(b(α − α_c)))
    fitted by maximum likelihood (iteratively reweighted least squares on logit P = a + b·α, α_c = −a/b);
    its standard error from the inverse Fisher information (the delta method). Runs at every load
    count, not only the two loads around the crossing: with 20 runs a load, the crossing of two
    fractions moved by more than its bootstrap said. (nan, nan) when the runs do not cross ½."""
    x = np.asarray(alpha, float).ravel()
    y = np.asarray(success, float).ravel()
    ok = np.isfinite(x) & np.isfinite(y)
    x, y = x[ok], y[ok]
    if x.size < 3 or y.min() == y.max():
        return math.nan, math.nan
    xc, xs = x.mean(), max(x.std(), 1e-12)
    z = (x - xc) / xs  # centred and scaled: a well-conditioned problem
    coef = np.zeros(2)
    a = np.column_stack([np.ones_like(z), z])
    for _ in range(100):
        eta = np.clip(a @ coef, -30, 30)
        p = 1.0 / (1.0 + np.exp(-eta))
        w = np.maximum(p * (1 - p), 1e-9)
        info = a.T @ (a * w[:, None]) + 1e-9 * np.eye(2)  # a whisker of ridge: perfect separation stays finite
        step = np.linalg.solve(info, a.T @ (y - p))
        coef += step
        if np.max(np.abs(step)) < 1e-10:
            break
    cov = np.linalg.inv(info)
    a0, b0 = coef
    if not b0 < 0:  # retrieval must fall as the load grows
        return math.nan, math.nan
    zc = -a0 / b0
    grad = np.array([-1.0 / b0, a0 / b0 ** 2])
    err_z = math.sqrt(max(float(grad @ cov @ grad), 0.0))
    alpha_c = xc + zc * xs
    if not (x.min() <= alpha_c <= x.max()):
        return math.nan, math.nan
    return float(alpha_c), float(err_z * xs)


def finite_size_experiment(ns, alphas, trials: int = FINITE_SIZE["trials"].default,
                           noise: float = FINITE_SIZE["noise"].default, seed=None,
                           progress: Progress | None = None, executor: Executor | None = None,
                           workers: int | None = None, should_stop=None) -> FiniteSizeResult:
    """Capacity curves at each N (T = 0, a cue with ``noise`` flipped). α_c(N) is a *dynamical*
    criterion, not Amit, Gutfreund & Sompolinsky's: the load where half the runs end with m > 0.9,
    from a logistic fit to every run (:func:`logistic_fit`; the error from the fit's curvature, checked
    against the spread over seeds in the tests); then the fit α_c(N) = α_c(∞) + a·N^(−1/2)."""
    ns = np.asarray([limits.count("N", v, 10, limits.MAX_NEURONS) for v in np.asarray(ns).ravel()], int)
    alphas = np.asarray(alphas, float).ravel()
    if ns.size == 0:
        raise ValueError(msg("sizes N must be at least 10"))
    if alphas.size == 0 or np.any(alphas <= 0) or not np.all(np.isfinite(alphas)):
        raise ValueError(msg("loads α must be positive numbers"))
    limits.count("trials", trials, 1, limits.MAX_TRIALS)
    limits.cells("sizes N × loads α", ns.size * alphas.size)
    limits.work(trials, 100, 1, float(np.sum(ns[:, None] * np.maximum(1, np.round(alphas[None, :] * ns[:, None])))))
    res = FiniteSizeResult(ns, alphas, np.full((ns.size, alphas.size), np.nan), np.full(ns.size, np.nan),
                           np.full(ns.size, np.nan), trials, noise=noise)
    seeds = spawn_seeds(seed, ns.size)
    total = ns.size * alphas.size * trials
    for j, n in enumerate(ns):
        base = j * alphas.size * trials

        def step(done, _total, _res, base=base):
            return progress(base + done, total, res) if progress is not None else None

        run = capacity_experiment(int(n), alphas, trials, noise, seed=seeds[j], progress=step, executor=executor,
                                  workers=workers, should_stop=should_stop)
        res.runs.append(run)
        res.fraction[j] = run.retrieved_fraction
        done = np.isfinite(run.m_final)
        xs = np.repeat(alphas[:, None], trials, axis=1)[done]
        res.alpha_c[j], res.alpha_c_err[j] = logistic_fit(xs, (run.m_final[done] > RETRIEVED).astype(float))
        if run.cancelled:
            res.cancelled = True
            break
    res.alpha_c_inf, res.alpha_c_inf_err, res.slope = extrapolate(ns, res.alpha_c, res.alpha_c_err)
    return res
