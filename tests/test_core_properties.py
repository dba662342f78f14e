"""Invariants, property-based (hypothesis)."""

import math
import subprocess
import sys

import numpy as np
from hypothesis import given, settings, strategies as st
from hypothesis.extra import numpy as hnp

from hopfield_gui import core

pm1 = st.sampled_from([-1, 1])


@st.composite
def pattern_sets(draw, max_k=6, max_n=40):
    n = draw(st.integers(2, max_n))
    k = draw(st.integers(1, max_k))
    return draw(hnp.arrays(np.int8, (k, n), elements=pm1))


@settings(max_examples=40, deadline=None)
@given(pattern_sets(), st.sampled_from(["hebb", "storkey", "pinv"]), st.booleans())
def test_weights_symmetric_and_diagonal(p, rule, self_coupling):
    if rule == "storkey":
        self_coupling = False
    w = core.build_weights(p, rule, self_coupling).matrix()
    assert np.allclose(w, w.T)
    if not self_coupling:
        assert np.all(np.diag(w) == 0)
    if rule == "hebb":
        n = p.shape[1]
        ref = sum(np.outer(x, x) for x in p.astype(float)) / n  # the lecture's formula, i = j included
        if not self_coupling:
            np.fill_diagonal(ref, 0)
        assert np.allclose(w, ref)


def _storkey_by_the_definition(p):
    """Storkey (1997) written element by element: w_ij += (1/N)[ξ_i ξ_j − ξ_i h_ji − h_ij ξ_j],
    h_ij = Σ_{k≠i,j} w_ik ξ_k with the old weights."""
    k, n = p.shape
    w = np.zeros((n, n))
    for xi in p.astype(float):
        h = np.array([[sum(w[i, m] * xi[m] for m in range(n) if m not in (i, j)) for j in range(n)]
                      for i in range(n)])
        new = w.copy()
        for i in range(n):
            for j in range(n):
                if i != j:
                    new[i, j] += (xi[i] * xi[j] - xi[i] * h[j, i] - h[i, j] * xi[j]) / n
        w = new
    return w


@settings(max_examples=25, deadline=None)
@given(pattern_sets(max_k=5, max_n=12))
def test_storkey_matches_its_definition(p):
    from hopfield_gui.core.rules import storkey_matrix
    assert np.allclose(storkey_matrix(p), _storkey_by_the_definition(p))


@settings(max_examples=40, deadline=None)
@given(pattern_sets(), st.integers(0, 2**32 - 1), st.sampled_from([0.5, 3.0, math.inf]),
       st.sampled_from(["async", "sync"]))
def test_overlaps_bounded_and_consistent(p, seed, beta, mode):
    rng = np.random.default_rng(seed)
    net = core.Network(core.build_weights(p), p[0], beta=beta, mode=mode, rng=rng)
    traj = net.run(3)
    assert np.all(np.abs(traj.overlaps) <= 1.0)
    assert np.allclose(net.overlaps, core.overlaps(p, net.state))
    assert set(np.unique(net.state)) <= {-1, 1}


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 500), st.floats(0, 1), st.integers(0, 2**32 - 1))
def test_noise_flips_exactly_round_fN_distinct_neurons(n, f, seed):
    s = core.random_patterns(1, n, seed)[0]
    noisy = core.flip_noise(s, f, seed)
    assert np.count_nonzero(noisy != s) == int(round(f * n))


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 300), st.floats(0, 1), st.integers(0, 2**32 - 1))
def test_blank_mask_sets_exactly_the_masked_neurons(n, f, seed):
    s = np.ones(n, np.int8)
    masked = core.mask(s, f, seed, fill="blank")
    assert np.count_nonzero(masked == -1) == int(round(f * n))


@settings(max_examples=30, deadline=None)
@given(pattern_sets(max_n=30), st.integers(0, 2**32 - 1))
def test_fields_match_dense_matrix(p, seed):
    s = core.random_patterns(1, p.shape[1], seed)[0]
    w = core.build_weights(p)
    assert np.allclose(w.fields(s), w.matrix() @ s)


@settings(max_examples=30, deadline=None)
@given(pattern_sets(max_n=30))
def test_overlap_matrix_properties(p):
    c = core.overlap_matrix(p)
    assert np.allclose(np.diag(c), 1) and np.allclose(c, c.T) and np.all(np.abs(c) <= 1 + 1e-12)


def test_values_are_validated():
    import pytest
    for bad in ([0.5, 1], [2, 1], [np.nan, 1], [-1, 0, 1]):
        with pytest.raises(ValueError):
            core.as_state(bad)
    assert core.as_state([0, 1, 1]).tolist() == [-1, 1, 1]


def test_core_imports_no_qt():
    code = (
        "import sys, hopfield_gui.core, hopfield_gui.core.experiments, hopfield_gui.core.theory; "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6', 'pyqtgraph', 'shiboken6')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_huge_hebb_network_fits_in_little_memory():
    # N = 128 x 128 with K = 800 patterns: pattern form, no N x N matrix
    rng = np.random.default_rng(0)
    p = core.random_patterns(800, core.MAX_NEURONS, rng)
    w = core.build_weights(p)
    held = sum(a.nbytes for a in (w.patterns, w.PT))
    assert held < 50 * 2**20
    net = core.Network(w, core.flip_noise(p[3], 0.1, rng), rng=rng)
    net.sweep()
    assert net.overlaps[3] > 0.99


def test_dense_rules_refuse_sizes_over_budget_before_allocating():
    import pytest
    p = np.ones((2, core.MAX_NEURONS), np.int8)
    with pytest.raises(core.MemoryBudgetError, match="budget"):
        core.build_weights(p, "storkey")
    with pytest.raises(core.MemoryBudgetError, match="at most"):
        core.build_weights(p, "pinv")
    with pytest.raises(core.MemoryBudgetError):
        core.HebbWeights(p).matrix()
    with pytest.raises(ValueError, match="16384"):
        core.build_weights(np.ones((1, core.MAX_NEURONS + 1), np.int8))
