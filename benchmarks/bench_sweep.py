"""Time per asynchronous sweep at N = 4096, K = 204, beta = 4 (run: python benchmarks/bench_sweep.py).

Prints seconds per sweep for our core (pattern-form Hebb weights, the app's default), our core with
the dense weight matrix, the textbook NumPy loop and the compiled C reference, all measured in this
process, and the ratios between them.
"""

from __future__ import annotations

import sys

import numpy as np

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from _common import best_of, compiled_or_none, hebb_matrix, textbook_run  # noqa: E402

from hopfield_gui import core  # noqa: E402

N, K, BETA = 4096, 204, 4.0


def main():
    rng = np.random.default_rng(0)
    P = core.random_patterns(K, N, rng)
    cue = core.flip_noise(P[0], 0.1, rng)
    W = hebb_matrix(P)

    # warm-up (JIT compilation) outside the timings
    core.Network(core.build_weights(P[:2, :64]), P[0, :64], beta=BETA).run(2)

    sweeps = 40
    w_lr = core.build_weights(P)
    net = core.Network(w_lr, cue, beta=BETA, rng=1)
    net.run(5, record=False)
    t_ours, _ = best_of(lambda: net.run(sweeps, record=False))
    t_ours /= sweeps

    w_dense = core.DenseWeights(W, P, "hebb", False)
    net_d = core.Network(w_dense, cue, beta=BETA, rng=1)
    net_d.run(5, record=False)
    t_dense, _ = best_of(lambda: net_d.run(sweeps, record=False))
    t_dense /= sweeps

    tb_sweeps = 2
    t_tb, _ = best_of(lambda: textbook_run(W, net.state, BETA, tb_sweeps, np.random.default_rng(2)), repeat=1)
    t_tb /= tb_sweeps

    comp = compiled_or_none()
    print(f"N = {N}, K = {K}, beta = {BETA}: seconds per asynchronous sweep (near the retrieval state, m = {net.overlaps[0]:.3f})")
    print(f"  ours, pattern-form Hebb (default): {t_ours * 1e3:9.3f} ms")
    print(f"  ours, dense W                    : {t_dense * 1e3:9.3f} ms")
    print(f"  textbook NumPy loop              : {t_tb * 1e3:9.3f} ms")
    if comp is not None:
        t_c, _ = best_of(lambda: comp.run(W, net.state, BETA, sweeps, seed=7))
        t_c /= sweeps
        print(f"  compiled C reference (dense, O(N) per flip): {t_c * 1e3:9.3f} ms")
    print(f"ratio textbook / ours          = {t_tb / t_ours:8.1f}x")
    print(f"ratio textbook / ours (dense)  = {t_tb / t_dense:8.1f}x")
    if comp is not None:
        print(f"ratio ours / compiled          = {t_ours / t_c:8.2f}  (goal: <= 2)")
        print(f"ratio ours (dense) / compiled  = {t_dense / t_c:8.2f}")


if __name__ == "__main__":
    main()
