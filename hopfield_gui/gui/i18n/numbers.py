"""Numbers as a French or an English lecture prints them: a decimal comma in French (0,138), a real
minus sign in both (−0,592, not the hyphen of -0.592), and never a negative zero (E/N = −0.000 says
nothing the class can use).

Everything the window *shows* goes through :func:`number` (labels, plot numbers, exported figures);
files meant for other programs (CSV, JSON) keep the dot and the hyphen-minus.
"""

from __future__ import annotations

import math
import re

from PySide6 import QtCore

MINUS = "\u2212"
_ZERO = re.compile(r"^[+-]?[0.,]*$")  # digits that are all zero: "-0.000", "+0,0"


def decimal_point() -> str:
    """The decimal separator of the interface's language."""
    from .language import current_language
    return QtCore.QLocale(_locale_name(current_language())).decimalPoint()


def _locale_name(lang: str) -> str:
    return {"fr": "fr_FR", "en": "en_GB"}.get(lang, "en_GB")


def localize(text: str) -> str:
    """A number written by Python (or pyqtgraph) in the interface's way: the decimal point of the
    language and a real minus sign."""
    point = decimal_point()
    out = text.replace("-", MINUS)
    return out.replace(".", point) if point != "." else out


def number(x: float, spec: str = "g", plus: bool = False) -> str:
    """``x`` formatted with the Python format ``spec`` ("g", ".3f"…), in the interface's language;
    ``plus``: a sign on positive numbers too (+0,270). A value that rounds to zero has no sign."""
    if isinstance(x, float) and math.isinf(x):
        return "∞" if x > 0 else MINUS + "∞"
    text = format(x, ("+" if plus else "") + spec)
    if _ZERO.match(text):
        text = ("+" if plus else "") + text.lstrip("+-")
    return localize(text)


def locale_for(lang: str) -> QtCore.QLocale:
    """The QLocale Qt's own widgets (spin boxes) should use for ``lang``."""
    return QtCore.QLocale(_locale_name(lang))
