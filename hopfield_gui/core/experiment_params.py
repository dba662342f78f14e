"""Each experiment's settings declared once — key, default, bounds, label, tooltip, command-line
option — for the core functions' defaults, the Experiments tab's forms and the ``hopfield`` command's
options, all three generated from these tables (README, "Experiments"; the experiments themselves
are declared in ``core/experiment_kinds/``).

The window and the command once had their own defaults (the phase diagram ran 1 trial of 20 + 40
sweeps in the window, 2 of 50 + 100 on the command line): now both read them here. The defaults are
the classroom's: a whole figure in seconds on a laptop; a batch run asks for more on the command line.
A field's tooltip is also its ``--help`` text (a message is its English text); its label is a symbol
("N", "β") or a message the window translates.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .ranges import parse_numbers
from .limits import MAX_NEURONS, MAX_PATTERNS, MAX_SWEEPS, MAX_TRIALS
from .messages import Message, msg
from .network import parse_beta


@dataclass(frozen=True, kw_only=True)
class Field:
    """What every setting declares: ``key`` (the run function's keyword), its ``label`` in the form
    and its ``tip`` (also the command's help); ``option`` on the command line (None: the form only);
    ``form`` False: the command line only; ``required``: the command line asks for it (a batch run
    says its size; the form always has a value)."""

    key: str
    label: str | Message
    tip: Message
    option: str | None = None
    form: bool = True
    required: bool = False

    @property
    def flag(self) -> str:
        """Its name in a message of the command line (``--alpha``) or, without an option, its key."""
        return self.option or self.key


@dataclass(frozen=True, kw_only=True)
class Number(Field):
    """A number in the closed range ``lo`` … ``hi``; ``decimals`` None: a whole number. ``percent``: a
    fraction the form shows in whole per cent."""

    default: float
    lo: float
    hi: float
    decimals: int | None = None
    percent: bool = False

    @property
    def whole(self) -> bool:
        return self.decimals is None


@dataclass(frozen=True, kw_only=True)
class Values(Field):
    """Numbers typed as text, ``A, B, C`` or ``START:STOP:STEP`` (the end included), checked against
    what the experiment can take: ``positive``, ``finite`` (else ``inf`` is allowed), ``whole`` and
    ``lo`` … ``hi``."""

    positive: bool = True
    finite: bool = True
    whole: bool = False
    lo: float = -math.inf
    hi: float = math.inf

    def read(self, text: str, name: str) -> list:
        """The values of ``text`` (ValueError naming ``name`` when they do not fit)."""
        values = parse_numbers(text, name)
        if np.isnan(values).any() or (self.finite and not np.isfinite(values).all()):
            raise ValueError(msg("{quantity} needs finite numbers, not {text!r}", quantity=name, text=text))
        if self.positive and (values <= 0).any():
            raise ValueError(msg("{quantity}: the values must be positive", quantity=name))
        if self.whole and not all(float(v).is_integer() for v in values):
            raise ValueError(msg("{quantity}: the values must be whole numbers", quantity=name))
        if (values < self.lo).any() or (values > self.hi).any():
            raise ValueError(msg("{quantity}: the values must lie between {lo} and {hi}", quantity=name,
                                 lo=f"{self.lo:g}", hi=f"{self.hi:g}"))
        return [int(v) for v in values] if self.whole else values.tolist()


@dataclass(frozen=True, kw_only=True)
class Numbers(Values):
    """A list typed with commas (one line of the form)."""

    default: str


@dataclass(frozen=True, kw_only=True)
class Span(Values):
    """Values from ``start`` to ``stop`` (included) by ``step``: three fields of the form (``keys``,
    ``labels``, ``tips``), ``A:B:STEP`` or a list on the command line. ``ends`` bound both ends in the
    form's boxes and ``step_hi`` the step (the command line takes any value the checks allow: β = inf)."""

    ends: tuple[float, float]
    start: float
    stop: float
    step: float
    step_hi: float
    decimals: int = 3
    keys: tuple[str, str, str]
    labels: tuple = ()
    tips: tuple = ()

    @property
    def default(self) -> str:
        return f"{self.start:g}:{self.stop:g}:{self.step:g}"


@dataclass(frozen=True, kw_only=True)
class Choice(Field):
    """One of ``choices``: (value, label) pairs."""

    default: str
    choices: tuple[tuple[str, str | Message], ...]

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(v for v, _ in self.choices)


@dataclass(frozen=True, kw_only=True)
class Beta(Field):
    """An inverse temperature: a positive number, or ``inf`` for deterministic updates."""

    default: float = math.inf

    @staticmethod
    def read(text) -> float:
        return parse_beta(text)


@dataclass(frozen=True, kw_only=True)
class Flag(Field):
    """A switch of the command line only (``--self-coupling``)."""

    form: bool = False
    default: bool = False


def table(*fields: Field) -> dict[str, Field]:
    """The fields by key, in the form's order."""
    out = {f.key: f for f in fields}
    assert len(out) == len(fields), "two fields with one key"
    return out


def _n(default: int, lo: int = 10, hi: int = MAX_NEURONS) -> Number:
    return Number(key="n", label="N", tip=msg("Number of neurons"), option="--n", default=default, lo=lo, hi=hi,
                  required=True)


def _trials(default: int, tip: Message, lo: int = 1) -> Number:
    return Number(key="trials", label=msg("trials"), tip=tip, option="--trials", default=default, lo=lo, hi=MAX_TRIALS)


def _noise(default: float = 0.10) -> Number:
    return Number(key="noise", label=msg("cue noise"), tip=msg("Fraction of the cue flipped"), option="--noise",
                  default=default, lo=0.0, hi=1.0, decimals=2, percent=True)


def _max_sweeps(default: int = 100) -> Number:
    # the command line's only: the window's forms keep to what the lecture's figures vary
    return Number(key="max_sweeps", label=msg("sweeps at most"), option="--max-sweeps", form=False,
                  tip=msg("Sweeps at most before a run counts as ended"), default=default, lo=1, hi=MAX_SWEEPS)


def _sweeps(default: int, burn_in: int) -> tuple[Number, Number]:
    return (Number(key="sweeps", label=msg("sweeps"), tip=msg("Sweeps averaged after the burn-in"),
                   option="--sweeps", default=default, lo=1, hi=MAX_SWEEPS),
            Number(key="burn_in", label=msg("burn-in"), tip=msg("Sweeps of relaxation before averaging"),
                   option="--burn-in", default=burn_in, lo=0, hi=MAX_SWEEPS))


def _loads(start: float, stop: float, step: float, lo: float = 0.001, smallest: Message | None = None,
           largest: Message | None = None) -> Span:
    """A span of loads α = K/N."""
    return Span(key="alphas", label="α", tip=msg("Loads α = K/N: A:B:STEP (the end included) or A,B,C"),
                option="--alpha", required=True, start=start, stop=stop, step=step, ends=(lo, 2.0), step_hi=1.0,
                keys=("a0", "a1", "da"), labels=(msg("α from"), msg("to"), msg("step")),
                tips=(smallest or msg("Smallest load α = K/N"), largest or msg("Largest load"), msg("Load step")))


#: the learning rules a capacity curve can compare (core/rules.py)
RULE_CHOICES = (("hebb", "Hebb"), ("storkey", "Storkey"), ("pinv", msg("pseudo-inverse")))

CAPACITY = table(
    _n(1000),
    _loads(0.01, 0.30, 0.01),
    _trials(10, msg("Runs per load, each with new random patterns")),
    _noise(),
    Choice(key="rule", label=msg("rule"), tip=msg("Learning rule: Hebb (the lecture), Storkey or pseudo-inverse"),
           option="--rule", default="hebb", choices=RULE_CHOICES),  # a row of its own in the form: before β
    Beta(key="beta", label="β", tip=msg("β: a positive number, or inf for deterministic updates"), option="--beta"),
    _max_sweeps(),
    Flag(key="self_coupling", label="w_ii", tip=msg("Keep the self-couplings w_ii (the lecture sets w_ii = 0)"),
         option="--self-coupling"),
)

TEMPERATURE = table(
    _n(2000),
    Number(key="k", label="K", tip=msg("Stored patterns (the mean-field curve is for K/N → 0)"), option="--k",
           default=1, lo=1, hi=MAX_PATTERNS),
    Span(key="betas", label="β", tip=msg("Inverse temperatures β: B0:B1:STEP (the end included; B1 may be inf)"),
         option="--beta", required=True, start=0.5, stop=8.0, step=0.5, ends=(0.1, 100.0), step_hi=10.0, decimals=2,
         finite=False,
         keys=("b0", "b1", "db"), labels=(msg("β from"), msg("to"), msg("step")),
         tips=(msg("Smallest β"), msg("Largest β"), msg("β step"))),
    *_sweeps(200, 50),
)

BASINS = table(
    _n(500),
    Numbers(key="alphas", label="α", tip=msg("Loads α, separated by commas"), option="--alpha", required=True,
            default="0.05, 0.10, 0.14"),
    Number(key="noise_max", label=msg("noise up to"), tip=msg("Largest fraction of the cue flipped"),
           option="--noise-max", default=0.50, lo=0.01, hi=1.0, decimals=2, percent=True),
    Number(key="noise_step", label=msg("step"), tip=msg("Noise step"), option="--noise-step",
           default=0.05, lo=0.01, hi=0.5, decimals=2, percent=True),
    _trials(5, msg("Runs per point")),
    _max_sweeps(),
)

PHASE = table(
    _n(1000),
    Numbers(key="betas", label="β", option="--beta", required=True, finite=False,
            tip=msg("Inverse temperatures β of the lecture, separated by commas (T of textbooks = 2/β)"),
            default="1.2, 1.5, 1.8, 2.2, 2.6, 3, 3.5, 4, 5, 6, 8, 12, inf"),
    _loads(0.01, 0.20, 0.01),
    _trials(1, msg("Runs per cell")),
    *_sweeps(40, 20),
    Flag(key="theory_only", label=msg("theory only"), tip=msg("The AGS lines alone, no simulation"),
         option="--theory-only"),
)

FINITE_SIZE = table(
    Numbers(key="ns", label="N", tip=msg("Network sizes N, separated by commas"), option="--n", required=True,
            default="250, 500, 1000, 2000", whole=True, lo=10, hi=MAX_NEURONS),
    _trials(24, msg("Runs per load and size"), lo=2),  # a logistic fit needs runs on both sides
    _loads(0.10, 0.22, 0.01),
    _noise(),
)

DILUTION = table(
    _n(1000, 50, 4000),  # the sparse weights of 4000 neurons at c = 1 still fit a laptop
    Numbers(key="connectivities", label="c", option="--connectivity", required=True, hi=1.0,
            default="1, 0.5, 0.2, 0.1",
            tip=msg("Connectivities c, the fractions of the pairs connected, separated by commas (pruning: the "
                    "fraction of the synapses kept)")),
    Choice(key="mode", label=msg("synapses"), option="--mode", default="random",
           tip=msg("How the synapses are lost: at random (dilution), the weakest first (pruning), or each kept as "
                   "its sign (clipping)"),
           choices=(("random", msg("removed at random")), ("prune", msg("weakest pruned")),
                    ("clip", msg("binary (sign)")))),
    _trials(8, msg("Runs per point")),
    _loads(0.06, 0.50, 0.02, lo=0.01, smallest=msg("Smallest load per connection K/(cN)"),
           largest=msg("Largest load per connection")),
    _noise(),
    _max_sweeps(),
)

#: each experiment's table, by the name the tab and the command give it
EXPERIMENTS = {"capacity": CAPACITY, "temperature": TEMPERATURE, "basins": BASINS, "phase": PHASE,
               "finite-size": FINITE_SIZE, "dilution": DILUTION}

BETA_DEFAULT = math.inf  # the capacity experiment's β: the lecture's deterministic limit

__all__ = ["Field", "Number", "Values", "Numbers", "Span", "Choice", "Beta", "Flag", "table", "EXPERIMENTS"]
