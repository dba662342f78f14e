"""Values as people type them: ``A0:A1:DA`` (the end included) or ``A, B, C`` — the loads, temperatures
and sizes of the experiments, in the window's forms and on the command line alike."""

from __future__ import annotations

import math

import numpy as np

from .limits import MAX_POINTS
from .messages import msg
from .network import parse_beta

__all__ = ["parse_range", "parse_numbers"]


def parse_range(text: str, name: str = "range") -> np.ndarray:
    """'A0:A1:DA' → A0, A0+DA, …, A1 (the end included); a single number is a one-point range.

    'inf' is accepted as a single value and as the end of a range (then added as a last point).
    """
    parts = [p.strip() for p in str(text).split(":")]
    try:
        if len(parts) == 1:
            return np.array([parse_beta(parts[0]) if parts[0].lower() in ("inf", "∞") else float(parts[0])])
        if len(parts) != 3:
            raise ValueError
        a0 = float(parts[0])
        a1 = math.inf if parts[1].lower() in ("inf", "∞") else float(parts[1])
        da = float(parts[2])
    except ValueError:
        raise ValueError(
            msg(
                "{quantity} must look like START:STOP:STEP (e.g. 0.01:0.30:0.01), not {text!r}",
                quantity=name,
                text=text,
            )
        ) from None
    if not all(map(math.isfinite, (a0, da))) or da <= 0:
        raise ValueError(msg("{quantity}: the step must be a positive number", quantity=name))
    end = a1 if math.isfinite(a1) else None
    if end is not None and end < a0:
        raise ValueError(msg("{quantity}: the end {end} is before the start {start}", quantity=name, end=a1, start=a0))
    if end is None:
        return np.append(np.array([a0]), math.inf)
    span = (end - a0) / da  # inf for -1e308:1e308:1, huge for a step of 1e-320: refused before int()
    if not math.isfinite(span) or span + 1 > MAX_POINTS:
        raise ValueError(msg("{quantity}: this step makes too many points (at most {limit})", quantity=name,
                             limit=MAX_POINTS))
    count = int(math.floor(span + 1e-9)) + 1
    vals = a0 + da * np.arange(count)
    if end - vals[-1] > 1e-9 * max(1.0, abs(end)):
        vals = np.append(vals, end)
    return np.round(vals, 12)


def parse_numbers(text: str, name: str = "values") -> np.ndarray:
    """'A, B, C' (commas or semicolons; 'inf' and '∞' allowed) or 'START:STOP:STEP' (the end
    included, as :func:`parse_range`): what a user types for a list of values."""
    text = str(text)
    if ":" in text:
        return parse_range(text, name)
    words = [w.strip() for w in text.replace(";", ",").split(",") if w.strip()]
    try:
        values = [math.inf if w == "∞" else float(w) for w in words]
    except ValueError:
        raise ValueError(msg("{quantity} must be numbers separated by commas or START:STOP:STEP, not {text!r}",
                             quantity=name, text=text)) from None
    if not values:
        raise ValueError(msg("{quantity} needs at least one number", quantity=name))
    if len(values) > MAX_POINTS:
        raise ValueError(msg("{quantity}: {count} points is too many (at most {limit})", quantity=name,
                             count=len(values), limit=MAX_POINTS))
    return np.array(values)
