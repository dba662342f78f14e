"""What an experiment declares to the rest of the app: its settings (``core/experiment_params.py``),
its run function (the core's, Executor-ready, with progress and Cancel), its figure, its caption and
how its settings become the run's arguments. The Experiments tab's list and forms, ``hopfield
<experiment>``, the slide figures and the CSV export (each result's ``columns()``) iterate over them
(README, "How to add an experiment"). No Qt: the figure is *named* (``"module:function"``, drawn by
the window's plotting layer, which imports it when it draws), the texts are messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Mapping

from ..experiment_params import Beta, Field, Flag, Number, Values
from ..messages import Message

__all__ = ["ExperimentKind", "read_values"]


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
