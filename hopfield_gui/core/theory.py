"""Theory curves to draw next to the measurements (Amit, Gutfreund & Sompolinsky 1985, 1987; the README, "The model, exactly").

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


def _erf(x):
    """erf for arrays (Abramowitz & Stegun 7.1.26, |error| < 1.5e-7), refined below where it matters."""
    x = np.asarray(x, dtype=np.float64)
    s = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return s * (1.0 - poly * np.exp(-a * a))


def _ags_f(y, alpha, erf=_erf):
    return erf(y) - y * (np.sqrt(2 * alpha) + (2 / math.sqrt(math.pi)) * np.exp(-y * y))


def ags_overlap(alpha) -> np.ndarray | float:
    """AGS replica-symmetric T = 0 retrieval overlap m(α) = erf(y), with y the largest root of
    y (√(2α) + (2/√π) e^{−y²}) = erf(y); 0 where no retrieval solution exists (α > α_c).

    Vectorised over α: a scan from large y down brackets the largest root, then bisection.
    """
    a = np.atleast_1d(np.asarray(alpha, dtype=np.float64)).ravel()
    out = np.zeros(a.shape)
    pos = a > 0
    out[~pos] = 1.0
    ap = a[pos]
    if ap.size:
        top = np.maximum(8.0, 3.0 / np.sqrt(ap))
        frac = np.linspace(1.0, 1e-4, 2000)
        ys = top[:, None] * frac[None, :]  # (loads, grid), decreasing in y
        f = _ags_f(ys, ap[:, None])
        has = (f > 0).any(axis=1)
        j = np.argmax(f > 0, axis=1)  # first sign change from above: the largest root
        jj = np.maximum(j, 1)
        lo = ys[np.arange(ap.size), jj]      # f(lo) > 0
        hi = ys[np.arange(ap.size), jj - 1]  # f(hi) < 0
        for _ in range(60):
            mid = 0.5 * (lo + hi)
            fm = _ags_f(mid, ap, _erf_exact)
            lo = np.where(fm > 0, mid, lo)
            hi = np.where(fm > 0, hi, mid)
        out[pos] = np.where(has, _erf_exact(0.5 * (lo + hi)), 0.0)
    out = out.reshape(np.shape(alpha)) if np.ndim(alpha) else out
    return float(out[0]) if np.ndim(alpha) == 0 else out


def _erf_exact(x):
    return np.vectorize(math.erf, otypes=[float])(x)


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
