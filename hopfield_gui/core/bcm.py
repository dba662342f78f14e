"""The BCM rule (Bienenstock, Cooper & Munro 1982): the rate rule whose sliding threshold the lecture's
frequency panel asks about. No Qt.

dw/dt = η·x·y·(y − θ_M), with x the presynaptic rate and y the postsynaptic one, and θ_M sliding
towards ⟨y²⟩/y₀ with time constant τ_θ (Intrator–Cooper form). For Dudek & Bear's protocol x = f and
y = gain·f. The weight stays positive: depression is proportional to w (dw/dt = k·w for k < 0), and
with a finite ``w_max`` potentiation is proportional to (w_max − w)/(w_max − 1) (a soft bound, 1 at
w₀ = 1). With constant rates everything is solved exactly: θ(t) = c + (θ₀ − c)e^(−t/τ_θ), c = y²/y₀,
crosses y at most once, and on each side of that time w follows an exponential of ∫k dt.

θ₀ is the threshold the protocol finds, set by the activity before it: Kirkwood, Rioult & Bear (1996,
Nature 381:526) found the LTD/LTP crossover of visual cortex at lower frequencies after dark rearing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .messages import msg

__all__ = ["BCM", "BCM_SETS", "bcm_frequency", "bcm_course"]


@dataclass(frozen=True)
class BCM:
    """Rates in Hz, times in s; ``eta`` per Hz³·s."""

    eta: float = 2.5e-7
    y0: float = 10.0  # Hz: where a long-lasting rate puts the threshold (θ = y²/y₀ = y at y = y₀)
    theta0: float = 10.0  # Hz: the threshold before the protocol (from the activity before it)
    tau_theta: float = 3600.0  # s
    gain: float = 1.0  # post rate per pre rate
    w_max: float = math.inf  # soft upper bound of the weight (w₀ = 1); ∞: potentiation is additive


#: bcm-1982: the classic form, additive potentiation, a threshold that barely moves in a protocol (an
#: hour): LTD at 1–3 Hz far smaller than LTP at 50 Hz (x·y·(y − θ) grows as f³). kirkwood-light and
#: kirkwood-dark: the same rule with a soft bound (potentiation saturates at +30 %), a threshold that
#: slides in half an hour, and the threshold left by light rearing (θ₀ = 10 Hz: a crossover near
#: 10 Hz, Dudek & Bear's) or by dark rearing (θ₀ = 2.5 Hz, the activity of 5 Hz: θ = y²/y₀), as
#: Kirkwood, Rioult & Bear (1996) found. η is chosen for LTD of order −20 % at 1 Hz after 900 pulses.
BCM_SETS = {
    "bcm-1982": BCM(),
    "kirkwood-light": BCM(eta=3e-5, y0=10.0, theta0=10.0, tau_theta=1800.0, gain=1.0, w_max=1.3),
    "kirkwood-dark": BCM(eta=3e-5, y0=10.0, theta0=2.5, tau_theta=1800.0, gain=1.0, w_max=1.3),
}
FITTED_TO = {
    "bcm-1982": msg("the rule's form (Bienenstock, Cooper & Munro 1982; Intrator & Cooper 1992)"),
    "kirkwood-light": msg("Dudek & Bear (1992)'s sign pattern; light-reared visual cortex (Kirkwood et al. 1996)"),
    "kirkwood-dark": msg("dark-reared visual cortex: the crossover at lower frequencies (Kirkwood et al. 1996)"),
}


def _integral(rule: BCM, x: float, y: float, a: float, b: float) -> float:
    """∫ₐᵇ η·x·y·(y − θ(t)) dt (s)."""
    c = y * y / rule.y0
    tau = rule.tau_theta
    return rule.eta * x * y * ((y - c) * (b - a) - (rule.theta0 - c) * tau * (math.exp(-a / tau) - math.exp(-b / tau)))


def _crossing(rule: BCM, y: float) -> float | None:
    """The time (s) where θ(t) passes y, if it does (θ is monotone)."""
    c = y * y / rule.y0
    if rule.theta0 == c:
        return None
    ratio = (y - c) / (rule.theta0 - c)
    return -rule.tau_theta * math.log(ratio) if 0.0 < ratio < 1.0 else None


def _step(rule: BCM, w: float, k_int: float) -> float:
    """w after a stretch where ∫k dt = ``k_int`` keeps one sign."""
    if k_int < 0:  # depression ∝ w
        return w * math.exp(k_int)
    if math.isinf(rule.w_max):
        return w + k_int
    span = rule.w_max - 1.0
    return rule.w_max - (rule.w_max - w) * math.exp(-k_int / span)


def _weight(rule: BCM, x: float, y: float, t: float) -> float:
    """w at time t (s) of constant rates, from w₀ = 1."""
    cut = _crossing(rule, y)
    if cut is None or cut >= t:
        return _step(rule, 1.0, _integral(rule, x, y, 0.0, t))
    return _step(rule, _step(rule, 1.0, _integral(rule, x, y, 0.0, cut)), _integral(rule, x, y, cut, t))


def bcm_frequency(rule: BCM, freqs, pulses: int = 900) -> np.ndarray:
    """dw after ``pulses`` presynaptic pulses at each frequency (Dudek & Bear 1992), exactly."""
    out = []
    for f in np.asarray(freqs, float):
        if not (f > 0 and math.isfinite(f)):
            raise ValueError(msg("frequencies must be positive"))
        out.append(_weight(rule, f, rule.gain * f, pulses / f) - 1.0)
    return np.array(out)


def bcm_course(rule: BCM, freq: float, seconds) -> tuple[np.ndarray, np.ndarray, float]:
    """θ_M(t) and dw(t) at the times ``seconds`` (from the protocol's start; before it: θ₀, 0) for
    constant rates x = f, y = gain·f, and y."""
    y = rule.gain * freq
    t = np.clip(np.asarray(seconds, float), 0.0, None)
    c = y * y / rule.y0
    theta = c + (rule.theta0 - c) * np.exp(-t / rule.tau_theta)
    w = np.array([_weight(rule, freq, y, float(s)) for s in t])
    return theta, w - 1.0, y
