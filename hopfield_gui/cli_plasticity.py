"""``hopfield plasticity …``: the rules of ``core.plasticity`` from the command line.

    hopfield plasticity spikes    --rule R [--set S] [--param NAME=VALUE]… --pre T,T,… --post T,T,… [--w0 W]
    hopfield plasticity window    --rule R [--set S] [--param …] --dt A:B:STEP [--pairs 60] [--freq 1]
    hopfield plasticity pairing   --rule R [--set S] --freq F,F,… --dt D,D,… [--protocol continuous|bursts]
    hopfield plasticity frequency --rule R [--set S] --freq A:B:STEP [--pulses 900] [--seed S]

Times in ms, Δt = t_post − t_pre; ``dw`` = Δw/w₀ (additive, relative to the initial weight; for
the calcium rule w_after/w_before − 1). Lists are ``A,B,C`` or ``START:STOP:STEP``.
"""

from __future__ import annotations



from .cli_args import count_arg, numbers_arg, real_arg
from .core.limits import MAX_FREQ_HZ, MAX_PAIRS, MAX_PULSES, MAX_SYNAPSES, MAX_TRIALS
from .core import plasticity as pl
from .core import plasticity_rules as rules

DEFAULT_SET = pl.DEFAULT_SET
#: the rules that see spike timing (every command but ``frequency`` needs it)
TIMING = tuple(name for name, k in rules.KINDS.items() if k.timing)


def _param_help() -> str:
    names = "; ".join(f"{name}: " + " ".join([f"{s.name}{f' ({s.unit})' if s.unit and '<' not in s.unit else ''}"
                                              for s in k.specs] +
                                             [f"{o.name} ({'|'.join(o.choices)})" for o in k.options])
                      for name, k in rules.KINDS.items())
    return f"override a parameter (in the unit shown, a number when none): {names}"


def _set_help() -> str:
    return "parameter set (" + "; ".join(f"{r}: {', '.join(s)}" for r, s in pl.RULE_SETS.items()) + ")"


def add_parsers(sub, common) -> None:
    p = sub.add_parser("plasticity", help="plasticity rules: " + ", ".join(rules.KINDS))
    ps = p.add_subparsers(dest="what", required=True, parser_class=type(p))

    def rule_args(q, rules):
        q.add_argument("--rule", choices=rules, required=True)
        q.add_argument("--set", dest="set_name", help=_set_help())
        q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help=_param_help())
        q.add_argument("--nearest", action="store_true", help="nearest-spike traces (the same as "
                       "--param interaction=nearest; default: all-to-all)")

    s = ps.add_parser("spikes", help="the weight after explicit spike trains")
    rule_args(s, TIMING)
    s.add_argument("--pre", type=numbers_arg("--pre"), required=True, help="pre spike times in ms, e.g. 0,20,40")
    s.add_argument("--post", type=numbers_arg("--post"), required=True, help="post spike times in ms")
    s.add_argument("--w0", type=real_arg("--w0", 0.0, 1e6), default=1.0, help="initial weight (default 1)")
    s.add_argument(
        "--synapses",
        type=count_arg("--synapses", 0, MAX_SYNAPSES),
        default=0,
        help="calcium rule: simulate this many noisy synapses (a "
        "fraction beta of them start DOWN) instead of the analytic readout of the trains' times above "
        "the thresholds (default)",
    )
    common(s)
    s.set_defaults(plot=None)

    w = ps.add_parser("window", help="dw against dt: pairs at a frequency (the STDP window)")
    rule_args(w, TIMING)
    w.add_argument("--dt", type=numbers_arg("--dt"), required=True, help="dt values in ms (t_post - t_pre), "
                   "e.g. -100:100:1")
    w.add_argument("--pairs", type=count_arg("--pairs", 1, MAX_PAIRS), default=60)
    w.add_argument(
        "--freq",
        type=real_arg("--freq", 0.0, MAX_FREQ_HZ, open_low=True),
        default=1.0,
        help="pairing frequency in Hz (default 1)",
    )
    common(w, plot=True)

    fq = ps.add_parser("frequency", help="dw after presynaptic pulses at several frequencies (Dudek & Bear 1992); "
                       "for spike rules the post neuron fires as a Poisson process at gain x f")
    rule_args(fq, tuple(pl.RULE_SETS))
    fq.add_argument("--freq", type=numbers_arg("--freq"), required=True, help="frequencies in Hz, e.g. 1:100:1 or "
                    "1,3,10,50,100")
    fq.add_argument(
        "--pulses", type=count_arg("--pulses", 1, MAX_PULSES), default=900, help="presynaptic pulses (default 900)"
    )
    fq.add_argument(
        "--gain",
        type=real_arg("--gain", 0.0, 100.0),
        default=1.0,
        help="spike rules: post rate per pre rate (default 1)",
    )
    fq.add_argument(
        "--trials",
        type=count_arg("--trials", 1, MAX_TRIALS),
        default=20,
        help="spike rules: Poisson realisations averaged (default 20)",
    )
    common(fq, plot=True)

    g = ps.add_parser("pairing", help="dw for pairs at several frequencies and dt (Sjostrom et al. 2001)")
    rule_args(g, TIMING)
    g.add_argument("--freq", type=numbers_arg("--freq"), required=True, help="frequencies in Hz, e.g. 0.1,10,20,40,50")
    g.add_argument("--dt", type=numbers_arg("--dt"), required=True, help="dt values in ms, e.g. -10,10")
    g.add_argument("--protocol", choices=("continuous", "bursts"), default="continuous",
                   help="60 pairs in a row (as Pfister & Gerstner fitted) or the real 5 pairs x 15 every 10 s")
    g.add_argument(
        "--pairs",
        type=count_arg("--pairs", 1, MAX_PAIRS),
        default=60,
        help="pairs of the continuous protocol (default 60)",
    )
    common(g, plot=True)

    t = ps.add_parser("table", help="what every published set fits: E on Sjostrom's points under the three "
                      "protocols (60 pairs in a row; the real 5 x 15 every 10 s, 50 single pairs at 0.1 Hz; 75 in a "
                      "row), R on Bi & Poo's cells, Dudek & Bear's sign and the crossover frequency")
    common(t)
    t.set_defaults(plot=None, rule=None, set_name=None, param=[], nearest=False)


def _overrides(params: list[str]) -> dict[str, str]:
    """The ``--param NAME=VALUE`` options as {name: value} (checked by ``make_rule``)."""
    changes = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"--param must look like NAME=VALUE, not {item!r}")
        changes[key.strip()] = value.strip()
    return changes


def _rule(a):
    params = _overrides(a.param)
    if getattr(a, "nearest", False):
        params.setdefault("interaction", "nearest")
    return pl.make_rule(a.rule, a.set_name, params)


def _table() -> tuple[dict, list[str], list[list]]:
    from .core.plasticity_claims import scores
    header = ["rule", "set", "E_continuous_60", "E_bursts", "E_continuous_75", "R_bi_poo", "dudek_bear_sign",
              "crossover_hz"]
    rows = [[s.kind, s.set_name, s.e.get("continuous"), s.e.get("bursts"), s.e.get("continuous-75"), s.timing_rms,
             s.db_ok, s.crossover_hz] for s in scores()]
    out = {"sets": [dict(zip(header, r, strict=True)) | {"fitted_to": str(s.fitted_to)} for r, s in
                    zip(rows, scores(), strict=True)]}
    return out, header, rows


def run(a) -> tuple[dict, list[str], list[list[float]]]:
    """The JSON object, and the CSV header and rows, of one plasticity command."""
    if a.what == "table":
        return _table()
    rule = _rule(a)
    calcium = isinstance(rule, pl.Calcium)  # read out by the authors' analytic formula: periodic protocols
    if a.what == "frequency":
        if a.pulses < 1 or any(f <= 0 for f in a.freq) or a.trials < 1 or not a.gain >= 0:
            raise ValueError("--pulses and --trials must be at least 1, --gain at least 0 and --freq values positive")
        out = {"freq_hz": a.freq, "pulses": a.pulses}
        dw, sem = pl.frequency(rule, a.freq, a.pulses, a.gain, a.trials, a.seed)
        if sem is not None:  # a spike rule: Poisson post neurons
            out |= {"dw_sem": sem.tolist(), "gain": a.gain, "trials": a.trials, "seed": a.seed}
        out["dw"] = dw.tolist()
        return out, ["freq_hz", "dw"], [[f, w] for f, w in zip(a.freq, dw, strict=True)]
    if a.what == "spikes":
        if a.synapses < 0:
            raise ValueError("--synapses must be 0 (the analytic readout) or more")
        out = {}
        if calcium and a.synapses > 0:  # a population of noisy synapses, event by event
            end = max(a.pre + a.post) + rule.d + 10 * rule.tau_ca
            dw, up, down = pl.calcium_simulated_change(rule, a.pre, a.post, end, a.synapses, a.seed)
            out = {"synapses": a.synapses, "up": up, "down": down, "seed": a.seed}
        else:
            dw = rules.kind_of(rule).change(rule, a.pre, a.post, 0.0, 0.0, 0)[0]
        out |= {"w": a.w0 * (1.0 + dw), "w0": a.w0, "dw": dw}
        return out, ["w0", "dw", "w"], [[a.w0, dw, a.w0 * (1 + dw)]]
    if a.pairs < 1:
        raise ValueError("--pairs must be at least 1")
    if a.what == "window":
        if not a.freq > 0:
            raise ValueError("--freq must be positive")
        dw = pl.window(rule, a.dt, a.pairs, a.freq)
        return ({"dt_ms": a.dt, "dw": dw.tolist(), "pairs": a.pairs, "freq_hz": a.freq},
                ["dt_ms", "dw"], [[t, w] for t, w in zip(a.dt, dw, strict=True)])
    if any(f <= 0 for f in a.freq):
        raise ValueError("--freq values must be positive")
    dw = pl.pairing(rule, a.freq, a.dt, a.protocol, a.pairs)
    rows = [[f, t, dw[i, j]] for i, f in enumerate(a.freq) for j, t in enumerate(a.dt)]
    # "dw" is one list per Δt (a curve against the frequency each)
    return ({"freq_hz": a.freq, "dt_ms": a.dt, "dw": dw.T.tolist(), "error": pl.grid_error(a.freq, a.dt, dw),
             "protocol": a.protocol, "pairs": a.pairs}, ["freq_hz", "dt_ms", "dw"], rows)
