"""How a parameter of a plasticity rule is declared, once, in its rule's module
(``plasticity_rules/``): the name a user types (the papers' spelling), the field it sets, its symbol
and unit as printed, and the finite, physical range it may take. ``make_rule``, the command line's
``--param``, the lab's table (symbols with units) and its checks all read these declarations. Ranges:
amplitudes at most 1 (a whole w₀ per pair), times up to 10 s, the rest as the papers' orders of
magnitude allow (the numbers stay finite through every readout: a 1e308 once overflowed the plots).
No Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .messages import msg

__all__ = ["ParamSpec", "WEIGHT_BOUNDS", "check_value"]


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


#: the weight's bounds (w₀ = 1, never below 0): an upper bound, and soft-bound exponents (Gütig et al. 2003),
#: shared by the rules that have them
WEIGHT_BOUNDS = (ParamSpec("w_max", "w_max", "w<sub>max</sub>", "", 1.0, 1e6, open_low=True, infinite=True),
                 ParamSpec("mu_plus", "mu_plus", "μ<sub>+</sub>", "", 0.0, 5.0, log=False),
                 ParamSpec("mu_minus", "mu_minus", "μ<sub>−</sub>", "", 0.0, 5.0, log=False))


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
