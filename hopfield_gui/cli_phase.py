"""``hopfield phase`` and ``hopfield finite-size``: the experiments beyond the lecture, and the choice
of where every experiment runs (``--workers N`` local processes, ``--dask ADDRESS`` a Dask cluster).

    hopfield phase --n N --alpha A:B:STEP --beta LIST|A:B:STEP [--trials T] [--sweeps S] [--burn-in B]
                   [--theory-only] [--seed S] [--workers N | --dask ADDRESS] --json
    hopfield finite-size --n LIST --alpha A:B:STEP [--trials T] [--seed S] [--workers N | --dask ADDRESS] --json
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import sys

import numpy as np

from .cli_args import add_number, count_arg, numbers_arg
from .core.experiment_params import EXPERIMENTS
from .core import phase as ph
from .core import theory as th


DASK_DEADLINE_S = 10.0  # a scheduler answers in milliseconds; a wrong port never does


def add_executor_args(p) -> None:
    g = p.add_mutually_exclusive_group()
    cpus = os.cpu_count() or 1
    g.add_argument("--workers", type=count_arg("--workers", 1, cpus), default=None, metavar="N",
                   help=f"run the trials in N local processes, 1 to {cpus} (default: threads of this process)")
    g.add_argument("--dask", type=_dask_address, metavar="ADDRESS", default=None,
                   help="run the trials on a Dask cluster (tcp://host:8786; needs pip install 'hopfield-gui[cluster]')")


def _dask_address(text: str) -> str:
    t = str(text).strip()
    if not t.startswith(("tcp://", "tls://")) or len(t) <= len("tcp://"):
        raise argparse.ArgumentTypeError(f"--dask needs a scheduler address such as tcp://host:8786, not {text!r}")
    return t


def check_scheduler(address: str, deadline: float = DASK_DEADLINE_S) -> None:
    """Ask ``address`` who it is, within ``deadline`` seconds: Dask's own ``Client`` waits for ever
    at a port where something else listens (the handshake is never answered)."""
    import asyncio

    from distributed.comm import connect

    async def identity():
        comm = await asyncio.wait_for(connect(address, timeout=deadline), deadline)
        try:
            await asyncio.wait_for(comm.write({"op": "identity"}), deadline)
            return await asyncio.wait_for(comm.read(), deadline)
        finally:
            comm.abort()

    try:
        reply = asyncio.run(identity())
    except (OSError, TimeoutError, asyncio.TimeoutError) as exc:
        raise ValueError(f"--dask {address}: cannot reach a Dask scheduler within {deadline:g} s "
                         f"({type(exc).__name__}{': ' + str(exc) if str(exc) else ''})") from None
    except Exception as exc:  # noqa: BLE001 - whatever a program that is not a scheduler answers
        raise ValueError(f"--dask {address}: what answers there is not a Dask scheduler ({exc})") from None
    if not isinstance(reply, dict) or reply.get("type") != "Scheduler":
        raise ValueError(f"--dask {address}: what answers there is not a Dask scheduler")


@contextlib.contextmanager
def executor_for(a):
    """The ``concurrent.futures.Executor`` the options ask for (None: the default threads)."""
    if getattr(a, "dask", None):
        try:
            from distributed import Client
        except ImportError:
            raise ValueError("--dask needs the 'distributed' package: pip install 'hopfield-gui[cluster]'") from None
        check_scheduler(a.dask)
        try:
            client = Client(a.dask, timeout=f"{DASK_DEADLINE_S:g}s")
        except (OSError, TimeoutError) as exc:
            raise ValueError(f"--dask {a.dask}: cannot reach the scheduler ({exc})") from None
        try:
            yield client.get_executor()
        finally:
            client.close()
    elif getattr(a, "workers", None):
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(a.workers) as pool:
            yield pool
    else:
        yield None


def add_parsers(sub, common) -> None:
    p = sub.add_parser("phase", help="the measured (alpha, beta) phase diagram with the AGS lines")
    phase = EXPERIMENTS["phase"]
    p.add_argument("--n", type=count_arg("--n", phase["n"].lo, phase["n"].hi), required=True)
    p.add_argument("--alpha", type=numbers_arg("--alpha"), required=True, help="loads A:B:STEP or A,B,C")
    p.add_argument("--beta", type=numbers_arg("--beta", finite=False), required=True,
                   help="inverse temperatures of the lecture (T of textbooks = 2/beta): A:B:STEP or A,B,C")
    add_number(p, "--trials", phase["trials"], "runs per cell, each with new patterns")
    add_number(p, "--sweeps", phase["sweeps"], "measured sweeps")
    add_number(p, "--burn-in", phase["burn_in"], "sweeps of relaxation first")
    p.add_argument("--theory-only", action="store_true", help="the AGS lines alone, no simulation")
    add_executor_args(p)
    common(p, plot=True)

    about = ("alpha_c(N) from capacity curves at several N, extrapolated to N = inf; alpha_c(N) is a dynamical "
             "criterion, not AGS's: the load where half the runs end with m > 0.9 from a cue with --noise flipped "
             "(a logistic fit to every run; errors: standard errors, the plot draws 95 percent intervals)")
    f = sub.add_parser("finite-size", help=about, description=about)
    f.add_argument("--n", type=numbers_arg("--n"), required=True, help="sizes, e.g. 250,500,1000,2000")
    f.add_argument("--alpha", type=numbers_arg("--alpha"), required=True, help="loads A:B:STEP")
    fs = EXPERIMENTS["finite-size"]
    add_number(f, "--trials", fs["trials"], "runs per load and size")
    add_number(f, "--noise", fs["noise"], "fraction of the cue flipped")
    add_executor_args(f)
    common(f, plot=True)


def _progress(a):
    if a.json or not sys.stderr.isatty():
        return None

    def progress(done, total, _res=None):
        sys.stderr.write(f"\r{done}/{total} runs")
        if done == total:
            sys.stderr.write("\n")
    return progress


def _plot(res, kind: str, a) -> None:
    from .gui.plotting.slides import save_result_png
    save_result_png(res, a.plot, kind, a.seed)


def cmd_phase(a) -> tuple[dict, list[str], list[list]]:
    alphas = np.asarray(a.alpha, float)
    if (alphas <= 0).any() or (np.asarray(a.beta) <= 0).any():
        raise ValueError("--alpha and --beta values must be positive")
    if a.theory_only:
        if a.plot:
            raise ValueError("--plot needs a measured diagram (without --theory-only)")
        lines = th.phase_lines(alphas)
        out = {"alpha": alphas.tolist(), "beta": list(a.beta), "m": None,
               "theory": {k: [None if not math.isfinite(x) else float(x) for x in v] for k, v in lines.items()}}
        rows = [[al, g, m, c, mm] for al, g, m, c, mm in zip(*(lines[k] for k in ("alpha", "beta_g", "beta_m",
                                                                                    "beta_c", "m_at_beta_m")),
                                                             strict=True)]
        return out, ["alpha", "beta_g", "beta_m", "beta_c", "m_at_beta_m"], rows
    if a.trials < 1 or a.sweeps < 1 or a.burn_in < 0:
        raise ValueError("--trials and --sweeps must be at least 1, --burn-in at least 0")
    with executor_for(a) as pool:
        res = ph.phase_experiment(a.n, alphas, a.beta, a.trials, a.sweeps, a.burn_in, a.seed, executor=pool,
                                  progress=_progress(a))
    if a.plot:  # the lines on a fine grid of loads, up to α_c
        res.theory = th.phase_lines(np.linspace(max(0.002, alphas.min() / 2), min(alphas.max(), 0.137), 28))
        _plot(res, "phase", a)
    rows = [[al, b, res.m[i, j], res.m_spread[i, j]] for i, al in enumerate(res.alpha) for j, b in enumerate(res.beta)]
    return res.to_dict(), ["alpha", "beta", "m", "m_spread"], rows


def cmd_finite_size(a) -> tuple[dict, list[str], list[list]]:
    ns = [int(x) for x in a.n]
    if any(x != int(x) for x in a.n) or min(ns) < 10 or max(ns) > 128 * 128:
        raise ValueError("--n: sizes must be whole numbers from 10 to 16384")
    if a.trials < 2 or not 0 <= a.noise <= 1:
        raise ValueError("--trials must be at least 2 and --noise a fraction")
    with executor_for(a) as pool:
        res = ph.finite_size_experiment(ns, a.alpha, a.trials, a.noise, a.seed, executor=pool, progress=_progress(a))
    if a.plot:
        _plot(res, "finite-size", a)
    rows = [[n, c, e] for n, c, e in zip(res.n, res.alpha_c, res.alpha_c_err, strict=True)]
    return res.to_dict(), ["n", "alpha_c", "alpha_c_err"], rows
