"""A sweep's draws (visiting order and uniforms) come from one compiled pass seeded by the network's
generator: they must be a uniformly random permutation and uniforms in (0, 1), reproducible."""

import numpy as np

from hopfield_gui.core import _kernels
from hopfield_gui.core.network import Network
from hopfield_gui.core.patterns import random_patterns
from hopfield_gui.core.rules import build_weights


def test_orders_are_uniform_permutations_and_uniforms_are_uniform():
    n, sweeps = 8, 40000
    counts = np.zeros((n, n))
    order, u = np.empty(n, np.int64), np.empty(n)
    us = []
    rng = np.random.default_rng(0)
    for _ in range(sweeps):
        _kernels.new_sweep(int(rng.integers(0, 2**63)), order, u)
        assert sorted(order) == list(range(n))
        counts[np.arange(n), order] += 1
        us.append(u.copy())
    expected = sweeps / n
    chi2 = ((counts - expected) ** 2 / expected).sum()
    assert chi2 < 49 + 4 * np.sqrt(2 * 49)  # (n−1)² degrees of freedom: a 4σ bound
    us = np.concatenate(us)
    assert (us > 0).all() and (us < 1).all()
    hist, _ = np.histogram(us, bins=10, range=(0, 1))
    assert np.abs(hist / us.size - 0.1).max() < 0.005


def test_a_seeded_run_is_reproducible_and_follows_the_glauber_rule():
    """The same seed gives the same run; at β = 4 with one pattern the time-averaged m matches the
    mean-field m = tanh(βm/2) ≈ 0.96 (the thresholds are drawn right)."""
    p = random_patterns(1, 3000, np.random.default_rng(1))
    runs = []
    for _ in range(2):
        net = Network(build_weights(p), p[0], beta=4.0, rng=5)
        runs.append(net.run(30).overlaps[:, 0])
    assert np.array_equal(runs[0], runs[1])
    from hopfield_gui.core.theory import mean_field_overlap
    assert abs(runs[0][10:].mean() - mean_field_overlap(4.0)) < 0.01
