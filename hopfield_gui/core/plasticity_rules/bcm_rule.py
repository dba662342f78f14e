"""The BCM rule (``core/bcm.py``: Bienenstock, Cooper & Munro 1982, a rate rule with a sliding
threshold) declared for the lab, the command line and sessions. It has no spike timing: only the
frequency panel reads it."""

from __future__ import annotations

import numpy as np

from ..bcm import BCM, BCM_SETS, FITTED_TO, bcm_course, bcm_frequency
from ..messages import msg
from ..plasticity_params import WEIGHT_BOUNDS, ParamSpec
from .kind import Course, RuleKind, Trace

SPECS = (
    ParamSpec("eta", "eta", "η", "Hz<sup>−3</sup>·s<sup>−1</sup>", 0.0, 1.0),
    ParamSpec("y0", "y0", "y<sub>0</sub>", "Hz", 0.0, 1000.0, open_low=True),
    ParamSpec("theta0", "theta0", "θ<sub>0</sub>", "Hz", 0.0, 1000.0),
    ParamSpec("tau_theta", "tau_theta", "τ<sub>θ</sub>", "s", 1e-3, 1e6),
    ParamSpec("gain", "gain", "gain", "", 0.0, 100.0),
    WEIGHT_BOUNDS[0],
)

PULSES = 900  # Dudek & Bear's protocol


def play_rates(rule: BCM, freq: float, points: int) -> tuple[np.ndarray, np.ndarray, Course]:
    """The whole protocol (900 pulses: the threshold slides over minutes): θ_M sliding towards y²/y₀
    and the weight, exactly (bcm_course), sampled uniformly; the pulses as the raster."""
    pre = np.arange(PULSES) * (1000.0 / freq)
    end = pre[-1] + 1000.0 / freq
    t = np.linspace(-0.02 * end, end * 1.02, points)
    theta, w, y = bcm_course(rule, freq, t / 1000.0)
    return t, pre, Course({"θ_M": theta, "y": np.where(t > 0, y, 0.0)},
                          {"θ_M": Trace(msg("threshold θ_M (Hz)"), 3), "y": Trace(msg("post rate y (Hz)"), 1)}, {}, w)


RULES = (RuleKind("bcm", msg("BCM"), BCM, BCM_SETS, "bcm-1982", SPECS, order=3, fitted_to=FITTED_TO,
                  frequency=bcm_frequency, play_rates=play_rates),)
