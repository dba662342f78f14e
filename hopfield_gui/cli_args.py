"""Argument types shared by the ``hopfield`` subcommands: every converter is total (any text gives a
value or one clear error, never an exception such as OverflowError) and bounded by ``core/limits.py``."""

from __future__ import annotations

import argparse
import math

import numpy as np

from .core import limits
from .core.experiments import parse_numbers

MAX_DIGITS = 20  # longer than any limit: refused before int() reads 10^400


def numbers_arg(name: str, finite: bool = True):
    """An argparse type: ``A,B,C`` or ``START:STOP:STEP`` as a list of numbers (finite unless told)."""
    def conv(text):
        try:
            values = parse_numbers(text, name)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
        if np.isnan(values).any() or (finite and not np.isfinite(values).all()):
            raise argparse.ArgumentTypeError(f"{name} needs finite numbers, not {text!r}")
        return values.tolist()
    return conv


def count_arg(name: str, lo: int, hi: int):
    """An argparse type: a whole number in ``lo…hi``."""
    def conv(text):
        t = str(text).strip()
        if len(t.lstrip("+-")) > MAX_DIGITS:
            raise argparse.ArgumentTypeError(f"{name} must lie between {lo} and {hi}, not a number of "
                                             f"{len(t)} digits")
        try:
            v = int(t)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{name} must be a whole number, not {text!r}") from None
        try:
            return limits.count(name, v, lo, hi)
        except limits.LimitError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
    return conv


def real_arg(name: str, lo: float, hi: float, open_low: bool = False):
    """An argparse type: a finite number in [lo, hi] (or (lo, hi] with ``open_low``)."""
    def conv(text):
        try:
            v = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{name} must be a number, not {text!r}") from None
        if not math.isfinite(v) or v > hi or v < lo or (open_low and v == lo):
            low = "(" if open_low else "["
            raise argparse.ArgumentTypeError(f"{name} must lie in {low}{lo:g}, {hi:g}], not {text}")
        return v
    return conv


def add_number(parser, option: str, knob, help: str = "", dest: str | None = None) -> None:  # noqa: A002
    """``option`` of ``parser`` as the experiment's table declares it (core/experiment_params.py): its
    type, bounds and default, said in the help; ``dest`` the name it is read under (else argparse's)."""
    conv = count_arg(option, int(knob.lo), int(knob.hi)) if knob.whole else real_arg(option, knob.lo, knob.hi)
    default = int(knob.default) if knob.whole else knob.default
    extra = {"dest": dest} if dest else {}
    if getattr(knob, "required", False):
        parser.add_argument(option, type=conv, required=True, help=help, **extra)
    else:
        parser.add_argument(option, type=conv, default=default, help=f"{help} (default {default:g})".lstrip(), **extra)
