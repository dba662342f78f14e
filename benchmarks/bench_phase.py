"""The measured phase diagram at N = 2000 (run: python benchmarks/bench_phase.py).

What ``hopfield phase --n 2000 --alpha 0.01:0.2:0.01 --beta 1.2,…,inf --plot`` computes: 20 loads ×
13 temperatures, 40 measured sweeps after 20 of burn-in each, plus the AGS lines. Ours: the default
executor (threads of this process; the kernels release the GIL); reference: the same tasks on one
thread, in this process. The figure's time is the issue's target (under a minute on a laptop).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import best_of  # noqa: E402

from hopfield_gui.core import phase, theory  # noqa: E402

ALPHAS = np.round(np.arange(0.01, 0.2001, 0.01), 3)
BETAS = [1.2, 1.5, 1.8, 2.2, 2.6, 3, 3.5, 4, 5, 6, 8, 12, "inf"]


def main():
    phase.phase_experiment(200, [0.05], [4.0], trials=1, sweeps=2, burn_in=1, theory=False)  # compile
    t0 = time.perf_counter()
    theory.phase_lines(np.linspace(0.005, 0.137, 28))
    t_lines = time.perf_counter() - t0
    run = dict(n=2000, alphas=ALPHAS, betas=BETAS, trials=1, sweeps=40, burn_in=20, seed=1, theory=False)
    t_ours, ours = best_of(lambda: phase.phase_experiment(**run), repeat=1)
    t_one, one = best_of(lambda: phase.phase_experiment(**run, workers=1), repeat=1)
    assert np.array_equal(ours.m_trials, one.m_trials)  # the same numbers, whatever runs them
    print(f"Phase diagram, N = 2000, {ALPHAS.size} loads x {len(BETAS)} temperatures, 40 + 20 sweeps:")
    print(f"  AGS lines (28 loads)          {t_lines:7.2f} s")
    print(f"  one thread (reference)        {t_one:7.2f} s")
    print(f"  default executor (ours)       {t_ours:7.2f} s   reference / ours = {t_one / t_ours:5.2f}")
    print(f"  the whole figure              {t_ours + t_lines:7.2f} s")


if __name__ == "__main__":
    main()
