"""The calcium rule (``core/calcium.py``: Graupner & Brunel 2012, a bistable synapse driven by
calcium) declared for the lab, the command line and sessions."""

from __future__ import annotations

import numpy as np

from ..calcium import (CALCIUM_SETS, FITTED_TO, Calcium, calcium_change, calcium_run, calcium_spikes_change)
from ..messages import msg
from ..plasticity_params import ParamSpec
from .kind import Course, RuleKind, Trace

SPECS = (
    ParamSpec("tau_ca", "tau_ca", "τ<sub>Ca</sub>", "ms", 0.1, 10_000.0),
    ParamSpec("C_pre", "c_pre", "C<sub>pre</sub>", "", 0.0, 100.0),
    ParamSpec("C_post", "c_post", "C<sub>post</sub>", "", 0.0, 100.0),
    ParamSpec("theta_d", "theta_d", "θ<sub>d</sub>", "", 0.0, 100.0, open_low=True),
    ParamSpec("theta_p", "theta_p", "θ<sub>p</sub>", "", 0.0, 100.0, open_low=True),
    ParamSpec("gamma_d", "gamma_d", "γ<sub>d</sub>", "", 0.0, 1e5),
    ParamSpec("gamma_p", "gamma_p", "γ<sub>p</sub>", "", 0.0, 1e5),
    ParamSpec("sigma", "sigma", "σ", "", 0.0, 100.0),
    ParamSpec("tau", "tau", "τ", "s", 1e-3, 1e5),
    ParamSpec("D", "d", "D", "ms", 0.0, 1000.0),
    ParamSpec("beta", "beta", "β<sub>DOWN</sub>", "", 0.0, 1.0, log=False),
    ParamSpec("b", "b", "b = w<sub>1</sub>/w<sub>0</sub>", "", 0.0, 100.0, open_low=True),
)


def change(rule: Calcium, pre, post, freq: float, dt: float, n: int) -> tuple[float, bool]:
    """The authors' periodic readout when the protocol is ``n`` pairs at ``freq``, else the readout of
    the trains' exact times above threshold; a two-state synapse has no bound to reach."""
    return (calcium_change(rule, freq, dt, n) if freq and n else calcium_spikes_change(rule, pre, post)), False


def frequency(rule: Calcium, freqs, pulses: int) -> np.ndarray:
    """Dudek & Bear's protocol: the pre spikes alone."""
    return np.array([calcium_change(rule, f, None, pulses) for f in np.asarray(freqs, float)])


def play(rule: Calcium, pre, post, t, seed: int = 0) -> Course:
    """The calcium of one noisy synapse and its efficacy ρ (ρ* = 0.5 divides DOWN from UP)."""
    _, c, rho = calcium_run(rule, pre, post, float(t[-1]), samples=t, rho0=0.0, seed=seed)
    return Course({"c": c}, {"c": Trace(msg("calcium c"), 2)}, {"θ_d": rule.theta_d, "θ_p": rule.theta_p}, rho,
                  "ρ", {"ρ*": rule.rho_star})


RULES = (RuleKind("calcium", msg("calcium"), Calcium, CALCIUM_SETS, "dp", SPECS, order=2, fitted_to=FITTED_TO,
                  change=change, frequency=frequency, play=play),)
