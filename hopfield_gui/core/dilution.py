"""What memory survives structural plasticity: recall against the load at several connectivities, for
randomly diluted, pruned and clipped synapses (``structure.py``).

The load is counted per connection, α = K / (c N) with c the fraction of pairs connected, so that
one axis serves every connectivity: the fully connected network loses its memories near α_c = 0.138
(Amit, Gutfreund & Sompolinsky 1985), a randomly diluted one keeps more per connection — up to
2/π ≈ 0.64 at extreme dilution (Derrida, Gardner & Zippelius 1987) — and clipped synapses keep less
(≈ 0.10 for sign synapses, Sompolinsky 1986). α_c here is the dynamical criterion of the other
capacity experiments: the load where half the runs end with m > 0.9 from a cue with ``noise``
flipped (a logistic fit to every run, ``phase.logistic_fit``). No Qt: import it in a notebook.
"""

from __future__ import annotations

import math
from concurrent.futures import Executor
from dataclasses import dataclass

import numpy as np

from . import limits
from .experiment_params import DILUTION
from .experiments import RETRIEVED, Progress, check_common, json_list, run_tasks, spawn_seeds
from .messages import msg
from .network import Network
from .patterns import flip_noise, random_patterns
from .phase import logistic_fit
from .structure import MODES, check_sparse_budget, structured_weights
from .theory import ALPHA_C

#: Theory marks per connection: the fully connected Hebb network, extreme random dilution, clipped synapses.
ALPHA_C_DILUTE = 2.0 / math.pi  # Derrida, Gardner & Zippelius (1987)
ALPHA_C_CLIPPED = 0.10  # Sompolinsky (1986): sign synapses


@dataclass
class DilutionResult:
    n: int
    connectivity: np.ndarray  # (C,) the fraction of pairs connected (kept, for "prune")
    alpha: np.ndarray  # (A,) loads per connection, K = round(α c N)
    m_final: np.ndarray  # (C, A, trials); NaN where not run
    mode: str
    noise: float
    trials: int
    cancelled: bool = False

    @property
    def k(self) -> np.ndarray:
        """(C, A) the number of patterns stored."""
        return np.maximum(1, np.round(self.alpha[None, :] * self.connectivity[:, None] * self.n)).astype(int)

    @property
    def m_mean(self) -> np.ndarray:
        with np.errstate(invalid="ignore"):
            done = np.isfinite(self.m_final)
            total = np.where(done, self.m_final, 0.0).sum(axis=2)
            count = done.sum(axis=2)
            return np.where(count > 0, total / np.maximum(count, 1), np.nan)

    @property
    def retrieved_fraction(self) -> np.ndarray:
        done = np.isfinite(self.m_final)
        hits = (np.where(done, self.m_final, 0.0) > RETRIEVED).sum(axis=2)
        count = done.sum(axis=2)
        return np.where(count > 0, hits / np.maximum(count, 1), np.nan)

    def alpha_c(self) -> tuple[np.ndarray, np.ndarray]:
        """α_c per connection at each connectivity and its standard error (NaN if the runs do not cross ½)."""
        out = np.full((2, self.connectivity.size), np.nan)
        xs = np.repeat(self.alpha[:, None], self.trials, axis=1)
        for i in range(self.connectivity.size):
            done = np.isfinite(self.m_final[i])
            out[:, i] = logistic_fit(xs[done], (self.m_final[i][done] > RETRIEVED).astype(float))
        return out[0], out[1]

    def theory(self) -> float:
        return ALPHA_C_CLIPPED if self.mode == "clip" else ALPHA_C

    def columns(self) -> tuple[list[str], np.ndarray]:
        c, a = np.meshgrid(self.connectivity, self.alpha, indexing="ij")
        return (["connectivity", "alpha_per_connection", "k", "m_mean", "retrieved_fraction"],
                np.column_stack([c.ravel(), a.ravel(), self.k.ravel(), self.m_mean.ravel(),
                                 self.retrieved_fraction.ravel()]))

    def to_dict(self) -> dict:
        ac, err = self.alpha_c()
        return {"n": self.n, "mode": self.mode, "connectivity": json_list(self.connectivity),
                "alpha": json_list(self.alpha), "m": [json_list(r) for r in self.m_mean],
                "retrieved_fraction": [json_list(r) for r in self.retrieved_fraction],
                "alpha_c": json_list(ac), "alpha_c_err": json_list(err),
                "alpha_c_load": json_list(ac * self.connectivity), "trials": self.trials, "noise": self.noise,
                "criterion": f"half the runs end with m > {RETRIEVED} from a cue with {self.noise:g} flipped; "
                             "alpha is K/(c N), per connection",
                "alpha_c_theory": {"fully connected": ALPHA_C, "extreme dilution": ALPHA_C_DILUTE,
                                   "clipped": ALPHA_C_CLIPPED},
                "cancelled": self.cancelled}


def dilution_task(n, k, c, mode, noise, max_sweeps, seed_seq, stop=None) -> float:
    """One run: K random patterns on a network of connectivity ``c`` made by ``mode``, a cue with
    ``noise`` flipped, T = 0 until stable; the final overlap with the cued pattern (plain data in and out)."""
    if stop is not None and stop():
        return math.nan
    rng = np.random.default_rng(seed_seq)
    p = random_patterns(k, n, rng)
    seed = int(rng.integers(0, 2**62))
    if mode == "prune":  # c is what is kept: the weakest 1 − c of the fully connected network removed
        w = structured_weights(p, 1.0, "prune", 1.0 - c, seed=seed) if c < 1 else structured_weights(p)
    else:
        w = structured_weights(p, c, mode, seed=seed)
    net = Network(w, flip_noise(p[0], noise, rng), rng=rng)
    net.run(max_sweeps, until_stable=True, record=False, should_stop=stop)
    return math.nan if stop is not None and stop() else float(net.overlaps[0])


def dilution_experiment(n: int, connectivities, alphas, mode: str = "random",
                        trials: int = DILUTION["trials"].default, noise: float = DILUTION["noise"].default,
                        max_sweeps: int = DILUTION["max_sweeps"].default, seed=None, progress: Progress | None = None,
                        executor: Executor | None = None, workers: int | None = None,
                        should_stop=None) -> DilutionResult:
    """Final overlap against the load per connection α = K/(cN) at each connectivity c."""
    check_common(n, noise, trials)
    if mode not in MODES:
        raise ValueError(msg("mode must be one of {choices}, not {value!r}", choices=", ".join(MODES), value=mode))
    cs = np.asarray(connectivities, float).ravel()
    alphas = np.asarray(alphas, float).ravel()
    if cs.size == 0 or not (np.isfinite(cs).all() and (cs > 0).all() and (cs <= 1).all()):
        raise ValueError(msg("connectivities must lie in (0, 1]"))
    if alphas.size == 0 or not (np.isfinite(alphas).all() and (alphas > 0).all()):
        raise ValueError(msg("loads α must be positive numbers"))
    limits.count("max_sweeps", max_sweeps, 1, limits.MAX_SWEEPS)
    limits.cells("connectivities × loads", cs.size * alphas.size)
    for c in cs:
        check_sparse_budget(n, c if mode != "prune" else max(c, 1e-9))
    res = DilutionResult(n, cs, alphas, np.full((cs.size, alphas.size, trials), np.nan), mode, noise, trials)
    ks = res.k
    if ks.max() > limits.MAX_PATTERNS:
        raise ValueError(msg("K = {k} patterns is over the supported maximum of {max}", k=int(ks.max()),
                             max=limits.MAX_PATTERNS))
    limits.work(trials, max_sweeps, n, float(ks.sum()))  # as capacity_experiment counts it
    seeds = spawn_seeds(seed, res.m_final.size)
    per_c = alphas.size * trials
    args = [(n, int(ks[i // per_c, (i % per_c) // trials]), float(cs[i // per_c]), mode, noise, max_sweeps,
             seeds[i]) for i in range(res.m_final.size)]
    res.cancelled = not run_tasks(dilution_task, args, res.m_final, progress, res, executor, workers, should_stop)
    return res
