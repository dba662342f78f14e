"""Theory curves to draw next to the measurements (Amit, Gutfreund & Sompolinsky 1985, 1987; the
README, "The model, exactly").

All in the lecture's convention P[S_i = +1] = 1/(1 + exp(−β h_i)), i.e. ⟨S_i⟩ = tanh(β h_i / 2):
the textbooks' β_std is β/2.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .messages import msg

__all__ = ["BETA_C", "ALPHA_C", "mean_field_overlap", "ags_overlap", "ags_alpha_c",
           "one_step_error", "spin_glass_beta", "mcEliece_bound", "AGSSolution", "ags_solve", "beta_m",
           "beta_c", "beta_g", "phase_lines"]

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


# --- AGS at finite temperature: the (α, T) phase diagram -----------------------------------------------
# Amit, Gutfreund & Sompolinsky (1987, Ann Phys 173:30), replica-symmetric, with the textbook's
# β_t = β/2 (T = 2/β: the lecture's P[S = +1] = 1/(1 + e^(−βh)) is ⟨S⟩ = tanh(βh/2)). With
# x = β_t(m + √(αr) z) and z a standard Gaussian:
#     m = ⟨tanh x⟩,  q = ⟨tanh² x⟩,  r = q / (1 − β_t(1 − q))²
# and the free energy per neuron (its constant α/2 dropped)
#     f = m²/2 + (α/2β_t)[ln(1 − C) − β_t q/(1 − C)] + (α β_t/2) r (1 − q) − (1/β_t)⟨ln 2cosh x⟩,
# C = β_t(1 − q). The averages are taken on a fine grid of z (the integrand is a step when T → 0).
_Z = np.linspace(-9.0, 9.0, 3001)
RETRIEVAL_M = 0.05  # below this the retrieval iteration has fallen to the spin-glass solution
_DZ = np.exp(-_Z ** 2 / 2) / math.sqrt(2 * math.pi) * (_Z[1] - _Z[0])


@dataclass(frozen=True)
class AGSSolution:
    m: float
    q: float
    r: float
    f: float  # free energy per neuron, without the constant α/2 (the same for every solution)


def _averages(m, q, alpha, bt):
    r = q / (1.0 - bt * (1.0 - q)) ** 2
    x = bt * (m + math.sqrt(max(alpha * r, 0.0)) * _Z)
    t = np.tanh(x)
    return float(_DZ @ t), float(_DZ @ (t * t)), r, x


def _free_energy(m, q, r, x, alpha, bt) -> float:
    c = bt * (1.0 - q)
    ln2cosh = np.abs(x) + np.log1p(np.exp(-2 * np.abs(x)))  # ln 2cosh x, without overflow
    return (m * m / 2 + (alpha / (2 * bt)) * (math.log(1 - c) - bt * q / (1 - c)) + alpha * bt / 2 * r * (1 - q)
            - float(_DZ @ ln2cosh) / bt)


def _spin_glass(alpha, bt) -> AGSSolution:
    """m = 0: one equation in r, r = q(r)/(1 − C(r))², solved by bisection on the branch C < 1 (the
    plain iteration is unstable there: its slope at the root is below −1)."""
    def qc(r):
        t = np.tanh(bt * math.sqrt(alpha * r) * _Z)
        q = float(_DZ @ (t * t))
        return q, bt * (1.0 - q)

    if alpha == 0 or bt <= 1.0 / (1.0 + math.sqrt(alpha)):  # above the spin-glass line: q = 0
        return AGSSolution(0.0, 0.0, 0.0, _free_energy(0.0, 0.0, 0.0, 0.0 * _Z, alpha, bt))
    lo, hi = 1e-12, 1.0
    while qc(hi)[1] >= 1.0:  # the smallest r with C < 1
        hi *= 2.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if qc(mid)[1] >= 1.0 else (lo, mid)
        if hi - lo < 1e-14 * hi:
            break
    r_min = hi

    def h(r):
        q, c = qc(r)
        return q / (1.0 - c) ** 2 - r

    lo, hi = r_min * (1 + 1e-9), max(2.0 * r_min, 2.0)
    while h(hi) > 0:
        hi *= 2.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        lo, hi = (mid, hi) if h(mid) > 0 else (lo, mid)
        if hi - lo < 1e-13 * hi:
            break
    r = 0.5 * (lo + hi)
    q, _ = qc(r)
    x = bt * math.sqrt(alpha * r) * _Z
    return AGSSolution(0.0, q, r, _free_energy(0.0, q, r, x, alpha, bt))


def ags_solve(alpha: float, beta: float, retrieval: bool = True, tol: float = 1e-10,
              max_iter: int = 8000) -> AGSSolution:
    """The AGS replica-symmetric solution at load α and the lecture's β: the retrieval solution
    (iterated from m = q = 1, where C = β_t(1 − q) stays small and the iteration is stable) or the
    spin-glass one (m = 0; q = 0 above the spin-glass line). Retrieval counts only if the iteration
    has converged to a fixed point with m > 0.05: just past the line where the solution disappears
    the iteration lingers near its ghost for thousands of steps, and that is no solution."""
    if not (alpha >= 0 and beta > 0):
        raise ValueError(msg("need α ≥ 0 and β > 0"))
    bt = beta / 2.0
    if not retrieval:
        return _spin_glass(alpha, bt)
    m, q = 1.0, 1.0
    converged = False
    for _ in range(max_iter):
        m_new, q_new, _, _ = _averages(m, min(q, 1.0 - 1e-15), alpha, bt)
        converged = abs(m_new - m) < tol and abs(q_new - q) < tol
        m, q = m_new, q_new
        if converged or m < RETRIEVAL_M or bt * (1.0 - q) >= 1.0:
            break
    if not converged or m < RETRIEVAL_M or bt * (1.0 - q) >= 1.0:  # no retrieval solution here
        return _spin_glass(alpha, bt)
    _, _, r, x = _averages(m, q, alpha, bt)
    return AGSSolution(m, q, r, _free_energy(m, q, r, x, alpha, bt))


def _bisect(pred, lo: float, hi: float, tol: float = 1e-4) -> float:
    """Where ``pred`` turns from True (at lo) to False (at hi), within ``tol``: the last point found
    on the True side (so that what is true of the line is true there)."""
    while hi - lo > tol:
        mid = 0.5 * (lo + hi)
        if pred(mid):
            lo = mid
        else:
            hi = mid
    return lo




def beta_m(alpha: float) -> float:
    """β_M(α): above it (colder) retrieval states exist; nan beyond α_c ≈ 0.138. β_M → 2 as α → 0."""
    if alpha <= 0:
        return BETA_C
    if alpha >= ags_alpha_c():
        return math.nan
    t = _bisect(lambda t: ags_solve(alpha, 2.0 / t).m > RETRIEVAL_M, 0.005, 1.0, 2e-3)
    return 2.0 / t


def beta_c(alpha: float) -> float:
    """β_c(α): above it the retrieval states are the global minima of the free energy (their f below
    the spin-glass solution's); nan where retrieval states never win (α ≳ 0.051 at T = 0)."""
    if alpha <= 0:
        return BETA_C

    def wins(t):
        r = ags_solve(alpha, 2.0 / t)
        return r.m > RETRIEVAL_M and r.f < ags_solve(alpha, 2.0 / t, retrieval=False).f

    if not wins(0.01):
        return math.nan
    return 2.0 / _bisect(wins, 0.01, 1.0, 2e-3)


def beta_g(alpha) -> np.ndarray | float:
    """The spin-glass line, T_g = 1 + √α: β_g = 2/(1 + √α) (the same as :func:`spin_glass_beta`)."""
    return spin_glass_beta(alpha)


def phase_lines(alphas) -> dict:
    """The three AGS lines at the loads ``alphas`` (lecture β; nan where a line does not exist) and m
    on the β_M line."""
    a = np.asarray(alphas, float).ravel()
    bm = np.array([beta_m(x) for x in a])
    m_at = np.array([ags_solve(x, b).m if np.isfinite(b) else math.nan for x, b in zip(a, bm, strict=True)])
    return {"alpha": a, "beta_g": np.asarray(beta_g(a), float), "beta_m": bm,
            "beta_c": np.array([beta_c(x) for x in a]), "m_at_beta_m": m_at}
