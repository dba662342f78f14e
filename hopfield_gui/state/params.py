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
from dataclasses import asdict, dataclass, fields, replace

from ..core.messages import msg
from ..core.network import MODES
from ..core.rules import RULES, check_dense_budget
from ..core.structure import check_sparse_budget, is_structured

__all__ = ["ExplorerParams", "ParamsError", "SPEEDS", "ERASE_SHAPES", "nearest_speed", "erase_region"]

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
class ExplorerParams:
    beta: float = math.inf  # inverse temperature, (0, ∞]; ∞ = deterministic sign(h)
    rule: str = "hebb"  # learning rule: core.rules.RULES
    self_coupling: bool = False  # keep w_ii (Hebb, pseudo-inverse)
    mode: str = "async"  # "async" | "sync"
    speed: float = math.inf  # sweeps per second; ∞ = as fast as possible
    seed: int | None = None  # None: a new random run at every reset
    cue: int = 0  # the stored pattern (0-based among the stored ones) the cue is made from
    noise: float = 0.2  # fraction of the cue's neurons flipped
    masked: float = 0.0  # fraction of the cue's neurons erased (set to −1)
    erase_shape: str = "pixels"  # which neurons: ERASE_SHAPES
    erase_rect: tuple | None = None  # "rectangle": (top, bottom, left, right), fractions of the grid
    # structural plasticity (core/structure.py; Hebb rule, w_ii = 0): which synapses exist and what they hold
    connectivity: float = 1.0  # fraction of the pairs connected, (0, 1]; lowering it removes synapses at random
    pruned: float = 0.0  # fraction of the remaining synapses removed, the weakest |w_ij| first, [0, MAX_PRUNED]
    clipped: bool = False  # binary synapses: w_ij = sign(Σ_μ P_i^μ P_j^μ)/(c√(KN))

    # --- checks -------------------------------------------------------------------------------
    def validate(self, n: int | None = None) -> ExplorerParams:
        """Raise :class:`ParamsError` (or the core's MemoryBudgetError) if these parameters cannot
        be used for a network of ``n`` neurons; return self."""
        if not (self.beta > 0):  # also NaN
            raise ParamsError(msg("β must be positive (β = ∞ is deterministic), not {value!r}", value=self.beta))
        if self.rule not in RULES:
            raise ParamsError(msg("unknown learning rule {rule!r}: choose one of {choices}", rule=self.rule,
                                  choices=", ".join(RULES)))
        if self.mode not in MODES:
            raise ParamsError(msg("mode must be 'async' or 'sync', not {value!r}", value=self.mode))
        if not (self.speed > 0):
            raise ParamsError(msg("the speed must be a positive number of sweeps per second, not {value!r}",
                                  value=self.speed))
        if self.seed is not None and not (isinstance(self.seed, int) and 0 <= self.seed <= SEED_MAX):
            raise ParamsError(msg("the seed must be a whole number from 0 to 2147483647, or none"))
        for name in ("noise", "masked"):
            v = getattr(self, name)
            if not 0.0 <= v <= 1.0:
                raise ParamsError(msg("the noise must be a fraction between 0 and 1, not {noise}", noise=v))
        if self.erase_shape not in ERASE_SHAPES:
            raise ParamsError(msg("unknown erased region {shape!r}: choose one of {choices}", shape=self.erase_shape,
                                  choices=", ".join(ERASE_SHAPES)))
        if self.erase_rect is not None and not (len(self.erase_rect) == 4 and all(
                isinstance(x, (int, float)) and 0.0 <= x <= 1.0 for x in self.erase_rect)
                and self.erase_rect[0] < self.erase_rect[1] and self.erase_rect[2] < self.erase_rect[3]):
            raise ParamsError(msg("the erased rectangle must be four fractions: top < bottom, left < right"))
        if self.cue < 0:
            raise ParamsError(msg("'cue' must be a pattern number"))
        if not (MIN_CONNECTIVITY <= self.connectivity <= 1.0):
            raise ParamsError(msg("the connectivity must lie between {lo} and 1, not {value}", lo=MIN_CONNECTIVITY,
                                  value=self.connectivity))
        if not (0.0 <= self.pruned <= MAX_PRUNED):
            raise ParamsError(msg("the fraction of synapses pruned must lie between 0 and {hi}, not {value}",
                                  hi=MAX_PRUNED, value=self.pruned))
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
        base = cls()

        def number(key, lo, hi, inf_word=None):
            v = d.get(key, getattr(base, key))
            if inf_word is not None and (v == inf_word or (isinstance(v, float) and math.isinf(v) and v > 0)):
                return math.inf
            if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v) or not lo <= v <= hi:
                if inf_word:
                    raise error(msg("{file}: parameter '{key}' must be a number between {lo} and {hi} or \"{word}\"",
                                    file=where, key=key, lo=lo, hi=hi, word=inf_word))
                raise error(msg("{file}: parameter '{key}' must be a number between {lo} and {hi}",
                                file=where, key=key, lo=lo, hi=hi))
            return float(v)

        rule, mode = d.get("rule", base.rule), d.get("mode", base.mode)
        if rule not in RULES:
            raise error(msg("{file}: unknown rule {rule!r}", file=where, rule=rule))
        if mode not in MODES:
            raise error(msg("{file}: unknown update mode {mode!r}", file=where, mode=mode))
        seed = d.get("seed", base.seed)
        if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed <= SEED_MAX):
            raise error(msg("{file}: 'seed' must be a whole number from 0 to 2147483647, or null", file=where))
        cue = d.get("cue", base.cue)
        if not isinstance(cue, int) or isinstance(cue, bool) or cue < 0:
            raise error(msg("{file}: 'cue' must be a pattern number", file=where))
        shape = d.get("erase_shape", base.erase_shape)
        if shape not in ERASE_SHAPES:
            raise error(msg("{file}: unknown erased region {shape!r}", file=where, shape=shape))
        rect = d.get("erase_rect")
        if rect is not None:
            if not (isinstance(rect, list) and len(rect) == 4 and all(
                    isinstance(x, (int, float)) and not isinstance(x, bool) for x in rect)):
                raise error(msg("{file}: parameter '{key}' must be four numbers or null", file=where, key="erase_rect"))
            rect = tuple(float(x) for x in rect)
        coupling, clipped = d.get("self_coupling", base.self_coupling), d.get("clipped", base.clipped)
        for key, v in (("self_coupling", coupling), ("clipped", clipped)):
            if not isinstance(v, bool):
                raise error(msg("{file}: parameter '{key}' must be true or false", file=where, key=key))
        p = cls(beta=number("beta", 1e-6, 1e6, "inf"), rule=rule, self_coupling=coupling, mode=mode,
                speed=number("speed", 1e-3, 1e6, "max"), seed=seed, cue=cue, noise=number("noise", 0.0, 1.0),
                masked=number("masked", 0.0, 1.0), erase_shape=shape, erase_rect=rect,
                connectivity=number("connectivity", MIN_CONNECTIVITY, 1.0), pruned=number("pruned", 0.0, MAX_PRUNED),
                clipped=clipped)
        try:
            return p.validate()
        except ParamsError as exc:
            raise error(msg("{file}: {reason}", file=where, reason=exc)) from None

    def with_changes(self, **changes) -> ExplorerParams:
        """A copy with ``changes`` (unknown names raise TypeError, as dataclasses.replace does)."""
        return replace(self, **changes)
