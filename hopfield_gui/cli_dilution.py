"""``hopfield dilution``: what memory survives structural plasticity (``core/dilution.py``).

    hopfield dilution --n N --connectivity LIST --alpha A:B:STEP --mode random|prune|clip --trials T
                      [--noise F] [--seed S] [--workers N | --dask ADDRESS] --json [--plot FILE.png] [--csv FILE]

``--alpha`` is the load per connection K/(cN); for ``--mode prune`` the connectivity is the fraction of
the fully connected network's synapses kept (the weakest removed first).
"""

from __future__ import annotations

import sys

from .cli_args import add_number, count_arg, numbers_arg
from .core.experiment_params import EXPERIMENTS
from .core.structure import MODES


def add_parsers(sub, common, add_executor_args) -> None:
    about = ("recall against the load per connection alpha = K/(c N) at several connectivities c, for synapses "
             "removed at random, the weakest pruned, or clipped to their sign; alpha_c per connectivity (the load "
             "where half the runs end with m > 0.9, a logistic fit with its standard error)")
    d = sub.add_parser("dilution", help=about, description=about)
    dil = EXPERIMENTS["dilution"]
    d.add_argument("--n", type=count_arg("--n", dil["n"].lo, dil["n"].hi), required=True)
    d.add_argument("--connectivity", type=numbers_arg("--connectivity"), required=True,
                   help="fractions of the pairs connected, e.g. 1,0.5,0.1 (prune: the fraction kept)")
    d.add_argument("--alpha", type=numbers_arg("--alpha"), required=True, help="loads per connection A:B:STEP")
    d.add_argument("--mode", choices=MODES, default="random")
    add_number(d, "--trials", dil["trials"], "runs per point")
    add_number(d, "--noise", dil["noise"], "fraction of the cue flipped")
    add_number(d, "--max-sweeps", dil["max_sweeps"])
    add_executor_args(d)
    common(d, plot=True)


def cmd_dilution(a) -> tuple[dict, list[str], list[list]]:
    from .cli_phase import _progress, executor_for
    from .core.dilution import dilution_experiment
    with executor_for(a) as pool:
        res = dilution_experiment(a.n, a.connectivity, a.alpha, a.mode, a.trials, a.noise, a.max_sweeps, a.seed,
                                  progress=_progress(a), executor=pool)
    if a.plot:
        from .gui.plotting.slides import save_result_png
        save_result_png(res, a.plot, "dilution", a.seed)
    header, table = res.columns()
    if not a.json:
        ac, err = res.alpha_c()
        for c, x, e in zip(res.connectivity, ac, err, strict=True):
            sys.stderr.write(f"c = {c:g}: alpha_c = {x:.3f} +/- {e:.3f} per connection ({x * c:.4f} as K/N)\n")
    return res.to_dict(), header, table.tolist()
