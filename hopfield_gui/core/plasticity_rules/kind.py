"""What a plasticity rule declares to the rest of the app: its parameters, its published sets and how
each of the lab's protocols reads it out. One :class:`RuleKind` per rule; the lab, its parameter
table, the player, sessions and ``hopfield plasticity`` iterate over them (README, "How to add a
plasticity rule"). No Qt.

Readouts, all in the README's conventions (Δt = t_post − t_pre, ``dw`` relative to the initial
weight, times in ms):

* ``change(rule, pre, post, freq, dt, n) -> (dw, bound reached)``: the weight after explicit spike
  trains (``freq``, ``dt``, ``n`` describe a periodic protocol for rules with an analytic readout of
  it; 0 when the trains are arbitrary). None: the rule has no spike timing (BCM).
* ``frequency(rule, freqs, pulses) -> dw``: Dudek & Bear's protocol when the rule has its own
  (a rate rule, the calcium rule's pre spikes alone); None: the spike rules' Poisson post neuron
  (:func:`spike_frequency`).
* ``play(rule, pre, post, t, seed) -> Course``: the time course of one protocol at the times ``t``,
  for the lab's player; a rate rule declares ``play_rates(rule, freq, points)`` instead (its whole
  protocol).
"""

from __future__ import annotations

import math
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import Callable, Mapping

import numpy as np

from .. import limits
from ..messages import msg
from ..plasticity_params import ParamSpec, check_value
from ..protocols import frequency_train

__all__ = ["Option", "Trace", "Course", "RuleKind", "spike_frequency"]


@dataclass(frozen=True)
class Option:
    """A parameter with named values rather than a number: ``interaction`` = all | nearest."""

    name: str  # as typed: ``--param interaction=nearest``, the table's row, sessions
    choices: tuple[str, ...]
    field: str  # the rule's dataclass field it sets
    values: tuple  # the field's value for each choice
    label: str = ""  # messages, for the lab's table: the row's name, each choice's, the tooltip
    choice_labels: tuple[str, ...] = ()
    tip: str = ""

    def value(self, typed) -> object:
        if str(typed) not in self.choices:
            raise ValueError(msg("{name} must be one of {choices}, not {value!r}", name=self.name,
                                 choices=", ".join(self.choices), value=typed))
        return self.values[self.choices.index(str(typed))]

    def read(self, rule) -> str:
        return self.choices[self.values.index(getattr(rule, self.field))]


@dataclass(frozen=True)
class Trace:
    """One curve of the player: its label (a message the window translates) and its colour (an
    index into the patterns' palette)."""

    label: str
    colour: int


@dataclass(frozen=True)
class Course:
    """What :func:`RuleKind.play` returns: traces sampled at the given times (name → samples, each
    declared by a :class:`Trace`), horizontal levels to draw with them, and the weight."""

    traces: dict[str, np.ndarray]
    shown: dict[str, Trace]
    levels: dict[str, float]
    w: np.ndarray
    w_name: str = "Δw/w₀"
    w_levels: dict = field(default_factory=dict)
    traces_label: str = ""  # the traces' axis (a message; "" for the lab's "traces")


@dataclass(frozen=True)
class RuleKind:
    name: str  # as typed: ``--rule pair``, sessions' "rule"
    title: str  # a message: "pair STDP" (the lab's list, legends)
    rule_type: type
    sets: Mapping[str, object]  # published sets by name, in the lab's order
    default_set: str
    specs: tuple[ParamSpec, ...]  # the numeric parameters, in the papers' order
    order: int  # place in the lab's list, from the least to the most detailed
    fitted_to: Mapping[str, str] = field(default_factory=dict)  # set → what it was fitted to (a message)
    options: tuple[Option, ...] = ()
    change: Callable | None = None
    frequency: Callable | None = None
    play: Callable | None = None
    play_rates: Callable | None = None  # a rate rule: (rule, freq, points) -> (t, pulses, Course)
    validate: Callable = lambda rule: rule  # noqa: E731 (a default)
    hint: str = ""  # a message: the parameter help of ``hopfield plasticity`` (e.g. units that differ)

    @property
    def timing(self) -> bool:
        """Whether the rule sees spike timing (the window and pairing panels)."""
        return self.change is not None

    def options_by_name(self) -> dict[str, Option]:
        return {o.name: o for o in self.options}

    def spec(self, name: str) -> ParamSpec:
        """The declaration of parameter ``name`` (the papers' spelling or the field's, any case)."""
        for s in self.specs:
            if name.lower() in (s.name.lower(), s.field):
                return s
        choices = [s.name for s in self.specs] + [o.name for o in self.options]
        raise ValueError(msg("unknown parameter {name!r}: choose one of {choices}", name=name,
                             choices=", ".join(choices)))

    def make(self, set_name: str | None = None, params: Mapping | None = None):
        """The rule from a named set with ``params`` overridden ({"tau_plus": 20}); a clear ValueError
        for anything impossible."""
        name = set_name or self.default_set
        if name not in self.sets:
            raise ValueError(msg("{name} is not a {rule} set: choose one of {choices}", name=name, rule=self.name,
                                 choices=", ".join(self.sets)))
        changes: dict = {}
        for key, value in (params or {}).items():
            option = self.options_by_name().get(str(key).lower())
            if option is not None:
                changes[option.field] = option.value(value)
                continue
            declared = self.spec(key)
            changes[declared.field] = check_value(declared, value, key)
        return self.validate(replace(self.sets[name], **changes))

    def parameters(self, rule) -> list[tuple[str, object]]:
        """The rule's parameters as the user names them, in the papers' order (the lab's table)."""
        return [(s.name, getattr(rule, s.field)) for s in self.specs] + [(o.name, o.read(rule)) for o in self.options]


def spike_frequency(change: Callable, rule, freqs, pulses: int = 900, gain: float = 1.0, trials: int = 20,
                    seed=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Mean dw, its standard error and whether a bound was reached, over ``trials`` Poisson
    realisations of :func:`~..protocols.frequency_train` at each frequency (one generator per
    frequency, spawned from ``seed``: the same numbers on every machine, whatever the other
    frequencies asked for), for a rule read out by ``change``."""
    limits.protocol(freqs=freqs, pulses=pulses, trials=trials)
    freqs = np.asarray(freqs, float)
    if not 0 <= gain <= 100:
        raise ValueError(msg("the gain (post rate per pre rate) must lie between 0 and 100, not {gain}", gain=gain))
    def at(f: float, ss) -> tuple[list, bool]:
        rng = np.random.default_rng(ss)
        out = [change(rule, *frequency_train(f, pulses, gain, rng), 0.0, 0.0, 0) for _ in range(trials)]
        return [d for d, _ in out], any(h for _, h in out)

    streams = np.random.SeedSequence(seed).spawn(freqs.size)
    # the kernels release the GIL: the frequencies run side by side on the machine's cores, each with
    # its own generator (the same numbers whatever the order they finish in)
    workers = min(os.cpu_count() or 1, freqs.size)
    if workers > 1:
        with ThreadPoolExecutor(workers) as pool:
            results = list(pool.map(at, freqs, streams))
    else:
        results = [at(f, ss) for f, ss in zip(freqs, streams, strict=True)]
    dw = np.array([d for d, _ in results], float).reshape(freqs.size, trials)
    hit = np.array([h for _, h in results], bool)
    sem = dw.std(axis=1, ddof=1) / math.sqrt(trials) if trials > 1 else np.zeros(freqs.size)
    return dw.mean(axis=1), sem, hit
