"""Every parameter a user sets in the network explorer, defined once.

:class:`ExplorerParams` is the one source of truth: the controller holds the current value, widgets
display it and send edits (``controller.update(beta=3.0)``), the worker receives what changed,
sessions and the remembered settings store :meth:`ExplorerParams.to_dict` and read it back with
:meth:`ExplorerParams.from_dict`, and presets are written as changes to it.

The grid (N = rows × cols) and the stored set (K) are not here: they are properties of the
patterns, owned by the :class:`~hopfield_gui.state.library.PatternLibrary`. :meth:`validate`
takes N from there.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, fields, replace

from ..core.messages import msg
from ..core.network import MODES
from ..core.rules import RULES, check_dense_budget
from ..core.structure import check_sparse_budget, is_structured
from .evented import fields_of

__all__ = ["ExplorerParams", "PARAM", "ParamsError", "Spec", "SPECS", "declared", "specs_of", "SPEEDS", "ERASE_SHAPES",
           "nearest_speed", "erase_region"]

#: The speeds the speed slider offers, in sweeps per second (∞: as fast as possible).
SPEEDS = (0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 25, 100, math.inf)

SEED_MAX = 2**31 - 1
MIN_CONNECTIVITY = 0.001  # one synapse in a thousand: still a network at N = 16 384
MAX_PRUNED = 0.999

#: What of the cue is erased: random pixels, or a region ("C*ci est j*ste un p*tit exa*ple"): the
#: right part, the bottom part, or a band across the middle, its size the erased fraction.
ERASE_SHAPES = ("pixels", "right", "bottom", "band", "rectangle")


def erase_region(shape: str, fraction: float, rows: int, cols: int, rect=None):
    """The region erased for ``shape`` as core.patterns.mask takes it, (row0, row1, col0, col1,
    cols), or None for random pixels. ``rect``: (top, bottom, left, right) as fractions of the
    grid, for the rectangle dragged on it."""
    if shape == "rectangle" and rect is not None:
        top, bottom, left, right = rect
        return (round(top * rows), max(round(bottom * rows), round(top * rows) + 1),
                round(left * cols), max(round(right * cols), round(left * cols) + 1), cols)
    if shape == "right":
        return (0, rows, cols - round(fraction * cols), cols, cols)
    if shape == "bottom":
        return (rows - round(fraction * rows), rows, 0, cols, cols)
    if shape == "band":
        h = round(fraction * rows)
        top = (rows - h) // 2
        return (top, top + h, 0, cols, cols)
    return None


class ParamsError(ValueError):
    """A parameter set that cannot be used; the message says which parameter and why."""


def nearest_speed(speed: float) -> float:
    """The offered speed closest to ``speed`` (on a log scale)."""
    def log(s):
        return math.log(s) if math.isfinite(s) else math.log(1e9)
    return min(SPEEDS, key=lambda s: abs(log(s) - log(speed)))


@dataclass(frozen=True)
class Spec:
    """What one parameter may be, declared once beside its default: :meth:`ExplorerParams.validate`,
    :meth:`ExplorerParams.from_dict` (sessions, the remembered settings) and the widgets' ranges read
    it."""

    kind: type  # float, int, str or bool
    label: str  # how the messages name it ("β", "the noise")
    low: float | None = None  # the range, both ends included unless ``open_low``
    high: float | None = None
    open_low: bool = False
    infinite: str = ""  # ∞ allowed, written so in JSON ("inf", "max")
    choices: tuple = ()
    nullable: bool = False  # None allowed (the seed: a new run at every reset)

    def check(self, value) -> str | None:
        """Why ``value`` cannot be this parameter (a message), or None."""
        if value is None:
            return None if self.nullable else msg("{name} must be set", name=self.label)
        if self.choices:
            return None if value in self.choices else msg("unknown {name} {value!r}: choose one of {choices}",
                                                          name=self.label, value=value,
                                                          choices=", ".join(self.choices))
        if self.kind is bool:
            return None if isinstance(value, bool) else msg("{name} must be true or false", name=self.label)
        if self.kind is int and not (isinstance(value, int) and not isinstance(value, bool)):
            return msg("{name} must be a whole number", name=self.label)
        if self.kind in (int, float):
            if self.infinite and value == math.inf:
                return None
            inside = (value > self.low if self.open_low else value >= self.low) if self.low is not None else True
            if not (isinstance(value, (int, float)) and math.isfinite(value) and inside
                    and (self.high is None or value <= self.high)):
                return self.range_message(value)
        return None

    def range_message(self, value) -> str:
        if self.open_low and self.low == 0 and self.high is None:
            return msg("{name} must be positive, not {value}", name=self.label, value=value)
        if self.high is None:
            return msg("{name} must be at least {lo}, not {value}", name=self.label, lo=self.low, value=value)
        return msg("{name} must lie between {lo} and {hi}, not {value}", name=self.label, lo=self.low,
                   hi=self.high, value=value)


def declared(default, spec: Spec):
    """A dataclass field with its :class:`Spec` (read back with :func:`specs_of`)."""
    return field(default=default, metadata={"spec": spec})


def specs_of(cls) -> dict[str, Spec]:
    """The Specs of a dataclass's declared fields, by name."""
    return {f.name: f.metadata["spec"] for f in fields(cls) if "spec" in f.metadata}


@dataclass(frozen=True)
class ExplorerParams:
    #: inverse temperature, (0, ∞]; ∞ = deterministic sign(h)
    beta: float = declared(math.inf, Spec(float, msg("β"), 0.0, None, open_low=True, infinite="inf"))
    rule: str = declared("hebb", Spec(str, msg("learning rule"), choices=RULES))  # core.rules.RULES
    self_coupling: bool = declared(False, Spec(bool, msg("self-coupling")))  # keep w_ii (Hebb, pseudo-inverse)
    mode: str = declared("async", Spec(str, msg("update mode"), choices=MODES))
    #: sweeps per second; ∞ = as fast as possible
    speed: float = declared(math.inf, Spec(float, msg("the speed"), 0.0, None, open_low=True, infinite="max"))
    #: None: a new random run at every reset
    seed: int | None = declared(None, Spec(int, msg("the seed"), 0, SEED_MAX, nullable=True))
    #: the stored pattern (0-based) the cue is made from
    cue: int = declared(0, Spec(int, msg("the cued pattern"), 0, None))
    noise: float = declared(0.2, Spec(float, msg("the noise"), 0.0, 1.0))  # fraction of the cue's neurons flipped
    masked: float = declared(0.0, Spec(float, msg("the erased fraction"), 0.0, 1.0))  # erased (set to −1)
    erase_shape: str = declared("pixels", Spec(str, msg("erased region"), choices=ERASE_SHAPES))
    #: "rectangle": (top, bottom, left, right), fractions of the grid
    erase_rect: tuple | None = declared(None, Spec(tuple, msg("the erased rectangle"), nullable=True))
    # structural plasticity (core/structure.py; Hebb rule, w_ii = 0): which synapses exist and what they hold
    #: fraction of the pairs connected, (0, 1]; lowering it removes synapses at random
    connectivity: float = declared(1.0, Spec(float, msg("the connectivity"), MIN_CONNECTIVITY, 1.0))
    #: fraction of the remaining synapses removed, the weakest |w_ij| first
    pruned: float = declared(0.0, Spec(float, msg("the fraction of synapses pruned"), 0.0, MAX_PRUNED))
    #: binary synapses: w_ij = sign(Σ_μ P_i^μ P_j^μ)/(c√(KN))
    clipped: bool = declared(False, Spec(bool, msg("binary synapses")))

    @staticmethod
    def spec(name: str) -> Spec:
        """The declaration of parameter ``name`` (its range, choices, how messages name it)."""
        return SPECS[name]

    # --- checks -------------------------------------------------------------------------------
    def validate(self, n: int | None = None) -> ExplorerParams:
        """Raise :class:`ParamsError` (or the core's MemoryBudgetError) if these parameters cannot
        be used for a network of ``n`` neurons; return self."""
        for name, spec in SPECS.items():
            problem = spec.check(getattr(self, name))
            if problem:
                raise ParamsError(problem)
        if self.erase_rect is not None and not (len(self.erase_rect) == 4 and all(
                isinstance(x, (int, float)) and 0.0 <= x <= 1.0 for x in self.erase_rect)
                and self.erase_rect[0] < self.erase_rect[1] and self.erase_rect[2] < self.erase_rect[3]):
            raise ParamsError(msg("the erased rectangle must be four fractions: top < bottom, left < right"))
        if self.structured and (self.rule != "hebb" or self.self_coupling):
            raise ParamsError(msg("synapses can be removed, pruned or clipped with the Hebb rule and w_ii = 0 only"))
        if self.rule == "storkey" and self.self_coupling:
            raise ParamsError(msg("the Storkey rule is defined for i ≠ j only: self-coupling applies to Hebb and "
                                  "pseudo-inverse"))
        if n is not None and self.rule != "hebb":
            check_dense_budget(n, self.rule)
        if n is not None and self.structured:
            check_sparse_budget(n, self.connectivity)
        return self

    @property
    def structured(self) -> bool:
        """Some synapses removed, pruned or clipped (else the fully connected network of the lecture)."""
        return is_structured(self.connectivity, self.pruned, self.clipped)

    @property
    def synapses_kept(self) -> float:
        """The fraction of the pairs connected: c · (1 − pruned)."""
        return self.connectivity * (1.0 - self.pruned)

    def changed(self, other: ExplorerParams) -> set[str]:
        """Names of the fields whose values differ from ``other``'s."""
        return {f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)}

    # --- as plain data (sessions, settings) ---------------------------------------------------------
    def to_dict(self) -> dict:
        """JSON-ready: ∞ written as "inf" (β) and "max" (speed)."""
        d = asdict(self)
        d["beta"] = "inf" if math.isinf(self.beta) else float(self.beta)
        d["speed"] = "max" if math.isinf(self.speed) else float(self.speed)
        d["noise"], d["masked"] = float(self.noise), float(self.masked)
        d["erase_rect"] = None if self.erase_rect is None else [float(x) for x in self.erase_rect]
        d["connectivity"], d["pruned"], d["clipped"] = float(self.connectivity), float(self.pruned), bool(self.clipped)
        return d

    @classmethod
    def from_dict(cls, d: dict, where: str = "parameters", error=ParamsError) -> ExplorerParams:
        """Read what :meth:`to_dict` wrote; missing keys take their defaults, unknown keys are
        ignored, a wrong value raises ``error`` naming ``where`` and the key."""
        if not isinstance(d, dict):
            raise error(msg("{file}: 'parameters' must be an object", file=where))
        values = {}
        for f in fields(cls):
            spec: Spec = f.metadata["spec"]
            v = d.get(f.name, f.default)
            if spec.infinite and (v == spec.infinite or v == math.inf):
                v = math.inf
            elif spec.kind is float:
                if not isinstance(v, (int, float)) or isinstance(v, bool):  # a word, a list, true…
                    raise error(msg("{file}: parameter '{key}': {reason}", file=where, key=f.name,
                                    reason=spec.range_message(v)))
                v = float(v)
            elif spec.kind is tuple and v is not None:
                if not (isinstance(v, list) and len(v) == 4 and all(
                        isinstance(x, (int, float)) and not isinstance(x, bool) for x in v)):
                    raise error(msg("{file}: parameter '{key}' must be four numbers or null", file=where, key=f.name))
                v = tuple(float(x) for x in v)
            problem = spec.check(v)
            if problem:
                raise error(msg("{file}: parameter '{key}': {reason}", file=where, key=f.name, reason=problem))
            values[f.name] = v
        try:
            return cls(**values).validate()
        except ParamsError as exc:
            raise error(msg("{file}: {reason}", file=where, reason=exc)) from None

    def with_changes(self, **changes) -> ExplorerParams:
        """A copy with ``changes`` (unknown names raise TypeError, as dataclasses.replace does)."""
        return replace(self, **changes)


#: every parameter's declaration, in the order of the fields
SPECS: dict[str, Spec] = specs_of(ExplorerParams)
#: the fields by attribute, for edits and per-field events: ``{PARAM.beta: 3.0}`` (state/evented.py)
PARAM = fields_of(ExplorerParams)
