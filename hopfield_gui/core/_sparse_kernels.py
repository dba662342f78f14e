"""The compiled loops of structural plasticity: symmetric sparse weights in CSR form (``indptr``,
``indices`` sorted within each row, integer numerators ``J``), built, pruned and regrown, and the
asynchronous update that keeps the raw fields h_i = Σ_j J_ij S_j current (a visit costs O(1), a
flip O(c·N + K)). Every random choice about a pair (i, j) is a hash of (seed, min(i, j), max(i, j)),
so the two directions of a synapse always agree and no N × N mask is ever stored. ``nogil`` as the
other kernels (``_kernels.py``): a worker thread running them leaves the window free.
"""

from __future__ import annotations

import numpy as np

from ._kernels import _splitmix64, jit


@jit
def pair_uniform(seed, i, j):
    """A uniform in [0, 1) that depends only on (seed, {i, j})."""
    a, b = (i, j) if i < j else (j, i)
    state = np.uint64(seed) ^ (np.uint64(a) * np.uint64(0x9E3779B97F4A7C15)) ^ (np.uint64(b) << np.uint64(32))
    state, r = _splitmix64(state)
    state, r = _splitmix64(r ^ state)
    return np.float64(r >> np.uint64(11)) * (1.0 / 9007199254740992.0)


@jit
def _hebb(PT, i, j):
    K = PT.shape[1]
    s = np.int32(0)
    for mu in range(K):
        s += np.int32(PT[i, mu]) * np.int32(PT[j, mu])
    return s


@jit
def diluted(PT, c, seed, clip):
    """Each pair kept with probability ``c``; J_ij = Σ_μ P_i^μ P_j^μ, or its sign with ``clip``.
    Returns (indptr, indices, J)."""
    N = PT.shape[0]
    counts = np.zeros(N + 1, np.int64)
    for i in range(N):
        for j in range(i + 1, N):
            if pair_uniform(seed, i, j) < c:
                counts[i + 1] += 1
                counts[j + 1] += 1
    indptr = np.cumsum(counts)
    indices = np.empty(indptr[N], np.int32)
    J = np.empty(indptr[N], np.int16)
    fill = indptr[:N].copy()
    for i in range(N):  # row i gets its columns in increasing order: j < i first, then j > i
        for j in range(N):
            if j != i and pair_uniform(seed, i, j) < c:
                v = _hebb(PT, i, j)
                if clip:
                    v = 1 if v > 0 else (-1 if v < 0 else 0)
                indices[fill[i]] = j
                J[fill[i]] = v
                fill[i] += 1
    return indptr, indices, J


@jit
def magnitude_counts(indptr, indices, J, top):
    """How many synapses (pairs, counted once) have |J| = 0, 1, …, ``top``."""
    counts = np.zeros(top + 1, np.int64)
    N = indptr.size - 1
    for i in range(N):
        for k in range(indptr[i], indptr[i + 1]):
            if indices[k] > i:
                counts[min(abs(np.int32(J[k])), top)] += 1
    return counts


@jit
def kept(indptr, indices, J, seed, p_keep, below, p_at):
    """The synapses kept: with ``below`` < 0, each with probability ``p_keep`` (random removal);
    else those with |J| > ``below``, and those with |J| = ``below`` with probability ``p_at``
    (removal of the weakest). Returns (indptr, indices, J) of what is kept."""
    N = indptr.size - 1
    keep = np.zeros(indices.size, np.bool_)
    counts = np.zeros(N + 1, np.int64)
    for i in range(N):
        for k in range(indptr[i], indptr[i + 1]):
            j = indices[k]
            if below < 0:
                ok = pair_uniform(seed, i, j) < p_keep
            else:
                a = abs(np.int32(J[k]))
                ok = a > below or (a == below and pair_uniform(seed, i, j) < p_at)
            keep[k] = ok
            if ok:
                counts[i + 1] += 1
    new_ptr = np.cumsum(counts)
    new_idx = np.empty(new_ptr[N], np.int32)
    new_J = np.empty(new_ptr[N], np.int16)
    p = 0
    for k in range(indices.size):
        if keep[k]:
            new_idx[p] = indices[k]
            new_J[p] = J[k]
            p += 1
    return new_ptr, new_idx, new_J


@jit
def regrown(indptr, indices, J, PT, seed, p_new, clip):
    """The synapses of (indptr, indices, J) and, among the absent pairs, each with probability
    ``p_new``, a new one with its Hebbian value (its sign with ``clip``)."""
    N = indptr.size - 1
    counts = np.zeros(N + 1, np.int64)
    for i in range(N):
        p = indptr[i]
        for j in range(N):
            if j == i:
                continue
            while p < indptr[i + 1] and indices[p] < j:
                p += 1
            present = p < indptr[i + 1] and indices[p] == j
            if present or pair_uniform(seed, i, j) < p_new:
                counts[i + 1] += 1
    new_ptr = np.cumsum(counts)
    new_idx = np.empty(new_ptr[N], np.int32)
    new_J = np.empty(new_ptr[N], np.int16)
    for i in range(N):
        p = indptr[i]
        q = new_ptr[i]
        for j in range(N):
            if j == i:
                continue
            while p < indptr[i + 1] and indices[p] < j:
                p += 1
            if p < indptr[i + 1] and indices[p] == j:
                new_idx[q] = j
                new_J[q] = J[p]
                q += 1
            elif pair_uniform(seed, i, j) < p_new:
                v = _hebb(PT, i, j)
                if clip:
                    v = 1 if v > 0 else (-1 if v < 0 else 0)
                new_idx[q] = j
                new_J[q] = v
                q += 1
    return new_ptr, new_idx, new_J


@jit
def raw_fields(indptr, indices, J, S, out):
    """out_i = Σ_j J_ij S_j (exact integers)."""
    N = indptr.size - 1
    for i in range(N):
        h = np.int32(0)
        for k in range(indptr[i], indptr[i + 1]):
            h += np.int32(J[k]) * np.int32(S[indices[k]])
        out[i] = h
    return out


@jit
def async_sparse(indptr, indices, J, PT, S, h, m, order, thr, start, stop):
    """Asynchronous updates with the raw fields ``h`` (int32) and the raw overlaps ``m`` kept
    current; ``thr`` in the same raw units. The rule of ``_kernels.py`` (a tie keeps the state)."""
    K = PT.shape[1]
    flips = 0
    for p in range(start, stop):
        i = order[p]
        si = np.int32(S[i])
        if si * (h[i] - thr[p - start]) < 0.0:
            si = -si
            S[i] = si
            d = 2 * si
            for k in range(indptr[i], indptr[i + 1]):  # the row of i is its column too (symmetric)
                h[indices[k]] += d * np.int32(J[k])
            for mu in range(K):
                m[mu] += d * PT[i, mu]
            flips += 1
    return flips


@jit
def hebb_magnitude_counts(PT, top):
    """How many pairs i < j have |Σ_μ P_i^μ P_j^μ| = 0, 1, …, ``top`` (every pair, nothing stored)."""
    N = PT.shape[0]
    counts = np.zeros(top + 1, np.int64)
    for i in range(N):
        for j in range(i + 1, N):
            counts[min(abs(_hebb(PT, i, j)), top)] += 1
    return counts


@jit
def pruned(PT, below, p_at, seed):
    """Every pair with |J_ij| > ``below``, and those with |J_ij| = ``below`` with probability ``p_at``:
    the Hebb matrix with its weakest synapses removed, built without the full matrix."""
    N = PT.shape[0]
    counts = np.zeros(N + 1, np.int64)
    for i in range(N):
        for j in range(N):
            if j != i:
                a = abs(_hebb(PT, i, j))
                if a > below or (a == below and pair_uniform(seed, i, j) < p_at):
                    counts[i + 1] += 1
    indptr = np.cumsum(counts)
    indices = np.empty(indptr[N], np.int32)
    J = np.empty(indptr[N], np.int16)
    for i in range(N):
        q = indptr[i]
        for j in range(N):
            if j != i:
                v = _hebb(PT, i, j)
                a = abs(v)
                if a > below or (a == below and pair_uniform(seed, i, j) < p_at):
                    indices[q] = j
                    J[q] = v
                    q += 1
    return indptr, indices, J
