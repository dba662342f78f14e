"""The pair and the triplet STDP rules (``core/stdp.py``: Pfister & Gerstner 2006; the pair rule in
Song, Miller & Abbott's form) declared for the lab, the command line and sessions."""

from __future__ import annotations

from ..messages import msg
from ..plasticity_params import WEIGHT_BOUNDS, ParamSpec
from ..stdp import FITTED_TO, PAIR_SETS, SETS, STDP, stdp_traces, weight_change_bounded
from .kind import Course, Option, RuleKind, Trace

_TIMES = (ParamSpec("tau_plus", "tau_plus", "τ<sub>+</sub>", "ms", 0.1, 10_000.0),
          ParamSpec("tau_minus", "tau_minus", "τ<sub>−</sub>", "ms", 0.1, 10_000.0))
_PAIR = (ParamSpec("A_plus", "a2_plus", "A<sub>+</sub>", "", 0.0, 1.0),
         ParamSpec("A_minus", "a2_minus", "A<sub>−</sub>", "", 0.0, 1.0)) + _TIMES + WEIGHT_BOUNDS
_TRIPLET = (ParamSpec("A2_plus", "a2_plus", "A<sub>2</sub><sup>+</sup>", "", 0.0, 1.0),
            ParamSpec("A3_plus", "a3_plus", "A<sub>3</sub><sup>+</sup>", "", 0.0, 1.0),
            ParamSpec("A2_minus", "a2_minus", "A<sub>2</sub><sup>−</sup>", "", 0.0, 1.0),
            ParamSpec("A3_minus", "a3_minus", "A<sub>3</sub><sup>−</sup>", "", 0.0, 1.0)) + _TIMES + (
            ParamSpec("tau_x", "tau_x", "τ<sub>x</sub>", "ms", 0.1, 10_000.0),
            ParamSpec("tau_y", "tau_y", "τ<sub>y</sub>", "ms", 0.1, 10_000.0)) + WEIGHT_BOUNDS
#: the traces' interaction: every earlier spike adds to a trace, or a spike sets it to 1
INTERACTION = Option("interaction", ("all", "nearest"), "nearest", (False, True), msg("interaction"),
                     (msg("all-to-all"), msg("nearest spike")),
                     msg("all-to-all: every spike adds 1 to its traces; nearest spike: a spike sets them to 1"))

TRACES = {"r1": Trace(msg("r₁ (pre)"), 0), "r2": Trace(msg("r₂ (pre, slow)"), 5),
          "o1": Trace(msg("o₁ (post)"), 4), "o2": Trace(msg("o₂ (post, slow)"), 1)}


def change(rule: STDP, pre, post, freq: float, dt: float, n: int) -> tuple[float, bool]:
    return weight_change_bounded(rule, pre, post)


def play(rule: STDP, pre, post, t, seed: int = 0) -> Course:
    tr = stdp_traces(rule, pre, post, t)
    names = ("r1", "o1", "r2", "o2") if rule.a3_plus or rule.a3_minus else ("r1", "o1")  # slow traces: triplet terms
    return Course({k: tr[k] for k in names}, {k: TRACES[k] for k in names}, {}, tr["dw"])


RULES = (
    RuleKind("pair", msg("pair STDP"), STDP, {k: SETS[k] for k in PAIR_SETS}, "bi-poo", _PAIR, order=0,
             fitted_to=FITTED_TO, options=(INTERACTION,), change=change, play=play, validate=STDP.validate),
    RuleKind("triplet", msg("triplet STDP"), STDP, {k: v for k, v in SETS.items() if k not in PAIR_SETS},
             "visual-minimal", _TRIPLET, order=1, fitted_to=FITTED_TO, options=(INTERACTION,), change=change,
             play=play, validate=STDP.validate),
)
