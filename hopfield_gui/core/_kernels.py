"""The compiled inner loops of the dynamics: the one implementation every front end uses.

Each kernel performs asynchronous single-neuron updates at the positions ``start … stop−1`` of a
sweep's visiting order. At the visit of neuron i the rule is

    S_i ← +1 if h_i > θ,  −1 if h_i < θ,  unchanged if h_i = θ,

where θ is the threshold drawn for that visit: θ = ln(u/(1−u))/β with u uniform in [0, 1), which
gives exactly the lecture's P[S_i = +1] = 1/(1 + exp(−β h_i)), and θ = 0 for β = ∞ (the
deterministic rule sign(h_i), a tie keeping the state). The kernels keep the overlaps (and for
dense weights the local fields) current, so a visit costs O(K) (low rank) or O(1) (dense) and a
flip O(K) or O(N + K). They are compiled by numba with ``nogil`` so that a worker thread running
them leaves the GUI thread free. With NUMBA_DISABLE_JIT=1 they run as plain Python (same code).
"""

from __future__ import annotations

import os
import sys

import numba
import numpy as np

_CACHE = os.environ.get("HOPFIELD_NO_JIT_CACHE") != "1"
if getattr(sys, "frozen", False) and not os.environ.get("NUMBA_CACHE_LOCATOR_CLASSES"):
    # the packaged program has no source files: its cache is keyed on the compiled code instead
    numba.config.CACHE_LOCATOR_CLASSES = "hopfield_gui.core._jit_cache.FrozenAppLocator"


def jit(fn):
    """numba.njit(nogil=True), cached on disk when a cache folder can be found and written (else
    compiled at every start: slower to start, same results)."""
    if _CACHE:
        try:
            return numba.njit(nogil=True, cache=True)(fn)
        except RuntimeError:  # "cannot cache function …: no locator available"
            pass
    return numba.njit(nogil=True)(fn)



@jit
def async_lowrank(PT, S, m, diag, order, thr, start, stop):
    """Hebb weights in pattern form: h_i·N = Σ_μ P_i^μ m_μ − diag·S_i, with m_μ = Σ_j P_j^μ S_j.

    ``PT`` (N, K) int8, ``S`` (N,) int8, ``m`` (K,) int32 (raw overlaps, updated in place;
    int32 arithmetic vectorises best and |h|·N ≤ K·N < 2³¹ for every supported size), ``diag`` = K
    when the self-coupling is removed (w_ii = 0), else 0; ``thr`` holds the
    thresholds of positions start…stop−1 in the same raw units (θ·N). Returns the flip count.
    """
    K = PT.shape[1]
    flips = 0
    for p in range(start, stop):
        i = order[p]
        si = np.int32(S[i])
        h = np.int32(-diag * si)
        for mu in range(K):
            h += np.int32(PT[i, mu]) * m[mu]
        if si * (h - thr[p - start]) < 0.0:
            si = -si
            S[i] = si
            for mu in range(K):
                m[mu] += 2 * si * PT[i, mu]
            flips += 1
    return flips


@jit
def async_dense(W, PT, S, h, m, order, thr, tol, start, stop):
    """Dense symmetric weights ``W`` (N, N) float64 with the local fields ``h`` kept current.

    ``m`` (K,) int32 raw overlaps with the patterns ``PT`` (N, K) int8, kept current too.
    ``tol`` ≥ 0: a field within ``tol`` of its threshold is a tie and keeps the state (the float
    fields of an exact tie come out as ±1e-16; see :attr:`.rules.DenseWeights.tie_tol`).
    """
    N = W.shape[0]
    K = PT.shape[1]
    flips = 0
    for p in range(start, stop):
        i = order[p]
        si = np.int32(S[i])
        if si * (h[i] - thr[p - start]) < -tol:
            si = -si
            S[i] = si
            d = 2.0 * si
            for k in range(N):
                h[k] += d * W[i, k]
            for mu in range(K):
                m[mu] += 2 * si * PT[i, mu]
            flips += 1
    return flips


@jit
def lowrank_fields(PT, m, S, diag, out):
    """out_i = Σ_μ P_i^μ m_μ − diag·S_i (raw integer fields, exact)."""
    N, K = PT.shape
    for i in range(N):
        h = np.int32(-diag * np.int32(S[i]))
        for mu in range(K):
            h += np.int32(PT[i, mu]) * m[mu]
        out[i] = h
    return out


@jit
def raw_overlaps(PT, S, out):
    """out_μ = Σ_i P_i^μ S_i (exact integers)."""
    N, K = PT.shape
    for mu in range(K):
        out[mu] = 0
    for i in range(N):
        si = np.int32(S[i])
        for mu in range(K):
            out[mu] += np.int32(PT[i, mu]) * si
    return out


@jit
def _splitmix64(state):
    """One step of splitmix64 (Steele, Lea & Flood 2014): (new state, 64 random bits)."""
    state = (state + np.uint64(0x9E3779B97F4A7C15)) & np.uint64(0xFFFFFFFFFFFFFFFF)
    z = state
    z = ((z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)) & np.uint64(0xFFFFFFFFFFFFFFFF)
    z = ((z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)) & np.uint64(0xFFFFFFFFFFFFFFFF)
    return state, z ^ (z >> np.uint64(31))


@jit
def new_sweep(seed, order, u):
    """A sweep's random draws in one compiled pass, from one seed (drawn by the network's numpy
    Generator, so that a run stays reproducible from its seed): ``order`` a uniformly random
    permutation (Fisher–Yates) and ``u`` uniforms in (0, 1), never 0 or 1."""
    state = np.uint64(seed)
    n = order.size
    for i in range(n):
        order[i] = i
    for i in range(n - 1, 0, -1):
        state, r = _splitmix64(state)
        j = np.int64(r % np.uint64(i + 1))  # modulo bias below 2^-50 for any N here
        order[i], order[j] = order[j], order[i]
    for i in range(n):
        state, r = _splitmix64(state)
        u[i] = (np.float64(r >> np.uint64(11)) + 0.5) * (1.0 / 9007199254740992.0)
