"""Structural plasticity: the lecture's « création ou suppression d'une connexion physique entre deux
neurones » on the Hopfield network. Synapses are removed at random (dilution), the weakest are pruned,
their strength is clipped to a sign (binary synapses), and new ones grow back with their Hebbian
value. The result is :class:`SparseWeights`, symmetric with w_ii = 0, so the energy still descends
and the network's dynamics (``network.py``) runs on it unchanged: one compiled kernel keeps the
fields current (``_sparse_kernels.py``).

Weights (J_ij = Σ_μ P_i^μ P_j^μ, an exact integer; c_ij = 1 if the synapse exists):

* random dilution with connectivity c (each pair kept with probability c):
  w_ij = c_ij · J_ij / (c N) — the normalisation of Sompolinsky (1986), which keeps the signal of
  the fully connected network; at extreme dilution α_c = 2/π per connection (Derrida, Gardner &
  Zippelius 1987);
* clipped synapses: w_ij = c_ij · sign(J_ij) / (c √(K N)) — Sompolinsky (1986): the sign keeps a
  fraction 2/π of the signal-to-noise ratio, the capacity falls from 0.138 to about 0.10;
* pruning a fraction f of the weakest |J_ij| (ties removed at random): the synapses that stay keep
  their value J_ij / N;
* regrowth: absent pairs become synapses with probability p, with their Hebbian value (or its sign).

c = 1 with no pruning and no clipping is today's Hebb network itself (:class:`~.rules.HebbWeights`,
results bit for bit).
"""

from __future__ import annotations

import math

import numpy as np

from . import _sparse_kernels as sk
from .messages import msg
from .patterns import as_patterns
from .rules import DENSE_BUDGET_BYTES, HebbWeights, MemoryBudgetError, Weights, check_dense_budget

__all__ = ["SparseWeights", "MODES", "structured_weights", "remove_synapses", "regrow_synapses",
           "SPARSE_BUDGET_BYTES", "check_sparse_budget"]

MODES = ("random", "prune", "clip")
#: The most memory the synapses of one network may take (6 bytes each: a column index and J).
SPARSE_BUDGET_BYTES = 512 * 2**20
_BYTES_PER_SYNAPSE = 6  # int32 column + int16 J, both directions stored


class SparseWeights(Weights):
    """Symmetric weights w_ij = J_ij / ``unit`` on the synapses that exist (CSR, sorted rows, no
    diagonal); ``J`` exact integers, so the fields are exact and a tie is exactly a tie."""

    kind = "sparse"

    def __init__(self, patterns: np.ndarray, indptr, indices, J, unit: float, mode: str):
        super().__init__(patterns, "hebb", False)
        self.indptr = np.ascontiguousarray(indptr, np.int64)
        self.indices = np.ascontiguousarray(indices, np.int32)
        self.J = np.ascontiguousarray(J, np.int16)
        self.unit = float(unit)
        self.mode = mode

    @property
    def synapses(self) -> int:
        """Synapses (pairs i < j connected)."""
        return int(self.indices.size // 2)

    @property
    def connectivity(self) -> float:
        """The fraction of the N(N−1)/2 pairs that are connected."""
        n = self.n
        return self.synapses / (n * (n - 1) / 2) if n > 1 else 0.0

    def raw_fields(self, state) -> np.ndarray:
        """Σ_j J_ij S_j (exact int32)."""
        return sk.raw_fields(self.indptr, self.indices, self.J, np.asarray(state, np.int8),
                             np.empty(self.n, np.int32))

    def fields(self, state) -> np.ndarray:
        return self.raw_fields(state) / self.unit

    def trace(self) -> float:
        return 0.0

    def energy(self, state, h=None) -> float:
        """E = −½ Σ_{i≠j} w_ij S_i S_j (``h``: the raw fields, if known)."""
        s = np.asarray(state, np.int64)
        if h is None:
            h = self.raw_fields(state)
        return -0.5 * float(s @ np.asarray(h, np.int64)) / self.unit

    def mask(self) -> np.ndarray:
        """c_ij as an N × N bool matrix (for the Weights view; N ≤ a few thousand)."""
        check_dense_budget(self.n, "sparse", DENSE_BUDGET_BYTES * 8)
        m = np.zeros((self.n, self.n), bool)
        rows = np.repeat(np.arange(self.n), np.diff(self.indptr))
        m[rows, self.indices] = True
        return m

    def matrix(self, budget: int = DENSE_BUDGET_BYTES) -> np.ndarray:
        check_dense_budget(self.n, "sparse", budget)
        w = np.zeros((self.n, self.n))
        rows = np.repeat(np.arange(self.n), np.diff(self.indptr))
        w[rows, self.indices] = self.J / self.unit
        return w


def check_sparse_budget(n: int, connectivity: float, budget: int = SPARSE_BUDGET_BYTES) -> None:
    """Refuse (before building) a network whose synapses would take more than ``budget`` bytes."""
    need = connectivity * n * (n - 1) * _BYTES_PER_SYNAPSE
    if need > budget:
        limit = budget / (n * (n - 1) * _BYTES_PER_SYNAPSE)
        raise MemoryBudgetError(msg("{n} neurons with connectivity {c:.2g} need {mb:.0f} MB of synapses, over the "
                                    "{budget:.0f} MB budget: use a connectivity of at most {limit:.3f}",
                                    n=n, c=connectivity, mb=need / 2**20, budget=budget / 2**20, limit=limit))


def _check(connectivity: float, fraction: float, mode: str) -> None:
    if mode not in MODES:
        raise ValueError(msg("mode must be one of {choices}, not {value!r}", choices=", ".join(MODES), value=mode))
    if not (0.0 < connectivity <= 1.0):
        raise ValueError(msg("the connectivity must lie in (0, 1], not {c}", c=connectivity))
    if not (0.0 <= fraction < 1.0):
        raise ValueError(msg("the fraction of synapses removed must lie in [0, 1), not {f}", f=fraction))


# Each use of the pair hash has its own stream: a tie broken in pruning, a synapse removed at random or
# one regrown must not depend on the draw that made the pair a synapse (with one stream, removing a
# fraction of a diluted network removed nothing: the pairs kept were exactly those drawn low).
_DILUTE, _REMOVE, _TIES, _REGROW = 0, 0x5DEECE66D, 0x2545F4914F6CDD1D, 0x1B873593


def _seed(seed, stream: int = _DILUTE) -> int:
    base = int(np.random.SeedSequence(seed).generate_state(1, np.uint64)[0] >> np.uint64(1))
    return base ^ stream


def _prune_threshold(counts: np.ndarray, fraction: float) -> tuple[int, float]:
    """(b, p): remove every |J| < b and each |J| = b with probability 1 − p, so that ``fraction``
    of the synapses counted in ``counts`` (by |J|) goes on average."""
    total = counts.sum()
    target = fraction * total
    below = 0
    for b, n in enumerate(counts):
        if below + n >= target:
            p_remove = (target - below) / n if n else 0.0
            return b, 1.0 - p_remove
        below += n
    return len(counts) - 1, 0.0


def structured_weights(patterns, connectivity: float = 1.0, mode: str = "random", fraction: float = 0.0,
                       seed=None, budget: int = SPARSE_BUDGET_BYTES) -> Weights:
    """Weights for the (K, N) pattern set on a network with structure: ``connectivity`` c (each pair
    kept with probability c), ``mode`` "random" (dilution only), "clip" (binary synapses) or "prune"
    (then ``fraction`` of the weakest synapses removed). c = 1, "random": :class:`~.rules.HebbWeights`."""
    p = as_patterns(patterns)
    k, n = p.shape
    _check(connectivity, fraction, mode)
    if mode == "random" and connectivity == 1.0 and fraction == 0.0:
        return HebbWeights(p)
    built = 1.0 - fraction if mode == "prune" and connectivity == 1.0 else connectivity  # before any pruning
    check_sparse_budget(n, built, budget)
    PT = np.ascontiguousarray(p.T)
    s = _seed(seed)
    if mode == "prune" and connectivity == 1.0:
        b, p_at = _prune_threshold(sk.hebb_magnitude_counts(PT, k), fraction)
        indptr, indices, J = sk.pruned(PT, b, p_at, _seed(seed, _TIES))
        return SparseWeights(p, indptr, indices, J, n, mode)
    indptr, indices, J = sk.diluted(PT, connectivity, s, mode == "clip")
    if mode == "clip":
        return SparseWeights(p, indptr, indices, J, connectivity * math.sqrt(k * n), mode)
    w = SparseWeights(p, indptr, indices, J, connectivity * n, mode)
    if mode == "prune" and fraction > 0:
        w = remove_synapses(w, fraction, "weakest", seed)
    return w


def _sparse(w: Weights, seed) -> SparseWeights:
    """Every synapse of a fully connected Hebb network, as SparseWeights (unit N)."""
    if isinstance(w, SparseWeights):
        return w
    if not isinstance(w, HebbWeights) or w.self_coupling:
        raise ValueError(msg("synapses can be removed from the Hebb rule's network only"))
    check_sparse_budget(w.n, 1.0)
    indptr, indices, J = sk.diluted(w.PT, 1.0, _seed(seed), False)
    return SparseWeights(w.patterns, indptr, indices, J, w.n, "random")


def remove_synapses(w: Weights, fraction: float, how: str = "random", seed=None) -> SparseWeights:
    """``w`` with a ``fraction`` of its synapses removed, at random or the weakest |w_ij| first; the
    synapses that stay keep their strength."""
    if not 0.0 <= fraction < 1.0:
        raise ValueError(msg("the fraction of synapses removed must lie in [0, 1), not {f}", f=fraction))
    if how not in ("random", "weakest"):
        raise ValueError(msg("synapses are removed 'random' or 'weakest', not {value!r}", value=how))
    if isinstance(w, HebbWeights) and not w.self_coupling:
        check_sparse_budget(w.n, 1.0 - fraction)
        s, PT = _seed(seed), w.PT
        if how == "random":
            indptr, indices, J = sk.diluted(PT, 1.0 - fraction, s, False)
        else:
            b, p_at = _prune_threshold(sk.hebb_magnitude_counts(PT, w.k), fraction)
            indptr, indices, J = sk.pruned(PT, b, p_at, _seed(seed, _TIES))
        return SparseWeights(w.patterns, indptr, indices, J, w.n, "random" if how == "random" else "prune")
    sw = _sparse(w, seed)
    if how == "random":
        indptr, indices, J = sk.kept(sw.indptr, sw.indices, sw.J, _seed(seed, _REMOVE), 1.0 - fraction, -1, 0.0)
    else:
        top = int(np.abs(sw.J.astype(np.int32)).max()) if sw.J.size else 0
        b, p_at = _prune_threshold(sk.magnitude_counts(sw.indptr, sw.indices, sw.J, top), fraction)
        indptr, indices, J = sk.kept(sw.indptr, sw.indices, sw.J, _seed(seed, _TIES), 1.0, b, p_at)
    return SparseWeights(sw.patterns, indptr, indices, J, sw.unit, sw.mode if how == "random" else "prune")


def regrow_synapses(w: SparseWeights, fraction: float, seed=None) -> SparseWeights:
    """``w`` with new synapses among the absent pairs, as many on average as ``fraction`` of the
    synapses it has, each with its Hebbian value (its sign for clipped synapses)."""
    if not isinstance(w, SparseWeights):
        return w  # fully connected: nothing is absent
    n = w.n
    absent = n * (n - 1) / 2 - w.synapses
    if absent <= 0 or fraction <= 0:
        return w
    p_new = min(1.0, fraction * w.synapses / absent)
    check_sparse_budget(n, w.connectivity + p_new * (1 - w.connectivity))
    indptr, indices, J = sk.regrown(w.indptr, w.indices, w.J, w.PT, _seed(seed, _REGROW), p_new, w.mode == "clip")
    return SparseWeights(w.patterns, indptr, indices, J, w.unit, w.mode)


def is_structured(connectivity: float = 1.0, pruned: float = 0.0, clipped: bool = False) -> bool:
    return connectivity < 1.0 or pruned > 0.0 or bool(clipped)


def network_weights(patterns, rule: str = "hebb", self_coupling: bool = False, connectivity: float = 1.0,
                    pruned: float = 0.0, clipped: bool = False, seed: int = 0, should_stop=None) -> Weights:
    """The weights of the explorer's network: the learning rule's (``rules.build_weights``), or, for
    the Hebb rule, with its structure — the pairs connected with probability ``connectivity``, the
    weakest ``pruned`` of those removed, ``clipped`` to their sign. The same ``seed`` gives nested
    structures: a lower connectivity keeps a subset of the synapses of a higher one, so lowering it
    removes synapses and raising it regrows them (the window's Remove and Regrow)."""
    from .rules import build_weights
    if not is_structured(connectivity, pruned, clipped):
        return build_weights(patterns, rule, self_coupling, should_stop=should_stop)
    if rule != "hebb" or self_coupling:
        raise ValueError(msg("synapses can be removed, pruned or clipped with the Hebb rule and w_ii = 0 only"))
    if not 0.0 <= pruned < 1.0:
        raise ValueError(msg("the fraction of synapses removed must lie in [0, 1), not {f}", f=pruned))
    p = as_patterns(patterns)
    if clipped:
        w = structured_weights(p, connectivity, "clip", seed=seed)
    elif connectivity < 1.0:
        w = structured_weights(p, connectivity, "random", seed=seed)
    else:
        return structured_weights(p, 1.0, "prune", pruned, seed=seed)
    return remove_synapses(w, pruned, "weakest", seed) if pruned > 0 else w
