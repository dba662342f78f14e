"""The lab's three panels reproduce their experiments (issue 19): a Dudek & Bear set that shows Dudek &
Bear, bounded weights, BCM's threshold sliding where a class sees it, the papers' own protocols and
rows, and every number the texts quote computed by the core."""

import json
import math
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from hopfield_gui.core import plasticity as pl
from hopfield_gui.core import plasticity_claims as claims
from hopfield_gui.core.plasticity_lab import FREQ_HZ, PAIRING_DT, PAIRING_HZ, lab_curves
from hopfield_gui.core.protocols import bursts, pairs
from tests.test_plasticity import run_cli


# --- 1. a model that reproduces Dudek & Bear ---------------------------------------------------------------
def test_the_dudek_bear_set_gives_dudek_and_bears_sign_from_the_command_line(capsys):
    """LTD ≤ −5 % at 1 and 3 Hz, |dw| ≤ 10 % at 10 Hz, LTP ≥ +5 % at 50 Hz, nowhere beyond ±60 % on
    1–100 Hz, after 900 pulses (Dudek & Bear 1992, Fig. 2) — the issue's criteria, word for word."""
    code, out, err = run_cli(capsys, "plasticity", "frequency", "--rule", "calcium", "--set", "dudek-bear",
                             "--freq", "1,3,10,50,100", "--json")
    assert code == 0, err
    dw = dict(zip(json.loads(out)["freq_hz"], json.loads(out)["dw"], strict=True))
    assert dw[1.0] <= -0.05 and dw[3.0] <= -0.05 and abs(dw[10.0]) <= 0.10 and dw[50.0] >= 0.05
    assert all(abs(v) <= 0.6 for v in dw.values())
    dense = pl.frequency(pl.calcium_set("dudek-bear"), np.geomspace(1, 100, 61))[0]
    assert np.all(np.abs(dense) <= 0.6)


def test_the_shipped_rules_that_contradicted_the_bands_still_do():
    """What the preset used to pin (so the new set is not a relabelling): BCM 1982's LTD is tiny next
    to its LTP, the calcium dp set has no LTD at 1 Hz."""
    old = pl.BCM_SETS["bcm-1982"]
    dw = pl.bcm_frequency(old, [1.0, 50.0])
    assert abs(dw[0]) < 0.01 and dw[1] > 100 * abs(dw[0])
    assert pl.frequency(pl.calcium_set("dp"), [1.0])[0][0] == 0.0
    assert not claims.score("calcium", "dp").db_ok and claims.score("calcium", "dudek-bear").db_ok


def test_the_lab_draws_what_the_command_line_prints_for_the_new_sets(capsys):
    for kind, name in (("calcium", "dudek-bear"), ("bcm", "kirkwood-light"), ("bcm", "kirkwood-dark")):
        c = lab_curves(kind, pl.make_rule(kind, name))
        code, out, err = run_cli(capsys, "plasticity", "frequency", "--rule", kind, "--set", name, "--freq",
                                 ",".join(f"{f:g}" for f in FREQ_HZ), "--json")
        assert code == 0, err
        assert np.allclose(json.loads(out)["dw"], c.freq_dw, rtol=1e-12, atol=1e-15), name
    for name in ("visual-nearest-minimal", "visual-nearest-full"):
        c = lab_curves("triplet", pl.make_rule("triplet", name), "bursts")
        code, out, err = run_cli(capsys, "plasticity", "pairing", "--rule", "triplet", "--set", name, "--protocol",
                                 "bursts", "--freq", ",".join(f"{f:g}" for f in PAIRING_HZ), "--dt",
                                 ",".join(f"{d:g}" for d in PAIRING_DT), "--json")
        assert code == 0, err
        cli = np.array(json.loads(out)["dw"])  # [Δt][f]
        assert np.allclose(cli, c.pairing_dw, rtol=1e-12, atol=1e-15), name


# --- 2. bounded weights ---------------------------------------------------------------------------------------
def test_no_spike_rule_takes_the_weight_below_zero():
    """The all-to-all triplet rule under Dudek & Bear's protocol used to reach −104 % at 10 Hz."""
    rule = pl.stdp_set("visual-minimal")
    dw, sem, hit = pl.frequency(rule, [3.0, 10.0], trials=4, seed=1, bounds=True)
    assert np.all(dw >= -1.0) and hit.any()
    pre, post = pairs(200, 1.0, -10.0)
    change, reached = pl.weight_change_bounded(rule, pre, post)
    assert change == -1.0 and reached  # 200 × 0.71 % of LTD, additive, stops at w = 0


def test_soft_bounds_make_changes_depend_on_the_weight():
    """Gütig et al. (2003): potentiation × ((w_max − w)/(w_max − 1))^μ₊, depression × w^μ₋. With μ = 1
    the weight approaches w_max and 0 without reaching them; μ = 0 with a finite w_max stops at it."""
    soft = pl.stdp_set("bi-poo", w_max=1.5, mu_plus=1.0, mu_minus=1.0)
    up, reached = pl.weight_change_bounded(soft, *pairs(1000, 1.0, 10.0))
    assert 0.45 < up < 0.5 and not reached
    down, reached = pl.weight_change_bounded(soft, *pairs(1000, 1.0, -10.0))
    assert -1.0 < down < -0.9 and not reached
    one = pl.weight_change(soft, [0.0], [10.0])
    assert one == pytest.approx(
        soft.a2_plus * math.exp(-10 / 16.8), rel=1e-12
    )  # 1 at w₀: amplitudes keep their meaning
    hard = pl.stdp_set("bi-poo", w_max=1.5)
    assert pl.weight_change_bounded(hard, *pairs(1000, 1.0, 10.0)) == (0.5, True)
    with pytest.raises(ValueError, match="w_max"):
        pl.stdp_set("bi-poo", mu_plus=1.0)


def test_the_lab_says_where_a_bound_was_reached():
    c = lab_curves("triplet", pl.make_rule("triplet", "visual-minimal"))
    assert c.bound["frequency"].any() and np.all(c.freq_dw >= -1.0)
    assert np.all(c.freq_dw[c.bound["frequency"]] < -0.5)  # some of the Poisson trials reached w = 0
    fine = lab_curves("pair", pl.make_rule("pair", "bi-poo"))
    assert not fine.bound["timing"].any()


def test_the_lab_marks_a_reached_bound_in_the_frequency_panel(qtbot):
    import pyqtgraph as pg

    from hopfield_gui.gui.plotting import lab_figures
    from hopfield_gui.state.lab import RuleChoice
    w = pg.PlotWidget()
    qtbot.addWidget(w)
    c = lab_curves("triplet", pl.make_rule("triplet", "visual-minimal"))
    lab_figures.draw_frequency(w, [(RuleChoice("triplet", "visual-minimal"), c)])
    crosses = [i for i in w.getPlotItem().listDataItems() if i.opts.get("symbol") == "x"]
    assert len(crosses) == 1 and len(crosses[0].xData) == int(c.bound["frequency"].sum())
    w.clear()
    c = lab_curves("calcium", pl.make_rule("calcium", "dudek-bear"))
    lab_figures.draw_frequency(w, [(RuleChoice("calcium", "dudek-bear"), c)])
    assert not [i for i in w.getPlotItem().listDataItems() if i.opts.get("symbol") == "x"]


# --- 3. BCM's threshold slides where a class can see it --------------------------------------------------------
def test_dark_rearing_moves_the_bcm_crossover_to_lower_frequencies():
    """Kirkwood, Rioult & Bear (1996): light-reared cortex crosses from LTD to LTP near 10 Hz, dark-
    reared lower. Both sets are the same rule; only θ₀ (the activity before the protocol) differs."""
    light, dark = claims.score("bcm", "kirkwood-light"), claims.score("bcm", "kirkwood-dark")
    assert light.db_ok and 7.0 < light.crossover_hz < 13.0
    assert dark.crossover_hz < 0.5 * light.crossover_hz
    a, b = pl.BCM_SETS["kirkwood-light"], pl.BCM_SETS["kirkwood-dark"]
    assert replace(a, theta0=b.theta0) == b


def test_the_threshold_moves_during_the_protocol():
    """900 pulses at 1 Hz last 15 min: with τ_θ = 30 min θ_M falls from 10 Hz by more than 3 Hz (with the
    1982 set's hour-long τ_θ and its θ₀ = y₀ it barely moves: the threshold plays no role)."""
    theta, dw, y = pl.bcm_course(pl.BCM_SETS["kirkwood-light"], 1.0, [0.0, 900.0])
    assert theta[0] == 10.0 and theta[0] - theta[1] > 3.0 and dw[1] < -0.05
    c = 1.0 / 10.0  # y²/y₀
    assert theta[1] == pytest.approx(c + (10.0 - c) * math.exp(-0.5), rel=1e-12)
    theta_old, _, _ = pl.bcm_course(pl.BCM_SETS["bcm-1982"], 50.0, [0.0, 18.0])
    assert abs(theta_old[1] - theta_old[0]) < 1.2


def test_bcm_soft_bound_holds_ltp_at_w_max():
    """Potentiation ∝ (w_max − w): LTP saturates at w_max = 1.3 (+30 %), never past it, while the
    1982 set's additive LTP grows with f³."""
    rule = pl.BCM_SETS["kirkwood-light"]
    dw = pl.bcm_frequency(rule, [20.0, 50.0, 100.0])
    assert np.all(dw <= rule.w_max - 1.0 + 1e-12) and dw[0] > 0.1
    free = pl.bcm_frequency(replace(rule, w_max=math.inf), [50.0])
    assert free[0] > 10 * dw[1]


# --- 4. the papers' protocols and rows ----------------------------------------------------------------------
def test_sjostrom_at_point_one_hz_is_fifty_single_pairs():
    pre, post = bursts(0.1, 10.0)
    assert pre.size == 50 and np.allclose(np.diff(pre), 10_000.0) and np.allclose(post - pre, 10.0)
    pre, post = bursts(20.0, -10.0)
    assert pre.size == 75 and np.allclose(pre[5] - pre[0], 10_000.0) and np.allclose(np.diff(pre[:5]), 50.0)


def test_pfister_gerstners_nearest_spike_visual_rows_are_shipped_as_published():
    """Pfister & Gerstner (2006), Table 4, visual cortex, nearest-spike."""
    full, minimal = pl.stdp_set("visual-nearest-full"), pl.stdp_set("visual-nearest-minimal")
    assert (full.tau_x, full.tau_y, full.a2_plus, full.a3_plus, full.a2_minus, full.a3_minus) == (
        714.0, 40.0, 8.8e-11, 5.3e-2, 6.6e-3, 3.1e-3)
    assert (minimal.a2_plus, minimal.a3_plus, minimal.a2_minus, minimal.a3_minus, minimal.tau_y) == (
        0.0, 5e-2, 8e-3, 0.0, 40.0)
    assert full.nearest and minimal.nearest and (full.tau_plus, full.tau_minus) == (16.8, 33.7)


def test_the_nearest_spike_rows_keep_their_ltp_under_the_real_bursts():
    """All-to-all: the slow trace r₂ (τ_x ≈ 100 ms) sums a train's pre spikes and depression wins at
    40–50 Hz under bursts of 5; nearest-spike: each spike resets its traces to 1, so no sum builds."""
    for name, keeps in (("visual-minimal", False), ("visual-nearest-minimal", True), ("visual-nearest-full", True)):
        dw = pl.pairing(pl.stdp_set(name), [40.0, 50.0], [-10.0, 10.0], "bursts")
        assert bool(np.all(dw > 0)) == keeps, name
        continuous = pl.pairing(pl.stdp_set(name), [40.0, 50.0], [-10.0, 10.0])
        assert np.all(continuous > 0), name


def test_graupner_brunels_own_protocol_from_the_command_line(capsys):
    """--pairs 75: the cortical calcium set as its authors fitted it, E ≈ 0.52."""
    code, out, err = run_cli(capsys, "plasticity", "pairing", "--rule", "calcium", "--set", "cortical", "--freq",
                             "0.1,10,20,40,50", "--dt", "-10,10", "--pairs", "75", "--json")
    assert code == 0, err
    d = json.loads(out)
    assert d["pairs"] == 75 and d["error"] == pytest.approx(0.52, abs=0.01)


def test_every_set_says_what_it_was_fitted_to():
    for s in claims.scores():
        assert s.fitted_to, (s.kind, s.set_name)
    assert "hippocampal" in claims.fitted_to("triplet", "hippocampal-full")
    assert "Sjöström" in claims.fitted_to("triplet", "visual-nearest-full")


# --- 5. claims computed, not written ---------------------------------------------------------------------------
def _readme_section(title: str) -> str:
    text = Path(__file__).resolve().parents[1].joinpath("README.md").read_text(encoding="utf-8")
    start = text.index(title)
    return text[start:text.index("\n## ", start + 1)]


def test_the_readme_e_table_is_the_cores():
    """Every row of the README's table of E (and R, crossover) equals what `hopfield plasticity table`
    computes, to the printed precision (README, "How to add a plasticity rule": its row comes with its
    documentation)."""
    section = _readme_section("## Plasticity")
    rows = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 6 and cells[0].startswith("`") and cells[1].startswith("`"):
            rows[(cells[0].strip("`"), cells[1].strip("`"))] = cells
    assert len(rows) >= 15
    for s in claims.scores():
        if (s.kind, s.set_name) not in rows:  # a rule's module may come before its README row
            continue
        cells = rows[(s.kind, s.set_name)]
        printed = [cells[2], cells[3], cells[4], cells[5]]
        values = [s.e.get("continuous"), s.e.get("bursts"), s.e.get("continuous-75"), s.timing_rms]
        for text, value in zip(printed, values, strict=True):
            text = text.strip("*")
            if value is None:
                assert text in ("—", "-"), (s.set_name, text)
            else:
                assert float(text) == pytest.approx(value, abs=0.006), (s.set_name, text, value)
        cross = cells[6]
        if s.crossover_hz is None:
            assert cross in ("—", "-"), s.set_name
        else:
            assert float(cross) == pytest.approx(s.crossover_hz, abs=0.06), s.set_name
        assert ("yes" in cells[7]) == s.db_ok, s.set_name


def test_the_lesson_guides_seventh_moment_quotes_the_core(qapp):
    from hopfield_gui.gui.i18n.numbers import number
    from hopfield_gui.gui.lab.claims import compute_scores, moment_seven
    s = compute_scores()
    text = moment_seven(s)
    db, tri = s[("calcium", "dudek-bear")], s[("triplet", "visual-minimal")]
    for value in (number(db.db_dw[0], "+.2f"), number(db.crossover_hz, ".1f"), number(tri.e["continuous"], ".2f"),
                  number(tri.e["bursts"], ".2f"), number(s[("calcium", "cortical")].e["continuous-75"], ".2f"),
                  number(s[("bcm", "kirkwood-dark")].crossover_hz, ".1f")):
        assert value in text, value
    assert "no LTP" in text and tri.db_dw is not None  # the triplet set has no LTP on the timing panel: said
    assert pl.window(pl.stdp_set("visual-minimal"), [5.0, 10.0, 20.0]).max() < 0.01


def test_the_lab_presets_say_what_the_core_computes():
    """Each preset's tip makes a claim; the core agrees with it."""
    from hopfield_gui.state.lab import lab_preset
    a = lab_preset("dudek-bear").params
    assert claims.score(a.choice.kind, a.choice.set_name).db_ok and claims.score(a.pinned[0].kind,
                                                                            a.pinned[0].set_name).db_ok
    c = lab_preset("sjostrom").params
    assert claims.score(c.choice.kind, c.choice.set_name).e["continuous"] < 1.0
    d = lab_preset("pair-fails").params
    assert (claims.score(d.pinned[0].kind, d.pinned[0].set_name).e["continuous"] > 1.0
            > claims.score(d.choice.kind, d.choice.set_name).e["continuous"])
    e = lab_preset("protocol-trap").params
    assert e.protocol == "bursts"
    assert (claims.score(e.choice.kind, e.choice.set_name).e["bursts"] > 1.0
            > claims.score(e.pinned[0].kind, e.pinned[0].set_name).e["bursts"])
    f = lab_preset("sliding-threshold").params
    assert (claims.score(f.pinned[0].kind, f.pinned[0].set_name).crossover_hz
            < claims.score(f.choice.kind, f.choice.set_name).crossover_hz)
    assert re.search(r"lower frequencies", lab_preset("sliding-threshold").tip)
