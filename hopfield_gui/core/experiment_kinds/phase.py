"""The measured (α, β) phase diagram beside Amit, Gutfreund & Sompolinsky's lines (README,
"Experiments"); ``hopfield phase --theory-only`` prints the lines alone."""

from __future__ import annotations

import math

import numpy as np

from .. import theory as th
from ..experiment_params import PHASE
from ..messages import msg
from ..phase import phase_experiment
from .kind import ExperimentKind


def arguments(values: dict) -> dict:
    """The AGS lines on a fine grid of loads up to α_c, whatever the measured grid."""
    out = dict(values)
    out.pop("theory_only", None)
    alphas = np.asarray(out["alphas"], float)
    out["theory_alphas"] = np.linspace(max(0.002, alphas.min() / 2), min(alphas.max(), 0.137), 24)
    return out


def theory_table(values: dict):
    """``--theory-only``: the AGS lines at the given loads, no simulation."""
    if not values.get("theory_only"):
        return None
    alphas = np.asarray(values["alphas"], float)
    lines = th.phase_lines(alphas)
    keys = ("alpha", "beta_g", "beta_m", "beta_c", "m_at_beta_m")
    out = {"alpha": alphas.tolist(), "beta": list(values["betas"]), "m": None,
           "theory": {k: [None if not math.isfinite(x) else float(x) for x in v] for k, v in lines.items()}}
    return out, list(keys), [list(row) for row in zip(*(lines[k] for k in keys), strict=True)]


def caption(res) -> list:
    return [f"N = {res.n}", msg("trials = {n}", n=res.m_trials.shape[2]),
            msg("{sweeps} + {burn} sweeps", sweeps=res.sweeps, burn=res.burn_in),
            msg("lines: Amit, Gutfreund & Sompolinsky (1987)")]


EXPERIMENT = ExperimentKind(
    name="phase", order=40, title=msg("Phase diagram: m versus α and T"),
    about="the measured (alpha, beta) phase diagram with the AGS lines",
    fields=PHASE, run=phase_experiment, figure="hopfield_gui.gui.plotting.phase_figures:draw_phase",
    caption=caption, arguments=arguments, without_run=theory_table)
