"""Each experiment's settings declared once — default and bounds — for the core functions' defaults,
the Experiments tab's forms and the ``hopfield`` command's options (README, "Experiments").

The window and the command once had their own defaults (the phase diagram ran 1 trial of 20 + 40
sweeps in the window, 2 of 50 + 100 on the command line): now both read them here, and a test holds
the forms, the parser and the functions' signatures to this table. The defaults are the classroom's:
a whole figure in seconds on a laptop; a batch run asks for more on the command line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .limits import MAX_NEURONS, MAX_PATTERNS, MAX_SWEEPS, MAX_TRIALS


@dataclass(frozen=True)
class Number:
    """A number of the form and of the command line: its default and the closed range it may take;
    ``decimals`` None: a whole number."""

    default: float
    lo: float
    hi: float
    decimals: int | None = None

    @property
    def whole(self) -> bool:
        return self.decimals is None


@dataclass(frozen=True)
class Span:
    """Loads or temperatures from ``start`` to ``stop`` (included) by ``step``: three fields of the form,
    ``A:B:STEP`` on the command line. ``lo``…``hi`` bound both ends; ``step_hi`` the step."""

    start: float
    stop: float
    step: float
    lo: float
    hi: float
    step_hi: float
    decimals: int = 3


@dataclass(frozen=True)
class Numbers:
    """A list of numbers typed with commas (or ``A:B:STEP`` on the command line)."""

    default: str


#: the bounds of a span of loads α = K/N
LOADS = dict(lo=0.001, hi=2.0, step_hi=1.0)

CAPACITY = dict(
    n=Number(1000, 10, MAX_NEURONS),
    alphas=Span(0.01, 0.30, 0.01, **LOADS),
    trials=Number(10, 1, MAX_TRIALS),
    noise=Number(0.10, 0.0, 1.0, 2),  # the fraction of the cue flipped (the form shows it in %)
    max_sweeps=Number(100, 1, MAX_SWEEPS),
)

TEMPERATURE = dict(
    n=Number(2000, 10, MAX_NEURONS),
    k=Number(1, 1, MAX_PATTERNS),
    betas=Span(0.5, 8.0, 0.5, lo=0.1, hi=100.0, step_hi=10.0, decimals=2),
    sweeps=Number(200, 1, MAX_SWEEPS),
    burn_in=Number(50, 0, MAX_SWEEPS),
)

BASINS = dict(
    n=Number(500, 10, MAX_NEURONS),
    alphas=Numbers("0.05, 0.10, 0.14"),
    noise_max=Number(0.50, 0.01, 1.0, 2),
    noise_step=Number(0.05, 0.01, 0.5, 2),
    trials=Number(5, 1, MAX_TRIALS),
    max_sweeps=Number(100, 1, MAX_SWEEPS),
)

PHASE = dict(
    n=Number(1000, 10, MAX_NEURONS),
    betas=Numbers("1.2, 1.5, 1.8, 2.2, 2.6, 3, 3.5, 4, 5, 6, 8, 12, inf"),
    alphas=Span(0.01, 0.20, 0.01, **LOADS),
    trials=Number(1, 1, MAX_TRIALS),
    sweeps=Number(40, 1, MAX_SWEEPS),
    burn_in=Number(20, 0, MAX_SWEEPS),
)

FINITE_SIZE = dict(
    ns=Numbers("250, 500, 1000, 2000"),
    alphas=Span(0.10, 0.22, 0.01, **LOADS),
    trials=Number(24, 2, MAX_TRIALS),  # a logistic fit needs runs on both sides
    noise=Number(0.10, 0.0, 1.0, 2),
)

DILUTION = dict(
    n=Number(1000, 50, 4000),  # the sparse weights of 4000 neurons at c = 1 still fit a laptop
    connectivities=Numbers("1, 0.5, 0.2, 0.1"),
    alphas=Span(0.06, 0.50, 0.02, lo=0.01, hi=2.0, step_hi=1.0),
    trials=Number(8, 1, MAX_TRIALS),
    noise=Number(0.10, 0.0, 1.0, 2),
    max_sweeps=Number(100, 1, MAX_SWEEPS),
)

#: each experiment's table, by the name the tab and the command give it
EXPERIMENTS = {"capacity": CAPACITY, "temperature": TEMPERATURE, "basins": BASINS, "phase": PHASE,
               "finite-size": FINITE_SIZE, "dilution": DILUTION}

BETA_DEFAULT = math.inf  # the capacity experiment's β: the lecture's deterministic limit
