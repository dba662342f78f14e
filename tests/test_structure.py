"""Structural plasticity in the network (core/structure.py, core/dilution.py) against theory: the fully
connected case is today's network bit for bit, the energy still descends on a symmetric mask, pruning
removes the weakest synapses, regrowth gives back Hebbian ones, and the capacities move as
Sompolinsky (1986) and Derrida, Gardner & Zippelius (1987) say."""

import json

import numpy as np
import pytest

from hopfield_gui import cli
from hopfield_gui.core import flip_noise, random_patterns
from hopfield_gui.core.dilution import dilution_experiment
from hopfield_gui.core.network import Network
from hopfield_gui.core.rules import HebbWeights, MemoryBudgetError
from hopfield_gui.core.structure import (SparseWeights, regrow_synapses, remove_synapses, structured_weights)


def hebb_j(p):
    p = p.astype(np.int64)
    j = p.T @ p
    np.fill_diagonal(j, 0)
    return j


def test_full_connectivity_is_todays_network_bit_for_bit():
    p = random_patterns(12, 300, 3)
    assert isinstance(structured_weights(p, 1.0, "random"), HebbWeights)
    full = remove_synapses(HebbWeights(p), 0.0, "random", seed=1)  # every synapse, in sparse form
    assert isinstance(full, SparseWeights) and full.connectivity == 1.0
    for beta in (np.inf, 3.0):
        cue = flip_noise(p[0], 0.25, np.random.default_rng(4))
        a = Network(HebbWeights(p), cue, beta=beta, rng=np.random.default_rng(9))
        b = Network(full, cue, beta=beta, rng=np.random.default_rng(9))
        ta, tb = a.run(25), b.run(25)
        assert np.array_equal(ta.overlaps, tb.overlaps) and np.array_equal(a.state, b.state)
        assert np.allclose(ta.energy, tb.energy, atol=1e-9)


@pytest.mark.parametrize("mode", ["random", "clip"])
def test_the_mask_is_symmetric_without_self_coupling_and_keeps_the_hebb_values(mode):
    p = random_patterns(9, 400, 1)
    w = structured_weights(p, 0.3, mode, seed=2)
    m = w.mask()
    assert np.array_equal(m, m.T) and not m.diagonal().any()
    pairs = 400 * 399 / 2
    assert abs(w.synapses - 0.3 * pairs) < 4 * np.sqrt(pairs * 0.3 * 0.7)  # binomial: 4 standard deviations
    j = hebb_j(p)
    expected = np.sign(j) if mode == "clip" else j
    assert np.array_equal(w.matrix() * w.unit, np.where(m, expected, 0))
    assert w.unit == pytest.approx(0.3 * 400 if mode == "random" else 0.3 * np.sqrt(9 * 400))


@pytest.mark.parametrize("make", [lambda p: structured_weights(p, 0.2, "random", seed=1),
                                  lambda p: structured_weights(p, 1.0, "prune", 0.6, seed=1),
                                  lambda p: structured_weights(p, 0.5, "clip", seed=1)])
def test_energy_descends_on_every_structure(make):
    p = random_patterns(40, 400, 5)  # a high load: the state wanders before it settles
    w = make(p)
    net = Network(w, np.random.default_rng(1).choice(np.array([-1, 1], np.int8), 400), rng=np.random.default_rng(2))
    e = [net.energy]
    for _ in range(20):
        net.updates(37)  # checked after every few single-neuron updates, not only per sweep
        e.append(net.energy)
        assert net.energy == pytest.approx(w.energy(net.state))
    assert np.all(np.diff(e) <= 1e-9)


def test_stored_patterns_are_fixed_points_at_low_load_with_half_the_synapses():
    p = random_patterns(5, 800, 7)
    w = structured_weights(p, 0.5, "random", seed=3)
    for mu in range(5):
        assert Network(w, p[mu]).is_fixed_point()


def test_pruning_removes_the_weakest_synapses_first():
    p = random_patterns(15, 300, 2)
    w = remove_synapses(HebbWeights(p), 0.5, "weakest", seed=1)
    assert w.connectivity == pytest.approx(0.5, abs=0.01)
    j = np.abs(hebb_j(p))
    m = w.mask()
    off = ~np.eye(300, dtype=bool)
    assert j[m].min() >= j[off & ~m].max()  # every synapse kept is at least as strong as every one removed
    again = remove_synapses(w, 0.5, "weakest", seed=2)  # from a sparse network too
    assert again.connectivity == pytest.approx(0.25, abs=0.01)
    removed = m & ~again.mask()
    assert j[again.mask()].min() >= j[removed].max()


def test_a_pruned_network_at_half_its_synapses_still_recalls():
    p = random_patterns(40, 800, 11)  # α = K/N = 0.05
    for how in ("weakest", "random"):
        w = remove_synapses(HebbWeights(p), 0.5, how, seed=4)
        ms = []
        for mu in range(5):
            net = Network(w, flip_noise(p[mu], 0.1, np.random.default_rng(mu)), rng=np.random.default_rng(mu))
            net.run(50, until_stable=True)
            ms.append(net.overlaps[mu])
        assert min(ms) > 0.95, (how, ms)


def test_regrowth_adds_hebbian_synapses_among_the_absent_pairs():
    p = random_patterns(10, 300, 6)
    w = structured_weights(p, 0.2, "random", seed=1)
    g = regrow_synapses(w, 0.5, seed=2)
    assert g.synapses == pytest.approx(1.5 * w.synapses, rel=0.05)
    assert (w.mask() <= g.mask()).all()  # nothing removed
    assert np.array_equal(g.matrix() * g.unit, np.where(g.mask(), hebb_j(p), 0))
    c = regrow_synapses(structured_weights(p, 0.2, "clip", seed=1), 1.0, seed=3)
    assert set(np.unique(c.J)) <= {-1, 0, 1}


def test_a_network_over_the_memory_budget_is_refused_before_it_is_built():
    p = random_patterns(2, 16384, 0)
    with pytest.raises(MemoryBudgetError, match="budget"):
        structured_weights(p, 0.5, "random")


def test_capacity_per_connection_rises_with_dilution_and_falls_with_clipping():
    """N = 1000, the dynamical criterion: fully connected ≈ 0.155, c = 0.1 ≈ 0.32 per connection
    (twice), clipped ≈ 0.12 (an independent simulation gave these; AGS 0.138, Sompolinsky's ≈ 0.10
    and 2/π are the N → ∞ limits)."""
    r = dilution_experiment(1000, [1.0, 0.1], np.arange(0.08, 0.5, 0.02), "random", trials=8, seed=1)
    (full, diluted), (e_full, e_dil) = r.alpha_c()
    assert 0.13 < full < 0.18 and diluted > 1.5 * full
    assert e_full < 0.02 and e_dil < 0.03
    clip = dilution_experiment(1000, [1.0], np.arange(0.06, 0.2, 0.01), "clip", trials=8, seed=1)
    (clipped,), (e_clip,) = clip.alpha_c()
    assert clipped < full - 3 * np.hypot(e_full, e_clip)


def test_hopfield_dilution_json_and_csv(tmp_path, capsys):
    rc = cli.main(["dilution", "--n", "300", "--connectivity", "1,0.5", "--alpha", "0.05:0.3:0.05", "--mode",
                   "clip", "--trials", "3", "--seed", "2", "--json", "--csv", str(tmp_path / "d.csv")])
    out = json.loads(capsys.readouterr().out)
    assert rc == 0
    assert out["mode"] == "clip" and out["connectivity"] == [1.0, 0.5] and len(out["m"]) == 2
    assert len(out["m"][0]) == len(out["alpha"]) == 6 and len(out["alpha_c"]) == 2
    assert (tmp_path / "d.csv").read_text().startswith("connectivity,alpha_per_connection,k,m_mean")


def test_the_dilution_experiment_stops_when_asked():
    calls = []

    def stop():
        calls.append(1)
        return len(calls) > 3

    r = dilution_experiment(2000, [0.5], [0.1, 0.2, 0.3], "random", trials=20, should_stop=stop)
    assert r.cancelled and np.isnan(r.m_final).sum() > 30


@pytest.mark.parametrize("how", ["random", "weakest"])
def test_removing_from_a_diluted_network_removes_the_fraction_asked(how):
    """The draws that made a pair a synapse and the draws that remove it are independent (with one
    stream, a quarter removed from c = 0.56 removed nothing)."""
    p = random_patterns(3, 400, 1)
    w = structured_weights(p, 0.5625, "random", seed=2026)
    r = remove_synapses(w, 0.25, how, seed=2026)
    assert r.synapses / w.synapses == pytest.approx(0.75, abs=0.02)
    g = regrow_synapses(r, 1 / 3, seed=2026)
    assert g.synapses / w.synapses == pytest.approx(1.0, abs=0.03)
