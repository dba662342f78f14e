"""The Experiments tab's background job: the declared experiment's run (``core/experiment_kinds/``) in
a thread of the tab's ``Jobs`` (progress at most ~10 times a second, Cancel asked after every sweep)."""

from __future__ import annotations

import copy
import time

from ...core.experiment_kinds import kind as experiment


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

    return experiment(kind).run(**params, progress=progress, should_stop=ctx.cancelled)
