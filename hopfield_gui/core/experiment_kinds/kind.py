"""What an experiment declares to the rest of the app: its settings (``core/experiment_params.py``),
its run function (the core's, Executor-ready, with progress and Cancel), its figure, its caption and
how its settings become the run's arguments. The Experiments tab's list and forms, ``hopfield
<experiment>``, the slide figures and the CSV export (each result's ``columns()``) iterate over them
(README, "How to add an experiment"). No Qt: the figure is *named* (``"module:function"``, drawn by
the window's plotting layer, which imports it when it draws), the texts are messages.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Mapping

from ..experiment_params import Beta, Choice, Field, Flag, Number, Numbers, Span, Values
from ..messages import Message, msg

__all__ = ["ExperimentKind", "read_values", "MAX_TEXT"]

MAX_TEXT = 1000  # the longest list a form's line keeps (the core takes at most 10 000 values anyway)


def _same(values: dict) -> dict:
    return values


def _no_notes(_result) -> list[str]:
    return []


@dataclass(frozen=True)
class ExperimentKind:
    """One experiment. ``name``: the tab's key and the subcommand; ``order``: its place in the tab's
    list; ``title``: its line in that list and its figure's title ("Capacity: m versus α = K/N");
    ``about``: the subcommand's help; ``fields``: its settings, in the form's order; ``run(**kwargs,
    seed, progress, should_stop, executor)``: the experiment; ``figure``: ``"module:function"``
    drawing a result in a plot widget; ``caption(result)``: the slide caption's parts (messages);
    ``arguments(values)``: the run's keyword arguments from the settings' values (checks that span
    several fields go here); ``notes(result)``: lines the command prints after its table;
    ``without_run(values)``: a (JSON, header, rows) answer that needs no run (``phase
    --theory-only``), else None."""

    name: str
    order: int
    title: Message
    about: str
    fields: Mapping[str, Field]
    run: Callable
    figure: str
    caption: Callable[[object], list]
    arguments: Callable[[dict], dict] = _same
    notes: Callable[[object], list[str]] = _no_notes
    without_run: Callable[[dict], tuple | None] | None = None

    def settings(self, *, form: bool | None = None) -> list[Field]:
        """Its fields; ``form`` True: those the window shows, False: those the command line has."""
        return [f for f in self.fields.values()
                if form is None or (f.form if form else f.option is not None)]

    # --- the form's values (what a session and the remembered settings keep) -------------------------
    def form_values(self) -> dict:
        """The form's values at start, by the form's keys: a number as itself (a per cent as its
        fraction), a span as its three numbers under its three keys, a list or β as the text typed,
        a choice as its value."""
        out = {}
        for f in self.settings(form=True):
            if isinstance(f, Span):
                out.update(zip(f.keys, (f.start, f.stop, f.step), strict=True))
            elif isinstance(f, Beta):
                out[f.key] = "inf" if math.isinf(f.default) else f"{f.default:g}"
            else:
                out[f.key] = f.default
        return out

    def check_form_value(self, key: str, value):
        """``value`` for the form's ``key`` as the form holds it, if it fits the declaration: a whole
        number where one is declared, inside the bounds of its box, one of the choices, a text of at
        most MAX_TEXT characters (a list is read when the experiment runs, as it is when typed).
        ValueError (a message) otherwise; KeyError for a key the form does not have."""
        box = self._boxes()[key]
        name = f"{self.name} {key}"
        if isinstance(box, Choice):
            if value not in box.values:
                raise ValueError(msg("unknown {name} {value!r}: choose one of {choices}", name=name, value=value,
                                     choices=", ".join(box.values)))
            return value
        if isinstance(box, (Numbers, Beta)):
            if not isinstance(value, str) or len(value) > MAX_TEXT:
                raise ValueError(msg("{name} must be a text of at most {count} characters", name=name,
                                     count=MAX_TEXT))
            return value
        lo, hi, whole = box
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value) or not (
                lo <= value <= hi):
            raise ValueError(msg("{name} must lie between {lo} and {hi}, not {value}", name=name, lo=lo, hi=hi,
                                 value=value))
        if whole and not float(value).is_integer():
            raise ValueError(msg("{name} must be a whole number", name=name))
        return int(value) if whole else float(value)

    def _boxes(self) -> dict:
        """The form's keys: what each holds (a Choice, a text field, or (lo, hi, whole) of a number)."""
        out = {}
        for f in self.settings(form=True):
            if isinstance(f, Span):
                ends = (f.ends[0], f.ends[1], False)
                out.update(zip(f.keys, (ends, ends, (10 ** -f.decimals, f.step_hi, False)), strict=True))
            elif isinstance(f, Number):
                out[f.key] = (f.lo, f.hi, f.whole)
            else:
                out[f.key] = f
        return out

    def arguments_from_form(self, values: Mapping[str, object], names: Mapping[str, str] | None = None) -> dict:
        """The run's keyword arguments (without the seed) from the form's ``values`` (by the form's
        keys, as :meth:`form_values`), read by the same checks as the command line's (ValueError)."""
        raw = {}
        for f in self.settings(form=True):
            if isinstance(f, Span):
                raw[f.key] = ":".join(str(values[k]) for k in f.keys)
            else:
                raw[f.key] = values[f.key]
        return self.arguments(read_values(self.settings(form=True), raw, names))


def read_values(fields, raw: Mapping[str, object], names: Mapping[str, str] | None = None) -> dict:
    """The settings' values from what a form or a command line gave (``raw``, by key: the number of a
    spin box, the text of a line, the value of a choice); lists and spans are read and checked here,
    once for both. ``names``: how a message names each field (its label in the window, its option on
    the command line). ValueError (a core message) when a value does not fit."""
    out = {}
    for f in fields:
        if f.key not in raw:
            if isinstance(f, Flag):
                out[f.key] = False
            continue
        value = raw[f.key]
        name = (names or {}).get(f.key, f.flag)
        if isinstance(f, Values):
            value = f.read(str(value), name)
        elif isinstance(f, Beta):
            value = f.read(value)
        elif isinstance(f, Number):
            value = int(value) if f.whole else float(value)
        out[f.key] = value
    return out
