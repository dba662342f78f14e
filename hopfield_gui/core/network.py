"""The network and its dynamics: asynchronous (random sequential) or synchronous updates.

Time is counted in **sweeps**: N single-neuron updates in a fresh random order (asynchronous), or
one parallel update of all neurons (synchronous). Every random number comes from one
``numpy.random.Generator``, so a seed reproduces a run exactly. For each asynchronous sweep the
generator draws, in this order, the visiting order ``rng.permutation(N)`` and N uniforms ``u``
(one per visit); β only enters through the threshold ln(u/(1−u))/β, so β may change in the middle
of a sweep and takes effect at the next visit. At β = ∞ the uniforms are not needed and are drawn
only if β becomes finite during the sweep.
"""

from __future__ import annotations

from typing import Callable

import math
from dataclasses import dataclass, field

import numpy as np

from . import _kernels, _sparse_kernels
from .messages import msg
from .patterns import as_state
from .rules import Weights

__all__ = ["Network", "Trajectory", "MODES"]

MODES = ("async", "sync")


def parse_beta(value) -> float:
    """β as a float in (0, ∞]; accepts 'inf', '∞', 'infinity'."""
    if isinstance(value, str):
        v = value.strip().lower()
        if v in ("inf", "∞", "infinity", "+inf"):
            return math.inf
        try:
            value = float(v)
        except ValueError:
            raise ValueError(msg("β must be a positive number or 'inf', not {value!r}", value=value)) from None
    b = float(value)
    if not b > 0 or math.isnan(b):
        raise ValueError(msg("β must be positive (β = ∞ is deterministic), not {value!r}", value=value))
    return b


def thresholds(u: np.ndarray, beta: float, out: np.ndarray | None = None) -> np.ndarray:
    """θ = ln(u/(1−u))/β, so that h > θ happens with probability 1/(1 + exp(−β h)); into ``out``
    if given (a sweep's buffer, reused)."""
    if math.isinf(beta):
        if out is None:
            return np.zeros(u.shape)
        out.fill(0.0)
        return out
    # u = 0 gives −∞; a tiny β (5e-324) overflows to ±∞: both are the right limit (h > −∞
    # always, h > +∞ never), so the warnings are not a user's concern
    with np.errstate(divide="ignore", over="ignore"):
        out = np.log(u, out=out)
        out -= np.log1p(-u)
        out /= beta
    return out


@dataclass
class Trajectory:
    """What :meth:`Network.run` recorded: one row per sweep, the first row being the start."""

    overlaps: np.ndarray  # (T + 1, K)
    energy: np.ndarray  # (T + 1,)
    flips: np.ndarray  # (T,) neurons changed in each sweep
    converged: bool = False  # a whole sweep changed nothing
    cycle: bool = False  # synchronous 2-cycle detected
    final_state: np.ndarray = field(default=None, repr=False)

    @property
    def sweeps_run(self) -> int:
        return int(self.flips.size)


class Network:
    """A Hopfield network: weights, a ±1 state, β, an update mode and a seeded generator."""

    def __init__(self, weights: Weights, state=None, beta=math.inf, mode: str = "async", rng=None):
        self.rng = rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)
        self._weights = weights
        self._beta = parse_beta(beta)
        self._mode = "async"
        self.mode = mode
        self.sweeps_done = 0  # completed sweeps
        self.converged = False
        self.cycle = False
        self._order = None  # current asynchronous sweep
        self._u = None
        self._thr = None
        self._order_buf = self._u_buf = self._thr_buf = None  # reused from sweep to sweep
        self._pos = 0
        self._sweep_flips = 0
        self._prev = None  # synchronous: the state before the last update
        if state is None:
            state = weights.patterns[0] if weights.k else np.ones(weights.n, np.int8)
        self._S = np.empty(weights.n, np.int8)
        self.set_state(state)

    # --- configuration -------------------------------------------------------------------
    @property
    def weights(self) -> Weights:
        return self._weights

    def set_weights(self, weights: Weights) -> None:
        """Swap the weights (new patterns, rule or K); the state is kept if N is unchanged."""
        if weights.n != self.n:
            raise ValueError(
                msg("new weights have N = {n_weights}, the state has N = {n}", n_weights=weights.n, n=self.n)
            )
        self._weights = weights
        self._refresh()
        self._thr = None

    @property
    def n(self) -> int:
        return self._weights.n

    @property
    def k(self) -> int:
        return self._weights.k

    @property
    def beta(self) -> float:
        return self._beta

    @beta.setter
    def beta(self, value) -> None:
        self._beta = parse_beta(value)
        self._thr = None  # recomputed from the same uniforms at the next visit

    @property
    def mode(self) -> str:
        return self._mode

    @mode.setter
    def mode(self, value: str) -> None:
        if value not in MODES:
            raise ValueError(msg("mode must be 'async' or 'sync', not {value!r}", value=value))
        if value != self._mode:
            self._mode = value
            self._order = None
            self._prev = None
            self.converged = self.cycle = False

    # --- state ------------------------------------------------------------------------------
    @property
    def state(self) -> np.ndarray:
        """A copy of the current state (int8 ±1)."""
        return self._S.copy()

    def set_state(self, state) -> None:
        s = as_state(state)
        if s.size != self.n:
            raise ValueError(msg("the state has {neurons} neurons, the network has {n}", neurons=s.size, n=self.n))
        self._S[:] = s
        self._order = None  # the next update starts a fresh sweep
        self._prev = None
        self.converged = self.cycle = False
        self._refresh()

    def _refresh(self) -> None:
        w = self._weights
        self._m = w.raw_overlaps(self._S)
        if w.kind == "dense":
            self._h = w.W @ self._S.astype(np.float64)
        elif w.kind == "sparse":
            self._h = w.raw_fields(self._S)  # exact int32, kept current by the kernel

    @property
    def step_overlap(self) -> float:
        """Synchronous updates: the overlap of the state with the state one update before,
        (1/N) Σ_i S_i(t) S_i(t−1) — 1 at a fixed point, −1 in the 2-cycle of a state and its
        reverse, in between in other 2-cycles. NaN in asynchronous mode (no single previous state)
        or before the first update."""
        if self._mode != "sync" or self._prev is None:
            return math.nan
        return float(np.dot(self._prev.astype(np.int32), self._S.astype(np.int32))) / self.n

    @property
    def overlaps(self) -> np.ndarray:
        """m^μ = (1/N) Σ_i P_i^μ S_i for every stored pattern."""
        return self._m / self.n

    @property
    def energy(self) -> float:
        """E = −½ Σ_{i≠j} w_ij S_i S_j."""
        w = self._weights
        if w.kind in ("dense", "sparse"):
            return w.energy(self._S, self._h)
        return w.energy(self._S, self._m)

    def fields(self) -> np.ndarray:
        """Current local fields h_i (float64, exact recomputation)."""
        return self._weights.fields(self._S)

    def field(self, i: int) -> float:
        """h_i = Σ_j w_ij S_j of neuron ``i`` (exact; with w_ii = 0 it does not depend on S_i, so it
        is the field the neuron decided on at its last visit)."""
        w = self._weights
        if w.kind == "lowrank":
            raw = float(np.dot(w.PT[i].astype(np.int64), self._m.astype(np.int64))) - w.diag * int(self._S[i])
            return raw / self.n
        if w.kind == "sparse":
            return float(self._h[i]) / w.unit
        return float(self._h[i])

    @property
    def last_visited(self) -> int | None:
        """The neuron of the last single-neuron update of the current asynchronous sweep, if any."""
        if self._mode != "async" or self._order is None or self._pos == 0:
            return None
        return int(self._order[self._pos - 1])

    def is_fixed_point(self) -> bool:
        """True if no neuron would change under the deterministic rule (S_i h_i ≥ 0 for all i)."""
        w = self._weights
        if w.kind == "lowrank":
            h = w.raw_fields(self._S, self._m)
        elif w.kind == "sparse":
            h = w.raw_fields(self._S)
        else:
            h = w.fields(self._S)
        return bool(np.all(self._S * h >= -w.tie_tol))

    @property
    def position(self) -> int:
        """Updates already done in the current asynchronous sweep (0 … N−1)."""
        return 0 if self._order is None else self._pos

    @property
    def time(self) -> float:
        """Time in sweeps, fractional in the middle of an asynchronous sweep."""
        return self.sweeps_done + self.position / self.n

    # --- dynamics ---------------------------------------------------------------------------
    def _new_sweep(self) -> None:
        """The sweep's visiting order, uniforms and thresholds, drawn in one compiled pass from one
        seed of the network's generator (README, "Benchmarks": drawing them with NumPy took a third
        of a sweep at N = 4096)."""
        n = self.n
        if self._order_buf is None or self._order_buf.size != n:
            self._order_buf, self._u_buf, self._thr_buf = np.empty(n, np.int64), np.empty(n), np.empty(n)
        _kernels.new_sweep(int(self.rng.integers(0, 2**63)), self._order_buf, self._u_buf)
        self._order, self._u = self._order_buf, self._u_buf
        self._thr = None
        self._pos = 0
        self._sweep_flips = 0

    def _thresholds(self) -> np.ndarray:
        """The sweep's thresholds, made from its uniforms at the first visit (and again if β changes
        within the sweep), into a reused buffer."""
        if self._thr is None:
            t = thresholds(self._u, self._beta, out=self._thr_buf)
            if self._weights.kind == "lowrank":
                t *= self.n  # raw units
            elif self._weights.kind == "sparse":
                t *= self._weights.unit  # raw units: J_ij = w_ij · unit
            self._thr = t
        return self._thr

    def _tie_tol(self) -> float:
        """At β = ∞ a field within the weights' rounding tolerance of 0 is a tie (keeps the
        state); at finite β the threshold is continuous and no tolerance applies."""
        return self._weights.tie_tol if math.isinf(self._beta) else 0.0

    def updates(self, count: int) -> int:
        """Advance ``count`` single-neuron updates (asynchronous mode). Returns the flips."""
        if self._mode != "async":
            raise ValueError(msg("single-neuron updates need the asynchronous mode"))
        w = self._weights
        flips = 0
        while count > 0:
            if self._order is None:
                self._new_sweep()
            start = self._pos
            stop = min(self.n, start + count)
            thr = self._thresholds()[start:stop]
            if w.kind == "lowrank":
                f = _kernels.async_lowrank(w.PT, self._S, self._m, np.int32(w.diag), self._order, thr, start, stop)
            elif w.kind == "sparse":
                f = _sparse_kernels.async_sparse(w.indptr, w.indices, w.J, w.PT, self._S, self._h, self._m,
                                                 self._order, thr, start, stop)
            else:
                f = _kernels.async_dense(w.W, w.PT, self._S, self._h, self._m, self._order, thr, self._tie_tol(),
                                         start, stop)
            flips += f
            self._sweep_flips += f
            count -= stop - start
            self._pos = stop
            if stop == self.n:
                self.sweeps_done += 1
                self.converged = self._sweep_flips == 0
                self._order = None
                if w.kind == "dense" and self.sweeps_done % 64 == 0:
                    self._refresh()  # wash out rounding drift in the float fields
        return flips

    def sweep(self) -> int:
        """One sweep: finish the current asynchronous sweep (or do a whole one), or one
        synchronous update. Returns the number of neurons that changed."""
        if self._mode == "async":
            return self.updates(self.n - self.position)
        return self._sync_step()

    def _sync_step(self) -> int:
        w = self._weights
        theta = thresholds(self.rng.random(self.n), self._beta)
        h = w.fields(self._S)
        s = self._S
        tol = self._tie_tol()
        new = np.where(h > theta + tol, 1, np.where(h < theta - tol, -1, s)).astype(np.int8)
        flips = int(np.count_nonzero(new != s))
        self.converged = flips == 0
        self.cycle = bool(flips and self._prev is not None and np.array_equal(new, self._prev))
        self._prev = s.copy()
        self._S[:] = new
        self._refresh()
        self.sweeps_done += 1
        return flips

    def run(self, sweeps: int, until_stable: bool = False, record: bool = True,
            should_stop: Callable[[], bool] | None = None) -> Trajectory:
        """Run up to ``sweeps`` sweeps, recording overlaps and energy after each one.

        With ``until_stable`` the run stops after a sweep that changed nothing (a fixed point at
        β = ∞) or, in synchronous mode, when a 2-cycle is detected; ``should_stop`` is asked after
        every sweep (Cancel, or a window closing, takes effect within one sweep: ~10 ms at N = 16 384).
        """
        if sweeps < 0:
            raise ValueError(msg("the number of sweeps must be ≥ 0"))
        ov = [self.overlaps] if record else []
        en = [self.energy] if record else []
        flips = []
        for _ in range(int(sweeps)):
            flips.append(self.sweep())
            if record:
                ov.append(self.overlaps)
                en.append(self.energy)
            if until_stable and (self.converged or self.cycle):
                break
            if should_stop is not None and should_stop():
                break
        k = self.k
        return Trajectory(
            overlaps=np.array(ov, dtype=np.float64).reshape(len(ov), k),
            energy=np.array(en, dtype=np.float64),
            flips=np.array(flips, dtype=np.int64),
            converged=self.converged,
            cycle=self.cycle,
            final_state=self.state,
        )
