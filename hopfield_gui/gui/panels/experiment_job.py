"""The Experiments tab's background job: which core function each experiment is, and how it runs
in a thread of the tab's ``Jobs`` (progress at most ~10 times a second, Cancel asked after every sweep)."""

from __future__ import annotations

import copy
import time

from ...core import experiments as ex
from ...core import phase as ph
from ...core.dilution import dilution_experiment

EXPERIMENTS = {"capacity": ex.capacity_experiment, "temperature": ex.temperature_experiment,
               "basins": ex.basin_experiment, "phase": ph.phase_experiment, "finite-size": ph.finite_size_experiment,
               "dilution": dilution_experiment}


def run_experiment(ctx, kind: str, params: dict):
    """The background job (background/jobs.py): the core's experiment, with progress at most ~10
    times a second (a copy of the partial result each time); Cancel and closing the window are asked
    after every sweep of every run (``should_stop``), so they take effect at once."""
    last = [0.0]

    def progress(done, total, res):
        if ctx.cancelled():
            return False
        now = time.perf_counter()
        if now - last[0] > 0.1 or done == total:
            last[0] = now
            ctx.report((done, total, copy.deepcopy(res)))
        return True

    return EXPERIMENTS[kind](**params, progress=progress, should_stop=ctx.cancelled)
