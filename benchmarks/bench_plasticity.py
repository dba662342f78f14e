"""Time to recompute the Plasticity lab's curves (run: python benchmarks/bench_plasticity.py).

1. A whole STDP window: 200 Δt values × 60 pairs at 1 Hz with the triplet rule (visual cortex,
   minimal), as a slider of the lab asks for at every move (aim: under 20 ms).
2. The lab's three panels for one rule (core/plasticity_lab.lab_curves): the window (201 Δt), the
   Sjöström curves (27 frequencies × 2 Δt × 60 pairs) and the Dudek & Bear curve (21 frequencies ×
   8 Poisson trials × 900 pulses) — what one move of a parameter recomputes, in the background.

Ours: the event-driven compiled kernel (core/plasticity.py); reference: the same event-by-event
algorithm in plain Python, in this process, on the same spike trains.
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

    from hopfield_gui.core import plasticity_lab as lab

    def reference_lab():
        window = [reference(rule, *pl.pairs(60, 1.0, dt)) for dt in lab.DT_MS]
        both = [[reference(rule, *pl.pairs(60, f, dt)) for dt in lab.PAIRING_DT] for f in lab.PAIRING_HZ]
        freq = []
        for f, ss in zip(lab.FREQ_HZ, np.random.SeedSequence(0).spawn(lab.FREQ_HZ.size), strict=True):
            rng = np.random.default_rng(ss)  # the same trains as spike_frequency draws
            freq.append(np.mean([reference(rule, *pl.frequency_train(f, 900, 1.0, rng)) for _ in range(8)]))
        return window, both, freq

    t_lab, curves = best_of(lambda: lab.lab_curves("triplet", rule))
    t_ref_lab, (window, both, freq) = best_of(reference_lab, repeat=1)
    assert np.allclose(curves.window_dw, window, rtol=1e-9, atol=1e-15)
    assert np.allclose(curves.pairing_dw.T, both, rtol=1e-9, atol=1e-15)
    assert np.allclose(curves.freq_dw, freq, rtol=1e-9, atol=1e-12)
    print("The lab's three panels, one rule (triplet):")
    print(f"  plain Python (reference)  {1000 * t_ref_lab:8.2f} ms")
    print(f"  compiled kernel (ours)    {1000 * t_lab:8.2f} ms   reference / ours = {t_ref_lab / t_lab:6.1f}")
    for kind in ("pair", "calcium", "bcm"):
        other = pl.make_rule(kind)
        t, _ = best_of(lambda other=other, kind=kind: lab.lab_curves(kind, other))
        t_b, _ = best_of(lambda other=other, kind=kind: lab.lab_curves(kind, other, "bursts"))
        print(f"  {kind:8s} continuous {1000 * t:7.2f} ms, bursts {1000 * t_b:7.2f} ms")


if __name__ == "__main__":
    main()
