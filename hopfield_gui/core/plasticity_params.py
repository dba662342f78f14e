"""Every parameter of the plasticity rules, declared once: the name a user types (the papers'
spelling), the field it sets, its symbol and unit as printed, and the finite, physical range it may
take. ``make_rule``, the command line's ``--param``, the lab's table (symbols with units) and its
checks all read these declarations. No Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .messages import msg

__all__ = ["ParamSpec", "PARAM_SPECS", "spec", "check_value"]


@dataclass(frozen=True)
class ParamSpec:
    name: str  # as typed: "tau_plus" (``--param tau_plus=20``, the table's key, sessions)
    field: str  # the field of the rule's dataclass it sets
    symbol: str  # as printed, rich text: "τ<sub>+</sub>"
    unit: str  # "ms", "s", "Hz", "" (a number)
    low: float  # the range allowed, both ends included unless ``open_low``
    high: float
    open_low: bool = False  # a time or a scale: strictly above ``low``
    log: bool = True  # the table's slider moves on a logarithmic scale
    infinite: bool = False  # ∞ allowed too ("no bound": w_max of the additive sets)

    def label(self) -> str:
        """The symbol and its unit, as the table shows it: "τ<sub>+</sub> (ms)"."""
        return f"{self.symbol} ({self.unit})" if self.unit else self.symbol

    def allows(self, v: float) -> bool:
        if self.infinite and v == math.inf:
            return True
        above = v > self.low if self.open_low else v >= self.low
        return math.isfinite(v) and above and v <= self.high


def _stdp(pair: bool) -> tuple[ParamSpec, ...]:
    amplitudes = ((ParamSpec("A_plus", "a2_plus", "A<sub>+</sub>", "", 0.0, 1.0),
                   ParamSpec("A_minus", "a2_minus", "A<sub>−</sub>", "", 0.0, 1.0)) if pair else
                  (ParamSpec("A2_plus", "a2_plus", "A<sub>2</sub><sup>+</sup>", "", 0.0, 1.0),
                   ParamSpec("A3_plus", "a3_plus", "A<sub>3</sub><sup>+</sup>", "", 0.0, 1.0),
                   ParamSpec("A2_minus", "a2_minus", "A<sub>2</sub><sup>−</sup>", "", 0.0, 1.0),
                   ParamSpec("A3_minus", "a3_minus", "A<sub>3</sub><sup>−</sup>", "", 0.0, 1.0)))
    times = (ParamSpec("tau_plus", "tau_plus", "τ<sub>+</sub>", "ms", 0.1, 10_000.0),
             ParamSpec("tau_minus", "tau_minus", "τ<sub>−</sub>", "ms", 0.1, 10_000.0))
    if not pair:
        times += (ParamSpec("tau_x", "tau_x", "τ<sub>x</sub>", "ms", 0.1, 10_000.0),
                  ParamSpec("tau_y", "tau_y", "τ<sub>y</sub>", "ms", 0.1, 10_000.0))
    return amplitudes + times + _BOUNDS


#: the weight's bounds (w₀ = 1, never below 0): an upper bound, and soft-bound exponents (Gütig et al. 2003)
_BOUNDS = (ParamSpec("w_max", "w_max", "w<sub>max</sub>", "", 1.0, 1e6, open_low=True, infinite=True),
           ParamSpec("mu_plus", "mu_plus", "μ<sub>+</sub>", "", 0.0, 5.0, log=False),
           ParamSpec("mu_minus", "mu_minus", "μ<sub>−</sub>", "", 0.0, 5.0, log=False))


#: Per rule kind, in the papers' order. Ranges: amplitudes at most 1 (a whole w₀ per pair), times up
#: to 10 s, calcium levels and rates as the papers' orders of magnitude allow (the numbers stay finite
#: through every readout: a 1e308 once overflowed the plots).
PARAM_SPECS: dict[str, tuple[ParamSpec, ...]] = {
    "pair": _stdp(pair=True),
    "triplet": _stdp(pair=False),
    "calcium": (
        ParamSpec("tau_ca", "tau_ca", "τ<sub>Ca</sub>", "ms", 0.1, 10_000.0),
        ParamSpec("C_pre", "c_pre", "C<sub>pre</sub>", "", 0.0, 100.0),
        ParamSpec("C_post", "c_post", "C<sub>post</sub>", "", 0.0, 100.0),
        ParamSpec("theta_d", "theta_d", "θ<sub>d</sub>", "", 0.0, 100.0, open_low=True),
        ParamSpec("theta_p", "theta_p", "θ<sub>p</sub>", "", 0.0, 100.0, open_low=True),
        ParamSpec("gamma_d", "gamma_d", "γ<sub>d</sub>", "", 0.0, 1e5),
        ParamSpec("gamma_p", "gamma_p", "γ<sub>p</sub>", "", 0.0, 1e5),
        ParamSpec("sigma", "sigma", "σ", "", 0.0, 100.0),
        ParamSpec("tau", "tau", "τ", "s", 1e-3, 1e5),
        ParamSpec("D", "d", "D", "ms", 0.0, 1000.0),
        ParamSpec("beta", "beta", "β<sub>DOWN</sub>", "", 0.0, 1.0, log=False),
        ParamSpec("b", "b", "b = w<sub>1</sub>/w<sub>0</sub>", "", 0.0, 100.0, open_low=True),
    ),
    "bcm": (
        ParamSpec("eta", "eta", "η", "Hz<sup>−3</sup>·s<sup>−1</sup>", 0.0, 1.0),
        ParamSpec("y0", "y0", "y<sub>0</sub>", "Hz", 0.0, 1000.0, open_low=True),
        ParamSpec("theta0", "theta0", "θ<sub>0</sub>", "Hz", 0.0, 1000.0),
        ParamSpec("tau_theta", "tau_theta", "τ<sub>θ</sub>", "s", 1e-3, 1e6),
        ParamSpec("gain", "gain", "gain", "", 0.0, 100.0),
        _BOUNDS[0],
    ),
}


def spec(kind: str, name: str) -> ParamSpec:
    """The declaration of parameter ``name`` of rule ``kind`` (the papers' spelling or the field's,
    any case); a ValueError naming the choices otherwise."""
    for s in PARAM_SPECS[kind]:
        if name.lower() in (s.name.lower(), s.field):
            return s
    choices = [s.name for s in PARAM_SPECS[kind]] + (["interaction"] if kind in ("pair", "triplet") else [])
    raise ValueError(msg("unknown parameter {name!r}: choose one of {choices}", name=name, choices=", ".join(choices)))


def check_value(s: ParamSpec, value, typed: str | None = None) -> float:
    """``value`` as a float inside the parameter's range, or a ValueError saying the range."""
    try:
        v = math.inf if isinstance(value, str) and value.strip().lower() in ("inf", "∞") else float(value)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(msg("{name}: {value!r} is not a number", name=typed or s.name, value=value)) from None
    if not s.allows(v):
        low = f"> {s.low:g}" if s.open_low else f"≥ {s.low:g}"
        raise ValueError(msg("{name} must be {low} and ≤ {high}{unit}, not {value}", name=typed or s.name, low=low,
                             high=f"{s.high:g}", unit=f" {s.unit}" if s.unit and "<" not in s.unit else "",
                             value=str(value)[:24]))
    return v
