"""Temperature: the time-averaged overlap versus β, beside the mean-field curve m = tanh(βm/2) and
β_c = 2 (README, "Experiments")."""

from __future__ import annotations

from ..experiment_params import TEMPERATURE
from ..experiments import temperature_experiment
from ..messages import msg
from .kind import ExperimentKind


def arguments(values: dict) -> dict:
    if values["k"] > 4 * values["n"]:
        raise ValueError(msg("K = {k} is more than 4N", k=values["k"]))
    return values


def caption(res) -> list:
    return [f"N = {res.n}", f"K = {res.k}", msg("{sweeps} + {burn} sweeps", sweeps=res.sweeps, burn=res.burn_in)]


EXPERIMENT = ExperimentKind(
    name="temperature", order=20, title=msg("Temperature: m versus β"),
    about="time-averaged overlap versus beta, with the mean-field curve",
    fields=TEMPERATURE, run=temperature_experiment, figure="hopfield_gui.gui.plotting.figures:draw_temperature",
    caption=caption, arguments=arguments)
