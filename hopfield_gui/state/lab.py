"""Every setting of the Plasticity lab, defined once (like ``params.py`` for the explorer).

:class:`LabParams` is the lab's one source of truth: the lab controller holds it, widgets show it
and send edits, sessions store :meth:`LabParams.to_dict` under ``"plasticity"`` and read it back
with :meth:`LabParams.from_dict`, and the lab's presets are changes to it. A rule is a
:class:`RuleChoice`: its kind, a published parameter set and the parameters the user changed (in
the papers' names, ``core.plasticity.PARAM_NAMES``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from ..core import plasticity as pl
from ..core.messages import msg
from .evented import fields_of
from .params import Spec, declared, specs_of
from .presets import QT_TRANSLATE_NOOP

__all__ = ["RuleChoice", "LabParams", "LAB", "LabError", "LAB_PRESETS", "LabPreset", "lab_preset", "PROTOCOLS",
           "PANELS"]

PROTOCOLS = pl.PROTOCOLS  # Sjöström's pairs: 60 in a row, or the real 5 × 15 trains
PANELS = ("frequency", "timing", "both")  # the slide's three experiments, also what the player plays
MAX_PINNED = 5


class LabError(ValueError):
    """Lab settings that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class RuleChoice:
    kind: str = "triplet"
    set_name: str = "visual-minimal"
    params: tuple = ()  # ((name, value), …): the changes to the set, in the papers' names

    def build(self):
        """The core's rule (a ValueError with a clear message if a value is impossible)."""
        return pl.make_rule(self.kind, self.set_name, dict(self.params))

    def with_param(self, name: str, value) -> RuleChoice:
        """A copy with ``name`` set to ``value``; back at the set's value, the change is dropped."""
        base = dict(pl.rule_parameters(self.kind, pl.make_rule(self.kind, self.set_name)))
        rest = tuple((k, v) for k, v in self.params if k != name)
        return replace(self, params=rest if base.get(name) == value else rest + ((name, value),))

    def label(self) -> str:
        """"triplet (visual-minimal)", with a star when a parameter was changed."""
        return f"{self.kind} ({self.set_name}{'*' if self.params else ''})"

    def to_dict(self) -> dict:
        return {"rule": self.kind, "set": self.set_name, "params": {k: v for k, v in self.params}}

    @classmethod
    def from_dict(cls, d, where: str, error=LabError) -> RuleChoice:
        if not isinstance(d, dict) or not isinstance(d.get("params", {}), dict):
            raise error(msg("{file}: a plasticity rule must be an object with 'rule', 'set' and 'params'", file=where))
        params = tuple((str(k), v if isinstance(v, str) else float(v)) for k, v in d.get("params", {}).items()
                       if isinstance(v, (str, int, float)) and not isinstance(v, bool))
        choice = cls(str(d.get("rule", "triplet")), str(d.get("set") or pl.DEFAULT_SET.get(str(d.get("rule")), "")),
                     params)
        try:
            choice.build()
        except ValueError as exc:
            raise error(msg("{file}: {reason}", file=where, reason=exc)) from None
        return choice


@dataclass(frozen=True)
class LabParams:
    """The lab's settings; each plain field declared once with its :class:`Spec` (validate, from_dict and
    the player's widgets read it); the rules' own parameters are declared by their modules."""

    choice: RuleChoice = RuleChoice()
    #: Sjöström's pairs: 60 in a row, or the real 5 × 15 trains
    protocol: str = declared("continuous", Spec(str, msg("protocol"), choices=PROTOCOLS))
    pinned: tuple = ()  # RuleChoices drawn beside the current one, for comparison
    #: the protocol the player animates
    play_panel: str = declared("both", Spec(str, msg("played protocol"), choices=PANELS))
    #: ms, Δt of the played pairs
    play_dt: float = declared(10.0, Spec(float, msg("Δt (ms)"), -200, 200))
    #: Hz, the played frequency ("both", "frequency")
    play_freq: float = declared(20.0, Spec(float, msg("the frequency (Hz)"), 0.1, 100))
    #: the animation's pace, times real time
    speed: float = declared(0.1, Spec(float, msg("the speed (times real time)"), 0.001, 1000))

    @staticmethod
    def spec(name: str) -> Spec:
        return LAB_SPECS[name]

    def validate(self) -> LabParams:
        for c in (self.choice, *self.pinned):
            try:
                c.build()
            except ValueError as exc:
                raise LabError(exc.args[0] if exc.args else str(exc)) from None
        for name, spec in LAB_SPECS.items():
            problem = spec.check(getattr(self, name))
            if problem:
                raise LabError(problem)
        if len(self.pinned) > MAX_PINNED:
            raise LabError(msg("at most {count} rules can be compared at once", count=MAX_PINNED))
        return self

    def with_changes(self, **changes) -> LabParams:
        return replace(self, **changes)

    def to_dict(self) -> dict:
        return {"rule": self.choice.to_dict(), "protocol": self.protocol,
                "pinned": [c.to_dict() for c in self.pinned], "play_panel": self.play_panel,
                "play_dt": float(self.play_dt), "play_freq": float(self.play_freq), "speed": float(self.speed)}

    @classmethod
    def from_dict(cls, d, where: str = "plasticity", error=LabError) -> LabParams:
        """Read what :meth:`to_dict` wrote; missing keys take their defaults, a wrong value raises
        ``error`` naming ``where``."""
        if not isinstance(d, dict):
            raise error(msg("{file}: 'plasticity' must be an object", file=where))
        base = cls()
        pinned = d.get("pinned", [])
        if not isinstance(pinned, list):
            raise error(msg("{file}: 'pinned' must be a list of rules", file=where))

        def number(key):
            v = d.get(key, getattr(base, key))
            if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v):
                raise error(msg("{file}: parameter '{key}' must be a number", file=where, key=key))
            return float(v)

        p = cls(RuleChoice.from_dict(d["rule"], where, error) if "rule" in d else base.choice,
                str(d.get("protocol", base.protocol)),
                tuple(RuleChoice.from_dict(c, where, error) for c in pinned[:MAX_PINNED]),
                str(d.get("play_panel", base.play_panel)), number("play_dt"), number("play_freq"), number("speed"))
        try:
            return p.validate()
        except LabError as exc:
            raise error(msg("{file}: {reason}", file=where, reason=exc)) from None


LAB_SPECS: dict[str, Spec] = specs_of(LabParams)
# the fields by attribute, for edits and per-field events: ``{LAB.play_dt: 20.0}`` (state/evented.py)
LAB = fields_of(LabParams)


# --- presets: the slide's three panels, and the comparison that makes the point ----------------------
@dataclass(frozen=True)
class LabPreset:
    key: str
    title: str  # English; translated in the context "LabPresets"
    tip: str
    params: LabParams
    number: str = ""  # "7a" … "7e": the Lesson guide's seventh moment, in the toolbar's order
    short: str = ""  # the toolbar's name (context "LabPresets")


LAB_PRESETS = (
    LabPreset("dudek-bear", QT_TRANSLATE_NOOP("LabPresets", "Frequency"),
              QT_TRANSLATE_NOOP("LabPresets", "Dudek & Bear (1992): 900 pulses from 1 to 100 Hz — LTD at 1–3 Hz, "
                                              "none near 10 Hz, LTP at 50 Hz: the calcium rule's dudek-bear set and "
                                              "BCM with a sliding threshold and a bounded weight"),
              LabParams(RuleChoice("calcium", "dudek-bear"), pinned=(RuleChoice("bcm", "kirkwood-light"),),
                        play_panel="frequency", play_freq=50.0, speed=0.2), "7a",
              QT_TRANSLATE_NOOP("LabPresets", "Frequency")),
    LabPreset("bi-poo", QT_TRANSLATE_NOOP("LabPresets", "Timing"),
              QT_TRANSLATE_NOOP("LabPresets", "Bi & Poo (1998): 60 pairs at 1 Hz — LTP when pre comes first, LTD "
                                              "when post does; the pair rule fitted to their cells"),
              LabParams(RuleChoice("pair", "bi-poo"), play_panel="timing", play_dt=10.0, speed=0.5), "7b",
              QT_TRANSLATE_NOOP("LabPresets", "Δt")),
    LabPreset("sjostrom", QT_TRANSLATE_NOOP("LabPresets", "Timing and frequency"),
              QT_TRANSLATE_NOOP("LabPresets", "Sjöström et al. (2001): pairs at 0.1–50 Hz — at high frequency "
                                              "both orders give LTP; the triplet rule fitted to these points follows"),
              LabParams(RuleChoice("triplet", "visual-minimal"), play_panel="both", play_freq=40.0, speed=0.05), "7c",
              QT_TRANSLATE_NOOP("LabPresets", "Both")),
    LabPreset("pair-fails", QT_TRANSLATE_NOOP("LabPresets", "Pair rule fails, triplet fits"),
              QT_TRANSLATE_NOOP("LabPresets", "The same Sjöström points with a pair rule and the triplet rule: "
                                              "compare the error E of each"),
              LabParams(RuleChoice("triplet", "visual-minimal"), pinned=(RuleChoice("pair", "bi-poo"),),
                        play_panel="both", play_freq=40.0, speed=0.05), "7d",
              QT_TRANSLATE_NOOP("LabPresets", "Pair/triplet")),
    LabPreset("protocol-trap", QT_TRANSLATE_NOOP("LabPresets", "The real protocol"),
              QT_TRANSLATE_NOOP("LabPresets", "Sjöström's real protocol (5 pairs, 15 times every 10 s): the "
                                              "all-to-all triplet rule loses its LTP at 40–50 Hz, the nearest-spike "
                                              "rows keep it"),
              LabParams(RuleChoice("triplet", "visual-minimal"), protocol="bursts",
                        pinned=(RuleChoice("triplet", "visual-nearest-minimal"),), play_panel="both",
                        play_freq=40.0, speed=0.05), "7e", QT_TRANSLATE_NOOP("LabPresets", "Real protocol")),
    LabPreset("sliding-threshold", QT_TRANSLATE_NOOP("LabPresets", "The sliding threshold"),
              QT_TRANSLATE_NOOP("LabPresets", "BCM after light and after dark rearing (Kirkwood, Rioult & Bear "
                                              "1996): the lower threshold left by less activity moves the LTD/LTP "
                                              "crossover to lower frequencies; play the 1 Hz protocol to see θ_M "
                                              "slide"),
              LabParams(RuleChoice("bcm", "kirkwood-light"), pinned=(RuleChoice("bcm", "kirkwood-dark"),),
                        play_panel="frequency", play_freq=1.0, speed=100.0), "7f",
              QT_TRANSLATE_NOOP("LabPresets", "Threshold")),
)


def lab_preset(key: str) -> LabPreset:
    return next(p for p in LAB_PRESETS if p.key == key)
