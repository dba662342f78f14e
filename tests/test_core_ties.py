"""A tie keeps the state with every rule, even when float weights turn the exact 0 into ±1e-16,
and extreme β values give no floating-point warnings."""

import subprocess
import sys

import numpy as np

from hopfield_gui import core

# Found by cross-checking against an exact rational implementation: with the pseudo-inverse, the
# field of neuron 7 is exactly 0 at this state but comes out of floating point as 3.3e-16.
PATTERNS = np.array([[-1, 1, 1, 1, -1, 1, -1, 1], [-1, 1, 1, -1, 1, -1, 1, -1], [-1, -1, 1, -1, 1, -1, 1, 1]], np.int8)
STATE = np.array([-1, 1, 1, -1, -1, -1, -1, -1], np.int8)


def exact_fields(rule):
    """Fields from exact rational arithmetic (the projection matrix built with fractions)."""
    from fractions import Fraction
    p = [[Fraction(int(x)) for x in row] for row in PATTERNS]
    k, n = len(p), len(p[0])
    c = [[sum(p[a][i] * p[b][i] for i in range(n)) for b in range(k)] for a in range(k)]
    # c is invertible here (the three patterns are independent): Gauss-Jordan in fractions
    inv = [[Fraction(int(i == j)) for j in range(k)] for i in range(k)]
    m = [row[:] for row in c]
    for col in range(k):
        piv = next(r for r in range(col, k) if m[r][col] != 0)
        m[col], m[piv], inv[col], inv[piv] = m[piv], m[col], inv[piv], inv[col]
        f = m[col][col]
        m[col] = [x / f for x in m[col]]
        inv[col] = [x / f for x in inv[col]]
        for r in range(k):
            if r != col and m[r][col] != 0:
                g = m[r][col]
                m[r] = [a - g * b for a, b in zip(m[r], m[col], strict=True)]
                inv[r] = [a - g * b for a, b in zip(inv[r], inv[col], strict=True)]
    w = [[sum(p[a][i] * inv[a][b] * p[b][j] for a in range(k) for b in range(k)) if i != j else Fraction(0)
          for j in range(n)] for i in range(n)]
    return [sum(w[i][j] * int(STATE[j]) for j in range(n)) for i in range(n)]


def test_the_example_is_an_exact_tie_that_floats_miss():
    h_exact = exact_fields("pinv")
    assert h_exact[7] == 0
    w = core.build_weights(PATTERNS, rule="pinv")
    h = w.fields(STATE)
    assert h[7] != 0.0 and abs(h[7]) < 1e-12  # the rounding residue the tolerance is for
    assert abs(h[7]) < w.tie_tol


def test_a_tie_keeps_the_state_in_a_synchronous_update():
    w = core.build_weights(PATTERNS, rule="pinv")
    h_exact = exact_fields("pinv")
    net = core.Network(w, STATE, beta=np.inf, mode="sync", rng=0)
    net.sweep()
    expected = [1 if h > 0 else (-1 if h < 0 else int(STATE[i])) for i, h in enumerate(h_exact)]
    assert net.state.tolist() == expected  # neuron 7 (the tie) kept its state


def test_a_tie_keeps_the_state_in_an_asynchronous_visit():
    """Visit neuron 7 first: with the tolerance it stays; with none, the residue flips it."""
    from hopfield_gui.core import _kernels
    w = core.build_weights(PATTERNS, rule="pinv")
    order = np.array([7, 0, 1, 2, 3, 4, 5, 6], np.int64)
    thr = np.zeros(1)
    for tol, flips in ((w.tie_tol, 0), (0.0, 1)):
        s = STATE.copy()
        h = w.W @ s.astype(np.float64)
        m = w.raw_overlaps(s)
        assert _kernels.async_dense(w.W, w.PT, s, h, m, order, thr, tol, 0, 1) == flips


def test_tie_tolerance_is_zero_for_exact_hebb_fields_and_small_for_dense():
    rng = np.random.default_rng(0)
    p = core.random_patterns(5, 64, rng)
    assert core.build_weights(p, rule="hebb").tie_tol == 0.0
    dense = core.build_weights(p, rule="storkey")
    assert 0 < dense.tie_tol < 1e-8
    # a real field is never mistaken for a tie: every nonzero field is far above the tolerance
    h = dense.fields(p[0])
    assert np.abs(h[np.abs(h) > 1e-12]).min() > 1e3 * dense.tie_tol


def test_fixed_point_check_uses_the_tolerance():
    w = core.build_weights(PATTERNS, rule="pinv")
    for mu in range(3):
        assert core.Network(w, PATTERNS[mu]).is_fixed_point()


def test_tiny_beta_gives_no_overflow_warning():
    """`hopfield simulate --beta 5e-324` printed an overflow RuntimeWarning; β → 0 is a fair coin."""
    out = subprocess.run([sys.executable, "-W", "error::RuntimeWarning", "-m", "hopfield_gui.cli", "simulate",
                          "--n", "100", "--k", "2", "--beta", "5e-324", "--sweeps", "3", "--seed", "1"],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "Warning" not in out.stderr
    net = core.Network(core.build_weights(core.random_patterns(1, 2000, np.random.default_rng(1))), beta=5e-324, rng=2)
    net.run(2)
    assert abs(net.overlaps[0]) < 0.1  # a coin flip per neuron: the pattern is forgotten
