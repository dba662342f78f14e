"""Time to recompute a whole STDP window (run: python benchmarks/bench_plasticity.py).

200 Δt values × 60 pairs at 1 Hz with the triplet rule (visual cortex, minimal), as a slider of the
Plasticity lab will ask for at every move (aim: under 20 ms). Ours: the event-driven compiled kernel
(core/plasticity.py); reference: the same event-by-event algorithm in plain Python, in this process.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import best_of  # noqa: E402

from hopfield_gui.core import plasticity as pl  # noqa: E402


def reference(rule, pre, post) -> float:
    """The triplet rule in plain Python, event by event (the textbook loop)."""
    events = sorted([(t, 0) for t in pre] + [(t, 1) for t in post])
    r1 = r2 = o1 = o2 = 0.0
    last = events[0][0]
    dw = 0.0
    for t, is_post in events:
        s = t - last
        r1 *= math.exp(-s / rule.tau_plus)
        r2 *= math.exp(-s / rule.tau_x)
        o1 *= math.exp(-s / rule.tau_minus)
        o2 *= math.exp(-s / rule.tau_y)
        last = t
        if is_post:
            dw += r1 * (rule.a2_plus + rule.a3_plus * o2)
            o1 += 1.0
            o2 += 1.0
        else:
            dw -= o1 * (rule.a2_minus + rule.a3_minus * r2)
            r1 += 1.0
            r2 += 1.0
    return dw


def main():
    rule = pl.stdp_set("visual-minimal")
    dts = np.linspace(-100, 100, 200)
    pl.window(rule, dts[:2])  # compile
    t_ours, ours = best_of(lambda: pl.window(rule, dts))
    t_ref, ref = best_of(lambda: [reference(rule, *pl.pairs(60, 1.0, dt)) for dt in dts])
    assert np.allclose(ours, ref, rtol=1e-9, atol=1e-15)
    print("STDP window, 200 dt values x 60 pairs, triplet rule:")
    print(f"  plain Python (reference)  {1000 * t_ref:8.2f} ms")
    print(f"  compiled kernel (ours)    {1000 * t_ours:8.2f} ms   reference / ours = {t_ref / t_ours:6.1f}")


if __name__ == "__main__":
    main()
