"""Time per asynchronous sweep at N = 4096, K = 204, beta = 4 (run: python benchmarks/bench_sweep.py).

Prints seconds per sweep for our core (pattern-form Hebb weights, the app's default; with and
without recording m and E after each sweep, as `hopfield simulate` does), our core with the dense
weight matrix, the textbook NumPy loop, the compiled C reference, and a straightforward low-rank
compiled kernel (int8 patterns, overlaps kept current, the sweeps' orders and thresholds drawn in
bulk beforehand), all measured in this process, and the ratios between them.
"""

from __future__ import annotations

import sys

import numba
import numpy as np

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))
from _common import best_of, compiled_or_none, hebb_matrix, textbook_run  # noqa: E402

from hopfield_gui import core  # noqa: E402

N, K, BETA = 4096, 204, 4.0


@numba.njit(nogil=True, cache=True)
def _lowrank_sweeps(PT, S, orders, thr):
    """The straightforward low-rank kernel: h_i·N = Σ_μ P_i^μ m_μ − K·S_i, m kept current."""
    N, K = PT.shape
    m = np.zeros(K, np.int32)
    for i in range(N):
        for mu in range(K):
            m[mu] += np.int32(PT[i, mu]) * np.int32(S[i])
    for s in range(orders.shape[0]):
        for p in range(N):
            i = orders[s, p]
            si = np.int32(S[i])
            h = np.int32(-K * si)
            for mu in range(K):
                h += np.int32(PT[i, mu]) * m[mu]
            if si * (h - thr[s, p]) < 0.0:
                S[i] = -si
                for mu in range(K):
                    m[mu] -= 2 * si * PT[i, mu]
    return S


def lowrank_reference(P, state, beta, sweeps, rng):
    """Draw every sweep's order and thresholds in bulk, then run the compiled sweeps."""
    n = P.shape[1]
    orders = np.argsort(rng.random((sweeps, n)), axis=1)
    u = rng.random((sweeps, n))
    thr = (np.log(u) - np.log1p(-u)) / beta * n
    return _lowrank_sweeps(np.ascontiguousarray(P.T), state.copy(), orders, thr)


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
    t_rec, _ = best_of(lambda: net.run(sweeps, record=True))
    t_rec /= sweeps
    lowrank_reference(P, net.state, BETA, 2, np.random.default_rng(3))  # compile
    t_lr, _ = best_of(lambda: lowrank_reference(P, net.state, BETA, sweeps, np.random.default_rng(3)))
    t_lr /= sweeps

    w_dense = core.DenseWeights(W, P, "hebb", False)
    net_d = core.Network(w_dense, cue, beta=BETA, rng=1)
    net_d.run(5, record=False)
    t_dense, _ = best_of(lambda: net_d.run(sweeps, record=False))
    t_dense /= sweeps

    tb_sweeps = 2
    t_tb, _ = best_of(lambda: textbook_run(W, net.state, BETA, tb_sweeps, np.random.default_rng(2)), repeat=1)
    t_tb /= tb_sweeps

    comp = compiled_or_none()
    print(
        f"N = {N}, K = {K}, beta = {BETA}: seconds per asynchronous sweep "
        f"(near the retrieval state, m = {net.overlaps[0]:.3f})"
    )
    print(f"  ours, pattern-form Hebb (default): {t_ours * 1e3:9.3f} ms")
    print(f"  ours, recording m and E each sweep: {t_rec * 1e3:8.3f} ms")
    print(f"  straightforward low-rank kernel  : {t_lr * 1e3:9.3f} ms")
    print(f"  ours, dense W                    : {t_dense * 1e3:9.3f} ms")
    print(f"  textbook NumPy loop              : {t_tb * 1e3:9.3f} ms")
    if comp is not None:
        t_c, _ = best_of(lambda: comp.run(W, net.state, BETA, sweeps, seed=7))
        t_c /= sweeps
        print(f"  compiled C reference (dense, O(N) per flip): {t_c * 1e3:9.3f} ms")
    print(f"ratio textbook / ours          = {t_tb / t_ours:8.1f}x")
    print(f"ratio ours / low-rank kernel   = {t_ours / t_lr:8.2f}  (recording: {t_rec / t_lr:.2f}; goal: <= 1.5)")
    print(f"ratio textbook / ours (dense)  = {t_tb / t_dense:8.1f}x")
    if comp is not None:
        print(f"ratio ours / compiled          = {t_ours / t_c:8.2f}  (goal: <= 2)")
        print(f"ratio ours (dense) / compiled  = {t_dense / t_c:8.2f}")


if __name__ == "__main__":
    main()
