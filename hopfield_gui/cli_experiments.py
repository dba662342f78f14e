"""``hopfield <experiment>``: one subcommand per declared experiment (``core/experiment_kinds/``), its
options generated from the experiment's settings (``core/experiment_params.py``) — the same defaults,
bounds and checks as the window's form — plus where it runs (``--workers``, ``--dask``), ``--seed``,
``--json``, ``--csv`` and ``--plot``.

    hopfield capacity --n 500 --alpha 0.02:0.3:0.02 --trials 10 --plot capacity.png
    hopfield phase --n 1000 --alpha 0.01:0.2:0.01 --beta 2,4,inf --theory-only --json
"""

from __future__ import annotations

import argparse
import math
import sys

import numpy as np

from .cli_args import add_number
from .cli_executor import add_executor_args, executor_for
from .core.experiment_kinds import KINDS, read_values
from .core.experiment_params import Beta, Choice, Flag, Number, Values
from .core.network import parse_beta
from .core.writing import atomic_write, csv_text

__all__ = ["add_parsers", "command", "text_table"]


def _beta(text):
    try:
        return parse_beta(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_field(p, f) -> None:
    """The option of setting ``f``: its type, bounds and default as declared; its tooltip as help."""
    if isinstance(f, Number):
        add_number(p, f.option, f, str(f.tip), dest=f.key)
    elif isinstance(f, Values):  # read and checked after parsing, by the same code as the form's
        p.add_argument(f.option, dest=f.key, default=f.default, required=f.required, metavar="LIST",
                       help=str(f.tip) + ("" if f.required else f" (default {f.default})"))
    elif isinstance(f, Choice):
        p.add_argument(f.option, dest=f.key, choices=f.values, default=f.default, help=str(f.tip))
    elif isinstance(f, Beta):
        p.add_argument(f.option, dest=f.key, type=_beta, default=f.default, help=str(f.tip))
    elif isinstance(f, Flag):
        p.add_argument(f.option, dest=f.key, action="store_true", help=str(f.tip))
    else:
        raise TypeError(f"no option for {type(f).__name__}")


def add_parsers(sub, common) -> None:
    for exp in KINDS.values():
        p = sub.add_parser(exp.name, help=exp.about, description=exp.about)
        for f in exp.settings(form=False):
            add_field(p, f)
        add_executor_args(p)
        common(p, plot=True)


def _progress(a):
    if a.json or not sys.stderr.isatty():
        return None

    def progress(done, total, _res=None):
        sys.stderr.write(f"\r{done}/{total} runs")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()
    return progress


def _cell(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, str):
        return v
    v = float(v)
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return repr(int(v)) if v.is_integer() and abs(v) < 1e15 else f"{v:.4g}"


def text_table(header: list[str], rows: list[list]) -> str:
    """The rows in right-aligned columns under their names (what a person reads; ``--csv`` and
    ``--json`` are for programs)."""
    cells = [list(header)] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    return "".join("  ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) + "\n" for r in cells)


def command(name: str):
    """The command of experiment ``name``: its settings read from the options, then a run (or the
    answer that needs none), then the outputs asked for. Returns the JSON object."""
    exp = KINDS[name]

    def run(a) -> dict:
        fields = exp.settings(form=False)
        values = read_values(fields, {f.key: getattr(a, f.key) for f in fields})
        answer = exp.without_run(values) if exp.without_run else None
        notes = []
        if answer is not None:
            if a.plot:
                raise ValueError("--plot needs a measured result: "
                                 + ", ".join(f.option for f in fields if isinstance(f, Flag) and values[f.key])
                                 + " skips the run")
            out, header, rows = answer
        else:
            with executor_for(a) as pool:
                res = exp.run(**exp.arguments(values), seed=a.seed, progress=_progress(a), executor=pool)
            if a.plot:
                from .gui.plotting.slides import save_result_png
                save_result_png(res, a.plot, exp.name, a.seed)
            out = res.to_dict()
            header, table = res.columns()
            rows = np.asarray(table).tolist()
            notes = exp.notes(res)
        if a.csv:
            atomic_write(a.csv, csv_text(header, rows))
        if not a.json:
            print(text_table(header, rows), end="")
            for line in notes:
                print(line)
        return out

    return run
