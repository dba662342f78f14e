"""Capacity: the final overlap with the cued pattern versus the load α = K/N, beside Amit, Gutfreund &
Sompolinsky's curve and α_c ≈ 0.138 (README, "Experiments")."""

from __future__ import annotations

from ..experiment_params import CAPACITY, RULE_CHOICES
from ..experiments import capacity_experiment
from ..messages import msg
from .kind import ExperimentKind


def caption(res) -> list:
    return [f"N = {res.n}", msg("trials = {n}", n=res.trials), msg("β = {beta}", beta=float(res.beta)),
            dict(RULE_CHOICES).get(res.rule, res.rule), msg("cue noise = {f}", f=float(res.noise))]


EXPERIMENT = ExperimentKind(
    name="capacity", order=10, title=msg("Capacity: m versus α = K/N"),
    about="final overlap versus the load alpha = K/N, beside the AGS curve",
    fields=CAPACITY, run=capacity_experiment, figure="hopfield_gui.gui.plotting.figures:draw_capacity",
    caption=caption)
