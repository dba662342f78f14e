"""Which drawing shows which experiment's result: one table, read by the Experiments tab and by the
slide figures (File ▸ Export, ``hopfield … --plot``)."""

from __future__ import annotations

from .dilution_figures import draw_dilution
from .figures import draw_basins, draw_capacity, draw_temperature
from .phase_figures import draw_finite_size, draw_phase

#: the experiment's name (core/experiment_params.EXPERIMENTS) → draw(plot widget, result)
DRAW = {"capacity": draw_capacity, "temperature": draw_temperature, "basins": draw_basins, "phase": draw_phase,
        "finite-size": draw_finite_size, "dilution": draw_dilution}


def draw_result(plot, result, kind: str) -> None:
    """Draw ``result`` of experiment ``kind`` in ``plot`` (with its theory, legend and titles)."""
    DRAW[kind](plot, result)
