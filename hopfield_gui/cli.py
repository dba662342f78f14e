"""``hopfield``: headless experiments on the same core as the window.

    hopfield simulate    (--n N [--k K] | --patterns FILE) [--beta B] [--noise F] [--mask F] ...
    hopfield capacity    --n N --alpha A0:A1:DA [--trials T] ... [--plot FILE.png]
    hopfield temperature --n N [--k K] --beta B0:B1:DB ... [--plot FILE.png]
    hopfield basins | phase | finite-size | dilution ...    (every experiment: cli_experiments.py)
    hopfield plasticity  spikes|window|pairing --rule pair|triplet ...   (cli_plasticity.py)

Bad input ends with exit status 2 and one line ``hopfield: error: …`` on stderr; output files are
written to a temporary file and renamed, so a failure never leaves half a file.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import os
import sys

import numpy as np

from . import __version__
from .cli_args import count_arg, real_arg
from .core.io import PatternFileError, load_patterns
from .core.writing import atomic_write, csv_text
from .core.network import Network, parse_beta
from .core.limits import MAX_NEURONS, MAX_PATTERNS, MAX_SWEEPS
from .core.patterns import flip_noise, mask, random_patterns
from .core.rules import RULES, build_weights
from .state.params import ExplorerParams


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, no usage block
        raise UsageError(message)


def _positive_int(name, lo=1, hi=None):
    return count_arg(name, lo, hi)


def _fraction(name, field="noise"):
    """A cue fraction, in the range the window's parameter ``field`` declares (state/params.py)."""
    spec = ExplorerParams.spec(field)
    return real_arg(name, spec.low, spec.high)


def _beta(text):
    try:
        return parse_beta(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="hopfield", description="Hopfield network experiments (the lecture's model: "
                "P[S_i=+1] = 1/(1+exp(-beta h_i)), w_ij = (1/N) sum_mu P_i^mu P_j^mu, w_ii = 0).")
    p.add_argument("--version", action="version", version=f"hopfield {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    n_arg = _positive_int("--n", 1, MAX_NEURONS)

    s = sub.add_parser("simulate", help="run one network from a noisy cue of a stored pattern")
    src = s.add_mutually_exclusive_group(required=True)
    src.add_argument("--n", type=n_arg, help="number of neurons (random patterns)")
    src.add_argument("--patterns", metavar="FILE", help="pattern set (.npz or .json)")
    s.add_argument(
        "--k", type=_positive_int("--k", 1, MAX_PATTERNS), default=5, help="random patterns to store (default 5)"
    )
    s.add_argument("--beta", type=_beta, default=math.inf, help="inverse temperature, or inf (default)")
    s.add_argument("--noise", type=_fraction("--noise"), default=ExplorerParams().noise,
                   help=f"fraction of the cue flipped (default {ExplorerParams().noise}, as in the window)")
    s.add_argument("--mask", type=_fraction("--mask", "masked"), default=0.0,
                   help="fraction of the cue erased (set to -1)")
    s.add_argument(
        "--sweeps", type=_positive_int("--sweeps", 0, MAX_SWEEPS), default=20, help="sweeps to run (default 20)"
    )
    s.add_argument("--until-stable", action="store_true", help="stop after a sweep that changed nothing")
    s.add_argument("--mode", choices=("async", "sync"), default="async")
    s.add_argument("--rule", choices=RULES, default="hebb")
    s.add_argument("--self-coupling", action="store_true", help="keep w_ii (default: w_ii = 0)")
    s.add_argument(
        "--cue",
        type=_positive_int("--cue", 0, MAX_PATTERNS - 1),
        default=0,
        help="index of the cued pattern (default 0)",
    )
    _common(s)

    from . import cli_experiments, cli_plasticity
    cli_plasticity.add_parsers(sub, _common)
    cli_experiments.add_parsers(sub, _common)
    return p


def _common(p, plot=False):
    p.add_argument(
        "--seed", type=_positive_int("--seed", 0, 2**64 - 1), default=None, help="seed for an exactly reproducible run"
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--csv", metavar="FILE", help="write the table as CSV")
    if plot:
        p.add_argument("--plot", metavar="FILE.png", help="draw the result as a PNG")


def _fmt(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (bool, np.bool_)):
        return "yes" if v else "no"
    if isinstance(v, str):
        return v
    v = float(v)
    if math.isnan(v):
        return ""
    if math.isinf(v):
        return "inf"
    return repr(int(v)) if v.is_integer() and abs(v) < 1e15 else f"{v:.6g}"


def cmd_simulate(a) -> dict:
    rng = np.random.default_rng(a.seed)
    if a.patterns:
        pset = load_patterns(a.patterns)
        patterns = pset.patterns
        if pset.k == 0:
            raise ValueError(f"{a.patterns}: the file holds no pattern")
    else:
        patterns = random_patterns(a.k, a.n, rng)
    k, n = patterns.shape
    if a.cue >= k:
        raise ValueError(f"--cue {a.cue} is not a stored pattern (there are {k}, numbered from 0)")
    weights = build_weights(patterns, a.rule, a.self_coupling)
    cue = flip_noise(patterns[a.cue], a.noise, rng)
    if a.mask:
        cue = mask(cue, a.mask, rng, fill="blank")
    net = Network(weights, cue, beta=a.beta, mode=a.mode, rng=rng)
    traj = net.run(a.sweeps, until_stable=a.until_stable)
    out = {
        "n": n, "k": k, "beta": "inf" if math.isinf(a.beta) else a.beta, "mode": a.mode,
        "rule": a.rule, "cue": a.cue, "seed": a.seed,
        "overlaps": traj.overlaps.round(10).tolist(),
        "energy": traj.energy.round(10).tolist(),
        "final_overlap": float(traj.overlaps[-1, a.cue]),
        "converged": bool(traj.converged),
        "cycle": bool(traj.cycle),
        "sweeps_run": traj.sweeps_run,
    }
    if a.csv:
        header = ["sweep", "energy"] + [f"m{mu}" for mu in range(k)]
        rows = [[t, e, *m] for t, (e, m) in enumerate(zip(traj.energy, traj.overlaps, strict=True))]
        atomic_write(a.csv, csv_text(header, rows))
    if not a.json:
        print(f"N = {n}, K = {k} (alpha = {k / n:.3f}), beta = {out['beta']}, {a.mode}, {a.rule}")
        print(f"{'sweep':>5}  {'m_cue':>7}  {'energy':>10}")
        for t, (e, m) in enumerate(zip(traj.energy, traj.overlaps, strict=True)):
            print(f"{t:>5}  {m[a.cue]:>7.4f}  {e:>10.3f}")
        state = "2-cycle" if traj.cycle else ("fixed point" if traj.converged else "still moving")
        print(
            f"final overlap with pattern {a.cue}: {out['final_overlap']:.4f} after {traj.sweeps_run} sweeps ({state})"
        )
    return out


def joined_negatives(argv: list[str]) -> list[str]:
    """``--dt -50:50:10`` as ``--dt=-50:50:10``: argparse takes a value starting with "-" and a
    digit (other than a plain number) for an option; people type it that way."""
    out, i = [], 0
    while i < len(argv):
        tok = argv[i]
        nxt = argv[i + 1] if i + 1 < len(argv) else ""
        if (
            tok.startswith("--")
            and "=" not in tok
            and len(nxt) > 1
            and nxt[0] == "-"
            and (nxt[1].isdigit() or nxt[1] == ".")
        ):
            out.append(f"{tok}={nxt}")
            i += 2
            continue
        out.append(tok)
        i += 1
    return out


def cmd_table(run):
    """A command whose ``run(a)`` gives (JSON object, CSV header, CSV rows)."""
    def cmd(a) -> dict:
        out, header, rows = run(a)
        if a.csv:
            atomic_write(a.csv, csv_text(header, rows))
        if not a.json:
            print(csv_text(header, rows), end="")
        return out
    return cmd


def cmd_plasticity(a) -> dict:
    from . import cli_plasticity
    out = cmd_table(cli_plasticity.run)(a)
    if a.plot:
        from .gui.plotting.setup import configure_pyqtgraph
        from .gui.plotting.slides import plasticity_figure, save_image
        from .gui.qtapp import ensure_app
        ensure_app()
        configure_pyqtgraph()
        label = f"{a.rule} ({a.set_name or cli_plasticity.DEFAULT_SET.get(a.rule, 'default')})"
        save_image(plasticity_figure(a.what, out, label), a.plot)
    return out


def check_tokens(argv: list[str]) -> None:
    """Refuse what argparse would turn into a value no converter sees: a bare ``--`` (argparse reads
    ``--trials=--`` as an empty list), ``--x=`` and empty arguments."""
    for tok in argv:
        if tok == "--":
            raise UsageError("a bare '--' is not an option of hopfield")
        if not tok.strip():
            raise UsageError("an empty argument was given (quotes with nothing inside?)")
        if tok.startswith("--") and "=" in tok:
            opt, _, value = tok.partition("=")
            if not value.strip() or value.strip() == "--":
                raise UsageError(f"{opt} needs a value after '='")


def finite_json(obj):
    """``obj`` with every NaN or infinite number as None (JSON's null): strictly valid JSON."""
    if isinstance(obj, dict):
        return {str(k): finite_json(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [finite_json(v) for v in obj]
    if isinstance(obj, np.ndarray):
        return finite_json(obj.tolist())
    if isinstance(obj, (bool, np.bool_)):
        return bool(obj)
    if isinstance(obj, (np.integer,)):
        return int(obj)
    if isinstance(obj, (float, np.floating)):
        return float(obj) if math.isfinite(obj) else None
    return obj


def main(argv=None) -> int:
    """Run one command; its output (text or JSON) is made whole first, then written at once: a
    failure never leaves half an output, and a failed write is exit status 2 with one line."""
    parser = build_parser()
    try:
        args = list(sys.argv[1:] if argv is None else argv)
        check_tokens(args)
        a = parser.parse_args(joined_negatives(args))
        if getattr(a, "plot", None) and not str(a.plot).lower().endswith(".png"):
            raise UsageError("--plot: the file name must end in .png")
        from . import cli_experiments
        commands = {"simulate": cmd_simulate, "plasticity": cmd_plasticity}
        run = commands[a.command] if a.command in commands else cli_experiments.command(a.command)
        text = io.StringIO()
        with contextlib.redirect_stdout(text):
            out = run(a)
        if a.json:
            text.write(json.dumps(finite_json(out), allow_nan=False) + "\n")
    except UsageError as exc:
        return _fail(str(exc))
    except (ValueError, PatternFileError) as exc:
        return _fail(str(exc))
    except OSError as exc:
        return _fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
    except MemoryError:
        return _fail("not enough memory for this size")
    except KeyboardInterrupt:
        return _fail("interrupted")
    except Exception as exc:  # noqa: BLE001 - a bug: one line that says so, not a traceback
        _fail(f"internal error, please report it: {type(exc).__name__}: {exc}")
        return 3
    return _emit(text.getvalue())


def _emit(text: str) -> int:
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except (OSError, ValueError) as exc:  # a full disk (/dev/full), a closed pipe (| head)
        _silence_stdout()
        if isinstance(exc, BrokenPipeError):
            return 0 if not text else _fail("the output was cut off: the reading end of the pipe closed")
        return _fail(f"cannot write the output: {getattr(exc, 'strerror', None) or exc}")
    return 0


def _silence_stdout() -> None:
    """Point file descriptor 1 at /dev/null, so that Python's own flush at exit cannot fail again
    (it would print "Exception ignored…" and change the exit status)."""
    try:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, sys.stdout.fileno())
        os.close(fd)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


def _fail(msg: str) -> int:
    msg = " ".join(str(msg).split())
    try:
        sys.stderr.write(f"hopfield: error: {msg}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
