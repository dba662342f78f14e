"""Basins of attraction: the final overlap versus the fraction of the cue flipped, at a few loads
(README, "Experiments")."""

from __future__ import annotations

from ..experiment_params import BASINS
from ..experiments import basin_experiment
from ..messages import msg
from ..ranges import parse_range
from .kind import ExperimentKind


def arguments(values: dict) -> dict:
    """The noises from 0 to ``noise_max`` by ``noise_step``."""
    out = dict(values)
    top, step = out.pop("noise_max"), out.pop("noise_step")
    out["noises"] = parse_range(f"0:{top}:{step}", msg("noise"))
    return out


def caption(res) -> list:
    return [f"N = {res.n}", "α = " + ", ".join(f"{a:g}" for a in res.alpha),
            msg("trials = {n}", n=int(res.m_final.shape[2]))]


EXPERIMENT = ExperimentKind(
    name="basins", order=30, title=msg("Basins: m versus cue noise"),
    about="final overlap versus the fraction of the cue flipped, at a few loads",
    fields=BASINS, run=basin_experiment, figure="hopfield_gui.gui.plotting.figures:draw_basins",
    caption=caption, arguments=arguments)
