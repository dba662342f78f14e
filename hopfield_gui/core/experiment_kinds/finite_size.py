"""Finite-size scaling of the capacity: α_c(N) from capacity curves at several N, extrapolated to
N = ∞ (README, "Experiments"). α_c(N) is a dynamical criterion, not AGS's."""

from __future__ import annotations

from ..experiment_params import FINITE_SIZE
from ..messages import msg
from ..phase import finite_size_experiment
from .kind import ExperimentKind


def caption(res) -> list:
    return ["N = " + ", ".join(str(int(n)) for n in res.n), msg("trials = {n} per load and N", n=res.trials),
            msg("cue noise = {f}", f=float(res.noise)), "T = 0",
            msg("α_c(N): the load where half the runs end with m > 0.9 (a dynamical criterion, not AGS's)")]


def notes(res) -> list[str]:
    return [f"alpha_c(N = inf) = {res.alpha_c_inf:.3f} +/- {res.alpha_c_inf_err:.3f}"]


EXPERIMENT = ExperimentKind(
    name="finite-size", order=50, title=msg("Finite size: α_c versus N"),
    about=("alpha_c(N) from capacity curves at several N, extrapolated to N = inf; alpha_c(N) is a dynamical "
           "criterion, not AGS's: the load where half the runs end with m > 0.9 from a cue with --noise flipped "
           "(a logistic fit to every run; errors: standard errors, the plot draws 95 percent intervals)"),
    fields=FINITE_SIZE, run=finite_size_experiment, figure="hopfield_gui.gui.plotting.phase_figures:draw_finite_size",
    caption=caption, notes=notes)
