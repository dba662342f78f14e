"""Soak: the real window at 64 x 64 (K = 20, beta = 4) running at full speed for a long time.

    python benchmarks/soak.py [--minutes 10]

Reports the resident memory after a warm-up and at the end (growth in %, aim: under 5 %), the
frame backlog (frames the worker emitted that the window had not yet received, sampled every
second; aim: none beyond the one frame in flight), frames per second and sweeps run.
"""

from __future__ import annotations

import argparse
import os
import time


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=10.0)
    args = ap.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import numpy as np

    from hopfield_gui.gui.selftest import _wait
    from hopfield_gui.gui.window import MainWindow
    from hopfield_gui.state.library import PatternEntry
    from hopfield_gui.gui.qtapp import ensure_app

    app = ensure_app(True)
    win = MainWindow(rows=64, cols=64, demo=False)
    win.resize(1400, 900)
    win.show()
    rng = np.random.default_rng(0)
    pats = rng.choice(np.array([-1, 1], np.int8), size=(20, 64 * 64))
    win.library.replace_all(64, 64, [PatternEntry(f"R{i}", p, True) for i, p in enumerate(pats)])
    win.controls.set_beta(4.0)
    _wait(app, lambda: win.last_frame is not None and win.last_frame.k == 20, 30)
    win.controller.toggle_run()
    _wait(app, lambda: False, 30)  # warm-up: caches, JIT, first allocations
    worker = win.controller.worker
    rss0, t0, f0 = rss_mb(), time.perf_counter(), win.controller.sim.frames_received
    backlog, samples = 0, []
    end = t0 + args.minutes * 60
    while time.perf_counter() < end:
        _wait(app, lambda: False, 1.0)
        backlog = max(backlog, worker.frames_emitted - win.controller.sim.frames_received)
        samples.append(rss_mb())
    secs = time.perf_counter() - t0
    frames = win.controller.sim.frames_received - f0
    sweeps = win.last_frame.time
    rss1 = rss_mb()
    win.close()
    print(f"soak {args.minutes:g} min at 64x64, K=20, beta=4: rss_start_mb={rss0:.1f} rss_end_mb={rss1:.1f} "
          f"rss_max_mb={max(samples):.1f} growth_percent={100 * (rss1 - rss0) / rss0:.2f} "
          f"max_frame_backlog={backlog} frames_per_second={frames / secs:.1f} sweeps={sweeps:.0f}")


if __name__ == "__main__":
    main()
