"""Structural plasticity: what memory survives synapses removed at random, the weakest pruned, or
each clipped to its sign — recall against the load per connection α = K/(cN) (README, "Experiments").
For pruning the connectivity is the fraction of the fully connected network's synapses kept."""

from __future__ import annotations

from ..dilution import dilution_experiment
from ..experiment_params import DILUTION
from ..messages import msg
from .kind import ExperimentKind


def caption(res) -> list:
    return [f"N = {res.n}", msg("synapses: {mode}", mode=dict(DILUTION["mode"].choices)[res.mode]),
            msg("trials = {n}", n=res.trials), msg("cue noise = {f}", f=float(res.noise)), "T = 0"]


def notes(res) -> list[str]:
    ac, err = res.alpha_c()
    return [f"c = {c:g}: alpha_c = {x:.3f} +/- {e:.3f} per connection ({x * c:.4f} as K/N)"
            for c, x, e in zip(res.connectivity, ac, err, strict=True)]


EXPERIMENT = ExperimentKind(
    name="dilution", order=60, title=msg("Synapses: m versus K/(cN)"),
    about=("recall against the load per connection alpha = K/(c N) at several connectivities c, for synapses "
           "removed at random, the weakest pruned, or clipped to their sign; alpha_c per connectivity (the load "
           "where half the runs end with m > 0.9, a logistic fit with its standard error)"),
    fields=DILUTION, run=dilution_experiment, figure="hopfield_gui.gui.plotting.dilution_figures:draw_dilution",
    caption=caption, notes=notes)
