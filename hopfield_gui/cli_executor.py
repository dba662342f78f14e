"""Where every experiment of ``hopfield`` runs: ``--workers N`` local processes, ``--dask ADDRESS`` a
Dask cluster (its ``Client.get_executor()``), else the threads of this process — a
``concurrent.futures.Executor`` handed to the experiment's run (README, "Experiments")."""

from __future__ import annotations

import argparse
import contextlib
import os


from .cli_args import count_arg


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
