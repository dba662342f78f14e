"""The physics the lecture promises (README, "The model, exactly"), checked against theory."""

import math

import numpy as np
import pytest

from hopfield_gui import core
from hopfield_gui.core import experiments, theory


def recall(n, k, noise, rule="hebb", seed=0, beta=math.inf, trials=6):
    out = []
    for ss in np.random.SeedSequence(seed).spawn(trials):
        rng = np.random.default_rng(ss)
        out.append(experiments.recall_run(n, k, noise, beta, 60, rule, False, rng))
    return np.array(out)


@pytest.mark.parametrize("beta", [2.5, 3.0, 4.0, 6.0])
def test_single_pattern_overlap_follows_mean_field(beta):
    # K = 1, large N: the time-averaged overlap solves m = tanh(beta m / 2) (factor 2 included).
    res = experiments.temperature_experiment(4000, [beta], k=1, sweeps=150, burn_in=30, seed=11)
    expected = theory.mean_field_overlap(beta)
    assert res.m_mean[0] == pytest.approx(expected, abs=0.015)
    # and it is not the textbook convention m = tanh(beta m), i.e. our curve at 2 beta
    textbook = theory.mean_field_overlap(2 * beta)
    if textbook - expected > 0.02:
        assert abs(res.m_mean[0] - expected) < abs(res.m_mean[0] - textbook)


def test_melting_below_beta_c():
    res = experiments.temperature_experiment(4000, [1.0, 1.6], k=1, sweeps=100, burn_in=50, seed=3)
    assert np.all(np.abs(res.m_mean) < 0.1)


def test_stored_patterns_are_fixed_points_at_low_load():
    rng = np.random.default_rng(5)
    n, k = 1000, 10  # alpha = 0.01, far below N/(4 ln N) = 36
    p = core.random_patterns(k, n, rng)
    w = core.build_weights(p)
    for mu in range(k):
        net = core.Network(w, p[mu], rng=rng)
        assert net.is_fixed_point()
        net.sweep()
        assert np.array_equal(net.state, p[mu])


def test_recall_below_capacity_and_collapse_well_above():
    low = recall(1000, 50, 0.1, seed=1)  # alpha = 0.05
    high = recall(1000, 250, 0.1, seed=2)  # alpha = 0.25
    assert np.all(low > 0.98)
    assert high.mean() < 0.6
    assert np.all(high < 0.9)


def test_energy_never_increases_deterministic_async():
    rng = np.random.default_rng(7)
    for rule in ("hebb", "storkey", "pinv"):
        p = core.random_patterns(30, 200, rng)
        net = core.Network(core.build_weights(p, rule), core.random_patterns(1, 200, rng)[0], rng=rng)
        energies = [net.energy]
        for _ in range(200):  # check after every few single-neuron updates, not only per sweep
            net.updates(7)
            energies.append(net.energy)
        assert np.all(np.diff(energies) <= 1e-9), rule
        assert energies[-1] < energies[0]


def test_energy_formula_matches_definition():
    rng = np.random.default_rng(8)
    p = core.random_patterns(7, 60, rng)
    s = core.random_patterns(1, 60, rng)[0]
    for rule in ("hebb", "storkey", "pinv"):
        w = core.build_weights(p, rule)
        wm = w.matrix().copy()
        off = wm - np.diag(np.diag(wm))
        e_def = -0.5 * s @ off @ s
        net = core.Network(w, s, rng=rng)
        assert net.energy == pytest.approx(e_def, abs=1e-9)
    # including the diagonal: E = -(N/2) sum_mu m_mu^2 (Hebb)
    w = core.build_weights(p, self_coupling=True)
    full = -0.5 * s @ w.matrix() @ s
    m = core.overlaps(p, s)
    assert full == pytest.approx(-(60 / 2) * np.sum(m**2))


@pytest.mark.parametrize("alpha", [0.1, 0.2])
def test_one_step_error_fraction(alpha):
    # at a stored pattern, the fraction of bits with P_i h_i < 0 is Phi(-1/sqrt(alpha))
    n = 2000
    k = int(alpha * n)
    rng = np.random.default_rng(9)
    unstable = []
    for _ in range(4):
        p = core.random_patterns(k, n, rng)
        w = core.build_weights(p)
        for mu in range(0, k, max(1, k // 25)):
            unstable.append(np.mean(p[mu] * w.fields(p[mu]) < 0))
    expected = theory.one_step_error(alpha)
    assert np.mean(unstable) == pytest.approx(expected, rel=0.25)


def test_self_coupling_freezes_states():
    # with w_ii = alpha kept, a heavily overloaded network barely corrects a noisy cue
    rng = np.random.default_rng(4)
    p = core.random_patterns(400, 400, rng)  # alpha = 1
    cue = core.flip_noise(p[0], 0.1, rng)
    frozen = core.Network(core.build_weights(p, self_coupling=True), cue, rng=rng)
    frozen.run(30, until_stable=True)
    free = core.Network(core.build_weights(p), cue, rng=rng)
    free.run(30, until_stable=True)
    assert frozen.overlaps[0] > 0.75
    assert free.overlaps[0] < frozen.overlaps[0] - 0.2


@pytest.mark.parametrize("rule", ["storkey", "pinv"])
def test_storkey_and_pinv_beat_hebb_at_high_load(rule):
    n, k = 300, 75  # alpha = 0.25
    hebb = recall(n, k, 0.05, "hebb", seed=21)
    other = recall(n, k, 0.05, rule, seed=21)
    assert other.mean() > 0.95
    assert hebb.mean() < 0.7
    assert other.mean() > hebb.mean() + 0.25


def test_pinv_stores_every_pattern_exactly_and_handles_dependent_sets():
    rng = np.random.default_rng(2)
    p = core.random_patterns(40, 100, rng)
    p = np.vstack([p, p[:3], -p[4:5]])  # repeated and reversed patterns: a singular X^T X
    w = core.build_weights(p, "pinv")
    for mu in range(p.shape[0]):
        assert core.Network(w, p[mu]).is_fixed_point()


def test_synchronous_two_cycle():
    # Bruck (1990): N = 2, pattern (+,+), start (+,-): synchronous updates oscillate
    w = core.build_weights(np.array([[1, 1]]))
    net = core.Network(w, [1, -1], mode="sync", rng=0)
    traj = net.run(10, until_stable=True)
    assert traj.cycle and not traj.converged
    assert traj.sweeps_run == 2
    assert np.array_equal(net.state, [1, -1])
    # asynchronous updates from the same start reach a fixed point
    a = core.Network(w, [1, -1], mode="async", rng=0)
    t2 = a.run(10, until_stable=True)
    assert t2.converged and not t2.cycle
    assert abs(a.overlaps[0]) == 1.0


def test_reversed_pattern_is_an_attractor():
    rng = np.random.default_rng(3)
    p = core.random_patterns(5, 400, rng)
    net = core.Network(core.build_weights(p), core.flip_noise(-p[2], 0.15, rng), rng=rng)
    net.run(30, until_stable=True)
    assert net.overlaps[2] == -1.0


def test_three_mixture_overlaps_and_energy():
    rng = np.random.default_rng(6)
    n = 3001
    p = core.random_patterns(3, n, rng)
    mix = np.sign(p.sum(0)).astype(np.int8)
    m = core.overlaps(p, mix)
    assert np.allclose(m, 0.5, atol=0.04)
    w = core.build_weights(p)
    assert w.energy(mix) / n == pytest.approx(-3 / 8, abs=0.03)
    assert w.energy(p[0]) / n == pytest.approx(-1 / 2, abs=0.01)
    # at beta = infinity the mixture is a fixed point of the dynamics
    assert core.Network(w, mix).is_fixed_point()


def test_seed_reproduces_runs_exactly():
    def run(seed):
        rng = np.random.default_rng(seed)
        p = core.random_patterns(20, 500, rng)
        net = core.Network(core.build_weights(p), core.flip_noise(p[1], 0.3, rng), beta=3.0, rng=rng)
        return net.run(15)
    a, b, c = run(42), run(42), run(43)
    assert np.array_equal(a.overlaps, b.overlaps) and np.array_equal(a.final_state, b.final_state)
    assert not np.array_equal(a.overlaps, c.overlaps)


def test_partial_sweeps_equal_whole_sweeps():
    # the same seed gives the same trajectory whether the window steps 1, 37 or N updates at a time
    def run(chunk):
        rng = np.random.default_rng(1)
        p = core.random_patterns(8, 300, rng)
        net = core.Network(core.build_weights(p), core.flip_noise(p[0], 0.3, rng), beta=5.0, rng=rng)
        while net.sweeps_done < 5:
            net.updates(min(chunk, 300 * 5 - int(net.time * 300)))
        return net.state
    assert np.array_equal(run(300), run(37))
    assert np.array_equal(run(300), run(1))


def test_beta_change_mid_run_takes_effect():
    rng = np.random.default_rng(0)
    p = core.random_patterns(1, 2000, rng)
    net = core.Network(core.build_weights(p), p[0], beta=math.inf, rng=rng)
    net.run(3)
    assert net.overlaps[0] == 1.0
    net.beta = 1.0  # hot: melts
    net.run(30)
    assert abs(net.overlaps[0]) < 0.15


def test_dense_and_lowrank_hebb_agree():
    # the same Hebb weights as a dense matrix give the same trajectory
    rng = np.random.default_rng(12)
    p = core.random_patterns(15, 256, rng)
    lr = core.build_weights(p)
    dense = core.DenseWeights(lr.matrix(), p, "hebb", False)
    cue = core.flip_noise(p[0], 0.25, rng)
    a = core.Network(lr, cue, rng=5).run(10)
    b = core.Network(dense, cue, rng=5).run(10)
    assert np.array_equal(a.final_state, b.final_state)
    assert np.allclose(a.energy, b.energy)


def test_capacity_experiment_shows_collapse_near_alpha_c():
    res = experiments.capacity_experiment(500, [0.05, 0.10, 0.25], trials=6, noise=0.1, seed=3)
    assert res.m_mean[0] > 0.99 and res.m_mean[1] > 0.95
    assert res.m_mean[2] < 0.6
    assert res.retrieved_fraction[2] <= 0.2


def test_capacity_experiment_is_reproducible_and_cancellable():
    a = experiments.capacity_experiment(200, [0.05, 0.2], trials=3, seed=9)
    b = experiments.capacity_experiment(200, [0.05, 0.2], trials=3, seed=9)
    assert np.array_equal(a.m_final, b.m_final)
    calls = []
    c = experiments.capacity_experiment(200, [0.05, 0.2], trials=3, seed=9,
                                        progress=lambda d, t, r: calls.append(d) or d < 2)
    assert c.cancelled and calls == [1, 2]
    assert np.isfinite(c.m_final).sum() == 2
    assert c.m_final[0, 0] == a.m_final[0, 0]


def test_theory_reference_values():
    assert theory.mean_field_overlap([1.9, 2.5, 3, 4, 6, 10]) == pytest.approx(
        [0, 0.7104, 0.8586, 0.9575, 0.9949, 0.99991], abs=1e-4)
    assert theory.ags_alpha_c() == pytest.approx(0.1379, abs=2e-4)
    assert theory.ags_overlap(0.10) == pytest.approx(0.998, abs=1e-3)
    assert theory.ags_overlap(0.1378) == pytest.approx(0.967, abs=0.01)
    assert theory.ags_overlap(0.14) == 0.0
    assert theory.one_step_error([0.1, 0.138, 0.2]) == pytest.approx([7.8e-4, 3.6e-3, 1.3e-2], rel=0.03)


def test_experiment_results_do_not_depend_on_thread_count():
    kw = dict(n=300, alphas=[0.05, 0.15, 0.25], trials=4, noise=0.1, seed=17)
    one = experiments.capacity_experiment(**kw, workers=1)
    two = experiments.capacity_experiment(**kw, workers=3)
    assert np.array_equal(one.m_final, two.m_final)


def test_classify_state_pattern_reversed_mixture_none():
    from hopfield_gui.core.analysis import classify_state
    rng = np.random.default_rng(1)
    p = core.random_patterns(3, 2001, rng)
    assert classify_state(p, p[1]).kind == "pattern" and classify_state(p, p[1]).members == (1,)
    rev = classify_state(p, -p[2])
    assert rev.kind == "reversed" and rev.members == (2,)
    mix = classify_state(p, np.sign(p.sum(0)))
    assert mix.kind == "mixture" and sorted(mix.members) == [0, 1, 2]
    assert np.allclose(mix.overlaps, 0.5, atol=0.1)  # ½ each, up to finite-N fluctuations
    assert "mixture" in mix.describe(["A", "B", "C"])
    assert classify_state(p, core.random_patterns(1, 2001, rng)[0]).kind == "none"


def test_stabilities_match_one_step_errors():
    from hopfield_gui.core.analysis import stabilities
    rng = np.random.default_rng(2)
    p = core.random_patterns(200, 1000, rng)  # alpha = 0.2
    st = stabilities(core.build_weights(p))
    assert st.shape == (200, 1000)
    assert np.mean(st < 0) == pytest.approx(theory.one_step_error(0.2), rel=0.2)


def test_a_state_near_correlated_patterns_is_not_called_a_mixture():
    """Letters share their background: a half-erased cue overlaps all of them by 0.2–0.5 without
    being the mixture sign(±P¹ ± P² ± P³). Only a real mixture state is called one (5-mixtures
    too), with the signs of its overlaps."""
    from hopfield_gui.core.analysis import classify_state
    rng = np.random.default_rng(3)
    p = core.random_patterns(6, 4001, rng)
    background = -np.ones(4001, np.int8)
    letters = np.where(rng.random((3, 4001)) < 0.3, p[:3], background)  # mostly shared "white"
    cue = letters[1].copy()
    assert classify_state(letters, cue).kind == "pattern"
    erased = cue.copy()
    erased[rng.random(4001) < 0.5] = -1
    m = core.overlaps(letters, erased)
    assert (np.abs(m) >= 0.2).sum() >= 2  # what the old rule called a mixture
    assert classify_state(letters, erased).kind != "mixture"
    five = np.sign(p[0] - p[1] + p[2] + p[3] - p[4]).astype(np.int8)
    lab = classify_state(p, five)
    assert lab.kind == "mixture" and sorted(lab.members) == [0, 1, 2, 3, 4]
    assert dict(zip(lab.members, lab.signs, strict=True)) == {0: 1, 1: -1, 2: 1, 3: 1, 4: -1}
