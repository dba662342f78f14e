"""Learning rules and the weights they produce.

* ``hebb``: the lecture's w_ij = (1/N) Σ_μ P_i^μ P_j^μ, kept in pattern form (no N × N matrix:
  N = 16384 with K = 800 takes 26 MB); fields are exact integers divided by N.
* ``storkey``: Storkey (1997), incremental and local, dense.
* ``pinv``: the projection (pseudo-inverse) rule W = X (XᵀX)⁺ Xᵀ, X = Pᵀ, dense. Linearly
  dependent or repeated patterns are handled by the Moore–Penrose pseudo-inverse (least squares).

``w_ii = 0`` by default. ``self_coupling=True`` keeps the diagonal the rule gives (Hebb: w_ii =
K/N = α); the README ("The model, exactly") explains why the classical results (α_c = 0.138,
Amit, Gutfreund & Sompolinsky 1985) need it removed.
"""

from __future__ import annotations

import numpy as np

from .messages import msg
from . import _kernels
from .limits import MAX_PATTERNS  # the most patterns a network may store (README, "Limits")
from .patterns import MAX_NEURONS, as_patterns

__all__ = [
    "RULES",
    "Weights",
    "HebbWeights",
    "DenseWeights",
    "build_weights",
    "MemoryBudgetError",
    "DENSE_BUDGET_BYTES",
]

RULES = ("hebb", "storkey", "pinv")
RULE_NAMES = {"hebb": "Hebb", "storkey": "Storkey", "pinv": "pseudo-inverse"}

#: The largest dense N × N float64 matrix a rule may allocate (N = 5792).
DENSE_BUDGET_BYTES = 256 * 2**20


class MemoryBudgetError(ValueError):
    """A request that would need more memory than the budget allows."""


class Interrupted(Exception):
    """A long computation stopped because its ``should_stop`` callback said so."""


def _mb(nbytes: float) -> str:
    return f"{nbytes / 2**20:,.0f} MB"


def check_dense_budget(n: int, rule: str, budget: int = DENSE_BUDGET_BYTES) -> None:
    """Raise MemoryBudgetError (before allocating anything) if N × N float64 is over budget."""
    need = 8 * n * n
    if need > budget:
        limit = int((budget / 8) ** 0.5)
        raise MemoryBudgetError(
            msg(
                "the {rule} rule needs a dense {n} × {n} weight matrix ({need}), over the {budget} budget: use at most "
                "{limit} neurons (e.g. {side} × {side}) or the Hebb rule",
                rule=RULE_NAMES.get(rule, rule),
                n=n,
                need=_mb(need),
                budget=_mb(budget),
                limit=limit,
                side=int(limit**0.5),
            )
        )


#: Relative tolerance of a tie in float fields (see DenseWeights.tie_tol).
TIE_RTOL = 1e-9


class Weights:
    """Base class: the weights of a network built from K patterns of N neurons."""

    kind = ""
    tie_tol = 0.0  # Hebb fields are exact integers: a tie is exactly 0

    def __init__(self, patterns: np.ndarray, rule: str, self_coupling: bool):
        self.patterns = patterns  # (K, N) int8, read-only by convention
        self.PT = np.ascontiguousarray(patterns.T)  # (N, K) int8
        self.rule = rule
        self.self_coupling = bool(self_coupling)

    @property
    def n(self) -> int:
        return self.patterns.shape[1]

    @property
    def k(self) -> int:
        return self.patterns.shape[0]

    def raw_overlaps(self, state) -> np.ndarray:
        """Σ_i P_i^μ S_i as exact int32 (m^μ times N)."""
        return _kernels.raw_overlaps(self.PT, np.asarray(state, np.int8), np.empty(self.k, np.int32))

    def fields(self, state) -> np.ndarray:  # pragma: no cover - abstract
        """Local fields h_i = Σ_j w_ij S_j (float64, true units, diagonal included if kept)."""
        raise NotImplementedError

    def matrix(self, budget: int = DENSE_BUDGET_BYTES) -> np.ndarray:  # pragma: no cover
        raise NotImplementedError

    def energy(self, state) -> float:  # pragma: no cover
        """E = −½ Σ_{i≠j} w_ij S_i S_j."""
        raise NotImplementedError

    def trace(self) -> float:  # pragma: no cover
        raise NotImplementedError


class HebbWeights(Weights):
    """w_ij = (1/N) Σ_μ P_i^μ P_j^μ held as the patterns themselves."""

    kind = "lowrank"

    def __init__(self, patterns: np.ndarray, self_coupling: bool = False):
        super().__init__(patterns, "hebb", self_coupling)
        #: subtracted from the raw field Σ_μ P_i^μ m_μ to remove w_ii (= K/N) when not kept
        self.diag = 0 if self.self_coupling else self.k

    def raw_fields(self, state, m=None) -> np.ndarray:
        s = np.asarray(state, np.int8)
        if m is None:
            m = self.raw_overlaps(s)
        return _kernels.lowrank_fields(self.PT, m, s, np.int32(self.diag), np.empty(self.n, np.int32))

    def fields(self, state) -> np.ndarray:
        return self.raw_fields(state) / self.n

    def trace(self) -> float:
        return self.k / self.n if self.self_coupling else 0.0

    def energy(self, state, m=None) -> float:
        if m is None:
            m = self.raw_overlaps(state)
        m = m.astype(np.float64)
        # Σ_{i≠j} w_ij S_i S_j = Σ_μ (m_μ² − N)/N  with m_μ = Σ_i P_i^μ S_i
        return -0.5 * float((m @ m) / self.n - self.k)

    def matrix(self, budget: int = DENSE_BUDGET_BYTES) -> np.ndarray:
        check_dense_budget(self.n, self.rule, budget)
        p = self.patterns.astype(np.float64)
        w = (p.T @ p) / self.n
        if not self.self_coupling:
            np.fill_diagonal(w, 0.0)
        return w


class DenseWeights(Weights):
    """Any symmetric N × N matrix (Storkey, pseudo-inverse, or given by hand)."""

    kind = "dense"

    def __init__(self, w: np.ndarray, patterns: np.ndarray, rule: str, self_coupling: bool):
        super().__init__(patterns, rule, self_coupling)
        w = np.ascontiguousarray(w, dtype=np.float64)
        if w.shape != (self.n, self.n):
            raise ValueError(msg("the weight matrix must be N × N"))
        self.W = w
        #: Fields within this distance of a threshold count as ties (they keep the state, as the
        #: rule says for h_i = 0). A field is a sum of N float products, so an exact tie comes out
        #: as a rounding residue of order N·ε·Σ_j|w_ij| (e.g. 3e-16 with the pseudo-inverse);
        #: TIE_RTOL·max_i Σ_j|w_ij| is far above that and far below any real field.
        self.tie_tol = TIE_RTOL * float(np.abs(w).sum(axis=1).max()) if self.n else 0.0

    def fields(self, state) -> np.ndarray:
        return self.W @ np.asarray(state, np.float64)

    def trace(self) -> float:
        return float(np.trace(self.W))

    def energy(self, state, h=None) -> float:
        s = np.asarray(state, np.float64)
        if h is None:
            h = self.W @ s
        return -0.5 * float(s @ h - np.trace(self.W))

    def matrix(self, budget: int = DENSE_BUDGET_BYTES) -> np.ndarray:
        return self.W


def storkey_matrix(patterns: np.ndarray, should_stop=None) -> np.ndarray:
    """Storkey (1997): from W⁰ = 0, for each new pattern ξ (i ≠ j throughout)

    w_ij += (1/N)[ξ_i ξ_j − ξ_i h_ji − h_ij ξ_j],  h_ij = Σ_{k≠i,j} w_ik ξ_k (old weights).

    With H = Wξ (zero diagonal) h_ij = H_i − w_ij ξ_j, so the update is
    (1/N)[ξξᵀ − ξHᵀ − Hξᵀ + 2W] off the diagonal.

    The update is applied one block of rows at a time: no N × N temporary is made (at N = 4900 each
    would be 190 MB), and ``should_stop`` is polled between blocks, so a closing window never waits
    for more than one block.
    """
    k, n = patterns.shape
    w = np.zeros((n, n))
    block = max(1, min(n, 2**21 // max(n, 1)))  # rows per block: about 16 MB of float64
    for xi in patterns.astype(np.float64):
        hfield = w @ xi  # the old weights' fields, before any row changes
        a = (xi - hfield) / n
        b = hfield / n
        for r0 in range(0, n, block):
            if should_stop is not None and should_stop():
                raise Interrupted(msg("the Storkey rule was interrupted"))
            r1 = min(n, r0 + block)
            rows = w[r0:r1]
            rows *= 1.0 + 2.0 / n
            rows += np.outer(xi[r0:r1], a)   # ξ_i (ξ_j − H_j) / N
            rows -= np.outer(b[r0:r1], xi)   # − H_i ξ_j / N
        np.fill_diagonal(w, 0.0)
    return w


def pinv_matrix(patterns: np.ndarray, self_coupling: bool = False) -> np.ndarray:
    """Projection rule W = Pᵀ (P Pᵀ)⁺ P: every pattern of the span is a fixed point."""
    p = patterns.astype(np.float64)
    c = p @ p.T
    w = p.T @ np.linalg.pinv(c, hermitian=True) @ p
    w = 0.5 * (w + w.T)
    if not self_coupling:
        np.fill_diagonal(w, 0.0)
    return w


def build_weights(patterns, rule: str = "hebb", self_coupling: bool = False,
                  budget: int = DENSE_BUDGET_BYTES, should_stop=None) -> Weights:
    """Weights for the (K, N) pattern set under ``rule`` (``hebb``, ``storkey`` or ``pinv``).

    Sizes are checked before anything large is allocated: N ≤ 16384, and the dense rules within
    ``budget`` bytes. Raises ``ValueError`` (``MemoryBudgetError``) with a readable message.
    ``should_stop()`` is polled during long builds (Storkey); when true, ``Interrupted`` is raised.
    """
    p = as_patterns(patterns)
    k, n = p.shape
    if rule not in RULES:
        raise ValueError(
            msg("unknown learning rule {rule!r}: choose one of {choices}", rule=rule, choices=", ".join(RULES))
        )
    if n > MAX_NEURONS:
        raise MemoryBudgetError(msg("N = {n} is over the supported maximum of {max} (128 × 128)", n=n, max=MAX_NEURONS))
    if k > MAX_PATTERNS:
        raise MemoryBudgetError(msg("K = {k} patterns is over the supported maximum of {max}", k=k, max=MAX_PATTERNS))
    if rule == "hebb":
        return HebbWeights(p, self_coupling)
    if rule == "storkey" and self_coupling:
        raise ValueError(
            msg("the Storkey rule is defined for i ≠ j only: self-coupling applies to Hebb and pseudo-inverse")
        )
    check_dense_budget(n, rule, budget)
    if rule == "storkey":
        w = storkey_matrix(p, should_stop)
    else:
        w = pinv_matrix(p, self_coupling)
    return DenseWeights(w, p, rule, self_coupling)
