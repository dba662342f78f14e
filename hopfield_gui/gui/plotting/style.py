"""Colours and sizes shared by the window and the exported plots (projector-friendly).

The look has two switches, read every time something is drawn: ``dark`` (the window's theme) and
``scale`` (presentation mode: larger text, thicker lines). Exported plots of the command line use
the defaults: light, scale 1.
"""

from contextlib import contextmanager

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

FONT_PT = 14  # axis labels and numbers on a projector
TICK_PT = 13
LINE_PX = 4

OTHER = "#9a9a9a"  # patterns past the eighth share one grey
STEP = "#8c6d31"  # S(t)·S(t−1)/N of synchronous updates: the 2-cycle at a glance (brown, not a pattern's colour)

# On a dark background the palette's blue and black are too dark to read on a projector.
DARK_SUBSTITUTES = {0: "#4A90E2", 7: "#E6E6E6"}

LOOK = {"dark": False, "scale": 1.0}


def set_look(dark: bool | None = None, scale: float | None = None) -> None:
    if dark is not None:
        LOOK["dark"] = bool(dark)
    if scale is not None:
        LOOK["scale"] = float(scale)


@contextmanager
def scaled(scale: float):
    """Draw with this scale (a figure for slides), then give the window's look back."""
    before = LOOK["scale"]
    LOOK["scale"] = float(scale)
    try:
        yield
    finally:
        LOOK["scale"] = before


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


def _rgb(colour: str) -> tuple[float, float, float]:
    h = colour.lstrip("#")[-6:]
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of '#RRGGBB'."""
    lin = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in _rgb(colour)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def text_colour(index: int, minimum: float = 3.0) -> str:
    """The colour of pattern ``index`` for its numbers: the same hue, darkened (light theme) or
    lightened (dark theme) just enough to reach the WCAG contrast ``minimum`` on the background
    (orange, sky blue and yellow are too pale on white). The numbers are large bold text, for
    which WCAG asks 3; more would turn orange and yellow into two similar browns."""
    colour = pattern_colour(index)
    towards = (1.0, 1.0, 1.0) if dark() else (0.0, 0.0, 0.0)
    rgb = _rgb(colour)
    for step in range(21):
        f = step / 20
        mixed = "#" + "".join(f"{round(255 * (c + f * (t - c))):02X}" for c, t in zip(rgb, towards, strict=True))
        if contrast(mixed, bg()) >= minimum:
            return mixed
    return fg()


def outline(colour: str, minimum: float = 3.0) -> str | None:
    """A thin edge for a curve whose colour stands out too little from the background (WCAG
    contrast under ``minimum``, the level for graphics): the text colour, half transparent;
    None when the curve needs none."""
    if contrast(colour, bg()) >= minimum:
        return None
    return "#99" + fg().lstrip("#")
