"""Clopath et al. (2010)'s voltage-based rule: its numbers against an independent integration, what the
paper shows on the lab's protocols, and its place in the lab, the command line, the player and
sessions — all from its one module (``core/plasticity_rules/clopath.py``)."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest

from hopfield_gui.core import plasticity as pl
from hopfield_gui.core import plasticity_lab as lab
from hopfield_gui.core import plasticity_rules as rules
from hopfield_gui.core.plasticity_rules.clopath import Clopath, clopath_run
from hopfield_gui.state.lab import RuleChoice
from tests.test_plasticity import run_cli

RULE = Clopath()


def euler(r: Clopath, pre, post, step: float = 0.002) -> float:
    """dw by forward Euler with small steps, written from the paper's equations alone: the delayed
    voltages read from the stored steps, the spike held at V_clamp for t_clamp."""
    events = sorted(pre) + sorted(post)
    t0, t_end = min(events) - r.delay - 50.0, max(events) + 200.0
    n = int(round((t_end - t0) / step))
    lag = int(round(r.delay / step))
    u = r.e_l  # rest, found by relaxing (the exponential term moves it a little)
    wad = z = 0.0
    vt = r.v_t_rest
    for _ in range(20000):
        du = (-r.g_l * (u - r.e_l) + r.g_l * r.delta_t * math.exp((u - vt) / r.delta_t) - wad + z) / r.c_m
        wad += 0.05 * (r.a * (u - r.e_l) - wad) / r.tau_wad
        u += 0.05 * du
    um = up = u
    hist_m, hist_p = [um] * (lag + 1), [up] * (lag + 1)
    pre_steps = {int(round((t - t0) / step)) for t in pre}
    post_steps = {int(round((t - t0) / step)) for t in post}
    x, w, clamp_left = 0.0, 1.0, 0
    for k in range(n):
        if k in pre_steps:
            w -= r.a_ltd * max(hist_m[-1 - lag] - r.theta_minus, 0.0) / r.w0
            x += 1.0 / r.tau_x
        if k in post_steps and clamp_left == 0:
            clamp_left = int(round(r.t_clamp / step))
            u, wad, z, vt = r.v_clamp, wad + r.b, r.i_sp, r.v_t_max
        if u > r.theta_plus:
            w += r.a_ltp * x * (u - r.theta_plus) * max(hist_p[-1 - lag] - r.theta_minus, 0.0) * step / r.w0
        if clamp_left:
            du = 0.0
        else:
            du = (-r.g_l * (u - r.e_l) + r.g_l * r.delta_t * math.exp((u - vt) / r.delta_t) - wad + z) / r.c_m
        wad += step * (r.a * (u - r.e_l) - wad) / r.tau_wad
        z -= step * z / r.tau_z
        vt -= step * (vt - r.v_t_rest) / r.tau_vt
        um += step * (u - um) / r.tau_minus
        up += step * (u - up) / r.tau_plus
        x -= step * x / r.tau_x
        u += step * du
        if clamp_left:
            clamp_left -= 1
            if clamp_left == 0:
                u = r.v_reset
        hist_m.append(um)
        hist_p.append(up)
    return w - 1.0


@pytest.mark.parametrize("freq, dt", [(20.0, 10.0), (20.0, -10.0), (50.0, 10.0), (50.0, -10.0)])
def test_the_kernel_agrees_with_a_small_step_integration(freq, dt):
    pre, post = pl.pairs(4, freq, dt)
    ours = clopath_run(RULE, pre, post)[0]
    theirs = euler(RULE, pre, post)
    assert abs(ours) > 1e-3  # a change to compare
    assert ours == pytest.approx(theirs, rel=0.02, abs=2e-4)


def test_what_the_paper_shows_sjostroms_protocol():
    """Fig. 2b of the paper on Sjöström's real protocol (5 pairs × 15, 10 s apart): at low frequency
    only post-before-pre pairs change the weight (LTD); at 50 Hz both orders potentiate."""
    dw = pl.pairing(RULE, [0.1, 10.0, 50.0], [-10.0, 10.0], "bursts")
    low, mid, high = dw
    assert low[0] < -0.1 and abs(low[1]) < 0.02
    assert mid[0] < -0.1
    assert high[0] > 0.1 and high[1] > 0.1
    assert high[1] > mid[1] + 0.2  # pre-before-post grows with the frequency


def test_the_window_at_low_frequency_is_depression_before_the_spike():
    """60 pairs at 1 Hz: LTD for post-before-pre within τ₋ of the spike, none long after; no LTP for
    pre-before-post (the post spike finds ū₊ at rest: the rule needs a depolarised neuron)."""
    dw = pl.window(RULE, [-50.0, -10.0, -5.0, 5.0, 10.0, 50.0])
    assert dw[1] < -0.2 and dw[2] < -0.1 and abs(dw[0]) < dw[1] * -0.5
    assert np.all(np.abs(dw[3:]) < 0.01)


def test_bounds_are_kept_and_said():
    rule = pl.make_rule("clopath", params={"w_max": 1.05})
    dw, hit = pl.window(rule, [10.0], 60, 50.0, bounds=True)
    assert hit[0] and 0 < dw[0] <= 0.05 + 1e-12  # reached w_max, then depressed from it
    dw, hit = pl.window(pl.make_rule("clopath", params={"A_LTD": 0.05}), [-10.0], 60, 1.0, bounds=True)
    assert hit[0] and dw[0] == pytest.approx(-1.0)


def test_it_is_a_rule_of_the_lab():
    k = rules.kind("clopath")
    assert k.timing and "visual-cortex" in pl.RULE_SETS["clopath"]
    assert "Sjöström" in k.fitted_to["visual-cortex"]
    rule = pl.make_rule("clopath", params={"tau_plus": 10, "theta_plus": -40})
    assert rule.tau_plus == 10 and rule.theta_plus == -40
    with pytest.raises(ValueError, match="theta_plus"):
        pl.make_rule("clopath", params={"theta_plus": -80})  # below θ₋
    with pytest.raises(ValueError, match="A_LTP"):
        pl.make_rule("clopath", params={"A_LTP": float("nan")})
    assert dict(pl.rule_parameters("clopath", rule))["tau_plus"] == 10
    choice = RuleChoice("clopath", "visual-cortex", (("delay", 2.0),))
    assert RuleChoice.from_dict(json.loads(json.dumps(choice.to_dict())), "s.json") == choice
    curves = lab.lab_curves("clopath", RULE, "bursts", trials=2)
    assert curves.window_dw is not None and curves.error is not None and np.isfinite(curves.freq_dw).all()


def test_the_player_shows_the_voltages():
    played = lab.play("clopath", RULE, "both", "continuous", 10.0, 50.0)
    assert set(played.traces) == {"u", "u_minus", "u_plus"}
    u = played.traces["u"]
    assert u.max() == pytest.approx(RULE.v_clamp) and u.min() < RULE.v_reset - 5  # spikes held, then relaxing
    assert played.levels == {"θ₋": RULE.theta_minus, "θ₊": RULE.theta_plus}
    assert played.traces["u_plus"].max() > played.traces["u_minus"].max()  # the faster filter follows u closer
    assert played.w[-1] == pytest.approx(clopath_run(RULE, played.pre, played.post)[0], abs=1e-6)  # other steps
    assert played.shown["u"].label and played.traces_label


def test_the_command_line_knows_it(capsys):
    code, out, err = run_cli(capsys, "plasticity", "pairing", "--rule", "clopath", "--freq", "0.1,50", "--dt",
                             "-10,10", "--protocol", "bursts", "--json")
    assert code == 0, err
    d = json.loads(out)
    assert d["dw"][1][1] > 0.1 and d["dw"][0][0] < -0.1  # Δt = +10 at 50 Hz; Δt = −10 at 0.1 Hz
    code, out, err = run_cli(capsys, "plasticity", "spikes", "--rule", "clopath", "--pre", "0,20", "--post", "10,30",
                             "--param", "delay=0", "--json")
    assert code == 0, err
    assert json.loads(out)["dw"] > 0  # without the delay the spike's own depolarisation potentiates


def test_the_lab_plays_it(qtbot):
    """Chosen in the lab's list as a person would: its parameters fill the table, its curves and its
    player's voltages arrive."""
    from hopfield_gui.gui.lab.workspace import PlasticityWorkspace
    ws = PlasticityWorkspace(lambda: None)
    qtbot.addWidget(ws)
    ws.resize(1200, 800)
    ws.show()
    ws.rule.setCurrentIndex(ws.rule.findData("clopath"))
    qtbot.waitUntil(lambda: ws.lab.params.choice.kind == "clopath", timeout=5000)
    names = [ws.table.table.item(r, 0).data(0x0100) for r in range(ws.table.table.rowCount())]
    assert names[:2] == ["A_LTD", "A_LTP"] and "V_clamp" in names
    ws.lab.start()
    qtbot.waitUntil(lambda: bool(ws.lab.last_curves) and ws.lab.last_curves[0][0].kind == "clopath"
                    and ws.lab.last_played is not None and "u" in ws.lab.last_played.traces, timeout=120_000)
    assert ws.lab.last_curves[0][1].window_dw is not None
    assert set(ws.lab.last_played.traces) == {"u", "u_minus", "u_plus"}
    ws.shutdown()
