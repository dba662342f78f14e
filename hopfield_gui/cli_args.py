"""Argument types shared by the ``hopfield`` subcommands."""

from __future__ import annotations

import argparse

import numpy as np

from .core.experiments import parse_numbers


def numbers_arg(name: str, finite: bool = True):
    """An argparse type: ``A,B,C`` or ``START:STOP:STEP`` as a list of numbers (finite unless told)."""
    def conv(text):
        try:
            values = parse_numbers(text, name)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
        if finite and not np.isfinite(values).all():
            raise argparse.ArgumentTypeError(f"{name} needs finite numbers, not {text!r}")
        return values.tolist()
    return conv
