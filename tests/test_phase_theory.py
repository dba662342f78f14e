"""AGS theory at finite temperature, in the lecture's convention (T = 2/β), against the limits one
can derive by hand and against its own equations."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hopfield_gui.core import theory as th


def averages(s, alpha, beta):
    bt = beta / 2
    z = np.linspace(-10, 10, 40001)
    w = np.exp(-z * z / 2) / math.sqrt(2 * math.pi) * (z[1] - z[0])
    t = np.tanh(bt * (s.m + math.sqrt(alpha * s.r) * z))
    return float(w @ t), float(w @ (t * t))


def test_the_spin_glass_line_is_one_plus_root_alpha():
    """T_g = 1 + √α exactly: q = 0 just above it, q > 0 just below."""
    for alpha in (0.01, 0.05, 0.2):
        bg = th.beta_g(alpha)
        assert bg == pytest.approx(2 / (1 + math.sqrt(alpha)))
        assert th.ags_solve(alpha, bg * 0.99, retrieval=False).q == 0.0
        assert 0 < th.ags_solve(alpha, bg * 1.02, retrieval=False).q < 0.2


def test_few_patterns_melt_at_beta_two():
    """α → 0: one pattern's mean-field m = tanh(βm/2), which vanishes at β = 2 (T = 1); the RS free
    energy is the single pattern's, m²/2 − (2/β) ln 2cosh(βm/2)."""
    assert th.beta_m(1e-4) == pytest.approx(2.0, abs=0.05)
    assert th.beta_m(1e-4) > 2.0  # a little colder than β = 2 as soon as α > 0
    for beta in (2.5, 4.0):
        s = th.ags_solve(0.0, beta)
        m = th.mean_field_overlap(beta)
        assert s.m == pytest.approx(m, abs=1e-7)
        assert s.f == pytest.approx(m * m / 2 - (2 / beta) * math.log(2 * math.cosh(beta * m / 2)), abs=1e-7)


def test_the_cold_limit_is_the_zero_temperature_capacity():
    """T → 0: retrieval states exist up to α_c ≈ 0.138 with m ≈ 0.967 there, and are the global
    minima only below α ≈ 0.051."""
    cold = 2 / 0.01
    s = th.ags_solve(0.136, cold)
    assert s.m == pytest.approx(th.ags_overlap(0.136), abs=0.01) and s.m > 0.96
    assert th.ags_solve(0.142, cold).m == 0.0
    assert th.beta_m(0.13) > th.beta_m(0.1) > th.beta_m(0.05)  # colder and colder towards α_c
    assert math.isnan(th.beta_m(0.14)) and math.isnan(th.beta_c(0.06))
    wins = [th.ags_solve(a, cold).f < th.ags_solve(a, cold, retrieval=False).f for a in (0.045, 0.058)]
    assert wins == [True, False]


def test_the_global_minimum_line_lies_below_the_existence_line():
    for alpha in (0.005, 0.02, 0.04):
        assert th.beta_c(alpha) > th.beta_m(alpha) > th.beta_g(alpha)  # T_c < T_M < T_g


@settings(max_examples=25, deadline=None)
@given(alpha=st.floats(0.002, 0.2), temperature=st.floats(0.08, 1.6))
def test_the_solutions_satisfy_their_equations(alpha, temperature):
    beta = 2 / temperature
    for retrieval in (True, False):
        s = th.ags_solve(alpha, beta, retrieval=retrieval)
        m, q = averages(s, alpha, beta)
        if retrieval and s.m > 0:
            assert s.m == pytest.approx(m, abs=1e-6)
        else:
            assert s.m == 0.0
        assert s.q == pytest.approx(q, abs=1e-6)
        c = beta / 2 * (1 - s.q)
        assert c < 1 and s.r == pytest.approx(s.q / (1 - c) ** 2, rel=1e-6, abs=1e-12)


def test_phase_lines_in_one_call():
    lines = th.phase_lines([0.02, 0.1, 0.2])
    assert np.isfinite(lines["beta_m"][:2]).all() and math.isnan(lines["beta_m"][2])
    assert math.isnan(lines["beta_c"][1]) and np.isfinite(lines["beta_c"][0])
    assert 0.9 < lines["m_at_beta_m"][1] < 1.0
