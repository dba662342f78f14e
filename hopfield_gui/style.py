"""Colours and sizes shared by the window and the exported plots (projector-friendly)."""

# Okabe & Ito (2008) qualitative palette: distinct under the common colour-vision deficiencies.
PALETTE = [
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#D55E00",  # vermillion
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow
    "#000000",  # black
]
THEORY = "#444444"
CRITICAL = "#D55E00"
ERROR_OVERLAY = (213, 94, 0)  # vermillion: neurons that differ from the target

FONT_PT = 14  # axis labels and numbers on a projector
TICK_PT = 13
LINE_PX = 4


OTHER = "#9a9a9a"  # patterns past the eighth share one grey


def pattern_colour(index: int) -> str:
    """Colour of the library pattern ``index``: its thumbnail border and its overlap curve."""
    return PALETTE[index] if 0 <= index < len(PALETTE) else OTHER
