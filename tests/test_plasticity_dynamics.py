"""The plasticity rules' time courses: the event-driven kernels against a brute-force time-step
integration, the calcium simulation against the authors' analytic readout, and the spike rules'
frequency protocol against the Poisson drift in closed form."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hopfield_gui.core import plasticity as pl

spike_times = st.lists(st.integers(0, 3000).map(lambda k: k * 0.1), min_size=1, max_size=25, unique=True)


@settings(max_examples=60, deadline=None)
@given(pre=spike_times, post=spike_times, name=st.sampled_from(["visual-full", "hippocampal-full",
                                                                 "hippocampal-nearest"]))
def test_the_triplet_rule_without_triplets_is_the_pair_rule_for_any_trains(pre, post, name):
    tri = pl.stdp_set(name, a3_plus=0.0, a3_minus=0.0)
    pair = pl.STDP(tri.a2_plus, 0.0, tri.a2_minus, 0.0, tau_plus=tri.tau_plus, tau_minus=tri.tau_minus,
                   tau_x=3.0, tau_y=5.0, nearest=tri.nearest)
    assert pl.weight_change(tri, pre, post) == pytest.approx(pl.weight_change(pair, pre, post), rel=1e-12, abs=1e-18)


def brute_force(rule: pl.STDP, pre, post, h: float, end: float) -> float:
    """The four traces integrated with a time step h (Euler), spikes on the grid: the textbook
    simulation the event-driven kernel replaces."""
    steps = int(round(end / h)) + 1
    pre_at = {int(round(t / h)) for t in pre}
    post_at = {int(round(t / h)) for t in post}
    r1 = r2 = o1 = o2 = w = 0.0
    for k in range(steps):
        if k in pre_at:  # pre first at equal times, as the kernel does
            w -= o1 * (rule.a2_minus + rule.a3_minus * r2)
            r1, r2 = (1.0, 1.0) if rule.nearest else (r1 + 1, r2 + 1)
        if k in post_at:
            w += r1 * (rule.a2_plus + rule.a3_plus * o2)
            o1, o2 = (1.0, 1.0) if rule.nearest else (o1 + 1, o2 + 1)
        r1 -= h * r1 / rule.tau_plus
        r2 -= h * r2 / rule.tau_x
        o1 -= h * o1 / rule.tau_minus
        o2 -= h * o2 / rule.tau_y
    return w


@pytest.mark.parametrize("name", ["visual-minimal", "hippocampal-full", "hippocampal-nearest", "song-abbott"])
def test_event_driven_agrees_with_a_small_time_step(name):
    rule = pl.stdp_set(name)
    rng = np.random.default_rng(5)
    pre = np.round(np.sort(rng.uniform(0, 250, 12)), 1)
    post = np.round(np.sort(rng.uniform(0, 250, 12)), 1)
    exact = pl.weight_change(rule, pre, post)
    stepped = brute_force(rule, pre, post, h=0.005, end=260.0)
    assert abs(stepped - exact) <= 1e-3 * max(abs(exact), 1e-3), (stepped, exact)


def test_recorded_traces_decay_exactly_and_end_at_the_weight_change():
    rule = pl.stdp_set("visual-full")
    pre, post = [0.0, 20.0, 50.0], [10.0, 30.0]
    t = np.array([-5.0, 0.0, 5.0, 10.0, 29.9, 30.0, 49.0, 80.0])
    tr = pl.stdp_traces(rule, pre, post, t)
    assert tr["r1"][0] == tr["o1"][0] == tr["dw"][0] == 0.0  # before the first spike
    assert tr["r1"][1] == 1.0 and tr["r1"][2] == pytest.approx(math.exp(-5 / rule.tau_plus), rel=1e-12)
    for k, when in enumerate(t):  # the running dw is the change of the spikes up to then
        before = pl.weight_change(rule, [s for s in pre if s <= when], [s for s in post if s <= when]) \
            if when >= 0 else 0.0
        assert tr["dw"][k] == pytest.approx(before, abs=1e-15)
    assert tr["dw"][-1] == pytest.approx(pl.weight_change(rule, pre, post), rel=1e-12)


def test_the_frequency_protocol_drifts_as_the_poisson_formula_says():
    """Regular pre pulses at f with a Poisson post neuron at f: for a set without A₃⁻ the mean change
    is the Poisson drift × the protocol's length; LTD below the BCM threshold (19.2 Hz), LTP above.
    A pair rule has one sign at every frequency: no Dudek & Bear curve."""
    rule = pl.stdp_set("visual-minimal")
    freqs = [5.0, 40.0]
    mean, sem = pl.spike_frequency(rule, freqs, pulses=900, trials=40, seed=11)
    for f, m, s in zip(freqs, mean, sem, strict=True):
        expected = pl.poisson_drift(rule, f, f) * 900 / f
        assert abs(m - expected) < 4 * s + 1e-9, (f, m, expected, s)
    assert mean[0] < 0 < mean[1]
    pair, _ = pl.spike_frequency(pl.stdp_set("bi-poo"), [1.0, 5.0, 40.0], trials=5, seed=1)
    assert (pair > 0).all()
    again, _ = pl.spike_frequency(rule, freqs, pulses=900, trials=40, seed=11)
    assert np.array_equal(again, mean)  # seeded


def test_the_calcium_simulation_matches_the_analytic_readout():
    """Many noisy synapses simulated event by event, without the cubic term the readout neglects:
    the fraction that switched and the mean change agree with the closed form within sampling
    error; with it (the full model) the change keeps its sign and size."""
    p = pl.calcium_set("dp")
    for dt in (-30.0, 10.0):
        pre, post = pl.pairs(60, 1.0, dt)
        dw, up, down = pl.calcium_simulated_change(p, pre, post, 60_000.0, synapses=1200, seed=4, bistable=False)
        expected = pl.calcium_change(p, 1.0, dt)
        assert dw == pytest.approx(expected, abs=0.05), (dt, dw, expected)
        full, _, _ = pl.calcium_simulated_change(p, pre, post, 60_000.0, synapses=600, seed=5)
        assert np.sign(full) == np.sign(expected) and abs(full - expected) < 0.08


def test_calcium_traces_jump_decay_and_leave_a_lone_synapse_alone():
    p = pl.calcium_set("dp")
    t = np.array([0.0, 13.6, 13.8, 13.7 + p.tau_ca, 500.0])
    final, c, rho = pl.calcium_run(p, [0.0], [], 600.0, samples=t, rho0=1.0, seed=1)
    assert c[0] == 0.0 and c[1] == 0.0  # the pre spike's calcium arrives D = 13.7 ms later
    assert c[2] == pytest.approx(p.c_pre * math.exp(-0.1 / p.tau_ca), rel=1e-9)
    assert c[3] == pytest.approx(p.c_pre * math.exp(-1.0), rel=1e-9)
    assert c[2] < p.theta_p and rho[-1] == 1.0 == final[0]  # below θ_d: an UP synapse stays UP
    with pytest.raises(ValueError, match="finite"):
        pl.calcium_run(p, [math.nan], [], 10.0)


def test_rules_by_the_names_people_type():
    r = pl.make_rule("pair", "song-abbott", {"A_plus": "0.01", "interaction": "nearest"})
    assert r.a2_plus == 0.01 and r.nearest and r.a3_plus == 0.0
    c = pl.make_rule("calcium", "cortical", {"D": 5, "C_pre": 0.6})
    assert c.d == 5 and c.c_pre == 0.6
    assert dict(pl.rule_parameters("triplet", pl.make_rule("triplet")))["A3_plus"] == 6.5e-3
    for kind, params, match in [("pair", {"A3_plus": 1}, "unknown parameter"), ("calcium", {"beta": 2}, "beta"),
                                ("bcm", {"y0": 0}, "y0"), ("triplet", {"interaction": "some"}, "interaction"),
                                ("triplet", {"tau_x": "fast"}, "not a number"), ("nope", {}, "unknown rule")]:
        with pytest.raises(ValueError, match=match):
            pl.make_rule(kind, None, params)


def test_the_readout_of_any_train_is_the_periodic_one_for_pairs_and_the_simulation_for_bursts():
    """Exact times above the thresholds give the authors' periodic readout for 60 pairs at 1 Hz (up to
    the first pair's onset) and, for the Sjöström bursts, what simulated synapses do."""
    p = pl.calcium_set("cortical")
    for dt in (-10.0, 10.0):
        assert pl.calcium_spikes_change(p, *pl.pairs(60, 1.0, dt)) == pytest.approx(pl.calcium_change(p, 1.0, dt),
                                                                                    abs=1e-6)
    pre, post = pl.bursts(20.0, -10.0)
    readout = pl.calcium_spikes_change(p, pre, post)
    simulated, _, _ = pl.calcium_simulated_change(p, pre, post, post.max() + 500.0, synapses=1200, seed=8,
                                                  bistable=False)
    assert readout < 0 and simulated == pytest.approx(readout, abs=0.05)


def test_the_bridge_learns_a_block_of_a_large_network_without_its_whole_matrix():
    """At 128 × 128 the learnt W would be 16384² floats (2 GB): the first block is learnt instead, still
    normalised by the whole N, and it is the Hebb matrix's block."""
    from hopfield_gui.core.plasticity_lab import learn_by_presentation
    p = np.random.default_rng(2).choice([-1, 1], size=(3, 16384)).astype(np.int8)
    r = learn_by_presentation(p, seconds=100.0, seed=1, neurons=500)
    assert r.w.shape == r.hebb.shape == (500, 500)
    block = p[:, :500].astype(float)
    expected = block.T @ block / 16384
    np.fill_diagonal(expected, 0)
    assert np.array_equal(r.hebb, expected)
    assert r.correlation > 0.99
    exact = learn_by_presentation(p[:, :50], noise=False)
    assert np.allclose(exact.w, exact.hebb, atol=1e-15) and exact.relative_error < 1e-12
