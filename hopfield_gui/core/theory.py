"""Theory curves to draw next to the measurements (see ../shared/docs/science.md).

All in the lecture's convention P[S_i = +1] = 1/(1 + exp(−β h_i)), i.e. ⟨S_i⟩ = tanh(β h_i / 2):
the textbooks' β_std is β/2.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["BETA_C", "ALPHA_C", "mean_field_overlap", "ags_overlap", "ags_alpha_c",
           "one_step_error", "spin_glass_beta", "mcEliece_bound"]

#: Critical inverse temperature of a single stored pattern (m = tanh(βm/2)).
BETA_C = 2.0
#: AGS zero-temperature capacity (replica symmetric); the lecture's K_max = 0.138 N.
ALPHA_C = 0.138

_erf = np.vectorize(math.erf, otypes=[float])


def mean_field_overlap(beta) -> np.ndarray | float:
    """Largest solution m ≥ 0 of m = tanh(β m / 2) (K = 1 or K/N → 0, w_ii = 0, N → ∞).

    0 for β ≤ 2; 1 for β = ∞. Solved by Newton's method from m = 1.
    """
    b = np.asarray(beta, dtype=np.float64)
    out = np.zeros(b.shape)
    fin = np.isfinite(b) & (b > BETA_C)
    out[np.isinf(b)] = 1.0
    bb = b[fin]
    m = np.ones_like(bb)
    for _ in range(100):
        t = np.tanh(bb * m / 2)
        f = m - t
        df = 1 - (bb / 2) * (1 - t * t)
        m = m - f / df
    out[fin] = m
    return float(out) if out.ndim == 0 else out


def _ags_f(y, alpha):
    return _erf(y) - y * (math.sqrt(2 * alpha) + (2 / math.sqrt(math.pi)) * np.exp(-y * y))


def ags_overlap(alpha) -> np.ndarray | float:
    """AGS replica-symmetric T = 0 retrieval overlap m(α) = erf(y), with y the largest root of
    y (√(2α) + (2/√π) e^{−y²}) = erf(y); 0 where no retrieval solution exists (α > α_c)."""
    a = np.atleast_1d(np.asarray(alpha, dtype=np.float64))
    out = np.zeros(a.shape)
    for idx, al in np.ndenumerate(a):
        if al <= 0:
            out[idx] = 1.0
            continue
        ys = np.linspace(max(8.0, 3.0 / math.sqrt(al)), 1e-3, 4000)
        f = _ags_f(ys, al)
        # scanning down from large y (f < 0 there) to the first sign change: the largest root
        sign = np.flatnonzero(f > 0)
        if sign.size == 0:
            continue
        j = sign[0]
        lo, hi = ys[j], ys[j - 1]  # f(lo) > 0 > f(hi)
        for _ in range(60):
            mid = 0.5 * (lo + hi)
            if _ags_f(np.array(mid), al) > 0:
                lo = mid
            else:
                hi = mid
        out[idx] = math.erf(0.5 * (lo + hi))
    return float(out[0]) if np.ndim(alpha) == 0 else out


def ags_alpha_c(tol: float = 1e-5) -> float:
    """The load where the AGS retrieval solution disappears (≈ 0.1379), by bisection."""
    lo, hi = 0.05, 0.3
    while hi - lo > tol:
        mid = 0.5 * (lo + hi)
        if ags_overlap(mid) > 0:
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def one_step_error(alpha) -> np.ndarray | float:
    """Fraction of bits unstable at a stored pattern (w_ii = 0): Φ(−1/√α)."""
    a = np.asarray(alpha, dtype=np.float64)
    r = 0.5 * np.vectorize(math.erfc, otypes=[float])(1 / np.sqrt(2 * a))
    return float(r) if r.ndim == 0 else r


def spin_glass_beta(alpha) -> np.ndarray | float:
    """Spin-glass line in the lecture's β: β_g = 2 / (1 + √α)."""
    return 2.0 / (1.0 + np.sqrt(alpha))


def mcEliece_bound(n: int) -> tuple[float, float]:
    """(N / (4 ln N), N / (2 ln N)): all patterns exact / most patterns exact (Hebb)."""
    return n / (4 * math.log(n)), n / (2 * math.log(n))
