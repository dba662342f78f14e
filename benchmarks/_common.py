"""Shared helpers for the benchmarks: the textbook NumPy implementation and the compiled reference."""

from __future__ import annotations

import ctypes
import math
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent


def textbook_run(W, S, beta, sweeps, rng, until_stable=False):
    """The textbook implementation: a Python loop over neurons computing h_i = W[i] @ S."""
    S = S.astype(np.float64).copy()
    n = S.size
    done = 0
    for _ in range(sweeps):
        changed = 0
        for i in rng.permutation(n):
            h = W[i] @ S
            if math.isinf(beta):
                new = 1.0 if h > 0 else (-1.0 if h < 0 else S[i])
            else:
                new = 1.0 if rng.random() < 1.0 / (1.0 + math.exp(-beta * h)) else -1.0
            if new != S[i]:
                S[i] = new
                changed += 1
        done += 1
        if until_stable and changed == 0:
            break
    return S.astype(np.int8), done


def hebb_matrix(P):
    p = P.astype(np.float64)
    W = p.T @ p / P.shape[1]
    np.fill_diagonal(W, 0.0)
    return W


class Compiled:
    """reference.c compiled with the system C compiler and loaded with ctypes (None if no compiler)."""

    def __init__(self):
        cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
        if cc is None:
            raise RuntimeError("no C compiler")
        self._dir = tempfile.mkdtemp(prefix="hopfield-bench-")
        lib = Path(self._dir) / "libref.so"
        subprocess.run([cc, "-O2", "-march=native", "-shared", "-fPIC", str(HERE / "reference.c"),
                        "-o", str(lib), "-lm"], check=True)
        self.lib = ctypes.CDLL(str(lib))
        P = ctypes.POINTER
        self.lib.run_async.argtypes = [ctypes.c_int, P(ctypes.c_double), P(ctypes.c_int8), P(ctypes.c_double),
                                       P(ctypes.c_int), ctypes.c_double, ctypes.c_int, ctypes.c_int, ctypes.c_uint64]
        self.lib.run_async.restype = ctypes.c_int
        self.lib.init_fields.argtypes = [ctypes.c_int, P(ctypes.c_double), P(ctypes.c_int8), P(ctypes.c_double)]

    @staticmethod
    def _p(a, t):
        return a.ctypes.data_as(ctypes.POINTER(t))

    def run(self, W, S, beta, sweeps, seed, until_stable=False):
        n = S.size
        S = np.ascontiguousarray(S, dtype=np.int8).copy()
        W = np.ascontiguousarray(W, dtype=np.float64)
        h = np.empty(n)
        perm = np.empty(n, dtype=np.intc)
        self.lib.init_fields(n, self._p(W, ctypes.c_double), self._p(S, ctypes.c_int8), self._p(h, ctypes.c_double))
        done = self.lib.run_async(n, self._p(W, ctypes.c_double), self._p(S, ctypes.c_int8),
                                  self._p(h, ctypes.c_double), self._p(perm, ctypes.c_int),
                                  -1.0 if math.isinf(beta) else beta, sweeps, int(until_stable), seed)
        return S, done


def compiled_or_none():
    try:
        return Compiled()
    except Exception as exc:  # noqa: BLE001 - a benchmark without a compiler still runs
        print(f"(compiled reference unavailable: {exc})")
        return None


def best_of(fn, repeat=3):
    best = math.inf
    out = None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out
