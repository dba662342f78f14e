"""Colours and sizes shared by the window and the exported plots (projector-friendly).

The look has two switches, read every time something is drawn: ``dark`` (the window's theme) and
``scale`` (presentation mode: larger text, thicker lines). Exported plots of the command line use
the defaults: light, scale 1.
"""

# Okabe & Ito (2008) qualitative palette: distinct under the common colour-vision deficiencies.
PALETTE = [
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#D55E00",  # vermillion
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow
    "#000000",  # black (light grey on a dark background)
]
CRITICAL = "#D55E00"
ERROR_OVERLAY = (213, 94, 0)  # vermillion: neurons that differ from the target

FONT_PT = 14  # axis labels and numbers on a projector
TICK_PT = 13
LINE_PX = 4

OTHER = "#9a9a9a"  # patterns past the eighth share one grey

# On a dark background the palette's blue and black are too dark to read on a projector.
DARK_SUBSTITUTES = {0: "#4A90E2", 7: "#E6E6E6"}

LOOK = {"dark": False, "scale": 1.0}


def set_look(dark: bool | None = None, scale: float | None = None) -> None:
    if dark is not None:
        LOOK["dark"] = bool(dark)
    if scale is not None:
        LOOK["scale"] = float(scale)


def dark() -> bool:
    return LOOK["dark"]


def pt(base: float) -> int:
    """A font size in points, enlarged in presentation mode."""
    return round(base * LOOK["scale"])


def line_px(base: float = LINE_PX) -> float:
    return base + (2 if presenting() else 0)


def fg() -> str:
    """Text, axes and the energy curve."""
    return "#EEEEEE" if dark() else "#000000"


def bg() -> str:
    return "#1E1E1E" if dark() else "#FFFFFF"


def ink() -> str:
    """Curves drawn in a neutral colour (energy, patterns without a colour of their own)."""
    return "#DDDDDD" if dark() else "#333333"


def presenting() -> bool:
    return LOOK["scale"] > 1


def muted() -> str:
    """Secondary text and reference lines; stronger in presentation mode (a projector washes greys out)."""
    if dark():
        return "#CCCCCC" if presenting() else "#AAAAAA"
    return "#333333" if presenting() else "#666666"


def theory() -> str:
    return "#BBBBBB" if dark() else "#444444"


def translucent_bg(alpha: int = 220) -> tuple[int, int, int, int]:
    """Behind legends and line labels."""
    return (30, 30, 30, alpha) if dark() else (255, 255, 255, alpha)


def pattern_colour(index: int) -> str:
    """Colour of the library pattern ``index``: its thumbnail border and its overlap curve."""
    if not 0 <= index < len(PALETTE):
        return OTHER
    if dark() and index in DARK_SUBSTITUTES:
        return DARK_SUBSTITUTES[index]
    return PALETTE[index]
