"""Patterns: ±1 arrays of shape (K, N), generators, noise, masks and overlaps.

Conventions used everywhere in the core:

* a single state or pattern is a 1-D ``int8`` array of ±1 of length N;
* a pattern set is a 2-D ``int8`` array ``P`` of shape (K, N) (row μ is pattern P^μ);
* a grid of ``rows × cols`` neurons is flattened in C order (row by row), so N = rows · cols.
"""

from __future__ import annotations

import numpy as np

from .limits import MAX_NEURONS  # one home for the limits
from .messages import msg

__all__ = [
    "as_patterns",
    "as_state",
    "random_patterns",
    "checkerboard",
    "stripes",
    "flip_noise",
    "mask",
    "overlaps",
    "overlap_matrix",
    "MAX_NEURONS",
]

#: Largest network the app supports (128 × 128).


def _rng(rng) -> np.random.Generator:
    return rng if isinstance(rng, np.random.Generator) else np.random.default_rng(rng)


def as_state(values) -> np.ndarray:
    """Return ``values`` as a flat ±1 ``int8`` array (0/1 accepted, 0 → −1).

    Raises ``ValueError`` for anything else (NaN, 0.5, 2, …).
    """
    a = np.asarray(values)
    if a.dtype == bool:
        a = a.astype(np.int8)
    if not np.issubdtype(a.dtype, np.number):
        raise ValueError(msg("a pattern must hold numbers, not {dtype}", dtype=a.dtype))
    a = a.reshape(-1)
    if a.size == 0:
        raise ValueError(msg("a pattern must have at least one neuron"))
    if np.issubdtype(a.dtype, np.floating) and not np.all(np.isfinite(a)):
        raise ValueError(msg("a pattern may not contain NaN or infinity"))
    if np.all((a == 1) | (a == -1)):
        return a.astype(np.int8, copy=False) if a.dtype == np.int8 else a.astype(np.int8)
    if np.all((a == 0) | (a == 1)):
        return np.where(a > 0, 1, -1).astype(np.int8)
    bad = np.unique(a[(a != 1) & (a != -1) & (a != 0)])[:3]
    if bad.size == 0:
        raise ValueError(msg("pattern values must be ±1 or 0/1, not a mix of −1 and 0"))
    shown = ", ".join(repr(float(v)) if np.issubdtype(a.dtype, np.floating) else repr(int(v)) for v in bad)
    raise ValueError(msg("pattern values must be ±1 (or 0/1, with 0 meaning −1); found {shown}", shown=shown))


def as_patterns(values, n: int | None = None) -> np.ndarray:
    """Return a (K, N) ``int8`` ±1 array from a (K, N) or (K, rows, cols) array-like.

    0/1 arrays are accepted with 0 → −1 (a mix of −1 and 0 is refused).
    """
    a = np.asarray(values)
    if a.ndim == 1:
        a = a[None, :]
    if a.ndim == 3:
        a = a.reshape(a.shape[0], -1)
    if a.ndim != 2:
        raise ValueError(msg("patterns must have shape (K, N) or (K, rows, cols), not {shape}", shape=a.shape))
    if a.shape[0] == 0:
        return np.zeros((0, a.shape[1] if n is None else n), dtype=np.int8)
    if n is not None and a.shape[1] != n:
        raise ValueError(msg("patterns have {neurons} neurons, the network has {n}", neurons=a.shape[1], n=n))
    return as_state(a).reshape(a.shape)


def random_patterns(k: int, n: int, rng=None, bias: float = 0.0) -> np.ndarray:
    """K random patterns of N neurons with P[P_i = +1] = (1 + bias) / 2 (bias in [−1, 1])."""
    if k < 0 or n < 1:
        raise ValueError(msg("need K ≥ 0 and N ≥ 1"))
    if not -1.0 <= bias <= 1.0:
        raise ValueError(msg("bias must lie in [−1, 1]"))
    r = _rng(rng)
    if bias == 0.0:
        bits = np.unpackbits(np.frombuffer(r.bytes((k * n + 7) // 8), np.uint8), count=k * n)
        return (bits.view(np.int8) * np.int8(2) - np.int8(1)).reshape(k, n)
    return np.where(r.random((k, n)) < (1.0 + bias) / 2.0, 1, -1).astype(np.int8)


def checkerboard(rows: int, cols: int, cell: int = 1) -> np.ndarray:
    """A checkerboard of squares of ``cell`` neurons, flattened (length rows·cols)."""
    r, c = np.indices((rows, cols))
    return np.where(((r // cell) + (c // cell)) % 2 == 0, 1, -1).astype(np.int8).reshape(-1)


def stripes(rows: int, cols: int, width: int = 1, vertical: bool = False) -> np.ndarray:
    """Stripes ``width`` neurons wide, horizontal by default, flattened."""
    r, c = np.indices((rows, cols))
    x = c if vertical else r
    return np.where((x // width) % 2 == 0, 1, -1).astype(np.int8).reshape(-1)


def flip_noise(state, fraction: float, rng=None) -> np.ndarray:
    """Copy of ``state`` with exactly ``round(fraction · N)`` distinct neurons flipped."""
    s = as_state(state).copy()
    if not 0.0 <= fraction <= 1.0:
        raise ValueError(msg("the noise fraction must lie in [0, 1]"))
    count = int(round(fraction * s.size))
    if count:
        idx = _rng(rng).choice(s.size, size=count, replace=False)
        s[idx] = -s[idx]
    return s


def mask(state, fraction: float = 0.0, rng=None, *, region=None, fill: str = "random") -> np.ndarray:
    """Copy of ``state`` with some neurons made unknown.

    The unknown neurons are ``round(fraction · N)`` distinct random neurons, or, with
    ``region`` (a boolean array of length N, or ``(row0, row1, col0, col1, cols)`` for a
    rectangle), exactly that region. ``fill="random"`` sets them to random ±1;
    ``fill="blank"`` sets them to −1 like the erased letters of the lecture's text.
    """
    s = as_state(state).copy()
    r = _rng(rng)
    if region is None:
        if not 0.0 <= fraction <= 1.0:
            raise ValueError(msg("the masked fraction must lie in [0, 1]"))
        idx = r.choice(s.size, size=int(round(fraction * s.size)), replace=False)
    else:
        if isinstance(region, tuple):
            r0, r1, c0, c1, cols = region
            grid = np.zeros((s.size // cols, cols), dtype=bool)
            grid[r0:r1, c0:c1] = True
            region = grid.reshape(-1)
        region = np.asarray(region, dtype=bool).reshape(-1)
        if region.size != s.size:
            raise ValueError(msg("the mask region must have one entry per neuron"))
        idx = np.flatnonzero(region)
    if fill == "random":
        s[idx] = r.integers(0, 2, size=idx.size, dtype=np.int8) * 2 - 1
    elif fill == "blank":
        s[idx] = -1
    else:
        raise ValueError(msg("fill must be 'random' or 'blank'"))
    return s


def overlaps(patterns, state) -> np.ndarray:
    """m^μ = (1/N) Σ_i P_i^μ S_i for every pattern, as a float64 array of length K."""
    p = np.asarray(patterns)
    s = np.asarray(state)
    if p.ndim == 1:
        p = p[None, :]
    return (p.astype(np.float64) @ s.astype(np.float64)) / s.size


def overlap_matrix(patterns) -> np.ndarray:
    """The K × K pattern–pattern overlap matrix C_μν = (1/N) Σ_i P_i^μ P_i^ν."""
    p = np.asarray(patterns, dtype=np.float64)
    return (p @ p.T) / p.shape[1]
