"""The capacity curve at N = 1000: alpha = 0.01 ... 0.30 step 0.01, 10 trials, 10 % noise, beta = inf.

(run: python benchmarks/bench_capacity.py [--quick])

Every implementation runs the same trials: K = round(alpha N) random patterns, cue = pattern 0 with
10 % of its neurons flipped, asynchronous updates until a sweep changes nothing (at most 100).
The textbook NumPy loop is slow, so by default it runs 2 of the 10 trials per load and its time is
scaled to 10 (it is linear in the number of trials); --full runs it on all of them.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import compiled_or_none, hebb_matrix, textbook_run  # noqa: E402

from hopfield_gui import core  # noqa: E402
from hopfield_gui.core import experiments  # noqa: E402

N, TRIALS, NOISE = 1000, 10, 0.1
ALPHAS = experiments.parse_range("0.01:0.30:0.01")


def trial_inputs(seed, trials):
    """The same patterns and cues as capacity_experiment (same seed spawning)."""
    seeds = np.random.SeedSequence(seed).spawn(ALPHAS.size * TRIALS)
    for a, alpha in enumerate(ALPHAS):
        k = max(1, int(round(alpha * N)))
        for t in range(trials):
            rng = np.random.default_rng(seeds[a * TRIALS + t])
            P = core.random_patterns(k, N, rng)
            yield a, P, core.flip_noise(P[0], NOISE, rng)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--full", action="store_true", help="run the textbook loop on all 10 trials")
    args = ap.parse_args()
    tb_trials = TRIALS if args.full else 2

    experiments.capacity_experiment(50, [0.1], trials=1, seed=0)  # JIT warm-up

    t = time.perf_counter()
    res = experiments.capacity_experiment(N, ALPHAS, TRIALS, NOISE, seed=1)
    t_ours = time.perf_counter() - t

    comp = compiled_or_none()
    t_c_total = t_c_dyn = 0.0
    m_c = np.zeros((ALPHAS.size, TRIALS))
    if comp is not None:
        for idx, (a, P, cue) in enumerate(trial_inputs(1, TRIALS)):
            t0 = time.perf_counter()
            W = hebb_matrix(P)
            t1 = time.perf_counter()
            S, _ = comp.run(W, cue, np.inf, 100, seed=idx + 1, until_stable=True)
            t2 = time.perf_counter()
            t_c_total += t2 - t0
            t_c_dyn += t2 - t1
            m_c[a, idx % TRIALS] = (P[0] @ S.astype(np.int64)) / N

    t_tb = 0.0
    m_tb = np.zeros((ALPHAS.size, tb_trials))
    for idx, (a, P, cue) in enumerate(trial_inputs(1, tb_trials)):
        t0 = time.perf_counter()
        W = hebb_matrix(P)
        S, _ = textbook_run(W, cue, np.inf, 100, np.random.default_rng(idx), until_stable=True)
        t_tb += time.perf_counter() - t0
        m_tb[a, idx % tb_trials] = (P[0] @ S.astype(np.int64)) / N
    t_tb_scaled = t_tb * TRIALS / tb_trials

    print(f"capacity curve, N = {N}, {ALPHAS.size} loads x {TRIALS} trials, noise {NOISE}, beta = inf")
    print(f"  ours (capacity_experiment)   : {t_ours:8.3f} s")
    print(
        f"  textbook NumPy loop          : {t_tb_scaled:8.3f} s"
        + ("" if args.full else f"  (measured {t_tb:.2f} s on {tb_trials} trials/load, scaled)")
    )
    if comp is not None:
        print(
            f"  compiled C reference         : {t_c_total:8.3f} s  (of which dynamics {t_c_dyn:.3f} s, "
            f"W = PᵀP/N by BLAS {t_c_total - t_c_dyn:.3f} s)"
        )
    print(f"ratio textbook / ours  = {t_tb_scaled / t_ours:8.1f}x  (goal: >= 20)")
    if comp is not None:
        print(f"ratio ours / compiled  = {t_ours / t_c_total:8.2f}   (goal: <= 2)")
    # same physics from all three: the mean final overlap per load
    print("alpha   ours   compiled  textbook")
    for a in range(0, ALPHAS.size, 3):
        c = f"{m_c[a].mean():8.3f}" if comp is not None else "       -"
        print(f"{ALPHAS[a]:.2f}  {res.m_mean[a]:6.3f}  {c}  {m_tb[a].mean():8.3f}")


if __name__ == "__main__":
    main()
