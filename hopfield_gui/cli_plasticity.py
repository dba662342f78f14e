"""``hopfield plasticity …``: the spike-timing rules of ``core.plasticity`` from the command line.

    hopfield plasticity spikes  --rule R [--set S] [--param NAME=VALUE]… --pre T,T,… --post T,T,… [--w0 W]
    hopfield plasticity window  --rule R [--set S] [--param …] --dt A:B:STEP [--pairs 60] [--freq 1]
    hopfield plasticity pairing --rule R [--set S] --freq F,F,… --dt D,D,… [--protocol continuous|bursts]

Times in ms, Δt = t_post − t_pre; ``dw`` = Δw/w₀ (additive, relative to the initial weight).
"""

from __future__ import annotations

import argparse
from dataclasses import fields, replace

import numpy as np

from .core import plasticity as pl
from .core.experiments import parse_range

RULE_SETS = {"pair": pl.PAIR_SETS, "triplet": tuple(s for s in pl.SETS if s not in pl.PAIR_SETS),
             "calcium": tuple(pl.CALCIUM_SETS)}
DEFAULT_SET = {"pair": "bi-poo", "triplet": "visual-minimal", "calcium": "dp"}


def _numbers(name):
    def conv(text):
        try:
            values = [float(x) for x in str(text).replace(";", ",").split(",") if x.strip()]
        except ValueError:
            raise argparse.ArgumentTypeError(f"{name} must be numbers separated by commas, not {text!r}") from None
        if not values or not all(np.isfinite(values)):
            raise argparse.ArgumentTypeError(f"{name} needs at least one finite number")
        return values
    return conv


def add_parsers(sub, common) -> None:
    p = sub.add_parser("plasticity", help="plasticity rules: pair and triplet STDP, calcium-based")
    ps = p.add_subparsers(dest="what", required=True, parser_class=type(p))

    def rule_args(q):
        q.add_argument("--rule", choices=tuple(RULE_SETS), required=True)
        q.add_argument("--set", dest="set_name", help="parameter set (pair: song-abbott, bi-poo; triplet: "
                       "visual-minimal, visual-full, hippocampal-full, hippocampal-nearest; calcium: dp, cortical, "
                       "hippocampal-slices)")
        q.add_argument("--param", action="append", default=[], metavar="NAME=VALUE",
                       help="override a parameter, e.g. a2_plus=0.01 or tau_plus=20")
        q.add_argument("--nearest", action="store_true", help="nearest-spike traces (default: all-to-all)")

    s = ps.add_parser("spikes", help="the weight after explicit spike trains")
    rule_args(s)
    s.add_argument("--pre", type=_numbers("--pre"), required=True, help="pre spike times in ms, e.g. 0,20,40")
    s.add_argument("--post", type=_numbers("--post"), required=True, help="post spike times in ms")
    s.add_argument("--w0", type=float, default=1.0, help="initial weight (default 1)")
    common(s)
    s.set_defaults(plot=None)

    w = ps.add_parser("window", help="dw against dt: pairs at a frequency (the STDP window)")
    rule_args(w)
    w.add_argument("--dt", required=True, help="dt values A:B:STEP in ms (t_post - t_pre)")
    w.add_argument("--pairs", type=int, default=60)
    w.add_argument("--freq", type=float, default=1.0, help="pairing frequency in Hz (default 1)")
    common(w, plot=True)

    fq = ps.add_parser("frequency", help="dw after presynaptic pulses alone at several frequencies (Dudek & Bear 1992)")
    fq.add_argument("--rule", choices=("bcm", "calcium"), required=True)
    fq.add_argument("--set", dest="set_name", help="bcm: default; calcium: dp, cortical, hippocampal-slices")
    fq.add_argument("--param", action="append", default=[], metavar="NAME=VALUE", help="override a parameter")
    fq.add_argument("--freq", type=_numbers("--freq"), required=True, help="frequencies in Hz, e.g. 1,3,10,50,100")
    fq.add_argument("--pulses", type=int, default=900, help="presynaptic pulses (default 900)")
    common(fq, plot=True)

    g = ps.add_parser("pairing", help="dw for pairs at several frequencies and dt (Sjostrom et al. 2001)")
    rule_args(g)
    g.add_argument("--freq", type=_numbers("--freq"), required=True, help="frequencies in Hz, e.g. 0.1,10,20,40,50")
    g.add_argument("--dt", type=_numbers("--dt"), required=True, help="dt values in ms, e.g. -10,10")
    g.add_argument("--protocol", choices=("continuous", "bursts"), default="continuous",
                   help="60 pairs in a row (as Pfister & Gerstner fitted) or the real 5 pairs x 15 every 10 s")
    common(g, plot=True)


def _rule(a):
    if a.rule == "bcm":
        name = a.set_name or "default"
        if name not in pl.BCM_SETS:
            raise ValueError(f"--set {name} is not a bcm set: choose one of {', '.join(pl.BCM_SETS)}")
        rule = pl.BCM_SETS[name]
        overrides = _overrides(a.param)
        unknown = set(overrides) - {f.name for f in fields(rule)}
        if unknown:
            raise ValueError(f"unknown parameter {sorted(unknown)[0]!r}")
        return replace(rule, **overrides)
    name = a.set_name or DEFAULT_SET[a.rule]
    if name not in RULE_SETS[a.rule]:
        raise ValueError(f"--set {name} is not a {a.rule} set: choose one of {', '.join(RULE_SETS[a.rule])}")
    if a.rule == "calcium":
        return pl.calcium_set(name, **_overrides(a.param))
    return pl.stdp_set(name, nearest=True if a.nearest else None, **_overrides(a.param))


def _overrides(params: list[str]) -> dict[str, float]:
    """The ``--param NAME=VALUE`` options as {name: value}."""
    changes = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise ValueError(f"--param must look like NAME=VALUE, not {item!r}")
        try:
            changes[key.strip()] = float(value)
        except ValueError:
            raise ValueError(f"--param {key}: {value!r} is not a number") from None
    return changes


def run(a) -> tuple[dict, list[str], list[list[float]]]:
    """The JSON object, and the CSV header and rows, of one plasticity command."""
    rule = _rule(a)
    calcium = isinstance(rule, pl.Calcium)  # read out by the authors' analytic formula: periodic protocols only
    if a.what == "frequency":
        if a.pulses < 1 or any(f <= 0 for f in a.freq):
            raise ValueError("--pulses must be at least 1 and --freq values positive")
        dw = (np.array([pl.calcium_change(rule, f, None, a.pulses) for f in a.freq]) if calcium
              else pl.bcm_frequency(rule, a.freq, a.pulses))
        return ({"freq_hz": a.freq, "dw": dw.tolist(), "pulses": a.pulses}, ["freq_hz", "dw"],
                [[f, w] for f, w in zip(a.freq, dw, strict=True)])
    if a.what == "spikes":
        if calcium:
            raise ValueError("the calcium rule reads out periodic protocols: use 'window' or 'pairing'")
        dw = pl.weight_change(rule, a.pre, a.post)
        return {"w": a.w0 * (1.0 + dw), "w0": a.w0, "dw": dw}, ["w0", "dw", "w"], [[a.w0, dw, a.w0 * (1 + dw)]]
    if a.what == "window":
        if a.pairs < 1 or not a.freq > 0:
            raise ValueError("--pairs must be at least 1 and --freq positive")
        dts = parse_range(a.dt, "--dt")
        dw = (np.array([pl.calcium_change(rule, a.freq, dt, a.pairs) for dt in dts]) if calcium
              else pl.window(rule, dts, a.pairs, a.freq))
        return ({"dt_ms": dts.tolist(), "dw": dw.tolist(), "pairs": a.pairs, "freq_hz": a.freq},
                ["dt_ms", "dw"], [[t, w] for t, w in zip(dts, dw, strict=True)])
    if calcium and a.protocol != "continuous":
        raise ValueError("the calcium readout is for periodic protocols: use --protocol continuous")
    if any(f <= 0 for f in a.freq):
        raise ValueError("--freq values must be positive")
    dw = (np.array([[pl.calcium_change(rule, f, dt, 60) for dt in a.dt] for f in a.freq]) if calcium
          else pl.pairing(rule, a.freq, a.dt, a.protocol))
    rows = [[f, t, dw[i, j]] for i, f in enumerate(a.freq) for j, t in enumerate(a.dt)]
    return ({"freq_hz": a.freq, "dt_ms": a.dt, "dw": dw.tolist(), "protocol": a.protocol},
            ["freq_hz", "dt_ms", "dw"], rows)
